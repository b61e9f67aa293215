import math
from batch_u_common import *

F = "optics"
QUESTIONS = []
add = QUESTIONS.append

# O1 observatory: Rayleigh limit -> smallest lunar feature
D, lam, dM = 0.50, 550e-9, 3.844e8
th = 1.22 * lam / D
s = th * dM
add(Q(F,
      "The observatory's reflecting telescope has a 0.50 m diameter mirror and a focal length of 4.0 m. Considering "
      "diffraction only, what is the smallest separation between two features on the Moon (384,400 km away) that it "
      "can just resolve in light of wavelength 550 nm?",
      {"mirror diameter": "0.50 m", "focal length": "4.0 m", "distance to the Moon": "384400 km",
       "wavelength": "550 nm"},
      "smallest resolvable separation on the Moon", "m", s, laws=2, irrelevant=["focal length"],
      solution=f"Rayleigh: theta = 1.22 lambda/D = {th:.4e} rad; s = theta d = {s:.1f} m",
      assumptions=["Rayleigh criterion", "no atmospheric blurring"]))

# O2 observatory: size of Moon image at focal plane, distractor eyepiece
fo, ang = 1.5, 0.52
dimg = fo * math.radians(ang)
add(Q(F,
      "An amateur astronomer at the observatory uses a refractor with an objective of focal length 1.5 m and a 20 mm "
      "eyepiece. The full Moon subtends 0.52 degrees. What is the diameter of the Moon's image formed by the objective "
      "in its focal plane?",
      {"focal length of the objective": "1.5 m", "focal length of the eyepiece": "20 mm",
       "angular diameter of the Moon": "0.52 degree"},
      "diameter of the Moon's image", "mm", dimg * 1000, laws=1, irrelevant=["focal length of the eyepiece"],
      solution=f"d = f theta = 1.5 * {math.radians(ang):.6f} rad = {dimg*1000:.2f} mm",
      assumptions=["small-angle approximation"]))

# O3 aquarium: apparent depth
depth, n = 1.2, 1.33
app = depth / n
add(Q(F,
      "A visitor looks straight down into an open touch-pool at the aquarium and sees a starfish on the bottom, 1.2 m "
      "below the water surface. Taking the refractive index of water as 1.33, how deep does the starfish appear to be?",
      {"actual depth of the starfish": "1.2 m", "refractive index of water": "1.33 dimensionless"},
      "apparent depth", "cm", app * 100, laws=1,
      solution=f"near-normal viewing: apparent depth = d/n = {app*100:.2f} cm",
      assumptions=["paraxial (near-normal) viewing"]))

# O4 aquarium: critical angle acrylic-air
n = 1.49
thc = math.degrees(math.asin(1 / n))
add(Q(F,
      "Light travelling inside the thick acrylic wall (refractive index 1.49) of an aquarium tunnel strikes the "
      "acrylic-air boundary on the visitor side. Above what angle of incidence, measured from the normal, is the light "
      "totally internally reflected?",
      {"refractive index of acrylic": "1.49 dimensionless"},
      "critical angle", "degree", thc, laws=1,
      solution=f"sin(theta_c) = 1/1.49; theta_c = {thc:.2f} degrees",
      assumptions=["refractive index of air = 1.00"]))

# O5 hospital: reading glasses power, distractor age
dn, dr = 0.75, 0.25
Pw = 1 / dr - 1 / dn
add(Q(F,
      "A 68 year old patient on the ward cannot see print clearly closer than 75 cm. What power of reading lens, worn "
      "close to the eye, will let her read a book held 25 cm away? Give the answer in diopters (1/m).",
      {"age of the patient": "68 year", "near point of the patient": "75 cm", "desired reading distance": "25 cm"},
      "power of the reading lens", "1/m", Pw, laws=1, irrelevant=["age of the patient"],
      solution=f"thin lens: object at 0.25 m, virtual image at 0.75 m: P = 1/0.25 - 1/0.75 = {Pw:.4f} D",
      assumptions=["lens-eye distance neglected"]))

