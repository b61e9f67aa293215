#!/usr/bin/env python3
"""Build the q10v blind batch: 150 introductory-physics questions.

Each field lives in batch_v_part_<field>.py and defines a list Qs of question
dicts (values computed there with CODATA 2018 constants, g = 9.81 m/s^2).
This script collects them, shuffles them deterministically, assigns ids
q10v-001 .. q10v-150, checks the counts and writes batch_v.json.
Standard library only.
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from batch_v_common import FIELDS  # noqa: E402
import batch_v_part_mechanics  # noqa: E402
import batch_v_part_thermodynamics  # noqa: E402
import batch_v_part_fluids  # noqa: E402
import batch_v_part_waves  # noqa: E402
import batch_v_part_optics  # noqa: E402
import batch_v_part_circuits  # noqa: E402
import batch_v_part_electromagnetism  # noqa: E402
import batch_v_part_modern  # noqa: E402
import batch_v_part_nuclear  # noqa: E402
import batch_v_part_astro  # noqa: E402

PARTS = [batch_v_part_mechanics, batch_v_part_thermodynamics, batch_v_part_fluids,
         batch_v_part_waves, batch_v_part_optics, batch_v_part_circuits,
         batch_v_part_electromagnetism, batch_v_part_modern, batch_v_part_nuclear,
         batch_v_part_astro]

KEYS = ["id", "field", "text", "given", "find", "unit", "expected", "outcome",
        "rel_tol", "laws", "irrelevant", "solution", "assumptions"]


def main():
    items = []
    for part in PARTS:
        assert len(part.Qs) == 15, (part.__name__, len(part.Qs))
        items.extend(part.Qs)
    random.Random(20240610).shuffle(items)
    for i, q in enumerate(items, 1):
        q["id"] = f"q10v-{i:03d}"
    items = [{k: q[k] for k in KEYS} for q in items]

    # sanity checks
    assert len(items) == 150
    oc = Counter(q["outcome"] for q in items)
    assert oc == {"value": 120, "not derivable": 15, "ill-posed": 8, "ambiguous": 7}, oc
    fc = Counter(q["field"] for q in items)
    assert all(fc[f_] == 15 for f_ in FIELDS), fc
    multi = sum(1 for q in items if q["laws"] >= 2)
    assert multi >= 60, multi
    assert any(q["irrelevant"] for q in items)
    texts = [q["text"] for q in items]
    assert len(set(texts)) == 150

    out = os.path.join(HERE, "batch_v.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(items, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {out}: {len(items)} questions")
    print("outcomes:", dict(oc))
    print("fields:", dict(fc))
    print("laws>=2:", multi, " value & laws>=2:",
          sum(1 for q in items if q["laws"] >= 2 and q["outcome"] == "value"),
          " with distractors:", sum(1 for q in items if q["irrelevant"]))


if __name__ == "__main__":
    main()
