"""``oracle.ask``: read a question in English, check the reading with the oracle, revise, answer.

The loop proposes a reading, checks that the text accounts for every part of it
(:mod:`oracle.reader.account`; a reading that fails is revised without asking the oracle),
checks it (``oracle.query`` through the adapter), and on a mismatch asks the reader to
revise, for at most ``rounds`` readings checked. It answers only with an answer whose status
is ``verified`` and whose objects the text speaks of; of several verified readings, the one
that uses the most givens wins, and another reading the reader offers, verified with a
different value, makes the question ambiguous (neither value is given). When no reading is verified, the best ``hedged`` or ``ambiguous`` one is
reported as such (``status``, with the engine's reasons or readings; never as an answer),
and otherwise the loop abstains and says which part it could not read.

What the question states about where it is set is the reader's to say: a question set on
the Earth (it speaks of falling, heights, the ground, weight, water depth ..., and of no
other body of the sky) is checked as stated on the Earth, so the standard ``g`` is its own;
elsewhere an answer that leans on standard conditions is hedged by the engine.

>>> r = ask("A 2 kg ball moves at 3 m/s. What is its kinetic energy?", reader="rule")
>>> r.answered, r.status, round(r.value, 6), r.unit
(True, 'verified', 9.0, 'J')
>>> ask("What is the kinetic energy?", reader="rule").reason
'the question gives no values (no numbers with units)'
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from functools import partial

from oracle.deferred import Deferred

from . import account, adapter
from .request import CannotRevise, Mismatch, ReadingError, Reader, Request

#: readings tried at most per question
ROUNDS = 4


@dataclass(frozen=True)
class Attempt:
    """One reading tried and what the check said."""

    request: Request
    mismatch: Mismatch | None
    verified: bool
    value: float | None = None
    unit: str | None = None
    status: str | None = None   # the engine's status for this reading (None: it never got one)

    def __repr__(self) -> str:
        value = f" = {self.value:.6g} {self.unit or ''}" if self.value is not None else ""
        why = f", {self.mismatch.kind}" if self.mismatch is not None else ""
        return f"<Attempt {self.status}{value}{why}>"


@dataclass(frozen=True)
class AskResult:
    """The reading, the revisions made, and the answer (``answered``: verified), the
    hedged or ambiguous reading reported instead (``status``), or why there is none."""

    text: str
    reader: str
    attempts: tuple[Attempt, ...]
    outcome: adapter.Outcome | None = None
    reason: str = Deferred("")   # worked out when first read (what would make it derivable is a search)
    timings: dict = field(default_factory=dict, compare=False)

    def __repr__(self) -> str:
        value = f" = {self.value:.6g} {self.unit or ''}" if self.answered else ""
        return f"<AskResult {self.status}{value} ({len(self.attempts)} readings, reader {self.reader})>"

    @property
    def answered(self) -> bool:
        return self.outcome is not None and self.outcome.verified

    @property
    def status(self) -> str:
        """``verified`` (answered), ``hedged`` or ``ambiguous`` (reported, not answered), or
        ``not answered`` (no reading got a value: not derivable, or not readable)."""
        if self.outcome is not None and self.outcome.status in ("verified", "hedged", "ambiguous"):
            return self.outcome.status
        return "not answered"

    @property
    def request(self) -> Request | None:
        if self.outcome is not None:
            return self.outcome.request
        return self.attempts[-1].request if self.attempts else None

    @property
    def answer(self):
        """The oracle's answer (an ``oracle.Answer``) when it is verified."""
        return self.outcome.answer if self.answered else None

    @property
    def reported(self):
        """The oracle's answer to the reading reported: verified, hedged or ambiguous."""
        return self.outcome.answer if self.outcome is not None else None

    @property
    def value(self) -> float | None:
        return self.outcome.value if self.answered else None

    @property
    def unit(self) -> str | None:
        return self.outcome.unit if self.answered else None

    def __str__(self) -> str:
        from .display import reading_text

        return reading_text(self)


