from batch_x_common import *

F = "thermodynamics"
Qs = []

# 1 cold storage - cool, freeze, subcool water
gv = {"mass of water": "500 kg", "initial temperature of the water": "12 degC",
      "final temperature of the ice": "-18 degC",
      "specific heat of water": "4186 J/(kg*K)", "latent heat of fusion of water": "334 kJ/kg",
      "specific heat of ice": "2100 J/(kg*K)"}
m, Ti, Tf, cw, Lf, ci = vals(gv)
Qh = m * (cw * (Ti - 0) + Lf * 1000 + ci * (0 - Tf))
Qs.append(Q(F,
    "A cold-storage warehouse makes block ice: 500 kg of water enters at 12 degC and leaves as ice at -18 degC. Using c(water) = 4186 J/(kg K), latent heat of fusion 334 kJ/kg and c(ice) = 2100 J/(kg K), how much heat must the refrigeration plant remove?",
    gv, "heat removed", "MJ", Qh / 1e6, laws=2,
    solution=f"Q = m[c_w(12 K) + L_f + c_i(18 K)] = {Qh:.4g} J = {Qh/1e6:.1f} MJ.",
    assumptions=["freezing point 0 degC", "no heat losses"]))

# 2 cold storage - Carnot refrigerator minimum power
gv = {"temperature inside the warehouse": "-20 degC", "outdoor temperature": "30 degC",
      "rate of heat removal": "15 kW"}
Tc, Th, Qc = vals(gv)
Tc += T0; Th += T0
COP = Tc / (Th - Tc)
W = Qc / COP
Qs.append(Q(F,
    "The freezer room of a cold-storage warehouse is held at -20 degC while the outdoor air is at 30 degC. Heat leaks in and must be pumped out at 15 kW. What is the minimum electrical power the refrigeration system could possibly need?",
    gv, "minimum input power", "kW", W, laws=2,
    solution=f"Carnot COP = T_c/(T_h - T_c) = {Tc:.2f}/{Th-Tc:.0f} = {COP:.3f}; W = Q_c/COP = {W:.3f} kW.",
    assumptions=["ideal (Carnot) refrigerator between the two temperatures"]))

# 3 beekeeping - warming and melting beeswax
gv = {"mass of beeswax": "2.0 kg", "initial temperature": "20 degC", "melting point of beeswax": "64 degC",
      "specific heat of solid beeswax": "2.9 kJ/(kg*K)", "latent heat of fusion of beeswax": "190 kJ/kg"}
m, Ti, Tm, cb, Lb = vals(gv)
Qh = m * (cb * (Tm - Ti) + Lb)
Qs.append(Q(F,
    "A beekeeper renders 2.0 kg of cappings wax starting at 20 degC. Beeswax melts at 64 degC, has specific heat 2.9 kJ/(kg K) as a solid and latent heat of fusion 190 kJ/kg. How much heat is needed to bring the wax to its melting point and melt it completely?",
    gv, "heat required", "kJ", Qh, laws=2,
    solution=f"Q = m c (64-20) + m L = {m*cb*(Tm-Ti):.1f} + {m*Lb:.0f} = {Qh:.1f} kJ.",
    assumptions=["no heat losses", "single sharp melting point"]))

# 4 opera house - thermal expansion (distractor: truss mass)
gv = {"length of the truss": "18 m", "initial temperature": "15 degC", "final temperature": "35 degC",
      "coefficient of linear expansion of steel": "12e-6 1/K", "mass of the truss": "850 kg"}
L, T1, T2, al, m = vals(gv)
dL = L * al * (T2 - T1)
Qs.append(Q(F,
    "Above the opera house stage hangs an 18 m steel lighting truss of mass 850 kg. During a performance the air around it warms from 15 degC to 35 degC. With a coefficient of linear expansion of 12 x 10^-6 per K, by how much does the truss lengthen?",
    gv, "increase in length of the truss", "mm", dL * 1000, laws=1,
    irrelevant=["mass of the truss"],
    solution=f"Delta L = alpha L Delta T = 12e-6 x 18 x 20 = {dL*1000:.2f} mm.",
    assumptions=["truss free to expand, uniform temperature"]))

# 5 scuba - Gay-Lussac (distractor: tank volume)
gv = {"internal volume of the tank": "11.1 L", "absolute pressure when filled": "207 bar",
      "temperature when filled": "30 degC", "water temperature": "10 degC"}
V, P1, T1, T2 = vals(gv)
P2 = P1 * (T2 + T0) / (T1 + T0)
Qs.append(Q(F,
    "A scuba tank of internal volume 11.1 L is filled on a sunny dock to an absolute pressure of 207 bar while at 30 degC. The diver then enters water at 10 degC and the tank cools to the water temperature before any air is used. What is the new absolute pressure in the tank?",
    gv, "absolute pressure after cooling", "bar", P2, laws=1,
    irrelevant=["internal volume of the tank"],
    solution=f"Constant volume: P2 = P1 T2/T1 = 207 x 283.15/303.15 = {P2:.1f} bar.",
    assumptions=["ideal gas", "rigid tank"]))

