from batch_v_common import *

F = "fluids"
Qs = []
G981 = "g = 9.81 m/s^2"

# F1 water tower gauge pressure in psi
p = 1000 * g * 35.0
Qs.append(Q(F,
    "The water surface in a town's water tower is 35 m above the kitchen tap of a house below. The tower's tank holds "
    "500 m^3 of water. With the tap closed, what is the gauge pressure of the water at the tap, in psi? Take the "
    "density of water as 1000 kg/m^3.",
    {"height of the water surface above the tap": "35 m", "volume of water in the tank": "500 m^3",
     "density of water": "1000 kg/m^3"},
    "gauge pressure at the tap", "psi", p / psi, laws=1, irrelevant=["volume of water in the tank"],
    solution=f"p = rho g h = 1000*9.81*35 = {f(p)} Pa = {f(p/psi)} psi.",
    assumptions=[G981, "water at rest"]))

# F2 leak from water tower (Torricelli + flow)
hh, dd = 8.0, 0.020
v = math.sqrt(2 * g * hh)
Qf = v * math.pi * dd**2 / 4
Qs.append(Q(F,
    "Water in a water tower stands 8.0 m above a small leak near the bottom of the tank. The leak is a round hole "
    "2.0 cm in diameter. Ignoring viscosity and assuming the tank is wide and open to the air at the top, what volume "
    "of water escapes each second, in litres?",
    {"height of water above the leak": "8.0 m", "diameter of the hole": "2.0 cm"},
    "volume flow rate through the leak", "L/s", Qf * 1000, laws=2,
    solution=f"Torricelli: v = sqrt(2 g h) = {f(v)} m/s; Q = v pi d^2/4 = {f(Qf)} m^3/s = {f(Qf*1000)} L/s.",
    assumptions=[G981, "no contraction of the jet", "tank level drop negligible"]))

# F4 absolute pressure at bottom of diving pool in atm
pabs = 101325 + 1000 * g * 5.0
Qs.append(Q(F,
    "The diving pool at a leisure centre is 5.0 m deep. The atmospheric pressure is 101.325 kPa and the water density "
    "is 1000 kg/m^3. What is the absolute pressure at the bottom of the pool, expressed in atmospheres?",
    {"depth of the pool": "5.0 m", "atmospheric pressure": "101.325 kPa", "density of water": "1000 kg/m^3"},
    "absolute pressure at the bottom", "atm", pabs / atm, laws=1,
    solution=f"p = p_atm + rho g h = 101325 + 49050 = {f(pabs)} Pa = {f(pabs/atm)} atm.",
    assumptions=[G981]))

# F5 ferry sinks deeper with cars
dh = 40 * 1500 / (1025 * 600)
Qs.append(Q(F,
    "A ferry's hull has a horizontal cross-sectional area of 600 m^2 at the waterline, and its sides are vertical near "
    "the waterline. How much lower does it sit in seawater (density 1025 kg/m^3) after 40 cars with an average mass of "
    "1500 kg drive aboard?",
    {"waterline area of the hull": "600 m^2", "density of seawater": "1025 kg/m^3", "number of cars": "40 dimensionless",
     "average mass of a car": "1500 kg"},
    "increase in the ferry's draught", "cm", dh * 100, laws=1,
    solution=f"Extra displaced volume = 60000/1025 = {f(60000/1025)} m^3; depth = that/600 = {f(dh)} m = {f(dh*100)} cm.",
    assumptions=["ferry floats in equilibrium"]))

# F7 helium balloon net force
Vb, rhe, ra, mr = 0.012, 0.166, 1.20, 0.0030
Fnet = ((ra - rhe) * Vb - mr) * g
Qs.append(Q(F,
    "A helium party balloon bought at an amusement park holds 12 L of helium (density 0.166 kg/m^3). The rubber and "
    "ribbon together have a mass of 3.0 g, and the surrounding air has a density of 1.20 kg/m^3. What is the net upward "
    "force on the balloon just after it is released?",
    {"volume of helium": "12 L", "density of helium": "0.166 kg/m^3", "mass of rubber and ribbon": "3.0 g",
     "density of air": "1.20 kg/m^3"},
    "net upward force", "mN", Fnet * 1000, laws=2,
    solution=f"Buoyancy = 1.20*0.012*9.81 = {f(ra*Vb*g)} N; weights = (0.166*0.012 + 0.003)*9.81 = {f((rhe*Vb+mr)*g)} N; net = {f(Fnet)} N = {f(Fnet*1000)} mN.",
    assumptions=[G981, "volume of rubber negligible"]))

