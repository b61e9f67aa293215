from batch_w_common import *

F = "thermodynamics"
Qs = []
c_w = 4186  # J/(kg K), specific heat of water, stated in texts

# 1 brewery wort heating: heat capacity + power/efficiency
V_L, T1, T2, P_kW, eff = 200, 18, 100, 30, 90
Qh = V_L * 1.0 * c_w * (T2 - T1)
t = Qh / (P_kW * 1000 * eff / 100)
Qs.append(Q(F,
    f"A small brewery heats {tx(V_L)} L of wort from {tx(T1)} degC to the boil at {tx(T2)} degC with a {tx(P_kW)} kW electric heater "
    f"that transfers {tx(eff)}% of its power into the liquid. Treat the wort as water (density 1 kg/L, specific heat {c_w} J/(kg K)). "
    f"How long does the heating take, in minutes?",
    {"volume of wort": gv(V_L, "L"), "initial temperature": gv(T1, "degC"), "boiling temperature": gv(T2, "degC"),
     "heater power": gv(P_kW, "kW"), "heater efficiency": gv(eff, "percent"),
     "density of the wort": gv(1, "kg/L"), "specific heat of the wort": gv(c_w, "J/(kg*K)")},
    "heating time", "minute", t / 60, laws=2,
    solution=f"Q = m c dT = {Qh:.5g} J; useful power = {P_kW*eff/100:.4g} kW; t = {t:.5g} s = {t/60:.4g} min.",
    assumptions=["no evaporation before the boil", "wort treated as water"]))

# 2 blacksmith quench: calorimetry
m_s, c_s, Ts, V_w, Tw = 1.2, 490, 850, 15, 20
m_w = V_w * 1.0
Tf = (m_s * c_s * Ts + m_w * c_w * Tw) / (m_s * c_s + m_w * c_w)
Qs.append(Q(F,
    f"A blacksmith quenches a {tx(m_s)} kg steel blade at {tx(Ts)} degC in a trough holding {tx(V_w)} L of water at {tx(Tw)} degC. "
    f"The specific heat of the steel is {tx(c_s)} J/(kg K) and of water {c_w} J/(kg K). Ignoring boiling and heat losses to the trough and air, "
    f"what is the final common temperature?",
    {"mass of the blade": gv(m_s, "kg"), "specific heat of steel": gv(c_s, "J/(kg*K)"), "initial temperature of the blade": gv(Ts, "degC"),
     "volume of water": gv(V_w, "L"), "initial temperature of the water": gv(Tw, "degC"),
     "specific heat of water": gv(c_w, "J/(kg*K)")},
    "final temperature", "degC", Tf, laws=1,
    solution=f"Heat lost by steel = heat gained by water: T_f = (m_s c_s T_s + m_w c_w T_w)/(m_s c_s + m_w c_w) = {Tf:.4g} degC.",
    assumptions=["1 L of water has mass 1 kg", "no boiling, no losses"]))

# 3 weather balloon combined gas law (distractor payload mass)
P1, T1c, V1, P2, T2c, m_pay = 1.0, 15, 5.0, 0.30, -40, 1.2
V2 = V1 * (P1 / P2) * ((T2c + T0) / (T1c + T0))
Qs.append(Q(F,
    f"A weather-station balloon carrying a {tx(m_pay)} kg radiosonde is filled with {tx(V1)} m^3 of helium at {tx(P1)} atm and {tx(T1c)} degC. "
    f"It rises to where the pressure is {tx(P2)} atm and the temperature is {tx(T2c)} degC. Assuming the envelope is slack (gas pressure equals outside pressure) and no helium escapes, "
    f"what is the helium volume there?",
    {"initial helium volume": gv(V1, "m^3"), "ground-level pressure": gv(P1, "atm"), "ground-level temperature": gv(T1c, "degC"),
     "pressure at altitude": gv(P2, "atm"), "temperature at altitude": gv(T2c, "degC"), "mass of the radiosonde": gv(m_pay, "kg")},
    "helium volume at altitude", "m^3", V2, laws=1, irrelevant=["mass of the radiosonde"],
    solution=f"V2 = V1 (P1/P2)(T2/T1) with kelvin temperatures = {V2:.4g} m^3.",
    assumptions=["ideal gas", "gas at ambient temperature and pressure"]))

