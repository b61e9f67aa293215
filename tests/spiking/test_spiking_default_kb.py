"""The bundled knowledge base as one circuit: numba, Brian2 and Lava give the same
raster for several given sets, and the decoded times and causal edges are the
reference closure's."""
import random

import numpy as np
import pytest

import spiking
from hypergraph.build import load_default
from hypergraph.closure import closure
from spiking.raster import Raster

SEEDS = (3, 5, 6)  # given sets drawn from these seeds: 16, 170 and 157 quantities derived


def _given_sets(n_nodes):
    out = []
    for seed in SEEDS:
        rng = random.Random(seed)
        out.append(sorted(rng.sample(range(n_nodes), rng.randint(3, 12))))
    return out


def _part(raster, offset, n_neurons):
    """The spikes of one circuit of a union, in that circuit's numbering."""
    sel = (raster.neuron >= offset) & (raster.neuron < offset + n_neurons)
    return Raster.from_spikes(n_neurons, raster.steps_run, raster.step[sel], raster.neuron[sel] - offset,
                              backend=raster.backend, presorted=True)


@pytest.mark.slow
def test_bundled_kb_rasters_agree_across_backends_and_equal_the_closure():
    inc = load_default().incidence
    assert inc.n_nodes > 250 and inc.n_edges > 900
    net = spiking.compile(inc, [])
    sets = _given_sets(inc.n_nodes)
    refs = [closure(inc, s) for s in sets]
    assert max(r.n_derivable for r in refs) > 100  # some query derives much of the KB
    # a little beyond the largest finite derivation time: every first spike is in the run
    t_max = max(int(r.time.max()) for r in refs) + 2
    steps = spiking.steps_for(t_max)
    circuits = [spiking.with_givens(net, s) for s in sets]
    batch, offsets = spiking.union(circuits)

    fast = spiking.run(batch, "numba", max_steps=steps)
    b2 = spiking.run(batch, "brian2", max_steps=steps)
    lava = spiking.run(batch, "lava", max_steps=steps, chunk=steps)  # one Lava run for all sets
    assert fast.n_spikes > 500
    assert b2.same_spikes(fast)
    assert lava.same_spikes(fast)

    for c, off, s, ref in zip(circuits, offsets, sets, refs):
        alone = spiking.run(c, "numba", max_steps=steps)
        assert alone.same_spikes(_part(fast, off, c.n_neurons))  # batching changes nothing
        for raster in (_part(fast, off, c.n_neurons), _part(lava, off, c.n_neurons)):
            tr = spiking.decode(c, raster)
            assert np.array_equal(tr.time, ref.time), s
            assert np.array_equal(tr.edge, ref.edge), s
