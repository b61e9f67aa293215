from batch_y_common import *

F = "mechanics"
Qs = []

# 1 golf range (distractor: ball mass)
v0, th = 45.0, 30.0
rng = v0**2 * math.sin(math.radians(2 * th)) / g
Qs.append(Q(F,
    "On the 7th hole of a golf course, a golfer strikes a 45.9 g ball so that it leaves the level fairway "
    "at 45 m/s, 30° above the horizontal. Ignoring air resistance, how far down the fairway does the ball land?",
    {"speed of the ball": "45 m/s", "launch angle": "30 degree", "mass of the ball": "45.9 g"},
    "horizontal range of the ball", "m", rng, laws=1, irrelevant=["mass of the ball"],
    solution=f"R = v^2 sin(2θ)/g = 45^2 × sin60° / 9.81 = {rng:.1f} m. The mass plays no role.",
    assumptions=["no air resistance", "launch and landing at the same height", "g = 9.81 m/s^2"]))

# 2 tennis racket average force
m, v1, v2, t = 0.057, 30.0, 40.0, 4.5e-3
Favg = m * (v1 + v2) / t
Qs.append(Q(F,
    "On a tennis court, a 57 g ball arrives at a racket at 30 m/s and leaves in the opposite direction at 40 m/s. "
    "The strings are in contact with the ball for 4.5 ms. What is the magnitude of the average force the racket exerts on the ball?",
    {"mass of the ball": "57 g", "incoming speed": "30 m/s", "outgoing speed": "40 m/s", "contact time": "4.5 ms"},
    "average force on the ball", "N", Favg, laws=2,
    solution=f"Δp = m(v1 + v2) = 0.057 × 70 = 3.99 kg m/s (direction reverses); F = Δp/Δt = {Favg:.0f} N.",
    assumptions=["motion along one line", "gravity negligible during contact"]))

# 3 supermarket trolley pushed downward at an angle
m, Fp, ang, mu = 28.0, 60.0, 25.0, 0.15
N = m * g + Fp * math.sin(math.radians(ang))
a = (Fp * math.cos(math.radians(ang)) - mu * N) / m
Qs.append(Q(F,
    "In a supermarket a shopper pushes a loaded 28 kg trolley with a force of 60 N directed 25° below the horizontal "
    "along the handle. The effective coefficient of friction between trolley and floor is 0.15. What is the trolley's acceleration?",
    {"mass of the trolley": "28 kg", "pushing force": "60 N", "angle of push below horizontal": "25 degree",
     "coefficient of friction": "0.15 dimensionless"},
    "acceleration of the trolley", "m/s^2", a, laws=2,
    solution=f"N = mg + F sin25° = {N:.1f} N; friction = 0.15 N = {mu*N:.2f} N; a = (F cos25° − μN)/m = {a:.3f} m/s^2.",
    assumptions=["friction modelled as μN", "g = 9.81 m/s^2"]))

# 4 train through tunnel
v, Lt, Ltr = 54 / 3.6, 1200.0, 180.0
t = (Lt + Ltr) / v
Qs.append(Q(F,
    "A 180 m long passenger train runs at a steady 54 km/h through a railway tunnel 1.2 km long. "
    "How long is it from the moment the front of the locomotive enters the tunnel until the last carriage has fully left it?",
    {"length of the train": "180 m", "speed of the train": "54 km/h", "length of the tunnel": "1.2 km"},
    "time for the train to pass completely through the tunnel", "s", t, laws=1,
    solution=f"Distance = 1200 + 180 = 1380 m; v = 15 m/s; t = {t:.0f} s.",
    assumptions=["constant speed"]))

# 5 paraglider steady glide (distractors: both speeds)
m = 95.0
Faero = m * g
Qs.append(Q(F,
    "At a paragliding site, a pilot and her wing (total mass 95 kg) glide in calm air at a steady 36 km/h horizontally "
    "while sinking at a constant 1.2 m/s. What is the magnitude of the total aerodynamic force (lift plus drag) acting on pilot and wing?",
    {"total mass of pilot and wing": "95 kg", "horizontal speed": "36 km/h", "sink rate": "1.2 m/s"},
    "total aerodynamic force", "N", Faero, laws=1, irrelevant=["horizontal speed", "sink rate"],
    solution=f"Constant velocity ⇒ net force zero, so the aerodynamic force balances the weight: F = mg = {Faero:.0f} N.",
    assumptions=["steady (unaccelerated) flight", "buoyancy of the air neglected", "g = 9.81 m/s^2"]))

