#!/usr/bin/env python3
"""Blind physics test set q10a: computes every expected value and writes questions.json.

All unit conversions are written out by hand; physical constants come from scipy.constants.
"""
import json
import math
from collections import Counter

from scipy import constants as C

# ---------------------------------------------------------------- constants
G = C.G
c = C.c
h = C.h
hbar = C.hbar
e = C.e
m_e = C.m_e
m_p = C.m_p
N_A = C.N_A
R = C.R
k_B = C.k
sigma = C.sigma
eps0 = C.epsilon_0
mu0 = C.mu_0
k_e = 1.0 / (4.0 * math.pi * eps0)
b_wien = C.Wien
a0 = C.physical_constants["Bohr radius"][0]
R_inf = C.Rydberg
u_MeV = C.physical_constants["atomic mass constant energy equivalent in MeV"][0]
me_MeV = C.physical_constants["electron mass energy equivalent in MeV"][0]
mp_MeV = C.physical_constants["proton mass energy equivalent in MeV"][0]
g = 9.81  # Earth, stated in question text / find names

# ---------------------------------------------------------------- hand-written unit conversions
KMH = 1000.0 / 3600.0          # km/h -> m/s
MPH = 1609.344 / 3600.0        # mi/h -> m/s
FT = 0.3048                    # ft -> m
HP = 745.69987158227022        # mechanical horsepower -> W
ATM = 101325.0                 # atm -> Pa
PSI = 6894.757293168361        # psi -> Pa
AU = 1.495978707e11            # AU -> m
DAY = 86400.0                  # day -> s
YR = 365.25 * DAY              # Julian year -> s
LY = c * YR                    # light year -> m
EV = e                         # eV -> J
MEV = 1e6 * e                  # MeV -> J
KWH = 3.6e6                    # kWh -> J
MAH = 3.6                      # mAh -> C
DEG = math.pi / 180.0          # deg -> rad


def CtoK(t):
    return t + 273.15


def CtoF(t):
    return t * 9.0 / 5.0 + 32.0


def gamma(beta):
    return 1.0 / math.sqrt(1.0 - beta * beta)


# ---------------------------------------------------------------- question store
Q = []
counters = Counter()
FIELDS = {
    "mech": "mechanics",
    "grav": "gravitation and orbits",
    "fluid": "fluids",
    "thermo": "thermodynamics and heat",
    "wave": "waves, sound and optics",
    "em": "electricity and magnetism",
    "circ": "DC circuits",
    "quant": "modern, quantum and atomic physics",
    "nuc": "nuclear physics and radioactivity",
    "rel": "special relativity",
}


def sig(x, n=6):
    if x is None or x == 0:
        return x
    return float(f"{x:.{n}g}")


def add(pfx, text, given, find, unit, expected=None, outcome="value", laws=1,
        irrelevant=(), solution="", assumptions="", rel_tol=0.01):
    counters[pfx] += 1
    qid = f"{pfx}-{counters[pfx]:03d}"
    if outcome == "value":
        assert expected is not None, qid
    else:
        assert expected is None, qid
    for name in irrelevant:
        assert name in given, (qid, name)
    Q.append(dict(id=qid, field=FIELDS[pfx], text=text, given=given, find=find, unit=unit,
                  expected=sig(expected), outcome=outcome, rel_tol=rel_tol, laws=int(laws),
                  irrelevant=list(irrelevant), solution=solution, assumptions=assumptions))


# =====================================================================================
# MECHANICS
# =====================================================================================
v = 60 * MPH
add("mech", "A 1350 kg car accelerates from rest to 60 mi/h in 8.5 s on a straight road. What average net force acts on the car?",
    {"mass of the car": "1350 kg", "initial speed of the car": "0 m/s", "final speed of the car": "60 mi/h", "time taken": "8.5 s"},
    "average net force on the car", "N", 1350 * v / 8.5, laws=1,
    solution="F = m*(v_f - v_i)/t with 60 mi/h = 26.8224 m/s", assumptions="straight-line motion")

add("mech", "On Earth, a stone is dropped from rest from a height of 45 ft. Ignoring air resistance, how fast is it moving just before it hits the ground?",
    {"drop height": "45 ft", "initial speed": "0 m/s"},
    "impact speed of the stone on Earth", "m/s", math.sqrt(2 * g * 45 * FT), laws=1,
    solution="v = sqrt(2 g h), h = 45*0.3048 m", assumptions="g = 9.81 m/s^2, no air resistance")

v = 90 * KMH
add("mech", "A 1500 kg car travelling at 90 km/h brakes to a stop in 40 m. What is the average braking force?",
    {"mass of the car": "1500 kg", "initial speed of the car": "90 km/h", "braking distance": "40 m"},
    "average braking force", "N", 1500 * v ** 2 / (2 * 40), laws=2,
    solution="a = v^2/(2d); F = m a (equivalently work-energy F d = m v^2/2)", assumptions="constant deceleration to rest")

m1, v1, m2 = 2.0, 3.0, 1.0
vf = m1 * v1 / (m1 + m2)
add("mech", "A 2.0 kg cart moving at 3.0 m/s collides with a 1.0 kg cart at rest, and they stick together. How much kinetic energy is lost?",
    {"mass of cart 1": "2.0 kg", "speed of cart 1 before the collision": "3.0 m/s", "mass of cart 2": "1.0 kg", "speed of cart 2 before the collision": "0 m/s"},
    "kinetic energy lost in the perfectly inelastic collision (carts stick together)", "J",
    0.5 * m1 * v1 ** 2 - 0.5 * (m1 + m2) * vf ** 2, laws=2,
    solution="momentum: v_f = m1 v1/(m1+m2) = 2 m/s; dKE = m1 v1^2/2 - (m1+m2) v_f^2/2", assumptions="frictionless track")

m1, v1, m2 = 0.30, 4.0, 0.20
add("mech", "Ball 1 (0.30 kg) moving at 4.0 m/s strikes ball 2 (0.20 kg), initially at rest, in a head-on perfectly elastic collision. What is the speed of ball 2 afterwards?",
    {"mass of ball 1": "0.30 kg", "speed of ball 1 before the collision": "4.0 m/s", "mass of ball 2": "0.20 kg", "speed of ball 2 before the collision": "0 m/s"},
    "speed of ball 2 after the head-on elastic collision", "m/s", 2 * m1 / (m1 + m2) * v1, laws=2,
    solution="momentum + kinetic-energy conservation: v2' = 2 m1 v1/(m1+m2)", assumptions="1-D elastic collision")

add("mech", "On Earth, a ball is launched at 25 m/s at 30 degrees above the horizontal over level ground. Ignoring air resistance, what is its horizontal range?",
    {"launch speed": "25 m/s", "launch angle above the horizontal": "30 deg"},
    "horizontal range on level ground on Earth", "m", 25 ** 2 * math.sin(2 * 30 * DEG) / g, laws=1,
    solution="R = v^2 sin(2 theta)/g", assumptions="g = 9.81 m/s^2, no air resistance, lands at launch height")

add("mech", "A 0.2 kg ball is thrown horizontally at 12 m/s from the top of a cliff on Earth. How far from the base of the cliff does it land?",
    {"horizontal launch speed of the ball": "12 m/s", "mass of the ball": "0.2 kg"},
    "horizontal distance travelled before hitting the ground below the cliff", "m", None, outcome="not derivable", laws=2,
    irrelevant=["mass of the ball"],
    solution="x = v sqrt(2H/g) needs the cliff height H, which is not given", assumptions="g = 9.81 m/s^2")

a = g * (math.sin(30 * DEG) - 0.20 * math.cos(30 * DEG))
add("mech", "A 5.0 kg block slides down a 30 degree incline on Earth. The coefficient of kinetic friction is 0.20. What is its acceleration?",
    {"mass of the block": "5.0 kg", "angle of the incline": "30 deg", "coefficient of kinetic friction between block and incline": "0.20"},
    "acceleration of the block sliding down the incline on Earth", "m/s^2", a, laws=2, irrelevant=["mass of the block"],
    solution="a = g (sin theta - mu_k cos theta)", assumptions="g = 9.81 m/s^2")

add("mech", "A spring of spring constant 200 N/m is compressed 10 cm and launches a 50 g ball along a frictionless horizontal surface. What is the launch speed?",
    {"spring constant": "200 N/m", "compression of the spring": "10 cm", "mass of the ball": "50 g"},
    "launch speed of the ball (frictionless horizontal surface)", "m/s", 0.10 * math.sqrt(200 / 0.050), laws=1,
    solution="k x^2/2 = m v^2/2 -> v = x sqrt(k/m)", assumptions="massless spring, no friction")

v = 54 * KMH
add("mech", "A 1000 kg car rounds a flat (unbanked) curve of radius 50 m at 54 km/h on Earth. What minimum coefficient of static friction is needed?",
    {"mass of the car": "1000 kg", "radius of the flat curve": "50 m", "speed of the car": "54 km/h"},
    "minimum coefficient of static friction needed on the unbanked curve on Earth", "1", v ** 2 / (g * 50), laws=2,
    irrelevant=["mass of the car"],
    solution="mu m g = m v^2/r -> mu = v^2/(g r)", assumptions="g = 9.81 m/s^2, flat curve")

add("mech", "An elevator car plus load of mass 800 kg is raised at a constant 2.0 m/s on Earth. What power (in horsepower) does the motor deliver?",
    {"mass of the elevator car and load": "800 kg", "constant upward speed": "2.0 m/s"},
    "power delivered by the motor lifting on Earth", "hp", 800 * g * 2.0 / HP, laws=2,
    solution="F = m g at constant speed; P = F v; 1 hp = 745.7 W", assumptions="g = 9.81 m/s^2, no friction, no counterweight")

I = 0.5 * 2.0 * 0.30 ** 2
w = 120 * 2 * math.pi / 60
add("mech", "A uniform solid disk of mass 2.0 kg and radius 30 cm spins at 120 rpm about its axis. What is its rotational kinetic energy?",
    {"mass of the disk": "2.0 kg", "radius of the disk": "30 cm", "rotation rate": "120 rpm"},
    "rotational kinetic energy of the uniform solid disk", "J", 0.5 * I * w ** 2, laws=2,
    solution="I = M R^2/2; omega = 2 pi * rpm/60; K = I omega^2/2", assumptions="uniform disk, axis through center")

add("mech", "On Earth, a solid sphere (0.8 kg, radius 5 cm) is released from rest at a height of 2.0 m on a ramp and rolls without slipping. What is its speed at the bottom?",
    {"initial height of the solid sphere above the bottom": "2.0 m", "mass of the sphere": "0.8 kg", "radius of the sphere": "5 cm"},
    "speed at the bottom of the ramp of a solid sphere rolling without slipping on Earth", "m/s",
    math.sqrt(10.0 / 7.0 * g * 2.0), laws=2, irrelevant=["mass of the sphere", "radius of the sphere"],
    solution="m g h = m v^2/2 + (2/5 m R^2)(v/R)^2/2 -> v = sqrt(10 g h/7)", assumptions="g = 9.81 m/s^2, rolling without slipping")

add("mech", "A crate starting from rest is pushed 3 m along a floor by a net horizontal force of 50 N. What is its final speed?",
    {"net horizontal force on the crate": "50 N", "distance pushed": "3 m", "initial speed of the crate": "0 m/s"},
    "final speed of the crate", "m/s", None, outcome="not derivable", laws=1,
    solution="F d = m v^2/2 requires the crate's mass, which is not given", assumptions="constant net force")

add("mech", "A block of mass -3 kg is acted on by a net force of 12 N. Find its acceleration.",
    {"mass of the block": "-3 kg", "net force on the block": "12 N"},
    "acceleration of the block", "m/s^2", None, outcome="ill-posed", laws=1,
    solution="a = F/m, but a negative mass is unphysical", assumptions="")

add("mech", "A roller-coaster cart of mass 250 kg starts from rest at the top of a frictionless track and reaches 20 m/s at the bottom, on Earth. From what initial height above the bottom did it start?",
    {"speed at the bottom of the frictionless track": "20 m/s", "initial speed at the top": "0 m/s", "mass of the cart": "250 kg"},
    "initial height above the bottom on Earth", "m", 20 ** 2 / (2 * g), laws=1, irrelevant=["mass of the cart"],
    solution="m g h = m v^2/2 -> h = v^2/(2g)", assumptions="g = 9.81 m/s^2, frictionless")

add("mech", "A 58 g tennis ball (diameter 6.7 cm) arrives at a racket at 30 m/s and leaves in the opposite direction at 40 m/s. The contact lasts 5.0 ms. What average force does the racket exert?",
    {"mass of the tennis ball": "58 g", "incoming speed of the ball": "30 m/s", "outgoing speed of the ball (opposite direction)": "40 m/s", "contact time": "5.0 ms", "diameter of the ball": "6.7 cm"},
    "average force exerted by the racket on the ball", "N", 0.058 * (30 + 40) / 0.005, laws=1,
    irrelevant=["diameter of the ball"],
    solution="F = m (v_out + v_in)/dt (impulse-momentum, direction reverses)", assumptions="gravity negligible during contact")

add("mech", "A 20 kg sled moving at 5.0 m/s coasts onto level snow where the coefficient of kinetic friction is 0.10 (on Earth). How far does it slide before stopping?",
    {"mass of the sled": "20 kg", "initial speed of the sled": "5.0 m/s", "coefficient of kinetic friction": "0.10"},
    "stopping distance on level snow on Earth", "m", 5.0 ** 2 / (2 * 0.10 * g), laws=2, irrelevant=["mass of the sled"],
    solution="friction force mu m g; work-energy mu m g d = m v^2/2 -> d = v^2/(2 mu g)", assumptions="g = 9.81 m/s^2")

add("mech", "A 2 kg cart moving at 3 m/s collides with a 1 kg cart at rest on a straight track. What is the speed of cart 2 after the collision?",
    {"mass of cart 1": "2 kg", "initial speed of cart 1": "3 m/s", "mass of cart 2": "1 kg", "initial speed of cart 2": "0 m/s"},
    "speed of cart 2 after the collision", "m/s", None, outcome="ambiguous", laws=2,
    solution="collision type not stated: elastic gives 4 m/s, perfectly inelastic gives 2 m/s", assumptions="")

