"""``oracle.query``: a value, the chain of laws that produced it, the proofs, and a status.

A question is read first (:mod:`oracle.plan`): its objects get kinds, its names become
quantities of those objects, and the laws are bound to them (:mod:`hypergraph.setups`).
The search (the spiking circuit, or the reference closure) runs over that bound graph;
each step is evaluated, every law's sign assumptions and validity conditions are checked
on the values (a law that does not hold is set aside and the search runs again); the
steps compose into one formula, which is proved dimensionally sound. The answer says how
far to trust it:

* ``verified``: every step proved, every condition holds, every given used, nothing read
  otherwise than written, no standard conditions the question did not state;
* ``hedged``: a value, with the reasons to doubt it;
* ``ambiguous``: two readings fit equally and give different values (both shown);
* ``not derivable``: with the smallest sets of quantities of the question's own objects
  that would make it derivable.

>>> a = query(given={"mass": "2 kg", "speed": "3 m/s"}, find="kinetic energy", learn=False)
>>> a.value, a.status
(<Quantity(9.0, 'joule')>, 'verified')
>>> a.derivation.laws
('mechanics.kinetic_energy',)
"""
from __future__ import annotations

import itertools
import math
import re
import threading
import time
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial

import mpmath
import numpy as np
import sympy as sp

from hypergraph.closure import closure
from hypergraph.model import KnowledgeGraph, Law, Quantity
from hypergraph.setups import STANDARD_CONSTANTS, BoundGraph, Instance, bind, node_id, without
from hypergraph.symbolic import compile_numeric, formula as parse_formula, symbol, text
from psg.units import NATIONAL_UNITS, parse_unit, parse_value

from .arrays import ArrayElement, common_shape, first_element, first_shown, vectorize
from .deferred import Deferred, LazyText
from .interop import Given, asked_unit, caller_registry, quantity, read_given
from .names import NameIndex, UnknownQuantityError, normalize
from .ordinals import split_ordinals
from .nuclides import nuclear_reading
from .plan import Bound, Planner, Reading, UnreadableNameError
from .premises import (_DENYING_WORD, _PREMISE_WORD, ONLY_WHERE_SAID, USUAL, denied_edges, premise_denied,
                       premise_assumed, premise_excluded, premise_stated, premise_text,
                       unsaid_edges)
from .reading import SIBLING, _opposed, words_of

STATUSES = ("verified", "hedged", "ambiguous", "not derivable")


class QueryError(ValueError):
    """A question the oracle cannot take as asked (names what is wrong)."""


class DimensionMismatchError(QueryError):
    """A value given in a unit of the wrong dimension for its quantity."""


class ContradictoryGivensError(QueryError):
    """Given values that the laws say cannot all hold."""


class OutOfDomainError(QueryError):
    """A given value no quantity of its kind can have (a negative mass, a body faster than light)."""


@dataclass(frozen=True)
class Step:
    """One law applied in one direction to objects: ``output = formula(inputs)``, with
    quantities named by node (``v`` of the question's object, ``g__place`` of the place)."""

    law: Law
    output: str
    inputs: tuple[str, ...]
    formula: str
    time: int
    value: float  # SI
    instance: Instance | None = field(default=None, compare=False, repr=False)

    def __repr__(self) -> str:
        f = self.formula if len(self.formula) <= 60 else self.formula[:57] + "..."
        return f"<Step {self.law.id}: {self.output} = {f}>"


@dataclass(frozen=True)
class Derivation:
    """The laws that derive the target from the givens, in an order that evaluates."""

    target: str
    givens: tuple[str, ...]
    steps: tuple[Step, ...]

    def __repr__(self) -> str:
        laws = ", ".join(self.laws[:4]) + (", ..." if len(self.steps) > 4 else "")
        return f"<Derivation of {self.target}: {len(self.steps)} steps ({laws})>"

    @property
    def laws(self) -> tuple[str, ...]:
        return tuple(s.law.id for s in self.steps)

    def tree(self, symbol_: str | None = None, depth: int = 0) -> list[str]:
        """The derivation as indented lines, target at the top."""
        sym = symbol_ or self.target
        by_output = {s.output: s for s in self.steps}
        step = by_output.get(sym)
        if step is None:
            return ["  " * depth + f"{sym}  (given)"]
        lines = ["  " * depth + f"{sym} = {step.formula}   [{step.law.name}]"]
        for x in step.inputs:
            lines += self.tree(x, depth + 1)
        return lines

    def __str__(self) -> str:
        return "\n".join(self.tree())

    def _repr_html_(self) -> str:  # notebooks: see oracle.display
        from .display import derivation_html

        return derivation_html(self)


@dataclass(frozen=True)
class DerivationProof:
    """What was proved about a derivation: every step, the bindings, the composed formula."""

    steps: tuple[tuple[str, str, str, str], ...]  # (law id, variable, dimensions verdict, direction status)
    composed: object  # proofs.ProofReport of the composed formula as a function
    bindings: tuple[tuple[str, str, str, str, bool], ...] = ()  # (law, variable, object, kind ⊑ slot kind, holds)

    def __repr__(self) -> str:
        return f"<DerivationProof {self.status}: {len(self.steps)} steps, {len(self.bindings)} bindings>"

    @property
    def status(self) -> str:
        ok = all(d == "proved" and s in ("law", "proved") for _, _, d, s in self.steps)
        ok = ok and all(b[4] for b in self.bindings)
        return "proved" if ok and self.composed.status == "proved" else "refuted" if self.composed.status == "refuted" else "unknown"

    def __str__(self) -> str:
        lines = [f"proof: {self.status}"]
        for law, var, dims, direction in self.steps:
            how = "as written" if direction == "law" else f"solved for {var}: {direction}"
            lines.append(f"  {law}: dimensions {dims}; {how}")
        if self.bindings:
            lines.append(f"  objects: {sum(1 for b in self.bindings if b[4])} of {len(self.bindings)} bindings "
                         "of a law's variable to an object of its kind hold")
        c = self.composed.counts()
        lines.append(f"  composed formula: {self.composed.status} ({c['obligations']} obligations, "
                     f"{c['fast_path']} fast path, {c['z3']} Z3)")
        return "\n".join(lines)

    def _repr_html_(self) -> str:  # notebooks: see oracle.display
        from .display import proof_html

        return proof_html(self)


@dataclass(frozen=True)
class Alternative:
    """One reading of an ambiguous question and the value it gives."""

    reading: str
    value: object
    laws: tuple[str, ...]

    def __repr__(self) -> str:
        return f"<Alternative {value_text(self.value)} if {self.reading[:60]}>"

    def __str__(self) -> str:
        return f"{value_text(self.value)} if {self.reading} (via {', '.join(self.laws)})"


@dataclass(frozen=True)
class Answer:
    """The oracle's answer. ``status`` says how far to trust it (see the module docstring);
    ``found`` is True when there is one value (``verified`` or ``hedged``)."""

    target: Quantity
    found: bool
    value: object = None            # pint Quantity (of the caller's registry) in the quantity's SI unit
    value_in_unit: object = None    # pint Quantity in the unit asked for
    derivation: Derivation | None = None
    formula: sp.Expr | None = None
    proof: DerivationProof | None = None
    missing: tuple[tuple[str, ...], ...] = Deferred(())   # worked out when first read (Oracle.missing_for)
    engine: str = "spiking"
    timings: dict = field(default_factory=dict)
    learned: bool = False
    search: object = field(default=None, repr=False)   # the closure or spiking result
    excluded: tuple[str, ...] = ()  # law directions set aside: their assumptions or conditions failed
    read_as: tuple[str, ...] = ()   # names read other than as written: "'braking force' read as force (F)"
    status: str = "verified"
    reasons: tuple[str, ...] = ()   # why the answer is hedged (or not derivable)
    conditions: tuple = ()          # proofs.conditions.ConditionCheck of every law used
    alternatives: tuple[Alternative, ...] = ()   # the readings of an ambiguous question
    unused: tuple[str, ...] = ()    # givens the derivation does not use
    objects: str = ""               # the objects the question was read to be about, with their kinds
    stated_conditions: bool = False  # the question said where (on Earth): standard g is its own
    graph: object = field(default=None, repr=False, compare=False)  # the BoundGraph the search ran over
    element_reasons: tuple = ()     # array givens: (index, why) of each element that is NaN (oracle.arrays)

    @property
    def standard_conditions(self) -> tuple[str, ...]:
        """The standard-condition constants the derivation relies on (``g_n``, ``p_atm``)."""
        if not self.found:
            return ()
        return tuple(sorted({c for step in self.derivation.steps for c in step.law.constants
                             if c in STANDARD_CONSTANTS}))

    def caveats(self) -> tuple[tuple[str, str], ...]:
        """What a reader must know before trusting the answer, as (label, text): the status
        and its reasons, the objects read, names read otherwise than written, standard
        conditions, unused givens, validity conditions checked, laws set aside. Every
        display (text, HTML, Markdown, JSON, the HTML page) shows all of them."""
        rows = [("status", self.status + (f": {'; '.join(self.reasons)}" if self.reasons else ""))]
        if self.objects:
            rows.append(("objects", self.objects))
        rows += [("reads", note) for note in self.read_as]
        if self.standard_conditions:
            rows.append(("assumes standard conditions",
                         ", ".join(_STANDARD_NAMES.get(c, c) for c in self.standard_conditions)
                         + (" (as the question states)" if self.stated_conditions else " (nothing given decides them)")))
        if self.unused:
            rows.append(("not used", ", ".join(self.unused)))
        rows += [("condition checked", str(c)) for c in self.conditions]
        if self.excluded:
            rows.append(("set aside", ", ".join(self.excluded)))
        return tuple(rows)

    def __str__(self) -> str:
        head, *caveats = [f"{k}: {v}" for k, v in self.caveats()]
        if self.status == "ambiguous":
            return "\n".join([head, f"{self.target.name} ({self.target.symbol}) has several readings:",
                              *[f"  {a}" for a in self.alternatives], *caveats])
        if not self.found:
            sets = " or ".join("{" + ", ".join(s) + "}" for s in self.missing) or "none found"
            return "\n".join([head, f"{self.target.name} ({self.target.symbol}) cannot be derived from the givens; "
                                    f"add one of: {sets}", *caveats])
        shown = self.value_in_unit if self.value_in_unit is not None else self.value
        return "\n".join([
            head,
            f"{self.target.name} ({self.target.symbol}) = {value_text(shown)}",
            *[f"  NaN at element {i}: {why}" for i, why in self.element_reasons[:5]],
            *([f"  ... and {len(self.element_reasons) - 5} more NaN elements"] if len(self.element_reasons) > 5 else []),
            f"formula: {self.derivation.target} = {text(self.formula)}",
            "derivation:", *["  " + line for line in self.derivation.tree()],
            *caveats,
            str(self.proof),
            "timings: " + ", ".join(f"{k} {v * 1e3:.2f} ms" for k, v in self.timings.items()),
        ])

    def __repr__(self) -> str:
        shown = self.value_in_unit if self.value_in_unit is not None else self.value
        val = f" = {value_text(shown)}" if shown is not None else ""
        return f"<Answer {self.status}: {self.target.symbol}{val}>"

    def _repr_html_(self) -> str:  # notebooks: see oracle.display
        from .display import answer_html

        return answer_html(self)

    def _repr_markdown_(self) -> str:  # notebooks: see oracle.display
        from .display import answer_markdown

        return answer_markdown(self)

    def _repr_latex_(self) -> str:  # notebooks: the formula and value as LaTeX (sympy)
        from .display import answer_latex

        return answer_latex(self)

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:  # text/plain: str(), not the search arrays
        from .display import mimebundle

        return mimebundle(self, self._repr_html_())


def value_text(q) -> str:
    """A quantity in a few characters: ``'9 J'``; an array as its shape and range."""
    m = q.magnitude
    if np.ndim(m):
        finite = m[np.isfinite(m)]
        span = f"{finite.min():.6g} to {finite.max():.6g}" if finite.size else "all NaN"
        nan = f", {m.size - finite.size} NaN" if finite.size < m.size else ""
        return f"array of shape {m.shape}: {span}{nan} {q.units:~P}"
    return f"{m:.6g} {q.units:~P}"


_STANDARD_NAMES = {"g_n": "g = g_n = 9.80665 m/s^2 (the Earth's surface)",
                   "p_atm": "p_atm = 101325 Pa (a standard atmosphere)"}
MAX_RESEARCH = 8
#: Relative width of a derived value's interval when its conditions are checked.
REL_TOL_CONSISTENT = 1e-6
#: How far an unused given may be from the value the used givens imply before the question
#: is ill-posed: givens are rounded to two or three figures, contradictions are gross.
REL_TOL_CONTRADICTS = 0.05


class _OutsideAssumptions(Exception):
    def __init__(self, edges: set, why: str, step: tuple = ((), "", None)) -> None:
        super().__init__(why)
        self.edges = edges
        self.inputs, self.output, self.law = step   # the nodes the failing step read and derived, its law


@dataclass(frozen=True)
class _Solved:
    """A reading evaluated: its steps, values, conditions checked and what was set aside."""

    reading: Reading
    bound: BoundGraph
    search: object
    steps: tuple[Step, ...]
    env: dict
    target: str
    checks: tuple
    excluded: frozenset


