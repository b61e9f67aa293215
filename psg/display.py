"""Notebook displays from the bottom of the stack up: the small SVG writer with its
layouts, and the PSG's own drawing and summary. The markup is in autoescaped templates
(``psg/templates``: the drawing, the PSG's summary, and the macros every package's
fragments share), rendered by :mod:`psg.templates`.

They live in ``psg``, the lowest package, so that every package can show its objects
without importing the oracle (lower packages never import ``oracle``): the knowledge
graph (:mod:`hypergraph.display`), proof reports (:mod:`proofs.display`), rasters
(:mod:`spiking.display`); :mod:`oracle.display` re-exports them all. Everything is made
offline: no script, style sheet or font is fetched. Quantities are circles, laws are
boxes, PSG statements are boxes and expressions rounded boxes; layouts are a tidy tree
(PSG), layered generations of a DAG, or networkx's spring layout. Every drawn node carries
``data-node="<key>"`` so that the explorer widget can tell which node was clicked.

>>> from psg import parse
>>> g = parse("def area(w: U['m'], h: U['m']) -> U['m^2']:\\n    return w * h\\n")
>>> svg = psg_svg(g)
>>> svg.startswith("<svg"), svg.count('data-node="'), "def area" in svg
(True, 7, True)
>>> "<table" in psg_html(g), "<script" in psg_html(g)
(True, False)
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from .templates import MARK, markup, render

MAX_DRAW_NODES = 120
"""Largest PSG subtree drawn by default."""
MAX_DRAW_LAWS = 40
"""Largest (sub-)hypergraph drawn by default."""
MAX_TABLE_ROWS = 60
"""Rows shown in a summary table before "... and N more"."""


class DrawingTooLargeError(ValueError):
    """A graph too large to draw legibly (the message says how to draw a part of it)."""


# ---------------------------------------------------------------------------------------------
# HTML fragments: templates in psg/templates (psg.templates), shared by every package
# ---------------------------------------------------------------------------------------------
_MARK = MARK  # the name the other displays import


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

    def f(v: float) -> str:
        return f"{v:.1f}"

    box = {"left": f(left), "top": f(top), "width": f(width), "height": f(height),
           "width_px": f"{width:.0f}", "height_px": f"{height:.0f}"}
    drawn_edges = []
    for a, b, style in edges:
        if a not in by_key or b not in by_key:
            continue
        (x0, y0), (x1, y1) = pos[a], pos[b]
        sx, sy = _clip(x0, y0, x1, y1, by_key[a])
        ex, ey = _clip(x1, y1, x0, y0, by_key[b])
        edge = {"a": a, "b": b, "style": style, "colour": _EDGE.get(style, _EDGE["solid"]),
                "curve": style in ("flow", "call"), "sx": f(sx), "sy": f(sy), "ex": f(ex), "ey": f(ey)}
        if edge["curve"]:  # a curve, so it does not hide the syntax edges
            mx, my = (sx + ex) / 2, (sy + ey) / 2
            nx_, ny_ = -(ey - sy), ex - sx
            norm = math.hypot(nx_, ny_) or 1.0
            bend = min(40.0, 0.25 * math.hypot(ex - sx, ey - sy))
            edge.update(cx=f(mx + nx_ / norm * bend), cy=f(my + ny_ / norm * bend))
        drawn_edges.append(edge)
    drawn = []
    for n in nodes:
        x, y = pos[n.key]
        w, h = n.size()
        fill, stroke = _STYLE.get(n.style, _STYLE["quantity"])
        stroke, sw = (FOCUS_STROKE, 3.0) if n.key == focus else (stroke, 1.4)
        y0 = y + 4 - LINE_H * (len(n.lines) - 1) / 2
        drawn.append({"key": n.key, "tip": n.title or n.label, "circle": n.shape == "circle", "fill": fill,
                      "stroke": stroke, "sw": sw, "x": f(x), "y": f(y), "r": f(w / 2), "rx0": f(x - w / 2),
                      "ry0": f(y - h / 2), "w": f(w), "h": f(h), "rx": 12 if n.shape == "round" else 3,
                      "lines": [(f(x), f(y0 + k * LINE_H), t) for k, t in enumerate(n.lines)]})
    return render("psg", "drawing.svg.j2", box=box, uid=uid, markers=list(_EDGE.items()), edges=drawn_edges,
                  nodes=drawn, title={"x": f(left + pad), "y": f(top + 14), "text": title} if title else None)


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

    def unit(a) -> str:
        return f" [{a.unit}]" if a and a.unit else ""

    def shape(a) -> str:
        return f" {' '.join(a.shape)!r}" if a and a.shape else ""

    functions = []
    for f in psg.functions():
        n = psg.nodes[f]
        params = [psg.nodes[c] for c in n.children if psg.nodes[c].kind == "param"]
        ret = n.ann.unit if n.ann and n.ann.unit else (" ".join(n.ann.shape) if n.ann and n.ann.shape else "")
        functions.append({"name": n.label, "where": str(n.span), "returns": ret, "nodes": sum(1 for _ in psg.walk(f)),
                          "params": ", ".join(p.label + unit(p.ann) + shape(p.ann) for p in params)})
    kinds = Counter(n.kind for n in psg.nodes)
    svg, not_drawn = "", ""
    try:
        svg = markup(psg_svg(psg, psg_default_root(psg)))
    except DrawingTooLargeError as err:
        not_drawn = str(err)
    return render("psg", "psg.html.j2", n_nodes=len(psg.nodes), n_roots=len(psg.roots), functions=functions,
                  n_flow=len(psg.flow), n_calls=len(psg.calls), kinds=sorted(kinds),
                  counts=[kinds[k] for k in sorted(kinds)], svg=svg, not_drawn=not_drawn)


def psg_summary_text(psg) -> str:
    """A one-line summary of a PSG (its ``text/plain`` in a notebook)."""
    return (f"<PSG: {len(psg.nodes)} nodes, {len(psg.roots)} module(s), {len(psg.functions())} function(s), "
            f"{len(psg.flow)} flow and {len(psg.calls)} call edges>")
