from batch_v_common import *

F = "thermodynamics"
Qs = []
M_air = 0.02897

# T1 pool heating with heat pump
V = 25 * 10 * 2.0
Qh = V * 1000 * 4186 * (26 - 18)
Wel = Qh / 4.0
Qs.append(Q(F,
    "An outdoor swimming pool measuring 25 m by 10 m with a uniform depth of 2.0 m is heated from 18 degC to 26 degC "
    "by a heat pump with a coefficient of performance of 4.0. Neglecting heat losses, how much electrical energy does "
    "the heat pump use? Take the density of water as 1000 kg/m^3 and its specific heat as 4186 J/(kg K).",
    {"length of the pool": "25 m", "width of the pool": "10 m", "depth of the pool": "2.0 m",
     "initial water temperature": "18 degC", "final water temperature": "26 degC",
     "coefficient of performance of the heat pump": "4.0 dimensionless",
     "density of water": "1000 kg/m^3", "specific heat of water": "4186 J/(kg*K)"},
    "electrical energy used by the heat pump", "kWh", Wel / kWh, laws=2,
    solution=f"m = 500 m^3 * 1000 = 5.0e5 kg; Q = m c dT = {f(Qh)} J; W = Q/COP = {f(Wel)} J = {f(Wel/kWh)} kWh.",
    assumptions=["no heat losses"]))

# T2 resurfacing water freezing
m = 800.0
Qr = m * (4186 * 15 + 334e3 + 2100 * 5.0)
Qs.append(Q(F,
    "To resurface an ice rink, the ice resurfacer lays down 800 L of water at 15 degC, which then freezes and cools "
    "to -5.0 degC. How much heat must the rink's refrigeration plant remove from this water? Use a specific heat of "
    "4186 J/(kg K) for water and 2100 J/(kg K) for ice, a latent heat of fusion of 334 kJ/kg, and a water density "
    "of 1.00 kg/L.",
    {"volume of water": "800 L", "initial water temperature": "15 degC", "final ice temperature": "-5.0 degC",
     "specific heat of water": "4186 J/(kg*K)", "specific heat of ice": "2100 J/(kg*K)",
     "latent heat of fusion of water": "334 kJ/kg", "density of water": "1.00 kg/L"},
    "heat removed", "MJ", Qr / 1e6, laws=2,
    solution=f"Q = m (c_w*15 + L_f + c_ice*5) = 800*(62790 + 334000 + 10500) = {f(Qr)} J = {f(Qr/1e6)} MJ.",
    assumptions=["freezing at 0 degC"]))

# T3 data-centre cooling air
P, cp, T1, T2, p = 250e3, 1005.0, 18.0, 30.0, 101.3e3
mdot = P / (cp * (T2 - T1))
rho = p * M_air / (R * (T1 + T0))
Vdot = mdot / rho
Qs.append(Q(F,
    "A row of servers in a data centre dissipates 250 kW, all of which is carried away by cooling air. The air enters "
    "at 18 degC and leaves at 30 degC, at a pressure of 101.3 kPa. Treating air as an ideal gas with a molar mass of "
    "28.97 g/mol and a specific heat of 1005 J/(kg K), what volume flow rate of air, measured at the inlet, is needed?",
    {"heat dissipated by the servers": "250 kW", "inlet air temperature": "18 degC",
     "outlet air temperature": "30 degC", "air pressure": "101.3 kPa", "molar mass of air": "28.97 g/mol",
     "specific heat of air": "1005 J/(kg*K)"},
    "volume flow rate of air at the inlet", "m^3/s", Vdot, laws=2,
    solution=f"Mass flow = 250000/(1005*12) = {f(mdot)} kg/s; inlet density = pM/(RT) = {f(rho)} kg/m^3; volume flow = {f(Vdot)} m^3/s.",
    assumptions=["constant-pressure heating", "ideal gas"]))