class Oracle:
    """Questions over one knowledge graph (the bundled one by default)."""

    def __init__(self, kg: KnowledgeGraph | None = None, *, learn: bool | None = None, conditions: bool = True) -> None:
        from .kb import load_kb

        self.kg = kg if kg is not None else load_kb()
        self.check_conditions = conditions   # off only to measure what the checks cost
        self.names = NameIndex(self.kg.quantities)
        self.planner = Planner(self.kg)
        self._checkable: dict[frozenset, tuple] = {}
        self._domain_cache: dict[str, tuple] = {}
        self._in_domain: set[tuple[str, float]] = set()   # (symbol, SI value) known to lie in its domain
        from .learn import Memory, enabled

        self.learn = enabled(learn)   # ORACLE_LEARN=off switches the default off
        self.memory = Memory.for_kb(self.kg.content_hash) if self.learn else None

    # -- inputs ------------------------------------------------------------------
    def resolve(self, name) -> str:
        """The symbol a name or symbol stands for (for ``check`` and ``relate``)."""
        if isinstance(name, Quantity):
            return name.symbol
        return self.names.resolve(name)

    def _counts_in_names(self, name: str, texts: list, raw: list, dims: list) -> str:
        """``name`` without an ordinal that gives a count ("the third harmonic"), the count
        added to the givens unless one of them already names it (:mod:`oracle.ordinals`)."""
        if name in self.names.symbols:
            return name
        stripped, counts = split_ordinals(name, self._count_name)
        for count, n in counts:
            if any(self._count_name(t) == count for t in texts):
                continue
            qty = self.read_value(str(n), count)
            texts.append(count)
            raw.append((qty, str(n)))
            dims.append(qty.dimension)
        return stripped

    def _count_name(self, noun: str) -> str | None:
        """The name of the counting quantity ``noun`` stands for ("harmonic" -> the harmonic
        number, "level" -> the principal quantum number), or None."""
        for key in (normalize(noun), normalize(noun) + " number"):
            sym = self.names.names.get(key)
            if sym is not None:
                q = self.kg.quantity(sym)
                if q.dimension.dimensionless and (q.kind == "count" or "quantum number" in q.kind):
                    return q.name
        return None

    def read_value(self, value, what: str) -> Given:
        """A given value read by :func:`oracle.interop.read_given`: text by the bounded unit
        grammar (nothing in it is evaluated as arithmetic), pint quantities of any registry,
        astropy quantities, numpy arrays; a bare number is a dimensionless number."""
        try:
            return read_given(value)
        except ValueError as err:
            raise QueryError(f"cannot read the value {value!r} given for {what!r}: {err}") from None

    def si_value(self, symbol_: str, value) -> float:
        """A value in SI, checked against the quantity's dimension and domain."""
        return self._si(self.kg.quantity(symbol_), self.read_value(value, symbol_), value)

    def _si(self, q: Quantity, qty: Given, shown, magnitude: bool = False) -> float:
        """``qty`` in SI for quantity ``q``, checked; ``magnitude``: the name says the value is
        a size ("ground-state energy magnitude"), so a quantity that is negative by its
        domain (a bound level's energy) takes it with the sign the domain allows."""
        want = parse_unit(q.unit).dimension
        if qty.log == "decibel" and want.dimensionless:
            return qty.si  # a level given in dB is the number of decibels
        if qty.dimension != want or qty.log:
            raise DimensionMismatchError(_mismatch(shown, q, qty.dimension, qty.log))
        kind = _value_kind(shown) if q.unit == "Hz" or q.unit.startswith("rad/") else ""
        if q.unit == "Hz" and kind == "angle":
            # a frequency (cycles per second) given in rpm or rad/s: a cycle is 2 pi radians
            qty = replace(qty, si=qty.si / (2 * math.pi))
        elif q.unit.startswith("rad/") and kind == "cycles":
            # an angular velocity given in hertz: the hertz counts cycles, 2 pi radians each
            qty = replace(qty, si=qty.si * (2 * math.pi))
        elif "rad" not in q.unit and _revolutions(shown):
            # turns counted, not turned through: "500 turns/m" is a solenoid's 500 per metre,
            # "150 turns" a coil's 150 (pint reads a turn as an angle of 2 pi radians)
            qty = replace(qty, si=qty.si / (2 * math.pi) ** _revolutions(shown))
        if np.ndim(qty.si):
            raise QueryError(f"an array was given for {q.name} ({q.symbol}): only oracle.query takes arrays")
        mag = qty.si
        if not math.isfinite(mag):
            raise QueryError(f"the value given for {q.name} ({q.symbol}) is not finite: {shown!r}")
        if q.kind == "thermodynamic temperature" and mag < 0:
            raise OutOfDomainError(f"{shown!r} is impossible for {q.name} ({q.symbol}): it is below absolute zero "
                                   f"({mag:g} K)")
        try:
            self._check_domain(q, mag, shown)
        except OutOfDomainError:
            if not (magnitude and mag > 0):
                raise
            self._check_domain(q, -mag, shown)   # still refused if neither sign is possible
            mag = -mag
        return mag

    def domain_conditions(self, q: Quantity):
        """``(condition, the symbol it bounds)`` for every bound on the values of ``q``."""
        base = self.kg.quantity(q.base) if q.base != q.symbol else q
        for rel in (*q.assumes, *(base.assumes if base is not q else ())):
            cond = _domain_condition(self.kg, base.symbol if rel in base.assumes else q.symbol, rel)
            if cond is not None:
                yield cond, min(cond.symbols - set(self.kg.constant_values), default=q.symbol)

    def _domains(self, symbol_: str) -> tuple:
        """The bounds on the values of quantity ``symbol_`` (cached): a derived value
        outside them sets its law aside, as a given outside them is refused."""
        got = self._domain_cache.get(symbol_)
        if got is None:
            got = self._domain_cache[symbol_] = tuple(self.domain_conditions(self.kg.quantity(symbol_)))
        return got

    def _check_domain(self, q: Quantity, x: float, shown) -> None:
        from proofs.conditions import check, point

        key = (q.symbol, x)
        if key in self._in_domain:
            return   # this value of this quantity was checked before (a warm process asks alike)
        for cond, sym in self._domains(q.symbol):
            r = check(cond, {sym: point(x)}, self.kg.constant_values)
            if r.verdict == "fails":
                raise OutOfDomainError(f"{shown!r} is impossible for {q.name} ({q.symbol}): it must satisfy {cond.text}")
        if len(self._in_domain) > 65536:
            self._in_domain.clear()
        self._in_domain.add(key)

    # -- the question ----------------------------------------------------------
    def query(self, given: dict, find, *, unit=None, engine: str = "spiking",
              backend: str = "numba", backend_options: dict | None = None) -> Answer:
        """See :func:`query`."""
        in_g = _in_multiples_of_g(find, unit)
        if in_g is not None:
            # "centripetal acceleration in multiples of g": the acceleration, in units of standard gravity
            answer = self.query(given, in_g, unit="standard_gravity", engine=engine, backend=backend,
                                backend_options=backend_options)
            note = f"{find!r} read as {in_g!r} in units of standard gravity (g = 9.80665 m/s^2)"
            return replace(answer, status="hedged" if answer.status == "verified" else answer.status,
                           reasons=(*answer.reasons, note))
        named = _units_in_names(given)
        if named is not None:
            # "radius of the star in solar radii": 2.1 -> the star's radius, 2.1 solar radii
            given_, notes = named
            answer = self.query(given_, find, unit=unit, engine=engine, backend=backend,
                                backend_options=backend_options)
            return replace(answer, reasons=(*answer.reasons, *notes))
        turns = _turns_per_time(given)
        if turns is not None:
            # "rotation rate: 12 1/s": twelve turns a second, or twelve radians? Both are read;
            # where they give different values the answer is ambiguous and shows both
            again = partial(self.query, find=find, unit=unit, engine=engine, backend=backend,
                            backend_options=backend_options)
            answer = again({**given, **{n: r for n, (r, _) in turns.items()}})
            try:
                other = again({**given, **{n: t for n, (_, t) in turns.items()}})
            except ValueError:
                other = None
            if not answer.found or other is None or not other.found or math.isclose(
                    answer.value.magnitude, other.value.magnitude, rel_tol=1e-9):
                return answer
            names = ", ".join(map(repr, turns))
            return replace(answer, found=False, status="ambiguous", value=None, value_in_unit=None,
                           reasons=(f"{names} gives a rate per unit time, not whether it counts radians or "
                                    "turns (2 pi radians each), and the two give different values",),
                           alternatives=(Alternative("radians per unit time", answer.value, answer.derivation.laws),
                                         Alternative("turns per unit time", other.value, other.derivation.laws)))
        national = _national_units(given)
        if national is not None:
            # "1 gallon": the US gallon (pint's) or the imperial one; "2 ton": short, long or
            # metric. Each is read; where they give different values the answer is ambiguous
            answers = []
            for label, given_ in national:
                try:
                    answers.append((label, self.query(given_, find, unit=unit, engine=engine, backend=backend,
                                                      backend_options=backend_options)))
                except ValueError:
                    if not answers:
                        raise
            first = answers[0][1]
            found = [(w, a) for w, a in answers if a.found]
            if not first.found or len(found) < 2 or all(math.isclose(
                    a.value.magnitude, first.value.magnitude, rel_tol=1e-9) for _, a in found):
                return first
            names = ", ".join(repr(n) for n in _national_names(given))
            return replace(first, found=False, status="ambiguous", value=None, value_in_unit=None,
                           reasons=(f"{names} is in a unit with national definitions that differ (US, "
                                    "imperial, metric), the question does not say which, and they give "
                                    "different values",),
                           alternatives=tuple(Alternative(w, a.value, a.derivation.laws) for w, a in found))
        per = _per_period(given, find)
        if per is not None:
            # "mass fissioned per day", "daily time lag": the same quantity over one day, read
            # first; kept where the period given is used (else the words as written)
            given_, find_, note, added = per
            try:
                answer = self.query(given_, find_, unit=unit, engine=engine, backend=backend,
                                    backend_options=backend_options)
            except ValueError:
                answer = None
            if answer is not None and answer.found and not (added and added in answer.unused):
                return replace(answer, reasons=(*answer.reasons, note))
        rest = _said_at_rest(given, find)
        if rest:
            # "the stationary wagon": its speed is 0, read only where the question needs it
            again = partial(self._query_as_said, find=find, unit=unit, engine=engine, backend=backend,
                            backend_options=backend_options)
            try:
                answer, error = again(given), None
            except ValueError as err:
                answer, error = None, err
            if answer is not None and answer.found:
                return answer
            try:
                other = again({**given, **rest})
            except ValueError:
                other = None
            if other is not None and other.found:
                return replace(other, reasons=(*other.reasons, *(f"{n!r} = 0 m/s: the question says it is at rest"
                                                                 for n in rest)))
            if answer is None:
                raise error
            return answer
        answer = self._query_as_said(given, find, unit=unit, engine=engine, backend=backend,
                                     backend_options=backend_options)
        answer = self._which_pressure(given, find, answer, partial(
            self._query_as_said, unit=unit, engine=engine, backend=backend, backend_options=backend_options))
        starting = None if answer.found or answer.status != "not derivable" else _bare_speeds(given, find)
        if starting:
            # "speed of the ball" launched, "speed of the train" that brakes: the speed the
            # motion starts with, where the speed as said derives nothing
            try:
                other = self._query_as_said({starting.get(n, n): v for n, v in given.items()}, find, unit=unit,
                                            engine=engine, backend=backend, backend_options=backend_options)
            except ValueError:
                other = None
            if other is not None and other.found and not set(starting.values()) & set(other.unused):
                return replace(other, status="hedged", reasons=(
                    *other.reasons, *(f"{n!r} read as {m!r}: the speed the motion starts with" for n, m in starting.items())))
        place = None if answer.found else self._at_an_object(find)
        if place is not None:
            # "absolute pressure at the diver": the pressure where the diver is, not the diver's
            try:
                other = self._query_as_said(given, place[0], unit=unit, engine=engine, backend=backend,
                                            backend_options=backend_options)
            except ValueError:
                other = None
            if other is not None and other.found:
                return replace(other, status="hedged", reasons=(
                    *other.reasons, f"{find!r} (asked for) read as {place[0]!r} where the {place[1]} is"))
        return answer

    def _which_pressure(self, given, find, answer: Answer, ask) -> Answer:
        """A pressure in a fluid said bare ("the pressure at the bottom of the pool") is the
        gauge pressure or the absolute one, and a question that does not say which has two
        readings: where the answer went through one (a hydrostatic law of the gauge pressure,
        and the atmosphere's added or not), each bare name is read as the other too, and where
        both give values that differ, the answer is ambiguous and shows both. A name that says
        which ("gauge", "absolute", "total", the atmosphere's, a blood or a tyre pressure) is
        read as it says.

        >>> o = default_oracle(False)
        >>> o.query({"depth of the pool": "2 m", "density of water": "1000 kg/m^3"}, "pressure at the bottom").status
        'ambiguous'
        >>> o.query({"depth of the pool": "2 m", "density of water": "1000 kg/m^3"}, "gauge pressure at the bottom").status
        'hedged'
        """
        if not answer.found or answer.derivation is None:
            return answer
        laws = answer.derivation.laws
        if not any("gauge_pressure" in law for law in laws):
            return answer   # no pressure in a fluid at a depth
        bare = lambda n: isinstance(n, str) and _PRESSURE.search(n) and not _SAYS_WHICH_PRESSURE.search(n)
        names = [n for n in (find, *(given if isinstance(given, dict) else ())) if bare(n)]
        if not names:
            return answer
        said, other_word = (("absolute", "gauge") if any("absolute_pressure" in law for law in laws)
                            else ("gauge", "absolute"))
        as_other = lambda n: _PRESSURE.sub(f"{other_word} pressure", n, count=1) if bare(n) else n
        try:
            other = ask({as_other(n): v for n, v in given.items()}, find=as_other(find))
        except ValueError:
            return answer
        if not other.found or math.isclose(answer.value.to_base_units().magnitude,
                                           other.value.to_base_units().magnitude, rel_tol=1e-6):
            return answer
        return replace(answer, found=False, status="ambiguous", value=None, value_in_unit=None,
                       reasons=(f"{', '.join(map(repr, names))} does not say whether the pressure is the "
                                "gauge pressure (above the atmosphere's) or the absolute pressure, and the "
                                "two give different values",),
                       alternatives=(Alternative(f"the {said} pressure", answer.value_in_unit or answer.value,
                                                 answer.derivation.laws),
                                     Alternative(f"the {other_word} pressure", other.value_in_unit or other.value,
                                                 other.derivation.laws)))

    def _at_an_object(self, find) -> tuple[str, str] | None:
        """``(the name before "at", the object)`` where the asked-for name says where with an
        object's noun ("pressure at the diver"), not a part or point ("speed at the top");
        else None."""
        if not isinstance(find, str):
            return None
        m = re.fullmatch(r"\s*(.+?)\s+at\s+(?:the\s+|a\s+|an\s+)?([a-z][a-z' -]*?)\s*", find, re.I)
        if m is None:
            return None
        vocab = self.planner.vocab
        noun = vocab.noun(m[2].lower().split())
        if noun is None or any(self.kg.is_a(k, "place") for k in vocab.nouns.get(noun, ())):
            return None   # "speed at the surface", "at the Earth": a place of the set-up's own
        return m[1], m[2]

    def _query_as_said(self, given: dict, find, *, unit=None, engine: str = "spiking",
                       backend: str = "numba", backend_options: dict | None = None) -> Answer:
        """:meth:`query` of the givens as they are (with the readings of nuclides, unit sizes
        and "each" tried in turn)."""
        run = partial(self._query, find=find, unit=unit, engine=engine, backend=backend,
                      backend_options=backend_options)
        nuclear = nuclear_reading(given, find, self.read_value) if isinstance(given, dict) else None
        if nuclear is not None and (nuclear[0] != given or nuclear[1] != find):
            # masses of named nuclides: Z and A from their names, the roles in a decay from
            # conservation (:mod:`oracle.nuclides`); kept where it gives a value
            try:
                answer = self.query(nuclear[0], nuclear[1], unit=unit, engine=engine, backend=backend,
                                    backend_options=backend_options)
            except ValueError:
                answer = None
            if answer is not None and answer.status in ("verified", "hedged"):
                return replace(answer, reasons=(*answer.reasons, *nuclear[2]))
        if isinstance(given, dict):
            constants = {n: self._constant_said(n, v) for n, v in given.items()}
            if any(constants.values()) and not all(constants.values()):
                # a constant of the knowledge base given by name (r0 = 1.2 fm): the laws take it
                answer = self.query({n: v for n, v in given.items() if not constants[n]}, find, unit=unit,
                                    engine=engine, backend=backend, backend_options=backend_options)
                return replace(answer, reasons=(*answer.reasons, *filter(None, constants.values())))
        kept, conversions = self._without_conversions(given)
        if conversions:   # kept only where the rest holds: what is left may be read too loosely
            try:
                answer = self.query(kept, find, unit=unit, engine=engine, backend=backend,
                                    backend_options=backend_options)
            except ValueError:
                answer = None
            if answer is not None and answer.status == "verified":
                return replace(answer, reasons=(*answer.reasons, *conversions))
        vocab = self.planner.vocab   # an object's noun, or a word no quantity's name uses ("floodlight")
        variants = _each_as_members(given, lambda noun: vocab.noun(noun.split()) is not None or not any(
            w in vocab.vocab or vocab.lemma(w) in vocab.vocab for w in noun.split()))
        if not variants:
            return run(given)
        try:
            answer = run(given)
        except (UnknownQuantityError, UnreadableNameError) as err:
            answer, error = None, err
        if answer is not None and answer.status == "verified":
            return answer
        # "mass of each ship" may be the mass of both of two ships (Newton's law of
        # gravitation between them), "resistance of each floodlight" that of every one of
        # identical elements (as element 1's): the question is read again each way, and the
        # variant that says most is kept where it says at least as much as the words as
        # written (a tie goes to the members, whom "each" names); words as written that were
        # read loosely (the network's resistance) say less than any variant that holds, an
        # ambiguity included
        each = [n for n in given if isinstance(n, str) and _EACH.search(n)]
        loose = answer is not None and any(r.startswith(f"{n!r} read as") for n in each for r in answer.reasons)
        floor = 1 if loose else (None if answer is None else _rank(answer))
        best = None
        # a total of identical elements needs their number: one element's value is no total
        total = isinstance(find, str) and bool(self.TOTALS & set(words_of(find))) and not any(
            isinstance(n, str) and re.match(r"\s*number of\b", n, re.I) for n in given)
        for split, said in variants:
            if total and "one of identical" in said:
                continue
            try:
                other = run(split)
            except ValueError:   # the oracle's clear errors (an unknown name, a contradiction) are ValueErrors
                continue
            if any(r == f"not used: {n!r}" for n in split if n not in given for r in other.reasons):
                continue   # "each" read as two objects, one of them left out: no reading of "each"
            if (floor is None or _rank(other) >= floor) and (best is None or _rank(other) > _rank(best)):
                best = replace(other, reasons=(*other.reasons, said))
        if best is not None:
            return best
        if answer is None:
            raise error
        return answer

    def _without_conversions(self, given) -> tuple[dict, tuple[str, ...]]:
        """The givens without those that state a unit's size ("seconds per year" = 3.156e7 s,
        "energy equivalent of 1 u" = 931.5 MeV/c^2, "parsec-to-light-year factor" = 3.262 ly),
        and a note for each: the oracle converts units itself, and a factor read as a quantity
        of the question would be a given it cannot place. Only a value within 1% of one of the
        units its name says counts."""
        if not isinstance(given, dict):
            return given, ()
        kept, notes = {}, []
        for name, value in given.items():
            said = _unit_said(name, self.read_value(value, name)) if isinstance(name, str) and isinstance(value, str) \
                and any(ch.isdigit() for ch in value) and (_CONVERSION_CUES.search(name) or _named_unit(name)) else None
            if said is None:
                kept[name] = value
            else:
                notes.append(f"{name!r} ({value}) is the size of 1 {said}: set aside, units are converted exactly")
        return (kept, tuple(notes)) if notes and kept else (given, ())

    #: Names people give the knowledge base's empirical constants that pint has no unit for,
    #: and the factor from the value as they write it to the constant (the Rydberg constant
    #: in 1/m is hc times less than the Rydberg energy).
    CONSTANT_NAMES = {
        "r_0": (("nuclear radius constant", "nuclear radius parameter", "r0", "r_0", "radius constant",
                 "nuclear radius constant r0", "radius parameter"), 1.0),
        "I_ref": (("reference intensity", "threshold of hearing", "threshold intensity"), 1.0),
        "b_wien": (("wien constant", "wien's constant", "wien displacement constant",
                    "wien's displacement constant"), 1.0),
        "Ry": (("rydberg constant",), 6.62607015e-34 * 299792458.0),
    }

    def _constant_said(self, name, value) -> str:
        """A note where ``name`` names one of the knowledge base's constants and ``value`` is
        that constant within 1% (set aside: the laws take the constant itself), else "". A
        value further off is an error: the laws are written with the knowledge base's."""
        if not isinstance(name, str) or not isinstance(value, str):
            return ""
        key = " ".join(re.sub(r"[^\w' ]", " ", name.lower()).split())
        for sym, (names, factor) in self.CONSTANT_NAMES.items():
            if key not in names:
                continue
            const = next((c for c in self.kg.constants if c.name == sym), None)
            qty = self.read_value(value, name)
            if const is None or np.ndim(qty.si):
                return ""
            want = parse_unit(const.unit).dimension
            if qty.dimension == want:
                x = float(qty.si)
            elif factor != 1.0 and qty.dimension * parse_unit("J*m").dimension == want:
                x = float(qty.si) * factor
            else:
                return ""
            if not math.isclose(x, const.value, rel_tol=0.01):
                raise QueryError(f"{name!r} is given as {value}, but the knowledge base's laws are written with "
                                 f"{sym} = {const.value:.6g} {const.unit}; the two differ by more than 1%")
            return f"{name!r} ({value}) is the knowledge base's {sym} = {const.value:.6g} {const.unit}: set aside"
        return ""

    def _query(self, given: dict, find, *, unit=None, engine: str = "spiking",
               backend: str = "numba", backend_options: dict | None = None, alone_ok: bool = True) -> Answer:
        t0 = time.perf_counter()
        timings: dict = {}
        if not isinstance(given, dict):
            raise QueryError(f"'given' must be a dict of quantity -> value, got {type(given).__name__}")
        if engine not in ("spiking", "closure"):
            raise QueryError(f"unknown engine {engine!r}; expected 'closure' or 'spiking'")
        ureg = caller_registry(given.values(), unit)
        try:
            unit, unit_text, udim = asked_unit(unit, ureg)
        except ValueError as err:
            raise QueryError(str(err)) from None
        texts, raw, dims, described = [], [], [], []
        for key, value in given.items():
            name = key.symbol if isinstance(key, Quantity) else key
            if not isinstance(name, str) or not name.strip():
                raise QueryError(f"a given is named by a non-empty string or a Quantity, got {key!r}")
            if isinstance(value, str) and value.strip() and not any(ch.isdigit() for ch in value) \
                    and _is_description(value):
                described.append(value.strip())   # "connection: series" describes the set-up
                continue
            qty = self.read_value(value, name)
            texts.append(name)
            raw.append((qty, value))
            dims.append(qty.dimension)
        find_text = find.symbol if isinstance(find, Quantity) else find
        if not isinstance(find_text, str) or not find_text.strip():
            raise QueryError(f"'find' names a quantity by a non-empty string, got {find!r}")
        find_text = self._counts_in_names(find_text, texts, raw, dims)
        for i, t in enumerate(list(texts)):
            texts[i] = self._counts_in_names(t, texts, raw, dims)
        if described:
            # a particle described ("particle": "electron") is what the asked-for quantity is of,
            # where the name says no object: its mass and charge are the knowledge base's
            vocab = self.planner.vocab
            noun = lambda d: vocab.noun([w for w in words_of(d) if w not in ("the", "a", "an")])
            species = [d for d in described if noun(d) in vocab.species]
            if len(species) == 1 and self.planner.parse(find_text).obj is None:
                described.remove(species[0])
                find_text = f"{find_text} of the {noun(species[0])}"
            if described:
                find_text = f"{find_text} ({' '.join(described)})"
        shape = common_shape([(name, qty) for name, (qty, _) in zip(texts, raw)])
        raw_arrays, raw = raw, [(first_element(qty), first_shown(t, qty, v)) for t, (qty, v) in zip(texts, raw)] \
            if shape else raw
        for t in (*texts, find_text):
            self._no_typos(t)
        readings = self.planner.plan(texts, dims, find_text, udim, asked_kind(unit, ureg))
        timings["read"] = time.perf_counter() - t0
        if not readings and alone_ok:
            apart = self._one_given_apart(given, find, texts, dims, find_text, udim,
                                          partial(self._query, find=find, unit=unit, engine=engine, backend=backend,
                                                  backend_options=backend_options, alone_ok=False))
            if apart is not None:
                return apart
        aside = self._may_set_aside(readings, texts, dims)
        self._no_unreadable(readings, texts, dims, find_text, udim, [v for _, v in raw], unit_text, aside)
        best = self._without_misread_twins(readings, raw)
        values = self._values(best, raw)
        self._check_consistency(best, values)
        checked = self._check_limits(best, values)
        self._check_limits_of_one_object(readings, raw)

        if best.target.node in {g.node for g in best.givens}:
            raise QueryError(f"{find_text!r} is among the givens")
        tq = self.kg.quantity(best.target.match.symbol)
        if udim is not None and udim != tq.dimension:
            raise DimensionMismatchError(
                f"the answer {tq.name} ({tq.symbol}) is {tq.dimension.describe()}; it cannot be given in {unit_text!r}")
        if not best.derived:
            timings["total"] = time.perf_counter() - t0
            missing = partial(self.missing_for, readings)   # worked out when read
            # a law the question's names deny may be all that derives it: say which and why
            denial = self._denial(best, values)
            reasons = (denial,) if denial else (f"read as {best.kinds}",) if best.kinds else ()
            return Answer(tq, False, missing=missing, engine=engine, timings=timings, status="not derivable",
                          reasons=reasons, objects=best.kinds)

        # readings that fit as well as the best one: if their values differ, say so
        rivals = self._rivals(readings)
        if len(rivals) > 1:
            alts = []
            for r in rivals:
                try:
                    s = self._solve(r, self._values(r, raw), "closure", "numba", None)
                except QueryError:
                    continue
                if s is not None and not self._untrusted(r, s) and not self._denied(r, s) and not self._circular(r, s):
                    # a chain too long to trust, through a premise the question denies, or round
                    # to a given (a battery's voltage as its energy over its charge), is no rival
                    alts.append((r, s))
            distinct = _distinct_values(self._fullest(alts))
            if len(distinct) > 1:
                timings["total"] = time.perf_counter() - t0
                return Answer(tq, False, engine=engine, timings=timings, status="ambiguous",
                              reasons=("several readings fit the question equally and give different values",),
                              alternatives=tuple(Alternative(self._describe(r, s), quantity(
                                  ureg, s.env[s.target], self.kg.quantity(r.target.match.symbol).unit),
                                  tuple(st.law.id for st in s.steps)) for r, s in distinct))
        t1 = time.perf_counter()
        failures: list = []
        fallback = ""
        exhausted = None
        try:
            solved = self._solve(best, values, engine, backend, backend_options, failures=failures)
        except QueryError as err:   # every derivation of the reading leaves some law's assumptions
            solved, exhausted = None, err
        timings["search"] = time.perf_counter() - t1
        if solved is None:
            # two places read as a start and an end ("inside" and "outside temperature") in
            # the order named: the other order may be the one whose laws hold
            swapped = self._states_swapped(best)
            if swapped is not None:
                try:
                    v2 = self._values(swapped, raw)
                    s2 = self._solve(swapped, v2, engine, backend, backend_options)
                except QueryError:
                    s2 = None
                if s2 is not None:
                    best, values, solved, exhausted = swapped, v2, s2, None
        if solved is None:
            impossible = "" if exhausted else (self._impossible(best, values, failures)
                                               or self._no_real_solution(best, values, None, failures))
            if impossible:
                raise ContradictoryGivensError(impossible)
            # a simpler reading may hold, saying what it sets aside (a climber's energy gained,
            # where the best reading's only chains run through a projectile's flight)
            first = best
            best, values, solved = self._trusted_instead(readings, raw, best, values, None,
                                                         engine, backend, backend_options)
            if solved is None:
                if exhausted is not None:
                    raise exhausted
                timings["total"] = time.perf_counter() - t0
                return Answer(tq, False, engine=engine, timings=timings, status="not derivable",
                              reasons=("no law that holds for these values derives it",),
                              objects=first.kinds)
            moved = _reread_past_a_condition(first, best, failures)
            if moved:
                # a value a law refused ("speed" = 0.8 c for a body's uniform motion) is not
                # rescued by reading it as another quantity (a wave's speed): that answers
                # another question
                timings["total"] = time.perf_counter() - t0
                return Answer(tq, False, engine=engine, timings=timings, status="not derivable",
                              reasons=(f"no law that holds for these values derives it ({first.kinds}); "
                                       f"reading {moved} as another quantity to get round that would "
                                       "answer another question",), objects=first.kinds)
            tq = self.kg.quantity(best.target.match.symbol)
            fallback = (f"no law that holds for these values derives the reading that accounts for more of "
                        f"the question ({first.kinds}); this one is read as {best.kinds}")
        if failures:
            unreal = self._no_real_solution(best, values, solved, failures)
            if unreal:
                raise ContradictoryGivensError(unreal)
            if solved is not None and not fallback:
                # a derivation that leaves a given unused, where the law that reads it too
                # fails on exact givens (a load's resistance below zero once the battery's
                # internal resistance is counted): the whole set-up is impossible
                unused = {node_id(b.node) for b in self._unused(best, solved)}
                impossible = unused and self._impossible(best, values, [f for f in failures
                                                                       if unused & set(f.inputs or ())])
                if impossible:
                    raise ContradictoryGivensError(impossible)
        solved = self._fuller(best, values, solved, engine, backend, backend_options)
        solved = self._premise_said(best, values, solved, engine, backend, backend_options)
        solved, detour = self._more_givens(best, values, solved, engine, backend, backend_options, checked)
        detour = detour or self._rival_model(best, values, solved)
        if self._untrusted(best, solved):
            first, first_steps = best, len(solved.steps)
            best, values, solved = self._trusted_instead(readings, raw, best, values, solved,
                                                         engine, backend, backend_options)
            tq = self.kg.quantity(best.target.match.symbol)
            if best is not first:
                fallback = (f"the reading that accounts for more of the question needs a chain of "
                            f"{first_steps} laws, too long to trust; this one is read as {best.kinds}")
        gone = self._cancelled(best, solved)
        if gone and not fallback:
            # a chain that reads a given only for it to cancel out (a pulse's duration in
            # Q = CV, I = Q/t, P = VI, E = Pt) goes round to account for what does not
            # matter: the question is read again without it
            first, cancelled = best, ", ".join(map(repr, gone))
            keep = [i for i, t in enumerate(texts) if t not in gone]
            other = None if shape else self._read_without(first, keep, texts, dims, raw, find_text, udim, unit,
                                                          ureg, engine, backend, backend_options)
            if other is not None:   # (else the given is needed on the way, as a hanging mass for a
                best, values, solved = other   # spring's constant before its period: kept as it is)
                tq = self.kg.quantity(best.target.match.symbol)
                fallback = (f"the reading that accounts for every given ({first.kinds}) reads {cancelled} only "
                            f"for it to cancel out; read without it: {best.kinds}")

        def not_derivable(reason: str) -> Answer:
            """No value: the reading's derivation is refused, for ``reason``."""
            timings["total"] = time.perf_counter() - t0
            return Answer(tq, False, engine=engine, timings=timings, status="not derivable", reasons=(reason,),
                          missing=partial(self.missing_for, readings), objects=best.kinds, search=solved.search,
                          graph=solved.bound)

        if aside is not None and aside in best.unreadable:
            given_dim = dims[texts.index(aside)]
            if given_dim in self._dimensions_of(solved.steps, self.kg.quantity(solved.reading.target.match.symbol)):
                # a quantity of its dimension takes part: the unread given may be the one that
                # matters, read as nothing while the derivation took another (never answer around it)
                self._no_unreadable(readings, texts, dims, find_text, udim, [v for _, v in raw], unit_text)
        broken, held = self._answer_breaks_limit(best, values, solved)
        if broken:
            raise ContradictoryGivensError(broken)
        checked = checked | held
        denied = self._denied(best, solved) or self._unused_twin(best, solved, checked) or self._shaped_twin(best, solved) \
            or self._on_a_lone_member(best, solved) or self._one_of_several(best, solved) \
            or self._special_case_past_a_given(best, solved) or self._opposite_ends(best, solved)
        if denied:
            return not_derivable(denied)
        def ambiguous(reason: str, values_: list) -> Answer:
            """No one value: each ``(what it assumes, the value in SI, the laws)`` is shown."""
            timings["total"] = time.perf_counter() - t0
            return Answer(tq, False, engine=engine, timings=timings, status="ambiguous", reasons=(reason,),
                          alternatives=tuple(Alternative(w, quantity(ureg, v, tq.unit), laws) for w, v, laws in values_))

        laws_of = lambda s_: tuple(st.law.id for st in s_.steps)
        size, signs = self._either_sign(best, values, solved)
        if signs:
            return ambiguous(f"{size!r} gives a size, not a sign, and the two signs give different values",
                             [(w, s_.env[s_.target], laws_of(s_)) for w, s_ in signs])
        contradiction = self._contradicted(solved) or self._virtual_on_a_screen(best, solved)
        if contradiction:
            raise ContradictoryGivensError(contradiction)
        either = self._either_premise(best, values, solved)
        if either is not None:
            gist = lambda premise: premise.split(" (")[0]
            (p1, s1), (p2, s2) = either
            if gist(p1) == gist(p2):   # two laws of one premise, not opposite ones: they disagree
                return ambiguous(f"two derivations that both assume {gist(p1)} give different values "
                                 f"({s1.steps[-1].law.name}; {s2.steps[-1].law.name}): the givens do not "
                                 "fit that premise, and the question does not say another",
                                 [(f"by {s_.steps[-1].law.name}", s_.env[s_.target], laws_of(s_)) for _, s_ in either])
            return ambiguous(f"the question does not say whether {gist(p1)} or {gist(p2)}, "
                             "and the two give different values",
                             [(w, s_.env[s_.target], laws_of(s_)) for w, s_ in either])
        roots = self._other_roots(solved)
        if roots:
            return ambiguous(f"{solved.steps[-1].law.name} has {len(roots) + 1} roots that hold for these values "
                             "(a height passed on the way up and on the way down); the question does not say which",
                             [(f"root {i + 1}", v, laws_of(solved))
                              for i, v in enumerate((solved.env[solved.target], *roots))])
        untrusted = self._untrusted(best, solved) or self._sets_aside_most(best, solved, checked) \
            or self._answers_another(best, solved) or self._total_from_each(best, solved)
        if untrusted:
            return not_derivable(untrusted)
        answer = self._answer(best, solved, tq, unit, engine, timings, t0, ureg)
        if aside is not None and aside in best.unreadable:
            answer = replace(answer, status="hedged", reasons=(
                *answer.reasons, f"{aside!r} set aside: no quantity of its dimension takes part in the derivation"))
        if fallback:   # never verified: the reading ranked first said more of the question
            answer = replace(answer, status="hedged", reasons=(*answer.reasons, fallback))
        if detour:     # never verified: two derivations of the reading disagree
            answer = replace(answer, status="hedged", reasons=(*answer.reasons, detour))
        negative = self._negative_charges(best, raw, solved)
        if negative:   # never verified: the sign may matter to what is asked (an energy of attraction)
            answer = replace(answer, status="hedged", reasons=(
                *answer.reasons, f"the laws take charges as magnitudes: {negative} taken by size; "
                                 "the signs decide directions, which the answer does not give"))
        partner = self._named_only_as_partner(best)
        if partner:    # never verified: the question may be about the object it names
            answer = replace(answer, status="hedged", reasons=(*answer.reasons, partner))
        joined = self._said_of_another(best, solved)
        if joined:     # never verified: the name says another object ("cable resistance" beside a heater)
            answer = replace(answer, status="hedged", reasons=(*answer.reasons, joined))
        order = self._members_in_an_unsaid_order(solved)
        if order:      # never verified: the search chose which named object is the law's first member
            answer = replace(answer, status="hedged", reasons=(*answer.reasons, order))
        if shape:
            return vectorize(self, answer, best, solved, raw_arrays, shape, unit)
        return answer

    def _said_of_another(self, reading: Reading, s: _Solved) -> str:
        """A given the derivation uses whose name opens with an object's noun ("cable
        resistance") but that the reading sets on another object the question names (the
        heater): the two may be one thing (a bulb and a lamp) or two (a cable and the heater it
        feeds), and the answer takes them as one; why, or ""."""
        used = _used_givens(Derivation(s.target, (), s.steps))
        named = {o.key: o.kind for o in reading.setup.objects if o.role == "named"}
        vocab = self.planner.vocab
        for b in reading.givens:
            if b.node is None or node_id(b.node) not in used or b.node[1] not in named:
                continue
            name = self.planner.parse(b.text)
            opened = vocab.noun_at_start([w for w in name.words if w not in ("the", "a", "an")]) \
                if name.obj is None else None
            if opened is None:
                continue
            noun, key, kind = opened[0], b.node[1], named[b.node[1]]
            if noun == key or key.endswith(noun) or noun.endswith(key):
                continue
            # a narrower kind of the object's (a cable, a wire, beside a heater, a conductor): another
            # object of the family; not a partner (a battery) nor a noun of the object's own kind (an
            # objective of a microscope, a bulb of a lamp)
            if any(k != kind and self.kg.is_a(k, kind) for k in vocab.nouns.get(noun, ())):
                return (f"{b.text!r} is read as said of the {key}: the {noun} and the {key} are taken as one "
                        "object")
        return ""

    def _members_in_an_unsaid_order(self, s: _Solved) -> str:
        """A law of two members whose value depends on which is which (light from medium 1
        into medium 2, a critical angle; not two charges' force, not two resistors in series),
        applied to objects the question names without numbers ("seawater", "faceplate
        glass"): the names do not say the order, and the search took the one that derives a
        value (the other may break the law's conditions); why the answer is in doubt, or "".
        Found on batch X's verified wrong value: a critical angle for light going from water
        into glass, where none exists."""
        for st in s.steps:
            inst, law = st.instance, st.law
            if inst is None or not law.members or _symmetric_in_members(self.kg, law):
                continue
            slots: dict[int, set[str]] = {}
            for v, node in inst.binding:
                member = self.kg.quantity(v).member
                if member is not None:
                    slots.setdefault(member[1], set()).add(node[1])
            keys = [next(iter(ks)) for _, ks in sorted(slots.items()) if len(ks) == 1]
            if len(set(keys)) < 2 or any(k.startswith("#") or re.search(r"\d$", k) for k in keys):
                continue   # numbered members ("ball 1", the first mug) say their order
            return (f"{law.name} takes the {keys[0]} as its first {law.members} and the {keys[1]} as its second; "
                    "the names do not say which is which, and the law is not the same both ways")
        return ""

    def _named_only_as_partner(self, reading: Reading) -> str:
        """Why an answer about an object the question does not name, whose only named object
        is read as that object's partner ("Mars mass" read as the central body of an unnamed
        satellite, when the orbit asked for may be Mars's own), is in doubt; "" if not."""
        home = [o for o in reading.setup.objects if o.role == "default"]
        if not home or any(o.role == "named" for o in reading.setup.objects) \
                or reading.target.node is None or reading.target.node[1] != home[0].key:
            return ""
        keys = {o.key for o in reading.setup.objects}
        for b in reading.givens:
            if b.node is None or b.node[1] in keys:
                continue
            opened = self.planner.vocab.fronted(self.planner.parse(b.text))
            if opened is not None:
                return (f"the only object named, {opened.obj.noun!r}, is read as the partner of a {home[0].kind} "
                        f"the question does not name ({b.text!r}); the answer is about that {home[0].kind}")
        return ""

    def _negative_charges(self, reading: Reading, raw, solved: _Solved) -> str:
        """The given charges with a minus sign that the derivation uses, as text ("" if none)."""
        used = _used_givens(Derivation(solved.target, (), solved.steps))
        return ", ".join(repr(b.text) for b, (qty, _) in zip(reading.givens, raw)
                         if b.node is not None and node_id(b.node) in used
                         and self.kg.quantity(b.match.symbol).kind == CHARGE_KIND and np.any(np.asarray(qty.si) < 0))

    #: Longest derivation the oracle trusts: longer chains join facts of one object that
    #: belong to different situations (a height read as a fall, the fall's time as a
    #: period ...). Textbook derivations are shorter.
    MAX_TRUSTED_STEPS = 5
    #: Longest derivation (shape helpers aside) that may lean on standard conditions the
    #: question does not state.
    MAX_STANDARD_STEPS = 2
    #: The knowledge-base module of helpers that assume a shape (``valid=``: "circular area
    #: of radius r", "sphere of radius r") for an object of any kind: an answer through one
    #: is hedged with the shape it assumed (a radiating sphere's area is not pi r^2).
    SHAPE_HELPERS = "geometry"

    def _untrusted(self, reading: Reading, s: _Solved) -> str:
        """Why a derivation is not to be trusted with a value at all ("" if it is)."""
        n = len(s.steps)
        laws = " -> ".join(st.law.name for st in s.steps)
        # a shape's area from its diameter is no step between situations (and is hedged), nor
        # a constant of a kind the question names (an electron's mass and charge)
        steps = sum(1 for st in s.steps if st.law.field != self.SHAPE_HELPERS and st.law.inputs)
        if steps > self.MAX_TRUSTED_STEPS or n > 2 * self.MAX_TRUSTED_STEPS:
            return (f"the only derivation found chains {n} laws ({laws}): too long a chain to trust; "
                    "name the set-up more precisely or give more of its quantities")
        shapes = {st.law.valid for st in s.steps if st.law.field == self.SHAPE_HELPERS and st.law.valid}
        round_ = {x for x in shapes if any(w in x for w in ("circular", "circle", "sphere"))}
        if round_ and shapes - round_:
            # a box-shaped hull's area read as a circle's, then as a sphere's volume: one object, two shapes
            return (f"the only derivation found takes one object as shapes that exclude each other "
                    f"({'; '.join(sorted(shapes))}): {laws}")
        standard = sorted({c for st in s.steps for c in st.law.constants if c in STANDARD_CONSTANTS})
        if "g_n" in standard and any(_variable_of(st) == "g" and st.law.inputs for st in s.steps):
            # g worked out from values computed with the standard g_n: a circle through other
            # situations (a throw's top read as a projectile's, its range as a ledge's)
            return (f"the only derivation found works the place's g out of values it computed with the "
                    f"standard g_n ({laws}): a circle, not a derivation")
        # a definition that always holds (a frequency from the period, an efficiency as output
        # over input power, a total distance as the sum of its parts) joins no other situation
        situations = sum(1 for st in s.steps if st.law.field != self.SHAPE_HELPERS and st.law.inputs
                         and not self._combines_alike(st.law))
        if standard and not reading.stated_earth and situations > self.MAX_STANDARD_STEPS \
                and not set(standard).isdisjoint(_in_formula(s)):   # (g_n cancelling out assumes nothing)
            return (f"it would take standard conditions the question does not state ({', '.join(standard)}) "
                    f"through {n} laws ({laws}); say where (on Earth) or give g")
        return ""

    def _combines_alike(self, law: Law) -> bool:
        """Whether ``law`` always holds (no validity words, conditions, premise or constants)
        and only restates one quantity (a frequency as one over the period) or adds or divides
        quantities of one dimension (an efficiency, a total of parts): a definition, no
        situation."""
        if law.valid or law.conditions or law.premise or law.cost > 1 or law.constants or not law.inputs:
            return False
        return len({self.kg.quantity(v).dimension for v in law.inputs}) == 1

    def _vanishes(self, s: _Solved) -> bool:
        """Whether the target's value is zero whatever the givens (its composed formula is 0), or
        rounding noise of zero (below 1e-12 of a value of its dimension the derivation computes on
        the way; a given's size says nothing: a baseball's de Broglie wavelength beside its
        diameter)."""
        if _compose(s.target, tuple((st.output, st.formula) for st in s.steps)) == 0:
            return True   # m g_n / m - g_n: a lift's acceleration from a weight on level ground
        value = s.env.get(s.target)
        if value is None or not np.isscalar(value) or value == 0:
            return False
        dim = self.kg.quantity(_variable_of(s.steps[-1])).dimension
        sizes = [abs(s.env[st.output]) for st in s.steps[:-1]
                 if st.output in s.env and self.kg.quantity(_variable_of(st)).dimension == dim]
        return bool(sizes) and abs(value) < 1e-12 * max(sizes)

    # -- reading ----------------------------------------------------------------
    def _may_set_aside(self, readings, texts, dims) -> str | None:
        """The one given the best reading cannot read, if it may be set aside once the
        derivation is known: a derived reading that reads every other name, and a given
        with a dimension ("water depth in the harbour" beside two barges colliding). A
        pure number is never set aside: a count may scale anything."""
        if not readings or not readings[0].derived or len(readings[0].unreadable) != 1:
            return None
        text_ = readings[0].unreadable[0]
        if text_ not in texts or dims[texts.index(text_)] is None or dims[texts.index(text_)].dimensionless:
            return None
        return text_

    #: Where an image is caught: only a real image forms there.
    SCREENS = frozenset({"screen", "paper", "sensor", "film", "wall", "card", "retina", "detector", "real"})

    def _virtual_on_a_screen(self, reading: Reading, s: _Solved) -> str:
        """Why the givens contradict the question, where it asks for the distance of an image
        caught on a screen (paper, a sensor, a wall) and they give a virtual one (a negative
        image distance: an object inside the focal length); else ""."""
        if not s.steps or _variable_of(s.steps[-1]) != "d_i":
            return ""
        x = s.env.get(s.target)
        if x is None or not np.isscalar(x) or x >= 0 or not set(words_of(reading.target.text)) & self.SCREENS:
            return ""
        return (f"{reading.target.text!r} asks for an image caught on a screen, which only a real image "
                f"forms, but the givens give a virtual one (image distance {x:.4g} m: the object is inside "
                "the focal length)")

    def _one_given_apart(self, given: dict, find, texts, dims, find_text, udim, run) -> Answer | None:
        """The answer without the one given that fits no set-up with the others (a patient's
        mass beside a tumour's dose, a screen's size beside a standby power), hedged and saying
        so; None where no set-up holds all the names but this one. Kept only where exactly one
        given can go and the rest then give a value; where a quantity of its dimension takes
        part, the answer says so (it may be the one that matters, read on the wrong object).
        A pure number never goes: a count may scale anything."""
        if len(texts) < 3 or not self.planner.vocab.matches(self.planner.parse(find_text), None, udim):
            return None
        names = [k for k in given if (k.symbol if isinstance(k, Quantity) else k) in texts]
        fits = []
        for name in names:
            text_ = name.symbol if isinstance(name, Quantity) else name
            d = dims[texts.index(text_)]
            if d is None or d.dimensionless:
                continue
            rest = [t for t in texts if t != text_]
            if not self.planner.plan(rest, [dims[texts.index(t)] for t in rest], find_text, udim):
                continue
            fits.append((name, text_, d))
        if len(fits) != 1:
            return None
        name, text_, d = fits[0]
        try:
            answer = run({k: v for k, v in given.items() if k is not name})
        except ValueError:
            return None
        if answer.status not in ("verified", "hedged") or answer.derivation is None:
            return None
        parsed = self.planner.parse(text_)
        if parsed.obj is None and self.planner.vocab.fronted(parsed) is None \
                and self._read_in(text_, d, answer.derivation.steps):
            # a name of no object read as a quantity the derivation uses: the same quantity given
            # twice ("fundamental" and "second harmonic" frequency of one wire), no distractor
            # (one that names its object, "Earth's magnetic field" beside a cable's or a "motor
            # rating" beside the power a lift gives its load, may go)
            return None
        why = ("a quantity of its dimension takes part in the derivation: check that it is not the one meant"
               if d in self._dimensions_of(answer.derivation.steps, answer.target)
               else "no quantity of its dimension takes part in the derivation")
        return replace(answer, status="hedged", reasons=(
            *answer.reasons, f"{text_!r} set aside: it fits no set-up with the other names; {why}"))

    def _read_in(self, text_: str, dimension, steps) -> bool:
        """Whether a name's best readings (alone, on no object) are a quantity the derivation's
        laws use: a given set aside as fitting no set-up may then be that very quantity said a
        second time, with another value (a contradiction, not a distractor)."""
        matches = self.planner.vocab.matches(self.planner.parse(text_), None, dimension)
        if not matches:
            return False
        best = max(m.score for m in matches)
        used = {v for st in steps for v in st.law.variables}
        return any(m.symbol in used for m in matches if m.score == best)

    def _dimensions_of(self, steps, target: Quantity) -> set:
        """The dimensions of every quantity and constant a derivation's laws involve, and the
        target's."""
        units = {c.name: c.unit for c in self.kg.constants}
        out = {target.dimension}
        for st in steps:
            out.update(self.kg.quantity(v).dimension for v in st.law.variables)
            out.update(parse_unit(units[c]).dimension for c in st.law.constants if c in units)
        return out

    def _no_unreadable(self, readings, texts, dims, find_text, udim, raw_values=None, unit=None,
                       aside: str | None = None) -> None:
        """A name no reading can read is an error that names it, with suggestions of the
        right dimension (worked out when the message is first shown) (never a value chosen silently: a name not read may be the one
        that matters, so the others are not answered around it). ``aside``: a given that
        may yet be set aside (:meth:`_may_set_aside`), checked once the derivation is known."""
        if readings and readings[0].target.node is not None and set(readings[0].unreadable) <= {aside}:
            return
        if not readings and self.planner.vocab.matches(self.planner.parse(find_text), None, udim):
            self._wrong_dimension(find_text, udim, None, unit)
            for text_, d, value in zip(texts, dims, raw_values or [None] * len(texts)):
                self._wrong_dimension(text_, d, value)
            names = ", ".join(repr(t) for t in (*texts, find_text))
            raise UnknownQuantityError(
                f"the names {names} do not fit one set-up: no kinds of object the knowledge base "
                "knows have all of these quantities together; name the object each belongs to "
                "(\"heat from the hot reservoir\", \"mass of the car\")")
        bad_target = not readings or all(r.target.node is None for r in readings)
        if bad_target:
            self._wrong_dimension(find_text, udim, None, unit)
            raise UnknownQuantityError(LazyText(partial(self._suggest, find_text, udim, "asked for")))
        best = readings[0]
        for text_, d, value in zip(texts, dims, raw_values):
            if text_ in best.unreadable:
                self._wrong_dimension(text_, d, value)
                raise UnknownQuantityError(LazyText(partial(self._suggest, text_, d, "given")))

    def _no_typos(self, text_: str) -> None:
        """A word that is a near miss of a word the knowledge base uses is a typo to
        report, not a word to set aside ("kinetc energy"), when mending it makes the name
        one the knowledge base has ("kinetic energy"); a word of its own that happens to be
        near one ("slide height", "venous pressure") is left to the reading."""
        vocab = self.planner.vocab
        if text_ in vocab.symbols:
            return
        for w in self.planner.parse(text_).words:
            right = vocab.typo(w)
            if right is not None:
                fixed = text_.replace(w, right) if w in text_ else right
                if not any(m.how in ("exact", "symbol") for m in vocab.matches(self.planner.parse(fixed))):
                    continue
                raise UnknownQuantityError(f"no quantity is called {text_!r}: {w!r} is no word of the knowledge "
                                           f"base; did you mean {fixed!r}?")

    def _wrong_dimension(self, text_: str, dimension, value, unit: str | None = None) -> None:
        """A name that is exactly a quantity's symbol or name, with a value (or unit asked
        for) of another dimension: that is the error to report."""
        if dimension is None:
            return
        name = self.planner.parse(text_)
        exact = [m for m in self.planner.vocab.matches(name) if m.how in ("symbol", "exact")]
        if exact and all(self.kg.quantity(m.symbol).dimension != dimension for m in exact):
            q = self.kg.quantity(exact[0].symbol)
            if value is None:
                shown = f"{unit!r} ({dimension.describe()})" if unit else f"a unit that is {dimension.describe()}"
                raise DimensionMismatchError(f"the answer {q.name} ({q.symbol}) is {q.dimension.describe()}; it "
                                             f"cannot be given in {shown}")
            raise DimensionMismatchError(_mismatch(value, q, dimension))

    def _suggest(self, text_: str, dimension, role: str) -> str:
        import difflib

        name = self.planner.parse(text_)
        pool = {}
        for q in self.kg.quantities:
            if dimension is None or q.dimension == dimension:
                for label in (q.name, *q.synonyms):
                    pool.setdefault(label.lower(), q)
        same = pool.get(" ".join(text_.lower().split()))
        if same is not None:   # a name of the knowledge base, on no object the other names allow
            return (f"{text_!r} ({role}) is the {same.name} ({same.symbol}), but no set-up that the other "
                    "names fit has it; name the object it belongs to")
        close = [f"{pool[c].name!r} ({pool[c].symbol})"
                 for c in difflib.get_close_matches(text_.lower().strip(), list(pool), n=3, cutoff=0.6)]
        for m in self.planner.vocab.matches(name, None, dimension)[:3]:
            q = self.kg.quantity(m.symbol)
            if len(close) < 3 and f"{q.name!r} ({q.symbol})" not in close:
                close.append(f"{q.name!r} ({q.symbol})")
        dim = f" of dimension {dimension.describe()}" if dimension is not None else ""
        hint = f"; did you mean {' or '.join(dict.fromkeys(close))}?" if close else ""
        return f"no quantity{dim} is called {text_!r} ({role}) in any set-up of the knowledge base{hint}"

    def _without_misread_twins(self, readings: list[Reading], raw) -> Reading:
        """The first reading, unless it puts two givens of different head nouns and values on
        one quantity of one object, one of them read loosely ("depth of the hole below the
        surface" and "height of the hole above the ground" both as the hole's height): that is
        a misreading, not a contradiction of the question, so the first derived reading that
        does not is taken; so where the two names say opposite things ("below the surface",
        "above the ground"). Givens of one head noun ("mass", "mass of the body") or two exact
        names of one quantity ("speed", "velocity") given twice still contradict."""
        from .plan import _head_word

        def misread(r: Reading) -> tuple:
            seen: dict = {}
            for b, (qty, shown) in zip(r.givens, raw):
                if b.node is None:
                    continue
                v = self._si(self.kg.quantity(b.match.symbol), qty, shown, magnitude=bool(_MAGNITUDE.search(b.text)))
                if b.node in seen and not math.isclose(seen[b.node][0], v, rel_tol=1e-9) \
                        and _head_word(seen[b.node][1]) != _head_word(b.text) \
                        and (not (seen[b.node][2] and b.match.how in ("exact", "symbol"))
                             or _opposed(set(words_of(seen[b.node][1])), words_of(b.text))):
                    # (two exact names of it contradict, unless they say opposite things: below, above)
                    return seen[b.node][1], b.text, b.match.symbol
                seen.setdefault(b.node, (v, b.text, b.match.how in ("exact", "symbol")))
            return ()

        try:
            twins = misread(readings[0])
            if not twins:
                return readings[0]
            other = next((r for r in readings[1:] if r.derived and not misread(r)), None)
        except (ValueError, ArithmeticError):   # a value its quantity refuses: _values says which
            return readings[0]
        if other is not None:
            return other
        a, b, symbol = twins
        q = self.kg.quantity(symbol)
        raise UnknownQuantityError(
            f"{a!r} and {b!r} are read only as one {q.name} ({q.symbol}) of one object, yet they are named as "
            "different things with different values: no set-up of the knowledge base holds both; name the "
            "object each belongs to")

    #: Distances the lens and mirror laws sign by the real-is-positive convention: a name that
    #: says the image is virtual gives its distance's size, which is negative.
    VIRTUAL_SIGNED = frozenset({"d_i"})

    def _values(self, reading: Reading, raw) -> dict[tuple[str, str], float]:
        """The givens' SI values, by node, each checked against its quantity."""
        out = {}
        for b, (qty, shown) in zip(reading.givens, raw):
            if b.node is None:
                continue
            q = self.kg.quantity(b.match.symbol)
            v = self._si(q, qty, shown, magnitude=bool(_MAGNITUDE.search(b.text)))
            if q.kind == CHARGE_KIND:
                v = abs(v)   # the laws take charges as magnitudes (an electron's -e as e)
            if q.symbol in self.VIRTUAL_SIGNED and v > 0 and "virtual" in words_of(b.text):
                v = -v       # "distance of the virtual image": real is positive, so a virtual one's is negative
            if b.node in out and not math.isclose(out[b.node], v, rel_tol=1e-9):
                raise ContradictoryGivensError(f"{q.name} ({q.symbol}) is given twice with different values")
            out[b.node] = v
        return out

    def _rivals(self, readings: list[Reading]) -> list[Reading]:
        """The derived readings that fit the question as well as the best one (and with no
        more objects: a reading that makes up another object to hold a given is simpler
        to read otherwise)."""
        best = readings[0]
        key = best.rank[:5]
        out, seen = [], set()
        for r in readings:
            if not r.derived or r.rank[:5] != key or r.rank[6] != best.rank[6] or r.rank[7] > best.rank[7] + 0.1:
                continue
            if len(r.setup.objects) > len(best.setup.objects):
                continue
            sig = (r.target.node, tuple(sorted((o.key, o.kind) for o in r.setup.objects)),
                   tuple(g.node for g in r.givens))
            if sig not in seen:
                seen.add(sig)
                out.append(r)
        return out[:6]

    #: Words that tell two places apart, not two moments: a value at each is no start and end.
    PLACES = frozenset({"inside", "outside", "inner", "outer", "indoor", "outdoor", "interior", "exterior",
                        "hot", "cold", "warm", "upper", "lower", "top", "bottom", "upstream", "downstream"})

    def _states_swapped(self, reading: Reading) -> Reading | None:
        """The reading with its start and end values of one quantity exchanged, where the
        names that the planner read as the two states name two places ("inside temperature",
        "outside temperature"), not two moments; else None."""
        starts = {"T_i": "T_f", "pr_i": "pr_f", "Vol_i": "Vol_f"}
        givens = list(reading.givens)
        for i, a in enumerate(givens):
            if a.node is None or a.match is None or a.node[0] not in starts:
                continue
            j = next((k for k, b in enumerate(givens) if b.node == (starts[a.node[0]], a.node[1])), None)
            if j is None or a.match.how in ("exact", "symbol") or givens[j].match.how in ("exact", "symbol"):
                continue
            if not (self.PLACES & set(words_of(a.text)) and self.PLACES & set(words_of(givens[j].text))):
                continue
            b = givens[j]
            givens[i], givens[j] = replace(a, node=b.node, match=b.match), replace(b, node=a.node, match=a.match)
            return replace(reading, givens=tuple(givens))
        return None

    def _fullest(self, alts: list) -> list:
        """Of readings that fit as well as each other, those whose derivations use the most
        givens, and of these the ones that assume no shape if any do not: a reading that sets
        a given aside (the air's temperature beside the speed of sound at 0 degC), or takes a
        distance as a circle's radius, is no rival of one that need not."""
        if len(alts) < 2:
            return alts
        used = [len(_used_givens(Derivation(s.target, (), s.steps))) for _, s in alts]
        most = [a for a, n in zip(alts, used) if n == max(used)]
        plain = [(r, s) for r, s in most
                 if not any(st.law.field == self.SHAPE_HELPERS and st.law.valid for st in s.steps)]
        return plain or most

    def _fuller(self, reading: Reading, values: dict, solved: _Solved, engine, backend, backend_options) -> _Solved:
        """The search takes the quickest derivation; one through a law's premise ("the
        applied force is the only force") may leave a given unused that a derivation without
        premises uses (the friction coefficient). Prefer that one: it accounts for more of
        the question."""
        if not any(_assumes_premise(st.law) for st in solved.steps):
            return solved
        givens = {node_id(g.node) for g in reading.givens if g.node is not None}
        used = givens & set(_used_givens(Derivation(solved.target, (), solved.steps)))
        if used == givens:
            return solved
        bound = solved.bound
        premised = frozenset(e for e in range(bound.incidence.n_edges) if _assumes_premise(bound.edge(e)[0]))
        try:
            # standard conditions too, if need be: they are named in the hedges like a premise
            other = self._solve(replace(reading, standard=True), values, engine, backend, backend_options,
                                avoid=premised)
        except QueryError:
            return solved
        if other is None or self._untrusted(reading, other):
            return solved
        more = givens & set(_used_givens(Derivation(other.target, (), other.steps)))
        return other if len(more) > len(used) else solved

    def _premise_said(self, reading: Reading, values: dict, solved: _Solved, engine, backend,
                      backend_options) -> _Solved:
        """The quickest derivation may go through a law whose premise no name states (a thrust
        the only force along the motion) where another, through laws whose premises the
        names state (a rocket's thrust lifting it against its weight, under standard
        gravity), uses the same givens: that one is the question's."""
        unstated, assumed, avoid = self._unstated_premises(reading, solved)
        if not assumed:
            return solved
        try:
            other = self._solve(replace(reading, standard=True), values, engine, backend, backend_options,
                                avoid=avoid)
        except QueryError:
            return solved
        if other is None or self._untrusted(reading, other) or self._denied(reading, other) \
                or any(unstated(st.law) for st in other.steps):
            return solved
        said = lambda s_: {st.law.id for st in s_.steps if _assumes_premise(st.law)}
        used = lambda s_: set(_used_givens(Derivation(s_.target, (), s_.steps)))
        return other if said(other) and used(other) == used(solved) else solved

    #: Most laws of a derivation set aside, one at a time, to look for one using more givens.
    MAX_DETOURS = 6

    def _more_givens(self, reading: Reading, values: dict, solved: _Solved, engine, backend,
                     backend_options, checked: frozenset = frozenset()) -> tuple[_Solved, str]:
        """The quickest derivation may leave a given unused that another derivation uses
        (the battery's internal resistance beside I = emf/R; a launch speed beside a free
        fall). Set aside each law of the derivation in turn; a derivation that uses more of
        the givens (no longer, within what is trusted) accounts for more of the question and
        answers. When it gives another value, the answer says so (the caller hedges it).
        Givens ``checked`` against a limit that holds (the reservoirs' temperatures beside an
        engine's efficiency) are accounted for: no detour goes looking for a use of them.
        (solved, note): the note is "" when nothing changed or both give one value."""
        givens = {node_id(g.node) for g in reading.givens if g.node is not None and g.node not in checked}
        used = givens & set(_used_givens(Derivation(solved.target, (), solved.steps)))
        if used == givens or not solved.steps:
            return solved, ""
        used &= _in_formula(solved)   # what its value depends on (a = (v - v)/t depends on nothing)
        bound = solved.bound
        path = solved.search.derivation(bound.index[reading.target.node])
        best, best_used = None, used
        for e in list(path)[: self.MAX_DETOURS]:
            try:
                other = self._solve(reading, values, "closure", "numba", None, avoid=frozenset({e}))
            except QueryError:
                continue
            if other is None or self._untrusted(reading, other) or len(other.steps) > len(solved.steps) + 2:
                continue
            if _leaks(other) and not _leaks(solved) and not any(_standard(st.law) for st in other.steps):
                continue   # the surroundings worked out from the object alone (g from a fall): below standard conditions
            more = givens & set(_used_givens(Derivation(other.target, (), other.steps)))
            if len(more) > len(best_used):
                more &= _in_formula(other)   # a given that cancels out (a pulse's duration in
                # Q = CV, I = Q/t, P = VI, E = Pt) is read, not used: no reason to go round
            if len(more) > len(best_used):
                best, best_used, avoid = other, more, frozenset({e})
        if best is None:
            return solved, ""
        if engine != "closure":   # the answer comes from the engine asked for
            try:
                again = self._solve(reading, values, engine, backend, backend_options, avoid=avoid)
            except QueryError:
                again = None
            if again is not None and givens & set(_used_givens(Derivation(again.target, (), again.steps))) == best_used:
                best = again
        was, now = solved.env[solved.target], best.env[best.target]
        if math.isclose(was, now, rel_tol=1e-9, abs_tol=1e-300):
            return best, ""
        q = self.kg.quantity(reading.target.match.symbol)
        unused = ", ".join(repr(b.text) for b in reading.givens if b.node is not None and node_id(b.node) in best_used - used)
        return best, (f"uses {unused}: a shorter derivation that leaves it unused gives {was:.6g} {q.unit} "
                      f"({' -> '.join(st.law.name for st in solved.steps)})")

    #: How far apart two models' values may be and both still count as one answer (a
    #: Newtonian and a relativistic kinetic energy at 0.05 c: 0.2%).
    REL_TOL_MODELS = 0.005

    def _rival_model(self, reading: Reading, values: dict, solved: _Solved) -> str:
        """Where the knowledge base holds two models of one step that both apply here (an
        approximation within its conditions and the exact law: v = cz and the relativistic
        Doppler shift, at z = 0.02), and the other one, from the same givens, gives a value
        more than :data:`REL_TOL_MODELS` away: a note naming both (the caller hedges the
        answer), else "". Only steps whose output some law derives under conditions (an
        approximation) are tried."""
        if not solved.steps or not any(_variable_of(st) in self._approximated for st in solved.steps):
            return ""
        used = set(_used_givens(Derivation(solved.target, (), solved.steps)))
        bound = solved.bound
        path = solved.search.derivation(bound.index[reading.target.node])
        was = solved.env[solved.target]
        for e in list(path)[: self.MAX_DETOURS]:
            try:
                other = self._solve(reading, values, "closure", "numba", None, avoid=frozenset({e}))
            except QueryError:
                continue
            if other is None or self._untrusted(reading, other) or not used <= set(
                    _used_givens(Derivation(other.target, (), other.steps))) or not self._one_step_apart(solved, other):
                continue
            now = other.env[other.target]
            if math.isclose(was, now, rel_tol=self.REL_TOL_MODELS, abs_tol=1e-300):
                continue
            q = self.kg.quantity(reading.target.match.symbol)
            mine = {st.law.name for st in solved.steps}
            theirs = {st.law.name for st in other.steps}
            return (f"two models that hold here disagree: {', '.join(sorted(mine - theirs))} gives {was:.6g} {q.unit}, "
                    f"{', '.join(sorted(theirs - mine))} gives {now:.6g} {q.unit}; the question does not say which "
                    "it takes")
        return ""

    def _one_step_apart(self, a: _Solved, b: _Solved) -> bool:
        """Whether two derivations differ in how they derive one quantity only, one of them by
        an approximation (a law with conditions) of it, every other step the same law (extra
        steps of the other only definitions: a redshift from its wavelengths): two models of
        one step, not two situations (a fall and a throw)."""
        mine = {st.output: st for st in a.steps}
        theirs = {st.output: st for st in b.steps}
        apart = [n for n in mine if n not in theirs or theirs[n].law.id != mine[n].law.id]
        if len(apart) != 1 or apart[0] not in theirs:
            return False
        x, y = mine[apart[0]], theirs[apart[0]]
        if not (x.law.conditions or y.law.conditions) or _variable_of(x) not in self._approximated:
            return False
        extra = [st for n, st in theirs.items() if n not in mine]
        return all(not st.law.valid and not st.law.premise and not st.law.conditions for st in extra)

    @property
    def _approximated(self) -> frozenset[str]:
        """The symbols some law derives only under conditions on the values (an approximation:
        v = cz for z <= 0.1, a Newtonian energy for v <= c/10)."""
        if not hasattr(self, "_approximated_cache"):
            self._approximated_cache = frozenset(law.output for law in self.kg.laws if law.conditions)
        return self._approximated_cache

    #: Readings below the best one tried when the best one's derivation is not to be trusted.
    MAX_FALLBACK_READINGS = 6

    def _trusted_instead(self, readings, raw, best, values, solved, engine, backend, backend_options):
        """The best reading ranks first by accounting for every given, but its only
        derivation may be too long to trust (the mass of a falling ball "used" through a
        17-law chain of springs and banked curves). Then the next reading, in rank order,
        whose derivation is to be trusted answers instead: it names what it leaves unused,
        and the answer is hedged by it. (reading, values, solved); the best one's if none."""
        tried = 0
        seen = {(best.target.node, tuple(g.node for g in best.givens))}
        for r in readings[1:]:
            if tried >= self.MAX_FALLBACK_READINGS:
                break
            if not r.derived or r.target.node in {g.node for g in r.givens}:
                continue
            key = (r.target.node, tuple(g.node for g in r.givens))
            if key in seen:   # the same names on the same objects, of other kinds: tried alike
                continue
            seen.add(key)
            if (r.unreadable or len(r.unused) > 1
                    or any(g.text in r.unused and g.match.how not in ("exact", "symbol") for g in r.givens)):
                continue   # it may set aside one given it understood, no more: an unread one may be what matters
            tq = self.kg.quantity(r.target.match.symbol)
            if tq.dimension != self.kg.quantity(best.target.match.symbol).dimension:
                continue
            tried += 1
            try:
                v = self._values(r, raw)
                s = self._solve(r, v, engine, backend, backend_options)
            except QueryError:
                continue
            if s is None:
                continue
            s = self._fuller(r, v, s, engine, backend, backend_options)
            if not self._untrusted(r, s):
                return r, v, s
        return best, values, solved

    def _read_without(self, first: Reading, keep: list[int], texts, dims, raw, find_text, udim, unit, ureg,
                      engine, backend, backend_options):
        """The question read with only the givens ``keep`` (indices): (reading, values, solved)
        of its best reading when that derives a value to be trusted, else None. The givens
        left out stay in the reading as ``first`` read them, unused."""
        readings = self.planner.plan([texts[i] for i in keep], [dims[i] for i in keep], find_text, udim,
                                     asked_kind(unit, ureg))
        if not readings or not readings[0].derived or readings[0].unreadable:
            return None
        r = readings[0]
        try:
            values = self._values(r, [raw[i] for i in keep])
            s = self._solve(r, values, engine, backend, backend_options)
        except QueryError:
            return None
        if s is None or self._untrusted(r, s) or self._denied(r, s) or self._cancelled(r, s) \
                or not _in_formula(s) & {node_id(b.node) for b in r.givens if b.node is not None}:
            return None   # (nor one that goes round itself: a = (v - v)/t depends on no given)
        givens = tuple(r.givens[keep.index(i)] if i in keep else first.givens[i] for i in range(len(texts)))
        r = replace(r, givens=givens, unused=(*r.unused, *(texts[i] for i in range(len(texts)) if i not in keep)))
        return r, values, replace(s, reading=r)

    #: Words of an asked-for name that ask for the whole of several objects.
    TOTALS = frozenset({"total", "combined", "net", "overall", "whole"})

    def _total_from_each(self, reading: Reading, s: _Solved) -> str:
        """Why a total cannot come from a given said of *each* of several objects ("total power"
        with "resistance of each speaker") where the derivation takes no count: the question
        does not say how many there are or how they are joined, and a value for one of them
        is not their total; else ""."""
        if not self.TOTALS & set(words_of(reading.target.text)):
            return ""
        used = _used_givens(Derivation(s.target, (), s.steps))
        counts = {st.law.output for st in s.steps} | {b.node[0] for b in reading.givens
                                                       if b.node is not None and node_id(b.node) in used}
        if any(self.kg.quantity(sym).kind == "count" for sym in counts if sym in self.kg.index):
            return ""
        if any("identical" in (st.law.valid or "") or "identical" in (st.law.premise or "") for st in s.steps):
            return ""   # a law of identical elements counts them itself (two equal sources: +3 dB)
        for b in reading.givens:
            if b.node is not None and node_id(b.node) in used and "each" in words_of(b.text):
                return (f"{b.text!r} is said of each of several, and the question asks for their total, but "
                        "it does not say how many there are or how they are joined")
        return ""

    def _sets_aside_most(self, reading: Reading, s: _Solved, checked: frozenset = frozenset()) -> str:
        """Why a derivation that leaves half the givens or more unused (two or more, and as
        many as it uses) answers another question than the one asked ("" if it does not):
        the 800 MW a power plant delivers is no answer to its waste heat, whatever the
        temperatures and efficiency beside it; a lamp's current from its cold resistance is
        none at its operating temperature."""
        used = set(_in_formula(s))
        # unread ones count; givens checked against a limit that holds (an engine's reservoir
        # temperatures beside its efficiency) or against a law that always holds together with a
        # given the derivation uses (a kinetic energy beside the mass and the speed) are accounted for
        given_nodes = {b.node for b in reading.givens if b.node is not None}
        for inst in bind(self.kg, reading.setup).instances:
            nodes = {n for _, n in inst.binding}
            if self.kg.laws[inst.law].cost <= 1 and nodes <= given_nodes and any(node_id(n) in used for n in nodes):
                checked = checked | nodes
        unused = [b.text for b in reading.givens
                  if b.node is None or (node_id(b.node) not in used and b.node not in checked)]
        if len(unused) < 2 or len(unused) < len(reading.givens) - len(unused):
            return ""
        return (f"the only derivation found ({' -> '.join(st.law.name for st in s.steps) or 'a given'}) sets aside "
                f"{', '.join(map(repr, unused))}: most of the question, so it answers another one")

    def _cancelled(self, reading: Reading, s: _Solved) -> tuple[str, ...]:
        """The names of the givens a derivation reads that its composed formula does not
        depend on."""
        used = set(_used_givens(Derivation(s.target, (), s.steps)))
        if len(s.steps) < 2 or len(used) < 2:
            return ()
        gone = used - _in_formula(s)
        return tuple(b.text for b in reading.givens if b.node is not None and node_id(b.node) in gone)

    def _unused_twin(self, reading: Reading, s: _Solved, checked: frozenset = frozenset()) -> str:
        """A given left unused that is the same quantity as one the derivation uses, of
        another object (the cladding's refractive index beside the core's): the question
        is about both, and a derivation that reads one of them answers another question."""
        used = set(_used_givens(Derivation(s.target, (), s.steps)))
        base = lambda b: self.kg.quantity(b.match.symbol).base
        # objects the derivation involves: an unused mass of the satellite whose orbital speed
        # is derived is a distractor (the physics says it does not matter), not another question
        involved = {node[1] for st in s.steps if st.instance is not None for _, node in st.instance.binding}
        asked_of = reading.target.node[1]
        for b in reading.givens:
            if b.node is None or node_id(b.node) in used or b.node[1] in involved \
                    or _labelled_alike(b.node[1], asked_of):   # ball 1's kinetic energy needs no mass of ball 2
                continue
            for g in reading.givens:
                if g.node is not None and node_id(g.node) in used and g.node[1] != b.node[1] and base(g) == base(b):
                    if b.node[1] == "" and g.node[1] == asked_of != "":
                        # the Sun's temperature asked about, beside a "kiln temperature" of
                        # nothing the question names: a distractor, said unused (hedged)
                        continue
                    q = self.kg.quantity(base(b))
                    return (f"{b.text!r} and {g.text!r} are both a {q.name}; the only derivation found uses "
                            f"{g.text!r} alone, so it answers another question (no law here relates both)")
        # two values of one quantity, neither used (the air's temperature inside a balloon and
        # outside it): what the question compares, the derivation leaves out (where they do not
        # contradict a law: then the question is ill-posed, said so)
        if self._contradicted(s):
            return ""
        unused: dict[str, list] = {}
        for b in self._unused(reading, s):
            if b.match is not None and b.node not in checked:   # (checked against a limit: accounted for)
                unused.setdefault(self.kg.quantity(b.match.symbol).kind, []).append(b)
        pair = next((bs for bs in unused.values() if len(bs) >= 2), None)
        if pair:
            kind = self.kg.quantity(pair[0].match.symbol).kind
            return (f"{pair[0].text!r} and {pair[1].text!r} are both a {kind}, and the only derivation found "
                    "uses neither, so it answers another question")
        return ""

    def _shaped_twin(self, reading: Reading, s: _Solved) -> str:
        """A given left unused of the dimension of a quantity the derivation makes by
        assuming a shape (a kettle's volume unused, a volume made as a sphere's from a tap's
        radius): the question gave what the derivation invents, so it answers another
        question. Why, or ""."""
        used = set(_used_givens(Derivation(s.target, (), s.steps)))
        shaped = {self.kg.quantity(_variable_of(st)).dimension: st.law.name for st in s.steps
                  if st.law.field == self.SHAPE_HELPERS and st.law.inputs and st.law.valid}
        for b in reading.givens:
            if b.node is None or node_id(b.node) in used:
                continue
            made = shaped.get(self.kg.quantity(b.match.symbol).dimension)
            if made:
                return (f"the only derivation found leaves {b.text!r} unused and makes a quantity of its "
                        f"dimension by assuming a shape ({made}), so it answers another question")
        return ""

    def _on_a_lone_member(self, reading: Reading, s: _Solved) -> str:
        """A given the derivation uses that the question does not say is of a numbered object
        ("battery voltage") read onto it ("resistor 1", whose siblings the question never
        names): the battery drives the resistors the number says exist too, so the value
        answers another set-up. Why, or ""."""
        used = set(_used_givens(Derivation(s.target, (), s.steps)))
        for o in _lone_numbered(reading.setup):
            for b in reading.givens:
                if b.node is not None and b.node[1] == o.key and node_id(b.node) in used \
                        and self._said_of(b.text) != o.key:
                    return (f"{b.text!r} would be read as {o.key}'s, but {o.key!r} is numbered, so the set-up has "
                            f"other {o.key.rsplit(' ', 1)[0]}s the question says nothing about")
        return ""

    def _opposite_ends(self, reading: Reading, s: _Solved) -> str:
        """A derivation that only restates one given (every step a law ``x = y``) where the
        given is named what goes out of a machine and the asked-for name what goes in, or
        the reverse ("electrical power drawn" answered with the "heat output"): no law of the
        set-up relates the two, so the value is of another set-up. Why, or ""."""
        if not s.steps or not all(st.law.expression in st.law.inputs for st in s.steps):
            return ""
        side = lambda text: {w for w in re.findall(r"[a-z]+", text.lower())}
        asked = side(reading.target.text)
        used = set(_used_givens(Derivation(s.target, (), s.steps)))
        for b in reading.givens:
            if b.node is None or node_id(b.node) not in used:
                continue
            said = side(b.text)
            for a, z, how in ((_GOES_IN, _GOES_OUT, ("goes in", "comes out")),
                              (_GOES_OUT, _GOES_IN, ("comes out", "goes in"))):
                if asked & a and said & z and not asked & z and not said & a:
                    return (f"{reading.target.text!r} is what {how[0]} and {b.text!r} what {how[1]}; the only "
                            f"derivation found equates them ({s.steps[-1].law.name}), and no law here relates them")
        return ""

    def _special_case_past_a_given(self, reading: Reading, s: _Solved) -> str:
        """A derivation through a special case (an ideal source: terminal voltage = emf) that
        leaves unused a given the general law of the same quantity reads (the current, beside
        an unknown internal resistance): the question gives it because the special case does
        not hold. Why, or ""."""
        unused = {b.node[0]: b for b in self._unused(reading, s)}
        if not unused:
            return ""
        kg = self.kg
        for st in s.steps:
            law = st.law
            if law.cost <= 1 or not law.valid or st.instance is None:
                continue
            out = _variable_of(st)
            kind = reading.setup.get(dict(st.instance.binding)[out][1])
            for other in kg.laws:   # a general law: the special one's variables and more
                if other is law or other.cost > 1 or not set(law.variables) < set(other.variables) \
                        or kind is None or not kg.is_a(kind.kind, other.on):
                    continue
                read = next((unused[v] for v in other.variables if v in unused and v not in law.variables), None)
                if read is not None:
                    return (f"the only derivation found assumes {law.valid} ({law.name}) and leaves {read.text!r} "
                            f"unused, which {other.name} reads: the question gives it because the special case "
                            "does not hold")
        return ""

    def _one_of_several(self, reading: Reading, s: _Solved) -> str:
        """An asked-for name that says it is one of several things ("resistance of each
        resistor", "thrust per rotor", "power of one bulb") answered by a derivation of a
        single one: where a given counts those things and the derivation leaves it unused,
        or where nothing the question gives is said of them at all (a battery's voltage and
        the total current say nothing of how many resistors share them), the value is of
        another set-up. Why, or ""."""
        m = _ONE_OF.search(reading.target.text)
        if m is None:
            return ""
        word, noun = m[1].lower(), _singular(m[2])
        used = set(_used_givens(Derivation(s.target, (), s.steps)))
        counts = [b for b in reading.givens if (c := _COUNT_OF.search(b.text)) and _singular(c[1]) == noun]
        if counts:
            if any(b.node is not None and node_id(b.node) in used for b in counts):
                return ""
            return (f"{reading.target.text!r} asks for one {noun} of several ({counts[0].text!r}), but the only "
                    "derivation found leaves their number unused: its value is not one's share")
        said = lambda text: noun in {_singular(w) for w in re.findall(r"[a-z-]+", text.lower())} \
            or re.search(r"\b(?:each|every|per|one)\b", text, re.I)
        if word in ("each", "every") and not any(said(b.text) for b in reading.givens):
            return (f"{reading.target.text!r} asks for each {noun}'s value, but nothing given is said of the "
                    f"{noun}s: not how many there are, how they are joined, or what one has")
        return ""

    def _denial(self, reading: Reading, values: dict) -> str:
        """Why a reading the planner found underived would derive only through a law whose
        premise the question's names deny (or never say), or ""."""
        if reading.target.node is None or reading.target.node not in bind(self.kg, reading.setup).index:
            return ""
        try:
            s = self._solve(reading, values, "closure", "numba", None)
        except QueryError:
            return ""
        return self._denied(reading, s) if s is not None else ""

    def _denied(self, reading: Reading, s: _Solved) -> str:
        """Why the derivation's premise cannot hold: a name of the question denies it."""
        names = [b.text for b in (*reading.givens, reading.target)]
        for st in s.steps:
            why = premise_excluded(st.law.premise, names)
            if why:
                return f"{st.law.name} assumes {premise_text(st.law.premise)}, but {why}; no law here accounts for it"
        return ""

    def _either_sign(self, reading: Reading, values: dict, solved: _Solved) -> tuple[str, list]:
        """A given named as a size ("magnitude of the focal length") of a quantity that may
        be negative (a focal length, a charge, a velocity) says nothing about its sign. When
        the derivation uses it and the other sign also gives an answer, and a different one,
        the question is ambiguous: (the given's name, [(reading, solved)] for each sign);
        else ("", []).
        """
        used = _used_givens(Derivation(solved.target, (), solved.steps))
        for b in reading.givens:
            if b.node is None or node_id(b.node) not in used or "magnitude" not in words_of(b.text):
                continue
            q = self.kg.quantity(b.match.symbol)
            if any(var == q.symbol and sign in (">", ">=", "<", "<=") for var, sign in _signs(q.assumes)):
                continue   # the quantity has one sign: its magnitude is its value
            if "magnitude" in words_of(b.match.label):
                continue   # the word names the quantity itself (a star's absolute magnitude), not a size
            flipped = dict(values)
            flipped[b.node] = -values[b.node]
            try:
                other = self._solve(reading, flipped, "closure", "numba", None)
            except QueryError:
                continue
            if other is None or math.isclose(other.env[other.target], solved.env[solved.target], rel_tol=1e-6):
                continue
            shown = f"{abs(values[b.node]):.6g} {q.unit}"
            return b.text, [(f"{b.text} = +{shown}", solved), (f"{b.text} = -{shown}", other)]
        return "", []

    @staticmethod
    def _unstated_premises(reading: Reading, solved: _Solved):
        """``(unstated, assumed, avoid)``: whether a law assumes a premise no name of the
        question states, the ids of the derivation's laws that do, and the hyperedges of
        those laws (a second search avoids them)."""
        names = [b.text for b in (*reading.givens, reading.target)]
        unstated = lambda law: _assumes_premise(law) and not premise_stated(law.premise, names)
        assumed = {st.law.id for st in solved.steps if unstated(st.law)}
        bound = solved.bound
        avoid = frozenset(e for e in range(bound.incidence.n_edges) if bound.edge(e)[0].id in assumed) \
            if assumed else frozenset()
        return unstated, assumed, avoid

    def _either_premise(self, reading: Reading, values: dict, solved: _Solved):
        """A derivation through a law whose premise no name states (light arriving
        [polarized], a source [approaching]) where a law of the opposite premise, unstated
        too, derives the target from the same givens with another value (the light
        [unpolarized], the source [receding]): the question does not say which, so it is
        ambiguous. ((premise, solved), (other premise, other solved)), or None."""
        unstated, assumed, avoid = self._unstated_premises(reading, solved)
        if not assumed:
            return None
        try:
            other = self._solve(reading, values, "closure", "numba", None, avoid=avoid)
        except QueryError:
            return None
        if other is None or self._untrusted(reading, other) or self._denied(reading, other):
            return None
        instead = [st.law for st in other.steps if unstated(st.law) and st.law.id not in assumed]
        used = lambda s_: set(_used_givens(Derivation(s_.target, (), s_.steps)))
        if not instead or used(other) != used(solved) \
                or math.isclose(other.env[other.target], solved.env[solved.target], rel_tol=1e-6):
            return None
        first = next(st.law for st in solved.steps if st.law.id in assumed)
        if USUAL in first.premise:   # the common case, which a question need not state (light from air)
            return None
        return (premise_text(first.premise), solved), (premise_text(instead[0].premise), other)

    def _other_roots(self, solved: _Solved) -> tuple[float, ...]:
        """The other values of the target when the last step's solved form is one root of
        several ("one of 2 roots": the time a ball thrown up is 10 m high, on its way up and
        on its way down) and they satisfy the law's sign assumptions too; else ()."""
        st = solved.steps[-1] if solved.steps else None
        if st is None or st.instance is None or st.output != solved.target:
            return ()
        law, var = st.law, _variable_of(st)
        d = law.direction(var)
        if var == law.output or d is None or not d.note.startswith("one of"):
            return ()
        names = {v: node_id(n) for v, n in st.instance.binding}
        if any(names.get(v) not in solved.env for v in law.variables if v != var):
            return ()
        local = {symbol(v): solved.env[names[v]] for v in law.variables if v != var}
        local.update({symbol(c): x for c, x in self.kg.constant_values.items()})
        x = symbol(var)
        equation = parse_formula(law.expression).xreplace(local) - local[symbol(law.output)]
        try:
            found = _real_roots(sp.Poly(sp.nsimplify(equation, rational=False), x)) \
                if equation.is_polynomial(x) else []
        except (sp.PolynomialError, sp.CoercionFailed, ValueError, TypeError):
            return ()
        value = solved.env[solved.target]
        signs = dict(_signs(law.assumes))
        out = []
        for r in found:
            if abs(sp.im(r)) > 1e-9 * (1 + abs(sp.re(r))):
                continue
            r = float(sp.re(r))
            if var in signs and not _holds(r, signs[var]):
                continue
            if not math.isclose(r, value, rel_tol=1e-6) and all(not math.isclose(r, o, rel_tol=1e-6) for o in out):
                out.append(r)
        return tuple(out)

    def _no_real_solution(self, reading: Reading, values: dict, solved: _Solved | None, failures: list) -> str:
        """A given the derivation (if any) leaves unused because the one law that reads it has
        no real solution for the values ("time to reach 20 m" for a ball thrown up at 10 m/s,
        which rises 5.1 m) describes no possible set-up: why, or "". Only a law for the target,
        reading givens as written."""
        trusted = {node_id(b.node) for b in reading.givens if b.node in values and _as_written(b)}
        target = node_id(reading.target.node)
        used = set(_used_givens(Derivation(solved.target, (), solved.steps))) if solved is not None else set()
        for out in failures:
            why = str(out)
            unreal = "no real" in why or "cannot give" in why and "zero" not in why   # not a division by zero
            if out.law is None or out.output != target or not out.inputs or not unreal:
                continue
            if all(i in trusted for i in out.inputs) and any(i not in used for i in out.inputs):
                return (f"the givens describe no possible set-up: no real {out.output} satisfies {out.law.name} "
                        f"with these values ({why})")
        return ""

    def _describe(self, r: Reading, s: _Solved) -> str:
        q = self.kg.quantity(r.target.match.symbol)
        return f"{r.kinds or 'the object'}: {q.name} ({q.symbol})"

    # -- search and evaluation -----------------------------------------------------
    def _solve(self, reading: Reading, values: dict, engine: str, backend: str, backend_options,
               avoid: frozenset = frozenset(), failures: list | None = None) -> _Solved | None:
        """Search the reading's bound graph and evaluate the derivation, setting aside law
        instances whose assumptions or conditions fail for these values (and the edges in
        ``avoid``); each failure is appended to ``failures`` when one is given."""
        bound = bind(self.kg, reading.setup)
        sources = [bound.index[n] for n in values if n in bound.index]
        target = bound.index[reading.target.node]
        standard = bound.standard_edges if not (reading.standard or reading.stated_earth) else frozenset()
        if not reading.leaks and bound.nodes[target][1] not in bound.surroundings:
            standard = standard | bound.leak_edges   # as the reading was ranked: surroundings not worked out
        # a law whose premise the question denies ("angle of refraction in air" for light
        # arriving from air) is set aside; if nothing else derives, the answer says why
        names = tuple(b.text for b in (*reading.givens, reading.target))
        denied = denied_edges(bound, names)
        unsaid = unsaid_edges(bound, names)   # a convention no name calls for stays out, even to say why
        excluded: frozenset = frozenset()
        last = ""
        for _ in range(MAX_RESEARCH + 3):
            inc = _variant(bound, excluded | standard | avoid | denied)
            search = self._search(inc, sources, engine, backend, backend_options, bound.incidence.n_nodes)
            if search.time[target] < 0:
                if standard:
                    standard = frozenset()
                    continue
                if denied != unsaid:
                    denied = unsaid
                    continue
                return None
            try:
                steps, env, checks = self._evaluate(bound, search.derivation(target), values, search.time)
                return _Solved(reading, bound, search, tuple(steps), env, node_id(reading.target.node), tuple(checks),
                               excluded)
            except _OutsideAssumptions as out:
                excluded = excluded | out.edges
                last = str(out)
                if failures is not None:
                    failures.append(out)
        raise QueryError(f"no derivation keeps every law within its assumptions (last: {last})")

    def _search(self, inc, sources, engine, backend, backend_options, n_nodes):
        if engine == "closure":
            return closure(inc, sources)
        from .spiking_engine import spiking_search

        return spiking_search(inc, sources, backend, n_nodes=n_nodes, **(backend_options or {}))

    def _evaluate(self, bound: BoundGraph, order, values: dict, times):
        from proofs.conditions import check, derived as box

        kg = self.kg
        env = {node_id(n): v for n, v in values.items()}
        boxes = {node_id(n): box(v) for n, v in values.items()}
        steps, checks = [], []
        for e in order:
            law, inst, out_var = bound.edge(e)
            direction = law.direction(out_var)
            names = {v: node_id(n) for v, n in inst.binding}
            local = {v: env[names[v]] for v in law.variables if v != out_var}
            ins_ids = (tuple(names[v] for v in law.variables if v != out_var), names[out_var], law)
            local.update(kg.constant_values)
            same_instance = bound.instance_edges[bound.edge_instance[int(e)]]
            try:
                val = _numeric(direction.formula)(local)
            except (ValueError, ZeroDivisionError, OverflowError) as err:  # outside the law's domain
                raise _OutsideAssumptions({int(e)}, f"{law.name} cannot give {out_var}: {err}", ins_ids) from None
            if isinstance(val, complex) or not math.isfinite(val):
                raise _OutsideAssumptions({int(e)}, f"{law.name} gives no real {out_var} here", ins_ids)
            out_id = names[out_var]
            env[out_id] = val
            boxes[out_id] = box(val)
            local[out_var] = val
            for var, sign in _signs(law.assumes):
                x = local.get(var)
                if x is not None and not _holds(x, sign):
                    raise _OutsideAssumptions({int(e)}, f"{law.name} assumes {var} {sign} 0, but {var} = {x:g}", ins_ids)
            for cond, sym in self._domains(out_var):   # an efficiency above 1, a speed above c
                if check(cond, {sym: boxes[out_id]}, kg.constant_values).verdict == "fails":
                    raise _OutsideAssumptions({int(e)}, f"{law.name} gives {out_var} = {val:g}, outside its domain "
                                                        f"({cond.text})", ins_ids)
            for cond in (_conditions(kg, law) if self.check_conditions else ()):
                r = check(cond, {v: boxes[names[v]] for v in law.variables if v in cond.symbols},
                          kg.constant_values, law.id)
                if r.verdict == "fails":
                    raise _OutsideAssumptions(same_instance, f"{law.name} needs {cond.text}, which fails here", ins_ids)
                checks.append(r)
            formula = _rename(direction.formula, names)
            ins = tuple(names[v] for v in law.variables if v != out_var)
            steps.append(Step(law, out_id, ins, formula, int(times[bound.index[inst.node(out_var)]]), val, inst))
        return steps, env, checks

    # -- the answer ------------------------------------------------------------------
    def _answer(self, reading: Reading, s: _Solved, tq: Quantity, unit, engine, timings, t0, ureg) -> Answer:
        kg = self.kg
        derivation = Derivation(s.target, tuple(sorted(node_id(g.node) for g in reading.givens if g.node)), s.steps)
        used = _used_givens(derivation)
        t3 = time.perf_counter()
        composed = _compose(s.target, tuple((st.output, st.formula) for st in s.steps)) if s.steps else symbol(s.target)
        timings["compose"] = time.perf_counter() - t3
        t4 = time.perf_counter()
        units = _node_units(s.bound)
        proof = self._prove(derivation, composed, used, s.target, units)
        timings["prove"] = time.perf_counter() - t4
        learned = False
        if self.memory is not None:
            hit = self.memory.lookup(s.target, used)
            learned = hit is not None and hit["formula"] == text(composed)
            if hit is not None and not learned:
                self.memory.forget(s.target, used)  # an edited or stale entry: never reported as learned
            self.memory.record(s.target, used, text(composed), derivation.laws, proof.status)
        x = s.env[s.target]
        reasons, read_as = self._hedges(reading, s, proof, used)
        asked = set(words_of(reading.target.text))
        if x < 0 and ("magnitude" in asked or (tq.kind in self.SIZES and not asked & self.SIGN_WORDS)):
            # "height of the image (magnitude)", "average force on the driver": the size asked
            # for, the sign (an inverted image, a force against the motion) set aside and said
            read_as = (*read_as, f"{reading.target.text!r} (asked for): the size of {tq.symbol} = {x:.6g} {tq.unit} "
                                 "(the sign gives its direction)")
            x = -x
        elif x < 0 and tq.kind == "heat" and asked & self.GIVEN_OFF:
            # "heat given off" by a pack that cools: the heat is negative (it leaves), the size asked
            read_as = (*read_as, f"{reading.target.text!r} (asked for): the heat that leaves, -{tq.symbol} = "
                                 f"{-x:.6g} {tq.unit}")
            x = -x
        value = quantity(ureg, x, tq.unit)
        excluded = tuple(sorted({f"{s.bound.edge(e)[0].id}->{s.bound.edge(e)[2]}" for e in s.excluded}))
        timings["total"] = time.perf_counter() - t0
        return Answer(tq, True, value, _in_unit(value, unit), derivation, composed, proof, (), engine, timings,
                      learned, s.search, excluded, read_as, "hedged" if reasons else "verified", tuple(reasons),
                      s.checks, (), tuple(b.text for b in reading.givens if b.node is None or node_id(b.node) not in used),
                      reading.kinds, reading.stated_earth, s.bound)

    def _hedges(self, reading: Reading, s: _Solved, proof: DerivationProof, used) -> tuple[list[str], tuple[str, ...]]:
        """The reasons to doubt an answer, and the names read other than as written."""
        kg = self.kg
        reasons, read_as = [], []
        if proof.status != "proved":
            reasons.append(f"proof {proof.status}")
        unused = [b.text for b in self._unused(reading, s)]
        if unused:
            reasons.append("not used: " + ", ".join(repr(u) for u in unused))
        if any(b.node is None for b in reading.givens):
            reasons.append("not read: " + ", ".join(repr(b.text) for b in reading.givens if b.node is None))
        literal = {c.name for c in kg.constants if c.source == "literal"}
        # (a value taken by convention, the unnamed particle an electron, though said by CODATA)
        typical = [st for st in s.steps if not st.law.inputs
                   and (set(st.law.constants) & literal or ONLY_WHERE_SAID in st.law.premise)]
        # (a typical value taken, sound's speed in room air, says so below in words)
        standard = {c for st in s.steps for c in st.law.constants if c in STANDARD_CONSTANTS} \
            - {c for st in typical for c in st.law.constants}
        if standard and not reading.stated_earth:
            reasons.append("assumes standard conditions (" + ", ".join(sorted(standard)) + ")")
        for st in typical:   # a kind's typical value (water's density), not a constant of nature
            q = kg.quantity(st.law.output)
            reasons.append(f"takes the {q.name} of {st.law.on} as {st.value:.6g} {q.unit} ({st.law.valid})")
        shapes = sorted({st.law.valid for st in s.steps if st.law.field == self.SHAPE_HELPERS and st.law.valid})
        if shapes:   # geometry helpers apply to any object: the shape is assumed, not stated
            reasons.append("assumes a shape: " + "; ".join(shapes))
        lone = [o for o in _lone_numbered(reading.setup)
                if any(b.node is not None and b.node[1] == o.key and self._said_of(b.text) != o.key
                       for b in (*reading.givens, reading.target))]
        if lone:   # "current" with only "resistor 1" named: other resistors may carry it too
            reasons.append("; ".join(f"{o.key!r} is numbered, so the set-up has other {o.key.rsplit(' ', 1)[0]}s "
                                     "the question says nothing about" for o in lone))
        for o, general in self._specialised(reading):   # "the collision" read as an inelastic one
            reasons.append(f"reads the {o.key} as {_a(o.kind)} (the question says only {_a(general)})")
        names = [b.text for b in (*reading.givens, reading.target)]
        premises = sorted({premise_text(st.law.premise) for st in s.steps
                           if st.law.premise and premise_assumed(st.law.premise, names)})
        if premises:  # a fact about the set-up that no value shows, with a common alternative
            reasons.append("assumes " + "; ".join(premises))
        for b in (*reading.givens, reading.target):
            if b.match is None:
                continue
            q = kg.quantity(b.match.symbol)
            if self._loose(b):   # a guess at what a plain word means: never verified
                said = f"{b.text!r} (asked for)" if b is reading.target else repr(b.text)
                note = f"{said} read as {q.name} ({q.symbol})"
                read_as.append(note)
                reasons.append(note)
        undecided = [c for c in s.checks if c.verdict != "holds"]
        if undecided:
            reasons.append("condition undecided: " + "; ".join(f"{c.law}: {c.condition}" for c in undecided))
        return reasons, tuple(read_as)

    def _specialised(self, reading: Reading) -> list[tuple]:
        """Named objects read as a narrower kind than their noun says: ``(object, the noun's
        kind)`` for "the collision" read as an inelastic collision (an assumption the values
        do not show)."""
        vocab, out = self.planner.vocab, []
        for o in reading.setup.objects:
            if o.role != "named":
                continue
            found = vocab.noun_at_end(o.key.split())
            kinds = vocab.nouns.get(found[0], ()) if found else ()
            if kinds:   # (a noun may name the general kind beside its narrower ones: "collision")
                general = next((k for k in sorted(kinds) if k != o.kind and self.kg.is_a(o.kind, k)), None)
                # only where the noun names another narrower kind too (an elastic collision beside
                # an inelastic one): a conductor read as a wire assumes nothing another reading would not
                rival = any(k not in (o.kind, general) and general is not None and self.kg.is_a(k, general)
                            for k in kinds)
                if general is not None and rival:
                    out.append((o, general))
        return out

    def _unused(self, reading: Reading, s: _Solved) -> list:
        """The givens a derivation does not read, nor imply with the values it reads."""
        used = set(_used_givens(Derivation(s.target, (), s.steps)))
        return [b for b in reading.givens if b.node is not None and node_id(b.node) not in used
                and not self._implied(s, b, used)]

    def _loose(self, b) -> bool:
        """Whether a name was read as a quantity it says less of (a guess at a plain word): a
        narrower reading, a partial match, a label with words of the name dropped, or a label
        that says more than the name ("ratio of the clock rates" as v/c)."""
        if b.match is None:
            return False
        return bool(getattr(b, "narrower", False)) \
            or (b.match.how in ("partial", "contained") and bool(b.match.dropped or b.match.how == "partial")) \
            or (b.match.how == "contained" and b.match.label.lower() != b.text.lower())

    def _misread(self, reading: Reading, s: _Solved) -> str:
        """Why a derivation answers another question: the asked-for name read as a quantity its
        head noun is not, a given left unused and Earth's standard gravity assumed unstated, all
        three at once ("daily time lag" of a satellite read as a fall's time from its orbital
        speed). Why, or ""."""
        t = reading.target
        if reading.stated_earth or t.match is None or "g_n" not in _in_formula(s):
            return ""
        head_lost = _head_noun(t.text) in set(t.match.dropped) | (
            set() if t.match.how == "exact" else set(t.text.lower().split()) - set(t.match.label.lower().split()))
        # "echo time", exactly the echo's round-trip time, read as a fall's time
        named_otherwise = [b.text for b in reading.givens if b.match is not None and self._loose(b)
                           and self.names.names.get(normalize(b.text), b.match.symbol) != b.match.symbol]
        if self._loose(t) and len(t.text.split()) >= 2 \
                and self.names.names.get(normalize(t.text), t.match.symbol) != t.match.symbol:
            # "Schwarzschild radius", exactly that quantity's name, read as a satellite's radius
            # from its weight on Earth: whatever the givens, another question's answer
            return (f"the only derivation found reads {t.text!r}, the name of "
                    f"{self.kg.quantity(self.names.names[normalize(t.text)]).name}, as another quantity and "
                    "assumes Earth's standard gravity: it answers another question")
        if not head_lost and not named_otherwise:
            return ""
        unused = [b.text for b in self._unused(reading, s)]
        if not unused:
            return ""
        loosely = repr(reading.target.text) if head_lost else ", ".join(map(repr, named_otherwise))
        return (f"the only derivation found reads {loosely} loosely, leaves "
                f"{', '.join(map(repr, unused))} unused and assumes Earth's standard gravity: it answers another question")

    def _answers_another(self, reading: Reading, s: _Solved) -> str:
        """Why a derivation that holds answers another question than the one asked ("" if not):
        it asks for a change, misreads a name, leaves a factor unused, goes round to a given or
        cancels to zero."""
        return self._asks_a_change(reading) or self._misread(reading, s) or self._unused_factor(reading, s) \
            or self._circular(reading, s)

    #: Words that make an asked-for name a change of the quantity it names ("time lost", "extra
    #: travel time", "increase in mass"), not the quantity itself; and the units of time that
    #: make one a rate ("time lost per day").
    CHANGE_WORDS = frozenset({"lost", "gained", "gain", "loss", "extra", "additional", "increase",
                              "decrease", "reduction", "difference", "change", "saved", "shortened",
                              "lengthened"})
    TIME_WORDS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "s", "min", "h"})

    def _asks_a_change(self, reading: Reading) -> str:
        """Why the asked-for name, read loosely, is a change or a rate of the quantity it was
        read as, which no law derived ("time lost per day" read as a time), or "". Not a name
        that says it asks for a rate ("rate of increase of the energy": a power), nor a rate
        read as a quantity per unit time, nor one per anything else ("heat per cycle")."""
        t = reading.target
        if t.match is None or not self._loose(t) or "rate" in words_of(t.text):
            return ""
        q = self.kg.quantity(t.match.symbol)
        dropped = set(t.match.dropped)
        labels = {w for label in (q.name, *q.synonyms) for w in words_of(label)}
        changed = sorted((self.CHANGE_WORDS & dropped) - labels)
        if changed:
            return (f"{t.text!r} asks for a change or a part of {q.name} ({', '.join(changed)}), not {q.name} "
                    "itself; no law here derives it")
        if "per" in dropped and self.TIME_WORDS & dropped and q.dimension.exps[2] >= 0:
            return f"{t.text!r} asks for a rate (per unit time) of {q.name}, not {q.name} itself; no law here derives it"
        return ""

    def _circular(self, reading: Reading, s: _Solved) -> str:
        """Why a chain says nothing: its formula is a given itself, or zero ("" if neither)."""
        n = len(s.steps)
        laws = " -> ".join(st.law.name for st in s.steps)
        if n >= 2 and self._vanishes(s):
            # a throw's top -> a projectile's angle -> its range -> a ledge's height: sin(pi) = 1e-16
            return (f"the only derivation found ({laws}) gives zero whatever the values, or up to rounding: "
                    "the chain cancels what it works out")
        if n >= 2 and _goes_round(_compose(s.target, tuple((st.output, st.formula) for st in s.steps)),
                                  {node_id(b.node) for b in reading.givens if b.node is not None}):
            # t -> a fall's height -> its speed -> distance -> t again: the chain restates a given
            return (f"the only derivation found goes round to a given ({laws}): its formula is that given "
                    "itself, so it says nothing the question did not")
        return ""

    #: Kinds of quantity asked as a size unless the name asks for the sign: a braking force, an
    #: image's height (a negative one is an inverted image's).
    SIZES = frozenset({"force", "height"})
    SIGN_WORDS = frozenset({"signed", "sign", "negative", "positive", "component", "direction", "inverted",
                            "upright", "orientation"})

    #: Words that ask for the heat that leaves a body ("heat given off", "heat released").
    GIVEN_OFF = frozenset({"off", "released", "lost", "loses", "emitted", "removed", "extracted", "rejected",
                           "out", "liberated"})

    #: Counts that multiply what a set-up does (three identical floodlights on one supply).
    MULTIPLICITIES = frozenset({"N_el"})
    #: Factors that scale what a set-up delivers, never distractors (an AC load's power factor).
    FACTORS = frozenset({"pf"})

    def _unused_factor(self, reading: Reading, s: _Solved) -> str:
        """Why a derivation that leaves an efficiency, or the number of identical elements,
        unused answers another question: neither is ever a distractor (a charger's 85%
        lengthens the charge; three floodlights draw three times the current), so a value that
        ignores one is the lossless or single element's. Why, or ""."""
        for b in self._unused(reading, s):
            q = self.kg.quantity(b.match.symbol)
            if q.kind == "efficiency" or q.base in self.FACTORS:
                return (f"the only derivation found leaves {b.text!r} unused: its value would be that of a "
                        "lossless (or unity power factor) set-up")
            if q.base in self.MULTIPLICITIES:
                return (f"the only derivation found leaves {b.text!r} unused: its value would be that of one "
                        "element, not of them all")
            if q.unit == "rad" and "angle" in words_of(b.text):
                # a cable's or a strap's angle beside a tension: the geometry is the question
                return (f"the only derivation found leaves {b.text!r} unused: what is asked depends on "
                        "that angle here, and no law of this set-up relates them")
            if _RELATIVE.search(b.text) and any(_RELATIVE.search(o.text) for o in (*reading.givens, reading.target)
                                                if o is not b):
                # speeds relative to two frames: the frames are the question (velocity addition)
                return (f"the only derivation found leaves {b.text!r} unused, though the question relates "
                        "frames: its value would hold in one frame only")
        return ""

    def _said_of(self, text: str) -> str | None:
        """The key of the object a name says its quantity is of ("speed of ball 2" ->
        "ball 2"), or None."""
        obj = self.planner.parse(text).obj
        return obj.key if obj is not None else None

    def _implied(self, s: _Solved, b, used) -> bool:
        """A given the derivation does not use but that the givens it uses imply, with the
        same value (so it adds nothing and contradicts nothing). Only the used ones: two
        unused givens that imply each other (t and C when t happens to equal RC) say
        nothing about the answer."""
        got = self._implied_value(s, b, used)
        want = s.env.get(node_id(b.node))
        return got is not None and want is not None and math.isclose(got[0], want, rel_tol=1e-3)

    def _implied_value(self, s: _Solved, b, used=None, standard: bool = False) -> tuple[float, tuple[Law, ...]] | None:
        """The value of given ``b`` that the ``used`` givens (all the others if None) imply,
        and the laws that imply it (with ``standard``, also those assuming standard
        conditions, never working out the surroundings from an object); None where they do
        not determine it."""
        bound = s.bound
        others = [bound.index[g.node] for g in s.reading.givens if g.node is not None and g.node != b.node
                  and g.node in bound.index and (used is None or node_id(g.node) in used)]
        node = bound.index.get(b.node)
        if node is None:
            return None
        c = closure(bound.sealed(True) if standard else bound.general, others)
        if c.time[node] < 0:
            return None
        values = {g.node: s.env[node_id(g.node)] for g in s.reading.givens if g.node is not None and g.node != b.node
                  and node_id(g.node) in s.env}
        try:
            steps, env, _ = self._evaluate(bound, c.derivation(node), values, c.time)
        except (_OutsideAssumptions, KeyError):
            return None
        got = env.get(node_id(b.node))
        return None if got is None else (got, tuple(st.law for st in steps))

    def _contradicted(self, s: _Solved) -> str:
        """An unused given that the other givens contradict through general laws (cost 1:
        no special case) makes the question ill-posed: which, and why; else ""."""
        used = _used_givens(Derivation(s.target, (), s.steps))
        # an answer that assumes standard conditions (g = g_n) is checked under them too:
        # a stated impact speed that a fall from the stated height cannot reach on Earth
        standard = s.reading.stated_earth or any(_standard(st.law) for st in s.steps)
        for b in s.reading.givens:
            if b.node is None or node_id(b.node) in used or node_id(b.node) not in s.env \
                    or b.match.how not in ("exact", "symbol"):
                continue
            implied = self._implied_value(s, b, standard=standard)
            if implied is None:
                continue
            got, laws = implied
            want = s.env[node_id(b.node)]
            # a special case only alone: the one standard-condition form that ties the given
            # to the used ones (a chain of them may assume a configuration: a body floating)
            # ... and of the derivation's own situation: a climb's time is no fall's time
            situations = {st.law.valid for st in s.steps}
            names = tuple(x.text for x in (*s.reading.givens, s.reading.target))
            if not laws or any((law.cost > 1 and not (standard and _standard(law) and len(laws) == 1
                                                      and law.valid in situations)) or _assumes_premise(law)
                               or premise_excluded(law.premise, names)
                               for law in laws) or math.isclose(got, want, rel_tol=REL_TOL_CONTRADICTS):
                continue
            q = self.kg.quantity(b.match.symbol)
            return (f"the givens contradict each other: {', '.join(law.id for law in laws)} "
                    f"give{'s' if len(laws) == 1 else ''} "
                    f"{b.text!r} = {got:.6g} {q.unit}, but {want:.6g} {q.unit} was given")
        return self._contradicted_on_a_twin(s, used)

    def _contradicted_on_a_twin(self, s: _Solved, used) -> str:
        """An unused given that the reading set on a named object beside the question's
        unnamed one of the same kind ("speed of sound" on "the sound", the frequency and the
        wavelength on "the object", a sound too), where the derivation works out that very
        quantity of the unnamed object, and another value: the two are one thing, and the
        givens contradict each other; else "". (Two objects of one kind the question names
        apart, two bodies of a collision, are no twins: neither is the unnamed one.)"""
        setup, steps = s.reading.setup, {st.output: st for st in s.steps}
        home = setup.get("")
        if home is None:
            return ""
        for b in s.reading.givens:
            if b.node is None or not b.node[1] or node_id(b.node) in used or b.match.how not in ("exact", "symbol"):
                continue
            twin = setup.get(b.node[1])
            mine = node_id((b.node[0], ""))
            if twin is None or twin.kind != home.kind or mine not in steps or mine not in s.env:
                continue
            got, want = s.env[mine], s.env.get(node_id(b.node))
            if want is None or math.isclose(got, want, rel_tol=REL_TOL_CONTRADICTS):
                continue
            q = self.kg.quantity(b.node[0])
            return (f"the givens contradict each other: {steps[mine].law.id} gives the {q.name} "
                    f"{got:.6g} {q.unit}, but {b.text!r} = {want:.6g} {q.unit} was given")
        return ""

    def _check_consistency(self, reading: Reading, values: dict, rel_tol: float = REL_TOL_CONSISTENT,
                           numeric=None) -> None:
        """Givens that fully determine a law that always holds (cost 1, no validity words
        or conditions) must satisfy it; special cases may simply not apply. Values may be
        arrays (with ``numeric``, :func:`oracle.arrays.array_formula`): the first element
        that contradicts is named."""
        numeric = numeric or _numeric
        bound = bind(self.kg, reading.setup)
        # a name read as a narrower or a broader quantity ("wavelength" as the metal's threshold
        # wavelength) is a reading in doubt: a law it breaks says the reading is wrong, not the givens
        doubted = {b.node for b in reading.givens if b.match is not None and b.match.how not in ("exact", "symbol")}
        env_nodes = {node_id(n): v for n, v in values.items()}
        env_nodes.update(self.kg.constant_values)
        for law, names in _consistency_laws(bound):
            if not all(names[v] in values for v in law.variables) or any(names[v] in doubted for v in law.variables):
                continue
            local = {v: values[names[v]] for v in law.variables}
            local.update(self.kg.constant_values)
            try:
                expected = numeric(law.expression)(local)
            except (ValueError, ZeroDivisionError, OverflowError):
                continue
            got = local[law.output]
            with np.errstate(all="ignore"):  # an element outside the law's domain is NaN: not a contradiction
                bad = np.abs(expected - got) > rel_tol * np.maximum(np.maximum(np.abs(got), np.abs(expected)), 1e-300)
            if np.any(bad):
                at = ""
                if np.ndim(bad):
                    i = tuple(int(k) for k in np.argwhere(bad)[0])
                    expected, got = np.broadcast_to(expected, bad.shape)[i], np.broadcast_to(got, bad.shape)[i]
                    at = f" at element {i} of the arrays"
                unit = self.kg.quantity(law.output).unit
                raise ContradictoryGivensError(
                    f"the givens contradict {law.id} ({law.name}){at}: it gives {law.output} = {expected:.6g} {unit}, "
                    f"but {got:.6g} {unit} was given")

    def _impossible(self, reading: Reading, values: dict, failures: list) -> str:
        """Nothing derives the target, and a law that would have was set aside although
        everything it reads is given exactly or follows from such givens through laws that
        always hold (the fraction submerged of a block denser than water, the photoelectrons
        of light below the threshold, a first minimum past 90 degrees): the givens describe
        a set-up without the quantity asked for, so the question is ill-posed. Only a law for
        the target itself, and one that always holds (no special case fails here in place of
        the general law). Why, or ""."""
        if not failures:
            return ""
        trusted = [b.node for b in reading.givens if b.node in values and _as_written(b)]
        bound = bind(self.kg, reading.setup)
        holding = _always_holding(bound)
        reach = closure(holding, [bound.index[n] for n in trusted if n in bound.index])
        known = {bound.ids[i] for i in range(len(bound.nodes)) if reach.time[i] >= 0}
        target = node_id(reading.target.node)
        for out in failures:
            if out.law is None or _special(out.law) or not out.inputs or not all(i in known for i in out.inputs):
                continue
            if out.output == target:
                return f"the givens describe no set-up that has {reading.target.text!r}: {out}"
            # a quantity on the way that the target follows from by laws that always hold (a
            # block's fraction submerged, for the fraction above the surface)
            at = next((i for i in range(len(bound.nodes)) if bound.ids[i] == out.output), None)
            if at is not None:
                starts = [bound.index[n] for n in trusted if n in bound.index] + [at]
                after = closure(holding, starts)
                if after.time[bound.index[reading.target.node]] >= 0:
                    return f"the givens describe no set-up that has {reading.target.text!r}: {out}"
        return ""

    def _check_limits(self, reading: Reading, values: dict) -> frozenset:
        """Givens that break a limit of their objects (:mod:`hypergraph.limits`: an engine
        above the Carnot efficiency, an orbit inside its planet, more power out than in)
        describe no possible set-up: the question is ill-posed. Only givens read exactly as
        written count (a reading in doubt is not a contradiction), and only givens: a value
        derived from them may come from another configuration of the same object (an
        engine's heat and work read as a refrigerator's), where the limit says nothing.
        The given nodes of the limits that were checked and hold."""
        checked: set = set()
        for bl, verdict, shown in self._limits_of(reading, self._written_values(reading, values)):
            if verdict == "fails":
                raise ContradictoryGivensError(
                    f"the givens break a limit, {bl.limit.id} ({bl.limit.relation}: {bl.limit.why}): {shown}")
            if verdict == "holds":
                checked.update(n for _, n in bl.binding)
        return frozenset(checked)

    def _answer_breaks_limit(self, reading: Reading, values: dict, s: _Solved) -> tuple[str, frozenset]:
        """The value derived for the asked-for quantity, beside givens read as written, breaks
        a limit of its object (an engine's efficiency from its heats above the Carnot
        efficiency of the reservoirs given): no set-up has these givens, the question is
        ill-posed. (Why or "", the given nodes of the limits that hold: accounted for.) Only
        the answer is checked with the givens: a value on the way may belong to another
        configuration of the object (:meth:`_check_limits`)."""
        target = node_id(reading.target.node)
        if target not in s.env:
            return "", frozenset()
        held: set = set()
        known = {**self._written_values(reading, values), target: s.env[target]}
        for bl, verdict, shown in self._limits_of(reading, known, answer=target):
            if verdict == "fails":
                return (f"the givens break a limit, {bl.limit.id} ({bl.limit.relation}: {bl.limit.why}), with "
                        f"the {self.kg.quantity(reading.target.node[0]).name} they give: {shown}"), frozenset()
            if verdict == "holds":
                held.update(n for _, n in bl.binding if node_id(n) != target)
        return "", frozenset(held)

    @staticmethod
    def _written_values(reading: Reading, values: dict) -> dict:
        """The givens' values by node id, of the givens read exactly as written."""
        return {node_id(b.node): values[b.node] for b in reading.givens if b.node in values and _as_written(b)}

    def _limits_of(self, reading: Reading, known: dict, answer: str = ""):
        """Each limit bound to the reading's objects whose variables all have a value in
        ``known`` (by node id), checked: ``(bound limit, verdict, the values shown)``. With
        ``answer``, only the limits on that node, a derived value checked as a tiny interval
        (a Carnot engine's efficiency is at its limit, and holds)."""
        from hypergraph.limits import bind_limits, relation
        from proofs.conditions import check, derived, point

        kg = self.kg
        if not known:
            return
        for bl in bind_limits(kg, reading.setup):
            names = {v: node_id(n) for v, n in bl.binding}
            if (answer and answer not in names.values()) or not all(names[v] in known for v in bl.limit.variables):
                continue
            r = check(relation(kg, bl.limit), {v: (derived if names[v] == answer else point)(known[names[v]])
                                               for v in bl.limit.variables}, kg.constant_values, bl.limit.id)
            shown = ", ".join(f"{v} = {known[names[v]]:.6g} {kg.quantity(v).unit}" for v in bl.limit.variables)
            yield bl, r.verdict, shown

    def _check_limits_of_one_object(self, readings: list[Reading], raw, at_most: int = 8) -> None:
        """The limits again on the simplest readings: every unnamed given on an object the
        question names, none made up to hold them. "Efficiency of the engine" 70 % beside
        the temperatures of its reservoirs breaks Carnot's bound on that engine; a reading
        that escapes it by putting the temperatures on a second, unnamed engine is no
        reading a person means, so the question is ill-posed (:meth:`_check_limits`)."""
        if not any(o.role == "named" for o in readings[0].setup.objects):
            return
        simplest = [r for r in readings[1:] if not r.unreadable
                    and all(o.role != "default" for o in r.setup.objects)][:at_most]
        for r in simplest:
            try:
                values = self._values(r, raw)
            except QueryError:   # two givens on one node with different values: no such reading
                continue
            self._check_limits(r, values)

    # -- proofs -----------------------------------------------------------------
    def _prove(self, derivation: Derivation, composed: sp.Expr, used: tuple[str, ...], target: str,
               units: dict) -> DerivationProof:
        steps, bindings = [], []
        for st in derivation.steps:
            d = st.law.direction(st.law.output if st.output == "" else _variable_of(st))
            steps.append((st.law.id, _variable_of(st), st.law.proof, d.status))
            for var, obj, kind, want in (st.instance.obligations if st.instance else ()):
                bindings.append((st.law.id, var, obj or "(the question's object)", f"{kind} ⊑ {want}",
                                 self.kg.is_a(kind, want)))
        free = {str(x) for x in composed.free_symbols}
        composed_report = _prove_composed(text(composed), tuple((u, units[u]) for u in used), units[target],
                                          tuple((c.name, c.unit) for c in self.kg.constants if c.name in free))
        return DerivationProof(tuple(steps), composed_report, tuple(dict.fromkeys(bindings)))

    # -- what is missing --------------------------------------------------------
    def missing_for(self, readings: list[Reading], max_size: int = 2, limit: int = 5) -> tuple[tuple[str, ...], ...]:
        """The smallest sets of further quantities *of the question's own objects* that
        would make the target derivable, written as names ("volume of the gas (Vol)")."""
        best = readings[0]
        found: list[tuple[str, ...]] = []
        for r in readings:
            if r.rank[:4] != best.rank[:4] or r.target.node is None:
                continue
            for extra in self._missing(r, max_size):
                names = tuple(self._node_name(r, n) for n in extra)
                if names not in found:
                    found.append(names)
            if len(found) >= limit:
                break
        return tuple(found[:limit])

    def _missing(self, r: Reading, max_size: int, near_limit: int = 30, pair_limit: int = 12):
        """The smallest sets of nodes near the target (through at most two laws of the
        bound graph, nearest first) whose addition derives it."""
        bound = bind(self.kg, r.setup)
        index = bound.index
        if r.target.node not in index:
            return []
        base = [index[g.node] for g in r.givens if g.node is not None and g.node in index]
        node = index[r.target.node]
        inc = bound.general
        known = closure(inc, base).time >= 0
        order, frontier = [], {r.target.node}
        seen = {r.target.node}
        for _ in range(2):
            nxt = set()
            for inst in bound.instances:
                nodes = {x for _, x in inst.binding}
                if nodes & frontier:
                    nxt |= nodes - seen
            order += sorted(nxt)
            seen |= nxt
            frontier = nxt
        cands = [index[n] for n in order if not known[index[n]]][:near_limit]
        for size in range(1, max_size + 1):
            pool = cands if size == 1 else cands[:pair_limit]
            out = []
            for extra in itertools.combinations(pool, size):
                if closure(inc, base + list(extra)).time[node] >= 0:
                    out.append(tuple(bound.nodes[i] for i in extra))
            if out:
                return out
        return []

    def _node_name(self, r: Reading, n: tuple[str, str]) -> str:
        q = self.kg.quantity(n[0])
        obj = r.setup.get(n[1])
        where = f" of {obj.label}" if obj is not None and obj.role != "default" else (
            f" of the {n[1]}" if n[1] and obj is None else "")
        return f"{q.name}{where} ({q.symbol})"

    # -- other questions --------------------------------------------------------
    def missing_sets(self, values: dict[str, float], target: str, max_size: int = 2, limit: int = 5):
        """The smallest sets of further quantities that make ``target`` derivable from the
        symbols in ``values`` (one object of any kind)."""
        readings = self.planner.plan(list(values), [None] * len(values), target, None)
        return self.missing_for(readings, max_size, limit)

    def check(self, measurements: dict, rel_tol: float = 0.01) -> list[dict]:
        """Laws that the measurements violate beyond ``rel_tol``, among :meth:`checkable`'s."""
        values = {}
        for k, v in measurements.items():
            sym = self.resolve(k)
            values[sym] = self.si_value(sym, v)
        return self.check_si(values, rel_tol)

    def checkable(self, symbols) -> list[Law]:
        """The laws that measurements of ``symbols`` are checked against: those all of whose
        variables are measured and that have inputs (a law without inputs, "the electron's
        rest mass", gives one object's value; measurements do not say which object they are of).
        Kept per set of symbols: the rows of a table mostly measure the same ones."""
        have = frozenset(symbols)
        laws = self._checkable.get(have)
        if laws is None:
            if len(self._checkable) >= 4096:  # bounded: a sparse table may measure many sets
                self._checkable.clear()
            laws = self._checkable[have] = tuple(law for law in self.kg.laws
                                                 if law.inputs and all(v in have for v in law.variables))
        return list(laws)

    def check_si(self, values: dict[str, float], rel_tol: float, unconditional_only: bool = False) -> list[dict]:
        env = {**values, **self.kg.constant_values}
        out = []
        for law in self.checkable(values):
            if unconditional_only and (law.cost > 1 or law.valid):
                continue
            try:
                expected = _numeric(law.expression)(env)
            except (ValueError, ZeroDivisionError, OverflowError):
                continue
            given = values[law.output]
            err = abs(expected - given) / max(abs(given), abs(expected), 1e-300)
            if err > rel_tol:
                out.append({"law": law.id, "name": law.name, "output": law.output, "expected": expected,
                            "given": given, "relative_error": err})
        return out

    def relate(self, a, b, max_paths: int = 5) -> dict:
        """The laws that hold both quantities, and the shortest chains of laws between them."""
        import networkx as nx

        sa, sb = self.resolve(a), self.resolve(b)
        direct = [law.id for law in self.kg.laws if sa in law.variables and sb in law.variables]
        g = _bipartite_undirected(self.kg)
        try:
            paths = list(itertools.islice(nx.all_shortest_paths(g, sa, sb), max_paths))
        except nx.NetworkXNoPath:
            paths = []
        chains = [[n for n in p if n in self.kg.law_index] for p in paths]
        return {"a": sa, "b": sb, "laws": direct, "chains": chains,
                "paths": [[n for n in p] for p in paths]}


