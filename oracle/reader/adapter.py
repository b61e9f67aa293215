"""The one place where readers meet the question engine: a request checked by ``oracle.query``.

Everything else in ``oracle.reader`` is independent of the engine's internals: this module
turns a :class:`~oracle.reader.request.Request` into a query, and the engine's ``Answer``
(or its ``QueryError``) into an :class:`Outcome` with a :class:`~oracle.reader.request.Mismatch`.
When the engine's answers change (objects, ``status`` in verified / hedged / ambiguous /
not derivable), only this module changes.

Today an answer is *verified* when it was found, its proof is ``proved`` and it chains at
most ``MAX_LAWS`` laws (the engine still joins unrelated set-ups through generic
quantities into long chains whose proofs go through: a spring's energy from a pendulum's
period and a photon's momentum); a given is *unused* when no step of the derivation takes
it. When a target is not derivable, the mismatch says, for each given, which quantities in
its place would make it derivable (``instead``).

>>> from oracle.reader.request import Given, Request
>>> out = check(Request((Given("m", "2 kg", (0, 4)), Given("v", "3 m/s", (5, 10))), "E_k", "J"))
>>> out.verified, round(out.value, 6), out.mismatch
(True, 9.0, None)
>>> check(Request((Given("m", "2 m", (0, 3)),), "E_k")).mismatch.kind
'wrong dimension'
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .request import Mismatch, Request

#: the most laws a verified derivation chains (longer ones join unrelated set-ups)
MAX_LAWS = 5


@dataclass(frozen=True)
class Outcome:
    """What the check found: the answer (when the engine gave one), whether it is verified,
    the mismatch to revise against (None when there is nothing to revise), and which givens
    the derivation used (indices into ``request.givens``)."""

    request: Request
    answer: object = None
    verified: bool = False
    mismatch: Mismatch | None = None
    used: tuple[int, ...] = ()

    @property
    def value(self) -> float | None:
        """The answer's magnitude in the unit asked for (SI unit of the quantity if none)."""
        if self.answer is None or not getattr(self.answer, "found", False):
            return None
        shown = self.answer.value_in_unit if self.answer.value_in_unit is not None else self.answer.value
        return float(shown.magnitude)

    @property
    def standard_conditions(self) -> tuple[str, ...]:
        """The standard-condition constants the answer assumed (``g_n``, ``p_atm``)."""
        if self.answer is None or not getattr(self.answer, "found", False):
            return ()
        return tuple(getattr(self.answer, "standard_conditions", ()))

    @property
    def unit(self) -> str | None:
        if self.answer is None or not getattr(self.answer, "found", False):
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
            return Outcome(request, mismatch=Mismatch("unknown name", str(err), given=i))
        except DimensionMismatchError as err:
            return Outcome(request, mismatch=Mismatch("wrong dimension", str(err), given=i))
        except QueryError as err:
            return Outcome(request, mismatch=Mismatch("no unit", str(err), given=i))
    given, find, unit = request.query_args()
    try:
        answer = o.query(given, find, unit=unit, engine=engine)
    except UnknownQuantityError as err:
        return Outcome(request, mismatch=Mismatch("unknown name", str(err), target=True))
    except DimensionMismatchError as err:
        return Outcome(request, mismatch=Mismatch("wrong dimension", str(err), target=True))
    except ContradictoryGivensError as err:
        return Outcome(request, mismatch=Mismatch("contradictory", str(err)))
    except QueryError as err:
        return Outcome(request, mismatch=Mismatch("not derivable", str(err), target=True))
    except (ArithmeticError, ValueError, KeyError) as err:  # the engine failed on this reading
        return Outcome(request, mismatch=Mismatch("not verified", f"the engine could not answer: "
                                                  f"{type(err).__name__}: {err}", target=True))
    if not answer.found:
        return Outcome(request, answer, mismatch=Mismatch("not derivable", str(answer), target=True,
                                                          missing=tuple(answer.missing),
                                                          instead=_instead(o, request) if instead else ()))
    value = answer.value.magnitude
    if answer.proof is None or answer.proof.status != "proved" or not math.isfinite(float(value)):
        status = answer.proof.status if answer.proof is not None else "missing"
        return Outcome(request, answer, mismatch=Mismatch(
            "not verified", f"the derivation of {answer.target.name} was found but its proof is {status}",
            target=True, instead=_instead(o, request) if instead else ()))
    laws = len(set(answer.derivation.laws))
    if laws > MAX_LAWS:
        return Outcome(request, answer, mismatch=Mismatch(
            "not verified", f"the derivation of {answer.target.name} chains {laws} laws (more than {MAX_LAWS}: "
                            "unrelated set-ups joined); not trusted", target=True, instead=_instead(o, request) if instead else ()))
    used_symbols = _used(answer)
    used = tuple(i for i, g in enumerate(request.givens) if o.resolve(g.quantity) in used_symbols)
    unused = [i for i in range(len(request.givens)) if i not in used]
    mismatch = None
    if unused:
        g = request.givens[unused[0]]
        mismatch = Mismatch("unused given", f"the answer does not use {g.value} given as "
                                            f"{o.kg.quantity(o.resolve(g.quantity)).name} ({g.quantity})",
                            given=unused[0])
    return Outcome(request, answer, True, mismatch, used)


def _instead(o, request: Request, limit: int = 60) -> tuple[tuple[str, ...], ...]:
    """For each given, the quantities of its dimension that in its place would make the
    target derivable (the oracle's smallest missing sets of one quantity)."""
    from psg.units import parse_unit

    values = {}
    for g in request.givens:
        sym = o.resolve(g.quantity)
        values[sym] = o.si_value(sym, g.value)
    target = o.resolve(request.find)
    out = []
    for g in request.givens:
        sym = o.resolve(g.quantity)
        dim = parse_unit(o.kg.quantity(sym).unit).dimension
        rest = {k: v for k, v in values.items() if k != sym}
        sets = o.missing_sets(rest, target, max_size=1, limit=limit)
        out.append(tuple(s[0] for s in sets if s[0] != sym and parse_unit(o.kg.quantity(s[0]).unit).dimension == dim))
    return tuple(out)


def _bare(value: str) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


def _used(answer) -> set[str]:
    """The givens a derivation takes (inputs of its steps that no step derives)."""
    steps = answer.derivation.steps
    if not steps:
        return {answer.target.symbol}
    outputs = {s.output for s in steps}
    return {x for s in steps for x in s.inputs if x not in outputs}


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
