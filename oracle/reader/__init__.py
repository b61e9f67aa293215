"""Reading questions written in English into typed requests for ``oracle.query``.

``oracle.ask(text)`` proposes a reading with a reader, checks it with the oracle, revises it
on a mismatch and answers only with a verified answer (see :mod:`oracle.reader.loop`).
Readers share one interface (:class:`~oracle.reader.request.Reader`): the rule reader
(:mod:`oracle.reader.rules`), the ternary MLGRU model on the project's kernels
(:mod:`oracle.reader.ternary`) and a client for a local OpenAI-compatible server
(:mod:`oracle.reader.llm`). Only :mod:`oracle.reader.adapter` knows the engine's answers.
"""
from .request import CannotRevise, Given, Mismatch, Reader, ReadingError, Request

__all__ = ["CannotRevise", "Given", "Mismatch", "Reader", "ReadingError", "Request", "ask"]


def ask(text, reader="ternary", *, rounds: int = 4, fallback="rule", oracle=None):
    """``oracle.ask``: the ternary reader, the rule reader as the fallback (see
    :func:`oracle.reader.loop.ask`; ``fallback=None`` for one reader alone)."""
    from .loop import ask as _ask

    return _ask(text, reader, rounds=rounds, oracle=oracle, fallback=None if reader == fallback else fallback)
