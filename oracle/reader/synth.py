"""Training questions synthesized from the knowledge base, kept only when the oracle verifies them.

A problem is a law direction (or two laws chained): its other variables are the givens,
its solved-for variable the target. Each given gets a value in a unit of its dimension
(written as people write units and numbers), a way of being mentioned (its name or a
synonym, its symbol, an English idiom such as "falls 20 m", "a 2 kg ball", or just the
value), and the problem is laid out in one of several ways, with objects, distractor
clauses and irrelevant numbers. **An example is kept only when its request gets a verified
answer from the oracle** (distillation filtered by the verifier; checked as set on the
Earth, and an extra unneeded given may be left unused). Revision examples pair a
wrong reading and the mismatch the oracle reported with the right reading.

Seeded: the same seed gives the same examples.

>>> ex = next(iter(generate(1, seed=3)))
>>> ex.request.find in Lexicon.default().entries and all(ex.text[g.span[0]:g.span[1]] for g in ex.request.givens)
True
"""
from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass

from . import adapter
from .lexicon import Lexicon, words
from .request import Given, Mismatch, Request
from .scan import tokenize, values



def _on_earth(request: Request) -> Request:
    """A synthesized request as checked: whether its reading is right does not depend on
    where the question is set, so the standard ``g`` counts as the question's own (the loop
    decides that from the text)."""
    from dataclasses import replace

    return replace(request, on_earth=True)


# -- units and numbers ------------------------------------------------------------------
#: unit spellings people write, by the unit pint reads (any unit of a dimension may be chosen)
UNIT_SURFACES = {
    "m": ["m", "m", "metres", "meters"], "cm": ["cm", "centimetres"], "mm": ["mm"], "km": ["km", "kilometres"],
    "nm": ["nm", "nanometres"], "um": ["µm", "μm"], "kg": ["kg", "kg", "kilograms"], "g": ["g", "grams"],
    "mg": ["mg"], "t": ["tonnes", "t"], "s": ["s", "s", "seconds", "sec"], "ms": ["ms"], "min": ["min", "minutes"],
    "h": ["h", "hours", "hr"], "us": ["µs"], "m/s": ["m/s", "m/s", "m s^-1", "metres per second", "ms^-1"],
    "km/h": ["km/h", "kph", "km per hour", "kilometres per hour"], "cm/s": ["cm/s"],
    "m/s^2": ["m/s^2", "m/s²", "m s^-2", "metres per second squared"], "N": ["N", "N", "newtons"],
    "kN": ["kN"], "mN": ["mN"], "J": ["J", "J", "joules"], "kJ": ["kJ", "kilojoules"], "MJ": ["MJ"],
    "eV": ["eV", "electron volts"], "keV": ["keV"], "MeV": ["MeV"], "kWh": ["kWh"], "cal": ["cal", "calories"],
    "W": ["W", "watts"], "kW": ["kW"], "MW": ["MW"], "mW": ["mW"], "Pa": ["Pa", "pascals"], "kPa": ["kPa"],
    "MPa": ["MPa"], "atm": ["atm", "atmospheres"], "bar": ["bar"], "Hz": ["Hz", "hertz"], "kHz": ["kHz"],
    "MHz": ["MHz"], "rad/s": ["rad/s"], "rpm": ["rpm"], "C": ["C", "coulombs"], "uC": ["µC", "μC"],
    "nC": ["nC"], "mC": ["mC"], "V": ["V", "volts"], "kV": ["kV"], "mV": ["mV"], "A": ["A", "amperes", "amps"],
    "mA": ["mA"], "uA": ["µA"], "ohm": ["Ω", "ohms", "ohm"], "kohm": ["kΩ", "kohm"], "Mohm": ["MΩ"],
    "F": ["F"], "uF": ["µF", "μF", "uF"], "nF": ["nF"], "pF": ["pF"], "H": ["H", "henry"], "mH": ["mH"],
    "T": ["T", "tesla"], "mT": ["mT"], "uT": ["µT"], "Wb": ["Wb"], "K": ["K", "kelvin"],
    "degC": ["°C", "degrees Celsius", "° C", "degC"], "mol": ["mol", "moles"], "kg/m^3": ["kg/m^3", "kg/m³", "kg m^-3"],
    "g/cm^3": ["g/cm^3", "g/cm³"], "m^2": ["m^2", "m²", "square metres"], "cm^2": ["cm^2", "cm²"],
    "m^3": ["m^3", "m³", "cubic metres"], "L": ["L", "litres", "liters"], "mL": ["mL"], "cm^3": ["cm^3", "cm³"],
    "degree": ["°", "degrees", "degrees"], "rad": ["rad", "radians"], "percent": ["%", "percent"],
    "N/m": ["N/m"], "N*m": ["N·m", "N m"], "kg*m/s": ["kg·m/s", "kg m/s"], "J*s": ["J·s"], "kg*m^2": ["kg·m^2", "kg m²"],
    "V/m": ["V/m"], "N/C": ["N/C"], "J/(kg*K)": ["J/(kg·K)", "J/(kg K)", "J kg^-1 K^-1"], "J/K": ["J/K"],
    "m^3/s": ["m^3/s", "m³/s"], "L/s": ["L/s"], "kg/s": ["kg/s"], "g/mol": ["g/mol"], "Bq": ["Bq", "becquerels"],
    "W/m^2": ["W/m^2", "W/m²"], "1/s": ["s^-1"], "day": ["days"], "year": ["years"], "au": ["AU"],
    "light_year": ["light-years"], "u": ["u"], "GeV": ["GeV"], "mm/s": ["mm/s"], "mi/h": ["mph"],
}
_BASE_UNIT_CHOICES = None


