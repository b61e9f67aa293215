"""Compile a hypergraph query into a circuit, and read the answer back from a raster.

**Circuit.** One neuron per quantity (population ``quantities``), one per edge
(populations ``edges/k``, one per arity ``k``, because Lava takes one threshold per
population; an edge with no inputs sits in ``edges/1``), and relay neurons
(``relays``) where a delay exceeds 63. All neurons are integrate-and-hold
(``du = 4095``: the current lasts one step; ``dv = 0``: no leak), all excitatory
weights are 1, and every neuron has an inhibitory self-synapse (weight -255, with a
weight exponent large enough to outweigh its fan-in), so it fires at most once.

* quantity neuron: ``vth = 0``, fires on the first spike that reaches it;
* edge neuron of arity ``k``: ``vth = k - 1``, fires when all its ``k`` distinct
  inputs have spiked (each input fires once, so the count is exact);
* edge -> output quantity: delay ``2*cost - 2`` (relayed through ``r`` relay neurons
  when above 63: the delays along the chain add up to ``2*cost - 2 - r``);
* source ``inputs``: neuron ``q`` drives quantity ``q``; the last neuron (``start``)
  drives the edges with no inputs (delay 1). A given quantity's source spikes at step 0.

**Time map.** A spike at step ``T`` on a synapse of delay ``d`` lands at ``T + 1 + d``,
so a given quantity fires at step 1 and an edge adds exactly ``2*cost`` steps. The
first-spike step of quantity ``q`` is ``T(q) = 2 * t(q) + 1``, where ``t`` is the
earliest parallel derivation time (``hypergraph.closure``); ``t = (T - 1) // 2``.

**Causal edge.** The spike of edge ``e`` reaches its output ``2*cost - 1`` steps after
the edge neuron fires. ``edge[q]`` is the lowest edge index among the edges whose
spikes reach ``q`` exactly at ``T(q)`` (the closure's tie-break); ``-1`` for givens and
for quantities that never spiked.

>>> from hypergraph.incidence import Incidence
>>> inc = Incidence.from_edges(4, [((0, 1), 2, 1), ((2,), 3, 2), ((0,), 3, 5)])
>>> c = compile(inc, [0, 1])
>>> tr = run_query(c, backend="numba")
>>> tr.time.tolist(), tr.edge.tolist()
([0, 0, 1, 3], [-1, -1, 0, 1])
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np

from hypergraph.incidence import Incidence
from spiking import limits as L
from spiking.errors import CircuitError, CircuitTypeError
from spiking.ir import Circuit, Connection, Population, QueryMap, SpikeSource, evolve
from spiking.raster import Raster

__all__ = ["compile", "with_givens", "Trace", "decode", "run_query", "steps_for", "horizon"]

INHIBIT_WEIGHT = -255


def _inhibit_exp(fan_in: int) -> int:
    """Smallest weight exponent with ``255 << exp >= fan_in`` (later input never wins)."""
    exp = 0
    while (255 << exp) < fan_in:
        exp += 1
    return exp


def _relay_delays(total: int) -> list[int]:
    """Split ``total`` delay into hops of at most 63; each extra hop costs 1 step."""
    r = 0 if total <= L.DELAY_MAX else -(-(total - L.DELAY_MAX) // (L.DELAY_MAX + 1))
    left = total - r
    hops = []
    for _ in range(r + 1):
        d = min(left, L.DELAY_MAX)
        hops.append(d)
        left -= d
    return hops


def _as_sources(sources, n_nodes: int) -> np.ndarray:
    if isinstance(sources, (int, np.integer, str, bytes)):
        raise CircuitTypeError(f"sources must be an iterable of node indices, got {sources!r}; wrap it in a list")
    arr = np.asarray(list(sources) if not isinstance(sources, np.ndarray) else sources)
    if arr.size == 0:
        return np.zeros(0, np.int64)
    if arr.ndim != 1 or arr.dtype == np.bool_ or not np.issubdtype(arr.dtype, np.integer):
        raise CircuitTypeError(f"sources must be a 1-D sequence of integer node indices, got {arr.dtype} shape {arr.shape}")
    bad = arr[(arr < 0) | (arr >= n_nodes)]
    if len(bad):
        raise CircuitError(f"source {int(bad[0])} is outside the nodes 0..{n_nodes - 1} of this hypergraph")
    return np.unique(arr.astype(np.int64))


def compile(inc: Incidence, sources: Iterable[int]) -> Circuit:
    """The circuit of ``inc`` with ``sources`` given (they spike at step 0).

    The network depends on ``inc`` only; :func:`with_givens` swaps the givens.
    """
    if not isinstance(inc, Incidence):
        raise CircuitTypeError(f"inc must be a hypergraph.incidence.Incidence, got {type(inc).__name__}")
    n, m = inc.n_nodes, inc.n_edges
    # distinct (edge, input) pairs: an edge needs each of its inputs once
    edge_of = np.repeat(np.arange(m, dtype=np.int64), np.diff(inc.ptr))
    pairs = np.unique(edge_of * max(n, 1) + inc.inputs) if len(edge_of) else np.zeros(0, np.int64)
    p_edge, p_in = pairs // max(n, 1), pairs % max(n, 1)
    arity = np.bincount(p_edge, minlength=m).astype(np.int64)
    group = np.maximum(arity, 1)
    ks = sorted(set(group.tolist()))
    local = np.zeros(m, np.int64)
    pops = [Population("quantities", n, du=4095, dv=0, vth=0, role="quantity")]
    offset = n
    edge_neuron = np.zeros(m, np.int64)
    for k in ks:
        sel = np.flatnonzero(group == k)
        local[sel] = np.arange(len(sel))
        edge_neuron[sel] = offset + local[sel]
        offset += len(sel)
        pops.append(Population(f"edges/{k}", len(sel), du=4095, dv=0, vth=k - 1, role="edge"))
    cons = [Connection("inputs->quantities", "inputs", "quantities", np.arange(n), np.arange(n), np.ones(n, np.int64), np.zeros(n, np.int64))]
    nullary = np.flatnonzero(arity == 0)
    if len(nullary):
        cons.append(Connection("start->edges/1", "inputs", "edges/1", np.full(len(nullary), n), local[nullary],
                               np.ones(len(nullary), np.int64), np.ones(len(nullary), np.int64)))
    # relay chains for long delays
    r_pre, r_post, r_delay = [], [], []  # relays -> relays
    rq_pre, rq_post, rq_delay = [], [], []  # relays -> quantities
    er = {k: ([], [], []) for k in ks}  # edges/k -> relays
    total = 2 * inc.cost - 2
    n_relay = 0
    for e in np.flatnonzero(total > L.DELAY_MAX):
        hops = _relay_delays(int(total[e]))
        chain = list(range(n_relay, n_relay + len(hops) - 1))
        n_relay += len(chain)
        k = int(group[e])
        er[k][0].append(int(local[e])); er[k][1].append(chain[0]); er[k][2].append(hops[0])
        for a, b, d in zip(chain[:-1], chain[1:], hops[1:-1]):
            r_pre.append(a); r_post.append(b); r_delay.append(d)
        rq_pre.append(chain[-1]); rq_post.append(int(inc.output[e])); rq_delay.append(hops[-1])
    direct = total <= L.DELAY_MAX
    for k in ks:
        in_k = group[p_edge] == k
        cons.append(Connection(f"quantities->edges/{k}", "quantities", f"edges/{k}", p_in[in_k], local[p_edge[in_k]],
                               np.ones(int(in_k.sum()), np.int64), np.zeros(int(in_k.sum()), np.int64)))
        sel = np.flatnonzero((group == k) & direct)
        cons.append(Connection(f"edges/{k}->quantities", f"edges/{k}", "quantities", local[sel], inc.output[sel],
                               np.ones(len(sel), np.int64), total[sel]))
        if er[k][0]:
            cons.append(Connection(f"edges/{k}->relays", f"edges/{k}", "relays", er[k][0], er[k][1], np.ones(len(er[k][0]), np.int64), er[k][2]))
    if n_relay:
        pops.append(Population("relays", n_relay, du=4095, dv=0, vth=0, role="relay"))
        if r_pre:
            cons.append(Connection("relays->relays", "relays", "relays", r_pre, r_post, np.ones(len(r_pre), np.int64), r_delay))
        cons.append(Connection("relays->quantities", "relays", "quantities", rq_pre, rq_post, np.ones(len(rq_pre), np.int64), rq_delay))
    # fire at most once: inhibitory self-synapses strong enough for each population's fan-in
    fan_in = np.zeros(offset + n_relay, np.int64)
    tmp = Circuit(tuple(pops), (SpikeSource("inputs", n + 1, [], []),), tuple(cons))
    for c in cons:
        np.add.at(fan_in, tmp.offset(c.post_pop) + c.post, 1)
    for p in pops:
        off = tmp.offset(p.name)
        f = int(fan_in[off:off + p.size].max()) if p.size else 0
        idx = np.arange(p.size)
        cons.append(Connection(f"inhibit/{p.name}", p.name, p.name, idx, idx, np.full(p.size, INHIBIT_WEIGHT), np.zeros(p.size, np.int64), _inhibit_exp(f)))
    qmap = QueryMap(n, 0, edge_neuron, inc.output, 2 * inc.cost - 1, np.zeros(0, np.int64))
    circuit = Circuit(tuple(pops), (SpikeSource("inputs", n + 1, [], []),), tuple(cons), qmap)
    return with_givens(circuit, sources)


def with_givens(circuit: Circuit, sources: Iterable[int]) -> Circuit:
    """The same compiled network with other givens (no recompilation).

    Per query this only checks the givens: the network, the query map and the
    ``inputs`` source's layout were checked when the circuit was compiled.
    """
    q = _query_map(circuit)
    given = _as_sources(sources, q.n_nodes)  # sorted, unique, in range
    neuron = np.append(given, q.n_nodes)  # the start neuron always fires at step 0
    step = np.zeros(len(neuron), np.int64)
    for a in (given, neuron, step):
        a.setflags(write=False)
    names = [s.name for s in circuit.sources]
    if names != ["inputs"] or circuit.sources[0].size != q.n_nodes + 1:
        raise CircuitError(f"a compiled query has one source 'inputs' of {q.n_nodes + 1} neurons; this circuit has {names}")
    inputs = evolve(circuit.sources[0], neuron=neuron, step=step)  # sorted by (step, neuron), unique
    return evolve(circuit, sources=(inputs,), query=evolve(q, given=given))


def _query_map(circuit: Circuit) -> QueryMap:
    if not isinstance(circuit, Circuit):
        raise CircuitTypeError(f"expected a spiking.Circuit, got {type(circuit).__name__}")
    if circuit.query is None:
        raise CircuitError("this circuit was not compiled from a hypergraph query (it has no QueryMap)")
    return circuit.query


def horizon(circuit: Circuit) -> int:
    """Steps that surely hold every first spike of a compiled query: every derivation
    time is at most ``n_nodes * max_cost``."""
    q = _query_map(circuit)
    max_cost = int((q.edge_latency.max() + 1) // 2) if len(q.edge_latency) else 1
    return steps_for(q.n_nodes * max_cost)


def steps_for(max_time: int) -> int:
    """Steps a run needs to report every quantity derived at or before ``max_time``."""
    return 2 * int(max_time) + 2


@dataclass(frozen=True, eq=False)
class Trace:
    """A query's answer read from a raster.

    time : int64[n_nodes], derivation time (-1: not derived within the run).
    edge : int64[n_nodes], causal edge (-1 for givens and underived quantities).
    step : int64[n_nodes], first-spike step of each quantity neuron (-1: none).
    raster : the raster it was read from.
    """

    time: np.ndarray
    edge: np.ndarray
    step: np.ndarray
    raster: Raster

    def __repr__(self) -> str:
        return f"<Trace: {int((self.time >= 0).sum())} of {len(self.time)} quantities derived, {len(self.raster.step)} spikes>"

    def derivation(self, target: int, inc: Incidence) -> tuple[int, ...]:
        """Edges that derive ``target``, walked back along the causal edges, in firing order."""
        if self.time[target] < 0:
            raise CircuitError(f"quantity {target} did not spike: it is not derivable within this run")
        seen, todo, edges = set(), [int(target)], []
        while todo:
            v = todo.pop()
            if v in seen:
                continue
            seen.add(v)
            e = int(self.edge[v])
            if e >= 0:
                edges.append(e)
                todo.extend(int(x) for x in inc.edge_inputs(e))
        return tuple(sorted(edges, key=lambda e: (int(self.time[inc.output[e]]), e)))


def decode(circuit: Circuit, raster: Raster) -> Trace:
    """First-spike times and causal edges of every quantity, from a raster."""
    q = _query_map(circuit)
    if not isinstance(raster, Raster):
        raise CircuitTypeError(f"decode expects a spiking.Raster, got {type(raster).__name__}")
    if raster.n_neurons != circuit.n_neurons:
        raise CircuitError(f"raster has {raster.n_neurons} neurons; the circuit has {circuit.n_neurons}")
    _check_raster(raster)
    from spiking.decoding import first_spikes_and_edges

    time, edge, step = first_spikes_and_edges(
        raster.step, raster.neuron, raster.n_neurons, q.quantity_offset, q.n_nodes,
        q.edge_neuron, q.edge_output, q.edge_latency, q.time_scale, q.time_offset)
    edge[q.given] = -1
    for a in (time, edge, step):
        a.setflags(write=False)
    return Trace(time, edge, step, raster)


def _check_raster(r: Raster) -> None:
    """What the decoding kernel indexes with: int64 arrays of equal length, neurons in
    range, steps >= 0 and sorted (a raster built by hand may be anything)."""
    step, neuron = r.step, r.neuron
    for name, a in (("step", step), ("neuron", neuron)):
        if not isinstance(a, np.ndarray) or a.ndim != 1 or a.dtype != np.int64:
            raise CircuitTypeError(f"raster.{name} must be a 1-D int64 array")
    if len(step) != len(neuron):
        raise CircuitError(f"raster has {len(step)} spike steps but {len(neuron)} spike neurons")
    if len(neuron) and (neuron.min() < 0 or neuron.max() >= r.n_neurons):
        raise CircuitError(f"raster holds a spike of neuron {int(neuron.max())}, outside 0..{r.n_neurons - 1}")
    if len(step) and (step.min() < 0 or np.any(np.diff(step) < 0)):
        raise CircuitError("raster spikes must have steps >= 0, sorted by step (use Raster.from_spikes)")


def run_query(circuit: Circuit, backend: str = "numba", max_steps: int | None = None, **kw) -> Trace:
    """Run a compiled query (``max_steps`` default: :func:`horizon`) and decode it."""
    from spiking.run import run
    steps = horizon(circuit) if max_steps is None else max_steps
    return decode(circuit, run(circuit, backend=backend, max_steps=steps, **kw))

