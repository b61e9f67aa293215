"""Errors raised by the kernels, and the checks that raise them before any kernel runs.

Every message names the function, the argument, what it got and what was expected.

>>> import numpy as np
>>> check_array("ternary_gemv", "x", np.zeros(3, np.float32), dtype=np.int8, ndim=1)
Traceback (most recent call last):
...
kernels.errors.KernelDtypeError: ternary_gemv: argument 'x' must have dtype int8, got float32
"""

from __future__ import annotations

import numpy as np


class KernelInputError(ValueError):
    """An argument has the wrong shape, layout or values."""


class KernelShapeError(KernelInputError):
    """An argument has the wrong number of dimensions or a size that does not match."""


class KernelLayoutError(KernelInputError):
    """An argument is not C-contiguous."""


class NotTernaryError(KernelInputError):
    """Weights that must lie in {-1, 0, +1} do not."""


class KernelDtypeError(TypeError):
    """An argument is not a numpy array of the expected dtype."""


class CudaUnavailableError(RuntimeError):
    """A CUDA kernel was called where numba finds neither a GPU nor the CUDA simulator."""


def check_array(
    where: str,
    name: str,
    value: object,
    *,
    dtype: type | tuple[type, ...],
    ndim: int | tuple[int, ...],
) -> np.ndarray:
    """Return ``value`` if it is a C-contiguous ndarray of ``dtype`` with ``ndim`` dims, else raise.

    >>> check_array("f", "a", np.zeros((2, 2), np.int8)[:, :1], dtype=np.int8, ndim=2)
    Traceback (most recent call last):
    ...
    kernels.errors.KernelLayoutError: f: argument 'a' must be C-contiguous (use np.ascontiguousarray), got strides (2, 1) for shape (2, 1)
    """
    dtypes = dtype if isinstance(dtype, tuple) else (dtype,)
    ndims = ndim if isinstance(ndim, tuple) else (ndim,)
    expected = " or ".join(np.dtype(d).name for d in dtypes)
    if not isinstance(value, np.ndarray):
        raise KernelDtypeError(
            f"{where}: argument '{name}' must be a numpy array of dtype {expected}, "
            f"got {type(value).__name__}"
        )
    if value.dtype not in [np.dtype(d) for d in dtypes]:
        raise KernelDtypeError(
            f"{where}: argument '{name}' must have dtype {expected}, got {value.dtype.name}"
        )
    if value.ndim not in ndims:
        wanted = " or ".join(str(n) for n in ndims)
        raise KernelShapeError(
            f"{where}: argument '{name}' must have {wanted} dimensions, "
            f"got {value.ndim} (shape {value.shape})"
        )
    if not value.flags.c_contiguous:
        raise KernelLayoutError(
            f"{where}: argument '{name}' must be C-contiguous (use np.ascontiguousarray), "
            f"got strides {value.strides} for shape {value.shape}"
        )
    return value


def check_shape(where: str, name: str, value: np.ndarray, expected: tuple[int, ...], meaning: str) -> None:
    """Raise KernelShapeError unless ``value.shape == expected``; ``meaning`` names the axes.

    >>> check_shape("f", "D", np.zeros(3, np.float32), (4,), "(d_inner,)")
    Traceback (most recent call last):
    ...
    kernels.errors.KernelShapeError: f: argument 'D' must have shape (d_inner,) = (4,), got (3,)
    """
    if value.shape != expected:
        raise KernelShapeError(
            f"{where}: argument '{name}' must have shape {meaning} = {expected}, got {value.shape}"
        )


def check_ternary(where: str, name: str, w: np.ndarray) -> None:
    """Raise NotTernaryError unless every entry of the int8 array ``w`` is -1, 0 or +1.

    >>> check_ternary("pack_2bit", "w", np.array([[0, 1], [2, -1]], np.int8))
    Traceback (most recent call last):
    ...
    kernels.errors.NotTernaryError: pack_2bit: argument 'w' must hold only -1, 0, +1; found 2 at index (1, 0) (1 entries out of range)
    """
    bad = (w < -1) | (w > 1)
    if bad.any():
        first = tuple(int(i) for i in np.argwhere(bad)[0])
        raise NotTernaryError(
            f"{where}: argument '{name}' must hold only -1, 0, +1; found {int(w[first])} "
            f"at index {first} ({int(bad.sum())} entries out of range)"
        )
