"""Proof results as plain JSON and back, losslessly, for the persistent proof cache.

Only the prover's own value types are read back (a fixed table of classes, built from
their fields; nothing in an entry names code to run, and nothing is unpickled), so a cache
folder shared between runs or machines is data, never code. A value that is not one of
them is a :class:`ValueError`: the cache treats the entry as damaged and proves again.

>>> from proofs import prove_source
>>> r = prove_source("def f(x: U['m'], v: U['m/s']):\\n    return x + v\\n").results[0]
>>> decode(json.loads(json.dumps(encode(r)))) == r
True

A result read back from the cache keeps its obligations and notes as their JSON text
(:class:`Lazy`) until something reads them: a report over many cached files decodes only
what it shows.

>>> f = prove_source("def f(x: U['m'], v: U['m/s']):\\n    return x + v\\n").result("f")
>>> lazy = Lazy(json.dumps(encode(f.obligations)), len(f.obligations), "obligations", "an entry", True)
>>> len(lazy), lazy._items is None, lazy == f.obligations, lazy._items is not None
(1, True, True, True)
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from fractions import Fraction
from functools import lru_cache, partial

from psg.errors import SourceError, SourceWarning, UnsupportedConstruct
from psg.graph import Span
from psg.units import Dimension

from .obligations import Obligation
from .scales import Scale
from .solve import Finding, FunctionResult
from .terms import DimTerm

_CLASSES = {c.__name__: c for c in (Span, Dimension, DimTerm, Obligation, Scale, Finding, FunctionResult)}
_ERRORS = {c.__name__: c for c in (SourceError, SourceWarning, UnsupportedConstruct)}
_PLAIN = {str, int, float, bool, type(None)}  # read as they are (most leaves): no call each
_FIELDS = {name: [f.name for f in dataclasses.fields(c) if f.init] for name, c in _CLASSES.items()}


def encode(value):
    """A JSON-able form of ``value`` (results, obligations, problems, plain data)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Fraction):
        return {"$": "Fraction", "v": [value.numerator, value.denominator]}
    if type(value) is Dimension:  # compact: a dimension is 7 exponents, most of them 0
        return {"$": "Dim", "v": ",".join(str(e) for e in value.exps)}
    if type(value) is Span:
        return {"$": "Span", "v": [value.file, value.line, value.col, value.end_line, value.end_col]}
    if isinstance(value, tuple):  # the common case (results are tuples all the way down): plain
        return [encode(x) for x in value]
    if isinstance(value, list):
        return {"$": "list", "v": [encode(x) for x in value]}
    if isinstance(value, dict):
        return {"$": "dict", "v": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, SourceError) and type(value).__name__ in _ERRORS:
        return {"$": type(value).__name__, "v": [value.message, value.file, value.line, value.col]}
    name = type(value).__name__
    if _CLASSES.get(name) is type(value):  # fields by position: no field names in the text
        return {"$": name, "v": [encode(getattr(value, f)) for f in _FIELDS[name]]}
    raise ValueError(f"cannot store a {name} in the proof cache")


def decode(doc):
    """The value :func:`encode` made ``doc`` from; ValueError on anything else."""
    if doc is None or isinstance(doc, (bool, int, float, str)):
        return doc
    if isinstance(doc, list):
        return tuple([x if type(x) in _PLAIN else decode(x) for x in doc])
    if not isinstance(doc, dict) or "$" not in doc or "v" not in doc:
        raise ValueError("not an encoded value")
    tag, v = doc["$"], doc["v"]
    if tag == "Fraction":
        return Fraction(int(v[0]), int(v[1]))
    if tag == "Dim":
        return _dimension(v)
    if tag == "Span" and isinstance(v, list):
        file, line, col, end_line, end_col = v
        return Span(str(file), int(line), int(col), int(end_line), int(end_col))
    if tag == "list":
        return [decode(x) for x in v]
    if tag == "dict":
        return {decode(k): decode(x) for k, x in v}
    if tag in _ERRORS:
        message, file, line, col = v
        return _ERRORS[tag](str(message), str(file), int(line), int(col))
    cls = _CLASSES.get(tag)
    if cls is None or not isinstance(v, list) or len(v) != len(_FIELDS[tag]):
        raise ValueError(f"unknown type {tag!r}, or the wrong fields, in a proof cache entry")
    return cls(*[x if type(x) in _PLAIN else decode(x) for x in v])


