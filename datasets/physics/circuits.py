"""Circuits: Ohm's law, power, series and parallel combinations, RC and RL
transients, AC reactance, impedance and RMS values.
"""
from math import sqrt, exp, cos, pi

from oracle.laws import U, codata, law

q_e: U["C"] = codata("elementary charge")


@law(output="V", assumes=("I > 0", "R > 0", "V > 0"), valid="ohmic conductor")
def ohms_law(I: U["A"], R: U["ohm"]) -> U["V"]:
    """Ohm's law: voltage across a resistance R carrying current I."""
    return I * R


@law(output="P", assumes=("V > 0", "I > 0", "P > 0"))
def electric_power(V: U["V"], I: U["A"]) -> U["W"]:
    """Electric power of a component with voltage V across it and current I through it."""
    return V * I


@law(output="P", assumes=("I > 0", "R > 0", "P > 0"))
def joule_heating(I: U["A"], R: U["ohm"]) -> U["W"]:
    """Power dissipated in a resistance R carrying current I."""
    return I**2 * R


@law(output="P", assumes=("V > 0", "R > 0", "P > 0"))
def power_from_voltage_and_resistance(V: U["V"], R: U["ohm"]) -> U["W"]:
    """Power dissipated in a resistance R with voltage V across it."""
    return V**2 / R


@law(output="R_ser", assumes=("R1 > 0", "R2 > 0", "R_ser > 0"))
def resistors_in_series(R1: U["ohm"], R2: U["ohm"]) -> U["ohm"]:
    """Equivalent resistance of two resistors in series."""
    return R1 + R2


@law(output="R_par", assumes=("R1 > 0", "R2 > 0", "R_par > 0"))
def resistors_in_parallel(R1: U["ohm"], R2: U["ohm"]) -> U["ohm"]:
    """Equivalent resistance of two resistors in parallel."""
    return R1 * R2 / (R1 + R2)


@law(output="I_ser", assumes=("V > 0", "R_ser > 0", "I_ser > 0"),
     valid="two resistors in series with the voltage V across the pair")
def series_circuit_current(V: U["V"], R_ser: U["ohm"]) -> U["A"]:
    """Current through two resistors in series with a voltage V across the pair."""
    return V / R_ser


@law(output="I_par", assumes=("V > 0", "R_par > 0", "I_par > 0"),
     valid="two resistors in parallel with the voltage V across each")
def parallel_circuit_current(V: U["V"], R_par: U["ohm"]) -> U["A"]:
    """Total current drawn by two resistors in parallel with a voltage V across them."""
    return V / R_par


@law(output="C_par", assumes=("C1 > 0", "C2 > 0", "C_par > 0"))
def capacitors_in_parallel(C1: U["F"], C2: U["F"]) -> U["F"]:
    """Equivalent capacitance of two capacitors in parallel."""
    return C1 + C2


@law(output="C_ser", assumes=("C1 > 0", "C2 > 0", "C_ser > 0"))
def capacitors_in_series(C1: U["F"], C2: U["F"]) -> U["F"]:
    """Equivalent capacitance of two capacitors in series."""
    return C1 * C2 / (C1 + C2)


@law(
    output="R",
    assumes=("rho_e > 0", "l > 0", "A > 0", "R > 0"),
    valid="uniform wire, constant temperature",
)
def resistance_of_wire(rho_e: U["ohm*m"], l: U["m"], A: U["m^2"]) -> U["ohm"]:
    """Resistance of a wire of resistivity rho_e, length l and cross-section A."""
    return rho_e * l / A


@law(output="G_c", assumes=("R > 0", "G_c > 0"))
def conductance(R: U["ohm"]) -> U["S"]:
    """Conductance is the reciprocal of resistance."""
    return 1 / R


@law(output="tau_c", assumes=("R > 0", "C > 0", "tau_c > 0"))
def rc_time_constant(R: U["ohm"], C: U["F"]) -> U["s"]:
    """Time constant of a circuit of resistance R and capacitance C."""
    return R * C


@law(output="tau_c", assumes=("L > 0", "R > 0", "tau_c > 0"))
def rl_time_constant(L: U["H"], R: U["ohm"]) -> U["s"]:
    """Time constant of a circuit of inductance L and resistance R."""
    return L / R


@law(
    output="V_C",
    assumes=("emf > 0", "t > 0", "tau_c > 0", "V_C > 0"),
    valid="series RC circuit, capacitor initially uncharged",
)
def capacitor_charging_voltage(emf: U["V"], t: U["s"], tau_c: U["s"]) -> U["V"]:
    """Voltage across a capacitor charging from zero through a resistor from an emf, after a
    time t.
    """
    return emf * (1 - exp(-t / tau_c))


@law(
    output="V_C",
    assumes=("V_0 > 0", "t > 0", "tau_c > 0", "V_C > 0"),
    valid="series RC circuit",
)
def capacitor_discharge_voltage(V_0: U["V"], t: U["s"], tau_c: U["s"]) -> U["V"]:
    """Voltage across a capacitor discharging through a resistor, after a time t."""
    return V_0 * exp(-t / tau_c)


@law(
    output="I",
    assumes=("emf > 0", "t > 0", "tau_c > 0", "R > 0", "I > 0"),
    valid="series RL circuit, current initially zero",
)
def rl_current_growth(emf: U["V"], t: U["s"], tau_c: U["s"], R: U["ohm"]) -> U["A"]:
    """Current in a series RL circuit a time t after an emf is switched on."""
    return emf * (1 - exp(-t / tau_c)) / R


