"""Solve Kepler's equation and propagate an elliptical orbit."""
from typing import Annotated

import numpy as np

Radians = Annotated[float, "rad"]
Meters = Annotated[float, "m"]
Seconds = Annotated[float, "s"]

MU: Annotated[float, "m^3/s^2"] = 3.986004418e14


def eccentric_anomaly(mean_anom: Radians, e: float, tol: Radians = 1e-12) -> Radians:
    big_e: Radians = mean_anom if e < 0.8 else np.pi
    for _ in range(50):
        f = big_e - e * np.sin(big_e) - mean_anom
        step = f / (1 - e * np.cos(big_e))
        big_e = big_e - step
        if abs(step) < tol:
            break
    return big_e


def true_anomaly(big_e: Radians, e: float) -> Radians:
    return 2 * np.arctan2(np.sqrt(1 + e) * np.sin(big_e / 2), np.sqrt(1 - e) * np.cos(big_e / 2))


def radius_at(a: Meters, e: float, t_since_periapsis: Seconds) -> Meters:
    n: Annotated[float, "rad/s"] = np.sqrt(MU / a**3)
    m = n * t_since_periapsis
    big_e = eccentric_anomaly(m, e)
    return a * (1 - e * np.cos(big_e))
