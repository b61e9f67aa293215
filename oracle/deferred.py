"""A dataclass field worked out on first read: nobody pays for what nobody reads.

Some parts of a result cost a search of their own and are read by few callers (the
further quantities that would make a target derivable, ``Answer.missing``, are read by a
person looking at a not-derivable answer, not by the reader's loop trying readings). Such a
field is declared ``missing: tuple = Deferred(())``; it may be given a value, or a function
of no arguments, called once on the first read (from then on the field holds its result):

>>> from dataclasses import dataclass
>>> @dataclass(frozen=True)
... class Result:
...     missing: tuple = Deferred(())
>>> calls = []
>>> r = Result(lambda: calls.append(1) or (("v",),))
>>> len(calls)
0
>>> r.missing, r.missing, len(calls)
((('v',),), (('v',),), 1)
>>> Result().missing, Result((("h",),)).missing
((), (('h',),))
"""
from __future__ import annotations


class Deferred:
    """A data descriptor for a dataclass field (frozen or not): a callable assigned to it is
    called on the first read, and its result kept in the instance's ``__dict__``."""

    def __init__(self, default=()) -> None:
        self.default = default

    def __set_name__(self, owner, name: str) -> None:
        self.slot = f"_{name}_deferred"

    def __get__(self, obj, owner=None):
        if obj is None:   # the dataclass asks the class for the field's default
            return self.default
        value = obj.__dict__.get(self.slot, self.default)
        if callable(value):
            value = value()
            obj.__dict__[self.slot] = value
        return value

    def __set__(self, obj, value) -> None:
        obj.__dict__[self.slot] = value


class LazyText:
    """A message worked out when first shown: an error whose text costs a search (the names
    that come close to one the oracle cannot read) is often caught and never shown, by a
    caller trying readings. ``str()`` gives the text, worked out once; so does a call (a
    :class:`Deferred` field given one works it out when read). It pickles as the text.

    >>> calls = []
    >>> t = LazyText(lambda: calls.append(1) or "no quantity is called 'x'")
    >>> len(calls), str(t), str(t), t(), len(calls)
    (0, "no quantity is called 'x'", "no quantity is called 'x'", "no quantity is called 'x'", 1)
    """

    __slots__ = ("_make", "_text")

    def __init__(self, make) -> None:
        self._make, self._text = make, None

    def __str__(self) -> str:
        if self._text is None:
            self._text, self._make = str(self._make()), None
        return self._text

    __call__ = __str__

    def __repr__(self) -> str:
        return repr(str(self))

    def __eq__(self, other) -> bool:
        return str(self) == (str(other) if isinstance(other, LazyText) else other)

    def __hash__(self) -> int:
        return hash(str(self))

    def __reduce__(self):
        return str, (str(self),)
