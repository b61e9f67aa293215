"""Terminal velocity of a falling package."""
from typing import Annotated

import numpy as np

Kilograms = Annotated[float, "kg"]
Area = Annotated[float, "m^2"]
Density = Annotated[float, "kg/m^3"]
Speed = Annotated[float, "m/s"]

G: Annotated[float, "m/s^2"] = 9.81


def terminal_velocity(mass: Kilograms, cd: float, area: Area, rho: Density) -> Speed:
    return np.sqrt(2 * mass * G / (rho * cd))


def parachute_ok(mass: Kilograms, cd: float, area: Area, rho: Density, max_impact: Speed = 6.0) -> bool:
    return terminal_velocity(mass, cd, area, rho) <= max_impact
