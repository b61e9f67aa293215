"""First-order RC low-pass filter characteristics."""
import math
from typing import Annotated

import numpy as np

Ohms = Annotated[float, "ohm"]
Farads = Annotated[float, "F"]
Hertz = Annotated[float, "Hz"]
Seconds = Annotated[float, "s"]
Volts = Annotated[float, "V"]
TimeArr = Annotated[np.ndarray, "s"]
VoltArr = Annotated[np.ndarray, "V"]


def cutoff_frequency(r: Ohms, c: Farads) -> Hertz:
    return 1 / (2 * math.pi * r * c)


def time_constant(r: Ohms, c: Farads) -> Seconds:
    return r * c


def step_response(v_in: Volts, r: Ohms, c: Farads, t: TimeArr) -> VoltArr:
    return v_in * (1 - np.exp(-t / time_constant(r, c)))


def attenuation_db(f: Hertz, r: Ohms, c: Farads) -> float:
    ratio = f / cutoff_frequency(r, c)
    return -10 * np.log10(1 + ratio**2)


def settle_time(r: Ohms, c: Farads, fraction: float = 0.01) -> Seconds:
    return -time_constant(r, c) * math.log(fraction)
