"""Thermodynamics: ideal gases, heat and calorimetry, expansion, heat transfer,
engines and entropy, kinetic theory.
"""
from math import sqrt, log, exp

from oracle.laws import U, codata, law

R_gas: U["J/(mol*K)"] = codata("molar gas constant")
k_B: U["J/K"] = codata("Boltzmann constant")
N_A: U["1/mol"] = codata("Avogadro constant")
sigma_SB: U["W/(m^2*K^4)"] = codata("Stefan-Boltzmann constant")
p_atm: U["Pa"] = codata("standard atmosphere")
g_n: U["m/s^2"] = codata("standard acceleration of gravity")
b_wien: U["m*K"] = codata("Wien wavelength displacement law constant")


@law(output="pr", on="gas", assumes=("n > 0", "T > 0", "Vol > 0", "pr > 0"), valid="ideal gas")
def ideal_gas_law(n: U["mol"], T: U["K"], Vol: U["m^3"]) -> U["Pa"]:
    """Ideal gas law pV = nRT: pressure of n moles of gas at temperature T in volume Vol."""
    return n * R_gas * T / Vol


@law(output="pr", on="gas", assumes=("N >= 0", "T > 0", "Vol > 0", "pr > 0"), valid="ideal gas")
def ideal_gas_law_molecules(N: U["1"], T: U["K"], Vol: U["m^3"]) -> U["Pa"]:
    """Ideal gas law pV = NkT: pressure of N molecules of gas at temperature T in volume Vol."""
    return N * k_B * T / Vol


@law(output="n", on="matter", assumes=("N >= 0", "n > 0"))
def moles_from_particles(N: U["1"]) -> U["mol"]:
    """Amount of substance of N particles."""
    return N / N_A


@law(output="n", on="matter", assumes=("m > 0", "M_mol > 0", "n > 0"))
def moles_from_mass(m: U["kg"], M_mol: U["kg/mol"]) -> U["mol"]:
    """Amount of substance of a mass m of a substance of molar mass M_mol."""
    return m / M_mol


@law(
    output="Q", on="matter",
    assumes=("m > 0", "c_s > 0"),
    valid="no phase change, constant specific heat",
    premise="no change of phase (no {latent} heat of {fusion}, {vaporization} or {vaporisation})",
)
def sensible_heat(m: U["kg"], c_s: U["J/(kg*K)"], dT: U["K"]) -> U["J"]:
    """Heat needed to change the temperature of a mass m of specific heat c_s by dT."""
    return m * c_s * dT


@law(
    output="Q", on="matter",
    assumes=("C_th > 0",),
    valid="no phase change, constant heat capacity",
    premise="no change of phase (no {latent} heat of {fusion}, {vaporization} or {vaporisation})",
)
def heat_from_heat_capacity(C_th: U["J/K"], dT: U["K"]) -> U["J"]:
    """Heat needed to change the temperature of a body of heat capacity C_th by dT."""
    return C_th * dT


@law(
    output="Q", on="matter",
    assumes=("n > 0", "C_m > 0"),
    valid="no phase change, constant heat capacity",
    premise="no change of phase (no {latent} heat of {fusion}, {vaporization} or {vaporisation})",
)
def molar_heat(n: U["mol"], C_m: U["J/(mol*K)"], dT: U["K"]) -> U["J"]:
    """Heat needed to change the temperature of n moles of molar heat capacity C_m by dT."""
    return n * C_m * dT


@law(output="m_dot", on="matter", assumes=("rho > 0", "Q_v > 0", "m_dot > 0"))
def mass_flow_of_a_volume_flow(rho: U["kg/m^3"], Q_v: U["m^3/s"]) -> U["kg/s"]:
    """Mass per second of a substance of density rho flowing at the volume rate Q_v (cooling
    water at 8 L/min)."""
    return rho * Q_v


@law(
    output="P", on="matter",
    assumes=("m_dot > 0", "c_s > 0", "P > 0"),
    valid="a steady flow through a heat exchanger, no phase change, constant specific heat",
)
def heat_carried_by_a_flow(m_dot: U["kg/s"], c_s: U["J/(kg*K)"], dT: U["K"]) -> U["W"]:
    """Heat per unit time that a steady flow of mass m_dot per second carries off (a cooling
    loop, a radiator) when it warms by dT on the way through."""
    return m_dot * c_s * dT


