"""The propose -> check -> revise loop, the adapter's mismatches, and oracle.ask."""
import pytest

import oracle
from oracle.reader import adapter
from oracle.reader.loop import ask, validate
from oracle.reader.lexicon import Lexicon
from oracle.reader.request import CannotRevise, Given, Mismatch, Request


def req(givens, find, unit=None, text=None):
    """A request; with ``text``, each given's span is where its value stands in it."""
    def span(v):
        return (text.index(v), text.index(v) + len(v)) if text and v in text else (0, 1)

    return Request(tuple(Given(q, v, span(v)) for q, v in givens), find, unit)


def test_verified_answer():
    out = adapter.check(req([("m", "2 kg"), ("v", "3 m/s")], "E_k", "J"))
    assert out.verified and out.mismatch is None and out.used == (0, 1)
    assert round(out.value, 9) == 9.0 and out.unit == "J"


@pytest.mark.parametrize("givens, find, kind, where", [
    ([("zz", "2 kg")], "E_k", "unknown name", 0),
    ([("m", "2 m")], "E_k", "wrong dimension", 0),
    ([("m", "2")], "E_k", "no unit", 0),
    ([("m", "2 kg")], "E_k", "not derivable", None),
    ([("m", "2 kg"), ("v", "3 m/s"), ("t", "5 s")], "E_k", "unused given", 2),
])
def test_mismatches(givens, find, kind, where):
    out = adapter.check(req(givens, find))
    assert out.mismatch.kind == kind
    assert out.mismatch.given == where


def test_not_derivable_says_what_would_do_instead():
    out = adapter.check(req([("l", "20 m")], "v"))
    assert out.mismatch.kind == "not derivable"
    assert "h" in out.mismatch.instead[0]


def test_the_quantities_by_dimension_are_those_of_each_dimension_in_order():
    kg = oracle.engine.default_oracle(learn=False).kg
    table = adapter._of_dimension(kg)
    assert set(table) == {q.dimension for q in kg.quantities}
    for dim, qs in table.items():
        assert qs == [q for q in kg.quantities if q.dimension == dim]


def test_an_unread_names_suggestions_are_worked_out_when_shown():
    """The suggestions (difflib over every label) are worked out when the message is first
    read, once, and read as they would have been at once; a mismatch carries them unread."""
    from oracle.deferred import LazyText
    from oracle.names import UnknownQuantityError

    o = oracle.engine.default_oracle(learn=False)
    with pytest.raises(UnknownQuantityError) as info:
        o.query({"flurbosity": "3 m/s", "mass": "2 kg"}, "kinetic energy")
    lazy = info.value.args[0]
    assert isinstance(lazy, LazyText) and lazy._text is None
    mismatch = Mismatch("unknown name", adapter._message(info.value), given=0)
    assert lazy._text is None   # carried, not worked out
    want = o._suggest("flurbosity", o.kg.quantity("v").dimension, "given")
    assert mismatch.message == str(info.value) == want
    assert "'flurbosity' (given)" in want and lazy._text == want


def test_validate_constrains_every_reading():
    lex = Lexicon.default()
    assert validate(req([("m", "2 kg"), ("m", "3 kg")], "E_k"), lex).kind == "ambiguous"
    assert validate(req([("m", "2 kg")], "m"), lex).kind == "ambiguous"
    assert validate(req([("m", "2 kg")], "nope"), lex).kind == "unknown name"
    assert validate(req([("m", "2 kg")], "E_k", "furlongz"), lex).kind == "wrong dimension"


class Stubborn:
    """A reader that first reads the height as a length, then revises as told."""

    name = "test"

    def __init__(self):
        self.seen = []

    def propose(self, text):
        return req([("l", "20 m")], "v", text=text)

    def revise(self, text, request, mismatch):
        self.seen.append(mismatch)
        if request.givens[0].quantity == "l" and "h" in mismatch.instead[0]:
            return request.with_given(0, quantity="h")
        raise CannotRevise("nothing else")


