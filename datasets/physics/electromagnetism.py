"""Electromagnetism: electrostatics, capacitance, magnetic forces and fields,
induction, inductance, charged particles in fields, fields of electromagnetic waves.

Objects (``objects.py``): a point charge (``charge``) is the source of its own field and
potential at a distance; two charges are the members of a ``charge pair`` (Coulomb force,
potential energy); a ``field`` is a region of E or B in which a body, a wire or a coil feels
a force (their partner), and a ``capacitor`` is one (the field between its plates); a
``wire`` and a ``coil`` make their own B; two wires are the members of a ``wire pair``.
"""
from math import sin, cos, pi

from oracle.laws import U, codata, law

epsilon_0: U["F/m"] = codata("vacuum electric permittivity")
mu_0: U["N/A^2"] = codata("vacuum mag. permeability")
c: U["m/s"] = codata("speed of light in vacuum")
q_e: U["C"] = codata("elementary charge")


# ----------------------------------------------------------------- charges and fields
@law(
    output="F_e",
    on="charge pair",
    members="matter",
    assumes=("q1 > 0", "q2 > 0", "r > 0", "F_e > 0"),
    valid="point charges in vacuum (magnitudes)",
)
def coulombs_law(q1: U["C"], q2: U["C"], r: U["m"]) -> U["N"]:
    """Coulomb's law: force between point charges q1 and q2 at distance r in vacuum."""
    return q1 * q2 / (4 * pi * epsilon_0 * r**2)


@law(
    output="U_e",
    on="charge pair",
    members="matter",
    assumes=("q1 > 0", "q2 > 0", "r > 0"),
    valid="point charges in vacuum, like charges",
)
def electric_potential_energy_of_pair(q1: U["C"], q2: U["C"], r: U["m"]) -> U["J"]:
    """Electric potential energy of point charges q1 and q2 at distance r in vacuum."""
    return q1 * q2 / (4 * pi * epsilon_0 * r)


@law(
    output="E_field",
    on="charge",
    assumes=("lam_q > 0", "r > 0", "E_field > 0"),
    valid="a long straight uniformly charged line (filament, wire) in vacuum, r small beside its length",
)
def field_of_line_charge(lam_q: U["C/m"], r: U["m"]) -> U["V/m"]:
    """Electric field at distance r from a long straight line of charge lam_q per unit
    length (Gauss's law: lam_q / (2 pi epsilon_0 r))."""
    return lam_q / (2 * pi * epsilon_0 * r)


@law(output="E_field", on="matter", of={"E_field": "field"}, assumes=("F_e > 0", "q > 0", "E_field > 0"))
def electric_field_from_force(F_e: U["N"], q: U["C"]) -> U["V/m"]:
    """Electric field strength: electric force per unit charge on a test charge q."""
    return F_e / q


@law(
    output="E_field",
    on="charge",
    assumes=("q > 0", "r > 0", "E_field > 0"),
    valid="point charge in vacuum (magnitude)",
)
def point_charge_field(q: U["C"], r: U["m"]) -> U["V/m"]:
    """Electric field at distance r from a point charge q in vacuum."""
    return q / (4 * pi * epsilon_0 * r**2)


@law(output="V", on="charge", assumes=("q > 0", "r > 0", "V > 0"), valid="point charge in vacuum")
def point_charge_potential(q: U["C"], r: U["m"]) -> U["V"]:
    """Electric potential at distance r from a point charge q in vacuum (zero at infinity)."""
    return q / (4 * pi * epsilon_0 * r)


@law(output="U_e", on="body", assumes=("q > 0", "V > 0"))
def potential_energy_of_charge(q: U["C"], V: U["V"]) -> U["J"]:
    """Electric potential energy of a charge q at electric potential V."""
    return q * V


@law(output="E_field", on="field", assumes=("V > 0", "d > 0", "E_field > 0"), valid="uniform field")
def uniform_field_from_voltage(V: U["V"], d: U["m"]) -> U["V/m"]:
    """Uniform electric field between parallel plates at potential difference V and separation
    d.
    """
    return V / d


@law(output="E_k", on="body", assumes=("q > 0", "V > 0", "E_k >= 0"),
     valid="starts from rest, no other force does work (E_k = qV holds at any speed)")
