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

A warm run reads one file, not an entry per file: the run's *index* (:class:`_Store`) keeps
per file its stat, hash, links and key and its results' heads (the bulk stays in the
entries, read when used). A file whose stat is the one recorded is not read at all; the
import graph is saved too, under a hash of every file's links (:func:`_graph_key`). A
re-run that changed the lines of few files writes only those, beside the index (its
*delta*, :meth:`_Store.save_index`), not the whole index again.

An entry also keeps the solver's verdicts on its file's dimension systems
(:class:`~proofs.solve.Verdicts`): proving the file again after an edit, only the
functions whose systems changed go to Z3 (a kept verdict is checked as a cached one is).
"""
from __future__ import annotations

import gc
import hashlib
import json
import time
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from operator import itemgetter
from pathlib import Path

from . import cache
from .report import ProofReport
from .serial import LAZY_FIELDS, LazyResults, decode, decode_heads, encode, encode_head
from .solve import DEFAULT_TIMEOUT_MS, Verdicts, check, check_timeout

_VERSION: list[str] = []


def prover_version() -> str:
    """The SHA-256 of the prover's own source (``psg``, ``zipper``, ``proofs``): any change
    to how code is read or proved starts every cache afresh."""
    if not _VERSION:
        h = hashlib.sha256(b"prove-cache-3")
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
    largest unit (an import cycle, proved as one); why all of it; and where its time went,
    per phase (``seconds``)."""

    files: int = 0
    largest_unit: int = 0
    proved: int = 0
    cached: int = 0
    parsed: int = 0
    rounds: int = 0
    full_reason: str = ""
    seconds: dict = field(default_factory=dict)
    _mark: float = field(default_factory=time.perf_counter, repr=False)

    def lap(self, phase: str) -> None:
        """Count the time since the last lap to ``phase``."""
        now = time.perf_counter()
        self.seconds[phase] = self.seconds.get(phase, 0.0) + now - self._mark
        self._mark = now


def prove_incremental(paths, *, cache_dir: str | Path | None = None, timeout_ms: int = DEFAULT_TIMEOUT_MS,
                      strict_literals: bool = False, executor=None, progress=None,
                      use_cache: bool = True) -> ProofReport:
    """Prove files or folders (as :func:`proofs.prove` does), proving again only the files
    whose key changed since the runs recorded in ``cache_dir`` (see the module's text).

    ``cache_dir`` None keeps nothing between runs (``use_cache=False`` also bypasses the
    solver's verdict cache: ``oracle prove --no-cache``). Functions are decided through
    ``executor`` (see :mod:`proofs.executor`). ``report.stats`` says what was proved again."""
    options = dict(cache_dir=cache_dir, timeout_ms=timeout_ms, strict_literals=strict_literals, executor=executor,
                   progress=progress, use_cache=use_cache)
    with _held_frozen() as hold:
        try:
            return _prove(paths, trust_stat=True, hold=hold, **options)
        except _Stale:  # a file changed under its recorded stat while the run read it: hash every file
            return _prove(paths, trust_stat=False, hold=hold, **options)