# 6 milk churn lifting power
m, hgt, t = 40.0, 1.1, 2.5
P = m * g * hgt / t
Qs.append(Q(F,
    "On a dairy farm, a farmhand lifts a full 40 kg milk churn at steady speed onto a loading platform 1.1 m high, taking 2.5 s. "
    "What average power does the farmhand deliver to the churn?",
    {"mass of the milk churn": "40 kg", "height of the platform": "1.1 m", "time taken": "2.5 s"},
    "average power", "W", P, laws=2,
    solution=f"W = mgh = {m*g*hgt:.1f} J; P = W/t = {P:.0f} W.",
    assumptions=["lifted at constant speed so no kinetic energy gain", "g = 9.81 m/s^2"]))

# 7 ice-cream van skid distance (distractor: mass)
v, mu = 50 / 3.6, 0.6
d = v**2 / (2 * mu * g)
Qs.append(Q(F,
    "A 3.5 tonne ice-cream van travelling at 50 km/h locks its wheels and skids to a stop on dry tarmac. "
    "The coefficient of kinetic friction between tyres and road is 0.6. How far does the van skid?",
    {"mass of the van": "3.5 tonne", "initial speed": "50 km/h", "coefficient of kinetic friction": "0.6 dimensionless"},
    "skid distance", "m", d, laws=2, irrelevant=["mass of the van"],
    solution=f"a = μg = {mu*g:.3f} m/s^2; d = v^2/(2a) = {v:.3f}^2/(2×{mu*g:.3f}) = {d:.1f} m (mass cancels).",
    assumptions=["level road", "constant friction", "g = 9.81 m/s^2"]))

# 8 volcanic bomb time of flight
v = 120.0
t = 2 * v / g
Qs.append(Q(F,
    "Staff at a volcano observatory film a volcanic bomb blasted straight up out of the vent at 120 m/s. "
    "Ignoring air resistance, how long after launch does it fall back to the level of the vent?",
    {"launch speed of the volcanic bomb": "120 m/s"},
    "time of flight", "s", t, laws=1,
    solution=f"t = 2v/g = 240/9.81 = {t:.2f} s.",
    assumptions=["no air resistance", "g = 9.81 m/s^2"]))

# 9 whirling arm centripetal acceleration
r, rpm = 2.5, 120.0
w = rpm * 2 * math.pi / 60
a = w**2 * r
Qs.append(Q(F,
    "A wind-tunnel laboratory tests small propellers on a whirling arm: the test piece sits 2.5 m from the axis and the arm turns at 120 rpm. "
    "What is the centripetal acceleration of the test piece?",
    {"radius of the whirling arm": "2.5 m", "rotation rate": "120 rpm"},
    "centripetal acceleration", "m/s^2", a, laws=1,
    solution=f"ω = 120 × 2π/60 = {w:.3f} rad/s; a = ω^2 r = {a:.1f} m/s^2 (about {a/g:.1f} g).",
    assumptions=["uniform circular motion"]))

# 10 golf cart rolling down a slope
v0, L, ang = 1.0, 12.0, 8.0
v = math.sqrt(v0**2 + 2 * g * L * math.sin(math.radians(ang)))
Qs.append(Q(F,
    "A golf cart with its brake released starts rolling at 1.0 m/s at the top of a straight path 12 m long that slopes down at 8° "
    "to the horizontal. Neglecting friction and rolling resistance, how fast is it moving at the bottom of the path?",
    {"initial speed of the cart": "1.0 m/s", "length of the path": "12 m", "slope angle": "8 degree"},
    "speed at the bottom", "m/s", v, laws=2,
    solution=f"Drop in height h = 12 sin8° = {L*math.sin(math.radians(ang)):.3f} m; energy conservation v = √(v0^2 + 2gh) = {v:.2f} m/s.",
    assumptions=["no friction or rolling resistance", "wheel rotational energy neglected", "g = 9.81 m/s^2"]))

