"""SMT-LIB2 export of proof obligations, so that another solver (cvc5, the z3 CLI) can re-check them.

One script per question, each declaring what Z3 answered with ``(set-info :status ...)``:

* an obligation decided on its own (concrete dimensions, kinds, sizes) asserts its
  *negation*: ``unsat`` means the obligation is proved, ``sat`` that it is refuted (the
  model is a counterexample). Dimensions are QF_LRA over the 7 SI exponents, kinds QF_UF,
  sizes QF_LIA (QF_NIA where symbols are multiplied), every size symbol ``>= 1``;
* the dimension obligations with unknowns of one function hold *together* or not at all:
  :func:`system_smt2` writes that function's whole system, 7 ``Real`` exponents per unknown,
  each obligation a named assertion (``o<id>``), read off the same rows the solver reads
  (:func:`proofs.solve.dim_rows`). ``sat`` means consistent (proved); ``unsat`` comes with
  ``(get-unsat-core)``, and each smallest conflicting set Z3 reported is a script of its own
  that must be ``unsat``.

>>> from proofs import prove
>>> r = prove("def f(x: U['m'], v: U['m/s']):\\n    return x + v\\n")
>>> text = obligation_smt2(r.result("f").obligations[0], status="refuted")
>>> "(set-logic QF_LRA)" in text, "(set-info :status sat)" in text
(True, True)
>>> [s.name for s in scripts(r)]  # numbered by place in the report (1 is the module's own code)
['002-f.o0.add.smt2']
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from .cache import write_atomic
from .obligations import Obligation
from .solve import FunctionResult, dim_rows

BASES = ("L", "M", "T", "I", "H", "N", "J")  # length mass time current temperature amount luminosity
EXPECT = {"proved": "unsat", "refuted": "sat", "unknown": "unknown"}


class SymbolicObligationError(ValueError):
    """A dimension obligation with unknowns was exported on its own; it only means something
    within its function's whole system (:func:`system_smt2`)."""


@dataclass(frozen=True)
class Script:
    """One SMT-LIB2 script: its file name, its text, the answer Z3 gave, and what it checks."""

    name: str
    text: str
    expect: str                         # sat | unsat | unknown: what Z3 decided
    what: str                           # obligation | system | conflict | consistent
    obligations: tuple[Obligation, ...]
    function: str
    result: int = -1                    # the function's place in the report's results


# -- single obligations ------------------------------------------------------------------
def obligation_smt2(o: Obligation, *, status: str | None = None, sentence: str = "") -> str:
    """A standalone script asserting the negation of ``o``: ``unsat`` <=> ``o`` is proved.

    ``status`` is the report's verdict on ``o`` (proved | refuted | unknown); it becomes
    ``(set-info :status unsat | sat | unknown)``. ``sentence`` (what a refutation means in
    words) goes into a comment. A dimension obligation with unknowns raises
    :class:`SymbolicObligationError`: export its function with :func:`system_smt2`.
    """
    expect = _expect(status)
    if o.theory == "dim":
        if not o.concrete:
            raise SymbolicObligationError(
                f"obligation {o.id} ({o.rule} at {o.where}, function {o.function!r}) has unknown dimensions; "
                f"it holds or fails with its function's whole system: export that with system_smt2()")
        logic, body = "QF_LRA", _dim_body(o)
    elif o.theory == "kind":
        logic, body = "QF_UF", _kind_body(o)
    elif o.theory == "shape":
        logic, body = _size_logic(o.left, o.right), _shape_body(o)
    elif o.theory in ("scale", "offset"):
        logic, body = "QF_LRA", _scale_body(o)
    else:
        raise ValueError(f"obligation {o.id} at {o.where} has theory {o.theory!r}; expected dim, kind, shape, "
                         f"scale or offset")
    head = _header(f"obligation {o.id} ({o.theory}, rule {o.rule}) of {o.function!r} at {o.where}",
                   f"claim: {claim(o)}", sentence,
                   "asserted negated: unsat means proved, sat means refuted (the model is a counterexample)")
    return "\n".join(head + [f"(set-logic {logic})", f"(set-info :status {expect})"] + body
                     + ["(check-sat)", "(exit)", ""])


