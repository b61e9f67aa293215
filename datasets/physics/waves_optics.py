"""Waves and optics: wave relations, sound, Doppler, refraction, lenses and mirrors,
interference, diffraction and polarization.
"""
from math import sqrt, log, sin, cos, asin, atan, pi

from oracle.laws import U, codata, law

c: U["m/s"] = codata("speed of light in vacuum")
R_gas: U["J/(mol*K)"] = codata("molar gas constant")
k_sabine: U["s/m"] = 0.161  # Sabine's constant, 24 ln(10) / (343 m/s): air at about 20 degC
I_ref: U["W/m^2"] = 1e-12  # reference intensity of the decibel scale (threshold of hearing)
k_rayleigh: U["1"] = 1.21966989  # first zero of the Bessel function J1, divided by pi
gamma_air: U["1"] = 1.4  # adiabatic index of dry air (diatomic ideal gas)
g_n: U["m/s^2"] = codata("standard acceleration of gravity")
M_air: U["kg/mol"] = 0.0289647  # molar mass of dry air (ISO 2533 standard atmosphere)
T_ice: U["K"] = 273.15  # 0 degC


@law(output="v_w", on="wave", assumes=("f > 0", "lam > 0", "v_w > 0"))
def wave_speed(f: U["Hz"], lam: U["m"]) -> U["m/s"]:
    """Wave equation: speed of a wave of frequency f and wavelength lam."""
    return f * lam


@law(output="f", on="light", assumes=("lam > 0", "f > 0"), valid="electromagnetic wave in vacuum")
def frequency_of_light_from_wavelength(lam: U["m"]) -> U["Hz"]:
    """Frequency of light (or any electromagnetic wave) of wavelength lam in vacuum."""
    return c / lam


@law(output="k_w", on="wave", assumes=("lam > 0", "k_w > 0"))
def wave_number(lam: U["m"]) -> U["rad/m"]:
    """Angular wave number of a wave of wavelength lam."""
    return 2 * pi / lam


@law(
    output="v_w", on="string",
    assumes=("F_T > 0", "mu_l > 0", "v_w > 0"),
    valid="perfectly flexible string, small amplitude",
)
def wave_speed_on_string(F_T: U["N"], mu_l: U["kg/m"]) -> U["m/s"]:
    """Speed of a transverse wave on a string under tension F_T with linear density mu_l."""
    return sqrt(F_T / mu_l)


@law(
    output="v_w", on="sound", of={"gamma_ad": "gas", "T": "gas", "M_mol": "gas"},
    assumes=("gamma_ad > 0", "T > 0", "M_mol > 0", "v_w > 0"),
    valid="ideal gas",
)
def speed_of_sound_in_ideal_gas(gamma_ad: U["1"], T: U["K"], M_mol: U["kg/mol"]) -> U["m/s"]:
    """Speed of sound in an ideal gas of adiabatic index gamma_ad and molar mass M_mol at
    temperature T.
    """
    return sqrt(gamma_ad * R_gas * T / M_mol)


@law(
    output="v_w", on="sound", of={"T": "air"},
    assumes=("T > 0", "v_w > 0"),
    valid="dry air as a diatomic ideal gas (gamma 1.4, molar mass 28.96 g/mol)",
    cost=2,
)
def speed_of_sound_in_air(T: U["K"]) -> U["m/s"]:
    """Speed of sound in dry air at temperature T (343 m/s at 20 degrees Celsius)."""
    return sqrt(gamma_air * R_gas * T / M_air)


@law(
    output="v_w", on="sound", of={"T": "air"},
    assumes=("v_w0 > 0", "T > 0", "v_w > 0"),
    valid="an ideal gas: the speed of sound goes as the square root of the absolute temperature",
)
def speed_of_sound_from_its_value_at_0C(v_w0: U["m/s"], T: U["K"]) -> U["m/s"]:
    """Speed of sound in air at temperature T from its speed at 0 degC (331.3 m/s in dry air):
    v = v0 sqrt(T / 273.15 K)."""
    return v_w0 * sqrt(T / T_ice)


@law(
    output="f", on="string",
    assumes=("n_h > 0", "v_w > 0", "l > 0", "f > 0"),
    valid="string fixed at both ends",
)
def standing_wave_frequency(n_h: U["1"], v_w: U["m/s"], l: U["m"]) -> U["Hz"]:
    """Frequency of the n-th harmonic of a string of length l fixed at both ends."""
    return n_h * v_w / (2 * l)


