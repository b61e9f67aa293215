"""Batch z, field: modern physics - relativity, quantum, atoms (15 questions)."""
import math
from batch_z_common import Q, c, h, e, m_e, b_wien, T0, sig

F = "modern"
Qs = []
hc_eVnm = h * c / e * 1e9   # ~1239.84 eV nm

# MO1 school chemistry lab - photoelectric effect
W1, lam1 = 2.28, 400.0
Eph1 = hc_eVnm / lam1
K1 = Eph1 - W1
Qs.append(Q(F,
    "In the school chemistry lab, violet light of wavelength 400 nm shines on a clean sodium surface, "
    "whose work function is 2.28 eV. What is the maximum kinetic energy of the emitted electrons?",
    {"wavelength of the light": "400 nm", "work function of sodium": "2.28 eV"},
    "maximum kinetic energy of photoelectrons", "eV", K1, laws=2,
    solution=f"E_photon = hc/lambda = {sig(Eph1)} eV; K_max = E - W = {sig(K1)} eV.",
    assumptions=[]))

# MO2 radio telescope - photon energy of the 21 cm line
f2 = 1420.405751e6
E2 = h * f2 / e * 1e6
Qs.append(Q(F,
    "The radio telescope is tuned to the hydrogen line at 1420.405751 MHz. What is the energy of one "
    "photon at this frequency, in microelectronvolts?",
    {"frequency of the hydrogen line": "1420.405751 MHz"},
    "photon energy", "ueV", E2, laws=1,
    solution=f"E = h f = {sig(h*f2)} J = {sig(E2)} ueV.",
    assumptions=[]))

# MO3 science museum - Balmer H-alpha from Rydberg formula
RH3 = 1.0968e7
lam3 = 1 / (RH3 * (1 / 2 ** 2 - 1 / 3 ** 2)) * 1e9
Qs.append(Q(F,
    "A hydrogen discharge tube in the science museum glows red. Using the Rydberg constant for "
    "hydrogen, 1.0968 × 10^7 m^-1, what wavelength is emitted when an electron drops from n = 3 to "
    "n = 2?",
    {"Rydberg constant for hydrogen": "1.0968e7 1/m", "upper level": "3 dimensionless",
     "lower level": "2 dimensionless"},
    "emitted wavelength", "nm", lam3, laws=1,
    solution=f"1/lambda = R_H(1/4 - 1/9) -> lambda = {sig(lam3)} nm.",
    assumptions=["vacuum wavelength"]))

# MO4 bridge inspection - de Broglie wavelength of accelerated electron
V4 = 150.0
lam4 = h / math.sqrt(2 * m_e * e * V4) * 1e9
Qs.append(Q(F,
    "To examine the grain structure of steel taken from a corroded bridge girder, a lab uses electron "
    "diffraction with electrons accelerated from rest through 150 V. What is the electrons' de Broglie "
    "wavelength?",
    {"accelerating voltage": "150 V"},
    "de Broglie wavelength", "nm", lam4, laws=2,
    solution=f"p = sqrt(2 m e V) = {sig(math.sqrt(2*m_e*e*V4))} kg m/s; lambda = h/p = {sig(lam4)} nm.",
    assumptions=["non-relativistic"]))

# MO5 helicopter base - time dilation at helicopter speed
v5, t5 = 300 / 3.6, 2.0 * 3600
b2 = (v5 / c) ** 2
lag5 = t5 * b2 / (1 + math.sqrt(1 - b2)) * 1e9
Qs.append(Q(F,
    "A helicopter leaves the base and flies at a steady 300 km/h for 2.0 hours, as measured by clocks "
    "on the ground. Considering special-relativistic time dilation only, by how much does a clock "
    "aboard the helicopter fall behind the ground clocks?",
    {"speed of the helicopter": "300 km/h", "flight duration": "2.0 hour"},
    "time lag of the onboard clock", "ns", lag5, laws=1,
    solution=f"Lag = t(1 - sqrt(1 - v^2/c^2)) ~ t v^2/(2c^2) = {sig(lag5)} ns.",
    assumptions=["gravitational effects and acceleration phases ignored"]))

