"""The docstring examples of the reader's modules run and hold."""
import doctest
import importlib

import pytest

MODULES = ["oracle.reader.request", "oracle.reader.scan", "oracle.reader.lexicon", "oracle.reader.question",
           "oracle.reader.revise", "oracle.reader.rules", "oracle.reader.account", "oracle.reader.adapter",
           "oracle.reader.loop",
           "oracle.reader.display", "oracle.reader.features", "oracle.reader.model", "oracle.reader.ternary",
           "oracle.reader.llm", "oracle.reader.synth", "kernels.tagger"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no example"
    assert result.failed == 0