@law(output="t", on="string", assumes=("v_w > 0", "l > 0", "t > 0"), valid="a pulse along the whole string")
def pulse_travel_time_along_string(l: U["m"], v_w: U["m/s"]) -> U["s"]:
    """Time a pulse takes to travel the whole length l of a string (or cable) at the wave speed v_w."""
    return l / v_w


@law(
    output="f", on="string",
    assumes=("v_w > 0", "l > 0", "f > 0"),
    valid="string fixed at both ends, fundamental mode (first harmonic)",
    cost=2,
)
def string_fundamental_frequency(v_w: U["m/s"], l: U["m"]) -> U["Hz"]:
    """Fundamental frequency of a string of length l fixed at both ends."""
    return v_w / (2 * l)


@law(output="mu_l", on="string", assumes=("m > 0", "l > 0", "mu_l > 0"), valid="uniform string")
def linear_density_of_string(m: U["kg"], l: U["m"]) -> U["kg/m"]:
    """Mass per unit length of a uniform string of mass m and length l."""
    return m / l


@law(
    output="f", on="open pipe",
    assumes=("n_h > 0", "v_w > 0", "l > 0", "f > 0"),
    valid="pipe open at both ends",
)
def open_pipe_frequency(n_h: U["1"], v_w: U["m/s"], l: U["m"]) -> U["Hz"]:
    """Frequency of the n-th harmonic of a pipe of length l open at both ends."""
    return n_h * v_w / (2 * l)


@law(
    output="f", on="open pipe",
    assumes=("v_w > 0", "l > 0", "f > 0"),
    valid="pipe open at both ends, fundamental mode",
    cost=2,
)
def open_pipe_fundamental_frequency(v_w: U["m/s"], l: U["m"]) -> U["Hz"]:
    """Fundamental frequency of a pipe of length l open at both ends."""
    return v_w / (2 * l)


@law(
    output="f", on="closed pipe",
    assumes=("n_h > 0", "v_w > 0", "l > 0", "f > 0"),
    valid="pipe closed at one end; n_h odd (1, 3, 5, ...)",
)
def closed_pipe_frequency(n_h: U["1"], v_w: U["m/s"], l: U["m"]) -> U["Hz"]:
    """Frequency of the n-th harmonic (n odd) of a pipe of length l closed at one end."""
    return n_h * v_w / (4 * l)


@law(
    output="f", on="closed pipe",
    assumes=("v_w > 0", "l > 0", "f > 0"),
    valid="pipe closed at one end, fundamental mode",
    cost=2,
)
def closed_pipe_fundamental_frequency(v_w: U["m/s"], l: U["m"]) -> U["Hz"]:
    """Fundamental frequency of a pipe of length l closed at one end."""
    return v_w / (4 * l)


@law(output="d", on="wave", assumes=("v_w > 0", "t > 0", "d > 0"), valid="uniform medium")
def distance_travelled_by_wave(v_w: U["m/s"], t: U["s"]) -> U["m"]:
    """Distance a wave (a sound, a light pulse) travels in a time t."""
    return v_w * t


@law(output="h", on="sound", assumes=("v_w > 0", "t_echo > 0", "h > 0"),
     valid="the pulse goes straight down (or in) to the reflecting boundary and back",
     cost=2)  # the depth is the echo's one-way path only for a sonar or a probe: never a check on other depths
def echo_depth(v_w: U["m/s"], t_echo: U["s"]) -> U["m"]:
    """Depth of the boundary that reflects a sonar or ultrasound pulse (the sea floor, an
    organ's wall) below the probe, from the echo's round-trip time t_echo."""
    return v_w * t_echo / 2


@law(output="d", on="sound", assumes=("v_w > 0", "t_echo > 0", "d > 0"), valid="the echo returns along its path")
def echo_distance(v_w: U["m/s"], t_echo: U["s"]) -> U["m"]:
    """Distance to a reflecting surface (a cliff, the sea floor under a sonar) whose echo
    returns a time t_echo after the sound is sent: the sound goes there and back."""
    return v_w * t_echo / 2


@law(
    output="f_o", on="sound",
    conditions=("v_s < v_w",),
    assumes=("f_s > 0", "v_w > 0", "f_o > 0", "v_w > v_s"),
    valid="speeds along the line joining them, positive when approaching, v_s < v_w",
)
def doppler_effect(f_s: U["Hz"], v_w: U["m/s"], v_o: U["m/s"], v_s: U["m/s"]) -> U["Hz"]:
    """Doppler effect for sound: observed frequency with observer speed v_o towards the source
    and source speed v_s towards the observer.
    """
    return f_s * (v_w + v_o) / (v_w - v_s)


