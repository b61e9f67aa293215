import json
import subprocess
import sys

import pytest

from oracle.cli import main
from oracle.data import datasets_dir

PLANTED = str(datasets_dir() / "examples" / "planted.py")
CLEAN = str(datasets_dir() / "examples" / "clean.py")


def test_exit_codes(tmp_path, capsys):
    assert main(["prove", CLEAN]) == 0
    assert main(["prove", PLANTED]) == 1
    bad = tmp_path / "bad.py"
    bad.write_text("def f(:\n")
    capsys.readouterr()
    assert main(["prove", str(bad)]) == 2
    out = capsys.readouterr()
    assert f"{bad}:1:7: error: syntax error" in out.out and "Traceback" not in out.out + out.err


def test_json_and_markdown(capsys):
    main(["prove", PLANTED, "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["status"] == "refuted"
    main(["prove", PLANTED, "--markdown"])
    assert "| `distance_travelled` |" in capsys.readouterr().out


def test_folder_and_unknown_unit(tmp_path, capsys):
    (tmp_path / "u.py").write_text("def f(x: U['parsec_per_fortnightz']):\n    return x\n")
    assert main(["prove", str(tmp_path)]) == 2
    assert "unknown unit 'parsec_per_fortnightz'" in capsys.readouterr().out


def test_console_script_help_shows_examples():
    out = subprocess.run([sys.executable, "-m", "oracle.cli", "prove", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "example: oracle prove" in out.stdout


def test_spike_writes_raster_trace_and_resources(tmp_path, capsys):
    out = tmp_path / "run"
    assert main(["spike", "kinetic energy", "--given", "mass=2 kg", "--given", "height=10 m",
                 "--out", str(out), "--save-circuit", str(tmp_path / "c.npz")]) == 0
    trace = json.loads((out / "trace.json").read_text())
    assert trace["found"] and trace["derivation"][-1] == "mechanics.kinetic_energy"
    assert (out / "raster.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "| neurons |" in (out / "resources.md").read_text()
    again = tmp_path / "again"
    assert main(["spike", "--circuit", str(tmp_path / "c.npz"), "--out", str(again)]) == 0
    assert json.loads((again / "trace.json").read_text())["spikes"] == trace["spikes"]


def test_spike_bad_input(tmp_path, capsys):
    assert main(["spike", "--circuit", str(tmp_path / "missing.npz")]) == 2
    (tmp_path / "bad.npz").write_text("garbage")
    assert main(["spike", "--circuit", str(tmp_path / "bad.npz")]) == 2
    assert main(["spike", "E_k", "--given", "m=2 kg", "--given", "v=1 m/s", "--backend", "nest"]) == 2
    err = capsys.readouterr().err
    assert "No such file" in err and "not a circuit file" in err and "unknown backend 'nest'" in err
    assert "Traceback" not in err
    assert main(["spike", "E_k", "--given", "m=2 kg", "--given", "v=1 m/s", "--standalone"]) == 2
    assert "needs --backend brian2, not 'numba'" in capsys.readouterr().err


def test_spike_standalone_without_a_compiler_is_a_clear_error(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("CXX", "no-such-g++")
    assert main(["spike", "E_k", "--given", "m=2 kg", "--given", "v=1 m/s", "--backend", "brian2",
                 "--standalone", "--out", str(tmp_path / "unused")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("oracle: error:") and "no C++ compiler: 'no-such-g++'" in err
