"""Assemble batch z: import the ten field parts, shuffle deterministically, assign ids,
write batch_z.json and run consistency checks. Standard library only (pint optional)."""
import json
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from batch_z_common import FIELDS, KEYS  # noqa: E402
import batch_z_part_mechanics  # noqa: E402
import batch_z_part_thermodynamics  # noqa: E402
import batch_z_part_fluids  # noqa: E402
import batch_z_part_waves  # noqa: E402
import batch_z_part_optics  # noqa: E402
import batch_z_part_circuits  # noqa: E402
import batch_z_part_electromagnetism  # noqa: E402
import batch_z_part_modern  # noqa: E402
import batch_z_part_nuclear  # noqa: E402
import batch_z_part_astro  # noqa: E402

PARTS = {
    "mechanics": batch_z_part_mechanics,
    "thermodynamics": batch_z_part_thermodynamics,
    "fluids": batch_z_part_fluids,
    "waves": batch_z_part_waves,
    "optics": batch_z_part_optics,
    "circuits": batch_z_part_circuits,
    "electromagnetism": batch_z_part_electromagnetism,
    "modern": batch_z_part_modern,
    "nuclear": batch_z_part_nuclear,
    "astro": batch_z_part_astro,
}

SEED = 20240610
OUT = os.path.join(HERE, "batch_z.json")


def number_in_text(num, text):
    """True if the given's number string appears in the question text."""
    t = text.replace("\u2212", "-")
    if "e" in num.lower():
        mant, exp = re.split("[eE]", num)
        exp = str(int(exp))
        return (mant in t) and (("10^" + exp) in t)
    if num in t:
        return True
    # allow a leading minus written as the word-boundary form in the text
    return num.lstrip("-") in t and num.startswith("-") and ("-" + num.lstrip("-")) in t


def check_units(questions):
    """Parse every unit with pint if it is importable; return (checked, errors)."""
    try:
        import pint  # noqa: F401
    except ImportError:
        return False, []
    ureg = pint.UnitRegistry()
    errors = []
    for q in questions:
        units = [q["unit"]] + [v.split(" ", 1)[1] for v in q["given"].values()]
        for un in units:
            try:
                ureg.parse_units(un)
            except Exception as exc:  # pragma: no cover
                errors.append((q["id"], un, repr(exc)))
    return True, errors


def main():
    all_q = []
    for field in FIELDS:
        qs = PARTS[field].Qs
        assert len(qs) == 15, (field, len(qs))
        for q in qs:
            assert q["field"] == field, (field, q["text"][:50])
        all_q.extend(qs)
    assert len(all_q) == 150

    rng = random.Random(SEED)
    rng.shuffle(all_q)
    for i, q in enumerate(all_q, start=1):
        q["id"] = "q10z-%03d" % i

    problems = []
    for q in all_q:
        if list(q.keys()) != KEYS:
            problems.append((q["id"], "keys", list(q.keys())))
        if q["outcome"] == "value":
            x = q["expected"]
            if not isinstance(x, float) or not math.isfinite(x) or x == 0:
                problems.append((q["id"], "expected", x))
        elif q["expected"] is not None:
            problems.append((q["id"], "expected should be null"))
        for name, val in q["given"].items():
            parts = val.split(" ", 1)
            if len(parts) != 2:
                problems.append((q["id"], "given format", name, val))
                continue
            num = parts[0]
            try:
                float(num)
            except ValueError:
                problems.append((q["id"], "given number", name, val))
            if not number_in_text(num, q["text"]):
                problems.append((q["id"], "number not in text", name, val))
        for name in q["irrelevant"]:
            if name not in q["given"]:
                problems.append((q["id"], "irrelevant not in given", name))
        if not q["solution"]:
            problems.append((q["id"], "empty solution"))
    texts = [q["text"] for q in all_q]
    if len(set(texts)) != len(texts):
        problems.append(("duplicate texts",))

    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(all_q, fh, indent=2, ensure_ascii=False)

    # ---- report ----
    with open(OUT, encoding="utf-8") as fh:
        data = json.load(fh)
    by_out = {}
    by_field = {}
    for q in data:
        by_out[q["outcome"]] = by_out.get(q["outcome"], 0) + 1
        by_field[q["field"]] = by_field.get(q["field"], 0) + 1
    values = [q for q in data if q["outcome"] == "value"]
    multi = sum(1 for q in values if q["laws"] >= 2)
    distract = sum(1 for q in data if q["irrelevant"])
    print("questions written:", len(data), "->", OUT)
    print("by field:", by_field)
    print("by outcome:", by_out)
    print("value questions with laws>=2: %d / %d (%.0f%%)" % (multi, len(values), 100.0 * multi / len(values)))
    print("questions with distractors: %d (%.0f%%)" % (distract, 100.0 * distract / len(data)))
    checked, uerr = check_units(data)
    if checked:
        print("pint unit check:", "OK" if not uerr else uerr)
    else:
        print("pint not importable: unit parse check skipped")

    expected_counts = {"value": 120, "not derivable": 15, "ill-posed": 8, "ambiguous": 7}
    ok = (len(data) == 150 and by_out == expected_counts
          and all(v == 15 for v in by_field.values()) and len(by_field) == 10
          and multi >= 0.4 * len(values) and not problems and not uerr)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
    print("ALL CHECKS PASSED" if ok else "CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
