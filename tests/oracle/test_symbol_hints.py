"""A symbol with hints after it ("E_k on Earth", "R (series)") is still that symbol: the
hints are read as hints, as after a name (oracle.reading)."""
import pytest

import oracle


def ask(given, find):
    return oracle.query(given, find, learn=False)


def test_a_symbol_with_on_earth_is_that_symbol_and_states_the_earth():
    plain = ask({"m": "2 kg", "h": "10 m"}, "E_k")
    assert plain.status == "hedged" and plain.standard_conditions == ("g_n",)
    stated = ask({"m": "2 kg", "h": "10 m"}, "E_k on Earth")
    assert stated.status == "verified" and stated.target.symbol == "E_k"
    assert stated.objects == plain.objects   # where it is set, not what it is: the ball is no planet
    assert stated.value.magnitude == pytest.approx(plain.value.magnitude, rel=1e-12)


@pytest.mark.parametrize("find, expected", [("R (series)", 5.0), ("R (parallel)", 1.2)])
def test_a_symbol_with_a_set_up_hint(find, expected):
    a = ask({"R1": "2 ohm", "R2": "3 ohm"}, find)
    assert a.status == "verified" and a.target.symbol == "R"
    assert a.value.magnitude == pytest.approx(expected, rel=1e-12)
