"""Circuits: Ohm's law, power, series and parallel combinations, sources with internal
resistance, battery capacity, RC and RL transients, AC reactance, impedance and RMS values.

Objects (``objects.py``): a ``conductor`` is anything with a voltage across it and a current
through it, an element or a whole network; a ``circuit`` is the load a source drives, taken as
a whole (its V is the source's terminal voltage, its I the current delivered, its R the
external resistance), and its source, a ``battery``, is a partner (emf, internal resistance,
capacity). A ``series circuit`` or ``parallel circuit`` has the elements as numbered members:
its own R, C, V, I are the equivalent values, so "the current" with two resistors and a
voltage is derived only once the connection is known.
"""
from math import sqrt, exp, cos, log, pi

from oracle.laws import U, codata, law

q_e: U["C"] = codata("elementary charge")


# -------------------------------------------------------------------- one element
@law(output="V", on="conductor", assumes=("I > 0", "R > 0", "V > 0"), valid="ohmic conductor")
def ohms_law(I: U["A"], R: U["ohm"]) -> U["V"]:
    """Ohm's law: voltage across a resistance R carrying current I."""
    return I * R


@law(output="P", on="conductor", assumes=("V > 0", "I > 0", "P > 0"))
def electric_power(V: U["V"], I: U["A"]) -> U["W"]:
    """Electric power of a component with voltage V across it and current I through it."""
    return V * I


@law(output="P", on="conductor", assumes=("I > 0", "R > 0", "P > 0"))
def joule_heating(I: U["A"], R: U["ohm"]) -> U["W"]:
    """Power dissipated in a resistance R carrying current I."""
    return I**2 * R


@law(output="P", on="conductor", assumes=("V > 0", "R > 0", "P > 0"))
def power_from_voltage_and_resistance(V: U["V"], R: U["ohm"]) -> U["W"]:
    """Power dissipated in a resistance R with voltage V across it."""
    return V**2 / R


@law(output="G_c", on="conductor", assumes=("R > 0", "G_c > 0"))
def conductance(R: U["ohm"]) -> U["S"]:
    """Conductance is the reciprocal of resistance."""
    return 1 / R


@law(output="I", on="conductor", assumes=("q > 0", "t > 0", "I > 0"),
     premise="the current is steady, or I its average over t (not a capacitor's {charging} or "
             "{discharging} current, whose size falls as it goes, nor a {discharge})")
def current_definition(q: U["C"], t: U["s"]) -> U["A"]:
    """Current: charge q flowing past a point in a time t."""
    return q / t


@law(output="E", on="conductor", assumes=("q > 0", "V > 0", "E > 0"),
     premise="the charge passes through the whole potential difference (not the energy {stored} by a "
             "{capacitor}, whose voltage falls as it charges: half of qV; nor a {capacitance}); only where the "
             "question says so: a charge [transferred], [delivered], [moved], [carried], [passed] or that "
             "[passes] or [flows], a [lightning] stroke, a [bolt], a [flash] or a [spark]")
def energy_carried_by_charge(q: U["C"], V: U["V"]) -> U["J"]:
    """Energy a charge q transfers passing through a potential difference V (a battery's
    delivered charge, a lightning stroke): the work the field does on it."""
    return q * V


@law(output="E", on="conductor", assumes=("P > 0", "t > 0", "E > 0"))
def electrical_energy(P: U["W"], t: U["s"]) -> U["J"]:
    """Energy transferred by a device of power P running for a time t."""
    return P * t


@law(
    output="I",
    on="conductor",
    assumes=("emf > 0", "R > 0", "I > 0"),
    valid="R is the whole resistance around the loop the emf drives (no other emf)",
    premise="no resistance inside the source (no {internal} resistance: the law of a source's internal "
            "resistance takes it)",
    cost=2,
)
def current_driven_by_emf(emf: U["V"], R: U["ohm"]) -> U["A"]:
    """Current driven by an emf (induced in a coil or rod, or of an ideal source) around a
    closed loop of total resistance R.
    """
    return emf / R


@law(
    output="R",
    on="wire",
    assumes=("rho_e > 0", "l > 0", "A > 0", "R > 0"),
    valid="uniform wire, constant temperature",
)
def resistance_of_wire(rho_e: U["ohm*m"], l: U["m"], A: U["m^2"]) -> U["ohm"]:
    """Resistance of a wire of resistivity rho_e, length l and cross-section A."""
    return rho_e * l / A


