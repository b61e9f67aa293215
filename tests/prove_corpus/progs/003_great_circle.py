"""Great-circle distance between two waypoints."""
import math
from typing import Annotated

Degrees = Annotated[float, "deg"]
Meters = Annotated[float, "m"]
NauticalMiles = Annotated[float, "nmi"]

EARTH_RADIUS: Meters = 6371008.8
M_PER_NMI: Annotated[float, "m/nmi"] = 1852.0


def haversine(lat1: Degrees, lon1: Degrees, lat2: Degrees, lon2: Degrees) -> Meters:
    phi1 = math.radians(lat1)
    phi2 = math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlam = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    c = 2 * math.atan2(math.sqrt(a), math.sqrt(1 - a))
    return EARTH_RADIUS * c


def distance_nmi(lat1: Degrees, lon1: Degrees, lat2: Degrees, lon2: Degrees) -> NauticalMiles:
    return haversine(lat1, lon1, lat2, lon2) / M_PER_NMI


def route_length(points: list[tuple[float, float]]) -> NauticalMiles:
    total: NauticalMiles = 0.0
    for (la1, lo1), (la2, lo2) in zip(points, points[1:]):
        total += distance_nmi(la1, lo1, la2, lo2)
    return total
