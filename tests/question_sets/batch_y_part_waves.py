from batch_y_common import *

F = "waves"
Qs = []

# 1 sound delay with temperature-dependent speed
v0, Tc, dt = 331.3, 25.0, 0.12
v = v0 * math.sqrt((Tc + T0) / T0)
d = v * dt
Qs.append(Q(F,
    "A spectator at a tennis court sees a player hit the ball and hears the 'pock' 0.12 s later. The air is at 25 °C, and the speed of sound "
    "in air at 0 °C is 331.3 m/s. How far is the spectator from the player?",
    {"time delay": "0.12 s", "air temperature": "25 degC", "speed of sound at 0 degC": "331.3 m/s"},
    "distance to the player", "m", d, laws=2,
    solution=f"v = 331.3 √(298.15/273.15) = {v:.1f} m/s; light travel time negligible; d = v t = {d:.1f} m.",
    assumptions=["ideal-gas scaling v ∝ √T", "light arrives instantly"]))

# 2 Doppler approaching train horn (distractor: train length)
f0, vs, v = 440.0, 108 / 3.6, 340.0
f = f0 * v / (v - vs)
Qs.append(Q(F,
    "A 200 m long train sounding a 440 Hz horn approaches a railway tunnel entrance at 108 km/h. A track worker stands still beside the tunnel mouth. "
    "Taking the speed of sound as 340 m/s, what frequency does the worker hear?",
    {"length of the train": "200 m", "horn frequency": "440 Hz", "speed of the train": "108 km/h", "speed of sound": "340 m/s"},
    "frequency heard", "Hz", f, laws=1, irrelevant=["length of the train"],
    solution=f"v_s = 30 m/s; f' = f v/(v − v_s) = 440 × 340/310 = {f:.1f} Hz.",
    assumptions=["still air", "source moving directly toward the listener"]))

# 3 Doppler with both moving
f0, vs, vo, v = 880.0, 36 / 3.6, 1.5, 343.0
f = f0 * (v + vo) / (v + vs)
Qs.append(Q(F,
    "An ice-cream van playing its 880 Hz chime drives away from a child at 36 km/h while the child runs after it at 1.5 m/s. "
    "With the speed of sound 343 m/s, what frequency does the child hear?",
    {"chime frequency": "880 Hz", "speed of the van": "36 km/h", "speed of the child": "1.5 m/s", "speed of sound": "343 m/s"},
    "frequency heard by the child", "Hz", f, laws=1,
    solution=f"Source receding, observer approaching: f' = f (v + v_o)/(v + v_s) = 880 × 344.5/353 = {f:.1f} Hz.",
    assumptions=["still air", "motion along one line"]))

# 4 cable fundamental frequency
L, T, mu = 40.0, 5000.0, 1.2
vw = math.sqrt(T / mu)
f1 = vw / (2 * L)
Qs.append(Q(F,
    "A street-lighting power cable is strung between two poles 40 m apart with a tension of 5000 N. The cable has a mass of 1.2 kg per metre. "
    "What is the frequency of its fundamental transverse standing wave?",
    {"distance between poles": "40 m", "tension in the cable": "5000 N", "linear mass density": "1.2 kg/m"},
    "fundamental frequency", "Hz", f1, laws=2,
    solution=f"v = √(T/μ) = {vw:.2f} m/s; f1 = v/(2L) = {f1:.3f} Hz.",
    assumptions=["ends fixed", "sag and stiffness neglected"]))

# 5 closed glass tube (distractor: wall thickness)
L, v = 0.30, 343.0
f = v / (4 * L)
Qs.append(Q(F,
    "In a glassblowing studio, an apprentice blows across the open end of a glass tube 30 cm long, sealed at the other end, with walls 2 mm thick. "
    "Taking the speed of sound as 343 m/s, what is the fundamental frequency of the note?",
    {"length of the tube": "30 cm", "wall thickness": "2 mm", "speed of sound": "343 m/s"},
    "fundamental frequency", "Hz", f, laws=1, irrelevant=["wall thickness"],
    solution=f"Closed–open pipe: f1 = v/(4L) = 343/1.2 = {f:.1f} Hz.",
    assumptions=["end correction neglected"]))

