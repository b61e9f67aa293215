"""Set-ups: the knowledge hypergraph instantiated for the objects of one question.

A symbol names a quantity *kind* (``l`` length, ``F_T`` tension); a node of the bound
graph is a quantity *of an object* (``l`` of the string, ``g`` of the place). A law applies
to every object of the kind it names (``@law(on="pendulum")``); its other variables bind
to the objects they describe: partners of another kind (the place's ``g``, the fluid's
``rho_f``) and numbered members (``m1``, ``m2``: two bodies of a collision). Each binding
is an obligation ``kind(object) ⊑ kind(slot)``, checked as the graph is built and kept
in :attr:`Instance.obligations` for the proof report. The closure and the spiking circuit
run over this bound graph, so unrelated set-ups never join: a string's length is never a
pendulum's length.

>>> from hypergraph.build import load_default
>>> kg = load_default()
>>> setup = Setup((Obj("", "pendulum", "default"),))
>>> bound = bind(kg, setup)
>>> ("T_period", "") in bound.index and ("g", "place") in bound.index
True
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import itemgetter

from .incidence import Incidence
from .model import KnowledgeGraph, Law

#: Constants that stand for standard conditions rather than nature (``g = g_n``, sound in
#: room air, a normal eye's near point).
STANDARD_CONSTANTS = ("g_n", "p_atm", "v_sound_room_air", "d_near_normal")
#: Extra cost of a law that derives a quantity of an implicit partner (the place's ``g``,
#: the planet's mass) from the question's objects: a derivation that needs the
#: surroundings to follow from the object (g "derived" from a spring it hangs on) is
#: chosen only when nothing more direct exists.
PARTNER_PENALTY = 2


@dataclass(frozen=True)
class Obj:
    """An object of a question.

    ``key`` identifies it ("" for the object the question is about, "car", "ball 2",
    "#1" for the first of two unnamed members, a kind's name for a partner such as
    "place"); ``role`` is ``default``, ``named``, ``member`` or ``partner``."""

    key: str
    kind: str
    role: str = "named"

    @property
    def label(self) -> str:
        if self.role == "default":
            return f"the {self.kind}" if self.kind != "thing" else "the object"
        if self.role == "member" and self.key.startswith("#"):
            return f"{self.kind} {self.key[1:]}"
        return f"the {self.key}"


@dataclass(frozen=True)
class Setup:
    """The objects of a question, each with its kind: the type environment of a reading."""

    objects: tuple[Obj, ...]

    def __repr__(self) -> str:
        objs = ", ".join(f"{o.key or 'the object'}: {o.kind}" for o in self.objects[:4])
        return f"<Setup {objs}{', ...' if len(self.objects) > 4 else ''}>"

    def get(self, key: str) -> Obj | None:
        for o in self.objects:
            if o.key == key:
                return o
        return None


@dataclass(frozen=True)
class Instance:
    """One law applied to objects: ``binding`` maps each law variable to its node, and
    ``obligations`` records each slot's kind check ``(variable, object, kind, slot kind)``."""

    law: int
    main: str
    binding: tuple[tuple[str, tuple[str, str]], ...]
    obligations: tuple[tuple[str, str, str, str], ...] = ()

    def __repr__(self) -> str:
        return f"<Instance of law {self.law} on {self.main or 'the object'}: {len(self.binding)} variables bound>"

    def node(self, variable: str) -> tuple[str, str]:
        for v, n in self.binding:
            if v == variable:
                return n
        raise KeyError(variable)


@lru_cache(maxsize=65536)
def node_id(node: tuple[str, str]) -> str:
    """A Python identifier for a bound quantity: ``v`` (the question's object), ``g__place``."""
    sym, key = node
    if not key:
        return sym
    return f"{sym}__{re.sub(r'[^0-9A-Za-z]+', '_', key).strip('_') or 'x'}"


