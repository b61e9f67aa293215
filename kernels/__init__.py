"""The learned-pattern half: ternary (BitNet b1.58) and SSM/MLGRU kernels, numpy references first.

numpy references (``*_ref``, ``quantize_*``) are the definition; numba CPU kernels
(``*_cpu``, ``*_parallel``) and numba.cuda kernels (``kernels.cuda``, imported on demand)
are tested against them. See docs/kernels.md.

>>> import numpy as np, kernels
>>> w = kernels.pack_ternary(np.array([[1, 0, -1]], np.int8))
>>> kernels.ternary_gemv_cpu(w, np.array([3, 9, 1], np.int8)).tolist()
[2]
"""

from kernels.errors import (
    CudaUnavailableError,
    KernelDtypeError,
    KernelInputError,
    KernelLayoutError,
    KernelShapeError,
    NotTernaryError,
)
from kernels.layers import GLU, BitLinear, MLGRUBlock, mlgru, rms_norm
from kernels.model import MatMulFreeLM, ModelFormatError
from kernels.packing import PackedTernary, pack_ternary, unpack_ternary
from kernels.quant import quantize_activations, quantize_activations_cpu, quantize_weights
from kernels.scan_cpu import linear_scan_cpu, mlgru_cpu, mlgru_parallel, selective_scan_cpu, selective_scan_parallel
from kernels.scan_ref import mlgru_ref, selective_scan_ref
from kernels.ternary import int8_gemv_cpu, ternary_gemm_cpu, ternary_gemm_ref, ternary_gemv_cpu, ternary_gemv_ref

__all__ = [
    "BitLinear", "CudaUnavailableError", "GLU", "KernelDtypeError", "KernelInputError",
    "KernelLayoutError", "KernelShapeError", "MLGRUBlock", "MatMulFreeLM", "ModelFormatError",
    "NotTernaryError", "PackedTernary", "int8_gemv_cpu", "linear_scan_cpu", "mlgru", "mlgru_cpu",
    "mlgru_parallel", "mlgru_ref", "pack_ternary", "quantize_activations", "quantize_activations_cpu",
    "quantize_weights", "rms_norm", "selective_scan_cpu", "selective_scan_parallel",
    "selective_scan_ref", "ternary_gemm_cpu", "ternary_gemm_ref", "ternary_gemv_cpu",
    "ternary_gemv_ref", "unpack_ternary",
]
