"""What inference knows of a value (:class:`Type`) and of a function (:class:`FunctionSystem`).

>>> t = Type(unit=None)
>>> t.literal, t.opaque, t.items
(False, False, None)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from psg.graph import PSG, Span

from .obligations import Obligation, Size
from .scales import Scale
from .terms import DimTerm

_DIMLESS = DimTerm()


@dataclass(frozen=True, slots=True)
class Type:
    """What is known of a value: its dimension term, shape (None: unknown), kind, and more:

    * ``unit``: the scale of its numbers (ft, km/h, degC); None when not known;
    * ``lits``: literal factors ``(value, node, power)`` applied to it (maybe a conversion),
      and ``shift``, a number added to it (maybe a temperature's offset);
    * ``literal``: a bare number (``value``), which takes the unit its context needs;
    * ``items``: a tuple's items; ``container``: ``list``/``dict`` of values of this type;
    * ``cls``: an instance of an analysed class;
    """

    dim: DimTerm = _DIMLESS
    shape: tuple[Size, ...] | None = None
    kind: str | None = None
    opaque: bool = False  # a fresh unknown nothing constrains (result of an unknown call)
    unit: Scale | None = None
    lits: tuple = ()
    shift: float = 0.0
    literal: bool = False
    value: float | None = None
    node: int = -1
    items: tuple | None = None
    container: str | None = None
    cls: str | None = None


def _literal(value: float | None = None, node: int = -1, shape=None) -> Type:
    return Type(shape=shape, literal=True, value=value, node=node)


@dataclass
class FunctionSystem:
    """The obligations of one function, with its parameters' and result's types."""

    name: str
    node: int
    span: Span
    params: list[tuple[str, Type, bool]] = field(default_factory=list)  # (name, type, annotated)
    result: Type | None = None
    declared: Type | None = None
    obligations: list[Obligation] = field(default_factory=list)
    names: dict[str, Type] = field(default_factory=dict)
    notes: list[tuple[Span, str]] = field(default_factory=list)
    law: dict | None = None
    skipped: int = 0        # checks left out because a value's unit is unknown
    cls: str | None = None  # the class this function is a method of
    declared_names: set = field(default_factory=set)  # local names with a unit annotation
    size_symbols: set = field(default_factory=set)    # size names of its annotations (jaxtyping dimensions)
    _exported: list | None = field(default=None, repr=False)
    _constrained: set = field(default_factory=set, repr=False)

    def exported(self) -> list[Obligation]:
        """The obligations a call must copy: those with unknowns connected (through shared
        unknowns) to the parameters' or the result's. The others hold or fail inside this
        function whatever the caller passes, and are decided here once."""
        if self._exported is None:
            parent: dict[int, int] = {}

            def find(v: int) -> int:
                while parent.setdefault(v, v) != v:
                    parent[v] = parent[parent[v]]
                    v = parent[v]
                return v

            symbolic = [o for o in self.obligations if o.theory == "dim" and not o.concrete]
            for o in symbolic:
                vs = o.left.vars + o.right.vars
                for v in vs[1:]:
                    parent[find(v)] = find(vs[0])
            roots = {find(v) for t in [*(t for _, t, _ in self.params), self.result or Type()]
                     for v in _vars_of(t)}
            self._exported = [o for o in symbolic if find((o.left.vars + o.right.vars)[0]) in roots]
            self._constrained = {v for o in self._exported for v in o.left.vars + o.right.vars} | \
                set(_vars_of(self.result or Type()))
        return self._exported

    def constrained(self, t: Type) -> bool:
        """Does anything in this function (its exported obligations, its result) constrain
        the unknowns of ``t``, the type of one of its parameters?"""
        self.exported()
        return any(v in self._constrained for v in _vars_of(t)) or t.dim.concrete


@dataclass
class System:
    """Everything inference found: one system per function (and ``<module>`` code)."""

    functions: dict[str, FunctionSystem]
    var_names: dict[int, str]
    psg: PSG
    problems: list = field(default_factory=list)  # code too deeply nested to analyse (SourceErrors)
    classes: dict = field(default_factory=dict)   # label -> ClassInfo (what other files read of them)
    by_node: dict = field(default_factory=dict)   # function node -> its system (names may repeat)


def _element(t: Type) -> Type:
    """The type of one element of ``t`` (an array, a list, a tuple of one type)."""
    if t.literal:
        return _literal(shape=t.shape[1:] if t.shape else None)
    if t.container == "dict":  # iterating a dict gives its keys
        return Type(opaque=True)
    return Type(t.dim, t.shape[1:] if t.shape else None, t.kind, t.opaque, t.unit, t.lits, t.shift,
                cls=None if t.container is None else t.cls)


def _vars_of(t: Type):
    yield from t.dim.vars
    for x in t.items or ():
        yield from _vars_of(x)
