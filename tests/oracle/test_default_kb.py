"""The bundled knowledge base through the package API."""
import math

import pytest

import oracle


def test_default_knowledge_base_answers_through_the_package_api():
    a = oracle.query(given={"m": "2 kg", "v": "3 m/s"}, find="E_k", unit="J")
    assert a.value_in_unit.magnitude == pytest.approx(9.0)
    assert math.isfinite(a.timings["total"])
