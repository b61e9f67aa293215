"""numba.cuda kernels: ternary GEMV/GEMM, activation quantization, selective scan, MLGRU.

Importing this module needs no GPU: kernels compile on first launch. Calling a wrapper where
numba sees neither a GPU nor the simulator (``NUMBA_ENABLE_CUDASIM=1``, set before numba is
imported) raises ``CudaUnavailableError``. Reductions use shared memory and
``syncthreads`` only (no warp shuffles), so the simulator runs exactly the code a GPU runs.

* ternary: one block per output (row n, token m); threads stride over packed bytes, sum the
  digit products in int32, reduce in shared memory; ``- sum(x)`` as on the CPU. Bit-exact.
* activations: one block per token: shared-memory absmax, then the same float32 rounding.
* scans: one thread per (batch, channel), a loop over L; selective-scan states live in a
  local array of ``MAX_STATE`` floats. Uses the GPU's ``expf``, so results match the
  references within float32 tolerance, not bit for bit.

>>> cuda_available() in (True, False)
True
"""

from __future__ import annotations

import math

import numpy as np
from numba import cuda, float32, int32

from kernels.errors import CudaUnavailableError, KernelInputError, KernelShapeError, check_array
from kernels.packing import PackedTernary
from kernels.quant import ACT_EPS
from kernels.scan_ref import F32, check_mlgru_args, check_scan_args
from kernels.ternary import check_gemm_args, check_gemv_args, padded_int16

MAX_THREADS = 256
MAX_STATE = 64
_P3 = (1, 3, 9, 27, 81)


def cuda_available() -> bool:
    """True when numba can launch CUDA kernels (a GPU, or the CUDA simulator)."""
    try:
        return bool(cuda.is_available())
    except Exception:  # a broken driver install reads as "not available"
        return False


def _steps_last(arr: np.ndarray, shared: bool) -> np.ndarray:
    """(batch, g, n, L) -> (batch, g, L, n) contiguous, so a step's n values are adjacent."""
    return arr if shared else np.ascontiguousarray(arr.transpose(0, 1, 3, 2))


def _require(where: str, threads: int) -> None:
    if not cuda_available():
        raise CudaUnavailableError(
            f"{where}: numba finds no CUDA GPU; set NUMBA_ENABLE_CUDASIM=1 before importing "
            "numba to run the CUDA simulator, or use the *_cpu kernels"
        )
    if threads < 1 or threads > MAX_THREADS or threads & (threads - 1):
        raise KernelInputError(
            f"{where}: argument 'threads' must be a power of two in [1, {MAX_THREADS}], got {threads}"
        )


@cuda.jit
def _ternary_kernel(data, x, sx, base3, out):
    n = cuda.blockIdx.x
    m = cuda.blockIdx.y
    tid = cuda.threadIdx.x
    nt = cuda.blockDim.x
    kp = data.shape[1]
    acc = int32(0)
    for j in range(tid, kp, nt):
        b = int32(data[n, j])
        if base3:
            for i in range(5):
                acc += int32(x[m, i * kp + j]) * ((((b * _P3[i]) & 255) * 3) >> 8)
        else:
            for i in range(4):
                acc += int32(x[m, i * kp + j]) * ((b >> (2 * i)) & 3)
    shared = cuda.shared.array(MAX_THREADS, dtype=int32)
    shared[tid] = acc
    cuda.syncthreads()
    step = nt // 2
    while step > 0:
        if tid < step:
            shared[tid] += shared[tid + step]
        cuda.syncthreads()
        step //= 2
    if tid == 0:
        out[m, n] = shared[0] - sx[m]


def _ternary(where: str, w: PackedTernary, x2: np.ndarray, threads: int) -> np.ndarray:
    out = np.empty((x2.shape[0], w.rows), np.int32)
    if out.size == 0:
        return out
    x16 = padded_int16(x2, w)
    sx = x2.astype(np.int64).sum(axis=1).astype(np.int32)
    d_out = cuda.device_array(out.shape, np.int32)
    _ternary_kernel[(w.rows, x2.shape[0]), threads](
        cuda.to_device(w.data), cuda.to_device(x16), cuda.to_device(sx), w.scheme == "base3", d_out
    )
    return d_out.copy_to_host()