# 4 garden shed window conduction (distractor floor dimensions)
Lw, Ww, th_mm, kg_, Tin, Tout, fl, fw = 1.2, 0.8, 4.0, 0.80, 18, -2, 2.5, 3.0
Pc = kg_ * Lw * Ww * (Tin - Tout) / (th_mm / 1000)
Qs.append(Q(F,
    f"A heated garden shed with a {tx(fl)} m by {tx(fw)} m floor has a single-glazed window {tx(Lw)} m by {tx(Ww)} m made of glass {tx(th_mm)} mm thick "
    f"(thermal conductivity {tx(kg_)} W/(m K)). If the inner glass surface is at {tx(Tin)} degC and the outer surface at {tx(Tout)} degC, "
    f"at what rate is heat conducted through the window?",
    {"length of the window": gv(Lw, "m"), "width of the window": gv(Ww, "m"), "thickness of the glass": gv(th_mm, "mm"),
     "thermal conductivity of glass": gv(kg_, "W/(m*K)"), "inner surface temperature": gv(Tin, "degC"),
     "outer surface temperature": gv(Tout, "degC"), "length of the shed floor": gv(fl, "m"), "width of the shed floor": gv(fw, "m")},
    "rate of heat conduction", "W", Pc, laws=1, irrelevant=["length of the shed floor", "width of the shed floor"],
    solution=f"P = k A dT / d = {kg_} x {Lw*Ww:.3g} x {Tin-Tout} / {th_mm/1000} = {Pc:.4g} W."))

# 5 power station Carnot efficiency
Th, Tc = 540, 30
eta_c = (1 - (Tc + T0) / (Th + T0)) * 100
Qs.append(Q(F,
    f"A coal-fired power station raises steam at {tx(Th)} degC and condenses it at {tx(Tc)} degC. "
    f"What is the maximum (Carnot) efficiency any heat engine could have between these temperatures, as a percentage?",
    {"steam temperature": gv(Th, "degC"), "condenser temperature": gv(Tc, "degC")},
    "Carnot efficiency", "percent", eta_c, laws=1,
    solution=f"eta = 1 - Tc/Th = 1 - {Tc+T0:.2f}/{Th+T0:.2f} = {eta_c:.4g} %."))

# 6 power station heat rejected: efficiency definition + first law
Pe, eta = 600, 38
Qc = Pe / (eta / 100) - Pe
Qs.append(Q(F,
    f"The same power station delivers {tx(Pe)} MW of electrical power with an overall efficiency of {tx(eta)}%. "
    f"At what rate is heat rejected to the cooling water and surroundings, in MW?",
    {"electrical output power": gv(Pe, "MW"), "overall efficiency": gv(eta, "percent")},
    "rate of heat rejection", "MW", Qc, laws=2,
    solution=f"Heat input = P/eta = {Pe/(eta/100):.4g} MW; energy conservation: rejected = input - output = {Qc:.4g} MW."))

# 7 vineyard frost protection: sensible + latent (distractor area)
m_spr, Tsp, Lf, area_ha = 2500, 10, 334000, 3
Qrel = m_spr * (c_w * Tsp + Lf)
Qs.append(Q(F,
    f"To protect a {tx(area_ha)} ha vineyard from frost, sprinklers spray {tx(m_spr)} kg of water at {tx(Tsp)} degC onto the vines, where it cools to 0 degC and freezes completely. "
    f"Using c = {c_w} J/(kg K) for water and a latent heat of fusion of {tx(Lf)} J/kg, how much heat is released to the vines, in MJ?",
    {"mass of sprayed water": gv(m_spr, "kg"), "temperature of the sprayed water": gv(Tsp, "degC"),
     "specific heat of water": gv(c_w, "J/(kg*K)"), "latent heat of fusion of water": gv(Lf, "J/kg"),
     "area of the vineyard": gv(area_ha, "hectare")},
    "heat released", "MJ", Qrel / 1e6, laws=2, irrelevant=["area of the vineyard"],
    solution=f"Q = m c (10 K) + m L_f = {m_spr*c_w*Tsp:.4g} J + {m_spr*Lf:.4g} J = {Qrel/1e6:.4g} MJ."))

