"""An interactive graph explorer for notebooks: click a node to move a zipper focus there.

The Python side owns all state, as immutable *views*:

* :class:`PSGView` holds a :class:`zipper.Zipper` over a PSG. Moves are the zipper's
  (``up down left right next prev root``, ``flow:<id>`` to a use, ``def:<id>`` to a
  definition, ``callee``, ``caller:<id>``); a click jumps to the node (``Zipper.at``).
* :class:`KGView` holds a :class:`KGFocus` on a quantity or a law of a KnowledgeGraph.
  Moves go to a neighbour (a quantity's laws, a law's variables) or ``back``.

A view draws its neighbourhood (SVG from :mod:`oracle.display`) and a side panel with the
focused node's laws, units and proofs. The widget (:func:`explore`, an ``anywidget`` with
its JavaScript inline: nothing is fetched) only shows them and sends two messages:
``{"type": "click", "node": key}`` and ``{"type": "move", "move": name}``;
:meth:`Explorer.handle` applies them, so the state changes can be tested without a browser.

>>> from psg import parse
>>> g = parse("def f(x: U['m']):\\n    y = x + x\\n    return y\\n")
>>> v = PSGView.of(g)
>>> v.node.kind, [m for m, _ in v.moves()][:3]
('function', ['down', 'up', 'root'])
>>> x = v.apply("down")                      # the parameter x
>>> x.node.kind, [label for m, label in x.moves() if m.startswith("flow:")]
('param', ['use at line 2:9', 'use at line 2:13'])
>>> use = x.apply(x.moves()[-1][0])
>>> use.node.kind, use.apply(use.moves()[-1][0]) == x      # and back to its definition
('name', True)
>>> v.click(str(use.zipper.focus)).key == use.key           # a click jumps there
True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from psg.templates import markup, render
from zipper import Zipper

from . import display as D

__all__ = ["PSGView", "KGView", "KGFocus", "MoveError", "explore", "Explorer", "ESM"]


class MoveError(ValueError):
    """A move or click the focused node does not offer (the message lists those it does)."""


# ---------------------------------------------------------------------------------------------
# PSG: a zipper
# ---------------------------------------------------------------------------------------------
_TREE_MOVES = ("down", "up", "root", "left", "right", "prev", "next")
_MOVE_LABELS = {"down": "↓ down", "up": "↑ up", "root": "⤒ root", "left": "← left", "right": "→ right",
                "prev": "⏴ prev", "next": "next ⏵"}


@dataclass(frozen=True)
class PSGView:
    """A zipper focus in a PSG, with an optional proof report and knowledge graph for the panel."""

    zipper: Zipper
    report: object = field(default=None, compare=False)  # proofs.ProofReport of the same PSG
    kg: object = field(default=None, compare=False)      # KnowledgeGraph whose laws the functions are

    @classmethod
    def of(cls, psg, focus: int | None = None, *, report=None, kg=None) -> "PSGView":
        """A view focused on ``focus`` (default: the first function, else the first module)."""
        if focus is None:
            fns = psg.functions()
            focus = fns[0] if fns else psg.roots[0]
        return cls(Zipper.at(psg, focus), report, kg)

    @property
    def psg(self):
        return self.zipper.psg

    @property
    def node(self):
        return self.zipper.node

    @property
    def key(self) -> str:
        return str(self.zipper.focus)

    def _with(self, z: Zipper) -> "PSGView":
        return PSGView(z, self.report, self.kg)

    # -- moves ------------------------------------------------------------------------
    def moves(self) -> list[tuple[str, str]]:
        """``(move, label)`` for every move that can be made from here."""
        z, out = self.zipper, []
        for m in _TREE_MOVES:
            if (z.path is not None) if m == "root" else (getattr(z, m)() is not None):
                out.append((m, _MOVE_LABELS[m]))
        for u in z.follow("flow"):
            out.append((f"flow:{u.focus}", f"use at line {u.node.span.line}:{u.node.span.col}"))
        for d in z.back("flow"):
            out.append((f"def:{d.focus}", f"defined at line {d.node.span.line} ({d.node.kind} {d.node.label})"))
        if z.callee() is not None:
            out.append(("callee", f"callee {z.callee().node.label}"))
        for c in z.back("call"):
            out.append((f"caller:{c.focus}", f"called at line {c.node.span.line}"))
        return out

    def apply(self, move: str) -> "PSGView":
        """The view after ``move`` (one of :meth:`moves`); :class:`MoveError` if it cannot be made."""
        z = self.zipper
        offered = [m for m, _ in self.moves()]
        if move not in offered:
            raise MoveError(f"move {move!r} is not possible from node {z.focus} ({z.node.kind} {z.node.label!r}); "
                            f"possible: {offered}")
        if move in _TREE_MOVES:
            return self._with(getattr(z, move)())
        if move == "callee":
            return self._with(z.callee())
        kind, _, target = move.partition(":")
        pool = {"flow": z.follow("flow"), "def": z.back("flow"), "caller": z.back("call")}[kind]
        return self._with(next(t for t in pool if t.focus == int(target)))

    def click(self, key: str) -> "PSGView":
        """Jump to the node whose drawing was clicked (``key`` is its id as text)."""
        try:
            i = int(key)
        except (TypeError, ValueError):
            raise MoveError(f"clicked node {key!r} is not a PSG node id") from None
        if not 0 <= i < len(self.psg.nodes):
            raise MoveError(f"clicked node {i} is not in the PSG (it has {len(self.psg.nodes)} nodes)")
        return self._with(Zipper.at(self.psg, i))

    # -- what is shown ----------------------------------------------------------------------
    def draw_root(self) -> int:
        """The largest drawable subtree around the focus: its function, else the highest
        ancestor small enough to draw."""
        psg, i = self.psg, self.zipper.focus
        fn = i if self.node.kind == "function" else psg.enclosing(i, "function")
        best = i
        j = i
        while j >= 0:
            if sum(1 for _ in psg.walk(j)) > D.MAX_DRAW_NODES:
                break
            best = j
            if j == fn:
                break
            j = psg.parent[j]
        return best

    def svg(self) -> str:
        return D.psg_svg(self.psg, self.draw_root(), focus=self.zipper.focus)

    def function_result(self):
        """The proof verdict of the function around the focus (None without a report)."""
        if self.report is None:
            return None
        psg = self.psg
        fn = self.zipper.focus if self.node.kind == "function" else psg.enclosing(self.zipper.focus, "function")
        if fn < 0:
            return None
        span = psg.nodes[fn].span
        for r in self.report.results:
            if (r.span.file, r.span.line, r.span.col) == (span.file, span.line, span.col):
                return r
        return None

    def law(self):
        """The knowledge-graph law that the function around the focus is (None if not a law)."""
        if self.kg is None:
            return None
        psg = self.psg
        fn = self.zipper.focus if self.node.kind == "function" else psg.enclosing(self.zipper.focus, "function")
        if fn < 0:
            return None
        name = psg.nodes[fn].label
        for law in self.kg.laws:
            if law.span is not None and law.span.file == psg.nodes[fn].span.file and law.id.rpartition(".")[2] == name:
                return law
        return None

    def panel(self) -> str:
        """HTML: the focused node, its unit, the law it belongs to and the proofs located in it."""
        n, r = self.node, self.function_result()
        inside = [] if r is None else [(o, st) for o, st in zip(r.obligations, r.status) if _within(o.where, n.span)]
        return render("oracle", "explorer_psg.html.j2", n=n, focus=self.zipper.focus, depth=self.zipper.depth,
                      line=self.psg.source_line(n.span).strip(), r=r, inside=inside,
                      **_law_context(self.kg, self.law()))


def _within(where, span) -> bool:
    """Whether source position ``where`` lies inside ``span``."""
    if where.file != span.file:
        return False
    start, end = (span.line, span.col), (span.end_line, span.end_col)
    return start <= (where.line, where.col) <= end


# ---------------------------------------------------------------------------------------------
# KnowledgeGraph: a focus on a quantity or a law
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KGFocus:
    """A focus on a quantity (by symbol) or a law (by id), with the trail of earlier foci for ``back``.

    >>> from hypergraph.build import load_default
    >>> f = KGFocus.at(load_default(), "E_k")
    >>> f.kind, "mechanics.kinetic_energy" in f.neighbours()
    ('quantity', True)
    >>> g = f.move("mechanics.kinetic_energy")
    >>> g.kind, g.neighbours(), g.back().key
    ('law', ('E_k', 'm', 'v'), 'E_k')
    """

    kg: object
    key: str
    trail: tuple[str, ...] = ()

    @classmethod
    def at(cls, kg, key: str) -> "KGFocus":
        if key not in kg.index and key not in kg.law_index:
            raise MoveError(f"{key!r} is neither a quantity symbol nor a law id of this knowledge graph")
        return cls(kg, key)

    @property
    def kind(self) -> str:
        return "quantity" if self.key in self.kg.index else "law"

    def neighbours(self) -> tuple[str, ...]:
        """A quantity's laws, or a law's variables (output first)."""
        if self.kind == "quantity":
            return tuple(law.id for law in self.kg.laws_of(self.key))
        return self.kg.law(self.key).variables

    def move(self, key: str) -> "KGFocus":
        """To a neighbour."""
        if key not in self.neighbours():
            raise MoveError(f"{key!r} is not a neighbour of {self.kind} {self.key!r}; neighbours: {list(self.neighbours())}")
        return KGFocus(self.kg, key, self.trail + (self.key,))

    def jump(self, key: str) -> "KGFocus":
        """To any quantity or law (a click on the drawing)."""
        KGFocus.at(self.kg, key)
        return KGFocus(self.kg, key, self.trail + (self.key,))

    def back(self) -> "KGFocus | None":
        if not self.trail:
            return None
        return KGFocus(self.kg, self.trail[-1], self.trail[:-1])


@dataclass(frozen=True)
class KGView:
    """A :class:`KGFocus` with its drawing (the neighbourhood) and panel."""

    focus: KGFocus
    max_laws: int = 8

    @classmethod
    def of(cls, kg, focus: str | None = None, *, max_laws: int = 8) -> "KGView":
        return cls(KGFocus.at(kg, focus if focus is not None else kg.quantities[0].symbol), max_laws)

    @property
    def kg(self):
        return self.focus.kg

    @property
    def key(self) -> str:
        return self.focus.key

    def moves(self) -> list[tuple[str, str]]:
        out = []
        if self.focus.trail:
            out.append(("back", f"⟵ back to {self.focus.trail[-1]}"))
        for k in self.focus.neighbours():
            out.append((k, f"law: {self.kg.law(k).name}" if k in self.kg.law_index
                        else f"quantity: {k} ({self.kg.quantity(k).name})"))
        return out

    def apply(self, move: str) -> "KGView":
        if move == "back":
            back = self.focus.back()
            if back is None:
                raise MoveError(f"move 'back' is not possible: {self.key!r} is where the exploration started")
            return KGView(back, self.max_laws)
        return KGView(self.focus.move(move), self.max_laws)

    def click(self, key: str) -> "KGView":
        return KGView(self.focus.jump(key), self.max_laws)

    def svg(self) -> str:
        sub = D.neighbourhood(self.kg, self.key, max_laws=self.max_laws)
        return D.kg_svg(sub, focus=self.key, layout="spring" if self.focus.kind == "quantity" else "auto")

    def panel(self) -> str:
        """HTML: the focused quantity (its unit, dimension and laws) or law (:func:`_law_context`)."""
        kg = self.kg
        if self.focus.kind == "quantity":
            q = kg.quantity(self.key)
            dimension = q.dimension.describe() if hasattr(q.dimension, "describe") else str(q.dimension)
            laws = [(law, law.direction(q.symbol)) for law in kg.laws_of(q.symbol)]
            return render("oracle", "explorer_kg.html.j2", q=q, dimension=dimension, laws=laws, law=None,
                          units="", law_result=None)
        return render("oracle", "explorer_kg.html.j2", q=None, **_law_context(kg, kg.law(self.key)))


def _law_context(kg, law) -> dict:
    """What the law panel (``explorer_law.html.j2``) shows beside the law: its variables' units
    and its unit proof from the knowledge graph's report."""
    if law is None:
        return {"law": None, "units": "", "law_result": None}
    units = ", ".join(f"{v} [{kg.quantity(v).unit}]" for v in law.variables if v in kg.index)
    return {"law": law, "units": units, "law_result": _law_result(kg, law)}


