"""Objects in mechanics, gravitation, fluids and geometry: every law says what it is about,
set-ups stay apart, conditions and domains mean what they say, and the new laws give
textbook values.

The laws are read from source (``kb_source`` for values, ``ast`` for the decorators); the
set-up checks bind the real knowledge base to small ``Setup``s with ``hypergraph.setups``.
"""
from __future__ import annotations

import ast
import math

import pytest
import sympy

from kb_source import KB_DIR, evaluate_law, read_kb

MODULES = ("mechanics", "gravitation", "fluids", "geometry")
SECTIONS = ("mechanics", "gravitation", "fluids")  # of quantities.py

#: Laws on "thing": definitions true of any object that has the quantities.
ON_ANYTHING = {"power_from_work", "efficiency", "frequency_from_period", "angular_frequency",
               "pressure", "circle_area", "radius_from_diameter", "sphere_volume",
               "power_incident_on_area", "square_area", "cube_volume"}


def _decorators(module: str) -> dict[str, dict]:
    tree = ast.parse((KB_DIR / f"{module}.py").read_text())
    out = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            (deco,) = node.decorator_list
            out[node.name] = {k.arg: ast.literal_eval(k.value) for k in deco.keywords}
    return out


LAWS = {name: meta for module in MODULES for name, meta in _decorators(module).items()}


def _section_quantities() -> dict[str, dict]:
    """The quantities declared in the mechanics, gravitation and fluids sections."""
    text = (KB_DIR / "quantities.py").read_text()
    tree = ast.parse(text)
    lines = text.splitlines()
    section, out = "", {}
    heads = {i + 1: line.strip("# -").strip() for i, line in enumerate(lines) if line.startswith("# ---")}
    for node in tree.body:
        for line in sorted(heads):
            if line < node.lineno:
                section = heads[line]
        if isinstance(node, ast.Assign) and section in SECTIONS:
            kw = {k.arg: ast.literal_eval(k.value) for k in node.value.keywords}
            out[node.targets[0].id] = kw
    return out


QUANTITIES = _section_quantities()


@pytest.fixture(scope="module")
def kg():
    from hypergraph.build import load_default

    return load_default()


def derive(kg, objects, given, target, standard=True):
    from hypergraph.setups import Obj, Setup, derive as _derive

    return _derive(kg, Setup(tuple(Obj(*o) for o in objects)), given, target, standard=standard)


# ------------------------------------------------------------------------ annotation
def test_every_law_says_what_it_is_about():
    missing = sorted(n for n, meta in LAWS.items() if "on" not in meta)
    assert missing == []
    on_thing = sorted(n for n, meta in LAWS.items() if meta["on"] == "thing")
    assert set(on_thing) == ON_ANYTHING


def test_numbered_quantities_belong_to_members():
    numbered = {s for s, kw in QUANTITIES.items() if kw.get("member")}
    assert {"m1", "m2", "v1", "v2", "v1_f", "v2_f", "A_sec1", "v_sec2", "pr_sec1", "h_sec2",
            "F_pis1", "A_pis2"} <= numbered
    kb = read_kb()
    for name, law in kb.laws.items():
        if name in LAWS and set(law.params + (law.output,)) & numbered:
            assert LAWS[name].get("members"), name


def test_a_pipe_section_and_a_piston_and_a_colliding_body_have_their_own_symbols():
    bases = {s: kw["member"] for s, kw in QUANTITIES.items() if kw.get("member")}
    assert bases["v1"] == ("v_pre", 1) and bases["v_sec1"] == ("v", 1)
    assert bases["A_sec1"] == ("A", 1) and bases["A_pis1"] == ("A", 1)
    assert bases["F_pis2"] == ("F", 2)
    kinds = {n: meta.get("members") for n, meta in LAWS.items()}
    assert kinds["continuity_equation"] == kinds["bernoulli_equation"] == "section"
    assert kinds["hydraulic_press"] == "piston"
    assert kinds["elastic_collision"] == kinds["perfectly_inelastic_collision"] == "body"


