from batch_w_common import *

F = "waves"
Qs = []

# 1 lighthouse foghorn wavelength: temperature dependence of v + v = f lambda
f_h, Tair = 120, 10
v_s = 331.3 * math.sqrt(1 + Tair / T0)
lam = v_s / f_h
Qs.append(Q(F,
    f"The lighthouse foghorn sounds at {tx(f_h)} Hz on a foggy morning when the air is at {tx(Tair)} degC. "
    f"Taking the speed of sound as 331.3 m/s at 0 degC and proportional to the square root of absolute temperature, what is the wavelength of the note?",
    {"frequency of the foghorn": gv(f_h, "Hz"), "air temperature": gv(Tair, "degC"),
     "speed of sound at 0 degC": gv(331.3, "m/s")},
    "wavelength", "m", lam, laws=2,
    solution=f"v = 331.3 sqrt(T/273.15 K) = {v_s:.4g} m/s; lambda = v/f = {lam:.4g} m."))

# 2 marathon lead car siren approaching
f0, vsrc, vsnd = 900, 15, 343
fobs = f0 * vsnd / (vsnd - vsrc)
Qs.append(Q(F,
    f"The marathon's lead vehicle sounds a {tx(f0)} Hz horn while driving at {tx(vsrc)} m/s straight toward a spectator standing at the finish. "
    f"The speed of sound is {tx(vsnd)} m/s. What frequency does the spectator hear?",
    {"horn frequency": gv(f0, "Hz"), "speed of the vehicle": gv(vsrc, "m/s"), "speed of sound": gv(vsnd, "m/s")},
    "observed frequency", "Hz", fobs, laws=1,
    solution=f"Moving source, approaching: f' = f v/(v - v_s) = {fobs:.5g} Hz."))

# 3 weather station thunder distance with temperature-dependent speed of sound
dt, Tc_ = 6.5, 25
vth = 331.3 + 0.606 * Tc_
dist = vth * dt / 1000
Qs.append(Q(F,
    f"An observer at the weather station sees a lightning flash and hears the thunder {tx(dt)} s later. The air temperature is {tx(Tc_)} degC. "
    f"Using v = (331.3 + 0.606 T) m/s with T in degC, and treating the light as arriving instantly, how far away was the strike, in km?",
    {"delay between flash and thunder": gv(dt, "s"), "air temperature": gv(Tc_, "degC")},
    "distance to the lightning", "km", dist, laws=2,
    solution=f"v = {vth:.4g} m/s; light travel time negligible; d = v t = {dist:.4g} km."))

# 4 toy guitar string: wave speed + standing wave
Ls, Ten, mu_g = 0.45, 60, 0.80
vst = math.sqrt(Ten / (mu_g / 1000))
f1 = vst / (2 * Ls)
Qs.append(Q(F,
    f"A toy guitar from the toy shop has a nylon string with a vibrating length of {tx(Ls)} m, under a tension of {tx(Ten)} N, with a linear density of {tx(mu_g)} g/m. "
    f"What is the fundamental frequency of the string?",
    {"vibrating length of the string": gv(Ls, "m"), "string tension": gv(Ten, "N"), "linear density of the string": gv(mu_g, "g/m")},
    "fundamental frequency", "Hz", f1, laws=2,
    solution=f"v = sqrt(T/mu) = {vst:.4g} m/s; f1 = v/(2L) = {f1:.4g} Hz."))

# 5 science fair resonance tube (distractor tube diameter)
ff, vs5, dtube = 512, 343, 3.0
L1 = vs5 / (4 * ff) * 100
Qs.append(Q(F,
    f"At the school science fair a student holds a {tx(ff)} Hz tuning fork over a glass tube of inner diameter {tx(dtube)} cm that is closed at the bottom by water. "
    f"Ignoring the end correction and taking the speed of sound as {tx(vs5)} m/s, what is the shortest air-column length that resonates, in cm?",
    {"frequency of the tuning fork": gv(ff, "Hz"), "inner diameter of the tube": gv(dtube, "cm"), "speed of sound": gv(vs5, "m/s")},
    "shortest resonant air-column length", "cm", L1, laws=1, irrelevant=["inner diameter of the tube"],
    solution=f"Closed pipe: L = lambda/4 = v/(4f) = {L1:.4g} cm (end correction ignored, so the diameter is not used)."))

