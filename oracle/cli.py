"""The ``oracle`` command line.

Exit codes: 0 all proved / success; 1 something was refuted (or could not be decided);
2 bad input (syntax errors, unknown units, unreadable files, bad arguments);
70 an internal error (set ``ORACLE_DEBUG=1`` for the traceback).
"""
from __future__ import annotations

import argparse
import os
import sys

import numpy as np

from .data import benchmarks_dir, output_dir

EXAMPLES = {
    "spike": 'oracle spike "kinetic energy" --given "mass=2 kg" --given "height=10 m" --backend brian2 --out spike-run',
    "bench": "oracle bench prove query --quick",
    "kb": "oracle kb search escape velocity   (or: kb list mechanics, kb show free fall speed on earth)",
    "query": 'oracle query "kinetic energy" --given "mass=2 kg" --given "height=10 m" --unit J',
    "prove": "oracle prove datasets/examples/planted.py --markdown   (or --json, --sarif, --github, --fix)",
    "tour": "oracle tour",
    "check": 'oracle check --given "m=2 kg" --given "v=3 m/s" --given "E_k=10 J"   (or: --table lab.csv --jsonl)',
    "relate": 'oracle relate height "kinetic energy"',
    "ask": 'oracle ask "A 2 kg ball falls from 10 m. What is its kinetic energy just before it lands, in J?"',
    "train-reader": "oracle train-reader --out oracle/reader/weights/ternary-reader.npz --seed 1",
}


class _Defaults(argparse.HelpFormatter):
    """Each option's help ends with its default (where it has one and does not say it already)."""

    def _get_help_string(self, action):
        text = action.help or ""
        if (not action.option_strings or "(default" in text or action.default in (None, False, [])
                or action.default is argparse.SUPPRESS):
            return text
        return f"{text} (default: %(default)s)"


class _RawDefaults(_Defaults, argparse.RawDescriptionHelpFormatter):
    """As :class:`_Defaults`, keeping the description's and epilog's line breaks."""


