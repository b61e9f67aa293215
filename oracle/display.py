"""Rich display for notebooks: HTML summary tables, SVG drawings of small graphs, rasters as PNG.

Everything here returns plain strings (HTML fragments, SVG documents) or bytes (PNG), made
offline: no script, style sheet or font is fetched. The classes of the other packages
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

import base64
import hashlib
import io
import math
from dataclasses import dataclass
from html import escape

__all__ = [
    "Drawing", "DrawNode", "DrawingTooLargeError", "answer_caveats", "answer_html", "derivation_html", "derivation_svg",
    "drawing", "kg_html", "mimebundle", "summary_text", "kg_svg", "neighbourhood", "proof_html", "psg_html", "psg_svg",
    "raster_html", "raster_png", "rasters_html", "register", "render_svg", "report_html",
    "resources_html", "search_html", "trace_html", "load_ipython_extension",
]

MAX_DRAW_NODES = 120
"""Largest PSG subtree drawn by default."""
MAX_DRAW_LAWS = 40
"""Largest (sub-)hypergraph drawn by default."""
MAX_TABLE_ROWS = 60
"""Rows shown in a summary table before "... and N more"."""


class DrawingTooLargeError(ValueError):
    """A graph too large to draw legibly (the message says how to draw a part of it)."""


# ---------------------------------------------------------------------------------------------
# HTML fragments
# ---------------------------------------------------------------------------------------------
_CSS = (
    ".ohg{font-size:13px;line-height:1.4;max-width:100%;overflow-x:auto}"
    ".ohg table{border-collapse:collapse;margin:4px 0 8px}"
    ".ohg th,.ohg td{border:1px solid #c8ced6;padding:2px 8px;text-align:left;vertical-align:top}"
    ".ohg th{background:rgba(127,127,127,.14)}"
    ".ohg td.num{text-align:right;font-variant-numeric:tabular-nums}"
    ".ohg caption{text-align:left;font-weight:600;padding:2px 0}"
    ".ohg .proved{color:#1a7f37;font-weight:600}.ohg .refuted{color:#b42318;font-weight:600}"
    ".ohg .unknown{color:#9a6700;font-weight:600}.ohg .muted{opacity:.7}"
    ".ohg .head{font-size:15px;font-weight:600;margin:2px 0 6px}"
    ".ohg .row{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}"
    ".ohg svg{background:#fff;border:1px solid #e1e4e8;border-radius:4px;max-width:100%;height:auto}"
    ".ohg img{max-width:100%;border:1px solid #e1e4e8;border-radius:4px;background:#fff}"
)
_MARK = {"proved": "✓", "refuted": "✗", "unknown": "?", "law": "✓", "unchecked": "·"}


def _wrap(body: str) -> str:
    """One fragment with its own (scoped, inline) style."""
    return f'<div class="ohg"><style>{_CSS}</style>{body}</div>'


def _status(status: str) -> str:
    cls = {"law": "proved"}.get(status, status)
    return f'<span class="{escape(cls)}">{_MARK.get(status, "")} {escape(status)}</span>'


def _table(headers, rows, caption: str = "", numeric: tuple[int, ...] = (), limit: int = MAX_TABLE_ROWS) -> str:
    """An HTML table; cells are already-escaped HTML."""
    rows = list(rows)
    shown = rows[:limit]
    out = ["<table>"]
    if caption:
        out.append(f"<caption>{caption}</caption>")
    out.append("<tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>")
    for r in shown:
        out.append("<tr>" + "".join(f'<td class="num">{c}</td>' if k in numeric else f"<td>{c}</td>"
                                    for k, c in enumerate(r)) + "</tr>")
    if len(rows) > len(shown):
        out.append(f'<tr><td class="muted" colspan="{len(headers)}">... and {len(rows) - len(shown)} more</td></tr>')
    out.append("</table>")
    return "".join(out)


def _code(text) -> str:
    return f"<code>{escape(str(text))}</code>"


def _kv(pairs, caption: str = "") -> str:
    """A two-column table of (name, html value)."""
    cap = f"<caption>{caption}</caption>" if caption else ""
    return "<table>" + cap + "".join(f"<tr><th>{escape(k)}</th><td>{v}</td></tr>" for k, v in pairs) + "</table>"


# ---------------------------------------------------------------------------------------------
# The SVG writer
# ---------------------------------------------------------------------------------------------
CHAR_W = 7.0
"""Estimated width of one character at the drawing's 12 px font."""
LINE_H = 16.0
MAX_LABEL = 30

