"""Batch z, field: electromagnetism (15 questions)."""
import math
from batch_z_common import Q, c, e, m_e, eps0, mu0, k_C, sig

F = "electromagnetism"
Qs = []

# E1 school chemistry lab - charge sharing + Coulomb
q1a, q1b, r1 = 6.0e-6, -2.0e-6, 0.10
q1 = (q1a + q1b) / 2
F1 = k_C * q1 * q1 / r1 ** 2
Qs.append(Q(F,
    "In a school lab demonstration, two identical small metal spheres carry +6.0 µC and −2.0 µC. They "
    "are touched together and then separated so their centres are 10 cm apart. What is the magnitude "
    "of the electrostatic force between them now?",
    {"charge on first sphere": "6.0 uC", "charge on second sphere": "-2.0 uC",
     "final separation": "10 cm"},
    "electrostatic force", "N", F1, laws=2,
    solution=f"Charge conservation: each sphere gets (6 - 2)/2 = {sig(q1*1e6)} uC; "
             f"F = k q^2/r^2 = {sig(F1)} N (repulsive).",
    assumptions=["point charges, spheres isolated"]))

# E2 radio telescope - intensity and field amplitude of EM wave
P2, r2 = 50e3, 200e3
I2 = P2 / (4 * math.pi * r2 ** 2)
E2 = math.sqrt(2 * I2 / (c * eps0)) * 1000
Qs.append(Q(F,
    "A radio telescope is tested with a 50 kW transmitter 200 km away that radiates equally in all "
    "directions. What is the amplitude of the wave's electric field at the telescope?",
    {"transmitter power": "50 kW", "distance to the transmitter": "200 km"},
    "electric field amplitude", "mV/m", E2, laws=2,
    solution=f"I = P/(4 pi r^2) = {sig(I2)} W/m^2; E0 = sqrt(2 I/(c eps0)) = {sig(E2)} mV/m.",
    assumptions=["isotropic radiator, no absorption or ground reflection"]))

# E3 elevator maintenance - force on a current-carrying conductor
L3, I3, B3 = 0.30, 40.0, 0.80
F3 = B3 * I3 * L3
Qs.append(Q(F,
    "In an elevator's hoist motor, a 0.30 m long straight section of a winding carries 40 A at right "
    "angles to a 0.80 T magnetic field. What magnetic force acts on this section?",
    {"conductor length": "0.30 m", "current": "40 A", "magnetic field": "0.80 T"},
    "magnetic force on the conductor", "N", F3, laws=1,
    solution=f"F = B I L = 0.80*40*0.30 = {sig(F3)} N.",
    assumptions=["uniform field perpendicular to the wire"]))

# E4 science museum - Van de Graaff charge; belt speed distractor
R4, V4 = 0.25, 300e3
Q4 = 4 * math.pi * eps0 * R4 * V4 * 1e6
Qs.append(Q(F,
    "The science museum's Van de Graaff generator has a spherical dome of radius 0.25 m and a belt "
    "running at 20 m/s. It charges the dome to a potential of 300 kV. How much charge is on the dome?",
    {"dome radius": "0.25 m", "belt speed": "20 m/s", "dome potential": "300 kV"},
    "charge on the dome", "uC", Q4, laws=1,
    irrelevant=["belt speed"],
    solution=f"V = k Q/R -> Q = 4 pi eps0 R V = {sig(Q4)} uC.",
    assumptions=["isolated conducting sphere, potential relative to infinity"]))

# E5 science museum - field at centre of a coil
N5, R5, I5 = 200, 0.10, 2.5
B5 = mu0 * N5 * I5 / (2 * R5) * 1000
Qs.append(Q(F,
    "A museum exhibit has a flat circular coil of 200 turns with radius 10 cm carrying 2.5 A. What is "
    "the magnetic field strength at the centre of the coil?",
    {"number of turns": "200 dimensionless", "coil radius": "10 cm", "current": "2.5 A"},
    "magnetic field at the centre", "mT", B5, laws=1,
    solution=f"B = mu0 N I/(2R) = {sig(B5)} mT.",
    assumptions=["thin coil in air"]))

