"""Benchmark: fuzzing every parser and entry point, as an attacker or a careless user would.

Generated inputs (``benchmarks/_fuzz_inputs.py``: unit strings, given values, Python
sources, law formulas, Turtle, knowledge-graph JSON, circuit files, ``oracle.query``
calls and command lines) are tried, each target in its own isolated worker process
(``python -I``), so that a crash is counted and the run goes on with the next input. An
input is **ok** (accepted), **clean** (refused with the documented error: a ValueError
subclass naming what and where, or exit code 2), **uncaught** (anything else), a
**crash** (the worker died: a segfault, an abort) or a **time-out** (no answer within
``INPUT_TIMEOUT_S``; the worker is killed and restarted). The goal: no uncaught, no crash,
no time-out, and the worst input's time within the bound.

Baseline, side by side: the bounded unit grammar (``psg.units.parse_unit``) against pint's
own parser on the generated unit strings both accept (pint alone would evaluate
``9**9**99``: only strings our grammar bounds are given to it).

Usage::

    .venv/bin/python benchmarks/fuzz.py            # about 12,000 inputs, a few minutes
    .venv/bin/python benchmarks/fuzz.py --quick    # about 2,600 inputs, under a minute
    .venv/bin/python benchmarks/fuzz.py --targets units,circuits --scale 10   # longer, by hand

A failing input is reproduced with ``_fuzz_inputs.case(target, index)`` and
``_fuzz_inputs.attempt(target, input, scratch_folder)``. The last line is
``RESULT fuzz tried=<n> uncaught=<n> crashes=<n> timeouts=<n> worst_s=<x>``.
"""
from __future__ import annotations

import argparse
import json
import os
import selectors
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # (not HERE: benchmarks/spiking.py would shadow the package)


