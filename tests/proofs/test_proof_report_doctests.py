"""The docstring examples of the proof-report modules run and hold."""
import doctest
import importlib

import pytest


@pytest.mark.parametrize("name", ["proofs.smtlib", "proofs.html", "proofs.solve", "proofs.report", "proofs.interface",
                                  "proofs.serial"])
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no example"
    assert result.failed == 0
