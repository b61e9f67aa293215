#!/usr/bin/env python3
"""Blind test set e12: plain-English physics questions with independently computed answers.

Writes questions.json next to this script. Constants from scipy.constants;
unit conversions done by hand. g = 9.81 m/s^2 wherever Earth is stated or implied.
"""
import json
import math
import os

import scipy.constants as sc

g = 9.81
h = sc.h
hbar = sc.hbar
c = sc.c
e = sc.e
me = sc.m_e
mp = sc.m_p
mn = sc.m_n
G = sc.G
kB = sc.k
R = sc.R
NA = sc.N_A
eps0 = sc.epsilon_0
mu0 = sc.mu_0
sigma = sc.Stefan_Boltzmann
kC = 1 / (4 * math.pi * eps0)
eV = sc.electron_volt
MeV = 1e6 * eV
u_MeV = sc.physical_constants["atomic mass constant energy equivalent in MeV"][0]
Ry_eV = sc.physical_constants["Rydberg constant times hc in eV"][0]
Rinf = sc.Rydberg
year = 365.25 * 86400.0  # Julian year, s
atm = sc.atm
deg = math.pi / 180

Q = []


def add(text, expected, unit, field, laws, solution, rel_tol=0.01):
    Q.append(dict(text=text, expected=float(expected), unit=unit, outcome="value",
                  rel_tol=rel_tol, laws=laws, field=field, solution=solution))


def nd(text, field, laws, missing):
    Q.append(dict(text=text, expected=None, unit=None, outcome="not derivable",
                  rel_tol=0.01, laws=laws, field=field,
                  solution="Not derivable: missing " + missing))


def bad(text, why):
    Q.append(dict(text=text, expected=None, unit=None, outcome="bad input",
                  rel_tol=0.01, laws=0, field="none", solution="Bad input: " + why))


def gamma(beta):
    return 1 / math.sqrt(1 - beta ** 2)


G2 = 0.02  # tolerance where g rounding matters

# ---------------------------------------------------------------- mechanics
F = "mechanics"
add("A red 2.0 kg ball, thrown by a 12-year-old, moves at 3 metres per second. What is its kinetic energy?",
    0.5 * 2 * 3 ** 2, "J", F, 1, "KE = 1/2 m v^2 = 0.5*2*9 = 9 J")
add("How long does it take a stone dropped from a 45 m cliff to hit the ground? Ignore air resistance.",
    math.sqrt(2 * 45 / g), "s", F, 1, "t = sqrt(2h/g) = sqrt(90/9.81)", G2)
add("A car accelerates uniformly from rest to 72 km/h in 8 s. What is its acceleration?",
    (72 / 3.6) / 8, "m/s**2", F, 1, "a = (20 m/s)/8 s = 2.5 m/s^2")
add("A cyclist covers 12 km in 40 minutes. What is her average speed in m/s?",
    12000 / (40 * 60), "m/s", F, 1, "v = 12000 m / 2400 s = 5 m/s")
add("A train moving at 30 m/s brakes with a constant deceleration of 1.5 m/s^2. How far does it travel before it stops?",
    30 ** 2 / (2 * 1.5), "m", F, 1, "d = v^2/(2a) = 900/3 = 300 m")
add("A ball is thrown straight up at 15 m/s. How high does it rise above the point of release?",
    15 ** 2 / (2 * g), "m", F, 1, "h = v^2/(2g) = 225/19.62", G2)
add("A ball is kicked horizontally off the edge of a 20 m high cliff at 8 m/s. How far from the base of the cliff does it land? Neglect air resistance.",
    8 * math.sqrt(2 * 20 / g), "m", F, 2, "t = sqrt(2h/g) = 2.019 s; x = v t", G2)
add("A projectile is launched at 25 m/s at 40 degrees above the horizontal over level ground. What is its range?",
    25 ** 2 * math.sin(80 * deg) / g, "m", F, 1, "R = v^2 sin(2θ)/g = 625 sin80°/9.81", G2)
add("A stone is dropped from rest down a well and hits the water 3 s later. How deep is the well to the water surface? Ignore air resistance and the time for the sound to come back.",
    0.5 * g * 3 ** 2, "m", F, 1, "d = 1/2 g t^2 = 0.5*9.81*9", G2)
add("A net force of 3.6 x 10^3 N acts on a 1200kg car. What is its acceleration?",
    3.6e3 / 1200, "m/s**2", F, 1, "a = F/m = 3600/1200 = 3 m/s^2")
add("A 5 kg box rests on the floor of a classroom. What is its weight?",
    5 * g, "N", F, 1, "W = m g = 5*9.81", G2)
add("A 10 kg crate slides across a warehouse floor; the coefficient of kinetic friction is 0.3. What is the friction force on the crate?",
    0.3 * 10 * g, "N", F, 1, "f = μ m g = 0.3*10*9.81", G2)
add("A 4 kg block is pulled along a level floor by a horizontal 30 N force. The coefficient of kinetic friction is 0.25. What is the block's acceleration?",
    (30 - 0.25 * 4 * g) / 4, "m/s**2", F, 2, "f = μmg = 9.81 N; a = (30 - 9.81)/4", G2)
add("What is the acceleration of a block sliding down a frictionless ramp inclined at 30° to the horizontal?",
    g * math.sin(30 * deg), "m/s**2", F, 1, "a = g sinθ = 9.81*0.5", G2)
add("An 800 kg elevator car accelerates upward at 2 m/s^2. What is the tension in the supporting cable?",
    800 * (g + 2), "N", F, 1, "T = m(g + a) = 800*11.81", G2)
add("A 1200 kg car travelling at 90 km/h brakes to a stop in 5 s. What is the average braking force?",
    1200 * (90 / 3.6) / 5, "N", F, 2, "a = 25/5 = 5 m/s^2; F = m a = 6000 N")
add("What is the gravitational potential energy of a 3 kg book on a shelf 2 m above the floor, taking the floor as zero?",
    3 * g * 2, "J", F, 1, "U = m g h = 3*9.81*2", G2)
add("By how many kilojoules does the potential energy of a 60 kg climber increase when she ascends 500 m?",
    60 * g * 500 / 1000, "kJ", F, 1, "ΔU = m g h = 60*9.81*500 J = 294.3 kJ", G2)
add("A roller coaster car starts from rest at the top of a 30 m high hill. Neglecting friction, how fast is it going at the bottom?",
    math.sqrt(2 * g * 30), "m/s", F, 2, "mgh = 1/2 m v^2 -> v = sqrt(2 g h)", G2)
add("A motor lifts a 200 kg load through 15 m in 10 s at steady speed. What is its power output?",
    200 * g * 15 / 10, "W", F, 2, "W = mgh = 29430 J; P = W/t", G2)
add("A 1500 W kettle, bought for 25 dollars, is switched on for 3 min. How much energy does it use?",
    1500 * 180, "J", F, 1, "E = P t = 1500*180 = 270000 J")
add("A 2 kg flower pot falls from a 20 m high balcony. What is its kinetic energy just before it hits the ground? Ignore air resistance.",
    2 * g * 20, "J", F, 2, "KE = loss of PE = m g h = 2*9.81*20", G2)
