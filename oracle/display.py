"""Rich display for notebooks: HTML summary tables, SVG drawings of small graphs, rasters as PNG.

The displays of the lower packages live with them, so that no lower package imports the
oracle: the HTML helpers, the SVG writer, its layouts and the PSG's display in
:mod:`psg.display`, the knowledge graph's in :mod:`hypergraph.display`, proof reports' in
:mod:`proofs.display`, rasters' in :mod:`spiking.display`; all are re-exported here.

Everything here returns plain strings (HTML fragments, SVG documents) or bytes (PNG), made
offline: no script, style sheet or font is fetched. The markup is in autoescaped Jinja2
templates (``oracle/templates``, with the shared macros of ``psg/templates``, rendered by
:mod:`psg.templates`); this module gathers what they show. The classes of the other packages
delegate their ``_repr_html_`` to the functions below; the classes this module cannot
edit (spike ``Trace``, the spiking search result, the Loihi ``ResourceReport``) get
formatters from :func:`register` (or ``%load_ext oracle.display``).

Drawings are made by a small SVG writer: quantities are circles, laws are boxes, PSG
statements are boxes and expressions rounded boxes; layouts are a tidy tree (PSG),
layered generations of a DAG (derivations, acyclic sub-hypergraphs) or networkx's spring
layout (anything else). Every drawn node carries ``data-node="<key>"`` so that the
explorer widget (:mod:`oracle.explorer`) can tell which node was clicked.

>>> from psg import parse
>>> g = parse("def area(w: U['m'], h: U['m']) -> U['m^2']:\\n    return w * h\\n")
>>> svg = psg_svg(g)
>>> svg.startswith("<svg"), svg.count('data-node="'), "def area" in svg
(True, 7, True)
>>> "<table" in psg_html(g), "<script" in psg_html(g)
(True, False)
"""
from __future__ import annotations

from hypergraph.display import kg_html, kg_summary_text, kg_svg, neighbourhood  # noqa: F401  (re-exported)
from proofs.display import report_html  # noqa: F401  (re-exported)
from psg.display import (  # noqa: F401  (the shared pieces, re-exported: oracle.display is the public face)
    CHAR_W, COL_GAP, FOCUS_STROKE, LINE_H, MAX_DRAW_LAWS, MAX_DRAW_NODES, MAX_LABEL, MAX_TABLE_ROWS, ROW_GAP, Drawing,
    DrawingTooLargeError, DrawNode, _MARK, _STYLE, auto_layout, layered_layout, psg_default_root, psg_html, psg_label,
    psg_summary_text, psg_svg, render_svg, spring_layout, tree_layout,
)
from psg.templates import markup, render
from spiking.display import png_base64, raster_html, raster_png, raster_summary  # noqa: F401  (re-exported)

__all__ = [
    "Drawing", "DrawNode", "DrawingTooLargeError", "answer_caveats", "answer_html", "answer_json", "answer_latex",
    "answer_markdown", "md_escape", "derivation_html", "derivation_svg",
    "drawing", "kg_html", "mimebundle", "summary_text", "kg_svg", "neighbourhood", "proof_html", "psg_html", "psg_svg",
    "raster_html", "raster_png", "rasters_html", "register", "render_svg", "report_html",
    "resources_html", "search_html", "trace_html", "load_ipython_extension",
]

# ---------------------------------------------------------------------------------------------
# Derivations and answers
# ---------------------------------------------------------------------------------------------
def derivation_graph(d):
    """The derivation as a networkx DiGraph: input quantity -> step -> output quantity."""
    import networkx as nx

    g = nx.DiGraph()
    for s in d.steps:
        key = f"{s.law.id}->{s.output}"
        g.add_node(key)
        for x in s.inputs:
            g.add_edge(x, key)
        g.add_edge(key, s.output)
    if not d.steps:
        g.add_node(d.target)
    return g


def derivation_svg(d, *, focus: str | None = None) -> str:
    """The derivation, givens at the top and the target at the bottom: quantities as circles,
    each step as a box with its law's name and the solved formula."""
    g = derivation_graph(d)
    steps = {f"{s.law.id}->{s.output}": s for s in d.steps}
    outputs = {s.output for s in d.steps}
    nodes = {}
    for k in g.nodes:
        if k in steps:
            s = steps[k]
            nodes[k] = DrawNode(k, f"{s.law.name}\n{s.output} = {s.formula}", "box", "law",
                                f"{s.law.id} ({s.law.name}) at time {s.time}: {s.output} = {s.formula}")
        else:
            style = "target" if k == d.target else "quantity" if k in outputs else "given"
            nodes[k] = DrawNode(k, k, "circle", style, f"{k} ({'target' if k == d.target else 'derived' if k in outputs else 'given'})")
    pos = layered_layout(g, lambda k: nodes[k].size()[0])
    return render_svg(list(nodes.values()), [(a, b, "solid") for a, b in g.edges], pos, focus=focus)


