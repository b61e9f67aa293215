"""Boiling check for a heated water loop."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Kelvin = Annotated[float, "K"]
Pascal = Annotated[float, "Pa"]

BOILING: Kelvin = 373.15
P_ATM: Pascal = 101325.0


def will_boil(t_water: Celsius, p: Pascal = P_ATM) -> bool:
    if p > 1.5 * P_ATM:
        return False
    return t_water >= BOILING


def loop_status(temps: list[Celsius]) -> str:
    if any(will_boil(t) for t in temps):
        return "BOILING"
    return "ok"
