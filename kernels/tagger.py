"""A bidirectional MLGRU token tagger with ternary weights, in one numba call (CPU).

The whole forward of a small MatMul-free tagger runs in one compiled function, so a short
sequence pays one call instead of dozens: embedding sums, then per layer a ternary input
projection to the forward and backward gates, the MLGRU recurrence both ways, a norm-gated
output projection, a ternary GLU, and a ternary head. Every ternary product is int8
activations (per-token absmax, round half to even, as ``kernels.quant``) times packed
2-bit ternary weights (``kernels.packing``), accumulated in int32 by the AVX2 ``pmaddubsw``
loop of ``kernels.simd`` (four rows per step; the portable loop of ``kernels.ternary``
where the host has no AVX2 or a row is not whole 32-byte blocks), scaled by
``x_scale * w_scale``: the same integers as ``kernels.ternary_gemm_ref``.

Ternary weights are 2-bit packed rows ``(rows, Kp)`` uint8 (``Kp = ceil(K / 4)``), stacked
over layers; ``d`` model width, ``f`` GLU width, ``H`` head outputs:

============  ======================  =========================================
name          shape                   what
============  ======================  =========================================
``emb_q``     (B, d) int8             hashed feature embeddings (row scale ``emb_s`` (B,))
``in_w``      (n, 6d, d/4)            gates ``f, c, g`` forward then backward
``mid_n``     (n, 2, d) float32       norms of the two recurrences' outputs
``out_w``     (n, d, 2d/4)            output projection of both directions
``up_w``      (n, 2f, d/4)            GLU gate then up
``down_w``    (n, d, f/4)             GLU down
``head_w``    (H, d/4)                the head, with ``head_b`` (H,) bias
============  ======================  =========================================

Each ternary layer also has a float32 scale (``*_s``, one per layer) and an input RMSNorm
weight (``*_n``). Layer ``i``: ``x += out(mix)``; ``x += down(silu(gate) * up)`` where
``mix = [rms(h_fwd) * silu(g_fwd), rms(h_bwd) * silu(g_bwd)]``.

>>> import numpy as np
>>> w = random_weights(buckets=64, d=8, f=16, layers=1, heads=5, seed=0)
>>> logits = tagger_forward(np.array([[1, 2, -1], [3, -1, -1]], np.int32), *w)
>>> logits.shape, logits.dtype.name
((2, 5), 'float32')
"""
from __future__ import annotations

import numpy as np
from numba import njit

from kernels.packing import pack_ternary
from kernels.quant import ACT_EPS, round_half_even
from kernels.scalar import exp32
from kernels.simd import BLOCK, HAS_AVX2, dot4_2bit
from kernels.ternary import SPAN, _row_2bit

F32 = np.float32
RMS_EPS = F32(1e-6)
_Q = F32(127.0)
_ONE = F32(1.0)


@njit(cache=True, inline="always")
def _sigmoid(x):
    return _ONE / (_ONE + exp32(-x))


@njit(cache=True, error_model="numpy")
def _rms_rows(x, w, out):
    """``out = x / sqrt(mean(x^2) + eps) * w`` per row."""
    rows, cols = x.shape
    for t in range(rows):
        ss = F32(0.0)
        for k in range(cols):
            ss += x[t, k] * x[t, k]
        inv = _ONE / np.sqrt(ss / F32(cols) + RMS_EPS)
        for k in range(cols):
            out[t, k] = x[t, k] * inv * w[k]


@njit(cache=True, error_model="numpy")
def _quantize(x, q, xs):
    """Per-row absmax int8 quantization, as ``kernels.quant.quantize_activations``."""
    rows, cols = x.shape
    for t in range(rows):
        absmax = F32(0.0)
        for k in range(cols):
            absmax = max(absmax, abs(x[t, k]))
        absmax = max(absmax, ACT_EPS)
        s = _Q / absmax
        for k in range(cols):
            r = round_half_even(x[t, k] * s)
            q[t, k] = np.int8(min(max(r, -128.0), 127.0))
        xs[t] = absmax / _Q


