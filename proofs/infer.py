"""Unit and shape inference: a zipper traversal of the PSG that emits proof obligations.

Each function is visited once, callees first. Its statements are walked in syntax order
with the zipper; each expression gets a :class:`Type` (a dimension term, a shape, a
quantity kind) from its children's types, and every operation emits the obligations
that make it sound. Unannotated parameters get unknown dimensions; a call of such a
function instantiates the callee afresh (unit polymorphism, as in F#), copying its
obligations over renamed unknowns.

>>> from psg import parse
>>> g = parse("def f(x: U['m'], t: U['s']) -> U['m/s']:\\n    return x + t\\n")
>>> sys = infer(g)
>>> [(o.rule, str(o.span)) for o in sys.functions["f"].obligations]
[('add', '<string>:2:12'), ('return', '<string>:2:5')]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from psg.errors import SourceError
from psg.graph import PSG, Span
from psg.units import kind as lookup_kind, parse_unit
from zipper import Zipper

from .obligations import Obligation, Size
from .terms import DimTerm, exact_exponent

_DIMLESS = DimTerm()


@dataclass(frozen=True, slots=True)
class Type:
    """What is known of a value: its dimension term, shape (None: unknown) and kind."""

    dim: DimTerm = _DIMLESS
    shape: tuple[Size, ...] | None = None
    kind: str | None = None
    opaque: bool = False  # a fresh unknown nothing constrains (result of an unknown call)


@dataclass
class FunctionSystem:
    """The obligations of one function, with its parameters' and result's types."""

    name: str
    node: int
    span: Span
    params: list[tuple[str, Type, bool]] = field(default_factory=list)  # (name, type, annotated)
    result: Type | None = None
    declared: Type | None = None
    obligations: list[Obligation] = field(default_factory=list)
    names: dict[str, Type] = field(default_factory=dict)
    notes: list[tuple[Span, str]] = field(default_factory=list)
    law: dict | None = None


@dataclass
class System:
    """Everything inference found: one system per function (and ``<module>`` code)."""

    functions: dict[str, FunctionSystem]
    var_names: dict[int, str]
    psg: PSG


# Known functions of math and numpy. Each maps to a rule name handled in ``_call_known``.
_DIMLESS_FUNCS = {"exp", "expm1", "log", "log10", "log2", "log1p", "sin", "cos", "tan", "asin", "acos",
                  "atan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
                  "arcsinh", "arccosh", "arctanh", "ln", "erf", "erfc", "gamma", "lgamma", "degrees", "radians",
                  "deg2rad", "rad2deg", "sinc", "exp2", "factorial"}
_SAME_FUNCS = {"fabs", "abs", "Abs", "absolute", "floor", "ceil", "round", "trunc", "float", "int", "copy",
               "asarray", "array", "ascontiguousarray", "real", "imag", "conj", "negative", "positive",
               "squeeze", "ravel", "flatten", "transpose", "sort", "nan_to_num", "float32", "float64"}
_REDUCE_FUNCS = {"sum", "mean", "median", "std", "max", "min", "amax", "amin", "nansum", "nanmean",
                 "cumsum", "ptp", "average", "fsum", "norm", "percentile", "quantile"}
_EQUAL_FUNCS = {"minimum", "maximum", "fmin", "fmax", "hypot", "isclose", "allclose", "copysign"}
_DIMLESS_RESULT = {"sign", "isnan", "isinf", "isfinite", "len", "range", "arange_count", "argmax", "argmin",
                   "bool", "str", "isinstance", "print", "enumerate", "zip"}
_CREATE_FUNCS = {"zeros", "ones", "empty", "full", "zeros_like", "ones_like", "empty_like", "full_like"}
_CONSTANTS = {"pi", "e", "tau", "inf", "nan", "newaxis"}
_MODULES = ("math", "numpy", "cmath", "numpy.linalg", "scipy.special", "np")


def _known(label: str) -> str | None:
    """``numpy.exp`` / ``math.exp`` / bare ``abs`` -> ``exp`` / ``abs``; None if not a known function."""
    mod, _, fn = label.rpartition(".")
    if mod and mod not in _MODULES:
        return None
    return fn


class _Inferrer:
    def __init__(self, psg: PSG) -> None:
        self.psg = psg
        self.nvars = 0
        self.var_names: dict[int, str] = {}
        self.nobl = 0
        self.systems: dict[str, FunctionSystem] = {}
        self.by_node: dict[int, FunctionSystem] = {}
        self.globals: dict[str, dict[str, Type]] = {}  # module -> name -> type
        self.in_progress: set[int] = set()
        self.instantiated: dict[str, int] = {}  # function -> obligations copied into it from callees

    # -- small helpers ------------------------------------------------------
    def fresh(self, name: str) -> DimTerm:
        v = self.nvars
        self.nvars += 1
        self.var_names[v] = name
        return DimTerm.var(v)

    def oblige(self, sys: FunctionSystem, theory: str, rule: str, left, right, span: Span,
               detail: str = "", broadcast: bool = False) -> None:
        sys.obligations.append(Obligation(self.nobl, theory, rule, left, right, span, sys.name, detail, broadcast))
        self.nobl += 1

    def annotated(self, ann, span: Span) -> Type | None:
        if ann is None:
            return None
        try:
            dim = DimTerm.of(parse_unit(ann.unit).dimension) if ann.unit else None
            kind = lookup_kind(ann.kind).name if ann.kind else None
        except ValueError as err:
            raise SourceError(str(err), span.file, span.line, span.col) from None
        shape = _shape_of(ann.shape)
        if dim is None:
            return Type(self.fresh("array"), shape, kind) if shape is not None else None
        return Type(dim, shape, kind)

    # -- the traversal ------------------------------------------------------
    def run(self) -> System:
        g = self.psg
        for root in g.roots:
            try:
                self.module(root)
            except RecursionError:
                span = g.nodes[root].span
                raise SourceError("module-level code nests expressions too deeply to analyse (Python's "
                                  "recursion limit); split them into smaller ones", span.file) from None
        for fn in g.functions():
            try:
                self.function(fn)
            except RecursionError:  # expressions nested deeper than the recursion limit
                span = g.nodes[fn].span
                raise SourceError("this function nests expressions (or calls) too deeply to analyse "
                                  "(Python's recursion limit); split them into smaller ones",
                                  span.file, span.line, span.col) from None
        return System(self.systems, self.var_names, g)

    def module(self, root: int) -> None:
        g = self.psg
        name = g.nodes[root].label
        sys = FunctionSystem(f"{name}.<module>" if len(g.roots) > 1 else "<module>", root, g.nodes[root].span)
        self.globals[name] = sys.names
        self.systems[sys.name] = sys
        self.by_node[root] = sys
        for z in Zipper.at(g, root).subtree():
            if z.focus != root and g.enclosing(z.focus) == -1 and z.node.kind in _STATEMENTS:
                self.statement(sys, z)

    def function(self, fn: int) -> FunctionSystem:
        if fn in self.by_node:
            return self.by_node[fn]
        g = self.psg
        node = g.nodes[fn]
        module = node.get("module", "")
        sys = FunctionSystem(node.label if len(g.roots) == 1 else f"{module}.{node.label}", fn, node.span)
        law = node.get("law")
        sys.law = dict(law) if law else None
        self.by_node[fn] = sys
        self.in_progress.add(fn)
        sys.declared = self.annotated(node.ann, node.span)
        for c in node.children:
            p = g.nodes[c]
            if p.kind != "param":
                continue
            t = self.annotated(p.ann, p.span)
            annotated = t is not None and p.ann.unit is not None
            if t is None:
                t = Type(self.fresh(f"{p.label} in {node.label}()"), None, None)
            elif not annotated:
                t = Type(self.fresh(f"{p.label} in {node.label}()"), t.shape, t.kind)
            sys.names[p.label] = t
            sys.params.append((p.label, t, annotated))
        for z in Zipper.at(g, fn).subtree():
            if z.focus != fn and g.enclosing(z.focus) == fn and z.node.kind in _STATEMENTS:
                self.statement(sys, z)
        if sys.result is None:
            sys.result = sys.declared or Type()
        self.in_progress.discard(fn)
        self.systems[sys.name] = sys
        return sys

    def statement(self, sys: FunctionSystem, z: Zipper) -> None:
        n = z.node
        kids = n.children
        if n.kind == "bind":
            declared = self.annotated(n.ann, n.span)
            value = self.expr(sys, kids[0]) if kids else None
            literal = bool(kids) and self.psg.nodes[kids[0]].kind == "const"
            if declared is not None:
                if value is not None and not literal and not value.opaque:
                    self.compare(sys, "bind", declared, value, n.span, n.label)
                self.assign(sys, n.label, declared, n.span)
            elif value is not None:
                self.assign(sys, n.label, value, n.span)
        elif n.kind == "return":
            value = self.expr(sys, kids[0]) if kids else Type()
            if sys.declared is not None:
                self.compare(sys, "return", value, sys.declared, n.span, sys.name)
            if sys.result is None:
                sys.result = sys.declared or value
            elif sys.declared is None:
                self.compare(sys, "branch", sys.result, value, n.span, sys.name)
        elif n.kind == "for":
            it = self.expr(sys, kids[0])
            names = n.label.split(",")
            elem = Type(it.dim, it.shape[1:] if it.shape else None, it.kind) if len(names) == 1 else None
            for name in names:
                self.assign(sys, name, elem or Type(self.fresh(f"{name} in {sys.name}()"), opaque=True), n.span)
        elif n.kind in ("exprstmt", "assert") or n.kind in ("if", "while"):
            if kids and n.kind in ("exprstmt", "assert", "if", "while"):
                self.expr(sys, kids[0])

    def assign(self, sys: FunctionSystem, name: str, t: Type, span: Span) -> None:
        """Bind ``name``. A name keeps one unit through the function (a rebinding must
        agree), but may be rebound to an array of another shape: then its shape is no
        longer known (branches and loops make the order of bindings uncertain)."""
        old = sys.names.get(name)
        if old is None:
            sys.names[name] = t
            return
        if not t.opaque:
            self.compare(sys, "rebind", t, old, span, name)
        if old.shape is not None and t.shape != old.shape:
            sys.names[name] = Type(old.dim, None, old.kind, old.opaque)

    def compare(self, sys: FunctionSystem, rule: str, left: Type, right: Type, span: Span, detail: str = "") -> None:
        """``left`` and ``right`` must agree in dimension, kind and (known) shape."""
        self.oblige(sys, "dim", rule, left.dim, right.dim, span, detail)
        if left.kind and right.kind and left.kind != right.kind:
            self.oblige(sys, "kind", rule, left.kind, right.kind, span, detail)
        if left.shape is not None and right.shape is not None and rule in ("return", "arg", "bind"):
            if len(left.shape) != len(right.shape):
                self.oblige(sys, "shape", rule + "-rank", len(left.shape), len(right.shape), span, detail)
            else:
                for a, b in zip(left.shape, right.shape):
                    self.oblige(sys, "shape", rule, a, b, span, detail)

    # -- expressions --------------------------------------------------------
    def expr(self, sys: FunctionSystem, i: int) -> Type:
        g = self.psg
        n = g.nodes[i]
        k = n.kind
        if k == "const":
            if n.value is None:
                return Type(opaque=True)
            return Type(self.fresh("0"), opaque=True) if n.value == 0 else Type()
        if k == "name":
            return self.name(sys, i)
        if k in ("comp", "lambda"):
            return self.scoped(sys, i)
        if k == "walrus":  # (y := value): binds y in the enclosing scope
            value = self.expr(sys, n.children[0])
            self.assign(sys, n.label, value, n.span)
            return value
        kids = [self.expr(sys, c) for c in n.children] if k not in ("call",) else None
        if k == "op":
            return self.op(sys, n, kids)
        if k == "call":
            return self.call(sys, i)
        if k == "method":
            return self.method(sys, n, kids)
        if k == "attr":
            base = kids[0]
            if n.label == "T":
                return Type(base.dim, tuple(reversed(base.shape)) if base.shape else None, base.kind)
            if n.label in ("real", "imag", "flat"):
                return base
            if n.label in ("shape", "size", "ndim", "dtype"):
                return Type(shape=None)
            return Type(self.fresh(f".{n.label}"), opaque=True)
        if k == "tuple":
            return Type(opaque=True)
        return Type(self.fresh(k), opaque=True)

    def scoped(self, sys: FunctionSystem, i: int) -> Type:
        """A comprehension or a lambda: its own scope. Loop targets take the element type
        of their iterable (as in ``for``), a lambda's parameters are fresh unknowns; names
        they shadow are restored afterwards. A list, set or generator comprehension has
        its element's dimension; a dict comprehension and a lambda are opaque values."""
        g = self.psg
        n = g.nodes[i]
        saved = dict(sys.names)
        try:
            if n.kind == "lambda":
                for name in filter(None, n.label.split(",")):
                    sys.names[name] = Type(self.fresh(f"{name} in lambda"))
                self.expr(sys, n.children[0])
                for d in n.children[1:]:  # defaults are evaluated in the enclosing scope
                    sys.names.clear()
                    sys.names.update(saved)
                    self.expr(sys, d)
                return Type(self.fresh("lambda"), opaque=True)
            elts = []
            for c in n.children:
                loop = g.nodes[c]
                if loop.kind != "compfor":
                    elts.append(self.expr(sys, c))
                    continue
                it = self.expr(sys, loop.children[0])
                names = loop.label.split(",")
                for name in names:
                    sys.names[name] = (Type(it.dim, it.shape[1:] if it.shape else None, it.kind, it.opaque)
                                       if len(names) == 1 else Type(self.fresh(f"{name} in {sys.name}()"), opaque=True))
                for cond in loop.children[1:]:
                    self.expr(sys, cond)
            if n.label == "dict" or not elts:
                return Type(self.fresh(f"{n.label} comprehension"), opaque=True)
            e = elts[0]
            return Type(e.dim, None, e.kind, e.opaque)
        finally:
            sys.names.clear()
            sys.names.update(saved)

    def name(self, sys: FunctionSystem, i: int) -> Type:
        n = self.psg.nodes[i]
        local = n.get("local", n.label)
        if local in sys.names:
            return sys.names[local]
        if sys.node in self.by_node and self.psg.nodes[sys.node].kind == "function":
            mod = self.psg.nodes[sys.node].get("module", "")
            gl = self.globals.get(mod, {})
            if local in gl:
                return gl[local]
        if n.label.rpartition(".")[2] in _CONSTANTS and (n.label.rpartition(".")[0] in _MODULES or n.label in _CONSTANTS):
            return Type()
        if self.psg.defs.get(i):  # defined later in this scope (a loop): an unknown for now
            t = Type(self.fresh(f"{local} in {sys.name}"))
            sys.names[local] = t
            return t
        return Type(self.fresh(local), opaque=True)

    def op(self, sys: FunctionSystem, n, kids: list[Type]) -> Type:
        op, span = n.label, n.span
        if op in ("+", "-", "%", "//") and len(kids) == 2:
            a, b = kids
            if not (a.opaque or b.opaque):
                rule = {"+": "add", "-": "sub"}.get(op, "mod")
                self.oblige(sys, "dim", rule, a.dim, b.dim, span)
                if a.kind and b.kind and a.kind != b.kind:
                    self.oblige(sys, "kind", rule, a.kind, b.kind, span)
            base = b if a.opaque else a
            return Type(base.dim, self.broadcast(sys, a.shape, b.shape, span),
                        a.kind if a.kind == b.kind else (a.kind or b.kind) if (a.opaque or b.opaque) else None,
                        opaque=a.opaque and b.opaque)
        if op in ("*", "/") and len(kids) == 2:
            a, b = kids
            dim = a.dim * b.dim if op == "*" else a.dim / b.dim
            return Type(dim, self.broadcast(sys, a.shape, b.shape, span), opaque=a.opaque or b.opaque)
        if op == "**":
            a, b = kids
            if not b.opaque:
                self.oblige(sys, "dim", "exponent", b.dim, _DIMLESS, span)
            try:
                p = _constant_power(self.psg, n.children[1])
            except InexactExponent as inexact:
                return self.inexact_power(sys, a, inexact.text, span)
            if p is None:
                if not a.opaque:
                    self.oblige(sys, "dim", "base", a.dim, _DIMLESS, span)
                return Type(shape=a.shape)
            return Type(a.dim ** p, a.shape, opaque=a.opaque)
        if op == "@":
            return self.matmul(sys, kids[0], kids[1], span)
        if op in ("neg", "pos", "invert"):
            return kids[0]
        if op in ("<", "<=", ">", ">=", "==", "!="):
            a, b = kids
            if not (a.opaque or b.opaque):
                self.oblige(sys, "dim", "compare", a.dim, b.dim, span)
            self.broadcast(sys, a.shape, b.shape, span)
            return Type()
        if op == "ifexp":
            _, a, b = kids
            if not (a.opaque or b.opaque):
                self.oblige(sys, "dim", "branch", a.dim, b.dim, span)
            return b if a.opaque else a
        if op == "index":
            a = kids[0]
            return Type(a.dim, None, a.kind, a.opaque)
        if op == "setitem":
            a, b = kids
            if not (a.opaque or b.opaque):
                self.oblige(sys, "dim", "setitem", b.dim, a.dim, span)
            return Type()
        if op in ("unpack", "star", "await", "yield"):  # an item, the awaited or sent value: unknown
            return Type(self.fresh(op), opaque=True)
        return Type()  # and, or, not, is, in: truth values

    def inexact_power(self, sys: FunctionSystem, a: Type, text: str, span: Span) -> Type:
        """``a ** 0.0001``: a float exponent that is not exactly a small rational. A plain
        number stays one; any other base has no exact unit here: the obligation is
        ``unknown`` (never rounded into a proof) and the result is opaque."""
        if a.dim.concrete and a.dim.const.dimensionless:
            return Type(shape=a.shape, opaque=a.opaque)
        from .sentences import describe

        self.oblige(sys, "undecided", "inexact-exponent", a.dim, _DIMLESS, span,
                    f"raises {describe(a.dim, self.var_names)} to the power {text}, which is not exactly "
                    f"a small rational number: its unit is unknown (never rounded)")
        return Type(self.fresh(f"** {text}"), a.shape, opaque=True)

    def broadcast(self, sys: FunctionSystem, a, b, span: Span):
        """Shape rules of elementwise operations: align from the right; equal or 1."""
        if a is None or b is None:
            return a if b is None else b
        out = []
        for k in range(1, max(len(a), len(b)) + 1):
            x = a[-k] if k <= len(a) else None
            y = b[-k] if k <= len(b) else None
            if x is None or y is None:
                out.append(y if x is None else x)
                continue
            self.oblige(sys, "shape", "broadcast", x, y, span, broadcast=True)
            out.append(y if x == 1 else x)
        return tuple(reversed(out))

    def matmul(self, sys: FunctionSystem, a: Type, b: Type, span: Span) -> Type:
        dim = a.dim * b.dim
        if not a.shape or not b.shape:
            return Type(dim, None, opaque=a.opaque or b.opaque)
        inner_a = a.shape[-1]
        inner_b = b.shape[-2] if len(b.shape) >= 2 else b.shape[-1]
        self.oblige(sys, "shape", "matmul", inner_a, inner_b, span)
        left = a.shape[:-1]
        right = b.shape[-1:] if len(b.shape) >= 2 else ()
        return Type(dim, left + right)

    def method(self, sys: FunctionSystem, n, kids: list[Type]) -> Type:
        base, args = kids[0], kids[1:]
        m = n.label
        if m in ("sum", "mean", "max", "min", "std", "cumsum", "copy", "astype", "flatten", "ravel", "squeeze",
                 "item", "clip", "round", "conj", "transpose"):
            return Type(base.dim, None, base.kind, base.opaque)
        if m == "dot":
            return self.matmul(sys, base, args[0], n.span) if args else Type(opaque=True)
        if m == "reshape":
            args_ = n.children[1:]
            if len(args_) == 1 and self.psg.nodes[args_[0]].kind == "name":  # x.reshape(shape): a tuple, or one size?
                return Type(base.dim, None, base.kind, base.opaque)
            sizes = _sizes(self.psg, args_, self)
            if sizes is not None and base.shape is not None and -1 not in sizes:
                self.oblige(sys, "shape", "reshape", ("*", *base.shape), ("*", *sizes), n.span)
            return Type(base.dim, tuple(sizes) if sizes and -1 not in sizes else None, base.kind, base.opaque)
        return Type(self.fresh(f".{m}()"), opaque=True)

    # -- calls ---------------------------------------------------------------
    def call(self, sys: FunctionSystem, i: int) -> Type:
        g = self.psg
        n = g.nodes[i]
        target = g.callee.get(i)
        args = [self.expr(sys, c) for c in n.children]
        keywords = n.get("keywords") or (None,) * len(args)
        if n.get("unpacked"):  # f(*xs, ...) or f(**kw): only the named arguments can be matched
            keywords = tuple("*" if kw is None else kw for kw in keywords)
        if target is not None and target not in self.in_progress:
            return self.instantiate(sys, self.function(target), args, keywords, n.span)
        fn = _known(n.label)
        if fn is None or target is not None:
            if target is None and n.label not in ("codata",) and not n.label.endswith(".codata"):
                sys.notes.append((n.span, f"{n.label}() is not analysed: its result's unit is unconstrained"))
            return Type(self.fresh(f"{n.label}()"), opaque=True)
        return self.call_known(sys, fn, args, n, i)

    def call_known(self, sys: FunctionSystem, fn: str, args: list[Type], n, i: int) -> Type:
        span = n.span
        a = args[0] if args else Type()
        if fn in ("sqrt", "cbrt"):
            return Type(a.dim ** Fraction(1, 2 if fn == "sqrt" else 3), a.shape, opaque=a.opaque)
        if fn in _DIMLESS_FUNCS:
            for x in args[:1]:
                if not x.opaque:
                    self.oblige(sys, "dim", "dimensionless", x.dim, _DIMLESS, span, fn)
            return Type(shape=a.shape)
        if fn in ("atan2", "arctan2"):
            if len(args) == 2 and not (args[0].opaque or args[1].opaque):
                self.oblige(sys, "dim", "equal-args", args[0].dim, args[1].dim, span, fn)
            return Type(shape=a.shape)
        if fn in _EQUAL_FUNCS or (fn in ("max", "min") and len(args) > 1):
            known = [x for x in args if not x.opaque]
            for x in known[1:]:
                self.oblige(sys, "dim", "equal-args", known[0].dim, x.dim, span, fn)
            if fn in ("isclose", "allclose"):
                return Type()
            return known[0] if known else Type(opaque=True)
        if fn in ("pow",) and len(args) == 2:
            try:
                p = _constant_power(self.psg, self.psg.nodes[i].children[1])
            except InexactExponent as inexact:
                return self.inexact_power(sys, a, inexact.text, span)
            if p is not None:
                return Type(a.dim ** p, a.shape, opaque=a.opaque)
            return Type()
        if fn in ("dot", "matmul") and len(args) == 2:
            return self.matmul(sys, args[0], args[1], span)
        if fn in ("var",):
            return Type(a.dim ** 2, None, opaque=a.opaque)
        if fn in _REDUCE_FUNCS or fn in _SAME_FUNCS:
            return Type(a.dim, _same_shape(fn, a.shape, len(args)) if fn in _SAME_FUNCS else None, a.kind, a.opaque)
        if fn.endswith("_like") and fn in _CREATE_FUNCS:  # the shape of the array given
            return Type(self.fresh(f"{fn}()"), a.shape, opaque=True)
        if fn in _CREATE_FUNCS:
            shape = _sizes(self.psg, self.psg.nodes[i].children[:1], self) if args else None
            return Type(self.fresh(f"{fn}()"), tuple(shape) if shape else None, opaque=True)
        if fn in ("linspace", "arange"):
            known = [x for x in args[:2] if not x.opaque]
            if len(known) == 2:
                self.oblige(sys, "dim", "equal-args", known[0].dim, known[1].dim, span, fn)
            return Type(known[0].dim if known else _DIMLESS, None)
        if fn in _DIMLESS_RESULT:
            return Type()
        sys.notes.append((span, f"{fn}() is not analysed: its result's unit is unconstrained"))
        return Type(self.fresh(f"{fn}()"), opaque=True)

    def within_budget(self, sys: FunctionSystem, callee: FunctionSystem, n: int, span: Span) -> bool:
        """Whether ``n`` more obligations of ``callee`` may be copied into ``sys``: each
        function receives at most ``MAX_INSTANTIATED`` (polymorphic calls of calls grow
        exponentially). Past it the call is not checked: an ``undecided`` obligation says
        so, the function's verdict is ``unknown``, and so is every caller's."""
        used = self.instantiated.get(sys.name, 0)
        if used + n <= MAX_INSTANTIATED:
            self.instantiated[sys.name] = used + n
            return True
        self.oblige(sys, "undecided", "budget", _DIMLESS, _DIMLESS, span,
                    f"the call of {callee.name}() is not checked: it would copy {n} more obligations into "
                    f"{sys.name}(), past the budget of {MAX_INSTANTIATED} instantiated obligations per function")
        return False

    def instantiate(self, sys: FunctionSystem, callee: FunctionSystem, args: list[Type], keywords, span: Span) -> Type:
        """A call of a parsed function: fresh unknowns for the callee's, its obligations copied."""
        mapping: dict[int, int] = {}

        def fresh_for(v: int) -> int:
            if v not in mapping:
                mapping[v] = self.fresh(self.var_names[v]).coeffs[0][0]
            return mapping[v]

        def inst(t: Type) -> Type:
            if not t.dim.concrete:
                for v in t.dim.vars:
                    fresh_for(v)
                return Type(t.dim.rename(mapping), t.shape, t.kind, t.opaque)
            return t

        copied = [o for o in callee.obligations if (o.theory == "dim" and not o.concrete) or o.theory == "undecided"]
        if not self.within_budget(sys, callee, len(copied), span):
            return Type(self.fresh(f"{callee.name}()"), opaque=True)
        for o in copied:
            for v in o.left.vars + o.right.vars:
                fresh_for(v)
            sys.obligations.append(Obligation(self.nobl, o.theory, o.rule, o.left.rename(mapping),
                                              o.right.rename(mapping), o.span, sys.name, o.detail,
                                              via=o.via or span))
            self.nobl += 1
        params = {name: (t, ann) for name, t, ann in callee.params}
        order = [name for name, _, _ in callee.params]
        shape_map: dict[str, Size] = {}
        for k, (arg, kw) in enumerate(zip(args, keywords)):
            pname = kw if kw is not None else (order[k] if k < len(order) else None)
            if pname not in params:
                continue
            ptype = inst(params[pname][0])
            if not arg.opaque:
                self.oblige(sys, "dim", "arg", arg.dim, ptype.dim, span, f"{pname}|{callee.name}")
                if arg.kind and ptype.kind and arg.kind != ptype.kind:
                    self.oblige(sys, "kind", "arg", arg.kind, ptype.kind, span, f"{pname}|{callee.name}")
            if arg.shape is not None and ptype.shape is not None:
                if len(arg.shape) != len(ptype.shape):
                    self.oblige(sys, "shape", "arg-rank", len(arg.shape), len(ptype.shape), span, f"{pname}|{callee.name}")
                    continue
                for got, want in zip(arg.shape, ptype.shape):
                    if isinstance(want, str) and want not in shape_map:
                        shape_map[want] = got
                    else:
                        want = shape_map.get(want, want) if isinstance(want, str) else want
                        self.oblige(sys, "shape", "arg", got, want, span, f"{pname}|{callee.name}")
        result = inst(callee.result or Type())
        if result.shape is not None:
            if callee.declared is None and any(name not in shape_map for name in _size_names(result.shape)):
                # a size named inside an unannotated callee (np.ones((k, 1)) there) is
                # no size the caller knows: unknown here, never a refutation
                return Type(result.dim, None, result.kind, result.opaque)
            result = Type(result.dim, tuple(shape_map.get(s, s) if isinstance(s, str) else s for s in result.shape),
                          result.kind, result.opaque)
        return result


