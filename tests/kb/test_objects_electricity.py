"""Objects of electricity and magnetism (``electromagnetism.py``, ``circuits.py``).

Every law says which kind of object it describes; these tests bind the laws to small set-ups
(``hypergraph.setups``) and check that unrelated set-ups never join (parallel plates are
not a point charge, a wire's own field never pushes the wire, "the current" of two resistors
needs the connection), that members and partners derive what they should, and that the
validity conditions and the quantities' domains mean what they say.

Negative checks run on a knowledge graph of these two modules alone (with the namespace,
the kinds and the geometry helpers), so that laws of other fields that are not yet
annotated (``on="thing"`` applies to everything) cannot hide or fake a separation.
"""
from __future__ import annotations

import shutil

import pytest
import sympy
from hypothesis import HealthCheck, given, settings, strategies as st
from scipy.constants import c as c_light, e, epsilon_0, m_e, m_p, mu_0, pi

from hypergraph.build import load, load_default
from hypergraph.conditions import parse_condition
from hypergraph.setups import Obj, Setup, bind, derive
from kb_source import evaluate_law
from oracle.data import datasets_dir

FIELDS = ("electromagnetism", "circuits")
SUBSET = ("quantities", "objects", "geometry", *FIELDS)


@pytest.fixture(scope="module")
def kg():
    return load_default()


@pytest.fixture(scope="module")
def em_kg(tmp_path_factory):
    """The knowledge graph of electricity and magnetism alone."""
    where = tmp_path_factory.mktemp("em_kb")
    for name in SUBSET:
        shutil.copy(datasets_dir() / "physics" / f"{name}.py", where / f"{name}.py")
    return load(where)


def setup(*objects: tuple[str, str, str]) -> Setup:
    return Setup(tuple(Obj(*o) for o in objects))


def pair_of(kind: str, members: str) -> Setup:
    return setup(("", kind, "default"), ("#1", members, "member"), ("#2", members, "member"))


def laws_used(kg, s, given, target) -> tuple[str, ...]:
    found = derive(kg, s, given, target)
    assert found is not None, f"{target} not derived from {given}"
    return tuple(law.rpartition(".")[2] for law in found)


# -- every law says what it describes -----------------------------------------------------
def test_every_law_of_these_fields_names_its_object(kg):
    vague = [law.id for law in kg.laws if law.field in FIELDS and law.on == "thing"]
    assert vague == []


def test_numbered_quantities_are_members_of_a_pair_or_combination(kg):
    for law in kg.laws:
        if law.field not in FIELDS:
            continue
        numbered = [v for v in law.variables if kg.quantity(v).member is not None]
        assert bool(numbered) == bool(law.members), law.id
        if numbered:
            assert law.on in ("charge pair", "wire pair", "circuit", "series circuit", "parallel circuit"), law.id


def test_series_and_parallel_results_are_the_combinations_own_quantities(kg):
    symbols = {q.symbol for q in kg.quantities}
    assert not symbols & {"R_ser", "R_par", "C_ser", "C_par", "I_ser", "I_par", "V_in", "V_out"}
    assert kg.law("circuits.resistors_in_series").output == "R"
    assert kg.law("circuits.resistors_in_parallel").output == "R"


# -- separation: instances ------------------------------------------------------------------
def _instances(kg, s, law_name, main=""):
    """The instances of a law whose own object is ``main`` (the question's object by default)."""
    bound = bind(kg, s)
    return [inst for inst in bound.instances
            if kg.laws[inst.law].id.endswith("." + law_name) and inst.main == main]


@pytest.mark.parametrize("kind", ["particle", "body", "capacitor", "field", "wire", "charge pair"])
def test_point_charge_laws_describe_point_charges_only(kg, kind):
    s = setup(("", kind, "default"))
    for name in ("point_charge_field", "point_charge_potential", "gauss_law"):
        assert _instances(kg, s, name) == [], (name, kind)
    assert _instances(kg, setup(("", "charge", "default")), "point_charge_potential")


