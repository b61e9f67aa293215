from batch_x_common import *

F = "mechanics"
Qs = []

# 1 archery range - horizontal projectile (distractor: arrow mass)
gv = {"launch speed of the arrow": "62 m/s",
      "height of the arrow above the ground at release": "1.5 m",
      "mass of the arrow": "25 g"}
v, hh, m = vals(gv)
t = math.sqrt(2 * hh / g); x = v * t
Qs.append(Q(F,
    "At an archery range an archer shoots a 25 g arrow horizontally at 62 m/s from a height of 1.5 m above level ground and misses the target boss completely. Ignoring air resistance, how far from the point of release (measured horizontally) does the arrow land?",
    gv, "horizontal distance travelled by the arrow", "m", x, laws=2,
    irrelevant=["mass of the arrow"],
    solution=f"Vertical free fall: t = sqrt(2h/g) = {t:.4f} s. Horizontal: x = v t = {x:.2f} m. The mass does not matter.",
    assumptions=["no air resistance", "g = 9.81 m/s^2", "level ground"]))

# 2 cable car - power to lift
gv = {"mass of the loaded cabin": "2400 kg",
      "vertical height gained": "850 m",
      "duration of the trip": "7.5 min"}
m, hh, tmin = vals(gv)
P = m * g * hh / (tmin * 60)
Qs.append(Q(F,
    "A mountain cable car cabin with passengers has a total mass of 2400 kg. It is hauled up at steady speed and gains 850 m of height in 7.5 min. There is no counterweight and friction can be ignored. What average power must the drive station deliver to the cabin?",
    gv, "average power delivered to the cabin", "kW", P / 1000, laws=2,
    solution=f"Work = gain in potential energy m g h = {m*g*hh:.4g} J; P = W/t = {P:.4g} W = {P/1000:.2f} kW.",
    assumptions=["constant speed so no change in kinetic energy", "no friction", "g = 9.81 m/s^2"]))

# 3 motor racing - flat curve friction
gv = {"speed of the car": "120 km/h", "radius of the curve": "150 m"}
vk, r = vals(gv)
v = vk / 3.6
mu = v**2 / (r * g)
Qs.append(Q(F,
    "On a flat, unbanked section of a motor racing circuit, a car takes a curve of radius 150 m at a steady 120 km/h. Ignoring aerodynamic downforce, what is the minimum coefficient of static friction between tyres and track needed so that the car does not slide outward?",
    gv, "minimum coefficient of static friction", "dimensionless", mu, laws=2,
    solution=f"v = {v:.3f} m/s. Friction supplies centripetal force: mu m g = m v^2/r, so mu = v^2/(r g) = {mu:.3f}.",
    assumptions=["flat (unbanked) curve", "no downforce", "g = 9.81 m/s^2"]))

# 4 kite festival - components of tension
gv = {"tension in the kite line": "45 N", "angle of the line above the horizontal": "40 degree"}
T, ang = vals(gv)
Fx = T * math.cos(math.radians(ang))
Qs.append(Q(F,
    "At a kite festival a child holds a kite whose straight line pulls on her hands with a tension of 45 N, directed 40 degrees above the horizontal. What is the horizontal component of the force the line exerts on her?",
    gv, "horizontal component of the line force", "N", Fx, laws=1,
    solution=f"F_x = T cos(40 deg) = {Fx:.2f} N.",
    assumptions=["straight, massless line at the hand"]))

# 5 carpentry workshop - work-energy, nail
gv = {"mass of the hammer head": "1.2 kg", "speed of the hammer head at impact": "6.5 m/s",
      "depth the nail is driven": "8 mm"}
m, v, d = vals(gv)
Fav = 0.5 * m * v**2 / (d / 1000)
Qs.append(Q(F,
    "In a carpentry workshop a 1.2 kg hammer head strikes a nail at 6.5 m/s. Hammer and nail move together and stop after the nail has been driven 8 mm into an oak beam. Treating the nail as massless and ignoring gravity during the blow, what average resisting force does the wood exert?",
    gv, "average resisting force of the wood", "N", Fav, laws=1,
    solution=f"Work-energy theorem: F d = (1/2) m v^2 = {0.5*m*v**2:.3f} J, so F = {Fav:.0f} N.",
    assumptions=["nail massless", "gravity negligible during the blow", "all kinetic energy removed by wood friction"]))

