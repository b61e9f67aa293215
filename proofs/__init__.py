"""Proofs: obligations from the PSG, discharged by a fast path and Z3, written as reports.

``prove(paths)`` proves files and folders, ``prove_source(text)`` a source text. A run
keeps going past bad input (a syntax error, an unknown unit, an unreadable file): each is
a problem of its file in ``report.problems`` and every other file is still proved; a path
that does not exist is an error.

>>> from proofs import prove_source
>>> r = prove_source("def f(x: U['m'], v: U['m/s']):\\n    return x + v\\n")
>>> r.status, r.findings[0].sentence, str(r.findings[0].where)
('refuted', 'adds a speed [m/s] to a length [m]', '<string>:2:12')
>>> r = prove_source("def f(a: U['m'], b: U['ft']) -> U['m']:\\n    return a + b\\n")
>>> r.findings[0].sentence
'adds a length in ft to a length in m: multiply the ft value by 0.3048 to get m'
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from .infer import FunctionSystem, System, infer
from .obligations import Obligation
from .report import ProofReport
from .solve import DEFAULT_TIMEOUT_MS, Finding, FunctionResult, check

__all__ = ["prove", "prove_source", "prove_psg", "infer", "check", "ProofReport", "FunctionResult", "Finding",
           "Obligation", "System", "FunctionSystem"]


def prove_psg(psg, *, timeout_ms: int = DEFAULT_TIMEOUT_MS, use_cache: bool = True,
              progress=None, strict_literals: bool = False) -> ProofReport:
    """Infer, then discharge, every obligation of a PSG (``progress(done, total)``, if
    given, is called after each function). Problems met while parsing (``psg.problems``)
    are carried into the report."""
    t0 = time.perf_counter()
    system = infer(psg, strict_literals=strict_literals)
    results = check(system, timeout_ms=timeout_ms, use_cache=use_cache, progress=progress)
    files = tuple(name for name, _ in psg.sources)
    return ProofReport(tuple(results), files, time.perf_counter() - t0, tuple(psg.sources),
                       tuple(psg.problems) + tuple(system.problems))


def prove(paths, *, timeout_ms: int = DEFAULT_TIMEOUT_MS, use_cache: bool = True, progress=None,
          strict_literals: bool = False, keep_going: bool = True) -> ProofReport:
    """Parse (never run) files or folders (a path, or a list of them) and prove them.

    A path that does not exist raises :class:`~psg.errors.SourceError`. With
    ``keep_going`` (the default) a file that cannot be read or parsed, or an unknown unit,
    is a problem in ``report.problems`` and the other files are still proved; otherwise it
    raises. For compatibility a string that holds a newline is taken as source text (say
    :func:`prove_source`)."""
    from psg import parse
    from psg.errors import SourceError

    if isinstance(paths, str) and "\n" in paths:
        return prove_source(paths, timeout_ms=timeout_ms, use_cache=use_cache, progress=progress,
                            strict_literals=strict_literals, keep_going=keep_going)
    items = list(paths) if isinstance(paths, (list, tuple)) else [paths]
    for p in items:
        if not os.path.exists(p):
            raise SourceError("no such file or folder", str(p))
    psg = parse([Path(p) for p in items], keep_going=keep_going)
    return prove_psg(psg, timeout_ms=timeout_ms, use_cache=use_cache, progress=progress,
                     strict_literals=strict_literals)


def prove_source(text: str, filename: str = "<string>", *, timeout_ms: int = DEFAULT_TIMEOUT_MS,
                 use_cache: bool = True, progress=None, strict_literals: bool = False,
                 keep_going: bool = True) -> ProofReport:
    """Parse (never run) one source text, named ``filename``, and prove it."""
    from psg import parse_sources

    psg = parse_sources([(filename, text)], keep_going=keep_going)
    return prove_psg(psg, timeout_ms=timeout_ms, use_cache=use_cache, progress=progress,
                     strict_literals=strict_literals)
