"""RDF (Turtle) and JSON export and import of the knowledge graph: lossless, and strict on bad input."""
import json
import math
import re
from dataclasses import fields
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hypergraph import qudt as qudt_mod
from hypergraph import rdf
from hypergraph.directions import Direction
from hypergraph.model import Constant, KnowledgeGraph, Law, Quantity
from oracle.data import shared_datasets_dir
from psg.graph import Span
from psg.units import Dimension

QUDT_DIR = shared_datasets_dir() / "qudt"


# -- equality in every field -------------------------------------------------------------------
def assert_same(a: KnowledgeGraph, b: KnowledgeGraph) -> None:
    """Every field equal, spans included (they are compare=False in the model), and the incidence arrays."""
    assert a.content_hash == b.content_hash
    for xs, ys in ((a.quantities, b.quantities), (a.constants, b.constants), (a.laws, b.laws)):
        assert len(xs) == len(ys)
        for x, y in zip(xs, ys):
            for f in fields(x):
                vx, vy = getattr(x, f.name), getattr(y, f.name)
                assert vx == vy and type(vx) is type(vy), (f.name, vx, vy)
    for c, d in zip(a.constants, b.constants):  # floats: bit for bit, sign of zero included
        assert math.copysign(1.0, c.value) == math.copysign(1.0, d.value) and c.value.hex() == d.value.hex()
    ia, ib = a.incidence, b.incidence
    assert ia.n_nodes == ib.n_nodes
    for name in ("ptr", "inputs", "output", "cost"):
        assert np.array_equal(getattr(ia, name), getattr(ib, name)) and getattr(ib, name).dtype == np.int64
    assert np.array_equal(a.edge_law, b.edge_law) and a.edge_variable == b.edge_variable


# -- random knowledge graphs ----------------------------------------------------------------------
text = st.text(max_size=12)  # any Unicode (no lone surrogates): quotes, newlines, NUL, emoji ...
spans = st.none() | st.builds(Span, text, st.integers(-5, 10**9), st.integers(0, 10**6),
                              st.integers(0, 10**9), st.integers(0, 10**6))
exps = st.integers(-4, 4).map(Fraction) | st.sampled_from([Fraction(1, 2), Fraction(-3, 2), Fraction(2, 3)])
dims = st.tuples(*[exps] * 7).map(Dimension)
units = st.sampled_from(["m", "kg", "m/s", "J", "N*m", "1", "km/h", "degC", "m^3/(kg*s^2)", "furlongz", ""]) | text
statuses = st.sampled_from(["law", "proved", "refuted", "unknown", "unsolved"]) | text
floats = st.floats(allow_nan=False)  # +-inf and -0.0 included


@st.composite
def knowledge_graphs(draw) -> KnowledgeGraph:
    symbols = draw(st.lists(text, min_size=0, max_size=6, unique=True))
    quantities = tuple(Quantity(s, draw(text), draw(units), draw(dims), draw(text | st.sampled_from(["energy", "speed"])),
                                tuple(draw(st.lists(text, max_size=3))), draw(spans)) for s in symbols)
    names = draw(st.lists(text, max_size=3, unique=True))
    constants = tuple(Constant(n, draw(floats), draw(units), draw(text | st.just("literal")), draw(spans)) for n in names)
    laws = []
    if symbols:
        for law_id in draw(st.lists(text, max_size=4, unique=True)):
            output = draw(st.sampled_from(symbols))
            inputs = tuple(draw(st.lists(st.sampled_from(symbols), max_size=4)))
            variables = (output, *inputs)
            directions = tuple(Direction(draw(st.sampled_from(variables)), draw(text), draw(statuses), draw(text))
                               for _ in range(draw(st.integers(0, 3))))
            consts = tuple(draw(st.lists(st.sampled_from(names), max_size=3))) if names else ()
            laws.append(Law(law_id, draw(text), draw(text), draw(text), output, inputs, draw(text),
                            tuple(draw(st.lists(text, max_size=3))), draw(text), draw(st.integers(1, 2**62)),
                            consts, directions, draw(text | st.just("proved")), draw(spans)))
    return KnowledgeGraph(quantities, constants, tuple(laws), draw(text))


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(knowledge_graphs())
def test_turtle_round_trip_is_lossless(kg):
    assert_same(kg, rdf.from_turtle(rdf.to_turtle(kg, qudt=False)))


