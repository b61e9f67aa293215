"""TMP36 temperature sensor read through a 12-bit ADC."""
from typing import Annotated

Volts = Annotated[float, "V"]
Celsius = Annotated[float, "degC"]

VREF: Volts = 3.3
BITS = 12
OFFSET_V: Volts = 0.5
SCALE: Annotated[float, "V/delta_degC"] = 0.010
ZERO: Celsius = 0.0


def counts_to_volts(counts: int) -> Volts:
    return counts * VREF / (2**BITS - 1)


def tmp36_temperature(counts: int) -> Celsius:
    v = counts_to_volts(counts)
    return ZERO + (v - OFFSET_V) / SCALE


def average_temperature(samples: list[int]) -> Celsius:
    v_sum: Volts = 0.0
    for c in samples:
        v_sum += counts_to_volts(c)
    v_avg = v_sum / len(samples)
    return ZERO + (v_avg - OFFSET_V) / SCALE
