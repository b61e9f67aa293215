"""Energy and time to heat a process tank."""
from dataclasses import dataclass
from typing import Annotated

Celsius = Annotated[float, "degC"]
Joules = Annotated[float, "J"]
Watts = Annotated[float, "W"]
Seconds = Annotated[float, "s"]
Volume = Annotated[float, "m^3"]


@dataclass
class Fluid:
    name: str
    cp: Annotated[float, "kJ/(kg*K)"]
    density: Annotated[float, "kg/m^3"]


WATER = Fluid("water", 4.186, 998.0)


def heat_required(fluid: Fluid, volume: Volume, t_start: Celsius, t_end: Celsius) -> Joules:
    mass = fluid.density * volume
    return mass * fluid.cp * (t_end - t_start)


def heating_time(fluid: Fluid, volume: Volume, t_start: Celsius, t_end: Celsius, power: Watts) -> Seconds:
    return heat_required(fluid, volume, t_start, t_end) / power
