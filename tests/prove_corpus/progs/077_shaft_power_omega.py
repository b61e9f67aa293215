"""Gearbox output power."""
from typing import Annotated

Torque = Annotated[float, "N*m"]
RadPerSec = Annotated[float, "rad/s"]
Watts = Annotated[float, "W"]


def shaft_power(torque: Torque, omega: RadPerSec) -> Watts:
    return torque / omega


def gearbox_output(torque_in: Torque, omega_in: RadPerSec, ratio: float, eta: float = 0.96) -> tuple[Torque, RadPerSec]:
    return torque_in * ratio * eta, omega_in / ratio


def output_power(torque_in: Torque, omega_in: RadPerSec, ratio: float) -> Watts:
    t_out, w_out = gearbox_output(torque_in, omega_in, ratio)
    return shaft_power(t_out, w_out)
