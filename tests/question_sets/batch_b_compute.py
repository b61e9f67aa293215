#!/usr/bin/env python3
"""Blind held-out physics oracle test set (q10b). Computes all expected values."""
import json
import math
from math import sqrt, sin, cos, tan, asin, atan, radians, degrees, log, log10, pi, exp
import scipy.constants as sc

g = sc.g                      # 9.80665 m/s^2
c = sc.c
h = sc.h
hbar = sc.hbar
e = sc.e
m_e = sc.m_e
m_p = sc.m_p
G = sc.G
R = sc.R
N_A = sc.N_A
eps0 = sc.epsilon_0
mu0 = sc.mu_0
sigma = sc.sigma
u = sc.atomic_mass
k_e = 1 / (4 * pi * eps0)
eV = sc.e
MeV = 1e6 * eV
AU = sc.au
ly = sc.light_year
year = 365.25 * 86400
atm = sc.atm
mi = 1609.344
ft = 0.3048
lb = 0.45359237
psi = 6894.757293168
mec2_MeV = m_e * c**2 / MeV
mpc2_MeV = m_p * c**2 / MeV
u_MeV = sc.physical_constants['atomic mass constant energy equivalent in MeV'][0]
Ryd = sc.Rydberg
a0 = sc.physical_constants['Bohr radius'][0]
b_wien = sc.physical_constants['Wien wavelength displacement law constant'][0]
E_H = sc.physical_constants['Rydberg constant times hc in eV'][0]   # 13.6057 eV

Qs = []


def Q(field, text, given, find, unit, expected, outcome="value", laws=1, irrelevant=(),
      solution="", assumptions="", rel_tol=0.01):
    if outcome != "value":
        expected = None
    else:
        assert expected is not None and math.isfinite(expected)
    for k in irrelevant:
        assert k in given, (k, given)
    Qs.append(dict(field=field, text=text, given=given, find=find, unit=unit,
                   expected=None if expected is None else float(f"{expected:.6g}"),
                   outcome=outcome, rel_tol=rel_tol, laws=laws, irrelevant=list(irrelevant),
                   solution=solution, assumptions=assumptions))


# =====================================================================
MECH = "mechanics"
# M1
v = 0.10 * sqrt(200 / 3)
Q(MECH, "A 3 kg block on a frictionless horizontal surface is pushed against a spring of spring constant 200 N/m, "
        "compressing it by 10 cm, and then released. With what speed does the block leave the spring?",
  {"mass of the block": "3 kg", "spring constant": "200 N/m", "compression of the spring": "10 cm"},
  "launch speed of the block", "m/s", v, laws=1,
  solution="1/2 k x^2 = 1/2 m v^2 -> v = x sqrt(k/m)", assumptions="frictionless surface, massless spring")
# M2
v0 = 90 / 3.6
d = v0 * 0.8 + v0**2 / (2 * 6)
Q(MECH, "A driver travelling at 90 km/h sees an obstacle. Her reaction time is 0.8 s, after which the brakes give a "
        "constant deceleration of 6 m/s^2. What is the total stopping distance measured from the moment she sees the obstacle?",
  {"speed of the car": "90 km/h", "reaction time of the driver": "0.8 s", "braking deceleration": "6 m/s^2"},
  "stopping distance", "m", d, laws=2,
  solution="d = v t_r + v^2/(2a)", assumptions="constant speed during reaction, constant deceleration")
# M3
t = sqrt(2 * 45 / g)
Q(MECH, "On Earth, a ball is thrown horizontally at 12 m/s from the top of a 45 m high vertical cliff. Neglecting air "
        "resistance, how far from the base of the cliff does it land?",
  {"height of the cliff": "45 m", "horizontal launch speed": "12 m/s"},
  "horizontal distance from the base of the cliff to the landing point", "m", 12 * t, laws=2, rel_tol=0.02,
  solution="t = sqrt(2h/g); x = v t", assumptions="g = 9.81 m/s^2, no air resistance, level ground at base")
# M4
H = (20 * sin(radians(35)))**2 / (2 * g)
Q(MECH, "On Earth, a 0.3 kg ball is launched at 20 m/s at 35 degrees above the horizontal. Neglecting air resistance, "
        "how high above the launch point does it rise?",
  {"mass of the ball": "0.3 kg", "launch speed": "20 m/s", "launch angle above horizontal": "35 deg"},
  "maximum height above the launch point", "m", H, laws=1, irrelevant=["mass of the ball"], rel_tol=0.02,
  solution="H = (v sin theta)^2/(2g)", assumptions="no air resistance")
# M5
Q(MECH, "Cart 1 (mass 2 kg, length 40 cm) rolls at 3 m/s on a frictionless track and collides with cart 2 (mass 1 kg), "
        "which is at rest. The carts stick together. What is their common speed after the collision?",
  {"mass of cart 1": "2 kg", "length of cart 1": "40 cm", "speed of cart 1": "3 m/s", "mass of cart 2": "1 kg",
   "speed of cart 2": "0 m/s"},
  "speed of the carts after the collision", "m/s", 2 * 3 / 3, laws=1, irrelevant=["length of cart 1"],
  solution="m1 v1 = (m1+m2) V", assumptions="perfectly inelastic, no external horizontal force")
# M6
Q(MECH, "A 0.5 kg ball moving at 4 m/s collides head-on and perfectly elastically with a 1.5 kg ball at rest. "
        "What is the speed of the 1.5 kg ball after the collision?",
  {"mass of ball 1": "0.5 kg", "speed of ball 1 before the collision": "4 m/s", "mass of ball 2": "1.5 kg",
   "speed of ball 2 before the collision": "0 m/s"},
  "speed of ball 2 after the collision", "m/s", 2 * 0.5 / 2.0 * 4, laws=2,
  solution="momentum + kinetic energy conservation: v2' = 2 m1 v1/(m1+m2)", assumptions="1D elastic collision")
# M7
a = g * (sin(radians(30)) - 0.2 * cos(radians(30)))
Q(MECH, "A crate slides down a 30 degree incline on Earth. The coefficient of kinetic friction between the crate and the "
        "incline is 0.2. What is the crate's acceleration along the incline?",
  {"angle of the incline": "30 deg", "coefficient of kinetic friction": "0.2"},
  "acceleration of the crate", "m/s^2", a, laws=2, rel_tol=0.02,
  solution="a = g (sin th - mu cos th)", assumptions="g = 9.81 m/s^2")
# M8 ND
Q(MECH, "A 2 kg block starts from rest at the top of a rough ramp inclined at 25 degrees and slides 3 m down to the bottom. "
        "What is its speed at the bottom?",
  {"mass of the block": "2 kg", "angle of the ramp": "25 deg", "length of the ramp": "3 m"},
  "speed of the block at the bottom of the ramp", "m/s", None, outcome="not derivable", laws=2,
  solution="needs the coefficient of kinetic friction of the rough ramp", assumptions="ramp stated to be rough")
# M9
v = sqrt(4 * g * 1.5 / 3)
Q(MECH, "A solid uniform cylinder of mass 4 kg and radius 10 cm starts from rest and rolls without slipping down a slope, "
        "descending a vertical height of 1.5 m, on Earth. What is the speed of its center at the bottom?",
  {"mass of the cylinder": "4 kg", "radius of the cylinder": "10 cm", "vertical drop": "1.5 m"},
  "speed of the cylinder's center at the bottom", "m/s", v, laws=2, rel_tol=0.02,
  irrelevant=["mass of the cylinder", "radius of the cylinder"],
  solution="mgh = 1/2 m v^2 + 1/2 (1/2 m r^2)(v/r)^2 -> v = sqrt(4gh/3)", assumptions="rolling without slipping, no losses")
# M10
P = 1200 * g * 2 / 1000
Q(MECH, "An elevator car of mass 1200 kg is raised at a constant speed of 2 m/s on Earth. Ignoring friction and with no "
        "counterweight, what power does the motor deliver?",
  {"mass of the elevator car": "1200 kg", "speed of the elevator": "2 m/s"},
  "power delivered by the motor", "kW", P, laws=2, rel_tol=0.02,
  solution="constant speed -> T = mg; P = T v", assumptions="no friction, no counterweight")
# M11
Q(MECH, "A mechanic pulls on the end of a 0.40 m long wrench with a force of 50 N directed at 60 degrees to the wrench "
        "handle. What torque does she exert about the bolt?",
  {"length of the wrench": "0.40 m", "applied force": "50 N", "angle between force and wrench": "60 deg"},
  "torque about the bolt", "N*m", 50 * 0.4 * sin(radians(60)), laws=1,
  solution="tau = r F sin(theta)", assumptions="force applied at the end of the handle")
# M12
vmax = sqrt(0.8 * g * 50) * 3.6
Q(MECH, "A car rounds a flat (unbanked) curve of radius 50 m on Earth. The coefficient of static friction between tires and "
        "road is 0.8. What is the maximum speed at which it can take the curve without skidding?",
  {"radius of the curve": "50 m", "coefficient of static friction": "0.8"},
  "maximum speed on the curve", "km/h", vmax, laws=2, rel_tol=0.02,
  solution="mu m g = m v^2/r -> v = sqrt(mu g r)", assumptions="flat road, g = 9.81 m/s^2")
# M13 ND
Q(MECH, "A highway curve of radius 80 m is banked so that cars need no friction at the design speed. What is that design speed?",
  {"radius of the curve": "80 m", "mass of the car": "1400 kg"},
  "design speed of the banked curve", "km/h", None, outcome="not derivable", laws=2,
  solution="v = sqrt(g r tan(theta)) needs the banking angle, which is not given", assumptions="")
# M14 ill-posed
Q(MECH, "A block of mass -2 kg lies on a frictionless floor and is pushed by a horizontal force of 10 N. What is its acceleration?",
  {"mass of the block": "-2 kg", "applied force": "10 N"},
  "acceleration of the block", "m/s^2", None, outcome="ill-posed", laws=1,
  solution="negative mass is unphysical", assumptions="")
# M15
Q(MECH, "A 1500 kg car traveling at 72 km/h brakes to a stop on a level road. Assuming all of its kinetic energy becomes "
        "heat in the brakes, how much heat is generated?",
  {"mass of the car": "1500 kg", "initial speed of the car": "72 km/h", "final speed of the car": "0 km/h"},
  "heat generated in the brakes", "kJ", 0.5 * 1500 * 20**2 / 1000, laws=1,
  solution="Q = 1/2 m v^2", assumptions="all KE converted to heat in the brakes")
# M16
Tn = 0.5 * g * (3 - 2 * cos(radians(20)))
Q(MECH, "A simple pendulum consists of a 0.5 kg bob on a 2 m light string. It is released from rest with the string at 20 "
        "degrees from the vertical, on Earth. What is the tension in the string as the bob passes through the lowest point?",
  {"mass of the bob": "0.5 kg", "length of the string": "2 m", "release angle from vertical": "20 deg"},
  "tension in the string at the lowest point", "N", Tn, laws=2, rel_tol=0.02,
  solution="v^2 = 2gL(1-cos th); T = mg + m v^2/L = mg(3 - 2cos th)", assumptions="no air resistance, light string")
# M17
F = 0.145 * (40 + 50) / 1.2e-3 / 1000
Q(MECH, "A 0.145 kg baseball arrives at the bat at 40 m/s and leaves in the opposite direction at 50 m/s. The contact "
        "lasts 1.2 ms. What is the magnitude of the average force exerted by the bat on the ball?",
  {"mass of the baseball": "0.145 kg", "speed of the ball before impact": "40 m/s",
   "speed of the ball after impact": "50 m/s", "contact time": "1.2 ms"},
  "average force of the bat on the ball", "kN", F, laws=1,
  solution="F = m (v1 + v2)/dt (direction reversed)", assumptions="gravity negligible during contact")
# M18 ambiguous
Q(MECH, "A 2 kg block moving at 5 m/s on a frictionless surface collides head-on with a 3 kg block at rest. What is the "
        "speed of the 3 kg block after the collision?",
  {"mass of block 1": "2 kg", "speed of block 1": "5 m/s", "mass of block 2": "3 kg", "speed of block 2": "0 m/s"},
  "speed of block 2 after the collision", "m/s", None, outcome="ambiguous", laws=2,
  solution="collision type unspecified: elastic gives 4 m/s, perfectly inelastic gives 2 m/s", assumptions="")
# M19
m = 160 * lb
P = m * g * 30 * ft / 12
Q(MECH, "A 160 lb person runs up a flight of stairs, rising a vertical height of 30 ft in 12 s, on Earth. What average power "
        "does the person deliver against gravity?",
  {"mass of the person": "160 lb", "vertical height of the stairs": "30 ft", "time taken": "12 s"},
  "average power against gravity", "W", P, laws=2, rel_tol=0.02,
  solution="P = m g h / t with unit conversions", assumptions="160 lb is a mass of 72.6 kg; kinetic energy change neglected")
# M20 ND
Q(MECH, "On Earth a 0.2 kg ball is thrown at an angle of 50 degrees above the horizontal. Neglecting air resistance, what "
        "is its maximum height?",
  {"mass of the ball": "0.2 kg", "launch angle": "50 deg"},
  "maximum height of the ball", "m", None, outcome="not derivable", laws=1,
  solution="launch speed missing", assumptions="")
# M21
T = 2 * 3 * 5 / 8 * g
Q(MECH, "Two masses, 3 kg and 5 kg, hang on either side of a light frictionless pulley by a light inextensible string "
        "(an Atwood machine) on Earth. What is the tension in the string while they move?",
  {"mass 1": "3 kg", "mass 2": "5 kg"},
  "tension in the string", "N", T, laws=2, rel_tol=0.02,
  solution="a = (m2-m1)g/(m1+m2); T = 2 m1 m2 g/(m1+m2)", assumptions="massless frictionless pulley")
# M22
t = (5 + sqrt(25 + 2 * g * 30)) / g
Q(MECH, "A stone is thrown vertically upward at 5 m/s from the edge of a bridge 30 m above the river, on Earth. "
        "How long after the throw does it hit the water?",
  {"initial upward speed of the stone": "5 m/s", "height of the bridge above the water": "30 m"},
  "time to reach the water", "s", t, laws=1, rel_tol=0.02,
  solution="-30 = 5 t - g t^2/2, positive root", assumptions="no air resistance")
