"""Leg times for a VFR flight log."""
from typing import Annotated

NauticalMiles = Annotated[float, "nmi"]
Knots = Annotated[float, "knot"]
Hours = Annotated[float, "h"]
Kmh = Annotated[float, "km/h"]
Minutes = Annotated[float, "min"]

MIN_PER_H: Annotated[float, "min/h"] = 60.0


def eta_hours(dist: NauticalMiles, gs: Knots) -> Hours:
    return dist / gs


def leg_minutes(dist: NauticalMiles, gs: Knots) -> Minutes:
    return eta_hours(dist, gs) * MIN_PER_H


def flight_log(legs: list[NauticalMiles], ground_speed: Kmh) -> list[Hours]:
    times = []
    for d in legs:
        times.append(eta_hours(d, ground_speed))
    return times
