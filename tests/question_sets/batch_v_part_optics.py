from batch_v_common import *

F = "optics"
Qs = []
TL = "thin-lens approximation"

# O1 image distance 50 mm lens
di = 1 / (1 / 50 - 1 / 2000)
Qs.append(Q(F,
    "A portrait photographer uses a 50 mm lens to focus on a model standing 2.0 m from the lens. The aperture is set "
    "to f/1.8. How far behind the lens must the sensor be for a sharp image?",
    {"focal length of the lens": "50 mm", "distance of the model from the lens": "2.0 m",
     "f-number": "1.8 dimensionless"},
    "distance from lens to sensor", "mm", di, laws=1, irrelevant=["f-number"],
    solution=f"1/di = 1/50 - 1/2000 (mm) -> di = {f(di)} mm.",
    assumptions=[TL]))

# O2 image height
di = 1 / (1 / 85 - 1 / 4000)
hi = 1800 * di / 4000
Qs.append(Q(F,
    "A model 1.80 m tall stands 4.0 m from an 85 mm camera lens. How tall is her image on the camera sensor?",
    {"height of the model": "1.80 m", "distance from the lens": "4.0 m", "focal length": "85 mm"},
    "height of the image on the sensor", "mm", hi, laws=2,
    solution=f"di = 1/(1/85 - 1/4000) = {f(di)} mm; m = di/do = {f(di/4000)}; image height = 1800 mm * m = {f(hi)} mm.",
    assumptions=[TL]))

# O3 apparent depth
da = 2.0 / 1.333
Qs.append(Q(F,
    "The deep end of a swimming pool is 2.0 m deep. Looking straight down from directly above, how deep does the pool "
    "appear to be? The refractive index of water is 1.333.",
    {"actual depth": "2.0 m", "refractive index of water": "1.333 dimensionless"},
    "apparent depth", "m", da, laws=1,
    solution=f"Near-normal viewing: apparent depth = d/n = 2.0/1.333 = {f(da)} m.",
    assumptions=["paraxial (near-normal) viewing"]))

# O4 circle of light from pool lamp
thc = math.asin(1 / 1.333)
rr = 1.8 * math.tan(thc)
Qs.append(Q(F,
    "A small lamp sits on the bottom of a swimming pool, 1.8 m below the surface. Light from the lamp escapes into the "
    "air only through a circular patch of the water surface directly above it. What is the radius of this patch? The "
    "refractive index of water is 1.333.",
    {"depth of the lamp": "1.8 m", "refractive index of water": "1.333 dimensionless"},
    "radius of the bright patch", "m", rr, laws=2,
    solution=f"Critical angle = asin(1/1.333) = {f(math.degrees(thc))} degrees; r = 1.8 tan(theta_c) = {f(rr)} m.",
    assumptions=["point source", "flat water surface"]))

# O5 dentist concave mirror magnification
fm, do = 2.0, 1.5
di = 1 / (1 / fm - 1 / do)
mag = -di / do
Qs.append(Q(F,
    "A dentist holds a small concave mirror with a radius of curvature of 4.0 cm at a distance of 1.5 cm from a tooth. "
    "What is the magnification of the image of the tooth?",
    {"radius of curvature of the mirror": "4.0 cm", "distance from mirror to tooth": "1.5 cm"},
    "magnification", "dimensionless", mag, laws=2,
    solution=f"f = R/2 = 2.0 cm; 1/di = 1/2.0 - 1/1.5 -> di = {f(di)} cm (virtual); m = -di/do = {f(mag)} (upright, enlarged).",
    assumptions=["paraxial mirror equation"]))

# O6 projector focal length
m = 12.0 / 0.022
do = 30.0 / m
fp = 1 / (1 / do + 1 / 30.0)
Qs.append(Q(F,
    "A cinema projector throws a picture 12 m wide onto a screen 30 m from the projection lens. Each film frame is "
    "22 mm wide. Modelling the projection lens as a single thin lens, what is its focal length?",
    {"width of the picture on the screen": "12 m", "distance from lens to screen": "30 m",
     "width of the film frame": "22 mm"},
    "focal length of the projection lens", "mm", fp * 1000, laws=2,
    solution=f"m = 12/0.022 = {f(m)}; do = 30/m = {f(do)} m; 1/f = 1/do + 1/di -> f = {f(fp*1000)} mm.",
    assumptions=[TL]))

# O7 3D glasses polarisers
frac = 0.5 * math.cos(math.radians(30)) ** 2
Qs.append(Q(F,
    "In a 3D cinema, unpolarised light from the projector lamp passes through a linear polariser and then through one "
    "lens of a viewer's glasses, which is a linear polariser with its transmission axis at 30 degrees to that of the first. "
    "Assuming ideal polarisers, what percentage of the original light intensity reaches the viewer's eye?",
    {"angle between the transmission axes": "30 degree"},
    "fraction of the intensity transmitted", "percent", frac * 100, laws=2,
    solution=f"First polariser passes 1/2; Malus's law gives cos^2(30) = 0.75; total = 0.375 = {f(frac*100)} %.",
    assumptions=["ideal polarisers", "screen preserves polarisation"]))

