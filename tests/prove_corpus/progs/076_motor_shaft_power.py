"""Motor shaft power from torque and speed."""
import math
from typing import Annotated

Rpm = Annotated[float, "rpm"]
RadPerSec = Annotated[float, "rad/s"]
Torque = Annotated[float, "N*m"]
Watts = Annotated[float, "W"]

RAD_PER_REV: Annotated[float, "rad/revolution"] = 2 * math.pi
SEC_PER_MIN: Annotated[float, "s/min"] = 60.0


def angular_speed(n: Rpm) -> RadPerSec:
    return n * RAD_PER_REV / SEC_PER_MIN


def shaft_power(torque: Torque, n: Rpm) -> Watts:
    return torque * angular_speed(n)


def torque_from_power(p: Watts, n: Rpm) -> Torque:
    return p / angular_speed(n)


def efficiency(p_elec: Watts, torque: Torque, n: Rpm) -> float:
    return shaft_power(torque, n) / p_elec