@law(
    output="f_o", on="sound",
    conditions=("v_s < v_w",),
    assumes=("f_s > 0", "v_w > 0", "f_o > 0", "v_w > v_s"),
    valid="observer at rest; source speed positive when approaching, v_s < v_w",
    cost=2,
)
def doppler_effect_moving_source(f_s: U["Hz"], v_w: U["m/s"], v_s: U["m/s"]) -> U["Hz"]:
    """Doppler effect for sound heard by an observer at rest from a source moving at v_s."""
    return f_s * v_w / (v_w - v_s)


@law(
    output="f_o", on="sound", of={"v": "body"},
    conditions=("v < v_w",),
    assumes=("f_s > 0", "v_w > 0", "f_o > 0", "v >= 0"),
    valid="listener at rest; the source a body (a train, a car, an aircraft) moving at v straight at the "
          "listener, v < v_w",
    premise="the source is [approaching] (moving [towards] or [toward] the listener; not {receding} "
            "or moving {away})",
    cost=2,
)
def doppler_effect_approaching_body(f_s: U["Hz"], v_w: U["m/s"], v: U["m/s"]) -> U["Hz"]:
    """Pitch heard from a body (a train's horn) coming straight at a listener at rest at speed v."""
    return f_s * v_w / (v_w - v)


@law(
    output="f_o", on="sound", of={"v": "body"},
    assumes=("f_s > 0", "v_w > 0", "f_o > 0", "v >= 0"),
    valid="listener at rest; the source a body moving at v straight away from the listener",
    premise="the source is [receding] (moving [away] from the listener; not {approaching} or moving "
            "{towards} it)",
    cost=2,
)
def doppler_effect_receding_body(f_s: U["Hz"], v_w: U["m/s"], v: U["m/s"]) -> U["Hz"]:
    """Pitch heard from a body (a train's horn) going straight away from a listener at rest at speed v."""
    return f_s * v_w / (v_w + v)


@law(
    output="f_beat", on="wave", members="wave",
    assumes=("f1 > 0", "f2 > 0", "f_beat > 0", "f1 > f2"),
)
def beat_frequency(f1: U["Hz"], f2: U["Hz"]) -> U["Hz"]:
    """Beat frequency of two tones of frequencies f1 > f2."""
    return f1 - f2


@law(
    output="I_int", on="wave",
    assumes=("P > 0", "r > 0", "I_int > 0"),
    valid="isotropic source, no absorption",
)
def intensity_of_point_source(P: U["W"], r: U["m"]) -> U["W/m^2"]:
    """Intensity at distance r from a point source radiating power P uniformly in all
    directions.
    """
    return P / (4 * pi * r**2)


@law(output="I_int", on="wave", assumes=("P > 0", "A > 0", "I_int > 0"))
def intensity_from_power_and_area(P: U["W"], A: U["m^2"]) -> U["W/m^2"]:
    """Intensity: power P spread over an area A perpendicular to the beam."""
    return P / A


@law(output="beta_dB", on="sound", assumes=("I_int > 0", "beta_dB > 0"))
def sound_intensity_level(I_int: U["W/m^2"]) -> U["1"]:
    """Sound intensity level in decibels relative to the threshold of hearing (1e-12 W/m^2)."""
    return 10 * log(I_int / I_ref) / log(10)


@law(
    output="theta_2", on="interface", members="medium",
    assumes=("n1 > 0", "n2 > 0"),
    valid="no total internal reflection",
    conditions=("n1*sin(theta_1) <= n2",),
)
def snells_law(n1: U["1"], theta_1: U["rad"], n2: U["1"]) -> U["rad"]:
    """Snell's law: angle of refraction for light passing from medium n1 into medium n2."""
    return asin(n1 * sin(theta_1) / n2)


@law(
    output="theta_2", on="interface", members="medium",
    assumes=("n2 > 0",),
    valid="light arriving from air or vacuum (n1 = 1)",
    cost=2,
    premise="the light arrives from [air] or [vacuum], as usual (not light {leaving} a medium {into air}: "
            "{refracted into air}, at an {angle of refraction in air})",
)
def snells_law_from_air(theta_1: U["rad"], n2: U["1"]) -> U["rad"]:
    """Snell's law for light passing from air into a medium of index n2: angle of refraction."""
    return asin(sin(theta_1) / n2)


