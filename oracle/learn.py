"""What the oracle learns: derived laws it has proved, and how often each law is used.

A derivation used once is kept as a *derived law* (target, the givens it needs, its
composed formula, the laws it came from, its proof status) and reused when the same
question comes again; usage counts of laws order the search (most used first on ties).
Both persist in the user's cache directory, keyed by the knowledge base's content hash,
written atomically. ``oracle.query(..., learn=False)`` turns it all off.
"""
from __future__ import annotations

import atexit
import json
from collections import Counter

from proofs.cache import cache_dir, write_atomic

_SHARED: dict[tuple, "Memory"] = {}


class Memory:
    """Derived laws and usage counts for one knowledge base.

    ``Memory.for_kb(hash)`` gives the process's one memory of that knowledge base (so every
    oracle in the process sees the same counts); counts reach the disk with each new derived
    law, every 20 uses, and at exit.
    """

    @classmethod
    def for_kb(cls, kb_hash: str) -> "Memory":
        key = (kb_hash, str(cache_dir()))
        if key not in _SHARED:
            _SHARED[key] = cls(kb_hash)
            atexit.register(_SHARED[key].flush)
        return _SHARED[key]

    def __init__(self, kb_hash: str) -> None:
        self.kb_hash = kb_hash
        d = cache_dir()
        self.path = None if d is None else d / "learned" / f"{kb_hash}.json"
        self.derived: dict[str, dict] = {}
        self.usage: Counter = Counter()
        self._unsaved = 0
        self._load()

    def _load(self) -> None:
        if self.path is None:
            return
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # nothing learned yet, or a damaged file: start afresh (it is only a cache)
        if isinstance(doc, dict) and doc.get("kb") == self.kb_hash:
            self.derived = {k: v for k, v in doc.get("derived", {}).items() if isinstance(v, dict)}
            self.usage = Counter({k: int(v) for k, v in doc.get("usage", {}).items()})

    def _save(self) -> None:
        if self.path is None:
            return
        doc = {"kb": self.kb_hash, "derived": self.derived, "usage": dict(self.usage)}
        try:
            write_atomic(self.path, json.dumps(doc, indent=1, sort_keys=True))
        except OSError:
            pass  # a read-only cache costs speed, never answers

    def flush(self) -> None:
        """Write what is not yet on disk."""
        if self._unsaved:
            self._save()
            self._unsaved = 0

    @staticmethod
    def key(target: str, inputs: tuple[str, ...]) -> str:
        return f"{target}<-{','.join(sorted(inputs))}"

    def lookup(self, target: str, inputs: tuple[str, ...]) -> dict | None:
        d = self.derived.get(self.key(target, inputs))
        return d if d and d.get("proof") == "proved" else None

    def record(self, target: str, inputs: tuple[str, ...], formula: str, laws: tuple[str, ...], proof: str) -> None:
        k = self.key(target, inputs)
        entry = self.derived.get(k)
        new = entry is None
        if new:
            entry = {"target": target, "inputs": list(inputs), "formula": formula, "laws": list(laws),
                     "proof": proof, "uses": 0}
            self.derived[k] = entry
        entry["uses"] += 1
        self.usage.update(laws)
        self._unsaved += 1
        if new or self._unsaved >= 20:  # new knowledge at once; counts in batches
            self._save()
            self._unsaved = 0
