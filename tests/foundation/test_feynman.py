"""The AI Feynman tables: all 120 equations proved; each mutated copy refuted at its row."""
import ast
from dataclasses import replace

import pytest

from hypergraph.feynman import (FeynmanEquation, TableError, check_formula, default_tables, law_source, load,
                                map_spans, read_table, read_units)
from oracle.data import shared_datasets_dir
from psg import parse
from psg.units import parse_unit
from proofs import prove_psg

TABLES, UNITS = default_tables(shared_datasets_dir())
pytestmark = pytest.mark.skipif(not UNITS.exists(), reason=f"reference data not found at {UNITS}")


@pytest.fixture(scope="module")
def equations():
    return [eq for t in TABLES for eq in read_table(t)]


@pytest.fixture(scope="module")
def units():
    return read_units(UNITS)


def prove_equations(eqs, units):
    source, linemap = law_source(eqs, units)
    return prove_psg(map_spans(parse(source, filename="<feynman>"), linemap), use_cache=False)


def test_all_120_equations_are_proved(equations, units):
    assert len(equations) == 120
    report = prove_equations(equations, units)
    assert report.status == "proved", report.to_text()
    assert sum(1 for r in report.results if r.law) == 120


def test_without_the_mu_drift_fix_I_43_16_looks_inconsistent(equations):
    raw = read_units(UNITS, fix_errata=False)
    eq = next(e for e in equations if e.name == "I.43.16")
    report = prove_equations([eq], raw)
    assert report.status == "refuted"
    assert report.findings[0].where.file.endswith("FeynmanEquations.csv")


def dimension(units, name):
    return parse_unit(units[name]).dimension


def variable_mutation(eq, units):
    """Replace the first variable occurrence with a variable of a different dimension."""
    tree = ast.parse(eq.formula, mode="eval")
    names = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id in eq.variables),
                   key=lambda n: n.col_offset)
    target = names[0]
    old = dimension(units, target.id)
    new = next(v for v in sorted(units) if v not in eq.variables and v != eq.output and dimension(units, v) != old)
    formula = eq.formula[:target.col_offset] + new + eq.formula[target.end_col_offset:]
    return replace(eq, formula=formula, variables=eq.variables + (new,)), target.col_offset


def exponent_mutation(eq, units):
    """Change a constant exponent on a base that has a dimension (None if there is none)."""
    tree = ast.parse(eq.formula, mode="eval")
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow) and isinstance(node.right, ast.Constant):
            base = node.left
            if isinstance(base, ast.Name) and base.id in eq.variables and not dimension(units, base.id).dimensionless:
                r = node.right
                formula = eq.formula[:r.col_offset] + str(r.value + 1) + eq.formula[r.end_col_offset:]
                return replace(eq, formula=formula)
    return None


def assert_refuted_at_row(report, eqs):
    by_name = {r.name: r for r in report.results}
    for eq in eqs:
        result = by_name[eq.function_name]
        assert result.verdict == "refuted", f"{eq.name}: mutated {eq.formula!r} was not refuted"
        where = result.findings[0].where
        assert where.file == eq.table and where.line == eq.line, f"{eq.name}: located at {where}"
        assert eq.col <= where.col <= eq.col + len(eq.formula), f"{eq.name}: column {where.col} is outside the formula"


def test_every_variable_mutation_is_refuted_at_its_row(equations, units):
    mutated = [variable_mutation(eq, units)[0] for eq in equations]
    assert_refuted_at_row(prove_equations(mutated, units), mutated)


def test_every_exponent_mutation_is_refuted_at_its_row(equations, units):
    mutated = [m for m in (exponent_mutation(eq, units) for eq in equations) if m is not None]
    assert len(mutated) >= 40
    assert_refuted_at_row(prove_equations(mutated, units), mutated)


def test_formulas_outside_the_whitelist_are_rejected_with_their_place():
    for formula, message in [("__import__('os').system('x')", "calls something outside"),
                             ("x.real", "outside the whitelist"), ("y + 1", "'y', which is not one of its variables"),
                             ("x % 2", "operator outside"), ("x +", "not valid syntax")]:
        eq = FeynmanEquation("t.csv", 7, 20, "E.1", "f", formula, ("x",))
        with pytest.raises(TableError, match=message) as info:
            check_formula(eq)
        assert str(info.value).startswith("t.csv:7:")


def test_malformed_tables(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("A,B\n1,2\n")
    with pytest.raises(TableError, match="not an AI-Feynman table"):
        read_table(bad)
    units = tmp_path / "units.csv"
    units.write_text("Variable,Units,m,s,kg,T,V\nx,Length,one,0,0,0,0\n")
    with pytest.raises(TableError, match="integer exponents") as info:
        read_units(units)
    assert ":2:" in str(info.value)
    with pytest.raises(TableError, match="cannot read"):
        read_table(tmp_path / "missing.csv")


def test_load_gives_one_psg_of_120_laws():
    g, eqs = load(TABLES, UNITS)
    laws = [g.nodes[f] for f in g.functions() if g.nodes[f].get("law")]
    assert len(laws) == len(eqs) == 120
    assert all(n.span.file.endswith(".csv") for n in laws)


def test_tables_import_as_a_queryable_knowledge_graph(equations):
    from hypergraph.feynman import knowledge_graph
    from oracle.engine import Oracle

    kg = knowledge_graph(TABLES, UNITS, names={"I.10.7", "I.12.1", "I.12.4", "I.14.3", "I.39.22", "III.4.33"})
    assert len(kg.laws) == 6 and kg.laws[0].span.file.endswith("FeynmanEquations.csv")
    assert all(d.status in ("law", "proved") for d in kg.law("feynman.feynman_I_10_7").directions)
    # I.10.7: relativistic mass, and its inverse direction
    o = Oracle(kg, learn=False)
    c = 299792458.0
    a = o.query({"m_0": "1 kg", "v": f"{0.6 * c} m/s", "c": f"{c} m/s"}, "m")
    assert a.value.magnitude == pytest.approx(1.25)
    back = o.query({"m": "1.25 kg", "v": f"{0.6 * c} m/s", "c": f"{c} m/s"}, "m_0")
    assert back.value.magnitude == pytest.approx(1.0)
