"""Everyday Python is read, not refused: comprehensions, lambdas, dict and set displays,
assignment expressions, starred and chained assignment, ``match``, calls with ``*args`` and
``**kwargs``, imported and aliased annotation types. Each keeps its own scoping rules, so
the unit proofs stay sound (a comprehension's loop variable does not rebind a name
outside it) and mistakes inside these constructs are still found at their place."""
from pathlib import Path

import pytest

from proofs import prove
from psg import parse

HEAD = "from typing import Annotated\nU = Annotated\n"


def where(report):
    return sorted((f.where.line, f.where.col, f.sentence) for f in report.findings)


def test_a_mistake_inside_a_comprehension_is_found_at_its_place():
    src = ("from oracle import U\n"
           "def f(xs: U['m'], t: U['s']):\n"
           "    return [x + t for x in xs if x > 0]\n")
    assert where(prove(src, use_cache=False)) == [(3, 13, "adds a time [s] to a length [m]")]


def test_a_comprehension_variable_does_not_rebind_the_name_outside():
    src = ("from oracle import U\n"
           "def f(x: U['m'], ts: U['s']) -> U['m']:\n"
           "    times = [x * 2 for x in ts]\n"  # this x is a time, in its own scope
           "    return x\n")
    assert prove(src, use_cache=False).status == "proved"


def test_a_generator_sum_has_its_elements_dimension():
    good = ("from oracle import U\n"
            "def p(ms: U['kg'], vs: U['m/s']) -> U['kg*m/s']:\n"
            "    return sum(m * v for m, v in zip(ms, vs))\n")
    assert prove(good, use_cache=False).status == "proved"
    single = ("from oracle import U\n"
              "def e(vs: U['m/s'], m: U['kg']) -> U['J']:\n"
              "    return sum(m * v for v in vs)\n")  # momentum, not energy
    r = prove(single, use_cache=False)
    assert r.status == "refuted" and r.findings[0].where.line == 3


def test_type_aliases_and_aliased_imports_are_annotations():
    src = ("from typing import Annotated as A\n"
           "Length = A[float, 'm']\n"
           "Time = A[float, 's']\n"
           "def f(x: Length, t: Time) -> Length:\n"
           "    return x + t\n")
    assert where(prove(src, use_cache=False)) == [(5, 12, "adds a time [s] to a length [m]")]


def test_chained_assignment_binds_every_name():
    src = HEAD + ("def f(x: U[float, 'm'], t: U[float, 's']):\n"
                  "    a = b = x\n"
                  "    return b + t\n")
    assert where(prove(src, use_cache=False)) == [(5, 12, "adds a time [s] to a length [m]")]


def test_the_other_constructs_parse_and_prove():
    src = HEAD + '''
def helper(x: U[float, "m"], y: U[float, "m"]) -> U[float, "m"]:
    return x + y

def everything(x: U[float, "m"], y: U[float, "m"], *args, **kw) -> U[float, "m"]:
    scale = lambda q, k=2: q * k
    d = {"x": x, **kw}
    s = {x, y}
    first, *rest = (x, y, x)
    (p, q), r = (x, y), x
    if (n := x + y) > y:
        pass
    helper(*args)
    helper(**kw)
    helper(x, **kw)
    table = {k: v for k, v in d.items()}
    computed = [scale][0](x)
    match n:
        case 0 if y > x:
            pass
        case _:
            pass
    return n
'''
    r = prove(src, use_cache=False)
    assert r.status == "proved", r.to_text()
    g = parse(src)
    kinds = {n.kind for n in g.nodes}
    assert {"comp", "compfor", "lambda", "walrus"} <= kinds


def test_walrus_binds_in_the_enclosing_scope():
    src = HEAD + ("def f(x: U[float, 'm'], t: U[float, 's']):\n"
                  "    if (n := x * 2) > x:\n"
                  "        return n + t\n")
    assert where(prove(src, use_cache=False)) == [(5, 16, "adds a time [s] to a length [m]")]


def test_arrays_made_like_another_keep_its_shape():
    src = ("import numpy as np\nfrom jaxtyping import Float\n"
           "def f(a: Float[np.ndarray, 'rows n']):\n"
           "    h = np.empty_like(a)\n"
           "    flat = np.ravel(h)\n"
           "    return h.reshape(rows, n), flat.reshape(rows * n)\n")
    assert prove(src, use_cache=False).status == "proved"


ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("package", ["psg", "proofs", "zipper", "hypergraph", "oracle", "spiking", "kernels",
                                     "benchmarks", "tests"])
