"""``oracle.query``: a value, the chain of laws that produced it, and the proofs.

>>> a = query(given={"m": "2 kg", "v": "3 m/s"}, find="kinetic energy")
>>> a.value
<Quantity(9.0, 'joule')>
>>> a.derivation.laws
('mechanics.kinetic_energy',)
"""
from __future__ import annotations

import itertools
import math
import threading
import time
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
import sympy as sp

from hypergraph.closure import closure
from hypergraph.model import KnowledgeGraph, Law, Quantity
from hypergraph.symbolic import compile_numeric, formula as parse_formula, symbol, text
from psg.units import parse_unit, parse_value, registry, spelled

from .names import NameIndex


class QueryError(ValueError):
    """A question the oracle cannot take as asked (names what is wrong)."""


class DimensionMismatchError(QueryError):
    """A value given in a unit of the wrong dimension for its quantity."""


class ContradictoryGivensError(QueryError):
    """Given values that the laws say cannot all hold."""


@dataclass(frozen=True)
class Step:
    """One law applied in one direction: ``output = formula(inputs)``."""

    law: Law
    output: str
    inputs: tuple[str, ...]
    formula: str
    time: int
    value: float  # SI


@dataclass(frozen=True)
class Derivation:
    """The laws that derive the target from the givens, in an order that evaluates."""

    target: str
    givens: tuple[str, ...]
    steps: tuple[Step, ...]

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
    """What was proved about a derivation: every step, and the composed formula."""

    steps: tuple[tuple[str, str, str, str], ...]  # (law id, variable, dimensions verdict, direction status)
    composed: object  # proofs.ProofReport of the composed formula as a function

    @property
    def status(self) -> str:
        ok = all(d == "proved" and s in ("law", "proved") for _, _, d, s in self.steps)
        return "proved" if ok and self.composed.status == "proved" else "refuted" if self.composed.status == "refuted" else "unknown"

    def __str__(self) -> str:
        lines = [f"proof: {self.status}"]
        for law, var, dims, direction in self.steps:
            how = "as written" if direction == "law" else f"solved for {var}: {direction}"
            lines.append(f"  {law}: dimensions {dims}; {how}")
        c = self.composed.counts()
        lines.append(f"  composed formula: {self.composed.status} ({c['obligations']} obligations, "
                     f"{c['fast_path']} fast path, {c['z3']} Z3)")
        return "\n".join(lines)

    def _repr_html_(self) -> str:  # notebooks: see oracle.display
        from .display import proof_html

        return proof_html(self)


@dataclass(frozen=True)
class Answer:
    """The oracle's answer. ``found`` is False when the target cannot be derived; then
    ``missing`` lists the smallest sets of further quantities that would make it derivable."""

    target: Quantity
    found: bool
    value: object = None            # pint Quantity in the quantity's SI unit
    value_in_unit: object = None    # pint Quantity in the unit asked for
    derivation: Derivation | None = None
    formula: sp.Expr | None = None
    proof: DerivationProof | None = None
    missing: tuple[tuple[str, ...], ...] = ()
    engine: str = "spiking"
    timings: dict = field(default_factory=dict)
    learned: bool = False
    search: object = None           # the closure or spiking result (times, causal edges, raster)
    excluded: tuple[str, ...] = ()  # law directions set aside: their assumptions failed for these values
    read_as: tuple[str, ...] = ()   # everyday words given another reading: "'distance' read as radius (r)"

    @property
    def standard_conditions(self) -> tuple[str, ...]:
        """The standard-condition constants the derivation relies on (``g_n``, ``p_atm``):
        used only because nothing in the question gave a better value."""
        if not self.found:
            return ()
        return tuple(sorted({c for step in self.derivation.steps for c in step.law.constants
                             if c in STANDARD_CONSTANTS}))

    def __str__(self) -> str:
        if not self.found:
            sets = " or ".join("{" + ", ".join(s) + "}" for s in self.missing) or "none found"
            return f"{self.target.name} ({self.target.symbol}) cannot be derived from the givens; add one of: {sets}"
        shown = self.value_in_unit if self.value_in_unit is not None else self.value
        return "\n".join([
            f"{self.target.name} ({self.target.symbol}) = {shown.magnitude:.6g} {shown.units:~P}",
            f"formula: {self.target.symbol} = {text(self.formula)}",
            "derivation:", *["  " + line for line in self.derivation.tree()],
            *[f"reads {note}" for note in self.read_as],
            *([f"assumes standard conditions: {', '.join(_STANDARD_NAMES[c] for c in self.standard_conditions)} "
               "(nothing given decides them)"] if self.standard_conditions else []),
            str(self.proof),
            "timings: " + ", ".join(f"{k} {v * 1e3:.2f} ms" for k, v in self.timings.items()),
        ])

    def _repr_html_(self) -> str:  # notebooks: see oracle.display
        from .display import answer_html

        return answer_html(self)

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:  # text/plain: str(), not the search arrays
        from .display import mimebundle

        return mimebundle(self, self._repr_html_())


