from batch_x_common import *

F = "circuits"
Qs = []

# 1 beekeeping - current of uncapping knife (distractor: blade length)
gv = {"rated power of the knife": "350 W", "supply voltage": "230 V", "length of the blade": "25 cm"}
P, V, L = vals(gv)
I = P / V
Qs.append(Q(F,
    "A beekeeper's electric uncapping knife, with a 25 cm blade, is rated 350 W at 230 V. What current does it draw from the mains when operating at its rating?",
    gv, "current drawn", "A", I, laws=1,
    irrelevant=["length of the blade"],
    solution=f"I = P/V = 350/230 = {I:.3f} A.",
    assumptions=["resistive load, rms values"]))

# 2 kite festival - LED runtime from mAh
gv = {"battery capacity": "2200 mA*h", "battery voltage": "3.7 V", "power drawn by the LEDs": "0.9 W"}
Cap, V, P = vals(gv)
E = Cap / 1000 * 3600 * V
t = E / P
Qs.append(Q(F,
    "A night-flying kite at a kite festival is lit by LED strips drawing 0.9 W in total from a 3.7 V, 2200 mAh lithium battery. Assuming the full rated capacity is delivered at constant voltage, how long will the lights run?",
    gv, "running time", "h", t / 3600, laws=2,
    solution=f"Energy = Q V = 2.2 A h x 3600 s/h x 3.7 V = {E:.0f} J; t = E/P = {t:.0f} s = {t/3600:.2f} h.",
    assumptions=["constant voltage", "100% of rated capacity usable, no converter losses"]))

# 3 carpentry - voltage drop in extension cord
gv = {"length of each conductor": "25 m", "cross-sectional area of each conductor": "1.5 mm**2",
      "resistivity of copper": "1.68e-8 ohm*m", "current drawn by the saw": "10 A"}
L, A, rho, I = vals(gv)
Rw = rho * 2 * L / (A * 1e-6)
dV = I * Rw
Qs.append(Q(F,
    "A table saw in a carpentry workshop draws 10 A through an extension cord whose two copper conductors are each 25 m long with a cross-section of 1.5 mm^2. Copper's resistivity is 1.68 x 10^-8 ohm m. What is the total voltage drop along the cord (out and back)?",
    gv, "voltage drop in the cord", "V", dV, laws=2,
    solution=f"R = rho (2L)/A = {Rw:.3f} ohm; drop = I R = {dV:.2f} V.",
    assumptions=["resistive load, rms current"]))

# 4 textile mill - series-parallel
gv = {"first parallel resistor": "12 ohm", "second parallel resistor": "6 ohm",
      "series resistor": "4 ohm", "supply voltage": "24 V"}
R1, R2, R3, V = vals(gv)
Rp = R1 * R2 / (R1 + R2)
Itot = V / (Rp + R3)
I2 = Itot * Rp / R2
Qs.append(Q(F,
    "In a textile mill's loom-control panel, a 12 ohm and a 6 ohm heater element are connected in parallel, and this pair is in series with a 4 ohm resistor across a 24 V DC supply. What current flows through the 6 ohm element?",
    gv, "current through the 6 ohm element", "A", I2, laws=2,
    solution=f"Parallel: {Rp:.1f} ohm; total {Rp+R3:.1f} ohm; I = {Itot:.1f} A; voltage across pair = {Itot*Rp:.1f} V; I(6 ohm) = {I2:.2f} A.",
    assumptions=["ideal supply"]))

# 5 particle accelerator - RC charging time (distractor: supply voltage)
gv = {"capacitance": "2.0 uF", "charging resistance": "50 kohm", "supply voltage": "5 kV",
      "target fraction of supply voltage": "90 percent"}
C, Rr, V, fr = vals(gv)
tau = C * 1e-6 * Rr * 1e3
t = -tau * math.log(1 - fr / 100)
Qs.append(Q(F,
    "A pulse-forming capacitor of 2.0 uF in the accelerator lab's kicker magnet supply is charged from a 5 kV source through a 50 kohm resistor, starting uncharged. How long does it take to reach 90% of the supply voltage?",
    gv, "charging time", "s", t, laws=1,
    irrelevant=["supply voltage"],
    solution=f"tau = RC = {tau:.3f} s; V = V0(1 - e^(-t/tau)) = 0.9 V0 gives t = tau ln 10 = {t:.4f} s.",
    assumptions=["ideal components"]))

# 6 particle accelerator - energy in capacitor bank
gv = {"capacitance of the bank": "4700 uF", "charging voltage": "450 V"}
C, V = vals(gv)
E = 0.5 * C * 1e-6 * V**2
Qs.append(Q(F,
    "A capacitor bank of 4700 uF in the accelerator lab's magnet pulser is charged to 450 V. How much energy does it store?",
    gv, "stored energy", "J", E, laws=1,
    solution=f"E = (1/2) C V^2 = {E:.1f} J.",
    assumptions=[]))

# 7 cold storage - energy used by compressor
gv = {"power of the compressor motor": "2.2 kW", "running time per day": "14 h", "number of days": "30 dimensionless"}
P, hrs, nd = vals(gv)
E = P * hrs * nd
Qs.append(Q(F,
    "A cold-storage warehouse's compressor motor draws 2.2 kW and runs 14 h per day. How much electrical energy does it use in 30 days, in kilowatt-hours?",
    gv, "energy used", "kW*h", E, laws=1,
    solution=f"E = P t = 2.2 kW x 14 h x 30 = {E:.0f} kWh.",
    assumptions=["constant power while running"]))

