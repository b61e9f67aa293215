import math
from batch_u_common import *

F = "mechanics"
QUESTIONS = []
add = QUESTIONS.append

# M1 ski resort: energy with friction work
m, hgt, Wf = 72.0, 35.0, 8.0e3
v = math.sqrt(2 * (m * g * hgt - Wf) / m)
add(Q(F,
      "A 72 kg skier starts from rest at the top of a run whose finish is 35 m lower. "
      "Over the whole descent, friction from the snow and air drag together remove 8.0 kJ of mechanical energy. "
      "How fast is she moving at the finish? Give your answer in km/h.",
      {"mass of the skier": "72 kg", "vertical drop of the run": "35 m",
       "energy removed by friction and drag": "8.0 kJ"},
      "speed at the finish", "km/h", v * 3.6, laws=2,
      solution=f"mgh = {m*g*hgt:.0f} J; KE = mgh - 8000 = {m*g*hgt-Wf:.0f} J; v = sqrt(2KE/m) = {v:.3f} m/s = {v*3.6:.2f} km/h",
      assumptions=[G_ASSUME, "skier starts from rest"]))

# M2 library: book cart with friction, kinematics
m, Fp, mu, t = 25.0, 60.0, 0.18, 4.0
a = (Fp - mu * m * g) / m
d = 0.5 * a * t ** 2
add(Q(F,
      "A librarian pushes a loaded book cart of total mass 25 kg with a steady horizontal force of 60 N. "
      "The coefficient of kinetic friction between the cart and the carpet is 0.18. "
      "If the cart starts from rest, how far does it travel in the first 4.0 s?",
      {"mass of the loaded cart": "25 kg", "horizontal pushing force": "60 N",
       "coefficient of kinetic friction": "0.18 dimensionless", "time of pushing": "4.0 s"},
      "distance travelled", "m", d, laws=2,
      solution=f"a = (60 - 0.18*25*9.81)/25 = {a:.4f} m/s^2; d = a t^2/2 = {d:.3f} m",
      assumptions=[G_ASSUME, "friction treated as kinetic throughout"]))

# M3 wind farm: blade tip speed, distractor hub height
D, rpm = 126.0, 12.1
vt = math.pi * D * rpm / 60
add(Q(F,
      "An offshore wind turbine has a rotor diameter of 126 m and its hub sits 90 m above sea level. "
      "At rated wind speed the rotor turns at 12.1 rpm. What is the speed of a blade tip?",
      {"rotor diameter": "126 m", "hub height": "90 m", "rotation rate": "12.1 rpm"},
      "blade tip speed", "m/s", vt, laws=1, irrelevant=["hub height"],
      solution=f"v = pi*D*n = pi*126*12.1/60 = {vt:.3f} m/s",
      assumptions=[]))

# M4 bicycle shop: hoop wheel braking torque
m, r, rpm, t = 1.2, 0.34, 180.0, 6.0
I = m * r ** 2
w = rpm * 2 * math.pi / 60
tau = I * w / t
add(Q(F,
      "In a bicycle shop a mechanic spins a wheel on a truing stand at 180 rpm and then lets a brake pad bring it "
      "to rest uniformly in 6.0 s. Treat the wheel as a thin hoop of mass 1.2 kg and radius 0.34 m. "
      "What is the magnitude of the braking torque?",
      {"initial rotation rate": "180 rpm", "stopping time": "6.0 s",
       "mass of the wheel": "1.2 kg", "radius of the wheel": "0.34 m"},
      "braking torque", "N*m", tau, laws=2,
      solution=f"I = m r^2 = {I:.5f} kg m^2; omega = {w:.4f} rad/s; alpha = omega/t = {w/t:.4f} rad/s^2; tau = I alpha = {tau:.4f} N m",
      assumptions=["all mass at the rim (thin hoop)", "uniform deceleration"]))