@SETTINGS
@given(knowledge_graphs())
def test_json_round_trip_is_lossless(kg):
    text = rdf.to_json(kg)
    json.loads(text)  # strict JSON: no NaN or Infinity tokens
    assert_same(kg, rdf.from_json(text))


@pytest.fixture(scope="module")
def Q():
    if not qudt_mod.available(QUDT_DIR):
        pytest.skip(f"QUDT files not found in {QUDT_DIR}")
    return qudt_mod.load(QUDT_DIR)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(kg=knowledge_graphs())
def test_turtle_round_trip_with_qudt_iris_is_lossless(Q, kg):
    assert_same(kg, rdf.from_turtle(rdf.to_turtle(kg, qudt=Q)))


def test_the_same_graph_gives_the_same_turtle():
    kg = small_kg()
    assert rdf.to_turtle(kg, qudt=False) == rdf.to_turtle(small_kg(), qudt=False)


# -- a real, built knowledge graph ------------------------------------------------------------------
QUANTITIES = '''from oracle.laws import quantity
m = quantity("kg", "mass", kind="mass", synonyms=("mass of the body",))
v = quantity("m/s", "speed", kind="speed", synonyms=("velocity", 'the "fast" one'))
E_k = quantity("J", "kinetic energy", kind="kinetic energy", synonyms=("KE",))
h = quantity("m", "height", kind="height")
M = quantity("kg", "mass of the central body", kind="mass")
r = quantity("m", "radius", kind="radius")
g = quantity("m/s^2", "gravitational acceleration", kind="acceleration")
tau = quantity("N*m", "torque", kind="torque")
F = quantity("N", "force", kind="force")
'''
LAWS = '''from math import sqrt
from oracle.laws import U, law, codata
G: U["m^3/(kg*s^2)"] = codata("Newtonian constant of gravitation")

@law(output="E_k", assumes=("m > 0", "v > 0"))
def kinetic_energy(m: U["kg"], v: U["m/s"]) -> U["J"]:
    """Kinetic energy: ½ m v²."""
    return 0.5 * m * v**2

@law(output="v", assumes=("g > 0", "h > 0"), valid="no air resistance")
def free_fall_speed(g: U["m/s^2"], h: U["m"]) -> U["m/s"]:
    """Speed after falling from rest through h."""
    return sqrt(2 * g * h)

@law(output="g", assumes=("M > 0", "r > 0"), cost=2)
def surface_gravity(M: U["kg"], r: U["m"]) -> U["m/s^2"]:
    return G * M / r**2

@law(output="tau")
def torque(F: U["N"], r: U["m"]) -> U["N*m"]:
    """Torque of a force at right angles to the lever arm."""
    return F * r
'''


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from hypergraph.build import load

    folder = tmp_path_factory.mktemp("kb")
    (folder / "quantities.py").write_text(QUANTITIES, encoding="utf-8")
    (folder / "mech.py").write_text(LAWS, encoding="utf-8")
    return load(folder)


def test_a_built_knowledge_graph_round_trips_through_turtle_and_json(built, Q):
    assert built.incidence.n_edges >= 8
    ttl = rdf.to_turtle(built, qudt=Q)
    assert_same(built, rdf.from_turtle(ttl))
    assert_same(built, rdf.from_json(rdf.to_json(built)))
    # QUDT IRIs where they exist, our strings beside them
    assert "qudt:hasUnit unit:M-PER-SEC" in ttl and "qudt:hasUnit unit:N-M" in ttl
    assert "qudt:hasQuantityKind quantitykind:Torque" in ttl and "qudt:hasQuantityKind quantitykind:KineticEnergy" in ttl
    assert "qudt:hasUnit unit:M3-PER-KiloGM-SEC2" in ttl  # the constant G
    assert '"6.6743e-11"^^xsd:double' in ttl


