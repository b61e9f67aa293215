from batch_w_common import *

F = "circuits"
Qs = []

# 1 toy car battery run time (distractor voltage)
cap_mAh, Vb, I = 2000, 7.4, 1.6
t_min = cap_mAh / 1000 / I * 60
Qs.append(Q(F,
    f"A radio-controlled toy car from the toy shop runs on a {tx(Vb)} V, {tx(cap_mAh)} mAh battery pack. Its motor draws a steady {tx(I)} A. "
    f"How many minutes can it run on a full charge?",
    {"battery voltage": gv(Vb, "V"), "battery capacity": gv(cap_mAh, "mA*h"), "motor current": gv(I, "A")},
    "running time", "minute", t_min, laws=1, irrelevant=["battery voltage"],
    solution=f"t = Q/I = {cap_mAh/1000} A h / {I} A = {cap_mAh/1000/I:.4g} h = {t_min:.4g} min."))

# 2 garden shed heater on a long cable: P=V^2/R + series circuit + Joule
Vs, Prated, Rc = 230, 2000, 0.70
Rh = Vs**2 / Prated
Ic = Vs / (Rh + Rc)
Ph = Ic**2 * Rh
Qs.append(Q(F,
    f"A heater rated {tx(Prated)} W at {tx(Vs)} V is plugged into a long extension cable running out to the garden shed. The cable's two conductors have a total resistance of {tx(Rc)} ohm. "
    f"With {tx(Vs)} V at the house socket and the heater resistance taken as constant, what power does the heater actually deliver?",
    {"rated power of the heater": gv(Prated, "W"), "supply voltage": gv(Vs, "V"), "resistance of the cable": gv(Rc, "ohm")},
    "heater power", "W", Ph, laws=2,
    solution=f"R_h = V^2/P = {Rh:.4g} ohm; I = V/(R_h + R_c) = {Ic:.4g} A; P = I^2 R_h = {Ph:.4g} W."))

# 3 power station transmission loss
Pt, Vt, Rl = 150, 400, 8.0
It = Pt * 1e6 / (Vt * 1e3)
Ploss = It**2 * Rl / 1e6
Qs.append(Q(F,
    f"A power station sends {tx(Pt)} MW along a transmission line at {tx(Vt)} kV. The line has a total resistance of {tx(Rl)} ohm. "
    f"How much power is lost as heat in the line, in MW? (Treat it as a simple DC-equivalent calculation.)",
    {"transmitted power": gv(Pt, "MW"), "transmission voltage": gv(Vt, "kV"), "line resistance": gv(Rl, "ohm")},
    "power lost in the line", "MW", Ploss, laws=2,
    solution=f"I = P/V = {It:.4g} A; P_loss = I^2 R = {Ploss:.4g} MW."))

# 4 lighthouse emergency flasher RC charging
C_uF, Vsup, Rk, Vt4 = 4700, 12, 2.2, 9
tRC = Rk * 1e3 * C_uF * 1e-6 * math.log(Vsup / (Vsup - Vt4))
Qs.append(Q(F,
    f"In the lighthouse's emergency flasher circuit, a {tx(C_uF)} uF capacitor charges from zero through a {tx(Rk)} kohm resistor from a {tx(Vsup)} V battery. "
    f"The lamp fires when the capacitor voltage reaches {tx(Vt4)} V. How long after connection does it fire?",
    {"capacitance": gv(C_uF, "uF"), "resistance": gv(Rk, "kohm"), "battery voltage": gv(Vsup, "V"), "firing voltage": gv(Vt4, "V")},
    "time to fire", "s", tRC, laws=1,
    solution=f"V = V0 (1 - e^(-t/RC)) -> t = RC ln(V0/(V0 - V)) = {Rk*1e3*C_uF*1e-6:.4g} s x ln 4 = {tRC:.4g} s."))

