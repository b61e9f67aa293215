"""Brian2 backend (runtime mode, numpy code generation): the same integer arithmetic
as Lava's bit-accurate LIF, written in Brian2's abstract code.

Time: Brian2's step ``i`` (``t = i * dt``) is the circuit's step ``i``; nothing to
remove. Each population is a ``NeuronGroup`` with int64 ``u``, ``v``, ``a_in`` whose
update runs in the ``groups`` slot; a synapse with delay ``d`` adds its weight to
``a_in`` in the ``synapses`` slot of step ``s + d`` and the next step consumes it, so
a spike of step ``s`` lands at ``s + 1 + d`` as on Loihi. Connections with a negative
weight exponent keep one accumulator per delay, shifted (floor division) before use.

Brian2 is imported only when this backend is used.
"""
from __future__ import annotations

import numpy as np

from spiking.errors import BackendUnavailableError
from spiking.ir import Circuit
from spiking.raster import Raster

__all__ = ["Brian2Simulator", "run", "import_brian2"]


def import_brian2():
    """Import Brian2 or raise :class:`BackendUnavailableError` saying how to get it."""
    try:
        import brian2
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise BackendUnavailableError(
            f"the 'brian2' backend needs Brian2 (pip install 'brian2>=2.7'): {err}"
        ) from err
    return brian2


class Brian2Simulator:
    """A Brian2 network built once for a circuit's structure; runs take new inputs.

    ``chunk``: steps between quiescence checks (at least ``max_delay + 2``).
    """

    def __init__(self, circuit: Circuit, target: str = "numpy", chunk: int = 128):
        b2 = import_brian2()
        self.b2 = b2
        b2.prefs.codegen.target = target
        b2.prefs.core.default_float_dtype = np.float64
        self.circuit = circuit
        self.chunk = max(int(chunk), circuit.max_delay + 2)
        dt = b2.defaultclock.dt = 1 * b2.ms
        self.dt = dt
        self.groups, self.monitors, self.sources, objs = {}, {}, {}, []
        accs: dict[str, list[str]] = {p.name: [] for p in circuit.populations}
        chans = []  # (connection, delay, accumulator name, shift)
        for c in circuit.connections:
            if c.weight_exp < 0:
                for d in np.unique(c.delay):
                    name = f"acc{len(chans)}"
                    accs[c.post_pop].append((name, -c.weight_exp))
                    chans.append((c, int(d), name))
        for p in circuit.populations:
            if p.size == 0:
                continue
            model = "u : integer\nv : integer\na_in : integer\nbias : integer (constant)\n"
            model += "".join(f"{a} : integer\n" for a, _ in accs[p.name])
            extra = "".join(f" + 64 * ({a} // {2 ** s})" for a, s in accs[p.name])
            code = (
                f"u = int((u * {4096 - (p.du + 1)}) / 4096.0) + 64 * a_in{extra}\n"
                "u = u - 16777216 * int(u > 8388608) + 16777216 * int(u <= -8388608)\n"
                f"v = clip(int((v * {4096 - p.dv}) / 4096.0) + u + bias, -8388607, 8388607)\n"
                "a_in = 0\n" + "".join(f"{a} = 0\n" for a, _ in accs[p.name])
            )
            dtypes = {k: np.int64 for k in ["u", "v", "a_in", "bias"] + [a for a, _ in accs[p.name]]}
            g = b2.NeuronGroup(p.size, model, threshold=f"v > {p.vth << 6}", reset="v = 0",
                               dtype=dtypes, name=_safe(f"pop_{p.name}"))
            g.bias = p.effective_bias
            g.run_regularly(code, when="groups", name=_safe(f"lif_{p.name}"))
            self.groups[p.name] = g
            self.monitors[p.name] = b2.SpikeMonitor(g, name=_safe(f"mon_{p.name}"))
            objs += [g, self.monitors[p.name]]
        for s in circuit.sources:
            if s.size == 0:
                continue
            sg = b2.SpikeGeneratorGroup(s.size, np.zeros(0, int), np.zeros(0) * dt, name=_safe(f"src_{s.name}"))
            self.sources[s.name] = sg
            objs.append(sg)
        pre_of = lambda name: self.sources[name] if circuit.is_source(name) else self.groups[name]
        k = 0
        for c in circuit.connections:
            if len(c.pre) == 0:
                continue
            parts = [(c.delay >= 0, "a_in", c.weight << c.weight_exp)] if c.weight_exp >= 0 else [
                (c.delay == d, name, c.weight) for (cc, d, name) in chans if cc is c
            ]
            for sel, target_var, w in parts:
                syn = b2.Synapses(pre_of(c.pre_pop), self.groups[c.post_pop], model="w : integer",
                                  on_pre=f"{target_var}_post += w", dtype={"w": np.int64},
                                  name=f"syn{k}")
                k += 1
                syn.connect(i=c.pre[sel], j=c.post[sel])
                syn.w = w[sel]
                syn.delay = c.delay[sel] * dt
                objs.append(syn)
        self.net = b2.Network(objs)
        self.net.store("built")

    def _at_rest(self) -> bool:
        for p in self.circuit.populations:
            g = self.groups.get(p.name)
            if g is None:
                continue
            u, v, a = np.asarray(g.u[:]), np.asarray(g.v[:]), np.asarray(g.a_in[:])
            if a.any() or (p.du != 4095 and u.any()) or (p.dv != 0 and v.any()) or p.effective_bias.any():
                return False
            for var in g.variables:
                if var.startswith("acc") and np.asarray(getattr(g, var)[:]).any():
                    return False
        return True

    def run(self, circuit: Circuit, max_steps: int) -> Raster:
        """Run with ``circuit``'s input spikes (its network must be this one's)."""
        self.net.restore("built")
        last_input = -1
        for s in circuit.sources:
            if s.name in self.sources:
                self.sources[s.name].set_spikes(s.neuron, s.step * self.dt)
                if len(s.step):
                    last_input = max(last_input, int(s.step.max()))
        done = 0
        while done < max_steps:
            n = min(self.chunk, max_steps - done)
            before = sum(m.num_spikes for m in self.monitors.values())
            self.net.run(n * self.dt, namespace={})
            done += n
            after = sum(m.num_spikes for m in self.monitors.values())
            if after == before and done > last_input and n >= self.chunk and self._at_rest():
                break
        steps, neurons = [], []
        for p in self.circuit.populations:
            m = self.monitors.get(p.name)
            if m is None:
                continue
            steps.append(np.rint(np.asarray(m.t / self.dt)).astype(np.int64))
            neurons.append(self.circuit.offset(p.name) + np.asarray(m.i[:], dtype=np.int64))
        step = np.concatenate(steps + [np.zeros(0, np.int64)])
        neuron = np.concatenate(neurons + [np.zeros(0, np.int64)])
        keep = step < max_steps
        return Raster.from_spikes(self.circuit.n_neurons, done, step[keep], neuron[keep], backend="brian2")


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in name)


def run(circuit: Circuit, max_steps: int, target: str = "numpy", chunk: int = 128) -> Raster:
    """Build a Brian2 network for ``circuit`` and run it."""
    return Brian2Simulator(circuit, target=target, chunk=chunk).run(circuit, max_steps)
