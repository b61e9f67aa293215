import math
from batch_u_common import *

F = "modern"
QUESTIONS = []
add = QUESTIONS.append

# Mo1 greenhouse: photons per second from blue LEDs
lam, P = 450e-9, 10.0
Eph = h * c / lam
rate = P / Eph
add(Q(F,
      "A greenhouse grow light emits 10 W of blue light at a wavelength of 450 nm. How many photons does it emit per "
      "second?",
      {"optical power": "10 W", "wavelength": "450 nm"},
      "photons emitted per second", "1/s", rate, laws=2,
      solution=f"E = hc/lambda = {Eph:.4e} J ({Eph/e:.4f} eV); N = P/E = {rate:.4e} per second",
      assumptions=["monochromatic light"]))

# Mo2 hospital: Wien peak of skin
T = 34.0 + 273.15
lam = b_wien / T
add(Q(F,
      "A thermal camera on the hospital ward screens patients for fever. Treating skin at 34 °C as a blackbody, at "
      "what wavelength does its emitted radiation peak?",
      {"skin temperature": "34 degC"},
      "peak wavelength", "um", lam * 1e6, laws=1,
      solution=f"Wien: lambda_max = b/T = 2.8978e-3/{T:.2f} = {lam*1e6:.3f} um",
      assumptions=["blackbody", "Wien constant 2.897771955e-3 m K"]))

# Mo3 fire station: radiated power, distractor distance
eps, A, T = 0.90, 2.5, 900.0 + 273.15
P = eps * sigma * A * T ** 4
add(Q(F,
      "During a training exercise at the fire station, a burning pallet stack presents a glowing surface of area 2.5 m^2 "
      "at 900 °C, with emissivity 0.90. A firefighter stands 6.0 m away. What total power does the glowing surface "
      "radiate?",
      {"area of the glowing surface": "2.5 m^2", "surface temperature": "900 degC", "emissivity": "0.90 dimensionless",
       "distance of the firefighter": "6.0 m"},
      "radiated power", "kW", P / 1000, laws=1, irrelevant=["distance of the firefighter"],
      solution=f"P = e sigma A T^4 with T = {T:.2f} K: P = {P/1000:.1f} kW",
      assumptions=["grey-body emission", "absorption from surroundings ignored"]))

# Mo4 library: stopping potential with UV lamp on zinc
lam, phi = 254.0, 4.3
Eph = hc_eVnm / lam
Vs = Eph - phi
add(Q(F,
      "A library uses a 254 nm UV-C lamp to sanitise returned books. The light also falls on a zinc plate (work function "
      "4.3 eV) in a demonstration photocell. What stopping potential is needed to halt the fastest photoelectrons?",
      {"wavelength of the UV light": "254 nm", "work function of zinc": "4.3 eV"},
      "stopping potential", "V", Vs, laws=2,
      solution=f"E = hc/lambda = {Eph:.4f} eV; K_max = E - phi = {Vs:.4f} eV; V_s = {Vs:.4f} V",
      assumptions=[]))

# Mo5 hospital: X-ray cutoff wavelength
V = 80e3
lam = h * c / (e * V)
add(Q(F,
      "A hospital X-ray tube runs at an accelerating voltage of 80 kV. What is the shortest wavelength in the X-ray "
      "spectrum it produces?",
      {"tube voltage": "80 kV"},
      "shortest X-ray wavelength", "pm", lam * 1e12, laws=1,
      solution=f"eV = hc/lambda_min -> lambda_min = hc/(eV) = {lam*1e12:.3f} pm",
      assumptions=[]))

# Mo6 hospital lab: relativistic de Broglie wavelength
K = 50.0  # keV
pc_keV = math.sqrt(K ** 2 + 2 * K * me_keV)
lam = hc_eVnm / (pc_keV * 1e3)  # nm
add(Q(F,
      "The transmission electron microscope in the hospital's pathology lab accelerates electrons from rest through "
      "50 kV. Using the relativistically correct momentum, what is the de Broglie wavelength of the electrons?",
      {"accelerating voltage": "50 kV"},
      "de Broglie wavelength", "pm", lam * 1000, laws=2,
      solution=f"K = 50 keV; pc = sqrt(K^2 + 2 K m c^2) = {pc_keV:.3f} keV; lambda = hc/(pc) = {lam*1000:.4f} pm",
      assumptions=["electron rest energy 510.999 keV"]))

# Mo7 radio station: photons per second from transmitter
P, f = 10e3, 100e6
rate = P / (h * f)
add(Q(F,
      "An FM transmitter at the radio station radiates 10 kW at 100 MHz. How many photons does it emit each second?",
      {"radiated power": "10 kW", "frequency": "100 MHz"},
      "photons emitted per second", "1/s", rate, laws=1,
      solution=f"E = hf = {h*f:.4e} J; N = P/E = {rate:.4e} per second",
      assumptions=[]))

