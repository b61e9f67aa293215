from fractions import Fraction

import pytest
from hypothesis import given, strategies as st

from psg.units import DIMENSIONLESS, Dimension, UnitError, kind, parse_unit

exps = st.tuples(*[st.fractions(min_value=-4, max_value=4, max_denominator=4)] * 7)


def test_pint_parses_units_to_si_dimensions():
    assert parse_unit("km/h").dimension == Dimension.of(L=1, T=-1)
    assert parse_unit("kWh").dimension.name == "energy"
    assert parse_unit("eV").to_si == pytest.approx(1.602176634e-19)
    assert parse_unit("1").dimension.dimensionless
    assert parse_unit("rad").dimension.dimensionless
    assert parse_unit("degC").offset == pytest.approx(273.15)


def test_unknown_unit_names_the_string():
    with pytest.raises(UnitError, match="unknown unit 'furlongz'"):
        parse_unit("furlongz")
    for bad in (")", "m/", "kg**", "1/0"):
        with pytest.raises(UnitError, match="pint cannot parse it"):
            parse_unit(bad)
    with pytest.raises(UnitError, match="non-empty"):
        parse_unit("  ")


def test_kinds_tell_apart_quantities_of_one_dimension():
    assert kind("energy").dimension == kind("torque").dimension
    assert kind("energy") != kind("torque")
    with pytest.raises(UnitError, match="unknown quantity kind 'enrgy'"):
        kind("enrgy")


def test_rational_exponents():
    root = parse_unit("m").dimension ** Fraction(1, 2)
    assert root.exps[0] == Fraction(1, 2)
    assert root.si() == "m^(1/2)"


def test_descriptions_read_as_words():
    assert parse_unit("m/s").dimension.describe() == "a speed [m/s]"
    assert parse_unit("N*m").dimension.describe() == "an energy [J]"
    assert DIMENSIONLESS.describe() == "a dimensionless number"


@given(exps, exps)
def test_division_undoes_multiplication(a, b):
    da, db = Dimension(a), Dimension(b)
    assert (da * db) / db == da


@given(exps, st.fractions(min_value=-3, max_value=3, max_denominator=3).filter(lambda p: p != 0))
def test_power_then_inverse_power_is_identity(a, p):
    d = Dimension(a)
    assert (d ** p) ** (1 / p) == d


# -- the bounded grammar -----------------------------------------------------------
def test_exponents_are_exact_rationals_from_the_text():
    assert parse_unit("m^(1/3)").dimension == Dimension.of(L=Fraction(1, 3))
    assert parse_unit("m**0.5").dimension == Dimension.of(L=Fraction(1, 2))
    assert parse_unit("m⁻¹").dimension == Dimension.of(L=-1)
    # before: pint's float 1/2003 was rounded to 0 and the unit read as dimensionless
    for fine in ("m**(1/2003)", "m**0.0001"):
        with pytest.raises(UnitError, match="outside the allowed range"):
            parse_unit(fine)


@pytest.mark.parametrize("text, why", [
    ("9**9**99", "an exponent must be a number"),         # before: pint computed the power, forever
    ("m**1e400", "without 'e' notation"),                  # before: OverflowError (exit 70)
    ("m**1e-99999999", "without 'e' notation"),
    ("m*" * 70 + "m", "unit factors"),
    ("%" * 400, "at most 200"),                            # before: a unit worth exactly 0
    ("percent**60*percent**60*percent**60", "out of floating-point range"),
    ("(" * 9 + "m" + ")" * 9, "nested deeper"),
    ("1/0", "division by zero"),
    ("dB/m", "must stand alone"),
])
def test_bounded_grammar_refuses_clearly(text, why):
    with pytest.raises(UnitError, match=why):
        parse_unit(text)


def test_values_are_read_by_the_same_grammar():
    from psg.units import parse_value

    assert parse_value("2.5e3 km/h")[0] == 2500.0
    assert parse_value("-5 K")[0] == -5.0
    mag, unit = parse_value("20 degC")
    assert mag * unit.to_si + unit.offset == pytest.approx(293.15)
    assert parse_value("3 dB")[1].log == "decibel"
    for bad, why in (("10**400 kg", "outside the allowed range"), ("1e400 kg", "out of range"),
                     ("9**9**99 kg", "an exponent must be a number"), ("(-2)**0.5 m", "unexpected '-'")):
        with pytest.raises(UnitError, match=why):
            parse_value(bad)


NAMES = ("m", "kg", "s", "A", "K", "mol", "cd", "N", "J", "W", "Pa", "eV", "km", "h", "ohm", "V", "Hz", "L", "g", "ft")


@given(st.lists(st.tuples(st.sampled_from(NAMES), st.integers(-3, 3).filter(bool), st.sampled_from("*/")),
                min_size=1, max_size=5))
def test_grammar_agrees_with_pint(parts):
    """Products of unit names with integer exponents: our dimension and factor are pint's."""
    from psg.units import registry

    text = "".join(f"{op if k else ''}{name}**{e}" for k, (name, e, op) in enumerate(parts))
    ours = parse_unit(text)
    theirs = registry().Quantity(1.0, registry().parse_units(text)).to_base_units()
    order = ("[length]", "[mass]", "[time]", "[current]", "[temperature]", "[substance]", "[luminosity]")
    assert ours.dimension == Dimension(tuple(Fraction(theirs.dimensionality.get(k, 0)) for k in order))
    assert ours.to_si == pytest.approx(theirs.magnitude, rel=1e-9)
