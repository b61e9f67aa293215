"""Hypothesis strategies shared by the spiking tests (not a test module)."""
from __future__ import annotations

import numpy as np
from hypothesis import strategies as st

from hypergraph.incidence import Incidence
from spiking.ir import Circuit, Connection, Population, SpikeSource


@st.composite
def hypergraphs(draw, max_nodes=10, max_edges=14, max_cost=80):
    """(Incidence, sources): duplicates, self-loops, nullary edges and long costs allowed."""
    n = draw(st.integers(1, max_nodes))
    node = st.integers(0, n - 1)
    edges = draw(st.lists(st.tuples(st.lists(node, max_size=4), node, st.integers(1, max_cost)), max_size=max_edges))
    sources = draw(st.lists(node, max_size=n))
    return Incidence.from_edges(n, edges), sources


def _weights(draw, m):
    mode = draw(st.sampled_from(["exc", "inh", "mixed"]))
    if mode == "exc":
        return np.array(draw(st.lists(st.integers(0, 255), min_size=m, max_size=m)), np.int64)
    if mode == "inh":
        return np.array(draw(st.lists(st.integers(-255, 0), min_size=m, max_size=m)), np.int64)
    return 2 * np.array(draw(st.lists(st.integers(-127, 127), min_size=m, max_size=m)), np.int64)


@st.composite
def circuits(draw, max_pops=3, max_size=5):
    """Generic circuits: leaks, biases, any sign of weight, negative weight exponents."""
    pops = []
    for i in range(draw(st.integers(1, max_pops))):
        size = draw(st.integers(1, max_size))
        pops.append(Population(
            f"p{i}", size,
            du=draw(st.sampled_from([0, 1, 100, 2048, 4000, 4095])),
            dv=draw(st.sampled_from([0, 1, 300, 4095])),
            vth=draw(st.sampled_from([0, 1, 5, 40, 1000])),
            bias_mant=np.array(draw(st.lists(st.sampled_from([0, 0, 0, 1, -3, 50, 4095, -4096]), min_size=size, max_size=size))),
            bias_exp=np.array(draw(st.lists(st.integers(0, 7), min_size=size, max_size=size))),
        ))
    spikes = draw(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 10)), max_size=6))
    src = SpikeSource("in", 3, np.array([a for a, _ in spikes], np.int64), np.array([b for _, b in spikes], np.int64))
    names = [p.name for p in pops]
    sizes = {p.name: p.size for p in pops} | {"in": 3}
    cons = []
    for k in range(draw(st.integers(0, 5))):
        pre = draw(st.sampled_from(names + ["in"]))
        post = draw(st.sampled_from(names))
        pairs = draw(st.sets(st.tuples(st.integers(0, sizes[pre] - 1), st.integers(0, sizes[post] - 1)), max_size=8))
        pairs = sorted(pairs)
        m = len(pairs)
        cons.append(Connection(
            f"c{k}", pre, post,
            np.array([a for a, _ in pairs], np.int64), np.array([b for _, b in pairs], np.int64),
            _weights(draw, m),
            np.array(draw(st.lists(st.integers(0, 6), min_size=m, max_size=m)), np.int64),
            draw(st.integers(-4, 7)),
        ))
    return Circuit(tuple(pops), (src,), tuple(cons))
