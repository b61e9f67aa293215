"""Solar elevation angle for a navigation almanac."""
import math
from typing import Annotated

Degrees = Annotated[float, "deg"]
Hours = Annotated[float, "h"]
Days = Annotated[int, "day"]

DEG_PER_HOUR: Annotated[float, "deg/h"] = 15.0
DEG_PER_DAY: Annotated[float, "deg/day"] = 360.0 / 365.0
OBLIQUITY: Degrees = 23.44


def declination(day_of_year: Days) -> Degrees:
    b = DEG_PER_DAY * (day_of_year - 81)
    return OBLIQUITY * math.sin(math.radians(b))


def hour_angle(solar_time: Hours) -> Degrees:
    return DEG_PER_HOUR * (solar_time - 12.0)


def solar_elevation(lat: Degrees, day_of_year: Days, solar_time: Hours) -> Degrees:
    phi = math.radians(lat)
    dec = math.radians(declination(day_of_year))
    h = math.radians(hour_angle(solar_time))
    s = math.sin(phi) * math.sin(dec) + math.cos(phi) * math.cos(dec) * math.cos(h)
    return math.degrees(math.asin(s))


def is_daylight(lat: Degrees, day_of_year: Days, solar_time: Hours) -> bool:
    return solar_elevation(lat, day_of_year, solar_time) > -0.833
