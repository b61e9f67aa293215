"""Every HTML display escapes the text it shows: hostile names, file paths and messages
(``<script>``, ``&``, quotes, closing tags) placed in each display never appear unescaped,
the markup still nests, and the text reads back exactly (the templates autoescape it)."""
from dataclasses import replace
from html import unescape
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import oracle
import oracle.display as D
from hypergraph.build import load_default
from hypergraph.model import KnowledgeGraph
from oracle.explorer import KGView, PSGView, fallback_html
from proofs import prove_psg
from proofs.html import answer_html as answer_page, to_html
from psg import parse_sources
from spiking import Raster

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "source", "area", "base", "embed", "track"}
MARKUP = ['<script>alert("x")</script>', "<img src=x onerror='y()'>", "a & b &amp; c", '"><b>bold', "</td></tr></table>",
          "</style><script>", "{{ 7*7 }}<i>"]  # the last: never evaluated as a template
_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
# A hostile text: markup somewhere inside arbitrary text ($ is left out: matplotlib reads it as TeX in plot titles),
# between two marks no page writes, so that markup the page uses itself ("</td></tr></table>") is never taken for it
HOSTILE = st.builds(lambda a, bad, b: "\u2039" + a + bad + b + "\u203a",
                    st.text(_CHARS, max_size=10).filter(lambda s: "$" not in s),
                    st.sampled_from(MARKUP), st.text(_CHARS, max_size=10).filter(lambda s: "$" not in s))
SETTINGS = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


class _Nesting(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.tags = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):  # <img .../>: nothing to close
        self.tags.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def assert_escaped(html: str, text: str) -> None:
    """``text`` is in ``html`` only escaped, reads back whole, and the markup still nests."""
    assert text not in html, f"{text!r} appears unescaped"
    assert text in unescape(html), f"{text!r} is not shown"
    p = _Nesting()
    p.feed(html)
    p.close()
    assert not p.errors and not p.stack, (p.errors[:3], p.stack)
    assert "script" not in p.tags


def test_the_check_catches_unescaped_text():
    with pytest.raises(AssertionError, match="appears unescaped"):
        assert_escaped("<p><script>alert(1)</script></p>", "<script>alert(1)</script>")


# -- PSG, proof report, proof page, explorer --------------------------------------------------------
@SETTINGS
@given(name=HOSTILE, comment=HOSTILE)
def test_file_names_and_source_text_are_escaped_in_every_psg_and_proof_display(name, comment):
    source = f"def f(x: U['m'], v: U['m/s']):\n    return x + v  # {comment}\n"
    psg = parse_sources([(name, source)])
    report = prove_psg(psg, use_cache=False)
    assert_escaped(D.psg_html(psg), name)
    for html in (D.report_html(report), to_html(report)):
        assert_escaped(html, name)
        assert_escaped(html, comment.strip())
    ret = next(i for i, n in enumerate(psg.nodes) if n.kind == "return")
    view = PSGView.of(psg, report=report).click(str(ret))
    for html in (view.panel(), fallback_html(view)):
        assert_escaped(html, name)
        assert_escaped(html, comment.strip())


# -- knowledge graph and its explorer panels ------------------------------------------------------
@pytest.fixture(scope="module")
def kg():
    return load_default()


@SETTINGS
@given(text=HOSTILE)
def test_law_and_quantity_texts_are_escaped_in_the_knowledge_graph_displays(kg, text):
    sub = kg.subgraph(["mechanics.kinetic_energy"])
    laws = tuple(replace(law, name=text, field=text, description=text) for law in sub.laws)
    quantities = tuple(replace(q, name=text) for q in sub.quantities)
    hostile = KnowledgeGraph(quantities, sub.constants, laws, sub.content_hash, kinds=sub.kinds)
    assert_escaped(D.kg_html(hostile), text)
    for view in (KGView.of(hostile, "E_k"), KGView.of(hostile, "mechanics.kinetic_energy")):
        assert_escaped(view.panel(), text)
        assert_escaped(fallback_html(view), text)


# -- answers ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def answer():
    return oracle.query({"mass": "2 kg", "height": "10 m"}, "kinetic energy", unit="J", learn=False)


@SETTINGS
@given(text=HOSTILE)
def test_names_in_an_answer_are_escaped_in_its_displays(answer, text):
    steps = tuple(replace(s, law=replace(s.law, name=text)) for s in answer.derivation.steps)
    proof = replace(answer.proof, steps=tuple((law, var, dims, d) for law, var, dims, d in answer.proof.steps)
                    + ((text, "E_k", "proved", "proved"),))
    hostile = replace(answer, target=replace(answer.target, name=text),
                      derivation=replace(answer.derivation, steps=steps), proof=proof, reasons=(text,))
    for html in (D.answer_html(hostile), answer_page(hostile), D.derivation_html(hostile.derivation),
                 D.proof_html(hostile.proof)):
        assert_escaped(html, text)
    missing = replace(answer, found=False, status="not derivable", missing=((text, "v"),), target=hostile.target)
    for html in (D.answer_html(missing), answer_page(missing)):
        assert_escaped(html, text)


# -- rasters ---------------------------------------------------------------------------------------------
@pytest.mark.filterwarnings("ignore:Glyph.*missing from font")  # exotic characters in a plot title
@settings(max_examples=6, deadline=None)
@given(text=HOSTILE)
def test_backend_names_and_titles_are_escaped_in_raster_displays(text):
    r = Raster.from_spikes(3, 5, [0, 2], [0, 1], backend=text)
    assert_escaped(D.raster_html(r), text)
    assert_escaped(D.rasters_html([r, r], titles=[text, "other"]), text)
