"""The knowledge graph's snapshot: read back, it is the graph the build makes; anything
else in its place is refused and the graph built again."""
import json
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from hypergraph import build as B
from hypergraph import snapshot
from hypergraph.data import datasets_dir
from hypergraph.directions import Direction
from hypergraph.model import Constant, Law, Quantity
from psg.graph import Span
from psg.units import Dimension

FOLDER = datasets_dir() / "physics"


@pytest.fixture(scope="module")
def built():
    return B.load(FOLDER, use_cache=True)


def _same(a, b):
    for name in ("quantities", "constants", "laws", "kinds", "limits"):
        assert snapshot.to_json(getattr(a, name)) == snapshot.to_json(getattr(b, name)), name  # spans too
    assert a.content_hash == b.content_hash
    assert np.array_equal(a.edge_law, b.edge_law) and a.edge_variable == b.edge_variable
    assert np.array_equal(a.incidence.indptr, b.incidence.indptr) if hasattr(a.incidence, "indptr") else True


def test_the_bundled_graph_reads_back_as_built(built):
    data = json.loads(json.dumps(snapshot.dump(built)))   # through JSON text, as the cache keeps it
    _same(snapshot.load(data), built)


def test_a_second_start_reads_the_snapshot(built):
    first = B._from_snapshot(FOLDER)
    second = B._from_snapshot(FOLDER)
    assert second.laws_solved == 0
    _same(second, built)
    _same(first, built)
    # the PSG and the unit proofs are made when first asked for, and are the build's
    assert len(second.psg.nodes) == len(built.psg.nodes)
    assert [r.verdict for r in second.proof_report.results] == [r.verdict for r in built.proof_report.results]


def test_a_damaged_or_foreign_snapshot_is_built_again(built, tmp_path, monkeypatch):
    monkeypatch.setattr(B, "_kb_path", lambda key: tmp_path / f"{key}.json")
    B._from_snapshot(FOLDER)
    [path] = list(tmp_path.rglob("*.json"))
    doc = json.loads(path.read_text())
    doc["value"]["laws"][0] = {"t": "Popen", "args": ["rm"]}            # checksum fails first
    path.write_text(json.dumps(doc))
    _same(B._from_snapshot(FOLDER), built)
    doc = json.loads(path.read_text())
    with pytest.raises(snapshot.SnapshotError, match="unknown type 'Popen'"):
        snapshot.load({**doc["value"], "laws": [{"t": "Popen", "args": ["rm"]}]})
    with pytest.raises(snapshot.SnapshotError, match="are not all Laws"):
        snapshot.load({**doc["value"], "laws": doc["value"]["quantities"]})
    with pytest.raises(snapshot.SnapshotError, match="does not fit"):
        snapshot.load({**doc["value"], "constants": [{"t": "Constant", "nom": "c"}]})


def test_the_key_changes_with_a_law_module(tmp_path):
    mod = tmp_path / "laws.py"
    mod.write_text("x = 1\n")
    k1 = snapshot.key([mod], B.BUILD_VERSION)
    mod.write_text("x = 2\n")
    assert snapshot.key([mod], B.BUILD_VERSION) != k1
    assert snapshot.key([mod], B.BUILD_VERSION + "x") != snapshot.key([mod], B.BUILD_VERSION)


_names = st.text("abcdefgh_ ", min_size=1, max_size=12)
_spans = st.builds(Span, st.text("abc/.", min_size=1, max_size=8), st.integers(1, 999), st.integers(1, 99),
                   st.integers(1, 999), st.integers(1, 99))
_dims = st.builds(Dimension, st.tuples(*[st.fractions(-6, 6, max_denominator=4)] * 7))
_quantities = st.builds(Quantity, _names, _names, _names, _dims, _names, st.lists(_names, max_size=3).map(tuple),
                        st.none() | _spans, _names, st.none() | st.tuples(_names, st.integers(1, 9)),
                        st.lists(_names, max_size=2).map(tuple), _names)
_directions = st.builds(Direction, _names, _names, st.sampled_from(["law", "proved", "unknown"]), _names)
_laws = st.builds(Law, _names, _names, _names, _names, _names, st.lists(_names, max_size=3).map(tuple), _names,
                  st.lists(_names, max_size=2).map(tuple), _names, st.integers(1, 5), st.just(()),
                  st.lists(_directions, max_size=3).map(tuple), st.just("proved"), st.none() | _spans, _names,
                  st.lists(st.tuples(_names, _names), max_size=2).map(tuple))
_constants = st.builds(Constant, _names, st.floats(allow_nan=False), _names, _names, st.none() | _spans)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_quantities, _laws, _constants))
def test_any_model_value_round_trips_through_json(value):
    back = snapshot.from_json(json.loads(json.dumps(snapshot.to_json(value))))
    assert back == value and back.span == value.span
    assert all(isinstance(e, Fraction) for e in getattr(back, "dimension", Dimension()).exps)


def test_the_key_changes_with_where_the_modules_are(tmp_path):
    # two checkouts sharing a cache: each graph's spans must name its own files
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "laws.py").write_text("x = 1\n")
    assert snapshot.key([tmp_path / "a" / "laws.py"], "v") != snapshot.key([tmp_path / "b" / "laws.py"], "v")
