from batch_y_common import *

F = "thermodynamics"
Qs = []

# 1 glass gather cooling
m, c_g, T1, T2 = 0.8, 840.0, 1100.0, 20.0
Qh = m * c_g * (T1 - T2)
Qs.append(Q(F,
    "In a glassblowing studio a 0.8 kg gather of soda-lime glass cools from 1100 °C to room temperature, 20 °C. "
    "Taking the specific heat of the glass as 840 J/(kg·K), how much heat does the glass give off?",
    {"mass of the glass": "0.8 kg", "initial temperature": "1100 degC", "final temperature": "20 degC",
     "specific heat of glass": "840 J/(kg*K)"},
    "heat released", "kJ", Qh / 1000, laws=1,
    solution=f"Q = mcΔT = 0.8 × 840 × 1080 = {Qh/1000:.1f} kJ.",
    assumptions=["constant specific heat", "no phase change"]))

# 2 conduction through insulated wall (distractor: wind speed)
A, d, k, Tin, Tout = 12.0, 0.15, 0.035, 20.0, -35.0
P = k * A * (Tin - Tout) / d
Qs.append(Q(F,
    "A wall panel of an arctic research station has area 12 m² and is filled with 15 cm of insulation of thermal conductivity "
    "0.035 W/(m·K). Inside it is 20 °C, outside -35 °C, and a 40 km/h wind is blowing. Considering conduction through the insulation only, "
    "at what rate does heat leak through the panel?",
    {"area of the panel": "12 m^2", "insulation thickness": "15 cm", "thermal conductivity": "0.035 W/(m*K)",
     "inside temperature": "20 degC", "outside temperature": "-35 degC", "wind speed": "40 km/h"},
    "rate of heat loss", "W", P, laws=1, irrelevant=["wind speed"],
    solution=f"P = kAΔT/d = 0.035 × 12 × 55 / 0.15 = {P:.0f} W.",
    assumptions=["steady one-dimensional conduction", "surface films and wind effects ignored"]))

# 3 freezing water with a refrigerator of given COP
m, Lf, COP = 5.0, 334e3, 2.5
W = m * Lf / COP
Qs.append(Q(F,
    "The freezer in an ice-cream van must turn 5 kg of water already at 0 °C into ice at 0 °C. "
    "The latent heat of fusion of water is 334 kJ/kg and the freezer has a coefficient of performance of 2.5. "
    "How much electrical energy does this take?",
    {"mass of water": "5 kg", "latent heat of fusion": "334 kJ/kg", "coefficient of performance": "2.5 dimensionless"},
    "electrical energy used", "kW*h", W / 3.6e6, laws=2,
    solution=f"Heat removed Q = mL = {m*Lf/1000:.0f} kJ; W = Q/COP = {W/1000:.0f} kJ = {W/3.6e6:.4f} kWh.",
    assumptions=["COP constant", "no other heat leaks"]))

# 4 kiln peephole radiation
Tk, A = 1200.0 + T0, 2e-4
P = sigma * A * Tk**4
Qs.append(Q(F,
    "The inside of a pottery kiln is at 1200 °C. A round peephole in the door has an area of 2 cm². Treating the opening as a "
    "perfect blackbody at the kiln temperature, how much power radiates out through the open peephole?",
    {"kiln temperature": "1200 degC", "area of the peephole": "2 cm^2"},
    "radiated power", "W", P, laws=1,
    solution=f"T = 1473.15 K; P = σAT^4 = 5.670e-8 × 2e-4 × 1473.15^4 = {P:.1f} W.",
    assumptions=["emissivity 1", "incoming radiation from the room neglected"]))

# 5 milk pasteuriser time (distractor: wall thickness)
V, rho, cm, dT, Pw = 200.0, 1.03, 3930.0, 72.0 - 4.0, 30e3
t = V * rho * cm * dT / Pw
Qs.append(Q(F,
    "A dairy farm pasteuriser heats 200 L of milk from 4 °C to 72 °C in a stainless-steel vat whose wall is 3 mm thick. "
    "Milk has density 1.03 kg/L and specific heat 3.93 kJ/(kg·K), and the heater delivers 30 kW to the milk. How many minutes does the heating take?",
    {"volume of milk": "200 L", "initial temperature": "4 degC", "final temperature": "72 degC",
     "wall thickness of the vat": "3 mm", "density of milk": "1.03 kg/L", "specific heat of milk": "3.93 kJ/(kg*K)",
     "heater power": "30 kW"},
    "heating time", "min", t / 60, laws=2, irrelevant=["wall thickness of the vat"],
    solution=f"m = 206 kg; Q = mcΔT = {V*rho*cm*dT/1e6:.2f} MJ; t = Q/P = {t:.0f} s = {t/60:.1f} min.",
    assumptions=["all heater power goes into the milk", "heat capacity of the vat neglected"]))

