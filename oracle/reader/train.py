"""``oracle train-reader``: quantization-aware training of the ternary reader with JAX + optax.

Needs the ``[train]`` extra (``pip install -e '.[train]'``); inference never imports JAX.
Weights are ternary (absmean) and activations int8 (per-token absmax) in the forward pass,
with straight-through gradients (BitNet b1.58); embeddings are int8 per row the same way.
Data come from :mod:`oracle.reader.synth` (only verified examples). Seeded; the run stops
at ``max_minutes`` or ``steps``, whichever comes first, and writes the packed ``.npz``.

:func:`exact_forward` is the trained model as the kernels compute it (integer products,
the same scales) in JAX, for the test that numba inference equals the training framework.
"""
from __future__ import annotations

import json
import math
import os
import time
from dataclasses import dataclass

import numpy as np

from .features import MAX_FEATURES, TAGS, featurize, hint_text, labels, with_hint
from .lexicon import Lexicon

F32 = np.float32


@dataclass(frozen=True)
class Config:
    buckets: int = 8192
    d_model: int = 128
    d_ffn: int = 256
    n_layers: int = 2
    batch: int = 64
    lr: float = 3e-3
    steps: int = 4000
    max_minutes: float = 20.0
    seed: int = 0


def _jax():
    try:
        import jax
        import jax.numpy as jnp
        import optax
    except ImportError as err:
        raise ImportError(f"oracle train-reader needs JAX and optax: pip install -e '.[train]' ({err})") from None
    return jax, jnp, optax


# -- data ---------------------------------------------------------------------------------
def encode(examples, lex: Lexicon, buckets: int, symbols: dict[str, int]):
    """Per example: feature ids (L, F), tags (L,), quantity ids (L,), dimension ids (L,)."""
    dims = sorted(lex.by_dim)
    dim_index = {d: i for i, d in enumerate(dims)}
    out = []
    for ex in examples:
        hint = hint_text(ex.mismatch, ex.wrong, lex) if ex.wrong is not None else None
        tokens, hint_from = with_hint(ex.text, hint)
        ids = featurize(tokens, buckets, lex, hint_from)
        tags, qty = labels(tokens[:hint_from] if hint_from is not None else tokens, ex.request, symbols)
        if hint_from is not None:
            tags = np.concatenate([tags, np.zeros(len(tokens) - hint_from, np.int32)])
            qty = np.concatenate([qty, np.full(len(tokens) - hint_from, -1, np.int32)])
        dim = np.full(len(tokens), -1, np.int32)
        for i, t in enumerate(tokens):
            if tags[i] == TAGS.index("VAL") and t.kind in ("num", "zero"):
                nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].kind == "unit" else None
                key = t.dim if t.kind == "zero" else (nxt.dim if nxt is not None else "1")
                dim[i] = dim_index.get(key, -1)
        out.append((ids, tags, qty, dim))
    table = np.zeros((len(dims), len(symbols)), bool)
    for s, j in symbols.items():
        table[dim_index[lex.entries[s].dim], j] = True
    return out, table


def batches(encoded, batch: int, rng: np.random.Generator):
    """Padded batches (ids, tags, qty, dim, mask): examples of similar length together, each
    batch padded to 48 or 96 tokens (two shapes: two compilations)."""
    order = rng.permutation(len(encoded))
    short = [i for i in order if len(encoded[i][1]) <= 48]
    long_ = [i for i in order if 48 < len(encoded[i][1]) <= 96]
    groups = [(short, 48), (long_, 96)]
    plan = [(g, k, length) for g, length in groups for k in range(0, len(g) - batch + 1, batch)]
    for j in rng.permutation(len(plan)):
        g, k, length = plan[j]
        chunk = [encoded[i] for i in g[k:k + batch]]
        ids = np.full((batch, length, MAX_FEATURES), -1, np.int32)
        tags = np.zeros((batch, length), np.int32)
        qty = np.full((batch, length), -1, np.int32)
        dim = np.full((batch, length), -1, np.int32)
        mask = np.zeros((batch, length), F32)
        for b, (i_, t_, q_, d_) in enumerate(chunk):
            n = len(t_)
            ids[b, :n], tags[b, :n], qty[b, :n], dim[b, :n], mask[b, :n] = i_, t_, q_, d_, 1.0
        yield ids, tags, qty, dim, mask


