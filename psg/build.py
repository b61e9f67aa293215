"""Build a :class:`~psg.graph.PSG` from Python source with ``ast``. Nothing is executed.

>>> g = parse("from math import sqrt\\ndef f(x: U['m^2']) -> U['m']:\\n    return sqrt(x)\\n")
>>> call = next(i for i, n in enumerate(g.nodes) if n.kind == "call")
>>> g.nodes[call].label, str(g.nodes[call].span)
('math.sqrt', '<string>:3:12')
"""
from __future__ import annotations

import ast
import os
from pathlib import Path
from typing import Iterable

from .annotations import Annotation, read as read_annotation
from .errors import SourceError, UnsupportedConstruct
from .graph import PSG, Node, Span
from .imports import Links, Modules
from .source import read_source

_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
           ast.Mod: "%", ast.Pow: "**", ast.MatMult: "@", ast.BitAnd: "&", ast.BitOr: "|",
           ast.BitXor: "^", ast.LShift: "<<", ast.RShift: ">>"}
_UNARY = {ast.USub: "neg", ast.UAdd: "pos", ast.Not: "not", ast.Invert: "invert"}
_CMP = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
        ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}
_COMPREHENSIONS = {ast.ListComp: "list", ast.SetComp: "set", ast.GeneratorExp: "gen", ast.DictComp: "dict"}


def parse(source_or_path: str | os.PathLike | Iterable[str | os.PathLike], filename: str | None = None,
          *, keep_going: bool = False) -> PSG:
    """Parse source text, a ``.py`` file, a folder of them, or a list of paths into one PSG.

    A string that names an existing path (and has no newline) is read as a path; any
    other string is source text named ``filename`` (default ``<string>``).

    ``keep_going=True`` reads on past bad input, as a linter does: a file that cannot be
    read or parsed is left out, an unknown unit makes its annotation unknown, and each
    problem is kept in ``psg.problems`` (``SourceError``s with their places). Otherwise
    the first problem is raised.
    """
    problems: list[SourceError] | None = [] if keep_going else None
    if isinstance(source_or_path, str) and ("\n" in source_or_path or not os.path.exists(source_or_path)):
        return _build([(filename or "<string>", source_or_path)], problems)
    items = list(source_or_path) if isinstance(source_or_path, (list, tuple)) else [source_or_path]
    sources = [item for p in items for item in _sources(p, problems)]
    return _build(sources, problems, Modules([n for n, _ in sources], run_roots(items)))


def parse_sources(sources: Iterable[tuple[str, str]], *, keep_going: bool = False,
                  modules: Modules | None = None) -> PSG:
    """Parse several named source texts into one PSG: ``[(name, text), ...]``.

    ``modules``: the run's modules imports are resolved among (:mod:`psg.imports`), when
    these sources are part of a larger run; by default, these sources."""
    return _build(list(sources), [] if keep_going else None, modules)


def run_roots(paths: Iterable[str | os.PathLike]) -> list[str]:
    """The folders a run's absolute imports are looked up from: each folder named, and the
    folder of each file named."""
    return [str(p) if Path(p).is_dir() else os.path.dirname(str(p)) for p in paths]


def python_files(path: str | os.PathLike) -> list[Path]:
    """The ``.py`` files a path names: the file itself, or every one under a folder."""
    p = Path(path)
    return sorted(p.rglob("*.py")) if p.is_dir() else [p]


def _sources(path: str | os.PathLike, problems: list | None = None) -> Iterable[tuple[str, str]]:
    p = Path(path)
    files = python_files(p)
    if p.is_dir() and not files:
        err = SourceError("folder holds no .py file", str(p))
        if problems is None:
            raise err
        problems.append(err)
    for f in files:
        try:
            text = read_source(f)  # a regular file of bounded size, decoded as Python does
        except SourceError as problem:
            if problems is None:
                raise
            problems.append(problem)
            continue
        yield str(f), text


def _build(sources: list[tuple[str, str]], problems: list | None = None, modules: Modules | None = None) -> PSG:
    """The PSG of ``sources``, built with the cyclic collector paused: building makes many
    objects (syntax trees, nodes, spans) and no cycle among those it drops (none found
    after building 200 files of numpy, scipy, matplotlib and sympy, 420,000 nodes), so its
    passes, each walking all the process holds, would find nothing; refcounting frees it all."""
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        b = _Builder(problems, modules or Modules([n for n, _ in sources]))
        for name, text in sources:
            b.module(name, text)
        return b.finish(tuple(sources), tuple(problems or ()))
    finally:
        if was:
            gc.enable()


