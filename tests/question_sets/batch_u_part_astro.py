import math
from batch_u_common import *

F = "astro"
QUESTIONS = []
add = QUESTIONS.append

# A1 observatory: Kepler third law
a = 2.8
T = a ** 1.5
add(Q(F,
      "Observers at the observatory determine that a newly found main-belt asteroid orbits the Sun with a semi-major "
      "axis of 2.8 au. What is its orbital period?",
      {"semi-major axis": "2.8 au"},
      "orbital period", "year", T, laws=1,
      solution=f"Kepler's third law in solar units: T^2 = a^3 -> T = 2.8^1.5 = {T:.4f} years",
      assumptions=["asteroid mass negligible compared with the Sun"]))

# A2 library: parallax to light-years
p = 0.0125
d_pc = 1 / p
d_ly = d_pc * pc / ly
add(Q(F,
      "A library's astronomy club reads that a certain star has a parallax of 0.0125 arcseconds. How far away is the "
      "star in light-years?",
      {"parallax": "0.0125 arcsec"},
      "distance to the star", "ly", d_ly, laws=2,
      solution=f"d = 1/p = {d_pc:.0f} pc; 1 pc = 3.2616 ly -> d = {d_ly:.2f} ly",
      assumptions=[]))

# A3 observatory: Hubble law distance from redshift
z, H0 = 0.025, 70.0
v = z * c / 1000
d = v / H0
add(Q(F,
      "A spectrum taken at the observatory shows that a galaxy has a redshift of 0.025. Using v = cz and a Hubble "
      "constant of 70 km/s/Mpc, estimate the distance to the galaxy.",
      {"redshift": "0.025 dimensionless", "Hubble constant": "70 km/s/Mpc"},
      "distance to the galaxy", "Mpc", d, laws=2,
      solution=f"v = cz = {v:.1f} km/s; d = v/H0 = {d:.2f} Mpc",
      assumptions=["non-relativistic Doppler, pure Hubble flow"]))

# A4 concert hall planetarium: luminosity via Stefan-Boltzmann
Rs, T = 1.46e9, 8500.0
L = 4 * math.pi * Rs ** 2 * sigma * T ** 4
add(Q(F,
      "For a planetarium show in the concert hall, the presenter describes a white star with a radius of 1.46 × 10^9 m "
      "and a surface temperature of 8500 K. Treating it as a blackbody, what is its luminosity?",
      {"radius of the star": "1.46e9 m", "surface temperature": "8500 K"},
      "luminosity", "W", L, laws=1,
      solution=f"L = 4 pi R^2 sigma T^4 = {L:.4e} W",
      assumptions=["blackbody"]))

# A5 observatory: Wien temperature
lam = 380e-9
T = b_wien / lam
add(Q(F,
      "The spectrum of a hot star, measured with the observatory's spectrograph, peaks at a wavelength of 380 nm. "
      "Treating the star as a blackbody, what is its surface temperature?",
      {"peak wavelength": "380 nm"},
      "surface temperature", "K", T, laws=1,
      solution=f"Wien: T = b/lambda = 2.8978e-3/380e-9 = {T:.0f} K",
      assumptions=["blackbody"]))

# A6 radio station: 21 cm line redshift -> distance
f0, fobs, H0 = 1420.405751, 1390.0, 70.0
z = f0 / fobs - 1
v = c * z / 1000
d = v / H0
add(Q(F,
      "A radio station engineer who is also an amateur radio astronomer detects the 21 cm hydrogen line (rest frequency "
      "1420.406 MHz) from a distant galaxy at 1390.0 MHz. Define the redshift as z = (observed wavelength - rest "
      "wavelength)/rest wavelength, use v = cz, and take the Hubble constant as 70 km/s/Mpc. How far away is the galaxy?",
      {"rest frequency": "1420.406 MHz", "observed frequency": "1390.0 MHz", "Hubble constant": "70 km/s/Mpc"},
      "distance to the galaxy", "Mpc", d, laws=2,
      solution=f"z = f0/f - 1 = {z:.5f}; v = cz = {v:.0f} km/s; d = v/H0 = {d:.2f} Mpc",
      assumptions=["pure Hubble flow"]))