# ------------------------------------------------------------------------ set-ups
def test_a_string_length_never_gives_a_frequency_but_a_pendulum_length_gives_a_period(kg):
    string = [("", "string", "default")]
    assert derive(kg, string, [("l", ""), ("g", "place")], ("f", "")) is None
    assert derive(kg, string, [("l", "")], ("T_period", "")) is None
    pendulum = [("", "pendulum", "default")]
    assert derive(kg, pendulum, [("l", ""), ("g", "place")], ("T_period", "")) == ("mechanics.pendulum_period",)
    assert derive(kg, pendulum, [("l", "")], ("T_period", "")) == ("mechanics.pendulum_period_on_earth",)
    assert derive(kg, pendulum, [("l", "")], ("T_period", ""), standard=False) is None


def test_a_car_on_a_curve_is_not_a_satellite(kg):
    car = [("", "body", "default")]
    assert derive(kg, car, [("v", ""), ("r", "")], ("m", "planet")) is None
    assert derive(kg, car, [("v", ""), ("r", "")], ("g", "place"), standard=False) is None
    on_earth = derive(kg, car, [("v", ""), ("r", "")], ("g", "place")) or ()
    assert not any(law.startswith("gravitation.") for law in on_earth)
    chain = derive(kg, car, [("v", ""), ("r", ""), ("g", "place")], ("mu_s", ""))
    assert chain == ("mechanics.flat_curve_speed_with_friction",)
    satellite = [("", "satellite", "default"), ("earth", "planet", "named")]
    assert derive(kg, satellite, [("v", ""), ("r", "")], ("m", "earth")) == ("gravitation.orbital_speed",)


def test_an_orbit_binds_the_satellite_to_its_planet(kg):
    objects = [("", "satellite", "default"), ("earth", "planet", "named")]
    chain = derive(kg, objects, [("m", "earth"), ("r", "earth"), ("h_alt", "")], ("T_period", ""))
    assert chain == ("gravitation.orbital_radius_from_altitude", "gravitation.keplers_third_law")
    assert derive(kg, [("", "planet", "default")], [("m", ""), ("r", "")], ("g", "")) is not None


def test_two_colliding_bodies_are_members_in_either_order(kg):
    elastic = [("", "elastic collision", "default"), ("ball 1", "body", "member"), ("ball 2", "body", "member")]
    given = [("m", "ball 1"), ("m", "ball 2"), ("v_pre", "ball 1"), ("v_pre", "ball 2")]
    for target in ("ball 1", "ball 2"):
        assert derive(kg, elastic, given, ("v_post", target)) == ("mechanics.elastic_collision",)
    inelastic = [("", "inelastic collision", "default"), ("cart 1", "body", "member"), ("cart 2", "body", "member")]
    given = [("m", "cart 1"), ("m", "cart 2"), ("v_pre", "cart 1"), ("v_pre", "cart 2")]
    chain = derive(kg, inelastic, given, ("v_post", "cart 2"))
    assert chain == ("mechanics.perfectly_inelastic_collision", "mechanics.bodies_move_together_after_sticking")
    assert derive(kg, inelastic, given, ("E_k_lost", "")) == (
        "mechanics.kinetic_energy_lost_in_perfectly_inelastic_collision",)
    # a body alone is no collision: its speed before and after are its own
    assert derive(kg, [("", "body", "default")], [("m", ""), ("v_pre", "")], ("v_post", "")) is None


def test_gravity_between_two_members_of_a_system(kg):
    pair = [("", "system", "default"), ("a", "body", "member"), ("b", "body", "member")]
    assert derive(kg, pair, [("m", "a"), ("m", "b"), ("r", "")], ("F_grav", "")) == (
        "gravitation.newtons_law_of_gravitation",)
    assert derive(kg, [("", "system", "default")], [("r", "")], ("F_grav", "")) is None


def test_a_hanging_body_stretches_its_spring_and_tensions_its_string(kg):
    spring = [("", "spring", "default"), ("mass", "body", "named")]
    chain = derive(kg, spring, [("m", "mass"), ("k", ""), ("g", "place")], ("x", ""))
    assert chain == ("mechanics.weight", "mechanics.spring_force_of_hanging_body", "mechanics.hookes_law")
    assert derive(kg, spring, [("k", ""), ("g", "place")], ("x", "")) is None
    string = [("", "string", "default"), ("mass", "body", "named")]
    chain = derive(kg, string, [("m", "mass"), ("g", "place"), ("mu_l", "")], ("v_w", ""))
    assert chain is not None and "mechanics.string_tension_from_hanging_body" in chain


