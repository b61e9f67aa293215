"""Chiller coefficient of performance."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Watts = Annotated[float, "W"]


def carnot_cop_cooling(t_evap: Celsius, t_cond: Celsius) -> float:
    return t_evap / (t_cond - t_evap)


def compressor_power(cooling_load: Watts, t_evap: Celsius, t_cond: Celsius, eta: float = 0.55) -> Watts:
    return cooling_load / (eta * carnot_cop_cooling(t_evap, t_cond))


def heat_rejected(cooling_load: Watts, t_evap: Celsius, t_cond: Celsius) -> Watts:
    return cooling_load + compressor_power(cooling_load, t_evap, t_cond)
