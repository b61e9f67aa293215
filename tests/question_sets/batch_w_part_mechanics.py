from batch_w_common import *

F = "mechanics"
Qs = []

# 1 tram braking: kinematics + Newton II
m_t, v_kmh, d = 32, 54, 75
v = v_kmh / 3.6
a = v**2 / (2 * d)
Fb = m_t * 1000 * a
Qs.append(Q(F,
    f"A tram of mass {tx(m_t)} tonnes is travelling at {tx(v_kmh)} km/h on a level stretch of the tram line when the driver brakes. "
    f"It comes to rest after {tx(d)} m with constant deceleration. What is the magnitude of the braking force on the tram?",
    {"mass of the tram": gv(m_t, "tonne"), "initial speed of the tram": gv(v_kmh, "km/h"), "braking distance": gv(d, "m")},
    "braking force", "kN", Fb / 1000, laws=2,
    solution=f"v = {v:.4g} m/s; a = v^2/(2d) = {a:.4g} m/s^2; F = m a = {Fb/1000:.4g} kN.",
    assumptions=["constant deceleration", "level track"]))

# 2 marathon average speed (distractor: runner mass)
D_km, hh, mm, ss, m_run = 42.195, 2, 8, 30, 58
t_h = hh + mm / 60 + ss / 3600
vavg = D_km / t_h
Qs.append(Q(F,
    f"The winner of the city marathon, a {tx(m_run)} kg runner, covers the {tx(D_km)} km course in {hh} h {mm} min {ss} s. "
    f"What is the winner's average speed in km/h?",
    {"length of the marathon course": gv(D_km, "km"), "hours of the finishing time": gv(hh, "hour"),
     "minutes of the finishing time": gv(mm, "minute"), "seconds of the finishing time": gv(ss, "second"),
     "mass of the runner": gv(m_run, "kg")},
    "average speed of the winner", "km/h", vavg, laws=1, irrelevant=["mass of the runner"],
    solution=f"t = {t_h:.5g} h; v = d/t = {vavg:.4g} km/h. The runner's mass is not needed."))

# 3 skyscraper elevator cable tension
m_car, m_pass, a_up = 1400, 600, 1.2
T = (m_car + m_pass) * (g + a_up)
Qs.append(Q(F,
    f"An express elevator car in a skyscraper has a mass of {tx(m_car)} kg and carries passengers with a total mass of {tx(m_pass)} kg. "
    f"Starting from the lobby it accelerates upward at {tx(a_up)} m/s^2. What is the tension in the hoisting cable during this acceleration?",
    {"mass of the elevator car": gv(m_car, "kg"), "total mass of the passengers": gv(m_pass, "kg"),
     "upward acceleration": gv(a_up, "m/s^2")},
    "tension in the cable", "N", T, laws=1,
    solution=f"T = (m_car + m_pass)(g + a) = {m_car+m_pass} kg x {g+a_up:.4g} m/s^2 = {T:.5g} N.",
    assumptions=["g = 9.81 m/s^2", "cable mass negligible"]))

# 4 skyscraper dropped bolt
H = 300
vimp = math.sqrt(2 * g * H) * 3.6
Qs.append(Q(F,
    f"A bolt slips off a window-cleaning platform at the top of a {tx(H)} m skyscraper and falls from rest to the pavement. "
    f"Ignoring air resistance, how fast is it moving when it hits the ground, in km/h?",
    {"height of the fall": gv(H, "m")},
    "impact speed of the bolt", "km/h", vimp, laws=1,
    solution=f"v = sqrt(2 g h) = {vimp/3.6:.4g} m/s = {vimp:.4g} km/h.",
    assumptions=["no air resistance", "g = 9.81 m/s^2"]))

# 5 planetary rover hill climb: work against gravity + power
m_rov, g_mars, dh, P = 899, 3.71, 45, 110
W = m_rov * g_mars * dh
t_min = W / P / 60
Qs.append(Q(F,
    f"A {tx(m_rov)} kg planetary rover on Mars (surface gravity {tx(g_mars)} m/s^2) must climb a crater rim that rises {tx(dh)} m in height. "
    f"Its wheel motors can deliver on average {tx(P)} W of useful mechanical power against gravity. "
    f"Ignoring friction and changes in speed, what is the minimum time for the climb, in minutes?",
    {"mass of the rover": gv(m_rov, "kg"), "surface gravity on Mars": gv(g_mars, "m/s^2"),
     "height gained": gv(dh, "m"), "useful power of the motors": gv(P, "W")},
    "minimum climbing time", "minute", t_min, laws=2,
    solution=f"W = m g_M h = {W:.5g} J; t = W/P = {W/P:.5g} s = {t_min:.4g} min.",
    assumptions=["all useful power goes into gravitational potential energy"]))