class _Builder:
    def __init__(self, problems: list | None, modules: Modules) -> None:
        self.problems = problems  # None: raise the first problem; a list: keep going, collect them
        self.classes: list[tuple[str, list]] = []  # the classes being read: (name, their fields so far)
        self.self_name: str | None = None  # the instance parameter of the method being read
        self.type_names_seen: list[tuple[str, ast.AST, str]] = []  # class-like names used in string annotations
        self.defined: dict[str, set[str]] = {}  # module -> names it defines or imports
        self.nodes: list[Node] = []
        self.roots: list[int] = []
        self.file = "<string>"
        self.aliases: dict[str, str] = {}
        self.module_name = ""
        self.modules: dict[str, dict] = {}  # file -> {"functions", "classes"}: label -> node
        self.links = Links(modules)  # where the names each file imports are defined
        self.calls_pending: list[tuple[int, str, str]] = []  # (call node, callee as written, file)

    # -- helpers -----------------------------------------------------------
    def span(self, n: ast.AST) -> Span:
        return Span(self.file, getattr(n, "lineno", 0), getattr(n, "col_offset", -1) + 1,
                    getattr(n, "end_lineno", 0) or 0, (getattr(n, "end_col_offset", -1) or -1) + 1)

    def add(self, kind: str, label: str, at: ast.AST, children=(), **kw) -> int:
        self.nodes.append(Node(kind, label, self.span(at), tuple(children), **kw))
        return len(self.nodes) - 1

    def unsupported(self, what: str, at: ast.AST) -> UnsupportedConstruct:
        return UnsupportedConstruct(f"unsupported construct: {what}", self.file,
                                    getattr(at, "lineno", 0), getattr(at, "col_offset", -1) + 1)

    @property
    def type_names(self) -> dict:
        """What the module's names stand for in annotations: imports, then type aliases."""
        return {**self.aliases, **self.type_aliases}

    def ann(self, expr: ast.expr | None) -> Annotation | None:
        """The annotation ``expr`` states. When keeping going, an unreadable one (an unknown
        unit) is a problem kept, and its value is unknown."""
        try:
            a = read_annotation(expr, self.file, self.type_names)
        except SourceError as err:
            if self.problems is None:
                raise
            self.problems.append(err)
            return Annotation(invalid=True)
        if a is not None and a.cls and isinstance(expr, ast.Constant):
            self.type_names_seen.append((a.cls, expr, self.file))
        return a

    # -- modules and statements --------------------------------------------
    def module(self, name: str, text: str) -> bool:
        """Read one module; False if it was left out (keeping going past its problem)."""
        mark = (len(self.nodes), len(self.calls_pending), len(self.type_names_seen))
        try:
            self._module(name, text)
            return True
        except SourceError as err:
            if self.problems is None:
                raise
            self.problems.append(err)
            del self.nodes[mark[0]:], self.calls_pending[mark[1]:], self.type_names_seen[mark[2]:]
            self.modules.pop(name, None)
            self.links.imports.pop(name, None)
            self.classes, self.self_name = [], None
            return False

    def _module(self, name: str, text: str) -> None:
        self.file = name
        text = text[1:] if text.startswith("\ufeff") else text  # a byte-order mark read as text
        try:
            tree = ast.parse(text, filename=name)
        except SyntaxError as err:
            raise SourceError(f"syntax error: {err.msg}", name, err.lineno or 0, err.offset or 0) from None
        except ValueError as err:  # e.g. null bytes
            raise SourceError(f"cannot parse: {err}", name) from None
        except (RecursionError, MemoryError):
            raise SourceError(f"cannot parse: an expression is nested too deeply for Python's parser", name) from None
        self.module_name = Path(name).stem
        self.aliases = {}
        self.type_aliases: dict[str, Annotation] = {}
        self.modules[name] = {"functions": {}}
        self.defined[name] = _module_names(tree)
        try:
            body = self.statements(_strip_doc(tree.body), prefix="")
        except RecursionError:
            raise SourceError("expressions nested too deeply to analyse", name) from None
        root = self.add("module", self.module_name, tree, body, meta=(("doc", ast.get_docstring(tree) or ""),))
        self.nodes[root] = Node("module", self.module_name, Span(name, 1, 1, len(text.splitlines()) or 1, 1),
                                tuple(body), meta=self.nodes[root].meta)
        self.roots.append(root)

    def statements(self, stmts: list[ast.stmt], prefix: str) -> list[int]:
        out: list[int] = []
        for s in stmts:
            try:
                out.extend(self.statement(s, prefix))
            except RecursionError:
                if self.problems is not None:
                    raise  # keeping going: the function (or module) holding it is left out, a problem kept
                raise too_deep(self.file, s) from None
        return out

    def statement(self, s: ast.stmt, prefix: str) -> list[int]:
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return [self.function(s, prefix)]
        if isinstance(s, ast.ClassDef):
            return [self.class_(s, prefix)]
        if isinstance(s, (ast.Import, ast.ImportFrom)):
            return [self.import_(s)]
        if isinstance(s, ast.Assign):
            if not prefix and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name):
                alias = self.ann(s.value) if isinstance(s.value, ast.Subscript) else None  # Length = Annotated[float, "m"]
                if alias is not None and alias.cls is None:
                    self.type_aliases[s.targets[0].id] = alias
                    return []
            return self.assign(s.targets, s.value, s)
        if isinstance(s, ast.AnnAssign):
            ann = self.ann(s.annotation)
            if isinstance(s.target, ast.Attribute):  # self.x: U["m"] = value
                self.field_of_self(s.target, ann)
                if s.value is None:
                    return []
                return [self.add("exprstmt", "", s, [self.setattr(s.target, self.expr(s.value), ann)])]
            if not isinstance(s.target, ast.Name):
                return [self.add("exprstmt", "", s, [self.expr(s.value)])] if s.value else []
            kids = [self.expr(s.value)] if s.value is not None else []
            return [self.add("bind", s.target.id, s.target, kids, ann=ann)]
        if isinstance(s, ast.AugAssign):
            if isinstance(s.target, ast.Attribute):  # self.x += dx
                op = self.add("op", _BINOPS.get(type(s.op), "?"), s, [self.expr(s.target), self.expr(s.value)])
                return [self.add("exprstmt", "", s, [self.setattr(s.target, op)])]
            if not isinstance(s.target, ast.Name):
                return [self.add("exprstmt", "", s, [self.expr(s.value)])]
            cur = self.add("name", s.target.id, s.target)
            op = self.add("op", _BINOPS.get(type(s.op), "?"), s, [cur, self.expr(s.value)])
            return [self.add("bind", s.target.id, s.target, [op])]
        if isinstance(s, ast.Return):
            return [self.add("return", "", s, [self.expr(s.value)] if s.value is not None else [])]
        if isinstance(s, ast.Expr):
            return [self.add("exprstmt", "", s, [self.expr(s.value)])]
        if isinstance(s, ast.Assert):
            return [self.add("assert", "", s, [self.expr(s.test)])]
        if isinstance(s, (ast.If, ast.While)):
            kind = "if" if isinstance(s, ast.If) else "while"
            return [self.add(kind, "", s, [self.expr(s.test), self.block(s.body, s, prefix),
                                           self.block(s.orelse, s, prefix)])]
        if isinstance(s, (ast.For, ast.AsyncFor)):  # attributes and items as targets are not tracked
            names = [n.id for n in _target_nodes(s.target, names_only=False)]
            return [self.add("for", ",".join(names), s.target, [self.expr(s.iter), self.block(s.body, s, prefix),
                                                               self.block(s.orelse, s, prefix)])]
        if type(s).__name__ == "Match":  # each case is a block; names a pattern captures are unknowns
            subject = self.add("exprstmt", "", s.subject, [self.expr(s.subject)])
            return [subject] + [self.block(([ast.copy_location(ast.Expr(c.guard), c.guard)] if c.guard else [])
                                           + c.body, c.pattern, prefix) for c in s.cases]
        if isinstance(s, (ast.With, ast.AsyncWith)):
            return [self.block(s.body, s, prefix)]
        if isinstance(s, ast.Try) or type(s).__name__ == "TryStar":
            parts = [s.body] + [h.body for h in s.handlers] + [s.orelse, s.finalbody]
            return [self.block(p, s, prefix) for p in parts if p]
        if isinstance(s, (ast.Pass, ast.Break, ast.Continue, ast.Raise, ast.Global, ast.Nonlocal, ast.Delete)):
            return []
        raise self.unsupported(f"the statement {type(s).__name__}", s)

    def block(self, stmts: list[ast.stmt], at: ast.AST, prefix: str) -> int:
        return self.add("block", "", at, self.statements(stmts, prefix))

    def assign(self, targets: list[ast.expr], value: ast.expr, at: ast.stmt) -> list[int]:
        if len(targets) != 1:  # a = b = value: the first target takes the value, the others read it
            first = self.assign(targets[:1], value, at)
            src = ast.copy_location(ast.Name(targets[0].id, ast.Load()), value) \
                if isinstance(targets[0], ast.Name) else value
            return first + [k for t in targets[1:] for k in self.assign([t], src, at)]
        t = targets[0]
        if isinstance(t, ast.Name):
            return [self.add("bind", t.id, t, [self.expr(value)])]
        if isinstance(t, (ast.Tuple, ast.List)) and isinstance(value, (ast.Tuple, ast.List)) \
                and len(t.elts) == len(value.elts) and not any(isinstance(e, ast.Starred) for e in (*t.elts, *value.elts)):
            return [k for e, v in zip(t.elts, value.elts) for k in self.assign([e], v, at)]
        if isinstance(t, (ast.Tuple, ast.List)):
            # a, b = f(): the value is read once (the first "unpack"); each name takes its item
            # (item k of a flat target, when the value's items are known); a nested or starred
            # target's names, attributes and items are not tracked
            flat = all(isinstance(e, ast.Name) for e in t.elts)
            names = _target_nodes(t, names_only=False)
            val = self.expr(value)
            if not names:
                return [self.add("exprstmt", "", at, [val])]
            index = {id(e): k for k, e in enumerate(t.elts)} if flat else {}

            def unpack(n: ast.Name, kids) -> int:
                return self.add("op", "unpack", n, kids, meta=(("item", index.get(id(n), -1)),))

            first = self.add("bind", names[0].id, names[0], [unpack(names[0], [val])])
            rest = [self.add("bind", n.id, n, [unpack(n, [])]) for n in names[1:]]
            return [first, *rest]
        if isinstance(t, ast.Attribute):  # self.x = value
            self.field_of_self(t, None)
            return [self.add("exprstmt", "", at, [self.setattr(t, self.expr(value))])]
        if isinstance(t, ast.Subscript):
            return [self.add("exprstmt", "", at, [self.add("op", "setitem", t, [self.expr(t.value), self.expr(value)])])]
        return [self.add("exprstmt", "", at, [self.expr(value)])]

    def import_(self, s: ast.Import | ast.ImportFrom) -> int:
        pairs = []
        if isinstance(s, ast.Import):
            for a in s.names:
                self.aliases[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
                self.links.add(self.file, a.asname or a.name.split(".")[0],
                               (0, a.name if a.asname else a.name.split(".")[0], None))
                pairs.append((a.asname or a.name, a.name))
        else:
            mod = "." * s.level + (s.module or "")
            for a in s.names:
                self.aliases[a.asname or a.name] = f"{mod}.{a.name}".lstrip(".")
                if a.name != "*":
                    self.links.add(self.file, a.asname or a.name, (s.level, s.module or "", a.name))
                pairs.append((a.asname or a.name, f"{mod}.{a.name}"))
        return self.add("import", ",".join(p[1] for p in pairs), s, meta=(("aliases", tuple(pairs)),))

    def function(self, f: ast.FunctionDef | ast.AsyncFunctionDef, prefix: str) -> int:
        a = f.args
        params = []
        for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs]:
            params.append(self.add("param", arg.arg, arg, ann=self.ann(arg.annotation)))
        for arg in (a.vararg, a.kwarg):
            if arg is not None:
                params.append(self.add("param", arg.arg, arg, meta=(("variadic", True),)))
        decorators = tuple(_decorator_name(d) for d in f.decorator_list)
        saved = self.self_name
        positional = [*a.posonlyargs, *a.args]
        if self.classes and prefix == self.classes[-1][0] + "." and "staticmethod" not in decorators:
            self.self_name = positional[0].arg if positional and "classmethod" not in decorators else None
        try:
            body = self.statements(_strip_doc(f.body), prefix)
        except RecursionError:  # nested too deeply for Python's stack: this function is left unread
            err = SourceError(f"{prefix + f.name}: expressions nested too deeply to analyse", self.file,
                              f.lineno, f.col_offset + 1)
            if self.problems is None:
                raise err from None
            self.problems.append(err)
            body = []
        finally:
            self.self_name = saved
        meta = [("doc", ast.get_docstring(f) or ""), ("module", self.module_name), ("decorators", decorators)]
        for d in f.decorator_list:
            if isinstance(d, ast.Call) and _decorator_name(d) == "law":
                meta.append(("law", self.literal_kwargs(d)))
        name = prefix + f.name
        node = self.add("function", name, f, [*params, *body], ann=self.ann(f.returns), meta=tuple(meta))
        self.modules[self.file]["functions"].setdefault(name, node)
        return node

    def class_(self, c: ast.ClassDef, prefix: str) -> int:
        """A class: its methods (functions named ``Class.method``), nested classes, and its
        fields: class-level annotations (plain classes, dataclasses, attrs, NamedTuple,
        TypedDict), class constants given as numbers, and ``self.x`` set in its methods."""
        name = prefix + c.name
        fields: list = []
        self.classes.append((name, fields))
        kids: list[int] = []
        try:
            for b in c.body:
                if isinstance(b, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    kids.extend(self.statement(b, name + "."))
                elif isinstance(b, ast.AnnAssign) and isinstance(b.target, ast.Name):
                    fields.append((b.target.id, self.ann(b.annotation), self.span(b.target), _number(b.value), "class"))
                elif isinstance(b, ast.Assign) and len(b.targets) == 1 and isinstance(b.targets[0], ast.Name):
                    fields.append((b.targets[0].id, None, self.span(b.targets[0]), _number(b.value), "class"))
        finally:
            self.classes.pop()
        meta = (("module", self.module_name), ("bases", tuple(filter(None, (_dotted_name(x) for x in c.bases)))),
                ("decorators", tuple(_decorator_name(d) for d in c.decorator_list)), ("fields", tuple(fields)))
        node = self.add("class", name, c, kids, meta=meta)
        self.modules[self.file].setdefault("classes", {})[name] = node
        return node

    def field_of_self(self, t: ast.Attribute, ann: Annotation | None) -> None:
        """``self.x = ...`` in a method: ``x`` is a field of the class (annotated or not)."""
        if self.classes and self.self_name and isinstance(t.value, ast.Name) and t.value.id == self.self_name:
            self.classes[-1][1].append((t.attr, ann, self.span(t), None, "self"))

    def setattr(self, t: ast.Attribute, value: int, ann: Annotation | None = None) -> int:
        """``obj.x = value``: an op whose children are the object and the value."""
        return self.add("op", "setattr", t, [self.expr(t.value), value], ann=ann, meta=(("attr", t.attr),))

    def literal_kwargs(self, call: ast.Call) -> tuple[tuple[str, object], ...]:
        out = []
        for kw in call.keywords:
            try:
                out.append((kw.arg, _frozen(ast.literal_eval(kw.value))))  # literals only: nothing runs
            except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):  # {[1]: 2}: unhashable
                raise SourceError(f"decorator argument {kw.arg!r} must be a literal", self.file,
                                  kw.value.lineno, kw.value.col_offset + 1) from None
        return tuple(out)

    # -- expressions -------------------------------------------------------
    def expr(self, e: ast.expr) -> int:
        if isinstance(e, ast.BinOp):
            return self.add("op", _BINOPS.get(type(e.op), "?"), e, [self.expr(e.left), self.expr(e.right)])
        if isinstance(e, ast.UnaryOp):
            return self.add("op", _UNARY[type(e.op)], e, [self.expr(e.operand)])
        if isinstance(e, ast.BoolOp):
            return self.add("op", "and" if isinstance(e.op, ast.And) else "or", e, [self.expr(v) for v in e.values])
        if isinstance(e, ast.Compare):
            parts, left = [], e.left
            for op, right in zip(e.ops, e.comparators):
                parts.append(self.add("op", _CMP[type(op)], e, [self.expr(left), self.expr(right)]))
                left = right
            return parts[0] if len(parts) == 1 else self.add("op", "and", e, parts)
        if isinstance(e, ast.IfExp):
            return self.add("op", "ifexp", e, [self.expr(e.test), self.expr(e.body), self.expr(e.orelse)])
        if isinstance(e, ast.Call):
            return self.call(e)
        if isinstance(e, ast.Name):
            return self.add("name", self.aliases.get(e.id, e.id), e, meta=(("local", e.id),))
        if isinstance(e, ast.Attribute):
            dotted = self.dotted(e)
            if dotted is not None:
                return self.add("name", dotted, e, meta=(("local", dotted),))
            return self.add("attr", e.attr, e, [self.expr(e.value)])
        if isinstance(e, ast.Constant):
            label, number = _constant(e.value)
            return self.add("const", label, e, value=number)
        if isinstance(e, ast.Subscript):
            return self.add("op", "index", e, [self.expr(e.value), self.expr(e.slice)])
        if isinstance(e, ast.Slice):
            parts = [p for p in (e.lower, e.upper, e.step) if p is not None]
            return self.add("tuple", "slice", e, [self.expr(p) for p in parts])
        if isinstance(e, (ast.Tuple, ast.List)):
            return self.add("tuple", "list" if isinstance(e, ast.List) else "tuple", e, [self.expr(x) for x in e.elts])
        if isinstance(e, ast.JoinedStr):
            return self.add("const", "f-string", e)
        if isinstance(e, ast.Dict):  # {**d} has key None: its value is the mapping unpacked
            return self.add("tuple", "dict", e, [self.expr(x) for x in [*e.keys, *e.values] if x is not None])
        if isinstance(e, ast.Set):
            return self.add("tuple", "set", e, [self.expr(x) for x in e.elts])
        if type(e) in _COMPREHENSIONS:
            return self.comprehension(e)
        if isinstance(e, ast.Lambda):
            names = [a.arg for a in (*e.args.posonlyargs, *e.args.args, *e.args.kwonlyargs,
                                     *(x for x in (e.args.vararg, e.args.kwarg) if x is not None))]
            defaults = [self.expr(d) for d in (*e.args.defaults, *(d for d in e.args.kw_defaults if d is not None))]
            return self.add("lambda", ",".join(names), e, [self.expr(e.body), *defaults])
        if isinstance(e, ast.NamedExpr):
            return self.add("walrus", e.target.id, e, [self.expr(e.value)])
        if isinstance(e, (ast.Starred, ast.Await, ast.Yield, ast.YieldFrom)):
            label = {ast.Starred: "star", ast.Await: "await"}.get(type(e), "yield")
            return self.add("op", label, e, [self.expr(e.value)] if e.value is not None else [])
        raise self.unsupported(f"the expression {type(e).__name__}", e)

    def comprehension(self, e: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp) -> int:
        """``[elt for x in it if c ...]``: one ``compfor`` per generator (its targets as the
        label; children the iterable and the conditions), then the element (key, value)."""
        loops = []
        for gen in e.generators:
            names = [n.id for n in _target_nodes(gen.target, names_only=False)]
            loops.append(self.add("compfor", ",".join(names), gen.target,
                                  [self.expr(gen.iter), *(self.expr(c) for c in gen.ifs)]))
        elts = [e.key, e.value] if isinstance(e, ast.DictComp) else [e.elt]
        return self.add("comp", _COMPREHENSIONS[type(e)], e, [*loops, *(self.expr(x) for x in elts)])

    def dotted(self, e: ast.expr) -> str | None:
        """``np.linalg.norm`` -> ``numpy.linalg.norm`` when the base is an imported module alias."""
        parts = []
        while isinstance(e, ast.Attribute):
            parts.append(e.attr)
            e = e.value
        if isinstance(e, ast.Name) and e.id in self.aliases:
            return ".".join([self.aliases[e.id], *reversed(parts)])
        return None

    def call(self, e: ast.Call) -> int:
        args = [self.expr(a) for a in e.args]
        keywords = [None] * len(args)
        for kw in e.keywords:
            args.append(self.expr(kw.value))
            keywords.append(kw.arg if kw.arg is not None else "**")
        meta = (("keywords", tuple(keywords)),) if any(keywords) else ()
        if any(isinstance(a, ast.Starred) for a in e.args) or any(kw.arg is None for kw in e.keywords):
            meta += (("unpacked", True),)  # f(*xs) or f(**kw): arguments cannot be matched to parameters
        f = e.func
        if isinstance(f, ast.Name):
            node = self.add("call", self.aliases.get(f.id, f.id), e, args, meta=meta)
            self.calls_pending.append((node, f.id, self.file))
            return node
        if isinstance(f, ast.Attribute):
            dotted = self.dotted(f)
            if dotted is not None:
                node = self.add("call", dotted, e, args, meta=meta)
                self.calls_pending.append((node, _dotted_name(f), self.file))
                return node
            return self.add("method", f.attr, e, [self.expr(f.value), *args], meta=meta)
        return self.add("method", "()", e, [self.expr(f), *args], meta=meta)  # a computed function: opaque

    # -- edges -------------------------------------------------------------
    def finish(self, sources: tuple[tuple[str, str], ...], problems: tuple = ()) -> PSG:
        graph = PSG(tuple(self.nodes), tuple(self.roots), sources=sources)
        calls = self._calls()
        return PSG(graph.nodes, graph.roots, _flow(graph), calls, sources, problems + self._undefined_names(),
                   links=self.links)

    def _calls(self) -> tuple[tuple[int, int], ...]:
        """Call edges: to a parsed function, or to a parsed class (a constructor call), in
        the file the callee's name is imported from (:mod:`psg.imports`); a name not
        imported, in the caller's own file."""
        edges = []
        for node, written, file in self.calls_pending:
            if file not in self.modules:
                continue
            self.links.mention(file, written)
            found = self.links.where(file, written)
            target = self._lookup(self.modules.get(found[0], {}), found[1]) if found else None
            if target is not None:
                edges.append((node, target))
        return tuple(edges)

    @staticmethod
    def _lookup(module: dict, label: str) -> int | None:
        found = module.get("functions", {}).get(label)
        return found if found is not None else module.get("classes", {}).get(label)

    def _undefined_names(self) -> tuple:
        """A string annotation naming nothing its module defines or imports is dropped: say so."""
        from .errors import SourceWarning

        out = []
        for name, at, file in self.type_names_seen:
            head = name.partition(".")[0]
            classes = {c.rpartition(".")[2] for c in self.modules.get(file, {}).get("classes", {})}
            if head in classes or head in self.defined.get(file, set()) or head in _BUILTIN_NAMES:
                continue
            out.append(SourceWarning(f"annotation {name!r} names nothing this module defines or imports; "
                                     f"its unit is unknown", file, at.lineno, at.col_offset + 1))
        return tuple(out)