def test_parallel_plates_are_a_field_not_a_point_charge(kg):
    plates = setup(("", "capacitor", "default"))
    assert _instances(kg, plates, "uniform_field_from_voltage")
    assert _instances(kg, plates, "coulombs_law") == []
    assert _instances(kg, plates, "point_charge_field") == []


def test_a_wire_in_a_field_feels_the_fields_B_not_its_own(kg):
    (inst,) = _instances(kg, setup(("", "wire", "default")), "magnetic_force_on_wire")
    assert inst.node("B") == ("B", "field") and inst.node("F_B") == ("F_B", "")
    (own,) = _instances(kg, setup(("", "wire", "default")), "field_of_long_straight_wire")
    assert own.node("B") == ("B", "")


def test_a_battery_is_the_partner_of_its_circuit_never_a_member(kg):
    s = setup(("", "series circuit", "default"), ("#1", "conductor", "member"),
              ("#2", "conductor", "member"), ("battery", "battery", "named"))
    bound = bind(kg, s)
    for inst in bound.instances:
        law = kg.laws[inst.law]
        if law.field in FIELDS and law.members:
            members = {key for v, (_, key) in inst.binding if kg.quantity(v).member is not None}
            assert "battery" not in members, law.id
    (inst,) = _instances(kg, s, "terminal_voltage_of_ideal_source")
    assert inst.node("emf") == ("emf", "battery") and inst.node("V") == ("V", "")


@given(kinds=st.lists(st.sampled_from(["conductor", "wire", "coil", "capacitor", "battery", "circuit",
                                       "particle", "charge"]), min_size=1, max_size=3),
       circuit=st.sampled_from(["series circuit", "parallel circuit", "circuit"]))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_members_and_partners_of_these_laws_are_of_their_kinds(em_kg, kinds, circuit):
    """Property: in any set-up, a law of these fields binds its own variables to an object of
    its kind, its members to objects of the members' kind and its partners to their kind."""
    s = Setup((Obj("", circuit, "default"),) + tuple(Obj(f"#{k}", kind, "member") for k, kind in enumerate(kinds)))
    bound = bind(em_kg, s)
    kind_of = {o.key: o.kind for o in bound.setup.objects}
    for inst in bound.instances:
        law = em_kg.laws[inst.law]
        for variable, obj, kind, slot_kind in inst.obligations:
            assert em_kg.is_a(kind_of[obj], slot_kind), (law.id, variable, obj)
            if em_kg.quantity(variable).member is not None:
                assert em_kg.is_a(kind_of[obj], law.members), (law.id, variable)


# -- separation: derivations ---------------------------------------------------------------
def test_the_current_of_two_resistors_needs_the_connection(em_kg):
    given_ = [("R", "#1"), ("R", "#2"), ("V", "")]
    assert derive(em_kg, pair_of("circuit", "conductor"), given_, ("I", "")) is None
    series = laws_used(em_kg, pair_of("series circuit", "conductor"), given_, ("I", ""))
    parallel = laws_used(em_kg, pair_of("parallel circuit", "conductor"), given_, ("I", ""))
    assert "resistors_in_series" in series and "resistors_in_parallel" in parallel


def test_a_particle_accelerated_through_V_has_no_point_charge_radius(em_kg):
    proton = setup(("", "particle", "default"))
    assert derive(em_kg, proton, [("q", ""), ("V", "")], ("r", "")) is None
    assert derive(em_kg, proton, [("q", ""), ("V", "")], ("E_field", "")) is None


def test_plates_never_use_the_point_charge_field(em_kg):
    plates = setup(("", "capacitor", "default"))
    used = laws_used(em_kg, plates, [("V", ""), ("d", ""), ("q", ""), ("r", "")], ("E_field", ""))
    assert used == ("uniform_field_from_voltage",)


def test_a_wire_is_not_pushed_by_its_own_field(em_kg):
    wire = setup(("", "wire", "default"))
    assert derive(em_kg, wire, [("I", ""), ("l", ""), ("r", "")], ("F_B", "")) is None
    assert laws_used(em_kg, wire, [("I", ""), ("l", ""), ("B", "field")], ("F_B", "")) == (
        "magnetic_force_on_wire_perpendicular",)


