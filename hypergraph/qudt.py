"""QUDT units and quantity kinds: map our unit strings and kind names to QUDT IRIs.

The QUDT Turtle files (``../shared/datasets/qudt/``, or any folder holding them) are read
once; the few facts this module needs (each unit's dimension vector, conversion multiplier
and offset, symbol, label and quantity kinds; each kind's labels and dimension vector) are
cached as a small JSON file in the user's cache directory, keyed by the files' content
hash. Loading uses pyoxigraph when it is installed (about 25x faster) and rdflib otherwise.

A unit string of ours is matched with pint: the QUDT units of the same dimension and
conversion to SI are the candidates, and among them one whose symbol pint reads as the very
same unit (``J/(kg·K)`` for ``J/(kg*K)``) is preferred, then an SI unit, then the
shortest name. A kind name is matched on the kind's English label, its alternative labels
or the words of its IRI (``MagneticFluxDensity``), and on its dimension when one is given.

>>> q = load()                                        # doctest: +SKIP
>>> q.unit_iri("m/s"), q.unit_iri("J")                # doctest: +SKIP
('http://qudt.org/vocab/unit/M-PER-SEC', 'http://qudt.org/vocab/unit/J')
>>> q.kind_iri("torque")                              # doctest: +SKIP
'http://qudt.org/vocab/quantitykind/Torque'
>>> parse_dimension_vector("A0E0L2I0M1H0T-2D0")
Dimension(L=2, M=1, T=-2)
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Iterator

from proofs import cache
from psg.units import Dimension, UnitError, parse_unit, registry

QUDT = "http://qudt.org/schema/qudt/"
UNIT = "http://qudt.org/vocab/unit/"
QUANTITYKIND = "http://qudt.org/vocab/quantitykind/"
QKDV = "http://qudt.org/vocab/dimensionvector/"
SOU_SI = "http://qudt.org/vocab/sou/SI"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"

UNITS_FILE = "VOCAB_QUDT-UNITS-ALL.ttl"
KINDS_FILE = "VOCAB_QUDT-QUANTITY-KINDS-ALL.ttl"
CACHE_VERSION = "qudt-1"  # bump when the extracted records change shape
REL_TOL = 1e-6            # conversion multipliers closer than this are the same unit


class QudtError(ValueError):
    """The QUDT files are missing, unreadable or not what this module expects (names the file)."""


@dataclass(frozen=True)
class UnitRecord:
    """One QUDT unit: SI value = (value + offset) * multiplier."""

    iri: str
    symbol: str
    label: str
    dimension: Dimension | None  # None for qkdv:NotApplicable and the like
    multiplier: float
    offset: float = 0.0
    kinds: tuple[str, ...] = ()
    si: bool = False
    deprecated: bool = False


@dataclass(frozen=True)
class KindRecord:
    """One QUDT quantity kind."""

    iri: str
    label: str
    dimension: Dimension | None
    alt_labels: tuple[str, ...] = ()
    deprecated: bool = False


# -- dimension vectors ----------------------------------------------------------------
_NUM = r"(-?\d+(?:(?:dot|\.)\d+)?)"  # a few deprecated names write "2.5" for "2dot5"
_QKDV = re.compile(rf"^A{_NUM}E{_NUM}L{_NUM}I{_NUM}M{_NUM}H{_NUM}T{_NUM}D{_NUM}$")


def parse_dimension_vector(name: str) -> Dimension:
    """``qkdv:A0E0L1I0M1H0T-2D0`` (or its bare local name) -> our :class:`Dimension`.

    QUDT's order is amount, current (E), length, luminous intensity (I), mass, temperature
    (H), time, and a dimensionless flag (D, ignored); ``dot`` marks a decimal point.

    >>> parse_dimension_vector("http://qudt.org/vocab/dimensionvector/A0E0L-0dot5I0M0dot5H0T-1D0")
    Dimension(L=-1/2, M=1/2, T=-1)
    >>> parse_dimension_vector("NotApplicable")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    QudtError: 'NotApplicable' is not a QUDT dimension vector name (like A0E0L1I0M0H0T-1D0)
    """
    local = name.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    m = _QKDV.match(local)
    if not m:
        raise QudtError(f"{local!r} is not a QUDT dimension vector name (like A0E0L1I0M0H0T-1D0)")
    a, e, l, i, mass, h, t, _d = (Fraction(g.replace("dot", ".")) for g in m.groups())
    return Dimension((l, mass, t, e, h, a, i))


def dimension_vector_name(dim: Dimension) -> str | None:
    """Our :class:`Dimension` -> the QUDT vector's local name; None when an exponent has no
    finite decimal form (QUDT writes halves as ``0dot5``).

    >>> dimension_vector_name(Dimension.of(L=1, M=1, T=-2))
    'A0E0L1I0M1H0T-2D0'
    """
    parts = []
    for letter, idx in (("A", 5), ("E", 3), ("L", 0), ("I", 6), ("M", 1), ("H", 4), ("T", 2)):
        e = dim.exps[idx]
        den = e.denominator
        while den % 2 == 0:
            den //= 2
        while den % 5 == 0:
            den //= 5
        if den != 1:
            return None
        text = str(e.numerator) if e.denominator == 1 else format(e.numerator / e.denominator, "g")
        parts.append(letter + text.replace(".", "dot"))
    return "".join(parts) + ("D1" if dim.dimensionless else "D0")


# -- reading the Turtle files ------------------------------------------------------------
def _triples(path: Path) -> Iterator[tuple[str, str, object]]:
    """(subject, predicate, object) with IRIs as str and literals as ``(value, datatype, lang)``."""
    try:
        import pyoxigraph
    except ImportError:
        pyoxigraph = None
    if pyoxigraph is not None:
        try:
            for q in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE):
                o = q.object
                if isinstance(o, pyoxigraph.Literal):
                    yield q.subject.value, q.predicate.value, (o.value, o.datatype.value, o.language or "")
                else:
                    yield getattr(q.subject, "value", str(q.subject)), q.predicate.value, getattr(o, "value", str(o))
        except SyntaxError as err:
            raise QudtError(f"{path}: {err}") from None
        return
    import rdflib

    g = rdflib.Graph()
    try:
        g.parse(str(path), format="turtle")
    except Exception as err:  # rdflib raises its own BadSyntax and others
        raise QudtError(f"{path}: {err}") from None
    for s, p, o in g:
        if isinstance(o, rdflib.Literal):
            yield str(s), str(p), (str(o), str(o.datatype or "http://www.w3.org/2001/XMLSchema#string"), o.language or "")
        else:
            yield str(s), str(p), str(o)


def _file(path: str | Path | None, name: str) -> Path:
    if path is None:
        from .data import shared_datasets_dir

        path = shared_datasets_dir() / "qudt"
    p = Path(path)
    if p.is_dir():
        p = p / name
    if not p.is_file():
        raise QudtError(f"QUDT file not found: {p} (expected the folder holding {name}, or the file itself)")
    return p


def _english(labels: list[tuple[str, str]]) -> str:
    for want in ("en", "", "en-us", "en-gb"):
        for text, lang in labels:
            if lang.lower() == want:
                return text
    return labels[0][0] if labels else ""


def _float(lit, where: str) -> float:
    try:
        return float(lit[0])
    except (TypeError, ValueError):
        raise QudtError(f"{where}: expected a number, got {lit!r}") from None


def _read_units(path: Path) -> list[UnitRecord]:
    facts: dict[str, dict[str, list]] = {}
    for s, p, o in _triples(path):
        if s.startswith(UNIT):
            facts.setdefault(s, {}).setdefault(p, []).append(o)
    out = []
    for iri, f in facts.items():
        types = f.get(RDF_TYPE, [])
        if QUDT + "Unit" not in types and not any(t.startswith(QUDT) and t.endswith("Unit") for t in types):
            continue
        vec = f.get(QUDT + "hasDimensionVector", [])
        try:
            dim = parse_dimension_vector(vec[0]) if vec else None
        except QudtError:
            dim = None
        mult = f.get(QUDT + "conversionMultiplier")
        off = f.get(QUDT + "conversionOffset")
        kinds = sorted({k for p in ("hasQuantityKind", "unitForQuantityKind") for k in f.get(QUDT + p, [])})
        labels = [(o[0], o[2]) for o in f.get(RDFS_LABEL, []) if isinstance(o, tuple)]
        systems = f.get(QUDT + "applicableSystem", []) + f.get(QUDT + "definedUnitOfSystem", []) + \
            f.get(QUDT + "derivedCoherentUnitOfSystem", [])
        dep = f.get(QUDT + "deprecated", [])
        symbols = [o[0] for o in f.get(QUDT + "symbol", []) if isinstance(o, tuple)]
        out.append(UnitRecord(
            iri, min(symbols, key=len) if symbols else "", _english(labels), dim,
            _float(mult[0], f"{path}: {iri} conversionMultiplier") if mult else math.nan,
            _float(off[0], f"{path}: {iri} conversionOffset") if off else 0.0,
            tuple(kinds), SOU_SI in systems, any(isinstance(d, tuple) and d[0] == "true" for d in dep)))
    if not out:
        raise QudtError(f"{path}: no qudt:Unit found; is this a QUDT units file?")
    return sorted(out, key=lambda r: r.iri)


def _read_kinds(path: Path) -> list[KindRecord]:
    facts: dict[str, dict[str, list]] = {}
    for s, p, o in _triples(path):
        if s.startswith(QUANTITYKIND):
            facts.setdefault(s, {}).setdefault(p, []).append(o)
    out = []
    for iri, f in facts.items():
        if QUDT + "QuantityKind" not in f.get(RDF_TYPE, []):
            continue
        vec = f.get(QUDT + "hasDimensionVector", [])
        try:
            dim = parse_dimension_vector(vec[0]) if vec else None
        except QudtError:
            dim = None
        labels = [(o[0], o[2]) for o in f.get(RDFS_LABEL, []) if isinstance(o, tuple)]
        alts = sorted({o[0] for o in f.get(SKOS_ALT, []) if isinstance(o, tuple) and o[2].lower() in ("", "en", "en-us", "en-gb")})
        dep = f.get(QUDT + "deprecated", [])
        out.append(KindRecord(iri, _english(labels), dim, tuple(alts),
                              any(isinstance(d, tuple) and d[0] == "true" for d in dep)))
    if not out:
        raise QudtError(f"{path}: no qudt:QuantityKind found; is this a QUDT quantity kinds file?")
    return sorted(out, key=lambda r: r.iri)


# -- the JSON cache ------------------------------------------------------------------------
def _dim_json(d: Dimension | None):
    return None if d is None else [str(e) for e in d.exps]


def _dim_from(j) -> Dimension | None:
    return None if j is None else Dimension(tuple(Fraction(e) for e in j))


def _cached(files: list[Path], extract, encode, decode) -> list:
    h = hashlib.sha256(CACHE_VERSION.encode())
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    key = h.hexdigest()
    if key in cache._memory:
        return cache._memory[key]
    d = cache.cache_dir()
    path = None if d is None else d / "qudt" / f"{key}.json"
    if path is not None:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(doc, dict) and doc.get("version") == CACHE_VERSION:
                records = [decode(r) for r in doc["records"]]
                cache._memory[key] = records
                return records
        except (OSError, ValueError, KeyError, TypeError):
            pass  # a missing or damaged cache entry is rebuilt
    records = extract()
    cache._memory[key] = records
    if path is not None:
        try:
            cache.write_atomic(path, json.dumps({"version": CACHE_VERSION, "records": [encode(r) for r in records]}))
        except OSError:
            pass  # a read-only cache only costs time
    return records


def import_units(path: str | Path | None = None) -> tuple[UnitRecord, ...]:
    """Every unit of the QUDT units file (``path``: its folder or the file; default: the shared copy)."""
    f = _file(path, UNITS_FILE)

    def enc(r: UnitRecord) -> dict:
        return {"iri": r.iri, "symbol": r.symbol, "label": r.label, "dimension": _dim_json(r.dimension),
                "multiplier": r.multiplier if math.isfinite(r.multiplier) else None, "offset": r.offset,
                "kinds": list(r.kinds), "si": r.si, "deprecated": r.deprecated}

    def dec(j: dict) -> UnitRecord:
        return UnitRecord(j["iri"], j["symbol"], j["label"], _dim_from(j["dimension"]),
                          math.nan if j["multiplier"] is None else float(j["multiplier"]), float(j["offset"]),
                          tuple(j["kinds"]), bool(j["si"]), bool(j["deprecated"]))

    return tuple(_cached([f], lambda: _read_units(f), enc, dec))


def import_kinds(path: str | Path | None = None) -> tuple[KindRecord, ...]:
    """Every quantity kind of the QUDT quantity kinds file (``path``: its folder or the file)."""
    f = _file(path, KINDS_FILE)

    def enc(r: KindRecord) -> dict:
        return {"iri": r.iri, "label": r.label, "dimension": _dim_json(r.dimension),
                "alt_labels": list(r.alt_labels), "deprecated": r.deprecated}

    def dec(j: dict) -> KindRecord:
        return KindRecord(j["iri"], j["label"], _dim_from(j["dimension"]), tuple(j["alt_labels"]), bool(j["deprecated"]))

    return tuple(_cached([f], lambda: _read_kinds(f), enc, dec))


# -- matching --------------------------------------------------------------------------------
_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_SUPER_RUN = re.compile(r"([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")


def pint_symbol(symbol: str) -> str:
    """A QUDT symbol in pint's syntax: ``kg·m²/s`` -> ``kg*m^2/s``.

    >>> pint_symbol("J/(kg·K)"), pint_symbol("m⁻¹"), pint_symbol("/s")
    ('J/(kg*K)', 'm^-1', '1/s')
    """
    text = _SUPER_RUN.sub(lambda m: "^" + m.group(1).translate(_SUPER), symbol.strip())
    text = text.replace("·", "*").replace("⋅", "*").replace("×", "*").replace(" ", "*")
    return "1" + text if text.startswith("/") else text


_SEPARATORS = re.compile(r"[\s*·⋅×]")
_NAME = re.compile(r"[^\W\d_]+")


def _same_unit(ours: str, symbol: str) -> bool:
    """Whether the QUDT symbol writes exactly our unit: the same text up to separators
    (``kW·h`` and ``kWh``), or the same unit names and powers as pint reads them, naming as
    many units (``m/m²`` is not ``1/m``, though pint cancels it to that)."""
    if not symbol:
        return False
    if _SEPARATORS.sub("", ours) == _SEPARATORS.sub("", pint_symbol(symbol)):
        return True
    if len(_NAME.findall(ours)) != len(_NAME.findall(symbol)):
        return False
    ureg = registry()
    try:
        return ureg.parse_units(pint_symbol(symbol)) == ureg.parse_units(ours)
    except Exception:  # pint raises many kinds of error on foreign symbols
        return False


def _parse(unit_str: str):
    """``psg.units.parse_unit``, with every failure a :class:`UnitError` (pint lets a few
    tokenizer errors through, e.g. for ``")"``)."""
    try:
        return parse_unit(unit_str)
    except UnitError:
        raise
    except Exception as err:
        raise UnitError(f"unknown unit {unit_str!r}: pint cannot parse it ({type(err).__name__})") from None


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=0.0)


def _words(local: str) -> str:
    """``MagneticFluxDensity`` -> ``magnetic flux density``; ``Half-Life`` -> ``half life``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", local)
    return _norm(spaced)


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[-_/]", " ", name).lower().split())