add("mech", "A 1400 kg car travelling at 72 km/h brakes hard on a dry road. How far does it travel while braking?",
    {"mass of the car": "1400 kg", "speed of the car": "72 km/h"},
    "braking distance", "m", None, outcome="not derivable", laws=2, irrelevant=["mass of the car"],
    solution="d = v^2/(2a) needs the deceleration, braking force or friction coefficient, none given", assumptions="")

m1, m2 = 3.0, 5.0
add("mech", "An Atwood machine on Earth has masses of 3.0 kg and 5.0 kg hanging from a light string over a frictionless, massless pulley. What is the tension in the string?",
    {"mass of block 1": "3.0 kg", "mass of block 2": "5.0 kg"},
    "tension in the string of the Atwood machine on Earth", "N", 2 * m1 * m2 * g / (m1 + m2), laws=2,
    solution="a = (m2-m1) g/(m1+m2); T = m1 (g + a) = 2 m1 m2 g/(m1+m2)", assumptions="g = 9.81 m/s^2, massless string and pulley")

# =====================================================================================
# GRAVITATION AND ORBITS
# =====================================================================================
ME, RE = 5.97e24, 6371e3

add("grav", "Two lead spheres of masses 50 kg and 70 kg have centers 1.5 m apart. What is the gravitational force between them?",
    {"mass of sphere 1": "50 kg", "mass of sphere 2": "70 kg", "center-to-center distance": "1.5 m"},
    "gravitational force between the spheres", "N", G * 50 * 70 / 1.5 ** 2, laws=1,
    solution="F = G m1 m2/r^2", assumptions="uniform spheres")

add("grav", "A planet has mass 6.42e23 kg and radius 3390 km. What is the gravitational acceleration at its surface?",
    {"mass of the planet": "6.42e23 kg", "radius of the planet": "3390 km"},
    "gravitational acceleration at the surface of the planet", "m/s^2", G * 6.42e23 / 3390e3 ** 2, laws=1,
    solution="g = G M/R^2", assumptions="spherical planet, rotation ignored")

r = RE + 400e3
add("grav", "A satellite is in a circular orbit 400 km above Earth's surface. Earth's mass is 5.97e24 kg and its radius 6371 km. What is the orbital period?",
    {"mass of the Earth": "5.97e24 kg", "radius of the Earth": "6371 km", "altitude of the satellite": "400 km"},
    "orbital period of the satellite in a circular orbit", "min", 2 * math.pi * math.sqrt(r ** 3 / (G * ME)) / 60, laws=2,
    solution="G M m/r^2 = m (2pi/T)^2 r with r = R + h -> T = 2 pi sqrt(r^3/(G M))", assumptions="circular orbit")

T = 23.93 * 3600
add("grav", "A communications satellite has a circular orbital period of 23.93 h around Earth (mass 5.97e24 kg). What is the radius of its orbit, measured from Earth's center?",
    {"mass of the Earth": "5.97e24 kg", "orbital period": "23.93 h"},
    "radius of the circular orbit measured from Earth's center", "km", (G * ME * T ** 2 / (4 * math.pi ** 2)) ** (1 / 3) / 1e3, laws=2,
    solution="r^3 = G M T^2/(4 pi^2)", assumptions="circular orbit")

add("grav", "A moon has mass 7.35e22 kg and radius 1737 km. What is the escape speed from its surface?",
    {"mass of the moon": "7.35e22 kg", "radius of the moon": "1737 km"},
    "escape speed from the surface of the moon", "km/s", math.sqrt(2 * G * 7.35e22 / 1737e3) / 1e3, laws=1,
    solution="v_esc = sqrt(2 G M/R)", assumptions="no atmosphere, non-rotating")

r = RE + 2000e3
add("grav", "A satellite travels in a circular orbit 2000 km above Earth's surface (Earth mass 5.97e24 kg, radius 6371 km). What is its orbital speed?",
    {"mass of the Earth": "5.97e24 kg", "radius of the Earth": "6371 km", "altitude of the circular orbit": "2000 km"},
    "orbital speed of the satellite", "m/s", math.sqrt(G * ME / r), laws=2,
    solution="G M m/r^2 = m v^2/r with r = R + h -> v = sqrt(G M/r)", assumptions="circular orbit")

add("grav", "A moon of mass 8.9e22 kg orbits its planet in a circular orbit of radius 4.2e5 km. What is its orbital period?",
    {"orbital radius of the moon": "4.2e5 km", "mass of the moon": "8.9e22 kg"},
    "orbital period of the moon around its planet", "days", None, outcome="not derivable", laws=2,
    irrelevant=["mass of the moon"],
    solution="T = 2 pi sqrt(r^3/(G M_planet)) needs the planet's mass (not the moon's)", assumptions="circular orbit")

a_ = 5.2 * AU
add("grav", "A planet orbits the Sun (mass 1.989e30 kg) with a semi-major axis of 5.2 AU. What is its orbital period in years?",
    {"semi-major axis of the planet's orbit around the Sun": "5.2 AU", "mass of the Sun": "1.989e30 kg"},
    "orbital period of the planet", "yr", 2 * math.pi * math.sqrt(a_ ** 3 / (G * 1.989e30)) / YR, laws=1,
    solution="Kepler III: T = 2 pi sqrt(a^3/(G M)) (equivalently T[yr] = a[AU]^1.5)", assumptions="planet mass << Sun mass")

add("grav", "A person weighs 800 N at Earth's surface (Earth radius 6371 km). What would the person weigh at an altitude of 6371 km above the surface?",
    {"weight at Earth's surface": "800 N", "altitude above the surface": "6371 km", "radius of the Earth": "6371 km"},
    "weight at that altitude", "N", 800 * (RE / (RE + 6371e3)) ** 2, laws=1,
    solution="W ~ 1/r^2: W' = W (R/(R+h))^2", assumptions="spherical Earth, rotation ignored")

dU = G * ME * 1000 * (1 / RE - 1 / (RE + 1000e3))
add("grav", "A 1000 kg satellite is raised from Earth's surface to an altitude of 1000 km (Earth mass 5.97e24 kg, radius 6371 km). By how much does its gravitational potential energy increase?",
    {"mass of the satellite": "1000 kg", "mass of the Earth": "5.97e24 kg", "radius of the Earth": "6371 km", "final altitude": "1000 km"},
    "increase in gravitational potential energy from the surface to that altitude", "GJ", dU / 1e9, laws=1,
    solution="dU = G M m (1/R - 1/(R+h)) (mgh is not accurate at this height)", assumptions="spherical Earth")

r, T = 421700e3, 1.769 * DAY
add("grav", "A moon orbits a planet in a circular orbit of radius 421700 km with a period of 1.769 days. What is the mass of the planet?",
    {"orbital radius of the moon": "421700 km", "orbital period of the moon": "1.769 days"},
    "mass of the planet", "kg", 4 * math.pi ** 2 * r ** 3 / (G * T ** 2), laws=2,
    solution="G M/r^2 = 4 pi^2 r/T^2 -> M = 4 pi^2 r^3/(G T^2)", assumptions="moon mass << planet mass, circular orbit")

add("grav", "A satellite moves in a circular orbit of radius 7000 km around Earth (mass 5.97e24 kg) at a speed of 12 km/s. Find its orbital period.",
    {"mass of the Earth": "5.97e24 kg", "radius of the circular orbit": "7000 km", "speed of the satellite in the circular orbit": "12 km/s"},
    "orbital period", "min", None, outcome="ill-posed", laws=2,
    solution="a circular orbit at r = 7000 km requires v = sqrt(GM/r) = 7.54 km/s; 12 km/s exceeds even escape speed (10.7 km/s): contradictory",
    assumptions="")

add("grav", "A planet has surface gravitational acceleration 9.81 m/s^2 and radius 6371 km. What is its mean density?",
    {"gravitational acceleration at the surface": "9.81 m/s^2", "radius of the planet": "6371 km"},
    "mean density of the planet", "g/cm^3", 3 * 9.81 / (4 * math.pi * G * 6371e3) / 1000, laws=2,
    solution="g = G M/R^2, M = rho 4/3 pi R^3 -> rho = 3 g/(4 pi G R)", assumptions="spherical, rotation ignored")

add("grav", "A planet has mass 3.3e23 kg and rotates once every 58.6 days. What is the escape speed from its surface?",
    {"mass of the planet": "3.3e23 kg", "rotation period of the planet": "58.6 days"},
    "escape speed from the surface of the planet", "km/s", None, outcome="not derivable", laws=1,
    irrelevant=["rotation period of the planet"],
    solution="v = sqrt(2 G M/R) needs the planet's radius, not given", assumptions="")

add("grav", "A 500 kg satellite is in a circular orbit of radius 7000 km around Earth (mass 5.97e24 kg). What is its total mechanical energy (zero at infinite separation)?",
    {"mass of the satellite": "500 kg", "mass of the Earth": "5.97e24 kg", "radius of the circular orbit": "7000 km"},
    "total mechanical energy of the satellite in orbit", "MJ", -G * ME * 500 / (2 * 7000e3) / 1e6, laws=2,
    solution="K = G M m/(2r), U = -G M m/r, E = -G M m/(2r)", assumptions="potential energy zero at infinity")

ratio = math.sqrt(7.35e22 / ME)
add("grav", "The Earth (5.97e24 kg) and the Moon (7.35e22 kg) are 384400 km apart (center to center). How far from Earth's center, on the line joining them, is the net gravitational force on a spacecraft zero?",
    {"mass of the Earth": "5.97e24 kg", "mass of the Moon": "7.35e22 kg", "Earth-Moon center distance": "384400 km"},
    "distance from Earth's center where the net gravitational force is zero", "km", 384400 / (1 + ratio), laws=1,
    solution="G M/d^2 = G m/(D-d)^2 -> d = D/(1 + sqrt(m/M))", assumptions="point between the bodies, other bodies ignored")

add("grav", "A 1200 kg satellite orbits 500 km above the surface of a planet of radius 3400 km. What is its orbital speed in a circular orbit?",
    {"altitude of the satellite": "500 km", "radius of the planet": "3400 km", "mass of the satellite": "1200 kg"},
    "orbital speed in the circular orbit", "km/s", None, outcome="not derivable", laws=2,
    irrelevant=["mass of the satellite"],
    solution="v = sqrt(G M/r) needs the planet's mass (or surface gravity), not given", assumptions="")

GM = G * ME
rmax = 1.0 / (1.0 / RE - 5000.0 ** 2 / (2 * GM))
add("grav", "A projectile is launched straight up from Earth's surface at 5.0 km/s (Earth mass 5.97e24 kg, radius 6371 km). Ignoring air resistance and Earth's rotation, how high above the surface does it rise?",
    {"launch speed (straight up)": "5.0 km/s", "mass of the Earth": "5.97e24 kg", "radius of the Earth": "6371 km"},
    "maximum height above the surface", "km", (rmax - RE) / 1e3, laws=2,
    solution="energy conservation with U = -GMm/r: 1/r = 1/R - v^2/(2GM); h = r - R (constant-g formula is wrong here)",
    assumptions="no air resistance, non-rotating Earth")

# =====================================================================================
# FLUIDS
# =====================================================================================
add("fluid", "What is the gauge pressure 25 m below the surface of the sea on Earth, if seawater has density 1025 kg/m^3?",
    {"depth below the surface": "25 m", "density of seawater": "1025 kg/m^3"},
    "gauge pressure at that depth on Earth", "kPa", 1025 * g * 25 / 1e3, laws=1,
    solution="p_gauge = rho g h", assumptions="g = 9.81 m/s^2, incompressible water")

add("fluid", "A diver is 10 m below the surface of a freshwater lake (density 1000 kg/m^3) on Earth; the air pressure at the surface is 1 atm. What is the absolute pressure at the diver?",
    {"depth": "10 m", "density of water": "1000 kg/m^3", "atmospheric pressure at the surface": "1 atm"},
    "absolute pressure at that depth on Earth", "atm", (ATM + 1000 * g * 10) / ATM, laws=1,
    solution="p = p0 + rho g h", assumptions="g = 9.81 m/s^2")

add("fluid", "A 2 L block of wood of density 600 kg/m^3 floats in water (1000 kg/m^3). What fraction of its volume is submerged?",
    {"density of the wood": "600 kg/m^3", "density of water": "1000 kg/m^3", "volume of the block": "2 L"},
    "fraction of the floating block's volume that is submerged", "1", 600 / 1000, laws=2,
    irrelevant=["volume of the block"],
    solution="floating: weight = buoyant force -> V_sub/V = rho_wood/rho_water", assumptions="static floating")

Vb = 2.7 / 2700
add("fluid", "A 2.7 kg aluminum block (density 2.70 g/cm^3) hangs from a spring scale, fully submerged in water (1000 kg/m^3) on Earth. What does the scale read?",
    {"mass of the aluminum block": "2.7 kg", "density of aluminum": "2.70 g/cm^3", "density of water": "1000 kg/m^3"},
    "apparent weight when fully submerged in water on Earth", "N", 2.7 * g - 1000 * Vb * g, laws=2,
    solution="V = m/rho_Al; F_b = rho_w V g; W_app = m g - F_b", assumptions="g = 9.81 m/s^2")

A1 = math.pi * 0.04 ** 2 / 4
A2 = math.pi * 0.02 ** 2 / 4
v1 = 1.5
v2 = v1 * A1 / A2
add("fluid", "Water (1000 kg/m^3) flows at 1.5 m/s through a horizontal pipe of inner diameter 4.0 cm that narrows to 2.0 cm. What is the pressure difference between the wide and the narrow section?",
    {"inner diameter of the wide section": "4.0 cm", "inner diameter of the narrow section": "2.0 cm", "flow speed in the wide section": "1.5 m/s", "density of water": "1000 kg/m^3"},
    "pressure difference between the wide and narrow sections of the horizontal pipe", "kPa", 0.5 * 1000 * (v2 ** 2 - v1 ** 2) / 1e3, laws=2,
    solution="continuity v2 = v1 (d1/d2)^2 = 6 m/s; Bernoulli dp = rho (v2^2 - v1^2)/2", assumptions="ideal incompressible steady flow")

