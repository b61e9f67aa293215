"""Readings of a question: which objects it is about, of which kinds, and what each name means.

A question names quantities, some of them with objects ("mass of cart 1", "tension in
the string"), some without ("length", "braking force"). A **reading** gives every object a
kind of object (``objects.py``), every name a quantity of one object, and binds the laws
to those objects (:mod:`hypergraph.setups`): a type discipline one level above units. The
readings of one question are enumerated (the kinds each noun allows, or every kind for
the object a question leaves unnamed; names read by meaning within each kind) and ranked
by what matters to the person asking:

1. the target derived, as the quantity it names (a narrower one, "force" as the
   magnetic force, only when the plain one derives nothing);
2. every given accounted for: used by the derivation (a given matched by part of its
   words only and used is a guess, and counts as not accounted for), then every name read;
3. no standard conditions assumed that the question did not state ("on Earth"), and,
   worse, no surroundings worked out from another object (``g`` from a spring's pull);
4. names read as written rather than by dropping words;
5. the most direct derivation.

Readings that tie on 1-3 and give different values make the answer ``ambiguous``; the
caller evaluates them. The reference closure (microseconds per reading) ranks them.

>>> from oracle.engine import default_oracle
>>> p = Planner(default_oracle(False).kg)
>>> best = p.plan(["length of the string", "tension in the string", "linear mass density"],
...               [None, None, None], "fundamental frequency", None)[0]
>>> best.setup.get("string").kind, best.target.node
('string', ('f', 'string'))
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from hypergraph.closure import closure
from hypergraph.model import KnowledgeGraph
from hypergraph.setups import (GENERAL_MEMBERS, Obj, Setup, _slots, bind, complete, has, laws_on,
                              partner_kinds, signature)

from .premises import denied_edges
from .reading import ARTICLES, PREPOSITIONS, SIBLING, Match, Name, ObjectRef, Vocabulary, singulars, words_of

#: Most readings a question may have before the enumeration is cut (most general kinds first).
MAX_READINGS = 112
DEFAULT = ""


class UnreadableNameError(KeyError, ValueError):
    """A name the oracle cannot read as any quantity of the question's objects."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


@dataclass(frozen=True)
class Bound:
    """A name as a reading reads it: the node (symbol, object key) and how it matched."""

    text: str
    node: tuple[str, str] | None
    match: Match | None
    narrower: bool = False          # the asked-for name read as a quantity it does not name

    @property
    def symbol(self) -> str | None:
        return self.match.symbol if self.match else None


@dataclass(frozen=True)
class Reading:
    """One way to read a question (see the module docstring)."""

    setup: Setup
    givens: tuple[Bound, ...]
    target: Bound
    time: int = -1                     # the closure's time of the target (-1: not derived)
    standard: bool = False             # relies on standard-condition laws (g = g_n)
    unused: tuple[str, ...] = ()       # givens the derivation does not use
    stated_earth: bool = False
    rank: tuple = field(default=(), compare=False)
    leaks: bool = False                # works out the surroundings from another object (a last resort)
    loose: tuple[str, ...] = ()        # givens matched by a part of their words only, and not used

    @property
    def derived(self) -> bool:
        return self.time >= 0

    @property
    def unreadable(self) -> tuple[str, ...]:
        """Givens this reading does not read: none of their quantity, or only a guess from
        part of their words that the derivation then sets aside ("number of days" as a
        number of turns): either way it cannot say that the given does not matter."""
        return tuple(b.text for b in self.givens if b.node is None) + self.loose

    @property
    def hedged_names(self) -> tuple[Bound, ...]:
        return tuple(b for b in (*self.givens, self.target) if b.match is not None and b.match.hedged)

    @property
    def kinds(self) -> str:
        """The objects and their kinds, as words: "the string (string), the place (place)"."""
        return ", ".join(f"{o.label} ({o.kind})" for o in self.setup.objects if o.role != "partner")


