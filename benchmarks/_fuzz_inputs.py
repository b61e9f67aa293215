"""Fuzz inputs for every parser and entry point, and how one input is tried.

Shared by ``benchmarks/fuzz.py`` (thousands of inputs, each target in its own worker
process so that a crash is counted, not fatal) and ``tests/fuzz`` (hypothesis drives the
seeds). Every generator is a pure function of a ``random.Random``: the same seed gives
the same input, so a failure is reproduced with ``case(target, seed)``.

An input's outcome is ``ok`` (accepted), ``clean`` (refused with the target's documented
error: a ``ValueError`` subclass naming what and where, or the CLI's exit code 2), or
``uncaught`` (any other exception, or the CLI's exit code 70).
"""
from __future__ import annotations

import io
import json
import os
import random
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # (never the benchmarks folder: its spiking.py would shadow the package)
    sys.path.insert(0, str(ROOT))

TARGETS = ("units", "values", "sources", "formulas", "turtle", "json", "circuits", "queries", "cli")

# -- building blocks -------------------------------------------------------------------
UNIT_NAMES = ["m", "kg", "s", "A", "K", "mol", "cd", "N", "J", "W", "Pa", "eV", "km", "h", "ohm", "V", "Hz",
              "L", "g", "ft", "degC", "degF", "dB", "percent", "%", "rad", "sr", "Wb", "T", "µm", "Ω", "Å", "°C",
              "light-year", "AU", "kWh", "mmHg", "atm", "bar", "c", "furlongz", "parsec", "dimensionless", "1"]
ODD = ["", " ", "(", ")", "**", "^", "*", "/", "-", "+", ".", "e", "E", "²", "⁻", "¹", "·", "×", "‰", "'", '"',
       "\\", "\n", "\t", "\x00", "\ufeff", "{", "}", "[", "]", "#", ",", ";", "_", "inf", "nan", "9**9**99",
       "1e400", "10**400", "(1/2003)", "0.0001", "-0", "0x10", "\u202e", "\U0001F600"]
NUMBERS = ["0", "1", "2", "-5", "3.5", "1e3", "1.5e-3", "6.02e23", "1e400", "1e-400", "10**400", "2*10**3",
           ".5", "5.", "-0", "1/2", "1/0", "9**9**99", "nan", "inf", "0x1F", "1_000", "٣"]


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def mutate(rng: random.Random, text: str, n: int | None = None) -> str:
    """Random edits: delete, duplicate, insert odd pieces, swap, repeat a slice."""
    s = text
    for _ in range(n if n is not None else rng.randint(1, 4)):
        k = rng.randrange(len(s) + 1)
        op = rng.randrange(6)
        if op == 0 and s:
            s = s[:k] + s[k + rng.randint(1, 8):]
        elif op == 1:
            s = s[:k] + _pick(rng, ODD) + s[k:]
        elif op == 2 and s:
            j = rng.randrange(len(s))
            s = s[:k] + s[j:j + rng.randint(1, 12)] + s[k:]
        elif op == 3 and len(s) > 2:
            a, b = sorted(rng.sample(range(len(s)), 2))
            s = s[:a] + s[b] + s[a + 1:b] + s[a] + s[b + 1:]
        elif op == 4 and s:
            j = rng.randrange(len(s))
            s = s[:j] + s[j:j + rng.randint(1, 6)] * rng.randint(2, 60) + s[j:]
        else:
            s = s[:k] + chr(rng.randrange(0x20, 0x3000)) + s[k:]
    return s


