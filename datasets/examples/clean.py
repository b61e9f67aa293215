"""A clean example program: every unit and shape checks out."""
from math import exp, pi, sqrt
from typing import Annotated

import numpy as np
from jaxtyping import Float
from numpy import ndarray

from oracle.laws import U

g_n: U["m/s^2"] = 9.80665


def fall_time(h: U["m"]) -> U["s"]:
    """Time to fall from rest through a height h."""
    return sqrt(2 * h / g_n)


def kinetic_energy(m: U["kg"], v: Annotated[float, "m/s"]) -> U["J", "energy"]:
    return 0.5 * m * v**2


def impact_energy(m: U["kg"], h: U["m"]) -> U["J", "energy"]:
    v = g_n * fall_time(h)
    return kinetic_energy(m, v)


def spring(k, x):
    """Unit-polymorphic: k's dimension is inferred at each call."""
    return 0.5 * k * x**2


def stored_energy(k, stretch: U["m"]) -> U["J"]:
    return spring(k, stretch)


def decay(n0: U["1"], lam: U["1/s"], t: U["s"]) -> U["1"]:
    return n0 * exp(-lam * t)


def pendulum_period(length: U["m"]) -> U["s"]:
    return 2 * pi * sqrt(length / g_n)


def project(x: Float[ndarray, "batch dim"], w: Float[ndarray, "dim out"]) -> Float[ndarray, "batch out"]:
    return x @ w


def centred(x: Annotated[Float[ndarray, "n"], "m"]) -> Annotated[Float[ndarray, "n"], "m"]:
    return x - np.mean(x)