# 8 brewery fermenter headspace CO2: ideal gas + molar mass
Vh, Tk_c, p_bar, M = 0.40, 20, 1.8, 44.01
n = p_bar * 1e5 * Vh / (R * (Tk_c + T0))
mco2 = n * M / 1000
Qs.append(Q(F,
    f"The sealed headspace of a brewery fermenter has a volume of {tx(Vh)} m^3 and is filled with carbon dioxide at {tx(p_bar)} bar (absolute) and {tx(Tk_c)} degC. "
    f"Treating CO2 as an ideal gas with molar mass {tx(M)} g/mol, what mass of CO2 is in the headspace?",
    {"headspace volume": gv(Vh, "m^3"), "absolute pressure of the CO2": gv(p_bar, "bar"),
     "temperature of the CO2": gv(Tk_c, "degC"), "molar mass of CO2": gv(M, "g/mol")},
    "mass of CO2", "kg", mco2, laws=1,
    solution=f"n = pV/(RT) = {n:.4g} mol; m = n M = {mco2:.4g} kg."))

# 9 rover radiator Stefan-Boltzmann
A_r, em, Tr = 0.50, 0.90, 300
Prad = em * sigma * A_r * Tr**4
Qs.append(Q(F,
    f"A planetary rover dumps waste heat through a radiator panel of area {tx(A_r)} m^2 and emissivity {tx(em)} held at {tx(Tr)} K. "
    f"Ignoring any radiation absorbed from the surroundings, what power does the panel radiate?",
    {"radiator area": gv(A_r, "m^2"), "emissivity of the radiator": gv(em, "dimensionless"), "radiator temperature": gv(Tr, "K")},
    "radiated power", "W", Prad, laws=1,
    solution=f"P = e sigma A T^4 = {Prad:.4g} W."))

# 10 tram rail thermal expansion
L_rail, alpha, Tlo, Thi = 25, 12e-6, -10, 40
dL = L_rail * alpha * (Thi - Tlo) * 1000
Qs.append(Q(F,
    f"A steel tram rail is {tx(L_rail)} m long at {tx(Tlo)} degC. Steel's linear expansion coefficient is {tx(alpha)} per K. "
    f"By how many millimetres does the rail lengthen on a summer day when it reaches {tx(Thi)} degC, if it is free to expand?",
    {"length of the rail": gv(L_rail, "m"), "coefficient of linear expansion": gv(alpha, "1/K"),
     "winter temperature": gv(Tlo, "degC"), "summer temperature": gv(Thi, "degC")},
    "increase in length", "mm", dL, laws=1,
    solution=f"dL = alpha L dT = {alpha} x {L_rail} x {Thi-Tlo} = {dL:.4g} mm."))

# 11 lighthouse ice: entropy of warming + melting
m_ice, Ti, c_ice, Lf2 = 3.0, -10, 2100, 334000
dS = m_ice * c_ice * math.log(T0 / (Ti + T0)) + m_ice * Lf2 / T0
Qs.append(Q(F,
    f"The lighthouse keeper brings {tx(m_ice)} kg of ice at {tx(Ti)} degC indoors, where it warms to 0 degC and then melts completely. "
    f"Take the specific heat of ice as {tx(c_ice)} J/(kg K) and its latent heat of fusion as {tx(Lf2)} J/kg. What is the entropy change of the ice (until it has just melted)?",
    {"mass of the ice": gv(m_ice, "kg"), "initial temperature of the ice": gv(Ti, "degC"),
     "specific heat of ice": gv(c_ice, "J/(kg*K)"), "latent heat of fusion": gv(Lf2, "J/kg")},
    "entropy change of the ice", "J/K", dS, laws=2,
    solution=f"dS = m c ln(273.15/263.15) + m L/273.15 = {m_ice*c_ice*math.log(T0/(Ti+T0)):.4g} + {m_ice*Lf2/T0:.5g} = {dS:.5g} J/K."))

