"""Air density at weather stations from METAR-style observations."""
from typing import Annotated, NamedTuple

Pascal = Annotated[float, "Pa"]
Celsius = Annotated[float, "degC"]
Density = Annotated[float, "kg/m^3"]

R_DRY: Annotated[float, "J/(kg*K)"] = 287.058
PA_PER_HPA: Annotated[float, "Pa/hPa"] = 100.0


class Observation(NamedTuple):
    station: str
    qnh: Annotated[float, "hPa"]
    temperature: Celsius


def air_density(p: Pascal, t_air: Celsius) -> Density:
    return p / (R_DRY * t_air)


def densities(obs: list[Observation]) -> dict[str, float]:
    out = {}
    for o in obs:
        out[o.station] = air_density(o.qnh * PA_PER_HPA, o.temperature)
    return out
