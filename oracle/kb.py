"""Your own laws beside the bundled ones: ``load_kb(extra=[paths])``.

The bundled knowledge base (``datasets/physics``) and the law modules at ``extra`` (files
or folders, written as in ``docs/knowledge-base.md``) are parsed together (read, never run)
into one :class:`~hypergraph.model.KnowledgeGraph`: your laws use the bundled quantities and
kinds of object, and may declare new ones. Directions are cached per law (the content hash
of what solving it depends on), so adding one law solves that law alone;
``kg.laws_solved`` says how many were solved in this build.

>>> kg = load_kb()
>>> kg.summary()["laws"] >= 150, kg.laws_solved <= kg.summary()["laws"]
(True, True)
"""
from __future__ import annotations

import os
from pathlib import Path

from hypergraph.model import KnowledgeGraph

from .data import datasets_dir


def load_kb(extra=(), *, use_cache: bool = True, executor=None) -> KnowledgeGraph:
    """The bundled laws plus the law modules at ``extra``; pass the result as ``kb=`` to
    :func:`oracle.query`, :func:`oracle.check` and :func:`oracle.relate`. New laws are solved
    through ``executor`` (see :mod:`proofs.executor`), with progress at a terminal. A path that does not exist is a
    :class:`~psg.errors.SourceError` naming it."""
    from hypergraph.build import load, load_default
    from psg.errors import SourceError

    from .progress import TERMINAL

    extra = [extra] if isinstance(extra, (str, os.PathLike)) else list(extra)
    for p in extra:
        if not os.path.exists(p):
            raise SourceError("no such file or folder of laws", str(p))
    if not extra:
        return load_default(use_cache=use_cache, progress=TERMINAL)
    return load([datasets_dir() / "physics", *(Path(p) for p in extra)], use_cache=use_cache, executor=executor,
                progress=TERMINAL)