# 6 cruise ship - heating water with a heater, time
gv = {"volume of water": "3000 L", "density of water": "1.00 kg/L", "initial temperature": "54 degF",
      "final temperature": "140 degF", "specific heat of water": "4186 J/(kg*K)", "heater power": "45 kW"}
V, rho, T1, T2, cw, P = vals(gv)
Qh = V * rho * cw * (T2 - T1) * 5 / 9
t = Qh / (P * 1000)
Qs.append(Q(F,
    "A cruise ship's galley hot-water tank holds 3000 L of water (density 1.00 kg/L, specific heat 4186 J/(kg K)) which must be heated from 54 degF to 140 degF by a 45 kW electric heater. Assuming no heat losses, how long does this take?",
    gv, "heating time", "h", t / 3600, laws=2,
    solution=f"Delta T = 86 degF = {86*5/9:.2f} K; Q = m c Delta T = {Qh:.4g} J; t = Q/P = {t:.0f} s = {t/3600:.2f} h.",
    assumptions=["no heat losses", "all heater power into water"]))

# 7 carpentry - conduction through door
gv = {"thickness of the door": "4.5 cm", "height of the door": "2.0 m", "width of the door": "0.9 m",
      "thermal conductivity of oak": "0.17 W/(m*K)", "inside temperature": "20 degC",
      "outside temperature": "-5 degC"}
d, H, W_, k, Ti, To = vals(gv)
P = k * H * W_ * (Ti - To) / (d / 100)
Qs.append(Q(F,
    "The carpentry workshop has a solid oak door 4.5 cm thick, 2.0 m high and 0.9 m wide (thermal conductivity of oak 0.17 W/(m K)). The workshop is kept at 20 degC while it is -5 degC outside. Treating the door surfaces as being at the air temperatures, at what rate does heat conduct through the door?",
    gv, "rate of heat conduction", "W", P, laws=1,
    solution=f"P = k A Delta T / d = 0.17 x 1.8 x 25 / 0.045 = {P:.0f} W.",
    assumptions=["steady one-dimensional conduction", "surface film resistances ignored"]))

# 8 particle accelerator - helium boil-off
gv = {"heat leak into the cryostat": "4 W", "latent heat of vaporisation of helium": "20.7 kJ/kg",
      "density of liquid helium": "125 kg/m**3", "time interval": "24 h"}
P, Lv, rho, th = vals(gv)
m = P * th * 3600 / (Lv * 1000)
Vl = m / rho * 1000
Qs.append(Q(F,
    "A superconducting magnet in the particle accelerator lab sits in a liquid-helium cryostat with a steady heat leak of 4 W. Liquid helium has latent heat of vaporisation 20.7 kJ/kg and density 125 kg/m^3. How many litres of liquid helium boil off in 24 hours?",
    gv, "volume of helium boiled off", "L", Vl, laws=2,
    solution=f"Energy = P t = {P*th*3600:.0f} J; mass = E/L = {m:.3f} kg; volume = m/rho = {Vl:.1f} L.",
    assumptions=["all heat leak goes into boiling helium at its boiling point"]))

# 9 textile mill - isothermal compression work
gv = {"initial volume of air": "2.0 m**3", "initial pressure": "1 atm", "final volume": "0.25 m**3"}
V1, P1, V2 = vals(gv)
W = P1 * atm * V1 * math.log(V1 / V2)
Qs.append(Q(F,
    "The air-jet looms in a textile mill are fed by a compressor. In one cycle 2.0 m^3 of air at 1 atm is compressed slowly and isothermally to 0.25 m^3. How much work is done on the air?",
    gv, "work done on the air", "kJ", W / 1000, laws=2,
    solution=f"Ideal gas, isothermal: W = nRT ln(V1/V2) = P1 V1 ln 8 = {W:.0f} J = {W/1000:.1f} kJ.",
    assumptions=["ideal gas", "isothermal, quasi-static", "1 atm = 101325 Pa"]))

# 10 hydroelectric - temperature rise from falling water (distractor: flow rate)
gv = {"height of the fall": "95 m", "specific heat of water": "4186 J/(kg*K)",
      "volume flow rate": "300 m**3/s"}
hh, cw, Qv = vals(gv)
dT = g * hh / cw
Qs.append(Q(F,
    "At a hydroelectric dam, 300 m^3/s of water spills 95 m down the emergency spillway when the turbines are shut. If all the water's gravitational potential energy ended up as internal energy of the water (specific heat 4186 J/(kg K)), how much warmer would the water be at the bottom?",
    gv, "temperature rise of the water", "K", dT, laws=2,
    irrelevant=["volume flow rate"],
    solution=f"m g h = m c Delta T gives Delta T = g h / c = {dT:.4f} K.",
    assumptions=["no heat lost to surroundings", "g = 9.81 m/s^2"]))

