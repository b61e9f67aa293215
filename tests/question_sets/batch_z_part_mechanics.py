"""Batch z, field: mechanics (15 questions)."""
import math
from batch_z_common import Q, g, sig

F = "mechanics"
Qs = []

# M1 apple orchard - free fall, mass is a distractor
h1 = 3.2
v1 = math.sqrt(2 * g * h1)
Qs.append(Q(F,
    "In an apple orchard, a ripe apple of mass 0.18 kg comes loose from a branch 3.2 m above "
    "the grass. Ignoring air resistance, how fast is it moving just before it hits the ground?",
    {"mass of the apple": "0.18 kg", "height of the branch": "3.2 m"},
    "impact speed of the apple", "m/s", v1, laws=1,
    irrelevant=["mass of the apple"],
    solution=f"v = sqrt(2 g h) = sqrt(2*9.81*3.2) = {sig(v1)} m/s; the mass does not matter.",
    assumptions=["g = 9.81 m/s^2", "no air resistance", "apple starts from rest"]))

# M2 elevator maintenance - kinematics + Newton II
m2, v2, t2 = 1450.0, 2.0, 1.6
a2 = v2 / t2
T2 = m2 * (g + a2) / 1000
Qs.append(Q(F,
    "During an elevator maintenance test, the loaded car (total mass 1450 kg) starts from rest "
    "and moves upward, reaching 2.0 m/s after 1.6 s with uniform acceleration. What is the tension "
    "in the hoisting cable during this acceleration?",
    {"total mass of the loaded car": "1450 kg", "final speed of the car": "2.0 m/s",
     "time to reach final speed": "1.6 s"},
    "tension in the hoisting cable", "kN", T2, laws=2,
    solution=f"a = v/t = {sig(a2)} m/s^2; T = m(g + a) = 1450*(9.81+{sig(a2)}) = {sig(T2)} kN.",
    assumptions=["g = 9.81 m/s^2", "single cable, massless", "no counterweight or friction"]))

# M3 clock tower - pendulum length, bob mass distractor
T3 = 2.00
L3 = g * T3 ** 2 / (4 * math.pi ** 2)
Qs.append(Q(F,
    "The clock in the old clock tower is regulated by a simple pendulum with a 12 kg brass bob. "
    "For the clock to keep time, the pendulum's full period must be 2.00 s. How long must the "
    "pendulum be?",
    {"mass of the pendulum bob": "12 kg", "period of the pendulum": "2.00 s"},
    "length of the pendulum", "m", L3, laws=1,
    irrelevant=["mass of the pendulum bob"],
    solution=f"T = 2 pi sqrt(L/g) -> L = g T^2/(4 pi^2) = {sig(L3)} m.",
    assumptions=["g = 9.81 m/s^2", "simple pendulum, small amplitude"]))

# M4 helicopter base - horizontal projectile
h4, v4 = 45.0, 72.0 / 3.6
t4 = math.sqrt(2 * h4 / g)
x4 = v4 * t4
Qs.append(Q(F,
    "A helicopter from the base flies level at 72 km/h, 45 m above flat ground, and releases a "
    "supply crate. Neglecting air drag, how far horizontally does the crate travel from the release "
    "point before it lands?",
    {"speed of the helicopter": "72 km/h", "height of the helicopter": "45 m"},
    "horizontal distance travelled by the crate", "m", x4, laws=2,
    solution=f"Fall time t = sqrt(2h/g) = {sig(t4)} s; x = v t = 20 m/s * {sig(t4)} s = {sig(x4)} m.",
    assumptions=["g = 9.81 m/s^2", "no air drag", "crate initially has the helicopter's horizontal velocity"]))

# M5 bridge inspection - static equilibrium
L5, M5, m5, x5 = 40.0, 2.0e5, 3500.0, 10.0
RA5 = g * (M5 * (L5 / 2) + m5 * (L5 - x5)) / L5 / 1000
Qs.append(Q(F,
    "During a bridge inspection, one road span is modelled as a uniform beam 40 m long with mass "
    "2.0 × 10^5 kg, resting on supports at its two ends. An inspection truck of mass 3500 kg is "
    "parked 10 m from support A. What upward force does support A exert on the span?",
    {"length of the span": "40 m", "mass of the span": "2.0e5 kg", "mass of the truck": "3500 kg",
     "distance of the truck from support A": "10 m"},
    "force from support A", "kN", RA5, laws=2,
    solution=f"Torques about B: R_A*40 = M g*20 + m g*30 -> R_A = {sig(RA5)} kN.",
    assumptions=["g = 9.81 m/s^2", "uniform beam, simple supports"]))

