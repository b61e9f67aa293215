"""A small, independent reader of the knowledge base source for the tests in tests/kb.

It reads ``datasets/physics/*.py`` with ``ast`` only (never imports or executes them),
translates each law's return expression to sympy through a whitelist, and computes
dimensions with pint. It is a test oracle for the data, not the project's parser.

>>> kb = read_kb()
>>> kb.laws["kinetic_energy"].output
'E_k'
"""
from __future__ import annotations

import ast
import functools
import math
from dataclasses import dataclass, field
from pathlib import Path

import pint
import sympy

KB_DIR = Path(__file__).resolve().parents[2] / "datasets" / "physics"
FIELDS = ("mechanics", "gravitation", "fluids", "thermodynamics", "electromagnetism",
          "circuits", "waves_optics", "relativity", "quantum_atomic", "nuclear")
SUPPORT_MODULES = ("geometry", "particles", "substances", "conventions")  # helper laws; constants of their kinds
MODULES = FIELDS + SUPPORT_MODULES
MATH_FUNCTIONS = {
    "sqrt": sympy.sqrt, "exp": sympy.exp, "log": sympy.log, "sin": sympy.sin,
    "cos": sympy.cos, "tan": sympy.tan, "asin": sympy.asin, "acos": sympy.acos,
    "atan": sympy.atan, "sinh": sympy.sinh, "cosh": sympy.cosh, "tanh": sympy.tanh,
}
MATH_NAMES = set(MATH_FUNCTIONS) | {"pi"}
LAW_KEYWORDS = {"output", "name", "on", "of", "members", "assumes", "conditions", "valid", "premise", "cost"}

ureg = pint.UnitRegistry()


class KBFormatError(ValueError):
    """A knowledge-base file breaks the format; the text names the file, line and rule."""


def where(path: Path, node: ast.AST) -> str:
    return f"{path.name}:{getattr(node, 'lineno', '?')}"


@functools.lru_cache(maxsize=None)
def dimension(unit: str):
    """The pint dimensionality of a unit string ("1" is dimensionless)."""
    return ureg.Quantity(1, unit).dimensionality


@dataclass(frozen=True)
class Quantity:
    symbol: str
    unit: str
    name: str
    kind: str
    synonyms: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Constant:
    name: str
    unit: str
    codata_key: str | None
    value: float | None
    module: str
    line: int


@dataclass(frozen=True)
class Law:
    name: str
    module: str
    line: int
    output: str
    params: tuple[str, ...]
    param_units: tuple[str, ...]
    return_unit: str
    assumes: tuple[str, ...]
    valid: str
    cost: int
    doc: str
    expr_node: ast.expr = field(compare=False)
    constants: dict = field(compare=False)

    def sympy_expr(self) -> sympy.Expr:
        """The return expression as sympy; law symbols and constants are plain Symbols."""
        return to_sympy(self.expr_node, self)


@dataclass
class KB:
    quantities: dict[str, Quantity]
    laws: dict[str, Law]
    constants: list[Constant]
    duplicate_quantities: list[str]
    duplicate_laws: list[str]


def _unit_of_annotation(node: ast.expr | None, path: Path) -> str:
    """``U["m/s"]`` -> "m/s"; anything else is a format error."""
    if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
            and node.value.id == "U" and isinstance(node.slice, ast.Constant)
            and isinstance(node.slice.value, str)):
        return node.slice.value
    raise KBFormatError(f"{where(path, node)}: expected an annotation U[\"unit\"], got "
                        f"{ast.unparse(node) if node else 'none'}")


def read_quantities(path: Path = KB_DIR / "quantities.py") -> tuple[dict, list[str]]:
    tree = ast.parse(path.read_text(), str(path))
    found: dict[str, Quantity] = {}
    duplicates: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) or (
                isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
            continue
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name) and node.value.func.id == "quantity"):
            raise KBFormatError(f"{where(path, node)}: only `sym = quantity(...)` is allowed")
        call = node.value
        args = [ast.literal_eval(a) for a in call.args]
        kwargs = {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords}
        symbol = node.targets[0].id
        if symbol in found:
            duplicates.append(symbol)
        found[symbol] = Quantity(symbol, args[0], args[1], kwargs.get("kind", ""),
                                 tuple(kwargs.get("synonyms", ())), node.lineno)
    return found, duplicates


