from batch_x_common import *

F = "optics"
Qs = []

# 1 scuba - Snell's law
gv = {"angle of incidence in air": "40 degree", "refractive index of water": "1.33 dimensionless"}
th, n = vals(gv)
th2 = math.degrees(math.asin(math.sin(math.radians(th)) / n))
Qs.append(Q(F,
    "Sunlight strikes the calm surface of a dive site at 40 degrees from the vertical. The water has refractive index 1.33. At what angle from the vertical does the light travel toward a diver below?",
    gv, "angle of refraction", "degree", th2, laws=1,
    solution=f"Snell: sin(theta2) = sin 40 / 1.33 = {math.sin(math.radians(th))/n:.4f}, theta2 = {th2:.2f} deg.",
    assumptions=["n(air) = 1.00"]))

# 2 scuba - Snell's window radius
gv = {"depth of the diver's eyes": "6 m", "refractive index of water": "1.33 dimensionless"}
d, n = vals(gv)
thc = math.asin(1 / n)
r = d * math.tan(thc)
Qs.append(Q(F,
    "A diver 6 m below a flat calm surface looks up and sees the whole sky compressed into a bright circle ('Snell's window'); outside it the surface acts as a mirror. With refractive index 1.33 for the water, what is the radius of this circle on the surface?",
    gv, "radius of Snell's window", "m", r, laws=2,
    solution=f"Critical angle theta_c = asin(1/1.33) = {math.degrees(thc):.2f} deg; r = d tan(theta_c) = {r:.2f} m.",
    assumptions=["n(air) = 1.00", "flat surface"]))

# 3 opera house - projection lens image size
gv = {"focal length of the lens": "25 cm", "distance from gobo to lens": "27 cm", "width of the gobo pattern": "4 cm"}
f, do, wo = vals(gv)
di = 1 / (1 / f - 1 / do)
m = di / do
wi = m * wo
Qs.append(Q(F,
    "A stage spotlight in the opera house projects a metal gobo pattern 4 cm wide onto the backdrop using a converging lens of focal length 25 cm. The gobo is 27 cm from the lens and the image is in focus on the backdrop. How wide is the projected pattern?",
    gv, "width of the projected image", "cm", wi, laws=2,
    solution=f"Thin lens: d_i = 1/(1/25 - 1/27) = {di:.1f} cm; |m| = d_i/d_o = {m:.3f}; width = {wi:.1f} cm.",
    assumptions=["thin lens"]))

# 4 opera house - concave make-up mirror magnification
gv = {"focal length of the mirror": "40 cm", "distance of the face from the mirror": "25 cm"}
f, do = vals(gv)
di = 1 / (1 / f - 1 / do)
m = -di / do
Qs.append(Q(F,
    "In an opera house dressing room a singer uses a concave make-up mirror of focal length 40 cm, holding her face 25 cm from it. What is the lateral magnification of her image?",
    gv, "lateral magnification", "dimensionless", m, laws=2,
    solution=f"Mirror equation: 1/d_i = 1/40 - 1/25, d_i = {di:.2f} cm (virtual). m = -d_i/d_o = {m:.3f} (upright, enlarged).",
    assumptions=["paraxial rays"]))

# 5 particle accelerator - diffraction grating angle
gv = {"line density of the grating": "600 1/mm", "wavelength of the laser": "632.8 nm"}
N, lam = vals(gv)
dsp = 1e-3 / N
th = math.degrees(math.asin(lam * 1e-9 / dsp))
Qs.append(Q(F,
    "A technician in the particle accelerator lab checks a beam-alignment helium-neon laser (wavelength 632.8 nm) by shining it at normal incidence on a grating with 600 lines per mm. At what angle from the straight-through beam does the first-order maximum appear?",
    gv, "angle of the first-order maximum", "degree", th, laws=1,
    solution=f"d = 1/600 mm = {dsp*1e6:.4f} um; sin(theta) = lambda/d = {lam*1e-9/dsp:.4f}; theta = {th:.2f} deg.",
    assumptions=["normal incidence"]))

