"""The ``oracle`` command line.

Exit codes: 0 all proved / success; 1 something was refuted (or could not be decided);
2 bad input (syntax errors, unknown units, unreadable files, bad arguments);
70 an internal error (set ``ORACLE_DEBUG=1`` for the traceback).
"""
from __future__ import annotations

import argparse
import os
import sys

EXAMPLES = {
    "prove": "oracle prove datasets/examples/planted.py --markdown",
    "tour": "oracle tour",
}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="oracle",
        description="A neuromorphic knowledge-hypergraph oracle: physical laws as code, proved with Z3.",
        epilog="exit codes: 0 proved/success, 1 refuted or undecided, 2 bad input, 70 internal error",
    )
    sub = p.add_subparsers(dest="command", required=True)

    prove = sub.add_parser("prove", help="check Python files or folders for unit and shape errors",
                           description="Prove that the files' units and shapes are sound. Nothing is executed.",
                           epilog=f"example: {EXAMPLES['prove']}")
    prove.add_argument("paths", nargs="+", help="Python files or folders")
    fmt = prove.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print the report as JSON")
    fmt.add_argument("--markdown", action="store_true", help="print the report as Markdown")
    prove.add_argument("-v", "--verbose", action="store_true", help="list proved functions too")
    prove.add_argument("--timeout-ms", type=int, default=2000, help="time bound of each Z3 call (default 2000)")

    sub.add_parser("tour", help="the main job on the bundled data",
                   description="Prove the bundled example programs and print the reports.",
                   epilog=f"example: {EXAMPLES['tour']}")
    return p


def cmd_prove(args) -> int:
    from proofs import prove

    report = prove(list(args.paths), timeout_ms=args.timeout_ms)
    if args.json:
        print(report.to_json())
    elif args.markdown:
        print(report.to_markdown(), end="")
    else:
        print(report.to_text(verbose=args.verbose))
    return 0 if report.status == "proved" else 1


def cmd_tour(args) -> int:
    from proofs import prove

    from .data import datasets_dir

    examples = datasets_dir() / "examples"
    for name in ("clean.py", "planted.py"):
        path = examples / name
        print(f"== oracle prove {path.relative_to(datasets_dir().parent)}")
        print(prove(str(path)).to_text(verbose=name == "clean.py"))
        print()
    return 0


def main(argv: list[str] | None = None) -> int:
    from psg.errors import SourceError
    from psg.units import UnitError

    args = _parser().parse_args(argv)
    try:
        return {"prove": cmd_prove, "tour": cmd_tour}[args.command](args)
    except (SourceError, UnitError) as err:
        print(f"oracle: error: {err}", file=sys.stderr)
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
