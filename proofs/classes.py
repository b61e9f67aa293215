"""Classes: fields (annotated, number constants, set on ``self``), properties, methods
called through instances, constructors. A mix-in of the inferrer (:mod:`proofs.infer`).

An attribute with no unit is *unknown*: checks on it are left out (and counted), never
decided by choosing a unit for it.

>>> from proofs import prove_source
>>> src = ("from dataclasses import dataclass\\n@dataclass\\nclass Body:\\n    mass: U['kg']\\n    speed: U['m/s']\\n"
...        "    def momentum(self) -> U['kg*m/s']:\\n        return self.mass * self.speed**2\\n")
>>> prove_source(src).findings[0].sentence
'returns an energy [J] where Body.momentum() declares a momentum [kg·m/s]'
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from psg.graph import Span

from .values import FunctionSystem, Type, _literal

_INIT = ("__init__", "__post_init__", "setup", "__attrs_post_init__")


@dataclass
class ClassInfo:
    """An analysed class: its fields (annotated, constants, set on ``self``), methods, bases.
    ``name`` is its label in its file (``Outer.Inner``); ``key`` names it in the run (a
    ``Type``'s ``cls``): the label and the file, as two files may define classes of one name."""

    name: str
    node: int
    module: str
    bases: tuple[str, ...]
    decorators: tuple[str, ...]
    file: str = ""
    fields: dict[str, tuple] = field(default_factory=dict)  # name -> (annotation, span, number, source)
    order: list[str] = field(default_factory=list)            # class-level fields, in order
    methods: dict[str, int] = field(default_factory=dict)     # short name -> function node
    inited: dict[str, Type] = field(default_factory=dict)     # unannotated fields: their type when set in __init__

    @property
    def key(self) -> str:
        return f"{self.name}@{self.file}"

    @property
    def record(self) -> bool:
        """Built from its fields in order (dataclass, attrs, NamedTuple, TypedDict)."""
        marks = {"dataclass", "define", "frozen", "attrs", "s", "mutable", "dataclass_transform"}
        tails = {b.rpartition(".")[2] for b in self.bases}
        return bool(marks & set(self.decorators)) or bool(tails & {"NamedTuple", "TypedDict", "BaseModel"})

    @property
    def named_tuple(self) -> bool:
        return any(b.rpartition(".")[2] == "NamedTuple" for b in self.bases)


class Classes:
    """The inferrer's handling of classes (it provides ``psg``, ``classes``, ``function``...)."""

    def read_classes(self) -> None:
        g = self.psg
        for i, n in enumerate(g.nodes):
            if n.kind != "class":
                continue
            info = ClassInfo(n.label, i, n.get("module", ""), n.get("bases", ()), n.get("decorators", ()), n.span.file)
            for name, ann, span, number, source in n.get("fields", ()):
                if name not in info.fields or (info.fields[name][0] is None and ann is not None):
                    info.fields[name] = (ann, span, number, source)
                if source == "class" and name not in info.order and ann is not None:
                    info.order.append(name)
            for c in n.children:
                if g.nodes[c].kind == "function":
                    info.methods[g.nodes[c].label.rpartition(".")[2]] = c
            self.classes[info.key] = info
            self.class_by_node[i] = info
        self.class_index = class_index(self.classes)

    def class_named(self, name: str, file: str) -> ClassInfo | None:
        """The class ``name``, as ``file`` writes it, stands for (:func:`find_class`)."""
        return find_class(self.class_index, self.psg.links, file, name)

    def mro(self, info: ClassInfo):
        seen, todo = set(), [info]
        while todo:
            c = todo.pop(0)
            if c.name in seen:
                continue
            seen.add(c.name)
            yield c
            todo.extend(b for b in (self.class_named(x, c.file) for x in c.bases) if b is not None)

    def member(self, sys: FunctionSystem, cls: str, name: str, span: Span) -> Type:
        """``obj.name`` for an instance of class ``cls``: a field, a property or unknown."""
        info = self.classes.get(cls)
        if info is None:
            return self.opaque(f".{name}")
        for c in self.mro(info):
            if name in c.fields:
                ann, fspan, number, source = c.fields[name]
                if ann is not None:
                    return self.annotated(ann, fspan) or self.opaque(f".{name}")
                if number is not None:
                    return _literal(number)
                self.init(c)
                if name in c.inited:
                    return c.inited[name]
            if name in c.methods:
                fn = c.methods[name]
                decorators = self.psg.nodes[fn].get("decorators", ())
                if "property" in decorators or "cached_property" in decorators:
                    if fn in self.in_progress:
                        return self.opaque(f".{name}")
                    r = self.function(fn).result
                    if r is not None and r.dim.concrete:
                        return r
                return self.opaque(f".{name}")
        return self.opaque(f".{name}")

    def init(self, info: ClassInfo) -> None:
        """Infer ``__init__`` (and ``__post_init__``) first: they set the fields' units."""
        for m in ("__init__", "__post_init__", "setup", "__attrs_post_init__"):
            fn = info.methods.get(m)
            if fn is not None and fn not in self.by_node and fn not in self.in_progress:
                self.function(fn)

    def method_of(self, cls: str, name: str) -> int | None:
        info = self.classes.get(cls)
        if info is None:
            return None
        for c in self.mro(info):
            if name in c.methods:
                return c.methods[name]
        return None

    def setattr(self, sys: FunctionSystem, n, kids: list[Type], i: int) -> Type:
        """``obj.x = value``: checked against the field's annotation; in ``__init__`` an
        unannotated field takes the unit of what it is first set to."""
        base, value = kids
        attr = n.get("attr")
        declared = self.annotated(n.ann, n.span) if n.ann is not None else None
        info = self.classes.get(base.cls) if base.cls else None
        if info is None:
            return Type()
        if declared is None:
            for c in self.mro(info):
                if attr in c.fields and c.fields[attr][0] is not None:
                    ann, fspan = c.fields[attr][:2]
                    declared = self.annotated(ann, fspan)
                    break
        detail = f"{info.name.rpartition('.')[2]}.{attr}"
        if declared is not None:
            self.check(sys, "bind", value, declared, n.span, detail, n.children[1])
            return Type()
        in_init = sys.cls == info.key and self.psg.nodes[sys.node].label.rpartition(".")[2] in (
            "__init__", "__post_init__", "setup", "__attrs_post_init__")
        known = info.inited.get(attr)
        if known is None:
            if in_init and not value.opaque and value.dim.concrete and value.items is None:
                info.inited[attr] = replace(value, lits=(), shift=0.0)
        elif not value.literal and not known.literal:
            self.check(sys, "rebind", value, known, n.span, detail, n.children[1])
        elif known.literal and not value.literal and in_init and value.dim.concrete and not value.opaque:
            info.inited[attr] = replace(value, lits=(), shift=0.0)
        return Type()

    def construct(self, sys: FunctionSystem, info: ClassInfo, args: list[Type], keywords, span: Span,
                  nodes: list[int]) -> Type:
        """``Body(m, v)``: the arguments go to ``__init__``, or to the fields in order."""
        init = self.method_of(info.key, "__init__")
        instance = self.opaque(info.name, cls=info.key)
        if init is not None and init not in self.in_progress:
            self.instantiate(sys, self.function(init), [instance, *args], (None, *keywords), span, [-1, *nodes])
        elif init is None and info.record:
            order = [f for c in reversed(list(self.mro(info))) for f in c.order]
            for k, (arg, kw, nd) in enumerate(zip(args, keywords, nodes)):
                name = kw if kw is not None else (order[k] if k < len(order) else None)
                if name is None or name == "*":
                    continue
                ftype = self.member(sys, info.key, name, span)
                self.check(sys, "arg", arg, ftype, span, f"{name}|{info.name.rpartition('.')[2]}", nd)
        return instance


def class_index(classes: dict[str, ClassInfo]) -> dict[str, dict[str, ClassInfo]]:
    """file -> label -> class (a label defined twice in a file: the last)."""
    out: dict[str, dict[str, ClassInfo]] = {}
    for info in classes.values():
        out.setdefault(info.file, {})[info.name] = info
    return out


def find_class(index: dict[str, dict[str, ClassInfo]], links, file: str, name: str) -> ClassInfo | None:
    """The class a name written in ``file`` stands for: through the file's imports, the
    class of that label in the module imported (:mod:`psg.imports`); a name not imported,
    the class of that label in ``file``, else the one class there of that last name
    (``Inner`` for ``Outer.Inner``). None for a class from outside the run."""
    found = links.where(file, name) if links is not None else (file, name)
    if found is None:
        return None
    where, label = found
    here = index.get(where, {})
    if label in here or where != file:
        return here.get(label)
    tails = [c for c in here.values() if c.name.rpartition(".")[2] == label.rpartition(".")[2]]
    return tails[0] if len(tails) == 1 else None
