"""Units, not only dimensions (issue 11): literals take their context's unit; values of one
dimension in different units are scale findings with the exact factor and a suggested edit;
temperatures are affine (offset findings); classes, tuples and containers carry units; a
function with nothing to check is ``unchecked``."""
import math

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from proofs import prove_source
from proofs.fixes import apply, edits
from proofs.report import conversion, finding_kind

HEAD = "import math\nimport numpy as np\nfrom dataclasses import dataclass\nfrom typing import NamedTuple\n" \
       "from oracle.laws import U\n"


def run(src: str, **kw):
    return prove_source(HEAD + src, "t.py", use_cache=False, **kw)


def kinds(report):
    return [(f.where.line - HEAD.count("\n"), finding_kind(f)) for f in report.findings]


# -- literals ---------------------------------------------------------------------------------
LITERAL_CONTEXTS = '''
def isa(alt: U["m"], T: U["K"]) -> U["K"]:
    if alt > 2000:
        return np.maximum(T, 216.65)
    return min(T, 300) if T > 0 else T + 1

def leg(x: U["m"]) -> U["m"]:
    return x

def caller() -> U["m"]:
    y: U["m"]
    y = 1000
    heights: U["m"] = np.arange(0, 1000, 100)
    return leg(1000) + y + np.linspace(0, 10, 5)[0]
'''


def test_literals_take_the_unit_their_context_needs():
    r = run(LITERAL_CONTEXTS)
    assert r.status == "proved", r.to_text()


def test_strict_literals_report_every_number_that_needs_a_unit():
    r = run(LITERAL_CONTEXTS, strict_literals=True)
    lines = sorted({line for line, _ in kinds(r)})
    assert lines == [3, 4, 5, 12, 13, 14]  # alt > 2000, maximum(T, 216.65), min/+1, y = 1000, arange, leg(1000)
    assert all(k == "dimension" for _, k in kinds(r))


def test_numbers_in_exponents_and_transcendental_functions_stay_plain():
    assert run("def f(x: U['m']) -> U['m^2']:\n    return x ** 2\n").status == "proved"
    r = run("def f(x: U['m']):\n    return math.exp(2 * x)\n")
    assert kinds(r) == [(2, "dimension")] and "exp() of a length" in r.findings[0].sentence


# -- scale ------------------------------------------------------------------------------------
@pytest.mark.parametrize("src, factor, sentence", [
    ("def f(a: U['m'], b: U['ft']) -> U['m']:\n    return a + b\n", 0.3048,
     "adds a length in ft to a length in m: multiply the ft value by 0.3048 to get m"),
    ("def f(b: U['ft']) -> U['m']:\n    return b\n", 0.3048,
     "returns a length in ft where f() declares m: multiply by 0.3048 to get m"),
    ("def g(v: U['m/s']) -> U['m/s']:\n    return v\n\ndef f(v: U['km/h']):\n    return g(v)\n", 1 / 3.6,
     "passes a speed in km/h as parameter 'v' of g(), which expects m/s: divide by 3.6 to get m/s"),
    ("def f(v: U['knot'], w: U['m/s']) -> bool:\n    return v > w\n", 1 / 0.5144444444444445,
     "compares a speed in knot with a speed in m/s: multiply the m/s value by 1.9438445 to get knot"),
    ("def f(e: U['eV']) -> U['J']:\n    return e\n", 1.602176634e-19, None),
    ("def f(theta: U['deg']):\n    return math.sin(theta)\n", math.pi / 180,
     "takes sin() of an angle in deg; sin() expects rad: divide by 57.29578 to get rad"),
])
def test_scale_findings_name_both_units_and_the_exact_factor(src, factor, sentence):
    r = run(src)
    (f,) = r.findings
    assert finding_kind(f) == "scale"
    conv = conversion(f)
    assert conv["factor"] == pytest.approx(factor, rel=1e-9)
    if sentence:
        assert f.sentence == sentence


@pytest.mark.parametrize("expr", ["b * 0.3048", "b / 3.28084", "0.3048 * b", "b * 12 * 0.0254", "(b * 0.3048)",
                                  "2 * b * 0.3048", "b * 0.305"])
def test_a_literal_that_is_the_conversion_is_recognised(expr):
    assert run(f"def f(b: U['ft']) -> U['m']:\n    return {expr}\n").status == "proved"


def test_a_literal_that_converts_the_wrong_way_is_named_and_replaced():
    r = run("def f(b: U['ft']) -> U['m']:\n    return b * 3.28084\n")
    (f,) = r.findings
    assert "the factor 3.28084 here converts the other way" in f.sentence
    assert conversion(f)["edit"]["replacement"] == "0.3048"


