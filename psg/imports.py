"""Which file of the run a name comes from: ``import a.b``, ``from ..x import y`` and their
aliases resolved to the files being read, never by a file's stem or a class's last name.

A file's absolute imports are looked up from its package root (the folder above the
topmost folder of the run holding an ``__init__.py``; a file outside any package: its own
folder, as Python puts a script's folder first), then from the roots of the run (the
folders it was asked to read). A relative import is looked up from the file's folder. A
dotted name is split where the longest run of its first parts names a module of the run
(``a/b.py`` or ``a/b/__init__.py``); the rest is a name inside that module. A name whose
import leads to no file of the run is external: it links to nothing. A name not imported
at all is looked up in its own file.

>>> links = Links(Modules(["pkg/__init__.py", "pkg/geo.py", "pkg/sub/run.py", "other/geo.py"]))
>>> links.add("pkg/sub/run.py", "g", (2, "geo", None))        # from .. import geo as g
>>> links.add("pkg/sub/run.py", "np", (0, "numpy", None))     # import numpy as np
>>> links.where("pkg/sub/run.py", "g.area"), links.where("pkg/sub/run.py", "np.sqrt")
(('pkg/geo.py', 'area'), None)
>>> links.where("pkg/sub/run.py", "helper")                   # not imported: its own file
('pkg/sub/run.py', 'helper')
"""
from __future__ import annotations

import os
from typing import Iterable

Import = tuple  # (level, module, name imported from it or None): ``from ..a import b`` is (2, "a", "b")


def _dir(path: str) -> str:
    d = os.path.dirname(os.path.normpath(path))
    return "" if d == "." else d


class Modules:
    """The modules a run's files make: which file a dotted name under a folder is."""

    def __init__(self, files: Iterable[str], roots: Iterable[str] = ()) -> None:
        self.files = {os.path.normpath(f): f for f in files}
        self.packages = {_dir(p) for p in self.files if os.path.basename(p) == "__init__.py"}
        given = [os.path.normpath(r) for r in roots]
        if not given:
            try:
                given = [os.path.commonpath([_dir(f) or "." for f in self.files])] if self.files else []
            except ValueError:  # absolute and relative names mixed: no common folder
                given = []
        self.roots = tuple(dict.fromkeys("" if r == "." else r for r in given))
        self._bases: dict[str, tuple[str, ...]] = {}
        self._found: dict[tuple, tuple[str, str] | None] = {}  # (folder, parts, least) -> where

    def bases(self, file: str) -> tuple[str, ...]:
        """The folders ``file``'s absolute imports are looked up from, in order."""
        d = _dir(file)
        if d not in self._bases:
            top = d
            while top in self.packages and _dir(top) != top:
                top = _dir(top)
            self._bases[d] = (top, *(r for r in self.roots if r != top))
        return self._bases[d]

    def resolve(self, file: str, imported: Import, rest: Iterable[str] = ()) -> tuple[str, str] | None:
        """``(module's file, name inside it)`` for a name imported by ``file``; None if no
        file of the run is that module."""
        level, module, name = imported
        parts = [*(module.split(".") if module else ()), *((name,) if name else ()), *rest]
        if level:
            base = _dir(file)
            for _ in range(level - 1):
                base = _dir(base)
            return self._split(base, parts, 0)
        for base in self.bases(file):
            hit = self._split(base, parts, 1)
            if hit is not None:
                return hit
        return None

    def _split(self, base: str, parts: list[str], least: int) -> tuple[str, str] | None:
        key = (base, tuple(parts), least)
        if key not in self._found:
            self._found[key] = None
            prefix = base + os.sep if base else ""
            for k in range(len(parts), least - 1, -1):
                stem = prefix + os.sep.join(parts[:k])
                found = (k and self.files.get(stem + ".py")) or self.files.get(
                    stem + os.sep + "__init__.py" if k else prefix + "__init__.py")
                if found is not None:
                    self._found[key] = found, ".".join(parts[k:])
                    break
        return self._found[key]


class Links:
    """The run's modules and each file's imports: where a name a file uses is defined."""

    def __init__(self, modules: Modules) -> None:
        self.modules = modules
        self.imports: dict[str, dict[str, Import]] = {}  # file -> local name -> what it imports
        self.mentions: dict[str, set[str]] = {}  # file -> the functions it calls, as written

    def add(self, file: str, local: str, imported: Import) -> None:
        self.imports.setdefault(file, {})[local] = imported

    def mention(self, file: str, dotted: str) -> None:
        self.mentions.setdefault(file, set()).add(dotted)

    def where(self, file: str, dotted: str) -> tuple[str, str] | None:
        """``(file, name)`` where the name ``dotted``, as ``file`` writes it, is defined:
        through its imports, else its own file; None if it is imported from outside the run."""
        head, _, tail = dotted.partition(".")
        imported = self.imports.get(file, {}).get(head)
        if imported is None:
            return file, dotted
        return self.modules.resolve(file, imported, tail.split(".") if tail else ())