# O6 library: magnifier object distance
f, di = 8.0, 25.0
do = 1 / (1 / f + 1 / di)
add(Q(F,
      "A librarian examines the fine print of an old map with a magnifying glass of focal length 8.0 cm, holding it so "
      "that the virtual image of the print is 25 cm from the lens. How far from the print is the lens held?",
      {"focal length of the magnifier": "8.0 cm", "distance of the virtual image": "25 cm"},
      "distance from the print to the lens", "cm", do, laws=1,
      solution=f"1/do = 1/f + 1/|di| = 1/8 + 1/25; do = {do:.3f} cm",
      assumptions=["thin lens"]))

# O7 submarine: searchlight refraction out of water
n, ai = 1.333, 35.0
ao = math.degrees(math.asin(n * math.sin(math.radians(ai))))
add(Q(F,
      "A diver's lamp near a surfaced submarine shines upward through the water (refractive index 1.333) and hits the "
      "flat surface at 35 degrees from the normal. At what angle from the normal does the beam emerge into the air?",
      {"refractive index of water": "1.333 dimensionless", "angle of incidence from the normal": "35 degree"},
      "angle of refraction in air", "degree", ao, laws=1,
      solution=f"Snell: sin(theta) = 1.333 sin35 = {n*math.sin(math.radians(ai)):.4f}; theta = {ao:.2f} degrees",
      assumptions=["refractive index of air = 1.000"]))

# O8 concert hall: gobo projector image size
f, do, hgo = 4.8, 5.0, 2.0
di = 1 / (1 / f - 1 / do)
hi = hgo * di / do
add(Q(F,
      "A stage spotlight in the concert hall projects a logo etched on a 2.0 cm wide metal disc (a gobo). The gobo sits "
      "5.0 cm from a converging lens of focal length 4.8 cm, and the lens forms a sharp image on the back wall of the "
      "stage. How wide is the projected logo?",
      {"width of the gobo": "2.0 cm", "distance from gobo to lens": "5.0 cm", "focal length of the lens": "4.8 cm"},
      "width of the projected image", "cm", hi, laws=2,
      solution=f"1/di = 1/4.8 - 1/5.0; di = {di:.1f} cm; m = di/do = {di/do:.1f}; width = {hi:.1f} cm",
      assumptions=["thin lens"]))

# O9 laundrette: soap film minimum thickness
lam, n = 550e-9, 1.33
t = lam / (4 * n)
add(Q(F,
      "A soap film in the laundrette's sink (refractive index 1.33, with air on both sides) looks bright green where "
      "it most strongly reflects light of wavelength 550 nm. What is the smallest film thickness that gives this "
      "strongest reflection at normal incidence?",
      {"refractive index of the film": "1.33 dimensionless", "wavelength in air": "550 nm"},
      "minimum film thickness", "nm", t * 1e9, laws=1,
      solution=f"one reflection has a half-wave phase shift: 2 n t = lambda/2; t = lambda/(4n) = {t*1e9:.2f} nm",
      assumptions=["normal incidence"]))

# O10 greenhouse: grating second-order position on screen
lines, lam, Ls = 600e3, 660e-9, 1.5
th = math.asin(2 * lam * lines)
x = Ls * math.tan(th)
add(Q(F,
      "A grower checks the red LEDs (660 nm) of a greenhouse grow light with a diffraction grating having 600 lines/mm. "
      "The light strikes the grating at normal incidence and a flat screen is placed 1.5 m behind it, parallel to the "
      "grating. How far from the central spot does the second-order red spot appear on the screen?",
      {"wavelength of the LEDs": "660 nm", "grating line density": "600 1/mm",
       "distance from grating to screen": "1.5 m"},
      "distance of second-order spot from the centre", "m", x, laws=2,
      solution=f"sin(theta) = 2 lambda/d = {2*lam*lines:.4f}; theta = {math.degrees(th):.2f} deg; x = L tan(theta) = {x:.3f} m",
      assumptions=[]))