# E6 helicopter base - motional emf along rotating blade
L6, f6, B6 = 5.0, 6.0, 45e-6
w6 = 2 * math.pi * f6
emf6 = 0.5 * B6 * w6 * L6 ** 2 * 1000
Qs.append(Q(F,
    "A helicopter at the base idles with its main rotor turning at 6.0 rev/s in a horizontal plane. "
    "Each metal blade is 5.0 m long from hub to tip, and the vertical component of Earth's magnetic "
    "field there is 45 µT. What emf is induced between the hub and the tip of a blade?",
    {"rotor speed": "6.0 revolution/s", "blade length": "5.0 m",
     "vertical component of Earth's field": "45 uT"},
    "induced emf between hub and tip", "mV", emf6, laws=2,
    solution=f"omega = 2 pi f = {sig(w6)} rad/s; emf = B omega L^2/2 = {sig(emf6)} mV.",
    assumptions=["blade treated as a rod from the rotation axis"]))

# E7 ambulance - quarter-wave antenna
f7 = 155e6
L7 = c / (4 * f7) * 100
Qs.append(Q(F,
    "The ambulance's radio operates at 155 MHz using a quarter-wave whip antenna on the roof. How long "
    "should the whip be?",
    {"radio frequency": "155 MHz"},
    "antenna length", "cm", L7, laws=1,
    solution=f"lambda = c/f = {sig(c/f7)} m; L = lambda/4 = {sig(L7)} cm.",
    assumptions=["ideal quarter-wave length, no velocity-factor correction"]))

# E8 salt mine - ion pair potential energy; density distractor
r8 = 0.282e-9
U8 = k_C * e ** 2 / r8 / e
Qs.append(Q(F,
    "Rock salt from the mine (density 2160 kg/m^3) is made of Na+ and Cl− ions; neighbouring ions are "
    "0.282 nm apart. What is the magnitude of the electrostatic potential energy of one such isolated "
    "ion pair, in electronvolts?",
    {"density of rock salt": "2160 kg/m**3", "ion separation": "0.282 nm"},
    "electrostatic potential energy of the ion pair", "eV", U8, laws=1,
    irrelevant=["density of rock salt"],
    solution=f"|U| = k e^2/r = {sig(U8*e)} J = {sig(U8)} eV.",
    assumptions=["point charges ±e, vacuum, other neighbours ignored"]))

# E9 clock tower - field of a long straight current; tower height distractor
I9, r9 = 30e3, 2.0
B9 = mu0 * I9 / (2 * math.pi * r9) * 1000
Qs.append(Q(F,
    "Lightning strikes the 45 m clock tower and a current of 30 kA flows down the straight lightning "
    "conductor. What is the magnetic field 2.0 m from the conductor at that moment?",
    {"height of the tower": "45 m", "lightning current": "30 kA", "distance from conductor": "2.0 m"},
    "magnetic field", "mT", B9, laws=1,
    irrelevant=["height of the tower"],
    solution=f"B = mu0 I/(2 pi r) = {sig(B9)} mT.",
    assumptions=["long straight conductor"]))

# E10 bridge inspection - ideal transformer
V10p, N10p, N10s, P10 = 11e3, 5000, 100, 4.4e3
V10s = V10p * N10s / N10p
I10s = P10 / V10s
I10p = I10s * N10s / N10p
Qs.append(Q(F,
    "The bridge's deck lighting is fed from an ideal transformer with 5000 primary turns and 100 "
    "secondary turns. The primary is connected to the 11 kV line, and the lamps on the secondary use "
    "4.4 kW. What current flows in the primary?",
    {"primary turns": "5000 dimensionless", "secondary turns": "100 dimensionless",
     "primary voltage": "11 kV", "lamp power": "4.4 kW"},
    "primary current", "A", I10p, laws=2,
    solution=f"V_s = 11000*100/5000 = {sig(V10s)} V; I_s = P/V_s = {sig(I10s)} A; I_p = I_s N_s/N_p = {sig(I10p)} A.",
    assumptions=["ideal transformer, resistive load (rms values)"]))

