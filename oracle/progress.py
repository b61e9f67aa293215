"""Progress on standard error, shown only to a person at a terminal, and only for work
that takes longer than ``delay`` seconds (so quick commands print nothing extra).

``Progress`` is a bar for work of known size; ``Ticker`` shows the seconds elapsed for
work of unknown size (a compile, a simulation that stops when the circuit is quiet).

>>> p = Progress(3, "solving", stream=None)
>>> for _ in range(3):
...     p.advance()
>>> p.done
3
>>> with Ticker("simulating", stream=None) as t:
...     pass
>>> t.running
False
"""
from __future__ import annotations

import sys
import threading
import time


STDERR = "stderr"  # the default stream: sys.stderr as it is when the bar is made


def _tty(stream):
    """The stream if it is an open terminal, else None."""
    stream = sys.stderr if stream is STDERR else stream
    try:
        return stream if stream is not None and stream.isatty() else None
    except (AttributeError, ValueError):  # no isatty, or closed
        return None


class Progress:
    """``Progress(total, label)``; ``advance(n)`` or ``update(done, total)``; ``close()``.
    Silent unless the stream is a TTY and ``delay`` seconds have passed."""

    def __init__(self, total: int, label: str, stream=STDERR, min_interval: float = 0.1,
                 delay: float = 0.0) -> None:
        self.total, self.label, self.done = max(int(total), 0), label, 0
        self.stream = _tty(stream)
        self.t0 = time.perf_counter()
        self.last = 0.0
        self.min_interval, self.delay = min_interval, delay
        self.drawn = False

    def update(self, done: int, total: int | None = None) -> None:
        """Set the count (and the total, when it becomes known) and redraw."""
        if total is not None:
            self.total = max(int(total), 0)
        self.advance(done - self.done)

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.perf_counter()
        if self.stream is None or now - self.t0 < self.delay:
            return
        if now - self.last >= self.min_interval or self.done >= self.total:
            self.last, self.drawn = now, True
            width = 30
            filled = min(width, width * self.done // self.total) if self.total else width
            self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] "
                              f"{self.done}/{self.total} {now - self.t0:5.1f} s")
            self.stream.flush()

    def close(self) -> None:
        if self.stream is not None and self.drawn:
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Ticker:
    """``with Ticker(label): work()`` shows ``label ... 12.3 s`` (redrawn by a daemon
    thread) while the work runs longer than ``delay`` seconds; silent off a TTY."""

    def __init__(self, label: str, stream=STDERR, delay: float = 1.0, interval: float = 0.2) -> None:
        self.label, self.stream = label, _tty(stream)
        self.delay, self.interval = delay, interval
        self.running = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.drawn = False

    def _draw(self) -> None:
        t0 = time.perf_counter()
        if self._stop.wait(self.delay):
            return
        while not self._stop.is_set():
            self.stream.write(f"\r{self.label} ... {time.perf_counter() - t0:5.1f} s")
            self.stream.flush()
            self.drawn = True
            self._stop.wait(self.interval)

    def __enter__(self) -> "Ticker":
        self.running = True
        if self.stream is not None:
            self._thread = threading.Thread(target=self._draw, daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            if self.drawn:
                self.stream.write("\r\033[K")  # clear the line: the result follows
                self.stream.flush()
        self.running = False
