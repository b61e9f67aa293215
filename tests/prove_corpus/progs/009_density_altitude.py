"""Density altitude rule of thumb used in flight planning."""
from typing import Annotated

Feet = Annotated[float, "ft"]
Meters = Annotated[float, "m"]
Celsius = Annotated[float, "degC"]
DeltaC = Annotated[float, "delta_degC"]

ISA_SL_TEMP: Celsius = 15.0
ISA_LAPSE: Annotated[float, "delta_degC/ft"] = 0.0019812
DA_PER_DEG: Annotated[float, "ft/delta_degC"] = 118.8
FT_PER_M: Annotated[float, "ft/m"] = 3.28084


def isa_temp(pressure_alt: Feet) -> Celsius:
    return ISA_SL_TEMP - ISA_LAPSE * pressure_alt


def density_altitude(pressure_alt: Feet, oat: Celsius) -> Feet:
    deviation: DeltaC = oat - isa_temp(pressure_alt)
    return pressure_alt + DA_PER_DEG * deviation


def density_altitude_m(pressure_alt: Meters, oat: Celsius) -> Meters:
    pa_ft = pressure_alt * FT_PER_M
    return density_altitude(pa_ft, oat) / FT_PER_M


def performance_warning(field_elev: Feet, oat: Celsius) -> bool:
    return density_altitude(field_elev, oat) > 8000
