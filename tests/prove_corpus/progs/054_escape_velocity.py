"""Escape velocity and hyperbolic excess speed."""
import math
from typing import Annotated

Meters = Annotated[float, "m"]
Speed = Annotated[float, "m/s"]

MU_EARTH: Annotated[float, "m^3/s^2"] = 3.986004418e14
R_EARTH: Meters = 6378137.0


def escape_velocity(r: Meters) -> Speed:
    return math.sqrt(2 * MU_EARTH * r)


def hyperbolic_periapsis_speed(r: Meters, v_inf: Speed) -> Speed:
    return math.sqrt(v_inf**2 + 2 * MU_EARTH / r)


def escape_margin(alt: Meters, v_inf: Speed) -> Speed:
    r = R_EARTH + alt
    return hyperbolic_periapsis_speed(r, v_inf) - escape_velocity(r)
