"""Seeded synthetic hypergraphs that look like a knowledge base of physical laws.

Quantities sit in layers (base quantities in layer 0, more derived ones above). A
*forward* law derives a quantity of layer ``k`` from 1..4 quantities of the one or two
layers below. Like a real law solved for another of its variables, an *inverse*
direction swaps the output with the first input (``y, x2.. -> x1``), which closes
cycles. Costs are uniform integers in ``1..max_cost``. The sources are a random part of
layer 0. Everything is vectorized numpy: a million edges take well under a second.

>>> g = layered(1000, seed=1)
>>> g.incidence.n_edges, g.incidence.n_nodes, len(g.sources) > 0
(1000, 333, True)
>>> bool(np.array_equal(layered(1000, seed=1).incidence.inputs, g.incidence.inputs))
True
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from hypergraph.incidence import Incidence

__all__ = ["SyntheticHypergraph", "layered"]

#: Probability of arity 1, 2, 3, 4 for a law direction (most laws relate 2-4 quantities).
ARITY_P = (0.25, 0.40, 0.25, 0.10)


@dataclass(frozen=True, eq=False)
class SyntheticHypergraph:
    """A generated hypergraph, its sources, and the parameters that made it."""

    incidence: Incidence
    sources: np.ndarray
    seed: int
    n_layers: int

    def __post_init__(self) -> None:
        self.sources.setflags(write=False)


def layered(
    n_edges: int,
    *,
    seed: int = 0,
    n_nodes: int | None = None,
    n_layers: int | None = None,
    source_fraction: float = 0.5,
    inverse_fraction: float = 0.2,
    max_cost: int = 4,
) -> SyntheticHypergraph:
    """A random layered law hypergraph with ``n_edges`` edges (law directions).

    Parameters
    ----------
    n_edges : number of hyperedges, >= 0.
    seed : the random seed; the same arguments give the same hypergraph.
    n_nodes : number of quantities (default ``max(n_edges // 3, 8)``: about 90% of them
        end up derivable; below ~2.5 edges per node few are).
    n_layers : number of layers (default about ``2 * log2(n_nodes)``, at least 2).
    source_fraction : part of layer 0 given as sources.
    inverse_fraction : part of the edges that are inverse directions (at most 0.5).
    max_cost : costs are uniform in ``1..max_cost``.

    >>> g = layered(10, seed=0, n_nodes=20, n_layers=4, max_cost=1)
    >>> g.n_layers, sorted(set(g.incidence.cost.tolist()))
    (4, [1])
    """
    n_nodes = max(n_edges // 3, 8) if n_nodes is None else n_nodes
    if n_layers is None:
        n_layers = max(2, int(2 * np.log2(max(n_nodes, 2))))
    _check(n_edges >= 0, "n_edges", n_edges, ">= 0")
    _check(n_layers >= 2, "n_layers", n_layers, ">= 2")
    _check(n_nodes >= n_layers, "n_nodes", n_nodes, f">= n_layers ({n_layers})")
    _check(0.0 <= source_fraction <= 1.0, "source_fraction", source_fraction, "in [0, 1]")
    _check(0.0 <= inverse_fraction <= 0.5, "inverse_fraction", inverse_fraction, "in [0, 0.5]")
    _check(max_cost >= 1, "max_cost", max_cost, ">= 1")

    rng = np.random.default_rng(seed)
    width = n_nodes // n_layers  # layer k holds nodes k*width .. (k+1)*width-1; the rest go to the top
    n_inv = int(inverse_fraction * n_edges)  # <= n_edges // 2 <= n_fwd
    n_fwd = n_edges - n_inv

    # Forward laws: output in layer k >= 1, inputs from layers k-1 (mostly) and k-2.
    arity = rng.choice(np.arange(1, 5, dtype=np.int64), size=n_fwd, p=ARITY_P)
    out_layer = rng.integers(1, n_layers, size=n_fwd)
    output = out_layer * width + rng.integers(0, width, size=n_fwd)
    output = np.where(out_layer == n_layers - 1, _top(rng, out_layer, n_layers, width, n_nodes), output)
    in_layer = np.repeat(out_layer, arity) - 1 - (rng.random(int(arity.sum())) < 0.3)
    in_layer = np.maximum(in_layer, 0)
    inputs = in_layer * width + rng.integers(0, width, size=len(in_layer))
    ptr = np.zeros(n_fwd + 1, dtype=np.int64)
    np.cumsum(arity, out=ptr[1:])

    # Inverse directions of the first n_inv laws (random already): swap output and first input.
    inv_inputs = inputs[: ptr[n_inv]].copy()
    inv_output = inv_inputs[ptr[:n_inv]].copy()
    inv_inputs[ptr[:n_inv]] = output[:n_inv]
    all_arity = np.concatenate([arity, arity[:n_inv]])
    all_inputs = np.concatenate([inputs, inv_inputs])
    all_output = np.concatenate([output, inv_output])
    all_ptr = np.zeros(n_edges + 1, dtype=np.int64)
    np.cumsum(all_arity, out=all_ptr[1:])

    # Shuffle the edge order so that edge index says nothing about the structure.
    perm = rng.permutation(n_edges)
    new_arity = all_arity[perm]
    new_ptr = np.zeros(n_edges + 1, dtype=np.int64)
    np.cumsum(new_arity, out=new_ptr[1:])
    gather = np.repeat(all_ptr[:-1][perm] - new_ptr[:-1], new_arity) + np.arange(new_ptr[-1])
    cost = rng.integers(1, max_cost + 1, size=n_edges)

    layer0 = np.arange(width, dtype=np.int64)
    sources = layer0[rng.random(width) < source_fraction]
    inc = Incidence(
        int(n_nodes),
        new_ptr,
        all_inputs[gather].astype(np.int64),
        all_output[perm].astype(np.int64),
        cost.astype(np.int64),
    )
    return SyntheticHypergraph(inc, sources, seed, int(n_layers))


def _top(rng: np.random.Generator, out_layer: np.ndarray, n_layers: int, width: int, n_nodes: int) -> np.ndarray:
    """Nodes of the top layer, which also holds the ``n_nodes % n_layers`` leftovers."""
    lo = (n_layers - 1) * width
    return rng.integers(lo, n_nodes, size=len(out_layer))


def _check(ok: bool, name: str, value: object, expected: str) -> None:
    if not ok:
        raise ValueError(f"layered: {name} must be {expected}, got {value!r}")