def validate(request: Request, lexicon) -> Mismatch | None:
    """The constraints every reading must meet whatever made it: quantities of the knowledge
    base, units pint parses, each quantity given once, the target not given."""
    from psg.units import UnitError, parse_unit

    seen: dict[str, int] = {}
    for i, g in enumerate(request.givens):
        if g.quantity not in lexicon.entries:
            return Mismatch("unknown name", f"{g.quantity!r} is not a quantity of the knowledge base", given=i)
        if g.quantity in seen:
            return Mismatch("ambiguous", f"two values are read as {lexicon.name(g.quantity)} ({g.quantity}): "
                                         f"{request.givens[seen[g.quantity]].value} and {g.value}", given=i)
        seen[g.quantity] = i
    if request.find not in lexicon.entries:
        return Mismatch("unknown name", f"{request.find!r} is not a quantity of the knowledge base", target=True)
    if request.find in seen:
        return Mismatch("ambiguous", f"{lexicon.name(request.find)} is both given and asked for", target=True)
    if request.unit is not None:
        try:
            parse_unit(request.unit)
        except UnitError as err:
            return Mismatch("wrong dimension", str(err), target=True)
    return None


def reader_named(name: str) -> Reader:
    """``"rule"``, ``"ternary"`` or ``"llm"`` (a local OpenAI-compatible server, see
    :mod:`oracle.reader.llm`)."""
    if name == "rule":
        from .rules import RuleReader

        return _shared("rule", RuleReader)
    if name == "ternary":
        from .ternary import TernaryReader

        return _shared("ternary", TernaryReader.default)
    if name == "llm":
        from .llm import LLMReader

        return LLMReader.from_env()
    raise ValueError(f"no reader named {name!r}; expected 'rule', 'ternary' or 'llm'")


_READERS: dict[str, Reader] = {}


def _shared(key: str, make) -> Reader:
    if key not in _READERS:
        _READERS[key] = make()
    return _READERS[key]


def ask(text, reader: str | Reader = "ternary", *, rounds: int = ROUNDS, oracle=None,
        fallback: str | Reader | None = None) -> AskResult:
    """Read ``text`` with ``reader``, check with the oracle, revise; see the module docstring.
    ``fallback`` (e.g. ``"rule"``) reads again when ``reader`` found no verified reading of
    a readable question; the result says which reader answered."""
    result = _ask(text, reader, rounds, oracle)
    if fallback is None or result.answered or not result.attempts:
        return result
    other = _ask(text, fallback, rounds, oracle)
    return other if _RANK[other.status] > _RANK[result.status] else result


#: verified beats a reported hedged or ambiguous reading, which beats none
_RANK = {"verified": 2, "hedged": 1, "ambiguous": 1, "not answered": 0}


def _ask(text, reader, rounds, oracle) -> AskResult:
    from .lexicon import Lexicon

    rd = reader_named(reader) if isinstance(reader, str) else reader
    name = getattr(rd, "name", type(rd).__name__)
    lex = getattr(rd, "lex", None) or Lexicon.default()
    t0 = time.perf_counter()
    timings = {"read": 0.0, "check": 0.0}
    attempts: list[Attempt] = []
    best: adapter.Outcome | None = None
    try:
        t = time.perf_counter()
        request = rd.propose(text)
        timings["read"] += time.perf_counter() - t
    except ReadingError as err:
        timings["total"] = time.perf_counter() - t0
        return AskResult(text if isinstance(text, str) else repr(text)[:80], name, (), None, str(err), timings)
    reported: adapter.Outcome | None = None
    earth = set_on_earth(text)
    particle = account.named_particle(text, lex)
    last: Mismatch | None = None
    checked = 0
    for _ in range(3 * max(1, rounds)):   # readings the text does not support cost no check
        if checked >= max(1, rounds):
            break
        t = time.perf_counter()
        if request.on_earth != earth:
            request = replace(request, on_earth=earth)
        mismatch = validate(request, lex)
        gap = None if mismatch else account.gap(text, request, lex)
        if gap is not None:
            mismatch = gap.mismatch
        checked += mismatch is None
        outcome = adapter.Outcome(request, mismatch=mismatch) if mismatch else adapter.check(request, oracle)
        if outcome.verified:   # the objects the answer assumed must be what the text speaks of
            gap = account.kinds_gap(text, outcome.kinds, lex)
            if gap is not None:
                outcome = replace(outcome, verified=False, mismatch=gap.mismatch, status=None)
        timings["check"] += time.perf_counter() - t
        attempts.append(Attempt(request, outcome.mismatch, outcome.verified, outcome.value, outcome.unit,
                                outcome.status))
        if outcome.verified and (best is None or len(outcome.used) > len(best.used)):
            best = outcome
        elif outcome.status in ("hedged", "ambiguous") and (reported is None or len(outcome.used) > len(reported.used)):
            reported = outcome
        last = outcome.mismatch
        if outcome.verified and outcome.mismatch is None or gap is not None and gap.final:
            break
        if outcome.status == "not derivable" and request.find_of is None and particle is not None:
            request = replace(request, find_of=particle)   # the electron's constants, by its name
            continue
        try:
            t = time.perf_counter()
            request = rd.revise(text, request, outcome.mismatch)
        except (CannotRevise, ReadingError):
            break
        finally:
            timings["read"] += time.perf_counter() - t
    if best is not None:
        t = time.perf_counter()
        rival = _rival(text, rd, best, lex, oracle)
        timings["check"] += time.perf_counter() - t
        if rival is not None:
            attempts.append(Attempt(rival.request, None, True, rival.value, rival.unit, rival.status))
            message = (f"two readings are verified with different values: {best.value:.6g} {best.unit or ''} "
                       f"and {rival.value:.6g} {rival.unit or ''}")
            best = replace(best, verified=False, status="ambiguous", mismatch=Mismatch("ambiguous", message, target=True))
            timings["total"] = time.perf_counter() - t0
            return AskResult(text, name, tuple(attempts), best, f"no reading was verified alone; {message}", timings)
    timings["total"] = time.perf_counter() - t0
    if best is not None:
        return AskResult(text, name, tuple(attempts), best, "", timings)
    if reported is not None:
        why = "; ".join(reported.reasons) or reported.mismatch.message
        return AskResult(text, name, tuple(attempts), reported, f"no reading was verified; the best is "
                                                                f"{reported.status}: {why}", timings)
    reason = partial(_why, last, attempts[-1].request if attempts else None, lex)
    return AskResult(text, name, tuple(attempts), None, reason, timings)


