"""Lift, drag and stall speed for a simple wing model."""
from dataclasses import dataclass
from typing import Annotated

import numpy as np

Density = Annotated[float, "kg/m^3"]
Speed = Annotated[float, "m/s"]
Pressure = Annotated[float, "Pa"]
Area = Annotated[float, "m^2"]
Force = Annotated[float, "N"]


@dataclass
class Wing:
    area: Area
    cl_max: float
    cd0: float
    k: float


def dynamic_pressure(rho: Density, v: Speed) -> Pressure:
    return 0.5 * rho * v**2


def lift(w: Wing, rho: Density, v: Speed, cl: float) -> Force:
    q = dynamic_pressure(rho, v)
    return q * w.area * min(cl, w.cl_max)


def drag(w: Wing, rho: Density, v: Speed, cl: float) -> Force:
    cd = w.cd0 + w.k * cl**2
    return dynamic_pressure(rho, v) * w.area * cd


def stall_speed(w: Wing, rho: Density, weight: Force) -> Speed:
    return np.sqrt(2 * weight / (rho * w.area * w.cl_max))