# 6 constant-volume canister (distractor: volume)
p1, T1, T2 = 1.0, 25.0 + T0, 400.0 + T0
p2 = p1 * T2 / T1
Qs.append(Q(F,
    "A volcano observatory team seals a rigid 2.0 L gas-sampling canister at 25 °C and 1.0 atm, then leaves it beside a fumarole "
    "where it warms to 400 °C. What is the pressure inside the canister then?",
    {"volume of the canister": "2.0 L", "initial temperature": "25 degC", "initial pressure": "1.0 atm",
     "final temperature": "400 degC"},
    "final pressure", "atm", p2, laws=1, irrelevant=["volume of the canister"],
    solution=f"Constant volume: p2 = p1 T2/T1 = 1.0 × 673.15/298.15 = {p2:.2f} atm.",
    assumptions=["ideal gas", "rigid canister, no leaks"]))

# 7 adiabatic cooling of a rising thermal
T1, p1, p2, gam = 30.0 + T0, 100.0, 80.0, 1.4
T2 = T1 * (p2 / p1) ** ((gam - 1) / gam)
Qs.append(Q(F,
    "Paragliders at a ridge site ride thermals. A parcel of dry air leaves the ground at 30 °C and 100 kPa and rises adiabatically "
    "to a level where the pressure is 80 kPa. Taking γ = 1.4 for air, what is the parcel's temperature there, in kelvin?",
    {"initial air temperature": "30 degC", "initial pressure": "100 kPa", "final pressure": "80 kPa",
     "adiabatic index of air": "1.4 dimensionless"},
    "temperature of the parcel", "K", T2, laws=1,
    solution=f"T2 = T1 (p2/p1)^((γ−1)/γ) = 303.15 × 0.8^0.2857 = {T2:.1f} K (about {T2-T0:.1f} °C).",
    assumptions=["reversible adiabatic process", "ideal gas"]))

# 8 mass of air in a closed-circuit wind tunnel
V, p, T, M = 850.0, 101.3e3, 15.0 + T0, 28.97e-3
m = p * V * M / (R * T)
Qs.append(Q(F,
    "A closed-circuit wind tunnel contains 850 m³ of air at 101.3 kPa and 15 °C. Taking the molar mass of air as 28.97 g/mol, "
    "what mass of air is in the circuit?",
    {"volume of air": "850 m^3", "pressure": "101.3 kPa", "temperature": "15 degC", "molar mass of air": "28.97 g/mol"},
    "mass of air", "kg", m, laws=1,
    solution=f"n = pV/(RT) = {p*V/(R*T):.0f} mol; m = nM = {m:.0f} kg.",
    assumptions=["ideal gas"]))

# 9 steel roller expansion (distractor: diameter)
L0, alpha, dT = 1.8, 12e-6, 45.0 - 20.0
dL = L0 * alpha * dT
Qs.append(Q(F,
    "A steel printing cylinder in a printing works is 1.8 m long and 0.4 m in diameter. During a long run it warms from 20 °C to 45 °C. "
    "With a linear expansion coefficient of 12 × 10^-6 per K for steel, by how much does its length increase?",
    {"length of the cylinder": "1.8 m", "diameter of the cylinder": "0.4 m", "initial temperature": "20 degC",
     "final temperature": "45 degC", "linear expansion coefficient of steel": "12e-6 1/K"},
    "increase in length", "mm", dL * 1000, laws=1, irrelevant=["diameter of the cylinder"],
    solution=f"ΔL = αLΔT = 12e-6 × 1.8 × 25 = {dL*1000:.2f} mm.",
    assumptions=["uniform temperature", "free expansion"]))

# 10 LED street light heat sink warming rate
Pel, eff, m, c_al = 60.0, 0.40, 0.5, 900.0
rate = Pel * (1 - eff) / (m * c_al)
Qs.append(Q(F,
    "A 60 W LED street light converts 40% of its electrical input into light; the rest becomes heat in its 0.5 kg aluminium heat sink "
    "(specific heat 900 J/(kg·K)). Just after switch-on, before any heat escapes, how fast does the heat sink's temperature rise?",
    {"electrical power": "60 W", "fraction converted to light": "40 percent", "mass of the heat sink": "0.5 kg",
     "specific heat of aluminium": "900 J/(kg*K)"},
    "rate of temperature rise", "K/s", rate, laws=2,
    solution=f"Heat power = 60 × 0.6 = 36 W; dT/dt = P/(mc) = 36/450 = {rate:.3f} K/s.",
    assumptions=["no heat loss initially", "all non-light power heats the sink"]))

