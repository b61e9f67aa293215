"""What the ternary model sees of a question, and what it is taught to say about each token.

Each token becomes a handful of hashed features (its word, its character trigrams, its
shape, the unit and dimension of a value, the knowledge-base quantity whose name covers it,
whether it is in the sentence that asks); the model's embedding of a token is the sum of
its features' rows. The model says, for every token, a tag (``O``, ``VAL`` a given's value,
``NAME`` the words that name a given's quantity, ``ASK`` the words that name the quantity
asked for, ``WANT`` the unit wanted) and scores every quantity of the knowledge base.

A revision input is the question, a separator and the mismatch in words.

>>> from oracle.reader.scan import tokenize
>>> toks = tokenize("A 2 kg ball. Find its speed.")
>>> ids = featurize(toks, buckets=4096)
>>> ids.shape[0] == len(toks), ids.dtype.name
(True, 'int32')
"""
from __future__ import annotations

import zlib

import numpy as np

from .question import asking_sentence
from .request import ReadingError
from .scan import Token, tokenize

TAGS = ("O", "VAL", "NAME", "ASK", "WANT")
TAG = {t: i for i, t in enumerate(TAGS)}
#: features per token at most (unused slots hold -1)
MAX_FEATURES = 24
SEPARATOR = "||"


def _hash(s: str, buckets: int) -> int:
    return zlib.crc32(s.encode("utf-8")) % buckets


def _shape(text: str) -> str:
    out = []
    for ch in text[:6]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def token_features(tokens: list[Token], lexicon=None, hint_from: int | None = None) -> list[list[str]]:
    """The feature strings of each token (before hashing)."""
    from .lexicon import Lexicon

    lex = lexicon or Lexicon.default()
    end = len(tokens) if hint_from is None else hint_from
    covered: dict[int, list[str]] = {}
    for m in lex.mentions(tokens[:end]):
        for i in range(m.start, m.end):
            covered.setdefault(i, []).append(("qb:" if i == m.start else "qi:") + m.symbol)
            covered[i].append("q:" + m.symbol)
    try:
        a, b = asking_sentence(tokens[:end]) if end else (0, 0)
    except ReadingError:
        a, b = 0, 0
    out = []
    for i, t in enumerate(tokens):
        f: list[str] = []
        hint = hint_from is not None and i >= hint_from
        pre = "h" if hint else ""
        if t.kind == "num":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            f += [pre + "w:<num>", "nd:" + (nxt.dim if nxt is not None and nxt.kind == "unit" else "none")]
        elif t.kind == "zero":
            f += [pre + "w:<zero>", "d:" + (t.dim or ""), "w:" + t.norm]
        elif t.kind == "unit":
            prev = tokens[i - 1] if i else None
            f += [pre + "w:<unit>", "u:" + (t.unit or ""), "d:" + (t.dim or ""),
                  "alone" if prev is None or prev.kind != "num" else "after-num"]
        else:
            f.append(pre + "w:" + t.norm)
            word = f"<{t.norm}>"
            f += ["c:" + word[k:k + 3] for k in range(max(1, len(word) - 2))][:14]
        f.append("s:" + _shape(t.text))
        if lex is not None and t.kind == "word" and t.text in lex.entries:
            f.append("sym")
        f += covered.get(i, [])
        if not hint and a <= i < b:
            f.append("in-ask")
        if hint:
            f.append("hint")
        out.append(f[:MAX_FEATURES])
    return out


def featurize(tokens: list[Token], buckets: int, lexicon=None, hint_from: int | None = None) -> np.ndarray:
    """int32 (L, MAX_FEATURES) bucket ids, -1 where a token has fewer features."""
    feats = token_features(tokens, lexicon, hint_from)
    ids = np.full((len(tokens), MAX_FEATURES), -1, np.int32)
    for i, f in enumerate(feats):
        for j, s in enumerate(f):
            ids[i, j] = _hash(s, buckets)
    return ids


def hint_text(mismatch, request, lexicon) -> str:
    """A mismatch in words, appended to the question for the model's revision:
    ``"not derivable : wavelength"``."""
    parts = [mismatch.kind]
    if mismatch.given is not None and mismatch.given < len(request.givens):
        g = request.givens[mismatch.given]
        parts += [g.value, "as", lexicon.name(g.quantity)]
    elif mismatch.target:
        parts += ["asked", lexicon.name(request.find)]
    return " ".join(parts)


def with_hint(text: str, hint: str | None) -> tuple[list[Token], int | None]:
    """Tokens of the question, then of the hint; the index where the hint starts."""
    tokens = tokenize(text)
    if not hint:
        return tokens, None
    offset = len(text) + len(SEPARATOR) + 2
    extra = [Token(t.text, t.start + offset, t.end + offset, t.kind, t.number, t.unit, t.dim, t.value)
             for t in tokenize(hint)]
    sep = Token(SEPARATOR, len(text) + 1, len(text) + 1 + len(SEPARATOR), "punct")
    return tokens + [sep] + extra, len(tokens)


def labels(tokens: list[Token], request, symbols: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Per-token tag ids and quantity ids (-1 where none) for a gold request."""
    tags = np.zeros(len(tokens), np.int32)
    qty = np.full(len(tokens), -1, np.int32)

    def covered(span):
        s, e = span
        return [i for i, t in enumerate(tokens) if t.start >= s and t.end <= e]

    for g in request.givens:
        for i in covered(g.span):
            tags[i] = TAG["VAL"]
            qty[i] = symbols.get(g.quantity, -1)
        if g.name_span:
            for i in covered(g.name_span):
                if tags[i] == TAG["O"]:
                    tags[i] = TAG["NAME"]
    if request.find_span:
        for i in covered(request.find_span):
            tags[i] = TAG["ASK"]
            qty[i] = symbols.get(request.find, -1)
    if request.unit:
        for i, t in enumerate(tokens):
            if t.kind == "unit" and t.unit == request.unit and (i == 0 or tokens[i - 1].kind != "num") \
                    and tags[i] == TAG["O"]:
                tags[i] = TAG["WANT"]
    return tags, qty
