import json
import subprocess
import sys

import pytest

from oracle.cli import main
from oracle.data import datasets_dir

PLANTED = str(datasets_dir() / "examples" / "planted.py")
CLEAN = str(datasets_dir() / "examples" / "clean.py")


def test_exit_codes(tmp_path, capsys):
    assert main(["prove", CLEAN]) == 0
    assert main(["prove", PLANTED]) == 1
    bad = tmp_path / "bad.py"
    bad.write_text("def f(:\n")
    assert main(["prove", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:1:7: syntax error" in err and "Traceback" not in err


def test_json_and_markdown(capsys):
    main(["prove", PLANTED, "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["status"] == "refuted"
    main(["prove", PLANTED, "--markdown"])
    assert "| `distance_travelled` |" in capsys.readouterr().out


def test_folder_and_unknown_unit(tmp_path, capsys):
    (tmp_path / "u.py").write_text("def f(x: U['parsec_per_fortnightz']):\n    return x\n")
    assert main(["prove", str(tmp_path)]) == 2
    assert "unknown unit 'parsec_per_fortnightz'" in capsys.readouterr().err


def test_console_script_help_shows_examples():
    out = subprocess.run([sys.executable, "-m", "oracle.cli", "prove", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "example: oracle prove" in out.stdout
