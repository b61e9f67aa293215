"""Dimensions, quantity kinds and unit strings.

A :class:`Dimension` is an exponent vector over the seven SI base dimensions, with
rational exponents (``sqrt`` of an area is a length). Unit strings are parsed by pint,
never by a hand-written table. A :class:`QuantityKind` tells apart quantities that share
a dimension (energy and torque are both kg m^2 s^-2).

>>> speed = parse_unit("km/h")
>>> speed.dimension, speed.dimension.name
(Dimension(L=1, T=-1), 'speed')
>>> round(speed.to_si, 6)
0.277778
>>> (parse_unit("N").dimension * parse_unit("m").dimension).si()
'kg·m²/s²'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Iterable

BASE = ("L", "M", "T", "I", "Θ", "N", "J")
"""Symbols of the SI base dimensions, in vector order."""

SI_BASE_UNITS = ("m", "kg", "s", "A", "K", "mol", "cd")
_DISPLAY_ORDER = (1, 0, 2, 3, 4, 5, 6)  # kg·m²/s², as people write it
_PINT_BASE = ("[length]", "[mass]", "[time]", "[current]", "[temperature]", "[substance]", "[luminosity]")


class UnitError(ValueError):
    """A unit string that pint cannot read, or one of an unexpected dimension."""


@dataclass(frozen=True, slots=True)
class Dimension:
    """Exponents over (L, M, T, I, Θ, N, J); immutable and hashable."""

    exps: tuple[Fraction, ...] = (Fraction(0),) * 7

    def __post_init__(self) -> None:
        if len(self.exps) != 7:
            raise ValueError(f"a Dimension has 7 exponents, got {len(self.exps)}")
        object.__setattr__(self, "exps", tuple(Fraction(e) for e in self.exps))

    @classmethod
    def of(cls, **exps: int | Fraction) -> "Dimension":
        """``Dimension.of(L=1, T=-1)`` is a speed. Keys are :data:`BASE` symbols (``H`` for Θ)."""
        keys = {"H": "Θ"}
        vec = [Fraction(0)] * 7
        for k, e in exps.items():
            vec[BASE.index(keys.get(k, k))] = Fraction(e)
        return cls(tuple(vec))

    def __mul__(self, other: "Dimension") -> "Dimension":
        return Dimension(tuple(a + b for a, b in zip(self.exps, other.exps)))

    def __truediv__(self, other: "Dimension") -> "Dimension":
        return Dimension(tuple(a - b for a, b in zip(self.exps, other.exps)))

    def __pow__(self, p: int | Fraction) -> "Dimension":
        p = Fraction(p)
        return Dimension(tuple(a * p for a in self.exps))

    @property
    def dimensionless(self) -> bool:
        return not any(self.exps)

    def __repr__(self) -> str:
        parts = [f"{'H' if b == 'Θ' else b}={_num(e)}" for b, e in zip(BASE, self.exps) if e]
        return f"Dimension({', '.join(parts)})"

    def si(self) -> str:
        """The dimension written in SI base units, e.g. ``'m/s²'``; ``'1'`` if dimensionless."""
        pairs = [(SI_BASE_UNITS[i], self.exps[i]) for i in _DISPLAY_ORDER]
        num = [_unit_power(u, e) for u, e in pairs if e > 0]
        den = [_unit_power(u, -e) for u, e in pairs if e < 0]
        text = "·".join(num) or "1"
        if den:
            text += "/" + ("·".join(den) if len(den) == 1 else "(" + "·".join(den) + ")")
        return text

    @property
    def name(self) -> str | None:
        """A common name for this dimension (``'speed'``), or None."""
        return _dimension_names().get(self)

    def describe(self) -> str:
        """``'a speed [m/s]'``: words for messages."""
        name = self.name
        if self.dimensionless:
            return "a dimensionless number"
        if not name:
            return f"a quantity of dimension [{self.si()}]"
        unit = _KINDS[name] if "/" not in _KINDS[name] and "^" not in _KINDS[name] else self.si()
        return f"{_article(name)} {name} [{unit.replace('*', '·')}]"


DIMENSIONLESS = Dimension()


def _num(e: Fraction) -> str:
    return str(e.numerator) if e.denominator == 1 else f"{e.numerator}/{e.denominator}"


_SUPERSCRIPT = str.maketrans("0123456789-/", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻ᐟ")


def _unit_power(unit: str, e: Fraction) -> str:
    if e == 1:
        return unit
    return unit + (_num(e).translate(_SUPERSCRIPT) if e.denominator == 1 else f"^({_num(e)})")


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


@dataclass(frozen=True, slots=True)
class QuantityKind:
    """A named kind of quantity with its dimension: ``energy`` and ``torque`` differ."""

    name: str
    dimension: Dimension
    unit: str = ""  # its coherent SI unit, e.g. "N*m" for torque


@dataclass(frozen=True, slots=True)
class Unit:
    """A parsed unit string: its dimension and the factor that converts it to SI."""

    text: str
    dimension: Dimension
    to_si: float
    offset: float = 0.0  # for affine units such as degC


@lru_cache(maxsize=1)
def registry():
    """The one pint registry of the process (created on first use: pint is not free to load)."""
    import pint

    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    ureg.define("diopter = 1 / meter = dpt = dioptre")  # optical power; pint has none
    return ureg


_SPELLINGS = ((re.compile(r"\bAU\b"), "au"),  # pint's AU is an absorbance unit; here, the astronomical one
              (re.compile(r"\blight[- ]years?\b"), "light_year"),
              (re.compile(r"\bdiopters\b|\bdioptres\b"), "diopter"))


def spelled(text: str) -> str:
    """Unit spellings people write that pint reads otherwise or not at all.

    >>> spelled("4.2 light-years"), spelled("1 AU"), spelled("2 dioptres")
    ('4.2 light_year', '1 au', '2 diopter')
    """
    for pattern, replacement in _SPELLINGS:
        text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=4096)
def parse_unit(text: str) -> Unit:
    """Parse a unit string with pint.

    >>> parse_unit("kg*m^2/s^2").dimension.name
    'energy'
    >>> parse_unit("furlongz")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    psg.units.UnitError: unknown unit 'furlongz': pint cannot parse it
    """
    import tokenize

    import pint

    if not isinstance(text, str) or not text.strip():
        raise UnitError(f"a unit must be a non-empty string, got {text!r}")
    ureg = registry()
    src = "dimensionless" if text.strip() == "1" else spelled(text)
    try:
        units = ureg.parse_units(src)
        zero = ureg.Quantity(0.0, units).to_base_units().magnitude
        one = ureg.Quantity(1.0, units).to_base_units().magnitude
    except (pint.PintError, AttributeError, TypeError, ValueError, SyntaxError, KeyError, AssertionError,
            tokenize.TokenError, IndexError, ZeroDivisionError) as err:
        raise UnitError(f"unknown unit {text!r}: pint cannot parse it") from err
    dims = units.dimensionality
    extra = [k for k in dims if k not in _PINT_BASE]
    if extra:
        raise UnitError(f"unit {text!r} has a non-SI base dimension {extra[0]}")
    vec = tuple(Fraction(dims.get(k, 0)).limit_denominator(1000) for k in _PINT_BASE)
    return Unit(text, Dimension(vec), float(one - zero), float(zero))


# Common kinds and the names of common dimensions, written as unit strings so that pint,
# not this file, decides their dimensions.
_KINDS = {
    "length": "m", "mass": "kg", "time": "s", "current": "A", "temperature": "K",
    "amount": "mol", "luminous intensity": "cd", "area": "m^2", "volume": "m^3",
    "speed": "m/s", "acceleration": "m/s^2", "force": "N", "energy": "J", "torque": "N*m",
    "power": "W", "pressure": "Pa", "stress": "Pa", "momentum": "kg*m/s",
    "angular momentum": "J*s", "action": "J*s", "frequency": "Hz", "angular frequency": "rad/s",
    "angular velocity": "rad/s", "activity": "Bq", "charge": "C", "voltage": "V",
    "electric potential": "V", "emf": "V", "resistance": "ohm", "capacitance": "F",
    "inductance": "H", "magnetic flux": "Wb", "magnetic flux density": "T",
    "electric field": "V/m", "density": "kg/m^3", "heat": "J", "work": "J",
    "entropy": "J/K", "heat capacity": "J/K", "specific heat capacity": "J/(kg*K)",
    "angle": "rad", "dimensionless": "1", "wavenumber": "1/m",
}
_NAME_PREFERENCE = (
    "length", "mass", "time", "current", "temperature", "amount", "luminous intensity",
    "area", "volume", "speed", "acceleration", "force", "energy", "power", "pressure",
    "momentum", "action", "frequency", "charge", "voltage", "resistance", "capacitance",
    "inductance", "magnetic flux", "magnetic flux density", "electric field", "density",
    "entropy", "specific heat capacity", "wavenumber",
)


@lru_cache(maxsize=1)
def _dimension_names() -> dict[Dimension, str]:
    names: dict[Dimension, str] = {}
    for kind in _NAME_PREFERENCE:
        names.setdefault(parse_unit(_KINDS[kind]).dimension, kind)
    return names


def kind(name: str) -> QuantityKind:
    """A known quantity kind by name.

    >>> kind("torque").dimension == kind("energy").dimension
    True
    >>> kind("torque") == kind("energy")
    False
    """
    key = name.strip().lower()
    if key not in _KINDS:
        raise UnitError(f"unknown quantity kind {name!r}; known kinds: {', '.join(sorted(_KINDS))}")
    return QuantityKind(key, parse_unit(_KINDS[key]).dimension, _KINDS[key])


def known_kinds() -> Iterable[str]:
    return tuple(sorted(_KINDS))
