"""Thermal emission of a solar panel."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Kelvin = Annotated[float, "K"]
Watts = Annotated[float, "W"]
Area = Annotated[float, "m^2"]

SIGMA: Annotated[float, "W/(m^2*K^4)"] = 5.670374419e-8
T_SKY: Kelvin = 255.0


def sky_absorption(eps: float, area: Area) -> Watts:
    return eps * SIGMA * area * T_SKY**4


def panel_emission(eps: float, area: Area, t_panel: Celsius) -> Watts:
    return eps * SIGMA * area * t_panel**4


def net_radiation(eps: float, area: Area, t_panel: Celsius) -> Watts:
    return panel_emission(eps, area, t_panel) - sky_absorption(eps, area)