# M6 pizzeria - friction coefficient, mass distractor
v6, d6 = 1.8, 0.90
mu6 = v6 ** 2 / (2 * g * d6)
Qs.append(Q(F,
    "At the pizzeria, the cook slides a 0.45 kg ball of dough along the steel counter. It leaves "
    "his hand at 1.8 m/s and glides 0.90 m before stopping. What is the coefficient of kinetic "
    "friction between dough and counter?",
    {"mass of the dough": "0.45 kg", "initial speed of the dough": "1.8 m/s",
     "sliding distance": "0.90 m"},
    "coefficient of kinetic friction", "dimensionless", mu6, laws=2,
    irrelevant=["mass of the dough"],
    solution=f"a = v^2/(2d) = {sig(v6**2/(2*d6))} m/s^2 = mu g -> mu = {sig(mu6)}.",
    assumptions=["g = 9.81 m/s^2", "horizontal counter, constant friction"]))

# M7 ambulance - average net force
m7, v7, t7 = 3800.0, 90 / 3.6, 12.0
F7 = m7 * v7 / t7
Qs.append(Q(F,
    "An ambulance with a mass of 3800 kg pulls away from the hospital and reaches 90 km/h in 12 s. "
    "What average net force acts on it during this time?",
    {"mass of the ambulance": "3800 kg", "final speed": "90 km/h", "time taken": "12 s"},
    "average net force on the ambulance", "N", F7, laws=2,
    solution=f"a = (25 m/s)/12 s = {sig(v7/t7)} m/s^2; F = m a = {sig(F7)} N.",
    assumptions=["starts from rest", "straight level road"]))

# M8 salt mine - lifting power
m8, h8 = 150e3, 220.0
P8 = m8 * g * h8 / 3600 / 1000
Qs.append(Q(F,
    "A salt mine hoist raises 150 tonnes of rock salt every hour through a vertical shaft 220 m "
    "deep. What is the minimum average power the hoist must deliver?",
    {"mass of salt lifted per hour": "150 tonne", "depth of the shaft": "220 m"},
    "minimum average hoisting power", "kW", P8, laws=1,
    solution=f"P = m g h / t = 150000*9.81*220/3600 s = {sig(P8)} kW.",
    assumptions=["g = 9.81 m/s^2", "no losses, no change in kinetic energy"]))

# M9 diving pool - energy + work
m9, h9, d9 = 62.0, 10.0, 3.0
F9 = m9 * g * (h9 + d9) / d9
Qs.append(Q(F,
    "A 62 kg diver steps off the 10 m platform at the diving pool and comes to rest 3.0 m below "
    "the water surface. What average upward force does the water exert on her while she slows "
    "down?",
    {"mass of the diver": "62 kg", "platform height": "10 m", "stopping depth": "3.0 m"},
    "average force from the water", "N", F9, laws=2,
    solution=f"Work-energy from start to stop: m g (h + d) = F d -> F = 62*9.81*13/3 = {sig(F9)} N.",
    assumptions=["g = 9.81 m/s^2", "no air resistance", "starts from rest",
                 "force from water is the total (buoyancy + drag) average force"]))

# M10 science museum - angular momentum conservation
M10, D10, m10, f10 = 180.0, 3.0, 70.0, 0.50
R10 = D10 / 2
I_i = 0.5 * M10 * R10 ** 2 + m10 * R10 ** 2
I_f = 0.5 * M10 * R10 ** 2
f10f = f10 * I_i / I_f
Qs.append(Q(F,
    "A science museum has a free-spinning turntable: a uniform disk of mass 180 kg and diameter "
    "3.0 m. A 70 kg visitor stands on its rim while it turns at 0.50 rev/s, then walks to the centre. "
    "How fast does the turntable spin when the visitor is at the centre?",
    {"mass of the disk": "180 kg", "diameter of the disk": "3.0 m", "mass of the visitor": "70 kg",
     "initial rotation rate": "0.50 revolution/s"},
    "final rotation rate", "revolution/s", f10f, laws=2,
    solution=f"I_i = MR^2/2 + mR^2 = {sig(I_i)} kg m^2, I_f = MR^2/2 = {sig(I_f)} kg m^2; "
             f"f_f = f_i I_i/I_f = {sig(f10f)} rev/s.",
    assumptions=["visitor treated as a point mass", "frictionless bearing"]))

