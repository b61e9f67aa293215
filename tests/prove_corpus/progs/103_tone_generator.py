"""Test-tone generation and basic sampling checks."""
from typing import Annotated

import numpy as np

Hertz = Annotated[float, "Hz"]
Volts = Annotated[float, "V"]
TimeArr = Annotated[np.ndarray, "s"]
VoltArr = Annotated[np.ndarray, "V"]


def time_axis(n: int, fs: Hertz) -> TimeArr:
    return np.arange(n) / fs


def tone(freq: Hertz, amp: Volts, fs: Hertz, n: int) -> VoltArr:
    t = time_axis(n, fs)
    return amp * np.sin(2 * np.pi * freq * t)


def nyquist(fs: Hertz) -> Hertz:
    return fs / 2


def aliased(freq: Hertz, fs: Hertz) -> bool:
    return freq > nyquist(fs)


def rms(x: VoltArr) -> Volts:
    return np.sqrt(np.mean(x**2))
