"""CUDA kernels: run cudasim_kernels.py on the CUDA simulator in a separate process.

The simulator must be enabled before numba is imported, and the rest of this pytest process
keeps real CPU numba, hence the subprocess. Also: kernels import without CUDA, and say so.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


def _env(**extra):
    env = dict(os.environ)
    env.pop("NUMBA_ENABLE_CUDASIM", None)
    env.update(extra)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.mark.slow
def test_cuda_kernels_on_simulator():
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(HERE / "cudasim_kernels.py")],
        cwd=ROOT, env=_env(NUMBA_ENABLE_CUDASIM="1"), capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout and "skipped" not in proc.stdout


def test_kernels_import_without_cuda_and_say_so():
    code = (
        "import kernels, kernels.cuda as kc, numpy as np\n"
        "assert not kc.cuda_available()\n"
        "try:\n"
        "    kc.ternary_gemv_cuda(kernels.pack_ternary(np.zeros((1, 2), np.int8)), np.zeros(2, np.int8))\n"
        "except kernels.CudaUnavailableError as e:\n"
        "    print(e)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=_env(NUMBA_DISABLE_CUDA="1"),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "ternary_gemv_cuda: numba finds no CUDA GPU; set NUMBA_ENABLE_CUDASIM=1" in proc.stdout
