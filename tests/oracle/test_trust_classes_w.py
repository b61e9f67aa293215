"""Classes of failure found in blind batch W (each a mechanism, checked on fresh wording)."""
import math

import pytest
from hypothesis import given, settings, strategies as st

import oracle
from oracle.names import UnknownQuantityError

G_N, P_ATM = 9.80665, 101325.0


def q(given_, find, unit=None):
    return oracle.query(given_, find, unit=unit, learn=False, engine="closure")


# -- a heat with a change of phase is never the heat of warming alone ------------------------------
def test_warming_and_melting_ice_is_no_single_heat():
    # the chain "latent heat -> sensible heat -> temperature change" took the heat that melts
    # the ice as the heat that warms it (a warming of 159 K) and reported the entropy verified
    a = q({"mass of the ice": "2 kg", "initial temperature of the ice": "-15 degC",
           "specific heat of ice": "2100 J/(kg*K)", "latent heat of fusion": "334000 J/kg"},
          "entropy change of the ice", "J/K")
    assert a.status == "not derivable"
    assert any("latent heat of fusion" in r for r in a.reasons)


@settings(max_examples=5, deadline=None)
@given(m=st.floats(0.1, 20.0), L=st.floats(1e5, 3e6))
def test_the_heat_to_melt_alone_still_derives(m, L):
    a = q({"mass of the ice": f"{m} kg", "latent heat of fusion": f"{L} J/kg"}, "heat needed to melt the ice", "J")
    assert a.found and math.isclose(a.value_in_unit.magnitude, m * L, rel_tol=1e-9)


def test_warming_with_a_specific_heat_still_derives():
    a = q({"mass of the water": "2 kg", "specific heat of water": "4186 J/(kg*K)", "temperature rise": "10 K"},
          "heat needed", "kJ")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 83.72, rel_tol=1e-9)


# -- an answer asked in degrees is an angle, never a pure number -----------------------------------
def test_an_angle_asked_is_no_magnification():
    # "angular size through the telescope" in degrees was read as the angular magnification (48)
    # and shown as 48 radians, 2750 degrees
    try:
        a = q({"objective focal length": "1200 mm", "eyepiece focal length": "25 mm"},
              "angular size through the telescope", "degree")
    except UnknownQuantityError:
        return
    assert not a.found or "M_ang" not in str(a.target)


def test_a_magnification_asked_as_a_number_still_derives():
    a = q({"objective focal length": "1200 mm", "eyepiece focal length": "25 mm"},
          "angular magnification of the telescope")
    assert a.found and math.isclose(a.value.magnitude, 48.0, rel_tol=1e-9)


# -- a pressure at a depth that says neither gauge nor absolute has two readings -------------------
@settings(max_examples=6, deadline=None)
@given(depth=st.floats(0.5, 60.0), rho=st.floats(700.0, 1300.0),
       where=st.sampled_from(["pressure at the bottom of the pool", "pressure at that depth", "water pressure there"]))
def test_a_bare_pressure_at_a_depth_is_ambiguous_and_shows_both(depth, rho, where):
    a = q({"depth of the water": f"{depth} m", "density of the water": f"{rho} kg/m^3"}, where, "kPa")
    assert a.status == "ambiguous" and a.value is None
    values = sorted(float(alt.value.to("kPa").magnitude) for alt in a.alternatives)
    gauge = rho * G_N * depth / 1000
    assert math.isclose(values[0], gauge, rel_tol=1e-6)
    assert math.isclose(values[1], gauge + P_ATM / 1000, rel_tol=1e-6)


@pytest.mark.parametrize("which, extra", [("gauge", 0.0), ("absolute", P_ATM)])
def test_a_pressure_that_says_which_is_read_as_it_says(which, extra):
    a = q({"depth of the water": "3 m", "density of the water": "1000 kg/m^3"}, f"{which} pressure at the bottom", "Pa")
    assert a.found
    assert math.isclose(a.value_in_unit.magnitude, 1000 * G_N * 3 + extra, rel_tol=1e-9)


def test_a_bare_pressure_given_at_a_depth_is_ambiguous_too():
    a = q({"pressure at the bottom of the tank": "150 kPa", "density of the water": "1000 kg/m^3"},
          "depth of the water", "m")
    assert a.status == "ambiguous"
    depths = sorted(float(alt.value.to("m").magnitude) for alt in a.alternatives)
    assert math.isclose(depths[0], (150e3 - P_ATM) / (1000 * G_N), rel_tol=1e-6)
    assert math.isclose(depths[1], 150e3 / (1000 * G_N), rel_tol=1e-6)
