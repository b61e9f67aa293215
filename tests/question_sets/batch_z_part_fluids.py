"""Batch z, field: fluids (15 questions)."""
import math
from batch_z_common import Q, g, R, mmHg, atm, T0, sig

F = "fluids"
Qs = []
rho_w = 1000.0

# F1 diving pool - absolute pressure, pool length distractor
d1, P0_1 = 5.0, 101.325e3
P1 = (P0_1 + rho_w * g * d1) / 1000
Qs.append(Q(F,
    "The diving well of a 25 m long pool is 5.0 m deep. The air above the pool is at 101.325 kPa. "
    "What is the absolute pressure at the bottom of the diving well?",
    {"length of the pool": "25 m", "depth of the diving well": "5.0 m",
     "atmospheric pressure": "101.325 kPa"},
    "absolute pressure at the bottom", "kPa", P1, laws=1,
    irrelevant=["length of the pool"],
    solution=f"P = P0 + rho g h = 101325 + 1000*9.81*5.0 = {sig(P1)} kPa.",
    assumptions=["fresh water, 1000 kg/m^3", "g = 9.81 m/s^2"]))

# F2 diving pool - net buoyant force on a diver
m2, V2 = 70.0, 0.072
F2 = (rho_w * V2 - m2) * g
Qs.append(Q(F,
    "A 70 kg diver whose body volume (with lungs full) is 0.072 m^3 is completely under water in the "
    "diving pool. What is the net vertical force on her (buoyancy minus weight)?",
    {"mass of the diver": "70 kg", "volume of the diver": "0.072 m**3"},
    "net upward force on the diver", "N", F2, laws=2,
    solution=f"F_b = rho V g = {sig(rho_w*V2*g)} N, W = m g = {sig(m2*g)} N; net = {sig(F2)} N upward.",
    assumptions=["fresh water, 1000 kg/m^3", "g = 9.81 m/s^2"]))

# F3 salt mine - apparent weight in brine
rho_s, V3, rho_b = 2160.0, 0.020, 1200.0
F3 = (rho_s - rho_b) * V3 * g
Qs.append(Q(F,
    "In the salt mine's brine pool, a block of rock salt of volume 0.020 m^3 and density 2160 kg/m^3 "
    "hangs from a spring scale, fully immersed in saturated brine of density 1200 kg/m^3 (so it does "
    "not dissolve). What does the scale read?",
    {"volume of the block": "0.020 m**3", "density of rock salt": "2160 kg/m**3",
     "density of brine": "1200 kg/m**3"},
    "scale reading", "N", F3, laws=2,
    solution=f"Reading = weight - buoyancy = (2160 - 1200)*0.020*9.81 = {sig(F3)} N.",
    assumptions=["g = 9.81 m/s^2"]))

# F4 glacier expedition - iceberg fraction above water
rho_i, rho_sw = 917.0, 1025.0
f4 = (1 - rho_i / rho_sw) * 100
Qs.append(Q(F,
    "Where the glacier calves into the fjord, the expedition watches an iceberg of glacier ice "
    "(density 917 kg/m^3) floating in seawater of density 1025 kg/m^3. What percentage of the "
    "iceberg's volume is above the waterline?",
    {"density of glacier ice": "917 kg/m**3", "density of seawater": "1025 kg/m**3"},
    "fraction of volume above water", "percent", f4, laws=1,
    solution=f"Submerged fraction = 917/1025 = {sig(rho_i/rho_sw)}; above = {sig(f4)} %.",
    assumptions=["iceberg floating freely, no air pockets"]))

# F5 helicopter base - continuity + Bernoulli
d1_5, v1_5, d2_5, rho5 = 5.0e-2, 2.0, 2.0e-2, 800.0
v2_5 = v1_5 * (d1_5 / d2_5) ** 2
dP5 = 0.5 * rho5 * (v2_5 ** 2 - v1_5 ** 2) / 1000
Qs.append(Q(F,
    "At the helicopter base, jet fuel (density 800 kg/m^3) flows at 2.0 m/s through a horizontal hose "
    "of inner diameter 5.0 cm that narrows to a nozzle of inner diameter 2.0 cm. By how much is the "
    "pressure in the hose higher than the pressure in the nozzle?",
    {"density of the fuel": "800 kg/m**3", "speed in the hose": "2.0 m/s",
     "hose diameter": "5.0 cm", "nozzle diameter": "2.0 cm"},
    "pressure difference between hose and nozzle", "kPa", dP5, laws=2,
    solution=f"Continuity: v2 = v1 (D1/D2)^2 = {sig(v2_5)} m/s; Bernoulli: dP = rho(v2^2 - v1^2)/2 = {sig(dP5)} kPa.",
    assumptions=["incompressible, inviscid, steady flow", "same height"]))

