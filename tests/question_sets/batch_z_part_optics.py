"""Batch z, field: optics (15 questions)."""
import math
from batch_z_common import Q, sig

F = "optics"
Qs = []
n_w = 1.33

# O1 diving pool - Snell's law
th1 = 35.0
out1 = math.degrees(math.asin(n_w * math.sin(math.radians(th1))))
Qs.append(Q(F,
    "A beam from an underwater lamp in the diving pool strikes the water surface at 35° from the "
    "normal. The refractive index of water is 1.33. At what angle from the normal does the beam "
    "leave into the air?",
    {"angle of incidence in water": "35 degree", "refractive index of water": "1.33 dimensionless"},
    "angle of refraction in air", "degree", out1, laws=1,
    solution=f"n_w sin 35 = sin theta -> theta = {sig(out1)} deg.",
    assumptions=["n_air = 1.00"]))

# O2 diving pool - apparent depth
d2 = 3.0
app2 = d2 / n_w
Qs.append(Q(F,
    "Looking straight down into the 3.0 m deep end of the diving pool (water index 1.33), how deep "
    "does the pool floor appear to be?",
    {"real depth": "3.0 m", "refractive index of water": "1.33 dimensionless"},
    "apparent depth", "m", app2, laws=1,
    solution=f"Near-normal viewing: d' = d/n = {sig(app2)} m.",
    assumptions=["paraxial viewing, n_air = 1.00"]))

# O3 diving pool - circle of light from total internal reflection
h3 = 2.0
thc3 = math.asin(1 / n_w)
r3 = h3 * math.tan(thc3)
Qs.append(Q(F,
    "A small lamp sits 2.0 m below the surface of the diving pool (water index 1.33). Light escapes "
    "into the air only through a bright circle on the surface directly above it. What is the radius "
    "of that circle?",
    {"depth of the lamp": "2.0 m", "refractive index of water": "1.33 dimensionless"},
    "radius of the bright circle", "m", r3, laws=2,
    solution=f"Critical angle = asin(1/1.33) = {sig(math.degrees(thc3))} deg; r = h tan(theta_c) = {sig(r3)} m.",
    assumptions=["point source, flat surface, n_air = 1.00"]))

# O4 science museum - concave mirror image height
f4, do4, ho4 = 20.0, 60.0, 15.0
di4 = 1 / (1 / f4 - 1 / do4)
hi4 = ho4 * di4 / do4
Qs.append(Q(F,
    "A science museum displays a 15 cm tall fossil 60 cm in front of a concave mirror of focal length "
    "20 cm. How tall is the fossil's image?",
    {"height of the fossil": "15 cm", "object distance": "60 cm", "focal length": "20 cm"},
    "height of the image", "cm", hi4, laws=2,
    solution=f"1/di = 1/20 - 1/60 -> di = {sig(di4)} cm; m = -di/do = {sig(-di4/do4)}; image height "
             f"{sig(hi4)} cm (real, inverted).",
    assumptions=["paraxial rays"]))

# O5 science museum - magnifier
f5, N5 = 5.0, 25.0
M5 = 1 + N5 / f5
Qs.append(Q(F,
    "A museum visitor examines a stamp with a magnifying glass of focal length 5.0 cm, holding it so "
    "that the image forms at her near point, 25 cm from her eye. What angular magnification does she "
    "get?",
    {"focal length of the magnifier": "5.0 cm", "near-point distance": "25 cm"},
    "angular magnification", "dimensionless", M5, laws=1,
    solution=f"M = 1 + N/f = 1 + 25/5 = {sig(M5)}.",
    assumptions=["lens held close to the eye"]))

# O6 school chemistry lab - grating, second order
N6, lam6 = 600e3, 589e-9
th6 = math.degrees(math.asin(2 * lam6 * N6))
Qs.append(Q(F,
    "In the school chemistry lab, a spectroscope with a 600 lines/mm diffraction grating views the "
    "yellow 589 nm light from a sodium flame. At what angle does the second-order bright line appear?",
    {"grating line density": "600 1/mm", "wavelength": "589 nm"},
    "angle of the second-order maximum", "degree", th6, laws=1,
    solution=f"d sin theta = 2 lambda, d = 1/600 mm -> sin theta = {sig(2*lam6*N6)}; theta = {sig(th6)} deg.",
    assumptions=["normal incidence"]))

# O7 radio telescope - diffraction limit; dish mass distractor
D7, lam7 = 100.0, 0.21
th7 = 1.22 * lam7 / D7 * 180 / math.pi * 60
Qs.append(Q(F,
    "A 100 m radio telescope dish with a mass of 3200 tonnes observes the 21 cm hydrogen line. What "
    "is its diffraction-limited angular resolution (Rayleigh criterion)?",
    {"dish diameter": "100 m", "mass of the dish": "3200 tonne", "observing wavelength": "21 cm"},
    "angular resolution", "arcmin", th7, laws=1,
    irrelevant=["mass of the dish"],
    solution=f"theta = 1.22 lambda/D = {sig(1.22*lam7/D7)} rad = {sig(th7)} arcmin.",
    assumptions=["circular aperture"]))

# O8 bridge inspection - thin lens + magnification
f8, do8, h8 = 50.0, 12000.0, 30.0
di8 = 1 / (1 / f8 - 1 / do8)
hi8 = h8 * di8 / do8
Qs.append(Q(F,
    "A bridge inspector photographs a 3.0 cm long crack in a girder 12 m away using a camera lens of "
    "focal length 50 mm. How long is the crack's image on the camera sensor?",
    {"length of the crack": "3.0 cm", "distance to the crack": "12 m", "focal length of the lens": "50 mm"},
    "length of the image on the sensor", "mm", hi8, laws=2,
    solution=f"1/di = 1/50 - 1/12000 mm^-1 -> di = {sig(di8)} mm; m = di/do = {sig(di8/do8)}; "
             f"image = {sig(hi8)} mm.",
    assumptions=["thin lens, crack perpendicular to the optical axis"]))

