"""Scale and offset: where two values of one dimension meet, their units must agree, or a
literal written with them must be the conversion. A mix-in of the inferrer
(:mod:`proofs.infer`); the arithmetic of units is :mod:`proofs.scales`.

>>> from proofs import prove_source
>>> prove_source("def f(t: U['degC']) -> U['K']:\\n    return t + 273.15\\n").status
'proved'
>>> prove_source("def f(t: U['degC']) -> U['K']:\\n    return t\\n").findings[0].sentence
'returns a temperature in degC where f() declares K: add 273.15 to get K'
"""
from __future__ import annotations

import math
from dataclasses import replace

from psg.graph import Span

from . import scales
from .scales import Scale
from .values import FunctionSystem, Type, _literal

_STANDALONE = {"arg", "return", "bind", "rebind", "setattr", "setitem", "dimensionless", "branch"}
_ANGLE_UNITS = {"rad", "radian", "radians", "deg", "degree", "degrees", "arcmin", "arcsec", "grad", "turn",
                "revolution", "°"}


class Conversions:
    """The inferrer's unit checks (it provides ``psg``, ``oblige``, ``text``, ``span_of``)."""

    def convert(self, sys: FunctionSystem, rule: str, value: Type, target: Type, span: Span, detail: str,
                node: int, emit: bool = True) -> tuple[bool, Type]:
        """The scale and offset part of a check: are ``value``'s numbers in ``target``'s
        unit, or made so by literals written with it (``alt_ft * 0.3048``)? Emits a
        ``scale`` or ``offset`` obligation when the units differ. Returns (agreed, the value
        as a value of the target's unit)."""
        a_unit, t_unit = value.unit, target.unit
        if a_unit is None or t_unit is None or not (value.dim.concrete and target.dim.concrete):
            return True, value
        if value.dim.const != target.dim.const:
            return True, value  # a dimension obligation says it
        if scales.same(a_unit, t_unit) and not (a_unit.shifted and target.unit.delta):
            return True, value
        a, b = scales.needed(a_unit, t_unit)
        pick = None if abs(a - 1) < 1e-9 else scales.match_factor(value.lits, a)
        if pick is None and abs(a - 1) > 1e-9 and scales.counts_turns(a_unit, t_unit):
            # pint's revolution is 2 pi rad while Hz counts cycles: rpm / 60 is a frequency in Hz
            pick = scales.match_factor(value.lits, a * 2 * math.pi) or scales.match_factor(value.lits, a / (2 * math.pi))
            if pick is None and (abs(a * 2 * math.pi - 1) < 1e-6 or abs(a / (2 * math.pi) - 1) < 1e-6):
                pick = ()
        factor_ok = abs(a - 1) < 1e-9 or pick is not None
        coefficient = math.prod(abs(v) for k, (v, _, _) in enumerate(value.lits) if pick is None or k not in pick)
        want = coefficient * b  # the offset, in the numbers after the coefficients written with the value
        offset_ok = abs(b) < 1e-9 or abs(value.shift - want) <= max(scales.OFFSET_TOLERANCE * abs(want), 1e-9)
        ok = factor_ok and offset_ok
        converted = replace(value, unit=t_unit, lits=tuple(x for k, x in enumerate(value.lits) if pick is None
                                                           or k not in pick), shift=0.0)
        if not emit:
            return ok, converted
        theory = "scale" if offset_ok else "offset"
        if ok:
            self.oblige(sys, theory, rule, t_unit, t_unit, span, detail)
            return True, converted
        edit, note = self.edit(rule, value, node, a, b, factor_ok)
        self.oblige(sys, theory, rule, a_unit, t_unit, span, detail + note, edit=edit)
        return False, converted

    def edit(self, rule: str, value: Type, node: int, a: float, b: float, factor_ok: bool):
        """The suggested edit for a missing conversion, and a note for the sentence."""
        if node < 0:
            return None, ""
        note = ""
        if not factor_ok and abs(b) < 1e-9:
            wrong = scales.match_factor(value.lits, 1 / a)
            if wrong is not None and len(wrong) == 1:
                v, lit, p = value.lits[wrong[0]]
                if lit >= 0 and self.psg.nodes[lit].kind == "const":
                    note = f"|wrong-way:{self.psg.nodes[lit].label}"
                    if _inside(self.span_of(lit), self.span_of(node)):
                        return (self.span_of(lit), scales.number(a if p > 0 else 1 / a)), note
                    return None, note  # a constant defined elsewhere: the fix is there, not here
        target = self.carrier(node)
        text = self.text(target)
        if text is None:
            return None, note
        n = self.psg.nodes[target]
        simple = n.kind in ("name", "attr", "call", "method", "const") or (n.kind == "op" and n.label in (
            "*", "/", "**", "index", "neg", "pos"))
        replacement = scales.expression(text, a, b if abs(b) > 1e-9 else 0.0, simple=simple)
        if abs(b) > 1e-9 and not (target == node and rule in _STANDALONE):
            replacement = f"({replacement})"
        return (self.span_of(target), replacement), note

    def carrier(self, node: int) -> int:
        """The part of an expression that carries its unit, where a conversion goes: through
        literal factors (``0.5 * v`` -> ``v``, ``287.05 * T`` -> ``T``) and signs."""
        g = self.psg
        while node >= 0:
            n = g.nodes[node]
            if n.kind == "op" and n.label in ("neg", "pos") and n.children:
                node = n.children[0]
            elif n.kind == "op" and n.label in ("*", "/") and len(n.children) == 2:
                left, right = (g.nodes[c] for c in n.children)
                if right.kind == "const" and right.value is not None:
                    node = n.children[0]
                elif left.kind == "const" and left.value is not None and n.label == "*":
                    node = n.children[1]
                else:
                    break
            else:
                break
        return node

    def absolute(self, sys: FunctionSystem, t: Type, span: Span, node: int) -> Type:
        """A temperature in a product, quotient or power must start at absolute zero:
        degC is taken to K (by the literal offset written with it, or a finding)."""
        if t.unit is None or not t.unit.shifted:
            return t
        kelvin = Scale(t.unit.dim, t.unit.factor, 0.0, "K" if abs(t.unit.factor - 1) < 1e-9 else "degR")
        ok, converted = self.convert(sys, "abs-product", t, Type(t.dim, unit=kelvin), span, "", node, emit=False)
        if not ok:
            a, b = scales.needed(t.unit, kelvin)
            edit, _ = self.edit("abs-product", t, node, a, b, True)
            self.oblige(sys, "offset", "abs-product", t.unit, kelvin, span, "", edit=edit)
        return replace(converted, unit=kelvin)

    def same_unit(self, sys: FunctionSystem, rule: str, a: Type, b: Type, span: Span, na: int, nb: int):
        """The unit of ``a (op) b``, checking that the two agree (temperatures: affine rules).
        Returns (unit, literal factors)."""
        A, B = a.unit, b.unit
        if A is None or B is None or not (a.dim.concrete and b.dim.concrete) or a.dim.const != b.dim.const:
            return None, ()
        if A.temperature and not A.delta and not B.delta and rule in ("add", "sub"):
            if rule == "add" and A.shifted and B.shifted and scales.same(A, B):
                # T1 + T2 in degC: no temperature (pint refuses it too); a mean is T1 + (T2 - T1) / 2
                self.oblige(sys, "offset", "abs-sum", A, A, span, "")
                return A, ()
            ok, _ = self.convert(sys, rule, b, a, span, "", nb, emit=False)
            if not ok:
                ok2, conv = self.convert(sys, rule, a, b, span, "", na, emit=False)
                if ok2:
                    self.convert(sys, rule, a, b, span, "", na)
                    return (B.as_delta() if rule == "sub" else B), ()
            ok, _ = self.convert(sys, rule, b, a, span, "", nb)
            return ((A.as_delta() if rule == "sub" else A) if ok else None), ()
        if A.temperature and (A.delta or B.delta) and not (A.delta and B.delta):
            absolute, delta, nd = (a, b, nb) if B.delta else (b, a, na)
            self.convert(sys, rule, delta, Type(absolute.dim, unit=absolute.unit.as_delta()),
                         span, "", nd)
            return (absolute.unit if rule in ("add", "sub", "branch") else None), ()
        ok, conv = self.convert(sys, rule, b, a, span, "", nb, emit=False)
        if ok:
            self.convert(sys, rule, b, a, span, "", nb)
            return A, a.lits
        ok2, _ = self.convert(sys, rule, a, b, span, "", na, emit=False)
        if ok2:
            self.convert(sys, rule, a, b, span, "", na)
            return B, b.lits
        if not A.temperature:  # each side converted by its own literals, to the coherent SI unit
            si = Type(a.dim, unit=Scale(A.dim, 1.0, 0.0, A.dim.si()))
            if self.convert(sys, rule, a, si, span, "", na, emit=False)[0] and \
                    self.convert(sys, rule, b, si, span, "", nb, emit=False)[0]:
                self.convert(sys, rule, a, si, span, "", na)
                self.convert(sys, rule, b, si, span, "", nb)
                return si.unit, ()
        self.convert(sys, rule, b, a, span, "", nb)
        return None, ()  # one finding, not a cascade of them

    def angle(self, sys: FunctionSystem, fn: str, a: Type, span: Span, node: int) -> Type:
        """``radians(x)`` is ``x * pi / 180``: degrees become radians (rad/s from deg/s too);
        a plain number is taken as degrees. An argument already in radians is converted
        twice, which its next use finds (``sin`` expects radians)."""
        to_rad = fn in ("radians", "deg2rad")
        if a.literal or a.opaque:
            return _literal(shape=a.shape) if a.literal else Type(shape=a.shape, unit=None, opaque=True)
        factor = math.pi / 180 if to_rad else 180 / math.pi
        u = a.unit
        if u is None:
            return replace(a, unit=None, lits=(), shift=0.0)
        if u.dim.dimensionless and u.label in ("1", "", "rad" if not to_rad else "deg"):
            return replace(a, unit=scales.RADIAN if to_rad else scales.DEGREE, lits=(), shift=0.0)
        old, new = ("deg", "rad") if to_rad else ("rad", "deg")
        label = u.label.replace(old, new) if old in u.label else ""
        unit = Scale(u.dim, u.factor / factor, u.offset, label, u.delta)
        return replace(a, unit=unit, lits=(), shift=0.0)


def _inside(a: Span, b: Span) -> bool:
    """Is span ``a`` within span ``b`` (a literal written in the expression being checked,
    not a constant defined elsewhere)?"""
    return a.file == b.file and (b.line, b.col) <= (a.line, a.col) and (a.end_line, a.end_col) <= (b.end_line, b.end_col)
