"""Expected Doppler shift for a traffic radar calibration."""
import math
from typing import Annotated

Speed = Annotated[float, "m/s"]
Kmh = Annotated[float, "km/h"]
Hertz = Annotated[float, "Hz"]
Degrees = Annotated[float, "deg"]

C_LIGHT: Speed = 299792458.0


def radar_doppler(v_radial: Speed, f_carrier: Hertz) -> Hertz:
    return 2 * v_radial * f_carrier / C_LIGHT


def expected_shift(vehicle_speed: Kmh, f_carrier: Hertz, angle: Degrees) -> Hertz:
    v_radial = vehicle_speed * math.cos(math.radians(angle))
    return radar_doppler(v_radial, f_carrier)
