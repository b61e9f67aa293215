"""Every direction of a law: solved with sympy, proved equivalent with Z3.

A law ``out = f(x, y, ...)`` is solved for each variable. A solved form ``x = g(out, y, ...)``
is *proved* when Z3 shows that, under the law's assumptions (``m > 0`` ...), putting it
back into the law gives an identity: ``f(g(out, y, ...), y, ...) == out`` for every value.
Square and other roots become fresh variables with their defining equation; ``exp``,
``log``, ``sin``, ``asin`` ... are uninterpreted functions with the inverse-function
axioms that hold on their domains. Directions sympy cannot solve, or Z3 cannot prove
within its time bound, are marked and never used.

>>> from hypergraph.symbolic import formula
>>> ds = solve_directions("E_k", formula("m*v**2/2"), ("m", "v"), ("m > 0", "v > 0"))
>>> [(d.variable, d.status) for d in ds]
[('E_k', 'law'), ('m', 'proved'), ('v', 'proved')]
>>> ds[1].formula
'2*E_k/v**2'
"""
from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

from .symbolic import symbol, text

SOLVE_TIMEOUT_S = 5.0
PROOF_TIMEOUT_MS = 1000


@dataclass(frozen=True)
class Direction:
    """One solved form of a law: ``variable = formula``.

    ``status``: ``law`` (the law as written), ``proved`` (Z3 proved it equivalent),
    ``refuted`` (Z3 found values where it is not), ``unknown`` (Z3 timed out),
    ``unsolved`` (sympy found no closed form).
    """

    variable: str
    formula: str
    status: str
    note: str = ""

    @property
    def usable(self) -> bool:
        return self.status in ("law", "proved")


_ASSUME = re.compile(r"^\s*([A-Za-z_]\w*)\s*(>=|>|<=|<|!=)\s*0\s*$")


def parse_assumptions(assumes: tuple[str, ...]) -> dict[str, str]:
    """``("m > 0", "x >= 0")`` -> ``{"m": ">", "x": ">="}``; other forms are ignored (kept as text)."""
    out = {}
    for a in assumes:
        m = _ASSUME.match(a)
        if m:
            out[m.group(1)] = m.group(2)
    return out


class _Timeout(Exception):
    pass


@contextmanager
def _time_limit(seconds: float):
    """Bound a sympy call (signals work only in the main thread; elsewhere it is unbounded)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def stop(*_):
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def solve_directions(output: str, expr: sp.Expr, variables: tuple[str, ...], assumes: tuple[str, ...] = (),
                     *, solve_timeout_s: float = SOLVE_TIMEOUT_S, proof_timeout_ms: int = PROOF_TIMEOUT_MS) -> list[Direction]:
    """The law's own direction, then one per variable in order."""
    signs = parse_assumptions(assumes)
    # solve over symbols that carry the assumptions, then map back to the plain real symbols
    typed = {v: sp.Symbol(v, positive=True) if signs.get(v) == ">" else
             sp.Symbol(v, nonnegative=True) if signs.get(v) == ">=" else
             sp.Symbol(v, negative=True) if signs.get(v) == "<" else sp.Symbol(v, real=True)
             for v in (output, *variables)}
    plain = {typed[v]: symbol(v) for v in typed}
    law = expr.xreplace({symbol(v): typed[v] for v in typed if symbol(v) in expr.free_symbols})
    out = [Direction(output, text(expr), "law")]
    for v in variables:
        if v == output:
            continue
        try:
            with _time_limit(solve_timeout_s):
                sols = sp.solve(sp.Eq(typed[output], law), typed[v], dict=False)
        except _Timeout:
            out.append(Direction(v, "", "unsolved", f"sympy did not solve for {v} within {solve_timeout_s:g} s"))
            continue
        except (NotImplementedError, ValueError, TypeError, AttributeError, ZeroDivisionError) as err:
            out.append(Direction(v, "", "unsolved", f"sympy cannot solve for {v}: {type(err).__name__}"))
            continue
        sols = [s for s in sols if not s.has(sp.I, sp.zoo, sp.nan, sp.oo) and s.is_real is not False
                and (signs.get(v) != ">" or s.is_positive is not False)]
        if not sols:
            out.append(Direction(v, "", "unsolved", f"no real closed form for {v}"))
            continue
        # try the roots, simplest first, until Z3 proves one (another root may be the physical one)
        status, why, best = "unsolved", "", None
        for root in sorted(sols, key=sp.count_ops):
            cand = merge_logs(sp.expand_log(root)).xreplace(plain)
            outside = {f.func.__name__ for f in cand.atoms(sp.Function)} - _ELEMENTARY
            if outside:
                status, why, best = "unsolved", f"closed form needs {sorted(outside)[0]}, outside the law vocabulary", cand
                continue
            status, why = prove_direction(output, expr, v, cand, signs, proof_timeout_ms)
            best = cand
            if status == "proved":
                break
        note = f"one of {len(sols)} roots" if len(sols) > 1 else ""
        out.append(Direction(v, text(best), status, "; ".join(x for x in (note, why) if x)))
    return out


