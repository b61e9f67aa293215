"""RDF (Turtle) and JSON views of a :class:`KnowledgeGraph`, both lossless.

The vocabulary lives at ``https://oracle-hypergraph.example/vocab#`` (prefix ``ohg:``;
``.example`` is reserved, so the namespace never clashes and never resolves). Quantities
and constants link to QUDT units (``qudt:hasUnit``) and quantity kinds
(``qudt:hasQuantityKind``) where QUDT has them; our own unit and kind strings are kept as
literals, and they are what import reads, so ``from_turtle(to_turtle(kg))`` gives back the
same graph field for field (order included: members carry ``ohg:index``; tuples are RDF
lists). See ``docs/rdf.md`` for the vocabulary and an example.

Import reads data only: nothing in the RDF or JSON is executed or fetched. Malformed input
raises :class:`RdfError` naming what is wrong and where (line for syntax errors; subject IRI
and property for missing or ill-typed values; the JSON path for JSON).

>>> from hypergraph.model import Quantity, Law, KnowledgeGraph
>>> from hypergraph.directions import Direction
>>> from psg.units import Dimension
>>> qs = (Quantity("m", "mass", "kg", Dimension.of(M=1)), Quantity("v", "speed", "m/s", Dimension.of(L=1, T=-1)),
...       Quantity("p", "momentum", "kg*m/s", Dimension.of(L=1, M=1, T=-1)))
>>> law = Law("mech.momentum", "momentum", "p = m v", "mech", "p", ("m", "v"), "m*v",
...           directions=(Direction("p", "m*v", "law"), Direction("m", "p/v", "proved")))
>>> kg = KnowledgeGraph(qs, (), (law,), "abc123")
>>> back = from_turtle(to_turtle(kg, qudt=False))
>>> back.laws == kg.laws and back.quantities == kg.quantities, back.incidence.n_edges
(True, 2)
>>> from_json(to_json(kg)).laws == kg.laws
True
"""
from __future__ import annotations

import io
import json
import logging
import math
import re
from contextlib import contextmanager
from fractions import Fraction
from urllib.parse import quote

from psg.graph import Span
from psg.units import BASE, Dimension

from .directions import Direction
from .model import ROOT_KIND, Constant, KnowledgeGraph, Law, ObjectKind, Quantity

VOCAB = "https://oracle-hypergraph.example/vocab#"
KB_BASE = "https://oracle-hypergraph.example/kb/"
FORMAT_VERSION = 2
JSON_FORMAT = "oracle-hypergraph/knowledge-graph"


class RdfError(ValueError):
    """Malformed RDF or JSON for a knowledge graph: says what is wrong and where."""


# -- dimensions as text -------------------------------------------------------------------
def dimension_text(dim: Dimension) -> str:
    """``Dimension.of(L=1, T=-1)`` -> ``'L=1 T=-1'``; ``'1'`` when dimensionless; exact fractions.

    >>> dimension_text(Dimension.of(L=Fraction(1, 2), H=-1)), dimension_text(Dimension())
    ('L=1/2 Θ=-1', '1')
    """
    parts = [f"{b}={e}" for b, e in zip(BASE, dim.exps) if e]
    return " ".join(parts) or "1"


_DIM_PART = re.compile(r"^(L|M|T|I|Θ|H|N|J)=(-?\d+(?:/\d+)?)$")


def parse_dimension_text(text: str, where: str) -> Dimension:
    """The inverse of :func:`dimension_text`; ``where`` names the place in errors."""
    if not isinstance(text, str):
        raise RdfError(f"{where}: a dimension must be text like 'L=1 T=-1', got {text!r}")
    if text.strip() == "1":
        return Dimension()
    exps = [Fraction(0)] * 7
    seen = set()
    for part in text.split():
        m = _DIM_PART.match(part)
        if not m:
            raise RdfError(f"{where}: cannot read dimension {text!r} (expected e.g. 'L=1 M=1 T=-2', "
                           f"base symbols {' '.join(BASE)}, or '1')")
        base = "Θ" if m.group(1) == "H" else m.group(1)
        if base in seen:
            raise RdfError(f"{where}: dimension {text!r} names {base} twice")
        seen.add(base)
        num, _, den = m.group(2).partition("/")
        if den and int(den) == 0:
            raise RdfError(f"{where}: dimension {text!r} divides by zero")
        exps[BASE.index(base)] = Fraction(m.group(2))
    if not seen:
        raise RdfError(f"{where}: empty dimension (write '1' for a dimensionless quantity)")
    return Dimension(tuple(exps))