def _constant(value) -> tuple[str, float | None]:
    """A literal's label (its repr) and numeric value (ints beyond a float: +-inf)."""
    number = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            number = float(value)
        except OverflowError:
            number = float("inf") if value > 0 else float("-inf")
    try:
        label = repr(value)
    except ValueError:  # an int of more than 4300 digits
        label = f"<an int of {value.bit_length()} bits>"
    return label, number


def too_deep(file: str, at) -> SourceError:
    """The error for code nested deeper than the analysis can follow (Python's recursion limit)."""
    return SourceError("this statement nests expressions too deeply to analyse (Python's recursion "
                       "limit); split it into smaller expressions", file, getattr(at, "lineno", 0),
                       getattr(at, "col_offset", -1) + 1)


def _flow(g: PSG) -> tuple[tuple[int, int], ...]:
    """Definition -> use edges: a name is read from its function's definitions, else the module's."""
    edges: list[tuple[int, int]] = []
    for root in g.roots:
        scopes = [(root, _scope_defs(g, root))]
        for fn in (i for i in g.walk(root) if g.nodes[i].kind == "function"):
            scopes.append((fn, _scope_defs(g, fn)))
        module_defs = scopes[0][1]
        for scope, defs in scopes:
            for i in _scope_walk(g, scope):
                n = g.nodes[i]
                if n.kind == "name":
                    local = n.get("local", n.label)
                    targets = defs.get(local) or (module_defs.get(local) if scope != root else None) or ()
                    edges.extend((d, i) for d in targets)
    return tuple(edges)


