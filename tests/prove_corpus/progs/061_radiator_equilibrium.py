"""Radiator equilibrium temperature for a small satellite."""
from typing import Annotated

Kelvin = Annotated[float, "K"]
Celsius = Annotated[float, "degC"]
Watts = Annotated[float, "W"]
Area = Annotated[float, "m^2"]

SIGMA: Annotated[float, "W/(m^2*K^4)"] = 5.670374419e-8
SOLAR_FLUX: Annotated[float, "W/m^2"] = 1361.0


def equilibrium_temp(alpha: float, eps: float, area_sun: Area, area_rad: Area, internal: Watts) -> Kelvin:
    q_in = alpha * SOLAR_FLUX * area_sun + internal
    return (q_in / (eps * SIGMA * area_rad)) ** 0.25


def equilibrium_temp_c(alpha: float, eps: float, area_sun: Area, area_rad: Area, internal: Watts) -> Celsius:
    t_eq = equilibrium_temp(alpha, eps, area_sun, area_rad, internal)
    return t_eq


def within_limits(alpha: float, eps: float, area_sun: Area, area_rad: Area, internal: Watts,
                  t_min: Celsius = -20.0, t_max: Celsius = 50.0) -> bool:
    t = equilibrium_temp_c(alpha, eps, area_sun, area_rad, internal)
    return t_min <= t <= t_max
