""""Did you mean ...?" for unit strings pint cannot read.

The suggestion replaces each word pint does not know by the closest unit name it does
(difflib's ratio over pint's names), keeping the rest of the string.

>>> suggest("meterz"), suggest("kg*meterz/secondz"), suggest("m/s")
('meter', 'kg*meter/second', None)
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z_°µΩ][A-Za-z_0-9°µΩ]*")


@lru_cache(maxsize=1)
def _names() -> tuple[str, ...]:
    from .units import registry

    ureg = registry()
    return tuple(sorted(set(ureg._units) | {s for d in ureg._units.values() for s in (getattr(d, "symbol", None),)
                                           if s}))


def _known(word: str) -> bool:
    from .units import registry

    try:
        registry().parse_units(word)
        return True
    except Exception:  # pint raises several kinds for an unknown word
        return False


@lru_cache(maxsize=1024)
def suggest(text: str) -> str | None:
    """A unit string close to ``text`` that pint reads, or None (``text`` is fine, or no
    close name exists)."""
    if not isinstance(text, str) or len(text) > 200:
        return None
    changed = False
    out, last = [], 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        out.append(text[last:m.start()])
        last = m.end()
        if _known(word):
            out.append(word)
            continue
        close = difflib.get_close_matches(word, _names(), n=1, cutoff=0.75)
        if not close:
            return None
        out.append(close[0])
        changed = True
    out.append(text[last:])
    return "".join(out) if changed else None
