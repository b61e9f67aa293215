"""numpy references for the two recurrent mixers: the living definition of the scan kernels.

Selective scan (Mamba, as ``selective_scan_ref`` in mamba_ssm), all float32:

* ``u, delta, z``: (batch, d, L); ``A``: (d, n); ``D``, ``delta_bias``: (d,)
* ``B`` and ``C``: (d, n) shared by every step, or (batch, n, L) per step, or
  (batch, groups, n, L) per step and group (``d`` divisible by ``groups``; channel ``i``
  uses group ``i // (d // groups)``)
* ``delta += delta_bias``; if ``delta_softplus``: ``delta = log1p(exp(delta))`` (``delta`` if > 20)
* ``x_t = exp(delta_t * A) * x_{t-1} + delta_t * B_t * u_t``; ``y_t = <x_t, C_t>`` (sum over n)
* ``out = y + D * u``; if ``z`` is given: ``out *= silu(z)``. Returns (out, last state (batch, d, n)).

MLGRU / HGRN recurrence (MatMul-free LM), all float32, layout (batch, L, d):
``f = sigmoid(f_pre)``, ``c = silu(c_pre) * (1 - f)``, ``h_t = f * h_{t-1} + c``, and the gated
output ``o_t = h_t * silu(g_pre_t)`` (``o = h`` when no gate is given). Returns (o, last h).

>>> import numpy as np
>>> out, last = selective_scan_ref(np.ones((1, 1, 2), np.float32), np.ones((1, 1, 2), np.float32),
...     np.full((1, 1), -1.0, np.float32), np.ones((1, 1), np.float32), np.ones((1, 1), np.float32))
>>> np.round(out.astype(float), 4).tolist()
[[[1.0, 1.3679]]]
>>> o, h = mlgru_ref(np.zeros((1, 2, 1), np.float32), np.ones((1, 2, 1), np.float32))
>>> np.round(o.astype(float), 4).tolist()
[[[0.3655], [0.5483]]]
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kernels.errors import KernelShapeError, check_array, check_shape

F32 = np.float32


@dataclass(frozen=True)
class ScanArgs:
    """Validated selective-scan inputs. ``B``/``C`` are (d, n) if ``*_shared`` else (batch, g, n, L)."""

    u: np.ndarray
    delta: np.ndarray
    A: np.ndarray
    B: np.ndarray
    C: np.ndarray
    D: np.ndarray | None
    z: np.ndarray | None
    delta_bias: np.ndarray | None
    delta_softplus: bool
    B_shared: bool
    C_shared: bool

    @property
    def sizes(self) -> tuple[int, int, int, int]:
        """(batch, d, L, n)."""
        b, d, length = self.u.shape
        return b, d, length, self.A.shape[1]


def _bc(where: str, name: str, value: object, batch: int, d: int, n: int, length: int) -> tuple[np.ndarray, bool]:
    arr = check_array(where, name, value, dtype=F32, ndim=(2, 3, 4))
    if arr.ndim == 2:
        check_shape(where, name, arr, (d, n), "(d, n)")
        return arr, True
    if arr.ndim == 3:
        check_shape(where, name, arr, (batch, n, length), "(batch, n, L)")
        return arr.reshape(batch, 1, n, length), False
    groups = arr.shape[1]
    if arr.shape != (batch, groups, n, length) or groups == 0 or d % groups:
        raise KernelShapeError(
            f"{where}: argument '{name}' must have shape (batch, groups, n, L) = "
            f"({batch}, groups, {n}, {length}) with d = {d} divisible by groups, got {arr.shape}"
        )
    return arr, False


def check_scan_args(where, u, delta, A, B, C, D=None, z=None, delta_bias=None, delta_softplus=False) -> ScanArgs:
    """Validate selective-scan inputs (dtype float32, C-contiguous, matching shapes)."""
    check_array(where, "u", u, dtype=F32, ndim=3)
    batch, d, length = u.shape
    check_array(where, "delta", delta, dtype=F32, ndim=3)
    check_shape(where, "delta", delta, u.shape, "(batch, d, L) like 'u'")
    check_array(where, "A", A, dtype=F32, ndim=2)
    if A.shape[0] != d:
        raise KernelShapeError(f"{where}: argument 'A' must have shape (d, n) with d = {d}, got {A.shape}")
    n = A.shape[1]
    Bn, b_shared = _bc(where, "B", B, batch, d, n, length)
    Cn, c_shared = _bc(where, "C", C, batch, d, n, length)
    for name, vec in (("D", D), ("delta_bias", delta_bias)):
        if vec is not None:
            check_array(where, name, vec, dtype=F32, ndim=1)
            check_shape(where, name, vec, (d,), "(d,)")
    if z is not None:
        check_array(where, "z", z, dtype=F32, ndim=3)
        check_shape(where, "z", z, u.shape, "(batch, d, L) like 'u'")
    return ScanArgs(u, delta, A, Bn, Cn, D, z, delta_bias, bool(delta_softplus), b_shared, c_shared)


def softplus_ref(x: np.ndarray) -> np.ndarray:
    """log1p(exp(x)) where x <= 20, else x (float32)."""
    with np.errstate(over="ignore"):
        return np.where(x <= 20, np.log1p(np.exp(x)), x).astype(F32)


def silu_ref(x: np.ndarray) -> np.ndarray:
    """x * sigmoid(x) (float32)."""
    with np.errstate(over="ignore"):
        return (x / (F32(1) + np.exp(-x))).astype(F32)


def sigmoid_ref(x: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-x)) (float32)."""
    with np.errstate(over="ignore"):
        return (F32(1) / (F32(1) + np.exp(-x))).astype(F32)


