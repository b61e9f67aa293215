"""Benchmark: `oracle prove` at scale: cold (serial, 2 local processes, a Dask local
cluster), and the incremental re-run after a one-line change, beside mypy's cold and
incremental runs on the same tree; lines per second as the tree grows.

The tree is a copy of the installed sources of numpy, scipy, matplotlib and sympy (files
taken in order until the size is reached; the copy is edited, never the installed files).
Two incremental runs follow the cold one: after a one-line change inside a function's body
(``_probe = 0; `` put before its first statement, in a file from the middle of the tree;
no line moves), then after a function is added to the same file. The file changed is proved
again, and the files that mention a name whose interface changed (an early cut-off:
usually none). The solver's verdict cache is off (every run
proves for real); the incremental run uses the proof cache the cold run wrote.
``largest_unit`` is the number of files in the largest unit (files whose imports form a
cycle are proved as one, :mod:`proofs.incremental`).

    python benchmarks/prove_scale.py [--quick] [--sizes 1000,10000,100000] [--no-dask] [--no-mypy]
                                     [--keep DIR [--incremental-only]] [--profile FILE]

``--keep DIR`` keeps each size's tree and cache; ``--incremental-only`` then re-runs only
the incremental step on them (the tree restored, a warm run, the two edits), to iterate
on the incremental path without a cold run at 10^6 each time (the kept cache's prover
version is kept too, so edits to the prover do not void it: figures to record come from a
full run). ``--profile FILE`` writes cProfile's statistics of the incremental run.

``--quick`` (< 1 min) is one tree of about 2,000 lines, serial and incremental beside mypy
(``--parallel`` adds the cold runs on 2 processes and on Dask, as a full run does). Goals: the incremental re-run
<= 1 s; lines per second flat within 2x from 10^4 to 10^6 lines. Ends with
``RESULT prove_scale lines=<n> cold_lines_per_s=<x> incremental_s=<x> add_function_s=<x> vs_mypy_incremental=<x>``
(``vs_mypy_incremental``: our incremental time over mypy's; below 1 is faster).
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["ORACLE_CACHE_DIR"] = "off"  # no verdict cache on disk: cold means cold
sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PACKAGES = ("numpy", "scipy", "matplotlib", "sympy")


def source_files() -> list[tuple[Path, Path]]:
    """(site-packages folder, file) for every .py file of the packages, in a fixed shuffled
    order (so every size samples all four; each tree holds the smaller ones)."""
    out = []
    for name in PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        pkg = Path(list(spec.submodule_search_locations)[0])
        out += [(pkg.parent, f) for f in sorted(pkg.rglob("*.py"))]
    random.Random(0).shuffle(out)
    return out


def make_tree(files, lines: int, dest: Path) -> tuple[int, list[Path]]:
    """Copy files (keeping their package paths) until ``lines`` lines; (lines, copies)."""
    total, copies = 0, []
    for base, f in files:
        if total >= lines:
            break
        n = len(f.read_bytes().splitlines())
        if n == 0:
            continue
        target = dest / f.relative_to(base)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not (target.is_file() and target.read_bytes() == f.read_bytes()):  # a kept tree: only the edited file
            shutil.copyfile(f, target)
        total += n
        copies.append(target)
    return total, copies


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def profiled(path: str | None, fn):
    """``fn()``, under cProfile when ``path`` names where to write its statistics."""
    if not path:
        return fn()
    import cProfile

    prof = cProfile.Profile()
    try:
        return prof.runcall(fn)
    finally:
        prof.dump_stats(path)


def prove(tree: Path, cache_dir, executor=None):
    from proofs import cache
    from proofs.incremental import prove_incremental

    cache._memory.clear()
    return prove_incremental([tree], cache_dir=cache_dir, executor=executor)


def mypy(tree: Path, cache_dir: Path) -> float | None:
    if importlib.util.find_spec("mypy") is None:
        return None
    cmd = [sys.executable, "-m", "mypy", "--cache-dir", str(cache_dir), "--ignore-missing-imports",
           "--no-site-packages", "--follow-imports=silent", "--no-error-summary", "--explicit-package-bases", "--allow-redefinition",
           "--check-untyped-defs", *sorted(str(p) for p in tree.iterdir())]
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=tree, capture_output=True, timeout=3600)
    return time.perf_counter() - t0


def one_size(files, lines: int, work: Path, dask_client, with_mypy: bool, parallel: bool,
             incremental_only: bool = False, profile: str | None = None) -> dict:
    from proofs.executor import open_executor

    tree = work / f"tree-{lines}"
    cache_dir = work / f"cache-{lines}"
    kept = incremental_only and cache_dir.is_dir()
    pinned = work / f"prover-version-{lines}"
    if kept and pinned.is_file():  # iterating on the prover's own code: keep the kept cache's keys
        from proofs import incremental

        incremental._VERSION[:] = [pinned.read_text()]
    n, copies = make_tree(files, lines, tree)
    row = {"lines": n, "files": len(copies)}
    if kept:  # the kept tree, restored to the copy the cache was made from: a warm run, then the edits
        row["warm_s"], report = timed(lambda: prove(tree, cache_dir))
        parallel = with_mypy = False
    else:
        row["cold_serial_s"], report = timed(lambda: prove(tree, cache_dir))
        print(f"  {n:,} lines: cold serial {row['cold_serial_s']:.1f} s", file=sys.stderr, flush=True)
        row["cold_lines_per_s"] = n / row["cold_serial_s"]
        from proofs.incremental import prover_version

        pinned.write_text(prover_version())
    row["functions"] = report.counts()["functions"]
    row["largest_unit"] = report.stats.largest_unit
    if parallel:
        with open_executor(2) as ex:
            row["cold_2proc_s"], r2 = timed(lambda: prove(tree, None, ex))
        _agree(report, r2, "2 processes")
    if parallel and dask_client is not None:
        with open_executor(client=dask_client) as ex:
            row["cold_dask_s"], r3 = timed(lambda: prove(tree, None, ex))
        _agree(report, r3, "the Dask cluster")
    if not kept:
        row["warm_s"], _ = timed(lambda: prove(tree, cache_dir))
    if with_mypy:
        row["mypy_cold_s"] = mypy(tree, work / f"mypy-{lines}")
    edited = body_change(copies, time.time_ns() if kept else 0)  # kept: an edit its cache has not seen
    row["incremental_s"], inc = timed(lambda: profiled(profile, lambda: prove(tree, cache_dir)))
    row["reproved_files"] = inc.stats.proved
    print(f"  {n:,} lines: incremental {row['incremental_s']:.2f} s: " + ", ".join(
        f"{phase} {s:.2f}" for phase, s in inc.stats.seconds.items()), file=sys.stderr, flush=True)
    if with_mypy:
        row["mypy_incremental_s"] = mypy(tree, work / f"mypy-{lines}")
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\ndef _added_probe(x):\n    return x * 2.0\n",
                      encoding="utf-8")
    row["add_function_s"], added = timed(lambda: prove(tree, cache_dir))
    row["add_reproved"] = added.stats.proved
    print(f"  {n:,} lines: added function {row['add_function_s']:.2f} s: " + ", ".join(
        f"{phase} {s:.2f}" for phase, s in added.stats.seconds.items()), file=sys.stderr, flush=True)
    if with_mypy:
        row["mypy_add_function_s"] = mypy(tree, work / f"mypy-{lines}")
    return row


def _agree(serial, other, what: str) -> None:
    """Say where a parallel run's verdicts differ from the serial run's (a function near the
    solver's time limit on busy cores can end ``unknown`` in one run and not the other)."""
    if other.counts() == serial.counts():
        return
    mine = {(r.name, str(r.span)): r.verdict for r in serial.results}
    differ = [(k[0], v, r.verdict) for r in other.results for k in [(r.name, str(r.span))]
              for v in [mine.get(k)] if v != r.verdict]
    print(f"  {what} disagree with the serial run on {len(differ)} functions: {serial.counts()} vs "
          f"{other.counts()}; first: {differ[:5]}", file=sys.stderr, flush=True)


def body_change(copies: list[Path], value: int = 0) -> Path:
    """A one-line change inside a function's body, lines unmoved: ``_probe = 0; `` before
    the first simple statement of a function, in the first file from the middle of the
    tree that has one. Returns the file changed."""
    import ast

    simple = (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return, ast.Expr)
    for path in copies[len(copies) // 2:] + copies[:len(copies) // 2]:
        text = path.read_text(encoding="utf-8")
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                first = node.body[0]
                if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and len(node.body) > 1:
                    first = node.body[1]  # after the docstring
                if isinstance(first, simple) and first.lineno > node.lineno:
                    lines = text.splitlines(keepends=True)
                    line = lines[first.lineno - 1]
                    col = len(line.encode("utf-8")[:first.col_offset].decode("utf-8"))
                    lines[first.lineno - 1] = line[:col] + f"_probe = {value}; " + line[col:]
                    path.write_text("".join(lines), encoding="utf-8")
                    return path
    raise SystemExit("no function with a simple first statement in the tree")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="one tree of about 2,000 lines (< 1 min)")
    ap.add_argument("--sizes", default="1000,10000,100000,1000000", help="tree sizes in lines")
    ap.add_argument("--no-dask", action="store_true", help="leave out the Dask local cluster")
    ap.add_argument("--no-mypy", action="store_true", help="leave out mypy")
    ap.add_argument("--serial", action="store_true", help="leave out the cold runs on 2 processes and on Dask")
    ap.add_argument("--keep", metavar="DIR",
                    help="keep the trees and caches in DIR (not a temporary folder)")
    ap.add_argument("--incremental-only", action="store_true",
                    help="with --keep: where DIR holds a size's cache, restore its tree, re-run warm, and time only "
                         "the two incremental runs (no cold run, no mypy)")
    ap.add_argument("--profile", metavar="FILE", help="write cProfile's statistics of the (first) incremental run "
                                                       "to FILE")
    ap.add_argument("--parallel", action="store_true",
                    help="with --quick: also the cold runs on 2 processes and on Dask (always done without --quick)")
    args = ap.parse_args()
    parallel = (args.parallel or not args.quick) and not args.serial
    sizes = [2000] if args.quick else [int(s) for s in args.sizes.split(",")]
    files = source_files()
    client = None
    if parallel and not args.no_dask and importlib.util.find_spec("distributed") is not None:
        from dask.distributed import Client, LocalCluster

        client = Client(LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                     silence_logs=40))
    cols = ["lines", "files", "functions", "largest_unit", "cold_serial_s", "cold_2proc_s", "cold_dask_s", "cold_lines_per_s",
            "warm_s", "incremental_s", "reproved_files", "add_function_s", "add_reproved", "mypy_cold_s",
            "mypy_incremental_s", "mypy_add_function_s"]
    print(" ".join(f"{c:>17}" for c in cols), flush=True)
    rows = []
    try:
        with contextlib.ExitStack() as stack:
            work = Path(args.keep) if args.keep else Path(stack.enter_context(
                tempfile.TemporaryDirectory(prefix="prove-scale-")))
            work.mkdir(parents=True, exist_ok=True)
            for lines in sizes:
                row = one_size(files, lines, work, client, not args.no_mypy, parallel, args.incremental_only,
                               args.profile)
                rows.append(row)
                print(" ".join(f"{_fmt(row.get(c)):>17}" for c in cols), flush=True)
    finally:
        if client is not None:
            client.close()
    big = [r for r in rows if r["lines"] >= 10_000 and "cold_lines_per_s" in r]
    if len(big) >= 2:
        rates = [r["cold_lines_per_s"] for r in big]
        print(f"lines/s from {big[0]['lines']:,} to {big[-1]['lines']:,} lines: max/min {max(rates) / min(rates):.2f} "
              f"(goal <= 2)")
    last = rows[-1]
    vs = (last["incremental_s"] / last["mypy_incremental_s"]) if last.get("mypy_incremental_s") else float("nan")
    print(f"incremental re-run after a one-line body change: {last['incremental_s']:.2f} s (goal <= 1 s); "
          f"after adding a function: {last['add_function_s']:.2f} s")
    print(f"RESULT prove_scale lines={last['lines']} cold_lines_per_s={last.get('cold_lines_per_s', float('nan')):.0f} "
          f"incremental_s={last['incremental_s']:.3f} add_function_s={last['add_function_s']:.3f} "
          f"vs_mypy_incremental={vs:.2f}")


def _fmt(v) -> str:
    if v is None:
        return "-"
    return f"{v:,.2f}" if isinstance(v, float) else f"{v:,}"


if __name__ == "__main__":
    main()
