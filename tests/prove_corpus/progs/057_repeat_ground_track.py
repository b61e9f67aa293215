"""Orbit altitude for a repeat ground track."""
import math
from typing import Annotated

Meters = Annotated[float, "m"]
Seconds = Annotated[float, "s"]

MU: Annotated[float, "m^3/s^2"] = 3.986004418e14
R_EARTH: Meters = 6378137.0
SIDEREAL_DAY: Seconds = 86164.0905


def semi_major_axis(period: Seconds) -> Meters:
    return (MU * period**2 / (4 * math.pi**2)) ** (1.0 / 3.0)


def altitude_for_period(period: Seconds) -> Meters:
    return semi_major_axis(period) - R_EARTH


def repeat_track_altitude(revs: int, days: int) -> Meters:
    period = days * SIDEREAL_DAY / revs
    return altitude_for_period(period)


def candidate_tracks(max_revs: int = 16, days: int = 1) -> list[tuple[int, float]]:
    out = []
    for revs in range(12, max_revs + 1):
        alt = repeat_track_altitude(revs, days)
        if 300e3 < alt < 1500e3:
            out.append((revs, alt))
    return out
