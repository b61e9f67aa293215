"""Outside and cabin-equivalent temperatures for a flight-deck display."""
from typing import Annotated

Meters = Annotated[float, "m"]
Feet = Annotated[float, "ft"]
Kelvin = Annotated[float, "K"]

T0: Kelvin = 288.15
LAPSE: Annotated[float, "K/m"] = 0.0065
M_PER_FT: Annotated[float, "m/ft"] = 0.3048


def temperature_at(h: Meters) -> Kelvin:
    return T0 - LAPSE * min(h, 11000.0)


def cabin_report(cruise_alt: Feet, cabin_alt: Feet) -> tuple[Kelvin, Kelvin]:
    outside = temperature_at(cruise_alt)
    cabin = temperature_at(cabin_alt * M_PER_FT)
    return outside, cabin


def report_lines(cruise_alt: Feet, cabin_alt: Feet) -> list[str]:
    outside, cabin = cabin_report(cruise_alt, cabin_alt)
    return [f"OAT {outside:.1f} K", f"cabin-equivalent {cabin:.1f} K"]
