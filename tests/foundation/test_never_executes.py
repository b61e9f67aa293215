"""Analysing code never runs it: a file that would leave a marker if executed is analysed."""
import subprocess
import sys
import textwrap

from psg import parse
from proofs import prove


def booby_trap(tmp_path):
    marker = tmp_path / "MARKER"
    src = textwrap.dedent(f'''
        import pathlib
        pathlib.Path({str(marker)!r}).write_text("module body ran")

        class Meta(type):
            def __new__(mcs, *a):
                pathlib.Path({str(marker)!r}).write_text("metaclass ran")

        def boom(x: U["m"]) -> U["m"]:
            pathlib.Path({str(marker)!r}).write_text("function ran")
            return x

        @law(output="x", assumes=("x > 0",))
        def law_boom(x: U["m"]) -> U["m"]:
            """A law whose body would leave the marker."""
            return x + boom(x)

        if __name__ == "__main__":
            pathlib.Path({str(marker)!r}).write_text("main ran")
    ''')
    path = tmp_path / "trap.py"
    path.write_text(src)
    return path, marker


def test_parse_and_prove_never_execute(tmp_path):
    path, marker = booby_trap(tmp_path)
    g = parse(path)
    assert any(n.label == "law_boom" for n in g.nodes)
    assert prove(str(path)).status == "proved"
    assert not marker.exists()


def test_cli_never_executes(tmp_path):
    path, marker = booby_trap(tmp_path)
    out = subprocess.run([sys.executable, "-m", "oracle.cli", "prove", str(path), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert not marker.exists()
