"""ISA troposphere: temperature, pressure and density vs geopotential altitude."""
from typing import Annotated

Meters = Annotated[float, "m"]
Kelvin = Annotated[float, "K"]
Pascal = Annotated[float, "Pa"]
Density = Annotated[float, "kg/m^3"]

T0: Kelvin = 288.15
P0: Pascal = 101325.0
LAPSE: Annotated[float, "K/m"] = 0.0065
G0: Annotated[float, "m/s^2"] = 9.80665
R_AIR: Annotated[float, "J/(kg*K)"] = 287.05287


def isa_temperature(h: Meters) -> Kelvin:
    if h > 11000:
        h = 11000
    return T0 - LAPSE * h


def isa_pressure(h: Meters) -> Pascal:
    t = isa_temperature(h)
    exponent = G0 / (LAPSE * R_AIR)
    return P0 * (t / T0) ** exponent


def isa_density(h: Meters) -> Density:
    return isa_pressure(h) / (R_AIR * isa_temperature(h))


def profile(top: Meters, step: Meters = 500.0) -> list[tuple[float, float]]:
    rows = []
    h: Meters = 0.0
    while h <= top:
        rows.append((h, isa_density(h)))
        h += step
    return rows
