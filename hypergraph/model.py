"""The knowledge hypergraph: quantities are nodes, law directions are hyperedges.

A :class:`KnowledgeGraph` is an immutable view of the PSG of the law modules. Each law
contributes one hyperedge per usable direction (the law as written, and every solved
form that Z3 proved equivalent): its inputs are the law's other variables, its output
the solved-for variable. The CSR :class:`~hypergraph.incidence.Incidence` holds the
hyperedges for the fast paths (closure, spiking); the law objects hold the metadata.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from psg.graph import Span
from psg.units import Dimension

from .directions import Direction
from .incidence import Incidence


@dataclass(frozen=True)
class Quantity:
    """A quantity of the namespace: ``E_k``, "kinetic energy", J, kind energy.

    ``of`` is the kind of object it describes when that is not the law's own object (the
    place's ``g``); ``member`` makes a numbered symbol a quantity of a law's member object
    (``m1`` is ``("m", 1)``: the mass of the first body); ``assumes`` bound every value."""

    symbol: str
    name: str
    unit: str
    dimension: Dimension
    kind: str = ""
    synonyms: tuple[str, ...] = ()
    span: Span | None = field(default=None, compare=False)
    of: str = ""
    member: tuple[str, int] | None = None
    assumes: tuple[str, ...] = ()
    same_as: str = ""           # the plain quantity this one is, of its object (rho_f is the fluid's rho)

    def __repr__(self) -> str:
        return f"<Quantity {self.symbol}: {self.name} [{self.unit}]>"

    @property
    def base(self) -> str:
        """The plain quantity this symbol stands for on its object (``m1`` -> ``m``)."""
        return self.member[0] if self.member is not None else self.same_as or self.symbol


@dataclass(frozen=True)
class ObjectKind:
    """A kind of object laws describe (``string``, ``pendulum``), below ``parent`` in the tree."""

    name: str
    parent: str = ""
    nouns: tuple[str, ...] = ()
    description: str = ""
    span: Span | None = field(default=None, compare=False)
    implicit: bool = False     # surroundings: present in every set-up whose laws need one

    def __repr__(self) -> str:
        return f"<ObjectKind {self.name}" + (f" (a {self.parent})>" if self.parent else ">")


ROOT_KIND = ObjectKind("thing", "", (), "anything a law can describe (the root kind)")


@dataclass(frozen=True)
class Constant:
    """A physical constant a law uses, with its SI value (CODATA through scipy, or a literal)."""

    name: str
    value: float
    unit: str
    source: str = "literal"
    span: Span | None = field(default=None, compare=False)

    def __repr__(self) -> str:
        return f"<Constant {self.name} = {self.value:.10g} {self.unit}>"


@dataclass(frozen=True)
class Law:
    """A law: ``output = expression(inputs, constants)``, with every direction solved."""

    id: str
    name: str
    description: str
    field: str
    output: str
    inputs: tuple[str, ...]
    expression: str
    assumes: tuple[str, ...] = ()
    valid: str = ""
    cost: int = 1
    constants: tuple[str, ...] = ()
    directions: tuple[Direction, ...] = ()
    proof: str = "proved"
    span: Span | None = field(default=None, compare=False)
    on: str = "thing"                        # the kind of object the law describes
    of: tuple[tuple[str, str], ...] = ()     # variable -> kind of the other object it describes here
    members: str = ""                        # the kind of the numbered member objects (m1, m2)
    conditions: tuple[str, ...] = ()         # relations that must hold for the law to apply
    premise: str = ""                        # a set-up fact no value shows ("... [polarized]")

    def __repr__(self) -> str:
        expr = self.expression if len(self.expression) <= 60 else self.expression[:57] + "..."
        return f"<Law {self.id}: {self.output} = {expr} ({len(self.directions)} directions)>"

    @property
    def variables(self) -> tuple[str, ...]:
        return (self.output, *self.inputs)

    def _repr_latex_(self) -> str:  # notebooks: the law as written, in LaTeX (sympy)
        from .symbolic import formula, latex, symbol_latex

        return f"$${symbol_latex(self.output)} = {latex(formula(self.expression))}$$"

    def direction(self, variable: str) -> Direction | None:
        for d in self.directions:
            if d.variable == variable:
                return d
        return None


@dataclass(frozen=True)
class Limit:
    """An inequality every set-up of kind ``on`` satisfies (``eta <= 1 - T_c/T_h`` on an
    engine): givens that break it make a question ill-posed. ``variables`` are the
    quantities it relates; ``of`` maps a variable to another kind (as a law's ``of``)."""

    id: str
    name: str
    relation: str
    on: str = "thing"
    of: tuple[tuple[str, str], ...] = ()
    variables: tuple[str, ...] = ()
    why: str = ""
    span: Span | None = field(default=None, compare=False)

    def __repr__(self) -> str:
        return f"<Limit {self.id}: {self.relation} on {self.on}>"


@dataclass(frozen=True, eq=False)
class KnowledgeGraph:
    """Quantities, constants and laws, with the hyperedges of every usable law direction."""

    quantities: tuple[Quantity, ...]
    constants: tuple[Constant, ...]
    laws: tuple[Law, ...]
    content_hash: str
    edge_law: np.ndarray = field(repr=False, default=None)        # law index of each hyperedge
    edge_variable: tuple[str, ...] = field(repr=False, default=())  # the variable each hyperedge derives
    incidence: Incidence = field(repr=False, default=None)
    kinds: tuple[ObjectKind, ...] = (ROOT_KIND,)
    limits: tuple[Limit, ...] = ()

    def __repr__(self) -> str:
        return (f"<KnowledgeGraph: {len(self.quantities)} quantities, {len(self.laws)} laws, "
                f"{len(self.constants)} constants, {len(self.kinds)} kinds of object, hash {self.content_hash[:12]}>")

    def __post_init__(self) -> None:
        if self.incidence is None:
            edges, law_of, var_of = [], [], []
            index = self.index
            for k, law in enumerate(self.laws):
                if not law.inputs:
                    # a kind's constant (an electron's mass) holds only for an object of that
                    # kind: set-ups bind it; in this one-node-per-symbol graph it would make
                    # every mass known from nothing
                    continue
                for d in law.directions:
                    if not d.usable:
                        continue
                    ins = [index[v] for v in law.variables if v != d.variable]
                    edges.append((ins, index[d.variable], law.cost))
                    law_of.append(k)
                    var_of.append(d.variable)
            object.__setattr__(self, "incidence", Incidence.from_edges(len(self.quantities), edges))
            object.__setattr__(self, "edge_law", np.asarray(law_of, dtype=np.int64))
            object.__setattr__(self, "edge_variable", tuple(var_of))

    def __getattr__(self, name: str):
        # a graph read from its snapshot (hypergraph.snapshot) parses its PSG and proves its
        # units on first use of either: ``_lazy`` returns both
        lazy = self.__dict__.get("_lazy")
        if lazy is None or name not in ("psg", "proof_report"):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        psg, report = lazy()
        object.__setattr__(self, "psg", psg)
        object.__setattr__(self, "proof_report", report)
        return self.__dict__[name]

    # -- look-ups ----------------------------------------------------------------
    @cached_property
    def index(self) -> dict[str, int]:
        """Quantity symbol -> node id."""
        return {q.symbol: i for i, q in enumerate(self.quantities)}

    def quantity(self, symbol: str) -> Quantity:
        return self.quantities[self.index[symbol]]

    @cached_property
    def constant_values(self) -> dict[str, float]:
        return {c.name: c.value for c in self.constants}

    @cached_property
    def law_index(self) -> dict[str, int]:
        return {law.id: k for k, law in enumerate(self.laws)}

    def law(self, law_id: str) -> Law:
        return self.laws[self.law_index[law_id]]

    def edge(self, e: int) -> tuple[Law, Direction]:
        """The law and direction behind hyperedge ``e``."""
        law = self.laws[int(self.edge_law[e])]
        return law, law.direction(self.edge_variable[e])

    # -- kinds of object ------------------------------------------------------------
    @cached_property
    def kind_index(self) -> dict[str, ObjectKind]:
        return {k.name: k for k in self.kinds}

    @cached_property
    def _ancestry(self) -> dict[str, tuple[str, ...]]:
        out = {}
        for k in self.kinds:
            chain, name = [], k.name
            while name and name not in chain:
                chain.append(name)
                name = self.kind_index[name].parent if name in self.kind_index else ""
            out[k.name] = tuple(chain)
        return out

    def ancestors(self, kind: str) -> tuple[str, ...]:
        """``kind`` and every kind above it, nearest first: pendulum, body, matter, thing."""
        return self._ancestry.get(kind, (kind,))

    def is_a(self, kind: str, other: str) -> bool:
        """Whether an object of ``kind`` is also of kind ``other`` (a pendulum is a body)."""
        return other in self.ancestors(kind)

    def laws_of(self, symbol: str) -> list[Law]:
        """Every law in which the quantity takes part."""
        return [law for law in self.laws if symbol in law.variables]

    @property
    def n_directions(self) -> int:
        return sum(len(law.directions) for law in self.laws)

    def summary(self) -> dict[str, int]:
        statuses = [d.status for law in self.laws for d in law.directions]
        return {"quantities": len(self.quantities), "laws": len(self.laws), "constants": len(self.constants),
                "hyperedges": self.incidence.n_edges, **{s: statuses.count(s) for s in sorted(set(statuses))}}

    # -- views ---------------------------------------------------------------------
    def to_networkx(self):
        """A bipartite ``networkx.DiGraph``: quantity nodes (bipartite=0) and law nodes (bipartite=1);
        edges input -> law and law -> output for the law as written."""
        import networkx as nx

        g = nx.DiGraph()
        for q in self.quantities:
            g.add_node(q.symbol, bipartite=0, kind="quantity", name=q.name, unit=q.unit)
        for law in self.laws:
            g.add_node(law.id, bipartite=1, kind="law", name=law.name, field=law.field)
            for v in law.inputs:
                g.add_edge(v, law.id)
            g.add_edge(law.id, law.output)
        return g

    def subgraph(self, law_ids) -> "KnowledgeGraph":
        """The sub-hypergraph of the given laws and the quantities they use."""
        keep = [self.law(i) for i in law_ids]
        used = {v for law in keep for v in law.variables}
        qs = tuple(q for q in self.quantities if q.symbol in used)
        limits = tuple(lim for lim in self.limits if set(lim.variables) <= used)
        return KnowledgeGraph(qs, self.constants, tuple(keep), self.content_hash, kinds=self.kinds, limits=limits)

    def _repr_html_(self) -> str:  # notebooks: see hypergraph.display
        from .display import kg_html

        return kg_html(self)

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:  # a short text/plain, not every law
        from .display import kg_summary_text

        return {"text/plain": kg_summary_text(self), "text/html": self._repr_html_()}
