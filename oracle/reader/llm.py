"""A reader backed by a local OpenAI-compatible server (llama.cpp, Ollama, vLLM).

The scanner finds the values (a model never invents a given); the server is asked only
which quantity each value is, which quantity is asked for and the unit wanted, as JSON,
choosing among the knowledge base's quantities of the right dimension (listed in the
prompt). Its reply is checked: a quantity that is not a candidate, a unit pint cannot
parse, or a reply that is not the JSON asked for is an error that names what was wrong.
To revise, the mismatch the oracle found is sent back in the same conversation.

The server is ``ORACLE_LLM_URL`` (e.g. ``http://127.0.0.1:8080/v1``) and the model
``ORACLE_LLM_MODEL`` (default ``local``); every call has a time-out.

>>> LLMReader("http://127.0.0.1:9/v1").url
'http://127.0.0.1:9/v1/chat/completions'
"""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.request

from .lexicon import Lexicon, words
from .question import asking_sentence, wanted_unit
from .request import CannotRevise, Given, Mismatch, ReadingError, Request
from .scan import tokenize, unit_of, values

SYSTEM = ("You read physics questions for a calculator. Reply with JSON only, no prose: "
          '{"givens": [{"value": <index>, "quantity": "<symbol>"}], "find": "<symbol>", "unit": "<unit or null>"}. '
          "Use only the symbols offered. Leave out values that are not given quantities (years, problem numbers).")


class LLMReader:
    """Reads with a local OpenAI-compatible chat server; see the module docstring."""

    name = "llm"

    def __init__(self, base_url: str, model: str = "local", timeout: float = 30.0,
                 lexicon: Lexicon | None = None) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.timeout = timeout
        self._lex = lexicon
        self._talks: dict[str, list] = {}

    @property
    def lex(self) -> Lexicon:
        if self._lex is None:
            self._lex = Lexicon.default()
        return self._lex

    @classmethod
    def from_env(cls) -> "LLMReader":
        url = os.environ.get("ORACLE_LLM_URL")
        if not url:
            raise ReadingError("the llm reader needs a server: set ORACLE_LLM_URL (e.g. http://127.0.0.1:8080/v1)")
        return cls(url, os.environ.get("ORACLE_LLM_MODEL", "local"))

    # -- the interface ---------------------------------------------------------------------
    def propose(self, text: str) -> Request:
        tokens = tokenize(text)
        asking_sentence(tokens)  # several questions: a ReadingError
        vals = values(tokens)
        if not vals:
            raise ReadingError("the question gives no values (no numbers with units)")
        messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": self._prompt(text, tokens, vals)}]
        reply = self._chat(messages)
        self._talks[text] = messages + [{"role": "assistant", "content": reply}]
        return self._request(reply, tokens, vals)

    def revise(self, text: str, request: Request, mismatch: Mismatch) -> Request:
        talk = self._talks.get(text)
        if talk is None:
            raise CannotRevise("nothing proposed for this question yet")
        talk = talk + [{"role": "user", "content": f"The calculator says: {mismatch.kind}: {mismatch.message}. "
                                                   "Reply with a corrected reading, same JSON."}]
        reply = self._chat(talk)
        self._talks[text] = talk + [{"role": "assistant", "content": reply}]
        tokens = tokenize(text)
        again = self._request(reply, tokens, values(tokens))
        if again.key() == request.key():
            raise CannotRevise("the server proposed the same reading again")
        return again

    # -- the prompt and the reply --------------------------------------------------------------
    def _prompt(self, text: str, tokens, vals) -> str:
        lex = self.lex
        lines = [f"Question: {text}", "", "Values found in the question (index: text -> symbols to choose from):"]
        for k, v in enumerate(vals):
            cands = ", ".join(f"{s} ({lex.name(s)})" for s in lex.candidates(v.dim))
            lines.append(f"  {k}: {v.text!r} -> {cands or 'none'}")
        named = {m.symbol for m in lex.mentions(tokens)}
        lines += ["", "Quantities the question names: " + (", ".join(f"{s} ({lex.name(s)})" for s in sorted(named)) or "none"),
                  "Any other quantity may be asked for; all symbols: " + ", ".join(lex.symbols)]
        return "\n".join(lines)

    def _chat(self, messages) -> str:
        body = json.dumps({"model": self.model, "messages": messages, "temperature": 0,
                           "response_format": {"type": "json_object"}}).encode()
        req = urllib.request.Request(self.url, body, {"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                data = json.loads(resp.read().decode("utf-8"))
        except (urllib.error.URLError, TimeoutError, OSError) as err:
            raise ReadingError(f"the LLM server at {self.url} cannot be reached: {err}") from None
        except json.JSONDecodeError as err:
            raise ReadingError(f"the LLM server at {self.url} did not answer JSON: {err}") from None
        try:
            return data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise ReadingError(f"the LLM server's answer has no choices[0].message.content: {str(data)[:200]}") from None

    def _request(self, reply: str, tokens, vals) -> Request:
        lex = self.lex
        try:
            data = json.loads(reply)
        except json.JSONDecodeError:
            raise ReadingError(f"the LLM's reply is not the JSON asked for: {reply[:200]!r}") from None
        if not isinstance(data, dict) or not isinstance(data.get("givens"), list) or not isinstance(data.get("find"), str):
            raise ReadingError(f"the LLM's reply lacks 'givens' (a list) or 'find' (a symbol): {reply[:200]!r}")
        givens = []
        for item in data["givens"]:
            try:
                k, sym = int(item["value"]), str(item["quantity"])
            except (KeyError, TypeError, ValueError):
                raise ReadingError(f"the LLM's reply has a malformed given: {item!r}") from None
            if not 0 <= k < len(vals):
                raise ReadingError(f"the LLM's reply names value {k}, but the question has {len(vals)} values")
            v = vals[k]
            sym = self._symbol(sym)
            if sym not in lex.candidates(v.dim):
                raise ReadingError(f"the LLM read {v.text!r} as {sym!r}, which is not a quantity of its dimension")
            givens.append(Given(sym, v.value, v.span))
        find = self._symbol(data["find"])
        if find not in lex.entries:
            raise ReadingError(f"the LLM asked for {data['find']!r}, which is not a quantity of the knowledge base")
        unit = data.get("unit")
        if unit:
            parsed = unit_of(str(unit))
            unit = parsed[0] if parsed else None
        else:
            try:
                tok = wanted_unit(tokens, asking_sentence(tokens))
                unit = tok.unit if tok is not None else None
            except ReadingError:
                unit = None
        return Request(tuple(givens), find, unit)

    def _symbol(self, s: str) -> str:
        """A symbol, or a name the server wrote instead of its symbol."""
        if s in self.lex.entries:
            return s
        return self.lex.phrases.get(words(s), s)
