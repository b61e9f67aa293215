"""x86 SIMD for the CPU kernels, as numba intrinsics (LLVM IR): the 2-bit GEMV inner loop,
and a hint that lets LLVM use 512-bit vectors.

``prefer_512()``, called inside a kernel's (parallel) loop body, marks the enclosing LLVM
function ``"prefer-vector-width"="512"``: LLVM's default for AVX-512 hosts of this kind is 256,
so float32 loops run 8 lanes wide; with the hint, 16 (the scan and MLGRU kernels gain 20-30%).
It changes nothing on hosts without AVX-512.

LLVM does not turn a Python loop of int8 x uint8 products into ``pmaddubsw`` (it widens to
int32 lanes first), and that widening is what bounds the portable kernel. ``dot4_2bit`` emits
the loop directly: per 32 packed bytes and digit plane ``i``, ``b & (3 << 2i)`` is an unsigned
byte (``4**i * d_i <= 128``) multiplied by the signed int8 activations with ``pmaddubsw``
(pair sums lie in [-32768, 32512], so never saturated), widened by ``pmaddwd`` (or fused
into ``vpdpwssd``) into int32 lanes: exact. Four rows share each activation load, and the
loop prefetches the next task's four rows (a hint: it never faults). ``HAS_AVX2`` says whether numba targets this host with AVX2; the kernels
fall back to portable numba code otherwise.

>>> import numpy as np
>>> from numba import njit
>>> @njit
... def rows_dot(data, x8):
...     return dot4_2bit(data, x8, 0, 0, data.shape[1] // 32)
>>> data = np.full((4, 32), 0b10_01_00_10, np.uint8)   # digits 2, 0, 1, 2 (weights 1, -1, 0, 1)
>>> x8 = np.ones(4 * 32, np.int8)
>>> rows_dot(data, x8) if HAS_AVX2 else (160, 160, 160, 160)   # 32 * (2 + 0 + 1 + 2)
(160, 160, 160, 160)
"""

from __future__ import annotations

import platform

from llvmlite import binding as llvm_binding
from llvmlite import ir
from numba import types
from numba.core import cgutils, config
from numba.extending import intrinsic

BLOCK = 32  # packed bytes per vector step
AHEAD_ROWS = 4  # the GEMV prefetches the rows of the next task (four rows on)


def _host_has_avx2() -> bool:
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return False
    if config.CPU_NAME not in (None, "host") or config.CPU_FEATURES is not None:
        return False  # numba compiles for another (portable) target
    try:
        return bool(llvm_binding.get_host_cpu_features().get("avx2", False))
    except RuntimeError:
        return False


HAS_AVX2 = _host_has_avx2()


@intrinsic
def prefer_512(typingctx):
    """Let LLVM vectorize the enclosing function with 512-bit registers (a no-op value)."""
    sig = types.void()

    def codegen(context, builder, signature, args):
        attrs = builder.function.attributes
        # llvmlite's FunctionAttributes.add only knows enum attributes; string attributes are
        # written verbatim into the function header, so add them to the underlying set.
        try:
            set.add(attrs, '"prefer-vector-width"="512"')
            set.add(attrs, '"min-legal-vector-width"="512"')
        except TypeError:  # pragma: no cover - another llvmlite layout: just no hint
            pass
        return context.get_dummy_value()

    return sig, codegen


