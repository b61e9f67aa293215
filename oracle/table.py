"""Tables of measurements: one row per set of measurements, each checked like
``oracle.check(measurements)``, on the executor seam that batch questions use.

A table is a CSV file (read with the ``csv`` module: pandas is not needed) or a pandas
DataFrame. Its header names a quantity per column, with the column's unit in brackets:
``m [kg],v [m/s],E_k [J]`` (``[1]`` for a number without a unit; quantities are named as
``oracle.check`` takes them: symbols, names, synonyms). A cell is a plain number (``2``,
``-1.5e3``); an empty cell was not measured in that row (a row of empty cells, like a blank
line, is left out). Rows are numbered as the CSV file's lines (the header is row 1; a
DataFrame's rows as if written out as CSV).

Bad input names ``table:row:column``. A header without a unit, an unknown quantity or unit,
a unit of the wrong dimension, two columns of one quantity, or a table with no rows is an
error for the whole table (ValueError, before any row is checked). A cell that is not a
number, or a value its quantity cannot take (a negative mass), is an error for its row
only: the other rows are still checked.

>>> table = parse_csv(["m [kg],v [m/s],E_k [J]", "2,3,9", "2,3,10", "2,x,9"], "lab.csv")
>>> [(r["row"], r["exit_code"], r.get("error")) for r in check_table(table)]
[(2, 0, None), (3, 1, None), (4, 2, "lab.csv:4:2: 'x' in column 'v [m/s]' is not a number")]
"""
from __future__ import annotations

import csv
import numbers
import os
import re
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .batch import BadLine, in_order

_HEADER = re.compile(r"^(?P<name>[^\[\]]*?)\s*\[(?P<unit>[^\[\]]*)\]$")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
#: Rows checked by one task (a row is about a millisecond of work once the knowledge base is loaded).
CHUNK = 64
_FORMAT = "write 'quantity [unit]', e.g. 'mass [kg]' ('[1]' for a number without a unit)"


