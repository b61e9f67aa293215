"""Centrifugal pump power sizing."""
import math
from typing import Annotated

Meters = Annotated[float, "m"]
Speed = Annotated[float, "m/s"]
FlowRate = Annotated[float, "m^3/s"]
Watts = Annotated[float, "W"]
KiloWatts = Annotated[float, "kW"]
Density = Annotated[float, "kg/m^3"]

G: Annotated[float, "m/s^2"] = 9.81
W_PER_KW: Annotated[float, "W/kW"] = 1000.0


def flow_rate(d: Meters, v: Speed) -> FlowRate:
    return math.pi * d**2 / 4 * v


def hydraulic_power(q: FlowRate, head: Meters, rho: Density = 998.0) -> Watts:
    return rho * G * q * head


def shaft_power(q: FlowRate, head: Meters, efficiency: float = 0.7) -> Watts:
    if efficiency <= 0 or efficiency > 1:
        raise ValueError("bad efficiency")
    return hydraulic_power(q, head) / efficiency


def motor_size(q: FlowRate, head: Meters) -> KiloWatts:
    return shaft_power(q, head) / W_PER_KW