def derivation_html(d) -> str:
    """A derivation: its steps in order (time, output, formula, law, value in SI) and its drawing."""
    used = sorted({x for s in d.steps for x in s.inputs} - {s.output for s in d.steps})
    return render("oracle", "derivation.html.j2", d=d, used=used, svg=markup(derivation_svg(d)))


def proof_html(proof) -> str:
    """A ``DerivationProof``: each step's unit proof and direction proof, and the composed formula's report."""
    return render("oracle", "proof.html.j2", proof=proof, c=proof.composed.counts())


def answer_caveats(a) -> list[tuple[str, str]]:
    """What a reader must know before trusting an answer (``Answer.caveats()``), as (label, text)."""
    return list(a.caveats())


def _value_text(q) -> str:
    from .engine import value_text  # an array answer is its shape and range

    return value_text(q)


def answer_html(a) -> str:
    """An Answer: the status first, the value, every caveat (:meth:`Answer.caveats`), the readings of
    an ambiguous question or what is missing, the composed formula (plain text that reads offline,
    its LaTeX in ``data-latex``), the derivation (table and drawing), the proofs, timings."""
    from hypergraph.symbolic import latex, symbol_latex, text

    shown = a.value_in_unit if a.value_in_unit is not None else a.value
    found = a.found and a.status != "ambiguous"
    return render(
        "oracle", "answer.html.j2", a=a, q=a.target, caveats=a.caveats(), value=_value_text(shown) if found else "",
        alternatives=[{"reading": alt.reading, "value": _value_text(alt.value), "laws": ", ".join(alt.laws)}
                      for alt in a.alternatives],
        missing=a.missing,
        formula=f"{a.derivation.target} = {text(a.formula)}" if found else "",
        latex=f"{symbol_latex(a.derivation.target)} = {latex(a.formula)}" if found else "",
        engine=a.engine + (f" ({a.search.backend})" if hasattr(a.search, "backend") else ""),
        timings=", ".join(f"{k} {v * 1e3:.2f} ms" for k, v in a.timings.items()),
        derivation=markup(derivation_html(a.derivation)) if found else "",
        proof=markup(proof_html(a.proof)) if found else "")


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~#"})


def md_escape(text: str) -> str:
    """Text safe in Markdown (names from questions may hold ``*``, ``|`` or ``<``).

    >>> print(md_escape("a|b *c*"))
    a\\|b \\*c\\*
    """
    return str(text).translate(_MD_SPECIAL)


def answer_markdown(a) -> str:
    """An Answer as Markdown: the status and value, every caveat, the readings or what is missing,
    the formula and the derivation's laws (for notebook front ends that show Markdown)."""
    from hypergraph.symbolic import text

    q = a.target
    head = f"**{md_escape(a.status)}** {md_escape(q.name)} (`{q.symbol}`)"
    if a.status == "ambiguous":
        head += ": the question has several readings"
    elif not a.found:
        head += " cannot be derived from the givens"
    else:
        shown = a.value_in_unit if a.value_in_unit is not None else a.value
        head += f" = {md_escape(_value_text(shown))}"
    out = [head, "", "| what to know | |", "| --- | --- |"]
    out += [f"| {md_escape(k)} | {md_escape(v)} |" for k, v in a.caveats()]
    if a.status == "ambiguous":
        out += ["", "Readings:", ""] + [f"- {md_escape(_value_text(alt.value))} if {md_escape(alt.reading)} "
                                        f"(via {md_escape(', '.join(alt.laws))})" for alt in a.alternatives]
    elif not a.found:
        out += ["", "Add one of:" if a.missing else "No small set of further quantities was found.", ""]
        out += [f"- {md_escape(', '.join(s))}" for s in a.missing]
    else:
        out += ["", f"formula: `{a.derivation.target} = {text(a.formula)}`", "", "derivation:", ""]
        out += [f"{i}. {md_escape(s.law.name)} (`{s.law.id}`): `{s.output} = {s.formula}`"
                for i, s in enumerate(a.derivation.steps, 1)]
        out += ["", f"proof: **{md_escape(a.proof.status)}**"]
    return "\n".join(out) + "\n"


