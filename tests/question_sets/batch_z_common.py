"""Common constants and the question helper for batch z (q10z).

Physical constants are CODATA 2018 values (SI units). g is fixed at 9.81 m/s^2.
Only the Python standard library is used.
"""
import math

# --- CODATA 2018 exact / recommended values (SI) ---
c = 299792458.0                 # speed of light in vacuum, m/s (exact)
h = 6.62607015e-34              # Planck constant, J s (exact)
hbar = h / (2 * math.pi)        # reduced Planck constant, J s
e = 1.602176634e-19             # elementary charge, C (exact)
k_B = 1.380649e-23              # Boltzmann constant, J/K (exact)
N_A = 6.02214076e23             # Avogadro constant, 1/mol (exact)
R = N_A * k_B                   # molar gas constant, 8.314462618 J/(mol K)
sigma = 5.670374419e-8          # Stefan-Boltzmann constant, W/(m^2 K^4)
b_wien = 2.897771955e-3         # Wien wavelength displacement constant, m K
G = 6.67430e-11                 # Newtonian constant of gravitation, m^3/(kg s^2)
m_e = 9.1093837015e-31          # electron mass, kg
m_p = 1.67262192369e-27         # proton mass, kg
m_n = 1.67492749804e-27         # neutron mass, kg
u = 1.66053906660e-27           # atomic mass constant, kg
u_MeV = 931.49410242            # atomic mass constant energy equivalent, MeV
eps0 = 8.8541878128e-12         # vacuum electric permittivity, F/m
mu0 = 1.25663706212e-6          # vacuum magnetic permeability, N/A^2
k_C = 1.0 / (4 * math.pi * eps0)  # Coulomb constant, N m^2/C^2
R_inf = 10973731.568160         # Rydberg constant, 1/m
a0 = 5.29177210903e-11          # Bohr radius, m
eV = e                          # 1 eV in J
F_far = N_A * e                 # Faraday constant, C/mol

# --- conventional values used by this batch ---
g = 9.81                        # standard gravity used throughout, m/s^2
atm = 101325.0                  # standard atmosphere, Pa
psi = 6894.757293168361         # pound-force per square inch, Pa
mmHg = 133.322387415            # millimetre of mercury, Pa
AU = 1.495978707e11             # astronomical unit, m (exact, IAU 2012)
ly = 9460730472580800.0         # light year (Julian), m
pc = AU * 648000 / math.pi      # parsec, m
year = 365.25 * 86400.0         # Julian year, s
day = 86400.0                   # s
hour = 3600.0                   # s
minute = 60.0                   # s
T0 = 273.15                     # 0 degC in K

FIELDS = ["mechanics", "thermodynamics", "fluids", "waves", "optics",
          "circuits", "electromagnetism", "modern", "nuclear", "astro"]
OUTCOMES = ["value", "not derivable", "ill-posed", "ambiguous"]

KEYS = ["id", "field", "text", "given", "find", "unit", "expected", "outcome",
        "rel_tol", "laws", "irrelevant", "solution", "assumptions"]


def Q(field, text, given, find, unit, expected, outcome="value", rel_tol=0.01,
      laws=1, irrelevant=[], solution="", assumptions=[]):
    """Build one question dict with exactly the keys in KEYS (id filled later)."""
    if field not in FIELDS:
        raise ValueError("unknown field: %r" % field)
    if outcome not in OUTCOMES:
        raise ValueError("unknown outcome: %r" % outcome)
    if outcome == "value":
        if expected is None:
            raise ValueError("value question without expected: %s" % text[:60])
        expected = float(expected)
    else:
        expected = None
    for name in irrelevant:
        if name not in given:
            raise ValueError("irrelevant name %r not in given" % name)
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
        "laws": int(laws),
        "irrelevant": list(irrelevant),
        "solution": solution,
        "assumptions": list(assumptions),
    }


def sig(x, n=4):
    """Format a number with n significant figures for solution strings."""
    if x is None:
        return "None"
    return "%.*g" % (n, x)