@law(output="C_th", on="matter", assumes=("m > 0", "c_s > 0", "C_th > 0"))
def heat_capacity_from_specific_heat(m: U["kg"], c_s: U["J/(kg*K)"]) -> U["J/K"]:
    """Heat capacity of a mass m of a material of specific heat c_s."""
    return m * c_s


@law(output="Q", on="matter", assumes=("m > 0", "L_h > 0"), valid="at the phase-change temperature")
def latent_heat(m: U["kg"], L_h: U["J/kg"]) -> U["J"]:
    """Heat needed to melt or boil a mass m at constant temperature (specific latent heat L_h)."""
    return m * L_h


@law(
    output="Q_warm", on="matter",
    assumes=("m > 0", "c_s > 0"),
    valid="no phase change, constant specific heat",
)
def heat_to_change_temperature(m: U["kg"], c_s: U["J/(kg*K)"], dT: U["K"]) -> U["J"]:
    """The part of a heating that changes a sample's temperature by dT (to add to the heat
    of a change of phase)."""
    return m * c_s * dT


@law(
    output="Q_lat", on="matter",
    assumes=("m > 0", "L_h > 0"),
    valid="at the phase-change temperature",
)
def heat_to_change_phase(m: U["kg"], L_h: U["J/kg"]) -> U["J"]:
    """The part of a heating that melts or boils a sample of mass m (specific latent heat L_h)."""
    return m * L_h


@law(output="Q_tot", on="matter", valid="one sample warmed (or cooled) and changing phase")
def total_heat_to_warm_and_change_phase(Q_warm: U["J"], Q_lat: U["J"]) -> U["J"]:
    """Total heat for a sample that is warmed and changes phase: the sum of the two parts."""
    return Q_warm + Q_lat


@law(
    output="T_f", on="matter", members="matter",
    assumes=("m1 > 0", "T1 > 0", "m2 > 0", "T2 > 0", "T_f > 0"),
    valid="same substance, no heat loss, no phase change",
    premise="no change of phase (no {latent} heat of {fusion}, {vaporization} or {vaporisation})",
    cost=2,
)
def mixing_temperature(m1: U["kg"], T1: U["K"], m2: U["kg"], T2: U["K"]) -> U["K"]:
    """Final temperature when masses m1 at T1 and m2 at T2 of the same substance are mixed."""
    return (m1 * T1 + m2 * T2) / (m1 + m2)


@law(
    output="T_f", on="matter", members="matter",
    assumes=("m1 > 0", "c_s1 > 0", "T1 > 0", "m2 > 0", "c_s2 > 0", "T2 > 0", "T_f > 0"),
    valid="no heat loss, no phase change",
    premise="no change of phase (no {latent} heat of {fusion}, {vaporization} or {vaporisation})",
)
def mixing_temperature_of_two_substances(
        m1: U["kg"],
        c_s1: U["J/(kg*K)"],
        T1: U["K"],
        m2: U["kg"],
        c_s2: U["J/(kg*K)"],
        T2: U["K"],
) -> U["K"]:
    """Final temperature of two samples (masses m1, m2, specific heats c_s1, c_s2, at T1, T2)
    brought into thermal contact: the heat one loses, the other gains.
    """
    return (m1 * c_s1 * T1 + m2 * c_s2 * T2) / (m1 * c_s1 + m2 * c_s2)


@law(
    output="Q2", on="matter", members="matter",
    valid="insulated: no heat lost to the surroundings",
)
def heat_balance_of_two_samples(Q1: U["J"]) -> U["J"]:
    """Calorimetry: the heat the second sample receives is the heat the first gives up."""
    return -Q1


@law(output="dT", on="matter", assumes=("T_f > 0", "T_i > 0"))
def temperature_change(T_f: U["K"], T_i: U["K"]) -> U["K"]:
    """Temperature change from the initial temperature T_i to the final temperature T_f."""
    return T_f - T_i


@law(
    output="dl", on="matter",
    conditions=("alpha_L*dT <= 1/100", "alpha_L*dT >= -1/100"),
    assumes=("alpha_L > 0", "l > 0"),
    valid="small temperature changes",
)
def linear_thermal_expansion(alpha_L: U["1/K"], l: U["m"], dT: U["K"]) -> U["m"]:
    """Change of length of a rod of length l heated by dT."""
    return alpha_L * l * dT


