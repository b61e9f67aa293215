"""A not-derivable answer's suggestions (``Answer.missing``) are a search of their own: they are
worked out when first read, once, and read the same as when worked out at once."""
import dataclasses
from dataclasses import dataclass

import pytest
from hypothesis import given, strategies as st

import oracle
from oracle.deferred import Deferred
from oracle.engine import Oracle, default_oracle
from oracle.reader import adapter
from oracle.reader.loop import ask
from oracle.reader.request import CannotRevise, Given, Request


@dataclass(frozen=True)
class Result:
    name: str
    missing: tuple = Deferred(())


sets = st.lists(st.lists(st.text(max_size=8), min_size=1, max_size=2).map(tuple), max_size=4).map(tuple)


@given(sets)
def test_a_deferred_field_reads_as_the_value_given_at_once(value):
    calls = []
    later = Result("x", lambda: calls.append(1) or value)
    assert calls == []
    assert later.missing == value and later.missing == value and len(calls) == 1
    assert later == Result("x", value) and dataclasses.replace(later, name="y").missing == value


def test_a_deferred_field_keeps_the_dataclass_frozen_and_its_default():
    r = Result("x")
    assert r.missing == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.missing = (("v",),)


class Counting(Oracle):
    """The real oracle, counting how often it works out what is missing."""

    calls = 0

    def missing_for(self, *args, **kwargs):
        Counting.calls += 1
        return super().missing_for(*args, **kwargs)


def test_missing_is_worked_out_only_when_read():
    o = Counting(default_oracle(learn=False).kg, learn=False)
    Counting.calls = 0
    a = o.query({"mass": "2 kg"}, "kinetic energy")
    assert a.status == "not derivable" and Counting.calls == 0
    assert ("speed (v)",) in a.missing and Counting.calls == 1
    assert a.missing == oracle.query({"mass": "2 kg"}, "kinetic energy", learn=False).missing
    assert "add one of: {" in str(a) and Counting.calls == 1


def test_the_reader_loop_never_asks_for_missing_but_its_reason_tells_it():
    o = Counting(default_oracle(learn=False).kg, learn=False)

    class Once:
        name = "test"

        def propose(self, text):
            return Request((Given("m", "2 kg", (text.index("2 kg"), text.index("2 kg") + 4)),), "E_k")

        def revise(self, text, request, mismatch):
            raise CannotRevise("nothing else")

    Counting.calls = 0
    r = ask("A 2 kg ball. What is its kinetic energy?", Once(), oracle=o)
    assert not r.answered and r.attempts[0].mismatch.kind == "not derivable" and Counting.calls == 0
    assert "cannot be derived" in r.reason and "speed" in r.reason.split("; add one of: ")[1]
    assert Counting.calls == 1
    out = adapter.check(r.attempts[0].request, o)
    assert ("v",) in out.mismatch.missing
