"""What a reader reads out of a question: a typed ``Request``, and what the oracle objects to.

A :class:`Request` holds each given (the quantity, the object where known, the value with
its unit, the span of text it came from), the quantity asked for, the unit wanted and
whether the question is set on the Earth. A
:class:`Mismatch` is what the oracle's check found wrong with a request; a :class:`Reader`
proposes a request and revises it against a mismatch.

>>> g = Given("m", "2 kg", (2, 6), obj="ball")
>>> r = Request((g,), "E_k", "J", (29, 43))
>>> r.query_args()
({'m': '2 kg'}, 'E_k', 'J')
>>> Mismatch("unused given", "mass (m) is not used", given=0).given
0
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol, runtime_checkable

from oracle.deferred import Deferred

#: The kinds of mismatch the check reports (the reader revises against them).
MISMATCH_KINDS = (
    "unknown name",       # a quantity the knowledge base does not have
    "wrong dimension",    # a value whose unit has the wrong dimension for its quantity, or a unit asked for that cannot be
    "contradictory",      # givens that the laws say cannot all hold
    "unused given",       # an answer that did not use every given
    "ambiguous",          # more than one reading fits equally well
    "not derivable",      # the target cannot be derived from the givens
    "not verified",       # an answer whose proof did not go through
    "no unit",            # a bare number for a quantity that has a unit
    "unsupported",        # a part of the reading the words of the question do not account for
)


class ReadingError(ValueError):
    """Text that cannot be read as one question (says what and where): the loop abstains."""


@dataclass(frozen=True)
class Given:
    """One given: quantity symbol, value with unit (``"2 kg"``, as pint reads it), the text span
    ``(start, end)`` the value came from, the object it belongs to where known."""

    quantity: str
    value: str
    span: tuple[int, int]
    obj: str | None = None
    name_span: tuple[int, int] | None = None   # the words that named the quantity, if any


@dataclass(frozen=True)
class Request:
    """A question as ``oracle.query`` takes it, with where each part came from."""

    givens: tuple[Given, ...]
    find: str
    unit: str | None = None
    find_span: tuple[int, int] | None = None
    notes: tuple[str, ...] = field(default=(), compare=False)
    on_earth: bool = False   # the question is set on the Earth: the standard g is its own
    find_of: str | None = None   # the object asked about, where only its name says what it is ("electron")

    def query_args(self) -> tuple[dict[str, str], str, str | None]:
        """``(given, find, unit)`` for ``oracle.query`` (a question set on the Earth says
        so after the target, as the engine reads it: ``"v on Earth"``; in parentheses it
        would also be a hint that the object is a planet)."""
        find = f"{self.find} of the {self.find_of}" if self.find_of else self.find
        find = f"{find} on Earth" if self.on_earth else find
        return {g.quantity: g.value for g in self.givens}, find, self.unit

    def with_given(self, index: int, **changes) -> "Request":
        """The same request with given ``index`` changed."""
        givens = list(self.givens)
        givens[index] = replace(givens[index], **changes)
        return replace(self, givens=tuple(givens))

    def key(self) -> tuple:
        """What identifies the reading (for "tried before" checks and exact-match scoring)."""
        return (tuple(sorted((g.quantity, g.value) for g in self.givens)), self.find, self.unit, self.find_of)


@dataclass(frozen=True)
class Mismatch:
    """What the oracle's check found: ``kind`` (one of ``MISMATCH_KINDS``), a sentence, and
    where: the index of the given concerned, or ``target=True``; ``missing`` lists sets of
    quantities that would make a target derivable if added (worked out when first read: the
    loop revises without them), ``instead[i]`` the quantities that would if given ``i`` were
    read as one of them; ``named`` the quantity the words name for that part (a reading the
    text does not support: what it does say)."""

    kind: str
    message: str = Deferred("")   # may be given as a function: an oracle's suggestions, worked out when read
    given: int | None = None
    target: bool = False
    missing: tuple[tuple[str, ...], ...] = Deferred(())
    instead: tuple[tuple[str, ...], ...] = ()
    named: str | None = None   # the quantity the text names for the part concerned, where it names one

    def __post_init__(self) -> None:
        if self.kind not in MISMATCH_KINDS:
            raise ValueError(f"Mismatch kind must be one of {MISMATCH_KINDS}, got {self.kind!r}")


class CannotRevise(Exception):
    """A reader has no other reading to offer for this mismatch."""


@runtime_checkable
class Reader(Protocol):
    """Anything that reads questions: ``propose(text) -> Request`` and
    ``revise(text, request, mismatch) -> Request`` (raising :class:`CannotRevise` when it has
    nothing else to offer, :class:`ReadingError` when the text cannot be read at all)."""

    name: str

    def propose(self, text: str) -> Request: ...

    def revise(self, text: str, request: Request, mismatch: Mismatch) -> Request: ...