@law(
    output="dVol", on="matter",
    conditions=("beta_V*dT <= 1/100", "beta_V*dT >= -1/100"),
    assumes=("beta_V > 0", "Vol > 0"),
    valid="small temperature changes",
)
def volume_thermal_expansion(beta_V: U["1/K"], Vol: U["m^3"], dT: U["K"]) -> U["m^3"]:
    """Change of volume of a body of volume Vol heated by dT."""
    return beta_V * Vol * dT


@law(
    output="P", on="matter",
    assumes=("k_th > 0", "A > 0", "d > 0", "P > 0", "dT > 0"),
    valid="steady state, one-dimensional conduction",
)
def heat_conduction(k_th: U["W/(m*K)"], A: U["m^2"], dT: U["K"], d: U["m"]) -> U["W"]:
    """Fourier's law: rate of heat conduction through a slab of area A and thickness d across
    dT.
    """
    return k_th * A * dT / d


@law(output="P", on="thing", assumes=("emis > 0", "A > 0", "T > 0", "P > 0"))
def stefan_boltzmann_law(emis: U["1"], A: U["m^2"], T: U["K"]) -> U["W"]:
    """Stefan-Boltzmann law: power radiated by a surface of area A, emissivity emis, at
    temperature T.
    """
    return emis * sigma_SB * A * T**4


@law(
    output="P", on="thing",
    assumes=("A > 0", "T > 0", "P > 0"),
    valid="black body (emissivity 1)",
    cost=2,
)
def stefan_boltzmann_black_body(A: U["m^2"], T: U["K"]) -> U["W"]:
    """Power radiated by a black body of surface area A at temperature T."""
    return sigma_SB * A * T**4


@law(
    output="P_net", on="thing",
    assumes=("emis > 0", "A > 0", "T > 0", "T_env > 0"),
    valid="grey body exchanging radiation with surroundings at one temperature",
)
def net_radiated_power(emis: U["1"], A: U["m^2"], T: U["K"], T_env: U["K"]) -> U["W"]:
    """Net power a body at temperature T radiates to surroundings at T_env (negative when it
    absorbs more than it emits)."""
    return emis * sigma_SB * A * (T**4 - T_env**4)


@law(output="lam_max", on="thing", assumes=("T > 0", "lam_max > 0"), valid="black body")
def wiens_displacement_law(T: U["K"]) -> U["m"]:
    """Wien's displacement law: peak wavelength of black-body radiation at temperature T."""
    return b_wien / T


@law(output="eta", on="engine", assumes=("Q_h > 0", "eta > 0", "W > 0"))
def heat_engine_efficiency(W: U["J"], Q_h: U["J"]) -> U["1"]:
    """Efficiency of a heat engine: work output over heat taken from the hot reservoir."""
    return W / Q_h


@law(output="W", on="engine", assumes=("Q_h > 0", "Q_c > 0"))
def heat_engine_energy_balance(Q_h: U["J"], Q_c: U["J"]) -> U["J"]:
    """Work done by a heat engine per cycle: heat in minus heat rejected."""
    return Q_h - Q_c


@law(
    output="eta_C", on="engine",
    assumes=("T_c > 0", "T_h > 0", "eta_C > 0", "T_h > T_c"),
    valid="reversible engine",
)
def carnot_efficiency(T_c: U["K"], T_h: U["K"]) -> U["1"]:
    """Carnot efficiency: maximum efficiency of an engine between reservoirs at T_h and T_c."""
    return 1 - T_c / T_h


@law(
    output="eta", on="engine",
    assumes=("eta_C > 0", "eta > 0"),
    valid="reversible (ideal) engine",
    cost=3,
)
def ideal_engine_efficiency(eta_C: U["1"]) -> U["1"]:
    """An ideal (reversible) heat engine runs at the Carnot efficiency."""
    return eta_C


@law(output="eta", on="engine", assumes=("f_C > 0", "eta_C > 0", "eta > 0"))
def efficiency_from_fraction_of_carnot(f_C: U["1"], eta_C: U["1"]) -> U["1"]:
    """A real engine that reaches a fraction f_C of the Carnot efficiency (its second-law efficiency)."""
    return f_C * eta_C