# F8 dental chair hydraulics
Fs = 150 * g * (2.0 / 12.0) ** 2
Qs.append(Q(F,
    "A dentist's chair is raised by a hydraulic system. The small piston has a diameter of 2.0 cm and the large piston "
    "a diameter of 12 cm. The chair and patient together have a mass of 150 kg. What force must be applied to the "
    "small piston to raise them slowly?",
    {"diameter of the small piston": "2.0 cm", "diameter of the large piston": "12 cm",
     "mass of chair and patient": "150 kg"},
    "force on the small piston", "N", Fs, laws=1,
    solution=f"Pascal: F_small = m g (d_small/d_large)^2 = 1471.5/36 = {f(Fs)} N.",
    assumptions=[G981, "pistons at the same height", "massless pistons, no friction"]))

# F9 dental nozzle Bernoulli
v1, d1, d2 = 0.50, 4.0, 0.80
v2 = v1 * (d1 / d2) ** 2
dp = 0.5 * 1000 * (v2**2 - v1**2)
Qs.append(Q(F,
    "Water flows at 0.50 m/s through the supply tube of a dental unit, which has an inner diameter of 4.0 mm, and then "
    "out through a nozzle of diameter 0.80 mm at the same height. Treating the water as an ideal fluid of density "
    "1000 kg/m^3, what is the pressure difference between the water in the tube and at the nozzle exit?",
    {"speed in the tube": "0.50 m/s", "inner diameter of the tube": "4.0 mm", "diameter of the nozzle": "0.80 mm",
     "density of water": "1000 kg/m^3"},
    "pressure difference between tube and nozzle", "kPa", dp / 1000, laws=2,
    solution=f"Continuity: v2 = 0.50*(4.0/0.80)^2 = {f(v2)} m/s. Bernoulli: dp = rho (v2^2 - v1^2)/2 = {f(dp)} Pa = {f(dp/1000)} kPa.",
    assumptions=["ideal, incompressible, steady flow"]))

# F10 Poiseuille cooling line
Qv, L, r, eta = 0.60e-3 / 60, 10.0, 0.005, 0.89e-3
dpp = 8 * eta * L * Qv / (math.pi * r**4)
Qs.append(Q(F,
    "A liquid-cooling line in a data centre carries water at 0.60 L/min through a smooth straight tube 10 m long with "
    "an inner diameter of 1.0 cm. The viscosity of the water is 0.89 mPa s. Assuming laminar flow, what pressure "
    "difference between the ends of the tube is needed to drive this flow?",
    {"volume flow rate": "0.60 L/min", "length of the tube": "10 m", "inner diameter of the tube": "1.0 cm",
     "viscosity of water": "0.89 mPa*s"},
    "pressure difference along the tube", "Pa", dpp, laws=1,
    solution=f"Poiseuille: dp = 8 eta L Q/(pi r^4) = 8*0.89e-3*10*1.0e-5/(pi*0.005^4) = {f(dpp)} Pa.",
    assumptions=["laminar, fully developed flow (Re about 1400)"]))

# F11 isothermal atmosphere pressure in village
pv = 101.3 * math.exp(-0.02897 * g * 1200 / (R * 280))
Qs.append(Q(F,
    "A mountain village lies 1200 m above a valley floor where the air pressure is 101.3 kPa. Model the air between "
    "them as an isothermal ideal gas at 280 K with a molar mass of 28.97 g/mol. What is the air pressure in the "
    "village?",
    {"height of the village above the valley": "1200 m", "pressure in the valley": "101.3 kPa",
     "air temperature": "280 K", "molar mass of air": "28.97 g/mol"},
    "air pressure in the village", "kPa", pv, laws=2,
    solution=f"dp/dz = -rho g with rho = pM/(RT) gives p = p0 exp(-M g h/(R T)) = 101.3*exp(-{f(0.02897*g*1200/(R*280))}) = {f(pv)} kPa.",
    assumptions=[G981, "isothermal atmosphere"]))

