"""Selective scan and MLGRU: sequential and parallel-scan CPU kernels agree with the numpy references."""

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from kernels import (
    linear_scan_cpu, mlgru_cpu, mlgru_parallel, mlgru_ref, selective_scan_cpu,
    selective_scan_parallel, selective_scan_ref,
)

RTOL, ATOL = 1e-4, 1e-5


def close(got, ref):
    for g, r in zip(got, ref):
        assert g.shape == r.shape and g.dtype == np.float32
        np.testing.assert_allclose(g, r, rtol=RTOL, atol=ATOL)


@st.composite
def scan_case(draw):
    batch, d, length, n = (draw(st.integers(1, 3)), draw(st.integers(1, 6)), draw(st.integers(0, 9)), draw(st.integers(1, 7)))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))

    def r(*shape, scale=1.0):
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    def bc():
        kind = draw(st.sampled_from(["shared", "step", "group"]))
        if kind == "shared":
            return r(d, n)
        if kind == "step":
            return r(batch, n, length)
        g = draw(st.sampled_from([k for k in range(1, d + 1) if d % k == 0]))
        return r(batch, g, n, length)

    kw = {}
    if draw(st.booleans()):
        kw = dict(D=r(d), z=r(batch, d, length), delta_bias=r(d, scale=0.5), delta_softplus=True)
    return (r(batch, d, length), np.abs(r(batch, d, length, scale=0.5)), -np.abs(r(d, n)) - 0.1, bc(), bc()), kw


@settings(max_examples=40, deadline=None)
@given(scan_case())
def test_selective_scan_cpu_forms_match_reference(case):
    args, kw = case
    ref = selective_scan_ref(*args, **kw)
    close(selective_scan_cpu(*args, **kw), ref)
    close(selective_scan_parallel(*args, **kw, chunks=3), ref)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 3), st.integers(0, 11), st.integers(1, 300), st.booleans(), st.integers(0, 2**32 - 1))
def test_mlgru_forms_match_reference(batch, length, d, gated, seed):
    rng = np.random.default_rng(seed)
    f, c, g = (rng.standard_normal((batch, length, d)).astype(np.float32) for _ in range(3))
    h0 = rng.standard_normal((batch, d)).astype(np.float32)
    args = (f, c, g if gated else None, h0)
    ref = mlgru_ref(*args)
    close(mlgru_cpu(*args), ref)
    close(mlgru_parallel(*args, chunks=4), ref)


def test_mlgru_state_carries_across_calls():
    rng = np.random.default_rng(3)
    f, c = (rng.standard_normal((2, 8, 5)).astype(np.float32) for _ in range(2))
    full, last = mlgru_cpu(f, c)
    first, h = mlgru_cpu(np.ascontiguousarray(f[:, :3]), np.ascontiguousarray(c[:, :3]))
    second, h2 = mlgru_cpu(np.ascontiguousarray(f[:, 3:]), np.ascontiguousarray(c[:, 3:]), h0=h)
    np.testing.assert_allclose(np.concatenate([first, second], axis=1), full, rtol=1e-6)
    np.testing.assert_allclose(h2, last, rtol=1e-6)


@pytest.mark.parametrize("chunks", [1, 2, 5, 50])
def test_linear_scan_matches_sequential(chunks):
    rng = np.random.default_rng(chunks)
    a = rng.uniform(0.5, 1.0, (4, 33)).astype(np.float32)
    b = rng.standard_normal((4, 33)).astype(np.float32)
    h0 = rng.standard_normal(4).astype(np.float32)
    h, expected = h0.astype(np.float64), np.empty((4, 33))
    for t in range(33):
        h = a[:, t] * h + b[:, t]
        expected[:, t] = h
    np.testing.assert_allclose(linear_scan_cpu(a, b, h0, chunks=chunks), expected, rtol=1e-5, atol=1e-5)


def test_selective_scan_known_value():
    # one channel, one state, A = -1, B = C = 1, delta = 1: x1 = 1, x2 = e^-1 + 1
    ones = np.ones((1, 1, 2), np.float32)
    a = np.full((1, 1), -1.0, np.float32)
    out, last = selective_scan_cpu(ones, ones, a, np.ones((1, 1), np.float32), np.ones((1, 1), np.float32))
    np.testing.assert_allclose(out[0, 0], [1.0, 1.0 + np.exp(-1.0)], rtol=1e-6)


def test_mlgru_extreme_preactivations_stay_finite_and_close():
    # saturated gates: 1 + exp(-f) times 1 + exp(-c) would overflow float32 below f + c = -88;
    # the one-division gate formula must neither turn that into NaN nor drift from the exact
    # recurrence (float64 here: the float32 reference itself loses silu(c) * (1 - f) to
    # cancellation when f > 17)
    rng = np.random.default_rng(7)
    vals = np.float32([-100.0, -60.0, -45.0, -20.0, 0.0, 20.0, 45.0, 60.0, 100.0])
    f, c, g = (rng.choice(vals, (2, 6, 40)).astype(np.float32) for _ in range(3))
    h0 = rng.standard_normal((2, 40)).astype(np.float32)
    o, last = mlgru_cpu(f, c, g, h0)
    assert np.isfinite(o).all() and np.isfinite(last).all()
    sig = lambda x: 1 / (1 + np.exp(-x.astype(np.float64)))  # noqa: E731
    h, expected = h0.astype(np.float64), np.empty(o.shape)
    for t in range(f.shape[1]):
        h = sig(f[:, t]) * h + c[:, t] * sig(c[:, t]) * (1 - sig(f[:, t]))
        expected[:, t] = h * g[:, t] * sig(g[:, t])
    np.testing.assert_allclose(o, expected, rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(last, h, rtol=RTOL, atol=ATOL)
