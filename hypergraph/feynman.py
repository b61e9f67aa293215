"""Reading AI-Feynman-format equation tables into laws (as code, never evaluated).

A table row gives an output name, a formula in Python/SymPy syntax and its variables;
``units.csv`` gives every variable's exponents over m, s, kg, K and V. Each formula is
parsed with ``ast`` and checked against a whitelist (numbers, the row's variables, ``pi``
and a few functions); the row becomes an annotated law function, so the same PSG and
proof pipeline that checks people's code checks the tables. Spans of the generated code
map back to ``table.csv:line:col`` of the formula.

Known errata of the published tables are handled: ``mu_drift`` is s kg^-1 (the table says
kg s^-1), and the ``# variables`` column is ignored in favour of the named columns.

>>> eq = FeynmanEquation("t.csv", 2, 4, "I.12.1", "F", "mu*Nn", ("mu", "Nn"))
>>> print(law_source([eq], {"mu": "1", "Nn": "kg*m/s^2", "F": "kg*m/s^2"})[0].splitlines()[-2])
    return mu*Nn
"""
from __future__ import annotations

import ast
import csv
from dataclasses import dataclass
from pathlib import Path

from psg.errors import SourceError
from psg.graph import PSG, Span

FUNCTIONS = frozenset({"exp", "sqrt", "sin", "cos", "tan", "tanh", "arcsin", "arccos", "arctan",
                       "asin", "acos", "atan", "log", "ln", "sinh", "cosh"})
CONSTANTS = frozenset({"pi"})
ERRATA = {"mu_drift": {"s": 1, "kg": -1}}  # the published table gives kg^1 s^-1
_RETURN = "    return "


class TableError(SourceError):
    """A malformed table or a formula outside the whitelist (with table:line:col)."""


@dataclass(frozen=True)
class FeynmanEquation:
    """One row: where it is, its name, output, formula and variables (in column order)."""

    table: str
    line: int            # 1-based line of the row in the CSV file
    col: int             # 1-based column where the formula starts on that line
    name: str
    output: str
    formula: str
    variables: tuple[str, ...]
    title: str = ""
    ranges: tuple[tuple[float, float], ...] = ()  # the table's sampling range of each variable

    @property
    def assumes(self) -> tuple[str, ...]:
        """Sign assumptions read off the sampling ranges: ``x > 0`` where the range is positive."""
        out = []
        for v, (low, high) in zip(self.variables, self.ranges):
            if low > 0:
                out.append(f"{v} > 0")
            elif low >= 0:
                out.append(f"{v} >= 0")
            elif high < 0:
                out.append(f"{v} < 0")
        return tuple(out)

    @property
    def function_name(self) -> str:
        base = self.name.replace(".", "_").replace("-", "_")
        return ("bonus_" + base.removeprefix("test_")) if base.startswith("test_") else "feynman_" + base


def read_units(path: str | Path, fix_errata: bool = True) -> dict[str, str]:
    """``units.csv`` -> {variable: pint unit string}."""
    path = Path(path)
    out = {}
    try:
        rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    except OSError as err:
        raise TableError(f"cannot read units table: {err.strerror}", str(path)) from None
    for k, row in enumerate(rows, start=2):
        name = (row.get("Variable") or "").strip()
        if not name:
            continue
        try:
            exps = {u: int(row[c]) for u, c in (("m", "m"), ("s", "s"), ("kg", "kg"), ("K", "T"), ("V", "V"))}
        except (KeyError, TypeError, ValueError):
            raise TableError(f"row for {name!r} needs integer exponents in columns m, s, kg, T, V", str(path), k, 1) from None
        if fix_errata and name in ERRATA:
            exps = {**{u: 0 for u in exps}, **ERRATA[name]}
        out[name] = "*".join(f"{u}**{e}" for u, e in exps.items() if e) or "1"
    return out


