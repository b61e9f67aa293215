from batch_w_common import *

F = "nuclear"
Qs = []

# 1 power station U-235 consumption: fission rate + molar mass
Pth, Ef, MU = 3000, 200, 235.04
rate = Pth * 1e6 / (Ef * 1e6 * eV)
mday = rate * 86400 / N_A * MU / 1000
Qs.append(Q(F,
    f"A nuclear power station's reactor produces {tx(Pth)} MW of thermal power. Each fission of uranium-235 releases about {tx(Ef)} MeV, and U-235 has a molar mass of {tx(MU)} g/mol. "
    f"What mass of U-235 is fissioned per day, in kg?",
    {"thermal power": gv(Pth, "MW"), "energy per fission": gv(Ef, "MeV"), "molar mass of U-235": gv(MU, "g/mol")},
    "mass of U-235 fissioned per day", "kg", mday, laws=2,
    solution=f"Fission rate = P/E_f = {rate:.4g} per s; per day {rate*86400:.4g} nuclei = {rate*86400/N_A:.4g} mol = {mday:.4g} kg."))

# 2 science fair smoke detector Am-241 (distractor detector size)
thalf, tyrs, dsize = 432.2, 50, 12
frac = 0.5**(tyrs / thalf) * 100
Qs.append(Q(F,
    f"A science fair display opens up a {tx(dsize)} cm smoke detector containing americium-241 (half-life {tx(thalf)} years). "
    f"What percentage of the original americium will still be present after {tx(tyrs)} years?",
    {"diameter of the smoke detector": gv(dsize, "cm"), "half-life of Am-241": gv(thalf, "year"), "elapsed time": gv(tyrs, "year")},
    "percentage remaining", "percent", frac, laws=1, irrelevant=["diameter of the smoke detector"],
    solution=f"N/N0 = (1/2)^(t/T) = {frac:.4g} %."))

# 3 vineyard cask carbon dating
ratio, t14 = 87, 5730
age = t14 * math.log(100 / ratio) / math.log(2)
Qs.append(Q(F,
    f"Wood from an old wine cask found in a vineyard cellar has a carbon-14 activity per gram that is {tx(ratio)}% of that in living wood. "
    f"Using a half-life of {tx(t14)} years, how old is the wood?",
    {"activity relative to living wood": gv(ratio, "percent"), "half-life of carbon-14": gv(t14, "year")},
    "age of the wood", "year", age, laws=1,
    solution=f"t = T ln(1/0.87)/ln 2 = {age:.4g} years."))

# 4 weather station radon atoms per m^3 (distractor room dimensions)
A4, t_rn, Lr, Wr = 200, 3.82, 4.0, 5.0
Nat = A4 * t_rn * 86400 / math.log(2)
Qs.append(Q(F,
    f"The basement of a weather station, {tx(Lr)} m by {tx(Wr)} m, has a radon-222 activity concentration of {tx(A4)} Bq per cubic metre of air. "
    f"Radon-222 has a half-life of {tx(t_rn)} days. How many radon atoms are there in each cubic metre of air?",
    {"length of the basement": gv(Lr, "m"), "width of the basement": gv(Wr, "m"),
     "radon activity concentration": gv(A4, "Bq/m^3"), "half-life of radon-222": gv(t_rn, "day")},
    "number of radon atoms per cubic metre", "1/m^3", Nat, laws=1, irrelevant=["length of the basement", "width of the basement"],
    solution=f"N = A/lambda = A T/ln 2 = {Nat:.4g} per m^3."))

# 5 blacksmith anvil Fe-56 binding energy per nucleon: mass defect + E = mc^2
M_Fe, m_H, m_nu, Z, Nn = 55.934936, 1.00782503, 1.00866492, 26, 30
dm = Z * m_H + Nn * m_nu - M_Fe
BEA = dm * u_c2_MeV / (Z + Nn)
Qs.append(Q(F,
    f"The iron of a blacksmith's anvil is mostly iron-56 (26 protons, 30 neutrons), whose atomic mass is {tx(M_Fe)} u. "
    f"Using {tx(m_H)} u for a hydrogen-1 atom and {tx(m_nu)} u for a neutron, what is the binding energy per nucleon of iron-56, in MeV?",
    {"atomic mass of iron-56": gv(M_Fe, "u"), "atomic mass of hydrogen-1": gv(m_H, "u"), "mass of a neutron": gv(m_nu, "u"),
     "number of protons": gv(Z, "dimensionless"), "number of neutrons": gv(Nn, "dimensionless")},
    "binding energy per nucleon", "MeV", BEA, laws=2,
    solution=f"Mass defect = 26 m_H + 30 m_n - M = {dm:.6g} u; BE = {dm*u_c2_MeV:.5g} MeV; per nucleon {BEA:.4g} MeV."))

