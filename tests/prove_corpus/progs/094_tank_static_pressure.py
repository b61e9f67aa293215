"""Static pressure at depth in a storage tank."""
from typing import Annotated

Pascal = Annotated[float, "Pa"]
Meters = Annotated[float, "m"]
Density = Annotated[float, "kg/m^3"]
Newtons = Annotated[float, "N"]
Area = Annotated[float, "m^2"]

G: Annotated[float, "m/s^2"] = 9.81


def static_pressure_at(p_top: Pascal, depth: Meters, rho: Density) -> Pascal:
    return p_top + G * depth


def hatch_force(p_top: Pascal, depth: Meters, rho: Density, hatch_area: Area) -> Newtons:
    return static_pressure_at(p_top, depth, rho) * hatch_area