def _per_channel(arr: np.ndarray, shared: bool, d: int) -> np.ndarray:
    """(d, n) -> (1, d, 1, n); (batch, g, n, L) -> (batch, d, L, n)."""
    if shared:
        return arr[None, :, None, :]
    groups = arr.shape[1]
    return np.repeat(arr, d // groups, axis=1).transpose(0, 1, 3, 2)


def selective_scan_ref(u, delta, A, B, C, D=None, z=None, delta_bias=None, delta_softplus=False):
    """The Mamba selective scan forward, vectorized over (batch, d, n) and looping over L."""
    a = check_scan_args("selective_scan_ref", u, delta, A, B, C, D, z, delta_bias, delta_softplus)
    batch, d, length, n = a.sizes
    dt = a.delta if a.delta_bias is None else a.delta + a.delta_bias[:, None]
    if a.delta_softplus:
        dt = softplus_ref(dt)
    delta_a = np.exp(dt[..., None] * a.A[None, :, None, :])
    delta_b_u = dt[..., None] * _per_channel(a.B, a.B_shared, d) * a.u[..., None]
    c = _per_channel(a.C, a.C_shared, d)
    x = np.zeros((batch, d, n), F32)
    y = np.empty((batch, d, length), F32)
    for t in range(length):
        x = delta_a[:, :, t] * x + delta_b_u[:, :, t]
        c_t = c[:, :, 0] if a.C_shared else c[:, :, t]
        y[:, :, t] = (x * c_t).sum(axis=-1)
    out = y if a.D is None else y + a.u * a.D[:, None]
    if a.z is not None:
        out = out * silu_ref(a.z)
    return out.astype(F32), x


def check_mlgru_args(where, f_pre, c_pre, g_pre=None, h0=None):
    """Validate MLGRU inputs: float32 C-contiguous (batch, L, d), h0 (batch, d)."""
    check_array(where, "f_pre", f_pre, dtype=F32, ndim=3)
    check_array(where, "c_pre", c_pre, dtype=F32, ndim=3)
    check_shape(where, "c_pre", c_pre, f_pre.shape, "(batch, L, d) like 'f_pre'")
    if g_pre is not None:
        check_array(where, "g_pre", g_pre, dtype=F32, ndim=3)
        check_shape(where, "g_pre", g_pre, f_pre.shape, "(batch, L, d) like 'f_pre'")
    if h0 is not None:
        check_array(where, "h0", h0, dtype=F32, ndim=2)
        check_shape(where, "h0", h0, (f_pre.shape[0], f_pre.shape[2]), "(batch, d)")


def mlgru_ref(f_pre, c_pre, g_pre=None, h0=None):
    """The MLGRU recurrence as a per-step numpy loop over L, vectorized over (batch, d)."""
    check_mlgru_args("mlgru_ref", f_pre, c_pre, g_pre, h0)
    batch, length, d = f_pre.shape
    h = np.zeros((batch, d), F32) if h0 is None else h0.copy()
    o = np.empty_like(f_pre)
    for t in range(length):
        f = sigmoid_ref(f_pre[:, t])
        c = silu_ref(c_pre[:, t]) * (F32(1) - f)
        h = f * h + c
        o[:, t] = h if g_pre is None else h * silu_ref(g_pre[:, t])
    return o, h
