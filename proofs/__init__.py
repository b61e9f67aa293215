"""Proofs: obligations from the PSG, discharged by a fast path and Z3, written as reports.

>>> from proofs import prove
>>> r = prove("def f(x: U['m'], v: U['m/s']):\\n    return x + v\\n")
>>> r.status, r.findings[0].sentence, str(r.findings[0].where)
('refuted', 'adds a speed [m/s] to a length [m]', '<string>:2:12')
"""
from __future__ import annotations

import time

from .infer import FunctionSystem, System, infer
from .obligations import Obligation
from .report import ProofReport
from .solve import DEFAULT_TIMEOUT_MS, Finding, FunctionResult, check

__all__ = ["prove", "prove_psg", "infer", "check", "ProofReport", "FunctionResult", "Finding",
           "Obligation", "System", "FunctionSystem"]


def prove_psg(psg, *, timeout_ms: int = DEFAULT_TIMEOUT_MS, use_cache: bool = True,
              progress=None) -> ProofReport:
    """Infer, then discharge, every obligation of a PSG (``progress(done, total)``, if
    given, is called after each function)."""
    t0 = time.perf_counter()
    system = infer(psg)
    results = check(system, timeout_ms=timeout_ms, use_cache=use_cache, progress=progress)
    files = tuple(name for name, _ in psg.sources)
    return ProofReport(tuple(results), files, time.perf_counter() - t0, tuple(psg.sources))


def prove(source_or_paths, *, timeout_ms: int = DEFAULT_TIMEOUT_MS, use_cache: bool = True,
          progress=None) -> ProofReport:
    """Parse (never run) source text, files or folders and prove them (``progress``: see
    :func:`prove_psg`)."""
    from psg import parse

    return prove_psg(parse(source_or_paths), timeout_ms=timeout_ms, use_cache=use_cache, progress=progress)
