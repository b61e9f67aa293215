"""numba CPU kernels for the selective scan and the MLGRU recurrence, two forms each.

* Sequential: ``selective_scan_cpu`` (parallel over (batch, d), a loop over L, the n states
  in SIMD lanes) and ``mlgru_cpu`` (parallel over (batch, blocks of d), a loop over L, d in
  SIMD lanes).
* Parallel-scan form: ``linear_scan_cpu`` solves ``h_t = a_t * h_{t-1} + b_t`` by chunks of
  time: each chunk is reduced to ``(prod a, local h)`` in parallel, the carries are chained,
  then every chunk is rescanned from its carry in parallel (the scan a GPU block does).
  ``selective_scan_parallel`` and ``mlgru_parallel`` are built on it.

Both agree with ``kernels.scan_ref`` within float32 rounding (tests use rtol 1e-4).

>>> import numpy as np
>>> from kernels.scan_ref import mlgru_ref
>>> f, c = np.zeros((1, 3, 2), np.float32), np.ones((1, 3, 2), np.float32)
>>> bool(np.allclose(mlgru_cpu(f, c)[0], mlgru_ref(f, c)[0], rtol=1e-5))
True
>>> linear_scan_cpu(np.full((1, 3), 0.5, np.float32), np.ones((1, 3), np.float32)).tolist()
[[1.0, 1.5, 1.75]]
"""

from __future__ import annotations

import numba
import numpy as np
from numba import njit, prange

from kernels.errors import check_array, check_shape
from kernels.scalar import exp32, sigmoid32, silu32, softplus32
from kernels.scan_ref import F32, check_mlgru_args, check_scan_args, silu_ref, sigmoid_ref

_EMPTY1 = np.zeros(0, F32)
_EMPTY3 = np.zeros((0, 0, 0), F32)
MLGRU_BLOCK = 256


