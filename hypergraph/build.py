"""Build the :class:`KnowledgeGraph` from the PSG of law modules (read, never executed).

* ``quantity(...)`` bindings declare the namespace (literal arguments only);
* module-level annotated bindings are constants (a literal, or ``codata("<CODATA name>")``
  looked up in ``scipy.constants``);
* ``@law(output=...)`` functions are laws: their parameters and output must be declared
  quantities of matching dimension, and their body a single ``return`` expression.

Every law is proved dimensionally consistent (the same proofs as ``oracle prove``), then
solved in every direction and each direction proved by Z3. Directions are cached on disk per law (content hash of what solving it depends on: editing one law re-solves that law alone) and
by the content hash of the law modules, so a warm build only parses and proves units.

>>> kg = load_default()
>>> kg.summary()["laws"] >= 150
True
"""
from __future__ import annotations

import ast
import hashlib
import json
import threading
import time
from pathlib import Path

from proofs import cache, prove_psg
from psg import parse
from psg.errors import SourceError
from psg.graph import PSG, Span
from psg.units import UnitError, parse_unit

from .directions import Direction
from .model import ROOT_KIND, Constant, KnowledgeGraph, Law, Limit, ObjectKind, Quantity
from .symbolic import text, to_sympy

BUILD_VERSION = "kb-6"  # bump when solving or proving changes what the cache holds


class KnowledgeBaseError(SourceError):
    """A law module breaks the rules of the knowledge base (names what and where)."""


def _err(msg: str, span: Span) -> KnowledgeBaseError:
    return KnowledgeBaseError(msg, span.file, span.line, span.col)


def content_hash(psg: PSG) -> str:
    h = hashlib.sha256(BUILD_VERSION.encode())
    for name, src in sorted(psg.sources):
        h.update(Path(name).name.encode() + b"\0" + src.encode() + b"\0")
    return h.hexdigest()


