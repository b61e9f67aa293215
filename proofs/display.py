"""A proof report in a notebook: counts, the functions with their verdicts, refutations
with their sentences (``report.to_html()``, :mod:`proofs.html`, is the full page).

It lives in ``proofs`` so that a ``ProofReport`` shows itself without importing the oracle;
it is built from the shared pieces of :mod:`psg.display`, and :mod:`oracle.display`
re-exports it.
"""
from __future__ import annotations

from html import escape

from psg.display import _code, _status, _table, _wrap

__all__ = ["report_html"]


def report_html(report) -> str:
    """A ``ProofReport``: counts, the functions with their verdicts, refutations with their sentences.
    (``report.to_html()`` is the full, self-contained page with every obligation.)"""
    c = report.counts()
    body = [f'<div class="head">Proof report: {_status(report.status)}</div>',
            f"<p>{c['obligations']} obligations ({c['fast_path']} fast path, {c['z3']} Z3): {c['proved']} proved, "
            f"{c['refuted']} refuted, {c['unknown']} unknown, in {report.seconds:.2f} s; files: "
            f"{', '.join(_code(f) for f in report.files) or 'none'}</p>"]
    results = [r for r in report.results if r.obligations or not r.name.endswith("<module>")]
    results.sort(key=lambda r: {"refuted": 0, "unknown": 1, "proved": 2}.get(r.verdict, 3))
    body.append(_table(["function", "where", "verdict", "obligations", "inferred"],
                       [(_code(r.name), escape(str(r.span)), _status(r.verdict), str(len(r.obligations)),
                         escape(", ".join(f"{n}: [{d}]" for n, d in r.inferred)))
                        for r in results], numeric=(3,)))
    if report.findings:
        rows = []
        for f in report.findings:
            src = report.source_text(f.where.file)
            line = src.splitlines()[f.where.line - 1].strip() if src and 0 < f.where.line <= len(src.splitlines()) else ""
            cex = ", ".join(f"{k} = {v}" for k, v in f.counterexample)
            rows.append((escape(str(f.where)), escape(f.sentence), _code(line) if line else "",
                         escape(cex) if cex else '<span class="muted">—</span>'))
        body.append(_table(["where", "refuted", "source", "counterexample"], rows, caption="Refutations"))
    return _wrap("".join(body))
