"""The living definition of the circuit semantics: a plain numpy, time-stepped
simulator that mirrors Lava's ``PyLifModelBitAcc`` and ``PyDelaySparseModelBitAcc``
line by line. Slow and obvious; every backend is tested against it.

>>> import numpy as np
>>> from spiking.ir import Population, SpikeSource, Connection, Circuit
>>> c = Circuit((Population("p", 1, vth=0),),
...             (SpikeSource("in", 1, np.array([0]), np.array([0])),),
...             (Connection("c", "in", "p", [0], [0], [1], [3]),))
>>> simulate(c, 10).step.tolist()
[4]
"""
from __future__ import annotations

import numpy as np

from spiking.ir import Circuit
from spiking.raster import Raster

__all__ = ["simulate", "lif_step"]

UV_MAX = 2**23  # 24-bit state registers


def _decay(x: np.ndarray, keep: int) -> np.ndarray:
    """``sign(x * keep) * (|x * keep| >> 12)``: multiply by keep/4096, round toward 0."""
    y = x.astype(np.int64) * keep
    return np.sign(y) * (np.abs(y) >> 12)


def lif_step(u, v, a_in, du, dv, vth, bias):
    """One bit-accurate LIF step; returns new ``(u, v, spiked)`` (int64, int64, bool)."""
    u = _decay(u, 4096 - (du + 1)) + (a_in.astype(np.int64) << 6)
    u = np.where(u > UV_MAX, u - 2 * UV_MAX, u)
    u = np.where(u <= -UV_MAX, u + 2 * UV_MAX, u)
    v = _decay(v, 4096 - dv) + u + bias
    v = np.clip(v, -UV_MAX + 1, UV_MAX - 1)
    spiked = v > (vth << 6)
    v = np.where(spiked, 0, v)
    return u, v, spiked


def simulate(circuit: Circuit, max_steps: int) -> Raster:
    """Run ``circuit`` for exactly ``max_steps`` steps (steps ``0..max_steps-1``)."""
    n = circuit.n_neurons
    du = np.concatenate([np.full(p.size, p.du, np.int64) for p in circuit.populations] + [np.zeros(0, np.int64)])
    dv = np.concatenate([np.full(p.size, p.dv, np.int64) for p in circuit.populations] + [np.zeros(0, np.int64)])
    vth = np.concatenate([np.full(p.size, p.vth, np.int64) for p in circuit.populations] + [np.zeros(0, np.int64)])
    bias = np.concatenate([p.effective_bias for p in circuit.populations] + [np.zeros(0, np.int64)])
    u = np.zeros(n, np.int64)
    v = np.zeros(n, np.int64)
    # pending[c][arrival_step] = activation per post neuron of connection c (already shifted)
    pending: list[dict[int, np.ndarray]] = [{} for _ in circuit.connections]
    src_spikes = {s.name: s for s in circuit.sources}
    out_step, out_neuron = [], []
    spiked = np.zeros(n, bool)
    for t in range(max_steps):
        a_in = np.zeros(n, np.int64)
        for c, conn in enumerate(circuit.connections):
            act = pending[c].pop(t, None)
            if act is not None:
                np.add.at(a_in, circuit.offset(conn.post_pop) + np.arange(len(act)), act)
        u, v, spiked = lif_step(u, v, a_in, du, dv, vth, bias)
        idx = np.flatnonzero(spiked)
        out_step.extend([t] * len(idx))
        out_neuron.extend(idx.tolist())
        # spikes of step t (neurons and sources) enter the synapses
        for c, conn in enumerate(circuit.connections):
            if circuit.is_source(conn.pre_pop):
                s = src_spikes[conn.pre_pop]
                pre_on = np.zeros(s.size, bool)
                pre_on[s.neuron[s.step == t]] = True
            else:
                off = circuit.offset(conn.pre_pop)
                pre_on = spiked[off:off + circuit.population(conn.pre_pop).size]
            on = pre_on[conn.pre]
            if not on.any():
                continue
            n_post = circuit.population(conn.post_pop).size
            for d in np.unique(conn.delay[on]):
                sel = on & (conn.delay == d)
                acc = np.zeros(n_post, np.int64)
                np.add.at(acc, conn.post[sel], conn.weight[sel])
                acc = acc << conn.weight_exp if conn.weight_exp > 0 else acc >> -conn.weight_exp
                arrive = t + 1 + int(d)
                pending[c][arrive] = pending[c].get(arrive, 0) + acc
    return Raster.from_spikes(n, max_steps, out_step, out_neuron, backend="reference")
