from batch_x_common import *

F = "fluids"
Qs = []

# 1 scuba - absolute pressure at depth
gv = {"depth of the diver": "25 m", "density of seawater": "1025 kg/m**3",
      "atmospheric pressure at the surface": "101.3 kPa"}
d, rho, P0 = vals(gv)
P = P0 * 1000 + rho * g * d
Qs.append(Q(F,
    "A scuba diver explores a reef wall at a depth of 25 m. Seawater has density 1025 kg/m^3 and the atmospheric pressure at the surface is 101.3 kPa. What is the absolute pressure on the diver?",
    gv, "absolute pressure at the diver", "kPa", P / 1000, laws=1,
    solution=f"P = P0 + rho g d = 101300 + {rho*g*d:.0f} = {P:.0f} Pa = {P/1000:.1f} kPa.",
    assumptions=["g = 9.81 m/s^2", "incompressible seawater"]))

# 2 scuba - Boyle + hydrostatics, lung expansion
gv = {"depth": "18 m", "volume of air in the lungs at depth": "5.8 L",
      "density of seawater": "1025 kg/m**3", "atmospheric pressure": "1 atm"}
d, V1, rho, Pa = vals(gv)
P1 = Pa * atm + rho * g * d
V2 = V1 * P1 / (Pa * atm)
Qs.append(Q(F,
    "A diver at 18 m depth fills her lungs with 5.8 L of air from her regulator and then, wrongly, ascends to the surface holding her breath. If the air could expand freely at constant temperature, what volume would it occupy at the surface? (Seawater density 1025 kg/m^3, atmospheric pressure 1 atm.)",
    gv, "volume of the air at the surface", "L", V2, laws=2,
    solution=f"Pressure at depth = 101325 + rho g d = {P1:.0f} Pa. Boyle: V2 = V1 P1/P2 = {V2:.2f} L.",
    assumptions=["isothermal ideal gas", "g = 9.81 m/s^2"]))

# 3 oil rig - net buoyant force on pontoon
gv = {"volume of the pontoon": "1500 m**3", "mass of the pontoon": "900 tonne",
      "density of seawater": "1025 kg/m**3"}
V, m_t, rho = vals(gv)
B = rho * g * V
W = m_t * 1000 * g
Fnet = B - W
Qs.append(Q(F,
    "A steel pontoon of an oil rig has a total external volume of 1500 m^3 and a mass of 900 tonnes. It is held fully submerged in seawater (density 1025 kg/m^3) by mooring chains. What net upward force (buoyancy minus weight) must the chains resist?",
    gv, "net upward force on the pontoon", "MN", Fnet / 1e6, laws=2,
    solution=f"Buoyancy rho g V = {B:.4g} N; weight = {W:.4g} N; net = {Fnet:.4g} N = {Fnet/1e6:.2f} MN.",
    assumptions=["g = 9.81 m/s^2"]))

# 4 hydroelectric - Torricelli + continuity
gv = {"height of the reservoir surface above the outlet": "60 m", "diameter of the outlet pipe": "1.5 m"}
hh, D = vals(gv)
v = math.sqrt(2 * g * hh)
Qv = math.pi * (D / 2)**2 * v
Qs.append(Q(F,
    "During a test, the bottom outlet of a hydroelectric dam is opened. The outlet is a pipe of diameter 1.5 m discharging to the open air 60 m below the reservoir surface. Ignoring friction, what volume of water flows out per second?",
    gv, "volume flow rate", "m**3/s", Qv, laws=2,
    solution=f"Bernoulli/Torricelli: v = sqrt(2 g h) = {v:.2f} m/s. Continuity: Q = A v = {Qv:.1f} m^3/s.",
    assumptions=["no friction losses", "reservoir level constant", "g = 9.81 m/s^2"]))

# 5 hydroelectric - power output
gv = {"volume flow rate": "85 m**3/s", "effective head": "110 m", "overall efficiency": "88 percent",
      "density of water": "1000 kg/m**3"}
Qv, hh, eta, rho = vals(gv)
P = eta / 100 * rho * g * Qv * hh
Qs.append(Q(F,
    "A hydroelectric plant receives 85 m^3/s of fresh water (density 1000 kg/m^3) through its turbines under an effective head of 110 m. The overall turbine-generator efficiency is 88%. What electrical power does it produce?",
    gv, "electrical power output", "MW", P / 1e6, laws=2,
    solution=f"Hydraulic power rho g Q h = {rho*g*Qv*hh/1e6:.2f} MW; electrical = 0.88 x that = {P/1e6:.1f} MW.",
    assumptions=["g = 9.81 m/s^2"]))

