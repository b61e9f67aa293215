"""oracle ask: one question, --json, --batch; bad input is exit 2 with its place."""
import json

from oracle.cli import main

Q = "A 2 kg ball moves at 3 m/s. What is its kinetic energy in J?"


def test_ask_shows_the_reading_then_the_answer(capsys):
    assert main(["ask", Q, "--reader", "rule"]) == 0
    out = capsys.readouterr().out
    assert out.index('"2 kg" -> mass (m)') < out.index("kinetic energy (E_k) = 9 J")


def test_ask_abstains_with_exit_1(capsys):
    assert main(["ask", "What is the kinetic energy?", "--reader", "rule"]) == 1
    assert "no answer: the question gives no values" in capsys.readouterr().out


def test_ask_json(capsys):
    assert main(["ask", Q, "--reader", "rule", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["answered"] and data["value"] == 9.0 and data["reading"]["find"] == "E_k"
    assert {g["text"] for g in data["reading"]["givens"]} == {"2 kg", "3 m/s"}


def test_batch(tmp_path, capsys):
    f = tmp_path / "q.jsonl"
    f.write_text(json.dumps({"question": Q}) + "\n" + json.dumps("What is 2 kg?") + "\n")
    assert main(["ask", "--batch", str(f), "--reader", "rule"]) == 1   # one of two answered
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["answered"] for x in lines] == [True, False]


def test_batch_bad_line_names_its_place(tmp_path, capsys):
    f = tmp_path / "q.jsonl"
    f.write_text(json.dumps({"question": Q}) + "\n{oops\n")
    assert main(["ask", "--batch", str(f), "--reader", "rule"]) == 2
    assert f"{f}:2:2: not JSON" in capsys.readouterr().err


def test_exit_codes_follow_the_status(monkeypatch, capsys):
    from oracle.cli import ASK_EXIT, QUERY_EXIT

    assert {k: v for k, v in ASK_EXIT.items() if k in QUERY_EXIT} == {k: v for k, v in QUERY_EXIT.items() if k in ASK_EXIT}
    # a value not every given is used for is hedged: shown as such, exit 3, no "answered"
    assert main(["ask", "A 2 kg ball moves at 3 m/s for 5 s. What is its kinetic energy in J?",
                 "--reader", "rule", "--json"]) == 3
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "hedged" and not data["answered"] and data["value"] is None
    assert data["answer"]["status"] == "hedged"
