"""Wind triangle: heading and ground speed for a desired course."""
import math
from typing import Annotated, NamedTuple

Degrees = Annotated[float, "deg"]
Knots = Annotated[float, "knot"]


class Wind(NamedTuple):
    direction: Degrees
    speed: Knots


def wind_correction(tas: Knots, course: Degrees, wind: Wind) -> tuple[Degrees, Knots]:
    rel = math.radians(wind.direction - course)
    wca_rad = math.asin(wind.speed / tas * math.sin(rel))
    heading = course + math.degrees(wca_rad)
    gs = tas * math.cos(wca_rad) - wind.speed * math.cos(rel)
    return heading % 360, gs


def slowest_leg(tas: Knots, courses: list[Degrees], wind: Wind) -> Knots:
    best: Knots = tas
    for c in courses:
        _, gs = wind_correction(tas, c, wind)
        if gs < best:
            best = gs
    return best
