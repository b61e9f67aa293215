"""The ternary reader's model on a CUDA GPU against the numpy reference (device check).

Reads feature ids saved by ``--save IDS.npz`` on a machine with the knowledge base (the
featurizer needs pint); on the GPU machine only numpy and numba are needed:

    python benchmarks/_reader_cuda.py --save out/reader-ids.npz          # here
    python benchmarks/_reader_cuda.py --ids out/reader-ids.npz           # on the GPU machine
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUESTIONS = [
    "A 2 kg ball moves at 3 m/s. What is its kinetic energy?",
    "A ball is dropped from a height of 20 m. How fast is it moving when it lands, in km/h?",
    "A 1500 kg car travelling at 20 m/s brakes to a stop in 50 m. What is the braking force, in kN?",
    "What is the energy of a photon of wavelength 500 nm, in eV?",
    "Find the resistance if a 12 V battery drives a current of 2 A through it.",
]


def save(path: str) -> None:
    from oracle.reader.features import featurize, with_hint
    from oracle.reader.lexicon import Lexicon
    from oracle.reader.ternary import WEIGHTS
    from oracle.reader.model import ReaderModel

    m = ReaderModel.load(WEIGHTS)
    lex = Lexicon.default()
    arrays = {f"q{k}": featurize(with_hint(q, None)[0], m.buckets, lex) for k, q in enumerate(QUESTIONS)}
    np.savez(path, **arrays)
    print(f"saved {len(arrays)} questions' feature ids to {path}")


def check(path: str) -> int:
    from numba import cuda

    from oracle.reader.model import ReaderModel
    from oracle.reader.ternary import WEIGHTS

    print("CUDA available:", cuda.is_available(), cuda.gpus if cuda.is_available() else "")
    m = ReaderModel.load(WEIGHTS)
    worst = 0.0
    same = True
    with np.load(path) as z:
        for key in sorted(z.files):
            ids = z[key]
            ref = m.forward(ids, backend="numpy")
            for backend in ("cuda", "fused"):
                out = m.forward(ids, backend=backend)
                worst = max(worst, float(np.abs(out - ref).max() / max(1.0, np.abs(ref).max())))
                same &= bool(np.array_equal(out.argmax(1), ref.argmax(1)))
            times = {}
            for backend in ("cuda", "fused", "numpy"):
                m.forward(ids, backend=backend)
                t = time.perf_counter()
                for _ in range(20):
                    m.forward(ids, backend=backend)
                times[backend] = (time.perf_counter() - t) / 20 * 1e3
            print(f"{key}: {ids.shape[0]} tokens; ms per forward: " +
                  ", ".join(f"{b} {v:.3f}" for b, v in times.items()))
    print(f"largest relative difference to the numpy reference: {worst:.2e}; same argmax everywhere: {same}")
    return 0 if worst < 1e-3 and same else 1


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", metavar="IDS.npz")
    ap.add_argument("--ids", metavar="IDS.npz")
    args = ap.parse_args()
    if args.save:
        save(args.save)
        sys.exit(0)
    sys.exit(check(args.ids))
