"""Tables and Markdown for the command line: drawn by rich at a terminal (columns as wide
as the terminal allows, Markdown rendered); plain text elsewhere, so a pipe or a file gets
columns as wide as their contents and Markdown as written, never a control code.

>>> import io
>>> out = io.StringIO()
>>> table(["field", "laws"], [("mechanics", 61), ("optics", 9)], stream=out)
>>> print(out.getvalue(), end="")
field      laws
mechanics    61
optics        9
"""
from __future__ import annotations

import sys

from .progress import is_terminal

__all__ = ["markdown", "table"]


def _console(stream):
    from rich.console import Console

    return Console(file=stream, force_terminal=True, highlight=False, soft_wrap=False)


def table(headers, rows, *, stream=None, title: str = "") -> None:
    """Print ``rows`` under ``headers``; a column whose cells are all numbers is right-aligned."""
    stream = sys.stdout if stream is None else stream
    rows = [tuple(str(c) if c is not None else "" for c in r) for r in rows]
    numeric = [bool(rows) and all(_is_number(r[k]) for r in rows) for k in range(len(headers))]
    if is_terminal(stream):
        from rich.table import Table

        t = Table(title=title or None, title_justify="left", show_edge=False, pad_edge=False, box=None)
        for h, num in zip(headers, numeric):
            t.add_column(str(h), justify="right" if num else "left", overflow="fold")
        for r in rows:
            t.add_row(*r)
        _console(stream).print(t)
        return
    widths = [max([len(str(h))] + [len(r[k]) for r in rows]) for k, h in enumerate(headers)]
    if title:
        print(title, file=stream)
    for cells in [tuple(map(str, headers)), *rows]:
        parts = [c.rjust(w) if num else c.ljust(w) for c, w, num in zip(cells, widths, numeric)]
        print("  ".join(parts).rstrip(), file=stream)


def markdown(text: str, *, stream=None) -> None:
    """Print Markdown: rendered at a terminal, as written elsewhere (where it may be saved or piped)."""
    stream = sys.stdout if stream is None else stream
    if is_terminal(stream):
        from rich.markdown import Markdown

        _console(stream).print(Markdown(text))
    else:
        print(text, file=stream)


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True
