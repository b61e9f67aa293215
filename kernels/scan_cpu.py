"""numba CPU kernels for the selective scan and the MLGRU recurrence, two forms each.

* Sequential: ``selective_scan_cpu`` (parallel over (batch, blocks of 16 channels); per
  128-step tile it precomputes ``softplus(delta + bias)`` and ``delta * u`` time-by-channel,
  then runs, state by state, the time loop with the 16 channels in SIMD lanes: no horizontal
  sums, ``exp`` vectorized) and ``mlgru_cpu`` (parallel over (batch, blocks of d), a loop
  over L, gates fused, d in SIMD lanes). Both allow FMA contraction (``fastmath={"contract"}``).
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

import math

import numba
import numpy as np
from numba import njit, prange

from kernels.errors import check_array, check_shape
from kernels.scalar import exp32, silu32, softplus32
from kernels.simd import prefer_512
from kernels.scan_ref import F32, check_mlgru_args, check_scan_args, silu_ref, sigmoid_ref

_EMPTY1 = np.zeros(0, F32)
_EMPTY3 = np.zeros((0, 0, 0), F32)
MLGRU_BLOCK = 256  # narrowest block of d per MLGRU task
LANES = 16  # channels per selective-scan task, the SIMD lanes of its inner loop
CHUNK = 128  # time steps per selective-scan tile (tiles stay in L1)
_ONE = np.float32(1.0)
_FLOOR = np.float32(-44.0)  # (1 + e**44)**2 < float32 max


@njit(parallel=True, cache=True, fastmath={"contract"})
def _selective_scan(u, delta, A, bl, bt, cl, ct, b_seg, c_seg, seg, Dv, z, bias, flags, out, last):
    # B = bl[d, k] * bt[batch, group, k, t] (and C likewise): one factor is all ones, so the
    # product is exact. A task is (batch, block of LANES channels inside one segment of
    # ``seg`` channels that share their B and C groups); the channels are the SIMD lanes.
    has_d, has_z, has_bias, softplus = flags
    batch, d, length = u.shape
    n = A.shape[1]
    nseg = d // seg
    per_seg = (seg + LANES - 1) // LANES
    for task in prange(batch * nseg * per_seg):
        prefer_512()
        bi = task // (nseg * per_seg)
        s = (task // per_seg) % nseg
        c0 = s * seg + (task % per_seg) * LANES
        w = min(LANES, (s + 1) * seg - c0)
        gb = c0 // b_seg
        gc = c0 // c_seg
        dt = np.zeros((CHUNK, LANES), F32)  # softplus(delta + bias), time by lane
        du = np.zeros((CHUNK, LANES), F32)  # dt * u
        y = np.empty((CHUNK, LANES), F32)
        tmp = np.empty(CHUNK, F32)
        tmp2 = np.empty(CHUNK, F32)
        x = np.zeros((n, LANES), F32)
        a = np.zeros((n, LANES), F32)
        bk = np.zeros((n, LANES), F32)
        ck = np.zeros((n, LANES), F32)
        for l in range(w):
            for k in range(n):
                a[k, l] = A[c0 + l, k]
                bk[k, l] = bl[c0 + l, k]
                ck[k, l] = cl[c0 + l, k]
        for t0 in range(0, length, CHUNK):
            tn = min(CHUNK, length - t0)
            for l in range(w):
                bias_l = bias[c0 + l] if has_bias else F32(0.0)
                drow = delta[bi, c0 + l, t0 : t0 + tn]
                urow = u[bi, c0 + l, t0 : t0 + tn]
                for tt in range(tn):
                    v = drow[tt] + bias_l
                    if softplus:
                        v = softplus32(v)
                    tmp[tt] = v
                    tmp2[tt] = v * urow[tt]
                for tt in range(tn):
                    dt[tt, l] = tmp[tt]
                    du[tt, l] = tmp2[tt]
            y[:] = 0
            for k in range(n):
                ak = a[k]
                bkk = bk[k]
                ckk = ck[k]
                xk = x[k]
                brow = bt[bi, gb, k, t0 : t0 + tn]
                crow = ct[bi, gc, k, t0 : t0 + tn]
                for tt in range(tn):
                    bb = brow[tt]
                    cc = crow[tt]
                    dtr = dt[tt]
                    dur = du[tt]
                    yr = y[tt]
                    for l in range(LANES):
                        xv = exp32(dtr[l] * ak[l]) * xk[l] + dur[l] * (bkk[l] * bb)
                        xk[l] = xv
                        yr[l] += xv * (ckk[l] * cc)
            for l in range(w):
                for tt in range(tn):
                    tmp[tt] = y[tt, l]
                orow = out[bi, c0 + l, t0 : t0 + tn]
                if has_d:
                    urow = u[bi, c0 + l, t0 : t0 + tn]
                    d_l = Dv[c0 + l]
                    for tt in range(tn):
                        tmp[tt] += urow[tt] * d_l
                if has_z:
                    zrow = z[bi, c0 + l, t0 : t0 + tn]
                    for tt in range(tn):
                        orow[tt] = tmp[tt] * silu32(zrow[tt])
                else:
                    for tt in range(tn):
                        orow[tt] = tmp[tt]
        for l in range(w):
            for k in range(n):
                last[bi, c0 + l, k] = x[k, l]


def _factors(arr: np.ndarray, shared: bool, batch: int, d: int, n: int, length: int):
    """(lane factor (d, n), step factor (batch, g, n, L), channels per group); one factor is ones."""
    if shared:
        return arr, np.ones((batch, 1, n, length), F32), d
    return np.ones((d, n), F32), arr, d // arr.shape[1]


def selective_scan_cpu(u, delta, A, B, C, D=None, z=None, delta_bias=None, delta_softplus=False):
    """Sequential numba selective scan; same arguments and results as ``selective_scan_ref``."""
    a = check_scan_args("selective_scan_cpu", u, delta, A, B, C, D, z, delta_bias, delta_softplus)
    batch, d, length, n = a.sizes
    out = np.empty((batch, d, length), F32)
    last = np.zeros((batch, d, n), F32)
    if batch * d == 0:
        return out, last
    bl, bt, b_seg = _factors(a.B, a.B_shared, batch, d, n, length)
    cl, ct, c_seg = _factors(a.C, a.C_shared, batch, d, n, length)
    flags = (a.D is not None, a.z is not None, a.delta_bias is not None, a.delta_softplus)
    _selective_scan(
        a.u, a.delta, a.A, bl, bt, cl, ct, b_seg, c_seg, math.gcd(b_seg, c_seg),
        _EMPTY1 if a.D is None else a.D, _EMPTY3 if a.z is None else a.z,
        _EMPTY1 if a.delta_bias is None else a.delta_bias, flags, out, last,
    )
    return out, last


@njit(inline="always", cache=True, fastmath={"contract"})
def _mlgru_step(fp, cp, h):
    """``sigmoid(fp) * h + silu(cp) * (1 - sigmoid(fp))`` with one division.

    With ``a = 1 + exp(-fp)``, ``b = 1 + exp(-cp)`` and ``q = 1 / (a * b)``: ``sigmoid(fp) = b * q``
    and ``silu(cp) * (1 - sigmoid(fp)) = cp * (exp(-fp) * q)``. ``fp`` and ``cp`` are floored
    at -44 so that ``a * b`` stays finite; the floored terms are below 1e-17 in size.
    """
    fp = max(fp, _FLOOR)
    cp = max(cp, _FLOOR)
    ef = exp32(-fp)
    b = _ONE + exp32(-cp)
    q = _ONE / ((_ONE + ef) * b)
    return (b * q) * h + cp * (ef * q)


@njit(parallel=True, cache=True, fastmath={"contract"})
def _mlgru(fp, cp, gp, gated, h0, o, last, block):
    batch, length, d = fp.shape
    nblocks = (d + block - 1) // block
    for task in prange(batch * nblocks):
        prefer_512()
        bi = task // nblocks
        d0 = (task % nblocks) * block
        w = min(block, d - d0)
        h = h0[bi, d0 : d0 + w].copy()
        for t in range(length):
            frow = fp[bi, t, d0 : d0 + w]
            crow = cp[bi, t, d0 : d0 + w]
            grow = gp[bi, t, d0 : d0 + w]
            orow = o[bi, t, d0 : d0 + w]
            if gated:
                for k in range(w):
                    hv = _mlgru_step(frow[k], crow[k], h[k])
                    h[k] = hv
                    orow[k] = hv * silu32(grow[k])
            else:
                for k in range(w):
                    hv = _mlgru_step(frow[k], crow[k], h[k])
                    h[k] = hv
                    orow[k] = hv
        last[bi, d0 : d0 + w] = h


def mlgru_cpu(f_pre, c_pre, g_pre=None, h0=None):
    """Sequential numba MLGRU; same arguments and results as ``mlgru_ref``."""
    check_mlgru_args("mlgru_cpu", f_pre, c_pre, g_pre, h0)
    batch, length, d = f_pre.shape
    h0 = np.zeros((batch, d), F32) if h0 is None else h0
    o = np.empty_like(f_pre)
    last = h0.copy()
    if batch * d and length:
        # One contiguous block of d per thread (rows stream through the prefetchers), at
        # least MLGRU_BLOCK wide, a multiple of 16 floats.
        per_batch = -(-numba.get_num_threads() // batch)
        block = max(MLGRU_BLOCK, -(-d // per_batch))
        block = min(d, -(-block // 16) * 16)
        _mlgru(f_pre, c_pre, f_pre if g_pre is None else g_pre, g_pre is not None, h0, o, last, block)
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