@law(
    output="W_max", on="engine",
    assumes=("eta_C > 0", "Q_h > 0", "W_max > 0"),
    valid="reversible (Carnot) engine",
)
def carnot_maximum_work(eta_C: U["1"], Q_h: U["J"]) -> U["J"]:
    """Most work an engine can deliver per cycle from heat Q_h: the Carnot efficiency times Q_h."""
    return eta_C * Q_h


@law(output="COP", on="engine", assumes=("Q_c > 0", "COP > 0", "W > 0"))
def refrigerator_coefficient_of_performance(Q_c: U["J"], W: U["J"]) -> U["1"]:
    """Coefficient of performance of a refrigerator: heat extracted per work input."""
    return Q_c / W


@law(output="COP_C", on="engine", assumes=("T_c > 0", "T_h > 0", "COP_C > 0", "T_h > T_c"),
     premise="the device cools (a [refrigerator], [fridge], [freezer], [air conditioner], [cooling]; "
             "a {heat pump} or {heating} counts the heat it delivers)")
def carnot_refrigerator_coefficient_of_performance(T_c: U["K"], T_h: U["K"]) -> U["1"]:
    """Largest coefficient of performance of a refrigerator between T_c and T_h (reversible)."""
    return T_c / (T_h - T_c)


@law(
    output="COP", on="engine",
    assumes=("COP_C > 0", "COP > 0"),
    valid="reversible (ideal) refrigerator",
    cost=3,
)
def ideal_refrigerator_coefficient_of_performance(COP_C: U["1"]) -> U["1"]:
    """An ideal (reversible) refrigerator works at the Carnot coefficient of performance."""
    return COP_C


@law(output="COP_hp", on="engine", assumes=("Q_h > 0", "W > 0", "COP_hp > 0"))
def heat_pump_coefficient_of_performance(Q_h: U["J"], W: U["J"]) -> U["1"]:
    """Coefficient of performance of a heat pump: heat delivered to the warm side per work input."""
    return Q_h / W


@law(output="COP_hpC", on="engine", conditions=("T_in > T_out",),
     assumes=("T_in > 0", "T_out > 0", "COP_hpC > 0", "T_in > T_out"),
     valid="heating a room warmer than the outdoors (reversible)")
def carnot_heat_pump_cop_indoors(T_in: U["K"], T_out: U["K"]) -> U["1"]:
    """Largest coefficient of performance of a heat pump that heats a room at T_in from the
    outdoors at T_out: the room is its hot side."""
    return T_in / (T_in - T_out)


@law(output="COP_C", on="engine", conditions=("T_out > T_in",),
     assumes=("T_in > 0", "T_out > 0", "COP_C > 0", "T_out > T_in"),
     valid="cooling a room cooler than the outdoors (reversible)")
def carnot_air_conditioner_cop_indoors(T_in: U["K"], T_out: U["K"]) -> U["1"]:
    """Largest coefficient of performance of an air conditioner that cools a room at T_in
    against the outdoors at T_out: the room is its cold side."""
    return T_in / (T_out - T_in)


@law(output="COP_hpC", on="engine", assumes=("T_c > 0", "T_h > 0", "COP_hpC > 0", "T_h > T_c"))
def carnot_heat_pump_coefficient_of_performance(T_c: U["K"], T_h: U["K"]) -> U["1"]:
    """Largest coefficient of performance of a heat pump between T_c and T_h (reversible)."""
    return T_h / (T_h - T_c)


@law(
    output="COP_hp", on="engine",
    assumes=("COP_hpC > 0", "COP_hp > 0"),
    valid="reversible (ideal) heat pump",
    cost=3,
)
def ideal_heat_pump_coefficient_of_performance(COP_hpC: U["1"]) -> U["1"]:
    """An ideal (reversible) heat pump works at the Carnot coefficient of performance."""
    return COP_hpC


@law(output="dU", on="gas", assumes=())
def first_law_of_thermodynamics(Q: U["J"], W: U["J"]) -> U["J"]:
    """First law: change of internal energy is heat added minus work done by the system."""
    return Q - W


@law(output="dS", on="matter", assumes=("T > 0",), valid="reversible, isothermal")
def entropy_change_isothermal(Q: U["J"], T: U["K"]) -> U["J/K"]:
    """Entropy change when heat Q is transferred reversibly at constant temperature T."""
    return Q / T