class Planner:
    """Enumerates and ranks the readings of questions over one knowledge graph."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg
        self.vocab = Vocabulary(kg)
        # kinds whose quantities are constants (an electron's mass): only a phrase that names
        # the kind makes an object one; a body is never read as one to get its mass for free
        self.intrinsic = self.vocab.species
        self.kinds = tuple(k.name for k in kg.kinds if k.name != "thing" and k.name not in self.intrinsic) or ("thing",)
        self.member_kinds = tuple(sorted({law.members for law in kg.laws if law.members}))
        # kinds that are wholes of other objects (a series circuit of resistors, a pair of
        # wires), not mixtures of their own kind (two samples of matter mixed are matter)
        self.wholes: dict[str, set[str]] = {}
        for law in kg.laws:
            if law.members and law.on != law.members:
                self.wholes.setdefault(law.on, set()).add(law.members)
        self.partner_symbols = frozenset(q.symbol for q in kg.quantities if q.of)
        self.member_symbols = frozenset(q.symbol for q in kg.quantities if q.member is not None)
        self.angular_symbols = frozenset(q.symbol for q in kg.quantities if q.unit.startswith("rad/"))
        self.cycle_symbols = frozenset(q.symbol for q in kg.quantities if q.unit == "Hz")
        self.number_symbols = frozenset(q.symbol for q in kg.quantities if q.unit == "1")
        # a noun of matter (a piece of material) is narrowed one step only: a sample may be a
        # body, but a wire is no pendulum; a ball (a body) may be a bob
        self._subkinds = {k: tuple(x for x in self.kinds if kg.is_a(x, k)
                                   and (k not in self.ONE_STEP or x == k or kg.ancestors(x)[1:2] == (k,)))
                          for k in self.kinds}
        self._subkinds.update({k: (k,) for k in self.intrinsic})
        self._cache: dict = {}
        self._reads: dict = {}   # (name, kind, dimension token, exclude) -> read(...)
        self._matches: dict = {}   # (name, kind, dimension token, exclude) -> _matches_on(...)
        self._hints: dict = {}     # the names' texts -> _hinted(...)
        self._matched: dict = {}   # (name on no object, dimension token) -> the symbols it matches
        self._reading_kinds: dict = {}   # (name on no object, dimension token) -> _kinds_reading(...)
        self._kind_set = frozenset(self.kinds)
        self._setup_readings: dict = {}   # see _readings_of_kept
        self._dimension_tokens: dict = {}   # Dimension -> token
        self._dimension_ids: dict = {}      # id(Dimension) -> (the Dimension, its token)
        self._supplies: dict[str, frozenset[str]] = {}
        self._bridged: dict[frozenset[str], frozenset[str]] = {}

    # -- names on objects ------------------------------------------------------------
    def parse(self, text: str) -> Name:
        return _parse(self.vocab, text)

    def allowed(self, kind: str, obj: ObjectRef | None) -> frozenset[str]:
        """The symbols a name on an object of ``kind`` may mean: the quantities the kind
        has, the partners' quantities, and (for an unnamed or numbered object) members'."""
        return _allowed(self, kind, obj is None or obj.key.startswith("#"))

    def read(self, name: Name, kind: str, dimension, exclude: frozenset = frozenset()) -> list[Match]:
        """The best matches of ``name`` on an object of ``kind``: every match within 0.05
        of the best (ties are readings of their own), best first; none of ``exclude``.
        A pure function of its arguments, kept per planner (callers must not change the list)."""
        key = (name, kind, self._dimension_token(dimension), exclude)
        hit = self._reads.get(key)
        if hit is None:
            if len(self._reads) > 50000:
                self._reads.clear()
            hit = self._reads[key] = self._read(name, kind, dimension, exclude)
        return hit

    def _dimension_token(self, dimension) -> int:
        """A small int that stands for ``dimension`` in keys: a Dimension hashes and compares
        seven Fractions each time, and a question's dimensions are read again and again."""
        held = self._dimension_ids.get(id(dimension))
        if held is None or held[0] is not dimension:   # held keeps the object alive: its id is not reused
            if len(self._dimension_ids) > 4096:
                self._dimension_ids.clear()
            held = self._dimension_ids[id(dimension)] = (dimension, self._dimension_tokens.setdefault(
                dimension, len(self._dimension_tokens)))
        return held[1]

    def _matches_on(self, name: Name, kind: str, dimension, exclude: frozenset) -> list[Match]:
        """Every match of ``name`` among the symbols an object of ``kind`` allows, none of
        ``exclude`` (the vocabulary's, kept per planner without building the symbol set again)."""
        key = (name, kind, self._dimension_token(dimension), exclude)
        hit = self._matches.get(key)
        if hit is None:
            if len(self._matches) > 50000:
                self._matches.clear()
            hit = self._matches[key] = self.vocab.matches(name, self.allowed(kind, name.obj) - exclude, dimension)
        return hit

    def _read(self, name: Name, kind: str, dimension, exclude: frozenset) -> list[Match]:
        ms = self._matches_on(name, kind, dimension, exclude)
        if name.obj is not None and name.obj.kinds:
            ms = [m for m in ms if not self._names_another_object(m, name, kind)]
        if not ms:
            return []
        top = ms[0].score
        out = [m for m in ms if m.score >= top - 0.05][:3]
        if ms[0].how == "contained" and not ms[0].dropped:
            # the best label says more than the name ("total mass" as the *final* total mass):
            # the plainer quantity that drops a word of the name is a reading too
            plainer = next((m for m in ms if m.how == "contained" and m.dropped), None)
            if plainer is not None and plainer not in out:
                out.append(plainer)
        return out

    def _names_another_object(self, m: Match, name: Name, kind: str) -> bool:
        """Whether the label ``m`` matched says an object noun the name does not, of a kind
        unrelated to the name's object: "energy stored in the flash capacitor" is not the
        "energy stored in the battery", though its words are all in that label."""
        kg = self.kg
        said = (*name.words, *name.hints, *name.obj.key.split())
        extra = set(self.vocab.content(words_of(m.label))) - set(self.vocab.content(said))
        for w in extra - self.ANY_OBJECT:
            kinds = self.vocab.nouns.get(w, ())
            if kinds and not any(kg.is_a(kind, k) or kg.is_a(k, kind) for k in kinds):
                return True
        return False

    #: Kinds narrowed one step only: a piece of material is a body, a fluid or a gas, never at
    #: once a bob or a satellite (a wire read as a pendulum answers another question).
    ONE_STEP = frozenset({"matter"})

    #: Nouns that name whatever the set-up holds, not a kind: a lens's "object distance" is the
    #: distance of the face, the candle or the bolt before it
    ANY_OBJECT = frozenset({"object", "thing", "item"})

    # -- readings --------------------------------------------------------------------
    def plan(self, given: list[str], dims: list, find: str, find_dim, asked: str = "") -> list[Reading]:
        """Every reading of the question, best first (see the module docstring). ``asked``
        is "cycles" for an answer wanted in hertz, "angle" for one in radians or degrees per
        time: a frequency in MHz is not an angular frequency, though rad/s has hertz's
        dimension (the radian is a number); "plane angle" for one in degrees or radians: no
        pure number (a magnification, a ratio) is an angle."""
        key = (tuple(given), tuple(dims), find, find_dim, asked)
        if key not in self._cache:
            if len(self._cache) > 4096:
                self._cache.clear()
            exclude = {"cycles": self.angular_symbols, "angle": self.cycle_symbols,
                       "plane angle": self.number_symbols}.get(asked, frozenset())
            self._cache[key] = self._plan(given, dims, find, find_dim, exclude)
        return self._cache[key]

    #: The readings are searched in stages, simplest set-ups first; a stage that finds a
    #: reading using every given ends the search (a question is read the simplest way
    #: that accounts for it: fewer objects, the kinds its nouns say).
    STAGES = (
        dict(merge=True, default=False, expand=False),   # unnamed names on a named object
        dict(merge=True, default=True, expand=False),    # ... or on an object of their own
        dict(merge=False, default=True, expand=False),   # every object phrase its own object
        dict(merge=True, default=True, expand=True),     # kinds below the nouns' (a ball as a bob)
        dict(merge=False, default=True, expand=True),
    )

    def _plan(self, given, dims, find, find_dim, exclude: frozenset = frozenset()) -> list[Reading]:
        names = [self.parse(t) for t in given]
        target = self.parse(find)
        # "ship speed" beside "length of the ship": the speed of that ship
        named = {n.obj.noun for n in (*names, target) if n.obj is not None and n.obj.noun}
        # "proton kinetic energy" and "proton speed": a noun that opens two names is named too
        fronts = [f for f in map(self.vocab.fronted, (*names, target)) if f is not None]
        opening = [f.obj.noun for f in fronts]
        # (or opens one and is said in another: "Earth mass" beside "Earth radius")
        said = lambda noun: sum(1 for n in (*names, target) if f" {noun} " in f" {' '.join(n.words)} ")
        named |= {noun for noun in opening if opening.count(noun) > 1 or said(noun) > 1}
        # "electron speed": a particle whose mass and charge are constants is named by saying it
        # (not a substance: "water speed" is the speed of what flows, in whatever holds it)
        named |= {f.obj.noun for f in fronts if any(k in self.intrinsic and not self.kg.is_a(k, "fluid")
                                                    for k in f.obj.kinds)}
        # "large piston diameter" beside "force on the small piston": a sibling of an object
        # the question names (the same noun, told apart by a word) is named too
        heads = {noun.split()[-1] for noun in named}
        named |= {f.obj.noun for f in fronts if f.obj.noun not in named and f.obj.noun.split()[-1] in heads}
        # "heater power" beside "mass of water": a heater is what a law bridges water to (the
        # heat a heater of power P delivers), so the noun may name that partner object; read
        # so only when the plainer reading does not account for the question ("mains voltage"
        # beside a transformer is its primary voltage, not a circuit's)
        bridged = self._bridges(frozenset(k for n in (*names, target) if n.obj is not None for k in n.obj.kinds))
        partners = {f.obj.noun for f in fronts if any(self.kg.is_a(k, b) for k in f.obj.kinds for b in bridged)}
        out: list[Reading] = []
        seen: set = set()
        for nouns in (named, named | partners) if partners - named else (named,):
            ns = [_fronted(self.vocab, n, nouns) for n in names]
            tg = _fronted(self.vocab, target, nouns)
            ns = [self._whole_of_siblings(n, ns + [tg]) for n in ns]
            tg = self._whole_of_siblings(tg, ns + [tg])
            for stage in self.STAGES:
                for r in self._enumerate(ns, dims, tg, find_dim, exclude=exclude, **stage):
                    sig = (r.setup, tuple(g.node for g in r.givens), r.target.node)
                    if sig not in seen:
                        seen.add(sig)
                        out.append(r)
                if any(_perfect(r) for r in out):
                    break
            if any(_perfect(r) for r in out):
                break
        out.sort(key=lambda r: r.rank)
        return out

    def _bridges(self, kinds: frozenset[str]) -> frozenset[str]:
        """The kinds of object that laws on ``kinds`` bridge to (a quantity of a partner that
        is no implicit surroundings: the heater whose power warms water, the train whose horn
        a listener hears)."""
        if kinds not in self._bridged:
            kg = self.kg
            self._bridged[kinds] = frozenset(p for kind in kinds for k in laws_on(kg, kind)
                                             for p in partner_kinds(kg, k) if not kg.kind_index[p].implicit)
        return self._bridged[kinds]

    def _enumerate(self, names, dims, target, find_dim, merge: bool, default: bool, expand: bool,
                   exclude: frozenset = frozenset()) -> list[Reading]:
        refs: dict[str, ObjectRef] = {}
        for n in (*names, target):
            if n.obj is not None:
                refs.setdefault(n.obj.key, n.obj)
        whole = self._whole_in_passing((*names, target), refs)
        if whole is None and target.obj is None:
            whole = self._whole_of_the_asked(refs)
        if whole is not None:
            refs.setdefault(whole.key, whole)
            # numbered members of it are of the kinds its laws take as members
            of = tuple(sorted({m for w in whole.kinds for m in self.wholes[w]}))
            refs.update({key: replace(r, kinds=of) for key, r in refs.items() if key.startswith("#") and not r.kinds})
        alias, objects = self._group(refs, merge)
        return self._enumerate_objects(names, dims, target, find_dim, expand, alias, objects, default, exclude)

    def _whole_of_siblings(self, n: Name, everything: list[Name]) -> Name:
        """``n`` with "the spheres" beside "sphere 1" and "sphere 2" read as the whole they are
        members of (a pair of charges, a collision): the force *between the spheres* is the
        pair's, the common speed *of the coupled barges* the collision's. Its kinds are the
        wholes whose laws take the siblings as members; which one, the readings decide."""
        labelled: dict[str, set[str]] = {}
        for m in everything:
            if m.obj is not None and m.obj.noun and len(m.obj.key.split()) > 1 and SIBLING.match(m.obj.key.split()[-1]):
                labelled.setdefault(m.obj.noun, set()).add(m.obj.key)
        siblings = {noun: keys for noun, keys in labelled.items() if len(keys) > 1}
        if not siblings:
            return n
        ws = list(n.words)
        if n.obj is not None:
            noun = n.obj.noun
            if noun not in siblings or n.obj.key in siblings[noun] or not _plural_in(noun, n.text):
                return n
            cut, rest = None, ()
        else:
            at = next((i for i, w in enumerate(ws) if i > 0 and ws[i - 1] in PREPOSITIONS
                       and any(x in siblings for x in singulars(w))), None)
            if at is None:
                return n
            noun = next(x for x in singulars(ws[at]) if x in siblings)
            cut, rest = at - 1, tuple(ws[at + 1:])
        member_kinds = {k for key in siblings[noun] for m in everything
                        if m.obj is not None and m.obj.key == key for k in m.obj.kinds}
        wholes = tuple(sorted(w for w, members in self.wholes.items()
                              if any(self.kg.is_a(k, mk) for k in member_kinds for mk in members)))
        if not wholes:
            return n
        plural = next(w for w in words_of(n.text) if noun in singulars(w))
        obj = ObjectRef(plural, plural, wholes)
        if cut is None:
            return replace(n, obj=obj)
        return replace(n, phrase=" ".join(ws[:cut]), words=tuple(ws[:cut]), obj=obj, hints=n.hints + rest)

    def _whole_in_passing(self, names, refs: dict[str, ObjectRef]) -> ObjectRef | None:
        """The whole that siblings are members of, said only in passing: "speed of ball 2
        after the elastic collision" beside "mass of ball 1" makes the two balls members of
        an elastic collision. Two bodies are no collision until the question says so
        (:data:`hypergraph.setups.GENERAL_MEMBERS`); a name that says it, even after the
        object it is about, does. The longest noun phrase of a whole in the names' trailing
        words; a bare "collision" is any of its kinds, and the readings decide (or the answer
        is ambiguous).

        >>> from oracle.engine import default_oracle
        >>> p = default_oracle(False).planner
        >>> names = [p.parse(t) for t in ("mass of ball 1", "mass of ball 2", "speed of ball 2 after the elastic collision")]
        >>> p._whole_in_passing(names, {n.obj.key: n.obj for n in names}).kinds
        ('elastic collision',)
        """
        groups = _groups_of_one_kind(refs)
        if not groups or any(k in self.wholes for r in refs.values() for k in r.kinds):
            return None
        member_kinds = {k for keys in groups for key in keys for k in refs[key].kinds or self.member_kinds}
        fits = lambda w: any(self.kg.is_a(k, m) for k in member_kinds for m in self.wholes[w])
        best = None
        for n in names:
            said = f' {" ".join(w for w in n.hints if w not in ARTICLES)} '
            for noun, kinds in self.vocab.nouns.items():
                if f" {noun} " not in said or (best is not None and len(noun) <= len(best.key)):
                    continue
                wholes = tuple(sorted(k for k in kinds if k in self.wholes and fits(k)))
                if wholes:
                    best = ObjectRef(noun, noun, wholes)
        return best

    def _whole_of_the_asked(self, refs: dict[str, ObjectRef]) -> ObjectRef | None:
        """The whole that siblings the question names are members of, as a home for an
        asked-for name that names no object ("attractive force" beside "charge 1" and
        "charge 2": the pair's force, as "the force between the charges" is). Never a whole of
        general members (two bodies are no collision until the question says so), and only
        where no whole is named already.

        >>> from oracle.engine import default_oracle
        >>> p = default_oracle(False).planner
        >>> refs = {n.obj.key: n.obj for n in map(p.parse, ("charge on sphere 1", "charge on sphere 2"))}
        >>> p._whole_of_the_asked(refs).kinds
        ('charge pair',)
        """
        groups = _siblings(refs)
        if len(groups) != 1:
            return None
        keys = groups[0]
        if any(k in self.wholes for key, r in refs.items() if key not in keys for k in r.kinds):
            return None
        member_kinds = {k for key in keys for k in refs[key].kinds}
        # a kind of its own (a charge, a resistor), not a body's: two bodies are no collision
        # and no Atwood machine, but two charges are a pair of charges
        own = [k for k in member_kinds if k not in GENERAL_MEMBERS and not self.kg.is_a(k, "body")]
        wholes = tuple(sorted(w for w, members in self.wholes.items()
                              if not members <= {"body", "thing"}
                              and any(self.kg.is_a(k, m) for k in own for m in members)))
        if not wholes:
            return None
        noun = refs[next(iter(keys))].noun
        return ObjectRef(f"{noun}s", f"{noun}s", wholes)

    def _group(self, refs: dict[str, ObjectRef], merge: bool):
        """Which object phrases name one object: ``(alias of each phrase's key, the
        objects)``. Always one: "the tennis ball" and "the ball". With ``merge``, also
        phrases whose kinds have a kind in common, unless they are siblings told apart
        (cart 1 and cart 2, the small and the large piston, the Earth and the Moon)."""
        alias: dict[str, str] = {}
        groups: dict[str, ObjectRef] = {}
        for key, ref in refs.items():
            into = None
            if not key.startswith("#"):
                for gk, g in groups.items():
                    if not gk.startswith("#") and self._same_object(ref, g, merge):
                        into = gk
                        break
            if into is None:
                groups[key] = ref
                alias[key] = key
            else:
                g = groups[into]
                groups[into] = ObjectRef(into, g.noun, self._common_kinds(g.kinds, ref.kinds))
                alias[key] = into
        return alias, groups

    GENERIC_PLACES = frozenset({"planet", "star", "central body", "primary", "dwarf planet", "exoplanet",
                                "surface", "place", "location", "here"})

    def _same_object(self, a: ObjectRef, b: ObjectRef, merge: bool) -> bool:
        x, y = a.key.split(), b.key.split()
        suffix = x[-len(y):] == y or y[-len(x):] == x
        # a label tells siblings apart (cart 1, cart 2); a mass number names an isotope (cobalt 60)
        numbered = lambda w: w.isdigit() and bool(SIBLING.match(w))
        labels_differ = (numbered(x[-1]) or numbered(y[-1]) or x[-1].isdigit() and y[-1].isdigit()) and x[-1] != y[-1]
        if suffix and not labels_differ:
            return True
        if not merge or a.noun == b.noun or labels_differ:
            return False
        if (a.noun not in self.GENERIC_PLACES and b.noun not in self.GENERIC_PLACES
                and "planet" in a.kinds and "planet" in b.kinds):
            return False   # two named bodies of the sky: the Earth and the Moon
        return bool(self._common_kinds(a.kinds, b.kinds))

    def _common_kinds(self, ka, kb) -> tuple[str, ...]:
        """The most general kinds an object of one of ``ka`` and of one of ``kb`` may be."""
        if not ka or not kb:
            return tuple(ka or kb)
        below = lambda ks: {x for x in (*self.kinds, *self.intrinsic) if any(self.kg.is_a(x, k) for k in ks)}
        both = below(ka) & below(kb)
        return tuple(sorted(k for k in both if self.kg.kind_index[k].parent not in both))

    def _enumerate_objects(self, names, dims, target, find_dim, expand, alias, objects, default,
                           exclude: frozenset = frozenset()) -> list[Reading]:
        on_earth = any(n.on_earth for n in (*names, target))
        # the kinds each object may be, pruned to those that read the most of its names
        placed = [(n, d) for n, d in zip(names, dims)] + [(target, find_dim)]
        choices: list[list[tuple[str, Obj]]] = []
        for key, ref in objects.items():
            mine = [(n, d) for n, d in placed if n.obj is not None and alias[n.obj.key] == key]
            kinds = self._object_kinds(ref, expand)
            role = "member" if key.startswith("#") else "named"
            choices.append([(key, Obj(key, k, role)) for k in self._best_kinds(kinds, mine)])
        unnamed = [(n, d) for n, d in placed if n.obj is None]
        # the unnamed names: a separate object of any kind, or one of the named objects
        homes: list[list[tuple[str, Obj]]] = []
        if unnamed:
            # the named objects first: the enumeration is cut at MAX_READINGS, and a reading
            # that places the unnamed names on an object the question names is the simpler
            for key, ref in objects.items():
                if not key.startswith("#"):
                    homes.append([("=" + key, None)])
            if default or not any(not k.startswith("#") for k in objects):
                homes.append([(DEFAULT, Obj(DEFAULT, k, "default")) for k in self._best_kinds(self.kinds, unnamed)])
        else:
            homes.append([(None, None)])
        # siblings told apart by a label (resistor 1 and resistor 2) are objects of one kind,
        # and so are numbered members ("mass 1" and "mass 2", "the first and second mug")
        siblings = _groups_of_one_kind(objects)
        readings: list[Reading] = []
        for home in homes:   # each home its share: one home's readings never crowd out the next's
            start = len(readings)
            combos = (c for c in itertools.product(*choices, home)
                      if not siblings or self._alike([o for _, o in c[:-1]], siblings, objects))
            for combo in itertools.islice(combos, MAX_READINGS):
                named = [o for _, o in combo[:-1]]
                where, default = combo[-1]
                objs = list(named)
                if where == DEFAULT:
                    objs.insert(0, default)
                    home_key = DEFAULT
                elif where is None:
                    home_key = None
                else:
                    home_key = where[1:]
                readings.extend(self._readings_of_kept(Setup(tuple(objs)), names, dims, target, find_dim,
                                                       alias, home_key, on_earth, exclude))
                if len(readings) - start > MAX_READINGS:
                    break
        readings.sort(key=lambda r: r.rank)
        return readings

    def _alike(self, named: list[Obj], siblings: list[set[str]], refs: dict[str, ObjectRef]) -> bool:
        """Whether every group of siblings has one kind in this assignment, and not the kind
        of a whole whose members their noun names (resistor 1 and resistor 2 are members of a
        series circuit, never series circuits themselves; hot and cold water are fluids)."""
        kind = {o.key: o.kind for o in named}
        for keys in siblings:
            kinds = {kind[k] for k in keys if k in kind}
            if len(kinds) > 1:
                return False
            for k in kinds & self.wholes.keys():
                said = {x for key in keys for x in refs[key].kinds}
                if any(self.kg.is_a(s, m) or self.kg.is_a(m, s) for s in said for m in self.wholes[k]):
                    return False
        return True

    def _object_kinds(self, ref: ObjectRef, expand: bool) -> tuple[str, ...]:
        if not ref.kinds:   # a numbered member: the kinds laws give their members
            return self.member_kinds or self.kinds
        if not expand:
            return ref.kinds
        out = []
        for k in ref.kinds:
            for sub in self._subkinds.get(k, (k,)):
                if sub not in out:
                    out.append(sub)
        return tuple(out)

    def _best_kinds(self, kinds, placed) -> list[str]:
        """The kinds under which the most of these names are readable (all that tie)."""
        scored = []
        # a name on no object: the kinds that read it, found once for all kinds (not per kind)
        reading = [self._kinds_reading(n, d) if n.obj is None else None for n, d in placed]
        for k in kinds:
            readable = sum(1 for (n, d), ks in zip(placed, reading)
                           if (k in ks if ks is not None and k in self._kind_set else self._readable(n, k, d)))
            scored.append((readable, k))
        if not scored:
            return []
        top = max(s for s, _ in scored)
        out, seen = [], set()
        for k in sorted((k for s, k in scored if s == top), key=lambda k: len(self.kg.ancestors(k))):
            sig = signature(self.kg, k)
            if sig not in seen:   # kinds that bind alike: the most general stands for them
                seen.add(sig)
                out.append(k)
        return out

    def _readable(self, name: Name, kind: str, dimension) -> bool:
        """Whether :meth:`read` finds a match of ``name`` on an object of ``kind``. A name on no
        object matches each symbol whatever else is allowed, so a kind reads it when the kind
        allows one of the symbols it matches among all (matched once, not once per kind)."""
        if name.obj is not None:
            return bool(self.read(name, kind, dimension))
        key = (name, self._dimension_token(dimension))
        matched = self._matched.get(key)
        if matched is None:
            if len(self._matched) > 50000:
                self._matched.clear()
            matched = self._matched[key] = frozenset(m.symbol for m in self.vocab.matches(name, None, dimension))
        return not matched.isdisjoint(self.allowed(kind, None))

    def _kinds_reading(self, name: Name, dimension) -> frozenset[str]:
        """The kinds of :attr:`kinds` on which ``name`` (on no object) is readable
        (:meth:`_readable`), kept per name and dimension."""
        key = (name, self._dimension_token(dimension))
        hit = self._reading_kinds.get(key)
        if hit is None:
            if len(self._reading_kinds) > 50000:
                self._reading_kinds.clear()
            hit = self._reading_kinds[key] = frozenset(k for k in self.kinds if self._readable(name, k, dimension))
        return hit

    def _readings_of_kept(self, setup: Setup, names, dims, target, find_dim, alias, home_key, on_earth,
                          exclude: frozenset = frozenset()):
        """:meth:`_readings_of`, kept per planner: the stages of one question enumerate
        most set-ups again (a pure function of its arguments; callers must not change the list)."""
        token = self._dimension_token
        key = (setup, tuple(names), tuple(token(d) for d in dims), target, token(find_dim),
               tuple(sorted(alias.items())), home_key, on_earth, exclude)
        hit = self._setup_readings.get(key)
        if hit is None:
            if len(self._setup_readings) > 4096:
                self._setup_readings.clear()
            hit = self._setup_readings[key] = self._readings_of(setup, names, dims, target, find_dim, alias,
                                                                home_key, on_earth, exclude)
        return hit

    def _readings_of(self, setup: Setup, names, dims, target, find_dim, alias, home_key, on_earth,
                     exclude: frozenset = frozenset()):
        """The readings of one assignment of kinds: each name's matches (ties multiply),
        the target derived or not under the bound graph."""
        kg = self.kg
        full = complete(kg, setup)
        target_key = None if target.obj is None else alias[target.obj.key]
        per_name: list[list[Bound]] = []
        spoken = self._spoken_partners(full, names, dims, home_key)
        for i, (n, d) in enumerate([*zip(names, dims), (target, find_dim)]):
            key = home_key if n.obj is None else alias[n.obj.key]
            mine = exclude if i == len(names) else frozenset()
            options = self._options(full, n, d, key, mine)
            if i == len(names):
                options += self._narrower(full, n, d, key, options, mine)
            if not options and n.obj is not None and not n.obj.key.startswith("#"):
                # "apparent weight when submerged in water": the phrase says where, not whose
                # ("the magnetic field at the passenger": the wire's field, where the passenger is)
                wheres = [home_key if home_key is not None else target_key,
                          *(o.key for o in setup.objects if o.role == "named")]
                for where in dict.fromkeys(w for w in wheres if w is not None and w != key):
                    options = self._options(full, _as_place(n), d, where, mine)
                    if options:
                        break
            if n.obj is None:
                # an unnamed name may describe the surroundings ("magnetic field" for a
                # proton or a wire: the field region it is in), not only the home object
                for o in full.objects:
                    if o.role == "partner" and self.kg.kind_index[o.kind].implicit:   # not a planet as the place
                        supplied = self._supplied(o.kind)
                        options += [b for b in self._options(full, n, d, o.key, mine)
                                    if b.match.how in ("exact", "symbol")   # said plainly, not guessed
                                    and b.node[0] in supplied]
                # "wavelength" beside a metal's work function: the light's, which the metal's
                # laws take (its frequency) from a partner the question need not name; only a
                # name said plainly that the home object reads loosely only (its threshold
                # wavelength), not one it has no reading of (a spring's "mass" is its load's)
                if options and not any(b.match.how in ("exact", "symbol") for b in options):
                    for o in full.objects:
                        if o.role == "partner" and not self.kg.kind_index[o.kind].implicit \
                                and o.kind not in self.intrinsic:   # (an electron's mass is no given)
                            near = self._partner_names(o.kind)
                            options += [b for b in self._options(full, n, d, o.key, mine)
                                        if b.match.how in ("exact", "symbol") and b.node[0] in near]
                # "battery emf" where the battery is a partner the set-up needs (the source of
                # a circuit): the emf of that battery
                # "emf" beside "internal resistance" (the battery's): the battery the other
                # given speaks of may be the one whose emf this is (a circuit's own emf too)
                for o in full.objects:
                    if o.key in spoken and o.key != key:
                        supplied = self._supplied(o.kind)
                        options += [b for b in self._options(full, n, d, o.key, mine)
                                    if b.match.how in ("exact", "symbol") and b.node[0] in supplied
                                    and all(b.node != have.node for have in options)]
                opened = self.vocab.fronted(n) or n   # "cell emf" is a name of the emf as it stands
                said = {k for w in n.words for k in self.vocab.nouns.get(self.vocab.lemma(w), ())}
                for o in full.objects:   # (a specific partner: not any body a light's laws may take)
                    if o.role == "partner" and o.kind not in GENERAL_MEMBERS and any(self.kg.is_a(o.kind, k) for k in said):
                        options += [b for b in self._options(full, opened, d, o.key, mine)
                                    if b.match.how in ("exact", "symbol")]
            per_name.append(options or [Bound(n.text, None, None)])
        out = []
        bound = bind(kg, setup)
        for pick in itertools.islice(itertools.product(*per_name), 32):
            givens, tgt = self._before_beside_after(full, self._two_states(full, pick[:-1])), pick[-1]
            if tgt.node is None:
                continue
            tgt = self._other_state(full, (tgt, *givens), only=0)[0]
            givens = self._earlier_than_asked(full, givens, tgt)
            nodes = [g.node for g in givens if g.node is not None]
            if tgt.node in nodes:
                givens, tgt = self._later_state(full, givens, tgt, target)
                nodes = [g.node for g in givens if g.node is not None]
                if tgt.node in nodes:
                    continue
            twice = [g for g in givens if g.node is not None and nodes.count(g.node) > 1]
            if any(g.match.how not in ("exact", "symbol") for g in twice):
                continue   # two loose names read as one quantity of one object: not this reading
            out.append(self._rank(bound, setup, givens, tgt, on_earth, len(nodes) - len(set(nodes))))
        return out

    #: A quantity and its values at the start and at the end of a process.
    STATES = {"T": ("T_i", "T_f"), "pr": ("pr_i", "pr_f"), "Vol": ("Vol_i", "Vol_f"), "B": ("B_i", "B_f")}
    #: ... and of quantities that laws follow from a start to a later time (a decay, a spin-up):
    #: the later value is the quantity itself.
    LATER = {**STATES, "A_act": ("A_0", "A_act"), "a_sp": ("a_sp_0", "a_sp"), "N": ("N_0", "N"),
             "I_rot": ("I_rot_i", "I_rot_f"), "omega": ("omega_0", "omega"), "beta_dB": ("beta_near", "beta_far")}
    #: Words that put an asked-for value at the start, not the end ("activity at the start").
    EARLIER = frozenset({"initial", "original", "originally", "starting", "start", "before", "earlier",
                         "beginning", "launch", "previous", "first"})
    #: ... and words that put a given there: a living sample is where a decay starts, as
    #: fresh or modern material is.
    EARLIER_GIVEN = EARLIER | frozenset({"living", "alive", "fresh", "modern"})

    def _says_earlier(self, text: str) -> bool:
        return bool(self.EARLIER_GIVEN.intersection(words_of(text)))

    def _later_state(self, full: Setup, givens: tuple[Bound, ...], tgt: Bound, target: Name):
        """A target read as the very quantity a given is ("current activity" given, "activity
        after 10 days" asked): the given is its value at one state and the target at another,
        the later one unless the asked-for name says the start. One of the two must be read
        loosely (two names said exactly alike are one quantity, asked for and given)."""
        base = tgt.node[0]
        states = self.LATER.get(base) or self.LATER.get(self.kg.quantity(tgt.match.symbol).base)
        obj = full.get(tgt.node[1])
        same = [i for i, g in enumerate(givens) if g.node == tgt.node]
        if (states is None or obj is None or len(same) != 1 or not set(states) <= self.allowed(obj.kind, None)
                or (tgt.match.how in ("exact", "symbol") and givens[same[0]].match.how in ("exact", "symbol"))):
            return givens, tgt
        earlier = any(w in self.EARLIER for w in (*target.words, *target.hints))
        given_sym, target_sym = (states[1], states[0]) if earlier else states
        out = list(givens)
        out[same[0]] = self._read_as(givens[same[0]], given_sym)
        return tuple(out), self._read_as(tgt, target_sym)

    #: A quantity after an event, with the plain quantity and its value before the event.
    AFTER = {"v_post": ("v", "v_pre")}

    def _before_beside_after(self, full: Setup, givens: tuple[Bound, ...]) -> tuple[Bound, ...]:
        """A plain speed given beside the speed after an impact of the same object ("impact
        speed" and "rebound speed" of a drumstick) is its speed before the impact."""
        out = list(givens)
        for b in givens:
            if b.node is None or b.node[0] not in self.AFTER:
                continue
            plain, before = self.AFTER[b.node[0]]
            obj = full.get(b.node[1])
            if obj is None or before not in self.allowed(obj.kind, None):
                continue
            for i, a in enumerate(out):
                if a.node == (plain, b.node[1]):
                    out[i] = self._read_as(a, before)
        return tuple(out)

    def _two_states(self, full: Setup, givens: tuple[Bound, ...]) -> tuple[Bound, ...]:
        """Two givens read loosely as one quantity of one object ("winter temperature" and
        "summer temperature" of a beam) are its values at two states: the first named is
        the initial one, the second the final one (a question tells a process in order),
        unless the second says it is the earlier ("activity of the old wood" beside "activity
        of living wood": the living wood's is where the decay starts)."""
        for i, a in enumerate(givens):
            if a.node is None or a.match.how in ("exact", "symbol") or a.node[0] not in self.LATER:
                continue
            for j in range(i + 1, len(givens)):
                b = givens[j]
                if b.node != a.node or b.match.how in ("exact", "symbol"):
                    continue
                obj = full.get(a.node[1])
                first, last = self.LATER[a.node[0]]
                if obj is None or not {first, last} <= self.allowed(obj.kind, None):
                    return givens
                out = list(givens)
                if self._says_earlier(b.text) and not self._says_earlier(a.text):
                    i, j = j, i
                out[i], out[j] = self._read_as(givens[i], first), self._read_as(givens[j], last)
                return tuple(out)
        return self._other_state(full, givens)

    def _other_state(self, full: Setup, givens: tuple[Bound, ...], only: int | None = None) -> tuple[Bound, ...]:
        """A given read loosely as a quantity of one object ("target temperature" of the water)
        beside one read as that quantity's initial (or final) value of the same object
        ("starting temperature") is its value at the other state. ``only``: the one name to
        re-read (the asked-for one, put first: "sound level at 16 m" beside the level near)."""
        for i, a in enumerate(givens):
            if only is not None and i != only:
                continue
            if a.node is None or a.match.how in ("exact", "symbol") or a.node[0] not in self.LATER:
                continue
            states = self.LATER[a.node[0]]
            if a.node[0] in states:
                continue   # the later value is the quantity itself: a loose name of it may be either
            said = {b.node[0] for b in givens if b.node is not None and b.node[1] == a.node[1] and b.node[0] in states}
            if len(said) != 1:
                continue
            other = states[1] if states[0] in said else states[0]
            obj = full.get(a.node[1])
            if obj is None or other not in self.allowed(obj.kind, None):
                continue
            out = list(givens)
            out[i] = self._read_as(a, other)
            return tuple(out)
        return givens

    def _earlier_than_asked(self, full: Setup, givens: tuple[Bound, ...], tgt: Bound) -> tuple[Bound, ...]:
        """A given named plainly as a quantity ("sound level", "temperature") of the object
        whose later value is asked for ("sound level at the far distance", "final
        temperature") is its earlier value, when no other given is."""
        if tgt.node is None:
            return givens
        base = next((x for x, states in self.LATER.items() if tgt.node[0] == states[1] and x not in states), None)
        if base is None:
            return givens
        first = self.LATER[base][0]
        at = [i for i, b in enumerate(givens) if b.node == (base, tgt.node[1])]
        if len(at) != 1 or any(b.node == (first, tgt.node[1]) for b in givens):
            return givens
        obj = full.get(tgt.node[1])
        if obj is None or first not in self.allowed(obj.kind, None):
            return givens
        out = list(givens)
        out[at[0]] = self._read_as(givens[at[0]], first)
        return tuple(out)

    def _read_as(self, b: Bound, symbol: str) -> Bound:
        """``b`` read as ``symbol`` of its own object (a start or an end value of what it named),
        as a contained match: the answer says so."""
        q = self.kg.quantity(symbol)
        return replace(b, node=(q.base, b.node[1]), match=Match(b.match.score, symbol, "contained", q.name, b.match.dropped))

    def _keeps_head(self, symbol: str, phrase: str) -> bool:
        """Whether some name of ``symbol`` that holds ``phrase`` keeps its head noun ("output
        power" for "power"): a quantity all of whose such names are of another head ("time lag"
        for "time") is another thing, no narrower reading of it."""
        q = self.kg.quantity(symbol)
        head = _head_word(phrase)
        labels = [x for x in (q.name, *q.synonyms) if head in re.findall(r"[a-z0-9]+", x.lower())]
        return not labels or any(_same_head(x, phrase) for x in labels)

    def _spoken_partners(self, full: Setup, names, dims, home_key) -> frozenset[str]:
        """The partner objects (not the home object, not the surroundings declared implicit)
        that an unnamed given names plainly a quantity of ("internal resistance" is a
        battery's): the question speaks of them, though it does not name them."""
        out = set()
        for n, d in zip(names, dims):
            if n.obj is None:
                for b in self._options(full, n, d, home_key):
                    if b.node is not None and b.node[1] != home_key and b.match.how in ("exact", "symbol"):
                        o = full.get(b.node[1])
                        if o is not None and o.role == "partner" and not self.kg.kind_index[o.kind].implicit \
                                and o.kind not in GENERAL_MEMBERS:
                            out.add(o.key)
        return frozenset(out)

    def _options(self, full: Setup, n: Name, dimension, key, exclude: frozenset = frozenset()) -> list[Bound]:
        obj = full.get(key) if key is not None else None
        if obj is None:
            return []
        out = []
        for m in self.read(n, obj.kind, dimension, exclude):
            node = self._node(full, obj, m.symbol, n.obj, _after(n), n.text)
            if node is not None:
                out.append(Bound(n.text, node, m))
        return out

    def _narrower(self, full: Setup, n: Name, dimension, key, have: list[Bound],
                  exclude: frozenset = frozenset()) -> list[Bound]:
        """For the asked-for name: quantities whose names say more than it ("force" ->
        "magnetic force"), as readings of their own that rank below the plain one and win
        only when it derives nothing."""
        obj = full.get(key) if key is not None else None
        if obj is None:
            return []
        taken = {b.node for b in have}
        out = []
        for m in self._matches_on(n, obj.kind, dimension, exclude):
            if len(out) >= 4 and m.score < out[-1].match.score:
                break   # four at most, and every one that ties with the fourth (no cut by spelling)
            if m.how == "contained" and not m.dropped and self._keeps_head(m.symbol, n.phrase):
                node = self._node(full, obj, m.symbol, n.obj, _after(n), n.text)
                if node is not None and node not in taken:
                    taken.add(node)
                    out.append(Bound(n.text, node, m, narrower=True))
        return out

    def _supplied(self, kind: str) -> frozenset[str]:
        """What surroundings of ``kind`` supply to other objects' laws (a field's B and E, the
        place's g, the air's T): the quantities an unnamed name may mean there."""
        if kind not in self._supplies:
            kg = self.kg
            self._supplies[kind] = frozenset(
                base for k in range(len(kg.laws)) for _, slot, base in _slots(kg, k)
                if slot.startswith("partner:") and kg.is_a(kind, slot.partition(":")[2]))
        return self._supplies[kind]

    def _partner_names(self, kind: str) -> frozenset[str]:
        """What a partner of ``kind`` supplies (:meth:`_supplied`) and the quantities its own
        laws tie to those in one step (a light's wavelength to the frequency it supplies)."""
        key = ("near", kind)
        if key not in self._supplies:
            supplied = self._supplied(kind)
            kg = self.kg
            near = set(supplied)
            for law in kg.laws:
                if kg.is_a(kind, law.on) and not supplied.isdisjoint(law.variables):
                    near.update(law.variables)
            self._supplies[key] = frozenset(near)
        return self._supplies[key]

    def _node(self, setup: Setup, obj: Obj, symbol: str, ref: ObjectRef | None,
              after: bool = False, text: str = "") -> tuple[str, str] | None:
        """The node a symbol names on ``obj``: its own quantity, a partner's (``g`` of the
        place) or a numbered member's (``m1`` of member 1). ``after``: the name says its
        time is after an event ("speed of ball 2 after the collision"); ``text``, the name,
        may say the partner too ("speed of light in the glass": the glass's)."""
        kg = self.kg
        q = kg.quantity(symbol)
        if q.member is not None:
            if ref is not None and not ref.key.startswith("#"):
                return (q.base, obj.key)   # "the angle of refraction in the glass": the glass is that member
            key = f"#{q.member[1]}"
            return (q.base, key) if setup.get(key) is not None else None
        if q.of and not kg.is_a(obj.kind, q.of):
            partners = [o for o in setup.objects if o.key != obj.key and kg.is_a(o.kind, q.of)]
            said = [o for o in partners if o.role == "named" and f" {o.key} " in f" {text.lower()} "]
            if said:
                return (q.base, said[0].key)   # "speed of light in the glass": the glass's, the name says it
            if ref is not None and not ref.key.startswith("#") and partners and not kg.kind_index[partners[0].kind].implicit:
                return None   # "the force on the small piston" is the piston's, not a spring's the question never names
            return (q.base, partners[0].key) if partners else None
        if q.base == "v" and obj.role in ("named", "member") and any(
                kg.is_a(o.kind, "collision") for o in setup.objects if o.key != obj.key):
            # "the speed of the moving wagon" in a collision: its speed before (a law from its
            # speed to its velocity before would run backwards too, into a body's impulse);
            # "speed of ball 2 after the collision": its speed after
            return ("v_post" if after else "v_pre", obj.key)
        return (q.base, obj.key)

    def _hinted(self, givens, tgt) -> frozenset[str]:
        """The kinds the question's hints name ("(in series)", "a closed pipe"): readings
        whose objects are of those kinds come first among equals."""
        texts = tuple(b.text for b in (*givens, tgt))
        hit = self._hints.get(texts)   # a function of the names' texts: kept per planner
        if hit is None:
            words = []
            for text in texts:
                n = self.parse(text)
                words += [w for w in n.hints if w not in ARTICLES]
            if len(self._hints) > 4096:
                self._hints.clear()
            hit = self._hints[texts] = _kinds_named(self.vocab, tuple(words))
        return hit

    def _rank(self, bound, setup, givens, tgt, on_earth, twice: int = 0) -> Reading:
        index = bound.index
        sources = [index[g.node] for g in givens if g.node is not None and g.node in index]
        t = index.get(tgt.node)
        time, standard, used, leak = -1, False, set(), False
        if t is not None:
            c = None
            # the simplest reading first: no standard conditions unstated, no surroundings
            # worked out from another object; each relaxation only when the last fails
            around = bound.nodes[t][1] in bound.surroundings
            if on_earth:
                tries = [(bound.sealed(True), True, False), (bound.incidence, True, True)]
            else:
                tries = [(bound.sealed(False), False, False), (bound.sealed(True), True, False),
                         (bound.general, False, True), (bound.incidence, True, True)]
            # a law whose premise a name denies (light's Doppler shift for a horn heard) is
            # no derivation of this reading: another reading (the sound's) may have one
            denied = denied_edges(bound, tuple(b.text for b in (*givens, tgt)))
            if denied:
                tries = [(bound.without(inc, denied), std, lk) for inc, std, lk in tries]
            for inc, std, lk in tries:
                c = bound.closure(inc, sources)   # kept per set of sources in the bound graph
                if c.time[t] >= 0:
                    standard = std and (not on_earth or bool(bound.standard_edges))
                    leak = lk and not around and bool(bound.leak_edges)
                    break
            if c.time[t] >= 0:
                time = int(c.time[t])
                used = _used_sources(bound, c, t)
        unused = tuple(g.text for g in givens if g.node is None or index.get(g.node) not in used)
        loose = tuple(g.text for g in givens if g.node is not None and g.match.how == "partial" and g.text in unused)
        hedged = sum(1 for b in (*givens, tgt) if b.match is not None and b.match.hedged)
        names_score = sum(1 - (b.match.score if b.match else 0) for b in (*givens, tgt))
        generality = sum(len(self.kg.ancestors(o.kind)) for o in setup.objects)
        hinted = self._hinted(givens, tgt)
        said = -sum(1 for o in setup.objects if o.kind in hinted)
        # leaning on surroundings worked out from the object (g from a spring's pull) is worse
        # than assuming standard conditions; both are worse than a question that says it all
        doubtful = 2 if leak else int(standard and not on_earth)
        # a given read by only some of its words and used is a guess: no better than one set aside
        guessed = sum(1 for g in givens if g.node is not None and g.match.how == "partial" and g.text not in unused)
        # what counts first is how many givens the derivation accounts for; among readings that
        # account for as many, one that reads every name (even to set one aside) is the better
        rank = (time < 0, tgt.narrower, len(unused) + guessed + twice,
                sum(1 for g in givens if g.node is None) + len(loose),
                doubtful, hedged, said, round(names_score, 3), time, generality, len(setup.objects))
        return Reading(setup, tuple(givens), tgt, time, standard, unused, on_earth, rank, leak, loose)


