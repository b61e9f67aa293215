"""Simulator backends. Each turns a :class:`~spiking.ir.Circuit` into a
:class:`~spiking.raster.Raster` in the circuit's own time steps. ``numba`` is always
available; ``brian2`` and ``lava`` are imported only when asked for."""
