"""Every uncaught exception or hang the fuzzer found, as a regression test."""
import pytest

from hypergraph import rdf
from hypergraph.symbolic import formula
from psg import SourceError
from psg.units import UnitError, parse_unit, parse_value

from fuzz_helpers import fuzz_inputs  # noqa: E402

F = fuzz_inputs()


@pytest.mark.parametrize("text", ["AU**64", "parsec^64", "c**64*Wb", "T per Å**64 h",  # OverflowError, ZeroDivisionError
                                  "ohm/((kg·mmHg/1 per eV)**-2 degC^2 per atm Wb)^64"])
def test_unit_factors_out_of_float_range(text):
    with pytest.raises(UnitError, match="out of floating-point range"):
        parse_unit(text)
    with pytest.raises(UnitError, match="out of floating-point range"):
        parse_value("6.02e23 " + text)


@pytest.mark.parametrize("text, why", [
    ("x" + "**x" * 3000, "too deeply"),            # RecursionError
    ("1e38038", "out of range"),                  # TypeError from sympy: invalid input: inf
    ("10**10**10", "too large a number"),         # sympy computed 10**(10**10): a hang
    ("(log((sqrt(exp((x / 0))) - exp(exp(1e308)))) ** (y ** G))", "out of range"),  # OverflowError in sympy
])
def test_formulas(text, why):
    with pytest.raises(SourceError, match=why):  # SymbolicError, or the parser's own SourceError
        formula(text)


def test_deep_turtle_and_json():
    with pytest.raises(rdf.RdfError, match="nested too deeply"):   # RecursionError in rdflib
        rdf.from_turtle("<a> <b> " + "(" * 2000 + ")" * 2000 + " .")
    with pytest.raises(rdf.RdfError, match="nested too deeply"):   # RecursionError in json
        rdf.from_json("[" * 100_000 + "]" * 100_000)


def test_json_numbers_beyond_c_long():
    import json

    from hypergraph.build import build
    from psg import parse_sources

    kg = build(parse_sources([("quantities.py", F.TINY_QUANTITIES), ("mech.py", F.TINY_LAWS)]))
    doc = json.loads(rdf.to_json(kg))
    doc["laws"][0]["cost"] = 2**70  # OverflowError: Python int too large to convert to C long
    with pytest.raises(rdf.RdfError):
        rdf.from_json(json.dumps(doc))


@pytest.mark.parametrize("src", [
    "def f(x: U['km']):\n    return x ** 1000\n",                          # OverflowError in scales.power
    "def f(x: U['m']):\n    return (x * 1e10) ** 1000\n",                   # OverflowError in a literal factor
    "class A:\n    x = 1" + "0" * 400 + "\n",                               # OverflowError: a class constant
    "def f(x: U['km'], y: U['km']):\n    return " + "*".join(["x"] * 110) + " + " + "*".join(["y"] * 110) + "\n",
    "def f(x: U['mm'], y: U['m']):\n    return " + "*".join(["x"] * 120) + " + " + "*".join(["y"] * 120) + "\n",
])
def test_unit_scales_out_of_float_range(src):
    """Merged with the unit checks (scales): a factor past a float is no scale (NaN, 0 or
    inf factors crashed comparing them); the dimensions are still checked."""
    from proofs import prove_source

    r = prove_source(src, use_cache=False)
    assert r.status in ("proved", "unchecked") and not r.problems, r.to_text()