# M5 skate park: normal force at bottom of quarter pipe
m, Rr = 55.0, 3.2
N = m * g + m * (2 * g * Rr) / Rr
add(Q(F,
      "A 55 kg skateboarder drops in from rest at the top of a quarter pipe whose curved transition is a quarter "
      "circle of radius 3.2 m. Treating her as a point mass and ignoring friction, what normal force does the ramp "
      "exert on her at the bottom of the curve?",
      {"mass of the skateboarder": "55 kg", "radius of the transition": "3.2 m"},
      "normal force at the bottom", "N", N, laws=2,
      solution=f"v^2 = 2gR; N = mg + m v^2/R = 3mg = {N:.2f} N",
      assumptions=[G_ASSUME, "frictionless, starts from rest at the top of the curve"]))

# M6 fire station: sliding pole with friction
m, L, Ff = 80.0, 4.5, 620.0
a = g - Ff / m
v = math.sqrt(2 * a * L)
add(Q(F,
      "An 80 kg firefighter slides 4.5 m down the station's brass pole, starting from rest. Gripping the pole, "
      "he experiences a constant friction force of 620 N. What is his speed when he reaches the floor?",
      {"mass of the firefighter": "80 kg", "length of the slide": "4.5 m", "friction force": "620 N"},
      "speed at the floor", "m/s", v, laws=2,
      solution=f"a = g - f/m = {a:.3f} m/s^2; v = sqrt(2 a L) = {v:.3f} m/s",
      assumptions=[G_ASSUME]))

# M7 hospital ward: force to accelerate bed
m, v1, t, Fr = 160.0, 1.2, 2.5, 45.0
Fn = m * v1 / t + Fr
add(Q(F,
      "A porter wheels a hospital bed with its patient (160 kg in total) out of a ward into a 30 m long corridor. "
      "Starting from rest, he brings it up to 1.2 m/s in 2.5 s with uniform acceleration, while rolling resistance "
      "amounts to 45 N. What horizontal force must he apply during this time?",
      {"mass of bed and patient": "160 kg", "length of the corridor": "30 m",
       "final speed": "1.2 m/s", "time to reach that speed": "2.5 s", "rolling resistance": "45 N"},
      "horizontal force applied by the porter", "N", Fn, laws=2, irrelevant=["length of the corridor"],
      solution=f"a = 1.2/2.5 = 0.48 m/s^2; F = m a + 45 = {Fn:.1f} N",
      assumptions=[]))

# M8 aquarium: dolphin jump height
v0, th = 9.0, 60.0
hmax = (v0 * math.sin(math.radians(th))) ** 2 / (2 * g)
add(Q(F,
      "During a show at the aquarium, a 150 kg dolphin leaves the water at 9.0 m/s, moving at 60 degrees above the "
      "horizontal. Ignoring air resistance, how high above the water surface does it rise?",
      {"mass of the dolphin": "150 kg", "launch speed": "9.0 m/s", "launch angle above the horizontal": "60 degree"},
      "maximum height above the water", "m", hmax, laws=1, irrelevant=["mass of the dolphin"],
      solution=f"h = (v sin60)^2/(2g) = {hmax:.4f} m",
      assumptions=[G_ASSUME, "dolphin treated as a point (centre of mass)", "no air resistance"]))

# M9 observatory: shutter lift power with efficiency
m, hgt, t, eta = 450.0, 6.0, 20.0, 0.70
P = m * g * hgt / t / eta
add(Q(F,
      "The 450 kg shutter of an observatory dome is hoisted 6.0 m vertically at constant speed in 20 s. "
      "The electric motor and gearbox are 70% efficient. What electrical power does the motor draw?",
      {"mass of the shutter": "450 kg", "height lifted": "6.0 m", "time taken": "20 s",
       "efficiency of motor and gearbox": "70 percent"},
      "electrical power drawn", "W", P, laws=2,
      solution=f"P_mech = mgh/t = {m*g*hgt/t:.1f} W; P_elec = P_mech/0.70 = {P:.1f} W",
      assumptions=[G_ASSUME, "constant speed, so no change in kinetic energy"]))

# M10 laundrette: centripetal acceleration in spin drum
r, rpm = 0.25, 1200.0
w = rpm * 2 * math.pi / 60
ac = w ** 2 * r
add(Q(F,
      "A laundrette washing machine holds an 8 kg load of clothes and spins its 0.25 m radius drum at 1200 rpm "
      "in the final spin cycle. What is the centripetal acceleration of a sock pressed against the drum wall?",
      {"mass of the laundry load": "8 kg", "radius of the drum": "0.25 m", "spin rate": "1200 rpm"},
      "centripetal acceleration", "m/s^2", ac, laws=1, irrelevant=["mass of the laundry load"],
      solution=f"omega = {w:.3f} rad/s; a = omega^2 r = {ac:.1f} m/s^2",
      assumptions=[]))