@njit(cache=True, error_model="numpy")
def ternary_matmul(q, data, acc, simd):
    """``acc[t, n] = sum_k q[t, k] * w[n, k]`` in int32: int8 activations (T, 4 * Kp), ``w``
    packed 2-bit (N, Kp) as ``kernels.packing`` writes it (digit ``i`` of byte ``j`` is weight
    ``j + i * Kp``, plus one). ``simd`` uses the AVX2 loop on whole 32-byte blocks."""
    rows, kp = data.shape
    whole = kp - kp % BLOCK if simd else 0
    assert whole <= SPAN
    for t in range(q.shape[0]):
        x8 = q[t]
        x0 = x8[0:kp]
        x1 = x8[kp:2 * kp]
        x2 = x8[2 * kp:3 * kp]
        x3 = x8[3 * kp:4 * kp]
        sx = np.int32(0)
        for k in range(4 * kp):
            sx += np.int32(x8[k])
        n = 0
        while n + 4 <= rows and whole > 0:
            s0, s1, s2, s3 = dot4_2bit(data, x8, n, 0, whole // BLOCK)
            if whole < kp:
                s0 += _row_2bit(data[n, whole:], x0[whole:], x1[whole:], x2[whole:], x3[whole:])
                s1 += _row_2bit(data[n + 1, whole:], x0[whole:], x1[whole:], x2[whole:], x3[whole:])
                s2 += _row_2bit(data[n + 2, whole:], x0[whole:], x1[whole:], x2[whole:], x3[whole:])
                s3 += _row_2bit(data[n + 3, whole:], x0[whole:], x1[whole:], x2[whole:], x3[whole:])
            acc[t, n] = s0 - sx
            acc[t, n + 1] = s1 - sx
            acc[t, n + 2] = s2 - sx
            acc[t, n + 3] = s3 - sx
            n += 4
        while n < rows:
            acc[t, n] = _row_2bit(data[n], x0, x1, x2, x3) - sx
            n += 1


@njit(cache=True, error_model="numpy")
def _scratch(rows, cols, kp, n_out):
    """Work arrays of one BitLinear shape: normed input, int8 activations padded to the packed
    width (the padding stays zero: only ``[:, :cols]`` is ever written), their scales, sums."""
    return (np.empty((rows, cols), F32), np.zeros((rows, 4 * kp), np.int8), np.empty(rows, F32),
            np.empty((rows, n_out), np.int32))


@njit(cache=True, error_model="numpy")
def _bitlinear(x, norm, w, w_scale, out, simd, work):
    """BitLinear: rms_norm, int8 activations, ternary product, rescale (as ``kernels.BitLinear``),
    in the work arrays ``work`` (from :func:`_scratch`) so a forward allocates them once."""
    rows, cols = x.shape
    xn, q, xs, acc = work
    _rms_rows(x, norm, xn)
    _quantize(xn, q[:, :cols], xs)
    ternary_matmul(q, w, acc, simd)
    for t in range(rows):
        f = xs[t] * w_scale
        for n in range(w.shape[0]):
            out[t, n] = F32(acc[t, n]) * f


@njit(cache=True, error_model="numpy")
def _mlgru_dir(pre, d, fo, co, reverse, h_out, gate, cand):
    """The MLGRU recurrence over the rows of ``pre[:, fo:fo+d]`` (f) and ``pre[:, co:co+d]`` (c).
    The gates do not depend on the state, so they are computed first for every step in one
    vectorizable pass (``gate``, ``cand``: (L, d) work arrays); the steps then only do
    ``h = f * h + c``. The same float32 operations as step by step, so the same values."""
    length = pre.shape[0]
    for t in range(length):
        pf = pre[t, fo:fo + d]
        pc = pre[t, co:co + d]
        gt = gate[t]
        ct = cand[t]
        for k in range(d):
            f = _sigmoid(pf[k])
            cp = pc[k]
            gt[k] = f
            ct[k] = cp * _sigmoid(cp) * (_ONE - f)
    h = np.zeros(d, F32)
    for step in range(length):
        t = length - 1 - step if reverse else step
        for k in range(d):
            h[k] = gate[t, k] * h[k] + cand[t, k]
            h_out[t, k] = h[k]


@njit(cache=True, error_model="numpy")
def _forward(ids, emb_q, emb_s, in_w, in_s, in_n, mid_n, out_w, out_s, out_n,
             up_w, up_s, up_n, down_w, down_s, down_n, head_w, head_s, head_n, head_b, simd):
    length, n_feat = ids.shape
    d = emb_q.shape[1]
    f_width = down_n.shape[1]
    x = np.zeros((length, d), F32)
    for t in range(length):
        for j in range(n_feat):
            b = ids[t, j]
            if b < 0:
                continue
            s = emb_s[b]
            for k in range(d):
                x[t, k] += F32(emb_q[b, k]) * s
    pre = np.empty((length, 6 * d), F32)
    h = np.empty((length, d), F32)
    hn = np.empty((length, d), F32)
    mix = np.empty((length, 2 * d), F32)
    delta = np.empty((length, d), F32)
    gu = np.empty((length, 2 * f_width), F32)
    hid = np.empty((length, f_width), F32)
    gate = np.empty((length, d), F32)
    cand = np.empty((length, d), F32)
    work_in = _scratch(length, d, in_w.shape[2], in_w.shape[1])
    work_out = _scratch(length, 2 * d, out_w.shape[2], out_w.shape[1])
    work_up = _scratch(length, d, up_w.shape[2], up_w.shape[1])
    work_down = _scratch(length, f_width, down_w.shape[2], down_w.shape[1])
    work_head = _scratch(length, d, head_w.shape[1], head_w.shape[0])
    for layer in range(in_w.shape[0]):
        _bitlinear(x, in_n[layer], in_w[layer], in_s[layer], pre, simd, work_in)
        for direction in range(2):
            base = 3 * d * direction
            _mlgru_dir(pre, d, base, base + d, direction == 1, h, gate, cand)
            _rms_rows(h, mid_n[layer, direction], hn)
            for t in range(length):
                for k in range(d):
                    g = pre[t, base + 2 * d + k]
                    mix[t, direction * d + k] = hn[t, k] * (g * _sigmoid(g))
        _bitlinear(mix, out_n[layer], out_w[layer], out_s[layer], delta, simd, work_out)
        for t in range(length):
            for k in range(d):
                x[t, k] += delta[t, k]
        _bitlinear(x, up_n[layer], up_w[layer], up_s[layer], gu, simd, work_up)
        for t in range(length):
            for k in range(f_width):
                g = gu[t, k]
                hid[t, k] = g * _sigmoid(g) * gu[t, f_width + k]
        _bitlinear(hid, down_n[layer], down_w[layer], down_s[layer], delta, simd, work_down)
        for t in range(length):
            for k in range(d):
                x[t, k] += delta[t, k]
    logits = np.empty((length, head_w.shape[0]), F32)
    _bitlinear(x, head_n, head_w, head_s, logits, simd, work_head)
    for t in range(length):
        for n in range(head_w.shape[0]):
            logits[t, n] += head_b[n]
    return logits


def tagger_forward(ids, *weights, simd: bool = True):
    """Logits (L, H) float32 for feature ids (L, F) int32 (-1 = no feature); ``weights`` in
    the order of the table above (``in_s`` ... are per-layer float32 scales, ``head_s`` one
    float). ``simd=False`` forces the portable ternary loop."""
    ids = np.ascontiguousarray(ids, dtype=np.int32)
    return _forward(ids, *weights, bool(simd and HAS_AVX2))


def random_weights(buckets: int, d: int, f: int, layers: int, heads: int, seed: int = 0) -> tuple:
    """Random weights in ``tagger_forward``'s argument order (for tests and benchmarks)."""
    rng = np.random.default_rng(seed)

    def tern(*shape):
        w = rng.integers(-1, 2, shape).astype(np.int8).reshape(-1, shape[-1])
        packed = pack_ternary(w, "2bit").data
        return np.ascontiguousarray(packed.reshape(shape[:-1] + packed.shape[-1:]))

    def ones(*shape):
        return np.ones(shape, F32)

    def scales(n, k):
        return np.full(n, 1.0 / np.sqrt(k), F32)

    return (rng.integers(-127, 128, (buckets, d)).astype(np.int8), np.full(buckets, 0.01, F32),
            tern(layers, 6 * d, d), scales(layers, d), ones(layers, d), ones(layers, 2, d),
            tern(layers, d, 2 * d), scales(layers, 2 * d), ones(layers, 2 * d),
            tern(layers, 2 * f, d), scales(layers, d), ones(layers, d),
            tern(layers, d, f), scales(layers, f), ones(layers, f),
            tern(heads, d), F32(1.0 / np.sqrt(d)), ones(d), np.zeros(heads, F32))