@law(output="f", assumes=("L > 0", "C > 0", "f > 0"), valid="ideal components")
def lc_resonant_frequency(L: U["H"], C: U["F"]) -> U["Hz"]:
    """Resonant frequency of an LC (or series RLC) circuit."""
    return 1 / (2 * pi * sqrt(L * C))


@law(output="X_L", assumes=("f > 0", "L > 0", "X_L > 0"))
def inductive_reactance(f: U["Hz"], L: U["H"]) -> U["ohm"]:
    """Reactance of an inductor L at frequency f."""
    return 2 * pi * f * L


@law(output="X_C", assumes=("f > 0", "C > 0", "X_C > 0"))
def capacitive_reactance(f: U["Hz"], C: U["F"]) -> U["ohm"]:
    """Reactance of a capacitor C at frequency f."""
    return 1 / (2 * pi * f * C)


@law(
    output="Z_imp",
    assumes=("R > 0", "X_L > 0", "X_C > 0", "Z_imp > 0"),
    valid="sinusoidal steady state",
)
def series_rlc_impedance(R: U["ohm"], X_L: U["ohm"], X_C: U["ohm"]) -> U["ohm"]:
    """Impedance of a series RLC circuit."""
    return sqrt(R**2 + (X_L - X_C)**2)


@law(output="V_rms", assumes=("V_pk > 0", "V_rms > 0"), valid="sinusoidal waveform")
def rms_voltage(V_pk: U["V"]) -> U["V"]:
    """RMS value of a sinusoidal voltage of peak V_pk."""
    return V_pk / sqrt(2)


@law(output="I_rms", assumes=("I_pk > 0", "I_rms > 0"), valid="sinusoidal waveform")
def rms_current(I_pk: U["A"]) -> U["A"]:
    """RMS value of a sinusoidal current of peak I_pk."""
    return I_pk / sqrt(2)


@law(
    output="V_rms",
    assumes=("I_rms > 0", "Z_imp > 0", "V_rms > 0"),
    valid="sinusoidal steady state",
)
def ac_ohms_law(I_rms: U["A"], Z_imp: U["ohm"]) -> U["V"]:
    """RMS voltage across an impedance Z_imp carrying RMS current I_rms."""
    return I_rms * Z_imp


@law(
    output="I_rms",
    assumes=("V_rms > 0", "R > 0", "I_rms > 0"),
    valid="purely resistive AC load (impedance equal to R)",
    cost=4,  # Z_imp = R special case: the impedance path (X_L, X_C -> Z_imp -> I_rms) must win
)
def rms_current_in_resistor(V_rms: U["V"], R: U["ohm"]) -> U["A"]:
    """RMS current through a resistance R with an RMS voltage V_rms across it (no reactance)."""
    return V_rms / R


@law(output="P", assumes=("V_rms > 0", "I_rms > 0", "P > 0"), valid="sinusoidal steady state")
def ac_power(V_rms: U["V"], I_rms: U["A"], phi: U["rad"]) -> U["W"]:
    """Average power in an AC circuit with phase angle phi between voltage and current."""
    return V_rms * I_rms * cos(phi)


@law(output="P", assumes=("I_rms > 0", "R > 0", "P > 0"))
def ac_resistive_power(I_rms: U["A"], R: U["ohm"]) -> U["W"]:
    """Average power dissipated in a resistance R carrying an RMS current I_rms."""
    return I_rms**2 * R


@law(output="V", assumes=("emf > 0", "I > 0", "r_int > 0", "V > 0"))
def terminal_voltage(emf: U["V"], I: U["A"], r_int: U["ohm"]) -> U["V"]:
    """Terminal voltage of a source of emf with internal resistance r_int delivering current I."""
    return emf - I * r_int


@law(output="I", assumes=("emf > 0", "R > 0", "r_int > 0", "I > 0"))
def current_with_internal_resistance(emf: U["V"], R: U["ohm"], r_int: U["ohm"]) -> U["A"]:
    """Current drawn from a source of emf and internal resistance r_int by an external
    resistance R.
    """
    return emf / (R + r_int)


@law(output="I", assumes=("q > 0", "t > 0", "I > 0"))
def current_definition(q: U["C"], t: U["s"]) -> U["A"]:
    """Current: charge q flowing past a point in a time t."""
    return q / t


@law(output="E", assumes=("P > 0", "t > 0", "E > 0"))
def electrical_energy(P: U["W"], t: U["s"]) -> U["J"]:
    """Energy transferred by a device of power P running for a time t."""
    return P * t


@law(
    output="I",
    assumes=("n_e > 0", "A > 0", "v_d > 0", "I > 0"),
    valid="carriers of one elementary charge each",
)
def drift_velocity_current(n_e: U["1/m^3"], A: U["m^2"], v_d: U["m/s"]) -> U["A"]:
    """Current carried by charge carriers of density n_e with drift velocity v_d through a
    cross-section A.
    """
    return n_e * q_e * A * v_d


@law(
    output="V_out",
    assumes=("V_in > 0", "R2 > 0", "R1 > 0", "V_out > 0"),
    valid="no load on the output",
)
def voltage_divider(V_in: U["V"], R2: U["ohm"], R1: U["ohm"]) -> U["V"]:
    """Output voltage across R2 of an unloaded voltage divider R1, R2."""
    return V_in * R2 / (R1 + R2)
