"""Benchmark: ``oracle.query`` latency on the bundled knowledge base, against a baseline.

One run, side by side, over a varied set of student questions (every field, one to four
laws per answer, answers converted to the units asked for):

* **oracle, learning off**: ``oracle.query(..., learn=False)``, warm (knowledge base loaded,
  numba compiled, each question asked once before timing). Every call includes name
  resolution, unit parsing, the consistency check, the closure search, evaluation, the
  composed formula and its proof report (the proof of a formula already proved comes from
  the engine's cache, which is how a warm process answers).
* **oracle, learning on**: an ``Oracle(learn=True)`` whose memory lives in a temporary
  folder; repeated questions reuse the derived law they learned.
* **first ask** (informational): each question once more with the engine's in-process
  caches and the proof cache emptied (``ORACLE_CACHE_DIR=off``), so composing and proving
  run for real.
* **baseline, networkx + sympy**: the same questions answered without the oracle's engine:
  the same name index and pint parsing, Dowling-Gallier forward chaining in plain Python over
  a networkx ``DiGraph`` of the same solved law directions (quantity -> direction -> output,
  breadth first), the derivation walked back from the target, each step evaluated with
  sympy (``evalf(subs=...)``), the answer converted with pint. No proofs. Graph and parsed
  formulas are built once, outside the timings.
* **cold first query**: a fresh process (``python benchmarks/query.py --child``): interpreter,
  ``import oracle``, the knowledge base read from its snapshot in the disk cache, the first
  answer. Wall time seen by the parent, median of several runs, after one untimed start
  (bytecode written, as an installed program has it).
* **truly cold build** (informational, full run only): the same with an empty cache
  (``ORACLE_CACHE_DIR`` and ``NUMBA_CACHE_DIR`` in a new temporary folder): every law solved
  and proved again.

Usage::

    .venv/bin/python benchmarks/query.py            # full run, with the truly cold build
    .venv/bin/python benchmarks/query.py --quick    # under a minute

The last line is ``RESULT query p50_ms=<x> p99_ms=<x> cold_s=<x>`` (warm, learning off;
cold first query with a warm disk cache).
"""
from __future__ import annotations

import argparse
import json
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

import numpy as np  # noqa: E402

