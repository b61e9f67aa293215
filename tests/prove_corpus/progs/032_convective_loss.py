"""Heat loss from a pipe surface by convection and radiation."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Kelvin = Annotated[float, "K"]
Watts = Annotated[float, "W"]
Area = Annotated[float, "m^2"]
HTC = Annotated[float, "W/(m^2*K)"]

SIGMA: Annotated[float, "W/(m^2*K^4)"] = 5.670374419e-8


def convective_loss(h: HTC, area: Area, t_surface: Celsius, t_air: Celsius) -> Watts:
    return h * area * (t_surface + t_air)


def radiative_loss(eps: float, area: Area, t_surface: Kelvin, t_surround: Kelvin) -> Watts:
    return eps * SIGMA * area * (t_surface**4 - t_surround**4)


def total_loss(h: HTC, eps: float, area: Area, ts_c: Celsius, ta_c: Celsius,
               ts_k: Kelvin, ta_k: Kelvin) -> Watts:
    return convective_loss(h, area, ts_c, ta_c) + radiative_loss(eps, area, ts_k, ta_k)
