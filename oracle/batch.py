"""Batch questions: a JSON-lines file in, one JSON line per question out, in input order.

Each line is an object ``{"find": "E_k", "given": {"mass": "2 kg", ...}, "unit": "J"}``
(an ``"id"`` is echoed back). Questions are answered through an executor
(:mod:`proofs.executor`: in this process, local processes, or a Dask cluster); a line that
is not a question, or whose task fails twice, is an error line for that item
(``{"line": 3, "error": "..."}``) and the rest of the batch completes.

>>> items = read_items(['{"find": "E_k", "given": {"m": "2 kg", "v": "3 m/s"}, "unit": "J"}', 'nope'], "q.jsonl")
>>> [type(x).__name__ for x in items]
['dict', 'BadLine']
>>> lines = list(answer_batch(items, engine="closure", learn=False))
>>> lines[0]["status"], round(lines[0]["value"], 9), lines[1]["error"]
('verified', 9.0, 'q.jsonl:2:1: not JSON: Expecting value')
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

FIELDS = {"find", "given", "unit", "id"}


@dataclass(frozen=True)
class BadLine:
    """A line of the batch that is not a question: where, and why."""

    line: int
    error: str


def read_items(lines: Iterable[str], name: str = "<batch>") -> list:
    """Each non-blank line as a question (a dict with its ``line``) or, when it is not one, a
    :class:`BadLine` whose error names ``name:line:col``."""
    items = []
    for line_no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            items.append(BadLine(line_no, f"{name}:{line_no}:{err.colno}: not JSON: {err.msg}"))
            continue
        problem = _problem(item)
        items.append(BadLine(line_no, f"{name}:{line_no}:1: {problem}") if problem else {**item, "line": line_no})
    return items


def _problem(item) -> str:
    if not isinstance(item, dict):
        return "expected an object with 'find' and 'given'"
    unknown = sorted(set(item) - FIELDS)
    if unknown:
        return f"unknown field {unknown[0]!r} (fields: find, given, unit, id)"
    if not isinstance(item.get("find"), str) or not item["find"].strip():
        return "'find' must name the quantity asked for"
    given = item.get("given")
    if not isinstance(given, dict) or not all(isinstance(k, str) and isinstance(v, (str, int, float))
                                               and not isinstance(v, bool) for k, v in given.items()):
        return "'given' must be an object of names to values with units ('2 kg')"
    if item.get("unit") is not None and not isinstance(item["unit"], str):
        return "'unit' must be a string"
    return ""


def answer_item(task) -> dict:
    """One question's JSON answer (a module-level function: it runs on any worker)."""
    item, engine, learn = task
    from .cli import QUERY_EXIT, answer_json
    from .engine import QueryError, query

    out = {"line": item["line"], **({"id": item["id"]} if "id" in item else {})}
    try:
        a = query(item["given"], item["find"], unit=item.get("unit"), engine=engine, learn=learn)
    except (QueryError, ValueError, KeyError) as err:
        return {**out, "error": str(err), "exit_code": 2}
    return {**out, **answer_json(a), "exit_code": QUERY_EXIT[a.status]}


def answer_batch(items: list, *, engine: str = "spiking", learn: bool = True, executor=None) -> Iterator[dict]:
    """The answer (or the error) for every item of :func:`read_items`, in input order, as
    each becomes available."""
    return in_order(items, answer_item, lambda item: (item, engine, learn), executor=executor)


def in_order(items: list, work: Callable[[object], dict], task: Callable[[dict], object], *,
             executor=None, key: str = "line") -> Iterator[dict]:
    """For every item, in input order as each becomes available: a :class:`BadLine`'s error
    line, else ``work(task(item))`` run through ``executor`` (:func:`proofs.executor.fan_out`).
    A task that fails twice is an error line for its item (exit code 70); items and error
    lines carry their number under ``key``. Batch questions and tables of measurements
    (:mod:`oracle.table`) share it."""
    from proofs.executor import TaskError, fan_out

    jobs = [(k, x) for k, x in enumerate(items) if not isinstance(x, BadLine)]
    results = fan_out(work, [task(x) for _, x in jobs], executor=executor)
    done: dict[int, dict] = {}
    slot = {k: j for j, (k, _) in enumerate(jobs)}
    for k, item in enumerate(items):
        if isinstance(item, BadLine):
            yield {key: item.line, "error": item.error, "exit_code": 2}
            continue
        while slot[k] not in done:
            j, got = next(results)
            done[j] = got if not isinstance(got, TaskError) else \
                {key: jobs[j][1][key], "error": f"the task failed twice: {got}", "exit_code": 70}
        yield done.pop(slot[k])
