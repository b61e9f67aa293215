"""Nuclear physics: radioactive decay, activity, half-life, mass defect and binding
energy, nuclear radius, radiation dose.
"""
from math import exp, log

from oracle.laws import U, codata, law

c: U["m/s"] = codata("speed of light in vacuum")
m_p: U["kg"] = codata("proton mass")
m_n: U["kg"] = codata("neutron mass")
r_0: U["m"] = 1.2e-15  # empirical nuclear radius parameter


@law(output="lam_d", on="nucleus", assumes=("t_half > 0", "lam_d > 0"))
def decay_constant_from_half_life(t_half: U["s"]) -> U["1/s"]:
    """Decay constant of an isotope of half-life t_half."""
    return log(2) / t_half


@law(output="N", on="nucleus", assumes=("N_0 > 0", "lam_d > 0", "t > 0", "N >= 0"))
def radioactive_decay(N_0: U["1"], lam_d: U["1/s"], t: U["s"]) -> U["1"]:
    """Exponential decay law: undecayed nuclei left after a time t from N_0."""
    return N_0 * exp(-lam_d * t)


@law(output="N", on="nucleus", assumes=("N_0 > 0", "t > 0", "t_half > 0", "N >= 0"))
def radioactive_decay_half_life(N_0: U["1"], t: U["s"], t_half: U["s"]) -> U["1"]:
    """Undecayed nuclei left after a time t from N_0, for a half-life t_half (N_0 /
    2^(t/t_half)).
    """
    return N_0 * exp(-log(2) * t / t_half)


@law(output="A_act", on="nucleus", assumes=("lam_d > 0", "N >= 0", "A_act > 0"))
def activity(lam_d: U["1/s"], N: U["1"]) -> U["Bq"]:
    """Activity of a sample of N undecayed nuclei with decay constant lam_d."""
    return lam_d * N


@law(output="A_act", on="nucleus", assumes=("A_0 > 0", "lam_d > 0", "t > 0", "A_act > 0"))
def activity_decay(A_0: U["Bq"], lam_d: U["1/s"], t: U["s"]) -> U["Bq"]:
    """Activity after a time t of a sample of initial activity A_0."""
    return A_0 * exp(-lam_d * t)


@law(output="A_act", on="nucleus", assumes=("A_0 > 0", "t > 0", "t_half > 0", "A_act > 0"))
def activity_decay_half_life(A_0: U["Bq"], t: U["s"], t_half: U["s"]) -> U["Bq"]:
    """Activity after a time t of a sample of initial activity A_0 and half-life t_half."""
    return A_0 * exp(-log(2) * t / t_half)


@law(output="tau_m", on="nucleus", assumes=("lam_d > 0", "tau_m > 0"))
def mean_lifetime(lam_d: U["1/s"]) -> U["s"]:
    """Mean lifetime of a nucleus of decay constant lam_d."""
    return 1 / lam_d


@law(output="N_d", on="nucleus", assumes=("N_0 > 0", "N >= 0", "N_d >= 0", "N_0 > N"))
def decayed_nuclei(N_0: U["1"], N: U["1"]) -> U["1"]:
    """Number of nuclei that have decayed."""
    return N_0 - N


@law(output="x_hvl", on="matter", assumes=("mu_att > 0", "x_hvl > 0"),
     valid="narrow beam of one energy through a uniform absorber (exponential attenuation)")
def half_value_layer_from_attenuation(mu_att: U["1/m"]) -> U["m"]:
    """Half-value layer of an absorber of linear attenuation coefficient mu_att: I = I0
    exp(-mu_att x) halves over ln 2 / mu_att."""
    return log(2) / mu_att


@law(output="frac_trans", on="matter", assumes=("k_red >= 1", "frac_trans > 0"))
def fraction_transmitted_from_reduction_factor(k_red: U["1"]) -> U["1"]:
    """The fraction of a beam that gets through a shield that reduces it by a factor k_red."""
    return 1 / k_red


@law(output="E_b", on="nucleus", assumes=("dm > 0", "E_b > 0"))
def mass_defect_energy(dm: U["kg"]) -> U["J"]:
    """Energy equivalent of a mass defect dm (binding energy or energy released in a reaction)."""
    return dm * c**2


