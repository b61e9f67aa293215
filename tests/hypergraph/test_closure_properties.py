"""Properties: the numba closure equals the pure-Python reference on random hypergraphs,
and its results obey the equations that define derivation times."""
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from hypergraph.closure import closure, closure_python
from hypergraph.incidence import Incidence


@st.composite
def hypergraphs(draw, max_nodes=10, max_edges=24, max_cost=5):
    """Random hypergraphs: empty ones, self-loops, repeated inputs, duplicate and
    zero-input edges; plus sources."""
    n = draw(st.integers(0, max_nodes))
    if n == 0:
        edges = [((), 0, 1)][:0]
    else:
        node = st.integers(0, n - 1)
        edge = st.tuples(
            st.lists(node, max_size=4), node, st.integers(1, max_cost)
        )
        edges = draw(st.lists(edge, max_size=max_edges))
        if edges:  # duplicate some edges verbatim
            dups = draw(st.lists(st.sampled_from(edges), max_size=3))
            edges = edges + dups
            order = draw(st.permutations(range(len(edges))))
            edges = [edges[i] for i in order]
        if edges and draw(st.booleans()):  # a self-loop on some edge's output
            ins, out, c = edges[0]
            edges.append((list(ins) + [out], out, c))
    inc = Incidence.from_edges(n, edges)
    sources = draw(st.lists(st.integers(0, n - 1), max_size=4)) if n else []
    return inc, sources


max_times = st.one_of(st.none(), st.integers(0, 12))


@settings(max_examples=400, deadline=None)
@given(hypergraphs(), max_times)
def test_every_method_equals_the_python_reference(case, max_time):
    inc, sources = case
    ref = closure_python(inc, sources, max_time=max_time)
    for method in ("auto", "bucket", "heap"):
        got = closure(inc, sources, max_time=max_time, method=method)
        assert got.time.tolist() == ref.time.tolist(), method
        assert got.edge.tolist() == ref.edge.tolist(), method


@settings(max_examples=150, deadline=None)
@given(hypergraphs(max_cost=300))
def test_wide_cost_ranges_agree_across_queues(case):
    inc, sources = case
    ref = closure_python(inc, sources)
    assert closure(inc, sources, method="heap").same_as(ref)
    assert closure(inc, sources, method="bucket").same_as(ref)
    assert closure(inc, sources).same_as(ref)


@settings(max_examples=200, deadline=None)
@given(hypergraphs())
def test_times_satisfy_their_defining_equations(case):
    inc, sources = case
    c = closure(inc, sources)
    src = set(c.sources.tolist())
    for v in range(inc.n_nodes):
        fire = [
            max((c.time[u] for u in inc.edge_inputs(e)), default=0) + inc.cost[e]
            for e in np.flatnonzero(inc.output == v)
            if all(c.time[u] >= 0 for u in inc.edge_inputs(e))
        ]
        if v in src:
            assert (c.time[v], c.edge[v]) == (0, -1)
        elif fire:
            assert c.time[v] == min(fire)
            e = c.edge[v]
            assert inc.output[e] == v
            assert max((c.time[u] for u in inc.edge_inputs(e)), default=0) + inc.cost[e] == c.time[v]
        else:
            assert (c.time[v], c.edge[v]) == (-1, -1)


@settings(max_examples=200, deadline=None)
@given(hypergraphs())
def test_a_derivation_replays_from_the_sources(case):
    inc, sources = case
    c = closure(inc, sources)
    for target in np.flatnonzero(c.derivable):
        steps = c.derivation(int(target))
        known = {int(s): 0 for s in c.sources}
        for e in steps:
            ins = inc.edge_inputs(e).tolist()
            assert all(u in known for u in ins), "an edge fired before its inputs"
            known.setdefault(int(inc.output[e]), max((known[u] for u in ins), default=0) + int(inc.cost[e]))
        assert known[int(target)] == c.time[target]
        assert len(set(steps)) == len(steps)


@settings(max_examples=200, deadline=None)
@given(hypergraphs(), st.integers(0, 12))
def test_max_time_cuts_the_full_closure(case, bound):
    inc, sources = case
    full = closure(inc, sources)
    cut = closure(inc, sources, max_time=bound)
    assert cut.time.tolist() == np.where(full.time <= bound, full.time, -1).tolist()
    assert cut.edge.tolist() == np.where(full.time <= bound, full.edge, -1).tolist()


@settings(max_examples=200, deadline=None)
@given(hypergraphs(), st.data())
def test_more_sources_never_derive_less_or_later(case, data):
    inc, sources = case
    if inc.n_nodes == 0:
        return
    extra = data.draw(st.lists(st.integers(0, inc.n_nodes - 1), max_size=3))
    few = closure(inc, sources)
    many = closure(inc, sources + extra)
    reached = few.derivable
    assert np.all(many.derivable[reached])
    assert np.all(many.time[reached] <= few.time[reached])
