"""Lumped-capacitance cooling of a steel part."""
import math
from dataclasses import dataclass
from typing import Annotated

Celsius = Annotated[float, "degC"]
Seconds = Annotated[float, "s"]
HeatTransferCoeff = Annotated[float, "W/(m^2*K)"]


@dataclass
class Part:
    mass: Annotated[float, "kg"]
    cp: Annotated[float, "J/(kg*K)"]
    area: Annotated[float, "m^2"]


def time_constant(part: Part, h: HeatTransferCoeff) -> Seconds:
    return part.mass * part.cp / (h * part.area)


def temperature(t0: Celsius, t_inf: Celsius, time: Seconds, tau: Seconds) -> Celsius:
    return t_inf + (t0 - t_inf) * math.exp(-time / tau)


def time_to_reach(t0: Celsius, t_inf: Celsius, target: Celsius, tau: Seconds) -> Seconds:
    return -tau * math.log((target - t_inf) / (t0 - t_inf))


def safe_to_handle(part: Part, h: HeatTransferCoeff, t0: Celsius, t_inf: Celsius, time: Seconds) -> bool:
    tau = time_constant(part, h)
    return temperature(t0, t_inf, time, tau) < 45.0
