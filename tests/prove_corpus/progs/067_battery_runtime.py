"""Battery life estimate for a duty-cycled sensor node."""
from dataclasses import dataclass
from typing import Annotated

MilliampHours = Annotated[float, "mA*h"]
Milliamps = Annotated[float, "mA"]
Hours = Annotated[float, "h"]
Volts = Annotated[float, "V"]
Days = Annotated[float, "day"]

HOURS_PER_DAY: Annotated[float, "h/day"] = 24.0


@dataclass
class Battery:
    capacity: MilliampHours
    nominal_voltage: Volts
    usable_fraction: float = 0.8


def runtime(batt: Battery, load: Milliamps) -> Hours:
    return batt.capacity * batt.usable_fraction / load


def average_load(active: Milliamps, sleep: Milliamps, duty: float) -> Milliamps:
    return active * duty + sleep * (1 - duty)


def energy(batt: Battery) -> Annotated[float, "mW*h"]:
    return batt.capacity * batt.nominal_voltage


def days_of_operation(batt: Battery, active: Milliamps, sleep: Milliamps, duty: float) -> Days:
    return runtime(batt, average_load(active, sleep, duty)) / HOURS_PER_DAY
