"""Darcy-Weisbach pressure drop in a pipe."""
import math
from typing import Annotated

Density = Annotated[float, "kg/m^3"]
Speed = Annotated[float, "m/s"]
Meters = Annotated[float, "m"]
Viscosity = Annotated[float, "Pa*s"]
Pascal = Annotated[float, "Pa"]


def reynolds(rho: Density, v: Speed, d: Meters, mu: Viscosity) -> float:
    return rho * v * d / mu


def friction_factor(re: float, rel_rough: float) -> float:
    if re < 2300:
        return 64 / re
    return 0.25 / math.log10(rel_rough / 3.7 + 5.74 / re**0.9) ** 2


def pressure_drop(rho: Density, v: Speed, d: Meters, mu: Viscosity, length: Meters, roughness: Meters) -> Pascal:
    re = reynolds(rho, v, d, mu)
    f = friction_factor(re, roughness / d)
    return f * (length / d) * 0.5 * rho * v**2