# 5 science fair resistor network: combination + Ohm + divider
R1, R2, R3, Vbat = 100, 220, 330, 9
Rp = R2 * R3 / (R2 + R3)
Itot = Vbat / (R1 + Rp)
I2 = Itot * Rp / R2 * 1000
Qs.append(Q(F,
    f"In a school science fair circuit, a {tx(R1)} ohm resistor is in series with a parallel pair of {tx(R2)} ohm and {tx(R3)} ohm resistors, all across an ideal {tx(Vbat)} V battery. "
    f"What current flows through the {tx(R2)} ohm resistor, in mA?",
    {"series resistor": gv(R1, "ohm"), "first parallel resistor": gv(R2, "ohm"), "second parallel resistor": gv(R3, "ohm"), "battery voltage": gv(Vbat, "V")},
    "current in the 220 ohm resistor", "mA", I2, laws=2,
    solution=f"R_par = {Rp:.4g} ohm; R_tot = {R1+Rp:.4g} ohm; I = {Itot*1000:.4g} mA; V_par = {Itot*Rp:.4g} V; I_220 = V_par/220 = {I2:.4g} mA."))

# 6 tram traction: electrical power x efficiency, then P = F v
Itr, Vline, eff, vkmh = 600, 750, 90, 36
Pm = Itr * Vline * eff / 100
Fres = Pm / (vkmh / 3.6) / 1000
Qs.append(Q(F,
    f"A tram cruising at a steady {tx(vkmh)} km/h draws {tx(Itr)} A from the {tx(Vline)} V DC overhead line. Its traction motors and gearing are {tx(eff)}% efficient. "
    f"What total resistive force (drag, rolling resistance, gradient) is the tram overcoming, in kN?",
    {"speed of the tram": gv(vkmh, "km/h"), "current drawn": gv(Itr, "A"), "line voltage": gv(Vline, "V"), "drive efficiency": gv(eff, "percent")},
    "resistive force", "kN", Fres, laws=2,
    solution=f"P_mech = eta V I = {Pm/1000:.4g} kW; at constant speed F = P/v = {Fres:.4g} kN."))

# 7 rover battery: energy in A h x V, converter efficiency, heater power
Ah, Vr, effc, Pheat = 42, 28, 92, 150
t_h = Ah * Vr * effc / 100 / Pheat
Qs.append(Q(F,
    f"During the Martian night a planetary rover keeps warm with heaters drawing {tx(Pheat)} W through a DC-DC converter that is {tx(effc)}% efficient. "
    f"Its battery stores {tx(Ah)} A*h at a nominal {tx(Vr)} V. If the battery starts full and nothing else draws power, how many hours can the heaters run?",
    {"heater power": gv(Pheat, "W"), "converter efficiency": gv(effc, "percent"), "battery capacity": gv(Ah, "A*h"), "battery voltage": gv(Vr, "V")},
    "heater running time", "hour", t_h, laws=2,
    solution=f"E = Q V = {Ah*Vr} W h; usable = {Ah*Vr*effc/100:.4g} W h; t = {t_h:.4g} h."))

# 8 brewery immersion heater resistance (distractor wort volume)
Vh, Ph8, Vwort = 240, 3000, 60
Rh8 = Vh**2 / Ph8
Qs.append(Q(F,
    f"A home-brew kettle holding {tx(Vwort)} L of wort is heated by an immersion element rated {tx(Ph8)} W at {tx(Vh)} V. What is the resistance of the element when operating?",
    {"volume of wort": gv(Vwort, "L"), "rated power": gv(Ph8, "W"), "rated voltage": gv(Vh, "V")},
    "resistance of the element", "ohm", Rh8, laws=1, irrelevant=["volume of wort"],
    solution=f"R = V^2/P = {Rh8:.4g} ohm."))

# 9 weather station thermistor divider
Vin, Rf, Rth = 5.0, 10, 4.7
Vout = Vin * Rth / (Rf + Rth)
Qs.append(Q(F,
    f"A weather station reads air temperature with a voltage divider: a {tx(Rf)} kohm fixed resistor in series with a thermistor across a {tx(Vin)} V supply. "
    f"At the current temperature the thermistor's resistance is {tx(Rth)} kohm. What voltage appears across the thermistor?",
    {"fixed resistance": gv(Rf, "kohm"), "supply voltage": gv(Vin, "V"), "thermistor resistance": gv(Rth, "kohm")},
    "voltage across the thermistor", "V", Vout, laws=1,
    solution=f"V = V_in R_th/(R_f + R_th) = {Vout:.4g} V (no load)."))

