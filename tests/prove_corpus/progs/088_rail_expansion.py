"""Expansion gap for continuously welded rail."""
from typing import Annotated

Meters = Annotated[float, "m"]
Celsius = Annotated[float, "degC"]
Expansivity = Annotated[float, "1/delta_degC"]

ALPHA_RAIL: Expansivity = 11.5e-6
STRESS_FREE: Celsius = 25.0


def rail_expansion(length: Meters, t_service: Celsius, alpha: Expansivity = ALPHA_RAIL) -> Meters:
    return alpha * length * t_service


def buckling_risk(length: Meters, t_service: Celsius, allowed: Meters = 0.01) -> bool:
    return t_service > STRESS_FREE and rail_expansion(length, t_service) > allowed
