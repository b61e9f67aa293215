"""BitNet b1.58 quantization: ternary weights (absmean) and int8 activations (absmax).

The numpy functions are the definition; ``quantize_activations_cpu`` is the numba kernel
that must agree with it bit for bit.

Weights: ``scale = max(mean(|W|), eps)`` (the mean taken in float64, stored as float32),
``Wq = clip(round_half_even(W * (1 / scale)), -1, 1)``, so ``W ~ Wq * scale``.

Activations, per token (last axis): ``absmax = max(max(|x|), eps)``,
``s = float32(127) / absmax`` (float32 division), ``q = clip(round_half_even(x * s), -128, 127)``;
the dequantization factor returned is ``absmax / 127`` (float32), so ``x ~ q * x_scale``.

>>> import numpy as np
>>> wq, scale = quantize_weights(np.array([[0.5, -2.0, 0.05]], np.float32))
>>> wq.tolist(), float(scale)
([[1, -1, 0]], 0.8500000238418579)
>>> q, xs = quantize_activations(np.array([[1.0, -0.5, 0.25]], np.float32))
>>> q.tolist(), xs.shape
([[127, -64, 32]], (1,))
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit, prange

from kernels.errors import check_array

WEIGHT_EPS = 1e-5
ACT_EPS = np.float32(1e-5)
_Q = np.float32(127.0)


def quantize_weights(w: np.ndarray, eps: float = WEIGHT_EPS) -> tuple[np.ndarray, np.float32]:
    """Absmean ternary quantization of a float32 (out, in) matrix: (int8 ternary, float32 scale)."""
    check_array("quantize_weights", "w", w, dtype=np.float32, ndim=2)
    scale = np.float32(max(float(np.abs(w, dtype=np.float64).mean()) if w.size else 0.0, eps))
    inv = np.float32(1.0) / scale
    wq = np.clip(np.rint(w * inv), -1, 1).astype(np.int8)
    return wq, scale


def quantize_activations(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-token absmax int8 quantization of float32 (tokens, features): (int8 q, float32 x_scale)."""
    check_array("quantize_activations", "x", x, dtype=np.float32, ndim=2)
    absmax = np.maximum(np.abs(x).max(axis=1, initial=np.float32(0.0)), ACT_EPS).astype(np.float32)
    s = (_Q / absmax).astype(np.float32)
    q = np.clip(np.rint(x * s[:, None]), -128, 127).astype(np.int8)
    return q, (absmax / _Q).astype(np.float32)


@njit(inline="always", cache=True)
def round_half_even(v):
    """Round a float32 to the nearest integer, ties to even, exactly (works in CPU and CUDA code)."""
    d = np.float64(v)
    r = math.floor(d + 0.5)
    if r - d == 0.5 and r % 2.0 != 0.0:
        r -= 1.0
    return r


@njit(parallel=True, cache=True)
def _quantize_rows(x, q, xs):
    rows, cols = x.shape
    for i in prange(rows):
        absmax = np.float32(0.0)
        for j in range(cols):
            absmax = max(absmax, abs(x[i, j]))
        absmax = max(absmax, ACT_EPS)
        s = _Q / absmax
        for j in range(cols):
            r = round_half_even(x[i, j] * s)
            q[i, j] = np.int8(min(max(r, -128.0), 127.0))
        xs[i] = absmax / _Q


def quantize_activations_cpu(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """numba kernel for ``quantize_activations``; same result bit for bit.

    >>> import numpy as np
    >>> x = np.array([[0.3, -1.7, 2.5, 0.0]], np.float32)
    >>> all(np.array_equal(a, b) for a, b in zip(quantize_activations_cpu(x), quantize_activations(x)))
    True
    """
    check_array("quantize_activations_cpu", "x", x, dtype=np.float32, ndim=2)
    q = np.empty(x.shape, np.int8)
    xs = np.empty(x.shape[0], np.float32)
    if x.shape[0]:
        if x.shape[1] == 0:
            xs[:] = ACT_EPS / _Q
        else:
            _quantize_rows(x, q, xs)
    return q, xs
