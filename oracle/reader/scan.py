"""Reading the surface of a question: tokens with their spans, numbers with their units.

Every reader starts here. :func:`check_text` turns bad input into a :class:`ReadingError`
that says what is wrong; :func:`tokenize` splits the text into words, punctuation, numbers
and units, each with its ``(start, end)`` span. A number is read in the forms people write
(``1,200``, ``3.0 x 10^8``, ``3e8``, ``2.5×10⁻³``, ``two`` before a unit); the unit after
it is whatever pint parses (``km/h``, ``metres per second squared``, ``°C``, ``kΩ``),
never a table of ours, with a short list of English words that pint would misread as units
(``a`` is a year to pint, ``in`` an inch). Phrases that state a speed of zero ("from
rest", "to a stop") become values too: the text says so, nothing is invented.

>>> [(v.text, v.value) for v in values(tokenize("A 2 kg ball moves at 72 km/h from rest."))]
[('2 kg', '2 kilogram'), ('72 km/h', '72 kilometer / hour'), ('from rest', '0 m/s')]
>>> [t.unit for t in tokenize("What is F in kN?") if t.kind == "unit"]
['kilonewton']
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from psg.units import UnitError, parse_unit, registry, spelled

from .request import ReadingError

#: The longest text taken as one question (characters).
MAX_CHARS = 4000

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_MINUS = "-−–"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+"
_TIMES_TEN = (r"(?:\s*(?:[x×✕*·]|times)\s*10\s*(?:\^|\*\*)\s*\(?[-+−]?\d+\)?"
              r"|\s*[x×✕*·]\s*10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+"
              r"|[eE][-+−]?\d+(?![A-Za-z]))")
_NUMBER = (rf"(?<![\w.])(?:[{_MINUS}+](?=[\d.]))?(?:{_DIGITS})(?:{_TIMES_TEN})?"
           r"|(?<![\w.])10\s*(?:\^|\*\*)\s*[-+−]?\d+|(?<![\w.])10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_WORD = r"(?:[^\W\d_]|[°µμΩÅ])[\w°µμΩÅ'’/^*·²³⁻⁺¹⁰⁴⁵⁶⁷⁸⁹%-]*|%"
_TOKEN = re.compile(rf"(?P<num>{_NUMBER})|(?P<word>{_WORD})|(?P<punct>[^\s\w])", re.UNICODE)

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "thousand": 1000, "half": 0.5,
}
_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

#: English words that pint would read as units ("a" year, "in" inch, "at" technical
#: atmosphere): never a unit after a number or in "in <unit>".
NOT_UNITS = frozenset("""a an in at as are is it or on to by of per and the be do if no not so up we
    point points rod rods hand hands stone stones pole poles drop drops cup cups turn turns bag barn
    line lines thou span spans quad chain chains link links pica pixel pixels dot dots count counts
    cycle cycles board tex st nd rd th""".split())

_UNIT_SPELLINGS = [  # (pattern, replacement): spellings pint reads otherwise or not at all
    (re.compile(r"^(?:°|º|deg|degrees?)\s*(?:c|celsius|centigrade)$", re.I), "degC"),
    (re.compile(r"^(?:°|º|deg|degrees?)\s*(?:f|fahrenheit)$", re.I), "degF"),
    (re.compile(r"^(?:celsius|centigrade)$", re.I), "degC"),
    (re.compile(r"^fahrenheit$", re.I), "degF"),
    (re.compile(r"^(?:kelvins?)$", re.I), "K"),
    (re.compile(r"^ms(?:\^?-1|⁻¹)$"), "m/s"),
    (re.compile(r"^ms(?:\^?-2|⁻²)$"), "m/s^2"),
    (re.compile(r"^kmph$", re.I), "km/h"),
    (re.compile(r"^(?:metric\s+)?(?:tons?|tonnes?)$", re.I), "t"),
    (re.compile(r"^amps?$", re.I), "A"),
    (re.compile(r"^feet$", re.I), "ft"),
    (re.compile(r"^kcals?$", re.I), "kilocalorie"),
    (re.compile(r"^secs?$", re.I), "s"),
    (re.compile(r"^hrs?$", re.I), "h"),
    (re.compile(r"^mins$", re.I), "min"),
    (re.compile(r"^revs?$", re.I), "revolution"),
    (re.compile(r"\brev(?:olution)?s?(?=\s*(?:per|/)\s*(?:min|minute|s|sec|second|h|hour)\b)", re.I), "revolution"),
    (re.compile(r"^electron[\s-]?volts?$", re.I), "eV"),
    (re.compile(r"^(k|M|G)?ohms?$"), r"\1ohm"),
]
#: a temperature unit after a unit with a slash continues its denominator ("J/kg K", "J/kg °C")
_DENOMINATOR_TEMPERATURES = frozenset({"K", "°C", "ºC", "°F"})
_PAIR_HEADS = {"newton", "newtons", "kilowatt", "kilowatts", "watt", "watts", "electron", "light", "volt",
               "volts", "joule", "joules", "ampere", "amp", "amps", "degree", "degrees", "°", "º", "metric",
               "square", "cubic", "nautical", "kilogram", "kilograms", "kg", "n", "kw", "j"}
_JOINERS = {"per", "squared", "cubed", "square", "cubic"}
_PAREN_UNIT = re.compile(r"[^\W\d_][\w°µμΩ·*^²³⁻¹]*/\([^()\n]{1,24}\)")
_ORDINAL = {"st", "nd", "rd", "th"}
_HYPHEN = re.compile(r"((?<=[^\W\d_])-(?=[^\W\d_]))")
_EXPONENT = re.compile(r"(?:\^|\*\*)?[-−]?\d$|[⁻]?[¹²³]$")
#: phrases that state a speed of zero, and the value they give
ZERO_PHRASES = {("from", "rest"): "0 m/s", ("at", "rest"): "0 m/s", ("to", "rest"): "0 m/s",
                ("to", "a", "stop"): "0 m/s", ("to", "a", "halt"): "0 m/s", ("to", "a", "standstill"): "0 m/s"}
#: words after which a unit stands alone: "in kJ", "in units of eV", "how many joules"
UNIT_LEADS = {"in", "into", "many", "as"}


@dataclass(frozen=True)
class Token:
    """One token: ``kind`` is ``word``, ``punct``, ``num`` (a number, ``value`` set), ``unit``
    (``unit`` set: a pint-readable string; ``dim`` its dimension) or ``zero`` (a phrase that
    states a value: ``value`` is that value as text, ``dim`` its dimension)."""

    text: str
    start: int
    end: int
    kind: str
    number: float | None = None
    unit: str | None = None
    dim: str | None = None
    value: str | None = None

    @property
    def norm(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Value:
    """A value in the text: a number and its unit (``unit`` is ``""`` for a bare number).
    ``tokens`` are the token indices it covers; ``value`` is the text ``oracle.query`` takes."""

    text: str
    span: tuple[int, int]
    tokens: tuple[int, ...]
    number: float
    unit: str
    dim: str
    value: str

    @property
    def bare(self) -> bool:
        return self.unit == ""


def check_text(text) -> str:
    """The question as text, or a :class:`ReadingError` saying why it cannot be one.

    >>> check_text(b"What is 2 kg?")
    'What is 2 kg?'
    >>> check_text("   ")
    Traceback (most recent call last):
    ...
    oracle.reader.request.ReadingError: the question is empty
    """
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as err:
            raise ReadingError(f"the question is not UTF-8 text: byte {err.start} is 0x{bytes(text)[err.start]:02x}") \
                from None
    if not isinstance(text, str):
        raise ReadingError(f"a question is text (str), got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ReadingError(f"the question is {len(text):,} characters long; one question is at most "
                           f"{MAX_CHARS:,} (split the text into questions)")
    for i, ch in enumerate(text):
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\r\t":
            raise ReadingError(f"the question holds a control or non-text character U+{ord(ch):04X} at "
                               f"character {i}: it does not look like text")
    if not text.strip():
        raise ReadingError("the question is empty")
    return text


def _number(text: str) -> float:
    """``"3.0 x 10^8"`` -> 3e8; ``"1,200"`` -> 1200.0."""
    t = text.translate(_SUPERSCRIPTS).replace("−", "-").replace("–", "-").replace(",", "")
    m = re.fullmatch(r"\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)?)\s*(?:(?:[x×✕*·]|times)\s*10\s*(?:\^|\*\*)?\s*\(?([-+]?\d+)\)?"
                     r"|[eE]([-+]?\d+))?\s*", t)
    if not m:
        raise ValueError(text)
    mant, exp1, exp2 = m.groups()
    if mant in ("", "+", "-", None):  # "10^5": only the power
        m2 = re.fullmatch(r"\s*10\s*(?:\^|\*\*)?\s*([-+]?\d+)\s*", t)
        return 10.0 ** int(m2.group(1))
    exp = exp1 if exp1 is not None else exp2
    return float(mant) * (10.0 ** int(exp) if exp is not None else 1.0)


def _format(x: float) -> str:
    """A number as ``oracle.query`` reads it: ``2``, ``0.5``, ``3e+08``."""
    return f"{x:.12g}"


@lru_cache(maxsize=8192)
def unit_of(text: str) -> tuple[str, str] | None:
    """``(pint-readable unit, dimension)`` for a unit as written, or None when it is not one.

    >>> unit_of("degrees Celsius"), unit_of("km per hour")[1], unit_of("in")
    (('degree_Celsius', 'Θ'), 'L·T⁻¹', None)
    """
    t = " ".join(text.split())
    if not t or t in NOT_UNITS or not re.search(r"[^\W\d_]|[°%Ω]", t):
        return None
    trusted = False
    t = spelled(t)
    parts = re.split(r"(?<=[^\W\d_])-(?=[^\W\d_])", t)
    if len(parts) > 1 and all(unit_of(part) is not None for part in parts):
        t = " ".join(parts)   # "newton-metres", "kilowatt-hours": a product of units
    for pattern, repl in _UNIT_SPELLINGS:
        if pattern.search(t):
            t, trusted = pattern.sub(repl, t), True
            break
    if not trusted and not all(_plausible(w) for w in re.findall(r"[^\W\d]+", t)
                               if w.lower() not in _JOINERS and "_" not in w):
        return None
    t = t.replace("·", "*").translate(str.maketrans({"²": "^2", "³": "^3"}))
    t = re.sub(r"⁻([¹²³])", lambda m: "^-" + m.group(1).translate(_SUPERSCRIPTS), t)
    t = _one_denominator(re.sub(r"(?<=[^\W\d_])°", " °", t))
    t = _SQUARED_CUBED.sub(r"\1^\2", t)   # "kg/m3", "m/s2", "cm3": a length or a time to a power
    try:
        unit = parse_unit(t)
        canonical = str(registry().parse_units(t))   # "kilometer / hour": what pint reads back alike
    except (UnitError, Exception):  # pint raises many kinds
        return None
    return canonical, _dim_key(unit.dimension)


_SQUARED_CUBED = re.compile(r"(?<![\w^])((?:[kcdmµμ]?m)|s)([23])(?![\w^])")


def _one_denominator(t: str) -> str:
    """Everything after a unit's one slash is its denominator, as physics writes it:
    "J/kg K", "J/kg·°C", "W/m·K" are J/(kg K), J/(kg °C), W/(m K) (pint alone reads
    "J/kg K" as J·K/kg)."""
    m = re.fullmatch(r"([^/()]+)/([^/()]+)", t)
    if m is None or not re.search(r"\S\s*[ *]\s*\S", m.group(2).strip()):
        return t
    return f"{m.group(1)}/({m.group(2).strip()})"


@lru_cache(maxsize=4096)
def _plausible(word: str) -> bool:
    """Whether pint's reading of a word is the unit a person meant: short symbols and
    symbol-like words are; a longer word must name the unit pint found ("metres" is the
    meter; "mass" is not the milliarcsecond pint reads, nor "units" a micronit)."""
    if len(word) <= 3 or (len(word) <= 5 and any(c.isupper() for c in word)):
        return True
    from psg.units import registry

    try:
        canonical = str(registry().parse_units(word)).lower()
    except Exception:  # pint raises many kinds; the whole unit will not parse either
        return False
    w = word.lower().replace("metre", "meter").replace("litre", "liter")
    stem = w[:-1] if w.endswith("s") else w
    return stem in canonical or canonical in w


def _dim_key(dimension) -> str:
    """A short, stable text key of a dimension (``L·T⁻¹``; ``1`` for none)."""
    parts = []
    for sym, e in zip(("L", "M", "T", "I", "Θ", "N", "J"), dimension.exps):
        if e:
            parts.append(sym if e == 1 else f"{sym}{str(e).translate(str.maketrans('-0123456789/', '⁻⁰¹²³⁴⁵⁶⁷⁸⁹ᐟ'))}")
    return "·".join(parts) or "1"


def dimension_key(unit: str) -> str:
    """The dimension key of a unit string (see :func:`unit_of`).

    >>> dimension_key("m/s"), dimension_key("1")
    ('L·T⁻¹', '1')
    """
    return _dim_key(parse_unit(unit).dimension)


def _raw_tokens(text: str) -> list[tuple[str, int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        kind, tok, start, end = m.lastgroup, m.group(), m.start(), m.end()
        if kind == "word" and len(tok) > 1:
            trimmed = tok.rstrip("'’/^*·-")
            if trimmed != tok:  # "2-kg-": the word, then its trailing marks as punctuation
                out.append((trimmed, start, start + len(trimmed), kind))
                out.extend((c, start + len(trimmed) + k, start + len(trimmed) + k + 1, "punct")
                           for k, c in enumerate(tok[len(trimmed):]))
                continue
        if kind == "word" and "-" in tok:  # "m-long", "half-life": the parts and their hyphens
            pos = 0
            for part in _HYPHEN.split(tok):
                if part:
                    out.append((part, start + pos, start + pos + len(part), "punct" if part == "-" else kind))
                pos += len(part)
            continue
        out.append((tok, start, end, kind))
    return out


def _unit_after(raw, j: int, text: str) -> tuple[int, str, str] | None:
    """The longest run of raw tokens from ``j`` that reads as a unit: (tokens used, unit, dim)."""
    if j >= len(raw):
        return None
    m = _PAREN_UNIT.match(text, raw[j][1])
    if m:  # "J/(kg K)": a unit with a parenthesised denominator
        found = unit_of(m.group().replace("(", " (").replace(" (", "(", 1))
        n = 0
        while j + n < len(raw) and raw[j + n][2] <= m.end():
            n += 1
        if found is not None and n and raw[j + n - 1][2] == m.end():
            return (n, *found)
    words = []
    for k in range(j, min(j + 5, len(raw))):
        tok, s, e, kind = raw[k]
        if kind == "num" or (kind == "punct" and tok not in "°º%/-"):
            break
        if k > j and raw[k - 1][2] != s and text[raw[k - 1][2]:s].strip():
            break
        words.append((tok, s, e))
    best = None
    for n in range(len(words), 0, -1):
        parts = [w[0] for w in words[:n]]
        low = [p.lower() for p in parts]
        if n > 1:  # several words form one unit only when joined ("per", "squared") or a known pair
            if parts[-1] == "-" or any(p in NOT_UNITS and p not in _JOINERS for p in parts):
                continue
            if not (set(low) & _JOINERS or low[0] in _PAIR_HEADS or parts[0] in ("°", "º")
                    or n == 2 and "/" in parts[0][1:] and parts[1] in _DENOMINATOR_TEMPERATURES
                    or all(_EXPONENT.search(p) for p in parts[1:])
                    or (n == 2 and low[1] in ("celsius", "fahrenheit", "c", "f") and low[0] in ("degrees", "degree", "deg"))):
                continue
            if low[-1] in ("per", "square", "cubic") or low[0] in ("per", "squared", "cubed"):
                continue
        if n == 1 and parts[0] in NOT_UNITS:
            continue
        found = unit_of(text[words[0][1]:words[n - 1][2]])
        if found is not None:
            best = (n, *found)
            break
    return best


def tokenize(text: str) -> list[Token]:
    """Words, punctuation, numbers, units and zero phrases, each with its span.

    >>> [(t.kind, t.text) for t in tokenize("a 2-kg block at 3.0 x 10^8 m/s")]
    [('word', 'a'), ('num', '2'), ('unit', 'kg'), ('word', 'block'), ('word', 'at'), ('num', '3.0 x 10^8'), ('unit', 'm/s')]
    """
    return list(_tokens(check_text(text)))


@lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[Token, ...]:
    """The tokens of a checked text, kept for the last texts read: one question is tokenized
    by the reader, its rule reading, the features and the account, each for every revision."""
    raw = _raw_tokens(text)
    out: list[Token] = []
    i = 0
    while i < len(raw):
        tok, s, e, kind = raw[i]
        low = tok.lower()
        # "2-kg": the hyphen between a number and its unit
        if kind == "num" and i + 1 < len(raw) and raw[i + 1][1] == e and raw[i + 1][0].lower() in _ORDINAL:
            out.append(Token(text[s:raw[i + 1][2]], s, raw[i + 1][2], "word"))  # "3rd", "2nd": a word
            i += 2
            continue
        if kind == "num" and _age(raw, i):  # "a 19-year-old sprinter": an age, never a given
            out.append(Token(tok, s, e, "word"))
            i += 1
            continue
        if kind == "num":
            number = _number(tok)
            j = i + 1
            scale = _SCALE_WORDS.get(raw[j][0].lower()) if j < len(raw) else None
            if scale is not None:  # "1.5 million km"
                number *= scale
                j += 1
            if j < len(raw) and raw[j][0] == "-" and raw[j][1] == raw[j - 1][2] and j + 1 < len(raw) \
                    and raw[j + 1][1] == raw[j][2]:
                j += 1
            unit = (_unit_after(raw, j, text) or _count_per_unit(raw, j, text) or _per_unit(raw, j, text)
                    or _times_constant(raw, j))
            out.append(Token(tok, s, raw[j - 1][2] if scale else e, "num", number=number))
            if unit is not None:
                n, u, dim = unit
                out.append(Token(text[raw[j][1]:raw[j + n - 1][2]], raw[j][1], raw[j + n - 1][2], "unit",
                                 unit=u, dim=dim))
                i = j + n
            else:
                i = j
            continue
        if kind == "word" and low in FRACTION_WORDS:   # "half a metre", "a quarter of a kilogram"
            k = i + 1 + _article_run(raw, i + 1)
            unit = _unit_after(raw, k, text) if k > i + 1 else None
            if unit is not None:
                n, u, dim = unit
                out.append(Token(tok, s, e, "num", number=FRACTION_WORDS[low]))
                out.append(Token(text[raw[k][1]:raw[k + n - 1][2]], raw[k][1], raw[k + n - 1][2], "unit",
                                 unit=u, dim=dim))
                i = k + n
                continue
        if kind == "word" and low in NUMBER_WORDS and i + 1 < len(raw):
            unit = _unit_after(raw, i + 1, text)
            if unit is not None and not (low == "one" and unit[1] in ("s",)):
                n, u, dim = unit
                out.append(Token(tok, s, e, "num", number=float(NUMBER_WORDS[low])))
                out.append(Token(text[raw[i + 1][1]:raw[i + n][2]], raw[i + 1][1], raw[i + n][2], "unit",
                                 unit=u, dim=dim))
                i += 1 + n
                continue
        zero = _zero_phrase(raw, i)
        if zero is not None:
            n, value = zero
            out.append(Token(text[s:raw[i + n - 1][2]], s, raw[i + n - 1][2], "zero", value=value,
                             dim=dimension_key(value.split(" ", 1)[1])))
            i += n
            continue
        lead = out and out[-1].kind == "word" and (out[-1].norm in UNIT_LEADS or (
            out[-1].norm == "of" and len(out) > 1 and out[-2].norm in ("units", "unit")))
        if kind == "word" and lead:
            unit = _unit_after(raw, i, text)
            if unit is not None and not (unit[0] == 1 and len(tok) == 1 and tok.islower() and tok not in "gms"):
                n, u, dim = unit
                out.append(Token(text[s:raw[i + n - 1][2]], s, raw[i + n - 1][2], "unit", unit=u, dim=dim))
                i += n
                continue
        out.append(Token(tok, s, e, "word" if kind == "word" else "punct"))
        i += 1
    return tuple(out)


#: words that are a fraction before "a" or "of a" and a unit ("half a metre")
FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


def _article_run(raw, j: int) -> int:
    """How many raw tokens from ``j`` are "a", "an", "of a" or "of an" (0 when none)."""
    low = [r[0].lower() for r in raw[j:j + 2]]
    if low[:1] in (["a"], ["an"]):
        return 1
    if len(low) == 2 and low[0] == "of" and low[1] in ("a", "an"):
        return 2
    return 0


def _count_per_unit(raw, j: int, text: str) -> tuple[int, str, str] | None:
    """ "1000 turns per metre", "500 lines per mm": things counted per a unit, the value's
    unit is one over that unit (the noun counted names the quantity, not the unit)."""
    if j + 2 >= len(raw) or raw[j][3] != "word" or raw[j + 1][0].lower() != "per":
        return None
    noun = raw[j][0].lower()
    if not noun.isalpha() or (unit_of(noun) is not None and noun not in NOT_UNITS):
        return None
    return _one_over_unit(raw, j, 2, text)


def _per_unit(raw, j: int, text: str) -> tuple[int, str, str] | None:
    """ "12 × 10^-6 per K", "5 per second": a number per a unit is in one over that unit."""
    if j + 1 >= len(raw) or raw[j][0].lower() != "per" or raw[j][1] == raw[j - 1][2]:
        return None
    return _one_over_unit(raw, j, 1, text)


def _one_over_unit(raw, j: int, skip: int, text: str) -> tuple[int, str, str] | None:
    """One over the unit that starts ``skip`` tokens after ``j`` (after "per", "turns per"):
    (tokens used from ``j``, unit, dim), or None."""
    rest = _unit_after(raw, j + skip, text)
    if rest is None:
        return None
    n, u, _ = rest
    found = unit_of(f"1/({u})")
    return None if found is None else (n + skip, *found)


#: "0.6 times the speed of light": a multiple of a constant that pint names as a unit
_TIMES_CONSTANT = {("speed", "of", "light"): ("speed_of_light", "L·T⁻¹")}


def _times_constant(raw, j: int) -> tuple[int, str, str] | None:
    """ "0.6 times the speed of light", "0.8 × the speed of light": the value in that unit."""
    if j >= len(raw) or raw[j][0].lower() not in ("times", "×", "x"):
        return None
    k = j + 1 + (j + 1 < len(raw) and raw[j + 1][0].lower() == "the")
    for words_, unit in _TIMES_CONSTANT.items():
        if tuple(r[0].lower() for r in raw[k:k + len(words_)]) == words_:
            return (k + len(words_) - j, *unit)
    return None


def _zero_phrase(raw, i: int):
    for phrase, value in ZERO_PHRASES.items():
        n = len(phrase)
        if tuple(r[0].lower() for r in raw[i:i + n]) == phrase:
            if phrase == ("at", "rest") and (i == 0 or raw[i - 1][0].lower() not in _AT_REST_AFTER):
                return None  # "a lifetime of 2.2 µs at rest" says where, not a speed
            return n, value
    return None


_AT_REST_AFTER = frozenset("is are was were initially starts start started begins remains sits held released "
                           "stands standing both".split())


def _age(raw, i: int) -> bool:
    words = [r[0].lower() for r in raw[i + 1:i + 5] if r[0] != "-"]
    return words[:2] in (["year", "old"], ["years", "old"])


def values(tokens: list[Token]) -> list[Value]:
    """The values in the tokens: each number with the unit after it (if any), each zero phrase.

    >>> [(v.value, v.dim) for v in values(tokenize("n = 1.5 and 20 °C"))]
    [('1.5', '1'), ('20 degree_Celsius', 'Θ')]
    """
    out = []
    for i, t in enumerate(tokens):
        if t.kind == "num":
            nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].kind == "unit" else None
            shared = nxt is None and _range_unit(tokens, i)
            if shared:   # "from 0 to 0.4 T", "20 and 30 m": the number's unit is written once, after the last
                out.append(Value(t.text, (t.start, t.end), (i,), t.number, shared.unit, shared.dim,
                                 f"{_format(t.number)} {shared.unit}"))
                continue
            if not math.isfinite(t.number):
                continue
            if nxt is not None:
                out.append(Value(f"{t.text} {nxt.text}" if nxt.start > t.end else t.text + nxt.text,
                                 (t.start, nxt.end), (i, i + 1), t.number, nxt.unit, nxt.dim,
                                 f"{_format(t.number)} {nxt.unit}"))
            else:
                out.append(Value(t.text, (t.start, t.end), (i,), t.number, "", "1", _format(t.number)))
        elif t.kind == "zero":
            out.append(Value(t.text, (t.start, t.end), (i,), 0.0, t.value.split(" ", 1)[1], t.dim, t.value))
    return out


#: words between two numbers that share the unit written after the second ("20 to 30 m");
#: "and" only after "between" ("n = 1.5 and 20 °C" are two values, not a range)
RANGE_JOINERS = frozenset({"to", "-", "–"})


def _range_unit(tokens: list[Token], i: int) -> Token | None:
    """The unit token a bare number at ``i`` shares with the number after it, or None."""
    if i + 3 >= len(tokens) or tokens[i + 2].kind != "num" or tokens[i + 3].kind != "unit":
        return None
    joiner = tokens[i + 1].norm
    if joiner in RANGE_JOINERS or joiner == "and" and i > 0 and tokens[i - 1].norm == "between":
        return tokens[i + 3]
    return None


def sentences(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges ``[a, b)`` of the sentences (split after ``.``, ``?``, ``!``)."""
    out, start = [], 0
    for i, t in enumerate(tokens):
        if t.kind == "punct" and t.text in ".?!":
            if i + 1 > start:
                out.append((start, i + 1))
            start = i + 1
    if start < len(tokens):
        out.append((start, len(tokens)))
    return out
