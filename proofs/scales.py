"""Units, not only dimensions: the scale and offset of the numbers a value holds.

A value annotated ``U["ft"]`` holds numbers of feet: its dimension is a length and its
:class:`Scale` says one of its numbers is 0.3048 m. Plain Python computes with the numbers,
so adding feet to metres, or passing km/h where m/s is expected, computes a wrong number
although the dimensions agree. Temperatures are affine: a number of degC is
``273.15 + n`` kelvin, so two Celsius temperatures cannot be added, and a difference of
two is a *delta* (``delta_degC``), which can.

Literals written next to a value may be the conversion (``alt_ft * 0.3048``,
``v_kmh / 3.6``, ``T_C + 273.15``): :func:`match_factor` finds a product of the literal
factors that equals the factor needed, within 1% (people write 3.28 for 3.28084).

>>> ft, m = scale_of("ft"), scale_of("m")
>>> needed(ft, m)
(0.3048, 0.0)
>>> how(*needed(scale_of("km/h"), scale_of("m/s")))
'divide by 3.6'
>>> how(*needed(scale_of("degC"), scale_of("K")))
'add 273.15'
>>> match_factor([(0.5, -1, 1), (0.3048, 7, 1)], 0.3048)
(1,)
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations

from psg.units import DIMENSIONLESS, Dimension, UnitError, parse_unit

TEMPERATURE = Dimension.of(H=1)
FACTOR_TOLERANCE = 0.01     # a literal within 1% of the factor needed is taken as the conversion
OFFSET_TOLERANCE = 0.001    # relative: 273 for 273.15 passes
_MAX_LITERALS = 10          # subsets of at most this many literal factors are searched


@dataclass(frozen=True, slots=True)
class Scale:
    """What one number of a value is: ``factor`` SI units, starting at ``offset`` (SI) for
    absolute temperatures on a shifted scale (degC, degF); ``delta`` marks a temperature
    difference (or a unit made with one, V/delta_degC); ``label`` is the unit as people
    write it."""

    dim: Dimension
    factor: float
    offset: float = 0.0
    label: str = ""
    delta: bool = False
    temperature: bool = field(init=False, compare=False, repr=False)  # a temperature (or difference)?

    def __post_init__(self) -> None:
        object.__setattr__(self, "temperature", self.dim == TEMPERATURE)

    @property
    def shifted(self) -> bool:
        """An absolute temperature whose zero is not absolute zero (degC, degF)."""
        return self.temperature and not self.delta and abs(self.offset) > 1e-12

    def text(self) -> str:
        """The unit in words for messages: its label, else its SI unit with the factor."""
        if self.label:
            return self.label
        si = self.dim.si()
        return si if _same(self.factor, 1.0) else f"{number(self.factor)} {si}"

    def as_delta(self) -> "Scale":
        if not self.temperature or self.delta:
            return self
        label = self.label if self.label.startswith("delta_") or not self.shifted else f"delta_{self.label}"
        return Scale(self.dim, self.factor, 0.0, label, True)


@lru_cache(maxsize=4096)
def scale_of(unit: str) -> Scale | None:
    """The scale of a unit string (None if pint cannot read it, or for logarithmic units)."""
    try:
        u = parse_unit(unit)
    except (UnitError, ValueError):
        return None
    delta = "delta_" in unit or "Δ" in unit
    if u.offset and u.dimension != TEMPERATURE:
        return None  # dB and other logarithmic units: not a scale
    factor = u.to_si
    if u.offset:  # pint's (one - zero) loses digits on shifted scales: take the delta unit's factor
        try:
            factor = parse_unit(_delta_spelling(unit)).to_si
        except (UnitError, ValueError):
            pass
    label = "1" if unit.strip() == "1" else unit.strip()
    return bounded(Scale(u.dimension, factor, 0.0 if delta else u.offset, label, delta))


#: Factors compared, at most this far from 1 either way: the ratio of any two is a finite,
#: nonzero float. A unit past it (km**60) has no scale: its dimension is still checked.
MAX_FACTOR = 1e150


def bounded(s: Scale) -> Scale | None:
    """``s``, or None when its factor is out of :data:`MAX_FACTOR`'s range (or not a number).

    >>> bounded(Scale(DIMENSIONLESS, 1e200)) is None, bounded(Scale(DIMENSIONLESS, 1e-3)).factor
    (True, 0.001)
    """
    return s if 1 / MAX_FACTOR <= s.factor <= MAX_FACTOR else None


def _delta_spelling(unit: str) -> str:
    text = unit.strip()
    for name in ("degC", "degF", "celsius", "fahrenheit", "degree_Celsius", "degree_Fahrenheit", "°C", "°F"):
        if text == name:
            return "delta_" + name.replace("°C", "degC").replace("°F", "degF")
    return text


PLAIN = Scale(DIMENSIONLESS, 1.0, 0.0, "1")
RADIAN = Scale(DIMENSIONLESS, 1.0, 0.0, "rad")
DEGREE = Scale(DIMENSIONLESS, math.pi / 180, 0.0, "deg")


def _same(a: float, b: float, rel: float = 1e-6) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-300)


def same(a: Scale, b: Scale) -> bool:
    """Do numbers of ``a`` and numbers of ``b`` mean the same quantity?"""
    return _same(a.factor, b.factor) and (not (a.temperature and b.temperature) or a.delta or b.delta
                                          or abs(a.offset - b.offset) <= 1e-9 * max(1.0, abs(a.offset)))


def needed(value: Scale, target: Scale) -> tuple[float, float]:
    """``(a, b)`` such that ``a * n + b`` turns a number ``n`` of ``value`` into one of ``target``.

    >>> needed(scale_of("degF"), scale_of("degC"))
    (0.5555555556, -17.7777777778)
    """
    a = value.factor / target.factor
    b = 0.0
    if value.temperature and target.temperature and not (value.delta or target.delta):
        b = (value.offset - target.offset) / target.factor
    return round(a, 10 - _magnitude(a)), round(b, 10)


def _magnitude(x: float) -> int:
    return int(math.floor(math.log10(abs(x)))) + 1 if x else 0


def times(a: Scale | None, b: Scale | None, inverse: bool = False, dim: Dimension | None = None) -> Scale | None:
    """The scale of a product (or quotient, ``inverse``) of two values (``dim``: the
    product's dimension, when the caller has it)."""
    if a is None or b is None:
        return None
    label = ""
    if a.label and b.label and len(a.label) + len(b.label) < 40:
        la = "" if a.label == "1" else a.label
        lb = "" if b.label == "1" else _group(b.label)
        if inverse:
            label = f"{_group(la) or '1'}/{lb}" if lb else la
        else:
            label = "·".join(x for x in (_group(la), lb) if x)
        label = label or "1"
    factor = a.factor / b.factor if inverse else a.factor * b.factor
    if dim is None:
        dim = a.dim / b.dim if inverse else a.dim * b.dim
    # a temperature made by a product (lapse rate * height, V / (V/delta_degC), a difference
    # times a factor) is a difference; only an absolute temperature times a number stays one
    absolute = (a.temperature and not a.delta and b.dim.dimensionless) or \
        (not inverse and b.temperature and not b.delta and a.dim.dimensionless)
    result = Scale(dim, factor, 0.0, label, False)
    delta = (a.delta or b.delta or result.temperature) and not absolute
    return bounded(replace(result, delta=True) if delta else result)


def power(a: Scale | None, p, dim: Dimension | None = None) -> Scale | None:
    if a is None:
        return None
    label = f"{_group(a.label)}^{p}" if a.label and a.label != "1" else a.label
    try:
        factor = a.factor ** float(p)
    except OverflowError:  # km ** 1000
        return None
    return bounded(Scale(a.dim ** p if dim is None else dim, factor, 0.0, label,
                         a.delta or (p != 1 and a.temperature)))


def _group(label: str) -> str:
    return f"({label})" if any(c in label for c in "/·* ") else label


_TURNS = ("rpm", "rps", "rev", "turn", "cycle")


def counts_turns(a: Scale, b: Scale) -> bool:
    """Does either unit count turns (rpm, revolution, cycle)? pint makes one turn 2 pi rad
    and Hz one per second, so rpm / 60 in Hz is off by 2 pi for pint but right for people:
    a conversion within a factor 2 pi of the one needed is accepted for such units.

    >>> counts_turns(scale_of("rpm"), scale_of("Hz")), counts_turns(scale_of("m"), scale_of("ft"))
    (True, False)
    """
    return any(t in s.label for s in (a, b) for t in _TURNS)


def match_factor(lits, factor: float, tolerance: float = FACTOR_TOLERANCE) -> tuple[int, ...] | None:
    """Positions of literal factors ``(value, node, power)`` whose product is ``factor``
    (within ``tolerance``), the fewest first; None if there are none."""
    values = [abs(v) for v, _, _ in lits[:_MAX_LITERALS]]
    for size in range(1, len(values) + 1):
        for pick in combinations(range(len(values)), size):
            prod = math.prod(values[k] for k in pick)
            if prod and abs(prod / factor - 1.0) <= tolerance:
                return pick
    return None


def number(x: float) -> str:
    """A factor as people write it: ``0.3048``, ``3.6``, ``1000``, ``0.01745329252``."""
    if x == 0:
        return "0"
    for digits in range(1, 11):  # the shortest that is x to 8 digits
        text = f"{x:.{digits}g}"
        if abs(float(text) - x) <= 1e-8 * abs(x):
            break
    if "e" in text:
        mant, _, exp = text.partition("e")
        return f"{mant}e{int(exp)}"
    return text


def _digits(x: float) -> int:
    """Significant digits as written: 1000 and 0.001 have one, 3.6 two."""
    text = number(abs(x))
    mant = text.partition("e")[0].replace(".", "").lstrip("0").rstrip("0")
    return len(mant) or 1


def _divide(a: float) -> bool:
    """Is ``/ (1/a)`` the simpler way to write ``* a``? (fewer digits; on a tie, the number >= 1)"""
    inv, direct = _digits(1 / a), _digits(a)
    return inv < direct or (inv == direct and abs(a) < 1)


def how(a: float, b: float = 0.0) -> str:
    """``a * n + b`` in words: ``multiply by 0.3048``, ``divide by 3.6``, ``add 273.15``."""
    parts = []
    if not _same(a, 1.0, 1e-9):
        parts.append(f"divide by {number(1 / a)}" if _divide(a) else f"multiply by {number(a)}")
    if abs(b) > 1e-12:
        if parts and _digits(b / a) < _digits(b):  # (n + b/a) * a reads better: (T + 459.67) / 1.8
            return f"add {number(b / a)}, then {parts[0]}" if b > 0 else f"subtract {number(-b / a)}, then {parts[0]}"
        parts.append(f"add {number(b)}" if b > 0 else f"subtract {number(-b)}")
    return ", then ".join(parts) or "nothing"


def expression(text: str, a: float, b: float = 0.0, simple: bool = False) -> str:
    """The edit: ``text`` converted by ``a * n + b``, parenthesised unless ``simple``.

    >>> expression("alt_ft", 0.3048, simple=True), expression("v", 0.2777777778, simple=True)
    ('alt_ft * 0.3048', 'v / 3.6')
    >>> expression("T_F", 0.5555555556, 255.3722222), expression("a + b", 1, -273.15)
    ('(T_F + 459.67) / 1.8', 'a + b - 273.15')
    """
    inner = text if simple or _same(a, 1.0, 1e-9) else f"({text})"
    if abs(b) > 1e-12 and not _same(a, 1.0, 1e-9) and _digits(b / a) < _digits(b):
        shifted = f"({text} {'+' if b > 0 else '-'} {number(abs(b / a))})"
        return f"{shifted} / {number(1 / a)}" if _divide(a) else f"{shifted} * {number(a)}"
    out = inner
    if not _same(a, 1.0, 1e-9):
        out = f"{inner} / {number(1 / a)}" if _divide(a) else f"{inner} * {number(a)}"
    if abs(b) > 1e-12:
        out = f"{out} {'+' if b > 0 else '-'} {number(abs(b))}"
    return out

