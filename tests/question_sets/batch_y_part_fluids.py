from batch_y_common import *

F = "fluids"
Qs = []

# 1 lava column pressure
rho, hh = 2700.0, 150.0
dp = rho * g * hh
Qs.append(Q(F,
    "Volcano observatory scientists model a conduit filled with molten lava of density 2700 kg/m³. "
    "By how much does the pressure increase from the top to the bottom of a 150 m tall column of this lava?",
    {"density of the lava": "2700 kg/m^3", "height of the lava column": "150 m"},
    "pressure difference", "MPa", dp / 1e6, laws=1,
    solution=f"Δp = ρgh = 2700 × 9.81 × 150 = {dp/1e6:.2f} MPa.",
    assumptions=["static lava", "uniform density", "g = 9.81 m/s^2"]))

# 2 Torricelli efflux from milk tank (distractors: density, tank volume)
hh = 1.8
v = math.sqrt(2 * g * hh)
Qs.append(Q(F,
    "A 5000 L milk storage tank on a dairy farm has a tap at the bottom. The milk (density 1030 kg/m³) stands 1.8 m above the tap and the tank is open "
    "to the air. How fast does milk spurt out when the tap is first opened?",
    {"volume of the tank": "5000 L", "density of milk": "1030 kg/m^3", "height of milk above the tap": "1.8 m"},
    "outflow speed", "m/s", v, laws=1, irrelevant=["volume of the tank", "density of milk"],
    solution=f"Torricelli: v = √(2gh) = √(2 × 9.81 × 1.8) = {v:.2f} m/s.",
    assumptions=["tank much wider than the tap", "no viscous losses", "g = 9.81 m/s^2"]))

# 3 Pitot tube
dp, rho = 600.0, 1.2
v = math.sqrt(2 * dp / rho)
Qs.append(Q(F,
    "In a wind-tunnel laboratory, a Pitot-static tube reads a dynamic pressure of 600 Pa in air of density 1.2 kg/m³. "
    "What is the airspeed in km/h?",
    {"dynamic pressure": "600 Pa", "density of air": "1.2 kg/m^3"},
    "airspeed", "km/h", v * 3.6, laws=1,
    solution=f"½ρv^2 = Δp ⇒ v = √(2×600/1.2) = {v:.2f} m/s = {v*3.6:.1f} km/h.",
    assumptions=["incompressible flow"]))

# 4 contraction: continuity + Bernoulli
A1, A2, v1, rho = 4.0, 1.0, 10.0, 1.2
v2 = v1 * A1 / A2
dp = 0.5 * rho * (v2**2 - v1**2)
Qs.append(Q(F,
    "A wind tunnel's contraction narrows from a cross-section of 4 m² in the settling chamber to 1 m² at the test section. Air (density 1.2 kg/m³) "
    "moves at 10 m/s in the settling chamber. How much lower is the static pressure in the test section than in the settling chamber?",
    {"upstream cross-sectional area": "4 m^2", "test-section area": "1 m^2", "upstream air speed": "10 m/s",
     "density of air": "1.2 kg/m^3"},
    "pressure drop", "Pa", dp, laws=2,
    solution=f"Continuity: v2 = 10 × 4/1 = {v2:.0f} m/s. Bernoulli: Δp = ½ρ(v2^2 − v1^2) = {dp:.0f} Pa.",
    assumptions=["incompressible, inviscid, steady flow", "horizontal tunnel"]))

# 5 ice floe minimum area (distractor: air temperature)
m, t, rho_i, rho_s = 80.0, 0.5, 917.0, 1025.0
A = m / ((rho_s - rho_i) * t)
Qs.append(Q(F,
    "A researcher from an arctic research station, 80 kg with gear, wants to stand on a flat ice floe 0.5 m thick in sea water on a -25 °C day. "
    "Ice has density 917 kg/m³ and sea water 1025 kg/m³. What is the smallest floe area for which the top of the floe stays at or above the waterline?",
    {"mass of the researcher": "80 kg", "thickness of the ice": "0.5 m", "density of ice": "917 kg/m^3",
     "density of sea water": "1025 kg/m^3", "air temperature": "-25 degC"},
    "minimum area of the floe", "m^2", A, laws=2, irrelevant=["air temperature"],
    solution=f"Fully submerged floe: ρ_s A t g = (ρ_i A t + m) g ⇒ A = m/((ρ_s − ρ_i)t) = 80/(108 × 0.5) = {A:.2f} m^2.",
    assumptions=["flat slab of uniform thickness", "load spread evenly"]))