@law(
    output="theta_2", on="interface", members="medium",
    assumes=("n1 > 0",),
    valid="light leaving a medium of index n1 into air or vacuum (n2 = 1), no total internal reflection",
    conditions=("n1*sin(theta_1) <= 1",),
    cost=2,
    premise="the light leaves the medium [into air] or vacuum (at an [angle of refraction in air], "
            "[refracted into air], [leaving] the medium; not arriving {from air})",
)
def snells_law_into_air(n1: U["1"], theta_1: U["rad"]) -> U["rad"]:
    """Snell's law for light passing from a medium of index n1 out into air: angle of refraction."""
    return asin(n1 * sin(theta_1))


@law(output="d_app", on="medium", assumes=("d_real > 0", "n_r >= 1", "d_app > 0"), cost=2,
     valid="seen from the air above, looking nearly straight down (small angles)")
def apparent_depth(d_real: U["m"], n_r: U["1"]) -> U["m"]:
    """Depth at which an object under a flat surface of a medium of index n_r appears, seen
    from the air straight above: its real depth over n_r."""
    return d_real / n_r


@law(output="lam_n", on="light", of={"n_r": "medium"}, assumes=("lam > 0", "n_r > 0", "lam_n > 0"))
def wavelength_in_medium(lam: U["m"], n_r: U["1"]) -> U["m"]:
    """Wavelength in a medium of refractive index n_r of light whose vacuum wavelength is lam."""
    return lam / n_r


@law(output="n_r", on="medium", assumes=("v_n > 0", "n_r > 0"))
def refractive_index(v_n: U["m/s"]) -> U["1"]:
    """Refractive index of a medium in which light travels at speed v_n."""
    return c / v_n


@law(
    output="theta_c", on="interface", members="medium",
    conditions=("n2 < n1",),
    assumes=("n2 > 0", "n1 > 0", "n1 > n2"),
)
def critical_angle(n2: U["1"], n1: U["1"]) -> U["rad"]:
    """Critical angle for total internal reflection going from medium n1 into a less dense
    medium n2.
    """
    return asin(n2 / n1)


@law(
    output="theta_c", on="interface", members="medium",
    conditions=("n1 > 1",),
    assumes=("n1 > 1",),
    valid="into air or vacuum (n2 = 1)",
    premise="the light would leave into [air] or a [vacuum] (not into a fibre's {cladding} or a {coating})",
    cost=2,
)
def critical_angle_into_air(n1: U["1"]) -> U["rad"]:
    """Critical angle for total internal reflection going from a medium of index n1 into air."""
    return asin(1 / n1)


@law(output="theta_B", on="interface", members="medium", assumes=("n2 > 0", "n1 > 0"))
def brewsters_angle(n2: U["1"], n1: U["1"]) -> U["rad"]:
    """Brewster's angle: incidence angle at which reflected light from medium n1 off medium n2
    is fully polarized.
    """
    return atan(n2 / n1)


@law(
    output="theta_B", on="interface", members="medium",
    assumes=("n2 > 0",),
    valid="light arriving from air or vacuum (n1 = 1)",
    cost=2,
)
def brewsters_angle_from_air(n2: U["1"]) -> U["rad"]:
    """Brewster's angle for light in air reflected off a medium of index n2."""
    return atan(n2)


@law(
    output="d_i", on="optic",
    assumes=("d_o > 0",),
    valid="thin lens or spherical mirror, paraxial rays, real-is-positive convention",
    premise="a positive focal length is a [converging] lens ([convex lens]) or a [concave mirror] "
            "(a {diverging} lens, a {concave lens} or a {convex mirror} has a negative one)",
)
def thin_lens_equation(f_focal: U["m"], d_o: U["m"]) -> U["m"]:
    """Thin lens (and mirror) equation 1/f = 1/d_o + 1/d_i solved for the image distance."""
    return f_focal * d_o / (d_o - f_focal)


@law(output="M_mag", on="optic", assumes=("d_o > 0",), valid="real-is-positive convention")
def magnification_from_distances(d_i: U["m"], d_o: U["m"]) -> U["1"]:
    """Lateral magnification of a thin lens or mirror from the image and object distances."""
    return -d_i / d_o


