"""The docstring examples of the foundation modules run and hold."""
import doctest
import importlib

import pytest

MODULES = ["psg.units", "psg.graph", "psg.build", "psg.annotations", "psg.unit_hints", "psg", "zipper", "proofs", "proofs.scales", "proofs.fixes", "proofs.sarif", "proofs.values", "proofs.classes", "proofs.conversions",
           "proofs.terms", "proofs.infer", "proofs.sentences", "oracle.laws", "hypergraph.incidence",
           "hypergraph.symbolic", "hypergraph.directions", "hypergraph.limits", "hypergraph.feynman", "oracle.names", "oracle.engine", "oracle", "oracle.progress",
           "oracle.interop", "oracle.arrays", "oracle.learn", "oracle.ordinals",
            "proofs.executor", "proofs.serial", "oracle.batch", "oracle.table", "oracle.kb", "psg.templates"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no example"
    assert result.failed == 0
