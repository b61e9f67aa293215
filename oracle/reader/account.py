"""Every part of a reading accounted for by the words of the question, before it is trusted.

The oracle checks that a reading is sound physics; it cannot check that the reading is what
the text says. A reading whose target is "another quantity of the unit asked for", or whose
value went to a quantity the text never evokes, can be verified and still answer another
question. So a reading is checked against the text first, whatever reader made it:

* **every value is read**: each number the text gives is a given (an answer that leaves
  a value out may be the answer to another question), unless it only labels (a
  problem's number, its marks, a year: "Problem 6.", "in 1998"), and a count ("two 4 µF capacitors")
  is matched by that many numbered givens (``C1``, ``C2``);
* **every given is what the text calls it**: the quantity named next to its value, or a
  narrower one whose other words the text uses ("mass" of "the Earth": the central mass),
  nearer this value than another named alike ("a block of density 1500 ... water of density
  1000": "water" makes 1000 the fluid's density, never 1500);
  where the text names none, the plain quantity of its dimension (and its first and second,
  initial and final), a quantity the words around it evoke ("falls 20 m": a height), or one
  with a name of one word (a length may be a height; never "the mass of the central body");
* **the target is what the asking sentence names**: the "how fast" idiom, else the first
  quantity named after the question word, or a narrower one whose other words the text
  uses; with no name of the unit asked for's dimension, the plain quantity of that unit.

A reading that fails is never sent to the oracle: the gap is its mismatch (``unsupported``),
so the reader revises it, and a value left out ends the question (abstain, saying which).

>>> from oracle.reader.request import Given, Request
>>> text = "A wheel spins at 300 rpm. What is its angular speed in rad/s?"
>>> gap(text, Request((Given("omega", "300 rpm", (17, 24)),), "f", "rad/s")).message
'the question asks for angular speed (omega), not frequency (f)'
>>> gap(text, Request((Given("f", "300 rpm", (17, 24)),), "omega", "rad/s")) is None
True
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace

from .lexicon import Lexicon, NameMention, words
from .question import LEADS, asking_sentence, asks_change, change_by, idiom, wanted_unit
from .request import Mismatch, Request
from .scan import NUMBER_WORDS, Token, Value, tokenize, values


@dataclass(frozen=True)
class Gap:
    """What the text does not account for: a sentence, where (given index or the target),
    and whether no other reading of the same values can close it (``final``)."""

    message: str
    given: int | None = None
    target: bool = False
    final: bool = False
    named: str | None = None   # the quantity the text names for that part, if it names one

    @property
    def mismatch(self) -> Mismatch:
        return Mismatch("unsupported", self.message, given=self.given, target=self.target, named=self.named)


@dataclass(frozen=True)
class _Text:
    """What the check needs to know about a question's words, worked out once per text."""

    tokens: list[Token]
    vals: list[Value]
    ask: tuple[int, int]
    mentions: list[NameMention]
    owners: dict[int, NameMention]
    stems: frozenset
    counts: tuple[tuple[str, int], ...]   # count words ("two") and their numbers
    kinds: frozenset                      # kinds of object its nouns stand for


def gap(text: str, request: Request, lex: Lexicon | None = None) -> Gap | None:
    """The first part of ``request`` the text does not account for, or None."""
    lex = lex or Lexicon.default()
    t = _analysed(text, lex)
    if t is None:
        return None   # not readable text: the reader has said so already
    by_span = {v.span: k for k, v in enumerate(t.vals)}
    read = {g.span for g in request.givens}
    for v in t.vals:
        if v.span not in read and not label(t.tokens, v):
            return Gap(f"the value {v.text!r} is not read as any given", final=True)
    numbered = _numbered_count(request)
    for word, n in t.counts:
        if n > numbered:
            return Gap(f"{word!r} counts {n} things, but the reading has {numbered or 'no'} numbered givens "
                       "of one kind", final=True)
    for i, g in enumerate(request.givens):
        k = by_span.get(g.span)
        if k is None:
            return Gap(f"no value of the text is at {g.span} ({g.value})", given=i, final=True)
        why = _given_gap(t, k, g.quantity, request, lex)
        if why:
            owner = t.owners.get(k)
            return Gap(why, given=i, named=None if owner is None else owner.symbol)
    why = _target_gap(t, request, lex)
    return Gap(why, target=True, named=_asked(t, lex)[0] and _asked(t, lex)[0].symbol) if why else None


