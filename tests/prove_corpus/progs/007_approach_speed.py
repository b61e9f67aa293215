"""Approach speed schedule from the stall speed."""
import math
from typing import Annotated

Speed = Annotated[float, "m/s"]
Knots = Annotated[float, "knot"]
Newtons = Annotated[float, "N"]
Area = Annotated[float, "m^2"]
Density = Annotated[float, "kg/m^3"]

RHO_SL: Density = 1.225


def stall_speed(weight: Newtons, wing_area: Area, cl_max: float, rho: Density = RHO_SL) -> Speed:
    return math.sqrt(2.0 * weight / (rho * wing_area * cl_max))


def vref(weight: Newtons, wing_area: Area, cl_max_landing: float) -> Knots:
    vs = stall_speed(weight, wing_area, cl_max_landing)
    return 1.3 * vs


def vapp(weight: Newtons, wing_area: Area, cl_max_landing: float, gust: Knots) -> Knots:
    additive = min(max(gust / 2.0, 5.0), 20.0)
    return vref(weight, wing_area, cl_max_landing) + additive
