"""A small progress bar on standard error, shown only to a person at a terminal.

>>> p = Progress(3, "solving", stream=None)
>>> for _ in range(3):
...     p.advance()
>>> p.done
3
"""
from __future__ import annotations

import sys
import time


class Progress:
    """``Progress(total, label)``; ``advance(n)``; ``close()``. Silent unless the stream is a TTY."""

    def __init__(self, total: int, label: str, stream=sys.stderr, min_interval: float = 0.1) -> None:
        self.total, self.label, self.done = max(int(total), 0), label, 0
        self.stream = stream if stream is not None and getattr(stream, "isatty", lambda: False)() else None
        self.t0 = time.perf_counter()
        self.last = 0.0
        self.min_interval = min_interval

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.perf_counter()
        if self.stream is not None and (now - self.last >= self.min_interval or self.done >= self.total):
            self.last = now
            width = 30
            filled = width * self.done // self.total if self.total else width
            self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] "
                              f"{self.done}/{self.total} {now - self.t0:5.1f} s")
            self.stream.flush()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
