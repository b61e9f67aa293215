from batch_y_common import *

F = "nuclear"
Qs = []

# 1 radon remaining fraction
T12, t = 3.82, 10.0
frac = 0.5 ** (t / T12)
Qs.append(Q(F,
    "A volcano observatory collects a soil-gas sample containing radon-222, whose half-life is 3.82 days. What percentage of the radon is still present 10 days later?",
    {"half-life of radon-222": "3.82 day", "elapsed time": "10 day"},
    "fraction remaining", "percent", frac * 100, laws=1,
    solution=f"N/N0 = (1/2)^(10/3.82) = {frac:.4f} = {frac*100:.1f}%.",
    assumptions=["sealed sample, no radon added"]))

# 2 carbon dating kiln charcoal
ratio, T12 = 0.62, 5730.0
age = T12 * math.log(1 / ratio) / math.log(2)
Qs.append(Q(F,
    "Charcoal from the firebox of an ancient pottery kiln has a carbon-14 activity per gram that is 0.62 times that of living wood. "
    "With a C-14 half-life of 5730 years, how old is the charcoal?",
    {"activity ratio": "0.62 dimensionless", "half-life of carbon-14": "5730 year"},
    "age of the charcoal", "year", age, laws=1,
    solution=f"t = T½ ln(1/0.62)/ln2 = {age:.0f} years.",
    assumptions=["constant atmospheric C-14 level"]))

# 3 iodine in milk (distractor: tank volume)
T12, A0, A1 = 8.02, 800.0, 100.0
t = T12 * math.log(A0 / A1) / math.log(2)
Qs.append(Q(F,
    "After a reactor accident, milk in a dairy farm's 5000 L bulk tank shows iodine-131 activity of 800 Bq/L. I-131 has a half-life of 8.02 days. "
    "How long must the milk be stored (e.g. as cheese) before its activity drops to 100 Bq/L?",
    {"volume of the tank": "5000 L", "initial activity concentration": "800 Bq/L", "half-life of iodine-131": "8.02 day",
     "target activity concentration": "100 Bq/L"},
    "storage time", "day", t, laws=1, irrelevant=["volume of the tank"],
    solution=f"800 → 100 is a factor 8 = 3 half-lives; t = 3 × 8.02 = {t:.2f} days.",
    assumptions=["I-131 is the only significant activity"]))

# 4 RTG power decline (distractor: fuel mass)
P0, T12, t = 250.0, 87.7, 20.0
P = P0 * 0.5 ** (t / T12)
Qs.append(Q(F,
    "A remote weather mast near an arctic research station is powered by a radioisotope generator containing 4.8 kg of plutonium-238 (half-life 87.7 years). "
    "It produces 250 W of heat today. If its heat output simply follows the radioactive decay, how much heat will it produce 20 years from now?",
    {"mass of plutonium-238": "4.8 kg", "half-life of plutonium-238": "87.7 year", "present heat output": "250 W",
     "elapsed time": "20 year"},
    "heat output after 20 years", "W", P, laws=1, irrelevant=["mass of plutonium-238"],
    solution=f"P = 250 × (1/2)^(20/87.7) = {P:.1f} W.",
    assumptions=["power proportional to activity"]))

# 5 tritium exit sign activity
m, M, T12 = 2.5e-3, 3.016, 12.32
N = m / M * N_A
lam = math.log(2) / (T12 * year)
A = lam * N
Qs.append(Q(F,
    "A self-luminous emergency exit sign in a railway tunnel contains 2.5 mg of tritium gas (molar mass 3.016 g/mol, half-life 12.32 years). "
    "What is the activity of the tritium, in GBq?",
    {"mass of tritium": "2.5 mg", "molar mass of tritium": "3.016 g/mol", "half-life of tritium": "12.32 year"},
    "activity", "GBq", A / 1e9, laws=2,
    solution=f"N = (2.5e-3/3.016) N_A = {N:.3e}; λ = ln2/T½ = {lam:.3e} 1/s; A = λN = {A/1e9:.0f} GBq.",
    assumptions=["1 year = 365.25 days"]))

