"""Finding a quantity by what people call it: its symbol, its name or a synonym.

Symbols match exactly first (``T`` temperature, ``t`` time); names and synonyms match
case-insensitively with spacing, articles ("force on a wire" = "force on the wire") and
punctuation ignored. When nothing matches, the error suggests the closest names.

>>> from hypergraph.model import Quantity
>>> from psg.units import parse_unit
>>> idx = NameIndex([Quantity("v", "speed", "m/s", parse_unit("m/s").dimension, synonyms=("velocity",))])
>>> idx.resolve("Velocity"), idx.resolve("the speed")
('v', 'v')
>>> idx.resolve("sped")
Traceback (most recent call last):
...
oracle.names.UnknownQuantityError: no quantity is called 'sped'; did you mean 'speed'?
"""
from __future__ import annotations

import difflib
import re

_ARTICLES = re.compile(r"\b(the|a|an)\s+")
_SPACES = re.compile(r"[\s_\-]+")


class UnknownQuantityError(KeyError, ValueError):
    """No quantity goes by that name."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


def normalize(text: str) -> str:
    t = _SPACES.sub(" ", text.strip().lower().rstrip("?.!")).strip()
    return _ARTICLES.sub("", t)


class NameIndex:
    """Symbol, name and synonym look-up over a sequence of quantities."""

    def __init__(self, quantities) -> None:
        self.quantities = tuple(quantities)
        self.by_symbol = {q.symbol: q for q in self.quantities}
        self.own_names = {normalize(q.name) for q in self.quantities}
        self.symbols = {q.symbol: q.symbol for q in quantities}
        self.names: dict[str, str] = {}
        for q in quantities:
            for label in (q.name, *q.synonyms):
                self.names.setdefault(normalize(label), q.symbol)
        for q in quantities:  # a symbol typed in another case, when that is not ambiguous
            self.names.setdefault(normalize(q.symbol), q.symbol)

    def resolve(self, text: str) -> str:
        """The symbol of the quantity ``text`` names."""
        if not isinstance(text, str):
            raise TypeError(f"a quantity is named by a string, got {type(text).__name__}")
        if text in self.symbols:
            return text
        key = normalize(text)
        if key in self.names:
            return self.names[key]
        # "mass of the uranium", "power output of the reactor": the head noun names the quantity
        head, sep, _ = key.partition(" of ")
        while sep:
            if head in self.names:
                return self.names[head]
            head, sep, _ = head.rpartition(" of ")
        close = difflib.get_close_matches(key, list(self.names), n=3, cutoff=0.6)
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        raise UnknownQuantityError(f"no quantity is called {text!r}{hint}")

    def generic(self, text: str) -> bool:
        """True when ``text`` is a bare everyday term rather than a symbol or a specific
        name: one word ("distance", "mass") or exactly a quantity's own name ("refractive
        index"). It may stand for any quantity whose name uses it."""
        if not isinstance(text, str) or text in self.symbols:
            return False
        key = normalize(text)
        return len(key.split()) == 1 or key in self.own_names

    def readings(self, text: str, symbol_: str) -> list[str]:
        """Other quantities a generic term may stand for, of ``symbol_``'s dimension:
        "distance" (read as ``d``) may be the distance between centres ``r``."""
        term = re.compile(r"\b" + re.escape(normalize(text)) + r"\b")
        first = self.by_symbol[symbol_]
        out = []
        for q in self.quantities:
            if q.symbol != symbol_ and q.dimension == first.dimension and \
                    any(term.search(normalize(label)) for label in (q.name, *q.synonyms)):
                out.append(q.symbol)
        return out
