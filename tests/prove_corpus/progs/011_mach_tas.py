"""Mach number and true airspeed from static air temperature."""
import math
from typing import Annotated

Kelvin = Annotated[float, "K"]
Speed = Annotated[float, "m/s"]
Knots = Annotated[float, "knot"]

GAMMA = 1.4
R_AIR: Annotated[float, "J/(kg*K)"] = 287.05
MS_PER_KT: Annotated[float, "(m/s)/knot"] = 0.514444


def speed_of_sound(t: Kelvin) -> Speed:
    return math.sqrt(GAMMA * R_AIR * t)


def mach(tas: Speed, t: Kelvin) -> float:
    return tas / speed_of_sound(t)


def tas_knots(mach_number: float, t: Kelvin) -> Knots:
    return mach_number * speed_of_sound(t) / MS_PER_KT


def is_transonic(tas: Speed, t: Kelvin) -> bool:
    m = mach(tas, t)
    return 0.8 <= m < 1.2
