"""One circuit, one raster: numba, Brian2 and Lava agree spike for spike.

Lava and Brian2 take seconds to start, so several small circuits are batched into one
run with ``spiking.union`` and the raster is compared as a whole.
"""
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import spiking
from hypergraph.synthetic import layered
from spiking.reference import simulate
from strategies_spiking import circuits


def _query_batch(seeds, n_edges=30, max_cost=40):
    cs = []
    for s in seeds:
        g = layered(n_edges, seed=s, max_cost=max_cost)
        srcs = g.sources if len(g.sources) else [0]
        cs.append(spiking.compile(g.incidence, srcs))
    return spiking.union(cs)[0], cs


@pytest.mark.slow
def test_brian2_raster_equals_numba_on_compiled_queries():
    u, _ = _query_batch(range(4))
    steps = 400
    fast = spiking.run(u, "numba", max_steps=steps)
    b2 = spiking.run(u, "brian2", max_steps=steps)
    assert fast.n_spikes > 20
    assert b2.same_spikes(fast)


@pytest.mark.slow
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(circuits(max_size=4), min_size=3, max_size=3))
def test_brian2_raster_equals_reference_on_generic_circuits(cs):
    u, _ = spiking.union(cs)
    assert spiking.run(u, "brian2", max_steps=30, chunk=8).same_spikes(simulate(u, 30))


@pytest.mark.slow
def test_lava_raster_equals_numba_on_compiled_queries():
    u, _ = _query_batch(range(10, 13), n_edges=16, max_cost=35)
    fast = spiking.run(u, "numba", max_steps=150)
    lava = spiking.run(u, "lava", max_steps=150, chunk=150)
    assert fast.n_spikes > 20
    assert lava.same_spikes(fast)


@pytest.mark.slow
@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(circuits(max_size=4), min_size=4, max_size=4))
def test_lava_raster_equals_reference_on_generic_circuits(cs):
    u, _ = spiking.union(cs)
    # chunk 13 < 25 steps: the source buffers are rewritten between chunks
    assert spiking.run(u, "lava", max_steps=25, chunk=13).same_spikes(simulate(u, 25))


def test_importing_spiking_loads_neither_brian2_nor_lava():
    code = (
        "import sys, spiking\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('brian2', 'lava', 'matplotlib')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_lava_fix_makes_var_model_importable_without_editing_files():
    code = (
        "from spiking import lava_fix\n"
        "lava_fix.install()\n"
        "import lava.magma.compiler.var_model as vm\n"
        "assert vm.ByteEncoder.__hash__ is not None\n"
        "assert vm.CoreEncoder().x == vm.ByteEncoder()\n"
        "import inspect; src = inspect.getsource(vm)\n"
        "assert '@dataclass\\nclass ByteEncoder' in src  # the file on disk is untouched\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


#: Plain Lava, as its tutorials write it: a LIF neuron driven by its bias, recorded by a
#: sink. Nothing of ours is called but ``import spiking``.
PLAIN_LAVA = """
import numpy as np
import spiking  # installs spiking.lava_fix
from lava.magma.core.run_conditions import RunSteps
from lava.magma.core.run_configs import Loihi2SimCfg
from lava.proc.dense.process import Dense
from lava.proc.io.sink import RingBuffer
from lava.proc.lif.process import LIF

lif = LIF(shape=(1,), du=4095, dv=0, vth=10, bias_mant=3, bias_exp=6)
dense = Dense(weights=np.eye(1))
sink = RingBuffer(shape=(1,), buffer=STEPS)
lif.s_out.connect(dense.s_in)
dense.a_out.connect(sink.a_in)
lif.run(condition=RunSteps(num_steps=STEPS), run_cfg=Loihi2SimCfg(select_tag="fixed_pt"))
data = sink.data.get()
lif.stop()
print("SPIKES", int(np.count_nonzero(data)))
"""


def test_plain_lava_runs_after_importing_spiking():
    """The fix is public and automatic: plain Lava code runs a process after ``import spiking``,
    and fails as Lava 0.10 does on Python 3.11 without it (so the test sees the fix at work)."""
    steps = 30
    code = PLAIN_LAVA.replace("STEPS", str(steps))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    # bias 3 << 6 = 192 per step into v (dv=0: no leak), threshold 10 << 6 = 640: a spike every 4th step
    spikes = int(done.stdout.split("SPIKES")[-1])
    assert steps // 5 <= spikes <= steps // 3, done.stdout
    without = subprocess.run([sys.executable, "-c", code.replace("import spiking  #", "#")],
                             capture_output=True, text=True, timeout=300)
    assert without.returncode != 0 and "ByteEncoder" in without.stderr + without.stdout


def test_missing_backend_is_a_clear_error(monkeypatch):
    import builtins

    real = builtins.__import__

    def no_brian2(name, *a, **k):
        if name == "brian2" or name.startswith("brian2."):
            raise ImportError("No module named 'brian2'")
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", no_brian2)
    monkeypatch.delitem(sys.modules, "brian2", raising=False)
    u, _ = _query_batch([1])
    with pytest.raises(spiking.BackendUnavailableError, match="needs Brian2"):
        spiking.run(u, "brian2", max_steps=5)


def test_lava_hardware_path_says_what_is_missing():
    from spiking.backends import lava_backend

    if lava_backend.loihi2_available():  # pragma: no cover - only on Loihi machines
        pytest.skip("a Loihi 2 runtime is installed here")
    u, _ = _query_batch([1])
    with pytest.raises(spiking.BackendUnavailableError, match="Loihi 2 runtime"):
        spiking.run(u, "lava", max_steps=5, hardware=True)


@pytest.mark.slow
@pytest.mark.parametrize("method", ["spawn", "fork"])
def test_lava_runs_after_something_fixed_the_start_method(method):
    # Lava's multiprocessing module calls set_start_method('fork') at import, which
    # raises "context has already been set" if the method was fixed before (by anyone)
    code = (
        "import multiprocessing as mp\n"
        f"mp.set_start_method({method!r})\n"
        "import spiking\n"
        "from hypergraph.synthetic import layered\n"
        "g = layered(12, seed=11, max_cost=3)\n"
        "c = spiking.compile(g.incidence, g.sources if len(g.sources) else [0])\n"
        "steps = spiking.horizon(c)\n"
        "lava = spiking.run(c, 'lava', max_steps=steps)\n"
        "assert lava.same_spikes(spiking.run(c, 'numba', max_steps=steps)) and lava.n_spikes > 0\n"
        "assert mp.get_start_method() == 'fork'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=300)