def _prove(paths, *, cache_dir, timeout_ms, strict_literals, executor, progress, use_cache,
           trust_stat: bool, hold=lambda: None) -> ProofReport:
    from psg import parse_sources
    from psg.build import run_roots
    from psg.imports import Modules

    t0 = time.perf_counter()
    stats = Stats()
    timeout_ms = check_timeout(timeout_ms)
    items = list(paths) if isinstance(paths, (list, tuple)) else [paths]
    files, problems = _source_files(items)
    salt = hashlib.sha256(json.dumps([prover_version(), timeout_ms, strict_literals, len(files) > 1]).encode()
                          ).hexdigest()
    store = _Store(Path(cache_dir), _run_key(items, salt)) if cache_dir else None
    stats.lap("list files")
    index = store.index() if store else None
    if index:
        hold()  # kept to the end: the collector's passes while parsing and inferring skip it
    stats.lap("read index")
    if index is None:
        stats.full_reason = "no earlier run"
    old = index or {}
    sources = _Sources(files, old if trust_stat else {}, problems)
    stats.lap("stat, read, hash")
    order, sha = sources.order, sources.sha
    stats.files = len(order)
    modules = Modules(order, run_roots(items))

    # what each file mentions and defines: kept from the last run, read again where its text changed
    changed = [n for n in order if n not in old or old[n].sha != sha[n]]
    records = {n: old[n].record for n in order if n in old and old[n].sha == sha[n]}
    shown = _module_names(order)
    roots = run_roots(items)
    stats.lap("module names")
    # the last run's graph, if its files' links were these; the files to prove are then
    # likely the changed ones with what they depend on there: parsed once, for both
    saved = store.graph() if store and index and all(n in old for n in order) else None
    was = {**records, **{n: old[n].record for n in changed}} if saved else {}  # the last run's records
    last = saved and _Graph.load(saved, _graph_key(roots, order, was), order, was, shown)
    stats.lap("last graph")
    parsed = None
    if changed:
        near = last.closure([last.unit_of[c] for c in changed]) if last else set()
        guess = [n for n in order if last and last.unit_of[n] in near]
        parsed = parse_sources([(n, sources[n]) for n in (guess or changed)], keep_going=True, modules=modules)
        records.update(_records(parsed, changed, sha))
    stats.lap("parse")
    key = _graph_key(roots, order, records)
    graph = last if last and last.fingerprint == key else None
    if graph is not None:
        graph.records = records  # the same links (the fingerprint says so): this run's records
    else:
        graph = _Graph(order, records, shown, modules, key, last or None)
        if store is not None:
            store.save_graph(graph.saved())
    stats.largest_unit = max((len(unit) for unit in graph.units), default=0)
    stats.lap("graph")
    changed_set = set(changed)
    entries: dict[str, dict] = {}     # file -> its interface (when its unit is decided)
    done: dict[str, tuple] = {}       # file -> (results, problems)
    lines: dict[str, list] = {}       # file -> the index's part on its results (_Store.put)
    decided: set[int] = set()
    while True:
        dirty, took = [], False
        with _gc_paused():  # results decoded from the cache: no cycles among them
            for u, members in enumerate(graph.units):
                if u in decided:
                    continue
                if changed_set.intersection(members):
                    dirty.append(u)  # proved with the units it depends on, whether they changed or not
                    continue
                if any(p not in decided for p in graph.providers[u]):
                    continue  # its key waits for the interfaces of the units it depends on
                hit = _lookup(store, old, graph.key(u, salt, sha, entries), members)
                if hit is None:
                    dirty.append(u)
                else:
                    _take(hit, entries, done, lines, stats)
                    decided.add(u)
                    took = True
        if took:
            hold()  # kept to the end: left out of the collector's passes while the rest is proved
        stats.lap("keys, cached results")
        if not dirty:
            break
        stats.rounds += 1
        scope = graph.closure(dirty)
        files = [n for u in scope for n in graph.units[u]]
        wanted = [n for n in order if graph.unit_of[n] in scope]
        psg = parsed if parsed is not None and [n for n, _ in parsed.sources] == wanted else parse_sources(
            [(n, sources[n]) for n in wanted], keep_going=True, modules=modules)
        parsed = None
        stats.parsed += len(files)
        stats.lap("parse")
        _prove_units(psg, graph, sorted(scope), decided, store, old, salt, sha, entries, done, lines, stats,
                     dict(strict_literals=strict_literals, qualified=len(order) > 1, module_names=shown),
                     dict(timeout_ms=timeout_ms, use_cache=use_cache, progress=progress, executor=executor))
        decided |= scope
        stats.lap("prove")
    if store is not None:
        store.save_index(order, old, sources, records, lines)
    stats.lap("write index")

    parts = [done[name][0] for name in order]  # each file's in order of place (as stored)
    all_problems = [*sources.problems, *(p for name in order for p in done[name][1])]
    report = ProofReport(_joined(parts), tuple(order), time.perf_counter() - t0, sources, tuple(all_problems))
    stats.lap("report")
    object.__setattr__(report, "stats", stats)
    return report


def _joined(parts: list):
    """The run's results: one tuple when every file's is decoded (a run that proved them),
    else kept undecoded until a renderer reads them (:class:`~proofs.serial.LazyResults`)."""
    if all(type(p) is list for p in parts):
        return tuple(r for p in parts for r in p)
    return LazyResults(parts)


