"""Batch z, field: waves (15 questions)."""
import math
from batch_z_common import Q, g, c, T0, sig

F = "waves"
Qs = []
v_air = 343.0

# W1 ambulance - Doppler, approaching source; siren power distractor
f1, u1 = 960.0, 25.0
f1p = f1 * v_air / (v_air - u1)
Qs.append(Q(F,
    "An ambulance siren emits 960 Hz with an acoustic power of 100 W. The ambulance drives straight "
    "towards a pedestrian standing at the kerb at 25 m/s. The speed of sound is 343 m/s. What "
    "frequency does the pedestrian hear?",
    {"siren frequency": "960 Hz", "acoustic power of the siren": "100 W",
     "speed of the ambulance": "25 m/s", "speed of sound": "343 m/s"},
    "frequency heard", "Hz", f1p, laws=1,
    irrelevant=["acoustic power of the siren"],
    solution=f"f' = f v/(v - u) = 960*343/318 = {sig(f1p)} Hz.",
    assumptions=["still air, stationary listener"]))

# W2 ambulance - pitch drop when passing
f2, u2 = 700.0, 90 / 3.6
df2 = f2 * (v_air / (v_air - u2) - v_air / (v_air + u2))
Qs.append(Q(F,
    "An ambulance passes a bus stop at a constant 90 km/h with its 700 Hz siren on. Taking the speed "
    "of sound as 343 m/s, by how much does the pitch heard at the stop drop as the ambulance goes "
    "from approaching to receding?",
    {"speed of the ambulance": "90 km/h", "siren frequency": "700 Hz",
     "speed of sound": "343 m/s"},
    "drop in frequency heard", "Hz", df2, laws=1,
    solution=f"f_app = {sig(f2*v_air/(v_air-u2))} Hz, f_rec = {sig(f2*v_air/(v_air+u2))} Hz; drop = {sig(df2)} Hz.",
    assumptions=["listener close to the road (motion directly toward / away)", "still air"]))

# W3 rock festival - inverse square + decibels
L3, r3 = 120.0, 40.0
L3b = L3 - 20 * math.log10(r3 / 1.0)
Qs.append(Q(F,
    "A loudspeaker stack at the rock festival stage produces a sound level of 120 dB at 1.0 m. "
    "Treating it as a point source radiating uniformly with no absorption, what is the sound level "
    "40 m away?",
    {"sound level at reference distance": "120 dB", "reference distance": "1.0 m",
     "listener distance": "40 m"},
    "sound level at the listener", "dB", L3b, laws=2,
    solution=f"I ~ 1/r^2, so L = 120 - 20 log10(40/1) = {sig(L3b)} dB.",
    assumptions=["point source, free field"]))

# W4 rock festival - guitar string fundamental
L4, T4, mu4 = 0.65, 75.0, 0.40e-3
v4 = math.sqrt(T4 / mu4)
f4 = v4 / (2 * L4)
Qs.append(Q(F,
    "A guitarist on the festival stage tunes a string whose vibrating length is 0.65 m, linear mass "
    "density 0.40 g/m and tension 75 N. What is its fundamental frequency?",
    {"vibrating length": "0.65 m", "linear mass density": "0.40 g/m", "string tension": "75 N"},
    "fundamental frequency", "Hz", f4, laws=2,
    solution=f"v = sqrt(T/mu) = {sig(v4)} m/s; f1 = v/(2L) = {sig(f4)} Hz.",
    assumptions=["ideal flexible string fixed at both ends"]))

# W5 clock tower - sound speed from temperature, distance from delay
dt5, Tc5 = 1.8, 5.0
v5 = 331.3 * math.sqrt((Tc5 + T0) / T0)
d5 = v5 * dt5
Qs.append(Q(F,
    "A hiker watches the clock tower's hammer strike the bell and hears the chime 1.8 s later. The air "
    "temperature is 5 °C, and sound travels at 331.3 m/s at 0 °C. How far is the hiker from the bell?",
    {"delay between seeing and hearing": "1.8 s", "air temperature": "5 degC",
     "speed of sound at 0 degC": "331.3 m/s"},
    "distance to the bell", "m", d5, laws=2,
    solution=f"v = 331.3 sqrt(T/273.15 K) = {sig(v5)} m/s; d = v t = {sig(d5)} m (light travel time negligible).",
    assumptions=["ideal-gas sound speed ~ sqrt(T)", "light arrives instantly"]))

