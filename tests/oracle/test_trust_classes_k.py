"""Classes of failure found on blind batch K (each a mechanism, checked on fresh wording)."""
import math

import pytest
from hypothesis import given, settings, strategies as st

import oracle
from oracle.engine import UnknownQuantityError
from psg.units import number_in_words, parse_value

g_n = 9.80665
k_e = 8.9875517862e9


def q(given_, find, unit):
    return oracle.query(given_, find, unit=unit, learn=False, engine="closure")


def si(text):
    mag, unit = parse_value(text)
    return mag * unit.to_si + unit.offset


# -- charges are sizes to the laws ---------------------------------------------------------
@settings(max_examples=12, deadline=None)
@given(q1=st.floats(0.5, 90), q2=st.floats(0.5, 90), s1=st.sampled_from([1, -1]), s2=st.sampled_from([1, -1]))
def test_coulombs_law_takes_the_charges_by_size_and_says_so_when_one_is_negative(q1, q2, s1, s2):
    a = q({"charge 1": f"{s1 * q1!r} nC", "charge 2": f"{s2 * q2!r} nC", "separation": "20 cm"},
          "electrostatic force", "N")
    assert math.isclose(a.value_in_unit.magnitude, k_e * q1 * q2 * 1e-18 / 0.04, rel_tol=1e-6), a
    negative = s1 < 0 or s2 < 0
    assert ("charges as magnitudes" in str(a)) == negative
    if negative:
        assert a.status == "hedged"


# -- values written as people write them ---------------------------------------------------
UNITS = "zero one two three four five six seven eight nine".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


@given(st.integers(0, 999))
def test_a_number_in_words_reads_as_its_digits(n):
    hundreds, rest = divmod(n, 100)
    teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    if rest < 10:
        low = UNITS[rest] if rest or not hundreds else ""
    elif rest < 20:
        low = teens[rest - 10]
    else:
        low = TENS[rest // 10 - 2] + ("-" + UNITS[rest % 10] if rest % 10 else "")
    words = " and ".join(w for w in (f"{UNITS[hundreds]} hundred" if hundreds else "", low) if w)
    assert number_in_words(f"{words} kg") == f"{n} kg"
    assert si(f"{words} kg") == n


@given(m=st.floats(1.0, 9.99), e=st.integers(-30, 30), times=st.sampled_from(["x", "×", " x "]),
       power=st.sampled_from(["^", "**"]))
def test_a_power_of_ten_written_out_is_scientific_notation(m, e, times, power):
    assert math.isclose(si(f"{m!r} {times} 10{power}{e} m"), m * 10.0**e, rel_tol=1e-12)


@pytest.mark.parametrize("text, value", [
    ("10 solar masses", 1.988409870698051e31), ("2.0 solar radii", 1.3914e9), ("3 Earth masses", 3 * 5.972167867791379e24),
    ("150 million K", 1.5e8), ("1.68e-8 Ohm*m", 1.68e-8), ("2.2 kOhm", 2200.0),
])
def test_astronomers_units_scale_words_and_a_capital_ohm_are_read(text, value):
    assert math.isclose(si(text), value, rel_tol=1e-12)


def test_fifty_is_a_value_and_one_end_closed_a_description():
    from oracle.engine import _is_description

    assert not _is_description("fifty") and not _is_description("twenty-five")
    assert _is_description("series") and _is_description("one end closed")


# -- a typo is a near miss that mending makes a name -----------------------------------------
def test_a_word_near_a_known_one_is_no_typo_unless_mending_it_names_a_quantity():
    a = q({"fluid density": "1020 kg/m^3", "venous gauge pressure": "18 mmHg"}, "minimum bag height", "cm")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 18 * 133.322387415 / (1020 * g_n) * 100, rel_tol=1e-6)
    with pytest.raises(UnknownQuantityError, match="did you mean 'kinetic energy'"):
        q({"mass": "2 kg", "speed": "3 m/s"}, "kinetc energy", "J")


# -- a given that cancels out is not used --------------------------------------------------
def test_a_given_read_only_to_cancel_out_is_set_aside_and_the_question_read_without_it():
    a = q({"capacitance": "32 uF", "voltage": "5.0 kV", "pulse duration": "5 ms"}, "stored energy", "J")
    assert math.isclose(a.value_in_unit.magnitude, 0.5 * 32e-6 * 5000**2, rel_tol=1e-9), a
    assert a.status == "hedged" and "pulse duration" in a.unused


def test_standard_gravity_that_cancels_out_assumes_nothing_that_changes_the_value():
    a = q({"weight in air": "12.6 N", "apparent weight in water": "11.4 N", "water density": "1000 kg/m^3"},
          "density of the artifact", "kg/m^3")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 1000 * 12.6 / 1.2, rel_tol=1e-9), a


def test_a_derivation_that_sets_aside_most_givens_answers_another_question():
    a = q({"electrical output": "800 MW", "actual efficiency": "40 %", "steam temperature": "550 degC",
           "river temperature": "20 degC"}, "minimum waste heat rate", "MW")
    assert not a.found and ("sets aside" in str(a) or "uses neither" in str(a))


