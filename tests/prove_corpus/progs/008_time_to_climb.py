"""Time and fuel to climb."""
from typing import Annotated

Meters = Annotated[float, "m"]
Seconds = Annotated[float, "s"]
ClimbRate = Annotated[float, "m/s"]
FuelFlow = Annotated[float, "kg/s"]
Kilograms = Annotated[float, "kg"]


def time_to_climb(dh: Meters, roc: ClimbRate) -> Seconds:
    return dh * roc


def fuel_to_climb(h_start: Meters, h_end: Meters, roc: ClimbRate, flow: FuelFlow) -> Kilograms:
    if h_end <= h_start:
        return 0.0
    return flow * time_to_climb(h_end - h_start, roc)