def _version() -> str:
    from . import __version__

    return __version__


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="oracle", formatter_class=_Defaults,
        description="A neuromorphic knowledge-hypergraph oracle: physical laws as code, proved with Z3.",
        epilog="exit codes: 0 proved/success (query: verified), 1 refuted, undecided or not derivable, 2 bad input, "
               "3 hedged (query: a value with reasons to doubt it), 4 ambiguous (query: readings disagree), "
               "70 internal error",
    )
    p.add_argument("--version", action="version", version=f"oracle {_version()}")
    sub = p.add_subparsers(dest="command", required=True)

    prove = sub.add_parser("prove", help="check Python files or folders for unit and shape errors",
                           description="Prove that the files' units (dimension, scale and offset) and shapes are\n"
                                       "sound. Nothing is executed. A file that cannot be read or parsed, or an\n"
                                       "unknown unit, is reported for that file and every other file is still proved.",
                           epilog=f"example: {EXAMPLES['prove']}\n\nexit codes: 0 nothing refuted, 1 something "
                                  "refuted or undecided, 2 bad input in some file (or a path that does not exist), "
                                  "70 internal error",
                           formatter_class=_RawDefaults)
    prove.add_argument("paths", nargs="+", help="Python files or folders")
    fmt = prove.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print the report as JSON")
    fmt.add_argument("--markdown", action="store_true", help="print the report as Markdown")
    fmt.add_argument("--sarif", action="store_true", help="print the report as SARIF 2.1.0 (code scanning)")
    fmt.add_argument("--github", action="store_true", help="print GitHub Actions annotation lines (::error file=...)")
    fmt.add_argument("--fix", action="store_true",
                     help="print the suggested unit conversions as a unified diff (nothing is written; "
                          "apply it with patch -p0)")
    fmt.add_argument("--html", metavar="FILE", help="write a self-contained HTML report to FILE")
    prove.add_argument("--strict-literals", action="store_true",
                       help="a bare number is a plain number everywhere (F#'s discipline): report every literal "
                            "that would need a unit, instead of giving it its context's unit")
    prove.add_argument("--smt2", metavar="FOLDER", help="also export every obligation as SMT-LIB2 into FOLDER")
    prove.add_argument("-v", "--verbose", action="store_true", help="list proved functions too")
    prove.add_argument("--timeout-ms", type=int, default=2000, help="time bound of each Z3 call (default 2000)")
    prove.add_argument("--cache-dir", metavar="DIR",
                       help="keep each file's results in DIR (a folder CI can keep): a re-run proves only the files "
                            "that changed and those that depend on them (default: the oracle's cache folder)")
    prove.add_argument("--no-cache", action="store_true", help="prove everything afresh; read and write no cache")
    _executor_options(prove)

    q = sub.add_parser("query", help="ask for a quantity given others",
                       description="Derive a quantity from given ones with the laws of the bundled knowledge base. "
                                   "The answer's status comes first: verified, hedged, ambiguous or not derivable.",
                       epilog=f"example: {EXAMPLES['query']}\nexit codes: 0 verified, 3 hedged, 4 ambiguous, "
                              "1 not derivable, 2 bad input",
                       formatter_class=_RawDefaults)
    q.add_argument("find", nargs="?", help="the quantity to find: a symbol (E_k) or a name ('kinetic energy'); "
                                         "omit with --batch")
    q.add_argument("--given", action="append", default=[], metavar="NAME=VALUE",
                   help="a known quantity and its value with units, e.g. 'mass=2 kg' (repeatable)")
    q.add_argument("--unit", help="the unit of the answer, e.g. eV, km/h, kWh")
    q.add_argument("--engine", default="spiking", choices=["spiking", "closure"],
                   help="the search engine (default: the spiking circuit)")
    q.add_argument("--backend", default="numba", help="spiking backend: numba, brian2 or lava")
    q.add_argument("--no-learn", action="store_true",
                   help="do not record what is derived (as ORACLE_LEARN=off; learning never changes an answer)")
    q.add_argument("--json", action="store_true", help="print the answer as JSON")
    q.add_argument("--html", metavar="FILE", help="also write the answer and its proofs as one HTML file")
    q.add_argument("--batch", metavar="FILE.jsonl",
                   help="answer every line of FILE.jsonl ({\"find\": ..., \"given\": {...}, \"unit\": ...}) and "
                        "write one JSON line per question, in input order; a bad line is an error line")
    _executor_options(q)

    kb = sub.add_parser("kb", help="list, show, search or export the knowledge base",
                        description="Explore the bundled knowledge base of laws.",
                        epilog=f"example: {EXAMPLES['kb']}", formatter_class=_Defaults)
    kb.add_argument("action", choices=["list", "show", "search", "export"])
    kb.add_argument("term", nargs="*", default=[],
                    help="list: a field to list the laws of; show: a law's id or name (as derivations print it) "
                         "or a quantity; search: words (quotes are not needed)")
    kb.add_argument("--format", choices=["turtle", "json"], help="export format (default: turtle; --json: json)")
    kb.add_argument("--json", action="store_true", help="print as JSON (export: the JSON form)")

    bench = sub.add_parser("bench", help="run benchmarks and print their RESULT lines",
                           description="Run the benchmarks in benchmarks/ (each compares against its baseline "
                                       "in one run) and print their RESULT lines.",
                           epilog=f"example: {EXAMPLES['bench']}", formatter_class=_Defaults)
    bench.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    bench.add_argument("--quick", action="store_true", help="the under-a-minute mode of each benchmark")

    sp = sub.add_parser("spike", help="run a query (or a saved circuit) as a spiking circuit",
                        description="Run a query's Loihi-class circuit on a backend and write the spike raster "
                                    "(PNG), the trace (JSON) and a Loihi 2 resource report (Markdown and JSON).",
                        epilog=f"example: {EXAMPLES['spike']}", formatter_class=_Defaults)
    sp.add_argument("find", nargs="?", help="the quantity to find (omit with --circuit)")
    sp.add_argument("--given", action="append", default=[], metavar="NAME=VALUE",
                    help="a known quantity and its value with units (repeatable)")
    sp.add_argument("--circuit", metavar="FILE", help="run a circuit saved with --save-circuit instead of a query")
    sp.add_argument("--backend", default="numba", help="numba (default), brian2 or lava")
    sp.add_argument("--standalone", action="store_true",
                    help="with --backend brian2: compile and run the circuit as a Brian2 C++ standalone "
                         "program (needs g++ and make; 30-70 s to compile)")
    sp.add_argument("--steps", type=int, help="time steps to run (default: enough for every derivation)")
    sp.add_argument("--out", default=str(output_dir("spike")),
                    help="folder for raster.png, trace.json, resources.md/json")
    sp.add_argument("--save-circuit", metavar="FILE", help="also save the circuit (versioned .npz)")

    ask = sub.add_parser("ask", help="ask a question in plain English",
                         description="Read a question written in English into a query (values with units, the "
                                     "quantity asked for), check the reading with the oracle, revise it on a "
                                     "mismatch, and answer only with a verified answer (else show the best hedged "
                                     "or ambiguous reading as such, or say what could not be read). Shows the "
                                     "reading first, then the answer as 'query' gives it.",
                         epilog=f"example: {EXAMPLES['ask']}\nexit codes: 0 verified, 3 hedged, 4 ambiguous, "
                                "1 no answer, 2 bad input",
                         formatter_class=_RawDefaults)
    ask.add_argument("question", nargs="?", help="the question (omit with --batch)")
    ask.add_argument("--reader", default="ternary", choices=["ternary", "rule", "llm"],
                     help="who reads: the ternary model (default), the rules, or a local OpenAI-compatible "
                          "server (ORACLE_LLM_URL)")
    ask.add_argument("--rounds", type=int, default=4, help="readings tried at most (default 4)")
    ask.add_argument("--no-fallback", action="store_true",
                     help="do not read again with the rule reader when the chosen reader finds no verified reading")
    ask.add_argument("--batch", metavar="FILE.jsonl",
                     help="read questions from a JSON-lines file (objects with 'question', or strings) and "
                          "write one JSON line per answer")
    ask.add_argument("--json", action="store_true", help="print the reading and the answer as JSON")

    tr = sub.add_parser("train-reader", help="train the ternary reader (needs the [train] extra)",
                        description="Synthesize verified questions from the knowledge base and train the ternary "
                                    "reader with quantization-aware training (JAX + optax, CPU); writes packed "
                                    "ternary weights (.npz).",
                        epilog=f"example: {EXAMPLES['train-reader']}", formatter_class=_Defaults)
    tr.add_argument("--out", required=True, help="the .npz file to write")
    tr.add_argument("--examples", type=int, default=7000, help="training questions to synthesize (default 7000)")
    tr.add_argument("--held-out", type=int, default=0, help="held-out questions to synthesize beside (default 0)")
    tr.add_argument("--minutes", type=float, default=18.0, help="training time at most, after the data are made (default 18)")
    tr.add_argument("--steps", type=int, default=3000, help="optimizer steps at most (default 3000)")
    tr.add_argument("--seed", type=int, default=1, help="seed of the data and the training (the shipped weights: 1)")
    tr.add_argument("--workers", type=int, default=2, help="processes synthesizing data (default 2)")
    tr.add_argument("--data", metavar="FILE.jsonl", help="reuse (or write) the synthesized training data here")

    tour = sub.add_parser("tour", help="the main job on the bundled data",
                          description="Prove the bundled example programs, answer multi-step questions with "
                                      "their derivations and proofs, and write a spike raster.",
                          epilog=f"example: {EXAMPLES['tour']}", formatter_class=_Defaults)
    tour.add_argument("--out", default=str(output_dir("tour")), help="folder for the spiking run's raster and reports")

    check = sub.add_parser("check", help="check measured values against the laws",
                           description="Check that measured values agree with every law of the knowledge base "
                                       "whose quantities are all given (within --rel-tol), and name the laws "
                                       "they violate. --table checks every row of a CSV file, whose header names "
                                       "the quantities with their units in brackets ('m [kg],v [m/s],E_k [J]').",
                           epilog=f"example: {EXAMPLES['check']}\nexit codes: 0 consistent, 1 a law is violated "
                                  "(or no law holds only the given quantities: nothing was checked), 2 bad input "
                                  "(with --table: the worst row's)",
                           formatter_class=_RawDefaults)
    check.add_argument("--given", action="append", default=[], metavar="NAME=VALUE",
                       help="a measured quantity and its value with units, e.g. 'm=2 kg' (repeatable)")
    check.add_argument("--table", metavar="FILE.csv",
                       help="check every row of FILE.csv (header 'name [unit]' per column, a number per cell; "
                            "an empty cell was not measured); one result per row, in row order")
    check.add_argument("--rel-tol", type=float, default=0.01, help="relative difference allowed")
    check.add_argument("--json", action="store_true", help="print the result as JSON (--table: one list)")
    check.add_argument("--jsonl", action="store_true", help="with --table: one JSON line per row, as rows are done")
    _executor_options(check)

    relate = sub.add_parser("relate", help="which laws relate quantities, and the shortest chains between them",
                            description="Name the laws that hold all the given quantities, and for each "
                                        "quantity after the first, the shortest chains of laws from the first.",
                            epilog=f"example: {EXAMPLES['relate']}\nexit codes: 0 related, 1 some pair is not "
                                   "connected by any chain of laws, 2 bad input",
                            formatter_class=_RawDefaults)
    relate.add_argument("quantities", nargs="+", help="two or more quantities: symbols or names (quote names "
                                                      "of several words)")
    relate.add_argument("--json", action="store_true", help="print the result as JSON")
    return p


