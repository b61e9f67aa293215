"""Benchmark: checking a generated 10,000-line module.

Measures, in one run: obligations per second on the fast path (concrete obligations,
no solver), obligations per second through Z3 (unknown dimensions, cache off), and the
whole-file check time (parse + inference + solving) of a 10,000-line module that mixes
both. Goals (issue 2): fast path >= 50,000 obligations/s; the 10,000-line file in < 5 s.

    python benchmarks/prove.py [--quick] [--lines N]
"""
from __future__ import annotations

import argparse
import random
import time

from psg import parse
from proofs import check, infer

UNITS = [("m", "L"), ("s", "T"), ("kg", "M"), ("m/s", "V"), ("N", "F"), ("J", "E")]


def annotated_function(k: int, rng: random.Random) -> list[str]:
    """Nine lines of annotated, dimensionally sound code."""
    return [
        f"def f{k}(x: U['m'], t: U['s'], m: U['kg']) -> U['J']:",
        "    v = x / t",
        "    a = v / t",
        "    F = m * a",
        f"    w = F * x + {rng.randint(1, 9)} * m * v**2",
        "    p = m * v",
        "    e = p * v + w - F * x",
        "    return e + 0.5 * m * (x / t) ** 2",
        "",
    ]


def polymorphic_function(k: int, rng: random.Random) -> list[str]:
    """Nine lines with unannotated parameters: their units are unknowns for Z3."""
    return [
        f"def g{k}(a, b, c):",
        "    s = a * b",
        "    d = s / c",
        "    q = d + a * b / c",
        f"    r = q * {rng.randint(1, 9)}",
        "    u = r - d",
        "    h = u * c / b",
        "    return h + a",
        "",
    ]


def module(lines: int, polymorphic_share: float, seed: int = 0) -> str:
    rng = random.Random(seed)
    out = ["from math import sqrt", ""]
    k = 0
    while len(out) < lines:
        make = polymorphic_function if rng.random() < polymorphic_share else annotated_function
        out.extend(make(k, rng))
        k += 1
    return "\n".join(out) + "\n"


def timed(fn, repeat: int = 3):
    best, value = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - t0)
    return best, value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller Z3 sample, fewer repeats")
    ap.add_argument("--lines", type=int, default=10_000)
    args = ap.parse_args()
    repeat = 1 if args.quick else 3

    fast_src = module(args.lines, 0.0)
    fast_system = infer(parse(fast_src))
    t_fast, results = timed(lambda: check(fast_system, use_cache=False), repeat)
    n_fast = sum(r.fast for r in results)
    assert all(r.verdict in ("proved", "unchecked") for r in results)  # (module code with nothing to check)

    z3_src = module(300 if args.quick else 1_000, 1.0)
    z3_system = infer(parse(z3_src))
    t_z3, results = timed(lambda: check(z3_system, use_cache=False), 1)
    n_z3 = sum(r.solved for r in results)

    mixed = module(args.lines, 0.1)
    t_file, _ = timed(lambda: check(infer(parse(mixed)), use_cache=False), repeat)
    t_parse, _ = timed(lambda: parse(mixed), repeat)

    fast_rate, z3_rate = n_fast / t_fast, n_z3 / t_z3
    print(f"{'measure':<38}{'value':>14}")
    print(f"{'fast path obligations':<38}{n_fast:>14,}")
    print(f"{'fast path obligations/s':<38}{fast_rate:>14,.0f}   goal >= 50,000")
    print(f"{'Z3 obligations':<38}{n_z3:>14,}")
    print(f"{'Z3 obligations/s (cache off)':<38}{z3_rate:>14,.0f}")
    print(f"{'fast path / Z3 speed ratio':<38}{fast_rate / z3_rate:>14,.1f}x")
    print(f"{f'{args.lines:,}-line file, parse only (s)':<38}{t_parse:>14.3f}")
    print(f"{f'{args.lines:,}-line file, whole check (s)':<38}{t_file:>14.3f}   goal < 5")
    print(f"RESULT prove fastpath_obligations_per_s={fast_rate:.0f} z3_obligations_per_s={z3_rate:.0f} "
          f"file_10k_s={t_file:.3f}")


if __name__ == "__main__":
    main()
