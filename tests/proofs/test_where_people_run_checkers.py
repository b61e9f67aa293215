"""Where people run checkers: SARIF 2.1.0, GitHub annotation lines, a pre-commit hook, a
spelling of the short annotation that mypy (and pyright, when installed) accept, py.typed."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from oracle.cli import main
from proofs import prove_source
from proofs.fixes import apply, diff

ROOT = Path(__file__).resolve().parents[2]
MIXED = ('from oracle.laws import Q\n\n'
         'def total(a: Q[float, "m"], b: Q[float, "ft"]) -> Q[float, "m"]:\n'
         '    return a + b\n\n'
         'def to_kelvin(t: Q[float, "degC"]) -> Q[float, "K"]:\n'
         '    return t\n')


def test_sarif_is_2_1_0_with_rules_locations_and_fixes():
    doc = json.loads(prove_source(MIXED, "mixed.py").to_sarif())
    assert doc["version"] == "2.1.0" and doc["$schema"].endswith("sarif-2.1.0.json")
    run = doc["runs"][0]
    rules = {r["id"] for r in run["tool"]["driver"]["rules"]}
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["scale", "offset"] and {"scale", "offset"} <= rules
    first = results[0]
    assert first["level"] == "error" and "multiply the ft value by 0.3048" in first["message"]["text"]
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (4, 12)
    change = first["fixes"][0]["artifactChanges"][0]
    assert change["artifactLocation"]["uri"] == "mixed.py"
    assert change["replacements"][0]["insertedContent"]["text"] == "b * 0.3048"
    assert first["properties"]["factor"] == 0.3048


def test_sarif_validates_against_the_schema_shape():
    """The parts of the SARIF 2.1.0 schema every consumer needs (required properties and types)."""
    jsonschema = pytest.importorskip("jsonschema")
    region = {"type": "object", "properties": {k: {"type": "integer", "minimum": 1} for k in
                                               ("startLine", "startColumn", "endLine", "endColumn")},
              "required": ["startLine"]}
    location = {"type": "object", "properties": {"physicalLocation": {
        "type": "object", "required": ["artifactLocation"],
        "properties": {"artifactLocation": {"type": "object", "required": ["uri"]}, "region": region}}}}
    schema = {"type": "object", "required": ["version", "runs"], "properties": {
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "items": {"type": "object", "required": ["tool", "results"], "properties": {
            "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
                "type": "object", "required": ["name"]}}},
            "results": {"type": "array", "items": {"type": "object", "required": ["message"], "properties": {
                "level": {"enum": ["none", "note", "warning", "error"]},
                "message": {"type": "object", "required": ["text"]},
                "locations": {"type": "array", "items": location}}}}}}}}}
    report = prove_source(MIXED + "def broken(:\n", "mixed.py")
    jsonschema.validate(json.loads(report.to_sarif()), schema)


def test_github_annotation_lines(capsys):
    r = prove_source(MIXED, "src/mixed.py")
    lines = r.to_github().splitlines()
    assert lines[0].startswith("::error file=src/mixed.py,line=4,col=12,title=oracle prove%3A scale::adds a length")
    assert lines[1].startswith("::error file=src/mixed.py,line=7,col=5,title=oracle prove%3A offset::")


def test_fix_prints_a_diff_that_applies_and_then_proves(tmp_path, capsys):
    r = prove_source(MIXED, "mixed.py")
    patch = diff(r)
    assert "+    return a + b * 0.3048" in patch and "+    return t + 273.15" in patch
    from proofs.fixes import edits
    fixed = apply(MIXED, edits(r)["mixed.py"])
    assert prove_source(fixed, "mixed.py").status == "proved"
    path = tmp_path / "mixed.py"
    path.write_text(MIXED)
    assert main(["prove", str(path), "--fix"]) == 1
    out = capsys.readouterr()
    assert out.out.startswith(f"--- {path}") and path.read_text() == MIXED  # nothing is written


def test_pre_commit_hook_entry_runs_the_console_script():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text()
    assert "- id: oracle-prove" in text and "entry: oracle prove" in text and "types: [python]" in text
    try:
        import yaml
    except ImportError:
        return
    (hook,) = yaml.safe_load(text)
    assert hook["language"] == "python" and hook["entry"].split()[0] == "oracle"


def test_packages_ship_py_typed():
    for package in ("psg", "zipper", "proofs", "hypergraph", "oracle", "spiking", "kernels"):
        assert (ROOT / package / "py.typed").is_file()


def test_the_short_spelling_is_read_like_U():
    assert prove_source(MIXED).findings[0].sentence.startswith("adds a length in ft to a length in m")


def test_mypy_accepts_the_short_spelling(tmp_path):
    pytest.importorskip("mypy")
    path = tmp_path / "ex.py"
    path.write_text(MIXED.replace("    return a + b\n", "    return a + b * 0.3048\n")
                    .replace("    return t\n", "    return t + 273.15\n") + "\nprint(total(1.0, 2.0))\n")
    env = {**os.environ, "MYPYPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental",
                          str(path)], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr


def test_pyright_accepts_the_short_spelling(tmp_path):
    pyright = shutil.which("pyright") or (str(Path(sys.executable).parent / "pyright")
                                          if (Path(sys.executable).parent / "pyright").exists() else None)
    if pyright is None or shutil.which("node") is None:
        pytest.skip("pyright (and node) not installed here: pip install pyright")
    path = tmp_path / "ex.py"
    path.write_text(MIXED)
    (tmp_path / "pyrightconfig.json").write_text(json.dumps({"extraPaths": [str(ROOT)]}))
    out = subprocess.run([pyright, str(path)], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert out.returncode == 0 and "0 errors" in out.stdout, out.stdout + out.stderr
