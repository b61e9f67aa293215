from batch_y_common import *

F = "circuits"
Qs = []

# 1 battery run time (distractors: voltage, freezer volume)
cap, I = 200.0, 15.0
t = cap / I
Qs.append(Q(F,
    "An ice-cream van's 150 L freezer runs overnight from a 12 V leisure battery rated at 200 A·h. The freezer draws a steady 15 A. "
    "How many hours can it run before the battery is fully discharged?",
    {"freezer volume": "150 L", "battery voltage": "12 V", "battery capacity": "200 A*h", "current drawn": "15 A"},
    "run time", "hour", t, laws=1, irrelevant=["freezer volume", "battery voltage"],
    solution=f"t = capacity/current = 200/15 = {t:.2f} h.",
    assumptions=["full rated capacity available", "constant current"]))

# 2 total current of parallel lamps
n, P, V = 20, 150.0, 230.0
I = n * P / V
Qs.append(Q(F,
    "A street-lighting circuit feeds 20 lamps of 150 W each, all connected in parallel across a 230 V supply. What total current does the circuit carry?",
    {"number of lamps": "20 dimensionless", "power of each lamp": "150 W", "supply voltage": "230 V"},
    "total current", "A", I, laws=2,
    solution=f"Each lamp draws 150/230 = {P/V:.3f} A; parallel currents add: I = {I:.2f} A.",
    assumptions=["resistive loads, unity power factor"]))

# 3 LED series resistor current
Vs, Vf, Rr = 5.0, 2.0, 470.0
I = (Vs - Vf) / Rr
Qs.append(Q(F,
    "A supermarket shelf-edge price display lights an LED from a 5.0 V supply through a 470 Ω resistor. The LED's forward voltage is 2.0 V. "
    "What current flows through the LED, in mA?",
    {"supply voltage": "5.0 V", "resistance": "470 ohm", "LED forward voltage": "2.0 V"},
    "LED current", "mA", I * 1000, laws=2,
    solution=f"Kirchhoff: V_R = 5.0 − 2.0 = 3.0 V; I = 3.0/470 = {I*1000:.2f} mA.",
    assumptions=["constant LED forward voltage"]))

# 4 nichrome heater wire length
P, V, rho, d = 1500.0, 230.0, 1.10e-6, 0.5e-3
Rw = V**2 / P
A = math.pi * (d / 2) ** 2
L = Rw * A / rho
Qs.append(Q(F,
    "A heater for the boot room of an arctic research station must deliver 1500 W from a 230 V supply. It is wound from nichrome wire of diameter 0.5 mm "
    "and resistivity 1.10 × 10^-6 Ω·m. What length of wire is needed?",
    {"heater power": "1500 W", "supply voltage": "230 V", "wire diameter": "0.5 mm", "resistivity of nichrome": "1.10e-6 ohm*m"},
    "length of wire", "m", L, laws=2,
    solution=f"R = V^2/P = {Rw:.2f} Ω; A = πd^2/4 = {A:.4e} m^2; L = RA/ρ = {L:.2f} m.",
    assumptions=["resistance at operating temperature as given"]))

# 5 electric fence capacitor energy (distractor: fence length)
C, V = 10e-6, 8000.0
U = 0.5 * C * V**2
Qs.append(Q(F,
    "The energiser for a 2 km electric fence around a dairy farm's paddock charges a 10 µF capacitor to 8 kV before each pulse. How much energy is stored per pulse?",
    {"length of the fence": "2 km", "capacitance": "10 uF", "charging voltage": "8 kV"},
    "stored energy", "J", U, laws=1, irrelevant=["length of the fence"],
    solution=f"U = ½CV^2 = ½ × 10e-6 × 8000^2 = {U:.0f} J.",
    assumptions=["ideal capacitor"]))

# 6 RC discharge time to 10%
C, Rr = 470e-6, 2.2e3
t = Rr * C * math.log(10)
Qs.append(Q(F,
    "In a printing works, a press's safety interlock uses a 470 µF capacitor that discharges through a 2.2 kΩ resistor. "
    "How long does it take the capacitor voltage to fall to 10% of its starting value?",
    {"capacitance": "470 uF", "resistance": "2.2 kohm"},
    "discharge time", "s", t, laws=1,
    solution=f"V = V0 e^(−t/RC); τ = RC = {Rr*C:.3f} s; t = τ ln10 = {t:.2f} s.",
    assumptions=["ideal RC circuit"]))

# 7 floodlight energy per month (distractor: mast height)
n, P, hrs, nights = 12, 1.5, 4.0, 30
E = n * P * hrs * nights
Qs.append(Q(F,
    "A tennis club lights its court with 12 floodlights of 1.5 kW each, mounted on 15 m masts. They are on for 4 hours every night. "
    "How much electrical energy do they use in 30 nights?",
    {"number of floodlights": "12 dimensionless", "power of each floodlight": "1.5 kW", "height of the masts": "15 m",
     "hours per night": "4 hour", "number of nights": "30 dimensionless"},
    "energy used", "kW*h", E, laws=1, irrelevant=["height of the masts"],
    solution=f"E = 12 × 1.5 kW × 4 h × 30 = {E:.0f} kWh.",
    assumptions=["constant power while on"]))

