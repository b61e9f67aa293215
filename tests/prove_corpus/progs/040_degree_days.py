"""Heating degree-days and seasonal heat loss of a building."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
DegreeDays = Annotated[float, "delta_degC*day"]
Joules = Annotated[float, "J"]
UA = Annotated[float, "W/K"]

BASE_TEMP: Celsius = 15.5
ONE_DAY: Annotated[float, "day"] = 1.0
SECONDS_PER_DAY: Annotated[float, "s/day"] = 86400.0


def heating_degree_days(daily_means: list[Celsius], base: Celsius = BASE_TEMP) -> DegreeDays:
    total: DegreeDays = 0.0
    for t in daily_means:
        if t < base:
            total += (base - t) * ONE_DAY
    return total


def seasonal_heat_loss(ua: UA, daily_means: list[Celsius]) -> Joules:
    hdd = heating_degree_days(daily_means)
    return ua * hdd * SECONDS_PER_DAY
