from batch_w_common import *

F = "fluids"
Qs = []
rho_w = 1000

# 1 skyscraper pump pressure in psi (distractor tank volume)
hgt, Vtank = 240, 50
P_psi = rho_w * g * hgt / psi
Qs.append(Q(F,
    f"Water for a skyscraper is pumped from the basement to a {tx(Vtank)} m^3 roof tank {tx(hgt)} m higher. "
    f"Ignoring friction in the pipes, what minimum gauge pressure must the pump produce at the bottom of the riser, in psi? (Water density {rho_w} kg/m^3.)",
    {"height of the roof tank above the pump": gv(hgt, "m"), "volume of the roof tank": gv(Vtank, "m^3"),
     "density of water": gv(rho_w, "kg/m^3")},
    "gauge pressure at the pump", "psi", P_psi, laws=1, irrelevant=["volume of the roof tank"],
    solution=f"p = rho g h = {rho_w*g*hgt:.5g} Pa = {P_psi:.4g} psi."))

# 2 brewery pipe: continuity + Bernoulli
d1, d2, v1, rho_b = 5.0, 2.5, 1.2, 1010
v2 = v1 * (d1 / d2)**2
dP = 0.5 * rho_b * (v2**2 - v1**2) / 1000
Qs.append(Q(F,
    f"Beer of density {tx(rho_b)} kg/m^3 flows through a horizontal stainless pipe in a brewery that narrows from {tx(d1)} cm to {tx(d2)} cm inner diameter. "
    f"In the wide section it moves at {tx(v1)} m/s. Ignoring viscosity, what is the pressure drop between the wide and the narrow section, in kPa?",
    {"density of the beer": gv(rho_b, "kg/m^3"), "wide pipe diameter": gv(d1, "cm"),
     "narrow pipe diameter": gv(d2, "cm"), "speed in the wide section": gv(v1, "m/s")},
    "pressure drop", "kPa", dP, laws=2,
    solution=f"Continuity: v2 = v1 (d1/d2)^2 = {v2:.3g} m/s; Bernoulli: dp = rho (v2^2 - v1^2)/2 = {dP:.4g} kPa."))

# 3 regatta lead keel apparent weight in seawater: density + Archimedes + weight
m_k, rho_pb, rho_sw = 850, 11340, 1025
Vk = m_k / rho_pb
Fb = rho_sw * g * Vk
W_app = m_k * g - Fb
Qs.append(Q(F,
    f"A racing yacht at the regatta has a solid lead keel bulb of mass {tx(m_k)} kg (lead density {tx(rho_pb)} kg/m^3). "
    f"What is the apparent weight of the bulb when it is fully submerged in seawater of density {tx(rho_sw)} kg/m^3?",
    {"mass of the keel bulb": gv(m_k, "kg"), "density of lead": gv(rho_pb, "kg/m^3"), "density of seawater": gv(rho_sw, "kg/m^3")},
    "apparent weight of the keel", "N", W_app, laws=2,
    solution=f"V = m/rho = {Vk:.4g} m^3; buoyancy = rho_sw g V = {Fb:.4g} N; apparent weight = m g - F_b = {W_app:.5g} N."))

# 4 weather station mercury barometer
h_mm, rho_hg = 752, 13595
p_hPa = rho_hg * g * h_mm / 1000 / 100
Qs.append(Q(F,
    f"The mercury barometer at the weather station shows a column {tx(h_mm)} mm high. Taking the density of mercury as {tx(rho_hg)} kg/m^3, "
    f"what is the atmospheric pressure in hPa?",
    {"height of the mercury column": gv(h_mm, "mm"), "density of mercury": gv(rho_hg, "kg/m^3")},
    "atmospheric pressure", "hPa", p_hPa, laws=1,
    solution=f"p = rho g h = {p_hPa*100:.5g} Pa = {p_hPa:.5g} hPa."))

# 5 vineyard vat tap: Torricelli + flow rate (distractor vat capacity)
depth, dtap_cm, Vvat = 1.6, 1.2, 5000
vout = math.sqrt(2 * g * depth)
Qflow = vout * math.pi * (dtap_cm / 200)**2 * 1000 * 60
Qs.append(Q(F,
    f"At the vineyard a {tx(Vvat)} L wine vat is drained through a tap whose circular opening, {tx(dtap_cm)} cm in diameter, is {tx(depth)} m below the wine surface. "
    f"Ignoring viscosity and the slow drop of the level, what is the initial volume flow rate in litres per minute?",
    {"capacity of the vat": gv(Vvat, "L"), "diameter of the tap opening": gv(dtap_cm, "cm"),
     "depth of the tap below the surface": gv(depth, "m")},
    "volume flow rate", "L/min", Qflow, laws=2, irrelevant=["capacity of the vat"],
    solution=f"Torricelli: v = sqrt(2 g h) = {vout:.4g} m/s; Q = v A = {Qflow:.4g} L/min.",
    assumptions=["no contraction of the jet", "open vat"]))

