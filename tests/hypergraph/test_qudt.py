"""QUDT import: dimension vectors, unit and quantity-kind IRIs, the cache, bad files."""
import json
import math
import re
import time
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hypergraph import qudt
from oracle.data import shared_datasets_dir
from proofs import cache
from psg.units import Dimension, UnitError, parse_unit

QUDT_DIR = shared_datasets_dir() / "qudt"
needs_qudt = pytest.mark.skipif(not qudt.available(QUDT_DIR), reason=f"QUDT files not found in {QUDT_DIR}")
U, QK = qudt.UNIT, qudt.QUANTITYKIND


@pytest.fixture(scope="module")
def Q():
    if not qudt.available(QUDT_DIR):
        pytest.skip(f"QUDT files not found in {QUDT_DIR}")
    return qudt.load(QUDT_DIR)


# -- dimension vectors -----------------------------------------------------------------
@pytest.mark.parametrize("name, dim", [
    ("A0E0L1I0M1H0T-2D0", Dimension.of(L=1, M=1, T=-2)),
    ("A1E0L0I0M0H0T0D0", Dimension.of(N=1)),
    ("A0E1L0I0M0H0T0D0", Dimension.of(I=1)),
    ("A0E0L0I1M0H0T0D0", Dimension.of(J=1)),
    ("A0E0L0I0M0H1T0D0", Dimension.of(H=1)),
    ("A0E0L0I0M0H0T0D1", Dimension()),
    ("A0E0L-0dot5I0M0dot5H0T-1D0", Dimension.of(L=Fraction(-1, 2), M=Fraction(1, 2), T=-1)),
    ("http://qudt.org/vocab/dimensionvector/A0E-2L2I0M1H-1T-2dot5D0",
     Dimension.of(L=2, M=1, T=Fraction(-5, 2), I=-2, H=-1)),
])
def test_dimension_vector_names_parse_in_our_order(name, dim):
    assert qudt.parse_dimension_vector(name) == dim


@pytest.mark.parametrize("bad", ["NotApplicable", "A0E0L1I0M0H0T-1", "A0E0L1I0M0H0T-1Dx", ""])
def test_bad_dimension_vector_names_are_refused(bad):
    with pytest.raises(qudt.QudtError, match="not a QUDT dimension vector"):
        qudt.parse_dimension_vector(bad)


exps = st.integers(-6, 6).map(Fraction) | st.sampled_from([Fraction(1, 2), Fraction(-3, 2), Fraction(5, 2)])


@given(st.tuples(*[exps] * 7))
def test_dimension_vector_name_round_trips(vec):
    dim = Dimension(vec)
    assert qudt.parse_dimension_vector(qudt.dimension_vector_name(dim)) == dim


def test_a_third_has_no_qudt_vector_name():
    assert qudt.dimension_vector_name(Dimension.of(L=Fraction(1, 3))) is None


@needs_qudt
def test_every_vector_in_the_qudt_file_round_trips():
    text = (QUDT_DIR / "VOCAB_QUDT-DIMENSION-VECTORS.ttl").read_text(encoding="utf-8")
    names = set(re.findall(r"^qkdv:(A\S+D\d)\s*$", text, flags=re.M))
    assert len(names) > 200
    for name in names:
        dim = qudt.parse_dimension_vector(name)
        assert qudt.parse_dimension_vector(qudt.dimension_vector_name(dim)) == dim
        if "." not in name:  # a deprecated few write "2.5" for "2dot5"
            assert qudt.dimension_vector_name(dim)[:-2] == name[:-2]  # the D flag is not ours


# -- units ----------------------------------------------------------------------------------
def test_the_units_file_yields_records(Q):
    assert len(Q.units) > 2500 and len(Q.kinds) > 1000
    r = Q.unit(U + "M-PER-SEC")
    assert (r.symbol, r.label, r.dimension, r.multiplier, r.si) == ("m/s", "Metre per Second", Dimension.of(L=1, T=-1), 1.0, True)
    assert QK + "Speed" in r.kinds and QK + "Velocity" in r.kinds
    assert Q.unit(U + "DEG_C").offset == 273.15


