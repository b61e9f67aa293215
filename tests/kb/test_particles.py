"""Particles whose mass and charge are constants of nature (datasets/physics/particles.py).

Saying "an electron" states its mass and charge; a body, a particle of unstated kind, or an
unnamed partner (the photoelectron a metal emits) never gets them for free.
"""
from __future__ import annotations

import pytest
from scipy.constants import e as E_CHARGE, m_e, m_p

from hypergraph.build import load_default
from hypergraph.setups import Obj, Setup, derive
from oracle.engine import default_oracle


@pytest.fixture(scope="module")
def kg():
    return load_default()


@pytest.fixture(scope="module")
def oracle():
    return default_oracle(learn=False)


def named(kind: str) -> Setup:
    return Setup((Obj(kind, kind, "named"),))


@pytest.mark.parametrize("kind", ["electron", "proton", "alpha particle"])
def test_a_named_particle_knows_its_mass_and_charge(kg, kind):
    assert derive(kg, named(kind), [], ("m", kind)) is not None
    assert derive(kg, named(kind), [], ("q", kind)) is not None


@pytest.mark.parametrize("kind", ["body", "particle", "atom"])
def test_other_kinds_do_not(kg, kind):
    # (but for a convention whose premise holds only where a question says so: an unnamed
    # particle that an accelerating voltage drives is an electron, see test_trust_classes_q)
    conventions = {None, ("conventions.mass_of_an_unnamed_electron",)}
    assert derive(kg, named(kind), [], ("m", kind)) in conventions
    with_v = derive(kg, named(kind), [("v", kind)], ("E_k", kind))
    assert with_v is None or "conventions.mass_of_an_unnamed_electron" in with_v
    from oracle.premises import premise_excluded

    law = next(x for x in kg.laws if x.id == "conventions.mass_of_an_unnamed_electron")
    assert premise_excluded(law.premise, ["mass", "speed"])   # never where nothing says so


def test_an_unnamed_partner_electron_has_no_free_mass(kg):
    metal = Setup((Obj("", "metal", "default"),))
    assert derive(kg, metal, [("v", "electron")], ("E_k", "electron")) is None


def test_questions_about_named_particles(oracle):
    a = oracle.query({"speed of the electron": "2e6 m/s", "magnetic field": "0.01 T"},
                     "radius of the electron's path", unit="mm")
    assert a.status == "verified"
    assert a.value_in_unit.magnitude == pytest.approx(m_e * 2e6 / (E_CHARGE * 0.01) * 1e3, rel=1e-9)
    a = oracle.query({"speed of the proton": "1e6 m/s"}, "kinetic energy of the proton", unit="J")
    assert a.value_in_unit.magnitude == pytest.approx(0.5 * m_p * 1e12, rel=1e-9)


@pytest.mark.parametrize("given, find", [
    ({"speed of the ball": "3 m/s"}, "kinetic energy of the ball"),
    ({"speed": "3 m/s"}, "kinetic energy"),
    ({"speed": "2e6 m/s", "magnetic field": "0.01 T"}, "radius of the path"),
])
def test_a_body_of_unstated_mass_is_not_derivable(oracle, given, find):
    assert oracle.query(given, find).status == "not derivable"
