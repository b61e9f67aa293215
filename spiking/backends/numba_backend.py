"""The fast default backend: an event-driven, exact simulation of the fixed-point LIF.

A neuron is updated at a step only if input arrives for it or it is not at rest
(``u != 0`` with a current decay, a bias, or ``v != 0`` with a leak); a neuron at
rest with no input keeps its state bit for bit, so skipping it changes nothing.
Spikes travel as events in a ring of ``max_delay + 2`` slots, each slot a chain of
64-event chunks (read in order, so memory is touched sequentially). Connections with
a negative weight exponent sum their weights per (post, delay) within a step before
the arithmetic right shift, exactly as Lava does. Neurons proven to fire at most once
ignore input after their spike (it cannot change the raster). The run stops at
``max_steps`` or as soon as nothing is pending, nothing is active and no input spike
is left (the circuit is quiescent: every later step of the raster is empty).

Per query nothing is allocated but the answer: a prepared network keeps its neuron
table, event pool and spike record between runs (cached per network structure), and
each run resets only the neurons the previous run touched. That workspace is shared, so
a run holds its network's lock from the first kernel call until its spikes are copied
out: threads running one network take turns, and each gets its own answer.

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

import threading
from dataclasses import dataclass, field

import numba
import numpy as np

from spiking.ir import Circuit
from spiking.raster import Raster

__all__ = ["Prepared", "prepare", "run"]

CHUNK = 64  # events per chunk of an event slot
# the neuron table, int32[n, 4] (16 bytes a neuron): state, and META = flag bits | population << 8
U, V, A_IN, META = range(4)
# META bits: run state (cleared between runs), then constants
LISTED, DEAD, TOUCHED, ONCE, BIASED = 1, 2, 4, 8, 16
RUN_BITS = LISTED | DEAD | TOUCHED
# the population table, int64[n_populations, 3]
FU, FV, VTH = range(3)


class Workspace:
    """Scratch arrays of one prepared network, reused by its runs (mutable; private).

    ``meta[0]``: neurons touched by the last run (``touched[:meta[0]]``), reset at the
    start of the next; ``meta[1]``: channel accumulators the last run may have left.
    """

    def __init__(self, n: int, n_pre: int, ring: int, n_chan: int, chunks: int, rec_cap: int):
        self.touched = np.zeros(n, np.int64)
        self.meta = np.zeros(2, np.int64)
        self.upd = np.zeros(n, np.int64)
        self.active = np.zeros(n, np.int64)
        self.spk = np.zeros(n_pre, np.int64)
        self.head = np.full(ring, -1, np.int64)
        self.tail = np.full(ring, -1, np.int64)
        self.fill = np.zeros(ring, np.int64)
        self.scratch = np.zeros(n_chan * 64, np.int64)
        self.sflag = np.zeros(n_chan * 64, np.uint8)
        self.stouch = np.zeros(n_chan * 64, np.int64)
        self.cnt = np.zeros(n + 1, np.int64)
        self.grow(chunks, rec_cap)

    def grow(self, chunks: int, rec_cap: int) -> None:
        self.chunk_next = np.zeros(chunks, np.int64)
        self.ev_post = np.zeros(chunks * CHUNK, np.int32)
        self.ev_val = np.zeros(chunks * CHUNK, np.int32)
        self.rec_t = np.zeros(rec_cap, np.int64)
        self.rec_n = np.zeros(rec_cap, np.int64)
        self.order, self.blk, self.cur, self.out = (np.zeros(rec_cap, np.int64) for _ in range(4))


@dataclass(frozen=True, eq=False)
class Prepared:
    """Flat arrays of a circuit's structure (everything except the input spikes),
    and the workspace its runs reuse (``table`` holds the neurons' run state)."""

    n_neurons: int
    table: np.ndarray
    pop_table: np.ndarray
    bias: np.ndarray
    bias_idx: np.ndarray
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
    work: Workspace
    lock: threading.Lock = field(default_factory=threading.Lock)  # held while a run uses ``work``


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
    once = _fire_once(n, du, dv, vth, bias, pre, post, val, delay, chan)
    pop_of = np.repeat(np.arange(len(pops), dtype=np.int64), [p.size for p in pops])
    table = np.zeros((n, 4), np.int32)
    table[:, META] = np.where(once, ONCE, 0) | np.where(bias != 0, BIASED, 0) | (pop_of << 8)
    pop_table = np.array([[4096 - (p.du + 1), 4096 - p.dv, p.vth << 6] for p in pops], np.int64).reshape(-1, 3)
    ring = circuit.max_delay + 2
    chunks = len(post) // CHUNK + 2 * ring + 16
    return Prepared(
        n_neurons=n, table=table, pop_table=pop_table, bias=bias, bias_idx=np.flatnonzero(bias).astype(np.int64),
        once=once,
        out_ptr=out_ptr,
        syn_post=post[order].astype(np.int32), syn_val=val[order].astype(np.int32),
        syn_delay=delay[order], syn_chan=chan[order] if n_chan else np.zeros(0, np.int64),
        chan_post=i64(chan_post), chan_shift=i64(chan_shift),
        ring=ring, source_base=source_base,
        work=Workspace(n, base, ring, n_chan, chunks, 2 * n + 1024),
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
def _new_chunk(b, head, tail, fill, chunk_next, pool):  # pragma: no cover - compiled
    """Append a chunk to slot ``b`` (``pool``: [free list head, chunks used]); -1: full."""
    c = pool[0]
    if c != -1:
        pool[0] = chunk_next[c]
    elif pool[1] < len(chunk_next):
        c = pool[1]
        pool[1] += 1
    else:
        return -1
    chunk_next[c] = -1
    if tail[b] == -1:
        head[b] = c
    else:
        chunk_next[tail[b]] = c
    tail[b] = c
    fill[b] = 0
    return c


@numba.njit(cache=True)
def _kernel(tab, pop_tab, bias_of, out_ptr, syn_post, syn_val, syn_delay, syn_chan, chan_post, chan_shift,
            bias_idx, src_step, src_pre, max_steps, use_once,
            touched, meta, upd, active, spk, head, tail, fill, chunk_next, ev_post, ev_val,
            scratch, sflag, stouch, rec_t, rec_n, cnt, order, blk, cur, out):  # pragma: no cover - compiled
    """Returns (spikes recorded, steps_run, n_events, overflow); overflow 1: the event
    pool, 2: the spike record was too small (the caller grows it and runs again).
    Spikes are recorded in ``rec_t``/``rec_n`` sorted by (step, neuron)."""
    M = np.int64(1) << 23
    ring = len(head)
    # undo what the previous run changed
    for k in range(meta[0]):
        i = touched[k]
        tab[i, U] = 0
        tab[i, V] = 0
        tab[i, A_IN] = 0
        tab[i, META] &= ~RUN_BITS
    for k in range(meta[1]):
        scratch[stouch[k]] = 0
        sflag[stouch[k]] = 0
    meta[0] = 0
    meta[1] = 0
    for b in range(ring):
        head[b] = -1
        tail[b] = -1
        fill[b] = 0
    pool = np.array([-1, 0], np.int64)  # free chunk list, chunks used
    has_chan = len(chan_post) > 0
    n_touched = 0
    n_active = 0
    for k in range(len(bias_idx)):
        active[n_active] = bias_idx[k]
        n_active += 1
    pending = 0
    n_rec = 0
    n_events = 0
    sp = 0
    steps_run = max_steps
    n_upd = 0  # neurons listed for the next step by delay-0 input (added to a_in directly)
    for t in range(max_steps):
        slot = t % ring
        c = head[slot]
        while c != -1:
            in_chunk = fill[slot] if c == tail[slot] else CHUNK
            for j in range(c * CHUNK, c * CHUNK + in_chunk):
                i = ev_post[j]
                f = tab[i, META]
                if f & DEAD:
                    continue  # a fired fire-once neuron: its input cannot matter
                tab[i, A_IN] += ev_val[j]
                if f & LISTED == 0:
                    tab[i, META] = f | LISTED | TOUCHED
                    upd[n_upd] = i
                    n_upd += 1
                    if f & TOUCHED == 0:
                        touched[n_touched] = i
                        n_touched += 1
            pending -= in_chunk
            nxt = chunk_next[c]
            chunk_next[c] = pool[0]
            pool[0] = c
            c = nxt
        head[slot] = -1
        tail[slot] = -1
        for k in range(n_active):
            i = active[k]
            f = tab[i, META]
            if f & LISTED == 0:
                tab[i, META] = f | LISTED | TOUCHED
                upd[n_upd] = i
                n_upd += 1
                if f & TOUCHED == 0:
                    touched[n_touched] = i
                    n_touched += 1
        n_active = 0
        n_spk = 0
        while sp < len(src_step) and src_step[sp] == t:
            spk[n_spk] = src_pre[sp]
            n_spk += 1
            sp += 1
        first = n_rec
        n_now = n_upd
        n_upd = 0  # the update loop below is the last reader of this step's list
        for k in range(n_now):
            i = upd[k]
            f = tab[i, META]
            pop = f >> 8
            fu = pop_tab[pop, FU]
            fv = pop_tab[pop, FV]
            bias = bias_of[i] if f & BIASED else 0
            x = np.int64(tab[i, U]) * fu
            un = (x >> 12) if x >= 0 else -((-x) >> 12)
            un += np.int64(tab[i, A_IN]) << 6
            tab[i, A_IN] = 0
            if un > M:
                un -= 2 * M
            elif un <= -M:
                un += 2 * M
            y = np.int64(tab[i, V]) * fv
            vn = (y >> 12) if y >= 0 else -((-y) >> 12)
            vn += un + bias
            if vn > M - 1:
                vn = M - 1
            elif vn < -M + 1:
                vn = -M + 1
            f &= ~LISTED
            if vn > pop_tab[pop, VTH]:
                vn = 0
                if use_once and f & ONCE:
                    f |= DEAD
                spk[n_spk] = i
                n_spk += 1
                if n_rec == len(rec_n):
                    tab[i, META] = f
                    meta[0] = n_touched
                    return n_rec, t, n_events, 2
                rec_n[n_rec] = i
                n_rec += 1
            tab[i, META] = f
            tab[i, U] = un
            tab[i, V] = vn
            # at rest: with no input the next step leaves v unchanged and cannot spike
            # (a current that decays fully, fu = 0, is gone by then)
            if not ((un == 0 or fu == 0) and bias == 0 and (vn == 0 or fv == 4096)):
                active[n_active] = i
                n_active += 1
        rec_t[first:n_rec] = t
        n_touch = 0
        for k in range(n_spk):
            p = spk[k]
            for s in range(out_ptr[p], out_ptr[p + 1]):
                n_events += 1
                if has_chan and syn_chan[s] >= 0:
                    key = syn_chan[s] * 64 + syn_delay[s]
                    if sflag[key] == 0:
                        sflag[key] = 1
                        stouch[n_touch] = key
                        n_touch += 1
                    scratch[key] += syn_val[s]
                    continue
                i = syn_post[s]
                f = tab[i, META]
                if f & DEAD:
                    continue  # counted as an event; it cannot change the raster
                if syn_delay[s] == 0:  # due next step: straight into a_in, no event
                    tab[i, A_IN] += syn_val[s]
                    if f & LISTED == 0:
                        tab[i, META] = f | LISTED | TOUCHED
                        upd[n_upd] = i
                        n_upd += 1
                        if f & TOUCHED == 0:
                            touched[n_touched] = i
                            n_touched += 1
                    continue
                b = slot + 1 + syn_delay[s]
                if b >= ring:
                    b -= ring
                c = tail[b]
                if c == -1 or fill[b] == CHUNK:
                    c = _new_chunk(b, head, tail, fill, chunk_next, pool)
                    if c == -1:
                        meta[0] = n_touched
                        meta[1] = n_touch
                        return n_rec, t, n_events, 1
                j = c * CHUNK + fill[b]
                ev_post[j] = i
                ev_val[j] = syn_val[s]
                fill[b] += 1
                pending += 1
        for k in range(n_touch):
            key = stouch[k]
            ch = key // 64
            d = key - ch * 64
            val = scratch[key] >> chan_shift[ch]  # arithmetic shift: floor, as numpy's right_shift
            scratch[key] = 0
            sflag[key] = 0
            b = slot + 1 + d
            if b >= ring:
                b -= ring
            c = tail[b]
            if c == -1 or fill[b] == CHUNK:
                c = _new_chunk(b, head, tail, fill, chunk_next, pool)
                if c == -1:
                    meta[0] = n_touched
                    meta[1] = n_touch
                    return n_rec, t, n_events, 1
            j = c * CHUNK + fill[b]
            ev_post[j] = chan_post[ch]
            ev_val[j] = val
            fill[b] += 1
            pending += 1
        if pending == 0 and n_active == 0 and n_upd == 0 and sp == len(src_step):
            steps_run = t + 1
            break
    meta[0] = n_touched
    _sort_within_steps(rec_t, rec_n, n_rec, cnt, order, blk, cur, out)
    return n_rec, steps_run, n_events, 0


@numba.njit(cache=True)
def _sort_within_steps(rec_t, rec_n, k, cnt, order, blk, cur, out):  # pragma: no cover - compiled
    """Sort spikes ``rec_*[:k]``, recorded step by step, by (step, neuron) in O(k + n):
    a stable counting sort by neuron, then each spike goes to the next free place of
    its step's block. Scratch: ``cnt`` (n + 1), ``order``, ``blk``, ``cur``, ``out`` (>= k)."""
    n = len(cnt) - 1
    cnt[:] = 0
    for j in range(k):
        cnt[rec_n[j] + 1] += 1
    for i in range(n):
        cnt[i + 1] += cnt[i]
    for j in range(k):
        order[cnt[rec_n[j]]] = j
        cnt[rec_n[j]] += 1
    b = 0
    for j in range(k):
        if rec_t[j] != rec_t[b]:
            b = j
        blk[j] = b
        cur[j] = j
    for x in range(k):
        j = order[x]
        b = blk[j]
        out[cur[b]] = rec_n[j]
        cur[b] += 1
    rec_n[:k] = out[:k]


def source_spikes(prep: Prepared, circuit: Circuit) -> tuple[np.ndarray, np.ndarray]:
    """(step, global pre index) of every input spike, sorted by step."""
    if len(circuit.sources) == 1:  # the compiled queries' case: no concatenation
        s = circuit.sources[0]
        order = np.argsort(s.step, kind="stable")
        return s.step[order], prep.source_base[s.name] + s.neuron[order]
    steps = [s.step for s in circuit.sources] + [np.zeros(0, np.int64)]
    pres = [prep.source_base[s.name] + s.neuron for s in circuit.sources] + [np.zeros(0, np.int64)]
    step, pre = np.concatenate(steps), np.concatenate(pres)
    order = np.argsort(step, kind="stable")
    return np.ascontiguousarray(step[order]), np.ascontiguousarray(pre[order])


def run_prepared(prep: Prepared, circuit: Circuit, max_steps: int) -> Raster:
    """Run ``circuit`` (whose structure ``prep`` was made from) with its input spikes."""
    src_step, src_pre = source_spikes(prep, circuit)
    # the fire-once proof assumes each input neuron spikes at most once
    use_once = len(np.unique(src_pre)) == len(src_pre)
    with prep.lock:  # the workspace is shared by every run of this network
        return _run_locked(prep, src_step, src_pre, max_steps, use_once)


def _run_locked(prep: Prepared, src_step, src_pre, max_steps: int, use_once: bool) -> Raster:
    w = prep.work
    while True:
        n_rec, steps_run, n_events, overflow = _kernel(
            prep.table, prep.pop_table, prep.bias, prep.out_ptr, prep.syn_post, prep.syn_val, prep.syn_delay, prep.syn_chan,
            prep.chan_post, prep.chan_shift, prep.bias_idx, src_step, src_pre, max_steps, use_once,
            w.touched, w.meta, w.upd, w.active, w.spk, w.head, w.tail, w.fill, w.chunk_next,
            w.ev_post, w.ev_val, w.scratch, w.sflag, w.stouch, w.rec_t, w.rec_n,
            w.cnt, w.order, w.blk, w.cur, w.out,
        )
        if overflow == 0:
            break
        # deterministic, so a rerun with more room gives the same spikes
        w.grow(len(w.chunk_next) * (4 if overflow == 1 else 1), len(w.rec_t) * (4 if overflow == 2 else 1))
    return Raster.from_spikes(prep.n_neurons, steps_run, w.rec_t[:n_rec].copy(), w.rec_n[:n_rec].copy(),
                              backend="numba", synaptic_events=n_events, presorted=True)


_CACHE: dict[int, tuple] = {}
_CACHE_SIZE = 64   # as many as the oracle keeps compiled query circuits (oracle.spiking_engine)
_CACHE_LOCK = threading.Lock()


def run(circuit: Circuit, max_steps: int) -> Raster:
    """Prepare (cached per network structure) and run."""
    key = id(circuit.connections)
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
        if hit is None or hit[0] is not circuit.connections or hit[1] is not circuit.populations:
            if len(_CACHE) >= _CACHE_SIZE:
                _CACHE.pop(next(iter(_CACHE)))
            hit = (circuit.connections, circuit.populations, tuple(s.name for s in circuit.sources), prepare(circuit))
            _CACHE[key] = hit
    return run_prepared(hit[3], circuit, max_steps)
