from batch_x_common import *

F = "modern"
Qs = []

# 1 particle accelerator - pion decay length (distractor: beam pipe length)
gv = {"speed of the pions": "0.99 c", "proper mean lifetime of the pion": "26 ns",
      "length of the beam pipe": "3 km"}
beta, tau, L = vals(gv)
gam = 1 / math.sqrt(1 - beta**2)
d = gam * beta * c * tau * 1e-9
Qs.append(Q(F,
    "In the particle accelerator lab a beam of charged pions travels at 0.99 c down a 3 km evacuated beam pipe. The pion's mean lifetime in its own rest frame is 26 ns. What mean distance does a pion travel in the lab before decaying?",
    gv, "mean decay length in the lab", "m", d, laws=2,
    irrelevant=["length of the beam pipe"],
    solution=f"gamma = 1/sqrt(1 - 0.99^2) = {gam:.3f}; lab lifetime = gamma tau = {gam*tau:.1f} ns; d = v gamma tau = {d:.1f} m.",
    assumptions=["special relativity time dilation"]))

# 2 particle accelerator - electron speed from KE
gv = {"kinetic energy of the electron": "2.0 MeV"}
K, = vals(gv)
gam = 1 + K / m_e_MeV
beta = math.sqrt(1 - 1 / gam**2)
Qs.append(Q(F,
    "An electron in the lab's linear accelerator has been given a kinetic energy of 2.0 MeV. What is its speed as a fraction of the speed of light?",
    gv, "speed of the electron as a fraction of c", "dimensionless", beta, laws=2,
    solution=f"gamma = 1 + K/(m c^2) = 1 + 2.0/0.511 = {gam:.4f}; beta = sqrt(1 - 1/gamma^2) = {beta:.5f}.",
    assumptions=["electron rest energy 0.511 MeV"]))

# 3 textile mill - electron microscope de Broglie wavelength
gv = {"accelerating voltage": "150 V"}
V, = vals(gv)
lam = h / math.sqrt(2 * m_e * e * V)
Qs.append(Q(F,
    "A textile mill's research lab studies fibre surfaces with a low-energy electron diffraction instrument. Electrons start from rest and are accelerated through 150 V. What is their de Broglie wavelength?",
    gv, "de Broglie wavelength", "nm", lam * 1e9, laws=2,
    solution=f"K = eV; p = sqrt(2 m e V) = {math.sqrt(2*m_e*e*V):.4g} kg m/s; lambda = h/p = {lam*1e9:.4f} nm.",
    assumptions=["non-relativistic electrons"]))

# 4 opera house - photon energy (distractor: lamp power)
gv = {"wavelength of the light": "650 nm", "power of the spotlight": "1000 W"}
lam, P = vals(gv)
E = hc_eVnm / lam
Qs.append(Q(F,
    "A 1000 W opera house spotlight is fitted with a red filter that passes light of wavelength 650 nm. What is the energy of one photon of this light, in electronvolts?",
    gv, "photon energy", "eV", E, laws=1,
    irrelevant=["power of the spotlight"],
    solution=f"E = hc/lambda = 1239.84 eV nm / 650 nm = {E:.3f} eV.",
    assumptions=[]))

# 5 opera house - photon emission rate
gv = {"electrical power of the spotlight": "500 W", "fraction converted to visible light": "10 percent",
      "average wavelength of the visible light": "560 nm"}
P, eff, lam = vals(gv)
Eph = h * c / (lam * 1e-9)
N = P * eff / 100 / Eph
Qs.append(Q(F,
    "A 500 W tungsten-halogen spotlight in the opera house converts 10% of its electrical power into visible light, whose average wavelength is 560 nm. About how many visible photons does it emit per second?",
    gv, "visible photons emitted per second", "1/s", N, laws=2,
    solution=f"Photon energy = hc/lambda = {Eph:.4g} J; visible power 50 W; N = 50/E = {N:.4g} per second.",
    assumptions=["all visible photons at the average wavelength"]))

# 6 textile mill - photoelectric stopping potential
gv = {"wavelength of the UV light": "254 nm", "work function of zinc": "4.3 eV"}
lam, phi = vals(gv)
E = hc_eVnm / lam
Vs = E - phi
Qs.append(Q(F,
    "An ultraviolet inspection lamp used to check fabric for optical brighteners in a textile mill emits 254 nm light. The light falls on a clean zinc fitting (work function 4.3 eV). What stopping potential would be needed to halt the fastest photoelectrons?",
    gv, "stopping potential", "V", Vs, laws=2,
    solution=f"Photon energy = 1239.84/254 = {E:.3f} eV; K_max = E - phi = {Vs:.3f} eV; V_stop = {Vs:.3f} V.",
    assumptions=[]))

# 7 beekeeping - frequency of UV light (distractor: colony size)
gv = {"wavelength of the ultraviolet light": "350 nm", "number of bees in the colony": "40000 dimensionless"}
lam, N = vals(gv)
f = c / (lam * 1e-9)
Qs.append(Q(F,
    "Honeybees in a 40000-strong colony find nectar using ultraviolet patterns on flowers; their UV receptors peak near 350 nm. What is the frequency of 350 nm light?",
    gv, "frequency of the light", "THz", f / 1e12, laws=1,
    irrelevant=["number of bees in the colony"],
    solution=f"f = c/lambda = {f:.4g} Hz = {f/1e12:.1f} THz.",
    assumptions=["wavelength in vacuum/air"]))

