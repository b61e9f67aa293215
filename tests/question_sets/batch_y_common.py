"""Common constants (CODATA 2018) and the question helper for batch y."""
import math

# ---- CODATA 2018 (exact where defined) ----
c = 299792458.0                 # m/s
h = 6.62607015e-34              # J s
hbar = h / (2 * math.pi)        # J s
e = 1.602176634e-19             # C
k_B = 1.380649e-23              # J/K
N_A = 6.02214076e23             # 1/mol
R = N_A * k_B                   # J/(mol K) = 8.314462618...
sigma = 5.670374419e-8          # W/(m^2 K^4)
eps0 = 8.8541878128e-12         # F/m
mu0 = 1.25663706212e-6          # N/A^2
k_e = 1 / (4 * math.pi * eps0)  # N m^2/C^2
m_e = 9.1093837015e-31          # kg
m_p = 1.67262192369e-27         # kg
m_n = 1.67492749804e-27         # kg
u = 1.66053906660e-27           # kg
u_MeV = 931.49410242            # MeV per u
G = 6.67430e-11                 # m^3/(kg s^2)
b_wien = 2.897771955e-3         # m K
R_inf = 10973731.568160         # 1/m
a0 = 5.29177210903e-11          # m
Ry_eV = 13.605693122994         # eV
eV = e                          # J

# ---- conventions ----
g = 9.81                        # m/s^2
atm = 101325.0                  # Pa
psi = 6894.757293168            # Pa
year = 365.25 * 86400.0         # s (Julian year)
day = 86400.0
AU = 1.495978707e11             # m
ly = c * year                   # m
pc = AU * 648000.0 / math.pi    # m
Mpc = 1e6 * pc
arcsec = math.pi / (180 * 3600)
T0 = 273.15                     # K offset for degC
US_gallon_L = 3.785411784
imp_gallon_L = 4.54609
short_ton_kg = 907.18474
MeV = 1e6 * e

FIELDS = ["mechanics", "thermodynamics", "fluids", "waves", "optics",
          "circuits", "electromagnetism", "modern", "nuclear", "astro"]
OUTCOMES = ["value", "not derivable", "ill-posed", "ambiguous"]
KEYS = ["id", "field", "text", "given", "find", "unit", "expected", "outcome",
        "rel_tol", "laws", "irrelevant", "solution", "assumptions"]


def sig(x, n=6):
    """Round to n significant figures (keeps JSON readable)."""
    if x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.{n}g}")


def Q(field, text, given, find, unit, expected, outcome="value", rel_tol=0.01,
      laws=1, irrelevant=[], solution="", assumptions=[]):
    assert field in FIELDS, field
    assert outcome in OUTCOMES, outcome
    assert isinstance(given, dict) and given, "given must be a non-empty dict"
    for k, v in given.items():
        assert isinstance(v, str) and len(v.split(" ", 1)) == 2, (k, v)
        float(v.split(" ", 1)[0])  # number must parse
    for name in irrelevant:
        assert name in given, ("irrelevant name not in given", name)
    if outcome == "value":
        assert expected is not None and math.isfinite(float(expected)), text
        expected = sig(float(expected))
    else:
        expected = None
    d = {
        "id": None,
        "field": field,
        "text": text,
        "given": dict(given),
        "find": find,
        "unit": unit,
        "expected": expected,
        "outcome": outcome,
        "rel_tol": rel_tol,
        "laws": int(laws),
        "irrelevant": list(irrelevant),
        "solution": solution,
        "assumptions": list(assumptions),
    }
    assert list(d.keys()) == KEYS
    return d
