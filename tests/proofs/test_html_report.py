"""HTML proof reports: self-contained, escaped, naming every refutation; rendered in headless Chromium."""
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings, strategies as st

from proof_programs import EXAMPLES, PROGRAMS, report
from proofs import prove
from proofs.html import answer_html, to_html

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "source", "area", "base", "embed", "track"}


class _Page(HTMLParser):
    """The page's visible text and its tags; fails on tags that do not nest."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.stack, self.tags, self.errors, self.skip = [], [], [], [], 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "title"):
            self.skip += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in ("style", "title"):
            self.skip -= 1
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def read(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    assert not p.errors and not p.stack, f"tags do not nest: {p.errors[:3]} open at the end: {p.stack}"
    p.text = "".join(p.text)
    return p


def assert_offline(page: str):
    lowered = page.lower()
    assert "http://" not in lowered and "https://" not in lowered, "the page names a network address"
    for bad in ("<script", "<link", "<iframe", "<img", "<object", "<embed", "@import", "url(", "@font-face"):
        assert bad not in lowered, f"the page has {bad!r}: it must not load anything"
    assert not re.search(r"\s(src|srcset|action)\s*=", lowered)
    for _, attrs in read(page).tags:
        href = attrs.get("href")
        assert href is None or href.startswith("#"), f"a link leaves the page: {href!r}"


# -- the planted example ------------------------------------------------------------------
def planted_mistake_lines():
    path = next(p for p in EXAMPLES if p.name == "planted.py")
    return [n for n, line in enumerate(path.read_text().splitlines(), 1) if "# MISTAKE" in line]


def test_the_planted_report_names_every_mistake_at_its_place_with_its_sentence():
    r = report("examples/planted.py")
    page = read(to_html(r))
    lines = planted_mistake_lines()
    assert len(lines) == 5
    found_lines = {f.where.line for f in r.findings}
    assert set(lines) <= found_lines, f"mistakes at lines {sorted(set(lines) - found_lines)} are not refuted"
    for f in r.findings:
        assert str(f.where) in page.text
        assert f.sentence in page.text
        for name, value in f.counterexample:
            assert f"{name} = {value}" in page.text
    for line in lines:  # the offending source line is shown
        source = next(p for p in EXAMPLES if p.name == "planted.py").read_text().splitlines()[line - 1]
        assert source.split("#")[0].strip() in page.text
    assert page.text.count("✗ refuted") >= len(r.findings)
    assert "✓ proved" in page.text


def test_every_obligation_appears_with_status_claim_and_time():
    r = report("inline/shapes_and_systems")
    html = to_html(r)
    page = read(html)
    for fr in r.results:
        for o, st_ in zip(fr.obligations, fr.status):
            block = re.search(rf'<details class="(\w+)" id="r-o{o.id}"', html)
            assert block and block.group(1) == st_, f"o{o.id} shown as {block and block.group(1)}, report says {st_}"
            assert str(o.where) in page.text
    for s in ("Smallest conflicting set", "Counterexample", "decided by", "for the whole system", "SMT-LIB2"):
        assert s in page.text


def test_report_to_html_delegates():
    r = report("examples/clean.py")
    assert r.to_html() == to_html(r)
    assert "(set-logic" not in read(r.to_html(smtlib=False)).text


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_every_bundled_report_renders_offline_and_well_formed(name):
    r = report(name)
    if r is None:
        pytest.skip(f"{name}: its reference data is not available on this machine")
    assert_offline(to_html(r))


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=40))
def test_source_text_is_escaped(comment):
    source = f"def f(x: U['m'], v: U['m/s']):\n    return x + v  # {comment}\n"
    page = read(to_html(prove(source, use_cache=False)))
    assert f"return x + v  # {comment}".rstrip() in page.text


def test_markup_in_source_stays_text():
    page = to_html(prove("def f(x: U['m'], v: U['m/s']):\n    return x + v  # <script>alert('&')</script>\n"))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert_offline(page)


# -- an Answer ---------------------------------------------------------------------------------
KB = '''
from math import sqrt
from oracle.laws import U, law, codata
G: U["m^3/(kg*s^2)"] = codata("Newtonian constant of gravitation")

@law(output="E_k", assumes=("m > 0", "v > 0"))
def kinetic_energy(m: U["kg"], v: U["m/s"]) -> U["J"]:
    """Kinetic energy."""
    return 0.5 * m * v**2

@law(output="v", assumes=("g > 0", "h > 0"))
def free_fall_speed(g: U["m/s^2"], h: U["m"]) -> U["m/s"]:
    return sqrt(2 * g * h)

@law(output="g", assumes=("M > 0", "r > 0"))
def surface_gravity(M: U["kg"], r: U["m"]) -> U["m/s^2"]:
    return G * M / r**2
'''
QUANTITIES = '''
from oracle.laws import quantity
m = quantity("kg", "mass", kind="mass")
v = quantity("m/s", "speed", kind="speed")
E_k = quantity("J", "kinetic energy", kind="energy")
h = quantity("m", "height", kind="length")
M = quantity("kg", "mass of the central body", kind="mass")
r = quantity("m", "radius of the planet", kind="length")
g = quantity("m/s^2", "gravitational acceleration", kind="acceleration")
'''


@pytest.fixture(scope="module")
def oracle_small(tmp_path_factory):
    from hypergraph.build import load
    from oracle.engine import Oracle

    d = tmp_path_factory.mktemp("kb")
    (d / "quantities.py").write_text(QUANTITIES)
    (d / "mech.py").write_text(KB)
    return Oracle(load(d), learn=False)


@pytest.fixture(scope="module")
def answer(oracle_small):
    return oracle_small.query({"M": "5.972e24 kg", "r": "6371 km", "m": "2 kg", "h": "10 m"}, "E_k", unit="kJ")


def test_answer_page_shows_value_derivation_step_proofs_and_composed_report(answer):
    html = answer_html(answer)
    page = read(html)
    assert_offline(html)
    assert f"{answer.value_in_unit.magnitude:.6g}" in page.text
    for step in answer.derivation.steps:
        assert step.law.id in page.text and step.formula in page.text
    assert "Proof of each step" in page.text and "Proof of the composed formula" in page.text
    assert answer.proof.status == "proved" and "✓ proved" in page.text
    assert "def derived(" in page.text  # the composed formula's own source, proved
    assert "return 0.5 * m * v**2" in page.text  # a law's source


def test_an_underivable_answer_says_what_is_missing(oracle_small):
    a = oracle_small.query({"m": "2 kg"}, "E_k")
    page = read(answer_html(a))
    assert "cannot be derived" in page.text and "v" in page.text


# -- headless Chromium ---------------------------------------------------------------------------
def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def screenshot(html_path, png_path, profile) -> None:
    browser = chromium()
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", f"--screenshot={png_path}", "--window-size=1200,1600",
           html_path.resolve().as_uri()]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert png_path.exists(), f"chromium wrote no screenshot (exit {done.returncode}): {done.stderr[-2000:]}"


def pixels(png_path):
    from matplotlib.image import imread

    img = imread(png_path)  # floats in [0, 1], RGB or RGBA
    return img[..., :3]


def near(img, hex_colour: str, tol: float = 0.06):
    import numpy as np

    rgb = np.array([int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return int((np.abs(img - rgb).max(axis=-1) < tol).sum())


@pytest.mark.slow
@pytest.mark.skipif(chromium() is None, reason="no chromium binary on PATH (Debian: apt-get install chromium); "
                                               "the HTML report cannot be rendered here")
def test_reports_render_in_headless_chromium(tmp_path, answer):
    import numpy as np

    pages = {"planted": to_html(report("examples/planted.py")), "answer": answer_html(answer)}
    shots = {}
    for name, html in pages.items():
        path = tmp_path / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        png = tmp_path / f"{name}.png"
        screenshot(path, png, tmp_path / f"profile-{name}")
        img = pixels(png)
        assert img.shape[:2] == (1600, 1200)
        ink = (img.min(axis=-1) < 0.9).mean()
        assert 0.02 < ink < 0.9, f"{name}: {ink:.1%} of the screenshot is not background: blank or broken"
        assert len(np.unique((img * 255).astype(np.uint8).reshape(-1, 3), axis=0)) > 20
        shots[name] = img
    # the status colours were applied: the refuted badges' red in the planted report, green in the answer
    assert near(shots["planted"], "#fee4e2") > 500 and near(shots["planted"], "#b42318", 0.12) > 50
    assert near(shots["answer"], "#dafbe1") > 500
