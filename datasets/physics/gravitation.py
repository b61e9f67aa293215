"""Gravitation and astronomy: Newton's law, fields and potentials, orbits, escape velocity,
Kepler; a star's distance from its parallax and its distance modulus, the flux its luminosity
gives at a distance, Hubble's law.

A star is a central body (kind ``planet``: its ``r`` is its radius, its ``P`` its luminosity,
its surface ``4 pi r^2`` in ``geometry.py``); ``d_obs`` is its distance from the observer, and
a galaxy's distance and recession are those of its light (Hubble's law is on ``light``, beside
the redshift).
"""
from math import log, sqrt, pi

from oracle.laws import U, codata, law

G: U["m^3/(kg*s^2)"] = codata("Newtonian constant of gravitation")
c: U["m/s"] = codata("speed of light in vacuum")
au_m: U["m"] = 149597870700.0  # the astronomical unit (IAU 2012, exact)
pc_10: U["m"] = 3.0856775814913673e17  # ten parsecs (1 pc = 648000/pi au), the distance of absolute magnitudes


@law(
    output="F_grav",
    on="system",
    members="thing",
    assumes=("m1 > 0", "m2 > 0", "r > 0", "F_grav > 0"),
    conditions=("G*(m1 + m2) <= r*c**2/100",),
    valid="point masses or spherically symmetric bodies",
)
def newtons_law_of_gravitation(m1: U["kg"], m2: U["kg"], r: U["m"]) -> U["N"]:
    """Newton's law of gravitation: attraction between masses m1 and m2 whose centres are r
    apart.
    """
    return G * m1 * m2 / r**2


@law(
    output="F_grav",
    on="body",
    assumes=("M > 0", "m > 0", "r > 0", "F_grav > 0"),
    conditions=("G*M <= r*c**2/100",),
    valid="point masses or spherically symmetric bodies",
)
def gravitational_force_of_central_body(M: U["kg"], m: U["kg"], r: U["m"]) -> U["N"]:
    """Gravitational force of a central body of mass M on a body of mass m at distance r."""
    return G * M * m / r**2


@law(
    output="F_w",
    on="satellite",
    assumes=("M > 0", "m > 0", "r > 0", "F_w > 0"),
    conditions=("G*M <= r*c**2/100",),
    valid="spherically symmetric planet; r from its centre (the planet's surface gravity is not "
          "the gravitational acceleration at the satellite)",
)
def weight_of_a_satellite(M: U["kg"], m: U["kg"], r: U["m"]) -> U["N"]:
    """Weight of a satellite (or any body high above a planet) of mass m at the distance r from
    the centre of a planet of mass M: the planet's gravitational pull there."""
    return G * M * m / r**2


@law(
    output="g",
    on="place",
    assumes=("M > 0", "r > 0", "g > 0"),
    conditions=("G*M <= r*c**2/100",),
    valid="outside a spherically symmetric body",
)
def gravitational_field_strength(M: U["kg"], r: U["m"]) -> U["m/s^2"]:
    """Gravitational acceleration at distance r from the centre of a body of mass M."""
    return G * M / r**2


@law(
    output="g",
    on="planet",
    assumes=("M > 0", "R_p > 0", "g > 0"),
    conditions=("G*M <= R_p*c**2/100",),
    valid="spherically symmetric planet, no rotation",
    cost=2,  # g, then weight etc. (3) must not lose to the g_n forms (cost 3) on other planets
)
def surface_gravity(M: U["kg"], R_p: U["m"]) -> U["m/s^2"]:
    """Gravitational acceleration at the surface of a planet of mass M and radius R_p."""
    return G * M / R_p**2


@law(
    output="v",
    on="satellite",
    assumes=("M > 0", "r > 0", "v >= 0"),
    conditions=("v <= c/10",),
    valid="circular orbit, orbiting mass much smaller than M",
)
def orbital_speed(M: U["kg"], r: U["m"]) -> U["m/s"]:
    """Speed of a body in a circular orbit of radius r around a central mass M."""
    return sqrt(G * M / r)


@law(
    output="v_esc",
    on="body",
    assumes=("M > 0", "r > 0", "v_esc > 0"),
    conditions=("v_esc <= c/10",),
    valid="no atmosphere, non-rotating body",
)
def escape_velocity(M: U["kg"], r: U["m"]) -> U["m/s"]:
    """Escape velocity at distance r from the centre of a body of mass M."""
    return sqrt(2 * G * M / r)


