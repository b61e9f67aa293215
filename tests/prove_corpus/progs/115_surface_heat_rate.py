"""Convective heat rate from a heated plate."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
HTC = Annotated[float, "W/(m^2*K)"]
HeatFlux = Annotated[float, "W/m^2"]
Watts = Annotated[float, "W"]
Area = Annotated[float, "m^2"]


def heat_flux(h: HTC, t_s: Celsius, t_f: Celsius) -> HeatFlux:
    return h * (t_s - t_f)


def heat_rate(h: HTC, area: Area, t_s: Celsius, t_f: Celsius) -> Watts:
    q: Watts = heat_flux(h, t_s, t_f)
    return q


def heater_sized(h: HTC, area: Area, t_s: Celsius, t_f: Celsius, rating: Watts) -> bool:
    return heat_rate(h, area, t_s, t_f) <= rating