#: kinds any question may be about without naming them (the engine's object when no noun says more)
GENERIC_KINDS = frozenset({"thing", "matter", "body", "place"})


def kinds_gap(text: str, kinds, lex: Lexicon | None = None) -> Gap | None:
    """An object the answer's derivation took to be of a kind the text never speaks of (a
    wave along a rope answered as light), or None. A kind is spoken of when a noun of the
    text stands for it or for a narrower kind ("photon" for light), when the text names a
    quantity only that kind has (a half-life: a nucleus), or when it is generic."""
    lex = lex or Lexicon.default()
    t = _analysed(text, lex)
    if t is None:
        return None
    for kind in kinds:
        if kind in GENERIC_KINDS or any(lex.is_a(named, kind) for named in t.kinds):
            continue
        if not any(lex.speaks_of(m.symbol, kind) for m in t.mentions):
            return Gap(f"the answer takes the question to be about {kind}, which the text does not speak of",
                       target=True, final=True)
    return None


def named_particle(text: str, lex: Lexicon | None = None) -> str | None:
    """The one kind of object the text names whose quantities are constants ("an electron
    moving at 2e6 m/s"), which the oracle knows only when told by name; else None."""
    lex = lex or Lexicon.default()
    t = _analysed(text, lex)
    if t is None:
        return None
    named = {k for k in t.kinds if k in lex.intrinsic}
    named = {k for k in named if not any(o != k and lex.is_a(o, k) for o in named)}
    return named.pop() if len(named) == 1 else None


# -- givens ---------------------------------------------------------------------------------
def _given_gap(t: _Text, k: int, sym: str, request: Request, lex: Lexicon) -> str | None:
    v = t.vals[k]
    m = t.owners.get(k)
    said = f"{v.text!r} read as {lex.name(sym)} ({sym})"
    if m is not None:
        if sym == m.symbol or _paired(sym, m.symbol, request, lex):
            return None
        if _narrower(sym, words(m.text), t.stems, lex):
            if _said_of_another(t, k, m, sym, lex):
                return f"{said}, but the words that say so are said of another value"
            return None
        return f"{said}, but the text calls it {m.text!r}"
    rules = _rules(lex)
    tok = t.tokens[v.tokens[0]]
    plain = lex.default_for(v.dim)
    if (sym == plain or _paired(sym, plain, request, lex) or _one_word(sym, lex)
            or rules.context_score(t.tokens, v, sym) > 0 or rules.adjective(t.tokens, v) == sym
            or tok.kind == "zero" and sym == rules.zero_quantity(tok, v)
            or _role_of(sym, plain, lex) and _has_roles(t)
            or plain is not None and sym == lex.change_of(plain) and change_by(t.tokens, v.tokens[0])):
        return None
    return f"{said}, but nothing in the text names it so"


#: words before a number that only labels ("Problem 6.", "Exercise 31"), and after one ("(33 marks)")
LABEL_BEFORE = frozenset("exercise problem question example part section figure fig chapter item step task no".split())
LABEL_AFTER = frozenset("marks mark points".split())
#: money: a number before these words, or after these signs, is a price, never a given ("pounds" is a mass)
MONEY_AFTER = frozenset("dollars dollar euros euro cents cent pence yen rupees rupee".split())
MONEY_BEFORE = frozenset("$€£¥")
#: words before a year ("in 1998", "since 2001")
YEAR_BEFORE = frozenset("in since by until".split())


def label(tokens: list[Token], v: Value) -> bool:
    """A bare number that is not a physical quantity: a problem's number, its marks, a year
    (whole numbers), or a sum of money ("bought for 25 dollars", "$2.50").

    >>> toks = tokenize("Problem 6. In 2020, a 2 kg ball bought for $2.50 or 3 euros moves at 3 m/s.")
    >>> [label(toks, v) for v in values(toks)]
    [True, True, False, True, True, False]
    """
    if not v.bare:
        return False
    i, j = v.tokens[0], v.tokens[-1]
    after = tokens[j + 1].norm if j + 1 < len(tokens) and tokens[j + 1].kind == "word" else ""
    if after in MONEY_AFTER or i > 0 and tokens[i - 1].text in MONEY_BEFORE:
        return True
    if v.number != int(v.number):
        return False
    before = tokens[i - 1].norm.rstrip(".") if i > 0 and tokens[i - 1].kind == "word" else ""
    return (before in LABEL_BEFORE or after in LABEL_AFTER
            or before in YEAR_BEFORE and 1000 <= v.number <= 2999 and len(tokens[i].text) == 4)


