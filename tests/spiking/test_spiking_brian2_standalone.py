"""Brian2's C++ standalone mode (``target="cpp_standalone"``): the same raster as numba
and the reference, and the runtime mode still works in the same process afterwards.

Every standalone run compiles a C++ project (tens of seconds), so the slow tests batch
several circuits into one run with ``spiking.union``.
"""
import os

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

import spiking
from hypergraph.synthetic import layered
from spiking.backends import brian2_backend
from spiking.reference import simulate
from strategies_spiking import circuits

# .ci/run installs g++ and make; elsewhere the compiling tests say why they skip
_NO_COMPILER = brian2_backend._compiler_problem()
needs_compiler = pytest.mark.skipif(_NO_COMPILER is not None, reason=f"Brian2 C++ standalone: {_NO_COMPILER}")


def _query_batch(seeds, n_edges=24, max_cost=30):
    cs = []
    for s in seeds:
        g = layered(n_edges, seed=s, max_cost=max_cost)
        cs.append(spiking.compile(g.incidence, g.sources if len(g.sources) else [0]))
    return spiking.union(cs)[0]


@pytest.fixture(scope="module")
def standalone_queries():
    u = _query_batch(range(20, 23))
    steps = 300
    return u, steps, spiking.run(u, "brian2", max_steps=steps, target="cpp_standalone")


def _no_leftover_project(before):
    import tempfile

    after = {d for d in os.listdir(tempfile.gettempdir()) if d.startswith("spiking_brian2_standalone_")}
    assert after <= before, after - before


@pytest.mark.slow
@needs_compiler
def test_standalone_raster_equals_numba_on_compiled_queries(standalone_queries):
    u, steps, sa = standalone_queries
    fast = spiking.run(u, "numba", max_steps=steps)
    assert fast.n_spikes > 20
    assert sa.same_spikes(fast)
    assert sa.backend == "brian2" and sa.steps_run == steps


@pytest.mark.slow
@needs_compiler
def test_runtime_mode_works_after_a_standalone_run(standalone_queries):
    from brian2.devices import device_module

    u, steps, sa = standalone_queries  # a standalone run has happened in this process
    assert device_module.get_device() is device_module.runtime_device
    rt = spiking.run(u, "brian2", max_steps=steps)
    assert rt.same_spikes(sa)
    # the reusable runtime simulator, too
    sim = brian2_backend.Brian2Simulator(u)
    assert sim.run(u, steps).same_spikes(sa)


@pytest.mark.slow
@needs_compiler
@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.lists(circuits(max_size=4), min_size=3, max_size=3))
def test_standalone_raster_equals_numba_and_reference_on_generic_circuits(cs):
    import tempfile

    before = {d for d in os.listdir(tempfile.gettempdir()) if d.startswith("spiking_brian2_standalone_")}
    u, _ = spiking.union(cs)
    ref = simulate(u, 30)
    assume(ref.n_spikes >= 5)  # no compile for a silent circuit
    sa = spiking.run(u, "brian2", max_steps=30, target="cpp_standalone")
    assert sa.same_spikes(spiking.run(u, "numba", max_steps=30))
    assert sa.same_spikes(ref)
    _no_leftover_project(before)


def test_standalone_without_compiler_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("CXX", "no-such-compiler-g++")
    u = _query_batch([1], n_edges=6, max_cost=3)
    with pytest.raises(spiking.BackendUnavailableError, match="no C\\+\\+ compiler: 'no-such-compiler-g\\+\\+'"):
        spiking.run(u, "brian2", max_steps=5, target="cpp_standalone")


@needs_compiler
def test_failed_standalone_build_names_the_compiler_and_restores_runtime(monkeypatch, tmp_path):
    from brian2.devices import device_module

    bad = tmp_path / "badcxx"
    bad.write_text("#!/bin/sh\necho 'badcxx: internal compiler error: simulated' >&2\nexit 1\n")
    bad.chmod(0o755)
    monkeypatch.setenv("CXX", str(bad))
    u = _query_batch([1], n_edges=6, max_cost=3)
    with pytest.raises(spiking.BackendUnavailableError, match="(?s)build failed.*badcxx.*internal compiler error"):
        spiking.run(u, "brian2", max_steps=5, target="cpp_standalone")
    assert device_module.get_device() is device_module.runtime_device
    monkeypatch.delenv("CXX")
    assert spiking.run(u, "brian2", max_steps=20).same_spikes(spiking.run(u, "numba", max_steps=20))


def test_standalone_simulator_cannot_be_reused_and_timeout_is_checked():
    u = _query_batch([1], n_edges=6, max_cost=3)
    with pytest.raises(spiking.CircuitError, match="compiled for one run"):
        brian2_backend.Brian2Simulator(u, target="cpp_standalone")
    with pytest.raises(spiking.CircuitError, match="timeout_s must be > 0"):
        spiking.run(u, "brian2", max_steps=5, target="cpp_standalone", timeout_s=0)


@needs_compiler
def test_standalone_build_is_bounded_by_timeout_s():
    from brian2.devices import device_module

    u = _query_batch([1], n_edges=6, max_cost=3)
    with pytest.raises(spiking.BackendUnavailableError, match="build took more than 0.05 s"):
        spiking.run(u, "brian2", max_steps=5, target="cpp_standalone", timeout_s=0.05)
    assert device_module.get_device() is device_module.runtime_device


def test_standalone_zero_steps_builds_nothing():
    u = _query_batch([1], n_edges=6, max_cost=3)
    r = spiking.run(u, "brian2", max_steps=0, target="cpp_standalone")
    assert r.n_spikes == 0 and r.steps_run == 0 and r.same_spikes(spiking.run(u, "numba", max_steps=0))


def test_make_parallelism_is_bounded_by_the_cores():
    from spiking.backends.brian2_backend import make_jobs, usable_cores

    assert make_jobs(["-j"]) == [f"-j{usable_cores()}"]  # before: Brian2's bare -j, a compiler per file
    assert make_jobs(["--jobs=500", "-k"]) == ["-k", f"-j{usable_cores()}"]
