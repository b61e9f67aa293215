#!/usr/bin/env python3
"""Batch J: 150 blind physics questions with independently computed answers."""
import math, json, os
import scipy.constants as sc

G0 = 9.80665
GA = "Earth's surface gravity g = 9.80665 m/s^2 assumed."
ATM = 101325.0
c = sc.c; h = sc.h; hbar = sc.hbar; e = sc.e; me = sc.m_e; mp = sc.m_p; mn = sc.m_n
kB = sc.k; NA = sc.N_A; R = sc.R; Gn = sc.G; sig = sc.Stefan_Boltzmann
eps0 = sc.epsilon_0; mu0 = sc.mu_0; u = sc.physical_constants['atomic mass constant'][0]
MeV = 1e6 * e
rad = math.radians; deg = math.degrees
Q = []

def q(field, text, given, find, unit, expected, laws, solution, assumptions="", irrelevant=None,
      outcome="value", rel_tol=0.01):
    Q.append(dict(field=field, text=text, given=given, find=find, unit=unit,
                  expected=(None if outcome != "value" else float(expected)), outcome=outcome,
                  rel_tol=rel_tol, laws=laws, irrelevant=list(irrelevant or []),
                  solution=solution, assumptions=assumptions))

# ======================= MECHANICS =======================
m, v, t = 96.0, 7.2, 4.8
q("mechanics", "My e-scooter and I together weigh in at 96 kg. Pulling away from a standstill we hit 7.2 m/s after 4.8 s. Assuming the acceleration is steady, what average net force is pushing us forward?",
  {"combined mass of rider and scooter": "96 kg", "final speed": "7.2 m/s", "time to reach that speed": "4.8 s"},
  "net forward force on rider and scooter", "N", m * v / t, 2, "a = v/t; F = m a", "Starts from rest; uniform acceleration.")

m, hgt = 2350.0, 830.0
q("mechanics", "A loaded cable-car cabin of 2350 kg is hauled from the valley station to the summit station, 830 m higher, along a 2.9 km long cable. By how much does its gravitational potential energy increase?",
  {"mass of the loaded cabin": "2350 kg", "height gain between stations": "830 m", "length of the cable": "2.9 km"},
  "increase in gravitational potential energy of the cabin", "MJ", m * G0 * hgt / 1e6, 1, "dU = m g h", GA,
  irrelevant=["length of the cable"])

m, k, x = 52.0, 5800.0, 0.62
q("mechanics", "A 52 kg gymnast sinks 0.62 m into a trampoline bed that behaves like a spring of stiffness 5800 N/m. The gymnast is 1.63 m tall. Treating the bed as an ideal spring and ignoring losses, how high above the lowest point of the bounce does the gymnast's centre of mass rise?",
  {"mass of the gymnast": "52 kg", "spring constant of the trampoline bed": "5800 N/m", "maximum depression of the bed": "0.62 m", "height of the gymnast": "1.63 m"},
  "height of rise above the lowest point", "m", k * x**2 / (2 * m * G0), 2, "k x^2/2 = m g h -> h = k x^2/(2 m g)",
  GA + " All elastic energy becomes gravitational PE; gymnast treated as point mass.", irrelevant=["height of the gymnast"])

m, v = 3200.0, 0.45
q("mechanics", "A tower crane on a bridge construction site lifts a 3.2 t steel girder straight up at a steady 0.45 m/s. What mechanical power must the hoist deliver?",
  {"mass of the girder": "3.2 t", "lifting speed": "0.45 m/s"},
  "power delivered by the hoist", "kW", m * G0 * v / 1e3, 2, "F = m g (constant speed); P = F v", GA)

m, v, d = 410e3, 33.0, 1450.0
q("mechanics", "A 410-tonne intercity train running at 33 m/s brakes to a stop in 1.45 km. Assuming constant deceleration, what is the average braking force?",
  {"mass of the train": "410 t", "initial speed": "33 m/s", "stopping distance": "1.45 km"},
  "braking force on the train", "kN", m * v**2 / (2 * d) / 1e3, 2, "a = v^2/(2d); F = m a", "Constant deceleration, level track.")

hgt = 4.8
q("mechanics", "A 74 kg climber peels off a rock face and falls freely 4.8 m before the rope starts to take up the load. How fast is the climber moving at that instant?",
  {"climber's mass": "74 kg", "free-fall distance": "4.8 m"},
  "speed of the climber when the rope engages", "m/s", math.sqrt(2 * G0 * hgt), 1, "v = sqrt(2 g h)",
  GA + " Air resistance neglected; starts from rest.", irrelevant=["climber's mass"])

m, d = 1800.0, 12.5
q("mechanics", "A 1.8-tonne inspection van parks on a cantilevered bridge deck, 12.5 m horizontally out from the pier. What torque about the pier does the van's weight produce?",
  {"mass of the van": "1800 kg", "horizontal distance from the pier": "12.5 m"},
  "torque of the van's weight about the pier", "kN*m", m * G0 * d / 1e3, 2, "W = m g; tau = W d", GA)

r, v = 0.34, 8.2
q("mechanics", "A road bike wheel has a radius of 34 cm. If the rider cruises at 8.2 m/s without skidding, how many revolutions per minute does the wheel make?",
  {"wheel radius": "34 cm", "riding speed": "8.2 m/s"},
  "rotation rate of the wheel", "rpm", v / r * 60 / (2 * math.pi), 1, "omega = v/r; rpm = omega*60/(2 pi)", "Rolling without slipping.")

I1, w1, I2 = 12.5, 3.1, 4.2
q("mechanics", "A gymnast leaves the high bar spinning at 3.1 rad/s in a layout position with moment of inertia 12.5 kg*m^2, then pulls into a tuck where the moment of inertia is 4.2 kg*m^2. How fast does she spin in the tuck?",
  {"moment of inertia laid out": "12.5 kg*m^2", "spin rate laid out": "3.1 rad/s", "moment of inertia tucked": "4.2 kg*m^2"},
  "angular speed in the tuck", "rad/s", I1 * w1 / I2, 1, "I1 w1 = I2 w2", "No external torque in flight.")

hh, v = 1.1, 7.4
q("mechanics", "A gardener holds a hose nozzle level, 1.1 m above the lawn, and the water leaves it at 7.4 m/s. How far from the nozzle, horizontally, does the stream hit the lawn?",
  {"nozzle height above the lawn": "1.1 m", "water exit speed": "7.4 m/s"},
  "horizontal distance to where the water lands", "m", v * math.sqrt(2 * hh / G0), 2, "t = sqrt(2h/g); x = v t",
  GA + " Air drag neglected, horizontal launch.")

m1, v1, m2 = 28e3, 1.9, 19e3
q("mechanics", "In a shunting yard, wagon 1 (28 t) rolls at 1.9 m/s into wagon 2 (19 t), which is standing still, and the two couple together. What is their speed just after coupling?",
  {"mass of wagon 1": "28 t", "speed of wagon 1": "1.9 m/s", "mass of wagon 2": "19 t"},
  "common speed of the coupled wagons", "m/s", m1 * v1 / (m1 + m2), 1, "m1 v1 = (m1+m2) v", "Wagon 2 initially at rest; track friction negligible during coupling.")

r, n = 0.25, 350.0
w = n * 2 * math.pi / 60
q("mechanics", "A beekeeper's radial honey extractor spins the frames at 350 rpm, with the comb sitting 25 cm from the axis. How many times the acceleration due to gravity is the centripetal acceleration of the comb?",
  {"spin rate of the extractor": "350 rpm", "distance of the comb from the axis": "25 cm"},
  "centripetal acceleration of the comb in multiples of g", "", w**2 * r / G0, 2, "omega = 2 pi n/60; a = omega^2 r; ratio a/g", GA)

# ======================= FLUIDS =======================
rho, d = 1025.0, 240.0
q("fluids", "A research submarine is holding at 240 m below the sea surface. Taking seawater density as 1025 kg/m^3, what is the gauge pressure on its hull?",
  {"depth of the submarine": "240 m", "density of seawater": "1025 kg/m^3"},
  "gauge pressure on the hull", "MPa", rho * G0 * d / 1e6, 1, "p = rho g h", GA)

rho, d, gg, pa = 1000.0, 18.0, 9.81, 101.325e3
q("fluids", "A diver explores a freshwater quarry lake at 18 m depth. Using g = 9.81 m/s^2, water density 1000 kg/m^3 and an atmospheric pressure of 101.325 kPa at the surface, what total (absolute) pressure does the diver feel?",
  {"depth": "18 m", "density of the water": "1000 kg/m^3", "gravitational acceleration": "9.81 m/s^2", "atmospheric pressure": "101.325 kPa"},
  "absolute pressure at the diver", "kPa", (pa + rho * gg * d) / 1e3, 1, "p = p_atm + rho g h", "Constants as stated.")

Qv, dn = 12e-3 / 60, 4.0e-3
q("fluids", "A self-service car-wash lance delivers 12 litres of water per minute through a round nozzle 4.0 mm across. How fast does the water leave the nozzle?",
  {"flow rate": "12 L/min", "nozzle diameter": "4.0 mm"},
  "exit speed of the water", "m/s", Qv / (math.pi * dn**2 / 4), 1, "v = Q / (pi d^2/4)", "Uniform velocity across the nozzle.")

v1, d1, d2 = 1.3, 28e-3, 15e-3
q("fluids", "Water flows at 1.3 m/s in a 28 mm bore copper supply pipe that then reduces to a 15 mm bore pipe. How fast does the water move in the narrow pipe?",
  {"speed in the wide pipe": "1.3 m/s", "bore of the wide pipe": "28 mm", "bore of the narrow pipe": "15 mm"},
  "speed of water in the narrow pipe", "m/s", v1 * (d1 / d2)**2, 1, "A1 v1 = A2 v2", "Incompressible flow, full pipes.")