# 6 cruise ship - impulse (distractor: length)
gv = {"mass of the ship": "70000 tonne", "initial speed": "22 knot", "final speed": "12 knot",
      "time taken to slow down": "9 min", "length of the ship": "290 m"}
m_t, v1, v2, tmin, L = vals(gv)
Fb = m_t * 1000 * (v1 - v2) * knot / (tmin * 60)
Qs.append(Q(F,
    "A 290 m long cruise ship of mass 70000 tonnes slows steadily from 22 knots to 12 knots over 9 minutes as it approaches the harbour. What is the magnitude of the average net horizontal force on the ship during this time?",
    gv, "average net force on the ship", "kN", Fb / 1000, laws=1,
    irrelevant=["length of the ship"],
    solution=f"Delta v = 10 knots = {(v1-v2)*knot:.4f} m/s; F = m Delta v / Delta t = {Fb:.4g} N = {Fb/1000:.0f} kN.",
    assumptions=["1 knot = 1852 m/h", "metric tonne = 1000 kg"]))

# 7 hydroelectric - centripetal acceleration of turbine rim
gv = {"radius of the turbine runner": "0.9 m", "rotation rate": "500 rpm"}
r, n = vals(gv)
w = 2 * math.pi * n / 60
a = w**2 * r
Qs.append(Q(F,
    "The runner of a Pelton turbine in a small hydroelectric plant has a radius of 0.9 m and spins at a steady 500 rpm. What is the centripetal acceleration of a point on its rim?",
    gv, "centripetal acceleration at the rim", "m/s**2", a, laws=1,
    solution=f"omega = 2 pi n/60 = {w:.3f} rad/s; a = omega^2 r = {a:.0f} m/s^2.",
    assumptions=["uniform rotation"]))

# 8 beekeeping - pulling at an angle with friction
gv = {"mass of the hive box": "28 kg", "angle of the rope above horizontal": "30 degree",
      "coefficient of kinetic friction": "0.35 dimensionless"}
m, th, mu = vals(gv)
thr = math.radians(th)
T = mu * m * g / (math.cos(thr) + mu * math.sin(thr))
Qs.append(Q(F,
    "A beekeeper drags a full 28 kg hive box across a wooden floor at constant speed using a rope that makes 30 degrees with the horizontal. The coefficient of kinetic friction between box and floor is 0.35. What tension must the rope have?",
    gv, "tension in the rope", "N", T, laws=2,
    solution=f"Vertical: N = mg - T sin(theta). Horizontal: T cos(theta) = mu N. So T = mu m g/(cos theta + mu sin theta) = {T:.1f} N.",
    assumptions=["constant velocity", "g = 9.81 m/s^2"]))

# 9 oil rig - crane lifting with acceleration
gv = {"mass of the pipe section": "3.5 tonne", "upward acceleration": "0.6 m/s**2"}
m_t, a = vals(gv)
T = m_t * 1000 * (g + a)
Qs.append(Q(F,
    "An offshore oil rig's crane starts lifting a 3.5 tonne drill-pipe section from the deck with an upward acceleration of 0.6 m/s^2. What is the tension in the crane cable during this acceleration?",
    gv, "tension in the crane cable", "kN", T / 1000, laws=1,
    solution=f"Newton's 2nd law: T - mg = ma, so T = m(g + a) = {T:.0f} N = {T/1000:.2f} kN.",
    assumptions=["massless cable", "g = 9.81 m/s^2"]))

# 10 textile mill - flywheel kinetic energy (distractor: daily run time)
gv = {"mass of the flywheel": "180 kg", "radius of the flywheel": "0.6 m",
      "rotation rate": "300 rpm", "daily running time of the mill": "16 h"}
m, r, n, hrs = vals(gv)
I = 0.5 * m * r**2
w = 2 * math.pi * n / 60
K = 0.5 * I * w**2
Qs.append(Q(F,
    "An old textile mill, which runs 16 h a day, is driven through a flywheel that is a uniform solid disc of mass 180 kg and radius 0.6 m turning at 300 rpm. How much rotational kinetic energy is stored in the flywheel?",
    gv, "rotational kinetic energy of the flywheel", "kJ", K / 1000, laws=2,
    irrelevant=["daily running time of the mill"],
    solution=f"I = (1/2) m r^2 = {I:.2f} kg m^2; omega = {w:.3f} rad/s; K = (1/2) I omega^2 = {K:.0f} J = {K/1000:.2f} kJ.",
    assumptions=["uniform solid disc"]))