# 6 toy dart gun: spring energy + projectile
k, x_cm, m_g, h_c = 250, 4.0, 12, 1.1
v0 = (x_cm / 100) * math.sqrt(k / (m_g / 1000))
rng = v0 * math.sqrt(2 * h_c / g)
Qs.append(Q(F,
    f"In the toy shop, a spring-loaded dart gun has a spring of constant {tx(k)} N/m that is compressed by {tx(x_cm)} cm. "
    f"It fires a {tx(m_g)} g dart horizontally from the top of a counter {tx(h_c)} m above the floor. "
    f"Ignoring friction and air drag, how far from the counter edge (horizontally) does the dart land?",
    {"spring constant": gv(k, "N/m"), "compression of the spring": gv(x_cm, "cm"),
     "mass of the dart": gv(m_g, "g"), "height of the counter": gv(h_c, "m")},
    "horizontal range of the dart", "m", rng, laws=2,
    solution=f"(1/2)k x^2 = (1/2)m v^2 -> v = {v0:.4g} m/s; fall time t = sqrt(2h/g) = {math.sqrt(2*h_c/g):.4g} s; range = v t = {rng:.4g} m.",
    assumptions=["all spring energy becomes dart kinetic energy", "no air drag"]))

# 7 regatta dinghy collision: momentum + kinetic energy
mA, vA, mB, vB = 180, 3.0, 220, 1.5
vf = (mA * vA - mB * vB) / (mA + mB)
KEi = 0.5 * mA * vA**2 + 0.5 * mB * vB**2
KEf = 0.5 * (mA + mB) * vf**2
Qs.append(Q(F,
    f"During a sailing regatta two dinghies collide head-on and their rigging tangles so they move off together. "
    f"Dinghy A (total mass {tx(mA)} kg with crew) was moving east at {tx(vA)} m/s and dinghy B (total mass {tx(mB)} kg) was moving west at {tx(vB)} m/s. "
    f"How much kinetic energy is lost in the collision?",
    {"mass of dinghy A": gv(mA, "kg"), "speed of dinghy A": gv(vA, "m/s"),
     "mass of dinghy B": gv(mB, "kg"), "speed of dinghy B": gv(vB, "m/s")},
    "kinetic energy lost", "J", KEi - KEf, laws=2,
    solution=f"Momentum: v_f = (mA vA - mB vB)/(mA+mB) = {vf:.4g} m/s east. KE before {KEi:.5g} J, after {KEf:.4g} J, lost {KEi-KEf:.5g} J.",
    assumptions=["water forces negligible during the short collision"]))

# 8 vineyard tractor on flat curve: friction + centripetal (distractor tractor mass)
mu, r, m_tr = 0.55, 12, 2300
vmax = math.sqrt(mu * g * r) * 3.6
Qs.append(Q(F,
    f"A {tx(m_tr)} kg vineyard tractor turns at the end of a row on a flat, unbanked curve of radius {tx(r)} m. "
    f"The coefficient of static friction between its tyres and the dry soil is {tx(mu)}. What is the highest speed, in km/h, at which it can take the curve without skidding?",
    {"mass of the tractor": gv(m_tr, "kg"), "radius of the curve": gv(r, "m"),
     "coefficient of static friction": gv(mu, "dimensionless")},
    "maximum speed on the curve", "km/h", vmax, laws=2, irrelevant=["mass of the tractor"],
    solution=f"mu m g = m v^2/r -> v = sqrt(mu g r) = {vmax/3.6:.4g} m/s = {vmax:.4g} km/h; the mass cancels."))

# 9 lighthouse beam sweep speed
Trot, dist_km = 20, 8
vsweep = 2 * math.pi / Trot * dist_km * 1000
Qs.append(Q(F,
    f"The lens assembly of a lighthouse turns at a steady rate, completing one revolution every {tx(Trot)} s. "
    f"How fast does the beam sweep across a fishing boat {tx(dist_km)} km away (speed of the light spot along the arc at that distance)?",
    {"rotation period of the lens": gv(Trot, "s"), "distance to the boat": gv(dist_km, "km")},
    "sweep speed of the beam at the boat", "m/s", vsweep, laws=1,
    solution=f"omega = 2 pi / T = {2*math.pi/Trot:.4g} rad/s; v = omega r = {vsweep:.5g} m/s."))

