"""The vocabulary that law modules are written in.

Law modules (``datasets/physics/*.py``) are *read* as source by :mod:`psg`, never
executed by the oracle. These names exist so the same files are also valid, importable
Python for people who want to call a law directly:

>>> from oracle.laws import U, law
>>> @law(output="E_k", on="body", assumes=("m > 0",), conditions=("v <= c/10",))
... def kinetic_energy(m: U["kg"], v: U["m/s"]) -> U["J"]:
...     '''Kinetic energy of a body of mass m moving at speed v.'''
...     return 0.5 * m * v**2
>>> kinetic_energy(2.0, 3.0)
9.0
>>> kinetic_energy.law["on"]
'body'
"""
from __future__ import annotations

from typing import Annotated, Any, Callable
from typing import Annotated as Q  # Q[float, "m/s"]: U["m/s"] spelled so that mypy and pyright accept it

__all__ = ["U", "Q", "law", "limit", "quantity", "codata"]


class U:
    """``U["m/s"]`` is short for ``Annotated[float, "m/s"]``; ``U["J", "energy"]`` adds a quantity kind."""

    def __class_getitem__(cls, spec: str | tuple[str, ...]) -> Any:
        spec = spec if isinstance(spec, tuple) else (spec,)
        return Annotated[(float, *spec)]


def law(
    *,
    output: str,
    on: str = "thing",
    of: dict[str, str] | None = None,
    members: str = "",
    name: str | None = None,
    assumes: tuple[str, ...] = (),
    conditions: tuple[str, ...] = (),
    valid: str = "",
    premise: str = "",
    cost: int = 1,
) -> Callable[[Callable], Callable]:
    """Mark a function as a law deriving the quantity ``output`` from its parameters.

    ``on`` is the kind of object the law describes (``objects.py``): its variables are
    quantities *of that object*, except those a quantity declares ``of=`` another kind
    (the place's ``g``, the fluid's ``rho_f``) or ``of`` maps to another kind here
    (``of={"T": "gas"}``: the temperature of the gas the sound travels in), and the numbered members (``m1``, ``q2``:
    quantities of two objects of kind ``members``). ``assumes`` are sympy-readable sign
    relations used when solving and proving; ``conditions`` are sympy-readable relations
    over the law's variables and constants that must hold for the law to apply
    (``"v <= c/10"``): checked on the values of every answer that uses the law.
    ``valid`` says in words what else the law idealizes; ``premise`` is a fact about the
    set-up that no value can show and that has a common alternative ("the incident light is
    linearly [polarized]"): an answer through the law is hedged, naming it, unless a name in
    the question says the bracketed word (``oracle.engine``), and no answer uses it where a
    name says a word in braces, which denies it ("no {friction}"; a premise of braced words only
    assumes nothing and just names what denies a general law; one that says "as usual" is the
    common case, never weighed against an opposite premise as an ambiguity); ``cost`` is the law's delay in
    the spiking search (special cases cost more).
    """

    def mark(fn: Callable) -> Callable:
        fn.law = {"output": output, "on": on, "of": dict(of or {}), "members": members,
                  "name": name or fn.__name__.replace("_", " "), "assumes": tuple(assumes),
                  "conditions": tuple(conditions), "valid": valid, "premise": premise, "cost": cost}
        return fn

    return mark


def limit(relation: str, *, on: str = "thing", of: dict[str, str] | None = None, why: str = "") -> dict[str, Any]:
    """Declare a limit every set-up of kind ``on`` satisfies: one relation (``<``, ``<=``,
    ``>``, ``>=``) between formulas over quantities of that object (``"eta <= 1 - T_c/T_h"``
    on an engine: Carnot's bound) and of its partners (a quantity's own ``of=``, or ``of``
    here). Questions whose givens, or the values laws that always hold derive from them,
    break a limit are ill-posed (``oracle.engine``); ``why`` says the physics in words."""
    return {"relation": relation, "on": on, "of": dict(of or {}), "why": why}


def quantity(
    unit: str, name: str, *, kind: str = "", synonyms: tuple[str, ...] = (), of: str = "",
    same_as: str = "", member: tuple[str, int] | None = None, assumes: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Declare a quantity of the namespace: its SI unit, descriptive name, kind, synonyms.

    ``of`` names the kind of object the quantity always describes when it is not the
    law's own object (``g`` is the place's, ``rho_f`` the fluid's); ``same_as`` says it is
    another quantity of that object (``rho_f`` is the fluid's ``rho``, ``M`` the planet's
    ``m``: one node, whichever law reaches it); ``member=("m", 1)``
    makes ``m1`` the mass of a law's first member object; ``assumes`` are relations every
    value must satisfy (``"m > 0"``, ``"v < c"``): a given that breaks them is refused.
    """
    return {"unit": unit, "name": name, "kind": kind, "synonyms": tuple(synonyms), "of": of,
            "same_as": same_as, "member": member, "assumes": tuple(assumes)}


def object_kind(name: str, *, is_a: str = "", nouns: tuple[str, ...] = (), description: str = "",
                implicit: bool = False) -> dict[str, Any]:
    """Declare a kind of object laws describe (``objects.py``): a ``string`` is a kind of
    ``thing``; ``nouns`` are the words a question uses for one ("guitar string").
    ``implicit`` kinds are surroundings (the place, a field region, the fluid around a
    body): a set-up has one whenever its laws need it, named or not."""
    return {"name": name, "is_a": is_a, "nouns": tuple(nouns), "description": description, "implicit": implicit}


def codata(name: str) -> float:
    """The CODATA value (SI) of the named physical constant, from ``scipy.constants``."""
    from scipy.constants import physical_constants

    return physical_constants[name][0]