def _tex_text(text: str) -> str:
    """Text for LaTeX's ``\\text{...}``, its special characters escaped."""
    table = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
             "^": r"\^{}", "_": r"\_", "%": r"\%", "~": r"\~{}"}
    return "".join(table.get(ch, ch) for ch in str(text))


def answer_latex(a) -> str:
    """An Answer as LaTeX math: the target = the composed formula = the value, with the status
    (the caveats are in the HTML, Markdown and text displays, which notebooks show first)."""
    from hypergraph.symbolic import latex, symbol_latex

    status = r"\quad\text{(" + _tex_text(a.status + (": " + "; ".join(a.reasons) if a.reasons else "")) + ")}"
    if not a.found or a.status == "ambiguous":
        values = r",\ ".join(f"{alt.value.magnitude:.6g}\\,{alt.value.units:~L}" for alt in a.alternatives)
        what = r"\text{" + _tex_text(a.target.name) + "}"
        return f"$${what}{' = ' + values if values else ''}{status}$$"
    shown = a.value_in_unit if a.value_in_unit is not None else a.value
    return (f"$${symbol_latex(a.derivation.target)} = {latex(a.formula)} = {shown.magnitude:.6g}\\,{shown.units:~L}"
            f"{status}$$")


def answer_json(a) -> dict:
    """An Answer as JSON-ready data: the value, the derivation, the proof, and every caveat
    (``caveats``: the rows every other display shows) beside the fields they come from."""
    from hypergraph.symbolic import text

    shown = a.value_in_unit if a.value_in_unit is not None else a.value
    return {
        "status": a.status, "reasons": list(a.reasons),
        "caveats": [{"label": k, "text": v} for k, v in a.caveats()],
        "target": a.target.symbol, "name": a.target.name, "found": a.found,
        "value": None if shown is None else float(shown.magnitude),
        "unit": None if shown is None else str(shown.units),
        "value_si": None if a.value is None else float(a.value.magnitude),
        "formula": None if a.formula is None else text(a.formula),
        "derivation": [] if a.derivation is None else [
            {"law": s.law.id, "name": s.law.name, "output": s.output, "inputs": list(s.inputs),
             "formula": s.formula, "time": s.time, "value_si": s.value} for s in a.derivation.steps],
        "proof": None if a.proof is None else {"status": a.proof.status, "steps": [
            {"law": law, "variable": var, "dimensions": dims, "direction": d} for law, var, dims, d in a.proof.steps]},
        "missing": [list(s) for s in a.missing],
        "objects": a.objects, "read_as": list(a.read_as), "unused": list(a.unused),
        "standard_conditions": list(a.standard_conditions), "stated_conditions": a.stated_conditions,
        "conditions": [{"law": c.law, "condition": c.condition, "verdict": c.verdict, "how": c.how,
                        "values_si": dict(c.values)} for c in a.conditions],
        "alternatives": [{"reading": alt.reading, "value": float(alt.value.magnitude), "unit": str(alt.value.units),
                          "laws": list(alt.laws)} for alt in a.alternatives],
        "excluded": list(a.excluded),
        "engine": a.engine,
        "timings_ms": {k: v * 1e3 for k, v in a.timings.items()},
    }


# ---------------------------------------------------------------------------------------------
# Spikes
# ---------------------------------------------------------------------------------------------
def rasters_html(rasters, circuit=None, *, titles=None) -> str:
    """Several rasters side by side (e.g. one query on numba, Brian2 and Lava) on one time axis
    and one neuron axis, with whether they agree."""
    from spiking.plot import shared_axes

    rasters = list(rasters)
    if not rasters:
        raise ValueError("rasters_html needs at least one raster")
    titles = list(titles) if titles is not None else [r.backend or f"run {k}" for k, r in enumerate(rasters)]
    steps, n_neurons = shared_axes(rasters)  # one time axis: a backend that ran longer is not squeezed
    shown = [{"title": t, "spikes": r.n_spikes, "steps": r.steps_run, "same": r.same_spikes(rasters[0]),
              "png": png_base64(raster_png(r, circuit, title=t, size=(4.2, 3.0), steps=steps, n_neurons=n_neurons))}
             for r, t in zip(rasters, titles)]
    return render("oracle", "rasters.html.j2", rasters=shown, same=all(r["same"] for r in shown))


