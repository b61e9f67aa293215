"""Quantum and atomic physics: photons, de Broglie waves, photoelectric effect, Bohr
atom, uncertainty limits, Compton scattering, particle in a box.
"""
from math import sqrt, cos

from oracle.laws import U, codata, law

h_P: U["J*s"] = codata("Planck constant")
c: U["m/s"] = codata("speed of light in vacuum")
q_e: U["C"] = codata("elementary charge")
Ry: U["J"] = codata("Rydberg constant times hc in J")
a_0: U["m"] = codata("Bohr radius")
hbar: U["J*s"] = codata("reduced Planck constant")
m_e: U["kg"] = codata("electron mass")


@law(output="E_ph", on="light", assumes=("f > 0", "E_ph > 0"))
def photon_energy_from_frequency(f: U["Hz"]) -> U["J"]:
    """Planck-Einstein relation: energy of a photon of frequency f."""
    return h_P * f


@law(output="E_ph", on="light", assumes=("lam > 0", "E_ph > 0"), valid="photon in vacuum")
def photon_energy_from_wavelength(lam: U["m"]) -> U["J"]:
    """Energy of a photon of wavelength lam in vacuum."""
    return h_P * c / lam


@law(output="p", on="light", assumes=("E_ph > 0", "p > 0"))
def photon_momentum(E_ph: U["J"]) -> U["kg*m/s"]:
    """Momentum of a photon of energy E_ph."""
    return E_ph / c


# A wavelength is a particle's only when the question says so: a bare "wavelength" beside
# photoelectrons is the light's.
@law(output="lam", on="body", assumes=("p > 0", "lam > 0"),
     premise="the wavelength is the particle's own (a de [Broglie] wavelength, or the wavelength of the "
             "[electron], [proton], [neutron], [particle], [atom] or [molecule])")
def de_broglie_wavelength(p: U["kg*m/s"]) -> U["m"]:
    """De Broglie wavelength of a particle (or photon) of momentum p."""
    return h_P / p


@law(
    output="lam", on="body",
    conditions=("200*E_k <= m*c**2",),
    assumes=("m > 0", "E_k >= 0", "lam > 0"),
    valid="v << c",
    premise="the wavelength is the particle's own (a de [Broglie] wavelength, or the wavelength of the "
            "[electron], [proton], [neutron], [particle], [atom] or [molecule])",
)
def de_broglie_wavelength_from_kinetic_energy(m: U["kg"], E_k: U["J"]) -> U["m"]:
    """De Broglie wavelength of a particle of mass m with kinetic energy E_k."""
    return h_P / sqrt(2 * m * E_k)


@law(
    output="K_max", on="metal", of={"f": "light"},
    conditions=("h_P*f >= phi_w",),
    assumes=("f > 0", "phi_w > 0", "K_max >= 0"),
    valid="f above the threshold frequency",
)
def photoelectric_effect(f: U["Hz"], phi_w: U["J"]) -> U["J"]:
    """Einstein's photoelectric equation: maximum kinetic energy of electrons ejected by light
    of frequency f.
    """
    return h_P * f - phi_w


@law(output="V_stop", on="metal", assumes=("K_max >= 0", "V_stop > 0"))
def stopping_potential(K_max: U["J"]) -> U["V"]:
    """Stopping potential that halts photoelectrons of maximum kinetic energy K_max."""
    return K_max / q_e


@law(output="lam_0", on="metal", assumes=("phi_w > 0", "lam_0 > 0"))
def threshold_wavelength(phi_w: U["J"]) -> U["m"]:
    """Longest light wavelength that ejects electrons from a metal of work function phi_w."""
    return h_P * c / phi_w


@law(output="f_0", on="metal", assumes=("phi_w > 0", "f_0 > 0"))
def threshold_frequency(phi_w: U["J"]) -> U["Hz"]:
    """Lowest light frequency that ejects electrons from a metal of work function phi_w."""
    return phi_w / h_P


