"""The oracle: ask questions that need physical laws; get values, derivations and proofs.

>>> import oracle
>>> a = oracle.query(given={"m": "2 kg", "v": "3 m/s"}, find="E_k", unit="J")
>>> round(a.value_in_unit.magnitude, 9), a.proof.status
(9.0, 'proved')
>>> r = oracle.ask("A 2 kg ball moves at 3 m/s. What is its kinetic energy in J?", reader="rule")
>>> r.answered, round(r.value, 9), r.unit
(True, 9.0, 'J')
"""
from __future__ import annotations

__version__ = "0.1.0"  # the package's version (pyproject.toml reads it from here)

__all__ = ["query", "check", "relate", "prove", "ask", "load_kb", "Answer", "Oracle", "QueryError"]


def __getattr__(name):  # keep `import oracle` light: the engines load on first use
    if name in ("query", "check", "relate", "Answer", "Oracle", "QueryError", "Derivation"):
        from . import engine as _q

        return getattr(_q, name)
    if name == "load_kb":
        from .kb import load_kb

        return load_kb
    if name == "ask":
        from .reader import ask

        return ask
    if name == "prove":
        from proofs import prove

        return prove
    raise AttributeError(f"module 'oracle' has no attribute {name!r}")