# MO6 science museum - muon travel distance
b6, tau6 = 0.80, 2.2e-6
g6 = 1 / math.sqrt(1 - b6 ** 2)
d6 = g6 * b6 * c * tau6
Qs.append(Q(F,
    "A cloud-chamber display in the science museum shows cosmic-ray muons. A muon moving at 0.80c has "
    "a proper mean lifetime of 2.2 µs. How far does it travel in the lab during one mean lifetime, as "
    "measured in the lab?",
    {"speed of the muon as fraction of c": "0.80 dimensionless", "proper lifetime": "2.2 us"},
    "distance travelled in the lab", "m", d6, laws=2,
    solution=f"gamma = {sig(g6)}; lab lifetime = {sig(g6*tau6*1e6)} us; d = v gamma tau = {sig(d6)} m.",
    assumptions=[]))

# MO7 clock tower - time dilation factor
b7, t7 = 0.60, 1.0
t7g = t7 / math.sqrt(1 - b7 ** 2)
Qs.append(Q(F,
    "Under the clock tower, a physics teacher poses a puzzle: a spaceship passes Earth at 0.60c, and "
    "its onboard clock ticks once every 1.0 s in the ship's frame. What time interval between ticks "
    "do observers on Earth measure?",
    {"speed of the ship as fraction of c": "0.60 dimensionless", "proper tick interval": "1.0 s"},
    "tick interval measured on Earth", "s", t7g, laws=1,
    solution=f"dt = gamma dt0 = 1.0/sqrt(1 - 0.36) = {sig(t7g)} s.",
    assumptions=["ignoring light travel-time effects"]))

# MO8 salt mine - Bragg diffraction + photon energy
d8, th8 = 0.282e-9, 15.8
lam8 = 2 * d8 * math.sin(math.radians(th8))
E8 = h * c / lam8 / e / 1000
Qs.append(Q(F,
    "A crystal of rock salt from the mine, whose atomic planes are 0.282 nm apart, is used in an X-ray "
    "spectrometer. A first-order Bragg reflection is observed at a glancing angle of 15.8°. What is "
    "the photon energy of these X-rays?",
    {"plane spacing": "0.282 nm", "glancing angle": "15.8 degree"},
    "photon energy", "keV", E8, laws=2,
    solution=f"Bragg: lambda = 2 d sin theta = {sig(lam8*1e9)} nm; E = hc/lambda = {sig(E8)} keV.",
    assumptions=["first order, n = 1"]))

# MO9 glacier expedition - UV photon flux
I9, lam9, A9 = 2.0, 310e-9, 0.050
N9 = I9 * A9 * lam9 / (h * c)
Qs.append(Q(F,
    "On the glacier, UV-B light of wavelength 310 nm reaches an expedition member's exposed face with "
    "an intensity of 2.0 W/m^2. The exposed skin area is 0.050 m^2. How many UV photons strike the skin "
    "each second?",
    {"UV wavelength": "310 nm", "UV intensity": "2.0 W/m**2", "exposed area": "0.050 m**2"},
    "photon arrival rate", "1/s", N9, laws=2,
    solution=f"P = I A = {sig(I9*A9)} W; E_photon = hc/lambda = {sig(h*c/lam9)} J; N = P/E = {sig(N9)} per s.",
    assumptions=["monochromatic light, normal incidence"]))

# MO10 pizzeria - Wien's law; floor area distractor
T10 = 400.0 + T0
lam10 = b_wien / T10 * 1e6
Qs.append(Q(F,
    "The inside walls of the pizzeria's wood-fired oven (floor area 1.2 m^2) are at 400 °C. Treating "
    "them as a blackbody, at what wavelength is their thermal emission strongest?",
    {"floor area of the oven": "1.2 m**2", "wall temperature": "400 degC"},
    "wavelength of peak emission", "um", lam10, laws=1,
    irrelevant=["floor area of the oven"],
    solution=f"Wien: lambda_max = b/T = 2.898e-3/673.15 = {sig(lam10)} um.",
    assumptions=["blackbody"]))