def kinetic_energy_from_accelerating_voltage(q: U["C"], V: U["V"]) -> U["J"]:
    """Kinetic energy gained by a charge q accelerated from rest through a potential difference
    V.
    """
    return q * V


@law(output="q", on="matter", assumes=("N >= 0", "q > 0"))
def charge_quantization(N: U["1"]) -> U["C"]:
    """Charge carried by N electrons (or protons)."""
    return N * q_e


@law(output="Phi_E", on="charge", assumes=("q > 0", "Phi_E > 0"))
def gauss_law(q: U["C"]) -> U["V*m"]:
    """Gauss's law: electric flux through a closed surface enclosing a charge q."""
    return q / epsilon_0


@law(output="u_E", on="field", assumes=("E_field > 0", "u_E > 0"))
def electric_field_energy_density(E_field: U["V/m"]) -> U["J/m^3"]:
    """Energy density of an electric field E_field in vacuum."""
    return epsilon_0 * E_field**2 / 2


@law(output="u_B", on="field", assumes=("B > 0", "u_B > 0"))
def magnetic_field_energy_density(B: U["T"]) -> U["J/m^3"]:
    """Energy density of a magnetic field B in vacuum."""
    return B**2 / (2 * mu_0)


# -------------------------------------------------------------------------- capacitors
@law(output="q", on="capacitor", assumes=("C > 0", "V > 0", "q > 0"))
def charge_on_capacitor(C: U["F"], V: U["V"]) -> U["C"]:
    """Charge stored on a capacitor of capacitance C at voltage V."""
    return C * V


@law(
    output="C",
    on="capacitor",
    assumes=("eps_r > 0", "A > 0", "d > 0", "C > 0"),
    conditions=("d <= sqrt(A)/10",),
    valid="plate size much larger than separation",
)
def parallel_plate_capacitance(eps_r: U["1"], A: U["m^2"], d: U["m"]) -> U["F"]:
    """Capacitance of a parallel-plate capacitor of plate area A, separation d and dielectric
    eps_r.
    """
    return eps_r * epsilon_0 * A / d


@law(
    output="C",
    on="capacitor",
    assumes=("A > 0", "d > 0", "C > 0"),
    conditions=("d <= sqrt(A)/10",),
    valid="vacuum or air between the plates, plate size much larger than separation",
    cost=2,
)
def parallel_plate_capacitance_vacuum(A: U["m^2"], d: U["m"]) -> U["F"]:
    """Capacitance of an air or vacuum parallel-plate capacitor of plate area A and separation
    d.
    """
    return epsilon_0 * A / d


@law(output="E_C", on="capacitor", assumes=("C > 0", "V > 0", "E_C > 0"))
def capacitor_energy(C: U["F"], V: U["V"]) -> U["J"]:
    """Energy stored in a capacitor of capacitance C charged to voltage V."""
    return C * V**2 / 2


@law(output="P", on="capacitor", assumes=("E_C > 0", "t > 0", "P > 0"),
     valid="the capacitor gives up its stored energy in the time t (a defibrillator's or a flash's pulse)")
def average_power_of_a_discharge(E_C: U["J"], t: U["s"]) -> U["W"]:
    """Average power of a capacitor's discharge: its stored energy over the pulse's duration
    (not V I with the charging voltage, which falls as it discharges)."""
    return E_C / t


@law(output="E_C", on="capacitor", assumes=("q > 0", "C > 0", "E_C > 0"))
def capacitor_energy_from_charge(q: U["C"], C: U["F"]) -> U["J"]:
    """Energy stored in a capacitor of capacitance C holding charge q."""
    return q**2 / (2 * C)


@law(
    output="E_field",
    on="capacitor",
    assumes=("sigma_q > 0", "E_field > 0"),
    valid="vacuum, plates much larger than separation",
)
def field_between_capacitor_plates(sigma_q: U["C/m^2"]) -> U["V/m"]:
    """Electric field between the plates of a parallel-plate capacitor with surface charge
    density sigma_q.
    """
    return sigma_q / epsilon_0