@dataclass(frozen=True, eq=False)
class BoundGraph:
    """The hypergraph of one set-up: nodes are (symbol, object key), edges law directions
    of law instances."""

    kg: KnowledgeGraph = field(repr=False)
    setup: Setup
    nodes: tuple[tuple[str, str], ...]
    instances: tuple[Instance, ...]
    incidence: Incidence = field(repr=False)
    edge_instance: tuple[int, ...] = field(repr=False)
    edge_variable: tuple[str, ...] = field(repr=False)

    def __repr__(self) -> str:
        return f"<BoundGraph: {len(self.nodes)} nodes, {len(self.instances)} law instances, {len(self.setup.objects)} objects>"

    @cached_property
    def index(self) -> dict[tuple[str, str], int]:
        return {n: i for i, n in enumerate(self.nodes)}

    @cached_property
    def ids(self) -> tuple[str, ...]:
        return tuple(node_id(n) for n in self.nodes)

    @cached_property
    def instance_edges(self) -> dict[int, frozenset[int]]:
        """The edges (law directions) of each law instance."""
        out: dict[int, set[int]] = {}
        for e, i in enumerate(self.edge_instance):
            out.setdefault(i, set()).add(e)
        return {i: frozenset(es) for i, es in out.items()}

    @cached_property
    def edge_instances(self):
        """``edge_instance`` as a numpy array, for masks over instances (int64, one per edge)."""
        import numpy as np

        return np.fromiter(self.edge_instance, dtype=np.int64, count=len(self.edge_instance))

    def edges_of(self, instance_mask) -> frozenset[int]:
        """The edges of the instances a boolean mask (one per instance) selects."""
        import numpy as np

        if not instance_mask.any():
            return frozenset()
        return frozenset(np.flatnonzero(instance_mask[self.edge_instances]).tolist())

    def edge(self, e: int) -> tuple[Law, Instance, str]:
        """The law, its instance and the variable edge ``e`` derives."""
        inst = self.instances[self.edge_instance[int(e)]]
        return self.kg.laws[inst.law], inst, self.edge_variable[int(e)]

    @cached_property
    def standard_edges(self) -> frozenset[int]:
        """Edges of laws that assume standard conditions (``g = g_n``): a fallback only."""
        import numpy as np

        laws = _standard_laws(self.kg)
        return self.edges_of(np.array([inst.law in laws for inst in self.instances], dtype=bool))

    @cached_property
    def general(self) -> Incidence:
        """The same graph with the standard-condition edges never firing."""
        return without(self.incidence, self.standard_edges)

    @cached_property
    def surroundings(self) -> frozenset[str]:
        """Keys of the unnamed surroundings: implicit partners (the place, a field, the air)."""
        return frozenset(o.key for o in self.setup.objects if is_surrounding(self.kg, o))

    @cached_property
    def leak_edges(self) -> frozenset[int]:
        """Edges that work out a quantity of the surroundings from another object's (``g``
        of the place from a spring's pull on a body): a last resort only."""
        inc, around = self.incidence, self.surroundings
        if not around:
            return frozenset()
        import numpy as np

        # each node's object key as a number, and whether it is part of the surroundings
        # (C-level maps over the nodes: a bound graph has thousands)
        keys = list(map(itemgetter(1), self.nodes))
        numbers = {key: i for i, key in enumerate(dict.fromkeys(keys))}
        obj = np.fromiter(map(numbers.__getitem__, keys), dtype=np.int64, count=len(keys))
        around_node = np.fromiter(map(around.__contains__, keys), dtype=bool, count=len(keys))
        edge_of_input = np.repeat(np.arange(inc.n_edges), np.diff(inc.ptr))
        other = obj[inc.inputs] != obj[inc.output][edge_of_input]   # an input of another object
        from_other = np.bincount(edge_of_input[other], minlength=inc.n_edges) > 0
        return frozenset(np.flatnonzero(around_node[inc.output] & from_other).tolist())

    def closure(self, inc: Incidence, sources):
        """``closure(inc, sources)`` over one of this graph's incidences (``incidence``,
        ``general``, ``sealed(...)``), kept per set of sources: the readings of one set-up
        close the same givens again and again (ties between names, other targets). The
        closure depends on the set of sources only, and its arrays are read-only."""
        from .closure import closure

        memo = self.__dict__.setdefault("_closures", {})
        key = (id(inc), frozenset(map(int, sources)))
        hit = memo.get(key)
        if hit is None or hit.incidence is not inc:   # a kept closure keeps its incidence alive: ids stay apart
            if len(memo) > 4096:
                memo.clear()
            hit = memo[key] = closure(inc, sources)
        return hit

    def without(self, inc: Incidence, excluded: frozenset) -> Incidence:
        """One of this graph's incidences with some edges set aside, kept (so that
        :meth:`closure` keeps its closures too)."""
        memo = self.__dict__.setdefault("_without", {})
        key = (id(inc), excluded)
        hit = memo.get(key)
        if hit is None or hit[0] is not inc:
            if len(memo) > 256:
                memo.clear()
            hit = memo[key] = (inc, without(inc, excluded))
        return hit[1]

    def sealed(self, standard: bool) -> Incidence:
        """The graph without leak edges, with (``standard``) or without standard conditions."""
        key = "_sealed_std" if standard else "_sealed_gen"
        if key not in self.__dict__:
            self.__dict__[key] = without(self.incidence, self.leak_edges | (frozenset() if standard else self.standard_edges))
        return self.__dict__[key]


