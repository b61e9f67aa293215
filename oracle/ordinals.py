"""Ordinals that give a count: "the third harmonic" says the harmonic number is 3.

People put numbers into names: "frequency of the third harmonic", "angle of the second-order
maximum", "energy of the 4th level". Read as a plain name, the ordinal is dropped and the
question is answered for the wrong mode. When the word after the ordinal names a counting
quantity (``harmonic`` is a synonym of the harmonic number; ``order``, ``level`` + "number"
name the diffraction order and the principal quantum number), the ordinal is a given of its
own and the name keeps only the noun. Ordinals before other nouns ("the first ball")
number objects and are left to the reader.

>>> counts = {"harmonic"}
>>> split_ordinals("frequency of the third harmonic", lambda noun: "harmonic" if noun in counts else None)
('frequency of the harmonic', (('harmonic', 3),))
>>> split_ordinals("mass of the first ball", lambda noun: None)
('mass of the first ball', ())
"""
from __future__ import annotations

import re
from typing import Callable

ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL = re.compile(r"\b(?P<ord>" + "|".join(ORDINAL_WORDS) + r"|(?P<num>\d{1,3})(?:st|nd|rd|th))"
                      r"[\s-]+(?P<noun>[a-z]+)\b", re.IGNORECASE)
_ORDER = re.compile(r"\b(?P<ord>" + "|".join(ORDINAL_WORDS) + r"|(?P<num>\d{1,3})(?:st|nd|rd|th))[\s-]+order\b",
                    re.IGNORECASE)


#: Words that say, after "N-th order", what the order is of.
_OF_AN_ORDER = frozenset({"maximum", "maxima", "minimum", "minima", "fringe", "fringes", "bright", "dark",
                          "line", "lines", "spectrum", "image", "peak", "band", "beam", "spot", "diffraction",
                          "interference", "reflection"})


def _value(m: re.Match) -> int:
    return int(m.group("num")) if m.group("num") else ORDINAL_WORDS[m.group("ord").lower()]


def split_ordinals(text: str, count_name: Callable[[str], str | None]) -> tuple[str, tuple[tuple[str, int], ...]]:
    """``text`` without the ordinals that give a count, and (count's name, value) for each.

    ``count_name(noun)`` is the name of the counting quantity the noun stands for, or None.
    "second-order maximum" is the diffraction order 2 whatever noun follows.
    """
    found: list[tuple[str, int]] = []

    def order(m: re.Match) -> str:
        name = count_name("order")
        if name is None:
            return m.group(0)
        found.append((name, _value(m)))
        # "first-order angle" stays an order's angle (not any angle); "second-order maximum"
        # says what it is of already
        rest = text[m.end():].split()
        return "" if rest and rest[0].lower() in _OF_AN_ORDER else "order"

    text2 = _ORDER.sub(order, text)

    def noun(m: re.Match) -> str:
        name = count_name(m.group("noun").lower())
        if name is None:
            return m.group(0)
        found.append((name, _value(m)))
        return m.group("noun")

    text2 = _ORDINAL.sub(noun, text2)
    return re.sub(r"\s{2,}", " ", text2).strip(), tuple(found)