rho = 998.0
v2 = v1 * (d1 / d2)**2
q("fluids", "In a horizontal plumbing run, water (998 kg/m^3) at 1.3 m/s in a 28 mm bore section passes into a 15 mm bore section. Neglecting friction, by how much does the pressure drop between the two sections?",
  {"water density": "998 kg/m^3", "speed in the 28 mm section": "1.3 m/s", "bore of the wide section": "28 mm", "bore of the narrow section": "15 mm"},
  "pressure drop from wide to narrow section", "kPa", 0.5 * rho * (v2**2 - v1**2) / 1e3, 2, "continuity; Bernoulli dp = rho (v2^2 - v1^2)/2", "Horizontal, inviscid, incompressible.")

V = 1850.0
q("fluids", "A fully submerged submarine displaces 1850 m^3 of seawater of density 1025 kg/m^3. What buoyant force acts on it?",
  {"volume of seawater displaced": "1850 m^3", "seawater density": "1025 kg/m^3"},
  "buoyant force on the submarine", "MN", 1025.0 * V * G0 / 1e6, 1, "F_b = rho V g", GA)

eta, r, L, Qv = 3.5e-3, 2.0e-3, 1.5, 300e-6 / 60
q("fluids", "Blood with viscosity 3.5 mPa*s and density 1060 kg/m^3 is pumped through a dialysis line of internal radius 2.0 mm and length 1.5 m at 300 mL per minute. Assuming laminar Poiseuille flow, what pressure difference is needed across the line?",
  {"blood viscosity": "3.5 mPa*s", "blood density": "1060 kg/m^3", "tube inner radius": "2.0 mm", "tube length": "1.5 m", "flow rate": "300 mL/min"},
  "pressure drop along the tubing", "kPa", 8 * eta * L * Qv / (math.pi * r**4) / 1e3, 1, "dp = 8 eta L Q/(pi r^4)",
  "Newtonian, laminar, rigid tube.", irrelevant=["blood density"])

hh = 1.9
q("fluids", "A 12 m^3 fermentation vat in a brewery has its drain tap 1.9 m below the surface of the beer. How fast does the beer squirt out when the tap is first opened?",
  {"depth of the tap below the surface": "1.9 m", "volume of the vat": "12 m^3"},
  "outflow speed at the tap", "m/s", math.sqrt(2 * G0 * hh), 1, "Torricelli v = sqrt(2 g h)",
  GA + " Tap small compared with vat, no losses.", irrelevant=["volume of the vat"])

q("fluids", "An oak-substitute wooden stave of density 640 kg/m^3 floats in wort of density 1050 kg/m^3. What percentage of its volume sits below the surface?",
  {"density of the wood": "640 kg/m^3", "density of the wort": "1050 kg/m^3"},
  "fraction of the stave's volume submerged", "%", 640 / 1050 * 100, 1, "Archimedes: f = rho_wood/rho_liquid", "Floating freely.")

d1, d2, m = 0.030, 0.28, 1650.0
q("fluids", "The hydraulic lift in a car-wash bay has a small piston 3.0 cm in diameter and a large piston 28 cm in diameter. What force on the small piston holds up a 1650 kg car?",
  {"small piston diameter": "3.0 cm", "large piston diameter": "28 cm", "mass of the car": "1650 kg"},
  "force needed on the small piston", "N", m * G0 * (d1 / d2)**2, 2, "W = m g; Pascal F1/A1 = F2/A2", GA + " Pistons at same level, massless.")

d = 14.0
q("fluids", "Cave divers reach the bottom of a flooded sump 14 m below its still surface, which is open to the cave air at standard atmospheric pressure. With fresh water at 1000 kg/m^3, what is the absolute pressure there?",
  {"depth of the sump": "14 m", "water density": "1000 kg/m^3"},
  "absolute pressure at the bottom of the sump", "kPa", (ATM + 1000 * G0 * d) / 1e3, 1, "p = p_atm + rho g h",
  GA + " Standard atmosphere 101.325 kPa assumed at the water surface.")

# ======================= THERMODYNAMICS =======================
m, cw, T1, T2 = 25.0, 4186.0, 12.0, 38.0
q("thermodynamics", "A bakery warms 25 kg of water from 12 degC to 38 degC before mixing bread dough. Taking water's specific heat as 4186 J/(kg*K), how much heat does this take?",
  {"mass of water": "25 kg", "starting temperature": "12 degC", "target temperature": "38 degC", "specific heat of water": "4186 J/(kg*K)"},
  "heat needed to warm the water", "MJ", m * cw * (T2 - T1) / 1e6, 1, "Q = m c dT", "No losses.")

m, Lf = 40.0, 397e3
q("thermodynamics", "A foundry crucible holds 40 kg of aluminium already at its melting point of 660 degC; the shop floor is at 24 degC. With a latent heat of fusion of 397 kJ/kg, how much energy is needed to melt it all?",
  {"mass of aluminium": "40 kg", "melting point of aluminium": "660 degC", "latent heat of fusion": "397 kJ/kg", "temperature of the shop floor": "24 degC"},
  "energy to melt the aluminium", "MJ", m * Lf / 1e6, 1, "Q = m L", "Metal already at its melting point.",
  irrelevant=["temperature of the shop floor", "melting point of aluminium"])

Th, Tc = 540 + 273.15, 35 + 273.15
q("thermodynamics", "A waste-heat engine at a glassworks runs between a hot reservoir at 540 degC and a cold reservoir at 35 degC, taking in 2.4 MJ of heat per minute. What is the highest efficiency it could possibly have?",
  {"temperature of the hot reservoir": "540 degC", "temperature of the cold reservoir": "35 degC", "heat input per minute": "2.4 MJ"},
  "maximum (Carnot) efficiency", "%", (1 - Tc / Th) * 100, 1, "eta = 1 - Tc/Th (kelvin)", "Reversible engine.", irrelevant=["heat input per minute"])

Tc, Th, P = 2 + 273.15, 31 + 273.15, 3.5e3
q("thermodynamics", "A brewery's cold room is kept at 2 degC while the compressor dumps heat to a yard at 31 degC. If the refrigeration plant were ideal (Carnot) and drew 3.5 kW, how much heat would it pull out of the cold room every hour?",
  {"cold room temperature": "2 degC", "outside temperature": "31 degC", "compressor power": "3.5 kW"},
  "heat removed from the cold room in one hour", "MJ", Tc / (Th - Tc) * P * 3600 / 1e6, 2, "COP = Tc/(Th-Tc); Qc = COP P t", "Carnot refrigerator.")

V, p, T, M = 12e-3, 200e5, 293.15, 28.96e-3
q("thermodynamics", "A 12-litre scuba cylinder is filled with air to 200 bar at 20 degC. Treating air as an ideal gas with molar mass 28.96 g/mol, what mass of air is inside?",
  {"cylinder volume": "12 L", "fill pressure": "200 bar", "temperature": "20 degC", "molar mass of air": "28.96 g/mol"},
  "mass of air in the cylinder", "kg", p * V / (R * T) * M, 2, "n = pV/(RT); m = n M", "Ideal gas (real air deviates a few %); pressure taken as absolute.", rel_tol=0.02)

p1, T1, T2 = 3.4, 8 + 273.15, 41 + 273.15
q("thermodynamics", "An e-scooter tyre holds air at 3.4 bar absolute on a cold 8 degC morning. Left in the afternoon sun, the air inside reaches 41 degC. If the tyre volume does not change, what is the new absolute pressure?",
  {"initial absolute pressure": "3.4 bar", "initial temperature": "8 degC", "final temperature": "41 degC"},
  "final absolute tyre pressure", "bar", p1 * T2 / T1, 1, "p/T = const", "Constant volume, ideal gas.")

kk, A, L, Ti, To = 1.1, 2.4, 0.23, 1150.0, 60.0
q("thermodynamics", "The wall of a glass-blowing furnace is 23 cm of refractory brick with thermal conductivity 1.1 W/(m*K) and area 2.4 m^2. The inner face is at 1150 degC and the outer face at 60 degC. At what rate does heat leak through it?",
  {"wall thickness": "23 cm", "thermal conductivity": "1.1 W/(m*K)", "wall area": "2.4 m^2", "inner face temperature": "1150 degC", "outer face temperature": "60 degC"},
  "rate of heat conduction through the wall", "kW", kk * A * (Ti - To) / L / 1e3, 1, "P = k A dT / L", "Steady one-dimensional conduction.")

eps, T, A = 0.95, 1350.0, 250.0
q("thermodynamics", "A small lava lake has a molten surface of 250 m^2 at 1350 K with emissivity 0.95. How much power does it radiate (ignore radiation coming back from the surroundings)?",
  {"surface area of the lava": "250 m^2", "surface temperature": "1350 K", "emissivity": "0.95"},
  "radiated power from the lava surface", "MW", eps * sig * A * T**4 / 1e6, 1, "P = eps sigma A T^4", "Stefan-Boltzmann constant from CODATA.")

mc, cc, Tc0, mw, cw, Tw0 = 0.35, 385.0, 180.0, 1.2, 4186.0, 16.0
Tf = (mc * cc * Tc0 + mw * cw * Tw0) / (mc * cc + mw * cw)
q("thermodynamics", "A coppersmith drops a 0.35 kg copper fitting at 180 degC into a bucket holding 1.2 kg of water at 16 degC. Using 385 J/(kg*K) for copper and 4186 J/(kg*K) for water, what common temperature do they reach?",
  {"mass of copper": "0.35 kg", "copper starting temperature": "180 degC", "specific heat of copper": "385 J/(kg*K)", "mass of water": "1.2 kg", "water starting temperature": "16 degC", "specific heat of water": "4186 J/(kg*K)"},
  "final equilibrium temperature", "degC", Tf, 1, "m_c c_c (T0c - Tf) = m_w c_w (Tf - T0w)", "No heat loss to bucket or air, no boiling.", rel_tol=0.005)

