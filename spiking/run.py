"""One entry point for every backend: ``run(circuit, backend=..., max_steps=...)``.

>>> import numpy as np
>>> from spiking.ir import Population, SpikeSource, Connection, Circuit
>>> c = Circuit((Population("p", 1, vth=0),),
...             (SpikeSource("in", 1, np.array([0]), np.array([0])),),
...             (Connection("c", "in", "p", [0], [0], [1], [3]),))
>>> run(c, backend="numba", max_steps=10).step.tolist()
[4]
>>> run(c, backend="nest", max_steps=10)
Traceback (most recent call last):
...
spiking.errors.CircuitError: unknown backend 'nest'; choose one of 'numba', 'brian2', 'lava', 'reference'
"""
from __future__ import annotations

import numpy as np

from spiking.errors import CircuitError, CircuitTypeError
from spiking.ir import Circuit
from spiking.raster import Raster

__all__ = ["run", "BACKENDS", "MAX_STEPS_LIMIT"]

BACKENDS = ("numba", "brian2", "lava", "reference")
#: No run may ask for more steps than this (a bound, so nothing runs unbounded).
MAX_STEPS_LIMIT = 2**40


def _check_steps(max_steps) -> int:
    if max_steps is None:
        raise CircuitError("max_steps is required: every run is bounded (use spiking.horizon(circuit) for a compiled query)")
    if isinstance(max_steps, (bool, np.bool_)) or not isinstance(max_steps, (int, np.integer)):
        raise CircuitTypeError(f"max_steps must be an int, got {max_steps!r}")
    if not 0 <= max_steps <= MAX_STEPS_LIMIT:
        raise CircuitError(f"max_steps must be in 0..{MAX_STEPS_LIMIT}, got {max_steps}")
    return int(max_steps)


def run(circuit: Circuit, backend: str = "numba", *, max_steps: int, **options) -> Raster:
    """Simulate ``circuit`` for at most ``max_steps`` steps on ``backend``.

    Every backend returns the same spikes in the circuit's own steps (step 0 is the
    first step; an input spike at step ``s`` on a delay-``d`` synapse lands at ``s+1+d``).
    ``numba`` stops early once the circuit is quiescent; ``brian2`` and ``lava`` check
    for quiescence between chunks of steps (``options``: see each backend).
    """
    if not isinstance(circuit, Circuit):
        raise CircuitTypeError(f"circuit must be a spiking.Circuit, got {type(circuit).__name__}")
    steps = _check_steps(max_steps)
    if backend == "numba":
        from spiking.backends import numba_backend
        return numba_backend.run(circuit, steps, **options)
    if backend == "reference":
        from spiking.reference import simulate
        return simulate(circuit, steps, **options)
    if backend == "brian2":
        from spiking.backends import brian2_backend
        return brian2_backend.run(circuit, steps, **options)
    if backend == "lava":
        from spiking.backends import lava_backend
        return lava_backend.run(circuit, steps, **options)
    raise CircuitError(f"unknown backend {backend!r}; choose one of " + ", ".join(repr(b) for b in BACKENDS))
