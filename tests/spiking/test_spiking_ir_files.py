"""Loihi limits, file round trips, malformed files, resources, plots, doctests."""
import doctest
import importlib
import io
import json
import zipfile

import numpy as np
import pytest
from hypothesis import given, settings

import spiking
from hypergraph.synthetic import layered
from spiking import Circuit, Connection, Population, SpikeSource
from strategies_spiking import circuits


def _conn(**kw):
    base = dict(name="c", pre_pop="in", post_pop="p", pre=[0], post=[0], weight=[1], delay=[0])
    base.update(kw)
    return Connection(**base)


@pytest.mark.parametrize("kw, text", [
    (dict(delay=[70]), r"delay \(max\) = 70 is outside the Loihi 2 limit 0..63 \(over by 7\)"),
    (dict(weight=[300]), r"weight \(excitatory\) \(max\) = 300 is outside the Loihi 2 limit 0..255 \(over by 45\)"),
    (dict(weight=[-256]), r"weight \(inhibitory\) \(min\) = -256 .* -255..0 \(over by 1\)"),
    (dict(pre=[0, 1], post=[0, 0], weight=[3, -2], delay=[0, 0]), "is odd; a connection with mixed-sign weights"),
    (dict(weight_exp=9), r"weight_exp \(max\) = 9 .* -8..7 \(over by 2\)"),
])
def test_connection_limits_name_the_limit_and_the_excess(kw, text):
    with pytest.raises(spiking.LoihiLimitError, match=text):
        _conn(**kw)


@pytest.mark.parametrize("kw, text", [
    (dict(du=5000), r"du \(max\) = 5000 .* 0..4095 \(over by 905\)"),
    (dict(vth=2**17), r"vth \(max\) = 131072 .* 0..131071 \(over by 1\)"),
    (dict(bias_mant=np.array([5000])), r"bias_mant \(max\) = 5000 .* -4096..4095 \(over by 905\)"),
    (dict(bias_exp=np.array([8])), r"bias_exp \(max\) = 8 .* 0..7 \(over by 1\)"),
])
def test_population_limits(kw, text):
    with pytest.raises(spiking.LoihiLimitError, match=text):
        Population("p", 1, **kw)


def test_fan_in_limit():
    n = 4100
    src = SpikeSource("in", n, [], [])
    con = Connection("c", "in", "p", np.arange(n), np.zeros(n, np.int64), np.ones(n, np.int64), np.zeros(n, np.int64))
    with pytest.raises(spiking.LoihiLimitError, match=r"fan-in of neuron 0 = 4100 .* <= 4096 synapses \(over by 4\)"):
        Circuit((Population("p", 1),), (src,), (con,))


def test_structural_errors():
    p = Population("p", 2)
    with pytest.raises(spiking.CircuitError, match="pre_pop 'nope' is not a population or source"):
        Circuit((p,), (), (_conn(pre_pop="nope"),))
    with pytest.raises(spiking.CircuitError, match="post index 5 is outside 'p'"):
        Circuit((p,), (SpikeSource("in", 1, [], []),), (_conn(post=[5]),))
    with pytest.raises(spiking.CircuitError, match="appears more than once"):
        Circuit((p,), (SpikeSource("in", 1, [], []),), (_conn(pre=[0, 0], post=[1, 1], weight=[1, 1], delay=[0, 1]),))
    with pytest.raises(spiking.CircuitTypeError, match="must hold integers"):
        _conn(weight=[1.5])


@settings(max_examples=40, deadline=None)
@given(circuits())
def test_save_load_round_trip_keeps_the_raster(c):
    buf = io.BytesIO()
    spiking.save(c, buf)
    buf.seek(0)
    c2 = spiking.load(buf)
    assert spiking.run(c2, max_steps=30).same_spikes(spiking.run(c, max_steps=30))


def test_compiled_query_round_trip(tmp_path):
    g = layered(100, seed=2, max_cost=50)
    c = spiking.compile(g.incidence, g.sources)
    spiking.save(c, tmp_path / "q.npz")
    c2 = spiking.load(tmp_path / "q.npz")
    a, b = spiking.run_query(c), spiking.run_query(c2)
    assert a.time.tolist() == b.time.tolist() and a.edge.tolist() == b.edge.tolist()


def _rewrite(path, change):
    with np.load(path, allow_pickle=False) as z:
        data = {k: z[k] for k in z.files}
    change(data)
    np.savez(path, **data)


def test_malformed_files_give_clear_errors(tmp_path):
    c = spiking.compile(layered(20, seed=1).incidence, [0])
    good = tmp_path / "c.npz"
    spiking.save(c, good)
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(spiking.CircuitFileError, match="not a circuit file"):
        spiking.load(tmp_path / "junk.npz")

    def set_meta(**kw):
        def f(d):
            m = json.loads(str(d["meta.json"]))
            m.update(kw)
            d["meta.json"] = np.array(json.dumps(m))
        return f

    cases = [
        (set_meta(version=99), "format version 99 is not supported"),
        (set_meta(format="other"), "expected 'oracle-spiking-circuit'"),
        (lambda d: d.pop("con/0/pre"), "missing array 'con/0/pre'"),
        (lambda d: d.update({"con/2/delay": np.full(len(d["con/2/delay"]), 99)}), "outside the Loihi 2 limit 0..63"),
        (lambda d: d.update({"con/0/weight": np.array([0.5] * len(d["con/0/weight"]))}), "1-D integer array"),
        (lambda d: d.pop("meta.json"), "no 'meta.json' entry"),
    ]
    for i, (change, text) in enumerate(cases):
        path = tmp_path / f"bad{i}.npz"
        path.write_bytes(good.read_bytes())
        _rewrite(path, change)
        with pytest.raises(spiking.CircuitFileError, match=text):
            spiking.load(path)


def test_loading_never_unpickles(tmp_path):
    path = tmp_path / "evil.npz"
    np.savez(path, **{"meta.json": np.array([{"a": 1}], dtype=object)})
    with pytest.raises(spiking.CircuitFileError, match="not a circuit file"):
        spiking.load(path)


def test_resource_report_and_plot(tmp_path):
    g = layered(3000, seed=4)
    c = spiking.compile(g.incidence, g.sources)
    r = spiking.run(c, max_steps=spiking.horizon(c))
    rep = spiking.resources(c, r)
    assert rep.neurons == c.n_neurons and rep.synapses == c.n_synapses
    assert sum(rep.neurons_per_core) == c.n_neurons and sum(rep.synapses_per_core) == c.n_synapses
    assert max(rep.neurons_per_core) <= 8192 and max(rep.memory_per_core) <= 192 * 1024
    assert rep.steps == int(r.step.max()) + 1 <= r.steps_run  # charged up to the last spike
    assert rep.synaptic_events == r.synaptic_events > 0  # the one function counts what numba's kernel counted
    assert 0 < rep.energy_j < 1e-3
    assert "energy estimate" in rep.markdown() and json.dumps(rep.to_dict())
    png = spiking.plot_raster(r, tmp_path / "r.png", circuit=c)
    assert open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("module", [
    "spiking", "spiking.ir", "spiking.compiler", "spiking.reference", "spiking.raster", "spiking.run",
    "spiking.fileio", "spiking.resources", "spiking.limits", "spiking.backends.numba_backend",
    "spiking.lava_fix", "spiking.decoding",
])
def test_docstring_examples_run(module):
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0