@lru_cache(maxsize=16)
def _standard_laws(kg: KnowledgeGraph) -> frozenset[int]:
    """The laws that assume standard conditions (their constants include ``g_n``, ``p_atm``)."""
    return frozenset(k for k, law in enumerate(kg.laws) if set(law.constants) & set(STANDARD_CONSTANTS))


def is_surrounding(kg: KnowledgeGraph, obj: Obj) -> bool:
    """Whether ``obj`` is an unnamed part of the surroundings: a partner of an implicit kind
    or one below it (the place, a planet as the place, a field region, the air)."""
    return obj.role == "partner" and _below_implicit(kg, obj.kind)


@lru_cache(maxsize=1024)
def _below_implicit(kg: KnowledgeGraph, kind: str) -> bool:
    """Whether ``kind`` is an implicit kind or one below it."""
    return any(k.implicit and kg.is_a(kind, k.name) for k in kg.kinds)


def without(inc: Incidence, excluded) -> Incidence:
    """The same hyperedges (same indices), but the excluded ones wait on a node nothing
    derives (one more node, ``inc.n_nodes``)."""
    import numpy as np

    if not excluded:
        return inc
    mask = np.zeros(inc.n_edges, dtype=bool)
    mask[np.fromiter(excluded, dtype=np.int64)] = True
    old_len = np.diff(inc.ptr)
    ptr = np.zeros(inc.n_edges + 1, dtype=np.int64)
    np.cumsum(old_len + mask, out=ptr[1:])
    inputs = np.empty(int(ptr[-1]), dtype=np.int64)
    inputs[np.repeat(ptr[:-1] - inc.ptr[:-1], old_len) + np.arange(len(inc.inputs))] = inc.inputs
    inputs[ptr[1:][mask] - 1] = inc.n_nodes
    return Incidence.derived(inc.n_nodes + 1, ptr, inputs, inc.output, inc.cost)   # output, cost: read-only, shared


# -- slots of a law -------------------------------------------------------------------
@lru_cache(maxsize=4096)
def _slots(kg: KnowledgeGraph, law_index: int) -> tuple[tuple[str, str, str], ...]:
    """For each variable of a law: ``(variable, slot, base symbol)`` where slot is ``main``,
    ``partner:<kind>`` or ``member:<n>``."""
    law = kg.laws[law_index]
    local = dict(law.of)
    out = []
    for v in law.variables:
        q = kg.quantity(v)
        if q.member is not None:
            out.append((v, f"member:{q.member[1]}", q.member[0]))
            continue
        kind = local.get(v) or q.of
        if kind and not kg.is_a(law.on, kind):
            out.append((v, f"partner:{kind}", q.base))
        else:
            out.append((v, "main", q.base))
    return tuple(out)


def partner_kinds(kg: KnowledgeGraph, law_index: int) -> set[str]:
    return {s.partition(":")[2] for _, s, _ in _slots(kg, law_index) if s.startswith("partner:")}


@lru_cache(maxsize=4096)
def laws_on(kg: KnowledgeGraph, kind: str) -> tuple[int, ...]:
    """The laws that apply to an object of ``kind`` (its own kind or one above it)."""
    above = set(kg.ancestors(kind))
    return tuple(k for k, law in enumerate(kg.laws) if law.on in above)


