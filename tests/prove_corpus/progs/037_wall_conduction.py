"""Steady conduction through a flat insulation slab."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Meters = Annotated[float, "m"]
Area = Annotated[float, "m^2"]
Watts = Annotated[float, "W"]
Conductivity = Annotated[float, "W/(m*K)"]


def conduction(k: Conductivity, area: Area, t_hot: Celsius, t_cold: Celsius, thickness: Meters) -> Watts:
    dt = t_hot - t_cold
    return k * area * dt * thickness


def slab_losses(k: Conductivity, area: Area, t_hot: Celsius, colds: list[Celsius], thickness: Meters) -> list[Watts]:
    return [conduction(k, area, t_hot, tc, thickness) for tc in colds]
