"""./dev reuses its .venv only when the same Python made it.

Installing for real takes minutes and the registries, so ``python3`` on PATH is a small
stand-in script here: it answers dev's version question, makes a venv folder whose python
is itself, and records pip's commands. What is tested is dev's own logic: which venv it
keeps, which it rebuilds, and that the stamp names the Python.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

STAND_IN = """#!/usr/bin/env bash
if [ "$1" = "-c" ]; then echo "$FAKE_VERSION"; exit 0; fi
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then mkdir -p "$3/bin"; cp "$0" "$3/bin/python"; exit 0; fi
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then echo "$*" >> "$PIP_LOG"; exit 0; fi
exit 3
"""


def _dev(repo: Path, bindir: Path, version: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": f"{bindir}:{os.environ['PATH']}", "FAKE_VERSION": version,
           "PIP_LOG": str(repo / "pip.log")}
    return subprocess.run(["bash", str(repo / "dev"), "env"], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=60)


def test_dev_rebuilds_a_venv_made_by_another_python(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy2(ROOT / "dev", repo / "dev")
    shutil.copy2(ROOT / "pyproject.toml", repo / "pyproject.toml")
    pythons = []
    for name in ("a", "b"):
        d = tmp_path / name
        d.mkdir()
        (d / "python3").write_text(STAND_IN)
        (d / "python3").chmod(0o755)
        pythons.append(d)

    first = _dev(repo, pythons[0], "3.11.7")
    assert first.returncode == 0, first.stderr
    assert "-e .[all,test]" in (repo / "pip.log").read_text()
    made_by = (repo / ".venv" / ".made-by").read_text()
    assert str(pythons[0] / "python3") in made_by and "3.11.7" in made_by
    (repo / ".venv" / "marker").write_text("kept?")

    again = _dev(repo, pythons[0], "3.11.7")  # the same Python: reused, nothing installed
    assert again.returncode == 0 and "building" not in again.stderr
    assert (repo / ".venv" / "marker").exists()

    other = _dev(repo, pythons[1], "3.11.7")  # another python3 of the same version
    assert other.returncode == 0, other.stderr
    assert "made by another Python" in other.stderr
    assert not (repo / ".venv" / "marker").exists()
    assert str(pythons[1] / "python3") in (repo / ".venv" / ".made-by").read_text()

    (repo / ".venv" / "marker").write_text("kept?")
    newer = _dev(repo, pythons[1], "3.12.1")  # the same path, upgraded
    assert "made by another Python" in newer.stderr and not (repo / ".venv" / "marker").exists()
