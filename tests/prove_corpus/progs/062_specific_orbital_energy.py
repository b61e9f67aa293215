"""Specific orbital energy and semi-major axis from a state vector."""
from typing import Annotated

Meters = Annotated[float, "m"]
Speed = Annotated[float, "m/s"]
SpecificEnergy = Annotated[float, "J/kg"]

MU: Annotated[float, "m^3/s^2"] = 3.986004418e14


def specific_energy(r: Meters, v: Speed) -> SpecificEnergy:
    return v**2 / 2 - MU / r**2


def semi_major_axis(r: Meters, v: Speed) -> Meters:
    return -MU / (2 * specific_energy(r, v))


def is_bound(r: Meters, v: Speed) -> bool:
    return specific_energy(r, v) < 0
