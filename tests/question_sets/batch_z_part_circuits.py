"""Batch z, field: circuits (15 questions)."""
import math
from batch_z_common import Q, g, F_far, sig

F = "circuits"
Qs = []

# C1 pizzeria - heating element resistance
V1, P1 = 240.0, 3.6e3
R1 = V1 ** 2 / P1
Qs.append(Q(F,
    "The pizzeria's electric deck oven has a heating element rated 3.6 kW at 240 V. What is the "
    "element's resistance when operating?",
    {"power rating": "3.6 kW", "supply voltage": "240 V"},
    "resistance of the element", "ohm", R1, laws=1,
    solution=f"R = V^2/P = 240^2/3600 = {sig(R1)} ohm.",
    assumptions=["purely resistive element"]))

# C2 pizzeria - total current of parallel appliances
P2a, P2b, V2 = 1100.0, 850.0, 120.0
I2 = (P2a + P2b) / V2
Qs.append(Q(F,
    "In the pizzeria's back room, a 1100 W microwave and an 850 W toaster oven are plugged into the "
    "same 120 V branch circuit and switched on together. How much current flows in the circuit's "
    "supply wire?",
    {"microwave power": "1100 W", "toaster oven power": "850 W", "circuit voltage": "120 V"},
    "total current", "A", I2, laws=2,
    solution=f"I = P/V for each ({sig(P2a/V2)} A + {sig(P2b/V2)} A); parallel currents add: {sig(I2)} A.",
    assumptions=["resistive loads at rated power", "appliances in parallel"]))

# C3 rock festival - power bank runtime
Q3, V3, P3 = 20000e-3, 3.7, 5.0
t3 = Q3 * V3 / P3
Qs.append(Q(F,
    "A wireless LED strip on the rock festival stage draws 5.0 W from a power bank rated 20000 mAh at "
    "3.7 V. Assuming all stored energy is usable, how long can the strip run?",
    {"power drawn by the strip": "5.0 W", "battery capacity": "20000 mA*h",
     "battery voltage": "3.7 V"},
    "running time", "hour", t3, laws=2,
    solution=f"E = Q V = 20 Ah*3.7 V = {sig(Q3*V3)} Wh; t = E/P = {sig(t3)} h.",
    assumptions=["no conversion losses"]))

# C4 ambulance - defibrillator capacitor energy; patient mass distractor
C4, V4 = 32e-6, 5000.0
E4 = 0.5 * C4 * V4 ** 2
Qs.append(Q(F,
    "An ambulance defibrillator charges a 32 µF capacitor to 5000 V before shocking an 80 kg patient. "
    "How much energy is stored in the capacitor?",
    {"capacitance": "32 uF", "charging voltage": "5000 V", "mass of the patient": "80 kg"},
    "stored energy", "J", E4, laws=1,
    irrelevant=["mass of the patient"],
    solution=f"E = C V^2/2 = 0.5*32e-6*5000^2 = {sig(E4)} J.",
    assumptions=[]))

# C5 ambulance - RC discharge time
C5, R5 = 32e-6, 50.0
t5 = R5 * C5 * math.log(10) * 1000
Qs.append(Q(F,
    "The defibrillator's 32 µF capacitor discharges through the patient's chest, which acts as a 50 Ω "
    "resistor. How long does it take for the capacitor voltage to fall to 10 % of its initial value?",
    {"capacitance": "32 uF", "chest resistance": "50 ohm", "final fraction of voltage": "10 percent"},
    "discharge time", "ms", t5, laws=1,
    solution=f"V = V0 e^(-t/RC) -> t = RC ln 10 = 1.6 ms*2.303 = {sig(t5)} ms.",
    assumptions=["simple RC discharge, constant resistance"]))

