from batch_v_common import *

F = "astro"
Qs = []

# A1 parallax distance in light-years
d_ly = (1 / 0.379) * pc / ly
Qs.append(Q(F,
    "From a small observatory above a mountain village, amateur astronomers measure the parallax of Sirius as 0.379 "
    "arcseconds. How far away is Sirius, in light-years?",
    {"parallax of Sirius": "0.379 arcsecond"},
    "distance to Sirius", "ly", d_ly, laws=1,
    solution=f"d = 1/p = {f(1/0.379)} pc; 1 pc = 3.2616 ly, so d = {f(d_ly)} ly.",
    assumptions=["1 pc = 3.2616 ly"]))

# A2 Moon image size with 600 mm lens
s_img = 600 * 3475 / 384400
Qs.append(Q(F,
    "An astrophotographer photographs the full Moon with a 600 mm telephoto lens at an exposure of 1/250 s. The Moon's "
    "diameter is 3475 km and its distance is 384400 km. How large is the Moon's image on the sensor?",
    {"focal length of the lens": "600 mm", "exposure time": "0.004 s", "diameter of the Moon": "3475 km",
     "distance to the Moon": "384400 km"},
    "diameter of the Moon's image", "mm", s_img, laws=1, irrelevant=["exposure time"],
    solution=f"For a distant object the image lies in the focal plane: size = f * (D/d) = 600 mm * 3475/384400 = {f(s_img)} mm.",
    assumptions=["object at effectively infinite distance"]))

# A3 star trail arc in 30 min
ang = 360 * 30 / 1436
Qs.append(Q(F,
    "A photographer sets up a camera on a tripod for a 30-minute exposure of the night sky to record star trails. Earth "
    "turns once relative to the stars every 1436 minutes. Through what angle do the stars appear to rotate around the "
    "celestial pole during the exposure?",
    {"exposure time": "30 min", "sidereal day": "1436 min"},
    "angle of rotation of the sky", "degree", ang, laws=1,
    solution=f"angle = 360 * 30/1436 = {f(ang)} degrees.",
    assumptions=["uniform rotation"]))

