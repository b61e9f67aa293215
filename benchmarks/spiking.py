"""Spiking engine benchmark: the same compiled query circuits from 1e2 to 1e5 neurons
on numba, Brian2 (runtime mode, numpy codegen) and Lava (Loihi2SimCfg, fixed_pt), side
by side, against the reference closure (hypergraph.closure).

Time per query is what a user meets: numba and Brian2 reuse a network built once and
take new givens each query (numba: with_givens + run + decode; Brian2: restore + set
inputs + run + decode); Lava cannot rerun a stopped network, so each Lava query builds
its processes. All runs stop once the circuit is quiescent (Brian2 checks every 128
steps, Lava every 32). Every backend's raster is checked against numba's, and numba's answer
against the closure's.

    .venv/bin/python benchmarks/spiking.py            # full run (minutes)
    .venv/bin/python benchmarks/spiking.py --quick    # 1e4 neurons only, < 1 min
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

import spiking  # noqa: E402
from hypergraph.closure import closure  # noqa: E402
from hypergraph.synthetic import layered  # noqa: E402

#: Largest circuit (neurons) each slow backend is run on; above it a run takes minutes.
LIMITS = {"brian2": 100_000, "lava": 10_000}


def timed(f, repeats):
    out, ts = None, []
    for _ in range(repeats):
        t = time.perf_counter()
        out = f()
        ts.append(time.perf_counter() - t)
    return out, statistics.median(ts)


def bench(neurons: int, repeats: int, slow_repeats: int, backends: tuple) -> dict:
    g = layered(int(neurons / 1.5), seed=7)
    inc = g.incidence
    # at least one given (the smallest graph's layer 0 drew no sources): a query that does work
    src = g.sources if len(g.sources) else np.array([0])
    net = spiking.compile(inc, [])  # built once; queries only change the givens
    row = {"neurons": net.n_neurons, "synapses": net.n_synapses}
    ref, row["closure_s"] = timed(lambda: closure(inc, src), repeats)
    q = lambda: spiking.run_query(spiking.with_givens(net, src), backend="numba")
    spiking.run_query(spiking.with_givens(net, src))  # warm the JIT and the network cache
    tr, row["numba_s"] = timed(q, repeats)
    assert np.array_equal(tr.time, ref.time) and np.array_equal(tr.edge, ref.edge), "numba != closure"
    row["steps"], row["events"] = tr.raster.steps_run, tr.raster.synaptic_events
    row["spikes"] = tr.raster.n_spikes
    circuit = spiking.with_givens(net, src)
    steps = spiking.horizon(circuit)
    if "brian2" in backends and net.n_neurons <= LIMITS["brian2"]:
        from spiking.backends.brian2_backend import Brian2Simulator

        t = time.perf_counter()
        sim = Brian2Simulator(net)
        row["brian2_build_s"] = time.perf_counter() - t
        r, row["brian2_s"] = timed(lambda: spiking.decode(circuit, sim.run(circuit, steps)), slow_repeats)
        assert r.raster.same_spikes(tr.raster), "brian2 raster != numba raster"
    if "lava" in backends and net.n_neurons <= LIMITS["lava"]:
        r, row["lava_s"] = timed(lambda: spiking.run_query(circuit, backend="lava", max_steps=steps), slow_repeats)
        assert r.raster.same_spikes(tr.raster), "lava raster != numba raster"
    return row


def fmt(x, unit="ms"):
    return "skipped" if x is None else f"{x * 1e3:.2f} {unit}" if unit == "ms" else f"{x:.3g}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1e4 neurons only, one slow repeat")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    sizes = [10_000] if args.quick else [100, 1_000, 10_000, 100_000]
    rows = []
    print("| neurons | synapses | steps | closure | numba | brian2 | lava | numba/closure | brian2/numba | lava/numba | numba events/s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for n in sizes:
        row = bench(n, repeats=20 if n <= 10_000 else 5, slow_repeats=1 if args.quick or n > 1000 else 3,
                    backends=("brian2", "lava"))
        rows.append(row)
        b2, lv, nb = row.get("brian2_s"), row.get("lava_s"), row["numba_s"]
        r_b2 = "-" if b2 is None else f"{b2 / nb:.0f}x"
        r_lv = "-" if lv is None else f"{lv / nb:.0f}x"
        print(f"| {row['neurons']} | {row['synapses']} | {row['steps']} | {fmt(row['closure_s'])} | {fmt(row['numba_s'])} | "
              f"{fmt(b2)} | {fmt(lv)} | {row['numba_s'] / row['closure_s']:.2f} | "
              f"{r_b2} | {r_lv} | "
              f"{row['events'] / row['numba_s']:.3g} |", flush=True)
    skipped = [f"{b} above {LIMITS[b]} neurons" for b in LIMITS if any(r["neurons"] > LIMITS[b] for r in rows)]
    if skipped:
        print("skipped (a run would take minutes): " + "; ".join(skipped))
    at = min(rows, key=lambda r: abs(r["neurons"] - 10_000))
    print(f"Brian2 network build (once, not per query) at {at['neurons']} neurons: {at.get('brian2_build_s', float('nan')):.2f} s")
    print(
        f"RESULT spiking numba_vs_brian2={at['brian2_s'] / at['numba_s']:.0f} "
        f"numba_vs_lava={at['lava_s'] / at['numba_s']:.0f} "
        f"numba_over_closure={at['numba_s'] / at['closure_s']:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
