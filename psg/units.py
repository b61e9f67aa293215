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

import math
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
    log: str = ""        # a logarithmic unit standing alone (pint's name, e.g. "decibel"): no SI factor
    # (for :func:`parse_value`, ``text`` is the whole value as written)


#: Units pint lacks, defined in the oracle's registry (and in a caller's, when an answer needs one).
EXTRA_UNITS = ("diopter = 1 / meter = dpt = dioptre",   # optical power
               "rev = turn = revs",                      # "1.7 rev/s", "33 rev/min"
               # astronomers' units (IAU 2015 nominal values; masses from the nominal GM and
               # CODATA 2018's G, as astropy has them): "10 solar masses", "2 Earth radii"
               "solar_mass = 1.988409870698051e30 kg = M_sun",
               "solar_radius = 6.957e8 m = R_sun",
               "solar_luminosity = 3.828e26 W = L_sun",
               "earth_mass = 5.972167867791379e24 kg = M_earth",
               "earth_radius = 6.3781e6 m = R_earth",
               "jupiter_mass = 1.8981245973360505e27 kg = M_jup",
               "jupiter_radius = 7.1492e7 m = R_jup")


@lru_cache(maxsize=1)
def registry():
    """The one pint registry of the process, with :data:`EXTRA_UNITS` defined.

    Building a pint registry costs about half a second, so a process builds one: while pint's
    application registry is untouched (still pint's lazy default), it is that registry, and
    answers, which are given in the application registry, are in the same one. A caller who
    has set or used an application registry of their own keeps it as it is (its settings
    may differ: another unit system), and text is read in a registry of the oracle's own.

    >>> str(registry().parse_units("dioptre"))
    'diopter'
    """
    import pint

    app = pint.get_application_registry().get()
    ureg = app if type(app) is pint.registry.LazyRegistry else pint.UnitRegistry()
    define_extra_units(ureg)
    return ureg


def define_extra_units(ureg) -> None:
    """Define in the pint registry ``ureg`` each of :data:`EXTRA_UNITS` it lacks (pint's
    application registry refuses redefinitions)."""
    import pint

    for definition in EXTRA_UNITS:
        name = definition.split("=")[0].strip()
        try:
            ureg.parse_units(name)
        except (pint.PintError, ValueError, AttributeError):
            ureg.define(definition)


_SPELLINGS = ((re.compile(r"\bAU\b"), "au"),  # pint's AU is an absorbance unit; here, the astronomical one
              (re.compile(r"\blight[- ]years?\b"), "light_year"),
              (re.compile(r"\bdiopters\b|\bdioptres\b"), "diopter"),
              # "4.5 x 10^6", "3 × 10**-19": the factor of ten as scientific notation
              (re.compile(r"(\d)\s*[x×]\s*10\s*(?:\^|\*\*)\s*\(?\s*([+\-−]?)\s*(\d+)(?:\s*\))?"),
               lambda m: f"{m[1]}e{'-' if m[2] in '-−' and m[2] else ''}{m[3]}"),
              (re.compile(r"\bthousand\b", re.I), "1e3"),
              (re.compile(r"\bmillion\b", re.I), "1e6"),
              (re.compile(r"\bbillion\b", re.I), "1e9"),
              (re.compile(r"\b(solar|sun|earth|jupiter)[ -]?(mass|radius|luminosity)(?:es|ii|ities)?\b", re.I),
               lambda m: f"{m[1].lower().replace('sun', 'solar')}_{m[2].lower()}"),
              (re.compile(r"\b(solar|earth|jupiter)[ -]?radii\b", re.I), lambda m: f"{m[1].lower()}_radius"),
              (re.compile(r"\b(solar)[ -]?luminosities\b", re.I), "solar_luminosity"),
              (re.compile(r"\b([kMG]?)Ohms?\b"), r"\1ohm"),
              # things counted per length or time: "600 lines/mm", "72 beats/min", "5000 decays/s"
              (re.compile(r"\b(?:lines?|slits?|rulings?|grooves?|beats?|decays?|disintegrations?|drops?|"
                          r"photons?|breaths?|pulses?|oscillations?|vibrations?|flashes?|strokes?|waves?)"
                          r"(?=\s*(?:/|per\b))", re.I), "count"),
              (re.compile(r"\b(?:rotations?|laps?|spins?)(?=\s*(?:/|per\b))", re.I), "rev"),
              # an optician's "D" is the dioptre (pint's D is the debye, which no law here uses)
              (re.compile(r"(?:^|(?<=[\d\s]))D\s*$"), "diopter"))


