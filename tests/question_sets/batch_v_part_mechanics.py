from batch_v_common import *

F = "mechanics"
Qs = []
G981 = "g = 9.81 m/s^2"

# M1 crane power (construction site)
m, v, eta = 1200.0, 0.50, 0.80
P = m * g * v / eta
Qs.append(Q(F,
    "On a construction site, a tower crane lifts a 1200 kg steel beam straight up at a steady 0.50 m/s "
    "to a height of 25 m. The crane's electric motor is 80% efficient. How much electrical power does the "
    "motor draw while the beam is rising?",
    {"mass of the beam": "1200 kg", "lifting speed": "0.50 m/s", "lifting height": "25 m",
     "motor efficiency": "80 percent"},
    "electrical power drawn by the motor", "kW", P / 1000, laws=2, irrelevant=["lifting height"],
    solution=f"Mechanical power = m g v = 1200*9.81*0.50 = {f(m*g*v)} W; electrical = {f(m*g*v)}/0.80 = {f(P)} W = {f(P/1000)} kW. The height is not needed.",
    assumptions=[G981, "constant speed, so no kinetic-energy change"]))

# M2 roller coaster speed (amusement park)
dh = 42.0 - 5.0
v = math.sqrt(2 * g * dh)
Qs.append(Q(F,
    "An amusement-park roller coaster car of mass 600 kg starts essentially from rest at the top of a 42 m high "
    "hill and rolls down to the bottom of a dip that is 5.0 m above the ground. Ignoring friction and air drag, "
    "how fast is the car moving at the bottom of the dip, in km/h?",
    {"mass of the car": "600 kg", "height of the hilltop": "42 m", "height of the dip above the ground": "5.0 m"},
    "speed at the bottom of the dip", "km/h", v / kmh, laws=1, irrelevant=["mass of the car"],
    solution=f"Energy conservation: v = sqrt(2 g (42-5)) = sqrt(2*9.81*37) = {f(v)} m/s = {f(v/kmh)} km/h. Mass cancels.",
    assumptions=[G981, "no friction or drag", "starts from rest"]))

# M3 loop minimum height (amusement park)
Rl = 8.0
hmin = 2.5 * Rl
Qs.append(Q(F,
    "The loop of a roller coaster is approximately a vertical circle of radius 8.0 m. A small car starts from rest "
    "on a frictionless track. What is the minimum starting height, measured from the bottom of the loop, for the "
    "car to just make it around the top of the loop without losing contact with the track?",
    {"radius of the loop": "8.0 m"},
    "minimum starting height above the bottom of the loop", "m", hmin, laws=2,
    solution="At the top, gravity alone provides the centripetal force: v^2 = g R. Energy: g h = g (2R) + v^2/2, so h = 2.5 R = 20 m.",
    assumptions=["frictionless track", "car treated as a point mass (no rolling energy)"]))

# M4 skaters inelastic (ice rink)
m1, v1, m2 = 70.0, 4.0, 50.0
vf = m1 * v1 / (m1 + m2)
dKE = 0.5 * m1 * v1**2 - 0.5 * (m1 + m2) * vf**2
Qs.append(Q(F,
    "At the ice rink, a 70 kg skater gliding at 4.0 m/s grabs hold of a 50 kg friend who is standing still, and "
    "the two glide off together. How much kinetic energy is lost in this 'collision'?",
    {"mass of the moving skater": "70 kg", "speed of the moving skater": "4.0 m/s", "mass of the friend": "50 kg"},
    "kinetic energy lost", "J", dKE, laws=2,
    solution=f"Momentum: v' = 70*4/120 = {f(vf)} m/s. KE before 560 J, after {f(0.5*120*vf**2)} J, lost {f(dKE)} J.",
    assumptions=["friction of ice negligible during the grab"]))

# M5 puck sliding distance (ice rink)
mu, v0 = 0.020, 12.0
d = v0**2 / (2 * mu * g)
Qs.append(Q(F,
    "A hockey puck of mass 170 g leaves a player's stick at 12 m/s and slides across the rink. The coefficient of "
    "kinetic friction between puck and ice is 0.020. How far does the puck slide before it stops, assuming it hits "
    "nothing on the way?",
    {"mass of the puck": "170 g", "initial speed of the puck": "12 m/s",
     "coefficient of kinetic friction": "0.020 dimensionless"},
    "sliding distance", "m", d, laws=2, irrelevant=["mass of the puck"],
    solution=f"Deceleration a = mu g = {f(mu*g)} m/s^2; d = v^2/(2a) = 144/{f(2*mu*g)} = {f(d)} m.",
    assumptions=[G981, "no air drag", "level ice"]))