# A4 ISS orbital period
GM = G * 5.972e24
r = 6371e3 + 420e3
T = 2 * math.pi * math.sqrt(r**3 / GM)
Qs.append(Q(F,
    "Villagers spot the International Space Station passing overhead. It orbits at an altitude of 420 km. Assuming a "
    "circular orbit, what is its orbital period? Earth's mass is 5.972e24 kg and its radius is 6371 km.",
    {"altitude of the orbit": "420 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital period", "min", T / 60, laws=2,
    solution=f"Gravity provides the centripetal force: T = 2 pi sqrt(r^3/(G M)) with r = 6791 km: T = {f(T)} s = {f(T/60)} min.",
    assumptions=["G = 6.6743e-11 N m^2/kg^2", "circular orbit"]))

# A5 geostationary round-trip delay
Tsid = 86164.0
rg = (GM * Tsid**2 / (4 * math.pi**2)) ** (1 / 3)
alt = rg - 6371e3
rtt = 2 * alt / c
Qs.append(Q(F,
    "A data centre backs up its internet link through a geostationary satellite. Using Earth's mass (5.972e24 kg), "
    "radius (6371 km) and sidereal rotation period (86164 s), find the altitude of a geostationary orbit and hence the "
    "minimum time for a signal to travel from a ground station directly below the satellite up to it and back down.",
    {"mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km", "sidereal rotation period": "86164 s"},
    "minimum up-and-down signal time", "ms", rtt * 1000, laws=2,
    solution=f"Kepler/Newton: r = (G M T^2/4 pi^2)^(1/3) = {f(rg/1e3,6)} km; altitude = {f(alt/1e3,6)} km; time = 2*altitude/c = {f(rtt*1000)} ms.",
    assumptions=["G = 6.6743e-11 N m^2/kg^2", "signals travel at c", "processing delays ignored"]))

# A6 Moon's tidal acceleration difference (exact)
GMm = G * 7.35e22
dt = GMm / (3.84e8 - 6.37e6) ** 2 - GMm / 3.84e8**2
Qs.append(Q(F,
    "The tides that raise the ferry at its berth are caused by the difference in the Moon's pull across the Earth. "
    "Calculate the Moon's gravitational acceleration at the point on Earth's surface nearest the Moon and at Earth's "
    "centre, and find the difference. The Moon's mass is 7.35e22 kg, the centre-to-centre Earth-Moon distance is "
    "3.84e8 m and Earth's radius is 6.37e6 m.",
    {"mass of the Moon": "7.35e22 kg", "Earth-Moon distance": "3.84e8 m", "radius of the Earth": "6.37e6 m"},
    "difference in the Moon's gravitational acceleration", "m/s^2", dt, laws=1,
    solution=f"a_near = GM/(d-R)^2 = {f(GMm/(3.84e8-6.37e6)**2,6)} m/s^2; a_centre = GM/d^2 = {f(GMm/3.84e8**2,6)} m/s^2; difference = {f(dt)} m/s^2 (close to 2GMR/d^3).",
    assumptions=["G = 6.6743e-11 N m^2/kg^2"], rel_tol=0.02))

# A7 skating on Europa: jump height
gE = G * 4.80e22 / 1.561e6**2
hj = 0.50 * g / gE
Qs.append(Q(F,
    "A planetary scientist jokes about building an ice rink on Jupiter's moon Europa (mass 4.80e22 kg, radius 1561 km). "
    "A 60 kg figure skater can jump 0.50 m high on Earth. If she leaves the ice with the same take-off speed on Europa, "
    "how high does she rise?",
    {"mass of Europa": "4.80e22 kg", "radius of Europa": "1561 km", "mass of the skater": "60 kg",
     "jump height on Earth": "0.50 m"},
    "jump height on Europa", "m", hj, laws=2, irrelevant=["mass of the skater"],
    solution=f"g_Europa = G M/R^2 = {f(gE)} m/s^2; same take-off speed, h = v^2/(2g), so h = 0.50*9.81/{f(gE)} = {f(hj)} m.",
    assumptions=["g = 9.81 m/s^2 on Earth", "G = 6.6743e-11 N m^2/kg^2", "no atmosphere"]))

# A8 drop tower on Mars
gM = G * 6.42e23 / 3.39e6**2
tM = math.sqrt(2 * 40 / gM)
Qs.append(Q(F,
    "An amusement-park designer imagines a 40 m drop tower on Mars (mass 6.42e23 kg, radius 3390 km). Ignoring the thin "
    "atmosphere, how long would a free fall from rest through the full 40 m take?",
    {"height of the drop": "40 m", "mass of Mars": "6.42e23 kg", "radius of Mars": "3390 km"},
    "time of the free fall", "s", tM, laws=2,
    solution=f"g_Mars = G M/R^2 = {f(gM)} m/s^2; t = sqrt(2h/g) = {f(tM)} s.",
    assumptions=["G = 6.6743e-11 N m^2/kg^2", "no air resistance"]))

# A9 Sun's surface temperature
Ts = (1361 * au**2 / (6.96e8**2 * sigma)) ** 0.25
Qs.append(Q(F,
    "In a planetarium show held at the local cinema, viewers learn that the solar irradiance at Earth's distance "
    "(1.00 au) is 1361 W/m^2, and that the Sun's radius is 6.96e8 m. Treating the Sun as a black body, what is its "
    "surface temperature?",
    {"solar irradiance at Earth": "1361 W/m^2", "Earth-Sun distance": "1.00 au", "radius of the Sun": "6.96e8 m"},
    "surface temperature of the Sun", "K", Ts, laws=2,
    solution=f"L = 4 pi d^2 S = {f(4*math.pi*au**2*1361)} W; L = 4 pi R^2 sigma T^4 -> T = (S d^2/(R^2 sigma))^(1/4) = {f(Ts)} K.",
    assumptions=["isotropic emission", "1 au = 1.496e11 m"]))

# A10 Betelgeuse temperature from Wien
Tb = b_wien / 830e-9
Qs.append(Q(F,
    "Relaxing by the outdoor swimming pool on a clear evening, you notice the reddish star Betelgeuse. Its spectrum "
    "peaks at a wavelength of about 830 nm. Treating it as a black body, estimate its surface temperature.",
    {"peak wavelength": "830 nm"},
    "surface temperature of Betelgeuse", "K", Tb, laws=1,
    solution=f"Wien: T = b/lambda_max = 2.898e-3/830e-9 = {f(Tb)} K.",
    assumptions=["black body", "Wien constant 2.897771955e-3 m K"]))

# A11 hot Jupiter period
a = 0.050 * au
Tp = 2 * math.pi * math.sqrt(a**3 / (G * 1.59e30)) / day
Qs.append(Q(F,
    "After a science-fiction film, the cinema hosts a short talk on exoplanets. One 'hot Jupiter' orbits a star of mass "
    "1.59e30 kg at an average distance of 0.050 au. What is its orbital period, in days?",
    {"mass of the star": "1.59e30 kg", "orbital radius": "0.050 au"},
    "orbital period", "day", Tp, laws=1,
    solution=f"Kepler's third law: T = 2 pi sqrt(a^3/(G M)) with a = {f(a)} m: T = {f(Tp*day)} s = {f(Tp)} days.",
    assumptions=["planet mass negligible", "G = 6.6743e-11 N m^2/kg^2", "circular orbit"]))

# A12 Hubble law + Doppler shift of H-alpha
v = 70 * 150  # km/s
lobs = 656.3 * (1 + v * 1000 / c)
Qs.append(Q(F,
    "An astrophotographer with a small spectrograph targets a galaxy 150 Mpc away. Using Hubble's law with "
    "H0 = 70 km/s/Mpc and the non-relativistic Doppler formula, at what wavelength should the galaxy's hydrogen-alpha "
    "line (rest wavelength 656.3 nm) be observed?",
    {"distance to the galaxy": "150 Mpc", "Hubble constant": "70 km/s/Mpc", "rest wavelength of hydrogen-alpha": "656.3 nm"},
    "observed wavelength", "nm", lobs, laws=2,
    solution=f"v = H0 d = 10500 km/s; lambda_obs = lambda (1 + v/c) = 656.3*(1 + {f(v*1000/c)}) = {f(lobs,6)} nm.",
    assumptions=["peculiar velocity neglected"]))

# --- non-value ---
Qs.append(Q(F,
    "From the observatory above the mountain village, a star is measured to have an apparent magnitude of 4.2. How far "
    "away is it, in parsecs?",
    {"apparent magnitude of the star": "4.2 dimensionless"},
    "distance to the star", "pc", None, outcome="not derivable", laws=1,
    solution="The distance modulus needs the star's absolute magnitude (or luminosity), which is not given; apparent brightness alone does not fix the distance.",
    assumptions=["no interstellar extinction"]))

Qs.append(Q(F,
    "Over many years, a patient astrophotographer has recorded a visual binary star whose two components orbit each "
    "other with a period of 50 years. What is the total mass of the pair?",
    {"orbital period of the binary": "50 year"},
    "total mass of the binary", "kg", None, outcome="not derivable", laws=1,
    solution="Kepler's third law M = 4 pi^2 a^3/(G T^2) needs the size of the orbit (semi-major axis), which is not given.",
    assumptions=[]))

g2r, g2v = 2 * g, 2 ** (1 / 3) * g
Qs.append(Q(F,
    "A science-fiction ride at an amusement park is set on a rocky planet that is 'twice the size of the Earth' and has "
    "the same average density as the Earth. What is the acceleration due to gravity at the planet's surface?",
    {"size of the planet relative to Earth": "2 dimensionless"},
    "surface gravity of the planet", "m/s^2", None, outcome="ambiguous", laws=2,
    solution=f"For equal density, g is proportional to the radius. If 'twice the size' means twice the radius, g = 2*9.81 = {f(g2r)} m/s^2; if it means twice the volume, the radius is 2^(1/3) times larger and g = {f(g2v)} m/s^2.",
    assumptions=["g = 9.81 m/s^2 on Earth", "uniform density"]))
