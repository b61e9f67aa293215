"""The ternary reader: a BitNet b1.58 / MLGRU tagger on the project's kernels reads the question.

The model tags each token (a given's value, the words naming it, the words naming what is
asked, the unit wanted) and scores every quantity of the knowledge base. Decoding is
constrained: values are the numbers with units the scanner found (never invented), each
given's quantity is the best-scored quantity *of its value's dimension*, each quantity at
most once, the target the best-scored quantity of the unit wanted's dimension (any, if no
unit is asked for), not given. To revise, the model reads the question again with the
mismatch appended in words, the rejected reading excluded; failing that, the next option
by score (the oracle's missing quantities first).

The knowledge base's names are a prior on the scores: where the text names a value's
quantity next to it ("a spring constant of 200 N/m") or names what is asked ("what is the
kinetic energy"), as the rule reader reads it, that quantity's score is raised
(``NAMED_PRIOR``; ``PLAIN_PRIOR`` where the rules only guessed it). The model decides
among what the names leave open.

>>> r = TernaryReader.default().propose("A 2 kg ball moves at 3 m/s. What is its kinetic energy?")
>>> sorted(g.quantity for g in r.givens), r.find
(['m', 'v'], 'E_k')
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from .features import TAG, featurize, hint_text, with_hint
from .lexicon import Lexicon
from .question import asking_sentence
from .request import CannotRevise, Given, Mismatch, ReadingError, Request
from .revise import Options, as_named, move_unnamed, revise
from .rules import each_of_count
from .scan import values

WEIGHTS = Path(__file__).parent / "weights" / "ternary-reader.npz"
#: raise of a quantity's score (logits) where the text names it next to a value or as asked:
#: larger than any score the model gives, so a name in the text decides
NAMED_PRIOR = 100.0
#: where the rules only guessed it (the plain quantity of a dimension, a context word)
PLAIN_PRIOR = 5.0


@dataclass
class _State:
    """What the reader remembers about one question between propose and revise."""

    options: Options
    excluded_given: set = field(default_factory=set)    # (span, symbol)
    excluded_target: set = field(default_factory=set)


class TernaryReader:
    """Reads with the ternary model (see the module docstring)."""

    name = "ternary"

    def __init__(self, model, lexicon: Lexicon | None = None, backend: str | None = None) -> None:
        self.model = model
        self.lex = lexicon or Lexicon.default()
        self.backend = backend or default_backend()
        self.column = {s: i for i, s in enumerate(model.quantities) if s in self.lex.entries}
        self.n_tags = model.n_tags
        self._states: OrderedDict[str, _State] = OrderedDict()
        self._scores: OrderedDict[tuple, tuple] = OrderedDict()
        from .rules import RuleReader

        self.rules = RuleReader(self.lex)

    @classmethod
    def default(cls) -> "TernaryReader":
        """The reader with the shipped weights (``oracle/reader/weights/ternary-reader.npz``)."""
        from .model import ReaderModel

        if not WEIGHTS.exists():
            raise ReadingError(f"the ternary reader's weights are missing ({WEIGHTS}); "
                               "train them with 'oracle train-reader' or use the rule reader")
        return cls(ReaderModel.load(WEIGHTS))

    # -- the model -------------------------------------------------------------------------
    def scores(self, text: str, hint: str | None = None):
        """Tokens, tag probabilities (L, tags), quantity scores (L, quantities), where the hint
        starts. Kept for the last questions read: a revision that reads the same text and
        hint again (a reading the text does not support, decoded without it) costs no forward."""
        key = (text, hint)
        if key in self._scores:
            self._scores.move_to_end(key)
            return self._scores[key]
        out = self._scores[key] = self._forward(text, hint)
        if len(self._scores) > 64:
            self._scores.popitem(last=False)
        return out

    def _forward(self, text: str, hint: str | None):
        tokens, hint_from = with_hint(text, hint)
        ids = featurize(tokens, self.model.buckets, self.lex, hint_from)
        logits = self.model.forward(ids, self.backend)
        tag = logits[:, :self.n_tags].astype(np.float64)
        tag = np.exp(tag - tag.max(axis=1, keepdims=True))
        tag /= tag.sum(axis=1, keepdims=True)
        q = logits[:, self.n_tags:]
        tag.flags.writeable = q.flags.writeable = False   # shared by the readings of one question
        return tuple(tokens), tag, q, hint_from

    # -- the interface -------------------------------------------------------------------------
    def propose(self, text: str) -> Request:
        state = _State(Options((), (), ()))
        request, options = self._read(text, None, state)
        state.options = options
        self._remember(text, state)
        return request

    def revise(self, text: str, request: Request, mismatch: Mismatch) -> Request:
        state = self._states.get(text)
        if state is None:
            self.propose(text)
            state = self._states[text]
        state.options.tried.add(request.key())
        if mismatch.given is not None and mismatch.given < len(request.givens):
            g = request.givens[mismatch.given]
            state.excluded_given.add((g.span, g.quantity))
        elif mismatch.target and mismatch.kind != "unused given":
            state.excluded_target.add(request.find)
        # a reading the text does not support: the rule reader's reading next (it reads
        # names as the text writes them), then the model's again without the part rejected
        # (the model was not trained on that mismatch in words); others with it as a hint
        if mismatch.kind == "unsupported":
            named = as_named(request, mismatch)   # the part as the words name it
            if named is not None and named.key() not in state.options.tried:
                state.options.tried.add(named.key())
                return named
            for other in self.alternatives(text):
                if other.key() not in state.options.tried:
                    state.options.tried.add(other.key())
                    return other
        # a reading the text supports that the oracle cannot derive: first the targets as the
        # text names them (the rule reader's, with the narrower names whose other words it
        # uses), then what the oracle says would derive it for a given the text did not name
        if mismatch.kind == "not derivable":
            for other in self._derivable_instead(text, request, mismatch, state):
                state.options.tried.add(other.key())
                return other
        hint = None if mismatch.kind == "unsupported" else hint_text(mismatch, request, self.lex)
        try:
            again, options = self._read(text, hint, state)
        except ReadingError:
            again = None
        if again is not None and again.key() not in state.options.tried:
            return again
        return revise(request, mismatch, state.options)

    def _derivable_instead(self, text: str, request: Request, mismatch: Mismatch, state: _State):
        """Readings to try after a not-derivable one, see :meth:`revise` (each not tried yet)."""
        try:
            targets = self.rules.read(text).options.target
        except ReadingError:
            targets = ()
        taken = {g.quantity for g in request.givens}
        for s in targets:
            other = replace(request, find=s)
            if s not in taken and s not in state.excluded_target and other.key() not in state.options.tried:
                yield other
        moved = move_unnamed(request, mismatch, state.options)
        if moved is not None:
            yield moved

    def alternatives(self, text: str) -> list[Request]:
        """Other readings worth checking beside the model's: the rule reader's."""
        try:
            return [self.rules.propose(text)]
        except ReadingError:
            return []

    def _remember(self, text: str, state: _State) -> None:
        self._states[text] = state
        self._states.move_to_end(text)
        if len(self._states) > 64:
            self._states.popitem(last=False)

    # -- decoding --------------------------------------------------------------------------------
    def _read(self, text: str, hint: str | None, state: _State) -> tuple[Request, Options]:
        tokens, tag, q, hint_from = self.scores(text, hint)
        n = hint_from if hint_from is not None else len(tokens)
        tokens = list(tokens[:n])
        ask = asking_sentence(tokens)  # several questions: a ReadingError
        vals = values(tokens)
        if not vals:
            raise ReadingError("the question gives no values (no numbers with units)")
        lex = self.lex
        prior_given, prior_target = self._priors(text)
        picked = []   # (value, ranked symbols, top score)
        notes = []
        for v in vals:
            i = v.tokens[0]
            # a value with a unit is a given unless the model is sure it is not; a bare
            # number (a year, a problem number) only when the model says it is
            named = any(prior_given.get((v.span, s)) == NAMED_PRIOR for s in lex.candidates(v.dim))
            sure_not = tag[i, TAG["O"]] > 0.9 if not v.bare else tag[i, TAG["VAL"]] < 0.5 and not named
            if sure_not:
                if not v.bare:
                    notes.append(f"read {v.text!r} as not a given")
                continue
            cands = [s for s in lex.candidates(v.dim) if s in self.column and (v.span, s) not in state.excluded_given]
            if not cands:
                notes.append(f"ignored {v.text!r}: no quantity of its dimension")
                continue
            sc = q[i, [self.column[s] for s in cands]] + np.array(
                [prior_given.get((v.span, s), 0.0) for s in cands], np.float32)
            order = np.argsort(-sc, kind="stable")
            picked.append((v, [cands[k] for k in order], float(sc[order[0]])))
        if not picked:
            raise ReadingError("found no given values in the question")
        taken: set[str] = set()
        chosen: dict[int, str] = {}
        tops: dict[str, list[int]] = {}
        for k, (_, ranked, _) in enumerate(picked):
            tops.setdefault(ranked[0], []).append(k)
        for sym, ks in tops.items():  # two values of one plain quantity: its first and second
            pair = lex.numbered(sym) if len(ks) == 2 else None
            if pair is not None and not set(pair) & taken:
                for k, s in zip(ks, pair):
                    chosen[k] = s
                    taken.add(s)
        for k in sorted(range(len(picked)), key=lambda k: -picked[k][2]):
            if k in chosen:
                continue
            for s in picked[k][1]:
                if s not in taken:
                    chosen[k] = s
                    taken.add(s)
                    break
        givens, opts, named, pool = [], [], [], []
        for k, (v, ranked, _) in enumerate(picked):
            if k not in chosen:
                continue
            name_span = self._name_span(tokens, tag, v)
            givens.append(Given(chosen[k], v.value, v.span, _object(tokens, v, lex), name_span))
            opts.append(tuple(ranked[:3]))
            pool.append(tuple(ranked))
            named.append(name_span is not None)
        src = each_of_count(givens, tokens, lex)   # "two 4 µF capacitors": C1 and C2
        givens = [g for _, g in src]
        opts, named, pool = ([xs[k] for k, _ in src] for xs in (opts, named, pool))
        taken |= {g.quantity for g in givens}
        unit_tok = self._wanted(tokens, tag, ask)
        find, find_span, target_opts = self._target(tokens, tag, q, ask, unit_tok, taken, state, prior_target)
        request = Request(tuple(givens), find, None if unit_tok is None else unit_tok.unit, find_span, tuple(notes))
        return request, Options(tuple(opts), target_opts, tuple(named), tuple(pool), state.options.tried)

    def _name_span(self, tokens, tag, v):
        a, b = v.tokens[0], v.tokens[-1] + 1
        run = [i for i in range(max(0, a - 6), a) if tag[i].argmax() == TAG["NAME"]]
        if not run:
            run = [i for i in range(b, min(len(tokens), b + 3)) if tag[i].argmax() == TAG["NAME"]]
        if not run:
            return None
        return tokens[run[0]].start, tokens[run[-1]].end

    def _wanted(self, tokens, tag, ask):
        a, b = ask
        best = None
        for i in range(len(tokens)):
            t = tokens[i]
            if t.kind != "unit" or (i and tokens[i - 1].kind == "num"):
                continue
            p = tag[i, TAG["WANT"]]
            if (tag[i].argmax() == TAG["WANT"] or p > 0.3) and (best is None or p > best[0]):
                best = (p, t)
        return None if best is None else best[1]

    def _priors(self, text: str):
        """Raised scores from the knowledge base's names, as the rule reader reads them:
        {(span, symbol): raise} for givens, {symbol: raise} for the target."""
        try:
            reading = self.rules.read(text)
        except ReadingError:
            return {}, {}
        r, opts = reading.request, reading.options
        givens = {(g.span, g.quantity): NAMED_PRIOR if opts.named[i] else PLAIN_PRIOR
                  for i, g in enumerate(r.givens)}
        target = {r.find: NAMED_PRIOR if r.find_span is not None else PLAIN_PRIOR}
        return givens, target

    def _target(self, tokens, tag, q, ask, unit_tok, taken, state, prior=None):
        lex = self.lex
        a, b = ask
        p_ask = tag[:, TAG["ASK"]]
        runs, cur = [], []
        for i in range(len(tokens)):
            if tag[i].argmax() == TAG["ASK"]:
                cur.append(i)
            elif cur:
                runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        if not runs:
            inside = [i for i in range(a, b) if tokens[i].kind == "word"]
            if inside and p_ask[inside].max() > 0.1:
                runs = [[inside[int(np.argmax(p_ask[inside]))]]]
        if not runs and prior:
            runs = [list(range(a, b))]
        if not runs:
            words = " ".join(t.text for t in tokens[a:b])
            raise ReadingError(f"could not tell which quantity is asked for in {words!r}")
        run = max(runs, key=lambda r: (any(a <= i < b for i in r), float(p_ask[r].mean())))
        want_dim = unit_tok.dim if unit_tok is not None else None
        cands = [s for s in self.column if s not in taken and (want_dim is None or lex.entries[s].dim == want_dim)]
        if not cands:
            raise ReadingError("no quantity of the knowledge base fits what is asked for")
        sc = q[run][:, [self.column[s] for s in cands]].mean(axis=0) + np.array(
            [(prior or {}).get(s, 0.0) for s in cands], np.float32)
        order = [cands[k] for k in np.argsort(-sc, kind="stable")]
        # other readings of the target keep its dimension: a "speed" is never read as a momentum
        dim = want_dim or lex.entries[order[0]].dim
        ranked = tuple(s for s in order if lex.entries[s].dim == dim and s not in state.excluded_target)[:6]
        if not ranked:
            raise ReadingError("no other reading of what is asked for is left")
        return ranked[0], (tokens[run[0]].start, tokens[run[-1]].end), ranked


def default_backend() -> str:
    """``"cuda"`` where numba sees a GPU (``ORACLE_READER_BACKEND`` overrides), else the fused CPU kernel."""
    import os

    chosen = os.environ.get("ORACLE_READER_BACKEND")
    if chosen:
        return chosen
    try:
        from numba import cuda

        if cuda.is_available() and not os.environ.get("NUMBA_ENABLE_CUDASIM"):
            return "cuda"
    except Exception:  # no CUDA toolkit: the CPU kernels
        pass
    return "fused"


def _object(tokens, v, lex: Lexicon) -> str | None:
    """The object a value belongs to, where the text says: "a 2 kg ball"."""
    after = v.tokens[-1] + 1
    while after < len(tokens) and tokens[after].text == "-":
        after += 1
    if after < len(tokens) and tokens[after].norm in lex.objects:
        return tokens[after].norm
    return None
