"""Lava backend: ``LIF`` (bit-accurate ``PyLifModelBitAcc``), ``Sparse`` /
``DelaySparse`` and a ``RingBuffer`` spike source under ``Loihi2SimCfg(select_tag=
"fixed_pt")``; ``Loihi2HwCfg`` where the Loihi 2 runtime (lava-loihi) is installed.

Time: Lava counts steps from 1; its ``time_step`` ``k`` is the circuit's step
``k - 1`` (the one fixed latency this adapter removes). A sink ``RingBuffer`` column ``r``
is circuit step ``r``. Lava networks cannot be rerun after ``stop()``, so each run builds
its processes anew. Runs go in chunks of ``chunk`` (32) steps and stop early once a chunk
had no spike and every neuron is at rest.

Lava is imported only when this backend is used, after :mod:`spiking.lava_fix` fixes its
one Python 3.11 incompatibility.
"""
from __future__ import annotations

import numpy as np

from spiking.errors import BackendUnavailableError
from spiking.ir import Circuit
from spiking.raster import Raster

__all__ = ["run", "import_lava", "loihi2_available"]


def import_lava():
    """Import the Lava pieces we use (with the shim) or raise BackendUnavailableError."""
    from spiking import lava_fix

    lava_fix.install()
    try:
        from lava.magma.core.run_conditions import RunSteps
        from lava.magma.core.run_configs import Loihi2HwCfg, Loihi2SimCfg
        from lava.proc.dense.process import DelayDense  # noqa: F401  (import check)
        from lava.proc.io.sink import RingBuffer as Sink
        from lava.proc.io.source import RingBuffer
        from lava.proc.lif.process import LIF
        from lava.proc.sparse.process import DelaySparse, Sparse
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise BackendUnavailableError(
            "the 'lava' backend needs lava-nc 0.10 (pip install 'oracle-hypergraph[lava]', then pip install "
            f"--no-deps --ignore-requires-python lava-nc==0.10.0; see the README): {err}"
        ) from err
    return dict(RunSteps=RunSteps, Loihi2HwCfg=Loihi2HwCfg, Loihi2SimCfg=Loihi2SimCfg,
                RingBuffer=RingBuffer, Sink=Sink, LIF=LIF, DelaySparse=DelaySparse, Sparse=Sparse)


def loihi2_available() -> bool:
    """True where the Loihi 2 hardware runtime (lava-loihi) is installed."""
    import importlib.util

    return importlib.util.find_spec("lava.magma.compiler.subcompilers.nc") is not None or \
        importlib.util.find_spec("lava.utils.loihi2_profiler") is not None


