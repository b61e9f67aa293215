"""Layouts: nodes of one row never overlap; parents sit above their children; edges run downwards."""
import doctest

import networkx as nx
import pytest
from hypothesis import given, settings, strategies as st

import oracle.display as D
import oracle.explorer as E


@st.composite
def trees(draw):
    n = draw(st.integers(1, 40))
    parent = [None] + [draw(st.integers(0, i - 1)) for i in range(1, n)]
    widths = [draw(st.floats(20, 200)) for _ in range(n)]
    children = {i: [j for j in range(n) if parent[j] == i] for i in range(n)}
    return children, widths, parent


def _no_overlap(pos, width):
    rows = {}
    for k, (x, y) in pos.items():
        rows.setdefault(y, []).append((x - width(k) / 2, x + width(k) / 2))
    for spans in rows.values():
        spans.sort()
        for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
            assert a1 <= b0 + 1e-6, f"overlap {a0, a1} and {b0, b1}"


@settings(max_examples=60, deadline=None)
@given(trees())
def test_tree_layout(tree):
    children, widths, parent = tree
    pos = D.tree_layout(0, children.get, widths.__getitem__)
    assert set(pos) == set(children)
    _no_overlap(pos, widths.__getitem__)
    for j, p in enumerate(parent):
        if p is not None:
            assert pos[p][1] < pos[j][1]
    for i, kids in children.items():  # children left to right in order
        xs = [pos[k][0] for k in kids]
        assert xs == sorted(xs)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 25).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=3 * n))))
def test_layered_layout(spec):
    n, pairs = spec
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from((a, b) for a, b in pairs if a < b)  # acyclic
    pos = D.layered_layout(g, lambda k: 30 + 5 * k)
    assert set(pos) == set(g)
    _no_overlap(pos, lambda k: 30 + 5 * k)
    for a, b in g.edges:
        assert pos[a][1] < pos[b][1]


def test_auto_layout_falls_back_to_spring_for_cycles():
    g = nx.DiGraph([(0, 1), (1, 2), (2, 0)])
    pos = D.auto_layout(g, lambda k: 30)
    assert len({p for p in pos.values()}) == 3
    assert pos == D.auto_layout(g, lambda k: 30)  # seeded: the same drawing every time
    with pytest.raises(ValueError, match="needs an acyclic graph"):
        D.auto_layout(g, lambda k: 30, "layered")


@pytest.mark.parametrize("module", [D, E, "hypergraph.display", "psg.display", "oracle.terminal", "spiking.plot", "spiking.display", "spiking.resources"])
def test_doctests(module):
    if isinstance(module, str):
        import importlib

        module = importlib.import_module(module)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