def test_pipe_sections_and_press_pistons_never_join(kg):
    pipe = [("", "pipe", "default"), ("water", "fluid", "named"),
            ("wide", "section", "member"), ("narrow", "section", "member")]
    given = [("A", "wide"), ("A", "narrow"), ("v", "wide"), ("rho", "water")]
    assert derive(kg, pipe, given, ("v", "narrow")) == ("fluids.continuity_equation",)
    chain = derive(kg, pipe, given, ("dpr", ""))
    assert chain == ("fluids.continuity_equation", "fluids.bernoulli_level_pipe")
    press = [("", "fluid", "default"), ("small", "piston", "member"), ("large", "piston", "member")]
    forces = [("A", "small"), ("A", "large"), ("F", "large")]
    assert derive(kg, press, forces, ("F", "small")) == ("fluids.hydraulic_press",)
    both = pipe + press[1:]
    assert derive(kg, both, given, ("F", "small")) is None
    assert derive(kg, both, forces, ("v", "narrow")) is None
    # the water flowing in a pipe is the pipe's partner: the pipe has no density of its own
    flow = [("", "pipe", "default"), ("water", "fluid", "named")]
    assert derive(kg, flow, [("D", ""), ("v", ""), ("rho", "water")], ("m_dot", "")) == (
        "geometry.radius_from_diameter", "geometry.circle_area", "fluids.volume_flow_rate",
        "fluids.mass_flow_rate")


def test_floating_and_sinking_bodies(kg):
    objects = [("", "body", "default"), ("sea", "fluid", "named")]
    chain = derive(kg, objects, [("rho", ""), ("rho", "sea")], ("frac_above", ""))
    assert chain == ("fluids.floating_fraction_submerged", "fluids.fraction_above_the_surface")
    chain = derive(kg, objects, [("m", ""), ("rho", ""), ("rho", "sea"), ("g", "place")], ("F_app", ""))
    assert chain[-1] == "fluids.apparent_weight" and "fluids.buoyant_force" in chain


def test_braking_and_energy_questions_within_one_body(kg):
    body = [("", "body", "default")]
    assert derive(kg, body, [("m", ""), ("v0", ""), ("d", "")], ("F_f", "")) == ("mechanics.stopping_distance",)
    assert derive(kg, body, [("v0", ""), ("mu_k", ""), ("g", "place")], ("d", "")) == (
        "mechanics.stopping_distance_with_friction",)
    assert derive(kg, body, [("v", ""), ("v0", ""), ("g", "place")], ("h0", "")) == ("mechanics.speed_at_the_bottom",)
    assert derive(kg, body, [("v0", ""), ("g", "place"), ("h0", ""), ("h_f", "")], ("v", "")) == (
        "mechanics.energy_conservation_between_heights",)
    assert derive(kg, body, [("m", ""), ("v_pre", ""), ("v_post", ""), ("t", "")], ("F", "")) == (
        "mechanics.impulse_in_a_collision", "mechanics.impulse")


# ------------------------------------------------------------------ conditions, domains
def _holds(text: str, variables: set[str], values: dict[str, float]) -> bool:
    from hypergraph.conditions import parse_condition
    from kb_source import constant_values

    cond = parse_condition(text, variables, set(constant_values()))
    named = {**constant_values(), **values}
    subs = {s: named[s.name] for s in (cond.lhs - cond.rhs).free_symbols}
    lhs, rhs = float(sympy.sympify(cond.lhs).subs(subs)), float(sympy.sympify(cond.rhs).subs(subs))
    return {"<": lhs < rhs, "<=": lhs <= rhs, ">": lhs > rhs, ">=": lhs >= rhs}[cond.op]


def test_every_condition_parses_over_the_law_and_its_constants():
    from hypergraph.conditions import parse_condition
    from kb_source import constant_values

    kb = read_kb()
    n = 0
    for name, meta in LAWS.items():
        law = kb.laws[name]
        for text in meta.get("conditions", ()):
            parse_condition(text, set(law.params) | {law.output}, set(constant_values()))
            n += 1
    assert n >= 60


