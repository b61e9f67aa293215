"""oracle.check over a table of measurements (oracle/table.py): a CSV file and a pandas
DataFrame give the same results; serial equals local processes (Dask: tests/scale/test_dask.py);
bad input names table:row:column, and a bad cell is an error for its row only."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import oracle
from oracle.cli import main
from oracle.table import check_table, parse_csv
from proofs.executor import open_executor

LAB = """m [kg],v [m/s],E_k [J],p [kg*m/s]
2,3,9,6
2,3,10,6
2,x,9,6
-2,3,9,6

0.5,,,
1.5e3,0.02,0.4,30
2,3
"""


@pytest.fixture()
def lab(tmp_path):
    path = tmp_path / "lab.csv"
    path.write_text(LAB)
    return path


def test_each_row_is_checked_like_one_set_of_measurements(lab):
    rows = oracle.check(lab)
    assert [r["row"] for r in rows] == [2, 3, 4, 5, 7, 8, 9]
    assert rows[0]["exit_code"] == 0 and rows[0]["violated"] == []
    assert set(rows[0]["checked"]) >= {"mechanics.kinetic_energy", "mechanics.momentum"}
    # a row is what oracle.check of its measurements says
    one = oracle.check({"m": "2 kg", "v": "3 m/s", "E_k": "10 J", "p": "6 kg*m/s"})
    assert rows[1]["violated"] == one and rows[1]["exit_code"] == 1
    assert "mechanics.kinetic_energy" in [v["law"] for v in rows[1]["violated"]]
    assert rows[4]["checked"] == [] and rows[4]["exit_code"] == 1  # only m measured: nothing to check against


def test_a_bad_cell_is_an_error_for_its_row_and_the_rest_completes(lab):
    rows = {r["row"]: r for r in oracle.check(lab)}
    assert rows[4] == {"row": 4, "error": f"{lab}:4:2: 'x' in column 'v [m/s]' is not a number", "exit_code": 2}
    assert rows[5]["exit_code"] == 2 and rows[5]["error"].startswith(f"{lab}:5:1: column 'm [kg]': ")
    assert "m > 0" in rows[5]["error"]
    assert rows[9]["error"] == f"{lab}:9:3: the row has 2 cells, the header 4 columns"
    assert rows[8]["exit_code"] == 1 and "mechanics.kinetic_energy" in [v["law"] for v in rows[8]["violated"]]


@pytest.mark.parametrize("lines, message", [
    ([], "t.csv:1:1: empty table"),
    (["m [kg],v [m/s]"], "t.csv:2:1: no measurements"),
    (["m [kg],v"], "t.csv:1:2: column 'v' has no unit"),
    (["m [kg],frobnication [m]", "1,2"], "t.csv:1:2: column 'frobnication [m]': no quantity is called"),
    (["m [kg],v [kg]", "1,2"], "t.csv:1:2: column 'v [kg]': '1 kg' was given for speed"),
    (["m [furlongz]", "1"], "t.csv:1:1: column 'm [furlongz]': unknown unit 'furlongz'"),
    (["m [kg],mass [g]", "1,2"], "t.csv:1:2: column 'mass [g]' is the same quantity (m) as column 1"),
    (["[kg]", "1"], "t.csv:1:1: column '[kg]' names no quantity"),
    (["m [kg],", "1,2"], "t.csv:1:2: column 2 has no header"),
    (["m [1]", "1"], "t.csv:1:1: column 'm [1]': '1' was given for mass"),
])
def test_a_bad_header_or_an_empty_table_is_an_error_naming_its_place(lines, message):
    with pytest.raises(ValueError) as err:
        list(check_table(parse_csv(lines, "t.csv")))
    assert str(err.value).startswith(message)


def test_files_that_are_not_csv_tables(tmp_path):
    with pytest.raises(ValueError, match="no such file"):
        oracle.check(tmp_path / "missing.csv")
    with pytest.raises(ValueError, match="not a regular file"):
        oracle.check(tmp_path)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("m [kg],T [°C]\n1,2\n".encode("latin-1"))
    with pytest.raises(ValueError, match=r"latin.csv: not UTF-8"):
        oracle.check(latin)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(ValueError, match=r"empty.csv:1:1: empty table"):
        oracle.check(empty)
    with pytest.raises(ValueError, match="a CSV path or a pandas DataFrame, not list"):
        oracle.check([{"m": "2 kg"}])


def test_units_of_a_column_are_converted_like_a_given(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text("mass [g],speed [km/h],kinetic energy [kJ]\n2000,10.8,0.009\n")
    (row,) = oracle.check(path)
    assert row["exit_code"] == 0 and "mechanics.kinetic_energy" in row["checked"]


pd = pytest.importorskip("pandas")

values = st.floats(min_value=0.01, max_value=1e3, allow_nan=False, allow_infinity=False)
cells = st.one_of(values.map(repr), st.integers(1, 1000).map(str), st.just(""), st.sampled_from(["x", "-1", "1e"]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(cells, cells, cells), min_size=1, max_size=6))
def test_a_csv_and_a_dataframe_give_the_same_results(rows):
    header = ["m [kg]", "v [m/s]", "E_k [J]"]
    text = [",".join(header)] + [",".join(r) for r in rows]

    def cell(c):
        if c == "":
            return float("nan")
        try:
            return float(c) if "." in c or "e" in c else int(c)
        except ValueError:
            return c

    df = pd.DataFrame([[cell(c) for c in r] for r in rows], columns=header, dtype=object)
    try:
        from_csv = list(check_table(parse_csv(text, "<DataFrame>")))
    except ValueError as err:  # only blank rows: no measurements, said alike
        with pytest.raises(ValueError) as also:
            oracle.check(df)
        assert str(also.value) == str(err) and "no measurements" in str(err)
        return
    from_df = oracle.check(df)
    assert from_df == from_csv
    assert [r["row"] for r in from_df] == [k + 2 for k, r in enumerate(rows) if any(r)]  # blank rows left out


def test_a_dataframe_read_by_pandas_equals_the_csv_file(lab, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("".join(line + "\n" for line in LAB.splitlines()[:3]))
    assert oracle.check(pd.read_csv(good)) == oracle.check(good)
    assert oracle.check(pd.read_csv(good))[1]["violated"][0]["law"] == "mechanics.kinetic_energy"


def test_serial_equals_two_local_processes(lab, monkeypatch):
    import oracle.table

    serial = oracle.check(lab)
    monkeypatch.setattr(oracle.table, "CHUNK", 2)  # several tasks, on both workers
    with open_executor(workers=2) as ex:
        assert oracle.check(lab, executor=ex) == serial


def test_a_chunk_whose_task_fails_is_an_error_for_each_of_its_rows_only(lab, monkeypatch):
    import oracle.table

    good = oracle.check(lab)
    real = oracle.table.check_row

    def lost(task):  # a fault in the task itself (as a lost worker is, on a cluster)
        if task[0]["row"] == 3:
            raise RuntimeError("worker lost")
        return real(task)

    monkeypatch.setattr(oracle.table, "check_row", lost)
    monkeypatch.setattr(oracle.table, "CHUNK", 2)  # rows 2 and 3 are one task
    rows = oracle.check(lab)
    assert [r["row"] for r in rows] == [r["row"] for r in good]
    for r in rows[:2]:
        assert r["exit_code"] == 70 and r["error"] == "the task failed twice: RuntimeError: worker lost"
    assert rows[2:] == good[2:]


def test_cli_streams_json_lines_in_row_order(lab, capsys):
    assert main(["check", "--table", str(lab), "--jsonl"]) == 2  # the worst row: a bad cell
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines == oracle.check(lab)
    assert main(["check", "--table", str(lab), "--json"]) == 2
    doc = json.loads(capsys.readouterr().out)
    assert doc["rows"] == lines and doc["rel_tol"] == 0.01
    assert main(["check", "--table", str(lab)]) == 2
    text = capsys.readouterr().out.splitlines()
    assert text[1].startswith("row 3: violated mechanics.kinetic_energy (E_k is 10 J, the law gives 9 J")
    assert text[2] == f"row 4: error: {lab}:4:2: 'x' in column 'v [m/s]' is not a number"


def test_cli_exit_codes_and_misuse(tmp_path, capsys):
    ok = tmp_path / "ok.csv"
    ok.write_text("m [kg],v [m/s],E_k [J]\n2,3,9\n4,1,2\n")
    assert main(["check", "--table", str(ok), "--jsonl"]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("m [kg],v [m/s],E_k [J]\n2,3,10\n")
    assert main(["check", "--table", str(bad)]) == 1
    capsys.readouterr()
    assert main(["check", "--table", str(ok), "--given", "m=2 kg"]) == 2
    assert "leave out --given" in capsys.readouterr().err
    assert main(["check", "--given", "m=2 kg", "--workers", "2"]) == 2
    assert "go with --table" in capsys.readouterr().err
    assert main(["check"]) == 2
    nounit = tmp_path / "nounit.csv"
    nounit.write_text("m,v [m/s]\n2,3\n")
    assert main(["check", "--table", str(nounit)]) == 2
    assert f"{nounit}:1:1: column 'm' has no unit" in capsys.readouterr().err


def test_a_table_checked_against_your_own_kb_stays_in_this_process(lab):
    from hypergraph.build import load_default

    kg = load_default()
    assert oracle.check(lab, kb=kg) == oracle.check(lab)
    with pytest.raises(ValueError, match="leave out executor"):
        oracle.check(lab, kb=kg, executor=object())
    with pytest.raises(ValueError, match="executor= is for a table"):
        oracle.check({"m": "2 kg"}, executor=object())
