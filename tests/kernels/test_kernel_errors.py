"""Bad input raises a clear error, before any kernel runs; messages are part of the product."""

import numpy as np
import pytest

import kernels as K
from kernels.packing import PackedTernary

W = K.pack_ternary(np.zeros((2, 5), np.int8))
F = np.zeros((1, 2, 3), np.float32)


@pytest.mark.parametrize("fn", [K.ternary_gemv_cpu, K.ternary_gemv_ref])
def test_gemv_rejects_wrong_dtype(fn):
    with pytest.raises(K.KernelDtypeError, match=r"argument 'x' must have dtype int8, got float32"):
        fn(W, np.zeros(5, np.float32))


def test_gemv_rejects_wrong_length():
    with pytest.raises(K.KernelShapeError, match=r"'x' must have shape \(K,\) = \(5,\) to match weights of shape \(2, 5\), got \(4,\)"):
        K.ternary_gemv_cpu(W, np.zeros(4, np.int8))


def test_gemm_rejects_non_contiguous():
    x = np.zeros((5, 3), np.int8).T
    with pytest.raises(K.KernelLayoutError, match="argument 'x' must be C-contiguous"):
        K.ternary_gemm_cpu(K.pack_ternary(np.zeros((2, 5), np.int8)), x)


def test_gemm_rejects_unpacked_weights():
    with pytest.raises(K.KernelDtypeError, match="argument 'w' must be a PackedTernary"):
        K.ternary_gemm_cpu(np.zeros((2, 5), np.int8), np.zeros((1, 5), np.int8))


def test_pack_rejects_non_ternary():
    w = np.array([[0, 1, -1], [3, 0, 0]], np.int8)
    with pytest.raises(K.NotTernaryError, match=r"must hold only -1, 0, \+1; found 3 at index \(1, 0\)"):
        K.pack_ternary(w)


def test_packed_rejects_invalid_codes_and_shapes():
    with pytest.raises(K.NotTernaryError, match="invalid base3 code"):
        PackedTernary(np.array([[1]], np.uint8), 1, 5, "base3")
    with pytest.raises(K.KernelShapeError, match=r"must have shape \(1, 2\), got \(1, 1\)"):
        PackedTernary(np.zeros((1, 1), np.uint8), 1, 5, "2bit")
    with pytest.raises(K.KernelInputError, match="scheme must be one of"):
        K.pack_ternary(np.zeros((1, 1), np.int8), "3bit")


def test_scan_rejects_bad_shapes_and_dtypes():
    u = np.zeros((1, 2, 3), np.float32)
    A = np.zeros((2, 4), np.float32)
    with pytest.raises(K.KernelShapeError, match=r"argument 'B' must have shape \(batch, n, L\) = \(1, 4, 3\), got \(1, 4, 2\)"):
        K.selective_scan_cpu(u, u, A, np.zeros((1, 4, 2), np.float32), A)
    with pytest.raises(K.KernelDtypeError, match="argument 'delta' must have dtype float32, got float64"):
        K.selective_scan_ref(u, u.astype(np.float64), A, A, A)
    with pytest.raises(K.KernelShapeError, match="divisible by groups"):
        K.selective_scan_cpu(u, u, A, np.zeros((1, 3, 4, 3), np.float32), A)
    with pytest.raises(K.KernelShapeError, match=r"argument 'D' must have shape \(d,\) = \(2,\), got \(3,\)"):
        K.selective_scan_cpu(u, u, A, A, A, D=np.zeros(3, np.float32))


def test_mlgru_rejects_mismatch():
    with pytest.raises(K.KernelShapeError, match=r"argument 'h0' must have shape \(batch, d\) = \(1, 3\)"):
        K.mlgru_cpu(F, F, h0=np.zeros((1, 2), np.float32))
    with pytest.raises(K.KernelLayoutError, match="argument 'c_pre' must be C-contiguous"):
        K.mlgru_cpu(F, np.zeros((1, 3, 2), np.float32).transpose(0, 2, 1))


def test_bitlinear_rejects_wrong_width_and_backend():
    layer = K.BitLinear.from_float(np.ones((2, 4), np.float32))
    with pytest.raises(K.KernelShapeError, match=r"must end in in_features = 4, got shape \(3, 5\)"):
        layer(np.zeros((3, 5), np.float32))
    with pytest.raises(K.KernelInputError, match="backend must be one of"):
        layer(np.zeros((3, 4), np.float32), backend="tpu")


def test_model_file_errors(tmp_path):
    m = K.MatMulFreeLM.random(5, 4, 1, 8)
    arrays = m.to_arrays()
    arrays["layers.0.glu.up.weight"] = arrays["layers.0.glu.up.weight"] * 2
    with pytest.raises(K.ModelFormatError, match=r"'layers.0.glu.up.weight' must hold only -1, 0, \+1"):
        K.MatMulFreeLM.from_arrays(arrays)
    arrays = m.to_arrays()
    del arrays["final_norm.weight"]
    with pytest.raises(K.ModelFormatError, match="missing key 'final_norm.weight'"):
        K.MatMulFreeLM.from_arrays(arrays)
    with pytest.raises(K.KernelInputError, match=r"token ids must lie in \[0, 5\)"):
        m.forward(np.array([[1, 7]]))