# M11 glacier expedition - pulled sled at angle
m11, th11, mu11 = 85.0, math.radians(25), 0.12
T11 = mu11 * m11 * g / (math.cos(th11) + mu11 * math.sin(th11))
Qs.append(Q(F,
    "On a glacier expedition, a member pulls an 85 kg supply sled across level snow at constant "
    "speed with a rope angled 25° above the horizontal. The coefficient of kinetic friction between "
    "sled runners and snow is 0.12. What is the tension in the rope?",
    {"mass of the sled": "85 kg", "rope angle above horizontal": "25 degree",
     "coefficient of kinetic friction": "0.12 dimensionless"},
    "tension in the rope", "N", T11, laws=2,
    solution=f"T cos(th) = mu (m g - T sin(th)) -> T = mu m g/(cos th + mu sin th) = {sig(T11)} N.",
    assumptions=["g = 9.81 m/s^2", "level ground", "constant velocity"]))

# M12 radio telescope - rim speed
D12, w12 = 25.0, 0.25
v12 = math.radians(w12) * D12 / 2 * 100
Qs.append(Q(F,
    "A radio telescope dish 25 m in diameter slews in azimuth at a steady 0.25 degrees per second "
    "about its central vertical axis. How fast does a point on the rim of the dish move?",
    {"diameter of the dish": "25 m", "slew rate": "0.25 degree/s"},
    "speed of the rim", "cm/s", v12, laws=1,
    solution=f"v = omega r = (0.25 deg/s in rad/s)*12.5 m = {sig(v12)} cm/s.",
    assumptions=["rim is 12.5 m from the rotation axis (dish face-on to the axis)"]))

# M13 rock festival - ND, second cable angle missing
Qs.append(Q(F,
    "A 240 kg lighting truss over the rock festival stage hangs at rest from two cables attached to "
    "the roof at different angles. The left cable makes 35° with the vertical. What is the tension "
    "in the left cable?",
    {"mass of the truss": "240 kg", "angle of left cable from vertical": "35 degree"},
    "tension in the left cable", "N", None, outcome="not derivable", laws=2,
    solution="Equilibrium needs both cable angles; the right cable's angle is not given and the "
             "cables are explicitly at different angles, so the tension cannot be found.",
    assumptions=["g = 9.81 m/s^2"]))

# M14 apple orchard - ND, no time or distance
Qs.append(Q(F,
    "A tractor in the apple orchard pulls a 650 kg trailer of apples from rest up to 18 km/h. What "
    "average force does the tractor exert on the trailer?",
    {"mass of the trailer": "650 kg", "final speed": "18 km/h"},
    "average pulling force", "N", None, outcome="not derivable", laws=2,
    solution="Neither the time nor the distance of the acceleration (nor the rolling resistance) "
             "is given, so the average force cannot be determined.",
    assumptions=[]))

# M15 elevator maintenance - ill-posed: free-fall time inconsistent with height
t15_expected = math.sqrt(2 * 20.0 / g)
Qs.append(Q(F,
    "An elevator technician drops a wrench from rest at the top of a 20 m shaft. It falls freely, "
    "with no air resistance, and hits the pit floor 3.5 s later. With what speed does it hit the "
    "floor?",
    {"height of the shaft": "20 m", "fall time": "3.5 s"},
    "impact speed of the wrench", "m/s", None, outcome="ill-posed", laws=1,
    solution=f"Free fall through 20 m takes sqrt(2h/g) = {sig(t15_expected)} s, not 3.5 s; the data "
             f"are contradictory (v = sqrt(2gh) = {sig(math.sqrt(2*g*20))} m/s but g t = "
             f"{sig(g*3.5)} m/s).",
    assumptions=["g = 9.81 m/s^2"]))
