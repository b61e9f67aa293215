"""Reading unit and shape annotations from ``ast`` (never evaluating them).

Understood forms (``U`` is the short alias of ``Annotated[float, unit]``)::

    U["m/s"]                               a unit
    U["J", "energy"]                       a unit and a quantity kind
    Annotated[float, "m/s"]                the long form (typing.Annotated too)
    Float[ndarray, "batch seq dim"]        a jaxtyping-style shape
    Annotated[Float[ndarray, "b n"], "m"]  both

>>> import ast
>>> read(ast.parse('Annotated[Float[np.ndarray, "b n"], "m", "length"]', mode="eval").body)
Annotation(unit='m', kind='length', shape=('b', 'n'))
>>> read(ast.parse('float', mode="eval").body)  # a plain number
Annotation(unit='1')
>>> read(ast.parse('str', mode="eval").body) is None
True
"""
from __future__ import annotations

import ast

from .errors import SourceError
from .graph import Annotation
from .units import UnitError, kind as lookup_kind, parse_unit

_SHAPED = {"Float", "Int", "Shaped", "Bool", "Num", "Real", "Integer", "Float32", "Float64",
           "Int8", "Int32", "Int64", "UInt8", "Complex"}


def _tail(expr: ast.expr) -> str:
    """``typing.Annotated`` -> ``Annotated``; ``U`` -> ``U``."""
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    return ""


def _strings(items: list[ast.expr]) -> list[str]:
    return [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]


def _items(sub: ast.Subscript) -> list[ast.expr]:
    return list(sub.slice.elts) if isinstance(sub.slice, ast.Tuple) else [sub.slice]


_WRAPPERS = {"Optional", "ClassVar", "Final", "Required", "NotRequired", "ReadOnly", "InitVar"}
_SEQUENCES = {"list", "List", "Sequence", "MutableSequence", "Iterable", "Iterator", "Collection", "set", "Set",
              "frozenset", "FrozenSet", "deque", "Deque", "Generator"}
_MAPPINGS = {"dict", "Dict", "Mapping", "MutableMapping", "OrderedDict", "defaultdict", "DefaultDict"}
_PLAIN = {"bool", "str", "bytes", "object", "None", "Any", "type", "list", "dict",
          "tuple", "set", "frozenset", "Callable", "Self", "NoReturn", "Never", "LiteralString"}
_NUMBERS = {"float", "int", "complex", "float64", "float32", "int64", "int32", "floating", "integer"}  # plain numbers
_SHORT = {"Q"}  # ``Q[float, "m/s"]``: oracle's name for typing.Annotated, which mypy and pyright accept


