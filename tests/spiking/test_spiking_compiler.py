"""The compiled circuit's first spikes are the closure's derivation times and edges."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import spiking
from hypergraph.closure import closure
from hypergraph.incidence import Incidence
from hypergraph.synthetic import layered
from spiking import limits as L
from strategies_spiking import hypergraphs


def _check(inc, sources, **kw):
    c = spiking.compile(inc, sources)
    tr = spiking.run_query(c, backend="numba", **kw)
    ref = closure(inc, sources)
    assert tr.time.tolist() == ref.time.tolist()
    assert tr.edge.tolist() == ref.edge.tolist()
    return c, tr


@settings(max_examples=1000, deadline=None)
@given(hypergraphs())
def test_numba_agrees_with_closure_on_random_hypergraphs(g):
    """Issue 4: on 1,000 random hypergraphs the spiking engine's derivable set, derivation
    times (costs) and causal edges equal the reference closure's."""
    _check(*g)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 300), st.integers(1, 150))
def test_numba_agrees_with_closure_on_layered_hypergraphs(seed, n_edges, max_cost):
    g = layered(n_edges, seed=seed, max_cost=max_cost)
    _check(g.incidence, g.sources)


@settings(max_examples=60, deadline=None)
@given(hypergraphs(), st.integers(0, 200))
def test_bounded_run_matches_closure_with_max_time(g, max_time):
    inc, sources = g
    c = spiking.compile(inc, sources)
    tr = spiking.run_query(c, max_steps=spiking.steps_for(max_time))
    ref = closure(inc, sources, max_time=max_time)
    assert tr.time.tolist() == ref.time.tolist()
    assert tr.edge.tolist() == ref.edge.tolist()


def test_time_map_and_tie_break_by_hand():
    # edges 1 and 2 both derive node 3 at time 3: the lower index (1) is the cause
    inc = Incidence.from_edges(4, [((0,), 1, 1), ((1,), 3, 2), ((0,), 3, 3), ((), 2, 2)])
    c, tr = _check(inc, [0])
    assert tr.time.tolist() == [0, 1, 2, 3]
    assert tr.edge.tolist() == [-1, 0, 3, 1]
    assert tr.step.tolist() == [2 * t + 1 for t in tr.time.tolist()]
    assert tr.derivation(3, inc) == (0, 1)


def test_populations_group_edges_by_arity_and_relay_long_delays():
    inc = Incidence.from_edges(4, [((0,), 1, 40), ((0, 1), 2, 1), ((0, 1, 1, 2), 3, 100), ((), 3, 1)])
    c = spiking.compile(inc, [0])
    names = [p.name for p in c.populations]
    assert names == ["quantities", "edges/1", "edges/2", "edges/3", "relays"]
    assert [c.population(n).vth for n in names[1:4]] == [0, 1, 2]
    assert max(x.delay.max() for x in c.connections if len(x.delay)) <= L.DELAY_MAX
    # cost 40 -> delay 78 -> 1 relay; cost 100 -> delay 198 -> 3 relays
    assert c.population("relays").size == 4
    _check(inc, [0])


def test_with_givens_reuses_the_network():
    g = layered(200, seed=3)
    c = spiking.compile(g.incidence, [])
    for srcs in (g.sources, g.sources[:2], []):
        c2 = spiking.with_givens(c, srcs)
        assert c2.connections is c.connections
        tr = spiking.run_query(c2)
        assert tr.time.tolist() == closure(g.incidence, srcs).time.tolist()


def test_each_neuron_fires_at_most_once():
    g = layered(500, seed=5, max_cost=70)
    c = spiking.compile(g.incidence, g.sources)
    r = spiking.run(c, max_steps=spiking.horizon(c))
    assert len(np.unique(r.neuron)) == r.n_spikes > 0


def test_bad_arguments_give_clear_errors():
    inc = Incidence.from_edges(2, [((0,), 1, 1)])
    with pytest.raises(spiking.CircuitError, match="source 5 is outside the nodes 0..1"):
        spiking.compile(inc, [5])
    with pytest.raises(spiking.CircuitTypeError, match="wrap it in a list"):
        spiking.compile(inc, 0)
    with pytest.raises(spiking.CircuitTypeError, match="Incidence"):
        spiking.compile("graph", [0])
    c = spiking.compile(inc, [0])
    with pytest.raises(spiking.CircuitError, match="max_steps is required"):
        spiking.run(c, max_steps=None)
    with pytest.raises(spiking.CircuitError, match="max_steps must be in"):
        spiking.run(c, max_steps=-1)
    with pytest.raises(spiking.CircuitError, match="not compiled from a hypergraph query"):
        spiking.decode(spiking.Circuit((), (), ()), spiking.run(c, max_steps=5))