def unit_text(rng: random.Random, depth: int = 0) -> str:
    """A unit expression: mostly well formed, sometimes pathological."""
    r = rng.random()
    if r < 0.08:
        return _pick(rng, ODD) * rng.randint(1, 300)
    if r < 0.15:
        return rng.choice(["(" * rng.randint(5, 40) + "m" + ")" * rng.randint(5, 40), "m*" * rng.randint(30, 120) + "m",
                           "m**" + _pick(rng, NUMBERS), "%" * rng.randint(50, 400), "m^(" + str(rng.randint(1, 9)) + "/"
                           + str(rng.randint(-5, 3000)) + ")", "m**" + "9**" * rng.randint(1, 4) + "9"])
    parts = []
    for k in range(rng.randint(1, 4)):
        name = _pick(rng, UNIT_NAMES) if depth > 2 or rng.random() < 0.85 else "(" + unit_text(rng, depth + 1) + ")"
        if rng.random() < 0.3:
            name += rng.choice(["**", "^"]) + rng.choice(["2", "-1", "0.5", "(1/3)", "3", "-2", "(2/3)", "1.5", "64", "65"])
        parts.append(("" if k == 0 else rng.choice(["*", "/", " ", "·", " per "])) + name)
    s = "".join(parts)
    return mutate(rng, s, rng.randint(1, 3)) if rng.random() < 0.3 else s


def value_text(rng: random.Random) -> str:
    s = f"{_pick(rng, NUMBERS)} {unit_text(rng)}"
    return mutate(rng, s, 1) if rng.random() < 0.2 else s


def _examples() -> list[str]:
    folder = ROOT / "datasets"
    files = sorted((folder / "examples").glob("*.py")) + sorted((folder / "physics").glob("*.py"))[:4]
    return [f.read_text(encoding="utf-8") for f in files]


_CORPUS: list[str] = []

SNIPPETS = [
    "def f(x: U['m'], t: U['s']) -> U['m/s']:\n    return x / t\n",
    "def g(x):\n    return x ** 0.5 + x\n",
    "import numpy as np\ndef h(a: Float[ndarray, 'b n'], w: Float[ndarray, 'n k']):\n    return a @ w\n",
    "from typing import Annotated as A\nL = A[float, 'm']\ndef k(x: L) -> L:\n    return [y for y in (x, x)][0]\n",
    "@law(output='E_k', assumes=('m > 0',))\ndef law1(m: U['kg'], v: U['m/s']) -> U['J']:\n    return 0.5*m*v**2\n",
    "class C:\n    def m(self, x: U['m']):\n        return x * 2\n",
    "match x:\n    case [a, *b]:\n        y = a\n",
    "f = lambda x, y=2: x ** y\n",
    "async def a(x):\n    return await x\n",
]


def source_text(rng: random.Random) -> str:
    """Python source: snippets, mutated real files, deep nesting, odd literals."""
    global _CORPUS
    if not _CORPUS:
        _CORPUS = _examples()
    r = rng.random()
    if r < 0.35:
        base = _pick(rng, SNIPPETS)
        unit = unit_text(rng)
        return mutate(rng, base.replace("'m'", repr(unit)), rng.randint(0, 3))
    if r < 0.6:
        text = _pick(rng, _CORPUS)
        k = rng.randrange(max(1, len(text) - 2000))
        return mutate(rng, text[k:k + rng.randint(200, 2000)], rng.randint(1, 6))
    if r < 0.75:
        n = rng.choice([10, 100, 300, 600, 1200, 3000])
        op = rng.choice([" + ", " * ", " ** ", " - ", " / ", " @ ", " if c else "])
        inner = op.join(["x"] * n)
        return rng.choice([f"def f(x: U['m']):\n    return {inner}\n", f"y = {'(' * n}1{')' * n}\n",
                           f"def f(a):\n    return a{'.b' * n}\n", f"z = {'-' * n}1\n", f"w = {'[' * n}{']' * n}\n",
                           f"v = {'f(' * n}{')' * n}\n", f"l = {'lambda: ' * n}1\n"])
    if r < 0.87:
        return rng.choice([
            f"x = 1{'0' * rng.randint(300, 5000)}\n", f"x = 0x{'f' * rng.randint(100, 6000)}\n",
            f"def f(x: U['m']):\n    return x ** {_pick(rng, NUMBERS)}\n",
            f"@law(output={rng.choice(['{[1]: 2}', '[1, 2]', 'x', '1/0', 'set()', repr(unit_text(rng))])})\n"
            "def f(x):\n    return x\n",
            f"def f(x: U[{unit_text(rng)!r}], y: U[{unit_text(rng)!r}]):\n    return x + y\n",
            "def f(x: Float[ndarray, " + repr(" ".join(rng.choice(["a", "b", "1", "*c", "...", "#d", "0", "-1", "n"])
                                                   for _ in range(rng.randint(0, 6)))) + "]):\n    return x\n",
        ])
    tokens = ["def", "f", "(", ")", ":", "\n", "    ", "return", "x", "+", "U['m']", "=", "**", "0.0001", "lambda",
              "[", "]", "for", "in", "if", "else", "import", "numpy", "as", "np", ".", "class", "@", "law", ",",
              "yield", "await", "async", "with", "try", "except", "match", "case", "*", "'", '"""', "#", "\\"]
    return "".join(_pick(rng, tokens) + rng.choice(["", " "]) for _ in range(rng.randint(1, 80)))