L0, al, dT = 25.0, 12e-6, 42 - (-8)
q("thermodynamics", "A 25 m steel rail is laid when it is -8 degC; on a summer afternoon it reaches 42 degC. With a linear expansion coefficient of 12e-6 per kelvin, how much longer does it get?",
  {"rail length": "25 m", "winter temperature": "-8 degC", "summer temperature": "42 degC", "expansion coefficient": "12e-6 1/K"},
  "increase in rail length", "mm", L0 * al * dT * 1e3, 1, "dL = alpha L dT", "Free expansion.")

T1, r, gam = 290.0, 4.0, 1.4
q("thermodynamics", "Pumping a bicycle tyre fast, the air in the pump barrel starts at 1.0 bar and 290 K and is squeezed to a quarter of its volume so quickly that no heat escapes. Taking gamma = 1.4, how hot does the air get?",
  {"initial pressure": "1.0 bar", "initial temperature": "290 K", "compression ratio V1/V2": "4", "heat capacity ratio": "1.4"},
  "temperature of the compressed air", "K", T1 * r**(gam - 1), 1, "T V^(gamma-1) = const", "Reversible adiabatic, ideal gas.", irrelevant=["initial pressure"])

m, Lf = 2.5, 334e3
q("thermodynamics", "A fishmonger's 2.5 kg block of ice melts completely at 0 degC. With a latent heat of 334 kJ/kg, what is the entropy change of the ice?",
  {"mass of ice": "2.5 kg", "latent heat of fusion": "334 kJ/kg", "melting temperature": "0 degC"},
  "entropy change of the ice", "J/K", m * Lf / 273.15, 1, "dS = Q/T", "Reversible melting at 273.15 K.")

# ======================= WAVES =======================
f, v = 61.7, 343.0
q("waves", "In a recording studio the bass player hits a low B at 61.7 Hz. With sound travelling at 343 m/s, how long is one wavelength of that note?",
  {"frequency of the note": "61.7 Hz", "speed of sound": "343 m/s"},
  "wavelength of the bass note", "m", v / f, 1, "lambda = v/f")

T, gam, M = 27 + 273.15, 1.4, 28.97e-3
q("waves", "On a 27 degC evening at an open-air concert, what is the speed of sound in the air? Treat air as an ideal diatomic gas with gamma 1.4 and molar mass 28.97 g/mol.",
  {"air temperature": "27 degC", "adiabatic index": "1.4", "molar mass of air": "28.97 g/mol"},
  "speed of sound in the air", "m/s", math.sqrt(gam * R * T / M), 1, "v = sqrt(gamma R T / M)", "Ideal gas; R from CODATA.")

Tn, mu, L = 150.0, 3.3e-3, 0.69
q("waves", "A cello string 0.69 m long between nut and bridge has a mass per length of 3.3 g/m and is tuned to a tension of 150 N. What is its fundamental frequency?",
  {"vibrating length": "0.69 m", "linear density": "3.3 g/m", "string tension": "150 N"},
  "fundamental frequency of the string", "Hz", math.sqrt(Tn / mu) / (2 * L), 2, "v = sqrt(T/mu); f = v/(2L)", "Ideal flexible string fixed at both ends.")

L = 2.6
q("waves", "A stopped organ pipe (closed at the top) is 2.6 m long and 0.3 m wide. With sound at 343 m/s and ignoring end correction, what is its lowest note?",
  {"pipe length": "2.6 m", "pipe width": "0.3 m", "speed of sound": "343 m/s"},
  "fundamental frequency of the pipe", "Hz", 343.0 / (4 * L), 1, "f = v/(4L)", "No end correction.", irrelevant=["pipe width"])

f0, vs, v = 960.0, 24.0, 343.0
q("waves", "An ambulance siren sounding at 960 Hz drives straight towards a pedestrian at 24 m/s. With sound at 343 m/s and still air, what frequency does the pedestrian hear?",
  {"siren frequency": "960 Hz", "ambulance speed": "24 m/s", "speed of sound": "343 m/s"},
  "frequency heard by the pedestrian", "Hz", f0 * v / (v - vs), 1, "f' = f v/(v - v_s)", "Listener stationary, source approaching.")

P, r, I0 = 0.8, 18.0, 1e-12
q("waves", "A loudspeaker in a concert hall radiates 0.8 W of acoustic power equally in all directions. Ignoring reflections, what sound level would a listener 18 m away measure? Use 1e-12 W/m^2 as the reference intensity.",
  {"acoustic power": "0.8 W", "distance to listener": "18 m", "reference intensity": "1e-12 W/m^2"},
  "sound intensity level at the listener", "dB", 10 * math.log10(P / (4 * math.pi * r**2) / I0), 2, "I = P/(4 pi r^2); L = 10 log10(I/I0)", "Free field, isotropic source.", rel_tol=0.005)

f, v = 3.5e6, 1540.0
q("waves", "An abdominal ultrasound probe runs at 3.5 MHz. In soft tissue sound travels at 1540 m/s. What is the wavelength of the ultrasound in the tissue?",
  {"probe frequency": "3.5 MHz", "speed of sound in tissue": "1540 m/s"},
  "ultrasound wavelength in tissue", "mm", v / f * 1e3, 1, "lambda = v/f")

t, v = 65e-6, 1540.0
q("waves", "An ultrasound pulse comes back from the edge of a kidney 65 microseconds after it is sent. Assuming 1540 m/s in tissue, how deep is that edge?",
  {"echo return time": "65 us", "speed of sound in tissue": "1540 m/s"},
  "depth of the reflecting boundary", "cm", v * t / 2 * 100, 1, "d = v t / 2", "Round-trip time.")

V, A = 12000.0, 1450.0
q("waves", "A concert hall has a volume of 12,000 m^3 and a total absorption of 1450 m^2 (metric sabins). Using Sabine's formula, what is its reverberation time?",
  {"hall volume": "12000 m^3", "total absorption area": "1450 m^2"},
  "reverberation time (RT60)", "s", 0.1611 * V / A, 1, "T60 = 0.161 V/A", "Sabine constant 0.161 s/m (air at ~20 degC).", rel_tol=0.02)

vp, vs, dt = 6.1, 3.5, 22.0
q("waves", "A seismometer on a volcano observatory records the P-wave from a quake 22 s before the S-wave. If P-waves travel at 6.1 km/s and S-waves at 3.5 km/s, how far away was the quake?",
  {"P-wave speed": "6.1 km/s", "S-wave speed": "3.5 km/s", "S minus P arrival delay": "22 s"},
  "distance to the earthquake", "km", dt / (1 / vs - 1 / vp), 2, "t = d/v for each; d = dt/(1/vs - 1/vp)", "Straight paths, uniform speeds.")

# ======================= OPTICS =======================
L, n = 42e3, 1.468
q("optics", "A fibre link between two exchanges is 42 km long and the glass core has a refractive index of 1.468. How long does a light pulse take to get from one end to the other?",
  {"fibre length": "42 km", "refractive index of the core": "1.468"},
  "travel time of the pulse", "us", L * n / c * 1e6, 2, "v = c/n; t = L/v", "Straight-through ray, group index ~ core index.")

n1, n2 = 1.468, 1.462
q("optics", "A telecom fibre has a core of index 1.468 and a cladding of index 1.462. Measured from the normal to the core-cladding boundary, what is the critical angle for total internal reflection?",
  {"core index": "1.468", "cladding index": "1.462"},
  "critical angle at the core-cladding boundary", "deg", deg(math.asin(n2 / n1)), 1, "sin theta_c = n2/n1", "", rel_tol=0.002)

f, uo = 8.0, 5.5
q("optics", "A beekeeper inspects a bee's leg with a magnifying lens of focal length 8.0 cm held 5.5 cm away from it. What is the lateral magnification of the image?",
  {"focal length of the magnifier": "8.0 cm", "distance from lens to leg": "5.5 cm"},
  "lateral magnification", "", f / (f - uo), 2, "1/v = 1/f - 1/u (virtual image); m = |v|/u = f/(f-u)", "Thin converging lens; magnitude of magnification (image upright).")

f, uo = 0.050, 3.2
q("optics", "A photographer with a 50 mm lens focuses on a singer standing 3.2 m away; the singer is 1.7 m tall. How far behind the lens is the sharp image formed?",
  {"focal length": "50 mm", "distance to the singer": "3.2 m", "height of the singer": "1.7 m"},
  "image distance behind the lens", "mm", 1 / (1 / f - 1 / uo) * 1e3, 1, "1/f = 1/u + 1/v", "Thin lens.", irrelevant=["height of the singer"], rel_tol=0.002)

t = 2.35e-6
q("optics", "A surveyor's pulsed laser rangefinder gets the reflection from a prism on the far side of a valley 2.35 microseconds after firing. How far away is the prism?",
  {"round-trip time": "2.35 us"},
  "distance to the prism", "m", c * t / 2, 1, "d = c t / 2", "Refractive index of air taken as 1.")

lam, N, mord = 532e-9, 600e3, 2
q("optics", "A 532 nm green surveying laser is shone straight onto a grating with 600 lines per millimetre. At what angle from the straight-through beam does the second-order spot appear?",
  {"laser wavelength": "532 nm", "grating line density": "600 1/mm", "order": "2"},
  "angle of the second-order maximum", "deg", deg(math.asin(mord * lam * N)), 1, "d sin theta = m lambda, d = 1/N", "Normal incidence.", rel_tol=0.005)

lam, dsl, L = 405e-9, 0.25e-3, 2.1
q("optics", "A violet 405 nm laser diode illuminates two slits 0.25 mm apart, and the pattern falls on a wall 2.1 m away. What is the spacing between neighbouring bright fringes?",
  {"wavelength": "405 nm", "slit separation": "0.25 mm", "distance to the wall": "2.1 m"},
  "bright fringe spacing", "mm", lam * L / dsl * 1e3, 1, "dy = lambda L / d", "Small-angle approximation.")

