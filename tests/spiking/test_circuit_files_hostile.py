"""Malformed circuit files: every one is a clean CircuitFileError, checked before any
compiled kernel or large allocation sees it. Each file is loaded, run and decoded in a
subprocess, so that a crash (a kernel reading out of bounds) fails the test instead of
killing the run. (Before: short or out-of-range query arrays crashed the numba kernels;
a 9 KB file allocated 15 GiB; a zip bomb expanded to 3.7 GiB.)"""
import io
import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import numpy as np
import pytest

import spiking
from hypergraph.incidence import Incidence

ROOT = Path(__file__).resolve().parents[2]


def _valid() -> dict:
    inc = Incidence.from_edges(4, [((0, 1), 2, 1), ((2,), 3, 2), ((0,), 3, 5)])
    buf = io.BytesIO()
    spiking.save(spiking.compile(inc, [0, 1]), buf)
    with np.load(io.BytesIO(buf.getvalue()), allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


def _write(path: Path, arrays: dict, meta_edit=None) -> None:
    arrays = dict(arrays)
    if meta_edit is not None:
        meta = json.loads(str(arrays["meta.json"]))
        meta_edit(meta)
        arrays["meta.json"] = np.array(json.dumps(meta))
    np.savez_compressed(path, **arrays)


def _mutations(tmp: Path) -> list[Path]:
    base = _valid()
    files = []

    def add(name, arrays=None, meta_edit=None, raw=None):
        path = tmp / f"{name}.npz"
        if raw is not None:
            path.write_bytes(raw)
        else:
            _write(path, base if arrays is None else arrays, meta_edit)
        files.append(path)

    add("short-edge-output", {**base, "query/edge_output": base["query/edge_output"][:1]})
    add("edge-neuron-out-of-range", {**base, "query/edge_neuron": base["query/edge_neuron"] + 10**6})
    add("edge-output-out-of-range", {**base, "query/edge_output": base["query/edge_output"] + 50})
    add("given-out-of-range", {**base, "query/given": np.array([99], np.int64)})
    add("negative-latency", {**base, "query/edge_latency": -base["query/edge_latency"]})
    add("n-nodes-too-many", meta_edit=lambda m: m["query"].update(n_nodes=10**6))
    add("offset-past-the-end", meta_edit=lambda m: m["query"].update(quantity_offset=10**9))
    add("time-scale-zero", meta_edit=lambda m: m["query"].update(time_scale=0))
    add("time-scale-text", meta_edit=lambda m: m["query"].update(time_scale="2"))
    add("huge-population", meta_edit=lambda m: m["populations"][0].update(size=2**31))  # 15 GiB before
    add("population-not-a-dict", meta_edit=lambda m: m["populations"].__setitem__(0, "p"))
    add("float-arrays", {**base, "con/0/pre": base["con/0/pre"].astype(float)})
    add("post-out-of-range", {**base, "con/0/post": base["con/0/post"] + 100})
    add("short-weights", {**base, "con/0/weight": base["con/0/weight"][:0]})
    add("2d-array", {**base, "src/0/neuron": np.zeros((2, 2), np.int64)})
    deep = "[" * 100_000 + "]" * 100_000
    add("deep-json", {**base, "meta.json": np.array(deep)})
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        header = io.BytesIO(np.lib.format.magic(1, 0))
        np.lib.format.write_array_header_1_0(header, {"descr": "<i8", "fortran_order": False, "shape": (2**40,)})
        zf.writestr("con/0/pre.npy", header.getvalue() + b"\0" * 64)  # 2**40 elements claimed
        zf.writestr("meta.json.npy", b"\0" * (1 << 24))
    add("lying-header", raw=bomb.getvalue())
    add("garbage", raw=b"PK\x03\x04" + b"\xff" * 100)
    return files


def test_malformed_circuit_files_are_clean_errors(tmp_path):
    files = _mutations(tmp_path)
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        import spiking
        for path in sys.argv[1:]:
            try:
                c = spiking.load(path)
                steps = spiking.horizon(c) if c.query is not None else 50
                r = spiking.run(c, backend="numba", max_steps=steps)
                if c.query is not None:
                    spiking.decode(c, r)
                print("loaded", path, flush=True)
            except spiking.CircuitError as err:
                print("clean", path, str(err)[:200].replace("\\n", " "), flush=True)
    """)
    out = subprocess.run([sys.executable, "-I", "-c", code, *map(str, files)], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, (out.returncode, out.stderr[-3000:])  # -11: a kernel read out of bounds
    lines = out.stdout.splitlines()
    assert len(lines) == len(files), out.stdout
    assert all(line.startswith("clean ") for line in lines), [x for x in lines if not x.startswith("clean")]
    assert any("claims 8796093022208 bytes" in line for line in lines)  # the lying header: never allocated


def test_a_zip_bomb_is_refused_before_it_expands(tmp_path, monkeypatch):
    import spiking.fileio

    monkeypatch.setattr(spiking.fileio, "MAX_ARRAY_BYTES", 1 << 20)
    bomb = tmp_path / "bomb.npz"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("con/0/pre.npy", b"\0" * (4 << 20))
    assert bomb.stat().st_size < 20_000
    with pytest.raises(spiking.CircuitFileError, match="a zip bomb"):
        spiking.load(bomb)


def test_decode_checks_rasters_built_by_hand():
    inc = Incidence.from_edges(2, [((0,), 1, 1)])
    c = spiking.compile(inc, [0])
    bad = spiking.Raster(c.n_neurons, 5, np.array([0]), np.array([10**6]))
    with pytest.raises(spiking.CircuitError, match="outside"):
        spiking.decode(c, bad)
