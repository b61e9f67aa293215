"""Suggested edits: the missing unit conversions of a report, applied to the source text
and shown as a unified diff. Nothing is run and nothing is written: ``oracle prove --fix``
prints the diff (``patch -p0 < fix.diff`` applies it).

>>> from proofs import prove_source
>>> r = prove_source("def f(a: U['m'], b: U['ft']) -> U['m']:\\n    return a + b\\n", "f.py")
>>> print(diff(r), end="")
--- f.py
+++ f.py
@@ -1,2 +1,2 @@
 def f(a: U['m'], b: U['ft']) -> U['m']:
-    return a + b
+    return a + b * 0.3048
"""
from __future__ import annotations

import difflib

from psg.graph import Span


def edits(report) -> dict[str, list[tuple[Span, str]]]:
    """The suggested edits of every refuted scale or offset obligation, by file (one per span)."""
    out: dict[str, dict[tuple, tuple[Span, str]]] = {}
    for f in report.findings:
        for o in f.obligations:
            if o.edit is None:
                continue
            span, text = o.edit
            out.setdefault(span.file, {})[(span.line, span.col, span.end_line, span.end_col)] = (span, text)
    return {file: sorted(found.values(), key=lambda e: (e[0].line, e[0].col)) for file, found in out.items()}


def apply(text: str, changes: list[tuple[Span, str]]) -> str:
    """``text`` with each span replaced (single-line spans; columns count UTF-8 bytes, as
    ``ast`` does). Overlapping edits after the first are left out."""
    lines = text.splitlines(keepends=True)
    by_line: dict[int, list[tuple[Span, str]]] = {}
    for span, new in changes:
        if span.line == span.end_line and 0 < span.line <= len(lines):
            by_line.setdefault(span.line, []).append((span, new))
    for line, items in by_line.items():
        raw = lines[line - 1].encode()
        taken: list[tuple[int, int]] = []
        for span, new in sorted(items, key=lambda e: e[0].col):
            start, end = span.col - 1, span.end_col - 1
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
        for span, new in sorted(items, key=lambda e: -e[0].col):
            start, end = span.col - 1, span.end_col - 1
            if (start, end) in taken:
                raw = raw[:start] + new.encode() + raw[end:]
        lines[line - 1] = raw.decode()
    return "".join(lines)


def diff(report) -> str:
    """A unified diff of every file with suggested edits (empty if there are none)."""
    out = []
    for file, changes in sorted(edits(report).items()):
        text = report.source_text(file)
        if text is None:
            continue
        new = apply(text, changes)
        out.extend(difflib.unified_diff(text.splitlines(keepends=True), new.splitlines(keepends=True),
                                        fromfile=file, tofile=file))
    return "".join(out)