# O9 glacier expedition - Brewster angle; air temperature distractor
n9 = 1.31
thB9 = math.degrees(math.atan(n9))
Qs.append(Q(F,
    "At −20 °C on the glacier, sunlight reflecting off smooth ice (refractive index 1.31) causes glare. "
    "At what angle of incidence (from the normal) is the reflected light completely polarized, so "
    "that polarizing goggles can block it fully?",
    {"air temperature": "-20 degC", "refractive index of ice": "1.31 dimensionless"},
    "Brewster angle", "degree", thB9, laws=1,
    irrelevant=["air temperature"],
    solution=f"tan theta_B = n -> theta_B = atan(1.31) = {sig(thB9)} deg.",
    assumptions=["n_air = 1.00"]))

# O10 pizzeria - thin oil film on water
n10, nw10, t10 = 1.47, 1.33, 300e-9
cands = [2 * n10 * t10 / (m + 0.5) for m in range(0, 10)]
vis = [x for x in cands if 400e-9 <= x <= 700e-9]
assert len(vis) == 1
lam10 = vis[0] * 1e9
Qs.append(Q(F,
    "In the pizzeria's washing-up sink, a thin film of olive oil (refractive index 1.47), 300 nm "
    "thick, floats on the water (refractive index 1.33). Which visible wavelength is most strongly "
    "reflected from the film when viewed from directly above?",
    {"refractive index of the oil": "1.47 dimensionless", "film thickness": "300 nm",
     "refractive index of water": "1.33 dimensionless"},
    "most strongly reflected visible wavelength", "nm", lam10, laws=2,
    solution=f"Phase flip only at the top (air/oil); constructive: 2 n t = (m + 1/2) lambda, 2nt = "
             f"{sig(2*n10*t10*1e9)} nm -> m = 1 gives {sig(lam10)} nm (m = 0 is IR, m = 2 is UV).",
    assumptions=["normal incidence", "visible range 400-700 nm"]))

# O11 rock festival - projector lens focal length
hs11, hi11, di11 = 36e-3, 1.5, 20.0
m11 = hi11 / hs11
do11 = di11 / m11
f11 = 1 / (1 / do11 + 1 / di11) * 100
Qs.append(Q(F,
    "A projector on the rock festival stage throws a sharp 1.5 m tall image of a 36 mm tall slide onto "
    "a screen 20 m from the lens. What is the focal length of the projector lens?",
    {"image height": "1.5 m", "slide height": "36 mm", "lens-to-screen distance": "20 m"},
    "focal length of the lens", "cm", f11, laws=2,
    solution=f"|m| = 1.5/0.036 = {sig(m11)} -> do = 20/{sig(m11)} = {sig(do11)} m; "
             f"1/f = 1/do + 1/di -> f = {sig(f11)} cm.",
    assumptions=["thin lens"]))

# O12 apple orchard - reading glasses power
N12, d12 = 0.75, 0.25
P12 = 1 / d12 - 1 / N12
Qs.append(Q(F,
    "An apple farmer can no longer focus on anything closer than 75 cm. What lens power does he need "
    "in his reading glasses to read the orchard's spray records held 25 cm from his eyes?",
    {"farmer's near point": "75 cm", "reading distance": "25 cm"},
    "power of the reading lens", "1/m", P12, laws=1,
    solution=f"Object at 25 cm must image at -75 cm: P = 1/0.25 - 1/0.75 = {sig(P12)} diopters.",
    assumptions=["lens-eye distance neglected"]))

# O13 ambulance - not derivable: mirror focal length missing
Qs.append(Q(F,
    "A driver sees a 6.0 m long ambulance behind her in her convex side mirror. The image of the "
    "ambulance is 0.20 times its actual size. How far behind the mirror is the ambulance?",
    {"length of the ambulance": "6.0 m", "magnification": "0.20 dimensionless"},
    "distance of the ambulance from the mirror", "m", None, outcome="not derivable", laws=2,
    irrelevant=["length of the ambulance"],
    solution="For a convex mirror m = f/(f - do); the mirror's focal length (or radius) is not given, "
             "so do cannot be found.",
    assumptions=[]))

# O14 clock tower - not derivable: eyepiece focal length missing
Qs.append(Q(F,
    "From a hill 500 m away, a student views the 4.0 m diameter clock face of the clock tower through "
    "a small telescope whose objective lens has a focal length of 900 mm. What angular magnification "
    "does the telescope give?",
    {"distance to the clock tower": "500 m", "clock face diameter": "4.0 m",
     "objective focal length": "900 mm"},
    "angular magnification", "dimensionless", None, outcome="not derivable", laws=1,
    solution="M = f_objective/f_eyepiece; the eyepiece focal length is not given.",
    assumptions=[]))

# O15 helicopter base - ill-posed: real image from object inside focal length
Qs.append(Q(F,
    "In a helicopter searchlight test at the base, a thin converging lens of focal length 10 cm is "
    "placed 6.0 cm from a small bulb, and it forms a real, inverted image of the bulb on a screen. How "
    "far from the lens is the screen?",
    {"focal length": "10 cm", "bulb-to-lens distance": "6.0 cm"},
    "lens-to-screen distance", "cm", None, outcome="ill-posed", laws=1,
    solution=f"With the object inside the focal length, 1/di = 1/10 - 1/6 gives di = {sig(1/(1/10-1/6))} cm: "
             "a virtual, upright image. A real inverted image on a screen is impossible.",
    assumptions=["thin lens"]))