# -- IRIs -------------------------------------------------------------------------------------
def _q(text: str) -> str:
    """IRI-safe text for any text (injective: only ``A-Za-z0-9_.-~`` stay as they are)."""
    return quote(text, safe="")


def kb_iri(kg: KnowledgeGraph) -> str:
    """The IRI of the knowledge graph itself, one per content hash; its members' IRIs are
    ``<kb_iri>quantity-<symbol>``, ``constant-<name>``, ``law-<id>`` (percent-encoded)."""
    return f"{KB_BASE}{_q(kg.content_hash)}/"


def _check_names(kg: KnowledgeGraph) -> None:
    for what, names in (("quantity symbol", [q.symbol for q in kg.quantities]),
                        ("constant name", [c.name for c in kg.constants]),
                        ("law id", [law.id for law in kg.laws])):
        seen = set()
        for n in names:
            if n in seen:
                raise RdfError(f"{what} {n!r} appears twice in the knowledge graph; names must be unique")
            seen.add(n)


# -- Turtle ---------------------------------------------------------------------------------------
def to_graph(kg: KnowledgeGraph, *, qudt=True):
    """The knowledge graph as an ``rdflib.Graph``.

    ``qudt``: True (the shared QUDT files, if present), False/None (no QUDT IRIs), or a
    :class:`hypergraph.qudt.Qudt`.
    """
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.collection import Collection
    from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

    _check_names(kg)
    Q = _qudt(qudt)
    O = _Vocab()
    QUDT = Namespace("http://qudt.org/schema/qudt/")
    g = Graph()
    for prefix, ns in (("ohg", VOCAB), ("qudt", str(QUDT)), ("unit", "http://qudt.org/vocab/unit/"),
                       ("quantitykind", "http://qudt.org/vocab/quantitykind/"), ("dcterms", str(DCTERMS)),
                       ("rdfs", str(RDFS)), ("xsd", str(XSD))):
        g.bind(prefix, ns, override=True, replace=True)
    base = kb_iri(kg)
    kb = URIRef(base)
    s = lambda text: Literal(text)  # noqa: E731 - plain xsd:string literals
    n = lambda value: Literal(str(int(value)), datatype=XSD.integer)  # noqa: E731

    def strings(values) -> object:
        node = BNode() if values else RDF.nil
        if values:
            Collection(g, node, [s(v) for v in values])
        return node

    def span(subject, sp: Span | None, tag: str) -> None:
        if sp is None:
            return
        b = BNode(f"span-{tag}")
        g.add((subject, O.span, b))
        g.add((b, RDF.type, O.Span))
        g.add((b, O.file, s(sp.file)))
        for prop, value in (("line", sp.line), ("column", sp.col), ("endLine", sp.end_line), ("endColumn", sp.end_col)):
            g.add((b, O[prop], n(value)))

    g.add((kb, RDF.type, O.KnowledgeGraph))
    g.add((kb, O.formatVersion, n(FORMAT_VERSION)))
    g.add((kb, O.contentHash, s(kg.content_hash)))
    qnode = {}
    for i, q in enumerate(kg.quantities):
        node = qnode[q.symbol] = URIRef(f"{base}quantity-{_q(q.symbol)}")
        g.add((kb, O.quantity, node))
        g.add((node, RDF.type, O.Quantity))
        g.add((node, O.index, n(i)))
        g.add((node, O.symbol, s(q.symbol)))
        g.add((node, RDFS.label, s(q.name)))
        g.add((node, O.unit, s(q.unit)))
        g.add((node, O.dimension, s(dimension_text(q.dimension))))
        if q.kind:
            g.add((node, O.kind, s(q.kind)))
        if q.synonyms:
            g.add((node, O.synonyms, strings(q.synonyms)))
        if q.of:
            g.add((node, O.ofKind, s(q.of)))
        if q.same_as:
            g.add((node, O.sameAs, s(q.same_as)))
        if q.member is not None:
            g.add((node, O.memberOf, s(q.member[0])))
            g.add((node, O.memberNumber, n(q.member[1])))
        if q.assumes:
            g.add((node, O.domain, strings(q.assumes)))
        if Q is not None:
            iri = _unit_iri(Q, q.unit)
            if iri:
                g.add((node, QUDT.hasUnit, URIRef(iri)))
            iri = Q.kind_iri(q.kind, q.dimension) if q.kind else None
            if iri:
                g.add((node, QUDT.hasQuantityKind, URIRef(iri)))
        span(node, q.span, f"q{i:07d}")
    for i, k in enumerate(kg.kinds):
        node = URIRef(f"{base}kind-{_q(k.name)}")
        g.add((kb, O.objectKind, node))
        g.add((node, RDF.type, O.ObjectKind))
        g.add((node, O.index, n(i)))
        g.add((node, RDFS.label, s(k.name)))
        if k.parent:
            g.add((node, O.isA, s(k.parent)))
        if k.nouns:
            g.add((node, O.nouns, strings(k.nouns)))
        if k.description:
            g.add((node, DCTERMS.description, s(k.description)))
        if k.implicit:
            g.add((node, O.implicit, Literal("true", datatype=XSD.boolean)))
        span(node, k.span, f"k{i:07d}")
    cnode = {}
    for i, c in enumerate(kg.constants):
        node = cnode[c.name] = URIRef(f"{base}constant-{_q(c.name)}")
        g.add((kb, O.constant, node))
        g.add((node, RDF.type, O.Constant))
        g.add((node, O.index, n(i)))
        g.add((node, O.name, s(c.name)))
        g.add((node, O.value, Literal(_double_lexical(c.value), datatype=XSD.double)))
        g.add((node, O.unit, s(c.unit)))
        if c.source != "literal":
            g.add((node, O.source, s(c.source)))
        if Q is not None:
            iri = _unit_iri(Q, c.unit)
            if iri:
                g.add((node, QUDT.hasUnit, URIRef(iri)))
        span(node, c.span, f"c{i:07d}")
    for i, law in enumerate(kg.laws):
        node = URIRef(f"{base}law-{_q(law.id)}")

        def ref(table, name, what):
            if name not in table:
                raise RdfError(f"law {law.id!r} refers to {what} {name!r}, which the knowledge graph does not declare")
            return table[name]

        g.add((kb, O.law, node))
        g.add((node, RDF.type, O.Law))
        g.add((node, O.index, n(i)))
        g.add((node, O.lawId, s(law.id)))
        g.add((node, RDFS.label, s(law.name)))
        if law.description:
            g.add((node, DCTERMS.description, s(law.description)))
        g.add((node, O.field, s(law.field)))
        g.add((node, O.output, ref(qnode, law.output, "quantity")))
        ins = BNode() if law.inputs else RDF.nil
        if law.inputs:
            Collection(g, ins, [ref(qnode, v, "quantity") for v in law.inputs])
        g.add((node, O.inputs, ins))
        g.add((node, O.expression, s(law.expression)))
        if law.assumes:
            g.add((node, O.assumes, strings(law.assumes)))
        if law.valid:
            g.add((node, O.validity, s(law.valid)))
        g.add((node, O.on, s(law.on)))
        for var, kind in law.of:
            b = BNode(f"of-{i:07d}-{_q(var)}")
            g.add((node, O.partner, b))
            g.add((b, O.variable, s(var)))
            g.add((b, O.ofKind, s(kind)))
        if law.members:
            g.add((node, O.members, s(law.members)))
        if law.conditions:
            g.add((node, O.conditions, strings(law.conditions)))
        if law.premise:
            g.add((node, O.premise, s(law.premise)))
        g.add((node, O.cost, n(law.cost)))
        if law.constants:
            cs = BNode()
            Collection(g, cs, [ref(cnode, c, "constant") for c in law.constants])
            g.add((node, O.usesConstants, cs))
        g.add((node, O.proof, s(law.proof)))
        for k, d in enumerate(law.directions):
            dn = BNode(f"direction-{i:07d}-{k:07d}")  # named so that the output is the same every time
            g.add((node, O.direction, dn))
            g.add((dn, RDF.type, O.Direction))
            g.add((dn, O.index, n(k)))
            g.add((dn, O.solvesFor, ref(qnode, d.variable, "quantity")))
            g.add((dn, O.formula, s(d.formula)))
            g.add((dn, O.status, s(d.status)))
            if d.note:
                g.add((dn, O.note, s(d.note)))
        span(node, law.span, f"l{i:07d}")
    return g


