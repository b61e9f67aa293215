"""Classes of failure found across the blind batches in the session of batch S (each a
mechanism, checked on fresh wording)."""
import math

import pytest
from hypothesis import given, settings, strategies as st

import oracle
from oracle.engine import UnknownQuantityError


def q(given_, find, unit=None):
    return oracle.query(given_, find, unit=unit, learn=False, engine="closure")


# -- a given that fits no set-up with the others is set aside, hedged and said -------------------
@settings(max_examples=5, deadline=None)
@given(angle=st.floats(5.0, 80.0), n=st.floats(1.1, 2.4), depth=st.floats(0.1, 50.0))
def test_a_pond_depth_beside_a_refraction_is_set_aside_and_said(angle, n, depth):
    # this was an error: no kind of object has an angle of refraction and a depth together
    a = q({"angle of incidence": f"{angle} deg", "refractive index of water": f"{n}",
           "depth of the pond": f"{depth} m"}, "angle of refraction", "degree")
    assert a.status == "hedged"
    want = math.degrees(math.asin(math.sin(math.radians(angle)) / n))
    assert math.isclose(a.value_in_unit.magnitude, want, rel_tol=1e-9)
    assert any("'depth of the pond' set aside" in r for r in a.reasons)


def test_a_set_aside_given_of_a_dimension_the_derivation_uses_is_flagged():
    a = q({"telescope aperture": "1.0 m", "rest wavelength": "656.28 nm", "observed wavelength": "656.61 nm"},
          "radial velocity (recession speed)", "km/s")
    assert a.status == "hedged"
    assert any("'telescope aperture' set aside" in r and "check that it is not the one meant" in r
               for r in a.reasons)


def test_names_that_fit_no_set_up_even_one_apart_stay_an_error():
    with pytest.raises(UnknownQuantityError, match="do not fit one set-up"):
        q({"administered activity": "740 MBq", "physical half-life": "6.01 h", "biological half-life": "24 h",
           "elapsed time": "12 h"}, "remaining activity", "MBq")