# M23
Q(MECH, "A 4 kg sled starts from rest at the top of a frictionless ramp 2 m high and then slides onto a horizontal rough "
        "floor with coefficient of kinetic friction 0.25. How far along the floor does it slide before stopping?",
  {"mass of the sled": "4 kg", "height of the ramp": "2 m", "coefficient of kinetic friction of the floor": "0.25"},
  "sliding distance on the floor", "m", 2 / 0.25, laws=2, irrelevant=["mass of the sled"],
  solution="m g h = mu m g d -> d = h/mu", assumptions="ramp frictionless, smooth transition")
# M24
V = sqrt(2 * g * 0.12)
vb = (2.010 / 0.010) * V
Q(MECH, "A 10 g bullet is fired horizontally into a 2.0 kg wooden block hanging as a ballistic pendulum on Earth. The bullet "
        "embeds in the block, which then swings up so that its center rises 12 cm. What was the speed of the bullet?",
  {"mass of the bullet": "10 g", "mass of the block": "2.0 kg", "rise of the block": "12 cm"},
  "speed of the bullet before impact", "m/s", vb, laws=2, rel_tol=0.02,
  solution="V = sqrt(2 g h); v = (m+M) V / m", assumptions="perfectly inelastic, short collision")

# =====================================================================
GRAV = "gravitation and orbits"
ME, RE = 5.972e24, 6.371e6
GME = G * ME
# G1
r = RE + 400e3
vorb = sqrt(GME / r)
Q(GRAV, "A satellite is in a circular orbit 400 km above the Earth's surface. Take the mass of the Earth as 5.972e24 kg "
        "and its radius as 6371 km. What is its orbital speed?",
  {"mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km", "altitude of the satellite": "400 km"},
  "orbital speed of the satellite", "km/s", vorb / 1000, laws=2,
  solution="G M m/r^2 = m v^2/r, r = R + h", assumptions="circular orbit")
# G2
Q(GRAV, "A satellite circles the Earth at an altitude of 400 km. Using 5.972e24 kg for the Earth's mass and 6371 km for its "
        "radius, find the orbital period.",
  {"mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km", "altitude of the satellite": "400 km"},
  "orbital period", "min", 2 * pi * r / vorb / 60, laws=2,
  solution="T = 2 pi sqrt(r^3/GM)", assumptions="circular orbit")
# G3
T = 23.934 * 3600
rg = (GME * T**2 / (4 * pi**2))**(1 / 3)
Q(GRAV, "A geostationary satellite orbits with the same period as the Earth's rotation (sidereal day 23.934 h). With the "
        "Earth's mass 5.972e24 kg, what is the radius of its orbit measured from the Earth's center?",
  {"mass of the Earth": "5.972e24 kg", "rotation period of the Earth": "23.934 h"},
  "radius of the geostationary orbit", "km", rg / 1000, laws=2,
  solution="r = (G M T^2 / 4 pi^2)^(1/3)", assumptions="circular equatorial orbit")
# G4
Q(GRAV, "The Moon has a mass of 7.35e22 kg and a radius of 1737 km. What is the escape speed from its surface?",
  {"mass of the Moon": "7.35e22 kg", "radius of the Moon": "1737 km"},
  "escape speed from the Moon's surface", "km/s", sqrt(2 * G * 7.35e22 / 1.737e6) / 1000, laws=1,
  solution="v = sqrt(2GM/R)", assumptions="no atmosphere, non-rotating")
# G5
Q(GRAV, "Mars has mass 6.42e23 kg and radius 3390 km. What is the gravitational acceleration at its surface?",
  {"mass of Mars": "6.42e23 kg", "radius of Mars": "3390 km"},
  "surface gravitational acceleration on Mars", "m/s^2", G * 6.42e23 / 3.39e6**2, laws=1,
  solution="g = GM/R^2", assumptions="spherical, rotation ignored")
# G6
Q(GRAV, "In a Cavendish-type experiment, a 10 kg lead sphere and a 0.5 kg lead sphere have centers 20 cm apart. What is "
        "the gravitational force between them?",
  {"mass of the large sphere": "10 kg", "mass of the small sphere": "0.5 kg", "distance between centers": "20 cm"},
  "gravitational force between the spheres", "nN", G * 10 * 0.5 / 0.2**2 * 1e9, laws=1,
  solution="F = G m1 m2 / r^2", assumptions="uniform spheres")
# G7
Ms = 1.989e30
Tp = 2 * pi * sqrt((2.5 * AU)**3 / (G * Ms)) / year
Q(GRAV, "A planet orbits a star of mass 1.989e30 kg on an orbit of semi-major axis 2.5 AU. What is its orbital period?",
  {"mass of the star": "1.989e30 kg", "semi-major axis of the orbit": "2.5 AU"},
  "orbital period of the planet", "yr", Tp, laws=2,
  solution="Kepler III: T = 2 pi sqrt(a^3/GM)", assumptions="planet mass negligible, 1 yr = 365.25 d")
# G8 ND
Q(GRAV, "A 500 kg probe is put in a circular orbit 200 km above the surface of a newly discovered planet whose radius is "
        "3000 km. What is the orbital period?",
  {"mass of the probe": "500 kg", "altitude of the orbit": "200 km", "radius of the planet": "3000 km"},
  "orbital period of the probe", "min", None, outcome="not derivable", laws=2,
  solution="planet's mass (or surface gravity) missing", assumptions="")
# G9
rI, TI = 4.217e8, 1.769 * 86400
MJ = 4 * pi**2 * rI**3 / (G * TI**2)
Q(GRAV, "Io (mass 8.93e22 kg) orbits Jupiter in a nearly circular orbit of radius 421,700 km with a period of 1.769 days. "
        "Estimate the mass of Jupiter.",
  {"mass of Io": "8.93e22 kg", "orbital radius of Io": "421700 km", "orbital period of Io": "1.769 d"},
  "mass of Jupiter", "kg", MJ, laws=2, irrelevant=["mass of Io"],
  solution="M = 4 pi^2 r^3/(G T^2)", assumptions="Io's mass negligible compared with Jupiter's")
# G10
ro = RE + 300e3
dE = GME * 1000 * (1 / RE - 1 / (2 * ro))
Q(GRAV, "How much energy must be given to a 1000 kg satellite to take it from rest on the Earth's surface to a circular "
        "orbit 300 km high? Use Earth mass 5.972e24 kg and radius 6371 km and ignore the Earth's rotation and air drag.",
  {"mass of the satellite": "1000 kg", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km",
   "altitude of the orbit": "300 km"},
  "energy needed to place the satellite in orbit", "GJ", dE / 1e9, laws=3,
  solution="dE = GMm(1/R - 1/(2r))", assumptions="no rotation, no drag")
# G11
r11 = 6.371e6 + 1.0e6
T11 = 2 * pi * sqrt(r11**3 / (9.81 * 6.371e6**2)) / 60
Q(GRAV, "The gravitational acceleration at the Earth's surface is 9.81 m/s^2 and the Earth's radius is 6371 km. What is "
        "the period of a satellite in a circular orbit 1000 km above the surface?",
  {"surface gravitational acceleration": "9.81 m/s^2", "radius of the Earth": "6371 km", "altitude of the orbit": "1000 km"},
  "orbital period", "min", T11, laws=2,
  solution="GM = g R^2; T = 2 pi sqrt(r^3/(g R^2))", assumptions="circular orbit")
# G12
Q(GRAV, "A planet has twice the mass and twice the radius of the Earth, where surface gravity is 9.81 m/s^2. What does a "
        "70 kg astronaut weigh on its surface?",
  {"mass of the astronaut": "70 kg", "surface gravity on Earth": "9.81 m/s^2", "ratio of planet mass to Earth mass": "2",
   "ratio of planet radius to Earth radius": "2"},
  "weight of the astronaut on the planet", "N", 70 * 9.81 * 2 / 4, laws=1,
  solution="g_p = g (M ratio)/(R ratio)^2; W = m g_p", assumptions="rotation ignored")
# G13 ill-posed
Q(GRAV, "A satellite moves in a circular orbit 300 km above the Earth (mass 5.972e24 kg, radius 6371 km) at a speed of "
        "12 km/s. What is its orbital period?",
  {"mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km", "altitude of the satellite": "300 km",
   "speed of the satellite": "12 km/s"},
  "orbital period", "min", None, outcome="ill-posed", laws=2,
  solution="a circular orbit at 300 km needs ~7.7 km/s; 12 km/s exceeds escape speed: contradictory", assumptions="")
# G14
Q(GRAV, "Planet A orbits a star with a period of 1 year at a semi-major axis of 1 AU. Planet B, of mass 3e24 kg, orbits "
        "the same star at a semi-major axis of 4 AU. What is planet B's orbital period?",
  {"orbital period of planet A": "1 yr", "semi-major axis of planet A": "1 AU", "semi-major axis of planet B": "4 AU",
   "mass of planet B": "3e24 kg"},
  "orbital period of planet B", "yr", 4**1.5, laws=1, irrelevant=["mass of planet B"],
  solution="T ~ a^(3/2)", assumptions="planet masses negligible vs star")
# G15
rp, ra = 0.6 * AU, 30 * AU
vp = sqrt(2 * G * Ms * ra / (rp * (ra + rp)))
Q(GRAV, "A comet moves on an elliptical orbit around a star of mass 1.989e30 kg. Its closest distance to the star is 0.6 AU "
        "and its farthest distance is 30 AU. How fast does it move at closest approach?",
  {"mass of the star": "1.989e30 kg", "perihelion distance": "0.6 AU", "aphelion distance": "30 AU"},
  "speed of the comet at perihelion", "km/s", vp / 1000, laws=2,
  solution="energy + angular momentum conservation: v_p = sqrt(2GM r_a/(r_p (r_a+r_p)))", assumptions="two-body, comet mass negligible")
# G16 ND
Q(GRAV, "A 300 kg lander sits on the surface of a moon of radius 5000 km. What is the escape speed from the moon's surface?",
  {"mass of the lander": "300 kg", "radius of the moon": "5000 km"},
  "escape speed from the surface", "km/s", None, outcome="not derivable", laws=1,
  solution="needs the moon's mass (or density or surface g)", assumptions="")
# G17
r17 = 6.371e6 + 250 * mi
GMe_true = 3.986004418e14
T17 = 2 * pi * sqrt(r17**3 / GMe_true) / 60
Q(GRAV, "A space station orbits the Earth in a circular orbit at an altitude of 250 miles. What is its orbital period?",
  {"altitude of the station": "250 mi"},
  "orbital period of the station", "min", T17, laws=2, rel_tol=0.02,
  solution="r = R_E + h; T = 2 pi sqrt(r^3/(G M_E))", assumptions="standard Earth mass 5.97e24 kg and radius 6371 km")
# G18
v18 = sqrt(2 * GME * (1 / RE - 1 / (RE + 500e3)))
Q(GRAV, "A projectile is launched straight up from the Earth's surface (mass 5.972e24 kg, radius 6371 km). Ignoring air "
        "resistance and the Earth's rotation, what minimum launch speed lets it reach an altitude of 500 km?",
  {"mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km", "maximum altitude": "500 km"},
  "minimum launch speed", "m/s", v18, laws=2,
  solution="1/2 v^2 = GM(1/R - 1/(R+h)) (inverse-square gravity, not uniform g)", assumptions="no drag, no rotation")
# G19 ND
Q(GRAV, "Two stars of a binary system have masses 2.0e30 kg and 1.5e30 kg. The binary is 50 light-years from Earth. What is "
        "the gravitational force between the two stars?",
  {"mass of star A": "2.0e30 kg", "mass of star B": "1.5e30 kg", "distance of the binary from Earth": "50 ly"},
  "gravitational force between the stars", "N", None, outcome="not derivable", laws=1,
  solution="separation between the stars not given (distance to Earth is irrelevant)", assumptions="")

# =====================================================================
FL = "fluids"
# F1
Q(FL, "A diver is 25 m below the surface of the sea (seawater density 1025 kg/m^3) on Earth, where the atmospheric pressure "
      "at the surface is 101.325 kPa. What is the absolute pressure at the diver's depth?",
  {"depth": "25 m", "density of seawater": "1025 kg/m^3", "atmospheric pressure": "101.325 kPa"},
  "absolute pressure at the diver's depth", "kPa", 101.325 + 1025 * g * 25 / 1000, laws=1,
  solution="p = p0 + rho g h", assumptions="g = 9.81 m/s^2, incompressible water")
# F2
Q(FL, "A block of wood with density 600 kg/m^3 floats in fresh water of density 1000 kg/m^3. What percentage of its volume "
      "is below the waterline?",
  {"density of the wood": "600 kg/m^3", "density of the water": "1000 kg/m^3"},
  "fraction of the block's volume submerged", "%", 60.0, laws=2,
  solution="Archimedes + equilibrium: f = rho_wood/rho_water", assumptions="floating at rest")
# F3
Q(FL, "A 2.0 kg piece of aluminium (density 2.70 g/cm^3) hangs from a string, fully submerged in water of density "
      "1.00 g/cm^3, on Earth. What is the tension in the string?",
  {"mass of the aluminium": "2.0 kg", "density of aluminium": "2.70 g/cm^3", "density of water": "1.00 g/cm^3"},
  "tension in the string", "N", 2.0 * g * (1 - 1 / 2.7), laws=2, rel_tol=0.02,
  solution="T = m g - rho_w V g, V = m/rho_Al", assumptions="at rest")
# F4
Q(FL, "Water flows at 2 m/s through a pipe of inner diameter 4 cm that narrows to an inner diameter of 2 cm. What is the "
      "water speed in the narrow section?",
  {"diameter of the wide section": "4 cm", "speed in the wide section": "2 m/s", "diameter of the narrow section": "2 cm"},
  "speed of the water in the narrow section", "m/s", 2 * (4 / 2)**2, laws=1,
  solution="A1 v1 = A2 v2", assumptions="incompressible steady flow")
# F5
v2 = 1.5 * (10 / 5)**2
P2 = 200e3 - 0.5 * 1000 * (v2**2 - 1.5**2)
Q(FL, "Water (density 1000 kg/m^3) flows through a horizontal pipe that narrows from 10 cm to 5 cm in diameter. In the wide "
      "part the pressure is 200 kPa and the speed is 1.5 m/s. What is the pressure in the narrow part?",
  {"diameter of the wide part": "10 cm", "diameter of the narrow part": "5 cm", "pressure in the wide part": "200 kPa",
   "speed in the wide part": "1.5 m/s", "density of water": "1000 kg/m^3"},
  "pressure in the narrow part", "kPa", P2 / 1000, laws=2,
  solution="continuity v2 = v1 (d1/d2)^2; Bernoulli p2 = p1 - rho (v2^2 - v1^2)/2", assumptions="ideal fluid, horizontal")