@law(
    output="dS", on="matter",
    assumes=("m > 0", "c_s > 0", "T_f > 0", "T_i > 0"),
    valid="constant specific heat, no phase change",
    premise="no change of phase (no {latent} heat of {fusion}, {vaporization} or {vaporisation})",
)
def entropy_change_on_heating(
        m: U["kg"],
        c_s: U["J/(kg*K)"],
        T_f: U["K"],
        T_i: U["K"],
) -> U["J/K"]:
    """Entropy change of a mass m of specific heat c_s heated from T_i to T_f."""
    return m * c_s * log(T_f / T_i)


@law(
    output="W", on="gas",
    assumes=("n > 0", "T > 0", "Vol_f > 0", "Vol_i > 0"),
    valid="ideal gas, reversible isothermal process",
)
def isothermal_work(n: U["mol"], T: U["K"], Vol_f: U["m^3"], Vol_i: U["m^3"]) -> U["J"]:
    """Work done by n moles of ideal gas expanding isothermally from Vol_i to Vol_f."""
    return n * R_gas * T * log(Vol_f / Vol_i)


@law(output="dVol", on="matter", assumes=("Vol_f > 0", "Vol_i > 0"))
def volume_change(Vol_f: U["m^3"], Vol_i: U["m^3"]) -> U["m^3"]:
    """Change of volume from the initial volume Vol_i to the final volume Vol_f."""
    return Vol_f - Vol_i


@law(output="W", on="gas", assumes=("pr > 0",), valid="constant pressure")
def isobaric_work(pr: U["Pa"], dVol: U["m^3"]) -> U["J"]:
    """Work done by a gas expanding by dVol at constant pressure pr."""
    return pr * dVol


@law(
    output="v_rms", on="gas", of={"m": "particle"},
    assumes=("T > 0", "m > 0", "v_rms > 0"),
    valid="ideal gas, classical",
)
def rms_speed(T: U["K"], m: U["kg"]) -> U["m/s"]:
    """Root-mean-square speed of gas molecules of mass m at temperature T."""
    return sqrt(3 * k_B * T / m)


@law(
    output="v_rms", on="gas",
    assumes=("T > 0", "M_mol > 0", "v_rms > 0"),
    valid="ideal gas, classical",
)
def rms_speed_from_molar_mass(T: U["K"], M_mol: U["kg/mol"]) -> U["m/s"]:
    """Root-mean-square speed of the molecules of a gas of molar mass M_mol at temperature T."""
    return sqrt(3 * R_gas * T / M_mol)


@law(output="E_avg", on="gas", assumes=("T > 0", "E_avg > 0"), valid="ideal gas, classical")
def mean_molecular_kinetic_energy(T: U["K"]) -> U["J"]:
    """Average translational kinetic energy of a gas molecule at temperature T."""
    return 3 * k_B * T / 2


@law(output="U_int", on="gas", assumes=("n > 0", "T > 0", "U_int > 0"), valid="monatomic ideal gas")
def internal_energy_monatomic_gas(n: U["mol"], T: U["K"]) -> U["J"]:
    """Internal energy of n moles of a monatomic ideal gas at temperature T."""
    return 3 * n * R_gas * T / 2


@law(
    output="pr", on="gas", of={"m": "particle"},
    assumes=("N >= 0", "m > 0", "v_rms > 0", "Vol > 0", "pr > 0"),
    valid="ideal gas",
)
def kinetic_theory_pressure(N: U["1"], m: U["kg"], v_rms: U["m/s"], Vol: U["m^3"]) -> U["Pa"]:
    """Kinetic theory: pressure of N molecules of mass m with rms speed v_rms in volume Vol."""
    return N * m * v_rms**2 / (3 * Vol)


@law(
    output="pr_f", on="gas",
    assumes=("pr_i > 0", "Vol_i > 0", "T_f > 0", "T_i > 0", "Vol_f > 0", "pr_f > 0"),
    valid="ideal gas, fixed amount",
)
def combined_gas_law(
        pr_i: U["Pa"],
        Vol_i: U["m^3"],
        T_f: U["K"],
        T_i: U["K"],
        Vol_f: U["m^3"],
) -> U["Pa"]:
    """Combined gas law: final pressure of a fixed amount of gas after its volume and
    temperature change.
    """
    return pr_i * Vol_i * T_f / (T_i * Vol_f)


