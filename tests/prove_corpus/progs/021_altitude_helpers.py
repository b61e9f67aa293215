"""Altitude unit helpers for an ATC separation tool."""
from typing import Annotated

Feet = Annotated[float, "ft"]
Meters = Annotated[float, "m"]


def to_meters(alt: Feet) -> Meters:
    return alt * 0.3048


def to_feet(alt: Meters) -> Feet:
    return alt / 0.3048


def above_transition(alt: Feet, transition_alt: Feet = 18000.0) -> bool:
    return alt >= transition_alt


def vertical_separation_ok(alt_a: Meters, alt_b: Feet, minimum: Feet = 1000.0) -> bool:
    return abs(to_feet(alt_a) - alt_b) >= minimum


def rvsm_band(alt: Feet) -> bool:
    return 29000 <= alt <= 41000
