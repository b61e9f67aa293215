"""Ternary quantization, packing and GEMV/GEMM: numba CPU agrees with numpy bit for bit."""

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from hypothesis.extra.numpy import arrays

from kernels import (
    int8_gemv_cpu, pack_ternary, quantize_activations, quantize_activations_cpu, quantize_weights,
    ternary_gemm_cpu, ternary_gemm_ref, ternary_gemv_cpu, ternary_gemv_ref, unpack_ternary,
)
from kernels.packing import PackedTernary, packed_width
from kernels.ternary import SPAN

SCHEMES = ["2bit", "base3"]
sizes = st.integers(0, 37)


@st.composite
def ternary_case(draw, min_rows=0):
    rows = draw(st.integers(min_rows, 9))
    cols = draw(sizes)
    w = draw(arrays(np.int8, (rows, cols), elements=st.integers(-1, 1)))
    m = draw(st.integers(1, 4))
    x = draw(arrays(np.int8, (m, cols), elements=st.integers(-128, 127)))
    return w, x


@settings(max_examples=60, deadline=None)
@given(ternary_case(), st.sampled_from(SCHEMES))
def test_pack_roundtrip_and_size(case, scheme):
    w, _ = case
    p = pack_ternary(w, scheme)
    assert np.array_equal(unpack_ternary(p), w)
    assert p.data.shape == (w.shape[0], packed_width(w.shape[1], scheme))


@settings(max_examples=60, deadline=None)
@given(ternary_case(), st.sampled_from(SCHEMES))
def test_gemm_and_gemv_bit_exact(case, scheme):
    w, x = case
    p = pack_ternary(w, scheme)
    expected = x.astype(np.int64) @ w.astype(np.int64).T
    assert np.array_equal(ternary_gemm_ref(p, x), expected)
    assert np.array_equal(ternary_gemm_cpu(p, x), expected)
    assert np.array_equal(ternary_gemv_cpu(p, x[0]), expected[0])
    assert np.array_equal(ternary_gemv_ref(p, x[0]), expected[0])
    assert np.array_equal(int8_gemv_cpu(w, x[0]), expected[0])


@pytest.mark.parametrize("scheme", SCHEMES)
def test_gemv_extreme_values_large_k(scheme):
    k = 1003
    w = np.ones((3, k), np.int8)
    w[1] = -1
    w[2, ::2] = 0
    x = np.full(k, -128, np.int8)
    p = pack_ternary(w, scheme)
    assert ternary_gemv_cpu(p, x).tolist() == [-128 * k, 128 * k, -128 * (k // 2)]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 11), st.integers(0, 700), st.integers(0, 2**32 - 1), st.booleans())
def test_2bit_gemv_both_kernels_bit_exact_across_vector_blocks(rows, cols, seed, simd):
    # the AVX2 path (kernels.simd, where the host has it) handles 32-byte blocks of 4 rows and
    # leaves remainders to the portable loop: cover every split
    rng = np.random.default_rng(seed)
    w = rng.integers(-1, 2, (rows, cols)).astype(np.int8)
    x = rng.integers(-128, 128, cols).astype(np.int8)
    expected = w.astype(np.int64) @ x.astype(np.int64)
    assert np.array_equal(ternary_gemv_cpu(pack_ternary(w), x, simd=simd), expected)


@pytest.mark.parametrize("simd", [True, False])
def test_2bit_gemv_extreme_values_beyond_one_span(simd):
    # more than SPAN packed bytes per row: several exact int32 partial sums per row
    k = 4 * SPAN + 4 * 37 + 3
    w = np.ones((5, k), np.int8)
    w[1] = -1
    w[2, ::2] = 0
    w[3] = 0
    w[4, 1::3] = -1
    x = np.full(k, -128, np.int8)
    expected = (w.astype(np.int64) @ x.astype(np.int64)).tolist()
    assert ternary_gemv_cpu(pack_ternary(w), x, simd=simd).tolist() == expected


def test_base3_decode_covers_every_byte_pattern():
    digits = np.array(np.meshgrid(*[np.arange(3)] * 5, indexing="ij")).reshape(5, -1).T
    w = (digits - 1).astype(np.int8).reshape(-1)[None, :]
    assert np.array_equal(unpack_ternary(pack_ternary(w, "base3")), w)


@settings(max_examples=60, deadline=None)
@given(arrays(np.float32, st.tuples(st.integers(0, 5), st.integers(0, 40)),
              elements=st.floats(-1e4, 1e4, width=32)))
def test_activation_quantization_cpu_equals_numpy(x):
    q_ref, s_ref = quantize_activations(x)
    q, s = quantize_activations_cpu(x)
    assert np.array_equal(q, q_ref) and np.array_equal(s, s_ref)
    if x.size:
        assert np.abs(q_ref.astype(np.float32) * s_ref[:, None] - x).max() <= s_ref.max() * 0.5 + 1e-6


def test_activation_rounding_ties_to_even():
    x = np.array([[127.0, 0.5, 1.5, 2.5, -0.5]], np.float32)
    assert quantize_activations_cpu(x)[0].tolist() == [[127, 0, 2, 2, 0]]


def test_weight_quantization_absmean():
    w = np.array([[0.1, -0.4, 2.0, 0.0]], np.float32)
    wq, scale = quantize_weights(w)
    assert scale == np.float32(0.625)
    assert wq.tolist() == [[0, -1, 1, 0]]
    assert quantize_weights(np.zeros((2, 2), np.float32))[1] == np.float32(1e-5)


def test_packed_weights_are_read_only():
    p = pack_ternary(np.zeros((1, 3), np.int8))
    with pytest.raises(ValueError, match="read-only"):
        p.data[0, 0] = 0


def test_packed_padding_must_be_zero_weight():
    with pytest.raises(ValueError, match="padding positions >= 3 of 'data' must hold weight 0"):
        PackedTernary(np.array([[0b00010101]], np.uint8), 1, 3, "2bit")
