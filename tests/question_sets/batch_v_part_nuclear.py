from batch_v_common import *

F = "nuclear"
Qs = []
LN2 = math.log(2)

# N1 radon fraction remaining
fr = 0.5 ** (10 / 3.82)
Qs.append(Q(F,
    "Radon-222 (half-life 3.82 days) has collected in the cellar of a house in a mountain village. The cellar is then "
    "sealed so that no new radon can enter. What fraction of the radon atoms present at sealing remains after 10 days?",
    {"half-life of radon-222": "3.82 day", "elapsed time": "10 day"},
    "fraction of radon remaining", "dimensionless", fr, laws=1,
    solution=f"N/N0 = (1/2)^(10/3.82) = {f(fr)}.",
    assumptions=["no radon escapes or enters after sealing"]))

# N2 number of radon atoms
A = 80 * 50
N = A * 3.82 * day / LN2
Qs.append(Q(F,
    "The air in the cellar of a mountain chalet contains radon-222 at an activity concentration of 80 Bq per cubic "
    "metre. The cellar has a volume of 50 m^3, and radon-222 has a half-life of 3.82 days. How many radon-222 atoms are in "
    "the cellar air?",
    {"activity concentration of radon": "80 Bq/m^3", "volume of the cellar": "50 m^3",
     "half-life of radon-222": "3.82 day"},
    "number of radon atoms", "dimensionless", N, laws=1,
    solution=f"A = 80*50 = 4000 Bq; lambda = ln2/(3.82 d) = {f(LN2/(3.82*day))} 1/s; N = A/lambda = {f(N)}.",
    assumptions=[]))

# N3 pool reactor U-235 burn per day
rate = 2.0e6 / (200 * MeV)
mass_g = rate * day / NA * 235.04
Qs.append(Q(F,
    "A 'swimming-pool' research reactor, whose core sits at the bottom of a deep pool of water, operates at a thermal "
    "power of 2.0 MW. Each fission of uranium-235 releases about 200 MeV. How many grams of uranium-235 undergo fission "
    "per day? The molar mass of uranium-235 is 235.04 g/mol.",
    {"thermal power": "2.0 MW", "energy per fission": "200 MeV", "molar mass of uranium-235": "235.04 g/mol"},
    "mass of uranium-235 fissioned per day", "g", mass_g, laws=2,
    solution=f"Fission rate = 2.0e6/(200 MeV) = {f(rate)} per s; per day {f(rate*day)}; moles = {f(rate*day/NA)}; mass = {f(mass_g)} g.",
    assumptions=["all power from U-235 fission"]))

# N4 mass equivalent of data centre energy
mEq = 250e9 * 3600 / c**2
Qs.append(Q(F,
    "A large data centre consumes 250 GWh of electrical energy per year. What mass is equivalent to this amount of "
    "energy according to E = mc^2?",
    {"annual energy consumption": "250 GWh"},
    "equivalent mass", "g", mEq * 1000, laws=1,
    solution=f"E = 250e9*3600 = 9.0e14 J; m = E/c^2 = {f(mEq)} kg = {f(mEq*1000)} g.",
    assumptions=[]))

# N5 carbon dating of shipwreck timber
age = 5730 * math.log(1 / 0.70) / LN2
Qs.append(Q(F,
    "Divers working near a ferry route recover timber from an old shipwreck. Its carbon-14 activity per gram of carbon "
    "is 70% of that of living wood. Taking the half-life of carbon-14 as 5730 years, how old is the timber?",
    {"activity relative to living wood": "70 percent", "half-life of carbon-14": "5730 year"},
    "age of the timber", "year", age, laws=1,
    solution=f"t = T_half ln(A0/A)/ln2 = 5730*ln(1/0.70)/ln2 = {f(age)} years.",
    assumptions=["atmospheric C-14 level constant"]))

