"""Assemble batch x (q10x): import the ten field parts, shuffle deterministically,
assign ids q10x-001..q10x-150, run sanity checks and write batch_x.json."""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from batch_x_common import FIELDS, KEYS  # noqa: E402
import batch_x_part_mechanics
import batch_x_part_thermodynamics
import batch_x_part_fluids
import batch_x_part_waves
import batch_x_part_optics
import batch_x_part_circuits
import batch_x_part_electromagnetism
import batch_x_part_modern
import batch_x_part_nuclear
import batch_x_part_astro

PARTS = [batch_x_part_mechanics, batch_x_part_thermodynamics, batch_x_part_fluids,
         batch_x_part_waves, batch_x_part_optics, batch_x_part_circuits,
         batch_x_part_electromagnetism, batch_x_part_modern, batch_x_part_nuclear,
         batch_x_part_astro]
SEED = 20240610


def number_in_text(num, text):
    t = text.replace(",", "")
    if num in t:
        return True
    m = re.fullmatch(r"(-?[\d.]+)e([+-]?\d+)", num)
    if m:
        mant, ex = m.group(1), str(int(m.group(2)))
        return mant in t and ("^" + ex) in t
    return False


def main():
    qs = []
    for p in PARTS:
        assert len(p.Qs) == 15, (p.__name__, len(p.Qs))
        qs.extend(p.Qs)
    random.Random(SEED).shuffle(qs)
    for i, q in enumerate(qs, 1):
        q["id"] = f"q10x-{i:03d}"

    problems = []
    for q in qs:
        if list(q.keys()) != KEYS:
            problems.append((q["id"], "keys"))
        for name, v in q["given"].items():
            if not number_in_text(v.split()[0], q["text"]):
                problems.append((q["id"], f"given number not in text: {name} = {v}"))
        if (q["outcome"] == "value") != (q["expected"] is not None):
            problems.append((q["id"], "expected/outcome mismatch"))
        if not set(q["irrelevant"]) <= set(q["given"]):
            problems.append((q["id"], "irrelevant not in given"))
        if not q["solution"]:
            problems.append((q["id"], "no solution"))

    try:
        import pint  # noqa: F401
        ureg = pint.UnitRegistry()
        for q in qs:
            for name, v in q["given"].items():
                num, unit = v.split(None, 1)
                try:
                    ureg.Quantity(float(num), ureg.parse_units(unit))
                except Exception as ex:  # pragma: no cover
                    problems.append((q["id"], f"unit {unit!r}: {ex}"))
            try:
                ureg.parse_units(q["unit"])
            except Exception as ex:  # pragma: no cover
                problems.append((q["id"], f"find unit {q['unit']!r}: {ex}"))
        pint_msg = "pint unit check done"
    except ImportError:
        pint_msg = "pint not importable: unit check skipped"

    out = os.path.join(HERE, "batch_x.json")
    with open(out, "w") as fh:
        json.dump(qs, fh, indent=1, ensure_ascii=False)

    # report
    with open(out) as fh:
        back = json.load(fh)
    print(f"wrote {out}: {len(back)} questions")
    print("fields:", dict(Counter(q["field"] for q in back)))
    print("outcomes:", dict(Counter(q["outcome"] for q in back)))
    vals_ = [q for q in back if q["outcome"] == "value"]
    multi = sum(1 for q in vals_ if q["laws"] >= 2)
    print(f"value questions with laws>=2: {multi}/{len(vals_)} = {multi/len(vals_):.0%}")
    nd = sum(1 for q in back if q["irrelevant"])
    print(f"questions with distractors: {nd}/{len(back)} = {nd/len(back):.0%}")
    print(pint_msg)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
