"""``proofs.smtlib.export``: one file per script, an index, written atomically."""
import json

from proof_programs import report
from proofs.smtlib import export, scripts


def test_export_writes_every_script_and_an_index(tmp_path):
    r = report("inline/shapes_and_systems")
    written = export(r, tmp_path / "smt")
    ss = scripts(r)
    assert sorted(p.name for p in written) == sorted([s.name for s in ss] + ["index.json"])
    for s in ss:
        assert (tmp_path / "smt" / s.name).read_text(encoding="utf-8") == s.text
    index = json.loads((tmp_path / "smt" / "index.json").read_text(encoding="utf-8"))
    assert [(e["file"], e["expect"], e["what"]) for e in index] == [(s.name, s.expect, s.what) for s in ss]
    assert {e["what"] for e in index} == {"obligation", "system", "conflict", "consistent"}
    assert not [p for p in (tmp_path / "smt").iterdir() if p.name.startswith(".")], "a temporary file was left"


def test_export_again_replaces_the_files(tmp_path):
    r = report("examples/planted.py")
    first = export(r, tmp_path)
    (tmp_path / first[0].name).write_text("stale", encoding="utf-8")
    second = export(r, tmp_path)
    assert first == second
    assert "(check-sat)" in second[0].read_text(encoding="utf-8")


def test_a_report_with_no_obligations_exports_only_its_index(tmp_path):
    from proofs import prove

    written = export(prove("x = 1\n"), tmp_path)
    assert [p.name for p in written] == ["index.json"]
    assert json.loads(written[0].read_text()) == []


def test_recheck_command_agrees_and_catches_a_tampered_script(tmp_path, capsys):
    import pytest

    pytest.importorskip("cvc5", reason="cvc5 (PyPI package cvc5) is not installed")
    from proofs.smtlib import main, recheck

    export(report("inline/shapes_and_systems"), tmp_path)
    for solver in ("cvc5", "z3"):
        rows = recheck(tmp_path, solver)
        assert rows and all(got == want for _, want, got in rows), solver
    assert main([str(tmp_path)]) == 0
    victim = next(p for p in sorted(tmp_path.glob("*.conflict-1.smt2")))
    lines = victim.read_text().splitlines()
    first = next(k for k, line in enumerate(lines) if line.startswith("(assert (! "))
    victim.write_text("\n".join(lines[:first] + lines[first + 1:]) + "\n")  # one member of the conflict gone
    for solver in ("z3", "cvc5"):
        assert main([str(tmp_path), "--solver", solver]) == 1
        assert f"DISAGREE {victim.name}" in capsys.readouterr().out
