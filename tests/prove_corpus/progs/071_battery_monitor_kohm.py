"""Battery voltage monitor through a divider into an ADC."""
from typing import Annotated

Volts = Annotated[float, "V"]
Ohms = Annotated[float, "ohm"]
KiloOhms = Annotated[float, "kohm"]

VREF: Volts = 3.3
ADC_MAX = 4095


def divider_out(v_in: Volts, r1: Ohms, r2: Ohms) -> Volts:
    return v_in * r2 / (r1 + r2)


def battery_monitor(v_batt: Volts, r_top: KiloOhms, r_bottom: Ohms) -> Volts:
    return divider_out(v_batt, r_top, r_bottom)


def adc_counts(v_batt: Volts, r_top: KiloOhms, r_bottom: Ohms) -> int:
    v = battery_monitor(v_batt, r_top, r_bottom)
    return int(min(v, VREF) / VREF * ADC_MAX)
