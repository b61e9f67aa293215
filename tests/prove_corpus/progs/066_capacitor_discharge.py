"""Capacitor discharge through a bleeder resistor."""
from typing import Annotated

import numpy as np

Volts = Annotated[float, "V"]
Ohms = Annotated[float, "ohm"]
Farads = Annotated[float, "F"]
Seconds = Annotated[float, "s"]

SAFE_VOLTAGE: Volts = 50.0


def discharge(v0: Volts, r: Ohms, c: Farads, t: Seconds) -> Volts:
    return v0 * np.exp(-t * r * c)


def bleed_time(v0: Volts, r: Ohms, c: Farads) -> Seconds:
    return r * c * np.log(v0 / SAFE_VOLTAGE)


def is_safe(v0: Volts, r: Ohms, c: Farads, t: Seconds) -> bool:
    return discharge(v0, r, c, t) < SAFE_VOLTAGE
