"""Discharging obligations: a fast path for concrete ones, Z3 for the rest.

* concrete dimension, kind and size obligations are decided by comparison, no solver;
* dimension obligations with unknowns form a linear system over the exponent vectors;
  Z3 decides it; an unsatisfiable system yields its *smallest* conflicting set (Z3's
  unsat core, shrunk by deletion), reported, then set aside to look for further conflicts;
* size obligations with symbols must hold for every size (>= 1): Z3 looks for a
  counterexample, which the report prints.

Every Z3 call carries a time-out: a time-out is ``unknown``, never a hang. The time-out is
enforced twice: Z3's own (``timeout``), and a watchdog that interrupts the call a little
after it, should Z3 overrun its own (it does, in some preprocessing steps). All the Z3
work of one function (the first check, shrinking each unsat core, the further searches,
reading the model) shares one deadline, ``FUNCTION_BUDGET`` time-outs from its start:
past it, a core is reported as found so far (still a conflict), the search for further
conflicts stops (what it did not reach is ``unknown``) and fewer names are inferred.
``undecided`` obligations (see :mod:`proofs.obligations`) are ``unknown``. Systems are
cached by a content hash of their canonical form, in memory and on disk.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from fractions import Fraction

from psg.graph import Span
from psg.units import Dimension

from . import cache, scales
from .infer import FunctionSystem, System
from .obligations import Obligation
from .sentences import conflict_sentence, sentence

DEFAULT_TIMEOUT_MS = 2000
MAX_CONFLICTS = 10
#: All Z3 work on one function ends within this many time-outs.
FUNCTION_BUDGET = 5
#: The watchdog interrupts a Z3 call this long after its own time-out (seconds).
WATCHDOG_GRACE_S = 0.25


@dataclass(frozen=True)
class Finding:
    """A refutation: the smallest conflicting set of obligations and what it means in words."""

    obligations: tuple[Obligation, ...]
    sentence: str
    counterexample: tuple[tuple[str, int], ...] = ()

    @property
    def where(self) -> Span:
        return self.obligations[-1].where


@dataclass(frozen=True)
class FunctionResult:
    """The verdict on one function's obligations."""

    name: str
    span: Span
    obligations: tuple[Obligation, ...]
    status: tuple[str, ...]            # per obligation: proved | refuted | unknown
    findings: tuple[Finding, ...] = ()
    inferred: tuple[tuple[str, str], ...] = ()  # (unannotated name, its dimension in SI or 'any')
    notes: tuple[tuple[Span, str], ...] = ()
    fast: int = 0                      # obligations decided on the fast path
    solved: int = 0                    # obligations sent to Z3
    seconds: float = 0.0
    law: dict | None = field(default=None, compare=False)
    times: tuple[float, ...] = field(default=(), compare=False)  # per obligation, seconds; Z3 systems share one figure
    skipped: int = 0                   # checks left out because a value's unit is unknown
    annotated: bool = False            # a parameter or the result has a declared unit
    cached: bool = field(default=False, compare=False)  # taken from the proof cache (oracle prove)

    def __repr__(self) -> str:
        return f"<FunctionResult {self.name}: {self.verdict}, {len(self.obligations)} obligations ({self.span})>"

    @property
    def system(self) -> tuple[int, ...]:
        """Indices of the obligations decided together as one Z3 dimension system (those with unknowns)."""
        return tuple(k for k, o in enumerate(self.obligations) if o.theory == "dim" and not o.concrete)

    @property
    def checked(self) -> bool:
        """Did anything here meet a unit, a shape or a kind? (Not only unknowns: a function
        with nothing annotated and nothing inferred but polymorphism is *unchecked*.)"""
        if self.annotated or meets_units(self.obligations):
            return True
        known = getattr(self.inferred, "flag", None)  # cached, not read yet (proofs.serial.Lazy)
        return known if known is not None else any(not dim.startswith("any") for _, dim in self.inferred)

    @property
    def verdict(self) -> str:
        """``refuted``, ``unknown`` (a time-out), ``proved``, or ``unchecked`` (nothing to check)."""
        if "refuted" in self.status:
            return "refuted"
        if "unknown" in self.status:
            return "unknown"
        return "proved" if self.checked else "unchecked"