# -- the model in JAX -------------------------------------------------------------------
def init_params(cfg: Config, n_heads: int, seed: int) -> dict:
    rng = np.random.default_rng(seed)
    d, f = cfg.d_model, cfg.d_ffn

    def lin(rows, cols):
        return (rng.standard_normal((rows, cols)) / math.sqrt(cols)).astype(F32)

    p = {"embed": (rng.standard_normal((cfg.buckets, d)) * 0.1).astype(F32)}
    for i in range(cfg.n_layers):
        q = f"layer{i}"
        p[f"{q}.mix_in"], p[f"{q}.mix_in_norm"] = lin(6 * d, d), np.ones(d, F32)
        p[f"{q}.mid_norm"] = np.ones((2, d), F32)
        p[f"{q}.mix_out"], p[f"{q}.mix_out_norm"] = lin(d, 2 * d), np.ones(2 * d, F32)
        p[f"{q}.glu_in"], p[f"{q}.glu_in_norm"] = lin(2 * f, d), np.ones(d, F32)
        p[f"{q}.glu_out"], p[f"{q}.glu_out_norm"] = lin(d, f), np.ones(f, F32)
    p["head"], p["head_norm"], p["head_bias"] = lin(n_heads, d), np.ones(d, F32), np.zeros(n_heads, F32)
    return p


def _layers(jnp, jax):
    """The forward pieces, shared by training (fake quantization, straight-through) and
    :func:`exact_forward` (given ternary weights and scales)."""
    sg = jax.lax.stop_gradient

    def rms(x, w):
        return x / jnp.sqrt(jnp.mean(jnp.square(x), axis=-1, keepdims=True) + F32(1e-6)) * w

    def act_quant(x):
        absmax = jnp.maximum(jnp.max(jnp.abs(x), axis=-1, keepdims=True), F32(1e-5))
        s = F32(127.0) / absmax
        q = jnp.clip(jnp.round(x * s), -128, 127)
        return q, absmax / F32(127.0)

    def bitlinear_train(x, w, norm):
        xn = rms(x, norm)
        q, xs = act_quant(xn)
        xq = xn + sg(q * xs - xn)
        scale = jnp.maximum(jnp.mean(jnp.abs(w)), F32(1e-5))
        wq = w + sg(jnp.clip(jnp.round(w / scale), -1, 1) * scale - w)
        return xq @ wq.T

    def bitlinear_exact(x, wt, ws, norm):
        q, xs = act_quant(rms(x, norm))
        acc = q @ wt.T                      # integers, exact in float32 (|sum| < 2**24)
        return acc * (xs * ws)

    def silu(x):
        return x * jax.nn.sigmoid(x)

    def scan(f_pre, c_pre, mask):
        """MLGRU over axis 1 of (B, L, d); padded steps (mask 0) leave h unchanged."""
        f = jax.nn.sigmoid(f_pre)
        drive = silu(c_pre) * (1 - f)
        keep = mask[..., None]
        f = f * keep + (1 - keep)
        drive = drive * keep

        def step(h, fc):
            ft, ct = fc
            h = ft * h + ct
            return h, h

        h0 = jnp.zeros((f.shape[0], f.shape[2]), f.dtype)
        _, hs = jax.lax.scan(step, h0, (jnp.swapaxes(f, 0, 1), jnp.swapaxes(drive, 0, 1)))
        return jnp.swapaxes(hs, 0, 1)

    return rms, bitlinear_train, bitlinear_exact, silu, scan


def _reverse_padded(jnp, x, mask):
    """Reverse each sequence's real steps in place (padding stays at the end)."""
    lengths = mask.sum(axis=1).astype(jnp.int32)
    idx = jnp.arange(x.shape[1])[None, :]
    rev = jnp.where(idx < lengths[:, None], lengths[:, None] - 1 - idx, idx)
    return jnp.take_along_axis(x, rev[..., None], axis=1)


