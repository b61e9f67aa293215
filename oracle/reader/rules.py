"""The rule reader: numbers with units found with pint, names looked up as the oracle does.

The baseline and the fallback. Each value takes the quantity named next to it ("a height
of 20 m", "v = 3 m/s", "a 2 kg mass") when that quantity has the value's dimension, else
the plain quantity of its dimension (kg: mass); "from X to Y" reads initial and final.
The target is the quantity named in the asking sentence and not given a value, or a
"how fast"-style idiom, or the plain quantity of the unit asked for ("how many joules").
Bare numbers are givens only where a dimensionless quantity is named next to them.

>>> r = RuleReader().propose("A 2 kg ball moves at 3 m/s. What is its kinetic energy in J?")
>>> [(g.quantity, g.value, g.obj) for g in r.givens], r.find, r.unit
([('m', '2 kilogram', 'ball'), ('v', '3 meter / second', None)], 'E_k', 'joule')
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace

from .lexicon import Lexicon, NameMention, words
from .question import LEADS, asking_sentence, asks_change, change_by, idiom, wanted_unit
from .request import Given, Mismatch, ReadingError, Request
from .revise import Options, revise
from .scan import NUMBER_WORDS, Token, Value, tokenize, unit_of, values

#: words that may stand between a name and its value ("the mass is about 2 kg")
CONNECTORS = frozenset("""of is was = : equals equal to be being about approximately roughly nearly
    around exactly measures measured has had given as , ≈ its it value set at""".split())
STOP_WORDS = frozenset("""the and with from for that this what which has have had its are was were will
    into onto over under about per how much many does did its it's then than when where after before
    at of by on in to is be as an""".split())
_ADJECTIVES = {"high": "height", "tall": "height", "deep": "depth", "long": "length", "wide": "width",
               "thick": "thickness", "away": "distance", "apart": "separation", "across": "diameter"}
_ZERO_ROLE = {"from": "initial", "at": "initial", "to": "final"}


@dataclass(frozen=True)
class Reading:
    """A request with its ranked options (what ``revise`` may try next)."""

    request: Request
    options: Options


class RuleReader:
    """Reads with rules over the knowledge base's names; see the module docstring."""

    name = "rule"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lex = lexicon or Lexicon.default()
        self._cache: OrderedDict[str, Reading] = OrderedDict()
        self._stems: dict[str, frozenset] = {}

    def propose(self, text: str) -> Request:
        return self.read(text).request

    def revise(self, text: str, request: Request, mismatch: Mismatch) -> Request:
        return revise(request, mismatch, self.read(text).options)

    def read(self, text: str) -> Reading:
        if isinstance(text, str) and text in self._cache:
            self._cache.move_to_end(text)
            return self._cache[text]
        reading = self._read(text)
        self._cache[text] = reading
        if len(self._cache) > 64:
            self._cache.popitem(last=False)
        return reading

    # -- reading ------------------------------------------------------------------------
    def _read(self, text: str) -> Reading:
        lex = self.lex
        tokens = tokenize(text)
        vals = values(tokens)
        if not vals:
            raise ReadingError("the question gives no values (no numbers with units)")
        ask = asking_sentence(tokens)
        mentions = lex.mentions(tokens)
        owner = self.owners(tokens, vals, mentions)
        givens, options, named, notes, pools = [], [], [], [], []
        for k, v in enumerate(vals):
            m = owner.get(k)
            if v.bare and m is None:
                notes.append(f"ignored the number {v.text!r}: no unit and no dimensionless quantity named next to it")
                continue
            cands = lex.candidates(v.dim)
            if not cands:
                notes.append(f"ignored {v.text!r}: no quantity of the knowledge base has its dimension")
                continue
            near = near_stems(tokens, v)
            if m is not None:
                first = m.symbol
            elif tokens[v.tokens[0]].kind == "zero":
                first = self.zero_quantity(tokens[v.tokens[0]], v) or lex.default_for(v.dim)
            else:
                first = (self.adjective(tokens, v) or self.change(tokens, v) or self._by_context(near, cands)
                         or lex.default_for(v.dim))
            ranked = _ranked(first, cands, [x.symbol for x in mentions], lex)
            by_context = sorted(cands, key=lambda c: -len(near & self.stems(c)))
            pools.append(tuple(dict.fromkeys((*ranked, *by_context))))
            givens.append(Given(first, v.value, v.span, obj=self._object(tokens, v, m),
                                name_span=None if m is None else m.span))
            options.append(ranked)
            named.append(m is not None)
        if not givens:
            raise ReadingError("the question gives no values with units that the knowledge base knows")
        givens = self._from_to(tokens, vals, givens, named)
        givens = self._rest_roles(tokens, vals, givens, named)
        src = each_of_count(givens, tokens, self.lex)   # a given read twice keeps its options
        givens = [g for _, g in src]
        options, named, pools = ([xs[k] for k, _ in src] for xs in (options, named, pools))
        givens = self._distinct(givens, named)
        owned = {id(m) for m in owner.values()}
        unit_tok = wanted_unit(tokens, ask)
        find, find_span, target_opts = self._target(tokens, ask, mentions, owned, unit_tok, {g.quantity for g in givens})
        request = Request(tuple(givens), find, None if unit_tok is None else unit_tok.unit, find_span, tuple(notes))
        return Reading(request, Options(tuple(options), target_opts, tuple(named), tuple(pools)))

    def owners(self, tokens: list[Token], vals: list[Value], mentions: list[NameMention]) -> dict[int, NameMention]:
        """Which name mention names each value (by index into ``vals``)."""
        owner: dict[int, NameMention] = {}
        used: set[int] = set()
        for k, v in enumerate(vals):
            start, end = v.tokens[0], v.tokens[-1] + 1
            best = None
            for m in mentions:
                if id(m) in used or self.lex.entries[m.symbol].dim != v.dim:
                    continue
                gap = between_phrase(tokens, m.end, start) if m.end <= start else 0
                if m.end <= start and start - gap <= 4 and all(
                        t.norm in CONNECTORS or t.kind == "punct" and t.text in ",=:≈" for t in tokens[gap:start]):
                    best = m if best is None or m.end > best.end else best
                elif best is None and m.start >= end and m.start - end <= 1 and all(
                        t.text == "-" for t in tokens[end:m.start]):
                    best = m
            if best is not None:
                owner[k] = best
                used.add(id(best))
        return owner

    def adjective(self, tokens: list[Token], v: Value) -> str | None:
        """ "a 20 m high balcony", "2 m deep", "0.8 m long": the quantity the adjective names."""
        after = v.tokens[-1] + 1
        while after < len(tokens) and tokens[after].text == "-":
            after += 1
        if after < len(tokens):
            name = _ADJECTIVES.get(tokens[after].norm)
            sym = self.lex.phrases.get(words(name)) if name else None
            if sym is not None and self.lex.entries[sym].dim == v.dim:
                return sym
        return None

    def change(self, tokens: list[Token], v: Value) -> str | None:
        """ "warms up by 30 K": the change in the plain quantity of the value's dimension."""
        plain = self.lex.default_for(v.dim)
        return self.lex.change_of(plain) if plain is not None and change_by(tokens, v.tokens[0]) else None

    def context_score(self, tokens: list[Token], v: Value, symbol: str) -> int:
        """How many words near the value share a stem with the quantity's names ("falls 20 m"
        and "height of the fall"; "compressed by 10 cm" and "compression")."""
        return len(near_stems(tokens, v) & self.stems(symbol))

    def stems(self, symbol: str) -> frozenset:
        """The stems of a quantity's names (kept: the lexicon does not change)."""
        got = self._stems.get(symbol)
        if got is None:
            e = self.lex.entries[symbol]
            got = self._stems[symbol] = frozenset(stem(w) for label in (e.name, *e.synonyms) for w in words(label)
                                                  if len(w) >= 3 and w not in STOP_WORDS)
        return got

    def _by_context(self, near: set, cands: tuple[str, ...]) -> str | None:
        scored = [(len(near & self.stems(c)), -k, c) for k, c in enumerate(cands)]
        best = max(scored)
        return best[2] if best[0] > 0 else None

    def _wider(self, mention: NameMention, tokens: list[Token]) -> list[str]:
        """Quantities of the mention's dimension whose names hold its words ("speed": the wave
        speed, the speed of sound), those whose other words the text uses first."""
        lex = self.lex
        key = words(mention.text)
        dim = lex.entries[mention.symbol].dim
        text_stems = {stem(t.norm) for t in tokens if t.kind == "word" and len(t.norm) >= 3 and t.norm not in STOP_WORDS}
        own = {stem(w) for w in key}
        out = []
        for s in lex.candidates(dim):
            if s == mention.symbol:
                continue
            labels = [words(x) for x in (lex.entries[s].name, *lex.entries[s].synonyms)]
            # a wider name whose head noun is another ("time lag" for "time") only where the text
            # says that noun: the words of its other names are no evidence ("clock" in a time
            # dilation question is no lag)
            if not any(holds(label, key) and (_head(label) in own or _head(label) in text_stems) for label in labels):
                continue
            score = len(text_stems & self.stems(s) - own)
            if score:
                out.append((-score, s))
        return [s for _, s in sorted(out)]

    def zero_quantity(self, token: Token, v: Value) -> str | None:
        role = _ZERO_ROLE.get(token.norm.split()[0])
        for name in (f"{role} speed", "speed"):
            sym = self.lex.phrases.get(words(name))
            if sym is not None and self.lex.entries[sym].dim == v.dim:
                return sym
        return None

    def _object(self, tokens: list[Token], v: Value, m: NameMention | None) -> str | None:
        if m is not None:
            label = m.text.lower()
            for obj in self.lex.objects:
                if label.endswith(" " + obj):
                    return obj
        after = v.tokens[-1] + 1
        while after < len(tokens) and tokens[after].text == "-":
            after += 1
        if after < len(tokens) and tokens[after].norm in self.lex.objects:
            return tokens[after].norm
        return None

    def _from_to(self, tokens, vals, givens, named):
        """ "from 20 °C to 80 °C": the initial and the final quantity of that dimension."""
        by_span = {g.span: i for i, g in enumerate(givens)}
        for a, b in zip(vals, vals[1:]):
            ia, ib = by_span.get(a.span), by_span.get(b.span)
            if ia is None or ib is None or named[ia] or named[ib] or a.dim != b.dim:
                continue
            before = tokens[a.tokens[0] - 1].norm if a.tokens[0] > 0 else ""
            between = [t.norm for t in tokens[a.tokens[-1] + 1:b.tokens[0]]]
            if before == "from" and between == ["to"]:
                base = self.lex.name(givens[ia].quantity)
                for i, role in ((ia, "initial"), (ib, "final")):
                    sym = self.lex.phrases.get(words(f"{role} {base}"))
                    if sym is not None and self.lex.entries[sym].dim == a.dim:
                        givens[i] = Given(sym, givens[i].value, givens[i].span, givens[i].obj, givens[i].name_span)
        return givens

    def _rest_roles(self, tokens, vals, givens, named):
        """ "from rest ... reaches 20 m/s": a zero phrase is the initial (or final) speed, so
        another speed the text did not name is the final (or initial) one."""
        zero_roles = {}
        for v in vals:
            t = tokens[v.tokens[0]]
            if t.kind == "zero":
                zero_roles[v.span] = _ZERO_ROLE.get(t.norm.split()[0])
        for i, g in enumerate(givens):
            role = zero_roles.get(g.span)
            if role is None:
                continue
            other = {"initial": "final", "final": "initial"}[role]
            for j, h in enumerate(givens):
                if j == i or named[j] or h.span in zero_roles or self.lex.entries[h.quantity].dim != self.lex.entries[g.quantity].dim:
                    continue
                sym = self.lex.phrases.get(words(f"{other} speed"))
                if sym is not None:
                    givens[j] = Given(sym, h.value, h.span, h.obj, h.name_span)
        return givens

    def _distinct(self, givens, named):
        """Two values of one plain quantity: the first and the second of it ("2 Ω and 3 Ω":
        ``R1``, ``R2``), where the knowledge base has them."""
        by_symbol: dict[str, list[int]] = {}
        for i, g in enumerate(givens):
            by_symbol.setdefault(g.quantity, []).append(i)
        for sym, idx in by_symbol.items():
            pair = self.lex.numbered(sym) if len(idx) == 2 else None
            if pair is not None:
                for i, s in zip(idx, pair):
                    givens[i] = Given(s, givens[i].value, givens[i].span, givens[i].obj, givens[i].name_span)
        return givens

    def _target(self, tokens, ask, mentions, owned, unit_tok, given_syms):
        lex = self.lex
        a, b = ask
        want_dim = unit_tok.dim if unit_tok is not None else None
        free = [m for m in mentions if a <= m.start < b and id(m) not in owned and not m.by_symbol]
        if want_dim is not None:
            fitting = [m for m in free if lex.entries[m.symbol].dim == want_dim]
            free = fitting or free
        free = [m for m in free if m.symbol not in given_syms] or free
        lead = next((i for i in range(a, b) if tokens[i].norm in LEADS), a)
        free = sorted(free, key=lambda m: (m.start < lead, m.start))  # the first name after the question word
        opts: list[str] = []
        span = None
        found = idiom(tokens, ask)
        if found is not None:  # "how fast", "how long does it take": the idiom says what is asked
            name, s, e = found
            sym = lex.phrases.get(words(name))
            after_much = [m for m in free if m.start == e] if tokens[s + 1].norm in ("much", "many") else []
            if after_much:
                opts.append(after_much[0].symbol)
                span = after_much[0].span
            if sym is not None and (want_dim is None or lex.entries[sym].dim == want_dim):
                opts.append(sym)
                span = span or (tokens[s].start, tokens[e - 1].end)
        changed = lex.change_of(free[0].symbol) if free and asks_change(tokens, ask) else None
        if changed is not None:   # "by how much does the temperature rise?": the change in it
            opts.append(changed)
            span = span or free[0].span
        if free:
            opts.append(free[0].symbol)
            span = span or free[0].span
        if want_dim is not None:
            d = lex.default_for(want_dim)
            if d is not None:
                opts.append(d)
                span = span or (unit_tok.start, unit_tok.end)
        for m in free[1:]:
            opts.append(m.symbol)
        if free:
            opts += self._wider(free[0], tokens)
        opts = list(dict.fromkeys(s for s in opts if s not in given_syms))
        if not opts:
            words_ = " ".join(t.text for t in tokens[a:b])
            raise ReadingError(f"could not tell which quantity is asked for in {words_!r}")
        if want_dim is not None:
            same = [s for s in lex.candidates(want_dim) if s not in opts and s not in given_syms]
            opts += [s for s in same if any(m.symbol == s for m in mentions)]
        return opts[0], span, tuple(opts)


