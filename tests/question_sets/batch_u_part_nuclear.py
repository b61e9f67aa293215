import math
from batch_u_common import *

F = "nuclear"
QUESTIONS = []
add = QUESTIONS.append
ln2 = math.log(2)

# N1 hospital: Tc-99m decay, distractor patient mass
A0, th, t = 800.0, 6.01, 24.0
A = A0 * 2 ** (-t / th)
add(Q(F,
      "A 75 kg patient is injected with 800 MBq of technetium-99m (half-life 6.01 h) for a bone scan. Ignoring "
      "biological excretion, what activity remains in the patient 24 h later?",
      {"mass of the patient": "75 kg", "initial activity": "800 MBq", "half-life of technetium-99m": "6.01 h",
       "elapsed time": "24 h"},
      "remaining activity", "MBq", A, laws=1, irrelevant=["mass of the patient"],
      solution=f"A = A0 2^(-t/T) = 800 * 2^(-24/6.01) = {A:.2f} MBq",
      assumptions=["physical decay only"]))

# N2 hospital: mass of F-18 for given activity
A, th_min, M = 370e6, 109.77, 18.000938
N = A * th_min * 60 / ln2
mass = N * M * u
add(Q(F,
      "A PET tracer dose contains fluorine-18 with an activity of 370 MBq. The half-life of fluorine-18 is 109.77 min "
      "and its atomic mass is 18.000938 u. What mass of fluorine-18 is present?",
      {"activity": "370 MBq", "half-life of fluorine-18": "109.77 min", "atomic mass of fluorine-18": "18.000938 u"},
      "mass of fluorine-18", "ng", mass * 1e12, laws=2,
      solution=f"N = A T/ln2 = {N:.4e} nuclei; m = N * 18.000938 u = {mass*1e12:.4f} ng",
      assumptions=[]))

# N3 fire station: mass of Am-241 in smoke detector
A, th_y, M = 37e3, 432.2, 241.06
N = A * th_y * year / ln2
mass = N * M / NA  # g
add(Q(F,
      "The smoke detectors in the fire station's dormitory each contain an americium-241 source of activity 37 kBq. "
      "Americium-241 has a half-life of 432.2 years and a molar mass of 241.06 g/mol. What mass of americium-241 is in "
      "each detector?",
      {"activity": "37 kBq", "half-life of americium-241": "432.2 year", "molar mass of americium-241": "241.06 g/mol"},
      "mass of americium-241", "ug", mass * 1e6, laws=2,
      solution=f"N = A T/ln2 = {N:.4e} nuclei; m = N M/N_A = {mass*1e6:.4f} ug",
      assumptions=["1 year = 365.25 days"]))

# N4 submarine: U-235 consumed per day
P, Ef, M = 150e6, 200.0, 235.04
rate = P / (Ef * 1e6 * e)
mday = rate * 86400 * M / NA  # g
add(Q(F,
      "A submarine's reactor produces 150 MW of thermal power. Each fission of uranium-235 releases about 200 MeV, and "
      "the molar mass of uranium-235 is 235.04 g/mol. What mass of uranium-235 is fissioned per day of full-power "
      "operation?",
      {"thermal power": "150 MW", "energy per fission": "200 MeV", "molar mass of uranium-235": "235.04 g/mol"},
      "mass of uranium-235 fissioned per day", "g", mday, laws=2,
      solution=f"fissions/s = P/(200 MeV) = {rate:.4e}; per day {rate*86400:.4e}; mass = {mday:.2f} g",
      assumptions=[]))

# N5 observatory: binding energy of He-4
mH, mN_, mHe = 1.007825, 1.008665, 4.002603
dm = 2 * mH + 2 * mN_ - mHe
BE = dm * u_MeV
add(Q(F,
      "An exhibit at the observatory explains how the Sun shines by building helium-4 from hydrogen. Using atomic masses "
      "1.007825 u for hydrogen-1, 1.008665 u for the neutron and 4.002603 u for helium-4, find the total binding energy "
      "of the helium-4 nucleus.",
      {"atomic mass of hydrogen-1": "1.007825 u", "mass of the neutron": "1.008665 u",
       "atomic mass of helium-4": "4.002603 u"},
      "binding energy of helium-4", "MeV", BE, laws=1,
      solution=f"dm = 2(1.007825) + 2(1.008665) - 4.002603 = {dm:.6f} u; BE = dm * 931.494 MeV = {BE:.3f} MeV",
      assumptions=["1 u = 931.494 MeV/c^2", "electron binding energies neglected"]))

