"""Proof reports as one self-contained HTML page: readable offline, no script, no fetched style or font.

:func:`to_html` renders a :class:`~proofs.report.ProofReport`: a summary table of the
functions, the refutations first (each with its sentence, source snippet, conflicting set
or counterexample), then every obligation of every function in collapsible ``<details>``
with its source snippet, status (colour *and* text), how it was decided, its time and,
optionally, its SMT-LIB2 script. :func:`answer_html` renders an ``oracle`` Answer: the
value, the derivation tree, the proof of each step, and the report of the composed formula.

The markup is in ``proofs/templates`` (``report.html.j2``, ``answer_page.html.j2``, the
shared ``report_parts.html.j2`` and ``report.css``), rendered autoescaped
(:mod:`psg.templates`); this module only gathers what they show.

>>> from proofs import prove
>>> page = to_html(prove("def f(x: U['m'], v: U['m/s']):\\n    return x + v\\n"))
>>> page.startswith("<!DOCTYPE html>"), "adds a speed [m/s] to a length [m]" in page, "<script" in page
(True, True, False)
"""
from __future__ import annotations

from pathlib import Path

from psg.templates import render

from .smtlib import Script, claim, scripts
from .solve import _size_key

MARK = {"proved": "✓", "refuted": "✗", "unknown": "?"}
VERDICT_MARK = {**MARK, "unchecked": "·"}  # a function's verdict: unchecked when nothing had a unit


def to_html(report, *, title: str = "Proof report", smtlib: bool = True) -> str:
    """The whole report as one HTML page (a string). ``smtlib`` adds each obligation's SMT-LIB2 script."""
    return render("proofs", "report.html.j2", title=title, report=report,
                  body=_report_body(report, prefix="r", level=2, smtlib=smtlib), **_globals())


def answer_html(answer, *, smtlib: bool = True) -> str:
    """An oracle Answer as one HTML page: value, derivation, per-step proofs, composed-formula report."""
    page = {"a": answer, "q": answer.target, "caveats": list(answer.caveats()), **_globals()}
    if answer.status == "ambiguous" or not answer.found:
        return render("proofs", "answer_page.html.j2", **page)
    shown = answer.value_in_unit if answer.value_in_unit is not None else answer.value
    composed = answer.proof.composed
    return render("proofs", "answer_page.html.j2", **page,
                  value=f"{shown.magnitude:.6g} {shown.units:~P}",
                  si=f"{answer.value.magnitude:.10g} {answer.value.units:~P}",
                  formula=f"{answer.derivation.target} = {_formula_text(answer.formula)}",
                  tree=_tree(answer.derivation), steps=_steps(answer),
                  composed=_report_body(composed, prefix="c", level=3, smtlib=smtlib) if composed.results else None,
                  timings=[(k, _ms(v)) for k, v in answer.timings.items()])


def _globals() -> dict:
    return {"VERDICT_MARK": VERDICT_MARK}


# -- the report body ---------------------------------------------------------------------------
def _report_body(report, *, prefix: str, level: int, smtlib: bool) -> dict:
    """What ``report_parts.html.j2``'s ``report_body`` shows of a report."""
    from .report import _problem_line, conversion

    src = _Sources(report)
    scr = _script_index(report) if smtlib else {}
    shown = [(i, r) for i, r in enumerate(report.results) if r.obligations or not r.name.endswith("<module>")]
    findings = []
    for k, (i, r, f) in enumerate(((i, r, f) for i, r in enumerate(report.results) for f in r.findings), 1):
        conv = conversion(f)
        findings.append({
            "k": k, "function": r.name, "where": str(f.where), "sentence": f.sentence, "snippet": src.snippet(f.where),
            "edit": conv if conv and "edit" in conv else None, "counterexample": list(f.counterexample),
            "members": [(o.id, str(o.where), claim(o), o.rule) for o in f.obligations] if len(f.obligations) > 1 else [],
            "script": _script(scr.get((i, "conflict", _ids(f.obligations))), "SMT-LIB2 of this conflicting set (unsat)")})
    return {
        "prefix": prefix, "h": f"h{level}", "c": report.counts(), "time": _ms(report.seconds),
        "summary": [{"i": i, "name": r.name, "span": str(r.span), "verdict": r.verdict, "n": len(r.obligations),
                     **{s: r.status.count(s) for s in MARK}, "fast": r.fast, "solved": r.solved, "time": _ms(r.seconds)}
                    for i, r in shown],
        "problems": [_problem_line(p) for p in getattr(report, "problems", ())],
        "findings": findings,
        "inferred": [(r.name, n, d) for r in report.results for n, d in r.inferred],
        "has_system": any(r.system for _, r in shown),
        "functions": [_function(i, r, src, scr) for i, r in shown],
    }