def formula_text(rng: random.Random) -> str:
    atoms = ["x", "y", "m", "v", "2", "0.5", "pi", "G", "1e308", "0", "-1"]
    funcs = ["sqrt", "exp", "log", "sin", "cos", "atan2", "abs", "eval", "__import__", "open", "os.system"]
    def expr(d):
        r = rng.random()
        if d > 5 or r < 0.3:
            return _pick(rng, atoms)
        if r < 0.7:
            return f"({expr(d + 1)} {rng.choice(['+', '-', '*', '/', '**', '%', '//', '@', '<', 'and'])} {expr(d + 1)})"
        f = _pick(rng, funcs)
        return f"{f}({expr(d + 1)}{', ' + expr(d + 1) if f == 'atan2' else ''})"
    s = expr(0)
    if rng.random() < 0.2:
        s = rng.choice(["x" + "**x" * rng.randint(50, 3000), "(" * 300 + "x" + ")" * 300, "lambda: 1", "[x for x in y]",
                        "x.__class__", "'a' * 10**9", "f'{x}'", "x if y else z", "x; import os"])
    return mutate(rng, s, rng.randint(1, 3)) if rng.random() < 0.3 else s


# -- a tiny knowledge base for the RDF and JSON views ----------------------------------
TINY_QUANTITIES = '''
from oracle.laws import quantity
m = quantity("kg", "mass", kind="mass")
v = quantity("m/s", "speed", kind="speed")
E_k = quantity("J", "kinetic energy", kind="energy")
'''
TINY_LAWS = '''
from oracle.laws import U, law
@law(output="E_k", assumes=("m > 0", "v > 0"))
def kinetic_energy(m: U["kg"], v: U["m/s"]) -> U["J"]:
    """Kinetic energy."""
    return 0.5 * m * v**2
'''
_TINY: dict[str, str] = {}


def _tiny_views() -> dict[str, str]:
    if not _TINY:
        from hypergraph import rdf
        from hypergraph.build import build
        from psg import parse_sources

        kg = build(parse_sources([("quantities.py", TINY_QUANTITIES), ("mech.py", TINY_LAWS)]))
        _TINY["turtle"] = rdf.to_turtle(kg, qudt=False)
        _TINY["json"] = rdf.to_json(kg)
    return _TINY


def turtle_text(rng: random.Random) -> str:
    base = _tiny_views()["turtle"]
    if rng.random() < 0.1:
        return rng.choice(["", "@prefix : <x> .", "<a> <b> " + "(" * 2000 + ")" * 2000 + " .", "\x00" * 100])
    return mutate(rng, base, rng.randint(1, 8))


def json_text(rng: random.Random) -> str:
    base = _tiny_views()["json"]
    if rng.random() < 0.1:
        return rng.choice(["[" * 100_000 + "]" * 100_000, "{}", "null", '{"quantities": 1}', "1e999999"])
    if rng.random() < 0.5:  # structured edits: a value replaced by another type or an odd value
        doc = json.loads(base)
        odd = [None, 1e308, -1, "", [], {}, "x" * 1000, 2**70, True, "m**(1/2003)", "9**9**99"]
        for _ in range(rng.randint(1, 3)):
            node = doc
            for _ in range(rng.randint(1, 4)):
                if isinstance(node, dict) and node:
                    k = _pick(rng, sorted(node))
                    if not isinstance(node[k], (dict, list)) or rng.random() < 0.3:
                        node[k] = _pick(rng, odd)
                        break
                    node = node[k]
                elif isinstance(node, list) and node:
                    j = rng.randrange(len(node))
                    if not isinstance(node[j], (dict, list)) or rng.random() < 0.3:
                        node[j] = _pick(rng, odd)
                        break
                    node = node[j]
        return json.dumps(doc)
    return mutate(rng, base, rng.randint(1, 6))