# 6 regatta swell speed (distractor boat length)
Tsw, lam_sw, Lboat = 8.0, 100, 9
vsw = lam_sw / Tsw * 3.6
Qs.append(Q(F,
    f"Long ocean swells roll past a {tx(Lboat)} m committee boat anchored at the regatta start line. A crest passes the boat every {tx(Tsw)} s "
    f"and neighbouring crests are {tx(lam_sw)} m apart. How fast do the swells travel, in km/h?",
    {"length of the committee boat": gv(Lboat, "m"), "time between crests": gv(Tsw, "s"), "distance between crests": gv(lam_sw, "m")},
    "wave speed", "km/h", vsw, laws=1, irrelevant=["length of the committee boat"],
    solution=f"v = lambda/T = {lam_sw/Tsw:.4g} m/s = {vsw:.4g} km/h."))

# 7 power station fan noise at distance: inverse square + decibels
L1dB, r1, r2 = 85, 20, 320
L2 = L1dB - 20 * math.log10(r2 / r1)
Qs.append(Q(F,
    f"The sound level {tx(r1)} m from a cooling-tower fan at the power station is {tx(L1dB)} dB. "
    f"Treating the fan as a point source radiating equally in all directions with no absorption, what is the sound level at a house {tx(r2)} m away?",
    {"sound level near the fan": gv(L1dB, "dB"), "distance of the near point": gv(r1, "m"), "distance of the house": gv(r2, "m")},
    "sound level at the house", "dB", L2, laws=2,
    solution=f"Intensity falls as 1/r^2, so the level drops by 20 log10({r2}/{r1}) = {20*math.log10(r2/r1):.4g} dB -> {L2:.4g} dB."))

# 8 tram bell receding Doppler
fb, vt_kmh, vs8 = 1200, 40, 343
fr = fb * vs8 / (vs8 + vt_kmh / 3.6)
Qs.append(Q(F,
    f"A tram ringing its {tx(fb)} Hz bell moves away from a waiting passenger at {tx(vt_kmh)} km/h. With the speed of sound {tx(vs8)} m/s, "
    f"what frequency does the passenger hear?",
    {"frequency of the bell": gv(fb, "Hz"), "speed of the tram": gv(vt_kmh, "km/h"), "speed of sound": gv(vs8, "m/s")},
    "observed frequency", "Hz", fr, laws=1,
    solution=f"Receding source: f' = f v/(v + v_s) with v_s = {vt_kmh/3.6:.4g} m/s -> {fr:.5g} Hz."))

# 9 brewery bottle: closed-pipe resonance + beats
Lair, vs9, ffork = 18, 343, 480
fbottle = vs9 / (4 * Lair / 100)
fbeat = abs(ffork - fbottle)
Qs.append(Q(F,
    f"At the brewery's open day, a visitor blows across a partly filled bottle whose air column is {tx(Lair)} cm long; treat it as a pipe closed at one end with no end correction. "
    f"A {tx(ffork)} Hz tuning fork is sounded at the same time. With the speed of sound {tx(vs9)} m/s, what beat frequency is heard?",
    {"length of the air column": gv(Lair, "cm"), "frequency of the tuning fork": gv(ffork, "Hz"), "speed of sound": gv(vs9, "m/s")},
    "beat frequency", "Hz", fbeat, laws=2, rel_tol=0.02,
    solution=f"f_bottle = v/(4L) = {fbottle:.4g} Hz; beats = |{ffork} - {fbottle:.4g}| = {fbeat:.3g} Hz."))

# 10 skyscraper tuned-mass-damper pendulum (distractor building height)
Tsway, Hbld = 6.8, 510
Lp = g * (Tsway / (2 * math.pi))**2
Qs.append(Q(F,
    f"A {tx(Hbld)} m skyscraper sways with a natural period of {tx(Tsway)} s. Its tuned mass damper is a giant simple pendulum that must have the same period. "
    f"How long must the pendulum be?",
    {"height of the skyscraper": gv(Hbld, "m"), "sway period of the building": gv(Tsway, "s")},
    "pendulum length", "m", Lp, laws=1, irrelevant=["height of the skyscraper"],
    solution=f"T = 2 pi sqrt(L/g) -> L = g (T/2pi)^2 = {Lp:.4g} m."))

