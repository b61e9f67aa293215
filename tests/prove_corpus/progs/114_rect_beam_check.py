"""Rectangular timber beam bending check."""
from typing import Annotated

Meters = Annotated[float, "m"]
Moment = Annotated[float, "N*m"]
Pascal = Annotated[float, "Pa"]
Inertia = Annotated[float, "m^4"]
SectionModulus = Annotated[float, "m^3"]


def fibre_stress(moment: Moment, y: Meters, inertia: Inertia) -> Pascal:
    return moment * y / inertia


def rect_section_modulus(b: Meters, h: Meters) -> SectionModulus:
    return b * h**2 / 6


def rect_inertia(b: Meters, h: Meters) -> Inertia:
    return b * h**3 / 12


def check_rect_beam(moment: Moment, b: Meters, h: Meters, allowable: Pascal) -> bool:
    sigma = fibre_stress(moment, h / 2, rect_section_modulus(b, h))
    return sigma <= allowable