@law(
    output="E_n", on="atom",
    assumes=("Z > 0", "n_q > 0", "E_n < 0"),
    valid="one-electron (hydrogen-like) atom, Bohr model",
)
def hydrogen_like_energy_level(Z: U["1"], n_q: U["1"]) -> U["J"]:
    """Bohr model: energy of level n_q of a one-electron atom or ion of atomic number Z."""
    return -Ry * Z**2 / n_q**2


@law(
    output="E_n", on="atom",
    assumes=("n_q > 0", "E_n < 0"),
    valid="hydrogen atom, Bohr model",
    cost=2,
)
def hydrogen_energy_level(n_q: U["1"]) -> U["J"]:
    """Bohr model: energy of level n_q of the hydrogen atom (-13.6 eV / n^2)."""
    return -Ry / n_q**2


@law(
    output="E_ph", on="atom",
    assumes=("n_lo > 0", "n_hi > 0", "E_ph > 0", "n_hi > n_lo"),
    valid="hydrogen atom",
)
def hydrogen_transition_photon_energy(n_lo: U["1"], n_hi: U["1"]) -> U["J"]:
    """Rydberg formula: energy of the photon emitted or absorbed between hydrogen levels n_hi
    and n_lo.
    """
    return Ry * (1 / n_lo**2 - 1 / n_hi**2)


@law(output="E_ion", on="atom", assumes=("E_n < 0", "E_ion > 0"))
def ionization_energy(E_n: U["J"]) -> U["J"]:
    """Energy needed to remove an electron bound in a level of energy E_n."""
    return -E_n


@law(output="E_ph", on="atom", assumes=("E_ph > 0", "E_hi > E_lo"))
def photon_energy_from_level_difference(E_hi: U["J"], E_lo: U["J"]) -> U["J"]:
    """Energy of the photon emitted in a transition from an upper to a lower energy level."""
    return E_hi - E_lo


@law(
    output="r_n", on="atom",
    assumes=("n_q > 0", "Z > 0", "r_n > 0"),
    valid="one-electron (hydrogen-like) atom, Bohr model",
)
def bohr_orbit_radius(n_q: U["1"], Z: U["1"]) -> U["m"]:
    """Bohr model: radius of orbit n_q of a one-electron atom of atomic number Z."""
    return a_0 * n_q**2 / Z


@law(
    output="r_n", on="atom",
    assumes=("n_q > 0", "r_n > 0"),
    valid="hydrogen atom, Bohr model",
    cost=2,
)
def bohr_orbit_radius_hydrogen(n_q: U["1"]) -> U["m"]:
    """Bohr model: radius of orbit n_q of the hydrogen atom."""
    return a_0 * n_q**2


@law(output="L_n", on="atom", assumes=("n_q > 0", "L_n > 0"), valid="Bohr model")
def bohr_angular_momentum(n_q: U["1"]) -> U["kg*m^2/s"]:
    """Bohr quantization of the electron's angular momentum in orbit n_q."""
    return n_q * hbar


@law(
    output="dp", on="matter",
    assumes=("dx > 0", "dp > 0"),
    valid="minimum-uncertainty limit (equality)",
)
def heisenberg_position_momentum(dx: U["m"]) -> U["kg*m/s"]:
    """Heisenberg uncertainty principle: smallest momentum uncertainty for a position
    uncertainty dx.
    """
    return hbar / (2 * dx)


@law(
    output="dp", on="body",
    conditions=("dv <= c/10",),
    assumes=("m > 0", "dv > 0", "dp > 0"),
    valid="non-relativistic",
)
def momentum_uncertainty_from_speed_uncertainty(m: U["kg"], dv: U["m/s"]) -> U["kg*m/s"]:
    """Uncertainty in the momentum of a body of mass m whose speed is uncertain by dv."""
    return m * dv


