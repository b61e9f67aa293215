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


def _merge(a, b, sign):
    if not b:
        return a
    if not a and sign == 1:
        return b
    out = dict(a)
    for v, c in b:
        out[v] = out.get(v, Fraction(0)) + sign * c
    return tuple(sorted((v, c) for v, c in out.items() if c))
