from batch_x_common import *

F = "nuclear"
Qs = []

# 1 cold storage / irradiation - Co-60 decay
gv = {"initial activity": "370 GBq", "half-life of cobalt-60": "5.27 year", "elapsed time": "8 year"}
A0, th, t = vals(gv)
A = A0 * 2 ** (-t / th)
Qs.append(Q(F,
    "A food-irradiation cell next to a cold-storage warehouse used a cobalt-60 source of activity 370 GBq when it was installed. Cobalt-60 has a half-life of 5.27 years. What is the source's activity 8 years later?",
    gv, "activity after 8 years", "GBq", A, laws=1,
    solution=f"A = A0 2^(-t/T) = 370 x 2^(-8/5.27) = {A:.1f} GBq.",
    assumptions=[]))

# 2 oil rig - mass of Cs-137 in logging source
gv = {"activity of the source": "2.0 Ci", "half-life of caesium-137": "30.17 year",
      "molar mass of caesium-137": "136.907 g/mol"}
ACi, th, M = vals(gv)
A = ACi * Ci
lam = math.log(2) / (th * year)
N = A / lam
mass = N / N_A * M
Qs.append(Q(F,
    "An oil rig's well-logging tool contains a caesium-137 source of activity 2.0 Ci. Cs-137 has a half-life of 30.17 years and molar mass 136.907 g/mol. What mass of Cs-137 is in the source?",
    gv, "mass of caesium-137", "mg", mass * 1000, laws=2,
    solution=f"A = 7.4e10 Bq; lambda = ln2/T = {lam:.4e} s^-1; N = A/lambda = {N:.4e}; m = N M/N_A = {mass*1000:.2f} mg.",
    assumptions=["1 Ci = 3.7e10 Bq", "1 year = 365.25 days"]))

# 3 cold storage - temperature rise from irradiation dose (distractor: pallet mass)
gv = {"absorbed dose": "4 kGy", "specific heat of frozen meat": "1.8 kJ/(kg*K)", "mass of the pallet": "800 kg"}
D, cm, m = vals(gv)
dT = D * 1000 / (cm * 1000)
Qs.append(Q(F,
    "An 800 kg pallet of frozen meat from a cold-storage warehouse receives a uniform radiation dose of 4 kGy for sterilisation. Frozen meat has specific heat 1.8 kJ/(kg K). If all absorbed energy becomes heat, by how much does the meat's temperature rise?",
    gv, "temperature rise of the meat", "K", dT, laws=2,
    irrelevant=["mass of the pallet"],
    solution=f"Dose = energy per kg = 4000 J/kg; Delta T = D/c = {dT:.3f} K (independent of the mass).",
    assumptions=["no heat loss, no phase change"]))

# 4 particle accelerator - binding energy of He-4
gv = {"mass of a hydrogen-1 atom": "1.007825 Da", "mass of a neutron": "1.008665 Da",
      "mass of a helium-4 atom": "4.002603 Da"}
mH, mn, mHe = vals(gv)
dm = 2 * mH + 2 * mn - mHe
BE = dm * u_MeV
Qs.append(Q(F,
    "A nuclear physics class in the accelerator lab computes the binding energy of helium-4. Atomic masses: hydrogen-1 1.007825 u, neutron 1.008665 u, helium-4 4.002603 u. What is the total binding energy of the helium-4 nucleus?",
    gv, "binding energy of helium-4", "MeV", BE, laws=2,
    solution=f"Mass defect = 2(1.007825) + 2(1.008665) - 4.002603 = {dm:.6f} u; BE = {dm:.6f} x 931.494 = {BE:.2f} MeV.",
    assumptions=["1 u = 931.494 MeV/c^2", "electron binding energies negligible"]))

# 5 cruise ship - U-235 consumption (hypothetical nuclear propulsion)
gv = {"propulsion power": "50 MW", "energy released per fission": "200 MeV",
      "efficiency of the plant": "33 percent", "molar mass of uranium-235": "235 g/mol", "time": "24 h"}