def _executor_options(p) -> None:
    p.add_argument("--workers", type=int, metavar="N", help="fan the work out to N local processes")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="fan the work out to a Dask cluster (the [dask] extra; workers need this package)")


def _prove_cache_dir(args):
    from pathlib import Path

    from proofs.cache import cache_dir

    if args.no_cache:
        return None
    if args.cache_dir:
        return Path(args.cache_dir)
    d = cache_dir()
    return None if d is None else d / "prove"


def cmd_prove(args) -> int:
    from proofs.executor import open_executor
    from proofs.incremental import prove_incremental

    from .progress import Progress

    with open_executor(args.workers, args.scheduler) as executor, \
            Progress(0, "oracle: proving functions", delay=1.0) as bar:
        report = prove_incremental(list(args.paths), cache_dir=_prove_cache_dir(args), timeout_ms=args.timeout_ms,
                                   progress=bar.update, strict_literals=args.strict_literals, executor=executor,
                                   use_cache=not args.no_cache)
    if args.smt2:
        from proofs.smtlib import export

        export(report, args.smt2)
    if args.html:
        from pathlib import Path

        from proofs.cache import write_atomic

        write_atomic(Path(args.html), report.to_html())
        print(f"{report.status}: HTML report written to {args.html}")
    elif args.json:
        print(report.to_json())
    elif args.markdown:
        print(report.to_markdown(), end="")
    elif args.sarif:
        print(report.to_sarif())
    elif args.github:
        lines = report.to_github()
        if lines:
            print(lines)
        print(report.summary(), file=sys.stderr)
    elif args.fix:
        from proofs.fixes import diff

        print(diff(report), end="")
        print(report.summary(), file=sys.stderr)
    else:
        print(report.to_text(verbose=args.verbose))
    for p in report.errors:
        if not (args.json or args.sarif or args.github or args.markdown) and args.html is None:
            continue
        print(f"oracle: error: {p}", file=sys.stderr)
    return report.exit_code


