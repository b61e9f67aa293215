from batch_y_common import *

F = "modern"
Qs = []

# 1 sodium photon energy (distractor: lamp power)
lam = 589e-9
E = h * c / lam / e
Qs.append(Q(F,
    "An old 90 W low-pressure sodium street lamp glows with yellow light of wavelength 589 nm. What is the energy of one of its photons, in eV?",
    {"lamp power": "90 W", "wavelength": "589 nm"},
    "photon energy", "eV", E, laws=1, irrelevant=["lamp power"],
    solution=f"E = hc/λ = {E:.3f} eV.",
    assumptions=["vacuum wavelength"]))

# 2 photons per second from LED (distractor: electrical input)
Pvis, lam = 35.0, 550e-9
Nph = Pvis * lam / (h * c)
Qs.append(Q(F,
    "A 100 W LED street light puts out 35 W of visible light, which we can treat as all having wavelength 550 nm. How many photons does it emit per second?",
    {"electrical input power": "100 W", "visible light power": "35 W", "wavelength": "550 nm"},
    "photon emission rate", "1/s", Nph, laws=2, irrelevant=["electrical input power"],
    solution=f"E_photon = hc/λ = {h*c/lam:.3e} J; N = P/E = {Nph:.3e} per second.",
    assumptions=["monochromatic light"]))

# 3 photoelectric max KE
W0, lam = 2.3, 450e-9
K = h * c / lam / e - W0
Qs.append(Q(F,
    "The photocell on a supermarket's automatic door has a cathode with a work function of 2.3 eV. It is lit by blue light of wavelength 450 nm. "
    "What is the maximum kinetic energy of the emitted photoelectrons, in eV?",
    {"work function": "2.3 eV", "wavelength": "450 nm"},
    "maximum kinetic energy", "eV", K, laws=2,
    solution=f"E_photon = hc/λ = {h*c/lam/e:.3f} eV; K_max = E − φ = {K:.3f} eV.",
    assumptions=[]))

# 4 muon decay length
beta, tau = 0.995, 2.2e-6
gam = 1 / math.sqrt(1 - beta**2)
dist = gam * beta * c * tau
Qs.append(Q(F,
    "Cosmic-ray muons reach a detector in a railway tunnel moving at 0.995 times the speed of light. Their mean lifetime at rest is 2.2 µs. "
    "What is their mean travel distance before decaying, as measured in the tunnel frame, in km?",
    {"speed as a fraction of c": "0.995 dimensionless", "proper mean lifetime": "2.2 us"},
    "mean decay length", "km", dist / 1000, laws=2,
    solution=f"γ = 1/√(1 − 0.995^2) = {gam:.2f}; dilated lifetime = {gam*tau*1e6:.1f} µs; d = γβcτ = {dist/1000:.2f} km.",
    assumptions=["constant speed"]))

# 5 H-alpha wavelength (Rydberg)
lam = 1 / (R_inf * (1 / 4 - 1 / 9))
Qs.append(Q(F,
    "A faint red aurora above an arctic research station shows the hydrogen line from the n = 3 to n = 2 transition. "
    "Using the Rydberg formula, what is the wavelength of this line, in nm?",
    {"upper level": "3 dimensionless", "lower level": "2 dimensionless"},
    "wavelength", "nm", lam * 1e9, laws=1,
    solution=f"1/λ = R(1/2^2 − 1/3^2) ⇒ λ = {lam*1e9:.1f} nm (with R_∞; reduced-mass correction ≈ 0.05%).",
    assumptions=["Rydberg constant R_∞ = 1.0974e7 1/m"]))

# 6 Wien peak of a kiln
T = 1250.0 + T0
lam = b_wien / T
Qs.append(Q(F,
    "A pottery kiln glows at 1250 °C. Treating its interior as a blackbody, at what wavelength does its thermal emission peak, in µm?",
    {"kiln temperature": "1250 degC"},
    "peak wavelength", "um", lam * 1e6, laws=1,
    solution=f"Wien: λ_max = b/T = 2.898e-3/1523.15 = {lam*1e6:.3f} µm.",
    assumptions=["blackbody"]))

# 7 electron de Broglie wavelength
V = 5000.0
p = math.sqrt(2 * m_e * e * V)
lam = h / p
Qs.append(Q(F,
    "A scanning electron microscope at a volcano observatory examines ash particles using electrons accelerated from rest through 5 kV. "
    "What is the de Broglie wavelength of these electrons, in pm (non-relativistic treatment)?",
    {"accelerating voltage": "5 kV"},
    "de Broglie wavelength", "pm", lam * 1e12, laws=2,
    solution=f"p = √(2m_e eV) = {p:.3e} kg m/s; λ = h/p = {lam*1e12:.2f} pm.",
    assumptions=["non-relativistic (correction about 0.25%)"]))

# 8 Compton scattering at 90 degrees
lam0, th = 71e-12, 90.0
lam1 = lam0 + h / (m_e * c) * (1 - math.cos(math.radians(th)))
Qs.append(Q(F,
    "To check for hidden flaws, a glassblowing studio sends 71 pm X-rays through a vase. What is the wavelength of X-rays Compton-scattered at 90° "
    "by free electrons in the glass?",
    {"incident wavelength": "71 pm", "scattering angle": "90 degree"},
    "scattered wavelength", "pm", lam1 * 1e12, laws=1,
    solution=f"Δλ = (h/m_e c)(1 − cos90°) = {h/(m_e*c)*1e12:.3f} pm; λ' = {lam1*1e12:.2f} pm.",
    assumptions=["scattering off free electrons at rest"]))