def each_of_count(givens, tokens: list[Token], lex: Lexicon) -> list[tuple[int, Given]]:
    """ "two 4 µF capacitors", "two 1000 kg masses": the value after a count of two is each
    one's, so it is the first and the second of its quantity (``C1``, ``C2``), both read from
    that one span of text, where the knowledge base numbers the quantity and the reading has
    no other numbered members of it. Returns (index of the given it came from, given)."""
    by_start = {t.start: i for i, t in enumerate(tokens)}
    taken = {h.quantity for h in givens}
    out = []
    for k, g in enumerate(givens):
        i = by_start.get(g.span[0])
        count = tokens[i - 1].norm if i else ""
        pair = _pair_of(g.quantity, lex) if NUMBER_WORDS.get(count) == 2 else None
        if pair is not None and not (taken - {g.quantity}) & set(pair):
            out += [(k, replace(g, quantity=pair[0])), (k, replace(g, quantity=pair[1]))]
        else:
            out.append((k, g))
    return out


def _pair_of(symbol: str, lex: Lexicon) -> tuple[str, str] | None:
    """The first and second of a quantity (``C1``, ``C2`` for ``C`` or ``C1``), else of the
    plain quantity of its dimension (two masses: ``m1``, ``m2``)."""
    base = symbol.rstrip("0123456789")
    pair = lex.numbered(base) if base in lex.entries else None
    plain = lex.default_for(lex.entries[symbol].dim) if symbol in lex.entries else None
    return pair or (lex.numbered(plain) if plain is not None else None)


