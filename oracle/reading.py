"""Reading the names in a question: which quantity of which object each one means.

A name such as ``"final speed of cart 2"`` or ``"average braking force on the car (on
Earth)"`` is split into

* an **object phrase**: the object the quantity belongs to (``cart 2``, ``the car``),
  found after ``of``/``in``/``on``/``through``/``'s`` ... when it ends in a noun of a kind
  of object (``objects.py``); a trailing number (``mass 1``) or an ordinal (``first
  charge``) names a numbered member;
* the **quantity phrase** (``final speed``), matched by meaning against every quantity's
  name, synonyms and symbol: exact first, then by the words they share (Dice overlap of
  content words, plurals and spelling variants folded). The caller filters candidates
  by dimension (a value in mAh is a charge) and by the quantities the object's kind has,
  so a word is read in the context of its set-up ("distance" between two charges is
  their separation, a car's distance is the distance it travels);
* **hints**: the words of parentheses and trailing qualifiers ("(in series)", "(closed
  at one end)"), and whether the name says the set-up is on Earth.

>>> from hypergraph.build import load_default
>>> v = Vocabulary(load_default())
>>> n = v.parse("final speed of cart 2")
>>> n.phrase, n.obj.key, n.obj.kinds
('final speed', 'cart 2', ('body',))
>>> [m.symbol for m in v.matches(n)][:1]
['v']
>>> v.parse("mass 1").obj.key, v.parse("first resistance").obj.key, v.parse("the car's speed").obj.key
('mass 1', '#1', 'car')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from hypergraph.model import KnowledgeGraph
from psg.units import Dimension

LENGTH = Dimension.of(L=1)

ARTICLES = {"the", "a", "an"}
#: Words that carry no meaning for which quantity is meant.
STOP = ARTICLES | {"of", "in", "on", "at", "to", "by", "for", "from", "with", "and", "its", "it", "that",
                   "this", "is", "are", "be", "which", "when", "each", "into", "onto", "as", "what", "how",
                   "much", "many", "during", "there", "their", "them", "they", "than", "one", "some",
                   "any", "all", "whole"}
#: Words that add no information about which quantity is meant ("time taken" is the time).
#: Words that say which quantity a name is, never dropped to read it as another: a gauge
#: pressure is measured above the atmosphere's, an absolute pressure from zero.
KEPT = frozenset({"gauge"})
FILLERS = {"taken", "needed", "required", "used", "elapsed", "measured", "given", "value", "amount",
           "magnitude", "size", "approximate", "approximately", "resulting", "resultant", "corresponding",
           "actual", "overall", "calculated", "expected", "produced", "obtained", "exerted", "acting",
           "experienced", "due", "caused", "generated", "developed", "involved", "its", "new", "same",
           "constant", "uniform", "steady", "claimed", "stated", "quoted", "advertised", "reported",
           "specified", "listed", "attractive", "repulsive", "mutual"}
PREPOSITIONS = ("of", "in", "on", "across", "through", "for", "inside", "within", "between", "at", "from",
                "by", "along", "around", "under", "above", "below", "behind", "near", "onto", "into", "over")
#: Words that end an object's noun phrase ("the capacitor | to charge ...").
BOUNDARIES = set(PREPOSITIONS) | {"to", "that", "which", "who", "when", "after", "before", "while", "if", "so",
                                  "as", "until", "and", "or", "relative", "measured", "moving", "approaching",
                                  "receding", "accelerated", "released", "dropped", "thrown", "falling", "needed",
                                  "required", "if", "per"}
#: Verbs of perceiving: "heard by the farmer" names the listener, not the quantity's object.
PERCEIVED = {"heard", "seen", "detected", "received", "observed", "perceived", "felt", "registered", "recorded",
             "noticed", "experienced", "sensed"}
#: Spellings folded to one form before matching.
FOLD = {"velocity": "speed", "velocities": "speed", "metre": "meter", "metres": "meter", "meters": "meter",
        "centre": "center", "fibre": "fiber", "aluminium": "aluminum", "vapour": "vapor", "tyre": "tire",
        "colour": "color", "travelled": "traveled", "travelling": "traveling", "modelled": "modeled",
        "litre": "liter", "gramme": "gram", "analyse": "analyze", "polarised": "polarized",
        "polariser": "polarizer", "ionisation": "ionization", "ionised": "ionized", "grey": "gray",
        "max": "maximum", "min": "minimum", "avg": "average", "mean": "average", "temp": "temperature",
        "pd": "voltage", "emf": "emf", "e.m.f": "emf", "p.d": "voltage", "freq": "frequency",
        "lifespan": "lifetime", "halflife": "half life", "dist": "distance", "accel": "acceleration"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "initial": None}
LABEL = re.compile(r"^(?:\d{1,2}|[a-h]|i{1,3}|iv)$")
#: A label that tells siblings apart ("cart 1", "resistor b"); a number of two digits after a
#: noun names an isotope by its mass number ("cobalt 60"), one object with no siblings.
SIBLING = re.compile(r"^(?:\d|[a-h]|i{1,3}|iv)$")
EARTH = re.compile(r"\b(?:on|at|near|at the surface of|on the surface of|close to) (?:the )?(?:earth|earth's surface|"
                   r"surface of the earth|sea level|ground level)\b")
_EARTH_ANY_CASE = re.compile(EARTH.pattern, re.I)


def singulars(word: str) -> tuple[str, ...]:
    """The singulars ``word`` may be the plural of (a word of four letters or more), in the
    order the endings are tried; the caller keeps the one it knows.

    >>> singulars("spheres"), singulars("batteries")
    (('spher', 'sphere'), ('battery', 'batteri', 'batterie'))
    """
    return tuple(word[: -len(cut)] + add for cut, add in (("ies", "y"), ("es", ""), ("s", ""))
                 if len(word) > 3 and word.endswith(cut))


def words_of(text: str) -> list[str]:
    """Lower-case words, spelling variants folded, hyphens and punctuation as spaces."""
    t = text.lower().replace("\u2019", "'").replace("\u00b7", " ")
    t = re.sub(r"(?<=\w)'s\b", " 's", t)
    out = []
    for w in re.split(r"[^0-9a-z'.%]+", t):
        if w != "'s":
            w = w.strip(".'")
        if not w:
            continue
        w = FOLD.get(w, w)
        out.extend(w.split())
    return out


@dataclass(frozen=True)
class ObjectRef:
    """The object a name's quantity belongs to: ``key`` identifies it in the question
    ("car", "cart 2", "#1" for an unnamed numbered member), ``kinds`` what its noun may
    be (empty: a member known only by its number)."""

    key: str
    noun: str
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class Name:
    """A name split into its quantity phrase, its object and its hints."""

    text: str
    phrase: str
    words: tuple[str, ...]
    obj: ObjectRef | None = None
    hints: tuple[str, ...] = ()
    on_earth: bool = False

    def __hash__(self) -> int:
        """The fields' hash, kept once worked out: a question's names key the planner's
        tables thousands of times (read per kind, readings per set-up)."""
        h = self.__dict__.get("_hash")
        if h is None:
            h = hash((self.text, self.phrase, self.words, self.obj, self.hints, self.on_earth))
            object.__setattr__(self, "_hash", h)
        return h

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}   # a string's hash is per process


@dataclass(frozen=True, order=True)
class Match:
    """A quantity a phrase may mean: ``how`` it matched (``symbol``, ``exact``,
    ``contained``: one's words within the other's, ``partial``) and with what score (1 best)."""

    score: float
    symbol: str = field(compare=False)
    how: str = field(compare=False)
    label: str = field(compare=False)
    dropped: tuple[str, ...] = field(compare=False, default=())

    @property
    def hedged(self) -> bool:
        """A reading that set words of the name aside or matched only some of them."""
        return self.how == "partial" or bool(self.dropped)


class Vocabulary:
    """The names of a knowledge graph's quantities and the nouns of its kinds of object."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg
        self.symbols = {q.symbol for q in kg.quantities}
        self.labels: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self.exact: dict[str, set[str]] = {}
        for q in kg.quantities:
            entries = []
            for label in (q.name, *q.synonyms):
                ws = tuple(w for w in words_of(label) if w not in STOP)
                entries.append((label, ws))
                self.exact.setdefault(" ".join(ws), set()).add(q.symbol)
            self.labels[q.symbol] = entries
        self.vocab = {w for entries in self.labels.values() for _, ws in entries for w in ws}
        self.nouns: dict[str, set[str]] = {}
        for k in kg.kinds:
            for noun in k.nouns:
                key = " ".join(w for w in words_of(noun) if w not in ARTICLES)
                self.nouns.setdefault(key, set()).add(k.name)
        self.vocab |= {w for n in self.nouns for w in n.split()}
        # kinds whose members are all alike (an electron's mass is a constant): "the protons"
        # names each proton, so a plural of their nouns reads as the noun. (A value a law
        # assumes under a premise, sound's speed in room air, is a condition, not a constant:
        # any sound may travel through water instead)
        self.species = frozenset(k.name for k in kg.kinds
                                 if any(not law.inputs and not law.premise and kg.is_a(k.name, law.on)
                                        for law in kg.laws))
        self.max_noun_words = max((len(n.split()) for n in self.nouns), default=1)
        self.lemma_labels = {sym: [(label, tuple(self.lemma(w) for w in ws)) for label, ws in entries]
                             for sym, entries in self.labels.items()}
        self.relational: dict[tuple[str, ...], set[str]] = {}
        for q in kg.quantities:
            if q.dimension == LENGTH:
                for label in (q.name, *q.synonyms):
                    key = self.relation(label)
                    if key:
                        self.relational.setdefault(key, set()).add(q.symbol)
        self._matches: dict = {}
        self._label_matches: dict = {}   # name -> symbol -> its best label match (see _match)

    # -- words ----------------------------------------------------------------------
    def lemma(self, w: str) -> str:
        """A plural folded to the singular the vocabulary knows ("charges" -> "charge")."""
        if w in self.vocab or len(w) <= 3:
            return w
        return next((s for s in singulars(w) if s in self.vocab), w)

    def typo(self, w: str) -> str | None:
        """The vocabulary word ``w`` is most likely a misspelling of ("kinetc" -> "kinetic"),
        or None for a known word or one far from every known word."""
        import difflib

        if len(w) < 5 or w in self.vocab or self.lemma(w) in self.vocab or w in STOP or w in FILLERS:
            return None
        close = difflib.get_close_matches(w, self._long_words, n=1, cutoff=0.88)
        if not close or close[0][0] != w[0] or abs(len(close[0]) - len(w)) > 1:
            return None
        if w.startswith(close[0]) or close[0].startswith(w):
            return None   # an inflection ("raised" of "raise"), not a misspelling
        return close[0]

    @property
    def _long_words(self) -> list[str]:
        if not hasattr(self, "_long"):
            self._long = sorted(x for x in self.vocab if len(x) >= 4 and x.isalpha())
        return self._long

    def _of_its_kind(self, sym: str, words: tuple[str, ...]) -> bool:
        """A partial match must not name another kind of quantity: "heat drawn per cycle"
        shares "per cycle" with "maximum work per cycle", but it names a heat (the kind of
        other quantities of its dimension), not a work."""
        q = self.kg.quantity(sym)
        own = self.content(words_of(q.kind))
        named = {k for k in self._kinds(q.dimension) if k and set(k) <= set(words)}
        return not named or own in named

    def _kinds(self, dimension) -> set[tuple[str, ...]]:
        if not hasattr(self, "_kinds_by_dim"):
            self._kinds_by_dim: dict = {}
            for q in self.kg.quantities:
                self._kinds_by_dim.setdefault(q.dimension, set()).add(self.content(words_of(q.kind)))
        return self._kinds_by_dim.get(dimension, set())

    def relation(self, text: str) -> tuple[str, ...]:
        """The words before ``from`` in a spatial relation to a point of reference
        ("distance from the hinge" -> ("distance",)); () if ``text`` is none ("distance
        from the slit to the screen" is a length between two named points)."""
        ws = words_of(text)
        if "from" not in ws or "to" in ws[ws.index("from"):]:
            return ()
        return self.content(w for w in ws[:ws.index("from")] if w not in FILLERS)

    def content(self, ws) -> tuple[str, ...]:
        return tuple(self.lemma(w) for w in ws if w not in STOP and w != "'s")

    # -- names ------------------------------------------------------------------------
    def parse(self, text: str) -> Name:
        return _parse(self, text)

    def noun_at_end(self, ws: list[str]) -> tuple[str, list[str], int] | None:
        """The longest known noun ending ``ws`` (before an optional label): (noun, the
        words before it, its label or 0)."""
        label = 0
        body = list(ws)
        if body and body[-1].isdigit():   # "carbon-14", "cobalt-60": a noun that ends in its number
            for size in range(min(self.max_noun_words, len(body)), 1, -1):
                cand = self.noun(body[-size:])
                if cand is not None:
                    return cand, body[:-size], 0
        if body and LABEL.match(body[-1]) and len(body) > 1:
            tok = body.pop()
            label = _label_number(tok)
        for size in range(min(self.max_noun_words, len(body)), 0, -1):
            cand = self.noun(body[-size:])
            if cand is not None:
                return cand, body[:-size], label
        return None

    def noun_at_start(self, ws: list[str]) -> tuple[str, list[str]] | None:
        """The longest known noun opening ``ws`` with words after it: (noun, the rest).
        "battery emf" -> ("battery", ["emf"])."""
        for size in range(min(self.max_noun_words, len(ws) - 1), 0, -1):
            cand = self.noun(ws[:size])
            if cand is not None:
                return cand, ws[size:]
        return None

    def fronted(self, name: Name) -> Name | None:
        """``name`` read with the noun that opens it as its object ("battery emf" -> the
        emf of the battery), or None: a name with an object or hints already, or whose
        whole phrase is a quantity's own name ("spring constant")."""
        ws = [w for w in name.words if w not in ARTICLES]
        if name.obj is not None or name.hints or len(ws) < 2 or " ".join(self.content(ws)) in self.exact:
            return None
        found = self.noun_at_start(ws)
        if found is None or not self.content(found[1]):
            return None
        noun, rest = found
        # a phrase after "as" qualifies the quantity ("proton speed as a fraction of c");
        # any other boundary may start an object of its own ("ball speed at the top")
        head = rest[: rest.index("as")] if "as" in rest else rest
        if not head or any(w in BOUNDARIES for w in head):
            return None
        return replace(name, phrase=" ".join(rest), words=tuple(rest), obj=_object(self, noun, [], 0))

    def noun(self, ws) -> str | None:
        """The known noun these words spell (plurals folded as :meth:`lemma` folds them), or None."""
        cand = " ".join(self.lemma(w) for w in ws)
        if cand in self.nouns:
            return cand
        # "the protons": a plural the vocabulary knows as a word ("number of protons") of a
        # kind whose members are alike, by the kind's own name (not "the spheres": a pair of
        # them; not "the molecules": a gas; not "the photoelectrons": a metal's, whose laws
        # are the metal's)
        last = ws[-1] if ws else ""
        for one in singulars(last):
            single = " ".join([*cand.split()[:-1], one])
            if single in self.species:
                return single
        return None

    # -- matching ---------------------------------------------------------------------
    def matches(self, name: Name, allowed=None, dimension=None) -> list[Match]:
        """Quantities ``name``'s phrase may mean, best first (``allowed``: the symbols to
        consider; ``dimension``: the dimension the value or the unit asked for has)."""
        key = (name, None if allowed is None else frozenset(allowed), dimension)
        hit = self._matches.get(key)
        if hit is None:
            if len(self._matches) > 50000:
                self._matches.clear()
            if len(self._label_matches) > 4096:
                self._label_matches.clear()
            hit = self._matches[key] = self._match(name, allowed, dimension)
        return hit

    def _match(self, name: Name, allowed, dimension) -> list[Match]:
        cands = []
        kg = self.kg
        words = self.content(name.words)
        hints = set(self.content(name.hints))
        # the words of hints ("before the collision") may complete the phrase
        extended = words + tuple(dict.fromkeys(h for h in self.content(name.hints) if h not in words))
        key = " ".join(words)
        # the name as written, its object and all: "angle between the filter axes" is a label
        # of its own, though "filter" is also a noun of an object
        whole = self.content(words_of(name.text)) if name.obj is not None else words
        # "distance from the hinge": a length from a point of reference (a radius, a
        # displacement from equilibrium) whatever the point, not a distance travelled
        related = self.relational.get(self.relation(name.text), set()) if dimension in (None, LENGTH) else set()
        if allowed is not None:
            related &= set(allowed)
        pool = self.symbols if allowed is None else allowed
        if dimension is not None:   # the symbols of that dimension only (an index: no Dimension compared per symbol)
            pool = self._of_dimension(dimension).intersection(pool)
        labelled = self._label_matches.setdefault(name, {})
        sharing = self._sharing(tuple(dict.fromkeys(extended + whole)))   # a label that shares no word with the name does not match it
        stripped = name.text.strip()
        head = self.content((_head_of(name.words),))   # the name's head noun, as its words are kept
        for sym in sorted(pool):
            if name.phrase == sym or stripped == sym:
                cands.append(Match(1.5, sym, "symbol", sym))
                continue
            if sym not in labelled:   # a pure function of the name and the symbol: worked out once
                labelled[sym] = self._label_match(sym, words, hints, extended, key, whole, head) if sym in sharing else None
            best = labelled[sym]
            if sym in related:
                best = Match(1.0, sym, "exact", f"{' '.join(self.relation(name.text))} from ...")
            elif related and best is not None:
                best = replace(best, score=min(best.score, 0.94))
            if best is not None:
                cands.append(best)
        cands.sort(key=lambda m: (-m.score, m.symbol, m.label))   # ties by name: the same every run
        return cands

    def _label_match(self, sym: str, words, hints, extended, key, whole=None, head=()) -> Match | None:
        """The best match of a name's words (``words``, ``hints``, ``extended``: the words
        with the hints'; ``whole``: the name as written, object and all) against ``sym``'s
        labels, whatever else the name is matched against."""
        best = None
        said = {*words, *hints, *(whole or ())}
        for label, lws in self.lemma_labels[sym]:
            if whole is not None and whole != words and whole == lws:   # says more than any reading of a part of it
                return Match(1.06, sym, "exact", label)
            if _opposed(said, lws):
                continue   # "approach speed" is no recession speed, "volume above water" none submerged
            m = _score(words, lws, hints, key, sym, label)
            if m is not None and hints and m.how == "exact" and not (set(lws) & hints):
                m = Match(m.score - 0.02, sym, m.how, label)   # the hints say more than this label
            if extended != words:
                m2 = _score(extended, lws, set(), key, sym, label)
                if m2 is not None and m2.how == "exact" and (m is None or m2.score >= m.score):
                    m = m2
            if m is not None and (best is None or m.score > best.score):
                best = m
        if best is not None and best.how == "partial" and not self._of_its_kind(sym, words):
            best = None
        if best is not None and best.how in ("partial", "contained") and set(head) & set(best.dropped) & _RELATIONAL:
            best = None   # a label that drops a name's relational head names another thing ("turns ratio": no turns)
        return best

    def _sharing(self, words: tuple[str, ...]) -> frozenset[str]:
        """The symbols with a label that has one of ``words`` (an index built once): the only
        ones :meth:`_label_match` can match, since every match shares a word."""
        if not hasattr(self, "_by_word"):
            self._by_word: dict[str, set[str]] = {}
            self._shared: dict[tuple[str, ...], frozenset[str]] = {}
            for sym, entries in self.lemma_labels.items():
                for _, lws in entries:
                    for w in lws:
                        self._by_word.setdefault(w, set()).add(sym)
        hit = self._shared.get(words)
        if hit is None:
            if len(self._shared) > 4096:
                self._shared.clear()
            hit = self._shared[words] = frozenset().union(*(self._by_word.get(w, ()) for w in words))
        return hit

    def _of_dimension(self, dimension) -> frozenset[str]:
        """The symbols of the quantities of ``dimension`` (an index built once)."""
        if not hasattr(self, "_by_dimension"):
            by_dim: dict = {}
            for q in self.kg.quantities:
                by_dim.setdefault(q.dimension, set()).add(q.symbol)
            self._by_dimension = {d: frozenset(syms) for d, syms in by_dim.items()}
        return self._by_dimension.get(dimension, frozenset())


