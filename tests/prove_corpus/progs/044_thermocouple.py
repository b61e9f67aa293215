"""Type-K thermocouple reading with cold-junction compensation."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Volts = Annotated[float, "V"]

SEEBECK_K: Annotated[float, "V/delta_degC"] = 41e-6


def junction_voltage(t_hot: Celsius, t_ref: Celsius) -> Volts:
    return SEEBECK_K * (t_hot - t_ref)


def hot_junction_temp(v: Volts, t_ref: Celsius) -> Celsius:
    return t_ref + v / SEEBECK_K


def readings(voltages: list[Volts], t_ref: Celsius) -> list[Celsius]:
    return [hot_junction_temp(v, t_ref) for v in voltages]


def overtemp(v: Volts, t_ref: Celsius, limit: Celsius = 850.0) -> bool:
    return hot_junction_temp(v, t_ref) > limit
