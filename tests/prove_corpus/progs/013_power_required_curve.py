"""Drag and power-required curves for a light aircraft."""
from typing import Annotated

import numpy as np

Speed = Annotated[float, "m/s"]
SpeedArr = Annotated[np.ndarray, "m/s"]
ForceArr = Annotated[np.ndarray, "N"]
PowerArr = Annotated[np.ndarray, "W"]
Density = Annotated[float, "kg/m^3"]
Area = Annotated[float, "m^2"]
Newtons = Annotated[float, "N"]


def drag_curve(rho: Density, area: Area, weight: Newtons, cd0: float, k: float,
               v_min: Speed, v_max: Speed, n: int = 60) -> tuple[SpeedArr, ForceArr]:
    v: SpeedArr = np.linspace(v_min, v_max, n)
    q = 0.5 * rho * v**2
    cl = weight / (q * area)
    cd = cd0 + k * cl**2
    return v, q * area * cd


def power_required(rho: Density, area: Area, weight: Newtons, cd0: float,
                   k: float) -> tuple[SpeedArr, PowerArr]:
    v, d = drag_curve(rho, area, weight, cd0, k, 20.0, 90.0)
    return v, d * v


def best_endurance_speed(rho: Density, area: Area, weight: Newtons, cd0: float, k: float) -> Speed:
    v, p = power_required(rho, area, weight, cd0, k)
    return v[np.argmin(p)]