# F6
Q(FL, "A large open water tank, on Earth, has a small hole of diameter 1 cm in its side, 3 m below the water surface. With "
      "what speed does water emerge from the hole?",
  {"depth of the hole below the surface": "3 m", "diameter of the hole": "1 cm"},
  "efflux speed of the water", "m/s", sqrt(2 * g * 3), laws=1, irrelevant=["diameter of the hole"], rel_tol=0.02,
  solution="Torricelli v = sqrt(2 g h)", assumptions="tank much wider than hole, ideal fluid")
# F7
A7 = pi * 0.008**2
v7 = 0.040 / 50 / A7
x7 = v7 * sqrt(2 * 1.0 / g)
Q(FL, "A garden hose with inner diameter 1.6 cm fills a 40 L bucket in 50 s. The hose end is held horizontally 1.0 m above "
      "level ground, on Earth. How far horizontally from the hose end does the stream hit the ground?",
  {"inner diameter of the hose": "1.6 cm", "volume of the bucket": "40 L", "filling time": "50 s",
   "height of the hose end": "1.0 m"},
  "horizontal reach of the water stream", "m", x7, laws=2, rel_tol=0.02,
  solution="v = Q/A; projectile: x = v sqrt(2h/g)", assumptions="no nozzle, no air resistance")
# F8
Q(FL, "In a hydraulic car lift on Earth, the small piston has diameter 2 cm and the large piston diameter 30 cm. What force "
      "on the small piston holds a 1500 kg load on the large piston?",
  {"diameter of the small piston": "2 cm", "diameter of the large piston": "30 cm", "mass of the load": "1500 kg"},
  "force on the small piston", "N", 1500 * g * (2 / 30)**2, laws=2, rel_tol=0.02,
  solution="Pascal: F1/A1 = F2/A2, F2 = m g", assumptions="pistons at same height, massless pistons")
# F9
vt = 2 * (1e-3)**2 * (2500 - 1260) * g / (9 * 1.41)
Q(FL, "A glass bead of radius 1.0 mm and density 2500 kg/m^3 falls through glycerin (density 1260 kg/m^3, viscosity "
      "1.41 Pa*s) on Earth. What is its terminal speed?",
  {"radius of the bead": "1.0 mm", "density of the bead": "2500 kg/m^3", "density of glycerin": "1260 kg/m^3",
   "viscosity of glycerin": "1.41 Pa*s"},
  "terminal speed of the bead", "mm/s", vt * 1000, laws=3, rel_tol=0.02,
  solution="weight = buoyancy + Stokes drag: v = 2 r^2 (rho_s - rho_f) g/(9 eta)", assumptions="Stokes regime (Re << 1)")
# F10 ND
Q(FL, "Water flows through a horizontal Venturi meter. The pressure difference between the wide section and the throat is "
      "15 kPa, and the throat diameter is 3 cm. What is the flow speed in the wide section?",
  {"pressure difference": "15 kPa", "diameter of the throat": "3 cm", "density of water": "1000 kg/m^3"},
  "flow speed in the wide section", "m/s", None, outcome="not derivable", laws=2,
  solution="the wide-section diameter is needed for continuity", assumptions="")
# F11 ND
Q(FL, "A solid object floats in an oil bath with 70% of its volume submerged. What is the density of the object?",
  {"fraction of volume submerged": "70 %", "volume of the object": "250 cm^3"},
  "density of the object", "kg/m^3", None, outcome="not derivable", laws=2,
  solution="density of the oil is not given", assumptions="")
# F12
Q(FL, "An open-ended mercury manometer (mercury density 13600 kg/m^3) connected to a gas tank shows the mercury 12 cm higher "
      "in the open arm than in the arm connected to the tank, on Earth. What is the gauge pressure of the gas?",
  {"height difference of the mercury columns": "12 cm", "density of mercury": "13600 kg/m^3"},
  "gauge pressure of the gas", "kPa", 13600 * g * 0.12 / 1000, laws=1, rel_tol=0.02,
  solution="p_gauge = rho g h", assumptions="gas column weight negligible")
# F13 ill-posed
Q(FL, "A 0.02 m^3 block of density 500 kg/m^3 floats at rest in water (density 1000 kg/m^3) with 80% of its volume "
      "submerged. What is the buoyant force on it?",
  {"volume of the block": "0.02 m^3", "density of the block": "500 kg/m^3", "density of water": "1000 kg/m^3",
   "fraction submerged": "80 %"},
  "buoyant force on the block", "N", None, outcome="ill-posed", laws=2,
  solution="floating equilibrium requires 50% submerged; givens contradict (98 N vs 157 N)", assumptions="")
# F14
Q(FL, "A pump lifts water (density 1000 kg/m^3) through a height of 20 m at a rate of 15 L/s, on Earth. What is the "
      "minimum power required?",
  {"lift height": "20 m", "volume flow rate": "15 L/s", "density of water": "1000 kg/m^3"},
  "minimum pump power", "kW", 1000 * 0.015 * g * 20 / 1000, laws=2, rel_tol=0.02,
  solution="P = rho Q g h", assumptions="no losses, negligible kinetic energy at outlet")
# F15
Q(FL, "A helium balloon has a volume of 4.0 m^3. The surrounding air has density 1.20 kg/m^3 and the helium inside has "
      "density 0.18 kg/m^3. The envelope and strings have mass 0.5 kg. What maximum payload mass can it just hold aloft?",
  {"volume of the balloon": "4.0 m^3", "density of air": "1.20 kg/m^3", "density of helium": "0.18 kg/m^3",
   "mass of the envelope": "0.5 kg"},
  "maximum payload mass", "kg", 4 * (1.20 - 0.18) - 0.5, laws=2,
  solution="buoyancy = weights: m = V(rho_air - rho_He) - m_env", assumptions="payload volume negligible")
# F16
Q(FL, "A car tire gauge reads 32 psi. The atmospheric pressure is 1 atm. What is the absolute pressure of the air in the tire?",
  {"gauge pressure": "32 psi", "atmospheric pressure": "1 atm"},
  "absolute pressure in the tire", "bar", (32 * psi + atm) / 1e5, laws=1,
  solution="p_abs = p_gauge + p_atm", assumptions="")
# F17
Q(FL, "Water flows at 2 m/s up through a vertical pipe of constant diameter. The pressure at the bottom is 300 kPa. What is "
      "the pressure 5 m higher, on Earth? (water density 1000 kg/m^3)",
  {"flow speed": "2 m/s", "pressure at the bottom": "300 kPa", "height difference": "5 m", "density of water": "1000 kg/m^3"},
  "pressure at the top", "kPa", 300 - 1000 * g * 5 / 1000, laws=1, irrelevant=["flow speed"],
  solution="Bernoulli with equal speeds: p2 = p1 - rho g h", assumptions="ideal fluid, constant cross-section")
# F18 ND
Q(FL, "Water leaves the end of a horizontal pipe at 3 m/s. What is the volume flow rate?",
  {"speed of the water": "3 m/s", "length of the pipe": "12 m"},
  "volume flow rate", "L/s", None, outcome="not derivable", laws=1,
  solution="pipe cross-section (diameter) not given", assumptions="")

# =====================================================================
TH = "thermodynamics and heat"
cw = 4186
# T1
Q(TH, "How much heat is needed to take 2.0 kg of water at 20 degC, heat it to 100 degC and boil it all away at atmospheric "
      "pressure? Specific heat of water 4186 J/(kg*K), latent heat of vaporization 2.26 MJ/kg.",
  {"mass of water": "2.0 kg", "initial temperature": "20 degC", "specific heat of water": "4186 J/(kg*K)",
   "latent heat of vaporization": "2.26 MJ/kg"},
  "heat needed", "MJ", (2 * cw * 80 + 2 * 2.26e6) / 1e6, laws=2,
  solution="Q = m c dT + m L", assumptions="boils at 100 degC, no losses")
# T2
Q(TH, "In an insulated container, 200 g of water at 80 degC is mixed with 300 g of water at 20 degC. The room is at 22 degC. "
      "What is the final temperature?",
  {"mass of the hot water": "200 g", "temperature of the hot water": "80 degC", "mass of the cold water": "300 g",
   "temperature of the cold water": "20 degC", "room temperature": "22 degC"},
  "final temperature of the mixture", "degC", (200 * 80 + 300 * 20) / 500, laws=1, irrelevant=["room temperature"],
  solution="m1 (T1 - T) = m2 (T - T2)", assumptions="insulated, container heat capacity neglected")
# T3
Qw = 0.300 * cw * 30
Qm = 0.050 * 334e3
Tf = (Qw - Qm) / (0.350 * cw)
Q(TH, "50 g of ice at 0 degC is dropped into 300 g of water at 30 degC in an insulated cup. Specific heat of water "
      "4186 J/(kg*K), latent heat of fusion 334 kJ/kg. What is the final equilibrium temperature?",
  {"mass of the ice": "50 g", "temperature of the ice": "0 degC", "mass of the water": "300 g",
   "temperature of the water": "30 degC", "specific heat of water": "4186 J/(kg*K)", "latent heat of fusion": "334 kJ/kg"},
  "final temperature", "degC", Tf, laws=2,
  solution="all ice melts; m_w c (30 - T) = m_i L + m_i c T", assumptions="cup heat capacity neglected")
# T4
Q(TH, "A heat engine operates between a hot reservoir at 500 degC and a cold reservoir at 20 degC. What is the maximum "
      "possible efficiency?",
  {"temperature of the hot reservoir": "500 degC", "temperature of the cold reservoir": "20 degC"},
  "maximum efficiency", "%", (1 - 293.15 / 773.15) * 100, laws=1,
  solution="eta = 1 - Tc/Th in kelvin", assumptions="Carnot engine")
# T5
Q(TH, "A Carnot engine works between reservoirs at 600 K and 300 K and absorbs 1200 J from the hot reservoir each cycle. "
      "How much work does it do per cycle?",
  {"temperature of the hot reservoir": "600 K", "temperature of the cold reservoir": "300 K",
   "heat absorbed per cycle": "1200 J"},
  "work done per cycle", "J", 1200 * (1 - 300 / 600), laws=2,
  solution="W = eta Qh, eta = 1 - Tc/Th", assumptions="reversible")
# T6
rho6 = 2 * atm * 0.028 / (R * 300.15)
Q(TH, "Nitrogen gas (molar mass 28 g/mol) is stored at a pressure of 2 atm and a temperature of 27 degC. Treating it as an "
      "ideal gas, what is its density?",
  {"pressure": "2 atm", "temperature": "27 degC", "molar mass of nitrogen": "28 g/mol"},
  "density of the gas", "kg/m^3", rho6, laws=2,
  solution="rho = p M/(R T)", assumptions="ideal gas")
# T7
Q(TH, "One mole of an ideal gas expands isothermally and reversibly at 300 K from 10 L to 30 L. How much work does the gas do?",
  {"amount of gas": "1 mol", "temperature": "300 K", "initial volume": "10 L", "final volume": "30 L"},
  "work done by the gas", "J", R * 300 * log(3), laws=1,
  solution="W = n R T ln(V2/V1)", assumptions="ideal gas, reversible isothermal")
# T8
Q(TH, "A diatomic ideal gas initially at 1 atm and 300 K is compressed adiabatically and reversibly to one tenth of its "
      "initial volume. What is its final temperature?",
  {"initial pressure": "1 atm", "initial temperature": "300 K", "compression ratio V1/V2": "10"},
  "final temperature", "K", 300 * 10**0.4, laws=1, irrelevant=["initial pressure"],
  solution="T V^(gamma-1) const, gamma = 7/5", assumptions="rigid diatomic, gamma = 1.4")
# T9
Q(TH, "A steel rail is 25 m long at 0 degC. Steel's linear expansion coefficient is 12e-6 per K. By how much does the rail "
      "lengthen when heated to 40 degC?",
  {"length of the rail": "25 m", "initial temperature": "0 degC", "final temperature": "40 degC",
   "coefficient of linear expansion": "12e-6 1/K"},
  "increase in length of the rail", "mm", 25 * 12e-6 * 40 * 1000, laws=1,
  solution="dL = alpha L dT", assumptions="free expansion")
# T10
Q(TH, "A single glass window pane measures 1.2 m by 0.8 m and is 4 mm thick; the thermal conductivity of glass is "
      "0.8 W/(m*K). The inner surface is at 20 degC and the outer surface at -5 degC. What is the rate of heat flow through it?",
  {"width of the pane": "1.2 m", "height of the pane": "0.8 m", "thickness of the pane": "4 mm",
   "thermal conductivity of glass": "0.8 W/(m*K)", "inner surface temperature": "20 degC",
   "outer surface temperature": "-5 degC"},
  "rate of heat conduction through the pane", "W", 0.8 * 0.96 * 25 / 0.004, laws=1,
  solution="P = k A dT / d", assumptions="steady state, 1D")
# T11
Q(TH, "A sphere of radius 5 cm behaving as a perfect blackbody has surface temperature 500 K. How much power does it radiate?",
  {"radius of the sphere": "5 cm", "surface temperature": "500 K", "emissivity": "1"},
  "radiated power", "W", sigma * 4 * pi * 0.05**2 * 500**4, laws=1,
  solution="P = e sigma A T^4", assumptions="emission only (no absorption)")
# T12
Q(TH, "What is the rms speed of nitrogen molecules (molar mass 28 g/mol) in a gas at 300 K?",
  {"molar mass of nitrogen": "28 g/mol", "temperature of the gas": "300 K"},
  "rms speed of the molecules", "m/s", sqrt(3 * R * 300 / 0.028), laws=1,
  solution="v_rms = sqrt(3RT/M)", assumptions="ideal gas")
# T13 ND
Q(TH, "A 0.5 kg copper block at 200 degC (specific heat 385 J/(kg*K)) is dropped into water at 20 degC (specific heat "
      "4186 J/(kg*K)) in an insulated container. What is the final temperature?",
  {"mass of the copper": "0.5 kg", "temperature of the copper": "200 degC", "specific heat of copper": "385 J/(kg*K)",
   "temperature of the water": "20 degC", "specific heat of water": "4186 J/(kg*K)"},
  "final temperature", "degC", None, outcome="not derivable", laws=1,
  solution="mass of the water is missing", assumptions="")
