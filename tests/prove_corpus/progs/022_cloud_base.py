"""Cloud base estimate from surface temperature and dew point."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
DeltaC = Annotated[float, "delta_degC"]
Feet = Annotated[float, "ft"]

CLOUD_BASE_RATE: Annotated[float, "ft/delta_degC"] = 400.0


def spread(temp: Celsius, dew_point: Celsius) -> DeltaC:
    return temp - dew_point


def cloud_base_agl(temp: Celsius, dew_point: Celsius) -> Feet:
    if spread(temp, dew_point) < 0.5:
        return 0.0
    return CLOUD_BASE_RATE * temp


def vfr_ceiling_ok(temp: Celsius, dew_point: Celsius, field_elev: Feet) -> bool:
    return field_elev + cloud_base_agl(temp, dew_point) > field_elev + 1000
