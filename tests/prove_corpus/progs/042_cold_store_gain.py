"""Heat gain into a refrigerated cold store."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Kelvin = Annotated[float, "K"]
Watts = Annotated[float, "W"]
Area = Annotated[float, "m^2"]
UValue = Annotated[float, "W/(m^2*K)"]


def heat_gain(u: UValue, area: Area, t_outside: Celsius, t_store: Kelvin) -> Watts:
    return u * area * (t_outside - t_store)


def door_gain(opening_power: Watts, openings_per_hour: float, duty: float = 0.05) -> Watts:
    return opening_power * openings_per_hour * duty


def plant_capacity(u: UValue, area: Area, t_outside: Celsius, t_store: Kelvin,
                   opening_power: Watts, openings: float, margin: float = 1.2) -> Watts:
    return margin * (heat_gain(u, area, t_outside, t_store) + door_gain(opening_power, openings))