# T14 ND
Q(TH, "An ideal gas at a constant pressure of 2 atm expands from an initial volume of 3 L while absorbing heat. How much work "
      "does it do?",
  {"pressure": "2 atm", "initial volume": "3 L"},
  "work done by the gas", "J", None, outcome="not derivable", laws=1,
  solution="final volume (or temperature change and amount) missing", assumptions="")
# T15 ill-posed
Q(TH, "An engine operating between reservoirs at 400 K and 300 K has an efficiency of 40% and takes in 1000 J of heat per "
      "cycle. How much heat does it reject per cycle?",
  {"temperature of the hot reservoir": "400 K", "temperature of the cold reservoir": "300 K", "efficiency": "40 %",
   "heat input per cycle": "1000 J"},
  "heat rejected per cycle", "J", None, outcome="ill-posed", laws=2,
  solution="Carnot limit is 25%; 40% violates the second law", assumptions="")
# T16
Q(TH, "2 mol of a monatomic ideal gas is heated in a rigid container from 300 K to 400 K. How much heat is absorbed?",
  {"amount of gas": "2 mol", "initial temperature": "300 K", "final temperature": "400 K"},
  "heat absorbed", "J", 1.5 * 2 * R * 100, laws=2,
  solution="W = 0 so Q = dU = n (3/2) R dT", assumptions="ideal monatomic, constant volume")
# T17
Pel = 3000 * (1 - 263.15 / 295.15)
Q(TH, "An ideal (Carnot) heat pump keeps a house at 22 degC while it is -10 degC outside, delivering 3.0 kW of heat to the "
      "house. What is the minimum electrical power it needs?",
  {"indoor temperature": "22 degC", "outdoor temperature": "-10 degC", "heat delivered per unit time": "3.0 kW"},
  "minimum electrical power", "W", Pel, laws=2,
  solution="COP = Th/(Th - Tc); P = Qdot/COP", assumptions="reversible heat pump")
# T18
Q(TH, "1.0 kg of ice melts at 0 degC. The latent heat of fusion of water is 334 kJ/kg. What is the entropy change of the ice?",
  {"mass of ice": "1.0 kg", "melting temperature": "0 degC", "latent heat of fusion": "334 kJ/kg"},
  "entropy change of the ice", "J/K", 334e3 / 273.15, laws=2,
  solution="dS = m L / T", assumptions="reversible melting at 273.15 K")
# T19 ambiguous
Q(TH, "How much heat is needed to raise the temperature of 1 mol of an ideal diatomic gas by 50 K?",
  {"amount of gas": "1 mol", "temperature rise": "50 K"},
  "heat needed", "J", None, outcome="ambiguous", laws=2,
  solution="process unspecified: constant volume gives 1039 J, constant pressure 1455 J", assumptions="")
# T20
t20 = 1.5 * cw * 85 / 2000 / 60
Q(TH, "An electric kettle rated at 2.0 kW heats 1.5 L of water from 15 degC to 100 degC. Assuming all the electrical energy "
      "goes into the water (specific heat 4186 J/(kg*K), density 1 kg/L), how long does it take?",
  {"power of the kettle": "2.0 kW", "volume of water": "1.5 L", "initial temperature": "15 degC",
   "final temperature": "100 degC", "specific heat of water": "4186 J/(kg*K)"},
  "heating time", "min", t20, laws=2,
  solution="t = m c dT / P", assumptions="100% efficient, 1 kg/L")
# T21
Q21 = 150 * cw * (120 - 50) * 5 / 9
Q(TH, "A water heater warms 150 L of water (1 kg/L, specific heat 4186 J/(kg*K)) from 50 degF to 120 degF. How much heat "
      "does this require?",
  {"volume of water": "150 L", "initial temperature": "50 degF", "final temperature": "120 degF",
   "specific heat of water": "4186 J/(kg*K)"},
  "heat required", "kWh", Q21 / 3.6e6, laws=1,
  solution="Q = m c dT with dT = 70*5/9 K", assumptions="no losses")
# T22 ND
Q(TH, "A 1500 W electric heater warms the air in a closed room from 10 degC to 20 degC. Ignoring heat losses, how long "
      "does it take?",
  {"power of the heater": "1500 W", "initial air temperature": "10 degC", "final air temperature": "20 degC"},
  "heating time", "min", None, outcome="not derivable", laws=2,
  solution="room volume (mass of air) not given", assumptions="")
# T23
Q(TH, "A lead bullet travelling at 300 m/s hits a steel wall and stops. Half of its kinetic energy goes into heating the "
      "bullet. The specific heat of lead is 128 J/(kg*K). What is the temperature rise of the bullet?",
  {"speed of the bullet": "300 m/s", "fraction of kinetic energy heating the bullet": "50 %",
   "specific heat of lead": "128 J/(kg*K)"},
  "temperature rise of the bullet", "K", 0.5 * 0.5 * 300**2 / 128, laws=2,
  solution="1/2 (1/2 m v^2) = m c dT", assumptions="no melting")

# =====================================================================
WV = "waves and sound"
# W1
Q(WV, "A stretched string has linear mass density 5 g/m and is under a tension of 80 N. What is the speed of transverse "
      "waves on it?",
  {"linear mass density": "5 g/m", "tension in the string": "80 N"},
  "wave speed on the string", "m/s", sqrt(80 / 0.005), laws=1,
  solution="v = sqrt(T/mu)", assumptions="")
# W2
mu2 = 3.5e-3 / 0.65
f2 = sqrt(70 / mu2) / (2 * 0.65)
Q(WV, "A guitar string 65 cm long between its fixed ends has a mass of 3.5 g and is under a tension of 70 N. What is its "
      "fundamental frequency?",
  {"length of the string": "65 cm", "mass of the string": "3.5 g", "tension in the string": "70 N"},
  "fundamental frequency", "Hz", f2, laws=2,
  solution="mu = m/L; v = sqrt(T/mu); f1 = v/(2L)", assumptions="string mass uniformly over vibrating length")
# W3
Q(WV, "A tuning fork vibrates at 440 Hz in air where the speed of sound is 343 m/s. What is the wavelength of the sound?",
  {"frequency": "440 Hz", "speed of sound": "343 m/s"},
  "wavelength of the sound", "cm", 343 / 440 * 100, laws=1,
  solution="lambda = v/f", assumptions="")
# W4
Q(WV, "What is the speed of sound in dry air at 35 degC?",
  {"temperature of the air": "35 degC"},
  "speed of sound", "m/s", sqrt(1.4 * R * 308.15 / 0.028965), laws=1,
  solution="v = sqrt(gamma R T/M), gamma 1.4, M 28.97 g/mol (~ 331.3 sqrt(T/273.15))", assumptions="ideal diatomic gas")
# W5
Q(WV, "An ambulance siren emits 700 Hz while the ambulance approaches a stationary pedestrian at 30 m/s. The speed of sound is "
      "343 m/s. What frequency does the pedestrian hear?",
  {"frequency of the siren": "700 Hz", "speed of the ambulance": "30 m/s", "speed of sound": "343 m/s"},
  "frequency heard by the pedestrian", "Hz", 700 * 343 / (343 - 30), laws=1,
  solution="f' = f v/(v - vs)", assumptions="still air")
# W6
Q(WV, "A train sounding a 500 Hz horn moves away from a cyclist at 25 m/s, while the cyclist rides toward the train (chasing it) "
      "at 10 m/s, both relative to still air. The speed of sound is 340 m/s. What frequency does the cyclist hear?",
  {"frequency of the horn": "500 Hz", "speed of the train": "25 m/s", "speed of the cyclist": "10 m/s",
   "speed of sound": "340 m/s"},
  "frequency heard by the cyclist", "Hz", 500 * (340 + 10) / (340 + 25), laws=1,
  solution="f' = f (v + vo)/(v + vs)", assumptions="still air, collinear motion")
# W7
Q(WV, "The sound intensity at a busy street corner is 3.0e-5 W/m^2. What is the sound intensity level?",
  {"sound intensity": "3.0e-5 W/m^2"},
  "sound intensity level", "dB", 10 * log10(3e-5 / 1e-12), laws=1,
  solution="L = 10 log10(I/I0), I0 = 1e-12 W/m^2", assumptions="")
# W8
I8 = 2 / (4 * pi * 10**2)
Q(WV, "A small loudspeaker radiates 2.0 W of acoustic power uniformly in all directions. What is the sound intensity level "
      "10 m away?",
  {"acoustic power of the speaker": "2.0 W", "distance from the speaker": "10 m"},
  "sound intensity level at that distance", "dB", 10 * log10(I8 / 1e-12), laws=2,
  solution="I = P/(4 pi r^2); L = 10 log(I/I0)", assumptions="isotropic, no absorption or reflection")
# W9
Q(WV, "Each of two identical machines produces a sound level of 80 dB at a worker's position. What is the sound level "
      "there when both run together?",
  {"sound level of machine 1": "80 dB", "sound level of machine 2": "80 dB"},
  "combined sound level", "dB", 80 + 10 * log10(2), laws=1,
  solution="intensities add: L = 80 + 10 log 2", assumptions="incoherent sources")
# W10
v10 = sqrt(1.4 * R * 293.15 / 0.028965)
Q(WV, "An organ pipe 0.85 m long is closed at one end and open at the other. The air in it is at 20 degC. What is the "
      "frequency of its first overtone?",
  {"length of the pipe": "0.85 m", "air temperature": "20 degC"},
  "frequency of the first overtone", "Hz", 3 * v10 / (4 * 0.85), laws=2,
  solution="v(20 degC) = 343 m/s; closed pipe overtone = 3 v/(4L)", assumptions="end correction neglected")
# W11
Q(WV, "Two identical strings each give 220 Hz when under 100 N tension. The tension of one is increased to 104 N. What beat "
      "frequency is heard when both are sounded together?",
  {"original frequency": "220 Hz", "original tension": "100 N", "new tension of string 2": "104 N"},
  "beat frequency", "Hz", 220 * (sqrt(1.04) - 1), laws=2,
  solution="f ~ sqrt(T); f_beat = |f2 - f1|", assumptions="same length and density")
# W12
Q(WV, "A 0.5 kg mass on a spring of constant 80 N/m oscillates horizontally with amplitude 6 cm on a frictionless surface. "
      "What is its maximum speed?",
  {"mass": "0.5 kg", "spring constant": "80 N/m", "amplitude": "6 cm"},
  "maximum speed of the mass", "m/s", 0.06 * sqrt(80 / 0.5), laws=1,
  solution="v_max = A omega = A sqrt(k/m)", assumptions="SHM")
# W13
gm = G * 7.342e22 / 1.7374e6**2
Q(WV, "An astronaut swings a 1.2 m simple pendulum on the Moon, whose mass is 7.342e22 kg and radius 1737.4 km. What is the "
      "period of small oscillations?",
  {"length of the pendulum": "1.2 m", "mass of the Moon": "7.342e22 kg", "radius of the Moon": "1737.4 km"},
  "period of the pendulum", "s", 2 * pi * sqrt(1.2 / gm), laws=2,
  solution="g = GM/R^2; T = 2 pi sqrt(L/g)", assumptions="small amplitude")
# W14 ND
Q(WV, "A string 60 cm long is fixed at both ends and stretched with a tension of 50 N. What is its fundamental frequency?",
  {"length of the string": "60 cm", "tension in the string": "50 N"},
  "fundamental frequency", "Hz", None, outcome="not derivable", laws=2,
  solution="linear density or mass of the string missing", assumptions="")
# W15 ND
Q(WV, "A police car approaches a stationary observer at 25 m/s with its siren on. The speed of sound is 343 m/s. What "
      "frequency does the observer hear?",
  {"speed of the police car": "25 m/s", "speed of sound": "343 m/s"},
  "frequency heard by the observer", "Hz", None, outcome="not derivable", laws=1,
  solution="emitted frequency of the siren not given", assumptions="")
# W16 ambiguous
Q(WV, "A pipe 1.0 m long is filled with air in which the speed of sound is 343 m/s. What is its fundamental frequency?",
  {"length of the pipe": "1.0 m", "speed of sound": "343 m/s"},
  "fundamental frequency", "Hz", None, outcome="ambiguous", laws=1,
  solution="open-open gives 171.5 Hz, closed at one end gives 85.75 Hz; not specified", assumptions="")
# W17
Q(WV, "A ship's sonar sends a pulse straight down and receives the echo from the sea floor 0.80 s later. The speed of sound "
      "in seawater is 1530 m/s. How deep is the sea there?",
  {"echo delay": "0.80 s", "speed of sound in seawater": "1530 m/s"},
  "depth of the sea", "m", 1530 * 0.8 / 2, laws=1,
  solution="d = v t/2", assumptions="")
# W18
Q(WV, "A 250 g mass hung from a spring on Earth stretches it by 5.0 cm at equilibrium. If pulled down and released, at "
      "what frequency does it oscillate?",
  {"mass": "250 g", "static extension of the spring": "5.0 cm"},
  "oscillation frequency", "Hz", sqrt(g / 0.05) / (2 * pi), laws=2, rel_tol=0.02,
  solution="k = m g/x; f = (1/2pi) sqrt(k/m) = (1/2pi) sqrt(g/x)", assumptions="ideal spring")
# W19
Q(WV, "Waves travel at 240 m/s on a string 1.2 m long fixed at both ends. What is the frequency of the third harmonic?",
  {"wave speed": "240 m/s", "length of the string": "1.2 m"},
  "frequency of the third harmonic", "Hz", 3 * 240 / (2 * 1.2), laws=1,
  solution="f_n = n v/(2L)", assumptions="")
# W20
Q(WV, "The sound level 5 m from a small source is 90 dB. What is the sound level 50 m from the source?",
  {"sound level at 5 m": "90 dB", "distance 1": "5 m", "distance 2": "50 m"},
  "sound level at 50 m", "dB", 90 - 20 * log10(10), laws=2,
  solution="inverse square law: L2 = L1 - 20 log(r2/r1)", assumptions="point source, free field, no absorption")
# W21 ND
Q(WV, "A 0.4 kg block attached to a horizontal spring oscillates on a frictionless table with an amplitude of 5 cm. What "
      "is the period of the oscillation?",
  {"mass of the block": "0.4 kg", "amplitude": "5 cm"},
  "period of oscillation", "s", None, outcome="not derivable", laws=1,
  solution="spring constant (or max speed) missing", assumptions="")