def meets_units(obligations) -> bool:
    """Does an obligation hold a unit, a shape or a kind (not only unknowns)? Cached
    obligations not read yet know it (:class:`proofs.serial.Lazy`)."""
    known = getattr(obligations, "flag", None)
    if known is not None:
        return known
    return any(o.theory != "dim" or o.left.concrete or o.right.concrete for o in obligations)


class Verdicts:
    """Verdicts on dimension systems a caller knows (``known``: the canonical system's hash
    -> verdict, as the verdict cache holds them; :mod:`proofs.incremental` keeps those of a
    file's functions with its results) and the ones a check used (``used``: function name
    -> ``(hash, verdict)``). A known verdict is taken only as a cached one is: when caching
    is on and it fits its system (:func:`_plausible`); otherwise the system is solved."""

    def __init__(self, known=None) -> None:
        self.known: dict[str, dict] = dict(known or {})
        self.used: dict[str, tuple[str, dict]] = {}


def check(system: System, *, timeout_ms: int = DEFAULT_TIMEOUT_MS, use_cache: bool = True,
          progress=None, executor=None, names=None, verdicts: Verdicts | None = None) -> list[FunctionResult]:
    """Decide every function system of ``system`` (or those ``names``), in its order
    (``progress(done, total)``, if given, is called as functions are done: a progress
    bar's hook). ``timeout_ms`` must be a positive int (Z3 reads 0 as "no limit":
    refused). With an ``executor`` (see :mod:`proofs.executor`) the functions are decided
    in chunks on its workers; the results are the same and in the same order. ``verdicts``
    (:class:`Verdicts`; used without an executor only) gives verdicts known beforehand and
    collects those used."""
    timeout_ms = check_timeout(timeout_ms)
    names = list(system.functions) if names is None else list(names)
    if executor is None:
        results = []
        for name in names:
            results.append(check_function(system.functions[name], system, timeout_ms=timeout_ms,
                                          use_cache=use_cache, verdicts=verdicts))
            if progress is not None:
                progress(len(results), len(names))
        return results
    from .executor import TaskError, fan_out

    chunks = [names[k:k + CHUNK] for k in range(0, len(names), CHUNK)]
    tasks = [(_part(system, c), c, timeout_ms, use_cache) for c in chunks]
    results = []
    for k, got in fan_out(_check_chunk, tasks, executor=executor):
        if isinstance(got, TaskError):  # failed twice on workers: decided here, still bounded
            got = [check_function(system.functions[n], system, timeout_ms=timeout_ms, use_cache=use_cache)
                   for n in chunks[k]]
        results.extend(got)
        if progress is not None:
            progress(len(results), len(names))
    return results


#: Functions are sent to an executor's workers this many at a time, each chunk with only
#: its own systems and the names of their unknowns (small tasks: an interrupt stops soon).
CHUNK = 64


def _part(system: System, names: list[str]) -> System:
    """The part of ``system`` that deciding ``names`` reads (not the PSG)."""
    from .terms import DimTerm

    used = {v for n in names for o in system.functions[n].obligations for t in (o.left, o.right)
            if isinstance(t, DimTerm) for v in t.vars}
    return System({n: system.functions[n] for n in names}, {v: system.var_names[v] for v in used if v in system.var_names},
                  None)


def _check_chunk(task) -> list[FunctionResult]:
    system, names, timeout_ms, use_cache = task
    return [check_function(system.functions[n], system, timeout_ms=timeout_ms, use_cache=use_cache) for n in names]


def check_timeout(timeout_ms) -> int:
    """``timeout_ms`` as a positive int, or ValueError (0 or less would switch Z3's limit off).

    >>> check_timeout(2000)
    2000
    >>> check_timeout(0)
    Traceback (most recent call last):
    ...
    ValueError: the Z3 time-out must be a positive number of milliseconds, got 0
    """
    if isinstance(timeout_ms, bool) or not isinstance(timeout_ms, int) or timeout_ms < 1:
        raise ValueError(f"the Z3 time-out must be a positive number of milliseconds, got {timeout_ms!r}")
    return min(timeout_ms, 2**31 - 1)