def read(expr: ast.expr | None, file: str = "<string>", names: dict | None = None) -> Annotation | None:
    """The :class:`Annotation` an annotation expression states, or None if it states none.

    ``names`` maps the module's local names to what they stand for: an import's dotted
    target (``{"A": "typing.Annotated"}``, so ``A[float, "m"]`` is understood) or the
    :class:`Annotation` of a type alias (``Length = Annotated[float, "m"]``).

    >>> read(ast.parse('tuple[U["m"], U["s"]]', mode="eval").body).items
    (Annotation(unit='m'), Annotation(unit='s'))
    >>> read(ast.parse('Body', mode="eval").body).cls
    'Body'
    """
    if expr is None:
        return None
    names = names or {}
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):  # "from __future__" style
        try:
            expr = ast.parse(expr.value.strip(), mode="eval").body
        except SyntaxError:
            return None
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.BitOr):  # X | None
        sides = [read(e, file, names) for e in (expr.left, expr.right) if not _is_none(e)]
        return sides[0] if len(sides) == 1 else None
    if isinstance(expr, ast.Name) and isinstance(names.get(expr.id), Annotation):
        return names[expr.id]
    if isinstance(expr, (ast.Name, ast.Attribute)):
        dotted = _dotted(expr)
        if dotted is None or dotted.rpartition(".")[2] in _PLAIN:
            return None
        if dotted.rpartition(".")[2] in _NUMBERS and (isinstance(expr, ast.Name) or dotted.startswith(("np.", "numpy."))):
            return Annotation(unit="1")  # x: float is a number with no unit
        return Annotation(cls=dotted)
    if not isinstance(expr, ast.Subscript):
        return None
    head, items = _tail(expr.value), _items(expr)
    if isinstance(expr.value, ast.Name) and isinstance(names.get(head), str):
        head = names[head].rpartition(".")[2]
    if head in _SHAPED:
        strings = _strings(items[1:])
        return Annotation(shape=_shape(strings[0], expr, file)) if strings else None
    if head == "U":
        strings = _strings(items)
        return _unit_annotation(strings, None, expr, file)
    if (head == "Annotated" or head in _SHORT) and items:
        inner = read(items[0], file, names)
        strings = _strings(items[1:])
        return _unit_annotation(strings, inner.shape if inner else None, expr, file) if strings else inner
    if head in _WRAPPERS and items:
        return read(items[0], file, names)
    if head == "Union":
        sides = [read(e, file, names) for e in items if not _is_none(e)]
        return sides[0] if len(sides) == 1 else None
    if head in ("tuple", "Tuple") and items:
        if len(items) == 2 and isinstance(items[1], ast.Constant) and items[1].value is Ellipsis:
            elem = read(items[0], file, names)  # tuple[A, ...]: a sequence of A
            return _contained(elem, "list")
        inner = tuple(read(e, file, names) for e in items)
        return Annotation(items=inner) if any(a is not None for a in inner) else None
    if head in _SEQUENCES and items:
        return None if _number_name(items[0]) else _contained(read(items[0], file, names), "list")
    if head in _MAPPINGS and len(items) == 2:
        return None if _number_name(items[1]) else _contained(read(items[1], file, names), "dict")
    return None


def _number_name(e: ast.expr) -> bool:
    """``float`` in ``list[float]``: a container of numbers says nothing of their unit (the
    unit of a sequence of speeds is rarely written there), so its elements stay unknown."""
    return isinstance(e, ast.Name) and e.id in _NUMBERS


def _contained(elem: Annotation | None, container: str) -> Annotation | None:
    """A container of ``elem``s: it carries the elements' unit (as an array does)."""
    if elem is None or (elem.unit is None and elem.shape is None):
        return None
    return Annotation(unit=elem.unit, kind=elem.kind, container=container, invalid=elem.invalid)


def _is_none(e: ast.expr) -> bool:
    return isinstance(e, ast.Constant) and e.value is None or isinstance(e, ast.Name) and e.id == "None"


def _dotted(e: ast.expr) -> str | None:
    parts = []
    while isinstance(e, ast.Attribute):
        parts.append(e.attr)
        e = e.value
    if not isinstance(e, ast.Name):
        return None
    return ".".join([e.id, *reversed(parts)])


def _unit_annotation(strings: list[str], shape, expr: ast.expr, file: str) -> Annotation | None:
    if not strings:
        return Annotation(shape=shape) if shape else None
    unit, kind = strings[0], (strings[1] if len(strings) > 1 else None)
    try:
        parse_unit(unit)
        if kind is not None:
            lookup_kind(kind)
    except UnitError as err:
        from .unit_hints import suggest

        hint = suggest(unit) if unit and str(err).startswith("unknown unit") else None
        message = f"{err}; did you mean {hint!r}?" if hint else str(err)
        raise SourceError(message, file, expr.lineno, expr.col_offset + 1) from None
    return Annotation(unit=unit, kind=kind, shape=shape)


def _shape(text: str, expr: ast.expr, file: str) -> tuple[str, ...]:
    dims = tuple(text.split())
    for d in dims:
        name = d.lstrip("*#").rstrip("?")
        if not (name == "..." or name == "_" or name.isdigit() or name.isidentifier()):
            raise SourceError(f"bad shape dimension {d!r} in {text!r}", file, expr.lineno, expr.col_offset + 1)
    return dims
