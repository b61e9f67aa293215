"""Spiking circuits with Loihi 2 fixed-point CUBA-LIF semantics, a compiler from
hypergraph queries, and three simulators that produce the same raster.

>>> import spiking
>>> from hypergraph.incidence import Incidence
>>> inc = Incidence.from_edges(3, [((0,), 1, 2), ((0, 1), 2, 1)])
>>> circuit = spiking.compile(inc, [0])
>>> raster = spiking.run(circuit, backend="numba", max_steps=spiking.horizon(circuit))
>>> trace = spiking.decode(circuit, raster)
>>> trace.time.tolist(), trace.edge.tolist()
([0, 2, 3], [-1, 0, 1])

Importing this package loads neither Brian2 nor Lava; it installs :mod:`spiking.lava_fix`
(an import hook, so that plain Lava 0.10 works on Python 3.11).
"""
from spiking import lava_fix
from spiking.compiler import Trace, compile, decode, horizon, run_query, steps_for, with_givens
from spiking.errors import (
    BackendUnavailableError,
    CircuitError,
    CircuitFileError,
    CircuitTypeError,
    LoihiLimitError,
)
from spiking.fileio import load, save
from spiking.ir import Circuit, Connection, Population, QueryMap, SpikeSource, union
from spiking.plot import plot_raster
from spiking.raster import Raster
from spiking.resources import ResourceReport, energy, resources
from spiking.run import BACKENDS, run

lava_fix.install()

__all__ = [
    "BACKENDS", "BackendUnavailableError", "Circuit", "CircuitError", "CircuitFileError",
    "CircuitTypeError", "Connection", "LoihiLimitError", "Population", "QueryMap", "Raster",
    "ResourceReport", "SpikeSource", "Trace", "compile", "decode", "horizon", "load",
    "energy", "plot_raster", "resources", "run", "run_query", "save", "steps_for", "union", "with_givens",
]