# N6 Ir-192 activity after 120 days
A1 = 1.5 * 0.5 ** (120 / 73.8)
Qs.append(Q(F,
    "A construction company inspects steel welds with an iridium-192 gamma source (half-life 73.8 days), which had an "
    "activity of 1.5 TBq when it was delivered. The source is used 0.50 m from the film. What is the activity of the "
    "source 120 days after delivery?",
    {"half-life of iridium-192": "73.8 day", "initial activity": "1.5 TBq", "source-to-film distance": "0.50 m",
     "time since delivery": "120 day"},
    "activity after 120 days", "TBq", A1, laws=1, irrelevant=["source-to-film distance"],
    solution=f"A = 1.5*(1/2)^(120/73.8) = {f(A1)} TBq.",
    assumptions=[]))

# N7 lead thickness via half-value layer
x = 4.8 * math.log2(100)
Qs.append(Q(F,
    "For the gamma rays from the iridium-192 weld-inspection source on a building site, the half-value layer of lead is "
    "4.8 mm. What thickness of lead is needed to reduce the gamma-ray intensity to 1.0% of its unshielded value?",
    {"half-value layer of lead": "4.8 mm", "transmitted fraction": "1.0 percent"},
    "required lead thickness", "mm", x, laws=1,
    solution=f"(1/2)^(x/4.8) = 0.010 -> x = 4.8 log2(100) = {f(x)} mm.",
    assumptions=["narrow-beam exponential attenuation (no build-up)"]))

# N8 Li-7 binding energy per nucleon
mH, mN, mLi = 1.00782503, 1.00866492, 7.0160034
BE = (3 * mH + 4 * mN - mLi) * u_MeV
Qs.append(Q(F,
    "The batteries of an electric bus store energy chemically in lithium. For comparison, find the nuclear binding "
    "energy per nucleon of lithium-7, given the atomic masses: lithium-7, 7.0160034 u; hydrogen-1, 1.00782503 u; "
    "neutron, 1.00866492 u.",
    {"atomic mass of lithium-7": "7.0160034 u", "atomic mass of hydrogen-1": "1.00782503 u",
     "mass of the neutron": "1.00866492 u"},
    "binding energy per nucleon", "MeV", BE / 7, laws=2,
    solution=f"Mass defect = 3*1.00782503 + 4*1.00866492 - 7.0160034 = {f(3*mH+4*mN-mLi,6)} u; BE = {f(BE)} MeV; per nucleon {f(BE/7)} MeV.",
    assumptions=["1 u = 931.494 MeV/c^2", "electron binding energies neglected"]))

# N9 Am-241 alpha kinetic energy
mAm, mNp, mHe = 241.0568293, 237.0481736, 4.00260325
Qv = (mAm - mNp - mHe) * u_MeV
Ka = Qv * mNp / (mNp + mHe)
Qs.append(Q(F,
    "The smoke detectors in a cinema contain americium-241, which decays by alpha emission to neptunium-237. The atomic "
    "masses are: americium-241, 241.0568293 u; neptunium-237, 237.0481736 u; helium-4, 4.00260325 u. If the parent "
    "nucleus is at rest, what is the kinetic energy of the emitted alpha particle?",
    {"atomic mass of americium-241": "241.0568293 u", "atomic mass of neptunium-237": "237.0481736 u",
     "atomic mass of helium-4": "4.00260325 u"},
    "kinetic energy of the alpha particle", "MeV", Ka, laws=2,
    solution=f"Q = (241.0568293 - 237.0481736 - 4.00260325) u c^2 = {f(Qv)} MeV. Momentum conservation: K_alpha = Q m_Np/(m_Np + m_alpha) = {f(Ka)} MeV.",
    assumptions=["non-relativistic recoil", "decay to the ground state"]))

# N10 tritium exit sign brightness
pct = 100 * 0.5 ** (10 / 12.3)
Qs.append(Q(F,
    "The glowing exit signs at the ice rink contain tritium gas, which has a half-life of 12.3 years; their brightness is "
    "proportional to the tritium activity. What percentage of its original brightness does a sign have after 10 years?",
    {"half-life of tritium": "12.3 year", "age of the sign": "10 year"},
    "remaining brightness as a percentage of the original", "percent", pct, laws=1,
    solution=f"(1/2)^(10/12.3) = {f(pct/100)} -> {f(pct)} %.",
    assumptions=["phosphor does not degrade"]))