@lru_cache(maxsize=4096)
def _needed_partners(kg: KnowledgeGraph, kind: str) -> tuple[str, ...]:
    """The surroundings an object of ``kind`` gets without being told: the environment
    kinds (those a quantity says it is ``of``: the place, the planet, the fluid) that its
    laws refer to. A law that bridges to another kind of object (a spring the body hangs
    on) applies only when the question has such an object."""
    env = environment_kinds(kg)
    return tuple(sorted({p for k in laws_on(kg, kind) for p in partner_kinds(kg, k) if p in env}))


@lru_cache(maxsize=16)
def environment_kinds(kg: KnowledgeGraph) -> frozenset[str]:
    """Kinds of surroundings: declared ``implicit`` in ``objects.py``, or named by a
    quantity's ``of`` (the place's ``g``)."""
    return frozenset({q.of for q in kg.quantities if q.of} | {k.name for k in kg.kinds if k.implicit})


def complete(kg: KnowledgeGraph, setup: Setup) -> Setup:
    """``setup`` with an implicit partner object for every environment kind that a law
    applicable to one of its objects needs and that no object provides (the place where
    ``g`` acts, the fluid a body floats in), until nothing more is needed; and the whole
    that two objects of one kind are members of (the pipe of two sections)."""
    return _complete(kg, setup)


#: Member kinds too general to imply their whole: two bodies are not a collision, an
#: Atwood machine or a pair of charges until the question says so.
GENERAL_MEMBERS = ("thing", "matter", "body")


@lru_cache(maxsize=1024)
def _wholes(kg: KnowledgeGraph, kind: str) -> tuple[str, ...]:
    """The kinds of whole whose laws take objects of ``kind`` as members: two sections
    of a pipe imply the pipe (continuity), two pistons the fluid between them (Pascal)."""
    return tuple(sorted({law.on for law in kg.laws
                         if law.members and law.members not in GENERAL_MEMBERS and kg.is_a(kind, law.members)}))


@lru_cache(maxsize=2048)
def _complete(kg: KnowledgeGraph, setup: Setup) -> Setup:
    objects = list(setup.objects)
    named = [o for o in objects if o.role in ("named", "member")]
    for o in named:
        if sum(1 for x in named if x.kind == o.kind) < 2:
            continue
        wholes = _wholes(kg, o.kind)
        # one kind of whole only: resistors may be in series or in parallel, and which one
        # the question must say (each would be a different answer)
        if len(wholes) == 1 and not any(kg.is_a(x.kind, wholes[0]) for x in objects):
            objects.append(Obj(wholes[0], wholes[0], "partner"))
    k = 0
    while k < len(objects):
        for kind in _needed_partners(kg, objects[k].kind):
            if not any(kg.is_a(o.kind, kind) for o in objects):
                objects.append(Obj(kind, kind, "partner"))
        k += 1
    return Setup(tuple(objects))


@dataclass(frozen=True)
class _LawShape:
    """What binding a law needs that depends on the law only (worked out once per law):
    its member numbers and partner kinds, each variable's ``(variable, slot, base, kind
    the slot wants)`` in the law's order, and each usable direction as positions in that
    order ``(derived, inputs, cost)``."""

    members: tuple[int, ...]
    partners: tuple[str, ...]
    slots: tuple[tuple[str, str, str, str], ...]
    directions: tuple[tuple[int, tuple[int, ...], int], ...]
    alone: bool = False   # every variable the main object's, on distinct nodes: one binding per object


@lru_cache(maxsize=4096)
def _law_shape(kg: KnowledgeGraph, law_index: int) -> _LawShape:
    law = kg.laws[law_index]
    slots = _slots(kg, law_index)
    members = tuple(sorted({int(s.partition(":")[2]) for _, s, _ in slots if s.startswith("member:")}))
    partners = tuple(sorted({s.partition(":")[2] for _, s, _ in slots if s.startswith("partner:")}))
    wanted = tuple((v, slot, base, law.on if slot == "main" else (slot.partition(":")[2] if slot.startswith("partner")
                                                                 else law.members or "thing"))
                   for v, slot, base in slots)
    position = {v: i for i, (v, _, _) in enumerate(slots)}
    directions = tuple((position[var], tuple(position[v] for v in others), cost)
                       for var, others, cost in _usable(kg, law_index))
    alone = not members and not partners and len({base for _, _, base in slots}) == len(slots)
    return _LawShape(members, partners, wanted, directions, alone)