# 11 garden shed spring: Hooke + SHM frequency
m_bf, x_cm = 0.80, 4.0
kspr = m_bf * g / (x_cm / 100)
fsh = math.sqrt(kspr / m_bf) / (2 * math.pi)
Qs.append(Q(F,
    f"A {tx(m_bf)} kg bird feeder hangs from a spring under the eaves of the garden shed and stretches it by {tx(x_cm)} cm at rest. "
    f"If the feeder is pulled down slightly and released, at what frequency does it oscillate?",
    {"mass of the bird feeder": gv(m_bf, "kg"), "static stretch of the spring": gv(x_cm, "cm")},
    "oscillation frequency", "Hz", fsh, laws=2,
    solution=f"k = m g / x = {kspr:.4g} N/m; f = (1/2pi) sqrt(k/m) = {fsh:.4g} Hz."))

# 12 vineyard bird scarer: intensity from power + decibels
Pac, rr = 2.0, 150
I = Pac / (4 * math.pi * rr**2)
Ld = 10 * math.log10(I / 1e-12)
Qs.append(Q(F,
    f"A propane bird-scaring cannon in a vineyard emits {tx(Pac)} W of sound power during each bang, spreading uniformly in all directions. "
    f"What is the sound intensity level {tx(rr)} m away (reference intensity {tx(1e-12)} W/m^2), ignoring ground reflection and absorption?",
    {"acoustic power of the cannon": gv(Pac, "W"), "distance from the cannon": gv(rr, "m"),
     "reference intensity": gv(1e-12, "W/m^2")},
    "sound intensity level", "dB", Ld, laws=2,
    solution=f"I = P/(4 pi r^2) = {I:.4g} W/m^2; L = 10 log10(I/I0) = {Ld:.4g} dB."))

# 13 ND sonometer string: missing linear density
Lso, Tso = 0.80, 90
Qs.append(Q(F,
    f"A sonometer wire at the school science fair is {tx(Lso)} m long between its bridges and is held under a tension of {tx(Tso)} N. "
    f"What is its fundamental frequency?",
    {"length of the wire": gv(Lso, "m"), "tension in the wire": gv(Tso, "N")},
    "fundamental frequency", "Hz", None, outcome="not derivable",
    solution="The wave speed needs the wire's linear density (or its mass, or material and diameter), which is not given."))

# 14 IP ultrasonic anemometer: f*lambda inconsistent with stated speed
fu, lam_cm, vs14, path = 40, 2.5, 343, 20
Qs.append(Q(F,
    f"The weather station's ultrasonic anemometer emits {tx(fu)} kHz pulses in still air at 20 degC, where sound travels at {tx(vs14)} m/s, "
    f"and a technician measures their wavelength as {tx(lam_cm)} cm. How long does a pulse take to cross the {tx(path)} cm gap between transducers?",
    {"pulse frequency": gv(fu, "kHz"), "speed of sound": gv(vs14, "m/s"), "measured wavelength": gv(lam_cm, "cm"),
     "air temperature": gv(20, "degC"), "gap between transducers": gv(path, "cm")},
    "transit time", "microsecond", None, outcome="ill-posed",
    solution=f"f lambda = {fu*1000*lam_cm/100:.0f} m/s, which contradicts the stated 343 m/s (expected wavelength {vs14/(fu*1000)*100:.3g} cm). The givens are inconsistent."))

# 15 AM 'twice as loud': double intensity vs double perceived loudness
L0 = 88
Qs.append(Q(F,
    f"The lighthouse foghorn produces a sound level of {tx(L0)} dB at the jetty. The keeper wants it to be twice as loud there. "
    f"What sound level should it produce at the jetty?",
    {"present sound level at the jetty": gv(L0, "dB")},
    "required sound level", "dB", None, outcome="ambiguous",
    solution=f"If 'twice as loud' means twice the intensity: {L0 + 10*math.log10(2):.4g} dB. "
             f"If it means twice the perceived loudness (the usual +10 dB rule): {L0+10} dB."))