# -- helpers ------------------------------------------------------------------------
@lru_cache(maxsize=256)
def _consistency_laws(bound: BoundGraph) -> tuple[tuple[Law, dict], ...]:
    """The instances of laws that always hold (cost 1, no validity words or conditions),
    each with its variables' nodes: the laws givens must satisfy."""
    laws = bound.kg.laws
    return tuple((laws[inst.law], dict(inst.binding)) for inst in bound.instances
                 if not (laws[inst.law].cost > 1 or laws[inst.law].valid or laws[inst.law].conditions
                         or laws[inst.law].premise))


@lru_cache(maxsize=256)
def _node_units(bound: BoundGraph) -> dict[str, str]:
    """Each node's unit, by its identifier (one dict per bound graph; bound graphs are cached)."""
    return {node_id(n): bound.kg.quantity(n[0]).unit for n in bound.nodes}


@lru_cache(maxsize=4096)
def _variant(bound: BoundGraph, excluded: frozenset):
    """The bound graph with some edges set aside (the common variants cached)."""
    if not excluded:
        return bound.incidence
    if excluded == bound.standard_edges:
        return bound.general
    return _variant_cached(bound, frozenset(excluded))


def _as_written(b) -> bool:
    """Whether a given was read as written: its name matched exactly, or every word left
    out names the object it was placed on ("block density": the density of the block)."""
    if b.match is None or b.node is None:
        return False
    if b.match.how in ("exact", "symbol"):
        return True
    return b.match.how == "contained" and bool(b.match.dropped) and set(b.match.dropped) <= set(words_of(b.node[1]))