# 10 garden shed wheelbarrow torque
m_load, d_load, d_hand = 90, 0.45, 1.35
Fh = m_load * g * d_load / d_hand
Qs.append(Q(F,
    f"A gardener wheels {tx(m_load)} kg of compost out of the garden shed in a wheelbarrow. The load's centre of mass is {tx(d_load)} m "
    f"(horizontally) from the wheel axle and the gardener lifts the handles at {tx(d_hand)} m from the axle. "
    f"Neglecting the barrow's own mass, what vertical force must the gardener apply to hold the handles up?",
    {"mass of the load": gv(m_load, "kg"), "horizontal distance from axle to load": gv(d_load, "m"),
     "horizontal distance from axle to handles": gv(d_hand, "m")},
    "lifting force at the handles", "N", Fh, laws=1,
    solution=f"Torques about the axle: F x {d_hand} = m g x {d_load} -> F = {Fh:.4g} N."))

# 11 blacksmith hammer impulse (distractor anvil mass)
mh, v_in, v_out, dt_ms, m_anvil = 1.8, 7.5, 2.0, 1.5, 120
Favg = mh * (v_in + v_out) / (dt_ms / 1000)
Qs.append(Q(F,
    f"A blacksmith's {tx(mh)} kg hammer strikes a {tx(m_anvil)} kg anvil moving downward at {tx(v_in)} m/s and rebounds upward at {tx(v_out)} m/s. "
    f"The contact lasts {tx(dt_ms)} ms. What is the magnitude of the average force between the hammer and the anvil?",
    {"mass of the hammer": gv(mh, "kg"), "speed of the hammer before impact": gv(v_in, "m/s"),
     "rebound speed of the hammer": gv(v_out, "m/s"), "contact time": gv(dt_ms, "ms"),
     "mass of the anvil": gv(m_anvil, "kg")},
    "average impact force", "N", Favg, laws=1, irrelevant=["mass of the anvil"],
    solution=f"Impulse: F = m (v_in + v_out)/dt = {Favg:.4g} N (gravity negligible during the blow).",
    assumptions=["weight of the hammer negligible compared with the impact force"]))

# 12 power station crane: work/power + efficiency
m_tf, hl, tl, eff = 5.0, 18, 40, 80
Pout = m_tf * 1000 * g * hl / tl
Pin = Pout / (eff / 100)
Qs.append(Q(F,
    f"At a power station an overhead crane lifts a {tx(m_tf)}-tonne transformer {tx(hl)} m vertically at constant speed in {tx(tl)} s. "
    f"The crane's motor is {tx(eff)}% efficient. What electrical power does the motor draw, in kW?",
    {"mass of the transformer": gv(m_tf, "tonne"), "lifting height": gv(hl, "m"),
     "lifting time": gv(tl, "s"), "motor efficiency": gv(eff, "percent")},
    "electrical input power", "kW", Pin / 1000, laws=2,
    solution=f"P_out = m g h / t = {Pout:.5g} W; P_in = P_out / 0.80 = {Pin/1000:.4g} kW."))

# 13 ND tram coasting: missing rolling resistance
m_t2, v2 = 28, 36
Qs.append(Q(F,
    f"A {tx(m_t2)}-tonne tram with its motors switched off coasts along a level track, starting at {tx(v2)} km/h, and gradually slows because of rolling resistance. "
    f"How far does it roll before it stops?",
    {"mass of the tram": gv(m_t2, "tonne"), "initial speed of the tram": gv(v2, "km/h")},
    "coasting distance", "m", None, outcome="not derivable",
    solution="The retarding force (rolling-resistance coefficient or deceleration) is not given and cannot reasonably be assumed, so the distance cannot be found."))

# 14 ND science fair rocket: missing thrust
m_r, tb = 0.35, 1.8
Qs.append(Q(F,
    f"At the school science fair a {tx(m_r)} kg model rocket is launched straight up. Its motor burns for {tx(tb)} s. "
    f"Ignoring air resistance, what maximum height does it reach?",
    {"mass of the rocket": gv(m_r, "kg"), "burn time of the motor": gv(tb, "s")},
    "maximum height", "m", None, outcome="not derivable",
    solution="The thrust (or total impulse / burnout speed) of the motor is not given, so the burnout speed and hence the height cannot be found."))

# 15 AM marathon pacing: half the distance vs half the time
v1, v2b = 4.0, 6.0
v_dist = 2 * v1 * v2b / (v1 + v2b)
v_time = (v1 + v2b) / 2
Qs.append(Q(F,
    f"A club runner in the marathon runs the first half at {tx(v1)} m/s and the second half at {tx(v2b)} m/s. What is her average speed for the race?",
    {"speed in the first half": gv(v1, "m/s"), "speed in the second half": gv(v2b, "m/s")},
    "average speed", "m/s", None, outcome="ambiguous",
    solution=f"'Half' is ambiguous. If it means half the distance, v_avg = 2 v1 v2/(v1+v2) = {v_dist:.4g} m/s; "
             f"if it means half the time, v_avg = (v1+v2)/2 = {v_time:.4g} m/s."))
