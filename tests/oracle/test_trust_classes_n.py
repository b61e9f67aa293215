"""Classes of failure found on blind batch N (each a mechanism, checked on fresh wording)."""
import math

import pytest
from hypothesis import given, settings, strategies as st

import oracle
from oracle.engine import ContradictoryGivensError, OutOfDomainError, _singular, default_oracle
from psg.units import _parse, _as_number, number_in_words, parse_value


def q(given_, find, unit=None):
    return oracle.query(given_, find, unit=unit, learn=False, engine="closure")


# -- an asked-for name that is one of several things ------------------------------------------
@pytest.mark.parametrize("given_, find", [
    # a battery's voltage and the total current say nothing of how many resistors share them
    # (this was 4 ohm, verified: the whole circuit's resistance)
    ({"battery voltage": "12 V", "total current": "3.0 A"}, "resistance of each resistor"),
    ({"supply voltage": "9 V", "current drawn": "0.5 A"}, "resistance of every lamp"),
])
def test_each_of_things_nothing_is_said_of_is_not_derivable(given_, find):
    a = q(given_, find)
    assert a.status == "not derivable" and "each" in a.reasons[0]


def test_a_share_whose_count_the_derivation_leaves_unused_is_refused():
    # m a of the whole drone is no rotor's thrust (and ignores its weight): it was 2.7 N, hedged
    a = q({"mass of the drone": "1.8 kg", "upward acceleration": "1.5 m/s^2", "number of rotors": "4"},
          "thrust per rotor", "N")
    assert a.status == "not derivable" and "rotor" in a.reasons[0]


def test_each_of_things_the_givens_describe_is_answered():
    a = q({"mass of each ball": "2 kg", "speed of each ball": "3 m/s"}, "kinetic energy of each ball", "J")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 9.0, rel_tol=1e-9)


@settings(max_examples=40, deadline=None)
@given(word=st.sampled_from(["rotor", "battery", "box", "bus", "lens", "class", "wire", "gas", "branch", "photon"]),
       plural=st.booleans())
def test_a_singular_folds_its_plural(word, plural):
    plural_of = {"battery": "batteries", "box": "boxes", "bus": "buses", "lens": "lenses", "class": "classes",
                 "gas": "gases", "branch": "branches"}
    text = plural_of.get(word, word + "s") if plural else word
    assert _singular(text) == word


# -- a value named a magnitude ------------------------------------------------------------------
@settings(max_examples=15, deadline=None)
@given(n=st.integers(2, 6))
def test_a_level_energy_given_as_a_magnitude_takes_its_sign(n):
    size = 13.605693 / n**2
    a = q({"magnitude of the energy of the level": f"{size!r} eV"}, "principal quantum number", "")
    assert a.found and math.isclose(a.value_in_unit.magnitude, n, rel_tol=1e-3)


def test_a_positive_level_energy_not_called_a_magnitude_is_refused():
    with pytest.raises(OutOfDomainError, match="E_n < 0"):
        q({"energy of the level": "1.51 eV"}, "principal quantum number")


# -- a letter after a number in a name is its unit, not a label ---------------------------------
@pytest.mark.parametrize("text", ["activity after 24 h", "pressure at 3000 m", "speed after 5 s"])
def test_a_unit_after_a_number_names_no_object(text):
    name = default_oracle(False).planner.parse(text)
    assert name.obj is None or not name.obj.key.startswith("#")


def test_the_activity_after_a_time_in_hours_is_answered():
    a = q({"initial activity": "800 MBq", "half-life": "6.0 h", "elapsed time": "24 h"}, "activity after 24 h", "MBq")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 50.0, rel_tol=1e-9)


def test_a_label_still_names_an_object():
    assert default_oracle(False).planner.parse("mass 2").obj is not None


# -- an unnamed emf beside a battery's internal resistance ---------------------------------------
@settings(max_examples=25, deadline=None)
@given(emf=st.floats(1.0, 50.0), r=st.floats(0.05, 5.0), i=st.floats(0.05, 40.0))
def test_load_resistance_with_an_internal_resistance_is_emf_over_i_minus_r(emf, r, i):
    want = emf / i - r
    given_ = {"emf": f"{emf!r} V", "internal resistance": f"{r!r} ohm", "current": f"{i!r} A"}
    if want <= 1e-6 * r:
        # a load of no or negative resistance: no such circuit (it was emf / I, hedged, the
        # internal resistance left unused)
        if want < -1e-6 * r:
            with pytest.raises(ContradictoryGivensError):
                q(given_, "load resistance", "ohm")
        return
    a = q(given_, "load resistance", "ohm")
    assert a.status == "verified" and math.isclose(a.value_in_unit.magnitude, want, rel_tol=1e-9)