def _take(hit: dict, entries, done, lines, stats) -> None:
    """Record a unit's results found in the cache (:func:`_lookup`)."""
    for m, got in hit.items():
        entries[m] = got["interface"]
        done[m] = (got["results"], got["problems"])
        lines[m] = got["line"]
        stats.cached += 1


def _prove_units(psg, graph, scope: list[int], decided: set[int], store, old, salt, sha, entries, done, lines,
                 stats, infer_options: dict, check_options: dict) -> None:
    """Infer the units of ``scope`` (dependencies first), record their interfaces, take
    each undecided one from the cache if its key is there, and prove the others."""
    from .infer import infer
    from .interface import interfaces

    system = infer(psg, units=[graph.units[u] for u in scope], **infer_options)
    stats.lap("infer")
    found = interfaces(system, [n for u in scope if u not in decided for n in graph.units[u]])  # not the known ones
    stats.lap("interfaces")
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
        hit = _lookup(store, old, key, graph.units[u])
        if hit is not None:
            _take(hit, {}, done, lines, stats)
        else:
            to_prove.update((m, _member_key(key, m)) for m in graph.units[u])
    if not to_prove:
        return
    names = [name for name, fs in system.functions.items() if psg.nodes[fs.node].span.file in to_prove]
    fresh: dict[str, list] = {m: [] for m in to_prove}
    # the solver's verdicts on the systems of the files' functions when they were last proved
    # (kept in their entries): a function whose system did not change skips the solver
    known = {}
    if store is not None and check_options.get("use_cache") and check_options.get("executor") is None:
        for m in to_prove:
            if m in old:
                known.update(store.verdicts(old[m].key))
    verdicts = Verdicts(known)
    kept: dict[str, dict] = {m: {} for m in to_prove}  # file -> the verdicts its functions used
    for r in check(system, names=names, verdicts=verdicts, **check_options):
        fresh[r.span.file].append(canonical(r))
        if r.name in verdicts.used:
            k, v = verdicts.used[r.name]
            kept[r.span.file][k] = v
    for m, key in to_prove.items():
        results = sorted(fresh[m], key=lambda r: (r.span.line, r.span.col, r.name))
        done[m] = (results, problems.get(m, []))
        stats.proved += 1
        if store is not None:
            lines[m] = store.put(key, results, problems.get(m, []), entries[m], kept[m])


def _member_key(unit_key: str, member: str) -> str:
    return hashlib.sha256(f"{unit_key}\0{member}".encode("utf-8", "surrogatepass")).hexdigest()


def _lookup(store, index: dict, key: str, members) -> dict | None:
    """Every member's cached results under the unit's ``key``: from the run's index where it
    holds them under that key (one file read for the whole run), else from each member's
    entry; None if one is missing."""
    if store is None:
        return None
    got = {}
    for m in members:
        k = _member_key(key, m)
        line = index.get(m)
        hit = store.from_index(line, m) if line is not None and line.key == k else None
        hit = hit or store.get(k, m)
        if hit is None:
            return None
        got[m] = hit
    return got


def _source_files(items) -> tuple[list[str], list]:
    """Every ``.py`` file the paths name (each once), and the problems met (a folder with
    none); a path that does not exist is a SourceError."""
    import os

    from psg.build import python_files
    from psg.errors import SourceError

    for p in items:
        if not os.path.exists(p):
            raise SourceError("no such file or folder", str(p))
    files, problems, seen = [], [], set()
    for p in items:
        found = python_files(p)
        if Path(p).is_dir() and not found:
            problems.append(SourceError("folder holds no .py file", str(p)))
        for f in map(str, found):
            if f not in seen:  # a file named twice (itself and in its folder) is proved once
                seen.add(f)
                files.append(f)
    return files, problems


#: A stat is trusted only for a file last changed this long before the run looked at it
#: (an edit in the same tick of a coarse clock would not show in the stat: "racy clean").
RACY_NS = 2_000_000_000


class _Stale(Exception):
    """A file's text no longer has the hash its unchanged stat vouched for."""


