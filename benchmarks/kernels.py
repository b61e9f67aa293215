"""Kernel benchmarks, side by side in one run, printing ratios.

* ternary GEMV 4096x4096, batch 1, ONE thread: numba 2-bit kernel vs numpy float32 (BLAS)
  and vs a numba int8-weight kernel; achieved memory bandwidth (packed weights + x + y
  bytes / time) against a copy (np.copyto, read + write bytes / time) measured in this run.
  The 2-bit kernel runs the AVX2 loop of ``kernels.simd`` where the host has it; the portable
  numba kernel is timed too.
* selective scan (B=1, D=1536, L=1024, N=16, per-step B and C as in Mamba) vs the
  numpy reference; MLGRU recurrence (B=1, L=1024, D=1536) vs a per-step numpy loop: the
  headline baseline is ``lean_mlgru_loop`` below (plain ufuncs, no error-state contexts or
  dtype copies), the faster of it and ``kernels.mlgru_ref``, which is timed too.
  Scans use all numba threads; the numpy references are single-threaded loops anyway.
  Every timing is the best of several calls after one warm-up call (JIT compile excluded).

Usage: python benchmarks/kernels.py [--quick]
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numba  # noqa: E402
import numpy as np  # noqa: E402

try:
    from threadpoolctl import threadpool_limits  # noqa: E402
except ImportError:  # pragma: no cover
    threadpool_limits = None

from kernels import (  # noqa: E402
    int8_gemv_cpu, mlgru_cpu, mlgru_ref, pack_ternary, selective_scan_cpu, selective_scan_ref,
    ternary_gemv_cpu, ternary_gemv_ref,
)
from kernels.packing import PackedTernary  # noqa: E402
from kernels.simd import HAS_AVX2  # noqa: E402


def lean_mlgru_loop(f_pre, c_pre, g_pre):
    """The MLGRU recurrence as a plain per-step numpy loop (float32 throughout)."""
    h = np.zeros((f_pre.shape[0], f_pre.shape[2]), np.float32)
    o = np.empty_like(f_pre)
    for t in range(f_pre.shape[1]):
        f = 1 / (1 + np.exp(-f_pre[:, t]))
        h = f * h + c_pre[:, t] / (1 + np.exp(-c_pre[:, t])) * (1 - f)
        o[:, t] = h * (g_pre[:, t] / (1 + np.exp(-g_pre[:, t])))
    return o, h


def best_times(cases: dict, repeats: int) -> dict[str, float]:
    """Best wall time per case, the cases called in interleaved rounds.

    ``cases`` maps a name to ``(fn, one_thread, share)``: ``one_thread`` limits numba and BLAS
    to one thread for that call, ``share`` (0..1] the fraction of rounds the case takes part in
    (slow baselines). Every case is called once first (JIT compile). Interleaving exposes
    baselines and kernels alike to whatever else shares the CPU.
    """
    for fn, single, _ in cases.values():
        with one_thread(single):
            fn()
    best = {name: float("inf") for name in cases}
    for r in range(repeats):
        for name, (fn, single, share) in cases.items():
            if r >= max(1, round(share * repeats)):
                continue
            with one_thread(single):
                t0 = time.perf_counter()
                fn()
                best[name] = min(best[name], time.perf_counter() - t0)
    return best


class one_thread:
    """numba and BLAS limited to one thread inside the block (when ``active``)."""

    def __init__(self, active: bool = True):
        self.active = active

    def __enter__(self):
        if not self.active:
            return self
        self.saved = numba.get_num_threads()
        numba.set_num_threads(1)
        self.limit = threadpool_limits(1) if threadpool_limits else None
        if self.limit:
            self.limit.__enter__()
        return self

    def __exit__(self, *exc):
        if not self.active:
            return
        if self.limit:
            self.limit.__exit__(*exc)
        numba.set_num_threads(self.saved)


def bench_gemv(repeats: int) -> dict[str, float]:
    n = k = 4096
    rng = np.random.default_rng(0)
    w8 = rng.integers(-1, 2, (n, k)).astype(np.int8)
    packed = pack_ternary(w8, "2bit")
    packed3 = pack_ternary(w8, "base3")
    x = rng.integers(-128, 128, k).astype(np.int8)
    wf = w8.astype(np.float32)
    xf = x.astype(np.float32)
    expected = ternary_gemv_ref(packed, x)
    assert np.array_equal(ternary_gemv_cpu(packed, x), expected)
    assert np.array_equal(ternary_gemv_cpu(packed, x, simd=False), expected)
    assert np.array_equal(ternary_gemv_cpu(packed3, x), expected)
    assert np.array_equal(int8_gemv_cpu(w8, x), expected)
    src = np.ones(256 << 20, np.uint8)
    dst = np.empty_like(src)
    # Cold: every call reads weights that are not in cache, as the copy it is compared with
    # does: each kernel cycles through copies of its weights totalling >= 64 MiB (numpy's
    # float32 matrix alone is 64 MiB), and the copy is timed in the same rounds. Warm: one
    # copy called back to back (4.2 MB of 2-bit weights then sit in the shared cache). The
    # headline ratios divide the baselines' best time, cold or warm, by the 2-bit kernel's cold
    # time; the bandwidth fraction uses the best copy.
    def copies(make, size: int) -> list:
        return [make() for _ in range(max(1, -(-(64 << 20) // size)))]

    i8s = itertools.cycle(copies(w8.copy, w8.nbytes)).__next__
    tqs = itertools.cycle(copies(lambda: PackedTernary(packed.data.copy(), n, k, "2bit"), packed.data.nbytes)).__next__
    t3s = itertools.cycle(copies(lambda: PackedTernary(packed3.data.copy(), n, k, "base3"), packed3.data.nbytes)).__next__
    t = best_times({
        "numpy": (lambda: wf @ xf, True, 1),
        "int8": (lambda: int8_gemv_cpu(i8s(), x), True, 1),
        "2bit": (lambda: ternary_gemv_cpu(tqs(), x), True, 1),
        "portable": (lambda: ternary_gemv_cpu(tqs(), x, simd=False), True, 1),
        "base3": (lambda: ternary_gemv_cpu(t3s(), x), True, 1),
        "2bit_all": (lambda: ternary_gemv_cpu(tqs(), x), False, 1),
        "copy": (lambda: np.copyto(dst, src), True, 1),
    }, repeats)
    warm = {name: best_times({name: case}, repeats)[name] for name, case in {
        "numpy": (lambda: wf @ xf, True, 1),
        "int8": (lambda: int8_gemv_cpu(w8, x), True, 1),
        "2bit": (lambda: ternary_gemv_cpu(packed, x), True, 1),
    }.items()}
    t_np, t_i8 = min(t["numpy"], warm["numpy"]), min(t["int8"], warm["int8"])
    t_tq, t_port, t_t3 = t["2bit"], t["portable"], t["base3"]
    copy_bw = 2 * src.nbytes / t["copy"]
    moved = packed.data.nbytes + x.nbytes + 4 * n
    bw = moved / t_tq
    print(f"ternary GEMV {n}x{k} batch 1, one thread, cold / warm (ms): numpy f32 {t['numpy']*1e3:.3f} / "
          f"{warm['numpy']*1e3:.3f}  int8 {t['int8']*1e3:.3f} / {warm['int8']*1e3:.3f}  ternary 2bit "
          f"{t_tq*1e3:.3f} / {warm['2bit']*1e3:.3f} (AVX2 loop: {'yes' if HAS_AVX2 else 'no'})  cold: 2bit portable "
          f"{t_port*1e3:.3f}  base3 {t_t3*1e3:.3f}  2bit on {numba.get_num_threads()} threads {t['2bit_all']*1e3:.3f}")
    print(f"  ratios (baseline best / 2bit cold): vs numpy f32 {t_np/t_tq:.2f}x, vs int8 {t_i8/t_tq:.2f}x; "
          f"portable 2bit vs numpy {t_np/t_port:.2f}x, vs int8 {t_i8/t_port:.2f}x; base3 vs numpy {t_np/t_t3:.2f}x; "
          f"all warm: vs numpy {warm['numpy']/warm['2bit']:.2f}x, vs int8 {warm['int8']/warm['2bit']:.2f}x")
    print(f"  bandwidth: ternary {bw/1e9:.2f} GB/s of {moved/1e6:.2f} MB cold ({moved/warm['2bit']/1e9:.2f} warm), "
          f"copy {copy_bw/1e9:.2f} GB/s (256 MiB, read+write), fraction {bw/copy_bw:.2f} cold, "
          f"{moved/warm['2bit']/copy_bw:.2f} warm")
    return {"ternary_gemv_vs_numpy": t_np / t_tq, "ternary_gemv_vs_int8": t_i8 / t_tq, "bandwidth_fraction": bw / copy_bw}


def bench_scan(repeats: int) -> dict[str, float]:
    b, d, length, n = 1, 1536, 1024, 16
    rng = np.random.default_rng(1)

    def r(*shape, scale=1.0):
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    args = (r(b, d, length), r(b, d, length, scale=0.5), -np.exp(r(d, n, scale=0.5)), r(b, n, length), r(b, n, length))
    kw = dict(D=r(d), z=r(b, d, length), delta_bias=r(d, scale=0.1), delta_softplus=True)
    ref = selective_scan_ref(*args, **kw)
    got = selective_scan_cpu(*args, **kw)
    err = max(float(np.max(np.abs(g - e) / (np.abs(e) + 1e-3))) for g, e in zip(got, ref))
    t = best_times({
        "ref": (lambda: selective_scan_ref(*args, **kw), False, 0.25),
        "cpu": (lambda: selective_scan_cpu(*args, **kw), False, 1),
        "cpu1": (lambda: selective_scan_cpu(*args, **kw), True, 1),
    }, repeats)
    t_ref, t_cpu, t_cpu1 = t["ref"], t["cpu"], t["cpu1"]
    print(f"selective scan B={b} D={d} L={length} N={n} (ms): numpy ref {t_ref*1e3:.1f}  numba "
          f"{numba.get_num_threads()} threads {t_cpu*1e3:.1f} ({t_ref/t_cpu:.1f}x)  numba 1 thread "
          f"{t_cpu1*1e3:.1f} ({t_ref/t_cpu1:.1f}x)  max rel err {err:.1e}")
    return {"scan_vs_numpy": t_ref / t_cpu}


def bench_mlgru(repeats: int) -> dict[str, float]:
    b, length, d = 1, 1024, 1536
    rng = np.random.default_rng(2)
    f, c, g = (rng.standard_normal((b, length, d)).astype(np.float32) for _ in range(3))
    err = float(np.max(np.abs(mlgru_cpu(f, c, g)[0] - mlgru_ref(f, c, g)[0])))
    assert np.allclose(lean_mlgru_loop(f, c, g)[0], mlgru_ref(f, c, g)[0], rtol=1e-5, atol=1e-6)
    t = best_times({
        "ref": (lambda: mlgru_ref(f, c, g), False, 0.5),
        "lean": (lambda: lean_mlgru_loop(f, c, g), False, 0.5),
        "cpu": (lambda: mlgru_cpu(f, c, g), False, 1),
        "cpu1": (lambda: mlgru_cpu(f, c, g), True, 1),
    }, repeats)
    t_ref, t_lean, t_cpu, t_cpu1 = t["ref"], t["lean"], t["cpu"], t["cpu1"]
    t_base = min(t_ref, t_lean)
    print(f"MLGRU B={b} L={length} D={d} gated (ms): per-step numpy loops: lean {t_lean*1e3:.1f}, kernels.mlgru_ref "
          f"{t_ref*1e3:.1f}  numba {numba.get_num_threads()} threads {t_cpu*1e3:.2f} ({t_base/t_cpu:.1f}x)  numba 1 thread "
          f"{t_cpu1*1e3:.2f} ({t_base/t_cpu1:.1f}x)  max abs err {err:.1e}")
    return {"mlgru_vs_numpy": t_base / t_cpu}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (under a minute)")
    args = parser.parse_args(argv)
    repeats = 5 if args.quick else 30
    ternary_gemv_cpu(pack_ternary(np.zeros((4, 4), np.int8)), np.zeros(4, np.int8))  # starts the thread pool
    print(f"numba {numba.__version__} (threading layer {numba.threading_layer()}), numpy {np.__version__}, "
          f"{os.cpu_count()} CPUs, numba threads {numba.get_num_threads()}, "
          f"threadpoolctl {'yes' if threadpool_limits else 'no'}")
    results = {}
    results.update(bench_gemv(repeats))
    results.update(bench_scan(repeats))
    results.update(bench_mlgru(repeats))
    print("RESULT kernels " + " ".join(f"{k}={v:.2f}" for k, v in results.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
