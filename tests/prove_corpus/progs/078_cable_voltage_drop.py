"""Cable voltage drop for a DC feeder."""
from typing import Annotated

Meters = Annotated[float, "m"]
SquareMeters = Annotated[float, "m^2"]
SquareMillimeters = Annotated[float, "mm^2"]
Ohms = Annotated[float, "ohm"]
Amps = Annotated[float, "A"]
Volts = Annotated[float, "V"]

RHO_CU: Annotated[float, "ohm*m"] = 1.68e-8


def wire_resistance(length: Meters, area: SquareMeters, rho: Annotated[float, "ohm*m"] = RHO_CU) -> Ohms:
    return rho * length / area


def voltage_drop(current: Amps, length: Meters, area: SquareMillimeters) -> Volts:
    r = wire_resistance(2 * length, area)
    return current * r


def drop_ok(current: Amps, length: Meters, area: SquareMillimeters, v_nominal: Volts) -> bool:
    return voltage_drop(current, length, area) <= 0.03 * v_nominal