# 10 vineyard electric fence capacitor energy (distractor fence length)
Cf, Vf, Lfen = 1.5, 8.0, 2
Ef = 0.5 * Cf * 1e-6 * (Vf * 1e3)**2
Qs.append(Q(F,
    f"An electric fence keeping deer out of a vineyard runs for {tx(Lfen)} km. Its energiser stores charge on a {tx(Cf)} uF capacitor charged to {tx(Vf)} kV before each pulse. "
    f"How much energy is stored in the capacitor just before a pulse?",
    {"length of the fence": gv(Lfen, "km"), "capacitance": gv(Cf, "uF"), "charging voltage": gv(Vf, "kV")},
    "stored energy", "J", Ef, laws=1, irrelevant=["length of the fence"],
    solution=f"U = (1/2) C V^2 = {Ef:.4g} J."))

# 11 marathon scoreboard lamp: emf + internal resistance + Joule
emf, r_int, Rl11 = 12, 0.40, 5.6
I11 = emf / (r_int + Rl11)
P11 = I11**2 * Rl11
Qs.append(Q(F,
    f"A battery with emf {tx(emf)} V and internal resistance {tx(r_int)} ohm powers a lamp of resistance {tx(Rl11)} ohm on the marathon's finish-line clock. "
    f"What power is delivered to the lamp?",
    {"battery emf": gv(emf, "V"), "internal resistance": gv(r_int, "ohm"), "lamp resistance": gv(Rl11, "ohm")},
    "power delivered to the lamp", "W", P11, laws=2,
    solution=f"I = emf/(R + r) = {I11:.4g} A; P = I^2 R = {P11:.4g} W."))

# 12 blacksmith induction heater tank circuit resonance
L_uH, C12 = 25, 0.68
f0 = 1 / (2 * math.pi * math.sqrt(L_uH * 1e-6 * C12 * 1e-6)) / 1000
Qs.append(Q(F,
    f"A hobby blacksmith's induction heater uses a tank circuit made of a {tx(L_uH)} uH work coil and a {tx(C12)} uF capacitor bank. "
    f"At what frequency, in kHz, does the LC circuit resonate?",
    {"inductance of the work coil": gv(L_uH, "uH"), "capacitance": gv(C12, "uF")},
    "resonant frequency", "kHz", f0, laws=1,
    solution=f"f = 1/(2 pi sqrt(LC)) = {f0:.4g} kHz."))

# 13 ND skyscraper emergency lighting: missing capacity
Vbank, Pl = 48, 2.4
Qs.append(Q(F,
    f"A skyscraper's emergency lighting runs from a {tx(Vbank)} V battery bank and draws {tx(Pl)} kW. For how many hours can the bank keep the lights on during a blackout?",
    {"battery bank voltage": gv(Vbank, "V"), "lighting power": gv(Pl, "kW")},
    "running time", "hour", None, outcome="not derivable",
    solution="The stored energy or charge capacity (A h or kW h) of the bank is not given, so the running time cannot be found."))

# 14 IP: more power than max-power-transfer allows
emf14, r14, P14 = 9.0, 1.5, 20
Pmax = emf14**2 / (4 * r14)
Qs.append(Q(F,
    f"A toy robot's {tx(emf14)} V battery has an internal resistance of {tx(r14)} ohm. The instruction leaflet says it delivers {tx(P14)} W to the robot's motor, modelled as a resistor. "
    f"What is the motor's resistance?",
    {"battery emf": gv(emf14, "V"), "internal resistance": gv(r14, "ohm"), "power delivered to the motor": gv(P14, "W")},
    "resistance of the motor", "ohm", None, outcome="ill-posed",
    solution=f"The most power this battery can deliver to any resistor is emf^2/(4r) = {Pmax:.3g} W < {P14} W; solving P = emf^2 R/(R+r)^2 gives no real R. Impossible givens."))

# 15 AM two bulbs: series or parallel not stated
Vb15, Pb15 = 230, 60
Qs.append(Q(F,
    f"In the garden shed two identical bulbs, each rated {tx(Pb15)} W at {tx(Vb15)} V, are connected to the {tx(Vb15)} V supply. What total power do they draw?",
    {"rated power of each bulb": gv(Pb15, "W"), "rated voltage of each bulb": gv(Vb15, "V"), "supply voltage": gv(Vb15, "V")},
    "total power drawn", "W", None, outcome="ambiguous",
    solution=f"The connection is not stated. In parallel each bulb gets 230 V: total {2*Pb15} W. In series (constant resistance) each gets 115 V: total {Pb15/2:.3g} W."))