# =====================================================================
OP = "optics"
# O1
Q(OP, "A light ray in air strikes a calm water surface (refractive index 1.33) at 40 degrees to the normal. What is the angle "
      "of refraction?",
  {"angle of incidence": "40 deg", "refractive index of water": "1.33"},
  "angle of refraction", "deg", degrees(asin(sin(radians(40)) / 1.33)), laws=1,
  solution="Snell: sin r = sin i / n", assumptions="n_air = 1")
# O2
Q(OP, "What is the critical angle for light going from crown glass (refractive index 1.52) into air?",
  {"refractive index of the glass": "1.52"},
  "critical angle", "deg", degrees(asin(1 / 1.52)), laws=1,
  solution="sin c = 1/n", assumptions="n_air = 1")
# O3
Q(OP, "An object is placed 40 cm in front of a thin converging lens of focal length 15 cm. Where is the image, measured from "
      "the lens?",
  {"focal length": "15 cm", "object distance": "40 cm"},
  "image distance", "cm", 1 / (1 / 15 - 1 / 40), laws=1,
  solution="1/f = 1/do + 1/di", assumptions="real image on opposite side (positive)")
# O4
Q(OP, "A 2.0 cm tall object stands 10 cm in front of a converging lens of focal length 15 cm (used as a magnifier). What is "
      "the height of the image?",
  {"height of the object": "2.0 cm", "object distance": "10 cm", "focal length": "15 cm"},
  "height of the image", "cm", 2.0 * (1 / (1 / 10 - 1 / 15)) / 10, laws=2,
  solution="di = -30 cm (virtual); m = -di/do = 3; h' = 6 cm (upright)", assumptions="thin lens")
# O5
Q(OP, "A concave mirror has a radius of curvature of 40 cm. An object is placed 30 cm in front of it. How far from the mirror "
      "is the image?",
  {"radius of curvature": "40 cm", "object distance": "30 cm"},
  "image distance", "cm", 1 / (1 / 20 - 1 / 30), laws=2,
  solution="f = R/2 = 20 cm; 1/di = 1/f - 1/do", assumptions="paraxial")
# O6
Q(OP, "In a double-slit experiment the slits are 0.25 mm apart, the light has wavelength 600 nm and the screen is 2.0 m away. "
      "What is the spacing between adjacent bright fringes?",
  {"slit separation": "0.25 mm", "wavelength": "600 nm", "distance to the screen": "2.0 m"},
  "fringe spacing", "mm", 600e-9 * 2 / 0.25e-3 * 1000, laws=1,
  solution="dy = lambda L / d", assumptions="small angles")
# O7
Q(OP, "Light of wavelength 550 nm falls normally on a diffraction grating with 600 lines per mm. At what angle is the "
      "second-order maximum?",
  {"wavelength": "550 nm", "line density of the grating": "600 lines/mm", "diffraction order": "2"},
  "angle of the second-order maximum", "deg", degrees(asin(2 * 550e-9 * 600e3)), laws=1,
  solution="d sin theta = m lambda, d = 1/600 mm", assumptions="normal incidence")
# O8
Q(OP, "Light of wavelength 500 nm passes through a single slit 0.10 mm wide onto a screen 1.5 m away. How wide is the central "
      "bright maximum on the screen?",
  {"wavelength": "500 nm", "slit width": "0.10 mm", "distance to the screen": "1.5 m"},
  "width of the central maximum", "mm", 2 * 500e-9 * 1.5 / 0.1e-3 * 1000, laws=1,
  solution="w = 2 lambda L / a", assumptions="small angles")
# O9
Q(OP, "A soap film (refractive index 1.33) in air is illuminated at normal incidence. What is the minimum film thickness that "
      "gives strong (constructive) reflection of 550 nm light?",
  {"refractive index of the film": "1.33", "wavelength in air": "550 nm"},
  "minimum film thickness", "nm", 550 / (4 * 1.33), laws=2,
  solution="one reflection phase shift: 2 n t = (m + 1/2) lambda, m = 0", assumptions="normal incidence")
# O10
Q(OP, "Unpolarized light of intensity 800 W/m^2 passes through two ideal polarizers whose transmission axes are at 30 "
      "degrees to each other. What is the transmitted intensity?",
  {"incident intensity": "800 W/m^2", "angle between polarizer axes": "30 deg"},
  "transmitted intensity", "W/m^2", 800 / 2 * cos(radians(30))**2, laws=2,
  solution="first polarizer halves; Malus: I = I1 cos^2", assumptions="ideal polarizers")
# O11
Q(OP, "At what angle of incidence is light reflected from a glass surface (refractive index 1.50) in air completely polarized?",
  {"refractive index of the glass": "1.50"},
  "Brewster angle", "deg", degrees(atan(1.5)), laws=1,
  solution="tan theta_B = n", assumptions="incidence from air")
# O12
f12 = 1 / (1 / 0.20 - 1 / 0.50)
di12 = 1 / (1 / f12 - 1 / 0.40) * 100
Q(OP, "A thin converging lens of focal length 20 cm is placed in contact with a thin diverging lens of focal length -50 cm. "
      "An object is 40 cm from the pair. How far from the pair is the image?",
  {"focal length of lens 1": "20 cm", "focal length of lens 2": "-50 cm", "object distance": "40 cm"},
  "image distance", "cm", di12, laws=2,
  solution="P = 5 - 2 = 3 D (f = 33.3 cm); 1/di = 1/f - 1/do -> 200 cm", assumptions="thin lenses in contact")
# O13 ND
Q(OP, "A converging lens forms a real, inverted image 6 cm tall of an object 3 cm tall. What is the focal length of the lens?",
  {"height of the object": "3 cm", "height of the image": "6 cm"},
  "focal length", "cm", None, outcome="not derivable", laws=2,
  solution="magnification alone does not fix f; an object or image distance is needed", assumptions="")
# O14 ND
Q(OP, "A ray passes from a block of glass into water (refractive index 1.33), striking the interface at 30 degrees to the "
      "normal inside the glass. What is the angle of refraction in the water?",
  {"refractive index of water": "1.33", "angle of incidence in the glass": "30 deg"},
  "angle of refraction in the water", "deg", None, outcome="not derivable", laws=1,
  solution="refractive index of the glass not given", assumptions="")
# O15 ill-posed
Q(OP, "The speed of light in a certain glass is measured to be 4.0e8 m/s. What is the refractive index of the glass?",
  {"speed of light in the glass": "4.0e8 m/s"},
  "refractive index of the glass", "", None, outcome="ill-posed", laws=1,
  solution="speed exceeds c; a glass cannot have n < 1 for visible light", assumptions="")
# O16 ambiguous
Q(OP, "A thin lens has a focal length of magnitude 20 cm. An object is placed 30 cm from it. How far from the lens is the image?",
  {"magnitude of the focal length": "20 cm", "object distance": "30 cm"},
  "image distance", "cm", None, outcome="ambiguous", laws=1,
  solution="converging gives 60 cm (real), diverging gives 12 cm (virtual)", assumptions="")
# O17
Q(OP, "Light of frequency 5.0e14 Hz travels through glass of refractive index 1.50. What is its wavelength inside the glass?",
  {"frequency of the light": "5.0e14 Hz", "refractive index of the glass": "1.50"},
  "wavelength in the glass", "nm", c / 1.5 / 5e14 * 1e9, laws=2,
  solution="v = c/n; lambda = v/f", assumptions="")
# O18
Q(OP, "A magnifying glass has a focal length of 5 cm. The user's near point is 25 cm and the image is formed at the near "
      "point. What is the angular magnification?",
  {"focal length": "5 cm", "near point distance": "25 cm"},
  "angular magnification", "", 1 + 25 / 5, laws=1,
  solution="M = 1 + N/f (image at near point)", assumptions="lens close to the eye")
# O19
Q(OP, "A swimming pool is 2.0 m deep and filled with water of refractive index 1.33. Looking straight down from above, how deep "
      "does the pool appear?",
  {"actual depth": "2.0 m", "refractive index of water": "1.33"},
  "apparent depth", "m", 2.0 / 1.33, laws=1,
  solution="d' = d / n (near-normal viewing)", assumptions="paraxial")
# O20
Q(OP, "An optical fiber has a core of refractive index 1.50 and cladding of refractive index 1.46. What is the largest angle "
      "to the fiber axis, in air, at which light entering the end face is still guided by total internal reflection?",
  {"refractive index of the core": "1.50", "refractive index of the cladding": "1.46"},
  "maximum acceptance angle", "deg", degrees(asin(sqrt(1.5**2 - 1.46**2))), laws=2,
  solution="TIR at core/cladding + Snell at entry: sin a = sqrt(n1^2 - n2^2)", assumptions="meridional rays, air n = 1")
# O21
di1 = 1 / (1 / 10 - 1 / 15)
do2 = 50 - di1
di2 = 1 / (1 / 10 - 1 / do2)
Q(OP, "Two converging lenses, each of focal length 10 cm, are 50 cm apart on a common axis. An object is 15 cm in front of the "
      "first lens. How far beyond the second lens is the final image?",
  {"focal length of lens 1": "10 cm", "focal length of lens 2": "10 cm", "separation of the lenses": "50 cm",
   "object distance from lens 1": "15 cm"},
  "distance of the final image from lens 2", "cm", di2, laws=2,
  solution="first image 30 cm past lens 1 -> 20 cm before lens 2 -> final image 20 cm past lens 2", assumptions="thin lenses")

# =====================================================================
EM = "electricity and magnetism"
# E1
Q(EM, "Two point charges, +3.0 uC and -5.0 uC, are 20 cm apart in vacuum. What is the magnitude of the force between them?",
  {"charge 1": "+3.0 uC", "charge 2": "-5.0 uC", "separation": "20 cm"},
  "magnitude of the electric force", "N", k_e * 3e-6 * 5e-6 / 0.2**2, laws=1,
  solution="F = k q1 q2/r^2", assumptions="vacuum")
# E2
Q(EM, "Charges of +4.0 nC and -4.0 nC are 10 cm apart in vacuum. What is the magnitude of the electric field at the midpoint "
      "between them?",
  {"charge 1": "+4.0 nC", "charge 2": "-4.0 nC", "separation": "10 cm"},
  "electric field at the midpoint", "kN/C", 2 * k_e * 4e-9 / 0.05**2 / 1000, laws=2,
  solution="each gives k q/(d/2)^2, same direction; superpose", assumptions="vacuum")
# E3
Q(EM, "An electron starts from rest and is accelerated through a potential difference of 500 V. What is its final speed?",
  {"accelerating voltage": "500 V", "initial speed": "0 m/s"},
  "final speed of the electron", "km/s", sqrt(2 * e * 500 / m_e) / 1000, laws=2,
  solution="e V = 1/2 m v^2", assumptions="non-relativistic (v ~ 0.04 c)")
# E4
Q(EM, "A parallel-plate capacitor has square plates of area 100 cm^2 separated by 1.0 mm of air. What is its capacitance?",
  {"plate area": "100 cm^2", "plate separation": "1.0 mm"},
  "capacitance", "pF", eps0 * 0.01 / 1e-3 * 1e12, laws=1,
  solution="C = eps0 A/d", assumptions="air ~ vacuum, no fringing")
# E5
Q(EM, "A 470 uF electrolytic capacitor rated for a maximum of 50 V is charged to 25 V. How much energy is stored?",
  {"capacitance": "470 uF", "rated voltage of the capacitor": "50 V", "voltage across the capacitor": "25 V"},
  "energy stored", "J", 0.5 * 470e-6 * 25**2, laws=1, irrelevant=["rated voltage of the capacitor"],
  solution="U = 1/2 C V^2", assumptions="")
# E6
C6 = 4.5 * eps0 * 50e-4 / 0.2e-3
Q(EM, "A parallel-plate capacitor has plates of area 50 cm^2 separated by 0.20 mm, with the gap filled by a dielectric of "
      "dielectric constant 4.5. It is connected to a 12 V battery. How much charge is on each plate?",
  {"plate area": "50 cm^2", "plate separation": "0.20 mm", "dielectric constant": "4.5", "battery voltage": "12 V"},
  "charge on each plate", "nC", C6 * 12 * 1e9, laws=2,
  solution="C = kappa eps0 A/d; Q = C V", assumptions="no fringing")
# E7
Q(EM, "A straight wire 0.50 m long carries 8.0 A at right angles to a uniform 0.30 T magnetic field. What is the magnetic "
      "force on the wire?",
  {"length of the wire": "0.50 m", "current": "8.0 A", "magnetic field": "0.30 T", "angle between wire and field": "90 deg"},
  "magnetic force on the wire", "N", 0.5 * 8 * 0.3, laws=1,
  solution="F = I L B sin theta", assumptions="")
# E8
Q(EM, "A proton moves at 2.0e6 m/s perpendicular to a uniform 0.50 T magnetic field. What is the radius of its circular path?",
  {"speed of the proton": "2.0e6 m/s", "magnetic field": "0.50 T"},
  "radius of the path", "cm", m_p * 2e6 / (e * 0.5) * 100, laws=2,
  solution="q v B = m v^2/r -> r = m v/(qB)", assumptions="non-relativistic")
# E9
B9 = mu0 * 10 / (2 * pi * 0.05)
Q(EM, "A long straight wire carries 10 A. An electron moves parallel to the wire at 1.0e6 m/s at a distance of 5.0 cm from "
      "it. What is the magnitude of the magnetic force on the electron?",
  {"current in the wire": "10 A", "speed of the electron": "1.0e6 m/s", "distance from the wire": "5.0 cm"},
  "magnetic force on the electron", "N", e * 1e6 * B9, laws=2,
  solution="B = mu0 I/(2 pi r); F = e v B (v perpendicular to B)", assumptions="")
# E10
Q(EM, "Two long parallel wires 4.0 cm apart carry currents of 15 A and 25 A. What is the magnitude of the force on a 2.0 m "
      "length of either wire?",
  {"current in wire 1": "15 A", "current in wire 2": "25 A", "separation of the wires": "4.0 cm",
   "length considered": "2.0 m"},
  "force between the wires", "mN", mu0 * 15 * 25 * 2 / (2 * pi * 0.04) * 1000, laws=2,
  solution="B1 = mu0 I1/(2 pi d); F = I2 L B1", assumptions="long straight wires")
# E11
B11 = mu0 * 800 / 0.40 * 2
Q(EM, "A solenoid 40 cm long with 800 turns carries a current of 2.0 A. Its windings have a radius of 1.5 cm. What is the "
      "magnetic flux through one cross-section inside the solenoid?",
  {"length of the solenoid": "40 cm", "number of turns": "800", "current": "2.0 A", "radius of the solenoid": "1.5 cm"},
  "magnetic flux through a cross-section", "uWb", B11 * pi * 0.015**2 * 1e6, laws=2,
  solution="B = mu0 N I/L; Phi = B pi r^2", assumptions="long ideal solenoid")