add("What is the kinetic energy of a 1200 kg car moving at 72 km/h?",
    0.5 * 1200 * (72 / 3.6) ** 2, "J", F, 1, "v = 20 m/s; KE = 0.5*1200*400 = 240000 J")
add("A 1500 kg car accelerates from rest to 100 km/h in 10 s. Ignoring losses, what average power does the engine deliver?",
    0.5 * 1500 * (100 / 3.6) ** 2 / 10, "W", F, 2, "KE = 0.5*1500*(27.78)^2 = 578704 J; P = KE/t")
add("A 5 kg box is pushed 3 m up a frictionless ramp that is inclined at 30 degrees. How much work is done against gravity?",
    5 * g * 3 * math.sin(30 * deg), "J", F, 2, "h = 3 sin30° = 1.5 m; W = m g h", G2)
add("What is the momentum of a 0.145 kg baseball travelling at 40 m/s?",
    0.145 * 40, "kg*m/s", F, 1, "p = m v = 5.8 kg m/s")
add("A 3.0 kilogram cart moving at 4 metres per second collides with and sticks to a stationary 1 kg cart. What is their common speed just after the collision?",
    3 * 4 / 4, "m/s", F, 1, "momentum conservation: 12/4 = 3 m/s")
add("A 0.2 kg ball hits a wall at 10 m/s and bounces straight back at 8 m/s. What is the magnitude of the impulse the wall gives the ball?",
    0.2 * (10 + 8), "N*s", F, 1, "J = m Δv = 0.2*18 = 3.6 N s")
add("Two ice skaters, 70 kg and 50 kg, stand at rest and push off each other. The 50 kg skater moves away at 2.1 m/s. How fast does the 70 kg skater move?",
    50 * 2.1 / 70, "m/s", F, 1, "momentum conservation: 105/70 = 1.5 m/s")
add("A 1000 kg car moving at 20 m/s rear-ends a stationary 1500 kg car and the two lock together. How much kinetic energy is lost in the collision?",
    0.5 * 1000 * 20 ** 2 - 0.5 * 2500 * (20000 / 2500) ** 2, "J", F, 2,
    "v' = 20000/2500 = 8 m/s; ΔKE = 200000 - 80000 = 120000 J")
add("A car rounds a bend of radius 50 m at 15 m/s. What is its centripetal acceleration?",
    15 ** 2 / 50, "m/s**2", F, 1, "a = v^2/r = 225/50 = 4.5 m/s^2")
add("A 0.3 kg stone tied to a 1.2 m string is whirled in a horizontal circle at 6 m/s. Ignoring gravity, what is the tension in the string?",
    0.3 * 6 ** 2 / 1.2, "N", F, 1, "T = m v^2/r = 0.3*36/1.2 = 9 N")
add("A wheel spins at 300 rpm. What is its angular speed in radians per second?",
    300 * 2 * math.pi / 60, "rad/s", F, 1, "ω = 300*2π/60 = 10π rad/s")
add("How fast is a point on the rim of a wheel of radius 0.4 m moving if the wheel turns at 120 revolutions per minute?",
    120 * 2 * math.pi / 60 * 0.4, "m/s", F, 2, "ω = 4π rad/s; v = ω r = 1.6π m/s")
add("What is the minimum speed a 0.5 kg ball must have at the top of a vertical circle of radius 1 m for the string to stay taut?",
    math.sqrt(g * 1), "m/s", F, 2, "at top mg = m v^2/r -> v = sqrt(g r)", G2)
add("What is the maximum speed at which a car can take a flat curve of radius 40 m if the coefficient of static friction between tyres and road is 0.8?",
    math.sqrt(0.8 * g * 40), "m/s", F, 2, "μ m g = m v^2/r -> v = sqrt(μ g r)", G2)
add("How much elastic potential energy is stored in a spring of stiffness 500 N/m when it is compressed by 4 cm?",
    0.5 * 500 * 0.04 ** 2, "J", F, 1, "E = 1/2 k x^2 = 0.5*500*0.0016 = 0.4 J")
add("What is the period of oscillation of a 0.5 kg mass on a spring with k = 50 N/m?",
    2 * math.pi * math.sqrt(0.5 / 50), "s", F, 1, "T = 2π sqrt(m/k) = 2π*0.1")
add("What is the period of a simple pendulum 2.0 m long on Earth?",
    2 * math.pi * math.sqrt(2.0 / g), "s", F, 1, "T = 2π sqrt(L/g)", G2)
add("A 2 kg mass hung from a spring stretches it by 5 cm. If the mass is pulled down a little and released, what is the period of its oscillation?",
    2 * math.pi * math.sqrt(2 / (2 * g / 0.05)), "s", F, 2, "k = mg/x = 392.4 N/m; T = 2π sqrt(m/k)", G2)
add("A toy launcher uses a spring with k = 400 N/m compressed by 5 cm to fire a 0.1 kg ball horizontally. With what speed does the ball leave?",
    math.sqrt(2 * 0.5 * 400 * 0.05 ** 2 / 0.1), "m/s", F, 2, "E = 1/2 k x^2 = 0.5 J; v = sqrt(2E/m) = sqrt(10)")
add("A mechanic applies a 40 N force at right angles to the end of a 0.25 m long wrench. What torque does she produce?",
    40 * 0.25, "N*m", F, 1, "τ = F r = 10 N m")

# ---------------------------------------------------------------- gravitation
F = "gravitation"
add("What is the gravitational force between two 1000 kg masses whose centres are 2 m apart?",
    G * 1000 * 1000 / 2 ** 2, "N", F, 1, "F = G m1 m2/r^2 = 6.674e-11*1e6/4")
add("A planet has a mass of 6.4e23 kg and a radius of 3.4e6 m. What is the acceleration due to gravity at its surface?",
    G * 6.4e23 / 3.4e6 ** 2, "m/s**2", F, 1, "g = G M/R^2")
add("What is the orbital speed of a satellite in a circular orbit 400 km above the Earth's surface? Take Earth's mass as 5.97 × 10^24 kg and its radius as 6371 km.",
    math.sqrt(G * 5.97e24 / (6371e3 + 400e3)), "m/s", F, 1, "r = 6771 km; v = sqrt(GM/r)")
add("Calculate the escape velocity from the surface of the Moon, mass 7.35 × 10^22 kg, radius 1737 km.",
    math.sqrt(2 * G * 7.35e22 / 1737e3), "m/s", F, 1, "v = sqrt(2GM/R)")
add("A satellite circles the Earth (mass 5.97e24 kg) in an orbit of radius 42,000 km. What is its orbital period in hours?",
    2 * math.pi * math.sqrt((42000e3) ** 3 / (G * 5.97e24)) / 3600, "hour", F, 1, "T = 2π sqrt(r^3/GM)")
add("How many minutes does one orbit take for a space station circling 400 km above the Earth? Earth: mass 5.97e24 kg, radius 6371 km.",
    2 * math.pi * (6771e3) / math.sqrt(G * 5.97e24 / 6771e3) / 60, "min", F, 2, "v = sqrt(GM/r) = 7671 m/s; T = 2πr/v")
