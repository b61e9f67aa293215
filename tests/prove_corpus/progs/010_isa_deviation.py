"""ISA-relative temperature for performance tables."""
from typing import Annotated

Meters = Annotated[float, "m"]
Celsius = Annotated[float, "degC"]
DeltaC = Annotated[float, "delta_degC"]

SL_TEMP: Celsius = 15.0
LAPSE: Annotated[float, "delta_degC/m"] = 0.0065
TROPOPAUSE: Meters = 11000.0


def isa_temp(h: Meters) -> Celsius:
    if h > TROPOPAUSE:
        h = TROPOPAUSE
    return SL_TEMP - LAPSE * h


def isa_deviation(h: Meters, oat: Celsius) -> DeltaC:
    return oat - isa_temp(h)


def oat_for_deviation(h: Meters, isa_dev: Celsius) -> Celsius:
    return isa_temp(h) + isa_dev