# E12
emf12 = 200 * 50e-4 * (0.5 - 0.1) / 0.2
Q(EM, "A 200-turn coil of area 50 cm^2 and total resistance 4.0 ohm lies perpendicular to a magnetic field that increases "
      "uniformly from 0.10 T to 0.50 T in 0.20 s. What current flows in the coil (ends connected together)?",
  {"number of turns": "200", "area of the coil": "50 cm^2", "resistance of the coil": "4.0 ohm",
   "initial magnetic field": "0.10 T", "final magnetic field": "0.50 T", "time interval": "0.20 s"},
  "induced current", "A", emf12 / 4, laws=2,
  solution="emf = N A dB/dt = 2 V; I = emf/R", assumptions="self-inductance negligible")
# E13
Q(EM, "A metal rod 0.40 m long slides at 5.0 m/s along two parallel rails in a uniform 0.80 T magnetic field perpendicular "
      "to the plane of the rails. The rails are joined by a 2.0 ohm resistor. What current flows?",
  {"length of the rod": "0.40 m", "speed of the rod": "5.0 m/s", "magnetic field": "0.80 T", "resistance": "2.0 ohm"},
  "induced current", "A", 0.8 * 0.4 * 5 / 2, laws=2,
  solution="emf = B L v; I = emf/R", assumptions="rod and rails resistance negligible")
# E14
Q(EM, "An ideal transformer has 500 turns on its primary and 25 turns on its secondary. The primary is connected to 120 V "
      "rms and the secondary drives a 12 ohm resistor. What rms current flows in the primary?",
  {"primary turns": "500", "secondary turns": "25", "primary voltage": "120 V", "load resistance": "12 ohm"},
  "primary current", "mA", 120 * 25 / 500 / 12 * 25 / 500 * 1000, laws=3,
  solution="V2 = 6 V; I2 = 0.5 A; I1 = I2 N2/N1", assumptions="ideal transformer")
# E15
Q(EM, "An electron circulates in a uniform magnetic field of 1.0 mT. What is its cyclotron frequency?",
  {"magnetic field": "1.0 mT"},
  "cyclotron frequency", "MHz", e * 1e-3 / (2 * pi * m_e) / 1e6, laws=2,
  solution="q v B = m v^2/r -> f = qB/(2 pi m)", assumptions="non-relativistic")
# E16 ND
Q(EM, "Two small charged spheres are 10 cm apart in air. One carries a charge of 2.0 uC. What is the force between them?",
  {"charge on sphere 1": "2.0 uC", "separation": "10 cm"},
  "electric force between the spheres", "N", None, outcome="not derivable", laws=1,
  solution="charge on sphere 2 is not given", assumptions="")
# E17 ND
Q(EM, "A coil of 300 turns carries a steady current of 3.0 A. How much energy is stored in its magnetic field?",
  {"number of turns": "300", "current": "3.0 A"},
  "energy stored in the coil", "J", None, outcome="not derivable", laws=1,
  solution="inductance (or coil geometry) not given", assumptions="")
# E18 ill-posed
Q(EM, "A 10 uF capacitor holds a charge of 50 uC when the voltage across it is 12 V. How much energy does it store?",
  {"capacitance": "10 uF", "charge": "50 uC", "voltage": "12 V"},
  "energy stored", "uJ", None, outcome="ill-posed", laws=1,
  solution="Q/C = 5 V contradicts 12 V; energies 125 uJ vs 720 uJ vs 300 uJ", assumptions="")
# E19
Q(EM, "An LC circuit has an inductance of 10 mH and a capacitance of 100 nF. What is its resonant frequency?",
  {"inductance": "10 mH", "capacitance": "100 nF"},
  "resonant frequency", "kHz", 1 / (2 * pi * sqrt(10e-3 * 100e-9)) / 1000, laws=1,
  solution="f = 1/(2 pi sqrt(LC))", assumptions="ideal components")
# E20
V20 = k_e * (5e-9 / 0.08 - 3e-9 / 0.04)
Q(EM, "A +5.0 nC point charge sits at x = 0 and a -3.0 nC point charge at x = 4.0 cm. What is the electric potential at "
      "x = 8.0 cm (zero at infinity)?",
  {"charge 1": "+5.0 nC", "position of charge 1": "0 cm", "charge 2": "-3.0 nC", "position of charge 2": "4.0 cm",
   "position of the field point": "8.0 cm"},
  "electric potential at the point", "V", V20, laws=2,
  solution="V = k q1/r1 + k q2/r2 with r1 = 8 cm, r2 = 4 cm", assumptions="vacuum")
# E21
Q(EM, "A 10 uF capacitor charged to 100 V is connected by wires to an identical uncharged 10 uF capacitor. How much "
      "electrostatic energy is lost when charge redistributes?",
  {"capacitance of capacitor 1": "10 uF", "initial voltage of capacitor 1": "100 V", "capacitance of capacitor 2": "10 uF",
   "initial voltage of capacitor 2": "0 V"},
  "energy lost", "mJ", (0.5 * 10e-6 * 100**2 - 0.5 * 20e-6 * 50**2) * 1000, laws=2,
  solution="charge conservation -> 50 V; U_i - U_f = 50 - 25 mJ", assumptions="")
# E22 ND
Q(EM, "A proton moves in a circle in a uniform 0.20 T magnetic field, perpendicular to the field. What is the radius of its "
      "circular path?",
  {"magnetic field": "0.20 T"},
  "radius of the path", "cm", None, outcome="not derivable", laws=2,
  solution="proton speed (or energy/momentum) not given", assumptions="")

# =====================================================================
DC = "DC circuits"
# C1
Q(DC, "A 220 ohm resistor and a 330 ohm resistor are connected in series across a 9.0 V battery of negligible internal "
      "resistance. What current flows?",
  {"resistance of resistor 1": "220 ohm", "resistance of resistor 2": "330 ohm", "battery voltage": "9.0 V"},
  "current in the circuit", "mA", 9 / 550 * 1000, laws=2,
  solution="R = R1 + R2; I = V/R", assumptions="ideal battery")
# C2
I2_ = 12 / (2 + 0.5)
Q(DC, "A 6 ohm and a 3 ohm resistor are connected in parallel across a battery of EMF 12 V and internal resistance 0.5 ohm. "
      "What is the terminal voltage of the battery?",
  {"resistance of resistor 1": "6 ohm", "resistance of resistor 2": "3 ohm", "EMF of the battery": "12 V",
   "internal resistance of the battery": "0.5 ohm"},
  "terminal voltage", "V", 12 - I2_ * 0.5, laws=3,
  solution="R_par = 2 ohm; I = E/(R + r) = 4.8 A; V = E - I r", assumptions="")
# C3
Q(DC, "A 4.7 kohm resistor has 12 V across it. What power does it dissipate?",
  {"resistance": "4.7 kohm", "voltage": "12 V"},
  "power dissipated", "mW", 144 / 4700 * 1000, laws=1,
  solution="P = V^2/R", assumptions="")
# C4
Q(DC, "A smartphone battery is rated 3000 mAh at a nominal 3.85 V and has a mass of 45 g. How much energy does it store when full?",
  {"charge capacity": "3000 mAh", "nominal voltage": "3.85 V", "mass of the battery": "45 g"},
  "energy stored", "Wh", 3.0 * 3.85, laws=1, irrelevant=["mass of the battery"],
  solution="E = Q V", assumptions="constant voltage")
# C5
Q(DC, "A 3000 mAh battery pack powers a device drawing a steady 250 mA. How long does it last?",
  {"battery capacity": "3000 mAh", "current drawn": "250 mA"},
  "run time", "h", 3000 / 250, laws=1,
  solution="t = Q/I", assumptions="full usable capacity")
# C6
Q(DC, "A 1500 W space heater runs 3 hours a day for 30 days. How much electrical energy does it use?",
  {"power of the heater": "1500 W", "daily running time": "3 h", "number of days": "30"},
  "energy used", "kWh", 1.5 * 3 * 30, laws=1,
  solution="E = P t", assumptions="")
# C7
R7 = 1.68e-8 * 50 / (pi * 0.0005**2)
Q(DC, "A copper extension cord conductor is 50 m long with a diameter of 1.0 mm. The resistivity of copper is 1.68e-8 ohm*m. "
      "What is the voltage drop along it when it carries 10 A?",
  {"length of the wire": "50 m", "diameter of the wire": "1.0 mm", "resistivity of copper": "1.68e-8 ohm*m",
   "current": "10 A"},
  "voltage drop along the wire", "V", R7 * 10, laws=2,
  solution="R = rho L/A; V = I R", assumptions="room temperature")
# C8
Q(DC, "Three branches are connected in parallel between nodes A and B. Branch 1 is a 12 V battery in series with a 4 ohm "
      "resistor; branch 2 is a 6 V battery in series with a 2 ohm resistor; both batteries have their positive terminals "
      "toward A. Branch 3 is a 3 ohm resistor. What current flows through the 3 ohm resistor?",
  {"EMF of battery 1": "12 V", "resistance in branch 1": "4 ohm", "EMF of battery 2": "6 V",
   "resistance in branch 2": "2 ohm", "resistance of branch 3": "3 ohm"},
  "current through the 3 ohm resistor", "A", (6 / (1 / 4 + 1 / 2 + 1 / 3)) / 3, laws=2,
  solution="KCL at A: (12-V)/4 + (6-V)/2 = V/3 -> V = 72/13 V; I = V/3", assumptions="ideal batteries")
# C9
Q(DC, "An initially uncharged 47 uF capacitor is charged through a 100 kohm resistor from a DC supply. How long does it take "
      "to reach 90% of the supply voltage?",
  {"capacitance": "47 uF", "resistance": "100 kohm", "target fraction of the supply voltage": "90 %"},
  "charging time", "s", 100e3 * 47e-6 * log(10), laws=1,
  solution="V = V0 (1 - e^(-t/RC)) -> t = RC ln 10", assumptions="ideal supply")
# C10
V10 = 10 * exp(-0.5 / (1e3 * 220e-6))
Q(DC, "A 220 uF capacitor charged to 10 V is discharged through a 1.0 kohm resistor. How much energy is dissipated in the "
      "resistor during the first 0.50 s?",
  {"capacitance": "220 uF", "initial voltage": "10 V", "resistance": "1.0 kohm", "time": "0.50 s"},
  "energy dissipated in the resistor", "mJ", 0.5 * 220e-6 * (10**2 - V10**2) * 1000, laws=3,
  solution="V(t) = V0 e^(-t/RC); E = C (V0^2 - V^2)/2", assumptions="")
# C11
Q(DC, "A voltage divider consists of a 10 kohm resistor in series with a 5 kohm resistor across a 15 V supply. A meter with "
      "an input resistance of 5 kohm is connected across the 5 kohm resistor. What voltage does the meter read?",
  {"upper resistor": "10 kohm", "lower resistor": "5 kohm", "supply voltage": "15 V", "meter resistance": "5 kohm"},
  "meter reading", "V", 15 * 2.5 / 12.5, laws=2,
  solution="5k || 5k = 2.5k; divider V = 15 * 2.5/12.5", assumptions="ideal supply")
# C12
R12 = 20 * (1 + 4.5e-3 * 2500)
Q(DC, "A tungsten lamp filament has a resistance of 20 ohm at 20 degC. Taking its temperature coefficient of resistance as "
      "4.5e-3 per K and assuming a linear dependence, what current does it draw from a 120 V supply when at its operating "
      "temperature of 2520 degC?",
  {"resistance at 20 degC": "20 ohm", "temperature coefficient of resistance": "4.5e-3 1/K",
   "operating temperature": "2520 degC", "supply voltage": "120 V"},
  "operating current", "A", 120 / R12, laws=2,
  solution="R = R0 (1 + alpha dT) = 245 ohm; I = V/R", assumptions="linear R(T)")
# C13
Q(DC, "A battery has EMF 12 V and internal resistance 2.0 ohm. What is the largest power it can deliver to an external load "
      "resistor?",
  {"EMF": "12 V", "internal resistance": "2.0 ohm"},
  "maximum power delivered to the load", "W", 12**2 / (4 * 2), laws=2,
  solution="max transfer at R = r: P = E^2/(4r)", assumptions="")
# C14 ND
Q(DC, "A 9 V battery is connected to two resistors in series. One resistor is 100 ohm. What current flows?",
  {"battery voltage": "9 V", "resistance of resistor 1": "100 ohm"},
  "current", "mA", None, outcome="not derivable", laws=2,
  solution="second resistance missing", assumptions="")
# C15 ND
Q(DC, "A 1.5 V (EMF) cell delivers 0.5 A to a flashlight bulb. What is the terminal voltage of the cell?",
  {"EMF of the cell": "1.5 V", "current": "0.5 A"},
  "terminal voltage", "V", None, outcome="not derivable", laws=1,
  solution="internal resistance (or bulb resistance) not given", assumptions="")
# C16 ill-posed
Q(DC, "A 10 ohm resistor carries a current of 2.0 A while the voltage across it is 5.0 V. What power does it dissipate?",
  {"resistance": "10 ohm", "current": "2.0 A", "voltage": "5.0 V"},
  "power dissipated", "W", None, outcome="ill-posed", laws=1,
  solution="Ohm's law violated (10 ohm x 2 A = 20 V); P = 40, 10 or 2.5 W", assumptions="")
# C17
Q(DC, "A galvanometer has a coil resistance of 50 ohm and gives full-scale deflection at 1.0 mA. What shunt resistance "
      "converts it into an ammeter reading 1.0 A full scale?",
  {"galvanometer resistance": "50 ohm", "full-scale current of the galvanometer": "1.0 mA",
   "desired full-scale current": "1.0 A"},
  "shunt resistance", "mohm", 50 * 1e-3 / (1 - 1e-3) * 1000, laws=2,
  solution="equal voltage: Ig Rg = (I - Ig) Rs", assumptions="")
# C18
Q(DC, "A steady current of 2.0 A flows for 5.0 minutes. How much charge passes?",
  {"current": "2.0 A", "time": "5.0 min"},
  "charge passed", "mAh", 2000 * 5 / 60, laws=1,
  solution="Q = I t", assumptions="")
