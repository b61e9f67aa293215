"""Reading questions in English: each reader side by side, in one run.

Per reader (rule, ternary, and the LLM client where ``ORACLE_LLM_URL`` answers):
reading accuracy (the exact request) on a held-out split of the synthetic data, and on the
plain-English set where it gives the reading; end-to-end accuracy (the value right, within
1%) and the count of wrong values given as answers, on the plain-English set
(``tests/ask_questions/questions.json``) and on the synthetic split; latency per question
(p50/p99, reading plus checks); the model's size; and the ternary model's forward on the
numba kernels against the same model in float32 numpy and in JAX's float32 (CPU).

    .venv/bin/python benchmarks/ask.py [--quick]

Both modes end with ``RESULT ask rule_correct=<x> ternary_correct=<x> ternary_wrong=<n>
p50_ms=<x> kernels_vs_numpy=<x> p50_warm_ms=<x> n=<n>`` (``n``: the plain-English questions
scored). The full run scores all of them and a synthetic split of 300; ``--quick`` (under a
minute) scores every fifth plain-English question (a fixed subset that samples every batch
of the set) and the first 10 of the same synthetic split, and says so.

``p50_ms`` is the median wall time of one ``ask`` with the ternary reader (reading, the
text's account, the oracle's checks of up to four readings, revisions) per plain-English
question, in one process whose knowledge base is loaded, the first time the process reads
the question: the ternary reader runs before the rule reader, so the oracle has planned none
of their readings (the synthetic split before them warms what is per process, not per
question). ``p50_warm_ms``: the same reader asked the same questions again, every reading
planned before (the oracle's planner keeps the readings of each request).

The knowledge base is loaded as a user's process loads it (from the on-disk cache when its
content hash matches, built otherwise); everything after runs with the caches in memory
only (``ORACLE_CACHE_DIR=off``), so no verdict or derivation kept by an earlier run speeds
the questions. Set ``ORACLE_CACHE_DIR`` to choose otherwise.
"""
from __future__ import annotations

import os

# one thread for every library: the fused kernel runs on one, and BLAS threads fighting
# other work on a shared machine would slow the numpy baseline unfairly
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMBA_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BLIND = ROOT / "tests" / "ask_questions" / "questions.json"
HELD_OUT_SEED = 424242
#: --quick: every QUICK_STRIDE-th plain-English question, and the first QUICK_SYNTH of the split
QUICK_STRIDE, QUICK_SYNTH = 5, 10
FULL_SYNTH = 300


def load_blind(path: Path = BLIND) -> list[dict]:
    """Questions with their expected value and unit (see tests/ask_questions/README.md)."""
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    items = data["questions"] if isinstance(data, dict) else data
    return [normalize_item(x) for x in items]


def normalize_item(x: dict) -> dict:
    """The fields this benchmark uses: the question, the expected value and unit (for
    ``outcome == "value"``; other outcomes, "not derivable" and "bad input", expect no answer)."""
    return {"id": x.get("id"), "question": x["text"], "value": x.get("expected"), "unit": x.get("unit"),
            "outcome": x.get("outcome", "value"), "rel_tol": float(x.get("rel_tol") or 0.01)}


def right(result, value, unit, rel: float = 0.01) -> bool:
    """The answer's value, converted to the expected unit, within ``rel``."""
    if not result.answered or value is None:
        return False
    from psg.units import registry

    ureg = registry()
    try:
        got = result.outcome.answer.value
        if unit:
            if str(unit).strip() in ("dB", "decibel", "decibels"):
                magnitude = float(result.outcome.answer.value.magnitude)
            else:
                magnitude = float(got.to(ureg.parse_units(_unit(unit))).magnitude)
        else:
            magnitude = float(got.to_base_units().magnitude)
    except Exception:  # pint: a different dimension is simply wrong
        return False
    return math.isclose(magnitude, float(value), rel_tol=rel, abs_tol=1e-12)


def _unit(u: str) -> str:
    from oracle.reader.scan import unit_of

    found = unit_of(u)
    return found[0] if found else u


