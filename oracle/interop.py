"""pint and astropy as users hold them: givens from any registry, answers in the caller's.

An answer's values are quantities of the *caller's* pint registry, so they mix with the
caller's own: the registry of the first given pint quantity, else that of the pint unit
asked for, else pint's application registry (``pint.get_application_registry()``).
The oracle's own registry (:func:`psg.units.registry`) only reads text.

A given is read, whatever it is, into a :class:`Given`: its value in SI (a float, or a
numpy array), its exact dimension, and a logarithmic unit if it has one.

* text (``"2 kg"``) through the bounded unit grammar (:func:`psg.units.parse_value`);
* a pint quantity of any registry, through its dimensionality and ``.to`` the SI unit of
  that dimension in its own registry (so units only that registry defines work);
* an astropy quantity, through its SI decomposition (``q.si``: bases m, kg, s, A, K, mol,
  cd, rad), written as a unit string for the same grammar; temperatures through astropy's
  temperature equivalency;
* a bare number or numpy array of numbers: a *dimensionless* number, as in pint and
  astropy. A bare ``20`` for a height is refused, in Python as on the command line (where
  ``--given "height=20"`` is the text ``"20"``): the error says which unit to write.

>>> g = read_given("72 km/h")
>>> round(g.si, 9), g.dimension.name
(20.0, 'speed')
>>> read_given(3).dimension.dimensionless
True
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from psg.units import DIMENSIONLESS, EXTRA_UNITS, Dimension, define_extra_units, parse_unit, parse_value, spelled

_PINT_BASE = ("[length]", "[mass]", "[time]", "[current]", "[temperature]", "[substance]", "[luminosity]")
_PINT_SI = ("meter", "kilogram", "second", "ampere", "kelvin", "mole", "candela")
_ASTROPY_SI = {"m": 0, "kg": 1, "s": 2, "A": 3, "K": 4, "mol": 5, "cd": 6}


class InteropError(ValueError):
    """A value or unit from pint, astropy or numpy that cannot be read (says which and why)."""


@dataclass(frozen=True)
class Given:
    """A given value read: SI value (float or ndarray; for a logarithmic unit such as dB,
    the number as written), exact dimension, and the logarithmic unit's name if any."""

    si: float | np.ndarray
    dimension: Dimension
    log: str = ""

    @property
    def shape(self) -> tuple[int, ...]:
        return np.shape(self.si)


# -- registries ------------------------------------------------------------------------
def is_pint(x) -> bool:
    import pint

    return isinstance(x, (pint.Quantity, pint.Unit))


def is_astropy(x) -> bool:
    units = sys.modules.get("astropy.units")  # a caller holding astropy values has imported it
    return units is not None and isinstance(x, (units.Quantity, units.UnitBase))


def caller_registry(values, unit=None):
    """The pint registry answers are given in: the first given pint quantity's, else the
    pint unit asked for's, else pint's application registry."""
    import pint

    for v in values:
        if isinstance(v, pint.Quantity):
            return v._REGISTRY
    if is_pint(unit):
        return unit._REGISTRY
    return pint.get_application_registry().get()


# -- givens ------------------------------------------------------------------------------
def read_given(value) -> Given:
    """Any given value as a :class:`Given` (see the module docstring); InteropError if unreadable."""
    if isinstance(value, str):
        try:
            magnitude, unit = parse_value(value)
        except ValueError as err:
            raise InteropError(str(err)) from None
        if unit.log:
            return Given(magnitude, unit.dimension, unit.log)
        return Given(magnitude * unit.to_si + unit.offset, unit.dimension)
    if is_pint(value) and hasattr(value, "magnitude"):
        return _from_pint(value)
    if is_astropy(value) and hasattr(value, "value"):
        return _from_astropy(value)
    if isinstance(value, (int, float, np.floating, np.integer)) and not isinstance(value, bool):
        return Given(float(value), DIMENSIONLESS)
    if isinstance(value, np.ndarray):
        return Given(_numbers(value), DIMENSIONLESS)
    raise InteropError(f"must be a string such as '2 kg', a pint or astropy quantity, a number or a numpy "
                       f"array of numbers; got {type(value).__name__}")


def _numbers(m) -> float | np.ndarray:
    """A magnitude as a float or a float array (object, string and complex arrays refused)."""
    if isinstance(m, np.ndarray):
        if m.dtype.kind not in "iuf":
            raise InteropError(f"an array of {m.dtype} is not an array of real numbers")
        return m.astype(float) if m.ndim else float(m)
    if isinstance(m, (int, float, np.floating, np.integer)) and not isinstance(m, bool):
        return float(m)
    raise InteropError(f"the magnitude must be a number or a numpy array of numbers, got {type(m).__name__}")


