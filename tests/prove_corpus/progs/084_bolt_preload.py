"""Bolted joint preload from tightening torque."""
from typing import Annotated

import numpy as np

Torque = Annotated[float, "N*m"]
Meters = Annotated[float, "m"]
Newtons = Annotated[float, "N"]
Pascal = Annotated[float, "Pa"]
Area = Annotated[float, "m^2"]
ForceArr = Annotated[np.ndarray, "N"]

NUT_FACTOR = 0.2


def preload_from_torque(torque: Torque, diameter: Meters, k: float = NUT_FACTOR) -> Newtons:
    return torque / (k * diameter)


def torque_for_preload(preload: Newtons, diameter: Meters, k: float = NUT_FACTOR) -> Torque:
    return k * preload * diameter


def target_preload(proof_strength: Pascal, stress_area: Area, fraction: float = 0.75) -> Newtons:
    return fraction * proof_strength * stress_area


def clamp_ok(preloads: ForceArr, max_preload: Newtons, required: Newtons) -> bool:
    clipped = np.clip(preloads, 0.0, max_preload)
    return np.sum(clipped) >= required
