"""Progress on a terminal (rich): drawn only for work longer than its delay, never off a
terminal (not one control code), work inside other work on its own line, and the proving
and searching commands report through it."""
import io
import itertools
import subprocess
import sys
import time
from pathlib import Path

from oracle.progress import Progress, Ticker

ROOT = Path(__file__).resolve().parents[2]


class FakeTTY(io.StringIO):
    def isatty(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")  # as real files do
        return True


def test_progress_draws_only_after_its_delay_and_clears_its_lines():
    tty = FakeTTY()
    with Progress(4, "work", stream=tty, delay=0.3) as p:
        p.advance()
        assert tty.getvalue() == ""  # quick work prints nothing, not even a hidden cursor
        time.sleep(0.6)
        p.update(3, total=5)
        time.sleep(0.3)
    out = tty.getvalue()
    assert "work" in out and "3/5" in out
    assert out.rstrip().endswith("\x1b[?25h")  # the cursor is shown again once the work ends


def test_nothing_is_drawn_off_a_terminal_or_on_a_closed_stream():
    quiet = io.StringIO()
    with Progress(2, "work", stream=quiet, delay=0) as p, Ticker("ticking", stream=quiet, delay=0):
        time.sleep(0.3)
        p.advance(2)
    closed = FakeTTY()
    closed.close()
    with Progress(2, "work", stream=closed, delay=0) as p:  # a closed stream is not a terminal
        p.advance(2)
    assert quiet.getvalue() == ""


def test_work_inside_other_work_says_what_is_being_done_now():
    """A first search builds the knowledge base: the screen says so (not "searching") while it
    builds, then "searching" again; the two never share a line or overwrite each other."""
    tty = FakeTTY()
    with Ticker("searching (numba)", stream=tty, delay=0):
        time.sleep(0.3)
        with Progress(3, "building the knowledge base: solving 3 laws", stream=tty, delay=0) as bar:
            bar.advance()
            time.sleep(0.4)
        time.sleep(0.3)
    frames = [f for f in tty.getvalue().split("\r\x1b[2K") if "searching" in f or "building" in f]
    labels = [("searching" in f, "building" in f) for f in frames]
    assert (True, True) not in labels  # never both in one frame
    order = [k for k, _ in itertools.groupby("s" if s else "b" for s, _ in labels)]
    assert order == ["s", "b", "s"], order
    building = [f for f in frames if "building" in f]
    # a frame drawn before the advance (a loaded machine) shows 0/3; the last one shows it done
    assert all("0/3" in f or "1/3" in f for f in building) and "1/3" in building[-1], building


def test_ticker_quick_work_draws_nothing():
    fast = FakeTTY()
    with Ticker("quick", stream=fast, delay=5) as t:
        assert t.running
    assert fast.getvalue() == "" and not t.running


def test_a_command_writing_to_a_pipe_has_no_control_codes(tmp_path):
    """The CLI's stderr and stdout are pipes here: no escape sequence may reach them."""
    src = tmp_path / "f.py"
    src.write_text("def f(x):\n    return x\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "oracle.cli", "prove", str(src)], capture_output=True,
                          text=True, cwd=ROOT, timeout=300, env={"PYTHONPATH": str(ROOT), "TERM": "xterm",
                                                                 "PATH": "/usr/bin:/bin"})
    assert done.returncode in (0, 1), done.stderr
    assert "\x1b" not in done.stdout + done.stderr and "\r" not in done.stdout + done.stderr


def test_prove_reports_each_function_to_its_progress_hook():
    from proofs import prove

    seen = []
    report = prove("def f(x):\n    return x\n\ndef g(y):\n    return f(y)\n", progress=lambda d, t: seen.append((d, t)))
    total = len(report.results)  # f, g and the module's own code
    assert total >= 2 and seen == [(k, total) for k in range(1, total + 1)]
    assert report.status == "unchecked"  # nothing annotated, nothing inferred but polymorphism
