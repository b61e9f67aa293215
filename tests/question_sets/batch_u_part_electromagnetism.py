import math
from batch_u_common import *

F = "electromagnetism"
QUESTIONS = []
add = QUESTIONS.append

# E1 hospital: MRI solenoid current
B, L, N = 1.5, 1.8, 6000
I = B * L / (mu0 * N)
add(Q(F,
      "The superconducting magnet of a hospital MRI scanner can be modelled as a long solenoid 1.8 m long with 6000 "
      "turns. What current is needed in the winding to produce a 1.5 T field inside it?",
      {"field inside the solenoid": "1.5 T", "length of the solenoid": "1.8 m", "number of turns": "6000 dimensionless"},
      "current in the winding", "A", I, laws=1,
      solution=f"B = mu0 N I / L -> I = B L/(mu0 N) = {I:.1f} A",
      assumptions=["ideal long solenoid"]))

# E2 radio station: field midway between two opposite currents
I, d = 25.0, 0.040
Bmid = 2 * mu0 * I / (2 * math.pi * (d / 2))
add(Q(F,
      "Two long parallel power cables run 30 m along the radio station's cable tray, 4.0 cm apart, carrying 25 A of DC "
      "current in opposite directions (supply and return). What is the magnetic field midway between them?",
      {"length of the cables": "30 m", "separation of the cables": "4.0 cm", "current in each cable": "25 A"},
      "magnetic field midway between the cables", "uT", Bmid * 1e6, laws=2, irrelevant=["length of the cables"],
      solution=f"each cable: mu0 I/(2 pi r) with r = 2.0 cm gives {Bmid/2*1e6:.2f} uT; fields add: {Bmid*1e6:.2f} uT",
      assumptions=["long straight wires", "Earth's field ignored"]))

# E3 wind farm: rms emf of generator coil
N, B, A, rpm = 150, 0.80, 0.12, 1500.0
w = rpm * 2 * math.pi / 60
Epk = N * B * A * w
Erms = Epk / math.sqrt(2)
add(Q(F,
      "A test generator at a wind farm has a rectangular coil of 150 turns, each of area 0.12 m^2, rotating at "
      "1500 rpm in a uniform 0.80 T magnetic field (axis perpendicular to the field). What is the rms value of the "
      "induced emf?",
      {"number of turns": "150 dimensionless", "area of each turn": "0.12 m^2", "rotation rate": "1500 rpm",
       "magnetic field": "0.80 T"},
      "rms emf", "V", Erms, laws=2,
      solution=f"omega = {w:.3f} rad/s; peak emf = N B A omega = {Epk:.1f} V; rms = peak/sqrt2 = {Erms:.1f} V",
      assumptions=["sinusoidal emf"]))

# E4 bicycle shop: motional emf across handlebar
B, L, v = 45e-6, 0.62, 8.0
emf = B * L * v
add(Q(F,
      "A courier leaves the bicycle shop on a new bike and rides straight along a level road at 8.0 m/s. Its steel handlebar is 0.62 m wide and "
      "horizontal, perpendicular to the direction of motion. The vertical component of the Earth's magnetic field is "
      "45 µT. What emf is induced between the ends of the handlebar?",
      {"speed of the bike": "8.0 m/s", "handlebar width": "0.62 m",
       "vertical component of Earth's field": "45 uT"},
      "induced emf", "uV", emf * 1e6, laws=1,
      solution=f"motional emf = B L v = 45e-6*0.62*8.0 = {emf*1e6:.1f} uV",
      assumptions=[]))

# E5 observatory: proton radius of curvature from kinetic energy
K, B = 1.0e3 * e, 5.0e-9
v = math.sqrt(2 * K / mp)
r = mp * v / (e * B)
add(Q(F,
      "The observatory's space-weather team tracks solar-wind protons with kinetic energy 1.0 keV moving perpendicular "
      "to an interplanetary magnetic field of 5.0 nT. What is the radius of their circular motion?",
      {"kinetic energy of a proton": "1.0 keV", "magnetic field": "5.0 nT"},
      "radius of the circular motion", "km", r / 1000, laws=2,
      solution=f"v = sqrt(2K/m) = {v:.4e} m/s; r = m v/(e B) = {r/1000:.1f} km",
      assumptions=["non-relativistic protons", "CODATA proton mass"]))