th, n = 38.0, 1.333
q("optics", "Sunlight hits the calm surface of a swimming pool at 38 degrees from the vertical. Water has refractive index 1.333. At what angle from the vertical does the light travel underwater?",
  {"angle of incidence from the vertical": "38 deg", "refractive index of water": "1.333"},
  "angle of refraction in the water", "deg", deg(math.asin(math.sin(rad(th)) / n)), 1, "sin i = n sin r", "Air index 1.", rel_tol=0.005)

D, lam = 64.0, 0.21
q("optics", "A 64 m radio telescope dish observes the 21 cm hydrogen line. What is its diffraction-limited angular resolution (Rayleigh criterion)?",
  {"dish diameter": "64 m", "observing wavelength": "21 cm"},
  "angular resolution", "arcmin", deg(1.22 * lam / D) * 60, 1, "theta = 1.22 lambda/D", "Circular aperture.")

I0, th = 820.0, 35.0
q("optics", "Unpolarised sunlight of intensity 820 W/m^2 passes through two polarising filters whose transmission axes are 35 degrees apart. What intensity comes out of the second filter?",
  {"incident intensity": "820 W/m^2", "angle between the filters' axes": "35 deg"},
  "intensity after both filters", "W/m^2", I0 / 2 * math.cos(rad(th))**2, 2, "I1 = I0/2; I2 = I1 cos^2 theta", "Ideal polarisers.")

n = 1.52
q("optics", "A glass-blower's 4 mm thick window glass has refractive index 1.52. At what angle of incidence is reflected light from it completely polarised?",
  {"refractive index of the glass": "1.52", "glass thickness": "4 mm"},
  "Brewster angle", "deg", deg(math.atan(n)), 1, "tan theta_B = n", "Light incident from air.", irrelevant=["glass thickness"], rel_tol=0.005)

# ======================= ELECTRICITY =======================
q1, q2, r = 93e-12, 40e-12, 0.015
q("electricity", "A foraging bumblebee carries a charge of +93 pC; a petunia flower holds -40 pC. Treating both as point charges 1.5 cm apart, how strong is the attraction between them?",
  {"charge on the bee": "93 pC", "charge on the flower": "-40 pC", "separation": "1.5 cm"},
  "magnitude of the electrostatic force", "nN", q1 * q2 / (4 * math.pi * eps0 * r**2) * 1e9, 1, "F = k |q1 q2| / r^2", "Point charges in air.")

V, d, qd = 45e3, 0.12, 2.0e-15
q("electricity", "A flour-dust precipitator in a bakery has two parallel plates 12 cm apart held at 45 kV difference. What force does the field exert on a dust grain carrying 2.0e-15 C?",
  {"plate separation": "12 cm", "voltage between plates": "45 kV", "charge on the grain": "2.0e-15 C"},
  "electric force on the dust grain", "N", qd * V / d, 2, "E = V/d; F = qE", "Uniform field.")

C, V = 180e-6, 1.9e3
q("electricity", "A hospital defibrillator's capacitor of 180 uF is charged to 1.9 kV. How much energy is stored in it?",
  {"capacitance": "180 uF", "charging voltage": "1.9 kV"},
  "stored energy", "J", 0.5 * C * V**2, 1, "E = C V^2 / 2")

A, d, kap = 0.015, 0.12e-3, 3.4
q("electricity", "For a hobby touch sensor, two 0.015 m^2 copper plates are separated by a 0.12 mm film with relative permittivity 3.4. What is the capacitance?",
  {"plate area": "0.015 m^2", "film thickness": "0.12 mm", "dielectric constant": "3.4"},
  "capacitance of the sensor", "nF", kap * eps0 * A / d * 1e9, 1, "C = kappa eps0 A/d", "Fringing ignored.")

Rs, V = 0.20, 250e3
q("electricity", "The 20 cm radius dome of a science-centre Van de Graaff generator sits at 250 kV. How much charge is on it?",
  {"dome radius": "20 cm", "dome potential": "250 kV"},
  "charge on the dome", "uC", 4 * math.pi * eps0 * Rs * V * 1e6, 1, "V = Q/(4 pi eps0 R)", "Isolated sphere, potential relative to infinity.")

E = 2.4e5
q("electricity", "Inside a hobbyist's electron gun the field is a uniform 2.4 kV/cm. What acceleration does it give an electron?",
  {"electric field strength": "2.4 kV/cm"},
  "acceleration of the electron", "m/s^2", e * E / me, 2, "F = eE; a = F/m", "Non-relativistic; CODATA e, m_e.")

lam, r = 2.5e-6, 0.08
q("electricity", "A long charged plastic grain chute carries 2.5 uC per metre along its length. What electric field strength exists 8 cm from its axis?",
  {"linear charge density": "2.5 uC/m", "distance from the axis": "8 cm"},
  "electric field magnitude", "kN/C", lam / (2 * math.pi * eps0 * r) / 1e3, 1, "E = lambda/(2 pi eps0 r)", "Infinite line charge.")

A, I, n = 2.5e-6, 16.0, 8.5e28
q("electricity", "A 2.5 mm^2 copper wire feeds a 16 A garden pump. Copper has 8.5e28 free electrons per cubic metre. What is the electrons' drift speed?",
  {"cross-sectional area": "2.5 mm^2", "current": "16 A", "free electron density": "8.5e28 1/m^3"},
  "electron drift speed", "mm/s", I / (n * e * A) * 1e3, 1, "I = n e A v")

rho, L, A = 1.68e-8, 45.0, 1.5e-6
q("electricity", "A single copper conductor 45 m long with 1.5 mm^2 cross-section runs to a pond pump. With copper resistivity 1.68e-8 ohm*m, what is its resistance?",
  {"resistivity of copper": "1.68e-8 ohm*m", "conductor length": "45 m", "cross-section": "1.5 mm^2"},
  "resistance of the conductor", "ohm", rho * L / A, 1, "R = rho L / A")

C, V = 3000.0, 2.7
q("electricity", "A 3000 F supercapacitor cell for a home storage bank weighs 0.51 kg and is charged to 2.7 V. How much charge does it hold?",
  {"capacitance": "3000 F", "mass of the cell": "0.51 kg", "cell voltage": "2.7 V"},
  "stored charge", "C", C * V, 1, "Q = C V", "", irrelevant=["mass of the cell"])

# ======================= MAGNETISM =======================
B, N, L = 1.5, 4800, 1.9
q("magnetism", "A 1.5 T MRI magnet is wound as a long solenoid of 4800 turns over 1.9 m, with a 0.7 m bore. Treating it as an ideal long solenoid, what current must the winding carry?",
  {"magnetic field": "1.5 T", "number of turns": "4800", "coil length": "1.9 m", "bore diameter": "0.7 m"},
  "current in the winding", "A", B * L / (mu0 * N), 1, "B = mu0 N I / L", "Ideal long solenoid, air core.", irrelevant=["bore diameter"])

I, B, th, L = 850.0, 48e-6, 60.0, 100.0
q("magnetism", "A railway overhead line carries 850 A. The Earth's field there is 48 uT and makes 60 degrees with the wire. What magnetic force acts on a 100 m span?",
  {"current": "850 A", "Earth's field": "48 uT", "angle between wire and field": "60 deg", "span length": "100 m"},
  "magnetic force on the span", "N", I * L * B * math.sin(rad(th)), 1, "F = I L B sin theta")

gbar, B = 42.577e6, 3.0
q("magnetism", "Protons have a gyromagnetic ratio (divided by 2 pi) of 42.577 MHz/T. At what frequency do they precess in a 3.0 T hospital MRI scanner?",
  {"proton gyromagnetic ratio over 2 pi": "42.577 MHz/T", "field strength": "3.0 T"},
  "Larmor frequency", "MHz", gbar * B / 1e6, 1, "f = (gamma/2pi) B")

v, B = 2.0e6, 1.2e-3
q("magnetism", "An electron moving at 2.0e6 m/s enters a uniform 1.2 mT field at right angles. What is the radius of its circular path?",
  {"electron speed": "2.0e6 m/s", "magnetic field": "1.2 mT"},
  "radius of the electron's orbit", "cm", me * v / (e * B) * 100, 1, "r = m v / (e B)", "Non-relativistic; v perpendicular to B.")

I, r = 420.0, 12.0
q("magnetism", "A long straight power cable running past an allotment carries 420 A. What magnetic field does it produce 12 m away?",
  {"current in the cable": "420 A", "distance": "12 m"},
  "magnetic field at that distance", "uT", mu0 * I / (2 * math.pi * r) * 1e6, 1, "B = mu0 I / (2 pi r)", "Single long straight conductor, return current far away.")

N, B, A, n = 150, 0.35, 12e-4, 1200.0
q("magnetism", "A bicycle hub dynamo has a 150-turn coil of area 12 cm^2 spinning at 1200 rpm in a 0.35 T field. What is the peak EMF?",
  {"number of turns": "150", "coil area": "12 cm^2", "spin rate": "1200 rpm", "magnetic field": "0.35 T"},
  "peak induced EMF", "V", N * B * A * n * 2 * math.pi / 60, 2, "omega = 2 pi n/60; emf0 = N B A omega", "Uniform field, coil rotating about an axis perpendicular to B.")

Vp, Np, Ns = 230.0, 400, 90000
q("magnetism", "An X-ray generator's step-up transformer has 400 primary turns fed at 230 V and 90,000 secondary turns. What is the secondary voltage?",
  {"primary voltage": "230 V", "primary turns": "400", "secondary turns": "90000"},
  "secondary voltage", "kV", Vp * Ns / Np / 1e3, 1, "Vs/Vp = Ns/Np", "Ideal transformer.")

B = 3.0
q("magnetism", "What is the magnetic energy density inside the bore of a 3.0 T MRI magnet?",
  {"field in the bore": "3.0 T"}, "magnetic energy density", "MJ/m^3", B**2 / (2 * mu0) / 1e6, 1, "u = B^2/(2 mu0)", "Vacuum/air.")

