"""Sine test signal for a DAC."""
from typing import Annotated

import numpy as np

Hertz = Annotated[float, "Hz"]
Volts = Annotated[float, "V"]
Seconds = Annotated[float, "s"]
TimeArr = Annotated[np.ndarray, "s"]
VoltArr = Annotated[np.ndarray, "V"]


def tone(freq: Hertz, amp: Volts, fs: Hertz, duration: Seconds) -> VoltArr:
    t: TimeArr = np.arange(0.0, duration, 1.0 / fs)
    return amp * np.sin(2 * np.pi * freq * t / fs)


def peak_to_peak(x: VoltArr) -> Volts:
    return np.max(x) - np.min(x)