def _law_result(kg, law):
    report = getattr(kg, "proof_report", None)
    if report is None:
        return None
    for r in report.results:
        if r.name == law.id:
            return r
    return None


# ---------------------------------------------------------------------------------------------
# The widget
# ---------------------------------------------------------------------------------------------
ESM = r"""
function render({ model, el }) {
  el.classList.add("ohg-explorer");
  el.tabIndex = 0;
  const graph = document.createElement("div");
  graph.className = "ohg-x-graph";
  const side = document.createElement("div");
  side.className = "ohg-x-side";
  const moves = document.createElement("div");
  moves.className = "ohg-x-moves";
  const error = document.createElement("div");
  error.className = "ohg-x-error";
  const panel = document.createElement("div");
  panel.className = "ohg-x-panel";
  side.append(moves, error, panel);
  el.append(graph, side);

  function draw() {
    graph.innerHTML = model.get("svg");
    panel.innerHTML = model.get("panel");
    error.textContent = model.get("error");
    moves.replaceChildren(...model.get("moves").map(([move, label]) => {
      const b = document.createElement("button");
      b.textContent = label;
      b.title = move;
      b.addEventListener("click", () => model.send({ type: "move", move }));
      return b;
    }));
  }
  graph.addEventListener("click", (ev) => {
    const node = ev.target.closest("[data-node]");
    if (node) model.send({ type: "click", node: node.getAttribute("data-node") });
  });
  const keys = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right", Backspace: "back" };
  el.addEventListener("keydown", (ev) => {
    const move = keys[ev.key];
    if (move && model.get("moves").some(([m]) => m === move)) {
      ev.preventDefault();
      model.send({ type: "move", move });
    }
  });
  for (const name of ["svg", "panel", "moves", "error"]) model.on("change:" + name, draw);
  draw();
}
export default { render };
"""

