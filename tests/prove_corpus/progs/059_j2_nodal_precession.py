"""J2 nodal precession and sun-synchronous check."""
import math
from typing import Annotated

import numpy as np

Meters = Annotated[float, "m"]
Degrees = Annotated[float, "deg"]
RadPerSec = Annotated[float, "rad/s"]
DegPerDay = Annotated[float, "deg/day"]

MU: Annotated[float, "m^3/s^2"] = 3.986004418e14
R_EARTH: Meters = 6378137.0
J2 = 1.08262668e-3
SECONDS_PER_DAY: Annotated[float, "s/day"] = 86400.0


def mean_motion(a: Meters) -> RadPerSec:
    return math.sqrt(MU / a**3)


def raan_rate(a: Meters, e: float, inc: Degrees) -> RadPerSec:
    n = mean_motion(a)
    p = a * (1 - e**2)
    return -1.5 * n * J2 * (R_EARTH / p) ** 2 * math.cos(math.radians(inc))


def raan_rate_deg_per_day(a: Meters, e: float, inc: Degrees) -> DegPerDay:
    return np.rad2deg(raan_rate(a, e, inc)) * SECONDS_PER_DAY


def is_sun_synchronous(a: Meters, e: float, inc: Degrees) -> bool:
    return abs(raan_rate_deg_per_day(a, e, inc) - 0.9856) < 0.01
