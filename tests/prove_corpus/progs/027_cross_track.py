"""Cross-track and along-track distance from a great-circle route."""
import math
from typing import Annotated

Meters = Annotated[float, "m"]
Degrees = Annotated[float, "deg"]

R_EARTH: Meters = 6371000.0


def cross_track(d13: Meters, brg13: Degrees, brg12: Degrees) -> Meters:
    delta13 = d13 / R_EARTH
    dxt = math.asin(math.sin(delta13) * math.sin(math.radians(brg13 - brg12)))
    return dxt * R_EARTH


def along_track(d13: Meters, brg13: Degrees, brg12: Degrees) -> Meters:
    delta13 = d13 / R_EARTH
    dxt = cross_track(d13, brg13, brg12) / R_EARTH
    dat = math.acos(math.cos(delta13) / math.cos(dxt))
    return dat * R_EARTH


def off_course(d13: Meters, brg13: Degrees, brg12: Degrees, limit: Meters = 1852.0) -> bool:
    return abs(cross_track(d13, brg13, brg12)) > limit