# 6 oil rig - thin-film colour of oil slick
gv = {"refractive index of the oil": "1.45 dimensionless", "refractive index of water": "1.33 dimensionless",
      "thickness of the oil film": "250 nm"}
no, nw, t = vals(gv)
opd = 2 * no * t
cands = [opd / (mm + 0.5) for mm in range(0, 6)]
vis = [lam for lam in cands if 380 <= lam <= 750]
lam = vis[0]
Qs.append(Q(F,
    "A thin film of lubricating oil (refractive index 1.45) spreads on the sea (refractive index 1.33) beside an oil rig, with a uniform thickness of 250 nm. Viewed from directly above in white light, which visible wavelength (in air) is most strongly reflected?",
    gv, "wavelength most strongly reflected", "nm", lam, laws=2,
    solution=f"Only the air-oil reflection has a half-wave phase shift, so constructive reflection needs 2 n t = (m + 1/2) lambda. 2 n t = {opd:.0f} nm gives lambda = {', '.join(f'{x:.0f}' for x in cands[:3])} nm...; the only visible one is {lam:.1f} nm.",
    assumptions=["normal incidence", "visible range 380-750 nm"]))

# 7 textile mill - diffraction through mesh spacing
gv = {"wavelength of the laser": "532 nm", "spacing of the threads": "0.10 mm", "distance to the screen": "2.0 m"}
lam, dsp, L = vals(gv)
y = lam * 1e-9 * L / (dsp * 1e-3)
Qs.append(Q(F,
    "A quality-control rig in a textile mill shines a 532 nm green laser through a fine woven mesh whose parallel threads are spaced 0.10 mm apart, acting as a grating. On a screen 2.0 m away, how far apart are adjacent bright spots near the centre of the pattern?",
    gv, "spacing of adjacent bright spots", "mm", y * 1000, laws=1,
    solution=f"Small angles: y = lambda L / d = {y*1000:.2f} mm.",
    assumptions=["small-angle approximation", "mesh acts as a grating of period 0.10 mm"]))

# 8 archery - Rayleigh resolution
gv = {"diameter of the archer's pupil": "3.0 mm", "wavelength of light": "550 nm",
      "distance to the target": "70 m"}
D, lam, L = vals(gv)
th = 1.22 * lam * 1e-9 / (D * 1e-3)
s = th * L
Qs.append(Q(F,
    "An archer at a 70 m range peers at two arrow holes in the target face. Her pupil diameter is 3.0 mm and the light has wavelength 550 nm. Considering only diffraction at the pupil (Rayleigh criterion), what is the smallest separation between the holes that she could resolve?",
    gv, "minimum resolvable separation", "mm", s * 1000, laws=2,
    solution=f"theta_min = 1.22 lambda/D = {th:.4g} rad; s = L theta = {s*1000:.1f} mm.",
    assumptions=["diffraction-limited eye", "small angles"]))

# 9 carpentry - magnifier (distractor: lens diameter)
gv = {"focal length of the magnifier": "8 cm", "near-point distance": "25 cm", "diameter of the lens": "6 cm"}
f, N, D = vals(gv)
M = 1 + N / f
Qs.append(Q(F,
    "A carpenter inspects the grain of a dovetail joint with a magnifying glass of focal length 8 cm and diameter 6 cm, adjusting it so the image is at her near point of 25 cm. What angular magnification does she get?",
    gv, "angular magnification", "dimensionless", M, laws=1,
    irrelevant=["diameter of the lens"],
    solution=f"Image at near point: M = 1 + N/f = 1 + 25/8 = {M:.3f}.",
    assumptions=["lens held close to the eye"]))

# 10 kite festival - two polarisers
gv = {"intensity of the unpolarised sunlight": "800 W/m**2", "angle between the filter axes": "35 degree"}
I0, th = vals(gv)
I = 0.5 * I0 * math.cos(math.radians(th))**2
Qs.append(Q(F,
    "A photographer at a kite festival stacks two ideal polarising filters in front of her lens with their transmission axes 35 degrees apart. Unpolarised sunlight of intensity 800 W/m^2 falls on the first filter. What intensity emerges from the second?",
    gv, "transmitted intensity", "W/m**2", I, laws=2,
    solution=f"First filter passes half: 400 W/m^2. Malus: I = 400 cos^2(35 deg) = {I:.1f} W/m^2.",
    assumptions=["ideal polarisers"]))