add("What orbital radius does a satellite need so that its period around the Earth (mass 5.97 × 10^24 kg) is exactly 24 hours?",
    (G * 5.97e24 * (24 * 3600) ** 2 / (4 * math.pi ** 2)) ** (1 / 3), "m", F, 1, "r = (G M T^2/4π^2)^(1/3)")
add("A 70 kg astronaut stands on Mars, where the gravitational field strength is 3.71 m/s^2. What is her weight there?",
    70 * 3.71, "N", F, 1, "W = m g_Mars = 259.7 N")
add("What would an 80 kg person weigh on a planet of mass 3 x 10^24 kg and radius 5000 km?",
    80 * G * 3e24 / 5e6 ** 2, "N", F, 2, "g = GM/R^2 = 8.009 m/s^2; W = m g")

# ---------------------------------------------------------------- fluids
F = "fluids"
add("What is the gauge pressure at a depth of 10 m in a freshwater lake?",
    1000 * g * 10, "Pa", F, 1, "p = ρ g h = 1000*9.81*10", G2)
add("What is the absolute pressure, in kPa, 25 m below the surface of the sea? Seawater density 1025 kg/m³, atmospheric pressure 101.3 kPa.",
    (101300 + 1025 * g * 25) / 1000, "kPa", F, 1, "p = p0 + ρ g h = 101300 + 251381 Pa", G2)
add("What buoyant force acts on a rock of volume 0.003 m³ completely submerged in fresh water?",
    1000 * g * 0.003, "N", F, 1, "F_b = ρ g V = 29.43 N", G2)
add("A block of wood with a density of 600 kg/m^3 floats in fresh water. What fraction of its volume is under water?",
    600 / 1000, "dimensionless", F, 1, "fraction = ρ_wood/ρ_water = 0.6")
add("An iceberg (density 917 kg/m3) floats in seawater of density 1025 kg/m3. What fraction of its volume sticks out above the water?",
    1 - 917 / 1025, "dimensionless", F, 1, "fraction above = 1 - 917/1025")
add("A hydraulic car lift has a small piston of area 0.01 m^2 and a large piston of area 0.5 m^2. What force on the small piston will hold up a 1000 kg car on the large piston?",
    1000 * g * 0.01 / 0.5, "N", F, 2, "W = 9810 N; F = W A_small/A_large = 9810/50", G2)
add("Water flows at 2 m/s through a pipe of diameter 4 cm, which narrows to a diameter of 2 cm. How fast does the water move in the narrow part?",
    2 * (4 / 2) ** 2, "m/s", F, 1, "A1 v1 = A2 v2 -> v2 = 2*(4/2)^2 = 8 m/s")
add("A 2 kg metal object weighs only 15 N when fully submerged in water. What is its volume?",
    (2 * g - 15) / (1000 * g), "m**3", F, 2, "buoyancy = 19.62 - 15 = 4.62 N; V = F_b/(ρ g)", G2)
add("A garden hose of 10 cm internal diameter carries water at 3 m/s. What is the volume flow rate in litres per second?",
    math.pi * 0.05 ** 2 * 3 * 1000, "L/s", F, 1, "Q = π r^2 v = π*0.0025*3 m^3/s = 23.56 L/s")
add("Water moves at 2 m/s through a horizontal pipe where the pressure is 200 kPa. In a narrower section the speed is 6 m/s. What is the pressure there?",
    (200000 - 0.5 * 1000 * (6 ** 2 - 2 ** 2)) / 1000, "kPa", F, 1, "Bernoulli: p2 = 200000 - 0.5*1000*(36-4) = 184000 Pa")
add("Water leaks out of a small hole 5 m below the surface of the water in a large open tank. How fast does it come out?",
    math.sqrt(2 * g * 5), "m/s", F, 1, "Torricelli: v = sqrt(2 g h)", G2)
add("A swimming pool is 2 m deep and its flat bottom has an area of 50 m^2. What force does the water alone exert on the bottom?",
    1000 * g * 2 * 50, "N", F, 2, "p = ρ g h = 19620 Pa; F = p A", G2)

# ---------------------------------------------------------------- thermodynamics
F = "thermodynamics"
add("How much heat is needed to raise the temperature of 2 kg of water from 20 °C to 80 °C? The specific heat of water is 4186 J/(kg·K).",
    2 * 4186 * 60, "J", F, 1, "Q = m c ΔT = 2*4186*60 = 502320 J")
add("How much energy does it take to melt 500 g of ice at 0 degrees Celsius? Latent heat of fusion of ice = 334 kJ/kg.",
    0.5 * 334e3, "J", F, 1, "Q = m L = 167000 J")
add("What is the pressure of 2 mol of an ideal gas held in a 0.05 m^3 container at 300 K?",
    2 * R * 300 / 0.05, "Pa", F, 1, "p = nRT/V")
add("A rigid container of ideal gas at 1 atm and 27 °C is heated to 127 °C. What is the new pressure in atmospheres?",
    1 * (127 + 273.15) / (27 + 273.15), "atm", F, 1, "p2 = p1 T2/T1 = 400.15/300.15")
add("How many moles of ideal gas occupy 22.4 L at 0 °C and 1 atm?",
    atm * 22.4e-3 / (R * 273.15), "mol", F, 1, "n = pV/(RT)")
add("What is the average translational kinetic energy of a gas molecule at 300 K?",
    1.5 * kB * 300, "J", F, 1, "E = 3/2 k T")
add("What is the rms speed of nitrogen molecules (molar mass 28 g/mol) at 300 K?",
    math.sqrt(3 * R * 300 / 0.028), "m/s", F, 1, "v_rms = sqrt(3RT/M)")
add("A 1 kW immersion heater warms 3 kg of water (c = 4186 J/kg°C) for 5 min. Ignoring heat losses, by how much does the temperature of the water rise?",
    1000 * 300 / (3 * 4186), "K", F, 2, "Q = P t = 300000 J; ΔT = Q/(m c)")
add("What is the maximum possible efficiency of a heat engine working between reservoirs at 500 K and 300 K? Give it as a fraction.",
    1 - 300 / 500, "dimensionless", F, 1, "η = 1 - Tc/Th = 0.4")
add("A gas absorbs 500 J of heat and does 200 J of work on its surroundings. What is the change in its internal energy?",
    500 - 200, "J", F, 1, "ΔU = Q - W = 300 J")
add("A 10 m steel rail laid in 1998 (expansion coefficient 12 × 10^-6 per K) warms up by 30 K. By how many millimetres does it lengthen?",
    10 * 12e-6 * 30 * 1000, "mm", F, 1, "ΔL = α L ΔT = 0.0036 m = 3.6 mm")
add("How much work does 1 mol of ideal gas do when it expands isothermally at 300 K from 10 L to 20 L?",
    1 * R * 300 * math.log(2), "J", F, 1, "W = nRT ln(V2/V1)")