L, I = 4.5, 420.0
q("magnetism", "A superconducting MRI magnet has an inductance of 4.5 H and runs at 420 A. How much energy is stored in its field (relevant if it quenches)?",
  {"inductance": "4.5 H", "operating current": "420 A"}, "stored magnetic energy", "kJ", 0.5 * L * I**2 / 1e3, 1, "E = L I^2 / 2")

B = 1.6
q("magnetism", "A hospital cyclotron making PET isotopes has a 1.6 T field and accelerates protons up to 12 MeV. At what frequency do the protons circulate (non-relativistically)?",
  {"magnetic field": "1.6 T", "final proton energy": "12 MeV"},
  "cyclotron frequency of the protons", "MHz", e * B / (2 * math.pi * mp) / 1e6, 1, "f = q B / (2 pi m)", "Non-relativistic.", irrelevant=["final proton energy"])

L, v, Bv = 1.435, 44.0, 41e-6
q("magnetism", "A train runs at 44 m/s on standard-gauge track (1.435 m between rails). The vertical component of the Earth's field is 41 uT and the horizontal component is 18 uT. What EMF is induced across an axle?",
  {"track gauge": "1.435 m", "train speed": "44 m/s", "vertical field component": "41 uT", "horizontal field component": "18 uT"},
  "EMF across the axle", "mV", Bv * L * v * 1e3, 1, "emf = B_vertical L v", "Axle length taken as the gauge.", irrelevant=["horizontal field component"])

I, d, L = 250.0, 0.020, 0.8
q("magnetism", "Two parallel busbars in a home battery cabinet, 2.0 cm apart and 0.8 m long, carry 250 A each in opposite directions. How large is the force between them?",
  {"current in busbar 1": "250 A", "current in busbar 2": "250 A", "separation": "2.0 cm", "length of busbars": "0.8 m"},
  "magnitude of the force between the busbars", "N", mu0 * I * I * L / (2 * math.pi * d), 1, "F = mu0 I1 I2 L / (2 pi d)", "Long thin parallel conductors.")

# ======================= CIRCUITS =======================
E, P = 13.5, 2.2
q("circuits", "A home battery with 13.5 kWh of usable energy and a nominal voltage of 51.2 V runs a house drawing a steady 2.2 kW overnight. How long can it last?",
  {"usable energy": "13.5 kW*h", "battery voltage": "51.2 V", "house load": "2.2 kW"},
  "run time", "h", E / P, 1, "t = E/P", "Constant load; no inverter losses.", irrelevant=["battery voltage"])

V, Rr = 230.0, 18.0
q("circuits", "A mash-tun heating element of 18 ohm is connected to the 230 V mains. What power does it draw?",
  {"mains voltage": "230 V", "element resistance": "18 ohm"}, "power drawn by the element", "kW", V**2 / Rr / 1e3, 1, "P = V^2/R", "Resistive, RMS values.")

V, Vf, I = 9.0, 2.1, 15e-3
q("circuits", "For an LED badge project, a 9 V battery drives a red LED (forward voltage 2.1 V) at 15 mA through a series resistor. What resistor value is needed?",
  {"battery voltage": "9 V", "LED forward voltage": "2.1 V", "LED current": "15 mA"},
  "series resistor value", "ohm", (V - Vf) / I, 2, "V_R = V - V_f; R = V_R/I")

Rr, C = 47e3, 220e-6
q("circuits", "In a timer circuit a 220 uF capacitor charges through a 47 kohm resistor from zero. How long until it reaches 90% of the supply voltage?",
  {"resistance": "47 kohm", "capacitance": "220 uF", "target fraction of supply": "90 %"},
  "charging time to 90 %", "s", -Rr * C * math.log(1 - 0.9), 2, "tau = RC; V = V0(1 - e^-t/tau) -> t = -tau ln(0.1)")

R1, R2, R3 = 220.0, 330.0, 470.0
q("circuits", "Three resistors of 220 ohm, 330 ohm and 470 ohm are wired in parallel on a guitar pedal board. What is their combined resistance?",
  {"resistor 1": "220 ohm", "resistor 2": "330 ohm", "resistor 3": "470 ohm"}, "equivalent resistance", "ohm", 1 / (1 / R1 + 1 / R2 + 1 / R3), 1, "1/R = sum 1/Ri")

q("circuits", "A phone battery is rated 4500 mAh at a nominal 3.85 V. How much energy does it store?",
  {"battery capacity": "4500 mA*h", "nominal voltage": "3.85 V"}, "stored energy", "W*h", 4.5 * 3.85, 1, "E = Q V")

P, V, Rl = 4.6e6, 11e3, 3.2
I = P / V
q("circuits", "A solar farm sends 4.6 MW to the grid at 11 kV over a line with total resistance 3.2 ohm. Treating it as a simple DC-equivalent circuit at unity power factor, how much power is lost in the line?",
  {"power delivered": "4.6 MW", "transmission voltage": "11 kV", "line resistance": "3.2 ohm"},
  "power lost in the line", "kW", I**2 * Rl / 1e3, 2, "I = P/V; P_loss = I^2 R", "Single-phase DC equivalent; voltage drop ignored in computing I.")

E, r, I = 12.6, 0.018, 210.0
q("circuits", "A car battery with EMF 12.6 V and internal resistance 0.018 ohm supplies 210 A to the starter motor. What is the voltage at its terminals?",
  {"battery EMF": "12.6 V", "internal resistance": "0.018 ohm", "starter current": "210 A"},
  "terminal voltage", "V", E - I * r, 1, "V = E - I r")

L, C = 2.2e-3, 47e-9
q("circuits", "A crystal-radio style tuned circuit uses a 2.2 mH coil and a 47 nF capacitor. At what frequency does it resonate?",
  {"inductance": "2.2 mH", "capacitance": "47 nF"}, "resonant frequency", "kHz", 1 / (2 * math.pi * math.sqrt(L * C)) / 1e3, 1, "f = 1/(2 pi sqrt(LC))")

V, R1, R2 = 12.0, 10e3, 4.7e3
q("circuits", "A 12 V supply feeds a 10 kohm and a 4.7 kohm resistor in series as a divider for a beehive temperature logger. What voltage appears across the 4.7 kohm resistor?",
  {"supply voltage": "12 V", "upper resistor": "10 kohm", "lower resistor": "4.7 kohm"},
  "voltage across the 4.7 kohm resistor", "V", V * R2 / (R1 + R2), 2, "I = V/(R1+R2); V2 = I R2", "No load on the output.")

C, f = 10e-6, 50.0
q("circuits", "What is the reactance of a 10 uF motor-run capacitor on 50 Hz mains?",
  {"capacitance": "10 uF", "frequency": "50 Hz"}, "capacitive reactance", "ohm", 1 / (2 * math.pi * f * C), 1, "X_C = 1/(2 pi f C)")

V, Ah, cons = 36.0, 14.0, 11.0
q("circuits", "An e-bike has a 36 V, 14 Ah battery and uses on average 11 Wh per kilometre. How far can it go on a full charge?",
  {"battery voltage": "36 V", "battery capacity": "14 A*h", "energy use per kilometre": "11 W*h/km"},
  "range of the e-bike", "km", V * Ah / cons, 2, "E = V Q; d = E / (energy per km)", "Full capacity usable.")

# ======================= MODERN =======================
lam = 1550e-9
q("modern", "Fibre networks use infrared light at 1550 nm. What is the energy of one such photon?",
  {"wavelength": "1550 nm"}, "photon energy", "eV", h * c / lam / e, 1, "E = h c / lambda")

V = 120e3
q("modern", "A CT scanner's X-ray tube runs at 120 kV and 4 mA. What is the shortest wavelength in the X-ray spectrum it produces?",
  {"tube voltage": "120 kV", "tube current": "4 mA"}, "minimum X-ray wavelength", "pm", h * c / (e * V) * 1e12, 2,
  "E_max = eV; lambda_min = hc/E_max", "Duane-Hunt limit.", irrelevant=["tube current"])

W, lam = 2.1, 405e-9
q("modern", "Violet light of 405 nm falls on a photocathode with a work function of 2.1 eV. What is the maximum kinetic energy of the emitted electrons?",
  {"wavelength": "405 nm", "work function": "2.1 eV"}, "maximum kinetic energy of photoelectrons", "eV", h * c / lam / e - W, 2, "E = hc/lambda; K = E - W")

v = 2200.0
q("modern", "Thermal neutrons from a research reactor move at 2200 m/s. What is their de Broglie wavelength?",
  {"neutron speed": "2200 m/s"}, "de Broglie wavelength of the neutrons", "nm", h / (mn * v) * 1e9, 1, "lambda = h/(m v)", "Non-relativistic; CODATA neutron mass.")

RH = sc.Rydberg / (1 + me / mp)
q("modern", "An observatory spectrograph picks up the hydrogen line from the electron dropping from level n = 5 to level n = 2. What wavelength is it?",
  {"upper level": "5", "lower level": "2"}, "wavelength of the emitted line", "nm", 1 / (RH * (1 / 4 - 1 / 25)) * 1e9, 1,
  "1/lambda = R_H (1/2^2 - 1/5^2)", "Bohr/Rydberg formula, vacuum wavelength.", rel_tol=0.005)

th = 120.0
q("modern", "An X-ray photon scatters off a free electron in a patient at 120 degrees. By how much does its wavelength increase?",
  {"scattering angle": "120 deg"}, "Compton wavelength shift", "pm", h / (me * c) * (1 - math.cos(rad(th))) * 1e12, 1, "dlambda = h/(m c) (1 - cos theta)")

T = 37 + 273.15
q("modern", "A thermal camera in a clinic looks at skin at 37 degC. At what wavelength does the skin's thermal emission peak?",
  {"skin temperature": "37 degC"}, "peak emission wavelength", "um", sc.Wien / T * 1e6, 1, "lambda_max = b / T", "Blackbody; Wien constant from CODATA.")

