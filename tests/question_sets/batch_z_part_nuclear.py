"""Batch z, field: nuclear (15 questions)."""
import math
from batch_z_common import Q, N_A, e, u_MeV, year, sig

F = "nuclear"
Qs = []
LN2 = math.log(2)

# N1 science museum - carbon dating
f1, T1 = 0.35, 5730.0
t1 = T1 * math.log(1 / f1) / LN2
Qs.append(Q(F,
    "A wooden bowl in the science museum's archaeology corner contains 35 % of the carbon-14 activity "
    "per gram found in living wood. The half-life of carbon-14 is 5730 years. How old is the bowl?",
    {"fraction of carbon-14 remaining": "35 percent", "half-life of carbon-14": "5730 year"},
    "age of the bowl", "year", t1, laws=1,
    solution=f"t = T ln(1/0.35)/ln 2 = {sig(t1)} years.",
    assumptions=["constant atmospheric C-14 level"]))

# N2 school chemistry lab - decay of a Co-60 source
A2, T2, t2 = 370.0, 5.27, 8.0
A2n = A2 * 2 ** (-t2 / T2)
Qs.append(Q(F,
    "The school chemistry lab bought a cobalt-60 check source 8.0 years ago with an activity of "
    "370 kBq. Cobalt-60 has a half-life of 5.27 years. What is its activity now?",
    {"time since purchase": "8.0 year", "initial activity": "370 kBq", "half-life of cobalt-60": "5.27 year"},
    "present activity", "kBq", A2n, laws=1,
    solution=f"A = A0 2^(-t/T) = 370*2^(-8.0/5.27) = {sig(A2n)} kBq.",
    assumptions=[]))

# N3 ambulance - Tc-99m decay; patient mass distractor
A3, T3, t3 = 740.0, 6.01, 6.5
A3n = A3 * 2 ** (-t3 / T3)
Qs.append(Q(F,
    "An ambulance transfers a 72 kg patient who was injected with 740 MBq of technetium-99m for a "
    "scan. Technetium-99m has a half-life of 6.01 h. What activity remains in the patient 6.5 h after "
    "the injection (ignoring biological excretion)?",
    {"mass of the patient": "72 kg", "injected activity": "740 MBq",
     "half-life of technetium-99m": "6.01 hour", "elapsed time": "6.5 hour"},
    "remaining activity", "MBq", A3n, laws=1,
    irrelevant=["mass of the patient"],
    solution=f"A = 740*2^(-6.5/6.01) = {sig(A3n)} MBq.",
    assumptions=["no biological elimination"]))

# N4 salt mine - K-40 activity of potash salt
m4, ab4, T4, M4 = 1000.0, 0.0117e-2, 1.248e9, 74.55
N40 = m4 / M4 * N_A * ab4
lam4 = LN2 / (T4 * year)
A4 = lam4 * N40 / 1000
Qs.append(Q(F,
    "A deep salt mine also produces potash (KCl, molar mass 74.55 g/mol). Natural potassium contains "
    "0.0117 % potassium-40 by number of atoms, and K-40 has a half-life of 1.248 × 10^9 years. What "
    "is the K-40 activity of 1.0 kg of pure KCl?",
    {"molar mass of KCl": "74.55 g/mol", "abundance of potassium-40": "0.0117 percent",
     "half-life of potassium-40": "1.248e9 year", "mass of KCl": "1.0 kg"},
    "activity of the sample", "kBq", A4, laws=2,
    solution=f"N(K) = 1000/74.55*N_A = {sig(m4/M4*N_A)}; N(K-40) = {sig(N40)}; lambda = ln2/T = "
             f"{sig(lam4)} 1/s; A = lambda N = {sig(A4)} kBq.",
    assumptions=["1 year = 365.25 d"]))