P, Ef, eta, M, th = vals(gv)
Eday = P * 1e6 * th * 3600 / (eta / 100)
Nf = Eday / (Ef * 1e6 * e)
mass = Nf / N_A * M
Qs.append(Q(F,
    "Imagine a cruise ship powered like a nuclear icebreaker: its reactor plant converts fission heat to 50 MW of propulsion power with 33% efficiency. Each U-235 fission releases 200 MeV, and U-235 has molar mass 235 g/mol. What mass of U-235 is fissioned in 24 h of full-power sailing?",
    gv, "mass of U-235 fissioned", "g", mass, laws=3,
    solution=f"Thermal energy = 50 MW x 86400 s / 0.33 = {Eday:.4g} J; fissions = E/(200 MeV) = {Nf:.4g}; mass = {mass:.1f} g.",
    assumptions=["all thermal energy from U-235 fission"]))

# 6 scuba - radiocarbon dating of shipwreck timber (distractor: depth)
gv = {"remaining carbon-14 activity relative to living wood": "62 percent",
      "half-life of carbon-14": "5730 year", "depth of the wreck": "35 m"}
frac, th, d = vals(gv)
t = th * math.log(1 / (frac / 100)) / math.log(2)
Qs.append(Q(F,
    "Scuba divers recover a wooden timber from a wreck lying at 35 m depth. Its carbon-14 activity per gram of carbon is 62% of that of living wood. Taking the C-14 half-life as 5730 years, how old is the timber?",
    gv, "age of the timber", "year", t, laws=1,
    irrelevant=["depth of the wreck"],
    solution=f"t = T log2(1/0.62) = {t:.0f} years.",
    assumptions=["constant atmospheric C-14 in the past"]))

# 7 particle accelerator - D-T neutron energy
gv = {"Q-value of the reaction": "17.59 MeV", "mass of the helium-4 nucleus": "4.0026 Da",
      "mass of the neutron": "1.0087 Da"}
Qv, mHe, mn = vals(gv)
Kn = Qv * mHe / (mHe + mn)
Qs.append(Q(F,
    "A neutron generator in the accelerator lab uses the deuterium-tritium reaction D + T -> He-4 + n, which releases 17.59 MeV. Taking the helium-4 mass as 4.0026 u and the neutron mass as 1.0087 u, and assuming the reactants are essentially at rest, what kinetic energy does the neutron carry away?",
    gv, "kinetic energy of the neutron", "MeV", Kn, laws=2,
    solution=f"Momentum conservation: equal and opposite momenta, so K is shared inversely to mass: K_n = Q m_He/(m_He + m_n) = {Kn:.2f} MeV.",
    assumptions=["non-relativistic products", "reactants at rest"]))

# 8 textile mill - beta gauge transmission
gv = {"areal density of the fabric": "250 g/m**2", "mass attenuation coefficient": "0.9 m**2/kg"}
rho_a, mu_m = vals(gv)
T = math.exp(-mu_m * rho_a / 1000)
Qs.append(Q(F,
    "A textile mill monitors cloth weight with a beta-ray thickness gauge. For this beta source the fabric has a mass attenuation coefficient of 0.9 m^2/kg. What fraction of the beta particles pass through cloth with areal density 250 g/m^2?",
    gv, "fraction transmitted", "dimensionless", T, laws=1,
    solution=f"I/I0 = exp(-mu_m rho_A) = exp(-0.9 x 0.25) = {T:.4f}.",
    assumptions=["exponential attenuation"]))

# 9 beekeeping - equivalent dose with weighting factors
gv = {"absorbed dose from beta particles": "0.15 mGy", "absorbed dose from alpha particles": "0.02 mGy",
      "radiation weighting factor for beta": "1 dimensionless", "radiation weighting factor for alpha": "20 dimensionless"}
Db, Da, wb, wa = vals(gv)
H = Db * wb + Da * wa
Qs.append(Q(F,
    "A researcher studying radon accumulation in beehives receives, to the skin of her hands, an absorbed dose of 0.15 mGy from beta particles (weighting factor 1) and 0.02 mGy from alpha particles (weighting factor 20). What is the total equivalent dose to her hands?",
    gv, "equivalent dose", "mSv", H, laws=1,
    solution=f"H = sum w_R D_R = 0.15 x 1 + 0.02 x 20 = {H:.2f} mSv.",
    assumptions=[]))

# 10 cable car - annual cosmic dose (distractor: altitude)
gv = {"dose rate at the summit": "0.25 uSv/h", "hours worked per year": "1800 h",
      "altitude of the summit": "3000 m"}