# (given, find, unit): phrased as students name the quantities
QUESTIONS = [
    ({"mass": "2 kg", "height": "10 m"}, "kinetic energy", "J"),
    ({"launch speed": "20 m/s", "launch angle": "30 degree"}, "range", "m"),
    ({"spring constant": "200 N/m", "compression": "10 cm", "mass": "50 g"}, "height", "cm"),
    ({"mass of the car": "1000 kg", "speed": "72 km/h", "radius of the turn": "50 m"}, "centripetal force", "kN"),
    ({"initial speed": "0 m/s", "acceleration": "3 m/s^2", "time": "5 s"}, "final velocity", "km/h"),
    ({"mass of the rod": "3 kg", "length of the rod": "2 m", "angular velocity": "4 rad/s"},
     "rotational kinetic energy", "J"),
    ({"mass of the earth": "5.972e24 kg", "radius of the earth": "6371 km", "altitude": "400 km"},
     "orbital period", "min"),
    ({"mass of the planet": "6.417e23 kg", "radius of the planet": "3389.5 km", "mass": "70 kg"}, "weight", "N"),
    ({"period": "24 hour", "mass of the earth": "5.972e24 kg", "radius of the earth": "6371 km"}, "altitude", "km"),
    ({"density of water": "1000 kg/m^3", "depth": "10 m"}, "absolute pressure", "kPa"),
    ({"diameter of the pipe": "4 cm", "flow speed": "2 m/s", "density of water": "1000 kg/m^3"},
     "mass flow rate", "kg/s"),
    ({"mass of water": "1.5 kg", "specific heat of water": "4186 J/(kg*K)", "initial temperature": "20 degC",
      "final temperature": "100 degC", "power of the heater": "2 kW"}, "time taken", "min"),
    ({"mass of the gas": "8 g", "molar mass": "4 g/mol", "temperature": "273.15 K", "volume": "22.4 L"},
     "pressure", "atm"),
    ({"temperature": "5778 K"}, "peak wavelength", "nm"),
    ({"hot reservoir temperature": "600 K", "cold reservoir temperature": "300 K", "heat input": "1 kJ"},
     "work output", "J"),
    ({"first charge": "2 uC", "second charge": "3 uC", "distance between the charges": "5 cm"},
     "electrostatic force", "N"),
    ({"accelerating voltage": "100 V", "charge of the electron": "1.602176634e-19 C",
      "mass of the electron": "9.1093837139e-31 kg"}, "de broglie wavelength", "nm"),
    ({"mass of the proton": "1.67262192595e-27 kg", "charge": "1.602176634e-19 C", "magnetic field": "1 T"},
     "period of revolution", "ns"),
    ({"voltage": "9 V", "resistance": "470 ohm"}, "current", "mA"),
    ({"resistivity of copper": "1.68e-8 ohm*m", "length of the wire": "100 m", "diameter of the wire": "1 mm",
      "voltage": "1.5 V"}, "current", "A"),
    ({"resistance": "10 kohm", "capacitance": "100 uF", "battery voltage": "9 V", "time": "1 s"},
     "voltage across the capacitor at time t", "V"),
    ({"resistor 1": "100 ohm", "resistor 2": "200 ohm", "applied voltage": "12 V"},
     "current in the series circuit", "mA"),
    ({"focal length": "10 cm", "object distance": "30 cm", "object height": "2 cm"}, "image height", "cm"),
    ({"lines per mm": "600 1/mm", "wavelength": "500 nm", "order": 1}, "diffraction angle", "degree"),
    ({"tension": "100 N", "mass per unit length": "10 g/m", "length of the string": "65 cm",
      "harmonic number": 1}, "frequency", "Hz"),
    ({"speed": "0.99 c", "proper time": "2.2 us"}, "dilated time", "us"),
    ({"mass of the proton": "1.67262192595e-27 kg", "speed of the proton": "0.8 c"},
     "relativistic kinetic energy", "MeV"),
    ({"wavelength": "500 nm"}, "photon energy", "eV"),
    ({"wavelength of the light": "400 nm", "work function": "2.3 eV"}, "stopping potential", "V"),
    ({"upper level": 3, "lower level": 2}, "wavelength of the emitted photon", "nm"),
    ({"mass of the sample": "1 g", "molar mass": "226 g/mol", "half-life": "1600 year"}, "activity", "Ci"),
    ({"atomic number": 2, "mass number": 4, "mass of the nucleus": "4.001506179127 u"},
     "binding energy per nucleon", "MeV"),
]

CHILD = "--child"


# ------------------------------------------------------------------ the baseline
class NetworkxSympy:
    """Forward chaining over a networkx DiGraph of the solved directions, sympy evaluation."""

    def __init__(self, kg) -> None:
        import networkx as nx
        import sympy as sp

        from oracle.names import NameIndex
        from psg.units import registry

        self.kg, self.ureg, self.names = kg, registry(), NameIndex(kg.quantities)
        names = [q.symbol for q in kg.quantities] + [c.name for c in kg.constants]
        local = {n: sp.Symbol(n) for n in names}  # keep E, I, N, S, gamma ... as plain symbols
        self.symbols = local
        self.constants = {local[c.name]: c.value for c in kg.constants}
        g = nx.DiGraph()
        for e in range(len(kg.edge_variable)):
            law, direction = kg.edge(e)
            out = direction.variable
            ins = tuple(v for v in law.variables if v != out)
            g.add_node(("edge", e), inputs=ins, output=out, law=law.id,
                       expr=sp.sympify(direction.formula, locals=local))
            for v in ins:
                g.add_edge(v, ("edge", e))
            g.add_edge(("edge", e), out)
        self.graph = g

    def si(self, symbol: str, value) -> float:
        unit = self.kg.quantity(symbol).unit
        if isinstance(value, str):   # the oracle's reading of the text (pint's names, offsets as pint has them)
            from psg.units import parse_unit, parse_value

            magnitude, read = parse_value(value)
            to = parse_unit(unit)
            return float((magnitude * read.to_si + read.offset - to.offset) / to.to_si)
        return float(value)

    def query(self, given: dict, find: str, unit: str | None):
        values = {}
        for k, v in given.items():
            s = self.names.resolve(k)
            values[s] = self.si(s, v)
        target = self.names.resolve(find)
        g = self.graph
        missing = {}
        derived_by = {s: None for s in values}
        queue = deque(values)
        while queue and target not in derived_by:
            node = queue.popleft()
            if node not in g:
                continue
            for edge in g.successors(node):
                need = missing.get(edge)
                if need is None:
                    need = len(set(g.nodes[edge]["inputs"]))
                need -= 1
                missing[edge] = need
                if need == 0:
                    out = g.nodes[edge]["output"]
                    if out not in derived_by:
                        derived_by[out] = edge
                        queue.append(out)
        if target not in derived_by:
            return None, ()
        order, seen = [], set()

        def walk(sym):
            edge = derived_by[sym]
            if edge is None or sym in seen:
                return
            seen.add(sym)
            for x in g.nodes[edge]["inputs"]:
                walk(x)
            order.append(edge)

        walk(target)
        env = dict(self.constants)
        env.update({self.symbols[s]: v for s, v in values.items()})
        for edge in order:
            node = g.nodes[edge]
            env[self.symbols[node["output"]]] = float(node["expr"].evalf(subs=env))
        value = self.ureg.Quantity(env[self.symbols[target]], self.kg.quantity(target).unit)
        return (value.to(unit) if unit else value), tuple(g.nodes[e]["law"] for e in order)