def test_the_turtle_is_plain_rdf_that_sparql_can_query(built, Q):
    import rdflib

    g = rdflib.Graph().parse(data=rdf.to_turtle(built, qudt=Q), format="turtle")
    rows = g.query("""
        PREFIX ohg: <https://oracle-hypergraph.example/vocab#>
        PREFIX qudt: <http://qudt.org/schema/qudt/>
        SELECT ?id ?unit WHERE { ?law a ohg:Law ; ohg:lawId ?id ; ohg:output ?q . ?q qudt:hasUnit ?unit }
        ORDER BY ?id""")
    assert [(str(i), str(u).rsplit("/", 1)[1]) for i, u in rows] == [
        ("mech.free_fall_speed", "M-PER-SEC"), ("mech.kinetic_energy", "J"),
        ("mech.surface_gravity", "M-PER-SEC2"), ("mech.torque", "N-M")]


@pytest.mark.slow
def test_the_bundled_knowledge_base_round_trips():
    from hypergraph.build import load_default

    kg = load_default()
    assert len(kg.laws) >= 150
    assert_same(kg, rdf.from_turtle(rdf.to_turtle(kg)))
    assert_same(kg, rdf.from_json(rdf.to_json(kg)))
    if not qudt_mod.available():
        pytest.skip("the QUDT reference data is not beside the project: unit coverage not measured")
    cov = qudt_mod.coverage(kg)
    assert cov["units_mapped"] == cov["units"], cov["unmapped_units"]


# -- bad input ---------------------------------------------------------------------------------------
def small_kg() -> KnowledgeGraph:
    qs = (Quantity("m", "mass", "kg", Dimension.of(M=1), "mass"), Quantity("v", "speed", "m/s", Dimension.of(L=1, T=-1)),
          Quantity("p", "momentum", "kg*m/s", Dimension.of(L=1, M=1, T=-1)))
    law = Law("mech.momentum", "momentum", "p = m v", "mech", "p", ("m", "v"), "m*v", cost=2, constants=("c0",),
              directions=(Direction("p", "m*v", "law"), Direction("m", "p/v", "proved"), Direction("v", "", "unsolved", "no")))
    return KnowledgeGraph(qs, (Constant("c0", 2.5, "1"),), (law,), "abc")


def good_turtle() -> str:
    return rdf.to_turtle(small_kg(), qudt=False)


def test_a_turtle_syntax_error_names_the_line():
    lines = good_turtle().splitlines()
    k = next(i for i, line in enumerate(lines) if "ohg:expression" in line)
    lines[k] = lines[k].replace('"m*v"', '"m*v')
    with pytest.raises(rdf.RdfError, match=rf"Turtle syntax error at line {k + 1}\b"):
        rdf.from_turtle("\n".join(lines))
    with pytest.raises(rdf.RdfError, match="Turtle syntax error at line 1"):
        rdf.from_turtle("this is not turtle")


def _drop(prop: str, subject: str) -> str:
    """The small graph's Turtle without the statement of ``prop`` (``ohg:name``) of a subject
    whose IRI contains ``subject`` (or of a blank node)."""
    import rdflib

    g = rdflib.Graph().parse(data=good_turtle(), format="turtle")
    iri = rdflib.URIRef(rdf.VOCAB + prop.split(":")[1])
    triple = sorted(t for t in g.triples((None, iri, None))
                    if (isinstance(t[0], rdflib.BNode) if subject == "blank node" else subject in str(t[0])))[0]
    g.remove(triple)
    return g.serialize(format="turtle")


@pytest.mark.parametrize("prop, subject", [
    ("ohg:symbol", "quantity-m"), ("ohg:unit", "quantity-v"), ("ohg:dimension", "quantity-p"),
    ("ohg:expression", "law-mech.momentum"), ("ohg:lawId", "law-mech.momentum"), ("ohg:output", "law-mech.momentum"),
    ("ohg:inputs", "law-mech.momentum"), ("ohg:formula", "blank node"), ("ohg:contentHash", "/abc/"),
    ("ohg:value", "constant-c0"),
])
def test_a_missing_required_property_names_the_subject_and_property(prop, subject):
    with pytest.raises(rdf.RdfError, match=rf"{re.escape(subject)}.*{re.escape(prop)}: missing"):
        rdf.from_turtle(_drop(prop, subject))


