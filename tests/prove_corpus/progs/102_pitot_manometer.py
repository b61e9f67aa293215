"""Wind tunnel airspeed from a water manometer on a pitot tube."""
import math
from typing import Annotated

Meters = Annotated[float, "m"]
Millimeters = Annotated[float, "mm"]
Pascal = Annotated[float, "Pa"]
Density = Annotated[float, "kg/m^3"]
Speed = Annotated[float, "m/s"]

G: Annotated[float, "m/s^2"] = 9.81
M_PER_MM: Annotated[float, "m/mm"] = 0.001


def manometer_dp(h: Meters, rho_fluid: Density, rho_gauge: Density) -> Pascal:
    return (rho_gauge - rho_fluid) * G * h


def reading_to_dp(h_reading: Millimeters, rho_fluid: Density, rho_gauge: Density) -> Pascal:
    return manometer_dp(h_reading * M_PER_MM, rho_fluid, rho_gauge)


def airspeed_from_pitot(dp: Pascal, rho_air: Density) -> Speed:
    return math.sqrt(2 * dp / rho_air)


def airspeed_from_reading(h_reading: Millimeters, rho_air: Density, rho_water: Density = 998.0) -> Speed:
    return airspeed_from_pitot(reading_to_dp(h_reading, rho_air, rho_water), rho_air)