# 6 beekeeping - Poiseuille flow of honey (distractor: density)
gv = {"viscosity of the honey": "10 Pa*s", "radius of the outlet tube": "1.0 cm",
      "length of the outlet tube": "20 cm", "pressure difference": "2.0 kPa",
      "density of honey": "1420 kg/m**3"}
eta, r, L, dP, rho = vals(gv)
Qv = math.pi * (r / 100)**4 * dP * 1000 / (8 * eta * L / 100)
Qs.append(Q(F,
    "Honey (viscosity 10 Pa s, density 1420 kg/m^3) drains from a beekeeper's settling tank through a horizontal outlet tube of radius 1.0 cm and length 20 cm. The pressure difference between the ends of the tube is 2.0 kPa. Assuming steady laminar flow, what is the volume flow rate?",
    gv, "volume flow rate of honey", "mL/s", Qv * 1e6, laws=1,
    irrelevant=["density of honey"],
    solution=f"Poiseuille: Q = pi r^4 Delta P/(8 eta L) = {Qv:.4g} m^3/s = {Qv*1e6:.2f} mL/s.",
    assumptions=["laminar Newtonian flow"]))

# 7 cruise ship - extra draught from passengers
gv = {"waterline area of the ship": "8000 m**2", "number of passengers boarding": "1200 dimensionless",
      "average mass per passenger with luggage": "75 kg", "density of seawater": "1025 kg/m**3"}
A, N, mp, rho = vals(gv)
dd = N * mp / (rho * A)
Qs.append(Q(F,
    "A cruise ship has a waterline area of 8000 m^2 (taken as constant near the waterline). 1200 passengers board, averaging 75 kg each including luggage. By how much does the ship sink deeper into the seawater (density 1025 kg/m^3)?",
    gv, "increase in draught", "cm", dd * 100, laws=2,
    solution=f"Extra buoyancy = extra weight: rho g A dd = N m g, so dd = N m/(rho A) = {dd*100:.2f} cm.",
    assumptions=["wall-sided hull near the waterline"]))

# 8 motor racing - wing downforce via Bernoulli
gv = {"air speed under the wing": "75 m/s", "air speed over the wing": "62 m/s",
      "wing area": "1.1 m**2", "density of air": "1.2 kg/m**3"}
vu, vo, A, rho = vals(gv)
dP = 0.5 * rho * (vu**2 - vo**2)
Fd = dP * A
Qs.append(Q(F,
    "The inverted rear wing of a race car has plan area 1.1 m^2. At racing speed, air flows under it at 75 m/s and over it at 62 m/s. Treating the flow with Bernoulli's equation (air density 1.2 kg/m^3), what downforce does the wing produce?",
    gv, "downforce from the wing", "N", Fd, laws=2,
    solution=f"Delta P = (1/2) rho (v_under^2 - v_over^2) = {dP:.1f} Pa; F = Delta P A = {Fd:.0f} N.",
    assumptions=["Bernoulli along streamlines with the same total pressure", "uniform pressures over each surface"]))

# 9 kite festival - dynamic pressure
gv = {"wind speed": "36 km/h", "density of air": "1.2 kg/m**3"}
vk, rho = vals(gv)
q = 0.5 * rho * (vk / 3.6)**2
Qs.append(Q(F,
    "At a kite festival the wind blows at a steady 36 km/h. Air has density 1.2 kg/m^3. What is the dynamic pressure of the wind (the maximum pressure rise when the wind is brought to rest against the kite)?",
    gv, "dynamic pressure", "Pa", q, laws=1,
    solution=f"v = 10 m/s; q = (1/2) rho v^2 = {q:.1f} Pa.",
    assumptions=["incompressible flow"]))

# 10 carpentry - hydraulic press (distractor: stroke)
gv = {"diameter of the small piston": "2 cm", "diameter of the large piston": "12 cm",
      "force on the small piston": "150 N", "stroke of the small piston": "5 cm"}
d1, d2, F1, s = vals(gv)
F2 = F1 * (d2 / d1)**2
Qs.append(Q(F,
    "A hydraulic veneer press in a carpentry workshop has a small piston of diameter 2 cm and a large piston of diameter 12 cm. The operator pushes the small piston with 150 N through a stroke of 5 cm. What force does the large piston exert on the veneer stack?",
    gv, "force exerted by the large piston", "N", F2, laws=1,
    irrelevant=["stroke of the small piston"],
    solution=f"Pascal: F2 = F1 (d2/d1)^2 = 150 x 36 = {F2:.0f} N.",
    assumptions=["pistons at same height", "frictionless"]))