# -- circuit files -----------------------------------------------------------------------
_CIRCUIT: dict[str, dict] = {}


def _valid_circuit() -> dict:
    if not _CIRCUIT:
        import numpy as np

        import spiking
        from hypergraph.incidence import Incidence

        inc = Incidence.from_edges(5, [((0, 1), 2, 1), ((2,), 3, 2), ((0,), 3, 40), ((), 4, 1), ((3, 4), 1, 3)])
        buf = io.BytesIO()
        spiking.save(spiking.compile(inc, [0, 1]), buf)
        with np.load(io.BytesIO(buf.getvalue()), allow_pickle=False) as z:
            _CIRCUIT.update({k: z[k] for k in z.files})
    return _CIRCUIT


def circuit_bytes(rng: random.Random) -> bytes:
    """A circuit file (.npz bytes): a valid one with arrays or the description edited."""
    import numpy as np

    arrays = dict(_valid_circuit())
    r = rng.random()
    if r < 0.1:
        buf = io.BytesIO()
        np.savez_compressed(buf, **arrays)
        data = bytearray(buf.getvalue())
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    keys = [k for k in arrays if k != "meta.json"]
    for _ in range(rng.randint(1, 4)):
        k = _pick(rng, keys)
        a = arrays[k]
        op = rng.randrange(7)
        if op == 0:
            arrays[k] = a[: rng.randrange(len(a) + 1)]
        elif op == 1 and len(a):
            b = a.copy()
            b[rng.randrange(len(b))] = rng.choice([-1, 2**31, -2**62, 10**6, 63, 64, 255, 256, len(a)])
            arrays[k] = b
        elif op == 2:
            arrays[k] = a.astype(rng.choice(["float64", "int8", "uint64", "bool", "U3"]))
        elif op == 3:
            arrays[k] = np.concatenate([a, a])
        elif op == 4:
            arrays[k] = a.reshape(1, -1) if len(a) else np.zeros((0, 2), np.int64)
        elif op == 5:
            arrays.pop(k)
            keys.remove(k)
            if not keys:
                break
        else:
            arrays[k] = np.full(rng.randint(0, 50), rng.randint(-2**40, 2**40), np.int64)
    if rng.random() < 0.6:
        meta = json.loads(str(arrays["meta.json"]))
        odd = [-1, 0, 2**31, 2**63, 1.5, "2", None, [], {}, True, "x" * 300, 10**6]
        for _ in range(rng.randint(1, 3)):
            where = rng.choice(["populations", "sources", "connections", "query", "top"])
            if where == "top":
                meta[rng.choice(["format", "version", "populations", "query"])] = _pick(rng, odd)
            elif where == "query" and isinstance(meta.get("query"), dict) and meta["query"]:
                meta["query"][_pick(rng, sorted(meta["query"]))] = _pick(rng, odd)
            elif isinstance(meta.get(where), list) and meta[where]:
                item = _pick(rng, meta[where])
                if isinstance(item, dict) and item:
                    item[_pick(rng, sorted(item))] = _pick(rng, odd)
        arrays["meta.json"] = np.array(json.dumps(meta))
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)
    return buf.getvalue()


# -- queries and the command line -----------------------------------------------------
QUANTITY_WORDS = ["mass", "speed", "height", "kinetic energy", "E_k", "wavelength", "photon energy", "temperature",
                  "temperature change", "voltage", "current", "resistance", "momentum", "force", "distance", "KE",
                  "sped", "", " ", "mass\n", "m" * 300, "g", "frequency", "energy", "pressure", "volume"]


