#!/usr/bin/env python3
"""Held-out physics question batch C: 200 questions with independently computed answers.

Imports only math, json and scipy.constants.  Writes batch_c.json next to this file.
"""
import json
import math
import os

import scipy.constants as sc

# ---------------------------------------------------------------- constants
c = sc.c
h = sc.h
hbar = sc.hbar
e = sc.e
m_e = sc.m_e
m_p = sc.m_p
G = sc.G
k_B = sc.k
N_A = sc.N_A
R_gas = sc.R
sigma = sc.sigma
eps0 = sc.epsilon_0
mu0 = sc.mu_0
g = 9.80665  # standard gravity
k_C = 1.0 / (4.0 * math.pi * eps0)
R_inf = sc.Rydberg
Ry_eV = sc.physical_constants["Rydberg constant times hc in eV"][0]
a0 = sc.physical_constants["Bohr radius"][0]
b_wien = sc.physical_constants["Wien wavelength displacement law constant"][0]
u_MeV = sc.physical_constants["atomic mass constant energy equivalent in MeV"][0]
mp_MeV = sc.physical_constants["proton mass energy equivalent in MeV"][0]
me_MeV = sc.physical_constants["electron mass energy equivalent in MeV"][0]
MeV = 1e6 * e
julian_year = 365.25 * 86400.0
day = 86400.0

Q = []


def add(field, text, given, find, unit, expected, outcome="value", laws=1,
        irrelevant=(), solution="", assumptions="", rel_tol=0.01):
    for name in irrelevant:
        assert name in given, (text, name)
    if outcome == "value":
        assert expected is not None and math.isfinite(expected), text
    else:
        assert expected is None, text
    Q.append({
        "field": field, "text": text, "given": dict(given), "find": find,
        "unit": unit, "expected": expected, "outcome": outcome,
        "rel_tol": rel_tol, "laws": laws, "irrelevant": list(irrelevant),
        "solution": solution, "assumptions": assumptions,
    })


def gamma(beta):
    return 1.0 / math.sqrt(1.0 - beta * beta)


# =================================================================== MECHANICS
F = "mechanics"
add(F, "A car starts from rest and accelerates uniformly at 2.5 m/s^2 for 8.0 s. What is its final speed?",
    {"acceleration of the car": "2.5 m/s^2", "time of acceleration": "8.0 s"},
    "final speed of the car", "m/s", 2.5 * 8.0, laws=1,
    solution="v = a t", assumptions="starts from rest, constant acceleration")

add(F, "A 0.50 kg ball is dropped from rest from a height of 20 m above the ground on Earth "
       "(g = 9.80665 m/s^2). Ignoring air resistance, how fast is it moving just before it hits the ground?",
    {"mass of the ball": "0.50 kg", "drop height": "20 m"},
    "impact speed of the ball", "m/s", math.sqrt(2 * g * 20.0), laws=1,
    irrelevant=["mass of the ball"],
    solution="v = sqrt(2 g h)", assumptions="free fall from rest, no air resistance, g = 9.80665 m/s^2")

add(F, "A projectile is launched from level ground at 25 m/s at 40 degrees above the horizontal. "
       "Ignoring air resistance, how far away does it land (g = 9.80665 m/s^2)?",
    {"launch speed": "25 m/s", "launch angle above the horizontal": "40 deg"},
    "horizontal range of the projectile", "m", 25.0 ** 2 * math.sin(math.radians(80)) / g, laws=2,
    solution="R = v^2 sin(2 theta) / g", assumptions="lands at launch height, no air resistance")

add(F, "A horizontal force of 30 N pulls a 4.0 kg block across a frictionless floor. What is the block's acceleration?",
    {"mass of the block": "4.0 kg", "applied force": "30 N"},
    "acceleration of the block", "m/s^2", 30.0 / 4.0, laws=1,
    solution="a = F / m", assumptions="frictionless, force horizontal")

add(F, "A 10 kg crate on a level floor is pushed with a horizontal force of 50 N. The coefficient of kinetic "
       "friction between crate and floor is 0.30. Find the crate's acceleration once it is sliding (g = 9.80665 m/s^2).",
    {"mass of the crate": "10 kg", "pushing force": "50 N", "coefficient of kinetic friction": "0.30"},
    "acceleration of the crate", "m/s^2", (50.0 - 0.30 * 10.0 * g) / 10.0, laws=2,
    solution="a = (F - mu m g) / m", assumptions="level floor, horizontal push, crate already sliding")

add(F, "A 1200 kg car, 4.5 m long, travels at 90 km/h. What is its kinetic energy?",
    {"mass of the car": "1200 kg", "length of the car": "4.5 m", "speed of the car": "90 km/h"},
    "kinetic energy of the car", "kJ", 0.5 * 1200.0 * (90 / 3.6) ** 2 / 1e3, laws=1,
    irrelevant=["length of the car"],
    solution="KE = m v^2 / 2", assumptions="translational kinetic energy only")

add(F, "A spring with spring constant 400 N/m is compressed by 10 cm. How much elastic potential energy does it store?",
    {"spring constant": "400 N/m", "compression of the spring": "10 cm"},
    "elastic potential energy", "J", 0.5 * 400.0 * 0.10 ** 2, laws=1,
    solution="U = k x^2 / 2", assumptions="ideal Hookean spring")

add(F, "A 2.0 kg cart moving at 3.0 m/s collides with a stationary 1.0 kg cart and the two stick together. "
       "What is their common speed just after the collision?",
    {"mass of cart 1": "2.0 kg", "speed of cart 1": "3.0 m/s", "mass of cart 2": "1.0 kg"},
    "speed of the carts after the collision", "m/s", 2.0 * 3.0 / 3.0, laws=1,
    solution="v = m1 v1 / (m1 + m2)", assumptions="perfectly inelastic, cart 2 at rest, no external horizontal forces")

add(F, "Ball 1 (mass 1.0 kg) moving at 4.0 m/s strikes ball 2 (mass 3.0 kg), which is at rest, in a head-on "
       "perfectly elastic collision. What is the speed of ball 2 after the collision?",
    {"mass of ball 1": "1.0 kg", "speed of ball 1 before the collision": "4.0 m/s", "mass of ball 2": "3.0 kg"},
    "speed of ball 2 after the collision", "m/s", 2 * 1.0 / (1.0 + 3.0) * 4.0, laws=2,
    solution="v2' = 2 m1 v1 / (m1 + m2)", assumptions="one-dimensional elastic collision, ball 2 initially at rest")

I_disk = 0.5 * 2.0 * 0.30 ** 2
w_disk = 120 * 2 * math.pi / 60
add(F, "A uniform solid disk of mass 2.0 kg and radius 0.30 m spins about its central axis at 120 rpm. "
       "What is its rotational kinetic energy?",
    {"mass of the disk": "2.0 kg", "radius of the disk": "0.30 m", "rotation rate": "120 rpm"},
    "rotational kinetic energy", "J", 0.5 * I_disk * w_disk ** 2, laws=2,
    solution="I = M R^2 / 2; KE = I omega^2 / 2", assumptions="uniform solid disk about its symmetry axis")

add(F, "A force of 20 N is applied perpendicular to a door at a distance of 0.40 m from the hinge line. "
       "What torque does it exert about the hinges?",
    {"applied force": "20 N", "distance from the hinge": "0.40 m"},
    "torque about the hinge", "N*m", 20.0 * 0.40, laws=1,
    solution="tau = r F (perpendicular)", assumptions="force perpendicular to the door")

add(F, "A 1000 kg car rounds a flat curve of radius 50 m at a steady 15 m/s. The coefficient of static friction "
       "between tyres and road is 0.80. What friction force must the road supply to keep the car on the curve?",
    {"mass of the car": "1000 kg", "radius of the curve": "50 m", "speed of the car": "15 m/s",
     "coefficient of static friction": "0.80"},
    "required friction force", "N", 1000.0 * 15.0 ** 2 / 50.0, laws=1,
    irrelevant=["coefficient of static friction"],
    solution="f = m v^2 / r (below mu m g, so no skid)", assumptions="flat unbanked curve, uniform circular motion")

add(F, "A motor lifts a 50 kg load vertically by 12 m in 10 s at constant speed on Earth (g = 9.80665 m/s^2). "
       "What average power does the motor deliver?",
    {"mass of the load": "50 kg", "lift height": "12 m", "lifting time": "10 s"},
    "power of the motor", "W", 50.0 * g * 12.0 / 10.0, laws=2,
    solution="P = m g h / t", assumptions="constant speed, no losses")

add(F, "A simple pendulum has a string 1.5 m long and a 0.20 kg bob. What is its period for small swings on Earth "
       "(g = 9.80665 m/s^2)?",
    {"length of the pendulum": "1.5 m", "mass of the bob": "0.20 kg"},
    "period of the pendulum", "s", 2 * math.pi * math.sqrt(1.5 / g), laws=1,
    irrelevant=["mass of the bob"],
    solution="T = 2 pi sqrt(L/g)", assumptions="small-angle oscillation, point bob")

add(F, "A 0.25 kg mass hangs on a spring of spring constant 100 N/m. At what frequency does it oscillate?",
    {"mass on the spring": "0.25 kg", "spring constant": "100 N/m"},
    "oscillation frequency", "Hz", math.sqrt(100.0 / 0.25) / (2 * math.pi), laws=1,
    solution="f = (1/2pi) sqrt(k/m)", assumptions="ideal massless spring, simple harmonic motion")

add(F, "A 0.40 kg ball at rest is struck by a bat that exerts an average force of 200 N for 0.050 s. "
       "How fast does the ball leave the bat?",
    {"mass of the ball": "0.40 kg", "average force of the bat": "200 N", "contact time": "0.050 s"},
    "speed of the ball after the hit", "m/s", 200.0 * 0.050 / 0.40, laws=1,
    solution="v = F dt / m", assumptions="ball initially at rest, other forces negligible during contact")

add(F, "A truck travels along a straight highway at 20 m/s. What is its kinetic energy?",
    {"speed of the truck": "20 m/s"},
    "kinetic energy of the truck", "kJ", None, outcome="not derivable", laws=1,
    solution="KE = m v^2 / 2, but the mass of the truck is not given",
    assumptions="")

add(F, "A motorbike starts from rest and accelerates uniformly at 3.0 m/s^2. What is its speed at the end of the "
       "acceleration phase?",
    {"acceleration of the motorbike": "3.0 m/s^2"},
    "final speed of the motorbike", "m/s", None, outcome="not derivable", laws=1,
    solution="v = a t or v^2 = 2 a d, but neither the duration nor the distance is given",
    assumptions="")

add(F, "A car starts from rest and accelerates uniformly at 2.0 m/s^2 for 5.0 s, reaching a speed of 15 m/s. "
       "How far does it travel during this time?",
    {"acceleration of the car": "2.0 m/s^2", "time of acceleration": "5.0 s", "final speed of the car": "15 m/s"},
    "distance travelled", "m", None, outcome="ill-posed", laws=1,
    solution="From rest, a t = 10 m/s, contradicting the stated 15 m/s; d = a t^2/2 = 25 m but d = v t/2 = 37.5 m",
    assumptions="uniform acceleration from rest")

add(F, "A ball is thrown at 20 m/s at an angle of 30 degrees. Ignoring air resistance, how high does it rise above "
       "the launch point (g = 9.80665 m/s^2)?",
    {"launch speed": "20 m/s", "launch angle": "30 deg"},
    "maximum height", "m", None, outcome="ambiguous", laws=1,
    solution="Angle from the horizontal: h = (v sin30)^2/2g = 5.10 m; from the vertical: h = (v cos30)^2/2g = 15.3 m",
    assumptions="the reference direction of the angle is not stated")

