from batch_w_common import *

F = "modern"
Qs = []

# 1 science fair photoelectric: photon energy + Einstein equation
lam1, phi = 254, 4.3
Kmax = hc_eV_nm / lam1 - phi
Qs.append(Q(F,
    f"At the school science fair, ultraviolet light of wavelength {tx(lam1)} nm from a germicidal lamp shines on a clean zinc plate (work function {tx(phi)} eV). "
    f"What is the maximum kinetic energy of the emitted photoelectrons, in eV?",
    {"wavelength of the UV light": gv(lam1, "nm"), "work function of zinc": gv(phi, "eV")},
    "maximum kinetic energy of photoelectrons", "eV", Kmax, laws=2, rel_tol=0.02,
    solution=f"E_photon = hc/lambda = {hc_eV_nm/lam1:.4g} eV; K_max = E - phi = {Kmax:.4g} eV."))

# 2 lighthouse photon rate (distractor tower height)
Pvis, lam2, Ht = 1000, 550, 40
Nph = Pvis * lam2 * 1e-9 / (h * c)
Qs.append(Q(F,
    f"The lamp of a {tx(Ht)} m lighthouse emits {tx(Pvis)} W of visible light. Taking all of it to be at an average wavelength of {tx(lam2)} nm, "
    f"how many photons does it emit per second?",
    {"height of the lighthouse": gv(Ht, "m"), "visible light power": gv(Pvis, "W"), "average wavelength": gv(lam2, "nm")},
    "photon emission rate", "1/s", Nph, laws=1, irrelevant=["height of the lighthouse"],
    solution=f"N = P lambda/(h c) = {Nph:.4g} photons per second."))

# 3 rover X-ray tube cutoff wavelength: energy conservation + photon energy
Vx = 28
lmin = hc_eV_nm / (Vx * 1000) * 1000
Qs.append(Q(F,
    f"The X-ray spectrometer on a planetary rover contains a small tube in which electrons are accelerated through {tx(Vx)} kV before striking a target. "
    f"What is the shortest X-ray wavelength the tube can emit, in pm?",
    {"accelerating voltage": gv(Vx, "kV")},
    "minimum X-ray wavelength", "pm", lmin, laws=2,
    solution=f"All of e V goes into one photon: lambda_min = hc/(eV) = {lmin:.4g} pm."))

# 4 relativistic marathon thought experiment: kinematics + time dilation
D4, beta4 = 42.195, 0.6
tg = D4 * 1000 / (beta4 * c)
tp = tg * math.sqrt(1 - beta4**2) * 1e6
Qs.append(Q(F,
    f"In a science-fiction marathon, a runner covers the {tx(D4)} km course (as measured in the city's frame) at a constant {tx(beta4)}c. "
    f"How much time, in microseconds, passes on the runner's own wristwatch during the race?",
    {"course length in the city's frame": gv(D4, "km"), "runner's speed as a fraction of c": gv(beta4, "dimensionless")},
    "proper time of the race", "microsecond", tp, laws=2,
    solution=f"City-frame time t = d/v = {tg*1e6:.5g} us; proper time = t sqrt(1 - 0.36) = {tp:.5g} us."))

# 5 tram length contraction (distractor tram mass)
L0, beta5, m5 = 30, 0.8, 35
Lc = L0 * math.sqrt(1 - beta5**2)
Qs.append(Q(F,
    f"In a physics-teacher's thought experiment, a {tx(m5)}-tonne tram that is {tx(L0)} m long in its own frame passes the stop at {tx(beta5)}c. "
    f"How long is it as measured by people at the stop?",
    {"mass of the tram": gv(m5, "tonne"), "proper length of the tram": gv(L0, "m"), "speed as a fraction of c": gv(beta5, "dimensionless")},
    "measured length", "m", Lc, laws=1, irrelevant=["mass of the tram"],
    solution=f"L = L0 sqrt(1 - beta^2) = {Lc:.4g} m."))

