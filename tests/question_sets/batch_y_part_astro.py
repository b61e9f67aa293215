from batch_y_common import *

F = "astro"
Qs = []

M_earth, R_earth = 5.972e24, 6371e3

# 1 polar orbit period
h_ = 800e3
r = R_earth + h_
T = 2 * math.pi * math.sqrt(r**3 / (G * M_earth))
Qs.append(Q(F,
    "An arctic research station downloads data from a polar-orbiting weather satellite 800 km above the ground. Earth's mass is 5.972 × 10^24 kg and its radius is "
    "6371 km. What is the satellite's orbital period, in minutes?",
    {"altitude of the satellite": "800 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital period", "min", T / 60, laws=2,
    solution=f"GMm/r^2 = m(2π/T)^2 r ⇒ T = 2π√(r^3/GM); r = 7171 km; T = {T:.0f} s = {T/60:.1f} min.",
    assumptions=["circular orbit", "spherical Earth"]))

# 2 escape speed from Io (distractor: plume speed)
M, Rr = 8.932e22, 1821.6e3
vesc = math.sqrt(2 * G * M / Rr)
Qs.append(Q(F,
    "Staff at a volcano observatory give a public talk on Jupiter's moon Io, whose volcanic plumes leave the surface at about 1 km/s. Io has mass "
    "8.932 × 10^22 kg and radius 1821.6 km. What is the escape speed from Io's surface, in km/s?",
    {"plume speed": "1 km/s", "mass of Io": "8.932e22 kg", "radius of Io": "1821.6 km"},
    "escape speed", "km/s", vesc / 1000, laws=1, irrelevant=["plume speed"],
    solution=f"v_esc = √(2GM/R) = {vesc/1000:.3f} km/s.",
    assumptions=["no atmosphere", "rotation ignored"]))

# 3 solar luminosity from Stefan-Boltzmann (distractor: kiln temperature)
Rs, Ts = 6.957e8, 5772.0
L = 4 * math.pi * Rs**2 * sigma * Ts**4
Qs.append(Q(F,
    "A potter compares her 1300 °C kiln with the Sun. The Sun has radius 6.957 × 10^8 m and an effective surface temperature of 5772 K. "
    "Treating it as a blackbody, what is the Sun's total luminosity?",
    {"kiln temperature": "1300 degC", "radius of the Sun": "6.957e8 m", "surface temperature of the Sun": "5772 K"},
    "luminosity of the Sun", "W", L, laws=1, irrelevant=["kiln temperature"],
    solution=f"L = 4πR^2σT^4 = {L:.3e} W.",
    assumptions=["blackbody emission"]))

# 4 distance at which a lamp matches a star's flux
P, Fstar = 100.0, 1e-9
r = math.sqrt(P / (4 * math.pi * Fstar))
Qs.append(Q(F,
    "An astronomer fighting light pollution notes that a street lamp radiates 100 W of light in all directions. How far away would it have to be for its light flux "
    "to equal that of a star delivering 1.0 × 10^-9 W/m²?",
    {"light output of the lamp": "100 W", "flux from the star": "1.0e-9 W/m^2"},
    "distance", "km", r / 1000, laws=1,
    solution=f"F = P/(4πr^2) ⇒ r = √(P/(4πF)) = {r/1000:.1f} km.",
    assumptions=["isotropic emission", "no atmospheric absorption"]))

# 5 g at altitude
h_ = 3000.0
gh = G * M_earth / (R_earth + h_) ** 2
Qs.append(Q(F,
    "A paragliding site's launch ramp is 3000 m above sea level. Using Earth's mass 5.972 × 10^24 kg and sea-level radius 6371 km, what is the gravitational "
    "acceleration (from Newton's law of gravitation alone) at the launch?",
    {"altitude": "3000 m", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "gravitational acceleration", "m/s^2", gh, laws=1,
    solution=f"g = GM/(R + h)^2 = {gh:.3f} m/s^2.",
    assumptions=["spherical, non-rotating Earth"]))

# 6 golf on the Moon (distractor: ball mass)
M, Rr, v = 7.342e22, 1737.4e3, 30.0
gm = G * M / Rr**2
rng = v**2 / gm
Qs.append(Q(F,
    "A golf course member recalls the golf shots on the Moon. The Moon has mass 7.342 × 10^22 kg and radius 1737.4 km. If a 45.9 g ball were hit there at 30 m/s "
    "at 45° above the level ground, how far would it travel?",
    {"mass of the Moon": "7.342e22 kg", "radius of the Moon": "1737.4 km", "mass of the ball": "45.9 g",
     "launch speed": "30 m/s", "launch angle": "45 degree"},
    "range", "m", rng, laws=2, irrelevant=["mass of the ball"],
    solution=f"g_Moon = GM/R^2 = {gm:.3f} m/s^2; R = v^2 sin90°/g = {rng:.0f} m.",
    assumptions=["no atmosphere", "flat ground", "uniform g"]))

# 7 weight of a tennis ball on Mars (distractor: string tension)
M, Rr, m = 6.417e23, 3389.5e3, 0.057
gmars = G * M / Rr**2
W = m * gmars
Qs.append(Q(F,
    "A tennis coach muses about a future court on Mars. Mars has mass 6.417 × 10^23 kg and radius 3389.5 km. What would a 57 g tennis ball weigh there, "
    "if hit with a racket strung at 250 N tension?",
    {"mass of Mars": "6.417e23 kg", "radius of Mars": "3389.5 km", "mass of the ball": "57 g", "string tension": "250 N"},
    "weight of the ball on Mars", "N", W, laws=2, irrelevant=["string tension"],
    solution=f"g_Mars = GM/R^2 = {gmars:.3f} m/s^2; W = mg = {W:.4f} N.",
    assumptions=["surface gravity only, rotation ignored"]))

# 8 Hubble distance from redshift
z, H0 = 0.05, 70.0
vrec = c * z / 1000  # km/s
d = vrec / H0
Qs.append(Q(F,
    "The astronomy club that meets on a supermarket's flat roof measures a galaxy's redshift as z = 0.05. Taking the Hubble constant as 70 km/s/Mpc and using "
    "v = cz, how far away is the galaxy, in Mpc?",
    {"redshift": "0.05 dimensionless", "Hubble constant": "70 km/s/Mpc"},
    "distance to the galaxy", "Mpc", d, laws=2,
    solution=f"v = cz = {vrec:.0f} km/s; d = v/H0 = {d:.0f} Mpc.",
    assumptions=["low-redshift approximation v = cz", "peculiar velocity ignored"]))

# 9 radial velocity from H-alpha shift
lo, le = 656.8, 656.28
vr = c * (lo - le) / le
Qs.append(Q(F,
    "On a clear night over a dairy farm, an amateur spectroscopist finds a star's H-alpha line at 656.8 nm instead of its laboratory value 656.28 nm. "
    "What is the star's radial velocity, in km/s?",
    {"observed wavelength": "656.8 nm", "rest wavelength": "656.28 nm"},
    "radial velocity (away)", "km/s", vr / 1000, laws=1,
    solution=f"v = cΔλ/λ = c × 0.52/656.28 = {vr/1000:.0f} km/s (receding).",
    assumptions=["v ≪ c"]))

# 10 Wien temperature of a star
lam = 290e-9
T = b_wien / lam
Qs.append(Q(F,
    "Waiting in the queue at an ice-cream van during a stargazing evening, a student reads that a bright blue-white star's spectrum peaks at 290 nm. "
    "What is the star's surface temperature?",
    {"peak wavelength": "290 nm"},
    "surface temperature", "K", T, laws=1,
    solution=f"Wien: T = b/λ_max = 2.898e-3/290e-9 = {T:.0f} K.",
    assumptions=["blackbody spectrum"]))

# 11 ISS orbital speed
h_ = 420e3
v = math.sqrt(G * M_earth / (R_earth + h_))
Qs.append(Q(F,
    "A wind-tunnel laboratory tests models of re-entry capsules returning from the space station, which orbits 420 km above the Earth. With Earth's mass "
    "5.972 × 10^24 kg and radius 6371 km, what is the station's orbital speed, in km/s?",
    {"altitude of the station": "420 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital speed", "km/s", v / 1000, laws=2,
    solution=f"GMm/r^2 = mv^2/r ⇒ v = √(GM/r) = {v/1000:.2f} km/s.",
    assumptions=["circular orbit"]))

# 12 parallax distance in light years
p = 0.25
d_pc = 1 / p
d_ly = d_pc * pc / ly
Qs.append(Q(F,
    "A printing works prints star charts. One star on the chart has a measured parallax of 0.25 arcseconds. How far away is it, in light-years?",
    {"parallax angle": "0.25 arcsec"},
    "distance", "light_year", d_ly, laws=1,
    solution=f"d = 1/p = {d_pc:.0f} pc = {d_ly:.2f} ly.",
    assumptions=["1 pc = 3.2616 ly"]))

# 13 ND: period with unknown star mass
Qs.append(Q(F,
    "A glassblowing studio makes a glass model of an exoplanet system. The real planet orbits its star (not the Sun) in a circular orbit of radius 1.5 AU. "
    "What is the planet's orbital period?",
    {"orbital radius": "1.5 au"},
    "orbital period", "year", None, outcome="not derivable", laws=2,
    solution="Kepler's third law T^2 = 4π^2 a^3/(GM) needs the star's mass, which is not given and cannot be assumed for a star other than the Sun.",
    assumptions=["planet mass ≪ star mass"]))

# 14 ND: binary mass without separation
Qs.append(Q(F,
    "Through the volcano observatory's telescope, visitors watch a visual binary star whose two components orbit each other every 50 years. "
    "What is the combined mass of the two stars?",
    {"orbital period": "50 year"},
    "combined mass", "kg", None, outcome="not derivable", laws=2,
    solution="Kepler's third law M = 4π^2 a^3/(GT^2) requires the orbital separation (angular size plus distance), which is not given.",
    assumptions=[]))

# 15 ND: distance without luminosity/radius
Qs.append(Q(F,
    "Despite the glare of street lighting, an observer measures the flux from a star as 3.1 × 10^-10 W/m² and finds its surface temperature to be 6000 K. "
    "How far away is the star?",
    {"flux from the star": "3.1e-10 W/m^2", "surface temperature": "6000 K"},
    "distance to the star", "light_year", None, outcome="not derivable", laws=2,
    solution="d = √(L/(4πF)) needs the luminosity, i.e. the star's radius as well as its temperature; the radius is not given, so the distance cannot be found.",
    assumptions=[]))

assert len(Qs) == 15