#: Unit words that people use for different amounts: a value in one of them is refused with
#: the choices, never read as pint's one meaning (pint's ton is the US short ton).
_TON = ("'ton' is ambiguous: a metric tonne (1000 kg), a US short ton (907.2 kg) or a long ton "
        "(1016 kg); write 't' (or 'tonne'), 'short_ton' or 'long_ton'")
_KILOTON = ("'{0}' is ambiguous: a mass (in metric or in short tons) or an explosion's energy in tons of "
            "TNT; write '{0}_TNT' for the energy, or the mass in t")
#: Units with several national definitions, each with its US reading (pint's, when bare) first
#: and the others a question may mean: a UK recipe's gallon is 20 % larger; a "ton" is 907,
#: 1016 or 1000 kg. The oracle reads a question in them every way (``Oracle.query``: ambiguous
#: where the readings give different values); parsed alone, a bare ton is refused (below).
NATIONAL_UNITS = {"gallon": ("US_liquid_gallon", "imperial_gallon"), "gal": ("US_liquid_gallon", "imperial_gallon"),
                  "quart": ("US_liquid_quart", "imperial_quart"), "pint": ("liquid_pint", "imperial_pint"),
                  "fluid_ounce": ("US_fluid_ounce", "imperial_fluid_ounce"),
                  "floz": ("US_fluid_ounce", "imperial_fluid_ounce"),
                  "ton": ("short_ton", "long_ton", "metric_ton"),
                  "hundredweight": ("short_hundredweight", "long_hundredweight"),
                  "cwt": ("short_hundredweight", "long_hundredweight")}
AMBIGUOUS_UNITS = {"ton": _TON, "tons": _TON,
                   **{w + s: _KILOTON.format(w) for w in ("kiloton", "megaton") for s in ("", "s")}}


def spelled(text: str) -> str:
    """Unit spellings people write that pint reads otherwise or not at all.

    >>> spelled("4.2 light-years"), spelled("1 AU"), spelled("2 dioptres")
    ('4.2 light_year', '1 au', '2 diopter')
    >>> spelled("4.5 x 10^6 m/s"), spelled("150 million K"), spelled("10 solar masses"), spelled("1.7e-8 Ohm*m")
    ('4.5e6 m/s', '150 1e6 K', '10 solar_mass', '1.7e-8 ohm*m')
    >>> spelled("600 lines/mm"), spelled("72 beats per minute"), spelled("-0.5 D"), spelled("D"), spelled("3 rotations/s")
    ('600 count/mm', '72 count per minute', '-0.5 diopter', 'diopter', '3 rev/s')
    """
    for pattern, replacement in _SPELLINGS:
        text = pattern.sub(replacement, text)
    return text


#: Bounds of the unit grammar: longer texts, deeper parentheses, more factors, larger or
#: finer exponents are refused (pint would evaluate any arithmetic it is given).
MAX_TEXT = 200
MAX_DEPTH = 8
MAX_FACTORS = 64
MAX_EXPONENT = 64
MAX_EXPONENT_DENOMINATOR = 100


@lru_cache(maxsize=4096)
def parse_unit(text: str) -> Unit:
    """Parse a unit string: a bounded grammar of products, quotients, powers and parentheses
    (exponents are exact rationals read from the text) over unit names that pint knows.

    >>> parse_unit("kg*m^2/s^2").dimension.name
    'energy'
    >>> parse_unit("m^(1/3)").dimension
    Dimension(L=1/3)
    >>> parse_unit("furlongz")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    psg.units.UnitError: unknown unit 'furlongz': pint cannot parse it
    """
    if not isinstance(text, str) or not text.strip():
        raise UnitError(f"a unit must be a non-empty string, got {text!r}")
    scale, unit = _parse(text, "unit")
    if scale != 1:
        raise UnitError(f"unit {text!r} has a number in it ({scale:g}); write the number with the value")
    return unit


_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_NUMBER_WORD = "|".join([*_SMALL, *_TENS, *_SCALES, "a", "and", "dozen"])
_NUMBER_WORDS = re.compile(rf"^\s*((?:(?:{_NUMBER_WORD})(?:[\s-]+|$))+)", re.I)


