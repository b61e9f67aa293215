"""What the oracle learns: derived laws it has proved, and how often each law is used.

**Learning never changes an answer.** It may change speed, never the derivation chosen nor
the value: the search reads nothing from the store (ties are broken by the knowledge
base's own order, the same with or without a history). A derivation is kept as a *derived
law* (target, the givens it needs, its composed formula, the laws it came from, its proof
status); when the same question comes again the answer says ``learned`` (only when the
stored formula is the one just composed; an entry that differs is deleted). Usage counts
are statistics for people (``Memory.usage``), never an input of the search.

**Switching it off**: ``oracle.query(..., learn=False)`` or ``Oracle(learn=False)`` for
one call or oracle; ``ORACLE_LEARN=off`` (or ``0``, ``false``, ``no``) for the process,
which is the default of ``learn`` (:func:`enabled`); ``oracle query --no-learn``.

**The store** is one SQLite database, ``learned/learned.sqlite3`` in the oracle's cache
folder (:func:`proofs.cache.cache_dir`: the user cache folder platformdirs gives, e.g.
``~/.cache/oracle-hypergraph`` on Linux; ``ORACLE_CACHE_DIR`` moves it, ``off`` keeps it in
memory), in WAL mode, rows keyed by the knowledge base's content hash.
SQLite makes every write atomic (a ``kill -9`` at any moment leaves the last committed
state) and lets several processes write at once: each write is an upsert of that one
entry, or an increment of a count, so both processes' entries are kept (nothing saves a
whole view over another's). Every derived law is stored with the SHA-256 of its
canonical text; an entry that does not match (damaged or edited) is ignored and deleted.
A store that SQLite cannot open (not a database, damaged beyond
reading) is moved aside and started afresh; if even that fails, learning goes on in
memory: a broken store never blocks a query.

>>> Memory.key("E_k", ("v", "m"))  # a derived law's key: the target and its givens
'E_k<-m,v'
>>> len(entry_hash('{"formula":"m*v**2/2"}'))
64
"""
from __future__ import annotations

import atexit
import hashlib
import json
import os
import sqlite3
import threading
import time
from collections import Counter
from pathlib import Path

from proofs.cache import cache_dir, sweep_orphans

_SHARED: dict[tuple, "Memory"] = {}
_SHARED_LOCK = threading.Lock()

#: A derived law's stored text is at most this long (a longer one is not kept, nor trusted).
MAX_ENTRY_CHARS = 64 * 1024
#: How long a writer waits for another process's write to finish (SQLite's busy time-out).
BUSY_TIMEOUT_S = 10.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS derived (kb TEXT NOT NULL, key TEXT NOT NULL, doc TEXT NOT NULL,
                                    sha256 TEXT NOT NULL, uses INTEGER NOT NULL DEFAULT 0,
                                    PRIMARY KEY (kb, key));
CREATE TABLE IF NOT EXISTS usage (kb TEXT NOT NULL, law TEXT NOT NULL, count INTEGER NOT NULL,
                                  PRIMARY KEY (kb, law));
