"""The fuzz inputs of ``benchmarks/_fuzz_inputs.py``, loaded from its file (the benchmarks
folder is never put on ``sys.path``: its ``spiking.py`` would shadow the package)."""
import importlib.util
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "_fuzz_inputs.py"


def fuzz_inputs():
    if "_fuzz_inputs" not in sys.modules:
        spec = importlib.util.spec_from_file_location("_fuzz_inputs", PATH)
        module = importlib.util.module_from_spec(spec)
        sys.modules["_fuzz_inputs"] = module
        spec.loader.exec_module(module)
    return sys.modules["_fuzz_inputs"]