# 8 particle accelerator - hydrogen Balmer line
gv = {"upper energy level": "3 dimensionless", "lower energy level": "2 dimensionless"}
n2, n1 = vals(gv)
inv = R_inf * (1 / n1**2 - 1 / n2**2)
lam = 1 / inv
Qs.append(Q(F,
    "A hydrogen discharge lamp is used to calibrate a spectrometer in the accelerator lab. Using the Bohr model (infinite nuclear mass), what is the wavelength of the photon emitted when the electron drops from level n = 3 to level n = 2?",
    gv, "wavelength of the emitted photon", "nm", lam * 1e9, laws=1,
    solution=f"1/lambda = R(1/4 - 1/9) = {inv:.6g} m^-1; lambda = {lam*1e9:.2f} nm.",
    assumptions=["Rydberg constant R_inf (reduced-mass correction ~0.05%)"]))

# 9 motor racing - length contraction fraction
gv = {"speed of the car": "350 km/h"}
vk, = vals(gv)
beta = vk / 3.6 / c
frac = -math.expm1(0.5 * math.log1p(-beta**2))
Qs.append(Q(F,
    "A race car passes the grandstand at 350 km/h. According to special relativity, by what fraction is its length contracted as measured by the spectators (1 - L/L0)?",
    gv, "fractional length contraction", "dimensionless", frac, laws=1,
    solution=f"beta = {beta:.4e}; 1 - sqrt(1 - beta^2) ~ beta^2/2 = {frac:.4e}.",
    assumptions=[]))

# 10 cable car - gravitational time dilation
gv = {"height of the summit station above the valley station": "2200 m", "time interval": "24 h"}
H, th = vals(gv)
dt = g * H / c**2 * th * 3600
Qs.append(Q(F,
    "Two identical atomic clocks are synchronised, one at the valley station and one at the summit station of a cable car, 2200 m higher. Using the weak-field result Delta f/f = g h/c^2, by how much has the summit clock gained on the valley clock after 24 h?",
    gv, "time gained by the summit clock", "ns", dt * 1e9, laws=2,
    solution=f"Delta t = (g h/c^2) t = {g*H/c**2:.4e} x 86400 s = {dt*1e9:.2f} ns.",
    assumptions=["uniform g = 9.81 m/s^2", "clocks at rest relative to each other"]))

# 11 cold storage - Compton scattering in X-ray scanner
gv = {"energy of the incident photon": "100 keV", "scattering angle": "90 degree"}
E, th = vals(gv)
Ep = E / (1 + E / (m_e_MeV * 1000) * (1 - math.cos(math.radians(th))))
Qs.append(Q(F,
    "A cold-storage warehouse scans frozen-food pallets with an X-ray system. A 100 keV photon Compton-scatters off a free electron through 90 degrees. What is the energy of the scattered photon?",
    gv, "energy of the scattered photon", "keV", Ep, laws=2,
    solution=f"Compton: Delta lambda = (h/mc)(1 - cos theta); in energy form E' = E/(1 + (E/mc^2)(1 - cos theta)) = {Ep:.2f} keV.",
    assumptions=["electron initially free and at rest"]))

# 12 archery - mass equivalent of kinetic energy
gv = {"mass of the arrow": "25 g", "speed of the arrow": "80 m/s"}
m, v = vals(gv)
K = 0.5 * m / 1000 * v**2
dm = K / c**2
Qs.append(Q(F,
    "At an archery range a 25 g arrow flies at 80 m/s. By how much does its mass-energy exceed its rest mass-energy? Express the answer as an equivalent mass.",
    gv, "mass equivalent of the kinetic energy", "kg", dm, laws=2,
    solution=f"K = (1/2) m v^2 = {K:.0f} J (non-relativistic is exact enough); Delta m = K/c^2 = {dm:.4g} kg.",
    assumptions=[]))

# 13 particle accelerator - not derivable (particle mass unknown)
gv = {"speed of the particle": "0.8 c"}
Qs.append(Q(F,
    "A detector in the accelerator lab records an unidentified charged particle moving at 0.8 c. What is its kinetic energy?",
    gv, "kinetic energy of the particle", "MeV", None, outcome="not derivable", laws=1,
    solution="K = (gamma - 1) m c^2 with gamma = 5/3, but the particle's rest mass is unknown (it is unidentified), so K cannot be found.",
    assumptions=[]))

# 14 kite festival - not derivable (work function missing)
gv = {"wavelength of the light": "420 nm"}
Qs.append(Q(F,
    "At a kite festival a light sensor on a kite's camera trigger works by the photoelectric effect. Violet light of wavelength 420 nm falls on its metal cathode. What is the maximum kinetic energy of the emitted electrons?",
    gv, "maximum kinetic energy of photoelectrons", "eV", None, outcome="not derivable", laws=2,
    solution="K_max = hc/lambda - phi = 2.95 eV - phi, but the cathode metal and hence its work function are not given.",
    assumptions=[]))

# 15 particle accelerator - ill-posed (speed above c)
gv = {"speed of the proton": "3.2e8 m/s"}
Qs.append(Q(F,
    "A proton leaving the lab's linear accelerator is reported to travel at 3.2 x 10^8 m/s. What is its kinetic energy?",
    gv, "kinetic energy of the proton", "MeV", None, outcome="ill-posed", laws=1,
    solution="3.2e8 m/s exceeds the speed of light (2.998e8 m/s); no massive particle can move this fast, so gamma is undefined and the question is physically impossible.",
    assumptions=[]))