def check_function(fs: FunctionSystem, system: System, *, timeout_ms: int = DEFAULT_TIMEOUT_MS,
                   use_cache: bool = True, verdicts: Verdicts | None = None) -> FunctionResult:
    timeout_ms = check_timeout(timeout_ms)
    t0 = time.perf_counter()
    obs = fs.obligations
    status = ["proved"] * len(obs)
    findings: list[Finding] = []
    symbolic_dims: list[int] = []
    symbolic_shapes: list[int] = []
    times = [0.0] * len(obs)
    for k, o in enumerate(obs):
        t_k = time.perf_counter()
        if o.theory == "undecided":
            status[k] = "unknown"
        elif o.theory == "dim" and not o.concrete:
            symbolic_dims.append(k)
        elif o.theory == "shape" and not o.concrete:
            if _size_key(o.left) != _size_key(o.right):
                symbolic_shapes.append(k)
        elif not _holds(o):
            status[k] = "refuted"
            findings.append(Finding((o,), sentence(o, system.var_names)))
        times[k] = time.perf_counter() - t_k
    fast = len(obs) - len(symbolic_dims) - len(symbolic_shapes)
    inferred: list[tuple[str, str]] = []
    if symbolic_dims:
        t_sys = time.perf_counter()
        wanted = {t.dim.coeffs[0][0] for t in fs.names.values()
                  if not t.dim.concrete and not t.opaque and t.shape is None and len(t.dim.coeffs) == 1}
        verdict = _solve_dims([obs[k] for k in symbolic_dims], timeout_ms, use_cache, wanted, verdicts, fs.name)
        for k in symbolic_dims:
            times[k] = time.perf_counter() - t_sys
        for core in verdict["cores"]:
            members = tuple(obs[symbolic_dims[j]] for j in core)
            for j in core:
                status[symbolic_dims[j]] = "refuted"
            findings.append(Finding(members, conflict_sentence(members, system.var_names)))
        if verdict["unknown"] or verdict.get("partial"):  # partial: the time ran out settling the units
            for k in symbolic_dims:                        # inferred, which then miss some: a time-out too
                if status[k] == "proved":
                    status[k] = "unknown"
        inferred = _inferred(fs, verdict.get("model", {}), verdict.get("fixed", {}), verdict.get("varmap", {}))
    for k in symbolic_shapes:
        t_k = time.perf_counter()
        result, cex = _check_shape(obs[k], timeout_ms)
        times[k] = time.perf_counter() - t_k
        status[k] = result
        if result == "refuted":
            findings.append(Finding((obs[k],), sentence(obs[k], system.var_names, cex), cex))
    return FunctionResult(fs.name, fs.span, tuple(obs), tuple(status), tuple(findings), tuple(inferred),
                          tuple(fs.notes), fast, len(obs) - fast, time.perf_counter() - t0, fs.law, tuple(times),
                          fs.skipped, _annotated(fs))


def _annotated(fs: FunctionSystem) -> bool:
    """Does the function declare a unit or a shape (of a parameter or its result)?"""
    if fs.declared is not None and not fs.declared.opaque:
        return True
    return any(a or t.shape is not None for _, t, a in fs.params)


def _holds(o: Obligation) -> bool:
    if o.theory == "dim":
        return o.left.const == o.right.const
    if o.theory == "kind":
        return o.left == o.right
    if o.theory in ("scale", "offset"):
        if o.rule in ("abs-sum", "abs-product"):
            return not o.left.shifted
        return scales.same(o.left, o.right)
    a, b = _size_value(o.left), _size_value(o.right)
    return a == b or (o.broadcast and (a == 1 or b == 1))


def _size_value(s) -> int:
    if isinstance(s, tuple):
        out = 1
        for x in s[1:]:
            out *= _size_value(x)
        return out
    return s


def _size_key(s):
    if isinstance(s, tuple):
        return ("*",) + tuple(sorted((_size_key(x) for x in s[1:]), key=repr))
    return s