def _load_inputs():
    import importlib.util

    spec = importlib.util.spec_from_file_location("_fuzz_inputs", HERE / "_fuzz_inputs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["_fuzz_inputs"] = module
    spec.loader.exec_module(module)
    return module


F = _load_inputs()

#: Inputs per target in a full run (``--quick``: a fifth; ``--scale`` multiplies).
COUNTS = {"units": 4000, "values": 2500, "sources": 1500, "formulas": 1200, "turtle": 500, "json": 800,
          "circuits": 600, "queries": 800, "cli": 400}
#: No input may take longer (the documented bound); past it the worker is killed.
INPUT_TIMEOUT_S = 60.0
#: A worker may take this long to start (loading, or on a first run building, the knowledge base).
STARTUP_TIMEOUT_S = 900.0
#: Workers at once: bounded by the cores (2 on the shared machine).
WORKERS = max(1, min(2, os.cpu_count() or 1))


class Run:
    """One target's worker process, restarted after a crash or a time-out."""

    def __init__(self, target: str, count: int):
        self.target, self.count = target, count
        self.next = 0            # the next input to start from
        self.current = None      # the input being tried (a "begin" seen, no result yet)
        self.since = 0.0
        self.proc = None
        self.buf = b""
        self.outcomes = {"ok": 0, "clean": 0, "uncaught": 0, "crash": 0, "timeout": 0}
        self.times: list[float] = []
        self.failures: list[str] = []
        self.starting = True

    @property
    def done(self) -> bool:
        return self.next >= self.count and self.proc is None

    def start(self) -> None:
        argv = [sys.executable, "-I", str(HERE / "_fuzz_inputs.py"), self.target, str(self.next),
                str(self.count - self.next)]
        env = {**os.environ, "MPLBACKEND": "Agg"}
        scratch = tempfile.mkdtemp(prefix=f"fuzz-{self.target}-")  # the worker's cwd: nothing lands in the tree
        self.proc = subprocess.Popen(argv, cwd=scratch, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                                     start_new_session=True)
        self.buf, self.current, self.since, self.starting = b"", None, time.monotonic(), True

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.wait()

    def lines(self, data: bytes):
        self.buf += data
        while b"\n" in self.buf:
            line, self.buf = self.buf.split(b"\n", 1)
            try:
                yield json.loads(line)
            except ValueError:
                continue

    def record(self, msg: dict) -> None:
        self.since = time.monotonic()
        if msg.get("ready"):
            self.starting = False
        elif "begin" in msg:
            self.current = msg["begin"]
        elif "outcome" in msg:
            self.outcomes[msg["outcome"]] += 1
            self.times.append(msg["s"])
            if msg["outcome"] == "uncaught":
                self.failures.append(f"{self.target}[{msg['i']}]: {msg['detail']}")
            self.current, self.next = None, msg["i"] + 1

    def ended(self, rc: int) -> None:
        """The worker exited: finished, or died on the current input (a crash)."""
        if self.current is not None:
            self.outcomes["crash"] += 1
            self.failures.append(f"{self.target}[{self.current}]: worker died (exit {rc})")
            self.next = self.current + 1
        elif self.next < self.count and rc != 0:  # died before its first input: count it once, go on
            self.outcomes["crash"] += 1
            self.failures.append(f"{self.target}: worker failed to start (exit {rc})")
            self.next = self.count
        self.proc = None

    def timed_out(self, now: float) -> bool:
        limit = STARTUP_TIMEOUT_S if self.starting else INPUT_TIMEOUT_S
        return self.proc is not None and now - self.since > limit

    def time_out(self) -> None:
        self.kill()
        self.proc = None
        if self.starting:  # not an input's fault: the target cannot be fuzzed here
            self.failures.append(f"{self.target}: the worker did not start within {STARTUP_TIMEOUT_S:g} s")
            self.outcomes["crash"] += 1
            self.next = self.count
            return
        self.outcomes["timeout"] += 1
        where = self.current if self.current is not None else self.next
        self.failures.append(f"{self.target}[{where}]: no answer within {INPUT_TIMEOUT_S:g} s")
        self.times.append(INPUT_TIMEOUT_S)
        self.next = where + 1


def fuzz(counts: dict[str, int]) -> list[Run]:
    runs = [Run(t, n) for t, n in counts.items() if n > 0]
    pending = list(runs)
    active: dict[int, Run] = {}
    sel = selectors.DefaultSelector()
    while pending or active:
        while pending and len(active) < WORKERS:
            r = pending.pop(0)
            r.start()
            active[r.proc.stdout.fileno()] = r
            sel.register(r.proc.stdout, selectors.EVENT_READ, r)
        for key, _ in sel.select(timeout=1.0):
            r = key.data
            data = os.read(key.fileobj.fileno(), 1 << 16)
            if data:
                for msg in r.lines(data):
                    r.record(msg)
                continue
            sel.unregister(key.fileobj)
            del active[key.fileobj.fileno()]
            r.ended(r.proc.wait())
            if not r.done:
                pending.insert(0, r)
        now = time.monotonic()
        for fd, r in list(active.items()):
            if r.timed_out(now):
                sel.unregister(r.proc.stdout)
                del active[fd]
                r.time_out()
                if not r.done:
                    pending.insert(0, r)
    return runs


def pint_baseline(n: int) -> tuple[int, float, float]:
    """(strings, our seconds, pint's seconds) over generated unit strings both accept."""
    import random

    from psg.units import UnitError, parse_unit, registry

    ureg = registry()
    texts = []
    rng = random.Random(7)
    while len(texts) < n:
        t = F.unit_text(rng)
        try:
            parse_unit(t)
            ureg.parse_units(t)
            texts.append(t)
        except (UnitError, Exception):  # noqa: BLE001 - only strings both read are timed
            continue
    def best(fn, clear) -> float:  # warm, then the fastest of three rounds (a shared machine)
        times = []
        for _ in range(3):
            clear()
            t0 = time.perf_counter()
            for t in texts:
                fn(t)
            times.append(time.perf_counter() - t0)
        return min(times)

    ours = best(parse_unit, parse_unit.cache_clear)  # the whole-string cache cleared; names stay known
    theirs = best(ureg.parse_units, ureg._cache.parse_unit.clear)  # likewise for pint
    return len(texts), ours, theirs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="a fifth of the inputs: under a minute")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every target's input count")
    ap.add_argument("--targets", default=",".join(F.TARGETS), help="comma-separated targets")
    args = ap.parse_args()
    chosen = [t for t in args.targets.split(",") if t]
    unknown = [t for t in chosen if t not in COUNTS]
    if unknown:
        ap.error(f"unknown target {unknown[0]!r}; choose from {', '.join(COUNTS)}")
    factor = args.scale * (0.2 if args.quick else 1.0)
    counts = {t: max(1, int(COUNTS[t] * factor)) for t in chosen}
    print(f"fuzz: {sum(counts.values())} inputs over {len(counts)} targets, {WORKERS} workers, "
          f"a bound of {INPUT_TIMEOUT_S:g} s per input")
    t0 = time.perf_counter()
    runs = fuzz(counts)
    wall = time.perf_counter() - t0
    head = f"{'target':<10} {'tried':>6} {'ok':>6} {'clean':>6} {'uncaught':>8} {'crashes':>7} {'timeouts':>8} " \
           f"{'mean_ms':>8} {'worst_s':>8}"
    print(head)
    print("-" * len(head))
    total = {"tried": 0, "uncaught": 0, "crash": 0, "timeout": 0}
    worst = 0.0
    for r in runs:
        o = r.outcomes
        tried = sum(o.values())
        w = max(r.times, default=0.0)
        worst = max(worst, w)
        mean = statistics.fmean(r.times) * 1e3 if r.times else 0.0
        print(f"{r.target:<10} {tried:>6} {o['ok']:>6} {o['clean']:>6} {o['uncaught']:>8} {o['crash']:>7} "
              f"{o['timeout']:>8} {mean:>8.2f} {w:>8.3f}")
        total["tried"] += tried
        for k in ("uncaught", "crash", "timeout"):
            total[k] += o[k]
    failures = [f for r in runs for f in r.failures]
    for f in failures[:30]:
        print("  FAILED", f)
    if "units" in counts:
        n, ours, theirs = pint_baseline(200 if args.quick else 1000)
        print(f"baseline: {n} unit strings both accept: bounded grammar {ours / n * 1e6:.1f} us each, "
              f"pint {theirs / n * 1e6:.1f} us each (ratio pint/ours {theirs / ours:.2f})")
    print(f"wall {wall:.1f} s")
    print(f"RESULT fuzz tried={total['tried']} uncaught={total['uncaught']} crashes={total['crash']} "
          f"timeouts={total['timeout']} worst_s={worst:.3f}")
    sys.exit(1 if total["uncaught"] or total["crash"] or total["timeout"] else 0)


if __name__ == "__main__":
    main()
