from batch_y_common import *

F = "optics"
Qs = []

# 1 refraction into glass (distractor: thickness)
n, th = 1.52, 40.0
r = math.degrees(math.asin(math.sin(math.radians(th)) / n))
Qs.append(Q(F,
    "In a glassblowing studio, a beam from a work lamp strikes a flat 4 mm thick glass plate (refractive index 1.52) at 40° to the normal. "
    "At what angle to the normal does the beam travel inside the glass?",
    {"thickness of the plate": "4 mm", "refractive index of the glass": "1.52 dimensionless", "angle of incidence": "40 degree"},
    "angle of refraction", "degree", r, laws=1, irrelevant=["thickness of the plate"],
    solution=f"Snell: sin r = sin40°/1.52 = {math.sin(math.radians(th))/n:.4f} ⇒ r = {r:.1f}°.",
    assumptions=["incident from air, n_air = 1.00"]))

# 2 critical angle ice
n = 1.31
thc = math.degrees(math.asin(1 / n))
Qs.append(Q(F,
    "Researchers at an arctic research station shine a torch into a clear block of glacier ice (refractive index 1.31). "
    "What is the critical angle for light inside the ice striking an ice–air surface?",
    {"refractive index of ice": "1.31 dimensionless"},
    "critical angle", "degree", thc, laws=1,
    solution=f"sin θc = 1/1.31 ⇒ θc = {thc:.1f}°.",
    assumptions=["n_air = 1.00"]))

# 3 convex security mirror magnification
R_, do = 1.0, 4.0
f = -R_ / 2
di = 1 / (1 / f - 1 / do)
mag = -di / do
Qs.append(Q(F,
    "A convex security mirror in a supermarket aisle has a radius of curvature of 1.0 m. A shopper stands 4.0 m in front of it. "
    "What is the lateral magnification of the shopper's image?",
    {"radius of curvature": "1.0 m", "distance of the shopper": "4.0 m"},
    "magnification", "dimensionless", mag, laws=2,
    solution=f"f = −0.5 m; 1/d_i = 1/f − 1/d_o ⇒ d_i = {di:.3f} m (virtual); m = −d_i/d_o = {mag:.3f} (upright, reduced).",
    assumptions=["paraxial rays"]))

# 4 loupe magnification at near point
f, N_ = 5.0, 25.0
M = 1 + N_ / f
Qs.append(Q(F,
    "A proof-reader in a printing works inspects dot patterns with a loupe of focal length 5 cm, holding it close to her eye so the image forms at her "
    "near point of 25 cm. What angular magnification does she get?",
    {"focal length of the loupe": "5 cm", "near point distance": "25 cm"},
    "angular magnification", "dimensionless", M, laws=1,
    solution=f"Image at near point: M = 1 + N/f = 1 + 25/5 = {M:.0f}.",
    assumptions=["thin lens close to the eye"]))

# 5 illuminance under a street lamp (distractor: electrical power)
Phi, hh = 10000.0, 8.0
I = Phi / (4 * math.pi)
E = I / hh**2
Qs.append(Q(F,
    "A 100 W street light emits 10000 lm, spread uniformly in all directions, from a height of 8 m. What is the illuminance on the pavement directly below it?",
    {"electrical power of the lamp": "100 W", "luminous flux": "10000 lm", "height of the lamp": "8 m"},
    "illuminance", "lux", E, laws=2, irrelevant=["electrical power of the lamp"],
    solution=f"I = Φ/(4π) = {I:.0f} cd; E = I/h^2 = {E:.2f} lx.",
    assumptions=["isotropic point source", "no reflector", "normal incidence below the lamp"]))

# 6 telephoto image size
f, do, H = 0.200, 30.0, 1.8
di = 1 / (1 / f - 1 / do)
hi = H * di / do
Qs.append(Q(F,
    "A photographer at a golf course uses a 200 mm lens to photograph a 1.8 m tall golfer standing 30 m away. How tall is the golfer's image on the sensor?",
    {"focal length": "200 mm", "distance to the golfer": "30 m", "height of the golfer": "1.8 m"},
    "image height", "mm", hi * 1000, laws=2,
    solution=f"d_i = 1/(1/0.2 − 1/30) = {di*1000:.1f} mm; |m| = d_i/d_o = {di/do:.5f}; h_i = {hi*1000:.2f} mm.",
    assumptions=["thin lens"]))

# 7 two polarisers
I0, ang = 800.0, 30.0
I = 0.5 * I0 * math.cos(math.radians(ang)) ** 2
Qs.append(Q(F,
    "Unpolarised glare of intensity 800 W/m² from a tennis court surface passes through a polarising film and then a second polarising film whose axis "
    "is turned 30° from the first. What intensity emerges?",
    {"incident intensity": "800 W/m^2", "angle between polariser axes": "30 degree"},
    "transmitted intensity", "W/m^2", I, laws=2,
    solution=f"First polariser halves it: 400 W/m^2; Malus: I = 400 cos^2 30° = {I:.0f} W/m^2.",
    assumptions=["ideal polarisers", "incident light fully unpolarised"]))