add("What power is radiated by a black body with a surface area of 2 m^2 at a temperature of 1000 K?",
    sigma * 2 * 1000 ** 4, "W", F, 1, "P = σ A T^4")
add("How much heat is needed to turn 1 kg of ice at -10 °C into water at 0 °C? Take c_ice = 2100 J/(kg K) and L_f = 334 kJ/kg.",
    1 * 2100 * 10 + 1 * 334e3, "J", F, 2, "Q = m c ΔT + m L = 21000 + 334000")
add("200 g of water at 80 °C is mixed with 300 g of water at 20 °C in an insulated cup. What is the final temperature?",
    (0.2 * 80 + 0.3 * 20) / 0.5, "degC", F, 1, "T = (0.2*80 + 0.3*20)/0.5 = 44 °C")
add("How long does a 500 W heater take to bring 1 kg of water from 20 °C to 100 °C, if all the heat goes into the water? c = 4186 J/(kg·K).",
    1 * 4186 * 80 / 500, "s", F, 2, "Q = m c ΔT = 334880 J; t = Q/P")
add("A 2 L container holds gas at 300 K and 100 kPa. How many molecules are inside?",
    100e3 * 2e-3 / (R * 300) * NA, "dimensionless", F, 2, "n = pV/RT = 0.0802 mol; N = n N_A")
add("A lead bullet (specific heat 130 J/kg K) hits a steel plate at 300 m/s and stops. If all its kinetic energy goes into heating the bullet, what is its temperature rise?",
    300 ** 2 / (2 * 130), "K", F, 2, "1/2 m v^2 = m c ΔT -> ΔT = v^2/(2c)")
add("2.0 litres of gas at 27 °C is heated at constant pressure to 327 °C. What is its new volume?",
    2.0 * (327 + 273.15) / (27 + 273.15), "L", F, 1, "Charles: V2 = V1 T2/T1")

# ---------------------------------------------------------------- waves / sound / optics
F = "waves_optics"
add("A wave has a frequency of 50 Hz and a wavelength of 4 m. What is its speed?",
    50 * 4, "m/s", F, 1, "v = f λ = 200 m/s")
add("What is the wavelength of a 440 Hz tuning-fork note in air, where sound travels at 343 m/s?",
    343 / 440, "m", F, 1, "λ = v/f")
add("What is the frequency of light with a wavelength of 500 nm?",
    c / 500e-9, "Hz", F, 1, "f = c/λ")
add("A hiker shouts towards a cliff and hears the echo 3 s later. Sound travels at 340 m/s. How far away is the cliff?",
    340 * 3 / 2, "m", F, 1, "d = v t/2 = 510 m")
add("A car's 400 Hz horn approaches a stationary listener at 30 m/s. The speed of sound is 343 m/s. What frequency does the listener hear?",
    400 * 343 / (343 - 30), "Hz", F, 1, "f' = f v/(v - v_s)")
add("A guitar string 0.65 m long vibrates in its fundamental mode at 196 Hz. What is the speed of waves on the string?",
    196 * 2 * 0.65, "m/s", F, 2, "λ = 2L = 1.3 m; v = f λ")
add("A 0.8 m long string with linear density 0.004 kg/m is under a tension of 64 N. What is its fundamental frequency?",
    math.sqrt(64 / 0.004) / (2 * 0.8), "Hz", F, 2, "v = sqrt(T/μ) = 126.5 m/s; f = v/(2L)")
add("A pipe closed at one end is 0.85 m long. What is its fundamental frequency if sound travels at 340 m/s?",
    340 / (4 * 0.85), "Hz", F, 1, "f = v/(4L) = 100 Hz")
add("A sound has an intensity of 1e-5 W/m^2. What is its sound level in decibels?",
    10 * math.log10(1e-5 / 1e-12), "dB", F, 1, "β = 10 log10(I/1e-12) = 70 dB")
add("An object is placed 30 cm from a converging lens of focal length 10 cm. How far from the lens is the image formed?",
    1 / (1 / 10 - 1 / 30), "cm", F, 1, "1/v = 1/f - 1/u -> v = 15 cm")
add("A 4 cm tall candle stands 15 cm from a convex lens with a focal length of 10 cm. How tall is its image (give the size, ignore whether it is inverted)?",
    4 * (1 / (1 / 10 - 1 / 15)) / 15, "cm", F, 2, "v = 30 cm; m = v/u = 2; h' = 8 cm")
add("An object sits 20 cm in front of a diverging lens whose focal length is 10 cm. How far from the lens is the (virtual) image?",
    1 / (1 / 10 + 1 / 20), "cm", F, 1, "1/v = -1/10 - 1/20 -> |v| = 6.67 cm, same side as object")
add("What is the power of a lens with a focal length of 25 cm, in dioptres?",
    1 / 0.25, "1/m", F, 1, "P = 1/f = 4 D")
add("Light passes from air into glass with refractive index 1.5, striking the surface at 30° to the normal. What is the angle of refraction?",
    math.asin(math.sin(30 * deg) / 1.5) / deg, "degree", F, 1, "sinθ2 = sin30°/1.5")
add("What is the critical angle for light going from water (n = 1.33) into air?",
    math.asin(1 / 1.33) / deg, "degree", F, 1, "sinθc = 1/1.33")
add("A concave make-up mirror has a radius of curvature of 40 cm. What is its focal length?",
    40 / 2, "cm", F, 1, "f = R/2 = 20 cm")
add("Light of wavelength 600 nm passes through two slits 0.2 mm apart and falls on a screen 1.5 m away. What is the fringe spacing?",
    600e-9 * 1.5 / 0.2e-3 * 1000, "mm", F, 1, "Δy = λ L/d = 4.5e-3 m")
add("A diffraction grating has 500 lines per mm. At what angle does the first-order maximum for 500 nm light appear?",
    math.asin(500e-9 / (1e-3 / 500)) / deg, "degree", F, 1, "d = 2e-6 m; sinθ = λ/d = 0.25")
add("Light of frequency 5 x 10^14 Hz enters water with a refractive index of 1.33. What is its wavelength in the water?",
    c / 5e14 / 1.33 * 1e9, "nm", F, 2, "λ0 = c/f = 599.6 nm; λ = λ0/n")

# ---------------------------------------------------------------- electricity
F = "electricity"
add("A 12 V battery that weighs 0.5 kg is connected across a 4 ohm resistor. What current flows?",
    12 / 4, "A", F, 1, "I = V/R = 3 A")
add("What power is dissipated in a 100 Ω resistor carrying 0.2 A?",
    0.2 ** 2 * 100, "W", F, 1, "P = I^2 R = 4 W")
add("What is the equivalent resistance of 2 Ω, 3 Ω and 6 Ω resistors connected in parallel?",
    1 / (1 / 2 + 1 / 3 + 1 / 6), "ohm", F, 1, "1/R = 1/2 + 1/3 + 1/6 = 1")
add("A 9 V battery is connected to a 3 Ω resistor and a 6 Ω resistor in series. What is the voltage across the 6 Ω resistor?",
    9 / (3 + 6) * 6, "V", F, 2, "I = 9/9 = 1 A; V = I R = 6 V")