# 8 golf cart range from battery
V, cap, P, v = 48.0, 150.0, 3.6e3, 20.0
I = P / V
t = cap / I
d = v * t
Qs.append(Q(F,
    "A golf cart runs on a 48 V battery pack rated at 150 A·h. On the course its motor draws an average of 3.6 kW while the cart averages 20 km/h. "
    "How far can it travel on a full charge?",
    {"battery voltage": "48 V", "battery capacity": "150 A*h", "average motor power": "3.6 kW", "average speed": "20 km/h"},
    "range", "km", d, laws=2,
    solution=f"I = P/V = {I:.0f} A; t = 150 A·h / {I:.0f} A = {t:.1f} h; range = 20 km/h × {t:.1f} h = {d:.0f} km.",
    assumptions=["full capacity usable at this current", "constant battery voltage"]))

# 9 power in one of two series elements
R1, R2, V = 40.0, 60.0, 240.0
I = V / (R1 + R2)
P2 = I**2 * R2
Qs.append(Q(F,
    "A glassblowing studio's annealing oven has two heating elements of 40 Ω and 60 Ω connected in series across a 240 V supply. "
    "How much power is dissipated in the 60 Ω element?",
    {"resistance of the first element": "40 ohm", "resistance of the second element": "60 ohm", "supply voltage": "240 V"},
    "power in the 60 ohm element", "W", P2, laws=2,
    solution=f"I = 240/100 = {I:.1f} A; P = I^2 R = {I:.1f}^2 × 60 = {P2:.1f} W.",
    assumptions=["resistances constant"]))

# 10 voltage drop along a tunnel cable
L, A, rho, I = 2400.0, 16e-6, 1.68e-8, 20.0
Rc = rho * L / A
dV = I * Rc
Qs.append(Q(F,
    "The lighting circuit of a railway tunnel is fed through copper conductors with a total (out-and-back) length of 2.4 km and a cross-section of 16 mm². "
    "Copper's resistivity is 1.68 × 10^-8 Ω·m. When the lights draw 20 A, what is the voltage drop along the cable?",
    {"total conductor length": "2.4 km", "conductor cross-section": "16 mm^2", "resistivity of copper": "1.68e-8 ohm*m",
     "current": "20 A"},
    "voltage drop", "V", dV, laws=2,
    solution=f"R = ρL/A = {Rc:.2f} Ω; ΔV = IR = {dV:.1f} V.",
    assumptions=["DC resistance, room temperature"]))

# 11 kiln energy per firing
V, I, t = 240.0, 48.0, 8.0
E = V * I * t / 1000
Qs.append(Q(F,
    "An electric pottery kiln on a 240 V supply draws 48 A with its elements fully on. How much energy does it use during an 8-hour firing at full power?",
    {"supply voltage": "240 V", "current": "48 A", "firing time": "8 hour"},
    "energy used", "kW*h", E, laws=2,
    solution=f"P = VI = {V*I/1000:.2f} kW; E = Pt = {E:.2f} kWh.",
    assumptions=["elements on continuously", "resistive load"]))

# 12 terminal voltage with internal resistance
emf, r, RL = 9.0, 0.5, 17.5
Vt = emf * RL / (RL + r)
Qs.append(Q(F,
    "A pressure sensor in a wind-tunnel laboratory is powered by a battery of emf 9.0 V and internal resistance 0.5 Ω. The sensor behaves as a 17.5 Ω load. "
    "What is the battery's terminal voltage?",
    {"emf of the battery": "9.0 V", "internal resistance": "0.5 ohm", "load resistance": "17.5 ohm"},
    "terminal voltage", "V", Vt, laws=2,
    solution=f"I = 9.0/18 = {emf/(RL+r):.2f} A; V = ε − Ir = {Vt:.2f} V.",
    assumptions=["ohmic load"]))

# 13 ND: battery life without load
Qs.append(Q(F,
    "A remote seismometer station at a volcano observatory runs from a 12 V battery bank of 100 A·h. How many days will the bank keep the station running?",
    {"battery voltage": "12 V", "battery capacity": "100 A*h"},
    "run time", "day", None, outcome="not derivable", laws=1,
    solution="The run time is capacity divided by the current drawn (or energy divided by power); the station's load is not given and cannot be assumed.",
    assumptions=[]))

# 14 IP: power bank delivering more than stored
E_store = 5.0 * 3.7
Qs.append(Q(F,
    "A power bank on sale at a supermarket holds 5000 mA·h at a nominal 3.7 V. The packaging says it delivers 25 W·h of energy to a phone on one full charge. "
    "What is the power bank's conversion efficiency?",
    {"capacity": "5000 mA*h", "nominal cell voltage": "3.7 V", "energy delivered": "25 W*h"},
    "efficiency", "percent", None, outcome="ill-posed", laws=2,
    solution=f"Stored energy = 5.000 A·h × 3.7 V = {E_store:.1f} Wh; delivering 25 Wh would mean {25/E_store*100:.0f}% efficiency, which is impossible.",
    assumptions=[]))

# 15 AMB: 170 V rms or peak
Rh, V = 25.0, 170.0
P_rms = V**2 / Rh
P_pk = (V / math.sqrt(2)) ** 2 / Rh
Qs.append(Q(F,
    "A milk-warming heater on a dairy farm has a 25 Ω element and is run from an old AC generator whose plate says 170 V. "
    "What average power does the element dissipate?",
    {"element resistance": "25 ohm", "generator voltage": "170 V"},
    "average power", "W", None, outcome="ambiguous", laws=1,
    solution=f"If 170 V is the rms value, P = V^2/R = {P_rms:.0f} W; if it is the peak value, V_rms = 120.2 V and P = {P_pk:.0f} W.",
    assumptions=["purely resistive element"]))

assert len(Qs) == 15
