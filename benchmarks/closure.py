"""Benchmark: the reference closure against clingo (ASP) and networkx forward chaining.

One run, side by side, on seeded synthetic law hypergraphs (``hypergraph.synthetic.layered``)
of 1e3..1e6 hyperedges. Every baseline's derived set must equal ours.

* **closure**: ``hypergraph.closure.closure`` (numba; bucket queue; it also computes
  derivation times and first edges, which the baselines do not). Timed warm: the JIT
  compile is measured separately, in fresh processes, with and without numba's cache.
* **clingo**: facts ``in(E,I). out(E,O). src(V).`` and the positive program
  ``derived(V) :- src(V).  derived(O) :- out(E,O), derived(I) : in(E,I).``
  Timed: grounding + solving (parsing the fact text is shown apart).
* **networkx**: Dowling-Gallier counters in plain Python over a ``DiGraph`` with a node
  per quantity and per edge (quantity -> edge -> output). Timed: the chaining (building
  the graph is shown apart).

Usage::

    .venv/bin/python benchmarks/closure.py            # 1e3 .. 1e6
    .venv/bin/python benchmarks/closure.py --quick    # 1e3 .. 1e5, under a minute

The last line is ``RESULT closure t_largest_s=<x> min_speedup_vs_clingo=<x>
min_speedup_vs_networkx=<x>``.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import clingo  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402

from hypergraph.closure import closure  # noqa: E402
from hypergraph.incidence import Incidence  # noqa: E402
from hypergraph.synthetic import layered  # noqa: E402

RULES = """
derived(V) :- src(V).
derived(O) :- out(E,O), derived(I) : in(E,I).
#show derived/1.
"""

COMPILE_SNIPPET = """
import time
t0 = time.perf_counter()
from hypergraph.closure import closure
from hypergraph.incidence import Incidence
t1 = time.perf_counter()
inc = Incidence.from_edges(2, [((0,), 1, 1)])
closure(inc, [0], method="bucket")
t2 = time.perf_counter()
closure(inc, [0], method="heap")
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)
"""


def timed(fn, repeats: int):
    """Median wall time of ``repeats`` calls, and the last result."""
    times, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


# ------------------------------------------------------------------ clingo


def clingo_facts(inc: Incidence, sources: np.ndarray) -> str:
    edge_of = np.repeat(np.arange(inc.n_edges), np.diff(inc.ptr))
    lines = [f"in({e},{i})." for e, i in zip(edge_of.tolist(), inc.inputs.tolist())]
    lines += [f"out({e},{o})." for e, o in enumerate(inc.output.tolist())]
    lines += [f"src({s})." for s in sources.tolist()]
    return "\n".join(lines) + RULES


def clingo_closure(program: str) -> tuple[float, float, np.ndarray]:
    """(parse seconds, ground+solve seconds, derived nodes)."""
    t0 = time.perf_counter()
    ctl = clingo.Control(["--warn=none"])
    ctl.add("base", [], program)
    t1 = time.perf_counter()
    ctl.ground([("base", [])])
    models = []
    ctl.solve(on_model=lambda m: models.append(m.symbols(shown=True)))
    t2 = time.perf_counter()
    (model,) = models  # a positive program has exactly one answer set
    derived = np.sort(np.fromiter((s.arguments[0].number for s in model), dtype=np.int64))
    return t1 - t0, t2 - t1, derived


# ------------------------------------------------------------------ networkx


def networkx_graph(inc: Incidence) -> nx.DiGraph:
    """Quantity v is node v; hyperedge e is node n_nodes + e."""
    n = inc.n_nodes
    g = nx.DiGraph()
    g.add_nodes_from(range(n + inc.n_edges))
    edge_of = np.repeat(np.arange(inc.n_edges), np.diff(inc.ptr)) + n
    g.add_edges_from(zip(inc.inputs.tolist(), edge_of.tolist()))
    g.add_edges_from(zip((np.arange(inc.n_edges) + n).tolist(), inc.output.tolist()))
    return g


def networkx_closure(g: nx.DiGraph, n_nodes: int, sources: list[int]) -> np.ndarray:
    """Plain forward chaining with a counter of missing inputs per edge node."""
    missing = {x: d for x, d in g.in_degree(range(n_nodes, g.number_of_nodes()))}
    derived = set(sources)
    queue = deque(derived)

    def fire(x: int) -> None:
        for o in g.successors(x):
            if o not in derived:
                derived.add(o)
                queue.append(o)

    for x, d in missing.items():
        if d == 0:
            fire(x)
    while queue:
        v = queue.popleft()
        for x in g.successors(v):
            missing[x] -= 1
            if missing[x] == 0:
                fire(x)
    return np.array(sorted(derived), dtype=np.int64)


# ------------------------------------------------------------------ compile time


def compile_times() -> tuple[list[float], list[float]]:
    """[import, first bucket call, first heap call] seconds in a fresh process with an
    empty numba cache, then in another fresh process that loads that cache."""
    def run(env: dict) -> list[float]:
        out = subprocess.run(
            [sys.executable, "-c", COMPILE_SNIPPET], cwd=ROOT, env=env,
            capture_output=True, text=True, check=True,
        )
        return [float(x) for x in out.stdout.split()]

    with tempfile.TemporaryDirectory() as cache:
        cold = run({**os.environ, "NUMBA_CACHE_DIR": cache})
        warm = run({**os.environ, "NUMBA_CACHE_DIR": cache})
    return cold, warm


# ------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="sizes 1e3..1e5 (under a minute)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    sizes = [10**3, 10**4, 10**5] + ([] if args.quick else [10**6])

    cold, warm = compile_times()
    print(f"import hypergraph.closure: {cold[0]:.2f} s. JIT compile, empty numba cache: "
          f"bucket kernel {cold[1]:.2f} s, heap kernel {cold[2]:.2f} s; "
          f"loaded from numba's on-disk cache: {warm[1]:.3f} s and {warm[2]:.3f} s")
    print(f"clingo {clingo.__version__}, networkx {nx.__version__}, numpy {np.__version__}")
    closure(layered(100, seed=args.seed).incidence, [0])  # warm-up: JIT outside the timings
    print()
    header = ("| edges | nodes | derived | gen s | closure ms | heap ms | clingo parse s "
              "| clingo ground+solve s | nx build s | nx chain s | vs clingo | vs networkx |")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))

    speed_clingo, speed_nx, t_largest = [], [], 0.0
    for n in sizes:
        t0 = time.perf_counter()
        g = layered(n, seed=args.seed)
        gen = time.perf_counter() - t0
        inc, src = g.incidence, g.sources
        reps = 5 if n >= 10**6 else 9
        t_ours, ours = timed(lambda: closure(inc, src), reps)
        t_heap, heap = timed(lambda: closure(inc, src, method="heap"), reps)
        assert heap.same_as(ours), "bucket and heap closures differ"
        want = np.flatnonzero(ours.derivable)

        program = clingo_facts(inc, src)
        runs = [clingo_closure(program) for _ in range(3 if n <= 10**4 else 1)]
        t_parse = statistics.median(r[0] for r in runs)
        t_clingo = statistics.median(r[1] for r in runs)
        assert np.array_equal(runs[0][2], want), f"clingo's derived set differs at {n} edges"
        del program, runs

        t0 = time.perf_counter()
        graph = networkx_graph(inc)
        t_build = time.perf_counter() - t0
        t_nx, nx_derived = timed(
            lambda: networkx_closure(graph, inc.n_nodes, src.tolist()), 3 if n <= 10**4 else 1
        )
        assert np.array_equal(nx_derived, want), f"networkx's derived set differs at {n} edges"
        del graph

        speed_clingo.append(t_clingo / t_ours)
        speed_nx.append(t_nx / t_ours)
        t_largest = t_ours
        print(f"| {n:.0e} | {inc.n_nodes} | {len(want)} | {gen:.3f} | {t_ours * 1e3:.2f} | "
              f"{t_heap * 1e3:.2f} | {t_parse:.3f} | {t_clingo:.3f} | {t_build:.2f} | {t_nx:.3f} | "
              f"{speed_clingo[-1]:.0f}x | {speed_nx[-1]:.0f}x |", flush=True)

    print()
    print("all three derived sets agree at every size; 'vs' = baseline time / closure time")
    goal = "met" if t_largest <= 1.0 and min(speed_clingo) > 1 else "NOT met"
    print(f"goals (largest size closed in <= 1 s, faster than clingo at every size): {goal}")
    print(f"RESULT closure t_largest_s={t_largest:.4f} "
          f"min_speedup_vs_clingo={min(speed_clingo):.1f} min_speedup_vs_networkx={min(speed_nx):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
