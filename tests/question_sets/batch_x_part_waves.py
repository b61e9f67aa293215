from batch_x_common import *

F = "waves"
Qs = []

# 1 opera house - cello string fundamental
gv = {"vibrating length of the string": "0.69 m", "tension in the string": "150 N",
      "linear mass density of the string": "1.6 g/m"}
L, T, mu = vals(gv)
v = math.sqrt(T / (mu / 1000))
f = v / (2 * L)
Qs.append(Q(F,
    "In the opera house orchestra pit, a cellist's string has a vibrating length of 0.69 m, tension 150 N and linear mass density 1.6 g/m. What is the frequency of its fundamental mode?",
    gv, "fundamental frequency", "Hz", f, laws=2,
    solution=f"Wave speed v = sqrt(T/mu) = {v:.1f} m/s; fundamental f = v/(2L) = {f:.1f} Hz.",
    assumptions=["ideal flexible string fixed at both ends"]))

# 2 opera house - sound level from intensity
gv = {"sound intensity in the front row": "2.5e-4 W/m**2"}
I, = vals(gv)
Lb = 10 * math.log10(I / I0_sound)
Qs.append(Q(F,
    "During a fortissimo chorus, the sound intensity in the front row of the opera house is 2.5 x 10^-4 W/m^2. What is the sound intensity level there?",
    gv, "sound intensity level", "dB", Lb, laws=1,
    solution=f"beta = 10 log10(I/I0) with I0 = 1e-12 W/m^2: beta = {Lb:.2f} dB.",
    assumptions=["reference intensity 1e-12 W/m^2"]))

# 3 opera house - inverse square + dB
gv = {"acoustic power of the singer": "0.08 W", "distance from the singer": "20 m"}
P, r = vals(gv)
I = P / (4 * math.pi * r**2)
Lb = 10 * math.log10(I / I0_sound)
Qs.append(Q(F,
    "A soprano singing a high note radiates 0.08 W of acoustic power. Treating her as a point source radiating uniformly in all directions and ignoring reflections and absorption, what sound intensity level does a listener 20 m away hear?",
    gv, "sound intensity level at the listener", "dB", Lb, laws=2,
    solution=f"I = P/(4 pi r^2) = {I:.4g} W/m^2; beta = 10 log10(I/1e-12) = {Lb:.1f} dB.",
    assumptions=["isotropic point source", "no reflections or absorption", "I0 = 1e-12 W/m^2"]))

# 4 motor racing - Doppler approach
gv = {"frequency of the engine note": "900 Hz", "speed of the car": "190 mph", "speed of sound": "343 m/s"}
f0, vk, vs = vals(gv)
v = vk * 0.44704
f = f0 * vs / (vs - v)
Qs.append(Q(F,
    "A race car screams down the main straight at 190 mph straight toward a marshal standing at the end of the straight. The engine emits a note of 900 Hz in the car's frame. Taking the speed of sound as 343 m/s in still air, what frequency does the marshal hear?",
    gv, "frequency heard by the marshal", "Hz", f, laws=1,
    solution=f"Moving source approaching: f' = f vs/(vs - v) = 900 x 343/(343 - {v:.2f}) = {f:.0f} Hz.",
    assumptions=["still air", "car moving directly toward the listener"]))

# 5 motor racing - speed from Doppler drop
gv = {"frequency heard as the car approaches": "1100 Hz", "frequency heard as the car recedes": "800 Hz",
      "speed of sound": "343 m/s"}
fa, fr, vs = vals(gv)
v = vs * (fa - fr) / (fa + fr)
Qs.append(Q(F,
    "A spectator beside the track hears a passing race car's engine note drop from 1100 Hz while it approaches to 800 Hz as it recedes (the engine note itself is constant). Taking the speed of sound as 343 m/s, how fast is the car travelling, in km/h?",
    gv, "speed of the car", "km/h", v * 3.6, laws=1,
    solution=f"fa = f vs/(vs - v), fr = f vs/(vs + v) => v = vs (fa - fr)/(fa + fr) = {v:.2f} m/s = {v*3.6:.1f} km/h.",
    assumptions=["car moves essentially along the line to the listener", "still air"]))