def _rival(text, reader, best: adapter.Outcome, lex, oracle) -> adapter.Outcome | None:
    """Another reading the reader offers (``reader.alternatives(text)``, e.g. the ternary
    reader's rule reading), as well supported by the text, verified with a different value;
    None when there is none. Two such readings mean the words do not decide the question."""
    offer = getattr(reader, "alternatives", None)
    if offer is None:
        return None
    for other in offer(text):
        other = replace(other, on_earth=best.request.on_earth)
        if other.key() == best.request.key() or validate(other, lex) or account.gap(text, other, lex):
            continue
        out = adapter.check(other, oracle)
        if out.verified and not account.kinds_gap(text, out.kinds, lex) and not _same(out, best):
            return out
    return None


def _same(a: adapter.Outcome, b: adapter.Outcome) -> bool:
    """The two answers are one value (compared in SI, to 1e-9 relative)."""
    import math

    x, y = a.answer.value.to_base_units(), b.answer.value.to_base_units()
    return x.units == y.units and math.isclose(float(x.magnitude), float(y.magnitude), rel_tol=1e-9, abs_tol=1e-300)


#: words that set a question on the Earth, where standard conditions (g, a standard atmosphere) hold
EARTH_WORDS = frozenset("""fall falls falling fell fallen drop drops dropped dropping height high tall
    cliff tower building balcony roof bridge ground floor table earth earth's gravity weigh weighs
    weight thrown throw throws tossed kicked launched projectile lift lifts lifted lifting hang hangs
    hanging hung incline inclined ramp slope hill pendulum climb climbs climber ascends descends
    raise raised pump pumped lake sea ocean pool depth deep below underwater submerged float floats
    atmospheric atmosphere barometer altitude elevator stairs""".split())
#: bodies of the sky other than the Earth: a question that names one is not set on the Earth
#: by its words alone (the Moon's g is not the standard g)
OTHER_BODIES = frozenset("""moon moon's lunar mars mars' martian jupiter jupiter's venus mercury saturn
    uranus neptune pluto titan europa io asteroid comet exoplanet""".split())


def set_on_earth(text) -> bool:
    """Whether the question is set on the Earth (see the module docstring)."""
    words = {w.lower().strip(".,;:?!()'\"") for w in str(text).split()}
    return bool(words & EARTH_WORDS) and not words & OTHER_BODIES


def _why(mismatch: Mismatch | None, request: Request | None, lex) -> str:
    """Which part could not be read, in a sentence."""
    if mismatch is None:
        return "no reading was verified"
    if request is not None and mismatch.given is not None and mismatch.given < len(request.givens):
        g = request.givens[mismatch.given]
        return f"could not read {g.value!r} (as {lex.name(g.quantity)}): {mismatch.message}"
    if request is not None and mismatch.target:
        more = " or ".join("{" + ", ".join(lex.name(s) if s in lex.entries else s for s in extra) + "}"
                           for extra in mismatch.missing)
        more = f"; add one of: {more}" if more else ""
        return f"could not read what is asked (as {lex.name(request.find)}): {mismatch.message}{more}"
    return mismatch.message