def _standard(law: Law) -> bool:
    """Whether a law assumes standard conditions (``g = g_n``, ``p = p_atm``)."""
    return bool(set(law.constants) & set(STANDARD_CONSTANTS))


def _leaks(s: _Solved) -> bool:
    """Whether a derivation works out its surroundings (the place's g) from another object."""
    leaks = s.bound.leak_edges
    return bool(leaks) and any(int(e) in leaks for e in s.search.derivation(s.bound.index[s.reading.target.node]))


@lru_cache(maxsize=64)
def _always_holding(bound: BoundGraph):
    """The bound graph with only the laws that always hold (cost 1: no special case, no
    premise, no standard conditions): what the givens imply whatever else the set-up is."""
    return without(bound.incidence, frozenset(e for e in range(bound.incidence.n_edges) if _special(bound.edge(e)[0])))


def _special(law: Law) -> bool:
    """A law that holds only in a special case: cost above 1, a premise, standard conditions."""
    return law.cost > 1 or _assumes_premise(law) or _standard(law)


@lru_cache(maxsize=256)
def _variant_cached(bound: BoundGraph, excluded: frozenset):
    return without(bound.incidence, excluded)


_CONVERSION_CUES = re.compile(r"\b(?:per|factor|conversion|equivalent|equals?|in|to)\b|\b(?:1|one)\s+\S", re.I)