# E6 laundrette: Coulomb force between socks
q, d = 50e-9, 0.030
Fc = k_e * q * q / d ** 2
add(Q(F,
      "Two socks come out of a laundrette dryer each carrying a charge of magnitude 50 nC, one positive and one "
      "negative. Treating them as point charges 3.0 cm apart, what is the attractive force between them?",
      {"charge on each sock": "50 nC", "separation": "3.0 cm"},
      "attractive force", "mN", Fc * 1000, laws=1,
      solution=f"F = k q^2/r^2 = {Fc*1000:.3f} mN",
      assumptions=["point charges in air (k = 8.988e9 N m^2/C^2)"]))

# E7 fire station: transformer primary current, distractor turns
Vp, Vs, RL, Np = 230.0, 12.0, 2.4, 1150
Is = Vs / RL
Ip = Is * Vs / Vp
add(Q(F,
      "A battery charger in the fire station uses an ideal transformer with 1150 primary turns to step the 230 V mains "
      "down to 12 V. The secondary feeds a 2.4 Ω resistive load. What current flows in the primary?",
      {"number of primary turns": "1150 dimensionless", "primary voltage": "230 V", "secondary voltage": "12 V",
       "load resistance": "2.4 ohm"},
      "primary current", "A", Ip, laws=2, irrelevant=["number of primary turns"],
      solution=f"I_s = 12/2.4 = {Is:.1f} A; ideal transformer: I_p = I_s V_s/V_p = {Ip:.4f} A",
      assumptions=["ideal transformer"]))

# E8 submarine: average emf in pickup coil
N, A, dB, dt = 500, 2.0e-4, 60e-3, 15e-3
emf = N * A * dB / dt
add(Q(F,
      "A magnetometer pickup coil aboard a submarine has 500 turns, each of area 2.0 cm^2, with its axis along the "
      "field. During a test the field through it rises uniformly from zero to 60 mT in 15 ms. What average emf is "
      "induced?",
      {"number of turns": "500 dimensionless", "area of each turn": "2.0 cm^2", "final field": "60 mT",
       "time taken": "15 ms"},
      "average induced emf", "V", emf, laws=1,
      solution=f"emf = N A dB/dt = 500*2.0e-4*0.060/0.015 = {emf:.3f} V",
      assumptions=["uniform field over the coil"]))

# E9 skate park: spark threshold charge
Eb, gap, Cb = 3.0e6, 4.0e-3, 150e-12
V = Eb * gap
q = Cb * V
add(Q(F,
      "After skating on a dry day, a skater reaches for a metal handrail and a spark jumps across a 4.0 mm air gap. "
      "Air breaks down at about 3.0 MV/m. Modelling the skater's body as a capacitor of 150 pF, how much charge was "
      "on the skater just before the spark?",
      {"length of the air gap": "4.0 mm", "breakdown field of air": "3.0 MV/m", "capacitance of the body": "150 pF"},
      "charge on the skater", "uC", q * 1e6, laws=2,
      solution=f"V = E d = {V:.0f} V; Q = C V = {q*1e6:.2f} uC",
      assumptions=["uniform field across the gap"]))

# E10 concert hall: loudspeaker cone acceleration
L, B, I, m = 8.0, 1.1, 2.5, 0.020
Fm = B * I * L
a = Fm / m
add(Q(F,
      "The voice coil of a concert-hall subwoofer contains 8.0 m of wire sitting in a radial magnetic field of 1.1 T, "
      "perpendicular to the wire everywhere. The moving cone and coil have a mass of 20 g. At the instant the current is "
      "2.5 A, what is the acceleration of the cone, ignoring the suspension and air loading?",
      {"length of wire in the field": "8.0 m", "magnetic field": "1.1 T", "current": "2.5 A",
       "mass of cone and coil": "20 g"},
      "acceleration of the cone", "m/s^2", a, laws=2,
      solution=f"F = B I L = {Fm:.1f} N; a = F/m = {a:.0f} m/s^2",
      assumptions=[]))

