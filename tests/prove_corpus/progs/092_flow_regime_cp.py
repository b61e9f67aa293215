"""Flow-regime classification from lab viscosity data."""
from typing import Annotated

Density = Annotated[float, "kg/m^3"]
Speed = Annotated[float, "m/s"]
Meters = Annotated[float, "m"]
Viscosity = Annotated[float, "Pa*s"]
Centipoise = Annotated[float, "cP"]


def reynolds(rho: Density, v: Speed, d: Meters, mu: Viscosity) -> float:
    return rho * v * d / mu


def flow_regime(rho: Density, v: Speed, d: Meters, viscosity: Centipoise) -> str:
    re = reynolds(rho, v, d, viscosity)
    if re < 2300:
        return "laminar"
    if re < 4000:
        return "transitional"
    return "turbulent"