vout = math.sqrt(2 * g * 3.0)
add("fluid", "A large open tank of diameter 2 m, on Earth, has water standing 3.0 m above a small hole of diameter 1.0 cm in its side. What is the volume flow rate out of the hole?",
    {"height of water surface above the hole": "3.0 m", "diameter of the hole": "1.0 cm", "diameter of the tank": "2 m"},
    "volume flow rate out of the hole on Earth", "L/min", math.pi * 0.01 ** 2 / 4 * vout * 1000 * 60, laws=2,
    irrelevant=["diameter of the tank"],
    solution="Torricelli v = sqrt(2 g h); Q = A_hole v (tank area >> hole area)", assumptions="g = 9.81 m/s^2, ideal flow, no vena contracta")

add("fluid", "In a hydraulic lift on Earth the small piston has diameter 2.0 cm and the large piston 20 cm. What force on the small piston will support a 1500 kg car on the large piston?",
    {"diameter of the small piston": "2.0 cm", "diameter of the large piston": "20 cm", "mass of the car on the large piston": "1500 kg"},
    "force needed on the small piston on Earth", "N", 1500 * g * (2.0 / 20.0) ** 2, laws=2,
    solution="W = m g; Pascal: F1/A1 = F2/A2 -> F1 = m g (d1/d2)^2", assumptions="g = 9.81 m/s^2, pistons at same height, massless pistons")

add("fluid", "A 3.0 kg rock is fully submerged in water (1000 kg/m^3). What is the buoyant force on it?",
    {"mass of the rock": "3.0 kg", "density of water": "1000 kg/m^3"},
    "buoyant force on the fully submerged rock", "N", None, outcome="not derivable", laws=2,
    solution="F_b = rho_w V g needs the rock's volume or density, not given", assumptions="")

Q_ = 40e-3 / 50
add("fluid", "A garden hose of inner diameter 1.6 cm fills a 40 L bucket in 50 s. What is the average speed of the water in the hose?",
    {"inner diameter of the hose": "1.6 cm", "volume of the bucket": "40 L", "time to fill the bucket": "50 s"},
    "speed of water in the hose", "m/s", Q_ / (math.pi * 0.016 ** 2 / 4), laws=1,
    solution="Q = V/t; v = Q/A, A = pi d^2/4", assumptions="uniform flow")

add("fluid", "Water (viscosity 1.0 mPa s) flows in laminar flow through a tube of inner radius 1.0 mm and length 50 cm under a pressure difference of 2.0 kPa. What is the volume flow rate?",
    {"viscosity of water": "1.0 mPa s", "inner radius of the tube": "1.0 mm", "length of the tube": "50 cm", "pressure difference between the ends": "2.0 kPa"},
    "volume flow rate through the tube (laminar, Poiseuille flow)", "mL/s", math.pi * 1e-3 ** 4 * 2000 / (8 * 1e-3 * 0.5) * 1e6, laws=1,
    solution="Poiseuille Q = pi r^4 dp/(8 eta L)", assumptions="laminar Newtonian flow")

add("fluid", "An object of mass 4.0 kg, volume 2.0 L and density 800 kg/m^3 is held fully submerged in water (1000 kg/m^3). What is the buoyant force on it?",
    {"mass of the object": "4.0 kg", "volume of the object": "2.0 L", "density of the object": "800 kg/m^3", "density of water": "1000 kg/m^3"},
    "buoyant force when fully submerged in water on Earth", "N", None, outcome="ill-posed", laws=1,
    solution="4.0 kg / 2.0 L = 2000 kg/m^3, contradicting the stated 800 kg/m^3 (which would imply V = 5 L)", assumptions="")

add("fluid", "A mercury barometer on Earth reads 760 mm. Taking the density of mercury as 13.6 g/cm^3, what is the atmospheric pressure?",
    {"height of the mercury column": "760 mm", "density of mercury": "13.6 g/cm^3"},
    "atmospheric pressure on Earth", "kPa", 13600 * g * 0.760 / 1e3, laws=1,
    solution="p = rho g h", assumptions="g = 9.81 m/s^2, vacuum above the column")

add("fluid", "A 0.50 m^3 helium balloon on Earth has a skin and string of mass 100 g. The density of air is 1.20 kg/m^3 and of helium 0.18 kg/m^3. What is the net upward force on the balloon?",
    {"volume of the balloon": "0.50 m^3", "density of air": "1.20 kg/m^3", "density of helium": "0.18 kg/m^3", "mass of the balloon material": "100 g"},
    "net upward force on the balloon on Earth", "N", (1.20 * 0.5 - 0.18 * 0.5 - 0.100) * g, laws=2,
    solution="F = rho_air V g - rho_He V g - m_skin g", assumptions="g = 9.81 m/s^2, skin volume negligible")

add("fluid", "Water (1000 kg/m^3) flows through a horizontal pipe; the pressure is 150 kPa in the wide section and 120 kPa in the narrow section. What is the flow speed in the narrow section?",
    {"pressure in the wide section": "150 kPa", "pressure in the narrow section": "120 kPa", "density of water": "1000 kg/m^3"},
    "flow speed in the narrow section of the horizontal pipe", "m/s", None, outcome="not derivable", laws=2,
    solution="Bernoulli + continuity need the area (diameter) ratio or the speed in the wide section; neither given", assumptions="")

add("fluid", "Ice of density 917 kg/m^3 floats in seawater of density 1025 kg/m^3. What percentage of an iceberg's volume is above the waterline?",
    {"density of ice": "917 kg/m^3", "density of seawater": "1025 kg/m^3"},
    "percentage of the iceberg's volume above the waterline", "%", (1 - 917 / 1025) * 100, laws=2,
    solution="floating: V_sub/V = rho_ice/rho_sw; above = 1 - that", assumptions="static floating")

add("fluid", "A vertical dam wall 50 m wide holds back water 20 m deep on Earth. What total horizontal force does the water exert on the dam (ignore atmospheric pressure)?",
    {"width of the dam": "50 m", "depth of water behind the dam": "20 m", "density of water": "1000 kg/m^3"},
    "total horizontal force of the water on the dam (gauge pressure only) on Earth", "MN", 1000 * g * 50 * 20 ** 2 / 2 / 1e6, laws=2,
    solution="p = rho g y; F = integral p w dy = rho g w H^2/2", assumptions="g = 9.81 m/s^2, vertical wall")

add("fluid", "A diver descends 33 ft below the surface of the sea on Earth (seawater density 1025 kg/m^3). What is the gauge pressure in psi?",
    {"depth below the sea surface": "33 ft", "density of seawater": "1025 kg/m^3"},
    "gauge pressure at that depth on Earth", "psi", 1025 * g * 33 * FT / PSI, laws=1,
    solution="p = rho g h, h = 33*0.3048 m, 1 psi = 6894.76 Pa", assumptions="g = 9.81 m/s^2")

add("fluid", "An open water tank of diameter 1.2 m has a small hole of diameter 2 cm near its base, on Earth. How fast does water leave the hole?",
    {"diameter of the tank": "1.2 m", "diameter of the hole in the side of the tank": "2 cm"},
    "speed of water leaving the hole on Earth", "m/s", None, outcome="not derivable", laws=1,
    irrelevant=["diameter of the tank", "diameter of the hole in the side of the tank"],
    solution="Torricelli v = sqrt(2 g h) needs the water height above the hole, not given", assumptions="")

# =====================================================================================
# THERMODYNAMICS AND HEAT
# =====================================================================================
cw = 4186.0
add("thermo", "How much heat is needed to warm 2.0 kg of water from 20 degC to 80 degC in a 3 L pot? (c_water = 4186 J/(kg K); ignore the pot.)",
    {"mass of water": "2.0 kg", "initial temperature": "20 degC", "final temperature": "80 degC", "specific heat of water": "4186 J/(kg K)", "volume of the pot": "3 L"},
    "heat required to warm the water", "kJ", 2.0 * cw * 60 / 1e3, laws=1, irrelevant=["volume of the pot"],
    solution="Q = m c dT", assumptions="no losses, pot's heat capacity ignored")

Qt = 0.5 * 2100 * 10 + 0.5 * 334e3 + 0.5 * cw * 20
add("thermo", "How much heat is needed to turn 500 g of ice at -10 degC into liquid water at 20 degC? (c_ice = 2100 J/(kg K), L_f = 334 kJ/kg, c_water = 4186 J/(kg K))",
    {"mass of ice": "500 g", "initial temperature of the ice": "-10 degC", "final temperature of the water": "20 degC", "specific heat of ice": "2100 J/(kg K)", "latent heat of fusion of ice": "334 kJ/kg", "specific heat of water": "4186 J/(kg K)"},
    "total heat required", "kJ", Qt / 1e3, laws=3,
    solution="Q = m c_ice (0-(-10)) + m L_f + m c_w (20-0)", assumptions="atmospheric pressure, no losses")

add("thermo", "200 g of water at 80 degC is mixed with 300 g of water at 20 degC in an insulated container. What is the final temperature?",
    {"mass of water sample 1": "200 g", "temperature of water sample 1": "80 degC", "mass of water sample 2": "300 g", "temperature of water sample 2": "20 degC"},
    "final equilibrium temperature of the mixture", "degC", (0.2 * 80 + 0.3 * 20) / 0.5, laws=1,
    solution="m1 c (T1 - Tf) = m2 c (Tf - T2)", assumptions="insulated, container heat capacity ignored")

Tf = (0.5 * 450 * 200 + 1.0 * cw * 20) / (0.5 * 450 + 1.0 * cw)
add("thermo", "A 0.50 kg iron block at 200 degC is dropped into 1.0 kg of water at 20 degC in an insulated container (c_iron = 450 J/(kg K), c_water = 4186 J/(kg K)). What is the final temperature in degrees Fahrenheit?",
    {"mass of the iron block": "0.50 kg", "initial temperature of the iron": "200 degC", "specific heat of iron": "450 J/(kg K)", "mass of water": "1.0 kg", "initial temperature of the water": "20 degC", "specific heat of water": "4186 J/(kg K)"},
    "final equilibrium temperature", "degF", CtoF(Tf), laws=1,
    solution="heat balance m_i c_i (Ti - Tf) = m_w c_w (Tf - Tw) -> Tf = 29.18 degC; F = 9/5 C + 32", assumptions="insulated, no boiling, container ignored")

add("thermo", "2.0 mol of an ideal gas at 300 K occupies a 10 L container. What is its pressure?",
    {"amount of gas": "2.0 mol", "temperature of the gas": "300 K", "volume of the container": "10 L"},
    "pressure of the gas", "atm", 2.0 * R * 300 / 10e-3 / ATM, laws=1,
    solution="p = n R T/V", assumptions="ideal gas")

add("thermo", "A container holds 1.5 mol of oxygen (molar mass 32 g/mol) at 25 degC. What is the pressure of the gas?",
    {"amount of gas": "1.5 mol", "temperature of the gas": "25 degC", "molar mass of the gas": "32 g/mol"},
    "pressure of the gas", "kPa", None, outcome="not derivable", laws=1, irrelevant=["molar mass of the gas"],
    solution="p = n R T/V needs the container volume, not given", assumptions="ideal gas")

add("thermo", "What is the maximum possible efficiency of a heat engine operating between reservoirs at 500 degC and 20 degC?",
    {"temperature of the hot reservoir": "500 degC", "temperature of the cold reservoir": "20 degC"},
    "maximum (Carnot) efficiency", "%", (1 - CtoK(20) / CtoK(500)) * 100, laws=1,
    solution="eta = 1 - Tc/Th with Kelvin temperatures", assumptions="reversible engine")

add("thermo", "A Carnot engine operates between 600 K and 300 K and absorbs 1200 J from the hot reservoir each cycle. How much heat does it reject to the cold reservoir per cycle?",
    {"temperature of the hot reservoir": "600 K", "temperature of the cold reservoir": "300 K", "heat absorbed from the hot reservoir per cycle": "1200 J"},
    "heat rejected to the cold reservoir per cycle by the Carnot engine", "J", 1200 * 300 / 600, laws=2,
    solution="Carnot Qc/Qh = Tc/Th (with first law W = Qh - Qc)", assumptions="reversible cycle")

Tc, Th = CtoK(-5), CtoK(25)
add("thermo", "A freezer keeps its interior at -5 degC in a 25 degC kitchen. What is the minimum work needed to remove 1.0 kJ of heat from the interior?",
    {"temperature inside the freezer": "-5 degC", "temperature of the kitchen": "25 degC", "heat removed from the freezer": "1.0 kJ"},
    "minimum work required", "J", 1000 / (Tc / (Th - Tc)), laws=2,
    solution="COP_Carnot = Tc/(Th - Tc); W = Qc/COP", assumptions="reversible (Carnot) refrigerator")

Ts, Tr = CtoK(33), CtoK(20)
add("thermo", "A person with skin area 1.5 m^2, emissivity 0.90 and skin temperature 33 degC stands in a room whose walls are at 20 degC. What is the net power radiated by the body?",
    {"surface area of the skin": "1.5 m^2", "emissivity of the skin": "0.90", "skin temperature": "33 degC", "temperature of the room walls": "20 degC"},
    "net power radiated by the body", "W", 0.90 * sigma * 1.5 * (Ts ** 4 - Tr ** 4), laws=1,
    solution="P_net = e sigma A (T_skin^4 - T_walls^4) in kelvin", assumptions="gray body, walls as blackbody surroundings")

add("thermo", "A glass window 1.2 m wide and 0.80 m high is 4.0 mm thick (k = 0.80 W/(m K)). Inside surface is at 20 degC, outside surface at -5 degC. What is the rate of heat conduction?",
    {"width of the window": "1.2 m", "height of the window": "0.80 m", "thickness of the glass": "4.0 mm", "thermal conductivity of glass": "0.80 W/(m K)", "inside surface temperature": "20 degC", "outside surface temperature": "-5 degC"},
    "rate of heat conduction through the glass", "kW", 0.80 * 1.2 * 0.80 * 25 / 0.004 / 1e3, laws=1,
    solution="P = k A dT/d", assumptions="steady state, surface temperatures given")