@intrinsic
def dot4_2bit(typingctx, data, x8, row, j0, nblk):
    """Sums ``sum_j sum_i x8[i*Kp + j] * d_i(data[r, j])`` for rows ``row .. row+3`` over bytes
    ``j0 .. j0 + 32*nblk`` (int32 x 4). ``data``: (rows, Kp) uint8 2-bit codes; ``x8``: (4*Kp,)
    int8 activation planes. Exact while ``32 * nblk <= 2**16``; AVX2 only, no bounds checks."""
    sig = types.UniTuple(types.int32, 4)(data, x8, row, j0, nblk)

    def codegen(context, builder, signature, args):
        data_v, x8_v, row_v, j0_v, nblk_v = args
        darr = context.make_array(signature.args[0])(context, builder, data_v)
        xarr = context.make_array(signature.args[1])(context, builder, x8_v)
        i8, i16, i32, i64 = ir.IntType(8), ir.IntType(16), ir.IntType(32), ir.IntType(64)
        v32i8, v16i16, v8i32 = ir.VectorType(i8, 32), ir.VectorType(i16, 16), ir.VectorType(i32, 8)
        mod = builder.module
        maddubs = cgutils.get_or_insert_function(
            mod, ir.FunctionType(v16i16, [v32i8, v32i8]), "llvm.x86.avx2.pmadd.ub.sw")
        maddwd = cgutils.get_or_insert_function(
            mod, ir.FunctionType(v8i32, [v16i16, v16i16]), "llvm.x86.avx2.pmadd.wd")
        reduce_add = cgutils.get_or_insert_function(
            mod, ir.FunctionType(i32, [v8i32]), "llvm.vector.reduce.add.v8i32")
        kp = builder.extract_value(darr.shape, 1)
        base = builder.bitcast(darr.data, i8.as_pointer())
        xbase = builder.bitcast(xarr.data, i8.as_pointer())
        ones = ir.Constant(v16i16, [1] * 16)
        masks = [ir.Constant(v32i8, [(3 << (2 * i)) & 255] * BLOCK) for i in range(4)]
        zero = ir.Constant(v8i32, [0] * 8)
        accs = [[cgutils.alloca_once_value(builder, zero) for _ in range(4)] for _ in range(4)]
        rows = [builder.gep(base, [builder.mul(builder.add(row_v, ir.Constant(i64, r)), kp)]) for r in range(4)]
        planes = [builder.gep(xbase, [builder.mul(ir.Constant(i64, i), kp)]) for i in range(4)]
        prefetch = cgutils.get_or_insert_function(
            mod, ir.FunctionType(ir.VoidType(), [i8.as_pointer(), i32, i32, i32]), "llvm.prefetch.p0")
        # The rows of the next task (AHEAD_ROWS on, usually this thread's), 128 bytes per step.
        ahead = builder.gep(base, [builder.add(builder.mul(builder.add(row_v, ir.Constant(i64, AHEAD_ROWS)), kp),
                                               builder.mul(j0_v, ir.Constant(i64, 4)))])
        with cgutils.for_range(builder, nblk_v) as loop:
            off = builder.add(j0_v, builder.mul(loop.index, ir.Constant(i64, BLOCK)))
            for line in (0, 64):
                target = builder.gep(ahead, [builder.add(builder.mul(loop.index, ir.Constant(i64, 4 * BLOCK)),
                                                         ir.Constant(i64, line))])
                builder.call(prefetch, [target, ir.Constant(i32, 0), ir.Constant(i32, 3), ir.Constant(i32, 1)])
            xs = [builder.load(builder.bitcast(builder.gep(planes[i], [off]), v32i8.as_pointer()), align=1)
                  for i in range(4)]
            for r in range(4):
                v = builder.load(builder.bitcast(builder.gep(rows[r], [off]), v32i8.as_pointer()), align=1)
                for i in range(4):
                    pairs = builder.call(maddubs, [builder.and_(v, masks[i]), xs[i]])
                    quads = builder.call(maddwd, [pairs, ones])
                    builder.store(builder.add(builder.load(accs[r][i]), quads), accs[r][i])
        # Every lane of plane i's sum is a multiple of 4**i (each product is), so shifting
        # the lanes back before the horizontal sums is exact; the four rows' lanes are then
        # summed together by pairwise adds (phaddd), not one reduction per row and plane.
        rows_lanes = []
        for r in range(4):
            lanes = builder.load(accs[r][0])
            for i in range(1, 4):
                shift = ir.Constant(v8i32, [2 * i] * 8)
                lanes = builder.add(lanes, builder.ashr(builder.load(accs[r][i]), shift))
            rows_lanes.append(lanes)
        hadd = cgutils.get_or_insert_function(
            mod, ir.FunctionType(v8i32, [v8i32, v8i32]), "llvm.x86.avx2.phadd.d")
        # per 128-bit half: [r0, r0, r1, r1] and [r2, r2, r3, r3] pair sums, then [r0, r1, r2, r3]
        both = builder.call(hadd, [builder.call(hadd, [rows_lanes[0], rows_lanes[1]]),
                                   builder.call(hadd, [rows_lanes[2], rows_lanes[3]])])
        v4i32 = ir.VectorType(i32, 4)
        low = builder.shuffle_vector(both, both, ir.Constant(v4i32, [0, 1, 2, 3]))
        high = builder.shuffle_vector(both, both, ir.Constant(v4i32, [4, 5, 6, 7]))
        total = builder.add(low, high)
        sums = [builder.extract_element(total, ir.Constant(i32, r)) for r in range(4)]
        return context.make_tuple(builder, signature.return_type, sums)

    return sig, codegen
