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
