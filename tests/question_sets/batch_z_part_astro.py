"""Batch z, field: astro (15 questions)."""
import math
from batch_z_common import Q, G, c, e, g, sigma, b_wien, AU, sig

F = "astro"
Qs = []

# A1 radio telescope - redshift + Hubble law
f0_1, f1, H0_1 = 1420.405751, 1390.0, 70.0
z1 = f0_1 / f1 - 1
v1 = c * z1 / 1000
d1 = v1 / H0_1
Qs.append(Q(F,
    "The radio telescope detects a galaxy's hydrogen line, emitted at 1420.405751 MHz, at an observed "
    "frequency of 1390 MHz. Using the redshift z = (λ_observed − λ_emitted)/λ_emitted, the recession "
    "speed v = cz and a Hubble constant of 70 km/s/Mpc, how far away is the galaxy?",
    {"emitted frequency": "1420.405751 MHz", "observed frequency": "1390 MHz",
     "Hubble constant": "70 km/s/Mpc"},
    "distance to the galaxy", "Mpc", d1, laws=2,
    solution=f"z = f_emit/f_obs - 1 = {sig(z1)}; v = cz = {sig(v1)} km/s; d = v/H0 = {sig(d1)} Mpc.",
    assumptions=["low-redshift Hubble law"]))

# A2 radio telescope - light travel time; dish diameter distractor
d2 = 160 * AU
t2 = d2 / c / 3600
Qs.append(Q(F,
    "A 70 m dish of the deep-space network receives a signal from a spacecraft 160 AU from Earth. How "
    "many hours ago did the spacecraft send the signal?",
    {"dish diameter": "70 m", "distance to the spacecraft": "160 au"},
    "signal travel time", "hour", t2, laws=1,
    irrelevant=["dish diameter"],
    solution=f"t = d/c = 160*1.496e11/2.998e8 = {sig(d2/c)} s = {sig(t2)} h.",
    assumptions=["1 au = 1.496e11 m"]))

