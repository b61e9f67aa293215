"""Route distance totals for an oceanic crossing."""
from typing import Annotated

NauticalMiles = Annotated[float, "nmi"]
Kilometers = Annotated[float, "km"]
Knots = Annotated[float, "knot"]
Hours = Annotated[float, "h"]


def route_distance(oceanic: NauticalMiles, domestic_legs: list[Kilometers]) -> NauticalMiles:
    domestic: Kilometers = 0.0
    for leg in domestic_legs:
        domestic += leg
    total: NauticalMiles = oceanic + domestic
    return total


def block_time(oceanic: NauticalMiles, domestic_legs: list[Kilometers], gs: Knots,
               taxi: Hours = 0.3) -> Hours:
    return route_distance(oceanic, domestic_legs) / gs + taxi
