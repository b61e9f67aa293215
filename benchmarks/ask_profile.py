"""Where the first ask of a question spends its time: CPU and wall medians, and a profile split.

On a shared machine the wall time of an ask says as much about the other processes as
about the code; the CPU time of the process (``time.process_time``) is the figure to
compare between commits. This script sets up as ``benchmarks/ask.py --quick`` does (the
knowledge base loaded, then every cache in memory only; the ternary reader; the first 10
of the synthetic split asked first, to warm what is per process), then asks each
question of the quick plain-English subset once, the first time the process reads it.
The one-off costs (imports and the knowledge base, the readers and their numba kernels,
the warm-up questions) are reported apart, never counted per question.

    .venv/bin/python benchmarks/ask_profile.py [--profile] [--top N]

``--profile`` runs cProfile over the first asks only (its timer the process's CPU time;
the profiler itself slows calls, so the shares, not the seconds, are the figures) and
prints the split by part (the reader, ``oracle.query``, the planner and its pieces) and the
top functions by own time. Ends with ``RESULT ask_profile cpu_p50_ms=<x> wall_p50_ms=<x>
cpu_total_s=<x> n=<n>`` (medians of the unprofiled asks; with ``--profile`` the asks are
profiled, so the figures are the profiled ones).
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMBA_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import io
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask as bench  # noqa: E402  (benchmarks/ask.py: the same set-up and questions)

#: the parts of an ask the split names: (label, file, function), by inclusive time
PARTS = (
    ("reader: propose", "ternary.py", "propose"),
    ("reader: revise", "ternary.py", "revise"),
    ("the text's account", "account.py", "gap"),
    ("oracle.query", "engine.py", "query"),
    ("  the planner", "plan.py", "plan"),
    ("    each set-up's readings", "plan.py", "_readings_of_kept"),
    ("      binding (setups.bind)", "setups.py", "bind"),
    ("      ranking (closures)", "plan.py", "_rank"),
    ("      names' options on objects", "plan.py", "_options"),
    ("    kinds an unnamed object may be", "plan.py", "_best_kinds"),
    ("  search, evaluation", "engine.py", "_solve"),
    ("  answer and proof", "engine.py", "_answer"),
    ("  suggestions for an unread name", "engine.py", "_suggest"),
    ("adapter: readings instead", "adapter.py", "_instead"),
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", action="store_true", help="cProfile the first asks and print the split")
    ap.add_argument("--top", type=int, default=25, help="with --profile: functions listed by own time")
    args = ap.parse_args()

    t0 = time.perf_counter()
    bench.knowledge_base_then_memory_only()
    t1 = time.perf_counter()
    from oracle.reader.loop import ask, reader_named

    reader = reader_named("ternary")
    reader.propose("A 2 kg ball moves at 3 m/s. What is its kinetic energy?")   # the kernels compiled or loaded
    t2 = time.perf_counter()
    bench.run_reader(reader, bench.synthetic(bench.QUICK_SYNTH))
    t3 = time.perf_counter()
    blind = bench.load_blind()[::bench.QUICK_STRIDE]
    print(f"one-off (not per question): imports and knowledge base {t1 - t0:.2f} s, the ternary reader and its "
          f"kernels {t2 - t1:.2f} s, {bench.QUICK_SYNTH} synthetic questions to warm the process {t3 - t2:.2f} s")

    import cProfile

    prof = cProfile.Profile(time.process_time) if args.profile else None
    cpu, wall = [], []
    for it in blind:
        c, w = time.process_time(), time.perf_counter()
        if prof is not None:
            prof.enable()
        ask(it["question"], reader, rounds=4)
        if prof is not None:
            prof.disable()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    if prof is not None:
        split(prof, args.top)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"first ask of {len(blind)} questions: CPU p50 {np.median(cpu) * 1e3:.1f} ms, wall p50 "
          f"{np.median(wall) * 1e3:.1f} ms (load average {load:.1f}){' (profiled)' if args.profile else ''}")
    print(f"RESULT ask_profile cpu_p50_ms={np.median(cpu) * 1e3:.1f} wall_p50_ms={np.median(wall) * 1e3:.1f} "
          f"cpu_total_s={sum(cpu):.2f} n={len(blind)}")
    return 0


def split(prof, top: int) -> None:
    """The share of each part in the asks' profiled time, then the top functions by own time."""
    import pstats

    stats = pstats.Stats(prof)
    inclusive: dict[tuple[str, str], float] = {}
    calls: dict[tuple[str, str], int] = {}
    for (path, _, name), (_, ncalls, _, cum, _) in stats.stats.items():
        key = (Path(path).name, name)
        inclusive[key] = inclusive.get(key, 0.0) + cum
        calls[key] = calls.get(key, 0) + ncalls
    total = inclusive.get(("loop.py", "ask"), 0.0) or 1.0
    print(f"profile of the first asks ({total:.2f} s profiled CPU), inclusive shares:")
    for label, path, name in PARTS:
        t = inclusive.get((path, name), 0.0)
        print(f"  {label:38s} {100 * t / total:5.1f}%  ({calls.get((path, name), 0)} calls)")
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    print(out.getvalue())


if __name__ == "__main__":
    sys.exit(main())
