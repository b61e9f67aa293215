"""Cantilever beam deflection and stress check."""
from dataclasses import dataclass
from typing import Annotated

Meters = Annotated[float, "m"]
Newtons = Annotated[float, "N"]
Pascal = Annotated[float, "Pa"]


@dataclass
class Section:
    inertia: Annotated[float, "m^4"]
    c: Meters


def tip_deflection(load: Newtons, length: Meters, e: Pascal, sec: Section) -> Meters:
    return load * length**3 / (3 * e * sec.inertia)


def root_stress(load: Newtons, length: Meters, sec: Section) -> Pascal:
    moment = load * length
    return moment * sec.c / sec.inertia


def safety_factor(load: Newtons, length: Meters, sec: Section, yield_strength: Pascal) -> float:
    return yield_strength / root_stress(load, length, sec)


def acceptable(load: Newtons, length: Meters, e: Pascal, sec: Section, yield_strength: Pascal,
               span_limit: float = 250.0) -> bool:
    strong = safety_factor(load, length, sec, yield_strength) >= 1.5
    stiff = tip_deflection(load, length, e, sec) < length / span_limit
    return strong and stiff
