"""The explorer: the Python side owns the zipper; clicks and moves arrive as messages."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from hypergraph.build import load_default
from oracle.data import datasets_dir
from oracle.explorer import ESM, KGFocus, KGView, MoveError, PSGView, explore
from psg import parse
from proofs import prove_psg
from zipper import Zipper

PLANTED = parse(datasets_dir() / "examples" / "planted.py")
REPORT = prove_psg(PLANTED)
FOCUS_RE = re.compile(r'<g data-node="(\d+)"[^>]*><title>[^<]*</title>\s*<(?:rect|circle)[^>]*stroke="#dc2626"')


@pytest.fixture(scope="module")
def kg():
    return load_default()


def _drawn_focus(svg: str) -> str:
    found = FOCUS_RE.findall(svg)
    assert len(found) == 1, found
    return found[0]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, len(PLANTED.nodes) - 1), st.lists(st.integers(0, 30), max_size=6))
def test_every_offered_move_can_be_made_and_nothing_else(start, picks):
    view = PSGView.of(PLANTED, start, report=REPORT)
    for pick in picks:
        offered = view.moves()
        names = [m for m, _ in offered]
        assert len(names) == len(set(names))
        for tree in ("up", "down", "left", "right", "next", "prev"):
            assert (tree in names) == (getattr(view.zipper, tree)() is not None)
        if not offered:
            break
        move = names[pick % len(names)]
        nxt = view.apply(move)
        if move in ("up", "down", "left", "right", "next", "prev", "root"):
            assert nxt.zipper == getattr(view.zipper, move)()
        elif move.startswith("flow:"):
            assert (view.zipper.focus, nxt.zipper.focus) in PLANTED.flow
        elif move.startswith("def:"):
            assert (nxt.zipper.focus, view.zipper.focus) in PLANTED.flow
        # the path the zipper holds is the one rebuilt from the parents
        assert nxt.zipper == Zipper.at(PLANTED, nxt.zipper.focus)
        view = nxt


def test_a_move_that_is_not_offered_is_refused_with_the_possible_ones():
    view = PSGView.of(PLANTED)
    with pytest.raises(MoveError, match=r"move 'callee' is not possible from node \d+ \(function 'distance_travelled'\); possible: \['down'"):
        view.apply("callee")
    with pytest.raises(MoveError, match="clicked node 'x' is not a PSG node id"):
        view.click("x")
    with pytest.raises(MoveError, match=r"clicked node 100000 is not in the PSG \(it has \d+ nodes\)"):
        view.click("100000")


def test_clicking_any_drawn_node_focuses_it():
    view = PSGView.of(PLANTED, report=REPORT)
    keys = re.findall(r'<g data-node="(\d+)"', view.svg())
    assert len(keys) == sum(1 for _ in PLANTED.walk(view.zipper.focus))
    for key in keys:
        clicked = view.click(key)
        assert clicked.key == key and _drawn_focus(clicked.svg()) == key
        assert clicked.function_result().name == "distance_travelled"


def test_panel_shows_units_and_the_proofs_located_in_the_focus():
    fn = PSGView.of(PLANTED, report=REPORT)
    ret = fn.apply("down").apply("right").apply("right").apply("right")  # x0, v, t, return
    assert ret.node.kind == "return"
    panel = ret.panel()
    assert "return x0 + v" in panel and "refuted" in panel
    assert "adds a speed [m/s] to a length [m]" in panel and "located in the focused node" in panel
    param = fn.apply("down")
    assert "<code>m</code>" in param.panel()  # its unit
    assert PSGView.of(PLANTED).panel().count("Proofs") == 0  # no report, no proofs claimed


def test_widget_applies_click_and_move_messages():
    w = explore(PLANTED)
    fn = w.focus
    assert w.view.function_result() is not None  # report="auto" proved the PSG
    target = str(PLANTED.nodes[int(fn)].children[1])  # the parameter v
    w.handle({"type": "click", "node": target})
    assert w.focus == target and w.error == "" and _drawn_focus(w.svg) == target
    assert "<code>m/s</code>" in w.panel
    assert ["up", "↑ up"] in w.moves
    w.handle({"type": "move", "move": "up"})
    assert w.focus == fn and w.history == [fn, target]
    before = (w.focus, w.svg, w.panel)
    w.handle({"type": "move", "move": "callee"})  # a function calls nothing
    assert (w.focus, w.svg, w.panel) == before and "move 'callee' is not possible" in w.error
    w.handle({"type": "resize"})
    assert "unknown message" in w.error
    w.move("down")
    assert w.error == "" and w.view.node.kind == "param"


def test_widget_message_arrives_through_the_comm_callback():
    w = explore(PLANTED, report=None)
    target = str(PLANTED.functions()[1])
    w._handle_custom_msg({"type": "click", "node": target}, [])  # what ipywidgets calls for model.send()
    assert w.focus == target


def test_kg_focus_moves_between_quantities_and_laws(kg):
    f = KGFocus.at(kg, "E_k")
    assert f.kind == "quantity" and set(f.neighbours()) == {law.id for law in kg.laws_of("E_k")}
    law = f.move("mechanics.kinetic_energy")
    assert law.kind == "law" and law.neighbours() == ("E_k", "m", "v")
    v = law.move("v")
    assert v.trail == ("E_k", "mechanics.kinetic_energy") and v.back() == law and law.back() == f
    assert f.back() is None
    with pytest.raises(MoveError, match=r"'m' is not a neighbour of quantity 'E_k'; neighbours: \["):
        f.move("m")
    with pytest.raises(MoveError, match="'nope' is neither a quantity symbol nor a law id"):
        f.jump("nope")


def test_kg_widget(kg):
    w = explore(kg, "E_k")
    assert _drawn_kg_focus(w.svg) == "E_k" and "kinetic energy" in w.panel
    assert [m for m, _ in w.moves] == [law.id for law in kg.laws_of("E_k")]
    w.move("mechanics.kinetic_energy")
    assert w.focus == "mechanics.kinetic_energy" and w.moves[0][0] == "back"
    assert "m*v**2/2" in w.panel and "2*E_k/v**2" in w.panel and "proved" in w.panel
    w.click("v")
    assert w.focus == "v" and _drawn_kg_focus(w.svg) == "v"
    w.move("back")
    w.move("back")
    assert w.focus == "E_k"
    w.move("back")
    assert w.focus == "E_k" and "where the exploration started" in w.error


def _drawn_kg_focus(svg: str) -> str:
    found = re.findall(r'<g data-node="([^"]+)"[^>]*><title>[^<]*</title>\s*<(?:rect|circle)[^>]*stroke="#dc2626"', svg)
    assert len(found) == 1, found
    return found[0]


def test_law_psg_panel_shows_the_law(kg):
    view = KGView.of(kg, "E_k")
    assert view.key == "E_k"
    p = PSGView.of(kg.psg, report=kg.proof_report, kg=kg)
    law = p.law()
    assert law is not None and p.node.label == law.id.rpartition(".")[2]
    assert law.expression in p.panel() and "directions" in p.panel()


def test_explore_refuses_other_objects():
    with pytest.raises(TypeError, match="explore\\(\\) takes a PSG or a KnowledgeGraph, got str"):
        explore("E_k")


def test_esm_is_self_contained():
    assert "export default" in ESM and "render" in ESM
    assert not re.search(r"^\s*import\b", ESM, re.M), "the widget must not import modules"
    assert "http" not in ESM and "fetch(" not in ESM


def test_where_no_widget_can_be_shown_the_explorer_is_text_and_static_html():
    """nbconvert, a terminal IPython or a viewer without a widget manager shows text/plain or
    text/html: the focus, its panel and its moves are there, and the HTML needs no script."""
    from oracle.explorer import explore, fallback_text

    g = parse(datasets_dir() / "examples" / "planted.py")
    w = explore(g)
    data, _ = w._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in data  # the widget, where it can be shown
    text = data["text/plain"]
    assert text == fallback_text(w.view) and f"explorer at {w.view.key}" in text
    assert all(m in text for m, _ in w.view.moves()) and "distance_travelled" in text
    assert "<script" not in data["text/html"] and w.view.svg() in data["text/html"]
    w.move(w.view.moves()[0][0])
    assert w._repr_mimebundle_()[0]["text/plain"] != text  # it follows the focus