# -- dimensions with unknowns ------------------------------------------------
def dim_rows(obs) -> tuple[list, dict[int, int]]:
    """The linear system of dimension obligations, as Z3 and the SMT-LIB2 export both read it.

    Each obligation ``left == right`` becomes one row ``[const, coeffs]`` for ``left / right``:
    for every base dimension b, ``sum(c * u[v][b] for v, c in coeffs) + const[b] == 0``, where
    ``u[v]`` is the exponent vector of unknown ``v`` (unknowns renumbered by first appearance;
    the renumbering is returned). Numbers are ``Fraction`` texts.

    >>> from psg.units import parse_unit
    >>> from proofs.terms import DimTerm
    >>> x, m = DimTerm.var(5), DimTerm.of(parse_unit("m").dimension)
    >>> dim_rows([Obligation(0, "dim", "add", x, m, None, "f")])
    ([[['-1', '0', '0', '0', '0', '0', '0'], [[0, '1']]]], {5: 0})
    """
    varmap: dict[int, int] = {}
    rows = []
    for o in obs:
        d = o.left / o.right
        for v in d.vars:
            varmap.setdefault(v, len(varmap))
        rows.append([[str(e) for e in d.const.exps], [[varmap[v], str(c)] for v, c in d.coeffs]])
    return rows, varmap


def _canonical(obs: list[Obligation]) -> tuple[str, dict[int, int]]:
    """A canonical text of a system (unknowns renumbered by first appearance) and the renumbering."""
    rows, varmap = dim_rows(obs)
    return json.dumps(rows, separators=(",", ":")), varmap


def _solve_dims(obs: list[Obligation], timeout_ms: int, use_cache: bool, interesting=(),
                verdicts: Verdicts | None = None, name: str = "") -> dict:
    """Z3's verdict on a dimension system: conflicts, a model, and which of the
    ``interesting`` unknowns (those of named values, reported as inferred) it pins down.
    A verdict ``verdicts`` knows is looked at first, as a cached one (``name``: the
    function's, under which the verdict used is recorded there)."""
    text, varmap = _canonical(obs)
    key = hashlib.sha256(text.encode()).hexdigest()
    wanted = sorted({varmap[v] for v in interesting if v in varmap})[:_MAX_FIXED]
    hit = None
    if use_cache:
        hit = verdicts.known.get(key) if verdicts is not None else None
        hit = hit if isinstance(hit, dict) else cache.get(key)
    if hit is not None and not _plausible(hit, json.loads(text), len(varmap)):
        hit = None  # an entry that does not fit this system is never trusted: solve again
    if hit is not None and any(str(c) not in hit.get("fixed", {}) and c not in hit.get("fixed", {}) for c in wanted):
        known = [int(c) for c in hit.get("fixed", {})]  # asked about other unknowns before: ask about both
        wanted = sorted(set(wanted) | set(known))
        hit = None
    if hit is None:
        hit = _z3_dims(json.loads(text), len(varmap), timeout_ms, wanted)
        if use_cache and not hit["unknown"] and not hit.get("partial"):  # cut short by the deadline: not kept
            cache.put(key, hit)
    if verdicts is not None and use_cache and not hit["unknown"] and not hit.get("partial"):
        verdicts.used[name] = (key, hit)
    return {**hit, "varmap": varmap}


class _Bounded:
    """Z3 checks of one context under one deadline: each call gets the time left (at most
    ``timeout_ms``), and a watchdog interrupts a call that overruns it."""

    def __init__(self, ctx, timeout_ms: int):
        self.ctx, self.timeout_ms = ctx, timeout_ms
        self.deadline = time.monotonic() + FUNCTION_BUDGET * timeout_ms / 1000

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.deadline

    def check(self, s, *assumptions):
        import threading

        import z3

        left_ms = int((self.deadline - time.monotonic()) * 1000)
        if left_ms < 1:
            return z3.unknown
        ms = min(self.timeout_ms, left_ms)
        s.set("timeout", ms)
        dog = threading.Timer(ms / 1000 + WATCHDOG_GRACE_S, self.ctx.interrupt)
        dog.daemon = True
        dog.start()
        try:
            return s.check(*assumptions)
        except z3.Z3Exception:  # interrupted ("canceled"): as a time-out
            return z3.unknown
        finally:
            dog.cancel()


