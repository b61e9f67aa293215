"""Special relativity: Lorentz factor, time dilation, length contraction, relativistic
energy and momentum, velocity addition, Doppler effect for light.
"""
from math import sqrt

from oracle.laws import U, codata, law

c: U["m/s"] = codata("speed of light in vacuum")


@law(output="gamma", on="body", assumes=("v >= 0", "gamma > 0"), valid="v < c")
def lorentz_factor(v: U["m/s"]) -> U["1"]:
    """Lorentz factor of a body moving at speed v."""
    return 1 / sqrt(1 - v**2 / c**2)


@law(output="dt_lag", on="body", assumes=("v >= 0", "t >= 0", "dt_lag >= 0"),
     valid="t elapsed in the inertial frame where the clock moves at v (special relativity only: no gravity)")
def moving_clock_lag(t: U["s"], v: U["m/s"]) -> U["s"]:
    """How far a clock moving at v falls behind the clocks at rest while they count t
    (t - t/gamma; about t v^2 / 2c^2 at low speed). Written without the difference of two
    nearly equal numbers, which in floating point loses every digit at everyday speeds."""
    return t * (v**2 / c**2) / (1 + sqrt(1 - v**2 / c**2))


@law(output="beta_v", on="body", assumes=("v >= 0", "beta_v > 0"), valid="v < c")
def speed_as_fraction_of_light_speed(v: U["m/s"]) -> U["1"]:
    """Speed v expressed as a fraction of the speed of light."""
    return v / c


@law(
    output="t_dil", on="body",
    assumes=("gamma > 0", "t_0 > 0", "t_dil > 0"),
    valid="inertial frames",
)
def time_dilation(gamma: U["1"], t_0: U["s"]) -> U["s"]:
    """Time dilation: interval measured by an observer for whom a clock with proper time t_0
    moves.
    """
    return gamma * t_0


@law(
    output="d", on="body",
    assumes=("v >= 0", "t_dil > 0", "d >= 0"),
    valid="distance in the frame in which the body moves at v during the dilated time t_dil",
)
def lab_distance_of_moving_body(v: U["m/s"], t_dil: U["s"]) -> U["m"]:
    """Distance a body moving at v covers in the lab while the lab's clocks measure t_dil
    (a muon living t_dil = gamma t_0 travels v t_dil)."""
    return v * t_dil


@law(
    output="d", on="body",
    assumes=("v >= 0", "t_0 > 0", "d >= 0"),
    valid="v < c; d the mean distance in the lab over a proper lifetime t_0 (a beam of unstable particles)",
)
def mean_decay_length(v: U["m/s"], t_0: U["s"]) -> U["m"]:
    """Mean distance an unstable particle of proper lifetime t_0 travels in the lab at speed v
    before it decays: its lab lifetime is gamma t_0, so d = gamma v t_0 (one law, so the
    speed can be solved from d and t_0)."""
    return v * t_0 / sqrt(1 - v**2 / c**2)


@law(output="l_c", on="body", assumes=("l_0 > 0", "gamma > 0", "l_c > 0"), valid="inertial frames")
def length_contraction(l_0: U["m"], gamma: U["1"]) -> U["m"]:
    """Length contraction: length of a moving body of proper length l_0 along its motion."""
    return l_0 / gamma


@law(output="E_0", on="matter", assumes=("m > 0", "E_0 > 0"))
def rest_energy(m: U["kg"]) -> U["J"]:
    """Einstein's mass-energy equivalence: rest energy of a mass m."""
    return m * c**2


@law(output="E_tot", on="body", assumes=("gamma > 0", "m > 0", "E_tot > 0"))
def total_relativistic_energy(gamma: U["1"], m: U["kg"]) -> U["J"]:
    """Total energy of a body of rest mass m moving with Lorentz factor gamma."""
    return gamma * m * c**2


@law(output="p_rel", on="body", assumes=("gamma > 0", "m > 0", "v >= 0", "p_rel > 0"))
def relativistic_momentum(gamma: U["1"], m: U["kg"], v: U["m/s"]) -> U["kg*m/s"]:
    """Momentum of a body of rest mass m moving at speed v with Lorentz factor gamma."""
    return gamma * m * v


@law(output="E_k_rel", on="body", assumes=("gamma > 0", "m > 0", "E_k_rel > 0", "gamma > 1"))
def relativistic_kinetic_energy(gamma: U["1"], m: U["kg"]) -> U["J"]:
    """Kinetic energy of a body of rest mass m moving with Lorentz factor gamma."""
    return (gamma - 1) * m * c**2