CSS = (Path(__file__).resolve().parent / "templates" / "explorer.css").read_text(encoding="utf-8")
"""The widget's style sheet (also in the static fallback)."""


@lru_cache(maxsize=1)
def _widget_class():
    try:
        import anywidget
        import traitlets
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("the explorer widget needs anywidget: pip install 'oracle-hypergraph[notebook]'") from err

    class Explorer(anywidget.AnyWidget):
        """The explorer widget; ``view`` is the current :class:`PSGView` or :class:`KGView`."""

        _esm = ESM
        _css = CSS
        svg = traitlets.Unicode("").tag(sync=True)
        panel = traitlets.Unicode("").tag(sync=True)
        moves = traitlets.List([]).tag(sync=True)
        focus = traitlets.Unicode("").tag(sync=True)
        error = traitlets.Unicode("").tag(sync=True)

        def __init__(self, view, **kwargs):
            super().__init__(**kwargs)
            self.history: list = []
            self._show(view)
            self.on_msg(self._on_msg)

        def _show(self, view) -> None:
            self.view = view
            self.svg = view.svg()
            self.panel = view.panel()
            self.moves = [list(m) for m in view.moves()]
            self.focus = view.key

        def _on_msg(self, _widget, content, _buffers=None) -> None:
            self.handle(content)

        def handle(self, content: dict) -> None:
            """Apply a message from the page: ``{"type": "click", "node": key}`` or
            ``{"type": "move", "move": name}``. A move that cannot be made sets ``error``."""
            kind = content.get("type") if isinstance(content, dict) else None
            try:
                if kind == "click":
                    view = self.view.click(str(content.get("node")))
                elif kind == "move":
                    view = self.view.apply(str(content.get("move")))
                else:
                    raise MoveError(f"unknown message {content!r}; expected type 'click' or 'move'")
            except MoveError as err:
                self.error = str(err)
                return
            self.error = ""
            self.history.append(self.view.key)
            self._show(view)

        def _repr_mimebundle_(self, **kwargs):
            """The widget where the front end shows widgets; beside it, for front ends that do
            not (nbconvert, a terminal, a viewer with no widget manager), the drawing and panel
            of the focus as static HTML and a text summary (:func:`fallback_text`)."""
            got = super()._repr_mimebundle_(**kwargs)
            data, meta = got if isinstance(got, tuple) else (got or {}, {})
            data = {**data, "text/plain": fallback_text(self.view), "text/html": fallback_html(self.view)}
            return data, meta

        def click(self, key) -> None:
            """As if node ``key`` was clicked."""
            self.handle({"type": "click", "node": str(key)})

        def move(self, move: str) -> None:
            """As if the button of ``move`` was pressed."""
            self.handle({"type": "move", "move": move})

    return Explorer


