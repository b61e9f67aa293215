"""Layers composed from the kernels: RMSNorm, BitLinear, the MLGRU token mixer, a GLU channel mixer.

Every layer takes ``backend``: ``"numpy"`` (references), ``"cpu"`` (numba) or ``"cuda"``.
The ternary path is exact, so ``"numpy"`` and ``"cpu"`` give identical BitLinear outputs;
the recurrences agree within float32 tolerance.

BitLinear (BitNet b1.58): ``y = (gemm(q, Wq) * x_scale[:, None] * w_scale) + bias`` where
``q, x_scale = quantize_activations(rms_norm(x, norm))`` and ``Wq`` is packed ternary.

>>> import numpy as np
>>> rng = np.random.default_rng(0)
>>> layer = BitLinear.from_float(rng.standard_normal((3, 8)).astype(np.float32))
>>> x = rng.standard_normal((2, 8)).astype(np.float32)
>>> np.array_equal(layer(x, backend="numpy"), layer(x, backend="cpu"))
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kernels.errors import KernelInputError, KernelShapeError, check_array
from kernels.packing import PackedTernary, pack_ternary
from kernels.quant import quantize_activations, quantize_activations_cpu, quantize_weights
from kernels.scan_ref import F32, mlgru_ref, silu_ref
from kernels.ternary import ternary_gemm_cpu, ternary_gemm_ref

BACKENDS = ("numpy", "cpu", "cuda")
RMS_EPS = 1e-6


def _check_backend(where: str, backend: str) -> None:
    if backend not in BACKENDS:
        raise KernelInputError(f"{where}: backend must be one of {BACKENDS}, got {backend!r}")


def rms_norm(x: np.ndarray, weight: np.ndarray | None = None, eps: float = RMS_EPS) -> np.ndarray:
    """``x / sqrt(mean(x**2, -1) + eps) * weight`` in float32.

    >>> rms_norm(np.array([[3.0, 4.0]], np.float32)).astype(float).round(4).tolist()
    [[0.8485, 1.1314]]
    """
    ms = np.mean(np.square(x, dtype=F32), axis=-1, keepdims=True, dtype=F32)
    y = (x / np.sqrt(ms + F32(eps))).astype(F32)
    return y if weight is None else (y * weight).astype(F32)


def _quantize(x2: np.ndarray, backend: str):
    if backend == "numpy":
        return quantize_activations(x2)
    if backend == "cpu":
        return quantize_activations_cpu(x2)
    from kernels.cuda import quantize_activations_cuda

    return quantize_activations_cuda(x2)


def _gemm(w: PackedTernary, q: np.ndarray, backend: str) -> np.ndarray:
    if backend == "numpy":
        return ternary_gemm_ref(w, q)
    if backend == "cpu":
        return ternary_gemm_cpu(w, q)
    from kernels.cuda import ternary_gemm_cuda

    return ternary_gemm_cuda(w, q)


def mlgru(f_pre, c_pre, g_pre=None, h0=None, backend="cpu"):
    """The MLGRU recurrence on the chosen backend (see ``kernels.scan_ref.mlgru_ref``)."""
    _check_backend("mlgru", backend)
    if backend == "numpy":
        return mlgru_ref(f_pre, c_pre, g_pre, h0)
    if backend == "cpu":
        from kernels.scan_cpu import mlgru_cpu

        return mlgru_cpu(f_pre, c_pre, g_pre, h0)
    from kernels.cuda import mlgru_cuda

    return mlgru_cuda(f_pre, c_pre, g_pre, h0)


@dataclass(frozen=True, eq=False)
class BitLinear:
    """A ternary linear layer (out, in) with its own input RMSNorm weight (``norm``, (in,))."""

    weight: PackedTernary
    norm: np.ndarray | None = None
    bias: np.ndarray | None = None
    eps: float = RMS_EPS

    def __post_init__(self) -> None:
        if not isinstance(self.weight, PackedTernary):
            raise KernelInputError(f"BitLinear: 'weight' must be a PackedTernary, got {type(self.weight).__name__}")
        for name, size in (("norm", self.weight.cols), ("bias", self.weight.rows)):
            value = getattr(self, name)
            if value is not None:
                check_array("BitLinear", name, value, dtype=np.float32, ndim=1)
                if value.shape != (size,):
                    raise KernelShapeError(f"BitLinear: '{name}' must have shape ({size},), got {value.shape}")
                frozen = value.copy()
                frozen.flags.writeable = False
                object.__setattr__(self, name, frozen)

    @property
    def in_features(self) -> int:
        return self.weight.cols

    @property
    def out_features(self) -> int:
        return self.weight.rows

    @classmethod
    def from_float(cls, w: np.ndarray, norm=None, bias=None, scheme: str = "2bit") -> "BitLinear":
        """Quantize float32 (out, in) weights with absmean and pack them."""
        wq, scale = quantize_weights(w)
        return cls(pack_ternary(wq, scheme, float(scale)), norm, bias)

    def __call__(self, x: np.ndarray, backend: str = "cpu") -> np.ndarray:
        """Apply to float32 (..., in); returns float32 (..., out)."""
        _check_backend("BitLinear", backend)
        check_array("BitLinear", "x", x, dtype=np.float32, ndim=(1, 2, 3))
        if x.shape[-1] != self.in_features:
            raise KernelShapeError(
                f"BitLinear: input 'x' must end in in_features = {self.in_features}, got shape {x.shape}"
            )
        lead = x.shape[:-1]
        x2 = np.ascontiguousarray(rms_norm(x, self.norm, self.eps).reshape(-1, self.in_features))
        q, xs = _quantize(x2, backend)
        acc = _gemm(self.weight, q, backend)
        y = acc.astype(F32) * (xs[:, None] * F32(self.weight.scale))
        if self.bias is not None:
            y = y + self.bias
        return y.astype(F32).reshape(lead + (self.out_features,))


@dataclass(frozen=True, eq=False)
class MLGRUBlock:
    """MatMul-free token mixer: ``f, c, g`` projections, the MLGRU recurrence, a norm-gated output.

    ``o = o_proj(rms_norm(h, g_norm) * silu(g))`` where ``h`` is the recurrence over
    ``f = f_proj(x)``, ``c = c_proj(x)``. Input (batch, L, d); state ``h`` is (batch, d).
    """

    f_proj: BitLinear
    c_proj: BitLinear
    g_proj: BitLinear
    o_proj: BitLinear
    g_norm: np.ndarray

    def __call__(self, x: np.ndarray, h0: np.ndarray | None = None, backend: str = "cpu"):
        """Returns (output (batch, L, d), last state (batch, d))."""
        check_array("MLGRUBlock", "x", x, dtype=np.float32, ndim=3)
        f = self.f_proj(x, backend)
        c = self.c_proj(x, backend)
        g = self.g_proj(x, backend)
        h, last = mlgru(f, c, None, h0, backend)
        o = (rms_norm(h, self.g_norm) * silu_ref(g)).astype(F32)
        return self.o_proj(np.ascontiguousarray(o), backend), last


@dataclass(frozen=True, eq=False)
class GLU:
    """MatMul-free channel mixer: ``down(silu(gate(x)) * up(x))``."""

    gate: BitLinear
    up: BitLinear
    down: BitLinear

    def __call__(self, x: np.ndarray, backend: str = "cpu") -> np.ndarray:
        hidden = (silu_ref(self.gate(x, backend)) * self.up(x, backend)).astype(F32)
        return self.down(np.ascontiguousarray(hidden), backend)