def trace_html(trace, circuit=None, n_nodes: int | None = None) -> str:
    """A decoded query ``Trace``: how many quantities were derived, and the raster
    (``n_nodes``: the quantities of the graph, leaving out a sink node that holds set-aside
    laws back)."""
    time = trace.time[:n_nodes] if n_nodes is not None else trace.time
    derived = int((time >= 0).sum())
    return render("oracle", "trace.html.j2", derived=derived, total=len(time), given=int((time == 0).sum()),
                  last=int(time.max()) if derived else -1, raster=markup(raster_html(trace.raster, circuit)))


def search_html(result) -> str:
    """The spiking search result of a query (``Answer.search``): trace and raster, populations coloured."""
    return trace_html(result.trace, result.circuit, len(result.time))


def resources_html(rep) -> str:
    """A Loihi 2 ``ResourceReport`` as a table, with the energy breakdown."""
    from spiking import limits as L

    rows = [("neurons", str(rep.neurons)), ("synapses", str(rep.synapses)), ("cores (chips)", f"{rep.cores} ({rep.chips})"),
            ("max neurons / core", f"{max(rep.neurons_per_core, default=0)} of {L.NEURONS_PER_CORE}"),
            ("max synapses / core", str(max(rep.synapses_per_core, default=0))),
            ("max memory / core", f"{max(rep.memory_per_core, default=0)} B of {L.MEMORY_PER_CORE} B"),
            ("time steps", str(rep.steps)), ("spikes", str(rep.spikes)), ("synaptic events", str(rep.synaptic_events)),
            ("energy estimate", f"{rep.energy_j * 1e9:.3f} nJ")]
    rows += [(f"  {k.removesuffix('_j').replace('_', ' ')}", f"{v * 1e9:.3f} nJ") for k, v in rep.energy_breakdown.items()]
    return render("oracle", "resources.html.j2", rows=rows)


# ---------------------------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------------------------
def drawing(obj, **options) -> Drawing:
    """An SVG :class:`Drawing` of a PSG, a KnowledgeGraph (or sub-hypergraph) or a Derivation."""
    from hypergraph.model import KnowledgeGraph
    from psg.graph import PSG

    if isinstance(obj, PSG):
        return Drawing(psg_svg(obj, **options))
    if isinstance(obj, KnowledgeGraph):
        return Drawing(kg_svg(obj, **options))
    if hasattr(obj, "steps") and hasattr(obj, "target") and hasattr(obj, "givens"):
        return Drawing(derivation_svg(obj, **options))
    raise TypeError(f"drawing() takes a PSG, a KnowledgeGraph or a Derivation, got {type(obj).__name__}")


def summary_text(obj) -> str:
    """A short plain-text summary, for objects whose ``repr`` is too long to print in a notebook."""
    from hypergraph.model import KnowledgeGraph
    from psg.graph import PSG

    if isinstance(obj, KnowledgeGraph):
        return kg_summary_text(obj)
    if isinstance(obj, PSG):
        return psg_summary_text(obj)
    if hasattr(obj, "trace") and hasattr(obj, "circuit"):  # a spiking search result
        return f"<spiking search on {obj.backend}: {int((obj.time >= 0).sum())} of {len(obj.time)} quantities reached; {obj.trace.raster!r}>"
    return str(obj)


def mimebundle(obj, html: str) -> dict:
    """``_repr_mimebundle_`` helper: the HTML and a short plain-text summary (instead of a huge ``repr``)."""
    return {"text/plain": summary_text(obj), "text/html": html}


_FORMATTERS = (
    ("spiking.compiler", "Trace", trace_html),
    ("oracle.spiking_engine", "SpikingResult", search_html),
    ("spiking.resources", "ResourceReport", resources_html),
)


def register(ipython=None) -> None:
    """Teach IPython to show spike traces, spiking search results and Loihi resource reports as HTML
    (types whose modules this one does not own). Lazy: nothing is imported until such a value is shown."""
    if ipython is None:
        from IPython import get_ipython

        ipython = get_ipython()
    if ipython is None:
        raise RuntimeError("oracle.display.register() needs a running IPython (a notebook or the ipython shell)")
    html = ipython.display_formatter.formatters["text/html"]
    plain = ipython.display_formatter.formatters["text/plain"]
    for module, name, fn in _FORMATTERS:
        html.for_type_by_name(module, name, fn)
    plain.for_type_by_name("oracle.spiking_engine", "SpikingResult", lambda obj, p, cycle: p.text(summary_text(obj)))


def load_ipython_extension(ipython) -> None:
    """``%load_ext oracle.display``: :func:`register` in this IPython."""
    register(ipython)