def _dim_body(o: Obligation) -> list[str]:
    lines = []
    for side, term in (("left", o.left), ("right", o.right)):
        lines.append(f"; {side}: [{term.const.si() or '1'}]")
        for b, e in zip(BASES, term.const.exps):
            lines += [f"(declare-const {side}_{b} Real)", f"(assert (= {side}_{b} {_real(e)}))"]
    same = " ".join(f"(= left_{b} right_{b})" for b in BASES)
    return lines + [f"(assert (not (and {same})))"]


def _kind_body(o: Obligation) -> list[str]:
    names = sorted({str(o.left), str(o.right)})
    lines = ["; quantity kinds: distinct names are distinct kinds", "(declare-sort Kind 0)"]
    lines += [f"(declare-const {_sym('kind_' + n)} Kind)" for n in names]
    if len(names) > 1:
        lines.append(f"(assert (distinct {' '.join(_sym('kind_' + n) for n in names)}))")
    return lines + [f"(assert (not (= {_sym('kind_' + str(o.left))} {_sym('kind_' + str(o.right))})))"]


def _scale_body(o: Obligation) -> list[str]:
    """Scale and offset: one number of the left unit is ``factor * x + offset`` SI; the two
    units agree when both maps are equal (for a difference of temperatures, the factors).
    ``abs-sum``/``abs-product`` claim the temperature's zero is absolute zero."""
    lines = []
    for side, s in (("left", o.left), ("right", o.right)):
        lines.append(f"; {side}: {_comment(s.text())}{' (a difference)' if s.delta else ''}")
        lines += [f"(declare-const {side}_factor Real)", f"(assert (= {side}_factor {_real(s.factor)}))",
                  f"(declare-const {side}_offset Real)", f"(assert (= {side}_offset {_real(s.offset)}))"]
    if o.rule in ("abs-sum", "abs-product"):
        return lines + ["(assert (not (= left_offset 0.0)))"]
    if o.left.delta or o.right.delta or not (o.left.temperature and o.right.temperature):
        return lines + ["(assert (not (= left_factor right_factor)))"]
    return lines + ["(assert (not (and (= left_factor right_factor) (= left_offset right_offset))))"]


def _shape_body(o: Obligation) -> list[str]:
    syms = sorted(_size_symbols(o.left) | _size_symbols(o.right))
    lines = ["; array sizes: every size symbol is an integer >= 1"]
    for s in syms:
        lines += [f"(declare-const {_sym('n_' + s)} Int)", f"(assert (>= {_sym('n_' + s)} 1))"]
    a, b = _size(o.left), _size(o.right)
    holds = f"(or (= {a} {b}) (= {a} 1) (= {b} 1))" if o.broadcast else f"(= {a} {b})"
    return lines + [f"(assert (not {holds}))"]


# -- dimension systems ---------------------------------------------------------------------
def system_smt2(subject, *, members=None, status: str | None = None, var_names: dict[int, str] | None = None,
                title: str = "") -> str:
    """The dimension obligations with unknowns of one function, each a named assertion ``o<id>``.

    ``subject`` is a :class:`~proofs.solve.FunctionResult` (then ``status`` defaults to Z3's
    verdict on the whole system), a :class:`~proofs.infer.FunctionSystem` or a sequence of
    obligations. ``members`` keeps only the obligations with those ids (a conflicting set).
    ``status`` is ``sat`` (consistent: proved), ``unsat`` or ``unknown``.
    """
    obs, name = _system_obligations(subject)
    if members is not None:
        keep = set(members)
        obs = [o for o in obs if o.id in keep]
        missing = keep - {o.id for o in obs}
        if missing:
            raise ValueError(f"obligations {sorted(missing)} are not dimension obligations with unknowns of {name!r}")
    if status is None:
        status = _system_status(subject) if isinstance(subject, FunctionResult) and members is None else "unknown"
    if status not in ("sat", "unsat", "unknown"):
        raise ValueError(f"status must be sat, unsat or unknown, got {status!r}")
    rows, varmap = dim_rows(obs)
    names = var_names or {}
    labels = {v: f"u{u}" for v, u in varmap.items()}
    head = _header(title or f"dimension system of {name!r}: {len(obs)} obligations with unknowns", "", "",
                   "sat means every obligation can hold at once (proved); unsat: a conflict (get-unsat-core)")
    lines = head + ["(set-option :produce-unsat-cores true)", "(set-logic QF_LRA)", f"(set-info :status {status})"]
    for v, u in sorted(varmap.items(), key=lambda kv: kv[1]):
        label = f" = dimension of '{names[v]}'" if v in names else ""
        lines.append(f"; u{u}{label}: exponents of {' '.join(BASES)}")
        lines += [f"(declare-const u{u}_{b} Real)" for b in BASES]
    for o, (const, coeffs) in zip(obs, rows):
        lines.append(f"; o{o.id}: {o.rule} at {o.where}: {_comment(claim(o, labels))}")
        eqs = []
        for i, b in enumerate(BASES):
            terms = [_scaled(Fraction(c), f"u{v}_{b}") for v, c in coeffs]
            if Fraction(const[i]):
                terms.append(_real(Fraction(const[i])))
            if not terms:
                continue  # 0 == 0
            lhs = terms[0] if len(terms) == 1 else f"(+ {' '.join(terms)})"
            eqs.append(f"(= {lhs} 0.0)")
        body = "true" if not eqs else eqs[0] if len(eqs) == 1 else f"(and {' '.join(eqs)})"
        lines.append(f"(assert (! {body} :named o{o.id}))")
    lines.append("(check-sat)")
    if status == "unsat":
        lines.append("(get-unsat-core)")
    return "\n".join(lines + ["(exit)", ""])