def test_a_member_never_takes_the_sources_emf_alone(em_kg):
    s = pair_of("series circuit", "conductor")
    assert derive(em_kg, s, [("R", "#1"), ("emf", "battery")], ("I", "#1")) is None
    assert derive(em_kg, s, [("R", "#1"), ("emf", "battery")], ("V", "#1")) is None


def test_reactances_need_the_supply_frequency_not_the_resonant_one(em_kg):
    rlc = setup(("", "circuit", "default"))
    assert laws_used(em_kg, rlc, [("L", ""), ("C", "")], ("f", "")) == ("lc_resonant_frequency",)
    assert derive(em_kg, rlc, [("L", ""), ("C", ""), ("R", "")], ("Z_imp", "")) is None
    used = laws_used(em_kg, rlc, [("L", ""), ("C", ""), ("R", ""), ("f", "battery")], ("Z_imp", ""))
    assert "series_rlc_impedance" in used and "lc_resonant_frequency" not in used


def test_a_pair_needs_both_charges_and_their_separation(em_kg):
    pair = pair_of("charge pair", "charge")
    assert derive(em_kg, pair, [("q", "#1"), ("q", "#2")], ("F_e", "")) is None
    assert derive(em_kg, setup(("", "charge", "default")), [("q", ""), ("r", "")], ("F_e", "")) is None


# -- what the set-ups derive (the whole knowledge base) ----------------------------------
@pytest.mark.parametrize("objects, given_, target, must_use", [
    ((("", "charge pair", "default"), ("#1", "charge", "member"), ("#2", "charge", "member")),
     [("q", "#1"), ("q", "#2"), ("r", "")], ("F_e", ""), "coulombs_law"),
    ((("", "charge pair", "default"), ("electron", "particle", "member"), ("proton", "particle", "member")),
     [("q", "electron"), ("q", "proton"), ("r", "")], ("U_e", ""), "electric_potential_energy_of_pair"),
    ((("", "charge", "default"),), [("q", ""), ("r", "")], ("E_field", ""), "point_charge_field"),
    ((("electron", "particle", "named"), ("plates", "capacitor", "named")),
     [("q", "electron"), ("V", "plates"), ("d", "plates")], ("F_e", "electron"), "electric_field_from_force"),
    ((("", "particle", "default"),), [("q", ""), ("m", ""), ("V", ""), ("B", "field")], ("r", ""),
     "cyclotron_radius"),
    ((("", "wire pair", "default"), ("#1", "wire", "member"), ("#2", "wire", "member")),
     [("I", "#1"), ("I", "#2"), ("l", ""), ("d", "")], ("F_B", ""), "force_between_parallel_wires"),
    ((("", "coil", "default"),), [("B", ""), ("I", "")], ("n_turns", ""),
     "field_inside_solenoid_from_turn_density"),
    ((("", "coil", "default"),), [("N_t", ""), ("A", ""), ("dB", "field"), ("t", ""), ("R", "")], ("I", ""),
     "faradays_law"),
    ((("", "series circuit", "default"), ("#1", "conductor", "member"), ("#2", "conductor", "member")),
     [("R", "#1"), ("R", "#2"), ("emf", "battery")], ("V", "#2"), "terminal_voltage_of_ideal_source"),
    ((("", "parallel circuit", "default"), ("galvanometer", "conductor", "member"), ("shunt", "conductor", "member")),
     [("R", "galvanometer"), ("I", "galvanometer"), ("I", "")], ("R", "shunt"), "ohms_law"),   # through the shared voltage, or the currents' sum: both sound
    ((("", "series circuit", "default"), ("#1", "capacitor", "member"), ("#2", "capacitor", "member")),
     [("C", "#1"), ("C", "#2"), ("emf", "battery")], ("q", "#1"), "series_capacitors_share_the_charge"),
    ((("", "circuit", "default"), ("battery", "battery", "named")),
     [("emf", "battery"), ("r_int", "battery"), ("R", "")], ("V", ""), "current_with_internal_resistance"),
    ((("", "circuit", "default"), ("power bank", "battery", "named")),
     [("q_cap", "power bank"), ("emf", "power bank"), ("P", "")], ("t", ""),
     "battery_running_time_from_energy"),   # through the stored energy q_cap emf (or the current: both sound)
    ((("", "battery", "default"),), [("q_cap", ""), ("emf", "")], ("E_bat", ""), "battery_stored_energy"),
    ((("", "parallel circuit", "default"), ("#1", "conductor", "member")),
     [("R", "#1"), ("N_el", ""), ("emf", "battery")], ("P", ""), "identical_resistors_in_parallel"),
    ((("", "transformer", "default"), ("conductor", "conductor", "named")), [("V_p", ""), ("N_p", ""), ("N_s", ""), ("R", "conductor")],
     ("I_p", ""), "transformer_secondary_load_current"),
    ((("", "conductor", "default"),), [("V_rms", ""), ("R", "")], ("P_pk", ""), "peak_power_in_resistor"),
    ((("", "circuit", "default"),), [("R", ""), ("C", "")], ("t_half_rc", ""), "rc_half_time"),
    ((("", "circuit", "default"),), [("R", ""), ("C", ""), ("emf", "battery"), ("t", "")], ("I_t", ""),
     "rc_charging_current"),
    ((("", "coil", "default"),), [("L", ""), ("f", "battery")], ("X_L", ""), "inductive_reactance"),
])
def test_set_ups_derive_what_they_should(kg, objects, given_, target, must_use):
    assert must_use in laws_used(kg, setup(*objects), given_, target)