@law(
    output="pr_f", on="gas",
    assumes=("pr_i > 0", "Vol_i > 0", "Vol_f > 0", "pr_f > 0"),
    valid="ideal gas, isothermal, fixed amount",
    cost=2,
)
def boyles_law(pr_i: U["Pa"], Vol_i: U["m^3"], Vol_f: U["m^3"]) -> U["Pa"]:
    """Boyle's law: final pressure of a fixed amount of gas compressed or expanded at constant
    temperature.
    """
    return pr_i * Vol_i / Vol_f


@law(
    output="Vol_f", on="gas",
    assumes=("Vol_i > 0", "T_f > 0", "T_i > 0", "Vol_f > 0"),
    valid="ideal gas, isobaric, fixed amount",
    cost=2,
)
def charles_law(Vol_i: U["m^3"], T_f: U["K"], T_i: U["K"]) -> U["m^3"]:
    """Charles's law: final volume of a fixed amount of gas heated or cooled at constant
    pressure.
    """
    return Vol_i * T_f / T_i


@law(
    output="pr_f", on="gas",
    assumes=("pr_i > 0", "T_f > 0", "T_i > 0", "pr_f > 0"),
    valid="ideal gas, isochoric, fixed amount",
    premise="the volume is fixed (a rigid container; not an {adiabatic} change)",
    cost=2,
)
def gay_lussacs_law(pr_i: U["Pa"], T_f: U["K"], T_i: U["K"]) -> U["Pa"]:
    """Gay-Lussac's law: final pressure of a fixed amount of gas heated at constant volume."""
    return pr_i * T_f / T_i


@law(
    output="pr_f", on="gas",
    assumes=("pr_i > 0", "Vol_i > 0", "Vol_f > 0", "gamma_ad > 0", "pr_f > 0"),
    valid="ideal gas, reversible adiabatic process",
)
def adiabatic_process(
        pr_i: U["Pa"],
        Vol_i: U["m^3"],
        Vol_f: U["m^3"],
        gamma_ad: U["1"],
) -> U["Pa"]:
    """Reversible adiabatic process pV^gamma = constant: final pressure after a volume change."""
    return pr_i * (Vol_i / Vol_f)**gamma_ad


@law(
    output="Q", on="matter", of={"P": "conductor"},
    assumes=("P > 0", "t > 0"),
    valid="all the power becomes heat",
)
def heat_from_power(P: U["W"], t: U["s"]) -> U["J"]:
    """Heat delivered by a heater of power P running for a time t."""
    return P * t


@law(
    output="Q", on="matter", of={"P": "conductor"},
    assumes=("eta > 0", "P > 0", "t > 0"),
    valid="a fraction eta of the heater's power becomes heat in the sample (the heating's efficiency)",
)
def heat_from_power_with_efficiency(eta: U["1"], P: U["W"], t: U["s"]) -> U["J"]:
    """Heat a heater of power P delivers in a time t to a sample that takes the fraction eta
    of it (a kettle that loses some to the air)."""
    return eta * P * t


@law(
    output="Q", on="matter", of={"P": "conductor", "eta": "conductor"},
    assumes=("eta > 0", "P > 0", "t > 0"),
    valid="a fraction eta of the heater's power becomes heat in the sample (the heater's efficiency)",
)
def heat_from_a_heater_of_given_efficiency(eta: U["1"], P: U["W"], t: U["s"]) -> U["J"]:
    """Heat a heater of power P and efficiency eta ("the kettle's efficiency": said of the
    heater, not of the sample) delivers in a time t."""
    return eta * P * t


@law(
    output="T_f", on="gas",
    assumes=("T_i > 0", "Vol_i > 0", "Vol_f > 0", "gamma_ad > 0", "T_f > 0"),
    valid="ideal gas, reversible adiabatic process",
)
def adiabatic_temperature_change(T_i: U["K"], Vol_i: U["m^3"], Vol_f: U["m^3"], gamma_ad: U["1"]) -> U["K"]:
    """Reversible adiabatic process T V^(gamma-1) = constant: final temperature after a volume
    change."""
    return T_i * (Vol_i / Vol_f)**(gamma_ad - 1)