def _system_obligations(subject) -> tuple[list[Obligation], str]:
    if isinstance(subject, FunctionResult):
        return [subject.obligations[k] for k in subject.system], subject.name
    obs = getattr(subject, "obligations", subject)
    name = getattr(subject, "name", "")
    try:
        obs = list(obs)
    except TypeError:
        raise TypeError(f"system_smt2 takes a FunctionResult, a FunctionSystem or obligations, "
                        f"got {type(subject).__name__}") from None
    if any(not isinstance(o, Obligation) for o in obs):
        raise TypeError("system_smt2: every item must be an Obligation")
    return [o for o in obs if o.theory == "dim" and not o.concrete], name or (obs[0].function if obs else "")


def conflicts(r: FunctionResult) -> list[tuple[Obligation, ...]]:
    """The smallest conflicting sets Z3 reported for ``r``'s dimension system, in order."""
    symbolic = {r.obligations[k].id for k in r.system}
    return [f.obligations for f in r.findings if f.obligations and all(o.id in symbolic for o in f.obligations)]


def _system_status(r: FunctionResult) -> str:
    if conflicts(r):
        return "unsat"
    return "unknown" if any(r.status[k] == "unknown" for k in r.system) else "sat"


# -- a whole report --------------------------------------------------------------------------
def scripts(report) -> list[Script]:
    """Every script of a :class:`~proofs.report.ProofReport`: one per obligation decided alone;
    per function with unknown dimensions its system, each conflicting set, and the system
    with the blamed obligations set aside (what the remaining verdicts rest on)."""
    out: list[Script] = []
    for i, r in enumerate(report.results):
        stem = f"{i + 1:03d}-{_file_part(r.name)}"
        system = set(r.system)
        for k, (o, st) in enumerate(zip(r.obligations, r.status)):
            if k in system or o.theory == "undecided":  # nothing a solver could check
                continue
            said = [f.sentence for f in r.findings if f.obligations == (o,)]
            text = obligation_smt2(o, status=st, sentence=said[0] if said else "")
            out.append(Script(f"{stem}.o{o.id}.{_file_part(o.rule)}.smt2", text, EXPECT[st], "obligation", (o,),
                              r.name, i))
        if not system:
            continue
        obs = tuple(r.obligations[k] for k in r.system)
        whole = _system_status(r)
        out.append(Script(f"{stem}.system.smt2", system_smt2(r), whole, "system", obs, r.name, i))
        found = conflicts(r)
        for j, members in enumerate(found, 1):
            text = system_smt2(r, members=[o.id for o in members], status="unsat",
                               title=f"smallest conflicting set {j} of {r.name!r}: {len(members)} obligations")
            out.append(Script(f"{stem}.conflict-{j}.smt2", text, "unsat", "conflict", members, r.name, i))
        if found:
            blamed = {m[-1].id for m in found}  # the solver sets aside the latest member of each conflict
            rest = [o.id for o in obs if o.id not in blamed]
            unknown = any(r.status[k] == "unknown" for k in r.system) or len(found) >= _max_conflicts()
            text = system_smt2(r, members=rest, status="unknown" if unknown else "sat",
                               title=f"the system of {r.name!r} with each conflict's latest member set aside")
            out.append(Script(f"{stem}.consistent.smt2", text, "unknown" if unknown else "sat", "consistent",
                              tuple(o for o in obs if o.id not in blamed), r.name, i))
    return out