class _Sources(Mapping):
    """The run's files that can be read (``order``), the SHA-256 of each (``sha``), and its
    text, read when asked. A file whose size, mtime, ctime and inode are those the index
    recorded is taken by the hash recorded with them, unread; any other file is read and
    hashed (the hash, not the stat, says whether it changed). Read later, a text must have
    its hash, or the run starts again hashing everything (:class:`_Stale`). As the report's
    ``sources``, a text whose hash changed since is None (not the text proved)."""

    def __init__(self, files: list[str], index: dict, problems: list) -> None:
        import os

        from psg.errors import SourceError
        from psg.source import read_source

        self.order, self.sha, self.stat, self.problems = [], {}, {}, problems
        self._text: dict[str, str] = {}
        now = time.time_ns()
        for f in files:
            seen = _stat(f)
            line = index.get(f)
            if seen is not None and line is not None and line.stat == seen:
                self.sha[f] = line.sha
            else:
                try:
                    text = read_source(f)
                except SourceError as problem:
                    problems.append(problem)
                    continue
                self._text[f], self.sha[f] = text, _sha(text)
            self.order.append(f)
            if seen is not None and max(seen[1], seen[2]) < now - RACY_NS:
                self.stat[f] = seen

    def __getitem__(self, file: str) -> str:
        """The text of ``file`` that has its recorded hash (:class:`_Stale` if it changed)."""
        if file not in self._text:
            from psg.source import read_source

            text = read_source(file)
            if _sha(text) != self.sha[file]:
                raise _Stale(file)
            self._text[file] = text
        return self._text[file]

    def get(self, file, default=None):
        try:
            return self[file] if file in self.sha else default
        except (_Stale, OSError, ValueError):
            return default

    def __iter__(self):
        return iter(self.order)

    def __len__(self) -> int:
        return len(self.order)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


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
    """The name of the run's index: the prover, the options and the paths of the run."""
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
    done = {n: {**r, "defines": sorted(r["defines"]), "mentions": sorted(r["mentions"])} for n, r in out.items()}
    for r in done.values():  # what the graph reads of the file: its links to others (not its text)
        r["shape"] = hashlib.sha256(json.dumps([r[k] for k in ("parsed", "defines", "imports", "mentions")],
                                               sort_keys=True).encode("utf-8", "surrogatepass")).hexdigest()
    return done


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

    def __init__(self, order: list[str], records: dict[str, dict], shown: dict[str, str], modules,
                 fingerprint: str, last: _Graph | None = None) -> None:
        import networkx as nx

        from psg.imports import Links

        self.order, self.records, self.shown, self.fingerprint = order, records, shown, fingerprint
        index = {n: k for k, n in enumerate(order)}
        # where a file's mentions lead depends only on its imports and mentions and on the
        # run's files: a file whose links are those of ``last`` (same files) keeps them,
        # and only whether the file found defines the name is looked at again
        kept = last is not None and last.order == order
        links = Links(modules)
        for n in order:
            if not (kept and last.records[n]["shape"] == records[n]["shape"]):
                for local, imported in records[n]["imports"].items():
                    links.add(n, local, tuple(imported))
        defines = {n: set(records[n]["defines"]) for n in order}
        self.uses: dict[str, list[tuple[str, str, str, bool]]] = {}  # file -> (mention, file, name, defined there)
        g = nx.DiGraph()
        g.add_nodes_from(order)
        for n in order:
            if kept and last.records[n]["shape"] == records[n]["shape"]:
                uses = [(mention, f, name, name in defines[f]) for mention, f, name, _ in last.uses[n]]
            else:
                uses = []
                for mention in records[n]["mentions"]:
                    found = links.where(n, mention)
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

    def saved(self) -> dict:
        """What :meth:`load` reads back: files by their place in the run."""
        at = {n: k for k, n in enumerate(self.order)}
        return {"fingerprint": self.fingerprint, "units": [[at[m] for m in unit] for unit in self.units],
                "providers": self.providers,
                "uses": [[[mention, at[f], name, defined] for mention, f, name, defined in self.uses[n]]
                         for n in self.order]}

    @classmethod
    def load(cls, doc, fingerprint: str, order: list[str], records: dict, shown: dict) -> _Graph | None:
        """The graph :meth:`saved` gave, if it is the one of these files' links (its
        ``fingerprint``, :func:`_graph_key`) and well formed; else None."""
        n = len(order)
        try:
            if doc["fingerprint"] != fingerprint or len(doc["uses"]) != n:
                return None
            units = [[order[k] for k in unit] for unit in doc["units"]]
            uses = {m: [(str(mention), order[f], str(name), bool(defined)) for mention, f, name, defined in u]
                    for m, u in zip(order, doc["uses"])}
            providers = [[int(p) for p in ps] for ps in doc["providers"]]
        except (KeyError, TypeError, ValueError, IndexError):
            return None
        if sorted(m for unit in units for m in unit) != sorted(order) or len(providers) != len(units) or not all(
                0 <= p < u for u, ps in enumerate(providers) for p in ps):
            return None
        g = cls.__new__(cls)
        g.order, g.records, g.shown, g.fingerprint = order, records, shown, fingerprint
        g.units, g.providers, g.uses = units, providers, uses
        g.unit_of = {m: k for k, unit in enumerate(units) for m in unit}
        return g

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


