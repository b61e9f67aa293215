from batch_w_common import *

F = "optics"
Qs = []

# 1 lighthouse lens image of filament: thin lens + magnification
f_cm, do_cm, hfil = 25, 30, 12
di = 1 / (1 / f_cm - 1 / do_cm)
himg = hfil * di / do_cm
Qs.append(Q(F,
    f"While servicing the lighthouse, the keeper uses a converging lens of focal length {tx(f_cm)} cm to project an image of a {tx(hfil)} mm tall lamp filament "
    f"placed {tx(do_cm)} cm in front of the lens onto a card. How tall is the sharp image on the card?",
    {"focal length of the lens": gv(f_cm, "cm"), "height of the filament": gv(hfil, "mm"), "object distance": gv(do_cm, "cm")},
    "height of the image", "mm", himg, laws=2,
    solution=f"1/d_i = 1/f - 1/d_o -> d_i = {di:.4g} cm; |m| = d_i/d_o = {di/do_cm:.3g}; image height = {himg:.4g} mm (inverted)."))

# 2 regatta ring under water: critical angle + geometry
n_w, depth = 1.33, 3.0
thc = math.asin(1 / n_w)
rad = depth * math.tan(thc)
Qs.append(Q(F,
    f"A shiny ring lost overboard at the regatta lies on the sandy bottom {tx(depth)} m below a calm water surface (refractive index {tx(n_w)}). "
    f"Light from the ring can escape into the air only through a circular patch of the surface directly above it. What is the radius of that patch?",
    {"depth of the ring": gv(depth, "m"), "refractive index of water": gv(n_w, "dimensionless")},
    "radius of the escape circle", "m", rad, laws=2,
    solution=f"Critical angle: sin(theta_c) = 1/n -> theta_c = {math.degrees(thc):.4g} deg; r = d tan(theta_c) = {rad:.4g} m."))

# 3 vineyard pond Brewster angle (distractor pond depth)
n_p, dpond = 1.33, 1.5
thB = math.degrees(math.atan(n_p))
Qs.append(Q(F,
    f"A vineyard photographer wants to remove glare reflected from an irrigation pond {tx(dpond)} m deep, whose water has refractive index {tx(n_p)}. "
    f"At what angle of incidence (measured from the normal) is the reflected sunlight completely polarised?",
    {"depth of the pond": gv(dpond, "m"), "refractive index of water": gv(n_p, "dimensionless")},
    "Brewster angle", "degree", thB, laws=1, irrelevant=["depth of the pond"],
    solution=f"tan(theta_B) = n -> theta_B = {thB:.4g} deg."))

# 4 science fair double slit (distractor laser power)
lam, dsl, Lsc, Plas = 650, 0.25, 3.0, 5
dy = lam * 1e-9 * Lsc / (dsl / 1000) * 1000
Qs.append(Q(F,
    f"A science fair exhibit shines a {tx(Plas)} mW red laser pointer of wavelength {tx(lam)} nm through two slits {tx(dsl)} mm apart onto a wall {tx(Lsc)} m away. "
    f"What is the spacing between adjacent bright fringes on the wall, in mm?",
    {"laser power": gv(Plas, "mW"), "wavelength of the laser": gv(lam, "nm"), "slit separation": gv(dsl, "mm"), "distance to the wall": gv(Lsc, "m")},
    "fringe spacing", "mm", dy, laws=1, irrelevant=["laser power"],
    solution=f"dy = lambda L / d = {dy:.4g} mm (small angles)."))

# 5 toy spectroscope grating second order
N_mm, lam5 = 600, 532
d5 = 1e-3 / N_mm
th2 = math.degrees(math.asin(2 * lam5 * 1e-9 / d5))
Qs.append(Q(F,
    f"A toy-shop pocket spectroscope uses a diffraction grating with {tx(N_mm)} lines per millimetre. Green light of wavelength {tx(lam5)} nm falls on it at normal incidence. "
    f"At what angle from the straight-through direction does the second-order green line appear?",
    {"line density of the grating": gv(N_mm, "1/mm"), "wavelength of the green light": gv(lam5, "nm")},
    "second-order diffraction angle", "degree", th2, laws=1,
    solution=f"d = 1/600 mm = {d5:.4g} m; sin(theta) = 2 lambda/d = {2*lam5*1e-9/d5:.4g}; theta = {th2:.4g} deg."))

