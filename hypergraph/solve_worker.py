"""A worker process that solves and proves law directions: JSON jobs in, JSON results out.

Run as ``python -m hypergraph.solve_worker``; it reads a JSON list of jobs
``[output, expression, inputs, assumes]`` on standard input and writes one line of
direction records (JSON) per job on standard output. Plain subprocesses (not multiprocessing) keep the
caller's ``__main__`` out of it, and a stuck worker can be killed.
"""
from __future__ import annotations

import json
import sys


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
