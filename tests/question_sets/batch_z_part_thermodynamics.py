"""Batch z, field: thermodynamics (15 questions)."""
import math
from batch_z_common import Q, R, sigma, psi, T0, sig

F = "thermodynamics"
Qs = []

# T1 pizzeria - heating a pizza stone, then time from power
m1, c1, Ti1, Tf1, P1 = 4.5, 800.0, 20.0, 300.0, 2.0e3
Q1 = m1 * c1 * (Tf1 - Ti1)
t1 = Q1 / P1 / 60
Qs.append(Q(F,
    "A pizzeria's ceramic baking stone has a mass of 4.5 kg and a specific heat of 800 J/(kg·K). "
    "The oven transfers heat into the stone at a steady 2.0 kW. How many minutes does it take to "
    "bring the stone from 20 °C to 300 °C?",
    {"mass of the stone": "4.5 kg", "specific heat of the stone": "800 J/(kg*K)",
     "heating power into the stone": "2.0 kW", "initial temperature": "20 degC",
     "final temperature": "300 degC"},
    "heating time", "min", t1, laws=2,
    solution=f"Q = m c dT = 4.5*800*280 = {sig(Q1)} J; t = Q/P = {sig(Q1/P1)} s = {sig(t1)} min.",
    assumptions=["all heat delivered goes into the stone", "constant specific heat"]))

# T2 glacier expedition - snow melting, fuel needed
m2, Ti2, Tf2 = 2.5, -12.0, 60.0
c_ice, Lf, c_w, q_but, eta2 = 2100.0, 334e3, 4186.0, 45.7e6, 0.40
Q2 = m2 * (c_ice * (0 - Ti2) + Lf + c_w * (Tf2 - 0))
fuel2 = Q2 / (eta2 * q_but) * 1000
Qs.append(Q(F,
    "On a glacier expedition, 2.5 kg of snow at −12 °C is melted and the water warmed to 60 °C for "
    "tea. Use c(ice) = 2100 J/(kg·K), latent heat of fusion 334 kJ/kg and c(water) = 4186 J/(kg·K). "
    "The butane stove (heat of combustion 45.7 MJ/kg) transfers 40 % of the combustion heat to the "
    "pot. How many grams of butane are burned?",
    {"mass of snow": "2.5 kg", "initial snow temperature": "-12 degC",
     "final water temperature": "60 degC", "specific heat of ice": "2100 J/(kg*K)",
     "latent heat of fusion of ice": "334 kJ/kg", "specific heat of water": "4186 J/(kg*K)",
     "heat of combustion of butane": "45.7 MJ/kg", "stove efficiency": "40 percent"},
    "mass of butane burned", "g", fuel2, laws=3,
    solution=f"Q = m[c_ice*12 + L_f + c_w*60] = {sig(Q2)} J; fuel = Q/(0.40*45.7 MJ/kg) = {sig(fuel2)} g.",
    assumptions=["pot's own heat capacity neglected"]))

# T3 school chemistry lab - ideal gas mass in cylinder, empty mass distractor
V3, P3, T3, M3 = 50e-3, 2000 * psi, 20.0 + T0, 32.00e-3
n3 = P3 * V3 / (R * T3)
m3 = n3 * M3
Qs.append(Q(F,
    "The school chemistry lab has a 50 L oxygen cylinder (empty mass 15 kg). At 20 °C the gas "
    "inside is at an absolute pressure of 2000 psi. Treating oxygen (molar mass 32.00 g/mol) as an "
    "ideal gas, what mass of oxygen does the cylinder hold?",
    {"cylinder volume": "50 L", "empty mass of the cylinder": "15 kg", "gas temperature": "20 degC",
     "absolute pressure": "2000 psi", "molar mass of oxygen": "32.00 g/mol"},
    "mass of oxygen", "kg", m3, laws=1,
    irrelevant=["empty mass of the cylinder"],
    solution=f"n = PV/(RT) = {sig(n3)} mol; m = n M = {sig(m3)} kg.",
    assumptions=["ideal gas"]))

