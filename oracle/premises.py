"""The words of a law's premise: ``[word]`` states it, ``{word}`` denies it.

A premise is the special case a law assumes ("the source is [approaching]", "no {friction}").
A question that says a bracketed word states it; one that says a braced word denies it, and
the law is not used for that question.

>>> premise_denied("the sound travels through [air] (not through {water})", ["depth of water"])
'depth of water'
"""
from __future__ import annotations

import re
from functools import lru_cache

_PREMISE_WORD = re.compile(r"\[([^\]]+)\]")
#: A premise that says it is the usual case is assumed (and hedged) where a question is silent,
#: never weighed against the opposite premise as an ambiguity.
USUAL = "as usual"
_DENYING_WORD = re.compile(r"\{([^}]+)\}")
#: A premise that holds only where the question says one of its bracketed words: a convention
#: (sound's speed in room air) for a question about a sound heard, never for any distance and time.
ONLY_WHERE_SAID = "only where the question says so"


def premise_text(premise: str) -> str:
    """A law's premise as shown: ``"the light is [polarized] (not {unpolarized})"`` ->
    ``"the light is polarized (not unpolarized)"``."""
    return _DENYING_WORD.sub(r"\1", _PREMISE_WORD.sub(r"\1", premise))


def premise_denied(premise: str, names) -> str:
    """The first of the question's names that says a word in braces, which denies the
    premise ("coefficient of kinetic friction" denies "no {friction}"), else "".

    >>> premise_denied("the only force along the motion (no {friction})", ["mass", "coefficient of friction"])
    'coefficient of friction'
    >>> premise_denied("into [air] (not into a {cladding})", ["angle at the core-cladding boundary"])
    'angle at the core-cladding boundary'
    """
    for w in _DENYING_WORD.findall(premise):
        denies = _denying(w)
        for n in names:
            if denies(str(n)):
                return str(n)
    return ""


@lru_cache(maxsize=4096)
def _denying(word: str):
    """The search of a name for a premise's denying word: a word joined by a hyphen denies
    too ("core-cladding"), unless negated ("non-", "un-")."""
    return re.compile(rf"(?<!\w)(?<!non-)(?<!un-){re.escape(word)}\b", re.IGNORECASE).search


@lru_cache(maxsize=4096)
def _stating(word: str):
    """The search of a name for a premise's word, whole and not negated."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}\b", re.IGNORECASE).search


def premise_stated(premise: str, names) -> bool:
    """Whether one of the question's names says the premise's bracketed word, as a whole
    word and not negated ("unpolarized", "non-polarized" do not state "polarized").

    >>> premise_stated("the incident light is linearly [polarized]", ["intensity of the polarized light"])
    True
    >>> premise_stated("the incident light is linearly [polarized]", ["unpolarized intensity", "angle"])
    False
    >>> premise_stated("velocities signed (not a body that {rebounds})", ["mass"])   # nothing to state
    True
    """
    words = _PREMISE_WORD.findall(premise)
    if not words:
        return True   # only words that deny it: nothing to state
    return any(_stating(w)(str(n)) for w in words for n in names)


def premise_assumed(premise: str, names) -> bool:
    """Whether the answer assumes the premise: no name states it. Only the words before
    :data:`ONLY_WHERE_SAID` state it; those after only let the law be used ("combined" lets
    two sources' law in, and says nothing of the second being identical).

    >>> p = "a second, [identical] source; only where the question says so: sounds [combined]"
    >>> premise_assumed(p, ["combined sound level"]), premise_assumed(p, ["level of two identical fans"])
    (True, False)
    """
    return not premise_stated(premise.split(ONLY_WHERE_SAID)[0], names)


def premise_unsaid(premise: str, names) -> bool:
    """Whether a premise that holds :data:`ONLY_WHERE_SAID` goes unsaid by every name.

    >>> p = "sound through [air]; only where the question says so: a [horn] or a sound [heard]"
    >>> premise_unsaid(p, ["distance", "time"]), premise_unsaid(p, ["horn frequency"])
    (True, False)
    """
    return ONLY_WHERE_SAID in premise and not premise_stated(premise, names)


def premise_excluded(premise: str, names) -> str:
    """Why a law under ``premise`` is not for a question of these names: a name that denies
    it, or that it holds only where said and is not; else ""."""
    if not premise:
        return ""
    name = premise_denied(premise, names)
    if name:
        return f"the question gives {name!r}"
    if premise_unsaid(premise, names):
        return "no name of the question says so"
    return ""


def unsaid_edges(bound, names: tuple[str, ...]) -> frozenset:
    """The edges of a bound graph's laws that hold only where said and that no name says."""
    return _excluded_edges(bound, names)[1]


def denied_edges(bound, names: tuple[str, ...]) -> frozenset:
    """The edges of a bound graph's laws whose premise one of ``names`` denies, or that hold
    only where said and are not."""
    return _excluded_edges(bound, names)[0]


@lru_cache(maxsize=65536)
def _verdict(premise: str, names: tuple[str, ...]) -> tuple[bool, bool]:
    """(whether ``names`` keep a law of this premise out, and whether only as unsaid):
    many instances share a law, and the readings of a question ask with the same names."""
    excluded = bool(premise_excluded(premise, names))
    return excluded, excluded and premise_unsaid(premise, names)


def _excluded_edges(bound, names: tuple[str, ...]) -> tuple[frozenset, frozenset]:
    """(every edge a premise keeps out, those kept out only as unsaid), found in one pass and
    kept per bound graph and names: the readings of one question ask again and again."""
    memo = bound.__dict__.setdefault("_excluded", {})
    hit = memo.get(names)
    if hit is None:
        import numpy as np

        laws = bound.kg.laws
        verdicts = np.array([_verdict(laws[inst.law].premise, names) for inst in bound.instances],
                            dtype=bool).reshape(-1, 2)
        out, unsaid = bound.edges_of(verdicts[:, 0]), bound.edges_of(verdicts[:, 1])
        if len(memo) > 1024:
            memo.clear()
        hit = memo[names] = (out, unsaid)
    return hit
