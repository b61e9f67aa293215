import networkx as nx
import pytest

from psg import SourceError, UnsupportedConstruct, parse

SRC = '''\
from math import sqrt
import numpy as np

g: U["m/s^2"] = 9.81

def speed(h: U["m"]) -> U["m/s"]:
    """Free fall."""
    v = sqrt(2 * g * h)
    return v

def twice(h: U["m"]):
    return speed(h) + speed(h)
'''


def kinds(g):
    return [n.kind for n in g.nodes]


def test_nodes_cover_the_constructs_with_spans():
    g = parse(SRC, filename="f.py")
    assert {"module", "import", "function", "param", "bind", "op", "call", "const", "name", "return"} <= set(kinds(g))
    fn = g.nodes[g.functions()[0]]
    assert (fn.label, fn.span.line, fn.span.col, fn.ann.unit) == ("speed", 6, 1, "m/s")
    assert fn.get("doc") == "Free fall."
    sqrt_call = next(n for n in g.nodes if n.kind == "call" and n.label == "math.sqrt")
    assert str(sqrt_call.span) == "f.py:8:9"


def test_flow_edges_link_definitions_to_uses_including_globals():
    g = parse(SRC, filename="f.py")
    labels = {(g.nodes[d].kind, g.nodes[d].label, g.nodes[u].span.line) for d, u in g.flow}
    assert ("param", "h", 8) in labels          # h read in speed
    assert ("bind", "v", 9) in labels           # v read by return
    assert ("bind", "g", 8) in labels           # the module constant


def test_call_edges_reach_the_callee():
    g = parse(SRC)
    targets = {g.nodes[f].label for _, f in g.calls}
    assert targets == {"speed"}
    assert len(g.calls) == 2


def test_syntax_children_are_ordered():
    g = parse("def f(a, b):\n    return a - b\n")
    op = next(n for n in g.nodes if n.kind == "op")
    assert [g.nodes[c].label for c in op.children] == ["a", "b"]


def test_networkx_view_has_every_edge_type():
    g = parse(SRC)
    nxg = g.to_networkx()
    assert isinstance(nxg, nx.MultiDiGraph)
    types = {d["type"] for _, _, d in nxg.edges(data=True)}
    assert types == {"syntax", "flow", "call"}
    assert nxg.number_of_nodes() == len(g.nodes)


def test_shape_annotations_read_jaxtyping_strings():
    g = parse('def f(x: Float[ndarray, "batch seq dim"], y: Annotated[Float[np.ndarray, "n"], "m"]): pass\n')
    params = [n for n in g.nodes if n.kind == "param"]
    assert params[0].ann.shape == ("batch", "seq", "dim") and params[0].ann.unit is None
    assert params[1].ann.shape == ("n",) and params[1].ann.unit == "m"


@pytest.mark.parametrize("src, message, where", [
    ("def f(:\n  pass\n", "syntax error", "x.py:1:7"),
    ("def f(x: U['furlongz']):\n    return x\n", "unknown unit 'furlongz'", "x.py:1:10"),
    ("x = 1\0\n", "null bytes", "x.py"),
])
def test_bad_input_names_what_and_where(src, message, where):
    with pytest.raises(SourceError, match=message) as info:
        parse(src, filename="x.py")
    assert str(info.value).startswith(where)


def test_attributes_and_items_as_loop_targets_are_read_not_refused():
    g = parse("for self.x in range(3):\n    pass\ny = [0 for a.b in range(3)]\nfor k, d[k] in z:\n    pass\n")
    loops = [n for n in g.nodes if n.kind in ("for", "compfor")]
    assert [n.label for n in loops] == ["", "", "k"]


def test_keep_going_collects_problems_and_reads_the_rest(tmp_path):
    (tmp_path / "a.py").write_text("def f(:\n")
    (tmp_path / "b.py").write_text("def g(x: U['meterz']) -> U['m']:\n    return x\n")
    (tmp_path / "c.py").write_text("def h(x: U['m']) -> U['m']:\n    return x\n")
    g = parse(tmp_path, keep_going=True)
    assert [str(p) for p in g.problems] == [f"{tmp_path / 'a.py'}:1:7: syntax error: invalid syntax",
                                             f"{tmp_path / 'b.py'}:1:10: unknown unit 'meterz': pint cannot parse it"
                                             "; did you mean 'meter'?"]
    assert sorted(g.nodes[f].label for f in g.functions()) == ["g", "h"]


def test_unsupported_is_a_source_error():
    assert issubclass(UnsupportedConstruct, SourceError)


def test_unreadable_file(tmp_path):
    with pytest.raises(SourceError, match="cannot read file"):
        parse(tmp_path / "missing.py")
    (tmp_path / "bin.py").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(SourceError, match="cannot read file"):
        parse(tmp_path / "bin.py")


def test_folder_of_files_is_one_graph_with_cross_module_calls(tmp_path):
    (tmp_path / "a.py").write_text("def f(x: U['m']) -> U['m']:\n    return x\n")
    (tmp_path / "b.py").write_text("from a import f\ndef g(y: U['m']):\n    return f(y)\n")
    g = parse(tmp_path)
    assert len(g.roots) == 2
    assert [g.nodes[f].label for _, f in g.calls] == ["f"]