# N6 greenhouse: carbon dating of old beam
A_now, A_live, th = 0.210, 0.255, 5730.0
age = th / ln2 * math.log(A_live / A_now)
add(Q(F,
      "While restoring an old Victorian greenhouse, builders find a wooden beam whose carbon has a carbon-14 activity of "
      "0.210 Bq per gram, compared with 0.255 Bq per gram in living wood. Taking the half-life of carbon-14 as 5730 "
      "years, how old is the wood?",
      {"activity of the beam's carbon": "0.210 Bq/g", "activity of living carbon": "0.255 Bq/g",
       "half-life of carbon-14": "5730 year"},
      "age of the wood", "year", age, laws=1,
      solution=f"t = (T/ln2) ln(A0/A) = {th/ln2:.1f} * ln(0.255/0.210) = {age:.0f} years",
      assumptions=["constant atmospheric carbon-14 level"]))

# N7 ski resort: Co-60 source activity after 10 years
A0, th, t = 3.7, 5.271, 10.0
A = A0 * 2 ** (-t / th)
add(Q(F,
      "A ski resort measures the water content of its snowpack with a gauge using a cobalt-60 source. The source had an "
      "activity of 3.7 GBq when installed; cobalt-60 has a half-life of 5.271 years. What is its activity 10 years "
      "later?",
      {"initial activity": "3.7 GBq", "half-life of cobalt-60": "5.271 year", "elapsed time": "10 year"},
      "activity after 10 years", "GBq", A, laws=1,
      solution=f"A = 3.7 * 2^(-10/5.271) = {A:.4f} GBq",
      assumptions=[]))

# N8 hospital: temperature rise from radiotherapy dose, distractor tumour mass
D, ct = 2.0, 3600.0
dT = D / ct
add(Q(F,
      "A 0.15 kg tumour receives a radiotherapy dose of 2.0 Gy in one session. If all of this absorbed energy became "
      "heat, by how much would the tumour's temperature rise? Take the specific heat of tissue as 3600 J/(kg·K).",
      {"mass of the tumour": "0.15 kg", "absorbed dose": "2.0 Gy", "specific heat of tissue": "3600 J/(kg*K)"},
      "temperature rise", "mK", dT * 1000, laws=2, irrelevant=["mass of the tumour"],
      solution=f"energy per kg = 2.0 J/kg; dT = D/c = 2.0/3600 = {dT:.4e} K = {dT*1000:.4f} mK (independent of mass)",
      assumptions=["no heat conduction away during the session"]))

# N9 library: alpha kinetic energy from radon decay
mRn, mPo, mHe4 = 222.017578, 218.008973, 4.002603
Qv = (mRn - mPo - mHe4) * u_MeV
Ka = Qv * mPo / (mPo + mHe4)
add(Q(F,
      "Radon-222 seeps into the basement archive of a library and alpha-decays to polonium-218. The atomic masses are "
      "222.017578 u (radon-222), 218.008973 u (polonium-218) and 4.002603 u (helium-4). If the radon nucleus is at rest, "
      "what kinetic energy does the emitted alpha particle carry?",
      {"atomic mass of radon-222": "222.017578 u", "atomic mass of polonium-218": "218.008973 u",
       "atomic mass of helium-4": "4.002603 u"},
      "kinetic energy of the alpha particle", "MeV", Ka, laws=2,
      solution=f"Q = dm c^2 = {Qv:.4f} MeV; momentum conservation: K_alpha = Q m_Po/(m_Po + m_alpha) = {Ka:.4f} MeV",
      assumptions=["1 u = 931.494 MeV/c^2", "non-relativistic sharing of Q"]))

# N10 wind farm: equivalent U-235 mass
P, cf, eta, Ef, M = 2.0e6, 0.35, 0.33, 200.0, 235.04
E = P * cf * 365 * 86400
Eth = E / eta
mU = Eth / (Ef * 1e6 * e) * M / NA  # g
add(Q(F,
      "A 2.0 MW wind turbine runs at an average of 35% of its rated power over a 365-day year. A nuclear plant converts "
      "fission heat into electricity with 33% efficiency, and each uranium-235 fission releases 200 MeV. What mass of "
      "uranium-235 would have to be fissioned to generate the same electrical energy as the turbine does in a year? "
      "(Molar mass of uranium-235: 235.04 g/mol.)",
      {"rated power of the turbine": "2.0 MW", "capacity factor": "35 percent", "length of the year": "365 day",
       "plant efficiency": "33 percent", "energy per fission": "200 MeV", "molar mass of uranium-235": "235.04 g/mol"},
      "mass of uranium-235", "g", mU, laws=2,
      solution=f"E_el = {E:.4e} J; E_th = E/0.33 = {Eth:.4e} J; fissions = {Eth/(Ef*1e6*e):.4e}; m = {mU:.1f} g",
      assumptions=[]))