def _scope_walk(g: PSG, scope: int):
    """Nodes of a scope, not descending into nested functions."""
    stack = list(reversed(g.nodes[scope].children))
    while stack:
        i = stack.pop()
        yield i
        if g.nodes[i].kind != "function":
            stack.extend(reversed(g.nodes[i].children))


def _scope_defs(g: PSG, scope: int) -> dict[str, list[int]]:
    defs: dict[str, list[int]] = {}
    for i in _scope_walk(g, scope):
        n = g.nodes[i]
        if n.kind in ("param", "bind"):
            defs.setdefault(n.label, []).append(i)
        elif n.kind in ("for", "compfor", "lambda", "walrus") and n.label:
            for name in n.label.split(","):
                defs.setdefault(name, []).append(i)
    return defs


def _strip_doc(body: list[ast.stmt]) -> list[ast.stmt]:
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        return body[1:]
    return body


def _target_nodes(t: ast.expr, names_only: bool = True) -> list[ast.Name] | None:
    """The names a target binds, nested and starred ones included. If it also sets an
    attribute or an item: None, or with ``names_only=False`` just the names."""
    if isinstance(t, ast.Starred):
        t = t.value
    if isinstance(t, ast.Name):
        return [t]
    if isinstance(t, (ast.Tuple, ast.List)):
        names = [_target_nodes(e, names_only) for e in t.elts]
        return None if any(n is None for n in names) else [x for n in names for x in n]
    return None if names_only else []