# -- a partner's quantity named plainly ------------------------------------------------------
def test_a_bare_wavelength_beside_a_work_function_is_the_lights():
    a = q({"wavelength": "400 nm", "work function": "2.28 eV"}, "maximum kinetic energy", "eV")
    h, c, e = 6.62607015e-34, 299792458.0, 1.602176634e-19
    assert a.status == "verified" and math.isclose(a.value_in_unit.magnitude, h * c / 400e-9 / e - 2.28, rel_tol=1e-9)


# -- coverage ------------------------------------------------------------------------------
@pytest.mark.parametrize("given_, find, unit, value", [
    ({"spring constant": "320 N/m", "compression": "5.0 cm", "dart mass": "25 g"}, "maximum height", "m",
     320 * 0.05**2 / (2 * 0.025 * g_n)),
    ({"plate side": "10 cm", "plate separation": "1.0 mm"}, "capacitance", "pF", 8.8541878128e-12 * 0.01 / 1e-3 * 1e12),
    ({"capacitance": "150 uF", "resistance": "2.2 kohm", "target fraction": "90 %"}, "charging time", "s",
     -2200 * 150e-6 * math.log(0.1)),
    ({"turns": "200", "coil area": "12 cm^2", "rotation rate": "3000 rpm", "magnetic field": "0.35 T",
      "total resistance": "4.0 ohm"}, "peak current", "A", 200 * 0.35 * 12e-4 * 3000 * 2 * math.pi / 60 / 4),
    ({"turns": "20", "coil radius": "2.0 cm", "field change": "3.0 mT", "time": "0.10 ms",
      "coil resistance": "0.50 ohm"}, "average induced current", "A", 20 * math.pi * 0.02**2 * 3e-3 / 1e-4 / 0.5),
    ({"mass of the girder": "3.2 t", "lifting speed": "0.45 m/s"}, "power delivered by the hoist", "kW",
     3200 * g_n * 0.45 / 1000),
    ({"combined mass of rider and scooter": "96 kg", "final speed": "7.2 m/s", "time to reach that speed": "4.8 s"},
     "net forward force on rider and scooter", "N", 96 * 7.2 / 4.8),
    ({"child mass": "28 kg", "slide height": "3.2 m", "speed at bottom": "5.1 m/s"}, "energy dissipated by friction",
     "J", 28 * g_n * 3.2 - 28 * 5.1**2 / 2),
    ({"intake temperature": "300 K", "compression ratio": "18", "adiabatic index": "1.40"},
     "temperature after compression", "K", 300 * 18**0.4),
    ({"core index": "1.48", "cladding index": "1.46"}, "critical angle", "degree", math.degrees(math.asin(1.46 / 1.48))),
    ({"battery capacity": "4000 mAh", "battery voltage": "3.85 V", "average power": "0.80 W"}, "battery life", "h",
     4 * 3.85 / 0.8),
    ({"depth of the submarine": "240 m", "density of seawater": "1025 kg/m^3"}, "gauge pressure on the hull", "kPa",
     1025 * g_n * 240 / 1000),
    ({"depth": "18 m", "density of the water": "1000 kg/m^3", "gravitational acceleration": "9.81 m/s^2",
      "atmospheric pressure": "101.325 kPa"}, "absolute pressure at the diver", "kPa", 101.325 + 9.81 * 18),
])
def test_set_ups_the_blind_batch_found_missing(given_, find, unit, value):
    a = q(given_, find, unit)
    assert a.found and math.isclose(a.value_in_unit.magnitude, value, rel_tol=1e-6), a


# -- names that say which object -----------------------------------------------------------
def test_a_loose_temperature_beside_a_starting_one_is_the_final_one():
    a = q({"mass of water": "25 kg", "starting temperature": "12 degC", "target temperature": "38 degC",
           "specific heat of water": "4186 J/(kg*K)"}, "heat needed to warm the water", "kJ")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 25 * 4186 * 26 / 1000, rel_tol=1e-9), a


def test_a_noun_said_in_two_names_is_one_object_the_earth():
    a = q({"orbit altitude": "780 km", "Earth mass": "5.972e24 kg", "Earth radius": "6371 km"}, "orbital period", "min")
    r = 6371e3 + 780e3
    want = 2 * math.pi * math.sqrt(r**3 / (6.6743e-11 * 5.972e24)) / 60
    assert a.found and math.isclose(a.value_in_unit.magnitude, want, rel_tol=1e-6), a


def test_saying_electron_names_a_particle_with_its_mass_and_charge():
    a = q({"accelerating voltage": "2.0 kV"}, "electron speed", "m/s")
    m_e, e = 9.1093837015e-31, 1.602176634e-19
    assert a.found and math.isclose(a.value_in_unit.magnitude, math.sqrt(2 * e * 2000 / m_e), rel_tol=1e-6), a


def test_a_planet_named_only_as_the_central_body_of_an_unnamed_satellite_hedges():
    # Mars's own orbit (around the Sun) or a moon's around Mars? The question names Mars only.
    a = q({"Mars mass": "6.417e23 kg", "semi-major axis": "1.524 AU"}, "orbital period", "yr")
    assert a.status == "hedged" and "the only object named, 'mars'" in str(a), a
    b = q({"mass of the satellite": "500 kg", "orbital radius": "7000 km", "mass of the Earth": "5.972e24 kg"},
          "orbital period", "min")
    assert "the only object named" not in str(b)
