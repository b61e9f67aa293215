from batch_v_common import *

F = "modern"
Qs = []
HC = "h and c from CODATA 2018"

# Mo1 safelight photon energy
Eph = hc_eVnm / 650
Qs.append(Q(F,
    "A photographic darkroom safelight, rated at 15 W, emits red light of wavelength 650 nm. What is the energy of one "
    "of its photons, in electronvolts?",
    {"power rating of the safelight": "15 W", "wavelength": "650 nm"},
    "energy of one photon", "eV", Eph, laws=1, irrelevant=["power rating of the safelight"],
    solution=f"E = h c/lambda = 1239.84 eV nm/650 nm = {f(Eph)} eV.",
    assumptions=[HC]))

# Mo2 LED panel photons per second
Np = 10.0 * 550e-9 / (h * c)
Qs.append(Q(F,
    "A studio LED panel emits 10 W of visible light, which you may treat as monochromatic light of wavelength 550 nm. "
    "How many photons does it emit each second?",
    {"light output power": "10 W", "wavelength": "550 nm"},
    "photon emission rate", "1/s", Np, laws=1,
    solution=f"Photon energy = hc/lambda = {f(h*c/550e-9)} J; rate = 10/that = {f(Np)} per second.",
    assumptions=[HC]))

# Mo3 Duane-Hunt limit
lmin = hc_eVnm / 70e3 * 1000  # pm
Qs.append(Q(F,
    "A dental X-ray unit operates with a tube voltage of 70 kV. What is the shortest wavelength present in the X-ray "
    "spectrum it produces?",
    {"tube voltage": "70 kV"},
    "shortest X-ray wavelength", "pm", lmin, laws=1,
    solution=f"All of an electron's energy e V goes into one photon: lambda_min = hc/(eV) = 1239.84/70000 nm = {f(lmin)} pm.",
    assumptions=[HC]))

# Mo4 Compton scattering 60 keV at 90 deg
l0 = hc_eVnm / 60e3  # nm
l1 = l0 + lambda_C * 1e9 * (1 - math.cos(math.pi / 2))
E1 = hc_eVnm / l1 / 1000
Qs.append(Q(F,
    "During a dental X-ray, a 60 keV photon scatters off a loosely bound electron in the patient's tissue and is "
    "deflected through 90 degrees. What is the energy of the scattered photon?",
    {"energy of the incident photon": "60 keV", "scattering angle": "90 degree"},
    "energy of the scattered photon", "keV", E1, laws=2,
    solution=f"lambda = hc/E = {f(l0*1000)} pm; Compton shift at 90 degrees = h/(m_e c) = {f(lambda_C*1e12)} pm; lambda' = {f(l1*1000)} pm; E' = {f(E1)} keV.",
    assumptions=["free electron at rest"]))

# Mo5 stopping potential for cinema photocell
Vs = hc_eVnm / 500 - 2.10
Qs.append(Q(F,
    "An old cinema projector reads the film's optical sound track with a photocell whose cathode has a work function "
    "of 2.10 eV. The light reaching the cell is filtered to a wavelength of 500 nm. What stopping potential would be "
    "needed to cut off the photocurrent completely?",
    {"work function of the cathode": "2.10 eV", "wavelength of the light": "500 nm"},
    "stopping potential", "V", Vs, laws=2,
    solution=f"Photon energy = 1239.84/500 = {f(hc_eVnm/500)} eV; K_max = {f(hc_eVnm/500)} - 2.10 = {f(Vs)} eV; stopping potential = {f(Vs)} V.",
    assumptions=[HC]))

# Mo6 photodiode current
Ipd = 0.80 * 20e-6 * 1550 / hc_eVnm
Qs.append(Q(F,
    "An InGaAs photodiode in a data-centre optical receiver has a quantum efficiency of 80% at a wavelength of "
    "1550 nm. What photocurrent does it produce when 20 microwatts of light falls on it?",
    {"quantum efficiency": "80 percent", "wavelength": "1550 nm", "optical power": "20 microwatt"},
    "photocurrent", "microampere", Ipd * 1e6, laws=2,
    solution=f"Photon rate = P lambda/(hc); I = eta e P lambda/(hc) = 0.80*20e-6 W*1550 nm/1239.84 eV nm = {f(Ipd*1e6)} microampere.",
    assumptions=[HC]))

# Mo7 muons reaching balloon
beta, tau, D = 0.995, 2.197e-6, 10e3
gam = 1 / math.sqrt(1 - beta**2)
tlab = D / (beta * c)
frac = math.exp(-tlab / gam / tau)
Qs.append(Q(F,
    "Cosmic-ray muons are produced about 12 km above sea level and travel straight down at 0.995c. A detector carried "
    "by a hot-air balloon floats 2.0 km above sea level. The muon mean lifetime at rest is 2.197 microseconds. What "
    "fraction of the muons reach the balloon's detector without decaying?",
    {"production altitude": "12 km", "speed of the muons as a fraction of c": "0.995 dimensionless",
     "altitude of the detector": "2.0 km", "mean lifetime at rest": "2.197 microsecond"},
    "fraction of muons surviving", "dimensionless", frac, laws=2,
    solution=f"Path 10 km; lab time {f(tlab*1e6)} microseconds; gamma = {f(gam)}; proper time = {f(tlab/gam*1e6)} microseconds; fraction = exp(-{f(tlab/gam/tau)}) = {f(frac)}.",
    assumptions=["vertical path", "constant speed"]))

