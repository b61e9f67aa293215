"""Limits: what no set-up of a kind can do, as inequalities over its quantities.

A law relates quantities; a limit bounds them. A question whose givens (or the values that
laws which always hold derive from them) break a limit describes no possible set-up: the
oracle calls it ill-posed and names the limit and the values. Each limit is one relation
over quantities of the object it is ``on`` and of its partners (``hypergraph.limits``).
"""
from oracle.laws import limit

# -- heat engines, refrigerators and heat pumps ---------------------------------------------
carnot_limit = limit(
    "eta <= 1 - T_c/T_h", on="engine",
    why="no heat engine between two reservoirs is more efficient than a reversible (Carnot) one")
carnot_work_limit = limit(
    "W*T_h <= Q_h*(T_h - T_c)", on="engine",
    why="the work per cycle is at most the Carnot efficiency times the heat taken in")
carnot_refrigerator_limit = limit(
    "COP*(T_h - T_c) <= T_c", on="engine",
    why="no refrigerator between two reservoirs beats a reversible one: COP <= T_c/(T_h - T_c)")
carnot_heat_pump_limit = limit(
    "COP_hp*(T_h - T_c) <= T_h", on="engine",
    why="no heat pump between two reservoirs beats a reversible one: COP <= T_h/(T_h - T_c)")
engine_work_limit = limit(
    "W <= Q_h", on="engine",
    why="an engine cannot deliver more work per cycle than the heat it takes in (energy conservation)")

# -- energy in and out ------------------------------------------------------------------------
power_out_limit = limit(
    "P_out <= P_in", on="thing",
    why="a machine cannot deliver more power than it takes in (energy conservation)")

# -- orbits -------------------------------------------------------------------------------------
orbit_outside_planet = limit(
    "r >= R_p", on="satellite",
    why="a satellite orbits outside the body it circles: its orbit radius is at least the body's radius")

# -- relativity ---------------------------------------------------------------------------------
contracted_length_limit = limit(
    "l_c <= l_0", on="body",
    why="a moving body is never longer than its proper length (gamma >= 1)")
dilated_time_limit = limit(
    "t_dil >= t_0", on="body",
    why="a moving clock's interval seen from the lab is never shorter than its proper time (gamma >= 1)")

# -- light --------------------------------------------------------------------------------------
light_speed_limit = limit(
    "v_w <= c", on="light",
    why="light travels no faster than c, in a vacuum or in any medium (a material's index n >= 1)")
medium_light_speed_limit = limit(
    "v_n <= c", on="medium",
    why="light in a medium travels no faster than c (the medium's refractive index n = c/v >= 1)")