# N5 radio telescope - RTG power after 20 years
P5, T5, t5, eta5 = 4.4e3, 87.7, 20.0, 0.060
Pel5 = P5 * 2 ** (-t5 / T5) * eta5
Qs.append(Q(F,
    "A remote radio-telescope relay station is powered by a plutonium-238 radioisotope generator that "
    "produced 4.4 kW of heat when installed. Pu-238 has a half-life of 87.7 years, and the generator "
    "converts heat to electricity with 6.0 % efficiency. What electrical power does it supply 20 years "
    "after installation?",
    {"initial thermal power": "4.4 kW", "half-life of plutonium-238": "87.7 year",
     "conversion efficiency": "6.0 percent", "elapsed time": "20 year"},
    "electrical power after 20 years", "W", Pel5, laws=2,
    solution=f"P_th = 4400*2^(-20/87.7) = {sig(P5*2**(-t5/T5))} W; P_el = 0.060*P_th = {sig(Pel5)} W.",
    assumptions=["constant efficiency, thermocouple degradation ignored"]))

# N6 helicopter base - binding energy of helium-4
mH, mn, mHe = 1.007825, 1.008665, 4.002603
BE6 = (2 * mH + 2 * mn - mHe) * u_MeV
Qs.append(Q(F,
    "The helicopter base fills weather balloons with helium-4. Using atomic masses 1.007825 u for "
    "hydrogen-1, 1.008665 u for the neutron and 4.002603 u for helium-4, what is the total nuclear "
    "binding energy of a helium-4 nucleus?",
    {"atomic mass of hydrogen-1": "1.007825 u", "mass of the neutron": "1.008665 u",
     "atomic mass of helium-4": "4.002603 u"},
    "binding energy", "MeV", BE6, laws=1,
    solution=f"dm = 2(1.007825) + 2(1.008665) - 4.002603 = {2*mH+2*mn-mHe:.6f} u; BE = dm*931.494 MeV = {sig(BE6)} MeV.",
    assumptions=["electron binding energies neglected"]))

# N7 bridge inspection - Ir-192 radiography exposure time
T7, t7, x7 = 73.8, 120.0, 4.0
x7n = x7 * 2 ** (t7 / T7)
Qs.append(Q(F,
    "Bridge inspectors X-ray welds with an iridium-192 gamma source (half-life 73.8 days). With the "
    "fresh source a weld needed a 4.0 min exposure. What exposure time gives the same film dose "
    "120 days later, with the same geometry?",
    {"half-life of iridium-192": "73.8 day", "exposure time with fresh source": "4.0 min",
     "time elapsed": "120 day"},
    "required exposure time", "min", x7n, laws=2,
    solution=f"A/A0 = 2^(-120/73.8) = {sig(2**(-t7/T7))}; exposure ~ 1/A -> t = 4.0/{sig(2**(-t7/T7))} = {sig(x7n)} min.",
    assumptions=["dose proportional to activity times time"]))

# N8 glacier expedition - Cs-137 marker layer; depth distractor
T8, t8 = 30.08, 60.0
f8 = 2 ** (-t8 / T8) * 100
Qs.append(Q(F,
    "A glacier ice core shows a caesium-137 fallout layer at 18 m depth, laid down 60 years before the "
    "core was drilled. Cs-137 has a half-life of 30.08 years. What percentage of the originally "
    "deposited Cs-137 is still present in the layer?",
    {"depth of the layer": "18 m", "age of the layer": "60 year", "half-life of caesium-137": "30.08 year"},
    "fraction remaining", "percent", f8, laws=1,
    irrelevant=["depth of the layer"],
    solution=f"2^(-60/30.08) = {sig(f8)} %.",
    assumptions=["no migration of caesium in the ice"]))

# N9 pizzeria - fission energy vs natural gas
m9, M9, E9, q9 = 1.0, 235.0, 200.0, 55e6
Nf9 = m9 / M9 * N_A
Etot9 = Nf9 * E9 * 1e6 * e
gas9 = Etot9 / q9
Qs.append(Q(F,
    "The pizzeria's gas oven burns natural gas releasing 55 MJ/kg. Complete fission of uranium-235 "
    "(molar mass 235 g/mol) releases about 200 MeV per nucleus. What mass of natural gas releases the "
    "same energy as the fission of 1.0 g of U-235?",
    {"heat of combustion of natural gas": "55 MJ/kg", "molar mass of U-235": "235 g/mol",
     "energy per fission": "200 MeV", "mass of U-235": "1.0 g"},
    "equivalent mass of natural gas", "kg", gas9, laws=2,
    solution=f"N = 1/235*N_A = {sig(Nf9)} nuclei; E = N*200 MeV = {sig(Etot9)} J; m = E/55 MJ/kg = {sig(gas9)} kg.",
    assumptions=[]))