#: Words of opposite sense: a label that says one of a group is not a name that says the other.
OPPOSITES = (
    ({"approach", "approaching", "approaches", "towards", "toward", "closing"},
     {"recession", "receding", "recede", "recedes", "recessional", "away"}),
    ({"above", "over", "emerged", "exposed"}, {"below", "under", "beneath", "submerged", "immersed", "underwater"}),
    ({"inside", "inner", "interior", "indoor", "indoors"}, {"outside", "outer", "exterior", "outdoor", "outdoors"}),
    ({"input", "primary", "incoming"}, {"output", "secondary", "outgoing"}),
    ({"maximum", "max", "highest", "largest", "greatest", "peak"}, {"minimum", "min", "lowest", "smallest", "least"}),
    ({"upper", "top"}, {"lower", "bottom"}),
    ({"normal"}, {"plane", "face"}),   # an angle from an area's normal is none from its plane
)


def _opposed(said: set, label_words) -> bool:
    """Whether a label says the opposite of a word the name says (and not that word too)."""
    lw = set(label_words)
    for a, b in OPPOSITES:
        for mine, other in ((a, b), (b, a)):
            if said & mine and lw & other and not said & other and not lw & mine:
                return True
    return False


def _label_number(tok: str) -> int:
    if tok.isdigit():
        return int(tok)
    roman = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
    if tok in roman:
        return roman[tok]
    return ord(tok) - ord("a") + 1


