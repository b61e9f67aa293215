"""Beam deflection for a catalogue of materials."""
from dataclasses import dataclass
from typing import Annotated

Meters = Annotated[float, "m"]
Newtons = Annotated[float, "N"]
Pascal = Annotated[float, "Pa"]
Inertia = Annotated[float, "m^4"]


@dataclass
class Material:
    name: str
    modulus: Annotated[float, "GPa"]
    density: Annotated[float, "kg/m^3"]


ALUMINIUM = Material("6061-T6", 68.9, 2700.0)
STEEL = Material("S355", 210.0, 7850.0)


def tip_deflection(load: Newtons, length: Meters, e: Pascal, inertia: Inertia) -> Meters:
    return load * length**3 / (3 * e * inertia)


def deflection_for(mat: Material, load: Newtons, length: Meters, inertia: Inertia) -> Meters:
    return tip_deflection(load, length, mat.modulus, inertia)
