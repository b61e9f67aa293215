"""The bundled knowledge base through the package API."""
import math

import pytest

import oracle


def test_default_knowledge_base_answers_through_the_package_api():
    a = oracle.query(given={"m": "2 kg", "v": "3 m/s"}, find="E_k", unit="J")
    assert a.value_in_unit.magnitude == pytest.approx(9.0)
    assert math.isfinite(a.timings["total"])


def test_spiking_engine_agrees_with_the_closure_on_the_bundled_knowledge_base():
    import random

    import numpy as np

    from hypergraph.closure import closure
    from oracle.engine import default_oracle
    from oracle.spiking_engine import spiking_search

    kg = default_oracle(False).kg
    rng = random.Random(7)
    for _ in range(40):
        sources = rng.sample(range(len(kg.quantities)), rng.randint(1, 10))
        ref = closure(kg.incidence, sources)
        got = spiking_search(kg.incidence, sources, "numba")
        assert np.array_equal(ref.time, got.time) and np.array_equal(ref.edge, got.edge)


def test_both_engines_give_the_same_answer():
    given = {"mass": "2 kg", "height": "10 m"}
    a = oracle.query(given, "kinetic energy", engine="spiking", learn=False)
    b = oracle.query(given, "kinetic energy", engine="closure", learn=False)
    assert a.derivation.laws == b.derivation.laws and a.value == b.value
    assert a.engine == "spiking" and a.search.backend == "numba"


def test_a_fall_on_another_planet_is_not_read_as_an_orbit():
    from scipy.constants import G

    M, R = 6.417e23, 3.3895e6  # Mars
    a = oracle.query({"mass": "1 kg", "height": "2 m", "planet mass": f"{M} kg", "planet radius": f"{R} m"},
                     "kinetic energy", unit="J", learn=False)
    assert a.value_in_unit.magnitude == pytest.approx(G * M / R**2 * 2, rel=1e-9)
    assert "gravitation.orbital_speed" not in a.derivation.laws
    orbit = oracle.query({"mass": "1 kg", "altitude": "400 km", "planet mass": "5.972e24 kg",
                          "planet radius": "6371 km"}, "orbital period", unit="min", learn=False)
    assert orbit.found and 92 < orbit.value_in_unit.magnitude < 93
