"""Example tests of the reference closure: semantics, tie-breaks, derivations, errors."""
import numpy as np
import pytest

from hypergraph.closure import (
    BUCKET_MAX_COST,
    BUCKET_RING_LIMIT,
    Closure,
    ClosureArgumentError,
    ClosureTypeError,
    NotDerivableError,
    closure,
    closure_python,
)
from hypergraph.incidence import Incidence

METHODS = ["auto", "bucket", "heap"]


def both(inc, sources, **kw):
    """Run every implementation; they must agree; return the numba result."""
    ref = closure_python(inc, sources, **kw)
    small = inc.n_edges == 0 or int(inc.cost.max()) <= BUCKET_RING_LIMIT
    for m in METHODS if small else ["auto", "heap"]:
        got = closure(inc, sources, method=m, **kw)
        assert got.time.tolist() == ref.time.tolist(), m
        assert got.edge.tolist() == ref.edge.tolist(), m
    return got


def test_times_are_max_of_inputs_plus_cost_and_min_over_edges():
    # 2 <- {0,1} at cost 1; 3 <- 2 at cost 2; 3 <- 0 at cost 5 (slower); 4 <- {2, 3} cost 1
    inc = Incidence.from_edges(5, [((0, 1), 2, 1), ((2,), 3, 2), ((0,), 3, 5), ((2, 3), 4, 1)])
    c = both(inc, [0, 1])
    assert c.time.tolist() == [0, 0, 1, 3, 4]
    assert c.edge.tolist() == [-1, -1, 0, 1, 3]
    assert c.derivable.all()


def test_an_edge_waits_for_its_slowest_input():
    inc = Incidence.from_edges(4, [((0,), 1, 7), ((0, 1), 2, 1), ((0,), 3, 1)])
    assert both(inc, [0]).time.tolist() == [0, 7, 8, 1]


def test_tie_break_is_lowest_edge_index_among_the_earliest():
    # edges 1 and 3 both derive node 2 at time 2; edge 0 derives it later (time 4)
    inc = Incidence.from_edges(
        3, [((1,), 2, 3), ((0,), 2, 2), ((0,), 1, 1), ((1,), 2, 1)]
    )
    c = both(inc, [0])
    assert c.time.tolist() == [0, 1, 2]
    assert c.edge.tolist() == [-1, 2, 1]


def test_tie_break_with_duplicate_edges():
    inc = Incidence.from_edges(2, [((0,), 1, 1), ((0,), 1, 1), ((0,), 1, 1)])
    assert both(inc, [0]).edge.tolist() == [-1, 0]


def test_a_self_loop_derives_nothing_new():
    inc = Incidence.from_edges(3, [((1,), 1, 1), ((1, 0), 1, 1), ((0,), 2, 1), ((2,), 2, 1)])
    c = both(inc, [0])
    assert c.time.tolist() == [0, -1, 1]
    assert c.edge.tolist() == [-1, -1, 2]


def test_zero_input_edges_fire_at_their_cost():
    inc = Incidence.from_edges(3, [((), 1, 4), ((), 1, 2), ((1,), 2, 1), ((), 0, 3)])
    c = both(inc, [])
    assert c.time.tolist() == [3, 2, 3]
    assert c.edge.tolist() == [3, 1, 2]


def test_repeated_inputs_count_once_each_and_do_not_block():
    inc = Incidence.from_edges(2, [((0, 0, 0), 1, 1)])
    assert both(inc, [0]).time.tolist() == [0, 1]


def test_a_source_stays_at_time_zero_with_no_edge():
    inc = Incidence.from_edges(2, [((), 0, 1), ((1,), 0, 1)])
    c = both(inc, [0, 1, 1, 0])
    assert c.time.tolist() == [0, 0]
    assert c.edge.tolist() == [-1, -1]
    assert c.sources.tolist() == [0, 1]


def test_cycles_close_without_looping():
    # 0 -> 1 -> 2 -> 1 (cycle), 2 -> 0
    inc = Incidence.from_edges(3, [((0,), 1, 1), ((1,), 2, 1), ((2,), 1, 1), ((2,), 0, 1)])
    assert both(inc, [0]).time.tolist() == [0, 1, 2]
    assert both(inc, []).time.tolist() == [-1, -1, -1]


def test_max_time_reports_only_what_is_derived_by_then():
    inc = Incidence.from_edges(4, [((0,), 1, 1), ((1,), 2, 1), ((2,), 3, 1)])
    assert both(inc, [0], max_time=0).time.tolist() == [0, -1, -1, -1]
    assert both(inc, [0], max_time=2).time.tolist() == [0, 1, 2, -1]
    assert both(inc, [0], max_time=2).max_time == 2
    assert both(inc, [0], max_time=10**12).time.tolist() == [0, 1, 2, 3]


def test_empty_hypergraphs():
    empty = Incidence.from_edges(0, [])
    c = both(empty, [])
    assert c.time.shape == (0,) and c.n_derivable == 0
    lonely = Incidence.from_edges(3, [])
    assert both(lonely, [2]).time.tolist() == [-1, -1, 0]


def test_large_costs_use_the_heap_and_agree():
    big = BUCKET_MAX_COST + 1
    inc = Incidence.from_edges(3, [((0,), 1, big), ((0,), 2, 10**9), ((1,), 2, 1)])
    c = both(inc, [0])
    assert c.time.tolist() == [0, big, big + 1]
    assert c.edge.tolist() == [-1, 0, 2]