def _siblings(objects: dict[str, ObjectRef]) -> list[set[str]]:
    """Groups of object keys that one noun names with different labels ("resistor 1",
    "resistor 2"): a question tells them apart, not their kinds."""
    by_noun: dict[str, set[str]] = {}
    for key, ref in objects.items():
        if ref.noun and not key.startswith("#"):
            by_noun.setdefault(ref.noun, set()).add(key)
    return [keys for keys in by_noun.values() if len(keys) > 1]


def _groups_of_one_kind(objects: dict[str, ObjectRef]) -> list[set[str]]:
    """The siblings (:func:`_siblings`) and, as one more group, the numbered members ("mass 1"
    and "mass 2", "the first and the second mug"): objects a question tells apart by a label,
    of one kind."""
    groups = _siblings(objects)
    numbered = {key for key in objects if key.startswith("#")}
    if len(numbered) > 1:
        groups.append(numbered)
    return groups


def _used_sources(bound, c, target: int) -> set[int]:
    """The source nodes that the closure's derivation of ``target`` reads."""
    used = {target}
    for e in c.derivation(target):
        used.update(int(x) for x in c.incidence.edge_inputs(e))
    return {u for u in used if c.edge[u] < 0 and c.time[u] == 0}


@lru_cache(maxsize=4096)
def _kinds_named(vocab: Vocabulary, words: tuple[str, ...]) -> frozenset[str]:
    out = set()
    text = " ".join(words)
    for noun, kinds in vocab.nouns.items():
        if len(noun) > 3 and f" {noun} " in f" {text} ":
            out |= kinds
    for w in words:   # "series" names the series circuit, "parallel" the parallel one
        for noun, kinds in vocab.nouns.items():
            if noun.split()[0] == w and len(w) > 4:
                out |= kinds
    return frozenset(out)