#: Obligations copied from polymorphic callees into one function, at most.
MAX_INSTANTIATED = 1000

_STATEMENTS = frozenset({"bind", "return", "exprstmt", "assert", "if", "while", "for"})


def _size_names(sizes) -> set[str]:
    """The size symbols in a shape (inside products too)."""
    out: set[str] = set()
    for s in sizes:
        if isinstance(s, str):
            out.add(s)
        elif isinstance(s, tuple):
            out |= _size_names(x for x in s[1:])
    return out


def _same_shape(fn: str, shape: tuple[Size, ...] | None, nargs: int) -> tuple[Size, ...] | None:
    """The shape of ``fn(x)`` for an elementwise-or-rearranging function of ``x``'s shape."""
    if shape is None or fn == "squeeze":
        return None
    if fn == "transpose":
        return tuple(reversed(shape)) if nargs == 1 else None  # with axes given: not tracked
    if fn in ("ravel", "flatten"):
        return shape if len(shape) == 1 else (("*", *shape),)
    return shape


def _shape_of(shape: tuple[str, ...] | None) -> tuple[Size, ...] | None:
    if shape is None or any(d.startswith("*") or d == "..." or d.startswith("#") for d in shape):
        return None
    return tuple(int(d) if d.isdigit() else d for d in shape)


