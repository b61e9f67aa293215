"""Law expressions as sympy, read from the PSG through a whitelist; evaluated without ``eval``.

The PSG of a law's ``return`` expression is translated node by node: numbers, names,
``+ - * / **``, unary minus and a fixed set of math functions. Anything else is an error
at its source location. Formula text (from the cache or a user) is parsed the same way,
by ``psg.parse``. Numbers are evaluated by walking the sympy tree, never by generating
and running code.

>>> e = formula("0.5 * m * v**2")
>>> e
m*v**2/2
>>> evaluate(e, {"m": 2.0, "v": 3.0})
9.0
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Callable

import numpy as np
import sympy as sp

from psg.errors import SourceError
from psg.graph import PSG

FUNCTIONS: dict[str, Callable] = {
    "sqrt": sp.sqrt, "exp": sp.exp, "log": sp.log, "ln": sp.log, "sin": sp.sin, "cos": sp.cos,
    "tan": sp.tan, "asin": sp.asin, "acos": sp.acos, "atan": sp.atan, "arcsin": sp.asin,
    "arccos": sp.acos, "arctan": sp.atan, "sinh": sp.sinh, "cosh": sp.cosh, "tanh": sp.tanh,
    "log10": lambda x: sp.log(x, 10), "cbrt": sp.cbrt, "atan2": sp.atan2, "arctan2": sp.atan2,
    "Abs": sp.Abs, "abs": sp.Abs,
}
CONSTANTS = {"pi": sp.pi, "e": sp.E}


class SymbolicError(SourceError):
    """An expression outside what laws may use."""


@lru_cache(maxsize=None)
def symbol(name: str) -> sp.Symbol:
    """The one real sympy symbol of a quantity or constant name."""
    return sp.Symbol(name, real=True)


def to_sympy(g: PSG, i: int) -> sp.Expr:
    """Translate the PSG expression at node ``i`` to sympy (whitelist only)."""
    n = g.nodes[i]
    kids = n.children
    if n.kind == "const" and n.value is not None:
        text = n.label
        if not math.isfinite(n.value):  # 1e400, or an int literal beyond any float
            raise SymbolicError(f"the number {text[:40]} is out of range", n.span.file, n.span.line, n.span.col)
        return sp.Integer(int(n.value)) if float(n.value).is_integer() and "e" not in text.lower() else sp.Rational(text)
    if n.kind == "name":
        local = n.get("local", n.label)
        short = n.label.rpartition(".")[2]
        if short in CONSTANTS and (n.label != local or local in CONSTANTS):
            return CONSTANTS[short]
        return symbol(local)
    if n.kind == "op":
        args = [to_sympy(g, c) for c in kids]
        if n.label == "+" and len(args) == 2:
            return args[0] + args[1]
        if n.label == "-" and len(args) == 2:
            return args[0] - args[1]
        if n.label == "*" and len(args) == 2:
            return args[0] * args[1]
        if n.label == "/" and len(args) == 2:
            return args[0] / args[1]
        if n.label == "**" and len(args) == 2:
            _bounded_power(args[0], args[1], n.span)
            return args[0] ** args[1]
        if n.label == "neg":
            return -args[0]
        if n.label == "pos":
            return args[0]
    if n.kind == "call":
        fn = n.label.rpartition(".")[2]
        if fn in FUNCTIONS and not n.get("keywords"):
            args = [to_sympy(g, c) for c in kids]
            if FUNCTIONS[fn] is sp.exp and len(args) == 1:
                _bounded_exp(args[0], n.span)
            return FUNCTIONS[fn](*args)
    what = n.label if n.kind in ("op", "call") else n.kind
    raise SymbolicError(f"a law may not use {what!r} (allowed: numbers, names, + - * / **, "
                        f"{', '.join(sorted(FUNCTIONS))})", n.span.file, n.span.line, n.span.col)


#: A power of two numbers is evaluated only if its result has at most this many digits
#: (sympy computes ``10**10**10`` exactly, for ever).
MAX_POWER_DIGITS = 400


def _bounded_power(base: sp.Expr, exp: sp.Expr, span) -> None:
    if not (base.is_Number and exp.is_Number) or base in (0, 1, -1):
        return
    try:
        digits = abs(float(exp)) * abs(math.log10(abs(float(base))))
    except (OverflowError, ValueError, ZeroDivisionError):
        digits = math.inf
    if digits > MAX_POWER_DIGITS:
        raise SymbolicError(f"{base} ** {exp} is too large a number (over {MAX_POWER_DIGITS} digits)",
                            span.file, span.line, span.col)


def _bounded_exp(x: sp.Expr, span) -> None:
    """``exp`` of a number is kept only if its value has at most ``MAX_POWER_DIGITS`` digits:
    sympy keeps ``exp(1e308)`` unevaluated, and printing or evaluating it later computes e
    to that many digits (a RecursionError in mpmath, or a hang)."""
    if not x.is_Number:
        return
    try:
        digits = abs(float(x)) / math.log(10)
    except (OverflowError, ValueError, TypeError):
        digits = math.inf
    if digits > MAX_POWER_DIGITS:
        shown = f"{float(x):.3g}" if math.isfinite(digits) else str(x)[:20]
        raise SymbolicError(f"exp({shown}) is out of range (over {MAX_POWER_DIGITS} digits)",
                            span.file, span.line, span.col)


def formulas(texts: list[str]) -> list[sp.Expr]:
    """Parse formula texts (Python syntax) to sympy through the PSG whitelist, in one pass."""
    from psg import parse

    if not texts:
        return []
    src = "\n".join(f"f{k} = {t}" for k, t in enumerate(texts)) + "\n"
    g = parse(src, filename="<formula>")
    binds = [i for i in g.nodes[g.roots[0]].children if g.nodes[i].kind == "bind"]
    out = []
    for b in binds:
        try:
            out.append(to_sympy(g, g.nodes[b].children[0]))
        except (RecursionError, OverflowError) as err:  # too deep for the translation, or sympy's numbers
            sp_ = g.nodes[b].span
            why = "nested too deeply to translate" if isinstance(err, RecursionError) else f"out of range ({err})"
            raise SymbolicError(f"a formula {why}", sp_.file, sp_.line, sp_.col) from None
    return out


def formula(text: str) -> sp.Expr:
    """Parse one formula text to sympy (no ``eval``)."""
    return formulas([text])[0]


@lru_cache(maxsize=8192)
def text(expr: sp.Expr) -> str:
    """Python-syntax text of a sympy expression that :func:`formula` reads back."""
    return sp.sstr(expr, order="none")


def latex(expr: sp.Expr) -> str:
    """LaTeX of a sympy expression (sympy's ``latex``), a quantity of an object written
    ``k__spring`` shown as :math:`k_{(\\text{spring})}` rather than read as a power.

    >>> print(latex(formula("2*pi*sqrt(m/k__spring)")))
    2 \\pi \\sqrt{\\frac{m}{k_{(\\text{spring})}}}
    """
    names = {s: symbol_latex(s.name) for s in expr.free_symbols if isinstance(s, sp.Symbol)}
    return sp.latex(expr, symbol_names=names)


def symbol_latex(name: str) -> str:
    """LaTeX of one quantity's node name: ``E_k`` -> ``E_{k}``, ``k__spring`` -> ``k_{(\\text{spring})}``."""
    base, _, obj = name.partition("__")
    tex = sp.latex(sp.Symbol(base))
    if not obj:
        return tex
    label = "".join("\\" + ch if ch in "_&%$#{}" else ch for ch in obj.replace("__", " "))
    return f"{tex}_{{(\\text{{{label}}})}}" if "_" not in tex else f"{tex}{{}}_{{(\\text{{{label}}})}}"


_NUMERIC = {
    sp.exp: math.exp, sp.log: math.log, sp.sin: math.sin, sp.cos: math.cos, sp.tan: math.tan,
    sp.asin: math.asin, sp.acos: math.acos, sp.atan: math.atan, sp.sinh: math.sinh,
    sp.cosh: math.cosh, sp.tanh: math.tanh, sp.atan2: math.atan2, sp.Abs: abs,
}
_UFUNCS = {
    sp.exp: np.exp, sp.log: np.log, sp.sin: np.sin, sp.cos: np.cos, sp.tan: np.tan,
    sp.asin: np.arcsin, sp.acos: np.arccos, sp.atan: np.arctan, sp.sinh: np.sinh,
    sp.cosh: np.cosh, sp.tanh: np.tanh, sp.atan2: np.arctan2, sp.Abs: np.abs,
}


def compile_numeric(expr: sp.Expr, *, arrays: bool = False) -> Callable[[dict], float]:
    """A closure that evaluates ``expr`` on a dict of floats (no code is generated or run);
    with ``arrays``, element-wise on numpy arrays (numpy's functions: outside a function's
    domain an element is NaN, where floats raise ``ValueError``).

    >>> compile_numeric(formula("sqrt(2*g*h)"))({"g": 9.81, "h": 1.0}) == (2 * 9.81) ** 0.5
    True
    """
    if expr.is_Symbol:
        name = expr.name
        return lambda env: env[name]
    if expr.is_Number or expr in (sp.pi, sp.E):
        value = float(expr)
        return lambda env: value
    args = [compile_numeric(a, arrays=arrays) for a in expr.args]
    if expr.is_Add:
        if arrays:
            return lambda env: sum((f(env) for f in args[1:]), args[0](env))
        return lambda env: math.fsum(f(env) for f in args)
    if expr.is_Mul:
        if arrays:
            return lambda env: math.prod((f(env) for f in args[1:]), start=args[0](env))

        def mul(env):
            out = 1.0
            for f in args:
                out *= f(env)
            return out
        return mul
    if expr.is_Pow:
        base, power = args
        if arrays:
            return lambda env: np.power(np.asarray(base(env), dtype=float), power(env))
        return lambda env: _pow(base(env), power(env))
    fn = (_UFUNCS if arrays else _NUMERIC).get(expr.func)
    if fn is not None:
        return lambda env: fn(*(f(env) for f in args))
    raise SymbolicError(f"cannot evaluate {expr.func.__name__} numerically")


def _pow(a: float, b: float) -> float:
    if a < 0 and not float(b).is_integer():
        raise ValueError(f"a negative number ({a:g}) raised to a fractional power ({b:g})")
    return a ** b


def evaluate(expr: sp.Expr, values: dict[str, float]) -> float:
    """Evaluate ``expr`` with floats for its symbols."""
    return float(compile_numeric(expr)(values))
