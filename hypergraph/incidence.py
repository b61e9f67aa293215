"""CSR incidence arrays: the fast, array-only form of a directed hypergraph.

Every hyperedge is one *direction* of a law: it derives ``output`` from all of its
``inputs`` and costs ``cost`` time steps (an integer >= 1). The inputs of edge ``e``
are ``inputs[ptr[e]:ptr[e + 1]]``. The closure, the spiking compiler and the
benchmarks all read this one structure; the knowledge graph produces it.

>>> inc = Incidence.from_edges(3, [((0, 1), 2, 1)])
>>> inc.n_edges, inc.edge_inputs(0).tolist(), int(inc.output[0])
(1, [0, 1], 2)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Iterable, Sequence

import numpy as np


@dataclass(frozen=True, eq=False)
class Incidence:
    """A directed hypergraph over nodes ``0..n_nodes-1`` in CSR form.

    Attributes
    ----------
    n_nodes : number of nodes (quantities).
    ptr     : int64[n_edges + 1], CSR offsets into ``inputs``.
    inputs  : int64[nnz], the input nodes of every edge, edge after edge.
    output  : int64[n_edges], the node each edge derives.
    cost    : int64[n_edges], the edge's delay in time steps (>= 1).
    """

    n_nodes: int
    ptr: np.ndarray
    inputs: np.ndarray
    output: np.ndarray
    cost: np.ndarray

    def __repr__(self) -> str:
        return f"<Incidence: {self.n_nodes} nodes, {len(self.output)} edges, {len(self.inputs)} inputs>"

    def __post_init__(self) -> None:
        n_edges = len(self.output)
        if self.n_nodes < 0:
            raise ValueError(f"n_nodes must be >= 0, got {self.n_nodes}")
        for name in ("ptr", "inputs", "output", "cost"):
            arr = getattr(self, name)
            if not isinstance(arr, np.ndarray) or arr.dtype != np.int64 or arr.ndim != 1:
                raise TypeError(f"Incidence.{name} must be a 1-D int64 numpy array")
            arr.setflags(write=False)
        if len(self.ptr) != n_edges + 1 or len(self.cost) != n_edges:
            raise ValueError(
                f"Incidence: ptr has {len(self.ptr)} entries and cost {len(self.cost)}; "
                f"expected {n_edges + 1} and {n_edges} for {n_edges} edges"
            )
        if n_edges and (self.ptr[0] != 0 or self.ptr[-1] != len(self.inputs) or np.any(np.diff(self.ptr) < 0)):
            raise ValueError("Incidence.ptr must start at 0, be non-decreasing and end at len(inputs)")
        for name in ("inputs", "output"):
            arr = getattr(self, name)
            if len(arr) and (arr.min() < 0 or arr.max() >= self.n_nodes):
                raise ValueError(f"Incidence.{name} holds a node outside 0..{self.n_nodes - 1}")
        if n_edges and self.cost.min() < 1:
            raise ValueError(f"Incidence.cost must be >= 1, got min {int(self.cost.min())}")

    @classmethod
    def derived(cls, n_nodes: int, ptr: np.ndarray, inputs: np.ndarray, output: np.ndarray,
                cost: np.ndarray) -> "Incidence":
        """An incidence made from checked ones by construction (a bound graph's blocks put
        together, a graph with some edges held back): the arrays are made read-only, and the
        checks of a hypergraph from outside, a few numpy passes, are not run again."""
        inc = object.__new__(cls)
        for name, value in (("n_nodes", n_nodes), ("ptr", ptr), ("inputs", inputs), ("output", output), ("cost", cost)):
            if name != "n_nodes":
                value.setflags(write=False)
            object.__setattr__(inc, name, value)
        return inc

    @cached_property
    def max_cost(self) -> int:
        """The largest edge cost (0 without edges); the arrays are read-only, so it is kept."""
        return int(self.cost.max()) if len(self.cost) else 0

    @property
    def n_edges(self) -> int:
        return len(self.output)

    def edge_inputs(self, e: int) -> np.ndarray:
        """The input nodes of edge ``e``."""
        return self.inputs[self.ptr[e]:self.ptr[e + 1]]

    @classmethod
    def from_edges(
        cls, n_nodes: int, edges: Iterable[tuple[Sequence[int], int, int]]
    ) -> "Incidence":
        """Build from ``(inputs, output, cost)`` triples."""
        edges = list(edges)
        lengths = np.fromiter((len(ins) for ins, _, _ in edges), dtype=np.int64, count=len(edges))
        ptr = np.zeros(len(edges) + 1, dtype=np.int64)
        np.cumsum(lengths, out=ptr[1:])
        inputs = np.fromiter((int(i) for ins, _, _ in edges for i in ins), dtype=np.int64, count=int(ptr[-1]))
        output = np.fromiter((int(out) for _, out, _ in edges), dtype=np.int64, count=len(edges))
        cost = np.fromiter((int(c) for _, _, c in edges), dtype=np.int64, count=len(edges))
        return cls(n_nodes, ptr, inputs, output, cost)