# 6 brewery Cs-137 level gauge dose: energy absorbed + absorbed dose
Ng, Eg, mb = 3.0e9, 662, 70
Eabs = Ng * Eg * 1e3 * eV
D = Eabs / mb * 1e6
Qs.append(Q(F,
    f"During maintenance of a brewery's caesium-137 fill-level gauge, a {tx(mb)} kg worker absorbs {tx(Ng)} gamma photons of energy {tx(Eg)} keV. "
    f"What whole-body absorbed dose does this give, in micrograys?",
    {"mass of the worker": gv(mb, "kg"), "number of photons absorbed": gv(Ng, "dimensionless"), "energy of each photon": gv(Eg, "keV")},
    "absorbed dose", "uGy", D, laws=2,
    solution=f"E = N E_gamma = {Eabs:.4g} J; D = E/m = {D:.4g} uGy."))

# 7 rover RTG: decay + conversion efficiency (distractor fuel mass)
P0, tPu, yrs, effR, mPu = 2000, 87.7, 14, 6, 4.8
Pt = P0 * 0.5**(yrs / tPu)
Pel = Pt * effR / 100
Qs.append(Q(F,
    f"A planetary rover is powered by a radioisotope thermoelectric generator holding {tx(mPu)} kg of plutonium-238 (half-life {tx(tPu)} years). "
    f"At launch the fuel produces {tx(P0)} W of heat and the thermocouples convert {tx(effR)}% of the heat into electricity. What electrical power is available {tx(yrs)} years after launch?",
    {"mass of plutonium": gv(mPu, "kg"), "half-life of Pu-238": gv(tPu, "year"), "initial thermal power": gv(P0, "W"),
     "conversion efficiency": gv(effR, "percent"), "time since launch": gv(yrs, "year")},
    "electrical power", "W", Pel, laws=2, irrelevant=["mass of plutonium"],
    solution=f"Thermal power = {P0} x (1/2)^({yrs}/{tPu}) = {Pt:.4g} W; electrical = {effR}% of that = {Pel:.4g} W.",
    assumptions=["thermocouple efficiency constant"]))

# 8 lighthouse tritium sign beta-decay Q value
MH3, MHe3 = 3.01604928, 3.01602932
Qb = (MH3 - MHe3) * u_c2_MeV * 1000
Qs.append(Q(F,
    f"The emergency exit signs in a lighthouse glow using tritium, which beta-decays to helium-3. The atomic masses are {tx(MH3)} u for hydrogen-3 and {tx(MHe3)} u for helium-3. "
    f"What energy, in keV, is released in each decay?",
    {"atomic mass of hydrogen-3": gv(MH3, "u"), "atomic mass of helium-3": gv(MHe3, "u")},
    "energy released per decay", "keV", Qb, laws=1,
    solution=f"Q = (M(H-3) - M(He-3)) c^2 (atomic masses; electron masses cancel) = {Qb:.4g} keV."))

# 9 garden shed radium watch: activity -> atoms -> mass
A9, tRa, MRa = 20, 1600, 226.03
N9 = A9 * 1e3 * tRa * year / math.log(2)
m9 = N9 / N_A * MRa * 1e6
Qs.append(Q(F,
    f"An old luminous watch found in a garden shed has a radium-226 activity of {tx(A9)} kBq. Radium-226 has a half-life of {tx(tRa)} years and a molar mass of {tx(MRa)} g/mol. "
    f"What mass of radium does the dial contain, in micrograms?",
    {"activity of the radium": gv(A9, "kBq"), "half-life of radium-226": gv(tRa, "year"), "molar mass of radium-226": gv(MRa, "g/mol")},
    "mass of radium", "ug", m9, laws=2,
    solution=f"N = A T/ln 2 = {N9:.4g} atoms (1 year = 365.25 days); m = N M/N_A = {m9:.4g} ug."))

