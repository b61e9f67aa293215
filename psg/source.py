"""Reading source files safely: what is read, how much, and how it is decoded.

:func:`read_source` opens a file without blocking (a FIFO never hangs the reader),
refuses anything that is not a regular file (a symlink to ``/dev/zero`` is a device) and
files over :data:`MAX_SOURCE_BYTES`, and decodes the bytes as Python does: a UTF-8
byte-order mark, or a PEP 263 coding line (``# -*- coding: latin-1 -*-``), else UTF-8.
:func:`decode_source` is the decoding alone. Every refusal is a :class:`SourceError`
that names the file.

>>> decode_source(b"\\xef\\xbb\\xbfx = 1\\n")
'x = 1\\n'
>>> decode_source(b"# -*- coding: latin-1 -*-\\ns = '\\xe9'\\n").splitlines()[1]
"s = 'é'"
"""
from __future__ import annotations

import codecs
import io
import os
import stat
import tokenize

from .errors import SourceError

#: Larger files are refused (a 7 MB file once took 85 s and 1.8 GB to analyse).
MAX_SOURCE_BYTES = 2 * 1024 * 1024


def decode_source(data: bytes, file: str = "<bytes>") -> str:
    """Python source bytes as text: BOM, then a PEP 263 coding line, else UTF-8."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        codecs.lookup(encoding)
    except (SyntaxError, LookupError) as err:
        raise SourceError(f"cannot read file: cannot decode it: {err}", file) from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise SourceError(f"cannot read file: cannot decode it as {encoding}: {err.reason} at byte {err.start}", file) from None
    return text[1:] if text.startswith("\ufeff") else text


def read_source(path: str | os.PathLike) -> str:
    """The text of one Python file; a clear :class:`SourceError` if it is not one to read."""
    name = os.fspath(path)
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise SourceError(f"cannot read file: {err.strerror or err}", name) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            what = ("a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device" if stat.S_ISCHR(st.st_mode)
                    or stat.S_ISBLK(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "not a file")
            raise SourceError(f"cannot read file: it is {what}, not a regular file", name)
        if st.st_size > MAX_SOURCE_BYTES:
            raise SourceError(f"file is {st.st_size / 2**20:.1f} MiB; files over "
                              f"{MAX_SOURCE_BYTES // 2**20} MiB are not analysed", name)
        with os.fdopen(fd, "rb", closefd=True) as f:
            fd = -1
            data = f.read(st.st_size + 1)  # its size, not the limit: no 2 MiB buffer per file
            if len(data) > st.st_size:  # it grew since fstat: read on to the limit
                data += f.read(MAX_SOURCE_BYTES + 1 - len(data))
    except OSError as err:
        raise SourceError(f"cannot read file: {err.strerror or err}", name) from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > MAX_SOURCE_BYTES:  # it grew while we looked
        raise SourceError(f"file is over {MAX_SOURCE_BYTES // 2**20} MiB; not analysed", name)
    return decode_source(data, name)
