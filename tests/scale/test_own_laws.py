"""Your own laws (issue 14.4): ``oracle.load_kb(extra=...)``; directions cached per law, so
adding a law solves that law alone, and a damaged cache entry is solved again."""
import json
from pathlib import Path

import pytest

from hypergraph.build import load, law_key
from oracle.data import datasets_dir

PHYSICS = datasets_dir() / "physics"
BASE = [PHYSICS / "quantities.py", PHYSICS / "objects.py"]

FIRST = '''
from oracle.laws import U, law

@law(output="p", on="body", assumes=("m > 0", "v >= 0", "p >= 0"))
def my_momentum(m: U["kg"], v: U["m/s"]) -> U["kg*m/s"]:
    """Momentum of a body."""
    return m * v

@law(output="E_k", on="body", assumes=("m > 0", "v >= 0", "E_k >= 0"))
def my_kinetic_energy(m: U["kg"], v: U["m/s"]) -> U["J"]:
    """Kinetic energy of a body."""
    return m * v**2 / 2
'''

SECOND = '''
from oracle.laws import U, law, quantity

p_dyn = quantity("Pa", "dynamic pressure of a body", kind="pressure", of="body")

@law(output="p_dyn", on="body", assumes=("rho > 0", "v >= 0", "p_dyn >= 0"))
def my_dynamic_pressure(rho: U["kg/m^3"], v: U["m/s"]) -> U["Pa"]:
    """Dynamic pressure of a body moving at v through a fluid of density rho."""
    return rho * v**2 / 2
'''


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("ORACLE_CACHE_DIR", str(d))
    return d


def test_adding_a_law_solves_that_law_alone(tmp_path, cache_dir):
    (tmp_path / "first.py").write_text(FIRST)
    kg = load(BASE + [tmp_path / "first.py"])
    assert kg.laws_solved == 2
    (tmp_path / "second.py").write_text(SECOND)
    kg2 = load(BASE + [tmp_path / "first.py", tmp_path / "second.py"])
    assert kg2.laws_solved == 1                      # only the new law
    assert {law.id for law in kg2.laws} >= {"first.my_momentum", "second.my_dynamic_pressure"}
    law = next(x for x in kg2.laws if x.id == "second.my_dynamic_pressure")
    assert {d.variable for d in law.directions} == {"p_dyn", "rho", "v"}
    assert load(BASE + [tmp_path / "first.py", tmp_path / "second.py"]).laws_solved == 0


def test_a_damaged_entry_is_solved_again(tmp_path, cache_dir):
    (tmp_path / "second.py").write_text(SECOND)
    kg = load(BASE + [tmp_path / "second.py"])
    law = next(x for x in kg.laws if x.id == "second.my_dynamic_pressure")
    entry = cache_dir / "kb" / "laws" / f"{law_key(law)}.json"
    assert json.loads(entry.read_text())["directions"]
    for whole in (cache_dir / "kb").glob("*.json"):   # the whole-KB entry too
        whole.unlink()
    from proofs import cache
    cache._memory.clear()
    entry.write_text("{not json")
    again = load(BASE + [tmp_path / "second.py"])
    assert again.laws_solved == 1
    assert [d.formula for d in next(x for x in again.laws if x.id == law.id).directions] == \
        [d.formula for d in law.directions]
    assert json.loads(entry.read_text())["directions"]   # rewritten whole


@pytest.mark.slow  # builds the whole bundled knowledge base (cold in a fresh cache)
def test_load_kb_with_extra_answers_with_the_new_law(tmp_path):
    import oracle

    (tmp_path / "second.py").write_text(SECOND)
    kg = oracle.load_kb(extra=[tmp_path / "second.py"])
    assert any(x.id == "second.my_dynamic_pressure" for x in kg.laws)
    assert len(kg.laws) > 150
    a = oracle.query({"rho": "1.2 kg/m^3", "v": "10 m/s"}, "p_dyn", unit="Pa", kb=kg, engine="closure")
    assert a.value_in_unit.magnitude == pytest.approx(60.0)
    assert a.derivation.laws == ("second.my_dynamic_pressure",)


def test_load_kb_names_a_missing_path(tmp_path):
    import oracle
    from psg.errors import SourceError

    with pytest.raises(SourceError, match="no such file"):
        oracle.load_kb(extra=[tmp_path / "nope.py"])
