"""Where bundled and reference data live, in the repository and when installed.

The data folders are found by :mod:`hypergraph.data` (the knowledge-base builder needs
them, and lower packages never import ``oracle``), re-exported here; this module adds the
oracle's own folders. Benchmarks ship with the repository only.
"""
from __future__ import annotations

from pathlib import Path

from hypergraph.data import ROOT, datasets_dir, shared_datasets_dir  # noqa: F401  (re-exported)


def benchmarks_dir() -> Path | None:
    """The repository's ``benchmarks/`` folder, or None where the package is installed without it."""
    folder = ROOT / "benchmarks"
    return folder if (folder / "RESULTS.md").is_file() else None


def output_dir(command: str) -> Path:
    """Where ``oracle tour`` and ``oracle spike`` write when no ``--out`` is given:
    ``./oracle-out/COMMAND`` (beside the user's work, never inside the installed package)."""
    return Path("oracle-out") / command