@law(
    output="E_field",
    on="capacitor",
    assumes=("sigma_q > 0", "eps_r >= 1", "E_field > 0"),
    valid="a dielectric of relative permittivity eps_r fills the gap; plates much larger than separation",
)
def field_between_plates_with_dielectric(sigma_q: U["C/m^2"], eps_r: U["1"]) -> U["V/m"]:
    """Electric field between the plates of a parallel-plate capacitor whose gap a dielectric
    fills, from the free surface charge density sigma_q on the plates (a cell membrane)."""
    return sigma_q / (eps_r * epsilon_0)


@law(output="sigma_q", on="capacitor", assumes=("q > 0", "A > 0", "sigma_q > 0"))
def surface_charge_density(q: U["C"], A: U["m^2"]) -> U["C/m^2"]:
    """Surface charge density of a charge q spread over an area A."""
    return q / A


# ------------------------------------------------------------- charged bodies in fields
@law(output="F_B", on="body", of={"B": "field"}, assumes=("q > 0", "v >= 0", "B > 0", "F_B > 0"))
def magnetic_force_on_moving_charge(
        q: U["C"],
        v: U["m/s"],
        B: U["T"],
        theta: U["rad"],
) -> U["N"]:
    """Lorentz force on a charge q moving at speed v at angle theta to a magnetic field B."""
    return q * v * B * sin(theta)


@law(
    output="F_B",
    on="body",
    of={"B": "field"},
    assumes=("q > 0", "v >= 0", "B > 0", "F_B > 0"),
    valid="velocity perpendicular to the field",
    cost=2,
)
def magnetic_force_on_moving_charge_perpendicular(q: U["C"], v: U["m/s"], B: U["T"]) -> U["N"]:
    """Magnetic force on a charge q moving at speed v perpendicular to a magnetic field B."""
    return q * v * B


@law(
    output="r",
    on="body",
    of={"B": "field"},
    assumes=("m > 0", "v >= 0", "q > 0", "B > 0", "r > 0"),
    conditions=("v <= c/10",),
    valid="velocity perpendicular to a uniform field, v << c",
)
def cyclotron_radius(m: U["kg"], v: U["m/s"], q: U["C"], B: U["T"]) -> U["m"]:
    """Radius of the circular path of a charge q of mass m moving at speed v perpendicular to
    B.
    """
    return m * v / (q * B)


@law(
    output="omega",
    on="body",
    of={"B": "field"},
    assumes=("q > 0", "B > 0", "m > 0", "omega >= 0"),
    valid="uniform field, v << c",
)
def cyclotron_angular_frequency(q: U["C"], B: U["T"], m: U["kg"]) -> U["rad/s"]:
    """Angular frequency of a charge q of mass m circling in a magnetic field B."""
    return q * B / m


@law(
    output="v",
    on="body",
    of={"E_field": "field", "B": "field"},
    assumes=("E_field > 0", "B > 0", "v >= 0"),
    valid="perpendicular uniform fields",
    cost=2,
)
def velocity_selector(E_field: U["V/m"], B: U["T"]) -> U["m/s"]:
    """Speed of the charges that pass undeflected through crossed electric and magnetic fields."""
    return E_field / B


@law(
    output="a",
    on="body",
    of={"E_field": "field"},
    assumes=("q > 0", "E_field > 0", "m > 0"),
    valid="electric force the only force, v << c",
)
def acceleration_of_charge_in_electric_field(
        q: U["C"],
        E_field: U["V/m"],
        m: U["kg"],
) -> U["m/s^2"]:
    """Acceleration of a particle of charge q and mass m in an electric field E_field."""
    return q * E_field / m


# ------------------------------------------------------------------- wires in fields
@law(output="F_B", on="wire", of={"B": "field"}, assumes=("B > 0", "I > 0", "l > 0", "F_B > 0"))
def magnetic_force_on_wire(B: U["T"], I: U["A"], l: U["m"], theta: U["rad"]) -> U["N"]:
    """Force on a straight wire of length l carrying current I at angle theta to a field B."""
    return B * I * l * sin(theta)


@law(
    output="F_B",
    on="wire",
    of={"B": "field"},
    assumes=("B > 0", "I > 0", "l > 0", "F_B > 0"),
    valid="wire perpendicular to the field",
    cost=2,
)
def magnetic_force_on_wire_perpendicular(B: U["T"], I: U["A"], l: U["m"]) -> U["N"]:
    """Force on a straight wire of length l carrying current I perpendicular to a field B."""
    return B * I * l