# 6 garden shed hydraulic jack: Pascal
ds, dl, m_car = 2.0, 8.0, 1200
Fs = m_car * g * (ds / dl)**2
Qs.append(Q(F,
    f"A hydraulic jack kept in the garden shed has a small piston {tx(ds)} cm in diameter and a large piston {tx(dl)} cm in diameter. "
    f"What force on the small piston will hold up a {tx(m_car)} kg car resting on the large piston (pistons at the same level)?",
    {"diameter of the small piston": gv(ds, "cm"), "diameter of the large piston": gv(dl, "cm"), "mass of the car": gv(m_car, "kg")},
    "force on the small piston", "N", Fs, laws=1,
    solution=f"Pascal: F1/A1 = F2/A2 -> F1 = m g (d1/d2)^2 = {Fs:.4g} N."))

# 7 lighthouse underwater window force
dep, dwin, rho_sw2 = 6.0, 40, 1025
Fw = rho_sw2 * g * dep * math.pi * (dwin / 200)**2
Qs.append(Q(F,
    f"The lighthouse has an underwater viewing room whose circular window, {tx(dwin)} cm in diameter, is centred {tx(dep)} m below the sea surface "
    f"(seawater density {tx(rho_sw2)} kg/m^3). The room is at atmospheric pressure. What is the net force of the water on the window?",
    {"diameter of the window": gv(dwin, "cm"), "depth of the window centre": gv(dep, "m"), "density of seawater": gv(rho_sw2, "kg/m^3")},
    "net force on the window", "N", Fw, laws=1,
    solution=f"Gauge pressure at the centre = rho g h = {rho_sw2*g*dep:.5g} Pa; F = p A = {Fw:.4g} N.",
    assumptions=["pressure at centre used as average over the window"]))

# 8 toy shop helium balloon net lift: Archimedes + weights
V_L, rho_air, rho_he, m_rub = 12, 1.20, 0.166, 2.5
Fnet = ((rho_air - rho_he) * V_L / 1000 - m_rub / 1000) * g * 1000
Qs.append(Q(F,
    f"A toy shop helium balloon holds {tx(V_L)} L of helium (density {tx(rho_he)} kg/m^3) in room air of density {tx(rho_air)} kg/m^3. "
    f"The rubber skin and ribbon have a mass of {tx(m_rub)} g. What is the net upward force on the balloon, in millinewtons?",
    {"volume of the balloon": gv(V_L, "L"), "density of helium": gv(rho_he, "kg/m^3"),
     "density of air": gv(rho_air, "kg/m^3"), "mass of rubber and ribbon": gv(m_rub, "g")},
    "net upward force", "mN", Fnet, laws=2,
    solution=f"F = (rho_air - rho_He) V g - m g = {Fnet:.4g} mN."))

# 9 hydro power station
Qv, Hd, eff = 120, 65, 88
Pel = rho_w * Qv * g * Hd * eff / 100 / 1e6
Qs.append(Q(F,
    f"At a hydroelectric power station, {tx(Qv)} m^3 of water per second falls through a head of {tx(Hd)} m. "
    f"The turbines and generators together are {tx(eff)}% efficient. What electrical power is produced, in MW?",
    {"volume flow rate of water": gv(Qv, "m^3/s"), "head of water": gv(Hd, "m"), "overall efficiency": gv(eff, "percent")},
    "electrical power", "MW", Pel, laws=2,
    solution=f"P = eta rho Q g H = {Pel:.4g} MW (water density 1000 kg/m^3).",
    assumptions=["water density 1000 kg/m^3"]))