def _graph_key(roots: list[str], order: list[str], records: dict[str, dict]) -> str:
    """What the graph of a run is made of: its roots, its files, and each file's links."""
    return hashlib.sha256(json.dumps([roots, order, [records[n]["shape"] for n in order]]).encode(
        "utf-8", "surrogatepass")).hexdigest()


def _module_names(order: list[str]) -> dict[str, str]:
    """The module name shown for each file whose stem another file of the run shares: its
    dotted path from the folder holding all the run's files (``scipy.linalg.utils``)."""
    import os
    from collections import Counter

    stem = {n: os.path.splitext(os.path.basename(n))[0] for n in order}  # as Path(n).stem, without a Path per file
    stems = Counter(stem.values())
    shared = [n for n in order if stems[stem[n]] > 1]
    if not shared:
        return {}
    root = os.path.commonpath([os.path.abspath(os.path.dirname(n)) for n in order])
    return {n: ".".join(Path(os.path.relpath(os.path.abspath(n), root)).with_suffix("").parts) for n in shared}


class _Line:
    """One file in a run's index: its stat and hash, its record (:func:`_records`), and the
    key, entry checksum and stat, number of results, problems and interface of its
    results, then (after a tab) the JSON text of its result heads, parsed only when a
    renderer reads them (most of the index, and of a warm run's reading it); ``raw`` is
    the line as stored (written again as it is when nothing in it changed)."""

    __slots__ = ("raw", "path", "stat", "sha", "record", "key", "digest", "entry", "count", "heads", "problems",
                 "interface")

    def __init__(self, raw: str) -> None:
        meta, tab, self.heads = raw.partition("\t")  # JSON's own text never holds a raw tab
        (path, self.stat, self.record, self.key, self.digest, self.entry, self.count, self.problems,
         self.interface) = json.loads(meta)
        if not (tab and isinstance(path, str) and _is_stat(self.stat) and _is_stat(self.entry)
                and _is_record(self.record) and isinstance(self.key, str) and isinstance(self.digest, str)
                and type(self.count) is int and self.count >= 0
                and isinstance(self.problems, list) and isinstance(self.interface, dict)
                and set(map(type, self.interface.values())) <= _STR):
            raise ValueError("not a line of a run's index")
        self.raw, self.path, self.sha = raw, path, self.record["sha"]

    @staticmethod
    def text(path: str, stat, record: dict, line: list) -> str:
        """The stored form of a line (:meth:`_Store.put`'s ``line``, with the file's stat and record)."""
        key, digest, entry, count, heads, problems, interface = line
        return json.dumps([path, stat, record, key, digest, entry, count, problems, interface],
                          separators=(",", ":")) + "\t" + heads


