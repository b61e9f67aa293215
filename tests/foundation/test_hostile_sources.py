"""Sources as an attacker or a careless user writes them: each is read correctly or refused
with a clear error that names the file, never a hang, a crash or a bare traceback."""
import os
import threading

import pytest

from proofs import prove
from psg import SourceError, parse
from psg.source import MAX_SOURCE_BYTES, decode_source, read_source


def test_byte_order_mark_and_coding_lines_are_read(tmp_path):
    bom = tmp_path / "bom.py"
    bom.write_bytes(b"\xef\xbb\xbfdef f(x: U['m']) -> U['m']:\n    return x\n")
    latin = tmp_path / "latin.py"
    latin.write_bytes(b"# -*- coding: latin-1 -*-\ndef f(x: U['m']) -> U['m']:\n    '''\xe9t\xe9'''\n    return x\n")
    for path in (bom, latin):  # before: "syntax error"
        assert prove(str(path)).status == "proved"
    assert parse("\ufeffx = 1\n").nodes  # a BOM in text, too


def test_undecodable_bytes_name_the_file(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_bytes(b"x = '\xff\xfe'\n")
    with pytest.raises(SourceError, match=r"bad\.py: cannot read file: cannot decode it"):
        parse(bad)
    with pytest.raises(SourceError, match="cannot decode"):
        decode_source(b"# coding: no-such-codec\n")


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.py"
    os.mkfifo(fifo)
    done = []
    t = threading.Thread(target=lambda: done.append(pytest.raises(SourceError, read_source, fifo)), daemon=True)
    t.start()
    t.join(30)
    assert done and "FIFO" in str(done[0].value)  # before: the scan hung forever


def test_a_symlink_to_a_device_is_refused(tmp_path):
    link = tmp_path / "zero.py"
    link.symlink_to("/dev/zero")
    with pytest.raises(SourceError, match="a device, not a regular file"):
        parse(tmp_path)  # before: read /dev/zero until memory ran out


def test_huge_files_are_refused(tmp_path):
    big = tmp_path / "big.py"
    with open(big, "wb") as f:
        f.truncate(MAX_SOURCE_BYTES + 1)
    with pytest.raises(SourceError, match=r"big\.py: file is 2\.0 MiB"):
        parse(big)


@pytest.mark.parametrize("src, where", [
    ("def f(x: U['m']):\n    return " + " + ".join(["x"] * 500) + "\n", "<string>:1:1"),  # a 500-term sum
    ("def f(x: U['m']):\n    return " + " * ".join(["x"] * 500) + "\n", "<string>:1:1"),  # a product of 500
    ("def f(a):\n    return a" + ".b" * 5000 + "\n", "<string>"),                         # a.b.b... 5,000 deep
    ("x = " + "-" * 5000 + "1\n", "<string>"),
    ("f = " + "lambda: " * 500 + "1\n", "<string>"),
])
def test_deep_expressions_are_clear_errors(src, where):
    r = prove(src, use_cache=False)  # before: RecursionError, exit 70; now a problem of the input
    assert r.exit_code == 2
    assert [str(p) for p in r.problems if "too deeply" in str(p) and str(p).startswith(where)], r.problems


def test_literals_beyond_floats_and_odd_decorators():
    assert prove("x = 1" + "0" * 400 + "\n").status == "proved"       # before: OverflowError
    assert prove("x = 0x" + "f" * 5000 + "\n").status == "proved"     # repr() refuses > 4300 digits
    with pytest.raises(SourceError, match="must be a literal"):       # before: TypeError, exit 70
        parse("@law(output={[1]: 2})\ndef f(x):\n    return x\n")
