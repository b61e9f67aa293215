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
>>> read(ast.parse('float', mode="eval").body) is None
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


def read(expr: ast.expr | None, file: str = "<string>", names: dict | None = None) -> Annotation | None:
    """The :class:`Annotation` an annotation expression states, or None if it states none.

    ``names`` maps the module's local names to what they stand for: an import's dotted
    target (``{"A": "typing.Annotated"}``, so ``A[float, "m"]`` is understood) or the
    :class:`Annotation` of a type alias (``Length = Annotated[float, "m"]``).
    """
    if expr is None:
        return None
    names = names or {}
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):  # "from __future__" style
        try:
            expr = ast.parse(expr.value, mode="eval").body
        except SyntaxError:
            return None
    if isinstance(expr, ast.Name) and isinstance(names.get(expr.id), Annotation):
        return names[expr.id]
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
    if head == "Annotated" and items:
        inner = read(items[0], file, names)
        strings = _strings(items[1:])
        return _unit_annotation(strings, inner.shape if inner else None, expr, file) if strings else inner
    return None


def _unit_annotation(strings: list[str], shape, expr: ast.expr, file: str) -> Annotation | None:
    if not strings:
        return Annotation(shape=shape) if shape else None
    unit, kind = strings[0], (strings[1] if len(strings) > 1 else None)
    try:
        parse_unit(unit)
        if kind is not None:
            lookup_kind(kind)
    except UnitError as err:
        raise SourceError(str(err), file, expr.lineno, expr.col_offset + 1) from None
    return Annotation(unit=unit, kind=kind, shape=shape)


def _shape(text: str, expr: ast.expr, file: str) -> tuple[str, ...]:
    dims = tuple(text.split())
    for d in dims:
        name = d.lstrip("*#").rstrip("?")
        if not (name == "..." or name == "_" or name.isdigit() or name.isidentifier()):
            raise SourceError(f"bad shape dimension {d!r} in {text!r}", file, expr.lineno, expr.col_offset + 1)
    return dims
