"""The knowledge graph in a notebook: its summary, its laws and its drawing.

It lives in ``hypergraph`` so that a knowledge graph shows itself without importing the
oracle (lower packages never import ``oracle``); it is built from the shared pieces of
:mod:`psg.display`, and :mod:`oracle.display` re-exports it.
"""
from __future__ import annotations

from psg.display import MAX_DRAW_LAWS, DrawingTooLargeError, DrawNode, auto_layout, render_svg
from psg.templates import markup, render


# ---------------------------------------------------------------------------------------------
# Knowledge graph
# ---------------------------------------------------------------------------------------------
def _quantity_node(q, style: str = "quantity") -> DrawNode:
    return DrawNode(q.symbol, q.symbol, "circle", style, f"{q.name} ({q.symbol}) [{q.unit}]")


def _law_node(law) -> DrawNode:
    usable = [d.variable for d in law.directions if d.usable]
    style = "law" if usable else "unusable"
    return DrawNode(law.id, law.name, "box", style,
                    f"{law.id}: {law.output} = {law.expression}; usable directions: {', '.join(usable) or 'none'}")


def kg_svg(kg, *, focus: str | None = None, given=(), target: str | None = None, layout: str = "auto",
           max_laws: int = MAX_DRAW_LAWS) -> str:
    """Quantities (circles, by symbol) and laws (boxes, by name) with edges input -> law -> output,
    as each law is written. ``given`` quantities are green, ``target`` amber, ``focus`` outlined."""
    if len(kg.laws) > max_laws:
        raise DrawingTooLargeError(
            f"the knowledge graph has {len(kg.laws)} laws, more than max_laws={max_laws}; draw a part of it: "
            f"kg.subgraph(law_ids) or oracle.display.neighbourhood(kg, symbol)")
    g = kg.to_networkx()
    given = set(given)
    nodes = {}
    for q in kg.quantities:
        nodes[q.symbol] = _quantity_node(q, "given" if q.symbol in given else "target" if q.symbol == target
                                         else "quantity")
    for law in kg.laws:
        nodes[law.id] = _law_node(law)
    pos = auto_layout(g, lambda k: nodes[k].size()[0], layout)
    edges = [(a, b, "solid") for a, b in g.edges]
    return render_svg(list(nodes.values()), edges, pos, focus=focus)


def neighbourhood(kg, key: str, *, max_laws: int = 16):
    """The sub-hypergraph around a quantity (its laws, at most ``max_laws``) or a law (with the
    laws that share the most variables with it, ``max_laws`` in all).

    >>> from hypergraph.build import load_default
    >>> sub = neighbourhood(load_default(), "E_k", max_laws=3)
    >>> len(sub.laws) <= 3 and "E_k" in sub.index
    True
    """
    if key in kg.index:
        laws = [law.id for law in kg.laws_of(key)]
    elif key in kg.law_index:
        own = set(kg.law(key).variables)
        shared = {law.id: len(own & set(law.variables)) for law in kg.laws if law.id != key}
        laws = [key] + sorted((i for i, n in shared.items() if n), key=lambda i: (-shared[i], i))
    else:
        raise KeyError(f"{key!r} is neither a quantity symbol nor a law id of this knowledge graph")
    return kg.subgraph(laws[:max_laws])


def kg_html(kg) -> str:
    """Summary of a knowledge graph: counts, laws by field, and (when small) the laws and a drawing."""
    from collections import Counter

    small = len(kg.laws) <= MAX_DRAW_LAWS
    return render("hypergraph", "kg.html.j2", s=kg.summary(), statuses=["law", "proved", "unknown", "refuted", "unsolved"],
                  content_hash=kg.content_hash[:16], fields=sorted(Counter(law.field for law in kg.laws).items()),
                  laws=list(kg.laws) if small else None, svg=markup(kg_svg(kg)) if small else "", n_laws=len(kg.laws))


def kg_summary_text(kg) -> str:
    """A one-line summary of a knowledge graph (its ``text/plain`` in a notebook)."""
    s = kg.summary()
    return (f"<KnowledgeGraph: {s['quantities']} quantities, {s['laws']} laws, {s['hyperedges']} hyperedges, "
            f"hash {kg.content_hash[:12]}>")
