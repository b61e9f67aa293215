from batch_v_common import *

F = "circuits"
Qs = []
rho_cu = 1.68e-8

# C1 bus range
E = 600 * 500 / 1000 * 0.90  # kWh usable
rng = E / 1.3
Qs.append(Q(F,
    "An electric bus has a 600 V battery pack rated at 500 Ah. Only 90% of the stored energy is usable, and on its "
    "route the bus uses 1.3 kWh per kilometre. What is its range?",
    {"battery voltage": "600 V", "battery capacity": "500 A*h", "usable fraction": "90 percent",
     "energy consumption": "1.3 kWh/km"},
    "range of the bus", "km", rng, laws=1,
    solution=f"Stored energy = 600 V * 500 Ah = 300 kWh; usable 270 kWh; range = 270/1.3 = {f(rng)} km.",
    assumptions=["constant battery voltage"]))

# C2 charging time
t = 350 * 0.60 / 0.92 / 150 * 60
Qs.append(Q(F,
    "A depot charger delivers 150 kW to an electric bus. How long does it take to charge the bus's 350 kWh battery from "
    "20% to 80%, if only 92% of the energy from the charger ends up stored in the battery? Give the answer in minutes.",
    {"charger power": "150 kW", "battery capacity": "350 kWh", "initial state of charge": "20 percent",
     "final state of charge": "80 percent", "charging efficiency": "92 percent"},
    "charging time", "min", t, laws=1,
    solution=f"Energy stored = 0.60*350 = 210 kWh; drawn = 210/0.92 = {f(210/0.92)} kWh; t = that/150 h = {f(t)} min.",
    assumptions=["constant charging power"]))

# C3 flash average power
Ef = 0.5 * 1000e-6 * 330**2
Qs.append(Q(F,
    "A studio flash stores its energy in a 1000 uF capacitor charged to 330 V. If the capacitor discharges completely "
    "through the flash tube in 1.0 ms, what is the average power during the flash?",
    {"capacitance": "1000 uF", "charging voltage": "330 V", "duration of the flash": "1.0 ms"},
    "average power during the flash", "kW", Ef / 1e-3 / 1000, laws=1,
    solution=f"E = C V^2/2 = 0.5*1e-3*330^2 = {f(Ef)} J; P = E/t = {f(Ef/1e-3)} W.",
    assumptions=["complete discharge"]))

# C4 RC recharge time to 90%
t = 2.2e3 * 1000e-6 * math.log(10)
Qs.append(Q(F,
    "After each flash, the same studio flash's 1000 uF capacitor is recharged from 0 V through a 2.2 kilo-ohm resistor by a "
    "330 V supply. How long does it take for the capacitor voltage to reach 90% of the supply voltage?",
    {"capacitance": "1000 uF", "series resistance": "2.2 kohm", "supply voltage": "330 V",
     "target fraction of supply voltage": "90 percent"},
    "recharge time to 90 percent", "s", t, laws=1,
    solution=f"V = V0 (1 - e^(-t/RC)) -> t = RC ln(10) = 2.2 s * 2.3026 = {f(t)} s.",
    assumptions=["ideal RC charging"]))

# C5 studio speakers in parallel
Rp = 8.0 / 2
I = 12 / (Rp + 0.5 + 0.2)
Vp = I * Rp
Pe = Vp**2 / 8.0
Qs.append(Q(F,
    "In a recording studio, two 8.0 ohm monitor speakers are connected in parallel to an amplifier output, which can be "
    "modelled as a 12 V source with 0.20 ohm internal resistance. The speaker cables add a total of 0.50 ohm in series. "
    "Treating everything as resistive, what power is delivered to each speaker?",
    {"resistance of each speaker": "8.0 ohm", "source voltage": "12 V",
     "internal resistance of the amplifier": "0.20 ohm", "cable resistance": "0.50 ohm"},
    "power delivered to each speaker", "W", Pe, laws=2,
    solution=f"R_total = 4.0 + 0.50 + 0.20 = 4.7 ohm; I = 12/4.7 = {f(I)} A; V across speakers = {f(Vp)} V; P = V^2/8 = {f(Pe)} W each.",
    assumptions=["purely resistive DC model"]))