def _target_names(t: ast.expr) -> list[str] | None:
    names = _target_nodes(t)
    return None if names is None else [n.id for n in names]


def _decorator_name(d: ast.expr) -> str:
    d = d.func if isinstance(d, ast.Call) else d
    return d.id if isinstance(d, ast.Name) else d.attr if isinstance(d, ast.Attribute) else "?"


def _frozen(value: object) -> object:
    """A literal made hashable: dicts become sorted tuples of pairs, lists and sets tuples
    (``{"T": "gas"}`` -> ``(("T", "gas"),)``), so nodes that carry it stay immutable."""
    if isinstance(value, dict):
        return tuple(sorted(((k, _frozen(v)) for k, v in value.items()), key=lambda kv: repr(kv[0])))
    if isinstance(value, (list, tuple, set, frozenset)):
        items = tuple(_frozen(v) for v in value)
        return tuple(sorted(items, key=repr)) if isinstance(value, (set, frozenset)) else items
    return value


_BUILTIN_NAMES = set(dir(__import__("builtins"))) | set(__import__("typing").__all__)


def _module_names(tree: ast.Module) -> set[str]:
    """Every name a module binds at its top level (imports, classes, functions, assignments)."""
    out: set[str] = set()
    for s in tree.body:
        if isinstance(s, (ast.Import, ast.ImportFrom)):
            out |= {a.asname or a.name.split(".")[0] for a in s.names}
        elif isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(s.name)
        elif isinstance(s, (ast.Assign, ast.AnnAssign)):
            for t in (s.targets if isinstance(s, ast.Assign) else [s.target]):
                out |= {n.id for n in ast.walk(t) if isinstance(n, ast.Name)}
        elif isinstance(s, (ast.If, ast.Try)):  # if TYPE_CHECKING: imports; try: import ... except
            out |= _module_names(ast.Module([*s.body, *getattr(s, "orelse", []),
                                             *[x for h in getattr(s, "handlers", []) for x in h.body]], []))
    return out


def _number(e: ast.expr | None) -> float | None:
    """The value of a numeric literal (``-1.5`` too), else None."""
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, (ast.USub, ast.UAdd)):
        v = _number(e.operand)
        return None if v is None else (-v if isinstance(e.op, ast.USub) else v)
    if isinstance(e, ast.Constant) and isinstance(e.value, (int, float)) and not isinstance(e.value, bool):
        return _constant(e.value)[1]  # an int beyond a float: +-inf, as for any literal
    return None


def _dotted_name(e: ast.expr) -> str | None:
    if isinstance(e, ast.Subscript):  # Generic[T], NamedTuple bases written as typing.NamedTuple
        e = e.value
    parts = []
    while isinstance(e, ast.Attribute):
        parts.append(e.attr)
        e = e.value
    return ".".join([e.id, *reversed(parts)]) if isinstance(e, ast.Name) else None
