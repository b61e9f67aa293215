"""Benchmark: oracle.check over a table of measurements against the loop of single checks
it replaces, and on 2 local processes.

The table is a CSV of N rows (mass, speed, kinetic energy, momentum; one row in seven off
by 2%). The baseline is ``oracle.check({...})`` once per row, what a user would write
without tables (timed on a sample and scaled). Both are warm (knowledge base loaded); the
2-process run includes its workers' start-up (each loads the knowledge base). Every row's
result must equal its single check's, and the 2-process run the serial one.

Usage::

    .venv/bin/python benchmarks/check_table.py            # N = 20,000
    .venv/bin/python benchmarks/check_table.py --quick    # N = 2,000, under a minute

The last line is ``RESULT check_table rows=<N> rows_per_s=<x> vs_loop=<x> two_proc_s=<x>``
(``vs_loop``: the loop's time over the table's; above 1 the table is faster).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import oracle  # noqa: E402
from oracle.engine import default_oracle  # noqa: E402
from proofs.executor import open_executor  # noqa: E402


def write_table(path: Path, n: int) -> list[dict]:
    """Write the CSV; return each row as the measurements oracle.check takes."""
    rng, rows = random.Random(0), []
    lines = ["m [kg],v [m/s],E_k [J],p [kg*m/s]"]
    for k in range(n):
        m, v = rng.uniform(0.1, 10), rng.uniform(0.1, 10)
        e = 0.5 * m * v * v * (1.02 if k % 7 == 0 else 1.0)
        cells = [f"{m:.6g}", f"{v:.6g}", f"{e:.6g}", f"{m * v:.6g}"]
        lines.append(",".join(cells))
        rows.append(dict(zip(("m", "v", "E_k", "p"), (f"{cells[0]} kg", f"{cells[1]} m/s", f"{cells[2]} J",
                                                       f"{cells[3]} kg*m/s"))))
    path.write_text("\n".join(lines) + "\n")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="2,000 rows (under a minute)")
    args = ap.parse_args()
    n = 2_000 if args.quick else 20_000
    sample = 500 if args.quick else 2_000
    default_oracle(False)  # warm: the knowledge base loaded once, as for the loop
    with tempfile.TemporaryDirectory(prefix="check-table-") as tmp:
        path = Path(tmp) / "lab.csv"
        singles = write_table(path, n)
        t0 = time.perf_counter()
        rows = oracle.check(path)
        table_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        loop = [oracle.check(m) for m in singles[:sample]]
        loop_s = (time.perf_counter() - t0) * n / sample
        assert [r["violated"] for r in rows[:sample]] == loop, "a row differs from its single check"
        t0 = time.perf_counter()
        with open_executor(workers=2) as ex:
            two = oracle.check(path, executor=ex)
        two_s = time.perf_counter() - t0
        assert two == rows, "2 processes disagree with the serial run"
    violated = sum(r["exit_code"] == 1 for r in rows)
    print(f"{n:,} rows ({violated:,} violating a law): table {table_s:.2f} s ({n / table_s:,.0f} rows/s), "
          f"loop of single checks {loop_s:.2f} s (timed on {sample:,}), 2 processes {two_s:.2f} s "
          "(start-up included)")
    print(f"RESULT check_table rows={n} rows_per_s={n / table_s:.0f} vs_loop={loop_s / table_s:.2f} "
          f"two_proc_s={two_s:.2f}")


if __name__ == "__main__":
    main()