def instances(kg: KnowledgeGraph, setup: Setup) -> list[Instance]:
    """Every law applied to every combination of objects its slots accept."""
    return [inst for main in setup.objects for inst in _instances_of(kg, main, setup.objects)]


@lru_cache(maxsize=4096)
def _instances_of(kg: KnowledgeGraph, main: Obj, objects: tuple[Obj, ...]) -> tuple[Instance, ...]:
    """The instances of the laws on ``main``'s kind with ``main`` as their object, the
    other slots filled from ``objects`` (kept: the readings of a question share objects)."""
    out = []
    # the objects that may stand in each partner slot, and as members
    partner_cands: dict[str, list[Obj]] = {}
    member_cands: dict[str, list[Obj]] = {}
    for (k, law, shape), alone in zip(_shapes_on(kg, main.kind), _alone_instances(kg, main.kind, main.key)):
        if not law.inputs and main.role == "partner":
            continue   # a constant of a kind (an electron's mass) only for an object the question names
        if alone is not None:   # the common case: the same whatever the other objects are
            out.append(alone)
            continue
        members = shape.members
        partner_choices = []
        for kind in shape.partners:
            if kind not in partner_cands:
                partner_cands[kind] = [o for o in objects if o.key != main.key and o.role in ("partner", "named", "default")
                                       and kg.is_a(o.kind, kind)]
            partner_choices.append([(kind, o) for o in partner_cands[kind]])
        member_pool = []
        if members:
            of = law.members or "thing"
            if of not in member_cands:
                member_cands[of] = [o for o in objects if o.key != main.key and o.role in ("named", "member")
                                    and kg.is_a(o.kind, of)]
            member_pool = member_cands[of]
        if len(members) > 1 and law.members not in GENERAL_MEMBERS and len(member_pool) > len(members):
            continue   # a law of two resistors says nothing of a circuit of three (one of each member, of every member)
        for chosen in itertools.product(*partner_choices):
            taken = {main.key} | {o.key for _, o in chosen}
            pool = [o for o in member_pool if o.key not in taken]
            for assigned in (itertools.permutations(pool, len(members)) if members else [()]):
                by_slot = {"main": main, **{f"partner:{kind}": o for kind, o in chosen},
                           **{f"member:{n}": o for n, o in zip(members, assigned)}}
                binding, obligations, seen = [], [], set()
                for v, slot, base, want in shape.slots:
                    o = by_slot[slot]
                    node = (base, o.key)
                    if node in seen:
                        break  # two variables of one law on one node: not this binding
                    seen.add(node)
                    binding.append((v, node))
                    obligations.append((v, o.key, o.kind, want))
                else:
                    out.append(Instance(k, main.key, tuple(binding), tuple(obligations)))
    return tuple(out)


@lru_cache(maxsize=1024)
def _shapes_on(kg: KnowledgeGraph, kind: str) -> tuple[tuple[int, object, _LawShape], ...]:
    """``(index, law, shape)`` of each law on ``kind``, in :func:`laws_on`'s order."""
    return tuple((k, kg.laws[k], _law_shape(kg, k)) for k in laws_on(kg, kind))


@lru_cache(maxsize=4096)
def _alone_instances(kg: KnowledgeGraph, kind: str, key: str) -> tuple[Instance | None, ...]:
    """For each law on ``kind`` (:func:`_shapes_on`'s order), its instance on the object
    ``key`` where every variable is that object's (``_LawShape.alone``), else None: built once
    for every set-up the object is in."""
    return tuple(Instance(k, key, tuple((v, (base, key)) for v, _, base, _ in shape.slots),
                          tuple((v, key, kind, want) for v, _, _, want in shape.slots)) if shape.alone else None
                 for k, _, shape in _shapes_on(kg, kind))


@lru_cache(maxsize=4096)
def _usable(kg: KnowledgeGraph, law_index: int) -> tuple[tuple[str, tuple[str, ...], int], ...]:
    """Each usable direction of a law: (variable derived, the other variables, cost)."""
    law = kg.laws[law_index]
    return tuple((d.variable, tuple(v for v in law.variables if v != d.variable), law.cost)
                 for d in law.directions if d.usable)