@pytest.mark.parametrize("law, text, values, holds", [
    ("kinetic_energy", "v <= c/10", {"v": 3.0}, True),
    ("kinetic_energy", "v <= c/10", {"v": 0.6 * 299792458.0}, False),
    ("elastic_collision", "v2**2 <= c**2/100", {"v2": -0.2 * 299792458.0}, False),
    ("floating_fraction_submerged", "rho <= rho_f", {"rho": 917.0, "rho_f": 1025.0}, True),
    ("floating_fraction_submerged", "rho <= rho_f", {"rho": 2700.0, "rho_f": 1000.0}, False),
    ("continuity_equation", "v_sec2 <= v_incompressible", {"v_sec2": 6.0}, True),
    ("continuity_equation", "v_sec2 <= v_incompressible", {"v_sec2": 300.0}, False),
    ("banked_curve_speed_with_friction", "mu_s*sin(theta) < cos(theta)", {"mu_s": 0.3, "theta": 0.3}, True),
    ("banked_curve_speed_with_friction", "mu_s*sin(theta) < cos(theta)", {"mu_s": 1.5, "theta": 0.7}, False),
])
def test_a_condition_holds_or_fails_on_values(law, text, values, holds):
    assert text in LAWS[law]["conditions"]
    kb = read_kb()
    assert _holds(text, set(kb.laws[law].params) | {kb.laws[law].output}, values) is holds


def test_every_domain_of_a_quantity_parses_and_names_it():
    from hypergraph.conditions import parse_condition
    from kb_source import constant_values

    with_domain = 0
    for symbol, kw in QUANTITIES.items():
        for text in kw.get("assumes", ()):
            cond = parse_condition(text, {symbol}, set(constant_values()))
            assert symbol in cond.symbols, (symbol, text)
            with_domain += 1
    assert with_domain >= 80


@pytest.mark.parametrize("symbol, value, ok", [
    ("m", -3.0, False), ("m", 2.0, True), ("M", 0.0, False),
    ("v", 4.0e8, False), ("v", -1.0, False), ("v", 20.0, True),
    ("v1", -3.0, True), ("v_post", -40.0, True), ("v_pre", -3.1e8, False),
    ("rho_f", -1000.0, False), ("eta", 1.2, False), ("frac_sub", 0.9, True),
    ("g", 9.81, True), ("r", 0.0, False), ("k", -5.0, False),
])
def test_a_domain_refuses_bad_values(symbol, value, ok):
    texts = QUANTITIES[symbol]["assumes"]
    assert all(_holds(t, {symbol}, {symbol: value}) for t in texts) is ok


