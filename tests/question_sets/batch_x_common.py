"""Common constants and helper for batch x (q10x) blind physics questions.

Constants: CODATA 2018 exact/recommended values.  g = 9.81 m/s^2 by convention.
Standard library only.
"""
import math

# ---- CODATA 2018 ----
c = 299792458.0                 # m/s (exact)
h = 6.62607015e-34              # J s (exact)
hbar = h / (2 * math.pi)
e = 1.602176634e-19             # C (exact)
k_B = 1.380649e-23              # J/K (exact)
N_A = 6.02214076e23             # 1/mol (exact)
R = N_A * k_B                   # J/(mol K)
G = 6.67430e-11                 # m^3/(kg s^2)
sigma = 5.670374419e-8          # W/(m^2 K^4)
eps0 = 8.8541878128e-12         # F/m
mu0 = 1.25663706212e-6          # N/A^2
k_e = 1 / (4 * math.pi * eps0)  # N m^2/C^2
m_e = 9.1093837015e-31          # kg
m_p = 1.67262192369e-27         # kg
m_n = 1.67492749804e-27         # kg
u = 1.66053906660e-27           # kg (atomic mass constant)
u_MeV = 931.49410242            # MeV per u
m_e_MeV = 0.51099895000         # MeV
m_p_MeV = 938.27208816          # MeV
b_wien = 2.897771955e-3         # m K
R_inf = 10973731.568160         # 1/m
a0 = 5.29177210903e-11          # m
eV = e                          # J
hc_eVnm = h * c / e * 1e9       # eV nm (about 1239.84)

# ---- conventions / exact conversions ----
g = 9.81                        # m/s^2
atm = 101325.0                  # Pa
T0 = 273.15                     # K at 0 degC
I0_sound = 1e-12                # W/m^2, reference intensity for dB
year = 365.25 * 86400.0         # s (Julian year)
day = 86400.0
knot = 1852.0 / 3600.0          # m/s
Ci = 3.7e10                     # Bq
AU = 1.495978707e11             # m (IAU exact)
ly = c * year                   # m
pc = AU * 648000 / math.pi      # m
Mpc = 1e6 * pc

FIELDS = ["mechanics", "thermodynamics", "fluids", "waves", "optics", "circuits",
          "electromagnetism", "modern", "nuclear", "astro"]
OUTCOMES = ["value", "not derivable", "ill-posed", "ambiguous"]
KEYS = ["id", "field", "text", "given", "find", "unit", "expected", "outcome",
        "rel_tol", "laws", "irrelevant", "solution", "assumptions"]


def vals(given):
    """Numbers of the given quantities, in insertion order, as floats."""
    return [float(s.split()[0]) for s in given.values()]


def Q(field, text, given, find, unit, expected, outcome="value", rel_tol=0.01, laws=1,
      irrelevant=[], solution="", assumptions=[]):
    assert field in FIELDS, field
    assert outcome in OUTCOMES, outcome
    if outcome == "value":
        expected = float(expected)
        assert math.isfinite(expected)
    else:
        assert expected is None, (field, text)
    for k in irrelevant:
        assert k in given, (k, text)
    for k, v in given.items():
        parts = v.split(None, 1)
        assert len(parts) == 2, (k, v)
        float(parts[0])
    return {
        "id": None,
        "field": field,
        "text": text,
        "given": dict(given),
        "find": find,
        "unit": unit,
        "expected": expected,
        "outcome": outcome,
        "rel_tol": float(rel_tol),
        "laws": int(laws),
        "irrelevant": list(irrelevant),
        "solution": solution,
        "assumptions": list(assumptions),
    }