@law(output="E_tot", on="body", assumes=("p_rel > 0", "m > 0", "E_tot > 0"))
def energy_momentum_relation(p_rel: U["kg*m/s"], m: U["kg"]) -> U["J"]:
    """Energy-momentum relation E^2 = (pc)^2 + (mc^2)^2."""
    return sqrt((p_rel * c)**2 + (m * c**2)**2)


@law(output="E_tot", on="body", assumes=("E_k_rel > 0", "E_0 > 0", "E_tot > 0"))
def total_energy_from_kinetic_energy(E_k_rel: U["J"], E_0: U["J"]) -> U["J"]:
    """Total relativistic energy: kinetic energy plus rest energy."""
    return E_k_rel + E_0


@law(
    output="u", on="body",
    assumes=("v_frame >= 0",),
    valid="collinear velocities, all below c",
)
def relativistic_velocity_addition(u_prime: U["m/s"], v_frame: U["m/s"]) -> U["m/s"]:
    """Velocity in the lab of a body moving at u_prime relative to a frame that moves at
    v_frame along the same line (the ship a probe is fired from).
    """
    return (u_prime + v_frame) / (1 + u_prime * v_frame / c**2)


@law(
    output="f_o", on="light",
    assumes=("f_s > 0", "beta_v > 0", "f_o > 0", "beta_v < 1"),
    valid="source approaching along the line of sight, beta_v < 1",
    premise="the waves are light or radio (nothing {heard} or {hears}: not a {horn}, {siren}, {bell}, "
            "{whistle}, {sound} or {echo})",
)
def relativistic_doppler_approaching(f_s: U["Hz"], beta_v: U["1"]) -> U["Hz"]:
    """Relativistic Doppler effect for light from a source approaching at speed beta_v c."""
    return f_s * sqrt((1 + beta_v) / (1 - beta_v))


@law(
    output="f_o", on="light",
    assumes=("f_s > 0", "f_o > 0"),
    valid="source receding along the line of sight (v_rec < 0 when approaching)",
    premise="the waves are light or radio (nothing {heard} or {hears}: not a {horn}, {siren}, {bell}, "
            "{whistle}, {sound} or {echo})",
)
def relativistic_doppler_receding(f_s: U["Hz"], v_rec: U["m/s"]) -> U["Hz"]:
    """Relativistic Doppler effect: frequency observed from a source receding at v_rec."""
    return f_s * sqrt((c - v_rec) / (c + v_rec))


@law(
    output="lam_obs", on="light",
    assumes=("lam > 0", "lam_obs > 0"),
    valid="source receding along the line of sight (v_rec < 0 when approaching)",
    premise="the waves are light or radio (nothing {heard} or {hears}: not a {horn}, {siren}, {bell}, "
            "{whistle}, {sound} or {echo})",
)
def relativistic_redshift(lam: U["m"], v_rec: U["m/s"]) -> U["m"]:
    """Wavelength observed from a source receding at v_rec that emits wavelength lam."""
    return lam * sqrt((c + v_rec) / (c - v_rec))


@law(
    output="lam_obs", on="light",
    assumes=("lam > 0", "lam_obs > 0", "v_app >= 0"),
    valid="source approaching along the line of sight",
    premise="the waves are light or radio (nothing {heard} or {hears}: not a {horn}, {siren}, {bell}, "
            "{whistle}, {sound} or {echo})",
)
def relativistic_blueshift(lam: U["m"], v_app: U["m/s"]) -> U["m"]:
    """Wavelength observed from a source approaching at v_app that emits wavelength lam."""
    return lam * sqrt((c - v_app) / (c + v_app))



@law(output="m_conv", on="matter", assumes=("P > 0", "m_conv > 0"), cost=2,
     valid="the power comes from mass turned into energy (E = m c^2): a star's fusion, a reactor's fission")
def mass_converted_per_second(P: U["W"]) -> U["kg/s"]:
    """Mass a source of power P turns into energy each second: P / c^2."""
    return P / c**2


@law(output="m_eq", on="matter", assumes=("E > 0", "m_eq > 0"), cost=2,
     valid="mass-energy equivalence (E = m c^2)")
def mass_equivalent_of_an_energy(E: U["J"]) -> U["kg"]:
    """The mass equivalent to an amount of energy E: E / c^2."""
    return E / c**2