def test_derivation_lists_edges_in_firing_order():
    inc = Incidence.from_edges(
        6, [((2, 3), 4, 1), ((0,), 2, 1), ((1,), 3, 2), ((0,), 5, 1), ((4,), 5, 9)]
    )
    c = closure(inc, [0, 1])
    assert c.derivation(4) == (1, 2, 0)
    assert c.derivation([4, 5]) == (1, 3, 2, 0)
    assert c.derivation(0) == ()
    assert c.derivation(np.int64(2)) == (1,)


def test_derivation_of_underivable_or_unknown_targets():
    inc = Incidence.from_edges(3, [((0,), 1, 1), ((1,), 2, 5)])
    with pytest.raises(NotDerivableError, match="node 2 is not derivable from the sources"):
        closure(inc, []).derivation(2)
    with pytest.raises(NotDerivableError, match="within max_time=3"):
        closure(inc, [0], max_time=3).derivation(2)
    with pytest.raises(ClosureArgumentError, match="target 7 is outside the nodes 0..2"):
        closure(inc, [0]).derivation(7)
    with pytest.raises(ClosureTypeError, match="target must be an integer node index, got 1.5"):
        closure(inc, [0]).derivation([1.5])
    with pytest.raises(ClosureTypeError, match="targets must be a node index or an iterable"):
        closure(inc, [0]).derivation(None)


def test_results_are_immutable():
    inc = Incidence.from_edges(2, [((0,), 1, 1)])
    c = closure(inc, [0])
    with pytest.raises(ValueError):
        c.time[0] = 5
    with pytest.raises(ValueError):
        c.derivable[0] = False
    with pytest.raises(AttributeError):
        c.time = c.time  # type: ignore[misc]


def test_closure_result_checks_its_arrays():
    inc = Incidence.from_edges(2, [((0,), 1, 1)])
    z = np.zeros(0, dtype=np.int64)
    with pytest.raises(ClosureArgumentError, match="Closure.time has 1 entries; expected n_nodes = 2"):
        Closure(inc, z, np.zeros(1, dtype=np.int64), np.zeros(2, dtype=np.int64))
    with pytest.raises(ClosureTypeError, match="Closure.edge must be a 1-D int64"):
        Closure(inc, z, np.zeros(2, dtype=np.int64), np.zeros(2, dtype=np.int32))


@pytest.mark.parametrize("impl", [closure, closure_python])
def test_bad_arguments_say_what_and_where(impl):
    inc = Incidence.from_edges(3, [((0,), 1, 1)])
    cases = [
        (dict(sources=[0, 5]), ClosureArgumentError,
         r"sources\[1\] = 5 is outside the nodes 0..2 of this hypergraph \(1 source\(s\) out of range\)"),
        (dict(sources=[-1]), ClosureArgumentError, r"sources\[0\] = -1 is outside"),
        (dict(sources=3), ClosureTypeError, "got the single value 3; wrap it in a list"),
        (dict(sources=np.array([True, False, True])), ClosureTypeError, "np.flatnonzero"),
        (dict(sources=[0.0, 1.0]), ClosureTypeError, "integer node indices, got dtype float64"),
        (dict(sources=[[0], [1]]), ClosureTypeError, r"one-dimensional, got shape \(2, 1\)"),
        (dict(sources=None), ClosureTypeError, "iterable of node indices, got NoneType"),
        (dict(sources=[0], max_time=-1), ClosureArgumentError, "max_time must be >= 0, got -1"),
        (dict(sources=[0], max_time=True), ClosureTypeError, "max_time must be an int >= 0 or None"),
        (dict(sources=[0], max_time=2.5), ClosureTypeError, "got 2.5"),
    ]
    for kw, err, msg in cases:
        with pytest.raises(err, match=msg):
            impl(inc, **kw)
    with pytest.raises(ClosureTypeError, match="Incidence, got list"):
        impl([((0,), 1, 1)], [0])


def test_unknown_method_and_overflowing_costs():
    inc = Incidence.from_edges(2, [((0,), 1, 1)])
    with pytest.raises(ClosureArgumentError, match="method must be 'auto', 'bucket' or 'heap', got 'dfs'"):
        closure(inc, [0], method="dfs")
    far = Incidence.from_edges(2, [((0,), 1, BUCKET_RING_LIMIT + 1)])
    with pytest.raises(ClosureArgumentError, match="method='bucket' needs every cost <= 65536, got a cost of 65537"):
        closure(far, [0], method="bucket")
    assert closure(far, [0], method="auto").time.tolist() == [0, BUCKET_RING_LIMIT + 1]
    huge = Incidence.from_edges(2, [((0,), 1, 2**62), ((1,), 0, 1)])
    with pytest.raises(ClosureArgumentError, match="edge costs too large"):
        closure(huge, [0])


def test_sources_accept_numpy_arrays_and_generators():
    inc = Incidence.from_edges(3, [((0, 1), 2, 1)])
    for s in (np.array([1, 0], dtype=np.int32), (v for v in (0, 1)), range(2), np.array([], dtype=np.int64)):
        c = closure(inc, s)
        assert c.sources.dtype == np.int64
    assert closure(inc, np.array([1, 0], dtype=np.uint8)).time.tolist() == [0, 0, 1]


def test_repr_summarises():
    inc = Incidence.from_edges(3, [((0,), 1, 2)])
    assert repr(closure(inc, [0])) == (
        "Closure(n_nodes=3, n_edges=1, sources=1, derivable=2, latest_time=2)"
    )