_PREPOSITIONS = frozenset({"of", "by", "from", "for", "in", "on", "at", "with", "to", "between", "through",
                           "after", "before", "during", "per", "across", "inside", "into", "over", "under",
                           "against", "along", "around", "near", "behind", "within", "without", "beyond",
                           "toward", "towards", "via", "above", "below", "beneath", "onto", "off", "as",
                           "than", "when", "while", "if", "where", "until", "since", "so", "that", "which",
                           "needed", "required"})


#: Head nouns that make a name another quantity than the one they follow ("turns ratio" is no
#: number of turns, "temperature gradient" no temperature, "charge density" no charge).
_RELATIONAL = frozenset({"ratio", "fraction", "percentage", "proportion", "rate", "gradient", "difference",
                         "density", "factor", "coefficient", "constant", "product", "sum", "quotient", "share",
                         "derivative", "flux", "per"})

#: Participles that follow the noun they describe ("power drawn", "work done", "time taken").
_PARTICIPLES = frozenset({"drawn", "taken", "given", "done", "shown", "thrown", "driven", "blown", "grown",
                          "known", "seen", "made", "lost", "spent", "held", "left", "kept", "sent", "built",
                          "brought", "got", "gotten", "won", "worn", "chosen", "frozen", "risen", "fallen",
                          "broken", "written", "ridden", "hidden", "eaten", "run", "put", "set", "cut",
                          "needed", "required", "used", "left", "available", "possible", "involved"})


