"""The LLM reader against a fake OpenAI-compatible server on the loopback address."""
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from oracle.reader.llm import LLMReader
from oracle.reader.loop import ask
from oracle.reader.request import ReadingError


class FakeServer:
    """Answers chat completions with a reply chosen by the test (or from the prompt)."""

    def __init__(self, reply):
        self.reply = reply
        self.requests = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                owner.requests.append((self.path, body))
                content = owner.reply(body) if callable(owner.reply) else owner.reply
                data = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.httpd = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    servers = []

    def make(reply):
        s = FakeServer(reply)
        servers.append(s)
        return s

    yield make
    for s in servers:
        s.close()


def test_reads_through_the_server(server):
    s = server(json.dumps({"givens": [{"value": 0, "quantity": "m"}, {"value": 1, "quantity": "v"}],
                           "find": "E_k", "unit": "J"}))
    r = ask("A 2 kg ball moves at 3 m/s. What is its kinetic energy in J?", LLMReader(s.url))
    assert r.answered and abs(r.value - 9.0) < 1e-9
    path, body = s.requests[0]
    assert path == "/v1/chat/completions" and body["temperature"] == 0
    assert "'2 kg'" in body["messages"][1]["content"]          # the scanner's values are offered


def test_revises_with_the_mismatch(server):
    replies = iter([{"givens": [{"value": 0, "quantity": "l"}], "find": "v", "unit": None},
                    {"givens": [{"value": 0, "quantity": "h"}], "find": "v", "unit": None}])
    s = server(lambda body: json.dumps(next(replies)))
    r = ask("A ball falls 20 m. How fast is it moving?", LLMReader(s.url))
    assert r.answered and [a.request.givens[0].quantity for a in r.attempts] == ["l", "h"]
    assert "not derivable" in s.requests[1][1]["messages"][-1]["content"]


@pytest.mark.parametrize("reply, message", [
    ("not json", "not the JSON"),
    (json.dumps({"find": "v"}), "lacks 'givens'"),
    (json.dumps({"givens": [{"value": 0, "quantity": "t"}], "find": "v"}), "not a quantity of its dimension"),
    (json.dumps({"givens": [{"value": 5, "quantity": "m"}], "find": "v"}), "has 1 values"),
    (json.dumps({"givens": [{"value": 0, "quantity": "m"}], "find": "warp factor"}), "not a quantity"),
])
def test_bad_replies_are_named(server, reply, message):
    s = server(reply)
    with pytest.raises(ReadingError, match=message):
        LLMReader(s.url).propose("A 2 kg ball. What is its speed?")


def test_unreachable_server():
    with pytest.raises(ReadingError, match="cannot be reached"):
        LLMReader("http://127.0.0.1:9/v1", timeout=2).propose("A 2 kg ball. What is its speed?")
