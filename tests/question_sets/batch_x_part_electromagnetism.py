from batch_x_common import *

F = "electromagnetism"
Qs = []

# 1 particle accelerator - proton radius in magnet
gv = {"kinetic energy of the protons": "5.0 MeV", "magnetic field": "1.2 T"}
K, B = vals(gv)
p = math.sqrt(2 * m_p * K * 1e6 * e)
r = p / (e * B)
Qs.append(Q(F,
    "In the particle accelerator lab, 5.0 MeV protons enter a uniform 1.2 T bending magnet perpendicular to the field. Using non-relativistic mechanics, what is the radius of their circular path?",
    gv, "radius of the proton path", "m", r, laws=2,
    solution=f"p = sqrt(2 m K) = {p:.4g} kg m/s; r = p/(eB) = {r:.4f} m.",
    assumptions=["non-relativistic (gamma = 1.005; relativistic momentum larger by only ~0.13%)"]))

# 2 particle accelerator - cyclotron frequency
gv = {"magnetic field of the cyclotron": "1.5 T"}
B, = vals(gv)
f = e * B / (2 * math.pi * m_p)
Qs.append(Q(F,
    "The lab's small cyclotron accelerates protons in a magnetic field of 1.5 T. At what frequency must the RF voltage on the dees alternate (the proton cyclotron frequency)?",
    gv, "cyclotron frequency", "MHz", f / 1e6, laws=1,
    solution=f"f = eB/(2 pi m_p) = {f/1e6:.2f} MHz.",
    assumptions=["non-relativistic protons"]))

# 3 particle accelerator - force in deflector plates
gv = {"separation of the plates": "2.0 cm", "voltage across the plates": "3.0 kV"}
d, V = vals(gv)
E = V * 1e3 / (d / 100)
Fp = e * E
Qs.append(Q(F,
    "A pair of parallel electrostatic deflector plates in the accelerator beam line are 2.0 cm apart with 3.0 kV between them. What force does the uniform field exert on a proton passing between them?",
    gv, "force on a proton", "N", Fp, laws=2,
    solution=f"E = V/d = {E:.3g} V/m; F = eE = {Fp:.4g} N.",
    assumptions=["uniform field, edge effects ignored"]))

# 4 hydroelectric - peak emf of generator coil
gv = {"number of turns": "200 dimensionless", "area of the coil": "0.15 m**2",
      "magnetic field": "0.8 T", "rotation frequency": "50 Hz"}
N, A, B, f = vals(gv)
emf = N * B * A * 2 * math.pi * f
Qs.append(Q(F,
    "A simplified model of a hydroelectric generator: a coil of 200 turns, each of area 0.15 m^2, rotates at 50 Hz in a uniform 0.8 T magnetic field. What is the peak emf induced in the coil?",
    gv, "peak emf", "kV", emf / 1000, laws=1,
    solution=f"emf_max = N B A omega = 200 x 0.8 x 0.15 x 2 pi 50 = {emf:.0f} V = {emf/1000:.2f} kV.",
    assumptions=["uniform field, rotation axis perpendicular to field"]))

# 5 hydroelectric - transformer turns (distractor: transformer mass)
gv = {"primary voltage": "11 kV", "secondary voltage": "400 kV", "primary turns": "220 dimensionless",
      "mass of the transformer": "250 tonne"}
Vp, Vs, Np, m = vals(gv)
Ns = Np * Vs / Vp
Qs.append(Q(F,
    "The 250 tonne step-up transformer at a hydroelectric station raises the generator's 11 kV to 400 kV for the grid. If the primary winding has 220 turns, how many turns does the secondary need (ideal transformer)?",
    gv, "number of secondary turns", "dimensionless", Ns, laws=1,
    irrelevant=["mass of the transformer"],
    solution=f"Ns = Np Vs/Vp = 220 x 400/11 = {Ns:.0f}.",
    assumptions=["ideal transformer"]))

# 6 motor racing - motional emf (distractor: car mass)
gv = {"span of the rear wing": "1.2 m", "speed of the car": "300 km/h",
      "vertical component of Earth's field": "45 uT", "mass of the car": "798 kg"}
L, vk, B, m = vals(gv)
emf = B * 1e-6 * (vk / 3.6) * L
Qs.append(Q(F,
    "A 798 kg race car with a metal rear-wing spar spanning 1.2 m (horizontal, across the car) travels at 300 km/h where the vertical component of the Earth's magnetic field is 45 uT. What emf is induced between the ends of the spar?",
    gv, "induced emf", "mV", emf * 1000, laws=1,
    irrelevant=["mass of the car"],
    solution=f"emf = B v L = 45e-6 x {vk/3.6:.2f} x 1.2 = {emf*1000:.2f} mV.",
    assumptions=["spar perpendicular to velocity and to the vertical field component"]))

# 7 carpentry - force on current-carrying wire
gv = {"length of wire in the field": "0.25 m", "current": "12 A", "magnetic field": "0.6 T"}
L, I, B = vals(gv)
Fw = B * I * L
Qs.append(Q(F,
    "Inside the motor of a workshop bandsaw, a 0.25 m straight section of winding carries 12 A at right angles to a 0.6 T magnetic field. What is the magnetic force on this section?",
    gv, "force on the wire", "N", Fw, laws=1,
    solution=f"F = B I L = {Fw:.2f} N.",
    assumptions=["uniform field perpendicular to the wire"]))

# 8 cruise ship - field of two antiparallel cables (superposition)
gv = {"current in each cable": "800 A", "separation of the cables": "10 cm",
      "distance from the nearer cable": "25 cm"}