@law(
    output="I",
    on="wire",
    assumes=("n_e > 0", "A > 0", "v_d > 0", "I > 0"),
    valid="carriers of one elementary charge each",
)
def drift_velocity_current(n_e: U["1/m^3"], A: U["m^2"], v_d: U["m/s"]) -> U["A"]:
    """Current carried by charge carriers of density n_e with drift velocity v_d through a
    cross-section A.
    """
    return n_e * q_e * A * v_d


# ---------------------------------------------------- a source and the circuit it drives
@law(
    output="V",
    on="circuit",
    of={"emf": "battery"},
    assumes=("emf > 0", "I > 0", "r_int > 0", "V > 0"),
)
def terminal_voltage(emf: U["V"], I: U["A"], r_int: U["ohm"]) -> U["V"]:
    """Terminal voltage of a source of emf with internal resistance r_int delivering current I
    (the voltage across the circuit it drives).
    """
    return emf - I * r_int


@law(
    output="P_load_max",
    on="circuit",
    of={"emf": "battery"},
    assumes=("emf > 0", "r_int > 0", "P_load_max > 0"),
    valid="a resistive load matched to the source (R = r_int): the maximum power transfer theorem",
)
def maximum_power_to_a_load(emf: U["V"], r_int: U["ohm"]) -> U["W"]:
    """Most power a source of emf and internal resistance r_int can deliver to a resistive
    load, when the load's resistance equals r_int."""
    return emf**2 / (4 * r_int)


@law(
    output="I",
    on="circuit",
    of={"emf": "battery"},
    assumes=("emf > 0", "R > 0", "r_int > 0", "I > 0"),
)
def current_with_internal_resistance(emf: U["V"], R: U["ohm"], r_int: U["ohm"]) -> U["A"]:
    """Current drawn from a source of emf and internal resistance r_int by an external
    resistance R.
    """
    return emf / (R + r_int)


@law(
    output="V",
    on="circuit",
    of={"emf": "battery"},
    assumes=("emf > 0", "V > 0"),
    valid="ideal source: internal resistance negligible",
    premise="an ideal source (no {internal} resistance)",
    cost=3,  # r_int = 0 special case: with r_int given, terminal_voltage (two steps) must win
)
def terminal_voltage_of_ideal_source(emf: U["V"]) -> U["V"]:
    """Voltage across a circuit driven by an ideal source of emf (no internal resistance)."""
    return emf


@law(
    output="V",
    on="conductor",
    assumes=("emf > 0", "V > 0"),
    valid="the element alone across an ideal source of emf (no internal resistance, no other element)",
    premise="the element is alone across the source, or in parallel (not {series}); an ideal source "
            "(no {internal} resistance)",
    cost=3,  # as the ideal source's: a circuit's own laws win where they apply
)
def voltage_across_a_lone_element(emf: U["V"]) -> U["V"]:
    """Voltage across an element (a kettle's heating element on the mains, a bulb on a
    battery) that alone closes the circuit of an ideal source of emf: the supply's voltage."""
    return emf


@law(output="E_bat", on="battery", assumes=("q_cap > 0", "emf > 0", "E_bat > 0"),
     valid="emf constant over the discharge (the nominal voltage)")
def battery_stored_energy(q_cap: U["C"], emf: U["V"]) -> U["J"]:
    """Energy stored in a battery of charge capacity q_cap (e.g. in mAh) and nominal emf."""
    return q_cap * emf


@law(output="t", on="conductor", assumes=("q_cap > 0", "I > 0", "t > 0"),
     valid="steady current until the battery is flat")
def battery_running_time(q_cap: U["C"], I: U["A"]) -> U["s"]:
    """Time a battery of charge capacity q_cap runs a circuit drawing a steady current I."""
    return q_cap / I


# ------------------------------------------------------- series and parallel members
@law(output="R", on="series circuit", members="conductor", assumes=("R1 > 0", "R2 > 0", "R > 0"))
def resistors_in_series(R1: U["ohm"], R2: U["ohm"]) -> U["ohm"]:
    """Equivalent resistance of two resistors in series."""
    return R1 + R2


@law(output="R", on="parallel circuit", members="conductor", assumes=("R1 > 0", "R2 > 0", "R > 0"))
def resistors_in_parallel(R1: U["ohm"], R2: U["ohm"]) -> U["ohm"]:
    """Equivalent resistance of two resistors in parallel."""
    return R1 * R2 / (R1 + R2)


@law(output="R", on="series circuit", members="conductor", assumes=("N_el > 0", "R1 > 0", "R > 0"),
     valid="N_el identical elements, each of resistance R1")