def test_terminal_voltage_from_a_bare_emf():
    a = q({"emf": "12 V", "internal resistance": "0.5 ohm", "load resistance": "5.5 ohm"}, "terminal voltage", "V")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 11.0, rel_tol=1e-9)


# -- a force or an image height asked as a size ---------------------------------------------------
def test_a_braking_force_is_given_as_its_size_with_the_sign_said():
    a = q({"initial speed": "50 km/h", "mass of the driver": "70 kg", "stopping distance": "0.30 m"},
          "average force on the driver", "kN")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 22.505, rel_tol=1e-3)
    assert any("sign" in r for r in a.read_as)


def test_an_inverted_image_height_is_given_as_its_size():
    a = q({"height of the candle": "5.0 cm", "object distance": "40 cm", "focal length of the converging lens": "15 cm"},
          "height of the image", "cm")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 3.0, rel_tol=1e-9)


# -- sums and bridges added to the knowledge base ---------------------------------------------
def test_total_stopping_distance_adds_the_reaction_distance():
    a = q({"initial speed": "100 km/h", "reaction time": "0.8 s", "coefficient of kinetic friction": "0.7"},
          "total stopping distance", "m")
    v = 100 / 3.6
    assert a.found and math.isclose(a.value_in_unit.magnitude, v * 0.8 + v**2 / (2 * 0.7 * 9.80665), rel_tol=1e-9)


# -- caches that must change nothing -------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(x=st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False),
       unit=st.sampled_from(["m", "km/h", "degC", "kWh", "eV", "mA*h", "psi", ""]))
def test_a_value_read_twice_reads_the_same_as_uncached(x, unit):
    text = f"{x!r} {unit}".strip()
    assert parse_value(text) == parse_value(text) == _parse(_as_number(number_in_words(text)), "value")


# -- two bodies that collide, one of them at rest -------------------------------------------------
@settings(max_examples=15, deadline=None)
@given(m1=st.floats(100, 5e4), m2=st.floats(100, 5e4), v1=st.floats(0.1, 30))
def test_kinetic_energy_lost_when_a_wagon_couples_to_one_at_rest(m1, m2, v1):
    a = q({"mass of the moving wagon": f"{m1!r} kg", "speed of the moving wagon": f"{v1!r} m/s",
           "mass of the stationary wagon": f"{m2!r} kg"}, "kinetic energy lost in the coupling", "J")
    assert a.found and math.isclose(a.value_in_unit.magnitude, m1 * m2 * v1**2 / (2 * (m1 + m2)), rel_tol=1e-9)
    # "stationary" states the second wagon at rest: read as its speed 0, or as the premise of a
    # law of a body struck at rest; either way said, never assumed silently
    assert any("at rest" in r for r in a.reasons) or a.status == "verified"
    assert not any("assumes body 2 is at rest" in r for r in a.reasons)


def test_a_collision_read_as_an_inelastic_one_is_hedged_saying_so():
    a = q({"mass of wagon 1": "30000 kg", "speed of wagon 1": "2.0 m/s", "mass of wagon 2": "20000 kg",
           "speed of wagon 2": "0 m/s"}, "kinetic energy lost in the collision", "kJ")
    assert a.status == "hedged" and any("inelastic collision" in r for r in a.reasons)


def test_a_stationary_satellite_is_not_read_at_rest_where_nothing_needs_it():
    a = q({"orbital period of the stationary satellite": "24 h", "mass of the Earth": "5.972e24 kg"},
          "orbital radius of the stationary satellite", "km")
    assert not any("at rest" in r for r in a.reasons)


# -- standard g through situations, not through definitions ----------------------------------------
def test_standard_g_through_more_than_two_situations_is_still_refused():
    # a window's net force through the absolute pressure under a standard atmosphere: the writer
    # meant the gauge pressure (the atmosphere inside too); refused, as before
    a = q({"window diameter": "30 cm", "depth": "150 m", "density of seawater": "1025 kg/m^3"},
          "net force on the window", "kN")
    assert not a.found