# T4 hot-air balloon lift
V, To, Ti, p = 2800.0, 10.0 + T0, 100.0 + T0, 101.3e3
ro = p * M_air / (R * To)
ri = p * M_air / (R * Ti)
mmax = (ro - ri) * V
Qs.append(Q(F,
    "A hot-air balloon has an envelope volume of 2800 m^3. The outside air is at 10 degC and the air inside the "
    "envelope is heated to 100 degC; the pressure is 101.3 kPa both inside and outside. Treating air as an ideal gas "
    "with a molar mass of 28.97 g/mol, what is the largest total mass of envelope fabric, basket, burner and passengers "
    "that the balloon can hold up?",
    {"envelope volume": "2800 m^3", "outside air temperature": "10 degC", "inside air temperature": "100 degC",
     "air pressure": "101.3 kPa", "molar mass of air": "28.97 g/mol"},
    "maximum total mass that can be supported", "kg", mmax, laws=2,
    solution=f"rho_out = pM/(RT) = {f(ro)} kg/m^3, rho_in = {f(ri)} kg/m^3; buoyancy minus weight of hot air supports (rho_out - rho_in) V = {f(mmax)} kg.",
    assumptions=["volume of basket and passengers neglected"]))

# T5 boiling point in mountain village
Lm, p0, p1, Tb = 40.7e3, 101.325e3, 70e3, 373.15
Tnew = 1 / (1 / Tb - R * math.log(p1 / p0) / Lm)
Qs.append(Q(F,
    "In a mountain village the air pressure is 70 kPa. Using the Clausius-Clapeyron relation with a molar enthalpy of "
    "vaporisation of water of 40.7 kJ/mol (assumed constant) and a normal boiling point of 100 degC at 101.325 kPa, "
    "estimate the temperature at which water boils in the village.",
    {"air pressure in the village": "70 kPa", "molar enthalpy of vaporisation of water": "40.7 kJ/mol",
     "normal boiling point of water": "100 degC", "standard atmospheric pressure": "101.325 kPa"},
    "boiling temperature of water in the village", "degC", Tnew - T0, laws=1,
    solution=f"1/T = 1/373.15 - (R/L) ln(70/101.325) -> T = {f(Tnew,5)} K = {f(Tnew-T0)} degC.",
    assumptions=["vapour is an ideal gas", "latent heat independent of temperature"]))

# T6 bus cabin heat loss and heat pump
k, A, d, dT, cop = 0.80, 6.0, 0.008, 25.0, 2.5
Pl = k * A * dT / d
Qs.append(Q(F,
    "On a cold day (-5 degC outside) the cabin of an electric bus is kept at 20 degC. Heat escapes mainly through "
    "6.0 m^2 of single glazing 8.0 mm thick with a thermal conductivity of 0.80 W/(m K); treat this as pure conduction "
    "through the glass, with the glass surfaces at the inside and outside air temperatures. The cabin is heated by a "
    "heat pump with a coefficient of performance of 2.5. What electrical power does the heat pump draw?",
    {"outside temperature": "-5 degC", "cabin temperature": "20 degC", "glazing area": "6.0 m^2",
     "glass thickness": "8.0 mm", "thermal conductivity of the glass": "0.80 W/(m*K)",
     "coefficient of performance of the heat pump": "2.5 dimensionless"},
    "electrical power drawn by the heat pump", "kW", Pl / cop / 1000, laws=2,
    solution=f"Heat loss = k A dT/d = 0.80*6.0*25/0.008 = {f(Pl)} W; electrical power = {f(Pl)}/2.5 = {f(Pl/cop)} W.",
    assumptions=["steady state", "losses only through the glass"]))

