"""A content-addressed cache of solver verdicts: in memory, and on disk in the user's cache.

Entries are small JSON files named by the SHA-256 of a system's canonical text, written
atomically (temporary file, then rename), so a crash never leaves half an entry.
``ORACLE_CACHE_DIR`` moves the cache; ``ORACLE_CACHE_DIR=off`` keeps it in memory only.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

_memory: dict[str, dict] = {}


def cache_dir() -> Path | None:
    """Where the oracle keeps what it learns and proves (None: memory only)."""
    env = os.environ.get("ORACLE_CACHE_DIR")
    if env == "off":
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "oracle-hypergraph"


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def get(key: str) -> dict | None:
    if key in _memory:
        return _memory[key]
    d = cache_dir()
    if d is None:
        return None
    path = d / "proofs" / key[:2] / f"{key}.json"
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    _memory[key] = value
    return value


def put(key: str, value: dict) -> None:
    _memory[key] = value
    d = cache_dir()
    if d is None:
        return
    try:
        write_atomic(d / "proofs" / key[:2] / f"{key}.json", json.dumps(value))
    except OSError:
        pass  # a read-only cache only costs time
