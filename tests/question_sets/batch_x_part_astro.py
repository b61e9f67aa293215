from batch_x_common import *

F = "astro"
Qs = []

# 1 kite festival - ISS orbital speed
gv = {"altitude of the space station": "420 km", "mass of the Earth": "5.97e24 kg",
      "radius of the Earth": "6371 km"}
hh, M, Re = vals(gv)
r = (Re + hh) * 1000
v = math.sqrt(G * M / r)
Qs.append(Q(F,
    "As dusk falls on a kite festival, spectators watch the International Space Station pass overhead in a circular orbit at an altitude of 420 km. Taking the Earth's mass as 5.97 x 10^24 kg and radius as 6371 km, what is the station's orbital speed?",
    gv, "orbital speed of the station", "km/s", v / 1000, laws=2,
    solution=f"Gravity provides centripetal force: v = sqrt(GM/r), r = {r/1000:.0f} km; v = {v:.0f} m/s = {v/1000:.3f} km/s.",
    assumptions=["circular orbit", "spherical Earth"]))

# 2 cruise ship - geostationary altitude
gv = {"rotation period of the Earth": "23.93 h", "mass of the Earth": "5.97e24 kg",
      "radius of the Earth": "6371 km"}
T, M, Re = vals(gv)
Ts = T * 3600
r = (G * M * Ts**2 / (4 * math.pi**2)) ** (1 / 3)
alt = r / 1000 - Re
Qs.append(Q(F,
    "A cruise ship's satellite TV dish tracks a geostationary satellite. Given that the Earth rotates once every 23.93 h (relative to the stars), has mass 5.97 x 10^24 kg and radius 6371 km, at what altitude above the equator does the satellite orbit?",
    gv, "altitude of the geostationary orbit", "km", alt, laws=2,
    solution=f"Kepler/Newton: r^3 = G M T^2/(4 pi^2) gives r = {r/1000:.0f} km; altitude = r - R = {alt:.0f} km.",
    assumptions=["circular equatorial orbit"]))

# 3 beekeeping - Wien's law for the Sun
gv = {"surface temperature of the Sun": "5772 K"}
T, = vals(gv)
lam = b_wien / T
Qs.append(Q(F,
    "Honeybees navigate using sunlight. Treating the Sun as a black body with surface temperature 5772 K, at what wavelength does its emission spectrum (per unit wavelength) peak?",
    gv, "peak wavelength", "nm", lam * 1e9, laws=1,
    solution=f"Wien: lambda_max = b/T = 2.8978e-3/5772 = {lam*1e9:.1f} nm.",
    assumptions=["black-body Sun"]))

# 4 cruise ship - solar luminosity (distractor: deck area)
gv = {"solar irradiance at Earth": "1361 W/m**2", "Earth-Sun distance": "1.496e8 km",
      "area of the sun deck": "2800 m**2"}
S, d, A = vals(gv)
L = 4 * math.pi * (d * 1000)**2 * S
Qs.append(Q(F,
    "Passengers relax on a cruise ship's 2800 m^2 sun deck, where the sunlight above the atmosphere would deliver 1361 W/m^2. The Earth-Sun distance is 1.496 x 10^8 km. What is the total power output (luminosity) of the Sun?",
    gv, "luminosity of the Sun", "W", L, laws=1,
    irrelevant=["area of the sun deck"],
    solution=f"Inverse square law: L = 4 pi d^2 S = {L:.4g} W.",
    assumptions=["isotropic emission"]))

# 5 cable car - Moon escape speed from g and R
gv = {"surface gravity of the Moon": "1.62 m/s**2", "radius of the Moon": "1737 km"}
gm, Rm = vals(gv)
v = math.sqrt(2 * gm * Rm * 1000)
Qs.append(Q(F,
    "From the summit station of a cable car, tourists watch the full Moon rise. The Moon's surface gravity is 1.62 m/s^2 and its radius 1737 km. What is the escape speed from the Moon's surface?",
    gv, "escape speed from the Moon", "km/s", v / 1000, laws=2,
    solution=f"g = GM/R^2 so GM = g R^2; v_esc = sqrt(2GM/R) = sqrt(2 g R) = {v:.0f} m/s = {v/1000:.3f} km/s.",
    assumptions=["airless, spherical Moon"]))

