"""Incremental proofs: a persistent, content-addressed cache of each file's results, with
an early cut-off by interface.

A file's proofs read other files only through the names it mentions: the functions it
calls and the classes it names, each found in the one file its import resolves to
(:mod:`psg.imports`: ``import a.b``, ``from ..x import y``, aliases; a name not imported
is its own file's). What they read of a name is that name's *interface*
(:mod:`proofs.interface`: a hash per function and class, of its signature, inferred
result and the obligations a call copies). So a file's results are stored under a key made
of its own text and, for each name it mentions, the file that defines it and that file's
interface hash of it (plus the prover's own source :func:`prover_version` and the
options). Files that mention each other (an import cycle) form one unit (a strongly
connected component), keyed and proved together.

A re-run goes through the units in dependency order. A unit whose text changed is proved
again; so is one whose key changed because a name it mentions now has another interface;
a unit whose key is in the cache takes its results from there. Proving a unit gives its
new interface: when an edit left that unchanged (a body, a comment), the units that use it
keep their keys and their cached results ("early cut-off", as in Shake, Salsa, rustc).
Adding, removing or renaming a function, a class or a file changes only the keys of the
files that mention those names. Proving parses the units to prove with the files they
depend on (to have their callees), and infers them unit by unit, dependencies first, so a
unit's results never depend on which units after it were read: they equal a run from
scratch.

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
        h = hashlib.sha256(b"prove-cache-2")
        root = Path(__file__).resolve().parent.parent
        for pkg in ("psg", "zipper", "proofs"):
            for f in sorted((root / pkg).glob("*.py")):
                h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
        _VERSION.append(h.hexdigest())
    return _VERSION[0]


@dataclass
class Stats:
    """What one run did: files read, parsed and inferred, proved again, taken from the
    cache; rounds of proving (a round per wave of changed interfaces); the files of the
    largest unit (an import cycle, proved as one); why all of it."""

    files: int = 0
    largest_unit: int = 0
    proved: int = 0
    cached: int = 0
    parsed: int = 0
    rounds: int = 0
    full_reason: str = ""


def prove_incremental(paths, *, cache_dir: str | Path | None = None, timeout_ms: int = DEFAULT_TIMEOUT_MS,
                      strict_literals: bool = False, executor=None, progress=None,
                      use_cache: bool = True) -> ProofReport:
    """Prove files or folders (as :func:`proofs.prove` does), proving again only the files
    whose key changed since the runs recorded in ``cache_dir`` (see the module's text).

    ``cache_dir`` None keeps nothing between runs (``use_cache=False`` also bypasses the
    solver's verdict cache: ``oracle prove --no-cache``). Functions are decided through
    ``executor`` (see :mod:`proofs.executor`). ``report.stats`` says what was proved again."""
    from psg import parse_sources
    from psg.build import run_roots
    from psg.imports import Modules

    t0 = time.perf_counter()
    timeout_ms = check_timeout(timeout_ms)
    items = list(paths) if isinstance(paths, (list, tuple)) else [paths]
    sources, read_problems = _read_sources(items)
    text = dict(sources)
    order = [name for name, _ in sources]
    modules = Modules(order, run_roots(items))
    sha = {name: hashlib.sha256(t.encode("utf-8", "surrogatepass")).hexdigest() for name, t in sources}
    salt = hashlib.sha256(json.dumps([prover_version(), timeout_ms, strict_literals, len(order) > 1]).encode()
                          ).hexdigest()
    store = _Store(Path(cache_dir), _run_key(items, salt)) if cache_dir else None
    manifest = store.manifest() if store else None
    stats = Stats(files=len(order))
    if manifest is None:
        stats.full_reason = "no earlier run"
    old = manifest or {}

    # what each file mentions and defines: kept from the last run, read again where its text changed
    changed = [n for n in order if n not in old or old[n]["sha"] != sha[n]]
    records = {n: old[n] for n in order if n in old and old[n]["sha"] == sha[n]}
    parsed = None
    if changed:
        parsed = parse_sources([(n, text[n]) for n in changed], keep_going=True, modules=modules)
        records.update(_records(parsed, changed, sha))
        if len(changed) < len(order):
            parsed = None  # not the whole run: the files to prove are parsed with their dependencies
    shown = _module_names(order)
    graph = _Graph(order, records, shown, modules)
    stats.largest_unit = max((len(unit) for unit in graph.units), default=0)
    changed_set = set(changed)
    entries: dict[str, dict] = {}     # file -> its interface (when its unit is decided)
    done: dict[str, tuple] = {}       # file -> (results, problems)
    decided: set[int] = set()
    while True:
        dirty = []
        for u, members in enumerate(graph.units):
            if u in decided:
                continue
            if changed_set.intersection(members):
                dirty.append(u)  # proved with the units it depends on, whether they changed or not
                continue
            if any(p not in decided for p in graph.providers[u]):
                continue  # its key waits for the interfaces of the units it depends on
            hit = _lookup(store, graph.key(u, salt, sha, entries), members)
            if hit is None:
                dirty.append(u)
            else:
                for m in members:
                    entries[m] = hit[m]["interface"]
                    done[m] = (hit[m]["results"], hit[m]["problems"])
                    stats.cached += 1
                decided.add(u)
        if not dirty:
            break
        stats.rounds += 1
        scope = graph.closure(dirty)
        files = [n for u in scope for n in graph.units[u]]
        psg = parsed if parsed is not None and len(files) == len(order) else parse_sources(
            [(n, text[n]) for n in order if graph.unit_of[n] in scope], keep_going=True, modules=modules)
        parsed = None
        stats.parsed += len(files)
        _prove_units(psg, graph, sorted(scope), decided, store, salt, sha, entries, done, stats,
                     dict(strict_literals=strict_literals, qualified=len(order) > 1, module_names=shown),
                     dict(timeout_ms=timeout_ms, use_cache=use_cache, progress=progress, executor=executor))
        decided |= scope
    if store is not None and (manifest is None or changed or set(old) != set(order)):
        store.save_manifest(records)

    all_results, all_problems = [], list(read_problems)
    for name in order:
        rs, ps = done[name]
        all_results.extend(sorted(rs, key=lambda r: (r.span.line, r.span.col, r.name)))
        all_problems.extend(ps)
    report = ProofReport(tuple(all_results), tuple(order), time.perf_counter() - t0, tuple(sources),
                         tuple(all_problems))
    object.__setattr__(report, "stats", stats)
    return report


def _prove_units(psg, graph, scope: list[int], decided: set[int], store, salt, sha, entries, done, stats,
                 infer_options: dict, check_options: dict) -> None:
    """Infer the units of ``scope`` (dependencies first), record their interfaces, take
    each undecided one from the cache if its key is there, and prove the others."""
    from .infer import infer
    from .interface import interfaces

    system = infer(psg, units=[graph.units[u] for u in scope], **infer_options)
    files = [n for u in scope for n in graph.units[u]]
    found = interfaces(system, files)
    problems: dict[str, list] = {}
    for p in tuple(psg.problems) + tuple(system.problems):
        problems.setdefault(p.file, []).append(p)
    to_prove: dict[str, str] = {}  # file -> key
    for u in scope:
        if u in decided:
            continue
        for m in graph.units[u]:
            entries[m] = found.get(m, {})
        key = graph.key(u, salt, sha, entries)
        hit = _lookup(store, key, graph.units[u])
        for m in graph.units[u]:
            if hit is not None:
                done[m] = (hit[m]["results"], hit[m]["problems"])
                stats.cached += 1
            else:
                to_prove[m] = _member_key(key, m)
    if not to_prove:
        return
    names = [name for name, fs in system.functions.items() if psg.nodes[fs.node].span.file in to_prove]
    fresh: dict[str, list] = {m: [] for m in to_prove}
    for r in check(system, names=names, **check_options):
        fresh[r.span.file].append(canonical(r))
    for m, key in to_prove.items():
        done[m] = (fresh[m], problems.get(m, []))
        stats.proved += 1
        if store is not None:
            store.put(key, fresh[m], problems.get(m, []), entries[m])


def _member_key(unit_key: str, member: str) -> str:
    return hashlib.sha256(f"{unit_key}\0{member}".encode("utf-8", "surrogatepass")).hexdigest()


def _lookup(store, key: str, members) -> dict | None:
    """Every member's cached entry under the unit's ``key``, or None if one is missing."""
    if store is None:
        return None
    got = {}
    for m in members:
        hit = store.get(_member_key(key, m))
        if hit is None:
            return None
        got[m] = hit
    return got


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
    """Per file: its hash, whether it parsed, the functions and classes it defines (their
    labels), what it imports (``imports``: local name ->
    ``[level, module, name]``, :mod:`psg.imports`) and the names it mentions that another
    file could define, as it writes them (``mentions``): the functions and classes it
    calls, the capitalised names its scope does not bind (inference looks them up as
    classes), the classes its annotations and base classes name. Nothing here depends on
    the other files of the run: where each name leads is found again on every run."""
    links = psg.links
    out = {n: {"sha": sha[n], "parsed": False, "defines": set(), "imports": {}, "mentions": set()} for n in names}
    for root in psg.roots:
        file = psg.nodes[root].span.file
        rec = out.get(file)
        if rec is None:
            continue
        rec["parsed"] = True
        rec["imports"] = {k: list(v) for k, v in links.imports.get(file, {}).items()}
        used = rec["mentions"]
        used.update(links.mentions.get(file, ()))
        for i in psg.walk(root):
            n = psg.nodes[i]
            if n.kind in ("function", "class"):
                rec["defines"].add(n.label)
            if n.kind == "class":
                used.update(n.get("bases", ()) or ())
                for field in n.get("fields", ()) or ():
                    if field[1] is not None:
                        used.update(_annotation_classes(field[1]))
            elif n.kind == "name" and not psg.defs.get(i):
                local = n.get("local", n.label)
                if local[:1].isupper():
                    used.add(local)  # a name bound in its scope is never a class looked up
            if n.ann is not None:
                used.update(_annotation_classes(n.ann))
    return {n: {**r, "defines": sorted(r["defines"]), "mentions": sorted(r["mentions"])} for n, r in out.items()}


def _annotation_classes(ann) -> set[str]:
    found = {ann.cls} if ann.cls else set()
    for item in ann.items or ():
        if item is not None:
            found |= _annotation_classes(item)
    return found


class _Graph:
    """Which file each file's mentioned names come from (:mod:`psg.imports`: through its
    imports, the module's file in the run; a name not imported, its own file), the units
    (strongly connected components, dependencies first) and each unit's key.

    The PSG links a call, and inference a class name, to exactly that file and only where
    that file defines the name, so a file depends on the files its mentions resolve to and
    that define them, and on nothing else (a name re-exported by an ``__init__.py`` is
    found in none: it is not analysed)."""

    def __init__(self, order: list[str], records: dict[str, dict], shown: dict[str, str], modules) -> None:
        import networkx as nx

        from psg.imports import Links

        self.order, self.records, self.shown = order, records, shown
        index = {n: k for k, n in enumerate(order)}
        self.links = Links(modules)
        for n in order:
            for local, imported in records[n]["imports"].items():
                self.links.add(n, local, tuple(imported))
        defines = {n: set(records[n]["defines"]) for n in order}
        self.uses: dict[str, list[tuple[str, str, str, bool]]] = {}  # file -> (mention, file, name, defined there)
        g = nx.DiGraph()
        g.add_nodes_from(order)
        for n in order:
            uses = []
            for mention in records[n]["mentions"]:
                found = self.links.where(n, mention)
                if found is not None and found[0] != n:
                    uses.append((mention, *found, found[1] in defines[found[0]]))
            self.uses[n] = uses
            g.add_edges_from((f, n) for _, f, _, defined in uses if defined)  # provider -> user
        cond = nx.condensation(g)
        first = {c: min(index[m] for m in cond.nodes[c]["members"]) for c in cond}
        topo = list(nx.lexicographical_topological_sort(cond, key=first.get))
        number = {c: k for k, c in enumerate(topo)}
        self.units = [sorted(cond.nodes[c]["members"], key=index.get) for c in topo]
        self.unit_of = {m: k for k, unit in enumerate(self.units) for m in unit}
        self.providers = [sorted(number[p] for p in cond.predecessors(c)) for c in topo]

    def closure(self, units: list[int]) -> set[int]:
        """The units and every unit they depend on."""
        seen, todo = set(units), list(units)
        while todo:
            for p in self.providers[todo.pop()]:
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        return seen

    def key(self, u: int, salt: str, sha: dict[str, str], entries: dict[str, dict]) -> str:
        """The unit's key: the prover and options, its members' names, texts and module
        names shown, and for each name they mention from another unit, the file it comes
        from and that file's interface hashes of it (and whether the file was parsed); a
        name that file does not define: that it does not (its text says so)."""
        members = self.units[u]
        inside = set(members)
        h = hashlib.sha256(salt.encode())
        for m in members:
            h.update(f"\0{m}\0{sha[m]}\0{self.shown.get(m, '')}".encode("utf-8", "surrogatepass"))
        for m in members:
            parts = [[mention, f, entries[f].get("ok"), entries[f].get(f"f:{name}"), entries[f].get(f"c:{name}")]
                     if defined else [mention, f, self.records[f]["parsed"], False]
                     for mention, f, name, defined in self.uses[m] if f not in inside]
            h.update(json.dumps(parts, separators=(",", ":")).encode("utf-8", "surrogatepass"))
        return h.hexdigest()


def _module_names(order: list[str]) -> dict[str, str]:
    """The module name shown for each file whose stem another file of the run shares: its
    dotted path from the folder holding all the run's files (``scipy.linalg.utils``)."""
    import os
    from collections import Counter

    stems = Counter(Path(n).stem for n in order)
    shared = [n for n in order if stems[Path(n).stem] > 1]
    if not shared:
        return {}
    root = os.path.commonpath([os.path.abspath(os.path.dirname(n)) for n in order])
    return {n: ".".join(Path(os.path.relpath(os.path.abspath(n), root)).with_suffix("").parts) for n in shared}


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
        interface = value.get("interface")
        if not (isinstance(interface, dict) and all(isinstance(v, str) for v in interface.values())):
            return None
        return {"results": [replace(r, **fields, cached=True) for r, fields in zip(heads, lazy)], "problems": problems,
                "interface": interface}

    def put(self, key: str, results: list, problems: list, interface: dict[str, str]) -> None:
        """Each result with its :data:`~proofs.serial.LAZY_FIELDS` kept apart as JSON text
        (with their lengths, and :func:`proofs.solve.meets_units`), read back only when used;
        and the file's interface (:mod:`proofs.interface`)."""
        from .solve import meets_units

        value = {"results": [encode(replace(r, **{f: () for f in LAZY_FIELDS})) for r in results],
                 "lazy": [[meets_units(r.obligations)] + [[len(getattr(r, f)), json.dumps(
                     encode(getattr(r, f)), separators=(",", ":"))] for f in LAZY_FIELDS] for r in results],
                 "problems": [encode(p) for p in problems], "interface": interface}
        _write_entry(self._entry(key), key, value)

    def manifest(self) -> dict | None:
        """The records (:func:`_records`) of the last run over these paths; None if there
        is none or it is not one."""
        value = cache.read_verified(self.root / "runs" / f"{self.run}.json", self.run)
        if not isinstance(value, dict) or not all(_is_record(r) for r in value.values()):
            return None
        return value

    def save_manifest(self, records: dict[str, dict]) -> None:
        cache.write_verified(self.root / "runs" / f"{self.run}.json", self.run, records)


def _is_record(r) -> bool:
    def strings(x) -> bool:
        return isinstance(x, list) and all(isinstance(v, str) for v in x)

    def imported(x) -> bool:
        return (isinstance(x, list) and len(x) == 3 and type(x[0]) is int and isinstance(x[1], str)
                and (x[2] is None or isinstance(x[2], str)))

    return (isinstance(r, dict) and set(r) == {"sha", "parsed", "defines", "imports", "mentions"}
            and isinstance(r["sha"], str) and type(r["parsed"]) is bool and strings(r["mentions"])
            and strings(r["defines"])
            and isinstance(r["imports"], dict) and all(imported(x) for x in r["imports"].values()))


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
