"""Where the bundled laws and the reference data live, in the repository and when installed.

The knowledge-base builder needs these paths, so they live here, below the oracle
(:mod:`oracle.data` re-exports them): lower packages never import ``oracle``. The bundled
data (the physics laws and the example programs) is ``datasets/`` beside the packages in
the repository; a wheel carries the same folder as ``oracle/_datasets`` (pyproject.toml
maps it; that is a folder on disk, read here without importing the oracle), so both
layouts are found without a setting. ``ORACLE_DATASETS`` points elsewhere. Reference data
the project reads but never copies (AI Feynman tables, QUDT) is ``../shared/datasets``
beside the repository, or ``ORACLE_SHARED_DATASETS``.
"""
from __future__ import annotations

import os
from pathlib import Path

#: The folder that holds the packages: the repository, or site-packages when installed.
ROOT = Path(__file__).resolve().parent.parent
_INSTALLED = ROOT / "oracle" / "_datasets"


def datasets_dir() -> Path:
    """The bundled data folder (``physics/``, ``examples/``)."""
    env = os.environ.get("ORACLE_DATASETS")
    if env:
        return Path(env)
    return _INSTALLED if _INSTALLED.is_dir() else ROOT / "datasets"


def shared_datasets_dir() -> Path:
    """The reference data folder (AI Feynman tables, QUDT)."""
    return Path(os.environ.get("ORACLE_SHARED_DATASETS", ROOT.parent / "shared" / "datasets"))