def fallback_text(view) -> str:
    """The focus of a view as text, for where no widget can be shown: its panel and its moves.

    >>> from psg import parse
    >>> print(fallback_text(PSGView.of(parse("def f(x: U['m']):\\n    return x\\n"))).splitlines()[-2])
    moves: down (↓ down), up (↑ up), root (⤒ root), prev (⏴ prev), next (next ⏵)
    """
    import re
    from html import unescape

    html = re.sub(r"<style>.*?</style>", "", view.panel(), flags=re.S)
    panel = re.sub(r"[ \t]+", " ", unescape(re.sub(r"<(br|/?(p|div|tr|li|h\d|table|ul))\b[^>]*>", "\n", html)))
    panel = "\n".join(line.strip() for line in re.sub(r"<[^>]+>", " ", panel).splitlines() if line.strip())
    moves = ", ".join(f"{m} ({label})" for m, label in view.moves())
    return (f"explorer at {view.key}\n{panel}\nmoves: {moves or 'none'}\n"
            "(this front end shows no widgets: move with view.apply(move) or explore it in Jupyter)")


def fallback_html(view) -> str:
    """The drawing and panel of a view as static HTML (offline, no script)."""
    return render("oracle", "explorer_fallback.html.j2", svg=markup(view.svg()), panel=markup(view.panel()))


def __getattr__(name):
    if name == "Explorer":
        return _widget_class()
    raise AttributeError(f"module 'oracle.explorer' has no attribute {name!r}")


def explore(obj, focus=None, *, report="auto", kg=None, max_laws: int = 8):
    """An explorer widget for a PSG (``focus``: a node id; ``report``: its ProofReport, ``"auto"`` to
    prove it now, None for none; ``kg``: a KnowledgeGraph whose laws the functions are) or for a
    KnowledgeGraph (``focus``: a quantity symbol or law id)."""
    from hypergraph.model import KnowledgeGraph
    from psg.graph import PSG

    if isinstance(obj, PSG):
        if report == "auto":
            from proofs import prove_psg

            report = prove_psg(obj)
        view = PSGView.of(obj, focus, report=report, kg=kg)
    elif isinstance(obj, KnowledgeGraph):
        view = KGView.of(obj, focus, max_laws=max_laws)
    else:
        raise TypeError(f"explore() takes a PSG or a KnowledgeGraph, got {type(obj).__name__}")
    return _widget_class()(view)