# ------------------------------------------------------------------ measurements
def percentiles(times_s: list[float]) -> tuple[float, float]:
    a = np.asarray(times_s) * 1e3
    return float(np.percentile(a, 50)), float(np.percentile(a, 99))


def timed_calls(fn, questions, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        for given, find, unit in questions:
            t0 = time.perf_counter()
            fn(given, find, unit)
            out.append(time.perf_counter() - t0)
    return out


def child() -> None:
    """One cold first query in this (fresh) process; prints its timings as JSON."""
    t0 = time.perf_counter()
    import oracle
    from hypergraph.build import load_default

    t1 = time.perf_counter()
    load_default()
    t2 = time.perf_counter()
    given, find, unit = QUESTIONS[0]
    a = oracle.query(given, find, unit=unit, learn=False)
    t3 = time.perf_counter()
    assert a.found and a.proof.status == "proved"
    print(json.dumps({"import_s": t1 - t0, "kb_s": t2 - t1, "first_query_s": t3 - t2,
                      "value": a.value_in_unit.magnitude}))


#: Where the fresh processes keep their bytecode, as an installed program has it (a setting
#: such as PYTHONDONTWRITEBYTECODE=1 would compile every module from source on each start).
PYCACHE = Path(tempfile.gettempdir()) / "oracle-bench-pycache"


def fresh_process(env_extra: dict | None = None, timeout: float = 900) -> tuple[float, dict]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPYCACHEPREFIX=str(PYCACHE), **(env_extra or {}))
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, str(Path(__file__).resolve()), CHILD], capture_output=True, text=True,
                       env=env, cwd=ROOT, timeout=timeout)
    wall = time.perf_counter() - t0
    if r.returncode != 0:
        raise RuntimeError(f"fresh process failed ({r.returncode}):\n{r.stderr[-3000:]}")
    return wall, json.loads(r.stdout.strip().splitlines()[-1])


