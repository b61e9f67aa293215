"""Keep going, like a linter: bad input in one file is a problem of that file, every other
file is still proved and reported; a path that does not exist is an error."""
import json

import pytest

from oracle.cli import main
from proofs import prove, prove_source
from psg import SourceError


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a_syntax.py").write_text("def f(:\n")
    (tmp_path / "b_unit.py").write_text("from oracle.laws import U\n\ndef g(x: U['meterz'], t: U['s']) -> U['m']:\n"
                                        "    return x * t\n\ndef h(t: U['s'], d: U['m']) -> U['m']:\n    return t + d\n")
    (tmp_path / "c_wrong.py").write_text("from oracle.laws import U\n\ndef k(a: U['m'], b: U['ft']) -> U['m']:\n"
                                         "    return a + b\n")
    (tmp_path / "d_alias.py").write_text("def w(x: 'Length') -> 'Length':\n    return x\n")
    return tmp_path


def test_every_file_is_proved_and_each_problem_named(folder):
    r = prove(folder, use_cache=False)
    problems = [str(p) for p in r.problems]
    assert problems[0] == f"{folder / 'a_syntax.py'}:1:7: syntax error: invalid syntax"
    assert problems[1] == (f"{folder / 'b_unit.py'}:3:10: unknown unit 'meterz': pint cannot parse it; "
                           "did you mean 'meter'?")
    assert problems[2].startswith(f"{folder / 'd_alias.py'}:1:10: annotation 'Length' names nothing")
    assert [p.__class__.__name__ for p in r.problems] == ["SourceError", "SourceError", "SourceWarning",
                                                         "SourceWarning"]  # 'Length' twice: parameter, result
    found = {(f.where.file.rpartition("/")[2], f.where.line) for f in r.findings}
    # the unknown unit makes x unknown (never a refutation), the rest of its file is still proved
    assert found == {("b_unit.py", 7), ("c_wrong.py", 4)}
    assert r.exit_code == 2 and r.summary().startswith("ERROR:")


def test_the_command_keeps_going_and_exits_2(folder, capsys):
    assert main(["prove", str(folder)]) == 2
    out = capsys.readouterr().out
    assert "a_syntax.py:1:7: error: syntax error" in out and "c_wrong.py:4:12: adds a length in ft" in out
    assert main(["prove", str(folder), "--json"]) == 2
    doc = json.loads(capsys.readouterr().out)
    assert doc["exit_code"] == 2 and [p["level"] for p in doc["problems"]] == ["error", "error", "warning", "warning"]
    assert {f["kind"] for fn in doc["functions"] for f in fn["findings"]} == {"dimension", "scale"}


def test_a_missing_path_is_an_error_not_empty_source(tmp_path, capsys):
    with pytest.raises(SourceError, match="no such file or folder"):
        prove(str(tmp_path / "missing.py"))
    assert main(["prove", str(tmp_path / "missing.py")]) == 2
    assert "missing.py: no such file or folder" in capsys.readouterr().err


def test_source_text_has_its_own_function():
    assert prove_source("x = 1").status == "proved"  # one line of source, not a path
    with pytest.raises(SourceError):
        prove("x = 1")


def test_deep_nesting_and_huge_expressions_are_a_problem_or_proved_in_bounded_time():
    deep = "def f(x):\n    return " + "(" * 400 + "x" + ")" * 400 + "\n"
    long_sum = "from oracle.laws import U\ndef g(x: U['m']) -> U['m']:\n    return " + " + ".join(["x"] * 3000) + "\n"
    nested = "def h(x):\n    return " + "-" * 5000 + "x\n"
    for src in (deep, long_sum, nested):
        r = prove_source(src, use_cache=False)
        assert r.status in ("proved", "unchecked") or r.problems, r.to_text()


def test_circular_imports_between_analysed_files(tmp_path):
    (tmp_path / "ping.py").write_text("from oracle.laws import U\nfrom pong import back\n\n"
                                      "def there(x: U['m']) -> U['m']:\n    return back(x)\n")
    (tmp_path / "pong.py").write_text("from oracle.laws import U\nfrom ping import there\n\n"
                                      "def back(x: U['m']) -> U['s']:\n    return there(x)\n")
    r = prove(tmp_path, use_cache=False)
    assert [(f.where.file.rpartition("/")[2], f.where.line) for f in r.findings] == [("ping.py", 5)]
