"""Classes of failure found on blind batch L (each a mechanism, checked on fresh wording)."""
import math

from hypothesis import example, given, settings, strategies as st

import oracle

eps0 = 8.8541878128e-12


def q(given_, find, unit=None):
    return oracle.query(given_, find, unit=unit, learn=False, engine="closure")


# -- a law solved for a variable of several roots, with coefficients of very different sizes --
@settings(max_examples=5, deadline=None)
@given(m=st.floats(1.0, 9.99), e=st.integers(-3, 12))
@example(m=6.0, e=7)   # 6e7 J/m^3: NoConvergence from mpmath before
def test_a_field_from_its_energy_density_is_found_whatever_the_sizes(m, e):
    # eps0 E^2 / 2 = u: mpmath's root finder fails to converge on some of these (6e7 J/m^3);
    # the oracle then finds the roots by the companion matrix, never an internal error
    u = m * 10.0**e
    a = q({"energy density of the electric field": f"{u!r} J/m^3"}, "electric field strength", "V/m")
    assert a.status == "verified", a
    assert math.isclose(a.value_in_unit.magnitude, math.sqrt(2 * u / eps0), rel_tol=1e-9)