def _read_constant(node: ast.AnnAssign, path: Path, module: str) -> Constant:
    unit = _unit_of_annotation(node.annotation, path)
    value = node.value
    if (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
            and value.func.id == "codata" and len(value.args) == 1
            and isinstance(value.args[0], ast.Constant) and isinstance(value.args[0].value, str)):
        return Constant(node.target.id, unit, value.args[0].value, None, module, node.lineno)
    if isinstance(value, ast.Constant) and isinstance(value.value, (int, float)):
        return Constant(node.target.id, unit, None, float(value.value), module, node.lineno)
    raise KBFormatError(f"{where(path, node)}: a constant is a number or codata(\"key\")")


def _read_law(fn: ast.FunctionDef, path: Path, module: str, constants: dict) -> Law:
    if len(fn.decorator_list) != 1:
        raise KBFormatError(f"{where(path, fn)}: {fn.name} needs exactly one @law(...)")
    deco = fn.decorator_list[0]
    if not (isinstance(deco, ast.Call) and isinstance(deco.func, ast.Name)
            and deco.func.id == "law" and not deco.args):
        raise KBFormatError(f"{where(path, fn)}: {fn.name}: decorator must be @law(key=...)")
    meta = {}
    for kw in deco.keywords:
        if kw.arg not in LAW_KEYWORDS:
            raise KBFormatError(f"{where(path, fn)}: {fn.name}: unknown @law keyword {kw.arg}")
        meta[kw.arg] = ast.literal_eval(kw.value)
    a = fn.args
    if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs or a.defaults:
        raise KBFormatError(f"{where(path, fn)}: {fn.name}: plain parameters only")
    params = tuple(arg.arg for arg in a.args)
    units = tuple(_unit_of_annotation(arg.annotation, path) for arg in a.args)
    body = list(fn.body)
    doc = ""
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        doc = body.pop(0).value.value
    if len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
        raise KBFormatError(f"{where(path, fn)}: {fn.name}: body must be one return statement")
    return Law(fn.name, module, fn.lineno, meta.get("output", ""), params, units,
               _unit_of_annotation(fn.returns, path), tuple(meta.get("assumes", ())),
               meta.get("valid", ""), meta.get("cost", 1), doc, body[0].value, constants)


def read_module(module: str) -> tuple[list[Law], list[Constant], set[str]]:
    """Laws, constants and names imported from math of one law module."""
    path = KB_DIR / f"{module}.py"
    tree = ast.parse(path.read_text(), str(path))
    laws, constants, math_imports = [], [], set()
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue
        if isinstance(node, ast.ImportFrom) and node.module in ("math", "oracle.laws"):
            if node.module == "math":
                math_imports |= {alias.name for alias in node.names}
            continue
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            constants.append(_read_constant(node, path, module))
            continue
        if isinstance(node, ast.FunctionDef):
            laws.append(_read_law(node, path, module, {c.name: c for c in constants}))
            continue
        raise KBFormatError(f"{where(path, node)}: unexpected statement "
                            f"{ast.unparse(node)[:60]!r}")
    return laws, constants, math_imports


@functools.lru_cache(maxsize=None)
def read_kb() -> KB:
    quantities, dup_q = read_quantities()
    laws: dict[str, Law] = {}
    constants: list[Constant] = []
    dup_laws: list[str] = []
    for module in MODULES:
        mod_laws, mod_consts, _ = read_module(module)
        constants += mod_consts
        for item in mod_laws:
            if item.name in laws:
                dup_laws.append(item.name)
            laws[item.name] = item
    return KB(quantities, laws, constants, dup_q, dup_laws)


def to_sympy(node: ast.expr, law: Law) -> sympy.Expr:
    """Whitelisted ast -> sympy; integers stay exact (1/3 is Rational(1, 3))."""
    here = f"{law.module}.{law.name}"
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return sympy.Integer(node.value) if isinstance(node.value, int) else sympy.Float(node.value)
    if isinstance(node, ast.Name):
        if node.id == "pi":
            return sympy.pi
        if node.id in law.params or node.id in law.constants:
            return sympy.Symbol(node.id)
        raise KBFormatError(f"{here}: name {node.id!r} is neither a parameter, a module "
                            f"constant nor pi")
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = to_sympy(node.operand, law)
        return -inner if isinstance(node.op, ast.USub) else inner
    if isinstance(node, ast.BinOp):
        left, right = to_sympy(node.left, law), to_sympy(node.right, law)
        ops = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
               ast.Mult: lambda a, b: a * b, ast.Div: lambda a, b: a / b,
               ast.Pow: lambda a, b: a**b}
        if type(node.op) in ops:
            return ops[type(node.op)](left, right)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in MATH_FUNCTIONS and len(node.args) == 1 and not node.keywords):
        return MATH_FUNCTIONS[node.func.id](to_sympy(node.args[0], law))
    raise KBFormatError(f"{here}: {ast.unparse(node)!r} is outside the expression whitelist")