# 6 cruise ship - sonar depth (distractor: sonar frequency)
gv = {"echo time": "0.84 s", "speed of sound in seawater": "1530 m/s", "sonar frequency": "50 kHz"}
t, vs, f = vals(gv)
d = vs * t / 2
Qs.append(Q(F,
    "A cruise ship's echo sounder sends a 50 kHz ping straight down and receives the echo from the sea floor 0.84 s later. Sound travels at 1530 m/s in seawater. How deep is the water below the transducer?",
    gv, "depth of water", "m", d, laws=1,
    irrelevant=["sonar frequency"],
    solution=f"Round trip: d = v t/2 = {d:.1f} m.",
    assumptions=["uniform sound speed"]))

# 7 oil rig - wave speed (distractor: deck height)
gv = {"time between successive crests": "9 s", "distance between successive crests": "126 m",
      "height of the deck above sea level": "25 m"}
T, lam, H = vals(gv)
v = lam / T
Qs.append(Q(F,
    "From the deck of an oil rig, 25 m above sea level, a crew member notes that ocean swell crests pass a rig leg every 9 s and that successive crests are 126 m apart. What is the speed of the swell?",
    gv, "speed of the waves", "m/s", v, laws=1,
    irrelevant=["height of the deck above sea level"],
    solution=f"v = lambda/T = {v:.1f} m/s.",
    assumptions=[]))

# 8 cable car - pulse on haul rope
gv = {"tension in the haul rope": "180 kN", "linear mass density of the rope": "8.5 kg/m",
      "length of the span": "1200 m"}
T, mu, L = vals(gv)
v = math.sqrt(T * 1000 / mu)
t = L / v
Qs.append(Q(F,
    "A maintenance worker strikes the haul rope of a mountain cable car at one tower. The rope is under 180 kN tension and has a linear mass density of 8.5 kg/m. How long does the transverse pulse take to travel the 1200 m span to the next tower?",
    gv, "travel time of the pulse", "s", t, laws=2,
    solution=f"v = sqrt(T/mu) = {v:.1f} m/s; t = L/v = {t:.2f} s.",
    assumptions=["uniform tension along the span", "rope sag ignored"]))

# 9 textile mill - adding sound levels
gv = {"number of looms": "8 dimensionless", "sound level of one loom": "82 dB"}
N, L1 = vals(gv)
Lt = L1 + 10 * math.log10(N)
Qs.append(Q(F,
    "In a weaving shed of a textile mill, one loom running alone produces a sound level of 82 dB at the operator's position. What is the sound level there when 8 identical looms, all at about the same distance, run together (incoherently)?",
    gv, "total sound level", "dB", Lt, laws=2,
    solution=f"Intensities add: I = 8 I1, so L = 82 + 10 log10 8 = {Lt:.1f} dB.",
    assumptions=["incoherent sources, equal intensities at the position"]))

# 10 archery - bowstring linear density
gv = {"length of the bowstring": "1.6 m", "fundamental frequency of the string": "110 Hz",
      "tension in the string": "180 N"}
L, f, T = vals(gv)
v = 2 * L * f
mu = T / v**2
Qs.append(Q(F,
    "After a shot at the archery range, a longbow's 1.6 m string twangs at a fundamental frequency of 110 Hz while under 180 N of tension. What is the linear mass density of the bowstring?",
    gv, "linear mass density of the string", "g/m", mu * 1000, laws=2,
    solution=f"v = 2 L f = {v:.0f} m/s; mu = T/v^2 = {mu*1000:.3f} g/m.",
    assumptions=["string fixed at both ends, fundamental mode"]))