@law(
    output="h_max",
    on="body",
    assumes=("v0 >= 0", "M > 0", "R_p > 0", "h_max > 0"),
    conditions=("v0**2*R_p < 2*G*M", "v0 <= c/10"),
    valid="launched straight up from the surface of an airless, non-rotating planet, below the escape speed",
    cost=2,
)
def vertical_launch_max_height(v0: U["m/s"], M: U["kg"], R_p: U["m"]) -> U["m"]:
    """Greatest height above the surface reached by a body launched straight up at v0 from a
    planet of mass M and radius R_p (energy conserved in the 1/r field: g falls with height).
    """
    return v0**2 * R_p**2 / (2 * G * M - v0**2 * R_p)


@law(
    output="v_esc",
    on="planet",
    assumes=("M > 0", "R_p > 0", "v_esc > 0"),
    conditions=("v_esc <= c/10",),
    valid="no atmosphere, non-rotating body",
    cost=3,
)
def escape_velocity_from_surface(M: U["kg"], R_p: U["m"]) -> U["m/s"]:
    """Escape velocity from the surface of a planet of mass M and radius R_p."""
    return sqrt(2 * G * M / R_p)


@law(
    output="v_esc",
    on="planet",
    assumes=("g > 0", "R_p > 0", "v_esc > 0"),
    conditions=("v_esc <= c/10",),
    valid="no atmosphere, non-rotating body",
    cost=2,
)
def escape_velocity_from_surface_gravity(g: U["m/s^2"], R_p: U["m"]) -> U["m/s"]:
    """Escape velocity from the surface of a planet of radius R_p with surface gravity g."""
    return sqrt(2 * g * R_p)


@law(
    output="T_period",
    on="satellite",
    assumes=("r > 0", "M > 0", "T_period > 0"),
    conditions=("G*M <= r*c**2/100",),
    valid="orbiting mass much smaller than M",
)
def keplers_third_law(r: U["m"], M: U["kg"]) -> U["s"]:
    """Kepler's third law: period of an orbit of radius (semi-major axis) r around a mass M."""
    return 2 * pi * sqrt(r**3 / (G * M))


@law(
    output="U_G",
    on="body",
    assumes=("M > 0", "m > 0", "r > 0", "U_G < 0"),
    conditions=("G*M <= r*c**2/100",),
)
def gravitational_potential_energy_of_pair(M: U["kg"], m: U["kg"], r: U["m"]) -> U["J"]:
    """Newtonian gravitational potential energy of masses M and m at distance r (zero at
    infinity).
    """
    return -G * M * m / r


@law(
    output="dU_G",
    on="body",
    assumes=("M > 0", "m > 0", "R_p > 0", "r > 0"),
    conditions=("r >= R_p", "G*M <= R_p*c**2/100"),
    valid="raised from the surface of a spherically symmetric planet to the distance r from its "
          "centre (g not uniform)",
)
def potential_energy_gain_from_the_surface(M: U["kg"], m: U["kg"], R_p: U["m"], r: U["m"]) -> U["J"]:
    """Increase in the gravitational potential energy of a mass m raised from the surface of a
    planet of mass M and radius R_p to the distance r from its centre."""
    return G * M * m * (1 / R_p - 1 / r)


@law(
    output="E_orb",
    on="satellite",
    assumes=("M > 0", "m > 0", "r > 0", "E_orb < 0"),
    conditions=("G*M <= r*c**2/100",),
    valid="circular orbit",
)
def orbital_total_energy(M: U["kg"], m: U["kg"], r: U["m"]) -> U["J"]:
    """Total mechanical energy of a mass m in a circular orbit of radius r around a mass M."""
    return -G * M * m / (2 * r)


@law(
    output="phi_G",
    on="place",
    assumes=("M > 0", "r > 0", "phi_G < 0"),
    conditions=("G*M <= r*c**2/100",),
)
def gravitational_potential(M: U["kg"], r: U["m"]) -> U["J/kg"]:
    """Gravitational potential at distance r from a mass M (zero at infinity)."""
    return -G * M / r


@law(output="r", on="satellite", assumes=("R_p > 0", "h_alt >= 0", "r > 0"))
def orbital_radius_from_altitude(R_p: U["m"], h_alt: U["m"]) -> U["m"]:
    """Distance from the planet's centre of a body at altitude h_alt above a planet of radius R_p."""
    return R_p + h_alt