_STYLE = {  # fill, stroke
    "quantity": ("#dbeafe", "#1d4ed8"),
    "law": ("#fef3c7", "#b45309"),
    "given": ("#dcfce7", "#15803d"),
    "target": ("#fde68a", "#b45309"),
    "statement": ("#ede9fe", "#6d28d9"),
    "expression": ("#f1f5f9", "#475569"),
    "definition": ("#e0f2fe", "#0369a1"),
    "unusable": ("#f3f4f6", "#9ca3af"),
}
_EDGE = {"solid": "#57606a", "flow": "#2563eb", "call": "#c2410c", "focus": "#dc2626"}
FOCUS_STROKE = "#dc2626"


@dataclass(frozen=True)
class DrawNode:
    """A node to draw: ``shape`` is ``circle``, ``box`` or ``round`` (a rounded box)."""

    key: str
    label: str
    shape: str = "circle"
    style: str = "quantity"
    title: str = ""

    @property
    def lines(self) -> tuple[str, ...]:
        """The label's lines (split at newlines), each cut to ``MAX_LABEL`` characters."""
        return tuple(t if len(t) <= MAX_LABEL else t[:MAX_LABEL - 1] + "…" for t in self.label.split("\n"))

    def size(self) -> tuple[float, float]:
        """Width and height in pixels."""
        w = max(len(t) for t in self.lines) * CHAR_W
        if self.shape == "circle":
            d = max(30.0, w + 12)
            return d, d
        return max(36.0, w + 16), 10.0 + LINE_H * len(self.lines)


@dataclass(frozen=True)
class Drawing:
    """An SVG drawing that notebooks show inline (``_repr_svg_``); ``save`` writes it to a file."""

    svg: str

    def _repr_svg_(self) -> str:
        return self.svg

    def save(self, path) -> str:
        from pathlib import Path

        Path(path).write_text(self.svg, encoding="utf-8")
        return str(path)


def _clip(x0, y0, x1, y1, node: DrawNode) -> tuple[float, float]:
    """The point where the segment from (x0, y0), the centre of ``node``, towards (x1, y1) leaves the node."""
    dx, dy = x1 - x0, y1 - y0
    if dx == 0 and dy == 0:
        return x0, y0
    w, h = node.size()
    if node.shape == "circle":
        r = w / 2 / math.hypot(dx, dy)
        return x0 + dx * r, y0 + dy * r
    s = min((w / 2) / abs(dx) if dx else math.inf, (h / 2) / abs(dy) if dy else math.inf)
    return x0 + dx * s, y0 + dy * s