def symbol_units(law: Law) -> dict[str, str]:
    """Unit of every symbol of a law's expression: parameters, then module constants."""
    units = dict(zip(law.params, law.param_units))
    units.update({name: c.unit for name, c in law.constants.items()})
    return units


def expr_dimension(expr: sympy.Expr, units: dict[str, str]):
    """Dimension of a sympy expression; raises DimensionError where it is inconsistent."""
    dimensionless = dimension("1")
    if isinstance(expr, sympy.Symbol):
        return dimension(units[expr.name])
    if expr.is_number:
        return dimensionless
    if isinstance(expr, sympy.Add):
        dims = {expr_dimension(term, units) for term in expr.args}
        if len(dims) != 1:
            raise DimensionError(f"terms of {expr} have dimensions {sorted(map(str, dims))}")
        return dims.pop()
    if isinstance(expr, sympy.Mul):
        out = dimensionless
        for factor in expr.args:
            out = out * expr_dimension(factor, units)
        return out
    if isinstance(expr, sympy.Pow):
        base = expr_dimension(expr.base, units)
        if expr.exp.is_number:
            return base ** float(expr.exp) if base != dimensionless else dimensionless
        if base != dimensionless or expr_dimension(expr.exp, units) != dimensionless:
            raise DimensionError(f"{expr}: a symbolic exponent needs a dimensionless base "
                                 f"and exponent")
        return dimensionless
    if isinstance(expr, sympy.Function):
        for arg in expr.args:
            if expr_dimension(arg, units) != dimensionless:
                raise DimensionError(f"{expr}: the argument of {expr.func} must be "
                                     f"dimensionless, got {expr_dimension(arg, units)}")
        return dimensionless
    raise DimensionError(f"{expr}: no dimension rule for {type(expr).__name__}")


class DimensionError(ValueError):
    """An expression adds or applies functions to quantities of incompatible dimensions."""


def pint_evaluate(expr: sympy.Expr, values: dict[str, "pint.Quantity"]):
    """Evaluate a sympy expression with pint quantities: pint itself enforces dimensions."""
    if isinstance(expr, sympy.Symbol):
        return values[expr.name]
    if expr.is_number:
        return float(expr)
    if isinstance(expr, sympy.Add):
        terms = [pint_evaluate(a, values) for a in expr.args]
        total = terms[0]
        for term in terms[1:]:
            total = total + term
        return total
    if isinstance(expr, sympy.Mul):
        out = 1.0
        for factor in expr.args:
            out = out * pint_evaluate(factor, values)
        return out
    if isinstance(expr, sympy.Pow):
        base, exp = pint_evaluate(expr.base, values), pint_evaluate(expr.exp, values)
        if isinstance(exp, ureg.Quantity):
            exp = exp.to("dimensionless").magnitude
        return base**exp
    if isinstance(expr, sympy.Function):
        arg = pint_evaluate(expr.args[0], values)
        if isinstance(arg, ureg.Quantity):
            arg = arg.to("dimensionless").magnitude  # raises DimensionalityError otherwise
        if isinstance(arg, complex):   # a root of a negative for random values: dimension only
            return 0.5
        name = expr.func.__name__
        fn = {"asin": math.asin, "acos": math.acos, "atan": math.atan, "log": math.log,
              "exp": math.exp, "sin": math.sin, "cos": math.cos, "tan": math.tan,
              "sinh": math.sinh, "cosh": math.cosh, "tanh": math.tanh}[name]
        try:
            return fn(arg)
        except (ValueError, OverflowError):  # out of domain for random values: dimension only
            return 0.5
    raise DimensionError(f"{expr}: cannot evaluate {type(expr).__name__} with pint")


def constant_values() -> dict[str, float]:
    """Numeric value of every module constant (CODATA keys looked up in scipy)."""
    from scipy.constants import physical_constants

    kb = read_kb()
    return {c.name: (physical_constants[c.codata_key][0] if c.codata_key else c.value)
            for c in kb.constants}


def evaluate_law(name: str, **given: float) -> float:
    """Numeric value of a law (SI inputs) through its sympy translation, not by running it."""
    law = read_kb().laws[name]
    if set(given) != set(law.params):
        raise TypeError(f"{name} takes {law.params}, got {sorted(given)}")
    expr = law.sympy_expr().subs({sympy.Symbol(k): v for k, v in constant_values().items()})
    value = expr.subs({sympy.Symbol(k): v for k, v in given.items()})
    return float(sympy.N(value, 30))
