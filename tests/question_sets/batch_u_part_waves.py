import math
from batch_u_common import *

F = "waves"
QUESTIONS = []
add = QUESTIONS.append

# W1 concert hall: 12 violins
L1, n = 80.0, 12
Ln = L1 + 10 * math.log10(n)
add(Q(F,
      "At a seat in the concert hall, a single violin playing a sustained note produces a sound level of 80 dB. "
      "What sound level would the same seat receive if the whole section of 12 violins played the note equally "
      "loudly? (Treat the violins as incoherent sources.)",
      {"sound level of one violin": "80 dB", "number of violins": "12 dimensionless"},
      "sound level of the whole section", "dB", Ln, laws=1,
      solution=f"intensities add: L = 80 + 10 log10(12) = {Ln:.2f} dB",
      assumptions=["incoherent sources of equal intensity"]))

# W2 skate park: open pipe, temperature-dependent speed
T, Lp = 10.0, 2.4
v = 331.3 * math.sqrt((T + 273.15) / 273.15)
f1 = v / (2 * Lp)
add(Q(F,
      "At the skate park, a 2.4 m long drainage pipe open at both ends lies on the ground and hums at its fundamental "
      "frequency when the wind blows across it. The air temperature is 10 °C. Taking the speed of sound as 331.3 m/s "
      "at 0 °C and proportional to the square root of the absolute temperature, what is the hum frequency?",
      {"length of the pipe": "2.4 m", "air temperature": "10 degC", "speed of sound at 0 degC": "331.3 m/s"},
      "fundamental frequency", "Hz", f1, laws=2,
      solution=f"v = 331.3*sqrt(283.15/273.15) = {v:.2f} m/s; f1 = v/(2L) = {f1:.2f} Hz",
      assumptions=["end corrections neglected"]))

# W3 radio station: quarter-wave antenna
f = 98.7e6
Lq = c / f / 4
add(Q(F,
      "A community radio station broadcasts on 98.7 MHz. How long should a simple quarter-wave whip antenna be for "
      "this frequency?",
      {"broadcast frequency": "98.7 MHz"},
      "length of a quarter-wave antenna", "cm", Lq * 100, laws=1,
      solution=f"lambda = c/f = {c/f:.4f} m; L = lambda/4 = {Lq*100:.2f} cm",
      assumptions=["waves travel at c", "end effects neglected"]))

# W4 hospital: Doppler ultrasound beat frequency
f0, vb, cs = 5.0e6, 0.30, 1540.0
df = f0 * (cs + vb) / (cs - vb) - f0
add(Q(F,
      "A Doppler ultrasound probe on a hospital ward sends 5.0 MHz ultrasound into an artery. Blood moving at 0.30 m/s "
      "directly towards the probe reflects the waves back. The speed of sound in tissue is 1540 m/s. What is the "
      "frequency shift between the emitted and received ultrasound?",
      {"ultrasound frequency": "5.0 MHz", "speed of the blood": "0.30 m/s", "speed of sound in tissue": "1540 m/s"},
      "Doppler frequency shift", "Hz", df, laws=2,
      solution=f"moving observer then moving source: f' = f(c+v)/(c-v); shift = {df:.1f} Hz (about 2 f v / c)",
      assumptions=["blood moves along the beam"]))

# W5 fire station: siren pitch drop
fs, vs, va = 800.0, 25.0, 343.0
fa = fs * va / (va - vs)
fr = fs * va / (va + vs)
add(Q(F,
      "A fire engine's siren emits a steady 800 Hz tone as the engine drives past a standing pedestrian at 25 m/s. "
      "Taking the speed of sound as 343 m/s, by how much does the frequency heard by the pedestrian drop as the engine "
      "goes from approaching to receding?",
      {"siren frequency": "800 Hz", "speed of the fire engine": "25 m/s", "speed of sound": "343 m/s"},
      "drop in heard frequency", "Hz", fa - fr, laws=1,
      solution=f"f_approach = {fa:.2f} Hz; f_recede = {fr:.2f} Hz; drop = {fa-fr:.2f} Hz",
      assumptions=["still air", "motion directly towards/away from the listener"]))

# W6 bicycle shop: spoke tension from pitch
Ls, dd, rho, f = 0.29, 2.0e-3, 7850.0, 380.0
mu = rho * math.pi * (dd / 2) ** 2
vw = 2 * Ls * f
Tn = mu * vw ** 2
add(Q(F,
      "Wheel builders often check spoke tension by plucking the spokes. A steel spoke (density 7850 kg/m^3) of "
      "diameter 2.0 mm vibrates over a free length of 0.29 m and sounds a fundamental of 380 Hz. Treating it as an "
      "ideal string fixed at both ends, what is its tension?",
      {"density of steel": "7850 kg/m^3", "spoke diameter": "2.0 mm", "free length": "0.29 m",
       "fundamental frequency": "380 Hz"},
      "spoke tension", "N", Tn, laws=2,
      solution=f"mu = rho pi r^2 = {mu:.5f} kg/m; v = 2 L f = {vw:.1f} m/s; T = mu v^2 = {Tn:.0f} N",
      assumptions=["bending stiffness neglected"]))

# W7 skate park: echo distance with temperature
T, t = 25.0, 0.35
v = 331.3 * math.sqrt((T + 273.15) / 273.15)
d = v * t / 2
add(Q(F,
      "A skater claps her hands facing the tall concrete wall at the end of the skate park and hears the echo 0.35 s "
      "later. The air is at 25 °C; take the speed of sound as 331.3 m/s at 0 °C, proportional to the square root "
      "of absolute temperature. How far away is the wall?",
      {"echo delay": "0.35 s", "air temperature": "25 degC", "speed of sound at 0 degC": "331.3 m/s"},
      "distance to the wall", "m", d, laws=2,
      solution=f"v = 331.3*sqrt(298.15/273.15) = {v:.2f} m/s; d = v t/2 = {d:.2f} m",
      assumptions=[]))

