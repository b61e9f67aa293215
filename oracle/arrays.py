"""Vectorized answers: numpy arrays (or array quantities of pint or astropy) as givens.

The givens are broadcast together. The question is read, searched and proved once, on
the first element (index ``(0, ...)``); that derivation is then evaluated over the whole
arrays with numpy, and every element is checked as a single value would be:

* a given element outside its quantity's domain (a negative mass), or givens that
  contradict a law that always holds, is an error that names the element, as it is for
  a single value;
* an element where a law of the derivation does not hold (its sign assumptions or
  validity conditions fail there, or it gives no real value) is **NaN**, its reason is in
  ``answer.element_reasons``, and the answer is ``hedged``, never ``verified``: asked on
  its own, that element would take another derivation (ask it on its own);
* an element whose condition cannot be decided keeps its value and hedges the answer.

The checks run on numpy first: an element where a condition or domain bound holds by a
margin (``MARGIN`` of its sides) needs nothing more; every other element goes through
the engine's exact check (intervals, then Z3), so 10,000 elements take milliseconds
(``benchmarks/arrays.py``). The steps of ``answer.derivation`` keep the first element's
values.
"""
from __future__ import annotations

import math
import time
from dataclasses import replace
from functools import lru_cache

import numpy as np

#: The most elements an answer may have (every element's conditions are checked).
MAX_ELEMENTS = 100_000


def common_shape(named_givens) -> tuple[int, ...] | None:
    """The shape the givens broadcast to, or None when every given is a single value."""
    from .engine import QueryError

    shapes = [(name, g.shape) for name, g in named_givens if g.shape != ()]
    if not shapes:
        return None
    try:
        shape = np.broadcast_shapes(*(s for _, s in shapes))
    except ValueError:
        raise QueryError("the arrays given do not broadcast together: "
                         + ", ".join(f"{name!r} has shape {s}" for name, s in shapes)) from None
    size = math.prod(shape)
    if size == 0:
        raise QueryError(f"an empty array was given ({', '.join(repr(n) for n, s in shapes if 0 in s)})")
    if size > MAX_ELEMENTS:
        raise QueryError(f"the givens broadcast to {size} elements (shape {shape}); at most {MAX_ELEMENTS}")
    return shape


def first_element(g):
    """The given's first element (the one the derivation is chosen for)."""
    return replace(g, si=float(np.ravel(g.si)[0])) if g.shape else g


def first_shown(name: str, g, shown):
    """How the first element of an array given is named in messages (the value itself otherwise)."""
    return ArrayElement(name, np.asarray(g.si), float(np.ravel(g.si)[0])) if g.shape else shown


class ArrayElement:
    """Names one element of an array given in error messages (found only when one is needed)."""

    def __init__(self, name: str, arr: np.ndarray, x: float) -> None:
        self.name, self.arr, self.x = name, arr, x

    def __repr__(self) -> str:
        i = tuple(int(k) for k in np.argwhere(self.arr == self.x)[0]) if self.x == self.x else "(NaN)"
        return f"element {i} of the array given for {self.name!r} ({self.x:g} in SI units)"


def given_arrays(oracle, reading, raw, shape) -> dict:
    """The givens' SI arrays by node, every element checked like a single value (the
    elements not plainly inside the quantity's domain one by one, by the engine's check)."""
    from .engine import ContradictoryGivensError

    out: dict = {}
    for b, (g, _shown) in zip(reading.givens, raw):
        if b.node is None:
            continue
        q = oracle.kg.quantity(b.match.symbol)
        arr = np.broadcast_to(np.asarray(g.si, dtype=float), shape)
        suspect = ~np.isfinite(arr) | ((arr < 0) if q.kind == "thermodynamic temperature" else False)
        for cond, sym in oracle.domain_conditions(q):
            suspect |= ~clearly_holds(cond, {sym: arr}, oracle.kg.constant_values, shape)
        for x in np.unique(arr[suspect]):
            oracle._si(q, replace(g, si=float(x)), ArrayElement(b.text, arr, float(x)))
        if b.node in out and not np.allclose(out[b.node], arr, rtol=1e-9, atol=0):
            raise ContradictoryGivensError(f"{q.name} ({q.symbol}) is given twice with different values")
        out[b.node] = arr
    return out


