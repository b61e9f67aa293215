"""Glide range for engine-out planning."""
from typing import Annotated

Meters = Annotated[float, "m"]
NauticalMiles = Annotated[float, "nmi"]
Knots = Annotated[float, "knot"]
Hours = Annotated[float, "h"]

M_PER_NMI: Annotated[float, "m/nmi"] = 1852.0


def glide_range(height_agl: Meters, glide_ratio: float) -> NauticalMiles:
    return height_agl * glide_ratio


def within_glide(height_agl: Meters, glide_ratio: float, dist_to_field: NauticalMiles) -> bool:
    margin = 0.8
    return dist_to_field < margin * glide_range(height_agl, glide_ratio)


def glide_time(height_agl: Meters, glide_ratio: float, gs: Knots) -> Hours:
    return glide_range(height_agl, glide_ratio) / gs
