"""A content-addressed cache of solver verdicts: in memory, and on disk in the user's cache.

Entries are small JSON files named by the SHA-256 of a system's canonical text, written
atomically (temporary file, then rename), so a crash never leaves half an entry. Each
entry holds its key and the SHA-256 of its value's canonical text: an entry that does not
match (damaged, edited, or another key's) is ignored, deleted and recomputed, never
trusted. Temporary files a killed process left behind are swept away (after an hour).
The cache lives in the user cache folder that platformdirs gives (:func:`cache_dir`);
``ORACLE_CACHE_DIR`` moves it; ``ORACLE_CACHE_DIR=off`` keeps it in memory only.

>>> checksum("ab" * 32, {"cores": []}) == checksum("ab" * 32, {"cores": [[0]]})  # an edit shows
False
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
import threading
import time
from pathlib import Path

_memory: dict[str, dict] = {}

#: Temporary files older than this (seconds) are a killed writer's leftovers.
ORPHAN_AGE_S = 3600
_swept: set[str] = set()
_swept_lock = threading.Lock()


def cache_dir() -> Path | None:
    """Where the oracle keeps what it learns and proves (None: memory only): the user cache
    folder platformdirs gives (``~/.cache/oracle-hypergraph`` on Linux, honouring
    ``XDG_CACHE_HOME``; ``~/Library/Caches/oracle-hypergraph`` on macOS; ``%LOCALAPPDATA%``
    on Windows), or ``ORACLE_CACHE_DIR``."""
    env = os.environ.get("ORACLE_CACHE_DIR")
    if env == "off":
        return None
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("oracle-hypergraph", appauthor=False))


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _swept_lock:  # os.umask can only be read by setting it
        old = os.umask(0o022)
        os.umask(old)
    return old


def new_file_mode() -> int:
    """The mode ``open()`` gives a new file under the process's umask (0o644 under 022): what
    a file written through a temporary one (created 0o600) must get before it is renamed."""
    return 0o666 & ~_umask()


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never a part.

    A symlink at ``path`` is written through (its target is replaced, the link kept); the
    file gets the mode the old one had, or else the one the umask gives a new file (as
    ``open()`` would: not the 0600 of a temporary file).
    """
    path = Path(path)
    try:
        target = path.resolve() if path.is_symlink() else path
    except (RuntimeError, OSError) as err:  # a symlink loop
        raise OSError(f"cannot write through the symlink {path}: {err}") from None
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = new_file_mode()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fchmod(f.fileno(), mode)
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def sweep_orphans(folder: Path, max_age_s: float = ORPHAN_AGE_S) -> int:
    """Delete ``.*.tmp`` files older than ``max_age_s`` in ``folder`` (a killed writer's
    leftovers; once per folder and process). Returns how many went."""
    key = str(folder)
    with _swept_lock:
        if key in _swept:
            return 0
        _swept.add(key)
    gone = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for e in entries:
        if e.name.startswith(".") and e.name.endswith(".tmp"):
            try:
                if e.is_file(follow_symlinks=False) and now - e.stat(follow_symlinks=False).st_mtime > max_age_s:
                    os.unlink(e.path)
                    gone += 1
            except OSError:
                pass
    return gone


def checksum(key: str, value) -> str:
    """SHA-256 of a key and its value's canonical JSON: what an entry on disk must match."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{key}\0{text}".encode("utf-8")).hexdigest()


def read_verified(path: Path, key: str):
    """The value stored at ``path`` under ``key``, or None if missing, damaged or edited
    (a bad entry is deleted, so it is rebuilt)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError):
        doc = None
    if isinstance(doc, dict) and doc.get("key") == key and "value" in doc and doc.get("sha256") == checksum(key, doc["value"]):
        return doc["value"]
    try:
        path.unlink()
    except OSError:
        pass
    return None


def write_verified(path: Path, key: str, value) -> None:
    """Store ``value`` under ``key`` with its checksum (atomically; a read-only cache only costs time)."""
    try:
        sweep_orphans(path.parent)
        write_atomic(path, json.dumps({"key": key, "sha256": checksum(key, value), "value": value}))
    except OSError:
        pass


def _path(d: Path, key: str) -> Path:
    return d / "proofs" / key[:2] / f"{key}.json"


def get(key: str) -> dict | None:
    if key in _memory:
        return _memory[key]
    d = cache_dir()
    if d is None:
        return None
    value = read_verified(_path(d, key), key)
    if not isinstance(value, dict):
        return None
    _memory[key] = value
    return value


def put(key: str, value: dict) -> None:
    _memory[key] = value
    d = cache_dir()
    if d is not None:
        write_verified(_path(d, key), key, value)
