"""The command line as a user types it: --version, check, relate, kb, repeated givens,
defaults in --help, where tour and spike write, and the modes of the files they write."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import oracle
from oracle.cli import _givens, _parser, main
from oracle.engine import QueryError


def _run(*argv: str, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "oracle.cli", *argv], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=600)


def test_version():
    out = _run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"oracle {oracle.__version__}"
    assert oracle.__version__.count(".") >= 2


def test_help_shows_defaults():
    helps = {name: " ".join(sub.format_help().split()) for name, sub in
             _parser()._subparsers._group_actions[0].choices.items()}  # noqa: SLF001 (argparse has no public way)
    assert "(default: numba)" in helps["query"] and "(default: the spiking circuit)" in helps["query"]
    assert "(default: oracle-out/spike)" in helps["spike"]
    assert "(default: oracle-out/tour)" in helps["tour"]
    assert "(default: 0.01)" in helps["check"]
    assert "(default: None)" not in "".join(helps.values()) and "(default: False)" not in "".join(helps.values())


def test_kb_search_takes_words_without_quotes(capsys):
    assert main(["kb", "search", "escape", "velocity"]) == 0
    out = capsys.readouterr().out
    assert "gravitation.escape_velocity " in out and "v_esc" in out
    assert main(["kb", "search", "escape", "velocity", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert {"type": "quantity", "id": "v_esc", "name": "escape velocity"} in hits
    assert main(["kb", "search", "escape", "zebra"]) == 1


def test_kb_show_finds_a_law_by_the_name_a_derivation_prints(capsys):
    a = oracle.query({"mass": "2 kg", "height": "10 m"}, "kinetic energy", engine="closure", learn=False)
    printed = str(a)
    names = [law.name for law in (s.law for s in a.derivation.steps)]
    assert names and all(f"[{n}]" in printed for n in names)
    for n in names:
        capsys.readouterr()
        assert main(["kb", "show", *n.split(), "--json"]) == 0
        docs = json.loads(capsys.readouterr().out)
        assert any(d["type"] == "law" and d["name"] == n for d in docs)
    assert main(["kb", "show", "mechanics.free_fall_speed_on_earth", "--json"]) == 0
    (doc,) = json.loads(capsys.readouterr().out)
    assert doc["id"] == "mechanics.free_fall_speed_on_earth" and doc["directions"]
    assert main(["kb", "show", "kinetic", "energy", "--json"]) == 0  # a law's name and a quantity's
    assert {d["type"] for d in json.loads(capsys.readouterr().out)} == {"law", "quantity"}
    assert main(["kb", "show", "no", "such", "thing"]) == 2
    assert "no law or quantity is called 'no such thing'" in capsys.readouterr().err


def test_kb_list_filters_by_field(capsys):
    assert main(["kb", "list", "--json"]) == 0
    fields = json.loads(capsys.readouterr().out)
    assert main(["kb", "list", "geometry", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in listed] == fields["geometry"]
    assert main(["kb", "list", "geometry"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(fields["geometry"]) and all(line.startswith("geometry.") for line in lines)
    assert main(["kb", "list", "alchemy"]) == 2
    err = capsys.readouterr().err
    assert "no field 'alchemy'" in err and "mechanics" in err


def test_kb_export_json_writes_json(capsys):
    assert main(["kb", "export", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "oracle-hypergraph/knowledge-graph" and doc["quantities"]
    assert main(["kb", "export"]) == 0
    import rdflib

    assert len(rdflib.Graph().parse(data=capsys.readouterr().out, format="turtle")) > 1000
    assert main(["kb", "export", "--json", "--format", "turtle"]) == 2


def test_check_names_the_violated_law(capsys):
    assert main(["check", "--given", "m=2 kg", "--given", "v=3 m/s", "--given", "E_k=9 J"]) == 0
    assert "consistent: 1 law(s)" in capsys.readouterr().out
    assert main(["check", "--given", "m=2 kg", "--given", "v=3 m/s", "--given", "E_k=10 J"]) == 1
    out = capsys.readouterr().out
    assert "mechanics.kinetic_energy: E_k is 10 J, the law gives 9 J" in out
    assert main(["check", "--given", "m=2 kg", "--given", "v=3 m/s", "--given", "E_k=9.05 J", "--rel-tol",
                 "0.001", "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["checked"] == ["mechanics.kinetic_energy"] and doc["violated"][0]["law"] == "mechanics.kinetic_energy"
    assert main(["check", "--given", "m=2 kg"]) == 1  # nothing to check against is not 'consistent'
    assert "nothing checked" in capsys.readouterr().out
    assert main(["check", "--given", "m=2 kg", "--given", "frobnication=3 m"]) == 2
    assert "frobnication" in capsys.readouterr().err


def test_relate_prints_the_shortest_chains(capsys):
    assert main(["relate", "height", "kinetic energy", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["quantities"] == ["h", "E_k"]
    (pair,) = doc["pairs"]
    assert ["mechanics.free_fall_speed_on_earth", "mechanics.kinetic_energy"] in pair["chains"]
    assert all(len(c) == 2 for c in pair["chains"])
    assert main(["relate", "m", "v", "E_k"]) == 0
    out = capsys.readouterr().out
    assert "laws holding mass (m), speed (v), kinetic energy (E_k): mechanics.kinetic_energy" in out
    assert main(["relate", "m"]) == 2
    assert main(["relate", "m", "frobnication"]) == 2


def test_a_given_repeated_with_another_value_is_an_error(capsys):
    assert main(["query", "E_k", "--given", "m=2 kg", "--given", "m=3 kg", "--given", "v=1 m/s"]) == 2
    err = capsys.readouterr().err
    assert "--given m is given twice with different values: '2 kg' and '3 kg'" in err
    assert main(["query", "E_k", "--given", "m=2 kg", "--given", "m = 2  kg", "--given", "v=1 m/s",
                 "--engine", "closure", "--no-learn", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == pytest.approx(1.0)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["m", "v", "h"]), st.sampled_from(["1 kg", "2 kg", "3 m"])),
                min_size=1, max_size=6))
def test_givens_accept_repeats_exactly_when_the_values_agree(items):
    argv = [f"{n}={v}" for n, v in items]
    values: dict[str, set] = {}
    for n, v in items:
        values.setdefault(n, set()).add(v)
    if all(len(vs) == 1 for vs in values.values()):
        assert _givens(argv) == {n: vs.pop() for n, vs in values.items()}
    else:
        with pytest.raises(QueryError, match="given twice with different values"):
            _givens(argv)


@pytest.mark.slow
def test_spike_default_folder_and_file_modes_follow_the_umask(tmp_path):
    """Without --out, spike writes to ./oracle-out/spike (documented), and every file it
    writes has the mode the umask gives (0664 under umask 002), not a temporary file's 0600."""
    code = ("import os, sys; os.umask(0o002); from oracle.cli import main; "
            "sys.exit(main(['spike', 'E_k', '--given', 'm=2 kg', '--given', 'v=3 m/s', "
            "'--save-circuit', 'c.npz']))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, env=env,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "oracle-out" / "spike"
    written = sorted(p.name for p in out.iterdir())
    assert written == ["raster.png", "resources.json", "resources.md", "trace.json"]
    assert f"wrote {os.path.join('oracle-out', 'spike', 'raster.png')}" in done.stdout
    for p in [*out.iterdir(), tmp_path / "c.npz"]:
        assert stat.S_IMODE(p.stat().st_mode) == 0o664, p


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_reader_files_follow_the_umask(tmp_path, umask):
    """Training data and weights are written through a temporary file (0600), then given
    the umask's mode, as a file written by open() would have."""
    from pathlib import Path

    import numpy as np

    import oracle.reader.model as model_mod
    from oracle.reader.model import ReaderModel
    from oracle.reader.synth import generate, write_jsonl

    old = os.umask(umask)
    try:
        data = tmp_path / "ex.jsonl"
        assert write_jsonl(data, generate(3, seed=1, verify=False)) == 3
        weights = tmp_path / "w.npz"
        shipped = ReaderModel.load(Path(model_mod.__file__).parent / "weights" / "ternary-reader.npz")
        shipped.save(weights)
    finally:
        os.umask(old)
    for p in (data, weights):
        assert stat.S_IMODE(p.stat().st_mode) == 0o666 & ~umask, p
    before, after = shipped.to_arrays(), ReaderModel.load(weights).to_arrays()
    assert before.keys() == after.keys() and all(np.array_equal(before[k], after[k]) for k in before)