class InexactExponent(Exception):
    """A literal exponent that is not exactly a small rational (``0.0001``, ``1e400``)."""

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


def _constant_power(g: PSG, i: int) -> Fraction | None:
    """The exponent as an exact rational if it is a literal (or a literal fraction such as
    1/2); None if it is not constant; :class:`InexactExponent` for a float literal that is
    not exactly a small rational (see :func:`proofs.terms.exact_exponent`)."""
    n = g.nodes[i]
    if n.kind == "const" and n.value is not None:
        p = exact_exponent(n.value if "." in n.label or "e" in n.label.lower() or "inf" in n.label
                           else _int_literal(n.label, n.value))
        if p is None:
            raise InexactExponent(n.label[:40])
        return p
    if n.kind == "op" and n.label == "neg":
        p = _constant_power(g, n.children[0])
        return -p if p is not None else None
    if n.kind == "op" and n.label in ("/", "*", "+", "-") and len(n.children) == 2:
        a, b = (_constant_power(g, c) for c in n.children)
        if a is None or b is None or (n.label == "/" and b == 0):
            return None
        return {"/": lambda: a / b, "*": lambda: a * b, "+": lambda: a + b, "-": lambda: a - b}[n.label]()
    return None


def _int_literal(label: str, value: float):
    """An int literal's exact value from its text (its ``value`` is a float)."""
    try:
        return int(label, 0)
    except ValueError:
        return value


def _sizes(g: PSG, ids, inf: _Inferrer) -> list[Size] | None:
    """Array sizes written in code: ints, names, tuples of them, ``x.shape[k]``."""
    out: list[Size] = []
    for i in ids:
        n = g.nodes[i]
        if n.kind == "tuple":
            inner = _sizes(g, n.children, inf)
            if inner is None:
                return None
            out.extend(inner)
        elif n.kind == "const" and n.value is not None and float(n.value).is_integer():
            out.append(int(n.value))
        elif n.kind == "op" and n.label == "neg":
            out.append(-1)
        elif n.kind == "name":
            out.append(n.label)
        else:
            return None
    return out


def infer(psg: PSG) -> System:
    """Run unit and shape inference over every module and function of ``psg``."""
    return _Inferrer(psg).run()
