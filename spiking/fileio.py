"""Save and load circuits: a versioned ``.npz`` file that loading never executes.

Layout (format ``oracle-spiking-circuit``, version 1): the entry ``meta.json`` is a
JSON text with ``format``, ``version``, the populations (``name, size, du, dv, vth,
role``), the sources (``name, size``), the connections (``name, pre_pop, post_pop,
weight_exp``) and the query map's scalars (or ``null``). Integer arrays sit beside
it: ``pop/<i>/bias_mant``, ``pop/<i>/bias_exp``, ``src/<i>/neuron``, ``src/<i>/step``,
``con/<i>/{pre,post,weight,delay}`` and ``query/{edge_neuron,edge_output,
edge_latency,given}``. The file is read with ``np.load(allow_pickle=False)`` and
every value is re-checked by the IR constructors, Loihi limits included.

>>> import io, numpy as np
>>> from spiking.ir import Population, Circuit
>>> buf = io.BytesIO()
>>> save(Circuit((Population("p", 2, vth=3),), (), ()), buf)
>>> _ = buf.seek(0)
>>> load(buf).populations[0].vth
3
"""
from __future__ import annotations

import json
import os
import zipfile
import zlib
from typing import BinaryIO

import numpy as np

from spiking.errors import CircuitError, CircuitFileError, CircuitTypeError
from spiking.ir import Circuit, Connection, Population, QueryMap, SpikeSource

__all__ = ["save", "load", "FORMAT", "VERSION"]

FORMAT = "oracle-spiking-circuit"
VERSION = 1


def save(circuit: Circuit, file: str | os.PathLike | BinaryIO) -> None:
    """Write ``circuit`` to ``file`` (a path or a binary file object)."""
    if not isinstance(circuit, Circuit):
        raise CircuitTypeError(f"save expects a spiking.Circuit, got {type(circuit).__name__}")
    arrays: dict[str, np.ndarray] = {}
    meta = {"format": FORMAT, "version": VERSION, "populations": [], "sources": [], "connections": [], "query": None}
    for i, p in enumerate(circuit.populations):
        meta["populations"].append(dict(name=p.name, size=p.size, du=p.du, dv=p.dv, vth=p.vth, role=p.role))
        arrays[f"pop/{i}/bias_mant"], arrays[f"pop/{i}/bias_exp"] = p.bias_mant, p.bias_exp
    for i, s in enumerate(circuit.sources):
        meta["sources"].append(dict(name=s.name, size=s.size))
        arrays[f"src/{i}/neuron"], arrays[f"src/{i}/step"] = s.neuron, s.step
    for i, c in enumerate(circuit.connections):
        meta["connections"].append(dict(name=c.name, pre_pop=c.pre_pop, post_pop=c.post_pop, weight_exp=c.weight_exp))
        for k in ("pre", "post", "weight", "delay"):
            arrays[f"con/{i}/{k}"] = getattr(c, k)
    q = circuit.query
    if q is not None:
        meta["query"] = dict(n_nodes=q.n_nodes, quantity_offset=q.quantity_offset,
                             time_scale=q.time_scale, time_offset=q.time_offset)
        for k in ("edge_neuron", "edge_output", "edge_latency", "given"):
            arrays[f"query/{k}"] = getattr(q, k)
    arrays["meta.json"] = np.array(json.dumps(meta))
    np.savez_compressed(file, **arrays)


#: Bounds on what a circuit file may hold, checked before anything is decompressed or
#: allocated: entries, bytes of all arrays (uncompressed, as the zip declares them), and
#: the JSON description.
MAX_ENTRIES = 20_000
MAX_ARRAY_BYTES = 1 << 30
MAX_META_BYTES = 16 << 20


