"""Limits: inequalities that every set-up of a kind satisfies, bound to a question's objects.

A law says how quantities are related; a *limit* says what no set-up can do: no heat
engine beats the Carnot efficiency of its reservoirs (``eta <= 1 - T_c/T_h`` on an
engine), no satellite orbits inside its planet (``r >= R_p``). Limits are declared in the
law modules (``name = limit("eta <= 1 - T_c/T_h", on="engine", why=...)``, read as source
by :mod:`hypergraph.build`), their two sides proved to have one dimension, and bound to
the objects of a question like laws are (:mod:`hypergraph.setups`): a variable is a
quantity of the limit's object, or of a partner of the kind its quantity (or the limit's
``of``) names. The oracle checks every bound limit on the givens and on the values laws
that always hold derive from them (:mod:`oracle.engine`); a limit that fails makes the
question ill-posed.

>>> from hypergraph.build import load_default
>>> from hypergraph.setups import Obj, Setup
>>> kg = load_default()
>>> [(b.limit.id, dict(b.binding)["T_h"]) for b in bind_limits(kg, Setup((Obj("", "engine", "default"),)))
...  if b.limit.id == "limits.carnot_limit"]
[('limits.carnot_limit', ('T_h', ''))]
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache

import sympy as sp

from psg.units import Dimension

from .conditions import Condition, parse_condition
from .model import KnowledgeGraph, Limit
from .setups import Setup, complete


@dataclass(frozen=True)
class BoundLimit:
    """A limit applied to objects: ``binding`` maps each of its variables to a node
    ``(symbol, object key)`` of the question's bound graph."""

    limit: Limit
    binding: tuple[tuple[str, tuple[str, str]], ...]

    def __repr__(self) -> str:
        return f"<BoundLimit {self.limit.id}: {', '.join(f'{v}={n}' for v, n in self.binding)}>"


def relation(kg: KnowledgeGraph, lim: Limit) -> Condition:
    """The limit's relation, parsed (see :mod:`hypergraph.conditions`)."""
    return _relation(lim.relation, lim.variables, tuple(sorted(kg.constant_values)))


@lru_cache(maxsize=256)
def _relation(text: str, variables: tuple[str, ...], constants: tuple[str, ...]) -> Condition:
    return parse_condition(text, set(variables), set(constants))


def dimension_of(expr: sp.Expr, dims: dict[str, Dimension]) -> Dimension:
    """The dimension of a formula over symbols of known dimension; ValueError where its
    terms do not add up (a sum of unlike dimensions, a function of a dimensioned value)."""
    one = Dimension.of()
    if isinstance(expr, sp.Symbol):
        return dims[expr.name]
    if expr.is_number:
        return one
    if isinstance(expr, sp.Add):
        got = {dimension_of(a, dims) for a in expr.args}
        if len(got) != 1:
            raise ValueError(f"{expr} adds unlike dimensions: {', '.join(sorted(d.describe() for d in got))}")
        return got.pop()
    if isinstance(expr, sp.Mul):
        out = one
        for a in expr.args:
            out = out * dimension_of(a, dims)
        return out
    if isinstance(expr, sp.Pow):
        base, exp = dimension_of(expr.args[0], dims), expr.args[1]
        if base == one:
            if dimension_of(exp, dims) != one:
                raise ValueError(f"the exponent of {expr} has a dimension")
            return one
        if not exp.is_Rational:
            raise ValueError(f"{expr} raises a dimensioned value to a symbolic power")
        from fractions import Fraction

        return base ** Fraction(int(exp.p), int(exp.q))
    for a in expr.args:   # sqrt is a Pow; exp, log, sin ... take and give pure numbers
        if dimension_of(a, dims) != one:
            raise ValueError(f"{expr} applies a function to a value with a dimension")
    return one


def check_dimensions(cond: Condition, dims: dict[str, Dimension]) -> None:
    """Both sides of a limit have one dimension (ValueError naming them otherwise)."""
    lhs, rhs = dimension_of(cond.lhs, dims), dimension_of(cond.rhs, dims)
    if lhs != rhs and not (cond.rhs.is_number and cond.rhs == 0) and not (cond.lhs.is_number and cond.lhs == 0):
        raise ValueError(f"its sides have different dimensions: {lhs.describe()} and {rhs.describe()}")


def _slots(kg: KnowledgeGraph, lim: Limit) -> tuple[tuple[str, str, str], ...]:
    """``(variable, slot, base symbol)``: slot is ``main`` or ``partner:<kind>`` (as a law's)."""
    local = dict(lim.of)
    out = []
    for v in lim.variables:
        q = kg.quantity(v)
        kind = local.get(v) or q.of
        out.append((v, f"partner:{kind}" if kind and not kg.is_a(lim.on, kind) else "main", q.base))
    return tuple(out)


def bind_limits(kg: KnowledgeGraph, setup: Setup) -> tuple[BoundLimit, ...]:
    """Every limit applied to every object of ``setup`` (completed with its surroundings)
    whose kind it is on, with each partner slot filled by every object of that kind."""
    return _bind_limits(kg, complete(kg, setup))


@lru_cache(maxsize=512)
def _bind_limits(kg: KnowledgeGraph, setup: Setup) -> tuple[BoundLimit, ...]:
    out = []
    for lim in kg.limits:
        slots = _slots(kg, lim)
        kinds = sorted({s.partition(":")[2] for _, s, _ in slots if s != "main"})
        for main in setup.objects:
            if not kg.is_a(main.kind, lim.on):
                continue
            choices = [[o for o in setup.objects if o.key != main.key and o.role in ("partner", "named", "default")
                        and kg.is_a(o.kind, kind)] for kind in kinds]
            for chosen in itertools.product(*choices):
                by_slot = {"main": main, **{f"partner:{k}": o for k, o in zip(kinds, chosen)}}
                binding = tuple((v, (base, by_slot[slot].key)) for v, slot, base in slots)
                if len({n for _, n in binding}) == len(binding):   # two variables on one node: not this one
                    out.append(BoundLimit(lim, binding))
    return tuple(out)