def _unit_choices(lex: Lexicon) -> dict[str, list[str]]:
    """Units people use, grouped by dimension key (pint decides the dimension)."""
    global _BASE_UNIT_CHOICES
    if _BASE_UNIT_CHOICES is None:
        from .scan import dimension_key

        by_dim: dict[str, list[str]] = {}
        for u in UNIT_SURFACES:
            try:
                by_dim.setdefault(dimension_key(u), []).append(u)
            except Exception:
                continue
        _BASE_UNIT_CHOICES = by_dim
    return _BASE_UNIT_CHOICES


def number_text(rng: random.Random, x: float) -> str:
    """``x`` written one of the ways people write numbers."""
    if x == 0:
        return "0"
    e = math.floor(math.log10(abs(x)))
    if e >= 5 or e <= -4:
        mant = x / 10 ** e
        m = f"{mant:.2g}" if rng.random() < 0.5 else f"{mant:.1f}"
        style = rng.randrange(5)
        return [f"{m} × 10^{e}", f"{m} x 10^{e}", f"{m}e{e}", f"{m}×10^{e}", f"{m} * 10^{e}"][style]
    sig = rng.choice([1, 2, 2, 3, 3, 4])
    t = f"{x:.{sig}g}"
    if "e" in t:
        t = f"{x:.0f}"
    if abs(x) >= 1000 and rng.random() < 0.4 and "." not in t:
        t = f"{int(float(t)):,}"
    return t


def _magnitude(rng: random.Random, entry, unit: str) -> float:
    """A value in ``unit`` for a quantity: angles in degrees between 5 and 85, ratios
    between 0 and 1, counts as whole numbers, the rest log-uniform."""
    if unit in ("degree",):
        return float(rng.randrange(5, 86, 5))
    if unit == "percent":
        return float(rng.randrange(5, 100, 5))
    if entry.dim == "1":
        name = entry.name.lower()
        if any(w in name for w in ("number", "count", "turns", "charge number", "mass number", "atomic number")):
            return float(rng.randrange(1, 500))
        if "index" in name:
            return round(rng.uniform(1.0, 2.5), 2)
        return round(rng.uniform(0.05, 0.95), 2)
    return float(f"{10 ** rng.uniform(-0.7, 3):.3g}")