# C6 school chemistry lab - electrolysis (charge + Faraday)
I6, t6, M6, z6 = 2.0, 30 * 60.0, 63.55, 2
m6 = I6 * t6 * M6 / (z6 * F_far)
Qs.append(Q(F,
    "In the school chemistry lab, a current of 2.0 A is passed for 30 minutes through a copper(II) "
    "sulfate solution, plating copper (molar mass 63.55 g/mol, Cu2+ ions) onto the cathode. What mass "
    "of copper is deposited?",
    {"current": "2.0 A", "time": "30 min", "molar mass of copper": "63.55 g/mol",
     "charge number of the copper ion": "2 dimensionless"},
    "mass of copper deposited", "g", m6, laws=2,
    solution=f"Q = I t = {sig(I6*t6)} C; n = Q/(2F) = {sig(I6*t6/(z6*F_far))} mol; m = n M = {sig(m6)} g.",
    assumptions=["100 % current efficiency", "Faraday constant = N_A e"]))

# C7 science museum - series-parallel network
R7s, R7a, R7b, V7 = 12.0, 20.0, 30.0, 9.0
Rp7 = R7a * R7b / (R7a + R7b)
I7 = V7 / (R7s + Rp7)
I7a = I7 * Rp7 / R7a
Qs.append(Q(F,
    "A science museum's hands-on circuit board connects a 12 Ω resistor in series with a parallel pair "
    "of 20 Ω and 30 Ω resistors, all across an ideal 9.0 V battery. What current flows through the "
    "20 Ω resistor?",
    {"series resistor": "12 ohm", "first parallel resistor": "20 ohm",
     "second parallel resistor": "30 ohm", "battery voltage": "9.0 V"},
    "current through the 20 ohm resistor", "A", I7a, laws=2,
    solution=f"R_par = {sig(Rp7)} ohm, R_tot = {sig(R7s+Rp7)} ohm, I = {sig(I7)} A; V_par = {sig(I7*Rp7)} V; "
             f"I_20 = {sig(I7a)} A.",
    assumptions=["ideal battery and wires"]))

# C8 helicopter base - terminal voltage; capacity distractor
E8, r8, I8 = 24.0, 0.020, 400.0
V8 = E8 - I8 * r8
Qs.append(Q(F,
    "A helicopter's 24 V, 40 A·h battery has an internal resistance of 0.020 Ω. While cranking the "
    "engine, the starter motor draws 400 A. What is the battery's terminal voltage during cranking?",
    {"battery emf": "24 V", "battery capacity": "40 A*h", "internal resistance": "0.020 ohm",
     "starter current": "400 A"},
    "terminal voltage", "V", V8, laws=1,
    irrelevant=["battery capacity"],
    solution=f"V = emf - I r = 24 - 400*0.020 = {sig(V8)} V.",
    assumptions=["emf equals the rated 24 V"]))

# C9 elevator maintenance - motor current from mechanical power and efficiency
m9, v9, eta9, V9 = 1000.0, 1.5, 0.80, 400.0
I9 = m9 * g * v9 / (eta9 * V9)
Qs.append(Q(F,
    "During elevator maintenance, technicians test a DC hoist motor supplied at 400 V. It lifts a "
    "1000 kg car (no counterweight) at a steady 1.5 m/s with an overall efficiency of 80 %. What "
    "current does the motor draw?",
    {"supply voltage": "400 V", "mass of the car": "1000 kg", "lifting speed": "1.5 m/s",
     "efficiency": "80 percent"},
    "motor current", "A", I9, laws=2,
    solution=f"P_mech = m g v = {sig(m9*g*v9)} W; P_el = P_mech/0.80 = {sig(m9*g*v9/eta9)} W; I = P/V = {sig(I9)} A.",
    assumptions=["g = 9.81 m/s^2"]))

# C10 clock tower - wire resistance and voltage drop
L10, A10, rho10, I10 = 150.0, 1.5e-6, 1.68e-8, 10.0
R10 = rho10 * L10 / A10
V10 = I10 * R10
Qs.append(Q(F,
    "A single copper wire 150 m long with a cross-section of 1.5 mm^2 carries 10 A to the clock tower's "
    "motor. Copper's resistivity is 1.68 × 10^-8 Ω·m. What is the voltage drop along the wire?",
    {"wire length": "150 m", "cross-sectional area": "1.5 mm**2", "current": "10 A",
     "resistivity of copper": "1.68e-8 ohm*m"},
    "voltage drop along the wire", "V", V10, laws=2,
    solution=f"R = rho L/A = {sig(R10)} ohm; V = I R = {sig(V10)} V.",
    assumptions=["room-temperature resistivity"]))

