"""The fast default backend: an event-driven, exact simulation of the fixed-point LIF.

A neuron is updated at a step only if input arrives for it or it is not at rest
(``u != 0``, a bias, or ``v != 0`` with a leak); a neuron at rest with no input keeps
its state bit for bit, so skipping it changes nothing. Spikes travel as events in a
ring of ``max_delay + 2`` slots. Connections with a negative weight exponent sum
their weights per (post, delay) within a step before the arithmetic right shift,
exactly as Lava does. The run stops at ``max_steps`` or as soon as nothing is
pending, nothing is active and no input spike is left (the circuit is quiescent).

>>> import numpy as np
>>> from spiking.ir import Population, SpikeSource, Connection, Circuit
>>> c = Circuit((Population("p", 1, vth=0),),
...             (SpikeSource("in", 1, np.array([0]), np.array([0])),),
...             (Connection("c", "in", "p", [0], [0], [1], [3]),))
>>> r = run(c, 100)
>>> r.step.tolist(), r.steps_run
([4], 5)
"""
from __future__ import annotations

from dataclasses import dataclass

import numba
import numpy as np

from spiking.ir import Circuit
from spiking.raster import Raster

__all__ = ["Prepared", "prepare", "run"]

DELAY_SLOTS = 64  # delays 0..63


@dataclass(frozen=True, eq=False)
class Prepared:
    """Flat arrays of a circuit's structure (everything except the input spikes)."""

    n_neurons: int
    du: np.ndarray
    dv: np.ndarray
    vth: np.ndarray
    bias: np.ndarray
    out_ptr: np.ndarray
    syn_post: np.ndarray
    syn_val: np.ndarray
    syn_delay: np.ndarray
    syn_chan: np.ndarray
    chan_post: np.ndarray
    chan_shift: np.ndarray
    ring: int
    source_base: dict
    once: np.ndarray


def prepare(circuit: Circuit) -> Prepared:
    """Flatten the network once; runs with new input spikes reuse the result."""
    n = circuit.n_neurons
    i64 = lambda xs: np.concatenate([np.asarray(x, np.int64) for x in xs] + [np.zeros(0, np.int64)])
    pops = circuit.populations
    source_base, base = {}, n
    for s in circuit.sources:
        source_base[s.name] = base
        base += s.size
    pre, post, val, delay, chan, chan_post, chan_shift = [], [], [], [], [], [], []
    n_chan = 0
    for c in circuit.connections:
        pre.append((source_base[c.pre_pop] if circuit.is_source(c.pre_pop) else circuit.offset(c.pre_pop)) + c.pre)
        post_off = circuit.offset(c.post_pop)
        post.append(post_off + c.post)
        delay.append(c.delay)
        if c.weight_exp >= 0:
            val.append(c.weight << c.weight_exp)
            chan.append(np.full(len(c.pre), -1, np.int64))
        else:
            size = circuit.population(c.post_pop).size
            val.append(c.weight)
            chan.append(n_chan + c.post)
            chan_post.append(post_off + np.arange(size, dtype=np.int64))
            chan_shift.append(np.full(size, -c.weight_exp, np.int64))
            n_chan += size
    pre, post, val, delay, chan = (i64(x) for x in (pre, post, val, delay, chan))
    order = np.argsort(pre, kind="stable")
    out_ptr = np.zeros(base + 1, np.int64)
    np.cumsum(np.bincount(pre, minlength=base), out=out_ptr[1:])
    du = i64([np.full(p.size, p.du) for p in pops])
    dv = i64([np.full(p.size, p.dv) for p in pops])
    vth = i64([np.full(p.size, p.vth) for p in pops])
    bias = i64([p.effective_bias for p in pops])
    return Prepared(
        n_neurons=n, du=du, dv=dv, vth=vth << 6, bias=bias,
        once=_fire_once(n, du, dv, vth, bias, pre, post, val, delay, chan),
        out_ptr=out_ptr,
        syn_post=post[order], syn_val=val[order], syn_delay=delay[order], syn_chan=chan[order],
        chan_post=i64(chan_post), chan_shift=i64(chan_shift),
        ring=circuit.max_delay + 2,
        source_base=source_base,
    )


def _fire_once(n, du, dv, vth, bias, pre, post, val, delay, chan) -> np.ndarray:
    """bool[n]: neurons proven to fire at most once in any run whose input neurons
    each spike at most once; after its spike such a neuron's state cannot matter.

    Sufficient conditions (a greatest fixed point): integrate-and-hold (``du = 4095``,
    ``dv = 0``, no bias), one inhibitory self-synapse of delay 0 (exponent >= 0), every
    other input excitatory from a source or from a neuron of the set, and
    ``inhibition + all other input <= vth`` with no 24-bit wrap or clip on the way.
    Then, by induction over steps, after its first spike ``v <= 64 * vth`` forever.
    """
    is_neuron = pre < n
    self_syn = is_neuron & (pre == post) & (delay == 0) & (chan < 0) & (val < 0)
    inh = np.zeros(n, np.int64)
    np.add.at(inh, post[self_syn], val[self_syn])
    other = ~self_syn
    pos = np.zeros(n, np.int64)
    np.add.at(pos, post[other], np.maximum(val[other], 0))
    bad = np.zeros(n, bool)
    bad[post[other & ((val < 0) | (chan >= 0))]] = True
    ok = (du == 4095) & (dv == 0) & (bias == 0) & (inh < 0) & ~bad & (inh + pos <= vth)
    ok &= 64 * (pos - inh) < 2**23
    ok &= np.bincount(post[self_syn], minlength=n) == 1
    while True:  # every neuron input must itself be fire-once
        src_ok = np.ones(len(pre), bool)
        src_ok[is_neuron] = ok[pre[is_neuron]]
        drop = np.zeros(n, bool)
        drop[post[other & ~src_ok]] = True
        new = ok & ~drop
        if np.array_equal(new, ok):
            return ok
        ok = new


