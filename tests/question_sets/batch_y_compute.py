"""Assemble batch y: import the ten parts, shuffle deterministically, assign ids, write batch_y.json, and run checks."""
import collections
import json
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from batch_y_common import FIELDS, KEYS, OUTCOMES  # noqa: E402
import batch_y_part_mechanics  # noqa: E402
import batch_y_part_thermodynamics  # noqa: E402
import batch_y_part_fluids  # noqa: E402
import batch_y_part_waves  # noqa: E402
import batch_y_part_optics  # noqa: E402
import batch_y_part_circuits  # noqa: E402
import batch_y_part_electromagnetism  # noqa: E402
import batch_y_part_modern  # noqa: E402
import batch_y_part_nuclear  # noqa: E402
import batch_y_part_astro  # noqa: E402

PARTS = [batch_y_part_mechanics, batch_y_part_thermodynamics, batch_y_part_fluids,
         batch_y_part_waves, batch_y_part_optics, batch_y_part_circuits,
         batch_y_part_electromagnetism, batch_y_part_modern, batch_y_part_nuclear,
         batch_y_part_astro]

SEED = 20240610
PREFIX = "q10y"


def numbers_in_text(text):
    """All numbers appearing in a question text, including 'a × 10^b' forms."""
    t = text.replace("\u2212", "-")
    vals = []
    for m in re.finditer(r"(-?\d+(?:\.\d+)?)\s*[×x]\s*10\^(-?\d+)", t):
        vals.append(float(m.group(1)) * 10 ** int(m.group(2)))
    t2 = re.sub(r"(-?\d+(?:\.\d+)?)\s*[×x]\s*10\^(-?\d+)", " ", t)
    for m in re.finditer(r"-?\d+(?:\.\d+)?", t2):
        vals.append(float(m.group(0)))
    return vals


def main():
    qs = []
    for part in PARTS:
        assert len(part.Qs) == 15, (part.__name__, len(part.Qs))
        qs.extend(part.Qs)

    rnd = random.Random(SEED)
    rnd.shuffle(qs)
    for i, q in enumerate(qs, 1):
        q["id"] = f"{PREFIX}-{i:03d}"

    out = os.path.join(HERE, "batch_y.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(qs, fh, indent=1, ensure_ascii=False)

    # ---------------- checks ----------------
    with open(out, encoding="utf-8") as fh:
        data = json.load(fh)
    problems = []
    assert len(data) == 150, len(data)
    ids = [q["id"] for q in data]
    assert ids == [f"{PREFIX}-{i:03d}" for i in range(1, 151)]
    by_field = collections.Counter(q["field"] for q in data)
    by_outcome = collections.Counter(q["outcome"] for q in data)
    for q in data:
        if list(q.keys()) != KEYS:
            problems.append((q["id"], "keys", list(q.keys())))
        if q["outcome"] == "value":
            if not isinstance(q["expected"], float) or not math.isfinite(q["expected"]):
                problems.append((q["id"], "expected not a finite float"))
        elif q["expected"] is not None:
            problems.append((q["id"], "expected should be null"))
        for name in q["irrelevant"]:
            if name not in q["given"]:
                problems.append((q["id"], "irrelevant not in given", name))
        tnums = numbers_in_text(q["text"])
        for name, val in q["given"].items():
            num = float(val.split(" ", 1)[0])
            if not any(abs(num - x) <= 1e-9 * max(1.0, abs(num)) for x in tnums):
                problems.append((q["id"], "given number not in text", name, val))
        if q["outcome"] in ("ambiguous", "ill-posed", "not derivable") and not q["solution"]:
            problems.append((q["id"], "missing solution"))

    values = [q for q in data if q["outcome"] == "value"]
    multi = sum(1 for q in values if q["laws"] >= 2)
    with_irrel = sum(1 for q in data if q["irrelevant"])

    # unit check with pint if available
    try:
        import pint  # noqa: F401
        have_pint = True
    except ImportError:
        have_pint = False
    if have_pint:
        ureg = pint.UnitRegistry()
        for q in data:
            try:
                ureg.parse_units(q["unit"]) if q["unit"] != "dimensionless" else None
            except Exception as ex:  # noqa: BLE001
                problems.append((q["id"], "unit does not parse", q["unit"], str(ex)))
            for name, val in q["given"].items():
                try:
                    ureg.Quantity(val) if not val.endswith(" dimensionless") else None
                except Exception as ex:  # noqa: BLE001
                    problems.append((q["id"], "given does not parse", name, val, str(ex)))

    print(f"wrote {out}")
    print("total:", len(data))
    print("per field:", dict(by_field))
    print("per outcome:", dict(by_outcome))
    print(f"value questions with laws>=2: {multi}/{len(values)} = {multi/len(values):.0%}")
    print(f"questions with distractors: {with_irrel}/{len(data)} = {with_irrel/len(data):.0%}")
    print("pint unit check:", "done" if have_pint else "skipped (pint not importable)")
    ok = (by_outcome == {"value": 120, "not derivable": 15, "ill-posed": 8, "ambiguous": 7}
          and all(by_field[f] == 15 for f in FIELDS) and multi >= 0.4 * len(values))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
    print("OK" if ok and not problems else "CHECKS FAILED")
    return 0 if ok and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