# 11 scuba - wavelength underwater (distractor: depth)
gv = {"frequency of the motor noise": "500 Hz", "speed of sound in water": "1500 m/s",
      "depth of the diver": "12 m"}
f, v, d = vals(gv)
lam = v / f
Qs.append(Q(F,
    "A diver at a depth of 12 m hears the 500 Hz hum of a boat's propeller. Sound travels at 1500 m/s in the water. What is the wavelength of this sound in the water?",
    gv, "wavelength in water", "m", lam, laws=1,
    irrelevant=["depth of the diver"],
    solution=f"lambda = v/f = {lam:.2f} m.",
    assumptions=[]))

# 12 kite festival - closed pipe whistle with temperature
gv = {"length of the whistle tube": "12 cm", "air temperature": "25 degC",
      "speed of sound at 0 degC": "331.3 m/s"}
L, Tc, v0 = vals(gv)
v = v0 * math.sqrt((Tc + T0) / T0)
f = v / (4 * L / 100)
Qs.append(Q(F,
    "A kite at a kite festival carries a whistle: a tube 12 cm long, open at one end and closed at the other. The air temperature is 25 degC and the speed of sound at 0 degC is 331.3 m/s. Ignoring end corrections, what is the fundamental frequency of the whistle?",
    gv, "fundamental frequency of the whistle", "Hz", f, laws=2,
    solution=f"v = 331.3 sqrt(298.15/273.15) = {v:.1f} m/s; closed pipe f1 = v/(4L) = {f:.0f} Hz.",
    assumptions=["ideal gas speed of sound proportional to sqrt(T)", "no end correction"]))

# 13 beekeeping - not derivable (emitted frequency missing)
gv = {"frequency heard as the bee approaches": "260 Hz", "speed of sound": "343 m/s"}
Qs.append(Q(F,
    "A beekeeper notices that a guard bee flying straight at her makes a buzz she hears at 260 Hz. Taking the speed of sound as 343 m/s, how fast is the bee flying?",
    gv, "speed of the bee", "m/s", None, outcome="not derivable", laws=1,
    solution="The Doppler shift requires the frequency the bee actually emits (or a second measurement, e.g. receding), which is not given; the speed cannot be found from one observed frequency.",
    assumptions=[]))

# 14 opera house - ill-posed (inconsistent harmonics of open pipe)
gv = {"length of the pipe": "2.0 m", "fundamental frequency": "40 Hz", "second harmonic frequency": "95 Hz"}
Qs.append(Q(F,
    "An organ pipe in the opera house is 2.0 m long and open at both ends. A tuner measures its fundamental at 40 Hz and its second harmonic at 95 Hz. What is the speed of sound in the pipe?",
    gv, "speed of sound in the pipe", "m/s", None, outcome="ill-posed", laws=1,
    solution="For a pipe open at both ends the second harmonic must be exactly twice the fundamental (80 Hz). Using the fundamental gives v = 2Lf = 160 m/s, using the second harmonic gives v = L f2 = 190 m/s; the data are contradictory.",
    assumptions=[]))

# 15 cable car - ambiguous ("wave height": amplitude vs crest-to-trough)
gv = {"wave height on the rope": "0.30 m", "frequency of the oscillation": "2.0 Hz"}
H, f = vals(gv)
v1 = 2 * math.pi * f * H
v2 = 2 * math.pi * f * H / 2
Qs.append(Q(F,
    "Gusty wind sets up a sinusoidal transverse wave on the cable car's haul rope. A technician reports a wave height of 0.30 m and a frequency of 2.0 Hz. What is the maximum transverse speed of a point on the rope?",
    gv, "maximum transverse speed of the rope", "m/s", None, outcome="ambiguous", laws=1,
    solution=f"v_max = 2 pi f A. If 'wave height' means amplitude A = 0.30 m, v_max = {v1:.2f} m/s; if it means crest-to-trough height (A = 0.15 m), v_max = {v2:.3f} m/s.",
    assumptions=["simple harmonic transverse motion"]))