@pytest.mark.parametrize("old, new, message", [
    ("ohg:cost 2 ;", 'ohg:cost "two" ;', r"law-mech\.momentum> ohg:cost: expected an xsd:integer literal, got literal 'two'"),
    ("ohg:cost 2 ;", 'ohg:cost "2"^^xsd:integer, 3 ;', r"ohg:cost: 2 values; expected exactly one"),
    ("ohg:cost 2 ;", 'ohg:cost "x"^^xsd:integer ;', r"ohg:cost: expected an xsd:integer literal"),
    ("ohg:cost 2 ;", "ohg:cost 2.5 ;", r"ohg:cost: expected an xsd:integer literal"),
    ('"2.5"^^xsd:double', '"lots"', r"constant-c0> ohg:value: expected an xsd:double literal"),
    ('"2.5"^^xsd:double', '"2.5e"^^xsd:double', r"ohg:value: expected an xsd:double literal"),
    ('ohg:symbol "m"', "ohg:symbol 42", r"quantity-m> ohg:symbol: expected a string literal, got literal '42'"),
    ('ohg:symbol "m"', "ohg:symbol <http://x.example/m>", r"ohg:symbol: expected a string literal, got <http://x\.example/m>"),
    ('ohg:dimension "M=1"', 'ohg:dimension "mass"', r"quantity-m> ohg:dimension: cannot read dimension 'mass'"),
    ('ohg:symbol "v"', 'ohg:symbol "m"', r"symbol 'm' is used by two quantities"),
    ("ohg:output <quantity-p>", "ohg:output <quantity-nope>", r"ohg:output: <.*quantity-nope> is not a quantity"),
    ("ohg:output <quantity-p>", 'ohg:output "p"', r"ohg:output: literal 'p'.* is not a quantity"),
    ("ohg:inputs ( <quantity-m> <quantity-v> )", "ohg:inputs ( <quantity-m> <elsewhere> )",
     r"ohg:inputs item 1: <.*elsewhere> is not a quantity"),
    ("ohg:inputs ( <quantity-m> <quantity-v> )", "ohg:inputs <quantity-m>", r"ohg:inputs: not a well-formed RDF list"),
    ("ohg:formatVersion 2", "ohg:formatVersion 3", r"version 3 is not supported"),
    ("<> a ohg:KnowledgeGraph", "<> a ohg:Graph", r"expected exactly one ohg:KnowledgeGraph .* found 0"),
    ("ohg:index 1 ;\n            ohg:solvesFor", "ohg:index 0 ;\n            ohg:solvesFor", r"two directions with ohg:index 0"),
    ("<quantity-m> a ohg:Quantity", "<quantity-m> a ohg:Law", r"quantity-m> is linked by ohg:quantity but is not typed ohg:Quantity"),
])
def test_wrong_values_are_named(old, new, message):
    ttl = good_turtle()
    assert old in ttl, old
    with pytest.raises(rdf.RdfError, match=message):
        rdf.from_turtle(ttl.replace(old, new, 1))


def test_a_second_knowledge_graph_in_the_file_is_refused():
    other = rdf.to_turtle(KnowledgeGraph((), (), (), "other"), qudt=False)
    with pytest.raises(rdf.RdfError, match="found 2"):
        rdf.from_turtle(good_turtle() + "\n" + other.replace("@base", "# ").replace("<>", "<https://x.example/other>"))


def test_nothing_in_the_rdf_is_executed_or_fetched(tmp_path):
    marker = tmp_path / "ran"
    payload = f"__import__('pathlib').Path({str(marker)!r}).write_text('x')"
    ttl = good_turtle().replace('ohg:expression "m*v"', f"ohg:expression {json.dumps(payload)}")
    ttl = ttl.replace('ohg:unit "kg"', f"ohg:unit {json.dumps(payload)}")
    ttl += f"\n<> <http://www.w3.org/2002/07/owl#imports> <file://{tmp_path}/other.ttl>, <http://unreachable.example/x.ttl> .\n"
    kg = rdf.from_turtle(ttl)
    assert kg.laws[0].expression == payload and kg.quantities[0].unit == payload and not marker.exists()
    rdf.to_turtle(kg, qudt=qudt_mod.load(QUDT_DIR) if qudt_mod.available(QUDT_DIR) else False)  # maps units with pint, never eval
    assert not marker.exists()


