"""Fuzzing in the suite: generated inputs for every parser and entry point must be
accepted or refused cleanly (a ValueError subclass naming what and where; exit code 2 at
the command line), never an uncaught exception, a crash or a hang.

The inputs are those of ``benchmarks/fuzz.py`` (``benchmarks/_fuzz_inputs.py``), driven by
hypothesis seeds, plus hypothesis's own text for the parsers. CI runs the small profile
``fuzz-ci``; the long one is run by hand::

    ORACLE_FUZZ_PROFILE=fuzz-long .venv/bin/python -m pytest tests/fuzz -q

(``benchmarks/fuzz.py`` tries about 12,000 inputs, each target in its own process.)
A failure prints the seed: ``_fuzz_inputs.case(target, seed)`` gives the input again.
"""
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

ROOT = Path(__file__).resolve().parents[2]
from fuzz_helpers import fuzz_inputs  # noqa: E402

F = fuzz_inputs()

settings.register_profile("fuzz-ci", max_examples=25, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("fuzz-long", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
FUZZ = settings.get_profile(os.environ.get("ORACLE_FUZZ_PROFILE", "fuzz-ci"))
SCRATCH = Path(tempfile.mkdtemp(prefix="oracle-fuzz-"))
seeds = st.integers(0, 2**31 - 1)


def clean(target: str, inp) -> None:
    outcome, detail = F.attempt(target, inp, SCRATCH)
    assert outcome in ("ok", "clean"), f"{target}: {detail}\ninput: {inp!r:.500}"


@FUZZ
@given(st.one_of(st.text(max_size=80), seeds.map(lambda s: F.case("units", s))))
def test_unit_strings(text):
    clean("units", text)


@FUZZ
@given(st.one_of(st.text(max_size=80), seeds.map(lambda s: F.case("values", s))))
def test_given_values(text):
    clean("values", text)


@FUZZ
@given(st.one_of(st.text(alphabet=st.sampled_from("def f(x):\n return+*-/.[]{}U'm'=0123456789 ,lambda#@\\\""),
                         max_size=120), seeds.map(lambda s: F.case("sources", s))))
def test_python_sources(text):
    clean("sources", text)


@FUZZ
@given(seeds)
def test_formulas(seed):
    clean("formulas", F.case("formulas", seed))


@FUZZ
@given(seeds)
def test_turtle_and_json(seed):
    clean("turtle", F.case("turtle", seed))
    clean("json", F.case("json", seed))


@FUZZ
@given(seeds)
def test_queries(seed):
    clean("queries", F.case("queries", seed))


@FUZZ
@given(seeds)
def test_command_lines(seed):
    clean("cli", F.case("cli", seed, SCRATCH))


@settings(FUZZ, max_examples=max(2, FUZZ.max_examples // 10))
@given(st.lists(seeds, min_size=15, max_size=15))
def test_circuit_files_in_a_subprocess(batch):
    """Each file is loaded, run and decoded in a child process: a kernel reading out of
    bounds kills the child, and fails this test, rather than the whole run."""
    code = textwrap.dedent(f"""
        import importlib.util, sys
        spec = importlib.util.spec_from_file_location("_fuzz_inputs", {str(ROOT / 'benchmarks' / '_fuzz_inputs.py')!r})
        F = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(F)
        from pathlib import Path
        for seed in map(int, sys.argv[1:]):
            outcome, detail = F.attempt("circuits", F.case("circuits", seed), Path({str(SCRATCH)!r}))
            print(seed, outcome, detail[:200].replace("\\n", " "), flush=True)
    """)
    out = subprocess.run([sys.executable, "-I", "-c", code, *map(str, batch)], capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 0, f"the child died (exit {out.returncode}) after: {out.stdout[-500:]}"
    bad = [line for line in out.stdout.splitlines() if line.split()[1] not in ("ok", "clean")]
    assert len(out.stdout.splitlines()) == len(batch) and not bad, bad
