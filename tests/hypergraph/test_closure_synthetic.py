"""The synthetic hypergraph generator, and the closure against the reference on its output."""
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hypergraph.closure import closure, closure_python
from hypergraph.synthetic import layered


def test_same_seed_same_graph_other_seed_other_graph():
    a, b, c = layered(2000, seed=3), layered(2000, seed=3), layered(2000, seed=4)
    for name in ("ptr", "inputs", "output", "cost"):
        assert np.array_equal(getattr(a.incidence, name), getattr(b.incidence, name))
    assert np.array_equal(a.sources, b.sources)
    assert not np.array_equal(a.incidence.output, c.incidence.output)


@settings(max_examples=40, deadline=None)
@given(
    n_edges=st.integers(0, 3000),
    seed=st.integers(0, 2**32 - 1),
    max_cost=st.integers(1, 9),
    inverse_fraction=st.floats(0, 0.5),
)
def test_shape_of_the_generated_laws(n_edges, seed, max_cost, inverse_fraction):
    g = layered(n_edges, seed=seed, max_cost=max_cost, inverse_fraction=inverse_fraction)
    inc = g.incidence
    assert inc.n_edges == n_edges
    arity = np.diff(inc.ptr)
    assert n_edges == 0 or (arity.min() >= 1 and arity.max() <= 4)
    assert n_edges == 0 or (inc.cost.min() >= 1 and inc.cost.max() <= max_cost)
    width = inc.n_nodes // g.n_layers
    assert np.all(g.sources < width) and len(np.unique(g.sources)) == len(g.sources)


def test_forward_laws_point_up_and_inverses_close_cycles():
    g = layered(20000, seed=0, n_nodes=4000, n_layers=10, inverse_fraction=0.25)
    inc = g.incidence
    width = inc.n_nodes // g.n_layers
    layer = lambda v: np.minimum(v // width, g.n_layers - 1)
    top_in = np.maximum.reduceat(layer(inc.inputs), inc.ptr[:-1])
    up = layer(inc.output) > top_in
    assert 0.70 < up.mean() < 0.80  # 75% forward laws; the rest derive downwards
    assert np.all(layer(inc.output)[up] - top_in[up] <= 2)


def test_default_density_leaves_most_quantities_derivable():
    g = layered(30000, seed=1)
    share = closure(g.incidence, g.sources).n_derivable / g.incidence.n_nodes
    assert 0.5 < share < 1.0


@pytest.mark.parametrize("max_cost", [1, 4, 200])
def test_closure_equals_reference_on_generated_graphs(max_cost):
    g = layered(3000, seed=max_cost, max_cost=max_cost)
    ref = closure_python(g.incidence, g.sources)
    assert ref.n_derivable > g.incidence.n_nodes // 2
    for method in ("auto", "bucket", "heap"):
        assert closure(g.incidence, g.sources, method=method).same_as(ref)


def test_bad_parameters_are_named():
    for kw, msg in [
        (dict(n_edges=-1), "n_edges must be >= 0, got -1"),
        (dict(n_edges=10, n_layers=1), "n_layers must be >= 2, got 1"),
        (dict(n_edges=10, n_nodes=3, n_layers=4), r"n_nodes must be >= n_layers \(4\), got 3"),
        (dict(n_edges=10, source_fraction=1.5), r"source_fraction must be in \[0, 1\], got 1.5"),
        (dict(n_edges=10, inverse_fraction=0.6), r"inverse_fraction must be in \[0, 0.5\], got 0.6"),
        (dict(n_edges=10, max_cost=0), "max_cost must be >= 1, got 0"),
    ]:
        with pytest.raises(ValueError, match=msg):
            layered(**kw)


def test_a_million_edges_generate_and_close_quickly():
    t0 = time.perf_counter()
    g = layered(10**6, seed=0)
    t1 = time.perf_counter()
    closure(g.incidence, g.sources)  # warm
    t2 = time.perf_counter()
    c = closure(g.incidence, g.sources)
    t3 = time.perf_counter()
    assert g.incidence.n_edges == 10**6 and c.n_derivable > 0
    assert t1 - t0 < 5.0, f"generating 1e6 edges took {t1 - t0:.2f} s"
    assert t3 - t2 < 2.0, f"closing 1e6 edges took {t3 - t2:.2f} s"