@numba.njit(cache=True)
def _kernel(n, du, dv, vth, bias, out_ptr, syn_post, syn_val, syn_delay, syn_chan,
            chan_post, chan_shift, ring, src_step, src_pre, max_steps,
            ev_cap, rec_cap, once):  # pragma: no cover - compiled
    """Returns (rec_t, rec_n, steps_run, n_events, overflow); overflow 1: the event
    pool, 2: the spike record was too small (the caller retries with more room)."""
    M = np.int64(1) << 23
    u = np.zeros(n, np.int64)
    v = np.zeros(n, np.int64)
    a_in = np.zeros(n, np.int64)
    flag = np.zeros(n, np.uint8)
    dead = np.zeros(n, np.uint8)  # fired fire-once neurons: their input cannot matter
    upd = np.empty(n, np.int64)
    active = np.empty(n, np.int64)
    n_active = 0
    for i in range(n):
        if bias[i] != 0:
            active[n_active] = i
            n_active += 1
    spk = np.empty(n + len(out_ptr), np.int64)
    ev_post = np.empty(ev_cap, np.int32)
    ev_val = np.empty(ev_cap, np.int64)
    ev_next = np.empty(ev_cap, np.int32)
    n_ev = 0  # slots of the pool ever used
    free = -1
    head = np.full(ring, -1, np.int32)
    pending = 0
    n_chan = len(chan_post)
    scratch = np.zeros(n_chan * 64, np.int64)
    sflag = np.zeros(n_chan * 64, np.uint8)
    stouch = np.empty(n_chan * 64, np.int64)
    rec_t = np.empty(rec_cap, np.int64)
    rec_n = np.empty(rec_cap, np.int64)
    n_rec = 0
    n_events = 0
    sp = 0
    steps_run = max_steps
    for t in range(max_steps):
        slot = t % ring
        n_upd = 0
        e = head[slot]
        head[slot] = -1
        while e != -1:
            i = ev_post[e]
            a_in[i] += ev_val[e]
            if flag[i] == 0 and dead[i] == 0:
                flag[i] = 1
                upd[n_upd] = i
                n_upd += 1
            nxt = ev_next[e]
            ev_next[e] = free
            free = e
            e = nxt
            pending -= 1
        for k in range(n_active):
            i = active[k]
            if flag[i] == 0:
                flag[i] = 1
                upd[n_upd] = i
                n_upd += 1
        n_active = 0
        n_spk = 0
        while sp < len(src_step) and src_step[sp] == t:
            spk[n_spk] = src_pre[sp]
            n_spk += 1
            sp += 1
        for k in range(n_upd):
            i = upd[k]
            flag[i] = 0
            x = u[i] * (4096 - (du[i] + 1))
            un = (x >> 12) if x >= 0 else -((-x) >> 12)
            un += a_in[i] << 6
            a_in[i] = 0
            if un > M:
                un -= 2 * M
            elif un <= -M:
                un += 2 * M
            y = v[i] * (4096 - dv[i])
            vn = (y >> 12) if y >= 0 else -((-y) >> 12)
            vn += un + bias[i]
            if vn > M - 1:
                vn = M - 1
            elif vn < -M + 1:
                vn = -M + 1
            if vn > vth[i]:
                vn = 0
                if once[i]:
                    dead[i] = 1
                spk[n_spk] = i
                n_spk += 1
                if n_rec == rec_cap:
                    return rec_t, rec_n, t, n_events, 2
                rec_t[n_rec] = t
                rec_n[n_rec] = i
                n_rec += 1
            u[i] = un
            v[i] = vn
            # at rest: with no input the next step leaves v unchanged and cannot spike
            # (a current that decays fully, du = 4095, is gone by then)
            if not ((un == 0 or du[i] == 4095) and bias[i] == 0 and (vn == 0 or dv[i] == 0)):
                active[n_active] = i
                n_active += 1
        n_touch = 0
        for k in range(n_spk):
            p = spk[k]
            for s in range(out_ptr[p], out_ptr[p + 1]):
                n_events += 1
                c = syn_chan[s]
                if c >= 0:
                    key = c * 64 + syn_delay[s]
                    if sflag[key] == 0:
                        sflag[key] = 1
                        stouch[n_touch] = key
                        n_touch += 1
                    scratch[key] += syn_val[s]
                    continue
                if dead[syn_post[s]]:
                    continue  # counted as an event; it cannot change the raster
                if free == -1:
                    if n_ev == ev_cap:
                        return rec_t, rec_n, t, n_events, 1
                    e = n_ev
                    n_ev += 1
                else:
                    e = free
                    free = ev_next[e]
                b = (t + 1 + syn_delay[s]) % ring
                ev_post[e] = syn_post[s]
                ev_val[e] = syn_val[s]
                ev_next[e] = head[b]
                head[b] = e
                pending += 1
        for k in range(n_touch):
            key = stouch[k]
            c = key // 64
            d = key - c * 64
            val = scratch[key] >> chan_shift[c]  # arithmetic shift: floor, as numpy's right_shift
            scratch[key] = 0
            sflag[key] = 0
            if free == -1:
                if n_ev == ev_cap:
                    return rec_t, rec_n, t, n_events, 1
                e = n_ev
                n_ev += 1
            else:
                e = free
                free = ev_next[e]
            b = (t + 1 + d) % ring
            ev_post[e] = chan_post[c]
            ev_val[e] = val
            ev_next[e] = head[b]
            head[b] = e
            pending += 1
        if pending == 0 and n_active == 0 and sp == len(src_step):
            steps_run = t + 1
            break
    return rec_t[:n_rec], rec_n[:n_rec], steps_run, n_events, 0


