"""Incremental proofs: a persistent, content-addressed cache of each file's results.

A file's results are stored under the hash of its own text, of the text of every file its
proofs depend on, of the prover's own source (:func:`prover_version`) and of the options.
A file depends on the files whose names it mentions: the modules of its dotted calls (the
PSG links calls by module name), the files defining a class it names (classes are found by
name), the other files of its module name; and on what those depend on, in turn.
So a re-run proves again only the files that changed and the files that depend on them;
each keeps its key by the hash of its strongly connected component of that graph (a
Merkle hash), so the check is linear in the number of files.

What a file *defines* (its module name, functions and classes) is recorded too: when a
changed file defines other names than before, or a file comes or goes, what depends on
what may change everywhere, and the whole run is proved again (correct, not incremental).

Entries are JSON, checksummed and written atomically (:mod:`proofs.cache`); a damaged or
forged one is ignored, deleted and proved again. The folder can be kept between CI runs
(``oracle prove --cache-dir``) and shared between processes. Results that came from the
cache are marked (``FunctionResult.cached``).
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, replace
from pathlib import Path

from . import cache
from .report import ProofReport
from .serial import LAZY_FIELDS, Lazy, decode, encode
from .solve import DEFAULT_TIMEOUT_MS, check, check_timeout

_VERSION: list[str] = []


def prover_version() -> str:
    """The SHA-256 of the prover's own source (``psg``, ``zipper``, ``proofs``): any change
    to how code is read or proved starts every cache afresh."""
    if not _VERSION:
        h = hashlib.sha256(b"prove-cache-1")
        root = Path(__file__).resolve().parent.parent
        for pkg in ("psg", "zipper", "proofs"):
            for f in sorted((root / pkg).glob("*.py")):
                h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
        _VERSION.append(h.hexdigest())
    return _VERSION[0]


@dataclass
class Stats:
    """What one run did: files read, proved again, taken from the cache; why a full run."""

    files: int = 0
    proved: int = 0
    cached: int = 0
    full_reason: str = ""


def prove_incremental(paths, *, cache_dir: str | Path | None = None, timeout_ms: int = DEFAULT_TIMEOUT_MS,
                      strict_literals: bool = False, executor=None, progress=None,
                      use_cache: bool = True) -> ProofReport:
    """Prove files or folders (as :func:`proofs.prove` does), proving again only what changed
    since the run recorded in ``cache_dir`` and what depends on it.

    ``cache_dir`` None keeps nothing between runs (``use_cache=False`` also bypasses the
    solver's verdict cache: ``oracle prove --no-cache``). Functions are decided through
    ``executor`` (see :mod:`proofs.executor`). ``report.stats`` says what was proved again."""
    from psg import parse_sources

    from .infer import infer

    t0 = time.perf_counter()
    timeout_ms = check_timeout(timeout_ms)
    items = list(paths) if isinstance(paths, (list, tuple)) else [paths]
    sources, read_problems = _read_sources(items)
    text = dict(sources)
    order = [name for name, _ in sources]
    sha = {name: hashlib.sha256(t.encode("utf-8", "surrogatepass")).hexdigest() for name, t in sources}
    salt = hashlib.sha256(json.dumps([prover_version(), timeout_ms, strict_literals]).encode()).hexdigest()
    store = _Store(Path(cache_dir), _run_key(items, salt)) if cache_dir else None
    manifest = store.manifest() if store else None
    stats = Stats(files=len(order))

    entries: dict[str, dict] = {}
    if manifest is None or set(manifest) != set(order):
        stats.full_reason = "no earlier run" if manifest is None else "files were added or removed"
        todo = set(order)
    else:
        keys = _keys(order, sha, manifest, salt)
        for name in order:
            if manifest[name]["sha"] == sha[name]:
                hit = store.get(keys[name])
                if hit is not None:
                    entries[name] = hit
        todo = set(order) - set(entries)
    records = dict(manifest or {})
    fresh: dict[str, list] = {}
    problems: dict[str, list] = {}
    if todo:
        changed = {n for n in todo if manifest is None or n not in manifest or manifest[n]["sha"] != sha[n]}
        if stats.full_reason:
            records = {}
        scope = set(order) if stats.full_reason else _closure(todo, records)
        while True:
            psg = parse_sources([(n, text[n]) for n in order if n in scope], keep_going=True)
            new = _records(psg, [n for n in order if n in scope], sha)
            if not stats.full_reason:
                moved = sorted(n for n in changed if n in new and new[n]["defines"] != records[n]["defines"])
                if moved:
                    stats.full_reason = f"{moved[0]} defines other names than before"
                    scope, records = set(order), {}
                    continue
            merged = {**records, **new}
            _link(merged)
            wider = _closure(scope, merged) - scope
            if not wider:
                break
            scope |= wider
        records = merged
        system = infer(psg, strict_literals=strict_literals, qualified=len(order) > 1)
        results = check(system, timeout_ms=timeout_ms, use_cache=use_cache, progress=progress, executor=executor)
        for r in results:
            fresh.setdefault(r.span.file, []).append(canonical(r))
        for p in tuple(psg.problems) + tuple(system.problems):
            problems.setdefault(p.file, []).append(p)
        stats.proved = len(scope)
        keys = _keys(order, sha, records, salt)
        if store is not None:
            for name in scope:
                entries.pop(name, None)
                store.put(keys[name], fresh.get(name, []), problems.get(name, []))
            store.save_manifest(records)
        proved_now = scope
    else:
        proved_now = set()
    stats.cached = len(order) - len(proved_now)
    all_results, all_problems = [], list(read_problems)
    for name in order:
        if name in proved_now:
            rs, ps = fresh.get(name, []), problems.get(name, [])
        else:
            rs = entries[name]["results"]
            ps = entries[name]["problems"]
        all_results.extend(sorted(rs, key=lambda r: (r.span.line, r.span.col, r.name)))
        all_problems.extend(ps)
    report = ProofReport(tuple(all_results), tuple(order), time.perf_counter() - t0, tuple(sources),
                         tuple(all_problems))
    object.__setattr__(report, "stats", stats)
    return report


def _read_sources(items) -> tuple[list[tuple[str, str]], list]:
    """``(file, text)`` of every ``.py`` file the paths name (each once), and the problems of
    the files that cannot be read; a path that does not exist is a SourceError."""
    import os

    from psg.build import python_files
    from psg.errors import SourceError
    from psg.source import read_source

    for p in items:
        if not os.path.exists(p):
            raise SourceError("no such file or folder", str(p))
    sources, problems, seen = [], [], set()
    for p in items:
        files = python_files(p)
        if Path(p).is_dir() and not files:
            problems.append(SourceError("folder holds no .py file", str(p)))
        for f in files:
            if str(f) in seen:  # a file named twice (itself and in its folder) is proved once
                continue
            seen.add(str(f))
            try:
                sources.append((str(f), read_source(f)))
            except SourceError as problem:
                problems.append(problem)
    return sources, problems


def canonical(r):
    """``r`` with its obligations numbered from 0 and its unknowns from 0 in order of first
    use, so a function's result does not depend on which other files one run read."""
    from .terms import DimTerm

    ids = {o.id: k for k, o in enumerate(r.obligations)}
    names: dict[int, int] = {}
    for o in (*r.obligations, *(m for f in r.findings for m in f.obligations)):
        for t in (o.left, o.right):
            if isinstance(t, DimTerm):
                for v in t.vars:
                    names.setdefault(v, len(names))

    def term(t):
        return t.rename(names) if isinstance(t, DimTerm) else t

    def ob(o):
        return replace(o, id=ids.get(o.id, o.id), left=term(o.left), right=term(o.right))

    obs = tuple(ob(o) for o in r.obligations)
    by_id = {o.id: n for o, n in zip(r.obligations, obs)}
    findings = tuple(replace(f, obligations=tuple(by_id.get(o.id) or ob(o) for o in f.obligations))
                     for f in r.findings)
    return replace(r, obligations=obs, findings=findings)


def _run_key(items, salt: str) -> str:
    """The manifest's name: the prover, the options and the paths of the run."""
    roots = sorted(str(Path(p).resolve()) for p in items)
    return hashlib.sha256(json.dumps([salt, roots]).encode()).hexdigest()


def _records(psg, names: list[str], sha: dict[str, str]) -> dict[str, dict]:
    """Per file: its hash, what it defines (module name, functions, classes) and what it
    mentions that another file could define: the module of a dotted call, a class (a
    capitalised name or callee, an annotation's class, a base class)."""
    out = {n: {"sha": sha[n], "stem": Path(n).stem, "defines": [], "classes": [], "modules_used": set(),
               "classes_used": set()} for n in names}
    for root in psg.roots:
        rec = out.get(psg.nodes[root].span.file)
        if rec is None:
            continue
        defines, mods, classes = set(), rec["modules_used"], rec["classes_used"]
        for i in psg.walk(root):
            n = psg.nodes[i]
            if n.kind in ("function", "class"):
                defines.add(f"{n.kind} {n.label}")
            if n.kind == "class":
                rec["classes"].append(n.label.rpartition(".")[2])
                classes.update(b.rpartition(".")[2] for b in n.get("bases", ()) or ())
            elif n.kind == "call":
                parts = n.label.split(".")
                if len(parts) > 1:
                    mods.add(parts[-2])
                if parts[-1][:1].isupper():
                    classes.add(parts[-1])
            elif n.kind == "name" and n.label[:1].isupper():
                classes.add(n.label.rpartition(".")[2])
            if n.ann is not None:
                classes.update(_annotation_classes(n.ann))
        rec["defines"] = sorted(defines)
    for rec in out.values():
        rec["classes"] = sorted(set(rec["classes"]))
    return out


def _annotation_classes(ann) -> set[str]:
    found = {ann.cls.rpartition(".")[2]} if ann.cls else set()
    for item in ann.items or ():
        if item is not None:
            found |= _annotation_classes(item)
    return found


def _link(records: dict[str, dict]) -> None:
    """Each new record's direct dependencies (``deps``): the files whose module name or
    class it mentions, and the other files of its own module name."""
    stems: dict[str, set[str]] = {}
    classes: dict[str, set[str]] = {}
    for name, rec in records.items():
        stems.setdefault(rec["stem"], set()).add(name)
        for c in rec["classes"]:
            classes.setdefault(c, set()).add(name)
    for name, rec in records.items():
        if "modules_used" not in rec:
            continue
        deps = set(stems.get(rec["stem"], ()))
        for m in rec.pop("modules_used"):
            deps |= stems.get(m, set())
        for c in rec.pop("classes_used"):
            deps |= classes.get(c, set())
        deps.discard(name)
        rec["deps"] = sorted(deps)


def _closure(start: set[str], records: dict[str, dict]) -> set[str]:
    seen, todo = set(start), list(start)
    while todo:
        for d in records.get(todo.pop(), {}).get("deps", ()):
            if d not in seen:
                seen.add(d)
                todo.append(d)
    return seen


def _keys(order: list[str], sha: dict[str, str], records: dict[str, dict], salt: str) -> dict[str, str]:
    """Every file's key: the prover and options (``salt``), its name and the Merkle hash of
    its strongly connected component (members' names and texts, then the keys of the
    components it depends on)."""
    import networkx as nx

    g = nx.DiGraph()
    g.add_nodes_from(order)
    g.add_edges_from((n, d) for n in order for d in records.get(n, {}).get("deps", ()) if d in sha)
    cond = nx.condensation(g)
    comp_key: dict[int, str] = {}
    for c in reversed(list(nx.topological_sort(cond))):  # dependencies first
        h = hashlib.sha256()
        for m in sorted(cond.nodes[c]["members"]):
            h.update(f"{m}\0{sha[m]}\0".encode())
        for k in sorted(comp_key[s] for s in cond.successors(c)):
            h.update(k.encode())
        comp_key[c] = h.hexdigest()
    mapping = cond.graph["mapping"]
    return {n: hashlib.sha256(f"{salt}\0{n}\0{comp_key[mapping[n]]}".encode()).hexdigest() for n in order}


class _Store:
    """One cache folder: file entries by key, and the manifest of the run over these paths."""

    def __init__(self, root: Path, run: str) -> None:
        self.root, self.run = root, run

    def _entry(self, key: str) -> Path:
        return self.root / "files" / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        """The entry's results (marked cached; their :data:`~proofs.serial.LAZY_FIELDS` read
        when first used) and problems; None if missing, damaged or forged."""
        from psg.errors import SourceError

        from .solve import FunctionResult

        path = self._entry(key)
        value = _read_entry(path, key)
        if not (isinstance(value, dict) and isinstance(value.get("results"), list)
                and isinstance(value.get("lazy"), list) and isinstance(value.get("problems"), list)
                and len(value["results"]) == len(value["lazy"])):
            return None
        try:
            heads = [decode(r) for r in value["results"]]
            problems = [decode(p) for p in value["problems"]]
            lazy = [_lazy(fields, str(path)) for fields in value["lazy"]]
        except (ValueError, TypeError, KeyError, IndexError, RecursionError):
            return None
        if not (all(isinstance(r, FunctionResult) for r in heads) and all(isinstance(p, SourceError) for p in problems)):
            return None
        return {"results": [replace(r, **fields, cached=True) for r, fields in zip(heads, lazy)], "problems": problems}

    def put(self, key: str, results: list, problems: list) -> None:
        """Each result with its :data:`~proofs.serial.LAZY_FIELDS` kept apart as JSON text
        (with their lengths, and :func:`proofs.solve.meets_units`), read back only when used."""
        from .solve import meets_units

        value = {"results": [encode(replace(r, **{f: () for f in LAZY_FIELDS})) for r in results],
                 "lazy": [[meets_units(r.obligations)] + [[len(getattr(r, f)), json.dumps(
                     encode(getattr(r, f)), separators=(",", ":"))] for f in LAZY_FIELDS] for r in results],
                 "problems": [encode(p) for p in problems]}
        _write_entry(self._entry(key), key, value)

    def manifest(self) -> dict | None:
        value = cache.read_verified(self.root / "runs" / f"{self.run}.json", self.run)
        if not isinstance(value, dict):
            return None
        fields = {"sha", "stem", "defines", "classes", "deps"}
        if not all(isinstance(r, dict) and set(r) == fields for r in value.values()):
            return None
        return value

    def save_manifest(self, records: dict[str, dict]) -> None:
        cache.write_verified(self.root / "runs" / f"{self.run}.json", self.run, records)


def _lazy(fields: list, source: str) -> dict:
    """A result's lazy fields from what :meth:`_Store.put` wrote: ``[meets_units, [length,
    text] per field]``; ValueError if it is anything else."""
    meets, *parts = fields
    if type(meets) is not bool or len(parts) != len(LAZY_FIELDS) or not all(
            isinstance(p, list) and len(p) == 2 and type(p[0]) is int and type(p[1]) is str for p in parts):
        raise ValueError("not the lazy fields of a result")
    return {f: Lazy(text, n, f, source, meets if f == "obligations" else None)
            for f, (n, text) in zip(LAZY_FIELDS, parts)}


def _write_entry(path: Path, key: str, value) -> None:
    """One line naming the key and the SHA-256 of the value's text, then that text: checked
    on reading without encoding the value again. Atomic; a read-only cache only costs time."""
    body = json.dumps(value, separators=(",", ":"))
    head = json.dumps({"key": key, "sha256": hashlib.sha256(f"{key}\0{body}".encode()).hexdigest()})
    try:
        cache.sweep_orphans(path.parent)
        cache.write_atomic(path, head + "\n" + body)
    except OSError:
        pass


def _read_entry(path: Path, key: str):
    """The value at ``path`` if its head names ``key`` and its text matches the checksum;
    otherwise None, and a damaged entry is deleted (so it is proved and written again)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        text = ""
    head, _, body = text.partition("\n")
    try:
        doc = json.loads(head)
        if (isinstance(doc, dict) and doc.get("key") == key
                and doc.get("sha256") == hashlib.sha256(f"{key}\0{body}".encode()).hexdigest()):
            return json.loads(body)
    except (ValueError, RecursionError):
        pass
    try:
        path.unlink()
    except OSError:
        pass
    return None
