"""A law's conditions of validity, read as relations over its variables and constants.

``@law(conditions=("v <= c/10",))`` says when Newtonian kinetic energy may be used. A
condition is one comparison (``<``, ``<=``, ``>``, ``>=``) between two formulas in the
law's whitelist (``+ - * / **``, numbers, ``sqrt`` ...), parsed without ``eval``. The
oracle checks every condition of every law it uses against the values of the answer
(:mod:`proofs.conditions`), and a law whose condition fails is not used.

>>> c = parse_condition("v <= c/10", {"m", "v", "E_k"}, {"c"})
>>> c.op, str(c.lhs), str(c.rhs)
('<=', 'v', 'c/10')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

import sympy as sp

from .symbolic import SymbolicError, formulas

_RELATION = re.compile(r"^(?P<lhs>[^<>=!]+?)\s*(?P<op><=|>=|<|>)\s*(?P<rhs>[^<>=!]+)$")


class ConditionError(ValueError):
    """A condition that is not one comparison of two allowed formulas."""


@dataclass(frozen=True)
class Condition:
    """``lhs op rhs``: the relation a law needs to hold."""

    text: str
    lhs: sp.Expr
    op: str
    rhs: sp.Expr

    @cached_property
    def symbols(self) -> frozenset[str]:
        return frozenset(s.name for s in (self.lhs - self.rhs).free_symbols)


def parse_condition(text: str, variables: set[str], constants: set[str]) -> Condition:
    """Read ``text`` as a relation over ``variables`` and ``constants``."""
    if not isinstance(text, str):
        raise ConditionError(f"a condition is a string, got {type(text).__name__}")
    m = _RELATION.match(text.strip())
    if not m:
        raise ConditionError("expected one comparison such as 'v <= c/10' (<, <=, >, >=)")
    try:
        lhs, rhs = formulas([m.group("lhs").strip(), m.group("rhs").strip()])
    except (SymbolicError, SyntaxError, ValueError) as err:
        raise ConditionError(f"cannot read it: {err}") from None
    cond = Condition(text.strip(), lhs, m.group("op"), rhs)
    unknown = cond.symbols - variables - constants
    if unknown:
        raise ConditionError(f"{sorted(unknown)[0]!r} is neither a variable of the law nor a constant")
    if not (cond.symbols & variables):
        raise ConditionError("it names none of the law's variables")
    return cond