# W6 science museum - closed pipe third harmonic
L6 = 1.2
f6 = 3 * v_air / (4 * L6)
Qs.append(Q(F,
    "A science museum sound exhibit has a tube 1.2 m long, closed at the bottom and open at the top. "
    "With sound travelling at 343 m/s, what is the frequency of the third harmonic (three times the "
    "fundamental)?",
    {"tube length": "1.2 m", "speed of sound": "343 m/s"},
    "frequency of the third harmonic", "Hz", f6, laws=1,
    solution=f"Closed-open tube: f_n = n v/(4L), n odd; f3 = 3*343/4.8 = {sig(f6)} Hz.",
    assumptions=["end correction neglected"]))

# W7 diving pool - wavelength in water; depth distractor
f7, v7 = 2.0e3, 1500.0
lam7 = v7 / f7
Qs.append(Q(F,
    "A synchronised-swimming speaker sits on the floor of the 5.0 m deep diving pool and plays a "
    "2.0 kHz tone. Sound travels at 1500 m/s in the water. What is the wavelength of the tone under "
    "water?",
    {"depth of the pool": "5.0 m", "tone frequency": "2.0 kHz", "speed of sound in water": "1500 m/s"},
    "wavelength under water", "m", lam7, laws=1,
    irrelevant=["depth of the pool"],
    solution=f"lambda = v/f = 1500/2000 = {sig(lam7)} m.",
    assumptions=[]))

# W8 glacier expedition - echo sounding of ice thickness; air temperature distractor
v8, t8 = 3800.0, 0.42
d8 = v8 * t8 / 2
Qs.append(Q(F,
    "On the glacier, where the air is at −15 °C, the team sets off a small charge on the ice surface. "
    "The sound pulse travels through the ice at 3800 m/s, reflects from the bedrock and returns 0.42 s "
    "after the blast. How thick is the ice?",
    {"air temperature": "-15 degC", "speed of sound in ice": "3800 m/s", "echo time": "0.42 s"},
    "ice thickness", "m", d8, laws=1,
    irrelevant=["air temperature"],
    solution=f"Round trip: d = v t/2 = 3800*0.42/2 = {sig(d8)} m.",
    assumptions=["vertical travel path, uniform ice"]))

# W9 bridge inspection - stay cable tension from vibration frequency
L9, mu9, f9 = 80.0, 60.0, 1.1
T9 = mu9 * (2 * L9 * f9) ** 2 / 1000
Qs.append(Q(F,
    "Bridge inspectors estimate the tension in a stay cable by measuring its vibration. The cable is "
    "80 m long between anchorages, has a mass of 60 kg per metre, and its fundamental transverse "
    "frequency is 1.1 Hz. What is the cable tension?",
    {"cable length": "80 m", "mass per unit length": "60 kg/m", "fundamental frequency": "1.1 Hz"},
    "cable tension", "kN", T9, laws=2,
    solution=f"f1 = v/(2L) -> v = 2 L f1 = {sig(2*L9*f9)} m/s; T = mu v^2 = {sig(T9)} kN.",
    assumptions=["taut string model, sag and bending stiffness neglected"]))

# W10 helicopter base - blade passing frequency and wavelength
N10, rpm10 = 4, 300.0
f10 = N10 * rpm10 / 60
lam10 = v_air / f10
Qs.append(Q(F,
    "A helicopter at the base has a 4-blade main rotor turning at 300 rpm. The thumping sound is "
    "produced each time a blade passes. With sound travelling at 343 m/s, what is the wavelength "
    "of this blade-passing sound?",
    {"number of blades": "4 dimensionless", "rotor speed": "300 rpm", "speed of sound": "343 m/s"},
    "wavelength of the blade-passing sound", "m", lam10, laws=2,
    solution=f"f = 4*300/60 = {sig(f10)} Hz; lambda = v/f = {sig(lam10)} m.",
    assumptions=[]))

