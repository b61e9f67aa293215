"""Where bundled and reference data live, in the repository and when installed.

The bundled data (the physics laws and the example programs) is ``datasets/`` beside the
packages in the repository; a wheel carries the same folder inside the oracle package as
``oracle/_datasets`` (pyproject.toml maps it), so both layouts are found without a
setting. ``ORACLE_DATASETS`` points elsewhere. Reference data the project reads but never
copies (AI Feynman tables, QUDT) is ``../shared/datasets`` beside the repository, or
``ORACLE_SHARED_DATASETS``. Benchmarks ship with the repository only.
"""
from __future__ import annotations

import os
from pathlib import Path

#: The folder that holds the packages: the repository, or site-packages when installed.
ROOT = Path(__file__).resolve().parent.parent
_INSTALLED = Path(__file__).resolve().parent / "_datasets"


def datasets_dir() -> Path:
    """The bundled data folder (``physics/``, ``examples/``)."""
    env = os.environ.get("ORACLE_DATASETS")
    if env:
        return Path(env)
    return _INSTALLED if _INSTALLED.is_dir() else ROOT / "datasets"


def benchmarks_dir() -> Path | None:
    """The repository's ``benchmarks/`` folder, or None where the package is installed without it."""
    folder = ROOT / "benchmarks"
    return folder if (folder / "RESULTS.md").is_file() else None


def shared_datasets_dir() -> Path:
    """The reference data folder (AI Feynman tables, QUDT)."""
    return Path(os.environ.get("ORACLE_SHARED_DATASETS", ROOT.parent / "shared" / "datasets"))


def output_dir(command: str) -> Path:
    """Where ``oracle tour`` and ``oracle spike`` write when no ``--out`` is given:
    ``./oracle-out/COMMAND`` (beside the user's work, never inside the installed package)."""
    return Path("oracle-out") / command
