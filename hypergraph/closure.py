"""Deductive closure of a directed hypergraph, with derivation times.

Forward chaining in the style of Dowling and Gallier: every edge keeps a counter of
its inputs not yet derived; deriving a node decrements the counters of its out-edges,
and an edge whose counter reaches 0 fires and derives its output. Nodes are settled in
increasing order of *time*, the earliest step at which each can be derived when laws
apply in parallel:

* ``t(source) = 0``;
* an edge ``e`` fires at ``max(t(inputs of e)) + cost[e]`` (an edge with no inputs
  fires at ``cost[e]``);
* ``t(v)`` is the minimum over the edges into ``v`` (``-1``: not derivable).

This is the first-spike time of the spiking circuit (issue 4): the circuit must
reproduce both ``time`` and the tie-break below.

**Tie-break.** ``edge[v]`` is the *lowest edge index* among the edges whose firing time
equals ``t(v)``. Sources (and underivable nodes) have ``edge == -1``; a source stays at
time 0 with no edge even if some edge could also derive it.

**max_time.** With ``max_time=T`` only nodes with ``t(v) <= T`` are reported; later ones
are ``-1`` (a bounded run of the circuit).

Two queues give the same answer: a bucket ring (Dial's algorithm, ``max cost + 1``
buckets, linear time plus the span of times) when the largest cost is at most
``BUCKET_MAX_COST``, else a binary heap keyed by ``(time, edge)``.

>>> from hypergraph.incidence import Incidence
>>> inc = Incidence.from_edges(4, [((0, 1), 2, 1), ((2,), 3, 2), ((0,), 3, 5)])
>>> c = closure(inc, [0, 1])
>>> c.time.tolist(), c.edge.tolist()
([0, 0, 1, 3], [-1, -1, 0, 1])
>>> c.derivation(3)
(0, 1)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

import numba
import numpy as np

from hypergraph.incidence import Incidence

__all__ = [
    "BUCKET_MAX_COST",
    "BUCKET_RING_LIMIT",
    "Closure",
    "ClosureArgumentError",
    "ClosureTypeError",
    "NotDerivableError",
    "closure",
    "closure_python",
]

#: Largest edge cost for which ``method="auto"`` uses the bucket ring rather than the heap.
BUCKET_MAX_COST = 64
#: Largest edge cost ``method="bucket"`` accepts (the ring has ``max cost + 1`` slots).
BUCKET_RING_LIMIT = 2**16

_NO_LIMIT = np.iinfo(np.int64).max
_COST_LIMIT = 2**62  # every time is <= the sum of all costs; keep it far from overflow


class ClosureArgumentError(ValueError):
    """An argument to the closure has the right type but a wrong value."""


class ClosureTypeError(TypeError):
    """An argument to the closure has the wrong type."""


class NotDerivableError(LookupError):
    """A derivation was asked for a node that the sources do not derive."""


@dataclass(frozen=True, eq=False)
class Closure:
    """The result of a closure: when each node is first derived, and by which edge.

    Attributes
    ----------
    incidence : the hypergraph that was closed.
    sources   : int64[k], the given nodes, sorted and without repeats.
    time      : int64[n_nodes], the earliest derivation time; -1 = not derivable.
    edge      : int64[n_nodes], the edge that first derived each node (lowest index
                on ties); -1 for sources and underivable nodes.
    max_time  : the bound the closure ran under, or None.

    >>> inc = Incidence.from_edges(3, [((0,), 1, 1), ((1,), 2, 1)])
    >>> c = closure(inc, [0])
    >>> c.derivable.tolist(), c.n_derivable
    ([True, True, True], 3)
    """

    incidence: Incidence
    sources: np.ndarray
    time: np.ndarray
    edge: np.ndarray
    max_time: int | None = None

    def __post_init__(self) -> None:
        n = self.incidence.n_nodes
        for name in ("sources", "time", "edge"):
            arr = getattr(self, name)
            if not isinstance(arr, np.ndarray) or arr.dtype != np.int64 or arr.ndim != 1:
                raise ClosureTypeError(f"Closure.{name} must be a 1-D int64 numpy array")
            if name != "sources" and len(arr) != n:
                raise ClosureArgumentError(
                    f"Closure.{name} has {len(arr)} entries; expected n_nodes = {n}"
                )
            arr.setflags(write=False)

    @property
    def derivable(self) -> np.ndarray:
        """bool[n_nodes]: which nodes the sources derive (within ``max_time``)."""
        out = self.time >= 0
        out.setflags(write=False)
        return out

    @property
    def n_derivable(self) -> int:
        """How many nodes are derivable, sources included."""
        return int(np.count_nonzero(self.time >= 0))

    def derivation(self, targets: int | Iterable[int]) -> tuple[int, ...]:
        """The edges that derive ``targets``, in an order in which they can fire.

        Walks ``edge`` back from each target: the edges needed are those that first
        derived the target and, recursively, the inputs of those edges. They are
        returned sorted by ``(time of the edge's output, edge index)``, so every edge
        comes after the edges that derive its inputs. A source needs no edge.

        Raises ``NotDerivableError`` if a target is not derivable.

        >>> inc = Incidence.from_edges(4, [((0,), 1, 1), ((0, 1), 2, 1), ((2,), 3, 1)])
        >>> closure(inc, [0]).derivation(3)
        (0, 1, 2)
        >>> closure(inc, [0]).derivation([0, 1])
        (0,)
        """
        inc = self.incidence
        todo = [_check_node(t, inc.n_nodes, "target") for t in _as_target_list(targets)]
        for t in todo:
            if self.time[t] < 0:
                bound = "" if self.max_time is None else f" within max_time={self.max_time}"
                raise NotDerivableError(f"node {t} is not derivable from the sources{bound}")
        seen: set[int] = set()
        edges: list[int] = []
        while todo:
            v = todo.pop()
            if v in seen:
                continue
            seen.add(v)
            e = int(self.edge[v])
            if e >= 0:
                edges.append(e)
                todo.extend(int(u) for u in inc.edge_inputs(e))
        edges.sort(key=lambda e: (int(self.time[inc.output[e]]), e))
        return tuple(edges)

    def same_as(self, other: "Closure") -> bool:
        """True when both results give the same time and edge to every node."""
        return np.array_equal(self.time, other.time) and np.array_equal(self.edge, other.edge)

    def __repr__(self) -> str:
        reach = self.time[self.time >= 0]
        latest = int(reach.max()) if len(reach) else -1
        return (
            f"Closure(n_nodes={self.incidence.n_nodes}, n_edges={self.incidence.n_edges}, "
            f"sources={len(self.sources)}, derivable={len(reach)}, latest_time={latest})"
        )


# ---------------------------------------------------------------- argument checks


def _as_target_list(targets: int | Iterable[int]) -> list:
    if isinstance(targets, (int, np.integer)) and not isinstance(targets, (bool, np.bool_)):
        return [targets]
    if isinstance(targets, np.ndarray) and targets.ndim == 0:
        return [targets.item()]
    try:
        return list(targets)  # type: ignore[arg-type]
    except TypeError:
        raise ClosureTypeError(
            f"targets must be a node index or an iterable of them, got {type(targets).__name__}"
        ) from None


def _check_node(v: object, n_nodes: int, what: str) -> int:
    if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer)):
        raise ClosureTypeError(f"{what} must be an integer node index, got {v!r}")
    if not 0 <= int(v) < n_nodes:
        raise ClosureArgumentError(
            f"{what} {int(v)} is outside the nodes 0..{n_nodes - 1} of this hypergraph"
        )
    return int(v)


def _check_args(inc: object, sources: object, max_time: object) -> tuple[Incidence, np.ndarray, int]:
    """Validate the shared arguments; return the incidence, sorted unique sources, limit."""
    if (type(sources) is list and max_time is None and isinstance(inc, Incidence)
            and all(type(s) is int and 0 <= s < inc.n_nodes for s in sources)
            and not (inc.n_edges and inc.max_cost * inc.n_edges >= _COST_LIMIT)):
        # the common call (a short list of node indices): the checks below, without numpy
        return inc, np.array(sorted(set(sources)), dtype=np.int64), _NO_LIMIT
    if not isinstance(inc, Incidence):
        raise ClosureTypeError(f"inc must be a hypergraph.incidence.Incidence, got {type(inc).__name__}")
    if isinstance(sources, (int, np.integer, str, bytes)):
        raise ClosureTypeError(
            f"sources must be an iterable of node indices, got the single value {sources!r}; "
            "wrap it in a list"
        )
    try:
        arr = np.asarray(list(sources) if not isinstance(sources, np.ndarray) else sources)
    except TypeError:
        raise ClosureTypeError(
            f"sources must be an iterable of node indices, got {type(sources).__name__}"
        ) from None
    if arr.size == 0:
        arr = np.zeros(0, dtype=np.int64)
    if arr.ndim != 1:
        raise ClosureTypeError(f"sources must be one-dimensional, got shape {arr.shape}")
    if arr.dtype == np.bool_:
        raise ClosureTypeError(
            "sources must be node indices, got a boolean array; pass np.flatnonzero(mask)"
        )
    if not np.issubdtype(arr.dtype, np.integer):
        raise ClosureTypeError(f"sources must be integer node indices, got dtype {arr.dtype}")
    bad = np.flatnonzero((arr < 0) | (arr >= inc.n_nodes))
    if len(bad):
        i = int(bad[0])
        raise ClosureArgumentError(
            f"sources[{i}] = {int(arr[i])} is outside the nodes 0..{inc.n_nodes - 1} "
            f"of this hypergraph ({len(bad)} source(s) out of range)"
        )
    if max_time is None:
        limit = _NO_LIMIT
    elif isinstance(max_time, (bool, np.bool_)) or not isinstance(max_time, (int, np.integer)):
        raise ClosureTypeError(f"max_time must be an int >= 0 or None, got {max_time!r}")
    elif max_time < 0:
        raise ClosureArgumentError(f"max_time must be >= 0, got {max_time}")
    else:
        limit = int(max_time)
    if inc.n_edges and int(inc.cost.max()) * inc.n_edges >= _COST_LIMIT:
        raise ClosureArgumentError(
            f"edge costs too large: max cost {int(inc.cost.max())} times {inc.n_edges} edges "
            f"may overflow int64 times (limit {_COST_LIMIT})"
        )
    return inc, np.unique(arr.astype(np.int64)), limit


# ---------------------------------------------------------------- numba closure


@numba.njit(cache=True)
def _reverse_csr(n_nodes, ptr, inputs):  # pragma: no cover - compiled
    """Out-edges of every node, with multiplicity, edge indices ascending."""
    n_edges = len(ptr) - 1
    rptr = np.zeros(n_nodes + 1, dtype=np.int64)
    for j in range(len(inputs)):
        rptr[inputs[j] + 1] += 1
    for v in range(n_nodes):
        rptr[v + 1] += rptr[v]
    fill = rptr[:-1].copy()
    rev = np.empty(len(inputs), dtype=np.int64)
    for e in range(n_edges):
        for j in range(ptr[e], ptr[e + 1]):
            v = inputs[j]
            rev[fill[v]] = e
            fill[v] += 1
    return rptr, rev


@numba.njit(cache=True)
def _heap_push(heap_t, heap_e, size, t, e):  # pragma: no cover - compiled
    i = size
    while i > 0:
        p = (i - 1) >> 1
        if heap_t[p] < t or (heap_t[p] == t and heap_e[p] < e):
            break
        heap_t[i] = heap_t[p]
        heap_e[i] = heap_e[p]
        i = p
    heap_t[i] = t
    heap_e[i] = e
    return size + 1


@numba.njit(cache=True)
def _heap_pop(heap_t, heap_e, size):  # pragma: no cover - compiled
    """Remove the root; the caller has read it. Returns the new size."""
    size -= 1
    t = heap_t[size]
    e = heap_e[size]
    i = 0
    while True:
        c = 2 * i + 1
        if c >= size:
            break
        if c + 1 < size and (heap_t[c + 1] < heap_t[c] or (heap_t[c + 1] == heap_t[c] and heap_e[c + 1] < heap_e[c])):
            c += 1
        if t < heap_t[c] or (t == heap_t[c] and e < heap_e[c]):
            break
        heap_t[i] = heap_t[c]
        heap_e[i] = heap_e[c]
        i = c
    heap_t[i] = t
    heap_e[i] = e
    return size


@numba.njit(cache=True)
def _setup(n_nodes, ptr, inputs, output, cost, sources):  # pragma: no cover - compiled
    """Out-edge index, per-edge rows, per-node rows, with the sources settled at 0.

    Memory layout matters more than anything else here: the walk touches edges and
    nodes in random order, so what one step needs sits in one row (one cache line).
    """
    n_edges = len(output)
    rptr, rev = _reverse_csr(n_nodes, ptr, inputs)
    er = np.empty((n_edges, 4), dtype=np.int64)  # per edge: inputs missing, cost, output
    for e in range(n_edges):
        er[e, 0] = ptr[e + 1] - ptr[e]
        er[e, 1] = cost[e]
        er[e, 2] = output[e]
    nd = np.full((n_nodes, 2), -1, dtype=np.int64)  # per node: time, edge
    for s in sources:
        nd[s, 0] = 0
    for s in sources:
        for j in range(rptr[s], rptr[s + 1]):
            er[rev[j], 0] -= 1
    return rptr, rev, er, nd


@numba.njit(cache=True)
def _closure_heap(n_nodes, ptr, inputs, output, cost, sources, max_time):  # pragma: no cover - compiled
    """Fired edges wait in a binary heap of (time, edge). Pops come in that order, so
    the first edge to reach a node is the lowest-index edge of its earliest time."""
    rptr, rev, er, nd = _setup(n_nodes, ptr, inputs, output, cost, sources)
    n_edges = len(output)
    heap_t = np.empty(n_edges, dtype=np.int64)
    heap_e = np.empty(n_edges, dtype=np.int64)
    size = 0
    for e in range(n_edges):  # edges with no inputs, or only sources
        if er[e, 0] == 0:
            size = _heap_push(heap_t, heap_e, size, er[e, 1], e)
    while size > 0:
        t = heap_t[0]
        e = heap_e[0]
        if t > max_time:
            break
        size = _heap_pop(heap_t, heap_e, size)
        o = er[e, 2]
        if nd[o, 0] != -1:
            continue
        nd[o, 0] = t
        nd[o, 1] = e
        for j in range(rptr[o], rptr[o + 1]):
            f = rev[j]
            er[f, 0] -= 1
            if er[f, 0] == 0:
                size = _heap_push(heap_t, heap_e, size, t + er[f, 1], f)
    return nd[:, 0].copy(), nd[:, 1].copy()


@numba.njit(cache=True)
def _closure_buckets(n_nodes, ptr, inputs, output, cost, sources, max_time):  # pragma: no cover - compiled
    """Fired edges wait in a ring of max_cost + 1 buckets (Dial). Every queued firing
    time lies in (t, t + max_cost], so bucket t % ring holds exactly the edges firing
    at t. A bucket is a chain of fixed-size chunks of (edge, output) pairs, read
    contiguously; every edge is queued at most once, so n_edges / chunk + ring + 1
    chunks always suffice. Each bucket takes two passes: first the lowest edge index
    per unsettled output (kept in nd[o, 1]), then settle those outputs.

    Written as one function on purpose: splitting out the set-up or the enqueue step
    made it about 1.5x slower (numba/LLVM lose the no-alias facts across calls).
    """
    n_edges = len(output)
    rptr, rev = _reverse_csr(n_nodes, ptr, inputs)
    er = np.empty((n_edges, 4), dtype=np.int64)  # per edge: inputs missing, cost, output
    max_cost = 1
    for e in range(n_edges):
        er[e, 0] = ptr[e + 1] - ptr[e]
        er[e, 1] = cost[e]
        er[e, 2] = output[e]
        max_cost = max(max_cost, cost[e])
    nd = np.full((n_nodes, 2), -1, dtype=np.int64)  # per node: time, edge
    for s in sources:
        nd[s, 0] = 0
    for s in sources:
        for j in range(rptr[s], rptr[s + 1]):
            er[rev[j], 0] -= 1

    ring = max_cost + 1
    chunk = 64
    n_chunks = n_edges // chunk + ring + 1
    q_edge = np.empty((n_chunks, chunk), dtype=np.int64)
    q_out = np.empty((n_chunks, chunk), dtype=np.int64)
    fill = np.empty(n_chunks, dtype=np.int64)
    link = np.empty(n_chunks, dtype=np.int64)
    free = np.arange(n_chunks)[::-1].copy()
    n_free = n_chunks
    head = np.full(ring, -1, dtype=np.int64)
    tail = np.full(ring, -1, dtype=np.int64)
    size = 0  # edges in the queue

    # Queue every edge that fires at its cost: no inputs, or sources only.
    for e in range(n_edges):
        if er[e, 0] == 0:
            b = er[e, 1] % ring
            c = tail[b]
            if c == -1 or fill[c] == chunk:  # start a new chunk at the bucket's tail
                n_free -= 1
                new = free[n_free]
                fill[new] = 0
                link[new] = -1
                if c == -1:
                    head[b] = new
                else:
                    link[c] = new
                tail[b] = new
                c = new
            q_edge[c, fill[c]] = e
            q_out[c, fill[c]] = er[e, 2]
            fill[c] += 1
            size += 1

    t = 0
    while size > 0 and t < max_time:
        t += 1
        first = head[t % ring]
        if first == -1:
            continue
        head[t % ring] = -1
        tail[t % ring] = -1
        c = first  # pass 1: the lowest edge index per unsettled output
        while c != -1:
            size -= fill[c]
            for k in range(fill[c]):
                x = q_edge[c, k]
                o = q_out[c, k]
                if nd[o, 0] == -1 and (nd[o, 1] == -1 or x < nd[o, 1]):
                    nd[o, 1] = x
            c = link[c]
        c = first  # pass 2: settle them and fire their out-edges
        while c != -1:
            for k in range(fill[c]):
                x = q_edge[c, k]
                o = q_out[c, k]
                if nd[o, 0] != -1 or nd[o, 1] != x:
                    continue
                nd[o, 0] = t
                for j in range(rptr[o], rptr[o + 1]):
                    f = rev[j]
                    er[f, 0] -= 1
                    if er[f, 0] != 0:
                        continue
                    b = (t + er[f, 1]) % ring  # never this bucket: 1 <= cost < ring
                    cf = tail[b]
                    if cf == -1 or fill[cf] == chunk:  # same enqueue as above
                        n_free -= 1
                        new = free[n_free]
                        fill[new] = 0
                        link[new] = -1
                        if cf == -1:
                            head[b] = new
                        else:
                            link[cf] = new
                        tail[b] = new
                        cf = new
                    q_edge[cf, fill[cf]] = f
                    q_out[cf, fill[cf]] = er[f, 2]
                    fill[cf] += 1
                    size += 1
            c = link[c]
        c = first  # give the chunks back
        while c != -1:
            free[n_free] = c
            n_free += 1
            c = link[c]
    return nd[:, 0].copy(), nd[:, 1].copy()


def closure(
    inc: Incidence,
    sources: Iterable[int],
    *,
    max_time: int | None = None,
    method: Literal["auto", "bucket", "heap"] = "auto",
) -> Closure:
    """Close ``inc`` from ``sources``: derivation time and first edge of every node.

    Parameters
    ----------
    inc : the hypergraph.
    sources : node indices given at time 0 (repeats are allowed).
    max_time : report only nodes derived at or before this time (None: no bound).
    method : "bucket" (Dial's ring; costs up to ``BUCKET_RING_LIMIT``), "heap", or
        "auto" (bucket when every cost is at most ``BUCKET_MAX_COST``). All give the
        same result.

    Runs in ``O(n_nodes + n_edges + nnz + span)`` with buckets and
    ``O(n_nodes + nnz + n_edges log n_edges)`` with the heap.

    >>> inc = Incidence.from_edges(3, [((), 0, 2), ((0, 0), 1, 1), ((1,), 1, 1)])
    >>> c = closure(inc, [])
    >>> c.time.tolist(), c.edge.tolist()
    ([2, 3, -1], [0, 1, -1])
    >>> closure(inc, [], max_time=2).time.tolist()
    [2, -1, -1]
    >>> closure(inc, [3])
    Traceback (most recent call last):
    ...
    hypergraph.closure.ClosureArgumentError: sources[0] = 3 is outside the nodes 0..2 of this hypergraph (1 source(s) out of range)
    """
    inc, srcs, limit = _check_args(inc, sources, max_time)
    if method not in ("auto", "bucket", "heap"):
        raise ClosureArgumentError(f"method must be 'auto', 'bucket' or 'heap', got {method!r}")
    max_cost = inc.max_cost if inc.n_edges else 1
    if method == "bucket" and max_cost > BUCKET_RING_LIMIT:
        raise ClosureArgumentError(
            f"method='bucket' needs every cost <= {BUCKET_RING_LIMIT}, got a cost of {max_cost}; "
            "use method='heap' or 'auto'"
        )
    use_heap = method == "heap" or (method == "auto" and max_cost > BUCKET_MAX_COST)
    c = np.ascontiguousarray
    kernel = _closure_heap if use_heap else _closure_buckets
    time, edge = kernel(
        np.int64(inc.n_nodes), c(inc.ptr), c(inc.inputs), c(inc.output), c(inc.cost),
        srcs, np.int64(limit),
    )
    return Closure(inc, srcs, time, edge, max_time if max_time is None else int(max_time))


# ---------------------------------------------------------------- pure Python reference


def closure_python(inc: Incidence, sources: Iterable[int], *, max_time: int | None = None) -> Closure:
    """The living definition of :func:`closure`: a plain fixpoint, slow and obvious.

    Times start unknown (sources 0) and are lowered edge by edge until nothing
    changes (Bellman-Ford over hyperedges); then each derived node takes the lowest
    edge index among the edges that fire exactly at its time.

    >>> inc = Incidence.from_edges(3, [((0,), 1, 3), ((0,), 2, 1), ((2,), 1, 2)])
    >>> c = closure_python(inc, [0])
    >>> c.time.tolist(), c.edge.tolist()
    ([0, 3, 1], [-1, 0, 1])
    """
    inc, srcs, limit = _check_args(inc, sources, max_time)
    source_set = {int(s) for s in srcs}
    edges = [
        ([int(v) for v in inc.edge_inputs(e)], int(inc.output[e]), int(inc.cost[e]))
        for e in range(inc.n_edges)
    ]
    time: dict[int, int] = {s: 0 for s in source_set}

    def fires_at(ins: list[int], c: int) -> int | None:
        if all(v in time for v in ins):
            return max((time[v] for v in ins), default=0) + c
        return None

    changed = True
    while changed:
        changed = False
        for ins, out, c in edges:
            t = fires_at(ins, c)
            if t is not None and t <= limit and (out not in time or t < time[out]):
                time[out] = t
                changed = True

    first_edge = {}
    for e, (ins, out, c) in enumerate(edges):
        if out in time and out not in source_set and out not in first_edge and fires_at(ins, c) == time[out]:
            first_edge[out] = e
    as64 = lambda xs: np.asarray(xs, dtype=np.int64)
    return Closure(
        inc,
        srcs,
        as64([time.get(v, -1) for v in range(inc.n_nodes)]),
        as64([first_edge.get(v, -1) for v in range(inc.n_nodes)]),
        max_time if max_time is None else int(max_time),
    )