add("thermo", "A steel rail is 25 m long at 0 degC. The coefficient of linear expansion of steel is 12e-6 per K. By how much does it lengthen when warmed to 40 degC?",
    {"length of the rail at 0 degC": "25 m", "coefficient of linear expansion of steel": "12e-6 1/K", "initial temperature": "0 degC", "final temperature": "40 degC"},
    "increase in length of the rail", "mm", 25 * 12e-6 * 40 * 1e3, laws=1,
    solution="dL = alpha L0 dT", assumptions="linear expansion, free to expand")

add("thermo", "1.0 mol of an ideal gas expands isothermally at 300 K from 10 L to 30 L. How much work does the gas do?",
    {"amount of gas": "1.0 mol", "temperature": "300 K", "initial volume": "10 L", "final volume": "30 L"},
    "work done by the gas in the isothermal expansion", "J", 1.0 * R * 300 * math.log(3.0), laws=1,
    solution="W = n R T ln(V2/V1)", assumptions="ideal gas, reversible isothermal")

add("thermo", "Air (gamma = 1.40) at 20 degC is compressed reversibly and adiabatically from 1.0 L to 100 mL. What is its final temperature?",
    {"initial temperature of the air": "20 degC", "initial volume": "1.0 L", "final volume": "100 mL", "ratio of specific heats of air": "1.40"},
    "final temperature after the reversible adiabatic compression", "K", CtoK(20) * (1.0 / 0.1) ** 0.40, laws=1,
    solution="T V^(gamma-1) = const -> T2 = T1 (V1/V2)^(gamma-1)", assumptions="ideal gas, reversible adiabatic")

add("thermo", "An inventor claims a heat engine working between 400 K and 300 K with an efficiency of 70% that takes in 1000 J per cycle. How much work does it produce per cycle?",
    {"temperature of the hot reservoir": "400 K", "temperature of the cold reservoir": "300 K", "efficiency of the engine": "70 %", "heat input per cycle": "1000 J"},
    "work output per cycle", "J", None, outcome="ill-posed", laws=2,
    solution="Carnot limit is 1 - 300/400 = 25%; a 70% efficiency violates the second law", assumptions="")

add("thermo", "A 0.3 kg metal block at 150 degC is dropped into 0.5 kg of water at 20 degC (c_water = 4186 J/(kg K)) in an insulated cup. What is the final temperature?",
    {"mass of the metal block": "0.3 kg", "initial temperature of the metal": "150 degC", "mass of water": "0.5 kg", "initial temperature of the water": "20 degC", "specific heat of water": "4186 J/(kg K)"},
    "final equilibrium temperature", "degC", None, outcome="not derivable", laws=1,
    solution="heat balance needs the specific heat of the (unspecified) metal", assumptions="")

add("thermo", "What is the rms speed of nitrogen molecules (molar mass 28.0 g/mol) at 27 degC?",
    {"temperature of the nitrogen gas": "27 degC", "molar mass of nitrogen": "28.0 g/mol"},
    "rms speed of the molecules", "m/s", math.sqrt(3 * R * CtoK(27) / 0.0280), laws=1,
    solution="v_rms = sqrt(3 R T/M)", assumptions="ideal gas")

W = 2.0 * ATM * (5.0e-3 - 3.0e-3)
add("thermo", "A gas at a constant pressure of 2.0 atm expands from 3.0 L to 5.0 L while absorbing 1000 J of heat. What is the change in its internal energy?",
    {"pressure of the gas (constant)": "2.0 atm", "initial volume": "3.0 L", "final volume": "5.0 L", "heat absorbed by the gas": "1000 J"},
    "change in internal energy of the gas", "J", 1000 - W, laws=2,
    solution="W = p dV; first law dU = Q - W", assumptions="quasi-static isobaric")

Qk = 1.5 * cw * 85
add("thermo", "A 2.0 kW electric kettle heats 1.5 L of water from 15 degC to 100 degC (c = 4186 J/(kg K)). Assuming all the electrical energy goes into the water, how long does it take?",
    {"power of the kettle": "2.0 kW", "volume of water": "1.5 L", "initial water temperature": "15 degC", "final water temperature": "100 degC", "specific heat of water": "4186 J/(kg K)"},
    "heating time", "min", Qk / 2000 / 60, laws=2,
    solution="m = rho V = 1.5 kg; Q = m c dT; t = Q/P", assumptions="100% efficiency, water density 1 kg/L")

add("thermo", "A 1.5 kW immersion heater is put into 1.0 kg of water (c = 4186 J/(kg K)). How long does it take to bring the water to its boiling point at 1 atm?",
    {"power of the heater": "1.5 kW", "mass of water": "1.0 kg", "specific heat of water": "4186 J/(kg K)"},
    "time to bring the water to its boiling point", "min", None, outcome="not derivable", laws=2,
    solution="t = m c (100 degC - T_initial)/P needs the initial water temperature", assumptions="")

n_air = ATM * (5 * 4 * 3) / (R * CtoK(20))
add("thermo", "A room measures 5.0 m x 4.0 m x 3.0 m. The air is at 20 degC and 1.00 atm, with molar mass 29.0 g/mol. What is the mass of air in the room?",
    {"length of the room": "5.0 m", "width of the room": "4.0 m", "height of the room": "3.0 m", "air temperature": "20 degC", "air pressure": "1.00 atm", "molar mass of air": "29.0 g/mol"},
    "mass of air in the room", "kg", n_air * 0.0290, laws=2,
    solution="n = p V/(R T); m = n M", assumptions="ideal gas")

# =====================================================================================
# WAVES, SOUND AND OPTICS
# =====================================================================================
add("wave", "A string is under 80 N tension and has a linear mass density of 5.0 g/m. What is the speed of transverse waves on it?",
    {"tension in the string": "80 N", "linear mass density of the string": "5.0 g/m"},
    "transverse wave speed on the string", "m/s", math.sqrt(80 / 0.005), laws=1,
    solution="v = sqrt(T/mu)", assumptions="ideal flexible string")

mu = 0.003 / 0.65
add("wave", "A 65 cm guitar string fixed at both ends has mass 3.0 g and tension 70 N. What is its fundamental frequency?",
    {"length of the string (fixed at both ends)": "65 cm", "tension in the string": "70 N", "mass of the string": "3.0 g"},
    "fundamental frequency of the string", "Hz", math.sqrt(70 / mu) / (2 * 0.65), laws=2,
    solution="mu = m/L; v = sqrt(T/mu); f1 = v/(2L)", assumptions="ideal string")

add("wave", "A simple pendulum on Earth has a 0.5 kg bob and swings with an amplitude of 5 degrees. What is its period?",
    {"mass of the pendulum bob": "0.5 kg", "amplitude of swing": "5 deg"},
    "period of the simple pendulum on Earth", "s", None, outcome="not derivable", laws=1,
    irrelevant=["mass of the pendulum bob", "amplitude of swing"],
    solution="T = 2 pi sqrt(L/g) needs the pendulum length, not given", assumptions="")

add("wave", "What is the period of a simple pendulum of length 1.2 m on Earth?",
    {"length of the pendulum": "1.2 m"},
    "period of the simple pendulum on Earth", "s", 2 * math.pi * math.sqrt(1.2 / g), laws=1,
    solution="T = 2 pi sqrt(L/g)", assumptions="g = 9.81 m/s^2, small amplitude")

add("wave", "An ambulance siren emits 700 Hz while approaching a stationary listener at 30 m/s. The speed of sound is 343 m/s. What frequency does the listener hear?",
    {"frequency of the siren": "700 Hz", "speed of the ambulance approaching the listener": "30 m/s", "speed of sound": "343 m/s"},
    "frequency heard by the stationary listener", "Hz", 700 * 343 / (343 - 30), laws=1,
    solution="f' = f v/(v - v_s)", assumptions="still air")

Iint = 0.50 / (4 * math.pi * 10 ** 2)
add("wave", "A small loudspeaker radiates 0.50 W of sound uniformly in all directions. What is the sound intensity level 10 m away? (reference intensity 1e-12 W/m^2)",
    {"acoustic power of the source (radiating uniformly in all directions)": "0.50 W", "distance from the source": "10 m", "reference intensity": "1e-12 W/m^2"},
    "sound intensity level", "dB", 10 * math.log10(Iint / 1e-12), laws=2,
    solution="I = P/(4 pi r^2); L = 10 log10(I/I0)", assumptions="isotropic point source, no absorption or reflection")

add("wave", "A pipe 85 cm long is closed at one end and open at the other. Taking the speed of sound as 340 m/s, what is its fundamental frequency?",
    {"length of the pipe (closed at one end)": "85 cm", "speed of sound": "340 m/s"},
    "fundamental frequency of the pipe", "Hz", 340 / (4 * 0.85), laws=1,
    solution="closed pipe: f1 = v/(4L)", assumptions="end corrections ignored")

add("wave", "An organ pipe is 50 cm long and the speed of sound is 343 m/s. What is its fundamental frequency?",
    {"length of the pipe": "50 cm", "speed of sound": "343 m/s"},
    "fundamental frequency of the pipe", "Hz", None, outcome="ambiguous", laws=1,
    solution="open-open pipe gives v/(2L) = 343 Hz, closed at one end gives v/(4L) = 171.5 Hz; pipe type not stated", assumptions="")

add("wave", "Light in air strikes flat glass (n = 1.50) at an angle of incidence of 40 degrees. What is the angle of refraction?",
    {"refractive index of the glass": "1.50", "angle of incidence in air": "40 deg"},
    "angle of refraction in the glass", "deg", math.degrees(math.asin(math.sin(40 * DEG) / 1.50)), laws=1,
    solution="Snell: sin(theta2) = n1 sin(theta1)/n2 with n_air = 1", assumptions="n_air = 1.00")

add("wave", "Light travels inside glass (n = 1.52) towards a glass-water boundary (water n = 1.33). What is the critical angle for total internal reflection?",
    {"refractive index of the glass": "1.52", "refractive index of water": "1.33"},
    "critical angle at the glass-water interface for light going from glass to water", "deg", math.degrees(math.asin(1.33 / 1.52)), laws=1,
    solution="sin(theta_c) = n2/n1", assumptions="")

di = 1 / (1 / 10 - 1 / 30)
add("wave", "A 4.0 cm tall object stands 30 cm in front of a thin converging lens of focal length 10 cm. How tall is the image (magnitude)?",
    {"focal length of the converging lens": "10 cm", "object distance": "30 cm", "height of the object": "4.0 cm"},
    "height of the image (magnitude)", "cm", 4.0 * di / 30, laws=2,
    solution="1/f = 1/do + 1/di -> di = 15 cm; |m| = di/do; h' = |m| h", assumptions="thin lens")

add("wave", "An object is placed 30 cm in front of a concave mirror whose radius of curvature is 40 cm. Where is the image?",
    {"radius of curvature of the concave mirror": "40 cm", "object distance": "30 cm"},
    "image distance from the mirror", "cm", 1 / (1 / 20 - 1 / 30), laws=2,
    solution="f = R/2 = 20 cm; 1/f = 1/do + 1/di", assumptions="paraxial rays")

add("wave", "In a double-slit experiment the slits are 0.20 mm apart, the wavelength is 600 nm and the screen is 2.0 m away. What is the spacing between adjacent bright fringes?",
    {"slit separation": "0.20 mm", "wavelength of the light": "600 nm", "distance to the screen": "2.0 m"},
    "spacing between adjacent bright fringes", "mm", 600e-9 * 2.0 / 0.20e-3 * 1e3, laws=1,
    solution="dy = lambda L/d", assumptions="small angles")

d = 1e-3 / 600
add("wave", "Light of wavelength 550 nm falls normally on a diffraction grating with 600 lines per mm. At what angle is the second-order maximum?",
    {"grating ruling density": "600 lines/mm", "wavelength": "550 nm"},
    "angle of the second-order maximum", "deg", math.degrees(math.asin(2 * 550e-9 / d)), laws=1,
    solution="d sin(theta) = m lambda with d = 1/600 mm", assumptions="normal incidence")

add("wave", "A 2 cm tall object is placed 25 cm from a thin lens of diameter 5 cm. Where is the image formed?",
    {"object distance from the lens": "25 cm", "diameter of the lens": "5 cm", "height of the object": "2 cm"},
    "image distance", "cm", None, outcome="not derivable", laws=1,
    irrelevant=["diameter of the lens", "height of the object"],
    solution="thin-lens equation needs the focal length (or lens radii and index), not given", assumptions="")

add("wave", "Yellow light of vacuum wavelength 589 nm (frequency 5.09e14 Hz) enters water (n = 1.333). What is its wavelength in water?",
    {"wavelength in vacuum": "589 nm", "refractive index of water": "1.333", "frequency of the light": "5.09e14 Hz"},
    "wavelength in water", "nm", 589 / 1.333, laws=1, irrelevant=["frequency of the light"],
    solution="lambda_n = lambda_0/n", assumptions="")

add("wave", "Two tuning forks of 440 Hz and 444 Hz are sounded together. What beat frequency is heard?",
    {"frequency of tuning fork 1": "440 Hz", "frequency of tuning fork 2": "444 Hz"},
    "beat frequency", "Hz", 4.0, laws=1,
    solution="f_beat = |f1 - f2|", assumptions="")

add("wave", "Light inside a glass block (n = 1.50) hits the glass-air surface at an angle of incidence of 60 degrees. What is the angle of refraction in the air?",
    {"refractive index of the glass": "1.50", "angle of incidence inside the glass at the glass-air surface": "60 deg"},
    "angle of refraction in the air", "deg", None, outcome="ill-posed", laws=1,
    solution="critical angle asin(1/1.5) = 41.8 deg < 60 deg: total internal reflection, no refracted ray", assumptions="")

add("wave", "A 1.5 m string fixed at both ends vibrates in its third harmonic at 240 Hz. What is the wave speed on the string?",
    {"length of the string (fixed at both ends)": "1.5 m", "harmonic number": "3", "frequency of vibration": "240 Hz"},
    "wave speed on the string", "m/s", 240 * 2 * 1.5 / 3, laws=1,
    solution="lambda_n = 2L/n; v = f lambda", assumptions="")

