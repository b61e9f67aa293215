"""Incremental proofs: a re-run proves only what changed and what depends on it, and its
report is the one a run from scratch gives (only the "cached" marks differ)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from proofs.incremental import prove_incremental
from proofs.serial import LAZY_FIELDS, decode, decode_heads, encode, encode_head

ROOT = Path(__file__).resolve().parents[2]

FILES = {
    "geo.py": "def area(w: U['m'], h: U['m']) -> U['m^2']:\n    return w * h\n",
    "house.py": "import geo\n\ndef floor(w: U['m'], h: U['m']) -> U['m^2']:\n    return geo.area(w, h)\n",
    "clock.py": "def lap(d: U['m'], t: U['s']) -> U['m/s']:\n    return d / t\n",
}


def same(a, b) -> bool:
    def strip(report):
        doc = json.loads(report.to_json())
        doc.pop("seconds")
        for f in doc["functions"]:
            f.pop("cached")
        return doc
    return strip(a) == strip(b)


@pytest.fixture
def tree(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name, text in FILES.items():
        (src / name).write_text(text)
    return src


def test_rerun_proves_only_what_changed_and_its_dependents(tree, tmp_path):
    cache = tmp_path / "cache"
    cold = prove_incremental([tree], cache_dir=cache)
    assert cold.stats.proved == 3 and cold.status == "proved"
    warm = prove_incremental([tree], cache_dir=cache)
    assert warm.stats.proved == 0 and all(r.cached for r in warm.results) and same(warm, cold)
    assert "from the proof cache" in warm.summary()

    (tree / "clock.py").write_text(FILES["clock.py"] + "# a comment\n")
    one = prove_incremental([tree], cache_dir=cache)
    assert one.stats.proved == 1 and same(one, prove_incremental([tree]))

    # a wrong body behind the same signature: only geo is proved again (its caller reads
    # the signature, unchanged: an early cut-off)
    (tree / "geo.py").write_text("def area(w: U['m'], h: U['m']) -> U['m^2']:\n    return w + h\n")
    body = prove_incremental([tree], cache_dir=cache)
    assert body.stats.proved == 1 and body.result("geo.area").verdict == "refuted"
    assert same(body, prove_incremental([tree]))

    # the callee now returns a length: its caller (another file) is proved again and refuted
    (tree / "geo.py").write_text("def area(w: U['m'], h: U['m']) -> U['m']:\n    return w + h\n")
    both = prove_incremental([tree], cache_dir=cache)
    assert both.stats.proved == 2
    assert both.result("house.floor").verdict == "refuted"
    assert same(both, prove_incremental([tree]))


def test_new_names_or_files_prove_only_the_files_that_name_them(tree, tmp_path):
    cache = tmp_path / "cache"
    prove_incremental([tree], cache_dir=cache)
    (tree / "clock.py").write_text(FILES["clock.py"] + "\ndef pace(t: U['s'], d: U['m']) -> U['s/m']:\n    return t / d\n")
    r = prove_incremental([tree], cache_dir=cache)
    assert r.stats.proved == 1 and not r.stats.full_reason   # nothing names clock
    (tree / "extra.py").write_text("x: U['m'] = 1.0\n")
    r = prove_incremental([tree], cache_dir=cache)
    assert (r.stats.proved, r.stats.cached) == (1, 3)
    assert same(r, prove_incremental([tree]))
    (tree / "geo.py").unlink()   # house named geo.area: proved again, the call now unknown to it
    r = prove_incremental([tree], cache_dir=cache)
    assert (r.stats.proved, r.stats.cached) == (1, 2)
    assert same(r, prove_incremental([tree]))


def test_a_damaged_entry_is_proved_again(tree, tmp_path):
    cache = tmp_path / "cache"
    cold = prove_incremental([tree], cache_dir=cache)
    entries = sorted((cache / "files").rglob("*.json"))
    assert len(entries) == 3
    of = {name: next(e for e in entries if f"{name}.py" in e.read_text() and "house.py" not in e.read_text())
          for name in ("geo", "clock")}
    of["geo"].write_text(of["geo"].read_text()[:-20] + "garbage")   # the checksum no longer matches
    of["clock"].write_text("")
    again = prove_incremental([tree], cache_dir=cache)
    assert again.stats.proved == 2 and same(again, cold)   # the two (house depends on geo, not geo on house)
    assert prove_incremental([tree], cache_dir=cache).stats.proved == 0   # rewritten whole


def test_a_forged_entry_that_names_code_is_never_trusted(tree, tmp_path):
    """An entry whose checksum fits but whose content is not the prover's own types."""
    from proofs.incremental import _Store, _read_entry, _write_entry

    cache = tmp_path / "cache"
    prove_incremental([tree], cache_dir=cache)
    entry = sorted((cache / "files").rglob("*.json"))[0]
    key = entry.stem
    _write_entry(entry, key, {"results": [{"$": "os.system", "v": {"command": "true"}}], "problems": []})
    assert _read_entry(entry, key) is not None              # well formed on disk...
    assert _Store(cache, "run").get(key, "geo.py") is None  # ...but not a result: proved again
    assert prove_incremental([tree], cache_dir=cache).stats.proved == 1  # the run's index no longer vouches for it


