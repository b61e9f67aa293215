"""A persistent zipper over the PSG: a focus plus the path that leads to it.

Tree moves (``up``, ``down``, ``left``, ``right``, ``next``, ``prev``, ``root``) follow
syntax edges; graph moves (``follow("flow")``, ``back("flow")``, ``callee()``) follow
data-flow and call edges. A move that cannot be made returns ``None``. Edits return a
new zipper over a new PSG and leave the old graph and zipper intact.

>>> from psg import parse
>>> g = parse("def f(x: U['m']):\\n    y = x + x\\n    return y\\n")
>>> z = Zipper.at(g, g.functions()[0])
>>> z.node.kind, z.down().node.label, z.down().right().node.kind
('function', 'x', 'bind')
>>> [u.node.span.line for u in z.down().follow("flow")]  # where x is read
[2, 2]
>>> z2 = z.down().edit(label="length")
>>> z2.node.label, z.down().node.label      # the old graph is untouched
('length', 'x')
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

from psg.graph import PSG, Node


@dataclass(frozen=True, slots=True)
class _Crumb:
    """One step of the path: the parent, our index among its children, and the steps above."""

    parent: int
    index: int
    up: "_Crumb | None"


@dataclass(frozen=True, slots=True)
class Zipper:
    """A focus (node id) in a PSG with its path from the root."""

    psg: PSG
    focus: int
    path: _Crumb | None = None

    # -- construction -------------------------------------------------------
    def __repr__(self) -> str:
        n = self.psg.nodes[self.focus]
        return f"<Zipper at node {self.focus}: {n.kind} {n.label[:40]!r} ({n.span})>"

    @classmethod
    def root_of(cls, psg: PSG, module: int = 0) -> "Zipper":
        """A zipper on the ``module``-th module of the graph."""
        return cls(psg, psg.roots[module])

    @classmethod
    def at(cls, psg: PSG, node: int) -> "Zipper":
        """A zipper focused on ``node``, its path rebuilt from the parent relation."""
        if not 0 <= node < len(psg.nodes):
            raise IndexError(f"node {node} is not in the graph (it has {len(psg.nodes)} nodes)")
        chain = []
        i = node
        while psg.parent[i] >= 0:
            p = psg.parent[i]
            chain.append((p, psg.nodes[p].children.index(i)))
            i = p
        path = None
        for p, k in reversed(chain):
            path = _Crumb(p, k, path)
        return cls(psg, node, path)

    @property
    def node(self) -> Node:
        return self.psg.nodes[self.focus]

    @property
    def depth(self) -> int:
        d, c = 0, self.path
        while c is not None:
            d, c = d + 1, c.up
        return d

    # -- tree moves ---------------------------------------------------------
    def down(self, index: int = 0) -> "Zipper | None":
        kids = self.node.children
        if not -len(kids) <= index < len(kids):
            return None
        index %= len(kids)
        return Zipper(self.psg, kids[index], _Crumb(self.focus, index, self.path))

    def up(self) -> "Zipper | None":
        if self.path is None:
            return None
        return Zipper(self.psg, self.path.parent, self.path.up)

    def _sibling(self, step: int) -> "Zipper | None":
        if self.path is None:
            return None
        kids = self.psg.nodes[self.path.parent].children
        k = self.path.index + step
        if not 0 <= k < len(kids):
            return None
        return Zipper(self.psg, kids[k], _Crumb(self.path.parent, k, self.path.up))

    def right(self) -> "Zipper | None":
        return self._sibling(1)

    def left(self) -> "Zipper | None":
        return self._sibling(-1)

    def root(self) -> "Zipper":
        z = self
        while z.path is not None:
            z = z.up()
        return z

    def next(self) -> "Zipper | None":
        """The next node in pre-order (syntax order), or None at the end."""
        d = self.down()
        if d is not None:
            return d
        z: Zipper | None = self
        while z is not None:
            r = z.right()
            if r is not None:
                return r
            z = z.up()
        return None

    def prev(self) -> "Zipper | None":
        """The previous node in pre-order, or None at the root."""
        lft = self.left()
        if lft is None:
            return self.up()
        while lft.node.children:
            lft = lft.down(-1)
        return lft

    def subtree(self) -> Iterator["Zipper"]:
        """This node and its descendants, in pre-order, as zippers."""
        end = self.depth
        z: Zipper | None = self
        while z is not None:
            yield z
            z = z.next()
            if z is not None and z.depth <= end:
                return

    # -- graph moves --------------------------------------------------------
    def follow(self, edge: str = "flow") -> list["Zipper"]:
        """Zippers at the targets of this node's ``flow`` (uses) or ``call`` edges."""
        if edge == "flow":
            targets = self.psg.uses.get(self.focus, ())
        elif edge == "call":
            targets = (self.psg.callee[self.focus],) if self.focus in self.psg.callee else ()
        else:
            raise ValueError(f"unknown edge type {edge!r}; expected 'flow' or 'call'")
        return [Zipper.at(self.psg, t) for t in targets]

    def back(self, edge: str = "flow") -> list["Zipper"]:
        """Zippers at the sources of edges into this node (for a use: its definitions)."""
        if edge == "flow":
            sources = self.psg.defs.get(self.focus, ())
        elif edge == "call":
            sources = tuple(c for c, f in self.psg.calls if f == self.focus)
        else:
            raise ValueError(f"unknown edge type {edge!r}; expected 'flow' or 'call'")
        return [Zipper.at(self.psg, s) for s in sources]

    def callee(self) -> "Zipper | None":
        """For a call: a zipper at the function it calls (when that function was parsed)."""
        found = self.follow("call")
        return found[0] if found else None

    # -- edits --------------------------------------------------------------
    def replace(self, node: Node) -> "Zipper":
        """A zipper at the same place in a new PSG whose focus is ``node``."""
        return Zipper(self.psg.replace_node(self.focus, node), self.focus, self.path)

    def edit(self, **changes) -> "Zipper":
        """``z.edit(label="y")``: replace fields of the focused node."""
        return self.replace(replace(self.node, **changes))
