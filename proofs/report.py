"""Proof reports: the verdicts of a run, as text for a terminal, Markdown, JSON, HTML,
SARIF 2.1.0 (code scanning) and GitHub annotation lines.

A run keeps going past bad input, as a linter does: a file that cannot be read or parsed,
or an unknown unit, is a *problem* of that file (``report.problems``); every other file is
still proved and reported.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from psg.errors import SourceError, SourceWarning

from .solve import Finding, FunctionResult
from .terms import DimTerm

VERDICTS = ("refuted", "unknown", "proved", "unchecked")
MARK = {"proved": "✓", "refuted": "✗", "unknown": "?", "unchecked": "·"}


def finding_kind(f: Finding) -> str:
    """``dimension``, ``scale``, ``offset``, ``shape`` or ``kind``: what a refutation is about."""
    theories = {o.theory for o in f.obligations}
    for theory, kind in (("offset", "offset"), ("scale", "scale"), ("dim", "dimension"), ("shape", "shape")):
        if theory in theories:
            return kind
    return "kind"


def conversion(f: Finding) -> dict | None:
    """For a scale or offset finding: the units, the factor and offset (``a * n + b``) and the
    suggested edit."""
    from . import scales

    o = f.obligations[-1]
    if o.theory not in ("scale", "offset"):
        return None
    a, b = scales.needed(o.left, o.right)
    out = {"from": o.left.text(), "to": o.right.text(), "factor": a, "offset": b, "how": scales.how(a, b)}
    if o.edit is not None:
        span, text = o.edit
        out["edit"] = {"file": span.file, "line": span.line, "col": span.col, "end_line": span.end_line,
                       "end_col": span.end_col, "replacement": text}
    return out


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`|"} | {"<": "&lt;", "\n": " ", "\r": " "})


def _md_text(text: str) -> str:
    """Text that cannot break out of its place in Markdown (no code span, table cell or
    HTML tag can start in it; names come from the user's files).

    >>> print(_md_text("a|b `c` <br>"))
    a\\|b \\`c\\` &lt;br>
    """
    return text.translate(_MD_SPECIAL)


def _md_code(text: str, cell: bool = False) -> str:
    """``text`` in a code span that no backtick in it can close; in a table cell, ``|`` escaped.

    >>> print(_md_code("a`b|c", cell=True))
    ``a`b\\|c``
    """
    text = text.replace("\n", " ").replace("\r", " ")
    if cell:
        text = text.replace("|", "\\|")
    longest = run = 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{'`' * (longest + 1)}{pad}{text}{pad}{'`' * (longest + 1)}"


@dataclass(frozen=True)
class ProofReport:
    """Everything one ``prove`` run decided."""

    results: tuple[FunctionResult, ...]
    files: tuple[str, ...]
    seconds: float
    # (file, text) as parsed, or a mapping file -> text or None (read when asked: a warm run reads no text)
    sources: tuple[tuple[str, str], ...] | Mapping[str, str | None] = field(default=(), repr=False, compare=False)
    problems: tuple[SourceError, ...] = field(default=(), compare=False)  # bad input met (and gone past)

    def __repr__(self) -> str:
        c = self.counts()
        return (f"<ProofReport {self.status}: {len(self.results)} functions in {len(self.files)} files, "
                f"{c['obligations']} obligations>")

    def source_text(self, file: str) -> str | None:
        """The text of ``file`` as it was proved (None if the report does not carry it).

        >>> from proofs import prove_source
        >>> prove_source("x = 1\\n").source_text("<string>"), prove_source("x = 1\\n").source_text("other.py")
        ('x = 1\\n', None)
        """
        if isinstance(self.sources, Mapping):
            return self.sources.get(file)
        for name, text in self.sources:
            if name == file:
                return text
        return None

    @property
    def shown(self) -> list[FunctionResult]:
        """The results that are functions (or module code with obligations)."""
        return [r for r in self.results if r.obligations or not r.name.endswith("<module>")]

    @property
    def status(self) -> str:
        """``refuted``, ``unknown``, ``proved``, or ``unchecked`` when nothing had a unit to check."""
        verdicts = {r.verdict for r in self.shown}
        for v in ("refuted", "unknown", "proved"):
            if v in verdicts:
                return v
        return "unchecked" if verdicts else "proved"

    @property
    def errors(self) -> list[SourceError]:
        """The problems that are bad input (not warnings): exit code 2."""
        return [p for p in self.problems if not isinstance(p, SourceWarning)]

    @property
    def warnings(self) -> list[SourceError]:
        return [p for p in self.problems if isinstance(p, SourceWarning)]

    @property
    def exit_code(self) -> int:
        """2 bad input (any file), else 1 refuted or undecided, else 0."""
        if self.errors:
            return 2
        return 1 if self.status in ("refuted", "unknown") else 0

    @property
    def findings(self):
        return [f for r in self.results for f in r.findings]

    def counts(self) -> dict[str, int]:
        statuses = [s for r in self.results for s in r.status]
        verdicts = [r.verdict for r in self.shown]
        return {
            "functions": len(verdicts),
            "obligations": len(statuses),
            "proved": statuses.count("proved"),
            "refuted": statuses.count("refuted"),
            "unknown": statuses.count("unknown"),
            "fast_path": sum(r.fast for r in self.results),
            "z3": sum(r.solved for r in self.results),
            "findings": len(self.findings),
            **{f"functions_{v}": verdicts.count(v) for v in VERDICTS},
            "skipped": sum(r.skipped for r in self.results),
            "errors": len(self.errors),
            "warnings": len(self.warnings),
        }

    def result(self, name: str) -> FunctionResult:
        for r in self.results:
            if r.name == name:
                return r
        raise KeyError(f"no function named {name!r} in this report")

    # -- renderings ------------------------------------------------------------
    def summary(self) -> str:
        """One line: functions by verdict, obligations, what was left unchecked."""
        c = self.counts()
        head = "ERROR" if self.errors else self.status.upper()
        parts = [f"{c['functions_proved']} proved", f"{c['functions_refuted']} refuted"]
        if c["functions_unknown"]:
            parts.append(f"{c['functions_unknown']} undecided")
        parts.append(f"{c['functions_unchecked']} unchecked (nothing annotated or inferred)")
        text = (f"{head}: {c['functions']} functions: {', '.join(parts)}; {c['obligations']} obligations "
                f"({c['fast_path']} fast path, {c['z3']} through Z3), {c['refuted']} refuted, {c['unknown']} unknown")
        if c["skipped"]:
            text += f"; {c['skipped']} checks skipped on values of unknown unit"
        if self.problems:
            text += f"; {len(self.errors)} errors, {len(self.warnings)} warnings in the input"
        cached = sum(r.cached for r in self.shown)
        if cached:
            text += f"; {cached} functions from the proof cache"
        return text + f"; in {self.seconds:.2f} s"

    def to_text(self, verbose: bool = False) -> str:
        out = [_problem_line(p) for p in self.problems]
        for r in self.shown:
            if r.verdict in ("proved", "unchecked") and not verbose and not r.inferred:
                continue
            out.append(f"{MARK[r.verdict]} {r.name}  ({r.span})  {r.verdict}, {len(r.obligations)} obligations"
                       + ("  (cached)" if r.cached else ""))
            for f in r.findings:
                out.append(f"    {f.where}: {f.sentence}")
                conv = conversion(f)
                if conv and "edit" in conv:
                    out.append(f"        suggested: {conv['edit']['replacement']}")
            for name, dim in r.inferred:
                out.append(f"    inferred: {name} : [{dim}]")
        out.append(self.summary())
        return "\n".join(out)

    def to_markdown(self) -> str:
        c = self.counts()
        lines = [f"# Proof report: **{self.status}**", "",
                 f"{c['functions']} functions: {c['functions_proved']} proved, {c['functions_refuted']} refuted, "
                 f"{c['functions_unknown']} undecided, {c['functions_unchecked']} unchecked. "
                 f"{c['obligations']} obligations ({c['fast_path']} fast path, {c['z3']} Z3): "
                 f"{c['proved']} proved, {c['refuted']} refuted, {c['unknown']} unknown, in {self.seconds:.2f} s.", "",
                 "| function | where | verdict | obligations |", "| --- | --- | --- | --- |"]
        for r in self.shown:
            lines.append(f"| {_md_code(r.name, cell=True)} | {_md_code(str(r.span), cell=True)} | {r.verdict} "
                         f"| {len(r.obligations)} |")
        if self.problems:
            lines += ["", "## Problems in the input", ""] + [f"- {_md_text(_problem_line(p))}" for p in self.problems]
        if self.findings:
            lines += ["", "## Refuted", ""]
            for f in self.findings:
                conv = conversion(f)
                tail = f" (suggested: {_md_code(conv['edit']['replacement'])})" if conv and "edit" in conv else ""
                lines.append(f"- {_md_code(str(f.where))}: {_md_text(f.sentence)}{tail}")
        inferred = [(r.name, n, d) for r in self.results for n, d in r.inferred]
        if inferred:
            lines += ["", "## Inferred units", ""] + [f"- {_md_code(fn)}: {_md_code(n)} : [{_md_text(d)}]"
                                                      for fn, n, d in inferred]
        return "\n".join(lines) + "\n"

    def to_html(self, *, smtlib: bool = True) -> str:
        """One self-contained HTML page (see :func:`proofs.html.to_html`)."""
        from .html import to_html

        return to_html(self, smtlib=smtlib)

    def _repr_html_(self) -> str:  # notebooks: a summary fragment (see proofs.display); to_html() is the full page
        from .display import report_html

        return report_html(self)

    def to_sarif(self) -> str:
        """SARIF 2.1.0 (see :mod:`proofs.sarif`)."""
        from .sarif import to_sarif

        return json.dumps(to_sarif(self), indent=2, ensure_ascii=False)

    def to_github(self) -> str:
        """GitHub Actions annotation lines: ``::error file=F,line=L,col=C,title=T::message``."""
        out = []
        for p in self.problems:
            level = "warning" if isinstance(p, SourceWarning) else "error"
            out.append(_annotation(level, p.file, p.line, p.col, "oracle prove: input", p.message))
        for f in self.findings:
            out.append(_annotation("error", f.where.file, f.where.line, f.where.col,
                                   f"oracle prove: {finding_kind(f)}", f.sentence))
        return "\n".join(out)

    def to_json(self) -> str:
        def term(t):
            if isinstance(t, DimTerm):
                return t.const.si() if t.concrete else {"const": t.const.si(), "unknowns": [v for v in t.vars]}
            if hasattr(t, "factor"):  # a Scale
                return {"unit": t.text(), "factor": t.factor, "offset": t.offset, "delta": t.delta}
            return t if isinstance(t, (int, str)) else list(t)

        def finding(f: Finding) -> dict:
            doc = {"where": str(f.where), "kind": finding_kind(f), "sentence": f.sentence,
                   "conflicting": [str(o.where) for o in f.obligations],
                   "counterexample": dict(f.counterexample)}
            conv = conversion(f)
            if conv:
                doc["conversion"] = conv
            return doc

        doc = {
            "status": self.status,
            "exit_code": self.exit_code,
            "seconds": self.seconds,
            "counts": self.counts(),
            "files": list(self.files),
            "problems": [{"where": f"{p.file}:{p.line}:{p.col}" if p.line else p.file, "file": p.file,
                          "line": p.line, "col": p.col, "message": p.message,
                          "level": "warning" if isinstance(p, SourceWarning) else "error"} for p in self.problems],
            "functions": [
                {
                    "name": r.name, "where": str(r.span), "verdict": r.verdict, "cached": r.cached,
                    "inferred": dict(r.inferred),
                    "skipped": r.skipped,
                    "notes": [{"where": str(s), "note": n} for s, n in r.notes],
                    "obligations": [
                        {"id": o.id, "theory": o.theory, "rule": o.rule, "where": str(o.where),
                         "left": term(o.left), "right": term(o.right), "status": st}
                        for o, st in zip(r.obligations, r.status)
                    ],
                    "findings": [finding(f) for f in r.findings],
                }
                for r in self.results
            ],
        }
        return json.dumps(doc, indent=2, ensure_ascii=False)


def _problem_line(p: SourceError) -> str:
    level = "warning" if isinstance(p, SourceWarning) else "error"
    where = f"{p.file}:{p.line}:{p.col}" if p.line else p.file
    return f"{where}: {level}: {p.message}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(level: str, file: str, line: int, col: int, title: str, message: str) -> str:
    props = [f"file={_escape_property(file)}"]
    if line:
        props += [f"line={line}", f"col={max(col, 1)}"]
    props.append(f"title={_escape_property(title)}")
    return f"::{level} {','.join(props)}::{_escape_data(message)}"
