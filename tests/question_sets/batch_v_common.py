"""Shared constants and helper for the q10v blind question batch.

Constants: CODATA 2018 (exact SI values where defined); g = 9.81 m/s^2.
Standard library only.
"""
import math

# CODATA 2018
c = 299792458.0                 # m/s
h = 6.62607015e-34              # J s
e = 1.602176634e-19             # C
kB = 1.380649e-23               # J/K
NA = 6.02214076e23              # 1/mol
R = 8.314462618                 # J/(mol K)
me = 9.1093837015e-31           # kg
mp = 1.67262192369e-27          # kg
mn = 1.67492749804e-27          # kg
u = 1.66053906660e-27           # kg
u_MeV = 931.49410242            # MeV per u
me_keV = 510.99895000           # keV
G = 6.67430e-11                 # m^3/(kg s^2)
eps0 = 8.8541878128e-12         # F/m
mu0 = 1.25663706212e-6          # N/A^2
sigma = 5.670374419e-8          # W/(m^2 K^4)
b_wien = 2.897771955e-3         # m K
lambda_C = h / (me * c)         # Compton wavelength of the electron, m
hc_eVnm = h * c / e * 1e9       # eV nm
g = 9.81                        # m/s^2 (course convention)

# astronomical / conversion
au = 1.495978707e11             # m (IAU 2012, exact)
ly = 9.4607304725808e15         # m (Julian year)
pc = au * 648000 / math.pi      # m
Mpc = 1e6 * pc
atm = 101325.0                  # Pa
psi = 6894.757293168361         # Pa
knot = 1852.0 / 3600.0          # m/s
kmh = 1000.0 / 3600.0           # m/s
Ci = 3.7e10                     # Bq
day = 86400.0                   # s
year = 365.25 * day             # s (Julian)
kWh = 3.6e6                     # J
MeV = 1e6 * e                   # J
T0 = 273.15                     # K

OUTCOMES = ("value", "not derivable", "ill-posed", "ambiguous")
FIELDS = ("mechanics", "thermodynamics", "fluids", "waves", "optics",
          "circuits", "electromagnetism", "modern", "nuclear", "astro")


def sig6(x):
    """Round to 6 significant figures."""
    if x is None:
        return None
    if x == 0:
        return 0.0
    return float(f"{x:.6g}")


def Q(field, text, given, find, unit, expected=None, outcome="value",
      laws=1, irrelevant=(), solution="", assumptions=(), rel_tol=0.01):
    assert field in FIELDS, field
    assert outcome in OUTCOMES, outcome
    if outcome == "value":
        assert expected is not None and math.isfinite(expected), text
    else:
        assert expected is None, text
    for name in irrelevant:
        assert name in given, (name, text)
    return {
        "id": None,
        "field": field,
        "text": text,
        "given": dict(given),
        "find": find,
        "unit": unit,
        "expected": sig6(expected) if outcome == "value" else None,
        "outcome": outcome,
        "rel_tol": rel_tol,
        "laws": laws,
        "irrelevant": list(irrelevant),
        "solution": solution,
        "assumptions": list(assumptions),
    }


def f(x, n=4):
    """Format a number for worked solutions."""
    return f"{x:.{n}g}"
