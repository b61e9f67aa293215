"""Redundant temperature sensors: voting and averaging."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
DeltaC = Annotated[float, "delta_degC"]

MAX_DISAGREEMENT: DeltaC = 2.0


def sensors_agree(t_a: Celsius, t_b: Celsius, tol: DeltaC = MAX_DISAGREEMENT) -> bool:
    return abs(t_a - t_b) <= tol


def mean_temperature(t_a: Celsius, t_b: Celsius) -> Celsius:
    return (t_a + t_b) / 2


def fused_reading(t_a: Celsius, t_b: Celsius, fallback: Celsius) -> Celsius:
    if not sensors_agree(t_a, t_b):
        return fallback
    return mean_temperature(t_a, t_b)