def cmd_query(args) -> int:
    import json

    from .engine import query

    if args.batch:
        return _query_batch(args)
    if args.find is None:
        raise ValueError("oracle query takes the quantity to find (or --batch FILE.jsonl)")
    given = _givens(args.given)
    with _ticker(args.backend if args.engine == "spiking" else "closure"):
        a = query(given, args.find, unit=args.unit, engine=args.engine, backend=args.backend,
                  learn=False if args.no_learn else None)  # None: ORACLE_LEARN decides
    if args.html:
        from pathlib import Path

        from proofs.cache import write_atomic
        from proofs.html import answer_html

        write_atomic(Path(args.html), answer_html(a))
    if args.json:
        print(json.dumps(answer_json(a), indent=2, ensure_ascii=False))
    else:
        print(a)
    return QUERY_EXIT[a.status]


def _query_batch(args) -> int:
    """One JSON line per question, in input order, as answers come (exit 0 if every answer
    is verified, 1 if some is not, 2 if some line was bad input or failed)."""
    import json

    from proofs.executor import open_executor

    from .batch import answer_batch, read_items

    if args.find or args.given:
        raise ValueError("--batch takes its questions from the file: leave out FIND and --given")
    with open(args.batch, encoding="utf-8") as f:
        items = read_items(f, args.batch)
    with open_executor(args.workers, args.scheduler) as executor:
        lines = answer_batch(items, engine=args.engine, learn=not args.no_learn, executor=executor)
        return _stream(lines, len(items), "oracle: answering questions",
                       lambda line: print(json.dumps(line, ensure_ascii=False), flush=True))


def _stream(lines, total: int, label: str, emit) -> int:
    """``emit`` every result line as it comes, with a progress bar at a terminal; the exit
    code is the worst line's (2 for bad input or a failed task, 1 for any other non-zero)."""
    from .progress import Progress

    worst = 0
    with Progress(total, label, delay=1.0) as bar:
        for line in lines:
            emit(line)
            worst = max(worst, 2 if line["exit_code"] in (2, 70) else int(line["exit_code"] != 0))
            bar.advance()
    return worst


#: ``oracle query``'s exit code for each answer status (bad input is 2, as for every command).
QUERY_EXIT = {"verified": 0, "not derivable": 1, "hedged": 3, "ambiguous": 4}


def answer_json(a) -> dict:
    from .display import answer_json as as_json

    return as_json(a)