def _function(i: int, r, src, scr: dict) -> dict:
    """One function's block: its obligations, each with how it was decided and its source."""
    system = set(r.system)
    times = r.times if len(r.times) == len(r.obligations) else (None,) * len(r.obligations)
    obligations = []
    for k, (o, st, t) in enumerate(zip(r.obligations, r.status, times)):
        said = [f for f in r.findings if o in f.obligations]
        timing = _ms(t) if t is not None else ""
        if k in system:
            how = f"Z3, together with the {len(system)} obligations with unknowns of this function"
            timing = f"{timing} for the whole system" if timing else ""
        elif o.theory == "shape" and not o.concrete and _size_key(o.left) != _size_key(o.right):
            how = "Z3, for every size ≥ 1"
        else:
            how = "fast path (compared, no solver)"
        obligations.append({
            "o": o, "status": st, "how": how, "timing": timing, "claim": claim(o),
            "sentence": said[0].sentence if said and len(said[0].obligations) == 1 else "",
            "via": (str(o.span), str(o.via)) if o.via is not None else None,
            "counterexamples": [list(f.counterexample) for f in said if f.counterexample],
            "conflicts": [(f.sentence, [(m.id, str(m.where)) for m in f.obligations if m is not o])
                          for f in said if len(f.obligations) > 1],
            "snippets": [src.snippet(o.where)] + ([src.snippet(o.span)] if o.via is not None else []),
            "script": _script(scr.get((i, "obligation", (o.id,))), "SMT-LIB2 ({expect} expected)")})
    labels = {"system": "SMT-LIB2 of the whole dimension system",
              "consistent": "SMT-LIB2 of the system with each conflict's latest member set aside"}
    systems = [_script(s, f"{labels[what]} ({{expect}} expected)")
               for (index, what, _), s in scr.items() if index == i and what in labels]
    return {"i": i, "r": r, "time": _ms(r.seconds), "obligations": obligations, "systems": systems,
            "notes": [(str(s), n) for s, n in r.notes]}


# -- the answer's parts ---------------------------------------------------------------------------
def _tree(d) -> dict:
    """The derivation as nested nodes from the target down to the givens (a cycle stops as given)."""
    by_output = {s.output: s for s in d.steps}

    def node(sym: str, seen: frozenset) -> dict:
        step = by_output.get(sym)
        if step is None or sym in seen:
            return {"symbol": sym, "step": None, "children": []}
        return {"symbol": sym, "step": step, "value": f"{step.value:.6g}",
                "children": [node(x, seen | {sym}) for x in step.inputs]}

    return node(d.target, frozenset())


def _steps(answer) -> list[dict]:
    """Each law applied: its dimensions' proof and the direction used."""
    src = _Sources(None)
    spans = {s.law.id: s.law.span for s in answer.derivation.steps}
    rows = []
    for law, var, dims, direction in answer.proof.steps:
        span = spans.get(law)
        rows.append({"law": law, "var": var, "dims": dims, "span": str(span) if span else "",
                     "source": src.block(span) if span is not None else None,
                     "direction": "proved" if direction in ("law", "proved") else direction if direction in MARK
                     else "unknown",
                     "how": "as written" if direction == "law" else f"solved for {var}",
                     "why": "" if direction in ("law", "proved") else direction})
    return rows


def _formula_text(expr) -> str:
    try:
        from hypergraph.symbolic import text

        return text(expr)
    except Exception:  # a formula the symbolic layer cannot print: show sympy's own text
        return str(expr)


# -- helpers ----------------------------------------------------------------------------------------
class _Sources:
    """Source text by file name: the report's own copy first, then the file on disk."""

    def __init__(self, report) -> None:
        self.report = report
        self.lines: dict[str, list[str] | None] = {}

    def get(self, file: str) -> list[str] | None:
        if file not in self.lines:
            text = self.report.source_text(file) if self.report is not None else None
            if text is None and not file.startswith("<"):
                try:
                    text = Path(file).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    text = None
            self.lines[file] = text.splitlines() if text is not None else None
        return self.lines[file]

    def snippet(self, span, context: int = 1) -> dict:
        """The lines around ``span``, its own cut in three (before, marked, after); ``lines`` is
        None when the source is not available."""
        lines = self.get(span.file)
        if not lines or not 0 < span.line <= len(lines):
            return {"span": str(span), "lines": None}
        lo, hi = max(1, span.line - context), min(len(lines), span.line + context)
        width = len(str(hi))
        out = []
        for n in range(lo, hi + 1):
            text = lines[n - 1]
            if n == span.line:
                a = max(0, span.col - 1)
                b = span.end_col - 1 if span.end_line == span.line and span.end_col > span.col else len(text)
                out.append({"n": f"{n:>{width}} ▶ ", "cut": (text[:a], text[a:b], text[b:])})
            else:
                out.append({"n": f"{n:>{width}}   ", "text": text})
        return {"span": str(span), "lines": out}

    def block(self, span, max_lines: int = 16) -> dict:
        """The lines ``span`` covers (a whole function), numbered; at most ``max_lines``."""
        lines = self.get(span.file)
        if not lines or not 0 < span.line <= len(lines):
            return {"span": str(span), "lines": None}
        hi = min(len(lines), max(span.line, span.end_line or span.line), span.line + max_lines - 1)
        width = len(str(hi))
        return {"span": str(span), "lines": [{"n": f"{n:>{width}}  ", "text": lines[n - 1]}
                                             for n in range(span.line, hi + 1)]}


def _script_index(report) -> dict:
    out = {}
    for s in scripts(report):
        out.setdefault((s.result, s.what, _ids(s.obligations)), s)
    return out


def _ids(obs) -> tuple[int, ...]:
    return tuple(o.id for o in obs)


def _script(s: Script | None, label: str) -> dict | None:
    """An SMT-LIB2 script to show, under ``label`` (``{expect}`` filled in)."""
    return None if s is None else {"label": label.format(expect=s.expect), "name": s.name, "text": s.text}


def _ms(seconds) -> str:
    if seconds is None:
        return ""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"
