"""Scalar float32 math for the CPU kernels, written so LLVM can vectorize loops that call it.

numba without Intel SVML turns ``math.exp`` into a scalar libm call, which stops loop
vectorization. ``exp32`` is the Cephes single-precision exponential (range reduction by
``ln 2``, rounded with the 1.5 * 2**23 trick, and a degree-6 polynomial, relative error
below 3e-7 on [-87, 88]) built only from arithmetic and bit casts, so a loop over it runs in
SIMD lanes.
Results below ``exp(-87.3)`` are returned as about 1.2e-38 instead of a denormal.
``log32`` is Cephes' logf the same way; ``softplus32`` uses it with Kahan's log1p trick.

>>> import math
>>> abs(exp32(1.0) - math.e) / math.e < 3e-7
True
>>> round(float(silu32(2.0)), 6), round(float(softplus32(0.0)), 6)
(1.761594, 0.693147)
"""

from __future__ import annotations

import numpy as np
from llvmlite import ir
from numba import njit, types
from numba.extending import intrinsic

_LOG2E = np.float32(1.44269504088896341)
_C1 = np.float32(0.693359375)
_C2 = np.float32(-2.12194440e-4)
_HI = np.float32(88.3762626647949)
_LO = np.float32(-87.3365478515625)
_P0 = np.float32(1.9875691500e-4)
_P1 = np.float32(1.3981999507e-3)
_P2 = np.float32(8.3334519073e-3)
_P3 = np.float32(4.1665795894e-2)
_P4 = np.float32(1.6666665459e-1)
_P5 = np.float32(5.0000001201e-1)
_ONE = np.float32(1.0)
_HALF = np.float32(0.5)
_TWENTY = np.float32(20.0)
_MAGIC = np.float32(12582912.0)  # 1.5 * 2**23
_MAGIC_BITS = np.int32(0x4B400000)


@intrinsic
def _bits_to_float32(typingctx, bits):
    """Reinterpret the 32 bits of an int32 as a float32 (an LLVM bitcast)."""
    sig = types.float32(types.int32)

    def codegen(context, builder, signature, args):
        return builder.bitcast(args[0], ir.FloatType())

    return sig, codegen


@intrinsic
def _float32_to_bits(typingctx, value):
    """Reinterpret the 32 bits of a float32 as an int32 (an LLVM bitcast)."""
    sig = types.int32(types.float32)

    def codegen(context, builder, signature, args):
        return builder.bitcast(args[0], ir.IntType(32))

    return sig, codegen


_L = tuple(np.float32(c) for c in (
    7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
    -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
))
_SQRTHF = np.float32(0.707106781186547524)


@njit(inline="always", cache=True)
def log32(x):
    """log(x) in float32 for normal x > 0 (Cephes logf), vectorizable."""
    bits = _float32_to_bits(np.float32(x))
    e = np.float32(((bits >> np.int32(23)) & np.int32(255)) - np.int32(126))
    m = _bits_to_float32(np.int32((bits & np.int32(0x007FFFFF)) | np.int32(0x3F000000)))
    if m < _SQRTHF:
        e -= _ONE
        m = m + m - _ONE
    else:
        m = m - _ONE
    z = m * m
    p = _L[0]
    p = p * m + _L[1]
    p = p * m + _L[2]
    p = p * m + _L[3]
    p = p * m + _L[4]
    p = p * m + _L[5]
    p = p * m + _L[6]
    p = p * m + _L[7]
    p = p * m + _L[8]
    y = p * m * z + _C2 * e - _HALF * z
    return m + y + _C1 * e


@njit(inline="always", cache=True)
def exp32(x):
    """exp(x) in float32, vectorizable."""
    x = np.float32(min(max(np.float32(x), _LO), _HI))
    # Adding 1.5 * 2**23 rounds x / ln 2 to the nearest integer n, which then sits in the low
    # mantissa bits: no floor or float-to-int conversion (those cost extra vector ops).
    t = x * _LOG2E + _MAGIC
    fx = t - _MAGIC
    r = x - fx * _C1 - fx * _C2
    z = r * r
    p = ((((_P0 * r + _P1) * r + _P2) * r + _P3) * r + _P4) * r + _P5
    y = p * z + r + _ONE
    n = _float32_to_bits(t) - _MAGIC_BITS
    return y * _bits_to_float32(np.int32((n + np.int32(127)) << np.int32(23)))


@njit(inline="always", cache=True)
def sigmoid32(x):
    """1 / (1 + exp(-x)) in float32."""
    return _ONE / (_ONE + exp32(-x))


@njit(inline="always", cache=True)
def silu32(x):
    """x * sigmoid(x) in float32."""
    return np.float32(x) * sigmoid32(x)


@njit(inline="always", cache=True)
def softplus32(x):
    """log(1 + exp(x)), and x itself above 20, as Mamba's kernel computes it."""
    if x > _TWENTY:
        return np.float32(x)
    e = exp32(x)
    v = _ONE + e
    if v == _ONE:
        return e
    return log32(v) * (e / (v - _ONE))
