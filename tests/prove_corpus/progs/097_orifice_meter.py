"""Orifice plate flow metering and sizing."""
import math
from typing import Annotated

import numpy as np

Meters = Annotated[float, "m"]
Pascal = Annotated[float, "Pa"]
Bar = Annotated[float, "bar"]
Density = Annotated[float, "kg/m^3"]
FlowRate = Annotated[float, "m^3/s"]

PA_PER_BAR: Annotated[float, "Pa/bar"] = 1e5


def orifice_flow(cd: float, d: Meters, dp: Pascal, rho: Density) -> FlowRate:
    area = math.pi * d**2 / 4
    return cd * area * np.sqrt(2 * dp / rho)


def flow_from_gauge(cd: float, d: Meters, dp_gauge: Bar, rho: Density) -> FlowRate:
    return orifice_flow(cd, d, dp_gauge * PA_PER_BAR, rho)


def size_orifice(q: FlowRate, dp: Pascal, rho: Density, cd: float = 0.61) -> Meters:
    area = q / (cd * np.sqrt(2 * dp / rho))
    return np.sqrt(4 * area / math.pi)
