"""Brian2 backend: the same integer arithmetic as Lava's bit-accurate LIF, written in
Brian2's abstract code. Runtime mode (numpy code generation) by default;
``target="cpp_standalone"`` generates, compiles (g++/make) and runs a C++ project in a
fresh temporary directory per run (see :func:`run_standalone`).

Time: Brian2's step ``i`` (``t = i * dt``) is the circuit's step ``i``; nothing to
remove. Each population is a ``NeuronGroup`` with int64 ``u``, ``v``, ``a_in`` whose
update runs in the ``groups`` slot; a synapse with delay ``d`` adds its weight to
``a_in`` in the ``synapses`` slot of step ``s + d`` and the next step consumes it, so
a spike of step ``s`` lands at ``s + 1 + d`` as on Loihi. Connections with a negative
weight exponent keep one accumulator per delay, shifted (floor division) before use.

Brian2 is imported only when this backend is used.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading

import numpy as np

from spiking.errors import BackendUnavailableError, CircuitError
from spiking.ir import Circuit
from spiking.raster import Raster

__all__ = ["Brian2Simulator", "run", "run_standalone", "import_brian2", "STANDALONE"]

#: The ``target`` that selects Brian2's C++ standalone device.
STANDALONE = "cpp_standalone"
#: Default seconds allowed to compile, and separately to run, one standalone project.
STANDALONE_TIMEOUT_S = 600.0
# Brian2's device is process-global: one standalone build at a time.
_STANDALONE_LOCK = threading.Lock()


def import_brian2():
    """Import Brian2 or raise :class:`BackendUnavailableError` saying how to get it."""
    try:
        import brian2
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise BackendUnavailableError(
            f"the 'brian2' backend needs Brian2 (pip install 'oracle-hypergraph[brian2]'): {err}"
        ) from err
    return brian2


class Brian2Simulator:
    """A Brian2 network built once for a circuit's structure; runs take new inputs.

    ``chunk``: steps between quiescence checks (at least ``max_delay + 2``).
    """

    def __init__(self, circuit: Circuit, target: str = "numpy", chunk: int = 128):
        if target == STANDALONE:
            raise CircuitError(
                "a C++ standalone network is compiled for one run and cannot be reused: "
                "use brian2_backend.run(circuit, max_steps, target='cpp_standalone')"
            )
        b2 = import_brian2()
        b2.prefs.codegen.target = target
        self._build(b2, circuit, chunk)
        self.net.store("built")

    def _build(self, b2, circuit: Circuit, chunk: int, inputs: bool = False) -> None:
        """The network, on the active Brian2 device. ``inputs``: give the sources
        ``circuit``'s spikes now (standalone: no ``set_spikes`` between builds)."""
        self.b2 = b2
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
            idx, when = (s.neuron, s.step) if inputs else (np.zeros(0, int), np.zeros(0))
            sg = b2.SpikeGeneratorGroup(s.size, idx, when * dt, name=_safe(f"src_{s.name}"))
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
        return self._raster(max_steps, done)

    def _raster(self, max_steps: int, done: int) -> Raster:
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


def run(circuit: Circuit, max_steps: int, target: str = "numpy", chunk: int = 128,
        timeout_s: float = STANDALONE_TIMEOUT_S) -> Raster:
    """Build a Brian2 network for ``circuit`` and run it (``timeout_s``: standalone only)."""
    if target == STANDALONE:
        return run_standalone(circuit, max_steps, timeout_s=timeout_s)
    return Brian2Simulator(circuit, target=target, chunk=chunk).run(circuit, max_steps)


def make_jobs(args) -> list[str]:
    """Brian2's extra make arguments with parallelism bounded by the cores this process may
    use (Brian2's default ``-j`` alone starts a compiler per file: about a hundred).

    >>> make_jobs(["-j"]) == [f"-j{usable_cores()}"]
    True
    >>> make_jobs(["-j", "64", "-k"])[-1] == f"-j{min(64, usable_cores())}"
    True
    """
    args, out, jobs = list(args), [], usable_cores()
    k = 0
    while k < len(args):
        a = str(args[k])
        if a in ("-j", "--jobs"):
            if k + 1 < len(args) and str(args[k + 1]).isdigit():
                jobs = min(jobs, max(1, int(args[k + 1])))
                k += 1
        elif a.startswith("-j") and a[2:].isdigit():
            jobs = min(jobs, max(1, int(a[2:])))
        elif a.startswith("--jobs="):
            if a[7:].isdigit():
                jobs = min(jobs, max(1, int(a[7:])))
        else:
            out.append(a)
        k += 1
    return out + [f"-j{jobs}"]


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _compiler_problem() -> str | None:
    """Why a standalone project cannot be built here, or None."""
    cxx = os.environ.get("CXX", "g++").split()
    if not cxx or shutil.which(cxx[0]) is None:
        return f"no C++ compiler: {cxx[0] if cxx else '$CXX'!r} is not on PATH (install g++ or set CXX)"
    if shutil.which("make") is None:
        return "'make' is not on PATH"
    return None