# 9 tennis ball de Broglie (distractor: diameter)
m, v = 0.057, 50.0
lam = h / (m * v)
Qs.append(Q(F,
    "A 57 g tennis ball of diameter 6.7 cm is served at 50 m/s. What is its de Broglie wavelength?",
    {"mass of the ball": "57 g", "diameter of the ball": "6.7 cm", "speed of the ball": "50 m/s"},
    "de Broglie wavelength", "m", lam, laws=1, irrelevant=["diameter of the ball"],
    solution=f"λ = h/(mv) = 6.626e-34/(0.057 × 50) = {lam:.3e} m — utterly negligible.",
    assumptions=["non-relativistic"]))

# 10 time dilation for a paraglider
v, t = 40 / 3.6, 3 * 3600.0
dt = t * v**2 / (2 * c**2)
Qs.append(Q(F,
    "A paraglider pilot flies for 3 hours at an average ground speed of 40 km/h. Considering only special-relativistic time dilation, by how much does her "
    "wristwatch fall behind a clock left at the take-off site, in picoseconds?",
    {"flight duration": "3 hour", "average speed": "40 km/h"},
    "time lag of the watch", "ps", dt * 1e12, laws=1,
    solution=f"Δt ≈ t v^2/(2c^2) = 10800 × {v:.2f}^2/(2c^2) = {dt*1e12:.2f} ps.",
    assumptions=["ignore gravitational time dilation", "v ≪ c so γ − 1 ≈ v^2/2c^2"]))

# 11 mass loss on cooling ice cream
m, cc, dT = 10.0, 1900.0, 13.0
dm = m * cc * dT / c**2
Qs.append(Q(F,
    "An ice-cream van's freezer cools 10 kg of ice cream from -5 °C to -18 °C. The ice cream's specific heat is 1.9 kJ/(kg·K). "
    "By how much does the ice cream's mass decrease because of the energy removed?",
    {"mass of ice cream": "10 kg", "initial temperature": "-5 degC", "final temperature": "-18 degC",
     "specific heat of ice cream": "1.9 kJ/(kg*K)"},
    "decrease in mass", "kg", dm, laws=2,
    solution=f"Q = mcΔT = {m*cc*dT/1000:.0f} kJ; Δm = Q/c^2 = {dm:.3e} kg.",
    assumptions=["no phase change"]))

# 12 longest wavelength ionising H from n=2
E2 = 13.6 / 4
lam = h * c / (E2 * e)
Qs.append(Q(F,
    "A printing works cures inks with a 365 nm UV lamp. Hydrogen has a ground-state energy of -13.6 eV. What is the longest wavelength of light that can ionise "
    "a hydrogen atom that is already in its n = 2 state, in nm?",
    {"ground-state energy of hydrogen": "-13.6 eV", "lamp wavelength": "365 nm", "initial level": "2 dimensionless"},
    "longest ionising wavelength", "nm", lam * 1e9, laws=2, irrelevant=["lamp wavelength"],
    solution=f"E_2 = −13.6/4 = −3.40 eV; ionisation needs 3.40 eV; λ = hc/E = {lam*1e9:.1f} nm (so the 365 nm lamp just fails).",
    assumptions=["Bohr model energy levels"]))

# 13 ND: photoelectric without wavelength
Qs.append(Q(F,
    "The photocell that switches on the clubhouse lights at a golf course has a cathode with a work function of 2.1 eV. At dusk the cell receives light of "
    "intensity 0.5 W/m². What is the maximum kinetic energy of the photoelectrons?",
    {"work function": "2.1 eV", "light intensity": "0.5 W/m^2"},
    "maximum kinetic energy", "eV", None, outcome="not derivable", laws=2,
    solution="K_max = hf − φ needs the light's frequency or wavelength, which is not given; intensity does not set K_max.",
    assumptions=[]))

# 14 ND: photon rate without power
Qs.append(Q(F,
    "A dairy farm sterilises milk-line water with a UV-C lamp emitting at 254 nm while 500 L of water flows past per hour. How many photons does the lamp emit each second?",
    {"wavelength": "254 nm", "water flow rate": "500 L/hour"},
    "photon emission rate", "1/s", None, outcome="not derivable", laws=2, irrelevant=["water flow rate"],
    solution="N = P/(hc/λ) requires the lamp's UV output power, which is not given; the flow rate is irrelevant.",
    assumptions=[]))

# 15 IP: proton faster than light
Qs.append(Q(F,
    "A cosmic-ray proton detected at an arctic research station is reported to be moving at 3.6 × 10^8 m/s. What is its relativistic momentum?",
    {"speed of the proton": "3.6e8 m/s"},
    "relativistic momentum", "kg*m/s", None, outcome="ill-posed", laws=1,
    solution="The stated speed exceeds c = 2.998e8 m/s, so γ = 1/√(1 − v^2/c^2) is imaginary; a massive particle cannot move this fast.",
    assumptions=[]))

assert len(Qs) == 15