add("What charge is stored on a 10 μF capacitor charged to 12 V?",
    10e-6 * 12, "C", F, 1, "Q = C V = 1.2e-4 C")
add("How much energy is stored in a 2200 µF capacitor charged to 9 volts?",
    0.5 * 2200e-6 * 9 ** 2, "J", F, 1, "E = 1/2 C V^2 = 0.0891 J")
add("What is the capacitance of an air-filled parallel-plate capacitor with plates of area 0.01 m² separated by 1 mm? Answer in picofarads.",
    eps0 * 0.01 / 1e-3 * 1e12, "pF", F, 1, "C = ε0 A/d = 8.854e-11 F")
add("What is the time constant of a circuit with a 47 kΩ resistor in series with a 100 µF capacitor?",
    47e3 * 100e-6, "s", F, 1, "τ = R C = 4.7 s")
add("Two point charges of 2e-6 C and 3e-6 C are 0.5 m apart. What is the electrostatic force between them?",
    kC * 2e-6 * 3e-6 / 0.5 ** 2, "N", F, 1, "F = k q1 q2/r^2")
add("What is the electric field strength 0.3 m from a point charge of 5 nC?",
    kC * 5e-9 / 0.3 ** 2, "N/C", F, 1, "E = k q/r^2")
add("How much kinetic energy, in joules, does an electron gain when it is accelerated from rest through 500 V?",
    e * 500, "J", F, 1, "E = e V = 500 eV")
add("What is the resistance of a copper wire 100 m long with a cross-sectional area of 1 mm²? The resistivity of copper is 1.7 × 10^-8 Ω·m.",
    1.7e-8 * 100 / 1e-6, "ohm", F, 1, "R = ρ L/A = 1.7 Ω")
add("A 60 W light bulb is designed for 120 V. What is its resistance when lit?",
    120 ** 2 / 60, "ohm", F, 1, "R = V^2/P = 240 Ω")
add("How many kilowatt-hours does a 2 kW fan heater use in 3 hours?",
    2 * 3, "kWh", F, 1, "E = P t = 6 kWh")
add("A 12 V car battery supplies 50 A to the starter motor for 2 s. How much energy does it deliver?",
    12 * 50 * 2, "J", F, 2, "P = V I = 600 W; E = P t = 1200 J")
add("A battery with an emf of 6 V and internal resistance 0.5 Ω is connected to a 2.5 Ω resistor. What is the terminal voltage?",
    6 * 2.5 / (2.5 + 0.5), "V", F, 2, "I = 6/3 = 2 A; V = I R = 5 V")
add("An electron is accelerated from rest through a potential difference of 1000 V. What speed does it reach? Ignore relativity.",
    math.sqrt(2 * e * 1000 / me), "m/s", F, 2, "eV = 1/2 m v^2 -> v = sqrt(2eV/m)")
add("A 2 Ω resistor and a 3 Ω resistor are connected in parallel across a 6 V battery. What total current does the battery supply?",
    6 / (1 / (1 / 2 + 1 / 3)), "A", F, 2, "R = 1.2 Ω; I = 6/1.2 = 5 A")
add("How much energy does a 100 Ω resistor dissipate in 1 minute with 10 V across it?",
    10 ** 2 / 100 * 60, "J", F, 2, "P = V^2/R = 1 W; E = P t = 60 J")
add("Two 4 µF capacitors are connected in series across a 12 V battery. What charge is stored on the combination?",
    (1 / (1 / 4e-6 + 1 / 4e-6)) * 12, "C", F, 2, "C = 2 µF; Q = C V = 24 µC")
add("A parallel-plate capacitor has plates of area 0.02 m^2, 0.5 mm apart with air between them, and is connected to 100 V. How much charge is on each plate?",
    eps0 * 0.02 / 0.5e-3 * 100, "C", F, 2, "C = ε0 A/d = 354 pF; Q = C V")
add("An electron is released in a uniform electric field of 1000 N/C. What is the magnitude of its acceleration?",
    e * 1000 / me, "m/s**2", F, 2, "F = eE; a = F/m")
add("Two parallel plates 2 cm apart have 500 V between them. What force does the field exert on a proton between the plates?",
    e * 500 / 0.02, "N", F, 2, "E = V/d = 25000 V/m; F = eE")

# ---------------------------------------------------------------- magnetism
F = "magnetism"
add("A 0.5 m straight wire carries 3 A at right angles to a 0.2 T magnetic field. What force acts on the wire?",
    0.2 * 3 * 0.5, "N", F, 1, "F = B I L = 0.3 N")
add("A proton moves at 2e5 m/s perpendicular to a 0.5 tesla magnetic field. What is the magnetic force on it?",
    e * 2e5 * 0.5, "N", F, 1, "F = q v B")
add("An electron moving at 1e6 m/s enters a 1 mT magnetic field at right angles. What is the radius of its circular path?",
    me * 1e6 / (e * 1e-3), "m", F, 2, "q v B = m v^2/r -> r = m v/(qB)")
add("A proton travelling at 3 × 10^6 m/s moves perpendicular to a uniform 0.5 T field. What is the radius of its circular path?",
    mp * 3e6 / (e * 0.5), "m", F, 2, "r = m v/(qB)")
add("What is the magnetic field 5 cm from a long straight wire carrying 10 A?",
    mu0 * 10 / (2 * math.pi * 0.05), "T", F, 1, "B = μ0 I/(2π r) = 4e-5 T")
add("What is the magnetic field inside a long solenoid with 1000 turns per metre carrying 2 A?",
    mu0 * 1000 * 2, "T", F, 1, "B = μ0 n I")
add("The magnetic flux through a 200-turn coil changes by 0.03 Wb in 0.1 s. What is the average induced emf?",
    200 * 0.03 / 0.1, "V", F, 1, "emf = N ΔΦ/Δt = 60 V")
add("A transformer has 100 turns on its primary and 500 on its secondary. The primary is connected to 230 V AC. What is the secondary voltage?",
    230 * 500 / 100, "V", F, 1, "Vs = Vp Ns/Np = 1150 V")
add("A 20 cm length of wire carries 5 A at an angle of 30° to a 0.4 T magnetic field. What force acts on it?",
    0.4 * 5 * 0.2 * math.sin(30 * deg), "N", F, 1, "F = B I L sinθ = 0.2 N")
add("What is the cyclotron frequency of a proton in a 1.5 T magnetic field, in MHz?",
    e * 1.5 / (2 * math.pi * mp) / 1e6, "MHz", F, 1, "f = qB/(2π m)")
add("A metal rod 0.5 m long moves at 4 m/s perpendicular to a 0.3 T magnetic field. What emf is induced between its ends?",
    0.3 * 0.5 * 4, "V", F, 1, "emf = B L v = 0.6 V")
add("Two long parallel wires 10 cm apart each carry 5 A. What is the force per metre of length between them?",
    mu0 * 5 * 5 / (2 * math.pi * 0.1), "N/m", F, 1, "F/L = μ0 I1 I2/(2π d) = 5e-5 N/m")
