"""Bulk capacitor ride-through check."""
from typing import Annotated

Farads = Annotated[float, "F"]
Microfarads = Annotated[float, "uF"]
Volts = Annotated[float, "V"]
Watts = Annotated[float, "W"]
Seconds = Annotated[float, "s"]


def hold_up_time(c: Farads, v_start: Volts, v_min: Volts, load_power: Watts) -> Seconds:
    return 0.5 * c * (v_start**2 - v_min**2) / load_power


def bulk_cap_check(c_bulk: Microfarads, v_bus: Volts, load: Watts) -> bool:
    t = hold_up_time(c_bulk, v_bus, 0.8 * v_bus, load)
    return t > 0.02