# ------------------------------------------------------------------ spot values
G_N = 9.80665
SPOT = [
    ("uniform_motion", {"v": 20.0, "t": 10.0}, 200.0),
    ("speed_at_the_bottom", {"v0": 5.0, "g": G_N, "h0": 20.0}, math.sqrt(25 + 2 * G_N * 20)),
    ("fall_from_initial_height", {"v0": 5.0, "t": 2.0, "g": 9.8}, 29.6),
    ("energy_conservation_between_heights", {"v0": 3.0, "g": 9.8, "h0": 10.0, "h_f": 2.0},
     math.sqrt(9 + 2 * 9.8 * 8)),
    ("speed_at_the_bottom_on_earth", {"v0": 0.0, "h0": 20.394}, 20.0),   # roller coaster, 20 m/s
    ("vertical_throw_time_of_flight", {"v0": 19.6, "g": 9.8}, 4.0),
    ("net_force_against_friction", {"F_a": 50.0, "F_f": 20.0}, 30.0),
    ("tension_supporting_body", {"m": 800.0, "g": 9.8, "a": 1.2}, 8800.0),   # elevator accelerating up
    ("stopping_distance", {"m": 1500.0, "v0": 25.0, "F_f": 11718.75}, 40.0),   # 90 km/h, 40 m
    ("stopping_distance_with_friction_on_earth", {"v0": 5.0, "mu_k": 0.10}, 12.7465),   # the sled
    ("work_energy_with_friction", {"m": 2.0, "v0": 10.0, "v": 6.0, "F_f": 8.0}, 8.0),
    ("impulse_in_a_collision", {"m": 0.058, "v_post": -40.0, "v_pre": 30.0}, -4.06),   # tennis ball
    ("elastic_collision", {"m1": 0.20, "m2": 0.30, "v1": 0.0, "v2": 4.0}, 4.8),   # ball 2 (at rest) struck by ball 1
    ("elastic_collision", {"m1": 1.0, "m2": 1.0, "v1": 3.0, "v2": -2.0}, -2.0),   # equal masses swap
    ("kinetic_energy_lost_in_perfectly_inelastic_collision",
     {"m1": 2.0, "m2": 1.0, "v1": 3.0, "v2": 0.0}, 3.0),
    ("atwood_machine_tension", {"m1": 3.0, "m2": 5.0, "g": 9.8}, 36.75),
    ("atwood_machine_acceleration", {"m1": 3.0, "m2": 5.0, "g": 9.8}, 2.45),
    ("flat_curve_speed_with_friction_on_earth", {"mu_s": 0.4588, "r": 50.0}, 15.0),   # 54 km/h
    ("banked_curve_speed_with_friction", {"r": 50.0, "g": 9.8, "theta": math.radians(15), "mu_s": 0.3},
     math.sqrt(50 * 9.8 * (math.tan(math.radians(15)) + 0.3) / (1 - 0.3 * math.tan(math.radians(15))))),
    ("floating_fraction_submerged", {"rho": 917.0, "rho_f": 1025.0}, 0.894634),   # iceberg
    ("archimedes_principle", {"rho_f": 1000.0, "g": 9.8, "Vol_sub": 1.2e-3}, 11.76),
    ("bernoulli_level_pipe", {"rho_f": 1000.0, "v_sec1": 1.5, "v_sec2": 6.0}, 16875.0),
    ("torricelli_efflux_speed", {"g": 9.8, "h": 5.0}, 9.899495),
    ("volume_flow_rate_from_volume", {"Vol": 0.040, "t": 50.0}, 8e-4),
    ("pressure_under_a_piston", {"F_pis1": 100.0, "A_pis1": 0.01}, 1e4),
    ("potential_energy_gain_from_the_surface", {"M": 5.97e24, "m": 1000.0, "R_p": 6.371e6, "r": 7.371e6},
     8.48e9),
    ("weight_of_a_satellite", {"M": 5.972e24, "m": 500.0, "r": 6.771e6}, 4347.0),
]


@pytest.mark.parametrize("law, inputs, expected", SPOT, ids=[s[0] for s in SPOT])
def test_spot_value(law, inputs, expected):
    assert evaluate_law(law, **inputs) == pytest.approx(expected, rel=2e-3)


def test_depth_from_pressure_and_throws_with_an_initial_speed(kg):
    fluid = [("", "fluid", "default")]
    assert derive(kg, fluid, [("pr_g", ""), ("rho", ""), ("g", "place")], ("h", "")) == (
        "fluids.hydrostatic_gauge_pressure",)
    assert derive(kg, fluid, [("pr", ""), ("pr_0", ""), ("rho", ""), ("g", "place")], ("h", "")) == (
        "fluids.absolute_pressure", "fluids.hydrostatic_gauge_pressure")
    body = [("", "body", "default")]
    assert derive(kg, body, [("v0", ""), ("h0", ""), ("g", "place")], ("v", "")) == ("mechanics.speed_at_the_bottom",)
    assert derive(kg, body, [("v0", ""), ("h0", ""), ("g", "place")], ("t", "")) == (
        "mechanics.fall_from_initial_height",)
    # climbing stairs: the direct derivation is the work of lifting on Earth
    assert derive(kg, body, [("m", ""), ("h", ""), ("t", "")], ("P", "")) == (
        "mechanics.work_lifting_on_earth", "mechanics.power_from_work")
    # a body is no fluid: Torricelli never gives a falling body's speed
    chain = derive(kg, body, [("h", ""), ("g", "place")], ("v", "")) or ()
    assert chain and not any(law.startswith("fluids.") for law in chain)
    machine = [("", "atwood machine", "default"), ("light", "body", "member"), ("heavy", "body", "member")]
    assert derive(kg, machine, [("m", "light"), ("m", "heavy"), ("g", "place")], ("a", "")) == (
        "mechanics.atwood_machine_acceleration",)