P, lam = 5.0e-3, 532e-9
q("modern", "A 5.0 mW green laser pointer emits at 532 nm. How many photons does it emit each second?",
  {"laser power": "5.0 mW", "wavelength": "532 nm"}, "photon emission rate", "1/s", P / (h * c / lam), 2, "E = hc/lambda; N = P/E")

dx = 0.10e-9
q("modern", "An electron is confined to a region 0.10 nm wide in a molecule. Using the Heisenberg relation dx*dp >= hbar/2, what is the minimum uncertainty in its speed?",
  {"position uncertainty": "0.10 nm"}, "minimum speed uncertainty", "km/s", hbar / (2 * dx) / me / 1e3, 2, "dp = hbar/(2 dx); dv = dp/m")

lam = 1550e-9
q("modern", "What momentum does a single photon of 1550 nm fibre-laser light carry?",
  {"wavelength": "1550 nm"}, "photon momentum", "kg*m/s", h / lam, 1, "p = h/lambda")

# ======================= NUCLEAR =======================
fr, T = 0.62, 5730.0
q("nuclear", "A 3.5 g piece of charcoal from an old bakery oven contains 62% of the carbon-14 found in living wood. With a half-life of 5730 years, how old is it?",
  {"fraction of C-14 remaining": "62 %", "half-life of carbon-14": "5730 year", "mass of the sample": "3.5 g"},
  "age of the charcoal", "year", T * math.log(1 / fr) / math.log(2), 1, "N/N0 = 2^(-t/T)", "Constant atmospheric C-14.", irrelevant=["mass of the sample"])

T, t = 6.01, 24.0
q("nuclear", "A dose of technetium-99m (half-life 6.01 h) is prepared for a bone scan. What percentage of the activity is left 24 hours later?",
  {"half-life": "6.01 h", "elapsed time": "24 h"}, "remaining activity", "%", 100 * 2**(-t / T), 1, "A/A0 = 2^(-t/T)")

mI, M, T = 2.0e-6, 131.0, 8.02 * 86400
Nn = mI / M * NA
q("nuclear", "A thyroid treatment capsule contains 2.0 ug of iodine-131 (molar mass 131 g/mol, half-life 8.02 days). What is its activity?",
  {"mass of I-131": "2.0 ug", "molar mass": "131 g/mol", "half-life": "8.02 day"}, "activity of the capsule", "GBq",
  math.log(2) / T * Nn / 1e9, 3, "N = m N_A / M; lambda = ln2/T; A = lambda N")

dm = 2 * 1.007825 + 2 * 1.008665 - 4.002602
q("nuclear", "Using atomic masses H-1 = 1.007825 u, neutron = 1.008665 u and He-4 = 4.002602 u, what is the total binding energy of the helium-4 nucleus?",
  {"mass of a hydrogen-1 atom": "1.007825 Da", "mass of a neutron": "1.008665 Da", "mass of a helium-4 atom": "4.002602 Da"},
  "binding energy of helium-4", "MeV", dm * u * c**2 / MeV, 2, "dm = 2 m_H + 2 m_n - m_He; E = dm c^2", "Electron binding neglected.", rel_tol=0.005)

Ef, m, M = 200.0, 1.0, 0.235
q("nuclear", "Each U-235 fission releases about 200 MeV. How much energy is released if 1.0 kg of U-235 (molar mass 235 g/mol) fissions completely?",
  {"energy per fission": "200 MeV", "mass of uranium-235": "1.0 kg", "molar mass": "235 g/mol"}, "total energy released", "TJ",
  m / M * NA * Ef * MeV / 1e12, 2, "N = m N_A/M; E = N E_f")

q("nuclear", "During an 80 kV chest X-ray a 72 kg patient absorbs 0.025 J of radiation energy, spread over the whole body. What is the average absorbed dose?",
  {"patient's mass": "72 kg", "absorbed energy": "0.025 J", "tube voltage": "80 kV"}, "average absorbed dose", "mGy", 0.025 / 72 * 1e3, 1, "D = E/m", "", irrelevant=["tube voltage"])

A0, A1, t = 840.0, 210.0, 11.0
q("nuclear", "A sample from a hot spring shows an activity of 840 Bq; 11 days later it reads 210 Bq. What is the half-life of the isotope?",
  {"initial activity": "840 Bq", "later activity": "210 Bq", "time between measurements": "11 day"}, "half-life", "day",
  t * math.log(2) / math.log(A0 / A1), 1, "A = A0 2^(-t/T)", "Single isotope, background subtracted.")

ratio, T = 0.35, 4.468e9
q("nuclear", "A zircon crystal from a volcanic ash bed has a lead-206 to uranium-238 atom ratio of 0.35. Taking the U-238 half-life as 4.468 billion years and assuming no initial lead, how old is the crystal?",
  {"Pb-206/U-238 ratio": "0.35", "U-238 half-life": "4.468e9 year"}, "age of the zircon", "year",
  T / math.log(2) * math.log(1 + ratio), 1, "D/P = e^(lambda t) - 1", "Closed system, no initial Pb-206.")

T = 3.82
q("nuclear", "Radon-222 (half-life 3.82 days) seeps into a sealed show cave of volume 5400 m^3. Once the supply is cut off, how long until only 10% of the radon remains?",
  {"half-life of radon-222": "3.82 day", "remaining fraction": "10 %", "cave volume": "5400 m^3"}, "time until 10 % remains", "day",
  T * math.log(10) / math.log(2), 1, "t = T log2(1/f)", "No ventilation, no further inflow.", irrelevant=["cave volume"])

q("nuclear", "Using R = r0 A^(1/3) with r0 = 1.2 fm, what is the radius of an iron-56 nucleus?",
  {"r0": "1.2 fm", "mass number": "56"}, "nuclear radius of iron-56", "fm", 1.2 * 56**(1 / 3), 1, "R = r0 A^(1/3)")

mu, x = 55.0, 0.050
q("nuclear", "The lead in a radiographer's apron has a linear attenuation coefficient of 55 per cm for the scattered X-rays, and is 0.50 mm thick. What percentage of the X-rays gets through?",
  {"attenuation coefficient": "55 1/cm", "lead thickness": "0.50 mm"}, "transmitted fraction", "%", 100 * math.exp(-mu * x), 1, "I/I0 = exp(-mu x)", "Narrow beam, monoenergetic.", rel_tol=0.01)

# ======================= ASTRO =======================
ME, RE = 5.972e24, 6.371e6
hs = 550e3
q("astro", "A 260 kg Earth-observation satellite orbits 550 km above the surface. Using Earth's mass 5.972e24 kg and radius 6371 km, what is its orbital speed?",
  {"altitude": "550 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km", "mass of the satellite": "260 kg"},
  "orbital speed", "km/s", math.sqrt(Gn * ME / (RE + hs)) / 1e3, 1, "v = sqrt(G M / r)", "Circular orbit; CODATA G.", irrelevant=["mass of the satellite"])

hs = 780e3
rr = RE + hs
q("astro", "A polar-orbiting weather satellite flies at 780 km altitude in a circular orbit. Given Earth's mass 5.972e24 kg and radius 6371 km, how long does one orbit take?",
  {"orbit altitude": "780 km", "Earth mass": "5.972e24 kg", "Earth radius": "6371 km"},
  "orbital period", "min", 2 * math.pi * math.sqrt(rr**3 / (Gn * ME)) / 60, 1, "T = 2 pi sqrt(r^3/(G M))", "Circular orbit.")

Mm, Rm = 6.417e23, 3.3895e6
q("astro", "A Mars sample-return rocket must reach escape speed from the surface. Mars has mass 6.417e23 kg and radius 3389.5 km. What is the escape speed?",
  {"mass of Mars": "6.417e23 kg", "radius of Mars": "3389.5 km"}, "escape speed from Mars", "km/s", math.sqrt(2 * Gn * Mm / Rm) / 1e3, 1, "v = sqrt(2 G M / R)", "No atmosphere or rotation.")

Rsun = 6.957e8
Rst, Tst = 2.1 * Rsun, 8900.0
q("astro", "A white main-sequence star has 2.1 times the Sun's radius (solar radius 6.957e8 m) and a surface temperature of 8900 K. What is its luminosity?",
  {"radius of the star in solar radii": "2.1", "solar radius": "6.957e8 m", "surface temperature": "8900 K"},
  "luminosity of the star", "W", 4 * math.pi * Rst**2 * sig * Tst**4, 1, "L = 4 pi R^2 sigma T^4", "Blackbody.")

q("astro", "The spectrum of a hot star observed from a mountain-top observatory peaks at 380 nm. What is its surface temperature?",
  {"peak wavelength": "380 nm"}, "surface temperature of the star", "K", sc.Wien / 380e-9, 1, "T = b / lambda_max", "Blackbody.")

q("astro", "A galaxy is receding at 7400 km/s. With a Hubble constant of 70 km/s per megaparsec, how far away is it?",
  {"recession speed": "7400 km/s", "Hubble constant": "70 km/s/Mpc"}, "distance to the galaxy", "Mpc", 7400 / 70, 1, "d = v / H0", "Hubble law, no peculiar velocity.")

p = 0.0125
q("astro", "A nearby star shows an annual parallax of 0.0125 arcseconds. How many light-years away is it?",
  {"parallax angle": "0.0125 arcsec"}, "distance to the star", "ly", (1 / p) * sc.parsec / sc.light_year, 1, "d[pc] = 1/p[arcsec]", "Julian light-year.")

Msun = 1.989e30
P, Ms = 18.3 * 86400, 0.85 * Msun
q("astro", "An exoplanet of mass 1.3e25 kg circles a star of 0.85 solar masses every 18.3 days. Taking the solar mass as 1.989e30 kg, what is its orbital radius in astronomical units?",
  {"orbital period": "18.3 day", "star mass in solar masses": "0.85", "mass of the Sun": "1.989e30 kg", "planet mass": "1.3e25 kg"},
  "orbital radius", "au", (Gn * Ms * P**2 / (4 * math.pi**2))**(1 / 3) / sc.au, 1, "a^3 = G M T^2 / (4 pi^2)",
  "Planet mass negligible; circular orbit.", irrelevant=["planet mass"])

