"""Unit and shape inference: a zipper traversal of the PSG that emits proof obligations.

Each function is visited once, callees first. Its statements are walked in syntax order
with the zipper; each expression gets a :class:`Type` (a dimension term, a unit's scale, a
shape, a quantity kind) from its children's types, and every operation emits the
obligations that make it sound. Unannotated parameters get unknown dimensions; a call of
such a function instantiates the callee afresh (unit polymorphism, as in F#), copying its
obligations over renamed unknowns.

A bare number takes the unit its context needs (``alt > 2000``, ``f(1000)``,
``np.maximum(T, 216.65)``), except in a product, an exponent and the argument of
``exp``/``log``/``sin``, where it is a plain number; ``strict_literals=True`` makes every
number plain (the F# discipline), so a number that would need a unit is refuted. Values of
one dimension in different units (m and ft, degC and K) are ``scale`` and ``offset``
obligations (:mod:`proofs.scales`); a literal factor that is the conversion is recognised.

>>> from psg import parse
>>> g = parse("def f(x: U['m'], t: U['s']) -> U['m/s']:\\n    return x + t\\n")
>>> sys = infer(g)
>>> [(o.rule, str(o.span)) for o in sys.functions["f"].obligations]
[('add', '<string>:2:12'), ('return', '<string>:2:5')]
>>> g = parse("def f(a: U['m'], b: U['ft']) -> U['m']:\\n    return a + b\\n")
>>> [(o.theory, o.rule, o.edit[1]) for o in infer(g).functions["f"].obligations if o.theory == "scale"]
[('scale', 'add', 'b * 0.3048')]
"""
from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction

from psg.errors import SourceError
from psg.graph import PSG, Node, Span
from psg.units import kind as lookup_kind, parse_unit

from . import scales
from .classes import ClassInfo, Classes
from .conversions import Conversions
from .obligations import Obligation, Size
from .terms import DimTerm, exact_exponent
from .values import FunctionSystem, System, Type, _element, _literal

__all__ = ["infer", "Type", "FunctionSystem", "System", "ClassInfo"]

_DIMLESS = DimTerm()


# Known functions of math and numpy. Each maps to a rule name handled in ``call_known``.
_DIMLESS_FUNCS = {"exp", "expm1", "log", "log10", "log2", "log1p", "sin", "cos", "tan", "asin", "acos",
                  "atan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
                  "arcsinh", "arccosh", "arctanh", "ln", "erf", "erfc", "gamma", "lgamma", "sinc", "exp2",
                  "factorial"}
_TRIG = {"sin", "cos", "tan"}
_ANGLE_RESULT = {"asin", "acos", "atan", "arcsin", "arccos", "arctan"}
_SAME_FUNCS = {"fabs", "abs", "Abs", "absolute", "floor", "ceil", "round", "trunc", "float", "int", "copy",
               "asarray", "array", "ascontiguousarray", "real", "imag", "conj", "negative", "positive",
               "squeeze", "ravel", "flatten", "transpose", "sort", "nan_to_num", "float32", "float64",
               "atleast_1d", "atleast_2d", "flip", "fliplr", "flipud", "roll", "sorted", "list", "tuple",
               "reversed", "diff", "gradient"}
_REDUCE_FUNCS = {"sum", "mean", "median", "std", "max", "min", "amax", "amin", "nansum", "nanmean",
                 "cumsum", "ptp", "average", "fsum", "norm", "percentile", "quantile", "nanmax", "nanmin",
                 "nanmedian", "nanstd", "trapz", "trapezoid"}
_EQUAL_FUNCS = {"minimum", "maximum", "fmin", "fmax", "hypot", "isclose", "allclose", "copysign", "clip"}
_DIMLESS_RESULT = {"sign", "isnan", "isinf", "isfinite", "len", "arange_count", "argmax", "argmin",
                   "bool", "str", "isinstance", "print", "argsort", "searchsorted", "count_nonzero"}
_CREATE_FUNCS = {"zeros", "ones", "empty", "full", "zeros_like", "ones_like", "empty_like", "full_like"}
_CONSTANTS = {"pi": math.pi, "e": math.e, "tau": math.tau, "inf": None, "nan": None, "newaxis": None}
_MODULES = ("math", "numpy", "cmath", "numpy.linalg", "scipy.special", "np", "builtins")
_TARGET_FIRST = {"bind"}  # rules whose dimension obligation reads (declared, value)


def _known(label: str) -> str | None:
    """``numpy.exp`` / ``math.exp`` / bare ``abs`` -> ``exp`` / ``abs``; None if not a known function."""
    mod, _, fn = label.rpartition(".")
    if mod and mod not in _MODULES:
        return None
    return fn