# C7 UPS runtime
tr = 48 * 200 * 0.94 / 3600
Qs.append(Q(F,
    "A UPS in a small server room has a 48 V battery bank rated at 200 Ah. The room is kept at 22 degC. The inverter "
    "supplies a 3.6 kW load with 94% efficiency. How long can the UPS keep the load running, assuming the full rated "
    "capacity is available?",
    {"battery voltage": "48 V", "battery capacity": "200 A*h", "room temperature": "22 degC",
     "load power": "3.6 kW", "inverter efficiency": "94 percent"},
    "runtime", "h", tr, laws=1, irrelevant=["room temperature"],
    solution=f"Stored energy = 48*200 = 9600 Wh; delivered = 0.94*9600 = 9024 Wh; t = 9024/3600 = {f(tr)} h.",
    assumptions=["constant battery voltage"]))

# C8 cable loss
Rc = rho_cu * 80 / 10e-6
I = 8000 / 230
Pl = I**2 * Rc
Qs.append(Q(F,
    "A server rack draws 8.0 kW from a 230 V supply located 40 m away (treat the supply as DC). The supply and return "
    "conductors are copper, each 40 m long with a cross-sectional area of 10 mm^2; copper's resistivity is "
    "1.68e-8 ohm m. Estimate the power lost as heat in the cable, taking the current to be 8.0 kW divided by 230 V.",
    {"power drawn by the rack": "8.0 kW", "supply voltage": "230 V", "length of each conductor": "40 m",
     "cross-sectional area of each conductor": "10 mm^2", "resistivity of copper": "1.68e-8 ohm*m"},
    "power lost in the cable", "W", Pl, laws=2,
    solution=f"R = rho (2*40 m)/A = {f(Rc)} ohm; I = 8000/230 = {f(I)} A; P = I^2 R = {f(Pl)} W.",
    assumptions=["DC model", "resistivity at operating temperature"]))

# C9 dental curing light cycles
nc = 3.7 * 2.2 * 3600 / (1.2 / 0.85 * 20)
Qs.append(Q(F,
    "A cordless dental curing light runs on a 3.7 V, 2200 mAh lithium battery. Its LED consumes 1.2 W and is fed by a "
    "driver circuit that is 85% efficient. Each curing cycle lasts 20 s. How many full curing cycles can one battery "
    "charge provide?",
    {"battery voltage": "3.7 V", "battery capacity": "2200 mAh", "power consumed by the LED": "1.2 W",
     "driver efficiency": "85 percent", "duration of one cycle": "20 s"},
    "number of curing cycles", "dimensionless", nc, laws=1,
    solution=f"Battery energy = 3.7*2.2 = 8.14 Wh = 29304 J; battery power = 1.2/0.85 = {f(1.2/0.85)} W; energy per cycle = {f(1.2/0.85*20)} J; cycles = {f(nc)} (about 1037 full cycles).",
    assumptions=["constant battery voltage", "full capacity usable"]))

# C10 two batteries in parallel with lamp
V = (12 / 0.5 + 10 / 0.3) / (1 / 0.5 + 1 / 0.3 + 1 / 4.0)
IL = V / 4.0
Qs.append(Q(F,
    "The emergency lighting in a cinema uses two batteries connected in parallel (positive terminal to positive "
    "terminal) across a 4.0 ohm lamp. One battery has an emf of 12.0 V and internal resistance 0.50 ohm; the other has an "
    "emf of 10.0 V and internal resistance 0.30 ohm. What current flows through the lamp?",
    {"emf of the first battery": "12.0 V", "internal resistance of the first battery": "0.50 ohm",
     "emf of the second battery": "10.0 V", "internal resistance of the second battery": "0.30 ohm",
     "resistance of the lamp": "4.0 ohm"},
    "current through the lamp", "A", IL, laws=2,
    solution=f"Kirchhoff (node method): V (1/0.5 + 1/0.3 + 1/4) = 12/0.5 + 10/0.3 -> V = {f(V)} V; I = V/4 = {f(IL)} A.",
    assumptions=["ideal wires"]))