# C19
Ra, Rb = 120**2 / 60, 120**2 / 100
I19 = 120 / (Ra + Rb)
Q(DC, "A 60 W, 120 V bulb and a 100 W, 120 V bulb are connected in series across a 120 V supply. Assuming the resistances "
      "stay at their rated values, what power does the 60 W bulb dissipate?",
  {"rated power of bulb 1": "60 W", "rated power of bulb 2": "100 W", "rated voltage of each bulb": "120 V",
   "supply voltage": "120 V"},
  "power dissipated in bulb 1", "W", I19**2 * Ra, laws=3,
  solution="R = V^2/P: 240 and 144 ohm; I = 120/384 A; P = I^2 R1", assumptions="constant resistance")
# C20
Q(DC, "A 4 ohm resistor is in series with a parallel combination of 6 ohm and 12 ohm resistors. What is the equivalent "
      "resistance?",
  {"series resistor": "4 ohm", "parallel resistor 1": "6 ohm", "parallel resistor 2": "12 ohm"},
  "equivalent resistance", "ohm", 4 + 1 / (1 / 6 + 1 / 12), laws=2,
  solution="6||12 = 4; + 4 = 8 ohm", assumptions="")
# C21
Q(DC, "A 2.0 ohm immersion heater is connected to a 12 V battery of negligible internal resistance and placed in 0.50 kg of "
      "water (specific heat 4186 J/(kg*K)). How long does it take to warm the water by 10 K?",
  {"resistance of the heater": "2.0 ohm", "battery voltage": "12 V", "mass of water": "0.50 kg",
   "specific heat of water": "4186 J/(kg*K)", "temperature rise": "10 K"},
  "heating time", "min", 0.5 * cw * 10 / (144 / 2) / 60, laws=2,
  solution="P = V^2/R = 72 W; t = m c dT/P", assumptions="no heat losses")
# C22 ND
Q(DC, "An uncharged capacitor is charged through a 10 kohm resistor from a 9.0 V battery. How long does it take for the "
      "capacitor voltage to reach 5.0 V?",
  {"resistance": "10 kohm", "battery voltage": "9.0 V", "target capacitor voltage": "5.0 V"},
  "charging time", "s", None, outcome="not derivable", laws=1,
  solution="capacitance not given", assumptions="")

# =====================================================================
MD = "modern and atomic physics"
hc_eVnm = h * c / eV * 1e9
# D1
Q(MD, "What is the energy of a photon of green light with wavelength 500 nm?",
  {"wavelength": "500 nm"},
  "photon energy", "eV", hc_eVnm / 500, laws=1,
  solution="E = hc/lambda", assumptions="vacuum wavelength")
# D2
Q(MD, "Light of wavelength 400 nm falls on sodium, whose work function is 2.28 eV. What is the maximum kinetic energy of the "
      "emitted photoelectrons?",
  {"wavelength of the light": "400 nm", "work function of sodium": "2.28 eV"},
  "maximum kinetic energy of the photoelectrons", "eV", hc_eVnm / 400 - 2.28, laws=2,
  solution="K = hc/lambda - phi", assumptions="")
# D3
Q(MD, "Ultraviolet light of wavelength 250 nm illuminates a potassium surface (work function 2.30 eV). What stopping "
      "potential is needed to halt all photoelectrons?",
  {"wavelength": "250 nm", "work function of potassium": "2.30 eV"},
  "stopping potential", "V", hc_eVnm / 250 - 2.30, laws=2,
  solution="e V_s = hc/lambda - phi", assumptions="")
# D4
Q(MD, "A metal has a work function of 4.5 eV. What is the longest wavelength of light that can eject electrons from it?",
  {"work function": "4.5 eV"},
  "cutoff wavelength", "nm", hc_eVnm / 4.5, laws=1,
  solution="lambda = hc/phi", assumptions="")
# D5
Q(MD, "An electron is accelerated from rest through a potential difference of 100 V. What is its de Broglie wavelength?",
  {"accelerating voltage": "100 V"},
  "de Broglie wavelength", "nm", h / sqrt(2 * m_e * e * 100) * 1e9, laws=2,
  solution="p = sqrt(2 m e V); lambda = h/p", assumptions="non-relativistic")
# D6
Q(MD, "What is the de Broglie wavelength of a 0.145 kg baseball moving at 40 m/s?",
  {"mass of the baseball": "0.145 kg", "speed of the baseball": "40 m/s"},
  "de Broglie wavelength", "m", h / (0.145 * 40), laws=1,
  solution="lambda = h/(m v)", assumptions="")
# D7
lam7 = 1 / (Ryd * (1 / 4 - 1 / 9)) * 1e9
Q(MD, "In the Bohr model, what is the wavelength of the photon emitted when a hydrogen atom's electron drops from n = 3 to n = 2?",
  {"initial level": "3", "final level": "2"},
  "wavelength of the emitted photon", "nm", lam7, laws=2,
  solution="E_n = -13.6/n^2 eV; lambda = hc/dE (Rydberg formula)", assumptions="infinite nuclear mass (656.1 nm); real line 656.3 nm")
# D8
Q(MD, "What is the longest wavelength of light that can ionize a hydrogen atom whose electron is in the n = 2 level?",
  {"initial level": "2"},
  "maximum wavelength for ionization", "nm", hc_eVnm / (E_H / 4), laws=2,
  solution="E = 13.6/4 = 3.40 eV; lambda = hc/E", assumptions="Bohr model")
# D9
Q(MD, "X-rays of wavelength 0.0710 nm are Compton-scattered by free electrons through 90 degrees. What is the wavelength of "
      "the scattered X-rays?",
  {"incident wavelength": "0.0710 nm", "scattering angle": "90 deg"},
  "scattered wavelength", "pm", 71.0 + h / (m_e * c) * 1e12, laws=1,
  solution="dlambda = h/(m c)(1 - cos theta) = 2.426 pm", assumptions="free electron at rest")
# D10
lam10 = b_wien / 5800
Q(MD, "A star's surface behaves as a blackbody at 5800 K. What is the energy of a photon at the wavelength where its emission "
      "spectrum (per unit wavelength) peaks?",
  {"surface temperature": "5800 K"},
  "photon energy at the peak wavelength", "eV", hc_eVnm / (lam10 * 1e9), laws=2,
  solution="Wien: lambda = b/T = 500 nm; E = hc/lambda", assumptions="per-wavelength peak")
# D11
Q(MD, "An electron is confined to a region 0.10 nm wide. Using Delta x * Delta p >= hbar/2, what is the minimum uncertainty "
      "in its velocity?",
  {"position uncertainty": "0.10 nm"},
  "minimum velocity uncertainty", "km/s", hbar / (2 * m_e * 0.1e-9) / 1000, laws=2,
  solution="dp = hbar/(2 dx); dv = dp/m", assumptions="")
# D12
E1 = h**2 / (8 * m_e * (0.5e-9)**2)
Q(MD, "An electron is trapped in a one-dimensional infinite square well 0.50 nm wide. What wavelength photon is emitted when "
      "it drops from the n = 2 to the n = 1 level?",
  {"width of the well": "0.50 nm", "initial level": "2", "final level": "1"},
  "wavelength of the emitted photon", "nm", h * c / (3 * E1) * 1e9, laws=2,
  solution="E_n = n^2 h^2/(8 m L^2); lambda = hc/(E2 - E1)", assumptions="")
# D13
Q(MD, "A 5.0 mW red laser pointer emits light of wavelength 650 nm. How many photons does it emit per second?",
  {"output power": "5.0 mW", "wavelength": "650 nm"},
  "photon emission rate", "1/s", 5e-3 / (h * c / 650e-9), laws=2,
  solution="N = P lambda/(h c)", assumptions="")
# D14
Q(MD, "An X-ray tube operates at an accelerating voltage of 30 kV. What is the shortest wavelength in its spectrum?",
  {"tube voltage": "30 kV"},
  "minimum X-ray wavelength", "pm", hc_eVnm / 30e3 * 1000, laws=1,
  solution="lambda_min = hc/(e V)", assumptions="Duane-Hunt limit")
# D15 ND
Q(MD, "Light of wavelength 300 nm shines on a clean metal surface. What is the maximum kinetic energy of the photoelectrons?",
  {"wavelength": "300 nm"},
  "maximum kinetic energy", "eV", None, outcome="not derivable", laws=2,
  solution="work function of the metal not given", assumptions="")
# D16 ND
Q(MD, "A hydrogen atom's electron makes a transition to the n = 2 level, emitting a photon. What is the photon's wavelength?",
  {"final level": "2"},
  "wavelength of the emitted photon", "nm", None, outcome="not derivable", laws=2,
  solution="initial level not given", assumptions="")
# D17 ill-posed
Q(MD, "Photoelectrons are observed to be ejected when light of wavelength 500 nm strikes a metal whose work function is "
      "3.0 eV. What is their maximum kinetic energy?",
  {"wavelength": "500 nm", "work function": "3.0 eV"},
  "maximum kinetic energy of the photoelectrons", "eV", None, outcome="ill-posed", laws=2,
  solution="photon energy 2.48 eV < 3.0 eV: no photoemission; premise contradicts", assumptions="")
# D18
Q(MD, "In the Bohr model of hydrogen, what is the radius of the electron's orbit in the n = 3 state?",
  {"principal quantum number": "3"},
  "orbit radius", "nm", 9 * a0 * 1e9, laws=1,
  solution="r_n = n^2 a0", assumptions="Bohr model")
# D19
Q(MD, "What energy is needed to remove the remaining electron from a singly ionized helium ion (He+) in its ground state?",
  {"atomic number": "2", "initial level": "1"},
  "ionization energy", "eV", 4 * E_H, laws=1,
  solution="E = Z^2 13.6 eV / n^2", assumptions="Bohr model, infinite nuclear mass")
# D20
Q(MD, "What is the momentum of a 10 keV X-ray photon?",
  {"photon energy": "10 keV"},
  "photon momentum", "kg*m/s", 10e3 * eV / c, laws=1,
  solution="p = E/c", assumptions="")

# =====================================================================
NU = "nuclear physics and radioactivity"
# N1
Q(NU, "A hospital receives 80 mg of iodine-131, whose half-life is 8.02 days. How much remains undecayed after 30 days?",
  {"initial mass": "80 mg", "half-life": "8.02 d", "elapsed time": "30 d"},
  "mass remaining", "mg", 80 * 2**(-30 / 8.02), laws=1,
  solution="m = m0 2^(-t/T)", assumptions="")
# N2
N2n = 1 / 226 * N_A
A2 = log(2) / (1600 * year) * N2n
Q(NU, "What is the activity of 1.00 g of radium-226 (half-life 1600 years, molar mass 226 g/mol)?",
  {"mass of radium": "1.00 g", "half-life": "1600 yr", "molar mass": "226 g/mol"},
  "activity", "Ci", A2 / 3.7e10, laws=2,
  solution="N = m N_A/M; A = ln2 N / T", assumptions="1 Ci = 3.7e10 Bq, 1 yr = 365.25 d")
# N3
Q(NU, "Charcoal from an ancient campfire shows a carbon-14 activity of 3.8 decays per minute per gram of carbon, while "
      "living wood shows 15.3 decays per minute per gram. The half-life of carbon-14 is 5730 years. How old is the charcoal?",
  {"activity of the sample": "3.8 1/(min*g)", "activity of living carbon": "15.3 1/(min*g)", "half-life of C-14": "5730 yr"},
  "age of the charcoal", "yr", 5730 / log(2) * log(15.3 / 3.8), laws=1,
  solution="t = (T/ln2) ln(A0/A)", assumptions="constant atmospheric C-14")
# N4
dm4 = 2 * 1.007825 + 2 * 1.008665 - 4.002602
Q(NU, "Find the total binding energy of the helium-4 nucleus. Atomic masses: He-4 4.002602 u, H-1 1.007825 u; neutron mass "
      "1.008665 u.",
  {"atomic mass of He-4": "4.002602 u", "atomic mass of H-1": "1.007825 u", "mass of the neutron": "1.008665 u"},
  "binding energy of He-4", "MeV", dm4 * u_MeV, laws=2,
  solution="dm = 2 m_H + 2 m_n - m_He; E = dm c^2 (931.494 MeV/u)", assumptions="")
# N5
dm5 = 26 * 1.007825 + 30 * 1.008665 - 55.934936
Q(NU, "Find the binding energy per nucleon of iron-56 (26 protons). Atomic masses: Fe-56 55.934936 u, H-1 1.007825 u; "
      "neutron 1.008665 u.",
  {"atomic mass of Fe-56": "55.934936 u", "atomic mass of H-1": "1.007825 u", "mass of the neutron": "1.008665 u"},
  "binding energy per nucleon", "MeV", dm5 * u_MeV / 56, laws=2,
  solution="E_B = (26 m_H + 30 m_n - M) c^2; /56", assumptions="")
# N6
dm6 = 238.050788 - 234.043601 - 4.002603
Q(NU, "Uranium-238 (atomic mass 238.050788 u) alpha-decays to thorium-234 (234.043601 u); the helium-4 atomic mass is "
      "4.002603 u. What is the Q-value of the decay?",
  {"atomic mass of U-238": "238.050788 u", "atomic mass of Th-234": "234.043601 u", "atomic mass of He-4": "4.002603 u"},
  "Q-value", "MeV", dm6 * u_MeV, laws=1,
  solution="Q = (M_U - M_Th - M_He) c^2", assumptions="")
# N7
E7 = 1000 / 235 * N_A * 200 * MeV
Q(NU, "Each fission of a uranium-235 nucleus releases about 200 MeV. How much energy is released by complete fission of "
      "1.0 kg of U-235 (molar mass 235 g/mol)?",
  {"energy per fission": "200 MeV", "mass of uranium-235": "1.0 kg", "molar mass of U-235": "235 g/mol"},
  "total energy released", "TJ", E7 / 1e12, laws=2,
  solution="N = m N_A/M; E = N * 200 MeV", assumptions="")
# N8
rate = 1e9 / (200 * MeV)
m8 = rate * 86400 / N_A * 0.235
Q(NU, "A reactor core produces 1000 MW of thermal power from U-235 fission, with 200 MeV released per fission. What mass of "
      "U-235 (molar mass 235 g/mol) is fissioned per day?",
  {"thermal power": "1000 MW", "energy per fission": "200 MeV", "molar mass of U-235": "235 g/mol"},
  "mass of U-235 fissioned per day", "kg", m8, laws=3,
  solution="fissions/s = P/E_f; per day; mass = N M / N_A", assumptions="")