class _Inferrer(Classes, Conversions):
    def __init__(self, psg: PSG, strict_literals: bool = False) -> None:
        self.psg = psg
        self.strict = strict_literals
        self.qualified = len(psg.roots) > 1
        self.nvars = 0
        self.var_names: dict[int, str] = {}
        self.nobl = 0
        self.systems: dict[str, FunctionSystem] = {}
        self.by_node: dict[int, FunctionSystem] = {}
        self.globals: dict[int, dict[str, Type]] = {}  # module node -> name -> type
        self.in_progress: set[int] = set()
        self.classes: dict[str, ClassInfo] = {}
        self.class_by_node: dict[int, ClassInfo] = {}
        self.unpacking: Type | None = None
        self._lines: dict[str, list[bytes]] = {}
        self.problems: list[SourceError] = []
        self.instantiated: dict[str, int] = {}  # function -> obligations copied into it from callees
        self.module_names: dict[str, str] = {}  # file -> the module name shown, where not its file's stem

    # -- small helpers ------------------------------------------------------
    def fresh(self, name: str) -> DimTerm:
        v = self.nvars
        self.nvars += 1
        self.var_names[v] = name
        return DimTerm.var(v)

    def opaque(self, name: str, **kw) -> Type:
        return Type(self.fresh(name), opaque=True, **kw)

    def oblige(self, sys: FunctionSystem, theory: str, rule: str, left, right, span: Span,
               detail: str = "", broadcast: bool = False, edit=None) -> None:
        sys.obligations.append(Obligation(self.nobl, theory, rule, left, right, span, sys.name, detail, broadcast,
                                          edit=edit))
        self.nobl += 1

    def annotated(self, ann, span: Span) -> Type | None:
        if ann is None:
            return None
        if ann.invalid:
            return self.opaque("a value whose annotation cannot be read")
        if ann.cls:
            info = self.class_named(ann.cls, span.file)
            return self.opaque(ann.cls, cls=info.key) if info else None
        if ann.items is not None:
            items = tuple(self.annotated(a, span) or self.opaque("an unannotated item") for a in ann.items)
            return self.opaque("tuple", items=items)
        try:
            dim = DimTerm.of(parse_unit(ann.unit).dimension) if ann.unit else None
            kind = lookup_kind(ann.kind).name if ann.kind else None
        except ValueError as err:
            raise SourceError(str(err), span.file, span.line, span.col) from None
        shape = _shape_of(ann.shape)
        if dim is None:
            return Type(self.fresh("array"), shape, kind) if shape is not None else None
        return Type(dim, shape, kind, unit=scales.scale_of(ann.unit), container=ann.container)

    def text(self, i: int) -> str | None:
        """The source text of node ``i`` (one line only), for suggested edits."""
        sp = self.psg.nodes[i].span
        if sp.line <= 0 or sp.line != sp.end_line or sp.end_col <= sp.col:
            return None
        if sp.file not in self._lines:
            text = dict(self.psg.sources).get(sp.file)
            self._lines[sp.file] = [] if text is None else [x.encode() for x in text.splitlines()]
        lines = self._lines[sp.file]
        if sp.line > len(lines):
            return None
        try:
            return lines[sp.line - 1][sp.col - 1:sp.end_col - 1].decode()
        except UnicodeDecodeError:
            return None

    def span_of(self, i: int) -> Span:
        return self.psg.nodes[i].span

    # -- classes --------------------------------------------------------------

    # -- the traversal ------------------------------------------------------
    def run(self, units=None) -> System:
        """Every module's code, then every function; with ``units`` (lists of file names),
        unit by unit in that order: a unit's results then never depend on the units after it."""
        g = self.psg
        self.read_classes()
        groups = [list(g.roots)]
        if units is not None:
            root_of = {g.nodes[r].span.file: r for r in g.roots}
            groups = [[root_of[f] for f in unit if f in root_of] for unit in units]
        for roots in groups:
            for root in roots:
                self.bounded(self.module, root)
            for root in roots:
                for fn in g.walk(root):
                    if g.nodes[fn].kind == "function":
                        self.bounded(self.function, fn)
        return System(self.systems, self.var_names, g, self.problems, self.classes, self.by_node)

    def bounded(self, visit, node: int) -> None:
        """Visit a module or function; one nested too deeply for Python's stack is a problem
        of its own (named with its place), with nothing proved in it, and the run goes on."""
        try:
            visit(node)
        except RecursionError:
            n = self.psg.nodes[node]
            self.problems.append(SourceError(f"{n.label}: expressions nested too deeply to analyse", n.span.file,
                                             n.span.line, n.span.col))
            sys = self.by_node.get(node)
            if sys is not None:
                sys.obligations.clear()
                sys.notes.append((n.span, "nested too deeply to analyse: nothing here was checked"))
                sys.result = sys.result or Type(opaque=True)
                self.systems[sys.name] = sys
            self.in_progress.clear()

    def module(self, root: int) -> None:
        g = self.psg
        name = g.nodes[root].label
        shown = self.module_names.get(g.nodes[root].span.file, name)
        sys = FunctionSystem(f"{shown}.<module>" if self.qualified else "<module>", root, g.nodes[root].span)
        self.globals[root] = sys.names
        self.systems[sys.name] = sys
        self.by_node[root] = sys
        for i in _own_statements(g, root):
            self.statement(sys, g.nodes[i])

    def function(self, fn: int) -> FunctionSystem:
        if fn in self.by_node:
            return self.by_node[fn]
        g = self.psg
        node = g.nodes[fn]
        module = self.module_names.get(node.span.file) or node.get("module", "")
        sys = FunctionSystem(f"{module}.{node.label}" if self.qualified else node.label, fn, node.span)
        law = node.get("law")
        sys.law = dict(law) if law else None
        owner = self.class_by_node.get(g.parent[fn])
        sys.cls = owner.key if owner else None
        self.by_node[fn] = sys
        self.in_progress.add(fn)
        sys.declared = self.annotated(node.ann, node.span)
        sys.size_symbols = {d for c in (fn, *node.children) for a in (g.nodes[c].ann,) if a is not None and a.shape
                            for d in a.shape if d.isidentifier()}
        decorators = node.get("decorators", ())
        first = True
        for c in node.children:
            p = g.nodes[c]
            if p.kind != "param":
                continue
            if first and owner is not None and "staticmethod" not in decorators:
                first = False  # self (or cls): an instance of the class
                t = self.opaque(p.label, cls=owner.key)
                sys.names[p.label] = t
                sys.params.append((p.label, t, False))
                continue
            first = False
            t = self.annotated(p.ann, p.span)
            annotated = t is not None and p.ann is not None and (p.ann.unit is not None or p.ann.items is not None)
            if t is None:
                t = Type(self.fresh(f"{p.label} in {node.label}()"), None, None)
            elif not annotated and not t.opaque:
                t = Type(self.fresh(f"{p.label} in {node.label}()"), t.shape, t.kind)
            sys.names[p.label] = t
            sys.params.append((p.label, t, annotated))
        for i in _own_statements(g, fn):
            self.statement(sys, g.nodes[i])
        if sys.result is None:
            sys.result = sys.declared or Type()
        self.in_progress.discard(fn)
        self.systems[sys.name] = sys
        return sys

    def statement(self, sys: FunctionSystem, n: Node) -> None:
        kids = n.children
        if n.kind == "bind":
            declared = self.annotated(n.ann, n.span)
            value = self.expr(sys, kids[0]) if kids else None
            if declared is not None:
                if value is not None:
                    self.check(sys, "bind", value, declared, n.span, n.label, kids[0])
                self.assign(sys, n.label, declared, n.span, -1)
                sys.declared_names.add(n.label)
            elif value is not None:
                self.assign(sys, n.label, value, n.span, kids[0])
        elif n.kind == "return":
            value = self.expr(sys, kids[0]) if kids else Type()
            if sys.declared is not None:
                self.check(sys, "return", value, sys.declared, n.span, sys.name, kids[0] if kids else -1)
            if sys.result is None or (sys.result.literal and not value.literal and sys.declared is None):
                sys.result = sys.declared or value
            elif sys.declared is None:
                self.check(sys, "branch", value, sys.result, n.span, sys.name, kids[0] if kids else -1)
        elif n.kind == "for":
            it = self.expr(sys, kids[0])
            for name, t in zip(n.label.split(","), self.loop_items(it, n.label)):
                if name:
                    self.assign(sys, name, t, n.span, -1)
        elif n.kind in ("exprstmt", "assert") or n.kind in ("if", "while"):
            if kids and n.kind in ("exprstmt", "assert", "if", "while"):
                self.expr(sys, kids[0])

    def loop_items(self, it: Type, label: str) -> list[Type]:
        """The types a loop (or comprehension) target takes: one name takes an element of the
        iterable; several names take the items of an element that is a tuple of known items."""
        names = label.split(",")
        if len(names) == 1:
            return [_element(it)]
        elem = it.items if it.items is not None and it.container == "zip" else None
        if elem is not None and len(elem) == len(names):
            return list(elem)
        return [self.opaque(f"{name} (a loop item)") for name in names]

    def assign(self, sys: FunctionSystem, name: str, t: Type, span: Span, node: int) -> None:
        """Bind ``name``. A name keeps one unit through the function (a rebinding must
        agree), but may be rebound to an array of another shape: then its shape is no
        longer known (branches and loops make the order of bindings uncertain). A name
        that held a bare number takes the unit of what it is rebound to."""
        old = sys.names.get(name)
        if old is None or (old.literal and not t.literal):
            sys.names[name] = t
            return
        if not t.literal and not t.opaque and not old.opaque:
            declared = name in sys.declared_names or name in (p for p, _, a in sys.params if a)
            self.check(sys, "rebind", t, old, span, name, node, units=declared)
            if not declared and t.unit is not None and (old.unit is None or not scales.same(t.unit, old.unit)):
                # a = np.rad2deg(a): a name with no declared unit may change unit (not dimension)
                sys.names[name] = replace(old, unit=t.unit, lits=t.lits, shift=t.shift)
                old = sys.names[name]
        if old.shape is not None and t.shape != old.shape:
            sys.names[name] = replace(old, shape=None)

    # -- checking a value against what its place expects -----------------------------
    def check(self, sys: FunctionSystem, rule: str, value: Type, target: Type, span: Span, detail: str = "",
              node: int = -1, units: bool = True) -> None:
        """``value`` goes where ``target`` is expected: they must agree in dimension, kind,
        (known) shape, and unit (scale and offset)."""
        if value.items is not None or target.items is not None:
            if value.items is not None and target.items is not None and len(value.items) == len(target.items):
                kids = self._tuple_nodes(node, len(value.items))
                for k, (v, t) in enumerate(zip(value.items, target.items)):
                    self.check(sys, rule, v, t, span, detail, kids[k], units)
            return
        if value.literal or target.literal:
            return
        if value.opaque or target.opaque:
            sys.skipped += 1
            return
        left, right = (target, value) if rule in _TARGET_FIRST else (value, target)
        self.oblige(sys, "dim", rule, left.dim, right.dim, span, detail)
        if left.kind and right.kind and left.kind != right.kind:
            self.oblige(sys, "kind", rule, left.kind, right.kind, span, detail)
        if left.shape is not None and right.shape is not None and rule in ("return", "arg", "bind"):
            if len(left.shape) != len(right.shape):
                self.oblige(sys, "shape", rule + "-rank", len(left.shape), len(right.shape), span, detail)
            else:
                for a, b in zip(left.shape, right.shape):
                    self.oblige(sys, "shape", rule, a, b, span, detail)
        if units:
            self.convert(sys, rule, value, target, span, detail, node)

    def _tuple_nodes(self, node: int, n: int) -> list[int]:
        g = self.psg
        if node >= 0 and g.nodes[node].kind == "tuple" and len(g.nodes[node].children) == n:
            return list(g.nodes[node].children)
        return [-1] * n

    # -- expressions --------------------------------------------------------
    def expr(self, sys: FunctionSystem, i: int) -> Type:
        g = self.psg
        n = g.nodes[i]
        k = n.kind
        if k == "const":
            if n.value is None:
                return self.opaque("a constant") if n.label in ("None", "True", "False") else Type(opaque=True)
            return Type() if self.strict else _literal(n.value, i)
        if k == "name":
            return self.name(sys, i)
        if k in ("comp", "lambda"):
            return self.scoped(sys, i)
        if k == "walrus":  # (y := value): binds y in the enclosing scope
            value = self.expr(sys, n.children[0])
            self.assign(sys, n.label, value, n.span, n.children[0])
            return value
        if k == "call":
            return self.call(sys, i)
        kids = [self.expr(sys, c) for c in n.children]
        if k == "op":
            return self.op(sys, n, kids, i)
        if k == "method":
            return self.method(sys, n, kids, i)
        if k == "attr":
            base = kids[0]
            if base.cls is not None:
                return self.member(sys, base.cls, n.label, n.span)
            if base.literal:
                if n.label == "T":
                    return _literal(shape=tuple(reversed(base.shape)) if base.shape else None)
                return base if n.label in ("real", "flat") else Type(opaque=True)
            if n.label == "T":
                return replace(base, shape=tuple(reversed(base.shape)) if base.shape else None)
            if n.label in ("real", "imag", "flat"):
                return base
            if n.label in ("shape", "size", "ndim", "dtype"):
                return Type(shape=None)
            return self.opaque(f".{n.label}")
        if k == "tuple":
            return self.display(n.label, kids)
        return self.opaque(k)

    def display(self, label: str, kids: list[Type]) -> Type:
        """``(a, b)`` keeps its items; ``[a, b]`` (and a set) has its elements' type when
        they agree in dimension and unit (a bare number takes theirs), else it is unknown."""
        if label == "tuple":
            return self.opaque("tuple", items=tuple(kids))
        if label not in ("list", "set"):
            return Type(opaque=True)
        known = [t for t in kids if not t.literal]
        if not known:
            return _literal()
        first = known[0]
        if any(t.opaque or t.items is not None for t in known):
            return self.opaque(f"{label} display")
        for t in known[1:]:
            if not (t.dim.concrete and first.dim.concrete and t.dim.const == first.dim.const):
                return self.opaque(f"{label} display")
            if (t.unit is None) != (first.unit is None) or (t.unit and not scales.same(t.unit, first.unit)):
                return self.opaque(f"{label} display")
        return Type(first.dim, None, first.kind, unit=first.unit, container="list")

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
                return self.opaque("lambda")
            elts = []
            for c in n.children:
                loop = g.nodes[c]
                if loop.kind != "compfor":
                    elts.append(self.expr(sys, c))
                    continue
                it = self.expr(sys, loop.children[0])
                for name, t in zip(loop.label.split(","), self.loop_items(it, loop.label)):
                    if name:
                        sys.names[name] = t
                for cond in loop.children[1:]:
                    self.expr(sys, cond)
            if n.label == "dict" or not elts:
                return self.opaque(f"{n.label} comprehension")
            e = elts[0]
            if e.literal:
                return _literal()
            return Type(e.dim, None, e.kind, e.opaque, e.unit, e.lits, container="list" if not e.opaque else None)
        finally:
            sys.names.clear()
            sys.names.update(saved)

    def name(self, sys: FunctionSystem, i: int) -> Type:
        n = self.psg.nodes[i]
        local = n.get("local", n.label)
        if local in sys.names:
            return sys.names[local]
        if sys.node in self.by_node and self.psg.nodes[sys.node].kind == "function":
            gl = self.globals.get(self.psg.enclosing(sys.node, "module"), {})
            if local in gl:
                return gl[local]
        mod, _, tail = n.label.rpartition(".")
        if tail in _CONSTANTS and (mod in _MODULES or n.label in _CONSTANTS):
            return Type() if self.strict and _CONSTANTS[tail] is not None else _literal(_CONSTANTS[tail], -1)
        if self.psg.defs.get(i):  # defined later in this scope (a loop): an unknown for now
            t = Type(self.fresh(f"{local} in {sys.name}"))
            sys.names[local] = t
            return t
        info = self.class_named(local, n.span.file) if local[:1].isupper() else None
        if info is not None:
            return self.opaque(n.label, cls=info.key)
        return self.opaque(local)

    def op(self, sys: FunctionSystem, n, kids: list[Type], i: int) -> Type:
        op, span = n.label, n.span
        if op in ("+", "-", "%", "//") and len(kids) == 2:
            return self.additive(sys, {"+": "add", "-": "sub"}.get(op, "mod"), kids[0], kids[1], span, n.children)
        if op in ("*", "/") and len(kids) == 2:
            return self.product(sys, op, kids[0], kids[1], span, n.children)
        if op == "**":
            return self.power(sys, kids[0], kids[1], span, n.children)
        if op == "@":
            return self.matmul(sys, kids[0], kids[1], span)
        if op in ("neg", "pos", "invert"):
            t = kids[0]
            if op == "neg" and t.literal:
                return replace(t, value=None if t.value is None else -t.value)
            return replace(t, shift=-t.shift) if op == "neg" and t.shift else t
        if op in ("<", "<=", ">", ">=", "==", "!="):
            a, b = kids
            self.additive(sys, "compare", a, b, span, n.children)
            return Type()
        if op == "ifexp":
            _, a, b = kids
            return self.additive(sys, "branch", a, b, span, n.children[1:])
        if op == "index":
            return self.index(n, kids)
        if op == "setitem":
            a, b = kids
            if a.items is None and a.container != "dict":
                self.check(sys, "setitem", b, replace(a, shape=None, lits=(), shift=0.0), span, "", n.children[1])
            return Type()
        if op == "setattr":
            return self.setattr(sys, n, kids, i)
        if op == "unpack":
            return self.unpack(n, kids)
        if op in ("star", "await", "yield"):  # an item, the awaited or sent value: unknown
            return self.opaque(op)
        return Type()  # and, or, not, is, in: truth values

    def index(self, n, kids: list[Type]) -> Type:
        a = kids[0]
        idx = self.psg.nodes[n.children[1]] if len(n.children) > 1 else None
        if a.items is not None and idx is not None and idx.kind == "const" and idx.value is not None \
                and float(idx.value).is_integer() and -len(a.items) <= int(idx.value) < len(a.items):
            return a.items[int(idx.value)]
        if a.cls is not None and idx is not None and idx.kind == "const" and idx.label[:1] in "'\"":
            return self.member(None, a.cls, idx.label[1:-1], n.span)  # a TypedDict's key
        if a.cls is not None:
            info = self.classes.get(a.cls)
            if info is not None and info.named_tuple and idx is not None and idx.kind == "const" \
                    and idx.value is not None and 0 <= int(idx.value) < len(info.order):
                return self.member(None, a.cls, info.order[int(idx.value)], n.span)
        if a.literal:
            return _literal()
        if a.opaque:  # an item (or a slice) of an unknown value: unknown, of no known shape
            return Type(a.dim, None, a.kind, True) if a.items is None else self.opaque("an item")
        return Type(a.dim, None, a.kind, a.opaque, a.unit, a.lits, a.shift)

    def unpack(self, n, kids: list[Type]) -> Type:
        """``a, b = value``: the first name reads the value; each name takes item k."""
        if kids:
            self.unpacking = kids[0]
        k = n.get("item", -1)
        v = self.unpacking
        if v is None or k < 0:
            return self.opaque("unpack")
        if v.items is not None and k < len(v.items):
            return v.items[k]
        if v.cls is not None:
            info = self.classes.get(v.cls)
            if info is not None and info.named_tuple and k < len(info.order):
                return self.member(None, v.cls, info.order[k], n.span)
        if v.literal:
            return _literal()
        return self.opaque("unpack")

    # -- arithmetic -----------------------------------------------------------
    def additive(self, sys: FunctionSystem, rule: str, a: Type, b: Type, span: Span, nodes) -> Type:
        """``a + b``, ``a - b``, ``a % b``, comparisons, the branches of ``x if c else y``:
        one dimension, one unit. A bare number takes the other side's unit."""
        na, nb = (tuple(nodes) + (-1, -1))[:2]
        shape = self.broadcast(sys, a.shape, b.shape, span)
        if a.literal and b.literal:
            value = None
            if a.value is not None and b.value is not None and rule in ("add", "sub"):
                value = a.value + b.value if rule == "add" else a.value - b.value
            return _literal(value, shape=shape)
        if a.literal or b.literal:
            lit, other = (a, b) if a.literal else (b, a)
            if rule == "branch" or rule == "compare" or lit.value is None:
                return replace(other, shape=shape) if rule != "compare" else Type()
            if rule == "add":
                shift = other.shift + lit.value
            elif rule == "sub":  # x - c, or c - x (its sign is not tracked: factors are compared by size)
                shift = other.shift - lit.value if b.literal else lit.value - other.shift
            else:
                shift = other.shift
            return replace(other, shape=shape, shift=shift)
        if a.opaque or b.opaque:
            sys.skipped += 1
            base = b if a.opaque else a
            kind = a.kind if a.kind == b.kind else (a.kind or b.kind)
            return Type(base.dim, shape, kind, opaque=a.opaque and b.opaque, unit=base.unit if not
                        (a.opaque and b.opaque) else None, cls=None)
        self.oblige(sys, "dim", rule, a.dim, b.dim, span)
        if a.kind and b.kind and a.kind != b.kind:
            self.oblige(sys, "kind", rule, a.kind, b.kind, span)
        kind = a.kind if a.kind == b.kind else None
        unit, lits = self.same_unit(sys, rule, a, b, span, na, nb)
        return Type(a.dim, shape, kind, unit=unit, lits=lits)

    def product(self, sys: FunctionSystem, op: str, a: Type, b: Type, span: Span, nodes) -> Type:
        na, nb = (tuple(nodes) + (-1, -1))[:2]
        shape = self.broadcast(sys, a.shape, b.shape, span)
        if a.literal and b.literal:
            value = None
            if a.value is not None and b.value is not None and (op == "*" or b.value != 0):
                value = a.value * b.value if op == "*" else a.value / b.value
            return _literal(value, shape=shape)
        if b.literal:  # x * c, x / c: c may be a conversion factor
            if a.opaque:
                return a
            c = b.value
            if c is None or c == 0:
                return replace(a, shape=shape, shift=0.0, kind=None)
            factor = c if op == "*" else 1 / c
            return replace(a, shape=shape, lits=a.lits + ((factor, b.node, 1 if op == "*" else -1),),
                           shift=a.shift * factor, kind=None)
        if a.literal:  # c * x, c / x
            if b.opaque:
                return b if op == "*" else self.opaque("a quotient")
            c = a.value
            if op == "*":
                lits = b.lits + (((c, a.node, 1),) if c else ())
                return replace(b, shape=shape, lits=lits, shift=b.shift * (c or 0.0), kind=None)
            b = self.absolute(sys, b, span, nb)
            lits = tuple((1 / v, nd, -p) for v, nd, p in b.lits if v) + (((c, a.node, 1),) if c else ())
            return Type(_DIMLESS / b.dim, shape, unit=scales.times(scales.PLAIN, b.unit, inverse=True)
                        if b.unit else None, lits=lits, opaque=b.opaque)
        if a.opaque or b.opaque:
            return Type(a.dim * b.dim if op == "*" else a.dim / b.dim, shape, opaque=True)
        if a.unit is not None and a.unit.shifted:
            a = self.absolute(sys, a, span, na)
        if b.unit is not None and b.unit.shifted:
            b = self.absolute(sys, b, span, nb)
        inverse = op == "/"
        dim = a.dim * b.dim if op == "*" else a.dim / b.dim
        lits = a.lits + (tuple((1 / v, nd, -p) for v, nd, p in b.lits if v) if inverse else b.lits)
        unit = scales.times(a.unit, b.unit, inverse, dim.const if dim.concrete else None) \
            if a.unit is not None and b.unit is not None else None
        return Type(dim, shape, unit=unit, lits=lits)

    def power(self, sys: FunctionSystem, a: Type, b: Type, span: Span, nodes) -> Type:
        na = nodes[0] if nodes else -1
        if not b.opaque and not b.literal:
            self.oblige(sys, "dim", "exponent", b.dim, _DIMLESS, span)
            if b.unit is not None:
                self.convert(sys, "exponent", b, Type(_DIMLESS, unit=scales.PLAIN), span, "",
                             nodes[1] if len(nodes) > 1 else -1)
        if a.literal:
            if b.literal and a.value is not None and b.value is not None:
                try:
                    return _literal(float(a.value ** b.value), shape=a.shape)
                except (OverflowError, ZeroDivisionError, TypeError):
                    return _literal(shape=a.shape)
            return _literal(shape=a.shape) if b.literal else Type(shape=a.shape)
        try:
            p = _constant_power(self.psg, nodes[1])
        except InexactExponent as inexact:
            return self.inexact_power(sys, a, inexact.text, span)
        if p is None:
            if not a.opaque:
                self.oblige(sys, "dim", "base", a.dim, _DIMLESS, span)
            return Type(shape=a.shape)
        if p != 1 and a.unit is not None and a.unit.shifted:
            a = self.absolute(sys, a, span, na)
        lits = tuple((f, nd, pw * float(p)) for v, nd, pw in a.lits if v > 0
                     for f in (_power_of(v, p),) if f is not None)
        dim = a.dim ** p
        return Type(dim, a.shape, opaque=a.opaque, lits=lits,
                    unit=scales.power(a.unit, p, dim.const if dim.concrete else None) if a.unit else None)

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
        if a.literal and b.literal:
            return _literal()
        if a.literal or b.literal:
            return replace(b if a.literal else a, shape=None)
        dim = a.dim * b.dim
        unit = scales.times(a.unit, b.unit)
        if not a.shape or not b.shape:
            return Type(dim, None, opaque=a.opaque or b.opaque, unit=unit)
        inner_a = a.shape[-1]
        inner_b = b.shape[-2] if len(b.shape) >= 2 else b.shape[-1]
        self.oblige(sys, "shape", "matmul", inner_a, inner_b, span)
        left = a.shape[:-1]
        right = b.shape[-1:] if len(b.shape) >= 2 else ()
        return Type(dim, left + right, unit=unit)

    def method(self, sys: FunctionSystem, n, kids: list[Type], i: int) -> Type:
        base, args = kids[0], kids[1:]
        m = n.label
        if base.cls is not None:
            fn = self.method_of(base.cls, m)
            if fn is not None and fn not in self.in_progress:
                callee = self.function(fn)
                decorators = self.psg.nodes[fn].get("decorators", ())
                bound = [] if "staticmethod" in decorators else [base]
                keywords = n.get("keywords") or (None,) * len(args)
                if n.get("unpacked"):
                    keywords = tuple("*" if kw is None else kw for kw in keywords)
                return self.instantiate(sys, callee, bound + args, (None,) * len(bound) + tuple(keywords), n.span,
                                        [-1] * len(bound) + list(n.children[1:]))
            return self.opaque(f".{m}()")
        if base.literal:  # an array of numbers (np.zeros(n)): its shape is followed, its unit is its context's
            res = self.method(sys, n, [replace(base, literal=False, value=None)] + args, i)
            return res if res.opaque else _literal(shape=res.shape)
        if m == "clip":
            for k, x in enumerate(args[:2]):
                self.additive(sys, "equal-args", base, x, n.span, (n.children[0], n.children[1 + k]))
            return replace(base, shape=None, literal=False)
        if m in _VALUE_METHODS:
            return Type(base.dim, None, base.kind, base.opaque, base.unit, base.lits, base.shift,
                        container=base.container if m == "copy" else None)
        if m == "values" and base.container == "dict":
            return replace(base, container="list")
        if m == "items" and base.container == "dict":
            return self.opaque("items", items=(self.opaque("a key"), replace(base, container=None)), container="zip")
        if m == "dot":
            return self.matmul(sys, base, args[0], n.span) if args else self.opaque(".dot()")
        if m == "reshape":
            args_ = n.children[1:]
            if len(args_) == 1 and self.psg.nodes[args_[0]].kind == "name":  # x.reshape(shape): a tuple, or one size?
                return replace(base, shape=None)
            sizes = _sizes(self.psg, args_, sys.size_symbols)
            if sizes is not None and base.shape is not None and -1 not in sizes:
                self.oblige(sys, "shape", "reshape", ("*", *base.shape), ("*", *sizes), n.span)
            return replace(base, shape=tuple(sizes) if sizes and -1 not in sizes else None)
        return self.opaque(f".{m}()")

    # -- calls ---------------------------------------------------------------
    def call(self, sys: FunctionSystem, i: int) -> Type:
        g = self.psg
        n = g.nodes[i]
        target = g.callee.get(i)
        args = [self.expr(sys, c) for c in n.children]
        keywords = n.get("keywords") or (None,) * len(args)
        if n.get("unpacked"):  # f(*xs, ...) or f(**kw): only the named arguments can be matched
            keywords = tuple("*" if kw is None else kw for kw in keywords)
        if target is not None and g.nodes[target].kind == "class":
            return self.construct(sys, self.class_by_node[target], args, keywords, n.span, list(n.children))
        if target is not None and target not in self.in_progress:
            return self.instantiate(sys, self.function(target), args, keywords, n.span, list(n.children))
        fn = _known(n.label)
        if fn is None or target is not None:
            if target is None and n.label not in ("codata",) and not n.label.endswith(".codata"):
                sys.notes.append((n.span, f"{n.label}() is not analysed: its result's unit is unconstrained"))
            return self.opaque(f"{n.label}()")
        return self.call_known(sys, fn, args, n, i)

    def call_known(self, sys: FunctionSystem, fn: str, args: list[Type], n, i: int) -> Type:
        span = n.span
        nodes = list(n.children)
        a = args[0] if args else Type()
        if fn in ("sqrt", "cbrt"):
            if a.literal:
                return _literal(shape=a.shape)
            a = self.absolute(sys, a, span, nodes[0]) if args else a
            p = Fraction(1, 2 if fn == "sqrt" else 3)
            return Type(a.dim ** p, a.shape, opaque=a.opaque, unit=scales.power(a.unit, p),
                        lits=tuple((v ** float(p), nd, pw * float(p)) for v, nd, pw in a.lits if v > 0))
        if fn in ("radians", "deg2rad", "degrees", "rad2deg"):
            return self.angle(sys, fn, a, span, nodes[0] if nodes else -1)
        if fn in _DIMLESS_FUNCS:
            for x in args[:1]:
                if x.literal:
                    continue
                if x.opaque:
                    sys.skipped += 1
                    continue
                where = self.span_of(nodes[0])  # the argument, where it is wrong
                self.oblige(sys, "dim", "dimensionless", x.dim, _DIMLESS, where, fn)
                if x.unit is not None:
                    want = scales.RADIAN if fn in _TRIG else scales.PLAIN
                    self.convert(sys, "dimensionless", x, Type(_DIMLESS, unit=want), where, fn, nodes[0])
            if a.literal:
                return _literal(shape=a.shape)
            return Type(shape=a.shape, unit=scales.RADIAN if fn in _ANGLE_RESULT else scales.PLAIN)
        if fn in ("atan2", "arctan2"):
            if len(args) == 2:
                self.additive(sys, "equal-args", args[0], args[1], span, nodes[:2])
            return Type(shape=a.shape, unit=scales.RADIAN)
        if fn in _EQUAL_FUNCS or (fn in ("max", "min") and len(args) > 1):
            positional = [(x, nd) for x, nd, kw in zip(args, nodes, n.get("keywords") or (None,) * len(args))
                          if kw is None or kw in ("a_min", "a_max", "x1", "x2", "a", "b")]
            known = [(x, nd) for x, nd in positional if not x.literal]
            result = known[0][0] if known else _literal(shape=a.shape)
            for x, nd in known[1:]:
                self.additive(sys, "equal-args", known[0][0], x, span, (known[0][1], nd))
            if fn in ("isclose", "allclose"):
                return Type()
            return result
        if fn in ("pow",) and len(args) == 2:
            return self.power(sys, args[0], args[1], span, nodes[:2])
        if fn in ("dot", "matmul") and len(args) == 2:
            return self.matmul(sys, args[0], args[1], span)
        if fn in ("var",):
            if a.literal:
                return _literal()
            return Type(a.dim ** 2, None, opaque=a.opaque, unit=scales.power(a.unit, 2))
        if fn == "interp" and len(args) >= 3:  # np.interp(x, xp, fp): x as xp, the result as fp
            self.additive(sys, "equal-args", args[0], args[1], span, nodes[:2])
            fp = args[2]
            return fp if fp.literal else Type(fp.dim, a.shape, fp.kind, fp.opaque, fp.unit)
        if fn in ("zip", "enumerate") and args:
            items = tuple(_element(x) for x in args) if fn == "zip" else (_literal(), _element(a))
            return self.opaque(fn, items=items, container="zip")
        if fn in _REDUCE_FUNCS or fn in _SAME_FUNCS:
            if a.literal:
                return _literal(shape=_same_shape(fn, a.shape, len(args)) if fn in _SAME_FUNCS else None)
            shape = _same_shape(fn, a.shape, len(args)) if fn in _SAME_FUNCS else None
            if fn in ("list", "tuple", "sorted", "reversed") and a.container == "zip":
                return a
            return Type(a.dim, shape, a.kind, a.opaque, a.unit, a.lits, a.shift if fn in _SAME_FUNCS else 0.0,
                        items=a.items if fn in ("list", "tuple") else None,
                        container=a.container if fn in ("list", "tuple", "sorted", "copy") else None)
        if fn.endswith("_like") and fn in _CREATE_FUNCS:  # the shape of the array given
            if fn == "full_like" and len(args) > 1 and not args[1].literal:
                return replace(args[1], shape=a.shape)
            return _literal(shape=a.shape)
        if fn in _CREATE_FUNCS:
            shape = _sizes(self.psg, self.psg.nodes[i].children[:1], sys.size_symbols) if args else None
            shape = tuple(shape) if shape else None
            if fn == "full" and len(args) > 1 and not args[1].literal:
                return replace(args[1], shape=shape)
            return _literal(shape=shape)
        if fn in ("linspace", "arange", "geomspace", "logspace", "range"):
            ends = list(zip(args[:2], nodes[:2]))
            known = [(x, nd) for x, nd in ends if not x.literal]
            if len(known) == 2:
                self.additive(sys, "equal-args", known[0][0], known[1][0], span, (known[0][1], known[1][1]))
            if fn == "range" or not known:
                return _literal()
            k = known[0][0]
            return Type(k.dim, None, k.kind, k.opaque, k.unit)
        if fn in _DIMLESS_RESULT:
            return Type()
        sys.notes.append((span, f"{fn}() is not analysed: its result's unit is unconstrained"))
        return self.opaque(f"{fn}()")

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

    def instantiate(self, sys: FunctionSystem, callee: FunctionSystem, args: list[Type], keywords, span: Span,
                    nodes: list[int] | None = None) -> Type:
        """A call of a parsed function: fresh unknowns for the callee's, its obligations copied."""
        mapping: dict[int, int] = {}
        nodes = nodes if nodes is not None else [-1] * len(args)

        def fresh_for(v: int) -> int:
            if v not in mapping:
                mapping[v] = self.fresh(self.var_names[v]).coeffs[0][0]
            return mapping[v]

        def inst(t: Type) -> Type:
            if t.items is not None:
                return replace(t, items=tuple(inst(x) for x in t.items))
            if not t.dim.concrete:
                for v in t.dim.vars:
                    fresh_for(v)
                return replace(t, dim=t.dim.rename(mapping))
            return t

        copied = callee.exported() + [o for o in callee.obligations if o.theory == "undecided"]
        if not self.within_budget(sys, callee, len(copied), span):
            return self.opaque(f"{callee.name}()")
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
            raw = params[pname][0]
            if raw.cls is not None and arg.cls is not None:
                continue
            if not callee.constrained(raw) and raw.shape is None and arg.shape is None:
                continue  # x == u, u free in the callee: nothing to check, nothing to learn
            ptype = inst(raw)
            nd = nodes[k] if k < len(nodes) else -1
            if not (arg.opaque and arg.shape is None):  # the argument's own place, where it is wrong
                self.check(sys, "arg", replace(arg, shape=None), replace(ptype, shape=None),
                           self.span_of(nd) if nd >= 0 else span, f"{pname}|{callee.name}", nd)
            elif not ptype.opaque:
                sys.skipped += 1
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
                return replace(result, shape=None)
            result = replace(result, shape=tuple(shape_map.get(s, s) if isinstance(s, str) else s
                                                 for s in result.shape))
        return result


