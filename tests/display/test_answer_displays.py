"""Every display of an answer carries everything: for answers of each status (verified,
hedged, ambiguous, not derivable), the text, the notebook HTML and Markdown, the JSON, the
HTML page and the LaTeX all name the status, and every display but the LaTeX names each
caveat and reason the text shows, and the readings or the missing quantities."""
import dataclasses
import html
import json
import re

import pytest
from hypothesis import given, strategies as st

import oracle
from oracle.display import answer_json, md_escape
from proofs.html import answer_html as answer_page

QUESTIONS = {
    "verified": ({"mass": "0.5 kg", "height": "20 m"}, "kinetic energy on Earth", "J"),
    "hedged (a misspelt name)": ({"spring konstant": "200 N/m", "mass": "1 kg"}, "period", None),
    "hedged (standard conditions assumed)": ({"mass": "0.5 kg", "height": "20 m"}, "kinetic energy", "J"),
    "ambiguous": ({"length of the pipe": "50 cm", "speed of sound": "343 m/s"}, "fundamental frequency of the pipe",
                  "Hz"),
    "not derivable": ({"mass": "2 kg"}, "kinetic energy", None),
}


@pytest.fixture(scope="module")
def answers():
    return {k: oracle.query(g, f, unit=u, learn=False) for k, (g, f, u) in QUESTIONS.items()}


def visible(fragment: str) -> str:
    """The text a browser shows of an HTML fragment or page (styles dropped, entities read)."""
    fragment = re.sub(r"<style>.*?</style>", " ", fragment, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def md_plain(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\\(.)", r"\1", text))


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def displays(a) -> dict[str, str]:
    bundle = a._repr_mimebundle_()
    return {"text": flat(str(a)), "text/plain": flat(bundle["text/plain"]), "html": visible(a._repr_html_()),
            "markdown": md_plain(a._repr_markdown_()), "page": visible(answer_page(a)),
            "json": flat(json.dumps(answer_json(a), ensure_ascii=False))}


def test_the_questions_cover_every_status(answers):
    assert {a.status for a in answers.values()} == set(oracle.engine.STATUSES)
    assert all(k.startswith(a.status) for k, a in answers.items())
    kinds = {label for a in answers.values() for label, _ in a.caveats()}
    assert {"status", "objects", "reads", "assumes standard conditions", "condition checked"} <= kinds


@pytest.mark.parametrize("case", list(QUESTIONS))
def test_every_display_names_the_status_and_every_caveat(answers, case):
    a = answers[case]
    caveats = a.caveats()
    assert caveats[0][0] == "status" and caveats[0][1].startswith(a.status)
    assert all(f"{k}: {v}" in str(a) for k, v in caveats)  # the text display shows them all
    for name, shown in displays(a).items():
        assert a.status in shown, f"{case}: the {name} display does not say {a.status!r}"
        for reason in a.reasons:
            assert flat(reason) in shown, f"{case}: the {name} display drops the reason {reason!r}"
        for label, text in caveats:
            if name == "json":
                assert {"label": label, "text": text} in answer_json(a)["caveats"]
            else:
                assert flat(text) in shown, f"{case}: the {name} display drops {label}: {text!r}"
        for alt in a.alternatives:
            assert flat(alt.reading) in shown, f"{case}: the {name} display drops the reading {alt.reading!r}"
        for missing in a.missing:
            assert all(m in shown for m in missing), f"{case}: the {name} display drops what is missing"
    assert a.status in a._repr_latex_()


def test_latex_shows_the_composed_formula_and_html_keeps_a_plain_one_beside_it(answers):
    a = answers["hedged (a misspelt name)"]
    tex = a._repr_latex_()
    assert tex.startswith("$$T_{period} = 2 \\pi \\sqrt{\\frac{m}{k_{(\\text{spring})}}} = 0.444288")
    page = a._repr_html_()
    assert "T_period = 2*pi*sqrt(m/k__spring)" in visible(page)  # reads offline, without MathJax
    assert 'data-latex="T_{period} = 2 \\pi' in page and "$$" not in page
    law = a.derivation.steps[0].law
    assert law._repr_latex_() == "$$T_{period} = 2 \\pi \\sqrt{\\frac{m}{k}}$$"


def test_names_from_the_question_are_text_in_every_display(answers):
    a = dataclasses.replace(answers["not derivable"], objects="<script>alert(1)</script> | *cart*")
    page = a._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\\<script\\>alert(1)\\</script\\> \\| \\*cart\\*" in a._repr_markdown_()


@given(st.text())
def test_markdown_escaping_is_lossless_and_leaves_nothing_active(s):
    e, out, i = md_escape(s), [], 0
    while i < len(e):
        if e[i] == "\\":
            out.append(e[i + 1])  # an escape is always a pair
            i += 2
        else:
            assert e[i] not in "\\`*_[]<>|~#", (s, e)
            out.append(e[i])
            i += 1
    assert "".join(out) == s
