"""The ternary reader model at inference: weights from a packed ``.npz``, forward on the kernels.

A bidirectional MLGRU tagger (see :mod:`kernels.tagger` for the layer layout): hashed token
features in, per-token logits out (``n_tags`` tag scores, then one score per quantity of
the knowledge base it was trained on). No deep-learning framework at run time.

Backends: ``"fused"`` (default on CPU) is :func:`kernels.tagger.tagger_forward`, the whole
forward in one numba call; ``"cpu"``, ``"numpy"`` and ``"cuda"`` compose the same model
from ``kernels.BitLinear`` and ``kernels.mlgru`` on that backend (``"numpy"`` is the
reference). :meth:`ReaderModel.forward_float` is the same model in plain float32 numpy
(dequantized weights, no activation quantization): the baseline the benchmark compares.

The ``.npz`` layout (all float32 unless said otherwise; ``{lin}`` is one ternary layer:
``{lin}.packed`` uint8 (rows, ceil(cols/4)) 2-bit codes as ``kernels.packing`` writes them,
``{lin}.cols`` int64, ``{lin}.scale`` float32 scalar, ``{lin}.norm`` (cols,) its input
RMSNorm weight):

=====================================  ===============================================
``config.{buckets,d_model,n_layers,d_ffn,n_tags,n_quantities,max_features}``  int64
``embed.q`` int8 (B, d), ``embed.scale`` (B,)   hashed feature embeddings, per-row scale
``layers.{i}.mix_in``                  ternary d -> 6d (f, c, g forward; f, c, g backward)
``layers.{i}.mid_norm``                (2, d) norms of the two directions' states
``layers.{i}.mix_out``                 ternary 2d -> d
``layers.{i}.glu_in``                  ternary d -> 2f (gate, up)
``layers.{i}.glu_out``                 ternary f -> d
``head``, ``head.bias``                ternary d -> n_tags + n_quantities, and its bias
``tags``, ``quantities``               unicode arrays: the tag names, the quantity symbols
``meta.json``                          unicode scalar: how it was trained (JSON)
=====================================  ===============================================

>>> m = ReaderModel.random(buckets=64, d_model=8, d_ffn=16, n_layers=1, quantities=("m", "v"), seed=0)
>>> ids = np.array([[1, 2, -1], [5, -1, -1]], np.int32)
>>> np.allclose(m.forward(ids), m.forward(ids, backend="numpy"), atol=1e-4)
True
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

import numpy as np

from kernels.layers import BitLinear, mlgru, rms_norm
from kernels.packing import PackedTernary, pack_ternary, unpack_ternary
from kernels.scan_ref import silu_ref

from .features import TAGS

F32 = np.float32
CONFIG = ("buckets", "d_model", "n_layers", "d_ffn", "n_tags", "n_quantities", "max_features")


class ModelFileError(ValueError):
    """A weight file that does not follow the documented layout (says which key)."""


@dataclass(frozen=True, eq=False)
class Layer:
    mix_in: BitLinear
    mid_norm: np.ndarray   # (2, d)
    mix_out: BitLinear
    glu_in: BitLinear
    glu_out: BitLinear


@dataclass(frozen=True, eq=False)
class ReaderModel:
    """The reader's ternary tagger: embeddings, layers, head, and what its outputs mean."""

    embed_q: np.ndarray
    embed_scale: np.ndarray
    layers: tuple[Layer, ...]
    head: BitLinear
    tags: tuple[str, ...]
    quantities: tuple[str, ...]
    max_features: int
    meta: dict = field(default_factory=dict)

    @property
    def buckets(self) -> int:
        return self.embed_q.shape[0]

    @property
    def d_model(self) -> int:
        return self.embed_q.shape[1]

    @property
    def n_tags(self) -> int:
        return len(self.tags)

    # -- files ------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | os.PathLike) -> "ReaderModel":
        source = os.fspath(path)
        try:
            with np.load(path, allow_pickle=False) as z:
                return cls.from_arrays(dict(z), source)
        except (OSError, ValueError) as err:
            if isinstance(err, ModelFileError):
                raise
            raise ModelFileError(f"{source}: cannot read the reader's weights: {err}") from None

    @classmethod
    def from_arrays(cls, a: dict, source: str = "weights") -> "ReaderModel":
        def get(key, dtype=None, shape=None):
            if key not in a:
                raise ModelFileError(f"{source}: missing key '{key}' (see oracle.reader.model for the layout)")
            v = np.asarray(a[key])
            if dtype is not None and v.dtype != np.dtype(dtype):
                raise ModelFileError(f"{source}: '{key}' must be {np.dtype(dtype).name}, got {v.dtype.name}")
            if shape is not None and v.shape != shape:
                raise ModelFileError(f"{source}: '{key}' must have shape {shape}, got {v.shape}")
            return v

        cfg = {k: int(get(f"config.{k}", np.int64, ())) for k in CONFIG}
        d, f = cfg["d_model"], cfg["d_ffn"]
        heads = cfg["n_tags"] + cfg["n_quantities"]

        def lin(prefix, rows, cols, bias=False):
            packed = get(f"{prefix}.packed", np.uint8, (rows, -(-cols // 4)))
            if int(get(f"{prefix}.cols", np.int64, ())) != cols:
                raise ModelFileError(f"{source}: '{prefix}.cols' must be {cols}")
            try:
                w = PackedTernary(np.ascontiguousarray(packed), rows, cols, "2bit",
                                  float(get(f"{prefix}.scale", np.float32, ())))
            except ValueError as err:
                raise ModelFileError(f"{source}: '{prefix}.packed': {err}") from None
            return BitLinear(w, np.ascontiguousarray(get(f"{prefix}.norm", np.float32, (cols,))),
                             np.ascontiguousarray(get(f"{prefix}.bias", np.float32, (rows,))) if bias else None)

        layers = tuple(Layer(lin(f"layers.{i}.mix_in", 6 * d, d),
                             np.ascontiguousarray(get(f"layers.{i}.mid_norm", np.float32, (2, d))),
                             lin(f"layers.{i}.mix_out", d, 2 * d), lin(f"layers.{i}.glu_in", 2 * f, d),
                             lin(f"layers.{i}.glu_out", d, f)) for i in range(cfg["n_layers"]))
        tags = tuple(str(t) for t in get("tags"))
        quantities = tuple(str(q) for q in get("quantities"))
        if len(tags) != cfg["n_tags"] or len(quantities) != cfg["n_quantities"]:
            raise ModelFileError(f"{source}: 'tags'/'quantities' must hold config.n_tags / config.n_quantities names")
        meta = json.loads(str(a["meta.json"])) if "meta.json" in a else {}
        return cls(np.ascontiguousarray(get("embed.q", np.int8, (cfg["buckets"], d))),
                   np.ascontiguousarray(get("embed.scale", np.float32, (cfg["buckets"],))),
                   layers, lin("head", heads, d, bias=True), tags, quantities, cfg["max_features"], meta)

    def to_arrays(self) -> dict:
        def lin(prefix, layer: BitLinear):
            out = {f"{prefix}.packed": np.asarray(layer.weight.data), f"{prefix}.cols": np.int64(layer.weight.cols),
                   f"{prefix}.scale": np.float32(layer.weight.scale), f"{prefix}.norm": np.asarray(layer.norm)}
            if layer.bias is not None:
                out[f"{prefix}.bias"] = np.asarray(layer.bias)
            return out

        a = {"config.buckets": np.int64(self.buckets), "config.d_model": np.int64(self.d_model),
             "config.n_layers": np.int64(len(self.layers)),
             "config.d_ffn": np.int64(self.layers[0].glu_out.in_features if self.layers else 1),
             "config.n_tags": np.int64(self.n_tags), "config.n_quantities": np.int64(len(self.quantities)),
             "config.max_features": np.int64(self.max_features),
             "embed.q": self.embed_q, "embed.scale": self.embed_scale,
             "tags": np.array(self.tags), "quantities": np.array(self.quantities),
             "meta.json": np.array(json.dumps(self.meta, sort_keys=True))}
        for i, layer in enumerate(self.layers):
            p = f"layers.{i}"
            a[f"{p}.mid_norm"] = layer.mid_norm
            for name in ("mix_in", "mix_out", "glu_in", "glu_out"):
                a.update(lin(f"{p}.{name}", getattr(layer, name)))
        a.update(lin("head", self.head))
        return a

    def save(self, path: str | os.PathLike) -> None:
        """Write the documented layout, atomically (compressed)."""
        import tempfile

        folder = os.path.dirname(os.path.abspath(path))
        from proofs.cache import new_file_mode

        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".npz")
        os.close(fd)
        try:
            np.savez_compressed(tmp, **self.to_arrays())
            os.chmod(tmp, new_file_mode())  # the umask's mode, not the temporary file's 0600
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)

    @classmethod
    def from_float(cls, params: dict, quantities, max_features: int, meta: dict | None = None) -> "ReaderModel":
        """Quantize float parameters (names as :mod:`oracle.reader.train` keeps them):
        absmean ternary weights, int8 per-row embeddings."""
        from kernels.quant import quantize_weights

        def lin(w, norm, bias=None):
            wq, scale = quantize_weights(np.ascontiguousarray(w, F32))
            return BitLinear(pack_ternary(wq, "2bit", float(scale)), np.asarray(norm, F32),
                             None if bias is None else np.asarray(bias, F32))

        emb = np.asarray(params["embed"], F32)
        eq, es = quantize_embeddings(emb)
        layers = []
        for i in range(len([k for k in params if k.startswith("layer") and k.endswith(".mix_in")])):
            p = f"layer{i}"
            layers.append(Layer(lin(params[f"{p}.mix_in"], params[f"{p}.mix_in_norm"]),
                                np.asarray(params[f"{p}.mid_norm"], F32),
                                lin(params[f"{p}.mix_out"], params[f"{p}.mix_out_norm"]),
                                lin(params[f"{p}.glu_in"], params[f"{p}.glu_in_norm"]),
                                lin(params[f"{p}.glu_out"], params[f"{p}.glu_out_norm"])))
        head = lin(params["head"], params["head_norm"], params["head_bias"])
        return cls(eq, es, tuple(layers), head, TAGS, tuple(quantities), max_features, dict(meta or {}))

    @classmethod
    def random(cls, buckets: int, d_model: int, d_ffn: int, n_layers: int, quantities, seed: int = 0,
               max_features: int = 24) -> "ReaderModel":
        """Random weights (tests, benchmarks)."""
        rng = np.random.default_rng(seed)
        d, f = d_model, d_ffn
        params = {"embed": rng.standard_normal((buckets, d)).astype(F32) * F32(0.3)}
        for i in range(n_layers):
            p = f"layer{i}"
            for name, rows, cols in (("mix_in", 6 * d, d), ("mix_out", d, 2 * d), ("glu_in", 2 * f, d), ("glu_out", d, f)):
                params[f"{p}.{name}"] = rng.standard_normal((rows, cols)).astype(F32)
                params[f"{p}.{name}_norm"] = np.ones(cols, F32)
            params[f"{p}.mid_norm"] = np.ones((2, d), F32)
        heads = len(TAGS) + len(quantities)
        params.update(head=rng.standard_normal((heads, d)).astype(F32), head_norm=np.ones(d, F32),
                      head_bias=np.zeros(heads, F32))
        return cls.from_float(params, quantities, max_features)

    # -- forward ------------------------------------------------------------------------
    def embed(self, ids: np.ndarray) -> np.ndarray:
        """Sum of the features' embedding rows, float32 (L, d)."""
        rows = self.__dict__.get("_rows")
        if rows is None:
            rows = self.embed_q.astype(F32) * self.embed_scale[:, None]
            object.__setattr__(self, "_rows", rows)
        x = np.zeros((ids.shape[0], self.d_model), F32)
        for j in range(ids.shape[1]):
            valid = ids[:, j] >= 0
            x[valid] += rows[ids[valid, j]]
        return x

    def fused_weights(self) -> tuple:
        """The arguments of :func:`kernels.tagger.tagger_forward` after the ids (cached)."""
        cached = self.__dict__.get("_fused")
        if cached is None:
            def stack(name, what):
                return np.ascontiguousarray(np.stack([what(getattr(layer, name)) for layer in self.layers]))

            def data(b):
                return b.weight.data

            def scale(b):
                return F32(b.weight.scale)

            def norm(b):
                return b.norm

            cached = (self.embed_q, self.embed_scale,
                      stack("mix_in", data), stack("mix_in", scale), stack("mix_in", norm),
                      np.ascontiguousarray(np.stack([layer.mid_norm for layer in self.layers])),
                      stack("mix_out", data), stack("mix_out", scale), stack("mix_out", norm),
                      stack("glu_in", data), stack("glu_in", scale), stack("glu_in", norm),
                      stack("glu_out", data), stack("glu_out", scale), stack("glu_out", norm),
                      np.ascontiguousarray(self.head.weight.data), F32(self.head.weight.scale),
                      self.head.norm, self.head.bias)
            object.__setattr__(self, "_fused", cached)
        return cached

    def forward(self, ids: np.ndarray, backend: str = "fused") -> np.ndarray:
        """Logits (L, n_tags + n_quantities) for feature ids (L, F)."""
        ids = np.ascontiguousarray(ids, dtype=np.int32)
        if ids.ndim != 2:
            raise ValueError(f"ReaderModel.forward: ids must be (L, F), got shape {ids.shape}")
        if ids.shape[0] == 0:
            return np.zeros((0, self.head.out_features), F32)
        if backend == "fused":
            from kernels.tagger import tagger_forward

            return tagger_forward(ids, *self.fused_weights())
        x = self.embed(ids)
        d = self.d_model
        for layer in self.layers:
            pre = layer.mix_in(x, backend)                       # (L, 6d)
            fwd, bwd = pre[:, :3 * d], pre[::-1, 3 * d:]
            f = np.ascontiguousarray(np.stack([fwd[:, :d], bwd[:, :d]]))
            c = np.ascontiguousarray(np.stack([fwd[:, d:2 * d], bwd[:, d:2 * d]]))
            h, _ = mlgru(f, c, None, None, "numpy" if backend == "numpy" else backend)
            mix = np.concatenate([rms_norm(h[0], layer.mid_norm[0]) * silu_ref(fwd[:, 2 * d:]),
                                  (rms_norm(h[1], layer.mid_norm[1]) * silu_ref(bwd[:, 2 * d:]))[::-1]], axis=1)
            x = (x + layer.mix_out(np.ascontiguousarray(mix, F32), backend)).astype(F32)
            gu = layer.glu_in(x, backend)
            fw = layer.glu_out.in_features
            x = (x + layer.glu_out(np.ascontiguousarray(silu_ref(gu[:, :fw]) * gu[:, fw:], F32), backend)).astype(F32)
        return self.head(x, backend)

    def forward_float(self, ids: np.ndarray) -> np.ndarray:
        """The same model in float32 numpy with dequantized weights and no activation
        quantization, the recurrence as a per-step loop: the benchmark's baseline."""
        dense = self.__dict__.get("_dense")
        if dense is None:
            def w(b: BitLinear):
                return (unpack_ternary(b.weight).astype(F32) * F32(b.weight.scale)).T.copy()

            dense = [(w(layer.mix_in), w(layer.mix_out), w(layer.glu_in), w(layer.glu_out)) for layer in self.layers]
            dense.append(w(self.head))
            object.__setattr__(self, "_dense", dense)
        x = self.embed(np.asarray(ids))
        d = self.d_model
        for layer, (w_in, w_out, w_gi, w_go) in zip(self.layers, dense):
            pre = rms_norm(x, layer.mix_in.norm) @ w_in
            fwd, bwd = pre[:, :3 * d], pre[::-1, 3 * d:]
            f = np.stack([fwd[:, :d], bwd[:, :d]])
            c = np.stack([fwd[:, d:2 * d], bwd[:, d:2 * d]])
            h = _mlgru_loop(f, c)
            mix = np.concatenate([rms_norm(h[0], layer.mid_norm[0]) * silu_ref(fwd[:, 2 * d:]),
                                  (rms_norm(h[1], layer.mid_norm[1]) * silu_ref(bwd[:, 2 * d:]))[::-1]], axis=1)
            x = x + rms_norm(mix, layer.mix_out.norm) @ w_out
            gu = rms_norm(x, layer.glu_in.norm) @ w_gi
            fw = layer.glu_out.in_features
            x = x + rms_norm(silu_ref(gu[:, :fw]) * gu[:, fw:], layer.glu_out.norm) @ w_go
        return rms_norm(x, self.head.norm) @ dense[-1] + self.head.bias


def _mlgru_loop(f_pre: np.ndarray, c_pre: np.ndarray) -> np.ndarray:
    """The MLGRU recurrence as a per-step float32 numpy loop (``kernels.mlgru_ref``'s form)."""
    from kernels.scan_ref import mlgru_ref

    return mlgru_ref(np.ascontiguousarray(f_pre, F32), np.ascontiguousarray(c_pre, F32))[0]


def quantize_embeddings(emb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-row absmax int8: ``emb ~ q * scale[:, None]`` (round half to even)."""
    absmax = np.maximum(np.abs(emb).max(axis=1), F32(1e-8)).astype(F32)
    scale = (absmax / F32(127)).astype(F32)
    q = np.clip(np.rint(emb / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale
