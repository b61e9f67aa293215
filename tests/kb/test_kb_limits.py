"""The limits of ``datasets/physics/limits.py``: read with ``ast`` by the tests' own reader,
each relation's two sides have one dimension (pint, independently of the builder), and
each limit binds to objects of its kind in the built knowledge base; a badly written limit
is an error naming its file and line."""
import ast

import pytest
import sympy

from kb_source import KB_DIR, DimensionError, Law, expr_dimension, read_kb, to_sympy

LIMITS = KB_DIR / "limits.py"


def declared_limits():
    """(name, relation text, keywords) of every ``name = limit(...)`` in limits.py."""
    out = []
    for node in ast.parse(LIMITS.read_text()).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                and getattr(node.value.func, "id", "") == "limit":
            kw = {k.arg: ast.literal_eval(k.value) for k in node.value.keywords}
            out.append((node.targets[0].id, ast.literal_eval(node.value.args[0]), kw))
    return out


def test_limits_are_declared():
    names = [n for n, _, _ in declared_limits()]
    assert {"carnot_limit", "orbit_outside_planet", "power_out_limit"} <= set(names)
    assert len(names) == len(set(names))


@pytest.mark.parametrize("name, relation, kw", declared_limits(), ids=lambda x: x if isinstance(x, str) else "")
def test_both_sides_of_a_limit_have_one_dimension(name, relation, kw):
    kb = read_kb()
    tree = ast.parse(relation, mode="eval").body
    assert isinstance(tree, ast.Compare) and len(tree.ops) == 1, relation
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    constants = {c.name: c for c in kb.constants if c.name in names and c.name not in kb.quantities}
    symbols = names - set(constants)   # a constant of the knowledge base (c) may bound a quantity
    assert symbols <= set(kb.quantities), symbols - set(kb.quantities)
    fake = Law(name, "limits", 0, "", tuple(sorted(symbols)), tuple(kb.quantities[s].unit for s in sorted(symbols)),
               "1", (), "", 1, "", tree, constants)
    units = {**{s: kb.quantities[s].unit for s in symbols}, **{c: constants[c].unit for c in constants}}
    lhs, rhs = to_sympy(tree.left, fake), to_sympy(tree.comparators[0], fake)
    assert expr_dimension(lhs, units) == expr_dimension(rhs, units), relation
    assert kw.get("why"), f"{name}: say the physics in why="


def test_every_limit_binds_to_objects_of_its_kind():
    from hypergraph.build import load_default
    from hypergraph.limits import bind_limits
    from hypergraph.setups import Obj, Setup

    kg = load_default()
    assert {lim.id.rpartition(".")[2] for lim in kg.limits} == {n for n, _, _ in declared_limits()}
    for lim in kg.limits:
        bound = bind_limits(kg, Setup((Obj("", lim.on, "default"),)))
        assert any(b.limit is lim for b in bound), lim.id


BASE = [KB_DIR / "quantities.py", KB_DIR / "objects.py"]


@pytest.mark.parametrize("text, why", [
    ('bad = limit("W <= T_h", on="engine", why="x")', "different dimensions"),
    ('bad = limit("eta <= 1", on="spaceship engine", why="x")', "not a declared kind"),
    ('bad = limit("eta <= nothing_here", on="engine", why="x")', "neither a variable"),
    ('bad = limit("m1 <= m2", on="system", why="x")', "not members"),
    ('bad = limit("eta == 1", on="engine", why="x")', "one comparison"),
])
def test_a_badly_written_limit_is_an_error_naming_its_line(tmp_path, monkeypatch, text, why):
    from hypergraph.build import KnowledgeBaseError, load

    monkeypatch.setenv("ORACLE_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "mine.py").write_text(f"from oracle.laws import limit\n\n{text}\n")
    with pytest.raises(KnowledgeBaseError, match=why) as err:
        load(BASE + [tmp_path / "mine.py"])
    assert err.value.line == 3 and "mine.py" in str(err.value.file)


def test_dimension_walker_refuses_a_function_of_a_dimensioned_value():
    from hypergraph.limits import dimension_of
    from psg.units import Dimension

    with pytest.raises(ValueError, match="function"):
        dimension_of(sympy.exp(sympy.Symbol("T")), {"T": Dimension.of(H=1)})
    with pytest.raises(DimensionError):
        expr_dimension(sympy.Symbol("a") + sympy.Symbol("b"), {"a": "m", "b": "s"})