# E11 greenhouse: RL series current
L, Rr, V, f = 0.50, 100.0, 230.0, 50.0
XL = 2 * math.pi * f * L
I = V / math.sqrt(Rr ** 2 + XL ** 2)
add(Q(F,
      "An old grow-light circuit in a greenhouse consists of a 0.50 H inductor (ballast) in series with a 100 Ω "
      "resistive lamp, connected to 230 V rms, 50 Hz mains. What rms current flows?",
      {"inductance": "0.50 H", "lamp resistance": "100 ohm", "rms supply voltage": "230 V", "supply frequency": "50 Hz"},
      "rms current", "A", I, laws=2,
      solution=f"X_L = 2 pi f L = {XL:.2f} ohm; Z = sqrt(R^2 + X_L^2) = {math.sqrt(Rr**2+XL**2):.2f} ohm; I = {I:.4f} A",
      assumptions=["ideal inductor, lamp treated as constant resistance"]))

# E12 library: anti-theft tag capacitance
f, L = 8.2e6, 2.5e-6
Cc = 1 / ((2 * math.pi * f) ** 2 * L)
add(Q(F,
      "The library's anti-theft tags are small LC circuits that resonate at 8.2 MHz. If the coil in a tag has an "
      "inductance of 2.5 µH, what capacitance must the tag have?",
      {"resonant frequency": "8.2 MHz", "inductance of the coil": "2.5 uH"},
      "capacitance of the tag", "pF", Cc * 1e12, laws=1,
      solution=f"f = 1/(2 pi sqrt(LC)) -> C = 1/((2 pi f)^2 L) = {Cc*1e12:.2f} pF",
      assumptions=[]))

# E13 radio station: not derivable (no field)
add(Q(F,
      "An old CRT monitor in the radio station's archive room bends its electron beam with a magnetic deflection coil. "
      "The electrons move at 3.0 × 10^7 m/s perpendicular to the coil's field. What is the radius of curvature of the beam?",
      {"speed of the electrons": "3.0e7 m/s"},
      "radius of curvature", "cm", outcome="not derivable", laws=1,
      solution="r = m v/(e B) requires the magnetic field strength of the deflection coil, which is not given.",
      assumptions=[]))

# E14 hospital: ill-posed transformer
add(Q(F,
      "A hospital X-ray unit uses an ideal transformer with 200 primary turns and 50 secondary turns to step 120 V up to "
      "480 V. If the secondary supplies 2.0 A, what current does the primary draw?",
      {"number of primary turns": "200 dimensionless", "number of secondary turns": "50 dimensionless",
       "primary voltage": "120 V", "secondary voltage": "480 V", "secondary current": "2.0 A"},
      "primary current", "A", outcome="ill-posed", laws=2,
      solution="For an ideal transformer V_s/V_p = N_s/N_p = 0.25, so 120 V would become 30 V, not 480 V (which would "
               "need a 1:4 step-up). The turns ratio and voltages contradict each other.",
      assumptions=["ideal transformer"]))

# E15 wind farm: ambiguous angle reference for flux
N, A, B, a, dt = 100, 0.020, 0.50, 30.0, 0.10
e1 = N * A * B * math.cos(math.radians(a)) / dt
e2 = N * A * B * math.sin(math.radians(a)) / dt
add(Q(F,
      "A 100-turn search coil of area 0.020 m^2 is mounted near a wind-turbine generator where the magnetic field is "
      "0.50 T, at 30 degrees to the coil. When the generator trips, the field falls to zero in 0.10 s. What average emf "
      "is induced in the coil?",
      {"number of turns": "100 dimensionless", "area of the coil": "0.020 m^2", "magnetic field": "0.50 T",
       "angle between field and coil": "30 degree", "time for the field to vanish": "0.10 s"},
      "average induced emf", "V", outcome="ambiguous", laws=1,
      solution=f"If the 30 degrees is between the field and the coil's normal, emf = N B A cos30/t = {e1:.2f} V; if it is "
               f"between the field and the plane of the coil, emf = N B A sin30/t = {e2:.2f} V.",
      assumptions=["uniform field"]))