@law(
    output="B",
    on="wire",
    assumes=("I > 0", "r > 0", "B > 0"),
    valid="infinitely long straight wire in vacuum",
)
def field_of_long_straight_wire(I: U["A"], r: U["m"]) -> U["T"]:
    """Magnetic field at distance r from a long straight wire carrying current I."""
    return mu_0 * I / (2 * pi * r)


@law(
    output="F_B",
    on="wire pair",
    members="wire",
    assumes=("I1 > 0", "I2 > 0", "l > 0", "d > 0", "F_B > 0"),
    valid="long parallel wires in vacuum",
)
def force_between_parallel_wires(I1: U["A"], I2: U["A"], l: U["m"], d: U["m"]) -> U["N"]:
    """Force between lengths l of two long parallel wires a distance d apart carrying I1 and
    I2.
    """
    return mu_0 * I1 * I2 * l / (2 * pi * d)


@law(
    output="F_per_l",
    on="wire",
    of={"B": "field"},
    assumes=("B > 0", "I > 0", "F_per_l > 0"),
    valid="wire perpendicular to the field",
    cost=2,
)
def magnetic_force_per_length_on_wire(B: U["T"], I: U["A"]) -> U["N/m"]:
    """Force on each metre of a straight wire carrying current I perpendicular to a field B (a
    power line in the Earth's field)."""
    return B * I


@law(
    output="F_per_l",
    on="wire pair",
    members="wire",
    assumes=("I1 > 0", "I2 > 0", "d > 0", "F_per_l > 0"),
    valid="long parallel wires in vacuum",
)
def force_per_length_between_parallel_wires(I1: U["A"], I2: U["A"], d: U["m"]) -> U["N/m"]:
    """Force per unit length between two long parallel wires a distance d apart carrying
    I1 and I2 (mu_0 I1 I2 / (2 pi d))."""
    return mu_0 * I1 * I2 / (2 * pi * d)


@law(
    output="emf",
    on="wire",
    of={"B": "field"},
    assumes=("B > 0", "l > 0", "v >= 0", "emf > 0"),
    valid="rod, velocity and field mutually perpendicular",
)
def motional_emf(B: U["T"], l: U["m"], v: U["m/s"]) -> U["V"]:
    """EMF across a rod of length l moving at speed v perpendicular to a magnetic field B."""
    return B * l * v


# --------------------------------------------------------------------- coils and induction
@law(
    output="B",
    on="coil",
    assumes=("N_t > 0", "I > 0", "r_coil > 0", "B > 0"),
    valid="flat circular coil in vacuum",
)
def field_at_centre_of_coil(N_t: U["1"], I: U["A"], r_coil: U["m"]) -> U["T"]:
    """Magnetic field at the centre of a flat circular coil of N_t turns and radius r_coil."""
    return mu_0 * N_t * I / (2 * r_coil)


@law(
    output="B",
    on="coil",
    assumes=("N_t > 0", "I > 0", "l > 0", "B > 0"),
    valid="long solenoid, air core",
)
def field_inside_solenoid(N_t: U["1"], I: U["A"], l: U["m"]) -> U["T"]:
    """Magnetic field inside a long solenoid of N_t turns and length l carrying current I."""
    return mu_0 * N_t * I / l


@law(output="n_turns", on="coil", assumes=("N_t > 0", "l > 0", "n_turns > 0"))
def turns_per_unit_length(N_t: U["1"], l: U["m"]) -> U["1/m"]:
    """Number of turns per unit length of a coil of N_t turns wound over a length l."""
    return N_t / l


@law(
    output="B",
    on="coil",
    assumes=("n_turns > 0", "I > 0", "B > 0"),
    valid="long solenoid, air core",
)
def field_inside_solenoid_from_turn_density(n_turns: U["1/m"], I: U["A"]) -> U["T"]:
    """Magnetic field inside a long solenoid with n_turns turns per unit length carrying current
    I.
    """
    return mu_0 * n_turns * I


@law(output="Phi", on="coil", of={"B": "field"}, assumes=("B > 0", "A > 0", "Phi > 0"))
def magnetic_flux(B: U["T"], A: U["m^2"], theta_n: U["rad"]) -> U["Wb"]:
    """Magnetic flux through a flat area A in a uniform field B at angle theta_n to the normal."""
    return B * A * cos(theta_n)


