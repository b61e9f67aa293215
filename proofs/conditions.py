"""Validity conditions as proof obligations on the values of an answer.

A law's condition (``v <= c/10``, :mod:`hypergraph.conditions`) must hold for the values
the answer gives its variables. Given values are exact; derived values carry the rounding
of their evaluation, so each is an interval ``[x (1 - eps), x (1 + eps)]``. The
obligation is *for every point of that box, the relation holds*:

* the **fast path** evaluates ``lhs - rhs`` in interval arithmetic with outward rounding:
  wholly on the right side is ``holds``, wholly on the wrong side ``fails``;
* a box that straddles the boundary goes to **Z3** (nonlinear real arithmetic over the
  exact rational bounds, bounded by a time-out): ``holds`` when the negation is
  unsatisfiable, ``fails`` when the relation is, else ``unknown`` (the values sit on the
  boundary within their precision), as is a time-out.

>>> from hypergraph.conditions import parse_condition
>>> cond = parse_condition("v <= c/10", {"v"}, {"c"})
>>> check(cond, {"v": point(3.0)}, {"c": 299792458.0}).verdict
'holds'
>>> r = check(cond, {"v": point(0.6 * 299792458.0)}, {"c": 299792458.0})
>>> r.verdict, r.how
('fails', 'fast path')
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from fractions import Fraction

import sympy as sp

#: Relative width given to a derived value's interval (its rounding in evaluation).
DERIVED_EPS = 1e-9
TIMEOUT_MS = 2000


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float


def point(x: float) -> Interval:
    return Interval(float(x), float(x))


def derived(x: float, eps: float = DERIVED_EPS) -> Interval:
    d = abs(x) * eps
    return Interval(x - d, x + d)


@dataclass(frozen=True)
class ConditionCheck:
    """One condition checked on the answer's values: what, with which values, the verdict
    (``holds``, ``fails``, ``unknown``) and how it was reached (``fast path``, ``Z3``)."""

    law: str
    condition: str
    values: tuple[tuple[str, float], ...]
    verdict: str
    how: str
    lhs: float = math.nan
    rhs: float = math.nan

    def __str__(self) -> str:
        vals = ", ".join(f"{k} = {v:.6g}" for k, v in self.values)
        mark = {"holds": "holds", "fails": "FAILS", "unknown": "undecided"}[self.verdict]
        return f"{self.law}: {self.condition} {mark} ({vals}; {self.how})"


class _NoInterval(Exception):
    pass


def _down(x: float) -> float:
    return math.nextafter(x, -math.inf)


def _up(x: float) -> float:
    return math.nextafter(x, math.inf)


def _interval(expr: sp.Expr, env: dict[str, Interval]) -> Interval:
    """``expr`` over the boxes of its symbols, rounded outward (sound for + - * / and
    integer or monotone powers and functions)."""
    if expr.is_Symbol:
        if expr.name not in env:
            raise _NoInterval(expr.name)
        return env[expr.name]
    if expr.is_Number or expr in (sp.pi, sp.E):
        x = float(expr)
        return Interval(_down(x), _up(x)) if not (expr.is_Integer and abs(x) < 2**52) else Interval(x, x)
    args = [_interval(a, env) for a in expr.args]
    if expr.is_Add:
        lo = hi = 0.0
        for a in args:
            lo, hi = _down(lo + a.lo), _up(hi + a.hi)
        return Interval(lo, hi)
    if expr.is_Mul:
        out = Interval(1.0, 1.0)
        for a in args:
            ps = [out.lo * a.lo, out.lo * a.hi, out.hi * a.lo, out.hi * a.hi]
            out = Interval(_down(min(ps)), _up(max(ps)))
        return out
    if expr.is_Pow:
        base, exponent = args[0], expr.args[1]
        if exponent.is_Integer:
            n = int(exponent)
            if n < 0:
                if base.lo <= 0 <= base.hi:
                    raise _NoInterval("division by an interval holding 0")
                inv = Interval(_down(1 / base.hi), _up(1 / base.lo))
                return _power(inv, -n)
            return _power(base, n)
        if exponent.is_Rational and base.lo >= 0:
            e = float(exponent)
            lo, hi = base.lo ** e, base.hi ** e
            return Interval(_down(min(lo, hi)), _up(max(lo, hi)))
        raise _NoInterval("power")
    fn = {sp.exp: math.exp, sp.log: math.log, sp.atan: math.atan, sp.asin: math.asin, sp.sinh: math.sinh,
          sp.tanh: math.tanh}.get(expr.func)
    if fn is not None and len(args) == 1:   # increasing on their domains
        try:
            return Interval(_down(fn(args[0].lo)), _up(fn(args[0].hi)))
        except (ValueError, OverflowError):
            raise _NoInterval(expr.func.__name__) from None
    raise _NoInterval(type(expr).__name__)


def _power(base: Interval, n: int) -> Interval:
    if n == 0:
        return Interval(1.0, 1.0)
    lo, hi = base.lo ** n, base.hi ** n
    if n % 2 == 0 and base.lo <= 0 <= base.hi:
        return Interval(0.0, _up(max(lo, hi)))
    return Interval(_down(min(lo, hi)), _up(max(lo, hi)))


def _side(op: str, diff: Interval) -> str | None:
    """``holds``/``fails`` when the interval of lhs - rhs decides ``op`` against 0."""
    if op in ("<=", "<"):
        if diff.hi < 0 or (op == "<=" and diff.hi <= 0):
            return "holds"
        if diff.lo > 0 or (op == "<" and diff.lo >= 0):
            return "fails"
    else:
        if diff.lo > 0 or (op == ">=" and diff.lo >= 0):
            return "holds"
        if diff.hi < 0 or (op == ">" and diff.hi <= 0):
            return "fails"
    return None


def check(cond, boxes: dict[str, Interval], constants: dict[str, float], law: str = "",
          timeout_ms: int = TIMEOUT_MS) -> ConditionCheck:
    """Discharge condition ``cond`` (a :class:`hypergraph.conditions.Condition`) for the
    variables' ``boxes`` and the ``constants``' values."""
    env = dict(boxes)
    env.update({k: point(constants[k]) for k in cond.symbols if k in constants})
    shown = tuple((s, (env[s].lo + env[s].hi) / 2) for s in sorted(cond.symbols) if s in env)
    mid = {s: (env[s].lo + env[s].hi) / 2 for s in env}
    lhs, rhs = _at(cond.lhs, mid), _at(cond.rhs, mid)
    missing = cond.symbols - set(env)
    if missing:
        return ConditionCheck(law, cond.text, shown, "unknown", f"no value for {sorted(missing)[0]}", lhs, rhs)
    try:
        verdict = _side(cond.op, _interval(cond.lhs - cond.rhs, env))
        if verdict is not None:
            return ConditionCheck(law, cond.text, shown, verdict, "fast path", lhs, rhs)
    except (_NoInterval, OverflowError, ZeroDivisionError):
        pass
    verdict, how = _z3(cond, env, timeout_ms)
    return ConditionCheck(law, cond.text, shown, verdict, how, lhs, rhs)


@lru_cache(maxsize=4096)
def _numeric(expr: sp.Expr):
    from hypergraph.symbolic import SymbolicError, compile_numeric

    try:
        return compile_numeric(expr)
    except SymbolicError:
        return None


def _at(expr: sp.Expr, values: dict[str, float]) -> float:
    """``expr``'s value at ``values`` (shown beside the verdict), NaN where it has none;
    evaluated by a compiled tree walk, not sympy's evalf (the per-answer hot spot)."""
    f = _numeric(expr)
    try:
        return float(f(values)) if f is not None else float(expr.evalf(subs=values))
    except (TypeError, ValueError, KeyError, ZeroDivisionError, OverflowError):
        return math.nan