def _literal(g: PSG, i: int):
    n = g.nodes[i]
    if n.kind == "const":
        return ast.literal_eval(n.label) if n.label not in ("f-string",) else None
    if n.kind == "tuple" and n.label == "dict":   # {"T": "gas"}: the keys, then the values
        items = [_literal(g, c) for c in n.children]
        return dict(zip(items[:len(items) // 2], items[len(items) // 2:]))
    if n.kind == "tuple":
        return tuple(_literal(g, c) for c in n.children)
    if n.kind == "op" and n.label == "neg":
        v = _literal(g, n.children[0])
        return -v if isinstance(v, (int, float)) else None
    raise _err("expected a literal here", n.span)


def _call_args(g: PSG, call: int) -> tuple[list, dict]:
    n = g.nodes[call]
    keywords = n.get("keywords") or (None,) * len(n.children)
    args, kwargs = [], {}
    for c, kw in zip(n.children, keywords):
        (args.append(_literal(g, c)) if kw is None else kwargs.__setitem__(kw, _literal(g, c)))
    return args, kwargs


def read_declarations(g: PSG) -> tuple[list[Quantity], list[Constant]]:
    """Quantities and constants declared at module level."""
    quantities, constants, _ = read_all_declarations(g)
    return quantities, constants


def read_all_declarations(g: PSG) -> tuple[list[Quantity], list[Constant], list[ObjectKind]]:
    """Quantities, constants and kinds of object declared at module level."""
    quantities: dict[str, Quantity] = {}
    constants: dict[str, Constant] = {}
    kinds: dict[str, ObjectKind] = {}
    for root in g.roots:
        for i in g.nodes[root].children:
            n = g.nodes[i]
            if n.kind != "bind" or not n.children:
                continue
            value = g.nodes[n.children[0]]
            callee = value.label.rpartition(".")[2] if value.kind == "call" else ""
            if callee == "quantity":
                args, kw = _call_args(g, n.children[0])
                if len(args) < 2:
                    raise _err(f"quantity {n.label!r} needs a unit and a name", value.span)
                try:
                    dim = parse_unit(args[0]).dimension
                except UnitError as e:
                    raise _err(str(e), value.span) from None
                if n.label in quantities:
                    raise _err(f"quantity {n.label!r} is declared twice (first at {quantities[n.label].span})", n.span)
                member = kw.get("member")
                if member is not None and not (isinstance(member, tuple) and len(member) == 2
                                               and isinstance(member[0], str) and isinstance(member[1], int)):
                    raise _err(f"quantity {n.label!r}: member must be (base symbol, number), got {member!r}", value.span)
                quantities[n.label] = Quantity(n.label, args[1], args[0], dim, kw.get("kind", ""),
                                               tuple(kw.get("synonyms", ())), n.span, kw.get("of", "") or "",
                                               member, tuple(kw.get("assumes", ())), kw.get("same_as", "") or "")
            elif callee == "object_kind":
                args, kw = _call_args(g, n.children[0])
                if len(args) != 1 or not isinstance(args[0], str):
                    raise _err(f"object_kind {n.label!r} needs its name as the one positional argument", value.span)
                if args[0] in kinds:
                    raise _err(f"kind of object {args[0]!r} is declared twice (first at {kinds[args[0]].span})", n.span)
                kinds[args[0]] = ObjectKind(args[0], kw.get("is_a", ""), tuple(kw.get("nouns", ())),
                                            kw.get("description", ""), n.span, bool(kw.get("implicit", False)))
            elif n.ann is not None and n.ann.unit is not None:
                c = _constant(g, n, value, callee)
                old = constants.get(c.name)
                if old is not None and (abs(old.value - c.value) > 1e-12 * abs(c.value) or
                                        parse_unit(old.unit).dimension != parse_unit(c.unit).dimension):
                    raise _err(f"constant {c.name!r} is defined differently at {old.span}", n.span)
                constants.setdefault(c.name, c)
    return list(quantities.values()), list(constants.values()), list(kinds.values())


def read_limits(g: PSG, quantities: dict[str, Quantity], constants: dict[str, Constant],
                kinds: dict[str, ObjectKind]) -> list[Limit]:
    """``name = limit("eta <= 1 - T_c/T_h", on="engine", why=...)`` declarations: each a
    relation over declared quantities and constants whose two sides have one dimension,
    on a declared kind of object (:mod:`hypergraph.limits`)."""
    from .conditions import ConditionError, parse_condition
    from .limits import check_dimensions

    out: dict[str, Limit] = {}
    for root in g.roots:
        for i in g.nodes[root].children:
            n = g.nodes[i]
            value = g.nodes[n.children[0]] if n.kind == "bind" and n.children else None
            if value is None or value.kind != "call" or value.label.rpartition(".")[2] != "limit":
                continue
            args, kw = _call_args(g, n.children[0])
            if len(args) != 1 or not isinstance(args[0], str):
                raise _err(f"limit {n.label!r} needs its relation as the one positional argument", value.span)
            module = g.nodes[root].label.rpartition(".")[2]
            on, of = kw.get("on", "thing") or "thing", kw.get("of") or {}
            if on not in kinds:
                raise _err(f"limit {n.label!r} is on={on!r}, which is not a declared kind of object", value.span)
            if not isinstance(of, dict) or any(k not in kinds for k in of.values()):
                raise _err(f"limit {n.label!r}: of= maps variables to declared kinds of object", value.span)
            try:
                cond = parse_condition(args[0], set(quantities), set(constants))
                variables = tuple(sorted(cond.symbols & set(quantities)))
                if any(quantities[v].member is not None for v in variables):
                    raise ConditionError("a limit relates quantities of one object and its partners, not members")
                if set(of) - set(variables):
                    raise ConditionError(f"of= names {sorted(set(of) - set(variables))[0]!r}, which it does not use")
                check_dimensions(cond, {**{q: quantities[q].dimension for q in variables},
                                        **{c: parse_unit(constants[c].unit).dimension for c in cond.symbols
                                           if c in constants}})
            except (ConditionError, ValueError) as err:
                raise _err(f"limit {n.label!r}: {args[0]!r}: {err}", value.span) from None
            lid = f"{module}.{n.label}"
            if lid in out:
                raise _err(f"limit {n.label!r} is declared twice (first at {out[lid].span})", n.span)
            out[lid] = Limit(lid, n.label.replace("_", " "), args[0].strip(), on, tuple(sorted(of.items())),
                             variables, kw.get("why", "") or "", n.span)
    return list(out.values())


def _check_kinds(kinds: list[ObjectKind], quantities: dict[str, Quantity]) -> tuple[ObjectKind, ...]:
    """The kinds of object form one tree under ``thing``; quantities name kinds that exist."""
    table = {k.name: k for k in kinds}
    table.setdefault(ROOT_KIND.name, ROOT_KIND)
    for k in table.values():
        if k.name == ROOT_KIND.name:
            if k.parent:
                raise _err("the root kind 'thing' has no parent", k.span)
            continue
        seen, name = [], k.name
        while name != ROOT_KIND.name:
            parent = table[name].parent or ROOT_KIND.name
            if parent not in table:
                raise _err(f"kind of object {name!r} is_a {parent!r}, which is not declared", table[name].span)
            if parent in seen or parent == k.name:
                raise _err(f"kinds of object form a cycle through {k.name!r}", k.span)
            seen.append(name)
            name = parent
    for q in quantities.values():
        if q.of and q.of not in table:
            raise _err(f"quantity {q.symbol!r} is of={q.of!r}, which is not a declared kind of object", q.span)
        if q.same_as:
            base = quantities.get(q.same_as)
            if base is None or base.member is not None or base.same_as:
                raise _err(f"quantity {q.symbol!r} is same_as={q.same_as!r}, which is not a plain quantity", q.span)
            if base.dimension != q.dimension:
                raise _err(f"quantity {q.symbol!r} has another dimension than {base.symbol!r}", q.span)
            if q.member is not None:
                raise _err(f"quantity {q.symbol!r} is both a member's quantity and same_as another", q.span)
        if q.member is not None:
            base = quantities.get(q.member[0])
            if base is None or base.member is not None or base.same_as:
                raise _err(f"quantity {q.symbol!r} is a member's {q.member[0]!r}, which is not a plain quantity", q.span)
            if base.dimension != q.dimension:
                raise _err(f"quantity {q.symbol!r} has another dimension than its base {base.symbol!r}", q.span)
            if q.member[1] < 1:
                raise _err(f"quantity {q.symbol!r}: members are numbered from 1", q.span)
    order = [ROOT_KIND.name] + [k.name for k in kinds if k.name != ROOT_KIND.name]
    return tuple(table[n] for n in order)


def _check_objects(law: Law, quantities: dict[str, Quantity], kinds: dict[str, ObjectKind], span: Span) -> None:
    """A law's objects: ``on``, ``of`` and ``members`` name declared kinds, ``of`` names the
    law's own variables, and numbered members come with the kind of their objects."""
    if law.on not in kinds:
        raise _err(f"law {law.name!r} is on={law.on!r}, which is not a declared kind of object", span)
    for var, kind in law.of:
        if var not in law.variables:
            raise _err(f"law {law.name!r}: of= names {var!r}, which is not one of its variables", span)
        if kind not in kinds:
            raise _err(f"law {law.name!r}: of= gives {var!r} the kind {kind!r}, which is not declared", span)
    numbered = [v for v in law.variables if quantities[v].member is not None]
    if law.members and law.members not in kinds:
        raise _err(f"law {law.name!r} has members={law.members!r}, which is not a declared kind of object", span)
    if numbered and not law.members:
        raise _err(f"law {law.name!r} uses the members' quantities {numbered} but says no members= kind", span)


def _constant(g: PSG, n, value, callee: str) -> Constant:
    if callee == "codata":
        args, _ = _call_args(g, n.children[0])
        from scipy.constants import physical_constants

        if not args or args[0] not in physical_constants:
            raise _err(f"{args[0] if args else ''!r} is not a CODATA constant name in scipy.constants", value.span)
        val, unit, _ = physical_constants[args[0]]
        try:
            if unit and parse_unit(unit.replace(" ", "*")).dimension != parse_unit(n.ann.unit).dimension:
                raise _err(f"constant {n.label!r} is annotated {n.ann.unit!r} but CODATA gives {unit!r}", n.span)
        except UnitError:
            pass  # a CODATA unit pint cannot read: the annotation stands
        return Constant(n.label, float(val), n.ann.unit, f"CODATA: {args[0]}", n.span)
    lit = _literal(g, n.children[0])
    if not isinstance(lit, (int, float)):
        raise _err(f"constant {n.label!r} must be a number or codata(...)", value.span)
    return Constant(n.label, float(lit), n.ann.unit, "literal", n.span)


def _check_conditions(law: Law, constants: set[str], span: Span) -> None:
    """Each condition is a relation over the law's variables and constants that parses."""
    from .conditions import ConditionError, parse_condition

    for text_ in law.conditions:
        try:
            parse_condition(text_, set(law.variables), constants)
        except ConditionError as err:
            raise _err(f"law {law.name!r}: condition {text_!r}: {err}", span) from None


def _laws(g: PSG, quantities: dict[str, Quantity], constants: dict[str, Constant],
          kinds: dict[str, ObjectKind] | None = None) -> list[tuple]:
    """(Law without directions, sympy expression) for every ``@law`` function."""
    out = []
    for f in g.functions():
        fn = g.nodes[f]
        meta = fn.get("law")
        if meta is None:
            continue
        meta = dict(meta)
        module = fn.get("module", "")
        output = meta.get("output")
        if output not in quantities:
            raise _err(f"law {fn.label!r} derives {output!r}, which is not a declared quantity", fn.span)
        params = [g.nodes[c] for c in fn.children if g.nodes[c].kind == "param"]
        body = [g.nodes[c] for c in fn.children if g.nodes[c].kind != "param"]
        if len(body) != 1 or body[0].kind != "return" or not body[0].children:
            raise _err(f"law {fn.label!r} must be a single 'return <expression>'", fn.span)
        for p, unit in [(p, p.ann.unit if p.ann else None) for p in params] + [(fn, fn.ann.unit if fn.ann else None)]:
            sym = p.label if p is not fn else output
            if sym not in quantities:
                raise _err(f"law {fn.label!r}: parameter {sym!r} is not a declared quantity", p.span)
            if unit is None:
                raise _err(f"law {fn.label!r}: {sym!r} needs a unit annotation", p.span)
            if parse_unit(unit).dimension != quantities[sym].dimension:
                raise _err(f"law {fn.label!r}: {sym!r} is annotated {unit!r} but declared {quantities[sym].unit!r}", p.span)
        expr = to_sympy(g, body[0].children[0])
        inputs = tuple(p.label for p in params)
        names = {s.name for s in expr.free_symbols}
        unknown = names - set(inputs) - set(constants)
        if unknown:
            raise _err(f"law {fn.label!r} uses {sorted(unknown)[0]!r}: neither a parameter nor a constant", body[0].span)
        if output in inputs:
            raise _err(f"law {fn.label!r} takes its own output {output!r} as a parameter", fn.span)
        law = Law(f"{module}.{fn.label}", meta.get("name") or fn.label.replace("_", " "), fn.get("doc") or "",
                  module, output, inputs, text(expr), tuple(meta.get("assumes", ())), meta.get("valid", ""),
                  int(meta.get("cost", 1)), tuple(sorted(names & set(constants))), (), "proved", fn.span,
                  meta.get("on", "thing") or "thing", tuple(meta.get("of", ()) or ()), meta.get("members", "") or "",
                  tuple(meta.get("conditions", ())), meta.get("premise", "") or "")
        if kinds is not None:
            _check_objects(law, quantities, kinds, fn.span)
            _check_conditions(law, set(constants), fn.span)
        out.append((law, expr))
    return out


class Silent:
    """Progress that shows nothing, the default. A build is told how to show progress by
    its caller (``progress=``: ``bar(total, label)`` and ``ticker(label)``, each a context
    manager; a bar has ``advance()``); the oracle passes its terminal display
    (:data:`oracle.progress.TERMINAL`), so this package never imports the oracle."""

    def bar(self, total: int, label: str) -> "Silent":
        return self

    def ticker(self, label: str) -> "Silent":
        return self

    def advance(self, n: int = 1) -> None:
        pass

    def __enter__(self) -> "Silent":
        return self

    def __exit__(self, *exc) -> None:
        pass


SILENT = Silent()


def build(psg: PSG, *, use_cache: bool = True, executor=None, progress=SILENT) -> KnowledgeGraph:
    """The knowledge graph of the law modules in ``psg`` (laws not in the cache are solved
    through ``executor``: see :mod:`proofs.executor`; ``progress`` shows it: :class:`Silent`)."""
    from dataclasses import replace

    t0 = time.perf_counter()
    quantities, constants, kind_list = read_all_declarations(psg)
    qmap, cmap = {q.symbol: q for q in quantities}, {c.name: c for c in constants}
    kinds = _check_kinds(kind_list, qmap)
    clash = set(qmap) & set(cmap)
    if clash:
        name = sorted(clash)[0]
        raise _err(f"{name!r} is both a quantity and a constant", cmap[name].span)
    report = prove_psg(psg, use_cache=use_cache)
    bad = [f for f in report.findings]
    if bad:
        f = bad[0]
        raise _err(f"law is not dimensionally consistent: {f.sentence}", f.where)
    laws = _laws(psg, qmap, cmap, {k.name: k for k in kinds})
    limits = read_limits(psg, qmap, cmap, {k.name: k for k in kinds})
    key = content_hash(psg)
    solved = _cached_directions(key) if use_cache else None
    n_solved = 0
    if solved is None or set(solved) != {law.id for law, _ in laws}:
        solved, n_solved = _solve_missing([law for law, _ in laws], use_cache, executor, progress)
        if use_cache:
            _store_directions(key, solved)
    verdict = {(str(r.span.file), r.span.line): r.verdict for r in report.results}
    full = tuple(replace(law, directions=tuple(Direction(**d) for d in solved[law.id]),
                         proof=verdict[(str(law.span.file), law.span.line)]) for law, _ in laws)
    kg = KnowledgeGraph(tuple(quantities), tuple(constants), full, key, kinds=kinds, limits=tuple(limits))
    object.__setattr__(kg, "build_seconds", time.perf_counter() - t0)
    object.__setattr__(kg, "laws_solved", n_solved)  # laws solved in this build (not from a cache)
    object.__setattr__(kg, "psg", psg)
    object.__setattr__(kg, "proof_report", report)
    return kg


def _solve_all(laws: list[Law], executor=None, progress=SILENT) -> dict[str, list[dict]]:
    """Solve and prove every direction, through ``executor`` (see :mod:`proofs.executor`);
    without one, in local worker processes when there are many laws."""
    import os

    from proofs.executor import TaskError, fan_out, open_executor

    from .solve_worker import solve_job

    jobs = [(law.output, law.expression, list(law.inputs), list(law.assumes)) for law in laws]
    workers = min(os.cpu_count() or 1, 8) if executor is None and len(jobs) >= 40 else None
    results: list = [None] * len(jobs)
    with open_executor(workers) as own, progress.bar(len(jobs), "oracle: building the knowledge base: "
                                                                  f"solving {len(jobs)} laws") as bar:
        for k, got in fan_out(solve_job, jobs, executor=executor or own):
            if isinstance(got, TaskError):
                raise RuntimeError(f"solving law {laws[k].id} failed: {got}")
            results[k] = got
            bar.advance()
    return {law.id: r for law, r in zip(laws, results)}


def law_key(law: Law) -> str:
    """The content hash of what solving a law depends on: adding or editing one law
    re-solves that law alone."""
    text_ = json.dumps([BUILD_VERSION, law.output, law.expression, list(law.inputs), list(law.assumes)])
    return hashlib.sha256(text_.encode()).hexdigest()


def _solve_missing(laws: list[Law], use_cache: bool, executor=None, progress=SILENT) -> tuple[dict[str, list[dict]], int]:
    """Every law's directions (from the per-law cache where present, solved otherwise) and
    how many laws were solved."""
    out, todo = {}, []
    for law in laws:
        hit = _cached_law(law_key(law)) if use_cache else None
        if hit is None:
            todo.append(law)
        else:
            out[law.id] = hit
    if todo:
        fresh = _solve_all(todo, executor, progress)
        for law in todo:
            out[law.id] = fresh[law.id]
            if use_cache:
                _store_law(law_key(law), fresh[law.id])
    return out, len(todo)


def _cached_law(key: str) -> list | None:
    path = _kb_path(f"laws/{key}")
    if path is None:
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("version") != BUILD_VERSION or not isinstance(doc.get("directions"), list):
        return None
    return doc["directions"]


def _store_law(key: str, directions: list) -> None:
    path = _kb_path(f"laws/{key}")
    if path is not None:
        try:
            cache.write_atomic(path, json.dumps({"version": BUILD_VERSION, "directions": directions}))
        except OSError:
            pass


def _direction_json(d: Direction) -> dict:
    return {"variable": d.variable, "formula": d.formula, "status": d.status, "note": d.note}


def _kb_path(key: str) -> Path | None:
    d = cache.cache_dir()
    return None if d is None else d / "kb" / f"{key}.json"


def _cached_directions(key: str) -> dict | None:
    """The verdicts stored for these law modules, if the entry is intact (its checksum
    matches: a damaged or edited entry is deleted and the directions solved again)."""
    if key in cache._memory:
        return cache._memory[key]
    path = _kb_path(key)
    if path is None:
        return None
    value = cache.read_verified(path, key)
    if not isinstance(value, dict) or value.get("version") != BUILD_VERSION or not _well_formed(value.get("laws")):
        return None
    cache._memory[key] = value["laws"]
    return value["laws"]


def _well_formed(laws) -> bool:
    fields = {"variable", "formula", "status", "note"}
    return isinstance(laws, dict) and all(
        isinstance(v, list) and all(isinstance(d, dict) and set(d) == fields and all(isinstance(d[f], str) for f in fields)
                                    for d in v) for v in laws.values())


def _store_directions(key: str, solved: dict) -> None:
    cache._memory[key] = solved
    path = _kb_path(key)
    if path is not None:
        cache.write_verified(path, key, {"version": BUILD_VERSION, "laws": solved})


def load(path, *, use_cache: bool = True, executor=None, progress=SILENT) -> KnowledgeGraph:
    """Build from a folder or file of law modules, or a list of them."""
    paths = [Path(p) for p in path] if isinstance(path, (list, tuple)) else path
    return build(parse(paths), use_cache=use_cache, executor=executor, progress=progress)


_DEFAULT: dict[str, KnowledgeGraph] = {}
_DEFAULT_LOCK = threading.Lock()


def load_default(*, use_cache: bool = True, progress=SILENT) -> KnowledgeGraph:
    """The bundled physics knowledge base (built once per process, even when several
    threads ask for it first at once)."""
    from .data import datasets_dir

    if not use_cache:
        return load(datasets_dir() / "physics", use_cache=False, progress=progress)
    with _DEFAULT_LOCK:
        if "kb" not in _DEFAULT:
            _DEFAULT["kb"] = _from_snapshot(datasets_dir() / "physics", progress)
        return _DEFAULT["kb"]


def _from_snapshot(folder: Path, progress=SILENT) -> KnowledgeGraph:
    """The knowledge graph of the law modules in ``folder``, read from its snapshot in the
    cache when there is one (:mod:`.snapshot`), else built and its snapshot written."""
    from . import snapshot

    t0 = time.perf_counter()
    paths = sorted(folder.rglob("*.py"))
    key = snapshot.key(paths, BUILD_VERSION)
    path = _kb_path(f"snapshot/{key}")

    def psg_and_report():
        psg = parse(folder)
        return psg, prove_psg(psg, use_cache=True)

    data = cache.read_verified(path, key) if path is not None else None
    if data is not None:
        try:
            kg = snapshot.load(data, psg=psg_and_report)
            object.__setattr__(kg, "build_seconds", time.perf_counter() - t0)
            return kg
        except snapshot.SnapshotError:
            pass
    with progress.ticker("oracle: loading the knowledge base (reading and proving the laws)"):
        kg = load(folder, use_cache=True, progress=progress)
    if path is not None:
        cache.write_verified(path, key, snapshot.dump(kg))
    return kg