def number_in_words(text: str) -> str:
    """``text`` with a number written in words at its start as digits ("fifty" -> "50",
    "two hundred and forty kg" -> "240 kg", "a dozen" -> "12"); other text as it is.

    >>> number_in_words("fifty"), number_in_words("twenty-five m/s"), number_in_words("3 kg")
    ('50', '25 m/s', '3 kg')
    """
    m = _NUMBER_WORDS.match(text)
    if not m:
        return text
    words = [w.lower() for w in re.split(r"[\s-]+", m[1].strip())]
    if not any(w in _SMALL or w in _TENS or w == "dozen" for w in words):
        return text    # "a" or "million" alone is no number
    total, part = 0, 0
    for w in words:
        if w in _SMALL:
            part += _SMALL[w]
        elif w in _TENS:
            part += _TENS[w]
        elif w == "dozen":
            part = (part or 1) * 12
        elif w == "hundred":
            part = (part or 1) * 100
        elif w in _SCALES:
            total, part = total + (part or 1) * _SCALES[w], 0
    rest = text[m.end(1):]
    return f"{total + part}{' ' + rest.strip() if rest.strip() else ''}"


def parse_value(text: str) -> tuple[float, Unit]:
    """A value with its unit, ``"2.5e3 km/h"`` -> ``(2500.0, Unit('km/h', ...))``, read with the
    same bounded grammar (numbers are factors of the product; no other arithmetic).

    >>> mag, unit = parse_value("-3 m/s")
    >>> mag, unit.dimension.name
    (-3.0, 'speed')
    >>> parse_value("9**9**99 kg")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    psg.units.UnitError: cannot read '9**9**99 kg': an exponent must be a number
    """
    if not isinstance(text, str) or not text.strip():
        raise UnitError(f"a value must be a non-empty string such as '2 kg', got {text!r}")
    if len(text) > MAX_TEXT:
        return _parse(text, "value")   # refused, naming the length (and never cached)
    return _parse_value(text)


@lru_cache(maxsize=8192)
def _parse_value(text: str) -> tuple[float, Unit]:
    """:func:`parse_value`, once per text (a warm process reads the same values again)."""
    return _parse(_as_number(number_in_words(text)), "value")


_NUM = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
#: Plain numbers people write another way: "n = 3" (a symbol set to it), "18:1" (a ratio),
#: "3 times" / "3x" (a factor).
_NUMBER_FORMS = ((re.compile(r"^\s*[^\W\d]\w*\s*=\s*(?=[+\-.\d])"), ""),
                 (re.compile(rf"^\s*({_NUM})\s*:\s*({_NUM})\s*$"), r"\1/\2"),
                 (re.compile(rf"^\s*({_NUM})\s*(?:times|[x×])\s*$"), r"\1"))


def _as_number(text: str) -> str:
    """``text`` with the number forms of :data:`_NUMBER_FORMS` written as numbers.

    >>> _as_number("n = 3"), _as_number("18:1"), _as_number("3 times"), _as_number("2.5x"), _as_number("7:00 am")
    ('3', '18/1', '3', '2.5', '7:00 am')
    """
    for pattern, replacement in _NUMBER_FORMS:
        text = pattern.sub(replacement, text)
    return text


# -- the grammar ---------------------------------------------------------------------
#   product  := power (('*' | '/') power)*
#   power    := atom ('**' exponent)?            (a ** b ** c is refused)
#   atom     := NUMBER | NAME | '(' product ')'  (a value may start with a sign)
#   exponent := ['+'|'-'] NUMBER | '(' ['+'|'-'] NUMBER ['/' ['+'|'-'] NUMBER] ')'
_TOKEN = re.compile(r"\s*(?:(?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(?P<name>[^\W\d]\w*)|(?P<op>\*\*|[*/()+-]))")


