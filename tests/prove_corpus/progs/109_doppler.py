"""Radar and acoustic Doppler shift."""
from typing import Annotated

Speed = Annotated[float, "m/s"]
Hertz = Annotated[float, "Hz"]

C_LIGHT: Speed = 299792458.0
C_SOUND: Speed = 343.0


def radar_doppler(v_radial: Speed, f_carrier: Hertz) -> Hertz:
    return 2 * v_radial * f_carrier / C_LIGHT


def speed_from_shift(fd: Hertz, f_carrier: Hertz) -> Speed:
    return fd * C_LIGHT / (2 * f_carrier)


def siren_heard(f_source: Hertz, v_source: Speed, approaching: bool) -> Hertz:
    if approaching:
        return f_source * C_SOUND / (C_SOUND - v_source)
    return f_source * C_SOUND / (C_SOUND + v_source)


def speeding(fd: Hertz, f_carrier: Hertz, limit: Speed = 13.9) -> bool:
    return speed_from_shift(fd, f_carrier) > limit
