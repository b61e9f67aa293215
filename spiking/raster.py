"""Spike rasters: which neuron spiked at which step, whatever simulator ran.

>>> import numpy as np
>>> r = Raster.from_spikes(3, 5, step=[2, 0], neuron=[1, 2], backend="x")
>>> r.step.tolist(), r.neuron.tolist(), r.first_spike().tolist()
([0, 2], [2, 1], [-1, 2, 0])
>>> r.same_spikes(Raster.from_spikes(3, 9, [0, 2], [2, 1], backend="y"))
True
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Raster"]


@dataclass(frozen=True, eq=False)
class Raster:
    """All spikes of a run, sorted by ``(step, neuron)``.

    Attributes
    ----------
    n_neurons : neurons in the circuit (global numbering).
    steps_run : steps simulated (a run may stop early once the circuit is quiescent).
    step, neuron : int64[k], the spikes.
    backend : the simulator that produced it.
    synaptic_events : synapse deliveries counted by the simulator (-1: not counted).
    """

    n_neurons: int
    steps_run: int
    step: np.ndarray
    neuron: np.ndarray
    backend: str = ""
    synaptic_events: int = -1

    @classmethod
    def from_spikes(cls, n_neurons, steps_run, step, neuron, backend="", synaptic_events=-1,
                    presorted=False) -> "Raster":
        """Sort the spikes (``presorted``: the caller guarantees the order)."""
        step = np.asarray(step, dtype=np.int64)
        neuron = np.asarray(neuron, dtype=np.int64)
        if not presorted:
            order = np.lexsort((neuron, step))
            step, neuron = step[order], neuron[order]
        step.setflags(write=False)
        neuron.setflags(write=False)
        return cls(int(n_neurons), int(steps_run), step, neuron, backend, int(synaptic_events))

    @property
    def n_spikes(self) -> int:
        return len(self.step)

    def first_spike(self) -> np.ndarray:
        """int64[n_neurons]: each neuron's first spike step, -1 if it never spiked."""
        out = np.full(self.n_neurons, -1, dtype=np.int64)
        # spikes are sorted by step, so the first write per neuron (reversed fill) wins
        out[self.neuron[::-1]] = self.step[::-1]
        return out

    def same_spikes(self, other: "Raster") -> bool:
        """True when both rasters hold exactly the same spikes."""
        return (
            self.n_neurons == other.n_neurons
            and np.array_equal(self.step, other.step)
            and np.array_equal(self.neuron, other.neuron)
        )

    def __repr__(self) -> str:
        return (
            f"Raster(backend={self.backend!r}, n_neurons={self.n_neurons}, "
            f"steps_run={self.steps_run}, n_spikes={self.n_spikes})"
        )

    def _repr_html_(self) -> str:  # notebooks: summary and plot (see spiking.display)
        from spiking.display import raster_html

        return raster_html(self)