def _paired(sym: str, base: str | None, request: Request, lex: Lexicon) -> bool:
    """``sym`` is the first or second of ``base`` and the reading has the other one too."""
    pair = lex.numbered(base) if base in lex.entries else None
    return pair is not None and sym in pair and all(p in {g.quantity for g in request.givens} for p in pair)


def _one_word(sym: str, lex: Lexicon) -> bool:
    """A quantity with a name of one word ("height", "radius"): what a bare value may be."""
    e = lex.entries[sym]
    return any(len(words(label)) == 1 for label in (e.name, *e.synonyms))


def _role_of(sym: str, plain: str | None, lex: Lexicon) -> bool:
    """``sym`` is the initial or final of the plain quantity ("initial speed")."""
    if plain is None:
        return False
    base = words(lex.name(plain))
    e = lex.entries[sym]
    return any(w[1:] == base and w[0] in ("initial", "final") for w in map(words, (e.name, *e.synonyms)))


def _has_roles(t: _Text) -> bool:
    """The text speaks of a start and an end ("from 20 °C to 80 °C", "from rest", a train that "brakes")."""
    return any(tok.kind == "zero" or tok.norm in MOTION_ENDS for tok in t.tokens) or any(
        a.norm == "from" and any(b.norm == "to" for b in t.tokens[i + 1:]) for i, a in enumerate(t.tokens))


#: words that say a motion ends, so a speed the text gives is the one it starts with ("a train
#: moving at 30 m/s brakes"); not a launch, whose speed the plain one already is
MOTION_ENDS = frozenset("stop stops stopped stopping brake brakes braked braking decelerates decelerating "
                        "skids".split())


def _counts_values(tokens: list[Token], i: int) -> bool:
    """The count word at ``i`` counts things the text gives values of: each has the value
    after it ("two 4 µF capacitors"), or their values are listed ("two skaters, 70 kg and
    50 kg"). Not things a value relates ("two plates 2 cm apart"), nor a word of a name
    ("a three-storey building")."""
    if i + 1 < len(tokens) and tokens[i + 1].kind == "num":
        return True
    nums = [j for j in range(i + 1, len(tokens)) if tokens[j].kind in ("num", "zero")]
    if len(nums) < 2:
        return False
    a, b = nums[0], nums[1]
    between = [t for t in tokens[a + 1:b] if t.kind != "unit"]
    return all(t.norm in (",", "and", "or") for t in between)


def _numbered_count(request: Request) -> int:
    """The most givens that are numbered members of one kind (``m1``, ``m2``: 2)."""
    bases: dict[str, int] = {}
    for g in request.givens:
        base = g.quantity.rstrip("0123456789")
        if base != g.quantity:
            bases[base] = bases.get(base, 0) + 1
    return max(bases.values(), default=0)


# -- the target -----------------------------------------------------------------------------
def _target_gap(t: _Text, request: Request, lex: Lexicon) -> str | None:
    named, plain = _asked(t, lex)
    find = request.find
    if named is not None:
        if find == named.symbol or _narrower(find, words(named.text), t.stems, lex):
            return None
        return f"the question asks for {named.text} ({named.symbol}), not {lex.name(find)} ({find})"
    if plain is not None and find == plain:
        return None
    return f"the question does not name {lex.name(find)} ({find}) as what it asks"


