"""oracle.query: values with units, derivations, proofs, errors, learning."""
import math

import pytest

import oracle
from hypergraph.build import load
from oracle.engine import (ContradictoryGivensError, DimensionMismatchError, Oracle, QueryError)
from oracle.learn import Memory
from oracle.names import UnknownQuantityError

KB = '''
from math import sqrt
from oracle.laws import U, law, codata
G: U["m^3/(kg*s^2)"] = codata("Newtonian constant of gravitation")

@law(output="E_k", assumes=("m > 0", "v > 0"))
def kinetic_energy(m: U["kg"], v: U["m/s"]) -> U["J"]:
    """Kinetic energy."""
    return 0.5 * m * v**2

@law(output="v", assumes=("g > 0", "h > 0"))
def free_fall_speed(g: U["m/s^2"], h: U["m"]) -> U["m/s"]:
    return sqrt(2 * g * h)

@law(output="g", assumes=("M > 0", "r > 0"))
def surface_gravity(M: U["kg"], r: U["m"]) -> U["m/s^2"]:
    return G * M / r**2
'''
QUANTITIES = '''
from oracle.laws import quantity
m = quantity("kg", "mass", kind="mass", synonyms=("mass of the body",))
v = quantity("m/s", "speed", kind="speed", synonyms=("velocity",))
E_k = quantity("J", "kinetic energy", kind="energy", synonyms=("KE",))
h = quantity("m", "height", kind="length", synonyms=("drop height",))
M = quantity("kg", "mass of the central body", kind="mass", synonyms=("planet mass",))
r = quantity("m", "radius of the planet", kind="length")
g = quantity("m/s^2", "gravitational acceleration", kind="acceleration")
'''


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    d = tmp_path_factory.mktemp("kb")
    (d / "quantities.py").write_text(QUANTITIES)
    (d / "mech.py").write_text(KB)
    return Oracle(load(d), learn=False)


def test_three_step_derivation_with_independent_value(small):
    a = small.query({"planet mass": "5.972e24 kg", "r": "6371 km", "m": "2 kg", "drop height": "10 m"},
                    "KE", unit="kJ")
    G = 6.67430e-11
    expected = 2 * (G * 5.972e24 / 6.371e6**2) * 10  # m g h
    assert a.found and a.value_in_unit.magnitude == pytest.approx(expected / 1e3, rel=1e-9)
    assert a.derivation.laws == ("mech.surface_gravity", "mech.free_fall_speed", "mech.kinetic_energy")
    assert a.proof.status == "proved"
    assert str(a.formula) == "G*M*h*m/r**2"
    assert "surface gravity" in str(a)


def test_inverse_directions_are_used(small):
    a = small.query({"E_k": "9 J", "m": "2 kg", "g": "9.81 m/s^2"}, "h")
    assert a.value.magnitude == pytest.approx(9 / 2 / 9.81 / 2 * 2, rel=1e-12)  # v^2/(2g) with v^2 = 2E/m
    assert [s.law.direction(s.output).status for s in a.derivation.steps] == ["proved", "proved"]


def test_not_derivable_names_the_smallest_additions(small):
    a = small.query({"m": "2 kg"}, "kinetic energy")
    assert not a.found and a.status == "not derivable"
    assert ("speed (v)",) in a.missing       # written as names, of the question's own object
    assert all(len(s) == 1 for s in a.missing)
    assert "cannot be derived" in str(a) and str(a).startswith("status: not derivable")


def test_values_as_pint_quantities_and_plain_numbers(small):
    from psg.units import registry
    ureg = registry()
    a = small.query({"m": ureg.Quantity(2000, "g"), "v": "3 m/s"}, "E_k", unit="eV")
    assert a.value.magnitude == pytest.approx(9.0)
    assert a.value_in_unit.magnitude == pytest.approx(9.0 / 1.602176634e-19)
    with pytest.raises(DimensionMismatchError, match="a number without a unit.*write its unit, e.g. '3 m/s'"):
        small.query({"m": "2 kg", "v": 3.0}, "E_k")   # a bare number is dimensionless, as "3" on the command line