def render_svg(nodes, edges, pos, *, focus: str | None = None, title: str = "") -> str:
    """An SVG document of ``nodes`` (:class:`DrawNode`) at ``pos`` (key -> centre in pixels) with
    ``edges`` ``(from_key, to_key, style)``; style is ``solid``, ``flow`` or ``call`` (dashed).

    >>> n = [DrawNode("a", "m"), DrawNode("L", "kinetic energy", "box", "law")]
    >>> svg = render_svg(n, [("a", "L", "solid")], {"a": (0, 0), "L": (0, 80)}, focus="a")
    >>> svg.count("<circle"), svg.count("<rect"), "marker-end" in svg, 'data-node="L"' in svg
    (1, 2, True, True)
    """
    nodes = list(nodes)
    by_key = {n.key: n for n in nodes}
    missing = [n.key for n in nodes if n.key not in pos]
    if missing:
        raise ValueError(f"render_svg: no position for node(s) {missing[:5]}")
    pad = 12.0
    xs0 = [pos[n.key][0] - n.size()[0] / 2 for n in nodes] or [0.0]
    xs1 = [pos[n.key][0] + n.size()[0] / 2 for n in nodes] or [0.0]
    ys0 = [pos[n.key][1] - n.size()[1] / 2 for n in nodes] or [0.0]
    ys1 = [pos[n.key][1] + n.size()[1] / 2 for n in nodes] or [0.0]
    left, top = min(xs0) - pad, min(ys0) - pad - (18 if title else 0)
    width, height = max(xs1) + pad - left, max(ys1) + pad - top
    uid = "g" + hashlib.sha1(repr((sorted(pos.items()), edges, focus)).encode()).hexdigest()[:10]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="ohg-graph" width="{width:.0f}" height="{height:.0f}" '
           f'viewBox="{left:.1f} {top:.1f} {width:.1f} {height:.1f}" font-family="DejaVu Sans, Arial, sans-serif" '
           f'font-size="12">',
           "<defs>"]
    for style, colour in _EDGE.items():
        out.append(f'<marker id="{uid}-{style}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                   f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{colour}"/></marker>')
    out.append("</defs>")
    out.append(f'<rect x="{left:.1f}" y="{top:.1f}" width="{width:.1f}" height="{height:.1f}" fill="#ffffff"/>')
    if title:
        out.append(f'<text x="{left + pad:.1f}" y="{top + 14:.1f}" font-weight="bold">{escape(title)}</text>')
    for a, b, style in edges:
        if a not in by_key or b not in by_key:
            continue
        (x0, y0), (x1, y1) = pos[a], pos[b]
        sx, sy = _clip(x0, y0, x1, y1, by_key[a])
        ex, ey = _clip(x1, y1, x0, y0, by_key[b])
        colour = _EDGE.get(style, _EDGE["solid"])
        dash = ' stroke-dasharray="5 3"' if style in ("flow", "call") else ""
        if style in ("flow", "call"):  # a curve, so it does not hide the syntax edges
            mx, my = (sx + ex) / 2, (sy + ey) / 2
            nx_, ny_ = -(ey - sy), ex - sx
            norm = math.hypot(nx_, ny_) or 1.0
            bend = min(40.0, 0.25 * math.hypot(ex - sx, ey - sy))
            cx, cy = mx + nx_ / norm * bend, my + ny_ / norm * bend
            geom = f'<path d="M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}" fill="none"'
        else:
            geom = f'<line x1="{sx:.1f}" y1="{sy:.1f}" x2="{ex:.1f}" y2="{ey:.1f}"'
        out.append(f'{geom} stroke="{colour}" stroke-width="1.3"{dash} marker-end="url(#{uid}-{style})" '
                   f'data-edge="{escape(a)}>{escape(b)}"/>')
    for n in nodes:
        x, y = pos[n.key]
        w, h = n.size()
        fill, stroke = _STYLE.get(n.style, _STYLE["quantity"])
        sw = 1.4
        if n.key == focus:
            stroke, sw = FOCUS_STROKE, 3.0
        tip = escape(n.title or n.label)
        out.append(f'<g data-node="{escape(n.key)}" style="cursor:pointer"><title>{tip}</title>')
        if n.shape == "circle":
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{w / 2:.1f}" fill="{fill}" stroke="{stroke}" '
                       f'stroke-width="{sw}"/>')
        else:
            rx = 12 if n.shape == "round" else 3
            out.append(f'<rect x="{x - w / 2:.1f}" y="{y - h / 2:.1f}" width="{w:.1f}" height="{h:.1f}" rx="{rx}" '
                       f'fill="{fill}" stroke="{stroke}" stroke-width="{sw}"/>')
        y0 = y + 4 - LINE_H * (len(n.lines) - 1) / 2
        spans = "".join(f'<tspan x="{x:.1f}" y="{y0 + k * LINE_H:.1f}">{escape(t)}</tspan>' for k, t in enumerate(n.lines))
        out.append(f'<text text-anchor="middle" fill="#111827">{spans}</text></g>')
    out.append("</svg>")
    return "\n".join(out)


# -- layouts -------------------------------------------------------------------------------
ROW_GAP = 64.0
COL_GAP = 18.0


def tree_layout(root, children, widths) -> dict:
    """A tidy tree: each subtree gets a span as wide as its nodes; parents centred over children.

    >>> tree_layout("r", {"r": ["a", "b"]}.get, {"r": 20, "a": 20, "b": 20}.get)
    {'a': (10.0, 64.0), 'b': (48.0, 64.0), 'r': (29.0, 0.0)}
    """
    span: dict = {}

    def measure(k):
        kids = children(k) or []
        inner = sum(measure(c) for c in kids) + COL_GAP * max(len(kids) - 1, 0)
        span[k] = max(widths(k), inner)
        return span[k]

    measure(root)
    pos: dict = {}

    def place(k, left, depth):
        kids = children(k) or []
        inner = sum(span[c] for c in kids) + COL_GAP * max(len(kids) - 1, 0)
        x = left + (span[k] - inner) / 2
        for c in kids:
            place(c, x, depth + 1)
            x += span[c] + COL_GAP
        cx = (pos[kids[0]][0] + pos[kids[-1]][0]) / 2 if kids else left + span[k] / 2
        cx = min(max(cx, left + widths(k) / 2), left + span[k] - widths(k) / 2)  # stay inside the span
        pos[k] = (cx, depth * ROW_GAP)

    place(root, 0.0, 0)
    return dict(sorted(pos.items(), key=lambda kv: str(kv[0])))