add("A flat 50-turn coil of area 0.01 m^2 sits perpendicular to a magnetic field that grows steadily from 0 to 0.4 T in 0.2 s. What emf is induced?",
    50 * 0.4 * 0.01 / 0.2, "V", F, 2, "ΔΦ = B A = 0.004 Wb; emf = N ΔΦ/Δt = 1 V")

# ---------------------------------------------------------------- atomic / quantum
F = "quantum"
add("What is the energy of a photon of wavelength 500 nm, in electronvolts?",
    h * c / 500e-9 / eV, "eV", F, 1, "E = hc/λ = 2.48 eV")
add("What's the energy in joules of a photon with a frequency of 6 x 10^14 Hz?",
    h * 6e14, "J", F, 1, "E = h f")
add("A 5 mW laser pointer emits light of wavelength 633 nm. How many photons does it emit per second?",
    5e-3 / (h * c / 633e-9), "1/s", F, 2, "E_photon = hc/λ = 3.14e-19 J; N = P/E")
add("Light of wavelength 250 nm falls on a metal whose work function is 2.3 eV. What is the maximum kinetic energy of the emitted electrons, in eV?",
    h * c / 250e-9 / eV - 2.3, "eV", F, 2, "E = hc/λ = 4.96 eV; KE = E - φ")
add("What is the de Broglie wavelength of an electron moving at 2 × 10^6 m/s?",
    h / (me * 2e6), "m", F, 1, "λ = h/(m v)")
add("An electron is accelerated from rest through 100 V. What is its de Broglie wavelength? Use non-relativistic mechanics.",
    h / math.sqrt(2 * me * e * 100), "m", F, 2, "p = sqrt(2 m e V); λ = h/p")
add("What is the de Broglie wavelength of a 0.15 kg cricket ball bowled at 30 m/s?",
    h / (0.15 * 30), "m", F, 1, "λ = h/(m v)")
add("How much energy, in eV, does the photon carry that a hydrogen atom emits when its electron drops from n = 3 to n = 2?",
    Ry_eV * (1 / 4 - 1 / 9), "eV", F, 1, "E = 13.6 eV (1/4 - 1/9) = 1.89 eV")
add("What is the wavelength of the light emitted when a hydrogen atom's electron falls from the n=3 level to the n=2 level?",
    1 / (Rinf * (1 / 4 - 1 / 9)) * 1e9, "nm", F, 2, "ΔE = 1.89 eV; λ = hc/ΔE ≈ 656 nm")
add("An electron is confined to a region 1e-10 m wide. What is the minimum uncertainty in its momentum according to Heisenberg's principle (Δx Δp ≥ ħ/2)?",
    hbar / (2 * 1e-10), "kg*m/s", F, 1, "Δp = ħ/(2Δx)")
add("A metal has a work function of 4.5 eV. What is the longest wavelength of light that can eject electrons from it?",
    h * c / (4.5 * eV) * 1e9, "nm", F, 1, "λ = hc/φ = 275.5 nm")
add("Ultraviolet light of frequency 1.5e15 Hz shines on a metal with a work function of 4.0 eV. What stopping potential is needed to halt the photoelectrons?",
    (h * 1.5e15 / eV - 4.0), "V", F, 2, "hf = 6.20 eV; V_s = (hf - φ)/e = 2.20 V")
add("What is the de Broglie wavelength of a thermal neutron with a kinetic energy of 0.025 eV?",
    h / math.sqrt(2 * mn * 0.025 * eV), "m", F, 2, "p = sqrt(2 m E); λ = h/p = 1.81e-10 m")

# ---------------------------------------------------------------- nuclear
F = "nuclear"
add("A radioactive sample has a half-life of 8 days. What fraction of it remains after 24 days?",
    0.5 ** (24 / 8), "dimensionless", F, 1, "(1/2)^3 = 0.125")
add("Carbon-14 has a half-life of 5730 years. What is its decay constant, per year?",
    math.log(2) / 5730, "1/year", F, 1, "λ = ln2/T½")
add("Starting with 80 g of an isotope whose half-life is 3 hours, how much is left after 9 hours?",
    80 * 0.5 ** 3, "g", F, 1, "80*(1/2)^3 = 10 g")
add("The activity of a sample drops from 800 Bq to 100 Bq over 12 hours. What is its half-life?",
    12 / math.log2(800 / 100), "hour", F, 2, "800/100 = 2^3 -> 3 half-lives in 12 h -> 4 h")
add("How much energy is equivalent to a mass of 1 gram?",
    1e-3 * c ** 2, "J", F, 1, "E = m c^2 = 8.99e13 J")
add("What is the activity of 1 g of radium-226? Its half-life is 1600 years and its molar mass is 226 g/mol.",
    math.log(2) / (1600 * year) * (1 / 226 * NA), "Bq", F, 2,
    "N = N_A/226 = 2.66e21; λ = ln2/(1600 y) = 1.37e-11 /s; A = λN ≈ 3.66e10 Bq")
add("A nucleus has a mass defect of 0.0304 u. What is its binding energy in MeV?",
    0.0304 * u_MeV, "MeV", F, 1, "E = Δm * 931.494 MeV/u")
add("A bone sample contains 25% of the carbon-14 it had when the animal died. Carbon-14's half-life is 5730 years. How old is the bone?",
    5730 * math.log2(1 / 0.25), "year", F, 1, "2 half-lives = 11460 years")
add("An isotope has a half-life of 10 minutes. How long does it take for its activity to fall to 10% of the starting value?",
    10 * math.log2(10), "min", F, 1, "t = T½ log2(10) = 33.2 min")
add("A source with a half-life of 2 h has an activity of 6400 Bq. What will its activity be one day later?",
    6400 * 0.5 ** (24 / 2), "Bq", F, 1, "12 half-lives: 6400/4096 = 1.5625 Bq")

# ---------------------------------------------------------------- relativity
F = "relativity"
add("What is the Lorentz factor for a particle moving at 0.8c?",
    gamma(0.8), "dimensionless", F, 1, "γ = 1/sqrt(1 - 0.64) = 5/3")
add("A clock on a spaceship travelling at 0.6c ticks off 10 s. How much time passes for an observer on Earth?",
    10 * gamma(0.6), "s", F, 1, "Δt = γ Δt0 = 1.25*10 = 12.5 s")
add("A spaceship has a rest length of 100 m and flies past Earth at 0.8 c. How long is it as measured from Earth?",
    100 / gamma(0.8), "m", F, 1, "L = L0/γ = 60 m")
add("A muon has a mean lifetime of 2.2 µs at rest and moves at 0.99c. How far does it travel in the lab during one mean lifetime?",
    0.99 * c * 2.2e-6 * gamma(0.99), "m", F, 2, "γ = 7.09; t = 15.6 µs; d = 0.99 c t ≈ 4.63 km")
add("What is the total energy of a proton moving at 0.6 times the speed of light, in MeV?",
    gamma(0.6) * mp * c ** 2 / MeV, "MeV", F, 2, "γ = 1.25; E = γ m c^2 = 1.25*938.27 MeV")
