"""Headwind and crosswind components for a runway."""
import math
from typing import Annotated

Degrees = Annotated[float, "deg"]
Knots = Annotated[float, "knot"]


def wind_components(wind_speed: Knots, wind_dir: Degrees, runway_hdg: Degrees) -> tuple[Knots, Knots]:
    angle = wind_dir - runway_hdg
    headwind = wind_speed * math.cos(math.radians(angle))
    crosswind = wind_speed * math.sin(angle)
    return headwind, crosswind


def runway_ok(wind_speed: Knots, wind_dir: Degrees, runway_hdg: Degrees,
              max_crosswind: Knots = 15.0) -> bool:
    head, cross = wind_components(wind_speed, wind_dir, runway_hdg)
    return abs(cross) <= max_crosswind and head > -10.0