# W11 pizzeria - microwave standing waves
d11 = 6.1e-2
f11 = c / (2 * d11) / 1e9
Qs.append(Q(F,
    "A pizzeria cook removes the turntable from the microwave oven and heats a tray of cheese. The "
    "melted spots, which form at adjacent antinodes of the standing wave, are 6.1 cm apart. What "
    "frequency does the oven operate at?",
    {"spacing of melted spots": "6.1 cm"},
    "microwave frequency", "GHz", f11, laws=2,
    solution=f"Antinode spacing = lambda/2 -> lambda = 12.2 cm; f = c/lambda = {sig(f11)} GHz.",
    assumptions=["speed of the microwaves = c"]))

# W12 salt mine - two arrival times through rock and air
va12, vr12, dt12 = 343.0, 5000.0, 2.4
d12 = dt12 / (1 / va12 - 1 / vr12)
Qs.append(Q(F,
    "A salt-mine worker feels the ground tremor of a blast through the rock (wave speed 5000 m/s) "
    "and hears the bang through the tunnel air (343 m/s) 2.4 s later. How far away was the blast?",
    {"wave speed in rock": "5000 m/s", "speed of sound in air": "343 m/s",
     "time between the two arrivals": "2.4 s"},
    "distance to the blast", "m", d12, laws=2,
    solution=f"d/343 - d/5000 = 2.4 s -> d = {sig(d12)} m.",
    assumptions=["both paths equal in length (straight tunnel)"]))

# W13 clock tower - ambiguous: "ticks once every second"
L13a = g * 1.0 ** 2 / (4 * math.pi ** 2)
L13b = g * 2.0 ** 2 / (4 * math.pi ** 2)
Qs.append(Q(F,
    "The clock tower's pendulum swings so that the clock ticks once every 1 s, one tick per swing. "
    "How long is the (simple) pendulum?",
    {"time between ticks": "1 s"},
    "length of the pendulum", "m", None, outcome="ambiguous", laws=1,
    solution=f"If a 'swing' is a full oscillation (period 1 s): L = gT^2/(4pi^2) = {sig(L13a)} m. "
             f"If a 'swing' is one side to the other (half-period 1 s, period 2 s, the classic seconds "
             f"pendulum): L = {sig(L13b)} m.",
    assumptions=["g = 9.81 m/s^2", "small amplitude"]))

# W14 rock festival - ill-posed: f*lambda inconsistent with the medium
Qs.append(Q(F,
    "At the rock festival, a 500 Hz test tone in air at 20 °C is measured to have a wavelength of "
    "2.5 m. How long does the tone take to travel from the stage to the mixing desk 40 m away?",
    {"tone frequency": "500 Hz", "air temperature": "20 degC", "wavelength": "2.5 m",
     "distance to the mixing desk": "40 m"},
    "travel time to the mixing desk", "s", None, outcome="ill-posed", laws=2,
    solution=f"f*lambda = 1250 m/s, but sound in air at 20 degC travels at about 343 m/s; the givens "
             f"contradict each other (40/1250 = {sig(40/1250)} s vs 40/343 = {sig(40/343)} s).",
    assumptions=[]))

# W15 helicopter base - not derivable: reference distance missing
Qs.append(Q(F,
    "A hovering helicopter produces a sound level of 105 dB at the edge of the helipad. The control "
    "tower is 150 m from the helicopter. What sound level reaches the control tower?",
    {"sound level at the helipad edge": "105 dB", "distance from helicopter to tower": "150 m"},
    "sound level at the tower", "dB", None, outcome="not derivable", laws=2,
    solution="Inverse-square scaling needs the distance from the helicopter to the helipad edge, "
             "which is not given.",
    assumptions=[]))
