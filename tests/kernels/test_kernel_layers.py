"""BitLinear, the MLGRU block and the MatMul-free model: backends agree, .npz round trips."""

import doctest

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import kernels
from kernels import BitLinear, MatMulFreeLM, rms_norm


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 5), st.integers(1, 40), st.integers(1, 12), st.sampled_from(["2bit", "base3"]), st.integers(0, 999))
def test_bitlinear_cpu_equals_numpy_exactly(tokens, d_in, d_out, scheme, seed):
    rng = np.random.default_rng(seed)
    layer = BitLinear.from_float(rng.standard_normal((d_out, d_in)).astype(np.float32),
                                 norm=rng.uniform(0.5, 2, d_in).astype(np.float32), scheme=scheme)
    x = rng.standard_normal((tokens, d_in)).astype(np.float32)
    y = layer(x, backend="cpu")
    assert np.array_equal(y, layer(x, backend="numpy"))
    wq = kernels.unpack_ternary(layer.weight).astype(np.float32) * layer.weight.scale
    xn = rms_norm(x, layer.norm)
    dense = xn @ wq.T
    # per-token absmax int8 activations: each input is off by at most half a step, so each
    # output by at most half a step times the sum of its row's |weights| (a flat 5% bound
    # failed for one output of 18 inputs)
    half_step = np.abs(xn).max(axis=1, keepdims=True) / 127 / 2
    bound = half_step * np.abs(wq).sum(axis=1)[None, :]
    assert np.all(np.abs(y - dense) <= bound * (1 + 1e-4) + 1e-5)


def test_model_npz_round_trip_and_backends(tmp_path):
    model = MatMulFreeLM.random(vocab_size=17, d_model=12, n_layers=2, d_ffn=20, seed=4)
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = MatMulFreeLM.load(path)
    tokens = np.array([[3, 1, 4, 1, 5], [9, 2, 6, 5, 3]])
    a, _ = model.forward(tokens, backend="cpu")
    b, _ = loaded.forward(tokens, backend="cpu")
    c, _ = loaded.forward(tokens, backend="numpy")
    assert np.array_equal(a, b)
    np.testing.assert_allclose(b, c, rtol=1e-3, atol=1e-3)
    assert loaded.generate([3, 1], steps=3) == model.generate([3, 1], steps=3)


def test_model_step_by_step_equals_whole_sequence():
    model = MatMulFreeLM.random(vocab_size=9, d_model=8, n_layers=2, d_ffn=8, seed=1)
    tokens = np.array([[1, 2, 3, 4, 5, 6]])
    whole, state = model.forward(tokens)
    part, s = model.forward(tokens[:, :2])
    rest, s = model.forward(tokens[:, 2:], s)
    np.testing.assert_allclose(np.concatenate([part, rest], axis=1), whole, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("name", ["errors", "scalar", "quant", "packing", "ternary", "scan_ref",
                                  "scan_cpu", "layers", "model", "cuda"])
def test_docstring_examples_run(name):
    import importlib

    module = importlib.import_module(f"kernels.{name}")
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