def cmd_kb(args) -> int:
    import json

    from .kb import load_kb
    from .names import NameIndex, normalize
    from .terminal import table

    kg = load_kb()
    term = " ".join(args.term).strip()
    if args.action == "list":
        fields: dict[str, list] = {}
        for law in kg.laws:
            fields.setdefault(law.field, []).append(law)
        if term:
            if term not in fields:
                raise ValueError(f"kb list: no field {term!r}; the fields are {', '.join(sorted(fields))}")
            laws = fields[term]
            if args.json:
                print(json.dumps([{"id": law.id, "name": law.name} for law in laws], indent=2))
            else:
                for law in laws:
                    print(f"{law.id:<50} {law.name}")
            return 0
        if args.json:
            print(json.dumps({f: [law.id for law in laws] for f, laws in fields.items()}, indent=2))
            return 0
        s = kg.summary()
        print(f"{s['laws']} laws, {s['quantities']} quantities, {s['constants']} constants, "
              f"{s['hyperedges']} hyperedges (usable directions)")
        table(["field", "laws"], [(f, len(laws)) for f, laws in sorted(fields.items())])
        return 0
    if args.action == "show":
        if not term:
            raise ValueError("kb show needs a law's id or name, or a quantity, e.g. oracle kb show kinetic energy")
        docs = [_law_doc(law) for law in _laws_named(kg, term)] + [_quantity_doc(kg, q) for q in _quantity_named(kg, term)]
        if not docs:
            raise ValueError(f"kb show: no law or quantity is called {term!r}; try oracle kb search {term}")
        if args.json:
            print(json.dumps(docs, indent=2, ensure_ascii=False))
            return 0
        for i, doc in enumerate(docs):
            if i:
                print()
            for k, v in doc.items():
                if k == "directions":
                    table(["variable", "status", "formula", "note"],
                          [(d["variable"], d["status"], d["formula"], d["note"]) for d in v], title="directions:")
                else:
                    print(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}")
        return 0
    if args.action == "search":
        words = normalize(term).split()
        if not words:
            raise ValueError("kb search needs words to look for, e.g. oracle kb search escape velocity")
        hits = []
        for law in kg.laws:
            hay = normalize(" ".join([law.id, law.name, law.description]))
            if all(w in hay for w in words):
                hits.append(("law", law.id, law.name))
        for q in kg.quantities:
            hay = normalize(" ".join([q.symbol, q.name, *q.synonyms]))
            if all(w in hay for w in words):
                hits.append(("quantity", q.symbol, q.name))
        if args.json:
            print(json.dumps([{"type": t, "id": i, "name": n} for t, i, n in hits], indent=2))
        else:
            table(["type", "id", "name"], hits)
        return 0 if hits else 1
    if term:
        raise ValueError(f"kb export takes no term (got {term!r}): it writes the whole knowledge base")
    from hypergraph import rdf

    fmt = args.format or ("json" if args.json else "turtle")
    if args.json and fmt != "json":
        raise ValueError("kb export: --json and --format turtle disagree; give one of them")
    print(rdf.to_turtle(kg) if fmt == "turtle" else rdf.to_json(kg))
    return 0


def _laws_named(kg, term: str) -> list:
    """Laws whose id is ``term`` (or ends with ``.term``), else whose name is ``term`` as
    derivations print it ("free fall speed on earth"; case and spacing ignored)."""
    from .names import normalize

    by_id = [law for law in kg.laws if law.id == term or law.id.endswith("." + term)]
    key = normalize(term.replace("_", " "))
    return by_id or [law for law in kg.laws if normalize(law.name) == key]


def _quantity_named(kg, term: str) -> list:
    """The quantity ``term`` names (symbol, name or synonym), if any."""
    from .names import NameIndex, UnknownQuantityError

    try:
        return [kg.quantity(NameIndex(kg.quantities).resolve(term))]
    except UnknownQuantityError:
        return []


def _law_doc(law) -> dict:
    return {"type": "law", "id": law.id, "name": law.name, "description": law.description, "output": law.output,
            "inputs": list(law.inputs), "expression": law.expression, "assumes": list(law.assumes),
            "valid": law.valid, "where": str(law.span),
            "directions": [{"variable": d.variable, "formula": d.formula, "status": d.status,
                            "note": d.note} for d in law.directions]}


def _quantity_doc(kg, q) -> dict:
    return {"type": "quantity", "symbol": q.symbol, "name": q.name, "unit": q.unit, "dimension": q.dimension.si(),
            "kind": q.kind, "synonyms": list(q.synonyms), "laws": [law.id for law in kg.laws_of(q.symbol)]}


def cmd_check(args) -> int:
    import json

    from .engine import default_oracle

    if args.table:
        return _check_table(args)
    if not args.given:
        raise ValueError("oracle check takes measurements: --given NAME=VALUE (repeatable) or --table FILE.csv")
    if args.jsonl or args.workers or args.scheduler:
        raise ValueError("--jsonl, --workers and --scheduler go with --table")
    measured = _givens(args.given)
    o = default_oracle(learn=False)
    symbols = {o.resolve(name) for name in measured}
    checked = [law.id for law in o.checkable(symbols)]
    violated = o.check(measured, rel_tol=args.rel_tol)
    if args.json:
        print(json.dumps({"checked": checked, "violated": violated, "rel_tol": args.rel_tol}, indent=2))
    elif not checked:
        print("nothing checked: no law of the knowledge base holds only the given quantities "
              f"({', '.join(sorted(symbols))}); see oracle relate")
    elif not violated:
        print(f"consistent: {len(checked)} law(s) hold within {args.rel_tol:g}: {', '.join(checked)}")
    else:
        print(f"violated: {len(violated)} of {len(checked)} law(s) checked")
        for v in violated:
            unit = o.kg.quantity(v["output"]).unit
            print(f"  {v['law']}: {v['output']} is {v['given']:.6g} {unit}, the law gives {v['expected']:.6g} {unit} "
                  f"(relative difference {v['relative_error']:.3g})")
    return 0 if checked and not violated else 1