# O11 ski resort: two polarizers
I0, ang = 800.0, 35.0
I = I0 / 2 * math.cos(math.radians(ang)) ** 2
add(Q(F,
      "Unpolarized sunlight of intensity 800 W/m^2 falls on a pair of stacked polarizing ski-goggle lenses whose "
      "transmission axes are at 35 degrees to each other. What intensity gets through both, assuming ideal polarizers?",
      {"incident intensity": "800 W/m^2", "angle between transmission axes": "35 degree"},
      "transmitted intensity", "W/m^2", I, laws=2,
      solution=f"first polarizer: I0/2 = 400 W/m^2; Malus: I = 400 cos^2(35) = {I:.2f} W/m^2",
      assumptions=["ideal polarizers"]))

# O12 fire station: convex mirror image height
Rm, do, hc = 1.2, 8.0, 1.5
f = -Rm / 2
di = 1 / (1 / f - 1 / do)
mag = -di / do
hi = mag * hc
add(Q(F,
      "A fire engine carries a convex side mirror with a radius of curvature of 1.2 m. A car 1.5 m tall is 8.0 m behind "
      "the mirror. How tall is the image of the car in the mirror?",
      {"radius of curvature of the mirror": "1.2 m", "height of the car": "1.5 m", "distance of the car": "8.0 m"},
      "height of the image", "cm", hi * 100, laws=2,
      solution=f"f = -0.60 m; 1/di = 1/f - 1/do gives di = {di:.4f} m; m = -di/do = {mag:.5f}; h' = {hi*100:.2f} cm",
      assumptions=["paraxial mirror equation"]))

# O13 observatory: not derivable (no eyepiece)
add(Q(F,
      "The observatory's refractor has an objective lens of diameter 0.30 m and focal length 2.0 m. What angular "
      "magnification does it give when a visitor looks through it?",
      {"objective diameter": "0.30 m", "focal length of the objective": "2.0 m"},
      "angular magnification", "dimensionless", outcome="not derivable", laws=1,
      solution="M = f_objective / f_eyepiece; the eyepiece focal length is not given and eyepieces are interchangeable, "
               "so the magnification cannot be determined.",
      assumptions=[]))

# O14 library: ill-posed (real image from object inside focal length)
add(Q(F,
      "In the library's book-repair room, a converging lens of focal length 5.0 cm is held 3.0 cm from a small printed "
      "label and forms a real, inverted image of it on a white card. How far from the lens is the card?",
      {"focal length of the lens": "5.0 cm", "distance of the label from the lens": "3.0 cm"},
      "distance from lens to card", "cm", outcome="ill-posed", laws=1,
      solution="With the object inside the focal length (3 cm < 5 cm), a converging lens gives only a virtual, upright "
               "image (di = -7.5 cm). A real, inverted image on a card is impossible, so the data contradict each other.",
      assumptions=["thin lens"]))

# O15 skate park: ambiguous angle reference
n, a = 1.33, 30.0
r1 = math.degrees(math.asin(math.sin(math.radians(a)) / n))
r2 = math.degrees(math.asin(math.sin(math.radians(90 - a)) / n))
add(Q(F,
      "After a rainstorm the bowl at the skate park holds a deep puddle. Sunlight strikes the calm water surface at "
      "30 degrees. At what angle does the refracted light travel in the water (refractive index 1.33)?",
      {"angle of the sunlight": "30 degree", "refractive index of water": "1.33 dimensionless"},
      "angle of the refracted ray", "degree", outcome="ambiguous", laws=1,
      solution=f"If 30 degrees is measured from the normal, the refracted ray is {r1:.1f} degrees from the normal; if it "
               f"is measured from the water surface (incidence 60 degrees), the refracted ray is {r2:.1f} degrees from "
               f"the normal (and the answer may also be quoted from the surface).",
      assumptions=["refractive index of air = 1.00"]))
