"""Heading and ground speed for a UAV mission planner."""
import math
from dataclasses import dataclass
from typing import Annotated

Degrees = Annotated[float, "deg"]
Knots = Annotated[float, "knot"]
Speed = Annotated[float, "m/s"]


@dataclass
class Airframe:
    name: str
    cruise_tas: Speed
    max_wind: Knots


def wind_correction(tas: Knots, course: Degrees, wind_from: Degrees,
                    wind_speed: Knots) -> tuple[Degrees, Knots]:
    rel = math.radians(wind_from - course)
    wca = math.asin(wind_speed / tas * math.sin(rel))
    gs = tas * math.cos(wca) - wind_speed * math.cos(rel)
    return course + math.degrees(wca), gs


def plan_leg(ac: Airframe, course: Degrees, wind_from: Degrees, wind_speed: Knots) -> tuple[Degrees, Knots]:
    if wind_speed > ac.max_wind:
        raise ValueError("wind too strong for " + ac.name)
    return wind_correction(ac.cruise_tas, course, wind_from, wind_speed)
