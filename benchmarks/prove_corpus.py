"""Benchmark: `oracle prove` on a corpus written blind (tests/prove_corpus, issue 11).

115 small engineering programs (standard atmosphere, navigation, heat transfer, orbits,
electronics), each labelled ``ok`` or with one planted error: ``dimension``, ``scale``
(with the factor that converts the wrong unit into the expected one) or ``offset``, at a
line and column. Each program is proved on its own; the verdict on a program is

* ``ok``    when nothing is refuted (an input problem counts as a refutation);
* else the kind of the refutation on the labelled line (``dimension``, ``scale``,
  ``offset``; a quantity-kind finding counts as ``dimension``, a shape finding as
  ``shape``), or, when none is on that line, ``elsewhere``.

Printed: agreement (verdict == label), false alarms (refutations in ``ok`` programs, and
refutations on other lines than the planted error's), and for scale errors whether the
finding names the labelled factor (within 0.1%). Goals: zero false alarms, agreement
>= 95%, every scale finding with the right factor. Runs against whatever ``proofs``
package is importable (``PYTHONPATH`` chooses), so the code as it was before can be scored
with the same script.

    python benchmarks/prove_corpus.py [--quick] [--verbose] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "prove_corpus"
KINDS = {"dim": "dimension", "kind": "dimension", "scale": "scale", "offset": "offset", "shape": "shape"}
FACTOR_TOLERANCE = 1e-3


def finding_kind(f) -> str:
    theories = {o.theory for o in f.obligations}
    for theory in ("offset", "scale", "dim", "kind", "shape"):
        if theory in theories:
            return KINDS[theory]
    return "dimension"


def finding_factor(f) -> float | None:
    """The factor a scale finding names (None on code that names none)."""
    try:
        from proofs.report import conversion
    except ImportError:
        return None
    conv = conversion(f)
    return None if conv is None else conv["factor"]


def score_one(path: Path, label: dict) -> dict:
    from proofs import prove

    t0 = time.perf_counter()
    try:
        report = prove(str(path), use_cache=False)
        findings = list(report.findings)
        problems = [str(p) for p in getattr(report, "errors", [])]
    except Exception as err:  # the code before keep-going raised on bad input
        findings, problems = [], [f"{type(err).__name__}: {err}"]
    seconds = time.perf_counter() - t0
    on_line = [f for f in findings if f.where.line == label["line"]]
    elsewhere = [f for f in findings if f.where.line != label["line"]] if label["label"] != "ok" else findings
    if problems:
        verdict = "input-error"
    elif not findings:
        verdict = "ok"
    elif label["label"] == "ok":
        verdict = finding_kind(findings[0])
    elif on_line:
        kinds = [finding_kind(f) for f in on_line]
        verdict = label["label"] if label["label"] in kinds else kinds[0]
    else:
        verdict = "elsewhere"
    factor = None
    if label["label"] == "scale" and verdict == "scale":
        factors = [finding_factor(f) for f in on_line if finding_kind(f) == "scale"]
        factor = next((x for x in factors if x is not None and _close(x, label["factor"])), factors[0])
    at = [f for f in on_line if f.where.col == label.get("col")]
    return {"file": label["file"], "label": label["label"], "verdict": verdict, "agree": verdict == label["label"],
            "exact_place": bool(at) if label["label"] != "ok" else None,
            "false_alarms": len(elsewhere) + len(problems), "factor": factor,
            "factor_right": None if label["label"] != "scale" or verdict != "scale" else
            (factor is not None and _close(factor, label["factor"])),
            "findings": [f"{f.where.line}:{f.where.col} [{finding_kind(f)}] {f.sentence}" for f in findings] + problems,
            "seconds": seconds}


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= FACTOR_TOLERANCE * max(abs(x), abs(y))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="every other program")
    ap.add_argument("--verbose", action="store_true", help="list every disagreement and false alarm")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--json", type=Path, help="also write the per-program results here")
    args = ap.parse_args()
    labels = json.loads((args.corpus / "labels.json").read_text())
    if args.quick:
        labels = labels[::2]
    rows = []
    for lab in labels:
        name = Path(lab["file"]).name
        rows.append(score_one(args.corpus / "progs" / name, lab))
    n = len(rows)
    agree = sum(r["agree"] for r in rows)
    ok_flagged = sum(1 for r in rows if r["label"] == "ok" and r["verdict"] != "ok")
    false_alarms = sum(r["false_alarms"] for r in rows)
    scale_rows = [r for r in rows if r["label"] == "scale"]
    scale_found = [r for r in scale_rows if r["verdict"] == "scale"]
    factors_right = sum(1 for r in scale_found if r["factor_right"])
    confusion = Counter((r["label"], r["verdict"]) for r in rows)
    labels_seen = ["ok", "dimension", "scale", "offset"]
    verdicts_seen = labels_seen + sorted({v for _, v in confusion} - set(labels_seen))
    print(f"corpus: {args.corpus} ({n} programs{' (quick: every other one)' if args.quick else ''})")
    print(f"{'label / verdict':<16}" + "".join(f"{v:>12}" for v in verdicts_seen))
    for lab in labels_seen:
        print(f"{lab:<16}" + "".join(f"{confusion.get((lab, v), 0):>12}" for v in verdicts_seen))
    print(f"agreement: {agree}/{n} = {100 * agree / n:.1f}%   goal >= 95%")
    print(f"false alarms: {false_alarms} refutations where no error is planted "
          f"({ok_flagged} of {sum(r['label'] == 'ok' for r in rows)} ok programs flagged)   goal 0")
    print(f"scale errors found as scale: {len(scale_found)}/{len(scale_rows)}; with the labelled factor: "
          f"{factors_right}/{len(scale_found)}   goal: all")
    errors = [r for r in rows if r["label"] != "ok" and r["agree"]]
    print(f"planted errors found at the labelled line and column too: {sum(r['exact_place'] for r in errors)}/"
          f"{len(errors)} (informational: the line is what counts)")
    print(f"time: {sum(r['seconds'] for r in rows):.2f} s in all")
    if args.verbose:
        for r in rows:
            if not r["agree"] or r["false_alarms"] or r["factor_right"] is False or r["exact_place"] is False:
                label = next(x for x in labels if x["file"] == r["file"])
                print(f"- {r['file']}: label {r['label']} at {label['line']}:{label['col']}, verdict {r['verdict']}"
                      + (f", factor {r['factor']}" if r["factor_right"] is False else ""))
                for f in r["findings"]:
                    print(f"    {f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    print(f"RESULT prove_corpus agreement={100 * agree / n:.1f} false_alarms={false_alarms} "
          f"factors_right={factors_right}/{len(scale_found)} programs={n}")


if __name__ == "__main__":
    main()
