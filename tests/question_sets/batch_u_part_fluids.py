import math
from batch_u_common import *

F = "fluids"
QUESTIONS = []
add = QUESTIONS.append

# F1 submarine: absolute pressure at depth in atm
rho, d = 1025.0, 250.0
P = atm + rho * g * d
add(Q(F,
      "A submarine cruises at a depth of 250 m in seawater of density 1025 kg/m^3. The air pressure at the surface is "
      "1 atm. What is the absolute water pressure on its hull, expressed in atmospheres?",
      {"depth": "250 m", "density of seawater": "1025 kg/m^3", "surface air pressure": "1 atm"},
      "absolute pressure on the hull", "atm", P / atm, laws=1,
      solution=f"P = P0 + rho g d = 101325 + {rho*g*d:.0f} = {P:.0f} Pa = {P/atm:.3f} atm",
      assumptions=[G_ASSUME, "incompressible seawater"]))

# F2 submarine: net force on escape hatch
rho, d, D = 1025.0, 180.0, 0.60
A = math.pi * (D / 2) ** 2
Fnet = rho * g * d * A
add(Q(F,
      "A circular escape hatch of diameter 0.60 m sits on the deck of a submarine at a depth of 180 m in seawater "
      "(density 1025 kg/m^3). The air inside the submarine is at normal atmospheric pressure. What net force does "
      "the water exert on the hatch?",
      {"hatch diameter": "0.60 m", "depth": "180 m", "density of seawater": "1025 kg/m^3"},
      "net force on the hatch", "kN", Fnet / 1000, laws=2,
      solution=f"gauge pressure = rho g d = {rho*g*d:.0f} Pa; A = pi(0.30)^2 = {A:.5f} m^2; F = {Fnet/1000:.2f} kN",
      assumptions=[G_ASSUME, "atmospheric pressure acts on both sides and cancels", "hatch size small compared with depth"]))

# F3 aquarium: force on vertical window, top at surface
rho, w, H = 1025.0, 8.0, 5.0
Fw = rho * g * w * H ** 2 / 2
add(Q(F,
      "The main viewing window of an aquarium is a vertical rectangle 8.0 m wide and 5.0 m tall. The tank is filled "
      "with seawater (density 1025 kg/m^3) exactly up to the top edge of the window. What is the total force the water "
      "exerts on the window, over and above atmospheric pressure?",
      {"width of the window": "8.0 m", "height of the window": "5.0 m", "density of seawater": "1025 kg/m^3"},
      "total force of the water on the window", "MN", Fw / 1e6, laws=2,
      solution=f"average gauge pressure = rho g H/2; F = rho g w H^2/2 = {Fw:.0f} N = {Fw/1e6:.4f} MN",
      assumptions=[G_ASSUME]))

# F4 fire station: continuity then projectile height
v1, d1, d2 = 2.0, 6.5, 2.2
v2 = v1 * (d1 / d2) ** 2
hmax = v2 ** 2 / (2 * g)
add(Q(F,
      "Water flows at 2.0 m/s in a fire hose of inner diameter 6.5 cm and leaves through a nozzle of diameter 2.2 cm. "
      "If the nozzle is pointed straight up, how high can the stream rise above the nozzle, ignoring air resistance?",
      {"speed in the hose": "2.0 m/s", "hose inner diameter": "6.5 cm", "nozzle diameter": "2.2 cm"},
      "maximum height of the stream", "m", hmax, laws=2,
      solution=f"continuity: v2 = 2.0*(6.5/2.2)^2 = {v2:.3f} m/s; h = v2^2/(2g) = {hmax:.3f} m",
      assumptions=[G_ASSUME, "incompressible water", "no air resistance"]))

# F5 hospital: IV bag height, distractor bag volume
P, rho = 6.0e3, 1020.0
hh = P / (rho * g)
add(Q(F,
      "A nurse hangs a 500 mL saline bag for an IV drip. For the fluid to enter the vein, its gauge pressure at the "
      "needle must be 6.0 kPa. If the saline has density 1020 kg/m^3, how far above the needle must the fluid surface "
      "in the bag be?",
      {"volume of the bag": "500 mL", "required gauge pressure": "6.0 kPa", "density of saline": "1020 kg/m^3"},
      "height of the fluid surface above the needle", "cm", hh * 100, laws=1, irrelevant=["volume of the bag"],
      solution=f"h = P/(rho g) = 6000/(1020*9.81) = {hh:.4f} m = {hh*100:.2f} cm",
      assumptions=[G_ASSUME, "fluid essentially at rest (slow drip)"]))

