"""Resistor current, dissipation and derating check."""
from dataclasses import dataclass
from typing import Annotated

Ohms = Annotated[float, "ohm"]
Volts = Annotated[float, "V"]
Amps = Annotated[float, "A"]
Watts = Annotated[float, "W"]


@dataclass
class Resistor:
    resistance: Ohms
    power_rating: Watts
    tolerance: float = 0.05


def current_through(r: Resistor, v: Volts) -> Amps:
    return v / r.resistance


def dissipation(r: Resistor, v: Volts) -> Watts:
    i = current_through(r, v)
    return i**2 * r.resistance


def derated_ok(r: Resistor, v: Volts, derating: float = 0.5) -> bool:
    return dissipation(r, v) <= derating * r.power_rating


def worst_case_current(r: Resistor, v: Volts) -> Amps:
    return v / (r.resistance * (1 - r.tolerance))