def make_forward(n_layers: int, d: int, exact: bool = False):
    """``forward(params, ids, mask) -> logits (B, L, H)``."""
    jax, jnp, _ = _jax()
    rms, bl_train, bl_exact, silu, scan = _layers(jnp, jax)

    def lin(p, name, x):
        if exact:
            return bl_exact(x, p[name + ".t"], p[name + ".s"], p[name + "_norm"])
        return bl_train(x, p[name], p[name + "_norm"])

    def forward(p, ids, mask):
        if exact:
            rows = p["embed"]
        else:
            e = p["embed"]
            absmax = jnp.maximum(jnp.max(jnp.abs(e), axis=1, keepdims=True), F32(1e-8))
            scale = absmax / F32(127)
            rows = e + jax.lax.stop_gradient(jnp.clip(jnp.round(e / scale), -127, 127) * scale - e)
        valid = (ids >= 0)[..., None]
        x = jnp.sum(jnp.where(valid, rows[jnp.maximum(ids, 0)], 0.0), axis=2)
        for i in range(n_layers):
            q = f"layer{i}"
            pre = lin(p, f"{q}.mix_in", x)
            fwd, bwd = pre[..., :3 * d], _reverse_padded(jnp, pre[..., 3 * d:], mask)
            hf = scan(fwd[..., :d], fwd[..., d:2 * d], mask)
            hb = scan(bwd[..., :d], bwd[..., d:2 * d], mask)
            of = rms(hf, p[f"{q}.mid_norm"][0]) * silu(fwd[..., 2 * d:])
            ob = _reverse_padded(jnp, rms(hb, p[f"{q}.mid_norm"][1]) * silu(bwd[..., 2 * d:]), mask)
            x = x + lin(p, f"{q}.mix_out", jnp.concatenate([of, ob], axis=-1))
            gu = lin(p, f"{q}.glu_in", x)
            fw = gu.shape[-1] // 2
            x = x + lin(p, f"{q}.glu_out", silu(gu[..., :fw]) * gu[..., fw:])
        return lin(p, "head", x) + p["head_bias"]

    return forward


def exact_params(model) -> dict:
    """JAX parameters holding a :class:`~oracle.reader.model.ReaderModel`'s quantized
    weights as they are (ternary values and scales, int8 embeddings times their scales)."""
    from kernels.packing import unpack_ternary

    def put(p, name, b):
        p[name + ".t"] = unpack_ternary(b.weight).astype(F32)
        p[name + ".s"] = F32(b.weight.scale)
        p[name + "_norm"] = np.asarray(b.norm, F32)

    p = {"embed": model.embed_q.astype(F32) * model.embed_scale[:, None]}
    for i, layer in enumerate(model.layers):
        q = f"layer{i}"
        for name in ("mix_in", "mix_out", "glu_in", "glu_out"):
            put(p, f"{q}.{name}", getattr(layer, name))
        p[f"{q}.mid_norm"] = np.asarray(layer.mid_norm, F32)
    put(p, "head", model.head)
    p["head_bias"] = np.asarray(model.head.bias, F32)
    return p


def exact_forward(model, ids: np.ndarray) -> np.ndarray:
    """The model on the same quantized weights, computed by JAX in float32 (one sequence)."""
    jax, jnp, _ = _jax()
    fwd = make_forward(len(model.layers), model.d_model, exact=True)
    ids = np.asarray(ids, np.int32)[None]
    mask = np.ones(ids.shape[:2], F32)
    return np.asarray(jax.jit(fwd)(exact_params(model), ids, mask))[0]