# 11 scuba diving - recoil of boat
gv = {"mass of the diver with gear": "176 lb", "mass of the dinghy": "530 lb",
      "horizontal speed of the diver": "2.5 m/s"}
md, mb, vd = vals(gv)
vb = md * vd / mb
Qs.append(Q(F,
    "A scuba diver (176 lb with gear) jumps horizontally off the side of a 530 lb inflatable dinghy that is initially at rest, leaving with a horizontal speed of 2.5 m/s relative to the water. Ignoring water resistance, how fast does the dinghy recoil?",
    gv, "recoil speed of the dinghy", "m/s", vb, laws=1,
    solution=f"Momentum conservation: m_d v_d = m_b v_b, so v_b = {vb:.3f} m/s.",
    assumptions=["no water resistance during the jump"]))

# 12 archery - ballistic pendulum
gv = {"mass of the arrow": "30 g", "speed of the arrow": "70 m/s", "mass of the hanging target": "4.0 kg"}
ma, va, mt = vals(gv)
ma /= 1000
V = ma * va / (ma + mt)
hh = V**2 / (2 * g)
Qs.append(Q(F,
    "At an archery range, a 30 g arrow travelling horizontally at 70 m/s embeds itself in a 4.0 kg straw target hanging from ropes like a pendulum. How high does the target (with arrow) swing above its lowest point?",
    gv, "maximum rise of the target", "cm", hh * 100, laws=2,
    solution=f"Momentum in the collision: V = m v/(m+M) = {V:.4f} m/s. Energy in the swing: h = V^2/(2g) = {hh*100:.3f} cm.",
    assumptions=["perfectly inelastic collision", "g = 9.81 m/s^2"]))

# 13 cold storage - not derivable (friction unknown)
gv = {"mass of the pallet and trolley": "600 kg", "initial speed": "1.8 m/s"}
Qs.append(Q(F,
    "In a cold-storage warehouse a worker gives a 600 kg loaded pallet trolley a shove so that it rolls off at 1.8 m/s across the frosty concrete floor and gradually coasts to a stop. How far does it travel before stopping?",
    gv, "stopping distance of the trolley", "m", None, outcome="not derivable", laws=2,
    solution="The stopping distance is v^2/(2a), but the retarding force (rolling-resistance or friction coefficient) is not given and cannot be assumed for a trolley on frosty concrete, so the distance cannot be found.",
    assumptions=[]))

# 14 archery - ill-posed (arrow KE exceeds stored energy)
gv = {"elastic energy stored in the drawn bow": "60 J", "mass of the arrow": "20 g",
      "launch speed of the arrow": "95 m/s"}
Es, m, v = vals(gv)
Qs.append(Q(F,
    "A recurve bow at the archery range stores 60 J of elastic energy when fully drawn. It launches a 20 g arrow at 95 m/s. What is the efficiency with which the bow transfers its stored energy to the arrow?",
    gv, "efficiency of the bow", "percent", None, outcome="ill-posed", laws=1,
    solution=f"The arrow's kinetic energy would be (1/2)(0.020)(95^2) = {0.5*m/1000*v**2:.1f} J, more than the 60 J stored; the efficiency would exceed 100%, which is impossible. The givens contradict energy conservation.",
    assumptions=[]))

# 15 cruise ship - ambiguous (direction of walking)
gv = {"speed of the ship": "18 knot", "walking speed of the passenger relative to the deck": "1.5 m/s"}
vs, vw = vals(gv)
vsm = vs * knot
Qs.append(Q(F,
    "A cruise ship steams in a straight line at 18 knots through still water. A passenger walks along the length of the promenade deck at 1.5 m/s relative to the deck. What is the passenger's speed relative to the water?",
    gv, "speed of the passenger relative to the water", "m/s", None, outcome="ambiguous", laws=1,
    solution=f"Ship speed = {vsm:.3f} m/s. The direction of walking is not stated: walking toward the bow gives {vsm+vw:.2f} m/s; walking toward the stern gives {vsm-vw:.2f} m/s.",
    assumptions=["1 knot = 1852 m/h"]))