def run_reader(reader, items, rounds=4):
    from oracle.reader.loop import ask

    rows = []
    for it in items:
        t0 = time.perf_counter()
        r = ask(it["question"], reader, rounds=rounds)
        dt = time.perf_counter() - t0
        rows.append((it, r, dt))
    return rows


def synthetic(n: int, seed: int = HELD_OUT_SEED):
    from dataclasses import replace

    from oracle.reader import adapter
    from oracle.reader.synth import Synth

    s = Synth(seed)
    items = []
    for ex in s.examples(n, revision_share=0.0):   # checked as the synthesizer checks them
        out = adapter.check(replace(ex.request, on_earth=True), engine="closure", instead=False)
        items.append({"question": ex.text, "gold": ex.request, "si": float(out.answer.value.magnitude)})
    return items


def synth_scores(rows):
    reading = correct = wrong = 0
    for it, r, _ in rows:
        if r.request is not None and r.request.key() == it["gold"].key():
            reading += 1
        if r.answered:
            si = float(r.outcome.answer.value.to_base_units().magnitude) if r.outcome.answer.value is not None else None
            gold = _si(it)
            if si is not None and math.isclose(si, gold, rel_tol=1e-6, abs_tol=1e-300):
                correct += 1
            else:
                wrong += 1
    n = len(rows)
    return reading / n, correct / n, wrong


def _si(it):
    from psg.units import registry
    from oracle.engine import default_oracle

    o = default_oracle(False)
    q = o.kg.quantity(it["gold"].find)
    return registry().Quantity(it["si"], q.unit).to_base_units().magnitude


def verdict(it, r) -> str:
    """``right``, ``wrong`` (a value given that is not the expected one, or any value where
    none is expected) or ``abstained``. Only verified answers are given: a hedged or
    ambiguous reading reported instead is not an answer (counted apart by ``hedged``)."""
    if it["outcome"] != "value":
        return "wrong" if r.answered else "right"
    if right(r, it["value"], it["unit"], it["rel_tol"]):
        return "right"
    return "wrong" if r.answered else "abstained"


def blind_scores(rows):
    verdicts = [verdict(it, r) for it, r, _ in rows]
    return verdicts.count("right") / max(1, len(rows)), verdicts.count("wrong"), verdicts.count("abstained")


#: where a miss comes from (see :func:`miss_kind`), in the order printed
MISS_KINDS = ("wrong value", "unreadable", "value not read", "target wrong", "loop gave up",
              "oracle: not derivable", "oracle: hedged or ambiguous", "answered, none expected")
#: which of them are the reader's (the rest: the loop's, or the oracle's, not the reading's)
READING_MISSES = ("wrong value", "unreadable", "value not read", "target wrong")


def miss_kind(it, r) -> str | None:
    """Where a miss on the plain-English set comes from (None for a right verdict):

    * the reading was wrong: a ``wrong value`` given; the text ``unreadable`` (no reading at
      all); a ``value not read`` (a number the text gives that no reading tried as a given,
      labels such as years aside); the ``target wrong`` (no reading asked for a quantity of
      the expected unit's dimension);
    * the reading was right as far as the text can tell and the oracle could not derive it:
      a reading that the text accounts for in every part (it reached the oracle), asking for
      a quantity of the expected dimension, came back ``not derivable``, or ``hedged or
      ambiguous``;
    * the ``loop gave up``: readings of every value and of the right dimension were made, but
      none the text accounts for in every part within the rounds.
    """
    v = verdict(it, r)
    if v == "right":
        return None
    if it["outcome"] != "value":
        return "answered, none expected"
    if r.answered:
        return "wrong value"
    if not r.attempts:
        return "unreadable"
    from oracle.reader.account import label
    from oracle.reader.lexicon import Lexicon
    from oracle.reader.scan import dimension_key, tokenize, values

    lex = Lexicon.default()
    try:
        want = dimension_key(_unit(it["unit"])) if it["unit"] not in (None, "dB") else None
    except Exception:  # a unit the writer spelled that pint does not read: any dimension
        want = None

    def fits(req) -> bool:
        return want is None or (req.find in lex.entries and lex.entries[req.find].dim == want)

    reached = [a for a in r.attempts if fits(a.request) and _reached(it["question"], a, lex)]
    if reached:
        statuses = {a.status for a in reached}
        return "oracle: hedged or ambiguous" if statuses & {"hedged", "ambiguous"} else "oracle: not derivable"
    tokens = tokenize(it["question"])
    read = {g.span for a in r.attempts for g in a.request.givens}
    if any(x.span not in read and not label(tokens, x) for x in values(tokens)):
        return "value not read"
    if not any(fits(a.request) for a in r.attempts):
        return "target wrong"
    return "loop gave up"