# M11 submarine: recoil from torpedo launch
M, mt, vt = 2000e3, 1500.0, 20.0
vr = mt * vt / M
add(Q(F,
      "A submarine at rest has a mass of 2000 tonnes not counting its torpedo. It launches a 1500 kg torpedo "
      "horizontally at 20 m/s relative to the water. Ignoring water resistance during the launch, with what speed "
      "does the submarine recoil?",
      {"mass of the submarine without the torpedo": "2000 tonne", "mass of the torpedo": "1500 kg",
       "launch speed of the torpedo": "20 m/s"},
      "recoil speed of the submarine", "cm/s", vr * 100, laws=1,
      solution=f"momentum conservation: v = 1500*20/2.0e6 = {vr:.4f} m/s = {vr*100:.3f} cm/s",
      assumptions=["system initially at rest", "no external horizontal forces during launch"]))

# M12 concert hall: not derivable (no friction coefficient)
add(Q(F,
      "A stagehand at the concert hall pushes a heavy loudspeaker cabinet across the wooden stage at a constant "
      "0.5 m/s, applying a horizontal force of 180 N. What is the mass of the cabinet?",
      {"horizontal pushing force": "180 N", "speed of the cabinet": "0.5 m/s"},
      "mass of the speaker cabinet", "kg", outcome="not derivable", laws=2,
      solution="At constant velocity the push equals kinetic friction, 180 N = mu m g, but the friction coefficient "
               "between cabinet and stage is not given and cannot be assumed, so the mass cannot be found.",
      assumptions=[G_ASSUME]))

# M13 radio station: not derivable (no height)
add(Q(F,
      "A rigger working on the radio station's transmitting mast, which broadcasts at 95.3 MHz, drops a 0.8 kg "
      "wrench from the top platform. How long does the wrench take to hit the ground?",
      {"broadcast frequency": "95.3 MHz", "mass of the wrench": "0.8 kg"},
      "time to hit the ground", "s", outcome="not derivable", laws=1,
      solution="Fall time t = sqrt(2H/g) needs the height of the platform, which is not given; mass and broadcast "
               "frequency do not help.",
      assumptions=[G_ASSUME, "no air resistance"]))

# M14 ski resort: ill-posed (speed exceeds energy limit)
vmax = math.sqrt(2 * g * 20)
add(Q(F,
      "A 60 kg snowboarder starts from rest and glides down a frictionless slope with a vertical drop of 20 m, "
      "reaching 30 m/s at the bottom. What is her kinetic energy at the bottom?",
      {"mass of the snowboarder": "60 kg", "vertical drop": "20 m", "speed at the bottom": "30 m/s"},
      "kinetic energy at the bottom", "kJ", outcome="ill-posed", laws=1,
      solution=f"Energy conservation limits the speed to sqrt(2gh) = {vmax:.2f} m/s (KE = mgh = {60*g*20/1000:.2f} kJ), "
               f"but the stated 30 m/s gives KE = 27 kJ. The givens contradict each other.",
      assumptions=[G_ASSUME]))

# M15 bicycle shop: ambiguous angle reference
m, th = 12.0, 25.0
Tv = m * g / (2 * math.cos(math.radians(th)))
Th = m * g / (2 * math.sin(math.radians(th)))
add(Q(F,
      "A 12 kg bicycle is displayed in the shop window hanging from two identical cables attached symmetrically to "
      "the ceiling, each cable at 25 degrees. What is the tension in each cable?",
      {"mass of the bicycle": "12 kg", "angle of each cable": "25 degree"},
      "tension in each cable", "N", outcome="ambiguous", laws=1,
      solution=f"If 25 degrees is measured from the vertical, T = mg/(2cos25) = {Tv:.1f} N; if from the horizontal "
               f"(ceiling), T = mg/(2sin25) = {Th:.1f} N. The reference is not stated.",
      assumptions=[G_ASSUME]))