def ternary_gemv_cuda(w: PackedTernary, x: np.ndarray, threads: int = 128) -> np.ndarray:
    """CUDA GEMV, equal bit for bit to ``ternary_gemv_ref``."""
    w, x = check_gemv_args("ternary_gemv_cuda", w, x)
    _require("ternary_gemv_cuda", threads)
    return _ternary("ternary_gemv_cuda", w, x[None, :], threads)[0]


def ternary_gemm_cuda(w: PackedTernary, x: np.ndarray, threads: int = 128) -> np.ndarray:
    """CUDA GEMM (M, N), equal bit for bit to ``ternary_gemm_ref``."""
    w, x = check_gemm_args("ternary_gemm_cuda", w, x)
    _require("ternary_gemm_cuda", threads)
    return _ternary("ternary_gemm_cuda", w, x, threads)


@cuda.jit(device=True)
def _round_half_even(v):
    d = float(v)
    r = math.floor(d + 0.5)
    if r - d == 0.5 and r % 2.0 != 0.0:
        r -= 1.0
    return r


@cuda.jit
def _quant_kernel(x, q, xs):
    row = cuda.blockIdx.x
    tid = cuda.threadIdx.x
    nt = cuda.blockDim.x
    cols = x.shape[1]
    local = float32(0.0)
    for j in range(tid, cols, nt):
        local = max(local, abs(x[row, j]))
    shared = cuda.shared.array(MAX_THREADS, dtype=float32)
    shared[tid] = local
    cuda.syncthreads()
    step = nt // 2
    while step > 0:
        if tid < step:
            shared[tid] = max(shared[tid], shared[tid + step])
        cuda.syncthreads()
        step //= 2
    absmax = max(shared[0], float32(ACT_EPS))
    s = float32(127.0) / absmax
    for j in range(tid, cols, nt):
        r = _round_half_even(float32(x[row, j] * s))
        q[row, j] = min(max(r, -128.0), 127.0)
    if tid == 0:
        xs[row] = absmax / float32(127.0)


def quantize_activations_cuda(x: np.ndarray, threads: int = 128) -> tuple[np.ndarray, np.ndarray]:
    """CUDA per-token absmax int8 quantization, equal bit for bit to ``quantize_activations``."""
    check_array("quantize_activations_cuda", "x", x, dtype=np.float32, ndim=2)
    _require("quantize_activations_cuda", threads)
    if x.shape[0] == 0:
        return np.empty(x.shape, np.int8), np.empty(0, np.float32)
    d_q = cuda.device_array(x.shape, np.int8)
    d_s = cuda.device_array(x.shape[0], np.float32)
    _quant_kernel[x.shape[0], threads](cuda.to_device(x), d_q, d_s)
    return d_q.copy_to_host(), d_s.copy_to_host()


@cuda.jit(device=True)
def _silu(v):
    return v / (float32(1.0) + math.exp(-v))


@cuda.jit
def _scan_kernel(u, delta, A, Bs, Bv, Cs, Cv, Dv, z, bias, flags, out, last):
    b_shared, c_shared, has_d, has_z, has_bias, softplus = flags
    batch, d, length = u.shape
    n = A.shape[1]
    bd = cuda.grid(1)
    if bd >= batch * d:
        return
    bi = bd // d
    di = bd % d
    b_groups = 1 if b_shared else Bv.shape[1]
    c_groups = 1 if c_shared else Cv.shape[1]
    bg = di // (d // b_groups)
    cg = di // (d // c_groups)
    x = cuda.local.array(MAX_STATE, dtype=float32)
    for k in range(n):
        x[k] = float32(0.0)
    for t in range(length):
        dt = delta[bi, di, t]
        if has_bias:
            dt += bias[di]
        if softplus and dt <= float32(20.0):
            dt = math.log1p(math.exp(dt))
        uu = u[bi, di, t]
        y = float32(0.0)
        for k in range(n):
            bk = Bs[di, k] if b_shared else Bv[bi, bg, t, k]
            ck = Cs[di, k] if c_shared else Cv[bi, cg, t, k]
            x[k] = math.exp(dt * A[di, k]) * x[k] + (dt * bk) * uu
            y += x[k] * ck
        if has_d:
            y += uu * Dv[di]
        if has_z:
            y *= _silu(z[bi, di, t])
        out[bi, di, t] = y
    for k in range(n):
        last[bi, di, k] = x[k]