# 6 uranium glass activity
mg, frac, M, T12 = 150.0, 0.02, 238.05, 4.468e9
N = mg * frac / M * N_A
lam = math.log(2) / (T12 * year)
A = lam * N
Qs.append(Q(F,
    "A glassblowing studio makes a 150 g bowl of uranium glass containing 2% uranium by mass. Treating all of it as uranium-238 (molar mass 238.05 g/mol, "
    "half-life 4.468 × 10^9 years) and ignoring decay products, what is the bowl's uranium activity, in kBq?",
    {"mass of the bowl": "150 g", "uranium mass fraction": "2 percent", "molar mass of uranium-238": "238.05 g/mol",
     "half-life of uranium-238": "4.468e9 year"},
    "activity", "kBq", A / 1000, laws=2,
    solution=f"m_U = 3 g; N = {N:.3e}; λ = {lam:.3e} 1/s; A = λN = {A/1000:.1f} kBq.",
    assumptions=["all uranium is U-238", "daughters ignored"]))

# 7 banana K-40 activity (distractor: banana mass)
mK, ab, MK, T12 = 0.42, 0.0117e-2, 39.10, 1.248e9
N40 = mK / MK * N_A * ab
lam = math.log(2) / (T12 * year)
A = lam * N40
Qs.append(Q(F,
    "A 150 g banana from the supermarket contains 0.42 g of potassium (molar mass 39.10 g/mol). 0.0117% of potassium atoms are potassium-40, "
    "which has a half-life of 1.248 × 10^9 years. What is the banana's K-40 activity?",
    {"mass of the banana": "150 g", "mass of potassium": "0.42 g", "molar mass of potassium": "39.10 g/mol",
     "isotopic abundance of K-40": "0.0117 percent", "half-life of K-40": "1.248e9 year"},
    "activity", "Bq", A, laws=2, irrelevant=["mass of the banana"],
    solution=f"N(K-40) = (0.42/39.10) N_A × 1.17e-4 = {N40:.3e}; λ = {lam:.3e} 1/s; A = {A:.1f} Bq.",
    assumptions=["abundance by number of atoms"]))

# 8 helium-4 binding energy
mH, mn_, mHe = 1.007825, 1.008665, 4.002602
BE = (2 * mH + 2 * mn_ - mHe) * u_MeV
Qs.append(Q(F,
    "Helium escaping from volcanic gases at a volcano observatory is mostly helium-4. Using atomic masses He-4 = 4.002602 u and H-1 = 1.007825 u and the neutron "
    "mass 1.008665 u, what is the total binding energy of a helium-4 nucleus, in MeV?",
    {"atomic mass of helium-4": "4.002602 u", "atomic mass of hydrogen-1": "1.007825 u", "mass of a neutron": "1.008665 u"},
    "binding energy", "MeV", BE, laws=2,
    solution=f"Δm = 2(1.007825) + 2(1.008665) − 4.002602 = {2*mH+2*mn_-mHe:.6f} u; BE = Δm × 931.494 MeV/u = {BE:.2f} MeV.",
    assumptions=["electron masses cancel using atomic masses"]))

# 9 concrete lining attenuation
x, hvl = 20.0, 4.8
frac = 0.5 ** (x / hvl)
Qs.append(Q(F,
    "A railway tunnel's concrete lining is 20 cm thick. For the gamma rays from radioactive minerals in the surrounding rock, the half-value layer of the concrete is "
    "4.8 cm. What percentage of the gamma rays striking the lining pass straight through it?",
    {"thickness of the lining": "20 cm", "half-value layer": "4.8 cm"},
    "transmitted fraction", "percent", frac * 100, laws=1,
    solution=f"I/I0 = (1/2)^(20/4.8) = {frac:.4f} = {frac*100:.2f}%.",
    assumptions=["narrow-beam exponential attenuation", "no build-up"]))

