"""Where the question is: the sentence that asks, the unit it wants, and English idioms
that name a quantity without its name ("how fast", "how long does it take").

>>> from oracle.reader.scan import tokenize
>>> toks = tokenize("A ball falls 20 m. How fast is it moving, in km/h?")
>>> a, b = asking_sentence(toks)
>>> " ".join(t.text for t in toks[a:b])
'How fast is it moving , in km/h ?'
>>> wanted_unit(toks, (a, b)).text
'km/h'
>>> idiom(toks, (a, b))
('speed', 6, 8)
"""
from __future__ import annotations

from .request import ReadingError
from .scan import Token, sentences

#: words that open a question or an instruction to compute
LEADS = frozenset("""what which how find calculate compute determine estimate give obtain evaluate
    work predict express show state""".split())

#: "how <word>" -> the plain name of the quantity asked for (looked up in the knowledge base)
HOW = {"fast": "speed", "quickly": "speed", "far": "distance", "high": "height", "tall": "height",
       "deep": "depth", "heavy": "mass", "hot": "temperature", "old": "age", "long": "time", "big": "magnitude",
       "strong": "force", "much time": "time", "much energy": "energy", "much work": "work",
       "much heat": "heat", "much charge": "charge", "much force": "force", "much power": "power",
       "much current": "current", "much mass": "mass",
       "many molecules": "number of particles", "many atoms": "number of particles",
       "many particles": "number of particles", "many photons": "number of photons",
       "many turns": "number of turns", "many nuclei": "number of nuclei"}
_LONG_LENGTH = {"is", "was", "must", "should", "would"}  # "how long is the wire" asks a length
#: verbs in the asking sentence that name the quantity asked for ("by how many millimetres
#: does it lengthen?", "by what factor is the image enlarged?")
VERBS = {"lengthen": "change in length", "lengthens": "change in length", "lengthened": "change in length",
         "elongate": "change in length", "elongates": "change in length", "elongated": "change in length",
         "enlarged": "magnification", "magnified": "magnification"}
#: "what fraction of it remains?", "what fraction of its volume is under water?": the word
#: after "fraction" that says which fraction
FRACTIONS = {"remains": "fraction remaining", "remain": "fraction remaining", "remaining": "fraction remaining",
             "left": "fraction remaining", "under": "fraction submerged", "below": "fraction submerged",
             "submerged": "fraction submerged", "immersed": "fraction submerged",
             "above": "fraction above the surface"}
#: verbs of change: "by how much does the temperature rise?" asks the change in temperature
CHANGE_VERBS = frozenset("""rise rises rose risen increase increases increased drop drops dropped
    fall falls fell fallen decrease decreases decreased change changes changed grow grows grew""".split())


def asking_sentence(tokens: list[Token]) -> tuple[int, int]:
    """The token range of the sentence that asks (the last one ending in ``?`` or opening
    with a question word); :class:`ReadingError` when several sentences ask."""
    spans = sentences(tokens)
    if not spans:
        raise ReadingError("the question has no words")
    asking = [s for s in spans if _asks(tokens, s)]
    marked = [s for s in asking if tokens[s[1] - 1].text == "?"]
    if len(marked) > 1:
        texts = " / ".join(_text(tokens, s) for s in marked[:3])
        raise ReadingError(f"several questions at once ({len(marked)}): {texts}; ask one at a time")
    chosen = marked[0] if marked else asking[-1] if asking else spans[-1]
    _one_question(tokens, chosen)
    return chosen


_SECOND_ASK = frozenset({"what", "which", "how", "find", "calculate", "compute", "determine", "estimate"})


def _one_question(tokens: list[Token], span: tuple[int, int]) -> None:
    """One sentence that asks two things ("..., and what is its momentum?", "... and also
    the wavelength") is several questions."""
    a, b = span
    for i in range(a + 1, b - 1):
        t, nxt = tokens[i], tokens[i + 1]
        if t.norm in ("and", "then") and (nxt.norm in _SECOND_ASK or nxt.norm == "also"):
            raise ReadingError(f"several questions at once: {_text(tokens, span)!r} asks more than one thing; "
                               "ask one at a time")


def _asks(tokens: list[Token], span: tuple[int, int]) -> bool:
    a, b = span
    if tokens[b - 1].text == "?":
        return True
    first = next((t for t in tokens[a:b] if t.kind == "word"), None)
    return first is not None and first.norm in LEADS


def _text(tokens: list[Token], span: tuple[int, int]) -> str:
    a, b = span
    return " ".join(t.text for t in tokens[a:b])


def wanted_unit(tokens: list[Token], span: tuple[int, int]) -> Token | None:
    """The unit the question asks the answer in ("in kJ", "how many joules"), if any: a unit
    that stands alone (no number before it) in the asking sentence."""
    a, b = span
    for i in range(a, b):
        t = tokens[i]
        if t.kind == "unit" and (i == 0 or tokens[i - 1].kind != "num"):
            return t
    return None


def idiom(tokens: list[Token], span: tuple[int, int]) -> tuple[str, int, int] | None:
    """``(plain name, start, end)`` of a "how ..." idiom in the asking sentence, if any."""
    a, b = span
    for i in range(a, b - 1):
        if tokens[i].norm != "how":
            continue
        two = f"{tokens[i + 1].norm} {tokens[i + 2].norm}" if i + 2 < b else ""
        if two in HOW:
            return HOW[two], i, i + 3
        word = tokens[i + 1].norm
        if word == "long" and i + 2 < b and tokens[i + 2].norm in _LONG_LENGTH:
            return "length", i, i + 2
        if word in HOW:
            return HOW[word], i, i + 2
    for i in range(a, b - 1):
        if tokens[i].norm in VERBS:
            return VERBS[tokens[i].norm], i, i + 1
        if tokens[i].norm == "fraction":
            which = next((tokens[k].norm for k in range(i + 1, b) if tokens[k].norm in FRACTIONS), None)
            if which is not None:
                return FRACTIONS[which], i, i + 1
    return None


#: verbs before "by <value>" that make the value a change ("warms up by 30 K")
BY_VERBS = CHANGE_VERBS | frozenset("warm warms warmed heat heats heated cool cools cooled".split())


def change_by(tokens: list[Token], first: int) -> bool:
    """The value at token ``first`` is a change: "by" before it, after a verb of change
    ("warms up by 30 K", "the temperature rises by 20 °C")."""
    return first >= 2 and tokens[first - 1].norm == "by" and any(
        t.norm in BY_VERBS for t in tokens[max(0, first - 4):first - 1])


def asks_change(tokens: list[Token], span: tuple[int, int]) -> bool:
    """The asking sentence asks by how much something changes ("by how much does the
    temperature of the water rise?", "how much does its speed increase?")."""
    a, b = span
    norms = [t.norm for t in tokens[a:b]]
    how_much = any(x == "how" and y in ("much", "many") for x, y in zip(norms, norms[1:]))
    return how_much and any(w in CHANGE_VERBS for w in norms)