add("wave", "Unpolarized light of intensity 800 W/m^2 passes through two ideal polarizers whose transmission axes are at 60 degrees to each other. What intensity emerges?",
    {"intensity of the unpolarized incident light": "800 W/m^2", "angle between the transmission axes of the two polarizers": "60 deg"},
    "intensity transmitted through both polarizers", "W/m^2", 800 / 2 * math.cos(60 * DEG) ** 2, laws=2,
    solution="first polarizer halves unpolarized light; Malus I = I1 cos^2(theta)", assumptions="ideal polarizers")

add("wave", "A guitar string 64 cm long is under 75 N of tension. What is its fundamental frequency?",
    {"length of the guitar string": "64 cm", "tension in the string": "75 N"},
    "fundamental frequency of the string", "Hz", None, outcome="not derivable", laws=2,
    solution="f1 = sqrt(T/mu)/(2L) needs the string's mass or linear density, not given", assumptions="")

add("wave", "A ship's sonar pulse returns from the sea floor 0.80 s after it is sent. The speed of sound in seawater is 1500 m/s. How deep is the sea?",
    {"round-trip echo time": "0.80 s", "speed of sound in seawater": "1500 m/s"},
    "depth of the sea floor below the sonar", "m", 1500 * 0.80 / 2, laws=1,
    solution="d = v t/2 (round trip)", assumptions="vertical path, uniform sound speed")

# =====================================================================================
# ELECTRICITY AND MAGNETISM
# =====================================================================================
add("em", "Two point charges of +3.0 uC and -5.0 uC are 20 cm apart. What is the magnitude of the force between them?",
    {"charge 1": "+3.0 uC", "charge 2": "-5.0 uC", "separation of the charges": "20 cm"},
    "magnitude of the electrostatic force between the charges", "N", k_e * 3e-6 * 5e-6 / 0.20 ** 2, laws=1,
    solution="F = k |q1 q2|/r^2", assumptions="point charges in vacuum")

add("em", "What is the magnitude of the electric field 30 cm from a 2.0 nC point charge?",
    {"point charge": "2.0 nC", "distance from the charge": "30 cm"},
    "electric field magnitude", "N/C", k_e * 2e-9 / 0.30 ** 2, laws=1,
    solution="E = k q/r^2", assumptions="vacuum")

add("em", "Charges of +4.0 nC and -4.0 nC are 10 cm apart. What is the electric field magnitude at the midpoint between them?",
    {"charge 1": "+4.0 nC", "charge 2": "-4.0 nC", "separation of the charges": "10 cm"},
    "electric field magnitude at the midpoint between the charges", "N/C", 2 * k_e * 4e-9 / 0.05 ** 2, laws=2,
    solution="each E = k q/(d/2)^2, both point from + to -; superposition adds them", assumptions="vacuum")

Ccap = eps0 * 0.020 / 1.0e-3
add("em", "An air-filled parallel-plate capacitor has plates of area 0.020 m^2, 1.0 mm apart, and is charged to 12 V. How much energy does it store?",
    {"plate area": "0.020 m^2", "plate separation": "1.0 mm", "voltage across the capacitor": "12 V"},
    "stored energy in the air-filled parallel-plate capacitor", "nJ", 0.5 * Ccap * 12 ** 2 * 1e9, laws=2,
    solution="C = eps0 A/d; U = C V^2/2", assumptions="air permittivity = eps0, fringe fields ignored")

add("em", "A 470 uF capacitor is charged to 25 V. How much energy does it store?",
    {"capacitance": "470 uF", "voltage across the capacitor": "25 V"},
    "stored energy in the capacitor", "mJ", 0.5 * 470e-6 * 25 ** 2 * 1e3, laws=1,
    solution="U = C V^2/2", assumptions="")

add("em", "An electron moves at 2.0e6 m/s perpendicular to a uniform 0.010 T magnetic field. What is the radius of its circular path?",
    {"speed of the electron": "2.0e6 m/s", "magnetic field (perpendicular to the velocity)": "0.010 T"},
    "radius of the electron's circular path", "mm", m_e * 2.0e6 / (e * 0.010) * 1e3, laws=1,
    solution="r = m v/(|q| B)", assumptions="non-relativistic (v/c < 0.01)")

vp = math.sqrt(2 * e * 5000 / m_p)
add("em", "A proton starting from rest is accelerated through 5.0 kV and then enters a uniform 0.50 T magnetic field perpendicular to its velocity. What is the radius of its path?",
    {"accelerating potential difference": "5.0 kV", "magnetic field (perpendicular to the velocity)": "0.50 T"},
    "radius of the circular path of the proton that starts from rest", "cm", m_p * vp / (e * 0.50) * 1e2, laws=2,
    solution="e V = m v^2/2 -> v; r = m v/(e B)", assumptions="non-relativistic")

add("em", "A straight wire carries 3.0 A; 0.50 m of it lies in a 0.20 T magnetic field, at 90 degrees to the field. What force acts on that part of the wire?",
    {"length of the wire in the field": "0.50 m", "current in the wire": "3.0 A", "magnetic field": "0.20 T", "angle between the wire and the field": "90 deg"},
    "magnetic force on the wire", "N", 3.0 * 0.50 * 0.20, laws=1,
    solution="F = I L B sin(theta)", assumptions="uniform field")

add("em", "A long straight wire carries 10 A. What is the magnetic field 5.0 cm from it?",
    {"current in the long straight wire": "10 A", "distance from the wire": "5.0 cm"},
    "magnetic field magnitude", "uT", mu0 * 10 / (2 * math.pi * 0.05) * 1e6, laws=1,
    solution="B = mu0 I/(2 pi r)", assumptions="vacuum/air")

add("em", "A long solenoid carrying 4.0 A produces a 20 mT field inside. How many turns per meter does it have?",
    {"magnetic field inside the long solenoid": "20 mT", "current in the solenoid": "4.0 A"},
    "turns per meter of the solenoid", "1/m", 0.020 / (mu0 * 4.0), laws=1,
    solution="B = mu0 n I -> n = B/(mu0 I)", assumptions="air core, long solenoid")

emf = 200 * 50e-4 * 0.40 / 0.10
add("em", "A 200-turn coil of area 50 cm^2 has a total circuit resistance of 8.0 ohm. A perpendicular magnetic field through it increases uniformly from 0 to 0.40 T in 0.10 s. What average current is induced?",
    {"number of turns in the coil": "200", "area of the coil": "50 cm^2", "initial magnetic field (perpendicular to the coil)": "0 T", "final magnetic field": "0.40 T", "time for the change": "0.10 s", "resistance of the coil circuit": "8.0 ohm"},
    "average induced current", "A", emf / 8.0, laws=2,
    solution="Faraday emf = N A dB/dt = 4 V; I = emf/R", assumptions="field uniform and perpendicular")

add("em", "A 50-turn coil of area 100 cm^2 sits in a 0.30 T perpendicular magnetic field, which is then switched off. What average emf is induced?",
    {"number of turns in the coil": "50", "area of the coil": "100 cm^2", "magnetic field before being switched off": "0.30 T"},
    "average induced emf when the field is switched off", "V", None, outcome="not derivable", laws=1,
    solution="emf = N dPhi/dt needs the time over which the field falls, not given", assumptions="")

Vs = 120 * 25 / 500
Is = Vs / 3.0
add("em", "An ideal transformer has 500 primary turns and 25 secondary turns. The primary is connected to 120 V AC and the secondary feeds a 3.0 ohm resistor. What is the primary current?",
    {"primary voltage": "120 V", "number of turns in the primary": "500", "number of turns in the secondary": "25", "load resistance on the secondary": "3.0 ohm"},
    "primary current of the ideal transformer", "mA", Is * Vs / 120 * 1e3, laws=3,
    solution="Vs = Vp Ns/Np = 6 V; Is = Vs/R = 2 A; ideal: Vp Ip = Vs Is -> Ip = 0.1 A", assumptions="ideal transformer, rms values")

add("em", "An electron moves at 4.0e8 m/s perpendicular to a 0.10 T magnetic field. What is the radius of its path?",
    {"speed of the electron": "4.0e8 m/s", "magnetic field (perpendicular to the velocity)": "0.10 T"},
    "radius of the electron's circular path", "mm", None, outcome="ill-posed", laws=1,
    solution="4.0e8 m/s exceeds the speed of light (3.0e8 m/s): impossible", assumptions="")

add("em", "Two small charged spheres, each of mass 10 g, carry charges of 2.0 uC and 3.0 uC. What is the electrostatic force between them?",
    {"charge on sphere 1": "2.0 uC", "charge on sphere 2": "3.0 uC", "mass of each sphere": "10 g"},
    "electrostatic force between the spheres", "N", None, outcome="not derivable", laws=1,
    irrelevant=["mass of each sphere"],
    solution="Coulomb's law needs the separation, not given", assumptions="")

add("em", "What is the electric potential 0.50 m from a 5.0 uC point charge (zero at infinity)?",
    {"point charge": "5.0 uC", "distance from the charge": "0.50 m"},
    "electric potential (zero at infinity)", "kV", k_e * 5e-6 / 0.50 / 1e3, laws=1,
    solution="V = k q/r", assumptions="vacuum")

add("em", "An electron starting from rest is accelerated through a potential difference of 100 V. What is its final speed?",
    {"accelerating potential difference": "100 V", "initial speed of the electron": "0 m/s"},
    "final speed of the electron", "m/s", math.sqrt(2 * e * 100 / m_e), laws=2,
    solution="work e V = kinetic energy m v^2/2 -> v = sqrt(2 e V/m)", assumptions="non-relativistic (v ~ 0.02 c)")

add("em", "An LC circuit has L = 10 mH and C = 100 nF. What is its resonant frequency?",
    {"inductance": "10 mH", "capacitance": "100 nF"},
    "resonant frequency of the LC circuit", "kHz", 1 / (2 * math.pi * math.sqrt(10e-3 * 100e-9)) / 1e3, laws=1,
    solution="f = 1/(2 pi sqrt(L C))", assumptions="ideal components")

add("em", "A 50 mH coil carries a steady current of 2.0 A. How much energy is stored in its magnetic field?",
    {"inductance of the coil": "50 mH", "current through the coil": "2.0 A"},
    "stored energy in the magnetic field of the coil", "J", 0.5 * 50e-3 * 2.0 ** 2, laws=1,
    solution="U = L I^2/2", assumptions="")

add("em", "A single circular loop of wire carries a current of 5.0 A. What is the magnetic field at its center?",
    {"current in the circular loop": "5.0 A", "number of turns": "1"},
    "magnetic field at the center of the loop", "uT", None, outcome="not derivable", laws=1,
    solution="B = mu0 N I/(2R) needs the loop radius, not given", assumptions="")

Cd = 4.0 * eps0 * 0.010 / 0.5e-3
add("em", "A parallel-plate capacitor with plate area 0.010 m^2 and plate gap 0.50 mm is completely filled with a dielectric of constant 4.0 and connected to 50 V. What charge is on each plate?",
    {"plate area": "0.010 m^2", "plate separation": "0.50 mm", "dielectric constant of the filling": "4.0", "applied voltage": "50 V"},
    "magnitude of the charge on each plate", "nC", Cd * 50 * 1e9, laws=2,
    solution="C = kappa eps0 A/d; Q = C V", assumptions="fringe fields ignored")

add("em", "Two long parallel wires 5.0 cm apart carry currents of 10 A and 20 A. What force acts on a 2.0 m length of either wire?",
    {"current in wire 1": "10 A", "current in wire 2": "20 A", "distance between the wires": "5.0 cm", "length of the wires considered": "2.0 m"},
    "magnitude of the magnetic force on 2.0 m of either wire", "mN", mu0 * 10 * 20 * 2.0 / (2 * math.pi * 0.05) * 1e3, laws=1,
    solution="F = mu0 I1 I2 L/(2 pi d)", assumptions="long straight wires in air")

Vpk = 230 * math.sqrt(2)
add("em", "A 50 ohm resistive heater is connected to 230 V (rms) sinusoidal mains. What is the peak power it dissipates?",
    {"rms mains voltage": "230 V", "resistance of the heater": "50 ohm"},
    "peak power dissipated in the heater", "W", Vpk ** 2 / 50, laws=2,
    solution="V_peak = sqrt(2) V_rms; P_peak = V_peak^2/R (= 2 P_avg)", assumptions="purely resistive, sinusoidal")

# =====================================================================================
# DC CIRCUITS
# =====================================================================================
add("circ", "A 4.7 kohm resistor is connected across 12 V. What current flows through it?",
    {"voltage across the resistor": "12 V", "resistance": "4.7 kohm"},
    "current through the resistor", "mA", 12 / 4.7e3 * 1e3, laws=1,
    solution="I = V/R", assumptions="")

add("circ", "A light bulb is rated 60 W at 120 V. What is its resistance when operating?",
    {"power rating of the bulb": "60 W", "operating voltage": "120 V"},
    "resistance of the bulb when operating", "ohm", 120 / (60 / 120), laws=2,
    solution="I = P/V = 0.5 A; R = V/I (= V^2/P)", assumptions="operating at rated values")

add("circ", "Two resistors of 100 ohm and 200 ohm are connected to a 9 V battery. What current does the battery supply?",
    {"resistance of resistor 1": "100 ohm", "resistance of resistor 2": "200 ohm", "battery voltage": "9 V"},
    "current drawn from the battery", "mA", None, outcome="ambiguous", laws=2,
    solution="series gives 9/300 = 30 mA, parallel gives 9/66.7 = 135 mA; connection not stated", assumptions="")

add("circ", "Resistors of 100 ohm and 200 ohm are connected in series to a 9.0 V battery. What is the voltage across the 200 ohm resistor?",
    {"resistance of resistor 1 (in series)": "100 ohm", "resistance of resistor 2 (in series)": "200 ohm", "battery voltage": "9.0 V"},
    "voltage across resistor 2", "V", 9.0 * 200 / 300, laws=2,
    solution="I = V/(R1+R2); V2 = I R2", assumptions="ideal battery")