def identical_resistors_in_series(N_el: U["1"], R1: U["ohm"]) -> U["ohm"]:
    """Equivalent resistance of N_el identical resistors R1 in series."""
    return N_el * R1


@law(output="R", on="parallel circuit", members="conductor", assumes=("N_el > 0", "R1 > 0", "R > 0"),
     valid="N_el identical elements, each of resistance R1")
def identical_resistors_in_parallel(R1: U["ohm"], N_el: U["1"]) -> U["ohm"]:
    """Equivalent resistance of N_el identical resistors R1 in parallel."""
    return R1 / N_el


@law(output="I1", on="series circuit", members="conductor", assumes=("I > 0", "I1 > 0"))
def series_elements_share_the_current(I: U["A"]) -> U["A"]:
    """Each element of a series circuit carries the circuit's current I."""
    return I


@law(output="R", on="led", assumes=("emf > V_f", "V_f > 0", "I > 0", "R > 0"),
     valid="R the resistor in series with the LED (an LED is no resistor of its own)")
def led_series_resistor(emf: U["V"], V_f: U["V"], I: U["A"]) -> U["ohm"]:
    """The resistor in series with an LED on a supply of emf: it takes the voltage the LED's
    forward voltage leaves, at the LED's current."""
    return (emf - V_f) / I


@law(output="V", on="series circuit", members="conductor", assumes=("V1 > 0", "V2 > 0", "V > 0"))
def series_voltages_add(V1: U["V"], V2: U["V"]) -> U["V"]:
    """The voltage across two elements in series is the sum of the voltages across each."""
    return V1 + V2


@law(output="V1", on="parallel circuit", members="conductor", assumes=("V > 0", "V1 > 0"))
def parallel_elements_share_the_voltage(V: U["V"]) -> U["V"]:
    """Each element of a parallel circuit has the circuit's voltage V across it."""
    return V


@law(output="I", on="parallel circuit", members="conductor", assumes=("I1 > 0", "I2 > 0", "I > 0"))
def parallel_currents_add(I1: U["A"], I2: U["A"]) -> U["A"]:
    """The current into two elements in parallel is the sum of the currents through each."""
    return I1 + I2


@law(output="P", on="circuit", members="conductor", assumes=("P1 > 0", "P2 > 0", "P > 0"),
     valid="the circuit is made of these two elements")
def total_power_of_two_elements(P1: U["W"], P2: U["W"]) -> U["W"]:
    """Total power of a circuit of two elements, however connected: the sum of their powers."""
    return P1 + P2


@law(
    output="V2",
    on="series circuit",
    members="conductor",
    assumes=("V > 0", "R2 > 0", "R1 > 0", "V2 > 0"),
    valid="nothing else connected across the elements (an unloaded divider)",
)
def voltage_divider(V: U["V"], R2: U["ohm"], R1: U["ohm"]) -> U["V"]:
    """Voltage across the second of two resistors R1, R2 in series with V across the pair."""
    return V * R2 / (R1 + R2)


@law(output="C", on="parallel circuit", members="capacitor", assumes=("C1 > 0", "C2 > 0", "C > 0"))
def capacitors_in_parallel(C1: U["F"], C2: U["F"]) -> U["F"]:
    """Equivalent capacitance of two capacitors in parallel."""
    return C1 + C2


@law(output="C", on="series circuit", members="capacitor", assumes=("C1 > 0", "C2 > 0", "C > 0"))
def capacitors_in_series(C1: U["F"], C2: U["F"]) -> U["F"]:
    """Equivalent capacitance of two capacitors in series."""
    return C1 * C2 / (C1 + C2)


@law(output="q", on="circuit", assumes=("C > 0", "V > 0", "q > 0"),
     valid="capacitors fully charged (C is the equivalent capacitance of the circuit)")
def charge_on_capacitor_network(C: U["F"], V: U["V"]) -> U["C"]:
    """Charge drawn from the source by a network of capacitors of equivalent capacitance C at
    voltage V.
    """
    return C * V


@law(output="q1", on="series circuit", members="capacitor", assumes=("q > 0", "q1 > 0"))
def series_capacitors_share_the_charge(q: U["C"]) -> U["C"]:
    """Each capacitor in series holds the same charge q as the combination."""
    return q


@law(output="V", on="series circuit", members="capacitor", assumes=("V1 > 0", "V2 > 0", "V > 0"))
def series_capacitor_voltages_add(V1: U["V"], V2: U["V"]) -> U["V"]:
    """The voltage across two capacitors in series is the sum of the voltages across each."""
    return V1 + V2