# N11 Po-210 mass in antistatic brush
A = 500e-6 * Ci
lam = LN2 / (138 * day)
mass_ug = A / lam / NA * 210 * 1e6
Qs.append(Q(F,
    "Photographers use anti-static brushes containing polonium-210 to clean negatives. Polonium-210 has a half-life of "
    "138 days and a molar mass of 210 g/mol. A new brush has an activity of 500 microcuries. What mass of polonium-210 "
    "does it contain?",
    {"half-life of polonium-210": "138 day", "molar mass of polonium-210": "210 g/mol",
     "activity of the brush": "500 microcurie"},
    "mass of polonium-210", "microgram", mass_ug, laws=2,
    solution=f"A = 500e-6*3.7e10 = {f(A)} Bq; lambda = ln2/(138 d) = {f(lam)} 1/s; N = A/lambda = {f(A/lam)}; m = N M/N_A = {f(mass_ug)} micrograms.",
    assumptions=["1 Ci = 3.7e10 Bq"]))

# N13 D-T fusion reactions to charge bus battery
mD, mT, mHe4, mn_u = 2.01410178, 3.01604928, 4.00260325, 1.00866492
Qf = (mD + mT - mHe4 - mn_u) * u_MeV
Nr = 400 * kWh / (Qf * MeV)
Qs.append(Q(F,
    "Imagine a future fusion power station charging electric buses. How many deuterium-tritium fusion reactions "
    "(D + T -> He-4 + n) are needed to supply the energy to charge a 400 kWh bus battery, if all the released energy "
    "could be used? Atomic masses: deuterium, 2.01410178 u; tritium, 3.01604928 u; helium-4, 4.00260325 u; "
    "neutron, 1.00866492 u.",
    {"battery energy": "400 kWh", "atomic mass of deuterium": "2.01410178 u", "atomic mass of tritium": "3.01604928 u",
     "atomic mass of helium-4": "4.00260325 u", "mass of the neutron": "1.00866492 u"},
    "number of fusion reactions", "dimensionless", Nr, laws=2,
    solution=f"Q = (2.01410178 + 3.01604928 - 4.00260325 - 1.00866492) u c^2 = {f(Qf)} MeV = {f(Qf*MeV)} J; N = 1.44e9 J / that = {f(Nr)}.",
    assumptions=["1 u = 931.494 MeV/c^2", "100% conversion"]))

# --- non-value ---
Qs.append(Q(F,
    "A sealed radioactive check source used to test the dosimeters in a dentist's office has an activity of 20 kBq "
    "today. What will its activity be 30 days from now?",
    {"current activity": "20 kBq", "elapsed time": "30 day"},
    "activity after 30 days", "kBq", None, outcome="not derivable", laws=1,
    solution="The isotope and its half-life are not given, so the decay factor cannot be computed.",
    assumptions=[]))

Qs.append(Q(F,
    "At cruising altitude, a Geiger counter in a hot-air balloon basket registers 45 counts per minute. What is the "
    "radiation dose rate at that altitude, in microsieverts per hour?",
    {"count rate": "45 1/min"},
    "dose rate", "microsievert/h", None, outcome="not derivable", laws=1,
    solution="Converting a count rate to a dose rate needs the counter's calibration (efficiency, radiation type and energy); none is given.",
    assumptions=[]))

Qs.append(Q(F,
    "A water sample taken from a town's water tower is sealed in a lab container. Its tritium activity is measured as "
    "80 Bq/L, and five years later the same sealed sample reads 120 Bq/L. Nothing was added to it. What half-life of tritium "
    "do these two measurements imply?",
    {"initial activity concentration": "80 Bq/L", "later activity concentration": "120 Bq/L",
     "time between measurements": "5 year"},
    "half-life", "year", None, outcome="ill-posed", laws=1,
    solution="A sealed sample of a single radionuclide can only decay; its activity cannot rise from 80 to 120 Bq/L. The exponential law would give a negative half-life, so the data are inconsistent.",
    assumptions=["single radionuclide, no parent feeding it"]))
