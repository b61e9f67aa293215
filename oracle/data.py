"""Where bundled and reference data live.

``datasets/`` (beside the packages) ships the physics laws and example programs;
``../shared/datasets`` (beside the project root) holds reference data the project reads
but never copies; ``ORACLE_SHARED_DATASETS`` points elsewhere.
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def datasets_dir() -> Path:
    """The bundled ``datasets/`` folder."""
    return Path(os.environ.get("ORACLE_DATASETS", ROOT / "datasets"))


def shared_datasets_dir() -> Path:
    """The reference data folder (AI Feynman tables, QUDT)."""
    return Path(os.environ.get("ORACLE_SHARED_DATASETS", ROOT.parent / "shared" / "datasets"))