# -- knowledge base: holes batch N found ------------------------------------------------------------
@pytest.mark.parametrize("given_, find, unit, want", [
    ({"volume of the hall": "12000 m^3", "total absorption": "1500 m^2"}, "reverberation time", "s",
     0.161 * 12000 / 1500),
    ({"redshift": "0.020", "Hubble constant": "70 km/s/Mpc"}, "distance to the galaxy", "Mpc",
     0.020 * 299792.458 / 70),
    ({"rotor diameter": "80 m", "wind speed": "12 m/s", "air density": "1.2 kg/m^3", "power coefficient": "0.40"},
     "power output of the turbine", "MW", 0.40 * 1.2 * math.pi * 40**2 * 12**3 / 2 / 1e6),
    ({"air temperature": "288 K", "molar mass of air": "0.029 kg/mol", "sea-level pressure": "101.3 kPa",
      "altitude": "3000 m"}, "air pressure", "kPa", 101.3 * math.exp(-0.029 * 9.80665 * 3000 / (8.314462618 * 288))),
    ({"coefficient of performance": "3.5", "heat removed from the interior": "300 kJ"},
     "heat released to the kitchen", "kJ", 300 * (1 + 1 / 3.5)),
])
def test_laws_added_for_batch_n(given_, find, unit, want):
    a = q(given_, find, unit)
    assert a.found and math.isclose(a.value_in_unit.magnitude, want, rel_tol=1e-6)


def test_a_large_redshift_is_outside_the_doppler_law():
    with pytest.raises(ValueError, match="z_red <= 1/10"):
        q({"redshift": "0.5", "Hubble constant": "70 km/s/Mpc"}, "distance to the galaxy", "Mpc")


# -- a quantity per day, read as that quantity over one day -----------------------------------------
@settings(max_examples=15, deadline=None)
@given(v=st.floats(100.0, 3e7))
def test_a_moving_clocks_daily_lag_is_t_times_one_minus_one_over_gamma(v):
    a = q({"satellite speed": f"{v!r} m/s"}, "daily lag of the satellite clock", "s")
    b2 = (v / 299792458.0)**2
    want = 86400 * b2 / (1 + math.sqrt(1 - b2))   # t (1 - 1/gamma), without the cancellation
    assert a.found and math.isclose(a.value_in_unit.magnitude, want, rel_tol=1e-6)
    assert any("over 1 day" in r for r in a.reasons)


def test_the_time_given_is_the_period_when_there_is_one():
    a = q({"satellite speed": "3.87 km/s", "time interval": "1 day"}, "daily clock lag", "us")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 7.1989, rel_tol=1e-4)


@pytest.mark.parametrize("period, seconds", [("day", 86400), ("hour", 3600)])
def test_fuel_fissioned_per_period_at_a_thermal_power(period, seconds):
    a = q({"thermal power": "1000 MW", "energy per fission": "200 MeV", "molar mass of U-235": "235 g/mol"},
          f"mass of U-235 fissioned per {period}", "g")
    fissions = 1e9 * seconds / (200e6 * 1.602176634e-19)
    assert a.found and math.isclose(a.value_in_unit.magnitude, fissions / 6.02214076e23 * 235, rel_tol=1e-9)


def test_a_rate_per_second_is_not_read_as_over_a_period():
    # "photons per second" is a quantity of its own (a rate), not photons over one second
    a = q({"output power": "5.0 mW", "wavelength": "650 nm"}, "number of photons emitted per second", "1/s")
    assert a.found and not any("over 1" in r for r in a.reasons)


# -- a given whose name is a unit states that unit's size ----------------------------------------------
@pytest.mark.parametrize("name, value", [("solar mass", "1.989e30 kg"), ("the solar mass", "1.99e30 kg")])
def test_a_given_named_as_a_unit_is_set_aside(name, value):
    a = q({"mass of the black hole": "10 solar_mass", name: value}, "Schwarzschild radius", "km")
    assert a.status == "verified" and math.isclose(a.value_in_unit.magnitude, 29.5325, rel_tol=1e-4)
    assert any("set aside" in r for r in a.reasons)


def test_a_given_named_as_a_unit_but_far_from_it_is_kept():
    from oracle.engine import _unit_said
    from oracle.interop import read_given
    assert _unit_said("solar mass", read_given("3e30 kg")) is None
    assert _unit_said("light year", read_given("9.461e15 m")) == "light year"


