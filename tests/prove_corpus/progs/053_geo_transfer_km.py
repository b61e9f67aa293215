"""Hohmann transfer from LEO to geostationary orbit."""
import math
from typing import Annotated

Meters = Annotated[float, "m"]
Kilometers = Annotated[float, "km"]
Speed = Annotated[float, "m/s"]

MU: Annotated[float, "m^3/s^2"] = 3.986004418e14
R_EARTH_KM: Kilometers = 6378.137
R_GEO: Meters = 42164e3


def hohmann_dv(r1: Meters, r2: Meters) -> tuple[Speed, Speed]:
    a_t = (r1 + r2) / 2
    v1 = math.sqrt(MU / r1)
    v2 = math.sqrt(MU / r2)
    v_peri = math.sqrt(MU * (2 / r1 - 1 / a_t))
    v_apo = math.sqrt(MU * (2 / r2 - 1 / a_t))
    return v_peri - v1, v2 - v_apo


def geo_transfer(leo_alt: Kilometers) -> Speed:
    r_leo = R_EARTH_KM + leo_alt
    dv1, dv2 = hohmann_dv(r_leo, R_GEO)
    return dv1 + dv2
