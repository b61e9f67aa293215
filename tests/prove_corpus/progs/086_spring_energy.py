"""Linear spring force, energy and natural frequency."""
import math
from typing import Annotated

Stiffness = Annotated[float, "N/m"]
Meters = Annotated[float, "m"]
Newtons = Annotated[float, "N"]
Joules = Annotated[float, "J"]
Kilograms = Annotated[float, "kg"]
PerSecond = Annotated[float, "1/s"]


def spring_force(k: Stiffness, x: Meters) -> Newtons:
    return k * x


def spring_energy(k: Stiffness, x: Meters) -> Joules:
    return 0.5 * k * x


def natural_frequency(k: Stiffness, m: Kilograms) -> PerSecond:
    return math.sqrt(k / m)
