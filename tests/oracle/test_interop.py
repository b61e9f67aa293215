"""pint as users hold it: answers in the caller's registry, ``unit=`` as a string or a pint
unit, numpy arrays as givens (vectorized answers), astropy quantities, and one rule for
bare numbers in Python and on the command line."""
import math

import numpy as np
import pint
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import oracle
from hypergraph.build import load
from oracle.engine import ContradictoryGivensError, DimensionMismatchError, Oracle, QueryError

from test_query_basics import KB, QUANTITIES

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    d = tmp_path_factory.mktemp("kb")
    (d / "quantities.py").write_text(QUANTITIES)
    (d / "mech.py").write_text(KB)
    return Oracle(load(d), learn=False)


@pytest.fixture(scope="module")
def ureg():
    u = pint.UnitRegistry()
    u.define("smoot = 1.7018 m")   # a unit only the caller's registry knows
    return u


# -- registries -------------------------------------------------------------------------
def test_answer_is_in_the_registry_of_the_givens(small, ureg):
    a = small.query({"m": ureg.Quantity(2, "kg"), "v": ureg.Quantity(3, "m/s")}, "E_k")
    assert a.value._REGISTRY is ureg and a.value_in_unit is None
    total = a.value + ureg.Quantity(1, "J")        # before: "different registries"
    assert total.to("J").magnitude == pytest.approx(10.0, rel=1e-12)


def test_without_pint_givens_the_answer_is_in_the_application_registry(small):
    app = pint.get_application_registry()
    a = small.query({"m": "2 kg", "v": "3 m/s"}, "E_k", unit="kJ")
    assert (a.value + app.Quantity(1, "J")).to("J").magnitude == pytest.approx(10.0, rel=1e-12)
    assert (a.value_in_unit + app.Quantity(1, "kJ")).magnitude == pytest.approx(1.009, rel=1e-12)


def test_a_unit_only_the_callers_registry_defines_is_read(small, ureg):
    a = small.query({"m": "2 kg", "g": "9.81 m/s^2", "h": ureg.Quantity(1, "smoot")}, "E_k")
    assert a.value.to("J").magnitude == pytest.approx(2 * 9.81 * 1.7018, rel=1e-12)


@pytest.mark.parametrize("unit", ["kJ", "kilojoule", "unit:kJ", "unit:1 kJ"])
def test_unit_takes_a_string_or_a_pint_unit(small, ureg, unit):
    if unit.startswith("unit:"):
        unit = ureg.kJ if unit == "unit:kJ" else ureg.Quantity(1, "kJ")  # before: ureg.kJ was refused
    a = small.query({"m": ureg.Quantity(2, "kg"), "v": "3 m/s"}, "E_k", unit=unit)
    assert a.value_in_unit.magnitude == pytest.approx(0.009, rel=1e-12)
    assert a.value_in_unit.units == ureg.kJ and a.value_in_unit._REGISTRY is ureg


def test_a_unit_of_another_registry_is_converted(small, ureg):
    other = pint.UnitRegistry()
    a = small.query({"m": ureg.Quantity(2, "kg"), "v": "3 m/s"}, "E_k", unit=other.eV)
    assert a.value_in_unit._REGISTRY is ureg
    assert a.value_in_unit.magnitude == pytest.approx(9 / 1.602176634e-19, rel=1e-9)


@pytest.mark.parametrize("unit, text", [
    (pint.UnitRegistry().Quantity(2, "kJ"), "unit= takes a unit"),
    (3, "unit= takes a string"),
    (pint.UnitRegistry().m, "cannot be given in 'meter'"),
])
def test_bad_units_are_named(small, unit, text):
    with pytest.raises(QueryError, match=text):
        small.query({"m": "2 kg", "v": "3 m/s"}, "E_k", unit=unit)


MASS_UNITS = ["kg", "g", "mg", "lb", "oz", "tonne", "u", "grain"]
SPEED_UNITS = ["m/s", "km/h", "mph", "knot", "ft/s", "cm/ms"]


@SETTINGS
@given(m_si=st.floats(1e-3, 1e6), v_si=st.floats(1e-3, 1e5), mu=st.sampled_from(MASS_UNITS),
       vu=st.sampled_from(SPEED_UNITS), as_text=st.booleans())
def test_any_compatible_unit_gives_the_same_answer(small, ureg, m_si, v_si, mu, vu, as_text):
    """A value given in any unit of its dimension (a random scale) gives the answer it gives in SI."""
    m = ureg.Quantity(m_si, "kg").to(mu)
    v = ureg.Quantity(v_si, "m/s").to(vu)
    given_ = {"m": f"{m.magnitude!r} {mu}", "v": f"{v.magnitude!r} {vu}"} if as_text else {"m": m, "v": v}
    a = small.query(given_, "E_k")
    assert a.value.to("J").magnitude == pytest.approx(0.5 * m_si * v_si**2, rel=1e-9)