@law(
    output="dm", on="nucleus",
    assumes=("Z > 0", "A_nuc > 0", "m_nuc > 0", "dm > 0", "A_nuc >= Z"),
    valid="nuclear (not atomic) masses",
)
def mass_defect_of_nucleus(Z: U["1"], A_nuc: U["1"], m_nuc: U["kg"]) -> U["kg"]:
    """Mass defect of a nucleus of Z protons and A_nuc nucleons whose measured mass is m_nuc."""
    return Z * m_p + (A_nuc - Z) * m_n - m_nuc


@law(output="E_bn", on="nucleus", assumes=("E_b > 0", "A_nuc > 0", "E_bn > 0"))
def binding_energy_per_nucleon(E_b: U["J"], A_nuc: U["1"]) -> U["J"]:
    """Average binding energy per nucleon of a nucleus of mass number A_nuc."""
    return E_b / A_nuc


@law(
    output="R_nuc", on="nucleus",
    conditions=("A_nuc > 1",),
    assumes=("A_nuc > 0", "R_nuc > 0"),
    valid="empirical, A_nuc > 1",
)
def nuclear_radius(A_nuc: U["1"]) -> U["m"]:
    """Radius of a nucleus of mass number A_nuc (r_0 = 1.2 fm)."""
    return r_0 * A_nuc**(1/3)


@law(output="D_abs", on="matter", assumes=("E > 0", "m > 0", "D_abs > 0"))
def absorbed_dose(E: U["J"], m: U["kg"]) -> U["Gy"]:
    """Absorbed dose: radiation energy E absorbed per mass m of tissue."""
    return E / m


@law(output="H_eq", on="matter", assumes=("w_R > 0", "D_abs > 0", "H_eq > 0"))
def equivalent_dose(w_R: U["1"], D_abs: U["Gy"]) -> U["Sv"]:
    """Equivalent dose: absorbed dose weighted by the radiation weighting factor w_R."""
    return w_R * D_abs


@law(output="frac_rem", on="nucleus", assumes=("t > 0", "t_half > 0", "frac_rem > 0"))
def fraction_remaining_after_time(t: U["s"], t_half: U["s"]) -> U["1"]:
    """Fraction of the nuclei (or of the isotope's mass or activity) left after a time t
    (1/2 per half-life t_half)."""
    return exp(-log(2) * t / t_half)


@law(output="frac_rem", on="nucleus", assumes=("N >= 0", "N_0 > 0", "frac_rem >= 0"))
def fraction_remaining_from_counts(N: U["1"], N_0: U["1"]) -> U["1"]:
    """Fraction remaining: undecayed nuclei N over the initial number N_0."""
    return N / N_0


@law(output="frac_rem", on="nucleus", assumes=("a_sp >= 0", "a_sp_0 > 0", "frac_rem >= 0"))
def fraction_remaining_from_specific_activities(a_sp: U["Bq/kg"], a_sp_0: U["Bq/kg"]) -> U["1"]:
    """Fraction remaining: the activity per unit mass now over the initial one (carbon dating:
    a sample's carbon-14 activity per gram of carbon beside living carbon's)."""
    return a_sp / a_sp_0


@law(output="A_act", on="nucleus", assumes=("a_sp >= 0", "m > 0", "A_act >= 0"))
def activity_from_specific_activity(a_sp: U["Bq/kg"], m: U["kg"]) -> U["Bq"]:
    """Activity of a sample of mass m whose activity per unit mass is a_sp."""
    return a_sp * m


@law(output="frac_rem", on="nucleus", assumes=("A_act >= 0", "A_0 > 0", "frac_rem >= 0"))
def fraction_remaining_from_activities(A_act: U["Bq"], A_0: U["Bq"]) -> U["1"]:
    """Fraction remaining: the activity now over the initial activity."""
    return A_act / A_0


@law(output="m_rem", on="nucleus", assumes=("m_0 > 0", "frac_rem >= 0", "m_rem >= 0"))
def remaining_mass_of_isotope(m_0: U["kg"], frac_rem: U["1"]) -> U["kg"]:
    """Mass of a radioactive isotope left when a fraction frac_rem of its nuclei remains."""
    return m_0 * frac_rem