# -- Z3 ------------------------------------------------------------------------
def prove_direction(output: str, expr: sp.Expr, variable: str, solved: sp.Expr, signs: dict[str, str],
                    timeout_ms: int = PROOF_TIMEOUT_MS) -> tuple[str, str]:
    """Prove ``expr[variable := solved] == output`` under the sign assumptions, for every
    ``output`` the law can produce (there is some ``x0`` with ``output == expr[variable := x0]``)."""
    import z3

    ctx = z3.Context()
    enc = _Z3Encoder(ctx)
    witness = f"{variable}__0"
    try:
        lhs = enc.encode(expr.xreplace({symbol(variable): solved}))
        rhs = enc.encode(symbol(output))
        achieved = enc.encode(expr.xreplace({symbol(variable): symbol(witness)}))
    except ValueError as err:
        return "unknown", str(err)
    signs = {**signs, witness: signs.get(variable, "")}
    s = z3.Solver(ctx=ctx)
    s.set("timeout", int(timeout_ms))
    for name, var in enc.vars.items():
        sign = signs.get(name)
        if sign == ">":
            s.add(var > 0)
        elif sign == ">=":
            s.add(var >= 0)
        elif sign == "<":
            s.add(var < 0)
        elif sign == "<=":
            s.add(var <= 0)
        elif sign == "!=":
            s.add(var != 0)
    # the solved value must itself satisfy the variable's assumption
    sv = enc.encode(solved)
    for cond in {">": [sv > 0], ">=": [sv >= 0], "<": [sv < 0]}.get(signs.get(variable, ""), []):
        s.add(cond)
    s.add(enc.side)
    s.add(enc.exp_pairs())
    s.add(rhs == achieved)
    s.add(lhs != rhs)
    r = s.check()
    if r == z3.unsat:
        return "proved", ""
    if r == z3.sat and not enc.uninterpreted:
        return "refuted", "Z3 found values where the solved form breaks the law"
    return "unknown", f"Z3 could not decide within {timeout_ms} ms" if r == z3.unknown else \
        "Z3 found a model only by choosing the transcendental functions freely"


def merge_logs(e: sp.Expr) -> sp.Expr:
    """``log(a) - log(b)`` -> ``log(a/b)``: the logarithm of a ratio of quantities is
    dimensionless, while each logarithm alone would not be. Other terms are left alone.

    >>> a, b, c = sp.symbols("a b c", positive=True)
    >>> merge_logs(c * (sp.log(a) - sp.log(b)))
    c*log(a/b)
    """
    if e.is_Atom:
        return e
    e = e.func(*[merge_logs(x) for x in e.args])
    if not e.is_Add:
        return e
    num, den, rest = [], [], []
    for t in e.args:
        if isinstance(t, sp.log):
            num.append(t.args[0])
        elif t.is_Mul and len(t.args) == 2 and t.args[0] == -1 and isinstance(t.args[1], sp.log):
            den.append(t.args[1].args[0])
        else:
            rest.append(t)
    if len(num) + len(den) < 2:
        return e
    return sp.Add(*rest, sp.log(sp.Mul(*num) / sp.Mul(*den)))


_ELEMENTARY = {"exp", "log", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "Abs", "atan2"}


