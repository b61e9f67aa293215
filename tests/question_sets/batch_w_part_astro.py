from batch_w_common import *

F = "astro"
Qs = []
M_E, R_E = 5.972e24, 6.371e6

# 1 Mars surface gravity -> rover weight (distractor wheel diameter)
M_M, R_M, m_r, dwh = 6.417e23, 3.3895e6, 1025, 52.5
gM = G * M_M / R_M**2
W = m_r * gM
Qs.append(Q(F,
    f"A {tx(m_r)} kg planetary rover with {tx(dwh)} cm wheels stands on Mars. Mars has a mass of {tx(M_M)} kg and a radius of {tx(R_M)} m. "
    f"What is the rover's weight on the Martian surface?",
    {"mass of the rover": gv(m_r, "kg"), "wheel diameter": gv(dwh, "cm"), "mass of Mars": gv(M_M, "kg"), "radius of Mars": gv(R_M, "m")},
    "weight of the rover on Mars", "N", W, laws=2, irrelevant=["wheel diameter"],
    solution=f"g_Mars = G M/R^2 = {gM:.4g} m/s^2; W = m g = {W:.4g} N."))

# 2 geostationary weather satellite altitude: gravitation + circular motion
Tsid = 86164
rgeo = (G * M_E * Tsid**2 / (4 * math.pi**2))**(1 / 3)
alt = (rgeo - R_E) / 1000
Qs.append(Q(F,
    f"A weather station receives images from a geostationary satellite, which orbits once per sidereal day of {tx(Tsid)} s. "
    f"With Earth's mass {tx(M_E)} kg and radius {tx(R_E)} m, how high above the surface is the satellite, in km?",
    {"orbital period": gv(Tsid, "s"), "mass of the Earth": gv(M_E, "kg"), "radius of the Earth": gv(R_E, "m")},
    "altitude of the satellite", "km", alt, laws=2,
    solution=f"G M m/r^2 = m (2pi/T)^2 r -> r = (G M T^2/4pi^2)^(1/3) = {rgeo/1000:.5g} km; altitude = {alt:.5g} km."))

# 3 lighthouse keeper's star parallax -> light years
p_as = 0.025
d_pc = 1 / p_as
d_ly = d_pc * 3.261563777
Qs.append(Q(F,
    f"A lighthouse keeper who is an amateur astronomer reads that a star has a parallax of {tx(p_as)} arcseconds. How far away is the star, in light-years?",
    {"parallax of the star": gv(p_as, "arcsec")},
    "distance to the star", "ly", d_ly, laws=1,
    solution=f"d = 1/p = {d_pc:.4g} pc = {d_ly:.4g} ly (1 pc = 3.2616 ly)."))

# 4 vineyard: Sun's angular diameter
Rsun, dsun = 6.957e8, 1.496e11
angd = math.degrees(2 * math.atan(Rsun / dsun))
Qs.append(Q(F,
    f"At harvest time a vineyard worker looks at the setting Sun through eclipse glasses. The Sun has a radius of {tx(Rsun)} m and is {tx(dsun)} m away. "
    f"What angular diameter does the Sun's disc have, in degrees?",
    {"radius of the Sun": gv(Rsun, "m"), "distance to the Sun": gv(dsun, "m")},
    "angular diameter of the Sun", "degree", angd, laws=1,
    solution=f"theta = 2 arctan(R/d) = {angd:.4g} deg."))

# 5 solar power station: Sun's surface temperature via Stefan-Boltzmann
Lsun = 3.828e26
Tsun = (Lsun / (4 * math.pi * Rsun**2 * sigma))**0.25
Qs.append(Q(F,
    f"A guide at a solar power station explains where the energy comes from. The Sun's luminosity is {tx(Lsun)} W and its radius is {tx(Rsun)} m. "
    f"Treating the Sun as a blackbody, what is its surface temperature?",
    {"luminosity of the Sun": gv(Lsun, "W"), "radius of the Sun": gv(Rsun, "m")},
    "surface temperature of the Sun", "K", Tsun, laws=1,
    solution=f"L = 4 pi R^2 sigma T^4 -> T = {Tsun:.4g} K."))

