import math
from batch_u_common import *

F = "circuits"
QUESTIONS = []
add = QUESTIONS.append

# C1 bicycle shop: e-bike range
V, Ah, frac, cons = 36.0, 14.0, 0.80, 15.0
E = V * Ah
rng = E * frac / cons
add(Q(F,
      "An e-bike in the shop has a mass of 22 kg and a 36 V, 14 Ah battery pack. To protect the cells, the controller only "
      "uses 80% of the stored energy. On a typical ride the bike uses 15 Wh per kilometre. What range can a customer "
      "expect on one charge?",
      {"mass of the e-bike": "22 kg", "battery voltage": "36 V", "battery capacity": "14 Ah",
       "usable fraction of the energy": "80 percent", "energy use per kilometre": "15 Wh/km"},
      "range on one charge", "km", rng, laws=2, irrelevant=["mass of the e-bike"],
      solution=f"E = 36*14 = {E:.0f} Wh; usable = {E*frac:.1f} Wh; range = {rng:.2f} km",
      assumptions=["constant battery voltage"]))

# C2 hospital: defibrillator average power, distractor patient mass
C, V, frac, t = 32e-6, 5000.0, 0.85, 4.0e-3
U = 0.5 * C * V ** 2
P = frac * U / t
add(Q(F,
      "A defibrillator's 32 µF capacitor is charged to 5000 V. During a shock to an 80 kg patient, 85% of the stored "
      "energy is delivered in 4.0 ms. What is the average power delivered during the shock?",
      {"capacitance": "32 uF", "charging voltage": "5000 V", "mass of the patient": "80 kg",
       "fraction of energy delivered": "85 percent", "duration of the shock": "4.0 ms"},
      "average power delivered", "kW", P / 1000, laws=2, irrelevant=["mass of the patient"],
      solution=f"U = C V^2/2 = {U:.0f} J; delivered = {frac*U:.0f} J; P = {P/1000:.1f} kW",
      assumptions=[]))

# C3 laundrette: heater resistance
P, V = 5.4e3, 230.0
Rh = V ** 2 / P
add(Q(F,
      "The heating element of a laundrette dryer is rated 5.4 kW when connected to the 230 V mains. What is the "
      "resistance of the element when it is operating?",
      {"power rating": "5.4 kW", "mains voltage": "230 V"},
      "resistance of the element", "ohm", Rh, laws=1,
      solution=f"R = V^2/P = 230^2/5400 = {Rh:.3f} ohm",
      assumptions=["purely resistive element"]))

# C4 library: current of parallel lamps, distractor fuse rating
n, P, V = 12, 9.0, 120.0
I = n * P / V
add(Q(F,
      "A row of reading desks in the library has 12 LED lamps, each rated 9.0 W, connected in parallel to a 120 V "
      "circuit protected by a 15 A fuse. What total current is drawn when all the lamps are on?",
      {"number of lamps": "12 dimensionless", "power of each lamp": "9.0 W", "circuit voltage": "120 V",
       "fuse rating": "15 A"},
      "total current", "A", I, laws=1, irrelevant=["fuse rating"],
      solution=f"P_total = 108 W; I = P/V = {I:.3f} A",
      assumptions=["lamps behave as resistive loads at rated power"]))

# C5 radio station: RC charging to 90%
Rr, C = 4.7e3, 220e-6
t90 = Rr * C * math.log(10)
add(Q(F,
      "A delay circuit in a radio studio's on-air light uses a 4.7 kΩ resistor in series with a 220 µF capacitor, "
      "charged from a steady DC supply. Starting from an uncharged capacitor, how long does it take to reach 90% of "
      "the supply voltage?",
      {"resistance": "4.7 kohm", "capacitance": "220 uF", "target fraction of supply voltage": "90 percent"},
      "charging time", "s", t90, laws=2,
      solution=f"tau = RC = {Rr*C:.4f} s; V/V0 = 1 - exp(-t/tau) = 0.9 -> t = tau ln10 = {t90:.4f} s",
      assumptions=["ideal components"]))

# C6 wind farm: cable loss
P, V, Rc = 3.0e6, 33e3, 0.8
I = P / V
loss = I ** 2 * Rc
add(Q(F,
      "A 3.0 MW wind turbine exports its full output at 33 kV through a cable with a total resistance of 0.8 Ω. "
      "Treating the link as a simple single-circuit line with current = power/voltage, how much power is lost as heat "
      "in the cable?",
      {"power exported": "3.0 MW", "transmission voltage": "33 kV", "cable resistance": "0.8 ohm"},
      "power lost in the cable", "kW", loss / 1000, laws=2,
      solution=f"I = P/V = {I:.2f} A; loss = I^2 R = {loss/1000:.3f} kW",
      assumptions=["unity power factor", "single-circuit (DC-equivalent) model"]))

# C7 greenhouse: series heating mats
R1, R2, V = 48.0, 72.0, 230.0
I = V / (R1 + R2)
P2 = I ** 2 * R2
add(Q(F,
      "Two propagation heating mats in a greenhouse, with resistances 48 Ω and 72 Ω, are accidentally wired in "
      "series across the 230 V supply. What power does the 72 Ω mat dissipate?",
      {"resistance of the first mat": "48 ohm", "resistance of the second mat": "72 ohm", "supply voltage": "230 V"},
      "power in the 72 ohm mat", "W", P2, laws=2,
      solution=f"I = 230/120 = {I:.4f} A; P = I^2 * 72 = {P2:.1f} W",
      assumptions=["resistances independent of temperature"]))

