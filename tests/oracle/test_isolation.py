"""No code from the user's folders ever runs: modules planted where ``oracle`` is run, or in
the folders it analyses, are never imported (each would leave a marker file if it were)."""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHADOWS = ("json", "sympy", "numpy", "z3", "pint", "hypergraph", "oracle", "spiking")


def plant(folder: Path, markers: Path) -> None:
    """Modules named like the ones the oracle imports; importing any leaves a marker."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in SHADOWS:
        body = f"open({str(markers / name)!r} + '.' + str(__import__('os').getpid()), 'w').write('imported')\n"
        if name in ("numpy", "hypergraph", "oracle", "spiking"):
            (folder / name).mkdir(exist_ok=True)
            (folder / name / "__init__.py").write_text(body)
        else:
            (folder / f"{name}.py").write_text(body)


@pytest.fixture
def planted(tmp_path):
    markers = tmp_path / "markers"
    markers.mkdir()
    cwd = tmp_path / "cwd"
    plant(cwd, markers)
    analysed = tmp_path / "analysed"
    plant(analysed, markers)
    (analysed / "code.py").write_text("import json\nimport numpy as np\n\ndef f(x: U['m']) -> U['m']:\n    return x\n")
    return cwd, analysed, markers


def test_solve_workers_start_isolated(planted):
    """The knowledge base's cold build starts worker processes: none imports the caller's
    folder (before: ``python -m`` put the working directory first on their path)."""
    cwd, _, markers = planted
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from types import SimpleNamespace
        from hypergraph.build import _solve_all
        laws = [SimpleNamespace(id=f"l{{k}}", output="y", expression=f"{{k + 2}}*x", inputs=("x",), assumes=("x > 0",))
                for k in range(40)]
        solved = _solve_all(laws)
        assert len(solved) == 40 and all(d[-1]["status"] == "proved" for d in solved.values()), solved
        print("ok")
    """)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "-I", "-c", code], cwd=cwd, capture_output=True, text=True,
                         timeout=300, env=env)
    assert out.returncode == 0 and "ok" in out.stdout, out.stderr[-2000:]
    assert not list(markers.iterdir())


def test_solve_workers_start_isolated_from_a_plain_parent(planted, tmp_path):
    """The same from a parent started without ``-I`` (as the ``oracle`` script is): the
    workers are spawned as ``python -c``, which would put the working folder first."""
    cwd, _, markers = planted
    shadow = cwd / "multiprocessing"   # what a spawned worker imports first
    shadow.mkdir()
    (shadow / "__init__.py").write_text(f"open({str(markers / 'multiprocessing')!r}, 'w').write('imported')\n")
    script = tmp_path / "bin" / "run.py"
    script.parent.mkdir()
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from types import SimpleNamespace
        from hypergraph.build import _solve_all
        laws = [SimpleNamespace(id=f"l{{k}}", output="y", expression=f"{{k + 2}}*x", inputs=("x",), assumes=("x > 0",))
                for k in range(40)]
        assert len(_solve_all(laws)) == 40
        print("ok")
    """))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSAFEPATH")}
    out = subprocess.run([sys.executable, str(script)], cwd=cwd, capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 0 and "ok" in out.stdout, out.stderr[-2000:]
    assert not list(markers.iterdir())


def _oracle_command() -> list[str]:
    script = Path(sys.executable).parent / "oracle"
    return [str(script)] if script.exists() else [sys.executable, "-I", "-m", "oracle.cli"]


@pytest.mark.slow
def test_every_command_ignores_planted_modules(planted, tmp_path):
    cwd, analysed, markers = planted
    oracle = _oracle_command()
    runs = [
        ["prove", str(analysed)],
        ["prove", str(analysed / "code.py"), "--markdown"],
        ["query", "kinetic energy", "--given", "mass=2 kg", "--given", "speed=3 m/s", "--engine", "closure"],
        ["spike", "kinetic energy", "--given", "mass=2 kg", "--given", "speed=3 m/s", "--out", str(tmp_path / "s")],
        ["kb", "show", "kinetic energy"],
        ["bench", "prove", "--quick"],
        ["tour", "--out", str(tmp_path / "tour")],
    ]
    for args in runs:
        out = subprocess.run(oracle + args, cwd=cwd, capture_output=True, text=True, timeout=600)
        assert out.returncode in (0, 1), (args, out.stderr[-2000:])
        assert "Traceback" not in out.stderr, (args, out.stderr[-2000:])
        assert not list(markers.iterdir()), (args, sorted(p.name for p in markers.iterdir()))
