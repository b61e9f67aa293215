"""Transmitter output power reporting in dBm."""
from typing import Annotated

import numpy as np

Watts = Annotated[float, "W"]
Milliwatts = Annotated[float, "mW"]

P_REF_MW: Milliwatts = 1.0


def to_dbm(p: Watts) -> float:
    return 10 * np.log10(p / P_REF_MW)


def from_dbm(level: float) -> Milliwatts:
    return P_REF_MW * 10 ** (level / 10)


def within_mask(p: Watts, limit_dbm: float = 30.0) -> bool:
    return to_dbm(p) <= limit_dbm
