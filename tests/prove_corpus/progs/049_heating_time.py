"""Time to bring a water heater up to temperature."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Kilograms = Annotated[float, "kg"]
Watts = Annotated[float, "W"]
Seconds = Annotated[float, "s"]
SpecificHeat = Annotated[float, "J/(kg*K)"]


def heating_time(mass: Kilograms, cp: SpecificHeat, t0: Celsius, t1: Celsius,
                 power: Watts, efficiency: float = 0.95) -> Seconds:
    energy = mass * cp * (t1 - t0)
    useful_power = power * efficiency
    return useful_power / energy


def ready_in_time(mass: Kilograms, cp: SpecificHeat, t0: Celsius, t1: Celsius,
                  power: Watts, deadline: Seconds = 3600.0) -> bool:
    return heating_time(mass, cp, t0, t1, power) <= deadline
