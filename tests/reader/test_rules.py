"""The rule reader: the baseline and the fallback."""
import pytest
from hypothesis import given, settings, strategies as st

from oracle.reader.request import ReadingError
from oracle.reader.rules import RuleReader


@pytest.fixture(scope="module")
def reader():
    return RuleReader()


@pytest.mark.parametrize("text, givens, find, unit", [
    ("A 2 kg ball moves at 3 m/s. What is its kinetic energy in J?",
     {"m": "2 kilogram", "v": "3 meter / second"}, "E_k", "joule"),
    ("A car accelerates from rest at 3 m/s² for 5 s. How fast is it going, in km/h?",
     {"v0": "0 m/s", "a": "3 meter / second ** 2", "t": "5 second"}, "v", "kilometer / hour"),
    ("What is the energy of a photon of wavelength 500 nm, in eV?", {"lam": "500 nanometer"}, "E_ph", "electron_volt"),
    ("Water of mass 2 kg is heated from 20 °C to 80 °C. The specific heat capacity is 4186 J/(kg K). "
     "How much heat is needed, in kJ?",
     {"m": "2 kilogram", "T_i": "20 degree_Celsius", "T_f": "80 degree_Celsius",
      "c_s": "4186 joule / kelvin / kilogram"}, "Q", "kilojoule"),
])
def test_reads(reader, text, givens, find, unit):
    r = reader.propose(text)
    assert {g.quantity: g.value for g in r.givens} == givens
    assert (r.find, r.unit) == (find, unit)


@pytest.mark.parametrize("text, message", [
    ("What is the kinetic energy?", "no values"),
    ("What is 2 kg? What is 3 m?", "several questions"),
    ("In 2019 there were 3 students.", "no values"),
])
def test_abstains_with_a_reason(reader, text, message):
    with pytest.raises(ReadingError, match=message):
        reader.propose(text)


WORDS = ["a", "ball", "of", "mass", "2", "kg", "moves", "at", "3", "m/s", "height", "10", "m", "what", "is",
         "the", "speed", "kinetic", "energy", "?", ".", "in", "J", "from", "rest", "5", "s", "year", "2020"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_never_invents_a_given(words):
    """Every given comes from a span of the text whose value it is."""
    text = " ".join(words)
    try:
        r = RuleReader().propose(text)
    except ReadingError:
        return
    from oracle.reader.scan import tokenize, values

    found = {v.span: v.value for v in values(tokenize(text))}
    for g in r.givens:
        assert found.get(g.span) == g.value