def _head_of(words: tuple[str, ...]) -> str:
    """A name's head noun: its last word before the first preposition, past the participles
    that follow it ("turns ratio": ratio; "voltage across the winding": voltage; "power
    drawn", "energy released": power, energy).

    >>> _head_of(("turns", "ratio")), _head_of(("electrical", "power", "drawn")), _head_of(("speed", "of", "car"))
    ('ratio', 'power', 'speed')
    """
    cut = next((i for i, w in enumerate(words) if i and w in _PREPOSITIONS), len(words))
    while cut > 1 and (words[cut - 1] in _PARTICIPLES
                       or (words[cut - 1].endswith("ed") and not words[cut - 1].endswith("eed"))):
        cut -= 1
    return words[cut - 1] if cut else ""


def _score(words: tuple[str, ...], label: tuple[str, ...], hints: set[str], key: str, sym: str,
           text: str) -> Match | None:
    if not label or not words:
        return None
    if words == label:
        return Match(1.0, sym, "exact", text)
    core = tuple(w for w in words if w not in FILLERS)
    if core == label:
        return Match(0.99, sym, "exact", text)
    pw, lw = set(core or words), set(label)
    common = pw & lw
    if not common:
        return None
    dice = 2 * len(common) / (len(pw) + len(lw))
    extra_hint = len((lw - pw) & hints)
    dice = min(0.98, dice + 0.1 * extra_hint)
    if (pw - lw) & KEPT:
        return None   # "initial gauge pressure" is no initial (absolute) pressure
    if lw <= pw:
        dropped = tuple(sorted(pw - lw))
        return Match(0.5 + 0.45 * dice, sym, "contained", text, dropped)
    if pw <= lw:
        return Match(0.5 + 0.45 * dice, sym, "contained", text)
    if dice < 0.5:
        return None
    return Match(dice * 0.9, sym, "partial", text, tuple(sorted(pw - lw)))