def _unit_said(name: str, qty) -> str | None:
    """The unit ``name`` says whose size the value ``qty`` is, within 1% ("seconds per year",
    3.156e7 s -> 'year'), or None. The name must read as a conversion (per, factor, 1 u, ...)
    and the unit have the value's dimension: "length of the rod" given as 5 m is no rod (the unit)."""
    from psg.units import UnitError, parse_unit, spelled

    if qty.log or np.ndim(qty.si) or not qty.si or qty.dimension.dimensionless:
        return None
    whole = _named_unit(name)   # "solar mass" = 1.989e30 kg: the name is the unit itself
    if whole is not None and whole.dimension == qty.dimension and not whole.offset \
            and math.isclose(abs(qty.si), whole.to_si, rel_tol=0.01):
        return name.strip().lower()
    if not _CONVERSION_CUES.search(name):
        return None
    words = re.findall(r"[A-Za-z_]+", spelled(name.replace("-", " ") if "light" not in name else name))
    after_one = {m.group(1) for m in re.finditer(r"\b(?:1|one)\s+([A-Za-z_]+)", name)}
    units = {}
    for w in dict.fromkeys(words):
        if w.lower() in _NOT_UNITS or (len(w) < 3 and w not in after_one):
            continue
        try:
            units[w] = parse_unit(w)
        except (UnitError, ValueError):
            continue
    if len(units) < 2 and not after_one & units.keys():
        return None   # "seconds per year", "1 u": a unit against another; not "time per day" = 24 h
    for w, u in units.items():
        if u.dimension == qty.dimension and not u.offset and math.isclose(abs(qty.si), u.to_si, rel_tol=0.01):
            return w.replace("_", " ")
    return None