@lru_cache(maxsize=4096)
def _dimension(text: str) -> Dimension:
    """A dimension from its exponents' text (few distinct ones: read each once)."""
    if not isinstance(text, str) or len(text) > 200:
        raise ValueError("not a dimension")
    return Dimension(tuple(Fraction(e) for e in text.split(",")))


def _note(x) -> bool:
    return isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], Span) and isinstance(x[1], str)


def _pair(x) -> bool:
    return isinstance(x, tuple) and len(x) == 2 and all(isinstance(v, str) for v in x)


#: The fields of a cached :class:`FunctionResult` kept as text until used, with the test
#: every item read back must pass: most of a result's bulk, and no summary needs them.
LAZY_FIELDS = {"obligations": lambda x: isinstance(x, Obligation), "notes": _note, "inferred": _pair,
               "times": lambda x: type(x) in (int, float)}


def lazy_flag(field: str, items) -> bool | None:
    """What a summary asks of a lazy field, kept beside its text: of obligations, whether
    one meets a unit (:func:`proofs.solve.meets_units`); of inferred dimensions, whether
    one is not ``any`` (:attr:`FunctionResult.checked`)."""
    from .solve import meets_units

    if field == "obligations":
        return meets_units(items)
    if field == "inferred":
        return any(not dim.startswith("any") for _, dim in items)
    return None


class _Deferred(Sequence):
    """A tuple whose items are worked out when first read (``_tuple()``, kept by the
    subclass; ``_len`` known before): equal to, hashed and pickled as that tuple."""

    __slots__ = ()

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, k):
        return self._tuple()[k]

    def __iter__(self):
        return iter(self._tuple())

    def __eq__(self, other) -> bool:
        if isinstance(other, _Deferred):
            other = other._tuple()
        return isinstance(other, tuple) and self._tuple() == other

    def __hash__(self) -> int:
        return hash(self._tuple())

    def __reduce__(self):
        return tuple, (self._tuple(),)


class Lazy(_Deferred):
    """A tuple kept as the JSON text :func:`encode` made of it, decoded on first use (its
    length, and its :func:`lazy_flag`, what a summary needs, are known without
    that); equal to, hashed and pickled as the tuple. ``field`` is one of
    :data:`LAZY_FIELDS`; ``text`` is the text or a function that fetches it; a text that is
    not such items is a ValueError naming ``source`` (the cache entry) when it is read."""

    __slots__ = ("_text", "_len", "_items", "field", "flag", "source")

    def __init__(self, text, length: int, field: str, source: str, flag: bool | None = None) -> None:
        self._text, self._len, self._items = text, length, None
        self.field, self.flag, self.source = field, flag, source

    def _tuple(self) -> tuple:
        if self._items is None:
            valid = LAZY_FIELDS[self.field]
            try:
                text = self._text if isinstance(self._text, str) else self._text()
                items = decode(json.loads(text))
            except (ValueError, TypeError, KeyError, IndexError, RecursionError) as err:
                raise ValueError(f"proof cache entry {self.source} is damaged ({err}): delete it, or prove "
                                 "with --no-cache") from None
            if not (isinstance(items, tuple) and len(items) == self._len and all(valid(x) for x in items)):
                raise ValueError(f"proof cache entry {self.source} is damaged (not {self._len} {self.field}): "
                                 "delete it, or prove with --no-cache")
            self._items, self._text = items, ""
        return self._items

    def __repr__(self) -> str:
        return f"<{self._len} {self.field}{'' if self._items is not None else ', not read yet'}>"


#: The fields of a :class:`FunctionResult` a compact head (:func:`encode_head`) holds after
#: its span and before its lazy fields' flags and lengths, in this order.
_HEAD_FIELDS = ("status", "findings", "fast", "solved", "seconds", "law", "skipped", "annotated")
_STATUS = {"proved": "p", "refuted": "r", "unknown": "u"}
_STATUS_OF = {v: k for k, v in _STATUS.items()}


def encode_head(r: FunctionResult) -> list:
    """``r`` without its :data:`LAZY_FIELDS`, as one flat list read back fast (a warm run
    reads tens of thousands): name, span without its file (the file is the entry's), the
    fields of :data:`_HEAD_FIELDS` (the status as one letter per obligation), then each lazy
    field's :func:`lazy_flag` and length."""
    s = r.span
    return [r.name, s.line, s.col, s.end_line, s.end_col, "".join(_STATUS[x] for x in r.status),
            *(encode(getattr(r, f)) for f in _HEAD_FIELDS[1:]),
            *(lazy_flag(f, getattr(r, f)) for f in LAZY_FIELDS), *(len(getattr(r, f)) for f in LAZY_FIELDS)]


