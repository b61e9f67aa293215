from batch_v_common import *

F = "electromagnetism"
Qs = []

# E1 force on motor winding
Qs.append(Q(F,
    "A straight 0.25 m long segment of an electric bus's motor winding carries a current of 120 A at right angles to a "
    "0.80 T magnetic field. What is the magnitude of the magnetic force on this segment?",
    {"length of the segment": "0.25 m", "current": "120 A", "magnetic field": "0.80 T"},
    "magnetic force on the segment", "N", 120 * 0.25 * 0.80, laws=1,
    solution="F = I L B = 120*0.25*0.80 = 24 N.",
    assumptions=["uniform field perpendicular to the wire"]))

# E2 regenerative generator peak emf
emf = 200 * 0.40 * 0.030 * 3000 * 2 * math.pi / 60
Qs.append(Q(F,
    "During regenerative braking, a generator coil in an electric bus has 200 turns, each enclosing an area of "
    "0.030 m^2, and rotates at 3000 rpm in a uniform 0.40 T magnetic field. What is the peak emf induced in the coil?",
    {"number of turns": "200 dimensionless", "area of each turn": "0.030 m^2", "rotation rate": "3000 rpm",
     "magnetic field": "0.40 T"},
    "peak emf", "V", emf, laws=1,
    solution=f"omega = 3000*2 pi/60 = {f(3000*2*math.pi/60)} rad/s; emf_peak = N B A omega = {f(emf)} V.",
    assumptions=["axis of rotation perpendicular to the field"]))

# E3 busbar field
B = mu0 * 400 / (2 * math.pi * 0.30)
Qs.append(Q(F,
    "A long straight busbar in a data centre carries a steady current of 400 A at 48 V. Treating it as a thin straight "
    "wire, what is the magnitude of its magnetic field 30 cm away?",
    {"current in the busbar": "400 A", "voltage of the busbar": "48 V", "distance from the busbar": "30 cm"},
    "magnetic field strength", "microtesla", B * 1e6, laws=1, irrelevant=["voltage of the busbar"],
    solution=f"B = mu0 I/(2 pi r) = 2e-7*400/0.30 = {f(B)} T = {f(B*1e6)} microtesla.",
    assumptions=["infinitely long thin conductor", "return conductor far away"]))

# E4 cinema hearing loop, rectangle centre field
a, b, I = 20.0, 15.0, 2.0
B = 2 * mu0 * I / math.pi * math.sqrt(a**2 + b**2) / (a * b)
Qs.append(Q(F,
    "A cinema has an induction loop for hearing-aid users: a single rectangular loop of wire, 20 m by 15 m, laid around "
    "the floor of the hall and carrying a current of 2.0 A. What is the magnetic field strength at the centre of the "
    "rectangle?",
    {"length of the loop": "20 m", "width of the loop": "15 m", "current": "2.0 A"},
    "magnetic field at the centre of the loop", "microtesla", B * 1e6, laws=2,
    solution=f"Biot-Savart for each finite straight side, B = mu0 I (sin a1 + sin a2)/(4 pi d), summed over four sides: B = (2 mu0 I/pi) sqrt(a^2+b^2)/(a b) = {f(B)} T = {f(B*1e6)} microtesla.",
    assumptions=["single turn", "steady (quasi-static) current"]))

# E6 speaker voice coil force and acceleration
Fv = 100 * 2.0 * 2 * math.pi * 0.012 * 1.1
acc = Fv / 0.015
Qs.append(Q(F,
    "A studio monitor's voice coil has 100 turns of radius 1.2 cm and sits in a radial magnetic field of 1.1 T. The coil "
    "and the cone attached to it have a combined mass of 15 g. What is the initial acceleration of the cone when a "
    "current of 2.0 A is switched on (ignore the suspension and the air load)?",
    {"number of turns": "100 dimensionless", "radius of the coil": "1.2 cm", "magnetic field": "1.1 T",
     "mass of coil and cone": "15 g", "current": "2.0 A"},
    "initial acceleration of the cone", "m/s^2", acc, laws=2,
    solution=f"F = N I (2 pi r) B = 100*2.0*2 pi*0.012*1.1 = {f(Fv)} N; a = F/m = {f(acc)} m/s^2.",
    assumptions=["field perpendicular to the wire everywhere"]))

# E7 ESD energy
Ee = 0.5 * 150e-12 * 8000**2
Qs.append(Q(F,
    "A technician walking across a data-centre floor can be modelled as a 150 pF capacitor. If she becomes charged to "
    "8.0 kV, how much energy is released when she touches a grounded server chassis and fully discharges?",
    {"capacitance of the body": "150 pF", "voltage of the body": "8.0 kV"},
    "energy released", "mJ", Ee * 1000, laws=1,
    solution=f"E = C V^2/2 = 0.5*150e-12*(8000)^2 = {f(Ee)} J = {f(Ee*1000)} mJ.",
    assumptions=["complete discharge"]))

# E8 force on electron in X-ray tube
Fe = e * 65e3 / 0.015
Qs.append(Q(F,
    "In a dental X-ray tube, electrons are accelerated across a 1.5 cm gap between cathode and anode by a potential "
    "difference of 65 kV. Treating the field in the gap as uniform, what force acts on each electron?",
    {"width of the gap": "1.5 cm", "potential difference": "65 kV"},
    "force on an electron", "N", Fe, laws=2,
    solution=f"E = V/d = 65000/0.015 = {f(65e3/0.015)} V/m; F = e E = {f(Fe)} N.",
    assumptions=["uniform field"]))

