"""Specific excess power for climb performance."""
from typing import Annotated

Newtons = Annotated[float, "N"]
Speed = Annotated[float, "m/s"]
Watts = Annotated[float, "W"]
Kilograms = Annotated[float, "kg"]

G0: Annotated[float, "m/s^2"] = 9.80665


def excess_power(thrust: Newtons, drag: Newtons, v: Speed) -> Watts:
    return thrust - drag


def rate_of_climb(thrust: Newtons, drag: Newtons, v: Speed, mass: Kilograms) -> Speed:
    ps = excess_power(thrust, drag, v)
    return ps / (mass * G0)