def test_the_projects_own_code_is_read_and_proved(package):
    """Real code, not written for the checker: every construct in it is understood and
    nothing is refuted (it runs, and its arithmetic is unit-consistent)."""
    files = [p for p in sorted((ROOT / package).rglob("*.py")) if "prove_corpus" not in p.parts]  # planted errors
    r = prove(files)
    assert r.status in ("proved", "unchecked") and not r.problems, r.to_text()


# -- a comprehension and the loop it abbreviates are proved alike -------------------------
from hypothesis import given, settings, strategies as st  # noqa: E402

UNITS = {"x": "m", "t": "s", "m": "kg", "v": "m/s"}


@st.composite
def expressions(draw, depth=3):
    """Unit-annotated arithmetic over the loop variable ``e`` (a length) and the
    parameters, mistakes included."""
    if depth == 0 or draw(st.booleans()):
        return draw(st.sampled_from(["e", "x", "t", "m", "v", "2.0"]))
    op = draw(st.sampled_from(["+", "-", "*", "/"]))
    return f"({draw(expressions(depth - 1))} {op} {draw(expressions(depth - 1))})"


@settings(max_examples=60, deadline=None)
@given(expressions(), st.sampled_from(["list", "gen", "set"]), st.booleans())
def test_a_comprehension_is_proved_like_its_loop(elt, kind, with_condition):
    params = ", ".join(f"{k}: U['{u}']" for k, u in UNITS.items())
    cond = f" if {elt} > {elt}" if with_condition else ""
    open_, close = {"list": ("[", "]"), "gen": ("sum(", ")"), "set": ("{", "}")}[kind]
    comp = (f"from oracle import U\ndef f(es: U['m'], {params}):\n"
            f"    return {open_}{elt} for e in es{cond}{close}\n")
    body = f"        if {elt} > {elt}:\n            out = {elt}\n" if with_condition else f"        out = {elt}\n"
    loop = f"from oracle import U\ndef f(es: U['m'], {params}):\n    for e in es:\n{body}"
    a, b = prove(comp, use_cache=False), prove(loop, use_cache=False)
    assert {f.sentence for f in a.findings} == {f.sentence for f in b.findings}
    assert a.status == b.status


# -- no refutation from a size the code only computes at run time ------------------------
@pytest.mark.parametrize("src", [
    # reshape to a shape held in a variable (a tuple, not one size)
    "import numpy as np\ndef f(sh):\n    n = np.prod(sh)\n    a = np.empty(n)\n    return a.reshape(sh)\n",
    # a size named inside an unannotated callee is not the caller's size
    "import numpy as np\ndef g(k):\n    return np.ones((k, 1))\n\ndef f(m):\n    return np.ones((m, 3)) @ g(m)\n",
    # a name rebound to an array of another shape
    "import numpy as np\ndef f():\n    q = np.zeros((2, 3))\n    q = np.zeros((6, 2, 3))\n    return q.reshape((3, 2, 2, 3))\n",
    # sizes read from an array at run time (M may equal k)
    "import numpy as np\ndef f(a, k):\n    M = a.shape[0]\n    b = np.zeros((M, 3))\n    return b.reshape(k, 3)\n",
    # sizes passed in as plain parameters (M may equal N), not annotation size symbols
    "import numpy as np\ndef f(M, N):\n    return np.zeros((M, N)) + np.zeros((N, 1))\n",
])
def test_shapes_known_only_at_run_time_are_never_refuted(src):
    assert prove(src, use_cache=False).status in ("proved", "unchecked")


def test_the_transpose_of_a_literal_array_reverses_its_shape():
    src = "import numpy as np\ndef f():\n    a = np.zeros((2, 3))\n    return a.T + np.zeros((%s))\n"
    assert prove(src % "3, 2", use_cache=False).status in ("proved", "unchecked")
    bad = prove(src % "2, 3", use_cache=False)
    assert bad.status == "refuted" and {f.where.line for f in bad.findings} == {4}


def test_annotated_shapes_are_still_checked_through_a_call():
    src = ("import numpy as np\nfrom jaxtyping import Float\n"
           "def layer(w: Float[np.ndarray, 'hidden dim'], x: Float[np.ndarray, 'dim']) -> Float[np.ndarray, 'hidden']:\n"
           "    return w @ x\n\n"
           "def model(w: Float[np.ndarray, 'out hid'], x: Float[np.ndarray, 'inp']):\n"
           "    return layer(w, x)\n")
    r = prove(src, use_cache=False)
    assert r.status == "refuted" and {f.where.line for f in r.findings} == {7}
