"""Units, not only dimensions: an example with planted scale and offset mistakes.

Each MISTAKE line computes a wrong number in plain Python although the dimensions agree;
`oracle prove` names the units, the exact factor or offset, and suggests the edit
(`oracle prove datasets/examples/units.py --fix` prints them as a diff).
"""
import math
from dataclasses import dataclass

from oracle.laws import Q

Metres = Q[float, "m"]
Feet = Q[float, "ft"]
Kelvin = Q[float, "K"]
Celsius = Q[float, "degC"]

LAPSE: Q[float, "K/m"] = 0.0065
SEA_LEVEL: Kelvin = 288.15
R_AIR: Q[float, "J/(kg*K)"] = 287.05


def isa_temperature(altitude: Metres) -> Kelvin:
    return max(SEA_LEVEL - LAPSE * altitude, 216.65)  # a bare number takes its context's unit


def cabin_check(altitude_ft: Feet, ceiling: Metres) -> bool:
    return altitude_ft > ceiling  # MISTAKE 1: feet compared with metres (ceiling / 0.3048 is in feet)


def to_metres(altitude_ft: Feet) -> Metres:
    return altitude_ft * 0.3048  # a literal that is the conversion is recognised


def air_density(pressure: Q[float, "Pa"], temperature: Celsius) -> Q[float, "kg/m^3"]:
    return pressure / (R_AIR * temperature)  # MISTAKE 2: degC where K is meant (add 273.15)


@dataclass
class Leg:
    distance: Q[float, "nmi"]
    ground_speed: Q[float, "knot"]

    def duration(self) -> Q[float, "h"]:
        return self.distance / self.ground_speed

    def heading_error(self, drift: Q[float, "deg"]) -> Q[float, "1"]:
        return math.sin(drift)  # MISTAKE 3: sin() of degrees (multiply by pi/180)