# 10 toy shop Po-210 antistatic brush: alpha KE from Q (momentum + energy)
Qa, Ad, Aa = 5.407, 206, 4
Ka = Qa * Ad / (Ad + Aa)
Qs.append(Q(F,
    f"A model-railway counter in the toy shop uses an antistatic brush containing polonium-210, which alpha-decays to lead-206 with a total energy release of {tx(Qa)} MeV. "
    f"Taking the nuclear masses as proportional to the mass numbers and the parent at rest, what kinetic energy does the alpha particle carry?",
    {"energy released in the decay": gv(Qa, "MeV"), "mass number of the daughter": gv(Ad, "dimensionless"), "mass number of the alpha particle": gv(Aa, "dimensionless")},
    "kinetic energy of the alpha particle", "MeV", Ka, laws=2,
    solution=f"Momentum conservation: equal and opposite momenta, so K_alpha = Q M_Pb/(M_Pb + M_alpha) = {Ka:.4g} MeV."))

# 11 power station lead shielding half-value layers
hvl, frac11 = 0.65, 5
x = hvl * math.log(100 / frac11) / math.log(2)
Qs.append(Q(F,
    f"At a power station, a lead shield must cut the intensity of a gamma beam to {tx(frac11)}% of its unshielded value. The half-value layer of lead for these gamma rays is {tx(hvl)} cm. "
    f"How thick must the shield be?",
    {"transmitted fraction": gv(frac11, "percent"), "half-value layer of lead": gv(hvl, "cm")},
    "shield thickness", "cm", x, laws=1,
    solution=f"I/I0 = (1/2)^(x/HVL) -> x = HVL log2(20) = {x:.4g} cm."))

# 12 science fair fusion Q-value
mD, mT, mHe, mn = 2.01410178, 3.01604928, 4.00260325, 1.00866492
Qf = (mD + mT - mHe - mn) * u_c2_MeV
Qs.append(Q(F,
    f"A school science fair poster on fusion energy describes the reaction deuterium + tritium -> helium-4 + neutron. Using atomic masses {tx(mD)} u (H-2), {tx(mT)} u (H-3), "
    f"{tx(mHe)} u (He-4) and {tx(mn)} u for the neutron, how much energy is released per reaction, in MeV?",
    {"mass of deuterium": gv(mD, "u"), "mass of tritium": gv(mT, "u"), "mass of helium-4": gv(mHe, "u"), "mass of a neutron": gv(mn, "u")},
    "energy released", "MeV", Qf, laws=1,
    solution=f"Q = (sum of initial masses - sum of final masses) c^2 = {Qf:.4g} MeV."))

# 13 ND tracer without half-life
A13, t13 = 400, 10
Qs.append(Q(F,
    f"A marathon runner's sports-medicine scan uses a radioactive tracer injected with an activity of {tx(A13)} MBq. What will its activity be {tx(t13)} hours later?",
    {"initial activity": gv(A13, "MBq"), "elapsed time": gv(t13, "hour")},
    "activity after the elapsed time", "MBq", None, outcome="not derivable",
    solution="The isotope (hence its half-life) is not specified, so the decay over 10 h cannot be computed."))

# 14 ND granite cladding without uranium content
mclad = 800
Qs.append(Q(F,
    f"A skyscraper is clad with {tx(mclad)} tonnes of granite, which contains traces of uranium-238. What is the total U-238 activity of the cladding?",
    {"mass of the granite cladding": gv(mclad, "tonne")},
    "total activity", "Bq", None, outcome="not derivable",
    solution="The uranium concentration in the granite is not given and varies widely between granites, so the activity cannot be found."))

# 15 IP inconsistent half-life data
T15, t15, A0, A1 = 6.0, 12, 800, 400
Qs.append(Q(F,
    f"At the regatta harbour's monitoring lab, a water sample contains an isotope with a half-life of {tx(T15)} h. Over {tx(t15)} h its activity falls from {tx(A0)} Bq to {tx(A1)} Bq. "
    f"What is the decay constant of the isotope?",
    {"half-life": gv(T15, "hour"), "elapsed time": gv(t15, "hour"), "initial activity": gv(A0, "Bq"), "final activity": gv(A1, "Bq")},
    "decay constant", "1/hour", None, outcome="ill-posed",
    solution="12 h is two half-lives, so the activity should fall to 200 Bq; a fall to 400 Bq implies a 12 h half-life. The givens contradict each other."))