def first_ask(questions) -> list[float]:
    """Each question once with the engine's caches and the proof cache emptied."""
    from oracle import engine
    from proofs import cache

    import oracle

    saved = os.environ.get("ORACLE_CACHE_DIR")
    os.environ["ORACLE_CACHE_DIR"] = "off"
    try:
        out = []
        for given, find, unit in questions:
            engine._compose.cache_clear()
            engine._prove_composed.cache_clear()
            engine._numeric.cache_clear()
            cache._memory.clear()
            t0 = time.perf_counter()
            oracle.query(given, find, unit=unit, learn=False)
            out.append(time.perf_counter() - t0)
        return out
    finally:
        if saved is None:
            del os.environ["ORACLE_CACHE_DIR"]
        else:
            os.environ["ORACLE_CACHE_DIR"] = saved


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer rounds, no truly cold build (under a minute)")
    ap.add_argument("--rounds", type=int, default=None, help="timed passes over the questions")
    args = ap.parse_args()
    rounds = args.rounds or (5 if args.quick else 30)
    n_cold = 2 if args.quick else 5

    import numba
    import pint
    import sympy
    import networkx
    import z3

    print(f"python {sys.version.split()[0]}, numba {numba.__version__}, sympy {sympy.__version__}, "
          f"networkx {networkx.__version__}, pint {pint.__version__}, z3 {z3.get_version_string()}")

    import oracle
    from hypergraph.build import load_default
    from oracle.engine import Oracle

    t0 = time.perf_counter()
    kg = load_default()  # builds and caches the knowledge base if the disk cache is stale
    print(f"knowledge base: {len(kg.laws)} laws, {len(kg.quantities)} quantities, "
          f"{len(kg.edge_variable)} usable directions (load in this process {time.perf_counter() - t0:.2f} s)")
    qs = QUESTIONS

    # cold first queries in fresh processes (disk cache now warm), nothing else of ours running;
    # one untimed start first writes the bytecode
    fresh_process()
    colds = [fresh_process() for _ in range(n_cold)]
    cold_walls = [w for w, _ in colds]
    cold_s = statistics.median(cold_walls)
    parts = {k: statistics.median(c[k] for _, c in colds) for k in colds[0][1] if k.endswith("_s")}

    # first ask, before anything has been asked in this process
    first = first_ask(qs)

    # oracle, learning off (warm-up pass first)
    answers, missed = {}, []
    for given, find, unit in qs:
        a = oracle.query(given, find, unit=unit, learn=False)
        if not a.found:
            missed.append(f"{find!r}: {a.status}")
            continue
        answers[(find, tuple(given))] = a
    qs = [(g, f, u) for g, f, u in qs if (f, tuple(g)) in answers]
    off = timed_calls(lambda g, f, u: oracle.query(g, f, unit=u, learn=False), qs, rounds)
    stages: dict[str, list[float]] = {}
    for given, find, unit in qs:
        for k, v in oracle.query(given, find, unit=unit, learn=False).timings.items():
            stages.setdefault(k, []).append(v)

    # the same questions with objects and validity conditions off: one global node per
    # symbol, as before set-ups (what binding and condition checks cost)
    from hypergraph.setups import untyped
    plain = Oracle(untyped(kg), learn=False, conditions=False)
    plain_qs = []
    for g, f, u in qs:
        try:
            if plain.query(g, f, unit=u).found:
                plain_qs.append((g, f, u))
        except Exception:  # a name only the typed reading understands
            pass
    off_plain = timed_calls(lambda g, f, u: plain.query(g, f, unit=u), plain_qs, rounds)
    typed_same = timed_calls(lambda g, f, u: oracle.query(g, f, unit=u, learn=False), plain_qs, rounds)

    # oracle, learning on, memory in a temporary folder
    with tempfile.TemporaryDirectory(prefix="oracle-bench-learn-") as tmp:
        saved = os.environ.get("ORACLE_CACHE_DIR")
        os.environ["ORACLE_CACHE_DIR"] = tmp
        try:
            learner = Oracle(kg, learn=True)
        finally:
            if saved is None:
                del os.environ["ORACLE_CACHE_DIR"]
            else:
                os.environ["ORACLE_CACHE_DIR"] = saved
        learn_first = timed_calls(lambda g, f, u: learner.query(g, f, unit=u), qs, 1)
        learn_qs, learn_fail = [], []
        for g, f, u in qs:  # asked again, each question must now use what it learned
            try:
                learner.query(g, f, unit=u)
                learn_qs.append((g, f, u))
            except Exception as err:  # an engine bug to report, not to hide
                learn_fail.append(f"{f!r}: {type(err).__name__}: {str(err)[:90]}")
        on = timed_calls(lambda g, f, u: learner.query(g, f, unit=u), learn_qs, rounds)
        n_learned = len(learner.memory.derived)
        reused = sum(learner.query(g, f, unit=u).learned for g, f, u in learn_qs)

    # baseline: networkx forward chaining + sympy evaluation
    t0 = time.perf_counter()
    base = NetworkxSympy(kg)
    base_build = time.perf_counter() - t0
    agree, same_laws, differ = 0, 0, []
    for given, find, unit in qs:
        value, laws = base.query(given, find, unit)
        a = answers[(find, tuple(given))]
        if value is not None and np.isclose(value.magnitude, a.value_in_unit.magnitude, rtol=1e-9, atol=0):
            agree += 1
        else:
            differ.append(f"{find!r}: baseline {value} via {laws}; oracle {a.value_in_unit} via {a.derivation.laws}")
        same_laws += laws == a.derivation.laws
    base_rounds = max(1, rounds // 5)
    bl = timed_calls(base.query, qs, base_rounds)

    rows = [("oracle, learning off (warm, with proof; objects bound, conditions checked)", off),
            (f"  the same on the {len(plain_qs)} questions both modes answer", typed_same),
            ("  objects and conditions off (one global node per symbol), same questions", off_plain),
            ("oracle, learning on (warm; records what it derives, answers unchanged)", on),
            ("oracle, learning on, first time each question is learned", learn_first),
            ("oracle, first ask (engine and proof caches emptied)", first),
            ("baseline: networkx forward chaining + sympy evaluation", bl)]
    p50_off, p99_off = percentiles(off)
    p50_bl, _ = percentiles(bl)
    print(f"\n{len(qs)} questions over ten fields; {rounds} timed rounds (baseline {base_rounds}); "
          f"derivations of {min(len(a.derivation.steps) for a in answers.values())}.."
          f"{max(len(a.derivation.steps) for a in answers.values())} laws\n")
    print("| what | calls | p50 ms | p99 ms | mean ms | baseline p50 / this p50 |")
    print("|---|---|---|---|---|---|")
    for name, ts in rows:
        p50, p99 = percentiles(ts)
        print(f"| {name} | {len(ts)} | {p50:.2f} | {p99:.2f} | {statistics.fmean(ts) * 1e3:.2f} | "
              f"{p50_bl / p50:.1f}x |")
    print(f"\nbaseline graph + sympy parsing built once in {base_build:.2f} s (not timed per call); "
          f"baseline values agree with the oracle's on {agree}/{len(qs)} questions "
          f"(same laws on {same_laws}/{len(qs)})")
    for line in differ:
        print(f"  differs: {line}")
    for line in missed:
        print(f"  no value (left out of the timings): {line}")
    print("oracle, learning off, warm: median per stage over the questions: "
          + ", ".join(f"{k} {statistics.median(v) * 1e3:.3f} ms" for k, v in stages.items()))
    print(f"learning on: {n_learned} derived laws kept; {reused}/{len(learn_qs)} repeated answers had been "
          f"derived before")
    for line in learn_fail:
        print(f"  learning on, asked a second time, FAILS (left out of that row): {line}")
    print(f"\ncold first query, fresh process, warm disk cache: {cold_s:.2f} s median of {n_cold} "
          f"({', '.join(f'{w:.2f}' for w in cold_walls)} s); in the child: "
          + ", ".join(f"{k[:-2]} {v:.2f} s" for k, v in parts.items()))
    if not args.quick:
        with tempfile.TemporaryDirectory(prefix="oracle-bench-cold-") as tmp:
            wall, parts_cold = fresh_process({"ORACLE_CACHE_DIR": tmp, "NUMBA_CACHE_DIR": tmp})
        print(f"truly cold build (empty ORACLE_CACHE_DIR and NUMBA_CACHE_DIR, informational): {wall:.1f} s; "
              + ", ".join(f"{k[:-2]} {v:.2f} s" for k, v in parts_cold.items() if k.endswith("_s")))
    met = p50_off <= 5 and cold_s <= 3
    print(f"goals (p50 <= 5 ms, cold first query <= 3 s): {'met' if met else 'NOT met'}")
    print(f"RESULT query p50_ms={p50_off:.3f} p99_ms={p99_off:.3f} cold_s={cold_s:.3f}")


if __name__ == "__main__":
    if CHILD in sys.argv:
        child()
    else:
        main()