"""


#: Values of ``ORACLE_LEARN`` that switch learning off.
OFF = ("off", "0", "false", "no")


def enabled(learn: bool | None = None) -> bool:
    """Whether to learn: ``learn`` if given, else on unless ``ORACLE_LEARN`` says off."""
    if learn is not None:
        return bool(learn)
    return os.environ.get("ORACLE_LEARN", "on").strip().lower() not in OFF


def entry_hash(doc_text: str) -> str:
    """The SHA-256 a derived law is stored with (of its canonical JSON text)."""
    return hashlib.sha256(doc_text.encode("utf-8")).hexdigest()


class Memory:
    """Derived laws and usage counts for one knowledge base.

    ``Memory.for_kb(hash)`` gives the process's one memory of that knowledge base (so every
    oracle in the process sees the same counts). A new derived law is written at once;
    usage counts reach the store every 20 uses and at exit (as increments, so counts from
    several processes add up). Every method may be called from several threads.
    """

    @classmethod
    def for_kb(cls, kb_hash: str) -> "Memory":
        key = (kb_hash, str(cache_dir()))
        with _SHARED_LOCK:
            if key not in _SHARED:
                _SHARED[key] = cls(kb_hash)
                atexit.register(_SHARED[key].flush)
            return _SHARED[key]

    def __init__(self, kb_hash: str) -> None:
        self.kb_hash = kb_hash
        d = cache_dir()
        self.path: Path | None = None if d is None else d / "learned" / "learned.sqlite3"
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._local: dict[str, dict] = {}  # derived laws when there is no store
        self.usage: Counter = Counter()
        self._pending: Counter = Counter()  # usage increments not yet in the store
        self._unsaved = 0
        self._open()
        self._load_usage()

    # -- the store ------------------------------------------------------------------
    def _open(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            sweep_orphans(self.path.parent)
            self._db = self._connect()
        except sqlite3.DatabaseError:  # not a database, or damaged: set it aside, start afresh
            self._set_aside()
        except OSError:
            self._db = None  # a read-only or missing cache folder: learn in memory

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                             check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            db.execute("SELECT count(*) FROM derived").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def _set_aside(self) -> None:
        """Move a store SQLite cannot read out of the way (kept for inspection) and start a new one."""
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        self._db = None
        if self.path is None:
            return
        stamp = time.strftime("%Y%m%d-%H%M%S")
        try:
            for suffix in ("", "-wal", "-shm"):
                p = Path(str(self.path) + suffix)
                if p.exists():
                    os.replace(p, Path(f"{self.path}.damaged-{stamp}-{os.getpid()}{suffix}"))
            self._db = self._connect()
        except (OSError, sqlite3.Error):
            self._db = None  # learning goes on in memory

    def _run(self, sql: str, args=(), fetch: bool = False):
        """One statement on the store; on a damaged store, set it aside and go on (None)."""
        with self._lock:
            if self._db is None:
                return None
            try:
                cur = self._db.execute(sql, args)
                return cur.fetchall() if fetch else True
            except sqlite3.OperationalError:
                return None  # busy past the time-out, disk full, read-only: it is only a cache
            except sqlite3.DatabaseError:
                self._set_aside()
                return None

    def _load_usage(self) -> None:
        rows = self._run("SELECT law, count FROM usage WHERE kb = ?", (self.kb_hash,), fetch=True)
        for law, count in rows or ():
            if isinstance(count, int) and count > 0:
                self.usage[law] = count

    # -- derived laws ----------------------------------------------------------------
    @staticmethod
    def key(target: str, inputs: tuple[str, ...]) -> str:
        return f"{target}<-{','.join(sorted(inputs))}"

    @property
    def derived(self) -> dict[str, dict]:
        """Every verified derived law of this knowledge base, by key."""
        rows = self._run("SELECT key, doc, sha256, uses FROM derived WHERE kb = ?", (self.kb_hash,), fetch=True)
        if rows is None:
            with self._lock:
                return dict(self._local)
        out = {}
        for key, doc, sha, uses in rows:
            entry = self._verified(key, doc, sha, uses)
            if entry is not None:
                out[key] = entry
        return out

    def _verified(self, key: str, doc, sha, uses) -> dict | None:
        """The entry if its text is intact and well formed; else None (and it is deleted)."""
        ok = isinstance(doc, str) and len(doc) <= MAX_ENTRY_CHARS and isinstance(sha, str) and entry_hash(doc) == sha
        entry = None
        if ok:
            try:
                entry = json.loads(doc)
            except (ValueError, RecursionError):
                entry = None
        if not (isinstance(entry, dict) and isinstance(entry.get("formula"), str) and isinstance(entry.get("laws"), list)
                and entry.get("key") == key and entry.get("kb") == self.kb_hash):
            self._run("DELETE FROM derived WHERE kb = ? AND key = ?", (self.kb_hash, key))
            return None
        entry["uses"] = uses if isinstance(uses, int) else 0
        return entry

    def lookup(self, target: str, inputs: tuple[str, ...]) -> dict | None:
        """The proved derived law for ``target`` from ``inputs`` (any process may have stored it)."""
        k = self.key(target, inputs)
        rows = self._run("SELECT doc, sha256, uses FROM derived WHERE kb = ? AND key = ?", (self.kb_hash, k), fetch=True)
        if rows is None:
            with self._lock:
                d = self._local.get(k)
        else:
            d = self._verified(k, *rows[0]) if rows else None
        return d if d and d.get("proof") == "proved" else None

    def forget(self, target: str, inputs: tuple[str, ...]) -> None:
        """Drop a derived law (the engine found it does not give the derivation's value)."""
        k = self.key(target, inputs)
        with self._lock:
            self._local.pop(k, None)
        self._run("DELETE FROM derived WHERE kb = ? AND key = ?", (self.kb_hash, k))

    def record(self, target: str, inputs: tuple[str, ...], formula: str, laws: tuple[str, ...], proof: str) -> None:
        k = self.key(target, inputs)
        entry = {"kb": self.kb_hash, "key": k, "target": target, "inputs": sorted(inputs), "formula": formula,
                 "laws": list(laws), "proof": proof}
        doc = json.dumps(entry, sort_keys=True, separators=(",", ":"))
        with self._lock:
            self.usage.update(laws)
            self._pending.update(laws)
            self._unsaved += 1
            if len(doc) <= MAX_ENTRY_CHARS:
                done = self._run(
                    "INSERT INTO derived (kb, key, doc, sha256, uses) VALUES (?, ?, ?, ?, 1) "
                    "ON CONFLICT (kb, key) DO UPDATE SET uses = uses + 1, doc = excluded.doc, "
                    "sha256 = excluded.sha256",
                    (self.kb_hash, k, doc, entry_hash(doc)))
                if done is None:
                    old = self._local.get(k)
                    self._local[k] = {**entry, "uses": (old or {}).get("uses", 0) + 1}
            if self._unsaved >= 20:  # counts in batches
                self.flush()

    def flush(self) -> None:
        """Add the usage counts not yet stored (increments: other processes' counts are kept)."""
        with self._lock:
            if not self._pending:
                return
            rows = [(self.kb_hash, law, n) for law, n in self._pending.items()]
            if self._db is not None:
                try:
                    with self._db:  # one transaction
                        self._db.execute("BEGIN IMMEDIATE")
                        self._db.executemany(
                            "INSERT INTO usage (kb, law, count) VALUES (?, ?, ?) "
                            "ON CONFLICT (kb, law) DO UPDATE SET count = count + excluded.count", rows)
                except sqlite3.OperationalError:
                    return  # busy or read-only: keep the counts for the next flush
                except sqlite3.DatabaseError:
                    self._set_aside()
                    return
            self._pending.clear()
            self._unsaved = 0
