"""Build batch_u.json: 150 blind physics questions (15 per field).

Each part file defines QUESTIONS, computed independently with CODATA 2018
constants (see batch_u_common.py) and g = 9.81 m/s^2 unless stated.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import batch_u_part_mechanics
import batch_u_part_thermodynamics
import batch_u_part_fluids
import batch_u_part_waves
import batch_u_part_optics
import batch_u_part_circuits
import batch_u_part_electromagnetism
import batch_u_part_modern
import batch_u_part_nuclear
import batch_u_part_astro

PARTS = [batch_u_part_mechanics, batch_u_part_thermodynamics, batch_u_part_fluids,
         batch_u_part_waves, batch_u_part_optics, batch_u_part_circuits,
         batch_u_part_electromagnetism, batch_u_part_modern, batch_u_part_nuclear,
         batch_u_part_astro]

KEYS = ["id", "field", "text", "given", "find", "unit", "expected", "outcome", "rel_tol",
        "laws", "irrelevant", "solution", "assumptions"]
NUM_RE = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")


def check(items):
    errors = []
    for q in items:
        if list(q.keys()) != KEYS:
            errors.append((q["id"], "keys"))
        for name, val in q["given"].items():
            parts = val.split(" ", 1)
            if len(parts) != 2 or not NUM_RE.match(parts[0]) or not parts[1].strip():
                errors.append((q["id"], f"given format: {name}={val}"))
                continue
            num = parts[0]
            mant = num.split("e")[0].split("E")[0]
            if mant.lstrip("-") not in q["text"].replace(",", ""):
                errors.append((q["id"], f"number {num} of '{name}' not in text"))
        if q["outcome"] == "value":
            if q["expected"] is None:
                errors.append((q["id"], "missing expected"))
        elif q["expected"] is not None:
            errors.append((q["id"], "expected should be null"))
        for bad in ("\u03bc", "  "):
            pass
    return errors


def main():
    items = []
    for part in PARTS:
        assert len(part.QUESTIONS) == 15, (part.__name__, len(part.QUESTIONS))
        items.extend(part.QUESTIONS)
    for i, q in enumerate(items, 1):
        q["id"] = f"q10u-{i:03d}"
    errs = check(items)
    for e_ in errs:
        print("CHECK:", e_)
    out = os.path.join(HERE, "batch_u.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(items, fh, indent=1, ensure_ascii=False)
    oc = Counter(q["outcome"] for q in items)
    fc = Counter(q["field"] for q in items)
    multi = sum(1 for q in items if q["laws"] >= 2)
    multi_val = sum(1 for q in items if q["laws"] >= 2 and q["outcome"] == "value")
    distract = sum(1 for q in items if q["irrelevant"])
    print("outcomes:", dict(oc))
    print("fields:", dict(fc))
    print(f"laws>=2: {multi} of {len(items)} (value questions: {multi_val}); with distractors: {distract}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
