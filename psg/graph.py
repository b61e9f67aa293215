"""The Program Semantic Graph: immutable nodes with ordered syntax, data-flow and call edges.

Node ``i`` is ``psg.nodes[i]``. Syntax edges are each node's ordered ``children``;
data-flow edges run from a definition (parameter, binding, loop variable) to each use of
the name; call edges run from a call to the function it calls. Every node keeps its
source span, so every finding maps back to ``file:line:col``.

>>> from psg import parse
>>> g = parse("def area(w: U['m'], h: U['m']) -> U['m^2']:\\n    return w * h\\n")
>>> [g.nodes[i].kind for i in g.walk(g.roots[0])]
['module', 'function', 'param', 'param', 'return', 'op', 'name', 'name']
>>> len(g.flow)  # w -> w, h -> h
2
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Iterator

KINDS = frozenset({
    "module", "import", "function", "param", "bind", "return", "exprstmt", "assert",
    "if", "for", "while", "block", "op", "call", "method", "attr", "name", "const", "tuple",
    "comp", "compfor", "lambda", "walrus", "class",
})
"""Every node kind the PSG holds."""


@dataclass(frozen=True, slots=True)
class Span:
    """A source range; ``line`` and ``col`` are 1-based, as editors show them."""

    file: str
    line: int
    col: int
    end_line: int
    end_col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True, slots=True)
class Annotation:
    """What a declaration says of its value: a unit, a quantity kind, a shape; for
    ``tuple[A, B]`` its items; for ``list[A]``/``dict[K, A]`` the container (the unit is the
    elements'); a class name (``cls``) for an instance of a class; ``invalid`` when the
    annotation could not be read (an unknown unit): its value is then unknown."""

    unit: str | None = None
    kind: str | None = None
    shape: tuple[str, ...] | None = None
    items: "tuple[Annotation | None, ...] | None" = None
    container: str | None = None
    cls: str | None = None
    invalid: bool = False

    def __repr__(self) -> str:  # only what is said: Annotation(unit='m')
        said = [f"{f}={getattr(self, f)!r}" for f in self.__dataclass_fields__
                if getattr(self, f) != self.__dataclass_fields__[f].default]
        return f"Annotation({', '.join(said)})"


@dataclass(frozen=True, slots=True)
class Node:
    """One PSG node. ``label`` is the name, operator, callee or literal text."""

    kind: str
    label: str
    span: Span
    children: tuple[int, ...] = ()
    ann: Annotation | None = None
    value: float | None = None
    meta: tuple[tuple[str, object], ...] = ()

    def __repr__(self) -> str:
        label = self.label if len(self.label) <= 40 else self.label[:37] + "..."
        return f"<Node {self.kind} {label!r} at {self.span}>"

    def get(self, key: str, default: object = None) -> object:
        """A ``meta`` entry by key."""
        for k, v in self.meta:
            if k == key:
                return v
        return default


@dataclass(frozen=True)
class PSG:
    """An immutable Program Semantic Graph over one or more modules."""

    nodes: tuple[Node, ...]
    roots: tuple[int, ...]
    flow: tuple[tuple[int, int], ...] = ()
    calls: tuple[tuple[int, int], ...] = ()
    sources: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    problems: tuple = field(default=(), repr=False, compare=False)  # SourceErrors met while reading, kept going
    links: object = field(default=None, repr=False, compare=False)  # psg.imports.Links: where imported names are defined

    def __repr__(self) -> str:
        return (f"<PSG: {len(self.nodes)} nodes in {len(self.roots)} modules, {len(self.flow)} flow edges, "
                f"{len(self.calls)} call edges>")

    def __post_init__(self) -> None:
        n = len(self.nodes)
        for i, node in enumerate(self.nodes):
            if node.kind not in KINDS:
                raise ValueError(f"PSG node {i} has unknown kind {node.kind!r}")
            if any(not 0 <= c < n for c in node.children):
                raise ValueError(f"PSG node {i} ({node.kind}) has a child outside the graph")

    # -- structure -------------------------------------------------------
    @cached_property
    def parent(self) -> tuple[int, ...]:
        """``parent[i]`` is the syntax parent of node ``i`` (-1 for a root)."""
        up = [-1] * len(self.nodes)
        for i, node in enumerate(self.nodes):
            for c in node.children:
                up[c] = i
        return tuple(up)

    def walk(self, start: int) -> Iterator[int]:
        """Node ids of the subtree at ``start`` in pre-order (syntax order)."""
        stack = [start]
        while stack:
            i = stack.pop()
            yield i
            stack.extend(reversed(self.nodes[i].children))

    def functions(self) -> list[int]:
        """Ids of every function node, in source order."""
        return [i for r in self.roots for i in self.walk(r) if self.nodes[i].kind == "function"]

    def enclosing(self, i: int, kind: str = "function") -> int:
        """The nearest ancestor of ``i`` of the given kind, or -1."""
        i = self.parent[i]
        while i >= 0 and self.nodes[i].kind != kind:
            i = self.parent[i]
        return i

    @cached_property
    def uses(self) -> dict[int, tuple[int, ...]]:
        """Data flow, forwards: definition -> the name nodes that read it."""
        out: dict[int, list[int]] = {}
        for d, u in self.flow:
            out.setdefault(d, []).append(u)
        return {d: tuple(us) for d, us in out.items()}

    @cached_property
    def defs(self) -> dict[int, tuple[int, ...]]:
        """Data flow, backwards: a name node -> the definitions that reach it."""
        out: dict[int, list[int]] = {}
        for d, u in self.flow:
            out.setdefault(u, []).append(d)
        return {u: tuple(ds) for u, ds in out.items()}

    @cached_property
    def callee(self) -> dict[int, int]:
        """Call edges: a call node -> the function node it calls."""
        return dict(self.calls)

    def source_line(self, span: Span) -> str:
        """The text of the span's first line, for reports."""
        for name, text in self.sources:
            if name == span.file:
                lines = text.splitlines()
                return lines[span.line - 1] if 0 < span.line <= len(lines) else ""
        return ""

    # -- edits (always a new graph) ----------------------------------------
    def replace_node(self, i: int, node: Node) -> "PSG":
        """A new PSG with node ``i`` replaced; this one is left intact."""
        nodes = self.nodes[:i] + (node,) + self.nodes[i + 1:]
        return replace(self, nodes=nodes)

    # -- views -------------------------------------------------------------
    def to_networkx(self):
        """A ``networkx.MultiDiGraph``: node attributes kind/label/span; edge attribute ``type``
        (``syntax`` with ``index``, ``flow``, ``call``)."""
        import networkx as nx

        g = nx.MultiDiGraph()
        for i, n in enumerate(self.nodes):
            g.add_node(i, kind=n.kind, label=n.label, span=str(n.span),
                       unit=n.ann.unit if n.ann else None)
        for i, n in enumerate(self.nodes):
            for k, c in enumerate(n.children):
                g.add_edge(i, c, type="syntax", index=k)
        g.add_edges_from(self.flow, type="flow")
        g.add_edges_from(self.calls, type="call")
        return g

    def _repr_html_(self) -> str:  # notebooks: see psg.display
        from .display import psg_html

        return psg_html(self)

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:  # a short text/plain, not every node
        from .display import psg_summary_text

        return {"text/plain": psg_summary_text(self), "text/html": self._repr_html_()}