# -- how givens and targets are mentioned -----------------------------------------------
#: English idioms that mention a quantity without its name, keyed by a name the knowledge
#: base knows (entries whose name it does not know are skipped). ``{v}`` is the value.
IDIOMS = {
    "speed": ["moves at {v}", "travels at {v}", "is moving at {v}", "goes at {v}", "runs at {v}",
              "is travelling at {v}", "cruises at {v}"],
    "initial speed": ["is launched at {v}", "is thrown at {v}", "starts at {v}", "is fired at {v}",
                      "is projected at {v}", "leaves at {v}", "is kicked at {v}"],
    "height": ["falls {v}", "is dropped from {v}", "falls from {v}", "drops {v}", "is {v} above the ground",
               "sits {v} up", "is held {v} above the floor"],
    "distance": ["travels {v}", "covers {v}", "moves {v}", "goes {v}", "over {v}", "for a distance of {v}"],
    "time": ["for {v}", "in {v}", "takes {v}", "after {v}", "during {v}", "lasts {v}"],
    "acceleration": ["accelerates at {v}", "speeds up at {v}", "accelerating at {v}"],
    "force": ["is pushed with {v}", "is pulled with {v}", "is acted on by {v}"],
    "length": ["is {v} long", "{v} long"],
    "radius": ["{v} in radius", "with radius {v}"],
    "temperature": ["is kept at {v}", "is held at {v}", "at {v}"],
    "voltage": ["is connected to {v}", "runs on {v}"],
    "current": ["carries {v}", "draws {v}"],
    "power": ["is rated at {v}", "delivers {v}", "uses {v}"],
    "frequency": ["oscillates at {v}", "vibrates at {v}", "at {v}"],
    "wavelength": ["of {v} light"],
    "extension": ["is stretched by {v}", "is compressed by {v}", "extends by {v}", "is compressed {v}"],
    "distance between the charges": ["are {v} apart", "are separated by {v}", "sit {v} apart"],
    "angle": ["at {v} above the horizontal", "inclined at {v}", "at an angle of {v}"],
    "launch angle": ["at {v} above the horizontal", "at {v} to the ground", "launched at {v}"],
    "pressure": ["under {v}", "at a pressure of {v}"],
    "half-life": ["decays with a half-life of {v}"],
    "altitude": ["at an altitude of {v}", "orbits {v} above the surface", "{v} above the surface"],
    "mass": ["weighs {v}", "has {v} of mass"],
}
#: nouns that a value in front of them describes, and the quantity they make it: "a 2 kg ball"
OBJECT_NOUNS = {
    "mass": ["ball", "block", "box", "car", "stone", "rock", "crate", "cart", "trolley", "sled", "person", "bullet", "mass"],
    "length": ["rod", "rope", "string", "wire", "bar", "plank", "pendulum"],
    "voltage": ["battery", "supply", "source", "cell"], "resistance": ["resistor"],
    "capacitance": ["capacitor"], "inductance": ["inductor", "coil"], "power": ["bulb", "heater", "motor", "lamp"],
    "spring constant": ["spring"], "charge": ["charge", "particle"],
}
#: speeds of zero stated in words: (quantity name, share of its mentions, patterns, phrases)
ZERO_MENTIONS = [
    ("initial speed", 0.3, ["starts {z}", "accelerates {z}", "is released {z}", "begins {z}", "{z}"],
     ["from rest", "from rest", "at rest"]),
    ("speed", 0.1, ["comes {z}", "is brought {z}", "slows {z}", "brakes {z}"], ["to rest", "to a stop", "to a halt"]),
]
OPENERS = ["", "", "", "Problem {n}. ", "Question {n}: ", "Q{n}) ", "In a lab experiment, ", "In {year}, a student finds that ",
           "Consider this. ", "Exercise {n}. ", "({n} marks) ", "A physics student notes: "]
FILLERS = ["Ignore air resistance.", "Neglect friction.", "Assume ideal conditions.",
           "Give your answer to {n} significant figures.", "The experiment is repeated {n} times.",
           "There are {n} students in the class.", "Round to {n} decimal places.", ""]
ASKS = ["What is the {t}?", "What is its {t}?", "Find the {t}.", "Calculate the {t}.", "Determine the {t}.",
        "What is the value of the {t}?", "Compute the {t}.", "What will the {t} be?", "What's the {t}?",
        "How large is the {t}?", "Find {t}.", "Work out the {t}.", "Estimate the {t}.", "What {t} results?",
        "What is the resulting {t}?", "Can you find the {t}?", "Determine its {t}.", "What is the {t} equal to?"]
