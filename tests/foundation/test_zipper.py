from hypothesis import given, settings, strategies as st

from psg import parse
from zipper import Zipper

SRC = '''\
def spring(k, x):
    return 0.5 * k * x**2

def energy(k, d: U["m"]) -> U["J"]:
    e = spring(k, d)
    if e > 0:
        e = e + 0
    return e
'''
G = parse(SRC)


def preorder(z):
    out = []
    while z is not None:
        out.append(z.focus)
        z = z.next()
    return out


def test_next_walks_the_syntax_tree_in_preorder():
    z = Zipper.root_of(G)
    assert preorder(z) == list(G.walk(G.roots[0]))


def test_tree_moves():
    z = Zipper.at(G, G.functions()[0])
    k = z.down()
    assert k.node.label == "k" and k.right().node.label == "x"
    assert k.left() is None and k.up().focus == z.focus
    assert z.root().node.kind == "module"
    assert z.down(-1).node.kind == "return"
    assert z.down(99) is None


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=0, max_value=len(G.nodes) - 1))
def test_prev_undoes_next_and_at_agrees_with_walk(i):
    order = list(G.walk(G.roots[0]))
    z = Zipper.at(G, order[i])
    assert z.depth == (0 if i == 0 else Zipper.at(G, G.parent[order[i]]).depth + 1)
    nxt = z.next()
    if nxt is not None:
        assert nxt.prev().focus == z.focus
        assert nxt.focus == order[i + 1]


def test_graph_moves_follow_data_flow_and_calls():
    fn = Zipper.at(G, G.functions()[1])
    k = fn.down()
    uses = k.follow("flow")
    assert [u.node.kind for u in uses] == ["name"]
    call = next(z for z in fn.subtree() if z.node.kind == "call")
    assert call.callee().node.label == "spring"
    assert [z.node.label for z in uses[0].back("flow")] == ["k"]
    assert call.callee().back("call")[0].focus == call.focus


def test_edits_return_a_new_graph_and_keep_the_old():
    z = Zipper.at(G, G.functions()[0])
    z2 = z.edit(label="hooke")
    assert z2.node.label == "hooke" and z.node.label == "spring"
    assert G.nodes[G.functions()[0]].label == "spring"
    assert z2.psg is not G and z2.psg.nodes[z.focus] != G.nodes[z.focus]
    assert len(z2.psg.nodes) == len(G.nodes)


def test_subtree_stays_inside():
    fn = Zipper.at(G, G.functions()[0])
    inside = [z.focus for z in fn.subtree()]
    assert inside == list(G.walk(G.functions()[0]))