# 6 intensity from a point source
P, r = 0.5, 10.0
I = P / (4 * math.pi * r**2)
Qs.append(Q(F,
    "A vacuum pump in a dairy farm's milking parlour radiates 0.5 W of sound power uniformly in all directions. What is the sound intensity 10 m away?",
    {"acoustic power": "0.5 W", "distance from the pump": "10 m"},
    "sound intensity", "W/m^2", I, laws=1,
    solution=f"I = P/(4πr^2) = 0.5/(4π × 100) = {I:.3e} W/m^2.",
    assumptions=["isotropic point source", "no reflections or absorption"]))

# 7 P-S interval
dt, vp, vs = 12.0, 6.0, 3.5
d = dt / (1 / vs - 1 / vp)
Qs.append(Q(F,
    "A seismometer at a volcano observatory records the S-wave from a small earthquake 12 s after the P-wave. P-waves travel at 6.0 km/s and S-waves "
    "at 3.5 km/s. How far away was the earthquake?",
    {"time between P and S arrivals": "12 s", "P-wave speed": "6.0 km/s", "S-wave speed": "3.5 km/s"},
    "distance to the earthquake", "km", d, laws=1,
    solution=f"d/3.5 − d/6.0 = 12 ⇒ d = 12/(1/3.5 − 1/6) = {d:.1f} km.",
    assumptions=["straight paths at constant speed"]))

# 8 radio wavelength (distractor: altitude)
f = 146e6
lam = c / f
Qs.append(Q(F,
    "A paraglider pilot flying at 1200 m altitude talks to the landing field on a 146 MHz radio. What is the wavelength of the radio waves?",
    {"altitude of the pilot": "1200 m", "radio frequency": "146 MHz"},
    "wavelength", "m", lam, laws=1, irrelevant=["altitude of the pilot"],
    solution=f"λ = c/f = 2.998e8/146e6 = {lam:.3f} m.",
    assumptions=["propagation in air at essentially c"]))

# 9 closed-closed duct second harmonic
L, v = 3.0, 343.0
f2 = 2 * v / (2 * L)
Qs.append(Q(F,
    "The test section of a wind-tunnel laboratory is a duct 3.0 m long which, with the fan off, is closed by rigid doors at both ends. "
    "With sound travelling at 343 m/s, what is the frequency of the second harmonic of the longitudinal acoustic modes?",
    {"length of the duct": "3.0 m", "speed of sound": "343 m/s"},
    "second-harmonic frequency", "Hz", f2, laws=1,
    solution=f"Closed–closed: f_n = n v/(2L); f2 = 343/3 = {f2:.1f} Hz.",
    assumptions=["plane waves along the duct"]))

# 10 beats between horn and its echo
f0, u_, v = 500.0, 5.0, 343.0
f_echo = f0 * (v + u_) / (v - u_)
beat = f_echo - f0
Qs.append(Q(F,
    "A golf cart driving at 5 m/s straight toward the clubhouse wall sounds its 500 Hz horn. The driver hears both the horn directly and its echo "
    "from the wall. With sound at 343 m/s, what beat frequency does the driver hear?",
    {"speed of the cart": "5 m/s", "horn frequency": "500 Hz", "speed of sound": "343 m/s"},
    "beat frequency", "Hz", beat, laws=2,
    solution=f"Wall receives f v/(v − u); driver hears echo f'' = f (v + u)/(v − u) = {f_echo:.2f} Hz; beat = {beat:.2f} Hz.",
    assumptions=["still air", "wall is stationary and flat"]))