rate, hrs, alt = vals(gv)
Dy = rate * hrs / 1000
Qs.append(Q(F,
    "The operator of a cable car's summit station at 3000 m altitude works 1800 h per year there, where the cosmic-ray dose rate is 0.25 uSv/h. What annual dose does she receive at work, in mSv?",
    gv, "annual dose at work", "mSv", Dy, laws=1,
    irrelevant=["altitude of the summit"],
    solution=f"Dose = rate x time = 0.25 x 1800 = {rate*hrs:.0f} uSv = {Dy:.2f} mSv.",
    assumptions=["constant dose rate"]))

# 11 opera house - Q-value of Th-232 alpha decay
gv = {"mass of a thorium-232 atom": "232.038055 Da", "mass of a radium-228 atom": "228.031070 Da",
      "mass of a helium-4 atom": "4.002603 Da"}
mTh, mRa, mHe = vals(gv)
Qv = (mTh - mRa - mHe) * u_MeV
Qs.append(Q(F,
    "Old gas mantles found in the opera house's storeroom contain thorium-232, which alpha-decays to radium-228. Atomic masses: Th-232 232.038055 u, Ra-228 228.031070 u, He-4 4.002603 u. What energy (Q-value) is released per decay?",
    gv, "Q-value of the decay", "MeV", Qv, laws=2,
    solution=f"Delta m = 232.038055 - 228.031070 - 4.002603 = {mTh-mRa-mHe:.6f} u; Q = Delta m x 931.494 = {Qv:.3f} MeV.",
    assumptions=["atomic masses (electrons balance)"]))

# 12 archery - tritium sign brightness
gv = {"half-life of tritium": "12.32 year", "elapsed time": "7 year"}
th, t = vals(gv)
frac = 2 ** (-t / th) * 100
Qs.append(Q(F,
    "The indoor archery range has a self-luminous exit sign powered by tritium gas, whose half-life is 12.32 years. If the brightness is proportional to the tritium activity, what percentage of its original brightness does the sign have after 7 years?",
    gv, "remaining brightness", "percent", frac, laws=1,
    solution=f"Fraction = 2^(-7/12.32) = {frac/100:.4f}, i.e. {frac:.1f}%.",
    assumptions=["phosphor does not degrade"]))

# 13 oil rig - not derivable (isotope unknown)
gv = {"activity on arrival": "4.2 GBq", "elapsed time": "3 year"}
Qs.append(Q(F,
    "A sealed radioactive source delivered to an oil rig measured 4.2 GBq on arrival. The label with the isotope name has worn off. What is its activity 3 years later?",
    gv, "activity after 3 years", "GBq", None, outcome="not derivable", laws=1,
    solution="A = A0 2^(-t/T) needs the half-life, which depends on the unknown isotope; the activity cannot be determined.",
    assumptions=[]))

# 14 particle accelerator - not derivable (attenuation coefficient missing)
gv = {"required transmitted fraction": "1 percent"}
Qs.append(Q(F,
    "A concrete shielding wall in the accelerator lab must reduce the intensity of gamma rays from a target to 1% of the incident value. How thick must the wall be?",
    gv, "required wall thickness", "cm", None, outcome="not derivable", laws=1,
    solution="x = ln(100)/mu, but neither the gamma energy nor the attenuation coefficient (or half-value layer) of the concrete is given, so the thickness cannot be found.",
    assumptions=[]))

# 15 scuba - ambiguous ('lifetime' = half-life or mean life)
gv = {"lifetime of the radon isotope": "3.8 day", "elapsed time": "10 day"}
tl, t = vals(gv)
f_half = 2 ** (-t / tl)
f_mean = math.exp(-t / tl)
Qs.append(Q(F,
    "Cave divers collect a water sample in a flooded cave to measure dissolved radon; the radon isotope has a lifetime of 3.8 days. The sample is analysed 10 days later. What fraction of the original radon remains?",
    gv, "fraction of radon remaining", "dimensionless", None, outcome="ambiguous", laws=1,
    solution=f"If 'lifetime' means half-life: 2^(-10/3.8) = {f_half:.4f}. If it means mean life tau: e^(-10/3.8) = {f_mean:.4f}.",
    assumptions=["sealed sample, no radon escapes"]))