def holds(label: tuple[str, ...], key: tuple[str, ...]) -> bool:
    n = len(key)
    return any(label[i:i + n] == key for i in range(len(label) - n + 1))


def stem(word: str) -> str:
    return word[:5]


_PREPOSITIONS = frozenset({"of", "by", "from", "for", "in", "on", "at", "with", "to", "between", "through"})


def _head(label: tuple[str, ...]) -> str:
    """The stem of a name's head noun: the last word before its first preposition ("time lag
    of the clock": lag; "time lost by the clock": lost), else the last word ("speed of
    sound": speed; "wave speed": speed)."""
    cut = next((i for i, w in enumerate(label) if i and w in _PREPOSITIONS), len(label))
    return stem(label[cut - 1]) if label else ""


def between_phrase(tokens: list[Token], a: int, b: int) -> int:
    """Where the words after a name go on, past a "between A and B" phrase that says what
    the name is of ("the coefficient of friction between tyres and road is 0.8"): the index
    after the phrase, or ``a`` when there is none. Only words stand in the phrase (no value)."""
    if a >= b or tokens[a].norm != "between":
        return a
    for k in range(a + 2, min(b, a + 8)):
        if tokens[k].norm == "and":
            end = k + 1
            while end < b and end <= k + 3 and tokens[end].kind == "word" and tokens[end].norm not in CONNECTORS:
                end += 1
            ok = end > k + 1 and all(t.kind == "word" for t in tokens[a + 1:end])
            return end if ok else a
    return a


def near_stems(tokens: list[Token], v: Value) -> set:
    """The stems of the words near a value (five before, three after; no stop words)."""
    a, b = v.tokens[0], v.tokens[-1] + 1
    near = {stem(t.norm) for t in tokens[max(0, a - 5):min(len(tokens), b + 3)]
            if t.kind == "word" and len(t.norm) >= 3 and t.norm not in STOP_WORDS}
    if len(v.tokens) > 1:   # the things a unit counts: "1000 turns per metre"
        near |= {stem(w) for w in words(tokens[v.tokens[-1]].text)
                 if len(w) >= 3 and w not in STOP_WORDS and unit_of(w) is None}
    return near


def _ranked(first: str, cands: tuple[str, ...], mentioned: list[str], lex: Lexicon) -> tuple[str, ...]:
    """``first``, then quantities of the dimension named anywhere in the text, then the plain one."""
    out = [first] + [s for s in mentioned if s in cands]
    d = lex.default_for(lex.entries[first].dim)
    if d is not None:
        out.append(d)
    return tuple(dict.fromkeys(out))