# N9
Q(NU, "Cobalt-60 has a half-life of 5.27 years. How long does it take for a source's activity to fall to 10% of its initial value?",
  {"half-life": "5.27 yr", "final fraction of activity": "10 %"},
  "time required", "yr", 5.27 * log(10) / log(2), laws=1,
  solution="t = T log2(10)", assumptions="")
# N10
Q(NU, "A 70 kg worker absorbs 0.014 J of energy from alpha radiation (radiation weighting factor 20), spread over the whole "
      "body. What is the equivalent dose?",
  {"mass of the worker": "70 kg", "energy absorbed": "0.014 J", "radiation weighting factor": "20"},
  "equivalent dose", "mSv", 0.014 / 70 * 20 * 1000, laws=2,
  solution="D = E/m = 0.2 mGy; H = w_R D", assumptions="uniform whole-body")
# N11
R11 = 1.2e-15 * 197**(1 / 3)
Q(NU, "Using R = r0 A^(1/3) with r0 = 1.2 fm, estimate the density of the gold-197 nucleus.",
  {"mass number": "197", "r0": "1.2 fm"},
  "nuclear density", "kg/m^3", 197 * u / (4 / 3 * pi * R11**3), laws=2, rel_tol=0.02,
  solution="R = 6.98 fm; rho = A u / (4/3 pi R^3)", assumptions="nuclear mass ~ A u")
# N12 ND
Q(NU, "A radioactive sample currently has an activity of 5000 Bq. What will its activity be 10 days from now?",
  {"current activity": "5000 Bq", "elapsed time": "10 d"},
  "activity after 10 days", "Bq", None, outcome="not derivable", laws=1,
  solution="half-life / decay constant not given", assumptions="")
# N13 ND
Q(NU, "For the fission reaction n + U-235 -> Ba-141 + Kr-92 + 3n, the atomic mass of U-235 is 235.043930 u and that of "
      "Ba-141 is 140.914411 u (neutron 1.008665 u). How much energy is released?",
  {"atomic mass of U-235": "235.043930 u", "atomic mass of Ba-141": "140.914411 u", "mass of the neutron": "1.008665 u"},
  "energy released per fission", "MeV", None, outcome="not derivable", laws=1,
  solution="mass of Kr-92 missing", assumptions="")
# N14 ill-posed
Q(NU, "A 10 g sample of a radioisotope with a half-life of 5 days has 4 g remaining after 10 days. What is its decay constant?",
  {"initial mass": "10 g", "half-life": "5 d", "elapsed time": "10 d", "mass remaining": "4 g"},
  "decay constant", "1/d", None, outcome="ill-posed", laws=1,
  solution="two half-lives leaves 2.5 g, not 4 g; lambda = 0.139 vs 0.0916 per day: contradictory", assumptions="")
# N15
N15 = 2e-6 / 32 * N_A
A15 = log(2) / (14.3 * 86400) * N15
Q(NU, "What is the activity of 2.0 micrograms of phosphorus-32 (half-life 14.3 days, molar mass 32 g/mol)?",
  {"mass of P-32": "2.0 ug", "half-life": "14.3 d", "molar mass": "32 g/mol"},
  "activity", "GBq", A15 / 1e9, laws=2,
  solution="N = m N_A/M; A = ln2 N/T", assumptions="")
# N16
Q(NU, "How much energy, in kilowatt-hours, is equivalent to 1.0 g of mass?",
  {"mass": "1.0 g"},
  "energy equivalent", "kWh", 1e-3 * c**2 / 3.6e6, laws=1,
  solution="E = m c^2", assumptions="")
# N17
Q(NU, "Radium-226 at rest alpha-decays to radon-222 with a Q-value of 4.871 MeV. What is the kinetic energy of the alpha particle?",
  {"Q-value": "4.871 MeV", "mass number of the parent": "226", "mass number of the alpha particle": "4"},
  "kinetic energy of the alpha particle", "MeV", 4.871 * 222 / 226, laws=2,
  solution="momentum conservation: K_alpha = Q M_d/(M_d + M_alpha)", assumptions="non-relativistic, masses ~ mass numbers")
# N18
Q(NU, "A technetium-99m dose (half-life 6.01 h) has an activity of 500 MBq when prepared. What is its activity 3.0 days later?",
  {"initial activity": "500 MBq", "half-life": "6.01 h", "elapsed time": "3.0 d"},
  "activity after 3 days", "kBq", 500e3 * 2**(-72 / 6.01), laws=1,
  solution="A = A0 2^(-t/T), t = 72 h", assumptions="")
# N19
N19 = 1 / 210 * N_A
P19 = log(2) / (138.4 * 86400) * N19 * 5.3 * MeV
Q(NU, "A radioisotope heater contains 1.0 g of polonium-210 (half-life 138.4 days, molar mass 210 g/mol). Each decay deposits "
      "5.3 MeV as heat. What is the initial thermal power?",
  {"mass of Po-210": "1.0 g", "half-life": "138.4 d", "molar mass": "210 g/mol", "energy per decay": "5.3 MeV"},
  "thermal power", "W", P19, laws=2,
  solution="A = ln2 N/T; P = A E", assumptions="all decay energy absorbed")

# =====================================================================
RL = "special relativity"
def gam(b):
    return 1 / sqrt(1 - b * b)
# R1
Q(RL, "Muons have a mean lifetime of 2.2 us in their rest frame. What mean lifetime is measured in the lab for muons moving "
      "at 0.995c?",
  {"proper mean lifetime": "2.2 us", "speed of the muons": "0.995 c"},
  "mean lifetime in the lab frame", "us", 2.2 * gam(0.995), laws=1,
  solution="t = gamma tau", assumptions="")
# R2
Q(RL, "A muon (proper mean lifetime 2.2 us) is created in the upper atmosphere moving at 0.98c. How far does it travel in "
      "the Earth frame during one mean lifetime?",
  {"proper mean lifetime": "2.2 us", "speed of the muon": "0.98 c"},
  "distance traveled in one mean lifetime", "m", gam(0.98) * 0.98 * c * 2.2e-6, laws=2,
  solution="d = gamma v tau", assumptions="")
# R3
Q(RL, "A spaceship of proper length 100 m flies past a space station at 0.80c. How long does it take the ship to pass a "
      "fixed point on the station, as measured by station observers?",
  {"proper length of the ship": "100 m", "speed of the ship": "0.80 c"},
  "time for the ship to pass the point", "ns", 100 * sqrt(1 - 0.64) / (0.8 * c) * 1e9, laws=2,
  solution="L = L0/gamma = 60 m; t = L/v", assumptions="")
# R4
Q(RL, "An electron moves at 0.90c. What is its momentum?",
  {"speed of the electron": "0.90 c"},
  "momentum of the electron", "MeV/c", gam(0.9) * mec2_MeV * 0.9, laws=1,
  solution="p = gamma m v", assumptions="")
# R5
Q(RL, "A proton moves at 0.60c. What is its kinetic energy?",
  {"speed of the proton": "0.60 c"},
  "kinetic energy", "MeV", (gam(0.6) - 1) * mpc2_MeV, laws=1,
  solution="K = (gamma - 1) m c^2", assumptions="")
# R6
g6 = 1 + 1.0 / mec2_MeV
Q(RL, "An electron has a kinetic energy of 1.0 MeV. What is its speed?",
  {"kinetic energy of the electron": "1.0 MeV"},
  "speed of the electron", "m/s", c * sqrt(1 - 1 / g6**2), laws=2,
  solution="gamma = 1 + K/mc^2; v = c sqrt(1 - 1/gamma^2)", assumptions="")
# R7
Q(RL, "A spaceship moving at 0.60c relative to Earth launches a probe forward at 0.70c relative to the ship. What is the "
      "probe's speed relative to Earth?",
  {"speed of the ship relative to Earth": "0.60 c", "speed of the probe relative to the ship": "0.70 c"},
  "speed of the probe relative to Earth", "km/s", (1.3 / (1 + 0.42)) * c / 1000, laws=1,
  solution="u = (v + u')/(1 + v u'/c^2)", assumptions="collinear")
# R8
Q(RL, "How much kinetic energy must be given to a 1000 kg probe to bring it from rest to 0.50c?",
  {"mass of the probe": "1000 kg", "final speed": "0.50 c"},
  "kinetic energy required", "J", (gam(0.5) - 1) * 1000 * c**2, laws=1,
  solution="K = (gamma - 1) m c^2", assumptions="")
# R9
Q(RL, "An electron and a positron, both essentially at rest, annihilate into two photons. What is the wavelength of each photon?",
  {"kinetic energy of the electron": "0 eV", "kinetic energy of the positron": "0 eV"},
  "wavelength of each photon", "pm", h / (m_e * c) * 1e12, laws=2,
  solution="each photon carries m_e c^2 = 511 keV; lambda = hc/E", assumptions="")
# R10
Q(RL, "An astronaut travels to a star 4.2 light-years away (Earth frame) at 0.80c and immediately returns at the same speed. "
      "How much time elapses for the astronaut during the round trip?",
  {"distance to the star": "4.2 ly", "speed of the spaceship": "0.80 c"},
  "elapsed time for the astronaut", "yr", 2 * 4.2 / 0.8 * 0.6, laws=2,
  solution="Earth time 10.5 yr; proper time = t/gamma", assumptions="acceleration phases neglected")
# R11
Q(RL, "A galaxy recedes from us at 0.30c. A hydrogen line emitted at 656.3 nm in the galaxy's frame is observed at what wavelength?",
  {"speed of recession": "0.30 c", "emitted wavelength": "656.3 nm"},
  "observed wavelength", "nm", 656.3 * sqrt(1.3 / 0.7), laws=1,
  solution="relativistic Doppler: lambda_obs = lambda sqrt((1+b)/(1-b))", assumptions="purely radial motion")
# R12
E12 = sqrt(2.0**2 + (mpc2_MeV / 1000)**2)
Q(RL, "A proton has momentum 2.0 GeV/c. What is its speed?",
  {"momentum of the proton": "2.0 GeV/c"},
  "speed of the proton", "m/s", 2.0 / E12 * c, laws=2,
  solution="E = sqrt(p^2c^2 + m^2c^4); v = p c^2/E", assumptions="")
# R13 ND
Q(RL, "A spaceship passes Earth at high speed. Observers on Earth measure its length as 80 m. What is its proper length?",
  {"length measured from Earth": "80 m", "mass of the spaceship": "2.0e5 kg"},
  "proper length of the spaceship", "m", None, outcome="not derivable", laws=1,
  solution="speed of the ship not given", assumptions="")
# R14 ill-posed
Q(RL, "A spaceship travels at 1.2c relative to Earth for 1.0 h of ship time. How much time passes on Earth?",
  {"speed of the spaceship": "1.2 c", "proper time on the ship": "1.0 h"},
  "time elapsed on Earth", "h", None, outcome="ill-posed", laws=1,
  solution="speed exceeds c; gamma imaginary", assumptions="")
# R15 ill-posed
Q(RL, "An electron moves through a vacuum tube at 3.5e8 m/s. What is its kinetic energy?",
  {"speed of the electron": "3.5e8 m/s"},
  "kinetic energy of the electron", "MeV", None, outcome="ill-posed", laws=1,
  solution="speed exceeds c (3.0e8 m/s): impossible for a massive particle", assumptions="")
# R16 ND
Q(RL, "A particle moves at 0.80c. What is its relativistic kinetic energy?",
  {"speed of the particle": "0.80 c"},
  "kinetic energy", "MeV", None, outcome="not derivable", laws=1,
  solution="particle's rest mass not given", assumptions="")
# R17
mpi = 139.57
gpi = 1000 / mpi
Q(RL, "A charged pion (rest energy 139.57 MeV, proper mean lifetime 26.0 ns) has total energy 1.0 GeV. What is its mean decay "
      "length in the lab?",
  {"rest energy of the pion": "139.57 MeV", "proper mean lifetime": "26.0 ns", "total energy": "1.0 GeV"},
  "mean decay length", "m", sqrt(gpi**2 - 1) * c * 26.0e-9, laws=2,
  solution="gamma = E/mc^2; L = gamma beta c tau", assumptions="")
# R18
Q(RL, "At what speed must a spaceship travel so that Earth observers see its clocks running at half the rate of their own?",
  {"ratio of ship clock rate to Earth clock rate": "0.5"},
  "speed of the spaceship", "m/s", c * sqrt(1 - 0.25), laws=1,
  solution="gamma = 2 -> v = c sqrt(3)/2", assumptions="")
# R19
Q(RL, "An electron has a kinetic energy of 2.0 MeV. What is the magnitude of its momentum?",
  {"kinetic energy of the electron": "2.0 MeV"},
  "momentum of the electron", "MeV/c", sqrt(2.0**2 + 2 * 2.0 * mec2_MeV), laws=2,
  solution="E = K + mc^2; p c = sqrt(E^2 - m^2c^4) = sqrt(K^2 + 2 K mc^2)", assumptions="")
# R20
Q(RL, "A proton's total energy is three times its rest energy. What is its momentum?",
  {"ratio of total energy to rest energy": "3"},
  "momentum of the proton", "GeV/c", sqrt(8) * mpc2_MeV / 1000, laws=2,
  solution="E = 3 mc^2; p c = sqrt(E^2 - m^2c^4) = sqrt(8) mc^2", assumptions="")

# =====================================================================
for i, q in enumerate(Qs, 1):
    q["id"] = f"q10b-{i:03d}"
keys = ["id", "field", "text", "given", "find", "unit", "expected", "outcome", "rel_tol", "laws", "irrelevant",
        "solution", "assumptions"]
out = [{k: q[k] for k in keys} for q in Qs]
with open("/work/blind/q10b/questions.json", "w") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)

# ---- summary
from collections import Counter
n = len(out)
print("total", n)
print("fields", Counter(q["field"] for q in out))
print("outcomes", Counter(q["outcome"] for q in out))
multi_all = sum(q["laws"] >= 2 for q in out)
multi_val = sum(q["laws"] >= 2 and q["outcome"] == "value" for q in out)
print(f"multi-law (all) {multi_all}/{n} = {multi_all/n:.3f}; multi-law value-only {multi_val}/{n} = {multi_val/n:.3f}")
nd = sum(q["outcome"] == "not derivable" for q in out)
print(f"not derivable share {nd/n:.3f}")
print("with irrelevant:", sum(bool(q["irrelevant"]) for q in out))
ids = [q["text"] for q in out]
assert len(set(ids)) == n