def layered_layout(g, widths, sweeps: int = 4) -> dict:
    """Rows of a DAG's topological generations, ordered by the barycentre of their neighbours."""
    import networkx as nx

    depth = {k: d for d, layer in enumerate(nx.topological_generations(g)) for k in layer}
    for k in g:  # a source sits just above its first consumer, not at the top
        if g.in_degree(k) == 0 and g.out_degree(k) > 0:
            depth[k] = min(depth[s] for s in g.successors(k)) - 1
    layers = [sorted((k for k in g if depth[k] == d), key=str) for d in range(max(depth.values(), default=-1) + 1)]
    order = {k: i for layer in layers for i, k in enumerate(layer)}
    for sweep in range(sweeps):
        seq = layers[1:] if sweep % 2 == 0 else layers[-2::-1]
        for layer in seq:
            def bary(k, down=sweep % 2 == 0):
                nbrs = list(g.predecessors(k) if down else g.successors(k))
                return sum(order[n] for n in nbrs) / len(nbrs) if nbrs else order[k]
            layer.sort(key=lambda k: (bary(k), str(k)))
            for i, k in enumerate(layer):
                order[k] = i
    pos = {}
    for depth, layer in enumerate(layers):
        total = sum(widths(k) for k in layer) + COL_GAP * (len(layer) - 1)
        x = -total / 2
        for k in layer:
            pos[k] = (x + widths(k) / 2, depth * ROW_GAP)
            x += widths(k) + COL_GAP
    return pos


def spring_layout(g, widths, seed: int = 7) -> dict:
    """networkx's spring layout (seeded, so drawings are reproducible), scaled to pixels."""
    import networkx as nx

    n = g.number_of_nodes()
    if n == 0:
        return {}
    raw = nx.spring_layout(g, seed=seed, iterations=200)
    scale = 55.0 * math.sqrt(n) + max((widths(k) for k in g), default=0) / 2
    return {k: (float(x) * scale, float(y) * scale) for k, (x, y) in raw.items()}


def auto_layout(g, widths, layout: str = "auto") -> dict:
    """``layered`` for a DAG of few, narrow generations (``auto``), ``spring`` otherwise."""
    import networkx as nx

    if layout not in ("auto", "layered", "spring"):
        raise ValueError(f"layout must be 'auto', 'layered' or 'spring', got {layout!r}")
    if layout == "auto":
        dag = nx.is_directed_acyclic_graph(g)
        layout = "layered" if dag and max((len(x) for x in nx.topological_generations(g)), default=0) <= 10 else "spring"
    if layout == "layered":
        if not nx.is_directed_acyclic_graph(g):
            raise ValueError("layout='layered' needs an acyclic graph; this one has a cycle (use 'spring')")
        return layered_layout(g, widths)
    return spring_layout(g, widths)


# ---------------------------------------------------------------------------------------------
# PSG
# ---------------------------------------------------------------------------------------------
_STATEMENTS = {"module", "import", "function", "bind", "return", "exprstmt", "assert", "if", "for", "while", "block"}


def psg_label(node) -> str:
    """A short label for a PSG node: ``def f``, ``x [m]``, ``y =``, ``*``, ``sqrt()``, ``2``."""
    unit = f" [{node.ann.unit}]" if node.ann is not None and node.ann.unit else ""
    k, lab = node.kind, node.label
    if k == "function":
        return f"def {lab}{unit and ' ->' + unit}"
    if k == "module":
        return f"module {lab}"
    if k == "param":
        return f"{lab}{unit}"
    if k == "bind":
        return f"{lab}{unit} ="
    if k in ("call", "method"):
        return f"{lab}()"
    if k == "attr":
        return f".{lab}"
    if k in ("return", "assert", "block", "exprstmt"):
        return k if k != "exprstmt" else "expr"
    if k in ("if", "while"):
        return k
    if k == "for":
        return f"for {lab}"
    if k == "import":
        return f"import {lab}"
    return lab or k


