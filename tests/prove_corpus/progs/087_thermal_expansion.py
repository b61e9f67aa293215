"""Thermal expansion of a pipe run and restrained stress."""
from typing import Annotated

Meters = Annotated[float, "m"]
Celsius = Annotated[float, "degC"]
Pascal = Annotated[float, "Pa"]
Expansivity = Annotated[float, "1/delta_degC"]

ALPHA_STEEL: Expansivity = 12e-6


def elongation(length: Meters, t_install: Celsius, t_service: Celsius, alpha: Expansivity = ALPHA_STEEL) -> Meters:
    return alpha * length * (t_service - t_install)


def thermal_stress(e: Pascal, t_install: Celsius, t_service: Celsius, alpha: Expansivity = ALPHA_STEEL) -> Pascal:
    return e * alpha * (t_service - t_install)


def gap_needed(length: Meters, t_install: Celsius, t_max: Celsius, margin: Meters = 0.002) -> Meters:
    return max(elongation(length, t_install, t_max), 0.0) + margin