# C11 glacier expedition - heated socks runtime
V11, Q11, R11 = 7.4, 2200e-3, 6.0
I11 = V11 / R11
t11 = Q11 / I11
Qs.append(Q(F,
    "An expedition member on the glacier wears heated socks powered by a 7.4 V, 2200 mAh battery. "
    "The heating element has a resistance of 6.0 Ω. How long will a full battery keep the socks "
    "warm?",
    {"battery voltage": "7.4 V", "battery capacity": "2200 mA*h", "heater resistance": "6.0 ohm"},
    "running time", "hour", t11, laws=2,
    solution=f"I = V/R = {sig(I11)} A; t = Q/I = 2.2 Ah/{sig(I11)} A = {sig(t11)} h.",
    assumptions=["constant battery voltage, negligible internal resistance"]))

# C12 salt mine - LED series resistor; wavelength distractor
Vs12, Vf12, I12 = 12.0, 3.2, 20e-3
R12 = (Vs12 - Vf12) / I12
Qs.append(Q(F,
    "A blue safety LED (wavelength 450 nm) in the salt mine's escape tunnel runs from the 12 V "
    "lighting supply. The LED drops 3.2 V at its rated current of 20 mA. What series resistor is "
    "needed?",
    {"LED wavelength": "450 nm", "supply voltage": "12 V", "LED forward voltage": "3.2 V",
     "LED current": "20 mA"},
    "series resistance", "ohm", R12, laws=2,
    irrelevant=["LED wavelength"],
    solution=f"V_R = 12 - 3.2 = 8.8 V; R = 8.8/0.020 = {sig(R12)} ohm.",
    assumptions=[]))

# C13 apple orchard - ambiguous: series or parallel
R13, V13 = 40.0, 230.0
Ps13 = V13 ** 2 / (2 * R13)
Pp13 = 2 * V13 ** 2 / R13
Qs.append(Q(F,
    "To protect young apple trees from frost, two identical 40 Ω heating cables are connected to a "
    "230 V supply in the orchard shed. What total power do the cables deliver?",
    {"resistance of each cable": "40 ohm", "supply voltage": "230 V"},
    "total heating power", "W", None, outcome="ambiguous", laws=2,
    solution=f"The connection is not specified. In series: P = V^2/(2R) = {sig(Ps13)} W. In parallel: "
             f"P = 2 V^2/R = {sig(Pp13)} W.",
    assumptions=["resistive cables, constant resistance"]))

# C14 radio telescope - ill-posed: current above short-circuit current
E14, r14, I14 = 1.5, 0.50, 5.0
Qs.append(Q(F,
    "A test cell in the radio telescope's electronics lab has an emf of 1.5 V and an internal "
    "resistance of 0.50 Ω. Connected to an external resistor, it delivers a steady 5.0 A. What is the "
    "resistance of the external resistor?",
    {"cell emf": "1.5 V", "internal resistance": "0.50 ohm", "current": "5.0 A"},
    "external resistance", "ohm", None, outcome="ill-posed", laws=1,
    solution=f"Even a short circuit gives at most emf/r = {sig(E14/r14)} A; R = emf/I - r = "
             f"{sig(E14/I14 - r14)} ohm would be negative. The data are impossible.",
    assumptions=[]))

# C15 bridge inspection - not derivable: battery capacity missing
Qs.append(Q(F,
    "Bridge inspectors light the underside of a deck with a 36 W LED floodlight running from a 12 V "
    "battery pack. How long will the floodlight run before the battery is flat?",
    {"lamp power": "36 W", "battery voltage": "12 V"},
    "running time", "hour", None, outcome="not derivable", laws=2,
    solution="The running time needs the battery's capacity (A*h or W*h), which is not given.",
    assumptions=[]))
