"""Energy needed to melt ice and heat the melt water."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Joules = Annotated[float, "J"]
Kilograms = Annotated[float, "kg"]
Watts = Annotated[float, "W"]
Seconds = Annotated[float, "s"]

CP_ICE: Annotated[float, "J/(kg*K)"] = 2108.0
CP_WATER: Annotated[float, "J/(kg*K)"] = 4186.0
L_FUSION: Annotated[float, "J/kg"] = 334000.0
MELT: Celsius = 0.0


def energy_to_melt_and_heat(mass: Kilograms, t_ice: Celsius, t_final: Celsius) -> Joules:
    q: Joules = 0.0
    if t_ice < MELT:
        q += mass * CP_ICE * (MELT - t_ice)
    q += mass * L_FUSION
    if t_final > MELT:
        q += mass * CP_WATER * (t_final - MELT)
    return q


def melt_time(mass: Kilograms, t_ice: Celsius, t_final: Celsius, power: Watts) -> Seconds:
    return energy_to_melt_and_heat(mass, t_ice, t_final) / power
