"""SARIF 2.1.0, the format code-scanning services read (GitHub code scanning among them).

One run of the tool ``oracle prove``; one rule per kind of finding; one result per
refutation (level ``error``) with its place, and the suggested edit as a SARIF ``fix``;
problems of the input (a syntax error, an unknown unit) are results of rule ``input``.

>>> from proofs import prove_source
>>> doc = to_sarif(prove_source("def f(a: U['m'], b: U['ft']) -> U['m']:\\n    return a + b\\n", "f.py"))
>>> doc["version"], doc["runs"][0]["results"][0]["ruleId"]
('2.1.0', 'scale')
>>> doc["runs"][0]["results"][0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]
{'text': 'b * 0.3048'}
"""
from __future__ import annotations

from pathlib import Path

from psg.errors import SourceWarning

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RULES = {
    "dimension": "Values of different dimensions are added, compared, passed or returned as one",
    "scale": "Values of one dimension in different units (m and ft) are mixed without the conversion",
    "offset": "Temperatures on different scales (K and degC) are mixed, or an absolute Celsius temperature "
              "is added to another or multiplied",
    "shape": "Array sizes that may disagree",
    "kind": "Quantities of one dimension but different kinds (energy and torque) are mixed",
    "input": "A file that cannot be read or parsed, or an annotation that cannot be understood",
}


def _uri(file: str) -> str:
    p = Path(file)
    if p.is_absolute():
        try:
            return p.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return p.as_uri()
    return p.as_posix()


def _region(line: int, col: int, end_line: int = 0, end_col: int = 0) -> dict:
    region = {"startLine": max(line, 1), "startColumn": max(col, 1)}
    if end_line >= line and end_col > 0:
        region.update(endLine=end_line, endColumn=end_col)
    return region


def _location(file: str, region: dict) -> dict:
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(file)}, "region": region}}


def to_sarif(report) -> dict:
    """The report as a SARIF 2.1.0 log (a dict ready for ``json.dumps``)."""
    from .report import conversion, finding_kind

    results = []
    for p in report.problems:
        results.append({"ruleId": "input", "level": "warning" if isinstance(p, SourceWarning) else "error",
                        "message": {"text": p.message}, "locations": [_location(p.file, _region(p.line, p.col))]})
    for f in report.findings:
        w = f.where
        res = {"ruleId": finding_kind(f), "level": "error", "message": {"text": f.sentence},
               "locations": [_location(w.file, _region(w.line, w.col, w.end_line, w.end_col))]}
        if len(f.obligations) > 1:
            res["relatedLocations"] = [
                {"id": k, **_location(o.where.file, _region(o.where.line, o.where.col)),
                 "message": {"text": f"obligation {o.id} ({o.rule})"}} for k, o in enumerate(f.obligations)]
        conv = conversion(f)
        if conv and "edit" in conv:
            e = conv["edit"]
            res["fixes"] = [{
                "description": {"text": f"{conv['how']} to get {conv['to']}"},
                "artifactChanges": [{
                    "artifactLocation": {"uri": _uri(e["file"])},
                    "replacements": [{"deletedRegion": _region(e["line"], e["col"], e["end_line"], e["end_col"]),
                                      "insertedContent": {"text": e["replacement"]}}]}]}]
            res["properties"] = {"factor": conv["factor"], "offset": conv["offset"], "from": conv["from"],
                                 "to": conv["to"]}
        results.append(res)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "oracle prove",
                "rules": [{"id": k, "shortDescription": {"text": v}} for k, v in RULES.items()],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
