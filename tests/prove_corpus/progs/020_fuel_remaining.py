"""Fuel remaining at destination."""
from typing import Annotated

Kilograms = Annotated[float, "kg"]
FuelFlow = Annotated[float, "kg/h"]
NauticalMiles = Annotated[float, "nmi"]
Knots = Annotated[float, "knot"]
Hours = Annotated[float, "h"]

FINAL_RESERVE: Hours = 0.5


def trip_time(dist: NauticalMiles, gs: Knots) -> Hours:
    return dist / gs


def fuel_remaining(fuel_on_board: Kilograms, flow: FuelFlow, dist: NauticalMiles, gs: Knots) -> Kilograms:
    return fuel_on_board - flow * dist


def reserve_ok(fuel_on_board: Kilograms, flow: FuelFlow, dist: NauticalMiles, gs: Knots) -> bool:
    return fuel_remaining(fuel_on_board, flow, dist, gs) >= flow * FINAL_RESERVE
