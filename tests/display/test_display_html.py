"""Rich display: HTML fragments that nest, name what they show, and load nothing from the network."""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import numpy as np
import pytest

import oracle
import oracle.display as D
from hypergraph.build import load_default
from proofs import prove, prove_psg
from psg import parse
from oracle.data import datasets_dir
from spiking import Raster

BLOCK = {"td", "th", "tr", "p", "div", "li", "caption", "table", "br", "h1", "h2", "h3", "dt", "dd"}
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "source", "area", "base", "embed", "track"}
SVG_NS = "{http://www.w3.org/2000/svg}"


class _Tags(HTMLParser):
    """Visible text and tags of a fragment; records tags that do not nest."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.text, self.tags, self.skip = [], [], [], [], 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in BLOCK:
            self.text.append(" ")
        if tag in ("style", "title"):
            self.skip += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.text.append(" ")
        if tag in ("style", "title"):
            self.skip -= 1
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def check_fragment(html: str) -> str:
    """The fragment nests, is offline (no script, no fetched URL), and its visible text."""
    p = _Tags()
    p.feed(html)
    p.close()
    assert not p.errors, p.errors[:5]
    assert not p.stack, f"unclosed tags: {p.stack}"
    assert "<script" not in html.lower()
    for tag, attrs in p.tags:
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            assert not value.startswith(("http:", "https:", "//")), f"<{tag} {name}={value!r}> fetches from the network"
    assert "@import" not in html and "url(http" not in html
    return " ".join("".join(p.text).split())


def svg_root(svg: str):
    root = ET.fromstring(svg)  # well-formed XML, as an .svg file must be
    assert root.tag == SVG_NS + "svg"
    return root


@pytest.fixture(scope="module")
def kg():
    return load_default()


@pytest.fixture(scope="module")
def answer():
    return oracle.query({"mass": "2 kg", "height": "10 m"}, "kinetic energy", unit="J", learn=False)


def test_psg_svg_draws_every_node_of_the_function_and_its_flow():
    g = parse("def speed(d: U['m'], t: U['s']) -> U['m/s']:\n    v = d / t\n    return v\n")
    fn = g.functions()[0]
    root = svg_root(D.psg_svg(g, focus=fn))
    keys = [el.get("data-node") for el in root.iter(SVG_NS + "g") if el.get("data-node")]
    assert sorted(map(int, keys)) == sorted(g.walk(fn))
    edges = [el.get("data-edge") for el in root.iter() if el.get("data-edge")]
    syntax = sum(len(g.nodes[i].children) for i in g.walk(fn))
    assert len(edges) == syntax + len(g.flow)
    focused = [el for el in root.iter(SVG_NS + "g") if el.get("data-node") == str(fn)][0]
    assert focused.find(SVG_NS + "rect").get("stroke") == D.FOCUS_STROKE
    labels = {"".join(t.itertext()) for t in root.iter(SVG_NS + "text")}
    assert {"def speed -> [m/s]", "d [m]", "t [s]", "v =", "/", "return"} <= labels


def test_psg_too_large_to_draw_says_how_to_draw_a_part():
    g = parse(datasets_dir() / "examples" / "planted.py")
    with pytest.raises(D.DrawingTooLargeError, match=r"draw one function .*distance_travelled"):
        D.psg_svg(g, g.roots[0], max_nodes=10)
    with pytest.raises(IndexError, match="root 99999 is not a node"):
        D.psg_svg(g, 99999)


def test_psg_html_lists_functions_with_units():
    g = parse(datasets_dir() / "examples" / "planted.py")
    text = check_fragment(g._repr_html_())
    assert "PSG: " in text and "distance_travelled" in text and "x0 [m], v [m/s], t [s]" in text
    bundle = g._repr_mimebundle_()
    assert bundle["text/plain"].startswith("<PSG: ") and len(bundle["text/plain"]) < 200


def test_kg_html_summarises_and_refuses_to_draw_everything(kg):
    text = check_fragment(kg._repr_html_())
    assert f"{len(kg.laws)} laws" in text and "mechanics" in text and "Too many laws to draw" in text
    with pytest.raises(D.DrawingTooLargeError, match=r"kg.subgraph\(law_ids\)"):
        D.kg_svg(kg)
    assert len(kg._repr_mimebundle_()["text/plain"]) < 200


def test_subgraph_draws_quantities_as_circles_and_laws_as_boxes(kg, answer):
    sub = kg.subgraph(answer.derivation.laws)
    text = check_fragment(sub._repr_html_())
    assert "kinetic energy" in text and "free fall speed on earth" in text
    root = svg_root(D.kg_svg(sub, given=("m", "h"), target="E_k"))
    groups = {el.get("data-node"): el for el in root.iter(SVG_NS + "g") if el.get("data-node")}
    assert set(groups) == {q.symbol for q in sub.quantities} | {law.id for law in sub.laws}
    for q in sub.quantities:
        assert groups[q.symbol].find(SVG_NS + "circle") is not None
    for law in sub.laws:
        assert groups[law.id].find(SVG_NS + "rect") is not None
        assert law.name in "".join(groups[law.id].itertext())
    assert groups["m"].find(SVG_NS + "circle").get("fill") == D._STYLE["given"][0]
    assert groups["E_k"].find(SVG_NS + "circle").get("fill") == D._STYLE["target"][0]


def test_neighbourhood_of_a_quantity_and_of_a_law(kg):
    near = D.neighbourhood(kg, "E_k", max_laws=50)
    assert {law.id for law in near.laws} == {law.id for law in kg.laws_of("E_k")}
    around = D.neighbourhood(kg, "mechanics.kinetic_energy", max_laws=4)
    assert around.laws[0].id == "mechanics.kinetic_energy" and len(around.laws) == 4
    assert all(set(law.variables) & {"E_k", "m", "v"} for law in around.laws)
    with pytest.raises(KeyError, match="neither a quantity symbol nor a law id"):
        D.neighbourhood(kg, "no such thing")


def test_answer_html_shows_value_derivation_and_proof(answer):
    html = answer._repr_html_()
    text = check_fragment(html)
    assert "kinetic energy (E_k) = 196.133 J" in text
    assert "✓ proved" in text and "E_k = g_n*h*m" in text
    assert "free fall speed on earth" in text and "mechanics.kinetic_energy" in text
    assert html.count("<svg") == 1
    assert answer._repr_mimebundle_()["text/plain"] == str(answer)


def test_not_derivable_answer_lists_what_is_missing():
    a = oracle.query({"mass": "2 kg"}, "kinetic energy", learn=False)
    text = check_fragment(a._repr_html_())
    assert "cannot be derived" in text and all(s[0] in text for s in a.missing)


def test_derivation_drawing_layers_givens_above_their_steps(answer):
    d = answer.derivation
    check_fragment(d._repr_html_())
    root = svg_root(D.derivation_svg(d))
    groups = {el.get("data-node"): el for el in root.iter(SVG_NS + "g") if el.get("data-node")}
    assert {"m", "h", "v", "E_k"} <= set(groups)
    y = {k: float((g.find(SVG_NS + "circle") if g.find(SVG_NS + "circle") is not None
                   else g.find(SVG_NS + "rect")).get("cy") or g.find(SVG_NS + "rect").get("y"))
         for k, g in groups.items()}
    assert y["h"] < y["v"] < y["E_k"] and y["m"] < y["E_k"]
    step_text = "".join(groups["mechanics.kinetic_energy->E_k"].itertext())
    assert "kinetic energy" in step_text and "E_k = m*v**2/2" in step_text


def test_proof_report_html_names_every_refutation():
    report = prove_psg(parse(datasets_dir() / "examples" / "planted.py"))
    text = check_fragment(report._repr_html_())
    assert "✗ refuted" in text
    for f in report.findings:
        assert f.sentence in text and str(f.where) in text
    assert "MISTAKE 1" in text  # the source line of the first refutation
    assert check_fragment(prove("def f(x: U['m']) -> U['m']:\n    return 2 * x\n")._repr_html_()).count("✓ proved") >= 2


def test_derivation_proof_html(answer):
    text = check_fragment(answer.proof._repr_html_())
    assert "Proof: ✓ proved" in text and "mechanics.free_fall_speed_on_earth" in text and "Composed formula" in text


def _png_pixels(png: bytes) -> np.ndarray:
    import io

    import matplotlib.image as mpimg

    return mpimg.imread(io.BytesIO(png), format="png")


def test_raster_png_is_a_non_blank_plot():
    r = Raster.from_spikes(5, 10, step=[0, 1, 2, 3], neuron=[0, 1, 2, 4], backend="numba")
    png = D.raster_png(r)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    px = _png_pixels(png)
    assert px.ndim == 3 and px.shape[0] > 100 and px.shape[1] > 100
    assert px[..., :3].std() > 0.05  # not a blank canvas
    html = r._repr_html_()
    text = check_fragment(html)
    assert "numba" in text and "spikes 4" in text
    assert re.search(r'src="data:image/png;base64,[A-Za-z0-9+/=]{100,}"', html)


def test_rasters_side_by_side_say_whether_they_agree():
    a = Raster.from_spikes(3, 5, [0, 2], [0, 1], backend="numba")
    b = Raster.from_spikes(3, 9, [0, 2], [0, 1], backend="brian2")
    c = Raster.from_spikes(3, 5, [0, 3], [0, 1], backend="lava")
    same = check_fragment(D.rasters_html([a, b]))
    assert "The rasters are identical" in same
    differ = check_fragment(D.rasters_html([a, b, c]))
    assert "The rasters differ" in differ and D.rasters_html([a, b, c]).count("data:image/png;base64,") == 3
    with pytest.raises(ValueError, match="at least one raster"):
        D.rasters_html([])


def test_search_trace_and_resources_html(answer):
    import spiking

    text = check_fragment(D.search_html(answer.search))
    reached = int((answer.search.time >= 0).sum())
    assert f"{reached} of {len(answer.search.time)} quantities reached" in text
    rep = spiking.resources(answer.search.circuit, answer.search.trace.raster)
    text = check_fragment(D.resources_html(rep))
    assert f"neurons {rep.neurons}" in text and "energy estimate" in text


def test_register_teaches_ipython_the_types_it_cannot_edit(answer):
    import spiking
    from IPython.core.formatters import DisplayFormatter

    class Shell:  # what register() reads from an IPython shell: its real display formatter
        display_formatter = DisplayFormatter()

    D.register(Shell)
    data, _ = Shell.display_formatter.format(answer.search)
    assert "quantities reached" in data["text/html"] and len(data["text/plain"]) < 300
    data, _ = Shell.display_formatter.format(answer.search.trace)
    assert "Spike trace" in data["text/html"]
    data, _ = Shell.display_formatter.format(spiking.resources(answer.search.circuit))
    assert "Loihi 2 resources" in data["text/html"]


def test_drawing_object_and_its_errors(tmp_path, answer):
    d = D.drawing(answer.derivation)
    assert d._repr_svg_().startswith("<svg")
    path = d.save(tmp_path / "derivation.svg")
    svg_root(open(path, encoding="utf-8").read())
    with pytest.raises(TypeError, match="takes a PSG, a KnowledgeGraph or a Derivation, got int"):
        D.drawing(3)
    with pytest.raises(ValueError, match=r"no position for node\(s\) \['b'\]"):
        D.render_svg([D.DrawNode("a", "a"), D.DrawNode("b", "b")], [], {"a": (0, 0)})
    with pytest.raises(ValueError, match="layout must be 'auto', 'layered' or 'spring', got 'radial'"):
        D.auto_layout(None, len, "radial")


def test_labels_are_escaped():
    g = parse("def f(x: U['m']) -> U['m']:\n    return x\n")
    node = D.DrawNode("<k>", "a<b & c>", "box", "law", 'say "hi"')
    svg = D.render_svg([node], [], {"<k>": (0, 0)})
    svg_root(svg)
    assert "a&lt;b &amp; c&gt;" in svg and "<b &" not in svg
    assert check_fragment(D.psg_html(g))


def test_importing_oracle_and_psg_stays_light():
    code = ("import sys, oracle, psg, zipper, proofs, hypergraph.model, spiking\n"
            "heavy = [m for m in ('matplotlib', 'anywidget', 'IPython', 'oracle.display', 'oracle.explorer') if m in sys.modules]\n"
            "print(heavy)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
