"""The words of a law's premise: ``[word]`` states it, ``{word}`` denies it.

A premise is the special case a law assumes ("the source is [approaching]", "no {friction}").
A question that says a bracketed word states it; one that says a braced word denies it, and
the law is not used for that question.

>>> premise_denied("the sound travels through [air] (not through {water})", ["depth of water"])
'depth of water'
"""
from __future__ import annotations

import re

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
        for n in names:   # a word joined by a hyphen denies too ("core-cladding"), unless negated
            if re.search(rf"(?<!\w)(?<!non-)(?<!un-){re.escape(w)}\b", str(n), re.IGNORECASE):
                return str(n)
    return ""


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
    return any(re.search(rf"(?<![\w-]){re.escape(w)}\b", str(n), re.IGNORECASE) for w in words for n in names)


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


def _excluded_edges(bound, names: tuple[str, ...]) -> tuple[frozenset, frozenset]:
    """(every edge a premise keeps out, those kept out only as unsaid), found in one pass and
    kept per bound graph and names: the readings of one question ask again and again."""
    memo = bound.__dict__.setdefault("_excluded", {})
    hit = memo.get(names)
    if hit is None:
        laws, edges = bound.kg.laws, bound.instance_edges
        out, unsaid = set(), set()
        for i, inst in enumerate(bound.instances):
            premise = laws[inst.law].premise
            if premise_excluded(premise, names):
                out.update(edges.get(i, ()))
                if premise_unsaid(premise, names):
                    unsaid.update(edges.get(i, ()))
        if len(memo) > 1024:
            memo.clear()
        hit = memo[names] = (frozenset(out), frozenset(unsaid))
    return hit