def _psg_node(psg, i: int) -> DrawNode:
    n = psg.nodes[i]
    if n.kind in ("param", "bind"):
        style, shape = "definition", "box"
    elif n.kind in _STATEMENTS:
        style, shape = "statement", "box"
    else:
        style, shape = "expression", "round"
    title = f"#{i} {n.kind} {n.label!r} at {n.span}" + (f", unit {n.ann.unit}" if n.ann and n.ann.unit else "")
    return DrawNode(str(i), psg_label(n), shape, style, title)


def psg_default_root(psg) -> int:
    """What to draw by default: the only function, else the first module."""
    fns = psg.functions()
    return fns[0] if len(fns) == 1 else psg.roots[0]


def psg_svg(psg, root: int | None = None, *, focus: int | None = None, max_nodes: int = MAX_DRAW_NODES) -> str:
    """The syntax tree under ``root`` (default :func:`psg_default_root`), with data-flow edges
    (dashed blue) and call edges (dashed orange) between drawn nodes; ``focus`` outlined in red."""
    if root is None:
        root = psg_default_root(psg)
    if not 0 <= root < len(psg.nodes):
        raise IndexError(f"psg_svg: root {root} is not a node of the graph (it has {len(psg.nodes)} nodes)")
    ids = list(psg.walk(root))
    if len(ids) > max_nodes:
        names = ", ".join(psg.nodes[f].label for f in psg.functions()[:8])
        raise DrawingTooLargeError(
            f"the PSG under node {root} has {len(ids)} nodes, more than max_nodes={max_nodes}; draw one function "
            f"(root=<function node id>; functions: {names}) or raise max_nodes")
    nodes = {i: _psg_node(psg, i) for i in ids}
    pos = tree_layout(root, lambda i: list(psg.nodes[i].children), lambda i: nodes[i].size()[0])
    inside = set(ids)
    edges = [(str(i), str(c), "solid") for i in ids for c in psg.nodes[i].children]
    edges += [(str(d), str(u), "flow") for d, u in psg.flow if d in inside and u in inside]
    edges += [(str(c), str(f), "call") for c, f in psg.calls if c in inside and f in inside]
    return render_svg([nodes[i] for i in ids], edges, {str(i): p for i, p in pos.items()},
                      focus=None if focus is None else str(focus))


def psg_html(psg) -> str:
    """Summary of a PSG: counts, a table of functions with their units, and a drawing when small."""
    from collections import Counter

    kinds = Counter(n.kind for n in psg.nodes)
    head = (f'<div class="head">PSG: {len(psg.nodes)} nodes, {len(psg.roots)} module(s), '
            f'{len(psg.functions())} function(s), {len(psg.flow)} data-flow and {len(psg.calls)} call edges</div>')
    rows = []
    for f in psg.functions():
        n = psg.nodes[f]
        params = [psg.nodes[c] for c in n.children if psg.nodes[c].kind == "param"]
        sig = ", ".join(f"{p.label}" + (f" [{p.ann.unit}]" if p.ann and p.ann.unit else "")
                        + (f" {' '.join(p.ann.shape)!r}" if p.ann and p.ann.shape else "") for p in params)
        ret = n.ann.unit if n.ann and n.ann.unit else (" ".join(n.ann.shape) if n.ann and n.ann.shape else "")
        rows.append((_code(n.label), escape(str(n.span)), escape(sig), escape(ret or "—"),
                     str(sum(1 for _ in psg.walk(f)))))
    body = [head]
    if rows:
        body.append(_table(["function", "where", "parameters [unit]", "returns", "nodes"], rows, numeric=(4,)))
    body.append(_table(list(escape(k) for k in sorted(kinds)), [[str(kinds[k]) for k in sorted(kinds)]],
                       caption="nodes by kind", numeric=tuple(range(len(kinds)))))
    root = psg_default_root(psg)
    try:
        body.append(psg_svg(psg, root))
    except DrawingTooLargeError as err:
        body.append(f'<p class="muted">Not drawn: {escape(str(err))}.</p>')
    return _wrap("".join(body))


# ---------------------------------------------------------------------------------------------
# Knowledge graph
# ---------------------------------------------------------------------------------------------
def _quantity_node(q, style: str = "quantity") -> DrawNode:
    return DrawNode(q.symbol, q.symbol, "circle", style, f"{q.name} ({q.symbol}) [{q.unit}]")


def _law_node(law) -> DrawNode:
    usable = [d.variable for d in law.directions if d.usable]
    style = "law" if usable else "unusable"
    return DrawNode(law.id, law.name, "box", style,
                    f"{law.id}: {law.output} = {law.expression}; usable directions: {', '.join(usable) or 'none'}")


