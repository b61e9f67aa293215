"""The scanner reads numbers and units as people write them, and refuses bad input clearly."""
import math
import random

import pytest
from hypothesis import given, settings, strategies as st

from oracle.reader.request import ReadingError
from oracle.reader.scan import MAX_CHARS, check_text, tokenize, unit_of, values
from oracle.reader.synth import UNIT_SURFACES, number_text
from psg.units import parse_value, registry


@pytest.mark.parametrize("text, expected", [
    ("A 2 kg ball", [("2 kilogram", "M")]),
    ("at 72 km/h", [("72 kilometer / hour", "L·T⁻¹")]),
    ("at 72 kilometres per hour", [("72 kilometer / hour", "L·T⁻¹")]),
    ("a 2-kg block", [("2 kilogram", "M")]),
    ("3.0 x 10^8 m/s", [("300000000 meter / second", "L·T⁻¹")]),
    ("2.5×10⁻³ A", [("0.0025 ampere", "I")]),
    ("1,200 kg", [("1200 kilogram", "M")]),
    ("9.8 m s^-2", [("9.8 meter / second ** 2", "L·T⁻²")]),
    ("4186 J/(kg K)", [("4186 joule / kelvin / kilogram", "L²·T⁻²·Θ⁻¹")]),
    ("from 20 degrees Celsius to 80 °C", [("20 degree_Celsius", "Θ"), ("80 degree_Celsius", "Θ")]),
    ("two seconds", [("2 second", "T")]),
    ("starts from rest", [("0 m/s", "L·T⁻¹")]),
    ("5 tonnes and 3 amps", [("5 metric_ton", "M"), ("3 ampere", "I")]),
    ("1.5 million km", [("1500000 kilometer", "L")]),
    ("a 1.0-m-long wire", [("1 meter", "L")]),
    ("4.2 light-years away", [("4.2 light_year", "L")]),
    ("turns at 120 revolutions per minute", [("120 turn / minute", "T⁻¹")]),
    ("spins at 3,500 rpm", [("3500 revolutions_per_minute", "T⁻¹")]),
    ("2 x 10^5 Pa", [("200000 pascal", "L⁻¹·M·T⁻²")]),
    ("half a metre", [("0.5 meter", "L")]),
    ("a quarter of a kilogram", [("0.25 kilogram", "M")]),
    ("1000 turns per metre", [("1000 1 / meter", "L⁻¹")]),
    ("500 lines per mm", [("500 1 / millimeter", "L⁻¹")]),
    ("between 20 and 30 m", [("20 meter", "L"), ("30 meter", "L")]),
    ("n = 1.5 and 20 °C", [("1.5", "1"), ("20 degree_Celsius", "Θ")]),
    ("grows from 0 to 0.4 T", [("0 tesla", "M·T⁻²·I⁻¹"), ("0.4 tesla", "M·T⁻²·I⁻¹")]),
    ("10% of its power", [("10 percent", "1")]),
    ("a 200-turn coil", [("200", "1")]),
    ("a torque of 5 newton-metres", [("5 meter * newton", "L²·M·T⁻²")]),
    ("uses 3 kilowatt-hours", [("3 hour * kilowatt", "L²·M·T⁻²")]),
])
def test_values_as_written(text, expected):
    assert [(v.value, v.dim) for v in values(tokenize(text))] == expected


@pytest.mark.parametrize("text", ["the 3rd floor", "In 2019 a class", "at a speed", "in a car", "mass of it"])
def test_words_pint_would_misread_are_not_units(text):
    assert [v for v in values(tokenize(text)) if not v.bare] == []


def test_wanted_unit_stands_alone():
    toks = tokenize("How many joules are needed, in kJ?")
    assert [t.unit for t in toks if t.kind == "unit"] == ["joule", "kilojoule"]


@pytest.mark.parametrize("bad, message", [
    ("", "empty"), ("   \n ", "empty"), (b"\xff\xfe", "not UTF-8"), ("a\x00b", "control"),
    ("x" * (MAX_CHARS + 1), "characters long"), (12, r"text \(str\)"),
])
def test_bad_input_is_named(bad, message):
    with pytest.raises(ReadingError, match=message):
        check_text(bad)


@pytest.mark.parametrize("unit", sorted(UNIT_SURFACES))
def test_every_written_unit_reads_back(unit):
    ureg = registry()
    for surface in UNIT_SURFACES[unit]:
        text = f"2.5{surface}" if surface in ("°", "%") else f"2.5 {surface}"
        vals = values(tokenize(f"It is {text}."))
        assert len(vals) == 1, (surface, vals)
        magnitude, read = parse_value(vals[0].value)   # the oracle's own reading of the text
        got = magnitude * read.to_si + read.offset
        want = ureg.Quantity(2.5, unit_of(unit)[0]).to_base_units().magnitude
        assert math.isclose(got, want, rel_tol=1e-9), (surface, got, want)


@settings(max_examples=60, deadline=None)
@given(st.floats(min_value=1e-12, max_value=1e12, allow_nan=False), st.integers(0, 2**32))
def test_numbers_read_back(x, seed):
    """However a number is written (1,200 / 3.0 × 10^8 / 3e8), the scanner reads its value."""
    text = number_text(random.Random(seed), x)
    vals = values(tokenize(f"a value of {text} kg here"))
    assert len(vals) == 1
    written = float(text.replace(",", "").replace(" × 10^", "e").replace(" x 10^", "e").replace("×10^", "e")
                    .replace(" * 10^", "e"))
    assert math.isclose(vals[0].number, written, rel_tol=1e-9)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_any_text_tokenizes_or_is_refused(text):
    """Arbitrary text never raises anything but a ReadingError; spans stay in the text."""
    try:
        toks = tokenize(text)
    except ReadingError:
        return
    for t in toks:
        assert 0 <= t.start <= t.end <= len(text)


@given(st.integers(1, 10**6), st.integers(1, 10**6), st.sampled_from(["from {a} to {b}", "between {a} and {b}",
                                                                       "{a} - {b}", "{a} to {b}"]),
       st.sampled_from(["m", "kg", "km/h", "°C", "N"]))
def test_a_range_shares_its_unit(a, b, form, unit):
    """ "20 to 30 m": both numbers take the unit written once, after the last; nothing else
    is read (the same unit and dimension, no value invented)."""
    first, second = values(tokenize(form.format(a=a, b=b) + f" {unit}"))
    assert (first.number, second.number) == (a, b)
    assert (first.unit, first.dim) == (second.unit, second.dim) and not first.bare


def test_things_counted_name_their_quantity():
    """ "a 200-turn coil", "4 × 10^18 nuclei": the number of turns, of nuclei (the lexicon's
    names), never a unit."""
    from oracle.reader.lexicon import Lexicon
    from oracle.reader.rules import RuleReader

    lex = Lexicon.default()
    assert lex.counted("turn") == lex.counted("turns") == "N_t"
    assert lex.counted("nuclei") == "N" and lex.counted("apple") is None
    r = RuleReader(lex).propose("The flux through a 200-turn coil changes by 0.03 Wb in 0.1 s. What is the emf?")
    assert ("N_t", "200") in [(g.quantity, g.value) for g in r.givens]
