"""What the knowledge base calls its quantities, as a reader needs it: names found in text.

Built only from the knowledge base's public quantities (symbol, name, synonyms, unit), so
readers follow the knowledge base as it changes. A name is matched the way the oracle
matches it (case, articles and hyphens ignored); the longest name wins. Candidates for a
value are the quantities of its dimension: a reader can only emit those (constrained output).

>>> from oracle.reader.scan import tokenize
>>> lex = Lexicon.default()
>>> toks = tokenize("The spring constant is 200 N/m and the mass of the ball is 2 kg.")
>>> [(m.text, m.symbol) for m in lex.mentions(toks)]
[('spring constant', 'k'), ('mass of the ball', 'm')]
>>> lex.default_for("M"), "v" in lex.candidates("L·T⁻¹")
('m', True)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .scan import Token, dimension_key

_ARTICLES = frozenset({"the", "a", "an"})
_OBJECT = re.compile(r"^(.+?) of (?:the|a|an) ([a-z][a-z ]*)$")


@dataclass(frozen=True)
class Entry:
    """One quantity as readers see it."""

    symbol: str
    name: str
    synonyms: tuple[str, ...]
    unit: str
    dim: str
    kind: str = ""


@dataclass(frozen=True)
class NameMention:
    """A quantity named in the text: tokens ``[start, end)``, its span and its symbol."""

    start: int
    end: int
    span: tuple[int, int]
    text: str
    symbol: str
    by_symbol: bool = False


@lru_cache(maxsize=65536)
def words(label: str) -> tuple[str, ...]:
    """A name as the matcher compares it: lower case, articles and punctuation dropped
    (a pure function of the string, kept: the readers split the same labels again and again).

    >>> words("The mass of the Ball"), words("half-life")
    (('mass', 'of', 'ball'), ('half', 'life'))
    """
    parts = re.findall(r"[^\W_]+(?:['’][^\W_]+)?|[°µμΩÅ]", label.lower().replace("_", " "))
    return tuple(p.replace("’", "'") for p in parts if p not in _ARTICLES)


class Lexicon:
    """Names, synonyms, units and dimensions of the knowledge base's quantities."""

    def __init__(self, entries, kinds=(), homes=None, intrinsic=()) -> None:
        self.entries: dict[str, Entry] = {e.symbol: e for e in entries}
        # kinds of object: (name, the kind it is a, its nouns), for what a text speaks of
        self.parent: dict[str, str | None] = {}
        self.nouns: dict[tuple[str, ...], frozenset[str]] = {}
        for name, is_a, nouns in kinds:
            self.parent[name] = is_a
            for noun in nouns:
                key = words(noun)
                self.nouns[key] = self.nouns.get(key, frozenset()) | {name}
        self.max_noun_words = max((len(k) for k in self.nouns), default=1)
        # the kinds of object each quantity is a quantity of in the laws that use it
        self.homes: dict[str, frozenset[str]] = dict(homes or {})
        # kinds whose quantities are constants (an electron): the oracle knows one only by name
        self.intrinsic: frozenset[str] = frozenset(intrinsic)
        self.symbols = tuple(self.entries)
        self.by_dim: dict[str, tuple[str, ...]] = {}
        for e in self.entries.values():
            self.by_dim[e.dim] = self.by_dim.get(e.dim, ()) + (e.symbol,)
        self.phrases: dict[tuple[str, ...], str] = {}
        for e in self.entries.values():
            for label in (e.name, *e.synonyms):
                key = words(label)
                if key:
                    self.phrases.setdefault(key, e.symbol)
        self.max_words = max((len(k) for k in self.phrases), default=1)
        self.objects: dict[str, tuple[str, ...]] = {}  # object noun -> quantities named "<x> of the <noun>"
        for e in self.entries.values():
            for label in (e.name, *e.synonyms):
                m = _OBJECT.match(label.lower())
                if m and len(m.group(2).split()) <= 2:
                    self.objects[m.group(2)] = self.objects.get(m.group(2), ()) + (e.symbol,)

    @classmethod
    def from_kb(cls, kg) -> "Lexicon":
        """From a ``KnowledgeGraph`` (only its public ``quantities``)."""
        return cls((Entry(q.symbol, q.name, tuple(q.synonyms), q.unit, dimension_key(q.unit), q.kind)
                    for q in kg.quantities),
                   ((k.name, k.parent or None, tuple(k.nouns)) for k in kg.kinds), _homes(kg),
                   {law.on for law in kg.laws if not law.inputs})

    def change_of(self, symbol: str) -> str | None:
        """The quantity named "change in <its name>" (temperature: the temperature change),
        where the knowledge base has one of the same dimension."""
        e = self.entries[symbol]
        sym = self.phrases.get(words(f"change in {e.name}"))
        return sym if sym is not None and sym != symbol and self.entries[sym].dim == e.dim else None

    @classmethod
    def default(cls) -> "Lexicon":
        """The bundled knowledge base's lexicon (built once per process)."""
        return _default()

    # -- candidates ----------------------------------------------------------------
    def candidates(self, dim: str) -> tuple[str, ...]:
        """The quantities of a dimension (key as :func:`oracle.reader.scan.dimension_key`)."""
        return self.by_dim.get(dim, ())

    def default_for(self, dim: str) -> str | None:
        """The plain quantity of a dimension: the one named after it ("mass", "speed"),
        else the one with the shortest name."""
        cands = self.candidates(dim)
        if not cands:
            return None
        from psg.units import parse_unit

        dim_name = parse_unit(self.entries[cands[0]].unit).dimension.name
        for s in cands:
            if dim_name and self.entries[s].name.lower() == dim_name:
                return s
        return min(cands, key=lambda s: (len(self.entries[s].name), cands.index(s)))

    def name(self, symbol: str) -> str:
        return self.entries[symbol].name

    def numbered(self, symbol: str) -> tuple[str, str] | None:
        """The first and second quantity of a kind, by the knowledge base's convention
        (``m`` -> ``m1``, ``m2``): for two values of one plain quantity ("2 Ω and 3 Ω")."""
        dim = self.entries[symbol].dim if symbol in self.entries else None
        base = symbol.rstrip("0123456789")
        pair = (base + "1", base + "2")
        if all(p in self.entries and self.entries[p].dim == dim for p in pair):
            return pair
        return None

    def counted(self, noun: str) -> str | None:
        """The quantity that counts a noun: "number of turns" for "turn" or "turns"."""
        for form in (noun, noun + "s", noun + "es"):
            sym = self.phrases.get(("number", "of", form))
            if sym is not None and self.entries[sym].dim == "1":
                return sym
        return None

    # -- kinds of object --------------------------------------------------------------------
    def is_a(self, kind: str, other: str) -> bool:
        """``kind`` is ``other`` or a narrower kind of it (a photon is a light)."""
        seen = set()
        while kind is not None and kind not in seen:
            if kind == other:
                return True
            seen.add(kind)
            kind = self.parent.get(kind)
        return False

    def speaks_of(self, symbol: str, kind: str) -> bool:
        """Naming ``symbol`` speaks of ``kind``: every law that uses it has it as a quantity
        of that kind or a narrower one (a half-life is always a nucleus's)."""
        homes = self.homes.get(symbol)
        return bool(homes) and all(self.is_a(h, kind) for h in homes)

    def kinds_named(self, tokens: list[Token]) -> frozenset[str]:
        """The kinds of object the text's nouns stand for ("rope": a string; "lenses": an optic)."""
        ws = [t.norm.replace("’", "'") for t in tokens if t.kind == "word" and t.norm not in _ARTICLES]
        out: set[str] = set()
        for i in range(len(ws)):
            for n in range(1, min(self.max_noun_words, len(ws) - i) + 1):
                key = tuple(ws[i:i + n])
                for form in (key, key[:-1] + (_singular(key[-1]),)):
                    out |= self.nouns.get(form, frozenset())
        return frozenset(out)

    # -- names in text ------------------------------------------------------------------
    def mentions(self, tokens: list[Token]) -> list[NameMention]:
        """Quantities named in the tokens: longest names first, never overlapping; a symbol
        counts only where a value is set to it (``v = 3 m/s``, ``g: 9.8``)."""
        keyed = [(i, t.norm.replace("’", "'")) for i, t in enumerate(tokens)
                 if t.kind == "word" and t.norm not in _ARTICLES]
        out: list[NameMention] = []
        taken: set[int] = set()
        k = 0
        while k < len(keyed):
            hit = None
            for n in range(min(self.max_words, len(keyed) - k), 0, -1):
                idx = [keyed[k + j][0] for j in range(n)]
                if any(b - a > 2 for a, b in zip(idx, idx[1:])):  # the words must stand together
                    continue
                if any(tokens[x].kind != "word" or tokens[x].norm not in _ARTICLES
                       for a, b in zip(idx, idx[1:]) for x in range(a + 1, b) if tokens[x].text != "-"):
                    continue
                key = tuple(keyed[k + j][1] for j in range(n))
                if key in self.phrases:
                    hit = (idx[0], idx[-1] + 1, self.phrases[key])
                    break
            if hit is not None:
                a, b, sym = hit
                out.append(NameMention(a, b, (tokens[a].start, tokens[b - 1].end),
                                       _span_text(tokens, a, b), sym))
                taken.update(range(a, b))
                while k < len(keyed) and keyed[k][0] < b:
                    k += 1
                continue
            k += 1
        for i, t in enumerate(tokens):  # things counted: "a 200-turn coil", "4 × 10^18 nuclei"
            if i in taken or t.kind != "word":
                continue
            before = i - 1 if i and tokens[i - 1].text != "-" else i - 2
            if before < 0 or tokens[before].kind != "num":
                continue
            sym = self.counted(t.norm)
            if sym is not None:
                out.append(NameMention(i, i + 1, (t.start, t.end), t.text, sym))
                taken.add(i)
        for i, t in enumerate(tokens):  # symbols, where a value is set to them
            if i in taken or t.kind != "word" or t.text not in self.entries:
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.kind == "punct" and nxt.text in "=≈:":
                out.append(NameMention(i, i + 1, (t.start, t.end), t.text, t.text, by_symbol=True))
        return sorted(out, key=lambda m: m.start)


def _singular(word: str) -> str:
    """A plural's singular, as far as nouns of objects need it ("capacitors", "lenses")."""
    for cut, add in (("ies", "y"), ("ses", "s"), ("es", "e"), ("s", "")):
        if word.endswith(cut) and len(word) > len(cut) + 2:
            return word[: -len(cut)] + add
    return word


def _span_text(tokens: list[Token], a: int, b: int) -> str:
    return "".join((" " if i > a and tokens[i].start > tokens[i - 1].end else "") + tokens[i].text
                   for i in range(a, b))


def _homes(kg) -> dict[str, frozenset[str]]:
    """For each quantity, the kinds of object it belongs to across the laws (``of`` a
    partner where the law says so, else the law's own kind)."""
    out: dict[str, set[str]] = {}
    for law in kg.laws:
        partners = dict(law.of)
        for sym in (law.output, *law.inputs):
            out.setdefault(sym, set()).add(partners.get(sym, law.on))
    return {s: frozenset(k) for s, k in out.items()}


@lru_cache(maxsize=1)
def _default() -> Lexicon:
    from oracle.kb import load_kb

    return Lexicon.from_kb(load_kb())