def _check_table(args) -> int:
    """Every row of ``--table``, in row order: a text line, a JSON line (``--jsonl``) or one
    JSON list (``--json``); the exit code is the worst row's."""
    import json

    from proofs.executor import open_executor

    from .engine import default_oracle
    from .table import check_table, columns, read_csv

    if args.given:
        raise ValueError("--table takes its measurements from the file: leave out --given")
    if args.json and args.jsonl:
        raise ValueError("--json and --jsonl: choose one")
    table, o = read_csv(args.table), default_oracle(learn=False)
    columns(table, o)  # a bad header is an error before any worker starts
    rows: list = []
    emit = rows.append if args.json else (lambda r: print(json.dumps(r, ensure_ascii=False), flush=True)) \
        if args.jsonl else (lambda r: print(_row_text(r, o.kg), flush=True))
    with open_executor(args.workers, args.scheduler) as executor:
        code = _stream(check_table(table, rel_tol=args.rel_tol, executor=executor), len(table.rows),
                       "oracle: checking rows", emit)
    if args.json:
        print(json.dumps({"table": args.table, "rel_tol": args.rel_tol, "rows": rows}, indent=2, ensure_ascii=False))
    return code


def _row_text(r: dict, kg) -> str:
    if "error" in r:
        return f"row {r['row']}: error: {r['error']}"
    if not r["checked"]:
        return f"row {r['row']}: nothing checked: no law holds only the measured quantities"
    if not r["violated"]:
        return f"row {r['row']}: consistent with {', '.join(r['checked'])}"
    return f"row {r['row']}: violated " + "; ".join(
        f"{v['law']} ({v['output']} is {v['given']:.6g} {unit}, the law gives {v['expected']:.6g} {unit}; "
        f"relative difference {v['relative_error']:.3g})"
        for v in r["violated"] for unit in [kg.quantity(v["output"]).unit])


def cmd_relate(args) -> int:
    import json

    from .engine import default_oracle
    from .kb import load_kb

    if len(args.quantities) < 2:
        raise ValueError("oracle relate takes two or more quantities (quote names of several words)")
    o = default_oracle(learn=False)
    symbols = [o.resolve(q) for q in args.quantities]
    kg = load_kb()
    holding = [law.id for law in kg.laws if all(s in law.variables for s in symbols)]
    pairs = [o.relate(symbols[0], other) for other in symbols[1:]]
    if args.json:
        print(json.dumps({"quantities": symbols, "laws": holding,
                          "pairs": [{"a": r["a"], "b": r["b"], "chains": r["chains"], "paths": r["paths"]}
                                    for r in pairs]}, indent=2))
    else:
        names = ", ".join(f"{kg.quantity(s).name} ({s})" for s in symbols)
        print(f"laws holding {names}: {', '.join(holding) or 'none'}")
        for r in pairs:
            if not r["paths"]:
                print(f"{r['a']} -> {r['b']}: no chain of laws connects them")
                continue
            print(f"{r['a']} -> {r['b']}: shortest chains of {len(r['chains'][0])} law(s)")
            for path in r["paths"]:
                print("  " + " ".join(f"-[{n}]-" if n in kg.law_index else n for n in path))
    return 0 if all(r["paths"] for r in pairs) else 1


def cmd_bench(args) -> int:
    import subprocess

    from .data import ROOT

    folder = benchmarks_dir()
    if folder is None:
        raise ValueError(f"no benchmarks to run: they ship with the source repository (benchmarks/), not with the "
                         f"installed package (looked in {ROOT / 'benchmarks'}); run oracle bench from a checkout")
    available = sorted(p.stem for p in folder.glob("*.py") if not p.stem.startswith("_"))
    if not available:
        raise ValueError(f"no benchmarks to run: {folder} holds none")
    names = args.names or available
    unknown = [n for n in names if n not in available]
    if unknown:
        raise ValueError(f"no benchmark named {unknown[0]!r}; available: {', '.join(available)}")
    failed = 0
    for name in names:
        cmd = [sys.executable, "-I", str(folder / f"{name}.py")] + (["--quick"] if args.quick else [])
        print(f"== {name}: {' '.join(cmd[2:])}", flush=True)
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)  # isolated: nothing from the caller's folder
        result = [line for line in out.stdout.splitlines() if line.startswith("RESULT ")]
        if out.returncode != 0 or not result:
            failed += 1
            print(f"   failed (exit {out.returncode}): {out.stderr.strip().splitlines()[-1:] or ''}")
        else:
            print("   " + result[-1])
    return 1 if failed else 0