# F6 ambulance - IV bag height
p6, rho6 = 18.0 * mmHg, 1020.0
h6 = p6 / (rho6 * g) * 100
Qs.append(Q(F,
    "A paramedic in the ambulance sets up an intravenous drip. The saline (density 1020 kg/m^3) must "
    "enter a vein where the blood's gauge pressure is 18 mmHg. What is the minimum height of the "
    "liquid surface in the bag above the needle?",
    {"density of the saline": "1020 kg/m**3", "gauge pressure in the vein": "18 mmHg"},
    "minimum height of the bag", "cm", h6, laws=1,
    solution=f"rho g h = p -> h = 18*133.32 Pa/(1020*9.81) = {sig(h6)} cm.",
    assumptions=["g = 9.81 m/s^2", "flow losses neglected (static condition)"]))

# F7 pizzeria - Poiseuille flow of olive oil
r7, L7, dP7, eta7 = 2.0e-3, 0.50, 2.0e3, 0.081
Q7 = math.pi * r7 ** 4 * dP7 / (8 * eta7 * L7) * 1e6
Qs.append(Q(F,
    "The pizzeria's olive-oil dispenser pushes oil (viscosity 0.081 Pa·s) through a tube of inner "
    "radius 2.0 mm and length 0.50 m with a pressure difference of 2.0 kPa between its ends. What "
    "is the volume flow rate, assuming laminar flow?",
    {"viscosity of the olive oil": "0.081 Pa*s", "inner radius of the tube": "2.0 mm",
     "tube length": "0.50 m", "pressure difference": "2.0 kPa"},
    "volume flow rate", "mL/s", Q7, laws=1,
    solution=f"Poiseuille: Q = pi r^4 dP/(8 eta L) = {sig(Q7)} mL/s.",
    assumptions=["laminar, fully developed flow"]))

# F8 bridge inspection - continuity in a river, bridge length distractor
w1, dd1, u1, w2, dd2 = 40.0, 3.0, 1.2, 25.0, 3.6
u2 = w1 * dd1 * u1 / (w2 * dd2)
Qs.append(Q(F,
    "Inspecting a 60 m long bridge, an engineer notes that upstream the river is 40 m wide and 3.0 m "
    "deep with a mean current of 1.2 m/s. Between the bridge piers the channel is 25 m wide and 3.6 m "
    "deep. What is the mean current speed between the piers?",
    {"length of the bridge": "60 m", "upstream width": "40 m", "upstream depth": "3.0 m",
     "upstream current speed": "1.2 m/s", "channel width at the piers": "25 m",
     "channel depth at the piers": "3.6 m"},
    "mean current speed at the piers", "m/s", u2, laws=1,
    irrelevant=["length of the bridge"],
    solution=f"Continuity: 40*3.0*1.2 = 25*3.6*v -> v = {sig(u2)} m/s.",
    assumptions=["rectangular cross-sections, steady incompressible flow"]))

# F9 school chemistry lab - U-tube with oil and water
hw9, ho9 = 12.3, 15.0
rho9 = rho_w * hw9 / ho9
Qs.append(Q(F,
    "In the school chemistry lab, a U-tube contains water. Cooking oil is poured into one arm until "
    "the oil column is 15.0 cm tall; the water in the other arm then stands 12.3 cm above the "
    "oil–water interface. What is the density of the oil?",
    {"height of the oil column": "15.0 cm", "height of the water column": "12.3 cm"},
    "density of the oil", "kg/m**3", rho9, laws=1,
    solution=f"Equal pressures at interface level: rho_o*15.0 = 1000*12.3 -> rho_o = {sig(rho9)} kg/m^3.",
    assumptions=["water density 1000 kg/m^3", "both arms open to the atmosphere"]))

# F10 rock festival - hydraulic stage lift (Pascal)
ds10, dl10, m10 = 4.0, 40.0, 450.0
F10 = m10 * g * (ds10 / dl10) ** 2
Qs.append(Q(F,
    "A hydraulic lift raises the drum riser on the rock festival stage. The riser, drum kit and "
    "drummer together have a mass of 450 kg and rest on a piston 40 cm in diameter. The pump piston "
    "is 4.0 cm in diameter. What force on the pump piston holds the load steady?",
    {"mass of the load": "450 kg", "diameter of the large piston": "40 cm",
     "diameter of the small piston": "4.0 cm"},
    "force on the small piston", "N", F10, laws=1,
    solution=f"Pascal: F = m g (d/D)^2 = 450*9.81/100 = {sig(F10)} N.",
    assumptions=["g = 9.81 m/s^2", "pistons at the same level, massless"]))

