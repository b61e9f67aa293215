"""The programs whose proof reports the proof-report tests re-check.

Add an entry to ``PROGRAMS`` (a name and a function returning a ``ProofReport``) and every
cross-check (cvc5 and Z3 on the exported SMT-LIB2, the HTML rendering) runs on it too.
"""
from functools import lru_cache
from pathlib import Path

from oracle.data import datasets_dir, shared_datasets_dir
from proofs import prove, prove_psg

EXAMPLES = sorted((datasets_dir() / "examples").glob("*.py"))

# Small programs that reach what the bundled ones do not: a polymorphic system with a
# conflict, products of size symbols (QF_NIA), broadcasting, kinds.
SHAPES_AND_SYSTEMS = '''\
from jaxtyping import Float
from numpy import ndarray

from oracle.laws import U


def conflict(x, y: U["m"], z: U["s"]):
    a = x + y
    b = x**2 + z
    return a


def two_conflicts(p, q, L: U["m"], t: U["s"]):
    a = p + L
    b = p + t
    c = q * q + t
    d = q + L
    return a


def polymorphic(k, x):
    return 0.5 * k * x**2


def uses_it(kk: U["N/m"], x: U["m"]) -> U["J"]:
    return polymorphic(kk, x)


def bad_reshape(x: Float[ndarray, "b n m"]):
    return x.reshape(n, n, b)


def good_reshape(x: Float[ndarray, "n 4"]):
    return x.reshape(2, n, 2)


def literal_reshape(x: Float[ndarray, "2 3"]):
    return x.reshape(5)


def bad_broadcast(x: Float[ndarray, "b n"], y: Float[ndarray, "b m"]):
    return x + y


def kinds(E: U["J", "energy"], tau: U["N*m", "torque"], W: U["J", "energy"]):
    return E + W + tau
'''


# Units, not only dimensions: scale and offset obligations, refuted and proved (a literal
# conversion recognised), a sum and a product of Celsius temperatures.
SCALES_AND_OFFSETS = '''\
from oracle.laws import U


def mixed(a: U["m"], b: U["ft"]) -> U["m"]:
    return a + b


def converted(b: U["ft"], v: U["km/h"], t: U["s"]) -> U["m"]:
    return b * 0.3048 + v / 3.6 * t


def kelvin(t: U["degC"]) -> U["K"]:
    return t + 273.15


def not_kelvin(t: U["degC"], dt: U["delta_degC"]) -> U["K"]:
    return t + dt


def sum_and_product(t1: U["degC"], t2: U["degC"], r: U["J/(kg*K)"]) -> U["J/kg"]:
    s = t1 + t2
    return r * t1
'''


def _feynman():
    import hypergraph.feynman as feynman

    tables, units = feynman.default_tables(shared_datasets_dir())
    if not units.exists():
        return None  # the reference data is not there: callers skip and say so
    psg, _ = feynman.load(tables, units)
    return prove_psg(psg, use_cache=False)


PROGRAMS = {
    **{f"examples/{p.name}": (lambda p=p: prove(p, use_cache=False)) for p in EXAMPLES},
    "inline/shapes_and_systems": lambda: prove(SHAPES_AND_SYSTEMS, use_cache=False),
    "inline/scales_and_offsets": lambda: prove(SCALES_AND_OFFSETS, use_cache=False),
    "feynman": _feynman,
    "physics": lambda: prove(datasets_dir() / "physics", use_cache=False),
}


@lru_cache(maxsize=None)
def report(name: str):
    """The (cached) proof report of one program; None when its data is not available here."""
    return PROGRAMS[name]()
