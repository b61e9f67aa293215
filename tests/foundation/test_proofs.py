import json

import pytest

from oracle.data import datasets_dir
from proofs import prove

EXAMPLES = datasets_dir() / "examples"


def findings(report):
    return {(f.where.line, f.sentence) for f in report.findings}


def test_clean_example_is_proved():
    r = prove(str(EXAMPLES / "clean.py"))
    assert r.status == "proved", r.to_text()
    assert r.counts()["obligations"] > 10


def test_planted_mistakes_are_each_named_at_their_line():
    r = prove(str(EXAMPLES / "planted.py"))
    lines = {}
    for f in r.findings:
        lines[f.where.line] = lines.get(f.where.line, "") + f.sentence + "\n"
    lines = {k: v.strip() for k, v in lines.items()}
    assert lines[13] == "adds a speed [m/s] to a length [m]"
    assert "declares a speed [m/s]" in lines[17] and "m^(3/2)/s" in lines[17]
    assert lines[21].startswith("takes exp() of a frequency")
    assert lines[25] == "adds a torque [N·m] to an energy [J]"
    assert "inner sizes dim and hidden" in lines[29]
    assert r.result("fine").verdict == "proved"
    source = (EXAMPLES / "planted.py").read_text().splitlines()
    for line in lines:
        assert "MISTAKE" in source[line - 1]


def test_spring_constant_is_inferred_through_a_polymorphic_call():
    r = prove("def spring(k, x):\n    return 0.5 * k * x**2\n\n"
              "def energy(k, d: U['m']) -> U['J']:\n    return spring(k, d)\n")
    assert r.status == "proved"
    assert dict(r.result("energy").inferred)["k"] == "kg/s²"
    assert r.result("energy").solved > 0  # the unknown went through Z3


def test_polymorphic_function_is_instantiated_afresh_at_each_call():
    src = ("def double(a):\n    return a + a\n\n"
           "def f(x: U['m'], t: U['s']) -> U['m']:\n    y = double(t)\n    return double(x)\n")
    assert prove(src).status == "proved"
    bad = src.replace("return double(x)", "return double(t)")
    r = prove(bad)
    assert r.status == "refuted"
    assert r.findings[0].where.line == 6


def test_unknowns_that_conflict_give_the_smallest_conflicting_set():
    src = ("def f(x: U['m'], t: U['s']):\n"
           "    a = x\n"
           "    b = a + t\n"
           "    c = x * 2\n"
           "    return c\n")
    r = prove(src)
    assert [f.where.line for f in r.findings] == [3]
    src2 = "def g(u, x: U['m'], t: U['s']):\n    p = u + x\n    q = u + t\n    return q\n"
    r2 = prove(src2)
    (finding,) = r2.findings
    assert sorted(o.where.line for o in finding.obligations) == [2, 3]
    assert finding.sentence.startswith("these cannot all hold")


def test_dimensionless_arguments_and_exponents():
    r = prove("from math import sin, exp\n"
              "def f(x: U['m'], n: U['1'], t: U['s']):\n"
              "    a = sin(x)\n"
              "    b = n ** t\n"
              "    return exp(n)\n")
    rules = sorted(o.rule for f in r.findings for o in f.obligations)
    assert rules == ["dimensionless", "exponent"]


def test_call_arguments_and_returns_are_checked():
    r = prove("def v(d: U['m'], t: U['s']) -> U['m/s']:\n    return d / t\n\n"
              "def bad(t: U['s']) -> U['m/s']:\n    return v(t, t)\n")
    (f,) = r.findings
    assert f.sentence == "passes a time [s] as parameter 'd' of v(), which expects a length [m]"


def test_module_constants_carry_units():
    r = prove("g: U['m/s^2'] = 9.81\ndef f(t: U['s']) -> U['m']:\n    return g * t\n")
    assert r.status == "refuted" and "declares a length" in r.findings[0].sentence