@law(
    output="T_f", on="gas",
    assumes=("T_i > 0", "pr_i > 0", "pr_f > 0", "gamma_ad > 1", "T_f > 0"),
    valid="ideal gas, reversible adiabatic process (a rising parcel of air, a gas let out of a cylinder)",
)
def adiabatic_temperature_from_pressures(T_i: U["K"], pr_i: U["Pa"], pr_f: U["Pa"], gamma_ad: U["1"]) -> U["K"]:
    """Reversible adiabatic process T p^((1-gamma)/gamma) = constant: final temperature after a
    pressure change."""
    return T_i * (pr_f / pr_i)**((gamma_ad - 1) / gamma_ad)


@law(
    output="T_f",
    on="gas",
    assumes=("T_i > 0", "r_comp > 0", "gamma_ad > 0", "T_f > 0"),
    valid="ideal gas, reversible adiabatic compression (a diesel engine's stroke), r_comp = V_i / V_f",
)
def adiabatic_temperature_from_compression_ratio(T_i: U["K"], r_comp: U["1"], gamma_ad: U["1"]) -> U["K"]:
    """Temperature of an ideal gas after a reversible adiabatic compression by the volume
    ratio r_comp = V_i / V_f, from T_i."""
    return T_i * r_comp**(gamma_ad - 1)


@law(
    output="pr_gf", on="gas",
    assumes=("pr_gi > 0", "T_f > 0", "T_i > 0", "pr_gf > 0"),
    valid="ideal gas, isochoric, fixed amount; gauges read against a standard atmosphere",
    premise="the volume is fixed (a rigid container; not an {adiabatic} change)",
    cost=2,
)
def gay_lussacs_law_in_gauge_pressures(pr_gi: U["Pa"], T_f: U["K"], T_i: U["K"]) -> U["Pa"]:
    """Gay-Lussac's law for a gas whose pressures are gauge readings (a tyre warming up): the
    absolute pressures, each a standard atmosphere above the gauge's, scale with T."""
    return (pr_gi + p_atm) * T_f / T_i - p_atm


@law(
    output="pr_gf", on="gas",
    assumes=("pr_gi > 0", "Vol_i > 0", "Vol_f > 0", "pr_gf > 0"),
    valid="ideal gas, isothermal, fixed amount; gauges read against a standard atmosphere",
    cost=2,
)
def boyles_law_in_gauge_pressures(pr_gi: U["Pa"], Vol_i: U["m^3"], Vol_f: U["m^3"]) -> U["Pa"]:
    """Boyle's law for a gas whose pressures are gauge readings: the absolute pressures, each a
    standard atmosphere above the gauge's, vary inversely with the volume."""
    return (pr_gi + p_atm) * Vol_i / Vol_f - p_atm


@law(
    output="pr",
    on="gas",
    assumes=("pr_g > 0", "pr > 0"),
    valid="a gas in a container (a tyre) whose gauge reads pr_g above a standard atmosphere outside",
    cost=2,
)
def absolute_pressure_of_gas_from_gauge(pr_g: U["Pa"]) -> U["Pa"]:
    """Absolute pressure of a gas whose gauge pressure pr_g is read against a standard
    atmosphere (101325 Pa): a tyre's pressure is a gauge reading."""
    return p_atm + pr_g


@law(output="P", on="engine", assumes=("P_heat > 0", "COP_hp > 0", "P > 0"),
     valid="steady operation; P the electrical (work) input power")
def heat_pump_input_power(P_heat: U["W"], COP_hp: U["1"]) -> U["W"]:
    """Electrical power a heat pump draws to deliver heat at a rate P_heat with a coefficient of
    performance COP_hp."""
    return P_heat / COP_hp


@law(output="pr", on="gas", assumes=("pr_sl > 0", "M_mol > 0", "T > 0", "pr > 0"),
     valid="an isothermal atmosphere at temperature T near the Earth's surface (g = 9.80665 m/s^2)")
def isothermal_atmosphere_pressure(pr_sl: U["Pa"], M_mol: U["kg/mol"], h_alt: U["m"], T: U["K"]) -> U["Pa"]:
    """Pressure at altitude h_alt in an isothermal atmosphere of molar mass M_mol at temperature T
    (the barometric formula), from the pressure pr_sl at sea level."""
    return pr_sl * exp(-M_mol * g_n * h_alt / (R_gas * T))