def _z3(cond, env: dict[str, Interval], timeout_ms: int) -> tuple[str, str]:
    """Decide the condition over the box with Z3 (nonlinear real arithmetic)."""
    import z3

    if timeout_ms <= 0:
        raise ValueError("the time-out of a condition check must be positive")
    try:
        real = {s: z3.Real(s) for s in cond.symbols}
        side = []
        box = []
        for s, var in real.items():
            iv = env[s]
            box += [var >= Fraction(iv.lo), var <= Fraction(iv.hi)]
        lhs, rhs = _to_z3(cond.lhs, real, side), _to_z3(cond.rhs, real, side)
    except (_NoInterval, OverflowError, ValueError):
        return "unknown", "not decidable here (a function Z3 cannot take)"
    rel = {"<=": lhs <= rhs, "<": lhs < rhs, ">=": lhs >= rhs, ">": lhs > rhs}[cond.op]
    verdicts = []
    for goal in (z3.Not(rel), rel):
        s = z3.Solver()
        s.set("timeout", int(timeout_ms))
        s.add(*box, *side, goal)
        verdicts.append(s.check())
    if verdicts[0] == z3.unsat:
        return "holds", "Z3"
    if verdicts[1] == z3.unsat:
        return "fails", "Z3"
    if z3.unknown in verdicts:
        return "unknown", "Z3 time-out"
    return "unknown", "Z3: the values sit on the boundary within their precision"


def _to_z3(expr: sp.Expr, real: dict, side: list):
    import z3

    if expr.is_Symbol:
        return real[expr.name]
    if expr.is_Rational:
        return z3.RealVal(Fraction(int(expr.p), int(expr.q)))
    if expr.is_Number:
        return z3.RealVal(Fraction(float(expr)))
    if expr in (sp.pi, sp.E):
        raise _NoInterval("transcendental constant")
    args = [_to_z3(a, real, side) for a in expr.args]
    if expr.is_Add:
        return z3.Sum(*args)
    if expr.is_Mul:
        out = args[0]
        for a in args[1:]:
            out = out * a
        return out
    if expr.is_Pow:
        exponent = expr.args[1]
        if exponent.is_Integer:
            n = int(exponent)
            if abs(n) > 16:
                raise _NoInterval("large power")
            out = z3.RealVal(1)
            for _ in range(abs(n)):
                out = out * args[0]
            return out if n >= 0 else 1 / out
        if exponent == sp.Rational(1, 2) or exponent == sp.Rational(-1, 2):
            root = z3.FreshReal("root")
            side += [root >= 0, root * root == args[0]]
            return root if exponent > 0 else 1 / root
    raise _NoInterval(type(expr).__name__)
