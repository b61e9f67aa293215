"""Orbital speed from the vis-viva equation."""
import math
from typing import Annotated

Meters = Annotated[float, "m"]
Speed = Annotated[float, "m/s"]

MU_EARTH: Annotated[float, "m^3/s^2"] = 3.986004418e14
R_EARTH: Meters = 6378137.0


def vis_viva(r: Meters, a: Meters) -> Speed:
    return math.sqrt(MU_EARTH * (2 / r - 1 / a**2))


def perigee_apogee_speeds(alt_p: Meters, alt_a: Meters) -> tuple[Speed, Speed]:
    rp = R_EARTH + alt_p
    ra = R_EARTH + alt_a
    a = (rp + ra) / 2
    return vis_viva(rp, a), vis_viva(ra, a)
