"""The runnable examples in the closure and synthetic modules' docstrings."""
import doctest

import pytest

import hypergraph.closure
import hypergraph.synthetic


@pytest.mark.parametrize("module", [hypergraph.closure, hypergraph.synthetic])
def test_docstring_examples_run(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