# N10 apple orchard - irradiation dose to photon count
D10, m10, Eg10 = 1.0e3, 20.0, 1.25
N10 = D10 * m10 / (Eg10 * 1e6 * e)
Qs.append(Q(F,
    "To extend shelf life, a 20 kg crate of orchard apples receives an absorbed gamma dose of 1.0 kGy "
    "from a cobalt-60 irradiator. If the gamma photons each deposit an average of 1.25 MeV, how many "
    "photons are absorbed by the crate?",
    {"mass of apples": "20 kg", "absorbed dose": "1.0 kGy", "energy per photon": "1.25 MeV"},
    "number of photons absorbed", "dimensionless", N10, laws=2,
    solution=f"E = D m = {sig(D10*m10)} J; N = E/(1.25 MeV) = {sig(N10)}.",
    assumptions=["uniform dose"]))

# N11 clock tower - radium dial; dial diameter distractor
T11, t11 = 1600.0, 100.0
f11 = 2 ** (-t11 / T11) * 100
Qs.append(Q(F,
    "The numerals on the clock tower's 3.5 m diameter dial were painted with radium-226 luminous paint "
    "100 years ago. Radium-226 has a half-life of 1600 years. What percentage of the original radium "
    "activity remains?",
    {"dial diameter": "3.5 m", "time since painting": "100 year", "half-life of radium-226": "1600 year"},
    "fraction of activity remaining", "percent", f11, laws=1,
    irrelevant=["dial diameter"],
    solution=f"2^(-100/1600) = {sig(f11)} %.",
    assumptions=["no paint lost"]))

# N12 diving pool - tritium dive watch
T12, t12 = 12.32, 10.0
f12 = 2 ** (-t12 / T12) * 100
Qs.append(Q(F,
    "A diving-pool lifeguard's dive watch uses tritium gas tubes for its glow. Tritium has a half-life "
    "of 12.32 years. After 10 years, what percentage of its original brightness remains, assuming "
    "brightness is proportional to activity?",
    {"half-life of tritium": "12.32 year", "age of the watch": "10 year"},
    "remaining brightness", "percent", f12, laws=1,
    solution=f"2^(-10/12.32) = {sig(f12)} %.",
    assumptions=["brightness proportional to activity"]))

# N13 elevator maintenance - not derivable: unknown isotope half-life
Qs.append(Q(F,
    "During elevator maintenance, a technician finds an old level gauge containing an unidentified "
    "radioactive source. Its activity today is 12 MBq. What was its activity 10 years ago?",
    {"present activity": "12 MBq", "time elapsed": "10 year"},
    "activity 10 years ago", "MBq", None, outcome="not derivable", laws=1,
    solution="The isotope, and hence its half-life, is unknown, so the activity cannot be extrapolated.",
    assumptions=[]))

# N14 rock festival - not derivable: reference distance missing
Qs.append(Q(F,
    "After the rock festival, a radiation officer finds a lost gamma source in a crate backstage and "
    "measures a dose rate of 4.0 µSv/h next to the crate. What dose rate would a person standing 10 m "
    "from the source receive?",
    {"measured dose rate": "4.0 uSv/h", "distance of the person": "10 m"},
    "dose rate at 10 m", "uSv/h", None, outcome="not derivable", laws=1,
    solution="Inverse-square scaling needs the distance of the first measurement from the source, "
             "which is not given.",
    assumptions=[]))

# N15 apple orchard - ill-posed: activity of a pure sample increases
Qs.append(Q(F,
    "A soil sample from the apple orchard contains caesium-137 as its only radioactive material (no "
    "parent isotope feeding it). Its measured activity rose from 800 Bq to 950 Bq over 3.0 years. "
    "What is the half-life of the isotope from these data?",
    {"initial activity": "800 Bq", "later activity": "950 Bq", "time between measurements": "3.0 year"},
    "half-life", "year", None, outcome="ill-posed", laws=1,
    solution=f"A pure decaying sample's activity can only fall; the formula gives T = 3 ln2/ln(800/950) = "
             f"{sig(3*LN2/math.log(800/950))} years, a negative half-life. The data are physically impossible.",
    assumptions=[]))
