"""A notebook's answer display, rendered in headless Chromium the way Jupyter shows an
output (its ``_repr_html_`` set as an output area's innerHTML): what a person sees names
the status, in its colour, and every caveat, for a hedged and a not-derivable answer."""
import json
import shutil
import subprocess

import pytest

import oracle

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome",
                                                "google-chrome-stable")) if p), None)

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div class="output_area" id="out"></div><pre id="result">pending</pre>
<script>
try {
  const out = document.getElementById("out");
  out.innerHTML = %(html)s;
  const status = out.querySelector(".head span");
  document.getElementById("result").textContent = JSON.stringify({
    text: out.innerText, status: status.textContent, colour: getComputedStyle(status).color,
    scripts: out.querySelectorAll("script").length});
} catch (err) {
  document.getElementById("result").textContent = "ERROR " + err;
}
</script></body></html>"""

COLOUR = {"hedged": "rgb(154, 103, 0)", "not derivable": "rgb(180, 35, 24)"}


def seen(html: str, tmp_path) -> dict:
    page = tmp_path / "answer.html"
    page.write_text(PAGE % {"html": json.dumps(html)}, encoding="utf-8")
    run = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          "--disable-background-networking", f"--user-data-dir={tmp_path / 'profile'}",
                          "--virtual-time-budget=5000", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120)
    dom = run.stdout
    assert '<pre id="result">' in dom, f"chromium gave no page (exit {run.returncode}): {run.stderr[-2000:]}"
    start = dom.index('<pre id="result">') + len('<pre id="result">')
    out = dom[start:dom.index("</pre>", start)]
    assert not out.startswith(("ERROR", "pending")), out
    import html as html_module

    return json.loads(html_module.unescape(out))


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH (Debian: apt-get install chromium); "
                                             "the notebook display cannot be rendered here")
@pytest.mark.parametrize("given, find", [
    ({"spring konstant": "200 N/m", "mass": "1 kg"}, "period"),
    ({"mass": "2 kg"}, "kinetic energy"),
])
def test_a_notebook_answer_shows_its_status_and_caveats_in_a_browser(tmp_path, given, find):
    a = oracle.query(given, find, learn=False)
    shown = seen(a._repr_html_(), tmp_path)
    text = " ".join(shown["text"].split())
    assert a.status in shown["status"] and shown["colour"] == COLOUR[a.status]
    assert shown["scripts"] == 0
    for label, caveat in a.caveats():
        assert label in text and " ".join(caveat.split()) in text, (label, caveat, text[:500])
    for missing in a.missing:
        assert all(m in text for m in missing)