add("circ", "Resistors of 6.0 ohm and 3.0 ohm are connected in parallel across a 12 V battery. What total current does the battery supply?",
    {"resistance of resistor 1 (in parallel)": "6.0 ohm", "resistance of resistor 2 (in parallel)": "3.0 ohm", "battery voltage": "12 V"},
    "total current from the battery", "A", 12 / (6 * 3 / 9), laws=2,
    solution="R_eq = R1 R2/(R1+R2) = 2 ohm; I = V/R_eq", assumptions="ideal battery")

add("circ", "A battery with emf 9.0 V and internal resistance 0.50 ohm drives a 4.0 ohm load. What is the terminal voltage?",
    {"emf of the battery": "9.0 V", "internal resistance of the battery": "0.50 ohm", "load resistance": "4.0 ohm"},
    "terminal voltage of the battery", "V", 9.0 * 4.0 / 4.5, laws=2,
    solution="I = emf/(R + r); V = emf - I r", assumptions="")

add("circ", "A phone battery is rated 3000 mAh at a nominal 3.7 V. How much energy does it store?",
    {"battery capacity": "3000 mAh", "nominal battery voltage": "3.7 V"},
    "stored energy in the battery", "kJ", 3000 * MAH * 3.7 / 1e3, laws=1,
    solution="E = Q V with Q = 3000 mAh = 10800 C", assumptions="constant voltage during discharge")

add("circ", "A 5.0 V power bank with a capacity of 2500 mAh runs a device drawing 0.50 W. How long will it run on a full charge?",
    {"battery capacity": "2500 mAh", "battery voltage": "5.0 V", "power drawn by the device": "0.50 W"},
    "running time on a full charge", "h", 2.5 / (0.50 / 5.0), laws=2,
    solution="I = P/V = 0.1 A; t = capacity/I", assumptions="ideal conversion, constant voltage")

add("circ", "A 1500 W heater is plugged into 230 V mains and runs for 3 h a day for 30 days. How much energy does it use?",
    {"power of the heater": "1500 W", "operating time per day": "3 h", "number of days": "30", "mains voltage": "230 V"},
    "total energy used", "kWh", 1.5 * 3 * 30, laws=1, irrelevant=["mains voltage"],
    solution="E = P t", assumptions="constant power")

add("circ", "An initially uncharged 100 uF capacitor is charged through a 10 kohm resistor from a 9.0 V battery. What is the capacitor voltage 2.0 s after the switch is closed?",
    {"resistance": "10 kohm", "capacitance": "100 uF", "battery voltage": "9.0 V", "time after the switch is closed": "2.0 s"},
    "voltage across the initially uncharged capacitor", "V", 9.0 * (1 - math.exp(-2.0 / (10e3 * 100e-6))), laws=2,
    solution="tau = R C = 1 s; V = emf (1 - e^(-t/tau))", assumptions="ideal battery, series RC")

add("circ", "A charged 22 uF capacitor discharges through a 47 kohm resistor. How long does it take for its voltage to fall to half its initial value?",
    {"resistance": "47 kohm", "capacitance": "22 uF"},
    "time for the capacitor voltage to fall to half its initial value while discharging through the resistor", "s",
    47e3 * 22e-6 * math.log(2), laws=1,
    solution="V = V0 e^(-t/RC) -> t = R C ln 2", assumptions="")

Vn = (12 / 4 + 6 / 2) / (1 / 4 + 1 / 2 + 1 / 6)
add("circ", "Battery 1 (12 V) in series with 4.0 ohm and battery 2 (6.0 V) in series with 2.0 ohm are connected in parallel (positive terminals joined at the same node) across a 6.0 ohm load. What current flows through the load?",
    {"emf of battery 1": "12 V", "resistance in series with battery 1": "4.0 ohm", "emf of battery 2": "6.0 V", "resistance in series with battery 2": "2.0 ohm", "load resistance": "6.0 ohm"},
    "current through the load when the two battery branches and the load are all in parallel, positive terminals on the same node", "A",
    Vn / 6.0, laws=2,
    solution="KCL at top node: (12-V)/4 + (6-V)/2 = V/6 -> V = 72/11 V; I = V/6", assumptions="ideal batteries")

Rw = 1.68e-8 * 20 / (math.pi * 1.0e-3 ** 2 / 4)
add("circ", "A copper wire 20 m long with diameter 1.0 mm (resistivity 1.68e-8 ohm m) carries 10 A. How much power is dissipated in the wire?",
    {"length of the copper wire": "20 m", "diameter of the wire": "1.0 mm", "resistivity of copper": "1.68e-8 ohm m", "current in the wire": "10 A"},
    "power dissipated in the wire", "W", 10 ** 2 * Rw, laws=2,
    solution="R = rho L/A, A = pi d^2/4; P = I^2 R", assumptions="room-temperature resistivity")

add("circ", "A wire is 5.0 m long and made of a material with resistivity 1.7e-8 ohm m. What is its resistance?",
    {"length of the wire": "5.0 m", "resistivity of the wire material": "1.7e-8 ohm m"},
    "resistance of the wire", "ohm", None, outcome="not derivable", laws=1,
    solution="R = rho L/A needs the cross-sectional area (or diameter)", assumptions="")

add("circ", "A resistor with 5% tolerance dissipates 5.0 W. What current flows through it?",
    {"power dissipated in the resistor": "5.0 W", "tolerance of the resistor": "5 %"},
    "current through the resistor", "A", None, outcome="not derivable", laws=2,
    irrelevant=["tolerance of the resistor"],
    solution="I = sqrt(P/R) or P/V needs the resistance or the voltage", assumptions="")

add("circ", "A 10 ohm resistor has 5.0 V across it and a current of 2.0 A through it. What power does it dissipate?",
    {"resistance": "10 ohm", "voltage across the resistor": "5.0 V", "current through the resistor": "2.0 A"},
    "power dissipated in the resistor", "W", None, outcome="ill-posed", laws=1,
    solution="Ohm's law gives 0.5 A, not 2.0 A: givens contradictory (P = 2.5, 10 or 40 W depending on the pair used)", assumptions="")

add("circ", "A heater draws 10 A from 230 V mains and runs for 2 h. How much energy does it use?",
    {"current drawn by the heater": "10 A", "mains voltage": "230 V", "operating time": "2 h"},
    "energy used", "kWh", 230 * 10 * 2 / 1e3, laws=2,
    solution="P = V I; E = P t", assumptions="resistive load, rms values")

add("circ", "A galvanometer with internal resistance 50 ohm reads full scale at 1.0 mA. What shunt resistance converts it to a 1.0 A full-scale ammeter?",
    {"full-scale current of the galvanometer": "1.0 mA", "internal resistance of the galvanometer": "50 ohm", "desired full-scale current of the ammeter": "1.0 A"},
    "shunt resistance", "ohm", 50 * 1.0e-3 / (1.0 - 1.0e-3), laws=2,
    solution="parallel: Ig Rg = (I - Ig) Rs", assumptions="")

Cs = 2e-6 * 3e-6 / 5e-6
add("circ", "Capacitors of 2.0 uF and 3.0 uF are connected in series across a 10 V battery. What charge is on each capacitor?",
    {"capacitance of capacitor 1": "2.0 uF", "capacitance of capacitor 2": "3.0 uF", "battery voltage": "10 V", "connection of the capacitors": "series"},
    "charge on each capacitor", "uC", Cs * 10 * 1e6, laws=2,
    solution="1/C = 1/C1 + 1/C2 = 1.2 uF; Q = C V", assumptions="initially uncharged, fully charged")

add("circ", "A 220 uF capacitor is charged from a 12 V battery through a resistor. How long does it take to reach 90% of the battery voltage?",
    {"capacitance": "220 uF", "battery voltage": "12 V"},
    "time for the capacitor to charge to 90% of the battery voltage", "s", None, outcome="not derivable", laws=2,
    irrelevant=["battery voltage"],
    solution="t = R C ln 10 needs the resistance, not given", assumptions="")

add("circ", "Three identical 12 ohm resistors are connected in parallel across a 6.0 V battery. What total power is delivered?",
    {"resistance of each resistor": "12 ohm", "number of identical resistors in parallel": "3", "battery voltage": "6.0 V"},
    "total power delivered by the battery", "W", 6.0 ** 2 / (12 / 3), laws=2,
    solution="R_eq = R/3 = 4 ohm; P = V^2/R_eq", assumptions="ideal battery")

# =====================================================================================
# MODERN, QUANTUM AND ATOMIC
# =====================================================================================
add("quant", "What is the energy of a photon of wavelength 500 nm?",
    {"wavelength of the light": "500 nm"},
    "photon energy", "eV", h * c / 500e-9 / EV, laws=1,
    solution="E = h c/lambda", assumptions="vacuum wavelength")

add("quant", "Light of wavelength 200 nm falls on a metal with work function 4.5 eV. What is the maximum kinetic energy of the emitted photoelectrons?",
    {"wavelength of the incident light": "200 nm", "work function of the metal": "4.5 eV"},
    "maximum kinetic energy of the photoelectrons", "eV", h * c / 200e-9 / EV - 4.5, laws=2,
    solution="E = h c/lambda; K_max = E - phi", assumptions="")

add("quant", "A metal has a threshold wavelength of 540 nm. It is illuminated with 400 nm light. What is the stopping potential?",
    {"threshold wavelength of the metal": "540 nm", "wavelength of the incident light": "400 nm"},
    "stopping potential", "V", h * c / e * (1 / 400e-9 - 1 / 540e-9), laws=2,
    solution="phi = h c/lambda0; e V_s = h c/lambda - phi", assumptions="")

add("quant", "An electron starts from rest and is accelerated through 150 V. What is its de Broglie wavelength?",
    {"accelerating potential difference": "150 V"},
    "de Broglie wavelength of the electron accelerated from rest", "nm", h / math.sqrt(2 * m_e * e * 150) * 1e9, laws=2,
    solution="p = sqrt(2 m e V); lambda = h/p", assumptions="non-relativistic")

add("quant", "What is the de Broglie wavelength of a 145 g baseball moving at 40 m/s?",
    {"mass of the baseball": "145 g", "speed of the baseball": "40 m/s"},
    "de Broglie wavelength of the baseball", "m", h / (0.145 * 40), laws=1,
    solution="lambda = h/(m v)", assumptions="")

R_H = R_inf / (1 + m_e / m_p)
add("quant", "What is the wavelength of the photon emitted when a hydrogen atom goes from the n = 3 to the n = 2 level?",
    {"initial principal quantum number": "3", "final principal quantum number": "2"},
    "wavelength of the photon emitted by the hydrogen atom", "nm", 1e9 / (R_H * (1 / 4 - 1 / 9)), laws=1,
    solution="1/lambda = R_H (1/2^2 - 1/3^2) (Bohr, 13.6 eV levels)", assumptions="Bohr model; R_inf vs R_H differ by 0.05%")

add("quant", "How much energy is needed to ionize a hydrogen atom that is in its n = 2 state?",
    {"principal quantum number of the initial state": "2"},
    "ionization energy of a hydrogen atom from this state", "eV", R_H * h * c / EV / 4, laws=1,
    solution="E_n = -13.6 eV/n^2; E_ion = 13.6/4", assumptions="Bohr model")

add("quant", "An electron is confined to a region 0.10 nm wide (position uncertainty). Using dx dp >= hbar/2, what is the minimum uncertainty in its speed?",
    {"position uncertainty of the electron": "0.10 nm"},
    "minimum uncertainty in the electron's speed from dx*dp >= hbar/2", "m/s", hbar / (2 * 0.10e-9) / m_e, laws=2,
    solution="dp = hbar/(2 dx); dv = dp/m", assumptions="non-relativistic")

add("quant", "A star has a surface temperature of 5800 K. At what wavelength does its blackbody emission peak?",
    {"surface temperature of the star": "5800 K"},
    "wavelength of peak blackbody emission", "nm", b_wien / 5800 * 1e9, laws=1,
    solution="Wien lambda_max = b/T, b = 2.898e-3 m K", assumptions="blackbody")

add("quant", "An X-ray photon of wavelength 71.0 pm is Compton-scattered by a free electron through 90 degrees. What is the wavelength of the scattered photon?",
    {"wavelength of the incident X-ray photon": "71.0 pm", "scattering angle of the photon": "90 deg"},
    "wavelength of the scattered photon (Compton scattering off a free electron at rest)", "pm",
    71.0 + h / (m_e * c) * (1 - math.cos(90 * DEG)) * 1e12, laws=1,
    solution="lambda' = lambda + (h/(m_e c))(1 - cos theta)", assumptions="electron initially at rest")

add("quant", "A 5.0 mW laser pointer emits light of wavelength 650 nm. How many photons does it emit per second?",
    {"output power of the laser": "5.0 mW", "wavelength of the laser": "650 nm"},
    "number of photons emitted per second", "1/s", 5.0e-3 / (h * c / 650e-9), laws=2,
    solution="E_photon = h c/lambda; N = P/E_photon", assumptions="monochromatic")

add("quant", "Light of wavelength 300 nm and intensity 10 W/m^2 falls on a metal surface. What is the maximum kinetic energy of the photoelectrons?",
    {"wavelength of the incident light": "300 nm", "intensity of the light": "10 W/m^2"},
    "maximum kinetic energy of the photoelectrons", "eV", None, outcome="not derivable", laws=2,
    irrelevant=["intensity of the light"],
    solution="K_max = h c/lambda - phi needs the work function of the (unspecified) metal", assumptions="")

add("quant", "A dust particle of diameter 1 um moves at 2.0 mm/s. What is its de Broglie wavelength?",
    {"speed of the dust particle": "2.0 mm/s", "diameter of the dust particle": "1 um"},
    "de Broglie wavelength of the dust particle", "m", None, outcome="not derivable", laws=1,
    solution="lambda = h/(m v) needs the mass (or density) of the particle", assumptions="")

add("quant", "Light of wavelength 400 nm shines on a metal of work function 5.0 eV. What is the maximum kinetic energy of the emitted photoelectrons?",
    {"work function of the metal": "5.0 eV", "wavelength of the incident light": "400 nm"},
    "maximum kinetic energy of the emitted photoelectrons", "eV", None, outcome="ill-posed", laws=2,
    solution="photon energy 3.10 eV < 5.0 eV work function: no photoelectrons are emitted", assumptions="")