@pytest.mark.parametrize("given, find, error, text", [
    ({"m": "3 m"}, "E_k", DimensionMismatchError, "'3 m' was given for mass (m), which is a mass [kg], but it is a length [m]"),
    ({"mass": "2 kg"}, "kinetc energy", UnknownQuantityError, "did you mean 'kinetic energy'"),
    ({"m": "2 kg", "v": "1 m/s", "E_k": "5 J"}, "h", ContradictoryGivensError, "contradict mech.kinetic_energy"),
    ({"m": "2 kgg"}, "E_k", QueryError, "cannot read the value '2 kgg'"),
    ({"m": ["2"]}, "E_k", QueryError, "must be a string"),
    ({"m": "2 kg", "v": "1 m/s"}, "E_k", DimensionMismatchError, "cannot be given in 'm' (a length"),
])
def test_bad_input_is_named(small, given, find, error, text):
    with pytest.raises(error) as info:
        small.query(given, find, unit="m" if "cannot be given" in text else None)
    assert text in str(info.value)


def test_given_twice_under_two_names_must_agree(small):
    with pytest.raises(ContradictoryGivensError, match="given twice"):
        small.query({"v": "3 m/s", "velocity": "4 m/s"}, "E_k")


def test_check_and_relate(small):
    bad = small.check({"m": "2 kg", "v": "3 m/s", "E_k": "10 J"})
    assert [b["law"] for b in bad] == ["mech.kinetic_energy"] and bad[0]["expected"] == pytest.approx(9.0)
    assert small.check({"m": "2 kg", "v": "3 m/s", "E_k": "9.05 J"}) == []
    rel = small.relate("drop height", "KE")
    assert rel["chains"] == [["mech.free_fall_speed", "mech.kinetic_energy"]]


def test_learning_persists_atomically_and_is_reused(tmp_path, monkeypatch, small):
    monkeypatch.setenv("ORACLE_CACHE_DIR", str(tmp_path))
    o = Oracle(small.kg, learn=True)
    a = o.query({"m": "2 kg", "g": "9.81 m/s^2", "h": "1 m"}, "E_k")
    assert not a.learned
    store = tmp_path / "learned" / "learned.sqlite3"
    assert store.exists() and not list((tmp_path / "learned").glob("*.tmp"))
    (entry,) = Memory(small.kg.content_hash).derived.values()  # as a fresh process reads it
    assert entry["laws"] == ["mech.free_fall_speed", "mech.kinetic_energy"] and entry["proof"] == "proved"
    again = Oracle(small.kg, learn=True).query({"m": "3 kg", "g": "9.81 m/s^2", "h": "2 m"}, "E_k")
    assert again.learned and again.value.magnitude == pytest.approx(3 * 9.81 * 2)
    off = Oracle(small.kg, learn=False)
    assert off.memory is None


def test_learning_never_changes_an_answer(tmp_path, monkeypatch):
    """Learned laws and usage counts may make a question faster, never change its
    derivation or value: the same question with and without a history."""
    d = tmp_path / "kb2"
    d.mkdir()
    (d / "quantities.py").write_text(QUANTITIES + 'p = quantity("kg*m/s", "momentum", kind="momentum")\n')
    (d / "mech.py").write_text(KB + '''
@law(output="E_k", assumes=("m > 0", "p > 0"))
def kinetic_energy_from_momentum(m: U["kg"], p: U["kg*m/s"]) -> U["J"]:
    return p**2 / (2 * m)
''')
    kg = load(d)
    given = {"m": "2 kg", "v": "3 m/s", "p": "6 kg*m/s"}
    monkeypatch.setenv("ORACLE_CACHE_DIR", str(tmp_path / "cache"))
    fresh = Oracle(kg, learn=False).query(given, "E_k", engine="closure")
    from oracle.learn import Memory
    memory = Memory.for_kb(kg.content_hash)
    for _ in range(3):
        memory.record("E_k", ("m", "p"), "p**2/(2*m)", ("mech.kinetic_energy_from_momentum",), "proved")
    for engine in ("closure", "spiking"):
        again = Oracle(kg, learn=True).query(given, "E_k", engine=engine)
        assert again.derivation.laws == fresh.derivation.laws, engine
        assert again.value == fresh.value
