"""cvc5 re-checks the SMT-LIB2 export of every obligation and agrees with Z3.

For each program of ``proof_programs.PROGRAMS``: every script that ``proofs.smtlib`` writes
is parsed by cvc5's own SMT-LIB parser and solved (time-bounded, ``tlimit-per``); its
answer must be the one Z3 gave (proved <=> unsat for a single obligation; a function's
dimension system sat <=> no conflict; each smallest conflicting set unsat, and sat once
any member is dropped). Z3 re-reads the same text and must agree as well.
"""
from fractions import Fraction

import pytest
from hypothesis import given, settings, strategies as st

from proof_programs import PROGRAMS, report
from proofs.obligations import Obligation
from proofs.smtlib import BASES, SymbolicObligationError, _real, obligation_smt2, scripts, system_smt2
from proofs.solve import _check_shape
from proofs.terms import DimTerm
from psg.graph import Span
from psg.units import Dimension

cvc5 = pytest.importorskip("cvc5", reason="cvc5 (PyPI package cvc5) is not installed")
z3 = pytest.importorskip("z3")

TLIMIT_MS = 10_000
SPAN = Span("t.py", 1, 1, 1, 2)


def cvc5_answer(text: str, name: str = "script") -> str:
    """cvc5's answer to the script's (check-sat); an error in the script fails the test."""
    return cvc5_run(text, name)[0]


def cvc5_run(text: str, name: str = "script") -> tuple[str, dict]:
    """cvc5's answer, and on ``sat`` the model's value of every declared constant (name -> value)."""
    tm = cvc5.TermManager()
    solver = cvc5.Solver(tm)
    solver.setOption("tlimit-per", str(TLIMIT_MS))
    solver.setOption("produce-models", "true")
    sm = cvc5.SymbolManager(tm)
    parser = cvc5.InputParser(solver, sm)
    parser.setStringInput(cvc5.InputLanguage.SMT_LIB_2_6, text, name)
    answers, errors = [], []
    while True:
        cmd = parser.nextCommand()
        if cmd.isNull():
            break
        out = cmd.invoke(solver, sm)
        if out.startswith("(error"):
            errors.append(out.strip())  # cvc5 also says so when the answer contradicts :status
        if cmd.getCommandName() == "check-sat":
            answers.append(out.strip())
    assert not errors, f"{name}: cvc5 reported {errors}"
    assert len(answers) == 1, f"{name}: expected one (check-sat), got {answers}"
    model = {}
    if answers[0] == "sat":
        for t in sm.getDeclaredTerms():
            v = solver.getValue(t)
            model[str(t)] = v.getRealValue() if v.isRealValue() else v.getIntegerValue() if v.isIntegerValue() else v
    return answers[0], model


def z3_answer(text: str) -> str:
    s = z3.Solver()
    s.set("timeout", TLIMIT_MS)
    s.from_string(text)
    return str(s.check())


def program_report(name):
    r = report(name)
    if r is None:
        pytest.skip(f"{name}: its reference data is not available on this machine")
    return r


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_cvc5_and_z3_agree_with_the_report_on_every_script(name):
    r = program_report(name)
    ss = scripts(r)
    assert len({s.name for s in ss}) == len(ss), "script names must be unique"
    for s in ss:
        assert f"(set-info :status {s.expect})" in s.text
        if s.expect == "unknown":
            continue  # Z3 timed out: nothing to agree with
        assert cvc5_answer(s.text, s.name) == s.expect, f"{name} {s.name}: cvc5 disagrees with Z3\n{s.text}"
        assert z3_answer(s.text) == s.expect, f"{name} {s.name}: Z3 reading the export disagrees with its verdict"


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_every_obligation_is_covered_by_a_script(name):
    r = program_report(name)
    covered = {o.id for s in scripts(r) if s.what in ("obligation", "system") for o in s.obligations}
    assert covered == {o.id for fr in r.results for o in fr.obligations}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_single_obligation_scripts_match_each_status(name):
    r = program_report(name)
    by_id = {o.id: st for fr in r.results for o, st in zip(fr.obligations, fr.status)}
    for s in scripts(r):
        if s.what == "obligation":
            (o,) = s.obligations
            assert s.expect == {"proved": "unsat", "refuted": "sat", "unknown": "unknown"}[by_id[o.id]]


def test_conflicting_sets_are_smallest_in_cvc5_too():
    r = program_report("inline/shapes_and_systems")
    conflicts = [s for s in scripts(r) if s.what == "conflict"]
    assert len(conflicts) >= 3  # conflict() once, two_conflicts() twice
    for s in conflicts:
        fr = r.results[s.result]
        ids = [o.id for o in s.obligations]
        assert cvc5_answer(s.text, s.name) == "unsat"
        for drop in ids:
            rest = [i for i in ids if i != drop]
            text = system_smt2(fr, members=rest, status="sat")
            assert cvc5_answer(text, f"{s.name} without o{drop}") == "sat", f"{s.name} is not minimal: o{drop}"


def test_the_whole_system_names_its_core_and_cvc5_returns_one_of_its_conflicts():
    r = program_report("inline/shapes_and_systems")
    fr = r.result("conflict")
    text = system_smt2(fr)
    assert "(get-unsat-core)" in text and ":named o" in text
    tm = cvc5.TermManager()
    solver = cvc5.Solver(tm)
    solver.setOption("tlimit-per", str(TLIMIT_MS))
    sm = cvc5.SymbolManager(tm)
    parser = cvc5.InputParser(solver, sm)
    parser.setStringInput(cvc5.InputLanguage.SMT_LIB_2_6, text, "system")
    outs = []
    while not (cmd := parser.nextCommand()).isNull():
        outs.append(cmd.invoke(solver, sm))
    core = set(outs[-2].replace("(", " ").replace(")", " ").split())
    (finding,) = fr.findings
    assert core == {f"o{o.id}" for o in finding.obligations}