# Mo8 Wien peak of wood stove
lp = b_wien / 600 * 1e6
Qs.append(Q(F,
    "The cast-iron wood stove in a mountain chalet has a surface temperature of 600 K. At what wavelength is its "
    "thermal emission most intense? Treat the stove as a black body.",
    {"surface temperature of the stove": "600 K"},
    "wavelength of peak emission", "micrometer", lp, laws=1,
    solution=f"Wien: lambda_max = b/T = 2.898e-3/600 = {f(lp)} micrometres.",
    assumptions=["black body", "Wien constant 2.897771955e-3 m K"]))

# Mo9 blue LED band gap
lb = hc_eVnm / 2.70
Qs.append(Q(F,
    "The blue LEDs in the ice rink's lighting have a band-gap energy of 2.70 eV. Estimate the wavelength of the light "
    "they emit.",
    {"band-gap energy": "2.70 eV"},
    "wavelength of the emitted light", "nm", lb, laws=1,
    solution=f"lambda = hc/E = 1239.84/2.70 = {f(lb)} nm.",
    assumptions=["photon energy equal to the band gap"]))

# Mo10 length contraction of bus
Lc = 12.0 * math.sqrt(1 - 0.80**2)
Qs.append(Q(F,
    "In a thought experiment, an electric bus that is 12 m long when parked travels past a platform at 0.80c. How long "
    "is the bus as measured by observers standing on the platform?",
    {"proper length of the bus": "12 m", "speed of the bus as a fraction of c": "0.80 dimensionless"},
    "length measured from the platform", "m", Lc, laws=1,
    solution=f"L = L0 sqrt(1 - 0.80^2) = 12*0.6 = {f(Lc)} m.",
    assumptions=["special relativity"]))

# Mo11 Bohr model H-alpha
Eg = 13.6 * (1 / 4 - 1 / 9)
lH = hc_eVnm / Eg
Qs.append(Q(F,
    "An astrophotographer's narrow-band filter is meant to pass the red line emitted when electrons in hydrogen atoms "
    "drop from the n = 3 level to the n = 2 level. Using the Bohr model with a ground-state energy of -13.6 eV, what "
    "wavelength should the filter pass?",
    {"ground-state energy of hydrogen": "-13.6 eV", "upper level number": "3 dimensionless",
     "lower level number": "2 dimensionless"},
    "wavelength of the hydrogen line", "nm", lH, laws=2,
    solution=f"E_n = -13.6/n^2 eV; dE = 13.6 (1/4 - 1/9) = {f(Eg)} eV; lambda = hc/dE = {f(lH)} nm.",
    assumptions=["Bohr model, infinite nuclear mass"]))

# Mo14 relativistic de Broglie wavelength, 50 kV e-beam
K = 50.0  # keV
pc_keV = math.sqrt(K**2 + 2 * K * me_keV)
lam = hc_eVnm / (pc_keV * 1000) * 1000  # pm
Qs.append(Q(F,
    "The chips in a data centre's servers were patterned by electron-beam lithography, using electrons accelerated from "
    "rest through a potential difference of 50 kV. Taking relativity into account, what is the de Broglie wavelength of "
    "these electrons?",
    {"accelerating voltage": "50 kV"},
    "de Broglie wavelength of the electrons", "pm", lam, laws=2,
    solution=f"pc = sqrt(K^2 + 2 K m c^2) = sqrt(50^2 + 2*50*511.0) keV = {f(pc_keV)} keV; lambda = hc/(pc) = {f(lam)} pm.",
    assumptions=["electron rest energy 510.999 keV"]))

# --- non-value ---
Qs.append(Q(F,
    "During an exposure of 1/125 s, one pixel of a camera sensor in a photography studio collects 5000 photoelectrons. "
    "What light power was falling on the pixel?",
    {"exposure time": "0.008 s", "number of photoelectrons": "5000 dimensionless"},
    "light power on the pixel", "W", None, outcome="not derivable", laws=2,
    solution="P = N h c/(eta lambda t) requires the wavelength of the light and the pixel's quantum efficiency, neither of which is given.",
    assumptions=[]))

Qs.append(Q(F,
    "Hikers resting in a high mountain village are exposed to strong solar UV-B radiation of wavelength 310 nm. How "
    "many UV-B photons strike each square centimetre of exposed skin per second?",
    {"wavelength of the UV-B radiation": "310 nm"},
    "photon flux on the skin", "1/(cm^2*s)", None, outcome="not derivable", laws=1,
    solution="The photon energy is known (4.0 eV) but the UV-B irradiance at the village is not given and cannot reasonably be assumed, so the photon flux cannot be found.",
    assumptions=[]))

Qs.append(Q(F,
    "In a physics show at an amusement park, the presenter claims that electrons in her demonstration tube are "
    "accelerated to a speed of 3.2e8 m/s. What is the de Broglie wavelength of these electrons?",
    {"claimed speed of the electrons": "3.2e8 m/s"},
    "de Broglie wavelength", "pm", None, outcome="ill-posed", laws=2,
    solution="3.2e8 m/s exceeds the speed of light (2.998e8 m/s); no massive particle can move that fast, so the question has no physical answer.",
    assumptions=[]))