def kg_svg(kg, *, focus: str | None = None, given=(), target: str | None = None, layout: str = "auto",
           max_laws: int = MAX_DRAW_LAWS) -> str:
    """Quantities (circles, by symbol) and laws (boxes, by name) with edges input -> law -> output,
    as each law is written. ``given`` quantities are green, ``target`` amber, ``focus`` outlined."""
    if len(kg.laws) > max_laws:
        raise DrawingTooLargeError(
            f"the knowledge graph has {len(kg.laws)} laws, more than max_laws={max_laws}; draw a part of it: "
            f"kg.subgraph(law_ids) or oracle.display.neighbourhood(kg, symbol)")
    g = kg.to_networkx()
    given = set(given)
    nodes = {}
    for q in kg.quantities:
        nodes[q.symbol] = _quantity_node(q, "given" if q.symbol in given else "target" if q.symbol == target
                                         else "quantity")
    for law in kg.laws:
        nodes[law.id] = _law_node(law)
    pos = auto_layout(g, lambda k: nodes[k].size()[0], layout)
    edges = [(a, b, "solid") for a, b in g.edges]
    return render_svg(list(nodes.values()), edges, pos, focus=focus)


def neighbourhood(kg, key: str, *, max_laws: int = 16):
    """The sub-hypergraph around a quantity (its laws, at most ``max_laws``) or a law (with the
    laws that share the most variables with it, ``max_laws`` in all).

    >>> from hypergraph.build import load_default
    >>> sub = neighbourhood(load_default(), "E_k", max_laws=3)
    >>> len(sub.laws) <= 3 and "E_k" in sub.index
    True
    """
    if key in kg.index:
        laws = [law.id for law in kg.laws_of(key)]
    elif key in kg.law_index:
        own = set(kg.law(key).variables)
        shared = {law.id: len(own & set(law.variables)) for law in kg.laws if law.id != key}
        laws = [key] + sorted((i for i, n in shared.items() if n), key=lambda i: (-shared[i], i))
    else:
        raise KeyError(f"{key!r} is neither a quantity symbol nor a law id of this knowledge graph")
    return kg.subgraph(laws[:max_laws])


def kg_html(kg) -> str:
    """Summary of a knowledge graph: counts, laws by field, and (when small) the laws and a drawing."""
    from collections import Counter

    s = kg.summary()
    body = [f'<div class="head">KnowledgeGraph: {s["quantities"]} quantities, {s["laws"]} laws, '
            f'{s["hyperedges"]} hyperedges</div>']
    statuses = ["law", "proved", "unknown", "refuted", "unsolved"]
    body.append(_kv([("quantities", str(s["quantities"])), ("laws", str(s["laws"])),
                     ("constants", str(s["constants"])), ("hyperedges (usable directions)", str(s["hyperedges"])),
                     ("directions", " · ".join(f"{_status(st)} {s[st]}" for st in statuses if st in s)),
                     ("content hash", _code(kg.content_hash[:16]))]))
    fields = Counter(law.field for law in kg.laws)
    body.append(_table(["field", "laws"], [(escape(f), str(c)) for f, c in sorted(fields.items())],
                       numeric=(1,)))
    if len(kg.laws) <= MAX_DRAW_LAWS:
        rows = [(_code(law.id), escape(law.name), _code(f"{law.output} = {law.expression}"),
                 " ".join(f"{escape(d.variable)}:{_MARK.get(d.status, '·')}" for d in law.directions),
                 _status(law.proof))
                for law in kg.laws]
        body.append(_table(["law", "name", "as written", "directions", "units"], rows))
        body.append(kg_svg(kg))
    else:
        body.append(f'<p class="muted">Too many laws to draw ({len(kg.laws)}); draw a part: '
                    f'<code>kg.subgraph([...])</code> or <code>oracle.display.neighbourhood(kg, "E_k")</code>.</p>')
    return _wrap("".join(body))


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
    rows = [(str(s.time), _code(s.output), _code(s.formula), escape(s.law.name) + " " + _code(s.law.id),
             f"{s.value:.6g}") for s in d.steps]
    used = sorted({x for s in d.steps for x in s.inputs} - {s.output for s in d.steps})
    body = [f'<div class="head">Derivation of {_code(d.target)} from {", ".join(_code(x) for x in used) or "the givens"}'
            f" ({len(d.steps)} step{'s' if len(d.steps) != 1 else ''})</div>"]
    if rows:
        body.append(_table(["time", "derives", "formula", "law", "value (SI)"], rows, numeric=(0, 4)))
    body.append(derivation_svg(d))
    return _wrap("".join(body))