@law(output="V1", on="parallel circuit", members="capacitor", assumes=("V > 0", "V1 > 0"))
def parallel_capacitors_share_the_voltage(V: U["V"]) -> U["V"]:
    """Each capacitor in parallel has the combination's voltage V across it."""
    return V


@law(output="q", on="parallel circuit", members="capacitor", assumes=("q1 > 0", "q2 > 0", "q > 0"))
def parallel_capacitor_charges_add(q1: U["C"], q2: U["C"]) -> U["C"]:
    """The charge on two capacitors in parallel is the sum of the charges on each."""
    return q1 + q2


# ------------------------------------------------------------------ transients
@law(output="tau_c", on="circuit", assumes=("R > 0", "C > 0", "tau_c > 0"))
def rc_time_constant(R: U["ohm"], C: U["F"]) -> U["s"]:
    """Time constant of a circuit of resistance R and capacitance C."""
    return R * C


@law(output="tau_c", on="circuit", assumes=("L > 0", "R > 0", "tau_c > 0"))
def rl_time_constant(L: U["H"], R: U["ohm"]) -> U["s"]:
    """Time constant of a circuit of inductance L and resistance R."""
    return L / R


@law(
    output="V_C",
    on="circuit",
    of={"emf": "battery"},
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
    on="circuit",
    assumes=("V_0 > 0", "t > 0", "tau_c > 0", "V_C > 0"),
    valid="series RC circuit",
)
def capacitor_discharge_voltage(V_0: U["V"], t: U["s"], tau_c: U["s"]) -> U["V"]:
    """Voltage across a capacitor discharging through a resistor, after a time t."""
    return V_0 * exp(-t / tau_c)


@law(
    output="I_t",
    on="circuit",
    of={"emf": "battery"},
    assumes=("emf > 0", "R > 0", "t > 0", "tau_c > 0", "I_t > 0"),
    valid="series RC circuit, capacitor initially uncharged",
)
def rc_charging_current(emf: U["V"], R: U["ohm"], t: U["s"], tau_c: U["s"]) -> U["A"]:
    """Current in a series RC circuit a time t after an emf starts charging the capacitor."""
    return emf * exp(-t / tau_c) / R


@law(
    output="t",
    on="circuit",
    assumes=("tau_c > 0", "frac_chg > 0", "frac_chg < 1", "t > 0"),
    valid="series RC circuit, capacitor charging from zero",
)
def rc_time_to_charge_fraction(tau_c: U["s"], frac_chg: U["1"]) -> U["s"]:
    """Time for a capacitor charging from zero through a resistor to reach the fraction
    frac_chg of its final voltage (or charge): V = emf (1 - exp(-t/tau))."""
    return -tau_c * log(1 - frac_chg)


@law(
    output="t_half_rc",
    on="circuit",
    assumes=("tau_c > 0", "t_half_rc > 0"),
    valid="series RC circuit discharging (or RL current decaying)",
)
def rc_half_time(tau_c: U["s"]) -> U["s"]:
    """Time for a capacitor discharging through a resistor to fall to half its voltage."""
    return tau_c * log(2)


@law(
    output="I_t",
    on="circuit",
    of={"emf": "battery"},
    assumes=("emf > 0", "t > 0", "tau_c > 0", "R > 0", "I_t > 0"),
    valid="series RL circuit, current initially zero",
)
def rl_current_growth(emf: U["V"], t: U["s"], tau_c: U["s"], R: U["ohm"]) -> U["A"]:
    """Current in a series RL circuit a time t after an emf is switched on."""
    return emf * (1 - exp(-t / tau_c)) / R


# ------------------------------------------------------------------------- AC
@law(output="f", on="circuit", assumes=("L > 0", "C > 0", "f > 0"), valid="ideal components")
def lc_resonant_frequency(L: U["H"], C: U["F"]) -> U["Hz"]:
    """Resonant frequency of an LC (or series RLC) circuit."""
    return 1 / (2 * pi * sqrt(L * C))


# The supply frequency is the source's (a partner): a circuit's own f is its resonant
# frequency, so L and C alone never give reactances "at resonance".
@law(output="X_L", on="conductor", of={"f": "battery"}, assumes=("f > 0", "L > 0", "X_L > 0"))
def inductive_reactance(f: U["Hz"], L: U["H"]) -> U["ohm"]:
    """Reactance of an inductor L at the supply frequency f."""
    return 2 * pi * f * L


