"""Every object the public API returns, and every object reachable from it, has a short
``repr``: one or a few lines, never the arrays inside (before: ``repr(answer)`` printed
thousands of lines of circuit arrays)."""
import dataclasses

import numpy as np
import pint
import pytest

import oracle
import psg
import spiking
from hypergraph.build import load_default
from hypergraph.incidence import Incidence
from zipper import Zipper

PACKAGES = ("psg", "zipper", "proofs", "hypergraph", "oracle", "spiking", "kernels")
MAX_CHARS = 300
MAX_LINES = 3


def _children(o):
    """The values an object holds (its fields, attributes and slots)."""
    names = [f.name for f in dataclasses.fields(o)] if dataclasses.is_dataclass(o) else list(getattr(o, "__dict__", {}))
    for cls in type(o).__mro__:
        names += [s for s in getattr(cls, "__slots__", ()) if s not in names and not s.startswith("__")]
    for name in names:
        try:
            yield name, getattr(o, name)
        except AttributeError:
            continue


def walk(roots: dict, max_depth: int = 7):
    """(path, object) of every project object reachable from ``roots`` (containers sampled)."""
    seen, todo = set(), [(name, obj, 0) for name, obj in roots.items()]
    while todo:
        path, o, depth = todo.pop()
        if id(o) in seen or depth > max_depth:
            continue
        seen.add(id(o))
        if (type(o).__module__ or "").split(".")[0] in PACKAGES:
            yield path, o
            todo += [(f"{path}.{k}", v, depth + 1) for k, v in _children(o)]
        elif isinstance(o, (list, tuple, set, frozenset)):
            todo += [(f"{path}[{i}]", v, depth + 1) for i, v in enumerate(list(o)[:8])]
        elif isinstance(o, dict):
            todo += [(f"{path}[{k!r}]", v, depth + 1) for k, v in list(o.items())[:8]]


@pytest.fixture(scope="module")
def returned():
    ureg = pint.UnitRegistry()
    q = dict(learn=False)
    roots = {
        "answer": oracle.query({"mass": "2 kg", "height": "10 m"}, "kinetic energy", unit="J", **q),
        "closure_answer": oracle.query({"mass": "2 kg", "height": "10 m"}, "kinetic energy", engine="closure", **q),
        "array_answer": oracle.query({"mass": ureg.Quantity(np.linspace(1, 5, 500), "kg"), "speed": "3 m/s"},
                                     "kinetic energy", **q),
        "not_derivable": oracle.query({"mass": "2 kg"}, "kinetic energy", **q),
        "hedged": oracle.query({"mass": "2 kg", "speed": "3 m/s", "temperature": "300 K"}, "kinetic energy", **q),
        "ask": oracle.ask("A 2 kg ball moves at 3 m/s. What is its kinetic energy in J?", reader="rule"),
        "prove": oracle.prove("from oracle.laws import U\n\ndef f(x: U['m'], t: U['s']) -> U['m']:\n"
                              "    return x + t\n"),
        "kb": load_default(),
        "check": oracle.check({"m": "2 kg", "v": "3 m/s", "E_k": "10 J"}),
        "relate": oracle.relate("height", "kinetic energy"),
    }
    g = psg.parse("def f(x: U['m']):\n    y = x + x\n    return y\n")
    roots.update(psg=g, zipper=Zipper.at(g, g.functions()[0]).down())
    inc = Incidence.from_edges(3, [((0,), 1, 2), ((0, 1), 2, 1)])
    circuit = spiking.compile(inc, [0])
    raster = spiking.run(circuit, backend="numba", max_steps=spiking.horizon(circuit))
    roots.update(circuit=circuit, raster=raster, trace=spiking.decode(circuit, raster),
                 resources=spiking.resources(circuit, raster))
    return roots


def test_every_returned_object_has_a_short_repr(returned):
    seen_types, long = set(), []
    for path, o in walk(returned):
        r = repr(o)
        seen_types.add(type(o).__qualname__)
        if len(r) > MAX_CHARS or r.count("\n") >= MAX_LINES or "array(" in r:
            long.append(f"{path} ({type(o).__module__}.{type(o).__qualname__}): {len(r)} chars, "
                        f"{r.count(chr(10)) + 1} lines: {r[:120]!r}")
    assert not long, "\n".join(long)
    # the walk did reach the objects that once printed pages
    assert {"Answer", "Derivation", "Step", "DerivationProof", "SpikingResult", "Circuit", "Incidence",
            "KnowledgeGraph", "BoundGraph", "ProofReport", "AskResult", "Trace", "Law", "Quantity", "PSG", "Zipper",
            "Obligation", "ResourceReport"} <= seen_types


def test_a_short_repr_still_says_what_it_is(returned):
    a = returned["answer"]
    assert repr(a) == "<Answer hedged: E_k = 196.133 J>"   # hedged: standard g, not stated
    assert repr(a.derivation).startswith("<Derivation of E_k: 2 steps (")
    assert repr(returned["array_answer"]).startswith("<Answer verified: E_k = array of shape (500,): 4.5 to 22.5 J>")
    assert "laws" in repr(returned["kb"]) and "neurons" in repr(returned["circuit"])