# 6 science fair Kepler's third law (distractor asteroid diameter)
a_au, dia = 2.77, 940
Tper = a_au**1.5
Qs.append(Q(F,
    f"A school science fair poster features the dwarf planet Ceres, about {tx(dia)} km across, which orbits the Sun with a semi-major axis of {tx(a_au)} au. "
    f"What is its orbital period in years?",
    {"diameter of Ceres": gv(dia, "km"), "semi-major axis of the orbit": gv(a_au, "au")},
    "orbital period", "year", Tper, laws=1, irrelevant=["diameter of Ceres"],
    solution=f"Kepler III for the Sun: T^2 = a^3 (years, au) -> T = {Tper:.4g} years."))

# 7 skyscraper observers watch the ISS: gravitation + circular orbit period
h_iss = 420
r_iss = R_E + h_iss * 1000
v_iss = math.sqrt(G * M_E / r_iss)
T_iss = 2 * math.pi * r_iss / v_iss / 60
Qs.append(Q(F,
    f"From a skyscraper's observation deck, visitors watch the International Space Station pass overhead at an altitude of {tx(h_iss)} km. "
    f"With Earth's mass {tx(M_E)} kg and radius {tx(R_E)} m, and a circular orbit, what is its orbital period in minutes?",
    {"altitude of the station": gv(h_iss, "km"), "mass of the Earth": gv(M_E, "kg"), "radius of the Earth": gv(R_E, "m")},
    "orbital period", "minute", T_iss, laws=2,
    solution=f"v = sqrt(G M/r) = {v_iss:.4g} m/s with r = {r_iss/1000:.5g} km; T = 2 pi r/v = {T_iss:.4g} min."))

# 8 toy shop star globe: Wien (distractor distance)
lpk, dist_ly = 290, 300
Tstar = b_wien / (lpk * 1e-9)
Qs.append(Q(F,
    f"A toy-shop star globe comes with a card saying a hot star {tx(dist_ly)} light-years away has its blackbody emission peak at {tx(lpk)} nm. "
    f"What is the star's surface temperature?",
    {"distance to the star": gv(dist_ly, "ly"), "peak wavelength": gv(lpk, "nm")},
    "surface temperature", "K", Tstar, laws=1, irrelevant=["distance to the star"],
    solution=f"Wien: T = b/lambda_max = {Tstar:.4g} K."))

# 9 weather station observatory: redshift -> velocity -> Hubble distance
lrest, lobs, H0 = 656.3, 662.8, 70
z = (lobs - lrest) / lrest
vrec = z * c / 1000
dMpc = vrec / H0
Qs.append(Q(F,
    f"A small observatory next to the weather station records the H-alpha line (rest wavelength {tx(lrest)} nm) of a distant galaxy at {tx(lobs)} nm. "
    f"Using v = cz and a Hubble constant of {tx(H0)} km/s/Mpc, how far away is the galaxy, in Mpc?",
    {"rest wavelength": gv(lrest, "nm"), "observed wavelength": gv(lobs, "nm"), "Hubble constant": gv(H0, "km/s/Mpc")},
    "distance to the galaxy", "Mpc", dMpc, laws=2,
    solution=f"z = {z:.4g}; v = c z = {vrec:.4g} km/s; d = v/H0 = {dMpc:.4g} Mpc."))

# 10 black hole Schwarzschild radius (tram advert)
Msol, nsol = 1.989e30, 10
Rs = 2 * G * nsol * Msol / c**2 / 1000
Qs.append(Q(F,
    f"A planetarium advert on the side of a tram shows a black hole of {tx(nsol)} solar masses. Taking one solar mass as {tx(Msol)} kg, what is its Schwarzschild radius, in km?",
    {"mass in solar masses": gv(nsol, "dimensionless"), "solar mass": gv(Msol, "kg")},
    "Schwarzschild radius", "km", Rs, laws=1,
    solution=f"R_s = 2 G M/c^2 = {Rs:.4g} km."))