# E9 power line vs Earth's field
r = mu0 * 300 / (2 * math.pi * 0.01 * 50e-6)
Qs.append(Q(F,
    "A long straight power line passing a mountain village carries a current of 300 A. At what distance from the line "
    "does its magnetic field fall to 1.0% of the local Earth's magnetic field of 50 microtesla?",
    {"current in the line": "300 A", "Earth's magnetic field": "50 microtesla", "required fraction": "1.0 percent"},
    "distance from the power line", "m", r, laws=1,
    solution=f"B = mu0 I/(2 pi r) = 0.50 microtesla -> r = 2e-7*300/0.5e-6 = {f(r)} m.",
    assumptions=["single long straight conductor (return current far away)"]))

# E10 ferry hull emf
emf = 45e-6 * 20 * 15 * knot
Qs.append(Q(F,
    "A steel ferry 20 m wide sails at 15 knots in a region where the vertical component of Earth's magnetic field is "
    "45 microtesla. What emf is induced between the two sides of the hull?",
    {"width of the ferry": "20 m", "speed of the ferry": "15 knot",
     "vertical component of Earth's magnetic field": "45 microtesla"},
    "induced emf across the hull", "mV", emf * 1000, laws=1,
    solution=f"15 knots = {f(15*knot)} m/s; emf = B L v = 45e-6*20*{f(15*knot)} = {f(emf)} V = {f(emf*1000)} mV.",
    assumptions=["motional emf in a straight conductor"]))

# E11 solenoid stored energy
n = 1500 / 0.60
B = mu0 * n * 8.0
U = B**2 / (2 * mu0) * math.pi * 0.050**2 * 0.60
Qs.append(Q(F,
    "A lifting electromagnet for a construction site is tested without its iron core as an air-cored solenoid: 1500 "
    "turns wound uniformly over a length of 0.60 m with a radius of 5.0 cm, carrying 8.0 A. Treating it as a long "
    "solenoid, how much magnetic energy is stored inside it?",
    {"number of turns": "1500 dimensionless", "length of the solenoid": "0.60 m", "radius of the solenoid": "5.0 cm",
     "current": "8.0 A"},
    "stored magnetic energy", "J", U, laws=2,
    solution=f"B = mu0 n I = {f(B)} T; energy density B^2/(2 mu0) = {f(B**2/(2*mu0))} J/m^3; volume = {f(math.pi*0.05**2*0.6)} m^3; U = {f(U)} J.",
    assumptions=["long-solenoid approximation, field outside neglected"]))

# E12 water tower sphere charge
Qc = 4 * math.pi * eps0 * 6.0 * 2.0e6
Qs.append(Q(F,
    "During a thunderstorm, the spherical steel tank of a water tower, radius 6.0 m, is raised to a potential of "
    "2.0 MV relative to distant ground. Treating it as an isolated conducting sphere, how much charge is on it?",
    {"radius of the tank": "6.0 m", "potential of the tank": "2.0 MV"},
    "charge on the tank", "mC", Qc * 1000, laws=2,
    solution=f"C = 4 pi eps0 R = {f(4*math.pi*eps0*6.0)} F; Q = C V = {f(Qc)} C = {f(Qc*1000)} mC.",
    assumptions=["isolated sphere in vacuum/air"]))

# E14 pool light transformer turns
Ns = 920 * 12 / 230
Qs.append(Q(F,
    "Underwater lights in a swimming pool run at 12 V from a step-down transformer connected to the 230 V mains. The "
    "primary winding has 920 turns and the lamps draw 300 W in total. Treating the transformer as ideal, how many turns "
    "does the secondary winding have?",
    {"secondary voltage": "12 V", "primary voltage": "230 V", "number of primary turns": "920 dimensionless",
     "power of the lamps": "300 W"},
    "number of secondary turns", "dimensionless", Ns, laws=1, irrelevant=["power of the lamps"],
    solution=f"Ns/Np = Vs/Vp -> Ns = 920*12/230 = {f(Ns)} turns.",
    assumptions=["ideal transformer"]))

# --- non-value ---
Qs.append(Q(F,
    "A 0.80 m long copper bar on the braking section of an amusement-park drop tower slides along two vertical metal "
    "rails at 15 m/s through a horizontal 1.2 T magnetic field, and the rails are joined so that a closed circuit is "
    "formed. What magnetic braking force acts on the bar?",
    {"length of the bar": "0.80 m", "speed of the bar": "15 m/s", "magnetic field": "1.2 T"},
    "magnetic braking force", "N", None, outcome="not derivable", laws=2,
    solution="The emf is B L v = 14.4 V, but the current, and hence F = B I L = B^2 L^2 v/R, needs the resistance of the circuit, which is not given.",
    assumptions=["field perpendicular to the bar and its velocity"]))

Qs.append(Q(F,
    "The nylon envelope of a hot-air balloon becomes electrically charged as it rubs against the ropes during inflation. "
    "Treating the envelope as a conducting sphere of radius 9.0 m, what is the electric field strength just outside "
    "its surface?",
    {"radius of the envelope": "9.0 m"},
    "electric field just outside the surface", "V/m", None, outcome="not derivable", laws=1,
    solution="E = Q/(4 pi eps0 R^2) requires the charge (or potential) on the envelope, which is not given and cannot be assumed.",
    assumptions=["spherical conductor"]))

Qs.append(Q(F,
    "A transformer in a data centre takes 2.0 A from the 230 V supply, and its secondary is measured to deliver 25 A at "
    "24 V to a rack of network switches. What is the efficiency of the transformer?",
    {"primary current": "2.0 A", "primary voltage": "230 V", "secondary current": "25 A", "secondary voltage": "24 V"},
    "efficiency of the transformer", "percent", None, outcome="ill-posed", laws=1,
    solution="Input power 460 W, output power 600 W: the 'efficiency' would be 130%, which violates energy conservation, so the measurements are inconsistent.",
    assumptions=["resistive loads, in-phase voltage and current"]))