def _tokens(src: str, text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    src = src.rstrip()
    while pos < len(src):
        m = _TOKEN.match(src, pos)
        if m is None or m.end() == pos:
            raise UnitError(f"unknown unit {text!r}: pint cannot parse it (unexpected {src[pos:].strip()[:1]!r})")
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


class _Reader:
    """Recursive descent over the tokens: returns (number factor, exact dims, SI factor, names)."""

    def __init__(self, tokens, text: str, what: str):
        self.tokens, self.k, self.text, self.what = tokens, 0, text, what
        self.names: list[tuple[str, Fraction]] = []  # (pint name, exponent) of every unit factor
        self.factors = 0

    def fail(self, why: str) -> UnitError:
        if self.what == "value":
            return UnitError(f"cannot read {self.text!r}: {why}")
        return UnitError(f"unknown unit {self.text!r}: pint cannot parse it ({why})")

    def peek(self):
        return self.tokens[self.k] if self.k < len(self.tokens) else (None, None)

    def take(self):
        tok = self.peek()
        self.k += 1
        return tok

    def product(self, depth: int):
        scale, dims, factor = self.power(depth)
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            s, d, f = self.power(depth)
            if op == "*":
                scale, factor = scale * s, factor * f
                dims = [a + b for a, b in zip(dims, d)]
            else:
                if s == 0:
                    raise self.fail("division by zero")
                scale, factor = scale / s, factor / f
                dims = [a - b for a, b in zip(dims, d)]
            self.in_range(factor)
        return scale, dims, factor

    def in_range(self, factor: float) -> float:
        """A factor to SI must stay a finite, non-zero float (every unit is worth something)."""
        if not (math.isfinite(factor) and factor != 0):
            raise self.fail("its factor to SI units is out of floating-point range")
        return factor

    def power(self, depth: int):
        scale, dims, factor = self.atom(depth)
        if self.peek()[1] != "**":
            return scale, dims, factor
        self.take()
        p = self.exponent()
        if self.peek()[1] == "**":
            raise self.fail("an exponent must be a number")
        if scale == 0 and p < 0:
            raise self.fail("division by zero")
        try:
            scale = scale ** float(p) if p.denominator != 1 or abs(scale) != 1 else scale ** int(p)
        except (OverflowError, ZeroDivisionError):
            raise self.fail("a number out of range") from None
        if isinstance(scale, complex):
            raise self.fail("a root of a negative number")
        try:
            factor = self.in_range(factor ** float(p))
        except OverflowError:
            raise self.fail("its factor to SI units is out of floating-point range") from None
        return scale, [e * p for e in dims], factor

    def atom(self, depth: int):
        kind, tok = self.take()
        if kind == "num":
            x = float(tok)
            if not math.isfinite(x):
                raise self.fail(f"the number {tok} is out of range")
            return x, [Fraction(0)] * 7, 1.0
        if kind == "name":
            self.factors += 1
            if self.factors > MAX_FACTORS:
                raise self.fail(f"more than {MAX_FACTORS} unit factors")
            dims, factor, _, _ = _named(tok, self.text)
            self.names.append((tok, Fraction(1)))
            return 1.0, list(dims), factor
        if tok == "(":
            if depth >= MAX_DEPTH:
                raise self.fail(f"parentheses nested deeper than {MAX_DEPTH}")
            out = self.product(depth + 1)
            if self.take()[1] != ")":
                raise self.fail("a '(' is not closed")
            return out
        raise self.fail("a unit or a number is missing" if tok is None else f"unexpected {tok!r}")

    def exponent(self) -> Fraction:
        kind, tok = self.take()
        if tok == "(":
            p = self.signed_number()
            if self.peek()[1] == "/":
                self.take()
                q = self.signed_number()
                if q == 0:
                    raise self.fail("division by zero in an exponent")
                p = p / q
            if self.take()[1] != ")":
                raise self.fail("an exponent's '(' is not closed")
        else:
            self.k -= 1
            p = self.signed_number()
        if abs(p) > MAX_EXPONENT or p.denominator > MAX_EXPONENT_DENOMINATOR:
            raise self.fail(f"the exponent {_num(p)} is outside the allowed range (at most {MAX_EXPONENT} in size, "
                            f"{MAX_EXPONENT_DENOMINATOR} in the denominator)")
        return p

    def signed_number(self) -> Fraction:
        kind, tok = self.take()
        sign = 1
        if tok in ("+", "-"):
            sign = -1 if tok == "-" else 1
            kind, tok = self.take()
        if kind != "num" or "e" in tok.lower():
            raise self.fail("an exponent must be a number" if kind != "num" else
                            f"write the exponent {tok} without 'e' notation")
        if len(tok) > 12:
            raise self.fail(f"the exponent {tok} has more than 12 digits")
        return sign * Fraction(tok)  # exact: "0.5" is 1/2, never a rounded float


_SI_PINT = ("[length]", "[mass]", "[time]", "[current]", "[temperature]", "[substance]", "[luminosity]")


def _named(name: str, text: str = "") -> tuple[tuple[Fraction, ...], float, float, str]:
    """One unit name through pint: (exact dimension exponents, SI factor, offset, how it
    converts: '' multiplicative, 'offset' (degC), 'log' (dB)). ``text`` names it in errors."""
    found = _lookup(name)
    if isinstance(found, str):
        raise UnitError(found.format(text=repr(text or name)))
    return found


@lru_cache(maxsize=4096)
def _lookup(name: str):
    """:func:`_named`'s work, cached per name (unknown names too: pint's search for
    prefixes and suffixes is slow); an error is a message with ``{text}`` to fill in."""
    import pint

    ureg = registry()
    try:
        units = ureg.parse_units(name)
        zero = float(ureg.Quantity(0.0, units).to_base_units().magnitude)
        one = float(ureg.Quantity(1.0, units).to_base_units().magnitude)
        two = float(ureg.Quantity(2.0, units).to_base_units().magnitude)
        dims = units.dimensionality
    except (pint.PintError, AttributeError, TypeError, ValueError, SyntaxError, KeyError, AssertionError,
            IndexError, ZeroDivisionError, OverflowError):
        return "unknown unit {text}: pint cannot parse it"
    extra = [k for k in dims if k not in _SI_PINT]
    if extra:
        return "unit {text} has a non-SI base dimension " + extra[0].replace("{", "{{").replace("}", "}}")
    vec = []
    for k in _SI_PINT:
        e = Fraction(dims.get(k, 0))
        if e.denominator > MAX_EXPONENT_DENOMINATOR:  # pint's own definitions: small rationals only
            return "unit {text}: pint gives " + repr(name).replace("{", "{{").replace("}", "}}") + " an inexact exponent"
        vec.append(e)
    how = "" if zero == 0 else "offset"
    if not math.isclose(two - one, one - zero, rel_tol=1e-9, abs_tol=0):
        how = "log"
    return tuple(vec), one - zero, zero, how


def _parse(text: str, what: str) -> tuple[float, Unit]:
    if len(text) > MAX_TEXT:
        raise UnitError(f"{'value' if what == 'value' else 'unit'} {text[:40]!r}... is {len(text)} characters "
                        f"long; at most {MAX_TEXT}")
    from pint.util import string_preprocessor

    src = text.strip()
    if src == "1" and what == "unit":
        return 1.0, Unit(text, DIMENSIONLESS, 1.0)
    for p in registry().preprocessors:
        src = p(src)
    src = string_preprocessor(spelled(src))
    tokens = _tokens(src, text)
    sign = 1.0
    if what == "value" and tokens and tokens[0][1] in ("+", "-"):  # a signed value: -5 K
        sign = -1.0 if tokens[0][1] == "-" else 1.0
        tokens = tokens[1:]
    reader = _Reader(tokens, text, what)
    scale, dims, factor = reader.product(0)
    if reader.k != len(tokens):
        raise reader.fail(f"unexpected {tokens[reader.k][1]!r}")
    for name, _ in reader.names:
        if name in AMBIGUOUS_UNITS:
            raise reader.fail(AMBIGUOUS_UNITS[name])
    if not math.isfinite(scale):
        raise reader.fail("a number out of range")
    if not (math.isfinite(factor) and factor > 0):
        raise reader.fail("its factor to SI units is out of floating-point range")
    # pint's reading of affine and logarithmic units: 20 degC is 293.15 K, but degC/m and
    # degC**2 are differences; dB stands alone
    lone = len(reader.names) == 1 and not any(t[1] in ("**", "/", "(") for t in tokens)
    how = {_named(name, text)[3] for name, _ in reader.names}
    offset, log = 0.0, ""
    if "log" in how:
        if not lone:
            raise reader.fail("a logarithmic unit (dB, neper, ...) must stand alone")
        log, factor = str(registry().parse_units(reader.names[0][0])), 1.0
    elif lone and "offset" in how:
        offset = _named(reader.names[0][0], text)[2]
    return sign * scale, Unit(text, Dimension(tuple(dims)), float(factor), float(offset), log)


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
