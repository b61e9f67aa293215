"""Hydrostatic pressure profile and depth gauge inversion."""
from typing import Annotated

import numpy as np

Meters = Annotated[float, "m"]
Pascal = Annotated[float, "Pa"]
Density = Annotated[float, "kg/m^3"]
DepthArr = Annotated[np.ndarray, "m"]
PressureArr = Annotated[np.ndarray, "Pa"]

G: Annotated[float, "m/s^2"] = 9.80665
P_ATM: Pascal = 101325.0


def pressure_profile(depths: DepthArr, rho: Density, p_surface: Pascal = P_ATM) -> PressureArr:
    return p_surface + rho * G * depths


def depth_for_pressure(p: Pascal, rho: Density, p_surface: Pascal = P_ATM) -> Meters:
    return (p - p_surface) / rho * G


def max_depth_profile(rho: Density, max_depth: Meters, n: int = 50) -> PressureArr:
    z: DepthArr = np.linspace(0.0, max_depth, n)
    return pressure_profile(z, rho)