@law(output="M_mag", on="optic", assumes=("h_o > 0",))
def magnification_from_heights(h_i: U["m"], h_o: U["m"]) -> U["1"]:
    """Lateral magnification: image height over object height."""
    return h_i / h_o


@law(output="P_lens", on="optic", assumes=("d_far > 0",),
     valid="a thin lens at the eye that images infinity at the far point (short sight)")
def lens_power_for_far_point(d_far: U["m"]) -> U["1/m"]:
    """Power of the (diverging) lens that lets an eye of far point d_far see distant objects."""
    return -1 / d_far


@law(output="P_lens", on="optic", assumes=("d_far > 0", "x_eye >= 0"), conditions=("x_eye < d_far",),
     valid="a thin lens a distance x_eye in front of the eye that images infinity at the far point")
def lens_power_for_far_point_at_distance(d_far: U["m"], x_eye: U["m"]) -> U["1/m"]:
    """Power of the lens, worn x_eye in front of the eye, for an eye of far point d_far."""
    return -1 / (d_far - x_eye)


@law(output="P_lens", on="optic", assumes=("d_near > 0", "d_read > 0"), conditions=("d_read < d_near",),
     valid="a thin lens at the eye that images the reading distance at the near point (long sight)")
def lens_power_for_near_point(d_near: U["m"], d_read: U["m"]) -> U["1/m"]:
    """Power of the (converging) lens that lets an eye of near point d_near read at d_read."""
    return 1 / d_read - 1 / d_near


@law(output="P_lens", on="optic", assumes=("d_near > 0", "d_read > 0", "x_eye >= 0"),
     conditions=("d_read < d_near", "x_eye < d_read"),
     valid="a thin lens a distance x_eye in front of the eye that images the reading distance at the near point")
def lens_power_for_near_point_at_distance(d_near: U["m"], d_read: U["m"], x_eye: U["m"]) -> U["1/m"]:
    """Power of reading glasses worn x_eye in front of an eye of near point d_near, for reading at d_read
    (distances measured from the eye)."""
    return 1 / (d_read - x_eye) - 1 / (d_near - x_eye)


@law(output="P_lens", on="optic", assumes=())
def lens_power(f_focal: U["m"]) -> U["1/m"]:
    """Optical power of a lens of focal length f_focal."""
    return 1 / f_focal


@law(output="f_focal", on="optic", assumes=(), valid="paraxial rays")
def mirror_focal_length(R_curv: U["m"]) -> U["m"]:
    """Focal length of a spherical mirror of radius of curvature R_curv."""
    return R_curv / 2


@law(
    output="theta_d", on="aperture", of={"lam": "light"},
    conditions=("m_ord*lam <= d_g",),
    assumes=("m_ord > 0", "lam > 0", "d_g > 0"),
    valid="far field, m lam <= d",
)
def diffraction_grating(m_ord: U["1"], lam: U["m"], d_g: U["m"]) -> U["rad"]:
    """Grating (or double-slit) equation d sin(theta) = m lam: angle of the m-th order maximum."""
    return asin(m_ord * lam / d_g)


@law(output="d_g", on="aperture", assumes=("n_lines > 0", "d_g > 0"))
def grating_spacing_from_line_density(n_lines: U["1/m"]) -> U["m"]:
    """Slit spacing of a grating with n_lines lines per metre."""
    return 1 / n_lines


@law(
    output="y_m", on="aperture", of={"lam": "light"},
    conditions=("4*y_m <= L_scr",),
    assumes=("m_ord > 0", "lam > 0", "L_scr > 0", "d_g > 0", "y_m > 0"),
    valid="small angles, screen far away",
)
def double_slit_fringe_position(
        m_ord: U["1"],
        lam: U["m"],
        L_scr: U["m"],
        d_g: U["m"],
) -> U["m"]:
    """Distance of the m-th bright fringe from the centre in Young's double-slit experiment."""
    return m_ord * lam * L_scr / d_g


@law(
    output="dy", on="aperture", of={"lam": "light"},
    conditions=("4*dy <= L_scr",),
    assumes=("lam > 0", "L_scr > 0", "d_g > 0", "dy > 0"),
    valid="small angles, screen far away",
)
def double_slit_fringe_spacing(lam: U["m"], L_scr: U["m"], d_g: U["m"]) -> U["m"]:
    """Spacing between adjacent bright fringes in Young's double-slit experiment."""
    return lam * L_scr / d_g


