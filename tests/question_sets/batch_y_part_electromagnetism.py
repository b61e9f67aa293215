from batch_y_common import *

F = "electromagnetism"
Qs = []

# 1 field of a long straight line current
I, r = 500.0, 5.0
B = mu0 * I / (2 * math.pi * r)
Qs.append(Q(F,
    "The overhead contact wire in a railway tunnel carries a current of 500 A. What is the magnetic field strength 5 m from the wire, "
    "treating it as a long straight conductor?",
    {"current in the wire": "500 A", "distance from the wire": "5 m"},
    "magnetic field", "uT", B * 1e6, laws=1,
    solution=f"B = μ0 I/(2πr) = {B*1e6:.1f} µT.",
    assumptions=["long straight wire", "return current far away"]))

# 2 motional emf on a snowmobile rod
B, L, v = 58e-6, 1.2, 15.0
emf = B * L * v
Qs.append(Q(F,
    "Near an arctic research station the Earth's magnetic field is 58 µT and almost vertical. A snowmobile carries a 1.2 m aluminium rack bar "
    "mounted horizontally and perpendicular to its motion, and drives across level snow at 15 m/s. What emf is induced between the ends of the bar, in mV?",
    {"magnetic field": "58 uT", "length of the bar": "1.2 m", "speed": "15 m/s"},
    "induced emf", "mV", emf * 1000, laws=1,
    solution=f"ε = BLv = 58e-6 × 1.2 × 15 = {emf*1000:.3f} mV.",
    assumptions=["field exactly vertical"]))

# 3 rms emf of a rotating coil
N, A, B, rpm = 200, 0.01, 0.3, 1500.0
w = rpm * 2 * math.pi / 60
emf_pk = N * B * A * w
emf_rms = emf_pk / math.sqrt(2)
Qs.append(Q(F,
    "A wind-tunnel laboratory's test generator has a 200-turn coil of area 0.01 m² rotating at 1500 rpm in a uniform 0.3 T magnetic field. "
    "What is the rms value of the emf it generates?",
    {"number of turns": "200 dimensionless", "area of the coil": "0.01 m^2", "rotation rate": "1500 rpm", "magnetic field": "0.3 T"},
    "rms emf", "V", emf_rms, laws=2,
    solution=f"ω = {w:.2f} rad/s; ε_peak = NBAω = {emf_pk:.1f} V; ε_rms = ε_peak/√2 = {emf_rms:.1f} V.",
    assumptions=["sinusoidal emf", "uniform field"]))

# 4 transformer turns (distractor: lamp power)
Vp, Vs, Np = 11000.0, 230.0, 4800
Ns = Np * Vs / Vp
Qs.append(Q(F,
    "A pole-mounted transformer steps 11 kV down to 230 V for a row of 70 W street lights. Its primary winding has 4800 turns. "
    "How many turns does the secondary winding have?",
    {"primary voltage": "11 kV", "secondary voltage": "230 V", "power of each street light": "70 W",
     "number of primary turns": "4800 dimensionless"},
    "number of secondary turns", "dimensionless", Ns, laws=1, irrelevant=["power of each street light"],
    solution=f"N_s = N_p V_s/V_p = 4800 × 230/11000 = {Ns:.1f} ≈ 100 turns.",
    assumptions=["ideal transformer"]))

# 5 Coulomb force between charged balloons
q, r = 50e-9, 0.20
Fc = k_e * q**2 / r**2
Qs.append(Q(F,
    "Two party balloons at a supermarket checkout have each picked up a charge of 50 nC by rubbing. What electric force does each exert on the other when "
    "their centres are 20 cm apart?",
    {"charge on each balloon": "50 nC", "separation": "20 cm"},
    "electric force", "N", Fc, laws=1,
    solution=f"F = kq^2/r^2 = 8.988e9 × (50e-9)^2/0.04 = {Fc:.3e} N.",
    assumptions=["point charges", "air permittivity ≈ ε0"]))

