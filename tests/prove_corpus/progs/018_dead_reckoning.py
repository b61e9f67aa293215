"""Dead-reckoning position update (mid-latitude sailing)."""
import math
from typing import Annotated, NamedTuple

Degrees = Annotated[float, "deg"]
Knots = Annotated[float, "knot"]
Hours = Annotated[float, "h"]
NauticalMiles = Annotated[float, "nmi"]

NMI_PER_DEG: Annotated[float, "nmi/deg"] = 60.0


class Fix(NamedTuple):
    lat: Degrees
    lon: Degrees


def dead_reckon(fix: Fix, course: Degrees, speed: Knots, elapsed: Hours) -> Fix:
    dist: NauticalMiles = speed * elapsed
    dlat = dist * math.cos(math.radians(course)) / NMI_PER_DEG
    departure = dist * math.sin(math.radians(course))
    mid_lat = fix.lat + dlat / 2
    dlon = departure / (NMI_PER_DEG * math.cos(math.radians(mid_lat)))
    return Fix(fix.lat + dlat, fix.lon + dlon)


def track(start: Fix, course: Degrees, speed: Knots, hours: int) -> list[Fix]:
    fixes = [start]
    for _ in range(hours):
        fixes.append(dead_reckon(fixes[-1], course, speed, 1.0))
    return fixes
