"""The spiking search engine: a query as a Loihi-class circuit, run on a chosen backend.

One circuit per knowledge graph is compiled once (one neuron per quantity, one per law
direction); each query only changes which quantity neurons spike at t = 0
(:func:`spiking.with_givens`). The first-spike times and causal edges read from the
raster are the derivation, exactly as the reference closure defines it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from hypergraph.model import KnowledgeGraph


@dataclass(frozen=True, eq=False)
class SpikingResult:
    """What the circuit found: times and causal edges, as the closure gives them."""

    time: np.ndarray
    edge: np.ndarray
    trace: object      # spiking.Trace (with the raster)
    circuit: object    # the spiking.Circuit that ran
    backend: str

    @property
    def derivable(self) -> np.ndarray:
        return self.time >= 0

    def derivation(self, target: int) -> tuple[int, ...]:
        return self.trace.derivation(int(target), self.circuit_incidence)

    @property
    def circuit_incidence(self):
        return self._inc


@lru_cache(maxsize=4)
def _compiled(kg: KnowledgeGraph):
    import spiking

    circuit = spiking.compile(kg.incidence, [])
    return circuit, spiking.horizon(circuit)


@lru_cache(maxsize=8)
def _compiled_incidence(incidence):
    import spiking

    circuit = spiking.compile(incidence, [])
    return circuit, spiking.horizon(circuit)


def spiking_search(kg: KnowledgeGraph, sources: list[int], backend: str = "numba", incidence=None,
                   **options) -> SpikingResult:
    """Run the query circuit of ``kg`` (or of a variant ``incidence`` of it) with ``sources`` given
    (``options``: the backend's, see :func:`spiking.run`)."""
    import spiking

    if incidence is None:
        base, steps = _compiled(kg)
    else:
        base, steps = _compiled_incidence(incidence)
    circuit = spiking.with_givens(base, sources)
    trace = spiking.run_query(circuit, backend=backend, max_steps=steps, **options)
    n = len(kg.quantities)
    result = SpikingResult(trace.time[:n], trace.edge[:n], trace, circuit, backend)
    object.__setattr__(result, "_inc", incidence if incidence is not None else kg.incidence)
    return result
