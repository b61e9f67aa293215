"""Geometry that physics questions lean on: circular areas, diameters, sphere volumes, and
the surface of the objects that are spheres by their kind (a solid or hollow sphere, a star
or planet: a star radiates from 4 pi r^2, not from a disk).
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


@law(output="A", on="solid sphere", assumes=("r > 0", "A > 0"))
def sphere_surface_area(r: U["m"]) -> U["m^2"]:
    """Surface area of a solid sphere of radius r."""
    return 4 * pi * r**2


@law(output="A", on="hollow sphere", assumes=("r > 0", "A > 0"))
def hollow_sphere_surface_area(r: U["m"]) -> U["m^2"]:
    """Surface area of a hollow sphere (a shell) of radius r."""
    return 4 * pi * r**2


@law(output="A", on="planet", assumes=("r > 0", "A > 0"))
def surface_area_of_a_star_or_planet(r: U["m"]) -> U["m^2"]:
    """Surface area of a star or planet of radius r (the surface a star radiates from)."""
    return 4 * pi * r**2


@law(output="A", on="thing", assumes=("a_side > 0", "A > 0"), valid="square area of side a_side", cost=2)
def square_area(a_side: U["m"]) -> U["m^2"]:
    """Area of a square (a square plate, a square face) of side a_side."""
    return a_side**2


# (rectangles on matter and on bodies only, whose lengths and heights are theirs already: a
# law on any thing would let every kind have a length, a height and a width)
@law(output="A", on="matter", assumes=("l > 0", "w_side > 0", "A > 0"),
     valid="rectangular area of length l and width w_side", cost=2,
     premise="the area is a rectangle; only where the question says so: a [width], [breadth] or [beam]")
def rectangle_area(l: U["m"], w_side: U["m"]) -> U["m^2"]:
    """Area of a rectangle (a hull's waterline, a plate, a duct's section) of length l and
    width w_side."""
    return l * w_side


@law(output="A", on="body", assumes=("h > 0", "w_side > 0", "A > 0"),
     valid="upright rectangular area of height h and width w_side", cost=2,
     premise="the area is a rectangle; only where the question says so: a [width], [breadth] or [beam]")
def upright_rectangle_area(h: U["m"], w_side: U["m"]) -> U["m^2"]:
    """Area of an upright rectangle (a window, a door, a panel) of height h and width w_side."""
    return h * w_side


@law(output="Vol", on="thing", assumes=("a_side > 0", "Vol > 0"), valid="cube of edge a_side", cost=2)
def cube_volume(a_side: U["m"]) -> U["m^3"]:
    """Volume of a cube of edge a_side."""
    return a_side**3
