"""Ground speed check between two position reports."""
from dataclasses import dataclass
from typing import Annotated

NauticalMiles = Annotated[float, "nmi"]
Knots = Annotated[float, "knot"]
Hours = Annotated[float, "h"]


@dataclass
class Report:
    time: Hours
    along_track: NauticalMiles


def ground_speed(a: Report, b: Report) -> Knots:
    dist = b.along_track - a.along_track
    elapsed = b.time - a.time
    gs: Knots = dist * elapsed
    return gs


def speed_anomaly(a: Report, b: Report, filed_tas: Knots, tolerance: Knots = 25.0) -> bool:
    return abs(ground_speed(a, b) - filed_tas) > tolerance
