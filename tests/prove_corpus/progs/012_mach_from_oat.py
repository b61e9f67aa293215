"""Mach number from an outside-air-temperature probe."""
import math
from typing import Annotated

Kelvin = Annotated[float, "K"]
Celsius = Annotated[float, "degC"]
Speed = Annotated[float, "m/s"]

GAMMA = 1.4
R_AIR: Annotated[float, "J/(kg*K)"] = 287.05


def speed_of_sound(t: Kelvin) -> Speed:
    return math.sqrt(GAMMA * R_AIR * t)


def mach_from_oat(tas: Speed, oat: Celsius) -> float:
    a = speed_of_sound(oat)
    return tas / a


def mach_table(tas_values: list[float], oat: Celsius) -> list[float]:
    return [mach_from_oat(v, oat) for v in tas_values]