_BARE_NUMBER = re.compile(r"\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?:\s*dimensionless)?\s*")
_IN_UNIT = re.compile(r"(?P<name>.+?)\s*(?:\(\s*in\s+(?P<u1>[A-Za-z][A-Za-z -]*?)\s*\)|\s+in\s+(?P<u2>[A-Za-z][A-Za-z -]*?))\s*")


def _units_in_names(given) -> tuple[dict, tuple[str, ...]] | None:
    """The givens with a unit their name says moved onto a bare number ("radius of the star
    in solar radii": "2.1" -> "radius of the star": "2.1 solar_radius"), and a note for each;
    None where no name says one. Only a unit with a dimension counts ("in percent" does not).

    >>> _units_in_names({"star mass in solar masses": "0.85", "orbital period": "18.3 day"})[0]
    {'star mass': '0.85 solar_mass', 'orbital period': '18.3 day'}
    >>> _units_in_names({"length in metres": "2 m"}) is None
    True
    """
    if not isinstance(given, dict):
        return None
    from psg.units import spelled

    out, notes = {}, []
    for name, value in given.items():
        m = _IN_UNIT.fullmatch(name) if isinstance(name, str) else None
        said = (m["u1"] or m["u2"]).strip() if m else ""
        unit = _named_unit(said) if said and isinstance(value, str) and _BARE_NUMBER.fullmatch(value) else None
        plain = m["name"].strip() if m else ""
        if unit is None or unit.dimension.dimensionless or plain in given:
            out[name] = value
            continue
        number = value.replace("dimensionless", "").strip()
        unit_text = spelled(said).strip()
        try:
            parse_unit(unit_text)
        except ValueError:   # "solar radii": the unit's own name, as _named_unit read it
            unit_text = said.replace(" ", "_").replace("-", "_").lower()
        out[plain] = f"{number} {unit_text}"
        notes.append(f"{name!r} = {number}: read as {plain!r} = {number} {unit_text}, the unit its name says")
    return (out, tuple(notes)) if notes else None