@lru_cache(maxsize=8192)
def _parse_cached(vocab_id: int, text: str):
    return None


def _parse(v: Vocabulary, text: str) -> Name:
    if not isinstance(text, str):
        raise TypeError(f"a quantity is named by a string, got {type(text).__name__}")
    raw = text.strip()
    hints: list[str] = []
    # parentheses: hints ("(in series)", "(closed at one end)")
    def keep(m):
        hints.extend(words_of(m.group(1)))
        return " "
    body = re.sub(r"\(([^()]*)\)", keep, raw)
    low = " ".join(words_of(body))
    whole = (" ".join(v.content(low.split())), " ".join(w for w in low.split() if w not in STOP))
    split = low.split()
    inner = "'s" in split and any(w in PREPOSITIONS for w in split[:split.index("'s")])   # "on the ship's clock"
    if (EARTH.search(low) or inner) and any(w in v.exact for w in whole):
        # "time elapsed on Earth", "time on the ship's clock": a quantity's own name (the Earth
        # frame's time, the traveller's proper time), not a place or an object of the question
        ws = tuple(w for w in low.split() if w not in ARTICLES)
        return Name(raw, " ".join(ws), ws, None, tuple(hints), False)
    on_earth = bool(EARTH.search(low)) or any(h == "earth" for h in hints)
    low = EARTH.sub(" ", low)
    ws = [w for w in low.split() if w]
    sym = _EARTH_ANY_CASE.sub(" ", body).strip()   # a symbol, perhaps with hints: "E_k on Earth", "R (series)"
    if sym in v.symbols:
        q = v.kg.quantity(sym)
        obj = ObjectRef(f"#{q.member[1]}", "", ()) if q.member is not None else None
        return Name(raw, sym, (sym,), obj, tuple(hints), on_earth)
    obj: ObjectRef | None = None
    # possessive: "the car's speed", "cart 2's mass" (a noun phrase, nothing else, before 's)
    if "'s" in ws:
        k = ws.index("'s")
        found = v.noun_at_end([w for w in ws[:k] if w not in ARTICLES])
        if found is not None and len(found[1]) <= 2 and not any(b in BOUNDARIES for b in found[1]):
            noun, before, label = found
            obj = _object(v, noun, before, label)
            ws = ws[k + 1:]
        else:   # "speed of the electron's orbit": read the phrase without the possessive mark
            ws = [w for w in ws if w != "'s"]
    if obj is None:
        ws, obj, tail = _prepositional_object(v, ws)
        hints.extend(tail)
        first = sym.split()[0] if sym.split() else ""
        if obj is not None and first in v.symbols and [w for w in ws if w not in ARTICLES] == words_of(first):
            # "F of the proton": the force F of that object (read in lower case, the frequency f)
            return Name(raw, first, (first,), obj, tuple(hints), on_earth)
    if obj is None:
        ws, obj, tail = _numbered_unknown(v, ws)
        hints.extend(tail)
    # a trailing label on the quantity phrase: "mass 1", "charge 2", "resistor B"
    # (not "after 24 h", "at 3000 m": a letter after a number is its unit)
    if obj is None and len(ws) > 1 and LABEL.match(ws[-1]) and ws[-2] not in STOP \
            and not (ws[-1].isalpha() and re.fullmatch(r"[\d.]+", ws[-2])):
        number = _label_number(ws[-1])
        found = v.noun_at_end(ws)
        if found is not None and not found[1]:   # "resistor b": the noun is the whole phrase
            noun, _, label = found
            obj = ObjectRef(f"{noun} {ws[-1]}", noun, tuple(sorted(v.nouns[noun])))
        else:
            obj = ObjectRef(f"#{number}", "", ())
        ws = ws[:-1]
    # an ordinal: "first charge", "second resistance"
    # (not "first-order angle": an order of diffraction, not a first of two objects)
    if obj is None and ws and ws[0] in ORDINALS and ORDINALS[ws[0]] is not None and len(ws) > 1 \
            and ws[1] != "order":
        obj = ObjectRef(f"#{ORDINALS[ws[0]]}", "", ())
        ws = ws[1:]
    phrase_words = tuple(w for w in ws if w not in ARTICLES)
    if not phrase_words and obj is not None and obj.noun:
        phrase_words = tuple(obj.noun.split())    # "the second charge": the noun is the quantity
        obj = ObjectRef(f"#{obj.key.rpartition(' ')[2]}", "", ()) if obj.key[-1:].isdigit() else None
    return Name(raw, " ".join(phrase_words), phrase_words, obj, tuple(hints), on_earth)


