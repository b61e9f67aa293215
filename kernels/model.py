"""A small MatMul-free sequence model (MLGRU token mixers, GLU channel mixers, ternary weights).

Inference only, from a ``.npz`` file with this layout (``{i}`` = layer index,
``{lin}`` one BitLinear, all float32 unless said otherwise):

=======================================  =====================================
key                                      value
=======================================  =====================================
``config.vocab_size``                    int64 scalar ``V``
``config.d_model``                       int64 scalar ``d``
``config.n_layers``                      int64 scalar
``config.d_ffn``                         int64 scalar ``f``
``embed.weight``                         (V, d)
``layers.{i}.norm1.weight``              (d,) pre-norm of the token mixer
``layers.{i}.mlgru.{f,c,g,o}``           BitLinear (d -> d)
``layers.{i}.mlgru.g_norm.weight``       (d,) norm before the output gate
``layers.{i}.norm2.weight``              (d,) pre-norm of the channel mixer
``layers.{i}.glu.{gate,up}``             BitLinear (d -> f)
``layers.{i}.glu.down``                  BitLinear (f -> d)
``final_norm.weight``                    (d,)
``lm_head``                              BitLinear (d -> V)
=======================================  =====================================

A BitLinear ``{lin}`` is three keys: ``{lin}.weight`` int8 (out, in) holding only -1, 0, +1,
``{lin}.scale`` float32 scalar (absmean scale), ``{lin}.norm`` (in,) its input RMSNorm weight.
Weights are packed 2 bits per weight at load time.

Each layer: ``x += mlgru(rms_norm(x, norm1))``; ``x += glu(rms_norm(x, norm2))``; then
``logits = lm_head(rms_norm(x, final_norm))``. The recurrent state is one (batch, d) array per layer.

>>> m = MatMulFreeLM.random(vocab_size=11, d_model=8, n_layers=2, d_ffn=16, seed=0)
>>> logits, state = m.forward(np.array([[1, 2, 3]]))
>>> logits.shape, len(state)
((1, 3, 11), 2)
>>> len(m.generate([1, 2], steps=4))
6
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from kernels.errors import KernelInputError, KernelShapeError
from kernels.layers import GLU, BitLinear, MLGRUBlock, rms_norm
from kernels.packing import pack_ternary, unpack_ternary
from kernels.scan_ref import F32

CONFIG_KEYS = ("vocab_size", "d_model", "n_layers", "d_ffn")


class ModelFormatError(KernelInputError):
    """A weight file does not follow the documented layout."""


@dataclass(frozen=True, eq=False)
class Layer:
    norm1: np.ndarray
    mlgru: MLGRUBlock
    norm2: np.ndarray
    glu: GLU


def _get(weights, key: str, shape: tuple[int, ...], dtype, source: str) -> np.ndarray:
    if key not in weights:
        raise ModelFormatError(f"{source}: missing key '{key}' (see kernels.model for the layout)")
    value = np.asarray(weights[key])
    if value.dtype != np.dtype(dtype):
        raise ModelFormatError(f"{source}: '{key}' must have dtype {np.dtype(dtype).name}, got {value.dtype.name}")
    if value.shape != shape:
        raise ModelFormatError(f"{source}: '{key}' must have shape {shape}, got {value.shape}")
    return value if value.ndim == 0 else np.ascontiguousarray(value)


def _bitlinear(weights, prefix: str, out_f: int, in_f: int, source: str) -> BitLinear:
    w = _get(weights, f"{prefix}.weight", (out_f, in_f), np.int8, source)
    scale = _get(weights, f"{prefix}.scale", (), np.float32, source)
    norm = _get(weights, f"{prefix}.norm", (in_f,), np.float32, source)
    bad = (w < -1) | (w > 1)
    if bad.any():
        raise ModelFormatError(
            f"{source}: '{prefix}.weight' must hold only -1, 0, +1; found {int(w[bad][0])} "
            f"({int(bad.sum())} entries out of range)"
        )
    return BitLinear(pack_ternary(w, "2bit", float(scale)), norm)


def _bitlinear_arrays(prefix: str, layer: BitLinear) -> dict[str, np.ndarray]:
    return {
        f"{prefix}.weight": unpack_ternary(layer.weight),
        f"{prefix}.scale": np.float32(layer.weight.scale),
        f"{prefix}.norm": np.asarray(layer.norm, F32),
    }


@dataclass(frozen=True, eq=False)
class MatMulFreeLM:
    """Token embedding, ``n_layers`` of (MLGRU, GLU), a final norm and a ternary LM head."""

    embed: np.ndarray
    layers: tuple[Layer, ...]
    final_norm: np.ndarray
    lm_head: BitLinear

    @property
    def vocab_size(self) -> int:
        return self.embed.shape[0]

    @property
    def d_model(self) -> int:
        return self.embed.shape[1]

    @classmethod
    def load(cls, path: str | os.PathLike) -> "MatMulFreeLM":
        """Read a model from a ``.npz`` file in the documented layout."""
        source = os.fspath(path)
        with np.load(path, allow_pickle=False) as weights:
            return cls.from_arrays(dict(weights), source)

    @classmethod
    def from_arrays(cls, weights: dict[str, np.ndarray], source: str = "weights") -> "MatMulFreeLM":
        """Build from a mapping in the documented layout (what ``np.load`` returns)."""
        config = {}
        for name in CONFIG_KEYS:
            value = _get(weights, f"config.{name}", (), np.int64, source)
            if int(value) < 1:
                raise ModelFormatError(f"{source}: 'config.{name}' must be at least 1, got {int(value)}")
            config[name] = int(value)
        v, d, f = config["vocab_size"], config["d_model"], config["d_ffn"]
        layers = []
        for i in range(config["n_layers"]):
            p = f"layers.{i}"
            mixer = MLGRUBlock(
                *(_bitlinear(weights, f"{p}.mlgru.{k}", d, d, source) for k in "fcgo"),
                g_norm=_get(weights, f"{p}.mlgru.g_norm.weight", (d,), np.float32, source),
            )
            glu = GLU(
                _bitlinear(weights, f"{p}.glu.gate", f, d, source),
                _bitlinear(weights, f"{p}.glu.up", f, d, source),
                _bitlinear(weights, f"{p}.glu.down", d, f, source),
            )
            layers.append(Layer(
                _get(weights, f"{p}.norm1.weight", (d,), np.float32, source), mixer,
                _get(weights, f"{p}.norm2.weight", (d,), np.float32, source), glu,
            ))
        return cls(
            _get(weights, "embed.weight", (v, d), np.float32, source),
            tuple(layers),
            _get(weights, "final_norm.weight", (d,), np.float32, source),
            _bitlinear(weights, "lm_head", v, d, source),
        )

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The documented layout as a dict (``np.savez(path, **model.to_arrays())``)."""
        first = self.layers[0].glu.gate if self.layers else None
        out = {
            "config.vocab_size": np.int64(self.vocab_size),
            "config.d_model": np.int64(self.d_model),
            "config.n_layers": np.int64(len(self.layers)),
            "config.d_ffn": np.int64(first.out_features if first else 1),
            "embed.weight": self.embed,
            "final_norm.weight": self.final_norm,
        }
        for i, layer in enumerate(self.layers):
            p = f"layers.{i}"
            out[f"{p}.norm1.weight"] = layer.norm1
            out[f"{p}.norm2.weight"] = layer.norm2
            out[f"{p}.mlgru.g_norm.weight"] = layer.mlgru.g_norm
            for k in "fcgo":
                out.update(_bitlinear_arrays(f"{p}.mlgru.{k}", getattr(layer.mlgru, f"{k}_proj")))
            for k in ("gate", "up", "down"):
                out.update(_bitlinear_arrays(f"{p}.glu.{k}", getattr(layer.glu, k)))
        out.update(_bitlinear_arrays("lm_head", self.lm_head))
        return out

    def save(self, path: str | os.PathLike) -> None:
        """Write the documented ``.npz`` layout."""
        np.savez(path, **self.to_arrays())

    @classmethod
    def random(cls, vocab_size: int, d_model: int, n_layers: int, d_ffn: int, seed: int = 0) -> "MatMulFreeLM":
        """A model with random weights (for tests and benchmarks)."""
        rng = np.random.default_rng(seed)
        weights: dict[str, np.ndarray] = {
            "config.vocab_size": np.int64(vocab_size), "config.d_model": np.int64(d_model),
            "config.n_layers": np.int64(n_layers), "config.d_ffn": np.int64(d_ffn),
            "embed.weight": rng.standard_normal((vocab_size, d_model)).astype(F32),
            "final_norm.weight": np.ones(d_model, F32),
        }

        def lin(prefix: str, out_f: int, in_f: int) -> None:
            weights[f"{prefix}.weight"] = rng.integers(-1, 2, (out_f, in_f)).astype(np.int8)
            weights[f"{prefix}.scale"] = np.float32(1.0 / np.sqrt(in_f))
            weights[f"{prefix}.norm"] = np.ones(in_f, F32)

        for i in range(n_layers):
            p = f"layers.{i}"
            for k in ("norm1", "norm2", "mlgru.g_norm"):
                weights[f"{p}.{k}.weight"] = np.ones(d_model, F32)
            for k in "fcgo":
                lin(f"{p}.mlgru.{k}", d_model, d_model)
            lin(f"{p}.glu.gate", d_ffn, d_model)
            lin(f"{p}.glu.up", d_ffn, d_model)
            lin(f"{p}.glu.down", d_model, d_ffn)
        lin("lm_head", vocab_size, d_model)
        return cls.from_arrays(weights, "random")

    def forward(self, tokens, state=None, backend: str = "cpu"):
        """Logits (batch, L, V) for int tokens (batch, L) or (L,), and the new state."""
        tokens = np.asarray(tokens)
        if tokens.ndim == 1:
            tokens = tokens[None, :]
        if tokens.ndim != 2 or not np.issubdtype(tokens.dtype, np.integer):
            raise KernelInputError(
                f"MatMulFreeLM.forward: 'tokens' must be integers of shape (batch, L) or (L,), "
                f"got dtype {tokens.dtype.name} shape {tokens.shape}"
            )
        if tokens.size and (tokens.min() < 0 or tokens.max() >= self.vocab_size):
            raise KernelInputError(
                f"MatMulFreeLM.forward: token ids must lie in [0, {self.vocab_size}), "
                f"got min {int(tokens.min())} max {int(tokens.max())}"
            )
        if state is not None and len(state) != len(self.layers):
            raise KernelShapeError(
                f"MatMulFreeLM.forward: 'state' must hold {len(self.layers)} arrays, got {len(state)}"
            )
        x = self.embed[tokens]
        new_state = []
        for i, layer in enumerate(self.layers):
            h0 = None if state is None else state[i]
            mixed, last = layer.mlgru(np.ascontiguousarray(rms_norm(x, layer.norm1)), h0, backend)
            x = (x + mixed).astype(F32)
            x = (x + layer.glu(np.ascontiguousarray(rms_norm(x, layer.norm2)), backend)).astype(F32)
            new_state.append(last)
        logits = self.lm_head(np.ascontiguousarray(rms_norm(x, self.final_norm)), backend)
        return logits, tuple(new_state)

    def generate(self, prompt, steps: int, backend: str = "cpu") -> list[int]:
        """Greedy decoding: the prompt, then ``steps`` tokens, one recurrent step at a time."""
        tokens = [int(t) for t in prompt]
        if not tokens:
            raise KernelInputError("MatMulFreeLM.generate: 'prompt' must hold at least one token")
        logits, state = self.forward(np.array([tokens]), None, backend)
        for _ in range(steps):
            tokens.append(int(np.argmax(logits[0, -1])))
            logits, state = self.forward(np.array([[tokens[-1]]]), state, backend)
        return tokens