def export(report, folder) -> list[Path]:
    """Write every script of ``report`` into ``folder`` (atomically, one file each) and an
    ``index.json`` naming each file's expected answer and the obligations it checks."""
    folder = Path(folder)
    written = []
    index = []
    for s in scripts(report):
        path = folder / s.name
        write_atomic(path, s.text)
        written.append(path)
        index.append({"file": s.name, "expect": s.expect, "what": s.what, "function": s.function,
                      "obligations": [{"id": o.id, "rule": o.rule, "where": str(o.where)} for o in s.obligations]})
    path = folder / "index.json"
    write_atomic(path, json.dumps(index, indent=1, ensure_ascii=False) + "\n")
    return written + [path]


# -- re-checking with another solver ---------------------------------------------------------
def solve_text(text: str, solver: str = "cvc5", timeout_ms: int = 10_000) -> str:
    """The answer (sat | unsat | unknown) of one script's ``(check-sat)``, by cvc5 or Z3.

    cvc5 (PyPI package ``cvc5``) reads the text with its own SMT-LIB parser; an ``(error ...)``,
    such as an answer that contradicts ``(set-info :status ...)``, raises ``RuntimeError``
    (so does text that Z3 cannot parse).
    """
    if solver == "z3":
        import z3

        s = z3.Solver()
        s.set("timeout", int(timeout_ms))
        try:
            s.from_string(text)
        except z3.Z3Exception as err:
            raise RuntimeError(f"z3: {err}") from None
        return str(s.check())
    if solver != "cvc5":
        raise ValueError(f"solver must be 'cvc5' or 'z3', got {solver!r}")
    import cvc5

    tm = cvc5.TermManager()
    slv = cvc5.Solver(tm)
    slv.setOption("tlimit-per", str(int(timeout_ms)))
    sm = cvc5.SymbolManager(tm)
    parser = cvc5.InputParser(slv, sm)
    parser.setStringInput(cvc5.InputLanguage.SMT_LIB_2_6, text, "script")
    answer = None
    while True:
        cmd = parser.nextCommand()
        if cmd.isNull():
            break
        out = cmd.invoke(slv, sm)
        if out.startswith("(error"):
            raise RuntimeError(f"cvc5: {out.strip()}")
        if cmd.getCommandName() == "check-sat":
            answer = out.strip()
    if answer is None:
        raise ValueError("the script has no (check-sat)")
    return answer


def recheck(folder, solver: str = "cvc5", timeout_ms: int = 10_000) -> list[tuple[str, str, str]]:
    """Solve every script ``export`` wrote into ``folder``: ``(file, expected, answer)`` for each."""
    folder = Path(folder)
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    out = []
    for entry in index:
        text = (folder / entry["file"]).read_text(encoding="utf-8")
        try:
            got = solve_text(text, solver, timeout_ms)
        except RuntimeError as err:
            got = f"error: {err}"
        out.append((entry["file"], entry["expect"], got))
    return out


