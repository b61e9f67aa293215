"""Proof reports as one self-contained HTML page: readable offline, no script, no fetched style or font.

:func:`to_html` renders a :class:`~proofs.report.ProofReport`: a summary table of the
functions, the refutations first (each with its sentence, source snippet, conflicting set
or counterexample), then every obligation of every function in collapsible ``<details>``
with its source snippet, status (colour *and* text), how it was decided, its time and,
optionally, its SMT-LIB2 script. :func:`answer_html` renders an ``oracle`` Answer: the
value, the derivation tree, the proof of each step, and the report of the composed formula.

>>> from proofs import prove
>>> page = to_html(prove("def f(x: U['m'], v: U['m/s']):\\n    return x + v\\n"))
>>> page.startswith("<!DOCTYPE html>"), "adds a speed [m/s] to a length [m]" in page, "<script" in page
(True, True, False)
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from .smtlib import Script, claim, scripts
from .solve import _size_key

MARK = {"proved": "✓", "refuted": "✗", "unknown": "?"}
VERDICT_MARK = {**MARK, "unchecked": "·"}  # a function's verdict: unchecked when nothing had a unit

_CSS = """
:root { --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #b42318; --bad-bg: #fee4e2; --unk: #7a5200; --unk-bg: #fff1c2;
        --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --code-bg: #f6f8fa; --mark: #ffe08a; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; color: var(--ink);
       background: #fff; margin: 0 auto; max-width: 72rem; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; } h2 { font-size: 1.25rem; margin-top: 2rem;
     border-bottom: 1px solid var(--line); padding-bottom: .25rem; } h3 { font-size: 1.05rem; }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88rem; }
pre { background: var(--code-bg); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem;
      overflow-x: auto; margin: .4rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--code-bg); } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; font-weight: 700; border-radius: 1rem; padding: 0 .6rem; border: 1px solid;
         white-space: nowrap; }