# T7 ice-rink chiller Carnot
Tc, Th, Qc = -10 + T0, 25 + T0, 300.0
W = Qc * (Th - Tc) / Tc
Qs.append(Q(F,
    "The chiller of an indoor ice rink keeps the brine in the floor pipes at -10 degC and rejects heat to the outdoor "
    "air at 25 degC. If it must extract heat from the brine at a rate of 300 kW, what is the minimum electrical power "
    "it needs?",
    {"brine temperature": "-10 degC", "outdoor air temperature": "25 degC", "rate of heat extraction": "300 kW"},
    "minimum electrical power", "kW", W, laws=2,
    solution=f"Carnot COP = Tc/(Th-Tc) = 263.15/35 = {f(Tc/35)}; W = 300/{f(Tc/35)} = {f(W)} kW.",
    assumptions=["reversible (Carnot) refrigerator"]))

# T8 cinema audience heating air
n, Pp, V, rho, cp, t = 300, 100.0, 6000.0, 1.2, 1005.0, 1800.0
dT = n * Pp * t / (V * rho * cp)
Qs.append(Q(F,
    "A sold-out cinema holds 300 people, each giving off heat at about 100 W. The hall contains 6000 m^3 of air "
    "(density 1.2 kg/m^3, specific heat 1005 J/(kg K)). If the ventilation fails and all the heat goes into the air, "
    "by how much does the air temperature rise in 30 minutes?",
    {"number of people": "300 dimensionless", "heat output per person": "100 W", "volume of air": "6000 m^3",
     "density of air": "1.2 kg/m^3", "specific heat of air": "1005 J/(kg*K)", "time": "30 min"},
    "rise in air temperature", "K", dT, laws=1,
    solution=f"Q = 30000 W * 1800 s = 5.4e7 J; m = 7200 kg; dT = Q/(m c) = {f(dT)} K.",
    assumptions=["heat goes only into the air, none into walls or seats", "no air exchange"]))

# T9 dental filling differential contraction
D, aF, aT, dT = 4.000e-3, 25e-6, 11e-6, 32.0
gap = D * (aF - aT) * dT
Qs.append(Q(F,
    "A dental filling with a diameter of 4.000 mm fits snugly in a tooth at body temperature, 37 degC. The patient then "
    "drinks ice water, cooling the tooth to 5 degC. The filling material has a linear expansion coefficient of "
    "25e-6 per kelvin and the tooth 11e-6 per kelvin. By how much more does the filling's diameter shrink than the hole "
    "in the tooth?",
    {"diameter of the filling": "4.000 mm", "initial temperature": "37 degC", "final temperature": "5 degC",
     "linear expansion coefficient of the filling": "25e-6 1/K",
     "linear expansion coefficient of the tooth": "11e-6 1/K"},
    "difference in shrinkage of the diameters", "micrometer", gap * 1e6, laws=1,
    solution=f"Difference = D (a_f - a_t) dT = 4.000 mm * 14e-6 * 32 = {f(gap*1e3)} mm = {f(gap*1e6)} micrometres.",
    assumptions=["linear expansion", "hole expands like the surrounding tooth material"]))

# T11 studio lamp filament radiation
eps, A, T = 0.35, 0.50e-4, 3200.0
P = eps * sigma * A * T**4
Qs.append(Q(F,
    "The tungsten filament of a photography studio's modelling lamp operates at 3200 K. Its surface area is 0.50 cm^2 "
    "and its emissivity is 0.35. At what rate does it radiate energy?",
    {"filament temperature": "3200 K", "surface area of the filament": "0.50 cm^2", "emissivity of tungsten": "0.35 dimensionless"},
    "radiated power", "W", P, laws=1,
    solution=f"P = e sigma A T^4 = 0.35*5.670e-8*0.50e-4*3200^4 = {f(P)} W.",
    assumptions=["absorption from surroundings negligible"]))