# O8 AR coating thickness
t = 550 / (4 * 1.38)
Qs.append(Q(F,
    "The large window between a recording studio and its control room is made of glass (refractive index 1.52) with an "
    "anti-reflection coating of magnesium fluoride (refractive index 1.38). What is the minimum coating thickness "
    "that minimises reflection of 550 nm light at normal incidence?",
    {"refractive index of the glass": "1.52 dimensionless",
     "refractive index of the coating": "1.38 dimensionless", "wavelength": "550 nm"},
    "minimum coating thickness", "nm", t, laws=1,
    solution=f"Both reflections have a half-wave phase shift, so destructive interference needs 2 n t = lambda/2: t = 550/(4*1.38) = {f(t)} nm.",
    assumptions=["normal incidence"]))

# O9 fibre acceptance angle
NAp = math.sqrt(1.48**2 - 1.46**2)
th = math.degrees(math.asin(NAp))
Qs.append(Q(F,
    "An optical fibre in a data centre has a core with refractive index 1.48 and a cladding with refractive index 1.46. "
    "Light enters the flat end face from air. What is the largest angle to the fibre axis at which incoming light is "
    "still guided along the core by total internal reflection?",
    {"refractive index of the core": "1.48 dimensionless", "refractive index of the cladding": "1.46 dimensionless"},
    "maximum acceptance angle to the axis", "degree", th, laws=2,
    solution=f"Snell at the end face plus the critical angle at the core-cladding boundary: sin(theta) = sqrt(1.48^2 - 1.46^2) = {f(NAp)}, theta = {f(th)} degrees.",
    assumptions=["air index 1.00", "meridional rays"]))

# O11 laser show grating
s2 = 2 * 532e-9 * 600e3
th = math.degrees(math.asin(s2))
Qs.append(Q(F,
    "A laser show at an amusement park sends a green 532 nm beam through a diffraction grating with 600 lines per "
    "millimetre, at normal incidence. At what angle from the straight-through beam does the second-order maximum "
    "appear?",
    {"wavelength of the laser": "532 nm", "line density of the grating": "600 1/mm"},
    "angle of the second-order maximum", "degree", th, laws=1,
    solution=f"d sin(theta) = 2 lambda with d = 1/600 mm: sin(theta) = {f(s2)}, theta = {f(th)} degrees.",
    assumptions=["normal incidence"]))

# O13 glasses for myopic villager
Pw = -1 / (2.5 - 0.020)
Qs.append(Q(F,
    "An elderly villager can see clearly only objects closer than 2.5 m from her eyes. What is the power of the "
    "eyeglass lenses she needs to see the distant mountains clearly, if the glasses sit 2.0 cm in front of her eyes?",
    {"far point distance from the eye": "2.5 m", "distance from glasses to eye": "2.0 cm"},
    "power of the eyeglass lens", "1/m", Pw, laws=1,
    solution=f"A distant object must image at the far point, 2.48 m in front of the lens: f = -2.48 m, P = {f(Pw)} dioptres.",
    assumptions=[TL]))

# O14 Brewster angle off ice
thb = math.degrees(math.atan(1.31))
Qs.append(Q(F,
    "Sunlight reflects off the ice of an outdoor rink. The refractive index of ice is 1.31. At what angle of incidence, "
    "measured from the normal to the ice, is the reflected light completely polarised?",
    {"refractive index of ice": "1.31 dimensionless"},
    "Brewster angle", "degree", thb, laws=1,
    solution=f"tan(theta_B) = 1.31 -> theta_B = {f(thb)} degrees.",
    assumptions=["air index 1.00"]))

# --- non-value ---
Qs.append(Q(F,
    "A photographer's lens forms a sharp image of a model on the camera sensor, which is 52 mm behind the lens. How far "
    "is the model from the lens?",
    {"distance from lens to sensor": "52 mm"},
    "distance of the model from the lens", "m", None, outcome="not derivable", laws=1,
    solution="The thin-lens equation needs the focal length of the lens, which is not given; 52 mm alone does not fix the object distance.",
    assumptions=[TL]))

Qs.append(Q(F,
    "In the cinema's film-inspection booth, a converging lens of focal length 80 mm is said to form a real image of a "
    "film frame on a small screen placed 50 mm behind the lens. How far is the film frame from the lens?",
    {"focal length of the lens": "80 mm", "distance from lens to screen": "50 mm"},
    "distance of the film frame from the lens", "mm", None, outcome="ill-posed", laws=1,
    solution="A converging lens forms a real image of a real object only at distances greater than f. A real image 50 mm behind an 80 mm lens would need a negative (virtual) object distance, 1/do = 1/80 - 1/50 < 0, which contradicts the setup.",
    assumptions=[TL]))

n = 1.333
r1 = math.degrees(math.asin(math.sin(math.radians(40)) / n))
r2 = math.degrees(math.asin(math.sin(math.radians(50)) / n))
Qs.append(Q(F,
    "A ray of sunlight strikes the calm surface of a swimming pool at an angle of 40 degrees. The refractive index of water "
    "is 1.333. What is the angle of refraction in the water?",
    {"angle of the incoming ray": "40 degree", "refractive index of water": "1.333 dimensionless"},
    "angle of refraction", "degree", None, outcome="ambiguous", laws=1,
    solution=f"If 40 degrees is measured from the normal, the refraction angle is {f(r1)} degrees from the normal. If it is measured from the surface, the angle of incidence is 50 degrees and the refraction angle is {f(r2)} degrees from the normal.",
    assumptions=["air index 1.00"]))
