"""``oracle.ask``: read a question in English, check the reading with the oracle, revise, answer.

The loop proposes a reading, checks it (``oracle.query`` through the adapter), and on a
mismatch asks the reader to revise, for at most ``rounds`` readings. It answers only with a
verified answer (found, proof proved); otherwise it abstains and says which part it could
not read. Of several verified readings, the one that uses the most givens wins. A reading
that leaves a value unused is trusted only as first proposed, only when the text did not
name that value's quantity ("the coefficient of friction is 0.25" is part of the question,
"a 12 V battery that weighs 0.5 kg" an aside), and only when its answer does not lean on
standard conditions (a value read as the wrong quantity leaves it unused while
the search finds a way round through g = 9.81 m/s²); a value stated by a phrase ("from
rest") may go unused. An answer that leans on standard conditions is trusted only where
the question is set on the Earth (it speaks of falling, heights, the ground, weight, water
depth ...).

>>> r = ask("A 2 kg ball moves at 3 m/s. What is its kinetic energy?", reader="rule")
>>> r.answered, round(r.value, 6), r.unit
(True, 9.0, 'J')
>>> ask("What is the kinetic energy?", reader="rule").reason
'the question gives no values (no numbers with units)'
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from . import adapter
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


@dataclass(frozen=True)
class AskResult:
    """The reading, the revisions made, and the answer (``answered``) or why there is none."""

    text: str
    reader: str
    attempts: tuple[Attempt, ...]
    outcome: adapter.Outcome | None = None
    reason: str = ""
    timings: dict = field(default_factory=dict, compare=False)

    @property
    def answered(self) -> bool:
        return self.outcome is not None and self.outcome.verified

    @property
    def request(self) -> Request | None:
        if self.outcome is not None:
            return self.outcome.request
        return self.attempts[-1].request if self.attempts else None

    @property
    def answer(self):
        """The oracle's answer (an ``oracle.Answer``) when there is one."""
        return self.outcome.answer if self.answered else None

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
    return other if other.answered else result


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
    last: Mismatch | None = None
    for _ in range(max(1, rounds)):
        t = time.perf_counter()
        mismatch = validate(request, lex)
        outcome = adapter.Outcome(request, mismatch=mismatch) if mismatch else adapter.check(request, oracle)
        timings["check"] += time.perf_counter() - t
        attempts.append(Attempt(request, outcome.mismatch, outcome.verified, outcome.value, outcome.unit))
        if _trusted(outcome, text, len(attempts) == 1) and (best is None or len(outcome.used) > len(best.used)):
            best = outcome
        last = outcome.mismatch
        if outcome.verified and outcome.mismatch is None:
            break
        try:
            t = time.perf_counter()
            request = rd.revise(text, request, outcome.mismatch)
        except (CannotRevise, ReadingError):
            break
        finally:
            timings["read"] += time.perf_counter() - t
    timings["total"] = time.perf_counter() - t0
    if best is not None:
        return AskResult(text, name, tuple(attempts), best, "", timings)
    reason = _why(last, attempts[-1].request if attempts else None, lex)
    return AskResult(text, name, tuple(attempts), None, reason, timings)


#: words that set a question on the Earth, where standard conditions (g, a standard atmosphere) hold
EARTH_WORDS = frozenset("""fall falls falling fell fallen drop drops dropped dropping height high tall
    cliff tower building balcony roof bridge ground floor table earth earth's gravity weigh weighs
    weight thrown throw throws tossed kicked launched projectile lift lifts lifted lifting hang hangs
    hanging hung incline inclined ramp slope hill pendulum climb climbs climber ascends descends
    raise raised pump pumped lake sea ocean pool depth deep below underwater submerged float floats
    atmospheric atmosphere barometer altitude elevator stairs""".split())


def _trusted(outcome: adapter.Outcome, text: str, first: bool) -> bool:
    """Whether a verified outcome may be given as the answer (see the module docstring)."""
    if not outcome.verified:
        return False
    words = {w.lower().strip(".,;:?!()'\"") for w in str(text).split()}
    if outcome.standard_conditions and not words & EARTH_WORDS:
        return False
    unused = [i for i in range(len(outcome.request.givens)) if i not in outcome.used
              and not _stated_by_phrase(text, outcome.request.givens[i])]
    if unused and (not first or outcome.standard_conditions):
        return False
    if any(outcome.request.givens[i].name_span is not None for i in unused):
        return False  # the text named that quantity: it is part of the question, not an aside
    return True


def _stated_by_phrase(text: str, given) -> bool:
    """A given stated by a phrase, not a number ("from rest")."""
    s, e = given.span
    piece = str(text)[s:e]
    return not any(ch.isdigit() for ch in piece)


def _why(mismatch: Mismatch | None, request: Request | None, lex) -> str:
    """Which part could not be read, in a sentence."""
    if mismatch is None:
        return "no reading was verified"
    if request is not None and mismatch.given is not None and mismatch.given < len(request.givens):
        g = request.givens[mismatch.given]
        return f"could not read {g.value!r} (as {lex.name(g.quantity)}): {mismatch.message}"
    if request is not None and mismatch.target:
        return f"could not read what is asked (as {lex.name(request.find)}): {mismatch.message}"
    return mismatch.message
