"""Hoop stress from a field pressure gauge reading."""
from typing import Annotated

Pascal = Annotated[float, "Pa"]
Psi = Annotated[float, "psi"]
Meters = Annotated[float, "m"]


def hoop_stress_from_gauge(gauge: Psi, r: Meters, t: Meters) -> Pascal:
    sigma: Pascal = gauge * r / t
    return sigma


def utilisation(gauge: Psi, r: Meters, t: Meters, allowable: Pascal) -> float:
    return hoop_stress_from_gauge(gauge, r, t) / allowable