def _asked(t: _Text, lex: Lexicon) -> tuple[NameMention | None, str | None]:
    """What the asking sentence names as asked (a mention, or the idiom as one), else the
    plain quantity of the unit asked for."""
    tokens, (a, b) = t.tokens, t.ask
    unit_tok = wanted_unit(tokens, t.ask)
    want = unit_tok.dim if unit_tok is not None else None
    owned = {id(m) for m in t.owners.values()}
    free = [m for m in t.mentions if a <= m.start < b and id(m) not in owned and not m.by_symbol]
    found = idiom(tokens, t.ask)
    if found is not None:
        name, s, e = found
        after = [m for m in free if m.start == e] if tokens[s + 1].norm in ("much", "many") else []
        if after:
            return after[0], None
        sym = lex.phrases.get(words(name))
        if sym is not None and (want is None or lex.entries[sym].dim == want):
            return NameMention(s, e, (tokens[s].start, tokens[e - 1].end), name, sym), None
    if want is not None:
        free = [m for m in free if lex.entries[m.symbol].dim == want]
    lead = next((i for i in range(a, b) if tokens[i].norm in LEADS), a)
    free = sorted(free, key=lambda m: (m.start < lead, m.start))
    changed = lex.change_of(free[0].symbol) if free and asks_change(tokens, t.ask) else None
    if changed is not None:   # "by how much does the temperature rise?" names the change in it
        return replace(free[0], symbol=changed), None
    if free:
        return free[0], None
    return None, (lex.default_for(want) if want is not None else None)


def _said_of_another(t: _Text, k: int, m: NameMention, sym: str, lex: Lexicon) -> bool:
    """Where two values are named alike ("a block of density 1500 kg/m3 ... water of density
    1000 kg/m3"), whether the words that make value ``k``'s name the narrower ``sym`` (water:
    the fluid's density) all stand nearer another value of that name than ``k``."""
    from .rules import STOP_WORDS, stem

    alike = [j for j, o in t.owners.items() if j != k and o.symbol == m.symbol]
    e = lex.entries.get(sym)
    if not alike or e is None:
        return False
    own = {stem(w) for w in words(m.text)}
    extra = {stem(w) for label in (e.name, *e.synonyms) for w in words(label)
             if len(w) >= 3 and w not in STOP_WORDS} - own
    at = [i for i, tok in enumerate(t.tokens) if tok.kind == "word" and stem(tok.norm) in extra]
    if not at:
        return False
    def nearest(i: int) -> int:
        return min((k, *alike), key=lambda j: (abs(i - t.vals[j].tokens[0]), j))
    return all(nearest(i) != k for i in at)


def _narrower(sym: str, key: tuple[str, ...], stems: frozenset, lex: Lexicon) -> bool:
    """A name of ``sym`` holds the words ``key`` and the text uses one of its other words
    ("mass" and "mass of the earth" where the text speaks of the Earth)."""
    from .rules import STOP_WORDS, holds, stem

    e = lex.entries.get(sym)
    if e is None or not key:
        return False
    own = {stem(w) for w in key}
    for label in map(words, (e.name, *e.synonyms)):
        if holds(label, key) and ({stem(w) for w in label if len(w) >= 3 and w not in STOP_WORDS} - own) & stems:
            return True
    return False


# -- the text, once ----------------------------------------------------------------------------
_CACHE: OrderedDict[str, tuple[Lexicon, _Text | None]] = OrderedDict()


def _analysed(text: str, lex: Lexicon) -> _Text | None:
    if text in _CACHE and _CACHE[text][0] is lex:
        _CACHE.move_to_end(text)
        return _CACHE[text][1]
    from .request import ReadingError
    from .rules import STOP_WORDS, stem

    try:
        tokens = tokenize(text)
        ask = asking_sentence(tokens)
    except ReadingError:
        out = None
    else:
        vals = values(tokens)
        mentions = lex.mentions(tokens)
        stems = frozenset(stem(x.norm) for x in tokens if x.kind == "word" and len(x.norm) >= 3
                          and x.norm not in STOP_WORDS)
        counts = tuple((x.text, int(NUMBER_WORDS[x.norm])) for i, x in enumerate(tokens)
                       if x.kind == "word" and NUMBER_WORDS.get(x.norm, 0) >= 2 and _counts_values(tokens, i))
        out = _Text(tokens, vals, ask, mentions, _rules(lex).owners(tokens, vals, mentions), stems, counts,
                    lex.kinds_named(tokens))
    _CACHE[text] = (lex, out)
    if len(_CACHE) > 64:
        _CACHE.popitem(last=False)
    return out


_RULES: list = []   # the rule reader over the lexicon last used


def _rules(lex: Lexicon):
    """The rule reader's way of finding names next to values, over ``lex``."""
    from .rules import RuleReader

    if not _RULES or _RULES[0].lex is not lex:
        _RULES[:] = [RuleReader(lex)]
    return _RULES[0]