add("What is the relativistic momentum of an electron moving at 0.9c?",
    gamma(0.9) * me * 0.9 * c, "kg*m/s", F, 2, "γ = 2.294; p = γ m v")
add("A proton has a Lorentz factor of 2. What is its kinetic energy in MeV?",
    (2 - 1) * mp * c ** 2 / MeV, "MeV", F, 1, "KE = (γ - 1) m c^2 = 938.27 MeV")
add("A spaceship travels at 0.8c to a star 8 light-years away, as measured from Earth. How many years does the trip take according to the crew?",
    8 / 0.8 / gamma(0.8), "year", F, 2, "Earth time 10 y; crew time 10/γ = 6 y")
add("What is the kinetic energy of an electron moving at 0.8c, in MeV?",
    (gamma(0.8) - 1) * me * c ** 2 / MeV, "MeV", F, 2, "γ = 5/3; KE = (γ - 1)*0.511 MeV")
add("At what fraction of the speed of light does the Lorentz factor equal 2?",
    math.sqrt(1 - 1 / 2 ** 2), "dimensionless", F, 1, "β = sqrt(1 - 1/γ^2) = sqrt(3)/2")

# ---------------------------------------------------------------- more two-law (chained) questions
add("Maria, a 19-year-old sprinter with a mass of 70 kg, accelerates from rest to 9 m/s in 3 s. What average net force acts on her?",
    70 * 9 / 3, "N", "mechanics", 2, "a = 9/3 = 3 m/s^2; F = m a = 210 N")
add("A 60 g tennis ball, initially almost at rest, leaves the racket at 50 m/s after 4 ms of contact. What average force does the racket exert?",
    0.060 * 50 / 4e-3, "N", "mechanics", 2, "Δp = 0.06*50 = 3 kg m/s; F = Δp/Δt = 750 N")
add("A 1500 kg car travelling at 108 km/h locks its brakes and skids to a halt. The coefficient of kinetic friction between tyres and road is 0.7. How long is the skid?",
    (108 / 3.6) ** 2 / (2 * 0.7 * g), "m", "mechanics", 2, "a = μ g = 6.867 m/s^2; d = v^2/(2a) = 900/13.734", G2)
add("A 0.4 kg ball is kicked straight up with 20 J of kinetic energy. Neglecting air resistance, how high does it rise?",
    20 / (0.4 * g), "m", "mechanics", 2, "KE = m g h -> h = 20/(0.4*9.81)", G2)
add("A 10 g bullet moving at 400 m/s embeds itself in a 2 kg wooden block hanging from light strings. How high does the block swing?",
    (0.010 * 400 / 2.010) ** 2 / (2 * g), "m", "mechanics", 2, "v = 4/2.01 = 1.990 m/s; h = v^2/(2g)", G2)
add("A pump in a three-storey building raises 500 litres of water through a height of 12 m every minute. What is its useful power output?",
    500 * g * 12 / 60, "W", "mechanics", 2, "m = 500 kg; E = m g h = 58860 J per 60 s -> 981 W", G2)
add("How much does a 70 kg astronaut weigh aboard a station orbiting 400 km above the Earth's surface? Earth mass 5.97 × 10^24 kg, radius 6371 km.",
    70 * G * 5.97e24 / (6771e3) ** 2, "N", "gravitation", 2, "g = GM/r^2 = 8.69 m/s^2 at r = 6771 km; W = m g")
add("On a planet of radius 3.4e6 m the surface gravity is 3.7 m/s^2. How fast must a satellite move to orbit just above the surface?",
    math.sqrt(3.7 * 3.4e6), "m/s", "gravitation", 2, "m g = m v^2/R -> v = sqrt(g R)")
add("A 0.2 m × 0.1 m × 0.05 m block of aluminium (density 2700 kg/m³) hangs from a spring scale and is completely lowered into water. What does the scale read?",
    2700 * 0.001 * g - 1000 * 0.001 * g, "N", "fluids", 2, "V = 0.001 m^3; W = 26.49 N; buoyancy = 9.81 N; reading = 16.68 N", G2)
add("A tank 3 m deep is full of oil of density 850 kg/m^3. What force does the oil exert on a circular drain plug of radius 2 cm at the bottom? Ignore atmospheric pressure.",
    850 * g * 3 * math.pi * 0.02 ** 2, "N", "fluids", 2, "p = ρ g h = 25015 Pa; F = p π r^2", G2)
add("Water drops 50 m down a waterfall. If all of its potential energy ends up as heat in the water, by how much does its temperature rise? Take c = 4186 J/(kg·K).",
    g * 50 / 4186, "K", "thermodynamics", 2, "m g h = m c ΔT -> ΔT = g h/c", G2)
add("How much heat must be supplied to 2 mol of a monatomic ideal gas to warm it from 300 K to 400 K at constant volume?",
    2 * 1.5 * R * 100, "J", "thermodynamics", 2, "W = 0 so Q = ΔU = 3/2 n R ΔT")
add("A Carnot engine operating between 600 K and 300 K takes in 1200 J of heat each cycle. How much work does it do per cycle?",
    (1 - 300 / 600) * 1200, "J", "thermodynamics", 2, "η = 1 - 300/600 = 0.5; W = η Q = 600 J")
add("A 256 Hz tuning fork makes an open pipe resonate at its fundamental frequency. Sound travels at 343 m/s. How long is the pipe?",
    343 / 256 / 2, "m", "waves_optics", 2, "λ = v/f = 1.340 m; L = λ/2")
add("An object is placed 12 cm in front of a converging lens with a focal length of 8 cm. By what factor is the image enlarged?",
    (1 / (1 / 8 - 1 / 12)) / 12, "dimensionless", "waves_optics", 2, "v = 24 cm; |m| = v/u = 2")
add("A 4 Ω resistor and a 12 Ω resistor are connected in parallel, and this pair is in series with a 2 Ω resistor across a 10 V battery. What current does the battery supply?",
    10 / (1 / (1 / 4 + 1 / 12) + 2), "A", "electricity", 2, "parallel = 3 Ω; total 5 Ω; I = 2 A")
add("A 470 µF capacitor is charged through a 10 kΩ resistor from a 9 V supply, starting uncharged. What is the capacitor voltage after 4.7 s?",
    9 * (1 - math.exp(-4.7 / (10e3 * 470e-6))), "V", "electricity", 2, "τ = RC = 4.7 s; V = 9(1 - e^-1)")
add("A copper wire 2 m long with a diameter of 0.5 mm (resistivity 1.7e-8 Ω m) is connected across an ideal 1.5 V cell. What current flows?",
    1.5 / (1.7e-8 * 2 / (math.pi * 0.25e-3 ** 2)), "A", "electricity", 2, "A = π(0.25 mm)^2; R = ρL/A = 0.173 Ω; I = V/R")
add("An alpha particle (charge 3.2e-19 C, mass 6.64e-27 kg) is accelerated from rest through 2000 V and then enters a 0.5 T magnetic field at right angles. What is the radius of its path?",
    6.64e-27 * math.sqrt(2 * 3.2e-19 * 2000 / 6.64e-27) / (3.2e-19 * 0.5), "m", "magnetism", 2,
    "v = sqrt(2qV/m) = 4.39e5 m/s; r = m v/(qB)")
