"""Thin-walled pressure vessel sizing."""
from typing import Annotated

Pascal = Annotated[float, "Pa"]
Psi = Annotated[float, "psi"]
Meters = Annotated[float, "m"]

PA_PER_PSI: Annotated[float, "Pa/psi"] = 6894.757


def hoop_stress(p: Pascal, r: Meters, t: Meters) -> Pascal:
    return p * r / t


def longitudinal_stress(p: Pascal, r: Meters, t: Meters) -> Pascal:
    return p * r / (2 * t)


def rated_pressure(p_rating: Psi) -> Pascal:
    return p_rating * PA_PER_PSI


def thickness_required(p: Pascal, r: Meters, allowable: Pascal, joint_eff: float = 0.85,
                       corrosion: Meters = 0.0015) -> Meters:
    return p * r / (allowable * joint_eff - 0.6 * p) + corrosion