# 11 motor racing - telephoto image size (distractor: speed)
gv = {"focal length of the lens": "400 mm", "length of the car": "4.5 m", "distance to the car": "60 m",
      "speed of the car": "250 km/h"}
f, Lc, do, v = vals(gv)
f /= 1000
di = 1 / (1 / f - 1 / do)
m = di / do
Qs.append(Q(F,
    "A trackside photographer uses a 400 mm telephoto lens to photograph a 4.5 m long race car passing at 250 km/h, 60 m away, side on. How long is the car's image on the camera sensor?",
    gv, "length of the image on the sensor", "mm", m * Lc * 1000, laws=2,
    irrelevant=["speed of the car"],
    solution=f"Thin lens: d_i = 1/(1/0.4 - 1/60) = {di:.5f} m; |m| = d_i/d_o = {m:.5f}; image = {m*Lc*1000:.2f} mm.",
    assumptions=["thin lens", "car perpendicular to the line of sight"]))

# 12 cruise ship - light travel time in porthole glass (distractor: diameter)
gv = {"thickness of the glass": "2.5 cm", "refractive index of the glass": "1.52 dimensionless",
      "diameter of the porthole": "40 cm"}
t, n, D = vals(gv)
tt = t / 100 * n / c
Qs.append(Q(F,
    "A cruise ship porthole is a disc of glass 40 cm in diameter and 2.5 cm thick with refractive index 1.52. How long does light take to pass straight through the glass at normal incidence?",
    gv, "transit time through the glass", "ps", tt * 1e12, laws=2,
    irrelevant=["diameter of the porthole"],
    solution=f"v = c/n = {c/n:.4g} m/s; t = thickness/v = {tt*1e12:.1f} ps.",
    assumptions=[]))

# 13 carpentry - not derivable (object distance missing)
gv = {"focal length of the lens": "50 cm"}
Qs.append(Q(F,
    "A carpenter's reading glasses have converging lenses of focal length 50 cm. He looks at a steel rule through one lens. Where is the image of the rule formed?",
    gv, "image distance", "cm", None, outcome="not derivable", laws=1,
    solution="The thin-lens equation needs the object distance (rule to lens), which is not given and could be anything; the image position cannot be found.",
    assumptions=[]))

# 14 scuba - ill-posed (TIR from lower to higher index)
gv = {"refractive index of seawater": "1.34 dimensionless", "refractive index of the faceplate glass": "1.52 dimensionless"}
Qs.append(Q(F,
    "Light travelling in seawater (refractive index 1.34) strikes the flat glass faceplate (refractive index 1.52) of a diver's mask and is observed to be totally internally reflected at the water-glass surface. What is the critical angle for this reflection?",
    gv, "critical angle", "degree", None, outcome="ill-posed", laws=1,
    solution="Total internal reflection can only occur going from higher to lower refractive index. From water (1.34) into glass (1.52) there is no critical angle (sin theta_c = 1.52/1.34 > 1); the stated observation is impossible.",
    assumptions=[]))

# 15 cable car - ambiguous (real inverted vs virtual upright image, 3x)
gv = {"focal length of the lens": "15 cm", "image size relative to the map": "3 dimensionless"}
f, M = vals(gv)
do_real = f * (1 + 1 / M)
do_virt = f * (1 - 1 / M)
Qs.append(Q(F,
    "A tourist in a cable car cabin uses a converging lens of focal length 15 cm to look at a trail map and obtains an image 3 times the size of the map. How far is the map from the lens?",
    gv, "distance from map to lens", "cm", None, outcome="ambiguous", laws=2,
    solution=f"If the image is virtual and upright (m = +3, magnifier use), d_o = f(1 - 1/3) = {do_virt:.1f} cm; if it is real and inverted (m = -3, e.g. projected), d_o = f(1 + 1/3) = {do_real:.1f} cm.",
    assumptions=["thin lens"]))