def _named_unit(name: str):
    """The unit a name is, whole ("solar mass", "light year", "the astronomical unit"), or None."""
    from psg.units import UnitError, parse_unit, spelled

    words = re.sub(r"^(?:the|a|an|one|1)\s+", "", name.strip(), flags=re.I)
    if not re.fullmatch(r"[A-Za-z][A-Za-z -]*", words) or words.lower() in _NOT_UNITS:
        return None
    for text in dict.fromkeys((spelled(words), words.replace(" ", "_").replace("-", "_").lower())):
        try:
            return parse_unit(text)
        except (UnitError, ValueError):
            continue
    return None


#: Words pint reads as units that a quantity's name uses as words.
_NOT_UNITS = frozenset({"per", "in", "to", "of", "the", "a", "at", "one", "factor", "energy", "rod", "point",
                        "line", "second", "minute", "degree", "turn", "cycle", "gauge"})


def _reread_past_a_condition(first: Reading, other: Reading, failures: list) -> str:
    """The givens (quoted, comma-separated) whose values made a law of ``first`` fail its
    assumptions or conditions and that ``other`` reads as another quantity of an object of
    another kind (a body's speed read as a wave's); "" if none. A better name within the same
    kind of object (a distance read as the object distance of the same lens) is a reading."""
    def kind(r: Reading, b: Bound) -> str:
        obj = r.setup.get(b.node[1])
        return obj.kind if obj is not None else ""

    failed = {b.text: (b.node[0], kind(first, b)) for b in first.givens
              if b.node is not None and any(node_id(b.node) in (out.inputs or ()) for out in failures)}
    return ", ".join(repr(b.text) for b in other.givens
                     if b.text in failed and b.node is not None and b.node[0] != failed[b.text][0]
                     and kind(other, b) != failed[b.text][1])


def _is_description(value: str) -> bool:
    """A given's value that is words, not a quantity ("series", "closed at one end"):
    pint reads none of it as a unit."""
    from psg.units import UnitError, number_in_words, parse_value, registry

    if number_in_words(value) != value:   # "fifty": a number in words ("one end closed": words)
        try:
            parse_value(value)
            return False
        except UnitError:
            pass
    ureg = registry()
    for w in value.replace("-", " ").split():
        try:
            ureg.Unit(w)
            return False
        except Exception:
            continue
    return True


def _variable_of(step: Step) -> str:
    """The law variable a step derives (its output node's variable in the instance)."""
    if step.instance is None:
        return step.output
    for v, n in step.instance.binding:
        if node_id(n) == step.output:
            return v
    return step.output


def _distinct_values(alts) -> list:
    out = []
    for r, s in alts:
        v = s.env[s.target]
        if all(not math.isclose(v, s2.env[s2.target], rel_tol=1e-6, abs_tol=1e-300) for _, s2 in out):
            out.append((r, s))
    return out


#: The kind of the charges: the knowledge base's laws take them as magnitudes (``q > 0``).
CHARGE_KIND = "electric charge"


_EACH = re.compile(r"\beach\s+(?P<noun>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*$", re.IGNORECASE)


def _each_as_members(given: dict, is_object=None) -> list[tuple[dict, str]]:
    """The givens with every name that ends "each NOUN" ("mass of each ship", "each charge")
    said of NOUN 1 and of NOUN 2 (two objects), then of NOUN 1 alone (one of identical
    elements), each with the reason saying so; [] if no name does.

    >>> pair, one = _each_as_members({"mass of each ship": "5e7 kg", "distance": "200 m"})
    >>> pair[0], one[0]
    ({'mass of ship 1': '5e7 kg', 'mass of ship 2': '5e7 kg', 'distance': '200 m'}, {'mass of ship 1': '5e7 kg', 'distance': '200 m'})
    >>> _each_as_members({"mass": "2 kg"})
    []

    ``is_object(noun)``: whether the noun names an object (a turn of a coil, said in "area of
    each turn", is none: the coil's area).
    """
    out: list[tuple[dict, str]] = []
    for members in ((1, 2), (1,)):
        split, said = {}, []
        for name, value in given.items():
            m = _EACH.search(name) if isinstance(name, str) else None
            if m is not None and is_object is not None and not is_object(m.group("noun")):
                m = None
            if m is None:
                split[name] = value
                continue
            noun = m.group("noun")
            for k in members:
                split[f"{name[:m.start()]}{noun} {k}"] = value
            said.append(f"{name!r} read as said of {noun} 1 and of {noun} 2" if len(members) == 2 else
                        f"{name!r} read as said of {noun} 1, one of identical {noun}s")
        if said:
            out.append((split, "; ".join(said)))
    return out


def _rank(answer) -> int:
    """How much an answer says: a verified value, a hedged one, an ambiguity, nothing."""
    return {"verified": 3, "hedged": 2, "ambiguous": 1}.get(answer.status, 0) \
        - (0 if answer.status != "hedged" else sum(r.startswith("not used") for r in answer.reasons))


def _real_roots(poly: sp.Poly) -> list:
    """The roots of a polynomial with numeric coefficients, by mpmath's polynomial solver, or,
    where that fails to converge (coefficients of very different sizes: eps0 E^2 / 2 = u with
    eps0 ~ 1e-11), by the eigenvalues of its companion matrix (numpy), scaled to a monic one.

    >>> x = sp.Symbol("x")
    >>> sorted(round(float(sp.re(r)), 6) for r in _real_roots(sp.Poly(4.4e-12 * x**2 - 6e7, x)))
    [-3692744729.379982, 3692744729.379982]
    """
    try:
        return poly.nroots(n=15, maxsteps=200)
    except mpmath.libmp.libhyper.NoConvergence:
        coeffs = np.array([complex(c) for c in poly.all_coeffs()])
        return [complex(r) for r in np.roots(coeffs / coeffs[0])]