@lru_cache(maxsize=512)
def bind(kg: KnowledgeGraph, setup: Setup) -> BoundGraph:
    """The bound hypergraph of ``setup`` (completed with its implicit partners).

    Assembled from one block per object (:func:`_block`: the instances of the laws on
    that object and their edges), each kept for the objects that can fill its slots, so
    the set-ups a question's readings enumerate, which differ in one object's kind, share
    the blocks of the others. Equal to :func:`bind_plain` (tested)."""
    import numpy as np

    full = complete(kg, setup)
    keys = [o.key for o in full.objects]
    if len(set(keys)) != len(keys):   # two objects of one key share nodes: built as a whole
        return bind_plain(kg, setup)
    index: dict[tuple[str, str], int] = {}
    nodes: list[tuple[str, str]] = []
    insts: list[Instance] = []
    parts: list[tuple] = []
    edge_var: list[str] = []
    for main in full.objects:
        block = _block(kg, main, _fillers(kg, main, full.objects))
        # nodes in order of first appearance, as the instances one after the other name them
        # (a block's nodes are distinct: those not seen yet are numbered on, in the block's order)
        new = list(itertools.filterfalse(index.__contains__, block.nodes))
        index.update(zip(new, range(len(nodes), len(nodes) + len(new))))
        nodes.extend(new)
        here = np.fromiter(map(index.__getitem__, block.nodes), dtype=np.int64, count=len(block.nodes))
        parts.append((here[block.inputs], block.counts, here[block.outputs], block.costs, block.edge_inst + len(insts)))
        insts.extend(block.instances)
        edge_var.extend(block.edge_var)
    inputs, counts, outputs, costs, edge_inst = (np.concatenate([p[i] for p in parts]) if parts else np.zeros(0, np.int64)
                                                 for i in range(5))
    ptr = np.zeros(len(outputs) + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    inc = Incidence.derived(len(nodes), ptr, inputs.astype(np.int64), outputs.astype(np.int64), costs.astype(np.int64))
    bound = BoundGraph(kg, full, tuple(nodes), tuple(insts), inc, tuple(edge_inst.tolist()), tuple(edge_var))
    bound.__dict__["index"] = index   # the cached property, built on the way
    return bound


def bind_plain(kg: KnowledgeGraph, setup: Setup) -> BoundGraph:
    """The bound hypergraph of ``setup`` built in one pass over its instances: the
    definition :func:`bind` is tested against."""
    setup = complete(kg, setup)
    insts = instances(kg, setup)
    nodes, inc, edge_inst, edge_var = _assemble(kg, insts, {o.key for o in setup.objects if o.role == "partner"})
    return BoundGraph(kg, setup, tuple(nodes), tuple(insts), inc, tuple(edge_inst), tuple(edge_var))


def _assemble(kg: KnowledgeGraph, insts, implicit: set[str]):
    """``(nodes, incidence, edge_inst, edge_var)`` of these instances: nodes in order of
    first appearance, one edge per usable direction of each instance (a cost of
    :data:`PARTNER_PENALTY` more where it works out the surroundings, the objects keyed in
    ``implicit``, from another object), with its instance and the variable it derives.
    Laid out with numpy from each law's directions (:func:`_law_edges`), not edge by edge."""
    import numpy as np

    bound = [n for inst in insts for _, n in inst.binding]   # binding is in the law's variable order
    index = {n: i for i, n in enumerate(dict.fromkeys(bound))}
    nodes = list(index)
    ids = np.fromiter(map(index.__getitem__, bound), dtype=np.int64, count=len(bound))
    if not insts:
        empty = np.zeros(0, dtype=np.int64)
        return nodes, Incidence(0, np.zeros(1, dtype=np.int64), empty, empty.copy(), empty.copy()), [], []
    shapes = [_law_edges(kg, inst.law) for inst in insts]
    width = np.fromiter((len(inst.binding) for inst in insts), dtype=np.int64, count=len(insts))
    start = np.zeros(len(insts), dtype=np.int64)
    np.cumsum(width[:-1], out=start[1:])   # where each instance's nodes begin in ``ids``
    n_dirs = np.fromiter((len(sh.output) for sh in shapes), dtype=np.int64, count=len(insts))
    n_ins = np.fromiter((len(sh.inputs) for sh in shapes), dtype=np.int64, count=len(insts))
    edge_inst = np.repeat(np.arange(len(insts), dtype=np.int64), n_dirs)
    outputs = ids[np.concatenate([sh.output for sh in shapes]) + start[edge_inst]]
    inputs = ids[np.concatenate([sh.inputs for sh in shapes]) + np.repeat(start, n_ins)]
    counts = np.concatenate([sh.counts for sh in shapes])
    costs = np.concatenate([sh.costs for sh in shapes])
    if implicit:   # the set-up's surroundings follow from another object only as a last resort
        around = np.fromiter((key in implicit for _, key in nodes), dtype=bool, count=len(nodes))
        main_around = np.fromiter((inst.main in implicit for inst in insts), dtype=bool, count=len(insts))
        costs = costs + PARTNER_PENALTY * (around[outputs] & ~main_around[edge_inst])
    ptr = np.zeros(len(outputs) + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    inc = Incidence(len(nodes), ptr, inputs, outputs, costs.astype(np.int64))
    edge_var = list(itertools.chain.from_iterable(sh.variables for sh in shapes))
    return nodes, inc, edge_inst.tolist(), edge_var


@dataclass(frozen=True, eq=False)
class _LawEdges:
    """A law's usable directions as arrays over the positions of its variables (worked out
    once per law): each direction's derived position, its inputs' positions (flat), their
    counts, its cost, and the variable it derives."""

    output: object
    inputs: object
    counts: object
    costs: object
    variables: tuple[str, ...]


@lru_cache(maxsize=4096)
def _law_edges(kg: KnowledgeGraph, law_index: int) -> _LawEdges:
    import numpy as np

    shape = _law_shape(kg, law_index)
    dirs = shape.directions
    return _LawEdges(np.array([var for var, _, _ in dirs], dtype=np.int64),
                     np.array([j for _, others, _ in dirs for j in others], dtype=np.int64),
                     np.array([len(others) for _, others, _ in dirs], dtype=np.int64),
                     np.array([cost for _, _, cost in dirs], dtype=np.int64),
                     tuple(shape.slots[var][0] for var, _, _ in dirs))


@dataclass(frozen=True, eq=False)
class _Block:
    """The instances of the laws on one object and their edges, numbered over the block's
    own nodes (in order of first appearance): a part of a bound graph."""

    instances: tuple[Instance, ...]
    nodes: tuple[tuple[str, str], ...]
    inputs: object      # int64 arrays: each edge's inputs (flat), their counts, outputs, costs,
    counts: object      # and the edge's instance within the block
    outputs: object
    costs: object
    edge_inst: object
    edge_var: tuple[str, ...]


@lru_cache(maxsize=1024)   # a block holds a few hundred instances: bounded like bind's graphs
def _block(kg: KnowledgeGraph, main: Obj, fillers: tuple[Obj, ...]) -> _Block:
    """The block of ``main`` in a set-up whose other objects that can fill a slot of its
    laws are ``fillers`` (in the set-up's order; the keys of a set-up's objects distinct)."""
    import numpy as np

    insts = _instances_of(kg, main, (main, *fillers))
    nodes, inc, edge_inst, edge_var = _assemble(kg, insts, {o.key for o in (main, *fillers) if o.role == "partner"})
    counts, edge_inst = np.diff(inc.ptr), np.array(edge_inst, dtype=np.int64)
    for a in (counts, edge_inst):
        a.setflags(write=False)
    return _Block(tuple(insts), tuple(nodes), inc.inputs, counts, inc.output, inc.cost, edge_inst, tuple(edge_var))


def _fillers(kg: KnowledgeGraph, main: Obj, objects: tuple[Obj, ...]) -> tuple[Obj, ...]:
    """The objects other than ``main`` that can fill a partner or member slot of a law on
    ``main``'s kind (the only ones its block depends on), in order."""
    return tuple(o for o in objects if o.key != main.key and _can_fill(kg, main.kind, o.kind, o.role))


@lru_cache(maxsize=65536)
def _can_fill(kg: KnowledgeGraph, kind: str, other: str, role: str) -> bool:
    """Whether an object of kind ``other`` in ``role`` can fill a partner or member slot of
    a law on ``kind`` (kept: set-ups ask it of the same kinds again and again)."""
    partners, members = _slot_kinds(kg, kind)
    return (role in ("partner", "named", "default") and any(kg.is_a(other, k) for k in partners)
            or role in ("named", "member") and any(kg.is_a(other, k) for k in members))


@lru_cache(maxsize=1024)
def _slot_kinds(kg: KnowledgeGraph, kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The partner kinds and the member kinds of the laws on ``kind``."""
    partners, members = set(), set()
    for k in laws_on(kg, kind):
        shape = _law_shape(kg, k)
        partners.update(shape.partners)
        if shape.members:
            members.add(kg.laws[k].members or "thing")
    return tuple(sorted(partners)), tuple(sorted(members))


def has(kg: KnowledgeGraph, kind: str) -> frozenset[str]:
    """The quantities an object of ``kind`` has: the main variables of every law that
    applies to it, and the base quantities of laws whose members it may be."""
    return _has(kg, kind)


@lru_cache(maxsize=1024)
def _has(kg: KnowledgeGraph, kind: str) -> frozenset[str]:
    above = set(kg.ancestors(kind))
    return frozenset(base for required, base in _bases_by_kind(kg) if required in above)


@lru_cache(maxsize=16)
def _bases_by_kind(kg: KnowledgeGraph) -> tuple[tuple[str, str], ...]:
    """``(the kind an object must be, the base quantity it then has)`` for every slot of every law."""
    out = []
    for k, law in enumerate(kg.laws):
        for _, slot, base in _slots(kg, k):
            if slot == "main":
                out.append((law.on, base))
            elif slot.startswith("member:"):
                out.append((law.members or "thing", base))
            elif slot.startswith("partner:"):
                out.append((slot.partition(":")[2], base))
    return tuple(dict.fromkeys(out))


def derive(kg: KnowledgeGraph, setup: Setup, given: list[tuple[str, str]], target: tuple[str, str],
           standard: bool = True) -> tuple[str, ...] | None:
    """The law ids of the closure's derivation of ``target`` from the ``given`` nodes in
    the bound graph of ``setup`` (``standard=False`` sets aside the laws that assume
    standard conditions), or None when it is not derived. For tests and exploration.

    >>> from hypergraph.build import load_default
    >>> kg = load_default()
    >>> derive(kg, Setup((Obj("", "body", "default"),)), [("m", ""), ("v", "")], ("E_k", ""))
    ('mechanics.kinetic_energy',)
    """
    from .closure import closure

    bound = bind(kg, setup)
    if target not in bound.index or any(n not in bound.index for n in given):
        return None
    inc = bound.incidence if standard else bound.general
    c = closure(inc, [bound.index[n] for n in given])
    t = bound.index[target]
    if c.time[t] < 0:
        return None
    return tuple(bound.edge(e)[0].id for e in c.derivation(t))


@lru_cache(maxsize=1024)
def signature(kg: KnowledgeGraph, kind: str) -> tuple:
    """What tells kinds apart for binding: the laws on the kind, the laws it may be a
    member of, the partner kinds it may stand in for. Kinds with one signature bind alike."""
    above = set(kg.ancestors(kind))
    return (laws_on(kg, kind),
            tuple(k for k, law in enumerate(kg.laws) if law.members and law.members in above),
            tuple(p for p in _all_partner_kinds(kg) if p in above))


@lru_cache(maxsize=16)
def _all_partner_kinds(kg: KnowledgeGraph) -> tuple[str, ...]:
    return tuple(sorted({p for k in range(len(kg.laws)) for p in partner_kinds(kg, k)}))


def untyped(kg: KnowledgeGraph) -> KnowledgeGraph:
    """The same laws with no objects: every law on ``thing``, no partners, no members, no
    conditions, so every quantity is one global node (the model before set-ups), for
    benchmarks that measure what binding costs."""
    from dataclasses import replace

    from .model import ROOT_KIND

    qs = tuple(replace(q, of="", member=None, same_as="") for q in kg.quantities)
    laws = tuple(replace(law, on="thing", of=(), members="", conditions=()) for law in kg.laws)
    return KnowledgeGraph(qs, kg.constants, laws, kg.content_hash + "-untyped", kinds=(ROOT_KIND,))
