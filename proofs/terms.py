"""Dimension terms: affine combinations of unknown dimensions.

Multiplying values adds their dimension vectors and ``x ** p`` scales them, so every
dimension met in a program is ``const + sum(coeff * unknown)``: linear arithmetic, which
Z3 decides. A term with no unknowns is *concrete* and is checked with no solver at all.

>>> from psg.units import parse_unit
>>> k, x = DimTerm.var(0), DimTerm.of(parse_unit("m").dimension)
>>> e = k * x ** 2
>>> e.concrete, e.coeffs
(False, ((0, Fraction(1, 1)),))
>>> (x * x / x).concrete, (x * x / x).const.si()
(True, 'm')
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from psg.units import DIMENSIONLESS, Dimension


@dataclass(frozen=True, slots=True)
class DimTerm:
    """``const * prod(unknown_v ** coeff_v)`` over dimension vectors."""

    const: Dimension = DIMENSIONLESS
    coeffs: tuple[tuple[int, Fraction], ...] = ()

    @staticmethod
    def of(dim: Dimension) -> "DimTerm":
        return DimTerm(dim)

    @staticmethod
    def var(v: int) -> "DimTerm":
        return DimTerm(DIMENSIONLESS, ((v, Fraction(1)),))

    @property
    def concrete(self) -> bool:
        return not self.coeffs

    @property
    def vars(self) -> tuple[int, ...]:
        return tuple(v for v, _ in self.coeffs)

    def __mul__(self, other: "DimTerm") -> "DimTerm":
        return DimTerm(self.const * other.const, _merge(self.coeffs, other.coeffs, 1))

    def __truediv__(self, other: "DimTerm") -> "DimTerm":
        return DimTerm(self.const / other.const, _merge(self.coeffs, other.coeffs, -1))

    def __pow__(self, p: Fraction | int) -> "DimTerm":
        p = Fraction(p)
        if p == 0:
            return DimTerm()
        return DimTerm(self.const ** p, tuple((v, c * p) for v, c in self.coeffs))

    def rename(self, mapping: dict[int, int]) -> "DimTerm":
        """The same term over renamed unknowns (instantiating a polymorphic function)."""
        if not self.coeffs:
            return self
        return DimTerm(self.const, tuple(sorted((mapping[v], c) for v, c in self.coeffs)))

    def value(self, model: dict[int, Dimension]) -> Dimension | None:
        """The concrete dimension under ``model`` (unknown -> dimension), or None if one is missing."""
        d = self.const
        for v, c in self.coeffs:
            if v not in model:
                return None
            d = d * model[v] ** c
        return d


#: Exponents taken into proofs: exact rationals of at most this size and denominator.
MAX_EXPONENT = 10**6
MAX_DENOMINATOR = 64


def exact_exponent(value) -> Fraction | None:
    """A literal exponent as an exact rational, or None when it is not exactly a small one.

    An int is itself; a float only if its binary value *is* a rational with a denominator
    of at most :data:`MAX_DENOMINATOR` (``0.5``, ``1.25``); ``0.0001`` or ``1/3`` written as
    ``0.333`` are not, and are never rounded into a proof (the caller makes them unknown).

    >>> exact_exponent(2), exact_exponent(0.5), exact_exponent(0.0001), exact_exponent(float("inf"))
    (Fraction(2, 1), Fraction(1, 2), None, None)
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, Fraction)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, int) and abs(value) > MAX_EXPONENT:
        return None
    p = Fraction(value)
    if p.denominator > MAX_DENOMINATOR or abs(p) > MAX_EXPONENT:
        return None
    return p


def _merge(a, b, sign):
    if not b:
        return a
    if not a and sign == 1:
        return b
    out = dict(a)
    for v, c in b:
        out[v] = out.get(v, Fraction(0)) + sign * c
    return tuple(sorted((v, c) for v, c in out.items() if c))