@law(
    output="theta_d", on="aperture", of={"lam": "light"},
    conditions=("m_ord*lam <= a_slit",),
    assumes=("m_ord > 0", "lam > 0", "a_slit > 0"),
    valid="far field (Fraunhofer)",
)
def single_slit_minimum(m_ord: U["1"], lam: U["m"], a_slit: U["m"]) -> U["rad"]:
    """Angle of the m-th dark fringe of single-slit diffraction of a slit of width a_slit."""
    return asin(m_ord * lam / a_slit)


@law(
    output="theta_R", on="aperture", of={"lam": "light"},
    conditions=("4*theta_R <= 1",),
    assumes=("lam > 0", "D_ap > 0"),
    valid="small angles, circular aperture",
)
def rayleigh_criterion(lam: U["m"], D_ap: U["m"]) -> U["rad"]:
    """Rayleigh criterion: smallest angular separation resolvable by a circular aperture of
    diameter D_ap.
    """
    return k_rayleigh * lam / D_ap


@law(
    output="I_int", on="aperture",
    assumes=("I_0 > 0", "I_int > 0"),
    valid="incident light linearly polarized",
    premise="the incident light is linearly [polarized] ({unpolarized} light loses half at the first polarizer)",
)
def malus_law(I_0: U["W/m^2"], theta: U["rad"]) -> U["W/m^2"]:
    """Malus's law: intensity of polarized light of intensity I_0 after a polarizer at angle
    theta.
    """
    return I_0 * cos(theta)**2


@law(
    output="theta_d", on="aperture", of={"lam": "light"},
    conditions=("m_ord*lam <= 2*d_bragg",),
    assumes=("m_ord > 0", "lam > 0", "d_bragg > 0"),
)
def braggs_law(m_ord: U["1"], lam: U["m"], d_bragg: U["m"]) -> U["rad"]:
    """Bragg's law 2 d sin(theta) = m lam: glancing angle of the m-th order reflection from
    crystal planes d_bragg apart.
    """
    return asin(m_ord * lam / (2 * d_bragg))


@law(output="phi", on="wave", assumes=("dx_path >= 0", "lam > 0"))
def phase_difference_from_path_difference(dx_path: U["m"], lam: U["m"]) -> U["rad"]:
    """Phase difference between two waves of wavelength lam whose paths differ by dx_path."""
    return 2 * pi * dx_path / lam


@law(output="I_int", on="aperture", assumes=("I_unpol > 0", "I_int > 0"), valid="ideal polarizer")
def unpolarized_light_through_polarizer(I_unpol: U["W/m^2"]) -> U["W/m^2"]:
    """Intensity of unpolarized light of intensity I_unpol after one ideal polarizer."""
    return I_unpol / 2


@law(
    output="I_int", on="aperture",
    assumes=("I_0 > 0", "I_int >= 0"),
    valid="two ideal polarizers in a row",
    premise="the incident light is [unpolarized] ({polarized} light passes the first polarizer by Malus's law)",
)
def unpolarized_light_through_two_polarizers(I_0: U["W/m^2"], theta_ax: U["rad"]) -> U["W/m^2"]:
    """Intensity of unpolarized light of intensity I_0 after two polarizers whose transmission
    axes are theta_ax apart: half passes the first, then Malus's law."""
    return I_0 / 2 * cos(theta_ax)**2


@law(output="v_w", on="water wave", assumes=("g > 0", "h > 0", "v_w > 0"),
     valid="water much shallower than the wavelength (a tsunami in the open ocean, waves near a beach)",
     premise="the water is [shallow] compared with the wavelength")
def shallow_water_wave_speed(g: U["m/s^2"], h: U["m"]) -> U["m/s"]:
    """Speed of a gravity wave on water of depth h much less than its wavelength."""
    return sqrt(g * h)


@law(output="v_w", on="water wave", assumes=("h > 0", "v_w > 0"), cost=3,
     valid="on Earth (g = 9.80665 m/s^2), water much shallower than the wavelength",
     premise="the water is [shallow] compared with the wavelength")
def shallow_water_wave_speed_on_earth(h: U["m"]) -> U["m/s"]:
    """Speed on Earth of a gravity wave on water of depth h much less than its wavelength."""
    return sqrt(g_n * h)


@law(output="lam", on="water wave", assumes=("T_period > 0", "lam > 0"), cost=3,
     valid="on Earth (g = 9.80665 m/s^2), water much deeper than half the wavelength",
     premise="the water is [deep] compared with the wavelength")
