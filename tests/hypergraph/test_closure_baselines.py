"""The benchmark's baselines (clingo ASP, networkx forward chaining) derive exactly
what the closure derives, so benchmarks/closure.py compares like with like."""
import importlib.util
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hypergraph.closure import closure
from hypergraph.incidence import Incidence
from hypergraph.synthetic import layered

pytest.importorskip("clingo")
_path = Path(__file__).resolve().parents[2] / "benchmarks" / "closure.py"
_spec = importlib.util.spec_from_file_location("closure_benchmark", _path)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def baselines(inc, sources):
    src = np.unique(np.asarray(sources, dtype=np.int64))
    _, _, by_clingo = bench.clingo_closure(bench.clingo_facts(inc, src))
    by_nx = bench.networkx_closure(bench.networkx_graph(inc), inc.n_nodes, src.tolist())
    return by_clingo, by_nx


@st.composite
def hypergraphs(draw):
    n = draw(st.integers(1, 9))
    node = st.integers(0, n - 1)
    edges = draw(st.lists(st.tuples(st.lists(node, max_size=3), node, st.integers(1, 3)), max_size=15))
    return Incidence.from_edges(n, edges), draw(st.lists(node, max_size=3))


@settings(max_examples=60, deadline=None)
@given(hypergraphs())
def test_baselines_agree_with_the_closure_on_random_hypergraphs(case):
    inc, sources = case
    want = np.flatnonzero(closure(inc, sources).derivable)
    by_clingo, by_nx = baselines(inc, sources)
    assert by_clingo.tolist() == want.tolist()
    assert by_nx.tolist() == want.tolist()


def test_baselines_agree_on_a_generated_hypergraph():
    g = layered(3000, seed=7)
    want = np.flatnonzero(closure(g.incidence, g.sources).derivable)
    by_clingo, by_nx = baselines(g.incidence, g.sources)
    assert len(want) > 500
    assert np.array_equal(by_clingo, want) and np.array_equal(by_nx, want)