@law(output="X_C", on="capacitor", assumes=("f > 0", "C > 0", "X_C > 0"),
     valid="a sinusoidal voltage of frequency f across the capacitor")
def capacitive_reactance(f: U["Hz"], C: U["F"]) -> U["ohm"]:
    """Reactance of a capacitor C to a sinusoidal voltage of frequency f (the supply's: a
    capacitor has no frequency of its own)."""
    return 1 / (2 * pi * f * C)


@law(output="X_C", on="circuit", of={"f": "battery"}, assumes=("f > 0", "C > 0", "X_C > 0"))
def capacitive_reactance_of_circuit(f: U["Hz"], C: U["F"]) -> U["ohm"]:
    """Capacitive reactance of a circuit of capacitance C at the supply frequency f."""
    return 1 / (2 * pi * f * C)


@law(output="I_rms", on="capacitor", assumes=("V_rms > 0", "X_C > 0", "I_rms > 0"),
     valid="a capacitor alone across a sinusoidal supply (no resistance in series)")
def rms_current_through_a_capacitor(V_rms: U["V"], X_C: U["ohm"]) -> U["A"]:
    """RMS current through a capacitor of reactance X_C across a sinusoidal supply of rms
    voltage V_rms (a power-factor capacitor on the mains)."""
    return V_rms / X_C


@law(output="I_rms", on="conductor", assumes=("V_rms > 0", "X_L > 0", "I_rms > 0"),
     valid="an inductor alone across a sinusoidal supply (resistance negligible)")
def rms_current_through_an_inductor(V_rms: U["V"], X_L: U["ohm"]) -> U["A"]:
    """RMS current through an inductor of reactance X_L across a sinusoidal supply of rms
    voltage V_rms (a choke whose resistance is negligible)."""
    return V_rms / X_L


@law(
    output="Z_imp",
    on="circuit",
    assumes=("R > 0", "X_L > 0", "X_C > 0", "Z_imp > 0"),
    valid="sinusoidal steady state",
)
def series_rlc_impedance(R: U["ohm"], X_L: U["ohm"], X_C: U["ohm"]) -> U["ohm"]:
    """Impedance of a series RLC circuit."""
    return sqrt(R**2 + (X_L - X_C)**2)


@law(output="V_rms", on="conductor", assumes=("V_pk > 0", "V_rms > 0"), valid="sinusoidal waveform")
def rms_voltage(V_pk: U["V"]) -> U["V"]:
    """RMS value of a sinusoidal voltage of peak V_pk."""
    return V_pk / sqrt(2)


@law(output="I_pk", on="conductor", assumes=("V_pk > 0", "R > 0", "I_pk > 0"),
     valid="resistive load (no inductance or capacitance)")
def peak_current_in_resistor(V_pk: U["V"], R: U["ohm"]) -> U["A"]:
    """Peak current through a resistance R driven by an alternating voltage of peak V_pk."""
    return V_pk / R


@law(output="I_rms", on="conductor", assumes=("I_pk > 0", "I_rms > 0"), valid="sinusoidal waveform")
def rms_current(I_pk: U["A"]) -> U["A"]:
    """RMS value of a sinusoidal current of peak I_pk."""
    return I_pk / sqrt(2)


@law(
    output="V_rms",
    on="conductor",
    assumes=("I_rms > 0", "Z_imp > 0", "V_rms > 0"),
    valid="sinusoidal steady state",
)
def ac_ohms_law(I_rms: U["A"], Z_imp: U["ohm"]) -> U["V"]:
    """RMS voltage across an impedance Z_imp carrying RMS current I_rms."""
    return I_rms * Z_imp


@law(
    output="I_rms",
    on="conductor",
    assumes=("V_rms > 0", "R > 0", "I_rms > 0"),
    valid="purely resistive AC load (impedance equal to R)",
    cost=4,  # Z_imp = R special case: the impedance path (X_L, X_C -> Z_imp -> I_rms) must win
)
def rms_current_in_resistor(V_rms: U["V"], R: U["ohm"]) -> U["A"]:
    """RMS current through a resistance R with an RMS voltage V_rms across it (no reactance)."""
    return V_rms / R


@law(output="P", on="conductor", assumes=("V_rms > 0", "I_rms > 0", "P > 0"), valid="sinusoidal steady state")
def ac_power(V_rms: U["V"], I_rms: U["A"], phi: U["rad"]) -> U["W"]:
    """Average power in an AC circuit with phase angle phi between voltage and current."""
    return V_rms * I_rms * cos(phi)