# 10 temperature rise from irradiation dose (distractor: mass)
D, cc = 10e3, 1500.0
dT = D / cc
Qs.append(Q(F,
    "A 5 kg sack of animal feed for a dairy farm is sterilised with gamma rays, receiving an absorbed dose of 10 kGy. The feed's specific heat is 1.5 kJ/(kg·K). "
    "If all the absorbed energy became heat, by how much would the feed's temperature rise?",
    {"mass of the feed": "5 kg", "absorbed dose": "10 kGy", "specific heat of the feed": "1.5 kJ/(kg*K)"},
    "temperature rise", "K", dT, laws=2, irrelevant=["mass of the feed"],
    solution=f"Dose = energy per kg = 10 kJ/kg; ΔT = D/c = 10000/1500 = {dT:.2f} K (independent of mass).",
    assumptions=["no heat loss"]))

# 11 uranium needed for a year of street lighting
P, eff, Ef, M = 2e6, 0.33, 200.0, 235.04
E_th = P * year / eff
n_f = E_th / (Ef * MeV)
mass = n_f / N_A * M / 1000
Qs.append(Q(F,
    "A town's street lighting uses a steady 2 MW of electricity. If this came from a nuclear plant with 33% overall efficiency, and each uranium-235 fission "
    "releases 200 MeV, what mass of U-235 (molar mass 235.04 g/mol) would be fissioned in 1 year?",
    {"electrical power": "2 MW", "plant efficiency": "33 percent", "energy per fission": "200 MeV",
     "molar mass of uranium-235": "235.04 g/mol", "time": "1 year"},
    "mass of U-235 fissioned", "kg", mass, laws=3,
    solution=f"Thermal energy = 2e6 × 3.156e7/0.33 = {E_th:.3e} J; fissions = {n_f:.3e}; mass = {mass:.2f} kg.",
    assumptions=["1 year = 365.25 days", "continuous operation"]))

# 12 inverse-square dose rate
D1, r1, r2 = 40.0, 0.5, 3.0
D2 = D1 * (r1 / r2) ** 2
Qs.append(Q(F,
    "A nuclear soil-moisture gauge used on a golf course's greens gives a dose rate of 40 µSv/h at 0.5 m. What is the dose rate 3 m from the gauge?",
    {"dose rate at the first distance": "40 uSv/hour", "first distance": "0.5 m", "second distance": "3 m"},
    "dose rate", "uSv/hour", D2, laws=1,
    solution=f"Inverse square: D2 = 40 × (0.5/3)^2 = {D2:.2f} µSv/h.",
    assumptions=["point source", "air attenuation negligible"]))

# 13 ND: no half-life
Qs.append(Q(F,
    "A sample of glaze clay from a pottery kiln contains an unidentified radioactive isotope and has an activity of 5000 Bq. What will its activity be 10 days later?",
    {"initial activity": "5000 Bq", "elapsed time": "10 day"},
    "activity after 10 days", "Bq", None, outcome="not derivable", laws=1,
    solution="A = A0 (1/2)^(t/T½) requires the half-life; the isotope is unidentified, so it cannot be found.",
    assumptions=[]))

# 14 ND: no amount of Sr-90
Qs.append(Q(F,
    "A particle counter in a wind-tunnel laboratory is checked with a strontium-90 source (half-life 28.8 years). What is the activity of the source?",
    {"half-life of strontium-90": "28.8 year"},
    "activity", "Bq", None, outcome="not derivable", laws=2,
    solution="A = λN needs the number of atoms (mass) of Sr-90 or a reference activity; none is given.",
    assumptions=[]))

# 15 ND: dose without flight duration
Qs.append(Q(F,
    "At 3000 m above a paragliding site the cosmic-ray dose rate is about 0.3 µSv/h. What total cosmic-ray dose does a pilot receive during her flight at that altitude?",
    {"altitude": "3000 m", "dose rate": "0.3 uSv/hour"},
    "total dose", "uSv", None, outcome="not derivable", laws=1,
    solution="Dose = dose rate × time, but the flight duration is not given and cannot be assumed.",
    assumptions=[]))

assert len(Qs) == 15
