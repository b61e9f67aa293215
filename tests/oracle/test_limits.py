"""Limits a set-up must satisfy (``datasets/physics/limits.py``), as ill-posed detection: an
engine above the Carnot efficiency, an orbit inside its planet, more power out than in, a
contracted length longer than the proper one, a derived efficiency above 1, and a stated
impact speed that a fall from the stated height cannot reach under the standard conditions
the answer assumes. Readings in doubt never turn into ill-posed questions."""
import pytest
from hypothesis import given, settings, strategies as st

import oracle
from oracle.engine import ContradictoryGivensError

ask = lambda given_, find, unit=None: oracle.query(given_, find, unit=unit, learn=False)  # noqa: E731

ENGINE = {"temperature of the hot reservoir": "400 K", "temperature of the cold reservoir": "300 K",
          "heat input": "1000 J"}


def test_an_engine_above_the_carnot_efficiency_is_ill_posed():
    with pytest.raises(ContradictoryGivensError, match=r"limits\.carnot_limit .*eta = 0\.4"):
        ask({**ENGINE, "efficiency": "40 %"}, "heat rejected", "J")


@settings(max_examples=12, deadline=None)
@given(t_c=st.integers(200, 500), gap=st.integers(20, 400), eta=st.integers(1, 99))
def test_the_carnot_verdict_agrees_with_the_inequality(t_c, gap, eta):
    """Ill-posed exactly when eta > 1 - T_c/T_h (away from the boundary): the check and
    the inequality written by hand agree."""
    t_h = t_c + gap
    carnot = 1 - t_c / t_h
    if abs(eta / 100 - carnot) < 1e-3:
        return
    givens = {"temperature of the hot reservoir": f"{t_h} K", "temperature of the cold reservoir": f"{t_c} K",
              "efficiency": f"{eta} %", "heat input": "1000 J"}
    if eta / 100 > carnot:
        with pytest.raises(ContradictoryGivensError, match="carnot_limit"):
            ask(givens, "heat rejected", "J")
    else:
        a = ask(givens, "heat rejected", "J")
        assert a.found and a.value_in_unit.magnitude == pytest.approx(1000 * (1 - eta / 100))


def test_an_orbit_inside_its_planet_is_ill_posed_and_one_outside_is_not():
    planet = {"mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"}
    with pytest.raises(ContradictoryGivensError, match=r"orbit_outside_planet .*R_p = 6\.371e\+06 m, r = 5e\+06 m"):
        ask({**planet, "orbital radius": "5000 km"}, "orbital speed", "m/s")
    a = ask({**planet, "orbital radius": "7000 km"}, "orbital speed", "m/s")
    assert a.found and a.value_in_unit.magnitude == pytest.approx((6.674e-11 * 5.972e24 / 7.0e6) ** 0.5, rel=1e-3)


def test_more_power_out_than_in_is_ill_posed():
    with pytest.raises(ContradictoryGivensError, match="power_out_limit"):
        ask({"input power": "500 W", "output power": "575 W"}, "efficiency")
    a = ask({"input power": "500 W", "output power": "400 W"}, "efficiency")
    assert a.found and a.value.magnitude == pytest.approx(0.8)


def test_a_derived_value_outside_its_domain_is_never_an_answer():
    """Names read with words set aside ("electrical input power" as the input power) are a
    reading in doubt: no ill-posed verdict, but no efficiency of 1.15 either."""
    a = ask({"electrical input power": "500 W", "mechanical output power": "575 W"}, "efficiency of the motor")
    assert not a.found


def test_a_contracted_length_longer_than_the_proper_one_is_ill_posed():
    with pytest.raises(ContradictoryGivensError, match="contracted_length_limit"):
        ask({"proper length": "100 m", "contracted length": "120 m", "speed": "0.8 c"}, "Lorentz factor")


def test_a_fall_that_cannot_reach_the_stated_impact_speed_is_ill_posed():
    """The answer assumes the Earth's g (no planet is named): under it, a drop from 20 m ends
    at 19.8 m/s, not 40 m/s. Working g out from the fall itself (40 m/s^2) would work the
    surroundings out from the object, which ranks below standard conditions."""
    with pytest.raises(ContradictoryGivensError, match="'impact speed' = 19.8057 m/s"):
        ask({"drop height": "20 m", "impact speed": "40 m/s"}, "fall time", "s")
    a = ask({"drop height": "20 m", "impact speed": "19.8 m/s"}, "fall time", "s")
    assert a.found and a.value_in_unit.magnitude == pytest.approx((2 * 20 / 9.80665) ** 0.5, rel=1e-3)


def test_a_quantity_the_givens_leave_no_set_up_for_is_ill_posed():
    """The only law for the asked quantity reads nothing but exact givens (or what laws that
    always hold derive from them) and is set aside on them: a block denser than water has no
    fraction submerged, light below the threshold frees no photoelectrons."""
    with pytest.raises(ContradictoryGivensError, match="floating fraction submerged gives frac_sub = 1.5"):
        ask({"block density": "1500 kg/m^3", "water density": "1000 kg/m^3"}, "submerged fraction of the block")
    a = ask({"block density": "500 kg/m^3", "water density": "1000 kg/m^3"}, "submerged fraction of the block")
    assert a.found and a.value.magnitude == pytest.approx(0.5)
    with pytest.raises(ContradictoryGivensError, match="photoelectric effect gives K_max"):
        ask({"work function of the metal": "5.0 eV", "wavelength of the incident light": "400 nm"},
            "maximum kinetic energy of the emitted photoelectrons", "eV")


def test_a_law_set_aside_for_lack_of_a_given_is_not_ill_posed():
    """Newtonian kinetic energy fails at 0.6 c, but the mass is missing anyway: not
    derivable (what to add), never ill-posed."""
    a = ask({"speed": "0.6 c"}, "kinetic energy", "J")
    assert a.status == "not derivable"


def test_a_chain_of_standard_condition_forms_is_no_contradiction():
    """A sinking rock's mass is not what a floating body of its volume would weigh: the
    chain through the standard-condition forms assumes a configuration (floating) the
    question does not state, so only one such form alone may contradict a given."""
    a = ask({"mass of the rock": "4.7 kg", "volume of the rock": "1.8 L", "density of fresh water": "1000 kg/m^3"},
            "buoyant force on the rock", "N")
    assert a.found and a.value_in_unit.magnitude == pytest.approx(1000 * 1.8e-3 * 9.80665)
