"""FFT frequency resolution and bin frequencies."""
from typing import Annotated

import numpy as np

Hertz = Annotated[float, "Hz"]
FreqArr = Annotated[np.ndarray, "Hz"]


def frequency_resolution(n: int, fs: Hertz) -> Hertz:
    return n / fs


def bin_frequencies(n: int, fs: Hertz) -> FreqArr:
    return np.arange(n // 2 + 1) * fs / n


def resolves(f1: Hertz, f2: Hertz, n: int, fs: Hertz) -> bool:
    return abs(f1 - f2) > 2 * frequency_resolution(n, fs)
