"""The physics knowledge base (datasets/physics) is well formed, consistent and broad.

Everything here reads the source with ast (tests/kb/kb_source.py); no law module runs.
"""
from __future__ import annotations

import ast
import collections
import random
import re
from pathlib import Path

import pint
import pytest
import sympy
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kb_source import (FIELDS, KB_DIR, MATH_NAMES, MODULES, DimensionError, dimension,
                       expr_dimension, pint_evaluate, read_kb, read_module, symbol_units, ureg)

KB = read_kb()
LAWS = sorted(KB.laws.values(), key=lambda law: (law.module, law.line))
LAW_IDS = [f"{law.module}.{law.name}" for law in LAWS]
QUDT_KINDS = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "qudt" / \
    "VOCAB_QUDT-QUANTITY-KINDS-ALL.ttl"
MIN_LAWS_PER_FIELD = 10


# ------------------------------------------------------------------- files and format
@pytest.mark.parametrize("path", sorted(KB_DIR.glob("*.py")), ids=lambda p: p.name)
def test_every_file_is_valid_python(path):
    compile(path.read_text(), str(path), "exec")  # compiles, is not executed


def test_no_package_marker_in_datasets():
    assert not (KB_DIR / "__init__.py").exists()
    assert not (KB_DIR.parent / "__init__.py").exists()


def test_every_field_module_exists_and_no_stray_modules():
    present = {p.stem for p in KB_DIR.glob("*.py")}
    assert present == set(MODULES) | {"quantities", "objects", "limits"}


@pytest.mark.parametrize("module", MODULES)
def test_math_names_used_are_imported(module):
    laws, _, math_imports = read_module(module)
    used = {node.id for law in laws for node in ast.walk(law.expr_node)
            if isinstance(node, ast.Name) and node.id in MATH_NAMES}
    assert used <= math_imports, f"{module}: import {sorted(used - math_imports)} from math"


# ------------------------------------------------------------------------- quantities
def test_no_quantity_declared_twice():
    assert KB.duplicate_quantities == []


def test_quantity_units_parse_and_are_coherent_si():
    """Each unit parses with pint and converts to SI base units with factor exactly 1."""
    bad = []
    for q in KB.quantities.values():
        try:
            factor = ureg.Quantity(1, q.unit).to_base_units().magnitude
        except Exception as err:  # pint raises several types for bad units
            bad.append(f"{q.symbol}: {q.unit!r} ({err})")
            continue
        if abs(factor - 1) > 1e-12:
            bad.append(f"{q.symbol}: {q.unit!r} is {factor} x the SI coherent unit")
    assert bad == []


def test_quantities_have_name_and_kind():
    missing = [q.symbol for q in KB.quantities.values() if not q.name or not q.kind]
    assert missing == []


def test_names_and_synonyms_are_unique_and_distinct_from_other_symbols():
    owner: dict[str, str] = {}
    clashes = []
    symbols_ci = collections.defaultdict(set)
    for q in KB.quantities.values():
        symbols_ci[q.symbol.lower()].add(q.symbol)
    for q in KB.quantities.values():
        for label in (q.name, *q.synonyms):
            key = label.strip().lower()
            if key in owner and owner[key] != q.symbol:
                clashes.append(f"{label!r}: {owner[key]} and {q.symbol}")
            owner[key] = q.symbol
            if key in symbols_ci and symbols_ci[key] != {q.symbol}:
                clashes.append(f"{label!r} of {q.symbol} reads as symbol {symbols_ci[key]}")
    assert clashes == []


def test_synonyms_are_not_repeated_within_a_quantity():
    repeated = []
    for q in KB.quantities.values():
        labels = [s.lower() for s in (q.name, *q.synonyms)]
        repeated += [f"{q.symbol}: {s}" for s, c in collections.Counter(labels).items() if c > 1]
    assert repeated == []