def run(circuit: Circuit, max_steps: int, hardware: bool = False, chunk: int = 32) -> Raster:
    """Build the Lava processes for ``circuit``, run at most ``max_steps`` steps."""
    import scipy.sparse as sp

    lv = import_lava()
    if hardware:
        if not loihi2_available():
            raise BackendUnavailableError(
                "hardware=True needs the Loihi 2 runtime (lava-loihi, an Intel INRC package); "
                "it is not installed here. Use hardware=False for the bit-accurate CPU simulation."
            )
        run_cfg = lv["Loihi2HwCfg"]()  # pragma: no cover - needs Loihi 2
    else:
        run_cfg = lv["Loihi2SimCfg"](select_tag="fixed_pt")
    if max_steps == 0:
        return Raster.from_spikes(circuit.n_neurons, 0, [], [], backend="lava")
    chunk = max(int(chunk), circuit.max_delay + 2)
    lifs, srcs = {}, {}
    for p in circuit.populations:
        if p.size == 0:
            continue
        lifs[p.name] = lv["LIF"](shape=(p.size,), du=p.du, dv=p.dv, vth=p.vth,
                                 bias_mant=p.bias_mant.copy(), bias_exp=p.bias_exp.copy(), name=f"lif:{p.name}")
    # Sources and sinks hold one chunk of steps (Lava's ring buffers index columns by
    # (time_step - 1) % buffer); the source columns are rewritten before each chunk.
    if not lifs:
        return Raster.from_spikes(circuit.n_neurons, max_steps, [], [], backend="lava")
    # Sources and sinks hold one chunk of steps (Lava's ring buffers index columns by
    # (time_step - 1) % buffer); the source columns are rewritten before each chunk.
    sizes = {p.name: p.size for p in circuit.populations} | {s.name: s.size for s in circuit.sources}
    for c in circuit.connections:
        if len(c.pre) == 0 or c.post_pop not in lifs:
            continue
        shape = (sizes[c.post_pop], sizes[c.pre_pop])
        w = sp.csr_matrix((c.weight, (c.post, c.pre)), shape=shape)
        if c.delay.max() > 0:
            d = sp.csr_matrix((c.delay, (c.post, c.pre)), shape=shape)
            conn = lv["DelaySparse"](weights=w, delays=d, weight_exp=c.weight_exp, num_weight_bits=8)
        else:
            conn = lv["Sparse"](weights=w, weight_exp=c.weight_exp, num_weight_bits=8)
        if circuit.is_source(c.pre_pop) and c.pre_pop not in srcs:
            # only sources that feed a neuron become processes (Lava cannot set the
            # data of a process that is not part of the running network)
            srcs[c.pre_pop] = lv["RingBuffer"](data=_source_chunk(_source(circuit, c.pre_pop), 0, chunk))
        pre = srcs[c.pre_pop] if circuit.is_source(c.pre_pop) else lifs[c.pre_pop]
        pre.s_out.connect(conn.s_in)
        conn.a_out.connect(lifs[c.post_pop].a_in)
    # One sink per population records s_out (several Monitors in one network lose
    # data in Lava 0.10; ConcatPorts are not supported).
    sinks = {}
    for name, lif in lifs.items():
        sinks[name] = lv["Sink"](shape=(lif.s_out.shape[0],), buffer=chunk)
        lif.s_out.connect(sinks[name].a_in)
    # Lava runs only the processes connected to the one run() is called on: tie each
    # other connected component to the anchor with an all-zero Sparse (adds exactly 0).
    names = list(lifs)
    for root in _component_roots(circuit, names)[1:]:
        link = lv["Sparse"](weights=sp.csr_matrix((lifs[root].s_out.shape[0], lifs[names[0]].s_out.shape[0]), dtype=np.int32))
        lifs[names[0]].s_out.connect(link.s_in)
        link.a_out.connect(lifs[root].a_in)
    anchor = next(iter(lifs.values()))
    last_input = max((int(s.step.max()) for s in circuit.sources if len(s.step)), default=-1)
    done = 0
    step, neuron = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
    try:
        while done < max_steps:
            n = min(chunk, max_steps - done)
            if done:
                for s in circuit.sources:
                    if s.name in srcs and (np.any((s.step >= done - chunk) & (s.step < done + chunk))):
                        srcs[s.name].data.set(_source_chunk(s, done, chunk))
            anchor.run(condition=lv["RunSteps"](num_steps=n), run_cfg=run_cfg)
            fired = 0
            for name, k in sinks.items():
                i, t = np.nonzero(np.asarray(k.data.get())[:, :n])
                step.append(done + t.astype(np.int64))
                neuron.append(circuit.offset(name) + i.astype(np.int64))
                fired += len(i)
            done += n
            if fired == 0 and done > last_input and n >= chunk and _at_rest(circuit, lifs):
                break
        step, neuron = np.concatenate(step), np.concatenate(neuron)
    finally:
        anchor.stop()
    return Raster.from_spikes(circuit.n_neurons, done, step, neuron, backend="lava")


def _at_rest(circuit: Circuit, lifs) -> bool:
    for p in circuit.populations:
        if p.name not in lifs:
            continue
        if p.effective_bias.any():
            return False
        if p.du != 4095 and np.asarray(lifs[p.name].u.get()).any():
            return False
        if p.dv != 0 and np.asarray(lifs[p.name].v.get()).any():
            return False
    return True




def _component_roots(circuit: Circuit, names: list) -> list:
    """One population per connected component of the network (``names`` order)."""
    parent = {x: x for x in [p.name for p in circuit.populations] + [q.name for q in circuit.sources]}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for c in circuit.connections:
        if len(c.pre):
            parent[find(c.pre_pop)] = find(c.post_pop)
    roots, seen = [], set()
    for name in names:
        r = find(name)
        if r not in seen:
            seen.add(r)
            roots.append(name)
    return roots


def _source_chunk(source, start: int, chunk: int) -> np.ndarray:
    """int32[size, chunk]: the source's spikes in steps ``start .. start + chunk - 1``."""
    data = np.zeros((source.size, chunk), np.int32)
    on = (source.step >= start) & (source.step < start + chunk)
    data[source.neuron[on], source.step[on] - start] = 1
    return data


def _source(circuit: Circuit, name: str):
    return next(s for s in circuit.sources if s.name == name)
