"""Resistive voltage divider design helpers."""
from typing import Annotated

Volts = Annotated[float, "V"]
Ohms = Annotated[float, "ohm"]
Amps = Annotated[float, "A"]


def divider_out(v_in: Volts, r1: Ohms, r2: Ohms) -> Volts:
    return v_in * r2 / (r1 + r2)


def loaded_divider(v_in: Volts, r1: Ohms, r2: Ohms, r_load: Ohms) -> Volts:
    r_par = r2 * r_load / (r2 + r_load)
    return divider_out(v_in, r1, r_par)


def stiff_enough(r2: Ohms, r_load: Ohms) -> bool:
    return r_load > 10 * r2


def divider_current(v_in: Volts, r1: Ohms, r2: Ohms) -> Amps:
    return v_in / (r1 + r2)


def pick_r1(v_in: Volts, v_out: Volts, r2: Ohms) -> Ohms:
    return r2 * (v_in - v_out) / v_out