@pytest.mark.parametrize("ours, iri", [
    ("m/s", "M-PER-SEC"), ("J", "J"), ("N*m", "N-M"), ("kg*m^2/s^2", "J"), ("kg", "KiloGM"),
    ("km/h", "KiloM-PER-HR"), ("eV", "EV"), ("degC", "DEG_C"), ("kWh", "KiloW-HR"), ("1/s", "PER-SEC"),
    ("Hz", "HZ"), ("Bq", "BQ"), ("rad/s", "RAD-PER-SEC"), ("1/m", "PER-M"), ("1", "UNITLESS"), ("rad", "RAD"),
    ("J/(kg*K)", "J-PER-KiloGM-K"), ("ohm*m", "OHM-M"), ("m^3/(kg*s^2)", "M3-PER-KiloGM-SEC2"), ("mile/hour", "MI-PER-HR"),
    ("g/cm^3", "GM-PER-CentiM3"), ("degF", "DEG_F"), ("atm", "ATM"), ("Pa*s", "PA-SEC"),
])
def test_unit_strings_map_to_qudt_units(Q, ours, iri):
    assert Q.unit_iri(ours) == U + iri
    r, u = Q.unit(U + iri), parse_unit(ours)
    assert r.dimension == u.dimension and math.isclose(r.multiplier, u.to_si, rel_tol=1e-6)


def test_a_unit_qudt_lacks_maps_to_none_and_an_unreadable_one_raises(Q):
    assert Q.unit_iri("m^7*kg^5/s^9") is None
    with pytest.raises(UnitError, match="furlongz"):
        Q.unit_iri("furlongz")


def test_module_level_shortcuts(Q):
    assert qudt.unit_iri("m/s", QUDT_DIR) == U + "M-PER-SEC"
    assert qudt.kind_iri("torque", path=QUDT_DIR) == QK + "Torque"


@pytest.mark.parametrize("name, dim, iri", [
    ("energy", None, "Energy"), ("torque", None, "Torque"), ("speed", Dimension.of(L=1, T=-1), "Speed"),
    ("Magnetic flux density", None, "MagneticFluxDensity"), ("half life", None, "HalfLife"),
    ("kinetic energy", Dimension.of(L=2, M=1, T=-2), "KineticEnergy"), ("thermodynamic temperature", None, "ThermodynamicTemperature"),
])
def test_kind_names_map_to_qudt_kinds(Q, name, dim, iri):
    assert Q.kind_iri(name, dim) == QK + iri


def test_a_kind_of_the_wrong_dimension_does_not_match(Q):
    assert Q.kind_iri("energy", Dimension.of(L=1, T=-1)) is None
    assert Q.kind_iri("no such kind of anything") is None


def test_the_kinds_of_a_mapped_unit_share_its_dimension(Q):
    for ours in ("m/s", "J", "N", "Pa", "W", "V", "ohm"):
        r = Q.unit(Q.unit_iri(ours))
        dims = {Q.kind(k).dimension for k in r.kinds if Q.kind(k).dimension is not None}
        assert dims <= {r.dimension}, (ours, dims)


def _kb_units_and_kinds():
    """Unit strings and (kind, dimension) pairs declared in datasets/physics/quantities.py, read by ast."""
    import ast

    from oracle.data import datasets_dir

    tree = ast.parse((datasets_dir() / "physics" / "quantities.py").read_text(encoding="utf-8"))
    units, kinds = set(), set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "quantity" and n.args:
            unit = n.args[0].value
            units.add(unit)
            for k in n.keywords:
                if k.arg == "kind":
                    kinds.add((k.value.value, parse_unit(unit).dimension))
    return units, kinds


