import math
from batch_u_common import *

F = "thermodynamics"
QUESTIONS = []
add = QUESTIONS.append

# T1 greenhouse: heating air, distractor floor area
V, rho, cp, dT = 420.0, 1.25, 1005.0, 22.0 - 8.0
Qh = V * rho * cp * dT
add(Q(F,
      "On a cold morning the air inside a greenhouse (volume 420 m^3, floor area 150 m^2) is at 8 °C. "
      "How much heat must the heaters supply to warm this air to 22 °C at constant pressure? "
      "Take the density of air as 1.25 kg/m^3 and its specific heat as 1005 J/(kg·K), and ignore heat losses "
      "and air leaving the greenhouse.",
      {"volume of the greenhouse": "420 m^3", "floor area": "150 m^2", "initial air temperature": "8 degC",
       "final air temperature": "22 degC", "density of air": "1.25 kg/m^3",
       "specific heat of air": "1005 J/(kg*K)"},
      "heat required", "MJ", Qh / 1e6, laws=1, irrelevant=["floor area"],
      solution=f"m = rho V = {V*rho:.0f} kg; Q = m c dT = {Qh:.0f} J = {Qh/1e6:.4f} MJ",
      assumptions=["no heat losses", "fixed mass of air"]))

# T2 hospital: fever energy in kcal
m, c_b, dT = 70.0, 3470.0, 1.5
Qb = m * c_b * dT
add(Q(F,
      "A 70 kg patient on the ward develops a fever and her body temperature rises by 1.5 °C. "
      "Taking the average specific heat of the human body as 3470 J/(kg·K), how much extra internal energy, in "
      "food kilocalories, is stored in her body?",
      {"mass of the patient": "70 kg", "temperature rise": "1.5 delta_degC",
       "specific heat of the body": "3470 J/(kg*K)"},
      "extra internal energy", "kcal", Qb / 4184.0, laws=1,
      solution=f"Q = m c dT = {Qb:.0f} J = {Qb/4184:.3f} kcal (1 kcal = 4184 J)",
      assumptions=["1 kcal = 4184 J (thermochemical)"]))

# T3 ski resort: snowmaking heat removal
m, cw, Lf, ci = 2500.0, 4186.0, 334e3, 2090.0
Qs = m * (cw * 10 + Lf + ci * 5)
add(Q(F,
      "A ski resort's snow guns turn 2500 kg of water, drawn from a reservoir at 10 °C, into snow at -5 °C. "
      "How much heat must be removed from the water? Use c_water = 4186 J/(kg·K), c_ice = 2090 J/(kg·K) and a latent "
      "heat of fusion of 334 kJ/kg.",
      {"mass of water": "2500 kg", "initial water temperature": "10 degC", "final snow temperature": "-5 degC",
       "specific heat of water": "4186 J/(kg*K)", "specific heat of ice": "2090 J/(kg*K)",
       "latent heat of fusion": "334 kJ/kg"},
      "heat removed", "MJ", Qs / 1e6, laws=2,
      solution=f"Q = m[c_w*10 + L_f + c_ice*5] = 2500*(41860 + 334000 + 10450) J = {Qs/1e6:.3f} MJ",
      assumptions=["snow treated as ice"]))

# T4 laundrette: dryer evaporation time
mw, Lv, P, eta = 2.4, 2.26e6, 3.0e3, 0.60
t = mw * Lv / (eta * P)
add(Q(F,
      "A laundrette tumble dryer rated at 3.0 kW turns its drum at 50 rpm. Only 60% of its electrical power goes into "
      "evaporating water from the clothes. How many minutes does it take to evaporate 2.4 kg of water? "
      "Take the latent heat of vaporisation as 2.26 MJ/kg and ignore the energy needed to warm the water.",
      {"power rating of the dryer": "3.0 kW", "drum rotation rate": "50 rpm",
       "fraction of power used for evaporation": "60 percent", "mass of water to evaporate": "2.4 kg",
       "latent heat of vaporisation": "2.26 MJ/kg"},
      "drying time", "min", t / 60, laws=2, irrelevant=["drum rotation rate"],
      solution=f"Q = m L = {mw*Lv:.3e} J; useful power = 1800 W; t = {t:.0f} s = {t/60:.2f} min",
      assumptions=["warming of the water neglected"]))

# T5 submarine: mass of air in tank (ideal gas)
P, V, T, M = 200e5, 0.050, 288.15, 0.02897
n = P * V / (R * T)
mass = n * M
add(Q(F,
      "A submarine's emergency air bottle has an internal volume of 50 L and holds air at an absolute pressure of "
      "200 bar and a temperature of 15 °C. Treating air as an ideal gas with molar mass 28.97 g/mol, what mass of "
      "air does the bottle contain?",
      {"volume of the bottle": "50 L", "absolute pressure": "200 bar", "temperature": "15 degC",
       "molar mass of air": "28.97 g/mol"},
      "mass of air", "kg", mass, laws=1,
      solution=f"n = PV/(RT) = {n:.2f} mol; m = n M = {mass:.3f} kg",
      assumptions=["ideal gas", "R = 8.314462618 J/(mol*K)"]))