# -- the new laws give textbook values -------------------------------------------------------
def test_charge_on_capacitors_in_series():
    c_eq = evaluate_law("capacitors_in_series", C1=2e-6, C2=3e-6)
    q = evaluate_law("charge_on_capacitor_network", C=c_eq, V=10.0)
    assert evaluate_law("series_capacitors_share_the_charge", q=q) == pytest.approx(12e-6, rel=1e-12)


def test_power_bank_running_time_and_stored_energy():
    mah = 3.6  # coulombs in one milliampere hour
    current = 0.5 / 5.0  # a 0.5 W device on 5 V
    hours = evaluate_law("battery_running_time", q_cap=2500 * mah, I=current) / 3600
    assert hours == pytest.approx(25.0, rel=1e-12)
    assert evaluate_law("battery_stored_energy", q_cap=3000 * mah, emf=3.7) == pytest.approx(39960.0, rel=1e-12)


def test_ideal_transformer_feeding_a_load():
    v_s = evaluate_law("transformer_voltage_ratio", V_p=120.0, N_s=25.0, N_p=500.0)
    i_s = evaluate_law("transformer_secondary_load_current", V_s=v_s, R=3.0)
    assert evaluate_law("transformer_power_balance", V_s=v_s, I_s=i_s, V_p=120.0) == pytest.approx(0.1, rel=1e-12)


def test_solenoid_turns_per_metre_and_induced_current():
    assert evaluate_law("field_inside_solenoid_from_turn_density", n_turns=1000.0, I=2.0) == pytest.approx(
        mu_0 * 2000, rel=1e-9)
    d_phi = evaluate_law("flux_change_from_field_change", dB=0.4, A=50e-4)
    emf = evaluate_law("faradays_law", N_t=200.0, dPhi=d_phi, t=0.1)
    assert evaluate_law("current_driven_by_emf", emf=emf, R=8.0) == pytest.approx(0.5, rel=1e-12)