@law(output="theta_n", on="coil", assumes=("theta_pl >= 0", "theta_pl <= pi/2"))
def normal_angle_from_plane_angle(theta_pl: U["rad"]) -> U["rad"]:
    """The field's angle from an area's normal, from its angle from the area's plane."""
    return pi / 2 - theta_pl


@law(
    output="Phi",
    on="coil",
    of={"B": "field"},
    assumes=("B > 0", "A > 0", "Phi > 0"),
    valid="field along the normal of the area",
    cost=2,
)
def magnetic_flux_perpendicular(B: U["T"], A: U["m^2"]) -> U["Wb"]:
    """Magnetic flux through a flat area A perpendicular to a uniform field B."""
    return B * A


@law(output="dB", on="field", conditions=("B_f >= B_i",), assumes=("B_i >= 0", "B_f > B_i", "dB > 0"),
     valid="the field rises from B_i to B_f")
def rise_of_a_magnetic_field(B_i: U["T"], B_f: U["T"]) -> U["T"]:
    """The change of a field that rises from B_i to B_f (a magnitude: Faraday's law takes it)."""
    return B_f - B_i


@law(output="dB", on="field", conditions=("B_i >= B_f",), assumes=("B_f >= 0", "B_i > B_f", "dB > 0"),
     valid="the field falls from B_i to B_f")
def fall_of_a_magnetic_field(B_i: U["T"], B_f: U["T"]) -> U["T"]:
    """The change of a field that falls from B_i to B_f (a magnitude, as its rise's)."""
    return B_i - B_f


@law(
    output="dPhi",
    on="coil",
    of={"dB": "field"},
    assumes=("dB > 0", "A > 0", "dPhi > 0"),
    valid="field along the normal of the area, area unchanged",
)
def flux_change_from_field_change(dB: U["T"], A: U["m^2"]) -> U["Wb"]:
    """Change of the magnetic flux through a flat area A when the perpendicular field through it
    changes by dB.
    """
    return dB * A


@law(
    output="V_pk",
    on="coil",
    of={"B": "field"},
    assumes=("N_t > 0", "B > 0", "A > 0", "omega > 0", "V_pk > 0"),
    valid="flat coil spinning at a steady rate about an axis perpendicular to a uniform field (an AC generator)",
)
def ac_generator_peak_emf(N_t: U["1"], B: U["T"], A: U["m^2"], omega: U["rad/s"]) -> U["V"]:
    """Peak emf of a coil of N_t turns of area A spinning at angular speed omega in a uniform
    field B (the emf is N B A omega sin(omega t))."""
    return N_t * B * A * omega


@law(
    output="V_pk",
    on="coil",
    assumes=("N_t > 0", "Phi_pk > 0", "omega > 0", "V_pk > 0"),
    valid="the flux through each turn varies sinusoidally (a generator, a pickup coil)",
)
def peak_emf_of_a_sinusoidal_flux(N_t: U["1"], Phi_pk: U["Wb"], omega: U["rad/s"]) -> U["V"]:
    """Peak emf of a coil of N_t turns whose flux per turn is Phi_pk sin(omega t) (Faraday's
    law: the emf is N_t Phi_pk omega cos(omega t))."""
    return N_t * Phi_pk * omega


@law(output="emf", on="coil", assumes=("N_t > 0", "dPhi > 0", "t > 0", "emf > 0"))
def faradays_law(N_t: U["1"], dPhi: U["Wb"], t: U["s"]) -> U["V"]:
    """Faraday's law: average emf induced in a coil of N_t turns when its flux changes by dPhi
    in time t.
    """
    return N_t * dPhi / t


@law(output="emf", on="coil", assumes=("L > 0", "dI > 0", "t > 0", "emf > 0"))
def self_induced_emf(L: U["H"], dI: U["A"], t: U["s"]) -> U["V"]:
    """Average emf induced in an inductor L when its current changes by dI in time t."""
    return L * dI / t


@law(output="E_L", on="coil", assumes=("L > 0", "I > 0", "E_L > 0"))
def inductor_energy(L: U["H"], I: U["A"]) -> U["J"]:
    """Energy stored in an inductor of inductance L carrying current I."""
    return L * I**2 / 2