@SETTINGS
@given(m_si=st.floats(1e-2, 1e4), v_si=st.floats(1e-2, 1e4), app=st.booleans())
def test_registries_round_trip(small, ureg, m_si, v_si, app):
    """An answer fed back as a given (in the registry it came in) gives back what was given."""
    r = pint.get_application_registry().get() if app else ureg
    m, v = r.Quantity(m_si, "kg"), r.Quantity(v_si, "m/s")
    energy = small.query({"m": m, "v": v}, "E_k").value
    assert energy._REGISTRY is r
    back = small.query({"m": m, "E_k": energy}, "v", unit=r.Unit("m/s")).value_in_unit
    assert back._REGISTRY is r and back.magnitude == pytest.approx(v_si, rel=1e-9)


# -- arrays -------------------------------------------------------------------------------
@SETTINGS
@given(vs=st.lists(st.floats(1e-2, 1e4), min_size=1, max_size=6), m=st.floats(1e-2, 1e3))
def test_an_array_answer_is_the_single_answers(small, ureg, vs, m):
    """The vectorized answer and the answers for each element alone agree."""
    a = small.query({"m": ureg.Quantity(m, "kg"), "v": ureg.Quantity(np.array(vs), "m/s")}, "E_k", unit="J")
    assert a.status == "verified" and a.value_in_unit.magnitude.shape == (len(vs),)
    for got, v in zip(a.value_in_unit.magnitude, vs):
        one = small.query({"m": ureg.Quantity(m, "kg"), "v": ureg.Quantity(v, "m/s")}, "E_k", unit="J")
        assert got == pytest.approx(one.value_in_unit.magnitude, rel=1e-12)


def test_arrays_broadcast_through_a_derivation(small, ureg):
    h = ureg.Quantity(np.array([1.0, 2.0, 5.0]), "m")
    m = ureg.Quantity(np.array([[1.0], [2.0]]), "kg")
    a = small.query({"m": m, "h": h, "g": "9.81 m/s^2"}, "E_k")
    assert a.value.magnitude.shape == (2, 3)
    assert np.allclose(a.value.to("J").magnitude, np.array([[1.0], [2.0]]) * 9.81 * np.array([1.0, 2.0, 5.0]), rtol=1e-12)
    assert a.derivation.laws == ("mech.free_fall_speed", "mech.kinetic_energy")


def test_an_element_where_a_law_does_not_hold_is_nan_with_its_reason(small, ureg):
    a = small.query({"m": "2 kg", "v": ureg.Quantity(np.array([3.0, -1.0, 2.0]), "m/s")}, "E_k")
    mags = a.value.magnitude
    assert mags[0] == pytest.approx(9.0) and math.isnan(mags[1]) and mags[2] == pytest.approx(4.0)
    assert a.status == "hedged" and a.element_reasons == (((1,), "kinetic energy assumes v > 0"),)
    assert "1 of 3 elements are NaN" in a.reasons[-1]
    assert "array of shape (3,): 4 to 9, 1 NaN J" in repr(a)


@pytest.mark.parametrize("given_, error, text", [
    ({"m": "2 kg", "v": "1 m/s", "E_k": np.array([1.0, 5.0])}, DimensionMismatchError, "a dimensionless number"),
    ({"m": np.array([1.0, 2.0]), "v": "1 m/s"}, DimensionMismatchError,
     r"the array given for 'm' is a dimensionless number, but mass \(m\) is a mass \[kg\] \(numbers without a unit\); "
     r"give it with its unit, e.g. pint's Quantity\(array, 'kg'\)"),
    ({"m": "2 kg", "v": np.array(["a"])}, QueryError, "not an array of real numbers"),
    ({"m": "2 kg", "v": np.zeros((0,))}, QueryError, "an empty array"),
])
def test_bad_arrays_are_named(small, given_, error, text):
    with pytest.raises(error, match=text):
        small.query(given_, "E_k")


def test_arrays_that_do_not_broadcast_or_contradict_are_named(small, ureg):
    with pytest.raises(QueryError, match=r"do not broadcast together: 'm' has shape \(2,\), 'v' has shape \(3,\)"):
        small.query({"m": ureg.Quantity(np.ones(2), "kg"), "v": ureg.Quantity(np.ones(3), "m/s")}, "E_k")
    with pytest.raises(ContradictoryGivensError, match=r"at element \(1,\) of the arrays"):
        small.query({"m": "2 kg", "v": "1 m/s", "E_k": ureg.Quantity(np.array([1.0, 5.0]), "J"),
                     "g": "9.8 m/s^2"}, "h")


