"""Capacitor charge monitoring for a pre-charge circuit."""
import math
from typing import Annotated

Volts = Annotated[float, "V"]
Amps = Annotated[float, "A"]
Ohms = Annotated[float, "ohm"]
Farads = Annotated[float, "F"]
Seconds = Annotated[float, "s"]


def charge_voltage(v_supply: Volts, r: Ohms, c: Farads, t: Seconds) -> Volts:
    return v_supply * (1 - math.exp(-t / (r * c)))


def charging_current(v_supply: Volts, r: Ohms, c: Farads, t: Seconds) -> Amps:
    return v_supply / r * math.exp(-t / (r * c))


def charged(v_supply: Volts, r: Ohms, c: Farads, t: Seconds, threshold: Amps = 0.001) -> bool:
    return charge_voltage(v_supply, r, c, t) < threshold
