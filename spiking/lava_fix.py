"""Make plain Lava 0.10 work on Python 3.11, without touching site-packages.

Importing :mod:`spiking` (as the oracle's query engine does) calls :func:`install`; after that, Lava is
used as its own documentation shows (``from lava.proc.lif.process import LIF`` ...). Call
``spiking.lava_fix.install()`` yourself only to be explicit; it is idempotent and cheap (it
adds an import hook and imports nothing). A failed ``import lava...`` before it leaves
nothing behind, so importing again after it works.

``lava/magma/compiler/var_model.py`` uses an instance of the (unhashable) dataclass
``ByteEncoder`` as a field default; Python 3.11 rejects that as a mutable default.
:func:`install` adds an import hook that compiles that one module from its source
with ``@dataclass(unsafe_hash=True)`` on ``ByteEncoder``, which is what Python 3.10
accepted. Nothing on disk changes.

The same hook makes Lava's start-method call safe:
``lava/magma/runtime/message_infrastructure/multiprocessing.py`` calls
``multiprocessing.set_start_method('fork')`` at import, which raises "context has
already been set" once anything in the process has fixed the start method (any
``get_start_method()``, ``Pool`` or ``Process`` does). Just before that module runs,
the hook unsets the start method, so Lava's own call sets ``fork`` as it does in a
fresh process (Lava starts its runtime processes by fork and needs it).

>>> install() is None
True
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys

TARGET = "lava.magma.compiler.var_model"
MP_TARGET = "lava.magma.runtime.message_infrastructure.multiprocessing"
OLD = "@dataclass\nclass ByteEncoder:"
NEW = "@dataclass(unsafe_hash=True)\nclass ByteEncoder:"


class LavaFixError(ImportError):
    """The installed Lava is not the version this fix is for."""


class _PatchedLoader(importlib.machinery.SourceFileLoader):
    """Compile the target from source with the one-line fix; never use or write a .pyc."""

    def get_code(self, fullname):
        text = self.get_data(self.path).decode("utf-8")
        if text.count(OLD) != 1:
            raise LavaFixError(
                f"{self.path}: expected exactly one '{OLD.splitlines()[1]}' preceded by "
                f"'@dataclass' (found {text.count(OLD)}); this Lava version is not supported"
            )
        return compile(text.replace(OLD, NEW), self.path, "exec", dont_inherit=True)

    def set_data(self, *args, **kwargs):  # no bytecode cache for the patched module
        return None


def unset_start_method() -> None:
    """Unset the multiprocessing start method if something fixed it (so that a
    following ``set_start_method`` without ``force`` succeeds)."""
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=True) is not None:
        multiprocessing.set_start_method(None, force=True)


class _StartMethodLoader(importlib.machinery.SourceFileLoader):
    """Run Lava's multiprocessing module unchanged, right after unsetting the start method."""

    def exec_module(self, module):
        unset_start_method()
        super().exec_module(module)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        loaders = {TARGET: _PatchedLoader, MP_TARGET: _StartMethodLoader}
        if fullname not in loaders:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            return spec
        spec.loader = loaders[fullname](fullname, spec.origin)
        return spec


def install() -> None:
    """Install the import hook once (idempotent); ``import spiking`` does."""
    if sys.version_info < (3, 11):
        return None
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
    return None
