"""The Program Semantic Graph: Python source read with ``ast`` into an immutable graph.

>>> from psg import parse
>>> g = parse("def f(x: U['m']) -> U['m']:\\n    return 2 * x\\n")
>>> g.nodes[g.functions()[0]].label
'f'
"""
from .build import parse, parse_sources
from .errors import SourceError, SourceWarning, UnsupportedConstruct
from .graph import PSG, Annotation, Node, Span

__all__ = ["parse", "parse_sources", "PSG", "Node", "Span", "Annotation", "SourceError", "SourceWarning", "UnsupportedConstruct"]
