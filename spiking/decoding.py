"""The compiled kernel behind :func:`spiking.decode`: first spikes and causal edges
of a compiled query, read from a raster in one pass (numba; loaded on first decode).

Quantities 0 and 1 are neurons 0 and 1; edge 0 (neuron 2) derives quantity 1 and
its spike arrives one step after the edge neuron fires:

>>> import numpy as np
>>> step, neuron = np.array([1, 2, 3]), np.array([0, 2, 1])
>>> t, e, s = first_spikes_and_edges(step, neuron, 3, 0, 2, np.array([2]), np.array([1]),
...                                  np.array([1]), 2, 1)
>>> t.tolist(), e.tolist(), s.tolist()
([0, 1], [-1, 0], [1, 3])
"""
from __future__ import annotations

import numba
import numpy as np

__all__ = ["first_spikes_and_edges"]


@numba.njit(cache=True)
def first_spikes_and_edges(step, neuron, n_neurons, q_off, n_nodes, edge_neuron, edge_output,
                           edge_latency, time_scale, time_offset):  # pragma: no cover - compiled
    """(time, edge, step) per quantity from spikes sorted by step (givens: the caller).

    ``edge[q]`` is the lowest edge index whose spike reaches ``q`` exactly at its first
    spike step; ``-1`` where none does or ``q`` never spiked."""
    first = np.full(n_neurons, -1, np.int64)
    for j in range(len(step)):
        if first[neuron[j]] < 0:
            first[neuron[j]] = step[j]
    q_step = first[q_off:q_off + n_nodes].copy()
    time = np.full(n_nodes, -1, np.int64)
    for q in range(n_nodes):
        if q_step[q] >= 0:
            time[q] = (q_step[q] - time_offset) // time_scale
    edge = np.full(n_nodes, -1, np.int64)
    for e in range(len(edge_neuron)):
        t = first[edge_neuron[e]]
        out = edge_output[e]
        if t >= 0 and edge[out] < 0 and t + edge_latency[e] == q_step[out]:
            edge[out] = e
    return time, edge, q_step