# T4 bridge inspection - thermal expansion, lane count distractor
L4, a4, dT4 = 120.0, 12e-6, 35.0 - (-15.0)
dL4 = L4 * a4 * dT4 * 100
Qs.append(Q(F,
    "A bridge inspector checks the expansion joint of a 4-lane highway bridge whose continuous steel "
    "deck is 120 m long. Steel's linear expansion coefficient is 12 × 10^-6 per K. By how much does the "
    "deck length change between a winter night at −15 °C and a summer afternoon at 35 °C?",
    {"number of lanes": "4 dimensionless", "deck length": "120 m",
     "linear expansion coefficient of steel": "12e-6 1/K", "winter temperature": "-15 degC",
     "summer temperature": "35 degC"},
    "change in deck length", "cm", dL4, laws=1,
    irrelevant=["number of lanes"],
    solution=f"dL = alpha L dT = 12e-6*120*50 = {sig(dL4)} cm.",
    assumptions=["free expansion"]))

# T5 clock tower - brass pendulum expands; loss per day
a5, dT5 = 19e-6, 15.0
ratio5 = math.sqrt(1 + a5 * dT5)
loss5 = 86400 * (1 - 1 / ratio5)
Qs.append(Q(F,
    "The clock tower's pendulum clock keeps perfect time at 10 °C. Its pendulum rod is brass, with a "
    "linear expansion coefficient of 19 × 10^-6 per K. On a day when the tower interior is 15 °C "
    "warmer than that, how many seconds does the clock lose in 24 hours?",
    {"calibration temperature": "10 degC", "expansion coefficient of brass": "19e-6 1/K",
     "temperature rise": "15 K", "time interval": "24 hour"},
    "time lost per day", "s", loss5, laws=2,
    irrelevant=["calibration temperature"],
    solution=f"T ~ sqrt(L): T'/T = sqrt(1 + alpha dT) = {ratio5:.7f}; loss = 86400 s*(1 - T/T') = {sig(loss5)} s.",
    assumptions=["treated as a simple pendulum with the rod length as pendulum length"]))

# T6 helicopter base - fuel consumption from efficiency
P6, eta6, q6 = 1200e3, 0.28, 43e6
mdot6 = P6 / eta6 / q6 * 3600
Qs.append(Q(F,
    "A helicopter at the base has a turboshaft engine delivering 1200 kW of shaft power at a thermal "
    "efficiency of 28 %. The fuel releases 43 MJ/kg when burned. How many kilograms of fuel does "
    "the engine burn per hour?",
    {"shaft power": "1200 kW", "thermal efficiency": "28 percent",
     "heat of combustion of the fuel": "43 MJ/kg"},
    "fuel consumption", "kg/hour", mdot6, laws=1,
    solution=f"Heat input rate = P/eta = {sig(P6/eta6)} W; fuel rate = {sig(P6/eta6/q6)} kg/s = {sig(mdot6)} kg/h.",
    assumptions=[]))

# T7 rock festival - radiated power of a filament
T7, A7, e7 = 3000.0, 0.50e-4, 0.35
P7 = e7 * sigma * A7 * T7 ** 4
Qs.append(Q(F,
    "A vintage spotlight on the rock festival stage has a tungsten filament with a radiating surface "
    "area of 0.50 cm^2 at 3000 K and emissivity 0.35. What power does the filament radiate?",
    {"filament surface area": "0.50 cm**2", "filament temperature": "3000 K",
     "emissivity": "0.35 dimensionless"},
    "radiated power", "W", P7, laws=1,
    solution=f"P = e sigma A T^4 = {sig(P7)} W.",
    assumptions=["absorption from surroundings neglected"]))

