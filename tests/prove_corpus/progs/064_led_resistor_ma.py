"""Series resistor selection for an indicator LED."""
from typing import Annotated

Volts = Annotated[float, "V"]
Amps = Annotated[float, "A"]
Milliamps = Annotated[float, "mA"]
Ohms = Annotated[float, "ohm"]
Watts = Annotated[float, "W"]

A_PER_MA: Annotated[float, "A/mA"] = 0.001


def led_resistor(v_supply: Volts, v_forward: Volts, current: Amps) -> Ohms:
    return (v_supply - v_forward) / current


def led_power(v_forward: Volts, current: Amps) -> Watts:
    return v_forward * current


def design(v_supply: Volts, v_forward: Volts, target: Milliamps) -> tuple[Ohms, Watts]:
    r = led_resistor(v_supply, v_forward, target)
    p = led_power(v_forward, target * A_PER_MA)
    return r, p