#: Obligations copied from polymorphic callees into one function, at most.
MAX_INSTANTIATED = 1000

_STATEMENTS = frozenset({"bind", "return", "exprstmt", "assert", "if", "while", "for"})


def _own_statements(g: PSG, top: int) -> Iterator[int]:
    """The statements of a module or function ``top`` itself, in syntax order: the nodes
    below it whose nearest enclosing function is ``top`` (for a module: none), as a
    zipper's pre-order walk of its subtree finds them, without descending into the
    functions it defines (their statements are theirs) or making a zipper per node."""
    nodes = g.nodes
    stack = list(reversed(nodes[top].children))
    while stack:
        i = stack.pop()
        n = nodes[i]
        if n.kind == "function":
            continue
        if n.kind in _STATEMENTS:
            yield i
        stack.extend(reversed(n.children))
_VALUE_METHODS = {"sum", "mean", "max", "min", "std", "cumsum", "copy", "astype", "flatten", "ravel", "squeeze",
                  "item", "round", "conj", "transpose", "tolist", "get", "pop", "nanmax", "nanmin", "prod_"}


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
    if shape is None or fn in ("squeeze", "diff", "list", "tuple", "sorted", "reversed"):
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


def _power_of(v: float, p: Fraction) -> float | None:
    """``v ** p`` as a finite, nonzero float, or None (``(x * 1e10) ** 1000``: past a float)."""
    try:
        f = v ** float(p)
    except (OverflowError, ZeroDivisionError):
        return None
    return f if f and math.isfinite(f) else None