def _plausible(hit, rows: list, nvars: int) -> bool:
    """Whether a cached verdict fits its system: well formed, cores within the system, and
    the model (what "proved" rests on) satisfying every obligation outside the cores'
    blamed members, checked exactly with fractions (no solver)."""
    try:
        cores = hit["cores"]
        if not isinstance(hit.get("unknown"), bool) or not isinstance(cores, list) or len(cores) > MAX_CONFLICTS:
            return False
        if any(not isinstance(c, list) or not c or any(not isinstance(k, int) or not 0 <= k < len(rows) for k in c)
               for c in cores):
            return False
        if hit["unknown"]:
            return False  # never cached: an unknown entry is a forged one
        if "model" not in hit:
            return False
        model = {int(v): [Fraction(x) for x in vals] for v, vals in hit["model"].items()}
        if set(model) != set(range(nvars)) or any(len(vals) != 7 for vals in model.values()):
            return False
        blamed = {max(c) for c in cores}
        for k, (const, coeffs) in enumerate(rows):
            if k in blamed:
                continue
            for b in range(7):
                if Fraction(const[b]) + sum(Fraction(c) * model[v][b] for v, c in coeffs) != 0:
                    return False
        fixed = hit.get("fixed", {})
        return isinstance(fixed, dict) and all(
            isinstance(v, bool) and 0 <= int(c) < nvars and str(int(c)) == str(c) for c, v in fixed.items())
    except (KeyError, TypeError, ValueError, ZeroDivisionError, AttributeError):
        return False


_MAX_FIXED = 64


def _z3_dims(rows: list, nvars: int, timeout_ms: int, wanted=None) -> dict:
    import z3

    ctx = z3.Context()
    bound = _Bounded(ctx, timeout_ms)
    xs = [[z3.Real(f"u{v}_{b}", ctx) for b in range(7)] for v in range(nvars)]
    flags = [z3.Bool(f"p{k}", ctx) for k in range(len(rows))]
    s = z3.Solver(ctx=ctx)
    # the system as SMT-LIB text, read by Z3 at once: building it term by term through z3's
    # Python API cost most of the time of a large run (benchmarks/RESULTS.md, prove_scale)
    text = [f"(declare-const u{v}_{b} Real)" for v in range(nvars) for b in range(7)]
    text += [f"(declare-const p{k} Bool)" for k in range(len(rows))]
    for k, (const, coeffs) in enumerate(rows):
        if k % 256 == 255 and bound.expired:  # building a large system is work too
            return {"unknown": True, "cores": []}
        coeffs = [(v, _smt_real(c)) for v, c in coeffs]
        eqs = []
        for b in range(7):
            if coeffs:
                terms = " ".join(f"(* {c} u{v}_{b})" for v, c in coeffs)
                eqs.append(f"(= (+ {terms} {_smt_real(const[b])}) 0.0)")
            else:
                eqs.append("true" if Fraction(const[b]) == 0 else "false")
        text.append(f"(assert (=> p{k} (and {' '.join(eqs)})))")
    s.from_string("\n".join(text))
    active = list(range(len(rows)))
    cores: list[list[int]] = []
    while len(cores) < MAX_CONFLICTS:
        r = bound.check(s, *[flags[k] for k in active])
        if r == z3.sat:
            try:
                model = s.model()
                values = {v: [str(model.eval(xs[v][b], model_completion=True)) for b in range(7)]
                          for v in range(nvars)}
            except z3.Z3Exception:  # the watchdog's interrupt landed after "sat": no model, as a time-out
                return {"unknown": True, "cores": cores}
            chosen = {v: values[v] for v in (range(min(nvars, _MAX_FIXED)) if wanted is None else wanted)}
            fixed, settled = _fixed(s, xs, [flags[k] for k in active], chosen, ctx, bound)
            return {"unknown": False, "cores": cores, "model": values, "fixed": fixed,
                    "partial": bound.expired or not settled}
        if r == z3.unknown:
            return {"unknown": True, "cores": cores}
        core = _minimal_core(s, [k for k in active if flags[k] in set(s.unsat_core())] or active, flags, bound)
        cores.append(core)
        blamed = max(core)  # the latest obligation of the conflict is set aside; look for more
        active = [k for k in active if k != blamed]
    # MAX_CONFLICTS found: what is left was never shown consistent, so it is not proved
    return {"unknown": True, "cores": cores, "partial": bound.expired}