@njit(parallel=True, cache=True)
def _selective_scan(u, delta, A, Bm, Cm, b_groups, c_groups, Dv, z, bias, flags, out, last):
    # Bm, Cm are 2-D row tables: (d, n) when shared, else (batch * groups * L, n).
    b_shared, c_shared, has_d, has_z, has_bias, softplus = flags
    batch, d, length = u.shape
    n = A.shape[1]
    for bd in prange(batch * d):
        bi = bd // d
        di = bd % d
        b_base = ((bi * b_groups + di // (d // b_groups)) * length)
        c_base = ((bi * c_groups + di // (d // c_groups)) * length)
        x = np.zeros(n, F32)
        prod = np.empty(n, F32)
        dts = delta[bi, di].copy()
        if has_bias:
            for t in range(length):
                dts[t] += bias[di]
        if softplus:
            for t in range(length):
                dts[t] = softplus32(dts[t])
        orow = out[bi, di]
        for t in range(length):
            dt = dts[t]
            uu = u[bi, di, t]
            br = di if b_shared else b_base + t
            cr = di if c_shared else c_base + t
            for k in range(n):
                x[k] = exp32(dt * A[di, k]) * x[k] + (dt * Bm[br, k]) * uu
                prod[k] = x[k] * Cm[cr, k]
            y = np.float32(0.0)
            for k in range(n):
                y += prod[k]
            orow[t] = y
        if has_d:
            for t in range(length):
                orow[t] += u[bi, di, t] * Dv[di]
        if has_z:
            for t in range(length):
                orow[t] *= silu32(z[bi, di, t])
        for k in range(n):
            last[bi, di, k] = x[k]


def _row_table(arr: np.ndarray, shared: bool) -> tuple[np.ndarray, int]:
    """(d, n) stays; (batch, g, n, L) -> (batch * g * L, n) rows, one per (batch, group, step)."""
    if shared:
        return arr, 1
    batch, groups, n, length = arr.shape
    return np.ascontiguousarray(arr.transpose(0, 1, 3, 2)).reshape(batch * groups * length, n), groups


def selective_scan_cpu(u, delta, A, B, C, D=None, z=None, delta_bias=None, delta_softplus=False):
    """Sequential numba selective scan; same arguments and results as ``selective_scan_ref``."""
    a = check_scan_args("selective_scan_cpu", u, delta, A, B, C, D, z, delta_bias, delta_softplus)
    batch, d, length, n = a.sizes
    out = np.empty((batch, d, length), F32)
    last = np.zeros((batch, d, n), F32)
    if batch * d == 0:
        return out, last
    flags = (a.B_shared, a.C_shared, a.D is not None, a.z is not None, a.delta_bias is not None, a.delta_softplus)
    bm, b_groups = _row_table(a.B, a.B_shared)
    cm, c_groups = _row_table(a.C, a.C_shared)
    _selective_scan(
        a.u, a.delta, a.A, bm, cm, b_groups, c_groups,
        _EMPTY1 if a.D is None else a.D, _EMPTY3 if a.z is None else a.z,
        _EMPTY1 if a.delta_bias is None else a.delta_bias, flags, out, last,
    )
    return out, last


@njit(parallel=True, cache=True)
def _mlgru(fp, cp, gp, gated, h0, o, last, block):
    batch, length, d = fp.shape
    nblocks = (d + block - 1) // block
    for task in prange(batch * nblocks):
        bi = task // nblocks
        d0 = (task % nblocks) * block
        d1 = min(d0 + block, d)
        h = h0[bi, d0:d1].copy()
        for t in range(length):
            frow = fp[bi, t, d0:d1]
            crow = cp[bi, t, d0:d1]
            orow = o[bi, t, d0:d1]
            for k in range(d1 - d0):
                f = sigmoid32(frow[k])
                h[k] = f * h[k] + silu32(crow[k]) * (np.float32(1.0) - f)
            if gated:
                grow = gp[bi, t, d0:d1]
                for k in range(d1 - d0):
                    orow[k] = h[k] * silu32(grow[k])
            else:
                for k in range(d1 - d0):
                    orow[k] = h[k]
        last[bi, d0:d1] = h


def mlgru_cpu(f_pre, c_pre, g_pre=None, h0=None):
    """Sequential numba MLGRU; same arguments and results as ``mlgru_ref``."""
    check_mlgru_args("mlgru_cpu", f_pre, c_pre, g_pre, h0)
    batch, length, d = f_pre.shape
    h0 = np.zeros((batch, d), F32) if h0 is None else h0
    o = np.empty_like(f_pre)
    last = h0.copy()
    if batch * d and length:
        _mlgru(f_pre, c_pre, f_pre if g_pre is None else g_pre, g_pre is not None, h0, o, last, MLGRU_BLOCK)
    return o, last


@njit(parallel=True, cache=True)
def _chunk_totals(a, b, chunk, nchunks, prod, local):
    rows, length = a.shape
    for task in prange(rows * nchunks):
        r = task // nchunks
        c = task % nchunks
        p = np.float32(1.0)
        h = np.float32(0.0)
        for t in range(c * chunk, min((c + 1) * chunk, length)):
            p *= a[r, t]
            h = a[r, t] * h + b[r, t]
        prod[r, c] = p
        local[r, c] = h


@njit(parallel=True, cache=True)
def _chunk_rescan(a, b, chunk, nchunks, carry, h):
    rows, length = a.shape
    for task in prange(rows * nchunks):
        r = task // nchunks
        c = task % nchunks
        acc = carry[r, c]
        for t in range(c * chunk, min((c + 1) * chunk, length)):
            acc = a[r, t] * acc + b[r, t]
            h[r, t] = acc


def linear_scan_cpu(a, b, h0=None, chunks: int | None = None):
    """Chunked parallel scan of ``h_t = a_t * h_{t-1} + b_t`` over rows of float32 (rows, L)."""
    where = "linear_scan_cpu"
    check_array(where, "a", a, dtype=F32, ndim=2)
    check_array(where, "b", b, dtype=F32, ndim=2)
    check_shape(where, "b", b, a.shape, "(rows, L) like 'a'")
    rows, length = a.shape
    if h0 is not None:
        check_array(where, "h0", h0, dtype=F32, ndim=1)
        check_shape(where, "h0", h0, (rows,), "(rows,)")
    h = np.empty_like(a)
    if rows == 0 or length == 0:
        return h
    nchunks = max(1, min(length, chunks or numba.get_num_threads()))
    chunk = -(-length // nchunks)
    nchunks = -(-length // chunk)
    prod = np.empty((rows, nchunks), F32)
    local = np.empty((rows, nchunks), F32)
    _chunk_totals(a, b, chunk, nchunks, prod, local)
    carry = np.empty((rows, nchunks), F32)
    carry[:, 0] = 0.0 if h0 is None else h0
    for c in range(1, nchunks):
        carry[:, c] = prod[:, c - 1] * carry[:, c - 1] + local[:, c - 1]
    _chunk_rescan(a, b, chunk, nchunks, carry, h)
    return h


def selective_scan_parallel(u, delta, A, B, C, D=None, z=None, delta_bias=None, delta_softplus=False, chunks=None):
    """Selective scan in parallel-scan form: one ``linear_scan_cpu`` over all (batch, d, n) rows.

    Materializes (batch, d, n, L) arrays; meant for long L with few channels, and as a check.
    """
    from kernels.scan_ref import _per_channel, softplus_ref

    a = check_scan_args("selective_scan_parallel", u, delta, A, B, C, D, z, delta_bias, delta_softplus)
    batch, d, length, n = a.sizes
    dt = a.delta if a.delta_bias is None else a.delta + a.delta_bias[:, None]
    if a.delta_softplus:
        dt = softplus_ref(dt)
    dt4 = dt[:, :, None, :]
    decay = np.exp(dt4 * a.A[None, :, :, None]).astype(F32)
    bmat = _per_channel(a.B, a.B_shared, d).transpose(0, 1, 3, 2)
    drive = ((dt4 * bmat) * a.u[:, :, None, :]).astype(F32)
    rows = batch * d * n
    x = linear_scan_cpu(
        np.ascontiguousarray(np.broadcast_to(decay, (batch, d, n, length)).reshape(rows, length)),
        np.ascontiguousarray(np.broadcast_to(drive, (batch, d, n, length)).reshape(rows, length)),
        chunks=chunks,
    ).reshape(batch, d, n, length)
    cmat = _per_channel(a.C, a.C_shared, d).transpose(0, 1, 3, 2)
    y = (x * cmat).sum(axis=2, dtype=F32)
    if a.D is not None:
        y = y + a.u * a.D[:, None]
    if a.z is not None:
        y = y * silu_ref(a.z)
    return y.astype(F32), np.ascontiguousarray(x[..., -1]) if length else np.zeros((batch, d, n), F32)


def mlgru_parallel(f_pre, c_pre, g_pre=None, h0=None, chunks=None):
    """MLGRU in parallel-scan form (``linear_scan_cpu`` over (batch, d) rows)."""
    check_mlgru_args("mlgru_parallel", f_pre, c_pre, g_pre, h0)
    batch, length, d = f_pre.shape
    f = sigmoid_ref(f_pre)
    drive = silu_ref(c_pre) * (F32(1) - f)
    rows = batch * d
    h = linear_scan_cpu(
        np.ascontiguousarray(f.transpose(0, 2, 1).reshape(rows, length)),
        np.ascontiguousarray(drive.transpose(0, 2, 1).reshape(rows, length)),
        None if h0 is None else np.ascontiguousarray(h0.reshape(rows)),
        chunks=chunks,
    ).reshape(batch, d, length).transpose(0, 2, 1)
    o = h if g_pre is None else h * silu_ref(g_pre)
    last = h[:, -1] if length else (np.zeros((batch, d), F32) if h0 is None else h0.copy())
    return np.ascontiguousarray(o, dtype=F32), np.ascontiguousarray(last, dtype=F32)