def proof_html(proof) -> str:
    """A ``DerivationProof``: each step's unit proof and direction proof, and the composed formula's report."""
    rows = []
    for law, var, dims, direction in proof.steps:
        how = "as written" if direction == "law" else f"solved for {escape(var)}: {_status(direction)}"
        rows.append((_code(law), _code(var), _status(dims), how))
    c = proof.composed.counts()
    body = [f'<div class="head">Proof: {_status(proof.status)}</div>']
    if rows:
        body.append(_table(["law", "derives", "dimensions", "direction (Z3)"], rows))
    body.append(f"<p>Composed formula: {_status(proof.composed.status)} ({c['obligations']} obligations, "
                f"{c['fast_path']} on the fast path, {c['z3']} through Z3)</p>")
    return _wrap("".join(body))


def answer_caveats(a) -> list[tuple[str, str]]:
    """What a reader must know before trusting an answer, as (label, plain text) rows:
    the status and its reasons, the objects read, names read otherwise than written,
    standard conditions, unused givens, validity conditions checked, laws set aside."""
    rows = [("status", a.status + (f": {'; '.join(a.reasons)}" if a.reasons else ""))]
    if a.objects:
        rows.append(("objects", a.objects))
    rows += [("read as", note) for note in a.read_as]
    if a.standard_conditions:
        rows.append(("standard conditions", ", ".join(a.standard_conditions)
                     + (" (stated by the question)" if a.stated_conditions else " (assumed: nothing given decides them)")))
    if a.unused:
        rows.append(("not used", ", ".join(a.unused)))
    rows += [("condition", str(c)) for c in a.conditions]
    if a.excluded:
        rows.append(("set aside", ", ".join(a.excluded)))
    return rows


def answer_html(a) -> str:
    """An Answer: the status first, the value, the composed formula, every caveat, the
    derivation (table and drawing), the proofs, timings."""
    from hypergraph.symbolic import text

    q = a.target
    caveats = _kv([(k, escape(v)) for k, v in answer_caveats(a)])
    if a.status == "ambiguous":
        rows = [(escape(alt.reading), escape(f"{alt.value.magnitude:.6g} {alt.value.units:~P}"),
                 escape(", ".join(alt.laws))) for alt in a.alternatives]
        return _wrap(f'<div class="head">{_status("ambiguous")} {escape(q.name)} ({_code(q.symbol)}): '
                     f"the question has several readings</div>" + caveats
                     + _table(["reading", "value", "laws"], rows, caption="Readings"))
    if not a.found:
        sets = "".join(f"<li>{', '.join(escape(x) for x in s)}</li>" for s in a.missing)
        return _wrap(f'<div class="head">{_status("not derivable")} {escape(q.name)} ({_code(q.symbol)}) '
                     f"cannot be derived from the givens</div>" + caveats
                     + (f"<p>Add one of:</p><ul>{sets}</ul>" if sets else "<p>No small set of further quantities was found.</p>"))
    shown = a.value_in_unit if a.value_in_unit is not None else a.value
    from .engine import value_text  # an array answer is its shape and range

    body = [f'<div class="head">{_status(a.status)} {escape(q.name)} ({_code(q.symbol)}) = '
            f'{escape(value_text(shown))}</div>', caveats,
            _kv([("formula", _code(f"{a.derivation.target} = {text(a.formula)}")),
                 ("proof", _status(a.proof.status)),
                 ("engine", escape(a.engine + (f" ({a.search.backend})" if hasattr(a.search, "backend") else ""))),
                 ("timings", escape(", ".join(f"{k} {v * 1e3:.2f} ms" for k, v in a.timings.items())))])]
    inner = derivation_html(a.derivation) + proof_html(a.proof)
    return _wrap("".join(body)) + inner


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