# F6 fire station: pump pressure via Bernoulli
rho, dh, v1, v2 = 1000.0, 30.0, 3.0, 15.0
dP = rho * g * dh + 0.5 * rho * (v2 ** 2 - v1 ** 2)
add(Q(F,
      "A fire engine's pump pushes water into a hose at 3.0 m/s. The water leaves the nozzle 30 m higher, on the "
      "roof of a building, at 15 m/s. Taking the density of water as 1000 kg/m^3 and ignoring friction losses, how much higher must the pressure at the pump outlet "
      "be than the (atmospheric) pressure at the nozzle exit? Give the answer in psi.",
      {"speed at the pump outlet": "3.0 m/s", "height of the nozzle above the pump": "30 m",
       "exit speed at the nozzle": "15 m/s", "density of water": "1000 kg/m^3"},
      "pressure above atmospheric at the pump outlet", "psi", dP / 6894.757293168, laws=1,
      solution=f"Bernoulli: dP = rho g h + rho(v2^2 - v1^2)/2 = 294300 + 108000 = {dP:.0f} Pa = {dP/6894.757293168:.2f} psi",
      assumptions=[G_ASSUME, "no viscous losses", "1 psi = 6894.757 Pa"]))

# F7 aquarium diver: net force
m, V, rho = 95.0, 0.090, 1025.0
B = rho * V * g
Wt = m * g
add(Q(F,
      "An aquarium diver, together with all her gear, has a mass of 95 kg and a total volume of 0.090 m^3. She is fully "
      "submerged in the big seawater tank (density 1025 kg/m^3). What is the magnitude of the net vertical force on "
      "her (weight plus buoyancy) when she is not swimming?",
      {"mass of diver with gear": "95 kg", "volume of diver with gear": "0.090 m^3",
       "density of seawater": "1025 kg/m^3"},
      "magnitude of the net vertical force", "N", abs(Wt - B), laws=2,
      solution=f"W = {Wt:.2f} N; B = rho V g = {B:.2f} N; net = {Wt-B:.2f} N (downward)",
      assumptions=[G_ASSUME]))

# F8 wind farm: power extracted, distractor tower height
D, v, rho, Cp = 90.0, 11.0, 1.225, 0.42
Pw = 0.5 * rho * math.pi * (D / 2) ** 2 * v ** 3 * Cp
add(Q(F,
      "A wind turbine on an 80 m tower has blades sweeping a circle of diameter 90 m. The wind blows at 11 m/s and "
      "the air density is 1.225 kg/m^3. If the turbine's power coefficient (the fraction of the wind's kinetic energy "
      "flux it captures) is 0.42, what power does it extract?",
      {"tower height": "80 m", "rotor diameter": "90 m", "wind speed": "11 m/s", "density of air": "1.225 kg/m^3",
       "power coefficient": "0.42 dimensionless"},
      "power extracted", "MW", Pw / 1e6, laws=2, irrelevant=["tower height"],
      solution=f"P_wind = rho A v^3/2 = {Pw/Cp/1e6:.4f} MW; P = 0.42 * P_wind = {Pw/1e6:.4f} MW",
      assumptions=[]))

# F9 greenhouse: Poiseuille pressure drop
L, r, eta, Qv = 25.0, 2.0e-3, 1.0e-3, 0.5e-3 / 60
dP = 8 * eta * L * Qv / (math.pi * r ** 4)
add(Q(F,
      "A greenhouse drip-irrigation line is a smooth tube 25 m long with an inner diameter of 4.0 mm. Water "
      "(viscosity 1.0 mPa·s) flows through it at 0.50 L/min in laminar flow. What pressure difference is needed "
      "between the two ends of the tube?",
      {"length of the tube": "25 m", "inner diameter": "4.0 mm", "viscosity of water": "1.0 mPa*s",
       "flow rate": "0.50 L/min"},
      "pressure difference", "kPa", dP / 1000, laws=1,
      solution=f"Poiseuille: dP = 8 eta L Q/(pi r^4) = {dP:.0f} Pa = {dP/1000:.2f} kPa",
      assumptions=["laminar, fully developed flow"]))

# F10 submarine: ballast for neutral buoyancy
V, m, rho = 3200.0, 3050e3, 1025.0
mb = rho * V - m
add(Q(F,
      "A submarine has an outer hull volume of 3200 m^3 and, with empty ballast tanks, a mass of 3050 tonnes. "
      "What mass of seawater (density 1025 kg/m^3) must it take into its ballast tanks to hover, neutrally buoyant, "
      "when fully submerged?",
      {"hull volume": "3200 m^3", "mass with empty ballast tanks": "3050 tonne", "density of seawater": "1025 kg/m^3"},
      "mass of ballast water", "tonne", mb / 1000, laws=1,
      solution=f"neutral: m + m_b = rho V = {rho*V/1000:.0f} t; m_b = {mb/1000:.0f} t",
      assumptions=["ballast tanks inside the hull volume"]))