# N11 radio station: activity of 1 ug radium
mg, th, M = 1.0e-6, 1600.0, 226.03
N = mg / M * NA
A = ln2 / (th * year) * N
add(Q(F,
      "An antique studio clock at the radio station has hands painted with radium. The paint contains 1.0 µg of "
      "radium-226 (half-life 1600 years, molar mass 226.03 g/mol). What is the activity of the radium?",
      {"mass of radium-226": "1.0 ug", "half-life of radium-226": "1600 year", "molar mass of radium-226": "226.03 g/mol"},
      "activity", "kBq", A / 1000, laws=2,
      solution=f"N = m N_A/M = {N:.4e}; lambda = ln2/T = {ln2/(th*year):.4e} 1/s; A = {A/1000:.2f} kBq",
      assumptions=["1 year = 365.25 days", "daughter activity not counted"]))

# N12 aquarium: activity of K-40 in potassium
mK, frac, th, MK = 400.0, 0.0117e-2, 1.248e9, 39.098
N = mK / MK * NA * frac
A = ln2 / (th * year) * N
add(Q(F,
      "The aquarium adds 0.40 kg of potassium (as salts) to a large seawater tank. Natural potassium contains 0.0117% "
      "potassium-40 by number of atoms, with a half-life of 1.248 × 10^9 years; the molar mass of natural potassium is "
      "39.098 g/mol. What is the activity of the potassium-40 added?",
      {"mass of potassium": "0.40 kg", "abundance of potassium-40": "0.0117 percent",
       "half-life of potassium-40": "1.248e9 year", "molar mass of potassium": "39.098 g/mol"},
      "activity of the potassium-40", "kBq", A / 1000, laws=2,
      solution=f"N(K-40) = (400/39.098) N_A * 1.17e-4 = {N:.4e}; A = ln2 N/T = {A/1000:.3f} kBq",
      assumptions=["1 year = 365.25 days"]))

# N13 hospital: not derivable (unknown isotope)
add(Q(F,
      "A research patient is given 3.7 GBq of an experimental radioactive tracer whose isotope the notes do not name. "
      "After how many hours will its activity have fallen to 100 MBq?",
      {"initial activity": "3.7 GBq", "target activity": "100 MBq"},
      "time to reach 100 MBq", "h", outcome="not derivable", laws=1,
      solution="t = T ln(A0/A)/ln2 requires the half-life, which is neither given nor identifiable from the isotope.",
      assumptions=[]))

# N14 fire station: ill-posed (decay data inconsistent with stated half-life)
add(Q(F,
      "A sealed source kept at the fire station for hazmat training is labelled with a half-life of 3.0 h. A technician "
      "measures its activity as 800 kBq and, exactly 2.0 h later, as 100 kBq. What will its activity be one hour after "
      "the second measurement?",
      {"stated half-life": "3.0 h", "first activity reading": "800 kBq", "second activity reading": "100 kBq",
       "time between readings": "2.0 h"},
      "activity one hour later", "kBq", outcome="ill-posed", laws=1,
      solution="A drop from 800 to 100 kBq is three half-lives, implying T = 40 min, not 3.0 h (which would give "
               "about 504 kBq after 2 h). The data contradict each other.",
      assumptions=["single-isotope source"]))

# N15 hospital: ambiguous 'lifetime'
A0, tau, t = 500.0, 6.0, 12.0
a_half = A0 * 2 ** (-t / tau)
a_mean = A0 * math.exp(-t / tau)
add(Q(F,
      "A diagnostic tracer given on the ward has an activity of 500 MBq at injection, and the datasheet says the isotope "
      "has a lifetime of 6.0 h. What is its activity 12 h after injection?",
      {"initial activity": "500 MBq", "lifetime of the isotope": "6.0 h", "elapsed time": "12 h"},
      "activity after 12 h", "MBq", outcome="ambiguous", laws=1,
      solution=f"If 'lifetime' means half-life, A = 500 * 2^(-2) = {a_half:.1f} MBq; if it means mean life tau, "
               f"A = 500 e^(-2) = {a_mean:.1f} MBq.",
      assumptions=["physical decay only"]))