def query_case(rng: random.Random) -> tuple[dict, str, str | None, str]:
    given = {}
    for _ in range(rng.randint(0, 4)):
        given[_pick(rng, QUANTITY_WORDS)] = value_text(rng) if rng.random() < 0.8 else rng.choice(
            [2.0, -1, float("nan"), 1e308, "", None, [1], True])
    unit = rng.choice([None, None, unit_text(rng), "J", "eV", "dB"])
    return given, _pick(rng, QUANTITY_WORDS), unit, rng.choice(["closure", "spiking", "closure", "nest"])


def cli_args(rng: random.Random, scratch: Path) -> list[str]:
    cmd = rng.choice(["prove", "query", "kb", "spike", "bench", "nope", ""])
    if cmd == "prove":
        path = scratch / f"p{rng.randrange(10**9)}.py"
        path.write_text(source_text(rng), encoding="utf-8", errors="surrogatepass")
        options = [["--json"], ["--markdown"], ["-v"], ["--timeout-ms", "0"], ["--timeout-ms", "200"],
                   ["--smt2", str(scratch / "smt")], ["--html", str(scratch / "r.html")]]
        return ["prove", str(path)] + [x for o in rng.sample(options, rng.randint(0, 2)) for x in o]
    if cmd == "query":
        given, find, unit, engine = query_case(rng)
        args = ["query", find] + [x for k, v in given.items() for x in ("--given", f"{k}={v}")]
        args += (["--unit", unit] if unit else []) + rng.choice([[], ["--engine", engine if engine != "nest" else "x"],
                                                                 ["--json"]])
        return args + ["--no-learn"]  # fuzzing never writes the user's learned store
    if cmd == "kb":
        # (not "export": it writes the whole knowledge base, the same for every input, in seconds)
        return ["kb", rng.choice(["list", "show", "search", "drop"]),
                rng.choice(["", "kinetic energy", "mechanics.kinetic_energy", "x" * 200, _pick(rng, QUANTITY_WORDS)])]
    if cmd == "spike":
        path = scratch / f"c{rng.randrange(10**9)}.npz"
        path.write_bytes(circuit_bytes(rng))
        return ["spike", "--circuit", str(path), "--out", str(scratch / "spike")] + rng.choice(
            [[], ["--steps", str(rng.choice([0, 1, 50, -3, 2**41]))], ["--backend", "nest"]])
    if cmd == "bench":  # never a real benchmark's name: each would run for a minute
        return ["bench", rng.choice(["fuzzz", "", "-x", "../etc/passwd"])]
    return [cmd] + [_pick(rng, ODD) for _ in range(rng.randint(0, 3))]


# -- trying one input ------------------------------------------------------------------
def case(target: str, seed: int, scratch: Path | None = None):
    """The input of ``target`` for ``seed`` (for reproducing a failure)."""
    rng = random.Random(f"{target}:{seed}")
    if target == "units":
        return unit_text(rng)
    if target == "values":
        return value_text(rng)
    if target == "sources":
        return source_text(rng)
    if target == "formulas":
        return formula_text(rng)
    if target == "turtle":
        return turtle_text(rng)
    if target == "json":
        return json_text(rng)
    if target == "circuits":
        return circuit_bytes(rng)
    if target == "queries":
        return query_case(rng)
    if target == "cli":
        return cli_args(rng, scratch or Path(tempfile.mkdtemp(prefix="fuzz-cli-")))
    raise ValueError(f"unknown fuzz target {target!r}; choose from {', '.join(TARGETS)}")


def attempt(target: str, inp, scratch: Path) -> tuple[str, str]:
    """Try one input: ``(outcome, detail)`` with outcome ``ok``, ``clean`` or ``uncaught``."""
    try:
        _try(target, inp, scratch)
        return "ok", ""
    except _Clean as err:
        return "clean", str(err)[:160]
    except ValueError as err:  # every documented input error is a ValueError subclass
        return "clean", f"{type(err).__name__}: {str(err)[:160]}"
    except Exception as err:  # noqa: BLE001 - what the fuzzer is looking for
        return "uncaught", f"{type(err).__name__}: {str(err)[:300]}"