add("quant", "In the Bohr model of hydrogen, what is the radius of the n = 3 orbit?",
    {"principal quantum number": "3"},
    "radius of the Bohr orbit in hydrogen", "nm", 9 * a0 * 1e9, laws=1,
    solution="r_n = n^2 a0", assumptions="Bohr model, infinite nuclear mass")

add("quant", "What is the momentum of a 2.0 eV photon?",
    {"photon energy": "2.0 eV"},
    "momentum of the photon", "kg m/s", 2.0 * EV / c, laws=1,
    solution="p = E/c", assumptions="")

add("quant", "An X-ray tube operates at an accelerating voltage of 30 kV. What is the minimum wavelength of the X-rays produced?",
    {"accelerating voltage of the X-ray tube": "30 kV"},
    "minimum wavelength of the emitted X-rays", "pm", h * c / (e * 30e3) * 1e12, laws=2,
    solution="K = e V; all converted to one photon: lambda_min = h c/(e V)", assumptions="")

add("quant", "An electron is trapped in a one-dimensional infinite potential well of width 1.0 nm. What is its ground-state energy?",
    {"width of the one-dimensional infinite potential well": "1.0 nm"},
    "ground-state energy of an electron in the well", "eV", h ** 2 / (8 * m_e * 1.0e-9 ** 2) / EV, laws=1,
    solution="E_1 = h^2/(8 m L^2)", assumptions="infinite square well")

add("quant", "A hydrogen atom in the n = 4 state emits a photon. What is the wavelength of the photon?",
    {"initial principal quantum number": "4"},
    "wavelength of the photon emitted by the hydrogen atom", "nm", None, outcome="not derivable", laws=1,
    solution="final level not given (4->3, 4->2 and 4->1 give 1875, 486 and 97 nm)", assumptions="")

Kq = h * c / 250e-9 - 2.3 * EV
add("quant", "Light of wavelength 250 nm falls on a metal with work function 2.3 eV. What is the maximum speed of the ejected photoelectrons?",
    {"wavelength of the incident light": "250 nm", "work function of the metal": "2.3 eV"},
    "maximum speed of the photoelectrons", "m/s", math.sqrt(2 * Kq / m_e), laws=3,
    solution="E = h c/lambda; K = E - phi; v = sqrt(2 K/m_e)", assumptions="non-relativistic")

# =====================================================================================
# NUCLEAR AND RADIOACTIVITY
# =====================================================================================
add("nuc", "A sample contains 80 mg of a radioactive isotope with a half-life of 5.0 days. How much of the isotope remains after 15 days?",
    {"initial mass of the isotope": "80 mg", "half-life": "5.0 days", "elapsed time": "15 days"},
    "mass of the radioactive isotope remaining", "mg", 80 * 0.5 ** (15 / 5), laws=1,
    solution="m = m0 (1/2)^(t/T_half)", assumptions="")

Ni = 1.0e-6 / 131 * N_A
lam = math.log(2) / (8.02 * DAY)
add("nuc", "What is the activity of 1.0 ug of iodine-131 (half-life 8.02 days, molar mass 131 g/mol)?",
    {"mass of iodine-131": "1.0 ug", "half-life of iodine-131": "8.02 days", "molar mass of iodine-131": "131 g/mol"},
    "activity of the sample", "GBq", lam * Ni / 1e9, laws=3,
    solution="N = m N_A/M; lambda = ln2/T_half; A = lambda N", assumptions="")

add("nuc", "An ancient bone contains 25% of the carbon-14 it had when the animal died. Carbon-14 has a half-life of 5730 years. How old is the bone?",
    {"fraction of the original carbon-14 remaining": "25 %", "half-life of carbon-14": "5730 yr"},
    "age of the sample", "yr", 5730 * math.log2(1 / 0.25), laws=1,
    solution="N/N0 = (1/2)^(t/T) -> t = T log2(N0/N)", assumptions="constant atmospheric C-14")

add("nuc", "Carbon from living wood has an activity of 0.255 Bq per gram; carbon from an ancient wooden tool has 0.085 Bq per gram. The half-life of carbon-14 is 5730 years. How old is the tool?",
    {"activity per gram of carbon in living wood": "0.255 Bq/g", "activity per gram of carbon in the ancient sample": "0.085 Bq/g", "half-life of carbon-14": "5730 yr"},
    "age of the sample", "yr", 5730 * math.log2(0.255 / 0.085), laws=1,
    solution="A/A0 = (1/2)^(t/T) -> t = T log2(A0/A)", assumptions="")

dm = 2 * 1.007825 + 2 * 1.008665 - 4.002602
add("nuc", "Using atomic masses He-4 = 4.002602 u and H-1 = 1.007825 u and neutron mass 1.008665 u, find the total binding energy of the helium-4 nucleus.",
    {"atomic mass of helium-4": "4.002602 u", "atomic mass of hydrogen-1": "1.007825 u", "mass of a neutron": "1.008665 u"},
    "total binding energy of the helium-4 nucleus", "MeV", dm * u_MeV, laws=2,
    solution="dm = 2 m_H + 2 m_n - m_He; E_B = dm * 931.494 MeV/u", assumptions="electron binding energies neglected")

dm = 238.050788 - 234.043601 - 4.002603
add("nuc", "Uranium-238 (238.050788 u) alpha-decays to thorium-234 (234.043601 u) and helium-4 (4.002603 u). What is the Q value of the decay?",
    {"atomic mass of uranium-238": "238.050788 u", "atomic mass of thorium-234": "234.043601 u", "atomic mass of helium-4": "4.002603 u"},
    "energy released (Q value) in the alpha decay", "MeV", dm * u_MeV, laws=1,
    solution="Q = (m_U - m_Th - m_He) c^2, 931.494 MeV/u", assumptions="atomic masses (electrons cancel)")

Nf = 1000 / 235 * N_A
add("nuc", "If each fission of uranium-235 (molar mass 235 g/mol) releases 200 MeV, how much energy is released when 1.0 kg of U-235 fissions completely?",
    {"mass of uranium-235 fissioned": "1.0 kg", "energy released per fission": "200 MeV", "molar mass of uranium-235": "235 g/mol"},
    "total energy released", "TJ", Nf * 200 * MEV / 1e12, laws=2,
    solution="N = m N_A/M; E = N * 200 MeV", assumptions="")

add("nuc", "If 1.0 g of mass were converted entirely into energy, how much energy would that be, in kilowatt-hours?",
    {"mass converted entirely to energy": "1.0 g"},
    "energy equivalent", "kWh", 1.0e-3 * c ** 2 / KWH, laws=1,
    solution="E = m c^2; 1 kWh = 3.6e6 J", assumptions="")

add("nuc", "A 50 g sample of a radioactive isotope is left for 10 years. How much of the isotope remains?",
    {"initial mass of the radioactive sample": "50 g", "elapsed time": "10 yr"},
    "mass of the isotope remaining", "g", None, outcome="not derivable", laws=1,
    solution="needs the half-life (isotope unspecified)", assumptions="")

add("nuc", "The activity of a radioactive source falls from 8000 Bq to 1000 Bq in 6.0 h. What is its half-life?",
    {"initial activity": "8000 Bq", "final activity": "1000 Bq", "elapsed time": "6.0 h"},
    "half-life", "h", 6.0 / math.log2(8000 / 1000), laws=1,
    solution="A/A0 = (1/2)^(t/T) -> T = t/log2(A0/A)", assumptions="")

add("nuc", "A sample with 1.0e6 radioactive nuclei of half-life 3.0 days has 2.5e5 nuclei left after 10 days. Find the decay constant.",
    {"initial number of nuclei": "1.0e6", "number of nuclei remaining": "2.5e5", "elapsed time": "10 days", "half-life": "3.0 days"},
    "decay constant", "1/day", None, outcome="ill-posed", laws=1,
    solution="the counts imply a 5.0-day half-life (lambda = 0.139/day) but the stated half-life gives 0.231/day: contradictory", assumptions="")

add("nuc", "A 70 kg person absorbs 0.35 J of energy from alpha radiation (radiation weighting factor 20). What is the equivalent dose?",
    {"mass of the person": "70 kg", "energy absorbed from alpha radiation": "0.35 J", "radiation weighting factor for alpha particles": "20"},
    "equivalent dose", "mSv", 0.35 / 70 * 20 * 1e3, laws=2,
    solution="D = E/m (Gy); H = w_R D (Sv)", assumptions="uniform whole-body absorption")

add("nuc", "A 70 kg patient receives a technetium-99m dose with initial activity 800 MBq. The half-life is 6.0 h. What is the activity 24 h later?",
    {"initial activity": "800 MBq", "half-life of technetium-99m": "6.0 h", "elapsed time": "24 h", "mass of the patient": "70 kg"},
    "activity remaining", "MBq", 800 * 0.5 ** (24 / 6), laws=1, irrelevant=["mass of the patient"],
    solution="A = A0 (1/2)^(t/T)", assumptions="physical decay only (no biological elimination)")

add("nuc", "A 2.0 g sample of a radioactive isotope has a half-life of 10 years. What is its activity?",
    {"mass of the sample": "2.0 g", "half-life": "10 yr"},
    "activity of the sample", "Bq", None, outcome="not derivable", laws=3,
    solution="A = (ln2/T) m N_A/M needs the molar mass (identity) of the isotope", assumptions="")

add("nuc", "Using R = r0 A^(1/3) with r0 = 1.2 fm, estimate the radius of a nucleus with mass number 56.",
    {"mass number": "56", "nuclear radius constant r0": "1.2 fm"},
    "nuclear radius", "fm", 1.2 * 56 ** (1 / 3), laws=1,
    solution="R = r0 A^(1/3)", assumptions="")

add("nuc", "What is the wavelength of a 1.33 MeV gamma-ray photon?",
    {"energy of the gamma-ray photon": "1.33 MeV"},
    "wavelength of the gamma ray", "pm", h * c / (1.33 * MEV) * 1e12, laws=1,
    solution="lambda = h c/E", assumptions="")

add("nuc", "A radioactive isotope has a half-life of 10 min. What is its mean lifetime?",
    {"half-life": "10 min"},
    "mean lifetime", "min", 10 / math.log(2), laws=1,
    solution="tau = T_half/ln 2", assumptions="")

dm = 2.014102 + 3.016049 - 4.002603 - 1.008665
add("nuc", "In the fusion reaction D + T -> He-4 + n, the atomic masses are D 2.014102 u, T 3.016049 u, He-4 4.002603 u and the neutron mass is 1.008665 u. How much energy is released?",
    {"atomic mass of deuterium": "2.014102 u", "atomic mass of tritium": "3.016049 u", "atomic mass of helium-4": "4.002603 u", "mass of a neutron": "1.008665 u"},
    "energy released in the D-T fusion reaction", "MeV", dm * u_MeV, laws=1,
    solution="Q = (m_D + m_T - m_He - m_n) * 931.494 MeV/u", assumptions="")

add("nuc", "A uranium-235 nucleus (235.043930 u) absorbs a neutron (1.008665 u) and fissions. How much energy is released in this fission event?",
    {"atomic mass of uranium-235": "235.043930 u", "mass of a neutron": "1.008665 u"},
    "energy released in this fission event", "MeV", None, outcome="not derivable", laws=1,
    solution="the fission products (and their masses) and number of neutrons released are not given", assumptions="")

lam = math.log(2) / (1600 * YR)
Nra = 3.7e10 / lam
add("nuc", "A radium-226 source (half-life 1600 years, molar mass 226 g/mol) has an activity of 1.0 Ci. What mass of radium does it contain?",
    {"activity of the source": "1.0 Ci", "half-life of radium-226": "1600 yr", "molar mass of radium-226": "226 g/mol"},
    "mass of radium-226 in the source", "g", Nra * 226 / N_A, laws=3,
    solution="1 Ci = 3.7e10 Bq; lambda = ln2/T; N = A/lambda; m = N M/N_A", assumptions="")

# =====================================================================================
# SPECIAL RELATIVITY
# =====================================================================================
add("rel", "A muon with a proper mean lifetime of 2.2 us moves at 0.60c relative to the lab. What mean lifetime is measured in the lab?",
    {"proper mean lifetime of the muon": "2.2 us", "speed of the muon": "0.60 c"},
    "mean lifetime measured in the lab frame", "us", gamma(0.60) * 2.2, laws=1,
    solution="t = gamma tau0, gamma = 1/sqrt(1 - 0.36) = 1.25", assumptions="")

gm = gamma(0.995)
add("rel", "Muons (proper mean lifetime 2.2 us) are created in the upper atmosphere moving at 0.995c. On average, how far do they travel in Earth's frame before decaying?",
    {"proper mean lifetime of the muon": "2.2 us", "speed of the muon": "0.995 c"},
    "average distance travelled in the lab (Earth) frame before decaying", "km", gm * 0.995 * c * 2.2e-6 / 1e3, laws=2,
    solution="t = gamma tau0 (gamma = 10.01); d = v t (Newtonian v tau0 = 0.66 km is wrong)", assumptions="")

add("rel", "A spaceship has a proper length of 100 m. What length do Earth observers measure when it passes at 0.80c?",
    {"proper length of the spaceship": "100 m", "speed of the spaceship": "0.80 c"},
    "length of the spaceship measured by Earth observers", "m", 100 / gamma(0.80), laws=1,
    solution="L = L0 sqrt(1 - v^2/c^2)", assumptions="length along the motion")

add("rel", "What is the momentum of an electron moving at 0.90c?",
    {"speed of the electron": "0.90 c"},
    "momentum of the electron", "kg m/s", gamma(0.90) * m_e * 0.90 * c, laws=1,
    solution="p = gamma m v (Newtonian m v is 2.3x too small)", assumptions="")

add("rel", "What is the kinetic energy of a proton moving at 0.60c?",
    {"speed of the proton": "0.60 c"},
    "kinetic energy of the proton", "MeV", (gamma(0.60) - 1) * mp_MeV, laws=1,
    solution="K = (gamma - 1) m c^2 with m_p c^2 = 938.27 MeV (Newtonian gives 169 MeV)", assumptions="")

