"""Proof obligations: what must hold for a program to be dimensionally and shape sound.

An obligation says ``left == right`` in one theory:

* ``dim``   - two dimension terms are equal (``+``, comparisons, arguments, returns ...);
* ``kind``  - two quantity kinds agree (an energy is not a torque), always concrete;
* ``shape`` - two array sizes agree for every value of the size symbols (or one is 1,
  where broadcasting allows it); sizes are ints, symbol names, or products of them;
* ``scale``  - two values of one dimension hold numbers of the same unit (m, not ft);
* ``offset`` - two temperatures share their zero (K, not degC), or an absolute
  temperature on a shifted scale is not used as if its zero were absolute zero.
  Both compare :class:`~proofs.scales.Scale` s and are always concrete;
* ``undecided`` - something the analysis cannot decide exactly (a float exponent that is
  not exactly a small rational, a spent instantiation budget): ``unknown``, never proved
  nor refuted by a guess; ``detail`` says why.

Each carries its source span and a rule name from which reports build a plain sentence.
"""
from __future__ import annotations

from dataclasses import dataclass

from psg.graph import Span

from .terms import DimTerm

Size = int | str | tuple  # a literal size, a symbol, or ("*", size, size, ...) for a product


@dataclass(frozen=True, slots=True)
class Obligation:
    id: int
    theory: str           # "dim" | "kind" | "shape" | "scale" | "offset" | "undecided"
    rule: str             # add, sub, compare, dimensionless, exponent, arg, return, bind, ...
    left: DimTerm | str | Size
    right: DimTerm | str | Size
    span: Span
    function: str         # the function whose system holds it ("<module>" for top level)
    detail: str = ""      # a name the sentence needs: the callee, the parameter, the variable
    broadcast: bool = False  # shape only: a size of 1 also satisfies it
    via: Span | None = None  # for obligations instantiated from a callee: the call site
    edit: tuple[Span, str] | None = None  # scale and offset: the suggested replacement of a span

    def __repr__(self) -> str:
        return f"<Obligation {self.id} {self.theory}/{self.rule} in {self.function} at {self.span}>"

    @property
    def concrete(self) -> bool:
        if self.theory == "dim":
            return self.left.concrete and self.right.concrete
        if self.theory in ("kind", "scale", "offset", "undecided"):
            return True
        return _concrete_size(self.left) and _concrete_size(self.right)

    @property
    def where(self) -> Span:
        """Where to point a person: the call site for an instantiated obligation."""
        return self.via or self.span


def _concrete_size(s: Size) -> bool:
    if isinstance(s, int):
        return True
    if isinstance(s, tuple):
        return all(_concrete_size(x) for x in s[1:])
    return False
