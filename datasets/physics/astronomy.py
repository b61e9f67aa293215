"""Astronomy: a star's distance from its parallax and from its distance modulus, the flux its
luminosity gives at a distance, and Hubble's law for a galaxy's recession.

A star is a central body (kind ``planet``: its ``r`` is its radius, its ``P`` its luminosity,
its surface ``4 pi r^2`` in ``geometry.py``); ``d`` is its distance from the observer.
"""
from math import log, pi

from oracle.laws import U, codata, law


c: U["m/s"] = codata("speed of light in vacuum")
au_m: U["m"] = 149597870700.0  # the astronomical unit (IAU 2012, exact)
pc_10: U["m"] = 3.0856775814913673e17  # ten parsecs (1 pc = 648000/pi au), the distance of absolute magnitudes


@law(output="d", on="planet", assumes=("p_par > 0", "d > 0"), conditions=("p_par <= 0.26",),
     valid="a small parallax angle measured over a baseline of 1 au (half the Earth's orbit)")
def parallax_distance(p_par: U["rad"]) -> U["m"]:
    """Distance of a star whose parallax angle is p_par (1 arcsec gives 1 pc)."""
    return au_m / p_par


@law(output="m_app", on="planet", assumes=("d > 0",), valid="no extinction by interstellar dust")
def distance_modulus(M_abs: U["1"], d: U["m"]) -> U["1"]:
    """Apparent magnitude of a star of absolute magnitude M_abs at a distance d:
    m - M = 5 log10(d / 10 pc)."""
    return M_abs + 5 * log(d / pc_10) / log(10)


@law(output="I_int", on="planet", assumes=("P > 0", "d > 0", "I_int > 0"),
     valid="a star radiating equally in all directions, no absorption on the way")
def flux_from_luminosity(P: U["W"], d: U["m"]) -> U["W/m^2"]:
    """Flux (power per unit area) received at a distance d from a star of luminosity P."""
    return P / (4 * pi * d**2)


@law(output="v_rec", on="thing", assumes=("H_0 > 0", "d > 0", "v_rec > 0"),
     valid="a distant galaxy (its own motion small beside the Hubble flow), recession well below c",
     conditions=("v_rec <= c/10",))
def hubble_law(H_0: U["1/s"], d: U["m"]) -> U["m/s"]:
    """Hubble's law: recession speed of a galaxy at a distance d."""
    return H_0 * d