def _reached(text, attempt, lex) -> bool:
    """The reading went to the oracle: it got a status, or it met the constraints and the
    text accounts for every part of it (an error from the oracle then is the oracle's)."""
    from oracle.reader import account
    from oracle.reader.loop import validate

    if attempt.status is not None:
        return True
    return validate(attempt.request, lex) is None and account.gap(text, attempt.request, lex) is None


def miss_split(rows) -> dict[str, int]:
    """Counts of :func:`miss_kind` over the rows (every kind, zero included)."""
    counts = dict.fromkeys(MISS_KINDS, 0)
    for it, r, _ in rows:
        kind = miss_kind(it, r)
        if kind is not None:
            counts[kind] += 1
    return counts


def split_line(name: str, counts: dict[str, int]) -> str:
    reading = sum(counts[k] for k in READING_MISSES)
    oracle = counts["oracle: not derivable"] + counts["oracle: hedged or ambiguous"]
    parts = ", ".join(f"{k} {n}" for k, n in counts.items() if n)
    return (f"{name} misses: reading wrong {reading}, oracle could not derive {oracle}, "
            f"loop gave up {counts['loop gave up']} ({parts})")


def hedged(rows) -> tuple[int, int]:
    """Results reported hedged or ambiguous (not answers), and of the hedged ones those whose
    value would have been right."""
    n = right_ = 0
    for it, r, _ in rows:
        if r.status in ("hedged", "ambiguous"):
            n += 1
            if r.status == "hedged" and it.get("outcome", "value") == "value" and it.get("value") is not None:
                right_ += _hedged_right(r, it)
    return n, right_


def _hedged_right(r, it) -> bool:
    from types import SimpleNamespace

    out = r.outcome
    as_answered = SimpleNamespace(answered=True, outcome=SimpleNamespace(answer=out.answer))
    return right(as_answered, it["value"], it["unit"], it["rel_tol"])


def latency(rows):
    ms = np.array([dt * 1e3 for _, _, dt in rows])
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 99))


def forward_speed(quick: bool):
    """Median seconds per forward of one question: kernels, float32 numpy, JAX float32; and
    ``ratio``, the median over interleaved repeats of numpy's time over the kernels' (each
    repeat times every side back to back, so machine load weighs on both alike)."""
    from oracle.reader.features import featurize, with_hint
    from oracle.reader.ternary import TernaryReader

    reader = TernaryReader.default()
    m = reader.model
    text = ("A 1500 kg car travelling at 20 m/s brakes to a stop in 50 m on a level road. "
            "What is the average braking force on the car, in kN?")
    tokens, _ = with_hint(text, None)
    ids = featurize(tokens, m.buckets, reader.lex)
    sides = {"kernels": lambda: m.forward(ids), "kernels_composed": lambda: m.forward(ids, "cpu"),
             "numpy_f32": lambda: m.forward_float(ids)}
    try:
        import jax

        from oracle.reader.train import exact_params, make_forward

        fwd = jax.jit(make_forward(len(m.layers), m.d_model, exact=True))
        params = exact_params(m)
        batch = np.asarray(ids)[None]
        mask = np.ones(batch.shape[:2], np.float32)
        sides["jax_f32"] = lambda: jax.block_until_ready(fwd(params, batch, mask))
    except ImportError:
        pass
    times = interleaved(sides, repeats=15 if quick else 60, calls=5)
    out = {"tokens": len(tokens), "jax_f32": None}
    out.update({name: float(np.median(t)) for name, t in times.items()})
    out["ratio"] = float(np.median(np.array(times["numpy_f32"]) / np.array(times["kernels"])))
    return out


