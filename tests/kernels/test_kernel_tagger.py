"""The fused tagger forward (kernels.tagger) against the model composed from the reference layers."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from kernels.packing import pack_ternary
from kernels.simd import HAS_AVX2
from kernels.tagger import ternary_matmul
from kernels.ternary import ternary_gemm_ref
from oracle.reader.model import ReaderModel


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 6), st.sampled_from([3, 32, 128, 200, 256]), st.integers(1, 11), st.integers(0, 2**31))
def test_ternary_matmul_exact(rows, k, n, seed):
    """int32 products equal the numpy reference bit for bit, SIMD and portable loops alike."""
    rng = np.random.default_rng(seed)
    w = pack_ternary(rng.integers(-1, 2, (n, k)).astype(np.int8))
    q = rng.integers(-127, 128, (rows, k)).astype(np.int8)
    padded = np.zeros((rows, 4 * w.width), np.int8)
    padded[:, :k] = q
    want = ternary_gemm_ref(w, q)
    for simd in (False, HAS_AVX2):
        acc = np.empty((rows, n), np.int32)
        ternary_matmul(padded, w.data, acc, simd)
        assert np.array_equal(acc, want)


@pytest.mark.parametrize("d, f, layers", [(8, 16, 1), (32, 64, 2)])
def test_fused_forward_matches_the_reference(d, f, layers):
    m = ReaderModel.random(buckets=128, d_model=d, d_ffn=f, n_layers=layers, quantities=tuple("abcdefg"), seed=3)
    rng = np.random.default_rng(0)
    ids = rng.integers(-1, 128, (11, 6)).astype(np.int32)
    ref = m.forward(ids, backend="numpy")
    for backend in ("fused", "cpu"):
        out = m.forward(ids, backend=backend)
        assert np.allclose(out, ref, rtol=1e-4, atol=1e-4), backend
    # the float32 baseline is the same model without activation quantization: close, not equal
    assert np.corrcoef(m.forward_float(ids).ravel(), ref.ravel())[0, 1] > 0.95


def test_model_file_round_trip(tmp_path):
    m = ReaderModel.random(buckets=64, d_model=8, d_ffn=16, n_layers=1, quantities=("m", "v"), seed=1)
    path = tmp_path / "m.npz"
    m.save(path)
    back = ReaderModel.load(path)
    ids = np.array([[1, 5, -1]], np.int32)
    assert np.array_equal(back.forward(ids), m.forward(ids)) and back.quantities == ("m", "v")


def test_bad_model_file_is_named(tmp_path):
    from oracle.reader.model import ModelFileError

    m = ReaderModel.random(buckets=64, d_model=8, d_ffn=16, n_layers=1, quantities=("m",), seed=1)
    arrays = m.to_arrays()
    del arrays["head.bias"]
    np.savez(tmp_path / "bad.npz", **arrays)
    with pytest.raises(ModelFileError, match="missing key 'head.bias'"):
        ReaderModel.load(tmp_path / "bad.npz")
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(ModelFileError, match="cannot read"):
        ReaderModel.load(tmp_path / "junk.npz")