class Qudt:
    """The QUDT units and quantity kinds, with look-ups by our unit strings and kind names."""

    def __init__(self, units: tuple[UnitRecord, ...], kinds: tuple[KindRecord, ...]) -> None:
        self.units = units
        self.kinds = kinds
        self._unit = {r.iri: r for r in units}
        self._kind = {r.iri: r for r in kinds}
        self._by_dim: dict[Dimension, list[UnitRecord]] = {}
        for r in units:
            if r.dimension is not None and not r.deprecated and math.isfinite(r.multiplier):
                self._by_dim.setdefault(r.dimension, []).append(r)
        self._names: dict[str, list[tuple[int, KindRecord]]] = {}
        for r in kinds:
            keys = [(0, _norm(r.label)), (1, _words(r.iri.rsplit("/", 1)[-1]))] + [(2, _norm(a)) for a in r.alt_labels]
            for rank, key in keys:
                if key:
                    self._names.setdefault(key, []).append((rank + (10 if r.deprecated else 0), r))
        self._unit_memo: dict[str, str | None] = {}

    def unit(self, iri: str) -> UnitRecord:
        return self._unit[iri]

    def kind(self, iri: str) -> KindRecord:
        return self._kind[iri]

    def unit_candidates(self, unit_str: str) -> list[UnitRecord]:
        """QUDT units of the same dimension and conversion to SI as ``unit_str``, best first."""
        u = _parse(unit_str)
        cands = [r for r in self._by_dim.get(u.dimension, ())
                 if _close(r.multiplier, u.to_si) and math.isclose(r.offset * r.multiplier, u.offset, rel_tol=REL_TOL, abs_tol=1e-12)]
        empty = unit_str.strip() in ("1", "dimensionless")

        def rank(r: UnitRecord):
            exact = _same_unit(unit_str, r.symbol)
            return (not (empty and r.iri == UNIT + "UNITLESS"), not exact, abs(r.multiplier - u.to_si) / max(abs(u.to_si), 1e-300), not r.si,
                    len(r.iri), r.iri)

        return sorted(cands, key=rank)

    def unit_iri(self, unit_str: str) -> str | None:
        """The QUDT unit IRI for a pint-readable unit string; None when QUDT has no such unit.

        Raises :class:`psg.units.UnitError` when pint cannot read ``unit_str``.
        """
        if unit_str not in self._unit_memo:
            cands = self.unit_candidates(unit_str)
            self._unit_memo[unit_str] = cands[0].iri if cands else None
        return self._unit_memo[unit_str]

    def kind_iri(self, kind_name: str, dimension: Dimension | None = None) -> str | None:
        """The QUDT quantity kind IRI for a kind name (``"energy"``); with ``dimension``, only a
        kind of that dimension (or of none stated) matches. None when nothing matches."""
        found = self._names.get(_norm(kind_name), [])
        if dimension is not None:
            found = [(k, r) for k, r in found if r.dimension is None or r.dimension == dimension]
        if not found:
            return None
        return min(found, key=lambda kr: (kr[0], kr[1].dimension is None, len(kr[1].iri), kr[1].iri))[1].iri

    def check_unit(self, iri: str) -> str | None:
        """Compare a QUDT unit with pint's reading of its symbol: None when they agree (or pint
        cannot read the symbol), else a sentence saying how they differ."""
        r = self._unit[iri]
        try:
            u = _parse(pint_symbol(r.symbol))
        except UnitError:
            return None
        if r.dimension is not None and u.dimension != r.dimension:
            return f"{iri}: QUDT says {r.dimension}, pint reads {r.symbol!r} as {u.dimension}"
        if math.isfinite(r.multiplier) and not _close(r.multiplier, u.to_si):
            return f"{iri}: QUDT multiplier {r.multiplier!r}, pint reads {r.symbol!r} as {u.to_si!r}"
        return None


