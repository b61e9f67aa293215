"""Benchmark: one vectorized answer against the loop of single questions it replaces.

For each question, the givens are arrays of N elements (pint quantities); the baseline
asks the same question once per element (what a user would write without arrays). Both
are warm (knowledge base loaded, first question asked once) and learning is off. Every
element of the array answer must equal the single answer to rel 1e-12.

Usage::

    .venv/bin/python benchmarks/arrays.py            # N = 10,000 (the loop timed on 1,000, scaled)
    .venv/bin/python benchmarks/arrays.py --quick    # N = 1,000 (the loop timed on 100), under a minute

The last line is ``RESULT arrays n=<N> min_speedup=<x> max_us_per_element=<x>``.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pint  # noqa: E402

import oracle  # noqa: E402

# (name, givens as functions of an array of N values in [0, 1), find, unit)
QUESTIONS = [
    ("kinetic energy (a condition per element: v <= c/10)",
     lambda u, x: {"mass": "2 kg", "speed": u.Quantity(1 + 1e3 * x, "m/s")}, "kinetic energy", "J"),
    ("falling mass, two laws",
     lambda u, x: {"mass": u.Quantity(1 + x, "kg"), "height": u.Quantity(1 + 100 * x, "m")},
     "kinetic energy on Earth", "J"),
    ("Ohm's law",
     lambda u, x: {"voltage": u.Quantity(1 + 10 * x, "V"), "resistance": "470 ohm"}, "current", "mA"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    n, loop_n = (1000, 100) if args.quick else (10_000, 1000)
    u = pint.UnitRegistry()
    x = np.random.default_rng(7).random(n)
    speedups, per_element = [], []
    for name, make, find, unit in QUESTIONS:
        oracle.query(make(u, x[:1]), find, unit=unit, learn=False)  # warm
        t0 = time.perf_counter()
        a = oracle.query(make(u, x), find, unit=unit, learn=False)
        t_array = time.perf_counter() - t0
        t0 = time.perf_counter()
        singles = [oracle.query(make(u, x[i]), find, unit=unit, learn=False) for i in range(loop_n)]
        t_loop = (time.perf_counter() - t0) * n / loop_n
        got = a.value_in_unit.magnitude[:loop_n]
        want = np.array([s.value_in_unit.magnitude for s in singles])
        assert a.status == singles[0].status and np.allclose(got, want, rtol=1e-12, atol=0), name
        speedups.append(t_loop / t_array)
        per_element.append(t_array / n * 1e6)
        print(f"{name}: {n} elements in {t_array * 1e3:.1f} ms ({per_element[-1]:.1f} us/element); "
              f"a loop of single questions {t_loop:.2f} s{' (scaled from ' + str(loop_n) + ')' if loop_n < n else ''}; "
              f"{speedups[-1]:.0f}x; status {a.status}")
    print(f"RESULT arrays n={n} min_speedup={min(speedups):.1f} max_us_per_element={max(per_element):.1f}")


if __name__ == "__main__":
    main()
