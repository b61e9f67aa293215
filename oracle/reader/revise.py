"""Revising a reading against a mismatch, the same way for every reader that ranks its options.

A reader that scores its options keeps them as :class:`Options`: for each given, its
quantities best first; for the target, likewise. :func:`revise` moves the part the mismatch
names to its next option, preferring what the oracle says is missing (a given read as a
length when the height is what the laws need). Each option is tried once.

>>> from oracle.reader.request import Given, Mismatch, Request
>>> r = Request((Given("l", "20 m", (0, 4)),), "v")
>>> opts = Options((("l",),), ("v",), (False,), pool=(("l", "h", "d"),))
>>> revise(r, Mismatch("not derivable", "...", target=True, instead=(("h",),)), opts).givens[0].quantity
'h'
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .request import CannotRevise, Mismatch, Request


@dataclass
class Options:
    """Ranked quantities for each given and for the target; ``named[i]`` is True when the
    text named given ``i``'s quantity explicitly (its options are then a last resort).
    ``pool[i]`` are all the quantities given ``i`` may be (its dimension's): only what the
    oracle says is missing is taken from there."""

    givens: tuple[tuple[str, ...], ...]
    target: tuple[str, ...]
    named: tuple[bool, ...]
    pool: tuple[tuple[str, ...], ...] = ()
    tried: set = field(default_factory=set)


def revise(request: Request, mismatch: Mismatch, options: Options) -> Request:
    """The next reading to try, or :class:`CannotRevise`."""
    options.tried.add(request.key())
    taken = {g.quantity for g in request.givens}

    def fresh(r: Request) -> bool:
        return r.key() not in options.tried

    def move_given(i: int, prefer=None):
        return _move_given(request, i, options, prefer)

    kind = mismatch.kind
    r = as_named(request, mismatch)
    if r is not None and fresh(r):
        return r
    if mismatch.given is not None and kind in ("unknown name", "wrong dimension", "no unit", "unused given", "ambiguous",
                                               "unsupported"):
        r = move_given(mismatch.given)
        if r is not None:
            return r
        if kind == "unused given":
            raise CannotRevise(f"no other reading of given {mismatch.given}")
    if kind in ("not derivable", "not verified", "wrong dimension", "ambiguous", "contradictory") or mismatch.target:
        # a given whose quantity the text did not name, read as another quantity of its
        # dimension that makes the target derivable (or the givens consistent: an iceberg's
        # density read as the sea's says it cannot float)
        r = move_unnamed(request, mismatch, options)
        if r is not None:
            return r
        for s in options.target:
            if s != request.find and s not in taken:
                r = replace(request, find=s)
                if fresh(r):
                    return r
    raise CannotRevise(f"no other reading for '{kind}'")


def as_named(request: Request, mismatch: Mismatch) -> Request | None:
    """The part a reading the text does not support (``unsupported``) read as the quantity
    the words name for it (``mismatch.named``), where that is not taken; else None."""
    sym = mismatch.named
    if mismatch.kind != "unsupported" or sym is None or sym == request.find \
            or sym in {g.quantity for g in request.givens}:
        return None
    if mismatch.given is not None and mismatch.given < len(request.givens):
        return request.with_given(mismatch.given, quantity=sym)
    if mismatch.target:
        return replace(request, find=sym)
    return None


def move_unnamed(request: Request, mismatch: Mismatch, options: Options) -> Request | None:
    """A given whose quantity the text did not name, read instead as one of its dimension
    that makes the target derivable (``mismatch.instead``), not tried before; or None."""
    for i in range(len(request.givens)):
        named = options.named[i] if i < len(options.named) else True
        if not named and i < len(mismatch.instead) and mismatch.instead[i]:
            r = _move_given(request, i, options, prefer=set(mismatch.instead[i]))
            if r is not None:
                return r
    return None


def _move_given(request: Request, i: int, options: Options, prefer=None) -> Request | None:
    """Given ``i`` read as its next option (among ``prefer`` from its pool, if given)."""
    taken = {g.quantity for g in request.givens}
    current = request.givens[i].quantity
    if prefer is not None:
        pool = options.pool[i] if i < len(options.pool) else options.givens[i]
        opts = [s for s in pool if s in prefer]
    else:
        opts = list(options.givens[i])
    for s in opts:
        if s != current and s not in taken and s != request.find:
            r = request.with_given(i, quantity=s)
            if r.key() not in options.tried:
                return r
    return None