def test_both_sides_converted_to_si_by_their_own_literals():
    r = run("def f(b: U['ft'], v: U['km/h'], t: U['s']) -> U['m']:\n    return b * 0.3048 + v / 3.6 * t\n")
    assert r.status == "proved", r.to_text()


# -- offset -----------------------------------------------------------------------------------
@pytest.mark.parametrize("body, rule", [
    ("def f(a: U['degC'], b: U['K']) -> U['K']:\n    return a + b\n", "add"),
    ("def f(a: U['degC'], b: U['degC']) -> U['degC']:\n    return a + b\n", "abs-sum"),
    ("def f(a: U['degC'], b: U['degC']) -> U['degC']:\n    return (a + b) / 2\n", "abs-sum"),
    ("def f(t: U['degC']) -> U['K']:\n    return t\n", "return"),
    ("def f(t: U['degC'], r: U['J/(kg*K)']) -> U['J/kg']:\n    return r * t\n", "abs-product"),
    ("def f(t: U['degC'], k: U['K']) -> bool:\n    return t < k\n", "compare"),
])
def test_offset_findings(body, rule):
    r = run(body)
    (f,) = r.findings
    assert finding_kind(f) == "offset" and f.obligations[-1].rule == rule, r.to_text()


@pytest.mark.parametrize("body", [
    "def f(t: U['degC']) -> U['K']:\n    return t + 273.15\n",
    "def f(t: U['K']) -> U['degC']:\n    return t - 273.15\n",
    "def f(t: U['degF']) -> U['degC']:\n    return (t - 32) * 5 / 9\n",
    "def f(t: U['degC']) -> U['degF']:\n    return t * 1.8 + 32\n",
    "def f(t: U['degF']) -> U['K']:\n    return (t + 459.67) * 5 / 9\n",
    "def f(a: U['degC'], b: U['degC']) -> U['delta_degC']:\n    return a - b\n",
    "def f(a: U['degC'], d: U['delta_degC']) -> U['degC']:\n    return a + d\n",
    "def f(a: U['degC'], d: U['K']) -> U['degC']:\n    return a + (d - d)\n",
    "def f(t: U['degC'], r: U['J/(kg*K)']) -> U['J/kg']:\n    return r * (t + 273.15)\n",
    "def f(t1: U['degC'], t2: U['degC'], c: U['J/(kg*K)']) -> U['J/kg']:\n    return c * (t2 - t1)\n",
    "def f(a: U['degC'], lapse: U['K/m'], h: U['m']) -> U['degC']:\n    return a - lapse * h\n",
])
def test_sound_temperature_arithmetic_is_proved(body):
    r = run(body)
    assert r.status == "proved", r.to_text()


# -- the suggested edit makes it right (a property over pairs of units) ------------------------
UNITS = {"length": ["m", "ft", "km", "mi", "nmi", "inch", "cm"], "speed": ["m/s", "km/h", "knot", "mph", "ft/s"],
         "energy": ["J", "kWh", "cal", "eV", "BTU"], "pressure": ["Pa", "hPa", "bar", "psi", "atm", "inHg"],
         "temperature": ["K", "degC", "degF"]}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(UNITS)).flatmap(lambda d: st.tuples(st.sampled_from(UNITS[d]),
                                                                   st.sampled_from(UNITS[d]))))
def test_applying_the_suggested_edit_proves_the_function(pair):
    have, want = pair
    src = f"def f(x: U['{have}']) -> U['{want}']:\n    return x\n"
    r = prove_source(src, "p.py", use_cache=False)
    if have == want:
        assert r.status == "proved"
        return
    (f,) = r.findings
    fixed = apply(src, edits(r)["p.py"])
    assert prove_source(fixed, "p.py", use_cache=False).status == "proved", (src, fixed)


# -- classes, tuples, containers ----------------------------------------------------------------
def test_dataclass_fields_give_self_attributes_their_units():
    r = run("@dataclass\nclass Body:\n    mass: U['kg']\n    speed: U['m/s']\n\n"
            "    def momentum(self) -> U['kg*m/s']:\n        return self.mass * self.speed**2\n\n"
            "    def ok(self) -> U['kg*m/s']:\n        return self.mass * self.speed\n")
    assert kinds(r) == [(7, "dimension")] and r.result("Body.ok").verdict == "proved"


