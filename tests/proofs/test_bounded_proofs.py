"""Proofs are exact and bounded: exponents are never rounded into a proof, polymorphic
fan-out has a budget, every Z3 call and each function's Z3 work end within the time-out,
and a time-out of 0 (no limit, to Z3) is refused."""
import sys

import pytest

import proofs.solve
from oracle.cli import main
from proofs import check, infer, prove
from psg import SourceError, parse

infer_module = sys.modules["proofs.infer"]  # the package exports the function under that name


def statuses(report):
    return {(o.theory, o.rule): st for r in report.results for o, st in zip(r.obligations, r.status)}


def test_inexact_float_exponents_are_unknown_never_rounded():
    r = prove("def f(x: U['m']):\n    return x ** 0.0001 + 1\n", use_cache=False)
    # before: 0.0001 was rounded to 0 and the sum proved dimensionless
    assert r.status == "unknown" and statuses(r)[("undecided", "inexact-exponent")] == "unknown"
    assert r.findings == []
    for src in ("def f(x: U['m']):\n    return x ** 1e400 + 1\n", "import math\ndef f(x: U['m']):\n    return math.pow(x, 2.2)\n",
                "def f(x):\n    return x ** 0.1\n"):
        assert prove(src, use_cache=False).status == "unknown"


def test_exact_exponents_still_prove_and_refute():
    assert prove("def f(x: U['m^2']) -> U['m']:\n    return x ** 0.5\n").status == "proved"
    assert prove("def f(x: U['m^3']) -> U['m']:\n    return x ** (1/3)\n").status == "proved"
    assert prove("def f(x: U['1']):\n    return x ** 0.1 + 1\n").status == "proved"   # a plain number
    # exact, not rounded to 0 (a plain number as the other term: a bare 1 would take x's unit)
    r = prove("def f(x: U['m'], n: U['1']):\n    return x ** (1/2003) + n\n", use_cache=False)
    assert r.status == "refuted" and "m^(1/2003)" in r.findings[0].sentence


def test_unit_strings_with_fine_exponents_are_refused():
    src = "def f(x: U['m**(1/2003)']):\n    return x + 1\n"
    with pytest.raises(SourceError, match="outside the allowed range"):  # before: m**(1/2003) read as 1
        prove(src, keep_going=False)
    r = prove(src)  # keeping going (the default): a problem of the input, exit code 2
    assert r.exit_code == 2 and "outside the allowed range" in str(r.problems[0])


def chain(n: int) -> str:
    src = "def f0(x, y):\n    return x + y\n"
    for k in range(1, n + 1):
        src += f"\ndef f{k}(x, y):\n    return f{k - 1}(x, y) + f{k - 1}(y, x)\n"
    return src


def test_polymorphic_fan_out_has_a_budget():
    system = infer(parse(chain(12)))  # before: 49,081 obligations, 116 s and 1 GB to check
    sizes = {name: len(fs.obligations) for name, fs in system.functions.items()}
    assert max(sizes.values()) <= infer_module.MAX_INSTANTIATED + 20
    assert sum(sizes.values()) < 10_000


def test_a_spent_budget_is_unknown_in_the_function_and_its_callers(monkeypatch):
    monkeypatch.setattr(infer_module, "MAX_INSTANTIATED", 12)
    results = {r.name: r for r in check(infer(parse(chain(4))), use_cache=False)}
    # f0, f1: nothing but polymorphism, so "unchecked" (not "proved"); past the budget, "unknown"
    assert [results[f"f{k}"].verdict for k in range(5)] == ["unchecked", "unchecked", "unknown", "unknown", "unknown"]
    notes = [o.detail for o in results["f2"].obligations if o.theory == "undecided"]
    assert notes and "past the budget of 12" in notes[0]


def test_timeout_zero_is_refused():
    system = infer(parse("def f(x):\n    return x\n"))
    for bad in (0, -5, 1.5, True):
        with pytest.raises(ValueError, match="positive number of milliseconds"):
            check(system, timeout_ms=bad)


def test_cli_refuses_timeout_zero(tmp_path, capsys):
    f = tmp_path / "a.py"
    f.write_text("def f(x):\n    return x\n")
    assert main(["prove", str(f), "--timeout-ms", "0"]) == 2  # before: Z3 ran with no limit
    assert "positive number of milliseconds" in capsys.readouterr().err


def test_each_functions_solver_work_ends_by_its_deadline(monkeypatch):
    """With a deadline already spent, nothing more is decided: no obligation with unknowns
    is proved by default, and a conflict found so far is still a real one."""
    monkeypatch.setattr(proofs.solve, "FUNCTION_BUDGET", 0)
    src = "def f(x, y: U['m'], t: U['s']):\n    a = x + y\n    b = x + t\n    return a\n"
    r = prove(src, use_cache=False)
    symbolic = [st for res in r.results for k, st in enumerate(res.status) if k in res.system]
    assert symbolic and set(symbolic) == {"unknown"}
    monkeypatch.setattr(proofs.solve, "FUNCTION_BUDGET", 5)
    assert prove(src, use_cache=False).status == "refuted"


WIDE = ("def g(x: U['m'], " + ", ".join(f"a{k}" for k in range(40)) + "):\n    return x + "
        + " + ".join(f"a{k}" for k in range(40)) + "\n")  # 40 unknowns, each pinned to metres by Z3


@pytest.mark.parametrize("timeout_ms", [1, 4, 10, 30])
def test_a_time_out_only_ever_makes_a_result_unknown(timeout_ms):
    """On busy cores Z3 runs out of time where it would not on idle ones: such a function
    must come out ``unknown``, never as another result. Before: a model found, then the
    budget spent settling which unknowns it pins down, gave ``proved`` with most inferred
    units missing (or ``unchecked`` where only they made it checked)."""
    from pathlib import Path

    from proofs import prove_source

    root = Path(__file__).resolve().parents[2]
    paths = [root / "datasets" / "examples", root / "tests" / "prove_corpus"]
    for run in (lambda t: prove(paths, use_cache=False, timeout_ms=t), lambda t: prove_source(WIDE, use_cache=False,
                                                                                              timeout_ms=t)):
        full = {(r.name, str(r.span)): (r.verdict, r.inferred) for r in run(proofs.solve.DEFAULT_TIMEOUT_MS).results}
        short = {(r.name, str(r.span)): (r.verdict, r.inferred) for r in run(timeout_ms).results}
        assert short.keys() == full.keys()
        wrong = {k: (full[k], v) for k, v in short.items() if v != full[k] and v[0] != "unknown"}
        assert not wrong
