"""Circular-orbit period and speed around the Earth."""
import math
from typing import Annotated

Meters = Annotated[float, "m"]
Seconds = Annotated[float, "s"]
Speed = Annotated[float, "m/s"]

MU_EARTH: Annotated[float, "m^3/s^2"] = 3.986004418e14
R_EARTH: Meters = 6378137.0
SECONDS_PER_DAY: Seconds = 86400.0


def orbital_period(a: Meters) -> Seconds:
    return 2 * math.pi * math.sqrt(a**3 / MU_EARTH)


def circular_speed(r: Meters) -> Speed:
    return math.sqrt(MU_EARTH / r)


def period_at_altitude(alt: Meters) -> Seconds:
    return orbital_period(R_EARTH + alt)


def revs_per_day(alt: Meters) -> float:
    return SECONDS_PER_DAY / period_at_altitude(alt)


def is_leo(alt: Meters) -> bool:
    return 160e3 <= alt <= 2000e3
