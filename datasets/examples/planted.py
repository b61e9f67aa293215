"""An example program with planted mistakes: the report must name each one at its line."""
from math import exp, sqrt

from jaxtyping import Float
from numpy import ndarray

from oracle.laws import U

g_n: U["m/s^2"] = 9.80665


def distance_travelled(x0: U["m"], v: U["m/s"], t: U["s"]) -> U["m"]:
    return x0 + v  # MISTAKE 1: adds a speed to a length (forgot * t)


def fall_speed(h: U["m"]) -> U["m/s"]:
    return sqrt(2 * g_n * h**2)  # MISTAKE 2: h squared makes the root m^(3/2)/s


def cooling(T0: U["K"], k: U["1/s"], t: U["s"]) -> U["K"]:
    return T0 * exp(-k)  # MISTAKE 3: exp of a rate (forgot * t)


def power(E: U["J", "energy"], tau: U["N*m", "torque"]) -> U["J"]:
    return E + tau  # MISTAKE 4: energy and torque share a dimension, not a kind


def layer(x: Float[ndarray, "batch dim"], w: Float[ndarray, "hidden dim"]) -> Float[ndarray, "batch hidden"]:
    return x @ w  # MISTAKE 5 (shape): inner sizes dim and hidden differ (forgot w.T)


def fine(m: U["kg"], a: U["m/s^2"]) -> U["N"]:
    return m * a