def decode_heads(heads: list, file: str, source: str, lazy_text) -> list[FunctionResult]:
    """The results :func:`encode_head` made ``heads`` from, marked cached, for ``file``;
    result ``k``'s lazy field ``f`` reads its text through ``lazy_text(k, f)`` when first
    used (``source``: the entry that holds it). ValueError on anything else. (Written out
    field by field: a warm run at 10^6 lines reads 45,000 of them.)"""
    n = 5 + len(_HEAD_FIELDS) + 2 * len(LAZY_FIELDS)
    out = []
    for k, h in enumerate(heads):
        if not (type(h) is list and len(h) == n):
            raise ValueError("not the head of a result")
        (name, line, col, end_line, end_col, status, findings, fast, solved, seconds, law, skipped, annotated,
         f_obligations, f_notes, f_inferred, f_times, n_obligations, n_notes, n_inferred, n_times) = h
        if not (type(name) is str and type(line) is type(col) is type(end_line) is type(end_col) is type(fast)
                is type(solved) is type(skipped) is type(n_obligations) is type(n_notes) is type(n_inferred)
                is type(n_times) is int and type(annotated) is bool and type(seconds) in (int, float)
                and _FLAGS.issuperset(map(type, (f_obligations, f_notes, f_inferred, f_times)))):
            raise ValueError("not the head of a result")
        if findings:
            findings = decode(findings)
            if not (isinstance(findings, tuple) and all(isinstance(f, Finding) for f in findings)):
                raise ValueError("not the findings of a result")
        out.append(FunctionResult(
            name, Span(file, line, col, end_line, end_col),
            Lazy(partial(lazy_text, k, "obligations"), n_obligations, "obligations", source, f_obligations)
            if n_obligations else (),
            _status(status), findings or (),
            Lazy(partial(lazy_text, k, "inferred"), n_inferred, "inferred", source, f_inferred) if n_inferred else (),
            Lazy(partial(lazy_text, k, "notes"), n_notes, "notes", source, f_notes) if n_notes else (),
            fast, solved, float(seconds), decode(law) if law is not None else None,
            Lazy(partial(lazy_text, k, "times"), n_times, "times", source, f_times) if n_times else (),
            skipped, annotated, True))
    return out


_FLAGS = frozenset({type(None), bool})  # a lazy field's flag: None, True or False


@lru_cache(maxsize=4096)
def _status(letters) -> tuple[str, ...]:
    """The statuses :func:`encode_head` wrote as letters (few distinct ones: read each once)."""
    if type(letters) is not str:
        raise ValueError("not the statuses of a result")
    try:
        return tuple([_STATUS_OF[c] for c in letters])
    except KeyError:
        raise ValueError("not the statuses of a result") from None


class LazyResults(_Deferred):
    """A run's results, file by file, where a file's may be held undecoded: ``parts`` is a
    list of sequences of results or ``(length, fetch)`` pairs, ``fetch()`` giving that
    file's results when first used. A warm run takes most files from the cache and touches
    none of their results, so it builds none (tens of thousands at 10^6 lines); a renderer
    that reads them decodes them all, once. Equal to, hashed and pickled as the tuple.

    >>> rs = LazyResults([["a", "b"], (2, lambda: ["c", "d"])])
    >>> len(rs), rs._items is None, rs[1:3], rs == ("a", "b", "c", "d"), hash(rs) == hash(tuple("abcd"))
    (4, True, ('b', 'c'), True, True)
    >>> list(LazyResults([(2, lambda: ["x"])]))
    Traceback (most recent call last):
    ...
    ValueError: 2 results were recorded, 1 read back
    """

    __slots__ = ("_parts", "_len", "_items")

    def __init__(self, parts: list) -> None:
        self._parts = parts
        self._len = sum(p[0] if type(p) is tuple else len(p) for p in parts)
        self._items: tuple | None = None

    def _tuple(self) -> tuple:
        if self._items is None:
            out = []
            for p in self._parts:
                got = p[1]() if type(p) is tuple else p
                if type(p) is tuple and len(got) != p[0]:
                    raise ValueError(f"{p[0]} results were recorded, {len(got)} read back")
                out.extend(got)
            self._items, self._parts = tuple(out), []
        return self._items

    def __repr__(self) -> str:
        return f"<{self._len} results{'' if self._items is not None else ', not all read yet'}>"
