"""Resistive heater element sizing."""
from typing import Annotated

Volts = Annotated[float, "V"]
Ohms = Annotated[float, "ohm"]
Amps = Annotated[float, "A"]
Watts = Annotated[float, "W"]


def heater_current(v: Volts, r: Ohms) -> Amps:
    return v / r


def heater_power(v: Volts, r: Ohms) -> Watts:
    return v**2 * r


def element_for_power(v: Volts, p: Watts) -> Ohms:
    return v**2 / p


def fuse_ok(v: Volts, r: Ohms, fuse: Amps = 10.0) -> bool:
    return heater_current(v, r) < 0.8 * fuse