@lru_cache(maxsize=4096)
def _signs(assumes: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    from hypergraph.directions import parse_assumptions

    return tuple(parse_assumptions(assumes).items())


def _holds(x: float, sign: str) -> bool:
    tol = 1e-12 * max(1.0, abs(x))
    return {">": x > 0, ">=": x >= -tol, "<": x < 0, "<=": x <= tol, "!=": x != 0}.get(sign, True)


@lru_cache(maxsize=4096)
def _conditions_cached(kg_id: int, law_id: str, conditions: tuple[str, ...], variables: tuple[str, ...],
                       constants: tuple[str, ...]):
    from hypergraph.conditions import parse_condition

    return tuple(parse_condition(c, set(variables), set(constants)) for c in conditions)


def _conditions(kg: KnowledgeGraph, law: Law):
    if not law.conditions:
        return ()
    return _conditions_cached(id(kg), law.id, law.conditions, law.variables, tuple(kg.constant_values))


@lru_cache(maxsize=1024)
def _domain_condition_cached(symbol_: str, rel: str, constants: tuple[str, ...]):
    from hypergraph.conditions import ConditionError, parse_condition

    try:
        return parse_condition(rel, {symbol_}, set(constants))
    except ConditionError:
        return None


def _domain_condition(kg: KnowledgeGraph, symbol_: str, rel: str):
    return _domain_condition_cached(symbol_, rel, tuple(kg.constant_values))


def _in_unit(value, unit):
    """``value`` in the unit asked for (a unit text or a pint unit of its registry); a
    dimensionless level asked in dB is the same number in decibels (pint would read dB as a
    logarithm of the plain number)."""
    if unit is None or unit == "":
        return None
    if isinstance(unit, str) and unit.strip() in ("dB", "decibel", "decibels"):
        return value._REGISTRY.Quantity(value.magnitude, "dB")
    return value.to(unit)


@lru_cache(maxsize=8)
def _bipartite_undirected(kg: KnowledgeGraph):
    return kg.to_networkx().to_undirected()


@lru_cache(maxsize=4096)
def _numeric(formula_text: str):
    return compile_numeric(parse_formula(formula_text))


@lru_cache(maxsize=8192)
def _rename_cached(formula_text: str, names: tuple[tuple[str, str], ...]) -> str:
    e = parse_formula(formula_text)
    mapping = {symbol(v): symbol(n) for v, n in names if v != n}
    return text(e.xreplace(mapping)) if mapping else formula_text


def _rename(formula_text: str, names: dict[str, str]) -> str:
    """A law's formula with its variables renamed to the nodes they are bound to."""
    return _rename_cached(formula_text, tuple(sorted(names.items())))


def _in_formula(s: _Solved) -> set[str]:
    """The nodes the composed formula of a derivation depends on (not those that cancel)."""
    if not s.steps:
        return {s.target}
    return {x.name for x in _compose(s.target, tuple((st.output, st.formula) for st in s.steps)).free_symbols}


#: A name that gives a quantity's size, not its sign: "ground-state energy magnitude".
_MAGNITUDE = re.compile(r"\bmagnitudes?\b|\babsolute value\b", re.I)
#: An asked-for name that is one of several things: "each resistor", "per rotor", "one bulb".
_IN_G = re.compile(r"\s*,?\s*\b(?:in\s+(?:multiples|units)\s+of|as\s+an?\s+(?:fraction|multiple)\s+of|"
                   r"as\s+a\s+number\s+of|in)\s+(?:the\s+)?(?:standard\s+)?g(?:'s|s)?\s*$", re.I)


def _in_multiples_of_g(find, unit) -> str | None:
    """The acceleration an asked-for name means when it asks for it in multiples of g
    ("centripetal acceleration in multiples of g", "peak acceleration as a fraction of g",
    "acceleration in g's"), asked as a pure number; else None.

    >>> _in_multiples_of_g("centripetal acceleration in multiples of g", None)
    'centripetal acceleration'
    >>> _in_multiples_of_g("maximum acceleration as a fraction of g", "dimensionless"), _in_multiples_of_g("g", None)
    ('maximum acceleration', None)
    """
    if not isinstance(find, str) or (unit is not None and (not isinstance(unit, str)
                                                           or unit.strip() not in ("", "1", "dimensionless"))):
        return None
    m = _IN_G.search(find)
    rest = find[:m.start()].strip() if m else ""
    return rest if rest and re.search(r"\bacceleration|\bdeceleration", rest, re.I) else None


#: Words that name what goes into a machine and what comes out of it (:meth:`Oracle._opposite_ends`).
_GOES_IN = frozenset({"input", "drawn", "consumed", "intake", "draws", "consumes"})
_GOES_OUT = frozenset({"output", "delivered", "produced", "generated", "emitted", "delivers", "produces"})
_ONE_OF = re.compile(r"\b(each|every|per|one|single|individual)\s+(?:of\s+the\s+)?([a-z][a-z-]+)", re.I)
#: A given that counts things: "number of rotors", "number of identical bulbs".
_COUNT_OF = re.compile(r"\bnumber\s+of\s+(?:the\s+)?(?:identical\s+|equal\s+)?([a-z][a-z-]+)", re.I)


_SINGULAR_IN_S = frozenset({"lens", "gas", "bus", "atlas", "bias", "canvas", "chassis", "series", "species",
                            "apparatus", "radius", "axis", "mass", "glass", "class", "cross"})


_PER_PERIOD = re.compile(r"\s*\b(?:per|each|every|a)\s+(day|hour|year|week|month)\b|"
                         r"\b(daily|hourly|annual|yearly|weekly|monthly)\s+", re.I)
_PERIOD_OF = {"daily": "day", "hourly": "hour", "annual": "year", "yearly": "year", "weekly": "week",
              "monthly": "month"}


def _per_period(given, find):
    """A question asking for a quantity per day (or hour, year, week, month), read as that
    quantity over one period: ``(givens, asked-for name, note, the time given added or "")``,
    or None. The time is added only where no given is a time."""
    if not isinstance(given, dict) or not isinstance(find, str):
        return None
    m = _PER_PERIOD.search(find)
    if m is None:
        return None
    period = m[1] or _PERIOD_OF[m[2].lower()]
    bare = " ".join((find[:m.start()] + " " + find[m.end():]).split())
    if not bare:
        return None
    times = []
    for name, value in given.items():
        try:
            times.append(isinstance(value, str) and parse_value(value)[1].dimension == parse_unit("s").dimension)
        except ValueError:
            times.append(False)
    if any(times):
        return given, bare, f"{find!r} read as {bare!r} over the time given", ""
    added = "time interval"
    if added in given:
        return None
    return ({**given, added: f"1 {period}"}, bare, f"{find!r} read as {bare!r} over 1 {period}", added)


_AT_REST = re.compile(r"\bthe\s+((?:stationary|parked|resting|motionless)(?:\s+[a-z][a-z-]*){1,2})\s*$", re.I)


def _said_at_rest(given, find) -> dict:
    """Speeds of zero for the objects a name calls at rest ("mass of the stationary wagon")
    whose speed no given states: ``{"speed of the stationary wagon": "0 m/s"}``."""
    if not isinstance(given, dict) or not isinstance(find, str):
        return {}
    names = [n for n in (*given, find) if isinstance(n, str)]
    out = {}
    for n in names:
        m = _AT_REST.search(n)
        if m is None:
            continue
        key = m[1].lower()
        if not any(re.search(rf"\b(?:speed|velocity)\b.*\b{re.escape(key)}\b", o, re.I) for o in names):
            out[f"speed of the {key}"] = "0 m/s"
    return out


#: A speed said bare: "speed", "speed of the ball", "the train's velocity".
_BARE_SPEED = re.compile(r"^\s*(?:the\s+)?(?:(?P<owner>[\w-]+)'s\s+)?(?:speed|velocity)(?:\s+of\s+(?P<of>(?:the\s+)?[\w -]+))?\s*$",
                         re.I)


def _bare_speeds(given, find) -> dict[str, str]:
    """The givens that say a speed bare, each with its name as the initial speed, where the
    question gives one such speed and asks for no speed: ``{"speed of the ball": "initial
    speed of the ball"}``; else {}.

    >>> _bare_speeds({"speed of the ball": "45 m/s", "launch angle": "30 degree"}, "range of the ball")
    {'speed of the ball': 'initial speed of the ball'}
    >>> _bare_speeds({"speed of the ball": "45 m/s", "final speed": "3 m/s"}, "time")
    {}
    """
    if not isinstance(given, dict) or not isinstance(find, str) or re.search(r"\b(?:speed|velocity)\b", find, re.I):
        return {}
    speeds = [n for n in given if isinstance(n, str) and re.search(r"\b(?:speed|velocity)\b", n, re.I)]
    if len(speeds) != 1:
        return {}
    m = _BARE_SPEED.match(speeds[0])
    if m is None:
        return {}
    word = "velocity" if "velocity" in speeds[0].lower() else "speed"
    owner = m["of"] or (f"the {m['owner']}" if m["owner"] else "")
    return {speeds[0]: f"initial {word}" + (f" of {owner.strip()}" if owner else "")}


def _a(phrase: str) -> str:
    """``phrase`` with its indefinite article: "an inelastic collision", "a body"."""
    return f"{'an' if phrase[:1].lower() in 'aeiou' else 'a'} {phrase}"


def _singular(word: str) -> str:
    """A noun's singular, roughly ("rotors" -> "rotor", "batteries" -> "battery", "gas" -> "gas")."""
    w = word.lower()
    if w in _SINGULAR_IN_S:
        return w
    if w.endswith("es") and w[:-2] in _SINGULAR_IN_S:   # "lenses", "gases", "buses"
        return w[:-2]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


_RELATIVE = re.compile(r"\brelative to\b|\bwith respect to\b|\bas seen from\b|\bas measured (?:from|on|in)\b",
                       re.IGNORECASE)
_PREPOSITION = re.compile(r"\s(?:of|on|in|at|for|from|between|to|through|across|along|per|with|above|below|"
                          r"under|over|into|onto|by|after|before|during|near|around|inside|outside|when|as)\s")


def _head_noun(name: str) -> str:
    """The last word before a name's first preposition, its head noun.

    >>> _head_noun("daily time lag"), _head_noun("maximum speed of the van on the roundabout"), _head_noun("lag (us)")
    ('lag', 'speed', 'lag')
    """
    core = _PREPOSITION.split(f" {re.sub(r'[(][^)]*[)]', ' ', name.lower())} ", 1)[0].split()
    return core[-1] if core else ""


def _goes_round(composed: sp.Expr, givens: set[str]) -> bool:
    """Whether a derivation's composed formula is one of its givens itself (x -> ... -> x),
    whatever the constants that cancel: checked by value at two points.

    >>> t, g = sp.symbols("t g")
    >>> _goes_round(sp.sqrt(2 * (g * t**2 / 2) / g), {"t"}), _goes_round(2 * t, {"t"})
    (True, False)
    """
    nodes = [x for x in composed.free_symbols if x.name in givens]
    if len(nodes) != 1:
        return False
    x = nodes[0]
    others = {y: 1.3 + 0.1 * i for i, y in enumerate(sorted(composed.free_symbols - {x}, key=str))}
    try:
        return all(math.isclose(complex(composed.xreplace({**others, x: v})).real, v, rel_tol=1e-9)
                   and abs(complex(composed.xreplace({**others, x: v})).imag) < 1e-12 for v in (1.7, 3.1))
    except (TypeError, ValueError):
        return False


@lru_cache(maxsize=2048)
def _compose(target: str, steps: tuple[tuple[str, str], ...]) -> sp.Expr:
    """The target's formula in the givens: each derived node replaced by its step's formula."""
    forms = {out: parse_formula(f) for out, f in steps}
    memo: dict[str, sp.Expr] = {}

    def expand(sym: str) -> sp.Expr:
        if sym in memo:
            return memo[sym]
        e = forms[sym]
        subs = {s: expand(s.name) for s in e.free_symbols if s.name in forms}
        memo[sym] = e.xreplace(subs) if subs else e
        return memo[sym]

    return expand(target)


@lru_cache(maxsize=2048)
def _prove_composed(formula_text: str, params: tuple[tuple[str, str], ...], out_unit: str,
                    constants: tuple[tuple[str, str], ...]):
    """Prove the composed formula dimensionally sound, as a function of the givens."""
    from proofs import prove

    lines = ["from math import sqrt, exp, log, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, pi"]
    lines += [f'{c}: U["{u}"] = 1.0' for c, u in constants]
    sig = ", ".join(f'{p}: U["{u}"]' for p, u in params)
    lines += [f'def derived({sig}) -> U["{out_unit}"]:', f"    return {formula_text}", ""]
    return prove("\n".join(lines), use_cache=True)


def _labelled_alike(a: str, b: str) -> bool:
    """Whether two object keys are one noun told apart by a label ("ball 1", "ball 2")."""
    x, y = a.split(), b.split()
    return (len(x) == len(y) > 1 and x[:-1] == y[:-1] and x[-1] != y[-1]
            and bool(SIBLING.match(x[-1])) and bool(SIBLING.match(y[-1])))


def _used_givens(d: Derivation) -> tuple[str, ...]:
    outputs = {s.output for s in d.steps}
    if not d.steps:
        return (d.target,)
    return tuple(sorted({x for s in d.steps for x in s.inputs if x not in outputs}))


def _mismatch(shown, q: Quantity, got, log: str = "") -> str:
    """The message for a value of the wrong dimension; a bare number is told its unit."""
    want = q.dimension
    what = "a logarithmic level" if log else got.describe()
    if isinstance(shown, ArrayElement):
        msg = f"the array given for {shown.name!r} is {what}, but {q.name} ({q.symbol}) is {want.describe()}"
        if got.dimensionless and not log:
            msg += f" (numbers without a unit); give it with its unit, e.g. pint's Quantity(array, '{q.unit}')"
        return msg
    msg = f"{shown!r} was given for {q.name} ({q.symbol}), which is {want.describe()}, but it is {what}"
    if got.dimensionless and not log and isinstance(shown, (str, int, float)) and not isinstance(shown, bool):
        number = shown.strip() if isinstance(shown, str) else f"{shown:g}"
        msg += f" (a number without a unit); write its unit, e.g. '{number} {q.unit}'"
    return msg


# -- module-level API ------------------------------------------------------------------
_ORACLES: dict[bool, Oracle] = {}
_ORACLES_LOCK = threading.RLock()


def default_oracle(learn: bool | None = None) -> Oracle:
    from .learn import enabled

    learn = enabled(learn)
    with _ORACLES_LOCK:  # one per process, even when threads ask first at once
        if learn not in _ORACLES:
            _ORACLES[learn] = Oracle(learn=learn)
        return _ORACLES[learn]


def _lone_numbered(setup) -> list:
    """The question's objects named with a number ("resistor 1") whose siblings ("resistor
    2") it does not name: the number says the set-up has more of them.

    >>> from hypergraph.setups import Obj, Setup
    >>> [o.key for o in _lone_numbered(Setup((Obj("resistor 1", "conductor"), Obj("battery", "battery"))))]
    ['resistor 1']
    >>> _lone_numbered(Setup((Obj("ball 1", "body"), Obj("ball 2", "body"))))
    []
    """
    stems: dict[str, list] = {}
    for o in setup.objects:
        stem, _, label = o.key.rpartition(" ")
        if o.role == "named" and stem and SIBLING.match(label):
            stems.setdefault(stem, []).append(o)
    return [group[0] for group in stems.values() if len(group) == 1]




def asked_kind(unit, ureg) -> str:
    """"cycles" for a unit in hertz, "angle" for radians or degrees per time, "plane angle"
    for radians or degrees alone, else "": the radian is a number, so rad/s and Hz share a
    dimension but not a meaning, and an answer in degrees is no magnification.

    >>> import pint; u = pint.UnitRegistry()
    >>> asked_kind("MHz", u), asked_kind(u.Unit("rad/s"), u), asked_kind("1/s", u), asked_kind(None, u)
    ('cycles', 'angle', '', '')
    >>> asked_kind("degree", u), asked_kind("arcsec", u), asked_kind("percent", u)
    ('plane angle', 'plane angle', '')
    """
    if unit is None:
        return ""
    try:
        u = ureg.Unit(unit) if isinstance(unit, str) else unit
        text = str(u)
    except Exception:   # noqa: BLE001 - a unit pint reads otherwise was checked already
        return ""
    if "hertz" in text:
        return "cycles"
    if angular(u, ureg):
        return "angle" if "/" in f"{text} {ureg.get_base_units(u)[1]}" else "plane angle"
    return ""


def angular(unit, ureg) -> bool:
    """Whether a pint unit counts an angle (radians, degrees, and pint's revolutions: "rpm"
    is 2 pi radians a minute, never one cycle a minute).

    >>> import pint; u = pint.UnitRegistry()
    >>> angular(u.Unit("rpm"), u), angular(u.Unit("deg/s"), u), angular(u.Unit("Hz"), u)
    (True, True, False)
    """
    try:
        return "radian" in str(ureg.get_base_units(unit)[1])
    except Exception:   # noqa: BLE001 - not a unit of this registry
        return False


_NUMBER = re.compile(r"\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*")


_PER_TIME = re.compile(r"^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(?:1\s*/\s*|/\s*|per\s+|)"
                       r"(s|sec|second|min|minute|h|hour)(?:\^?-1)?\s*$", re.IGNORECASE)
_TURNING = re.compile(r"\b(?:rotation|rotating|rotational|spin|spinning|spins|turning|turns|revolving)\b", re.I)


_PRESSURE = re.compile(r"\bpressure\b", re.IGNORECASE)
#: Words that say which pressure a name is (or that it is no fluid's pressure at a depth).
_SAYS_WHICH_PRESSURE = re.compile(
    r"\b(?:gauge|absolute|total|atmospher\w*|air|barometric|ambient|surface|vapou?r|partial|blood|arterial|"
    r"venous|radiation|tyre|tire|osmotic|dynamic|stagnation|sound|difference|drop|change|increase|rise|"
    r"excess|over|under)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _symmetric_in_members(kg, law) -> bool:
    """Whether a law of two members says the same with its members swapped (m1 <-> m2, q1 <->
    q2 in every variable, the output too): Coulomb's force is, Snell's law is not.

    >>> from oracle.engine import default_oracle
    >>> kg = default_oracle(False).kg
    >>> [_symmetric_in_members(kg, law) for law in kg.laws if law.id.endswith(("coulombs_law", "snells_law"))]
    [True, False]
    """
    swap = {}
    for v in law.variables:
        member = kg.quantity(v).member
        if member is None or member[1] not in (1, 2):
            continue
        for w in law.variables:
            other = kg.quantity(w).member
            if other is not None and other[0] == member[0] and other[1] == 3 - member[1]:
                swap[symbol(v)] = symbol(w)
    if not swap:
        return True
    relation = parse_formula(law.expression) - symbol(law.output)
    swapped = relation.xreplace(swap)
    try:
        return sp.simplify(relation - swapped) == 0 or sp.simplify(relation + swapped) == 0
    except Exception:   # noqa: BLE001 - a formula sympy cannot simplify is taken as not symmetric
        return False


def _turns_per_time(given) -> dict[str, tuple[str, str]] | None:
    """The givens whose names say a rotation and whose values are a bare count per unit time
    ("rotation rate": "12 1/s"), each as ``(the value in radians, the value in turns)``; None
    if none. Hertz, rpm and rad/s say what they count; "per second" does not.

    >>> _turns_per_time({"rotation rate": "12 1/s", "radius": "0.3 m"})
    {'rotation rate': ('12 rad/s', '12 revolution/s')}
    >>> _turns_per_time({"angular velocity": "12 1/s"}) is None
    True
    """
    if not isinstance(given, dict):
        return None
    out = {}
    for name, value in given.items():
        if not (isinstance(name, str) and isinstance(value, str) and _TURNING.search(name)) \
                or re.search(r"\b(?:angular|radians?)\b", name, re.I):
            continue
        m = _PER_TIME.match(value)
        if m is not None and (re.search(r"1\s*/|/|per|\^?-1", value)):
            unit = {"sec": "s", "second": "s", "minute": "min", "hour": "h"}.get(m[2].lower(), m[2].lower())
            out[name] = (f"{m[1]} rad/{unit}", f"{m[1]} revolution/{unit}")
    return out or None


_NATIONAL_UNIT = re.compile(r"(?<![\w])(" + "|".join(sorted(NATIONAL_UNITS, key=len, reverse=True)) + r")s?(?![\w])")
#: A name that says which definition it means.
_SAYS_NATION = re.compile(r"\b(?:US|U\.S\.|American|imperial|UK|British|metric|short|long)\b", re.I)


def _national_names(given) -> list[str]:
    """The names of the givens written in a bare unit of several national definitions."""
    if not isinstance(given, dict):
        return []
    return [n for n, v in given.items() if isinstance(n, str) and isinstance(v, str)
            and _NATIONAL_UNIT.search(v) and not _SAYS_NATION.search(n)]


def _national_units(given) -> list[tuple[str, dict]] | None:
    """The readings of a question whose givens are written in bare units of several national
    definitions: ``(the units it takes, the givens in them)``, the US reading (pint's) first;
    None if there are none. A name that says which ("imperial", "US", "metric") is read as
    it says, and so is a unit that does ("US_liquid_gallon", "tonne").

    >>> [(w, g["volume of the tub"]) for w, g in _national_units({"volume of the tub": "1 gallon"})]
    [('US_liquid_gallon', '1 US_liquid_gallon'), ('imperial_gallon', '1 imperial_gallon')]
    >>> _national_units({"volume of the tub": "1 imperial_gallon", "mass": "2 tonne"}) is None
    True
    """
    names = _national_names(given)
    if not names:
        return None
    readings = []
    for k in range(max(len(NATIONAL_UNITS[m[1]]) for n in names for m in _NATIONAL_UNIT.finditer(given[n]))):
        reading, said = dict(given), []

        def swap(m, k=k):
            alts = NATIONAL_UNITS[m[1]]
            said.append(alts[min(k, len(alts) - 1)])
            return said[-1]

        for n in names:
            reading[n] = _NATIONAL_UNIT.sub(swap, given[n])
        readings.append((", ".join(dict.fromkeys(said)), reading))
    return readings


def _value_kind(shown) -> str:
    """:func:`asked_kind` of the unit a given value was written in: "angle" for "300 rpm"
    or "2 rad/s", "cycles" for "50 Hz", else ""."""
    from psg.units import registry

    if isinstance(shown, str):
        m = _NUMBER.match(shown)
        rest = shown[m.end():].strip() if m else ""
        return asked_kind(rest, registry()) if rest else ""
    units = getattr(shown, "units", None)
    registry_ = getattr(shown, "_REGISTRY", None)
    return asked_kind(units, registry_) if units is not None and registry_ is not None else ""


_REVOLUTION = re.compile(r"\b(?:turns?|revs?|revolutions?|cycles?|rpm|rps)\b", re.IGNORECASE)


def _revolutions(shown) -> int:
    """The power of the radian in a value written in turns, revolutions or cycles (pint reads
    each as 2 pi radians): 1 for "500 turns/m" and "150 turns", 0 for "2 rad" or "3 m".

    >>> _revolutions("500 turns/m"), _revolutions("150 turns"), _revolutions("3000 rpm"), _revolutions("2 rad/s")
    (1, 1, 1, 0)
    """
    from psg.units import registry

    if not isinstance(shown, str):
        return 0
    m = _NUMBER.match(shown)
    rest = shown[m.end():].strip() if m else ""
    if not rest or not _REVOLUTION.search(rest):
        return 0
    try:
        base = registry().get_base_units(registry().Unit(rest))[1]
    except Exception:   # noqa: BLE001 - a unit pint reads otherwise was read already
        return 0
    return int(dict(base._units).get("radian", 0))


def _assumes_premise(law: Law) -> bool:
    """Whether a law assumes a fact about the set-up that a name must state (a bracketed word);
    a premise of braced words only lists what denies a general law ("a body that {rebounds}"
    is not the signed-velocity impulse's), and assumes nothing beyond it."""
    return bool(_PREMISE_WORD.search(law.premise))


def query(given: dict, find, *, unit=None, learn: bool | None = None, engine: str = "spiking",
          backend: str = "numba", backend_options: dict | None = None,
          kb: KnowledgeGraph | None = None) -> Answer:
    """Answer: what is ``find`` given ``given``? See :class:`Answer` and the module docstring.

    Givens are text (``"2 kg"``), pint quantities of any registry, astropy quantities, or
    numpy arrays (a vectorized answer, :mod:`oracle.arrays`); a bare number is a
    dimensionless number. ``unit`` is a unit text, a pint unit or an astropy unit. The
    answer's values are quantities of the caller's pint registry (:mod:`oracle.interop`).
    ``learn`` (default: on unless ``ORACLE_LEARN=off``) records what is derived; it never
    changes an answer (:mod:`oracle.learn`).

    ``engine="spiking"`` (the default) searches with the Loihi-class circuit on ``backend``
    (``numba``, ``brian2`` or ``lava``; ``backend_options`` go to :func:`spiking.run`, e.g.
    ``{"target": "cpp_standalone"}`` for Brian2's C++ standalone mode);
    ``engine="closure"`` with the reference closure. Both give the same derivation."""
    o = Oracle(kb, learn=learn) if kb is not None else default_oracle(learn)
    return o.query(given, find, unit=unit, engine=engine, backend=backend, backend_options=backend_options)


def check(measurements, rel_tol: float = 0.01, kb: KnowledgeGraph | None = None, *, executor=None) -> list[dict]:
    """The laws that ``measurements`` (a dict of names to values) violate beyond ``rel_tol``.

    A table of measurements (a CSV path or a pandas DataFrame, headers ``name [unit]``) is
    checked row by row, through ``executor`` (a ``concurrent.futures.Executor`` or a
    ``dask.distributed.Client``): one result per row, in row order (:mod:`oracle.table`)."""
    if not isinstance(measurements, dict):
        from .table import check_table

        return list(check_table(measurements, rel_tol=rel_tol, kb=kb, executor=executor))
    if executor is not None:
        raise ValueError("executor= is for a table of measurements; one set of measurements is checked here")
    return (Oracle(kb, learn=False) if kb is not None else default_oracle(False)).check(measurements, rel_tol)


def relate(a, b, kb: KnowledgeGraph | None = None) -> dict:
    """The laws and shortest chains of laws connecting two quantities."""
    return (Oracle(kb, learn=False) if kb is not None else default_oracle(False)).relate(a, b)
