"""Radio link budget in dBm."""
from typing import Annotated

import numpy as np

Watts = Annotated[float, "W"]
Volts = Annotated[float, "V"]

P_REF: Watts = 1e-3


def to_dbm(p: Watts) -> float:
    return 10 * np.log10(p / P_REF)


def from_dbm(level: float) -> Watts:
    return P_REF * 10 ** (level / 10)


def voltage_gain_db(v_out: Volts, v_in: Volts) -> float:
    return 20 * np.log10(v_out / v_in)


def link_budget(p_tx: Watts, gains_db: list[float], path_loss_db: float) -> Watts:
    level = to_dbm(p_tx) + sum(gains_db) - path_loss_db
    return from_dbm(level)


def link_closes(p_tx: Watts, gains_db: list[float], path_loss_db: float, sensitivity: Watts) -> bool:
    return link_budget(p_tx, gains_db, path_loss_db) >= sensitivity