def test_exports_refuse_graphs_with_clashing_names_or_dangling_references():
    q = Quantity("m", "mass", "kg", Dimension.of(M=1))
    with pytest.raises(rdf.RdfError, match="quantity symbol 'm' appears twice"):
        rdf.to_turtle(KnowledgeGraph((q, q), (), (), "h"), qudt=False)
    dangling = Law("l", "l", "", "f", "m", ("x",), "x", directions=(Direction("m", "x", "unsolved"),))
    with pytest.raises(rdf.RdfError, match="law 'l' refers to quantity 'x'"):
        rdf.to_turtle(KnowledgeGraph((q,), (), (dangling,), "h"), qudt=False)
    assert_same(KnowledgeGraph((q,), (), (dangling,), "h"), rdf.from_json(rdf.to_json(KnowledgeGraph((q,), (), (dangling,), "h"))))


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.pop("laws"), r"^laws: missing"),
    (lambda d: d["quantities"][1].pop("unit"), r"^quantities\[1\]\.unit: missing"),
    (lambda d: d["quantities"][0].__setitem__("synonyms", ["a", 3]), r"^quantities\[0\]\.synonyms\[1\]: expected a string, got an integer"),
    (lambda d: d["laws"][0].__setitem__("cost", "2"), r"^laws\[0\]\.cost: expected an integer, got the string '2'"),
    (lambda d: d["laws"][0].__setitem__("cost", True), r"^laws\[0\]\.cost: expected an integer, got a boolean"),
    (lambda d: d["laws"][0]["directions"][1].__setitem__("status", None), r"^laws\[0\]\.directions\[1\]\.status: expected a string, got null"),
    (lambda d: d["constants"][0].__setitem__("value", "big"), r"^constants\[0\]\.value: expected a number"),
    (lambda d: d["quantities"][2].__setitem__("dimension", "L=1 L=2"), r"^quantities\[2\]\.dimension: .* names L twice"),
    (lambda d: d["laws"][0].__setitem__("output", "q"), r"law 'mech\.momentum': its usable direction for 'p' needs 'q'"),
    (lambda d: d["laws"][0].__setitem__("constants", ["c9"]), r"^laws\[0\]\.constants\[0\]: 'c9' is not a constant"),
    (lambda d: d.__setitem__("version", 7), r"^version: 7 is not supported"),
    (lambda d: d.__setitem__("format", "x"), r"^format: expected"),
    (lambda d: d["laws"].append(d["laws"][0]), r"^laws\[1\]\.id: law id 'mech\.momentum' is used twice"),
])
def test_bad_json_is_named_by_its_path(edit, message):
    doc = json.loads(rdf.to_json(small_kg()))
    edit(doc)
    with pytest.raises(rdf.RdfError, match=message):
        rdf.from_json(json.dumps(doc))


def test_a_json_syntax_error_names_the_line_and_column():
    text = rdf.to_json(small_kg()).replace('"momentum"', '"momentum', 1)
    with pytest.raises(rdf.RdfError, match=r"JSON syntax error at line \d+, column \d+"):
        rdf.from_json(text)
    with pytest.raises(rdf.RdfError, match="document: expected an object, got a list"):
        rdf.from_json("[]")


def test_dimension_text_round_trips_and_refuses_junk():
    for d in (Dimension(), Dimension.of(L=Fraction(-3, 2), H=2, J=1, N=-1, I=3)):
        assert rdf.parse_dimension_text(rdf.dimension_text(d), "here") == d
    assert rdf.parse_dimension_text("H=1", "here") == Dimension.of(H=1)
    for bad in ("", "L=1/0x", "L=1/0", "X=1", "L=1,T=-1", 3):
        with pytest.raises(rdf.RdfError, match="^here: "):
            rdf.parse_dimension_text(bad, "here")