def test_broadcasting_and_reshape():
    ok = prove('def f(x: Float[ndarray, "b n"], y: Float[ndarray, "n"], z: Float[ndarray, "b 1"]):\n'
               '    return x + y + z\n')
    assert ok.status == "proved"
    bad = prove('def f(x: Float[ndarray, "b n"], y: Float[ndarray, "m"]):\n    return x * y\n')
    (f,) = bad.findings
    assert "do not broadcast" in f.sentence and dict(f.counterexample)["m"] != dict(f.counterexample)["n"]
    rs = prove('def f(x: Float[ndarray, "a b"]):\n    return x.reshape(b, a)\n')
    assert rs.status == "proved"
    rs2 = prove('def f(x: Float[ndarray, "a b"]):\n    return x.reshape(a, a)\n')
    assert rs2.status == "refuted"


def test_shape_symbols_bind_at_calls():
    src = ('def mm(x: Float[ndarray, "n k"], w: Float[ndarray, "k m"]) -> Float[ndarray, "n m"]:\n    return x @ w\n\n'
           'def use(a: Float[ndarray, "b 3"], w: Float[ndarray, "4 c"]):\n    return mm(a, w)\n')
    r = prove(src)
    (f,) = r.findings
    assert f.where.line == 5 and "parameter 'w' of mm()" in f.sentence


def test_reports_render(tmp_path):
    r = prove(str(EXAMPLES / "planted.py"))
    doc = json.loads(r.to_json())
    assert doc["status"] == "refuted" and doc["counts"]["refuted"] >= 5
    md = r.to_markdown()
    assert md.startswith("# Proof report: **refuted**") and "planted.py:13:12" in md
    assert "REFUTED" in r.to_text()


def test_timeouts_are_unknown_not_hangs():
    # a reshape over products of symbols is nonlinear; with a 1 ms bound Z3 may give up
    r = prove('def f(x: Float[ndarray, "a b c"]):\n    return x.reshape(c, b, a)\n', timeout_ms=1)
    assert r.status in ("proved", "unknown")


def test_verdicts_are_cached_by_content(tmp_path, monkeypatch):
    monkeypatch.setenv("ORACLE_CACHE_DIR", str(tmp_path))
    src = "def s(k, x):\n    return k * x\ndef e(k, d: U['m']) -> U['J']:\n    return s(k, d)\n"
    first = prove(src)
    files = list((tmp_path / "proofs").rglob("*.json"))
    assert files, "the Z3 verdict was written to the cache"
    from proofs import cache
    cache._memory.clear()
    second = prove(src)
    assert dict(second.result("e").inferred) == dict(first.result("e").inferred)


def test_markdown_reports_escape_names_from_the_users_files(tmp_path):
    odd = tmp_path / "a|b`c <x>.py"
    odd.write_text("def f(x: U['m'], t: U['s']):\n    return x + t\n")
    md = prove(str(odd)).to_markdown()
    row = next(line for line in md.splitlines() if line.startswith("| `f`"))
    assert row.count(" | ") == 3 and "a\\|b`c <x>.py" in row  # before: the | split the table row
    assert "``" in row  # a code span longer than the backtick inside it


def test_markdown_escapes_problems_and_suggested_edits_too(tmp_path):
    (tmp_path / "a|b`c.py").write_text("def f(x: U['m'], y_ft: U['ft']):\n    return x + y_ft\n")
    (tmp_path / "bad|<b>.py").write_text("def g(x: U['nosuchunit']):\n    return x\n")
    md = prove(str(tmp_path), use_cache=False).to_markdown()
    problem = next(line for line in md.splitlines() if "nosuchunit" in line)
    assert "bad\\|&lt;b>.py" in problem and "<b>" not in problem
    refuted = next(line for line in md.splitlines() if "suggested" in line)
    assert refuted.startswith("- ``") and "(suggested: `y_ft * 0.3048`)" in refuted


def test_units_example_names_each_planted_scale_and_offset_mistake():
    from proofs.report import conversion, finding_kind

    path = EXAMPLES / "units.py"
    r = prove(str(path))
    source = path.read_text().splitlines()
    found = {f.where.line: (finding_kind(f), conversion(f)) for f in r.findings}
    assert sorted(found) == [i + 1 for i, line in enumerate(source) if "# MISTAKE" in line]
    assert [k for k, _ in found.values()] == ["scale", "offset", "scale"]
    assert [c["edit"]["replacement"] for _, c in found.values()] == ["ceiling / 0.3048", "(temperature + 273.15)",
                                                                    "drift / 57.29578"]