gk = 1 + 1.0 / me_MeV
add("rel", "An electron has a kinetic energy of 1.0 MeV. What is its speed?",
    {"kinetic energy of the electron": "1.0 MeV"},
    "speed of the electron", "m/s", c * math.sqrt(1 - 1 / gk ** 2), laws=2,
    solution="gamma = 1 + K/(m c^2) = 2.957; v = c sqrt(1 - 1/gamma^2)", assumptions="")

add("rel", "A spaceship moving at 0.60c relative to Earth launches a probe forward at 0.70c relative to the ship. How fast does the probe move relative to Earth?",
    {"speed of the spaceship relative to Earth": "0.60 c", "speed of the probe relative to the spaceship (same direction)": "0.70 c"},
    "speed of the probe relative to Earth", "c", (0.60 + 0.70) / (1 + 0.60 * 0.70), laws=1,
    solution="u = (v + u')/(1 + v u'/c^2)", assumptions="collinear motion")

add("rel", "A proton has a momentum of 1.0 GeV/c. What is its total energy?",
    {"momentum of the proton": "1.0 GeV/c"},
    "total energy of the proton", "GeV", math.sqrt(1.0 ** 2 + (mp_MeV / 1e3) ** 2), laws=1,
    solution="E^2 = (p c)^2 + (m c^2)^2 with m_p c^2 = 0.938 GeV", assumptions="")

add("rel", "A spaceship travels at 3.6e8 m/s relative to Earth. A clock on the ship records 1.0 h. How much time passes on Earth?",
    {"speed of the spaceship": "3.6e8 m/s", "proper time interval on the ship": "1.0 h"},
    "time interval measured on Earth", "h", None, outcome="ill-posed", laws=1,
    solution="3.6e8 m/s exceeds c = 3.0e8 m/s: gamma undefined", assumptions="")

add("rel", "A 5.0e5 kg spaceship passes Earth at 0.80c. What length do Earth observers measure for it?",
    {"speed of the spaceship": "0.80 c", "mass of the spaceship": "5.0e5 kg"},
    "length of the spaceship measured by Earth observers", "m", None, outcome="not derivable", laws=1,
    irrelevant=["mass of the spaceship"],
    solution="L = L0/gamma needs the proper length, not given", assumptions="")

tE = 2 * 8.0 / 0.80
add("rel", "A twin travels at 0.80c to a star 8.0 light-years away (Earth frame) and immediately returns at the same speed. How much time elapses for the traveling twin on the round trip?",
    {"distance to the star (Earth frame)": "8.0 ly", "speed of the traveling twin": "0.80 c"},
    "time elapsed for the traveling twin on the round trip", "yr", tE / gamma(0.80), laws=2,
    solution="Earth time 2d/v = 20 yr; proper time = 20/gamma = 12 yr", assumptions="instantaneous turnaround")

add("rel", "How much work is required to accelerate an electron from 0.60c to 0.80c?",
    {"initial speed of the electron": "0.60 c", "final speed of the electron": "0.80 c"},
    "work required to accelerate the electron", "MeV", (gamma(0.80) - gamma(0.60)) * me_MeV, laws=2,
    solution="work-energy: W = (gamma_f - gamma_i) m c^2 (Newtonian gives 0.072 MeV)", assumptions="")

add("rel", "A proton (rest energy 938.3 MeV) has a kinetic energy of 938.3 MeV. What is its speed as a fraction of c?",
    {"rest energy of the proton": "938.3 MeV", "kinetic energy of the proton": "938.3 MeV"},
    "speed of the proton", "c", math.sqrt(1 - 1 / 2.0 ** 2), laws=2,
    solution="gamma = 1 + K/(m c^2) = 2; beta = sqrt(1 - 1/gamma^2)", assumptions="")

beta = 0.20
add("rel", "A galaxy recedes from us at 0.20c. A hydrogen line emitted at 656.3 nm in the galaxy's frame is observed on Earth. What wavelength is observed?",
    {"emitted wavelength (source frame)": "656.3 nm", "recession speed of the source": "0.20 c"},
    "observed wavelength", "nm", 656.3 * math.sqrt((1 + beta) / (1 - beta)), laws=1,
    solution="relativistic Doppler: lambda_obs = lambda sqrt((1+beta)/(1-beta))", assumptions="purely radial motion")

add("rel", "A 50 m long spacecraft travels at 0.50c. What is its kinetic energy?",
    {"speed of the spacecraft": "0.50 c", "length of the spacecraft": "50 m"},
    "kinetic energy of the spacecraft", "J", None, outcome="not derivable", laws=1,
    irrelevant=["length of the spacecraft"],
    solution="K = (gamma - 1) m c^2 needs the spacecraft's mass", assumptions="")

v = 2.0e8
add("rel", "A spaceship moves at 2.0e5 km/s relative to Earth. While the ship's clock records 1.0 h, how much time passes on Earth?",
    {"speed of the spaceship": "2.0e5 km/s", "time elapsed on the ship's clock": "1.0 h"},
    "time elapsed on Earth", "min", 60 * gamma(v / c), laws=1,
    solution="t = gamma t0, gamma = 1/sqrt(1 - (v/c)^2)", assumptions="")

add("rel", "A spaceship flies at 0.60c to a star 10 light-years away (Earth frame). How long does the trip take according to the crew?",
    {"distance to the star (Earth frame)": "10 ly", "speed of the spaceship": "0.60 c"},
    "one-way travel time measured by the crew", "yr", 10 / 0.60 / gamma(0.60), laws=2,
    solution="Earth time d/v = 16.67 yr; crew time = that/gamma (or contracted distance/v)", assumptions="constant speed")

add("rel", "A 1.0 kg particle moves at 0.80c. What is its energy?",
    {"mass of the particle": "1.0 kg", "speed of the particle": "0.80 c"},
    "energy of the particle", "J", None, outcome="ambiguous", laws=1,
    solution="'energy' may mean total gamma m c^2 = 1.50e17 J or kinetic (gamma-1) m c^2 = 5.99e16 J", assumptions="")

pc = 2.0
add("rel", "An electron has a momentum of 2.0 MeV/c. What is its kinetic energy?",
    {"momentum of the electron": "2.0 MeV/c"},
    "kinetic energy of the electron", "MeV", math.sqrt(pc ** 2 + me_MeV ** 2) - me_MeV, laws=2,
    solution="E = sqrt((pc)^2 + (mc^2)^2); K = E - m c^2", assumptions="")

add("rel", "A 1000 kg spacecraft travels at 0.60c. What is its kinetic energy?",
    {"speed of the spacecraft": "0.60 c", "mass of the spacecraft": "1000 kg"},
    "kinetic energy of the spacecraft", "J", (gamma(0.60) - 1) * 1000 * c ** 2, laws=1,
    solution="K = (gamma - 1) m c^2 = 0.25 m c^2 (Newtonian 0.18 m c^2 is wrong)", assumptions="rest mass")

# =====================================================================================
# EXTRA MULTI-LAW QUESTIONS (one or so per field)
# =====================================================================================
v_in = math.sqrt(2 * g * 5.0)
v_out = math.sqrt(2 * g * 3.2)
add("mech", "On Earth, a 0.20 kg ball is dropped from rest from 5.0 m onto a hard floor and rebounds to a height of 3.2 m. What impulse does the floor give the ball?",
    {"mass of the ball": "0.20 kg", "drop height": "5.0 m", "rebound height": "3.2 m"},
    "magnitude of the impulse exerted by the floor on the ball on Earth", "N s", 0.20 * (v_in + v_out), laws=2,
    solution="v_down = sqrt(2 g h1), v_up = sqrt(2 g h2); J = m (v_up + v_down)", assumptions="g = 9.81 m/s^2, no air resistance, gravity impulse during contact neglected")

add("grav", "A moon orbits a planet of mass 5.68e26 kg in a circular orbit with a period of 15.95 days. What is its orbital speed?",
    {"mass of the planet": "5.68e26 kg", "orbital period of the moon": "15.95 days"},
    "orbital speed of the moon", "km/s", (2 * math.pi * G * 5.68e26 / (15.95 * DAY)) ** (1 / 3) / 1e3, laws=2,
    solution="Kepler III r = (G M T^2/4 pi^2)^(1/3); v = 2 pi r/T = (2 pi G M/T)^(1/3)", assumptions="circular orbit, moon mass negligible")

add("fluid", "A rectangular barge with a flat bottom 10 m long and 4.0 m wide floats in fresh water (1000 kg/m^3). By how much does it sink deeper when 8000 kg of cargo is loaded?",
    {"length of the barge": "10 m", "width of the barge": "4.0 m", "mass of the cargo": "8000 kg", "density of water": "1000 kg/m^3"},
    "additional depth to which the barge sinks", "cm", 8000 / (1000 * 10 * 4.0) * 100, laws=2,
    solution="extra buoyancy = extra weight: rho A dy g = m g -> dy = m/(rho A)", assumptions="vertical sides, still water")

add("thermo", "How much ice at 0 degC must be added to 0.30 kg of water at 25 degC so that it all ends up as water at 0 degC? (c_water = 4186 J/(kg K), L_f = 334 kJ/kg)",
    {"mass of the water": "0.30 kg", "initial temperature of the water": "25 degC", "temperature of the ice": "0 degC", "specific heat of water": "4186 J/(kg K)", "latent heat of fusion of ice": "334 kJ/kg"},
    "mass of ice needed so that the final state is all water at 0 degC", "g", 0.30 * cw * 25 / 334e3 * 1e3, laws=2,
    solution="heat released by water m c dT = heat to melt ice m_ice L_f", assumptions="insulated, no container")

fa = 400 * 343 / (343 + 20)
add("wave", "Two identical 400 Hz horns sound together: one is stationary next to a listener and the other is on a car moving away from the listener at 20 m/s. Speed of sound 343 m/s. What beat frequency does the listener hear?",
    {"frequency of each horn": "400 Hz", "speed of the moving horn away from the listener": "20 m/s", "speed of sound": "343 m/s"},
    "beat frequency heard by the stationary listener", "Hz", 400 - fa, laws=2,
    solution="Doppler f' = f v/(v + v_s); f_beat = f - f'", assumptions="still air")

add("em", "An electron is released from rest in a uniform electric field of 2000 N/C. What is its speed after it has moved 1.0 cm?",
    {"electric field strength": "2000 N/C", "distance travelled": "1.0 cm", "initial speed of the electron": "0 m/s"},
    "speed of the electron after that distance", "m/s", math.sqrt(2 * e * 2000 * 0.010 / m_e), laws=2,
    solution="F = e E, a = F/m; v^2 = 2 a d (or e E d = m v^2/2)", assumptions="non-relativistic, vacuum")

Rp = 4 * 6 / 10
It = 12 / (Rp + 2.6)
add("circ", "A 4.0 ohm and a 6.0 ohm resistor are in parallel; this combination is in series with a 2.6 ohm resistor across a 12 V battery. What current flows through the 6.0 ohm resistor?",
    {"resistance of resistor A (in parallel with B)": "4.0 ohm", "resistance of resistor B (in parallel with A)": "6.0 ohm", "resistance of resistor C (in series with the A-B combination)": "2.6 ohm", "battery voltage": "12 V"},
    "current through resistor B", "A", It * Rp / 6.0, laws=3,
    solution="R_AB = 2.4 ohm; I = 12/5 = 2.4 A; V_AB = I R_AB = 5.76 V; I_B = V_AB/6", assumptions="ideal battery and wires")

E42 = R_H * h * c / EV * (1 / 4 - 1 / 16)
add("quant", "A hydrogen atom drops from n = 4 to n = 2. The emitted photon strikes cesium (work function 2.10 eV). What is the maximum kinetic energy of the ejected electron?",
    {"initial principal quantum number of the hydrogen atom": "4", "final principal quantum number of the hydrogen atom": "2", "work function of cesium": "2.10 eV"},
    "maximum kinetic energy of the photoelectron ejected by the emitted photon", "eV", E42 - 2.10, laws=2,
    solution="E = 13.6 eV (1/4 - 1/16) = 2.55 eV; K = E - phi", assumptions="Bohr model", rel_tol=0.02)

Npu = 1000 / 238 * N_A
lam = math.log(2) / (87.7 * YR)
add("nuc", "A radioisotope generator contains 1.0 kg of plutonium-238 (molar mass 238 g/mol, half-life 87.7 yr); each decay releases 5.59 MeV. What thermal power does it produce?",
    {"mass of plutonium-238": "1.0 kg", "molar mass of plutonium-238": "238 g/mol", "half-life of plutonium-238": "87.7 yr", "energy released per decay": "5.59 MeV"},
    "thermal power output", "W", lam * Npu * 5.59 * MEV, laws=3,
    solution="N = m N_A/M; A = (ln2/T) N; P = A * 5.59 MeV", assumptions="all decay energy absorbed as heat")

gE = 1.5 / me_MeV
add("rel", "An electron has a total energy of 1.5 MeV. What is its speed as a fraction of c?",
    {"total energy of the electron": "1.5 MeV"},
    "speed of the electron", "c", math.sqrt(1 - 1 / gE ** 2), laws=2,
    solution="gamma = E/(m c^2) = 2.935; beta = sqrt(1 - 1/gamma^2)", assumptions="")

# =====================================================================================
# write + summary
# =====================================================================================
ids = [q["id"] for q in Q]
assert len(ids) == len(set(ids))
with open("/work/blind/q10a/questions.json", "w") as f:
    json.dump(Q, f, indent=1)

n = len(Q)
print("total", n)
print("per field", Counter(q["field"] for q in Q))
print("per outcome", Counter(q["outcome"] for q in Q))
multi = sum(q["laws"] >= 2 for q in Q)
vals = [q for q in Q if q["outcome"] == "value"]
print(f"multi-law all: {multi}/{n} = {multi / n:.1%}; among value: "
      f"{sum(q['laws'] >= 2 for q in vals)}/{len(vals)} = {sum(q['laws'] >= 2 for q in vals) / len(vals):.1%}")
nd = sum(q["outcome"] == "not derivable" for q in Q)
print(f"not derivable share: {nd / n:.1%}")
print("with irrelevant givens:", sum(bool(q["irrelevant"]) for q in vals))
