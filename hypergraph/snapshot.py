"""A built knowledge graph kept as JSON, so a new process starts without rebuilding it.

Building the bundled knowledge graph parses every law module, reads its declarations,
proves its units and turns each law into sympy: about a second, on every start. The
result is plain data (quantities, constants, laws with their proved directions, kinds of
object, limits), so it is written once as JSON and read back on later starts.

The snapshot is keyed by what the build reads: the law modules (their bytes and where they
are, since the graph's spans name them), the source of
the packages that build (``psg``, ``hypergraph``, ``proofs``: a change to the builder is a
new key) and the versions of the libraries whose results it holds (scipy's CODATA values,
pint, sympy, z3). Reading is a whitelist of the model's dataclasses, never code: a snapshot
that fails its checksum or holds anything else is discarded and the graph is built again.
The PSG and the unit proof report of a graph read from its snapshot are made on first use
(the explorer's law panel wants them; a query does not).

>>> from hypergraph.model import Constant
>>> from_json(to_json(Constant("c", 299792458.0, "m/s", "CODATA")))
<Constant c = 299792458 m/s>
"""
from __future__ import annotations

import hashlib
from dataclasses import fields, is_dataclass
from fractions import Fraction
from importlib import metadata
from pathlib import Path

from psg.graph import Span
from psg.units import Dimension

from .directions import Direction
from .model import Constant, KnowledgeGraph, Law, Limit, ObjectKind, Quantity

#: The dataclasses a snapshot may hold, by name: nothing else is ever built from one.
TYPES = {t.__name__: t for t in (Quantity, Constant, Law, ObjectKind, Limit, Direction, Span, Dimension)}
_BUILDERS = ("psg", "hypergraph", "proofs")
_LIBRARIES = ("scipy", "pint", "sympy", "z3-solver")


class SnapshotError(ValueError):
    """A snapshot holds something that is not a knowledge graph's data."""


def to_json(value):
    """``value`` (the model's dataclasses, tuples, strings, numbers, Fractions) as JSON data."""
    if is_dataclass(value):
        return {"t": type(value).__name__, **{f.name: to_json(getattr(value, f.name)) for f in fields(value)}}
    if isinstance(value, Fraction):
        return {"t": "Fraction", "v": str(value)}
    if isinstance(value, (tuple, list)):
        return [to_json(v) for v in value]
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise SnapshotError(f"cannot keep a {type(value).__name__} in a snapshot")


def from_json(data):
    """The inverse of :func:`to_json` (lists come back as tuples, as the model holds them)."""
    if isinstance(data, list):
        return tuple(from_json(v) for v in data)
    if isinstance(data, dict):
        name = data.get("t")
        if name == "Fraction" and isinstance(data.get("v"), str):
            return Fraction(data["v"])
        cls = TYPES.get(name)
        if cls is None:
            raise SnapshotError(f"a snapshot holds an unknown type {name!r}")
        try:
            return cls(**{k: from_json(v) for k, v in data.items() if k != "t"})
        except TypeError as err:
            raise SnapshotError(f"a snapshot's {name} does not fit: {err}") from None
    if data is None or isinstance(data, (str, bool, int, float)):
        return data
    raise SnapshotError(f"a snapshot holds a {type(data).__name__}")


def key(paths: list[Path], build_version: str) -> str:
    """The snapshot key of the law modules at ``paths`` (their bytes, the builder's source and
    the library versions: any change makes a new key)."""
    h = hashlib.sha256(build_version.encode() + b"\0")
    for p in sorted(paths):   # where they are too: the graph's spans name these files
        h.update(str(p.resolve()).encode() + b"\0" + p.read_bytes() + b"\0")
    root = Path(__file__).resolve().parent.parent
    for package in _BUILDERS:
        for p in sorted((root / package).rglob("*.py")):
            h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes() + b"\0")
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib}={metadata.version(lib)}".encode() + b"\0")
        except metadata.PackageNotFoundError:
            h.update(f"{lib}=none".encode() + b"\0")
    return h.hexdigest()


def dump(kg: KnowledgeGraph) -> dict:
    """The data of ``kg`` a snapshot keeps."""
    return {"content_hash": kg.content_hash,
            **{name: to_json(getattr(kg, name)) for name in ("quantities", "constants", "laws", "kinds", "limits")}}


def load(data: dict, *, psg=None) -> KnowledgeGraph:
    """The knowledge graph of a snapshot's data; ``psg`` (a function returning the PSG and its
    proof report) makes those on first use. SnapshotError if the data is not a graph's."""
    if not isinstance(data, dict) or not isinstance(data.get("content_hash"), str):
        raise SnapshotError("a snapshot is a JSON object with the graph's content hash")
    parts = {}
    for name, cls in (("quantities", Quantity), ("constants", Constant), ("laws", Law), ("kinds", ObjectKind),
                      ("limits", Limit)):
        items = from_json(data.get(name))
        if not isinstance(items, tuple) or not all(isinstance(x, cls) for x in items):
            raise SnapshotError(f"a snapshot's {name} are not all {cls.__name__}s")
        parts[name] = items
    kg = KnowledgeGraph(parts["quantities"], parts["constants"], parts["laws"], data["content_hash"],
                        kinds=parts["kinds"], limits=parts["limits"])
    object.__setattr__(kg, "laws_solved", 0)
    if psg is not None:
        object.__setattr__(kg, "_lazy", psg)
    return kg