def vectorize(oracle, answer, reading, solved, raw, shape, unit):
    """The answer found for the first element, evaluated over every element (module docstring)."""
    if not answer.found:
        return answer
    from hypergraph.setups import node_id

    from .engine import _in_unit
    from .interop import quantity

    t0 = time.perf_counter()
    values = given_arrays(oracle, reading, raw, shape)
    oracle._check_consistency(reading, values, numeric=array_formula)
    env = {node_id(n): v for n, v in values.items()}
    failed, undecided = _evaluate(oracle, solved.steps, env, shape)
    target = env[solved.target]
    size = math.prod(shape)
    reasons = list(answer.reasons)
    if failed:
        (i, why), n = next(iter(failed.items())), len(failed)
        reasons.append(f"{n} of {size} elements are NaN: a law of the derivation does not hold there "
                       f"(element {i}: {why}); ask those elements on their own")
    if undecided:
        reasons.append(f"a condition is undecided for {undecided} of {size} elements")
    value = quantity(answer.value._REGISTRY, target, answer.target.unit)
    timings = {**answer.timings, "arrays": time.perf_counter() - t0}
    timings["total"] = answer.timings.get("total", 0.0) + timings["arrays"]
    return replace(answer, value=value, value_in_unit=_in_unit(value, unit), timings=timings,
                   status="hedged" if reasons else answer.status, reasons=tuple(reasons),
                   element_reasons=tuple(sorted(failed.items())))


def _evaluate(oracle, steps, env: dict, shape) -> tuple[dict, int]:
    """Evaluate the steps over arrays into ``env``; the elements where a law does not hold
    (index -> reason, first reason only) become NaN. Returns them and the number of
    elements with an undecided condition."""
    from hypergraph.setups import node_id
    from proofs.conditions import check, derived as box

    from .engine import _conditions, _signs, _variable_of

    kg = oracle.kg
    failed: dict[tuple, str] = {}
    undecided = np.zeros(shape, dtype=bool)
    bad = np.zeros(shape, dtype=bool)

    def fail(mask, why: str) -> None:
        for i in np.argwhere(mask & ~bad):
            failed[tuple(int(k) for k in i)] = why
        bad[...] = bad | mask

    for st in steps:
        law, out_var = st.law, _variable_of(st)
        names = {v: node_id(n) for v, n in st.instance.binding}
        local = {v: env[names[v]] for v in law.variables if v != out_var}
        local.update(kg.constant_values)
        val = np.array(np.broadcast_to(array_formula(law.direction(out_var).formula)(local), shape), dtype=float)
        fail(~np.isfinite(val), f"{law.name} gives no real {out_var}")
        local[out_var] = val
        for var, sign in _signs(law.assumes):
            x = local.get(var)
            if x is not None:
                fail(~_holds(np.broadcast_to(x, shape), sign), f"{law.name} assumes {var} {sign} 0")
        for cond in (_conditions(kg, law) if oracle.check_conditions else ()):
            arrays = {v: np.broadcast_to(local[v], shape) for v in law.variables if v in cond.symbols}
            plain = clearly_holds(cond, arrays, kg.constant_values, shape)
            for k in np.argwhere(~plain & ~bad):   # the rest: the engine's exact check
                i = tuple(int(j) for j in k)
                r = check(cond, {v: box(float(a[i])) for v, a in arrays.items()}, kg.constant_values, law.id)
                if r.verdict == "fails":
                    failed[i] = f"{law.name} needs {cond.text}"
                    bad[i] = True
                elif r.verdict != "holds":
                    undecided[i] = True
        val[bad] = np.nan
        env[names[out_var]] = val
    return failed, int((undecided & ~bad).sum())


#: Relative margin within which a condition is not decided on arrays but by the exact check.
MARGIN = 1e-6


def clearly_holds(cond, arrays: dict, constants: dict, shape) -> np.ndarray:
    """Where ``cond`` holds by a margin (``MARGIN`` of its sides' size, far above the
    rounding the exact check allows for): those elements need no exact check."""
    from hypergraph.symbolic import text

    env = {**constants, **arrays}
    lhs = np.broadcast_to(array_formula(text(cond.lhs))(env), shape)
    rhs = np.broadcast_to(array_formula(text(cond.rhs))(env), shape)
    with np.errstate(invalid="ignore"):
        diff, margin = lhs - rhs, MARGIN * (np.abs(lhs) + np.abs(rhs))
        return (diff < -margin) if cond.op in ("<", "<=") else (diff > margin)


def _holds(x: np.ndarray, sign: str) -> np.ndarray:
    tol = 1e-12 * np.maximum(1.0, np.abs(x))
    with np.errstate(invalid="ignore"):
        out = {">": x > 0, ">=": x >= -tol, "<": x < 0, "<=": x <= tol, "!=": x != 0}.get(sign)
    return np.ones(x.shape, dtype=bool) if out is None else out


# -- formulas over arrays ---------------------------------------------------------------
@lru_cache(maxsize=4096)
def array_formula(formula_text: str):
    """A formula (text, read through the whitelist) as a closure over numpy arrays: the
    tree walk of :func:`hypergraph.symbolic.compile_numeric`, element-wise; outside a
    function's domain an element is NaN (never an exception).

    >>> array_formula("sqrt(2*g*h)")({"g": 9.81, "h": np.array([1.0, 2.0, -1.0])}).round(3)
    array([4.429, 6.264,   nan])
    """
    from hypergraph.symbolic import compile_numeric, formula

    f = compile_numeric(formula(formula_text), arrays=True)

    def evaluate(env):
        with np.errstate(all="ignore"):  # NaN where there is no real value, not a warning
            return f(env)
    return evaluate