def _tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def run_standalone(circuit: Circuit, max_steps: int, timeout_s: float = STANDALONE_TIMEOUT_S) -> Raster:
    """Run ``circuit`` for exactly ``max_steps`` steps on Brian2's C++ standalone device.

    The network is the runtime mode's (same abstract code, so the same integer
    arithmetic), written as a C++ project into a fresh temporary directory, compiled
    with ``make`` (``$CXX``, default g++) and run once; the directory is removed and
    Brian2 is put back on the runtime device afterwards, whatever happened. No
    quiescence check (the binary runs all ``max_steps``), so ``steps_run ==
    max_steps``. Compiling and running are each bounded by ``timeout_s`` seconds.
    A missing compiler or a failed or timed-out build raises
    :class:`BackendUnavailableError` with the compiler's message; a run that exceeds
    ``timeout_s`` raises :class:`TimeoutError`.
    """
    if not timeout_s > 0:
        raise CircuitError(f"timeout_s must be > 0, got {timeout_s!r}")
    b2 = import_brian2()
    problem = _compiler_problem()
    if problem:
        raise BackendUnavailableError(f"the 'brian2' backend's C++ standalone mode cannot build here: {problem}")
    if max_steps == 0:  # nothing to simulate: no project to build
        return Raster.from_spikes(circuit.n_neurons, 0, np.zeros(0, np.int64), np.zeros(0, np.int64), backend="brian2")
    from brian2.devices import device_module

    with _STANDALONE_LOCK:
        tmp = tempfile.mkdtemp(prefix="spiking_brian2_standalone_")
        prefs = b2.prefs.devices.cpp_standalone
        old_run_cmd = prefs.run_cmd_unix
        try:
            b2.set_device(STANDALONE, directory=tmp, build_on_run=True, compile=False, run=False)
            sim = Brian2Simulator.__new__(Brian2Simulator)
            sim._build(b2, circuit, chunk=1, inputs=True)
            sim.net.run(max_steps * sim.dt, namespace={})  # writes the project only
            device = device_module.get_device()
            make = [prefs.make_cmd_unix] + make_jobs(prefs.extra_make_args_unix)
            # make in its own process group, so a timeout stops the compilers too
            proc = subprocess.Popen(make, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True, start_new_session=True)
            try:
                stdout, stderr = proc.communicate(timeout=timeout_s)
            except subprocess.TimeoutExpired as err:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.communicate()
                raise BackendUnavailableError(
                    f"the 'brian2' backend's C++ standalone build took more than {timeout_s:g} s "
                    f"(compiler {os.environ.get('CXX', 'g++')!r}); raise timeout_s or use the runtime mode"
                ) from err
            if proc.returncode != 0:
                raise BackendUnavailableError(
                    "the 'brian2' backend's C++ standalone build failed "
                    f"(compiler {os.environ.get('CXX', 'g++')!r}, make exit {proc.returncode}):\n"
                    + _tail(stderr or stdout)
                )
            # the binary, bounded by coreutils' timeout where it exists (exit 124)
            if shutil.which("timeout"):
                prefs.run_cmd_unix = ["timeout", "-k", "5", f"{timeout_s:g}", "./main"]
            try:
                device.run(directory=tmp, with_output=False, run_args=[])
            except RuntimeError as err:
                log = os.path.join(device.results_dir, "stdout.txt")
                text = open(log).read() if os.path.exists(log) else ""
                raise TimeoutError(
                    f"the 'brian2' C++ standalone run of {max_steps} steps failed or took more than "
                    f"{timeout_s:g} s: {err}" + (f"\n{_tail(text)}" if text.strip() else "")
                ) from err
            return sim._raster(max_steps, max_steps)
        finally:
            prefs.run_cmd_unix = old_run_cmd
            try:
                device_module.get_device().reinit()
                if device_module.get_device() is not device_module.runtime_device:
                    device_module.reset_device()  # back to the device before set_device (runtime)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