# 6 skyscraper window anti-reflection coating: thin film + phase changes
n_c, n_g, lam6 = 1.38, 1.52, 550
tmin = lam6 / (4 * n_c)
Qs.append(Q(F,
    f"The glass (n = {tx(n_g)}) curtain wall of a skyscraper is given a magnesium fluoride coating (n = {tx(n_c)}) to reduce reflection of {tx(lam6)} nm light at normal incidence. "
    f"What is the minimum coating thickness, in nm, that gives destructive interference of the reflected light?",
    {"refractive index of the glass": gv(n_g, "dimensionless"), "refractive index of the coating": gv(n_c, "dimensionless"),
     "wavelength in air": gv(lam6, "nm")},
    "minimum coating thickness", "nm", tmin, laws=2,
    solution=f"Both reflections have a half-wave phase shift (air<coating<glass), so destructive interference needs 2 n t = lambda/2 -> t = lambda/(4n) = {tmin:.4g} nm."))

# 7 weather camera dome refraction
th_i, n_d = 40, 1.50
th_r = math.degrees(math.asin(math.sin(math.radians(th_i)) / n_d))
Qs.append(Q(F,
    f"Sunlight strikes the flat glass window of a weather-station sky camera at {tx(th_i)} degrees from the normal. The glass has refractive index {tx(n_d)}. "
    f"What is the angle of refraction inside the glass?",
    {"angle of incidence": gv(th_i, "degree"), "refractive index of the glass": gv(n_d, "dimensionless")},
    "angle of refraction", "degree", th_r, laws=1,
    solution=f"Snell: sin(theta_r) = sin(40 deg)/1.50 -> theta_r = {th_r:.4g} deg."))

# 8 rover camera resolution: Rayleigh + small-angle geometry
Dap, lam8, dist8 = 3.0, 550, 50
theta = 1.22 * lam8 * 1e-9 / (Dap / 100)
s = theta * dist8 * 1000
Qs.append(Q(F,
    f"A planetary rover's mast camera has a circular aperture of {tx(Dap)} cm. Using light of wavelength {tx(lam8)} nm, what is the smallest separation, in mm, "
    f"between two features on a rock {tx(dist8)} m away that it can just resolve (diffraction limit, Rayleigh criterion)?",
    {"aperture diameter": gv(Dap, "cm"), "wavelength": gv(lam8, "nm"), "distance to the rock": gv(dist8, "m")},
    "smallest resolvable separation", "mm", s, laws=2,
    solution=f"theta = 1.22 lambda/D = {theta:.4g} rad; s = theta L = {s:.4g} mm."))

# 9 garden shed magnifier
fm, Nnear = 8.0, 25
Mang = 1 + Nnear / fm
Qs.append(Q(F,
    f"A gardener inspects aphids on a rose leaf in the garden shed with a magnifying glass of focal length {tx(fm)} cm, holding it so that the image is at her near point, {tx(Nnear)} cm from her eye. "
    f"What is the angular magnification?",
    {"focal length of the magnifier": gv(fm, "cm"), "near-point distance": gv(Nnear, "cm")},
    "angular magnification", "dimensionless", Mang, laws=1,
    solution=f"M = 1 + N/f = {Mang:.4g} (lens close to the eye)."))

