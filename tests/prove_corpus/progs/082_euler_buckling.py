"""Euler buckling of slender columns."""
import math
from typing import Annotated

Pascal = Annotated[float, "Pa"]
Meters = Annotated[float, "m"]
Inertia = Annotated[float, "m^4"]
Area = Annotated[float, "m^2"]
Newtons = Annotated[float, "N"]


def euler_load(e: Pascal, inertia: Inertia, length: Meters, k_factor: float = 1.0) -> Newtons:
    return math.pi**2 * e * inertia / (k_factor * length) ** 2


def slenderness(length: Meters, inertia: Inertia, area: Area, k_factor: float = 1.0) -> float:
    r_gyr = math.sqrt(inertia / area)
    return k_factor * length / r_gyr


def critical_stress(e: Pascal, length: Meters, inertia: Inertia, area: Area, k_factor: float = 1.0) -> Pascal:
    return euler_load(e, inertia, length, k_factor) / area


def is_slender(length: Meters, inertia: Inertia, area: Area, k_factor: float = 1.0) -> bool:
    return slenderness(length, inertia, area, k_factor) > 100