def read_table(path: str | Path) -> list[FeynmanEquation]:
    """Every equation of an AI-Feynman-format CSV, with the formula's position in the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise TableError(f"cannot read table: {err}", str(path)) from None
    lines = text.splitlines()
    reader = csv.DictReader(lines)
    need = {"Filename", "Output", "Formula"}
    if not reader.fieldnames or not need <= set(reader.fieldnames):
        raise TableError(f"not an AI-Feynman table: needs columns {sorted(need)}", str(path), 1, 1)
    eqs = []
    for k, row in enumerate(reader, start=2):
        name = (row.get("Filename") or "").strip()
        if not name:
            continue
        formula = (row.get("Formula") or "").strip()
        variables, ranges = [], []
        for key, v in row.items():
            if key and key.endswith("_name") and v and v.strip():
                variables.append(v.strip())
                stem = key[: -len("_name")]
                try:
                    ranges.append((float(row.get(stem + "_low") or "nan"), float(row.get(stem + "_high") or "nan")))
                except ValueError:
                    raise TableError(f"{name}: the range of {v.strip()!r} is not a number", str(path), k, 1) from None
        col = lines[k - 1].find(formula) + 1 if formula else 1
        eqs.append(FeynmanEquation(str(path), k, max(col, 1), name, row["Output"].strip(), formula, tuple(variables),
                                   (row.get("Name") or "").strip(), tuple(ranges)))
    return eqs


def check_formula(eq: FeynmanEquation) -> None:
    """Raise :class:`TableError` unless the formula uses only whitelisted syntax and names."""
    where = (eq.table, eq.line)
    try:
        tree = ast.parse(eq.formula, mode="eval")
    except SyntaxError as err:
        raise TableError(f"formula of {eq.name} is not valid syntax: {err.msg}", *where, eq.col + (err.offset or 1) - 1) from None
    allowed = set(eq.variables) | CONSTANTS
    for node in ast.walk(tree):
        col = eq.col + getattr(node, "col_offset", 0)
        if isinstance(node, (ast.Expression, ast.Load, ast.operator, ast.unaryop)):
            if isinstance(node, ast.operator) and not isinstance(node, (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow)):
                raise TableError(f"formula of {eq.name} uses an operator outside + - * / **", *where, eq.col)
            continue
        if isinstance(node, (ast.BinOp, ast.UnaryOp)):
            continue
        if isinstance(node, ast.Call):
            if not (isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS) or node.keywords:
                raise TableError(f"formula of {eq.name} calls something outside {sorted(FUNCTIONS)}", *where, col)
            continue
        if isinstance(node, ast.Name):
            if node.id not in allowed and node.id not in FUNCTIONS:
                raise TableError(f"formula of {eq.name} uses {node.id!r}, which is not one of its variables", *where, col)
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            continue
        raise TableError(f"formula of {eq.name} holds {type(node).__name__}, outside the whitelist", *where, col)


def law_source(eqs: list[FeynmanEquation], units: dict[str, str]) -> tuple[str, dict[int, tuple[FeynmanEquation, bool]]]:
    """A Python module of annotated laws, and a map generated line -> (equation, is the formula line)."""
    out = ['"""Laws generated from AI-Feynman tables (checked, never executed)."""',
           "from math import exp, sqrt, sin, cos, tan, tanh, asin, acos, atan, log, sinh, cosh, pi",
           "from oracle.laws import U, law", ""]
    linemap: dict[int, tuple[FeynmanEquation, bool]] = {}
    for eq in eqs:
        check_formula(eq)
        missing = [v for v in (*eq.variables, eq.output) if v not in units]
        if missing:
            raise TableError(f"{eq.name}: no units for {missing[0]!r} in the units table", eq.table, eq.line, 1)
        params = ", ".join(f'{v}: U["{units[v]}"]' for v in eq.variables)
        title = (eq.title or eq.name).replace('"', "'")
        assumes = "".join(f'"{a}", ' for a in eq.assumes)
        block = [f'@law(output="{eq.output}", name="{title}", assumes=({assumes}))',
                 f'def {eq.function_name}({params}) -> U["{units[eq.output]}"]:',
                 f"{_RETURN}{eq.formula}", ""]
        for k, text in enumerate(block):
            linemap[len(out) + k + 1] = (eq, text.startswith(_RETURN))
        out.extend(block)
    return "\n".join(out) + "\n", linemap


def quantities_source(path: str | Path, fix_errata: bool = True) -> str:
    """A quantities module declaring every variable of ``units.csv`` (name: its description)."""
    path = Path(path)
    units = read_units(path, fix_errata)
    described = {}
    for row in csv.DictReader(path.open(encoding="utf-8-sig")):
        if (row.get("Variable") or "").strip():
            described[row["Variable"].strip()] = (row.get("Units") or "").strip()
    lines = ["from oracle.laws import quantity"]
    counts: dict[str, int] = {}
    for var in units:
        d = (described.get(var) or var).lower()
        counts[d] = counts.get(d, 0) + 1
    for var, unit in units.items():
        desc = (described.get(var) or var).replace('"', "'")
        name = desc if counts[desc.lower()] == 1 else f"{desc} {var}"
        lines.append(f'{var} = quantity("{unit}", "{name}")')
    return "\n".join(lines) + "\n"


def knowledge_graph(tables: list[str | Path], units_path: str | Path, *, names=None, fix_errata: bool = True,
                    use_cache: bool = True):
    """A :class:`~hypergraph.model.KnowledgeGraph` of the tables' equations (every direction solved and
    proved); ``names`` keeps only the equations so named (``["I.10.7", ...]``)."""
    from psg import parse_sources

    from .build import build

    units = read_units(units_path, fix_errata)
    eqs = [eq for t in tables for eq in read_table(t) if names is None or eq.name in names]
    laws, linemap = law_source(eqs, units)
    g = parse_sources([("feynman_quantities.py", quantities_source(units_path, fix_errata)), ("feynman.py", laws)])
    return build(map_spans(g, linemap, only="feynman.py"), use_cache=use_cache)


def map_spans(psg: PSG, linemap: dict[int, tuple[FeynmanEquation, bool]], only: str | None = None) -> PSG:
    """The same PSG with spans moved from the generated module to the tables."""
    from dataclasses import replace

    def move(span: Span) -> Span:
        if span.line not in linemap or (only is not None and span.file != only):
            return span
        eq, formula_line = linemap[span.line]
        shift = eq.col - len(_RETURN) - 1 if formula_line else None
        col = max(span.col + shift, eq.col) if shift is not None else 1
        end = span.end_col + shift if shift is not None and span.end_line == span.line else col
        return Span(eq.table, eq.line, col, eq.line, max(end, col))

    nodes = tuple(replace(n, span=move(n.span)) for n in psg.nodes)
    return PSG(nodes, psg.roots, psg.flow, psg.calls, psg.sources, links=psg.links)


def load(tables: list[str | Path], units_path: str | Path, fix_errata: bool = True) -> tuple[PSG, list[FeynmanEquation]]:
    """Read tables and units into one PSG of laws whose spans point into the tables."""
    from psg import parse

    units = read_units(units_path, fix_errata)
    eqs = [eq for t in tables for eq in read_table(t)]
    source, linemap = law_source(eqs, units)
    return map_spans(parse(source, filename="<feynman>"), linemap), eqs


def default_tables(shared: Path) -> tuple[list[Path], Path]:
    """The two bundled tables and the units table under ``shared/feynman``."""
    d = Path(shared) / "feynman"
    return [d / "FeynmanEquations.csv", d / "BonusEquations.csv"], d / "units.csv"