# 11 sled towed at an angle, constant speed
m, mu, ang = 150.0, 0.08, 20.0
T = mu * m * g / (math.cos(math.radians(ang)) + mu * math.sin(math.radians(ang)))
Qs.append(Q(F,
    "At an arctic research station, a snowmobile tows a 150 kg supply sled across level snow at constant speed. "
    "The tow rope makes 20° with the horizontal and the coefficient of kinetic friction between sled and snow is 0.08. What is the tension in the rope?",
    {"mass of the sled": "150 kg", "rope angle above horizontal": "20 degree", "coefficient of kinetic friction": "0.08 dimensionless"},
    "tension in the tow rope", "N", T, laws=2,
    solution=f"T cos20° = μ(mg − T sin20°) ⇒ T = μmg/(cos20° + μ sin20°) = {T:.1f} N.",
    assumptions=["level ground", "constant velocity", "g = 9.81 m/s^2"]))

# 12 paper roll rotational KE
m, r, rpm = 500.0, 0.6, 300.0
w = rpm * 2 * math.pi / 60
I = 0.5 * m * r**2
KE = 0.5 * I * w**2
Qs.append(Q(F,
    "In a printing works, a 500 kg roll of newsprint of radius 0.6 m spins on its axle at 300 rpm as it feeds the press. "
    "Treating the roll as a uniform solid cylinder, how much rotational kinetic energy does it store?",
    {"mass of the paper roll": "500 kg", "radius of the roll": "0.6 m", "rotation rate": "300 rpm"},
    "rotational kinetic energy", "kJ", KE / 1000, laws=2,
    solution=f"I = ½mr^2 = {I:.0f} kg m^2; ω = {w:.2f} rad/s; KE = ½Iω^2 = {KE/1000:.1f} kJ.",
    assumptions=["uniform solid cylinder"]))

# 13 ND: lamp on a cable, no weight
Qs.append(Q(F,
    "A street lamp hangs from the midpoint of a cable strung between two poles 30 m apart. At the lamp, each half of the cable "
    "dips at 10° below the horizontal. What is the tension in the cable?",
    {"distance between the poles": "30 m", "cable angle below horizontal": "10 degree"},
    "tension in the cable", "N", None, outcome="not derivable", laws=1,
    solution="Vertical balance gives 2T sin10° = W, but the weight (or mass) of the lamp is not given and cannot be assumed; "
             "the pole spacing does not help. The tension cannot be found.",
    assumptions=["cable mass negligible"]))

# 14 IP: ball rebounds higher than dropped
Qs.append(Q(F,
    "On a tennis court, a 58 g ball is dropped from rest from a height of 2.0 m onto the hard court and, with nothing else touching it, "
    "rebounds to a height of 2.6 m. What fraction of its mechanical energy is lost in the bounce?",
    {"mass of the ball": "58 g", "drop height": "2.0 m", "rebound height": "2.6 m"},
    "fraction of mechanical energy lost", "percent", None, outcome="ill-posed", laws=1,
    solution="A passive ball cannot rebound higher than it was dropped: the data imply a 30% energy gain "
             "(mg×2.6 > mg×2.0), which violates energy conservation. The givens are physically impossible.",
    assumptions=["no external energy source"]))

# 15 AMB: '2-ton' pallet
hgt = 3.0
W_metric = 2000 * g * hgt
W_short = 2 * short_ton_kg * g * hgt
Qs.append(Q(F,
    "In a supermarket warehouse a forklift raises a 2-ton pallet of bottled water 3.0 m onto a high shelf. "
    "How much work does the forklift do on the pallet?",
    {"mass of the pallet": "2 ton", "lift height": "3.0 m"},
    "work done on the pallet", "kJ", None, outcome="ambiguous", laws=1,
    solution=f"W = mgh. 'Ton' is ambiguous: metric tonnes (2000 kg) give W = {W_metric/1000:.1f} kJ; "
             f"US short tons (2 × 907.18 kg = 1814.4 kg) give W = {W_short/1000:.1f} kJ.",
    assumptions=["lifted at constant speed", "g = 9.81 m/s^2"]))

assert len(Qs) == 15
