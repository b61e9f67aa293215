"""Anti-aliasing RC filter selection."""
import math
from typing import Annotated

Ohms = Annotated[float, "ohm"]
Farads = Annotated[float, "F"]
Hertz = Annotated[float, "Hz"]


def rc_cutoff(r: Ohms, c: Farads) -> Hertz:
    return 2 * math.pi * r * c


def pick_capacitor(r: Ohms, fc: Hertz) -> Farads:
    return 1 / (2 * math.pi * r * fc)


def adequate(r: Ohms, c: Farads, fs: Hertz) -> bool:
    return rc_cutoff(r, c) < fs / 2
