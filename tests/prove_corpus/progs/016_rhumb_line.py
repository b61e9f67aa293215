"""Rhumb-line (loxodrome) bearing and distance."""
from typing import Annotated

import numpy as np

Degrees = Annotated[float, "deg"]
Meters = Annotated[float, "m"]

R_EARTH: Meters = 6371000.0


def rhumb_bearing(lat1: Degrees, lon1: Degrees, lat2: Degrees, lon2: Degrees) -> Degrees:
    phi1, phi2 = np.deg2rad(lat1), np.deg2rad(lat2)
    dlon = np.deg2rad(lon2 - lon1)
    dpsi = np.log(np.tan(np.pi / 4 + phi2 / 2) / np.tan(np.pi / 4 + phi1 / 2))
    if abs(dlon) > np.pi:
        dlon = dlon - np.sign(dlon) * 2 * np.pi
    theta = np.arctan2(dlon, dpsi)
    return (np.rad2deg(theta) + 360) % 360


def rhumb_distance(lat1: Degrees, lon1: Degrees, lat2: Degrees, lon2: Degrees) -> Meters:
    phi1, phi2 = np.deg2rad(lat1), np.deg2rad(lat2)
    dphi = phi2 - phi1
    dlon = np.deg2rad(lon2 - lon1)
    dpsi = np.log(np.tan(np.pi / 4 + phi2 / 2) / np.tan(np.pi / 4 + phi1 / 2))
    q = dphi / dpsi if abs(dpsi) > 1e-12 else np.cos(phi1)
    return np.sqrt(dphi**2 + q**2 * dlon**2) * R_EARTH
