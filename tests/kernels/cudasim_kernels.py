"""CUDA kernels on numba's CUDA simulator; run by test_kernel_cuda.py in its own process.

Not collected on its own (no ``test_`` prefix): the simulator must be switched on before
numba is first imported, which the launching test does with NUMBA_ENABLE_CUDASIM=1.
"""

import os

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from hypothesis.extra.numpy import arrays

if os.environ.get("NUMBA_ENABLE_CUDASIM") != "1":
    pytest.skip("run through test_kernel_cuda.py (needs NUMBA_ENABLE_CUDASIM=1 before numba loads)", allow_module_level=True)

from numba import config  # noqa: E402

from kernels import (  # noqa: E402
    mlgru_ref, pack_ternary, quantize_activations, selective_scan_ref, ternary_gemm_ref,
)
from kernels.cuda import (  # noqa: E402
    mlgru_cuda, quantize_activations_cuda, selective_scan_cuda, ternary_gemm_cuda, ternary_gemv_cuda,
)


def test_simulator_is_on():
    assert config.ENABLE_CUDASIM


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 5), st.integers(0, 23), st.integers(1, 3), st.sampled_from(["2bit", "base3"]),
       st.sampled_from([1, 4, 8]), st.integers(0, 2**32 - 1))
def test_ternary_cuda_bit_exact(rows, cols, m, scheme, threads, seed):
    rng = np.random.default_rng(seed)
    w8 = rng.integers(-1, 2, (rows, cols)).astype(np.int8)
    x = rng.integers(-128, 128, (m, cols)).astype(np.int8)
    w = pack_ternary(w8, scheme)
    expected = ternary_gemm_ref(w, x)
    assert np.array_equal(ternary_gemm_cuda(w, x, threads=threads), expected)
    assert np.array_equal(ternary_gemv_cuda(w, x[0], threads=threads), expected[0])


@settings(max_examples=15, deadline=None)
@given(arrays(np.float32, st.tuples(st.integers(0, 3), st.integers(0, 17)), elements=st.floats(-1e3, 1e3, width=32)))
def test_activation_quant_cuda_bit_exact(x):
    for got, ref in zip(quantize_activations_cuda(x, threads=4), quantize_activations(x)):
        assert np.array_equal(got, ref)


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 2), st.integers(1, 4), st.integers(0, 5), st.integers(1, 4), st.booleans(),
       st.sampled_from(["shared", "step", "group"]), st.integers(0, 2**32 - 1))
def test_selective_scan_cuda_close(batch, d, length, n, full, kind, seed):
    rng = np.random.default_rng(seed)

    def r(*s):
        return rng.standard_normal(s).astype(np.float32)

    bmat = {"shared": r(d, n), "step": r(batch, n, length), "group": r(batch, d, n, length)}[kind]
    args = (r(batch, d, length), np.abs(r(batch, d, length)), -np.abs(r(d, n)), bmat, r(batch, n, length))
    kw = dict(D=r(d), z=r(batch, d, length), delta_bias=r(d), delta_softplus=True) if full else {}
    for got, ref in zip(selective_scan_cuda(*args, **kw, threads=4), selective_scan_ref(*args, **kw)):
        np.testing.assert_allclose(got, ref, rtol=1e-4, atol=1e-5)


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 2), st.integers(0, 6), st.integers(1, 9), st.booleans(), st.integers(0, 2**32 - 1))
def test_mlgru_cuda_close(batch, length, d, gated, seed):
    rng = np.random.default_rng(seed)
    f, c, g = (rng.standard_normal((batch, length, d)).astype(np.float32) for _ in range(3))
    h0 = rng.standard_normal((batch, d)).astype(np.float32)
    args = (f, c, g if gated else None, h0)
    for got, ref in zip(mlgru_cuda(*args, threads=4), mlgru_ref(*args)):
        np.testing.assert_allclose(got, ref, rtol=1e-4, atol=1e-5)


def test_bitlinear_cuda_backend_equals_numpy():
    from kernels import BitLinear

    rng = np.random.default_rng(0)
    layer = BitLinear.from_float(rng.standard_normal((3, 10)).astype(np.float32))
    x = rng.standard_normal((2, 10)).astype(np.float32)
    assert np.array_equal(layer(x, backend="cuda"), layer(x, backend="numpy"))


def test_bad_threads_is_rejected():
    from kernels import KernelInputError

    w = pack_ternary(np.zeros((1, 3), np.int8))
    with pytest.raises(KernelInputError, match=r"'threads' must be a power of two in \[1, 256\], got 3"):
        ternary_gemv_cuda(w, np.zeros(3, np.int8), threads=3)


def test_reader_model_on_cuda_matches_reference():
    """The reader's tagger composed from the CUDA layers gives the reference model's logits."""
    from oracle.reader.model import ReaderModel

    m = ReaderModel.random(buckets=32, d_model=8, d_ffn=8, n_layers=1, quantities=("a", "b"), seed=2)
    ids = np.array([[1, 3, -1], [4, -1, -1], [7, 9, 11]], np.int32)
    assert np.allclose(m.forward(ids, backend="cuda"), m.forward(ids, backend="numpy"), rtol=1e-4, atol=1e-4)