# M6 ferry net force
m, vkmh, t = 450e3, 18.0, 60.0
Fn = m * (vkmh * kmh) / t
Qs.append(Q(F,
    "A 450-tonne ferry pulls away from the dock and reaches 18 km/h in 60 s with uniform acceleration. What average "
    "net force acts on the ferry during this time? Give your answer in kilonewtons.",
    {"mass of the ferry": "450 tonne", "final speed": "18 km/h", "time to reach that speed": "60 s"},
    "net force on the ferry", "kN", Fn / 1000, laws=2,
    solution=f"a = (5.0 m/s)/60 s = {f(5/60)} m/s^2; F = m a = 450000*{f(5/60)} = {f(Fn)} N = {f(Fn/1000)} kN.",
    assumptions=["starts from rest", "uniform acceleration"]))

# M8 sandbag from rising balloon
vb, H = 3.0, 80.0
t = (vb + math.sqrt(vb**2 + 2 * g * H)) / g
Qs.append(Q(F,
    "A hot-air balloon is rising at a steady 3.0 m/s. When the basket is 80 m above the ground, the pilot lets go of "
    "a sandbag over the side. Neglecting air resistance on the sandbag, how long does it take the sandbag to reach "
    "the ground?",
    {"rising speed of the balloon": "3.0 m/s", "height when released": "80 m"},
    "time for the sandbag to reach the ground", "s", t, laws=1,
    solution=f"The bag starts with 3.0 m/s upward: -80 = 3 t - 4.905 t^2, so t = (3 + sqrt(9 + 2*9.81*80))/9.81 = {f(t)} s.",
    assumptions=[G981, "no air resistance on the sandbag"]))

# M9 regenerative braking (electric bus)
m, v = 14000.0, 50 * kmh
Erec = 0.60 * 0.5 * m * v**2
Qs.append(Q(F,
    "A 14-tonne electric city bus travelling at 50 km/h brakes to a stop at a bus stop. Its regenerative braking "
    "system returns 60% of the bus's kinetic energy to the battery. How much energy is recovered, in watt-hours?",
    {"mass of the bus": "14 tonne", "initial speed": "50 km/h", "fraction of kinetic energy recovered": "60 percent"},
    "energy recovered", "Wh", Erec / 3600, laws=1,
    solution=f"KE = 0.5*14000*(13.889)^2 = {f(0.5*m*v**2)} J; 60% = {f(Erec)} J = {f(Erec/3600)} Wh.",
    assumptions=["level road"]))

# M10 bus climbing slope power
m, th, crr, v = 12000.0, math.radians(3.0), 0.010, 36 * kmh
Fd = m * g * (math.sin(th) + crr * math.cos(th))
P = Fd * v
Qs.append(Q(F,
    "A fully loaded electric bus of mass 12000 kg climbs a straight road inclined at 3.0 degrees to the horizontal "
    "at a steady 36 km/h. The rolling-resistance coefficient is 0.010; ignore air drag. What mechanical power must "
    "the drive motors deliver to the wheels?",
    {"mass of the bus": "12000 kg", "angle of the road to the horizontal": "3.0 degree", "speed": "36 km/h",
     "rolling resistance coefficient": "0.010 dimensionless"},
    "mechanical power delivered to the wheels", "kW", P / 1000, laws=2,
    solution=f"F = m g (sin3 + 0.010 cos3) = {f(Fd)} N; P = F v = {f(Fd)}*10 = {f(P)} W = {f(P/1000)} kW.",
    assumptions=[G981, "no air drag", "constant speed"]))

# M11 pushing rack at angle below horizontal (data centre)
m, mu, th = 400.0, 0.30, math.radians(20)
Fp = mu * m * g / (math.cos(th) - mu * math.sin(th))
Qs.append(Q(F,
    "A technician pushes a 400 kg server rack across the data-centre floor at constant speed, pushing on it with a "
    "force directed 20 degrees below the horizontal. The coefficient of kinetic friction between the rack's feet and the "
    "floor is 0.30. How hard must the technician push?",
    {"mass of the rack": "400 kg", "angle of the push below the horizontal": "20 degree",
     "coefficient of kinetic friction": "0.30 dimensionless"},
    "magnitude of the pushing force", "N", Fp, laws=2,
    solution=f"F cos20 = mu (m g + F sin20) -> F = mu m g/(cos20 - mu sin20) = 1177.2/{f(math.cos(th)-mu*math.sin(th))} = {f(Fp)} N.",
    assumptions=[G981, "level floor"]))

