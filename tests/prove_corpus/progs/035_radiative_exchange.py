"""Radiative heat exchange between a surface and its surroundings."""
from typing import Annotated

Kelvin = Annotated[float, "K"]
Watts = Annotated[float, "W"]
Area = Annotated[float, "m^2"]
HTC = Annotated[float, "W/(m^2*K)"]

SIGMA: Annotated[float, "W/(m^2*K^4)"] = 5.670374419e-8


def radiative_exchange(eps: float, area: Area, t_surf: Kelvin, t_surr: Kelvin) -> Watts:
    return eps * SIGMA * area * (t_surf**4 - t_surr**4)


def radiative_h(eps: float, t_surf: Kelvin, t_surr: Kelvin) -> HTC:
    return eps * SIGMA * (t_surf + t_surr) * (t_surf**2 + t_surr**2)


def equilibrium_temperature(absorbed: Watts, eps: float, area: Area) -> Kelvin:
    return (absorbed / (eps * SIGMA * area)) ** 0.25
