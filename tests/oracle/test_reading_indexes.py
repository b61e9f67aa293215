"""The indexes and kept results that make reading a question fast equal what they stand for.

* A label that shares no word with a name never matches it, so ``Vocabulary._sharing``
  (symbols by the words of their labels) may skip the others: checked on random names
  made of vocabulary words, fillers and stop words.
* ``Vocabulary.matches`` (kept per name, skipping labels that share no word) equals
  scoring every label of every allowed symbol afresh, for random names, sets of allowed
  symbols and dimensions, asked one after another.
* The kinds that read a name on no object (from the symbols it matches among all) are
  those on which reading it finds a match, for random names, dimensions and kinds.
* A name's hash, kept once worked out, is its fields' hash, and is never pickled (a
  string's hash is per process).
* The planner's token for a dimension is one per dimension: equal dimensions (distinct
  objects) share it, different ones never do.
"""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oracle.engine import default_oracle
from oracle.reading import FILLERS, STOP, Name, Vocabulary

PLANNER = default_oracle(False).planner
VOCAB = PLANNER.vocab
KG = VOCAB.kg
WORDS = sorted(VOCAB.vocab)
SYMBOLS = sorted(VOCAB.symbols)
DIMENSIONS = sorted({q.dimension for q in KG.quantities}, key=repr)

words = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(sorted(FILLERS)), st.sampled_from(sorted(STOP))),
                 min_size=1, max_size=5)


@st.composite
def names(draw):
    """A name: a few words, perhaps hints, perhaps a symbol's own spelling."""
    ws = draw(words)
    hints = draw(st.lists(st.sampled_from(WORDS), max_size=2))
    text = " ".join(ws) + (f" ({' '.join(hints)})" if hints else "")
    if draw(st.booleans()):
        return VOCAB.parse(text)
    return Name(text, " ".join(ws), tuple(ws), None, tuple(hints))


#: a vocabulary that scores every symbol's labels, sharing a word with the name or not
REFERENCE = Vocabulary(KG)
REFERENCE._sharing = lambda words: set(SYMBOLS)


def _prepared(v: Vocabulary, name: Name):
    words = v.content(name.words)
    hints = set(v.content(name.hints))
    extended = words + tuple(dict.fromkeys(h for h in v.content(name.hints) if h not in words))
    return words, hints, extended, " ".join(words)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names())
def test_a_label_sharing_no_word_never_matches(name):
    words, hints, extended, key = _prepared(VOCAB, name)
    sharing = VOCAB._sharing(extended)
    for sym in SYMBOLS:
        if sym not in sharing:
            assert VOCAB._label_match(sym, words, hints, extended, key) is None, sym


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(names(), st.one_of(st.none(), st.sets(st.sampled_from(SYMBOLS), max_size=40)),
                          st.one_of(st.none(), st.sampled_from(DIMENSIONS))), min_size=1, max_size=4))
def test_matches_equal_matching_afresh(asks):
    """One vocabulary asked several names in a row (so later ones meet what earlier ones
    kept) against a fresh one per name."""
    kept = Vocabulary(KG)
    for name, allowed, dimension in asks:
        allowed = None if allowed is None else frozenset(allowed)
        got = kept.matches(name, allowed, dimension)
        REFERENCE._label_matches.clear()   # nothing kept: every label of every symbol scored afresh
        want = REFERENCE._match(name, allowed, dimension)
        assert [(m.score, m.symbol, m.how, m.label, m.dropped) for m in got] == \
               [(m.score, m.symbol, m.how, m.label, m.dropped) for m in want]


def test_dimension_tokens_are_one_per_dimension():
    from fractions import Fraction

    from psg.units import Dimension

    speed = Dimension.of(L=1, T=-1)
    again = Dimension((Fraction(1), Fraction(0), Fraction(-1), *(Fraction(0),) * 4))
    assert speed is not again and speed == again
    assert PLANNER._dimension_token(speed) == PLANNER._dimension_token(again)
    assert PLANNER._dimension_token(speed) != PLANNER._dimension_token(Dimension.of(L=1))
    assert PLANNER._dimension_token(None) != PLANNER._dimension_token(speed)


KINDS = sorted(PLANNER.kinds)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names(), st.one_of(st.none(), st.sampled_from(DIMENSIONS)), st.lists(st.sampled_from(KINDS), min_size=1, max_size=12))
def test_which_kinds_read_a_name_equals_reading_it_on_each(name, dimension, kinds):
    """``Planner._readable`` (a name on no object: the symbols it matches among all, against
    each kind's allowed ones) equals reading the name on each kind afresh."""
    from oracle.plan import Planner

    fresh = Planner(KG)
    for kind in kinds:
        assert PLANNER._readable(name, kind, dimension) == bool(fresh._read(name, kind, dimension, frozenset())), kind


@settings(max_examples=60, deadline=None)
@given(names())
def test_a_names_kept_hash_is_its_fields_hash_and_is_not_pickled(name):
    import dataclasses
    import pickle

    fields = tuple(getattr(name, f.name) for f in dataclasses.fields(name))
    assert hash(name) == hash(fields) == hash(dataclasses.replace(name))   # kept, and as the fields say
    again = pickle.loads(pickle.dumps(name))
    assert again == name and "_hash" not in again.__dict__ and hash(again) == hash(name)
