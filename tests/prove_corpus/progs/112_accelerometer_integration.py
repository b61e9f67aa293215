"""Accelerometer post-processing for a drop test."""
from typing import Annotated

import numpy as np

Seconds = Annotated[float, "s"]
AccelArr = Annotated[np.ndarray, "m/s^2"]
SpeedArr = Annotated[np.ndarray, "m/s"]
DispArr = Annotated[np.ndarray, "m"]

G0: Annotated[float, "m/s^2"] = 9.80665


def integrate(a: AccelArr, dt: Seconds) -> SpeedArr:
    return np.cumsum(a) * dt


def displacement(a: AccelArr, dt: Seconds) -> DispArr:
    v = integrate(a, dt)
    return np.cumsum(v) * dt


def remove_gravity(a_z: AccelArr) -> AccelArr:
    return a_z - G0


def peak_g(a: AccelArr) -> float:
    return np.max(np.abs(a)) / G0


def shock_detected(a: AccelArr, threshold_g: float = 3.0) -> bool:
    return peak_g(a) > threshold_g