# 6 science fair hydrogen discharge tube: Balmer line n=4 -> 2
n_hi, n_lo = 4, 2
lam6 = 1 / (R_inf * (1 / n_lo**2 - 1 / n_hi**2)) * 1e9
Qs.append(Q(F,
    f"A hydrogen discharge tube at the school science fair glows blue-green. What is the wavelength, in nm, of the light emitted when the electron drops from level n = {n_hi} to n = {n_lo} (Bohr model)?",
    {"upper level": gv(n_hi, "dimensionless"), "lower level": gv(n_lo, "dimensionless")},
    "emitted wavelength", "nm", lam6, laws=1,
    solution=f"1/lambda = R (1/4 - 1/16) -> lambda = {lam6:.4g} nm.",
    assumptions=["Rydberg constant for infinite nuclear mass (reduced-mass correction about 0.05%)"]))

# 7 brewery X-ray fill-level gauge Compton scattering: photon energy + Compton shift
E7, ang7 = 60, 90
lam_i = hc_eV_nm / (E7 * 1000)
lam_f = lam_i + h / (m_e * c) * (1 - math.cos(math.radians(ang7))) * 1e9
E7f = hc_eV_nm / lam_f / 1000
Qs.append(Q(F,
    f"A brewery's bottle fill-level inspection system uses {tx(E7)} keV X-ray photons. What is the energy, in keV, of a photon that Compton-scatters off a free electron through {tx(ang7)} degrees?",
    {"initial photon energy": gv(E7, "keV"), "scattering angle": gv(ang7, "degree")},
    "scattered photon energy", "keV", E7f, laws=2,
    solution=f"lambda = hc/E = {lam_i*1000:.4g} pm; shift = (h/m_e c)(1 - cos 90) = {h/(m_e*c)*1e12:.4g} pm; lambda' = {lam_f*1000:.4g} pm; E' = {E7f:.4g} keV."))

# 8 power station mass-energy: efficiency + E = mc^2
Pe8, eff8, days = 1000, 33, 365
Eth = Pe8 * 1e6 * days * 86400 / (eff8 / 100)
dm = Eth / c**2
Qs.append(Q(F,
    f"A nuclear power station delivers {tx(Pe8)} MW of electrical power continuously for {tx(days)} days with an overall efficiency of {tx(eff8)}%. "
    f"What total mass is converted into energy in the reactor during that time?",
    {"electrical output power": gv(Pe8, "MW"), "operating time": gv(days, "day"), "overall efficiency": gv(eff8, "percent")},
    "mass converted to energy", "kg", dm, laws=2,
    solution=f"Thermal energy = P t/eta = {Eth:.4g} J; m = E/c^2 = {dm:.4g} kg."))

# 9 toy LED photon energy -> minimum voltage (distractor current)
lam9, I9 = 470, 20
Vmin = hc_eV_nm / lam9
Qs.append(Q(F,
    f"A light-up toy uses a blue LED emitting at {tx(lam9)} nm and running at {tx(I9)} mA. Estimate the minimum forward voltage needed, taking it equal to the photon energy divided by e.",
    {"wavelength of the LED": gv(lam9, "nm"), "LED current": gv(I9, "mA")},
    "minimum forward voltage", "V", Vmin, laws=1, irrelevant=["LED current"],
    solution=f"V = hc/(e lambda) = {Vmin:.4g} V."))

# 10 electron in a box: energy levels + photon wavelength
Lbox = 0.50
E1 = h**2 / (8 * m_e * (Lbox * 1e-9)**2)
lam10 = h * c / (3 * E1) * 1e9
Qs.append(Q(F,
    f"A poster at the science fair models an electron in a dye molecule as a particle in a one-dimensional box of length {tx(Lbox)} nm. "
    f"What wavelength of light, in nm, is emitted when the electron drops from the n = 2 level to the n = 1 level?",
    {"length of the box": gv(Lbox, "nm")},
    "emitted wavelength", "nm", lam10, laws=2,
    solution=f"E_n = n^2 h^2/(8 m L^2); E1 = {E1/e:.4g} eV; dE = 3 E1 = {3*E1/e:.4g} eV; lambda = hc/dE = {lam10:.4g} nm."))