def test_two_temperatures_neither_used_are_what_the_question_compares():
    # a hot-air balloon's lift: the air's density times the volume was 3430 kg, hedged
    a = q({"envelope volume": "2800 m^3", "outside air temperature": "15 degC", "outside air density": "1.225 kg/m^3",
           "inside air temperature": "100 degC"}, "maximum supported mass", "kg")
    assert a.status == "not derivable" and "neither" in a.reasons[0]


# -- a narrower reading keeps the name's head noun ----------------------------------------------
def test_an_elapsed_time_is_never_read_as_a_clocks_lag():
    # "time lag" holds "time" but is a lag: the other clock's elapsed time had been 2 years, hedged
    a = q({"speed of the spaceship": "0.60 c", "elapsed time on one clock": "10 year"},
          "elapsed time on the other clock", "year")
    assert not (a.found and a.derivation.laws == ("relativity.moving_clock_lag",))


@pytest.mark.parametrize("label, phrase, same", [
    ("output power", "power", True), ("magnetic force on the wire", "force", True), ("time lag", "time", False),
    ("speed of sound", "speed", True), ("time of flight", "time", True), ("lag of the moving clock", "time", False),
])
def test_a_heads_noun_is_its_last_word_before_a_preposition(label, phrase, same):
    from oracle.plan import _same_head
    assert _same_head(label, phrase) is same


def test_power_still_reads_as_output_power_where_that_derives():
    a = q({"input power": "100 W", "efficiency": "0.8"}, "power", "W")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 80.0, rel_tol=1e-12)


# -- half the question set aside ----------------------------------------------------------------
@pytest.mark.parametrize("given_, find", [
    # a lamp's current from its cold resistance ignores its operating temperature (was 6 A for 0.49 A)
    ({"resistance at 20 degC": "20 ohm", "temperature coefficient of resistance": "4.5e-3 1/K",
      "operating temperature": "2520 degC", "supply voltage": "120 V"}, "operating current"),
    # boiling water from 20 degC needs the warming too (the latent heat alone was 4.52 MJ)
    ({"mass of water": "2.0 kg", "initial temperature": "20 degC", "specific heat of water": "4186 J/(kg*K)",
      "latent heat of vaporization": "2.26 MJ/kg"}, "heat needed"),
])
def test_a_derivation_that_sets_aside_half_the_givens_is_refused(given_, find):
    a = q(given_, find)
    assert a.status == "not derivable" and "most of the question" in a.reasons[0]


# -- a special case past a given the general law reads ---------------------------------------------
def test_an_ideal_source_is_not_assumed_past_a_current_given():
    # terminal voltage = emf (ideal source) left the current unused: it was 1.5 V, hedged
    a = q({"EMF of the cell": "1.5 V", "current": "0.5 A"}, "terminal voltage", "V")
    assert a.status == "not derivable" and "special case" in a.reasons[0]


def test_an_ideal_source_alone_is_still_read():
    a = q({"emf of the cell": "1.5 V"}, "terminal voltage", "V")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 1.5)


def test_a_distractor_mass_beside_a_fall_is_still_a_distractor():
    a = q({"mass": "2 kg", "height": "10 m"}, "speed", "m/s")
    assert a.found and math.isclose(a.value_in_unit.magnitude, math.sqrt(2 * 9.80665 * 10), rel_tol=1e-9)


# -- a launch height the laws of a level landing cannot use ---------------------------------------
def test_a_projectile_from_a_building_is_not_timed_as_one_landing_at_its_launch_height():
    # the time of flight at the launch height left the building's height unused: 1.53 s, hedged
    a = q({"height of the building": "20 m", "launch speed": "15 m/s", "launch angle": "30 deg"},
          "time of flight", "s")
    assert a.status == "not derivable" and "building" in a.reasons[0]


def test_a_projectile_on_level_ground_is_still_timed():
    a = q({"launch speed": "15 m/s", "launch angle": "30 deg"}, "time of flight", "s")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 2 * 15 * 0.5 / 9.80665, rel_tol=1e-9)


def test_a_known_name_on_no_set_up_is_not_offered_as_its_own_correction():
    # it had said "no quantity is called 'coefficient of performance' ...; did you mean
    # 'coefficient of performance' (COP)?"
    with pytest.raises(ValueError) as info:
        q({"coefficient of performance": "2.5", "volume of water": "1.0 L", "initial temperature": "20 degC",
           "specific heat of water": "4186 J/(kg*K)", "latent heat of fusion": "334 kJ/kg"}, "electrical energy used", "kWh")
    assert "did you mean 'coefficient of performance'" not in str(info.value)