# C8 skate park: terminal voltage with internal resistance
E, r, RL = 12.0, 0.05, 1.2
I = E / (r + RL)
Vt = I * RL
add(Q(F,
      "A portable floodlight at an evening skate-park event is powered by a 12.0 V battery with internal resistance "
      "0.05 Ω. The lamp has a resistance of 1.2 Ω. What is the voltage across the battery terminals while the lamp "
      "is on?",
      {"emf of the battery": "12.0 V", "internal resistance": "0.05 ohm", "lamp resistance": "1.2 ohm"},
      "terminal voltage", "V", Vt, laws=2,
      solution=f"I = E/(r+R) = {I:.2f} A; V = I R = {Vt:.3f} V",
      assumptions=[]))

# C9 fire station: torch runtime from mAh
cap, V, P = 2.6, 3.7, 1.8
t = cap * V / P
add(Q(F,
      "A firefighter's helmet torch runs from a 3.7 V lithium-ion cell rated at 2600 mAh. The LED and its driver draw "
      "1.8 W. Assuming the cell voltage stays at 3.7 V and the cell can be fully discharged, how long will the torch run?",
      {"cell voltage": "3.7 V", "cell capacity": "2600 mAh", "power drawn": "1.8 W"},
      "running time", "h", t, laws=2,
      solution=f"E = 2.6 Ah * 3.7 V = {cap*V:.2f} Wh; t = E/P = {t:.3f} h",
      assumptions=["constant voltage", "full discharge"]))

# C10 submarine: two batteries in parallel feeding a load
E1, r1, E2, r2, RL = 12.6, 0.04, 12.2, 0.06, 0.5
Vn = (E1 / r1 + E2 / r2) / (1 / r1 + 1 / r2 + 1 / RL)
IL = Vn / RL
add(Q(F,
      "Two battery banks aboard a small research submarine are connected in parallel (positive to positive) to power a "
      "0.50 Ω motor. One bank has an emf of 12.6 V and internal resistance 0.040 Ω; the other has an emf of 12.2 V "
      "and internal resistance 0.060 Ω. What current flows through the motor, treating it as a resistor?",
      {"emf of the first bank": "12.6 V", "internal resistance of the first bank": "0.040 ohm",
       "emf of the second bank": "12.2 V", "internal resistance of the second bank": "0.060 ohm",
       "motor resistance": "0.50 ohm"},
      "current through the motor", "A", IL, laws=2,
      solution=f"node equation (Kirchhoff): V = (E1/r1 + E2/r2)/(1/r1 + 1/r2 + 1/R) = {Vn:.4f} V; I = V/R = {IL:.3f} A",
      assumptions=["motor treated as an ohmic load"]))

# C11 concert hall: two speakers in parallel
Rs, Vrms = 8.0, 20.0
Ptot = Vrms ** 2 / (Rs / 2)
add(Q(F,
      "Two 8.0 Ω loudspeakers in the concert hall's foyer are connected in parallel to an amplifier channel that "
      "delivers an rms voltage of 20 V. Treating the speakers as resistive loads, what total average power does the "
      "amplifier deliver?",
      {"resistance of each speaker": "8.0 ohm", "rms output voltage": "20 V"},
      "total average power", "W", Ptot, laws=2,
      solution=f"R_eq = 4.0 ohm; P = V^2/R = {Ptot:.1f} W",
      assumptions=["resistive loads"]))

# C12 observatory: nichrome dew heater
rho, L, d, V = 1.10e-6, 1.5, 0.25e-3, 12.0
A = math.pi * (d / 2) ** 2
Rw = rho * L / A
P = V ** 2 / Rw
add(Q(F,
      "To stop dew forming on a telescope lens at the observatory, a heater is made from 1.5 m of nichrome wire of "
      "diameter 0.25 mm (resistivity 1.10 × 10^-6 Ω·m) and connected to a 12 V supply. What power does the heater "
      "produce?",
      {"length of the wire": "1.5 m", "wire diameter": "0.25 mm", "resistivity of nichrome": "1.10e-6 ohm*m",
       "supply voltage": "12 V"},
      "heater power", "W", P, laws=2,
      solution=f"A = {A:.4e} m^2; R = rho L/A = {Rw:.2f} ohm; P = V^2/R = {P:.3f} W",
      assumptions=["resistivity constant with temperature"]))

# C13 hospital: not derivable (no capacity)
add(Q(F,
      "A portable infusion pump on the hospital ward draws 3.0 W from its 7.4 V rechargeable battery. How many hours "
      "can it run on a full charge?",
      {"power drawn": "3.0 W", "battery voltage": "7.4 V"},
      "running time", "h", outcome="not derivable", laws=2,
      solution="Running time = stored energy / power, but the battery's capacity (mAh or Wh) is not given.",
      assumptions=[]))

# C14 radio station: not derivable (no supply voltage)
add(Q(F,
      "An indicator LED on a radio station's mixing desk has a forward voltage of 2.0 V and is connected in series with "
      "a 470 Ω resistor. What current flows through the LED?",
      {"forward voltage of the LED": "2.0 V", "series resistance": "470 ohm"},
      "current through the LED", "mA", outcome="not derivable", laws=2,
      solution="I = (V_supply - 2.0 V)/470 ohm requires the supply voltage, which is not given.",
      assumptions=[]))

# C15 bicycle shop: ill-posed (efficiency > 100%)
add(Q(F,
      "On the shop's test bench, an e-bike hub motor draws 10 A from a 36 V battery and delivers 420 W of mechanical "
      "power to the wheel. What is the motor's efficiency?",
      {"current drawn": "10 A", "battery voltage": "36 V", "mechanical output power": "420 W"},
      "efficiency of the motor", "percent", outcome="ill-posed", laws=2,
      solution="Electrical input is 36 V * 10 A = 360 W, less than the 420 W output: an efficiency of 117% violates "
               "energy conservation, so the data are inconsistent.",
      assumptions=[]))