# T8 salt mine - conduction, depth distractor
k8, A8, d8, dT8 = 5.5, 25.0, 0.40, 38.0 - 22.0
P8 = k8 * A8 * dT8 / d8
Qs.append(Q(F,
    "In a salt mine 750 m underground, a refuge chamber is separated from a hot tunnel by a rock-salt "
    "wall 0.40 m thick with an area of 25 m^2. Rock salt conducts heat with k = 5.5 W/(m·K). The wall "
    "faces are at 38 °C and 22 °C. At what rate does heat flow through the wall?",
    {"depth of the mine": "750 m", "wall thickness": "0.40 m", "wall area": "25 m**2",
     "thermal conductivity of rock salt": "5.5 W/(m*K)", "hot face temperature": "38 degC",
     "cool face temperature": "22 degC"},
    "heat flow rate", "W", P8, laws=1,
    irrelevant=["depth of the mine"],
    solution=f"P = k A dT/d = 5.5*25*16/0.40 = {sig(P8)} W.",
    assumptions=["steady one-dimensional conduction"]))

# T9 ambulance - ambiguous: gauge vs absolute tyre pressure
p9, Ti9, Tf9 = 35.0, 5.0 + T0, 45.0 + T0
patm_psi = 14.696
gauge9 = (p9 + patm_psi) * Tf9 / Ti9 - patm_psi
abs9 = p9 * Tf9 / Ti9
Qs.append(Q(F,
    "An ambulance's tyre pressure is 35 psi on a cold morning at 5 °C. After a long emergency run the "
    "air in the tyre is at 45 °C. Assuming the tyre volume stays the same, what is the tyre pressure "
    "now?",
    {"initial tyre pressure": "35 psi", "initial air temperature": "5 degC",
     "final air temperature": "45 degC"},
    "final tyre pressure", "psi", None, outcome="ambiguous", laws=1,
    solution=f"If 35 psi is a gauge reading (usual for tyres): p_abs = 49.7 psi -> "
             f"{sig((p9+patm_psi)*Tf9/Ti9)} psi abs, i.e. {sig(gauge9)} psi gauge. If 35 psi is absolute: "
             f"35*318.15/278.15 = {sig(abs9)} psi. The two readings differ by ~5 %.",
    assumptions=["ideal gas at constant volume", "atmospheric pressure 14.7 psi"]))

# T10 diving pool - heating the pool
Lx, Ly, Lz, dT10, P10 = 25.0, 12.0, 2.0, 26.0 - 18.0, 150e3
m10 = Lx * Ly * Lz * 1000.0
Q10 = m10 * 4186.0 * dT10
t10 = Q10 / P10 / 3600
Qs.append(Q(F,
    "The diving pool's warm-up basin is 25 m long, 12 m wide and uniformly 2.0 m deep. How many hours "
    "does a 150 kW heater need to raise the water temperature from 18 °C to 26 °C?",
    {"basin length": "25 m", "basin width": "12 m", "basin depth": "2.0 m",
     "heater power": "150 kW", "initial water temperature": "18 degC",
     "final water temperature": "26 degC"},
    "heating time", "hour", t10, laws=2,
    solution=f"m = rho V = {sig(m10)} kg; Q = m c dT = {sig(Q10)} J; t = Q/P = {sig(t10)} h.",
    assumptions=["water density 1000 kg/m^3", "c(water) = 4186 J/(kg K)", "no heat losses"]))

# T11 science museum - Carnot refrigerator minimum work
Tc11, Th11, Qc11 = -18.0 + T0, 22.0 + T0, 500.0
W11 = Qc11 * (Th11 - Tc11) / Tc11
Qs.append(Q(F,
    "A science museum exhibit uses an ideal (Carnot) refrigerator to keep a display freezer at "
    "−18 °C in a hall at 22 °C. What is the minimum work needed to remove 500 kJ of heat from the "
    "freezer?",
    {"freezer temperature": "-18 degC", "hall temperature": "22 degC",
     "heat removed": "500 kJ"},
    "minimum work input", "kJ", W11, laws=2,
    solution=f"COP_Carnot = Tc/(Th - Tc) = {sig(Tc11/(Th11-Tc11))}; W = Qc/COP = {sig(W11)} kJ.",
    assumptions=["reversible refrigerator"]))

