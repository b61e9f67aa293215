"""Heatsink and junction temperature for a power transistor."""
from typing import Annotated

Kelvin = Annotated[float, "K"]
Celsius = Annotated[float, "degC"]
Watts = Annotated[float, "W"]
ThermalRes = Annotated[float, "K/W"]


def junction_temp(t_case: Kelvin, power: Watts, r_jc: ThermalRes) -> Kelvin:
    return t_case + power * r_jc


def sink_temperature(t_ambient: Kelvin, self_heating: Celsius) -> Kelvin:
    return t_ambient + self_heating


def max_power(t_j_max: Kelvin, t_case: Kelvin, r_jc: ThermalRes) -> Watts:
    if t_case >= t_j_max:
        return 0.0
    return (t_j_max - t_case) / r_jc
