"""Progress at a terminal, drawn by rich, for work that takes longer than its ``delay``.

Every piece of work running at once shares one live display per stream, so work that
starts inside other work (the knowledge base built during the first search) gets its own
line instead of overwriting the other's; a ``Ticker`` waiting on newer work is hidden until
that work ends, so the screen says what is being done now. Off a terminal (a pipe, a file,
a closed stream) nothing is drawn, not even a control code. ``Progress`` is a bar for work
of known size; ``Ticker`` a spinner with the seconds elapsed for work of unknown size (a
compile, a simulation that stops when the circuit is quiet).

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

STDERR = "stderr"  # the default stream: sys.stderr as it is when the work starts

__all__ = ["Progress", "TERMINAL", "Ticker", "is_terminal"]


def is_terminal(stream) -> bool:
    """True when ``stream`` is an open terminal (anything else gets no drawing)."""
    stream = sys.stderr if stream is STDERR else stream
    try:
        return stream is not None and bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or closed
        return False


class _Display:
    """One rich live display on one terminal stream, started when its first task is due and
    stopped (its lines cleared) when its last task ends."""

    _open: dict[int, "_Display"] = {}
    _lock = threading.Lock()

    def __init__(self, stream) -> None:
        from rich.console import Console
        from rich.progress import Progress as RichProgress, SpinnerColumn, TextColumn, TimeElapsedColumn

        class Live(RichProgress):
            def get_renderables(live):
                yield live.make_tasks_table(self._shown(live.tasks))

        self.stream = stream
        self.tasks: list[tuple[int, float, float, bool]] = []  # (task id, start, delay, is a ticker)
        self.live = Live(SpinnerColumn(), TextColumn("{task.description}"), _BarColumn(), _CountColumn(),
                         TimeElapsedColumn(), console=Console(file=stream, force_terminal=True, highlight=False),
                         transient=True, redirect_stdout=False, redirect_stderr=False)
        self.started = False

    @classmethod
    def add(cls, stream, label: str, total: int | None, delay: float) -> tuple["_Display", int]:
        with cls._lock:
            display = cls._open.get(id(stream))
            if display is None:
                display = cls._open[id(stream)] = cls(stream)
            task = display.live.add_task(label, total=total)
            display.tasks.append((task, time.perf_counter(), delay, total is None))
        timer = threading.Timer(delay, display._start_if_due)
        timer.daemon = True
        timer.start()
        return display, task

    def _shown(self, tasks) -> list:
        """The tasks due, less every ticker that newer due work is running inside."""
        now = time.perf_counter()
        due = [(t, ticker) for t, t0, delay, ticker in list(self.tasks) if now - t0 >= delay]
        keep = [t for k, (t, ticker) in enumerate(due) if not (ticker and k < len(due) - 1)]
        by_id = {t.id: t for t in tasks}
        return [by_id[t] for t in keep if t in by_id]

    def _start_if_due(self) -> None:
        with self._lock:
            if not self.started and self._open.get(id(self.stream)) is self and self.tasks:
                now = time.perf_counter()
                if any(now - t0 >= delay for _, t0, delay, _ in self.tasks):
                    self.started = True
                    self.live.start()

    def update(self, task: int, done: int, total: int | None) -> None:
        self.live.update(task, completed=done, total=total)

    def remove(self, task: int) -> None:
        with self._lock:
            newest = bool(self.tasks) and self.tasks[-1][0] == task
            self.tasks = [t for t in self.tasks if t[0] != task]
            self.live.remove_task(task)
            if newest and self.tasks and self.tasks[-1][3]:  # a ticker shown again counts from now
                self.live.reset(self.tasks[-1][0], total=None)
            if not self.tasks:
                del self._open[id(self.stream)]
                if self.started:
                    self.live.stop()
                    self.started = False


class _BarColumn:
    """A bar for work of known size, nothing for a ticker."""

    def __new__(cls):
        from rich.progress import BarColumn
        from rich.text import Text

        class Column(BarColumn):
            def render(self, task):
                return super().render(task) if task.total is not None else Text("")

        return Column(bar_width=None)  # what the label leaves of the terminal's width


class _CountColumn:
    """``done/total`` for work of known size."""

    def __new__(cls):
        from rich.progress import ProgressColumn
        from rich.text import Text

        class Column(ProgressColumn):
            def render(self, task):
                return Text(f"{int(task.completed)}/{int(task.total)}" if task.total is not None else "")

        return Column()


class Progress:
    """``Progress(total, label)``; ``advance(n)`` or ``update(done, total)``; ``close()``.
    Drawn only at a terminal, once ``delay`` seconds have passed."""

    def __init__(self, total: int, label: str, stream=STDERR, delay: float = 0.0) -> None:
        self.total, self.label, self.done = max(int(total), 0), label, 0
        stream = sys.stderr if stream is STDERR else stream
        self._display, self._task = _Display.add(stream, label, self.total, delay) if is_terminal(stream) else (None, 0)

    def update(self, done: int, total: int | None = None) -> None:
        """Set the count (and the total, when it becomes known)."""
        if total is not None:
            self.total = max(int(total), 0)
        self.advance(done - self.done)

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self._display is not None:
            self._display.update(self._task, self.done, self.total)

    def close(self) -> None:
        if self._display is not None:
            self._display.remove(self._task)
            self._display = None

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Ticker:
    """``with Ticker(label): work()`` shows a spinner, ``label`` and the seconds elapsed while
    the work runs longer than ``delay`` seconds; nothing off a terminal."""

    def __init__(self, label: str, stream=STDERR, delay: float = 1.0) -> None:
        self.label, self.delay = label, delay
        self.stream = sys.stderr if stream is STDERR else stream
        self.running = False
        self._display = None

    def __enter__(self) -> "Ticker":
        self.running = True
        if is_terminal(self.stream):
            self._display, self._task = _Display.add(self.stream, self.label, None, self.delay)
        return self

    def __exit__(self, *exc) -> None:
        if self._display is not None:
            self._display.remove(self._task)
            self._display = None
        self.running = False


class TerminalProgress:
    """Progress at a terminal for work done by a lower package, handed to it by the oracle
    (``hypergraph.build.load(..., progress=TERMINAL)``): those packages never import the oracle."""

    def bar(self, total: int, label: str) -> Progress:
        return Progress(total, label)

    def ticker(self, label: str) -> Ticker:
        return Ticker(label)


TERMINAL = TerminalProgress()