def test_z3_counterexamples_satisfy_the_exported_negation():
    r = program_report("inline/shapes_and_systems")
    checked = 0
    for s in scripts(r):
        fr = r.results[s.result]
        for f in fr.findings:
            if s.what == "obligation" and f.obligations == s.obligations and f.counterexample:
                pins = "\n".join(f"(assert (= n_{k} {v}))" for k, v in f.counterexample)
                text = s.text.replace("(check-sat)", pins + "\n(check-sat)")
                assert cvc5_answer(text, s.name) == "sat", f"{s.name}: Z3's counterexample {f.counterexample}"
                checked += 1
    assert checked >= 2


def test_products_of_size_symbols_use_nonlinear_integer_arithmetic():
    r = program_report("inline/shapes_and_systems")
    logics = {s.obligations[0].function: s.text for s in scripts(r) if s.what == "obligation"}
    assert "(set-logic QF_NIA)" in logics["bad_reshape"]
    assert "(set-logic QF_LIA)" in logics["literal_reshape"]
    assert "(set-logic QF_UF)" in logics["kinds"]


def test_an_obligation_with_unknowns_alone_is_refused_with_a_pointer_to_its_system():
    r = program_report("inline/shapes_and_systems")
    fr = r.result("conflict")
    o = fr.obligations[fr.system[0]]
    with pytest.raises(SymbolicObligationError, match=r"unknown dimensions.*system_smt2"):
        obligation_smt2(o)
    with pytest.raises(ValueError, match="status must be proved, refuted or unknown"):
        obligation_smt2(fr.obligations[1], status="maybe")


def test_system_members_must_belong_to_the_system():
    fr = program_report("inline/shapes_and_systems").result("conflict")
    with pytest.raises(ValueError, match=r"are not dimension obligations with unknowns of 'conflict'"):
        system_smt2(fr, members=[10_000])


exps = st.lists(st.fractions(min_value=-3, max_value=3, max_denominator=3), min_size=7, max_size=7)


@settings(max_examples=25, deadline=None)
@given(exps, exps, st.booleans())
def test_concrete_dimensions_unsat_exactly_when_equal_and_the_exponents_survive(a, b, same):
    left = DimTerm.of(Dimension(tuple(Fraction(x) for x in a)))
    right = left if same else DimTerm.of(Dimension(tuple(Fraction(x) for x in b)))
    o = Obligation(0, "dim", "add", left, right, SPAN, "f")
    answer, model = cvc5_run(obligation_smt2(o))
    assert answer == ("unsat" if left == right else "sat")
    if answer == "sat":  # the model holds the very exponents of both sides
        assert [model[f"left_{base}"] for base in BASES] == list(left.const.exps)
        assert [model[f"right_{base}"] for base in BASES] == list(right.const.exps)


powers = st.fractions(min_value=-3, max_value=3, max_denominator=2).filter(bool)


@settings(max_examples=25, deadline=None)
@given(exps, exps, powers, powers)
def test_a_system_holds_at_its_solution_and_not_beside_it(a, b, p, q):
    """x == A and x^p * y^q == A^p * B^q: satisfied by x = A, y = B; moving y breaks it."""
    A, B = (Dimension(tuple(Fraction(e) for e in v)) for v in (a, b))
    x, y = DimTerm.var(0), DimTerm.var(1)
    obs = [Obligation(0, "dim", "bind", x, DimTerm.of(A), SPAN, "f"),
           Obligation(1, "dim", "return", x ** p * y ** q, DimTerm.of(A ** p * B ** q), SPAN, "f")]
    text = system_smt2(obs, status="sat")

    def pinned(ux, uy, expect):
        pins = [f"(assert (= u{u}_{base} {_real(e)}))" for u, d in ((0, ux), (1, uy)) for base, e in zip(BASES, d.exps)]
        return text.replace("(check-sat)", "\n".join(pins) + "\n(check-sat)").replace(":status sat", f":status {expect}")

    assert cvc5_answer(text) == "sat"
    assert cvc5_answer(pinned(A, B, "sat")) == "sat"
    assert cvc5_answer(pinned(A, B * Dimension.of(L=1), "unsat")) == "unsat"


sizes = st.one_of(st.integers(1, 6), st.sampled_from(["a", "b", "n"]))
products = st.one_of(sizes, st.lists(sizes, min_size=1, max_size=3).map(lambda xs: ("*", *xs)))


def _size_value(s, env):
    if isinstance(s, tuple):
        out = 1
        for x in s[1:]:
            out *= _size_value(x, env)
        return out
    return s if isinstance(s, int) else env[s]


@settings(max_examples=25, deadline=None)
@given(products, products, st.booleans())
def test_size_obligations_cvc5_agrees_with_z3_and_its_model_is_a_counterexample(left, right, broadcast):
    o = Obligation(0, "shape", "broadcast" if broadcast else "reshape", left, right, SPAN, "f", broadcast=broadcast)
    verdict, _ = _check_shape(o, 5000)
    if verdict == "unknown":
        return
    answer, model = cvc5_run(obligation_smt2(o, status=verdict))
    assert answer == {"proved": "unsat", "refuted": "sat"}[verdict]
    if answer == "sat":  # evaluate the obligation in Python at cvc5's sizes: it must fail there
        env = {k[2:]: v for k, v in model.items()}
        assert all(v >= 1 for v in env.values())
        a, b = _size_value(left, env), _size_value(right, env)
        assert not (a == b or (broadcast and 1 in (a, b)))
