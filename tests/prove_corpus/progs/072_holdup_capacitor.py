"""Hold-up capacitor sizing for a power supply."""
from typing import Annotated

Farads = Annotated[float, "F"]
Volts = Annotated[float, "V"]
Joules = Annotated[float, "J"]
Coulombs = Annotated[float, "C"]
Watts = Annotated[float, "W"]
Seconds = Annotated[float, "s"]


def stored_energy(c: Farads, v: Volts) -> Joules:
    return 0.5 * c * v**2


def stored_charge(c: Farads, v: Volts) -> Coulombs:
    return c * v


def hold_up_time(c: Farads, v_start: Volts, v_min: Volts, load_power: Watts) -> Seconds:
    usable = 0.5 * c * (v_start**2 - v_min**2)
    return usable / load_power


def required_capacitance(load: Watts, t: Seconds, v_start: Volts, v_min: Volts) -> Farads:
    return 2 * load * t / (v_start**2 - v_min**2)