# F11 hospital: stenosis pressure drop
v1, frac, rho = 0.35, 0.60, 1060.0
v2 = v1 / frac ** 2
dP = 0.5 * rho * (v2 ** 2 - v1 ** 2)
add(Q(F,
      "Blood (density 1060 kg/m^3) flows at 0.35 m/s in a horizontal artery. At a stenosis, plaque reduces the "
      "inner radius of the artery to 60% of its normal value. Treating blood as an ideal fluid, by how much is the "
      "pressure in the narrowed section lower than upstream?",
      {"density of blood": "1060 kg/m^3", "normal blood speed": "0.35 m/s",
       "narrowed radius as a fraction of normal": "60 percent"},
      "pressure drop in the narrowed section", "Pa", dP, laws=2,
      solution=f"continuity: v2 = 0.35/0.36 = {v2:.4f} m/s; Bernoulli: dP = rho(v2^2 - v1^2)/2 = {dP:.1f} Pa",
      assumptions=["ideal (inviscid) incompressible flow", "horizontal artery"]))

# F12 observatory: isothermal barometric formula
P0, Mair, hh, T = 101.325, 0.02897, 4200.0, 270.0
P = P0 * math.exp(-Mair * g * hh / (R * T))
add(Q(F,
      "A telescope is built on a summit 4200 m above sea level. Model the atmosphere as an isothermal ideal gas at "
      "270 K with molar mass 28.97 g/mol and sea-level pressure 101.325 kPa. What air pressure do you expect at the "
      "observatory?",
      {"altitude of the summit": "4200 m", "air temperature": "270 K", "molar mass of air": "28.97 g/mol",
       "sea-level pressure": "101.325 kPa"},
      "air pressure at the observatory", "kPa", P, laws=2,
      solution=f"P = P0 exp(-M g h/(R T)); exponent = {Mair*g*hh/(R*T):.4f}; P = {P:.2f} kPa",
      assumptions=[G_ASSUME, "isothermal atmosphere", "g constant with height"]))

# F13 aquarium: not derivable (no water depth)
add(Q(F,
      "The aquarium's 200 m^3 quarantine tank is drained through a round opening of diameter 5.0 cm at the bottom of "
      "the tank. With what speed does the water first leave the opening?",
      {"volume of the tank": "200 m^3", "diameter of the opening": "5.0 cm"},
      "initial outflow speed", "m/s", outcome="not derivable", laws=1,
      solution="Torricelli's law v = sqrt(2 g h) needs the depth of water above the opening; the tank's volume alone "
               "does not fix its depth.",
      assumptions=[G_ASSUME]))

# F14 bicycle shop: ill-posed (submerged reading larger than in air)
add(Q(F,
      "To check an aluminium rim for hidden voids, a mechanic hangs the 0.60 kg rim from a spring scale. The scale "
      "reads 5.89 N in air and 7.10 N when the rim is fully submerged in water. What is the average density of the rim?",
      {"mass of the rim": "0.60 kg", "scale reading in air": "5.89 N", "scale reading in water": "7.10 N"},
      "average density of the rim", "kg/m^3", outcome="ill-posed", laws=2,
      solution="Buoyancy always reduces the apparent weight of a submerged object, so the reading in water cannot "
               "exceed the 5.89 N reading in air. The data imply a negative buoyant force; the problem is inconsistent.",
      assumptions=[G_ASSUME]))

# F15 fire station: ambiguous reference for depth
h1, h2 = 15.0, 15.0 + 6.0
add(Q(F,
      "The fire station's water tower holds water 6.0 m deep, and a hydrant tap is 15 m below the tank. What is the "
      "gauge pressure at the closed tap?",
      {"depth of water in the tank": "6.0 m", "distance of the tap below the tank": "15 m"},
      "gauge pressure at the tap", "kPa", outcome="ambiguous", laws=1,
      solution=f"If 15 m is measured from the bottom of the tank, the head is 21 m and P = {1000*g*h2/1000:.1f} kPa; "
               f"if measured from the water surface (top of the tank), the head is 15 m and P = {1000*g*h1/1000:.1f} kPa.",
      assumptions=[G_ASSUME, "density of water 1000 kg/m^3"]))