# MO11 ambulance - photons per lidar pulse
lam11, E11 = 905e-9, 1.0e-6
N11 = E11 * lam11 / (h * c)
Qs.append(Q(F,
    "A police lidar gun checks the speed of a passing ambulance using infrared pulses of wavelength "
    "905 nm, each carrying 1.0 µJ of energy. How many photons are in one pulse?",
    {"laser wavelength": "905 nm", "pulse energy": "1.0 uJ"},
    "number of photons per pulse", "dimensionless", N11, laws=1,
    solution=f"E_photon = hc/lambda = {sig(h*c/lam11)} J; N = {sig(N11)}.",
    assumptions=["monochromatic pulse"]))

# MO12 rock festival - radiation pressure force on a mirror; two distractors
P12 = 5.0
F12 = 2 * P12 / c * 1e9
Qs.append(Q(F,
    "A 5.0 W green laser (wavelength 532 nm, beam diameter 3.0 mm) in the rock festival light show hits "
    "a perfectly reflecting mirror head-on. What force does the light exert on the mirror?",
    {"laser power": "5.0 W", "wavelength": "532 nm", "beam diameter": "3.0 mm"},
    "radiation force on the mirror", "nN", F12, laws=1,
    irrelevant=["wavelength", "beam diameter"],
    solution=f"F = 2P/c = {sig(F12)} nN.",
    assumptions=["normal incidence, 100 % reflection"]))

# MO13 ambulance - ambiguous: "runs slow by what percentage"
b13 = 0.60
g13 = 1 / math.sqrt(1 - b13 ** 2)
slow_a = (1 - 1 / g13) * 100
slow_b = (g13 - 1) * 100
Qs.append(Q(F,
    "Waiting at the station, an ambulance crew imagines their ambulance driving past at 0.60c. By what "
    "percentage would the ambulance's onboard clock run slow, as judged from the street?",
    {"speed as fraction of c": "0.60 dimensionless"},
    "percentage by which the clock runs slow", "percent", None, outcome="ambiguous", laws=1,
    solution=f"gamma = {sig(g13)}. Relative to the street clock's rate, the moving clock ticks at 1/gamma "
             f"= 0.8, i.e. {sig(slow_a)} % slow; relative to its own tick, each tick lasts gamma = 1.25 "
             f"times as long, i.e. {sig(slow_b)} % longer. Both readings are reasonable.",
    assumptions=[]))

# MO14 science museum - ill-posed: speed above c
Qs.append(Q(F,
    "A science museum's particle-accelerator exhibit claims that its electrons reach a speed of "
    "3.5 × 10^8 m/s. What is the kinetic energy of each electron?",
    {"electron speed": "3.5e8 m/s"},
    "kinetic energy of an electron", "MeV", None, outcome="ill-posed", laws=1,
    solution="3.5e8 m/s exceeds c = 2.998e8 m/s; no massive particle can move that fast, so gamma is "
             "imaginary and no kinetic energy follows.",
    assumptions=[]))

# MO15 elevator maintenance - not derivable: light wavelength missing
Qs.append(Q(F,
    "An elevator's door safety sensor spans the 1.1 m wide doorway and uses a photocathode. The fastest "
    "photoelectrons leave the cathode with 0.40 eV of kinetic energy. What is the cathode's work "
    "function?",
    {"door width": "1.1 m", "maximum kinetic energy": "0.40 eV"},
    "work function of the cathode", "eV", None, outcome="not derivable", laws=2,
    irrelevant=["door width"],
    solution="W = hf - K_max needs the frequency or wavelength of the light, which is not given.",
    assumptions=[]))