# -- the engine ---------------------------------------------------------------------
#: Constants that stand for standard conditions rather than nature: laws using them apply
#: only where the question gives nothing better (see ``Oracle.standard_edges``).
STANDARD_CONSTANTS = ("g_n", "p_atm")
_STANDARD_NAMES = {"g_n": "g = g_n = 9.80665 m/s^2 (the Earth's surface)",
                   "p_atm": "p_atm = 101325 Pa (a standard atmosphere)"}


class Oracle:
    """Questions over one knowledge graph (the bundled one by default)."""

    def __init__(self, kg: KnowledgeGraph | None = None, *, learn: bool = True) -> None:
        from hypergraph.build import load_default

        self.kg = kg if kg is not None else load_default()
        self.names = NameIndex(self.kg.quantities)
        self.learn = learn
        from .learn import Memory

        self.memory = Memory.for_kb(self.kg.content_hash) if learn else None
        # Usage statistics order the search: among derivations of equal cost, the most used
        # laws come first (the closure and the circuit both take the lowest edge index).
        self.edge_order = _usage_order(self.kg, self.memory.usage if self.memory else {})
        self.incidence = (self.kg.incidence if self.edge_order is None
                          else _permuted(self.kg.incidence, self.edge_order))
        # Laws that assume standard conditions (g = g_n, a standard atmosphere) are a fallback:
        # a first search does without them, so they never stand in for the general law
        # (the weight on Earth would otherwise "derive" g from a mass alone, on Mars too).
        self.standard_edges = frozenset(
            e for e in range(self.incidence.n_edges) if set(self._edge(e)[0].constants) & set(STANDARD_CONSTANTS))
        self._general = _without(self.incidence, self.standard_edges) if self.standard_edges else self.incidence

    # -- inputs ------------------------------------------------------------------
    def resolve(self, name) -> str:
        if isinstance(name, Quantity):
            return name.symbol
        return self.names.resolve(name)

    def si_value(self, symbol_: str, value) -> float:
        """A given value in SI, checked against the quantity's dimension."""
        q = self.kg.quantity(symbol_)
        want = parse_unit(q.unit).dimension
        if isinstance(value, str):  # a bounded grammar: nothing in the text is evaluated as arithmetic
            try:
                magnitude, unit = parse_value(value)
            except ValueError as err:
                raise QueryError(f"cannot read the value {value!r} given for {q.name} ({symbol_}): {err}") from None
            if unit.log == "decibel" and want.dimensionless:
                return _bounded(q, symbol_, value, magnitude)  # a level given in dB is the number of decibels
            if unit.dimension != want or unit.log:
                got = "a logarithmic level" if unit.log else unit.dimension.describe()
                raise DimensionMismatchError(
                    f"{value!r} was given for {q.name} ({symbol_}), which is {want.describe()}, but it is {got}")
            return _bounded(q, symbol_, value, magnitude * unit.to_si + unit.offset)
        ureg = registry()
        try:
            if hasattr(value, "magnitude") and hasattr(value, "units"):
                qty = ureg.Quantity(value.magnitude, str(value.units))
            elif isinstance(value, (int, float, np.floating, np.integer)) and not isinstance(value, bool):
                qty = ureg.Quantity(float(value), q.unit)
            else:
                raise QueryError(f"the value of {q.name} ({symbol_}) must be a string such as '2 kg', a pint "
                                 f"quantity or a number in {q.unit}; got {type(value).__name__}")
        except QueryError:
            raise
        except Exception as err:  # pint's parse errors come in many types
            raise QueryError(f"cannot read the value {value!r} given for {q.name} ({symbol_}): {err}") from None
        if str(qty.units) == "decibel" and want.dimensionless:
            return _bounded(q, symbol_, value, float(qty.magnitude))  # a level given in dB is the number of decibels
        got = _dimension_of(qty)
        if got != want:
            raise DimensionMismatchError(
                f"{value!r} was given for {q.name} ({symbol_}), which is {want.describe()}, but it is {got.describe()}")
        try:
            mag = float(qty.to_base_units().magnitude)
        except (OverflowError, TypeError, ValueError) as err:
            raise QueryError(f"the value given for {q.name} ({symbol_}) is out of range: {value!r} ({err})") from None
        return _bounded(q, symbol_, value, mag)

    # -- the question ----------------------------------------------------------
    def query(self, given: dict, find, *, unit: str | None = None, engine: str = "spiking",
              backend: str = "numba", backend_options: dict | None = None, _reread: bool = True) -> Answer:
        t0 = time.perf_counter()
        timings = {}
        if not isinstance(given, dict):
            raise QueryError(f"'given' must be a dict of quantity -> value, got {type(given).__name__}")
        values: dict[str, float] = {}
        generic: dict[str, object] = {}  # symbol -> the everyday word that named it
        for key, value in given.items():
            sym = self.resolve(key)
            if _reread and self.names.generic(key):
                generic[sym] = key
            v = self.si_value(sym, value)
            if sym in values and not math.isclose(values[sym], v, rel_tol=1e-9):
                raise ContradictoryGivensError(
                    f"{self.kg.quantity(sym).name} ({sym}) is given twice with different values")
            values[sym] = v
        target = self.resolve(find)
        tq = self.kg.quantity(target)
        if unit is not None:
            try:
                udim = parse_unit(unit).dimension
            except ValueError as err:
                raise QueryError(str(err)) from None
            if udim != tq.dimension:
                raise DimensionMismatchError(
                    f"the answer {tq.name} ({target}) is {tq.dimension.describe()}; it cannot be given in {unit!r}")
        self._check_consistency(values)
        timings["resolve"] = time.perf_counter() - t0

        if target in values:
            return self._answer_given(tq, values[target], unit, timings, t0)

        kg = self.kg
        sources = [kg.index[s] for s in values]
        node = kg.index[target]
        standard, reading = self._plan(given, generic, sources, node,
                                       find if _reread and self.names.generic(find) else None)
        if reading is not None:  # "distance" was the distance between the charges
            new_given, new_target, notes = reading
            a = self.query(new_given, new_target, unit=unit, engine=engine, backend=backend,
                           backend_options=backend_options, _reread=False)
            return replace(a, read_as=notes)
        excluded: frozenset = frozenset()
        last_reason = ""
        timings["search"] = timings["evaluate"] = 0.0
        for _ in range(MAX_RESEARCH + 2):
            t1 = time.perf_counter()
            edges = self._search(sources, engine, backend, excluded | standard, backend_options)
            timings["search"] += time.perf_counter() - t1
            if edges.time[node] < 0 and standard:
                standard = frozenset()  # under standard conditions, then
                continue
            if edges.time[node] < 0:
                missing = self.missing_sets(values, target) if not excluded else ()
                timings["total"] = time.perf_counter() - t0
                return Answer(tq, False, missing=missing, engine=engine, timings=timings, search=edges,
                              excluded=self._excluded_laws(excluded))
            t2 = time.perf_counter()
            try:
                steps, env = self._evaluate(edges.derivation(node), values, edges.time)
                break
            except _OutsideAssumptions as out:
                excluded = excluded | {out.edge}  # this law does not hold for these values: search again
                last_reason = str(out)
            finally:
                timings["evaluate"] += time.perf_counter() - t2
        else:
            raise QueryError(f"no derivation of {tq.name} keeps every law within its assumptions "
                             f"(tried {MAX_RESEARCH + 1}; last: {last_reason})")
        derivation = Derivation(target, tuple(sorted(values)), tuple(steps))
        used = _used_givens(derivation)

        t3 = time.perf_counter()
        learned = self.memory.lookup(target, used) if self.memory else None
        if learned is not None and not _reproduces(learned["formula"], env, target):
            self.memory.forget(target, used)  # damaged or edited: never trusted, learned again
            learned = None
        if learned is not None:
            composed = parse_formula(learned["formula"])
        else:
            composed = _compose(target, tuple((s.output, s.formula) for s in steps))
        timings["compose"] = time.perf_counter() - t3

        t4 = time.perf_counter()
        proof = self._prove(derivation, composed, used, target)
        timings["prove"] = time.perf_counter() - t4
        if self.memory is not None:
            self.memory.record(target, used, text(composed), derivation.laws, proof.status)

        value_si = env[target]
        value = _si_quantity(value_si, tq)
        value_in = _in_unit(value, unit)
        timings["total"] = time.perf_counter() - t0
        return Answer(tq, True, value, value_in, derivation, composed, proof, (), engine, timings,
                      learned is not None, edges, self._excluded_laws(excluded))

    def _answer_given(self, tq, value_si, unit, timings, t0) -> Answer:
        from proofs.report import ProofReport

        value = _si_quantity(value_si, tq)
        timings["total"] = time.perf_counter() - t0
        proof = DerivationProof((), ProofReport((), (), 0.0))
        return Answer(tq, True, value, _in_unit(value, unit), Derivation(tq.symbol, (tq.symbol,), ()),
                      symbol(tq.symbol), proof, timings=timings)

    def _plan(self, given: dict, generic: dict, sources: list[int], node: int, find_word: str | None = None):
        """How to read the question: the law directions to set aside, and another reading
        ``(givens by symbol, target, notes)`` or None. The most direct derivation wins (the
        reference closure's time); on a tie, general laws over those assuming standard
        conditions (``g = g_n``: the weight on Earth would "derive" g from a mass alone, on
        Mars too), and each word's usual reading over another ("distance" as the distance
        between the charges). Other readings are tried only where general laws derive
        nothing from the givens as read: a reading that answers sooner is not always the
        one meant (a "force" with a mass given is not always a weight)."""
        general = closure(self._general, sources).time
        options = [(general[node], 0, self.standard_edges, None),
                   (closure(self.incidence, sources).time[node], 2, frozenset(), None)]
        if options[0][0] < 0:  # another reading only where general laws do not answer as read
            for inc, rank, aside in ((self._general, 1, self.standard_edges), (self.incidence, 3, frozenset())):
                for t, reading in self._readings(given, generic, sources, node, inc):
                    options.append((t, rank, aside, reading))
        reached = [o for o in options if o[0] >= 0]
        best = min(reached, key=lambda o: (o[0], o[1])) if reached else None
        if find_word is not None:  # "force", when only the force on the wire is near at hand
            other = self._target_reading(given, find_word, general, node, best[0] if best else -1)
            if other is not None:
                return self.standard_edges, other
        if best is None:
            return self.standard_edges, None
        return best[2], best[3]

    #: How much sooner (in derivation time) another reading of the target word must answer
    #: than the word's usual quantity: "frequency" stays the frequency when the angular
    #: frequency is one step nearer, "force" becomes the force on the wire when the generic
    #: force is only reached through a long chain of unrelated set-ups.
    TARGET_MARGIN = 3

    def _target_reading(self, given: dict, word: str, times, node: int, usual: int):
        """Another quantity the target word may stand for, derived under general laws
        (``times``: the closure's over them) at least ``TARGET_MARGIN`` sooner than the
        usual one (or at all, if that is not derived), and nearer than any other such
        quantity: ``(givens by symbol, target, notes)`` or None."""
        kg = self.kg
        taken = {self.resolve(k) for k in given}
        near = sorted((int(times[kg.index[alt]]), alt)
                      for alt in self.names.readings(word, kg.quantities[node].symbol) if alt not in taken)
        near = [(t, alt) for t, alt in near if t >= 0 and (usual < 0 or t + self.TARGET_MARGIN <= usual)]
        if not near or (len(near) > 1 and near[1][0] == near[0][0]):
            return None  # none, or two equally near (series or parallel?): the question must say
        alt = near[0][1]
        return ({self.resolve(k): v for k, v in given.items()}, alt,
                (f"{word!r} (asked for) read as {kg.quantity(alt).name} ({alt})",))

    def _readings(self, given: dict, generic: dict, sources: list[int], node: int, inc):
        """Each other reading of one everyday word among the givens under which the target
        is derived over ``inc``: (its time, (givens by symbol, target, notes))."""
        kg = self.kg
        target = kg.quantities[node].symbol
        taken = {self.resolve(k) for k in given}
        for sym, key in generic.items():
            for alt in self.names.readings(key, sym):
                if alt in taken or alt == target:
                    continue
                trial = [kg.index[alt] if s == kg.index[sym] else s for s in sources]
                t = int(closure(inc, trial).time[node])
                if t >= 0:
                    new_given = {(alt if k == key else self.resolve(k)): v for k, v in given.items()}
                    yield t, (new_given, target, (f"{key!r} read as {kg.quantity(alt).name} ({alt})",))

    def _search(self, sources: list[int], engine: str, backend: str, excluded: frozenset = frozenset(),
                backend_options: dict | None = None):
        """Search in the oracle's edge order; edge ids returned are in that order (see :meth:`_edge`)."""
        inc = (self.incidence if not excluded else self._general if excluded == self.standard_edges
               else _without(self.incidence, excluded))
        if engine == "closure":
            return closure(inc, sources)
        if engine == "spiking":
            from .spiking_engine import spiking_search

            return spiking_search(self.kg, sources, backend, None if inc is self.kg.incidence else inc,
                                  **(backend_options or {}))
        raise QueryError(f"unknown engine {engine!r}; expected 'closure' or 'spiking'")

    def _evaluate(self, order, values: dict[str, float], times) -> tuple[list[Step], dict[str, float]]:
        kg = self.kg
        env = dict(values)
        env.update(kg.constant_values)
        steps = []
        for e in order:
            law, direction = self._edge(e)
            out = direction.variable
            ins = tuple(v for v in law.variables if v != out)
            try:
                val = _numeric(direction.formula)(env)
            except (ValueError, ZeroDivisionError, OverflowError) as err:  # outside the law's domain
                raise _OutsideAssumptions(int(e), f"{law.name} cannot give {kg.quantity(out).name}: {err}") from None
            if isinstance(val, complex) or not math.isfinite(val):
                raise _OutsideAssumptions(int(e), f"{law.name} gives no real {kg.quantity(out).name} here")
            env[out] = val
            for var, sign in _signs(law.assumes):
                x = env.get(var)
                if x is not None and not _holds(x, sign):
                    raise _OutsideAssumptions(int(e), f"{law.name} assumes {var} {sign} 0, but {var} = {x:g}")
            steps.append(Step(law, out, ins, direction.formula, int(times[kg.index[out]]), val))
        return steps, env

    def _edge(self, e):
        """The law and direction of search edge ``e`` (mapped back through the usage order)."""
        return self.kg.edge(int(e) if self.edge_order is None else int(self.edge_order[int(e)]))

    def _excluded_laws(self, excluded) -> tuple[str, ...]:
        return tuple(f"{self._edge(e)[0].id}->{self._edge(e)[1].variable}" for e in sorted(excluded))

    def _check_consistency(self, values: dict[str, float], rel_tol: float = 1e-6) -> None:
        """Givens that fully determine a law that always holds (cost 1, no validity condition)
        must satisfy it; special cases (free fall on Earth, light in vacuum) may simply not apply."""
        for v in self.check_si(values, rel_tol, unconditional_only=True):
            raise ContradictoryGivensError(
                f"the givens contradict {v['law']} ({v['name']}): it gives {v['output']} = {v['expected']:.6g} "
                f"{self.kg.quantity(v['output']).unit}, but {v['given']:.6g} {self.kg.quantity(v['output']).unit} was given")

    # -- proofs -----------------------------------------------------------------
    def _prove(self, derivation: Derivation, composed: sp.Expr, used: tuple[str, ...], target: str) -> DerivationProof:
        steps = []
        for s in derivation.steps:
            d = s.law.direction(s.output)
            steps.append((s.law.id, s.output, s.law.proof, d.status))
        composed_report = _prove_composed(text(composed), tuple((u, self.kg.quantity(u).unit) for u in used),
                                          self.kg.quantity(target).unit,
                                          tuple((c.name, c.unit) for c in self.kg.constants
                                                if symbol(c.name) in composed.free_symbols))
        return DerivationProof(tuple(steps), composed_report)

    # -- what is missing --------------------------------------------------------
    def missing_sets(self, values: dict[str, float], target: str, max_size: int = 2, limit: int = 5):
        """The smallest sets of further quantities that make ``target`` derivable."""
        kg = self.kg
        node = kg.index[target]
        base = [kg.index[s] for s in values]
        known = closure(kg.incidence, base).derivable
        # candidates: quantities that share a law with the target, then with those
        near = {target}
        for _ in range(2):
            near |= {v for law in kg.laws if near & set(law.variables) for v in law.variables}
        cands = sorted(kg.index[s] for s in near if s != target and not known[kg.index[s]])
        for size in range(1, max_size + 1):
            found = []
            for extra in itertools.combinations(cands, size):
                if closure(kg.incidence, base + list(extra)).time[node] >= 0:
                    found.append(tuple(kg.quantities[i].symbol for i in extra))
                    if len(found) >= limit:
                        break
            if found:
                return tuple(found)
        return ()

    # -- other questions --------------------------------------------------------
    def check(self, measurements: dict, rel_tol: float = 0.01) -> list[dict]:
        """Laws that the measurements (all of whose variables are measured) violate beyond ``rel_tol``."""
        values = {}
        for k, v in measurements.items():
            sym = self.resolve(k)
            values[sym] = self.si_value(sym, v)
        return self.check_si(values, rel_tol)

    def check_si(self, values: dict[str, float], rel_tol: float, unconditional_only: bool = False) -> list[dict]:
        env = {**values, **self.kg.constant_values}
        out = []
        for law in self.kg.laws:
            if not all(v in values for v in law.variables):
                continue
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