@law(output="r_s", on="planet", assumes=("M > 0", "r_s > 0"))
def schwarzschild_radius(M: U["kg"]) -> U["m"]:
    """Schwarzschild radius (event horizon) of a non-rotating mass M."""
    return 2 * G * M / c**2


@law(output="rho", on="planet", assumes=("M > 0", "R_p > 0", "rho > 0"))
def mean_density_of_planet(M: U["kg"], R_p: U["m"]) -> U["kg/m^3"]:
    """Mean density of a spherical body of mass M and radius R_p."""
    return 3 * M / (4 * pi * R_p**3)


# -- astronomy ---------------------------------------------------------------------------
@law(output="d_obs", on="planet", assumes=("p_par > 0", "d_obs > 0"), conditions=("p_par <= 0.26",),
     valid="a small parallax angle measured over a baseline of 1 au (half the Earth's orbit)")
def parallax_distance(p_par: U["rad"]) -> U["m"]:
    """Distance of a star whose parallax angle is p_par (1 arcsec gives 1 pc)."""
    return au_m / p_par


@law(output="m_app", on="planet", assumes=("d_obs > 0",), valid="no extinction by interstellar dust")
def distance_modulus(M_abs: U["1"], d_obs: U["m"]) -> U["1"]:
    """Apparent magnitude of a star of absolute magnitude M_abs at a distance d_obs:
    m - M = 5 log10(d / 10 pc)."""
    return M_abs + 5 * log(d_obs / pc_10) / log(10)


@law(output="I_int", on="planet", assumes=("P > 0", "d_obs > 0", "I_int > 0"),
     valid="a star radiating equally in all directions, no absorption on the way")
def flux_from_luminosity(P: U["W"], d_obs: U["m"]) -> U["W/m^2"]:
    """Flux (power per unit area) received at a distance d_obs from a star of luminosity P."""
    return P / (4 * pi * d_obs**2)


@law(output="v_rec", on="light", assumes=("H_0 > 0", "d_obs > 0", "v_rec > 0"),
     valid="light from a distant galaxy (its own motion small beside the Hubble flow), recession well below c",
     conditions=("v_rec <= c/10",))
def hubble_law(H_0: U["1/s"], d_obs: U["m"]) -> U["m/s"]:
    """Hubble's law: recession speed of a galaxy (of its light) at a distance d_obs."""
    return H_0 * d_obs


@law(output="v_rec", on="light", assumes=("z_red >= 0",), conditions=("z_red <= 1/10",),
     valid="a small redshift (z much below 1): the Doppler shift of a receding source")
def recession_speed_from_redshift(z_red: U["1"]) -> U["m/s"]:
    """Recession speed of a source (a galaxy) whose light is redshifted by z: v = z c."""
    return z_red * c


@law(output="z_red", on="light", assumes=("lam > 0", "lam_obs > 0"))
def redshift_from_wavelengths(lam_obs: U["m"], lam: U["m"]) -> U["1"]:
    """Redshift, by its definition: the observed wavelength's stretch over the emitted one,
    z = (lam_obs - lam) / lam."""
    return (lam_obs - lam) / lam


@law(output="z_red", on="light", assumes=("f_s > 0", "f_o > 0"))
def redshift_from_frequencies(f_s: U["Hz"], f_o: U["Hz"]) -> U["1"]:
    """Redshift from the emitted and the observed frequency, z = f_s / f_o - 1 (the
    wavelengths' stretch: lam_obs / lam = f_s / f_o)."""
    return f_s / f_o - 1


@law(output="M", on="planet", assumes=("mu_G > 0", "M > 0"))
def mass_from_gravitational_parameter(mu_G: U["m^3/s^2"]) -> U["kg"]:
    """Mass of a central body from its gravitational parameter mu = G M (quoted for the Earth
    and the Sun more precisely than M itself)."""
    return mu_G / G


@law(output="T_period", on="satellite", of={"T_rot": "planet"}, assumes=("T_rot > 0", "T_period > 0"),
     cost=3, valid="a geostationary (geosynchronous) orbit keeps pace with the planet's rotation",
     premise="the orbit is [geostationary] or [geosynchronous]")
def geostationary_orbital_period(T_rot: U["s"]) -> U["s"]:
    """A geostationary satellite orbits once per sidereal rotation of its planet."""
    return T_rot
