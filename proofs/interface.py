"""A file's interface: one hash per name it defines, of what other files' proofs read of it.

A call of another file's function reads its parameters' and result's types, the obligations
the call copies (with their places and the names of their unknowns) and its decorators; a
class is read through its bases, fields, methods and the units its constructor sets. Each
such entry is encoded canonically (unknowns numbered in order of first use, PSG node
numbers as the place and text they stand for) and hashed together with the classes its
types name, transitively. So an edit no other file can see (inside a body, a comment)
keeps every hash, and the files that use the names keep their cached results: the
"early cut-off" of :mod:`proofs.incremental`.

>>> from psg import parse_sources
>>> from proofs.infer import infer
>>> def hashes(text):
...     psg = parse_sources([("geo.py", text)])
...     return interfaces(infer(psg), ["geo.py"])["geo.py"]
>>> a = hashes("def area(w: U['m'], h: U['m']) -> U['m^2']:\\n    return w * h\\n")
>>> b = hashes("def area(w: U['m'], h: U['m']) -> U['m^2']:\\n    return h * w\\n")
>>> c = hashes("def area(w: U['m'], h: U['m']) -> U['m']:\\n    return h * w\\n")
>>> a == b, a == c, sorted(a)
(True, False, ['f:area', 'ok'])
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from fractions import Fraction

from psg.graph import Span
from psg.units import Dimension

from .obligations import Obligation
from .terms import DimTerm
from .values import System, Type

__all__ = ["interfaces"]


def interfaces(system: System, files) -> dict[str, dict[str, str]]:
    """``file -> {entry: hash}`` for each of ``files`` that ``system`` read: ``f:<label>``
    per function, ``c:<label>`` per class, and ``ok`` (the file was parsed: a file that
    was not takes its module name out of the run)."""
    enc = _Encoder(system)
    wanted = set(files)
    out: dict[str, dict[str, list]] = {}
    g = system.psg
    for root in g.roots:
        file = g.nodes[root].span.file
        if file in wanted:
            out.setdefault(file, {})["ok"] = ["parsed"]
    for i, fs in sorted(system.by_node.items()):  # every definition: a name defined twice is read as the first
        node = g.nodes[i]
        if node.kind == "function" and node.span.file in wanted:
            out[node.span.file].setdefault(f"f:{node.label}", []).append(enc.function_hash(fs))
    for info in system.classes.values():
        file = g.nodes[info.node].span.file
        if file in wanted:
            out[file].setdefault(f"c:{info.name}", []).append(enc.class_hash(info.key))
    return {f: {k: _sha(v) for k, v in entries.items()} for f, entries in out.items()}


def _sha(value) -> str:
    return hashlib.sha256(json.dumps(value, separators=(",", ":")).encode("utf-8", "surrogatepass")).hexdigest()


class _Encoder:
    """Canonical JSON of what a function or class shows, and its hash with the classes it names."""

    def __init__(self, system: System) -> None:
        self.system, self.psg = system, system.psg
        self.by_node = system.by_node
        self.own: dict[str, tuple[str, set[str]]] = {}  # class key -> (hash of its own encoding, classes it names)
        self.sources = dict(system.psg.sources)
        self.index: dict | None = None
        self.lines: dict[str, list[str]] = {}
        self.file = ""  # the file whose class's annotations are being encoded

    # -- hashes with the classes named, transitively -----------------------------
    def function_hash(self, fs) -> str:
        refs: set[str] = set()
        return self._closed(_sha(self.function(fs, refs)), refs)

    def class_hash(self, key: str) -> str:
        own, refs = self.class_own(key)
        return self._closed(own, refs)

    def _closed(self, own: str, refs: set[str]) -> str:
        seen, todo = set(), sorted(refs)
        while todo:
            c = todo.pop()
            if c not in seen:
                seen.add(c)
                todo.extend(self.class_own(c)[1] - seen)
        return _sha([own, [[c, self.class_own(c)[0]] for c in sorted(seen)]])

    def class_own(self, key: str) -> tuple[str, set[str]]:
        if key not in self.own:
            self.own[key] = ("", set())  # a class naming itself (its methods' self) is no loop
            info = self.system.classes.get(key)
            refs: set[str] = set()
            if info is None:
                value = ["missing", key]
            else:
                self.file = info.file
                bases = [self.resolve(b) for b in info.bases]
                refs.update(b for b in bases if b)
                methods = [[short, self.function(self.by_node[n], refs) if n in self.by_node else None]
                           for short, n in sorted(info.methods.items())]
                value = ["class", info.name, info.module, list(info.bases), bases, list(info.decorators),
                         [[k, self.value(v, refs)] for k, v in info.fields.items()], list(info.order),
                         [[k, self.value(v, refs)] for k, v in sorted(info.inited.items())], methods]
            refs.discard(key)
            self.own[key] = (_sha(value), refs)
        return self.own[key]

    def resolve(self, name: str) -> str | None:
        """The key of the class a name in the class being encoded stands for, as inference finds it."""
        from .classes import class_index, find_class

        if self.index is None:
            self.index = class_index(self.system.classes)
        info = find_class(self.index, self.psg.links, self.file, name)
        return info.key if info is not None else None

    # -- canonical encodings -----------------------------------------------------
    def function(self, fs, refs: set[str]) -> list:
        """What a call reads: parameters, declared and inferred result, the obligations it
        copies (exported and undecided), decorators; unknowns numbered afresh, with names."""
        vars_: dict[int, int] = {}
        node = self.psg.nodes[fs.node]
        self.file = node.span.file
        copied = fs.exported() + [o for o in fs.obligations if o.theory == "undecided"]
        value = [fs.name, list(node.get("decorators", ()) or ()), fs.cls,
                 [[p, self.value(t, refs, vars_), a] for p, t, a in fs.params],
                 self.value(fs.declared, refs, vars_), self.value(fs.result, refs, vars_),
                 [self.value(o, refs, vars_) for o in copied]]
        names = self.system.var_names
        return [value, [names.get(v) for v in sorted(vars_, key=vars_.get)]]

    def value(self, x, refs: set[str], vars_: dict[int, int] | None = None):
        if vars_ is None:
            vars_ = {}
        if x is None or isinstance(x, (bool, int, str)):
            return x
        if isinstance(x, float):
            return repr(x)
        if isinstance(x, Fraction):
            return ["Q", x.numerator, x.denominator]
        if isinstance(x, DimTerm):
            return ["D", [str(e) for e in x.const.exps], [[vars_.setdefault(v, len(vars_)), str(c)] for v, c in x.coeffs]]
        if isinstance(x, Dimension):
            return ["Dim", [str(e) for e in x.exps]]
        if isinstance(x, Span):
            return [x.file, x.line, x.col, x.end_line, x.end_col]
        if isinstance(x, Type):
            if x.cls is not None:
                refs.add(x.cls)
            return ["T", self.value(x.dim, refs, vars_), self.value(x.shape, refs, vars_), x.kind, x.opaque,
                    self.value(x.unit, refs, vars_), [[repr(v), self.place(nd), repr(p)] for v, nd, p in x.lits],
                    repr(x.shift), x.literal, repr(x.value), self.place(x.node), self.value(x.items, refs, vars_),
                    x.container, x.cls]
        if isinstance(x, Obligation):  # its id is a run's numbering: left out
            return ["O", x.theory, x.rule, self.value(x.left, refs, vars_), self.value(x.right, refs, vars_),
                    self.value(x.span, refs), x.function, x.detail, x.broadcast, self.value(x.via, refs),
                    self.value(x.edit, refs)]
        if isinstance(x, (tuple, list)):
            return [self.value(v, refs, vars_) for v in x]
        if isinstance(x, dict):
            return [[self.value(k, refs, vars_), self.value(v, refs, vars_)] for k, v in x.items()]
        if dataclasses.is_dataclass(x):  # Scale, Annotation: their fields
            cls = getattr(x, "cls", None)
            if isinstance(cls, str) and type(x).__name__ == "Annotation":
                found = self.resolve(cls)
                if found:
                    refs.add(found)
            return [type(x).__name__, *(self.value(getattr(x, f.name), refs, vars_) for f in dataclasses.fields(x))]
        raise TypeError(f"no canonical form for {type(x).__name__}")

    def place(self, node: int):
        """A PSG node as its place and text (node numbers differ between runs)."""
        if node < 0:
            return None
        sp = self.psg.nodes[node].span
        if sp.file not in self.lines:
            self.lines[sp.file] = (self.sources.get(sp.file) or "").splitlines()
        lines = self.lines[sp.file]
        text = lines[sp.line - 1][sp.col - 1:sp.end_col - 1] if sp.line == sp.end_line and 0 < sp.line <= len(lines) \
            else None
        return [sp.file, sp.line, sp.col, sp.end_line, sp.end_col, text]
