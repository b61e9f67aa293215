"""Ternary GEMV and GEMM: int8 activations times packed ternary weights, accumulated in int32.

``ternary_gemv_ref`` / ``ternary_gemm_ref`` (numpy) are the definition: unpack, widen to
int32, multiply. The numba kernels (``*_cpu``, parallel over output rows) agree bit for bit.
They use ``w = d - 1``: ``sum(x * w) = sum(x * d) - sum(x)``, with digits ``d`` in {0, 1, 2}.
The 2-bit GEMV masks digit ``i`` in place (``b & 3 << 2i`` is ``4**i * d_i``), keeps one int32
sum per digit plane and shifts it back exactly at the end, four rows per task; the base-3
kernels decode digits in int16 lanes (5 products per byte never exceed int16), summed in int32.

Shapes: ``x`` is (K,) for GEMV and (M, K) for GEMM, ``w`` packs (N, K); the result is
(N,) or (M, N) int32. ``int8_gemv_cpu`` is the plain int8-weight kernel the benchmark compares with.

>>> import numpy as np
>>> from kernels.packing import pack_ternary
>>> w = pack_ternary(np.array([[1, -1, 0], [0, 1, 1]], np.int8))
>>> x = np.array([5, 7, -3], np.int8)
>>> ternary_gemv_ref(w, x).tolist(), ternary_gemv_cpu(w, x).tolist()
([-2, 4], [-2, 4])
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

from kernels.errors import KernelShapeError, KernelDtypeError, check_array
from kernels.packing import PackedTernary, unpack_ternary
from kernels.simd import BLOCK, HAS_AVX2, dot4_2bit

_P3 = (np.int16(1), np.int16(3), np.int16(9), np.int16(27), np.int16(81))
_M255 = np.int16(255)
_THREE = np.int16(3)
_EIGHT = np.int16(8)


def _check_weights(where: str, w: object) -> PackedTernary:
    if not isinstance(w, PackedTernary):
        raise KernelDtypeError(
            f"{where}: argument 'w' must be a PackedTernary (see kernels.pack_ternary), "
            f"got {type(w).__name__}"
        )
    return w


def check_gemv_args(where: str, w: object, x: object) -> tuple[PackedTernary, np.ndarray]:
    """Validate GEMV arguments; returns them typed."""
    w = _check_weights(where, w)
    check_array(where, "x", x, dtype=np.int8, ndim=1)
    if x.shape[0] != w.cols:
        raise KernelShapeError(
            f"{where}: argument 'x' must have shape (K,) = ({w.cols},) to match weights of "
            f"shape {w.shape}, got {x.shape}"
        )
    return w, x


def check_gemm_args(where: str, w: object, x: object) -> tuple[PackedTernary, np.ndarray]:
    """Validate GEMM arguments; returns them typed."""
    w = _check_weights(where, w)
    check_array(where, "x", x, dtype=np.int8, ndim=2)
    if x.shape[1] != w.cols:
        raise KernelShapeError(
            f"{where}: argument 'x' must have shape (M, K) with K = {w.cols} to match weights "
            f"of shape {w.shape}, got {x.shape}"
        )
    return w, x


def padded_int16(x: np.ndarray, w: PackedTernary) -> np.ndarray:
    """Activations widened to int16 and zero-padded to ``per_byte * width`` along the last axis."""
    out = np.zeros(x.shape[:-1] + (w.per_byte * w.width,), np.int16)
    out[..., : x.shape[-1]] = x
    return out


def ternary_gemv_ref(w: PackedTernary, x: np.ndarray) -> np.ndarray:
    """numpy reference GEMV: ``unpack(w) @ x`` in int32."""
    w, x = check_gemv_args("ternary_gemv_ref", w, x)
    return unpack_ternary(w).astype(np.int32) @ x.astype(np.int32)


def ternary_gemm_ref(w: PackedTernary, x: np.ndarray) -> np.ndarray:
    """numpy reference GEMM: ``x @ unpack(w).T`` in int32, shape (M, N)."""
    w, x = check_gemm_args("ternary_gemm_ref", w, x)
    return x.astype(np.int32) @ unpack_ternary(w).astype(np.int32).T


_I32 = np.int32
_MASKS = (np.int16(3), np.int16(12), np.int16(48), np.int16(192))
SPAN = 1 << 16  # packed bytes per int32 partial sum: 4 planes * 2 * 64 * 128 * SPAN < 2**31


@njit(inline="always", cache=True)
def _row_2bit(row, x0, x1, x2, x3):
    """sum_j sum_i x_i[j] * digit_i(row[j]) over one row (int32; at most SPAN bytes)."""
    a0 = _I32(0)
    a1 = _I32(0)
    a2 = _I32(0)
    a3 = _I32(0)
    for j in range(row.shape[0]):
        v = np.int16(row[j])
        a0 = _I32(a0 + _I32(x0[j] * (v & _MASKS[0])))
        a1 = _I32(a1 + _I32(x1[j] * (v & _MASKS[1])))
        a2 = _I32(a2 + _I32(x2[j] * (v & _MASKS[2])))
        a3 = _I32(a3 + _I32(x3[j] * (v & _MASKS[3])))
    return _I32(a0 + (a1 >> 2) + (a2 >> 4) + (a3 >> 6))


@njit(cache=True)
def _rows_2bit(data, x0, x1, x2, x3, sx, out, start, stop):
    """Rows ``start..stop`` one at a time (the last, partial group of four)."""
    kp = data.shape[1]
    for m in range(start, stop):
        acc = _I32(0)
        for j0 in range(0, kp, SPAN):
            j1 = min(kp, j0 + SPAN)
            acc += _row_2bit(data[m, j0:j1], x0[j0:j1], x1[j0:j1], x2[j0:j1], x3[j0:j1])
        out[m] = acc - sx


@njit(parallel=True, cache=True)
def _gemv_2bit(data, x16, sx, out):
    # Digit i of a byte is masked in place, not shifted: ``x * (b & 3 << 2i)`` is
    # ``4**i * x * d_i``, so four int32 sums (one per plane) are shifted back once per row.
    # Four rows per task share each activation load. int16 products, int32 sums: LLVM emits
    # pmaddwd / vpdpwssd.
    rows, kp = data.shape
    x0 = x16[0:kp]
    x1 = x16[kp : 2 * kp]
    x2 = x16[2 * kp : 3 * kp]
    x3 = x16[3 * kp : 4 * kp]
    for g in prange((rows + 3) // 4):
        n = 4 * g
        if n + 4 > rows:
            _rows_2bit(data, x0, x1, x2, x3, sx, out, n, rows)
            continue
        t0 = _I32(0)
        t1 = _I32(0)
        t2 = _I32(0)
        t3 = _I32(0)
        for j0 in range(0, kp, SPAN):
            j1 = min(kp, j0 + SPAN)
            r0 = data[n, j0:j1]
            r1 = data[n + 1, j0:j1]
            r2 = data[n + 2, j0:j1]
            r3 = data[n + 3, j0:j1]
            s0 = x0[j0:j1]
            s1 = x1[j0:j1]
            s2 = x2[j0:j1]
            s3 = x3[j0:j1]
            a0 = _I32(0)
            a1 = _I32(0)
            a2 = _I32(0)
            a3 = _I32(0)
            b0 = _I32(0)
            b1 = _I32(0)
            b2 = _I32(0)
            b3 = _I32(0)
            c0 = _I32(0)
            c1 = _I32(0)
            c2 = _I32(0)
            c3 = _I32(0)
            e0 = _I32(0)
            e1 = _I32(0)
            e2 = _I32(0)
            e3 = _I32(0)
            for j in range(j1 - j0):
                y0 = s0[j]
                y1 = s1[j]
                y2 = s2[j]
                y3 = s3[j]
                v = np.int16(r0[j])
                a0 = _I32(a0 + _I32(y0 * (v & _MASKS[0])))
                a1 = _I32(a1 + _I32(y1 * (v & _MASKS[1])))
                a2 = _I32(a2 + _I32(y2 * (v & _MASKS[2])))
                a3 = _I32(a3 + _I32(y3 * (v & _MASKS[3])))
                v = np.int16(r1[j])
                b0 = _I32(b0 + _I32(y0 * (v & _MASKS[0])))
                b1 = _I32(b1 + _I32(y1 * (v & _MASKS[1])))
                b2 = _I32(b2 + _I32(y2 * (v & _MASKS[2])))
                b3 = _I32(b3 + _I32(y3 * (v & _MASKS[3])))
                v = np.int16(r2[j])
                c0 = _I32(c0 + _I32(y0 * (v & _MASKS[0])))
                c1 = _I32(c1 + _I32(y1 * (v & _MASKS[1])))
                c2 = _I32(c2 + _I32(y2 * (v & _MASKS[2])))
                c3 = _I32(c3 + _I32(y3 * (v & _MASKS[3])))
                v = np.int16(r3[j])
                e0 = _I32(e0 + _I32(y0 * (v & _MASKS[0])))
                e1 = _I32(e1 + _I32(y1 * (v & _MASKS[1])))
                e2 = _I32(e2 + _I32(y2 * (v & _MASKS[2])))
                e3 = _I32(e3 + _I32(y3 * (v & _MASKS[3])))
            t0 += _I32(a0 + (a1 >> 2) + (a2 >> 4) + (a3 >> 6))
            t1 += _I32(b0 + (b1 >> 2) + (b2 >> 4) + (b3 >> 6))
            t2 += _I32(c0 + (c1 >> 2) + (c2 >> 4) + (c3 >> 6))
            t3 += _I32(e0 + (e1 >> 2) + (e2 >> 4) + (e3 >> 6))
        out[n] = t0 - sx
        out[n + 1] = t1 - sx
        out[n + 2] = t2 - sx
        out[n + 3] = t3 - sx


@njit(parallel=True, cache=True)
def _gemv_2bit_simd(data, x8, sx, out):
    # kernels.simd.dot4_2bit over whole 32-byte blocks (SPAN bytes per exact int32 sum), the
    # remaining bytes and rows with the portable per-row loop.
    rows, kp = data.shape
    whole = kp - kp % BLOCK
    x0 = x8[0:kp]
    x1 = x8[kp : 2 * kp]
    x2 = x8[2 * kp : 3 * kp]
    x3 = x8[3 * kp : 4 * kp]
    for g in prange((rows + 3) // 4):
        n = 4 * g
        if n + 4 > rows:
            _rows_2bit(data, x0, x1, x2, x3, sx, out, n, rows)
            continue
        t0 = _I32(0)
        t1 = _I32(0)
        t2 = _I32(0)
        t3 = _I32(0)
        for j0 in range(0, whole, SPAN):
            s0, s1, s2, s3 = dot4_2bit(data, x8, n, j0, (min(whole, j0 + SPAN) - j0) // BLOCK)
            t0 += s0
            t1 += s1
            t2 += s2
            t3 += s3
        if whole < kp:
            t0 += _row_2bit(data[n, whole:], x0[whole:], x1[whole:], x2[whole:], x3[whole:])
            t1 += _row_2bit(data[n + 1, whole:], x0[whole:], x1[whole:], x2[whole:], x3[whole:])
            t2 += _row_2bit(data[n + 2, whole:], x0[whole:], x1[whole:], x2[whole:], x3[whole:])
            t3 += _row_2bit(data[n + 3, whole:], x0[whole:], x1[whole:], x2[whole:], x3[whole:])
        out[n] = t0 - sx
        out[n + 1] = t1 - sx
        out[n + 2] = t2 - sx
        out[n + 3] = t3 - sx


@njit(inline="always", cache=True)
def _digit3(b, p):
    return (((b * p) & _M255) * _THREE) >> _EIGHT


@njit(parallel=True, cache=True)
def _gemv_base3(data, x16, sx, out):
    rows, kp = data.shape
    x0 = x16[0:kp]
    x1 = x16[kp : 2 * kp]
    x2 = x16[2 * kp : 3 * kp]
    x3 = x16[3 * kp : 4 * kp]
    x4 = x16[4 * kp : 5 * kp]
    for n in prange(rows):
        row = data[n]
        acc = np.int32(0)
        for j in range(kp):
            b = np.int16(row[j])
            acc += np.int16(
                x0[j] * _digit3(b, _P3[0])
                + x1[j] * _digit3(b, _P3[1])
                + x2[j] * _digit3(b, _P3[2])
                + x3[j] * _digit3(b, _P3[3])
                + x4[j] * _digit3(b, _P3[4])
            )
        out[n] = acc - sx


@njit(cache=True)
def _decode_row(row, base3, digits):
    kp = row.shape[0]
    if base3:
        for j in range(kp):
            b = np.int16(row[j])
            for i in range(5):
                digits[i * kp + j] = _digit3(b, _P3[i])
    else:
        for j in range(kp):
            b = np.int16(row[j])
            for i in range(4):
                digits[i * kp + j] = (b >> np.int16(2 * i)) & 3


@njit(parallel=True, cache=True)
def _gemm(data, base3, x16, sx, out):
    rows, kp = data.shape
    m_count, k_pad = x16.shape
    for n in prange(rows):
        digits = np.empty(k_pad, np.int16)
        _decode_row(data[n], base3, digits)
        for m in range(m_count):
            xm = x16[m]
            acc = np.int32(0)
            for k in range(k_pad):
                acc += np.int32(xm[k] * digits[k])
            out[m, n] = acc - sx[m]


def ternary_gemv_cpu(w: PackedTernary, x: np.ndarray, simd: bool = True) -> np.ndarray:
    """numba GEMV (parallel over output rows), int32 result equal to ``ternary_gemv_ref``.

    2-bit weights use the AVX2 loop of ``kernels.simd`` where the host has it (``simd=False``
    forces the portable kernel).
    """
    w, x = check_gemv_args("ternary_gemv_cpu", w, x)
    out = np.empty(w.rows, np.int32)
    if w.rows == 0:
        return out
    sx = np.int32(x.astype(np.int64).sum())
    if w.scheme == "2bit" and simd and HAS_AVX2:
        x8 = np.zeros(4 * w.width, np.int8)
        x8[: x.shape[0]] = x
        _gemv_2bit_simd(w.data, x8, sx, out)
    elif w.scheme == "2bit":
        _gemv_2bit(w.data, padded_int16(x, w), sx, out)
    else:
        _gemv_base3(w.data, padded_int16(x, w), sx, out)
    return out


def ternary_gemm_cpu(w: PackedTernary, x: np.ndarray) -> np.ndarray:
    """numba GEMM (parallel over output columns), int32 (M, N) equal to ``ternary_gemm_ref``."""
    w, x = check_gemm_args("ternary_gemm_cpu", w, x)
    out = np.empty((x.shape[0], w.rows), np.int32)
    if out.size == 0:
        return out
    x16 = padded_int16(x, w)
    sx = x.astype(np.int64).sum(axis=1).astype(np.int32)
    _gemm(w.data, w.scheme == "base3", x16, sx, out)
    return out


@njit(parallel=True, cache=True)
def _int8_gemv(w, x16, out):
    rows, cols = w.shape
    for n in prange(rows):
        row = w[n]
        acc = np.int32(0)
        for k in range(cols):
            acc += np.int32(row[k] * x16[k])
        out[n] = acc


def int8_gemv_cpu(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Baseline: numba GEMV with dense int8 (N, K) weights and int8 (K,) activations, int32 out.

    >>> import numpy as np
    >>> int8_gemv_cpu(np.array([[2, -3]], np.int8), np.array([4, 5], np.int8)).tolist()
    [-7]
    """
    check_array("int8_gemv_cpu", "w", w, dtype=np.int8, ndim=2)
    check_array("int8_gemv_cpu", "x", x, dtype=np.int8, ndim=1)
    if x.shape[0] != w.shape[1]:
        raise KernelShapeError(
            f"int8_gemv_cpu: argument 'x' must have shape ({w.shape[1]},) to match 'w' of "
            f"shape {w.shape}, got {x.shape}"
        )
    out = np.empty(w.shape[0], np.int32)
    if out.size:
        _int8_gemv(w, x.astype(np.int16), out)
    return out