# A3 helicopter base - GPS satellite period
ME, RE3, h3 = 5.972e24, 6371e3, 20200e3
r3 = RE3 + h3
T3 = 2 * math.pi * math.sqrt(r3 ** 3 / (G * ME)) / 3600
Qs.append(Q(F,
    "The helicopter base navigates with GPS. A GPS satellite moves in a circular orbit 20200 km above "
    "Earth's surface. Taking Earth's mass as 5.972 × 10^24 kg and its radius as 6371 km, what is the "
    "satellite's orbital period?",
    {"orbital altitude": "20200 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital period", "hour", T3, laws=2,
    solution=f"r = {sig(r3/1000)} km; G M m/r^2 = m(2pi/T)^2 r -> T = 2 pi sqrt(r^3/GM) = {sig(T3)} h.",
    assumptions=["circular orbit"]))

# A4 glacier expedition - solar intensity and absorbed power
L4, d4, alb4, A4 = 3.828e26, 1.496e11, 0.80, 1.0
I4 = L4 / (4 * math.pi * d4 ** 2)
P4 = (1 - alb4) * I4 * A4
Qs.append(Q(F,
    "The Sun's luminosity is 3.828 × 10^26 W and it is 1.496 × 10^11 m from Earth. Fresh snow on the "
    "glacier reflects 0.80 of the sunlight falling on it (albedo). Ignoring the atmosphere, with the "
    "Sun directly overhead, how much solar power does 1.0 m^2 of snow absorb?",
    {"solar luminosity": "3.828e26 W", "Earth-Sun distance": "1.496e11 m",
     "albedo of snow": "0.80 dimensionless", "area of snow": "1.0 m**2"},
    "absorbed solar power", "W", P4, laws=2,
    solution=f"I = L/(4 pi d^2) = {sig(I4)} W/m^2; absorbed = (1 - 0.80) I A = {sig(P4)} W.",
    assumptions=["no atmospheric absorption", "normal incidence"]))

# A5 science museum - escape speed from the Moon
M5, R5 = 7.35e22, 1737e3
v5 = math.sqrt(2 * G * M5 / R5) / 1000
Qs.append(Q(F,
    "A planetarium show at the science museum asks: the Moon has a mass of 7.35 × 10^22 kg and a radius "
    "of 1737 km. What is the escape speed from its surface?",
    {"mass of the Moon": "7.35e22 kg", "radius of the Moon": "1737 km"},
    "escape speed", "km/s", v5, laws=1,
    solution=f"v = sqrt(2GM/R) = {sig(v5)} km/s.",
    assumptions=["no atmosphere, non-rotating"]))

# A6 science museum - Wien + Stefan-Boltzmann
lam6, R6 = 500e-9, 6.96e8
T6 = b_wien / lam6
L6 = 4 * math.pi * R6 ** 2 * sigma * T6 ** 4
Qs.append(Q(F,
    "A science museum spectrum display shows a star whose blackbody spectrum peaks at 500 nm. The star's "
    "radius is 6.96 × 10^8 m. What is its luminosity?",
    {"peak wavelength": "500 nm", "radius of the star": "6.96e8 m"},
    "luminosity of the star", "W", L6, laws=2,
    solution=f"Wien: T = b/lambda = {sig(T6)} K; L = 4 pi R^2 sigma T^4 = {sig(L6)} W.",
    assumptions=["star radiates as a blackbody"]))

# A7 apple orchard - Newton's apple and the Moon; apple mass distractor
RE7, rM7 = 6371e3, 3.84e8
a7 = g * (RE7 / rM7) ** 2 * 1000
Qs.append(Q(F,
    "Sitting in the apple orchard, you repeat Newton's famous comparison. A 0.20 kg apple falls with "
    "acceleration 9.81 m/s^2 at Earth's surface, 6371 km from Earth's centre. Using the inverse-square "
    "law, what is the gravitational acceleration of the Moon, 3.84 × 10^8 m from Earth's centre?",
    {"mass of the apple": "0.20 kg", "acceleration at the surface": "9.81 m/s**2",
     "radius of the Earth": "6371 km", "Earth-Moon distance": "3.84e8 m"},
    "acceleration of the Moon towards Earth", "mm/s**2", a7, laws=1,
    irrelevant=["mass of the apple"],
    solution=f"a = g (R/r)^2 = 9.81*(6.371e6/3.84e8)^2 = {sig(a7)} mm/s^2.",
    assumptions=[]))

# A8 clock tower - sidereal vs solar day
n8 = 365.24
dt8 = 86400 / (n8 + 1) / 60
Qs.append(Q(F,
    "The clock tower keeps mean solar time (24 h days). A year has 365.24 solar days, during which Earth "
    "turns once more relative to the stars than relative to the Sun. By how many minutes earlier, by "
    "the tower clock, does a given star cross the meridian each day?",
    {"solar days per year": "365.24 dimensionless", "length of the solar day": "24 hour"},
    "daily shift of star transit", "min", dt8, laws=1,
    solution=f"366.24 sidereal days = 365.24 solar days -> sidereal day = 86400*365.24/366.24 s; "
             f"difference = 86400/366.24 s = {sig(dt8)} min.",
    assumptions=[]))

# A9 elevator maintenance - space elevator geostationary altitude
ME9, Tsid9, RE9 = 5.972e24, 86164.0, 6378e3
r9 = (G * ME9 * Tsid9 ** 2 / (4 * math.pi ** 2)) ** (1 / 3)
alt9 = (r9 - RE9) / 1000
Qs.append(Q(F,
    "At an elevator-maintenance training day, the instructor talks about a 'space elevator' whose cable "
    "reaches a station in geostationary orbit. Earth's mass is 5.972 × 10^24 kg, its equatorial radius "
    "is 6378 km and it rotates once every 86164 s. How high above the equator is the station?",
    {"mass of the Earth": "5.972e24 kg", "equatorial radius": "6378 km", "rotation period": "86164 s"},
    "altitude of geostationary orbit", "km", alt9, laws=2,
    solution=f"GM/r^2 = omega^2 r -> r = (GM T^2/4 pi^2)^(1/3) = {sig(r9/1000)} km; altitude = {sig(alt9)} km.",
    assumptions=["circular equatorial orbit"]))

# A10 salt mine - solar neutrino flux
L10, d10, Q10, n10 = 3.828e26, 1.496e11, 26.7, 2
rate10 = L10 / (Q10 * 1e6 * e) * n10
flux10 = rate10 / (4 * math.pi * d10 ** 2)
Qs.append(Q(F,
    "A neutrino detector sits deep in a salt mine. The Sun (luminosity 3.828 × 10^26 W, distance "
    "1.496 × 10^11 m) produces its power by fusing hydrogen into helium, releasing 26.7 MeV and 2 "
    "neutrinos per helium nucleus formed. What is the solar neutrino flux at the detector?",
    {"solar luminosity": "3.828e26 W", "Earth-Sun distance": "1.496e11 m",
     "energy per helium nucleus formed": "26.7 MeV", "neutrinos per helium nucleus": "2 dimensionless"},
    "neutrino flux", "1/(m**2*s)", flux10, laws=2,
    solution=f"Neutrino production rate = L/(26.7 MeV)*2 = {sig(rate10)} 1/s; flux = rate/(4 pi d^2) = {sig(flux10)} m^-2 s^-1.",
    assumptions=["rock overburden does not stop neutrinos", "neutrino energy carried off neglected in L"]))

# A11 diving pool - diving on Mars; diver mass distractor
M11, R11, h11 = 6.42e23, 3390e3, 10.0
gM11 = G * M11 / R11 ** 2
v11 = math.sqrt(2 * gM11 * h11)
Qs.append(Q(F,
    "A science-fiction story imagines a 10 m diving platform in a pressurised pool on Mars (mass "
    "6.42 × 10^23 kg, radius 3390 km). A 60 kg diver steps off the platform. How fast is she moving when "
    "she reaches the water?",
    {"platform height": "10 m", "mass of Mars": "6.42e23 kg", "radius of Mars": "3390 km",
     "mass of the diver": "60 kg"},
    "entry speed", "m/s", v11, laws=2,
    irrelevant=["mass of the diver"],
    solution=f"g_Mars = GM/R^2 = {sig(gM11)} m/s^2; v = sqrt(2 g h) = {sig(v11)} m/s.",
    assumptions=["no air resistance", "starts from rest"]))

# A12 pizzeria - Kepler's third law
a12 = 5.20
T12 = a12 ** 1.5
Qs.append(Q(F,
    "The pizzeria's 'Pizza Planets' mural labels Jupiter as orbiting the Sun at an average distance of "
    "5.20 AU. Using Kepler's third law, how many Earth years does Jupiter take to orbit once?",
    {"orbital radius of Jupiter": "5.20 au"},
    "orbital period of Jupiter", "year", T12, laws=1,
    solution=f"T^2 = a^3 (years, AU) -> T = 5.20^1.5 = {sig(T12)} yr.",
    assumptions=["Jupiter's mass negligible compared with the Sun's"]))

# A13 bridge inspection - ambiguous: distance from centre or from surface
ME13, RE13, d13 = 5.972e24, 6371e3, 36000e3
Ta13 = 2 * math.pi * math.sqrt((RE13 + d13) ** 3 / (G * ME13)) / 3600
Tb13 = 2 * math.pi * math.sqrt(d13 ** 3 / (G * ME13)) / 3600
Qs.append(Q(F,
    "The bridge's strain sensors send data through a communications satellite in a circular orbit "
    "36000 km from Earth. Earth's mass is 5.972 × 10^24 kg and its radius is 6371 km. What is the "
    "satellite's orbital period?",
    {"distance of the satellite from Earth": "36000 km", "mass of the Earth": "5.972e24 kg",
     "radius of the Earth": "6371 km"},
    "orbital period", "hour", None, outcome="ambiguous", laws=2,
    solution=f"If 36000 km is the altitude above the surface: r = 42371 km, T = {sig(Ta13)} h. If it is "
             f"the distance from Earth's centre: r = 36000 km, T = {sig(Tb13)} h.",
    assumptions=["circular orbit"]))

# A14 glacier expedition - ill-posed: period inconsistent with Kepler
Ms14, a14, T14 = 1.99e30, AU, 0.50
T14_kepler = 2 * math.pi * math.sqrt(a14 ** 3 / (G * Ms14)) / (365.25 * 86400)
Qs.append(Q(F,
    "By the campfire on the glacier, a guide describes a planet in a circular orbit of radius 1.0 AU "
    "around a star of mass 1.99 × 10^30 kg, completing each orbit in 0.50 years. What is the "
    "planet's orbital speed?",
    {"orbital radius": "1.0 au", "mass of the star": "1.99e30 kg", "orbital period": "0.50 year"},
    "orbital speed", "km/s", None, outcome="ill-posed", laws=2,
    solution=f"Gravity fixes the period at 2 pi sqrt(r^3/GM) = {sig(T14_kepler)} yr, not 0.50 yr. The "
             f"speed would be {sig(math.sqrt(G*Ms14/a14)/1000)} km/s from gravity but "
             f"{sig(2*math.pi*a14/(T14*365.25*86400)/1000)} km/s from the period: contradictory data.",
    assumptions=[]))

# A15 rock festival - not derivable: distance to star missing
Qs.append(Q(F,
    "During a quiet moment at the rock festival, a fan's light meter app, pointed at a bright star, "
    "estimates its apparent brightness as 2.0 × 10^-9 W/m^2. What is the star's luminosity?",
    {"apparent brightness of the star": "2.0e-9 W/m**2"},
    "luminosity of the star", "W", None, outcome="not derivable", laws=1,
    solution="L = 4 pi d^2 b needs the distance to the star, which is not given and cannot be assumed.",
    assumptions=[]))