# C12 extension cord voltage at drill
Rc = rho_cu * 100 / 1.5e-6
Vd = 230 - 8.0 * Rc
Qs.append(Q(F,
    "A 50 m extension cord on a construction site has two copper conductors, each with a cross-sectional area of "
    "1.5 mm^2 (resistivity 1.68e-8 ohm m). A drill plugged into the far end draws 8.0 A, and the wall socket supplies "
    "230 V. Treating the supply as DC, what voltage actually reaches the drill?",
    {"length of the cord": "50 m", "cross-sectional area of each conductor": "1.5 mm^2",
     "resistivity of copper": "1.68e-8 ohm*m", "current drawn by the drill": "8.0 A", "socket voltage": "230 V"},
    "voltage across the drill", "V", Vd, laws=2,
    solution=f"Both conductors: R = rho*100/1.5e-6 = {f(Rc)} ohm; drop = 8.0*{f(Rc)} = {f(8*Rc)} V; drill gets {f(Vd)} V.",
    assumptions=["DC model"]))

# C13 pump motor current filling tower
Pe = 1000 * 0.020 * g * 30 / 0.65
I = Pe / 400
Qs.append(Q(F,
    "A pump fills a town's water tower, lifting 20 L of water per second through a height of 30 m. The motor-and-pump "
    "unit is 65% efficient overall and runs from a 400 V DC supply. What current does the motor draw?",
    {"volume flow rate": "20 L/s", "lifting height": "30 m", "overall efficiency": "65 percent",
     "supply voltage": "400 V"},
    "current drawn by the motor", "A", I, laws=2,
    solution=f"Useful power = rho Q g h = 1000*0.020*9.81*30 = {f(1000*0.02*g*30)} W; electrical = that/0.65 = {f(Pe)} W; I = P/V = {f(I)} A.",
    assumptions=["g = 9.81 m/s^2", "water density 1000 kg/m^3", "kinetic energy of water neglected"]))

# C14 supercapacitor bank
Cb = 3000 / 20
Es = 0.5 * Cb * (54**2 - 27**2)
Qs.append(Q(F,
    "A launch coaster at an amusement park stores braking energy in a bank of 20 identical supercapacitors connected in "
    "series, each rated 3000 F at 2.7 V. How much energy does the bank release when it discharges from 54 V down to "
    "27 V?",
    {"number of supercapacitors": "20 dimensionless", "capacitance of each": "3000 F", "rated voltage of each": "2.7 V",
     "initial bank voltage": "54 V", "final bank voltage": "27 V"},
    "energy released", "kJ", Es / 1000, laws=2,
    solution=f"Series: C = 3000/20 = 150 F. dE = C (V1^2 - V2^2)/2 = 75*(2916 - 729) = {f(Es)} J = {f(Es/1000)} kJ.",
    assumptions=["identical cells share voltage equally"]))

# --- non-value ---
Qs.append(Q(F,
    "On a ferry, a 24 V battery bank powers a cabin heater through a cable with a total resistance of 0.15 ohm. How much "
    "current flows through the heater?",
    {"battery voltage": "24 V", "cable resistance": "0.15 ohm"},
    "current through the heater", "A", None, outcome="not derivable", laws=1,
    solution="The heater's resistance or power rating is not given, so the circuit current cannot be found.",
    assumptions=["ideal battery"]))

Qs.append(Q(F,
    "The 12 V auxiliary battery of an electric bus has an internal resistance of 0.050 ohm. A technician reports that it "
    "delivers 400 A to a load connected across its terminals. What is the resistance of the load?",
    {"emf of the battery": "12 V", "internal resistance": "0.050 ohm", "reported current": "400 A"},
    "resistance of the load", "ohm", None, outcome="ill-posed", laws=1,
    solution="The largest possible current, with the terminals shorted, is 12/0.050 = 240 A. A current of 400 A would need a negative load resistance (12/400 - 0.050 = -0.020 ohm), so the data are inconsistent.",
    assumptions=[]))

Qs.append(Q(F,
    "In a mountain hut, a villager connects two identical lamps, each rated 60 W at 230 V, to each other and then to "
    "the 230 V mains. Assuming the lamps' resistances stay constant, what total power do they draw?",
    {"rated power of each lamp": "60 W", "rated voltage of each lamp": "230 V", "mains voltage": "230 V"},
    "total power drawn", "W", None, outcome="ambiguous", laws=2,
    solution="The connection is not specified: in parallel each lamp gets 230 V and the total is 120 W; in series each gets 115 V and the total is 30 W.",
    assumptions=["constant resistance"]))