# 11 ultrasonic sensor wavelength at 15 degC (distractor: door width)
f, Tc, v0 = 40e3, 15.0, 331.3
v = v0 * math.sqrt((Tc + T0) / T0)
lam = v / f
Qs.append(Q(F,
    "The automatic door of a supermarket, 1.8 m wide, uses a 40 kHz ultrasonic motion sensor. The air is at 15 °C and sound travels at 331.3 m/s in "
    "air at 0 °C. What is the wavelength of the ultrasound?",
    {"width of the door": "1.8 m", "sensor frequency": "40 kHz", "air temperature": "15 degC",
     "speed of sound at 0 degC": "331.3 m/s"},
    "wavelength", "mm", lam * 1000, laws=2, irrelevant=["width of the door"],
    solution=f"v = 331.3 √(288.15/273.15) = {v:.1f} m/s; λ = v/f = {lam*1000:.2f} mm.",
    assumptions=["ideal-gas scaling v ∝ √T"]))

# 12 SHM max speed of a press head
m, k, A = 250.0, 4.0e6, 0.5e-3
w = math.sqrt(k / m)
vmax = A * w
Qs.append(Q(F,
    "A 250 kg print head in a printing works rests on anti-vibration mounts with a combined spring constant of 4.0 × 10^6 N/m. When knocked it oscillates "
    "freely with an amplitude of 0.5 mm. What is its maximum speed?",
    {"mass of the print head": "250 kg", "spring constant": "4.0e6 N/m", "amplitude": "0.5 mm"},
    "maximum speed", "mm/s", vmax * 1000, laws=2,
    solution=f"ω = √(k/m) = {w:.1f} rad/s; v_max = Aω = {vmax*1000:.1f} mm/s.",
    assumptions=["undamped simple harmonic motion"]))

# 13 ND: tension without frequency or speed
Qs.append(Q(F,
    "The cord along the top of a tennis net is 12.8 m long between the posts and has a linear density of 0.05 kg/m. When plucked it vibrates in its "
    "fundamental mode. What is the tension in the cord?",
    {"length of the cord": "12.8 m", "linear density": "0.05 kg/m"},
    "tension in the cord", "N", None, outcome="not derivable", laws=2,
    solution="T = μv^2 = μ(2Lf)^2 requires the vibration frequency (or wave speed), which is not given; the tension cannot be found.",
    assumptions=["ends fixed"]))

# 14 IP: impossible sound speed in cold air
v_fl = 500 * 2.0
v_T = 331.3 * math.sqrt((-30 + T0) / T0)
Qs.append(Q(F,
    "Outside an arctic research station the air is at -30 °C. A siren emits a 500 Hz tone whose wavelength in the air is measured to be 2.0 m. "
    "How long does the sound take to reach the generator hut 500 m away?",
    {"air temperature": "-30 degC", "frequency": "500 Hz", "wavelength": "2.0 m", "distance to the hut": "500 m"},
    "travel time", "s", None, outcome="ill-posed", laws=2,
    solution=f"fλ = {v_fl:.0f} m/s, but sound in air at -30 °C travels at about {v_T:.0f} m/s. The givens contradict each other "
             "(0.5 s vs about 1.6 s).",
    assumptions=[]))

# 15 AMB: 'displacement of 8 cm' amplitude or peak-to-peak
f, s = 1.5, 0.08
v_amp = 2 * math.pi * f * s
v_pp = 2 * math.pi * f * s / 2
Qs.append(Q(F,
    "In a gusty wind, a cable between two street-lighting poles oscillates up and down at 1.5 Hz with a vertical displacement of 8 cm. "
    "Assuming simple harmonic motion, what is the maximum vertical speed of the cable's midpoint?",
    {"oscillation frequency": "1.5 Hz", "vertical displacement": "8 cm"},
    "maximum vertical speed", "m/s", None, outcome="ambiguous", laws=1,
    solution=f"v_max = 2πfA. If 8 cm is the amplitude, v = {v_amp:.3f} m/s; if it is the peak-to-peak swing (A = 4 cm), v = {v_pp:.3f} m/s.",
    assumptions=["simple harmonic motion"]))

assert len(Qs) == 15