# 6 paraglider wing pressure difference
m, A = 100.0, 25.0
dp = m * g / A
Qs.append(Q(F,
    "At a paragliding site, a wing with a projected area of 25 m² carries pilot plus equipment of total mass 100 kg in steady level flight. "
    "What average pressure difference between the lower and upper surfaces of the wing supports this load?",
    {"wing area": "25 m^2", "total mass carried": "100 kg"},
    "average pressure difference across the wing", "Pa", dp, laws=2,
    solution=f"Lift = weight = {m*g:.0f} N; Δp = L/A = {dp:.2f} Pa.",
    assumptions=["lift equals weight (drag and vertical motion ignored)", "g = 9.81 m/s^2"]))

# 7 hose filling a bucket
d, v, V = 12e-3, 2.0, 10e-3
Qv = math.pi * (d / 2) ** 2 * v
t = V / Qv
Qs.append(Q(F,
    "A supermarket cleaner fills a 10 L mop bucket from a hose of internal diameter 12 mm in which the water moves at 2.0 m/s. "
    "How long does it take to fill the bucket?",
    {"volume of the bucket": "10 L", "internal diameter of the hose": "12 mm", "water speed in the hose": "2.0 m/s"},
    "filling time", "s", t, laws=1,
    solution=f"Q = Av = π(0.006)^2 × 2 = {Qv*1e3:.4f} L/s; t = V/Q = {t:.1f} s.",
    assumptions=["uniform flow speed across the hose"]))

# 8 glassblower breath pressure as a water column
p = 2 * psi
hh = p / (1000 * g)
Qs.append(Q(F,
    "A glassblower in a glassblowing studio can produce a gauge pressure of 2 psi in her mouth. How tall a column of water (density 1000 kg/m³) "
    "could that pressure support in a U-tube manometer?",
    {"gauge pressure": "2 psi", "density of water": "1000 kg/m^3"},
    "height of water column", "m", hh, laws=1,
    solution=f"p = 2 psi = {p:.0f} Pa; h = p/(ρg) = {hh:.2f} m.",
    assumptions=["g = 9.81 m/s^2"]))

# 9 Poiseuille ink flow
eta, L, r, dp = 0.5, 0.8, 2e-3, 40e3
Qv = math.pi * r**4 * dp / (8 * eta * L)
Qs.append(Q(F,
    "In a printing works, ink of viscosity 0.5 Pa·s is pumped through a feed tube 0.8 m long with internal radius 2 mm. "
    "The pressure difference between the ends is 40 kPa. What is the volume flow rate in mL/s?",
    {"viscosity of the ink": "0.5 Pa*s", "length of the tube": "0.8 m", "internal radius": "2 mm", "pressure difference": "40 kPa"},
    "volume flow rate", "mL/s", Qv * 1e6, laws=1,
    solution=f"Poiseuille: Q = πr^4Δp/(8ηL) = {Qv*1e6:.3f} mL/s.",
    assumptions=["laminar Newtonian flow"]))

# 10 sprinkler pump power
Qv, hh, v, rho = 3e-3, 12.0, 15.0, 1000.0
P = rho * Qv * (g * hh + 0.5 * v**2)
Qs.append(Q(F,
    "A golf course pump lifts 3 L/s of water from a pond to a sprinkler head 12 m above the pond surface, where the water leaves at 15 m/s. "
    "Ignoring all losses, what mechanical power must the pump supply to the water?",
    {"flow rate": "3 L/s", "height of the sprinkler above the pond": "12 m", "exit speed": "15 m/s"},
    "pump power", "W", P, laws=2,
    solution=f"Energy per kg = gh + v^2/2 = {g*hh:.2f} + {0.5*v**2:.1f} J/kg; mass flow 3 kg/s; P = {P:.0f} W.",
    assumptions=["water starts at rest at the pond surface", "atmospheric pressure at both ends", "water density 1000 kg/m^3", "g = 9.81 m/s^2"]))