# Mo8 observatory: H-alpha wavelength
lam = 1 / (R_inf * (1 / 4 - 1 / 9))
add(Q(F,
      "The observatory's solar telescope uses a filter centred on the hydrogen-alpha line, emitted when the electron in "
      "a hydrogen atom drops from the n = 3 level to the n = 2 level. Using the Rydberg formula with R = "
      "1.0974 × 10^7 m^-1, what is the wavelength of this line?",
      {"upper level": "3 dimensionless", "lower level": "2 dimensionless", "Rydberg constant": "1.0974e7 1/m"},
      "wavelength of the hydrogen-alpha line", "nm", lam * 1e9, laws=1,
      solution=f"1/lambda = R(1/4 - 1/9) = 5R/36; lambda = {lam*1e9:.2f} nm",
      assumptions=["infinite nuclear mass (reduced-mass correction 0.05% is within tolerance)"]))

# Mo9 fire station: Compton electron kinetic energy
E0, ang = 662.0, 90.0
E1 = E0 / (1 + E0 / me_keV * (1 - math.cos(math.radians(ang))))
Ke = E0 - E1
add(Q(F,
      "A fire-service hazmat detector is tested with a caesium-137 source that emits 662 keV gamma rays. A gamma photon "
      "Compton-scatters off a free electron in the detector through 90 degrees. What kinetic energy does the recoiling "
      "electron receive?",
      {"gamma-ray energy": "662 keV", "scattering angle": "90 degree"},
      "kinetic energy of the recoil electron", "keV", Ke, laws=2,
      solution=f"E' = E/(1 + (E/mc^2)(1 - cos90)) = {E1:.2f} keV; K = E - E' = {Ke:.2f} keV",
      assumptions=["electron initially free and at rest"]))

# Mo10 observatory: muon travel distance
beta, tau = 0.995, 2.197e-6
gam = 1 / math.sqrt(1 - beta ** 2)
d = gam * beta * c * tau
add(Q(F,
      "A cosmic-ray detector on the observatory roof records muons produced high in the atmosphere. A muon has a mean "
      "lifetime of 2.197 µs in its own rest frame. For a muon moving at 0.995c, how far does it travel, on average, in "
      "the Earth frame before decaying?",
      {"mean lifetime at rest": "2.197 us", "speed as a fraction of c": "0.995 dimensionless"},
      "mean distance travelled", "km", d / 1000, laws=2,
      solution=f"gamma = {gam:.4f}; d = gamma v tau = {d/1000:.3f} km",
      assumptions=[]))

# Mo11 laundrette: optical brightener energy loss per photon
l1, l2 = 350.0, 440.0
dE = hc_eVnm / l1 - hc_eVnm / l2
add(Q(F,
      "Washing powders at the laundrette contain optical brighteners that absorb ultraviolet light at 350 nm and "
      "re-emit blue light at 440 nm. How much energy is lost (to heat) per photon in this process?",
      {"absorbed wavelength": "350 nm", "emitted wavelength": "440 nm"},
      "energy lost per photon", "eV", dE, laws=1,
      solution=f"E = hc/lambda: {hc_eVnm/l1:.4f} eV - {hc_eVnm/l2:.4f} eV = {dE:.4f} eV",
      assumptions=["one emitted photon per absorbed photon"]))

# Mo12 ski resort: mass equivalent of energy
E = 2.5e9 * 3600
m = E / c ** 2
add(Q(F,
      "Over a season, a ski resort's snow cannons and lifts use 2.5 GWh of electrical energy. What mass is equivalent to "
      "this energy according to E = mc^2?",
      {"energy used": "2.5 GWh"},
      "equivalent mass", "mg", m * 1e6, laws=1,
      solution=f"E = {E:.3e} J; m = E/c^2 = {m:.4e} kg = {m*1e6:.2f} mg",
      assumptions=[]))

# Mo13 hospital: not derivable (no work function)
add(Q(F,
      "A light detector in a hospital pulse oximeter has a photocathode illuminated with 400 nm light. What is the "
      "maximum kinetic energy of the emitted photoelectrons?",
      {"wavelength of the light": "400 nm"},
      "maximum kinetic energy", "eV", outcome="not derivable", laws=2,
      solution="K_max = hc/lambda - phi; the photocathode material and hence its work function are not given.",
      assumptions=[]))

# Mo14 observatory: not derivable (no speed)
add(Q(F,
      "A charged pion created in the upper atmosphere above the observatory has a mean lifetime of 26 ns in its rest "
      "frame. How far does it travel, on average, as measured from the ground before decaying?",
      {"mean lifetime at rest": "26 ns"},
      "mean distance travelled", "m", outcome="not derivable", laws=2,
      solution="d = gamma v tau needs the pion's speed (or energy), which is not given.",
      assumptions=[]))

# Mo15 greenhouse: ill-posed photoelectric data
Eph = hc_eVnm / 500.0
add(Q(F,
      "A light sensor in the greenhouse has a metal surface with work function 2.1 eV. Green light of wavelength 500 nm "
      "ejects photoelectrons with a maximum kinetic energy of 3.0 eV. What stopping potential is needed?",
      {"work function": "2.1 eV", "wavelength": "500 nm", "maximum kinetic energy": "3.0 eV"},
      "stopping potential", "V", outcome="ill-posed", laws=2,
      solution=f"A 500 nm photon carries only {Eph:.2f} eV, so K_max can be at most {Eph-2.1:.2f} eV, not 3.0 eV. "
               f"The data contradict the photoelectric equation.",
      assumptions=[]))