def _int_literal(label: str, value: float):
    """An int literal's exact value from its text (its ``value`` is a float)."""
    try:
        return int(label, 0)
    except ValueError:
        return value


def _sizes(g: PSG, ids, symbols: set) -> list[Size] | None:
    """Array sizes written in code: ints, and names that are size symbols of the function's
    annotations (``Float[ndarray, "n d"]``), in tuples too. A size held in any other name is
    known only at run time (``M, N = a.shape``; ``M`` may well be 1): None, the shape is
    unknown, never refuted on a guess."""
    out: list[Size] = []
    for i in ids:
        n = g.nodes[i]
        if n.kind == "tuple":
            inner = _sizes(g, n.children, symbols)
            if inner is None:
                return None
            out.extend(inner)
        elif n.kind == "const" and n.value is not None and float(n.value).is_integer():
            out.append(int(n.value))
        elif n.kind == "op" and n.label == "neg":
            out.append(-1)
        elif n.kind == "name" and n.label in symbols:
            out.append(n.label)
        else:
            return None
    return out


def infer(psg: PSG, *, strict_literals: bool = False, qualified: bool | None = None, units=None,
          module_names: dict[str, str] | None = None) -> System:
    """Run unit and shape inference over every module and function of ``psg``.

    ``strict_literals``: a bare number is a plain number everywhere (F#'s discipline).
    ``qualified``: name functions ``module.function`` (the default when ``psg`` holds more
    than one module; an incremental run proving one file of many says so). ``units``: the
    files in groups, dependencies first (:mod:`proofs.incremental`): each group's modules,
    then its functions, so where recursion enters a group never depends on later groups.
    ``module_names``: the module name to show for a file, where its stem is not enough
    (two files of one name: ``pkg.sub.utils``), so that no two functions share a name."""
    inferrer = _Inferrer(psg, strict_literals)
    inferrer.module_names = dict(module_names or {})
    inferrer.qualified = len(psg.roots) > 1 if qualified is None else qualified
    return inferrer.run(units)