def selective_scan_cuda(u, delta, A, B, C, D=None, z=None, delta_bias=None, delta_softplus=False, threads=128):
    """CUDA selective scan; same arguments and results (within tolerance) as ``selective_scan_ref``."""
    where = "selective_scan_cuda"
    a = check_scan_args(where, u, delta, A, B, C, D, z, delta_bias, delta_softplus)
    batch, d, length, n = a.sizes
    if n > MAX_STATE:
        raise KernelShapeError(f"{where}: state size n must be at most {MAX_STATE}, got {n}")
    _require(where, threads)
    out = np.empty((batch, d, length), F32)
    last = np.zeros((batch, d, n), F32)
    if batch * d == 0:
        return out, last
    e1, e2, e3, e4 = (np.zeros((1,) * k, F32) for k in (1, 2, 3, 4))
    flags = (a.B_shared, a.C_shared, a.D is not None, a.z is not None, a.delta_bias is not None, a.delta_softplus)
    args = [
        a.u, a.delta, a.A,
        a.B if a.B_shared else e2, e4 if a.B_shared else _steps_last(a.B, False),
        a.C if a.C_shared else e2, e4 if a.C_shared else _steps_last(a.C, False),
        e1 if a.D is None else a.D, e3 if a.z is None else a.z,
        e1 if a.delta_bias is None else a.delta_bias,
    ]
    d_out = cuda.device_array(out.shape, F32)
    d_last = cuda.device_array(last.shape, F32)
    blocks = -(-(batch * d) // threads)
    _scan_kernel[blocks, threads](*[cuda.to_device(v) for v in args], flags, d_out, d_last)
    return d_out.copy_to_host(), d_last.copy_to_host()


@cuda.jit
def _mlgru_kernel(fp, cp, gp, gated, h0, o, last):
    batch, length, d = fp.shape
    idx = cuda.grid(1)
    if idx >= batch * d:
        return
    bi = idx // d
    di = idx % d
    h = h0[bi, di]
    for t in range(length):
        f = float32(1.0) / (float32(1.0) + math.exp(-fp[bi, t, di]))
        h = f * h + _silu(cp[bi, t, di]) * (float32(1.0) - f)
        o[bi, t, di] = h * _silu(gp[bi, t, di]) if gated else h
    last[bi, di] = h


def mlgru_cuda(f_pre, c_pre, g_pre=None, h0=None, threads=128):
    """CUDA MLGRU; same arguments and results (within tolerance) as ``mlgru_ref``."""
    check_mlgru_args("mlgru_cuda", f_pre, c_pre, g_pre, h0)
    _require("mlgru_cuda", threads)
    batch, length, d = f_pre.shape
    h0 = np.zeros((batch, d), F32) if h0 is None else h0
    if batch * d == 0 or length == 0:
        return np.empty_like(f_pre), h0.copy()
    d_o = cuda.device_array(f_pre.shape, F32)
    d_last = cuda.device_array((batch, d), F32)
    blocks = -(-(batch * d) // threads)
    gp = f_pre if g_pre is None else g_pre
    _mlgru_kernel[blocks, threads](
        cuda.to_device(f_pre), cuda.to_device(c_pre), cuda.to_device(gp), g_pre is not None,
        cuda.to_device(h0), d_o, d_last,
    )
    return d_o.copy_to_host(), d_last.copy_to_host()