ASKS_UNIT = ["What is the {t} in {u}?", "Find the {t} in {u}.", "Calculate the {t}, in {u}.",
             "What is the {t} (in {u})?", "Give the {t} in {u}.", "Express the {t} in {u}.",
             "Find the {t} in units of {u}.", "What is the {t}? Answer in {u}."]
HOW_ASKS = {"speed": ["How fast is it moving?", "How fast does it go?", "How fast is it going?"],
            "time": ["How long does it take?", "How long will it take?", "How much time does it take?"],
            "distance": ["How far does it travel?", "How far does it go?"],
            "height": ["How high is it?", "How high does it go?"],
            "temperature": ["How hot is it?"], "mass": ["How heavy is it?"]}
GIVEN_NAMED = ["the {n} is {v}", "the {n} is {v}", "a {n} of {v}", "{n} = {v}", "the {n} equals {v}",
               "{n}: {v}", "its {n} is {v}", "with a {n} of {v}", "has a {n} of {v}", "the {n} is about {v}",
               "a {n} of about {v}", "the {n} measures {v}", "{v} {n}"]
JOIN = [", ", " and ", "; ", ", and "]


@dataclass(frozen=True)
class Example:
    """A question, its verified request (the gold reading), and for a revision example the
    wrong reading tried first and the mismatch the oracle reported for it."""

    text: str
    request: Request
    wrong: Request | None = None
    mismatch: Mismatch | None = None

    def to_json(self) -> dict:
        def req(r: Request | None):
            if r is None:
                return None
            return {"givens": [{"quantity": g.quantity, "value": g.value, "span": list(g.span), "obj": g.obj,
                                "name_span": list(g.name_span) if g.name_span else None} for g in r.givens],
                    "find": r.find, "unit": r.unit, "find_span": list(r.find_span) if r.find_span else None}

        out = {"text": self.text, "request": req(self.request)}
        if self.wrong is not None:
            out["wrong"] = req(self.wrong)
            out["mismatch"] = {"kind": self.mismatch.kind, "message": self.mismatch.message,
                               "given": self.mismatch.given, "target": self.mismatch.target}
        return out

    @classmethod
    def from_json(cls, d: dict) -> "Example":
        def req(r):
            if r is None:
                return None
            return Request(tuple(Given(g["quantity"], g["value"], tuple(g["span"]), g.get("obj"),
                                       tuple(g["name_span"]) if g.get("name_span") else None) for g in r["givens"]),
                           r["find"], r["unit"], tuple(r["find_span"]) if r.get("find_span") else None)

        m = d.get("mismatch")
        return cls(d["text"], req(d["request"]), req(d.get("wrong")),
                   Mismatch(m["kind"], m["message"], m["given"], m["target"]) if m else None)


# -- problems ---------------------------------------------------------------------------
def problems(kg) -> list[tuple[tuple[str, ...], str]]:
    """(givens, target) of every usable law direction, and of two laws chained through one
    quantity (the first law's output is an input of the second)."""
    single = []
    for law in kg.laws:
        for d in law.directions:
            if d.usable:
                single.append((tuple(v for v in law.variables if v != d.variable), d.variable))
    chained = []
    by_input: dict[str, list] = {}
    for law in kg.laws:
        for v in law.inputs:
            by_input.setdefault(v, []).append(law)
    for law in kg.laws:
        y = law.output
        for second in by_input.get(y, ()):
            if second is law:
                continue
            for d in second.directions:
                if not d.usable or d.variable == y or d.variable in law.variables:
                    continue
                givens = tuple(dict.fromkeys([*law.inputs, *(v for v in second.variables if v not in (y, d.variable))]))
                if 1 <= len(givens) <= 4:
                    chained.append((givens, d.variable))
    return single + chained