I, s, d = vals(gv)
d1 = d / 100; d2 = (d + s) / 100
B = mu0 * I / (2 * math.pi) * (1 / d1 - 1 / d2)
Qs.append(Q(F,
    "On a cruise ship two long parallel DC supply cables 10 cm apart carry 800 A each in opposite directions. A ship's compass sits in the same plane, on the line through both cables, 25 cm from the nearer cable (and beyond it, not between them). What magnetic field do the cables produce at the compass?",
    gv, "magnetic field at the compass", "uT", B * 1e6, laws=2,
    solution=f"Each: B = mu0 I/(2 pi r). Opposite currents give opposite fields outside: B = 2e-7 x 800 x (1/0.25 - 1/0.35) = {B*1e6:.1f} uT.",
    assumptions=["long straight cables"]))

# 9 opera house - solenoid field
gv = {"length of the solenoid": "0.30 m", "number of turns": "1200 dimensionless", "current": "2.5 A"}
L, N, I = vals(gv)
B = mu0 * N / L * I
Qs.append(Q(F,
    "The trapdoor release on the opera house stage uses a solenoid 0.30 m long with 1200 turns carrying 2.5 A. What is the magnetic field near the centre inside it?",
    gv, "magnetic field inside the solenoid", "mT", B * 1000, laws=1,
    solution=f"B = mu0 (N/L) I = {B*1000:.2f} mT.",
    assumptions=["long solenoid, air core"]))

# 10 kite festival - field at midpoint of two charges
gv = {"first charge": "45 nC", "second charge": "-30 nC", "separation of the charges": "12 cm"}
q1, q2, d = vals(gv)
r = d / 200
E = k_e * (abs(q1) + abs(q2)) * 1e-9 / r**2
Qs.append(Q(F,
    "On a dry, windy day at a kite festival, two small metal beads on a kite tail acquire charges of +45 nC and -30 nC and are 12 cm apart. What is the magnitude of the electric field at the point midway between them?",
    gv, "electric field at the midpoint", "N/C", E, laws=2,
    solution=f"Both fields point from + toward -, so they add: E = k(|q1| + |q2|)/(0.06 m)^2 = {E:.4g} N/C.",
    assumptions=["point charges in air (vacuum permittivity)"]))

# 11 textile mill - parallel-plate capacitor charge
gv = {"length of the plates": "0.5 m", "width of the plates": "0.4 m", "gap between the plates": "2 mm",
      "voltage": "5 kV"}
L, W, d, V = vals(gv)
C = eps0 * L * W / (d / 1000)
Qc = C * V * 1000
Qs.append(Q(F,
    "A static-elimination test rig in a textile mill uses two parallel metal plates, 0.5 m by 0.4 m, separated by a 2 mm air gap and held at 5 kV. How much charge is on each plate?",
    gv, "charge on each plate", "uC", Qc * 1e6, laws=2,
    solution=f"C = eps0 A/d = {C*1e12:.1f} pF; Q = C V = {Qc*1e6:.3f} uC.",
    assumptions=["air treated as vacuum", "fringe fields ignored"]))

# 12 beekeeping - fence energiser capacitance (distractor: fence length)
gv = {"energy stored": "5 J", "charging voltage": "8 kV", "length of the fence": "400 m"}
E, V, L = vals(gv)
C = 2 * E / (V * 1000)**2
Qs.append(Q(F,
    "An electric fence protects an apiary from bears along 400 m of wire. Its energiser stores 5 J in a capacitor charged to 8 kV before each pulse. What is the capacitance?",
    gv, "capacitance", "uF", C * 1e6, laws=1,
    irrelevant=["length of the fence"],
    solution=f"E = (1/2) C V^2 => C = 2E/V^2 = {C*1e6:.4f} uF.",
    assumptions=[]))

# 13 cable car - not derivable (distance missing)
gv = {"magnetic field from the cable": "40 uT"}
Qs.append(Q(F,
    "A compass in the cable car valley station is deflected by a long straight DC power cable running past it. The field at the compass due to the cable is measured as 40 uT. What current does the cable carry?",
    gv, "current in the cable", "A", None, outcome="not derivable", laws=1,
    solution="I = 2 pi r B/mu0 requires the distance from the cable to the compass, which is not given; the current cannot be determined.",
    assumptions=[]))

# 14 particle accelerator - not derivable (electron speed missing)
gv = {"radius of the circular path": "12 cm"}
Qs.append(Q(F,
    "In the accelerator lab an electron beam enters a region of uniform magnetic field at right angles to the field and follows a circular arc of radius 12 cm. What is the magnetic field strength?",
    gv, "magnetic field strength", "mT", None, outcome="not derivable", laws=2,
    solution="B = m v/(e r) needs the electron speed or energy, which is not given; B cannot be found.",
    assumptions=[]))

# 15 oil rig - ill-posed (turn ratio contradicts voltage ratio)
gv = {"primary voltage": "690 V", "secondary voltage": "11 kV", "primary turns": "500 dimensionless",
      "secondary turns": "300 dimensionless", "primary current": "100 A"}
Qs.append(Q(F,
    "An ideal transformer on an oil rig steps 690 V up to 11 kV. Its primary has 500 turns and its secondary 300 turns. If the primary current is 100 A, what is the secondary current?",
    gv, "secondary current", "A", None, outcome="ill-posed", laws=1,
    solution="For an ideal transformer Vs/Vp = Ns/Np. A 690 V to 11 kV step-up (ratio 15.9) is impossible with fewer secondary than primary turns (ratio 0.6). The givens contradict each other (current would be 6.27 A from voltages or 167 A from turns).",
    assumptions=[]))