# A7 ski resort: ISS orbital period
hISS = 420e3
r = R_earth + hISS
T = 2 * math.pi * math.sqrt(r ** 3 / GM_earth)
add(Q(F,
      "Skiers at a night-skiing resort watch the International Space Station pass overhead at an altitude of 420 km. "
      "Assuming a circular orbit, with Earth's mass 5.972 × 10^24 kg and radius 6371 km, what is the station's orbital "
      "period?",
      {"altitude of the station": "420 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
      "orbital period", "min", T / 60, laws=2,
      solution=f"r = R + h = {r/1000:.0f} km; T = 2 pi sqrt(r^3/(GM)) = {T:.0f} s = {T/60:.2f} min",
      assumptions=["circular orbit", "G = 6.6743e-11 N m^2/kg^2"]))

# A8 submarine: GPS satellite altitude from period
Tg = 11.967 * 3600
r = (GM_earth * Tg ** 2 / (4 * math.pi ** 2)) ** (1 / 3)
alt = r - R_earth
add(Q(F,
      "A submarine at periscope depth fixes its position using GPS satellites, which orbit the Earth in circular orbits "
      "with a period of 11.967 h. Taking Earth's mass as 5.972 × 10^24 kg and its radius as 6371 km, at what altitude "
      "above the surface do these satellites orbit?",
      {"orbital period": "11.967 h", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
      "altitude of the satellites", "km", alt / 1000, laws=2,
      solution=f"r = (GM T^2/(4 pi^2))^(1/3) = {r/1000:.0f} km; altitude = r - R = {alt/1000:.0f} km",
      assumptions=["circular orbit", "G = 6.6743e-11 N m^2/kg^2"]))

# A9 wind farm: solar irradiance at Mars
L, dM = 3.828e26, 1.524
S = L / (4 * math.pi * (dM * au) ** 2)
add(Q(F,
      "Engineers at a wind farm are asked to compare renewable resources for a future Mars base. The Sun's luminosity is "
      "3.828 × 10^26 W and Mars orbits at 1.524 au. What is the intensity of sunlight at the top of the Martian "
      "atmosphere?",
      {"luminosity of the Sun": "3.828e26 W", "distance of Mars from the Sun": "1.524 au"},
      "solar intensity at Mars", "W/m^2", S, laws=2,
      solution=f"I = L/(4 pi d^2) with d = {dM*au:.4e} m: I = {S:.1f} W/m^2",
      assumptions=["1 au = 1.495978707e11 m", "circular orbit"]))

# A10 library: distance modulus
m, M = 8.2, 1.4
d = 10 ** ((m - M + 5) / 5)
add(Q(F,
      "In a library reference book, a star is listed with apparent magnitude 8.2 and absolute magnitude 1.4. Ignoring "
      "interstellar extinction, how far away is the star in parsecs?",
      {"apparent magnitude": "8.2 dimensionless", "absolute magnitude": "1.4 dimensionless"},
      "distance to the star", "pc", d, laws=1,
      solution=f"m - M = 5 log10(d/10 pc) -> d = 10^((8.2-1.4+5)/5) = {d:.1f} pc",
      assumptions=["no extinction"]))

# A11 aquarium: lunar tidal acceleration
Mm, dm = 7.342e22, 3.844e8
at = 2 * G * Mm * R_earth / dm ** 3
add(Q(F,
      "An aquarium's exhibit on tides asks visitors to estimate the Moon's tide-raising effect. Using the Moon's mass "
      "7.342 × 10^22 kg, Earth-Moon distance 3.844 × 10^8 m and Earth's radius 6371 km, what is the difference between "
      "the Moon's gravitational acceleration at Earth's near-side surface and at Earth's centre, in the usual "
      "leading-order (2GMR/d^3) approximation?",
      {"mass of the Moon": "7.342e22 kg", "Earth-Moon distance": "3.844e8 m", "radius of the Earth": "6371 km"},
      "tidal acceleration", "m/s^2", at, laws=1,
      solution=f"a_tide = 2 G M R/d^3 = {at:.4e} m/s^2",
      assumptions=["G = 6.6743e-11 N m^2/kg^2"]))

# A12 radio station: signal delay to Mars
d = 0.52 * au
t = d / c
add(Q(F,
      "A radio station relays a live interview with a rover team while Mars is 0.52 au from Earth. How long does a radio "
      "signal take to travel one way between Earth and Mars at that moment?",
      {"Earth-Mars distance": "0.52 au"},
      "one-way signal delay", "min", t / 60, laws=1,
      solution=f"t = d/c = {d:.4e}/c = {t:.1f} s = {t/60:.3f} min",
      assumptions=["1 au = 1.495978707e11 m"]))

# A13 hospital: weight on Mars
Mmars, Rmars, mpat = 6.417e23, 3.3895e6, 80.0
gM = G * Mmars / Rmars ** 2
W = mpat * gM
add(Q(F,
      "A hospital rehabilitation team is preparing an 80 kg astronaut for a Mars mission. Mars has a mass of "
      "6.417 × 10^23 kg and a radius of 3389.5 km. What will the astronaut's weight be on the Martian surface?",
      {"mass of the astronaut": "80 kg", "mass of Mars": "6.417e23 kg", "radius of Mars": "3389.5 km"},
      "weight on Mars", "N", W, laws=2,
      solution=f"g_Mars = GM/R^2 = {gM:.4f} m/s^2; W = m g = {W:.1f} N",
      assumptions=["G = 6.6743e-11 N m^2/kg^2", "rotation of Mars ignored"]))

# A14 observatory: not derivable (no orbital radius)
add(Q(F,
      "Astronomers at the observatory discover a planet orbiting a nearby star every 3.5 days in a circular orbit. "
      "What is the mass of the star?",
      {"orbital period": "3.5 day"},
      "mass of the star", "kg", outcome="not derivable", laws=1,
      solution="Kepler's third law M = 4 pi^2 a^3/(G T^2) needs the orbital radius (or the star's luminosity/spectral "
               "type, or the planet's orbital speed), none of which is given.",
      assumptions=[]))

# A15 ski resort: ambiguous 'distance from Earth'
r1 = 7000e3
r2 = 7000e3 + R_earth
T1 = 2 * math.pi * math.sqrt(r1 ** 3 / GM_earth) / 60
T2 = 2 * math.pi * math.sqrt(r2 ** 3 / GM_earth) / 60
add(Q(F,
      "The ski resort's snow-forecast service uses images from a weather satellite in a circular orbit 7000 km from the "
      "Earth. Taking Earth's mass as 5.972 × 10^24 kg and its radius as 6371 km, what is the satellite's orbital period?",
      {"distance of the satellite from the Earth": "7000 km", "mass of the Earth": "5.972e24 kg",
       "radius of the Earth": "6371 km"},
      "orbital period", "min", outcome="ambiguous", laws=2,
      solution=f"If 7000 km is the orbital radius (from Earth's centre), T = {T1:.1f} min; if it is the height above the "
               f"surface, r = 13371 km and T = {T2:.1f} min.",
      assumptions=["circular orbit", "G = 6.6743e-11 N m^2/kg^2"]))
