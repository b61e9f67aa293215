"""Critical load of a steel strut."""
import math
from typing import Annotated

Pascal = Annotated[float, "Pa"]
Meters = Annotated[float, "m"]
Inertia = Annotated[float, "m^4"]
Area = Annotated[float, "m^2"]
Newtons = Annotated[float, "N"]


def euler_critical_load(e: Pascal, length: Meters, inertia: Inertia, area: Area, k: float = 1.0) -> Newtons:
    r = math.sqrt(inertia / area)
    slender = k * length / r
    return math.pi**2 * e / slender**2


def strut_ok(e: Pascal, length: Meters, inertia: Inertia, area: Area, load: Newtons, fos: float = 3.0) -> bool:
    return load * fos <= euler_critical_load(e, length, inertia, area)
