"""Pseudorange correction for a GNSS receiver."""
from typing import Annotated

import numpy as np

Meters = Annotated[float, "m"]
Seconds = Annotated[float, "s"]
MeterArr = Annotated[np.ndarray, "m"]

C_LIGHT: Annotated[float, "m/s"] = 299792458.0


def travel_time(pseudorange: Meters) -> Seconds:
    return pseudorange / C_LIGHT


def corrected_range(pseudorange: Meters, sat_clock_bias: Seconds, iono_delay: Meters) -> Meters:
    return pseudorange - iono_delay - sat_clock_bias


def residuals(measured: MeterArr, predicted: MeterArr) -> MeterArr:
    return measured - predicted


def rms_residual(measured: MeterArr, predicted: MeterArr) -> Meters:
    r = residuals(measured, predicted)
    return np.sqrt(np.mean(r**2))