def test_common_student_names_resolve():
    labels = {label.lower(): q.symbol for q in KB.quantities.values()
              for label in (q.name, *q.synonyms)}
    expected = {
        "velocity": "v", "speed": "v", "height": "h", "altitude": "h_alt", "distance fallen": "h",
        "depth": "h", "spring constant": "k", "stiffness": "k", "wavelength of light": "lam",
        "frequency": "f", "period": "T_period", "resistance": "R", "current": "I",
        "voltage": "V", "potential difference": "V", "half-life": "t_half",
        "kinetic energy": "E_k", "mass of the planet": "M", "temperature": "T",
        "number of moles": "n", "pressure": "pr",
        "emf": "emf", "focal length": "f_focal", "refractive index": "n_r",
        "photon energy": "E_ph", "decay constant": "lam_d", "activity": "A_act",
        "work function": "phi_w", "capacitance": "C", "inductance": "L",
        "magnetic field": "B", "electric field": "E_field", "charge": "q",
        "initial velocity": "v0", "time": "t", "mass": "m", "density": "rho",
        "escape velocity": "v_esc", "angular velocity": "omega", "torque": "tau",
        "moment of inertia": "I_rot", "specific heat": "c_s", "latent heat": "L_h",
        "time constant": "tau_c", "impedance": "Z_imp", "lorentz factor": "gamma",
        "de broglie wavelength": "lam", "binding energy": "E_b", "speed of sound": "v_w",
        "buoyant force": "F_b", "upthrust": "F_b", "weight": "F_w", "power": "P",
        "efficiency": "eta", "work done": "W", "heat": "Q", "volume": "Vol",
        "area": "A", "radius": "r", "orbital period": "T_period", "orbital speed": "v",
        "angle of incidence": "theta_1", "angle of refraction": "theta_2",
    }
    wrong = {name: (labels.get(name), want) for name, want in expected.items()
             if labels.get(name) != want}
    assert wrong == {}


def test_every_quantity_is_used_by_some_law():
    used = {s for law in LAWS for s in (*law.params, law.output)}
    assert sorted(set(KB.quantities) - used) == []


def test_kinds_mostly_match_qudt_quantity_kinds():
    if not QUDT_KINDS.exists():
        pytest.skip(f"QUDT reference data not found at {QUDT_KINDS}")
    qudt = set(re.findall(r"^quantitykind:([A-Za-z0-9_-]+)", QUDT_KINDS.read_text(), re.M))
    kinds = {q.kind for q in KB.quantities.values()}
    camel = {k: "".join(w[:1].upper() + w[1:] for w in k.split()) for k in kinds}
    unmatched = sorted(k for k, c in camel.items() if c not in qudt)
    assert len(unmatched) <= 0.15 * len(kinds), unmatched


# ----------------------------------------------------------------------------- laws
def test_at_least_150_laws_and_every_field_covered():
    per_field = collections.Counter(law.module for law in LAWS)
    assert len(LAWS) >= 150
    thin = {f: per_field[f] for f in FIELDS if per_field[f] < MIN_LAWS_PER_FIELD}
    assert thin == {}


def test_law_names_are_unique_across_modules():
    assert KB.duplicate_laws == []


def test_constants_are_not_quantity_symbols():
    clash = sorted({c.name for c in KB.constants} & set(KB.quantities))
    assert clash == []


def test_constants_with_one_name_agree_across_modules():
    seen: dict[str, tuple] = {}
    disagree = []
    for c in KB.constants:
        key = (c.unit, c.codata_key, c.value)
        if seen.setdefault(c.name, key) != key:
            disagree.append(f"{c.name} in {c.module}: {key} vs {seen[c.name]}")
    assert disagree == []


def test_codata_constants_are_valid_keys_with_matching_units():
    from scipy.constants import physical_constants

    bad = []
    for c in KB.constants:
        if c.codata_key is None:
            continue
        if c.codata_key not in physical_constants:
            bad.append(f"{c.module}.{c.name}: {c.codata_key!r} is not a CODATA key")
            continue
        scipy_unit = physical_constants[c.codata_key][1] or "dimensionless"
        if dimension(scipy_unit) != dimension(c.unit):
            bad.append(f"{c.module}.{c.name}: U[{c.unit!r}] but CODATA gives {scipy_unit!r}")
    assert bad == []


@pytest.mark.parametrize("law", LAWS, ids=LAW_IDS)
def test_law_signature_matches_the_namespace(law):
    problems = []
    if law.output not in KB.quantities:
        problems.append(f"output {law.output!r} is not declared in quantities.py")
    elif dimension(law.return_unit) != dimension(KB.quantities[law.output].unit):
        problems.append(f"returns {law.return_unit}, but {law.output} is "
                        f"{KB.quantities[law.output].unit}")
    if law.output in law.params:
        problems.append("the output is also a parameter")
    for sym, unit in zip(law.params, law.param_units):
        if sym not in KB.quantities:
            problems.append(f"parameter {sym!r} is not declared in quantities.py")
        elif dimension(unit) != dimension(KB.quantities[sym].unit):
            problems.append(f"{sym}: U[{unit!r}] but declared {KB.quantities[sym].unit!r}")
    if len(set(law.params)) != len(law.params):
        problems.append("parameters must be distinct")
    if not law.params and law.module not in ("particles", "substances", "conventions"):   # a kind's constant, a convention
        problems.append("a law needs at least one parameter (a kind's constant lives in particles.py "
                        "or substances.py, a convention in conventions.py)")
    if not law.doc.strip() or not isinstance(law.cost, int) or law.cost < 1:
        problems.append("needs a docstring and an integer cost >= 1")
    assert problems == []