add("A horizontal wire 0.3 m long with a mass of 20 g sits in a horizontal 0.5 T magnetic field perpendicular to it. What current makes the magnetic force exactly balance the wire's weight?",
    0.020 * g / (0.5 * 0.3), "A", "magnetism", 2, "B I L = m g -> I = 0.1962/0.15", G2)
add("A 100 W sodium street lamp gives out 10% of its power as light of wavelength 589 nm. How many photons of this light does it emit per second?",
    0.10 * 100 / (h * c / 589e-9), "1/s", "quantum", 2, "E_photon = hc/λ = 3.37e-19 J; N = 10 W / E")
add("How fast must an electron move for its de Broglie wavelength to equal the wavelength of a 1.5 eV photon?",
    h / (me * (h * c / (1.5 * eV))), "m/s", "quantum", 2, "λ = hc/E = 827 nm; v = h/(m λ) = 880 m/s")
add("A sample of iodine-131 (half-life 8.02 days) contains 4 × 10^18 nuclei. What is its activity?",
    math.log(2) / (8.02 * 86400) * 4e18, "Bq", "nuclear", 2, "λ = ln2/(8.02 d) = 1.0e-6 /s; A = λ N")
add("Each fission of a uranium-235 nucleus releases about 200 MeV. How much energy, in joules, is released if 1 g of U-235 (molar mass 235 g/mol) fissions completely?",
    NA / 235 * 200 * MeV, "J", "nuclear", 2, "N = N_A/235 = 2.56e21; E = N*200 MeV = 8.2e10 J")
add("A particle's total energy is three times its rest energy. How fast is it moving, as a fraction of the speed of light?",
    math.sqrt(1 - 1 / 3 ** 2), "dimensionless", "relativity", 2, "γ = 3; β = sqrt(1 - 1/9)")

# ---------------------------------------------------------------- not derivable
nd("A ball is thrown straight up. How high does it go?", "mechanics", 1, "launch speed")
nd("What is the kinetic energy of a car moving at 25 m/s?", "mechanics", 1, "mass")
nd("A spring is compressed by 3 cm. How much energy does it store?", "mechanics", 1, "spring constant")
nd("A car accelerates from rest for 10 seconds. How far does it travel?", "mechanics", 1, "acceleration")
nd("What is the orbital speed of a satellite circling 500 km above the surface of a planet?", "gravitation", 1,
   "planet mass and radius")
nd("What is the buoyant force on a rock fully submerged in water?", "fluids", 1, "volume of the rock")
nd("What is the pressure of 3 mol of an ideal gas at 400 K?", "thermodynamics", 1, "volume")
nd("How much heat is needed to warm a block of aluminium by 30 °C? Its specific heat is 900 J/(kg·K).",
   "thermodynamics", 1, "mass")
nd("A lens forms an image of an object placed 20 cm in front of it. How far from the lens is the image?",
   "waves_optics", 1, "focal length")
nd("A resistor carries a current of 2 A. What is the voltage across it?", "electricity", 1, "resistance")
nd("A capacitor is charged to 12 V. How much energy does it store?", "electricity", 1, "capacitance")
nd("A wire carrying 4 A lies in a magnetic field. What force acts on it?", "magnetism", 1,
   "field strength and wire length")
nd("An electron moves perpendicular to a 0.2 T magnetic field. What is the radius of its path?", "magnetism", 1,
   "electron speed")
nd("A lamp emits a photon of visible light. What is the photon's energy?", "quantum", 1, "wavelength or frequency")
nd("What is the de Broglie wavelength of a proton?", "quantum", 1, "speed or energy")
nd("How much of a radioactive sample remains after 10 days?", "nuclear", 1, "half-life")
nd("A spaceship's clock runs slow compared with clocks on Earth. By what factor?", "relativity", 1, "speed")

nd("A 1200 kg car goes round a bend at 20 m/s. What centripetal force acts on it?", "mechanics", 1, "radius of the bend")
nd("A projectile is launched at 30° above the horizontal from level ground. What is its range?", "mechanics", 1, "launch speed")
nd("A 2 kg block slides from rest down a frictionless ramp. How fast is it going at the bottom?", "mechanics", 2, "height of the ramp")
nd("The small piston of a hydraulic press has an area of 2 cm². What force does the large piston exert?", "fluids", 1,
   "applied force and large-piston area")
nd("A gas is heated at constant pressure from 20 °C to 80 °C. What is its final volume?", "thermodynamics", 1, "initial volume")
nd("A wave travels along a rope with a frequency of 5 Hz. What is its wavelength?", "waves_optics", 1, "wave speed")
nd("Two point charges are 0.1 m apart, and one of them carries 3 µC. What force acts between them?", "electricity", 1,
   "second charge")

# ---------------------------------------------------------------- bad input
bad("The quick brown fox jumps over the lazy dog.", "no question, no physics")
bad("asdf qwerty 42 zxcv??", "nonsense")
bad("What is physics?", "no numbers, not a calculable question")
bad("A 2 kg ball moves at 3 m/s. What is its kinetic energy, and what is its momentum?",
    "two questions at once")
bad("A 5 kg mass sits on a table 1.2 m above the floor.", "statement, no question asked")
bad("How many volts of purple does a gravity banana weigh in kelvin?", "nonsense")
bad("Calculate.", "no question content")
bad("Find the speed of sound in air at 20 °C and also the wavelength of a 1 kHz tone, then convert both to furlongs.",
    "several questions at once")

bad("???", "no content")
bad("kinetic energy mass velocity", "keywords only, no numbers, no question")
bad("If a train leaves the station at 3 pm, what colour is the conductor's hat?", "nonsense, not physics")
bad("A 3 kg mass moves at 2 m/s and a 4 kg mass moves at 5 m/s. What is the momentum of each, and what is their total kinetic energy?",
    "several questions at once")

# ---------------------------------------------------------------- write
for i, q in enumerate(Q, 1):
    q["id"] = f"e12-{i:03d}"
    if q["expected"] is not None:
        assert math.isfinite(q["expected"]), q
    assert q["rel_tol"] in (0.01, 0.02)
Q = [{k: q[k] for k in ("id", "text", "expected", "unit", "outcome", "rel_tol", "laws", "field", "solution")}
     for q in Q]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.json")
with open(out, "w", encoding="utf-8") as fh:
    json.dump(Q, fh, indent=1, ensure_ascii=False)

if __name__ == "__main__":
    from collections import Counter
    print(len(Q), "questions ->", out)
    print("outcome:", dict(Counter(q["outcome"] for q in Q)))
    print("field:", dict(Counter(q["field"] for q in Q)))
    v = [q for q in Q if q["outcome"] == "value"]
    print("laws among values:", dict(Counter(q["laws"] for q in v)))
    for q in v:
        print(q["id"], f"{q['expected']:.6g}", q["unit"], "|", q["text"][:70])