# ================================================================ GRAVITATION
F = "gravitation"
add(F, "Two 1000 kg spheres have their centres 2.0 m apart. What is the gravitational force between them?",
    {"mass of the first sphere": "1000 kg", "mass of the second sphere": "1000 kg",
     "distance between the centres": "2.0 m"},
    "gravitational force", "N", G * 1000.0 * 1000.0 / 2.0 ** 2, laws=1,
    solution="F = G m1 m2 / r^2", assumptions="spherically symmetric masses")

add(F, "Mars has a mass of 6.42e23 kg and a radius of 3390 km. What is the gravitational acceleration at its surface?",
    {"mass of Mars": "6.42e23 kg", "radius of Mars": "3390 km"},
    "surface gravitational acceleration", "m/s^2", G * 6.42e23 / 3.39e6 ** 2, laws=1,
    solution="g = G M / R^2", assumptions="spherical planet, rotation neglected")

r_iss = 6371e3 + 400e3
add(F, "A satellite is in a circular orbit 400 km above the Earth's surface. Earth's mass is 5.972e24 kg and its "
       "radius is 6371 km. What is the satellite's orbital speed?",
    {"altitude of the satellite": "400 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital speed", "km/s", math.sqrt(G * 5.972e24 / r_iss) / 1e3, laws=2,
    solution="r = R + h; v = sqrt(G M / r)", assumptions="circular orbit, satellite mass negligible")

add(F, "How long does one revolution take for a satellite in a circular orbit at an altitude of 400 km above the "
       "Earth? Use 5.972e24 kg for the mass of the Earth and 6371 km for its radius.",
    {"altitude of the orbit": "400 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital period", "min", 2 * math.pi * math.sqrt(r_iss ** 3 / (G * 5.972e24)) / 60, laws=2,
    solution="T = 2 pi sqrt(r^3 / (G M)), r = R + h", assumptions="circular orbit")

add(F, "The Moon has a mass of 7.35e22 kg and a radius of 1737 km. What is the escape speed from its surface?",
    {"mass of the Moon": "7.35e22 kg", "radius of the Moon": "1737 km"},
    "escape speed", "km/s", math.sqrt(2 * G * 7.35e22 / 1.737e6) / 1e3, laws=1,
    solution="v = sqrt(2 G M / R)", assumptions="no atmosphere, non-rotating body")

T_geo = 23.934 * 3600
add(F, "A geostationary satellite orbits Earth once every sidereal day of 23.934 h. Earth's mass is 5.972e24 kg. "
       "What is the radius of its orbit measured from Earth's centre?",
    {"orbital period": "23.934 h", "mass of the Earth": "5.972e24 kg"},
    "orbital radius", "km", (G * 5.972e24 * T_geo ** 2 / (4 * math.pi ** 2)) ** (1 / 3) / 1e3, laws=1,
    solution="r = (G M T^2 / 4 pi^2)^(1/3)", assumptions="circular orbit")

add(F, "A planet moves around a star of mass 1.989e30 kg on an orbit with a semi-major axis of 2.28e11 m. "
       "What is its orbital period in days?",
    {"mass of the star": "1.989e30 kg", "semi-major axis of the orbit": "2.28e11 m"},
    "orbital period", "day", 2 * math.pi * math.sqrt(2.28e11 ** 3 / (G * 1.989e30)) / day, laws=1,
    solution="T = 2 pi sqrt(a^3 / (G M))", assumptions="planet mass negligible compared with the star")

add(F, "A moon circles a planet in a circular orbit of radius 4.22e8 m with a period of 1.769 days. "
       "What is the mass of the planet?",
    {"orbital radius of the moon": "4.22e8 m", "orbital period of the moon": "1.769 day"},
    "mass of the planet", "kg", 4 * math.pi ** 2 * 4.22e8 ** 3 / (G * (1.769 * day) ** 2), laws=1,
    solution="M = 4 pi^2 r^3 / (G T^2)", assumptions="moon mass negligible, circular orbit")

add(F, "A 1000 kg satellite is 7000 km from the centre of the Earth (mass 5.972e24 kg). What is its gravitational "
       "potential energy, taking zero at infinite separation?",
    {"mass of the satellite": "1000 kg", "distance from Earth's centre": "7000 km", "mass of the Earth": "5.972e24 kg"},
    "gravitational potential energy", "GJ", -G * 5.972e24 * 1000.0 / 7.0e6 / 1e9, laws=1,
    solution="U = -G M m / r", assumptions="zero of potential energy at infinity")

add(F, "An astronaut of mass 70 kg stands on a planet of radius 3390 km where the gravitational acceleration at "
       "the surface is 3.71 m/s^2. What is the astronaut's weight there?",
    {"mass of the astronaut": "70 kg", "radius of the planet": "3390 km", "surface gravity of the planet": "3.71 m/s^2"},
    "weight of the astronaut", "N", 70.0 * 3.71, laws=1,
    irrelevant=["radius of the planet"],
    solution="W = m g", assumptions="")

dU = G * 5.972e24 * 500.0 * (1 / 6.371e6 - 1 / 7.371e6)
add(F, "How much does the gravitational potential energy of a 500 kg satellite increase when it is raised from "
       "Earth's surface to an altitude of 1000 km? Earth's mass is 5.972e24 kg and its radius is 6371 km.",
    {"mass of the satellite": "500 kg", "altitude": "1000 km", "mass of the Earth": "5.972e24 kg",
     "radius of the Earth": "6371 km"},
    "increase in gravitational potential energy", "GJ", dU / 1e9, laws=1,
    solution="dU = G M m (1/R - 1/(R+h))", assumptions="Newtonian gravity, rotation neglected")

add(F, "The gravitational acceleration at the Earth's surface is 9.81 m/s^2 and the Earth's radius is 6371 km. "
       "What is the gravitational acceleration at an altitude of 6371 km above the surface?",
    {"gravitational acceleration at Earth's surface": "9.81 m/s^2", "radius of the Earth": "6371 km",
     "altitude above the surface": "6371 km"},
    "gravitational acceleration at that altitude", "m/s^2", 9.81 * (6371.0 / (2 * 6371.0)) ** 2, laws=1,
    solution="g' = g (R/(R+h))^2", assumptions="inverse-square law, spherical Earth")

add(F, "The Earth orbits the Sun (mass 1.989e30 kg) on a nearly circular orbit of radius 1.496e11 m. "
       "What is Earth's orbital speed?",
    {"mass of the Sun": "1.989e30 kg", "radius of Earth's orbit": "1.496e11 m"},
    "orbital speed of the Earth", "km/s", math.sqrt(G * 1.989e30 / 1.496e11) / 1e3, laws=1,
    solution="v = sqrt(G M / r)", assumptions="circular orbit")

add(F, "What is the Schwarzschild radius of a black hole with a mass of 1.989e31 kg (ten solar masses)?",
    {"mass of the black hole": "1.989e31 kg"},
    "Schwarzschild radius", "km", 2 * G * 1.989e31 / c ** 2 / 1e3, laws=1,
    solution="r_s = 2 G M / c^2", assumptions="non-rotating, uncharged black hole")

add(F, "A 500 kg satellite circles a distant planet on a circular orbit of radius 8000 km. What is its orbital period?",
    {"orbital radius of the satellite": "8000 km", "mass of the satellite": "500 kg"},
    "orbital period", "min", None, outcome="not derivable", laws=1,
    solution="T = 2 pi sqrt(r^3/(G M)) needs the planet's mass, which is not given",
    assumptions="")

add(F, "An asteroid is a sphere of radius 50 km. What is the escape speed from its surface?",
    {"radius of the asteroid": "50 km"},
    "escape speed", "m/s", None, outcome="not derivable", laws=1,
    solution="v = sqrt(2 G M / R) needs the mass (or density) of the asteroid, which is not given",
    assumptions="")

add(F, "A satellite moves on a circular orbit of radius 7000 km around the Earth (mass 5.972e24 kg) at a speed "
       "of 3.0 km/s. What is its orbital period?",
    {"orbital radius": "7000 km", "mass of the Earth": "5.972e24 kg", "speed of the satellite": "3.0 km/s"},
    "orbital period", "min", None, outcome="ill-posed", laws=1,
    solution="A circular orbit at 7000 km requires v = sqrt(GM/r) = 7.55 km/s, not 3.0 km/s; "
             "2 pi r / v and 2 pi sqrt(r^3/GM) disagree",
    assumptions="circular orbit")

add(F, "A satellite orbits the Earth at 20000 km. Earth's mass is 5.972e24 kg and its radius is 6371 km. "
       "How fast does the satellite move on its circular orbit?",
    {"orbit distance": "20000 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital speed", "km/s", None, outcome="ambiguous", laws=2,
    solution="If 20000 km is the orbital radius, v = 4.46 km/s; if it is the altitude above the surface, "
             "r = 26371 km and v = 3.89 km/s",
    assumptions="it is not stated whether 20000 km is measured from the centre or from the surface")

# ===================================================================== FLUIDS
F = "fluids"
add(F, "What is the gauge pressure at a depth of 10 m in a freshwater lake (density 1000 kg/m^3, g = 9.80665 m/s^2)?",
    {"depth": "10 m", "density of fresh water": "1000 kg/m^3"},
    "gauge pressure", "kPa", 1000.0 * g * 10.0 / 1e3, laws=1,
    solution="p = rho g h", assumptions="incompressible water at rest")

add(F, "A diver is 25 m below the surface of the sea. The seawater density is 1025 kg/m^3 and the atmospheric "
       "pressure at the surface is 101.325 kPa. What is the absolute pressure on the diver (g = 9.80665 m/s^2)?",
    {"depth of the diver": "25 m", "density of seawater": "1025 kg/m^3", "atmospheric pressure": "101.325 kPa"},
    "absolute pressure", "kPa", 101.325 + 1025.0 * g * 25.0 / 1e3, laws=1,
    solution="p = p_atm + rho g h", assumptions="incompressible seawater")

add(F, "A 5.0 kg object of volume 0.0020 m^3 is held completely under water (density 1000 kg/m^3). What buoyant "
       "force acts on it (g = 9.80665 m/s^2)?",
    {"mass of the object": "5.0 kg", "volume of the object": "0.0020 m^3", "density of water": "1000 kg/m^3"},
    "buoyant force", "N", 1000.0 * g * 0.0020, laws=1,
    irrelevant=["mass of the object"],
    solution="F_b = rho_fluid g V", assumptions="fully submerged")

add(F, "An iceberg of density 917 kg/m^3 floats in seawater of density 1025 kg/m^3. What fraction of its volume "
       "is below the waterline?",
    {"density of ice": "917 kg/m^3", "density of seawater": "1025 kg/m^3"},
    "submerged fraction of the volume", "", 917.0 / 1025.0, laws=1,
    solution="fraction = rho_ice / rho_sea", assumptions="floating in equilibrium")

add(F, "Water flows at 2.0 m/s through a pipe of diameter 4.0 cm that narrows to a diameter of 2.0 cm. "
       "How fast does the water move in the narrow part?",
    {"diameter of the wide section": "4.0 cm", "flow speed in the wide section": "2.0 m/s",
     "diameter of the narrow section": "2.0 cm"},
    "flow speed in the narrow section", "m/s", 2.0 * (4.0 / 2.0) ** 2, laws=1,
    solution="v2 = v1 (d1/d2)^2", assumptions="incompressible steady flow")

v2b = 2.0 * (4.0 / 2.0) ** 2
add(F, "Water (density 1000 kg/m^3) flows through a horizontal pipe. In a section of diameter 4.0 cm the speed "
       "is 2.0 m/s and the pressure is 200 kPa. What is the pressure in a section of diameter 2.0 cm?",
    {"density of water": "1000 kg/m^3", "diameter of the wide section": "4.0 cm",
     "flow speed in the wide section": "2.0 m/s", "pressure in the wide section": "200 kPa",
     "diameter of the narrow section": "2.0 cm"},
    "pressure in the narrow section", "kPa", (200e3 - 0.5 * 1000.0 * (v2b ** 2 - 2.0 ** 2)) / 1e3, laws=2,
    solution="v2 = v1 (d1/d2)^2; p2 = p1 - rho (v2^2 - v1^2)/2", assumptions="inviscid incompressible steady flow, horizontal")

add(F, "An open water tank has a small hole of diameter 1.0 cm in its side, 3.0 m below the water surface. "
       "With what speed does the water leave the hole (g = 9.80665 m/s^2)?",
    {"depth of the hole below the surface": "3.0 m", "diameter of the hole": "1.0 cm"},
    "efflux speed", "m/s", math.sqrt(2 * g * 3.0), laws=1,
    irrelevant=["diameter of the hole"],
    solution="v = sqrt(2 g h) (Torricelli)", assumptions="large open tank, ideal fluid")

add(F, "In a hydraulic press, a force of 100 N is applied to the small piston of area 10 cm^2. The large piston has "
       "an area of 500 cm^2. What force does the large piston exert?",
    {"force on the small piston": "100 N", "area of the small piston": "10 cm^2", "area of the large piston": "500 cm^2"},
    "force on the large piston", "N", 100.0 * 500.0 / 10.0, laws=1,
    solution="F2 = F1 A2 / A1 (Pascal)", assumptions="pistons at the same height, frictionless")

add(F, "Water flows at 3.0 m/s through a pipe of inner radius 1.5 cm. What is the volume flow rate?",
    {"inner radius of the pipe": "1.5 cm", "flow speed": "3.0 m/s"},
    "volume flow rate", "L/s", math.pi * 0.015 ** 2 * 3.0 * 1e3, laws=1,
    solution="Q = pi r^2 v", assumptions="uniform speed over the cross-section")

add(F, "Water of viscosity 1.0e-3 Pa*s flows through a horizontal tube of radius 1.0 mm and length 0.50 m under a "
       "pressure difference of 2.0 kPa. What is the volume flow rate (laminar flow)?",
    {"viscosity of water": "1.0e-3 Pa*s", "radius of the tube": "1.0 mm", "length of the tube": "0.50 m",
     "pressure difference": "2.0 kPa"},
    "volume flow rate", "mL/s", math.pi * 1e-3 ** 4 * 2000.0 / (8 * 1.0e-3 * 0.50) * 1e6, laws=1,
    solution="Q = pi r^4 dP / (8 eta L) (Poiseuille)", assumptions="laminar, fully developed Newtonian flow")

add(F, "A glass bead of radius 1.0 mm and density 2500 kg/m^3 sinks through glycerin (density 1260 kg/m^3, "
       "viscosity 1.41 Pa*s). What is its terminal speed (g = 9.80665 m/s^2)?",
    {"radius of the bead": "1.0 mm", "density of the bead": "2500 kg/m^3", "density of glycerin": "1260 kg/m^3",
     "viscosity of glycerin": "1.41 Pa*s"},
    "terminal speed", "mm/s", 2 * 1e-3 ** 2 * (2500.0 - 1260.0) * g / (9 * 1.41) * 1e3, laws=2,
    solution="v = 2 r^2 (rho_s - rho_f) g / (9 eta) (Stokes drag + buoyancy)", assumptions="Stokes regime (low Reynolds number)")

add(F, "A metal block has a mass of 0.54 kg and a volume of 200 cm^3. What is its density?",
    {"mass of the block": "0.54 kg", "volume of the block": "200 cm^3"},
    "density of the block", "kg/m^3", 0.54 / 200e-6, laws=1,
    solution="rho = m / V", assumptions="homogeneous block")

add(F, "A 2.7 kg aluminium block (density 2700 kg/m^3) hangs from a spring scale, fully submerged in water of "
       "density 1000 kg/m^3. What does the scale read (g = 9.80665 m/s^2)?",
    {"mass of the block": "2.7 kg", "density of aluminium": "2700 kg/m^3", "density of water": "1000 kg/m^3"},
    "scale reading (apparent weight)", "N", 2.7 * g - 1000.0 * (2.7 / 2700.0) * g, laws=2,
    solution="V = m/rho_Al; W_app = m g - rho_w V g", assumptions="fully submerged, block in equilibrium")

add(F, "How high does water rise in a clean glass capillary tube of inner radius 0.50 mm? The surface tension of "
       "water is 0.0728 N/m, its density is 1000 kg/m^3 and the contact angle is zero (g = 9.80665 m/s^2).",
    {"inner radius of the tube": "0.50 mm", "surface tension of water": "0.0728 N/m", "density of water": "1000 kg/m^3",
     "contact angle": "0 deg"},
    "capillary rise", "cm", 2 * 0.0728 / (1000.0 * g * 0.50e-3) * 100, laws=1,
    solution="h = 2 gamma cos(theta) / (rho g r)", assumptions="Jurin's law")

add(F, "Water (density 1000 kg/m^3, viscosity 1.0e-3 Pa*s) flows at 0.50 m/s through a pipe of diameter 2.0 cm. "
       "What is the Reynolds number of the flow?",
    {"density of water": "1000 kg/m^3", "viscosity of water": "1.0e-3 Pa*s", "flow speed": "0.50 m/s",
     "diameter of the pipe": "2.0 cm"},
    "Reynolds number", "", 1000.0 * 0.50 * 0.020 / 1.0e-3, laws=1,
    solution="Re = rho v D / eta", assumptions="pipe diameter as characteristic length")

add(F, "A 25 kg rock of volume 0.010 m^3 is fully submerged in an unknown liquid. What buoyant force acts on it?",
    {"mass of the rock": "25 kg", "volume of the rock": "0.010 m^3"},
    "buoyant force", "N", None, outcome="not derivable", laws=1,
    solution="F_b = rho_liquid g V, but the liquid's density is not given",
    assumptions="")

add(F, "Water flows at 1.5 m/s in the wide part of a pipe and then enters a narrow section of diameter 1.0 cm. "
       "How fast does it move in the narrow section?",
    {"flow speed in the wide section": "1.5 m/s", "diameter of the narrow section": "1.0 cm"},
    "flow speed in the narrow section", "m/s", None, outcome="not derivable", laws=1,
    solution="v2 = v1 (d1/d2)^2 needs the diameter of the wide section, which is not given",
    assumptions="")

add(F, "What is the pressure at a depth of 5.0 m in a freshwater lake? Take the water density as 1000 kg/m^3, the "
       "atmospheric pressure as 101.3 kPa and g = 9.80665 m/s^2.",
    {"depth": "5.0 m", "density of water": "1000 kg/m^3", "atmospheric pressure": "101.3 kPa"},
    "pressure", "kPa", None, outcome="ambiguous", laws=1,
    solution="Gauge pressure rho g h = 49.0 kPa; absolute pressure p_atm + rho g h = 150.3 kPa",
    assumptions="gauge or absolute pressure is not specified")

# ============================================================= THERMODYNAMICS
F = "thermodynamics"
add(F, "How much heat is needed to warm 2.0 kg of water from 20 degC to 80 degC? The specific heat capacity of "
       "water is 4186 J/(kg*K).",
    {"mass of water": "2.0 kg", "initial temperature": "20 degC", "final temperature": "80 degC",
     "specific heat capacity of water": "4186 J/(kg*K)"},
    "heat required", "kJ", 2.0 * 4186.0 * 60.0 / 1e3, laws=1,
    solution="Q = m c dT", assumptions="no phase change, no losses")

add(F, "How much heat is needed to melt 0.50 kg of ice already at 0 degC? The latent heat of fusion of ice is 334 kJ/kg.",
    {"mass of ice": "0.50 kg", "latent heat of fusion of ice": "334 kJ/kg"},
    "heat required", "kJ", 0.50 * 334.0, laws=1,
    solution="Q = m L_f", assumptions="ice at the melting point")

add(F, "A 0.20 kg block of ice at -10 degC is turned into liquid water at 20 degC. The specific heat of ice is "
       "2100 J/(kg*K), that of water is 4186 J/(kg*K), and the latent heat of fusion is 334 kJ/kg. How much heat is needed?",
    {"mass of ice": "0.20 kg", "initial temperature of the ice": "-10 degC", "final temperature of the water": "20 degC",
     "specific heat of ice": "2100 J/(kg*K)", "specific heat of water": "4186 J/(kg*K)",
     "latent heat of fusion": "334 kJ/kg"},
    "total heat required", "kJ", 0.20 * (2100.0 * 10 + 334e3 + 4186.0 * 20) / 1e3, laws=3,
    solution="Q = m c_ice (10 K) + m L_f + m c_w (20 K)", assumptions="melting at 0 degC, no losses")

add(F, "2.0 mol of an ideal gas at 300 K occupy a volume of 0.050 m^3. What is the pressure of the gas?",
    {"amount of gas": "2.0 mol", "temperature of the gas": "300 K", "volume of the gas": "0.050 m^3"},
    "pressure of the gas", "kPa", 2.0 * R_gas * 300.0 / 0.050 / 1e3, laws=1,
    solution="p = n R T / V", assumptions="ideal gas")

add(F, "1.0 mol of an ideal gas expands isothermally at 300 K from 10 L to 20 L. How much work does the gas do?",
    {"amount of gas": "1.0 mol", "temperature": "300 K", "initial volume": "10 L", "final volume": "20 L"},
    "work done by the gas", "J", 1.0 * R_gas * 300.0 * math.log(2.0), laws=1,
    solution="W = n R T ln(V2/V1)", assumptions="reversible isothermal process, ideal gas")

add(F, "An ideal (Carnot) engine runs between a hot reservoir at 227 degC and a cold reservoir at 27 degC. "
       "What is its efficiency?",
    {"temperature of the hot reservoir": "227 degC", "temperature of the cold reservoir": "27 degC"},
    "efficiency", "", 1 - 300.15 / 500.15, laws=1,
    solution="eta = 1 - T_c/T_h with kelvin temperatures", assumptions="reversible Carnot cycle")

add(F, "A heat engine with an efficiency of 25% takes in 4000 J of heat per cycle from a hot reservoir at 600 K. "
       "How much work does it do per cycle?",
    {"efficiency of the engine": "0.25", "heat input per cycle": "4000 J", "temperature of the hot reservoir": "600 K"},
    "work per cycle", "J", 0.25 * 4000.0, laws=1,
    irrelevant=["temperature of the hot reservoir"],
    solution="W = eta Q_h", assumptions="")

add(F, "An ideal (Carnot) refrigerator keeps its interior at 5 degC while the kitchen is at 30 degC. "
       "What is its coefficient of performance?",
    {"temperature inside the refrigerator": "5 degC", "temperature of the kitchen": "30 degC"},
    "coefficient of performance", "", 278.15 / (303.15 - 278.15), laws=1,
    solution="COP = T_c / (T_h - T_c) in kelvin", assumptions="reversible refrigerator")

add(F, "A steel rail is 12 m long at 10 degC. The coefficient of linear expansion of steel is 1.2e-5 1/K. "
       "By how much does the rail lengthen when it warms to 40 degC?",
    {"length of the rail": "12 m", "initial temperature": "10 degC", "final temperature": "40 degC",
     "coefficient of linear expansion": "1.2e-5 1/K"},
    "increase in length", "mm", 12.0 * 1.2e-5 * 30.0 * 1e3, laws=1,
    solution="dL = alpha L dT", assumptions="linear expansion, free rail")

add(F, "A glass window pane has an area of 1.5 m^2 and a thickness of 4.0 mm. The inside surface is at 20 degC and "
       "the outside surface at 0 degC. The thermal conductivity of glass is 0.80 W/(m*K). What is the rate of heat loss?",
    {"area of the window": "1.5 m^2", "thickness of the glass": "4.0 mm", "inside surface temperature": "20 degC",
     "outside surface temperature": "0 degC", "thermal conductivity of glass": "0.80 W/(m*K)"},
    "rate of heat conduction", "kW", 0.80 * 1.5 * 20.0 / 0.0040 / 1e3, laws=1,
    solution="P = k A dT / d", assumptions="steady one-dimensional conduction")

add(F, "A black body with a surface area of 2.0 m^2 is at 310 K. At what rate does it radiate energy?",
    {"surface area": "2.0 m^2", "temperature of the body": "310 K"},
    "radiated power", "W", sigma * 2.0 * 310.0 ** 4, laws=1,
    solution="P = sigma A T^4", assumptions="emissivity 1, emission only (no absorption)")

add(F, "What is the root-mean-square speed of nitrogen molecules (molar mass 28.0 g/mol) in a gas at 300 K?",
    {"molar mass of nitrogen": "28.0 g/mol", "temperature of the gas": "300 K"},
    "rms speed", "m/s", math.sqrt(3 * R_gas * 300.0 / 0.0280), laws=1,
    solution="v_rms = sqrt(3 R T / M)", assumptions="ideal gas")

add(F, "1.0 kg of ice melts at 0 degC. The latent heat of fusion is 334 kJ/kg. What is the entropy change of the ice?",
    {"mass of ice": "1.0 kg", "melting temperature": "0 degC", "latent heat of fusion": "334 kJ/kg"},
    "entropy change", "J/K", 1.0 * 334e3 / 273.15, laws=2,
    solution="Q = m L; dS = Q / T", assumptions="reversible melting at constant temperature")

add(F, "An ideal diatomic gas (adiabatic index 1.40) at 100 kPa and 1.0 L is compressed adiabatically and "
       "reversibly to 0.50 L. What is its final pressure?",
    {"adiabatic index": "1.40", "initial pressure": "100 kPa", "initial volume": "1.0 L", "final volume": "0.50 L"},
    "final pressure", "kPa", 100.0 * (1.0 / 0.50) ** 1.40, laws=1,
    solution="p2 = p1 (V1/V2)^gamma", assumptions="reversible adiabatic, ideal gas")

add(F, "A 3.0 kg block of an unknown metal is heated so that its temperature rises by 50 K. How much heat did it absorb?",
    {"mass of the block": "3.0 kg", "temperature rise": "50 K"},
    "heat absorbed", "kJ", None, outcome="not derivable", laws=1,
    solution="Q = m c dT needs the specific heat capacity, which is not given",
    assumptions="")

add(F, "A container holds 1.5 mol of an ideal gas at 350 K. What is the pressure of the gas?",
    {"amount of gas": "1.5 mol", "temperature of the gas": "350 K"},
    "pressure of the gas", "kPa", None, outcome="not derivable", laws=1,
    solution="p = n R T / V needs the volume, which is not given",
    assumptions="")

add(F, "An inventor claims a heat engine operating between reservoirs at 400 K and 300 K with an efficiency of 40%. "
       "How much work would it deliver for each 1000 J of heat taken from the hot reservoir?",
    {"temperature of the hot reservoir": "400 K", "temperature of the cold reservoir": "300 K",
     "efficiency of the engine": "0.40", "heat input": "1000 J"},
    "work output", "J", None, outcome="ill-posed", laws=2,
    solution="Carnot limit is 1 - 300/400 = 0.25 < 0.40; the stated efficiency violates the second law",
    assumptions="")

add(F, "2.0 mol of a monatomic ideal gas are heated so that the temperature rises by 50 K. How much heat must be supplied?",
    {"amount of gas": "2.0 mol", "temperature rise": "50 K"},
    "heat supplied", "J", None, outcome="ambiguous", laws=1,
    solution="At constant volume Q = (3/2) n R dT = 1247 J; at constant pressure Q = (5/2) n R dT = 2079 J",
    assumptions="the process (constant volume or constant pressure) is not specified")

# ===================================================================== WAVES
F = "waves and sound"
add(F, "A sound wave has a frequency of 440 Hz and a wavelength of 0.78 m. How fast does it travel?",
    {"frequency of the wave": "440 Hz", "wavelength of the wave": "0.78 m"},
    "wave speed", "m/s", 440.0 * 0.78, laws=1,
    solution="v = f lambda", assumptions="")

add(F, "A tuning fork vibrates at 256 Hz in air where the speed of sound is 343 m/s. What is the wavelength of the sound?",
    {"frequency of the tuning fork": "256 Hz", "speed of sound in air": "343 m/s"},
    "wavelength of the sound", "m", 343.0 / 256.0, laws=1,
    solution="lambda = v / f", assumptions="")

add(F, "Treating air as an ideal gas with molar mass 28.97 g/mol and adiabatic index 1.40, what is the speed of "
       "sound in air at 20 degC?",
    {"molar mass of air": "28.97 g/mol", "adiabatic index of air": "1.40", "temperature of the air": "20 degC"},
    "speed of sound", "m/s", math.sqrt(1.40 * R_gas * 293.15 / 0.02897), laws=1,
    solution="v = sqrt(gamma R T / M)", assumptions="ideal gas, T in kelvin")

add(F, "A rope with a linear mass density of 0.010 kg/m is held under a tension of 100 N. How fast do transverse "
       "waves travel along it?",
    {"tension in the rope": "100 N", "linear mass density of the rope": "0.010 kg/m"},
    "wave speed", "m/s", math.sqrt(100.0 / 0.010), laws=1,
    solution="v = sqrt(T / mu)", assumptions="ideal flexible string")

add(F, "A guitar string 0.65 m long, fixed at both ends, has a linear mass density of 1.2 g/m and is under a "
       "tension of 70 N. What is its fundamental frequency?",
    {"length of the string": "0.65 m", "linear mass density": "1.2 g/m", "tension in the string": "70 N"},
    "fundamental frequency", "Hz", math.sqrt(70.0 / 1.2e-3) / (2 * 0.65), laws=2,
    solution="v = sqrt(T/mu); f1 = v / (2 L)", assumptions="ideal string fixed at both ends")

add(F, "An organ pipe open at both ends is 0.50 m long. The speed of sound is 343 m/s. What is its fundamental frequency?",
    {"length of the pipe": "0.50 m", "speed of sound": "343 m/s"},
    "fundamental frequency", "Hz", 343.0 / (2 * 0.50), laws=1,
    solution="f1 = v / (2 L)", assumptions="open-open pipe, end corrections neglected")

add(F, "A pipe closed at one end and open at the other is 0.25 m long. With a sound speed of 340 m/s, what is its "
       "fundamental frequency?",
    {"length of the pipe": "0.25 m", "speed of sound": "340 m/s"},
    "fundamental frequency", "Hz", 340.0 / (4 * 0.25), laws=1,
    solution="f1 = v / (4 L)", assumptions="closed-open pipe, end corrections neglected")

add(F, "A car horn emitting 500 Hz moves at 30 m/s directly toward a stationary listener. The speed of sound is "
       "343 m/s. What frequency does the listener hear?",
    {"frequency of the horn": "500 Hz", "speed of the car": "30 m/s", "speed of sound": "343 m/s"},
    "observed frequency", "Hz", 500.0 * 343.0 / (343.0 - 30.0), laws=1,
    solution="f' = f v / (v - v_s)", assumptions="still air, source approaching")

add(F, "A cyclist rides at 20 m/s directly toward a stationary siren that emits 1000 Hz. The speed of sound is "
       "343 m/s. What frequency does the cyclist hear?",
    {"frequency of the siren": "1000 Hz", "speed of the cyclist": "20 m/s", "speed of sound": "343 m/s"},
    "observed frequency", "Hz", 1000.0 * (343.0 + 20.0) / 343.0, laws=1,
    solution="f' = f (v + v_o) / v", assumptions="still air, observer approaching")

add(F, "The sound intensity near a busy street is 1.0e-5 W/m^2. What is the sound intensity level in decibels?",
    {"sound intensity": "1.0e-5 W/m^2"},
    "sound intensity level", "dB", 10 * math.log10(1.0e-5 / 1e-12), laws=1,
    solution="L = 10 log10(I / I0), I0 = 1e-12 W/m^2", assumptions="standard reference intensity 1e-12 W/m^2")

add(F, "A small loudspeaker radiates 2.0 W of sound power uniformly in all directions. What is the sound intensity "
       "10 m away?",
    {"acoustic power of the speaker": "2.0 W", "distance from the speaker": "10 m"},
    "sound intensity", "W/m^2", 2.0 / (4 * math.pi * 10.0 ** 2), laws=1,
    solution="I = P / (4 pi r^2)", assumptions="isotropic point source, no absorption or reflection")

add(F, "A hiker shouts toward a cliff and hears the echo 1.2 s later. The speed of sound is 343 m/s. How far away is the cliff?",
    {"echo delay": "1.2 s", "speed of sound": "343 m/s"},
    "distance to the cliff", "m", 343.0 * 1.2 / 2, laws=1,
    solution="d = v t / 2", assumptions="hiker stationary, sound travels there and back")

add(F, "A standing sound wave of frequency 680 Hz is set up in air where the speed of sound is 340 m/s. What is the "
       "distance between adjacent nodes?",
    {"frequency of the sound": "680 Hz", "speed of sound": "340 m/s"},
    "distance between adjacent nodes", "cm", 340.0 / 680.0 / 2 * 100, laws=2,
    solution="lambda = v/f; node spacing = lambda/2", assumptions="")

add(F, "The sound intensity level at a concert is 80 dB. What is the sound intensity?",
    {"sound intensity level": "80 dB"},
    "sound intensity", "W/m^2", 1e-12 * 10 ** (80 / 10), laws=1,
    solution="I = I0 10^(L/10)", assumptions="reference intensity 1e-12 W/m^2")

add(F, "A guitar string is 0.65 m long and is tuned to a tension of 80 N. What is its fundamental frequency?",
    {"length of the string": "0.65 m", "tension in the string": "80 N"},
    "fundamental frequency", "Hz", None, outcome="not derivable", laws=2,
    solution="f1 = sqrt(T/mu)/(2L) needs the linear mass density (or mass) of the string, which is not given",
    assumptions="")

add(F, "An ambulance drives toward you at 25 m/s with its siren on. The speed of sound is 343 m/s. What frequency do you hear?",
    {"speed of the ambulance": "25 m/s", "speed of sound": "343 m/s"},
    "observed frequency", "Hz", None, outcome="not derivable", laws=1,
    solution="f' = f v/(v - v_s) needs the siren's emitted frequency, which is not given",
    assumptions="")

add(F, "A sound wave in air has a frequency of 500 Hz, a wavelength of 2.0 m and travels at 343 m/s. How long does "
       "it take to travel 100 m?",
    {"frequency of the wave": "500 Hz", "wavelength of the wave": "2.0 m", "speed of the wave": "343 m/s",
     "distance travelled": "100 m"},
    "travel time", "s", None, outcome="ill-posed", laws=1,
    solution="f lambda = 1000 m/s contradicts the stated 343 m/s; t = d/v gives 0.29 s or 0.10 s",
    assumptions="")

add(F, "A pipe 0.60 m long resonates in air where the speed of sound is 343 m/s. What is its fundamental frequency?",
    {"length of the pipe": "0.60 m", "speed of sound": "343 m/s"},
    "fundamental frequency", "Hz", None, outcome="ambiguous", laws=1,
    solution="Open at both ends: v/2L = 286 Hz; closed at one end: v/4L = 143 Hz",
    assumptions="whether the pipe is open or closed at its ends is not stated")

# ==================================================================== OPTICS
F = "optics"
add(F, "Light travelling in air strikes a water surface at an angle of incidence of 30 degrees measured from the normal. "
       "The refractive index of water is 1.33. What is the angle of refraction?",
    {"angle of incidence": "30 deg", "refractive index of water": "1.33"},
    "angle of refraction", "deg", math.degrees(math.asin(math.sin(math.radians(30)) / 1.33)), laws=1,
    solution="sin(theta2) = sin(theta1) / n", assumptions="refractive index of air = 1, angles from the normal")

add(F, "What is the critical angle for total internal reflection at a glass-air boundary if the glass has a "
       "refractive index of 1.50?",
    {"refractive index of the glass": "1.50"},
    "critical angle", "deg", math.degrees(math.asin(1 / 1.50)), laws=1,
    solution="sin(theta_c) = 1 / n", assumptions="refractive index of air = 1")

add(F, "A 2.0 cm tall object stands 30 cm in front of a converging lens of focal length 10 cm. Where is the image formed?",
    {"height of the object": "2.0 cm", "object distance": "30 cm", "focal length of the converging lens": "10 cm"},
    "image distance", "cm", 1 / (1 / 10.0 - 1 / 30.0), laws=1,
    irrelevant=["height of the object"],
    solution="1/d_i = 1/f - 1/d_o", assumptions="thin lens, real image on the far side counted positive")

add(F, "An object is placed 30 cm in front of a concave mirror whose radius of curvature is 40 cm. How far from the "
       "mirror is the image?",
    {"object distance": "30 cm", "radius of curvature of the concave mirror": "40 cm"},
    "image distance", "cm", 1 / (1 / 20.0 - 1 / 30.0), laws=2,
    solution="f = R/2; 1/d_i = 1/f - 1/d_o", assumptions="paraxial rays, real image in front of the mirror positive")

add(F, "A converging lens has a focal length of 25 cm. What is its optical power?",
    {"focal length of the converging lens": "25 cm"},
    "optical power", "1/m", 1 / 0.25, laws=1,
    solution="P = 1 / f (f in metres, dioptres)", assumptions="thin lens in air")

add(F, "In a double-slit experiment the slits are 0.25 mm apart, the screen is 1.5 m away and the light has a "
       "wavelength of 600 nm. What is the spacing between adjacent bright fringes?",
    {"slit separation": "0.25 mm", "distance to the screen": "1.5 m", "wavelength of the light": "600 nm"},
    "fringe spacing", "mm", 600e-9 * 1.5 / 0.25e-3 * 1e3, laws=1,
    solution="dy = lambda L / d", assumptions="small angles")

add(F, "Light of wavelength 500 nm falls normally on a diffraction grating with 600 lines per millimetre. At what "
       "angle is the first-order maximum?",
    {"wavelength of the light": "500 nm", "line density of the grating": "600 1/mm"},
    "first-order diffraction angle", "deg", math.degrees(math.asin(500e-9 * 600e3)), laws=1,
    solution="d sin(theta) = lambda, d = 1/(600 per mm)", assumptions="normal incidence")

add(F, "Laser light of wavelength 633 nm passes through a single slit 0.10 mm wide onto a screen 2.0 m away. "
       "How wide is the central bright maximum?",
    {"wavelength of the light": "633 nm", "slit width": "0.10 mm", "distance to the screen": "2.0 m"},
    "width of the central maximum", "mm", 2 * 633e-9 * 2.0 / 0.10e-3 * 1e3, laws=1,
    solution="w = 2 lambda L / a", assumptions="small angles, width between first minima")

add(F, "At what angle of incidence is light reflected from a glass surface (refractive index 1.50) in air completely "
       "polarized?",
    {"refractive index of the glass": "1.50"},
    "Brewster angle", "deg", math.degrees(math.atan(1.50)), laws=1,
    solution="tan(theta_B) = n2 / n1", assumptions="light incident from air (n = 1)")

add(F, "Unpolarized light of intensity 100 W/m^2 passes through two ideal polarizers whose transmission axes are "
       "at 60 degrees to each other. What intensity emerges?",
    {"incident intensity": "100 W/m^2", "angle between the polarizer axes": "60 deg"},
    "transmitted intensity", "W/m^2", 100.0 * 0.5 * math.cos(math.radians(60)) ** 2, laws=2,
    solution="I1 = I0/2; I2 = I1 cos^2(theta) (Malus)", assumptions="ideal polarizers")

add(F, "A telescope has an aperture diameter of 0.10 m. What is its diffraction-limited angular resolution for light "
       "of wavelength 550 nm?",
    {"aperture diameter": "0.10 m", "wavelength of the light": "550 nm"},
    "minimum resolvable angle", "rad", 1.22 * 550e-9 / 0.10, laws=1,
    solution="theta = 1.22 lambda / D (Rayleigh)", assumptions="circular aperture")

add(F, "A swimming pool is 2.0 m deep. Looking straight down, how deep does it appear? The refractive index of water is 1.33.",
    {"real depth of the pool": "2.0 m", "refractive index of water": "1.33"},
    "apparent depth", "m", 2.0 / 1.33, laws=1,
    solution="d_app = d / n", assumptions="near-normal viewing from air")

add(F, "A symmetric biconvex glass lens (refractive index 1.50) has two surfaces each with a radius of curvature of "
       "20 cm. What is its focal length in air?",
    {"refractive index of the glass": "1.50", "radius of curvature of each surface": "20 cm"},
    "focal length", "cm", 1 / ((1.50 - 1) * (1 / 20.0 + 1 / 20.0)), laws=1,
    solution="1/f = (n - 1)(1/R1 - 1/R2) with R1 = +20 cm, R2 = -20 cm", assumptions="thin lens in air")

di16 = 1 / (1 / 15.0 - 1 / 40.0)
add(F, "A 5.0 cm tall candle stands 40 cm in front of a converging lens of focal length 15 cm. How tall is the "
       "(inverted) image?",
    {"height of the candle": "5.0 cm", "object distance": "40 cm", "focal length of the converging lens": "15 cm"},
    "height of the image", "cm", 5.0 * di16 / 40.0, laws=2,
    solution="d_i = 1/(1/f - 1/d_o) = 24 cm; |h_i| = h_o d_i / d_o", assumptions="thin lens, size as magnitude")

add(F, "An object is placed 20 cm in front of a converging lens. Where is the image?",
    {"object distance": "20 cm"},
    "image distance", "cm", None, outcome="not derivable", laws=1,
    solution="The thin-lens equation needs the focal length, which is not given",
    assumptions="")

add(F, "A ray of light in air enters a block of transparent plastic at an angle of incidence of 40 degrees. "
       "What is the angle of refraction inside the plastic?",
    {"angle of incidence": "40 deg"},
    "angle of refraction", "deg", None, outcome="not derivable", laws=1,
    solution="Snell's law needs the refractive index of the plastic, which is not given",
    assumptions="")

add(F, "A light ray passes from air into glass of refractive index 1.50. The angle of incidence is 30 degrees and the "
       "angle of refraction is 40 degrees. What is the speed of light in the glass?",
    {"refractive index of the glass": "1.50", "angle of incidence": "30 deg", "angle of refraction": "40 deg"},
    "speed of light in the glass", "m/s", None, outcome="ill-posed", laws=1,
    solution="Snell's law with n = 1.50 gives a refraction angle of 19.5 deg; a ray entering a denser medium cannot "
             "bend away from the normal. c/n and the ratio of sines (0.78) disagree",
    assumptions="")

add(F, "A thin lens has a focal length of magnitude 15 cm. An object is placed 10 cm from the lens. Where is the image?",
    {"magnitude of the focal length": "15 cm", "object distance": "10 cm"},
    "image distance", "cm", None, outcome="ambiguous", laws=1,
    solution="Converging: d_i = -30 cm (virtual); diverging: d_i = -6 cm (virtual)",
    assumptions="whether the lens is converging or diverging is not stated")

# ========================================================== ELECTROMAGNETISM
F = "electricity and magnetism"
add(F, "Two point charges of +2.0 uC and +3.0 uC are 5.0 cm apart in vacuum. What is the magnitude of the force "
       "between them?",
    {"charge 1": "2.0 uC", "charge 2": "3.0 uC", "separation of the charges": "5.0 cm"},
    "electrostatic force", "N", k_C * 2.0e-6 * 3.0e-6 / 0.050 ** 2, laws=1,
    solution="F = k q1 q2 / r^2", assumptions="point charges in vacuum")

add(F, "What is the magnitude of the electric field 10 cm from a point charge of 5.0 nC in vacuum?",
    {"point charge": "5.0 nC", "distance from the charge": "10 cm"},
    "electric field strength", "N/C", k_C * 5.0e-9 / 0.10 ** 2, laws=1,
    solution="E = k q / r^2", assumptions="vacuum")

add(F, "What is the electric potential 30 cm from a point charge of 1.0 uC, taking zero potential at infinity?",
    {"point charge": "1.0 uC", "distance from the charge": "30 cm"},
    "electric potential", "kV", k_C * 1.0e-6 / 0.30 / 1e3, laws=1,
    solution="V = k q / r", assumptions="vacuum, V = 0 at infinity")

add(F, "A parallel-plate capacitor has plates of area 0.020 m^2 separated by 1.0 mm of vacuum. What is its capacitance?",
    {"plate area": "0.020 m^2", "plate separation": "1.0 mm"},
    "capacitance", "pF", eps0 * 0.020 / 1.0e-3 * 1e12, laws=1,
    solution="C = eps0 A / d", assumptions="edge effects neglected")

add(F, "A 10 uF capacitor is charged to 12 V. How much energy does it store?",
    {"capacitance": "10 uF", "voltage across the capacitor": "12 V"},
    "stored energy", "mJ", 0.5 * 10e-6 * 12.0 ** 2 * 1e3, laws=1,
    solution="U = C V^2 / 2", assumptions="")

add(F, "A straight wire 0.20 m long carries a current of 5.0 A at right angles to a uniform magnetic field of 0.40 T. "
       "What force acts on the wire?",
    {"length of the wire": "0.20 m", "current in the wire": "5.0 A", "magnetic flux density": "0.40 T"},
    "magnetic force on the wire", "N", 5.0 * 0.20 * 0.40, laws=1,
    solution="F = B I L", assumptions="wire perpendicular to the field")

add(F, "A long straight wire carries a current of 10 A. What is the magnetic field strength 2.0 cm from the wire?",
    {"current in the wire": "10 A", "distance from the wire": "2.0 cm"},
    "magnetic flux density", "mT", mu0 * 10.0 / (2 * math.pi * 0.020) * 1e3, laws=1,
    solution="B = mu0 I / (2 pi r)", assumptions="infinitely long straight wire, vacuum")

add(F, "A solenoid 0.50 m long has 1000 turns and carries a current of 2.0 A. What is the magnetic field inside it?",
    {"length of the solenoid": "0.50 m", "number of turns": "1000", "current": "2.0 A"},
    "magnetic flux density inside the solenoid", "mT", mu0 * (1000 / 0.50) * 2.0 * 1e3, laws=1,
    solution="B = mu0 N I / L", assumptions="long air-core solenoid")

add(F, "A proton moves at 1.0e6 m/s perpendicular to a uniform magnetic field of 0.50 T. What is the radius of its "
       "circular path?",
    {"speed of the proton": "1.0e6 m/s", "magnetic flux density": "0.50 T"},
    "radius of the path", "cm", m_p * 1.0e6 / (e * 0.50) * 100, laws=2,
    solution="q v B = m v^2 / r -> r = m v / (q B)", assumptions="non-relativistic, velocity perpendicular to B")

add(F, "What is the cyclotron frequency of an electron in a uniform magnetic field of 0.10 T?",
    {"magnetic flux density": "0.10 T"},
    "cyclotron frequency", "GHz", e * 0.10 / (2 * math.pi * m_e) / 1e9, laws=1,
    solution="f = e B / (2 pi m_e)", assumptions="non-relativistic electron")

add(F, "A coil of 200 turns with an area of 0.010 m^2 lies perpendicular to a magnetic field that rises uniformly from "
       "0 to 0.50 T in 0.10 s. What average emf is induced?",
    {"number of turns": "200", "area of the coil": "0.010 m^2", "final magnetic field": "0.50 T",
     "time for the change": "0.10 s"},
    "induced emf", "V", 200 * 0.010 * 0.50 / 0.10, laws=1,
    solution="emf = N A dB / dt", assumptions="field perpendicular to the coil plane, initial field zero")

add(F, "A 0.10 kg metal rod 0.50 m long slides at 4.0 m/s along rails perpendicular to a uniform 0.30 T magnetic field. "
       "What emf is induced between its ends?",
    {"mass of the rod": "0.10 kg", "length of the rod": "0.50 m", "speed of the rod": "4.0 m/s",
     "magnetic flux density": "0.30 T"},
    "motional emf", "V", 0.30 * 0.50 * 4.0, laws=1,
    irrelevant=["mass of the rod"],
    solution="emf = B L v", assumptions="rod, velocity and field mutually perpendicular")

add(F, "An electron starts from rest and is accelerated through a potential difference of 100 V. What speed does it reach?",
    {"accelerating voltage": "100 V"},
    "speed of the electron", "m/s", math.sqrt(2 * e * 100.0 / m_e), laws=2,
    solution="e V = m v^2 / 2", assumptions="non-relativistic, vacuum")

add(F, "A transformer has 500 turns on its primary coil and 25 turns on its secondary. The primary is connected to a "
       "240 V, 50 Hz supply. What is the secondary voltage?",
    {"number of primary turns": "500", "number of secondary turns": "25", "primary voltage": "240 V",
     "supply frequency": "50 Hz"},
    "secondary voltage", "V", 240.0 * 25 / 500, laws=1,
    irrelevant=["supply frequency"],
    solution="Vs = Vp Ns / Np", assumptions="ideal transformer")

add(F, "What is the magnitude of the electric field 0.20 m from a small charged sphere in vacuum?",
    {"distance from the sphere": "0.20 m"},
    "electric field strength", "N/C", None, outcome="not derivable", laws=1,
    solution="E = k q / r^2 needs the charge, which is not given",
    assumptions="")

add(F, "A parallel-plate capacitor has an air gap of 2.0 mm between its plates. What is its capacitance?",
    {"plate separation": "2.0 mm"},
    "capacitance", "pF", None, outcome="not derivable", laws=1,
    solution="C = eps0 A / d needs the plate area, which is not given",
    assumptions="")

add(F, "A 10 uF capacitor charged to 5.0 V holds a charge of 1.0 mC. How much energy does it store?",
    {"capacitance": "10 uF", "voltage across the capacitor": "5.0 V", "charge on the capacitor": "1.0 mC"},
    "stored energy", "mJ", None, outcome="ill-posed", laws=1,
    solution="Q = C V = 50 uC, not 1.0 mC; CV^2/2 = 0.125 mJ, QV/2 = 2.5 mJ, Q^2/2C = 50 mJ disagree",
    assumptions="")

add(F, "Two point charges, each of magnitude 2.0 uC, are 10 cm apart in vacuum. What is the electric field at the "
       "midpoint between them?",
    {"magnitude of each charge": "2.0 uC", "separation of the charges": "10 cm"},
    "electric field at the midpoint", "N/C", None, outcome="ambiguous", laws=2,
    solution="Like signs: E = 0; opposite signs: E = 2 k q / (0.05 m)^2 = 1.44e7 N/C",
    assumptions="the signs of the charges are not stated")

# ============================================================== DC CIRCUITS
F = "DC circuits"
add(F, "A 100 ohm resistor and a 220 ohm resistor are connected in series across a 9.0 V battery. What current flows?",
    {"resistance of resistor 1": "100 ohm", "resistance of resistor 2": "220 ohm", "battery voltage": "9.0 V"},
    "current in the circuit", "mA", 9.0 / 320.0 * 1e3, laws=2,
    solution="R = R1 + R2; I = V / R", assumptions="ideal battery, no internal resistance")

add(F, "A 6.0 ohm and a 3.0 ohm resistor are connected in parallel. What is their equivalent resistance?",
    {"resistance of the first resistor": "6.0 ohm", "resistance of the second resistor": "3.0 ohm"},
    "equivalent resistance", "ohm", 1 / (1 / 6.0 + 1 / 3.0), laws=1,
    solution="1/R = 1/R1 + 1/R2", assumptions="")

add(F, "A voltage divider made of a 10 kOhm resistor and a 5.0 kOhm resistor in series is connected across 15 V. "
       "What is the voltage across the 5.0 kOhm resistor?",
    {"upper resistance": "10 kohm", "lower resistance": "5.0 kohm", "supply voltage": "15 V"},
    "voltage across the 5.0 kOhm resistor", "V", 15.0 * 5.0 / 15.0, laws=2,
    solution="V = V_s R2 / (R1 + R2)", assumptions="no load on the divider")

add(F, "A battery with an emf of 12 V and an internal resistance of 0.50 ohm is connected to a 5.5 ohm load. "
       "What is the terminal voltage?",
    {"emf of the battery": "12 V", "internal resistance": "0.50 ohm", "load resistance": "5.5 ohm"},
    "terminal voltage", "V", 12.0 * 5.5 / 6.0, laws=2,
    solution="I = emf/(R + r); V = I R", assumptions="")

add(F, "An uncharged 10 uF capacitor is charged through a 100 kOhm resistor from a 9.0 V supply. What is the "
       "capacitor voltage 2.0 s after the switch is closed?",
    {"capacitance": "10 uF", "resistance": "100 kohm", "supply voltage": "9.0 V", "time after closing the switch": "2.0 s"},
    "capacitor voltage", "V", 9.0 * (1 - math.exp(-2.0 / (100e3 * 10e-6))), laws=2,
    solution="tau = R C = 1.0 s; V = V0 (1 - e^(-t/tau))", assumptions="ideal components, capacitor initially uncharged")

add(F, "A 1500 W electric heater runs for 2.0 hours. How much electrical energy does it use?",
    {"power of the heater": "1500 W", "running time": "2.0 h"},
    "energy used", "MJ", 1500.0 * 2.0 * 3600 / 1e6, laws=1,
    solution="E = P t", assumptions="constant power")

add(F, "A copper wire is 10 m long with a diameter of 1.0 mm. The resistivity of copper is 1.68e-8 ohm*m. "
       "What is the wire's resistance?",
    {"length of the wire": "10 m", "diameter of the wire": "1.0 mm", "resistivity of copper": "1.68e-8 ohm*m"},
    "resistance of the wire", "ohm", 1.68e-8 * 10.0 / (math.pi * (1.0e-3) ** 2 / 4), laws=1,
    solution="R = rho L / A, A = pi d^2 / 4", assumptions="uniform wire at the resistivity's temperature")

add(F, "Three resistors of 10 ohm, 20 ohm and 30 ohm are connected in parallel. What is the equivalent resistance?",
    {"first resistance": "10 ohm", "second resistance": "20 ohm", "third resistance": "30 ohm"},
    "equivalent resistance", "ohm", 1 / (1 / 10 + 1 / 20 + 1 / 30), laws=1,
    solution="1/R = sum 1/Ri", assumptions="")

add(F, "A light bulb rated 60 W operates at 230 V. What is its resistance when lit?",
    {"power rating of the bulb": "60 W", "operating voltage": "230 V"},
    "resistance of the bulb", "ohm", 230.0 ** 2 / 60.0, laws=1,
    solution="R = V^2 / P", assumptions="operating at rated power")

add(F, "A 6.0 ohm resistor is connected in series with a parallel pair of 6.0 ohm and 3.0 ohm resistors, and the "
       "combination is connected to a 24 V battery. What current does the battery deliver?",
    {"series resistance": "6.0 ohm", "first parallel resistance": "6.0 ohm", "second parallel resistance": "3.0 ohm",
     "battery voltage": "24 V"},
    "battery current", "A", 24.0 / (6.0 + 1 / (1 / 6.0 + 1 / 3.0)), laws=2,
    solution="R = 6 + (6*3)/(6+3) = 8 ohm; I = V/R", assumptions="ideal battery")

add(F, "A 6.0 ohm resistor is in series with a parallel combination of a 6.0 ohm and a 3.0 ohm resistor; the circuit "
       "is driven by a 24 V battery. What current flows through the 3.0 ohm resistor?",
    {"series resistance": "6.0 ohm", "first parallel resistance": "6.0 ohm", "second parallel resistance": "3.0 ohm",
     "battery voltage": "24 V"},
    "current through the 3.0 ohm resistor", "A", (24.0 / 8.0) * 2.0 / 3.0, laws=3,
    solution="I = 24/8 = 3 A; V_par = 3 A * 2 ohm = 6 V; I3 = 6/3 = 2 A", assumptions="ideal battery")

add(F, "A steady current of 1.0 A flows in a wire. How many electrons pass a given cross-section each second?",
    {"current in the wire": "1.0 A"},
    "number of electrons per second", "1/s", 1.0 / e, laws=1,
    solution="N/t = I / e", assumptions="")

add(F, "A battery has an emf of 10 V and an internal resistance of 2.0 ohm. What is the maximum power it can deliver "
       "to an external load resistor?",
    {"emf of the battery": "10 V", "internal resistance": "2.0 ohm"},
    "maximum power delivered to the load", "W", 10.0 ** 2 / (4 * 2.0), laws=2,
    solution="Matched load R = r: P = emf^2 / (4 r)", assumptions="purely resistive load")

add(F, "A copper wire with a cross-sectional area of 1.0 mm^2 carries a current of 2.0 A. Copper has 8.5e28 free "
       "electrons per cubic metre. What is the electron drift speed?",
    {"cross-sectional area of the wire": "1.0 mm^2", "current": "2.0 A",
     "free electron density": "8.5e28 1/m^3"},
    "drift speed", "mm/s", 2.0 / (8.5e28 * e * 1.0e-6) * 1e3, laws=1,
    solution="v_d = I / (n e A)", assumptions="")

add(F, "A 100 ohm resistor and a second resistor are connected in series to a 9.0 V battery. What current flows?",
    {"resistance of the first resistor": "100 ohm", "battery voltage": "9.0 V"},
    "current in the circuit", "mA", None, outcome="not derivable", laws=2,
    solution="I = V / (R1 + R2) needs the second resistance, which is not given",
    assumptions="")

add(F, "A current of 2.0 A flows through a resistor. How much power is dissipated in it?",
    {"current through the resistor": "2.0 A"},
    "power dissipated", "W", None, outcome="not derivable", laws=1,
    solution="P = I^2 R needs the resistance (or the voltage), which is not given",
    assumptions="")

add(F, "A 100 ohm resistor carries a current of 0.50 A while the voltage across it is 12 V. How much power does it dissipate?",
    {"resistance of the resistor": "100 ohm", "current through the resistor": "0.50 A",
     "voltage across the resistor": "12 V"},
    "power dissipated", "W", None, outcome="ill-posed", laws=1,
    solution="Ohm's law gives I R = 50 V, not 12 V; I^2 R = 25 W, V I = 6 W, V^2/R = 1.44 W disagree",
    assumptions="ohmic resistor")

add(F, "A 10 ohm resistor and a 40 ohm resistor are connected to a 20 V battery. What current does the battery supply?",
    {"resistance of the first resistor": "10 ohm", "resistance of the second resistor": "40 ohm",
     "battery voltage": "20 V"},
    "battery current", "A", None, outcome="ambiguous", laws=2,
    solution="Series: I = 20/50 = 0.40 A; parallel: I = 20/8 = 2.5 A",
    assumptions="whether the resistors are in series or parallel is not stated")

# ============================================================ MODERN/ATOMIC
F = "modern and atomic physics"
add(F, "What is the energy of a photon of green light with a wavelength of 500 nm?",
    {"wavelength of the light": "500 nm"},
    "photon energy", "eV", h * c / 500e-9 / e, laws=1,
    solution="E = h c / lambda", assumptions="vacuum wavelength")

add(F, "Light of wavelength 400 nm shines on a metal with a work function of 2.3 eV. What is the maximum kinetic "
       "energy of the emitted photoelectrons?",
    {"wavelength of the light": "400 nm", "work function of the metal": "2.3 eV"},
    "maximum kinetic energy of the photoelectrons", "eV", h * c / 400e-9 / e - 2.3, laws=2,
    solution="E = hc/lambda; KE_max = E - phi", assumptions="")

add(F, "A metal has a work function of 4.5 eV. What is the longest wavelength of light that can eject electrons from it?",
    {"work function of the metal": "4.5 eV"},
    "threshold wavelength", "nm", h * c / (4.5 * e) * 1e9, laws=1,
    solution="lambda_0 = h c / phi", assumptions="")

add(F, "What is the de Broglie wavelength of an electron moving at 1.0e6 m/s?",
    {"speed of the electron": "1.0e6 m/s"},
    "de Broglie wavelength", "nm", h / (m_e * 1.0e6) * 1e9, laws=1,
    solution="lambda = h / (m v)", assumptions="non-relativistic")

add(F, "An electron is accelerated from rest through a potential difference of 150 V. What is its de Broglie wavelength?",
    {"accelerating voltage": "150 V"},
    "de Broglie wavelength", "nm", h / math.sqrt(2 * m_e * e * 150.0) * 1e9, laws=2,
    solution="p = sqrt(2 m e V); lambda = h / p", assumptions="non-relativistic")

add(F, "What is the wavelength of the photon emitted when a hydrogen atom's electron drops from the n = 3 level to "
       "the n = 2 level?",
    {"initial principal quantum number": "3", "final principal quantum number": "2"},
    "wavelength of the emitted photon", "nm", 1 / (R_inf * (1 / 4 - 1 / 9)) * 1e9, laws=1,
    solution="1/lambda = R (1/2^2 - 1/3^2)", assumptions="Bohr/Rydberg formula, infinite nuclear mass (reduced-mass "
                                                       "correction 0.05 %)")

add(F, "What energy is needed to remove the electron from a singly ionized helium ion (He+, atomic number 2) in its "
       "ground state?",
    {"atomic number": "2"},
    "ionization energy", "eV", 2 ** 2 * Ry_eV, laws=1,
    solution="E = Z^2 * 13.6 eV", assumptions="Bohr model of a hydrogen-like ion, infinite nuclear mass")

add(F, "A star's surface temperature is 5800 K. At what wavelength does its thermal emission peak?",
    {"surface temperature of the star": "5800 K"},
    "peak wavelength", "nm", b_wien / 5800.0 * 1e9, laws=1,
    solution="lambda_max = b / T (Wien)", assumptions="black-body emitter")

add(F, "A photon scatters off a free electron at rest and is deflected by 90 degrees. By how much does its wavelength increase?",
    {"scattering angle": "90 deg"},
    "Compton shift", "pm", h / (m_e * c) * (1 - math.cos(math.radians(90))) * 1e12, laws=1,
    solution="d lambda = h/(m_e c) (1 - cos theta)", assumptions="free electron at rest")

add(F, "X-rays of wavelength 0.0700 nm are Compton-scattered by free electrons through 60 degrees. What is the "
       "wavelength of the scattered X-rays?",
    {"wavelength of the incident X-rays": "0.0700 nm", "scattering angle": "60 deg"},
    "scattered wavelength", "pm", (0.0700e-9 + h / (m_e * c) * (1 - math.cos(math.radians(60)))) * 1e12, laws=1,
    solution="lambda' = lambda + h/(m_e c)(1 - cos theta)", assumptions="free electrons at rest")

add(F, "The position of an electron is known to within 0.10 nm. What is the minimum uncertainty in its momentum?",
    {"uncertainty in position": "0.10 nm"},
    "minimum uncertainty in momentum", "kg*m/s", hbar / (2 * 0.10e-9), laws=1,
    solution="dp >= hbar / (2 dx)", assumptions="Heisenberg relation with hbar/2")

add(F, "A helium-neon laser emits 1.0 mW of light at 633 nm. How many photons does it emit per second?",
    {"output power of the laser": "1.0 mW", "wavelength of the light": "633 nm"},
    "photon emission rate", "1/s", 1.0e-3 * 633e-9 / (h * c), laws=2,
    solution="E_photon = hc/lambda; N = P / E_photon", assumptions="monochromatic output")

add(F, "An electron is confined in a one-dimensional infinite potential well of width 1.0 nm. What is its ground-state energy?",
    {"width of the well": "1.0 nm"},
    "ground-state energy", "eV", h ** 2 / (8 * m_e * (1.0e-9) ** 2) / e, laws=1,
    solution="E1 = h^2 / (8 m L^2)", assumptions="infinite square well")

add(F, "Ultraviolet light of wavelength 250 nm falls on a metal with work function 4.3 eV. What stopping potential "
       "is needed to halt all the photoelectrons?",
    {"wavelength of the light": "250 nm", "work function": "4.3 eV"},
    "stopping potential", "V", (h * c / 250e-9 / e) - 4.3, laws=2,
    solution="e V_s = hc/lambda - phi", assumptions="")

add(F, "Light of wavelength 400 nm falls on a metal surface. What is the maximum kinetic energy of the ejected electrons?",
    {"wavelength of the light": "400 nm"},
    "maximum kinetic energy of the photoelectrons", "eV", None, outcome="not derivable", laws=2,
    solution="KE_max = hc/lambda - phi needs the work function of the metal, which is not given",
    assumptions="")

add(F, "A proton (mass 1.673e-27 kg) passes through a detector. What is its de Broglie wavelength?",
    {"mass of the proton": "1.673e-27 kg"},
    "de Broglie wavelength", "pm", None, outcome="not derivable", laws=1,
    solution="lambda = h / (m v) needs the speed, momentum or energy of the proton, none of which is given",
    assumptions="")

add(F, "Light of wavelength 600 nm shines on a metal with a work function of 2.5 eV, and photoelectrons are ejected "
       "with a maximum kinetic energy of 1.0 eV. What is the stopping potential?",
    {"wavelength of the light": "600 nm", "work function": "2.5 eV",
     "maximum kinetic energy of the photoelectrons": "1.0 eV"},
    "stopping potential", "V", None, outcome="ill-posed", laws=2,
    solution="A 600 nm photon carries only 2.07 eV < 2.5 eV, so no photoelectrons can be emitted; the data contradict",
    assumptions="")

add(F, "What is the wavelength of the Balmer-series line emitted by atomic hydrogen?",
    {"final principal quantum number": "2"},
    "wavelength of the spectral line", "nm", None, outcome="ambiguous", laws=1,
    solution="Any upper level n >= 3 gives a Balmer line (656 nm, 486 nm, 434 nm, ...); the line is not specified",
    assumptions="which Balmer line is meant is not stated")

# ============================================================= RELATIVITY
F = "special relativity"
add(F, "A muon has a mean lifetime of 2.2 µs in its rest frame. How long does it live, on average, as measured in "
       "the laboratory when it moves at 0.99c?",
    {"proper lifetime of the muon": "2.2 µs", "speed of the muon": "0.99 c"},
    "lifetime in the laboratory frame", "µs", 2.2 * gamma(0.99), laws=1,
    solution="t = gamma t0, gamma = 1/sqrt(1 - v^2/c^2)", assumptions="")

add(F, "A metre stick (rest length 1.0 m) moves along its length at 0.60c relative to an observer. What length does "
       "the observer measure?",
    {"rest length of the stick": "1.0 m", "speed of the stick": "0.60 c"},
    "measured length", "m", 1.0 / gamma(0.60), laws=1,
    solution="L = L0 / gamma", assumptions="motion parallel to the stick")

add(F, "What is the rest energy of a 1.0 g mass?",
    {"mass": "1.0 g"},
    "rest energy", "TJ", 1.0e-3 * c ** 2 / 1e12, laws=1,
    solution="E = m c^2", assumptions="")

add(F, "What is the relativistic momentum of an electron moving at 0.90c?",
    {"speed of the electron": "0.90 c"},
    "momentum of the electron", "kg*m/s", gamma(0.90) * m_e * 0.90 * c, laws=1,
    solution="p = gamma m v", assumptions="")

add(F, "A proton moves at 0.60c. What is its kinetic energy?",
    {"speed of the proton": "0.60 c"},
    "kinetic energy of the proton", "MeV", (gamma(0.60) - 1) * mp_MeV, laws=1,
    solution="KE = (gamma - 1) m c^2, m c^2 = 938.27 MeV", assumptions="")

add(F, "A particle has a Lorentz factor of 2.0. How fast is it moving?",
    {"Lorentz factor": "2.0"},
    "speed of the particle", "m/s", c * math.sqrt(1 - 1 / 2.0 ** 2), laws=1,
    solution="v = c sqrt(1 - 1/gamma^2)", assumptions="")

add(F, "A spaceship moving at 0.60c relative to Earth fires a probe forward at 0.70c relative to the ship. "
       "How fast does the probe move relative to Earth?",
    {"speed of the spaceship relative to Earth": "0.60 c", "speed of the probe relative to the ship": "0.70 c"},
    "speed of the probe relative to Earth", "m/s", (0.60 + 0.70) / (1 + 0.60 * 0.70) * c, laws=1,
    solution="u = (v + u') / (1 + v u'/c^2)", assumptions="collinear motion")

add(F, "An electron has a kinetic energy of 1.0 MeV. What is its total energy?",
    {"kinetic energy of the electron": "1.0 MeV"},
    "total energy", "MeV", 1.0 + me_MeV, laws=1,
    solution="E = KE + m c^2, m c^2 = 0.511 MeV", assumptions="")

g_ke = 1 + 1.0 / me_MeV
add(F, "An electron has a kinetic energy of 1.0 MeV. How fast is it moving?",
    {"kinetic energy of the electron": "1.0 MeV"},
    "speed of the electron", "m/s", c * math.sqrt(1 - 1 / g_ke ** 2), laws=2,
    solution="gamma = 1 + KE/(m c^2); v = c sqrt(1 - 1/gamma^2)", assumptions="")

add(F, "An astronaut travels to a star 4.0 light-years away (as measured from Earth) at a constant 0.80c. How much "
       "time passes for the astronaut during the one-way trip?",
    {"distance to the star": "4.0 ly", "speed of the ship": "0.80 c"},
    "elapsed time on the ship", "year", 4.0 / 0.80 / gamma(0.80), laws=2,
    solution="t_Earth = d/v = 5.0 yr; t_ship = t_Earth / gamma = 3.0 yr",
    assumptions="constant speed, acceleration phases neglected")

add(F, "How much mass must be completely converted into energy to release 1.0e12 J?",
    {"energy released": "1.0e12 J"},
    "mass converted", "mg", 1.0e12 / c ** 2 * 1e6, laws=1,
    solution="m = E / c^2", assumptions="")

add(F, "A galaxy recedes from us at 0.50c and emits light of wavelength 500 nm in its own frame. What wavelength "
       "do we observe?",
    {"speed of recession": "0.50 c", "emitted wavelength": "500 nm"},
    "observed wavelength", "nm", 500.0 * math.sqrt((1 + 0.50) / (1 - 0.50)), laws=1,
    solution="lambda_obs = lambda sqrt((1 + beta)/(1 - beta))", assumptions="purely radial motion, special relativity only")

add(F, "Charged pions have a mean proper lifetime of 26 ns. How far does a pion moving at 0.95c travel in the "
       "laboratory during one mean lifetime?",
    {"proper lifetime of the pion": "26 ns", "speed of the pion": "0.95 c"},
    "distance travelled in the laboratory", "m", gamma(0.95) * 0.95 * c * 26e-9, laws=2,
    solution="t = gamma t0; d = v t", assumptions="")

add(F, "How much work is needed to accelerate a 1000 kg spacecraft from rest to 0.10c?",
    {"mass of the spacecraft": "1000 kg", "final speed": "0.10 c"},
    "work required", "J", (gamma(0.10) - 1) * 1000.0 * c ** 2, laws=2,
    solution="W = KE = (gamma - 1) m c^2", assumptions="work-energy theorem, no losses")

add(F, "A spaceship flies past Earth at 0.90c. What length do Earth observers measure for the ship?",
    {"speed of the spaceship": "0.90 c"},
    "measured length", "m", None, outcome="not derivable", laws=1,
    solution="L = L0 / gamma needs the ship's rest length, which is not given",
    assumptions="")

add(F, "A particle moves at 0.80c. What is its kinetic energy?",
    {"speed of the particle": "0.80 c"},
    "kinetic energy", "MeV", None, outcome="not derivable", laws=1,
    solution="KE = (gamma - 1) m c^2 needs the particle's rest mass, which is not given",
    assumptions="")

add(F, "A spaceship travels at 1.2c relative to Earth. What is its Lorentz factor?",
    {"speed of the spaceship": "1.2 c"},
    "Lorentz factor", "", None, outcome="ill-posed", laws=1,
    solution="A massive body cannot move faster than light; 1 - v^2/c^2 < 0 gives no real gamma",
    assumptions="")

add(F, "A spaceship moves at 0.60c relative to Earth. During the flight, 10 years elapse on one of the two clocks "
       "(the ship's clock or Earth's clock). How much time elapses on the other clock?",
    {"speed of the spaceship": "0.60 c", "elapsed time on one clock": "10 year"},
    "elapsed time on the other clock", "year", None, outcome="ambiguous", laws=1,
    solution="If 10 yr is ship (proper) time, Earth time = 12.5 yr; if 10 yr is Earth time, ship time = 8.0 yr",
    assumptions="which clock reads 10 years is not stated")

# ================================================================== NUCLEAR
F = "nuclear physics"
add(F, "Carbon-14 has a half-life of 5730 years. What fraction of a sample of carbon-14 remains after 11460 years?",
    {"half-life": "5730 year", "elapsed time": "11460 year"},
    "fraction remaining", "", 0.5 ** (11460 / 5730), laws=1,
    solution="N/N0 = (1/2)^(t/T)", assumptions="")

add(F, "A sample contains 1.0e20 nuclei of iodine-131, whose half-life is 8.02 days. What is its activity?",
    {"number of nuclei": "1.0e20", "half-life": "8.02 day"},
    "activity", "Bq", math.log(2) / (8.02 * day) * 1.0e20, laws=2,
    solution="lambda = ln2 / T; A = lambda N", assumptions="")

add(F, "A wooden artefact has 30% of the carbon-14 found in living wood. The half-life of carbon-14 is 5730 years. "
       "How old is the artefact?",
    {"fraction of carbon-14 remaining": "0.30", "half-life of carbon-14": "5730 year"},
    "age of the artefact", "year", 5730 * math.log(1 / 0.30) / math.log(2), laws=1,
    solution="t = T ln(N0/N) / ln 2", assumptions="constant atmospheric C-14 level")

dm_he = 2 * 1.007825 + 2 * 1.008665 - 4.002602
add(F, "The atomic mass of helium-4 is 4.002602 u, that of hydrogen-1 is 1.007825 u and the neutron mass is "
       "1.008665 u. What is the total binding energy of the helium-4 nucleus?",
    {"atomic mass of helium-4": "4.002602 u", "atomic mass of hydrogen-1": "1.007825 u",
     "mass of the neutron": "1.008665 u"},
    "binding energy", "MeV", dm_he * u_MeV, laws=2,
    solution="dm = 2 m_H + 2 m_n - m_He; E = dm c^2 (931.494 MeV/u)", assumptions="atomic masses (electron masses cancel)")

dm_fe = 26 * 1.007825 + 30 * 1.008665 - 55.934936
add(F, "Iron-56 (26 protons, 30 neutrons) has an atomic mass of 55.934936 u. Using 1.007825 u for the hydrogen-1 atom "
       "and 1.008665 u for the neutron, find the binding energy per nucleon.",
    {"atomic mass of iron-56": "55.934936 u", "atomic mass of hydrogen-1": "1.007825 u",
     "mass of the neutron": "1.008665 u", "number of protons": "26", "number of neutrons": "30"},
    "binding energy per nucleon", "MeV", dm_fe * u_MeV / 56, laws=2,
    solution="dm = 26 m_H + 30 m_n - M; E_b = dm c^2; divide by 56", assumptions="atomic masses")

dm_u = 238.050788 - 234.043601 - 4.002603
add(F, "Uranium-238 (atomic mass 238.050788 u) alpha-decays to thorium-234 (234.043601 u) and helium-4 (4.002603 u). "
       "How much energy is released per decay?",
    {"atomic mass of uranium-238": "238.050788 u", "atomic mass of thorium-234": "234.043601 u",
     "atomic mass of helium-4": "4.002603 u"},
    "Q-value of the decay", "MeV", dm_u * u_MeV, laws=1,
    solution="Q = (M_U - M_Th - M_He) c^2", assumptions="atomic masses")

add(F, "Each fission of uranium-235 (molar mass 235 g/mol) releases about 200 MeV. How much energy is released if "
       "1.0 g of uranium-235 fissions completely?",
    {"energy per fission": "200 MeV", "mass of uranium-235": "1.0 g", "molar mass of uranium-235": "235 g/mol"},
    "total energy released", "GJ", 1.0 / 235.0 * N_A * 200 * MeV / 1e9, laws=2,
    solution="N = m N_A / M; E = N * 200 MeV", assumptions="every nucleus fissions")

add(F, "A hospital receives 80 mg of a radioisotope with a half-life of 6.0 hours. How much of it remains after 24 hours?",
    {"initial mass": "80 mg", "half-life": "6.0 h", "elapsed time": "24 h"},
    "mass remaining", "mg", 80.0 * 0.5 ** (24 / 6), laws=1,
    solution="m = m0 (1/2)^(t/T)", assumptions="")

add(F, "A source has an activity of 800 Bq and a half-life of 2.0 days. What is its activity 5.0 days later?",
    {"initial activity": "800 Bq", "half-life": "2.0 day", "elapsed time": "5.0 day"},
    "activity after 5.0 days", "Bq", 800.0 * 0.5 ** (5.0 / 2.0), laws=1,
    solution="A = A0 (1/2)^(t/T)", assumptions="")

add(F, "Using a nuclear radius constant of 1.2 fm, estimate the radius of an aluminium-27 nucleus (mass number 27).",
    {"nuclear radius constant": "1.2 fm", "mass number": "27"},
    "nuclear radius", "fm", 1.2 * 27 ** (1 / 3), laws=1,
    solution="R = r0 A^(1/3)", assumptions="")

add(F, "A 70 kg worker absorbs 0.14 J of energy from ionizing radiation, spread through the whole body. What is the "
       "absorbed dose?",
    {"mass of the worker": "70 kg", "absorbed energy": "0.14 J"},
    "absorbed dose", "mGy", 0.14 / 70.0 * 1e3, laws=1,
    solution="D = E / m", assumptions="uniform whole-body absorption")

add(F, "A radioisotope has a half-life of 10 minutes. What is its mean lifetime?",
    {"half-life": "10 min"},
    "mean lifetime", "min", 10.0 / math.log(2), laws=1,
    solution="tau = T / ln 2", assumptions="")

add(F, "A radium-226 source (half-life 1600 years) has an activity of 3.7e10 Bq. How many radium nuclei does it contain?",
    {"activity of the source": "3.7e10 Bq", "half-life of radium-226": "1600 year"},
    "number of nuclei", "", 3.7e10 * 1600 * julian_year / math.log(2), laws=2,
    solution="lambda = ln2 / T; N = A / lambda", assumptions="year = 365.25 days")

dm_dt = 2.014102 + 3.016049 - 4.002603 - 1.008665
add(F, "In the fusion reaction D + T -> He-4 + n, the masses are deuterium 2.014102 u, tritium 3.016049 u, "
       "helium-4 4.002603 u and neutron 1.008665 u. How much energy is released per reaction?",
    {"mass of deuterium": "2.014102 u", "mass of tritium": "3.016049 u", "mass of helium-4": "4.002603 u",
     "mass of the neutron": "1.008665 u"},
    "energy released", "MeV", dm_dt * u_MeV, laws=1,
    solution="Q = (m_D + m_T - m_He - m_n) c^2", assumptions="atomic masses")

add(F, "A sample contains 1.0e18 radioactive nuclei. What is its activity?",
    {"number of radioactive nuclei": "1.0e18"},
    "activity", "Bq", None, outcome="not derivable", laws=2,
    solution="A = (ln2 / T) N needs the half-life or decay constant, which is not given",
    assumptions="")

add(F, "A laboratory has 50 g of a radioactive isotope. How long will it take until only 10% of it remains?",
    {"initial mass": "50 g", "fraction remaining": "0.10"},
    "time required", "h", None, outcome="not derivable", laws=1,
    solution="t = T log2(1/0.10) needs the half-life, which is not given",
    assumptions="")

add(F, "A 100 g sample of an isotope with a half-life of 2.0 hours is found to contain 40 g of the isotope 4.0 hours "
       "later. What is the decay constant of the isotope?",
    {"initial mass": "100 g", "half-life": "2.0 h", "elapsed time": "4.0 h", "mass remaining": "40 g"},
    "decay constant", "1/h", None, outcome="ill-posed", laws=1,
    solution="With T = 2.0 h only 25 g should remain after 4.0 h, not 40 g; ln2/T = 0.347/h vs ln(100/40)/4 h = 0.229/h",
    assumptions="")

add(F, "A radioactive isotope has a lifetime of 10 minutes. What fraction of a sample remains after 20 minutes?",
    {"lifetime of the isotope": "10 min", "elapsed time": "20 min"},
    "fraction remaining", "", None, outcome="ambiguous", laws=1,
    solution="If 'lifetime' is the mean lifetime, e^-2 = 0.135; if it means the half-life, 0.25",
    assumptions="'lifetime' may mean mean lifetime or half-life")

# ==================================================================== OUTPUT
for i, q in enumerate(Q, 1):
    q["id"] = "q10c-%03d" % i
ordered = [{"id": q["id"], **{k: q[k] for k in ("field", "text", "given", "find", "unit", "expected", "outcome",
                                               "rel_tol", "laws", "irrelevant", "solution", "assumptions")}}
           for q in Q]
for q in ordered:
    if q["expected"] is not None:
        q["expected"] = float("%.6g" % q["expected"])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch_c.json")
with open(out, "w", encoding="utf-8") as fh:
    json.dump(ordered, fh, indent=1, ensure_ascii=False)

by_field, by_outcome = {}, {}
for q in ordered:
    by_field[q["field"]] = by_field.get(q["field"], 0) + 1
    by_outcome[q["outcome"]] = by_outcome.get(q["outcome"], 0) + 1
print("wrote", out, "with", len(ordered), "questions")
print("by field:")
for k_, v_ in by_field.items():
    print("  %-28s %d" % (k_, v_))
print("by outcome:")
for k_, v_ in by_outcome.items():
    print("  %-14s %d" % (k_, v_))
ids = [q["id"] for q in ordered]
assert len(set(ids)) == len(ids)
assert len(set(q["text"] for q in ordered)) == len(ordered)
