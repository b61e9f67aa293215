"""Learning never changes an answer: the same questions with an empty history and with a
history trained to favour other laws get the same derivations and values, exactly. The
store lives where platformdirs says (or ORACLE_CACHE_DIR) and can be switched off."""
import sys
from pathlib import Path

import pytest

from hypergraph.build import load_default
from hypergraph.symbolic import text
from oracle import learn
from oracle.engine import Oracle
from oracle.learn import Memory
from proofs import cache

QUESTIONS = [
    ({"mass": "0.5 kg", "height": "20 m"}, "kinetic energy", "J"),
    ({"mass of the car": "1000 kg", "speed": "72 km/h", "radius of the turn": "50 m"}, "centripetal force", "kN"),
    ({"initial speed": "0 m/s", "acceleration": "3 m/s^2", "time": "5 s"}, "final velocity", "km/h"),
    ({"mass of the earth": "5.972e24 kg", "radius of the earth": "6371 km", "altitude": "400 km"},
     "orbital period", "min"),
    ({"density of water": "1000 kg/m^3", "depth": "10 m"}, "absolute pressure", "kPa"),
    ({"mass of the gas": "8 g", "molar mass": "4 g/mol", "temperature": "273.15 K", "volume": "22.4 L"},
     "pressure", "atm"),
    ({"temperature": "5778 K"}, "peak wavelength", "nm"),
    ({"first charge": "2 uC", "second charge": "3 uC", "distance between the charges": "5 cm"},
     "electrostatic force", "N"),
    ({"voltage": "9 V", "resistance": "470 ohm"}, "current", "mA"),
    ({"focal length": "10 cm", "object distance": "30 cm", "object height": "2 cm"}, "image height", "cm"),
    ({"speed": "0.99 c", "proper time": "2.2 us"}, "dilated time", "us"),
    ({"wavelength of the light": "400 nm", "work function": "2.3 eV"}, "stopping potential", "V"),
    ({"mass of the proton": "1.67262192595e-27 kg", "speed of the proton": "0.8 c"},
     "relativistic kinetic energy", "MeV"),
]


def _fingerprint(a):
    """Everything an answer says, exactly (no tolerance)."""
    d = a.derivation
    return (a.status, a.reasons, str(a.formula), a.value.magnitude, str(a.value.units),
            a.value_in_unit.magnitude, tuple((s.law.id, s.output, s.inputs, s.formula, s.value) for s in d.steps))


@pytest.fixture(scope="module")
def kg():
    return load_default()


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("ORACLE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("ORACLE_LEARN", raising=False)
    yield tmp_path
    with learn._SHARED_LOCK:  # the next test starts from an empty history
        for key in [k for k in learn._SHARED if k[1] == str(tmp_path)]:
            learn._SHARED.pop(key).flush()


@pytest.mark.parametrize("engine", ["spiking", "closure"])
def test_a_history_favouring_other_laws_changes_no_answer(kg, store, engine):
    fresh = [Oracle(kg, learn=False).query(g, f, unit=u, engine=engine) for g, f, u in QUESTIONS]
    assert all(a.found for a in fresh) and len({a.derivation.laws for a in fresh}) >= 10
    # train the history against every answer: other laws used often, and for each
    # question's key a stored derived law that came from other laws
    memory = Memory.for_kb(kg.content_hash)
    used = {law for a in fresh for law in a.derivation.laws}
    others = tuple(law.id for law in kg.laws if law.id not in used)
    for _ in range(30):
        memory.record("E_k", ("x",), "x", others, "proved")
    keys = []
    for a in fresh:
        inputs = tuple(sorted({x for s in a.derivation.steps for x in s.inputs} - {s.output for s in a.derivation.steps}))
        memory.record(a.derivation.target, inputs, "42", others[:3], "proved")
        keys.append((a.derivation.target, inputs))
    memory.flush()
    assert all(memory.lookup(*k)["formula"] == "42" for k in keys)
    assert min(memory.usage[law] for law in others) >= 30 and not any(memory.usage[law] for law in used)
    assert (store / "learned" / "learned.sqlite3").exists()

    trained = Oracle(kg, learn=True)
    again = [trained.query(g, f, unit=u, engine=engine) for g, f, u in QUESTIONS]
    assert [_fingerprint(a) for a in again] == [_fingerprint(a) for a in fresh]
    assert not any(a.learned for a in again)   # a stored formula that differs is never reported as learned
    assert [memory.lookup(*k)["formula"] for k in keys] == [text(a.formula) for a in fresh]  # the same keys
    third = [Oracle(kg, learn=True).query(g, f, unit=u, engine=engine) for g, f, u in QUESTIONS]
    assert [_fingerprint(a) for a in third] == [_fingerprint(a) for a in fresh]
    assert all(a.learned for a in third)       # now learned, and still the same answers


def test_learning_can_be_switched_off(kg, store, monkeypatch):
    assert Oracle(kg).memory is not None                 # on by default
    monkeypatch.setenv("ORACLE_LEARN", "off")
    assert Oracle(kg).memory is None                     # the environment switches the default
    assert Oracle(kg, learn=True).memory is not None     # the argument wins
    monkeypatch.setenv("ORACLE_LEARN", "on")
    assert Oracle(kg, learn=False).memory is None
    assert learn.enabled(None)
    for off in ("0", "false", "OFF", " no "):
        monkeypatch.setenv("ORACLE_LEARN", off)
        assert not learn.enabled(None)


def test_the_store_lives_where_platformdirs_says(monkeypatch, tmp_path):
    """Linux: XDG_CACHE_HOME/oracle-hypergraph, the folder the caches always used (they keep working)."""
    import platformdirs

    monkeypatch.delenv("ORACLE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == Path(platformdirs.user_cache_dir("oracle-hypergraph", appauthor=False))
    if sys.platform.startswith("linux"):
        assert cache.cache_dir() == tmp_path / "oracle-hypergraph"
    assert Memory("kb-hash").path == cache.cache_dir() / "learned" / "learned.sqlite3"
    monkeypatch.setenv("ORACLE_CACHE_DIR", str(tmp_path / "moved"))
    assert Memory("kb-hash").path == tmp_path / "moved" / "learned" / "learned.sqlite3"
    monkeypatch.setenv("ORACLE_CACHE_DIR", "off")
    assert Memory("kb-hash").path is None
