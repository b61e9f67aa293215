"""Acceleration from a wheel-speed sensor with moving-average smoothing."""
from typing import Annotated

import numpy as np

Seconds = Annotated[float, "s"]
SpeedArr = Annotated[np.ndarray, "m/s"]
AccelArr = Annotated[np.ndarray, "m/s^2"]

DT: Seconds = 0.01


def smooth(v: SpeedArr, window: int = 5) -> SpeedArr:
    kernel = np.ones(window) / window
    return np.convolve(v, kernel, mode="same")


def acceleration(v: SpeedArr) -> AccelArr:
    return (v[1:] - v[:-1]) * DT


def hard_braking(v: SpeedArr, threshold: Annotated[float, "m/s^2"] = -6.0) -> bool:
    a = acceleration(smooth(v))
    return bool(np.min(a) < threshold)