@dataclass(frozen=True)
class Table:
    """A table as text: its name (for errors), header cells, and ``(row number, cells)``."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Column:
    """A column of measurements: its place, header, the quantity it holds and its unit."""

    number: int
    header: str
    symbol: str
    unit: str


def read_table(table) -> Table:
    """A :class:`Table` from a CSV path or a pandas DataFrame (a Table is kept as it is)."""
    if isinstance(table, Table):
        return table
    if isinstance(table, (str, os.PathLike)):
        return read_csv(table)
    if hasattr(table, "columns") and hasattr(table, "itertuples"):
        return from_dataframe(table)
    raise ValueError(f"a table of measurements is a CSV path or a pandas DataFrame, not {type(table).__name__}")


def read_csv(path) -> Table:
    """Read a CSV file (UTF-8, a BOM allowed, comma-separated). Raises ValueError naming the
    file when it is not a readable regular file or not CSV."""
    p = Path(path)
    if not p.is_file():  # a FIFO or a device would block, a folder cannot be read
        raise ValueError(f"{path}: no such file" if not p.exists() else f"{path}: not a regular file")
    try:
        with open(p, encoding="utf-8-sig", newline="") as f:
            return parse_csv(f, str(path))
    except UnicodeDecodeError as err:
        raise ValueError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from None


def parse_csv(lines: Iterable[str], name: str = "<table>") -> Table:
    """A :class:`Table` from CSV lines; blank lines are left out, rows keep their line numbers."""
    reader = csv.reader(lines)
    header, rows = None, []
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            cells = tuple(c.strip() for c in cells)
            if header is None:
                header = cells
            else:
                rows.append((reader.line_num, cells))
    except csv.Error as err:
        raise ValueError(f"{name}:{reader.line_num}:1: not CSV: {err}") from None
    return Table(name, header or (), tuple(rows))


def from_dataframe(df, name: str = "<DataFrame>") -> Table:
    """A :class:`Table` from a pandas DataFrame: numbers as their exact text (``repr``), a
    missing value (NaN, None, pd.NA) as an empty cell; a row of empty cells is left out, as
    a blank line of a CSV file is."""
    import pandas as pd  # only here: a DataFrame means pandas is installed

    def text(v) -> str:
        if isinstance(v, str):
            return v.strip()
        if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v)):
            return ""
        if isinstance(v, numbers.Integral) and not isinstance(v, bool):
            return str(int(v))
        if isinstance(v, numbers.Real) and not isinstance(v, bool):
            return repr(float(v))
        return str(v)

    rows = ((k + 2, tuple(text(v) for v in rec)) for k, rec in enumerate(df.itertuples(index=False, name=None)))
    return Table(name, tuple(str(c).strip() for c in df.columns), tuple(r for r in rows if any(r[1])))


def columns(table: Table, oracle) -> list[Column]:
    """The header's columns, each resolved to a quantity and checked against its unit.
    Raises ValueError naming ``table:1:column`` for the first bad header."""
    from psg.units import UnitError, parse_unit

    from .engine import OutOfDomainError, QueryError

    if not table.header:
        raise ValueError(f"{table.name}:1:1: empty table: the first row names the measured quantities; {_FORMAT}")
    out: list[Column] = []
    for number, header in enumerate(table.header, 1):
        where = f"{table.name}:1:{number}"
        m = _HEADER.match(header)
        if not header:
            raise ValueError(f"{where}: column {number} has no header; {_FORMAT}")
        if m is None:
            raise ValueError(f"{where}: column {header!r} has no unit; {_FORMAT}")
        if not m["name"]:
            raise ValueError(f"{where}: column {header!r} names no quantity; {_FORMAT}")
        unit = m["unit"].strip() or "1"
        try:
            symbol = oracle.resolve(m["name"])
            parse_unit(unit)
            oracle.si_value(symbol, _value_text("1", unit))  # the unit's dimension is the quantity's
        except OutOfDomainError:
            pass  # 1 of the unit is outside the quantity's domain: only values can be checked for that
        except (QueryError, UnitError, KeyError) as err:
            raise ValueError(f"{where}: column {header!r}: {_message(err)}") from None
        same = next((c for c in out if c.symbol == symbol), None)
        if same is not None:
            raise ValueError(f"{where}: column {header!r} is the same quantity ({symbol}) as column "
                             f"{same.number} ({same.header!r})")
        out.append(Column(number, header, symbol, unit))
    if not table.rows:
        raise ValueError(f"{table.name}:2:1: no measurements: the table has a header and no rows")
    return out


def row_items(table: Table, cols: list[Column]) -> list:
    """Each row as a task (its row number and measured cells) or, when a cell is not a
    number or the row has the wrong number of cells, a :class:`BadLine` naming it."""
    items: list = []
    for row, cells in table.rows:
        if len(cells) != len(cols):
            items.append(BadLine(row, f"{table.name}:{row}:{min(len(cells), len(cols)) + 1}: the row has "
                                      f"{len(cells)} cells, the header {len(cols)} columns"))
            continue
        bad = next((c for c, cell in zip(cols, cells) if cell and not _NUMBER.fullmatch(cell)), None)
        if bad is not None:
            cell = cells[bad.number - 1]
            items.append(BadLine(row, f"{table.name}:{row}:{bad.number}: {cell!r} in column {bad.header!r} "
                                      "is not a number"))
            continue
        measured = tuple((c.number, c.header, c.symbol, _value_text(cell, c.unit))
                         for c, cell in zip(cols, cells) if cell)
        items.append({"row": row, "table": table.name, "cells": measured})
    return items


def check_row(task) -> dict:
    """One row's result: the laws checked and those violated, or the error of a cell (a
    module-level function: it runs on any worker)."""
    item, rel_tol, oracle = task
    from .engine import QueryError, default_oracle

    o = oracle if oracle is not None else default_oracle(False)
    values = {}
    for number, header, symbol, text in item["cells"]:
        try:
            values[symbol] = o.si_value(symbol, text)
        except (QueryError, ValueError, KeyError) as err:
            return {"row": item["row"], "error": f"{item['table']}:{item['row']}:{number}: column {header!r}: "
                                                 f"{_message(err)}", "exit_code": 2}
    checked = [law.id for law in o.checkable(values)]
    violated = o.check_si(values, rel_tol)
    return {"row": item["row"], "checked": checked, "violated": violated,
            "exit_code": 0 if checked and not violated else 1}


def check_table(table, *, rel_tol: float = 0.01, kb=None, executor=None) -> Iterator[dict]:
    """Every row's result, in row order as each becomes available: ``{"row", "checked",
    "violated", "exit_code"}`` (0 consistent, 1 a law violated or nothing to check against),
    or ``{"row", "error", "exit_code": 2}`` for a bad row (70: its task failed twice).

    ``executor`` is a ``concurrent.futures.Executor`` or a ``dask.distributed.Client``
    (:mod:`proofs.executor`); ``kb`` (your own knowledge base) checks the rows in this
    process. Raises ValueError for a bad header or an empty table (see the module)."""
    from proofs.executor import open_executor

    from .engine import Oracle, default_oracle

    if kb is not None and executor is not None:
        raise ValueError("a table checked against your own kb= is checked in this process: leave out executor=")
    oracle = Oracle(kb, learn=False) if kb is not None else default_oracle(False)
    t = read_table(table)
    items = row_items(t, columns(t, oracle))
    task_oracle = oracle if kb is not None else None  # workers build the default one themselves
    chunks = _chunks(items)
    opened = open_executor(client=executor) if hasattr(executor, "get_executor") else nullcontext(executor)
    with opened as ex:
        outs = in_order(chunks, check_rows, lambda c: (c["rows"], rel_tol, task_oracle), executor=ex, key="row")
        for chunk, out in zip(chunks, outs):
            if isinstance(chunk, BadLine):
                yield out
            elif isinstance(out, dict):  # the chunk's task failed twice: an error for each of its rows
                yield from ({**out, "row": item["row"]} for item in chunk["rows"])
            else:
                yield from out


def check_rows(task) -> list[dict]:
    """:func:`check_row` for each row of a chunk (one task: a row alone is too little work
    to send to a worker)."""
    rows, rel_tol, oracle = task
    return [check_row((item, rel_tol, oracle)) for item in rows]


def _chunks(items: list) -> list:
    """The rows' tasks in chunks of up to :data:`CHUNK` consecutive good rows; a bad row
    (:class:`BadLine`) stays an item of its own, so everything keeps its row order."""
    out: list = []
    for item in items:
        if isinstance(item, BadLine):
            out.append(item)
        elif out and isinstance(out[-1], dict) and len(out[-1]["rows"]) < CHUNK:
            out[-1]["rows"].append(item)
        else:
            out.append({"row": item["row"], "rows": [item]})
    return out


def _value_text(cell: str, unit: str) -> str:
    return cell if unit == "1" else f"{cell} {unit}"


def _message(err: BaseException) -> str:
    return str(err.args[0]) if isinstance(err, KeyError) and err.args else str(err)


__all__ = ["Table", "Column", "read_table", "read_csv", "parse_csv", "from_dataframe", "columns", "row_items",
           "check_row", "check_rows", "check_table"]
