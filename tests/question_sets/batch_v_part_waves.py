from batch_v_common import *

F = "waves"
Qs = []
I0 = 1e-12

# W1 intensity from level
I = I0 * 10 ** (85 / 10)
Qs.append(Q(F,
    "In a recording studio, a singer's voice produces a sound level of 85 dB at the microphone. What is the sound "
    "intensity at the microphone? Use a reference intensity of 1.0e-12 W/m^2.",
    {"sound level at the microphone": "85 dB", "reference intensity": "1.0e-12 W/m^2"},
    "sound intensity at the microphone", "W/m^2", I, laws=1,
    solution=f"I = I0 10^(L/10) = 1e-12 * 10^8.5 = {f(I)} W/m^2.",
    assumptions=[]))

# W2 two incoherent amplifiers
L2 = 10 * math.log10(2 * 10 ** 8.0)
Qs.append(Q(F,
    "Two guitar amplifiers in a recording studio each produce a sound level of 80 dB at the sound engineer's position "
    "when played alone. The sounds are incoherent. What sound level does the engineer hear when both play together?",
    {"sound level of each amplifier alone": "80 dB"},
    "combined sound level", "dB", L2, laws=1,
    solution=f"Intensities add: L = 80 + 10 log10(2) = {f(L2,5)} dB.",
    assumptions=["incoherent sources, intensities add"]))

# W3 guitar string fundamental
mu, T, L = 0.40e-3, 70.0, 0.648
fr = math.sqrt(T / mu) / (2 * L)
Qs.append(Q(F,
    "A guitar string used in a studio session has a vibrating length of 64.8 cm and is under a tension of 70 N. A "
    "1.00 m piece of the same string has a mass of 0.40 g. What is the fundamental frequency of the string?",
    {"vibrating length": "64.8 cm", "tension": "70 N", "mass of a 1.00 m piece of string": "0.40 g"},
    "fundamental frequency", "Hz", fr, laws=2,
    solution=f"mu = 0.40e-3 kg/m; v = sqrt(T/mu) = {f(math.sqrt(T/mu))} m/s; f1 = v/(2L) = {f(fr)} Hz.",
    assumptions=["ideal string fixed at both ends"]))

# W4 cinema loudspeaker level
I = 40.0 / (4 * math.pi * 15.0**2)
L4 = 10 * math.log10(I / I0)
Qs.append(Q(F,
    "A cinema loudspeaker radiates 40 W of acoustic power. Treating it as a point source that radiates uniformly in all "
    "directions, with no reflections or absorption, what sound level does a viewer 15 m away hear? Use a reference "
    "intensity of 1.0e-12 W/m^2.",
    {"acoustic power of the loudspeaker": "40 W", "distance to the viewer": "15 m",
     "reference intensity": "1.0e-12 W/m^2"},
    "sound level at the viewer", "dB", L4, laws=2,
    solution=f"I = P/(4 pi r^2) = {f(I)} W/m^2; L = 10 log10(I/I0) = {f(L4,5)} dB.",
    assumptions=["isotropic point source, free field"]))

# W5 electric bus warning tone Doppler
fo = 500 * 343 / (343 - 36 * kmh)
Qs.append(Q(F,
    "Electric buses are very quiet, so this 12-tonne bus carries a loudspeaker that emits a 500 Hz warning tone. The "
    "bus approaches a stationary pedestrian at 36 km/h. The speed of sound is 343 m/s and there is no wind. What "
    "frequency does the pedestrian hear?",
    {"mass of the bus": "12 tonne", "emitted frequency": "500 Hz", "speed of the bus": "36 km/h",
     "speed of sound": "343 m/s"},
    "frequency heard by the pedestrian", "Hz", fo, laws=1, irrelevant=["mass of the bus"],
    solution=f"Source approaching: f' = f v/(v - v_s) = 500*343/(343-10) = {f(fo,6)} Hz.",
    assumptions=["still air"]))

# W6 ferry horn, both moving
fo = 180 * (343 + 5.0) / (343 + 8.0)
Qs.append(Q(F,
    "Ferry A sails away from ferry B at 8.0 m/s relative to the still air and water, sounding its 180 Hz horn. Ferry B "
    "follows behind A along the same line at 5.0 m/s. The speed of sound is 343 m/s. What frequency do passengers on "
    "ferry B hear?",
    {"speed of ferry A": "8.0 m/s", "frequency of the horn": "180 Hz", "speed of ferry B": "5.0 m/s",
     "speed of sound": "343 m/s"},
    "frequency heard on ferry B", "Hz", fo, laws=1,
    solution=f"Source receding, observer approaching: f' = f (v + v_o)/(v + v_s) = 180*348/351 = {f(fo,6)} Hz.",
    assumptions=["still air"]))

# W7 wave pool shallow water waves
vw = math.sqrt(g * 1.2)
lam = vw * 5.0
Qs.append(Q(F,
    "The wave pool at a leisure centre has a uniform water depth of 1.2 m. The wave machine produces waves with a "
    "period of 5.0 s. Treating them as shallow-water waves, what is their wavelength?",
    {"depth of the water": "1.2 m", "wave period": "5.0 s"},
    "wavelength", "m", lam, laws=2,
    solution=f"Shallow-water speed v = sqrt(g d) = {f(vw)} m/s; wavelength = v T = {f(lam)} m.",
    assumptions=["g = 9.81 m/s^2", "shallow-water approximation"]))

