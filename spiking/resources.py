"""A Loihi 2 resource report: cores, neurons, synapses and memory per core, time
steps, and an energy estimate from published per-operation figures.

Placement is greedy and simple: populations in order, each split over cores of at
most ``NEURONS_PER_CORE`` neurons whose neuron state plus incoming synapses fit in
``MEMORY_PER_CORE`` bytes (synapses live on the core of their post-synaptic neuron).
Energy uses the Loihi (1) per-operation figures of Davies et al. 2018, the finest
published breakdown; Loihi 2 figures at that grain are not public (docs/spiking.md).
It is one function of the circuit and the spikes (:func:`energy`), never of how a
simulator counted or when it noticed the circuit was quiet, so the same spikes cost the
same on numba, Brian2 and Lava.

>>> from spiking.ir import Population, Circuit
>>> rep = resources(Circuit((Population("p", 10000),), (), ()))
>>> rep.cores, rep.neurons_per_core
(2, (8192, 1808))
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from spiking import limits as L
from spiking.ir import Circuit
from spiking.raster import Raster

__all__ = ["ResourceReport", "energy", "resources", "ENERGY_PJ"]

#: Davies et al. 2018 (IEEE Micro 38(1), Table 1), Loihi in 14 nm, picojoules.
ENERGY_PJ = {
    "synaptic_op": 23.6,        # energy per synaptic spike operation (min)
    "neuron_update_active": 52.0,
    "neuron_update_inactive": 1.7,
    "spike_within_tile": 1.7,   # one spike message sent within a tile
}


@dataclass(frozen=True)
class ResourceReport:
    neurons: int
    synapses: int
    cores: int
    chips: int
    neurons_per_core: tuple
    synapses_per_core: tuple
    memory_per_core: tuple
    steps: int
    spikes: int
    synaptic_events: int
    energy_j: float
    energy_breakdown: dict

    def __repr__(self) -> str:
        return (f"<ResourceReport: {self.neurons} neurons, {self.synapses} synapses on {self.cores} cores, "
                f"{self.spikes} spikes in {self.steps} steps, {self.energy_j:.3g} J>")

    def to_dict(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}

    def markdown(self) -> str:
        """A short human-readable report."""
        mem = max(self.memory_per_core, default=0)
        lines = [
            "| Loihi 2 resource | value |", "| --- | --- |",
            f"| neurons | {self.neurons} |", f"| synapses | {self.synapses} |",
            f"| cores (chips) | {self.cores} ({self.chips}) |",
            f"| max neurons / core | {max(self.neurons_per_core, default=0)} of {L.NEURONS_PER_CORE} |",
            f"| max synapses / core | {max(self.synapses_per_core, default=0)} |",
            f"| max memory / core | {mem} B of {L.MEMORY_PER_CORE} B |",
            f"| time steps | {self.steps} |", f"| spikes | {self.spikes} |",
            f"| synaptic events | {self.synaptic_events} |",
            f"| energy estimate | {self.energy_j * 1e9:.3f} nJ |",
        ]
        return "\n".join(lines)


def resources(circuit: Circuit, raster: Raster | None = None) -> ResourceReport:
    """Place ``circuit`` on Loihi 2 cores and estimate a run's energy (if ``raster``)."""
    n = circuit.n_neurons
    fan_in = np.zeros(n, np.int64)
    for c in circuit.connections:
        off = circuit.offset(c.post_pop)
        fan_in[off:off + circuit.population(c.post_pop).size] += np.bincount(c.post, minlength=circuit.population(c.post_pop).size)
    cores_n, cores_s = [], []
    start = 0
    for p in circuit.populations:
        i, end = start, start + p.size
        while i < end:
            count, syn = 0, 0
            while i < end and count < L.NEURONS_PER_CORE:
                need = (count + 1) * L.BYTES_PER_NEURON + (syn + fan_in[i]) * L.BYTES_PER_SYNAPSE
                if count and need > L.MEMORY_PER_CORE:
                    break
                count += 1
                syn += int(fan_in[i])
                i += 1
            cores_n.append(count)
            cores_s.append(syn)
        start = end
    mem = tuple(a * L.BYTES_PER_NEURON + b * L.BYTES_PER_SYNAPSE for a, b in zip(cores_n, cores_s))
    steps, spikes, events, breakdown = energy(circuit, raster) if raster is not None else (0, 0, 0, _breakdown(0, 0, 0, n))
    return ResourceReport(
        neurons=n, synapses=circuit.n_synapses, cores=len(cores_n),
        chips=-(-len(cores_n) // L.CORES_PER_CHIP) if cores_n else 0,
        neurons_per_core=tuple(cores_n), synapses_per_core=tuple(cores_s), memory_per_core=mem,
        steps=steps, spikes=spikes, synaptic_events=events,
        energy_j=sum(breakdown.values()), energy_breakdown=breakdown,
    )


def energy(circuit: Circuit, raster: Raster) -> tuple[int, int, int, dict]:
    """``(steps, spikes, synaptic events, energy breakdown in J)`` of the spikes of ``raster``.

    A run is charged up to its last spike or input spike (simulators that check for rest
    in chunks, Brian2 and Lava, run idle steps after it that the hardware need not);
    synaptic events are the deliveries over the circuit's synapses of every spike in those
    steps, the input spikes included.
    """
    last = int(raster.step.max()) if raster.n_spikes else -1
    for src in circuit.sources:
        if len(src.step):
            last = max(last, int(src.step.max()))
    steps = min(last + 1, raster.steps_run) if raster.steps_run > 0 else 0
    n = circuit.n_neurons
    out_deg = np.zeros(n, np.int64)
    src_deg = {s.name: np.zeros(s.size, np.int64) for s in circuit.sources}
    for c in circuit.connections:
        if circuit.is_source(c.pre_pop):
            src_deg[c.pre_pop] += np.bincount(c.pre, minlength=len(src_deg[c.pre_pop]))
        else:
            size = circuit.population(c.pre_pop).size
            out_deg[circuit.offset(c.pre_pop):circuit.offset(c.pre_pop) + size] += np.bincount(c.pre, minlength=size)
    spikes = int((raster.step < steps).sum())
    events = int(out_deg[raster.neuron[raster.step < steps]].sum())
    events += sum(int(src_deg[s.name][s.neuron[s.step < steps]].sum()) for s in circuit.sources)
    return steps, spikes, events, _breakdown(steps, spikes, events, n)


def _breakdown(steps: int, spikes: int, events: int, n: int) -> dict:
    """Joules per kind of operation; every neuron is updated every step on hardware, and the
    active ones (those that received input or spiked) cost more."""
    active = min(events + spikes, n * steps)
    return {
        "synaptic_ops_j": events * ENERGY_PJ["synaptic_op"] * 1e-12,
        "neuron_updates_j": (active * ENERGY_PJ["neuron_update_active"]
                             + (n * steps - active) * ENERGY_PJ["neuron_update_inactive"]) * 1e-12,
        "spike_messages_j": spikes * ENERGY_PJ["spike_within_tile"] * 1e-12,
    }
