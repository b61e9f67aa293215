"""Orifice flow from a differential gauge in bar."""
import math
from typing import Annotated

import numpy as np

Meters = Annotated[float, "m"]
Pascal = Annotated[float, "Pa"]
Bar = Annotated[float, "bar"]
Density = Annotated[float, "kg/m^3"]
FlowRate = Annotated[float, "m^3/s"]

SECONDS_PER_DAY: Annotated[float, "s"] = 86400.0


def orifice_flow(cd: float, d: Meters, dp: Pascal, rho: Density) -> FlowRate:
    area = math.pi * d**2 / 4
    return cd * area * np.sqrt(2 * dp / rho)


def flow_from_gauge(cd: float, d: Meters, dp_gauge: Bar, rho: Density) -> FlowRate:
    return orifice_flow(cd, d, dp_gauge, rho)


def daily_volume(cd: float, d: Meters, dp_gauge: Bar, rho: Density) -> Annotated[float, "m^3"]:
    return flow_from_gauge(cd, d, dp_gauge, rho) * SECONDS_PER_DAY