# 10 marathon air drag power (distractor runner mass)
rho_a, Cd, Af, vr, m_runner = 1.2, 0.9, 0.45, 5.5, 65
Fd = 0.5 * rho_a * Cd * Af * vr**2
Pd = Fd * vr
Qs.append(Q(F,
    f"A {tx(m_runner)} kg marathon runner moves at {tx(vr)} m/s through still air of density {tx(rho_a)} kg/m^3. "
    f"Her frontal area is {tx(Af)} m^2 and her drag coefficient is {tx(Cd)}. How much power does she spend overcoming air drag?",
    {"mass of the runner": gv(m_runner, "kg"), "running speed": gv(vr, "m/s"), "density of air": gv(rho_a, "kg/m^3"),
     "frontal area": gv(Af, "m^2"), "drag coefficient": gv(Cd, "dimensionless")},
    "power against air drag", "W", Pd, laws=2, irrelevant=["mass of the runner"],
    solution=f"F = (1/2) rho C_d A v^2 = {Fd:.4g} N; P = F v = {Pd:.4g} W."))

# 11 science fair floating block in brine
rho_wood, rho_brine = 650, 1150
frac = rho_wood / rho_brine * 100
Qs.append(Q(F,
    f"For a school science fair project, a wooden block of density {tx(rho_wood)} kg/m^3 floats in a tank of brine of density {tx(rho_brine)} kg/m^3. "
    f"What percentage of the block's volume is below the surface?",
    {"density of the wood": gv(rho_wood, "kg/m^3"), "density of the brine": gv(rho_brine, "kg/m^3")},
    "submerged fraction of the block", "percent", frac, laws=1,
    solution=f"Floating: rho_wood V = rho_brine V_sub -> fraction = {frac:.4g} %."))

# 12 tram shelter roof Bernoulli lift
vw, Aroof, rho_a2 = 90, 200, 1.2
Flift = 0.5 * rho_a2 * (vw / 3.6)**2 * Aroof / 1000
Qs.append(Q(F,
    f"A storm wind of {tx(vw)} km/h blows horizontally over the flat {tx(Aroof)} m^2 roof of a tram depot, while the air inside stays still. "
    f"Using Bernoulli's equation with air density {tx(rho_a2)} kg/m^3, estimate the net upward force on the roof, in kN.",
    {"wind speed": gv(vw, "km/h"), "roof area": gv(Aroof, "m^2"), "density of air": gv(rho_a2, "kg/m^3")},
    "upward force on the roof", "kN", Flift, laws=1,
    solution=f"dp = (1/2) rho v^2 = {0.5*rho_a2*(vw/3.6)**2:.4g} Pa; F = dp A = {Flift:.4g} kN."))

# 13 ND irrigation flow: missing pipe dimensions / resistance
p_g = 3.0
Qs.append(Q(F,
    f"A vineyard irrigation pump pushes water at {tx(p_g)} bar gauge pressure into a long horizontal drip line. "
    f"What volume flow rate, in litres per minute, reaches the vines?",
    {"gauge pressure of the pump": gv(p_g, "bar")},
    "volume flow rate", "L/min", None, outcome="not derivable",
    solution="The pipe diameter, length and emitter/flow resistance (or the outlet area) are not given, so the flow rate cannot be found from the pressure alone."))

# 14 ND yacht draft: missing hull geometry
m_y, rho_sw3 = 3200, 1025
Qs.append(Q(F,
    f"A {tx(m_y)} kg yacht floats at its mooring before the regatta in seawater of density {tx(rho_sw3)} kg/m^3. "
    f"How deep below the waterline does its hull extend (its draft)?",
    {"mass of the yacht": gv(m_y, "kg"), "density of seawater": gv(rho_sw3, "kg/m^3")},
    "draft of the yacht", "m", None, outcome="not derivable",
    solution=f"The displaced volume is m/rho = {m_y/rho_sw3:.3g} m^3, but without the hull shape or waterplane area the depth cannot be found."))

# 15 IP steel float that is denser than water yet 'floats'
m_f, V_f, above = 5, 2, 30
Qs.append(Q(F,
    f"A hollow steel float used to monitor the level in a brewery's water tank has a mass of {tx(m_f)} kg and an outer volume of {tx(V_f)} L. "
    f"It is observed floating in the water with {tx(above)}% of its volume above the surface. What is the buoyant force on it?",
    {"mass of the float": gv(m_f, "kg"), "outer volume of the float": gv(V_f, "L"), "fraction of volume above water": gv(above, "percent")},
    "buoyant force", "N", None, outcome="ill-posed",
    solution=f"Average density = {m_f}/{V_f} L = {m_f/V_f*1000:.0f} kg/m^3, more than water, so it cannot float at all, let alone with 30% exposed "
             "(floating with 30% above would need a mass of 1.4 kg). The givens contradict each other."))