@law(
    output="L",
    on="coil",
    assumes=("N_t > 0", "A > 0", "l > 0", "L > 0"),
    conditions=("sqrt(A) <= l/2",),
    valid="long solenoid (length well above its diameter), air core",
)
def solenoid_inductance(N_t: U["1"], A: U["m^2"], l: U["m"]) -> U["H"]:
    """Inductance of a long air-core solenoid of N_t turns, cross-section A and length l."""
    return mu_0 * N_t**2 * A / l


@law(output="tau", on="coil", of={"B": "field"}, assumes=("N_t > 0", "I > 0", "A > 0", "B > 0"))
def torque_on_current_loop(
        N_t: U["1"],
        I: U["A"],
        A: U["m^2"],
        B: U["T"],
        theta_n: U["rad"],
) -> U["N*m"]:
    """Torque on a coil of N_t turns and area A carrying current I in a field B at angle theta_n
    to its normal.
    """
    return N_t * I * A * B * sin(theta_n)


@law(output="mu_m", on="coil", assumes=("N_t > 0", "I > 0", "A > 0", "mu_m > 0"))
def magnetic_moment_of_coil(N_t: U["1"], I: U["A"], A: U["m^2"]) -> U["A*m^2"]:
    """Magnetic dipole moment of a flat coil of N_t turns and area A carrying current I."""
    return N_t * I * A


# ------------------------------------------------------------------------- transformers
@law(
    output="V_s",
    on="transformer",
    assumes=("V_p > 0", "N_s > 0", "N_p > 0", "V_s > 0"),
    valid="ideal transformer",
)
def transformer_voltage_ratio(V_p: U["V"], N_s: U["1"], N_p: U["1"]) -> U["V"]:
    """Secondary voltage of an ideal transformer from the primary voltage and turns ratio."""
    return V_p * N_s / N_p


@law(
    output="I_s",
    on="transformer",
    assumes=("I_p > 0", "N_p > 0", "N_s > 0", "I_s > 0"),
    valid="ideal transformer",
)
def transformer_current_ratio(I_p: U["A"], N_p: U["1"], N_s: U["1"]) -> U["A"]:
    """Secondary current of an ideal transformer from the primary current and turns ratio."""
    return I_p * N_p / N_s


@law(
    output="I_p",
    on="transformer",
    assumes=("V_s > 0", "I_s > 0", "V_p > 0", "I_p > 0"),
    valid="ideal transformer (no losses)",
)
def transformer_power_balance(V_s: U["V"], I_s: U["A"], V_p: U["V"]) -> U["A"]:
    """Primary current of an ideal transformer: the power in, V_p I_p, equals the power out,
    V_s I_s.
    """
    return V_s * I_s / V_p


@law(
    output="I_s",
    on="transformer",
    of={"R": "conductor"},
    assumes=("V_s > 0", "R > 0", "I_s > 0"),
    valid="a resistive load R alone across the secondary",
)
def transformer_secondary_load_current(V_s: U["V"], R: U["ohm"]) -> U["A"]:
    """Secondary current of a transformer whose secondary drives a load of resistance R."""
    return V_s / R


# ------------------------------------------------------------------ electromagnetic waves
@law(
    output="pr_rad",
    on="light",
    assumes=("I_int > 0", "pr_rad > 0"),
    valid="normal incidence, full absorption",
)
def radiation_pressure_absorbed(I_int: U["W/m^2"]) -> U["Pa"]:
    """Radiation pressure of light of intensity I_int fully absorbed by a surface."""
    return I_int / c


@law(output="I_int", on="light", assumes=("E_field > 0", "I_int > 0"), valid="plane wave in vacuum")
def em_wave_intensity(E_field: U["V/m"]) -> U["W/m^2"]:
    """Intensity of a plane electromagnetic wave of electric field amplitude E_field in vacuum."""
    return c * epsilon_0 * E_field**2 / 2


@law(output="B", on="light", assumes=("E_field > 0", "B > 0"), valid="plane wave in vacuum", cost=2)
def em_wave_magnetic_field(E_field: U["V/m"]) -> U["T"]:
    """Magnetic field amplitude of a plane electromagnetic wave of electric field amplitude
    E_field.
    """
    return E_field / c