def deep_water_wavelength_on_earth(T_period: U["s"]) -> U["m"]:
    """Wavelength on Earth of a gravity wave of period T_period on deep water."""
    return g_n * T_period**2 / (2 * pi)


@law(output="lam", on="water wave", assumes=("g > 0", "T_period > 0", "lam > 0"),
     valid="water much deeper than half the wavelength (ocean swell)",
     premise="the water is [deep] compared with the wavelength")
def deep_water_wavelength(g: U["m/s^2"], T_period: U["s"]) -> U["m"]:
    """Wavelength of a gravity wave of period T_period on deep water."""
    return g * T_period**2 / (2 * pi)


@law(output="d", on="light", assumes=("t > 0", "d > 0"), valid="light in vacuum (or air)", cost=2)
def light_travel_distance(t: U["s"]) -> U["m"]:
    """Distance light covers in vacuum in a time t (its travel time over a distance d)."""
    return c * t


@law(output="d", on="thin film", of={"lam": "light"}, assumes=("lam > 0", "n_r > 0", "d > 0"),
     valid="thinnest film reflecting light of vacuum wavelength lam most strongly with one phase "
           "reversal (a soap film in air), or the thinnest anti-reflection coating on a denser medium")
def thin_film_minimum_thickness(lam: U["m"], n_r: U["1"]) -> U["m"]:
    """Minimum thickness of a film of refractive index n_r for a quarter wavelength in it."""
    return lam / (4 * n_r)


@law(output="M_ang", on="optic", assumes=("d_near > 0", "f_focal > 0", "M_ang > 0"),
     valid="a simple magnifier (a converging lens held close to the eye)",
     premise="the eye is [relaxed], the final image at [infinity] (not at the {near point})")
def magnifier_relaxed_eye(d_near: U["m"], f_focal: U["m"]) -> U["1"]:
    """Angular magnification of a simple magnifier of focal length f_focal with the final
    image at infinity (a relaxed eye): d_near / f_focal."""
    return d_near / f_focal


@law(output="M_ang", on="optic", assumes=("d_near > 0", "f_focal > 0", "M_ang > 0"),
     valid="a simple magnifier (a converging lens held close to the eye)",
     premise="the final image is at the [near point] (not at {infinity}, nor for a {relaxed} eye)")
def magnifier_image_at_near_point(d_near: U["m"], f_focal: U["m"]) -> U["1"]:
    """Angular magnification of a simple magnifier of focal length f_focal with the final
    image at the near point: 1 + d_near / f_focal (the most it gives)."""
    return 1 + d_near / f_focal


@law(output="M_ang", on="optic", assumes=("L_tube > 0", "f_obj > 0", "d_near > 0", "f_eye > 0", "M_ang > 0"),
     conditions=("L_tube > f_obj",),
     valid="compound microscope, final image at infinity, tube length much longer than the focal lengths",
     premise="the instrument is a compound [microscope]")
def compound_microscope_magnification(L_tube: U["m"], f_obj: U["m"], d_near: U["m"], f_eye: U["m"]) -> U["1"]:
    """Overall magnification of a compound microscope: the objective's (L_tube / f_obj) times
    the eyepiece's as a magnifier (d_near / f_eye)."""
    return (L_tube / f_obj) * (d_near / f_eye)


@law(output="M_ang", on="optic", assumes=("f_obj > 0", "f_eye > 0", "M_ang > 0"),
     valid="telescope or binoculars in normal adjustment (afocal, final image at infinity)",
     premise="the instrument is a [telescope] or [binoculars]")
def telescope_angular_magnification(f_obj: U["m"], f_eye: U["m"]) -> U["1"]:
    """Angular magnification of a telescope: objective focal length over eyepiece focal length."""
    return f_obj / f_eye


@law(output="D_exit", on="optic", assumes=("D_ap > 0", "M_ang > 0", "D_exit > 0"),
     valid="telescope or binoculars in normal adjustment, the objective is the aperture stop")
def exit_pupil_diameter(D_ap: U["m"], M_ang: U["1"]) -> U["m"]:
    """Diameter of a telescope's exit pupil: objective diameter over angular magnification."""
    return D_ap / M_ang


@law(output="theta_c", on="interface", assumes=("n_core > 0", "n_clad > 0", "n_core > n_clad"),
     conditions=("n_clad < n_core",),
     valid="step-index fibre: light in the core meeting the core-cladding boundary")