# M12 beam with curtain (cinema)
L, mb, mc, xc = 6.0, 50.0, 80.0, 2.0
FR = (mb * g * L / 2 + mc * g * xc) / L
Qs.append(Q(F,
    "In a cinema, a uniform steel beam 6.0 m long with a mass of 50 kg rests horizontally on two supports, one at each "
    "end. A heavy stage curtain of mass 80 kg hangs from the beam at a point 2.0 m from the left end. What upward "
    "force does the right-hand support exert on the beam?",
    {"length of the beam": "6.0 m", "mass of the beam": "50 kg", "mass of the curtain": "80 kg",
     "distance of the curtain from the left end": "2.0 m"},
    "force from the right-hand support", "N", FR, laws=2,
    solution=f"Torques about the left end: F_R*6 = 50g*3 + 80g*2 = 310 g -> F_R = {f(FR)} N.",
    assumptions=[G981, "static equilibrium"]))

# M13 snowball thrown horizontally (mountain village)
vx, H = 12.0, 15.0
x = vx * math.sqrt(2 * H / g)
Qs.append(Q(F,
    "A child in a mountain village throws a snowball horizontally at 12 m/s from a balcony 15 m above the level "
    "ground below. How far from the base of the building does the snowball land? Ignore air resistance.",
    {"launch speed": "12 m/s", "height of the balcony": "15 m"},
    "horizontal distance to the landing point", "m", x, laws=1,
    solution=f"Fall time t = sqrt(2*15/9.81) = {f(math.sqrt(2*H/g))} s; x = 12 t = {f(x)} m.",
    assumptions=[G981, "no air resistance"]))

# --- non-value ---
Qs.append(Q(F,
    "A swimmer at the pool pushes off the wall with her feet, exerting an average horizontal force of 900 N on the "
    "wall while her feet are in contact with it. With what speed does she leave the wall?",
    {"average pushing force": "900 N"},
    "speed on leaving the wall", "m/s", None, outcome="not derivable", laws=2,
    solution="Impulse-momentum needs both the contact time (or push distance) and the swimmer's mass; neither is given and neither can reasonably be assumed.",
    assumptions=["starts from rest"]))

Qs.append(Q(F,
    "A 500 kg car on an amusement-park drop tower is released from rest 20 m above the start of the braking section. "
    "The operator states that it is moving at 25 m/s when it reaches the brakes, even though air drag and rail "
    "friction act on it during the fall. How much mechanical energy is dissipated by drag and friction during the "
    "fall?",
    {"mass of the car": "500 kg", "drop height": "20 m", "speed at the brakes": "25 m/s"},
    "energy dissipated by drag and friction", "J", None, outcome="ill-posed", laws=2,
    solution="Without losses the speed after 20 m is sqrt(2*9.81*20) = 19.8 m/s. 25 m/s would need 156 kJ of kinetic energy from only 98.1 kJ of potential energy, so the 'dissipated' energy would be negative: the data contradict energy conservation.",
    assumptions=[G981]))

m, T, mu = 40.0, 200.0, 0.35
def acc(th):
    N = m * g - T * math.sin(th)
    return (T * math.cos(th) - mu * N) / m
a1, a2 = acc(math.radians(30)), acc(math.radians(60))
Qs.append(Q(F,
    "On a construction site a worker drags a 40 kg crate of tiles across the level concrete floor with a rope "
    "inclined at 30 degrees. The tension in the rope is 200 N and the coefficient of kinetic friction is 0.35. What is "
    "the acceleration of the crate?",
    {"mass of the crate": "40 kg", "rope angle": "30 degree", "tension in the rope": "200 N",
     "coefficient of kinetic friction": "0.35 dimensionless"},
    "acceleration of the crate", "m/s^2", None, outcome="ambiguous", laws=2,
    solution=f"The reference of the 30 degree angle is not stated. Measured from the horizontal: a = {f(a1)} m/s^2; measured from the vertical (60 degrees above the horizontal): a = {f(a2)} m/s^2.",
    assumptions=[G981, "rope pulls upward of the horizontal"]))
