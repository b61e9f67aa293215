"""The spiking search engine: a query as a Loihi-class circuit, run on a chosen backend.

One circuit per bound hypergraph (a question's set-up, :mod:`hypergraph.setups`) is
compiled once and cached (one neuron per quantity of an object, one per law direction);
each query only changes which quantity neurons spike at t = 0 (:func:`spiking.with_givens`).
The first-spike times and causal edges read from the raster are the derivation, exactly
as the reference closure defines it.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from hypergraph.incidence import Incidence

_LOCK = threading.Lock()


@dataclass(frozen=True, eq=False)
class SpikingResult:
    """What the circuit found: times and causal edges, as the closure gives them."""

    time: np.ndarray
    edge: np.ndarray
    trace: object      # spiking.Trace (with the raster)
    circuit: object    # the spiking.Circuit that ran
    backend: str
    incidence: Incidence

    def __repr__(self) -> str:
        return f"<SpikingResult {self.backend}: {int((self.time >= 0).sum())} of {len(self.time)} quantities derived>"

    @property
    def derivable(self) -> np.ndarray:
        return self.time >= 0

    def derivation(self, target: int) -> tuple[int, ...]:
        return self.trace.derivation(int(target), self.incidence)


@lru_cache(maxsize=64)
def _compiled(incidence: Incidence):
    import spiking

    circuit = spiking.compile(incidence, [])
    return circuit, spiking.horizon(circuit)


def spiking_search(incidence: Incidence, sources: list[int], backend: str = "numba", *, n_nodes: int | None = None,
                   **options) -> SpikingResult:
    """Run the query circuit of ``incidence`` with ``sources`` given (``options``: the
    backend's, see :func:`spiking.run`); times are reported for the first ``n_nodes``."""
    import spiking

    with _LOCK:   # compiled circuits and the numba backend's workspaces are shared
        base, steps = _compiled(incidence)
        circuit = spiking.with_givens(base, sources)
        trace = spiking.run_query(circuit, backend=backend, max_steps=steps, **options)
    n = incidence.n_nodes if n_nodes is None else n_nodes
    return SpikingResult(trace.time[:n], trace.edge[:n], trace, circuit, backend, incidence)