# 11 floating tennis ball
m, D = 0.058, 0.067
V = 4 / 3 * math.pi * (D / 2) ** 3
frac = m / (1000 * V)
Qs.append(Q(F,
    "A tennis ball of mass 58 g and diameter 6.7 cm drops into a bucket of water at the tennis court. What percentage of its volume is under water "
    "when it floats at rest?",
    {"mass of the ball": "58 g", "diameter of the ball": "6.7 cm"},
    "submerged fraction of the ball", "percent", frac * 100, laws=2,
    solution=f"V = (4/3)π(0.0335)^3 = {V*1e6:.1f} cm^3; floating: ρ_w V_sub = m ⇒ V_sub = 58 cm^3; fraction = {frac*100:.1f}%.",
    assumptions=["water density 1000 kg/m^3", "ball treated as a sphere of fixed volume"]))

# 12 milkshake straw (distractor: straw diameter)
dp, rho = 8000.0, 1100.0
hh = dp / (rho * g)
Qs.append(Q(F,
    "A customer at an ice-cream van drinks a thick milkshake (density 1100 kg/m³) through a 7 mm diameter straw. If she can lower the pressure in "
    "her mouth 8 kPa below atmospheric, what is the greatest height above the milkshake surface she could lift it up the straw?",
    {"density of the milkshake": "1100 kg/m^3", "diameter of the straw": "7 mm", "pressure reduction in the mouth": "8 kPa"},
    "maximum lift height", "m", hh, laws=1, irrelevant=["diameter of the straw"],
    solution=f"h = Δp/(ρg) = 8000/(1100 × 9.81) = {hh:.3f} m; the straw diameter does not matter.",
    assumptions=["static column", "g = 9.81 m/s^2"]))

# 13 ND: drainage channel without speed
Qs.append(Q(F,
    "Ground water seeps into a concrete drainage channel running along a railway tunnel. The channel is 0.4 m wide and the water in it is 5 cm deep. "
    "What volume of water flows along the channel each second?",
    {"width of the channel": "0.4 m", "depth of the water": "5 cm"},
    "volume flow rate", "L/s", None, outcome="not derivable", laws=1,
    solution="Q = A v needs the flow speed (or a slope and roughness to estimate it); neither is given, so the flow rate cannot be found.",
    assumptions=[]))

# 14 IP: continuity violated
Qs.append(Q(F,
    "Milk flows through a horizontal stainless pipe in a dairy that narrows from 4 cm to 2 cm internal diameter. The milk moves at 3 m/s in the wide part "
    "and at 5 m/s in the narrow part. Taking the milk density as 1030 kg/m³, what is the pressure difference between the wide and narrow parts?",
    {"wide pipe diameter": "4 cm", "narrow pipe diameter": "2 cm", "speed in the wide part": "3 m/s",
     "speed in the narrow part": "5 m/s", "density of milk": "1030 kg/m^3"},
    "pressure difference", "kPa", None, outcome="ill-posed", laws=2,
    solution="Continuity for an incompressible liquid requires v2 = v1(A1/A2) = 3 × 4 = 12 m/s, not 5 m/s; the stated speeds contradict each other, "
             "so Bernoulli gives inconsistent answers.",
    assumptions=["incompressible steady flow"]))

# 15 AMB: tyre pressure gauge vs absolute
p = 35 * psi
A = 150e-4
F_g = p * A
F_abs = (p - atm) * A
Qs.append(Q(F,
    "A supermarket delivery van's tyre is at a pressure of 35 psi, and each tyre's contact patch with the road has an area of 150 cm². "
    "Using the simple model that the load equals the excess air pressure times the contact area, what load does each tyre carry?",
    {"tyre pressure": "35 psi", "contact patch area": "150 cm^2"},
    "load on each tyre", "N", None, outcome="ambiguous", laws=1,
    solution=f"If 35 psi is a gauge reading (the usual meaning for tyres): F = 35 psi × 150 cm^2 = {F_g:.0f} N. "
             f"If it is absolute pressure, the excess over 1 atm is {(p-atm)/1000:.1f} kPa and F = {F_abs:.0f} N.",
    assumptions=["sidewall stiffness ignored", "atmospheric pressure 101.325 kPa"]))

assert len(Qs) == 15
