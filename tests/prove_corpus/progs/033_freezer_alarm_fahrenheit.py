"""Freezer alarm with an imported Fahrenheit sensor."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Fahrenheit = Annotated[float, "degF"]
DeltaC = Annotated[float, "delta_degC"]

ALARM_MARGIN: DeltaC = 3.0
DEFAULT_SETPOINT: Celsius = -18.0


def over_limit(reading: Celsius, setpoint: Celsius, margin: DeltaC = ALARM_MARGIN) -> bool:
    return reading - setpoint > margin


def check_freezer(sensor_f: Fahrenheit, setpoint: Celsius = DEFAULT_SETPOINT) -> bool:
    return over_limit(sensor_f, setpoint)


def alarm_log(readings: list[Fahrenheit]) -> list[bool]:
    return [check_freezer(r) for r in readings]