.badge.proved, span.proved { color: var(--ok); } .badge.proved { background: var(--ok-bg); }
.badge.refuted, span.refuted { color: var(--bad); } .badge.refuted { background: var(--bad-bg); }
.badge.unknown, span.unknown { color: var(--unk); } .badge.unknown { background: var(--unk-bg); }
details { border: 1px solid var(--line); border-radius: 6px; margin: .4rem 0; padding: .2rem .6rem; }
details.refuted { border-left: 6px solid var(--bad); } details.proved { border-left: 6px solid var(--ok); }
details.unknown { border-left: 6px solid var(--unk); }
.badge.unchecked, span.unchecked { color: #57606a; } .badge.unchecked { background: #eaeef2; }
details.unchecked { border-left: 6px solid #afb8c1; }
details > summary { cursor: pointer; padding: .25rem 0; color: var(--ink); }
summary:focus-visible, a:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.where { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88rem; }
.muted, .time { color: var(--muted); } .time { font-size: .85rem; white-space: nowrap; }
.src .ln { color: var(--muted); user-select: none; } .src .hit { font-weight: 700; }
mark { background: var(--mark); color: inherit; border-bottom: 2px solid #9a6700; }
.finding { border-left: 6px solid var(--bad); background: #fffafa; padding: .5rem .9rem; margin: .6rem 0;
           border-radius: 4px; }
.sentence { font-weight: 600; } dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; }
ul.tree, ul.tree ul { list-style: none; padding-left: 1.2rem; border-left: 2px solid var(--line); }
@media print { details { break-inside: avoid; } details:not([open]) > *:not(summary) { display: none; } }
"""


def to_html(report, *, title: str = "Proof report", smtlib: bool = True) -> str:
    """The whole report as one HTML page (a string). ``smtlib`` adds each obligation's SMT-LIB2 script."""
    status = report.status
    head = (f'<h1>{escape(title)}: {_badge(status)}</h1>\n'
            f'<p class="muted">Files: {", ".join(f"<code>{escape(f)}</code>" for f in report.files) or "none"}</p>\n')
    return _page(f"{title}: {status}", head + _report_body(report, prefix="r", level=2, smtlib=smtlib))


def answer_html(answer, *, smtlib: bool = True) -> str:
    """An oracle Answer as one HTML page: value, derivation, per-step proofs, composed-formula report."""
    q = answer.target
    caveats = ("<dl>" + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in answer.caveats())
               + "</dl>")
    if answer.status == "ambiguous":
        body = [f"<h1>{escape(q.name)} (<code>{escape(q.symbol)}</code>): ambiguous</h1>", caveats,
                "<p>The question has several readings that fit equally and give different values:</p>",
                "<ul>" + "".join(f"<li>{escape(str(alt))}</li>" for alt in answer.alternatives) + "</ul>"]
        return _page(f"{q.name}: ambiguous", "\n".join(body))
    if not answer.found:
        sets = answer.missing
        body = [f"<h1>{escape(q.name)} (<code>{escape(q.symbol)}</code>): cannot be derived</h1>", caveats,
                "<p>The givens do not determine it. Adding one of these sets of quantities would:</p>",
                "<ul>" + "".join(f"<li><code>{escape(', '.join(s))}</code></li>" for s in sets) + "</ul>"
                if sets else "<p>No small set of further quantities was found.</p>"]
        return _page(f"{q.name}: not derivable", "\n".join(body))
    shown = answer.value_in_unit if answer.value_in_unit is not None else answer.value
    value = f"{shown.magnitude:.6g} {shown.units:~P}"
    proof = answer.proof
    out = [f"<h1>{escape(q.name)} (<code>{escape(q.symbol)}</code>) = {escape(value)}</h1>",
           f"<p>Status: <strong>{escape(answer.status)}</strong>. Proof of the answer: {_badge(proof.status)}</p>",
           "<h2>What to know</h2>", caveats,
           "<h2>Answer</h2>", "<dl>",
           f"<dt>value</dt><dd>{escape(value)}</dd>",
           f"<dt>in SI</dt><dd>{escape(f'{answer.value.magnitude:.10g} {answer.value.units:~P}')}</dd>",
           f"<dt>formula</dt><dd><code>{escape(answer.derivation.target)} = {escape(_formula_text(answer.formula))}</code></dd>",
           f"<dt>givens</dt><dd>{', '.join(f'<code>{escape(g)}</code>' for g in answer.derivation.givens)}</dd>",
           f"<dt>search</dt><dd>{escape(answer.engine)}</dd>",
           "</dl>", "<h2>Derivation</h2>", _tree(answer.derivation), "<h2>Proof of each step</h2>", _steps(answer)]
    composed = proof.composed
    out.append("<h2>Proof of the composed formula</h2>")
    if composed.results:
        out.append(f'<p>The composed formula, written as a function of the givens, is proved sound: '
                   f'{_badge(composed.status)}</p>')
        out.append(_report_body(composed, prefix="c", level=3, smtlib=smtlib))
    else:
        out.append("<p>The target was given: there is nothing to compose.</p>")
    if answer.timings:
        rows = "".join(f'<tr><th scope="row">{escape(k)}</th><td class="num">{_ms(v)}</td></tr>'
                       for k, v in answer.timings.items())
        out.append(f'<h2>Timings</h2><table><caption>Time per stage</caption>'
                   f'<tr><th scope="col">stage</th><th scope="col">time</th></tr>{rows}</table>')
    return _page(f"{q.name} = {value}", "\n".join(out))


# -- the report body ---------------------------------------------------------------------------
def _report_body(report, *, prefix: str, level: int, smtlib: bool) -> str:
    h = f"h{level}"
    c = report.counts()
    src = _Sources(report)
    scr = _script_index(report) if smtlib else {}
    shown = [(i, r) for i, r in enumerate(report.results) if r.obligations or not r.name.endswith("<module>")]
    out = [f"<p>{c['obligations']} obligations ({c['fast_path']} on the fast path, {c['z3']} through Z3): "
           f"<span class='proved'>{c['proved']} proved</span>, <span class='refuted'>{c['refuted']} refuted</span>, "
           f"<span class='unknown'>{c['unknown']} unknown</span>, in {_ms(report.seconds)}.</p>"]
    rows = []
    for i, r in shown:
        n = {s: r.status.count(s) for s in MARK}
        rows.append(f'<tr><td><a href="#{prefix}-fn-{i}"><code>{escape(r.name)}</code></a></td>'
                    f'<td class="where">{escape(str(r.span))}</td><td>{_badge(r.verdict)}</td>'
                    f'<td class="num">{len(r.obligations)}</td><td class="num">{n["proved"]}</td>'
                    f'<td class="num">{n["refuted"]}</td><td class="num">{n["unknown"]}</td>'
                    f'<td class="num">{r.fast} / {r.solved}</td><td class="num">{_ms(r.seconds)}</td></tr>')
    out.append('<table><caption>Summary by function</caption><thead><tr>'
               + "".join(f'<th scope="col">{x}</th>' for x in ("function", "where", "verdict", "obligations", "proved",
                                                               "refuted", "unknown", "fast path / Z3", "time"))
               + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
    problems = getattr(report, "problems", ())
    if problems:
        from .report import _problem_line

        out.append(f"<{h}>Problems in the input ({len(problems)})</{h}><ul>"
                   + "".join(f'<li class="where">{escape(_problem_line(p))}</li>' for p in problems) + "</ul>")
    findings = [(i, r, f) for i, r in enumerate(report.results) for f in r.findings]
    if findings:
        out.append(f"<{h}>Refuted ({len(findings)})</{h}>")
        for k, (i, r, f) in enumerate(findings, 1):
            out.append(_finding(k, r, f, src, prefix, scr.get((i, "conflict", _ids(f.obligations)))))
    inferred = [(r.name, n, d) for r in report.results for n, d in r.inferred]
    if inferred:
        out.append(f"<{h}>Inferred units</{h}><ul>" + "".join(
            f"<li><code>{escape(fn)}</code>: <code>{escape(n)}</code> : [{escape(d)}]</li>" for fn, n, d in inferred)
                   + "</ul>")
    out.append(f"<{h}>Obligations by function</{h}>")
    if any(r.system for _, r in shown):
        out.append('<p class="muted"><code>u&lt;n&gt;</code> in a claim is an unknown dimension (of an unannotated '
                   'value); the obligations with unknowns of one function are decided together, as one Z3 system.</p>')
    for i, r in shown:
        out.append(_function(i, r, src, prefix, scr))
    return "\n".join(out)


def _finding(k: int, r, f, src, prefix: str, script: Script | None) -> str:
    members = f.obligations
    out = [f'<div class="finding" role="group" aria-label="refutation {k}">',
           f'<p><span class="badge refuted">✗ refuted</span> <span class="where">{escape(str(f.where))}</span> '
           f'in <code>{escape(r.name)}</code>: <span class="sentence">{escape(f.sentence)}</span></p>',
           src.snippet(f.where)]
    from .report import conversion

    conv = conversion(f)
    if conv and "edit" in conv:
        out.append(f"<p><strong>Suggested edit</strong> ({escape(conv['how'])} to get {escape(conv['to'])}): "
                   f"<code>{escape(conv['edit']['replacement'])}</code></p>")
    if f.counterexample:
        out.append("<p><strong>Counterexample:</strong> "
                   + ", ".join(f"<code>{escape(str(n))} = {escape(str(v))}</code>" for n, v in f.counterexample) + "</p>")
    if len(members) > 1:
        out.append(f"<p><strong>Smallest conflicting set</strong> ({len(members)} obligations that cannot all hold; "
                   "drop any one and the rest can):</p><ul>")
        for o in members:
            out.append(f'<li><a href="#{prefix}-o{o.id}" class="where">{escape(str(o.where))}</a> '
                       f'<code>{escape(claim(o))}</code> ({escape(o.rule)})</li>')
        out.append("</ul>")
    if script is not None:
        out.append(_script_block(script, "SMT-LIB2 of this conflicting set (unsat)"))
    out.append("</div>")
    return "\n".join(out)


def _function(i: int, r, src, prefix: str, scr: dict) -> str:
    system = set(r.system)
    n_sys = len(system)
    opened = " open" if r.verdict != "proved" else ""
    out = [f'<details class="{r.verdict}" id="{prefix}-fn-{i}"{opened}>',
           f'<summary>{_badge(r.verdict)} <code>{escape(r.name)}</code> '
           f'<span class="where">{escape(str(r.span))}</span> · {len(r.obligations)} obligations '
           f'<span class="time">{_ms(r.seconds)}</span></summary>']
    if r.inferred:
        out.append("<p>Inferred: " + ", ".join(f"<code>{escape(n)}</code> : [{escape(d)}]" for n, d in r.inferred)
                   + "</p>")
    if r.notes:
        out.append("<ul>" + "".join(f'<li class="muted"><span class="where">{escape(str(s))}</span>: {escape(n)}</li>'
                                    for s, n in r.notes) + "</ul>")
    if not r.obligations:
        out.append('<p class="muted">No obligations.</p>')
    times = r.times if len(r.times) == len(r.obligations) else (None,) * len(r.obligations)
    for k, (o, st, t) in enumerate(zip(r.obligations, r.status, times)):
        in_sys = k in system
        said = [f for f in r.findings if o in f.obligations]
        if in_sys:
            how = f"Z3, together with the {n_sys} obligations with unknowns of this function"
            timing = f"{_ms(t)} for the whole system" if t is not None else ""
        elif o.theory == "shape" and not o.concrete and _size_key(o.left) != _size_key(o.right):
            how, timing = "Z3, for every size ≥ 1", _ms(t) if t is not None else ""
        else:
            how, timing = "fast path (compared, no solver)", _ms(t) if t is not None else ""
        words = said[0].sentence if said else ""
        out.append(f'<details class="{st}" id="{prefix}-o{o.id}"{" open" if st != "proved" else ""}>')
        out.append(f'<summary>{_badge(st)} <code>o{o.id}</code> {escape(o.theory)} · {escape(o.rule)} · '
                   f'<span class="where">{escape(str(o.where))}</span>'
                   + (f' — <span class="sentence">{escape(words)}</span>' if words and len(said[0].obligations) == 1
                      else "") + f' <span class="time">{escape(timing)}</span></summary>')
        out.append("<dl>")
        out.append(f"<dt>claim</dt><dd><code>{escape(claim(o))}</code></dd>")
        out.append(f"<dt>status</dt><dd>{_badge(st)}</dd>")
        out.append(f"<dt>decided by</dt><dd>{escape(how)}</dd>")
        if timing:
            out.append(f"<dt>time</dt><dd>{escape(timing)}</dd>")
        if o.via is not None:
            out.append(f'<dt>instantiated</dt><dd>from <span class="where">{escape(str(o.span))}</span> '
                       f'at the call <span class="where">{escape(str(o.via))}</span></dd>')
        for f in said:
            if f.counterexample:
                out.append("<dt>counterexample</dt><dd>" + ", ".join(
                    f"<code>{escape(str(n))} = {escape(str(v))}</code>" for n, v in f.counterexample) + "</dd>")
            if len(f.obligations) > 1:
                others = [m for m in f.obligations if m is not o]
                out.append(f"<dt>conflicts with</dt><dd>{escape(f.sentence)}<br>" + ", ".join(
                    f'<a href="#{prefix}-o{m.id}" class="where">o{m.id} {escape(str(m.where))}</a>' for m in others)
                           + "</dd>")
        out.append("</dl>")
        out.append(src.snippet(o.where))
        if o.via is not None:
            out.append(src.snippet(o.span))
        script = scr.get((i, "obligation", (o.id,)))
        if script is not None:
            out.append(_script_block(script, f"SMT-LIB2 ({script.expect} expected)"))
        out.append("</details>")
    labels = {"system": "SMT-LIB2 of the whole dimension system",
              "consistent": "SMT-LIB2 of the system with each conflict's latest member set aside"}
    for (index, what, _), s in scr.items():
        if index == i and what in labels:
            out.append(_script_block(s, f"{labels[what]} ({s.expect} expected)"))
    out.append("</details>")
    return "\n".join(out)


# -- the answer's parts ---------------------------------------------------------------------------
def _tree(d) -> str:
    by_output = {s.output: s for s in d.steps}

    def node(sym: str, seen: frozenset) -> str:
        step = by_output.get(sym)
        if step is None or sym in seen:
            return f"<li><code>{escape(sym)}</code> <span class='muted'>(given)</span></li>"
        kids = "".join(node(x, seen | {sym}) for x in step.inputs)
        return (f"<li><code>{escape(sym)} = {escape(step.formula)}</code> "
                f"<span class='muted'>[{escape(step.law.name)}, <code>{escape(step.law.id)}</code>] "
                f"= {step.value:.6g} (SI)</span><ul>{kids}</ul></li>")

    return f'<ul class="tree" aria-label="derivation tree">{node(d.target, frozenset())}</ul>'


def _steps(answer) -> str:
    rows = []
    src = _Sources(None)
    spans = {s.law.id: s.law.span for s in answer.derivation.steps}
    for law, var, dims, direction in answer.proof.steps:
        how = "as written" if direction == "law" else f"solved for {var}"
        dstatus = "proved" if direction in ("law", "proved") else direction if direction in MARK else "unknown"
        span = spans.get(law)
        code = (f"<details><summary>source</summary>{src.block(span)}</details>" if span is not None else "")
        rows.append(f"<tr><td><code>{escape(law)}</code>{code}</td><td class='where'>{escape(str(span) if span else '')}</td>"
                    f"<td><code>{escape(var)}</code></td><td>{_badge(dims)}</td>"
                    f"<td>{_badge(dstatus)} {escape(how)}{'' if direction in ('law', 'proved') else ': ' + escape(direction)}"
                    f"</td></tr>")
    if not rows:
        return "<p>No law was applied: the target was given.</p>"
    return ('<table><caption>Each law applied: its dimensions (proved at build time), and the direction used '
            '(the solved form, proved equivalent by Z3)</caption><thead><tr>'
            + "".join(f'<th scope="col">{x}</th>' for x in ("law", "where", "gives", "dimensions", "direction"))
            + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


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

    def snippet(self, span, context: int = 1) -> str:
        lines = self.get(span.file)
        if not lines or not 0 < span.line <= len(lines):
            return f'<p class="muted">(source of <span class="where">{escape(str(span))}</span> not available)</p>'
        lo, hi = max(1, span.line - context), min(len(lines), span.line + context)
        width = len(str(hi))
        out = []
        for n in range(lo, hi + 1):
            text = lines[n - 1]
            if n == span.line:
                a = max(0, span.col - 1)
                b = span.end_col - 1 if span.end_line == span.line and span.end_col > span.col else len(text)
                body = f"{escape(text[:a])}<mark>{escape(text[a:b])}</mark>{escape(text[b:])}"
                out.append(f'<span class="hit"><span class="ln">{n:>{width}} ▶ </span>{body}</span>')
            else:
                out.append(f'<span class="ln">{n:>{width}}   </span>{escape(text)}')
        label = f"source at {span}"
        return f'<pre class="src" aria-label="{escape(label)}">' + "\n".join(out) + "</pre>"

    def block(self, span, max_lines: int = 16) -> str:
        """The lines ``span`` covers (a whole function), numbered; at most ``max_lines``."""
        lines = self.get(span.file)
        if not lines or not 0 < span.line <= len(lines):
            return f'<p class="muted">(source of <span class="where">{escape(str(span))}</span> not available)</p>'
        hi = min(len(lines), max(span.line, span.end_line or span.line), span.line + max_lines - 1)
        width = len(str(hi))
        out = [f'<span class="ln">{n:>{width}}  </span>{escape(lines[n - 1])}' for n in range(span.line, hi + 1)]
        return f'<pre class="src" aria-label="{escape(f"source at {span}")}">' + "\n".join(out) + "</pre>"


def _script_index(report) -> dict:
    out = {}
    for s in scripts(report):
        out.setdefault((s.result, s.what, _ids(s.obligations)), s)
    return out


def _ids(obs) -> tuple[int, ...]:
    return tuple(o.id for o in obs)


def _script_block(s: Script, label: str) -> str:
    return (f"<details><summary>{escape(label)}: <code>{escape(s.name)}</code></summary>"
            f"<pre>{escape(s.text)}</pre></details>")


def _badge(status: str) -> str:
    cls = status if status in VERDICT_MARK else "unknown"
    return f'<span class="badge {cls}">{VERDICT_MARK.get(status, "?")} {escape(status)}</span>'


def _ms(seconds) -> str:
    if seconds is None:
        return ""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


def _page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n"
            "<footer class=\"muted\"><p>Written by oracle-hypergraph's proofs.html: one file, no scripts, "
            "nothing loaded from the network.</p></footer>\n</body>\n</html>\n")
