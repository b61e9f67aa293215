"""The numba backend equals the living definition (spiking.reference) bit for bit."""
import numpy as np
from hypothesis import given, settings

from spiking.backends import numba_backend
from spiking.ir import Circuit, Connection, Population, SpikeSource
from spiking.reference import lif_step, simulate
from spiking.run import run
from strategies_spiking import circuits


@settings(max_examples=200, deadline=None)
@given(circuits())
def test_numba_equals_reference_on_generic_circuits(c):
    ref = simulate(c, 40)
    fast = run(c, "numba", max_steps=40)
    assert fast.same_spikes(ref)


def test_reference_matches_lava_formulas_by_hand():
    # u decays by (4096 - (du + 1)) / 4096 toward zero; v by (4096 - dv) / 4096; a_in << 6
    u, v, s = lif_step(np.array([1000, -1000]), np.array([5000, -5000]), np.array([1, 0]),
                       np.array([2047, 2047]), np.array([1, 1]), np.array([1000, 1000]), np.array([0, 0]))
    assert u.tolist() == [500 + 64, -500]
    assert v.tolist() == [4998 + 564, -4998 - 500]
    assert not s.any()


def test_wrap_and_clip_of_the_24_bit_registers():
    # a huge input wraps u past 2**23 and v clips at 2**23 - 1
    pop = Population("p", 1, du=0, dv=0, vth=131071)
    src = SpikeSource("in", 1, np.array([0]), np.array([0]))
    cons = tuple(
        Connection(f"c{k}", "in", "p", [0], [0], [255], [k], 7) for k in range(6)
    )
    c = Circuit((pop,), (src,), cons)
    for steps in (3, 6, 9):
        assert run(c, "numba", max_steps=steps).same_spikes(simulate(c, steps))


def test_negative_weight_exponent_sums_before_shifting():
    # two weights of 1 with weight_exp -1: Lava shifts the sum (2 >> 1 = 1), not each (0 + 0)
    pop = Population("p", 1, vth=0)
    src = SpikeSource("in", 2, np.array([0, 1]), np.array([0, 0]))
    c = Circuit((pop,), (src,), (Connection("c", "in", "p", [0, 1], [0, 0], [1, 1], [0, 0], -1),))
    assert run(c, "numba", max_steps=5).step.tolist() == [1] == simulate(c, 5).step.tolist()


def test_numba_stops_when_quiescent_and_respects_max_steps():
    pop = Population("p", 1, vth=0)
    src = SpikeSource("in", 1, np.array([0]), np.array([0]))
    c = Circuit((pop,), (src,), (Connection("c", "in", "p", [0], [0], [1], [10]),))
    assert run(c, "numba", max_steps=10**9).steps_run == 12
    assert run(c, "numba", max_steps=11).step.tolist() == []
    assert run(c, "numba", max_steps=12).step.tolist() == [11]


def test_prepared_network_is_reused_with_new_inputs():
    pop = Population("p", 2, vth=0)
    src = SpikeSource("in", 2, np.array([0]), np.array([0]))
    c = Circuit((pop,), (src,), (Connection("c", "in", "p", [0, 1], [0, 1], [1, 1], [0, 3]),))
    c2 = c.with_source_spikes({"in": (np.array([1]), np.array([2]))})
    assert c2.connections is c.connections
    assert run(c2, "numba", max_steps=50).step.tolist() == [6]
    assert numba_backend.run(c, 50).step.tolist() == [1]
