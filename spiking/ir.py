"""The circuit IR: populations of Loihi 2 CUBA-LIF compartments, sparse delayed
connections and input spike sources. Values are immutable and checked once, here.

Neuron dynamics (per population; exactly Lava's ``PyLifModelBitAcc``), every step::

    u = trunc(u * (4096 - (du + 1)) / 4096) + (a_in << 6)     # wrapped to 24 bits
    v = clip(trunc(v * (4096 - dv) / 4096) + u + (bias_mant << bias_exp), +-(2**23 - 1))
    spike = v > (vth << 6);  v[spike] = 0

A spike of step ``t`` on a synapse with delay ``d`` is in ``a_in`` of step ``t + 1 + d``;
``a_in`` sums, per connection, the weights that arrive and then shifts the sum by the
connection's ``weight_exp`` (left if > 0, arithmetic right otherwise). Sources emit
spikes at given steps. Neurons are numbered globally, population after population.

>>> import numpy as np
>>> pop = Population("p", 2, du=4095, dv=0, vth=0)
>>> src = SpikeSource("in", 1, neuron=np.array([0]), step=np.array([0]))
>>> con = Connection("in->p", "in", "p", pre=np.array([0]), post=np.array([1]),
...                  weight=np.array([1]), delay=np.array([2]))
>>> c = Circuit((pop,), (src,), (con,))
>>> c.n_neurons, c.offset("p"), c.max_delay
(2, 0, 2)
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Mapping

import numpy as np

from spiking import limits as L
from spiking.errors import CircuitError, CircuitTypeError, LoihiLimitError

__all__ = ["Population", "Connection", "SpikeSource", "QueryMap", "Circuit", "weight_sign_mode", "union", "evolve"]


def _i64(x, what: str, n: int | None = None) -> np.ndarray:
    """A read-only 1-D int64 copy of ``x``; ``n`` checks the length."""
    arr = np.asarray(x)
    if arr.ndim == 0 and n is not None:
        arr = np.full(n, arr)
    if arr.ndim != 1:
        raise CircuitTypeError(f"{what} must be one-dimensional, got shape {arr.shape}")
    if arr.size and not np.issubdtype(arr.dtype, np.integer):
        raise CircuitTypeError(f"{what} must hold integers, got dtype {arr.dtype}")
    arr = arr.astype(np.int64)
    if n is not None and len(arr) != n:
        raise CircuitError(f"{what} has {len(arr)} entries; expected {n}")
    arr.setflags(write=False)
    return arr


def _int(x, what: str) -> int:
    if isinstance(x, (bool, np.bool_)) or not isinstance(x, (int, np.integer)):
        raise CircuitTypeError(f"{what} must be an int, got {x!r}")
    return int(x)


def _size(x, where: str) -> int:
    """A population's or source's size: an int in 0..MAX_NEURONS (checked before anything
    of that size is allocated)."""
    size = _int(x, f"{where}: size")
    if size < 0:
        raise CircuitError(f"{where}: size must be >= 0, got {size}")
    if size > L.MAX_NEURONS:
        raise CircuitError(f"{where}: size {size} is over this implementation's cap of {L.MAX_NEURONS} neurons "
                           "(spiking.limits.MAX_NEURONS)")
    return size


def _limit(ok: bool, what: str, got, allowed: str, excess: str = "") -> None:
    if not ok:
        by = f" (over by {excess})" if excess else ""
        raise LoihiLimitError(f"{what} = {got} is outside the Loihi 2 limit {allowed}{by}")


def _within(arr: np.ndarray, lo: int, hi: int, what: str) -> None:
    """Every index of ``arr`` is in ``lo..hi-1`` (a compiled kernel will index with it)."""
    if len(arr) and (arr.min() < lo or arr.max() >= hi):
        bad = int(arr.min()) if arr.min() < lo else int(arr.max())
        raise CircuitError(f"{what} holds {bad}, outside {lo}..{hi - 1}")


def _range(arr: np.ndarray, lo: int, hi: int, what: str) -> None:
    if len(arr) == 0:
        return
    amin, amax = int(arr.min()), int(arr.max())
    if amax > hi:
        _limit(False, f"{what} (max)", amax, f"{lo}..{hi}", str(amax - hi))
    if amin < lo:
        _limit(False, f"{what} (min)", amin, f"{lo}..{hi}", str(lo - amin))


@dataclass(frozen=True, eq=False)
class Population:
    """``size`` CUBA-LIF compartments sharing ``du``, ``dv`` and ``vth`` (as in Lava).

    ``bias_mant``/``bias_exp`` are per neuron (a scalar is broadcast). ``role`` is a
    free label ("quantity", "edge", "relay") that tools may show.
    """

    name: str
    size: int
    du: int = 4095
    dv: int = 0
    vth: int = 0
    bias_mant: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    bias_exp: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    role: str = ""

    def __repr__(self) -> str:
        return f"<Population {self.name!r}: {self.size} neurons{', ' + self.role if self.role else ''}>"

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise CircuitTypeError(f"Population.name must be a non-empty str, got {self.name!r}")
        where = f"population {self.name!r}"
        size = _size(self.size, where)
        for name in ("du", "dv", "vth"):
            object.__setattr__(self, name, _int(getattr(self, name), f"{where}: {name}"))
        for name in ("bias_mant", "bias_exp"):
            arr = getattr(self, name)
            if isinstance(arr, np.ndarray) and arr.ndim == 1 and len(arr) == 0 and size:
                arr = 0
            object.__setattr__(self, name, _i64(arr, f"{where}: {name}", size))
        _range(np.array([self.du]), 0, L.DECAY_MAX, f"{where}: du")
        _range(np.array([self.dv]), 0, L.DECAY_MAX, f"{where}: dv")
        _range(np.array([self.vth]), 0, L.VTH_MAX, f"{where}: vth")
        _range(self.bias_mant, L.BIAS_MANT_MIN, L.BIAS_MANT_MAX, f"{where}: bias_mant")
        _range(self.bias_exp, L.BIAS_EXP_MIN, L.BIAS_EXP_MAX, f"{where}: bias_exp")

    @property
    def effective_bias(self) -> np.ndarray:
        """int64[size]: ``bias_mant << bias_exp``, the bias added to ``v`` each step."""
        return self.bias_mant << self.bias_exp


@dataclass(frozen=True, eq=False)
class SpikeSource:
    """``size`` input neurons; neuron ``neuron[i]`` spikes at step ``step[i]``."""

    name: str
    size: int
    neuron: np.ndarray
    step: np.ndarray

    def __repr__(self) -> str:
        return f"<SpikeSource {self.name!r}: {self.size} neurons, {len(self.neuron)} spikes>"

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise CircuitTypeError(f"SpikeSource.name must be a non-empty str, got {self.name!r}")
        where = f"source {self.name!r}"
        size = _size(self.size, where)
        neuron = _i64(self.neuron, f"{where}: neuron")
        step = _i64(self.step, f"{where}: step", len(neuron))
        if len(neuron) and (neuron.min() < 0 or neuron.max() >= size):
            raise CircuitError(f"{where}: neuron indices must be in 0..{size - 1}, got {neuron.min()}..{neuron.max()}")
        if len(step) and step.min() < 0:
            raise CircuitError(f"{where}: spike steps must be >= 0, got {int(step.min())}")
        order = np.lexsort((neuron, step))
        keep = np.ones(len(order), bool)
        keep[1:] = (np.diff(step[order]) != 0) | (np.diff(neuron[order]) != 0)
        object.__setattr__(self, "neuron", _i64(neuron[order][keep], "neuron"))
        object.__setattr__(self, "step", _i64(step[order][keep], "step"))


def weight_sign_mode(weight: np.ndarray) -> str:
    """Lava's sign mode of a weight set: "excitatory", "inhibitory" or "mixed".

    >>> weight_sign_mode(np.array([0, 3])), weight_sign_mode(np.array([-2, 4]))
    ('excitatory', 'mixed')
    """
    if len(weight) == 0 or weight.min() >= 0:
        return "excitatory"
    if weight.max() <= 0:
        return "inhibitory"
    return "mixed"


@dataclass(frozen=True, eq=False)
class Connection:
    """Synapses ``pre[i] -> post[i]`` with integer ``weight`` and ``delay``.

    ``pre_pop`` names a population or a source, ``post_pop`` a population. Weights
    must be exactly representable in Lava's 8-bit format (see ``limits``); a pair
    (pre, post) appears at most once.
    """

    name: str
    pre_pop: str
    post_pop: str
    pre: np.ndarray
    post: np.ndarray
    weight: np.ndarray
    delay: np.ndarray
    weight_exp: int = 0

    def __repr__(self) -> str:
        return f"<Connection {self.name!r}: {self.pre_pop} -> {self.post_pop}, {len(self.pre)} synapses>"

    def __post_init__(self) -> None:
        where = f"connection {self.name!r}"
        pre = _i64(self.pre, f"{where}: pre")
        n = len(pre)
        object.__setattr__(self, "pre", pre)
        object.__setattr__(self, "post", _i64(self.post, f"{where}: post", n))
        object.__setattr__(self, "weight", _i64(self.weight, f"{where}: weight", n))
        object.__setattr__(self, "delay", _i64(self.delay, f"{where}: delay", n))
        object.__setattr__(self, "weight_exp", _int(self.weight_exp, f"{where}: weight_exp"))
        _range(self.delay, L.DELAY_MIN, L.DELAY_MAX, f"{where}: delay")
        _range(np.array([self.weight_exp]), L.WEIGHT_EXP_MIN, L.WEIGHT_EXP_MAX, f"{where}: weight_exp")
        mode = weight_sign_mode(self.weight)
        if mode == "excitatory":
            _range(self.weight, 0, L.WEIGHT_EXC_MAX, f"{where}: weight (excitatory)")
        elif mode == "inhibitory":
            _range(self.weight, L.WEIGHT_INH_MIN, 0, f"{where}: weight (inhibitory)")
        else:
            _range(self.weight, L.WEIGHT_MIXED_MIN, L.WEIGHT_MIXED_MAX, f"{where}: weight (mixed sign)")
            odd = np.flatnonzero(self.weight % 2)
            if len(odd):
                raise LoihiLimitError(
                    f"{where}: weight[{odd[0]}] = {int(self.weight[odd[0]])} is odd; a connection with "
                    "mixed-sign weights has 7-bit mantissas on Loihi 2 (even values only)"
                )


@dataclass(frozen=True, eq=False)
class QueryMap:
    """How a compiled hypergraph query sits in its circuit (see ``spiking.compiler``).

    Quantity ``q`` is neuron ``quantity_offset + q``; edge ``e`` is neuron
    ``edge_neuron[e]`` and its spike reaches its output ``edge_latency[e]`` steps
    later. A quantity first spiking at step ``T`` was derived at time
    ``(T - time_offset) // time_scale``.
    """

    n_nodes: int
    quantity_offset: int
    edge_neuron: np.ndarray
    edge_output: np.ndarray
    edge_latency: np.ndarray
    given: np.ndarray
    time_scale: int = 2
    time_offset: int = 1

    def __repr__(self) -> str:
        return f"<QueryMap: {self.n_nodes} quantities, {len(self.edge_neuron)} edges, {int((self.given >= 0).sum()) if self.given.size else 0} givens>"

    def __post_init__(self) -> None:
        for name in ("n_nodes", "quantity_offset", "time_scale", "time_offset"):
            object.__setattr__(self, name, _int(getattr(self, name), f"QueryMap.{name}"))
        for name in ("edge_neuron", "edge_output", "edge_latency", "given"):
            object.__setattr__(self, name, _i64(getattr(self, name), f"QueryMap.{name}"))
        if self.n_nodes < 0 or self.quantity_offset < 0:
            raise CircuitError(f"QueryMap: n_nodes and quantity_offset must be >= 0, got {self.n_nodes}, "
                               f"{self.quantity_offset}")
        if self.time_scale < 1:
            raise CircuitError(f"QueryMap.time_scale must be >= 1, got {self.time_scale}")
        m = len(self.edge_neuron)
        for name in ("edge_output", "edge_latency"):
            if len(getattr(self, name)) != m:
                raise CircuitError(f"QueryMap.{name} has {len(getattr(self, name))} entries; expected {m} "
                                   "(one per edge, as edge_neuron)")
        _within(self.edge_output, 0, self.n_nodes, "QueryMap.edge_output")
        _within(self.given, 0, self.n_nodes, "QueryMap.given")
        if m and self.edge_latency.min() < 0:
            raise CircuitError(f"QueryMap.edge_latency must be >= 0, got {int(self.edge_latency.min())}")

    def check_against(self, n_neurons: int) -> None:
        """The map fits a circuit of ``n_neurons`` neurons (what the decoding kernel indexes)."""
        if self.quantity_offset + self.n_nodes > n_neurons:
            raise CircuitError(f"QueryMap: quantities {self.quantity_offset}..{self.quantity_offset + self.n_nodes - 1} "
                               f"are outside the circuit's {n_neurons} neurons")
        _within(self.edge_neuron, 0, n_neurons, "QueryMap.edge_neuron")


@dataclass(frozen=True, eq=False)
class Circuit:
    """Populations, sources and connections; optionally the query they encode."""

    populations: tuple
    sources: tuple
    connections: tuple
    query: QueryMap | None = None

    def __repr__(self) -> str:
        return (f"<Circuit: {len(self.populations)} populations ({sum(p.size for p in self.populations)} neurons), "
                f"{len(self.sources)} sources, {len(self.connections)} connections "
                f"({sum(len(c.pre) for c in self.connections)} synapses)>")

    def __post_init__(self) -> None:
        for name, kind in (("populations", Population), ("sources", SpikeSource), ("connections", Connection)):
            items = tuple(getattr(self, name))
            for x in items:
                if not isinstance(x, kind):
                    raise CircuitTypeError(f"Circuit.{name} must hold {kind.__name__} values, got {type(x).__name__}")
            object.__setattr__(self, name, items)
        names = [p.name for p in self.populations] + [s.name for s in self.sources]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise CircuitError(f"population/source names must be unique; repeated: {sorted(dup)}")
        cnames = [c.name for c in self.connections]
        if len(set(cnames)) != len(cnames):
            raise CircuitError(f"connection names must be unique; repeated: {sorted({n for n in cnames if cnames.count(n) > 1})}")
        sizes = {p.name: p.size for p in self.populations} | {s.name: s.size for s in self.sources}
        pops = {p.name for p in self.populations}
        for c in self.connections:
            where = f"connection {c.name!r}"
            if c.pre_pop not in sizes:
                raise CircuitError(f"{where}: pre_pop {c.pre_pop!r} is not a population or source of this circuit")
            if c.post_pop not in pops:
                raise CircuitError(f"{where}: post_pop {c.post_pop!r} is not a population of this circuit")
            for side, arr, pop in (("pre", c.pre, c.pre_pop), ("post", c.post, c.post_pop)):
                if len(arr) and (arr.min() < 0 or arr.max() >= sizes[pop]):
                    bad = int(arr.max()) if arr.max() >= sizes[pop] else int(arr.min())
                    raise CircuitError(f"{where}: {side} index {bad} is outside {pop!r} (size {sizes[pop]})")
            key = c.pre * max(sizes[c.post_pop], 1) + c.post
            if len(np.unique(key)) != len(key):
                raise CircuitError(f"{where}: a (pre, post) pair appears more than once; merge such synapses")
        if self.n_neurons > L.MAX_NEURONS or sum(s.size for s in self.sources) > L.MAX_NEURONS:
            raise CircuitError(f"the circuit has {self.n_neurons} neurons and {sum(s.size for s in self.sources)} "
                               f"inputs; this implementation's cap is {L.MAX_NEURONS} (spiking.limits.MAX_NEURONS)")
        if self.n_synapses > L.MAX_SYNAPSES:
            raise CircuitError(f"the circuit has {self.n_synapses} synapses; this implementation's cap is "
                               f"{L.MAX_SYNAPSES} (spiking.limits.MAX_SYNAPSES)")
        if self.query is not None:
            if not isinstance(self.query, QueryMap):
                raise CircuitTypeError(f"Circuit.query must be a QueryMap or None, got {type(self.query).__name__}")
            self.query.check_against(self.n_neurons)
        fan_in = np.zeros(self.n_neurons, np.int64)
        for c in self.connections:
            off, size = self.offset(c.post_pop), sizes[c.post_pop]
            fan_in[off:off + size] += np.bincount(c.post, minlength=size)
        if len(fan_in) and fan_in.max() > L.FAN_IN_MAX:
            i = int(fan_in.argmax())
            _limit(False, f"fan-in of neuron {i}", int(fan_in[i]), f"<= {L.FAN_IN_MAX} synapses", str(int(fan_in[i]) - L.FAN_IN_MAX))

    @property
    def n_neurons(self) -> int:
        return sum(p.size for p in self.populations)

    @property
    def n_synapses(self) -> int:
        return sum(len(c.pre) for c in self.connections)

    @property
    def max_delay(self) -> int:
        return max((int(c.delay.max()) for c in self.connections if len(c.delay)), default=0)

    def population(self, name: str) -> Population:
        for p in self.populations:
            if p.name == name:
                return p
        raise CircuitError(f"no population named {name!r}; have {[p.name for p in self.populations]}")

    def offset(self, name: str) -> int:
        """Global index of the first neuron of population ``name``."""
        off = 0
        for p in self.populations:
            if p.name == name:
                return off
            off += p.size
        raise CircuitError(f"no population named {name!r}; have {[p.name for p in self.populations]}")

    def is_source(self, name: str) -> bool:
        return any(s.name == name for s in self.sources)

    def with_source_spikes(self, spikes: Mapping[str, tuple]) -> "Circuit":
        """The same network with new input spikes: ``{source: (neuron, step)}``."""
        new = []
        for s in self.sources:
            if s.name in spikes:
                neuron, step = spikes[s.name]
                s = SpikeSource(s.name, s.size, neuron, step)
            new.append(s)
        unknown = set(spikes) - {s.name for s in self.sources}
        if unknown:
            raise CircuitError(f"no source named {sorted(unknown)}; have {[s.name for s in self.sources]}")
        # the network is unchanged and was checked when it was built: only the
        # new sources are checked (by SpikeSource) here
        return evolve(self, sources=tuple(new))


def evolve(value, **changes):
    """A copy of a frozen IR value with ``changes``, skipping ``__post_init__``: for
    callers that have already checked the new field values (per-query fast paths).

    >>> p = Population("p", 2)
    >>> evolve(p, role="edge").role, p.role
    ('edge', '')
    """
    out = object.__new__(type(value))
    out.__dict__.update(value.__dict__)
    out.__dict__.update(changes)
    return out


def union(circuits) -> tuple[Circuit, tuple[int, ...]]:
    """Several circuits side by side as one (names prefixed ``c<i>:``), and the global
    offset of each one's first neuron. Used to batch small circuits into one slow run.

    >>> c = Circuit((Population("p", 2),), (), ())
    >>> u, offs = union([c, c])
    >>> u.n_neurons, offs
    (4, (0, 2))
    """
    pops, srcs, cons, offs, off = [], [], [], [], 0
    for i, c in enumerate(circuits):
        pre = f"c{i}:"
        offs.append(off)
        off += c.n_neurons
        pops += [replace(p, name=pre + p.name) for p in c.populations]
        srcs += [replace(s, name=pre + s.name) for s in c.sources]
        cons += [replace(x, name=pre + x.name, pre_pop=pre + x.pre_pop, post_pop=pre + x.post_pop) for x in c.connections]
    return Circuit(tuple(pops), tuple(srcs), tuple(cons)), tuple(offs)