def _givens(items: list[str]) -> dict[str, str]:
    """``["mass=2 kg", ...]`` -> ``{"mass": "2 kg", ...}``; a malformed item, or a name given
    twice with different values, is a QueryError (the same value twice is fine)."""
    from .engine import QueryError

    given: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name, value = name.strip(), " ".join(value.split())
        if not sep or not name or not value:
            raise QueryError(f"--given takes NAME=VALUE (e.g. 'mass=2 kg'), got {item!r}")
        if given.get(name, value) != value:
            raise QueryError(f"--given {name} is given twice with different values: {given[name]!r} and {value!r}")
        given[name] = value
    return given


def _ticker(backend: str, options: dict | None = None):
    """Seconds elapsed on standard error while a search runs longer than a second."""
    from .progress import Ticker

    what = "compiling and running the circuit (Brian2 C++ standalone)" if (options or {}).get("target") \
        else f"searching ({backend})"
    return Ticker(f"oracle: {what}")


def cmd_spike(args) -> int:
    import json
    from pathlib import Path

    import spiking

    from proofs.cache import write_atomic

    out = Path(args.out)
    names: list[str] | None = None
    options = {}
    if args.standalone:
        if args.backend != "brian2":
            raise ValueError(f"--standalone is Brian2's C++ standalone mode: it needs --backend brian2, not {args.backend!r}")
        options["target"] = "cpp_standalone"
    if args.circuit:
        circuit = spiking.load(args.circuit)
        steps = args.steps if args.steps is not None else (spiking.horizon(circuit) if circuit.query else None)
        if steps is None:
            raise ValueError("a circuit without a query map needs --steps")
        with _ticker(args.backend, options):
            raster = spiking.run(circuit, backend=args.backend, max_steps=steps, **options)
        trace_doc = {"backend": args.backend, "options": options, "steps": steps, "spikes": int(len(raster.step))}
        if circuit.query is not None:
            trace = spiking.decode(circuit, raster)
            trace_doc["first_spike_time"] = trace.time.tolist()
            trace_doc["causal_edge"] = trace.edge.tolist()
    else:
        if not args.find:
            raise ValueError("name the quantity to find, or give --circuit FILE")
        from .engine import query

        given = _givens(args.given)
        with _ticker(args.backend, options):
            a = query(given, args.find, engine="spiking", backend=args.backend, backend_options=options, learn=False)
        if a.search is None:
            print(a)
            raise ValueError(f"the question is {a.status}: there is no search to show")
        result, bound = a.search, a.graph
        circuit, trace = result.circuit, result.trace
        raster, steps = trace.raster, trace.raster.steps_run
        names = list(bound.ids)
        derived = [{"quantity": names[i], "time": int(trace.time[i]),
                    "law": bound.edge(int(trace.edge[i]))[0].id if trace.edge[i] >= 0 else None}
                   for i in np.flatnonzero(trace.time[:len(names)] >= 0)]
        trace_doc = {"backend": args.backend, "options": options, "steps": int(steps), "spikes": int(len(raster.step)),
                     "target": a.target.symbol, "status": a.status, "found": a.found, "objects": a.objects,
                     "value": None if not a.found else f"{a.value.magnitude:.12g} {a.value.units}",
                     "derivation": list(a.derivation.laws) if a.found else [],
                     "missing": [list(m) for m in a.missing], "derived": derived,
                     "timings_ms": {k: v * 1e3 for k, v in a.timings.items()}}
        print(a)
    out.mkdir(parents=True, exist_ok=True)
    spiking.plot_raster(raster, out / "raster.png", circuit, title=f"{args.backend}: {args.find or args.circuit}")
    report = spiking.resources(circuit, raster)
    write_atomic(out / "trace.json", json.dumps(trace_doc, indent=1))
    write_atomic(out / "resources.json", json.dumps(report.to_dict(), indent=1, default=float))
    write_atomic(out / "resources.md", report.markdown() + "\n")
    if args.save_circuit:
        spiking.save(circuit, args.save_circuit)
    from .terminal import markdown

    markdown(report.markdown())
    print(f"wrote {out / 'raster.png'}, {out / 'trace.json'}, {out / 'resources.md'}")
    return 0


def cmd_ask(args) -> int:
    import json

    from .reader.loop import ask, reader_named
    from .reader.request import ReadingError

    if args.batch:
        return _ask_batch(args)
    if not args.question:
        raise ValueError("oracle ask takes a question (or --batch FILE.jsonl)")
    try:
        reader = reader_named(args.reader)
    except ReadingError as err:
        raise ValueError(str(err)) from None
    result = ask(args.question, reader, rounds=args.rounds, fallback=_fallback(args))
    if args.json:
        print(json.dumps(ask_json(result), indent=2, ensure_ascii=False))
    else:
        print(result)
    return ASK_EXIT[result.status]


#: ``oracle ask``'s exit code for each result status (as ``oracle query``'s; bad input is 2).
ASK_EXIT = {"verified": 0, "hedged": 3, "ambiguous": 4, "not answered": 1}