# W9 yodel echo with temperature-dependent speed
vs = 331.3 * math.sqrt((5 + T0) / T0)
dcl = vs * 1.60 / 2
Qs.append(Q(F,
    "A yodeller in a mountain village hears the echo from a cliff face 1.60 s after she yodels. The air temperature is "
    "5 degC, and the speed of sound in air at 0 degC is 331.3 m/s. How far away is the cliff?",
    {"echo delay": "1.60 s", "air temperature": "5 degC", "speed of sound at 0 degC": "331.3 m/s"},
    "distance to the cliff", "m", dcl, laws=2,
    solution=f"v = 331.3 sqrt(278.15/273.15) = {f(vs)} m/s; distance = v t/2 = {f(dcl)} m.",
    assumptions=["speed of sound proportional to sqrt(T)", "still air"]))

# W10 pile driver distance
r = 5.0 * 10 ** ((110 - 85) / 20)
Qs.append(Q(F,
    "A pile driver on a construction site produces a sound level of 110 dB at a distance of 5.0 m. Treating it as a "
    "point source radiating uniformly with no reflections or absorption, at what distance has the level dropped to "
    "85 dB?",
    {"sound level near the pile driver": "110 dB", "distance of the near measurement": "5.0 m",
     "target sound level": "85 dB"},
    "distance at which the level is 85 dB", "m", r, laws=2,
    solution=f"Inverse square: 25 dB drop means intensity ratio 10^2.5, so r = 5.0*10^(25/20) = {f(r)} m.",
    assumptions=["free-field inverse-square spreading"]))

# W11 carousel organ pipe, closed at one end, warm day
vs = 331.3 * math.sqrt((30 + T0) / T0)
f3 = 3 * vs / (4 * 0.35)
Qs.append(Q(F,
    "The band organ on an amusement-park carousel has a pipe 35 cm long that is closed at one end. On a hot day the air "
    "is at 30 degC; the speed of sound at 0 degC is 331.3 m/s. What is the frequency of the pipe's first overtone "
    "(the lowest resonance above the fundamental)? Ignore end corrections.",
    {"length of the pipe": "35 cm", "air temperature": "30 degC", "speed of sound at 0 degC": "331.3 m/s"},
    "frequency of the first overtone", "Hz", f3, laws=2,
    solution=f"v = 331.3 sqrt(303.15/273.15) = {f(vs)} m/s. Closed pipe: odd harmonics, first overtone f3 = 3v/(4L) = {f(f3)} Hz.",
    assumptions=["speed of sound proportional to sqrt(T)", "no end correction"]))

# W12 ice rink speakers destructive interference
fmin = 343 / (2 * 1.5)
Qs.append(Q(F,
    "Two loudspeakers at the ice rink are driven in phase by the same signal generator. A skater stands 6.0 m from one "
    "speaker and 7.5 m from the other. The speed of sound is 343 m/s. What is the lowest frequency for which the "
    "skater hears destructive interference?",
    {"distance to the first speaker": "6.0 m", "distance to the second speaker": "7.5 m",
     "speed of sound": "343 m/s"},
    "lowest frequency for destructive interference", "Hz", fmin, laws=2,
    solution=f"Path difference 1.5 m = half a wavelength for the lowest such frequency: lambda = 3.0 m, f = 343/3.0 = {f(fmin)} Hz.",
    assumptions=["point sources in phase", "no reflections"]))

# W13 studio light on spring
Tp = 2 * math.pi * math.sqrt(0.040 / g)
Qs.append(Q(F,
    "A 2.5 kg studio light hangs from a spring, which it stretches by 4.0 cm at equilibrium. If the light is pulled down "
    "slightly and released, what is the period of its vertical oscillation?",
    {"mass of the light": "2.5 kg", "static stretch of the spring": "4.0 cm"},
    "period of oscillation", "s", Tp, laws=2, irrelevant=["mass of the light"],
    solution=f"k = m g/x, so T = 2 pi sqrt(m/k) = 2 pi sqrt(x/g) = 2 pi sqrt(0.040/9.81) = {f(Tp)} s. The mass cancels.",
    assumptions=["g = 9.81 m/s^2", "ideal massless spring"]))

# --- non-value ---
Qs.append(Q(F,
    "A studio microphone records a sound level of 72 dB from a singer. Assuming the singer radiates sound uniformly in "
    "all directions, what acoustic power does the singer emit?",
    {"sound level at the microphone": "72 dB"},
    "acoustic power of the singer", "W", None, outcome="not derivable", laws=2,
    solution="P = I * 4 pi r^2 needs the distance between singer and microphone, which is not given and cannot be assumed.",
    assumptions=["reference intensity 1e-12 W/m^2"]))

Qs.append(Q(F,
    "A steel cable on the cinema's curtain rig is 4.0 m long between its fixed ends and is under a tension of 600 N. "
    "What is the fundamental frequency of its transverse vibration?",
    {"length of the cable": "4.0 m", "tension": "600 N"},
    "fundamental frequency", "Hz", None, outcome="not derivable", laws=2,
    solution="f = (1/2L) sqrt(T/mu) requires the mass per unit length (or the cable's mass or diameter), which is not given.",
    assumptions=[]))

Qs.append(Q(F,
    "In a dentist's office, the suction unit produces a sound level of 60 dB at the patient's ear. The high-speed drill "
    "is twice as loud as the suction unit. What sound level does the drill produce at the patient's ear?",
    {"sound level of the suction unit": "60 dB"},
    "sound level of the drill", "dB", None, outcome="ambiguous", laws=1,
    solution="'Twice as loud' can mean twice the intensity (60 + 10 log10 2 = 63.0 dB) or twice the perceived loudness (about +10 dB, giving 70 dB).",
    assumptions=[]))