@law(output="frac_dec", on="nucleus", assumes=("frac_rem > 0", "frac_dec >= 0"))
def fraction_decayed(frac_rem: U["1"]) -> U["1"]:
    """Fraction of the nuclei that have decayed."""
    return 1 - frac_rem


@law(
    output="A_ratio", on="nucleus", members="nucleus",
    assumes=("A_act1 >= 0", "A_act2 > 0", "A_ratio >= 0"),
)
def activity_ratio(A_act1: U["Bq"], A_act2: U["Bq"]) -> U["1"]:
    """Ratio of the activities of two radioactive samples."""
    return A_act1 / A_act2


@law(output="E", on="nucleus", assumes=("N >= 0", "E_evt > 0", "E >= 0"))
def energy_released_by_nuclei(N: U["1"], E_evt: U["J"]) -> U["J"]:
    """Energy released when N nuclei each decay (or fission) once, releasing E_evt each."""
    return N * E_evt


@law(output="E", on="nucleus", assumes=("P >= 0", "t >= 0", "E >= 0"),
     valid="a steady power P released over the time t (a reactor's thermal power, a source's decay power)")
def energy_released_at_a_steady_power(P: U["W"], t: U["s"]) -> U["J"]:
    """Energy the nuclei release in a time t at a steady power P."""
    return P * t


@law(output="P", on="nucleus", assumes=("A_act >= 0", "E_evt > 0", "P >= 0"))
def decay_power(A_act: U["Bq"], E_evt: U["J"]) -> U["W"]:
    """Power released by a radioactive source of activity A_act, each decay releasing E_evt."""
    return A_act * E_evt


@law(
    output="frac_trans",
    on="matter",
    assumes=("x_shield > 0", "x_hvl > 0", "frac_trans > 0"),
    valid="narrow beam of one energy through a uniform absorber (exponential attenuation)",
)
def attenuation_by_half_value_layers(x_shield: U["m"], x_hvl: U["m"]) -> U["1"]:
    """Fraction of a beam (gamma or X-rays) that passes a thickness x_shield of an absorber
    whose half-value layer is x_hvl: each half-value layer halves it."""
    return exp(-log(2) * x_shield / x_hvl)


@law(output="E_b", on="nucleus",
     assumes=("Z > 0", "A_nuc >= Z", "m_H1 > 0", "m_atom > 0", "E_b > 0"),
     valid="neutral-atom masses (the Z electrons cancel with those of the Z hydrogen atoms), "
           "electron binding energies neglected")
def binding_energy_from_atomic_masses(Z: U["1"], A_nuc: U["1"], m_H1: U["kg"], m_atom: U["kg"]) -> U["J"]:
    """Binding energy of a nucleus of Z protons and A_nuc nucleons from its atom's mass m_atom
    and the hydrogen-1 atom's mass m_H1: (Z m_H1 + (A_nuc - Z) m_n - m_atom) c^2."""
    return (Z * m_H1 + (A_nuc - Z) * m_n - m_atom) * c**2


@law(output="D_far", on="nucleus", assumes=("D_near > 0", "r_near > 0", "r_far > 0", "D_far > 0"),
     valid="point source, no absorption or scattering in between (inverse-square law)")
def inverse_square_dose_rate(D_near: U["Sv/s"], r_near: U["m"], r_far: U["m"]) -> U["Sv/s"]:
    """Dose rate at a distance r_far from a point source whose dose rate at r_near is D_near:
    it falls as the inverse square of the distance."""
    return D_near * (r_near / r_far) ** 2


@law(output="dm", on="nucleus",
     assumes=("m_par > 0", "m_dau > 0", "m_He4 > 0", "dm > 0"),
     valid="an alpha decay between neutral atoms (the electrons cancel), electron binding energies neglected")
def mass_defect_of_an_alpha_decay(m_par: U["kg"], m_dau: U["kg"], m_He4: U["kg"]) -> U["kg"]:
    """Mass lost in the alpha decay of a parent atom into a daughter atom and a helium-4 atom;
    times c^2, the decay's Q-value."""
    return m_par - m_dau - m_He4