# T6 fire station: heat absorbed by water spray
mdot, cw, Lv = 20.0, 4186.0, 2.26e6
q = cw * (100 - 12) + Lv
Pabs = mdot * q
add(Q(F,
      "A fire crew sprays 20 kg of water per second onto a blaze. The water leaves the hose at 12 °C and all of it is "
      "heated to 100 °C and boiled away. At what rate does the spray absorb heat from the fire? Use c = 4186 "
      "J/(kg·K) and L_v = 2.26 MJ/kg.",
      {"mass flow rate of water": "20 kg/s", "initial water temperature": "12 degC",
       "specific heat of water": "4186 J/(kg*K)", "latent heat of vaporisation": "2.26 MJ/kg"},
      "rate of heat absorption", "MW", Pabs / 1e6, laws=2,
      solution=f"per kg: 4186*88 + 2.26e6 = {q:.0f} J; rate = 20*{q:.0f} = {Pabs/1e6:.3f} MW",
      assumptions=["boiling at 100 degC (1 atm)"]))

# T7 observatory: conduction through insulated wall
k, A, L, dT = 0.035, 45.0, 0.08, 18.0 - (-12.0)
P = k * A * dT / L
add(Q(F,
      "The control room of a mountain observatory has 45 m^2 of outer wall insulated with an 8.0 cm layer of foam of "
      "thermal conductivity 0.035 W/(m·K). Inside it is kept at 18 °C while outside it is -12 °C. Considering only "
      "conduction through the foam, at what rate is heat lost?",
      {"wall area": "45 m^2", "insulation thickness": "8.0 cm",
       "thermal conductivity of the foam": "0.035 W/(m*K)", "inside temperature": "18 degC",
       "outside temperature": "-12 degC"},
      "rate of heat loss", "W", P, laws=1,
      solution=f"P = k A dT / L = 0.035*45*30/0.08 = {P:.2f} W",
      assumptions=["steady state, one-dimensional conduction"]))

# T8 wind farm backup engine: rejected heat
Th, Tc, frac, W = 900.0, 300.0, 0.40, 2.0
eta = frac * (1 - Tc / Th)
Qc = W * (1 / eta - 1)
add(Q(F,
      "The backup gas generator at a wind farm works between a combustion temperature of 900 K and surroundings at "
      "300 K. Its actual efficiency is 40% of the Carnot efficiency for these temperatures. When it delivers 2.0 MW of "
      "mechanical power, at what rate does it reject heat to the surroundings?",
      {"hot temperature": "900 K", "cold temperature": "300 K",
       "efficiency as a fraction of Carnot": "40 percent", "mechanical power output": "2.0 MW"},
      "rate of heat rejection", "MW", Qc, laws=2,
      solution=f"eta_C = 1 - 300/900 = 0.6667; eta = 0.4*0.6667 = {eta:.4f}; Q_in = W/eta = {W/eta:.3f} MW; "
               f"Q_out = Q_in - W = {Qc:.3f} MW",
      assumptions=[]))

# T9 concert hall: temperature rise from audience heat
V, rho, cp, P, t = 12000.0, 1.20, 1005.0, 150e3, 20 * 60
dT = P * t / (V * rho * cp)
add(Q(F,
      "A concert hall holds 12000 m^3 of air (density 1.20 kg/m^3, specific heat 1005 J/(kg·K)). The audience gives "
      "off heat at a total rate of 150 kW. If the ventilation fails for 20 minutes and all this heat stays in the air, "
      "by how much does the air temperature rise?",
      {"volume of air in the hall": "12000 m^3", "density of air": "1.20 kg/m^3",
       "specific heat of air": "1005 J/(kg*K)", "heat output of the audience": "150 kW",
       "duration of the ventilation failure": "20 min"},
      "temperature rise of the air", "K", dT, laws=2,
      solution=f"Q = P t = {P*t:.3e} J; m = rho V = {V*rho:.0f} kg; dT = Q/(m c) = {dT:.3f} K",
      assumptions=["no heat absorbed by walls or seats", "constant-pressure heating"]))

# T10 aquarium: heater time, distractor glass thickness
Vl, dT, P = 400.0, 26.0 - 20.0, 300.0
t = Vl * 1.0 * 4186 * dT / P
add(Q(F,
      "A new 400 L tropical fish tank with 12 mm thick glass walls is filled with water at 20 °C. A 300 W heater "
      "warms it to 26 °C. Ignoring heat losses, how many hours does this take? (Specific heat of water 4186 "
      "J/(kg·K), density 1.00 kg/L.)",
      {"volume of water": "400 L", "glass thickness": "12 mm", "initial temperature": "20 degC",
       "final temperature": "26 degC", "heater power": "300 W", "specific heat of water": "4186 J/(kg*K)",
       "density of water": "1.00 kg/L"},
      "heating time", "h", t / 3600, laws=1, irrelevant=["glass thickness"],
      solution=f"Q = 400*4186*6 = {400*4186*6:.0f} J; t = Q/P = {t:.0f} s = {t/3600:.3f} h",
      assumptions=["no heat losses", "heat capacity of glass and gravel neglected"]))

