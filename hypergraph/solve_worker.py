"""A worker process that solves and proves law directions: JSON jobs in, JSON results out.

Started by :func:`command` (isolated: see there); it reads a JSON list of jobs
``[output, expression, inputs, assumes]`` on standard input and writes one line of
direction records (JSON) per job on standard output. Plain subprocesses (not multiprocessing) keep the
caller's ``__main__`` out of it, and a stuck worker can be killed.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

#: The folder that holds the project's packages (``hypergraph/``, ``psg/``, ...).
ROOT = Path(__file__).resolve().parent.parent


def command(module: str = "hypergraph.solve_worker") -> tuple[list[str], str]:
    """``(argv, cwd)`` that run ``module``'s ``main()`` in an isolated interpreter.

    No code from the caller's folders can run in it: ``-I`` drops the current directory,
    ``PYTHONPATH`` and the user's site folder from ``sys.path``; the project's own folder
    is put first explicitly, and the worker starts in that folder (a ``json.py`` or a
    ``sympy.py`` where someone runs ``oracle`` is never imported).

    >>> argv, cwd = command()
    >>> argv[1:3], cwd == str(ROOT)
    (['-I', '-c'], True)
    """
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
            f"from {module} import main; main()")
    return [sys.executable, "-I", "-c", code], str(ROOT)


def solve_job(job) -> list[dict]:
    from hypergraph.directions import solve_directions
    from hypergraph.symbolic import formula

    output, expression, inputs, assumes = job
    return [{"variable": d.variable, "formula": d.formula, "status": d.status, "note": d.note}
            for d in solve_directions(output, formula(expression), tuple(inputs), tuple(assumes))]


def main() -> None:
    """One result line per job, flushed as it is done, so the caller can show progress."""
    jobs = json.load(sys.stdin)
    for job in jobs:
        sys.stdout.write(json.dumps(solve_job(job)) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