def test_every_unit_of_the_knowledge_base_maps_and_agrees_with_pint(Q):
    units, kinds = _kb_units_and_kinds()
    assert len(units) > 40
    for ours in units:
        iri = Q.unit_iri(ours)
        assert iri is not None, ours
        r, u = Q.unit(iri), parse_unit(ours)
        assert r.dimension == u.dimension and math.isclose(r.multiplier, u.to_si, rel_tol=1e-6), ours
        assert Q.check_unit(iri) is None, Q.check_unit(iri)
    mapped = [k for k, d in kinds if Q.kind_iri(k, d)]
    assert len(mapped) >= 0.9 * len(kinds), sorted({k for k, d in kinds} - set(mapped))


@pytest.mark.slow
def test_qudt_and_pint_agree_on_almost_every_unit_pint_can_read(Q):
    checked = disagree = 0
    for r in Q.units:
        if r.deprecated or r.dimension is None or not r.symbol:
            continue
        try:
            parse_unit(qudt.pint_symbol(r.symbol))
        except UnitError:
            continue
        checked += 1
        disagree += Q.check_unit(r.iri) is not None
    assert checked > 800
    assert disagree <= 0.1 * checked, (disagree, checked)


# -- loading, cache, bad files ------------------------------------------------------------------
TINY_UNITS = """@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix qkdv: <http://qudt.org/vocab/dimensionvector/> .
@prefix quantitykind: <http://qudt.org/vocab/quantitykind/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
unit:M-PER-SEC a qudt:Unit ; qudt:symbol "m/s" ; rdfs:label "Metre per Second"@en ;
  qudt:conversionMultiplier 1.0 ; qudt:hasDimensionVector qkdv:A0E0L1I0M0H0T-1D0 ;
  qudt:hasQuantityKind quantitykind:Speed .
unit:KiloM-PER-HR a qudt:Unit ; qudt:symbol "km/h" ; qudt:conversionMultiplier 0.2777777777777778 ;
  qudt:hasDimensionVector qkdv:A0E0L1I0M0H0T-1D0 .
"""
TINY_KINDS = """@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix quantitykind: <http://qudt.org/vocab/quantitykind/> .
@prefix qkdv: <http://qudt.org/vocab/dimensionvector/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
quantitykind:Speed a qudt:QuantityKind ; rdfs:label "Speed"@en ; skos:altLabel "pace"@en ;
  qudt:hasDimensionVector qkdv:A0E0L1I0M0H0T-1D0 .
"""


@pytest.fixture
def tiny(tmp_path):
    (tmp_path / qudt.UNITS_FILE).write_text(TINY_UNITS, encoding="utf-8")
    (tmp_path / qudt.KINDS_FILE).write_text(TINY_KINDS, encoding="utf-8")
    return tmp_path


def test_any_folder_of_qudt_files_can_be_loaded(tiny):
    Q = qudt.load(tiny)
    assert [r.iri for r in Q.units] == [U + "KiloM-PER-HR", U + "M-PER-SEC"]
    assert Q.unit_iri("m/s") == U + "M-PER-SEC" and Q.unit_iri("km/h") == U + "KiloM-PER-HR"
    assert Q.unit_iri("J") is None
    assert Q.kind_iri("pace") == QK + "Speed"
    assert qudt.import_units(tiny / qudt.UNITS_FILE) == Q.units  # a file path works too