@pytest.mark.parametrize("law", LAWS, ids=LAW_IDS)
def test_law_expression_is_whitelisted_and_uses_every_parameter(law):
    expr = law.sympy_expr()
    names = {s.name for s in expr.free_symbols}
    assert set(law.params) <= names, f"unused parameters {set(law.params) - names}"
    assert names <= set(law.params) | set(law.constants)


@pytest.mark.parametrize("law", LAWS, ids=LAW_IDS)
def test_law_is_dimensionally_consistent(law):
    got = expr_dimension(law.sympy_expr(), symbol_units(law))
    assert got == dimension(KB.quantities[law.output].unit), (
        f"{law.name} gives {got}, but {law.output} is {KB.quantities[law.output].unit}")


@pytest.mark.parametrize("law", LAWS, ids=LAW_IDS)
def test_law_assumptions_are_sympy_relations_on_its_symbols(law):
    allowed = {sympy.Symbol(s) for s in (*law.params, law.output)}
    for text in law.assumes:
        rel = sympy.parse_expr(text, local_dict={s.name: s for s in allowed})
        assert isinstance(rel, sympy.core.relational.Relational), text
        assert rel.free_symbols <= allowed, f"{text!r} names symbols outside the law"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(LAWS), st.randoms(use_true_random=False))
def test_pint_evaluation_at_random_values_gives_the_output_dimension(law, rnd):
    """A second, independent dimension check: pint arithmetic on random positive values."""
    from kb_source import constant_values

    units = symbol_units(law)
    consts = constant_values()
    values = {s: ureg.Quantity(consts[s] if s in consts else rnd.uniform(0.1, 10.0), u)
              for s, u in units.items()}
    try:
        out = pint_evaluate(law.sympy_expr(), values)
    except ZeroDivisionError:  # a degenerate draw (e.g. d_o == f_focal) says nothing of units
        assume(False)
    out_dim = out.dimensionality if isinstance(out, ureg.Quantity) else dimension("1")
    assert out_dim == dimension(KB.quantities[law.output].unit)


def test_the_dimension_checker_rejects_inconsistent_expressions():
    """The checker can fail: adding a mass to a speed, or sin of a length, is caught."""
    m, v, r = sympy.symbols("m v r")
    units = {"m": "kg", "v": "m/s", "r": "m"}
    with pytest.raises(DimensionError):
        expr_dimension(m + v, units)
    with pytest.raises(DimensionError):
        expr_dimension(sympy.sin(r), units)
    with pytest.raises(pint.DimensionalityError):
        pint_evaluate(m + v, {"m": ureg.Quantity(1, "kg"), "v": ureg.Quantity(1, "m/s")})


def test_chains_connect_through_shared_symbols():
    """Multi-step questions need laws that meet on the same symbols."""
    def derivable(known: set[str]) -> set[str]:
        known = set(known)
        changed = True
        while changed:
            changed = False
            for law in LAWS:
                if law.output not in known and set(law.params) <= known:
                    known.add(law.output)
                    changed = True
        return known

    assert "E_k" in derivable({"m", "h"})                      # height -> speed -> KE
    assert "E_ph" in derivable({"lam"})                         # wavelength -> photon energy
    assert "tau_c" in derivable({"R", "C"})                     # RC time constant
    assert "lam" in derivable({"m", "q", "V"})                  # accelerated electron wavelength
    assert "T_period" in derivable({"M", "R_p", "h_alt"})       # satellite at altitude
    assert "A_act" in derivable({"N_0", "t", "t_half"})         # activity after decay
    assert "Q" in derivable({"m", "c_s", "T_i", "T_f"})         # calorimetry
    assert "E_ph" in derivable({"n_lo", "n_hi"})                # hydrogen line
    assert "P" in derivable({"emf", "R", "r_int"})              # power in a loaded battery