_LOADED: dict[str, Qudt] = {}


def load(path: str | Path | None = None) -> Qudt:
    """The QUDT units and kinds in ``path`` (a folder holding both files; default: the shared copy),
    loaded once per process."""
    key = str(Path(path).resolve()) if path is not None else ""
    if key not in _LOADED:
        _LOADED[key] = Qudt(import_units(path), import_kinds(path))
    return _LOADED[key]


def available(path: str | Path | None = None) -> bool:
    """Whether the QUDT files can be found (at ``path``, or the shared copy)."""
    try:
        _file(path, UNITS_FILE), _file(path, KINDS_FILE)
    except QudtError:
        return False
    return True


def unit_iri(unit_str: str, path: str | Path | None = None) -> str | None:
    """``unit_iri("m/s")`` -> ``'http://qudt.org/vocab/unit/M-PER-SEC'`` (None: QUDT has no such unit)."""
    return load(path).unit_iri(unit_str)


def kind_iri(kind_name: str, dimension: Dimension | None = None, path: str | Path | None = None) -> str | None:
    """``kind_iri("energy")`` -> ``'http://qudt.org/vocab/quantitykind/Energy'`` (None: no such kind)."""
    return load(path).kind_iri(kind_name, dimension)


def coverage(kg, qudt: Qudt | None = None) -> dict:
    """How many of a knowledge graph's unit strings and kind names map to QUDT IRIs, and which do not."""
    q = qudt or load()
    units = sorted({x.unit for x in kg.quantities} | {c.unit for c in kg.constants})
    kinds = sorted({(x.kind, x.dimension) for x in kg.quantities if x.kind}, key=lambda kd: kd[0])
    unmapped_units = [u for u in units if _safe_unit(q, u) is None]
    unmapped_kinds = sorted({k for k, d in kinds if q.kind_iri(k, d) is None})
    kind_names = {k for k, _ in kinds}
    return {"units": len(units), "units_mapped": len(units) - len(unmapped_units), "unmapped_units": unmapped_units,
            "kinds": len(kind_names), "kinds_mapped": len(kind_names) - len(unmapped_kinds),
            "unmapped_kinds": unmapped_kinds}


def _safe_unit(q: Qudt, u: str) -> str | None:
    try:
        return q.unit_iri(u)
    except UnitError:
        return None