Mmo, Rmo = 7.342e22, 1.7374e6
q("astro", "An astronaut on the Moon drops a rock hammer. With lunar mass 7.342e22 kg, radius 1737.4 km and a rotation period of 27.3 days, what is the gravitational acceleration at the surface?",
  {"mass of the Moon": "7.342e22 kg", "radius of the Moon": "1737.4 km", "rotation period of the Moon": "27.3 day"},
  "surface gravitational acceleration", "m/s^2", Gn * Mmo / Rmo**2, 1, "g = G M / R^2", "Rotation effect negligible.", irrelevant=["rotation period of the Moon"])

Mbh = 4.3e6 * Msun
q("astro", "The black hole at the centre of the Milky Way has about 4.3 million solar masses (solar mass 1.989e30 kg). What is its Schwarzschild radius?",
  {"black hole mass in solar masses": "4.3e6", "solar mass": "1.989e30 kg"}, "Schwarzschild radius", "km", 2 * Gn * Mbh / c**2 / 1e3, 1, "r_s = 2 G M / c^2")

l0, l = 656.3, 662.0
q("astro", "A radio-and-optical survey sees the H-alpha line of a galaxy at 662.0 nm instead of its laboratory value 656.3 nm. Using the low-speed Doppler formula, how fast is the galaxy receding?",
  {"observed wavelength": "662.0 nm", "rest wavelength": "656.3 nm"}, "recession speed", "km/s", c * (l - l0) / l0 / 1e3, 1, "v = c dlambda/lambda0")

# ======================= RELATIVITY =======================
def gam(b): return 1 / math.sqrt(1 - b * b)
q("relativity", "A cosmic-ray muon streaks down through the atmosphere at 0.995 c. Its lifetime at rest is 2.197 microseconds. How long does it live as measured by a mountaineer's detector on the ground?",
  {"muon speed": "0.995 c", "proper lifetime": "2.197 us"}, "dilated lifetime in the ground frame", "us", 2.197 * gam(0.995), 1, "t = gamma tau")

q("relativity", "A probe that is 120 m long when built flies past a space station at 0.72 c. How long does the station crew measure it to be?",
  {"rest length of the probe": "120 m", "probe speed": "0.72 c"}, "length measured by the station", "m", 120 / gam(0.72), 1, "L = L0 / gamma")

V = 120e3
gm = 1 + e * V / (me * c**2)
q("relativity", "Electrons in a 120 kV X-ray tube start from rest and are accelerated through the full voltage. How fast are they moving when they hit the anode?",
  {"accelerating voltage": "120 kV"}, "speed of the electrons at the anode", "m/s", c * math.sqrt(1 - 1 / gm**2), 2, "K = eV; gamma = 1 + K/(m c^2); v = c sqrt(1 - 1/gamma^2)", "Relativistic.", rel_tol=0.005)

q("relativity", "A proton in a research synchrotron moves at 0.90 c. What is its momentum?",
  {"proton speed": "0.90 c"}, "relativistic momentum of the proton", "kg*m/s", gam(0.9) * mp * 0.9 * c, 1, "p = gamma m v")

K = 250 * MeV
gm = 1 + K / (mp * c**2)
q("relativity", "A proton-therapy cyclotron delivers protons with 250 MeV of kinetic energy to a tumour. How fast are they going?",
  {"kinetic energy of the protons": "250 MeV"}, "speed of the protons", "m/s", c * math.sqrt(1 - 1 / gm**2), 2, "gamma = 1 + K/(m c^2); v = c sqrt(1 - 1/gamma^2)", "Relativistic.", rel_tol=0.005)

v = 3.87e3
b2 = (v / c)**2
lag = (1 - math.sqrt(1 - b2)) * 86400
q("relativity", "A navigation satellite moves at 3.87 km/s. Considering only special-relativistic time dilation, by how much does its clock fall behind a ground clock each day?",
  {"satellite speed": "3.87 km/s", "time interval": "1 day"}, "daily clock lag", "us", lag * 1e6, 1, "dt = t (1 - 1/gamma) ~ t v^2/(2c^2)", "Ignore gravitational blueshift and Earth rotation.")

u1, u2 = 0.6, 0.7
q("relativity", "A spacecraft moving away from Earth at 0.6 c launches a probe forwards at 0.7 c relative to itself. How fast does Earth see the probe moving, as a fraction of the speed of light?",
  {"spacecraft speed relative to Earth": "0.6 c", "probe speed relative to spacecraft": "0.7 c"}, "probe speed relative to Earth as a fraction of c", "",
  (u1 + u2) / (1 + u1 * u2), 1, "u = (u1 + u2)/(1 + u1 u2/c^2)")

m = 2.5e-6
q("relativity", "If 2.5 mg of matter were converted entirely into energy, how much energy would be released?",
  {"mass converted": "2.5 mg"}, "energy released", "GJ", m * c**2 / 1e9, 1, "E = m c^2")

K = 6.0 * MeV
q("relativity", "A hospital radiotherapy linac accelerates electrons to 6.0 MeV kinetic energy. What is their Lorentz factor?",
  {"electron kinetic energy": "6.0 MeV"}, "Lorentz factor of the electrons", "", 1 + K / (me * c**2), 1, "gamma = 1 + K/(m c^2)")

d, b = 4.24, 0.8
q("relativity", "A future crewed probe travels the 4.24 light-years to Proxima Centauri at a steady 0.8 c. How much time passes for the crew?",
  {"distance (Earth frame)": "4.24 ly", "cruise speed": "0.8 c"}, "elapsed time on board", "year",
  d / b / gam(b), 2, "t_Earth = d/v; tau = t_Earth/gamma", "Acceleration phases ignored; Julian year.")

b = 0.98
q("relativity", "In a 12 m beamline electrons move at 0.98 c. What is their kinetic energy?",
  {"electron speed": "0.98 c", "beamline length": "12 m"}, "kinetic energy of the electrons", "MeV",
  (gam(b) - 1) * me * c**2 / MeV, 1, "K = (gamma - 1) m c^2", "", irrelevant=["beamline length"])

# ======================= NOT DERIVABLE =======================
ND = "not derivable"
q("mechanics", "A cable-car cabin glides up the line at 6 m/s on a 2.9 km cable. What is the cabin's kinetic energy?",
  {"cabin speed": "6 m/s", "cable length": "2.9 km"}, "kinetic energy of the cabin", "kJ", None, 1, "KE = m v^2/2 needs the cabin mass (missing)", outcome=ND)
q("fluids", "A submarine's escape hatch is 0.6 m across and seawater density is 1025 kg/m^3. What total force does the water push on the hatch?",
  {"hatch diameter": "0.6 m", "seawater density": "1025 kg/m^3"}, "force of the water on the hatch", "kN", None, 2, "F = rho g h A needs the depth (missing)", outcome=ND)
q("thermodynamics", "Proofing water is heated from 14 degC to 36 degC in a bakery; water's specific heat is 4186 J/(kg*K). How much energy does that take?",
  {"starting temperature": "14 degC", "final temperature": "36 degC", "specific heat": "4186 J/(kg*K)"}, "heat required", "kJ", None, 1, "Q = m c dT needs the mass or volume of water (missing)", outcome=ND)
q("optics", "A pendant on a jeweller's bench is 22 cm in front of a magnifying lens and is 3 cm tall. Where does the lens form its image?",
  {"object distance": "22 cm", "object height": "3 cm"}, "image distance", "cm", None, 1, "lens equation needs the focal length (missing)", outcome=ND)
q("magnetism", "A 1.2 m long gradient coil in an MRI scanner carries 180 A. What field does it make at its centre?",
  {"coil length": "1.2 m", "current": "180 A"}, "magnetic field at the centre", "mT", None, 1, "B = mu0 N I / L needs number of turns (missing)", outcome=ND)
q("nuclear", "A wooden beehive frame found in a peat bog is radiocarbon dated. C-14 has a half-life of 5730 years and the sample weighs 12 g. How old is the frame?",
  {"half-life of carbon-14": "5730 year", "sample mass": "12 g"}, "age of the frame", "year", None, 1, "needs remaining C-14 fraction or activity ratio (missing)", outcome=ND)
q("astro", "A 450 kg relay satellite circles Earth (mass 5.972e24 kg) on a circular orbit. What is its orbital period?",
  {"satellite mass": "450 kg", "Earth mass": "5.972e24 kg"}, "orbital period", "min", None, 1, "needs orbit radius or altitude (missing)", outcome=ND)
q("circuits", "A dialysis machine's heater draws 6.5 A through a 2.5 m mains lead. How much power does the heater use?",
  {"current": "6.5 A", "lead length": "2.5 m"}, "heater power", "W", None, 1, "P = V I or I^2 R needs voltage or resistance (missing)", outcome=ND)
q("waves", "A fire engine's siren sounds at 720 Hz while it races towards a stationary cyclist; sound travels at 343 m/s. What pitch does the cyclist hear?",
  {"siren frequency": "720 Hz", "speed of sound": "343 m/s"}, "frequency heard by the cyclist", "Hz", None, 1, "Doppler formula needs the source speed (missing)", outcome=ND)
q("relativity", "A pion has a rest-frame lifetime of 26 ns and a rest energy of 139.6 MeV. How long does it live in the lab frame of a particle accelerator?",
  {"proper lifetime": "26 ns", "rest energy": "139.6 MeV"}, "lab-frame lifetime", "ns", None, 1, "t = gamma tau needs speed or total/kinetic energy (missing)", outcome=ND)

