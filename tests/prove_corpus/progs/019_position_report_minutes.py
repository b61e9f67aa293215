"""Estimated position offsets after a timed leg."""
import math
from typing import Annotated

Degrees = Annotated[float, "deg"]
Knots = Annotated[float, "knot"]
Hours = Annotated[float, "h"]
Minutes = Annotated[float, "min"]
NauticalMiles = Annotated[float, "nmi"]


def distance_run(speed: Knots, elapsed: Hours) -> NauticalMiles:
    return speed * elapsed


def offsets(course: Degrees, speed: Knots, elapsed: Hours) -> tuple[NauticalMiles, NauticalMiles]:
    d = distance_run(speed, elapsed)
    return d * math.cos(math.radians(course)), d * math.sin(math.radians(course))


def position_report(course: Degrees, speed: Knots, minutes_since_fix: Minutes) -> tuple[NauticalMiles, NauticalMiles]:
    north, east = offsets(course, speed, minutes_since_fix)
    return north, east
