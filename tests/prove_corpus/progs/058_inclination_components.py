"""Launch azimuth and velocity components for a target inclination."""
import math
from typing import Annotated

Degrees = Annotated[float, "deg"]
Speed = Annotated[float, "m/s"]


def launch_azimuth(inclination: Degrees, latitude: Degrees) -> Degrees:
    ratio = math.cos(math.radians(inclination)) / math.cos(math.radians(latitude))
    return math.degrees(math.asin(min(1.0, ratio)))


def velocity_components(v: Speed, inclination: Degrees) -> tuple[Speed, Speed]:
    east = v * math.cos(inclination)
    north = v * math.sin(math.radians(inclination))
    return east, north
