"""Check a torque-spec sheet from a US supplier."""
from typing import Annotated

Torque = Annotated[float, "N*m"]
FootPounds = Annotated[float, "ft*lbf"]
Meters = Annotated[float, "m"]
Newtons = Annotated[float, "N"]


def preload_from_torque(torque: Torque, diameter: Meters, k: float = 0.2) -> Newtons:
    return torque / (k * diameter)


def check_joint(spec_torque: FootPounds, diameter: Meters, required: Newtons) -> bool:
    return preload_from_torque(spec_torque, diameter) >= required