def test_loop_revises_against_the_mismatch():
    reader = Stubborn()
    r = ask("A ball falls 20 m. How fast?", reader)
    assert r.answered and [a.request.givens[0].quantity for a in r.attempts] == ["l", "h"]
    assert reader.seen[0].kind == "not derivable"
    assert abs(r.value - (2 * 9.80665 * 20) ** 0.5) < 1e-9
    assert "revisions:" in str(r)


def test_loop_abstains_and_says_why():
    class Wrong(Stubborn):
        def revise(self, text, request, mismatch):
            raise CannotRevise("no")

    r = ask("A ball falls 20 m. How fast?", Wrong())
    assert not r.answered and r.value is None
    assert r.reason.startswith("could not read what is asked")


@pytest.mark.parametrize("text, reason", [
    ("", "empty"), ("What is the speed?", "no values"), ("What is 2 kg? What is 3 m/s?", "several questions"),
    ("x" * 5000, "characters long"), (b"\xff\x00", "UTF-8"),
])
def test_bad_input_abstains(text, reason):
    r = oracle.ask(text, reader="rule")
    assert not r.answered and reason in r.reason


def test_oracle_ask_rule_reader():
    r = oracle.ask("A 2 kg ball is dropped from a height of 10 m. What is its kinetic energy just before it "
                   "lands, in J?", reader="rule")
    assert r.answered and abs(r.value - 2 * 9.80665 * 10) < 1e-6


# -- the engine's status: only "verified" is an answer ---------------------------------------

def test_status_comes_from_the_engine():
    out = adapter.check(req([("m", "2 kg"), ("v", "3 m/s"), ("t", "5 s")], "E_k"))
    assert out.status == "hedged" and not out.verified and out.unused_only
    assert out.used == (0, 1) and out.value == 9.0   # a value, but not an answer
    out = adapter.check(req([("h", "20 m")], "v"))
    assert out.status == "hedged" and out.mismatch.kind == "not verified" and "standard conditions" in out.mismatch.message
    earth = adapter.check(Request((Given("h", "20 m", (0, 1)),), "v", on_earth=True))
    assert earth.status == "verified" and earth.verified and earth.mismatch is None


def test_set_on_earth_by_its_words():
    from oracle.reader.loop import set_on_earth

    assert set_on_earth("A ball falls 20 m. How fast?")
    assert not set_on_earth("A rock falls 20 m on the Moon. How fast?")
    assert not set_on_earth("A stone moves 20 m. How fast?")


class Once(Stubborn):
    """Proposes a height and a speed asked for; never revises."""

    def propose(self, text):
        return req([("h", "20 m")], "v", text=text)

    def revise(self, text, request, mismatch):
        raise CannotRevise("no")


def test_hedged_is_reported_never_answered():
    r = ask("A stone moves 20 m. How fast?", Once())
    assert r.status == "hedged" and not r.answered and r.value is None and r.answer is None
    assert r.reported.status == "hedged" and "standard conditions" in r.reason
    assert "best reading is hedged (not an answer)" in str(r) and "answer:" not in str(r)
    r = ask("A stone falls 20 m. How fast?", Once())      # set on the Earth: g is its own
    assert r.status == "verified" and r.answered


class Ambiguous:
    """The real oracle, except that every found answer comes back ambiguous."""

    def __init__(self):
        from oracle.engine import default_oracle

        self.real = default_oracle(learn=False)

    def __getattr__(self, name):
        return getattr(self.real, name)

    def query(self, given, find, **kw):
        from dataclasses import replace

        from oracle.engine import Alternative

        a = self.real.query(given, find, **kw)
        alts = (Alternative("one reading", a.value, a.derivation.laws), Alternative("another", a.value * 2, ()))
        return replace(a, found=False, status="ambiguous", alternatives=alts,
                       reasons=("several readings fit the question equally and give different values",))


def test_ambiguous_is_reported_never_answered():
    r = ask("A ball falls 20 m. How fast?", Once(), oracle=Ambiguous())
    assert r.status == "ambiguous" and not r.answered and r.value is None
    assert r.attempts[0].mismatch.kind == "ambiguous" and r.attempts[0].status == "ambiguous"
