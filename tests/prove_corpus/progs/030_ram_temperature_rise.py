"""Total air temperature probe: ram rise and recovery."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Kelvin = Annotated[float, "K"]
DeltaC = Annotated[float, "delta_degC"]

RECOVERY = 0.98
GAMMA = 1.4


def total_air_temp(sat: Kelvin, mach: float) -> Kelvin:
    return sat * (1 + RECOVERY * (GAMMA - 1) / 2 * mach**2)


def static_air_temp(tat: Kelvin, mach: float) -> Kelvin:
    return tat / (1 + RECOVERY * (GAMMA - 1) / 2 * mach**2)


def ram_rise(sat_c: Celsius, mach: float) -> DeltaC:
    factor = RECOVERY * (GAMMA - 1) / 2 * mach**2
    return sat_c * factor