# W8 aquarium: wavelength change air -> water
lam_air, va, vw = 0.17, 343.0, 1480.0
lam_w = lam_air * vw / va
add(Q(F,
      "A speaker above the aquarium's open pool produces a tone with a wavelength of 0.17 m in air, where sound travels "
      "at 343 m/s. Part of the sound enters the water, where sound travels at 1480 m/s. What is the wavelength of the "
      "tone in the water?",
      {"wavelength in air": "0.17 m", "speed of sound in air": "343 m/s", "speed of sound in water": "1480 m/s"},
      "wavelength in water", "m", lam_w, laws=2,
      solution=f"f = 343/0.17 = {va/lam_air:.1f} Hz (unchanged); lambda_w = 1480/f = {lam_w:.4f} m",
      assumptions=[]))

# W9 laundrette: resonance of washer suspension
m, k = 35.0, 120e3
f = math.sqrt(k / m) / (2 * math.pi)
add(Q(F,
      "The drum assembly of a laundrette washing machine has a mass of 35 kg and a drum radius of 0.25 m. It rests on "
      "a suspension with a combined spring constant of 120 kN/m. An unbalanced load shakes the suspension once per "
      "drum revolution. At how many revolutions per second would it drive the suspension at resonance?",
      {"mass of the drum assembly": "35 kg", "drum radius": "0.25 m", "combined spring constant": "120 kN/m"},
      "drum rotation frequency at resonance", "Hz", f, laws=2, irrelevant=["drum radius"],
      solution=f"f = (1/2pi) sqrt(k/m) = {f:.3f} Hz; resonance when the drum turns {f:.3f} times per second ({f*60:.0f} rpm)",
      assumptions=["undamped mass-spring model", "one vertical degree of freedom"]))

# W10 submarine: sonar depth
t, vsw = 2.4, 1520.0
dsea = vsw * t / 2
add(Q(F,
      "A submarine's 3.5 kHz sonar pings straight down and the echo from the sea floor returns 2.4 s later. If sound "
      "travels at 1520 m/s in the seawater, how far below the submarine is the sea floor?",
      {"sonar frequency": "3.5 kHz", "echo time": "2.4 s", "speed of sound in seawater": "1520 m/s"},
      "distance to the sea floor", "m", dsea, laws=1, irrelevant=["sonar frequency"],
      solution=f"d = v t / 2 = 1520*2.4/2 = {dsea:.0f} m",
      assumptions=["uniform sound speed"]))

# W11 wind farm: sound level vs distance
L1, r1, r2 = 55.0, 150.0, 600.0
L2 = L1 - 20 * math.log10(r2 / r1)
add(Q(F,
      "At 150 m from a wind turbine the sound level is 55 dB. Treating the turbine as a point source radiating "
      "uniformly and ignoring absorption in the air and ground reflections, what is the sound level at a farmhouse "
      "600 m from the turbine?",
      {"distance of the first point": "150 m", "sound level at the first point": "55 dB",
       "distance of the farmhouse": "600 m"},
      "sound level at the farmhouse", "dB", L2, laws=2,
      solution=f"intensity ~ 1/r^2: L2 = 55 - 20 log10(600/150) = {L2:.2f} dB",
      assumptions=["inverse-square spreading"]))

# W12 library: intensity of 35 dB
Lq = 35.0
I = 1e-12 * 10 ** (Lq / 10)
add(Q(F,
      "The library's silent study room is designed so that background noise does not exceed 35 dB. What sound "
      "intensity corresponds to this level?",
      {"sound level": "35 dB"},
      "sound intensity", "W/m^2", I, laws=1,
      solution=f"I = I0 10^(L/10) = 1e-12 * 10^3.5 = {I:.4e} W/m^2",
      assumptions=["reference intensity 1e-12 W/m^2"]))

# W13 concert hall: not derivable (no linear density)
add(Q(F,
      "A guitarist tunes her G string, which has a vibrating length of 0.65 m, to 196 Hz before a concert. What tension "
      "is needed in the string?",
      {"vibrating length": "0.65 m", "fundamental frequency": "196 Hz"},
      "tension in the string", "N", outcome="not derivable", laws=2,
      solution="T = mu (2 L f)^2 needs the string's mass per unit length (or its gauge and material), which is not "
               "given; strings vary widely.",
      assumptions=[]))

# W14 radio station: not derivable (no frequency)
add(Q(F,
      "A regional radio station transmits 50 kW from the top of a 150 m mast. What is the wavelength of its carrier "
      "wave?",
      {"transmitter power": "50 kW", "mast height": "150 m"},
      "wavelength of the carrier", "m", outcome="not derivable", laws=1,
      solution="lambda = c/f needs the carrier frequency, which is not given; neither power nor mast height fixes it.",
      assumptions=[]))

# W15 concert hall: ambiguous (open vs stopped pipe)
Lp, v = 1.2, 343.0
add(Q(F,
      "One of the pipes of the concert hall's organ is 1.2 m long. Taking the speed of sound as 343 m/s, what is the "
      "fundamental frequency of this pipe?",
      {"length of the pipe": "1.2 m", "speed of sound": "343 m/s"},
      "fundamental frequency", "Hz", outcome="ambiguous", laws=1,
      solution=f"Organs have both open and stopped pipes. Open at both ends: f = v/(2L) = {v/(2*Lp):.1f} Hz; "
               f"stopped (closed at one end): f = v/(4L) = {v/(4*Lp):.1f} Hz.",
      assumptions=["end corrections neglected"]))