def to_turtle(kg: KnowledgeGraph, *, qudt=True) -> str:
    """The knowledge graph in Turtle (``qudt``: as in :func:`to_graph`)."""
    from rdflib.plugins.serializers.turtle import TurtleSerializer

    class _ExactTurtle(TurtleSerializer):
        # rdflib writes xsd:double in short form with 7 digits; keep the full lexical form
        def label(self, node, position):
            from rdflib import Literal
            from rdflib.namespace import XSD

            if isinstance(node, Literal) and node.datatype == XSD.double:
                return node._literal_n3(use_plain=False, qname_callback=lambda dt: self.get_pname(dt, True))
            return super().label(node, position)

    buf = io.BytesIO()
    _ExactTurtle(to_graph(kg, qudt=qudt)).serialize(buf, base=kb_iri(kg), encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def _double_lexical(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    return repr(float(value))


def _qudt(qudt):
    if qudt is True:
        from . import qudt as qudt_mod

        return qudt_mod.load() if qudt_mod.available() else None
    return qudt or None


def _unit_iri(Q, unit: str) -> str | None:
    from psg.units import UnitError

    try:
        return Q.unit_iri(unit)
    except UnitError:
        return None


@contextmanager
def _quiet_rdflib():
    # rdflib logs a traceback for every ill-typed literal; we report those ourselves
    log = logging.getLogger("rdflib.term")
    old = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(old)


def from_turtle(text: str) -> KnowledgeGraph:
    """Read a knowledge graph back from Turtle written by :func:`to_turtle` (or by hand)."""
    import rdflib
    from rdflib.plugins.parsers.notation3 import BadSyntax

    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as err:
            raise RdfError(f"Turtle must be UTF-8: byte {err.start} is not") from None
    if not isinstance(text, str):
        raise RdfError(f"from_turtle expects Turtle text, got {type(text).__name__}")
    g = rdflib.Graph()
    with _quiet_rdflib():
        try:
            g.parse(data=text, format="turtle")
        except BadSyntax as err:
            i = getattr(err, "_i", None)
            src = getattr(err, "_str", b"")
            col = (i - src.rfind(b"\n", 0, i)) if isinstance(i, int) and isinstance(src, bytes) else "?"
            raise RdfError(f"Turtle syntax error at line {err.lines + 1}, column {col}: "
                           f"{getattr(err, '_why', str(err))}") from None
        except (SyntaxError, ValueError, TypeError) as err:
            raise RdfError(f"Turtle syntax error: {err}") from None
        except RecursionError:
            raise RdfError("Turtle nested too deeply to read") from None
        return from_graph(g)


def from_graph(g) -> KnowledgeGraph:
    """Read a knowledge graph from an ``rdflib.Graph`` (see :func:`from_turtle`)."""
    return _GraphReader(g).read()


class _GraphReader:
    def __init__(self, g) -> None:
        from rdflib.namespace import DCTERMS, RDF, RDFS

        self.g, self.O, self.RDF, self.RDFS, self.DCTERMS = g, _Vocab(), RDF, RDFS, DCTERMS

    # values --------------------------------------------------------------------------------
    def _name(self, prop) -> str:
        p = str(prop)
        for prefix, ns in (("ohg:", VOCAB), ("rdfs:", str(self.RDFS)), ("dcterms:", str(self.DCTERMS)), ("rdf:", str(self.RDF))):
            if p.startswith(ns):
                return prefix + p[len(ns):]
        return f"<{p}>"

    def _where(self, subject, prop) -> str:
        s = f"<{subject}>" if not _is_bnode(subject) else f"blank node _:{subject}"
        return f"{s} {self._name(prop)}"

    def one(self, subject, prop, *, required: bool = True):
        values = list(self.g.objects(subject, prop))
        if len(values) > 1:
            raise RdfError(f"{self._where(subject, prop)}: {len(values)} values; expected exactly one")
        if not values:
            if required:
                raise RdfError(f"{self._where(subject, prop)}: missing (required property)")
            return None
        return values[0]

    def string(self, subject, prop, default: str | None = None) -> str:
        from rdflib import Literal
        from rdflib.namespace import RDF, XSD

        v = self.one(subject, prop, required=default is None)
        if v is None:
            return default
        if not isinstance(v, Literal) or (v.datatype not in (None, XSD.string, RDF.langString)):
            raise RdfError(f"{self._where(subject, prop)}: expected a string literal, got {_show(v)}")
        return str(v)

    def integer(self, subject, prop, default: int | None = None) -> int:
        from rdflib import Literal
        from rdflib.namespace import XSD

        v = self.one(subject, prop, required=default is None)
        if v is None:
            return default
        value = v.toPython() if isinstance(v, Literal) else None
        if not isinstance(v, Literal) or v.datatype not in _INTEGER_TYPES(XSD) or not isinstance(value, int) \
                or isinstance(value, bool):
            raise RdfError(f"{self._where(subject, prop)}: expected an xsd:integer literal, got {_show(v)}")
        return int(value)

    def double(self, subject, prop) -> float:
        from decimal import Decimal

        from rdflib import Literal
        from rdflib.namespace import XSD

        v = self.one(subject, prop)
        ok = isinstance(v, Literal) and v.datatype in (XSD.double, XSD.float, XSD.decimal, *_INTEGER_TYPES(XSD))
        value = v.toPython() if ok else None  # an ill-typed literal stays a Literal
        if isinstance(value, (float, int, Decimal)) and not isinstance(value, bool):
            return float(value)
        raise RdfError(f"{self._where(subject, prop)}: expected an xsd:double literal, got {_show(v)}")

    def node(self, subject, prop, table: dict, what: str, required: bool = True):
        v = self.one(subject, prop, required=required)
        if v is None:
            return None
        if v not in table:
            raise RdfError(f"{self._where(subject, prop)}: {_show(v)} is not {what} of this knowledge graph")
        return table[v]

    def items(self, subject, prop, *, required: bool = False) -> list:
        from rdflib.namespace import RDF

        head = self.one(subject, prop, required=required)
        if head is None:
            return []
        out, seen, cur = [], set(), head
        while cur != RDF.nil:
            if cur in seen or not _is_bnode(cur) and cur != RDF.nil:
                raise RdfError(f"{self._where(subject, prop)}: not a well-formed RDF list (at {_show(cur)})")
            seen.add(cur)
            first = list(self.g.objects(cur, RDF.first))
            rest = list(self.g.objects(cur, RDF.rest))
            if len(first) != 1 or len(rest) != 1:
                raise RdfError(f"{self._where(subject, prop)}: not a well-formed RDF list "
                               f"(a list node needs one rdf:first and one rdf:rest)")
            out.append(first[0])
            cur = rest[0]
        return out

    def strings(self, subject, prop) -> tuple[str, ...]:
        from rdflib import Literal
        from rdflib.namespace import RDF, XSD

        out = []
        for k, v in enumerate(self.items(subject, prop)):
            if not isinstance(v, Literal) or v.datatype not in (None, XSD.string, RDF.langString):
                raise RdfError(f"{self._where(subject, prop)} item {k}: expected a string literal, got {_show(v)}")
            out.append(str(v))
        return tuple(out)

    def members(self, kb, prop, cls, what: str) -> list:
        """The members linked by ``prop``, checked for type and sorted by their ``ohg:index``."""
        nodes = list(self.g.objects(kb, prop))
        indexed = {}
        for m in nodes:
            if (m, self.RDF.type, cls) not in self.g:
                raise RdfError(f"{_show(m)} is linked by {self._name(prop)} but is not typed {self._name(cls)}")
            i = self.integer(m, self.O.index)
            if i in indexed:
                raise RdfError(f"{_show(m)} and {_show(indexed[i])}: two {what}s with ohg:index {i}")
            indexed[i] = m
        return [indexed[i] for i in sorted(indexed)]

    def span(self, subject) -> Span | None:
        b = self.one(subject, self.O.span, required=False)
        if b is None:
            return None
        O = self.O
        return Span(self.string(b, O.file), self.integer(b, O.line), self.integer(b, O.column),
                    self.integer(b, O.endLine), self.integer(b, O.endColumn))

    # the graph ------------------------------------------------------------------------------------
    def read(self) -> KnowledgeGraph:
        O, RDF, RDFS = self.O, self.RDF, self.RDFS
        kbs = list(self.g.subjects(RDF.type, O.KnowledgeGraph))
        if len(kbs) != 1:
            raise RdfError(f"expected exactly one ohg:KnowledgeGraph (namespace {VOCAB}), found {len(kbs)}")
        kb = kbs[0]
        version = self.integer(kb, O.formatVersion)
        if version != FORMAT_VERSION:
            raise RdfError(f"{self._where(kb, O.formatVersion)}: version {version} is not supported (this reads {FORMAT_VERSION})")
        content_hash = self.string(kb, O.contentHash)

        quantities, qsym = [], {}
        for m in self.members(kb, O.quantity, O.Quantity, "quantity"):
            sym = self.string(m, O.symbol)
            if sym in qsym.values():
                raise RdfError(f"{self._where(m, O.symbol)}: symbol {sym!r} is used by two quantities")
            qsym[m] = sym
            member = None
            if self.one(m, O.memberOf, required=False) is not None:
                member = (self.string(m, O.memberOf), self.integer(m, O.memberNumber))
            quantities.append(Quantity(sym, self.string(m, RDFS.label), self.string(m, O.unit),
                                       parse_dimension_text(self.string(m, O.dimension), self._where(m, O.dimension)),
                                       self.string(m, O.kind, ""), self.strings(m, O.synonyms), self.span(m),
                                       self.string(m, O.ofKind, ""), member, self.strings(m, O.domain),
                                       self.string(m, O.sameAs, "")))
        kinds = [ObjectKind(self.string(m, RDFS.label), self.string(m, O.isA, ""), self.strings(m, O.nouns),
                            self.string(m, self.DCTERMS.description, ""), self.span(m),
                            str(self.one(m, O.implicit, required=False)) == "true")
                 for m in self.members(kb, O.objectKind, O.ObjectKind, "kind of object")]
        constants, cname = [], {}
        for m in self.members(kb, O.constant, O.Constant, "constant"):
            name = self.string(m, O.name)
            if name in cname.values():
                raise RdfError(f"{self._where(m, O.name)}: constant {name!r} is declared twice")
            cname[m] = name
            constants.append(Constant(name, self.double(m, O.value), self.string(m, O.unit),
                                      self.string(m, O.source, "literal"), self.span(m)))
        laws, ids = [], set()
        for m in self.members(kb, O.law, O.Law, "law"):
            law_id = self.string(m, O.lawId)
            if law_id in ids:
                raise RdfError(f"{self._where(m, O.lawId)}: law id {law_id!r} is used twice")
            ids.add(law_id)
            inputs = []
            for k, v in enumerate(self.items(m, O.inputs, required=True)):
                if v not in qsym:
                    raise RdfError(f"{self._where(m, O.inputs)} item {k}: {_show(v)} is not a quantity of this knowledge graph")
                inputs.append(qsym[v])
            consts = []
            for k, v in enumerate(self.items(m, O.usesConstants)):
                if v not in cname:
                    raise RdfError(f"{self._where(m, O.usesConstants)} item {k}: {_show(v)} is not a constant of this knowledge graph")
                consts.append(cname[v])
            directions = []
            for d in self.members(m, O.direction, O.Direction, "direction"):
                directions.append(Direction(self.node(d, O.solvesFor, qsym, "a quantity"), self.string(d, O.formula),
                                            self.string(d, O.status), self.string(d, O.note, "")))
            cost = self.integer(m, O.cost, 1)
            if cost < 1 and any(d.usable for d in directions):
                raise RdfError(f"{self._where(m, O.cost)}: cost {cost} must be >= 1 for a law with usable directions")
            partners = tuple(sorted((self.string(b, O.variable), self.string(b, O.ofKind))
                                    for b in self.g.objects(m, O.partner)))
            laws.append(Law(law_id, self.string(m, RDFS.label), self.string(m, self.DCTERMS.description, ""),
                            self.string(m, O.field), self.node(m, O.output, qsym, "a quantity"), tuple(inputs),
                            self.string(m, O.expression), self.strings(m, O.assumes), self.string(m, O.validity, ""),
                            cost, tuple(consts), tuple(directions), self.string(m, O.proof, "proved"), self.span(m),
                            self.string(m, O.on, "thing"), partners, self.string(m, O.members, ""),
                            self.strings(m, O.conditions), self.string(m, O.premise, "")))
        return _assemble(quantities, constants, laws, content_hash, kinds)


class _Vocab:
    """``_Vocab().index`` is the IRI ``ohg:index`` (rdflib's Namespace is a str, so
    ``Namespace(...).index`` would be ``str.index``)."""

    def __getattr__(self, name: str):
        from rdflib import URIRef

        return URIRef(VOCAB + name)

    def __getitem__(self, name: str):
        return self.__getattr__(name)


def _INTEGER_TYPES(XSD) -> tuple:
    return (XSD.integer, XSD.int, XSD.long, XSD.short, XSD.nonNegativeInteger, XSD.positiveInteger,
            XSD.nonPositiveInteger, XSD.negativeInteger)


def _is_bnode(node) -> bool:
    from rdflib import BNode

    return isinstance(node, BNode)


def _show(v) -> str:
    from rdflib import Literal

    if v is None:
        return "nothing"
    if isinstance(v, Literal):
        dt = f" of type <{v.datatype}>" if v.datatype else ""
        return f"literal {str(v)[:60]!r}{dt}"
    return f"blank node _:{v}" if _is_bnode(v) else f"<{v}>"


def _assemble(quantities, constants, laws, content_hash, kinds=()) -> KnowledgeGraph:
    symbols = {q.symbol for q in quantities}
    for law in laws:  # what the hyperedges of the usable directions need
        for d in law.directions:
            if d.usable:
                for v in (d.variable, *law.variables):
                    if v not in symbols:
                        raise RdfError(f"law {law.id!r}: its usable direction for {d.variable!r} needs {v!r}, "
                                       "which is not a declared quantity")
    try:
        return KnowledgeGraph(tuple(quantities), tuple(constants), tuple(laws), content_hash,
                              kinds=tuple(kinds) or (ROOT_KIND,))
    except (ValueError, TypeError, KeyError) as err:
        raise RdfError(f"the laws do not form a valid knowledge graph: {err}") from None


# -- JSON ------------------------------------------------------------------------------------------
def _span_json(sp: Span | None):
    return None if sp is None else {"file": sp.file, "line": sp.line, "col": sp.col,
                                    "end_line": sp.end_line, "end_col": sp.end_col}


def _float_json(x: float):
    return x if math.isfinite(x) else ("NaN" if math.isnan(x) else ("Infinity" if x > 0 else "-Infinity"))


def to_json(kg: KnowledgeGraph, *, indent: int | None = 1) -> str:
    """The knowledge graph as JSON (strict JSON: non-finite numbers are written as strings)."""
    _check_names(kg)
    doc = {
        "format": JSON_FORMAT, "version": FORMAT_VERSION, "content_hash": kg.content_hash,
        "quantities": [{"symbol": q.symbol, "name": q.name, "unit": q.unit, "dimension": dimension_text(q.dimension),
                        "kind": q.kind, "synonyms": list(q.synonyms), "of": q.of, "same_as": q.same_as,
                        "member": None if q.member is None else list(q.member), "assumes": list(q.assumes),
                        "span": _span_json(q.span)} for q in kg.quantities],
        "kinds": [{"name": k.name, "is_a": k.parent, "nouns": list(k.nouns), "description": k.description,
                   "implicit": k.implicit, "span": _span_json(k.span)} for k in kg.kinds],
        "constants": [{"name": c.name, "value": _float_json(c.value), "unit": c.unit, "source": c.source,
                       "span": _span_json(c.span)} for c in kg.constants],
        "laws": [{"id": law.id, "name": law.name, "description": law.description, "field": law.field,
                  "output": law.output, "inputs": list(law.inputs), "expression": law.expression,
                  "assumes": list(law.assumes), "valid": law.valid, "cost": law.cost,
                  "on": law.on, "of": [list(p) for p in law.of], "members": law.members,
                  "conditions": list(law.conditions), "premise": law.premise,
                  "constants": list(law.constants), "proof": law.proof,
                  "directions": [{"variable": d.variable, "formula": d.formula, "status": d.status, "note": d.note}
                                 for d in law.directions],
                  "span": _span_json(law.span)} for law in kg.laws],
    }
    return json.dumps(doc, ensure_ascii=False, indent=indent, allow_nan=False)


class _J:
    """Typed access to a JSON object, naming the path in errors."""

    def __init__(self, obj, path: str) -> None:
        if not isinstance(obj, dict):
            raise RdfError(f"{path or 'document'}: expected an object, got {_jtype(obj)}")
        self.obj, self.path = obj, path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, typ, default=...):
        if key not in self.obj:
            if default is ...:
                raise RdfError(f"{self.at(key)}: missing (required)")
            return default
        v = self.obj[key]
        if typ is int:
            ok = isinstance(v, int) and not isinstance(v, bool)
        else:
            ok = isinstance(v, typ)
        if not ok:
            raise RdfError(f"{self.at(key)}: expected {_jname(typ)}, got {_jtype(v)}")
        return v

    def strings(self, key: str, default=()) -> tuple[str, ...]:
        vs = self.get(key, list, default)
        for k, v in enumerate(vs):
            if not isinstance(v, str):
                raise RdfError(f"{self.at(key)}[{k}]: expected a string, got {_jtype(v)}")
        return tuple(vs)

    def objects(self, key: str, default=...) -> list["_J"]:
        return [_J(v, f"{self.at(key)}[{k}]") for k, v in enumerate(self.get(key, list, default))]

    def number(self, key: str) -> float:
        v = self.obj.get(key, None) if key in self.obj else None
        if key not in self.obj:
            raise RdfError(f"{self.at(key)}: missing (required)")
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return float(v)
        special = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
        if isinstance(v, str) and v in special:
            return special[v]
        raise RdfError(f"{self.at(key)}: expected a number, got {_jtype(v)}")

    def span(self) -> Span | None:
        if self.obj.get("span") is None:
            return None
        s = _J(self.obj["span"], self.at("span"))
        return Span(s.get("file", str), s.get("line", int), s.get("col", int), s.get("end_line", int), s.get("end_col", int))


def _jname(typ) -> str:
    return {str: "a string", int: "an integer", list: "a list", dict: "an object"}.get(typ, typ.__name__)


def _jtype(v) -> str:
    if v is None:
        return "null"
    return {bool: "a boolean", int: "an integer", float: "a number", str: f"the string {str(v)[:40]!r}",
            list: "a list", dict: "an object"}.get(type(v), type(v).__name__)


def from_json(text: str | bytes) -> KnowledgeGraph:
    """Read a knowledge graph back from :func:`to_json`'s JSON."""
    try:
        return _from_json(text)
    except (OverflowError, RecursionError) as err:  # numbers or nesting beyond what can be read
        raise RdfError(f"JSON out of range: {type(err).__name__}: {err}") from None


def _from_json(text: str | bytes) -> KnowledgeGraph:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise RdfError(f"JSON syntax error at line {err.lineno}, column {err.colno}: {err.msg}") from None
    except (TypeError, UnicodeDecodeError) as err:
        raise RdfError(f"from_json expects JSON text: {err}") from None
    except RecursionError:
        raise RdfError("JSON nested too deeply to read") from None
    root = _J(doc, "")
    if root.get("format", str) != JSON_FORMAT:
        raise RdfError(f"format: expected {JSON_FORMAT!r}, got {doc['format']!r}")
    if root.get("version", int) != FORMAT_VERSION:
        raise RdfError(f"version: {doc['version']} is not supported (this reads {FORMAT_VERSION})")
    quantities, seen = [], set()
    for q in root.objects("quantities"):
        sym = q.get("symbol", str)
        if sym in seen:
            raise RdfError(f"{q.at('symbol')}: symbol {sym!r} is used by two quantities")
        seen.add(sym)
        member = q.obj.get("member")
        if member is not None and not isinstance(member, list):
            raise RdfError(f"{q.at('member')}: expected [base symbol, number] or null, got {_jtype(member)}")
        if member is not None and not (len(member) == 2 and isinstance(member[0], str) and isinstance(member[1], int)):
            raise RdfError(f"{q.at('member')}: expected [base symbol, number]")
        quantities.append(Quantity(sym, q.get("name", str), q.get("unit", str),
                                   parse_dimension_text(q.get("dimension", str), q.at("dimension")),
                                   q.get("kind", str, ""), q.strings("synonyms"), q.span(), q.get("of", str, ""),
                                   None if member is None else (member[0], member[1]), q.strings("assumes"),
                                   q.get("same_as", str, "")))
    kinds = [ObjectKind(k.get("name", str), k.get("is_a", str, ""), k.strings("nouns"), k.get("description", str, ""),
                        k.span(), k.get("implicit", bool, False)) for k in root.objects("kinds", [])]
    constants, seen = [], set()
    for c in root.objects("constants", []):
        name = c.get("name", str)
        if name in seen:
            raise RdfError(f"{c.at('name')}: constant {name!r} is declared twice")
        seen.add(name)
        constants.append(Constant(name, c.number("value"), c.get("unit", str), c.get("source", str, "literal"), c.span()))
    cnames = {c.name for c in constants}
    laws, seen = [], set()
    for law in root.objects("laws"):
        law_id = law.get("id", str)
        if law_id in seen:
            raise RdfError(f"{law.at('id')}: law id {law_id!r} is used twice")
        seen.add(law_id)
        consts = law.strings("constants")
        for k, c in enumerate(consts):
            if c not in cnames:
                raise RdfError(f"{law.at('constants')}[{k}]: {c!r} is not a constant of this knowledge graph")
        directions = tuple(Direction(d.get("variable", str), d.get("formula", str), d.get("status", str),
                                     d.get("note", str, "")) for d in law.objects("directions", []))
        cost = law.get("cost", int, 1)
        if cost < 1 and any(d.usable for d in directions):
            raise RdfError(f"{law.at('cost')}: cost {cost} must be >= 1 for a law with usable directions")
        partners = []
        for k, p in enumerate(law.get("of", list, [])):
            if not (isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)):
                raise RdfError(f"{law.at('of')}[{k}]: expected [variable, kind]")
            partners.append((p[0], p[1]))
        laws.append(Law(law_id, law.get("name", str), law.get("description", str, ""), law.get("field", str),
                        law.get("output", str), law.strings("inputs", ...), law.get("expression", str),
                        law.strings("assumes"), law.get("valid", str, ""), cost, consts, directions,
                        law.get("proof", str, "proved"), law.span(), law.get("on", str, "thing"),
                        tuple(sorted(partners)), law.get("members", str, ""), law.strings("conditions"),
                        law.get("premise", str, "")))
    return _assemble(quantities, constants, laws, root.get("content_hash", str), kinds)