# 8 cruise ship - emf and internal resistance
gv = {"emf of the battery bank": "24 V", "internal resistance": "0.05 ohm", "load resistance": "1.15 ohm"}
emf, r, Rl = vals(gv)
I = emf / (r + Rl)
Vt = I * Rl
Qs.append(Q(F,
    "A cruise ship's emergency-lighting battery bank has an emf of 24 V and internal resistance 0.05 ohm. During a drill it supplies a lighting circuit of total resistance 1.15 ohm. What is the battery's terminal voltage?",
    gv, "terminal voltage", "V", Vt, laws=2,
    solution=f"I = emf/(R + r) = {I:.1f} A; V = I R = emf - I r = {Vt:.2f} V.",
    assumptions=["constant resistances"]))

# 9 motor racing - charge used in mAh (distractors: voltage, capacity)
gv = {"starter current": "180 A", "cranking time": "1.5 s", "battery voltage": "12.6 V",
      "battery capacity": "40 A*h"}
I, t, V, Cap = vals(gv)
Qc = I * t
Qs.append(Q(F,
    "A race car's 12.6 V, 40 Ah battery cranks the starter motor, which draws 180 A for 1.5 s before the engine fires. How much charge, in mAh, is taken from the battery?",
    gv, "charge drawn", "mA*h", Qc / 3.6, laws=1,
    irrelevant=["battery voltage", "battery capacity"],
    solution=f"Q = I t = {Qc:.0f} C = {Qc/3.6:.0f} mAh.",
    assumptions=["constant current"]))

# 10 hydroelectric - transmission loss
gv = {"power transmitted": "150 MW", "transmission voltage": "220 kV", "line resistance": "8 ohm"}
P, V, Rl = vals(gv)
I = P * 1e6 / (V * 1e3)
Ploss = I**2 * Rl
Qs.append(Q(F,
    "A hydroelectric plant sends 150 MW to a city at 220 kV over a line with total resistance 8 ohm. Treating it as a simple two-wire line at unity power factor, how much power is lost as heat in the line?",
    gv, "power lost in the line", "MW", Ploss / 1e6, laws=2,
    solution=f"I = P/V = {I:.1f} A; P_loss = I^2 R = {Ploss/1e6:.2f} MW.",
    assumptions=["unity power factor", "single-phase equivalent"]))

# 11 opera house - lamp on reduced voltage
gv = {"rated power of the lamp": "1000 W", "rated voltage": "230 V", "actual supply voltage": "200 V"}
P, V1, V2 = vals(gv)
Rl = V1**2 / P
P2 = V2**2 / Rl
Qs.append(Q(F,
    "A stage floodlight in the opera house is rated 1000 W at 230 V. A dimmer reduces the rms voltage across it to 200 V. Assuming its resistance stays constant, what power does it now draw?",
    gv, "power at reduced voltage", "W", P2, laws=2,
    solution=f"R = V^2/P = {Rl:.2f} ohm; P' = V'^2/R = {P2:.0f} W.",
    assumptions=["constant filament resistance"]))

# 12 oil rig - capacitors in series
gv = {"first capacitance": "10 uF", "second capacitance": "22 uF", "applied voltage": "48 V"}
C1, C2, V = vals(gv)
Ceq = C1 * C2 / (C1 + C2)
Qc = Ceq * V
Qs.append(Q(F,
    "In the control cabinet of an oil rig's gas detector, a 10 uF and a 22 uF capacitor are connected in series across a 48 V DC supply. Once charged, how much charge sits on each capacitor?",
    gv, "charge on each capacitor", "uC", Qc, laws=2,
    solution=f"C_eq = C1 C2/(C1 + C2) = {Ceq:.3f} uF; Q = C_eq V = {Qc:.0f} uC (same on both).",
    assumptions=["capacitors initially uncharged"]))

# 13 scuba - not derivable (current/power missing)
gv = {"battery voltage": "3.6 V", "battery capacity": "3400 mA*h"}
Qs.append(Q(F,
    "A diver's underwater torch runs on a single 3.6 V, 3400 mAh rechargeable cell. How long will the torch run on a full charge?",
    gv, "running time", "h", None, outcome="not derivable", laws=1,
    solution="Running time = capacity / current (or energy / power), but the torch's current or power draw is not given and varies widely between torches; it cannot be determined.",
    assumptions=[]))

# 14 archery - not derivable (second resistor unknown)
gv = {"supply voltage": "12 V", "known resistor": "220 ohm"}
Qs.append(Q(F,
    "The archery range's electronic scoreboard has two resistors in parallel across its 12 V supply: one is 220 ohm, the other has lost its colour bands. What total current does the pair draw?",
    gv, "total current", "mA", None, outcome="not derivable", laws=2,
    solution="The total current is 12/220 + 12/R2, but the second resistance is unknown; only the 54.5 mA through the 220 ohm resistor can be found.",
    assumptions=[]))

# 15 cable car - ill-posed (output exceeds input)
gv = {"electrical input power": "400 kW", "supply voltage": "690 V", "mechanical output power": "430 kW"}
Pin, V, Pout = vals(gv)
Qs.append(Q(F,
    "The drive motor of a mountain cable car takes 400 kW of electrical power from a 690 V supply while delivering 430 kW of mechanical power to the haul rope. At what rate is heat generated in the motor?",
    gv, "rate of heat generation in the motor", "kW", None, outcome="ill-posed", laws=1,
    solution="Heat rate = input - output = -30 kW, i.e. the motor would be more than 100% efficient (107.5%), violating energy conservation. The givens are contradictory.",
    assumptions=[]))