class _Clean(Exception):
    """A refusal that is clean though not a ValueError (the CLI's exit code 2)."""


def _try(target: str, inp, scratch: Path) -> None:
    if target == "units":
        from psg.units import parse_unit

        parse_unit(inp)
    elif target == "values":
        from psg.units import parse_value

        parse_value(inp)
    elif target == "sources":
        from proofs import prove_psg
        from psg import parse_sources

        prove_psg(parse_sources([("<fuzz>.py", inp)]), timeout_ms=300, use_cache=False)  # text, never a path
    elif target == "formulas":
        from hypergraph.symbolic import compile_numeric, formula

        expr = formula(inp)
        try:
            compile_numeric(expr)({s.name: 1.5 for s in expr.free_symbols})
        except (ArithmeticError, KeyError):  # a formula that cannot be evaluated there: not a parser fault
            pass
    elif target == "turtle":
        from hypergraph import rdf

        rdf.from_turtle(inp)
    elif target == "json":
        from hypergraph import rdf

        rdf.from_json(inp)
    elif target == "circuits":
        import spiking

        path = scratch / "fuzz.npz"
        path.write_bytes(inp)
        c = spiking.load(path)
        steps = spiking.horizon(c) if c.query is not None else 64
        r = spiking.run(c, backend="numba", max_steps=min(steps, 10_000))
        if c.query is not None:
            spiking.decode(c, r)
    elif target == "queries":
        import oracle

        given, find, unit, engine = inp
        oracle.query(given, find, unit=unit, engine=engine, learn=False)
    elif target == "cli":
        import contextlib

        from oracle.cli import main

        out, err = io.StringIO(), io.StringIO()
        try:  # in the scratch folder: whatever an odd argument names is written there
            with contextlib.chdir(scratch), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(inp)
        except SystemExit as exit_:  # argparse: bad arguments
            code = exit_.code
        if code == 70 or "Traceback" in err.getvalue():
            raise RuntimeError(f"exit {code}: {err.getvalue().strip()[-300:]}")
        if code == 2:
            raise _Clean(err.getvalue().strip()[-160:])
    else:
        raise ValueError(f"unknown fuzz target {target!r}")


def warm(target: str) -> None:
    """Load what a target needs once, so that an input's time is its own."""
    scratch = Path(tempfile.mkdtemp(prefix="fuzz-warm-"))
    if target in ("units", "values"):
        attempt("values", "2 m/s", scratch)
    if target in ("turtle", "json"):
        _tiny_views()
    if target == "formulas":
        attempt("formulas", "sqrt(2*x)/y", scratch)
    if target in ("circuits", "cli"):
        import numpy as np

        buf = io.BytesIO()
        np.savez_compressed(buf, **_valid_circuit())
        attempt("circuits", buf.getvalue(), scratch)  # loads the numba kernels
    if target in ("queries", "cli"):
        attempt("queries", ({"mass": "2 kg", "speed": "3 m/s"}, "kinetic energy", None, "spiking"), scratch)
    if target == "sources":
        attempt("sources", SNIPPETS[0], scratch)


def worker(target: str, start: int, count: int) -> None:
    """Try inputs ``start..start+count-1`` of ``target``; one JSON line each on stdout,
    preceded by a ``begin`` line (so the caller knows which input a crash or hang hit)."""
    import time

    os.environ.setdefault("MPLBACKEND", "Agg")
    scratch = Path(tempfile.mkdtemp(prefix=f"fuzz-{target}-"))
    warm(target)
    print(json.dumps({"ready": True}), flush=True)
    for i in range(start, start + count):
        print(json.dumps({"begin": i}), flush=True)
        inp = case(target, i, scratch)
        t0 = time.perf_counter()
        outcome, detail = attempt(target, inp, scratch)
        seconds = time.perf_counter() - t0
        print(json.dumps({"i": i, "outcome": outcome, "s": seconds, "detail": detail}), flush=True)


if __name__ == "__main__":
    worker(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