# 12 toy pop-gun adiabatic compression
V1c, V2c, p1, gam = 30, 12, 1.0, 1.4
p2 = p1 * atm * (V1c / V2c)**gam / 1000
Qs.append(Q(F,
    f"In a toy pop-gun the plunger quickly compresses {tx(V1c)} cm^3 of air, initially at {tx(p1)} atm, to {tx(V2c)} cm^3 before the cork pops. "
    f"Treating the compression as adiabatic for an ideal gas with gamma = {tx(gam)}, what is the air pressure just before the cork leaves, in kPa?",
    {"initial air volume": gv(V1c, "cm^3"), "final air volume": gv(V2c, "cm^3"),
     "initial air pressure": gv(p1, "atm"), "ratio of heat capacities": gv(gam, "dimensionless")},
    "final air pressure", "kPa", p2, laws=1,
    solution=f"p2 = p1 (V1/V2)^gamma = 101.325 kPa x {(V1c/V2c)**gam:.4g} = {p2:.4g} kPa."))

# 13 ND marathon sweating: missing metabolic heat rate
m_r, T_body, Lv, hrs = 60, 37, 2.42e6, 3
Qs.append(Q(F,
    f"A {tx(m_r)} kg marathon runner keeps her body at {tx(T_body)} degC for the whole {tx(hrs)} h race by evaporating sweat, "
    f"whose latent heat of vaporisation is {tx(Lv)} J/kg. What mass of sweat must evaporate during the race?",
    {"mass of the runner": gv(m_r, "kg"), "body temperature": gv(T_body, "degC"),
     "latent heat of vaporisation of sweat": gv(Lv, "J/kg"), "duration of the race": gv(hrs, "hour")},
    "mass of sweat evaporated", "kg", None, outcome="not derivable",
    solution="The rate at which the body produces heat (metabolic power, or the heat to be removed) is not given, so the evaporated mass cannot be found."))

# 14 IP engine exceeding Carnot
Th2, Tc2, eta_claim, Pout2 = 500, 25, 70, 400
eta_max = 1 - (Tc2 + T0) / (Th2 + T0)
Qs.append(Q(F,
    f"An inventor claims that a new turbine at the power station, running between {tx(Th2)} degC and {tx(Tc2)} degC, converts heat to work with {tx(eta_claim)}% efficiency. "
    f"At an output of {tx(Pout2)} MW, how much heat does it reject each second?",
    {"hot reservoir temperature": gv(Th2, "degC"), "cold reservoir temperature": gv(Tc2, "degC"),
     "claimed efficiency": gv(eta_claim, "percent"), "output power": gv(Pout2, "MW")},
    "rate of heat rejection", "MW", None, outcome="ill-posed",
    solution=f"The Carnot limit between these temperatures is {eta_max*100:.3g} %, so a {eta_claim}% efficiency violates the second law; the situation is impossible."))

# 15 AM percentage temperature rise (Celsius vs kelvin)
Ta, Tb = 10, 20
pc_C = (Tb - Ta) / Ta * 100
pc_K = (Tb - Ta) / (Ta + T0) * 100
Qs.append(Q(F,
    f"Between dawn and noon the thermometer at the weather station rose from {tx(Ta)} degC to {tx(Tb)} degC. By what percentage did the temperature increase?",
    {"dawn temperature": gv(Ta, "degC"), "noon temperature": gv(Tb, "degC")},
    "percentage increase in temperature", "percent", None, outcome="ambiguous",
    solution=f"Using the Celsius numbers the rise is {pc_C:.3g} %; using absolute (kelvin) temperature it is {pc_K:.3g} %. The question does not say which scale."))