#: Words that put a name's time after an event ("speed after the collision", "final speed").
AFTER = frozenset({"after", "final", "afterwards", "afterward", "subsequently"})


def _after(n: Name) -> bool:
    return not AFTER.isdisjoint(n.words) or not AFTER.isdisjoint(n.hints)


def _perfect(r: Reading) -> bool:
    """Derived, every name read, every given used, no standard conditions unstated."""
    return r.derived and not r.rank[1] and r.rank[2] == 0 and r.rank[3] == 0 and not r.rank[4]


def _plural_in(noun: str, text: str) -> bool:
    """Whether ``text`` says ``noun`` in the plural ("the coupled barges")."""
    return any(noun in singulars(w) for w in words_of(text))


def _fronted(vocab: Vocabulary, n: Name, named: set[str]) -> Name:
    """``n`` with its opening noun as its object when the question names that object."""
    f = vocab.fronted(n)
    return f if f is not None and f.obj.noun in named else n


def _as_place(n: Name) -> Name:
    """The name with its object phrase read as a place or circumstance (a hint)."""
    from dataclasses import replace

    # the preposition too: "volume above water" is a volume above it, never one submerged in it
    said = [w for w in words_of(n.text) if w not in n.words and w not in n.hints]
    return replace(n, obj=None, hints=n.hints + tuple(dict.fromkeys((*said, *n.obj.key.split()))))


