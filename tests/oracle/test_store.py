"""Nothing learned or cached is lost or trusted blindly: the learned store survives kill -9
and two writers at once, damaged or edited entries are ignored and rebuilt, temporary
files of killed writers are swept away, and files are written with the umask's mode and
through symlinks."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from oracle.learn import Memory, entry_hash
from proofs import cache

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def small_oracle_kb(tmp_path_factory):
    from hypergraph.build import load
    from test_query_basics import KB, QUANTITIES

    d = tmp_path_factory.mktemp("kb")
    (d / "quantities.py").write_text(QUANTITIES)
    (d / "mech.py").write_text(KB)
    return load(d)


def _writer(cache_dir: Path, tag: str, n: int, flush_every: int = 1) -> list[str]:
    code = textwrap.dedent(f"""
        import sys, os
        sys.path.insert(0, {str(ROOT)!r})
        os.environ["ORACLE_CACHE_DIR"] = {str(cache_dir)!r}
        from oracle.learn import Memory
        m = Memory("kb")
        print("ready", flush=True)
        for k in range({n} if {n} >= 0 else 10**9):
            m.record(f"T{tag}{{k}}", ("a", "b"), f"a*b + {{k}}", ("law.{tag}",), "proved")
            if k % {flush_every} == 0:
                m.flush()
            print(k, flush=True)
        m.flush()
    """)
    return [sys.executable, "-I", "-c", code]


def test_two_writers_at_once_keep_both_entries(tmp_path):
    """Before: each process saved its whole view over the file, and one lost all its entries."""
    procs = [subprocess.Popen(_writer(tmp_path, tag, 60), stdout=subprocess.PIPE, text=True) for tag in "AB"]
    for p in procs:
        assert p.wait(120) == 0
    os.environ["ORACLE_CACHE_DIR"], saved = str(tmp_path), os.environ.get("ORACLE_CACHE_DIR")
    try:
        m = Memory("kb")
        keys = set(m.derived)
        assert {f"TA{k}<-a,b" for k in range(60)} | {f"TB{k}<-a,b" for k in range(60)} <= keys
        assert m.usage["law.A"] == 60 and m.usage["law.B"] == 60
    finally:
        os.environ["ORACLE_CACHE_DIR"] = saved


def test_kill_9_at_any_moment_leaves_a_readable_store(tmp_path):
    store = tmp_path / "learned" / "learned.sqlite3"
    committed = 0
    for round_ in range(6):
        p = subprocess.Popen(_writer(tmp_path, f"R{round_}x", -1), stdout=subprocess.PIPE, text=True)
        assert p.stdout.readline().strip() == "ready"
        last = -1
        deadline = time.monotonic() + 0.2 + 0.13 * round_
        while time.monotonic() < deadline:
            line = p.stdout.readline()
            if line.strip().isdigit():
                last = int(line)
        p.send_signal(signal.SIGKILL)
        p.wait(30)
        db = sqlite3.connect(store)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()
        os.environ["ORACLE_CACHE_DIR"], saved = str(tmp_path), os.environ.get("ORACLE_CACHE_DIR")
        try:
            got = Memory("kb").derived
        finally:
            os.environ["ORACLE_CACHE_DIR"] = saved
        mine = {k for k in got if k.startswith(f"TR{round_}x")}
        assert {f"TR{round_}x{k}<-a,b" for k in range(last + 1)} <= mine  # every entry it reported done
        committed += len(mine)
    assert committed > 0


def test_a_damaged_store_is_set_aside_and_never_blocks(tmp_path, monkeypatch):
    monkeypatch.setenv("ORACLE_CACHE_DIR", str(tmp_path))
    (tmp_path / "learned").mkdir()
    (tmp_path / "learned" / "learned.sqlite3").write_bytes(b"this is not a database" * 100)
    m = Memory("kb")  # before: a damaged store blocked every query
    m.record("E", ("a",), "2*a", ("l",), "proved")
    assert m.lookup("E", ("a",))["formula"] == "2*a"
    assert list((tmp_path / "learned").glob("learned.sqlite3.damaged-*"))


def test_edited_entries_are_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("ORACLE_CACHE_DIR", str(tmp_path))
    m = Memory("kb")
    m.record("E", ("a",), "2*a", ("l",), "proved")
    db = sqlite3.connect(tmp_path / "learned" / "learned.sqlite3")
    db.execute("UPDATE derived SET doc = replace(doc, '2*a', '3*a')")  # edited by hand
    db.commit()
    assert Memory("kb").lookup("E", ("a",)) is None
    assert db.execute("SELECT count(*) FROM derived").fetchone()[0] == 0  # and deleted


def test_an_edited_learned_formula_is_never_used(small_oracle_kb, tmp_path, monkeypatch):
    """Even with a matching checksum, a learned formula that does not give the derivation's
    value is dropped (before: an edited cache made the oracle answer a wrong value, proved)."""
    from oracle.engine import Oracle

    monkeypatch.setenv("ORACLE_CACHE_DIR", str(tmp_path))
    given = {"m": "2 kg", "g": "9.81 m/s^2", "h": "1 m"}
    assert not Oracle(small_oracle_kb, learn=True).query(given, "E_k").learned
    db = sqlite3.connect(tmp_path / "learned" / "learned.sqlite3")
    (key, doc), = db.execute("SELECT key, doc FROM derived").fetchall()
    entry = json.loads(doc)
    entry["formula"] = "3*" + entry["formula"]
    forged = json.dumps(entry, sort_keys=True, separators=(",", ":"))
    db.execute("UPDATE derived SET doc = ?, sha256 = ?", (forged, entry_hash(forged)))
    db.commit()
    a = Oracle(small_oracle_kb, learn=True).query(given, "E_k")
    assert not a.learned and a.value.magnitude == pytest.approx(2 * 9.81 * 1)
    assert "3*" not in str(a.formula)


def test_edited_proof_cache_entries_are_recomputed(tmp_path, monkeypatch):
    from proofs import prove

    monkeypatch.setenv("ORACLE_CACHE_DIR", str(tmp_path))
    src = "def f(x, y: U['m'], t: U['s']):\n    a = x + y\n    return x + t\n"
    assert prove(src).status == "refuted"
    (entry,) = (tmp_path / "proofs").rglob("*.json")
    doc = json.loads(entry.read_text())
    doc["value"]["cores"] = []  # edited: "no conflict"
    entry.write_text(json.dumps(doc))
    cache._memory.clear()
    assert prove(src).status == "refuted"   # before: the edited entry was trusted: proved
    # a forged entry with a matching checksum but a model that does not satisfy the system
    doc = json.loads(entry.read_text())
    doc["value"]["cores"] = []
    doc["sha256"] = cache.checksum(doc["key"], doc["value"])
    entry.write_text(json.dumps(doc))
    cache._memory.clear()
    assert prove(src).status == "refuted"


def test_edited_knowledge_base_cache_is_solved_again(tmp_path, monkeypatch):
    from hypergraph import build

    monkeypatch.setenv("ORACLE_CACHE_DIR", str(tmp_path))
    solved = {"mech.k": [{"variable": "E", "formula": "m*v**2/2", "status": "law", "note": ""}]}
    build._store_directions("k" * 64, solved)
    cache._memory.clear()
    assert build._cached_directions("k" * 64) == solved
    path = tmp_path / "kb" / f"{'k' * 64}.json"
    path.write_text(path.read_text().replace("m*v**2/2", "m*v**2"))
    cache._memory.clear()
    assert build._cached_directions("k" * 64) is None and not path.exists()


def test_orphaned_temporary_files_are_swept(tmp_path):
    old, new = tmp_path / ".x.json.abc.tmp", tmp_path / ".y.json.def.tmp"
    old.write_text("left by a kill -9")
    new.write_text("being written right now")
    os.utime(old, (time.time() - 2 * cache.ORPHAN_AGE_S,) * 2)
    assert cache.sweep_orphans(tmp_path) == 1
    assert not old.exists() and new.exists()


def test_files_take_the_umask_and_symlinks_are_written_through(tmp_path):
    old = os.umask(0o022)
    try:
        report = tmp_path / "report.html"
        cache.write_atomic(report, "<html>")
        assert report.stat().st_mode & 0o777 == 0o644  # before: 0600 whatever the umask
        real = tmp_path / "real.md"
        real.write_text("old")
        link = tmp_path / "link.md"
        link.symlink_to(real)
        cache.write_atomic(link, "new")
        assert link.is_symlink() and real.read_text() == "new"  # before: the link was replaced
    finally:
        os.umask(old)
