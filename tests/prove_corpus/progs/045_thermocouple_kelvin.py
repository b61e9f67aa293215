"""Furnace thermocouple feeding a radiation model in kelvin."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Kelvin = Annotated[float, "K"]
Volts = Annotated[float, "V"]
Watts = Annotated[float, "W"]
Area = Annotated[float, "m^2"]

SEEBECK_K: Annotated[float, "V/delta_degC"] = 41e-6
SIGMA: Annotated[float, "W/(m^2*K^4)"] = 5.670374419e-8


def hot_junction_temp_k(v: Volts, t_ref: Celsius) -> Kelvin:
    return t_ref + v / SEEBECK_K


def wall_radiation(v: Volts, t_ref: Celsius, eps: float, area: Area) -> Watts:
    t_wall = hot_junction_temp_k(v, t_ref)
    return eps * SIGMA * area * t_wall**4
