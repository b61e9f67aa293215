"""The ternary reader with the shipped weights: constrained decoding, revision, the model card."""
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from oracle.reader.lexicon import Lexicon
from oracle.reader.request import Mismatch, ReadingError
from oracle.reader.scan import tokenize, values
from oracle.reader.synth import Synth
from oracle.reader.ternary import WEIGHTS, TernaryReader


@pytest.fixture(scope="module")
def reader():
    return TernaryReader.default()


def test_weights_ship_packed_and_small():
    assert WEIGHTS.exists() and WEIGHTS.stat().st_size <= 2_000_000
    card = (WEIGHTS.parent / "MODEL_CARD.md").read_text()
    for part in ("Data", "Size", "Accuracy", "Limits"):
        assert part in card


def test_reads_held_out_synthetic_questions(reader):
    """A seeded held-out split (not the training seeds): most readings exact. Three seeds of
    40 (one of 24 swung from 58% to 90% between seeds, so a grown knowledge base, which
    draws other problems from the same seed, failed it by chance)."""
    examples = [ex for seed in (4242, 4243, 4244) for ex in Synth(seed).examples(40, revision_share=0.0)]
    exact = 0
    for ex in examples:
        try:
            exact += reader.propose(ex.text).key() == ex.request.key()
        except ReadingError:
            pass
    assert exact >= 0.6 * len(examples), exact


WORDS = ["a", "ball", "of", "mass", "2", "kg", "moves", "at", "3", "m/s", "height", "10", "m", "what", "is",
         "the", "speed", "kinetic", "energy", "?", ".", "in", "J", "from", "rest", "5", "s", "2020", "V", "A"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_output_is_constrained(words):
    """Whatever the model says: givens are values in the text, each quantity of its value's
    dimension and given once, the target a quantity of the knowledge base and not given."""
    text = " ".join(words)
    reader = TernaryReader.default()
    try:
        r = reader.propose(text)
    except ReadingError:
        return
    lex = Lexicon.default()
    found = {v.span: v for v in values(tokenize(text))}
    for g in r.givens:
        v = found[g.span]
        assert g.value == v.value and lex.entries[g.quantity].dim == v.dim
    assert len({g.quantity for g in r.givens}) == len(r.givens)
    assert r.find in lex.entries and r.find not in {g.quantity for g in r.givens}


def test_revise_offers_another_reading(reader):
    text = "A ball falls 20 m. How fast is it moving?"
    first = reader.propose(text)
    m = Mismatch("not derivable", "test", target=True)
    second = reader.revise(text, first, m)
    assert second.key() != first.key()


def test_bad_input(reader):
    for text, message in [("", "empty"), ("What is the speed?", "no values"), ("What is 2 kg? And 3 m?", "several")]:
        with pytest.raises(ReadingError, match=message):
            reader.propose(text)


@pytest.mark.parametrize("text, value", [
    ("A wave has a frequency of 50 Hz and a wavelength of 4 m. What is its speed?", 200.0),   # speed: the wave speed
    ("How much energy is equivalent to a mass of 1 gram?", 1e-3 * 299792458.0 ** 2),           # energy: the rest energy
])
def test_a_not_derivable_target_is_read_next_as_the_text_names_it(reader, text, value):
    """After a supported reading the oracle cannot derive, the targets the text's words name
    (with the narrower names whose other words it uses) come before the model's guesses."""
    from oracle.reader.loop import ask

    r = ask(text, reader)
    assert r.answered and r.attempts[0].mismatch.kind == "not derivable"
    assert abs(r.value - value) <= 1e-9 * value
