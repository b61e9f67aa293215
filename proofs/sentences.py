"""Plain sentences for obligations that fail: "adds a speed [m/s] to a length [m]".

>>> from psg.graph import Span
>>> from psg.units import parse_unit
>>> from proofs.terms import DimTerm
>>> from proofs.obligations import Obligation
>>> m, v = (DimTerm.of(parse_unit(u).dimension) for u in ("m", "m/s"))
>>> sentence(Obligation(0, "dim", "add", m, v, Span("f.py", 3, 12, 3, 17), "f"), {})
'adds a speed [m/s] to a length [m]'
"""
from __future__ import annotations

from psg.units import kind as lookup_kind

from . import scales
from .obligations import Obligation
from .scales import Scale
from .terms import DimTerm


def describe(t, var_names: dict[int, str]) -> str:
    """Words for a dimension term, a kind name or a size."""
    if isinstance(t, DimTerm):
        if t.concrete:
            return t.const.describe()
        names = ", ".join(f"'{var_names.get(v, '?')}'" for v in t.vars)
        return f"a value of unknown dimension (from {names})"
    if isinstance(t, tuple):
        return " * ".join(str(x) for x in t[1:])
    return str(t)


def in_words(s: Scale) -> str:
    """``'a length in ft'``, ``'a temperature in degC'``, ``'an angle in deg'``."""
    if s.temperature:
        what = "a temperature difference" if s.delta else "a temperature"
    elif s.dim.dimensionless:
        what = "an angle" if s.label in ("rad", "deg", "degree", "degrees", "radian", "radians", "arcmin",
                                         "arcsec", "grad", "turn", "revolution") else "a number"
    else:
        name = s.dim.name
        what = f"{'an' if name and name[0] in 'aeiou' else 'a'} {name}" if name else f"a quantity [{s.dim.si()}]"
    return f"{what} in {s.text()}"


def scale_sentence(o: Obligation) -> str:
    """A scale or offset refutation: what was mixed, and the conversion that is missing."""
    value, target = o.left, o.right
    detail, _, wrong = o.detail.partition("|wrong-way:")
    param, _, fn = detail.partition("|")
    V, T, t = in_words(value), in_words(target), target.text()
    if o.rule == "abs-sum":
        return (f"adds two absolute temperatures in {value.text()}: on a scale whose zero is not absolute zero "
                f"their sum is no temperature (a difference is, and so are values in K; a mean is a + (b - a) / 2)")
    if o.rule == "abs-product":
        a, b = scales.needed(value, target)
        return (f"multiplies, divides or raises {V}, whose zero is not absolute zero: {scales.how(a, b)} to "
                f"get {t} first (or, if it is a difference, annotate it delta_{value.text()})")
    a, b = scales.needed(value, target)
    fix = f"{scales.how(a, b)} to get {t}"
    if wrong:
        fix = f"the factor {wrong} here converts the other way; {fix}"
    v = value.text()
    head = {
        "add": f"adds {V} to {T}",
        "sub": f"subtracts {V} from {T}",
        "mod": f"takes the remainder of {T} by {V}",
        "compare": f"compares {T} with {V}",
        "arg": f"passes {V} as parameter '{param}' of {fn}(), which expects {t}",
        "return": f"returns {V} where {detail}() declares {t}",
        "bind": f"assigns {V} to '{detail}', declared in {t}",
        "rebind": f"assigns {V} to '{detail}', which already holds {t}",
        "branch": f"gives {V} on one branch and {t} on another",
        "equal-args": f"{detail}() mixes {T} and {V}",
        "setitem": f"stores {V} into an array in {t}",
        "dimensionless": f"takes {detail}() of {V}; {detail}() expects {t}",
        "angle": f"takes {detail}() of {V}; {detail}() expects {t}",
        "exponent": f"raises to the power of {V}; an exponent must be a plain number",
    }.get(o.rule, f"mixes {V} and {T}")
    if o.rule in ("add", "sub", "compare", "equal-args", "mod") and not wrong:
        verb, _, rest = scales.how(a, b).partition(" ")
        fix = f"{verb} the {v} value {rest} to get {t}" if verb in ("multiply", "divide") and "then" not in rest \
            else f"{scales.how(a, b)} (to the {v} value) to get {t}"
    return f"{head}: {fix}"


def sentence(o: Obligation, var_names: dict[int, str], counterexample=()) -> str:
    if o.theory in ("scale", "offset"):
        return scale_sentence(o)
    L, R = describe(o.left, var_names), describe(o.right, var_names)
    if o.theory == "kind":
        L, R = (f"{_a(k)} {k} [{lookup_kind(k).unit.replace('*', '·')}]" for k in (o.left, o.right))
    if o.theory == "undecided":
        return o.detail
    param, _, fn = o.detail.partition("|")
    if o.theory == "shape":
        cex = ", ".join(f"{k}={v}" for k, v in counterexample)
        tail = f" (for example {cex})" if cex else ""
        text = {
            "matmul": f"multiplies matrices whose inner sizes {L} and {R} may differ",
            "broadcast": f"combines arrays whose sizes {L} and {R} do not broadcast",
            "reshape": f"reshapes {L} elements into {R}",
            "arg": f"passes an array of size {L} as parameter '{param}' of {fn}(), which expects size {R}",
            "arg-rank": f"passes an array of rank {L} as parameter '{param}' of {fn}(), which expects rank {R}",
            "return": f"returns an array of size {L} where {o.detail}() declares size {R}",
            "return-rank": f"returns an array of rank {L} where {o.detail}() declares rank {R}",
        }.get(o.rule, f"needs sizes {L} and {R} to agree")
        return text + tail
    return {
        "add": f"adds {R} to {L}",
        "sub": f"subtracts {R} from {L}",
        "mod": f"takes the remainder of {L} by {R}",
        "compare": f"compares {L} with {R}",
        "dimensionless": f"takes {o.detail}() of {L}; its argument must be dimensionless",
        "exponent": f"raises to the power of {L}; an exponent must be dimensionless",
        "base": f"raises {L} to a power that is not a constant; the base must be dimensionless",
        "arg": f"passes {L} as parameter '{param}' of {fn}(), which expects {R}",
        "return": f"returns {L} where {o.detail}() declares {R}",
        "bind": f"assigns {R} to '{o.detail}', declared as {L}",
        "rebind": f"assigns {L} to '{o.detail}', which already holds {R}",
        "branch": f"gives {L} on one branch and {R} on another",
        "equal-args": f"{o.detail}() mixes {L} and {R}",
        "setitem": f"stores {L} into an array of {R}",
    }.get(o.rule, f"needs {L} and {R} to agree")


def conflict_sentence(members: tuple[Obligation, ...], var_names: dict[int, str]) -> str:
    """One sentence for a conflicting set: the single obligation's, or all of them joined."""
    if len(members) == 1:
        return sentence(members[0], var_names)
    parts = [f"{o.where.line}:{o.where.col} {sentence(o, var_names)}" for o in members]
    return "these cannot all hold: " + "; ".join(parts)


def _a(word: str) -> str:
    return "an" if str(word)[:1] in "aeiou" else "a"
