"""The runnable examples in the RDF and QUDT modules' docstrings."""
import doctest

import pytest

import hypergraph.qudt
import hypergraph.rdf


@pytest.mark.parametrize("module", [hypergraph.rdf, hypergraph.qudt])
def test_docstring_examples_run(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