# 11 motor racing - tyre pressure with gauge/absolute
gv = {"cold gauge pressure": "26 psi", "cold tyre temperature": "25 degC",
      "hot tyre temperature": "85 degC", "atmospheric pressure": "14.7 psi"}
Pg1, T1, T2, Pa = vals(gv)
P2 = (Pg1 + Pa) * (T2 + T0) / (T1 + T0)
Pg2 = P2 - Pa
Qs.append(Q(F,
    "A racing team sets a tyre to a gauge pressure of 26 psi at 25 degC in the pit garage. After several laps the air in the tyre is at 85 degC. Atmospheric pressure is 14.7 psi. Assuming the tyre volume stays constant, what does the pressure gauge read now?",
    gv, "hot gauge pressure", "psi", Pg2, laws=2,
    solution=f"Absolute: P1 = {Pg1+Pa:.1f} psi; P2 = P1 x 358.15/298.15 = {P2:.2f} psi; gauge = {Pg2:.2f} psi.",
    assumptions=["ideal gas", "constant volume", "no air lost"]))

# 12 kite festival - net radiation
gv = {"emissivity of the fabric": "0.9 dimensionless", "total radiating area (both faces)": "1.2 m**2",
      "temperature of the kite panel": "45 degC", "temperature of the surroundings": "20 degC"}
em, A, Tk, Ts = vals(gv)
Pnet = em * sigma * A * ((Tk + T0)**4 - (Ts + T0)**4)
Qs.append(Q(F,
    "A dark kite lying on the grass at a kite festival has been heated by the sun to 45 degC. Its fabric has emissivity 0.9 and a total radiating area (both faces together) of 1.2 m^2; the surroundings are at 20 degC. What is the net rate at which it loses energy by thermal radiation?",
    gv, "net radiated power", "W", Pnet, laws=1,
    solution=f"P = e sigma A (T^4 - T_s^4) with T = 318.15 K, T_s = 293.15 K: P = {Pnet:.1f} W.",
    assumptions=["grey body", "surroundings act as black body at 20 degC"]))

# 13 cold storage - not derivable (mass missing)
gv = {"initial temperature of the fish": "-22 degC", "final temperature": "-2 degC",
      "rate of heat absorption": "1.5 kW", "specific heat of frozen fish": "1.8 kJ/(kg*K)"}
Qs.append(Q(F,
    "A pallet of frozen fish at -22 degC is left on the loading dock of a cold-storage warehouse, where it absorbs heat at 1.5 kW. Frozen fish has specific heat 1.8 kJ/(kg K). How long until the fish warms to -2 degC (below its thawing point)?",
    gv, "time to warm to -2 degC", "min", None, outcome="not derivable", laws=2,
    solution="t = m c Delta T / P, but the mass of fish on the pallet is not given and cannot reasonably be assumed, so the time cannot be determined.",
    assumptions=[]))

# 14 oil rig - ill-posed (efficiency above Carnot)
gv = {"combustion temperature": "1100 degC", "exhaust temperature": "450 degC",
      "thermal efficiency": "62 percent", "electrical output": "25 MW"}
Th, Tc, eta, P = vals(gv)
etaC = 1 - (Tc + T0) / (Th + T0)
Qs.append(Q(F,
    "The gas-turbine generator on an oil rig takes in heat at a combustion temperature of 1100 degC and rejects it at 450 degC. The manufacturer quotes a thermal efficiency of 62% and an electrical output of 25 MW. At what rate is waste heat rejected?",
    gv, "rate of waste heat rejection", "MW", None, outcome="ill-posed", laws=2,
    solution=f"The Carnot limit between these temperatures is 1 - 723.15/1373.15 = {etaC*100:.1f}%, so a 62% efficiency is impossible; the givens contradict the second law.",
    assumptions=[]))

# 15 opera house - ambiguous ("temperature doubled" from 10 degC)
gv = {"initial air temperature": "10 degC"}
T1, = vals(gv)
f1 = math.sqrt((2 * T1 + T0) / (T1 + T0))
f2 = math.sqrt(2.0)
Qs.append(Q(F,
    "Before a winter matinee the heating in the opera house auditorium is switched on, and the temperature of the air is doubled from its initial 10 degC. By what factor does the rms speed of the air molecules increase?",
    gv, "factor increase of rms molecular speed", "dimensionless", None, outcome="ambiguous", laws=2,
    solution=f"v_rms is proportional to sqrt(T). Reading 1: the Celsius reading doubles, 10 -> 20 degC, factor sqrt(293.15/283.15) = {f1:.4f}. Reading 2: the absolute temperature doubles (283 K -> 566 K), factor sqrt(2) = {f2:.4f}.",
    assumptions=["ideal gas"]))