# 6 opera house - Betelgeuse radius
gv = {"luminosity of the star": "4.8e31 W", "surface temperature of the star": "3600 K"}
L, T = vals(gv)
Rs = math.sqrt(L / (4 * math.pi * sigma * T**4))
Qs.append(Q(F,
    "The programme for an astronomy-themed opera mentions that the red supergiant Betelgeuse has a luminosity of 4.8 x 10^31 W and a surface temperature of 3600 K. Treating it as a spherical black body, what is its radius?",
    gv, "radius of the star", "km", Rs / 1000, laws=1,
    solution=f"Stefan-Boltzmann: L = 4 pi R^2 sigma T^4, so R = sqrt(L/(4 pi sigma T^4)) = {Rs:.4g} m = {Rs/1000:.3g} km.",
    assumptions=["black body"]))

# 7 scuba - Moon's pull on a diver (distractor: depth)
gv = {"mass of the diver": "80 kg", "mass of the Moon": "7.35e22 kg",
      "distance to the Moon": "3.844e5 km", "depth of the diver": "20 m"}
m, Mm, d, dep = vals(gv)
Fg = G * Mm * m / (d * 1000)**2
Qs.append(Q(F,
    "An 80 kg scuba diver hovers at 20 m depth during a spring tide. The Moon (mass 7.35 x 10^22 kg) is 3.844 x 10^5 km away, centre to centre. What is the magnitude of the Moon's gravitational pull on the diver?",
    gv, "gravitational force of the Moon on the diver", "N", Fg, laws=1,
    irrelevant=["depth of the diver"],
    solution=f"F = G M m/d^2 = {Fg:.4g} N.",
    assumptions=["point masses"]))

# 8 motor racing - Kepler's third law (distractor: Mars mass)
gv = {"semi-major axis of Mars's orbit": "1.524 au", "mass of Mars": "6.42e23 kg"}
a, Mmars = vals(gv)
T = a ** 1.5
Qs.append(Q(F,
    "During a rain delay at the motor racing circuit, the commentator reads out facts about the team named after Mars: the planet has a mass of 6.42 x 10^23 kg and orbits the Sun with a semi-major axis of 1.524 AU. How long is a Martian year, in Earth years?",
    gv, "orbital period of Mars", "year", T, laws=1,
    irrelevant=["mass of Mars"],
    solution=f"Kepler's third law (years and AU): T = a^(3/2) = {T:.3f} years.",
    assumptions=["Mars's mass negligible compared with the Sun's"]))

# 9 particle accelerator - Hubble distance from redshift
gv = {"redshift of the galaxy": "0.05 dimensionless", "Hubble constant": "70 km/s/Mpc"}
z, H0 = vals(gv)
v = c * z / 1000
d = v / H0
Qs.append(Q(F,
    "At a public lecture in the particle accelerator lab, a galaxy's spectrum is shown with redshift 0.05. Using v = c z and a Hubble constant of 70 km/s/Mpc, how far away is the galaxy?",
    gv, "distance to the galaxy", "Mpc", d, laws=2,
    solution=f"v = c z = {v:.0f} km/s; Hubble's law d = v/H0 = {d:.1f} Mpc.",
    assumptions=["low-redshift approximation v = cz"]))

