"""Pump head from differential pressure with temperature-dependent water density."""
from typing import Annotated

Kelvin = Annotated[float, "K"]
Celsius = Annotated[float, "degC"]
Pascal = Annotated[float, "Pa"]
Meters = Annotated[float, "m"]
Density = Annotated[float, "kg/m^3"]

G: Annotated[float, "m/s^2"] = 9.81
RHO_REF: Density = 1000.0
T_REF: Kelvin = 277.15
BETA_RHO: Annotated[float, "kg/(m^3*K)"] = 0.21


def water_density(t: Kelvin) -> Density:
    return RHO_REF - BETA_RHO * abs(t - T_REF)


def pump_head(dp: Pascal, t_water: Kelvin) -> Meters:
    return dp / (water_density(t_water) * G)


def site_head(dp: Pascal, t_inlet: Celsius) -> Meters:
    return dp / (water_density(t_inlet) * G)