class Synth:
    """The generator: ``Synth(seed).examples(n)`` yields verified examples."""

    def __init__(self, seed: int = 0, lexicon: Lexicon | None = None, oracle=None) -> None:
        from oracle.kb import load_kb

        self.rng = random.Random(seed)
        self.lex = lexicon or Lexicon.default()
        self.kg = load_kb()
        self.oracle = oracle
        self.problems = problems(self.kg)
        self.units = _unit_choices(self.lex)
        self.idioms = self._resolve(IDIOMS)
        self.nouns = self._resolve(OBJECT_NOUNS)
        self.how = self._resolve(HOW_ASKS)
        self.zero = {}
        for name, share, patterns, phrases in ZERO_MENTIONS:
            sym = self.lex.phrases.get(words(name))
            if sym is not None:
                self.zero[sym] = (share, patterns, phrases)
        self.tried = self.kept = 0
        self.underivable: set = set()  # (givens, target) that the laws never connect

    def _resolve(self, table: dict) -> dict[str, list]:
        out: dict[str, list] = {}
        for name, items in table.items():
            sym = self.lex.phrases.get(words(name))
            if sym is not None:
                out.setdefault(sym, []).extend(items)
        return out

    # -- one example ------------------------------------------------------------------
    def examples(self, n: int, revision_share: float = 0.15, verify: bool = True):
        made = 0
        while made < n:
            ex = self.one(verify=verify)
            if ex is None:
                continue
            if verify and self.rng.random() < revision_share:
                rev = self.revision(ex)
                if rev is not None:
                    ex = rev
            made += 1
            yield ex

    def one(self, verify: bool = True) -> Example | None:
        rng = self.rng
        givens, target = rng.choice(self.problems)
        self.tried += 1
        if (frozenset(givens), target) in self.underivable:
            return None
        if rng.random() < 0.12:  # an extra, unneeded quantity
            extra = rng.choice(self.lex.symbols)
            if extra not in givens and extra != target:
                givens = givens + (extra,)
        built = self.render(list(givens), target)
        if built is None:
            return None
        text, request = built
        if verify:
            out = adapter.check(_on_earth(request), self.oracle, engine="closure", instead=False)
            if out.mismatch is not None and out.mismatch.kind == "not derivable" and out.answer is not None:
                self.underivable.add((frozenset(givens), target))
            if not (out.verified or out.unused_only):
                return None
        self.kept += 1
        return Example(text, request)

    def revision(self, ex: Example) -> Example | None:
        """A wrong reading of the same text (a given or the target read as another quantity
        of its dimension), with the mismatch the oracle reports for it."""
        rng = self.rng
        r = ex.request
        if rng.random() < 0.6 and r.givens:
            i = rng.randrange(len(r.givens))
            cands = [s for s in self.lex.candidates(self.lex.entries[r.givens[i].quantity].dim)
                     if s != r.givens[i].quantity and s not in {g.quantity for g in r.givens} and s != r.find]
            if not cands:
                return None
            wrong = r.with_given(i, quantity=rng.choice(cands))
        else:
            cands = [s for s in self.lex.candidates(self.lex.entries[r.find].dim)
                     if s != r.find and s not in {g.quantity for g in r.givens}]
            if not cands:
                return None
            from dataclasses import replace

            wrong = replace(r, find=rng.choice(cands))
        out = adapter.check(_on_earth(wrong), self.oracle, engine="closure", instead=False)
        if out.mismatch is None or (out.unused_only and rng.random() < 0.5):
            return None
        return Example(ex.text, r, wrong, out.mismatch)

    # -- rendering ----------------------------------------------------------------------
    def _unit_for(self, sym: str) -> str:
        e = self.lex.entries[sym]
        choices = self.units.get(e.dim, [])
        if e.dim == "1":
            if "angle" in e.name.lower() or e.unit == "rad":
                return "degree"
            return "percent" if ("efficiency" in e.name.lower() and self.rng.random() < 0.5) else ""
        own = e.unit
        if choices and self.rng.random() < 0.7:
            return self.rng.choice(choices)
        return own

    def _value_text(self, sym: str) -> str:
        unit = self._unit_for(sym)
        x = _magnitude(self.rng, self.lex.entries[sym], unit)
        num = number_text(self.rng, x)
        if not unit:
            return num
        surface = self.rng.choice(UNIT_SURFACES.get(unit, [unit]))
        if surface in ("°", "%") or (surface.startswith("°") and self.rng.random() < 0.5):
            return f"{num}{surface}"
        return f"{num} {surface}"

    def _name(self, sym: str) -> str:
        e = self.lex.entries[sym]
        labels = [e.name] * 3 + list(e.synonyms)
        return self.rng.choice(labels)

    def _mention(self, sym: str, obj: str | None):
        """(text pieces, where the value is, where the name is) for one given: a list of
        (text, role) with role ``value``, ``name`` or ``""``."""
        rng = self.rng
        zero = self.zero.get(sym)
        if zero is not None and rng.random() < zero[0]:  # "starts from rest": a speed of zero
            pat = rng.choice(zero[1])
            a, b, c = pat.partition("{z}")
            return [(a, ""), (rng.choice(zero[2]), "value"), (c, "")], "idiom"
        v = self._value_text(sym)
        r = rng.random()
        if sym in self.idioms and r < 0.3:
            pat = rng.choice(self.idioms[sym])
            a, b = pat.split("{v}")
            return [(a, ""), (v, "value"), (b, "")], "idiom"
        if sym in self.nouns and r < 0.45:
            noun = rng.choice(self.nouns[sym])
            article = "an " if v[0] == "8" or v.startswith(("11 ", "18 ")) else "a "
            return [(article, ""), (v, "value"), (" " + noun, "")], "noun"
        if rng.random() < 0.08:
            return [(sym + " = ", ""), (v, "value")], "symbol"
        pat = rng.choice(GIVEN_NAMED)
        name = self._name(sym)
        pieces = []
        rest = pat
        while rest:
            i_n, i_v = rest.find("{n}"), rest.find("{v}")
            nxt = min(i for i in (i_n, i_v) if i >= 0) if max(i_n, i_v) >= 0 else -1
            if nxt < 0:
                pieces.append((rest, ""))
                break
            pieces.append((rest[:nxt], ""))
            if nxt == i_n:
                pieces.append((name, "name"))
            else:
                pieces.append((v, "value"))
            rest = rest[nxt + 3:]
        return pieces, "named"

    def render(self, givens: list[str], target: str):
        """The text and the gold request, or None when the scanner cannot read it back."""
        rng = self.rng
        rng.shuffle(givens)
        obj = None
        clauses = []
        for sym in givens:
            pieces, style = self._mention(sym, obj)
            clauses.append((sym, pieces, style))
        unit_wanted = None
        if rng.random() < 0.4:
            unit_wanted = self._unit_for(target) or None
        t_pieces = self._ask(target, unit_wanted)
        if t_pieces is None:
            return None
        layout = rng.random()
        parts: list[tuple[str, str, str | None]] = []  # (text, role, symbol)
        opener = rng.choice(OPENERS).format(n=rng.randrange(1, 40), year=rng.randrange(1990, 2030))
        if opener:
            parts.append((opener, "", None))
        subject = rng.choice(["A ball", "An object", "A car", "A body", "A particle", "A system", "A sample",
                              "A device", "A block", "It", "The object", "A wave", "A circuit", "A gas"])
        if layout < 0.45:  # sentences of givens, then the question
            for k, (sym, pieces, style) in enumerate(clauses):
                if style in ("idiom",):
                    parts.append((subject + " ", "", None))
                    parts += [(t, role, sym) for t, role in pieces]
                    parts.append((". ", "", None))
                else:
                    text0 = pieces[0][0]
                    first = [(text0[:1].upper() + text0[1:], pieces[0][1])] + pieces[1:] if text0 else pieces
                    parts += [(t, role, sym) for t, role in first]
                    parts.append((". ", "", None))
            if rng.random() < 0.3:
                parts.append((rng.choice(FILLERS).format(n=rng.randrange(2, 6)) + " ", "", None))
            parts += t_pieces
        elif layout < 0.75:  # one sentence of givens joined, then the question
            parts.append((rng.choice(["Given ", "If ", "Suppose ", "We know that ", "", "When "]), "", None))
            for k, (sym, pieces, style) in enumerate(clauses):
                if k:
                    parts.append((rng.choice(JOIN), "", None))
                if style == "idiom":
                    parts.append(("it ", "", None))
                parts += [(t, role, sym) for t, role in pieces]
            parts.append((rng.choice([". ", ", ", ". "]), "", None))
            parts += t_pieces
        else:  # the question first, the givens after it
            q = t_pieces
            last = q[-1][0].rstrip()
            if last.endswith("?") or last.endswith("."):
                q = q[:-1] + [(last[:-1], q[-1][1], q[-1][2])]
            parts += q
            parts.append((rng.choice([" if ", " given that ", " when ", ", given "]), "", None))
            for k, (sym, pieces, style) in enumerate(clauses):
                if k:
                    parts.append((rng.choice(JOIN), "", None))
                if style == "idiom":
                    parts.append(("it ", "", None))
                parts += [(t, role, sym) for t, role in pieces]
            parts.append(("?" if last.endswith("?") else ".", "", None))
        return self._assemble(parts, target, unit_wanted)

    def _ask(self, target: str, unit: str | None):
        rng = self.rng
        name = self._name(target)
        if unit:
            surface = rng.choice(UNIT_SURFACES.get(unit, [unit]))
            if surface in ("°", "%"):
                surface = {"°": "degrees", "%": "percent"}[surface]
            pat = rng.choice(ASKS_UNIT)
        else:
            surface = None
            if target in self.how and rng.random() < 0.3:
                sentence = rng.choice(self.how[target])
                head = 3 if sentence.lower().startswith("how much") else 2
                cut = len(" ".join(sentence.split(" ")[:head]))
                return [(sentence[:cut], "ask", target), (sentence[cut:], "", None)]
            pat = rng.choice(ASKS)
            if rng.random() < 0.05 and "_" not in target:
                pat = "Find {t}."
                name = target
        out = []
        rest = pat
        while rest:
            i_t, i_u = rest.find("{t}"), rest.find("{u}")
            cands = [i for i in (i_t, i_u) if i >= 0]
            if not cands:
                out.append((rest, "", None))
                break
            nxt = min(cands)
            out.append((rest[:nxt], "", None))
            if nxt == i_t:
                out.append((name, "ask", target))
            else:
                out.append((surface, "want", None))
            rest = rest[nxt + 3:]
        return out

    def _assemble(self, parts, target: str, unit_wanted: str | None):
        text = ""
        spans = []
        for t, role, sym in parts:
            start = len(text)
            text += t
            spans.append((start, len(text), role, sym))
        text = text.strip()
        lead = len(text) - len(text.lstrip())
        try:
            toks = tokenize(text)
        except Exception:
            return None
        vals = {v.span: v for v in values(toks)}
        givens, find_span, unit = [], None, None
        names: dict[str, tuple[int, int]] = {}
        for s, e, role, sym in spans:
            if role == "name":
                names[sym] = (s - lead, e - lead)
        for s, e, role, sym in spans:
            s, e = s - lead, e - lead
            if role == "value":
                v = vals.get((s, e))
                if v is None:
                    return None  # the scanner reads the value otherwise: not a usable example
                givens.append(Given(sym, v.value, (s, e), None, names.get(sym)))
            elif role == "ask":
                find_span = (s, e)
            elif role == "want":
                hits = [t for t in toks if t.kind == "unit" and t.start == s and t.end == e]
                if not hits:
                    return None
                unit = hits[0].unit
        if unit_wanted and unit is None:
            return None
        # every other value in the text is a distractor and must not look like a given
        return text, Request(tuple(givens), target, unit, find_span)


def generate(n: int, seed: int = 0, verify: bool = True, revision_share: float = 0.15):
    """``n`` examples (see :class:`Synth`)."""
    return Synth(seed).examples(n, revision_share=revision_share, verify=verify)


def write_jsonl(path, examples) -> int:
    """Write examples as JSON lines (atomically); returns the count."""
    import os
    import tempfile

    from proofs.cache import new_file_mode

    count = 0
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for ex in examples:
                f.write(json.dumps(ex.to_json(), ensure_ascii=False) + "\n")
                count += 1
            os.fchmod(f.fileno(), new_file_mode())  # the umask's mode, not the temporary file's 0600
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return count


def read_jsonl(path) -> list[Example]:
    with open(path, encoding="utf-8") as f:
        return [Example.from_json(json.loads(line)) for line in f if line.strip()]