def source_spikes(prep: Prepared, circuit: Circuit) -> tuple[np.ndarray, np.ndarray]:
    """(step, global pre index) of every input spike, sorted by step."""
    steps = [s.step for s in circuit.sources] + [np.zeros(0, np.int64)]
    pres = [prep.source_base[s.name] + s.neuron for s in circuit.sources] + [np.zeros(0, np.int64)]
    step, pre = np.concatenate(steps), np.concatenate(pres)
    order = np.argsort(step, kind="stable")
    return np.ascontiguousarray(step[order]), np.ascontiguousarray(pre[order])


def run_prepared(prep: Prepared, circuit: Circuit, max_steps: int) -> Raster:
    """Run ``circuit`` (whose structure ``prep`` was made from) with its input spikes."""
    src_step, src_pre = source_spikes(prep, circuit)
    ev_cap = len(prep.syn_post) + 1024
    rec_cap = 2 * prep.n_neurons + len(src_step) + 1024
    # the fire-once proof assumes each input neuron spikes at most once
    once = prep.once if len(np.unique(src_pre)) == len(src_pre) else np.zeros_like(prep.once)
    while True:
        t, i, steps_run, n_events, overflow = _kernel(
            np.int64(prep.n_neurons), prep.du, prep.dv, prep.vth, prep.bias, prep.out_ptr,
            prep.syn_post, prep.syn_val, prep.syn_delay, prep.syn_chan, prep.chan_post,
            prep.chan_shift, np.int64(prep.ring), src_step, src_pre, np.int64(max_steps),
            np.int64(ev_cap), np.int64(rec_cap), once,
        )
        if overflow == 0:
            break
        # deterministic, so a rerun with more room gives the same spikes
        if overflow == 1:
            ev_cap *= 4
        else:
            rec_cap *= 4
    t, i = _sort_spikes(t, i, np.int64(prep.n_neurons), np.int64(steps_run + 1))
    return Raster.from_spikes(prep.n_neurons, steps_run, t, i, backend="numba",
                              synaptic_events=n_events, presorted=True)


@numba.njit(cache=True)
def _sort_spikes(step, neuron, n, n_steps):  # pragma: no cover - compiled
    """Order spikes by (step, neuron): two stable counting sorts, O(spikes + n + steps)."""
    k = len(step)
    cnt = np.zeros(n + 1, np.int64)
    for j in range(k):
        cnt[neuron[j] + 1] += 1
    for i in range(n):
        cnt[i + 1] += cnt[i]
    s1 = np.empty(k, np.int64)
    n1 = np.empty(k, np.int64)
    for j in range(k):
        p = cnt[neuron[j]]
        cnt[neuron[j]] += 1
        s1[p] = step[j]
        n1[p] = neuron[j]
    cnt2 = np.zeros(n_steps + 1, np.int64)
    for j in range(k):
        cnt2[s1[j] + 1] += 1
    for i in range(n_steps):
        cnt2[i + 1] += cnt2[i]
    s2 = np.empty(k, np.int64)
    n2 = np.empty(k, np.int64)
    for j in range(k):
        p = cnt2[s1[j]]
        cnt2[s1[j]] += 1
        s2[p] = s1[j]
        n2[p] = n1[j]
    return s2, n2


_CACHE: dict[int, tuple] = {}


def run(circuit: Circuit, max_steps: int) -> Raster:
    """Prepare (cached per network structure) and run."""
    key = id(circuit.connections)
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not circuit.connections or hit[1] is not circuit.populations:
        if len(_CACHE) >= 8:
            _CACHE.pop(next(iter(_CACHE)))
        hit = (circuit.connections, circuit.populations, tuple(s.name for s in circuit.sources), prepare(circuit))
        _CACHE[key] = hit
    return run_prepared(hit[3], circuit, max_steps)