# 10 carpentry - parallax distance in light-years
gv = {"parallax angle of the star": "0.125 arcsec"}
p, = vals(gv)
d_pc = 1 / p
d_ly = d_pc * pc / ly
Qs.append(Q(F,
    "A carpenter builds a wooden mount for her telescope and reads that a star she observes has a parallax angle of 0.125 arcseconds. How far away is the star in light-years?",
    gv, "distance to the star", "ly", d_ly, laws=1,
    solution=f"d = 1/p = {d_pc:.0f} pc = {d_ly:.2f} ly (1 pc = 3.2616 ly).",
    assumptions=[]))

# 11 textile mill - Jupiter's mass from Io
gv = {"orbital period of Io": "1.769 day", "orbital radius of Io": "421700 km"}
T, a = vals(gv)
Ts = T * day
ar = a * 1000
M = 4 * math.pi**2 * ar**3 / (G * Ts**2)
Qs.append(Q(F,
    "A textile-mill engineer who is an amateur astronomer times Jupiter's moon Io: it orbits in 1.769 days at a radius of 421700 km. Assuming a circular orbit, what is Jupiter's mass?",
    gv, "mass of Jupiter", "kg", M, laws=2,
    solution=f"G M m/r^2 = m (2 pi/T)^2 r gives M = 4 pi^2 r^3/(G T^2) = {M:.4g} kg.",
    assumptions=["circular orbit", "Io's mass negligible"]))

# 12 cold storage - distance modulus
gv = {"apparent magnitude of the star": "9.2 dimensionless", "absolute magnitude of the star": "4.1 dimensionless"}
mm, MM = vals(gv)
d = 10 ** ((mm - MM + 5) / 5)
Qs.append(Q(F,
    "On a clear winter night the night-shift supervisor of a cold-storage warehouse observes a Sun-like star of apparent magnitude 9.2 and absolute magnitude 4.1. Ignoring interstellar extinction, how far away is it?",
    gv, "distance to the star", "pc", d, laws=1,
    solution=f"m - M = 5 log10(d/10 pc) => d = 10^((9.2 - 4.1 + 5)/5) = {d:.1f} pc.",
    assumptions=["no extinction"]))

# 13 hydroelectric - not derivable (luminosity missing)
gv = {"measured flux from the star": "2.5e-9 W/m**2"}
Qs.append(Q(F,
    "From the dark valley below a hydroelectric dam, an astronomer measures the flux from a distant star as 2.5 x 10^-9 W/m^2. How far away is the star?",
    gv, "distance to the star", "ly", None, outcome="not derivable", laws=1,
    solution="d = sqrt(L/(4 pi F)) requires the star's luminosity, which is not given (the star type is unknown); the distance cannot be found.",
    assumptions=[]))

# 14 oil rig - not derivable (star mass missing)
gv = {"orbital period of the planet": "3.5 year"}
Qs.append(Q(F,
    "The night crew on an oil rig, stargazing, read that an exoplanet orbits its distant host star in a circular orbit with a period of 3.5 years. What is the radius of its orbit?",
    gv, "orbital radius of the planet", "au", None, outcome="not derivable", laws=1,
    solution="Kepler's third law r^3 = G M T^2/(4 pi^2) needs the host star's mass, which is not given and cannot be assumed equal to the Sun's.",
    assumptions=[]))

# 15 archery - ambiguous ('size' = diameter or radius)
gv = {"mass of the dwarf planet": "1.3e22 kg", "size of the dwarf planet": "2380 km"}
M, s = vals(gv)
g_r = G * M / (s * 1000)**2
g_d = G * M / (s * 500)**2
Qs.append(Q(F,
    "The archery club's astronomy evening discusses a dwarf planet of mass 1.3 x 10^22 kg and size 2380 km. What is the acceleration due to gravity at its surface?",
    gv, "surface gravity of the dwarf planet", "m/s**2", None, outcome="ambiguous", laws=1,
    solution=f"g = GM/R^2. If 'size' is the diameter (R = 1190 km), g = {g_d:.3f} m/s^2; if it is the radius (R = 2380 km), g = {g_r:.4f} m/s^2.",
    assumptions=["spherical body"]))