@law(output="P", on="conductor", assumes=("V_rms > 0", "I_rms > 0", "P > 0"),
     valid="a resistive load (a heater, a kettle, a lamp): current in phase with the voltage")
def ac_power_of_resistive_load(V_rms: U["V"], I_rms: U["A"]) -> U["W"]:
    """Average power of a resistive AC load: the rms voltage times the rms current."""
    return V_rms * I_rms


@law(output="P", on="conductor", assumes=("I_rms > 0", "R > 0", "P > 0"))
def ac_resistive_power(I_rms: U["A"], R: U["ohm"]) -> U["W"]:
    """Average power dissipated in a resistance R carrying an RMS current I_rms."""
    return I_rms**2 * R


@law(output="P_pk", on="conductor", assumes=("V_pk > 0", "R > 0", "P_pk > 0"),
     valid="purely resistive AC load (voltage and current in phase)")
def peak_power_in_resistor(V_pk: U["V"], R: U["ohm"]) -> U["W"]:
    """Peak instantaneous power in a resistance R with a sinusoidal voltage of peak V_pk across
    it.
    """
    return V_pk**2 / R


@law(output="P", on="conductor", assumes=("V_rms > 0", "I_rms > 0", "pf > 0", "P > 0"),
     valid="sinusoidal steady state; pf the power factor (cos of the phase angle)")
def ac_power_with_power_factor(V_rms: U["V"], I_rms: U["A"], pf: U["1"]) -> U["W"]:
    """Real (average) power drawn by an AC load: rms voltage times rms current times the power
    factor."""
    return V_rms * I_rms * pf


@law(output="t", on="conductor", assumes=("E_bat > 0", "P > 0", "t > 0"),
     valid="steady load until the battery is flat, all the stored energy usable, no losses")
def battery_running_time_from_energy(E_bat: U["J"], P: U["W"]) -> U["s"]:
    """How long a battery storing an energy E_bat runs a load drawing a power P."""
    return E_bat / P


@law(output="t", on="conductor", assumes=("E_bat > 0", "P > 0", "eta > 0", "eta <= 1", "t > 0"),
     valid="a steady load P fed through a converter (an inverter) of efficiency eta until the battery is flat",
     premise="the battery [runs] or [powers] a load, [backup] power ([discharging]; not {charging} "
             "it, nor a {charger})")
def battery_running_time_through_a_converter(E_bat: U["J"], P: U["W"], eta: U["1"]) -> U["s"]:
    """How long a battery storing E_bat runs a load drawing a power P through a converter that
    passes on the fraction eta of what it draws (a UPS's inverter): E_bat eta / P."""
    return E_bat * eta / P


@law(output="t", on="conductor", assumes=("E_bat > 0", "P > 0", "eta > 0", "eta <= 1", "t > 0"),
     valid="a steady charging power P, of which the fraction eta is stored, from flat to full",
     premise="the battery is [charging] (a [charger] fills it; not {discharging}, {backup} power, nor a "
             "load it {runs})")
def battery_charging_time(E_bat: U["J"], P: U["W"], eta: U["1"]) -> U["s"]:
    """How long a charger delivering a power P takes to fill a battery storing E_bat when the
    fraction eta of what it delivers is stored (a phone on an 18 W charger, 85% efficient)."""
    return E_bat / (eta * P)


@law(output="P_loss", on="wire", assumes=("P_tx > 0", "V_tx > 0", "R > 0", "P_loss > 0"),
     valid="DC or unity power factor (single-phase equivalent); the loss small beside the power sent")
def transmission_line_loss(P_tx: U["W"], V_tx: U["V"], R: U["ohm"]) -> U["W"]:
    """Heat lost in a transmission line of resistance R carrying a power P_tx at a voltage V_tx:
    the line current is P_tx / V_tx and the loss I^2 R (V_tx is not the voltage across R)."""
    return (P_tx / V_tx) ** 2 * R


@law(output="P", on="conductor", assumes=("V > 0", "I > 0", "pf > 0", "P > 0"),
     valid="sinusoidal steady state, V and I the rms values (as AC supplies and loads are quoted)")
def real_power_from_quoted_ac_values(V: U["V"], I: U["A"], pf: U["1"]) -> U["W"]:
    """Real power of an AC load quoted by its supply voltage V and current I (rms) and power
    factor pf: V I pf."""
    return V * I * pf