def test_series_and_parallel_members():
    assert evaluate_law("voltage_divider", V=9.0, R2=200.0, R1=100.0) == pytest.approx(6.0, rel=1e-12)
    assert evaluate_law("identical_resistors_in_parallel", R1=12.0, N_el=3.0) == pytest.approx(4.0, rel=1e-12)
    assert evaluate_law("parallel_currents_add", I1=0.001, I2=0.999) == pytest.approx(1.0, rel=1e-12)
    assert evaluate_law("peak_power_in_resistor", V_pk=230 * 2**0.5, R=50.0) == pytest.approx(2116.0, rel=1e-12)
    assert evaluate_law("rc_half_time", tau_c=47e3 * 22e-6) == pytest.approx(0.716714, rel=1e-5)
    assert evaluate_law("rc_charging_current", emf=9.0, R=1e4, t=1.0, tau_c=1.0) == pytest.approx(
        9e-4 / 2.718281828459045, rel=1e-12)


def test_coulomb_force_of_a_hydrogen_atom():
    r = 5.29177e-11
    assert evaluate_law("coulombs_law", q1=e, q2=e, r=r) == pytest.approx(e**2 / (4 * pi * epsilon_0 * r**2))


# -- validity conditions and domains --------------------------------------------------------
def _holds(kg, law_id: str, values: dict[str, float]) -> bool:
    law = kg.law(law_id)
    constants = {k: v for k, v in kg.constant_values.items()}
    verdicts = []
    for text in law.conditions:
        cond = parse_condition(text, set(law.variables), set(constants))
        subs = {sympy.Symbol(k): v for k, v in {**constants, **values}.items()}
        verdicts.append(bool(sympy.sympify(f"({cond.lhs}) {cond.op} ({cond.rhs})").subs(subs)))
    assert verdicts, f"{law_id} has no conditions"
    return all(verdicts)


@pytest.mark.parametrize("law_id, values, holds", [
    ("electromagnetism.cyclotron_radius", {"m": m_e, "v": 2e6, "q": e, "B": 0.01}, True),
    ("electromagnetism.cyclotron_radius", {"m": m_p, "v": 0.5 * c_light, "q": e, "B": 1.0}, False),
    ("electromagnetism.parallel_plate_capacitance_vacuum", {"A": 0.02, "d": 1e-3}, True),
    ("electromagnetism.parallel_plate_capacitance", {"eps_r": 4.0, "A": 1e-4, "d": 5e-3}, False),
    ("electromagnetism.solenoid_inductance", {"N_t": 500.0, "A": 3e-4, "l": 0.25}, True),
    ("electromagnetism.solenoid_inductance", {"N_t": 5.0, "A": 8e-3, "l": 0.01}, False),
])
def test_conditions_mean_what_they_say(kg, law_id, values, holds):
    assert _holds(kg, law_id, values) is holds


def _in_domain(kg, symbol: str, value: float) -> bool:
    q = kg.quantity(symbol)
    constants = dict(kg.constant_values)
    out = []
    for text in q.assumes:
        cond = parse_condition(text, {symbol}, set(constants))
        subs = {sympy.Symbol(k): v for k, v in {**constants, symbol: value}.items()}
        out.append(bool(sympy.sympify(f"({cond.lhs}) {cond.op} ({cond.rhs})").subs(subs)))
    return all(out)


@pytest.mark.parametrize("symbol, good, bad", [
    ("R", 4.7e3, -10.0), ("C", 470e-6, 0.0), ("L", 0.05, -1e-3), ("eps_r", 4.0, 0.5),
    ("r_int", 0.5, -0.5), ("q_cap", 9000.0, -1.0), ("v_d", 1e-4, 4e8), ("B", 0.5, -0.2),
    ("E_field", 2000.0, -1.0), ("N_t", 200.0, 0.0), ("R1", 100.0, -100.0), ("I_rms", 2.0, -2.0),
])
def test_domains_refuse_bad_givens(kg, symbol, good, bad):
    assert _in_domain(kg, symbol, good) and not _in_domain(kg, symbol, bad)


def test_charges_and_potentials_may_be_negative(kg):
    assert kg.quantity("q").assumes == () and kg.quantity("V").assumes == ()
    assert kg.quantity("q1").assumes == () and kg.quantity("emf").assumes == ()