# 11 blacksmith forge Wien peak
Tf = 1300
lpk = b_wien / (Tf + T0) * 1e9
Qs.append(Q(F,
    f"The coals in a blacksmith's forge glow at about {tx(Tf)} degC. Treating them as a blackbody, at what wavelength, in nm, is their emission strongest?",
    {"temperature of the coals": gv(Tf, "degC")},
    "peak wavelength", "nm", lpk, laws=1,
    solution=f"Wien: lambda_max = b/T = {b_wien}/{Tf+T0:.2f} K = {lpk:.4g} nm."))

# 12 vineyard cosmic-ray muons: kinematics + time dilation + decay law
beta12, H12, tau = 0.995, 15, 2.197
gam = 1 / math.sqrt(1 - beta12**2)
tlab = H12 * 1000 / (beta12 * c)
frac = math.exp(-tlab / (gam * tau * 1e-6)) * 100
Qs.append(Q(F,
    f"A cosmic-ray detector in a hillside vineyard counts muons created {tx(H12)} km overhead and travelling straight down at {tx(beta12)}c. "
    f"The muon's mean lifetime at rest is {tx(tau)} microseconds. What percentage of the muons survive the trip to the detector?",
    {"production height": gv(H12, "km"), "muon speed as a fraction of c": gv(beta12, "dimensionless"), "mean lifetime at rest": gv(tau, "microsecond")},
    "percentage of muons surviving", "percent", frac, laws=3, rel_tol=0.02,
    solution=f"gamma = {gam:.4g}; trip time (ground) = {tlab*1e6:.4g} us; dilated lifetime = {gam*tau:.4g} us; survival = exp(-t/(gamma tau)) = {frac:.3g} %."))

# 13 ND lighthouse photon rate without power
lam13 = 590
Qs.append(Q(F,
    f"The sodium lamp in an old lighthouse emits yellow light of wavelength {tx(lam13)} nm. How many photons does it emit per second?",
    {"wavelength of the light": gv(lam13, "nm")},
    "photon emission rate", "1/s", None, outcome="not derivable",
    solution="The emitted light power is not given; the photon energy alone does not fix the rate."))

# 14 IP proton faster than light
v14 = 3.6e8
Qs.append(Q(F,
    f"A planetary rover's cosmic-ray detector records a proton moving at {tx(v14)} m/s. What is the proton's momentum?",
    {"speed of the proton": gv(v14, "m/s")},
    "momentum of the proton", "kg*m/s", None, outcome="ill-posed",
    solution="3.6 x 10^8 m/s exceeds the speed of light; a massive particle cannot move that fast, so the situation is impossible."))

# 15 AM beta particle 'energy 2.0 MeV': kinetic vs total
E15 = 2.0
g_k = 1 + E15 / m_e_c2_MeV
g_t = E15 / m_e_c2_MeV
b_k = math.sqrt(1 - 1 / g_k**2)
b_t = math.sqrt(1 - 1 / g_t**2)
Qs.append(Q(F,
    f"A radiation monitoring leaflet at the power station says a beta particle (electron) from a check source has an energy of {tx(E15)} MeV. "
    f"What is the electron's speed, as a fraction of c?",
    {"energy of the electron": gv(E15, "MeV")},
    "speed as a fraction of c", "dimensionless", None, outcome="ambiguous",
    solution=f"If 2.0 MeV is the kinetic energy: gamma = {g_k:.4g}, v = {b_k:.4g} c. If it is the total energy: gamma = {g_t:.4g}, v = {b_t:.4g} c."))