def test_the_extracted_records_are_cached_on_disk_by_content_hash(tiny, tmp_path_factory, monkeypatch):
    where = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("ORACLE_CACHE_DIR", str(where))
    monkeypatch.setattr(cache, "_memory", {})
    first = qudt.import_units(tiny)
    files = list((where / "qudt").glob("*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text())["version"] == qudt.CACHE_VERSION
    monkeypatch.setattr(cache, "_memory", {})
    assert qudt.import_units(tiny) == first  # read back from the JSON file
    # a changed file is a new key, never a stale answer
    (tiny / qudt.UNITS_FILE).write_text(TINY_UNITS.replace("0.2777777777777778", "0.5"), encoding="utf-8")
    changed = qudt.import_units(tiny)
    assert [r.multiplier for r in changed if r.iri.endswith("HR")] == [0.5]
    assert len(list((where / "qudt").glob("*.json"))) == 2


def test_a_damaged_cache_entry_is_rebuilt(tiny, tmp_path_factory, monkeypatch):
    where = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("ORACLE_CACHE_DIR", str(where))
    monkeypatch.setattr(cache, "_memory", {})
    good = qudt.import_kinds(tiny)
    entry = next((where / "qudt").glob("*.json"))
    entry.write_text('{"version": "qudt-1", "records": [{"iri": 3}]', encoding="utf-8")
    monkeypatch.setattr(cache, "_memory", {})
    assert qudt.import_kinds(tiny) == good


@needs_qudt
def test_the_big_units_file_loads_fast_from_the_cache(Q, monkeypatch):
    monkeypatch.setattr(cache, "_memory", {})
    t0 = time.perf_counter()
    units = qudt.import_units(QUDT_DIR)
    assert time.perf_counter() - t0 < 2.0
    assert units == Q.units


def test_a_turtle_syntax_error_names_the_file_and_line(tmp_path):
    bad = tmp_path / qudt.UNITS_FILE
    bad.write_text(TINY_UNITS.replace('qudt:symbol "km/h" ;', 'qudt:symbol km/h ;'), encoding="utf-8")
    with pytest.raises(qudt.QudtError, match=rf"{re.escape(str(bad))}.*line 9"):
        qudt.import_units(bad)


def test_a_missing_folder_or_a_file_without_units_is_a_clear_error(tmp_path):
    with pytest.raises(qudt.QudtError, match="QUDT file not found"):
        qudt.import_units(tmp_path / "nowhere")
    (tmp_path / qudt.UNITS_FILE).write_text(TINY_KINDS, encoding="utf-8")
    with pytest.raises(qudt.QudtError, match="no qudt:Unit found"):
        qudt.import_units(tmp_path)
    assert not qudt.available(tmp_path / "nowhere")


def test_a_bad_multiplier_is_named(tmp_path):
    (tmp_path / qudt.UNITS_FILE).write_text(TINY_UNITS.replace("1.0 ;", '"one" ;'), encoding="utf-8")
    with pytest.raises(qudt.QudtError, match="M-PER-SEC conversionMultiplier: expected a number"):
        qudt.import_units(tmp_path)


def test_rdflib_reads_the_same_records_as_pyoxigraph(tiny, monkeypatch):
    pytest.importorskip("pyoxigraph")
    fast = qudt._read_units(tiny / qudt.UNITS_FILE), qudt._read_kinds(tiny / qudt.KINDS_FILE)
    import builtins

    real_import = builtins.__import__

    def no_oxigraph(name, *args, **kwargs):
        if name == "pyoxigraph":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_oxigraph)
    assert (qudt._read_units(tiny / qudt.UNITS_FILE), qudt._read_kinds(tiny / qudt.KINDS_FILE)) == fast


def test_pint_symbol_reads_qudt_typography():
    assert qudt.pint_symbol("kg·m²/s") == "kg*m^2/s"
    assert qudt.pint_symbol("/(m·sr)") == "1/(m*sr)"
    assert parse_unit(qudt.pint_symbol("m⁻³")).dimension == Dimension.of(L=-3)


def test_every_unreadable_unit_is_a_unit_error(Q):
    for junk in (")", "m/", "((", "kg**", "\x00"):
        with pytest.raises(UnitError):
            Q.unit_iri(junk)


@pytest.mark.slow
@needs_qudt
def test_without_pyoxigraph_rdflib_extracts_the_same_records_from_the_big_files(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_oxigraph(name, *args, **kwargs):
        if name == "pyoxigraph":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_oxigraph)
    units = qudt._read_units(QUDT_DIR / qudt.UNITS_FILE)
    kinds = qudt._read_kinds(QUDT_DIR / qudt.KINDS_FILE)
    monkeypatch.undo()
    assert units == qudt._read_units(QUDT_DIR / qudt.UNITS_FILE)
    assert kinds == qudt._read_kinds(QUDT_DIR / qudt.KINDS_FILE)