# T12 ferry fuel consumption
Pout, eta, q = 2.0e6, 0.38, 45e6
mf = Pout / eta * 3600 / q
Qs.append(Q(F,
    "A ferry's diesel engines deliver 2.0 MW of shaft power while the ferry cruises at 14 knots. The engines have a "
    "thermal efficiency of 38%, and the diesel fuel releases 45 MJ per kilogram when burned. How many kilograms of "
    "fuel are burned per hour?",
    {"shaft power": "2.0 MW", "cruising speed": "14 knot", "engine efficiency": "38 percent",
     "energy content of diesel": "45 MJ/kg"},
    "fuel burned per hour", "kg/h", mf, laws=1, irrelevant=["cruising speed"],
    solution=f"Fuel power = 2.0/0.38 = {f(Pout/eta/1e6)} MW; per hour {f(Pout/eta*3600)} J; fuel = that/45e6 = {f(mf)} kg/h.",
    assumptions=[]))

# T13 adiabatic compression
T1, r, gam = 20 + T0, 8.0, 1.40
T2 = T1 * r ** ((gam - 1) / gam)
Qs.append(Q(F,
    "A compressor for pneumatic tools on a building site takes in air at 1.0 atm and 20 degC and compresses it rapidly "
    "(treat as reversible and adiabatic) to 8.0 atm. Treating air as an ideal gas with a ratio of specific heats of "
    "1.40, what is the temperature of the air just after compression?",
    {"intake pressure": "1.0 atm", "intake temperature": "20 degC", "final pressure": "8.0 atm",
     "ratio of specific heats of air": "1.40 dimensionless"},
    "temperature after compression", "degC", T2 - T0, laws=1,
    solution=f"T2 = T1 (p2/p1)^((g-1)/g) = 293.15*8^(0.2857) = {f(T2,5)} K = {f(T2-T0)} degC.",
    assumptions=["ideal gas", "reversible adiabatic process"]))

# --- non-value ---
Qs.append(Q(F,
    "A villager in a mountain hamlet heats water from 12 degC to its boiling point on a 1.8 kW induction hob. At the "
    "village's altitude water boils at 92 degC. Assuming all of the hob's power goes into the water, how long does it "
    "take to bring the water to the boil?",
    {"initial water temperature": "12 degC", "power of the hob": "1.8 kW", "boiling point in the village": "92 degC"},
    "heating time", "min", None, outcome="not derivable", laws=1,
    solution="t = m c dT / P requires the mass (or volume) of water, which is not given and cannot be assumed.",
    assumptions=["no heat losses"]))

Qs.append(Q(F,
    "An engineer proposes a heat engine that runs on the waste heat of a data centre. It takes in 250 kW of heat from "
    "the cooling water at 45 degC, rejects heat to a river at 15 degC and is claimed to deliver 40 kW of mechanical "
    "power. At what rate does it reject heat to the river?",
    {"heat input rate": "250 kW", "hot-reservoir temperature": "45 degC", "cold-reservoir temperature": "15 degC",
     "claimed mechanical power": "40 kW"},
    "rate of heat rejection to the river", "kW", None, outcome="ill-posed", laws=2,
    solution="The Carnot limit between 318.15 K and 288.15 K is 1 - 288.15/318.15 = 9.4%, i.e. at most 23.6 kW from 250 kW. The claimed 40 kW (16%) violates the second law, so the data are inconsistent.",
    assumptions=[]))

n, dT = 3.0, 20.0
Qv, Qp = n * 2.5 * R * dT, n * 3.5 * R * dT
Qs.append(Q(F,
    "On a sunny day, 3.0 mol of air trapped under the transparent bubble cover of an outdoor pool is warmed by the sun "
    "from 15 degC to 35 degC. Treating the air as an ideal diatomic gas, how much heat did the air absorb?",
    {"amount of air": "3.0 mol", "initial temperature": "15 degC", "final temperature": "35 degC"},
    "heat absorbed by the air", "J", None, outcome="ambiguous", laws=1,
    solution=f"The process is not specified. If the cover is rigid (constant volume): Q = n (5/2) R dT = {f(Qv)} J. If the cover can bulge freely at atmospheric pressure (constant pressure): Q = n (7/2) R dT = {f(Qp)} J.",
    assumptions=["ideal diatomic gas"]))