def _smt_real(x) -> str:
    """A rational (``"-3/2"``, ``"2"``) as an SMT-LIB real: ``(- (/ 3.0 2.0))``, ``2.0``."""
    q = Fraction(x)
    n, d = abs(q.numerator), q.denominator
    text = f"{n}.0" if d == 1 else f"(/ {n}.0 {d}.0)"
    return f"(- {text})" if q < 0 else text


def _minimal_core(s, core: list[int], flags, bound: _Bounded) -> list[int]:
    """Shrink an unsat core by deletion; past the deadline, the core as shrunk so far
    (still unsatisfiable, perhaps not the smallest)."""
    import z3

    core = list(core)
    for k in list(core):
        trial = [j for j in core if j != k]
        if bound.check(s, *[flags[j] for j in trial]) == z3.unsat:
            core = trial
        if bound.expired:
            break
    return sorted(core)


def _fixed(s, xs, assumptions, values, ctx, bound: _Bounded) -> tuple[dict[int, bool], bool]:
    """Which unknowns the system pins down (their model value is the only one), and whether
    every one was settled: one Z3 could not decide in time (or past the deadline) counts
    as not pinned down, and the verdict is then partial (a time-out, not a result)."""
    import z3

    out, settled = {}, True
    for v, vals in values.items():
        other = z3.Or([xs[v][b] != z3.RealVal(vals[b], ctx) for b in range(7)])
        r = bound.check(s, *assumptions, other)
        out[v], settled = r == z3.unsat, settled and r != z3.unknown
    return out, settled


def _inferred(fs: FunctionSystem, model: dict, fixed: dict, varmap: dict[int, int]) -> list[tuple[str, str]]:
    out = []
    for name, t in fs.names.items():
        if t.dim.concrete or t.opaque or t.shape is not None or len(t.dim.coeffs) != 1 or t.dim.coeffs[0][1] != 1:
            continue
        v = t.dim.coeffs[0][0]
        if v not in varmap:
            continue
        c = varmap[v]
        if fixed.get(c) or fixed.get(str(c)):
            vals = model.get(c) or model.get(str(c))
            dim = Dimension(tuple(Fraction(x) for x in vals)) * t.dim.const
            out.append((name, dim.si()))
        else:
            out.append((name, "any (polymorphic)"))
    return out


# -- sizes ---------------------------------------------------------------------
def _check_shape(o: Obligation, timeout_ms: int) -> tuple[str, tuple[tuple[str, int], ...]]:
    import z3

    ctx = z3.Context()
    syms: dict[str, object] = {}

    def enc(x):
        if isinstance(x, int):
            return z3.IntVal(x, ctx)
        if isinstance(x, tuple):
            return z3.Product([enc(y) for y in x[1:]]) if len(x) > 2 else enc(x[1])
        if x not in syms:
            syms[x] = z3.Int(x, ctx)
        return syms[x]

    a, b = enc(o.left), enc(o.right)
    holds = z3.Or(a == b, a == 1, b == 1) if o.broadcast else a == b
    s = z3.Solver(ctx=ctx)
    s.add([v >= 1 for v in syms.values()])
    s.add(z3.Not(holds))
    r = _Bounded(ctx, timeout_ms).check(s)
    if r == z3.unsat:
        return "proved", ()
    if r == z3.unknown:
        return "unknown", ()
    m = s.model()
    return "refuted", tuple(sorted((name, m.eval(v, model_completion=True).as_long()) for name, v in syms.items()))