# 6 toner particle speed (distractor: gap)
q, m, V = 1.6e-15, 2e-13, 600.0
v = math.sqrt(2 * q * V / m)
Qs.append(Q(F,
    "In a laser printer at a printing works, a toner particle of mass 2 × 10^-13 kg carrying a charge of 1.6 × 10^-15 C starts from rest and is accelerated "
    "across a 0.2 mm gap through a potential difference of 600 V. With what speed does it arrive?",
    {"mass of the particle": "2e-13 kg", "charge of the particle": "1.6e-15 C", "gap width": "0.2 mm",
     "potential difference": "600 V"},
    "final speed", "m/s", v, laws=2, irrelevant=["gap width"],
    solution=f"qV = ½mv^2 ⇒ v = √(2qV/m) = {v:.2f} m/s; the gap width is not needed.",
    assumptions=["no air drag", "gravity negligible"]))

# 7 solenoid field and flux through one turn
N, L, I, r = 30, 0.10, 200.0, 0.03
B = mu0 * (N / L) * I
Phi = B * math.pi * r**2
Qs.append(Q(F,
    "An induction heater used in a glassblowing studio has a coil of 30 turns wound uniformly over a length of 10 cm, carrying 200 A. Treating it as a long "
    "solenoid, what magnetic flux passes through one turn if each turn has a radius of 3 cm? Give the answer in mWb.",
    {"number of turns": "30 dimensionless", "length of the coil": "10 cm", "current": "200 A", "radius of a turn": "3 cm"},
    "magnetic flux through one turn", "mWb", Phi * 1000, laws=2,
    solution=f"B = μ0 n I = μ0 × 300 × 200 = {B*1000:.2f} mT; Φ = Bπr^2 = {Phi*1000:.4f} mWb.",
    assumptions=["ideal long solenoid", "air core"]))

# 8 lightning energy (distractor: duration)
Qc, V = 20.0, 50e6
E = Qc * V
Qs.append(Q(F,
    "A lightning bolt in an eruption plume, watched from a volcano observatory, transfers 20 C of charge through a potential difference of 50 MV in 0.5 ms. "
    "How much energy is released, in kWh?",
    {"charge transferred": "20 C", "potential difference": "50 MV", "duration of the flash": "0.5 ms"},
    "energy released", "kW*h", E / 3.6e6, laws=1, irrelevant=["duration of the flash"],
    solution=f"E = QV = 20 × 50e6 = {E:.1e} J = {E/3.6e6:.1f} kWh.",
    assumptions=["constant potential difference during transfer"]))

# 9 force on a floodlight cable
L, I, B = 40.0, 30.0, 20e-6
Fm = B * I * L
Qs.append(Q(F,
    "A horizontal 40 m supply cable for tennis court floodlights carries 30 A and runs perpendicular to the horizontal component of the Earth's magnetic field, "
    "which is 20 µT there. What magnetic force acts on the cable?",
    {"length of the cable": "40 m", "current": "30 A", "horizontal field component": "20 uT"},
    "magnetic force on the cable", "N", Fm, laws=1,
    solution=f"F = BIL = 20e-6 × 30 × 40 = {Fm:.3f} N.",
    assumptions=["straight cable", "uniform field", "DC current"]))

# 10 capacitive level sensor charge
kap, A, d, V = 3.5, 0.2, 1e-3, 500.0
C = kap * eps0 * A / d
Qc = C * V
Qs.append(Q(F,
    "A capacitive sensor in a dairy farm's feed silo consists of two parallel plates of area 0.2 m² separated by 1 mm, with the gap filled by a material of "
    "dielectric constant 3.5. It is charged to 500 V. How much charge is on each plate, in µC?",
    {"plate area": "0.2 m^2", "plate separation": "1 mm", "dielectric constant": "3.5 dimensionless", "voltage": "500 V"},
    "charge on each plate", "uC", Qc * 1e6, laws=2,
    solution=f"C = κε0A/d = {C*1e9:.3f} nF; Q = CV = {Qc*1e6:.3f} µC.",
    assumptions=["edge effects neglected"]))