# F12 concrete pump power
Pc = 2400 * g * 40 * 30 / 3600
Qs.append(Q(F,
    "A concrete pump on a building site pushes concrete (density 2400 kg/m^3) up a vertical line to a floor 40 m above "
    "the pump, at a rate of 30 m^3 per hour. Ignoring friction in the line and the kinetic energy of the concrete, "
    "what is the minimum power the pump must supply?",
    {"density of concrete": "2400 kg/m^3", "height of the floor above the pump": "40 m",
     "pumping rate": "30 m^3/h"},
    "minimum pump power", "kW", Pc / 1000, laws=2,
    solution=f"Pressure rise = rho g h = {f(2400*g*40)} Pa; power = dp * Q = {f(2400*g*40)}*(30/3600) = {f(Pc)} W.",
    assumptions=[G981, "no friction losses"]))

# F13 fountain flow rate
v = math.sqrt(2 * g * 12.0)
Qf = v * math.pi * 0.015**2 / 4
Qs.append(Q(F,
    "A fountain at an amusement park shoots a vertical jet of water that rises 12 m above the nozzle. The nozzle has a "
    "diameter of 1.5 cm. Ignoring air resistance, what volume flow rate does the fountain use, in litres per minute?",
    {"height of the jet": "12 m", "diameter of the nozzle": "1.5 cm"},
    "volume flow rate", "L/min", Qf * 60000, laws=2,
    solution=f"Exit speed v = sqrt(2 g h) = {f(v)} m/s; Q = v pi d^2/4 = {f(Qf)} m^3/s = {f(Qf*60000)} L/min.",
    assumptions=[G981, "no air resistance"]))

# F14 ice slab carrying a load
Vs = 1.2 * 1.2 * 0.30
mload = (1000 - 917) * Vs
Qs.append(Q(F,
    "A rectangular slab of ice measuring 1.2 m by 1.2 m by 0.30 m (density 917 kg/m^3) floats in the pit of fresh "
    "meltwater (density 1000 kg/m^3) beside the ice rink. What is the largest mass that can be placed on top of the slab "
    "before the slab is completely submerged?",
    {"length of the slab": "1.2 m", "width of the slab": "1.2 m", "thickness of the slab": "0.30 m",
     "density of ice": "917 kg/m^3", "density of water": "1000 kg/m^3"},
    "largest load mass", "kg", mload, laws=1,
    solution=f"Fully submerged: (1000 - 917)*V = 83*{f(Vs)} = {f(mload)} kg.",
    assumptions=["load itself stays above water"]))

# --- non-value ---
Qs.append(Q(F,
    "A hot-air balloon with an envelope volume of 2500 m^3 hovers at constant altitude, where the outside air is at "
    "15 degC and 95 kPa. What is the temperature of the air inside the envelope?",
    {"envelope volume": "2500 m^3", "outside air temperature": "15 degC", "outside air pressure": "95 kPa"},
    "temperature of the air inside the envelope", "degC", None, outcome="not derivable", laws=2,
    solution="Hovering requires (rho_out - rho_in) V = total mass of envelope, basket and load. That mass is not given and cannot be assumed, so the inside temperature cannot be found.",
    assumptions=["ideal gas"]))

Qs.append(Q(F,
    "The water level in a town's water tower is 20 m above the town square. A fountain in the square is fed directly "
    "from the tower with no pump, and its vertical jet is said to rise 30 m above the nozzle, which is at ground level. "
    "The nozzle has a diameter of 2.0 cm. What volume flow rate does the fountain draw?",
    {"height of the water level above the square": "20 m", "claimed height of the jet": "30 m",
     "diameter of the nozzle": "2.0 cm"},
    "volume flow rate", "L/s", None, outcome="ill-posed", laws=2,
    solution="By Bernoulli, without a pump the jet can at most rise back to the tower's water level, 20 m. A 30 m jet contradicts energy conservation, so the givens are inconsistent.",
    assumptions=[G981]))

pg = 1000 * g * 2.0
Qs.append(Q(F,
    "A swimming pool is 2.0 m deep. What is the pressure at the bottom of the pool? Take the density of water as "
    "1000 kg/m^3.",
    {"depth of the pool": "2.0 m", "density of water": "1000 kg/m^3"},
    "pressure at the bottom of the pool", "kPa", None, outcome="ambiguous", laws=1,
    solution=f"Gauge pressure: rho g h = {f(pg/1000)} kPa. Absolute pressure (adding 101.3 kPa of atmosphere): {f((pg+101325)/1000)} kPa. The question does not say which is meant.",
    assumptions=[G981]))