@law(
    output="dE", on="matter",
    assumes=("dt > 0", "dE > 0"),
    valid="minimum-uncertainty limit (equality)",
)
def heisenberg_energy_time(dt: U["s"]) -> U["J"]:
    """Energy-time uncertainty: smallest energy uncertainty for a time uncertainty (lifetime)
    dt.
    """
    return hbar / (2 * dt)


@law(output="dlam", on="photon", assumes=("dlam > 0", "theta_s > 0"), valid="free electron at rest")
def compton_shift(theta_s: U["rad"]) -> U["m"]:
    """Compton effect: wavelength shift of a photon scattered off a free electron through
    theta_s.
    """
    return h_P * (1 - cos(theta_s)) / (m_e * c)


@law(
    output="lam_sc", on="photon",
    assumes=("lam > 0", "dlam >= 0", "lam_sc > 0"),
    valid="Compton scattering",
)
def compton_scattered_wavelength(lam: U["m"], dlam: U["m"]) -> U["m"]:
    """Wavelength of a scattered photon: the incident wavelength lam plus the Compton shift."""
    return lam + dlam


@law(output="E_sc", on="photon", assumes=("lam_sc > 0", "E_sc > 0"), valid="Compton scattering, photon in vacuum")
def scattered_photon_energy(lam_sc: U["m"]) -> U["J"]:
    """Energy of a photon after Compton scattering, from its scattered wavelength."""
    return h_P * c / lam_sc


@law(
    output="E_box", on="particle", of={"l": "quantum system"},
    conditions=("200*E_box <= m*c**2",),
    assumes=("n_q > 0", "m > 0", "l > 0", "E_box > 0"),
    valid="infinite square well, non-relativistic",
)
def particle_in_a_box(n_q: U["1"], m: U["kg"], l: U["m"]) -> U["J"]:
    """Energy of level n_q of a particle of mass m in a one-dimensional infinite well of width
    l.
    """
    return n_q**2 * h_P**2 / (8 * m * l**2)


@law(output="E_vib", on="quantum system", assumes=("n_v >= 0", "omega >= 0", "E_vib > 0"))
def quantum_harmonic_oscillator(n_v: U["1"], omega: U["rad/s"]) -> U["J"]:
    """Energy of level n_v (0, 1, 2, ...) of a quantum harmonic oscillator of angular frequency
    omega.
    """
    return (2 * n_v + 1) * hbar * omega / 2


@law(output="N", on="light", assumes=("E > 0", "E_ph > 0", "N >= 0"))
def number_of_photons(E: U["J"], E_ph: U["J"]) -> U["1"]:
    """Number of photons of energy E_ph carrying a total energy E."""
    return E / E_ph


@law(output="P", on="light", assumes=("P_out > 0", "P > 0"))
def power_of_light_from_output(P_out: U["W"]) -> U["W"]:
    """The power a lamp or laser puts out is the power its light carries."""
    return P_out


@law(output="N_dot", on="light", assumes=("P > 0", "E_ph > 0", "N_dot > 0"))
def photon_emission_rate(P: U["W"], E_ph: U["J"]) -> U["1/s"]:
    """Number of photons per second emitted by a source of power P."""
    return P / E_ph


@law(
    output="lam_min", on="light",
    assumes=("V > 0", "lam_min > 0"),
    valid="x-rays from electrons accelerated through V",
)
def x_ray_cutoff_wavelength(V: U["V"]) -> U["m"]:
    """Shortest wavelength of the x-rays from a tube at voltage V (Duane-Hunt limit): one
    electron's whole kinetic energy e V becomes one photon."""
    return h_P * c / (q_e * V)


@law(output="lam_0", on="matter", assumes=("E_gap > 0", "lam_0 > 0"),
     valid="one photon lifts one electron across the band gap (a semiconductor or insulator)")
def band_gap_cutoff_wavelength(E_gap: U["J"]) -> U["m"]:
    """Longest wavelength a semiconductor of band gap E_gap absorbs (creating an electron-hole
    pair): a photon needs h c / lam >= E_gap."""
    return h_P * c / E_gap