class _Z3Encoder:
    """sympy -> Z3 reals: roots as fresh variables, transcendental functions uninterpreted with axioms."""

    def __init__(self, ctx) -> None:
        import z3

        self.z3, self.ctx = z3, ctx
        self.vars: dict[str, object] = {}
        self.side: list = []
        self.funcs: dict[str, object] = {}
        self.uninterpreted = False
        self.n_aux = 0
        self.pi = None
        self.exp_args: list = []

    def exp_pairs(self) -> list:
        """exp(a) exp(b) = exp(a + b) for the pairs of exponentials in play, and exp(0) = 1."""
        if not self.exp_args:
            return []
        f = self.func("exp")
        args = self.exp_args[:8]
        out = [f(self.real(0)) == 1]
        for i in range(len(args)):
            for j in range(i, len(args)):
                out.append(f(args[i]) * f(args[j]) == f(args[i] + args[j]))
        return out

    def real(self, value) -> object:
        q = Fraction(str(value)) if not isinstance(value, Fraction) else value
        return self.z3.RealVal(f"{q.numerator}/{q.denominator}", self.ctx)

    def aux(self) -> object:
        self.n_aux += 1
        return self.z3.Real(f"aux{self.n_aux}", self.ctx)

    def encode(self, e: sp.Expr):
        z3 = self.z3
        if e.is_Symbol:
            if e.name not in self.vars:
                self.vars[e.name] = z3.Real(e.name, self.ctx)
            return self.vars[e.name]
        if e is sp.pi:
            if self.pi is None:
                self.pi = z3.Real("pi", self.ctx)
                self.side += [self.pi > self.real("3.14159"), self.pi < self.real("3.14160")]
            return self.pi
        if e is sp.E:
            return self.func("exp")(self.real(1))
        if e.is_Rational:
            return self.real(Fraction(int(e.p), int(e.q)))
        if e.is_Float:
            return self.real(Fraction(float(e)).limit_denominator(10**12))
        if e.is_Add:
            return z3.Sum([self.encode(a) for a in e.args])
        if e.is_Mul:
            out = None
            for a in e.args:
                x = self.encode(a)
                out = x if out is None else out * x
            return out
        if e.is_Pow:
            return self.power(e.base, e.exp)
        name = e.func.__name__
        if name == "Abs":
            a = self.encode(e.args[0])
            return z3.If(a >= 0, a, -a)
        if name == "exp":
            return self.exp_of(e.args[0])
        if name == "log":
            return self.log_of(e.args[0])
        if name in ("sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh"):
            arg = self.encode(e.args[0])
            if name == "log":
                self.side.append(arg > 0)
            if name in ("asin", "acos"):
                self.side += [arg >= -1, arg <= 1]
            return self.func(name)(arg)
        raise ValueError(f"cannot encode {name} for Z3")

    def power(self, base: sp.Expr, exp: sp.Expr):
        b = self.encode(base)
        if exp.is_Integer:
            n = int(exp)
            if n == 0:
                return self.real(1)
            out = b
            for _ in range(abs(n) - 1):
                out = out * b
            if n < 0:
                self.side.append(b != 0)
                return 1 / out
            return out
        if exp.is_Rational:
            p, q = int(exp.p), int(exp.q)
            r = self.aux()
            inner = self.power(base, sp.Integer(abs(p))) if abs(p) != 1 else b
            root = r
            for _ in range(q - 1):
                root = root * r
            self.side.append(root == inner)
            if q % 2 == 0:
                self.side += [r >= 0, inner >= 0]
            if p < 0:
                self.side.append(r != 0)
                return 1 / r
            return r
        # a symbolic exponent: b**x = exp(x*log(b)) for b > 0
        self.side.append(b > 0)
        return self.exp_of(exp * sp.log(base, evaluate=False))

    # Ground instances of the exponential and logarithm laws for the terms at hand (the
    # quantified versions send Z3's instantiation astray): exp(a+b) = exp(a) exp(b),
    # exp(c log y) = y**c, log(x y) = log x + log y and log(y**c) = c log y for x, y > 0.
    def exp_of(self, arg: sp.Expr):
        z3 = self.z3
        za = self.encode(arg)
        app = self.func("exp")(za)
        self.exp_args.append(za)
        terms = sp.Add.make_args(sp.expand(arg))
        if len(terms) > 1:
            prod = None
            for t in terms:
                x = self.exp_of(t)
                prod = x if prod is None else prod * x
            self.side.append(app == prod)
            return app
        coeff, rest = arg.as_coeff_Mul()
        if isinstance(rest, sp.log) and coeff.is_Rational and coeff != 0:
            y = rest.args[0]
            yz = self.encode(y)
            self.side.append(z3.Implies(yz > 0, app == self.power(y, coeff)))
        elif coeff.is_negative:  # exp(-u) exp(u) = 1
            self.side.append(app * self.func("exp")(self.encode(-arg)) == 1)
        return app

    def log_of(self, arg: sp.Expr):
        z3 = self.z3
        a = self.encode(arg)
        self.side.append(a > 0)
        app = self.func("log")(a)
        factors = sp.Mul.make_args(arg)
        if len(factors) > 1:
            parts = [(f, self.encode(f)) for f in factors]
            self.side.append(z3.Implies(z3.And([z > 0 for _, z in parts]),
                                        app == z3.Sum([self.log_of(f) for f, _ in parts])))
        elif arg.is_Pow and not arg.exp.is_Rational:  # log(b**x) = x log b
            self.side.append(app == self.encode(arg.exp) * self.log_of(arg.base))
        elif arg.is_Pow and arg.exp.is_Rational:
            base = self.encode(arg.base)
            self.side.append(z3.Implies(base > 0, app == self.real(Fraction(int(arg.exp.p), int(arg.exp.q)))
                                        * self.log_of(arg.base)))
        return app

    def func(self, name: str):
        z3 = self.z3
        if name in self.funcs:
            return self.funcs[name]
        self.uninterpreted = True
        R = z3.RealSort(self.ctx)
        f = z3.Function(name, R, R)
        self.funcs[name] = f
        x = z3.Real(f"x_{name}", self.ctx)
        inverse = {"exp": "log", "log": "exp", "sin": "asin", "asin": "sin", "cos": "acos", "acos": "cos",
                   "tan": "atan", "atan": "tan"}
        if name == "exp":
            self.side.append(z3.ForAll([x], f(x) > 0))
        if name in inverse:
            g = self.func(inverse[name])
            # f(g(x)) = x on g's image / f's domain
            domain = {"exp": x > 0, "sin": z3.And(x >= -1, x <= 1), "cos": z3.And(x >= -1, x <= 1),
                      "log": z3.BoolVal(True, self.ctx), "tan": z3.BoolVal(True, self.ctx)}
            if name in domain:
                self.side.append(z3.ForAll([x], z3.Implies(domain[name], f(g(x)) == x), patterns=[f(g(x))]))
        return f