# ---------------------------------------------------------------------------------------------
# Spikes
# ---------------------------------------------------------------------------------------------
def raster_png(raster, circuit=None, *, title: str = "", size=(6.0, 3.4), dpi: int = 100) -> bytes:
    """A PNG (bytes) of the raster, drawn with matplotlib's Agg canvas (no display, no pyplot state);
    populations in colour when ``circuit`` is given.

    >>> from spiking import Raster
    >>> raster_png(Raster.from_spikes(3, 4, [0, 1], [0, 2], backend="x"))[:8]
    b'\\x89PNG\\r\\n\\x1a\\n'
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    if circuit is not None and circuit.populations:
        off = 0
        for p in circuit.populations:
            sel = (raster.neuron >= off) & (raster.neuron < off + p.size)
            ax.scatter(raster.step[sel], raster.neuron[sel], s=6, marker="|", label=f"{p.name} ({p.size})")
            off += p.size
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, markerscale=2, frameon=False)
    else:
        ax.scatter(raster.step, raster.neuron, s=6, marker="|", color="#1f2937")
    ax.set_xlabel("time step")
    ax.set_ylabel("neuron")
    ax.set_xlim(-0.5, max(raster.steps_run, 1) - 0.5)
    ax.set_ylim(-0.5, max(raster.n_neurons, 1) - 0.5)
    ax.set_title(title or f"{raster.backend or 'raster'}: {raster.n_spikes} spikes, {raster.steps_run} steps",
                 fontsize=10)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight")
    return buf.getvalue()


def _img(png: bytes, alt: str) -> str:
    return f'<img alt="{escape(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}"/>'


def _raster_table(raster) -> str:
    active = len(set(raster.neuron.tolist()))
    last = int(raster.step.max()) if raster.n_spikes else -1
    return _kv([("backend", escape(raster.backend or "—")), ("neurons", str(raster.n_neurons)),
                ("steps run", str(raster.steps_run)), ("spikes", str(raster.n_spikes)),
                ("neurons that spiked", str(active)), ("last spike step", str(last)),
                ("synaptic events", str(raster.synaptic_events) if raster.synaptic_events >= 0 else "not counted")])


def raster_html(raster, circuit=None) -> str:
    """A raster: a summary table beside its plot (an inline base64 PNG)."""
    return _wrap(f'<div class="row">{_raster_table(raster)}{_img(raster_png(raster, circuit), "spike raster")}</div>')


def rasters_html(rasters, circuit=None, *, titles=None) -> str:
    """Several rasters side by side (e.g. one query on numba, Brian2 and Lava), with whether they agree."""
    rasters = list(rasters)
    if not rasters:
        raise ValueError("rasters_html needs at least one raster")
    titles = list(titles) if titles is not None else [r.backend or f"run {k}" for k, r in enumerate(rasters)]
    same = all(r.same_spikes(rasters[0]) for r in rasters[1:])
    cells = "".join(f"<div>{_img(raster_png(r, circuit, title=t, size=(4.2, 3.0)), f'raster {t}')}</div>"
                    for r, t in zip(rasters, titles))
    verdict = ("<p><b>The rasters are identical</b> (same spikes at the same steps).</p>" if same
               else '<p class="refuted">The rasters differ.</p>')
    rows = [(escape(t), str(r.n_spikes), str(r.steps_run), "yes" if r.same_spikes(rasters[0]) else "no")
            for r, t in zip(rasters, titles)]
    return _wrap(f'<div class="row">{cells}</div>{verdict}'
                 + _table(["backend", "spikes", "steps run", f"same spikes as {escape(titles[0])}"], rows,
                          numeric=(1, 2)))


def trace_html(trace, circuit=None, n_nodes: int | None = None) -> str:
    """A decoded query ``Trace``: how many quantities were derived, and the raster
    (``n_nodes``: the quantities of the graph, leaving out a sink node that holds set-aside
    laws back)."""
    time = trace.time[:n_nodes] if n_nodes is not None else trace.time
    derived = int((time >= 0).sum())
    given = int(((time == 0)).sum())
    head = (f'<div class="head">Spike trace: {derived} of {len(time)} quantities reached '
            f'({given} at time 0), last at time {int(time.max()) if derived else -1}</div>')
    return _wrap(head) + raster_html(trace.raster, circuit)


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
    return _wrap('<div class="head">Loihi 2 resources</div>' + _kv(rows))


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
        s = obj.summary()
        return (f"<KnowledgeGraph: {s['quantities']} quantities, {s['laws']} laws, {s['hyperedges']} hyperedges, "
                f"hash {obj.content_hash[:12]}>")
    if isinstance(obj, PSG):
        return (f"<PSG: {len(obj.nodes)} nodes, {len(obj.roots)} module(s), {len(obj.functions())} function(s), "
                f"{len(obj.flow)} flow and {len(obj.calls)} call edges>")
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
