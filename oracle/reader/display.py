"""How ``oracle ask`` shows a reading: each value's span -> quantity, object and unit, the
revisions made, then the answer as ``oracle.query`` gives it, the best hedged or ambiguous
reading marked as such, or why there is none.

>>> from oracle.reader.loop import ask
>>> print(reading_text(ask("A 2 kg ball moves at 3 m/s. Find its momentum.", reader="rule")).splitlines()[1])
  "2 kg" -> mass (m) of the ball = 2 kilogram
"""
from __future__ import annotations


def _name(symbol: str) -> str:
    from .lexicon import Lexicon

    lex = Lexicon.default()
    return f"{lex.name(symbol)} ({symbol})" if symbol in lex.entries else repr(symbol)


def request_lines(text: str, request) -> list[str]:
    lines = []
    for g in request.givens:
        quote = text[g.span[0]:g.span[1]] if isinstance(text, str) else g.value
        obj = f" of the {g.obj}" if g.obj else ""
        lines.append(f"  \"{quote}\" -> {_name(g.quantity)}{obj} = {g.value}")
    asked = f" (\"{text[request.find_span[0]:request.find_span[1]]}\")" if request.find_span and isinstance(text, str) else ""
    of = f" of the {request.find_of}" if request.find_of else ""
    lines.append(f"  asked: {_name(request.find)}{of}{asked}" + (f", in {request.unit}" if request.unit else ""))
    return lines


def reading_text(result) -> str:
    """The reading, the revisions, the answer."""
    lines = [f"reading ({result.reader} reader):"]
    final = result.request
    if final is not None:
        lines += request_lines(result.text, final)
    for note in (final.notes if final is not None else ()):
        lines.append(f"  note: {note}")
    if len(result.attempts) > 1:
        lines.append("revisions:")
        for k, a in enumerate(result.attempts, 1):
            verdict = "verified" if a.verified and a.mismatch is None else \
                f"{a.status}, {a.mismatch.kind}" if a.status in ("hedged", "ambiguous") and a.mismatch else \
                (a.mismatch.kind if a.mismatch else "?")
            gv = ", ".join(f"{g.quantity}={g.value}" for g in a.request.givens)
            lines.append(f"  {k}. {gv} -> {a.request.find}: {verdict}")
    if result.answered:
        lines.append("answer:")
        lines += ["  " + line for line in str(result.answer).splitlines()]
    elif result.status in ("hedged", "ambiguous"):
        lines.append(f"no verified answer; the best reading is {result.status} (not an answer):")
        lines += ["  " + line for line in str(result.reported).splitlines()]
    else:
        lines.append(f"no answer: {result.reason}")
    return "\n".join(lines)