def _object(v: Vocabulary, noun: str, before: list[str], label: int) -> ObjectRef:
    """An object from its noun, the words before it (an ordinal or adjectives) and a label."""
    before = [w for w in before if w not in ARTICLES]
    if before and before[0] in ORDINALS and ORDINALS[before[0]]:
        label = ORDINALS[before[0]]
        before = before[1:]
    adjectives = " ".join(w for w in before if w not in STOP)
    key = " ".join(x for x in (adjectives, noun, str(label) if label else "") if x)
    return ObjectRef(key, noun, tuple(sorted(v.nouns[noun])))


#: Prepositions that measure from a level, and the quantities measured so ("height above the
#: water", "depth below the ice"): the noun after them is a reference, not the owner.
LEVELLED = frozenset({"above", "below", "beneath", "over"})
LEVELS = frozenset({"height", "altitude", "elevation", "rise", "depth"})


def _numbered_unknown(v: Vocabulary, ws: list[str]) -> tuple[list[str], ObjectRef | None, list[str]]:
    """"mass of the first camper": a noun the vocabulary does not know, numbered by an
    ordinal, is the numbered member of whatever whole the question is about (as "mass of the
    first body" is), not words of the quantity's name. One or two unknown words after "of the
    <ordinal>"; words from a boundary on ("after the collision") are hints."""
    for i in range(2, len(ws) - 1):
        if not (ORDINALS.get(ws[i]) and ws[i - 1] in ARTICLES and ws[i - 2] in ("of", "on")):
            continue
        end = next((j for j in range(i + 1, len(ws)) if ws[j] in BOUNDARIES or ws[j] in STOP), len(ws))
        rest = ws[i + 1:end]
        if 1 <= len(rest) <= 2 and v.noun_at_end(rest) is None and not any(v.lemma(w) in v.vocab for w in rest):
            return ws[:i - 2], ObjectRef(f"#{ORDINALS[ws[i]]}", "", ()), [w for w in ws[end:] if w not in ARTICLES]
    return ws, None, []


