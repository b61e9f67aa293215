"""Electricity cost of boiling a kettle."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Kilograms = Annotated[float, "kg"]
KWh = Annotated[float, "kWh"]

CP_WATER: Annotated[float, "J/(kg*K)"] = 4186.0
BOIL: Celsius = 100.0
PRICE: Annotated[float, "1/kWh"] = 0.30


def boil_energy(mass: Kilograms, t_start: Celsius, efficiency: float = 0.85) -> KWh:
    return mass * CP_WATER * (BOIL - t_start) / efficiency


def boil_cost(mass: Kilograms, t_start: Celsius) -> float:
    return boil_energy(mass, t_start) * PRICE


def yearly_cost(mass: Kilograms, t_start: Celsius, boils_per_day: int = 4) -> float:
    return boil_cost(mass, t_start) * boils_per_day * 365