def load(file: str | os.PathLike | BinaryIO) -> Circuit:
    """Read a circuit written by :func:`save`; raise CircuitFileError if it is not one.

    Nothing in the file is trusted: the zip's declared sizes and every array's header
    (dtype, shape) are checked against :data:`MAX_ENTRIES`, :data:`MAX_ARRAY_BYTES` and
    :data:`MAX_META_BYTES` before an array is read (a zip bomb or a header claiming
    2**40 elements is refused, not allocated), then every value by the IR constructors.
    """
    where = file if isinstance(file, (str, os.PathLike)) else getattr(file, "name", "<file object>")
    try:
        data = _read_arrays(file, where)
    except FileNotFoundError:
        raise
    except CircuitFileError:
        raise
    except (ValueError, OSError, zipfile.BadZipFile, EOFError, KeyError, NotImplementedError,
            RuntimeError, zlib.error, MemoryError) as err:
        raise CircuitFileError(f"{where}: not a circuit file (.npz expected): {err}") from None
    if "meta.json" not in data:
        raise CircuitFileError(f"{where}: no 'meta.json' entry; not a {FORMAT} file")
    try:
        meta = json.loads(str(data["meta.json"]))
    except (json.JSONDecodeError, TypeError, RecursionError) as err:
        raise CircuitFileError(f"{where}: 'meta.json' is not valid JSON (or nested too deeply): {err}") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise CircuitFileError(f"{where}: format is {meta.get('format') if isinstance(meta, dict) else meta!r}; expected {FORMAT!r}")
    if meta.get("version") != VERSION:
        raise CircuitFileError(f"{where}: format version {meta.get('version')!r} is not supported (this reader knows version {VERSION})")

    def arr(key: str) -> np.ndarray:
        if key not in data:
            raise CircuitFileError(f"{where}: missing array {key!r}")
        a = data[key]
        if a.ndim != 1 or (a.size and not np.issubdtype(a.dtype, np.integer)):
            raise CircuitFileError(f"{where}: array {key!r} must be a 1-D integer array, got {a.dtype} shape {a.shape}")
        return a.astype(np.int64)

    try:
        pops = tuple(
            Population(m["name"], m["size"], du=m["du"], dv=m["dv"], vth=m["vth"],
                       bias_mant=arr(f"pop/{i}/bias_mant"), bias_exp=arr(f"pop/{i}/bias_exp"), role=m.get("role", ""))
            for i, m in enumerate(meta["populations"])
        )
        srcs = tuple(
            SpikeSource(m["name"], m["size"], arr(f"src/{i}/neuron"), arr(f"src/{i}/step"))
            for i, m in enumerate(meta["sources"])
        )
        cons = tuple(
            Connection(m["name"], m["pre_pop"], m["post_pop"], arr(f"con/{i}/pre"), arr(f"con/{i}/post"),
                       arr(f"con/{i}/weight"), arr(f"con/{i}/delay"), m["weight_exp"])
            for i, m in enumerate(meta["connections"])
        )
        q = meta["query"]
        query = None if q is None else QueryMap(
            q["n_nodes"], q["quantity_offset"], arr("query/edge_neuron"), arr("query/edge_output"),
            arr("query/edge_latency"), arr("query/given"), q["time_scale"], q["time_offset"])
        return Circuit(pops, srcs, cons, query)
    except CircuitFileError:
        raise
    except (KeyError, TypeError, AttributeError, IndexError) as err:
        raise CircuitFileError(f"{where}: malformed circuit description: missing or wrong field {err}") from None
    except CircuitError as err:
        raise CircuitFileError(f"{where}: {err}") from None


def _read_arrays(file, where) -> dict[str, np.ndarray]:
    """Every array of the ``.npz`` zip, each header checked before its data is read."""
    out: dict[str, np.ndarray] = {}
    with zipfile.ZipFile(file) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise CircuitFileError(f"{where}: {len(infos)} entries; a circuit file holds at most {MAX_ENTRIES}")
        total = sum(i.file_size for i in infos)
        if total > MAX_ARRAY_BYTES:
            raise CircuitFileError(f"{where}: its arrays would take {total} bytes uncompressed; at most "
                                   f"{MAX_ARRAY_BYTES} (a zip bomb?)")
        for info in infos:
            name = info.filename[:-4] if info.filename.endswith(".npy") else info.filename
            if name in out:
                raise CircuitFileError(f"{where}: entry {name!r} appears twice")
            with zf.open(info) as f:
                out[name] = _read_array(f, info.file_size, name, where)
    return out


def _read_array(f, declared: int, name: str, where) -> np.ndarray:
    fmt = np.lib.format
    version = fmt.read_magic(f)
    if version == (1, 0):
        shape, fortran, dtype = fmt.read_array_header_1_0(f)
    elif version == (2, 0):
        shape, fortran, dtype = fmt.read_array_header_2_0(f)
    else:
        raise CircuitFileError(f"{where}: array {name!r} has .npy format version {version}; expected 1.0 or 2.0")
    if dtype.hasobject or dtype.kind not in "iuU" or fortran or len(shape) > 1 or any(x < 0 for x in shape):
        raise CircuitFileError(f"{where}: not a circuit file: array {name!r} is {dtype} of shape {shape}; circuit files hold 1-D "
                               "integer arrays and one text")
    count = int(np.prod(shape, dtype=object)) if shape else 1
    nbytes = count * dtype.itemsize
    if nbytes > declared or (dtype.kind == "U" and nbytes > MAX_META_BYTES):
        raise CircuitFileError(f"{where}: array {name!r} claims {nbytes} bytes of data in an entry of {declared}")
    data = f.read(nbytes)
    if len(data) != nbytes:
        raise CircuitFileError(f"{where}: array {name!r} is truncated ({len(data)} of {nbytes} bytes)")
    return np.frombuffer(data, dtype=dtype).reshape(shape).copy()