# 11 garden shed telescope: magnification + apparent angle of the Moon
fo, fe, moon = 1200, 25, 0.52
Mt = fo / fe
app = Mt * moon
Qs.append(Q(F,
    f"A backyard telescope kept in the garden shed has an objective of focal length {tx(fo)} mm and an eyepiece of focal length {tx(fe)} mm. "
    f"The full Moon subtends {tx(moon)} degrees to the naked eye. What angle does it appear to subtend through the telescope (small-angle approximation)?",
    {"focal length of the objective": gv(fo, "mm"), "focal length of the eyepiece": gv(fe, "mm"), "angular diameter of the Moon": gv(moon, "degree")},
    "apparent angular diameter", "degree", app, laws=2,
    solution=f"M = f_o/f_e = {Mt:.4g}; apparent angle = M x 0.52 deg = {app:.4g} deg."))

# 12 blacksmith comparison: solar constant -> luminosity -> mass loss rate
S, d_au = 1361, 1.496e11
L = 4 * math.pi * d_au**2 * S
dmdt = L / c**2
Qs.append(Q(F,
    f"A blacksmith compares his forge with the Sun's furnace. Sunlight arrives at Earth with an intensity of {tx(S)} W/m^2, and the Earth-Sun distance is {tx(d_au)} m. "
    f"At what rate, in kg/s, does the Sun convert mass into radiated energy?",
    {"solar intensity at Earth": gv(S, "W/m^2"), "Earth-Sun distance": gv(d_au, "m")},
    "mass-loss rate of the Sun", "kg/s", dmdt, laws=2,
    solution=f"L = 4 pi d^2 S = {L:.4g} W; dm/dt = L/c^2 = {dmdt:.4g} kg/s."))

# 13 ND moon surface gravity with radius only
Rmoon = 1250
Qs.append(Q(F,
    f"Engineers plan to land a planetary rover on a newly studied icy moon with a radius of {tx(Rmoon)} km. What is the acceleration due to gravity at its surface?",
    {"radius of the moon": gv(Rmoon, "km")},
    "surface gravity", "m/s^2", None, outcome="not derivable",
    solution="Surface gravity G M/R^2 needs the moon's mass (or mean density), which is not given."))

# 14 IP satellite faster than escape speed in 'circular' orbit
halt, vclaim = 300, 12
r14 = R_E + halt * 1000
vc = math.sqrt(G * M_E / r14) / 1000
vesc = math.sqrt(2 * G * M_E / r14) / 1000
Qs.append(Q(F,
    f"A weather satellite is said to be in a circular orbit {tx(halt)} km above the Earth's surface while moving at {tx(vclaim)} km/s. "
    f"With Earth's mass {tx(M_E)} kg and radius {tx(R_E)} m, what is its orbital period?",
    {"altitude": gv(halt, "km"), "orbital speed": gv(vclaim, "km/s"), "mass of the Earth": gv(M_E, "kg"), "radius of the Earth": gv(R_E, "m")},
    "orbital period", "minute", None, outcome="ill-posed",
    solution=f"A circular orbit at that altitude needs {vc:.3g} km/s; 12 km/s even exceeds the escape speed there ({vesc:.3g} km/s), so the satellite cannot be in a circular (or any bound) orbit."))

# 15 AM 'at a distance of 7000 km': from centre vs above surface
d15 = 7000
r_c = d15 * 1000
r_s = R_E + d15 * 1000
Tc = 2 * math.pi * math.sqrt(r_c**3 / (G * M_E)) / 60
Ts = 2 * math.pi * math.sqrt(r_s**3 / (G * M_E)) / 60
Qs.append(Q(F,
    f"A weather satellite orbits the Earth in a circle at a distance of {tx(d15)} km. With Earth's mass {tx(M_E)} kg and radius {tx(R_E)} m, what is its orbital period in minutes?",
    {"orbital distance": gv(d15, "km"), "mass of the Earth": gv(M_E, "kg"), "radius of the Earth": gv(R_E, "m")},
    "orbital period", "minute", None, outcome="ambiguous",
    solution=f"If 7000 km is measured from Earth's centre: T = {Tc:.4g} min. If it is the height above the surface (r = 13371 km): T = {Ts:.4g} min."))