def test_results_round_trip_losslessly():
    from proofs import prove

    report = prove([ROOT / "datasets" / "examples", ROOT / "tests" / "prove_corpus"])
    assert len(report.results) > 50
    for r in report.results:
        assert decode(json.loads(json.dumps(encode(r)))) == r
    # the compact heads the run's index keeps, with their lazy fields' text apart
    texts = [[json.dumps(encode(getattr(r, f))) for f in LAZY_FIELDS] for r in report.results]
    by_file = {}
    for r, t in zip(report.results, texts):
        by_file.setdefault(r.span.file, []).append((r, t))
    for file, pairs in by_file.items():
        heads = json.loads(json.dumps([encode_head(r) for r, _ in pairs]))
        back = decode_heads(heads, file, "an entry", lambda k, f: pairs[k][1][list(LAZY_FIELDS).index(f)])
        assert back == [r for r, _ in pairs] and all(b.cached for b in back)
        assert [b.verdict for b in back] == [r.verdict for r, _ in pairs]
    for p in report.problems:
        q = decode(json.loads(json.dumps(encode(p))))
        assert (type(q), str(q)) == (type(p), str(p))


EDITS = st.lists(st.tuples(st.sampled_from(sorted(FILES)), st.sampled_from(["m", "s", "m/s", "kg"])),
                 min_size=1, max_size=3)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_incremental_equals_from_scratch_after_random_edits(tree, tmp_path_factory, edits):
    cache = tmp_path_factory.mktemp("cache")
    for name, text in FILES.items():
        (tree / name).write_text(text)
    prove_incremental([tree], cache_dir=cache)
    for name, unit in edits:   # change a body (same names): a unit that may or may not fit
        path = tree / name
        lines = path.read_text().splitlines()
        ret = next(k for k, line in enumerate(lines) if line.lstrip().startswith("return"))
        lines[ret] = lines[ret] + f" + _unit_probe"
        lines.insert(ret, f"    _unit_probe: U['{unit}'] = 0.0")
        path.write_text("\n".join(lines) + "\n")
        assert same(prove_incremental([tree], cache_dir=cache), prove_incremental([tree]))


def test_cli_cache_dir_and_no_cache(tree, tmp_path):
    cache = tmp_path / "ci-cache"
    cmd = [sys.executable, "-m", "oracle.cli", "prove", str(tree), "--cache-dir", str(cache), "-v"]
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "ORACLE_CACHE_DIR": str(tmp_path / "c")}
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    bypass = subprocess.run(cmd + ["--no-cache"], capture_output=True, text=True, timeout=300, env=env)
    assert first.returncode == second.returncode == bypass.returncode == 0, first.stderr + second.stderr
    assert "(cached)" not in first.stdout and "(cached)" in second.stdout
    assert "3 functions from the proof cache" in second.stdout
    assert "(cached)" not in bypass.stdout