# 8 Brewster angle crater lake
n = 1.33
thB = math.degrees(math.atan(n))
Qs.append(Q(F,
    "From a volcano observatory, a photographer with a polarising filter wants to remove reflections from a crater lake (refractive index 1.33). "
    "At what angle of incidence is the reflected light completely polarised?",
    {"refractive index of the water": "1.33 dimensionless"},
    "Brewster angle", "degree", thB, laws=1,
    solution=f"tan θB = 1.33 ⇒ θB = {thB:.1f}°.",
    assumptions=["light incident from air"]))

# 9 glaze thin film
lam, n_f = 550e-9, 1.5
t = lam / (2 * n_f)
Qs.append(Q(F,
    "A thin transparent glaze (refractive index 1.5) covers a pottery body of refractive index 1.6 after firing in the kiln. "
    "What is the minimum non-zero glaze thickness that gives strong (constructive) reflection of 550 nm light at normal incidence?",
    {"refractive index of the glaze": "1.5 dimensionless", "refractive index of the pottery body": "1.6 dimensionless",
     "wavelength": "550 nm"},
    "minimum glaze thickness", "nm", t * 1e9, laws=2,
    solution=f"Both reflections (air→1.5, 1.5→1.6) have a half-wave phase shift, so constructive needs 2nt = mλ; m = 1: t = λ/(2n) = {t*1e9:.1f} nm.",
    assumptions=["normal incidence", "wavelength in vacuum"]))

# 10 grating first order
lines, lam = 600e3, 650e-9
th = math.degrees(math.asin(lines * lam))
Qs.append(Q(F,
    "A dairy farm's milk-quality spectrometer uses a diffraction grating with 600 lines per mm. At what angle does the first-order maximum of 650 nm red light appear?",
    {"line density of the grating": "600 1/mm", "wavelength": "650 nm"},
    "first-order diffraction angle", "degree", th, laws=1,
    solution=f"d = 1/600 mm; sin θ = λ/d = {lines*lam:.3f} ⇒ θ = {th:.1f}°.",
    assumptions=["normal incidence"]))

# 11 single slit central max width
lam, a, L = 532e-9, 0.1e-3, 2.0
w = 2 * lam * L / a
Qs.append(Q(F,
    "In a wind-tunnel laboratory, a 532 nm green laser passes through a single slit 0.1 mm wide before reaching a screen 2.0 m away. "
    "How wide is the central bright fringe on the screen?",
    {"wavelength": "532 nm", "slit width": "0.1 mm", "distance to the screen": "2.0 m"},
    "width of the central maximum", "mm", w * 1000, laws=1,
    solution=f"First minima at y = λL/a; width = 2λL/a = {w*1000:.2f} mm.",
    assumptions=["small angles", "Fraunhofer diffraction"]))

# 12 Rayleigh resolution from altitude
D, lam, L = 3e-3, 550e-9, 1500.0
s = 1.22 * lam / D * L
Qs.append(Q(F,
    "A paraglider pilot 1500 m above the ground looks down at the landing field. Her pupil diameter is 3 mm and the light has a wavelength of 550 nm. "
    "Using the Rayleigh criterion, what is the smallest separation between two objects on the ground that she could just resolve?",
    {"height above the ground": "1500 m", "pupil diameter": "3 mm", "wavelength": "550 nm"},
    "smallest resolvable separation", "m", s, laws=2,
    solution=f"θ = 1.22λ/D = {1.22*lam/D:.3e} rad; s = θL = {s:.3f} m.",
    assumptions=["diffraction-limited eye", "small angles"]))

# 13 ND: image distance without focal length
Qs.append(Q(F,
    "A signal technician in a railway tunnel places a lamp 12 cm in front of a converging lens to focus its light onto a photodetector. "
    "How far behind the lens must the photodetector be placed to receive a sharp image of the lamp filament?",
    {"object distance": "12 cm"},
    "image distance", "cm", None, outcome="not derivable", laws=1,
    solution="The thin-lens equation needs the focal length (or power) of the lens, which is not given and cannot be assumed.",
    assumptions=["thin lens"]))

# 14 IP: refractive index below 1
Qs.append(Q(F,
    "A glassblowing studio's catalogue lists a new clear glass with a refractive index of 0.8 for visible light. How fast does light travel in this glass?",
    {"refractive index of the glass": "0.8 dimensionless"},
    "speed of light in the glass", "m/s", None, outcome="ill-posed", laws=1,
    solution=f"v = c/n would be {c/0.8:.3e} m/s, faster than light in vacuum; ordinary glass cannot have n < 1 in the visible, so the premise is impossible.",
    assumptions=[]))

# 15 AMB: 'concave mirror of 40 cm' - radius or focal length
do = 30.0
di_f = 1 / (1 / 40.0 - 1 / do)
di_R = 1 / (1 / 20.0 - 1 / do)
Qs.append(Q(F,
    "The reflector of a street lamp is a concave mirror of 40 cm. The bulb sits 30 cm in front of the mirror on its axis. "
    "Where is the image of the bulb formed?",
    {"size of the concave mirror": "40 cm", "distance of the bulb from the mirror": "30 cm"},
    "image distance", "cm", None, outcome="ambiguous", laws=1,
    solution=f"If 40 cm is the focal length: d_i = 1/(1/40 − 1/30) = {di_f:.0f} cm (virtual, behind the mirror). "
             f"If 40 cm is the radius of curvature (f = 20 cm): d_i = {di_R:.0f} cm (real, in front).",
    assumptions=["paraxial rays"]))

assert len(Qs) == 15