# -- training --------------------------------------------------------------------------
def train(examples, cfg: Config = Config(), held_out=(), log=print, lex: Lexicon | None = None):
    """Train on verified examples; returns (ReaderModel, history)."""
    jax, jnp, optax = _jax()
    from .model import ReaderModel

    lex = lex or Lexicon.default()
    symbols = {s: i for i, s in enumerate(lex.symbols)}
    n_tags = len(TAGS)
    n_heads = n_tags + len(symbols)
    enc, table = encode(examples, lex, cfg.buckets, symbols)
    enc_held, _ = encode(held_out, lex, cfg.buckets, symbols) if held_out else ([], None)
    table = jnp.asarray(table)
    forward = make_forward(cfg.n_layers, cfg.d_model)
    params = {k: jnp.asarray(v) for k, v in init_params(cfg, n_heads, cfg.seed).items()}
    sched = optax.warmup_cosine_decay_schedule(0.0, cfg.lr, min(200, cfg.steps // 10), cfg.steps, cfg.lr * 0.05)
    opt = optax.chain(optax.clip_by_global_norm(1.0), optax.adamw(sched, weight_decay=0.01))
    state = opt.init(params)

    def loss_fn(p, ids, tags, qty, dim, mask):
        logits = forward(p, ids, mask)
        tag_logits, q_logits = logits[..., :n_tags], logits[..., n_tags:]
        tag_loss = optax.softmax_cross_entropy_with_integer_labels(tag_logits, tags)
        tag_loss = (tag_loss * mask).sum() / mask.sum()
        allowed = jnp.where(dim[..., None] >= 0, table[jnp.maximum(dim, 0)], True)
        q_logits = jnp.where(allowed, q_logits, -1e9)
        has = (qty >= 0).astype(F32)
        q_loss = optax.softmax_cross_entropy_with_integer_labels(q_logits, jnp.maximum(qty, 0))
        q_loss = (q_loss * has).sum() / jnp.maximum(has.sum(), 1.0)
        return tag_loss + q_loss, (tag_loss, q_loss)

    @jax.jit
    def step(p, s, ids, tags, qty, dim, mask):
        (loss, parts), grads = jax.value_and_grad(loss_fn, has_aux=True)(p, ids, tags, qty, dim, mask)
        updates, s = opt.update(grads, s, p)
        return optax.apply_updates(p, updates), s, loss, parts

    rng = np.random.default_rng(cfg.seed)
    t0 = time.perf_counter()
    history = []
    done = 0
    stop = False
    while not stop:
        for batch in batches(enc, cfg.batch, rng):
            params, state, loss, (tl, ql) = step(params, state, *batch)
            done += 1
            if done % 100 == 0 or done == 1:
                elapsed = time.perf_counter() - t0
                history.append({"step": done, "loss": float(loss), "tag_loss": float(tl), "qty_loss": float(ql),
                                "seconds": round(elapsed, 1)})
                log(f"step {done}: loss {float(loss):.4f} (tags {float(tl):.4f}, quantities {float(ql):.4f}) "
                    f"{elapsed:.0f} s")
            if done >= cfg.steps or time.perf_counter() - t0 > cfg.max_minutes * 60:
                stop = True
                break
    numpy_params = {k: np.asarray(v) for k, v in params.items()}
    meta = {"steps": done, "seconds": round(time.perf_counter() - t0, 1), "examples": len(examples),
            "config": cfg.__dict__, "history": history[-5:]}
    model = ReaderModel.from_float(numpy_params, lex.symbols, MAX_FEATURES, meta)
    return model, history


def _synth_chunk(args):
    seed, n = args
    os.environ.setdefault("NUMBA_NUM_THREADS", "1")
    from .synth import Synth

    s = Synth(seed)
    return [ex.to_json() for ex in s.examples(n)], s.tried, s.kept


def synthesize(n: int, seed: int, workers: int = 2, log=print):
    """``n`` verified examples, made by ``workers`` processes (distinct seeds from ``seed``)."""
    from concurrent.futures import ProcessPoolExecutor

    from .synth import Example

    chunks = [(seed * 1000 + k, n // workers + (1 if k < n % workers else 0)) for k in range(workers)]
    t0 = time.perf_counter()
    out = []
    if workers <= 1:
        results = [_synth_chunk(c) for c in chunks]
    else:
        with ProcessPoolExecutor(max_workers=workers) as ex:
            results = list(ex.map(_synth_chunk, chunks))
    tried = kept = 0
    for items, t, k in results:
        out += [Example.from_json(d) for d in items]
        tried, kept = tried + t, kept + k
    log(f"synthesized {len(out)} verified examples ({kept} of {tried} problems kept) in "
        f"{time.perf_counter() - t0:.0f} s")
    return out


def main(out: str, examples: int = 7000, held_out: int = 0, seed: int = 1, minutes: float = 18.0,
         steps: int = 4000, workers: int = 2, data: str | None = None, log=print) -> dict:
    """The whole run: synthesize (or read ``data``), train, evaluate, write ``out`` and its data."""
    from .synth import read_jsonl, write_jsonl

    t0 = time.perf_counter()
    if data and os.path.exists(data):
        train_set = read_jsonl(data)
        log(f"read {len(train_set)} examples from {data}")
    else:
        train_set = synthesize(examples, seed, workers, log)
        if data:
            write_jsonl(data, train_set)
    held = synthesize(held_out, seed + 7919, workers, log) if held_out else []
    cfg = Config(steps=steps, max_minutes=minutes, seed=seed)
    model, history = train(train_set, cfg, held, log)
    model.meta["total_minutes"] = round((time.perf_counter() - t0) / 60, 1)
    model.save(out)
    log(f"wrote {out} ({os.path.getsize(out) / 1e6:.2f} MB)")
    return {"model": out, "history": history, "meta": model.meta}