# 11 cable car - isothermal atmosphere
gv = {"elevation of the valley station": "1000 m", "elevation of the summit station": "3000 m",
      "pressure at the valley station": "90 kPa", "air temperature": "0 degC",
      "molar mass of air": "0.029 kg/mol"}
z1, z2, P1, Tc, M = vals(gv)
P2 = P1 * math.exp(-M * g * (z2 - z1) / (R * (Tc + T0)))
Qs.append(Q(F,
    "A cable car rises from a valley station at 1000 m elevation, where the air pressure is 90 kPa, to a summit station at 3000 m. Model the atmosphere between them as isothermal at 0 degC with molar mass of air 0.029 kg/mol. What is the air pressure at the summit station?",
    gv, "pressure at the summit station", "kPa", P2, laws=2,
    solution=f"Hydrostatics with ideal-gas density gives P = P1 exp(-M g Delta z/(R T)) = 90 exp({-M*g*(z2-z1)/(R*(Tc+T0)):.4f}) = {P2:.1f} kPa.",
    assumptions=["isothermal ideal-gas atmosphere", "g = 9.81 m/s^2 constant"]))

# 12 textile mill - continuity (distractor: temperature)
gv = {"diameter of the pipe": "5 cm", "speed in the pipe": "1.2 m/s", "diameter of the nozzle": "1.5 cm",
      "temperature of the dye": "60 degC"}
D1, v1, D2, T = vals(gv)
v2 = v1 * (D1 / D2)**2
Qs.append(Q(F,
    "In a textile mill's dye house, hot dye liquor at 60 degC flows at 1.2 m/s through a pipe of diameter 5 cm and then through a spray nozzle of diameter 1.5 cm. How fast does the liquor leave the nozzle?",
    gv, "speed at the nozzle", "m/s", v2, laws=1,
    irrelevant=["temperature of the dye"],
    solution=f"Continuity: v2 = v1 (D1/D2)^2 = {v2:.2f} m/s.",
    assumptions=["incompressible liquid, full pipe"]))

# 13 oil rig - not derivable (hole area missing)
gv = {"height of the water surface above the hole": "3.2 m"}
Qs.append(Q(F,
    "A fire-water tank on an oil rig springs a leak through a small hole in its side. The water surface stands 3.2 m above the hole. How many litres per minute leak out?",
    gv, "leak rate", "L/min", None, outcome="not derivable", laws=2,
    solution="Torricelli gives the outflow speed sqrt(2 g h) = 7.9 m/s, but the flow rate needs the area of the hole, which is not given and cannot be assumed.",
    assumptions=[]))

# 14 cruise ship lifeboat - ill-posed (cannot float as described)
gv = {"mass of the lifeboat": "9000 kg", "total enclosed hull volume": "6.0 m**3",
      "fraction of hull volume above the waterline": "40 percent", "density of seawater": "1025 kg/m**3"}
m, V, frac, rho = vals(gv)
Bmax = rho * g * V * (1 - frac / 100)
Qs.append(Q(F,
    "A cruise ship's 9000 kg lifeboat has a total enclosed hull volume of 6.0 m^3. It floats at rest in seawater (density 1025 kg/m^3) with 40% of its hull volume above the waterline. What is the buoyant force on it?",
    gv, "buoyant force on the lifeboat", "kN", None, outcome="ill-posed", laws=2,
    solution=f"Floating requires buoyancy = weight = {m*g/1000:.1f} kN, but displacing 60% of 6.0 m^3 gives only {Bmax/1000:.1f} kN (even fully submerged it gives {rho*g*V/1000:.1f} kN). The stated data are contradictory.",
    assumptions=[]))

# 15 hydroelectric - ambiguous gauge vs absolute pressure
gv = {"depth of water behind the dam": "40 m"}
d, = vals(gv)
Pg = 1000 * g * d
Pabs = Pg + atm
Qs.append(Q(F,
    "The reservoir behind a hydroelectric dam is 40 m deep at the dam face. What is the pressure at the base of the dam face?",
    gv, "pressure at the base of the dam", "kPa", None, outcome="ambiguous", laws=1,
    solution=f"Taking fresh water 1000 kg/m^3: gauge pressure rho g h = {Pg/1000:.1f} kPa; absolute pressure (adding 1 atm) = {Pabs/1000:.1f} kPa. 'Pressure' could mean either.",
    assumptions=["fresh water 1000 kg/m^3", "g = 9.81 m/s^2"]))
