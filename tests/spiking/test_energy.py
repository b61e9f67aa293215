"""The Loihi energy estimate is one function of the circuit and its spikes: the same
circuit run on numba, Brian2 and Lava gets the same estimate, although the simulators
stop at different steps and only numba counts synaptic events itself."""
import numpy as np
import pytest

import spiking
from hypergraph.synthetic import layered
from spiking.ir import Circuit, Connection, Population, SpikeSource
from spiking.raster import Raster


def _queries(seeds, n_edges=16, max_cost=35):
    cs = []
    for s in seeds:
        g = layered(n_edges, seed=s, max_cost=max_cost)
        cs.append(spiking.compile(g.incidence, g.sources if len(g.sources) else [0]))
    return spiking.union(cs)[0]


@pytest.mark.slow
def test_numba_brian2_and_lava_estimate_the_same_energy_for_the_same_circuit():
    u = _queries(range(10, 13))
    runs = {"numba": spiking.run(u, "numba", max_steps=400),
            "brian2": spiking.run(u, "brian2", max_steps=400),
            "lava": spiking.run(u, "lava", max_steps=400, chunk=64)}
    assert runs["numba"].n_spikes > 20
    assert all(r.same_spikes(runs["numba"]) for r in runs.values())
    assert len({r.steps_run for r in runs.values()}) > 1  # the simulators stop at different steps
    reports = {b: spiking.resources(u, r) for b, r in runs.items()}
    assert {(rep.energy_j, rep.steps, rep.synaptic_events) for rep in reports.values()} == \
        {(reports["numba"].energy_j, reports["numba"].steps, reports["numba"].synaptic_events)}
    # the one function's event count is what numba's kernel counted delivering them
    assert reports["numba"].synaptic_events == runs["numba"].synaptic_events


def test_energy_charges_deliveries_of_every_spike_and_input_up_to_the_last():
    c = Circuit((Population("p", 2, vth=0),),
                (SpikeSource("in", 1, np.array([0]), np.array([0])),),
                (Connection("a", "in", "p", [0, 0], [0, 1], [1, 1], [1, 1]),
                 Connection("b", "p", "p", [0], [1], [1], [1])))
    r = Raster.from_spikes(2, 50, step=[2, 2], neuron=[0, 1], backend="x")
    steps, spikes, events, parts = spiking.energy(c, r)
    assert (steps, spikes, events) == (3, 2, 2 + 1)  # the input's two deliveries, neuron 0's one
    idle = Raster.from_spikes(2, 500, step=[2, 2], neuron=[0, 1], backend="y")  # ran longer, same spikes
    assert spiking.energy(c, idle) == (steps, spikes, events, parts)


def test_a_raster_shown_with_its_circuit_counts_events_as_the_estimate_does():
    from spiking.display import raster_html

    c = Circuit((Population("p", 2, vth=0),),
                (SpikeSource("in", 1, np.array([0]), np.array([0])),),
                (Connection("a", "in", "p", [0, 0], [0, 1], [1, 1], [1, 1]),))
    r = Raster.from_spikes(2, 9, step=[2, 2], neuron=[0, 1], backend="lava")  # Lava counts no events
    assert "<th>synaptic events</th><td>2</td>" in raster_html(r, c)
    assert "not counted by this simulator" in raster_html(r)
