"""Score ``oracle.query`` on a question set written blind (``tests/question_sets/*.json``).

Each question is ``given`` (names as people write them -> values with units), ``find``,
``unit``, the independently computed ``expected`` value and the expected ``outcome``:
``value``, ``not derivable``, ``ambiguous`` or ``ill-posed``. Each answer is scored as

* **right**: the value within ``rel_tol`` (``value`` questions); no value and the matching
  kind of abstention (``not derivable``, or ``ambiguous`` / a clear error for ``ambiguous``
  and ``ill-posed`` questions);
* **wrong value**: a value that is outside the tolerance, or any value where none is
  right; counted separately when the answer said ``verified`` (the one outcome that must
  never happen);
* **abstained**: no value where one was expected (not derivable, ambiguous, or an error).

Usage::

    .venv/bin/python benchmarks/questions.py tests/question_sets/batch_a.json [--show wrong]
    .venv/bin/python benchmarks/questions.py SET.json --quick   # the first 40 questions

The last line is ``RESULT questions right=<fraction> wrong=<n> wrong_verified=<n> n=<n>``.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def status_of(answer) -> str:
    """The answer's status; for an engine without one, a found answer with a proved proof
    is what it presented as verified."""
    status = getattr(answer, "status", None)
    if status is not None:
        return status
    if not answer.found:
        return "not derivable"
    return "verified" if answer.proof is not None and answer.proof.status == "proved" else "hedged"


def ask(q: dict):
    """(status, value in the asked unit or None, note)."""
    import oracle

    try:
        a = oracle.query(q["given"], q["find"], unit=q.get("unit"), learn=False)
    except (ValueError, KeyError, TypeError) as err:  # the oracle's clear errors are ValueErrors
        return "error", None, f"{type(err).__name__}: {err}"
    status = status_of(a)
    if status in ("verified", "hedged"):
        shown = a.value_in_unit if a.value_in_unit is not None else a.value
        return status, float(shown.magnitude), " -> ".join(a.derivation.laws) if a.derivation else ""
    return status, None, ""


def judge(q: dict, status: str, value) -> str:
    """right | wrong | wrong_verified | abstained."""
    want = q["outcome"]
    if value is not None:
        if want == "value" and q.get("expected") is not None and math.isclose(
                value, q["expected"], rel_tol=q.get("rel_tol", 0.01), abs_tol=1e-300):
            return "right"
        return "wrong_verified" if status == "verified" else "wrong"
    if want == "value":
        return "abstained"
    if want == "not derivable":
        return "right" if status == "not derivable" else "abstained"
    return "right" if status in ("ambiguous", "error") else "abstained"   # ambiguous, ill-posed


def score(questions: list[dict], show: str = "") -> dict:
    verdicts, statuses, rows = Counter(), Counter(), []
    t0 = time.perf_counter()
    for q in questions:
        status, value, note = ask(q)
        verdict = judge(q, status, value)
        verdicts[verdict] += 1
        statuses[status] += 1
        rows.append((q, status, value, verdict, note))
        if show and (show == "all" or verdict.startswith(show)):
            print(f"{q['id']:<12} {verdict:<15} {status:<13} got={value!r:<14} want={q.get('expected')!r} "
                  f"({q['outcome']})  {q['find']!r} <- {q['given']}  {note[:160]}")
    n = len(questions)
    right = verdicts["right"]
    return {"n": n, "right": right, "right_fraction": right / n if n else 0.0,
            "wrong": verdicts["wrong"] + verdicts["wrong_verified"], "wrong_verified": verdicts["wrong_verified"],
            "abstained": verdicts["abstained"], "statuses": dict(statuses), "seconds": time.perf_counter() - t0,
            "by_outcome": {o: f"{sum(1 for q, *_, v, _n in rows if q['outcome'] == o and v == 'right')}/"
                              f"{sum(1 for q in questions if q['outcome'] == o)}"
                           for o in sorted({q['outcome'] for q in questions})}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="question set files (JSON lists)")
    ap.add_argument("--quick", action="store_true", help="the first 40 questions of each set")
    ap.add_argument("--show", default="", help="print rows whose verdict starts with this (wrong, abstained, all)")
    args = ap.parse_args(argv)
    questions = []
    for path in args.sets:
        questions += json.loads(Path(path).read_text(encoding="utf-8"))
    if args.quick:
        questions = questions[:40]
    s = score(questions, args.show)
    print(f"{s['n']} questions in {s['seconds']:.1f} s: right {s['right']} ({s['right_fraction']:.1%}), "
          f"wrong values {s['wrong']} (of them verified {s['wrong_verified']}), abstained {s['abstained']}")
    print(f"by expected outcome: {s['by_outcome']}; statuses: {s['statuses']}")
    print(f"RESULT questions right={s['right_fraction']:.3f} wrong={s['wrong']} "
          f"wrong_verified={s['wrong_verified']} n={s['n']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
