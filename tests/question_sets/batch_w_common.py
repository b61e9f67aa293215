"""Common constants and helper for the q10w blind physics question batch.

Physical constants: CODATA 2018 exact / recommended values (SI units).
"""
import math

# ---- CODATA 2018 -----------------------------------------------------------
c = 299792458.0                 # speed of light in vacuum, m/s (exact)
h = 6.62607015e-34              # Planck constant, J s (exact)
hbar = h / (2 * math.pi)        # reduced Planck constant, J s
e = 1.602176634e-19             # elementary charge, C (exact)
k_B = 1.380649e-23              # Boltzmann constant, J/K (exact)
N_A = 6.02214076e23             # Avogadro constant, 1/mol (exact)
R = N_A * k_B                   # molar gas constant, J/(mol K) = 8.314462618...
G = 6.67430e-11                 # Newtonian constant of gravitation, m^3/(kg s^2)
sigma = 5.670374419e-8          # Stefan-Boltzmann constant, W/(m^2 K^4)
eps0 = 8.8541878128e-12         # vacuum electric permittivity, F/m
mu0 = 1.25663706212e-6          # vacuum magnetic permeability, N/A^2
k_e = 1 / (4 * math.pi * eps0)  # Coulomb constant, N m^2/C^2
m_e = 9.1093837015e-31          # electron mass, kg
m_p = 1.67262192369e-27         # proton mass, kg
m_n = 1.67492749804e-27         # neutron mass, kg
u = 1.66053906660e-27           # atomic mass constant, kg
m_e_c2_MeV = 0.51099895000      # electron rest energy, MeV
u_c2_MeV = 931.49410242         # atomic mass constant energy equivalent, MeV
R_inf = 10973731.568160         # Rydberg constant, 1/m
a0 = 5.29177210903e-11          # Bohr radius, m
b_wien = 2.897771955e-3         # Wien wavelength displacement constant, m K
eV = e                          # electron volt, J
hc_eV_nm = h * c / e * 1e9      # h c in eV nm (about 1239.84)

# ---- conventions used in this batch ----------------------------------------
g = 9.81                        # m/s^2 (as required for this batch)
atm = 101325.0                  # Pa
psi = 6894.757293168361         # Pa
year = 365.25 * 86400.0         # Julian year, s (pint's "year")
T0 = 273.15                     # K offset for degC

FIELDS = ["mechanics", "thermodynamics", "fluids", "waves", "optics", "circuits",
          "electromagnetism", "modern", "nuclear", "astro"]
OUTCOMES = ["value", "not derivable", "ill-posed", "ambiguous"]


def num(x):
    """Number as written in a 'given' string (shortest round-trip form)."""
    if isinstance(x, int):
        return str(x)
    s = repr(float(x))
    if "e" in s:
        mant, ex = s.split("e")
        if mant.endswith(".0"):
            mant = mant[:-2]
        return f"{mant}e{int(ex)}"
    if s.endswith(".0"):
        s = s[:-2]
    return s


def tx(x):
    """Number as written in question text (scientific notation as 'a × 10^b')."""
    s = num(x)
    if "e" in s:
        mant, ex = s.split("e")
        return f"{mant} × 10^{int(ex)}"
    return s


def gv(x, unit):
    """A 'given' entry: 'NUMBER UNIT' with a pint-parsable unit string."""
    return f"{num(x)} {unit}"


def Q(field, text, given, find, unit, expected, outcome="value", rel_tol=0.01, laws=1,
      irrelevant=[], solution="", assumptions=[]):
    assert field in FIELDS, field
    assert outcome in OUTCOMES, outcome
    if outcome == "value":
        assert expected is not None and math.isfinite(expected), (field, text[:60])
        expected = float(expected)
    else:
        assert expected is None, (field, text[:60])
    for name in irrelevant:
        assert name in given, (name, text[:60])
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
