"""The explorer's inline JavaScript, run in headless Chromium against a stand-in for the widget model:
it draws the SVG and panel it is given, and a click on a node or a move button sends the right message."""
import base64
import json
import shutil
import subprocess

import pytest

from oracle.data import datasets_dir
from oracle.explorer import ESM, PSGView
from psg import parse

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")

PAGE = """<!DOCTYPE html><html><body><div id="el"></div><pre id="out">pending</pre>
<script type="module">
const state = %(state)s;
const sent = [];
const model = {
  get: (name) => state[name],
  on: () => {},
  send: (msg) => sent.push(msg),
};
try {
  const mod = await import("data:text/javascript;base64,%(esm)s");
  const el = document.getElementById("el");
  mod.default.render({ model, el });
  const drawn = el.querySelectorAll("svg [data-node]").length;
  el.querySelector('[data-node="%(click)s"] text').dispatchEvent(new MouseEvent("click", { bubbles: true }));
  const buttons = el.querySelectorAll(".ohg-x-moves button");
  buttons[0].click();
  el.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowUp" }));
  document.getElementById("out").textContent = JSON.stringify(
    { drawn, buttons: buttons.length, panel: el.querySelector(".ohg-x-panel").textContent.length, sent });
} catch (err) {
  document.getElementById("out").textContent = "ERROR " + err;
}
</script></body></html>"""


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed (Debian: apt-get install chromium)")
def test_esm_draws_and_sends_click_and_move_messages(tmp_path):
    g = parse(datasets_dir() / "examples" / "planted.py")
    view = PSGView.of(g)
    child = str(g.nodes[view.zipper.focus].children[1])
    state = {"svg": view.svg(), "panel": view.panel(), "moves": [list(m) for m in view.moves()], "error": ""}
    page = tmp_path / "explorer.html"
    page.write_text(PAGE % {"state": json.dumps(state), "esm": base64.b64encode(ESM.encode()).decode(),
                            "click": child}, encoding="utf-8")
    run = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
                          "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    dom = run.stdout
    start = dom.index('<pre id="out">') + len('<pre id="out">')
    out = dom[start:dom.index("</pre>", start)]
    assert not out.startswith(("ERROR", "pending")), out
    result = json.loads(out.replace("&quot;", '"').replace("&amp;", "&"))
    assert result["drawn"] == sum(1 for _ in g.walk(view.zipper.focus))
    assert result["buttons"] == len(view.moves()) and result["panel"] > 50
    assert result["sent"] == [{"type": "click", "node": child},
                              {"type": "move", "move": view.moves()[0][0]},
                              {"type": "move", "move": "up"}]