def _fallback(args):
    return None if args.no_fallback or args.reader == "rule" else "rule"


def ask_json(result) -> dict:
    """A reading and its answer as JSON."""
    from .reader.adapter import answer_json as outcome_json

    def req(r):
        if r is None:
            return None
        return {"givens": [{"quantity": g.quantity, "value": g.value, "span": list(g.span),
                            "text": result.text[g.span[0]:g.span[1]], "object": g.obj} for g in r.givens],
                "find": r.find, "unit": r.unit}

    return {"question": result.text, "reader": result.reader, "answered": result.answered,
            "status": result.status, "value": result.value, "unit": result.unit, "reading": req(result.request),
            "revisions": [{"reading": req(a.request), "mismatch": None if a.mismatch is None else
                           {"kind": a.mismatch.kind, "message": a.mismatch.message}, "verified": a.verified,
                           "status": a.status}
                          for a in result.attempts],
            "reason": result.reason or None,
            "answer": outcome_json(result.outcome) if result.outcome is not None else None,
            "timings_ms": {k: v * 1e3 for k, v in result.timings.items()}}


def _ask_batch(args) -> int:
    import json

    from .progress import Progress
    from .reader.loop import ask, reader_named
    from .reader.request import ReadingError

    questions = []
    with open(args.batch, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{args.batch}:{line_no}:{err.colno}: not JSON: {err.msg}") from None
            text = item if isinstance(item, str) else item.get("question", item.get("text")) if isinstance(item, dict) else None
            if not isinstance(text, str):
                raise ValueError(f"{args.batch}:{line_no}:1: expected a string or an object with 'question'")
            questions.append(text)
    try:
        reader = reader_named(args.reader)
    except ReadingError as err:
        raise ValueError(str(err)) from None
    answered = 0
    with Progress(len(questions), "oracle: asking", delay=1.0) as bar:
        for text in questions:
            result = ask(text, reader, rounds=args.rounds, fallback=_fallback(args))
            answered += result.answered
            print(json.dumps(ask_json(result), ensure_ascii=False), flush=True)
            bar.advance()
    return 0 if answered == len(questions) else 1


def cmd_train_reader(args) -> int:
    from .reader.train import main as train_main

    train_main(args.out, examples=args.examples, held_out=args.held_out, seed=args.seed, minutes=args.minutes,
               steps=args.steps, workers=args.workers, data=args.data,
               log=lambda msg: print(msg, file=sys.stderr, flush=True))
    return 0


def cmd_tour(args) -> int:
    from pathlib import Path

    from proofs import prove

    from .data import datasets_dir

    examples = datasets_dir().resolve() / "examples"
    for name in ("clean.py", "planted.py", "units.py"):
        path = examples / name
        if path.is_relative_to(Path.cwd()):  # in a checkout: datasets/examples/...; installed: the full path
            path = path.relative_to(Path.cwd())
        print(f"== oracle prove {path}")
        print(prove(str(path)).to_text(verbose=name == "clean.py"))
        print()
    from .engine import query

    given = {"mass": "1 kg", "height": "100 m"}
    print("== oracle query: a 1 kg ball dropped from 100 m on Earth: its de Broglie wavelength at the ground, in m")
    print(query(given, "de Broglie wavelength on Earth", unit="m"))
    print()
    given = {"wavelength": "500 nm"}
    print("== oracle query: the energy of a 500 nm photon, in eV")
    print(query(given, "photon energy", unit="eV"))
    print()
    print("== oracle spike: the first question as a Loihi-class spiking circuit (numba backend)")
    return cmd_spike(argparse.Namespace(find="de Broglie wavelength on Earth", given=["mass=1 kg", "height=100 m"], circuit=None, standalone=False,
                                        backend="numba", steps=None, out=args.out, save_circuit=None))


def main(argv: list[str] | None = None) -> int:
    from psg.errors import SourceError
    from psg.units import UnitError

    args = _parser().parse_args(argv)
    try:
        return {"prove": cmd_prove, "tour": cmd_tour, "query": cmd_query, "kb": cmd_kb,
                "bench": cmd_bench, "spike": cmd_spike, "ask": cmd_ask, "check": cmd_check,
                "relate": cmd_relate, "train-reader": cmd_train_reader}[args.command](args)
    except (SourceError, UnitError, ValueError, KeyError, ImportError) as err:  # ImportError: a backend not installed
        print(f"oracle: error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except OSError as err:
        where = f"{err.filename}: " if getattr(err, "filename", None) else ""
        print(f"oracle: error: {where}{err.strerror or err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # never a bare traceback for users
        if os.environ.get("ORACLE_DEBUG"):
            raise
        print(f"oracle: internal error: {type(err).__name__}: {err} (ORACLE_DEBUG=1 shows the traceback)",
              file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
