"""Assemble the q10w blind question batch and write batch_w.json."""
import collections
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from batch_w_common import FIELDS, tx  # noqa: E402
import batch_w_part_mechanics
import batch_w_part_thermodynamics
import batch_w_part_fluids
import batch_w_part_waves
import batch_w_part_optics
import batch_w_part_circuits
import batch_w_part_electromagnetism
import batch_w_part_modern
import batch_w_part_nuclear
import batch_w_part_astro

PARTS = [batch_w_part_mechanics, batch_w_part_thermodynamics, batch_w_part_fluids,
         batch_w_part_waves, batch_w_part_optics, batch_w_part_circuits,
         batch_w_part_electromagnetism, batch_w_part_modern, batch_w_part_nuclear,
         batch_w_part_astro]
KEYS = ["id", "field", "text", "given", "find", "unit", "expected", "outcome",
        "rel_tol", "laws", "irrelevant", "solution", "assumptions"]
SEED = 20240610


def main():
    qs = []
    for part in PARTS:
        assert len(part.Qs) == 15, (part.__name__, len(part.Qs))
        qs.extend(part.Qs)
    random.Random(SEED).shuffle(qs)
    for i, q in enumerate(qs, 1):
        q["id"] = f"q10w-{i:03d}"
    qs = [{k: q[k] for k in KEYS} for q in qs]

    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch_w.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(qs, f, indent=2, ensure_ascii=False)

    # ---------------- checks ----------------
    with open(out, encoding="utf-8") as f:
        data = json.load(f)
    problems = []
    if len(data) != 150:
        problems.append(f"expected 150 questions, got {len(data)}")
    ids = [q["id"] for q in data]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for q in data:
        if list(q.keys()) != KEYS:
            problems.append(f"{q['id']}: keys {list(q.keys())}")
        if (q["outcome"] == "value") != (q["expected"] is not None):
            problems.append(f"{q['id']}: expected/outcome mismatch")
        for name in q["irrelevant"]:
            if name not in q["given"]:
                problems.append(f"{q['id']}: irrelevant '{name}' not in given")
        # every given number must appear in the text
        for name, val in q["given"].items():
            m = re.match(r"^(\S+) (.+)$", val)
            if not m:
                problems.append(f"{q['id']}: bad given '{val}'")
                continue
            numtxt = tx(int(m.group(1)) if re.fullmatch(r"-?\d+", m.group(1)) else float(m.group(1)))
            if numtxt not in q["text"]:
                problems.append(f"{q['id']}: given number {numtxt} ({name}) not in text")

    by_field = collections.Counter(q["field"] for q in data)
    by_outcome = collections.Counter(q["outcome"] for q in data)
    by_field_outcome = collections.Counter((q["field"], q["outcome"]) for q in data)
    values = [q for q in data if q["outcome"] == "value"]
    multi = sum(1 for q in values if q["laws"] >= 2)
    distract = sum(1 for q in data if q["irrelevant"])

    for fld in FIELDS:
        if by_field[fld] != 15:
            problems.append(f"field {fld}: {by_field[fld]} questions")
    want = {"value": 120, "not derivable": 15, "ill-posed": 8, "ambiguous": 7}
    for k, n in want.items():
        if by_outcome[k] != n:
            problems.append(f"outcome {k}: {by_outcome[k]} (want {n})")
    if multi < 0.4 * len(values):
        problems.append(f"only {multi} multi-law value questions")

    # pint unit check (optional)
    try:
        import pint
    except ImportError:
        pint = None
        print("pint not importable: unit-parse check skipped")
    if pint is not None:
        ureg = pint.UnitRegistry()
        for q in data:
            units = [q["unit"]] + [v.split(" ", 1)[1] for v in q["given"].values()]
            for un in units:
                try:
                    ureg.parse_units(un)
                except Exception as exc:  # noqa: BLE001
                    problems.append(f"{q['id']}: unit '{un}' does not parse ({exc})")
        print("pint unit-parse check done")

    print(f"wrote {out}: {len(data)} questions")
    print("by field:", dict(by_field))
    print("by outcome:", dict(by_outcome))
    for fld in FIELDS:
        print(f"  {fld:17s}", {o: by_field_outcome[(fld, o)] for o in want})
    print(f"value questions with laws >= 2: {multi}/{len(values)} ({100*multi/len(values):.0f}%)")
    print(f"questions with distractors: {distract}/{len(data)} ({100*distract/len(data):.0f}%)")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
