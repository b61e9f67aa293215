"""Proof reports: the verdicts of a run, as text for a terminal, Markdown, JSON and HTML."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from .solve import FunctionResult
from .terms import DimTerm


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
    sources: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)  # (file, text) as parsed

    def source_text(self, file: str) -> str | None:
        """The text of ``file`` as it was proved (None if the report does not carry it).

        >>> from proofs import prove
        >>> prove("x = 1\\n").source_text("<string>"), prove("x = 1\\n").source_text("other.py")
        ('x = 1\\n', None)
        """
        for name, text in self.sources:
            if name == file:
                return text
        return None

    @property
    def status(self) -> str:
        verdicts = {r.verdict for r in self.results}
        return "refuted" if "refuted" in verdicts else "unknown" if "unknown" in verdicts else "proved"

    @property
    def findings(self):
        return [f for r in self.results for f in r.findings]

    def counts(self) -> dict[str, int]:
        statuses = [s for r in self.results for s in r.status]
        return {
            "functions": sum(1 for r in self.results if r.obligations or not r.name.endswith("<module>")),
            "obligations": len(statuses),
            "proved": statuses.count("proved"),
            "refuted": statuses.count("refuted"),
            "unknown": statuses.count("unknown"),
            "fast_path": sum(r.fast for r in self.results),
            "z3": sum(r.solved for r in self.results),
            "findings": len(self.findings),
        }

    def result(self, name: str) -> FunctionResult:
        for r in self.results:
            if r.name == name:
                return r
        raise KeyError(f"no function named {name!r} in this report")

    # -- renderings ------------------------------------------------------------
    def to_text(self, verbose: bool = False) -> str:
        out = []
        mark = {"proved": "✓", "refuted": "✗", "unknown": "?"}
        for r in self.results:
            if not r.obligations and r.name.endswith("<module>"):
                continue
            if r.verdict == "proved" and not verbose and not r.inferred:
                continue
            out.append(f"{mark[r.verdict]} {r.name}  ({r.span})  {r.verdict}, {len(r.obligations)} obligations")
            for f in r.findings:
                out.append(f"    {f.where}: {f.sentence}")
            for name, dim in r.inferred:
                out.append(f"    inferred: {name} : [{dim}]")
        c = self.counts()
        proved_fns = sum(1 for r in self.results if r.verdict == "proved" and (r.obligations or not r.name.endswith("<module>")))
        out.append(
            f"{self.status.upper()}: {proved_fns}/{c['functions']} functions proved, {c['refuted']} obligations refuted, "
            f"{c['unknown']} unknown; {c['obligations']} obligations ({c['fast_path']} fast path, {c['z3']} through Z3) "
            f"in {self.seconds:.2f} s"
        )
        return "\n".join(out)

    def to_markdown(self) -> str:
        c = self.counts()
        lines = [f"# Proof report: **{self.status}**", "",
                 f"{c['obligations']} obligations ({c['fast_path']} fast path, {c['z3']} Z3): "
                 f"{c['proved']} proved, {c['refuted']} refuted, {c['unknown']} unknown, in {self.seconds:.2f} s.", "",
                 "| function | where | verdict | obligations |", "| --- | --- | --- | --- |"]
        for r in self.results:
            if r.obligations or not r.name.endswith("<module>"):
                lines.append(f"| {_md_code(r.name, cell=True)} | {_md_code(str(r.span), cell=True)} | {r.verdict} "
                             f"| {len(r.obligations)} |")
        if self.findings:
            lines += ["", "## Refuted", ""]
            for f in self.findings:
                lines.append(f"- {_md_code(str(f.where))}: {_md_text(f.sentence)}")
        inferred = [(r.name, n, d) for r in self.results for n, d in r.inferred]
        if inferred:
            lines += ["", "## Inferred units", ""] + [f"- {_md_code(fn)}: {_md_code(n)} : [{_md_text(d)}]"
                                                      for fn, n, d in inferred]
        return "\n".join(lines) + "\n"

    def to_html(self, *, smtlib: bool = True) -> str:
        """One self-contained HTML page (see :func:`proofs.html.to_html`)."""
        from .html import to_html

        return to_html(self, smtlib=smtlib)

    def _repr_html_(self) -> str:  # notebooks: a summary fragment (see oracle.display); to_html() is the full page
        from oracle.display import report_html

        return report_html(self)

    def to_json(self) -> str:
        def term(t):
            if isinstance(t, DimTerm):
                return t.const.si() if t.concrete else {"const": t.const.si(), "unknowns": [v for v in t.vars]}
            return t if isinstance(t, (int, str)) else list(t)

        doc = {
            "status": self.status,
            "seconds": self.seconds,
            "counts": self.counts(),
            "files": list(self.files),
            "functions": [
                {
                    "name": r.name, "where": str(r.span), "verdict": r.verdict,
                    "inferred": dict(r.inferred),
                    "notes": [{"where": str(s), "note": n} for s, n in r.notes],
                    "obligations": [
                        {"id": o.id, "theory": o.theory, "rule": o.rule, "where": str(o.where),
                         "left": term(o.left), "right": term(o.right), "status": st}
                        for o, st in zip(r.obligations, r.status)
                    ],
                    "findings": [
                        {"where": str(f.where), "sentence": f.sentence,
                         "conflicting": [str(o.where) for o in f.obligations],
                         "counterexample": dict(f.counterexample)}
                        for f in r.findings
                    ],
                }
                for r in self.results
            ],
        }
        return json.dumps(doc, indent=2, ensure_ascii=False)