def interleaved(sides: dict, repeats: int, calls: int) -> dict[str, list[float]]:
    """Per side, the seconds per call of each repeat (the median of ``calls`` calls); within a
    repeat the sides run one after the other, so both see the same load."""
    for fn in sides.values():   # compile and warm
        fn()
    times = {name: [] for name in sides}
    for _ in range(repeats):
        for name, fn in sides.items():
            one = []
            for _ in range(calls):
                t = time.perf_counter()
                fn()
                one.append(time.perf_counter() - t)
            times[name].append(float(np.median(one)))
    return times


def blind_only(readers, blind, save=None) -> int:
    lines = []
    for name, reader in readers.items():
        rows = run_reader(reader, blind)
        corr, wrong, abst = blind_scores(rows)
        hed, hed_right = hedged(rows)
        p50, p99 = latency(rows)
        print(f"{name}: right {corr:.1%} ({round(corr * len(rows))}/{len(rows)}), wrong values {wrong}, "
              f"abstained {abst} (of them hedged or ambiguous {hed}, hedged with the right value {hed_right}), "
              f"p50 {p50:.1f} ms, p99 {p99:.1f} ms")
        print("  " + split_line(name, miss_split(rows)))
        for it, r, dt in rows:
            req = r.request
            lines.append({"reader": name, "id": it["id"], "verdict": verdict(it, r), "miss": miss_kind(it, r), "status": r.status,
                          "outcome": it["outcome"],
                          "question": it["question"], "expected": [it["value"], it["unit"]],
                          "got": [r.value, r.unit], "reason": r.reason,
                          "reading": None if req is None else [[g.quantity, g.value] for g in req.givens] + [req.find, req.unit],
                          "attempts": len(r.attempts), "ms": round(dt * 1e3, 1)})
    if save:
        Path(save).write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help=f"under a minute: every {QUICK_STRIDE}th plain-English question, the first {QUICK_SYNTH} "
                         "of the synthetic split, fewer timing rounds")
    ap.add_argument("--blind-only", action="store_true", help="only the plain-English set (no synthetic split, no timing)")
    ap.add_argument("--save", metavar="FILE.jsonl", help="write each plain-English question's reading and verdict")
    ap.add_argument("--reader", action="append", choices=("rule", "ternary"),
                    help="with --blind-only: only this reader (repeatable; default both)")
    args = ap.parse_args()
    knowledge_base_then_memory_only()
    from oracle.reader.loop import reader_named

    # the ternary reader first: its latency is that of questions the process has not seen
    readers = {"ternary": reader_named("ternary"), "rule": reader_named("rule")}
    if os.environ.get("ORACLE_LLM_URL"):
        try:
            llm = reader_named("llm")
            llm.propose("A 2 kg ball moves at 3 m/s. What is its kinetic energy?")
            readers["llm"] = llm
        except Exception as err:  # no server: the column is left out, saying why
            print(f"llm reader left out: {err}")
    blind = load_blind()
    if args.blind_only:
        if args.reader:
            readers = {k: v for k, v in readers.items() if k in args.reader or k == "llm"}
        return blind_only(readers, blind, args.save)
    if args.quick:
        print(f"QUICK SUBSET: every {QUICK_STRIDE}th plain-English question ({len(blind[::QUICK_STRIDE])} of "
              f"{len(blind)}) and the first {QUICK_SYNTH} of the synthetic split; the full run scores all "
              f"{len(blind)} and {FULL_SYNTH}")
        blind = blind[::QUICK_STRIDE]
    synth = synthetic(QUICK_SYNTH if args.quick else FULL_SYNTH)
    print(f"plain-English set: {len(blind)} questions ({BLIND.relative_to(ROOT)}); "
          f"synthetic held-out split: {len(synth)} questions (seed {HELD_OUT_SEED})")
    print()
    print("| reader | synthetic: reading exact | synthetic: value right | synthetic: wrong values | "
          "plain English: value right | wrong values | abstained | of them hedged/ambiguous | p50 ms | p99 ms |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    summary, splits = {}, {}
    for name, reader in readers.items():
        rows_s = run_reader(reader, synth)
        read_s, corr_s, wrong_s = synth_scores(rows_s)
        rows_b = run_reader(reader, blind) if blind else []
        corr_b, wrong_b, abst_b = blind_scores(rows_b) if blind else (float("nan"), 0, 0)
        hed_b = hedged(rows_b)[0] if blind else 0
        p50, p99 = latency(rows_b or rows_s)
        summary[name] = (corr_b if blind else corr_s, wrong_b if blind else wrong_s, p50)
        splits[name] = miss_split(rows_b)
        print(f"| {name} | {read_s:.1%} | {corr_s:.1%} | {wrong_s} | "
              f"{'-' if not blind else f'{corr_b:.1%}'} | {wrong_b} | {abst_b} | {hed_b} | {p50:.1f} | {p99:.1f} |")
    again = run_reader(readers["ternary"], blind or synth)
    warm50, warm99 = latency(again)
    print(f"(p50/p99: wall time of one ask, per plain-English question. The ternary reader runs first, on "
          f"questions this process has not read before; the rule reader after it, when the oracle has "
          f"planned the readings both make. The ternary reader again, every reading planned before: "
          f"p50 {warm50:.1f} ms, p99 {warm99:.1f} ms.)")
    print()
    print("Where the plain-English misses come from (benchmarks/ask.py miss_kind):")
    for name, counts in splits.items():
        print("  " + split_line(name, counts))
    print()
    from oracle.reader.ternary import WEIGHTS

    sp = forward_speed(args.quick)
    size = WEIGHTS.stat().st_size
    ratio = sp["ratio"]
    print(f"ternary model: {size / 1e6:.2f} MB ({WEIGHTS.relative_to(ROOT)}); forward of one question "
          f"({sp['tokens']} tokens), median:")
    print(f"  numba kernels (one fused call)  {sp['kernels'] * 1e3:8.3f} ms")
    print(f"  kernels composed per layer      {sp['kernels_composed'] * 1e3:8.3f} ms")
    print(f"  float32 numpy (same model)      {sp['numpy_f32'] * 1e3:8.3f} ms   kernels {ratio:.2f}x faster\n"
          f"  (the ratio: median over interleaved repeats of numpy's time over the kernels')")
    if sp["jax_f32"] is not None:
        print(f"  JAX float32 on CPU (jit)        {sp['jax_f32'] * 1e3:8.3f} ms   kernels "
              f"{sp['jax_f32'] / sp['kernels']:.2f}x faster")
    rule, tern = summary["rule"], summary["ternary"]
    print(f"RESULT ask rule_correct={rule[0]:.3f} ternary_correct={tern[0]:.3f} ternary_wrong={tern[1]} "
          f"p50_ms={tern[2]:.1f} kernels_vs_numpy={ratio:.2f} p50_warm_ms={warm50:.1f} n={len(blind)}")
    return 0


def knowledge_base_then_memory_only() -> None:
    """Load the knowledge base with the user's caches (a minute to build cold, seconds from
    the on-disk cache), then keep every other cache in memory only, so that what an earlier
    run proved or learned never speeds this run's questions; an ``ORACLE_CACHE_DIR`` set by
    the caller is kept as it is."""
    if "ORACLE_CACHE_DIR" in os.environ:
        return
    from oracle.kb import load_kb

    load_kb()
    os.environ["ORACLE_CACHE_DIR"] = "off"


if __name__ == "__main__":
    sys.exit(main())