@lru_cache(maxsize=4096)
def _parse(vocab: Vocabulary, text: str) -> Name:
    return vocab.parse(text)


_PREPOSITIONS = frozenset({"of", "by", "from", "for", "in", "on", "at", "with", "to", "between", "through",
                           "after", "before", "during", "per"})


def _head_word(text: str) -> str:
    """A name's head noun: its last word before the first preposition ("time lag of the
    clock": lag; "magnetic force on the wire": force)."""
    ws = re.findall(r"[a-z0-9]+", text.lower())
    cut = next((i for i, w in enumerate(ws) if i and w in _PREPOSITIONS), len(ws))
    return ws[cut - 1] if cut else ""


def _same_head(label: str, phrase: str) -> bool:
    """Whether a narrower label keeps the name's head noun ("magnetic force" for "force"), not
    another ("time lag" for "time" is a lag, no time of the question)."""
    a, b = _head_word(label), _head_word(phrase)
    return not a or not b or a == b or a.rstrip("s") == b.rstrip("s")


_ALLOWED: dict = {}


def _allowed(planner: Planner, kind: str, with_members: bool) -> frozenset[str]:
    key = (id(planner), kind, with_members)
    if key not in _ALLOWED:
        kg = planner.kg
        own = has(kg, kind)
        out = {q.symbol for q in kg.quantities if q.member is None and not q.of and (q.symbol in own or q.base in own)}
        out |= {q.symbol for q in kg.quantities if q.of and q.member is None
                and (not kg.is_a(kind, q.of) or q.base in own)}
        if with_members:
            out |= planner.member_symbols
        else:   # a named object as a member: its own base quantities, by their member names too
            out |= {q.symbol for q in kg.quantities if q.member is not None and q.base in own}
        _ALLOWED[key] = frozenset(out)
    return _ALLOWED[key]