# E11 glacier expedition - compass deflection by a cable
Bh11, I11, r11 = 18e-6, 12.0, 0.30
Bw11 = mu0 * I11 / (2 * math.pi * r11)
ang11 = math.degrees(math.atan(Bw11 / Bh11))
Qs.append(Q(F,
    "At the glacier camp, a compass lies 0.30 m directly above a long straight cable running "
    "north–south that carries 12 A DC from the generator. The horizontal component of Earth's field "
    "there is 18 µT. By what angle is the compass needle deflected from magnetic north?",
    {"distance from cable": "0.30 m", "cable current": "12 A",
     "horizontal component of Earth's field": "18 uT"},
    "deflection of the compass needle", "degree", ang11, laws=2,
    solution=f"B_wire = mu0 I/(2 pi r) = {sig(Bw11*1e6)} uT (east-west); tan(theta) = B_wire/B_h -> "
             f"theta = {sig(ang11)} deg.",
    assumptions=["cable aligned with magnetic north-south", "long straight cable"]))

# E12 rock festival - electron accelerated then circular motion
V12, B12 = 2.0e3, 5.0e-3
v12 = math.sqrt(2 * e * V12 / m_e)
r12 = m_e * v12 / (e * B12) * 100
Qs.append(Q(F,
    "An old cathode-ray monitor at the rock festival's sound desk accelerates electrons from rest "
    "through 2.0 kV. A stray 5.0 mT magnetic field from a nearby speaker magnet acts perpendicular to "
    "the beam. What is the radius of the electrons' circular path in that field?",
    {"accelerating voltage": "2.0 kV", "magnetic field": "5.0 mT"},
    "radius of the electron path", "cm", r12, laws=2,
    solution=f"v = sqrt(2 e V/m) = {sig(v12)} m/s; r = m v/(e B) = {sig(r12)} cm.",
    assumptions=["non-relativistic (relativistic correction ~0.2 %)", "uniform field"]))

# E13 pizzeria - ambiguous: peak vs rms emf
N13, A13, B13, f13 = 30, 0.020, 0.010, 25e3
emf_pk = N13 * B13 * A13 * 2 * math.pi * f13
emf_rms = emf_pk / math.sqrt(2)
Qs.append(Q(F,
    "A technician checks the pizzeria's induction hob with a 30-turn pickup coil of area 0.020 m^2 "
    "placed flat on the hob. The hob's magnetic field through the coil oscillates sinusoidally at "
    "25 kHz with an amplitude of 0.010 T. What emf is induced in the coil?",
    {"number of turns": "30 dimensionless", "coil area": "0.020 m**2", "field frequency": "25 kHz",
     "field amplitude": "0.010 T"},
    "induced emf", "V", None, outcome="ambiguous", laws=2,
    solution=f"Peak emf = N B A omega = {sig(emf_pk)} V; rms emf = {sig(emf_rms)} V. The question "
             f"does not say whether the peak or the rms value is wanted.",
    assumptions=["uniform field perpendicular to the coil"]))

# E14 apple orchard - not derivable: no current/resistance/capacitance
Qs.append(Q(F,
    "The electric fence around the apple orchard delivers pulses of 8000 V lasting 0.30 ms each. How "
    "much energy does each pulse deliver to a deer touching the wire?",
    {"pulse voltage": "8000 V", "pulse duration": "0.30 ms"},
    "energy per pulse", "J", None, outcome="not derivable", laws=2,
    solution="Energy needs the current (or the deer's resistance, or the energizer's capacitance); "
             "only voltage and duration are given.",
    assumptions=[]))

# E15 diving pool - not derivable: number of turns missing
Qs.append(Q(F,
    "The diving pool's scoreboard uses a solenoid 20 cm long carrying 1.5 A to flip its digits. What "
    "is the magnetic field inside the solenoid?",
    {"solenoid length": "20 cm", "current": "1.5 A"},
    "magnetic field inside the solenoid", "mT", None, outcome="not derivable", laws=1,
    solution="B = mu0 N I/L needs the number of turns, which is not given.",
    assumptions=[]))
