"""Make Lava 0.10 importable on Python 3.11 without touching site-packages.

``lava/magma/compiler/var_model.py`` uses an instance of the (unhashable) dataclass
``ByteEncoder`` as a field default; Python 3.11 rejects that as a mutable default.
:func:`install` adds an import hook that compiles that one module from its source
with ``@dataclass(unsafe_hash=True)`` on ``ByteEncoder``, which is what Python 3.10
accepted. Nothing on disk changes; no other module is touched.

>>> install() is None
True
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys

TARGET = "lava.magma.compiler.var_model"
OLD = "@dataclass\nclass ByteEncoder:"
NEW = "@dataclass(unsafe_hash=True)\nclass ByteEncoder:"


class LavaShimError(ImportError):
    """The installed Lava does not look like the version the shim was written for."""


class _PatchedLoader(importlib.machinery.SourceFileLoader):
    """Compile the target from source with the one-line fix; never use or write a .pyc."""

    def get_code(self, fullname):
        text = self.get_data(self.path).decode("utf-8")
        if text.count(OLD) != 1:
            raise LavaShimError(
                f"{self.path}: expected exactly one '{OLD.splitlines()[1]}' preceded by "
                f"'@dataclass' (found {text.count(OLD)}); this Lava version is not supported"
            )
        return compile(text.replace(OLD, NEW), self.path, "exec", dont_inherit=True)

    def set_data(self, *args, **kwargs):  # no bytecode cache for the patched module
        return None


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname != TARGET:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            return spec
        spec.loader = _PatchedLoader(fullname, spec.origin)
        return spec


def install() -> None:
    """Install the hook once (idempotent). Call before the first ``import lava...``."""
    if sys.version_info < (3, 11):
        return None
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
    return None