def critical_angle_in_fibre(n_clad: U["1"], n_core: U["1"]) -> U["rad"]:
    """Critical angle at the core-cladding boundary of an optical fibre (measured from the
    normal): beyond it the light is totally reflected and stays in the core."""
    return asin(n_clad / n_core)


@law(output="NA_fib", on="interface", assumes=("n_core > 0", "n_clad > 0", "NA_fib > 0"),
     conditions=("n_clad < n_core",),
     valid="step-index fibre (core n_core, cladding n_clad) accepting light from air")
def numerical_aperture_of_fibre(n_core: U["1"], n_clad: U["1"]) -> U["1"]:
    """Numerical aperture of a step-index fibre: the sine of the widest acceptance half-angle
    in air, from total internal reflection at the core-cladding boundary."""
    return sqrt(n_core**2 - n_clad**2)


@law(output="theta_acc", on="interface", assumes=("n_core > 0", "n_clad > 0", "theta_acc > 0"),
     conditions=("n_clad < n_core", "n_core**2 - n_clad**2 < 1"),
     valid="step-index fibre (core n_core, cladding n_clad) accepting light from air")
def acceptance_angle_of_fibre(n_core: U["1"], n_clad: U["1"]) -> U["rad"]:
    """Widest angle to the fibre's axis at which light from air enters and is guided: its
    sine is the numerical aperture."""
    return asin(sqrt(n_core**2 - n_clad**2))


@law(output="beta_far", on="sound", assumes=("r_near > 0", "r_far > 0"), cost=2,
     valid="a point source radiating evenly in open space (no reflections, no absorption)")
def sound_level_at_another_distance(beta_near: U["1"], r_near: U["m"], r_far: U["m"]) -> U["1"]:
    """Level of a point source at r_far from its level at r_near: the intensity falls as
    1/r^2, so the level falls by 20 log10(r_far/r_near) decibels."""
    return beta_near - 20 * log(r_far / r_near) / log(10)


@law(output="beta_tot", on="sound", assumes=("beta_tot > 0",), cost=2,
     valid="two identical incoherent sources at the same level at the listener (intensities add)",
     premise="a second, [identical] source plays at the same level; only where the question says so: "
             "sounds [combined] or [together], [two] or [both] sources, a [second] or [another] one, "
             "a [pair], or the level of [one] of them")
def sound_level_of_two_equal_sources(beta_dB: U["1"]) -> U["1"]:
    """Level of two equally loud incoherent sources together: their intensities add, so the
    level rises by 10 log10 2 (about 3 dB)."""
    return beta_dB + 10 * log(2) / log(10)


@law(output="d_src", on="wave", assumes=("dt_SP > 0", "v_P > 0", "v_S > 0", "d_src > 0"),
     conditions=("v_S < v_P",),
     valid="straight paths at uniform speeds from one source (an earthquake's P and S waves)")
def source_distance_from_s_minus_p_gap(dt_SP: U["s"], v_P: U["m/s"], v_S: U["m/s"]) -> U["m"]:
    """Distance to the source of two waves that leave together and arrive dt_SP apart: the slow
    (S) wave needs d/v_S, the fast (P) wave d/v_P."""
    return dt_SP / (1 / v_S - 1 / v_P)


@law(output="T_rev", on="hall", assumes=("Vol > 0", "A_abs > 0", "T_rev > 0"),
     valid="a diffuse sound field (Sabine), air at about 20 degC, modest absorption")
def sabine_reverberation_time(Vol: U["m^3"], A_abs: U["m^2"]) -> U["s"]:
    """Sabine's reverberation time of a hall of volume Vol whose surfaces absorb as an open
    window of area A_abs: the time for the sound to fall by 60 dB."""
    return k_sabine * Vol / A_abs


@law(output="P_out", on="wind turbine", of={"rho_f": "fluid"}, assumes=("C_p > 0", "rho_f > 0", "A > 0", "v_wind >= 0"),
     valid="steady wind through the rotor's swept area A; C_p at most the Betz limit 16/27")
def wind_turbine_power(C_p: U["1"], rho_f: U["kg/m^3"], A: U["m^2"], v_wind: U["m/s"]) -> U["W"]:
    """Power output of a wind turbine: what it draws from wind of speed v_wind and density rho_f through the area A
    its rotor sweeps: the share C_p of the wind's kinetic power (rho_f A v^3 / 2)."""
    return C_p * rho_f * A * v_wind**3 / 2