class _Store:
    """One cache folder: entries of file results by key (``files/``, shared by every run),
    and per run over the same paths one index of all its files (``runs/``): what a warm run
    reads instead of an entry per file."""

    def __init__(self, root: Path, run: str) -> None:
        self.root, self.run = root, run
        self._read: dict[str, dict] = {}  # key -> entry read for its lazy fields
        self._base: tuple | None = None   # the index file read: (checksum, its files in order, line by file, size)
        self._files = str(root / "files")

    def _entry_name(self, key: str) -> str:
        """Where the entry of ``key`` lives, as text (a warm run names one per file: no Path each)."""
        import os

        return os.path.join(self._files, key[:2], f"{key}.json")

    def _entry(self, key: str) -> Path:
        return self.root / "files" / key[:2] / f"{key}.json"

    def get(self, key: str, file: str) -> dict | None:
        """The results of ``file`` stored under ``key`` (marked cached; their
        :data:`~proofs.serial.LAZY_FIELDS` read when first used), problems, interface and
        index line; None if missing, damaged or forged."""
        path = self._entry(key)
        seen = _stat(path)
        found = _read_entry(path, key)
        if found is None:
            return None
        value, digest = found
        if not (isinstance(value, dict) and isinstance(value.get("lazy"), list)
                and all(isinstance(x, list) and len(x) == len(LAZY_FIELDS) and all(isinstance(t, str) for t in x)
                        for x in value["lazy"])):
            return None
        lazy, heads = value["lazy"], value.get("results")
        if not isinstance(heads, list) or len(heads) != len(lazy):
            return None
        line = [key, digest, seen, len(heads), json.dumps(heads, separators=(",", ":")), value.get("problems"),
                value.get("interface")]
        return self._decoded(file, line, lambda k, f: lazy[k][_LAZY_AT[f]], heads)

    def from_index(self, line: _Line, file: str) -> dict | None:
        """As :meth:`get`, from a line of the run's index, if the entry is there as the
        index saw it (its stat: an entry damaged or rewritten since is read as :meth:`get`
        reads it); the results are left undecoded, as ``(count, fetch)`` (the index is
        checksummed whole: a forged head is a ValueError naming it when read), and a lazy
        field is read from the entry when used."""
        if line.entry is None or _stat(self._entry_name(line.key)) != line.entry:
            return None
        return self._decoded(file, [line.key, line.digest, line.entry, line.count, line.heads, line.problems,
                                    line.interface],
                             lambda k, f: self._lazy_text(line.key, line.digest, k, f))

    def _decoded(self, file: str, line: list, lazy_text, heads: list | None = None) -> dict | None:
        """The entry's problems and interface checked and decoded, and its results: decoded
        from ``heads`` when given (None if they are not results), else left for later (a
        line of the index: its interface was checked as the index was read)."""
        from psg.errors import SourceError

        key, _, _, count, text, problems, interface = line
        source = self._entry_name(key)
        try:
            with _gc_paused():
                problems = [decode(p) for p in problems]
                results = decode_heads(heads, file, source, lazy_text) if heads is not None else (
                    count, partial(self._heads_later, text, file, source, lazy_text))
        except (ValueError, TypeError, KeyError, IndexError, RecursionError):
            return None
        if not (all(isinstance(p, SourceError) for p in problems) and isinstance(interface, dict)
                and (heads is None or all(isinstance(v, str) for v in interface.values()))):
            return None
        return {"results": results, "problems": problems, "interface": interface, "line": line}

    def _heads_later(self, text: str, file: str, source: str, lazy_text) -> list:
        """The results of ``file`` from the JSON text of their heads in the run's index."""
        try:
            with _gc_paused():
                return decode_heads(json.loads(text), file, source, lazy_text)
        except (ValueError, TypeError, KeyError, IndexError, RecursionError) as err:
            raise ValueError(f"proof cache index {self._index_path()} is damaged ({err}): delete it, or prove "
                             "with --no-cache") from None

    def _lazy_text(self, key: str, digest: str, k: int, field: str) -> str:
        if key not in self._read:
            found = _read_entry(self._entry(key), key)
            if found is None or found[1] != digest:
                raise ValueError("it is gone, or another run wrote it since this run read the index")
            self._read[key] = found[0]
        text = self._read[key]["lazy"][k][_LAZY_AT[field]]
        if not isinstance(text, str):
            raise ValueError("not the text of a field")
        return text

    def put(self, key: str, results: list, problems: list, interface: dict[str, str],
            verdicts: dict[str, dict] | None = None) -> dict:
        """Store a file's results: each as its head (:func:`proofs.serial.encode_head`) and its
        :data:`~proofs.serial.LAZY_FIELDS` apart as JSON text, read back only when used; the
        file's interface (:mod:`proofs.interface`); and the solver's verdicts its functions
        used (:class:`~proofs.solve.Verdicts`: read back only when the file is proved again,
        :meth:`verdicts`). Returns the line for the index."""
        value = {"results": [encode_head(r) for r in results],
                 "lazy": [[json.dumps(encode(getattr(r, f)), separators=(",", ":")) for f in LAZY_FIELDS]
                          for r in results],
                 "problems": [encode(p) for p in problems], "interface": interface, "verdicts": verdicts or {}}
        digest = _write_entry(self._entry(key), key, value)
        return [key, digest, _stat(self._entry(key)), len(results), json.dumps(value["results"], separators=(",", ":")),
                value["problems"], interface]

    def verdicts(self, key: str) -> dict[str, dict]:
        """The solver's verdicts kept in the entry of ``key`` (:meth:`put`), by the hash of
        their system; none if the entry is missing, damaged or holds none. Each is taken
        only as a cached verdict is (:class:`~proofs.solve.Verdicts`: it must fit its system)."""
        found = _read_entry(self._entry(key), key)
        got = found[0].get("verdicts") if found is not None and isinstance(found[0], dict) else None
        if not isinstance(got, dict):
            return {}
        return {k: v for k, v in got.items() if isinstance(v, dict)}

    def graph(self):
        """The graph the last run over these paths saved (:meth:`_Graph.saved`), or None."""
        found = _read_entry(self.root / "runs" / f"{self.run}.graph", self.run)
        return found[0] if found and isinstance(found[0], dict) else None

    def save_graph(self, doc: dict) -> None:
        _write_entry(self.root / "runs" / f"{self.run}.graph", self.run, doc)

    def _index_path(self) -> Path:
        return self.root / "runs" / f"{self.run}.index"

    def _delta_path(self) -> Path:
        return self.root / "runs" / f"{self.run}.delta"

    def index(self) -> dict[str, _Line] | None:
        """The last run's index over these paths, by file; None if there is none or it is
        damaged (then it is deleted, and rebuilt from the entries). Lines a later run wrote
        apart (:meth:`save_index`, the index's *delta*) replace those of their files."""
        import os

        path = self._index_path()
        found = _read_entry(path, self.run, parse=False)
        if found is None:
            return None
        try:
            with _gc_paused():
                lines = [_Line(raw) for raw in found[0].split("\n")] if found[0] else []
        except (ValueError, TypeError, RecursionError):
            _unlink(path)
            return None
        merged = {line.path: line for line in lines}
        self._base = (found[1], [line.path for line in lines], {line.path: line.raw for line in lines}, len(found[0]))
        delta = self._delta_path()
        if os.path.exists(delta):
            merged.update(self._delta(delta, found[1], merged))
        return merged

    def _delta(self, path: Path, base: str, lines: dict[str, _Line]) -> dict[str, _Line]:
        """The lines of the index's delta at ``path``, if it was written over the index whose
        checksum is ``base`` and is whole (checksummed) and well formed, each for a file of
        the index; else none (the delta deleted: the index alone is an older, valid one)."""
        found = _read_entry(path, f"{self.run}.delta", parse=False)
        if found is None:
            return {}
        over, _, text = found[0].partition("\n")
        try:
            if over != base:
                raise ValueError("a delta over another index")
            with _gc_paused():
                got = [_Line(raw) for raw in text.split("\n")] if text else []
            if not all(line.path in lines for line in got):
                raise ValueError("a line for a file not in the index")
        except (ValueError, TypeError, RecursionError):
            _unlink(path)
            return {}
        return {line.path: line for line in got}

    #: A run writes the lines that differ from the index file apart (its delta) while they
    #: are at most this part of the index's size; past it, the index is written whole.
    DELTA_SHARE = 8

    def save_index(self, order: list[str], old: dict[str, _Line], sources, records: dict, lines: dict) -> None:
        """Write the run's index (atomically; not at all when no line changed): a line per
        file, the old line where its stat, record and results are those it held. Where the
        files are those of the index file read and the lines that differ from it are few
        (a re-run after an edit), only those are written, as the index's delta: a small
        file naming the checksum of the index it is over (read back by :meth:`index`;
        over an index since rewritten, it is ignored); else the index is written whole and
        the delta deleted."""
        out, same = [], len(order) == len(old)
        for n in order:
            was, stat, line = old.get(n), sources.stat.get(n), lines[n]
            if was is not None and was.stat == stat and was.record is records[n] and was.key == line[0] \
                    and was.digest == line[1] and was.entry == line[2]:
                out.append(was.raw)
                same = same and was.path == n
            else:
                out.append(_Line.text(n, stat, records[n], line))
                same = False
        if same:
            return
        if self._base is not None and self._base[1] == order:
            digest, _, base, size = self._base
            changed = [raw for n, raw in zip(order, out) if raw != base[n]]
            if not changed:
                _unlink(self._delta_path())  # back to the index as it is
                return
            if sum(map(len, changed)) <= size // self.DELTA_SHARE:
                _write_entry(self._delta_path(), f"{self.run}.delta", digest + "\n" + "\n".join(changed), dump=False)
                return
        _write_entry(self._index_path(), self.run, "\n".join(out), dump=False)
        _unlink(self._delta_path())  # after: a reader in between finds it over another index, and ignores it


