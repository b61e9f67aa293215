"""The layering rule: the lower packages never import the oracle.

psg, zipper, proofs, hypergraph, kernels and spiking are read with ``ast`` (nothing is
imported or run): an ``import oracle...``, a ``from oracle... import``, or an
``importlib.import_module("oracle...")`` / ``__import__("oracle...")`` anywhere in their
code (module level or inside a function) fails. Docstrings and other strings may name the
oracle: they are not imports. What a lower package needs from above is passed in (progress
as ``progress=``, paths from :mod:`hypergraph.data`)."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOWER = ("psg", "zipper", "proofs", "hypergraph", "kernels", "spiking")


def _is_oracle(name: str | None) -> bool:
    return name is not None and (name == "oracle" or name.startswith("oracle."))


def oracle_imports(source: str, filename: str = "<string>") -> list[str]:
    """``file:line: what`` for every import of the oracle in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names if _is_oracle(a.name)]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module] if node.level == 0 and _is_oracle(node.module) else []
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            arg = node.args[0].value
            names = [arg] if called in ("import_module", "__import__") and isinstance(arg, str) and _is_oracle(arg) else []
        else:
            continue
        found += [f"{filename}:{node.lineno}: imports {n}" for n in names]
    return found


def test_the_checker_finds_every_form_of_import_and_ignores_strings():
    source = ('"""Docstring: from oracle.data import datasets_dir"""\n'
              "import oracle\n"
              "import numpy, oracle.display as D\n"
              "from oracle.progress import Progress\n"
              "from .oracle import x\n"                       # a sibling module named oracle: relative, allowed
              "def f():\n"
              "    from oracle import laws\n"
              "    importlib.import_module('oracle.data')\n"
              "    __import__('oracle')\n"
              "    text = 'from oracle.laws import U'\n"
              "import oracles\n")
    lines = [int(s.split(":")[1]) for s in oracle_imports(source)]
    assert lines == sorted([2, 3, 4, 7, 8, 9])


@pytest.mark.parametrize("package", LOWER)
def test_lower_packages_never_import_the_oracle(package):
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"no Python files under {package}/"
    bad = [hit for f in files for hit in oracle_imports(f.read_text(encoding="utf-8"), str(f.relative_to(ROOT)))]
    assert not bad, "lower packages must not import the oracle (pass what they need in):\n" + "\n".join(bad)


class Recorder:
    """A progress display that writes down what it is told (the interface hypergraph.build takes)."""

    def __init__(self):
        self.events = []

    def bar(self, total, label):
        self.events.append(("bar", total, label))
        return self

    def ticker(self, label):
        self.events.append(("ticker", label))
        return self

    def advance(self, n=1):
        self.events.append(("advance", n))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.events.append(("end",))


def test_the_builder_shows_progress_through_the_object_it_is_given(tmp_path):
    from hypergraph.build import load
    from oracle.progress import TERMINAL, Progress, Ticker

    (tmp_path / "quantities.py").write_text('from oracle.laws import quantity\n'
                                            'm = quantity("kg", "mass")\nv = quantity("m/s", "speed")\n'
                                            'p = quantity("kg*m/s", "momentum")\n')
    (tmp_path / "mech.py").write_text('from oracle.laws import U, law\n\n@law(output="p")\n'
                                      'def momentum(m: U["kg"], v: U["m/s"]) -> U["kg*m/s"]:\n    return m * v\n')
    seen = Recorder()
    kg = load(tmp_path, use_cache=False, progress=seen)
    assert [law.id for law in kg.laws] == ["mech.momentum"]
    assert seen.events == [("bar", 1, "oracle: building the knowledge base: solving 1 laws"), ("advance", 1), ("end",)]
    with TERMINAL.bar(1, "x") as bar, TERMINAL.ticker("y") as ticker:  # what the oracle hands down
        assert isinstance(bar, Progress) and isinstance(ticker, Ticker)
