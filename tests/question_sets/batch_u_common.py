"""Shared constants and helpers for batch_u (CODATA 2018 constants)."""
import math

# CODATA 2018
c = 299792458.0                 # m/s
h = 6.62607015e-34              # J s
hbar = h / (2 * math.pi)
e = 1.602176634e-19             # C
me = 9.1093837015e-31           # kg
mp = 1.67262192369e-27          # kg
mn = 1.67492749804e-27          # kg
u = 1.66053906660e-27           # kg
kB = 1.380649e-23               # J/K
NA = 6.02214076e23              # 1/mol
R = 8.314462618                 # J/(mol K)
sigma = 5.670374419e-8          # W/(m^2 K^4)
eps0 = 8.8541878128e-12         # F/m
mu0 = 1.25663706212e-6          # N/A^2
G = 6.67430e-11                 # m^3/(kg s^2)
b_wien = 2.897771955e-3         # m K
R_inf = 10973731.568160         # 1/m
k_e = 1 / (4 * math.pi * eps0)
u_MeV = 931.49410242            # MeV per u
me_keV = 510.99895000           # keV
hc_eVnm = h * c / e * 1e9       # eV nm

# conventions
g = 9.81
atm = 101325.0
year = 365.25 * 86400           # Julian year, s
au = 1.495978707e11
ly = 9.4607304725808e15
pc = 3.0856775814913673e16
Mpc = 1e6 * pc

# astronomical data (IAU / standard values, stated in questions where used)
M_earth = 5.972e24
R_earth = 6.371e6
GM_earth = G * M_earth


def sig6(x):
    return float(f"{x:.6g}")


def fmt(x, n=4):
    return f"{x:.{n}g}"


def Q(field, text, given, find, unit, expected=None, outcome="value", laws=1,
      irrelevant=None, solution="", assumptions=None, rel_tol=0.01):
    if outcome == "value":
        assert expected is not None and math.isfinite(expected)
        expected = sig6(expected)
    else:
        expected = None
    irrelevant = list(irrelevant or [])
    for name in irrelevant:
        assert name in given, (name, text[:40])
    return {
        "id": None,
        "field": field,
        "text": text,
        "given": dict(given),
        "find": find,
        "unit": unit,
        "expected": expected,
        "outcome": outcome,
        "rel_tol": rel_tol,
        "laws": laws,
        "irrelevant": irrelevant,
        "solution": solution,
        "assumptions": list(assumptions or []),
    }


G_ASSUME = "g = 9.81 m/s^2"