# -- bare numbers -----------------------------------------------------------------------------
def test_a_bare_number_is_dimensionless_in_python_as_on_the_command_line(small):
    """``20`` in Python and ``--given "h=20"`` (the text ``"20"``) are read alike: refused for a length."""
    msgs = []
    for value in (20, "20"):
        with pytest.raises(DimensionMismatchError) as info:
            small.query({"m": "2 kg", "g": "9.81 m/s^2", "h": value}, "E_k")
        msgs.append(str(info.value).replace("'20'", "20"))
    assert msgs[0] == msgs[1] and "write its unit, e.g. '20 m'" in msgs[0]


def test_the_cli_reads_a_bare_number_as_python_does(capsys):
    import oracle
    from oracle.cli import main

    assert main(["query", "kinetic energy", "--given", "mass=2 kg", "--given", "height=20", "--engine", "closure"]) == 2
    cli = capsys.readouterr().err.strip().removeprefix("oracle: error: ")
    with pytest.raises(DimensionMismatchError) as info:
        oracle.query({"mass": "2 kg", "height": 20}, "kinetic energy", engine="closure", learn=False)
    assert cli == str(info.value).replace("20 was given", "'20' was given")
    assert "a number without a unit); write its unit, e.g. '20 m'" in cli
    a = oracle.query({"upper level": 3, "lower level": 2}, "wavelength of the emitted photon", unit="nm",
                     engine="closure", learn=False)   # dimensionless quantities take bare numbers
    assert a.found and a.value_in_unit.magnitude == pytest.approx(656.1, rel=1e-3)


# -- astropy ------------------------------------------------------------------------------------
def test_astropy_quantities_are_accepted(small):
    au = pytest.importorskip("astropy.units", reason="astropy is not installed (it is in the [test] extra)")
    a = small.query({"m": 2000 * au.g, "v": np.array([1.0, 2.0]) * au.km / au.s}, "E_k", unit=au.MJ)
    assert np.allclose(a.value_in_unit.magnitude, [1.0, 4.0], rtol=1e-12)
    t = small.query({"m": 2 * au.kg, "v": 3 * au.m / au.s}, "E_k", unit="J")
    assert t.value_in_unit.magnitude == pytest.approx(9.0, rel=1e-12)
    with pytest.raises(QueryError, match="astropy"):
        small.query({"m": 2 * au.kg, "v": 3 * au.mag}, "E_k")


@settings(max_examples=12, deadline=None)
@given(offsets=st.lists(st.one_of(st.floats(-1e-5, 1e-5), st.floats(-0.9, 2.0)), min_size=1, max_size=4))
def test_each_element_is_nan_exactly_where_alone_it_takes_another_derivation(offsets):
    """Near a condition's boundary (v <= c/10 for Newtonian kinetic energy) every element
    agrees with the question asked for that element alone: the same value where that
    derivation holds, NaN where it does not."""
    import oracle

    app = pint.get_application_registry()
    v = 299792458.0 / 10 * (1 + np.array([-0.5] + offsets))   # the first element decides the derivation
    a = oracle.query({"mass": "1 kg", "speed": app.Quantity(v, "m/s")}, "kinetic energy", learn=False)
    statuses = set()
    for x, got in zip(v, a.value.magnitude):
        one = oracle.query({"mass": "1 kg", "speed": app.Quantity(x, "m/s")}, "kinetic energy", learn=False)
        if one.derivation.laws == a.derivation.laws:
            assert got == pytest.approx(one.value.magnitude, rel=1e-12)
            statuses.add(one.status)   # hedged on the boundary itself: the condition is undecided there
        else:
            assert math.isnan(got)
            statuses.add("hedged")
    assert a.status == ("verified" if statuses == {"verified"} else "hedged")


def test_an_empty_unit_asks_for_a_pure_number():
    """unit="" is how people write 'a pure number': a dimensionless answer, else a clear error."""
    a = oracle.query({"temperature of the hot reservoir": "500 K", "temperature of the cold reservoir": "300 K"},
                     "efficiency", unit="", learn=False)
    assert a.value_in_unit.magnitude == pytest.approx(0.4)
    with pytest.raises(QueryError, match="dimensionless"):
        oracle.query({"mass": "2 kg", "speed": "3 m/s"}, "kinetic energy", unit=" ", learn=False)