def main(argv=None) -> int:
    """``python -m proofs.smtlib FOLDER [--solver cvc5|z3]``: re-check an export; exit 1 on a disagreement."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m proofs.smtlib", description=main.__doc__)
    ap.add_argument("folder")
    ap.add_argument("--solver", choices=("cvc5", "z3"), default="cvc5")
    ap.add_argument("--timeout-ms", type=int, default=10_000)
    args = ap.parse_args(argv)
    rows = recheck(args.folder, args.solver, args.timeout_ms)
    bad = [(f, e, g) for f, e, g in rows if e != "unknown" and g != e]
    for f, e, g in bad:
        print(f"DISAGREE {f}: expected {e}, {args.solver} says {g}")
    print(f"{args.solver}: {len(rows) - len(bad)} of {len(rows)} scripts agree with the report's verdicts")
    return 1 if bad else 0


# -- small helpers ----------------------------------------------------------------------------
def _max_conflicts() -> int:
    from .solve import MAX_CONFLICTS

    return MAX_CONFLICTS


def _expect(status: str | None) -> str:
    if status is None:
        return "unknown"
    if status not in EXPECT:
        raise ValueError(f"status must be proved, refuted or unknown, got {status!r}")
    return EXPECT[status]


def _header(title: str, what: str, sentence: str, meaning: str) -> list[str]:
    lines = [f"; {_comment(title)}"]
    if what:
        lines.append(f"; {_comment(what)}")
    if sentence:
        lines.append(f"; refuted: {_comment(sentence)}")
    return lines + [f"; {meaning}"]


def claim(o: Obligation, var_names: dict[int, str] | None = None) -> str:
    """What ``o`` claims, in symbols: ``[m] == [m/s]``, ``kind energy == kind torque``, ``dim == hidden``.
    An unknown dimension ``v`` shows as ``var_names[v]``, else ``u<v>``.

    >>> from psg.graph import Span
    >>> claim(Obligation(0, "shape", "matmul", ("*", "b", 2), "n", Span("f.py", 1, 1, 1, 2), "f", broadcast=True))
    'b*2 == n (or either is 1)'
    """
    if o.theory == "dim":
        text = f"{_dim_text(o.left, var_names or {})} == {_dim_text(o.right, var_names or {})}"
    elif o.theory == "kind":
        text = f"kind {o.left} == kind {o.right}"
    elif o.theory in ("scale", "offset"):
        if o.rule in ("abs-sum", "abs-product"):
            text = f"zero of {o.left.text()} == absolute zero"
        else:
            text = f"unit {o.left.text()} == unit {o.right.text()}"
    else:
        text = f"{_size_text(o.left)} == {_size_text(o.right)}"
        if o.broadcast:
            text += " (or either is 1)"
    return text


def _dim_text(t, names: dict[int, str]) -> str:
    const = t.const.si() or "1"
    if t.concrete:
        return f"[{const}]"
    parts = [] if const == "1" else [f"[{const}]"]
    for v, c in t.coeffs:
        base = names.get(v, f"u{v}")
        parts.append(base if c == 1 else f"{base}^{c}" if c.denominator == 1 else f"{base}^({c})")
    return "·".join(parts)


def _size_text(s) -> str:
    if isinstance(s, tuple):
        return "*".join(_size_text(x) for x in s[1:])
    return str(s)


def _comment(text: str) -> str:
    return " ".join(str(text).split())


def _real(x) -> str:
    x = Fraction(x)
    if x.denominator == 1:
        n = f"{abs(x.numerator)}.0"
    else:
        n = f"(/ {abs(x.numerator)}.0 {x.denominator}.0)"
    return f"(- {n})" if x < 0 else n


def _scaled(c: Fraction, name: str) -> str:
    return name if c == 1 else f"(* {_real(c)} {name})"


_SIMPLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")


def _sym(name: str) -> str:
    """An SMT-LIB symbol for ``name``: plain when it can be, else quoted ``|...|``."""
    if _SIMPLE.match(name):
        return name
    return "|" + name.replace("|", "_").replace("\\", "_") + "|"


def _size(s) -> str:
    if isinstance(s, bool):
        raise TypeError(f"a size is an int, a symbol or a product, got {s!r}")
    if isinstance(s, int):
        return str(s) if s >= 0 else f"(- {-s})"
    if isinstance(s, tuple):
        parts = [_size(x) for x in s[1:]]
        return parts[0] if len(parts) == 1 else f"(* {' '.join(parts)})"
    return _sym("n_" + str(s))


def _size_symbols(s) -> set[str]:
    if isinstance(s, tuple):
        return set().union(*(_size_symbols(x) for x in s[1:])) if len(s) > 1 else set()
    return set() if isinstance(s, int) else {str(s)}


def _nonlinear(s) -> bool:
    if isinstance(s, tuple):
        factors = s[1:]
        return sum(1 for x in factors if not isinstance(x, int)) > 1 or any(_nonlinear(x) for x in factors)
    return False


def _size_logic(a, b) -> str:
    return "QF_NIA" if _nonlinear(a) or _nonlinear(b) else "QF_LIA"


def _file_part(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_.") or "module"


if __name__ == "__main__":
    raise SystemExit(main())