def _prepositional_object(v: Vocabulary, ws: list[str]) -> tuple[list[str], ObjectRef | None, list[str]]:
    """Find "<quantity> <preposition> <object> [qualifiers]": the first prepositional
    phrase that ends a known noun is the object; words after it are hints."""
    for i, w in enumerate(ws):
        if w not in PREPOSITIONS or i == 0:
            continue
        rest = ws[i + 1:]
        if w in LEVELLED and LEVELS.intersection(ws[:i]) and any(
                v.noun_at_end([x for x in rest[:end] if x not in ARTICLES]) for end in range(len(rest), 0, -1)):
            # "maximum height above the water": the water is the level it is measured from,
            # not the object whose height it is
            return ws[:i], None, [x for x in ws[i:] if x not in ARTICLES]
        if w == "by" and ws[i - 1] in PERCEIVED:
            # "frequency heard by the ground worker": who perceives it, not whose it is
            return ws[:i], None, [x for x in rest if x not in ARTICLES]
        # the object is the longest noun phrase starting here, up to the next preposition
        stop = len(rest)
        for j, r in enumerate(rest):
            if r in BOUNDARIES and j > 0 and rest[j - 1] not in ARTICLES:   # "the approaching bus": an adjective
                stop = j
                break
        for end in range(stop, 0, -1):
            found = v.noun_at_end([x for x in rest[:end] if x not in ARTICLES])
            if found is None:
                continue
            noun, before, label = found
            if any(b in PREPOSITIONS for b in before):
                continue
            return ws[:i], _object(v, noun, before, label), rest[end:]
    return ws, None, []