# F11 science museum - helium balloon lift from ideal gas densities
V11, T11, P11, Ma, Mhe = 3.0, 20.0 + T0, atm, 28.97e-3, 4.003e-3
rho_a = P11 * Ma / (R * T11)
rho_he = P11 * Mhe / (R * T11)
m11 = (rho_a - rho_he) * V11
Qs.append(Q(F,
    "A science museum demonstration balloon holds 3.0 m^3 of helium (molar mass 4.003 g/mol) at 20 °C "
    "and 1 atm, surrounded by air (molar mass 28.97 g/mol) at the same temperature and pressure. "
    "Ignoring the envelope's own mass, what is the largest payload mass the balloon can lift?",
    {"balloon volume": "3.0 m**3", "molar mass of helium": "4.003 g/mol", "temperature": "20 degC",
     "pressure": "1 atm", "molar mass of air": "28.97 g/mol"},
    "maximum payload mass", "kg", m11, laws=2,
    solution=f"rho = PM/(RT): air {sig(rho_a)} kg/m^3, He {sig(rho_he)} kg/m^3; "
             f"payload = (rho_air - rho_He) V = {sig(m11)} kg.",
    assumptions=["ideal gases", "envelope mass neglected"]))

# F12 clock tower - Torricelli + flow rate
h12, d12 = 32.0, 1.5e-2
v12 = math.sqrt(2 * g * h12)
Q12 = math.pi * (d12 / 2) ** 2 * v12 * 1000
Qs.append(Q(F,
    "The clock tower has a large open water tank for its fire hose. The water surface is 32 m above an "
    "outlet valve at street level whose opening is 1.5 cm in diameter. When the valve is fully open, "
    "what volume of water flows out per second?",
    {"height of water surface above outlet": "32 m", "outlet diameter": "1.5 cm"},
    "volume flow rate", "L/s", Q12, laws=2,
    solution=f"Torricelli: v = sqrt(2 g h) = {sig(v12)} m/s; Q = A v = {sig(Q12)} L/s.",
    assumptions=["g = 9.81 m/s^2", "ideal flow, tank much wider than outlet", "level stays ~constant"]))

# F13 apple orchard - ambiguous: gauge vs absolute pressure
h13 = 3.5
pg13 = rho_w * g * h13 / 1000
pa13 = (atm + rho_w * g * h13) / 1000
Qs.append(Q(F,
    "The apple orchard's irrigation pond is 3.5 m deep. What is the pressure on the pond bottom?",
    {"depth of the pond": "3.5 m"},
    "pressure on the pond bottom", "kPa", None, outcome="ambiguous", laws=1,
    solution=f"Gauge pressure rho g h = {sig(pg13)} kPa; absolute pressure including the atmosphere "
             f"= {sig(pa13)} kPa. The question does not say which.",
    assumptions=["fresh water 1000 kg/m^3", "g = 9.81 m/s^2", "atmosphere 101.325 kPa"]))

# F14 radio telescope - not derivable: piston area missing
Qs.append(Q(F,
    "The elevation drive of a radio telescope uses a hydraulic cylinder filled with oil of density "
    "870 kg/m^3. The oil pressure in the cylinder is 12 MPa. What force does the piston exert on the "
    "dish mount?",
    {"density of the oil": "870 kg/m**3", "oil pressure": "12 MPa"},
    "force exerted by the piston", "kN", None, outcome="not derivable", laws=1,
    irrelevant=["density of the oil"],
    solution="F = p A, but the piston area (or diameter) is not given.",
    assumptions=[]))

# F15 elevator maintenance - not derivable: piston size missing
Qs.append(Q(F,
    "During elevator maintenance, a technician tests a hydraulic elevator whose 900 kg car sits on a "
    "single vertical ram. The pump delivers oil at 0.80 L/s into the cylinder. How fast does the car "
    "rise?",
    {"mass of the car": "900 kg", "pump flow rate": "0.80 L/s"},
    "rising speed of the car", "m/s", None, outcome="not derivable", laws=1,
    irrelevant=["mass of the car"],
    solution="v = Q/A needs the ram's cross-sectional area, which is not given.",
    assumptions=[]))
