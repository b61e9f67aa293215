"""Packed ternary weights: 2 bits per weight, or base 3 at 5 weights per byte.

Both layouts are *plane-interleaved* per row so that kernels read activations contiguously.
For a row of ``K`` weights and ``P`` weights per byte, ``Kp = ceil(K / P)`` bytes; byte ``j``
holds the weights at positions ``j, j + Kp, j + 2*Kp, ...`` (``P`` of them). Positions
``>= K`` are padding and hold weight 0. A weight ``w`` is stored as the digit ``d = w + 1``.

* ``"2bit"``: ``byte = sum(d_i << (2*i))``, ``i = 0..3``; the code 3 never occurs.
* ``"base3"``: ``v = sum(d_i * 3**(4-i))``, ``i = 0..4`` (0..242), stored as
  ``byte = ceil(v * 256 / 243)``, the llama.cpp TQ1_0 trick: digit ``i`` is then
  ``(((byte * 3**i) & 255) * 3) >> 8``, multiplications and shifts only, so it vectorizes.

``PackedTernary`` checks all of this once, at construction; kernels trust it after that.

>>> import numpy as np
>>> w = np.array([[1, 0, -1, 1, 1]], np.int8)
>>> p = pack_ternary(w, "2bit")
>>> p.data.tolist(), p.shape
([[98, 89]], (1, 5))
>>> np.array_equal(unpack_ternary(p), w), np.array_equal(unpack_ternary(pack_ternary(w, "base3")), w)
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kernels.errors import KernelInputError, KernelShapeError, check_array, check_ternary

PER_BYTE = {"2bit": 4, "base3": 5}
_POW3_DESC = np.array([81, 27, 9, 3, 1], np.int64)


def _base3_table() -> tuple[np.ndarray, np.ndarray]:
    """(byte for each v in 0..242, digits (256, 5) for each byte; -1 rows mark invalid bytes)."""
    v = np.arange(243, dtype=np.int64)
    enc = ((v * 256 + 242) // 243).astype(np.uint8)
    digits = np.full((256, 5), -1, np.int8)
    digits[enc] = (v[:, None] // _POW3_DESC[None, :]) % 3
    return enc, digits


_BASE3_ENCODE, _BASE3_DIGITS = _base3_table()


def packed_width(cols: int, scheme: str) -> int:
    """Bytes per row for ``cols`` weights in ``scheme``.

    >>> packed_width(4096, "2bit"), packed_width(4096, "base3"), packed_width(0, "2bit")
    (1024, 820, 0)
    """
    return -(-cols // PER_BYTE[scheme])


def _decode(data: np.ndarray, scheme: str) -> np.ndarray:
    """Digits (rows, P, Kp) int8 from packed bytes; -1 marks an invalid byte or code."""
    if scheme == "2bit":
        shifts = np.array([0, 2, 4, 6], np.uint8)
        digits = ((data[:, None, :] >> shifts[None, :, None]) & 3).astype(np.int8)
        digits[digits == 3] = -1
        return digits
    return np.ascontiguousarray(_BASE3_DIGITS[data].transpose(0, 2, 1))


@dataclass(frozen=True, eq=False)
class PackedTernary:
    """A ternary (rows, cols) matrix, packed; ``scale`` is its absmean dequantization factor.

    ``data`` is made read-only. Construction checks the layout and every code.

    >>> PackedTernary(np.full((1, 1), 3, np.uint8), 1, 4, "2bit")
    Traceback (most recent call last):
    ...
    kernels.errors.NotTernaryError: PackedTernary: byte (0, 0) of 'data' holds an invalid 2bit code (value 3)
    """

    data: np.ndarray
    rows: int
    cols: int
    scheme: str = "2bit"
    scale: float = 1.0

    def __post_init__(self) -> None:
        from kernels.errors import NotTernaryError

        if self.scheme not in PER_BYTE:
            raise KernelInputError(
                f"PackedTernary: scheme must be one of {sorted(PER_BYTE)}, got {self.scheme!r}"
            )
        check_array("PackedTernary", "data", self.data, dtype=np.uint8, ndim=2)
        expected = (self.rows, packed_width(self.cols, self.scheme))
        if self.data.shape != expected:
            raise KernelShapeError(
                f"PackedTernary: 'data' for a ({self.rows}, {self.cols}) matrix in {self.scheme} "
                f"must have shape {expected}, got {self.data.shape}"
            )
        digits = _decode(self.data, self.scheme)
        bad = np.argwhere((digits < 0).any(axis=1))
        if bad.size:
            r, j = (int(i) for i in bad[0])
            raise NotTernaryError(
                f"PackedTernary: byte ({r}, {j}) of 'data' holds an invalid {self.scheme} code "
                f"(value {int(self.data[r, j])})"
            )
        flat = digits.reshape(self.rows, self.per_byte * self.data.shape[1])
        if flat.shape[1] > self.cols and (flat[:, self.cols:] != 1).any():
            raise NotTernaryError(
                f"PackedTernary: padding positions >= {self.cols} of 'data' must hold weight 0"
            )
        data = self.data.copy()
        data.flags.writeable = False
        object.__setattr__(self, "data", data)
        object.__setattr__(self, "scale", float(np.float32(self.scale)))

    @property
    def shape(self) -> tuple[int, int]:
        return (self.rows, self.cols)

    @property
    def per_byte(self) -> int:
        return PER_BYTE[self.scheme]

    @property
    def width(self) -> int:
        """Bytes per packed row (``Kp``)."""
        return self.data.shape[1]


def pack_ternary(w: np.ndarray, scheme: str = "2bit", scale: float = 1.0) -> PackedTernary:
    """Pack an int8 ternary (rows, cols) matrix; raises NotTernaryError on any other value."""
    where = f"pack_ternary({scheme!r})"
    check_array(where, "w", w, dtype=np.int8, ndim=2)
    if scheme not in PER_BYTE:
        raise KernelInputError(f"{where}: scheme must be one of {sorted(PER_BYTE)}, got {scheme!r}")
    check_ternary(where, "w", w)
    rows, cols = w.shape
    per = PER_BYTE[scheme]
    width = packed_width(cols, scheme)
    digits = np.ones((rows, per * width), np.int64)
    digits[:, :cols] = w.astype(np.int64) + 1
    planes = digits.reshape(rows, per, width)
    if scheme == "2bit":
        shifts = (2 * np.arange(4, dtype=np.int64))[None, :, None]
        data = (planes << shifts).sum(axis=1).astype(np.uint8)
    else:
        v = (planes * _POW3_DESC[None, :, None]).sum(axis=1)
        data = _BASE3_ENCODE[v]
    return PackedTernary(np.ascontiguousarray(data), rows, cols, scheme, scale)


def unpack_ternary(p: PackedTernary) -> np.ndarray:
    """The int8 ternary (rows, cols) matrix that ``p`` packs."""
    digits = _decode(p.data, p.scheme).reshape(p.rows, p.per_byte * p.width)[:, : p.cols]
    return (digits - 1).astype(np.int8)
