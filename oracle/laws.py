"""The vocabulary that law modules are written in.

Law modules (``datasets/physics/*.py``) are *read* as source by :mod:`psg`, never
executed by the oracle. These names exist so the same files are also valid, importable
Python for people who want to call a law directly:

>>> from oracle.laws import U, law
>>> @law(output="E_k", assumes=("m > 0",))
... def kinetic_energy(m: U["kg"], v: U["m/s"]) -> U["J"]:
...     '''Kinetic energy of a body of mass m moving at speed v.'''
...     return 0.5 * m * v**2
>>> kinetic_energy(2.0, 3.0)
9.0
>>> kinetic_energy.law["output"]
'E_k'
"""
from __future__ import annotations

from typing import Annotated, Any, Callable
from typing import Annotated as Q  # Q[float, "m/s"]: U["m/s"] spelled so that mypy and pyright accept it

__all__ = ["U", "Q", "law", "quantity", "codata"]


class U:
    """``U["m/s"]`` is short for ``Annotated[float, "m/s"]``; ``U["J", "energy"]`` adds a quantity kind."""

    def __class_getitem__(cls, spec: str | tuple[str, ...]) -> Any:
        spec = spec if isinstance(spec, tuple) else (spec,)
        return Annotated[(float, *spec)]


def law(
    *,
    output: str,
    name: str | None = None,
    assumes: tuple[str, ...] = (),
    valid: str = "",
    cost: int = 1,
) -> Callable[[Callable], Callable]:
    """Mark a function as a law deriving the quantity ``output`` from its parameters.

    ``assumes`` are sympy-readable relations (``"m > 0"``) used when solving and proving;
    ``valid`` is a plain-words validity range (``"v << c"``); ``cost`` is the law's delay
    in the spiking search (harder or less trusted laws cost more).
    """

    def mark(fn: Callable) -> Callable:
        fn.law = {"output": output, "name": name or fn.__name__.replace("_", " "),
                  "assumes": tuple(assumes), "valid": valid, "cost": cost}
        return fn

    return mark


def quantity(
    unit: str, name: str, *, kind: str = "", synonyms: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Declare a quantity of the shared namespace: its SI unit, descriptive name, kind, synonyms."""
    return {"unit": unit, "name": name, "kind": kind, "synonyms": tuple(synonyms)}


def codata(name: str) -> float:
    """The CODATA value (SI) of the named physical constant, from ``scipy.constants``."""
    from scipy.constants import physical_constants

    return physical_constants[name][0]