def test_instances_constructors_properties_and_methods():
    src = ('class Pipe:\n'
           '    def __init__(self, length: U["m"], flow: U["m^3/s"]):\n'
           '        self.length = length\n'
           '        self.flow = flow\n'
           '        self.note = None\n'
           '    @property\n'
           '    def volume_rate(self) -> U["m^3/s"]:\n'
           '        return self.flow\n'
           '    def transit(self, area: U["m^2"]) -> U["s"]:\n'
           '        return self.length * area / self.flow\n\n'
           '@dataclass\nclass Tank:\n    level: U["m"]\n\n'
           'def use(p: Pipe, a: U["m^2"], h: U["ft"]) -> U["s"]:\n'
           '    q = p.volume_rate + p.length\n'
           '    t = Tank(h)\n'
           '    return p.transit(a) + Pipe(3.0, 2.0).transit(h)\n')
    r = run(src)
    assert kinds(r) == [(17, "dimension"), (18, "scale"), (19, "dimension")], r.to_text()


def test_an_unannotated_attribute_is_unknown_not_a_free_unit():
    r = run("class A:\n    def __init__(self, x):\n        self.x = x\n\n"
            "    def f(self, t: U['s']) -> U['m']:\n        return self.x * t\n")
    res = r.result("A.f")
    assert res.verdict == "proved" and not res.findings and res.skipped == 1 and res.solved == 0
    # whatever unit it has, unknown + a time is a time: that is no length
    r = run("class A:\n    def __init__(self, x):\n        self.x = x\n\n"
            "    def f(self, t: U['s']) -> U['m']:\n        return self.x + t\n")
    assert kinds(r) == [(6, "dimension")]


def test_named_tuples_and_tuple_returns_unpack_with_units():
    src = ('class Fix(NamedTuple):\n    lat: U["deg"]\n    alt: U["m"]\n\n'
           'def split(x: U["m"], t: U["s"]) -> tuple[U["m"], U["s"]]:\n    return x, t\n\n'
           'def bad_split(x: U["m"], t: U["s"]) -> tuple[U["m"], U["s"]]:\n    return t, x\n\n'
           'def use(f: Fix, x: U["m"], t: U["s"]) -> U["m/s"]:\n'
           '    lat, alt = f\n'
           '    a, b = split(x, t)\n'
           '    return (alt + a + f.alt + f[1]) / b\n')
    r = run(src)
    assert kinds(r) == [(9, "dimension"), (9, "dimension")] and r.result("use").verdict == "proved", r.to_text()


def test_lists_and_dicts_of_declared_units():
    src = ('def total(xs: list[U["m"]], d: dict[str, U["s"]]) -> U["m/s"]:\n'
           '    s = 0.0\n'
           '    for x in xs:\n'
           '        s = s + x\n'
           '    return s / sum(d.values()) + [x for x in xs][0] / d["a"]\n')
    assert run(src).status == "proved"
    assert set(kinds(run(src.replace("s = s + x", "s = s + d['a']")))) == {(5, "dimension")}  # s is a time now


def test_float_parameters_are_plain_numbers_and_unannotated_code_is_unchecked():
    r = run("def f(n: int, fs: U['Hz']) -> U['Hz']:\n    return n / fs\n\n"
            "def g(a, b):\n    return a * b + a * b\n")
    assert kinds(r) == [(2, "dimension")]
    assert r.result("g").verdict == "unchecked"
    assert "1 unchecked (nothing annotated or inferred)" in r.summary()


def test_typed_dicts_attrs_classes_and_class_constants():
    src = ('from typing import TypedDict\nimport attr\n\n'
           'class Reading(TypedDict):\n    alt: U["ft"]\n    temp: U["K"]\n\n'
           '@attr.s(auto_attribs=True)\nclass Leg:\n    dist: U["nmi"]\n    G = 9.81\n\n'
           '    @classmethod\n    def default(cls) -> "Leg":\n        return cls(1.0)\n\n'
           '    def time(self, v: U["knot"]) -> U["h"]:\n        return self.dist / v + self.G * 0\n\n'
           'def use(r: Reading, leg: Leg) -> U["m"]:\n    return r["alt"] + leg.dist\n')
    r = run(src)
    assert kinds(r) == [(21, "scale")], r.to_text()  # one finding: the sum has no unit after it, no cascade
    assert r.result("Leg.time").verdict == "proved"


def test_turns_and_radians_differ_by_two_pi_for_pint_not_for_people():
    src = ("def f(n: U['rpm']) -> U['Hz']:\n    return n / 60\n\n"
           "def w(n: U['rpm']) -> U['rad/s']:\n    return n * 2 * math.pi / 60\n\n"
           "def bad(n: U['rpm']) -> U['Hz']:\n    return n\n")
    assert kinds(run(src)) == [(8, "scale")]