# T12 apple orchard - cold store electricity
m12, c12, dT12, COP12 = 1200.0, 3600.0, 24.0 - 2.0, 3.0
Q12 = m12 * c12 * dT12
W12 = Q12 / COP12 / 3.6e6
Qs.append(Q(F,
    "At the apple orchard, 1200 kg of freshly picked apples (specific heat 3600 J/(kg·K)) are cooled "
    "in a cold store from 24 °C to 2 °C. The refrigeration unit has a coefficient of performance of "
    "3.0. How much electrical energy does it use for this, in kWh?",
    {"mass of apples": "1200 kg", "specific heat of apples": "3600 J/(kg*K)",
     "initial temperature": "24 degC", "final temperature": "2 degC",
     "coefficient of performance": "3.0 dimensionless"},
    "electrical energy used", "kWh", W12, laws=2,
    solution=f"Q = m c dT = {sig(Q12)} J; W = Q/COP = {sig(Q12/COP12)} J = {sig(W12)} kWh.",
    assumptions=["only the apples' heat counts"]))

# T13 radio telescope - liquid helium boil-off
P13, L13, rho13 = 0.80, 20.9e3, 125.0
m13 = P13 * 86400 / L13
V13 = m13 / rho13 * 1000
Qs.append(Q(F,
    "The receiver of a radio telescope sits in a liquid-helium bath. Heat leaks in at 0.80 W. Liquid "
    "helium has a latent heat of vaporization of 20.9 kJ/kg and a density of 125 kg/m^3. How many "
    "litres of liquid helium boil off per day?",
    {"heat leak": "0.80 W", "latent heat of vaporization of helium": "20.9 kJ/kg",
     "density of liquid helium": "125 kg/m**3"},
    "volume boiled off per day", "L", V13, laws=2,
    solution=f"m = P t / L = 0.80*86400/20900 = {sig(m13)} kg; V = m/rho = {sig(V13)} L.",
    assumptions=["all leaked heat evaporates helium at the boiling point"]))

# T14 helicopter base - ill-posed: efficiency above Carnot limit
Th14, Tc14 = 327.0 + T0, 27.0 + T0
Qs.append(Q(F,
    "The helicopter base's backup generator is driven by a heat engine that takes in heat at 327 °C "
    "and rejects it at 27 °C. The maker claims an efficiency of 65 % at a mechanical output of 40 kW. "
    "At what rate is heat rejected?",
    {"hot reservoir temperature": "327 degC", "cold reservoir temperature": "27 degC",
     "claimed efficiency": "65 percent", "mechanical output": "40 kW"},
    "rate of heat rejection", "kW", None, outcome="ill-posed", laws=2,
    solution=f"Carnot limit = 1 - Tc/Th = {sig(1 - Tc14/Th14)} = 50 %; a 65 % efficiency is impossible, so "
             "the data are physically inconsistent.",
    assumptions=[]))

# T15 school chemistry lab - not derivable: mass of liquid missing
Qs.append(Q(F,
    "In the school chemistry lab, a student heats a beaker of an unknown liquid with a 250 W immersion "
    "heater for 3.0 minutes. The liquid's temperature rises from 20 °C to 45 °C. What is the specific "
    "heat of the liquid?",
    {"heater power": "250 W", "heating time": "3.0 min", "initial temperature": "20 degC",
     "final temperature": "45 degC"},
    "specific heat of the liquid", "J/(kg*K)", None, outcome="not derivable", laws=2,
    solution="c = P t/(m dT) needs the mass (or volume and density) of the liquid, which is not given.",
    assumptions=[]))