# T11 radio station: cooling water temperature rise
Vdot, P = 8.0, 12e3
mdot = Vdot / 60.0
dT = P / (mdot * 4186)
add(Q(F,
      "The final amplifier of a radio station's transmitter dumps 12 kW of waste heat into cooling water flowing at "
      "8.0 L/min. By how much does the temperature of the water rise as it passes through? (Specific heat of water "
      "4186 J/(kg·K), density 1.00 kg/L.)",
      {"waste heat power": "12 kW", "water flow rate": "8.0 L/min",
       "specific heat of water": "4186 J/(kg*K)", "density of water": "1.00 kg/L"},
      "temperature rise of the cooling water", "K", dT, laws=1,
      solution=f"mass flow = {mdot:.4f} kg/s; dT = P/(mdot c) = {dT:.3f} K",
      assumptions=["all waste heat goes into the water", "steady state"]))

# T12 bicycle shop: gauge pressure after warming
Pg1, Patm, T1, T2 = 300.0, 101.3, 293.15, 318.15
Pg2 = (Pg1 + Patm) * T2 / T1 - Patm
add(Q(F,
      "A mechanic inflates a 2.1 L road-bike tyre to a gauge pressure of 300 kPa at 20 °C. The bike is then left in "
      "the sun and the air in the tyre reaches 45 °C. Assuming the tyre volume stays constant and atmospheric "
      "pressure is 101.3 kPa, what does a tyre gauge read now, in psi?",
      {"tyre volume": "2.1 L", "initial gauge pressure": "300 kPa", "initial temperature": "20 degC",
       "final temperature": "45 degC", "atmospheric pressure": "101.3 kPa"},
      "final gauge pressure", "psi", Pg2 * 1000 / 6894.757293168, laws=2, irrelevant=["tyre volume"],
      solution=f"P_abs1 = 401.3 kPa; P_abs2 = 401.3*318.15/293.15 = {(Pg1+Patm)*T2/T1:.2f} kPa; gauge = {Pg2:.2f} kPa "
               f"= {Pg2*1000/6894.757293168:.3f} psi",
      assumptions=["ideal gas at constant volume", "1 psi = 6894.757 Pa"]))

# T13 hospital: not derivable (no volume)
add(Q(F,
      "An oxygen cylinder on the hospital ward is filled to 15 MPa at 20 °C. Treating oxygen (molar mass 32.0 g/mol) "
      "as an ideal gas, what mass of oxygen does the cylinder hold?",
      {"pressure in the cylinder": "15 MPa", "temperature": "20 degC", "molar mass of oxygen": "32.0 g/mol"},
      "mass of oxygen", "kg", outcome="not derivable", laws=1,
      solution="m = PVM/(RT) needs the cylinder's internal volume, which is not given; cylinders come in many sizes, "
               "so it cannot be assumed.",
      assumptions=["ideal gas"]))

# T14 greenhouse: not derivable (no area)
add(Q(F,
      "The glass panes of a greenhouse are 4.0 mm thick, with thermal conductivity 0.80 W/(m·K). On a winter night the "
      "inner surface of the glass is at 8 °C and the outer surface at 2 °C. How much heat is conducted out through "
      "the glass over a period of 1 h?",
      {"glass thickness": "4.0 mm", "thermal conductivity of glass": "0.80 W/(m*K)",
       "inner surface temperature": "8 degC", "outer surface temperature": "2 degC", "time": "1 h"},
      "heat conducted in one hour", "MJ", outcome="not derivable", laws=1,
      solution="Q = k A dT t / d requires the total glazed area A, which is not given.",
      assumptions=["steady conduction"]))

# T15 laundrette: ill-posed (efficiency above Carnot)
etaC = 1 - 293.15 / 353.15
add(Q(F,
      "A laundrette owner installs a small heat engine that runs on waste hot water at 80 °C and dumps heat into the "
      "20 °C drain. The supplier says it converts 30% of the heat it takes in into work. How much work does it "
      "produce from 10 kWh of waste heat?",
      {"hot reservoir temperature": "80 degC", "cold reservoir temperature": "20 degC",
       "claimed efficiency": "30 percent", "heat taken in": "10 kWh"},
      "work produced", "kWh", outcome="ill-posed", laws=2,
      solution=f"The Carnot limit between 353.15 K and 293.15 K is {etaC*100:.1f}%, so a 30% efficiency violates the "
               f"second law; the data are physically inconsistent.",
      assumptions=[]))
