"""The exceptions of the spiking package.

"Your circuit is wrong" (:class:`CircuitError`, a ``ValueError``), "it does not fit
Loihi 2" (:class:`LoihiLimitError`), "this file is not a circuit"
(:class:`CircuitFileError`) and "that simulator is not installed"
(:class:`BackendUnavailableError`, an ``ImportError``) are different types, so callers
can tell them apart; every message names what, where, and what was expected.
"""
from __future__ import annotations


class CircuitError(ValueError):
    """A circuit (or an argument that builds or runs one) has a wrong value."""


class CircuitTypeError(TypeError):
    """An argument has the wrong type."""


class LoihiLimitError(CircuitError):
    """The circuit exceeds a Loihi 2 limit; the message names the limit and by how much."""


class CircuitFileError(CircuitError):
    """A circuit file is malformed, of an unknown version, or not a circuit at all."""


class BackendUnavailableError(ImportError):
    """The requested simulator is not installed (or cannot run here)."""
