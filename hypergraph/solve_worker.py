"""One knowledge-base job, as a task any executor can run: solve and prove a law's directions.

A job is ``[output, expression, inputs, assumes]`` (plain JSON values) and its result one
record per direction, so it crosses process and machine boundaries (local processes, a Dask
cluster: see :mod:`proofs.executor`) without pickling anything but strings and lists.
"""
from __future__ import annotations


def solve_job(job) -> list[dict]:
    """Every direction of one law: ``{"variable", "formula", "status", "note"}`` each."""
    from hypergraph.directions import solve_directions
    from hypergraph.symbolic import formula

    output, expression, inputs, assumes = job
    return [{"variable": d.variable, "formula": d.formula, "status": d.status, "note": d.note}
            for d in solve_directions(output, formula(expression), tuple(inputs), tuple(assumes))]
