"""A proof report in a notebook: counts, the functions with their verdicts, refutations
with their sentences (``report.to_html()``, :mod:`proofs.html`, is the full page).

It lives in ``proofs`` so that a ``ProofReport`` shows itself without importing the oracle;
its template (``proofs/templates/report_fragment.html.j2``) uses the shared macros of
:mod:`psg.templates`, and :mod:`oracle.display` re-exports it.
"""
from __future__ import annotations

from psg.templates import render

__all__ = ["report_html"]


def report_html(report) -> str:
    """A ``ProofReport``: counts, the functions with their verdicts, refutations with their sentences.
    (``report.to_html()`` is the full, self-contained page with every obligation.)"""
    results = [r for r in report.results if r.obligations or not r.name.endswith("<module>")]
    results.sort(key=lambda r: {"refuted": 0, "unknown": 1, "proved": 2}.get(r.verdict, 3))
    findings = []
    for f in report.findings:
        lines = (report.source_text(f.where.file) or "").splitlines()
        line = lines[f.where.line - 1].strip() if 0 < f.where.line <= len(lines) else ""
        findings.append({"where": str(f.where), "sentence": f.sentence, "line": line,
                         "counterexample": list(f.counterexample)})
    return render("proofs", "report_fragment.html.j2", report=report, c=report.counts(), results=results,
                  findings=findings)