# 11 sunlight E-field amplitude
Lsun, d = 3.828e26, 1.496e11
I = Lsun / (4 * math.pi * d**2)
E0 = math.sqrt(2 * I / (c * eps0))
Qs.append(Q(F,
    "On a cloudless afternoon at a golf course, a golfer wonders about the sunlight on her face. The Sun emits 3.828 × 10^26 W and is 1.496 × 10^11 m away. "
    "Ignoring the atmosphere, what is the peak electric field amplitude of the sunlight reaching her?",
    {"luminosity of the Sun": "3.828e26 W", "Earth-Sun distance": "1.496e11 m"},
    "electric field amplitude", "V/m", E0, laws=2,
    solution=f"I = L/(4πd^2) = {I:.0f} W/m^2; I = ½cε0E0^2 ⇒ E0 = {E0:.0f} V/m.",
    assumptions=["no atmospheric absorption", "treated as a single plane wave"]))

# 12 winch motor inductor energy
L, Rw, V = 0.2, 0.96, 24.0
I = V / Rw
U = 0.5 * L * I**2
Qs.append(Q(F,
    "The tow winch at a paragliding site has a field coil of inductance 0.2 H and resistance 0.96 Ω, connected to a 24 V DC supply. "
    "Once the current has settled, how much energy is stored in the coil's magnetic field?",
    {"inductance": "0.2 H", "coil resistance": "0.96 ohm", "supply voltage": "24 V"},
    "stored magnetic energy", "J", U, laws=2,
    solution=f"Steady state I = V/R = {I:.0f} A; U = ½LI^2 = {U:.1f} J.",
    assumptions=["steady DC", "constant inductance"]))

# 13 ND: average emf without time
Qs.append(Q(F,
    "The compressor motor of an ice-cream van contains a 500-turn coil. When the motor is switched off, the magnetic flux through each turn falls from "
    "4 mWb to zero. What average emf is induced in the coil?",
    {"number of turns": "500 dimensionless", "initial flux per turn": "4 mWb"},
    "average induced emf", "V", None, outcome="not derivable", laws=1,
    solution="Faraday's law ε = NΔΦ/Δt needs the time over which the flux collapses, which is not given and cannot be assumed.",
    assumptions=[]))

# 14 IP: charge not a multiple of e
nq = 2.4e-19 / e
Qs.append(Q(F,
    "A dust particle drifting out of a pottery kiln's flue is found to carry a negative charge of exactly 2.4 × 10^-19 C. How many extra electrons has it picked up?",
    {"charge on the particle": "2.4e-19 C"},
    "number of extra electrons", "dimensionless", None, outcome="ill-posed", laws=1,
    solution=f"n = q/e = {nq:.3f}, not a whole number; charge is quantised in units of e, so this charge is impossible.",
    assumptions=[]))

# 15 AMB: angle 'to the loop'
B, a, ang = 0.5, 0.20, 30.0
Phi_plane = B * a**2 * math.sin(math.radians(ang))
Phi_normal = B * a**2 * math.cos(math.radians(ang))
Qs.append(Q(F,
    "A square train-detection loop in a railway tunnel, 20 cm on each side, sits in a uniform 0.5 T magnetic field from a passing magnet. "
    "The field is directed at 30° to the loop. What magnetic flux passes through the loop?",
    {"side of the loop": "20 cm", "magnetic field": "0.5 T", "angle of the field to the loop": "30 degree"},
    "magnetic flux", "Wb", None, outcome="ambiguous", laws=1,
    solution=f"Φ = BA cosθ with θ measured from the normal. If 30° is measured from the plane of the loop, Φ = BA sin30° = {Phi_plane:.4f} Wb; "
             f"if from the loop's axis (normal), Φ = BA cos30° = {Phi_normal:.4f} Wb.",
    assumptions=["uniform field"]))

assert len(Qs) == 15
