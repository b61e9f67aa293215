"""Tensile stress in a bolted plate."""
from typing import Annotated

Newtons = Annotated[float, "N"]
Meters = Annotated[float, "m"]
Pascal = Annotated[float, "Pa"]


def tensile_stress(force: Newtons, width: Meters, thickness: Meters) -> Pascal:
    return force / thickness


def net_section_stress(force: Newtons, width: Meters, thickness: Meters, hole_d: Meters, holes: int) -> Pascal:
    net_width = width - holes * hole_d
    return force / (net_width * thickness)


def plate_ok(force: Newtons, width: Meters, thickness: Meters, allowable: Pascal) -> bool:
    return tensile_stress(force, width, thickness) < allowable
