"""Given values and answer units are read by a bounded grammar: bad ones are clear errors,
at once (each of these once hung, crashed with exit 70, or was accepted)."""
import pytest

import oracle
from oracle.engine import QueryError


@pytest.mark.parametrize("value, why", [
    ("9**9**99 kg", "an exponent must be a number"),   # before: pint computed 9**9**99, forever
    ("10**400 kg", "outside the allowed range"),       # before: OverflowError, exit 70
    ("1e400 kg", "out of range"),
    ("-5 K", "below absolute zero"),                   # before: accepted
    ("-300 degC", "below absolute zero"),
])
def test_bad_givens_are_clear_errors(value, why):
    given = {"temperature": value} if "K" in value or "deg" in value else {"mass": value, "speed": "3 m/s"}
    find = "kinetic energy" if "mass" in given else "speed of sound in an ideal gas"
    with pytest.raises(QueryError, match=why):
        oracle.query(given, find, engine="closure", learn=False)


def test_bad_answer_unit_is_a_clear_error():
    with pytest.raises(QueryError, match="an exponent must be a number"):
        oracle.query({"mass": "2 kg", "speed": "3 m/s"}, "kinetic energy", unit="9**9**99", engine="closure",
                     learn=False)


def test_temperature_differences_may_be_negative():
    a = oracle.query({"temperature change": "-5 K", "mass": "1 kg", "specific heat capacity": "4186 J/(kg*K)"},
                     "heat", engine="closure", learn=False)
    assert a.found and a.value.magnitude == pytest.approx(-5 * 4186)
