"""Classes of failure found after batch X and in blind batch Y (each a mechanism, checked on
fresh wording)."""
import math

from hypothesis import given, settings, strategies as st

import oracle

G_N = 9.80665


def q(given_, find, unit=None):
    return oracle.query(given_, find, unit=unit, learn=False, engine="closure")


# -- a satellite's weight is the planet's pull at its distance, never m g_n ------------------------
def test_a_satellite_is_not_weighed_at_the_surface():
    # weight on earth (m g_n) equated with the satellite's weight at r (G M m / r^2) made the
    # planet's mass g_n r^2 / G out of nothing, and Kepler's period from it was verified (3.61 h)
    a = q({"m": "5.97e24 kg", "r": "42000 km"}, "T_period of the satellite on Earth", "h")
    assert a.status != "verified" and not a.found


def test_a_satellite_period_from_the_planet_mass_still_derives():
    G, M, r = 6.6743e-11, 5.97e24, 4.2e7
    a = q({"mass of the Earth": f"{M} kg", "orbital radius of the satellite": f"{r} m"},
          "orbital period of the satellite", "h")
    assert a.found and math.isclose(a.value_in_unit.magnitude, 2 * math.pi * math.sqrt(r**3 / (G * M)) / 3600,
                                    rel_tol=1e-3)


@settings(max_examples=5, deadline=None)
@given(h=st.floats(70e3, 2e6))
def test_m_g_h_holds_only_near_the_surface(h):
    # standard gravity is 2 % off at 1 % of the Earth's radius: no m g_n h above it
    a = q({"mass of the crate": "50 kg", "height": f"{h} m"}, "potential energy gain", "J")
    assert not a.found or not math.isclose(a.value.magnitude, 50 * G_N * h, rel_tol=1e-6)


@settings(max_examples=5, deadline=None)
@given(m=st.floats(0.5, 500.0), h=st.floats(0.5, 5000.0))
def test_m_g_h_near_the_surface_still_derives(m, h):
    a = q({"mass of the crate": f"{m} kg", "height": f"{h} m"}, "gravitational potential energy", "J")
    assert a.found and math.isclose(a.value.magnitude, m * G_N * h, rel_tol=1e-9)