MAX_RESEARCH = 8


class _OutsideAssumptions(Exception):
    def __init__(self, edge: int, why: str) -> None:
        super().__init__(why)
        self.edge = edge


@lru_cache(maxsize=4096)
def _signs(assumes: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    from hypergraph.directions import parse_assumptions

    return tuple(parse_assumptions(assumes).items())


def _holds(x: float, sign: str) -> bool:
    tol = 1e-12 * max(1.0, abs(x))
    return {">": x > 0, ">=": x >= -tol, "<": x < 0, "<=": x <= tol, "!=": x != 0}.get(sign, True)


def _usage_order(kg: KnowledgeGraph, usage) -> np.ndarray | None:
    """Edge order with the most used laws first (stable), or None when nothing was used."""
    if not usage:
        return None
    uses = np.array([-usage.get(kg.laws[int(k)].id, 0) for k in kg.edge_law], dtype=np.int64)
    order = np.argsort(uses, kind="stable")
    return None if np.array_equal(order, np.arange(len(order))) else order


def _permuted(inc, order):
    """The same hypergraph with its edges renumbered: new edge ``k`` is old edge ``order[k]``."""
    from hypergraph.incidence import Incidence

    return Incidence.from_edges(inc.n_nodes, [([int(x) for x in inc.edge_inputs(int(e))], int(inc.output[e]),
                                               int(inc.cost[e])) for e in order])


def _in_unit(value, unit: str | None):
    """``value`` in the unit asked for; a dimensionless level asked in dB is the same number
    in decibels (pint would read dB as a logarithm of the plain number)."""
    if not unit:
        return None
    if spelled(unit).strip() in ("dB", "decibel", "decibels"):
        return registry().Quantity(float(value.magnitude), "dB")
    return value.to(unit)


def _without(inc, excluded):
    """The same hyperedges (same indices), but the excluded ones wait on a node nothing derives."""
    from hypergraph.incidence import Incidence

    never = inc.n_nodes
    edges = []
    for e in range(inc.n_edges):
        ins = [int(x) for x in inc.edge_inputs(e)] + ([never] if e in excluded else [])
        edges.append((ins, int(inc.output[e]), int(inc.cost[e])))
    return Incidence.from_edges(inc.n_nodes + 1, edges)


@lru_cache(maxsize=8)
def _bipartite_undirected(kg: KnowledgeGraph):
    return kg.to_networkx().to_undirected()


@lru_cache(maxsize=4096)
def _numeric(formula_text: str):
    return compile_numeric(parse_formula(formula_text))


@lru_cache(maxsize=2048)
def _compose(target: str, steps: tuple[tuple[str, str], ...]) -> sp.Expr:
    """The target's formula in the givens: each derived symbol replaced by its step's formula."""
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


def _used_givens(d: Derivation) -> tuple[str, ...]:
    outputs = {s.output for s in d.steps}
    return tuple(sorted({x for s in d.steps for x in s.inputs if x not in outputs}))


def _reproduces(formula: str, env: dict[str, float], target: str) -> bool:
    """Whether a learned formula gives the value the derivation just gave (else it is not used)."""
    try:
        value = _numeric(formula)(env)
    except Exception:  # noqa: BLE001 - any failure means: do not trust it
        return False
    return isinstance(value, float) and math.isclose(value, env[target], rel_tol=1e-9, abs_tol=1e-300)


def _bounded(q: Quantity, symbol_: str, given, si: float) -> float:
    """``si`` if it is a value ``q`` can take: finite, and not below absolute zero for a temperature."""
    if not math.isfinite(si):
        raise QueryError(f"the value given for {q.name} ({symbol_}) is not finite: {given!r}")
    if q.kind == "thermodynamic temperature" and si < 0:
        raise QueryError(f"the value given for {q.name} ({symbol_}), {given!r}, is below absolute zero ({si:g} K)")
    return si


def _dimension_of(qty):
    from fractions import Fraction

    from psg.units import Dimension

    dims = qty.dimensionality
    order = ("[length]", "[mass]", "[time]", "[current]", "[temperature]", "[substance]", "[luminosity]")
    return Dimension(tuple(Fraction(dims.get(k, 0)).limit_denominator(1000) for k in order))


def _si_quantity(value_si: float, q: Quantity):
    ureg = registry()
    unit = parse_unit(q.unit)
    return ureg.Quantity((value_si - unit.offset) / unit.to_si, q.unit)


# -- module-level API ------------------------------------------------------------------
_ORACLES: dict[bool, Oracle] = {}
_ORACLES_LOCK = threading.RLock()


def default_oracle(learn: bool = True) -> Oracle:
    with _ORACLES_LOCK:  # one per process, even when threads ask first at once
        if learn not in _ORACLES:
            _ORACLES[learn] = Oracle(learn=learn)
        return _ORACLES[learn]


def query(given: dict, find, *, unit: str | None = None, learn: bool = True, engine: str = "spiking",
          backend: str = "numba", backend_options: dict | None = None,
          kb: KnowledgeGraph | None = None) -> Answer:
    """Answer: what is ``find`` given ``given``? See :class:`Answer`.

    ``engine="spiking"`` (the default) searches with the Loihi-class circuit on ``backend``
    (``numba``, ``brian2`` or ``lava``; ``backend_options`` go to :func:`spiking.run`, e.g.
    ``{"target": "cpp_standalone"}`` for Brian2's C++ standalone mode);
    ``engine="closure"`` with the reference closure. Both give the same derivation."""
    o = Oracle(kb, learn=learn) if kb is not None else default_oracle(learn)
    return o.query(given, find, unit=unit, engine=engine, backend=backend, backend_options=backend_options)


def check(measurements: dict, rel_tol: float = 0.01, kb: KnowledgeGraph | None = None) -> list[dict]:
    """The laws that ``measurements`` violate beyond ``rel_tol``."""
    return (Oracle(kb, learn=False) if kb is not None else default_oracle(False)).check(measurements, rel_tol)


def relate(a, b, kb: KnowledgeGraph | None = None) -> dict:
    """The laws and shortest chains of laws connecting two quantities."""
    return (Oracle(kb, learn=False) if kb is not None else default_oracle(False)).relate(a, b)