def dimension_of(units) -> Dimension:
    """The exact dimension of a pint quantity or unit (InteropError for a non-SI base dimension)."""
    dims = units.dimensionality
    extra = [k for k in dims if k not in _PINT_BASE]
    if extra:
        raise InteropError(f"{units} has the non-SI base dimension {extra[0]}")
    return Dimension(tuple(Fraction(dims.get(k, 0)).limit_denominator(1000) for k in _PINT_BASE))


def _pint_si_text(dim: Dimension) -> str:
    parts = [f"{u} ** {float(e)!r}" for u, e in zip(_PINT_SI, dim.exps) if e]
    return " * ".join(parts) or "dimensionless"


def _from_pint(q) -> Given:
    import pint

    magnitude = _numbers(q.magnitude)
    if str(q.units) == "decibel":  # a level: the number of decibels (dB is not a factor)
        return Given(magnitude, DIMENSIONLESS, "decibel")
    dim = dimension_of(q.units)
    try:  # in the value's own registry, so units only it defines work
        si = q.to(_pint_si_text(dim)).magnitude
    except (pint.PintError, TypeError, ValueError, OverflowError) as err:
        raise InteropError(f"cannot convert {q} to SI units: {err}") from None
    return Given(_numbers(si), dim)


def _from_astropy(q) -> Given:
    import astropy.units as au

    try:
        if q.unit.physical_type == "temperature":
            q = q.to(au.K, equivalencies=au.temperature())
        si = q.si
        text = "*".join(f"{b.to_string()}**({Fraction(p).limit_denominator(100)})"
                        for b, p in zip(si.unit.bases, si.unit.powers)) or "1"
        unit = parse_unit(text)
    except (au.UnitsError, ValueError, TypeError, AttributeError) as err:
        raise InteropError(f"cannot read the astropy quantity {q!s} through SI units: {err}") from None
    value = np.asarray(si.value, dtype=float) * (si.unit.scale * unit.to_si)
    return Given(_numbers(value), unit.dimension)


# -- the unit asked for -----------------------------------------------------------------
def asked_unit(unit, ureg):
    """``unit=`` as ``(target for .to in ureg, its text for messages, its dimension)``: a
    string, a pint unit (or a quantity of magnitude 1: its units), or an astropy unit."""
    import pint

    if unit is None:
        return None, None, None
    if isinstance(unit, str) and not unit.strip():
        unit = "1"   # "" is how people write "a pure number"
    if isinstance(unit, str):
        dim = parse_unit(unit).dimension  # UnitError (a ValueError) names what is wrong
        return known_to(ureg, spelled(unit)), unit, dim
    if isinstance(unit, pint.Quantity):
        if not (np.ndim(unit.magnitude) == 0 and unit.magnitude == 1):
            raise InteropError(f"unit= takes a unit; got the quantity {unit} (use its .units)")
        unit = unit.units
    if isinstance(unit, pint.Unit):
        dim = dimension_of(unit)
        if unit._REGISTRY is not ureg:
            try:
                unit = ureg.Unit(str(unit))
            except (pint.PintError, ValueError, AttributeError) as err:
                raise InteropError(f"the unit {unit} is not in the registry of the given quantities: {err}") from None
        return unit, str(unit), dim
    if is_astropy(unit):
        text = unit.to_string()
        try:
            return known_to(ureg, spelled(text)), text, parse_unit(text).dimension
        except ValueError as err:
            raise InteropError(f"cannot read the astropy unit {text!r}: {err}") from None
    raise InteropError(f"unit= takes a string such as 'kJ', a pint unit or an astropy unit; got {type(unit).__name__}")


def known_to(ureg, text: str) -> str:
    """``text``, after defining in ``ureg`` the oracle's extra units (:data:`EXTRA_UNITS`,
    such as the diopter) if ``ureg`` lacks them and ``text`` needs one."""
    import pint

    try:
        ureg.parse_units(text)
        return text
    except (pint.PintError, ValueError, AttributeError, TypeError):
        pass
    define_extra_units(ureg)
    try:
        ureg.parse_units(text)
    except (pint.PintError, ValueError, AttributeError, TypeError) as err:
        raise InteropError(f"the unit {text!r} is not defined in the pint registry of the answer: {err}") from None
    return text


def quantity(ureg, si, unit_text: str):
    """``si`` (SI float or array) as a quantity of ``ureg`` in the knowledge base's unit
    ``unit_text`` (in SI base units where ``ureg`` does not define that unit)."""
    import pint

    u = parse_unit(unit_text)
    magnitude = (np.asarray(si, dtype=float) - u.offset) / u.to_si if np.ndim(si) else (float(si) - u.offset) / u.to_si
    try:
        return ureg.Quantity(magnitude, known_to(ureg, spelled(unit_text)))
    except (pint.PintError, ValueError, AttributeError):
        return ureg.Quantity(np.asarray(si, dtype=float) if np.ndim(si) else float(si), _pint_si_text(u.dimension))