# ======================= AMBIGUOUS =======================
AM = "ambiguous"
V, R1, R2 = 12.0, 220.0, 680.0
q("circuits", "A 12 V battery is connected to a 220 ohm resistor and a 680 ohm resistor. What current flows through the 220 ohm resistor?",
  {"battery voltage": "12 V", "first resistor": "220 ohm", "second resistor": "680 ohm"}, "current through the 220 ohm resistor", "mA", None, 1,
  f"series: {V/(R1+R2)*1e3:.2f} mA; parallel: {V/R1*1e3:.2f} mA - connection not stated", outcome=AM)
q("optics", "A glass-blower grinds a thin lens whose focal length has a magnitude of 12 cm. A candle stands 30 cm from it. How far from the lens is the image?",
  {"focal length magnitude": "12 cm", "object distance": "30 cm"}, "image distance", "cm", None, 1,
  f"converging: {1/(1/12-1/30):.2f} cm real; diverging: {1/(-1/12-1/30):.2f} cm virtual - lens type not stated", outcome=AM)
m1, m2, v1 = 0.45, 0.30, 3.0
q("mechanics", "On a gym floor, ball 1 (0.45 kg) rolling at 3.0 m/s hits ball 2 (0.30 kg) head-on while ball 2 is at rest. What is the speed of ball 2 after the collision?",
  {"mass of ball 1": "0.45 kg", "speed of ball 1": "3.0 m/s", "mass of ball 2": "0.30 kg"}, "speed of ball 2 after the collision", "m/s", None, 1,
  f"elastic: {2*m1*v1/(m1+m2):.3f} m/s; perfectly inelastic: {m1*v1/(m1+m2):.3f} m/s - type of collision not stated", outcome=AM)
q("thermodynamics", "A foundry heat engine does 310 kJ of work per cycle at an efficiency of 36%. How much heat is exchanged with a reservoir each cycle?",
  {"work per cycle": "310 kJ", "efficiency": "36 %"}, "heat exchanged with the reservoir per cycle", "kJ", None, 2,
  f"hot reservoir: {310/0.36:.1f} kJ; cold reservoir: {310/0.36-310:.1f} kJ - which reservoir not stated", outcome=AM)
P, r1, r2 = 0.5, 4.0, 9.0
q("waves", "In a rehearsal room, speaker 1 (0.5 W acoustic) is 4 m from the drummer and speaker 2 (0.5 W acoustic) is 9 m away. What sound intensity does the drummer get from the speaker?",
  {"acoustic power of each speaker": "0.5 W", "distance to speaker 1": "4 m", "distance to speaker 2": "9 m"}, "sound intensity at the drummer from the speaker", "mW/m^2", None, 1,
  f"speaker 1: {P/(4*math.pi*r1**2)*1e3:.3f}; speaker 2: {P/(4*math.pi*r2**2)*1e3:.3f} mW/m^2 (sum {P/(4*math.pi*r1**2)*1e3+P/(4*math.pi*r2**2)*1e3:.3f}) - which speaker not stated", outcome=AM)
f0, vr, v = 500.0, 20.0, 343.0
q("waves", "A car horn at 500 Hz moves at 20 m/s relative to a stationary listener on a still day (sound speed 343 m/s). What frequency does the listener hear?",
  {"horn frequency": "500 Hz", "speed of the car": "20 m/s", "speed of sound": "343 m/s"}, "frequency heard", "Hz", None, 1,
  f"approaching: {f0*v/(v-vr):.1f} Hz; receding: {f0*v/(v+vr):.1f} Hz - direction not stated", outcome=AM)
q("relativity", "A spacecraft is 80 m long and moves at 0.6 c relative to a space station. What is its length?",
  {"length of the spacecraft": "80 m", "speed": "0.6 c"}, "length of the spacecraft", "m", None, 1,
  f"80 m is already the station-frame length (answer 80 m) or the rest length -> contracted {80/gam(0.6):.1f} m; or station-measured 80 m -> rest length {80*gam(0.6):.1f} m - frame not stated", outcome=AM)
n = 1.333
q("optics", "Late-afternoon sunlight strikes a garden pond at 30 degrees. The water's refractive index is 1.333. At what angle from the vertical does the light travel once it is in the water?",
  {"angle of the sunlight": "30 deg", "refractive index of water": "1.333"}, "refraction angle in the water from the vertical", "deg", None, 1,
  f"30 deg from the normal: {deg(math.asin(math.sin(rad(30))/n)):.1f} deg; 30 deg above the surface (60 from normal): {deg(math.asin(math.sin(rad(60))/n)):.1f} deg - reference line not stated", outcome=AM)

# ======================= ILL-POSED =======================
IP = "ill-posed"
q("relativity", "A proton in a cosmic-ray shower is measured at 3.4e8 m/s. What is its Lorentz factor?",
  {"proton speed": "3.4e8 m/s"}, "Lorentz factor", "", None, 1, "speed exceeds c; gamma undefined", outcome=IP)
q("thermodynamics", "An inventor claims a brewery heat-recovery engine running between 400 K and 300 K reservoirs reaches 40% efficiency while taking 50 kJ from the hot side. How much work does it produce per cycle?",
  {"hot reservoir temperature": "400 K", "cold reservoir temperature": "300 K", "claimed efficiency": "40 %", "heat input": "50 kJ"}, "work output per cycle", "kJ", None, 2,
  "Carnot limit is 25 %; 40 % is impossible", outcome=IP)
q("thermodynamics", "A sealed 5 L gas sample in a cryostat holds 0.2 mol of helium at -15 K. What is its pressure?",
  {"volume": "5 L", "amount of gas": "0.2 mol", "temperature": "-15 K"}, "gas pressure", "kPa", None, 1, "negative absolute temperature is unphysical here", outcome=IP)
q("circuits", "A 100 ohm resistor in a hobby amplifier has 12 V across it and carries 0.5 A. What power does it dissipate?",
  {"resistance": "100 ohm", "voltage": "12 V", "current": "0.5 A"}, "power dissipated", "W", None, 1, "V/R = 0.12 A, not 0.5 A; givens contradict (P = 1.44, 6, or 25 W)", outcome=IP)
q("optics", "A fibre has a core of index 1.45 and a cladding of index 1.50. What is the critical angle for total internal reflection at the core-cladding boundary?",
  {"core index": "1.45", "cladding index": "1.50"}, "critical angle", "deg", None, 1, "n_clad > n_core: sin theta_c = 1.034 > 1, no TIR", outcome=IP)
q("nuclear", "A mammoth tusk found in a cave is said to contain 130% of the carbon-14 of living tissue. With a C-14 half-life of 5730 years, how old is it?",
  {"C-14 fraction remaining": "130 %", "half-life": "5730 year"}, "age of the tusk", "year", None, 1, "fraction > 1 gives negative age; impossible for decay", outcome=IP)
q("fluids", "A block of beeswax floats in water with 120% of its volume below the surface. Water density is 1000 kg/m^3. What is the density of the wax?",
  {"submerged fraction": "120 %", "water density": "1000 kg/m^3"}, "density of the wax", "kg/m^3", None, 1, "submerged fraction cannot exceed 100 %", outcome=IP)
q("astro", "A satellite is put into a circular orbit of radius 5200 km around the Earth (Earth radius 6371 km, mass 5.972e24 kg). What is its orbital speed?",
  {"orbit radius": "5200 km", "Earth radius": "6371 km", "Earth mass": "5.972e24 kg"}, "orbital speed", "km/s", None, 1, "orbit radius lies inside the Earth", outcome=IP)
q("mechanics", "A tram brakes at constant deceleration from 20 m/s to rest in 2.0 s, covering 80 m while stopping. What is its deceleration?",
  {"initial speed": "20 m/s", "stopping time": "2.0 s", "stopping distance": "80 m"}, "deceleration", "m/s^2", None, 1,
  "constant deceleration from 20 m/s in 2 s covers 20 m, not 80 m (a = 10 vs 2.5 m/s^2)", outcome=IP)
q("fluids", "A car-wash booster pump draws 2.0 kW of electrical power and delivers 2.6 kW of hydraulic power to the water. How much power is lost as heat?",
  {"electrical input power": "2.0 kW", "hydraulic output power": "2.6 kW"}, "power lost in the pump", "kW", None, 1, "output exceeds input (efficiency 130 %)", outcome=IP)
q("optics", "Red 650 nm light from a surveying laser shines on a grating with 800 lines per mm. At what angle is the third-order maximum?",
  {"wavelength": "650 nm", "grating density": "800 1/mm", "diffraction order": "3"}, "angle of the third-order maximum", "deg", None, 1,
  f"sin theta = {3*650e-9*800e3:.3f} > 1; third order does not exist", outcome=IP)
q("thermodynamics", "A brewery's chiller keeps a tank at 5 degC while rejecting heat to air at 35 degC, and the supplier quotes a coefficient of performance of 14. With 2 kW of compressor power, how much heat does it remove per second?",
  {"tank temperature": "5 degC", "ambient temperature": "35 degC", "coefficient of performance": "14", "compressor power": "2 kW"}, "rate of heat removal", "kW", None, 2,
  f"Carnot COP = {278.15/30:.2f} < 14; impossible", outcome=IP)

# ---------------- finalise ----------------
# Trim to 120 value questions (these finds were written but dropped to balance the fields).
DROP = {"torque of the van's weight about the pier", "rotation rate of the wheel", "buoyant force on the submarine",
        "entropy change of the ice", "final absolute tyre pressure", "bright fringe spacing", "magnetic energy density",
        "Larmor frequency", "capacitive reactance", "power drawn by the element", "nuclear radius of iron-56",
        "surface temperature of the star", "energy released"}
Q = [d for d in Q if d["find"] not in DROP]
for i, d in enumerate(Q, 1):
    d["id"] = f"q10j-{i:03d}"
order = ["id", "field", "text", "given", "find", "unit", "expected", "outcome", "rel_tol", "laws", "irrelevant", "solution", "assumptions"]
Q = [{k2: d[k2] for k2 in order} for d in Q]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch_j.json")
with open(out, "w") as fh:
    json.dump(Q, fh, indent=1)
print(len(Q), "questions written to", out)
