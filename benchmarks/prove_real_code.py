"""Benchmark: `oracle prove` over large real code that is correct: zero refutations.

The sources of numpy, scipy, matplotlib, pint and astropy (whichever are installed in this
environment; none of them carries unit annotations) are read and proved, each library as
one run (its modules call each other). Such code runs and is used by millions, so every
refutation would be a false alarm: the goal is zero. Printed per library: files, lines,
functions by verdict, obligations, refutations, input problems (files Python itself would
not parse here are counted, not refuted), and seconds.

    python benchmarks/prove_real_code.py [--quick] [--libraries numpy,pint]

``--quick`` proves one subpackage of each (``numpy.linalg``, ``scipy.integrate``,
``matplotlib.axes``, ``pint.facets``, ``astropy.units``) and ends within about a minute.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

LIBRARIES = ("numpy", "scipy", "matplotlib", "pint", "astropy")
QUICK = {"numpy": "numpy/linalg", "scipy": "scipy/integrate", "matplotlib": "matplotlib/axes",
         "pint": "pint/facets", "astropy": "astropy/units"}


def source_root(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def prove_library(name: str, quick: bool) -> dict | None:
    from proofs import prove

    root = source_root(name)
    if root is None:
        return None
    folder = root.parent / QUICK[name] if quick else root
    files = sorted(folder.rglob("*.py"))
    lines = sum(len(f.read_bytes().splitlines()) for f in files)
    t0 = time.perf_counter()
    report = prove(files, use_cache=False)
    seconds = time.perf_counter() - t0
    c = report.counts()
    return {"library": name, "where": str(folder), "files": len(files), "lines": lines, "seconds": seconds,
            "functions": c["functions"], "proved": c["functions_proved"], "unchecked": c["functions_unchecked"],
            "undecided": c["functions_unknown"], "obligations": c["obligations"], "refuted": c["refuted"],
            "findings": [f"{f.where}: {f.sentence}" for f in report.findings], "problems": len(report.errors),
            "problem_lines": [str(p) for p in report.errors]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="one subpackage of each library")
    ap.add_argument("--libraries", default=",".join(LIBRARIES))
    ap.add_argument("--verbose", action="store_true", help="print each refutation and input problem")
    args = ap.parse_args()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    rows = []
    print(f"{'library':<12}{'files':>7}{'lines':>10}{'functions':>11}{'proved':>8}{'unchecked':>10}"
          f"{'undecided':>10}{'obligations':>12}{'refuted':>9}{'problems':>9}{'seconds':>9}", flush=True)
    for name in args.libraries.split(","):
        row = prove_library(name.strip(), args.quick)
        if row is None:
            print(f"{name:<12} not installed here")
            continue
        rows.append(row)
        print(f"{name:<12}{row['files']:>7}{row['lines']:>10,}{row['functions']:>11,}{row['proved']:>8,}"
              f"{row['unchecked']:>10,}{row['undecided']:>10}{row['obligations']:>12,}{row['refuted']:>9}"
              f"{row['problems']:>9}{row['seconds']:>9.1f}", flush=True)
        if args.verbose:
            for line in row["findings"] + row["problem_lines"]:
                print(f"    {line}")
    refuted = sum(r["refuted"] for r in rows)
    lines = sum(r["lines"] for r in rows)
    print(f"refutations on {lines:,} lines of correct code: {refuted}   goal 0")
    print(f"RESULT prove_real_code refutations={refuted} lines={lines} libraries={len(rows)} "
          f"seconds={sum(r['seconds'] for r in rows):.1f}")


if __name__ == "__main__":
    main()
