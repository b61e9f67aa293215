"""Geometry that physics questions lean on: circular areas, diameters, sphere volumes.
"""
from math import pi

from oracle.laws import U, law


@law(output="A", on="thing", assumes=("r > 0", "A > 0"), valid="circular area of radius r", cost=2)
def circle_area(r: U["m"]) -> U["m^2"]:
    """Area of a circle (or circular cross-section) of radius r."""
    return pi * r**2


@law(output="A", on="coil", assumes=("r_coil > 0", "A > 0"), valid="circular loop", cost=2)
def circular_loop_area(r_coil: U["m"]) -> U["m^2"]:
    """Area enclosed by a circular loop or coil of radius r_coil."""
    return pi * r_coil**2


@law(output="r", on="thing", assumes=("D > 0", "r > 0"))
def radius_from_diameter(D: U["m"]) -> U["m"]:
    """Radius of a circle or sphere of diameter D."""
    return D / 2


@law(output="Vol", on="thing", assumes=("r > 0", "Vol > 0"), valid="sphere of radius r", cost=2)
def sphere_volume(r: U["m"]) -> U["m^3"]:
    """Volume of a sphere of radius r."""
    return 4 * pi * r**3 / 3