# 11 ice in water cooler, final temperature
mi, Ti, mw, Tw = 2.0, -10.0, 10.0, 30.0
ci, cw, Lf = 2100.0, 4186.0, 334e3
heat_to_melt = mi * ci * (0 - Ti) + mi * Lf
assert mw * cw * Tw > heat_to_melt  # all ice melts
Tf = (mw * cw * Tw - heat_to_melt) / ((mw + mi) * cw)
Qs.append(Q(F,
    "At a golf course, a groundskeeper drops 2 kg of ice at -10 °C into an insulated drinks cooler holding 10 kg of water at 30 °C. "
    "Specific heats: ice 2.1 kJ/(kg·K), water 4.186 kJ/(kg·K); latent heat of fusion 334 kJ/kg. What is the final temperature of the water?",
    {"mass of ice": "2 kg", "initial ice temperature": "-10 degC", "mass of water": "10 kg",
     "initial water temperature": "30 degC", "specific heat of ice": "2.1 kJ/(kg*K)",
     "specific heat of water": "4.186 kJ/(kg*K)", "latent heat of fusion": "334 kJ/kg"},
    "final temperature", "degC", Tf, laws=3,
    solution=f"Heat to warm and melt ice = {heat_to_melt/1000:.0f} kJ < heat water releases cooling to 0 °C ({mw*cw*Tw/1000:.0f} kJ), "
             f"so all ice melts. 10×4186×(30−T) = {heat_to_melt:.0f} + 2×4186×T ⇒ T = {Tf:.2f} °C.",
    assumptions=["cooler perfectly insulated", "heat capacity of cooler neglected"]))

# 12 tennis ball gauge pressure rising with temperature
pg1, patm, T1, T2 = 82.0, 101.3, 20.0 + T0, 45.0 + T0
pg2 = (pg1 + patm) * T2 / T1 - patm
Qs.append(Q(F,
    "A pressurised tennis ball has an internal gauge pressure of 82 kPa at 20 °C. Left on a sun-baked court it warms to 45 °C. "
    "Assuming its volume stays the same and atmospheric pressure is 101.3 kPa, what is its new gauge pressure?",
    {"initial gauge pressure": "82 kPa", "initial temperature": "20 degC", "final temperature": "45 degC",
     "atmospheric pressure": "101.3 kPa"},
    "new gauge pressure", "kPa", pg2, laws=2,
    solution=f"Absolute p1 = 183.3 kPa; p2 = 183.3 × 318.15/293.15 = {(pg1+patm)*T2/T1:.1f} kPa; gauge = {pg2:.1f} kPa.",
    assumptions=["ideal gas", "constant volume"]))

# 13 ND: pots, no mass
Qs.append(Q(F,
    "A potter fires a load of stoneware pots, raising them from 20 °C to 1000 °C. The clay body has a specific heat of 880 J/(kg·K). "
    "How much heat do the pots absorb?",
    {"initial temperature": "20 degC", "final temperature": "1000 degC", "specific heat of the clay": "880 J/(kg*K)"},
    "heat absorbed by the pots", "MJ", None, outcome="not derivable", laws=1,
    solution="Q = mcΔT needs the mass of the pots, which is not given and cannot reasonably be assumed.",
    assumptions=[]))

# 14 IP: efficiency above Carnot
eC = 1 - (-40 + T0) / (300 + T0)
Qs.append(Q(F,
    "A heat engine at an arctic research station runs between a boiler at 300 °C and the outside air at -40 °C. "
    "The supplier states it has an efficiency of 75%. How much heat does it reject to the outside air for every 1 kJ of work it delivers?",
    {"hot reservoir temperature": "300 degC", "cold reservoir temperature": "-40 degC", "efficiency": "75 percent",
     "work delivered": "1 kJ"},
    "heat rejected", "kJ", None, outcome="ill-posed", laws=2,
    solution=f"The Carnot limit between 573.15 K and 233.15 K is 1 − 233.15/573.15 = {eC*100:.1f}%; a 75% efficiency violates "
             "the second law, so the data are impossible.",
    assumptions=[]))

# 15 AMB: gallon
rho_ic, c_ic, dT = 0.55, 1.9, 13.0
Q_us = US_gallon_L * rho_ic * c_ic * dT
Q_imp = imp_gallon_L * rho_ic * c_ic * dT
Qs.append(Q(F,
    "An ice-cream van sells 1-gallon tubs of ice cream. The ice cream has a density of 0.55 kg/L and a specific heat of 1.9 kJ/(kg·K). "
    "How much heat must the freezer remove to cool one tub from -5 °C to -18 °C?",
    {"volume of a tub": "1 gallon", "density of ice cream": "0.55 kg/L", "specific heat of ice cream": "1.9 kJ/(kg*K)",
     "initial temperature": "-5 degC", "final temperature": "-18 degC"},
    "heat removed", "kJ", None, outcome="ambiguous", laws=1,
    solution=f"Q = ρVcΔT. A US gallon (3.785 L) gives {Q_us:.1f} kJ; an imperial gallon (4.546 L) gives {Q_imp:.1f} kJ.",
    assumptions=["no phase change in the range", "tub heat capacity neglected"]))

assert len(Qs) == 15
