"""Bernoulli equation and venturi meter."""
import math
from typing import Annotated

Pascal = Annotated[float, "Pa"]
Speed = Annotated[float, "m/s"]
Meters = Annotated[float, "m"]
Density = Annotated[float, "kg/m^3"]
Area = Annotated[float, "m^2"]

G: Annotated[float, "m/s^2"] = 9.81


def downstream_pressure(p1: Pascal, v1: Speed, z1: Meters, v2: Speed, z2: Meters, rho: Density) -> Pascal:
    return p1 + 0.5 * rho * (v1**2 - v2**2) + rho * G * (z1 - z2)


def venturi_velocity(dp: Pascal, rho: Density, area_ratio: float) -> Speed:
    return math.sqrt(2 * dp / (rho * (area_ratio**2 - 1)))


def continuity(v1: Speed, a1: Area, a2: Area) -> Speed:
    return v1 * a1 / a2
