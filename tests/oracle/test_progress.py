"""Progress on a terminal: drawn only for work longer than its delay, never off a TTY,
and the proving and searching commands report through it."""
import io
import time

from oracle.progress import Progress, Ticker


class FakeTTY(io.StringIO):
    def isatty(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")  # as real files do
        return True


def test_progress_draws_only_after_its_delay_and_ends_the_line():
    tty = FakeTTY()
    with Progress(4, "work", stream=tty, delay=0.2, min_interval=0) as p:
        p.advance()
        assert tty.getvalue() == ""  # quick work prints nothing
        time.sleep(0.25)
        p.update(3, total=5)
    out = tty.getvalue()
    assert "\rwork [" in out and "3/5" in out and out.endswith("\n")


def test_progress_is_silent_off_a_terminal_and_on_a_closed_stream():
    quiet = io.StringIO()
    with Progress(2, "work", stream=quiet) as p:
        p.advance(2)
    closed = FakeTTY()
    closed.close()
    with Progress(2, "work", stream=closed) as p:  # a closed stream is not a terminal
        p.advance(2)
    assert quiet.getvalue() == ""


def test_ticker_shows_seconds_for_slow_work_then_clears_its_line():
    tty = FakeTTY()
    with Ticker("compiling", stream=tty, delay=0.05, interval=0.02) as t:
        assert t.running
        time.sleep(0.2)
    out = tty.getvalue()
    assert "\rcompiling ... " in out and " s" in out and out.endswith("\r\033[K")
    assert not t.running
    fast = FakeTTY()
    with Ticker("quick", stream=fast, delay=5):
        pass
    assert fast.getvalue() == ""


def test_prove_reports_each_function_to_its_progress_hook():
    from proofs import prove

    seen = []
    report = prove("def f(x):\n    return x\n\ndef g(y):\n    return f(y)\n", progress=lambda d, t: seen.append((d, t)))
    total = len(report.results)  # f, g and the module's own code
    assert total >= 2 and seen == [(k, total) for k in range(1, total + 1)]
    assert report.status == "unchecked"  # nothing annotated, nothing inferred but polymorphism
