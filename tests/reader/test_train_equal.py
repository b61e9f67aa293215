"""The numba inference equals the training framework's model (JAX) on the same weights.

Exactly on the ternary layers: the same int8 activations times the same ternary weights give
the same integers and, scaled, the same floats. End to end the two agree within float32
rounding (norms and the recurrence are summed in another order, which now and then puts an
activation on the neighbouring int8 level) and read alike.
"""
import numpy as np
import pytest

jax = pytest.importorskip("jax", reason="JAX is the training framework ([train] extra): pip install -e '.[train]'")

from kernels.ternary import ternary_gemm_ref  # noqa: E402
from oracle.reader.features import featurize, with_hint  # noqa: E402
from oracle.reader.model import ReaderModel  # noqa: E402
from oracle.reader.ternary import WEIGHTS, TernaryReader  # noqa: E402
from oracle.reader import train as T  # noqa: E402

QUESTIONS = [
    "A 2 kg ball moves at 3 m/s. What is its kinetic energy?",
    "A ball is dropped from a height of 20 m. How fast is it moving when it lands, in km/h?",
    "Find the resistance if a 12 V battery drives a current of 2 A through it.",
    "What is the energy of a photon of wavelength 500 nm, in eV?",
    "Problem 3. A spring of spring constant 200 N/m is compressed by 10 cm. Find its elastic potential energy.",
]


@pytest.fixture(scope="module")
def model():
    return ReaderModel.load(WEIGHTS)


def test_ternary_layers_are_exact(model):
    jnp = jax.numpy
    rng = np.random.default_rng(0)
    from kernels.packing import unpack_ternary

    for layer in (model.layers[0].mix_in, model.layers[-1].glu_out, model.head):
        wt = unpack_ternary(layer.weight).astype(np.float32)
        q = rng.integers(-127, 128, (7, layer.in_features)).astype(np.int8)
        xs = (rng.random(7).astype(np.float32) + np.float32(0.01))
        acc_ref = ternary_gemm_ref(layer.weight, q)
        acc_jax = np.asarray(jax.jit(lambda a, b: a @ b.T)(jnp.asarray(q, jnp.float32), jnp.asarray(wt)))
        assert np.array_equal(acc_jax.astype(np.int64), acc_ref.astype(np.int64))
        ws = np.float32(layer.weight.scale)
        y_kernels = acc_ref.astype(np.float32) * (xs[:, None] * ws)
        y_jax = np.asarray(jax.jit(lambda a, s: a * (s[:, None] * ws))(jnp.asarray(acc_jax), jnp.asarray(xs)))
        assert np.array_equal(y_kernels, y_jax)


def test_whole_model_agrees(model):
    reader = TernaryReader(model)
    for text in QUESTIONS:
        tokens, _ = with_hint(text, None)
        ids = featurize(tokens, model.buckets, reader.lex)
        numba_out = model.forward(ids)
        ref = model.forward(ids, backend="numpy")
        jax_out = T.exact_forward(model, ids)
        scale = np.abs(ref).max()
        # norms summed in another order can put a rare activation on the neighbouring int8
        # level: almost every logit agrees to float32 rounding, none by more than 1% of the scale
        for out in (jax_out, numba_out):
            diff = np.abs(out - ref)
            assert np.median(diff) <= 1e-5 * scale and diff.max() <= 1e-2 * scale
        n = model.n_tags
        assert np.array_equal(jax_out[:, :n].argmax(1), numba_out[:, :n].argmax(1))
        assert np.array_equal(jax_out[:, n:].argmax(1), numba_out[:, n:].argmax(1))


def test_smoke_training_runs_and_exports(tmp_path):
    """A few steps on a tiny model: the exported weights load, and numba equals JAX on them."""
    from oracle.reader.synth import Synth

    examples = list(Synth(11).examples(6, revision_share=0.5))
    cfg = T.Config(buckets=256, d_model=16, d_ffn=32, n_layers=1, batch=4, steps=3, max_minutes=2, seed=1)
    m, history = T.train(examples, cfg, log=lambda *_: None)
    m.save(tmp_path / "tiny.npz")
    back = ReaderModel.load(tmp_path / "tiny.npz")
    tokens, _ = with_hint(examples[0].text, None)
    ids = featurize(tokens, back.buckets)
    assert np.allclose(back.forward(ids), T.exact_forward(back, ids), atol=1e-4 * max(1, np.abs(back.forward(ids)).max()))
    assert history and history[0]["step"] == 1