def test_ctrl_c_stops_cleanly_and_keeps_the_cache(tree, tmp_path):
    """Ctrl-C (SIGINT to the process group, as a terminal sends it) during a run on 2
    processes: exit code 130, promptly; what an earlier run cached is intact."""
    import os
    import signal
    import shutil
    import time

    cache = tmp_path / "cache"
    assert prove_incremental([tree], cache_dir=cache).stats.proved == 3
    big = tmp_path / "big"   # enough code that the run is still going when Ctrl-C comes
    for k in range(3):
        for package in ("proofs", "psg", "hypergraph", "oracle", "spiking"):
            shutil.copytree(ROOT / package, big / f"copy{k}" / package, ignore=shutil.ignore_patterns("__pycache__"))
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "ORACLE_CACHE_DIR": "off"}
    p = subprocess.Popen([sys.executable, "-m", "oracle.cli", "prove", str(big), str(tree), "--cache-dir", str(cache),
                          "--workers", "2"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         start_new_session=True)
    time.sleep(4)
    assert p.poll() is None, "the run ended before Ctrl-C: give it more code"
    os.killpg(p.pid, signal.SIGINT)
    try:
        rc = p.wait(timeout=120)
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
    assert rc == 130, p.stderr.read().decode()[-2000:]
    again = prove_incremental([tree], cache_dir=cache)
    assert again.stats.proved == 0 and again.stats.cached == 3
    assert not list(cache.rglob("*.tmp"))


def test_a_warm_summary_reads_no_cached_obligations_and_a_full_report_reads_them_all(tree, tmp_path):
    """Cached results keep their obligations and notes as text until used (proofs.serial.Lazy):
    the summary and text report of a warm run decode none; the JSON report decodes every one and
    equals a run from scratch."""
    from proofs.serial import Lazy

    cache = tmp_path / "cache"
    cold = prove_incremental([tree], cache_dir=cache)
    warm = prove_incremental([tree], cache_dir=cache)
    lazy = [x for r in warm.results for x in (r.obligations, r.notes) if len(x)]   # an empty field is ()
    assert lazy and all(isinstance(x, Lazy) for x in lazy)
    assert warm.summary().startswith("PROVED") and warm.to_text()
    assert [r.verdict for r in warm.results] == [r.verdict for r in cold.results]
    assert warm.counts() == cold.counts()
    assert all(x._items is None for x in lazy)  # nothing decoded for the summary
    assert same(warm, cold) and all(x._items is not None for x in lazy)
    assert warm.results == cold.results   # equal as tuples, field by field
    import pickle
    assert pickle.loads(pickle.dumps(warm.results[1])).obligations == cold.results[1].obligations


def test_a_forged_lazy_field_is_an_error_naming_the_entry_when_read(tree, tmp_path):
    """Well formed, checksummed, but its obligations are no obligations: never run, never
    trusted; reading them says which cache entry to delete."""
    from proofs.incremental import _Store, _read_entry, _write_entry

    cache = tmp_path / "cache"
    prove_incremental([tree], cache_dir=cache)
    entry = next(e for e in sorted((cache / "files").rglob("*.json")) if "clock.py" in e.read_text())
    value, _ = _read_entry(entry, entry.stem)
    k = next(k for k, head in enumerate(value["results"]) if head[-len(LAZY_FIELDS)] > 0)   # with obligations
    value["lazy"][k][0] = json.dumps([{"$": "os.system", "v": ["true"]}])
    _write_entry(entry, entry.stem, value)
    got = _Store(cache, "run").get(entry.stem, str(tree / "clock.py"))["results"][k]
    assert len(got.obligations) > 0
    with pytest.raises(ValueError, match=f"proof cache entry {entry} is damaged"):
        list(got.obligations)


def test_a_warm_run_reads_one_index_not_an_entry_per_file(tree, tmp_path):
    """The run's index holds every file's stat, hash, links and result heads: a warm run
    reads it and no entry (nor any source text: the stats are those recorded), and the
    details read later come from the entries and equal the cold run's."""
    import time

    import proofs.incremental as inc

    cache = tmp_path / "cache"
    cold = prove_incremental([tree], cache_dir=cache)
    assert not any(line.stat for line in inc._Store(cache, _run(cache)).index().values())   # just written: "racy"
    time.sleep(inc.RACY_NS / 1e9 + 0.1)
    prove_incremental([tree], cache_dir=cache)   # records the stats, now old enough to be trusted
    read, opened = [], []
    real_read, real_source = inc._read_entry, __import__("psg.source", fromlist=["x"]).read_source
    inc._read_entry = lambda path, *a, **k: (read.append(path), real_read(path, *a, **k))[1]
    import psg.source
    psg.source.read_source = lambda path: (opened.append(path), real_source(path))[1]
    try:
        warm = prove_incremental([tree], cache_dir=cache)
        assert [p.suffix for p in read] == [".index", ".graph"] and opened == []
        assert warm.stats.cached == 3 and same(warm, cold)   # details read from the entries
        assert all(p.parent.parent.name == "files" for p in read[2:]) and len(read) == 2 + 3
        assert warm.source_text(str(tree / "geo.py")) == FILES["geo.py"]
    finally:
        inc._read_entry, psg.source.read_source = real_read, real_source
    (tree / "clock.py").write_text(FILES["clock.py"].replace("d / t", "t / d"))
    assert warm.source_text(str(tree / "clock.py")) is None   # not the text that was proved
    assert warm.source_text(str(tree / "geo.py")) == FILES["geo.py"]   # read before: kept


def test_an_edit_under_the_same_size_and_mtime_is_seen(tree, tmp_path):
    """The stat says a file may be unchanged only with its ctime and inode too (a write or a
    utime changes the ctime, which no one can set back): the hash decides."""
    import os

    cache = tmp_path / "cache"
    geo = tree / "geo.py"
    st = geo.stat()
    os.utime(geo, ns=(st.st_atime_ns, st.st_mtime_ns - 10 ** 10))
    prove_incremental([tree], cache_dir=cache)
    st = geo.stat()
    geo.write_text(FILES["geo.py"].replace("w * h", "w + h"))   # same size, refuted
    os.utime(geo, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert geo.stat().st_size == st.st_size and geo.stat().st_mtime_ns == st.st_mtime_ns
    r = prove_incremental([tree], cache_dir=cache)
    assert r.stats.proved == 1 and r.result("geo.area").verdict == "refuted"


@pytest.mark.parametrize("damage", ["truncate", "garbage line", "empty", "another run's"])
def test_a_damaged_index_is_ignored_and_rebuilt(tree, tmp_path, damage):
    cache = tmp_path / "cache"
    cold = prove_incremental([tree], cache_dir=cache)
    index = next((cache / "runs").glob("*.index"))
    text = index.read_text()
    index.write_text({"truncate": text[:len(text) // 2], "garbage line": text + "\n[1, 2]", "empty": "",
                      "another run's": text.replace(index.stem, "0" * 64, 1)}[damage])
    again = prove_incremental([tree], cache_dir=cache)
    assert again.stats.proved == 0 and again.stats.cached == 3 and same(again, cold)   # from the entries
    assert prove_incremental([tree], cache_dir=cache).stats.cached == 3 and index.exists()   # written whole again


def _run(cache) -> str:
    return next((cache / "runs").glob("*.index")).stem


def test_a_text_that_does_not_have_the_hash_its_stat_vouched_for_restarts_the_run(tree, tmp_path):
    """If a stat vouches for a hash the text does not have (an index written while the file
    changed), the text read to prove it says so, and the run starts again hashing every file."""
    import time

    import proofs.incremental as inc

    cache = tmp_path / "cache"
    cold = prove_incremental([tree], cache_dir=cache)
    time.sleep(inc.RACY_NS / 1e9 + 0.1)
    prove_incremental([tree], cache_dir=cache)   # the stats recorded
    store = inc._Store(cache, _run(cache))
    lines = [line.raw.split("\t") for line in store.index().values()]   # its fields, then its results' heads
    lines = [[json.loads(meta), heads] for meta, heads in lines]
    geo = next(meta for meta, _ in lines if meta[0].endswith("geo.py"))
    assert geo[1] is not None
    geo[2]["sha"] = "0" * 64   # what the index says the unchanged stat stands for: not the text
    inc._write_entry(store._index_path(), store.run, "\n".join(json.dumps(meta) + "\t" + heads
                                                               for meta, heads in lines), dump=False)
    again = prove_incremental([tree], cache_dir=cache)
    assert same(again, cold) and again.stats.proved == 0 and again.stats.cached == 3


def test_the_collector_is_frozen_only_for_the_run_and_a_callers_freeze_is_kept(tree, tmp_path):
    """A run freezes what the process held (so the collector's passes skip it) and gives it
    back after; a caller that froze objects itself finds them still frozen."""
    import gc

    cache = tmp_path / "cache"
    cold = prove_incremental([tree], cache_dir=cache)
    assert gc.get_freeze_count() == 0
    mine = [[i] for i in range(1000)]
    gc.freeze()
    try:
        (tree / "clock.py").write_text(FILES["clock.py"] + "# edited\n")
        warm = prove_incremental([tree], cache_dir=cache)
        assert warm.stats.proved == 1 and gc.get_freeze_count() > 0
        assert not any(o is mine[0] for o in gc.get_objects())  # still in the permanent generation
    finally:
        gc.unfreeze()
    assert any(o is mine[0] for o in gc.get_objects())
    again = prove_incremental([tree], cache_dir=cache)
    assert gc.get_freeze_count() == 0 and same(again, cold) and same(again, prove_incremental([tree]))


SHAPE_EDITS = st.lists(st.tuples(st.sampled_from(["add", "call", "rename", "restore"]), st.sampled_from(sorted(FILES))),
                       min_size=1, max_size=4)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=SHAPE_EDITS)
def test_incremental_equals_from_scratch_after_edits_to_names_and_imports(tree, tmp_path_factory, edits):
    """Edits that change what files define and import (the import graph is then updated
    from the last run's: only the changed files' links are resolved again) give the report
    a run from scratch gives; renaming ``geo.area`` changes what ``house.py``, itself
    unchanged, finds defined."""
    cache = tmp_path_factory.mktemp("cache")
    for name, text in FILES.items():
        (tree / name).write_text(text)
    prove_incremental([tree], cache_dir=cache)
    for k, (edit, name) in enumerate(edits):
        path = tree / name
        if edit == "add":
            path.write_text(path.read_text() + f"\n\ndef extra_{k}(x: U['m']) -> U['m']:\n    return x\n")
        elif edit == "call" and name != "geo.py":
            path.write_text("import geo\n" + path.read_text()
                            + f"\n\ndef square_{k}(w: U['m']) -> U['m^2']:\n    return geo.area(w, w)\n")
        elif edit == "rename":
            geo = tree / "geo.py"
            text = geo.read_text()
            geo.write_text(text.replace("def area(", "def area2(") if "def area(" in text
                           else text.replace("def area2(", "def area("))
        else:
            path.write_text(FILES[name])
        assert same(prove_incremental([tree], cache_dir=cache), prove_incremental([tree]))


RENDERERS = {
    "summary": lambda r: r.summary(), "text": lambda r: r.to_text(), "verbose": lambda r: r.to_text(verbose=True),
    "markdown": lambda r: r.to_markdown(), "json": lambda r: r.to_json(), "sarif": lambda r: r.to_sarif(),
    "github": lambda r: r.to_github(), "html": lambda r: r.to_html(), "repr": repr,
    "counts": lambda r: (r.counts(), r.status, r.exit_code, len(r.results), len(r.shown)),
    "pickled": lambda r: __import__("pickle").loads(__import__("pickle").dumps(r.results)),
}


def _eager_and_lazy(paths, cache):
    """A run on ``cache`` as it is (cached results left undecoded) and the same run on a copy
    of it with every result decoded as it is read (from the entries, not the run's index),
    at one time."""
    import shutil
    from dataclasses import replace
    from unittest import mock

    import proofs.incremental as inc

    copy = shutil.copytree(cache, cache.with_name(cache.name + "-eager"), dirs_exist_ok=True)
    lazy = prove_incremental(paths, cache_dir=cache)
    with mock.patch.object(inc._Store, "from_index", lambda self, line, file: None):
        eager = prove_incremental(paths, cache_dir=copy)
    assert (eager.stats.proved, eager.stats.cached) == (lazy.stats.proved, lazy.stats.cached)
    assert type(eager.results) is tuple
    return replace(eager, seconds=0.0), replace(lazy, seconds=0.0)


@pytest.mark.parametrize("renderer", sorted(RENDERERS))
def test_a_lazy_report_renders_as_an_eager_one(tmp_path, renderer):
    """A warm run keeps the cached files' results undecoded (``LazyResults``: their heads as
    the index's text) until a renderer reads them; every rendering equals that of the same
    results decoded at once, on code with refutations, suggested edits, inferred units,
    notes and problems."""
    from proofs.serial import LazyResults

    paths = [ROOT / "datasets" / "examples", ROOT / "tests" / "prove_corpus" / "progs"]
    cache = tmp_path / "cache"
    cold = prove_incremental(paths, cache_dir=cache)
    eager, lazy = _eager_and_lazy(paths, cache)
    assert isinstance(lazy.results, LazyResults) and lazy.results._items is None
    assert len(lazy.results) == len(cold.results) > 50 and lazy.results._items is None   # counted unread
    assert RENDERERS[renderer](lazy) == RENDERERS[renderer](eager)
    assert lazy.results == eager.results == cold.results and same(lazy, cold)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_after_random_edits_a_lazy_report_renders_as_an_eager_one_and_as_from_scratch(tree, tmp_path_factory, edits):
    cache = tmp_path_factory.mktemp("cache")
    for name, text in FILES.items():
        (tree / name).write_text(text)
    prove_incremental([tree], cache_dir=cache)
    for name, unit in edits:
        path = tree / name
        path.write_text(path.read_text() + f"\n\ndef probe(x: U['{unit}'], y: U['m']):\n    return x + y\n")
        mixed = prove_incremental([tree], cache_dir=cache)   # the edited file proved, the others undecoded
        assert same(mixed, prove_incremental([tree]))
        eager, lazy = _eager_and_lazy([tree], cache)   # its heads as the index now holds them
        assert {k: f(lazy) for k, f in RENDERERS.items()} == {k: f(eager) for k, f in RENDERERS.items()}


def test_a_forged_head_in_the_index_is_an_error_naming_the_index_when_read(tree, tmp_path):
    """The index is checksummed whole; one rewritten with a valid checksum but heads that are
    no results is never run, and reading the results says which file to delete."""
    import proofs.incremental as inc

    cache = tmp_path / "cache"
    prove_incremental([tree], cache_dir=cache)
    store = inc._Store(cache, _run(cache))
    lines = [line.raw.split("\t")[0] + "\t" + json.dumps([{"$": "os.system", "v": ["true"]}])
             for line in store.index().values()]
    inc._write_entry(store._index_path(), store.run, "\n".join(lines), dump=False)
    warm = prove_incremental([tree], cache_dir=cache)
    assert warm.stats.cached == 3 and len(warm.results) == 6
    with pytest.raises(ValueError, match=f"proof cache index {store._index_path()} is damaged"):
        warm.counts()


SOLVED = {  # functions whose units are unknowns: each one's system goes to the solver
    "kin.py": ("def speed(d, t):\n    return d / t + d\n\n"
               "def push(m, a, f: U['N']):\n    return m * a + f\n\n"
               "def run(x, y, z):\n    w = x * y\n    return w + z + x\n\n"
               "def lap(d: U['m'], t):\n    return d / t + t\n"),
    "use.py": "import kin\n\ndef twice(d: U['m'], t: U['s']):\n    return kin.speed(d, t) * 2.0\n",
}


def _solver_calls(monkeypatch):
    """Count the dimension systems given to Z3; no verdict cache (on disk or in memory)."""
    import proofs.solve as solve
    from proofs import cache

    monkeypatch.setenv("ORACLE_CACHE_DIR", "off")
    calls = []
    real = solve._z3_dims

    def counted(*args, **kw):
        calls.append(args[0])
        return real(*args, **kw)

    monkeypatch.setattr(solve, "_z3_dims", counted)
    monkeypatch.setattr(cache, "_memory", {})
    return calls


def _fresh(tree):
    """A run from scratch, with no verdict cache."""
    from proofs import cache

    cache._memory.clear()
    return prove_incremental([tree])


def test_a_file_proved_again_takes_its_unchanged_functions_verdicts_from_its_entry(tmp_path, monkeypatch):
    """A file's entry keeps the solver's verdicts on its functions' systems; proving the file
    again after an edit to one function solves only that function's system, and the report
    is the one from scratch. A kept verdict that does not fit its system is solved again;
    ``use_cache=False`` reads none."""
    from proofs import cache as verdict_cache
    from proofs.incremental import _read_entry, _write_entry

    calls = _solver_calls(monkeypatch)
    tree = tmp_path / "src"
    tree.mkdir()
    for name, text in SOLVED.items():
        (tree / name).write_text(text)
    cache = tmp_path / "cache"
    cold = prove_incremental([tree], cache_dir=cache)
    assert cold.stats.proved == 2 and len(calls) >= 4
    kin = tree / "kin.py"
    kin.write_text(kin.read_text().replace("return w + z + x", "return w + z * x"))
    calls.clear()
    verdict_cache._memory.clear()
    one = prove_incremental([tree], cache_dir=cache)
    assert one.stats.proved == 1 and len(calls) == 1      # run() alone; speed, push, lap as kept
    assert same(one, _fresh(tree))

    # a body change that leaves every system as it was: no solver at all
    kin.write_text(kin.read_text().replace("    w = x * y\n", "    _probe = 0; w = x * y\n"))
    calls.clear()
    verdict_cache._memory.clear()
    none = prove_incremental([tree], cache_dir=cache)
    assert none.stats.proved == 1 and calls == [] and same(none, _fresh(tree))

    # kept verdicts that do not fit their systems (a forged model) are solved again
    for entry in (cache / "files").rglob("*.json"):
        value, _ = _read_entry(entry, entry.stem)
        if value.get("verdicts"):
            for v in value["verdicts"].values():
                v["model"] = {k: ["7"] * 7 for k in v["model"]}
            _write_entry(entry, entry.stem, value)
    kin.write_text(kin.read_text() + "# edited\n")
    calls.clear()
    verdict_cache._memory.clear()
    forged = prove_incremental([tree], cache_dir=cache)
    assert forged.stats.proved == 1 and len(calls) >= 3 and same(forged, _fresh(tree))

    kin.write_text(kin.read_text() + "# again\n")
    calls.clear()
    verdict_cache._memory.clear()
    off = prove_incremental([tree], cache_dir=cache, use_cache=False)
    assert off.stats.proved == 1 and len(calls) >= 3 and same(off, _fresh(tree))


SOLVED_EDITS = st.lists(st.tuples(st.sampled_from(["speed", "push", "run", "lap"]),
                                  st.sampled_from(["+ d", "* d", "- t", "", "+ 1.0"])), min_size=1, max_size=4)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=SOLVED_EDITS)
def test_incremental_with_kept_verdicts_equals_from_scratch_after_random_edits(tmp_path_factory, monkeypatch, edits):
    """Edits to the returns of some functions of a file (the others keep their systems, and
    their verdicts from the file's entry): each re-run's report is the one from scratch."""
    from proofs import cache as verdict_cache
    from proofs.incremental import _Store

    _solver_calls(monkeypatch)
    monkeypatch.setattr(_Store, "DELTA_SHARE", 1)   # every re-run's lines written as the index's delta
    tree = tmp_path_factory.mktemp("src")
    for name, text in SOLVED.items():
        (tree / name).write_text(text)
    cache = tmp_path_factory.mktemp("cache")
    prove_incremental([tree], cache_dir=cache)
    for fn, tail in edits:
        kin = tree / "kin.py"
        lines = kin.read_text().splitlines()
        at = next(k for k, line in enumerate(lines) if line.startswith(f"def {fn}("))
        ret = next(k for k in range(at, len(lines)) if lines[k].lstrip().startswith("return"))
        names = {"speed": "d", "push": "m", "run": "x", "lap": "t"}
        lines[ret] = lines[ret] + " " + tail.replace("d", names[fn]).replace("t", names[fn]) if tail else lines[ret]
        kin.write_text("\n".join(lines) + "\n")
        verdict_cache._memory.clear()
        assert same(prove_incremental([tree], cache_dir=cache), _fresh(tree))


def test_a_rerun_writes_only_its_changed_lines_beside_the_index(tree, tmp_path, monkeypatch):
    """A re-run whose lines differ from the index file in a few files writes only those, as
    the index's delta (checksummed, naming the index it is over); a warm run reads both.
    A damaged delta, or one over another index, is ignored (the index alone is an older,
    valid one: the files it no longer describes are hashed); once the lines that differ
    grow past the share, the index is written whole and the delta deleted."""
    import proofs.incremental as inc

    monkeypatch.setattr(inc._Store, "DELTA_SHARE", 1)
    cache = tmp_path / "cache"
    cold = prove_incremental([tree], cache_dir=cache)
    index = next((cache / "runs").glob("*.index"))
    delta = index.with_suffix(".delta")
    before = index.read_bytes()
    (tree / "clock.py").write_text(FILES["clock.py"].replace("d / t", "t / d"))
    one = prove_incremental([tree], cache_dir=cache)
    assert one.stats.proved == 1 and same(one, prove_incremental([tree]))
    assert index.read_bytes() == before and delta.is_file() and "clock.py" in delta.read_text()
    assert "geo.py" not in delta.read_text()
    warm = prove_incremental([tree], cache_dir=cache)
    assert (warm.stats.proved, warm.stats.cached) == (0, 3) and same(warm, one)
    assert set(inc._Store(cache, _run(cache)).index()) == {str(tree / n) for n in FILES}

    (tree / "geo.py").write_text(FILES["geo.py"].replace("w * h", "w + h"))   # a second file: both in the delta
    two = prove_incremental([tree], cache_dir=cache)
    assert two.stats.proved == 1 and same(two, prove_incremental([tree]))
    assert index.read_bytes() == before and all(n in delta.read_text() for n in ("clock.py", "geo.py"))

    text = delta.read_text()
    delta.write_text(text[:-10] + "garbage")   # damaged: ignored and deleted, the results still right
    r = prove_incremental([tree], cache_dir=cache)
    assert r.stats.proved == 0 and same(r, two) and delta.is_file()   # written again from the index read
    head, _, body = delta.read_text().partition("\n")
    inc._write_entry(delta, _run(cache) + ".delta", "0" * 64 + "\n" + body.partition("\n")[2], dump=False)
    r = prove_incremental([tree], cache_dir=cache)   # a delta over another index: ignored
    assert r.stats.proved == 0 and same(r, two)

    for name, text in FILES.items():   # back to the index's own lines: the delta goes
        (tree / name).write_text(text)
    r = prove_incremental([tree], cache_dir=cache)
    assert same(r, cold) and not delta.exists() and index.read_bytes() == before

    monkeypatch.setattr(inc._Store, "DELTA_SHARE", 10 ** 9)   # any change is past the share: written whole
    (tree / "clock.py").write_text(FILES["clock.py"] + "# edited\n")
    r = prove_incremental([tree], cache_dir=cache)
    assert r.stats.proved == 1 and not delta.exists() and index.read_bytes() != before
    assert same(prove_incremental([tree], cache_dir=cache), prove_incremental([tree]))
