"""The one place where readers meet the question engine: a request checked by ``oracle.query``.

Everything else in ``oracle.reader`` is independent of the engine's internals: this module
turns a :class:`~oracle.reader.request.Request` into a query, and the engine's ``Answer``
(or its ``QueryError``) into an :class:`Outcome` with a :class:`~oracle.reader.request.Mismatch`.

The engine says how far to trust its answer (``Answer.status``), and the adapter takes its
word: a reading is *verified* only when the status is ``verified`` (every step proved,
every condition holds, every given used or implied by the others, no standard conditions
the question did not state; chains too long to trust are already ``not derivable``). A
``hedged`` answer's reasons become the mismatch (``unused given`` for a value the
derivation does not use, else ``not verified``), an ``ambiguous`` one is an ``ambiguous``
mismatch, and ``not derivable`` says, for each given, which quantities in its place would
make the target derivable (``instead``). A request read as set on the Earth
(``Request.on_earth``) states so to the engine, which then takes the standard ``g`` as the
question's own.

>>> from oracle.reader.request import Given, Request
>>> out = check(Request((Given("m", "2 kg", (0, 4)), Given("v", "3 m/s", (5, 10))), "E_k", "J"))
>>> out.status, out.verified, round(out.value, 6), out.mismatch
('verified', True, 9.0, None)
>>> check(Request((Given("m", "2 m", (0, 3)),), "E_k")).mismatch.kind
'wrong dimension'
>>> out = check(Request((Given("h", "20 m", (0, 4)),), "v"))
>>> out.status, out.verified, out.mismatch.kind
('hedged', False, 'not verified')
>>> check(Request((Given("h", "20 m", (0, 4)),), "v", on_earth=True)).status
'verified'
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from oracle.deferred import LazyText

from .request import Mismatch, Request

#: the symbol at the end of a quantity's name as the engine writes it ("height of the place (h)")
_SYMBOL = re.compile(r"\(([^()\s]+)\)\s*$")
#: the kind after each object the engine names ("the string (string), the place (place)")
_KIND = re.compile(r"\(([^()]+)\)(?=,|$)")


@dataclass(frozen=True)
class Outcome:
    """What the check found: the answer (when the engine gave one), its ``status``
    (``verified``, ``hedged``, ``ambiguous`` or ``not derivable``; None when the request
    never reached a reading), whether it is verified, the mismatch to revise against
    (None when there is nothing to revise), and which givens the derivation used (indices
    into ``request.givens``)."""

    request: Request
    answer: object = None
    verified: bool = False
    mismatch: Mismatch | None = None
    used: tuple[int, ...] = ()
    status: str | None = None

    def __repr__(self) -> str:
        why = f", {self.mismatch.kind}" if self.mismatch is not None else ""
        return f"<Outcome {self.status}{' verified' if self.verified else ''}{why}>"

    @property
    def found(self) -> bool:
        """A value came back (``verified`` or ``hedged``)."""
        return self.answer is not None and bool(getattr(self.answer, "found", False))

    @property
    def reasons(self) -> tuple[str, ...]:
        """The engine's reasons to doubt the answer (hedged, not derivable)."""
        return tuple(getattr(self.answer, "reasons", ())) if self.answer is not None else ()

    @property
    def unused_only(self) -> bool:
        """A hedged answer whose only doubt is a given the derivation does not use (the
        reading is right, the text holds an aside)."""
        return self.status == "hedged" and bool(self.reasons) and all(r.startswith("not used:") for r in self.reasons)

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds of the objects the answer took the question to be about ("the light
        (light), the place (place)": light, place)."""
        if self.answer is None:
            return ()
        return tuple(_KIND.findall(getattr(self.answer, "objects", "") or ""))

    @property
    def value(self) -> float | None:
        """The answer's magnitude in the unit asked for (SI unit of the quantity if none)."""
        if not self.found:
            return None
        shown = self.answer.value_in_unit if self.answer.value_in_unit is not None else self.answer.value
        return float(shown.magnitude)

    @property
    def standard_conditions(self) -> tuple[str, ...]:
        """The standard-condition constants the answer assumed (``g_n``, ``p_atm``)."""
        if not self.found:
            return ()
        return tuple(getattr(self.answer, "standard_conditions", ()))

    @property
    def unit(self) -> str | None:
        if not self.found:
            return None
        shown = self.answer.value_in_unit if self.answer.value_in_unit is not None else self.answer.value
        return f"{shown.units:~P}"


def _oracle(oracle):
    if oracle is not None:
        return oracle
    from oracle.engine import default_oracle

    return default_oracle(learn=False)


def check(request: Request, oracle=None, engine: str = "spiking", instead: bool = True) -> Outcome:
    """Ask the engine; never raises for a bad reading (the mismatch says what is wrong).
    ``instead=False`` skips working out the ``instead`` readings of a mismatch.

    Learning is off: trial readings must not count as law usage."""
    from oracle.engine import ContradictoryGivensError, DimensionMismatchError, QueryError
    from oracle.names import UnknownQuantityError

    o = _oracle(oracle)
    for i, g in enumerate(request.givens):  # each given on its own, so a mismatch names it
        try:
            q = o.kg.quantity(o.resolve(g.quantity))
            if _bare(g.value) and q.unit not in ("1", "rad"):
                return Outcome(request, mismatch=Mismatch(
                    "no unit", f"{g.value!r} has no unit, but {q.name} ({q.symbol}) is measured in {q.unit}", given=i))
            o.si_value(q.symbol, g.value)
        except UnknownQuantityError as err:
            return Outcome(request, mismatch=Mismatch("unknown name", _message(err), given=i))
        except DimensionMismatchError as err:
            return Outcome(request, mismatch=Mismatch("wrong dimension", str(err), given=i))
        except QueryError as err:
            return Outcome(request, mismatch=Mismatch("no unit", str(err), given=i))
    given, find, unit = request.query_args()
    try:
        answer = o.query(given, find, unit=unit, engine=engine)
    except UnknownQuantityError as err:
        return Outcome(request, mismatch=Mismatch("unknown name", _message(err), target=True))
    except DimensionMismatchError as err:
        return Outcome(request, mismatch=Mismatch("wrong dimension", str(err), target=True))
    except ContradictoryGivensError as err:
        return Outcome(request, mismatch=Mismatch("contradictory", str(err)))
    except QueryError as err:
        return Outcome(request, mismatch=Mismatch("not derivable", str(err), target=True))
    except (ArithmeticError, ValueError, KeyError) as err:  # the engine failed on this reading
        return Outcome(request, mismatch=Mismatch("not verified", f"the engine could not answer: "
                                                  f"{type(err).__name__}: {err}", target=True))
    status = answer.status
    why = "; ".join(answer.reasons)
    if status == "not derivable":
        return Outcome(request, answer, mismatch=Mismatch(
            "not derivable", f"{answer.target.name} ({answer.target.symbol}) cannot be derived from the givens"
                             + (f" ({why})" if why else ""), target=True,
            missing=lambda: tuple(tuple(_symbol(n) for n in s) for s in answer.missing),   # a search: when read
            instead=_instead(o, request) if instead else ()), status=status)
    if status == "ambiguous":
        return Outcome(request, answer, mismatch=Mismatch(
            "ambiguous", f"{answer.target.name} ({answer.target.symbol}) has several readings that give different "
                         "values: " + "; ".join(str(a) for a in answer.alternatives), target=True), status=status)
    unused_keys = set(answer.unused)
    used = tuple(i for i, g in enumerate(request.givens) if g.quantity not in unused_keys)
    if status == "verified" and math.isfinite(float(answer.value.magnitude)):
        return Outcome(request, answer, True, None, used, status)
    # hedged: the reasons say what to doubt; a given the derivation leaves unused comes first
    doubted = [r for r in answer.reasons if r.startswith(("not used:", "not read:"))]
    unread = [i for i, g in enumerate(request.givens) if any(repr(g.quantity) in r for r in doubted)]
    if unread:
        g = request.givens[unread[0]]
        mismatch = Mismatch("unused given", f"the answer does not use {g.value} given as "
                                            f"{o.kg.quantity(o.resolve(g.quantity)).name} ({g.quantity}) ({why})",
                            given=unread[0])
    else:
        mismatch = Mismatch("not verified", f"the answer for {answer.target.name} ({answer.target.symbol}) is "
                                            f"{status}: {why or 'not verified'}", target=True,
                            instead=_instead(o, request) if instead else ())
    return Outcome(request, answer, False, mismatch, used, status)


def _instead(o, request: Request, limit: int = 60) -> tuple[tuple[str, ...], ...]:
    """For each given, the quantities of its dimension that in its place would make the
    target derivable by the knowledge base's laws taken one node per symbol (no objects):
    a cheap preference for the reader's next reading, which the check then decides. (The
    engine's own ``missing_sets`` names what the best reading's objects lack, not what a
    given could be read as instead.)"""
    from hypergraph.closure import closure

    kg = o.kg
    syms = [o.resolve(g.quantity) for g in request.givens]
    target = kg.index[o.resolve(request.find)]
    out = []
    for i, sym in enumerate(syms):
        rest = [kg.index[s] for j, s in enumerate(syms) if j != i]
        if closure(kg.incidence, rest).time[target] >= 0:
            out.append(())   # the others derive it already: this given's reading does not matter
            continue
        found = [q.symbol for q in _of_dimension(kg)[kg.quantity(sym).dimension]
                 if q.symbol not in syms and kg.index[q.symbol] != target
                 and closure(kg.incidence, rest + [kg.index[q.symbol]]).time[target] >= 0]
        out.append(tuple(found[:limit]))
    return tuple(out)


def _message(err: Exception):
    """The error's message, or the function that works it out when read (an unread name's
    suggestions cost a search that a reading the loop revises never shows)."""
    text = err.args[0] if err.args else None
    return text if isinstance(text, LazyText) else str(err)


@lru_cache(maxsize=8)
def _of_dimension(kg) -> dict:
    """The knowledge base's quantities by dimension, each list in the knowledge base's order
    (built once per knowledge base: a dimension compares seven fractions)."""
    out: dict = {}
    for q in kg.quantities:
        out.setdefault(q.dimension, []).append(q)
    return out


def _symbol(name: str) -> str:
    """The symbol of a quantity the engine names in words ("height of the place (h)" -> ``h``)."""
    m = _SYMBOL.search(name)
    return m.group(1) if m else name


def _bare(value: str) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


def explain(outcome: Outcome) -> str:
    """The answer as ``oracle.query`` prints it, or the mismatch."""
    if outcome.answer is not None:
        return str(outcome.answer)
    return outcome.mismatch.message if outcome.mismatch else ""


def answer_json(outcome: Outcome) -> dict | None:
    """The answer as ``oracle query --json`` gives it (None without one)."""
    if outcome.answer is None:
        return None
    from oracle.cli import answer_json as as_json

    return as_json(outcome.answer)