# 10 brewery refractometer critical angle
n_sol, n_pr = 1.36, 1.72
thc10 = math.degrees(math.asin(n_sol / n_pr))
Qs.append(Q(F,
    f"A brewer checks the sugar content of wort with a refractometer. The wort sample (n = {tx(n_sol)}) sits on a prism of glass with n = {tx(n_pr)}. "
    f"What is the critical angle inside the prism for light striking the glass-wort interface?",
    {"refractive index of the wort": gv(n_sol, "dimensionless"), "refractive index of the prism": gv(n_pr, "dimensionless")},
    "critical angle", "degree", thc10, laws=1,
    solution=f"sin(theta_c) = n_wort/n_prism = {n_sol/n_pr:.4g} -> theta_c = {thc10:.4g} deg."))

# 11 solar concentrator mirror Sun image: mirror focal length + angular size
Rc, ang = 3.0, 0.53
fmir = Rc / 2
dimg = fmir * math.radians(ang) * 1000
Qs.append(Q(F,
    f"A test solar concentrator at a power station uses a concave mirror with a radius of curvature of {tx(Rc)} m. The Sun's disc subtends {tx(ang)} degrees. "
    f"What is the diameter of the Sun's image formed by the mirror, in mm?",
    {"radius of curvature of the mirror": gv(Rc, "m"), "angular diameter of the Sun": gv(ang, "degree")},
    "diameter of the Sun's image", "mm", dimg, laws=2,
    solution=f"f = R/2 = {fmir} m; the image lies in the focal plane; size = f x angle (rad) = {dimg:.4g} mm."))

# 12 lighthouse beam illuminance (distractor tower height)
Icd, rkm, Htow = 2.0e6, 18, 45
E = Icd / (rkm * 1000)**2 * 1000
Qs.append(Q(F,
    f"The beam of a {tx(Htow)} m tall lighthouse has a luminous intensity of {tx(Icd)} cd along its axis. Ignoring absorption by the air, "
    f"what illuminance does it produce, in millilux, on a ship's bridge {tx(rkm)} km away facing the light?",
    {"height of the lighthouse": gv(Htow, "m"), "luminous intensity of the beam": gv(Icd, "cd"), "distance to the ship": gv(rkm, "km")},
    "illuminance at the ship", "mlx", E, laws=1, irrelevant=["height of the lighthouse"],
    solution=f"E = I/r^2 = {E/1000:.4g} lx = {E:.4g} mlx."))

# 13 ND marathon photo: no focal length or distance
hrun, wsens = 1.80, 36
Qs.append(Q(F,
    f"A photographer at the marathon finish line photographs a {tx(hrun)} m tall runner with a camera whose sensor is {tx(wsens)} mm wide. "
    f"How tall is the runner's image on the sensor?",
    {"height of the runner": gv(hrun, "m"), "width of the sensor": gv(wsens, "mm")},
    "height of the image", "mm", None, outcome="not derivable",
    solution="The lens focal length and the distance to the runner are not given, so the magnification cannot be found."))

# 14 ND tram convex mirror: no focal length
di14 = 0.30
Qs.append(Q(F,
    f"The convex rear-view mirror on a tram shows a cyclist whose virtual image is {tx(di14)} m behind the mirror. How far from the mirror is the cyclist?",
    {"image distance behind the mirror": gv(di14, "m")},
    "distance of the cyclist from the mirror", "m", None, outcome="not derivable",
    solution="Without the mirror's focal length or radius of curvature (or the magnification) the object distance cannot be found."))

# 15 AM lens type not specified
f15, do15 = 20, 30
di_conv = 1 / (1 / f15 - 1 / do15)
di_div = 1 / (-1 / f15 - 1 / do15)
Qs.append(Q(F,
    f"For the school science fair a pupil places a candle {tx(do15)} cm from a thin lens with a focal length of {tx(f15)} cm. Where is the image of the candle?",
    {"object distance": gv(do15, "cm"), "focal length of the lens": gv(f15, "cm")},
    "image distance from the lens", "cm", None, outcome="ambiguous",
    solution=f"The lens type is not stated. Converging (f = +20 cm): d_i = +{di_conv:.3g} cm (real, other side). "
             f"Diverging (f = -20 cm): d_i = {di_div:.3g} cm (virtual, same side)."))