_LAZY_AT = {f: k for k, f in enumerate(LAZY_FIELDS)}


@contextmanager
def _gc_paused():
    """Decoding makes many small objects, none in a cycle; counted, they would set off the
    cyclic collector again and again, each time walking the whole heap (seconds at 10^6
    lines with a large report alive)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextmanager
def _held_frozen():
    """Parsing and inferring make cyclic objects by the hundred thousand, so the collector
    runs often; each full pass would walk all the process held before the run too (a
    caller's earlier report: 45,000 results at 10^6 lines). Frozen (:func:`gc.freeze`) for
    the run, those are left out of every pass; the run's own garbage is collected as before.
    Yields ``hold()``: freeze what the run made so far and keeps (results read from the
    cache). A caller that froze objects itself keeps them frozen (this then does nothing)."""
    ours = gc.get_freeze_count() == 0
    if ours:
        gc.freeze()
    try:
        yield gc.freeze if ours else (lambda: None)
    finally:
        if ours:
            gc.unfreeze()


def _stat(path) -> list[int] | None:
    """What says a file is the one seen before: size, mtime, ctime, inode (None: no file)."""
    import os

    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _is_stat(x) -> bool:
    return x is None or (isinstance(x, list) and len(x) == 4 and all(type(v) is int for v in x))


def _is_record(r) -> bool:
    """Whether ``r`` is a record as :func:`_records` makes it, as JSON reads it back (exact
    types: checked for every file of the index, so by type, not per item in Python)."""
    def strings(x) -> bool:
        return type(x) is list and set(map(type, x)) <= _STR

    if not (type(r) is dict and r.keys() == _RECORD_KEYS
            and type(r["sha"]) is str and type(r["shape"]) is str and type(r["parsed"]) is bool
            and strings(r["mentions"]) and strings(r["defines"]) and type(r["imports"]) is dict):
        return False
    imports = r["imports"].values()  # each [level, module, name or None]
    return (set(map(type, imports)) <= _LIST and set(map(len, imports)) <= _THREE
            and set(map(type, map(_AT[0], imports))) <= _INT and set(map(type, map(_AT[1], imports))) <= _STR
            and set(map(type, map(_AT[2], imports))) <= _STR_OR_NONE)


_STR, _LIST, _INT, _THREE, _STR_OR_NONE = {str}, {list}, {int}, {3}, {str, type(None)}
_AT = [itemgetter(k) for k in range(3)]
_RECORD_KEYS = {"sha", "parsed", "defines", "imports", "mentions", "shape"}


def _write_entry(path: Path, key: str, value, dump: bool = True) -> str:
    """One line naming the key and the SHA-256 of the value's text, then that text (``value``
    itself when not ``dump``): checked on reading without encoding the value again. Atomic
    (readers see the old file or the new); a read-only cache only costs time. Returns the
    checksum."""
    body = json.dumps(value, separators=(",", ":")) if dump else value
    digest = hashlib.sha256(f"{key}\0{body}".encode("utf-8", "surrogatepass")).hexdigest()
    try:
        cache.sweep_orphans(path.parent)
        cache.write_atomic(path, json.dumps({"key": key, "sha256": digest}) + "\n" + body)
    except OSError:
        pass
    return digest


def _read_entry(path: Path, key: str, parse: bool = True):
    """``(value, checksum)`` of the entry at ``path`` if its head names ``key`` and its text
    matches the checksum (the text itself when not ``parse``); otherwise None, and a damaged
    entry is deleted (so it is proved and written again)."""
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
                and doc.get("sha256") == hashlib.sha256(f"{key}\0{body}".encode("utf-8", "surrogatepass")).hexdigest()):
            return (json.loads(body) if parse else body), doc["sha256"]
    except (ValueError, RecursionError):
        pass
    _unlink(path)
    return None


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
