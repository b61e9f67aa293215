"""The wheel is the product: build it, install it into a fresh virtual environment outside
the repository, and use it from there (a query, a proof, a spiking run).

Offline and quick: the wheel is built with ``pip wheel --no-deps --no-build-isolation``
(the build backend is already installed), and installed with ``--no-deps``; the new
environment sees the dependencies through a ``.pth`` file naming this interpreter's
site-packages. A ``.pth`` line only appends that folder to ``sys.path`` (its own ``.pth``
files, such as the repository's editable install, are not processed), and the new
environment's site-packages comes first, so every module of ours is imported from the
wheel: what is tested is what the wheel carries. ``PYTHONPATH`` is dropped and the
commands run in an empty folder, so the repository is never on the path.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


#: What the build reads: the packages, the data mapped into the wheel, and the metadata files.
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "datasets",
           "psg", "zipper", "proofs", "hypergraph", "oracle", "spiking", "kernels")


def _clean_env() -> dict[str, str]:
    """This environment without PYTHONPATH (the repository) and ORACLE_DATASETS."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ORACLE_DATASETS")}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built from a copy of the sources (a build writes build/ and *.egg-info beside them)."""
    src, out = tmp_path_factory.mktemp("src"), tmp_path_factory.mktemp("wheel")
    for name in SOURCES:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy2
        copy(ROOT / name, src / name, **({"ignore": shutil.ignore_patterns("__pycache__")}
                                         if (ROOT / name).is_dir() else {}))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(src)], check=True, cwd=out, env=_clean_env(), timeout=300)
    (whl,) = out.glob("oracle_hypergraph-*.whl")
    return whl


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    env = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True, timeout=120)
    py = env / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps", str(wheel)],
                   check=True, env=_clean_env(), timeout=300)
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "_outer_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n")
    return env


def _run(venv: Path, cwd: Path, *args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(venv / "bin" / args[0]), *args[1:]], cwd=cwd, env=_clean_env(), capture_output=True,
                          text=True, timeout=timeout)


def test_the_wheel_carries_the_data_the_code_reads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("physics", "examples"):
        shipped = {p.name for p in (ROOT / "datasets" / folder).glob("*.py")}
        assert shipped and {f"oracle/_datasets/{folder}/{n}" for n in shipped} <= names, folder
    assert "oracle/reader/weights/ternary-reader.npz" in names
    for package in ("psg", "zipper", "proofs", "hypergraph", "oracle", "spiking", "kernels"):
        assert f"{package}/py.typed" in names
    templates = {p.relative_to(ROOT).as_posix() for p in ROOT.glob("*/templates/*") if p.suffix in (".j2", ".css")}
    assert templates and templates <= names, f"templates missing from the wheel: {templates - names}"
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not any(n.startswith(("tests/", "benchmarks/", "datasets/")) for n in names)


def test_pyproject_lists_every_package_of_the_repository():
    """The package list is explicit (one package is mapped from datasets/): a new package
    that is not listed would be missing from the wheel."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in ROOT.glob("*/**/__init__.py")
             if p.parent.relative_to(ROOT).parts[0] not in ("tests", "build", "benchmarks", "notebooks")
             and not p.parent.relative_to(ROOT).parts[0].startswith(".")}
    assert found and found <= listed, found - listed


@pytest.mark.slow
def test_installed_wheel_answers_proves_and_spikes_from_outside_the_repository(venv, tmp_path):
    where = _run(venv, tmp_path, "python", "-c", "import oracle, oracle.data; "
                 "print(oracle.__file__); print(oracle.data.datasets_dir())")
    assert where.returncode == 0, where.stderr
    module, data = where.stdout.split()
    assert module.startswith(str(venv)) and data.startswith(str(venv)), where.stdout
    assert data.endswith("oracle/_datasets")

    q = _run(venv, tmp_path, "oracle", "query", "kinetic energy", "--given", "mass=2 kg", "--given", "speed=3 m/s",
             "--unit", "kJ", "--json")
    assert q.returncode == 0, q.stdout[-2000:] + q.stderr
    answer = json.loads(q.stdout)
    assert answer["status"] == "verified" and answer["value"] == pytest.approx(0.009)
    assert answer["derivation"][-1]["law"] == "mechanics.kinetic_energy"

    src = tmp_path / "mine.py"
    src.write_text("from typing import Annotated\n\n"
                   "def speed(d: Annotated[float, 'm'], t: Annotated[float, 's']) -> Annotated[float, 'm/s']:\n"
                   "    return d + t\n")
    p = _run(venv, tmp_path, "oracle", "prove", "mine.py")
    assert p.returncode == 1 and "refuted" in p.stdout, p.stdout + p.stderr
    examples = _run(venv, tmp_path, "oracle", "prove", data + "/examples/clean.py")
    assert examples.returncode == 0, examples.stdout + examples.stderr
    page = _run(venv, tmp_path, "oracle", "prove", "mine.py", "--html", "mine.html")  # templates from the wheel
    assert page.returncode == 1 and "adds a time [s] to a length [m]" in (tmp_path / "mine.html").read_text()
    (tmp_path / "mine.html").unlink()

    s = _run(venv, tmp_path, "oracle", "spike", "kinetic energy", "--given", "mass=2 kg", "--given", "v=3 m/s",
             "--out", "run")
    assert s.returncode == 0, s.stderr
    assert json.loads((tmp_path / "run" / "trace.json").read_text())["found"]
    assert (tmp_path / "run" / "raster.png").read_bytes()[:4] == b"\x89PNG"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.py", "run"]  # nothing else written here
    assert not list(venv.rglob("oracle-out")) and not list(venv.rglob("*.tmp"))  # nor into the installation


@pytest.mark.slow
def test_installed_bench_without_benchmarks_fails_clearly(venv, tmp_path):
    b = _run(venv, tmp_path, "oracle", "bench", "--quick")
    assert b.returncode == 2
    assert "benchmarks" in b.stderr and "repository" in b.stderr, b.stderr
