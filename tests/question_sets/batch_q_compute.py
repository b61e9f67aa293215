#!/usr/bin/env python3
"""Compute expected answers for blind batch q10q and write batch_q.json.
Standard library only. CODATA 2018 constants; g = 9.81 m/s^2 unless stated."""
import json, math, os, random

# ---------------- constants (CODATA 2018 / IAU) ----------------
g = 9.81
c = 299792458.0
h = 6.62607015e-34
hbar = h / (2 * math.pi)
e = 1.602176634e-19
kB = 1.380649e-23
NA = 6.02214076e23
R = 8.314462618
G = 6.67430e-11
me = 9.1093837015e-31
mp = 1.67262192369e-27
eps0 = 8.8541878128e-12
mu0 = 1.25663706212e-6
sigma = 5.670374419e-8
b_wien = 2.897771955e-3
me_keV = 510.99895000
MeV = 1e6 * e
atm = 101325.0
mmHg = 133.322387415
psi = 6894.757293168
knot = 1852.0 / 3600.0
ly = 9.4607304725808e15
pc = 3.0856775814913673e16
year = 365.25 * 86400.0   # Julian year
us_gal = 3.785411784e-3
imp_gal = 4.54609e-3
deg = math.pi / 180
K0 = 273.15

def sig6(x):
    return float(f"{x:.6g}")

QS = []

def add(field, text, given, find, unit, expected=None, outcome="value", laws=1,
        irrelevant=None, solution="", assumptions=None, rel_tol=0.01):
    QS.append({
        "field": field, "text": text, "given": given, "find": find, "unit": unit,
        "expected": None if outcome != "value" else sig6(expected),
        "outcome": outcome, "rel_tol": rel_tol, "laws": laws,
        "irrelevant": irrelevant or [], "solution": solution,
        "assumptions": assumptions or [],
    })

G981 = "g = 9.81 m/s^2"

# =====================================================================
# MECHANICS
# =====================================================================
F = "mechanics"
P = 1200 * g * 0.50
add(F, "A tower crane on a building site hoists a 1200 kg steel beam straight up at a steady 0.50 m/s to the top floor, 24 m above the ground. What mechanical power does the hoist have to deliver while the beam is rising?",
    {"mass of the beam": "1200 kg", "lifting speed": "0.50 m/s", "height of the top floor": "24 m"},
    "power delivered by the hoist", "kW", P / 1000, laws=1, irrelevant=["height of the top floor"],
    solution=f"Constant speed, so tension = mg; P = m g v = 1200*9.81*0.50 = {P:.1f} W = {P/1000:.4f} kW. The height does not matter.",
    assumptions=[G981, "no friction in the hoist"])

v = math.sqrt(2 * g * 18)
add(F, "A brick slips off scaffolding 18 m above the pavement. Ignoring air resistance, how fast is it going just before it hits the ground? Give the answer in km/h.",
    {"height of the scaffolding": "18 m"}, "speed just before impact", "km/h", v * 3.6, laws=1,
    solution=f"v = sqrt(2 g h) = sqrt(2*9.81*18) = {v:.4f} m/s = {v*3.6:.3f} km/h.",
    assumptions=[G981, "starts from rest", "no air resistance"])

v = math.sqrt(2 * g * 150 * math.sin(6 * deg))
add(F, "A cyclist stops pedalling at the top of a straight road that slopes down at 6.0 degrees below the horizontal. Rider plus bike have a mass of 85 kg. She starts from rest and coasts 150 m along the road. Neglecting friction and air drag, how fast is she going at the end of those 150 m?",
    {"mass of rider and bike": "85 kg", "slope angle above horizontal": "6.0 degree", "distance coasted along the road": "150 m"},
    "speed after coasting 150 m", "m/s", v, laws=1, irrelevant=["mass of rider and bike"],
    solution=f"Height dropped = 150 sin 6 deg = {150*math.sin(6*deg):.3f} m; v = sqrt(2 g h) = {v:.4f} m/s.",
    assumptions=[G981, "no friction, no drag, rolling energy of wheels neglected"])

f = (27 / 3.6) / (math.pi * 0.70) * 60
add(F, "A bicycle with wheels 0.70 m in diameter is ridden at a steady 27 km/h. How many revolutions per minute does each wheel make?",
    {"wheel diameter": "0.70 m", "bicycle speed": "27 km/h"}, "wheel rotation rate", "rpm", f, laws=1,
    solution=f"v = 7.5 m/s; circumference = pi*0.70 = {math.pi*0.7:.4f} m; rate = 7.5/2.1991 = {f/60:.4f} rev/s = {f:.2f} rpm.",
    assumptions=["wheels roll without slipping"])

E = 72 * g * 40 - 0.5 * 72 * 20 ** 2
add(F, "A 72 kg skier starts from rest at the top of a run and descends a vertical height of 40 m. At the bottom she is moving at 20 m/s. How much mechanical energy was lost to friction and air resistance on the way down?",
    {"mass of the skier": "72 kg", "vertical drop": "40 m", "speed at the bottom": "20 m/s"},
    "mechanical energy lost to friction and drag", "kJ", E / 1000, laws=2,
    solution=f"Loss = m g h - (1/2) m v^2 = {72*g*40:.1f} - {0.5*72*400:.1f} = {E:.1f} J = {E/1000:.4f} kJ.",
    assumptions=[G981, "starts from rest"])

T = 80 * g * (math.sin(20 * deg) + 0.08 * math.cos(20 * deg))
add(F, "A surface lift tows an 80 kg skier up a slope inclined at 20 degrees to the horizontal at constant speed. The tow rope is parallel to the slope, and the coefficient of kinetic friction between skis and snow is 0.08. What is the tension in the tow rope?",
    {"mass of the skier": "80 kg", "slope angle above horizontal": "20 degree", "coefficient of kinetic friction": "0.08 dimensionless"},
    "tension in the tow rope", "N", T, laws=2,
    solution=f"Constant speed: T = m g (sin 20 + mu cos 20) = 80*9.81*({math.sin(20*deg):.5f}+0.08*{math.cos(20*deg):.5f}) = {T:.2f} N.",
    assumptions=[G981, "rope parallel to the slope", "air drag neglected"])

m, k, fall = 70, 5000, 4.0
a_, b_, c_ = 0.5 * k, -m * g, -m * g * fall
x = (-b_ + math.sqrt(b_ * b_ - 4 * a_ * c_)) / (2 * a_)
add(F, "A 70 kg climber falls freely for 4.0 m before the slack in her rope is taken up, after which the rope stretches like a spring with a stiffness of 5000 N/m. What is the maximum stretch of the rope as it brings her to a momentary stop?",
    {"mass of the climber": "70 kg", "free-fall distance before the rope tightens": "4.0 m", "rope stiffness": "5000 N/m"},
    "maximum stretch of the rope", "m", x, laws=2,
    solution=f"Energy: m g (4.0 + x) = (1/2) k x^2 -> 2500 x^2 - 686.7 x - 2746.8 = 0 -> x = {x:.4f} m.",
    assumptions=[G981, "rope obeys Hooke's law, massless", "no energy lost to friction"])

v = 8 * knot
d = 0.5 * 5.0e7 * v ** 2 / 2.0e5
add(F, "A 5.0 x 10^7 kg cargo ship is sailing at 8.0 knots when its engines are shut down. If the water exerts an average resistive force of 2.0 x 10^5 N on the hull, how far does the ship drift before it stops?",
    {"mass of the ship": "5.0e7 kg", "initial speed": "8.0 knot", "average resistive force": "2.0e5 N"},
    "stopping distance", "km", d / 1000, laws=1,
    solution=f"v = 8 knots = {v:.4f} m/s; work-energy: d = (1/2) m v^2 / F = {d:.1f} m = {d/1000:.4f} km.",
    assumptions=["1 knot = 1852 m/h", "constant average force"])

w = 1200 * 2 * math.pi / 60
ratio = w ** 2 * 0.25 / g
add(F, "During its spin cycle the drum of a washing machine, of radius 25 cm, turns at 1200 revolutions per minute. How many times larger than g is the centripetal acceleration of a sock pressed against the drum wall?",
    {"drum radius": "25 cm", "spin rate": "1200 rpm"}, "centripetal acceleration as a multiple of g", "dimensionless", ratio, laws=1,
    solution=f"omega = {w:.3f} rad/s; a = omega^2 r = {w**2*0.25:.1f} m/s^2; a/g = {ratio:.2f}.",
    assumptions=[G981])

acc = (300 - 0.020 * 450 * g) / 450
d = 0.5 * acc * 3.0 ** 2
add(F, "Technicians push a 450 kg server rack on castors across a level data-centre floor with a steady horizontal force of 300 N. The rolling-resistance coefficient of the castors is 0.020. Starting from rest, how far does the rack move in the first 3.0 s?",
    {"mass of the rack": "450 kg", "pushing force": "300 N", "rolling-resistance coefficient": "0.020 dimensionless", "time": "3.0 s"},
    "distance moved", "m", d, laws=2,
    solution=f"a = (300 - 0.020*450*9.81)/450 = {acc:.5f} m/s^2; d = (1/2) a t^2 = {d:.4f} m.",
    assumptions=[G981, "rolling resistance = coefficient x normal force"])

v1 = math.sqrt(2 * g * 3.0)
vf = 800 / 1000 * v1
add(F, "On a construction site an 800 kg pile-driver hammer is dropped from 3.0 m onto the top of a 200 kg steel pile, and the two move together after impact. What is their common speed just after the collision?",
    {"mass of the hammer": "800 kg", "drop height": "3.0 m", "mass of the pile": "200 kg"},
    "speed of hammer and pile just after impact", "m/s", vf, laws=2,
    solution=f"Speed before impact sqrt(2 g h) = {v1:.4f} m/s; momentum: v = 800/(800+200) * {v1:.4f} = {vf:.4f} m/s.",
    assumptions=[G981, "perfectly inelastic collision", "collision is brief, external impulses neglected"])

tau = 0.050 * (6000 * 2 * math.pi / 60) / 20
add(F, "A reaction wheel used to point a navigation satellite has a moment of inertia of 0.050 kg m^2. Its motor spins it up from rest to 6000 rpm in 20 s with constant torque. What torque does the motor supply?",
    {"moment of inertia of the wheel": "0.050 kg*m^2", "final spin rate": "6000 rpm", "spin-up time": "20 s"},
    "motor torque", "N*m", tau, laws=2,
    solution=f"omega = 6000*2pi/60 = {6000*2*math.pi/60:.3f} rad/s; alpha = omega/t = {6000*2*math.pi/60/20:.4f} rad/s^2; tau = I alpha = {tau:.5f} N m.",
    assumptions=["bearing friction neglected"])

add(F, "A 2000 kg wrecking ball hangs from a crane. It is pulled back until its cable makes an angle of 30 degrees with the vertical and then released from rest. How fast is the ball moving when it passes through the lowest point of its swing?",
    {"mass of the wrecking ball": "2000 kg", "release angle from the vertical": "30 degree"},
    "speed at the lowest point", "m/s", outcome="not derivable", laws=1,
    solution="v = sqrt(2 g L (1 - cos 30)) requires the cable length L (the height drop), which is not given and cannot be assumed.",
    assumptions=[G981])

add(F, "A cyclist and her bike, 90 kg in total, coast from rest without pedalling down a hill with a vertical drop of 10 m and arrive at the bottom travelling at 25 m/s. How much work did friction and air drag do on them during the descent?",
    {"mass of rider and bike": "90 kg", "vertical drop": "10 m", "speed at the bottom": "25 m/s"},
    "work done by friction and drag", "J", outcome="ill-posed", laws=1,
    solution="Even with no losses the speed could be at most sqrt(2*9.81*10) = 14.0 m/s. 25 m/s would need friction to add energy, which it cannot do, so the data contradict energy conservation.",
    assumptions=[G981])

add(F, "The boom of a mobile crane is 30 m long and makes an angle of 60 degrees. A load hangs from a cable at the tip of the boom. How far horizontally from the boom's pivot is the load?",
    {"boom length": "30 m", "boom angle": "60 degree"}, "horizontal distance from the pivot to the load", "m",
    outcome="ambiguous", laws=1,
    solution="If the 60 degrees is measured from the horizontal, the distance is 30 cos 60 = 15.0 m; if it is measured from the vertical, it is 30 sin 60 = 25.98 m. The question does not say which.",
    assumptions=["boom treated as a straight line"])

# =====================================================================
# THERMODYNAMICS
# =====================================================================
F = "thermodynamics"
cw = 4186.0
Q = 1.5 * cw * 85
t = Q / (0.90 * 2200)
add(F, "A 2.2 kW electric kettle is filled with 1.5 L of water at 15 degC. If 90% of the electrical energy ends up in the water, how long does it take to bring the water to 100 degC?",
    {"kettle power": "2.2 kW", "volume of water": "1.5 L", "initial water temperature": "15 degC", "final water temperature": "100 degC", "efficiency": "90 percent"},
    "heating time", "min", t / 60, laws=2,
    solution=f"Q = m c dT = 1.5*4186*85 = {Q:.0f} J; useful power 1980 W; t = {t:.2f} s = {t/60:.4f} min.",
    assumptions=["specific heat of water 4186 J/(kg K)", "1 L of water has mass 1 kg", "no evaporation"])

E = 5.8 * 300 * 15 * 12 / 1000
add(F, "A glass greenhouse has 300 m^2 of glazing with an overall heat-transfer coefficient (U-value) of 5.8 W/(m^2 K). On a night when it is 5 degC outside, the inside is kept at 20 degC. How much heat, in kWh, leaks out through the glass during a 12-hour night?",
    {"glazing area": "300 m^2", "U-value of the glazing": "5.8 W/(m^2*K)", "outside temperature": "5 degC", "inside temperature": "20 degC", "length of the night": "12 h"},
    "heat lost during the night", "kWh", E, laws=2,
    solution=f"P = U A dT = 5.8*300*15 = {5.8*300*15:.0f} W; E = P t = 26.1 kW * 12 h = {E:.1f} kWh.",
    assumptions=["steady temperatures all night"])

mdot = 500e3 / (cw * 6)
add(F, "A data hall with a floor area of 1200 m^2 dissipates 500 kW of heat from its servers. All of this heat is carried away by chilled water that enters the cooling coils at 12 degC and leaves at 18 degC. What mass flow rate of water is needed?",
    {"heat load": "500 kW", "water inlet temperature": "12 degC", "water outlet temperature": "18 degC", "floor area of the data hall": "1200 m^2"},
    "mass flow rate of chilled water", "kg/s", mdot, laws=1, irrelevant=["floor area of the data hall"],
    solution=f"mdot = P/(c dT) = 500000/(4186*6) = {mdot:.4f} kg/s.",
    assumptions=["specific heat of water 4186 J/(kg K)", "steady state"])

Qs = 2.0 * (2100 * 10 + 334e3 + cw * 60)
mg_ = Qs / (0.40 * 45e6)
add(F, "At a high camp a mountaineer melts 2.0 kg of snow, initially at -10 degC, and heats the meltwater to 60 degC for tea. Her stove burns gas with a heat of combustion of 45 MJ/kg, and only 40% of that heat reaches the pot. What mass of gas does she use? (Specific heat of ice 2100 J/(kg K), latent heat of fusion 334 kJ/kg, specific heat of water 4186 J/(kg K).)",
    {"mass of snow": "2.0 kg", "initial snow temperature": "-10 degC", "final water temperature": "60 degC", "heat of combustion of the gas": "45 MJ/kg", "stove efficiency": "40 percent", "specific heat of ice": "2100 J/(kg*K)", "latent heat of fusion of ice": "334 kJ/kg", "specific heat of water": "4186 J/(kg*K)"},
    "mass of gas burned", "g", mg_ * 1000, laws=3,
    solution=f"Q = 2.0*(2100*10 + 334000 + 4186*60) = {Qs:.0f} J; gas mass = Q/(0.40*45e6) = {mg_*1000:.3f} g.",
    assumptions=["no evaporation losses"])

n = 200e5 * 0.50 / (R * (15 + K0))
mair = n * 0.02897
add(F, "A submarine stores compressed air for blowing its ballast tanks in a 0.50 m^3 flask at an absolute pressure of 200 bar and a temperature of 15 degC. Treating air as an ideal gas with molar mass 28.97 g/mol, what mass of air is in the flask?",
    {"flask volume": "0.50 m^3", "absolute pressure": "200 bar", "temperature": "15 degC", "molar mass of air": "28.97 g/mol"},
    "mass of air in the flask", "kg", mair, laws=2,
    solution=f"n = pV/(RT) = 2.0e7*0.50/(8.314*288.15) = {n:.1f} mol; m = n M = {mair:.3f} kg.",
    assumptions=["ideal gas"])

W = 2.0 * 334e3 / 3.0
Pav = W / 3600
add(F, "A freezer with a coefficient of performance of 3.0 turns 2.0 kg of water that is already at 0 degC into ice at 0 degC in 1.0 hour. What average electrical power does the freezer draw for this job?",
    {"coefficient of performance": "3.0 dimensionless", "mass of water": "2.0 kg", "freezing time": "1.0 h"},
    "average electrical power", "W", Pav, laws=2,
    solution=f"Heat removed = m L = 2.0*334000 = 668000 J; work = Q/COP = {W:.0f} J; P = W/3600 s = {Pav:.3f} W.",
    assumptions=["latent heat of fusion of water 334 kJ/kg", "only the freezing load counts"])

eta_c = 1 - (30 + K0) / (550 + K0)
eta = 0.60 * eta_c
Qin = 500e6 / eta
Qout = Qin - 500e6
dT = Qout / (250 * 1000 * cw)
add(F, "A coal-fired power station produces 500 MW of electricity. Its steam enters the turbines at 550 degC and it rejects heat to a river at 30 degC; its actual efficiency is 60% of the Carnot efficiency between these temperatures. All the rejected heat goes into the river, which flows at 250 m^3/s. By how much does the river's temperature rise?",
    {"electrical output": "500 MW", "steam temperature": "550 degC", "river temperature": "30 degC", "fraction of Carnot efficiency achieved": "60 percent", "river flow rate": "250 m^3/s"},
    "temperature rise of the river", "K", dT, laws=3,
    solution=f"Carnot = 1 - 303.15/823.15 = {eta_c:.5f}; actual = {eta:.5f}; heat in = {Qin/1e6:.2f} MW; rejected = {Qout/1e6:.2f} MW; dT = Q/(rho V c) = {dT:.4f} K.",
    assumptions=["water density 1000 kg/m^3, specific heat 4186 J/(kg K)", "river water fully mixed"])

p2 = atm * (121 + K0) / (20 + K0)
add(F, "A hospital autoclave chamber is sealed with dry air inside at 20 degC and 1.00 atm. If the air alone is heated to 121 degC at constant volume, what absolute pressure does it reach?",
    {"initial temperature": "20 degC", "initial pressure": "1.00 atm", "final temperature": "121 degC"},
    "final absolute pressure", "kPa", p2 / 1000, laws=1,
    solution=f"p2 = p1 T2/T1 = 101.325*394.15/293.15 = {p2/1000:.3f} kPa.",
    assumptions=["ideal gas, rigid chamber, no steam"])

dL = 40 * 12e-6 * 45
add(F, "A 40 m steel girder with a mass of 3000 kg is installed in a bridge. The coefficient of linear expansion of steel is 12 x 10^-6 per K. By how many millimetres does the girder lengthen between a winter day at -10 degC and a summer day at 35 degC?",
    {"girder length": "40 m", "mass of the girder": "3000 kg", "coefficient of linear expansion": "12e-6 1/K", "winter temperature": "-10 degC", "summer temperature": "35 degC"},
    "increase in length", "mm", dL * 1000, laws=1, irrelevant=["mass of the girder"],
    solution=f"dL = alpha L dT = 12e-6*40*45 = {dL:.4f} m = {dL*1000:.2f} mm.",
    assumptions=["free expansion"])

t = 200 * cw * 5 / (150 - 30)
add(F, "A 200 L tropical aquarium is filled with tap water at 20 degC. Its 150 W heater runs continuously while the tank loses heat to the room at a steady 30 W. How long does it take for the water to reach 25 degC?",
    {"volume of water": "200 L", "heater power": "150 W", "heat-loss rate": "30 W", "initial temperature": "20 degC", "target temperature": "25 degC"},
    "warm-up time", "h", t / 3600, laws=2,
    solution=f"Q = 200*4186*5 = {200*cw*5:.0f} J; net power 120 W; t = {t:.0f} s = {t/3600:.4f} h.",
    assumptions=["1 L of water has mass 1 kg", "specific heat 4186 J/(kg K)", "glass and gravel heat capacity neglected"])

rate = 800 * 0.30 * 3600 / 334e3
add(F, "On a sunny spring afternoon at a ski resort, sunlight delivers 800 W/m^2 to a snowfield that is already at 0 degC. The snow reflects 70% of the light and absorbs the rest. How much snow melts per square metre each hour?",
    {"solar irradiance": "800 W/m^2", "fraction of light reflected": "70 percent"},
    "mass of snow melted per square metre per hour", "kg/(m^2*h)", rate, laws=2,
    solution=f"Absorbed 240 W/m^2; energy per hour 864000 J/m^2; melted mass = 864000/334000 = {rate:.4f} kg per m^2 per hour.",
    assumptions=["latent heat of fusion 334 kJ/kg", "all absorbed energy goes into melting, no other losses"])

T2 = (20 + K0) * 4 ** 0.4
add(F, "The air in a bicycle pump, initially at 20 degC and atmospheric pressure, is compressed so quickly that no heat escapes, to one quarter of its original volume. Taking the ratio of specific heats for air as 1.40, what temperature does the air reach?",
    {"initial air temperature": "20 degC", "compression ratio (initial to final volume)": "4 dimensionless", "ratio of specific heats": "1.40 dimensionless"},
    "final air temperature", "degC", T2 - K0, laws=1,
    solution=f"Adiabatic: T2 = T1 (V1/V2)^(gamma-1) = 293.15*4^0.4 = {T2:.2f} K = {T2-K0:.2f} degC.",
    assumptions=["reversible adiabatic compression of an ideal gas"])

add(F, "A 5.0 kW electric heater is switched on in a small greenhouse on a cold morning when the air inside is at 4 degC. It runs for 2.0 hours. What is the air temperature in the greenhouse at the end?",
    {"heater power": "5.0 kW", "initial air temperature": "4 degC", "running time": "2.0 h"},
    "final air temperature", "degC", outcome="not derivable", laws=2,
    solution="The temperature rise depends on the mass (volume) of air and on heat losses through the glass; neither the greenhouse volume nor the loss rate is given.",
    assumptions=[])

add(F, "An inventor claims her heat engine for a small power plant takes in heat at 400 degC, rejects heat at 100 degC, and has an efficiency of 55%. If it delivers 2.0 MW of mechanical power, at what rate does it reject heat?",
    {"hot-reservoir temperature": "400 degC", "cold-reservoir temperature": "100 degC", "claimed efficiency": "55 percent", "mechanical power output": "2.0 MW"},
    "rate of heat rejection", "MW", outcome="ill-posed", laws=2,
    solution="The Carnot limit is 1 - 373.15/673.15 = 44.6%, so an efficiency of 55% violates the second law; the claim is impossible.",
    assumptions=[])

add(F, "A cyclist pumps her tyre to 30 psi in a garage at 0 degC, then leaves the bike in the sun until the air in the tyre is at 50 degC. Assuming the tyre volume does not change, what pressure will her pump gauge now read?",
    {"tyre pressure": "30 psi", "initial air temperature": "0 degC", "final air temperature": "50 degC"},
    "new tyre pressure", "psi", outcome="ambiguous", laws=1,
    solution="If 30 psi is gauge pressure (usual for tyres), absolute = 44.7 psi -> 52.9 psi absolute -> 38.2 psi gauge. If 30 psi is absolute, the answer is 30*323.15/273.15 = 35.5 psi. The two readings differ.",
    assumptions=["atmospheric pressure 14.7 psi", "constant volume ideal gas"])

# =====================================================================
# FLUIDS
# =====================================================================
F = "fluids"
A = math.pi * 0.30 ** 2
Fh = 1025 * g * 250 * A
add(F, "A 110 m long submarine is at a depth of 250 m in seawater of density 1025 kg/m^3. Its escape hatch is a circular disc 0.60 m in diameter, and the air inside the submarine is at 1 atm. What is the net force of the water on the hatch?",
    {"length of the submarine": "110 m", "depth": "250 m", "density of seawater": "1025 kg/m^3", "hatch diameter": "0.60 m", "internal air pressure": "1 atm"},
    "net force on the hatch", "kN", Fh / 1000, laws=2, irrelevant=["length of the submarine"],
    solution=f"Net pressure = rho g h = 1025*9.81*250 = {1025*g*250:.0f} Pa (the atmosphere on the surface cancels the inside 1 atm); F = p A = p*pi*0.30^2 = {Fh/1000:.2f} kN.",
    assumptions=[G981, "atmospheric pressure at the sea surface equals 1 atm", "pressure variation across the hatch neglected"])

dd = 60000 / (1000 * 20 * 8.0)
add(F, "A rectangular river barge is 20 m long and 8.0 m wide with vertical sides. A crane loads 60 tonnes of gravel onto it in fresh water. By how much does the barge sink deeper?",
    {"barge length": "20 m", "barge width": "8.0 m", "mass of gravel": "60 t"},
    "extra depth of immersion", "cm", dd * 100, laws=1,
    solution=f"Extra displaced volume = 60000/1000 = 60 m^3; depth = 60/(20*8) = {dd:.4f} m = {dd*100:.2f} cm.",
    assumptions=["fresh water density 1000 kg/m^3", "vertical sides"])

Fp = 1000 * g * 1.5 * 0.60 ** 2 / 2
add(F, "The front glass panel of an aquarium is 1.5 m wide, and the water in the tank is 60 cm deep. What total force does the water exert on the front panel? (Atmospheric pressure acts on both sides and may be ignored.)",
    {"panel width": "1.5 m", "water depth": "60 cm"}, "force of the water on the panel", "N", Fp, laws=1,
    solution=f"Average gauge pressure rho g h/2 over area w h: F = rho g w h^2/2 = 1000*9.81*1.5*0.36/2 = {Fp:.1f} N.",
    assumptions=[G981, "fresh water 1000 kg/m^3"])

hiv = 12 * mmHg / (1020 * g)
add(F, "A nurse sets up an IV drip. The saline solution has a density of 1020 kg/m^3 and the gauge pressure of the blood in the patient's vein is 12 mmHg. What is the minimum height of the fluid surface in the bag above the needle for the fluid to flow into the vein?",
    {"density of the saline": "1020 kg/m^3", "gauge pressure in the vein": "12 mmHg"},
    "minimum height of the bag above the needle", "cm", hiv * 100, laws=1,
    solution=f"rho g h = 12 mmHg = {12*mmHg:.1f} Pa; h = {hiv:.4f} m = {hiv*100:.2f} cm.",
    assumptions=[G981, "flow resistance neglected (minimum condition)"])

Qf = math.pi * 0.20e-3 ** 4 * 5.0e3 / (8 * 1.0e-3 * 0.040)
add(F, "Saline with a viscosity of 1.0 x 10^-3 Pa s is pushed through a hypodermic needle 4.0 cm long with an inner radius of 0.20 mm. The pressure difference between the ends of the needle is 5.0 kPa. Assuming laminar flow, what is the flow rate in millilitres per minute?",
    {"viscosity of the saline": "1.0e-3 Pa*s", "needle length": "4.0 cm", "inner radius of the needle": "0.20 mm", "pressure difference": "5.0 kPa"},
    "flow rate", "mL/min", Qf * 1e6 * 60, laws=1,
    solution=f"Poiseuille: Q = pi r^4 dp/(8 eta L) = {Qf:.4e} m^3/s = {Qf*6e7:.4f} mL/min.",
    assumptions=["laminar Poiseuille flow"])

v2 = 1.2 * (5.0 / 1.0) ** 2
hj = v2 ** 2 / (2 * g)
add(F, "In a greenhouse, water flows at 1.2 m/s through a hose of inner diameter 5.0 cm and leaves through a nozzle of diameter 1.0 cm. If the nozzle is pointed straight up, how high could the jet rise, neglecting air resistance?",
    {"hose diameter": "5.0 cm", "speed in the hose": "1.2 m/s", "nozzle diameter": "1.0 cm"},
    "maximum height of the jet", "m", hj, laws=2,
    solution=f"Continuity: v = 1.2*(5/1)^2 = {v2:.1f} m/s; height h = v^2/(2g) = {hj:.3f} m.",
    assumptions=[G981, "incompressible flow", "no air resistance"])

Pp = 2400 * g * 40 * 30 / 3600
add(F, "A concrete pump lifts fresh concrete (density 2400 kg/m^3) through a vertical pipe to a floor 40 m above the pump, delivering 30 m^3 of concrete per hour. Ignoring friction in the pipe and the kinetic energy of the concrete, what minimum power must the pump supply?",
    {"density of concrete": "2400 kg/m^3", "lifting height": "40 m", "delivery rate": "30 m^3/h"},
    "minimum pump power", "kW", Pp / 1000, laws=2,
    solution=f"Pressure needed rho g h = {2400*g*40:.0f} Pa; power = p Q = {2400*g*40:.0f}*{30/3600:.5f} = {Pp:.0f} W = {Pp/1000:.3f} kW.",
    assumptions=[G981])

pE = atm * math.exp(-0.02896 * g * 8849 / (R * 250))
add(F, "Model the atmosphere as an isothermal ideal gas at 250 K with molar mass 28.96 g/mol and a sea-level pressure of 101.325 kPa. What air pressure would a mountaineer experience on the summit of Everest, 8849 m above sea level?",
    {"air temperature": "250 K", "molar mass of air": "28.96 g/mol", "sea-level pressure": "101.325 kPa", "summit altitude": "8849 m"},
    "air pressure at the summit", "kPa", pE / 1000, laws=1,
    solution=f"p = p0 exp(-M g h/(R T)) = 101.325*exp(-{0.02896*g*8849/(R*250):.5f}) = {pE/1000:.3f} kPa.",
    assumptions=[G981, "isothermal atmosphere", "g constant with height"])

Vb = (1025 * 2.0 - 1950) / 1025
add(F, "A remotely operated underwater vehicle has a fixed outer volume of 2.0 m^3 and a mass of 1950 kg with its ballast tank empty. The ballast tank is inside the hull. How many litres of seawater (density 1025 kg/m^3) must it take on to become neutrally buoyant?",
    {"outer volume of the vehicle": "2.0 m^3", "mass with empty ballast tank": "1950 kg", "density of seawater": "1025 kg/m^3"},
    "volume of seawater to take on", "L", Vb * 1000, laws=2,
    solution=f"Neutral buoyancy needs total mass = 1025*2.0 = 2050 kg, so 100 kg of water = 100/1025 m^3 = {Vb*1000:.3f} L.",
    assumptions=["ballast tank inside the fixed hull volume"])

vd = 5.0 / (0.80 * 0.50)
qd = 0.5 * 1.20 * vd ** 2
add(F, "A fan in a data centre that houses 200 kW of servers pushes 5.0 m^3/s of air (density 1.20 kg/m^3) through a rectangular duct measuring 0.80 m by 0.50 m. What is the dynamic pressure of the air in the duct?",
    {"IT load of the data centre": "200 kW", "air flow rate": "5.0 m^3/s", "air density": "1.20 kg/m^3", "duct width": "0.80 m", "duct height": "0.50 m"},
    "dynamic pressure in the duct", "Pa", qd, laws=2, irrelevant=["IT load of the data centre"],
    solution=f"v = Q/A = 5.0/0.40 = {vd:.2f} m/s; q = (1/2) rho v^2 = {qd:.2f} Pa.",
    assumptions=["uniform velocity across the duct"])

frac = 1 - 917 / 1025
add(F, "Ship's officers watching for icebergs know that only part of an iceberg shows above the water. If ice has a density of 917 kg/m^3 and seawater 1025 kg/m^3, what percentage of a floating iceberg's volume is above the surface?",
    {"density of ice": "917 kg/m^3", "density of seawater": "1025 kg/m^3"},
    "percentage of volume above water", "percent", frac * 100, laws=1,
    solution=f"Submerged fraction = 917/1025 = {917/1025:.5f}; above = {frac*100:.3f}%.",
    assumptions=["iceberg floating in equilibrium"])

vt = math.sqrt(2 * g * 2.5)
Qt = vt * 1.0e-4
add(F, "A water storage tank on the roof of a house springs a leak: a hole of area 1.0 cm^2 opens 2.5 m below the water surface. At what rate, in litres per minute, does water initially pour out?",
    {"hole area": "1.0 cm^2", "depth of the hole below the surface": "2.5 m"},
    "initial leak rate", "L/min", Qt * 1000 * 60, laws=2,
    solution=f"Torricelli: v = sqrt(2 g h) = {vt:.4f} m/s; Q = A v = {Qt:.4e} m^3/s = {Qt*6e4:.3f} L/min.",
    assumptions=[G981, "tank open to the air, large compared with the hole", "no vena contracta"])

add(F, "A cargo ship floating in a harbour sinks 0.40 m deeper into the seawater (density 1025 kg/m^3) after containers are loaded onto it. What is the total mass of the containers?",
    {"extra depth of immersion": "0.40 m", "density of seawater": "1025 kg/m^3"},
    "mass of the containers", "t", outcome="not derivable", laws=1,
    solution="Added mass = rho A dh requires the waterline area A of the hull, which is not given.",
    assumptions=["vertical hull sides near the waterline"])

add(F, "A submarine has a total hull volume of 3000 m^3 and a mass of 3.5 x 10^6 kg. It floats at the surface of seawater (density 1025 kg/m^3) with 10% of its volume above the water. What buoyant force acts on it?",
    {"hull volume": "3000 m^3", "mass of the submarine": "3.5e6 kg", "density of seawater": "1025 kg/m^3", "fraction of volume above water": "10 percent"},
    "buoyant force", "MN", outcome="ill-posed", laws=1,
    solution="With 90% submerged the buoyant force is 1025*2700*9.81 = 27.1 MN, but floating requires it to equal the weight 3.5e6*9.81 = 34.3 MN. Even fully submerged the buoyancy (30.2 MN) is less than the weight, so the vessel cannot float as described.",
    assumptions=[G981])

add(F, "An aquarium pump is rated at 300 gallons per hour. The water flows through a tube with an inner diameter of 1.5 cm. What is the average speed of the water in the tube?",
    {"pump flow rate": "300 gallon/hour", "inner diameter of the tube": "1.5 cm"},
    "average water speed in the tube", "m/s", outcome="ambiguous", laws=1,
    solution="With US gallons (3.785 L), Q = 3.154e-4 m^3/s and v = 1.79 m/s; with imperial gallons (4.546 L), Q = 3.788e-4 m^3/s and v = 2.14 m/s. The gallon is not specified.",
    assumptions=["pump delivers its rated flow"])

# =====================================================================
# WAVES
# =====================================================================
F = "waves"
f1 = 1 / (2 * 0.65) * math.sqrt(80 / 0.40e-3)
add(F, "In a recording studio a guitarist tunes a string whose vibrating length is 0.65 m and whose mass per unit length is 0.40 g/m. The string is under a tension of 80 N. What is its fundamental frequency?",
    {"vibrating length": "0.65 m", "mass per unit length": "0.40 g/m", "string tension": "80 N"},
    "fundamental frequency", "Hz", f1, laws=2,
    solution=f"Wave speed v = sqrt(T/mu) = sqrt(80/0.0004) = {math.sqrt(80/0.4e-3):.2f} m/s; f1 = v/(2L) = {f1:.2f} Hz.",
    assumptions=["string fixed at both ends"])

L8 = 94 - 20 * math.log10(8.0)
add(F, "A studio monitor produces a sound intensity level of 94 dB at a distance of 1.0 m. Treating it as a point source radiating equally in all directions with no reflections, what is the sound level 8.0 m away?",
    {"sound level at 1.0 m": "94 dB", "reference distance": "1.0 m", "new distance": "8.0 m"},
    "sound level at 8.0 m", "dB", L8, laws=2,
    solution=f"Inverse square: intensity drops by 64, level by 10 log10(64) = {20*math.log10(8):.3f} dB; L = {L8:.3f} dB.",
    assumptions=["free field, point source"])

depth = 1540 * 65e-6 / 2
add(F, "A 5.0 MHz ultrasound probe sends a pulse into soft tissue, where sound travels at 1540 m/s. The echo from the boundary of an organ arrives back 65 microseconds after the pulse was sent. How deep is the boundary?",
    {"ultrasound frequency": "5.0 MHz", "speed of sound in tissue": "1540 m/s", "echo delay": "65 us"},
    "depth of the boundary", "cm", depth * 100, laws=1, irrelevant=["ultrasound frequency"],
    solution=f"Round trip: depth = v t/2 = 1540*65e-6/2 = {depth:.5f} m = {depth*100:.3f} cm.",
    assumptions=["uniform speed of sound"])

fD = 4.0e6 * (1540 + 0.30) / (1540 - 0.30) - 4.0e6
add(F, "A Doppler ultrasound unit sends 4.0 MHz waves into an artery. Blood is moving directly towards the transducer at 0.30 m/s, and sound travels at 1540 m/s in tissue. What is the frequency shift of the wave reflected by the blood and received back at the transducer?",
    {"transmitted frequency": "4.0 MHz", "blood speed toward the transducer": "0.30 m/s", "speed of sound in tissue": "1540 m/s"},
    "Doppler frequency shift", "Hz", fD, laws=2,
    solution=f"Blood receives f(c+v)/c and re-emits as a moving source: f'' = f (c+v)/(c-v); shift = {fD:.1f} Hz (about 2 f v/c = {2*4e6*0.3/1540:.1f} Hz).",
    assumptions=["motion exactly along the beam"])

dS = 1500 * 2.4 / 2
add(F, "A submarine's sonar emits a 12 kHz ping towards the sea floor, and the echo returns 2.4 s later. If sound travels at 1500 m/s in seawater, how far below the submarine is the sea floor?",
    {"sonar frequency": "12 kHz", "echo time": "2.4 s", "speed of sound in seawater": "1500 m/s"},
    "distance to the sea floor", "km", dS / 1000, laws=1, irrelevant=["sonar frequency"],
    solution=f"d = v t/2 = 1500*2.4/2 = {dS:.0f} m = {dS/1000:.3f} km.",
    assumptions=["straight vertical path, uniform sound speed"])

v30 = 331.3 * math.sqrt((30 + K0) / K0)
fc = v30 / (4 * 0.85)
add(F, "A sound designer uses a pipe 0.85 m long, closed at one end, as a resonator. The speed of sound in air is 331.3 m/s at 0 degC and is proportional to the square root of the absolute temperature. What is the pipe's fundamental frequency when the studio air is at 30 degC?",
    {"pipe length": "0.85 m", "speed of sound at 0 degC": "331.3 m/s", "air temperature": "30 degC"},
    "fundamental frequency", "Hz", fc, laws=2,
    solution=f"v = 331.3*sqrt(303.15/273.15) = {v30:.2f} m/s; closed pipe f1 = v/(4L) = {fc:.2f} Hz.",
    assumptions=["end correction neglected"])

fb = 2000 * 343 / (343 - 10)
add(F, "A cyclist riding at 36 km/h rings her 2000 Hz bell as she heads straight towards a pedestrian standing still. If the speed of sound is 343 m/s, what frequency does the pedestrian hear?",
    {"bell frequency": "2000 Hz", "cyclist speed": "36 km/h", "speed of sound": "343 m/s"},
    "frequency heard by the pedestrian", "Hz", fb, laws=1,
    solution=f"Moving source: f' = f v/(v - vs) = 2000*343/333 = {fb:.2f} Hz.",
    assumptions=["still air"])

rj = 2.0 * 10 ** ((110 - 85) / 20)
add(F, "A jackhammer produces a sound level of 110 dB at 2.0 m. Treating it as a point source in open air, how far away must a site worker stand for the level to fall to 85 dB?",
    {"sound level near the jackhammer": "110 dB", "distance of that measurement": "2.0 m", "target sound level": "85 dB"},
    "distance for 85 dB", "m", rj, laws=2,
    solution=f"25 dB less means intensity 10^2.5 smaller; r = 2.0*10^(25/20) = {rj:.3f} m.",
    assumptions=["inverse-square spreading, no absorption or reflections"])

fl = 1 / (2 * 300) * math.sqrt(40e3 / 1.6)
add(F, "A power-line conductor between two pylons spans 300 m, has a mass of 1.6 kg per metre and is under a tension of 40 kN. In a strong wind it can oscillate in a transverse standing wave. What is the frequency of its fundamental mode?",
    {"span length": "300 m", "mass per metre": "1.6 kg/m", "tension": "40 kN"},
    "fundamental frequency", "Hz", fl, laws=2,
    solution=f"v = sqrt(T/mu) = {math.sqrt(40e3/1.6):.2f} m/s; f1 = v/(2L) = {fl:.5f} Hz.",
    assumptions=["conductor treated as a taut string fixed at both ends, sag neglected"])

vm = 331.3 * math.sqrt((K0 - 10) / K0)
de = vm * 3.0 / 2
add(F, "A climber shouts across a valley and hears the echo from the opposite rock face 3.0 s later. The air is at -10 degC. Using v = 331.3 m/s at 0 degC and v proportional to the square root of the absolute temperature, how far away is the rock face?",
    {"echo delay": "3.0 s", "air temperature": "-10 degC", "speed of sound at 0 degC": "331.3 m/s"},
    "distance to the rock face", "m", de, laws=2,
    solution=f"v = 331.3*sqrt(263.15/273.15) = {vm:.2f} m/s; d = v t/2 = {de:.1f} m.",
    assumptions=["still air, uniform temperature"])

Te = 40 / (6.0 + 4.0)
add(F, "Ocean swell with crests 40 m apart travels at 6.0 m/s. A ship steams directly into the swell at 4.0 m/s. How much time passes between successive crests hitting the bow?",
    {"distance between crests": "40 m", "wave speed": "6.0 m/s", "ship speed": "4.0 m/s"},
    "time between crests at the bow", "s", Te, laws=2,
    solution=f"Relative speed 6.0 + 4.0 = 10 m/s; period = 40/10 = {Te:.2f} s.",
    assumptions=["ship heading exactly opposite to the wave direction"])

fmw = c / (2 * 0.061)
add(F, "With the turntable removed, a microwave oven melts a layer of cheese in spots that are 6.1 cm apart, marking adjacent antinodes of the standing wave inside. What frequency does this imply for the microwaves?",
    {"distance between adjacent melted spots": "6.1 cm"},
    "microwave frequency", "GHz", fmw / 1e9, laws=2,
    solution=f"Adjacent antinodes are lambda/2 apart, so lambda = 12.2 cm; f = c/lambda = {fmw/1e9:.4f} GHz.",
    assumptions=["waves travel at c inside the oven"])

add(F, "A bass guitarist in a studio wants the open E string, with a vibrating length of 0.864 m, to sound at its standard fundamental frequency of 41.2 Hz. What tension must the string be under?",
    {"vibrating length": "0.864 m", "fundamental frequency": "41.2 Hz"},
    "string tension", "N", outcome="not derivable", laws=2,
    solution="T = mu (2 L f)^2 needs the string's mass per unit length, which is not given and varies widely between strings.",
    assumptions=[])

add(F, "A small loudspeaker radiates 50 W of acoustic power uniformly in all directions, and the sound level measured 2.0 m away is 140 dB. At what distance from the speaker is the level 100 dB?",
    {"acoustic power": "50 W", "measurement distance": "2.0 m", "measured sound level": "140 dB", "target level": "100 dB"},
    "distance where the level is 100 dB", "m", outcome="ill-posed", laws=2,
    solution="50 W spread over a sphere of radius 2.0 m gives I = 0.995 W/m^2, i.e. 120 dB, not 140 dB. The givens contradict each other, so the answer depends on which one is used (about 20 m from the power, 200 m from the 140 dB reading).",
    assumptions=["reference intensity 1e-12 W/m^2"])

add(F, "A producer turns up a guitar amplifier so that it sounds twice as loud as before. By how many decibels has the sound level increased?",
    {"loudness ratio": "2 dimensionless"}, "increase in sound level", "dB", outcome="ambiguous", laws=1,
    solution="If 'twice as loud' means twice the intensity, the increase is 10 log10 2 = 3.0 dB; if it means twice the perceived loudness (the usual psychoacoustic rule), it is about 10 dB.",
    assumptions=[])

# =====================================================================
# OPTICS
# =====================================================================
F = "optics"
NA_ = math.sqrt(1.62 ** 2 - 1.52 ** 2)
th = math.degrees(math.asin(NA_))
add(F, "The optical fibres in a medical endoscope have a core of refractive index 1.62 and a cladding of index 1.52. Light enters the flat end of a fibre from air. What is the largest angle to the fibre axis at which entering light is still trapped by total internal reflection?",
    {"refractive index of the core": "1.62 dimensionless", "refractive index of the cladding": "1.52 dimensionless"},
    "maximum acceptance angle", "degree", th, laws=2,
    solution=f"Critical angle at the core-cladding boundary sin(theta_c) = 1.52/1.62; at entry sin(theta_max) = sqrt(1.62^2 - 1.52^2) = {NA_:.5f}; theta_max = {th:.3f} degrees.",
    assumptions=["refractive index of air 1.00", "meridional rays"])

da = 30 / 1.333
add(F, "Looking straight down into an aquarium, a child sees a fish that is actually 30 cm below the water surface. How deep does the fish appear to be? (Refractive index of water 1.333.)",
    {"actual depth of the fish": "30 cm", "refractive index of water": "1.333 dimensionless"},
    "apparent depth", "cm", da, laws=1,
    solution=f"Near-normal viewing: apparent depth = d/n = 30/1.333 = {da:.3f} cm.",
    assumptions=["viewing close to the normal", "refractive index of air 1.00"])

thc = math.asin(1 / 1.333)
rw = 2.0 * math.tan(thc)
add(F, "A diver floating 2.0 m below the calm surface of a large aquarium looks up and sees the world above the water compressed into a bright circle, outside which the surface acts as a mirror. What is the radius of that bright circle on the surface? (Refractive index of water 1.333.)",
    {"depth of the diver's eye": "2.0 m", "refractive index of water": "1.333 dimensionless"},
    "radius of the bright circle", "m", rw, laws=2,
    solution=f"Edge of the circle at the critical angle asin(1/1.333) = {math.degrees(thc):.3f} deg; r = d tan(theta_c) = {rw:.4f} m.",
    assumptions=["flat surface", "refractive index of air 1.00"])

thb = math.degrees(math.atan(1.31))
elev = 90 - thb
add(F, "Skiers wear polarised goggles to cut glare from icy slopes. Ice has a refractive index of 1.31. At what elevation of the Sun above the horizon is sunlight reflected from a flat, horizontal icy surface completely polarised?",
    {"refractive index of ice": "1.31 dimensionless"}, "elevation of the Sun above the horizon", "degree", elev, laws=2,
    solution=f"Brewster angle from the normal = atan(1.31) = {thb:.3f} deg; elevation = 90 - {thb:.3f} = {elev:.3f} deg.",
    assumptions=["refractive index of air 1.00", "surface horizontal"])

di = 1 / (1 / 50.0 - 1 / 200000.0)
hi = 60000 * di / 200000.0
add(F, "A time-lapse camera on a construction site has a 50 mm focal-length lens. It photographs a 60 m tall tower crane that stands 200 m away. How tall is the crane's image on the camera sensor?",
    {"focal length of the lens": "50 mm", "height of the crane": "60 m", "distance to the crane": "200 m"},
    "height of the image", "mm", hi, laws=2,
    solution=f"Thin lens: d_i = 1/(1/50 - 1/200000) = {di:.4f} mm; magnification = d_i/d_o; image height = 60000*{di:.4f}/200000 = {hi:.4f} mm.",
    assumptions=["thin lens"])

Pw = -1 / 0.78
add(F, "An eye clinic examines a short-sighted patient whose far point is 80 cm from her eyes. Her glasses will sit 2.0 cm in front of her eyes. What power must each lens have so that she can see distant objects clearly?",
    {"far point distance": "80 cm", "distance from glasses to eye": "2.0 cm"},
    "lens power", "1/m", Pw, laws=1,
    solution=f"The lens must form an image of a distant object at the far point, 78 cm from the lens: f = -0.78 m, P = 1/f = {Pw:.4f} dioptres.",
    assumptions=["thin lens"])

res = 1.22 * 550e-9 / 1.1 * 500e3
add(F, "An Earth-observation satellite orbiting 500 km above the ground carries a telescope with a 1.1 m diameter mirror. Using the Rayleigh criterion at a wavelength of 550 nm, what is the smallest separation of two points on the ground that it can resolve directly below it?",
    {"altitude": "500 km", "mirror diameter": "1.1 m", "wavelength": "550 nm"},
    "smallest resolvable ground separation", "cm", res * 100, laws=2,
    solution=f"theta = 1.22 lambda/D = {1.22*550e-9/1.1:.4e} rad; s = theta h = {res:.4f} m = {res*100:.2f} cm.",
    assumptions=["diffraction-limited optics, no atmospheric blurring"])

tq = 550 / (4 * 1.38)
add(F, "Greenhouse glass (refractive index 1.52) is given an anti-reflection coating of magnesium fluoride, refractive index 1.38, to let more light through. What is the minimum coating thickness that minimises reflection of 550 nm light at normal incidence?",
    {"refractive index of the glass": "1.52 dimensionless", "refractive index of the coating": "1.38 dimensionless", "wavelength": "550 nm"},
    "minimum coating thickness", "nm", tq, laws=1,
    solution=f"Both reflections have a phase flip, so destructive interference needs 2 n t = lambda/2: t = lambda/(4 n) = {tq:.3f} nm.",
    assumptions=["normal incidence"])

dt = 10e3 * (1.468 - 1) / c
add(F, "Two data centres are linked by 10 km of optical fibre whose core has a refractive index of 1.468. How much longer does a signal take to travel this distance in the fibre than it would take in a vacuum?",
    {"fibre length": "10 km", "refractive index of the core": "1.468 dimensionless"},
    "extra travel time", "us", dt * 1e6, laws=1,
    solution=f"dt = L (n - 1)/c = 1e4*0.468/c = {dt*1e6:.4f} microseconds.",
    assumptions=["signal travels at c/n along the fibre axis"])

fm_ = 30.0
di = 1 / (1 / fm_ - 1 / 20.0)
mag = -di / 20.0
add(F, "A lighted make-up mirror is concave with a radius of curvature of 60 cm. A person holds her face 20 cm from it. What is the magnification of her image?",
    {"radius of curvature": "60 cm", "distance of the face from the mirror": "20 cm"},
    "magnification", "dimensionless", mag, laws=1,
    solution=f"f = R/2 = 30 cm; 1/d_i = 1/30 - 1/20 -> d_i = {di:.1f} cm (virtual); m = -d_i/d_o = {mag:.3f} (upright).",
    assumptions=["paraxial rays"])

Mmic = (160 / 4.0) * (250 / 25.0)
add(F, "An archaeobotanist examines ancient pollen under a compound microscope whose objective has a focal length of 4.0 mm and whose eyepiece has a focal length of 25 mm. The tube length (distance between the objective's back focal point and the eyepiece's front focal point) is 160 mm. What is the overall angular magnification for a relaxed eye?",
    {"objective focal length": "4.0 mm", "eyepiece focal length": "25 mm", "tube length": "160 mm"},
    "overall magnification", "dimensionless", Mmic, laws=2,
    solution=f"Objective m = L/f_o = 40; eyepiece M = 25 cm/f_e = 10; total = {Mmic:.0f}.",
    assumptions=["near point 25 cm", "final image at infinity"])

sg = 2 * 656.3e-9 * 600e3
tg = math.degrees(math.asin(sg))
add(F, "A spectrometer on a weather satellite uses a diffraction grating with 600 lines per millimetre. At what angle from the central direction does the second-order maximum of the 656.3 nm hydrogen line appear?",
    {"grating line density": "600 1/mm", "wavelength": "656.3 nm", "diffraction order": "2 dimensionless"},
    "angle of the second-order maximum", "degree", tg, laws=1,
    solution=f"d = 1/600 mm = 1.6667 um; sin(theta) = 2 lambda/d = {sg:.5f}; theta = {tg:.3f} degrees.",
    assumptions=["normal incidence"])

add(F, "A converging lens in an X-ray film viewer forms a real image of a film label that is three times larger than the label. What is the focal length of the lens?",
    {"magnification": "3 dimensionless"}, "focal length", "cm", outcome="not derivable", laws=1,
    solution="Magnification fixes only the ratio d_i/d_o = 3; without either the object or the image distance the focal length cannot be found.",
    assumptions=["thin lens"])

add(F, "In a data centre, laser light strikes the flat end of an optical fibre from air at an angle of incidence of 25 degrees. What is the angle of refraction inside the fibre core?",
    {"angle of incidence": "25 degree"}, "angle of refraction in the core", "degree", outcome="not derivable", laws=1,
    solution="Snell's law needs the refractive index of the core, which is not given (fibre cores range roughly 1.44-1.62).",
    assumptions=["refractive index of air 1.00"])

add(F, "Sunlight strikes the flat glass roof of a greenhouse at an angle of 30 degrees. The glass has a refractive index of 1.50. What is the angle of refraction of the light inside the glass, measured from the normal?",
    {"angle of the sunlight": "30 degree", "refractive index of the glass": "1.50 dimensionless"},
    "angle of refraction", "degree", outcome="ambiguous", laws=1,
    solution="If 30 degrees is the angle of incidence from the normal, the refraction angle is asin(sin30/1.5) = 19.47 deg; if it is measured from the glass surface, incidence is 60 deg and the answer is asin(sin60/1.5) = 35.26 deg.",
    assumptions=["refractive index of air 1.00"])

# =====================================================================
# CIRCUITS
# =====================================================================
F = "circuits"
Ph = 2000 * (207 / 230) ** 2
add(F, "An electric fan heater is rated 2000 W at 230 V. During an evening peak the mains voltage sags to 207 V. Assuming the heater's resistance stays constant, what power does it now deliver?",
    {"rated power": "2000 W", "rated voltage": "230 V", "actual voltage": "207 V"},
    "power at the reduced voltage", "W", Ph, laws=2,
    solution=f"R = V^2/P = 230^2/2000 = {230**2/2000:.3f} ohm; P' = 207^2/R = {Ph:.1f} W.",
    assumptions=["resistance independent of temperature"])

tb = 2.600 * 3.7 / 0.80
add(F, "A bicycle headlight runs from a 3.7 V lithium-ion battery rated at 2600 mAh. The LED draws 0.80 W. How many hours will a full charge last?",
    {"battery voltage": "3.7 V", "battery capacity": "2600 mAh", "LED power": "0.80 W"},
    "running time", "h", tb, laws=2,
    solution=f"Stored energy = 2.6 Ah * 3.7 V = {2.6*3.7:.2f} Wh; time = 9.62 Wh/0.80 W = {tb:.3f} h.",
    assumptions=["constant battery voltage", "battery fully usable"])

tu = 48 * 200 * 0.92 / 6000 * 60
add(F, "A data centre's backup supply uses a 48 V battery bank rated at 200 Ah, feeding the servers through an inverter that is 92% efficient. If the servers draw 6.0 kW, how many minutes can the batteries keep them running?",
    {"battery voltage": "48 V", "battery capacity": "200 Ah", "inverter efficiency": "92 percent", "server load": "6.0 kW"},
    "backup time", "min", tu, laws=2,
    solution=f"Usable energy = 48*200*0.92 = {48*200*0.92:.0f} Wh; t = 8832/6000 h = {tu:.2f} min.",
    assumptions=["battery fully usable at constant voltage"])

I2 = 5000 / 50 * math.exp(-2.0e-3 / (50 * 32e-6))
add(F, "A defibrillator's 32 microfarad capacitor is charged to 5000 V and then discharged through the patient's chest, which acts as a 50 ohm resistance. What is the current through the patient 2.0 ms after the discharge begins?",
    {"capacitance": "32 uF", "charging voltage": "5000 V", "chest resistance": "50 ohm", "time after the start of the discharge": "2.0 ms"},
    "current after 2.0 ms", "A", I2, laws=2,
    solution=f"Initial current V/R = 100 A; time constant RC = 1.6 ms; I = 100 exp(-2.0/1.6) = {I2:.3f} A.",
    assumptions=["simple RC discharge, constant resistance"])

Il = 300e6 / 345e3
Ploss = Il ** 2 * 8
add(F, "A transmission line delivers 300 MW at 345 kV. The total resistance of the line conductors is 8.0 ohm. Treating the line as a simple resistive line carrying the power at unity power factor, how much power is lost as heat in the line?",
    {"power delivered": "300 MW", "transmission voltage": "345 kV", "line resistance": "8.0 ohm"},
    "power lost in the line", "MW", Ploss / 1e6, laws=2,
    solution=f"I = P/V = {Il:.2f} A; loss = I^2 R = {Ploss/1e6:.4f} MW.",
    assumptions=["single-phase equivalent, unity power factor"])

Ik = (1500 + 1200 + 100) / 120
add(F, "A 120 V kitchen circuit protected by a 20 A breaker supplies a 1500 W microwave oven, a 1200 W toaster and a 100 W lamp, all running at once. What total current does the circuit carry?",
    {"supply voltage": "120 V", "breaker rating": "20 A", "microwave power": "1500 W", "toaster power": "1200 W", "lamp power": "100 W"},
    "total current", "A", Ik, laws=2, irrelevant=["breaker rating"],
    solution=f"Parallel loads: P_total = 2800 W; I = 2800/120 = {Ik:.3f} A.",
    assumptions=["resistive loads at rated power"])

Ps = 20 ** 2 / (8 * 8 / 16)
add(F, "A studio amplifier drives two 8 ohm speakers connected in parallel with an rms output voltage of 20 V. What total power is delivered to the speakers?",
    {"speaker resistance": "8 ohm", "rms output voltage": "20 V"},
    "total power delivered", "W", Ps, laws=2,
    solution=f"Parallel: R = 4 ohm; P = V^2/R = 400/4 = {Ps:.1f} W.",
    assumptions=["speakers treated as pure resistances"])

Pc = 230 ** 2 / (60 * 0.12)
add(F, "A soil-warming cable for a greenhouse bench is 60 m long and has a resistance of 0.12 ohm per metre. It is connected across the 230 V supply. What heating power does it deliver?",
    {"cable length": "60 m", "resistance per metre": "0.12 ohm/m", "supply voltage": "230 V"},
    "heating power", "kW", Pc / 1000, laws=2,
    solution=f"R = 60*0.12 = 7.2 ohm; P = V^2/R = {Pc:.1f} W = {Pc/1000:.4f} kW.",
    assumptions=["resistance independent of temperature"])

Vt = 28 * 2.5 / (2.5 + 0.15)
add(F, "A satellite's battery has an emf of 28 V and an internal resistance of 0.15 ohm. It supplies a load of 2.5 ohm. What is the voltage across the battery terminals?",
    {"battery emf": "28 V", "internal resistance": "0.15 ohm", "load resistance": "2.5 ohm"},
    "terminal voltage", "V", Vt, laws=2,
    solution=f"I = 28/2.65 = {28/2.65:.4f} A; V = I R = {Vt:.4f} V.",
    assumptions=[])

Rc = 2 * 1.68e-8 * 30 / 1.5e-6
Vd = 10 * Rc
add(F, "A builder uses a 30 m extension cord made of two copper conductors, each with a cross-sectional area of 1.5 mm^2 (copper resistivity 1.68 x 10^-8 ohm m). A circular saw on the end draws 10 A. What is the total voltage drop along the cord?",
    {"cord length": "30 m", "cross-sectional area of each conductor": "1.5 mm^2", "resistivity of copper": "1.68e-8 ohm*m", "current drawn by the saw": "10 A"},
    "voltage drop in the cord", "V", Vd, laws=2,
    solution=f"Current goes out and back: R = rho (2*30)/A = {Rc:.4f} ohm; drop = I R = {Vd:.3f} V.",
    assumptions=["conductor temperature 20 degC"])

tc = 10e3 * 470e-6 * math.log(12 / 3)
add(F, "The slow-start circuit of an aquarium LED light charges a 470 microfarad capacitor through a 10 kilo-ohm resistor from a 12 V supply. Starting from an uncharged capacitor, how long does it take for the capacitor voltage to reach 9.0 V?",
    {"capacitance": "470 uF", "resistance": "10 kohm", "supply voltage": "12 V", "target voltage": "9.0 V"},
    "charging time", "s", tc, laws=1,
    solution=f"V = 12(1 - e^(-t/RC)); RC = 4.70 s; t = RC ln(12/3) = {tc:.4f} s.",
    assumptions=["ideal components"])

Icap = 230 * 2 * math.pi * 50 * 50e-6
add(F, "A 50 microfarad capacitor used for power-factor correction is connected across the 230 V, 50 Hz mains. What rms current flows through it?",
    {"capacitance": "50 uF", "rms mains voltage": "230 V", "mains frequency": "50 Hz"},
    "rms current", "A", Icap, laws=2,
    solution=f"X_C = 1/(2 pi f C) = {1/(2*math.pi*50*50e-6):.3f} ohm; I = V/X_C = {Icap:.4f} A.",
    assumptions=["ideal capacitor"])

add(F, "A phone with a 4000 mAh battery is plugged into its charger when the battery is completely flat. How long will it take to charge fully?",
    {"battery capacity": "4000 mAh"}, "charging time", "h", outcome="not derivable", laws=1,
    solution="The time depends on the charging current (or charger power and voltage), which is not given.",
    assumptions=[])

add(F, "A temperature sensor in a data-centre rack is connected in series with a 100 ohm resistor across a 12 V supply. What current flows in the circuit?",
    {"fixed resistor": "100 ohm", "supply voltage": "12 V"}, "current", "mA", outcome="not derivable", laws=2,
    solution="The sensor's resistance is not given, so the total series resistance, and hence the current, cannot be found.",
    assumptions=[])

add(F, "The motor of an electric bicycle draws 10 A from a 36 V battery and delivers 450 W of mechanical power to the rear wheel. How much power is dissipated as heat in the motor windings?",
    {"motor current": "10 A", "battery voltage": "36 V", "mechanical output power": "450 W"},
    "heat dissipated in the windings", "W", outcome="ill-posed", laws=2,
    solution="Electrical input is 36*10 = 360 W, less than the claimed 450 W output: an efficiency above 100%, which is impossible.",
    assumptions=[])

# =====================================================================
# ELECTROMAGNETISM
# =====================================================================
F = "electromagnetism"
Imri = 1.5 * 1.8 / (mu0 * 10000)
add(F, "The superconducting magnet of a hospital MRI scanner is modelled as a long solenoid 1.8 m long with 10 000 turns and a bore 0.90 m in diameter. What current is needed to produce a 1.5 T field inside it?",
    {"solenoid length": "1.8 m", "number of turns": "10000 dimensionless", "bore diameter": "0.90 m", "required field": "1.5 T"},
    "current in the windings", "A", Imri, laws=1, irrelevant=["bore diameter"],
    solution=f"B = mu0 N I/L -> I = B L/(mu0 N) = 1.5*1.8/(1.2566e-6*1e4) = {Imri:.2f} A.",
    assumptions=["ideal long solenoid"])

Bl = mu0 * 1000 / (2 * math.pi * 20)
add(F, "An overhead power cable carries a current of 1000 A. Earth's magnetic field at the site is about 50 microtesla. What magnetic field does the cable produce at a point on the ground 20 m directly below it?",
    {"current in the cable": "1000 A", "Earth's magnetic field": "50 uT", "distance below the cable": "20 m"},
    "magnetic field from the cable", "uT", Bl * 1e6, laws=1, irrelevant=["Earth's magnetic field"],
    solution=f"B = mu0 I/(2 pi r) = 2e-7*1000/20 = {Bl*1e6:.4f} microtesla.",
    assumptions=["long straight wire, return conductors ignored"])

V2 = 11000 * 92 / 4400
I2_ = V2 / 1.2
I1 = I2_ * 92 / 4400
add(F, "An ideal distribution transformer has 4400 turns on its primary and 92 turns on its secondary. The primary is connected to an 11 kV supply and the secondary feeds a resistive load of 1.2 ohm. What current flows in the primary?",
    {"primary turns": "4400 dimensionless", "secondary turns": "92 dimensionless", "primary voltage": "11 kV", "load resistance": "1.2 ohm"},
    "primary current", "A", I1, laws=3,
    solution=f"V2 = 11000*92/4400 = {V2:.1f} V; I2 = V2/R = {I2_:.3f} A; I1 = I2 N2/N1 = {I1:.4f} A.",
    assumptions=["ideal transformer"])

Kp = 1.0 * MeV
p = math.sqrt(2 * mp * Kp)
rp = p / (e * 30e-6)
add(F, "A 1.0 MeV proton from a solar storm moves perpendicular to Earth's magnetic field, which has a strength of 30 microtesla in the region of a satellite's orbit. What is the radius of the proton's circular path?",
    {"proton kinetic energy": "1.0 MeV", "magnetic field": "30 uT"},
    "radius of the path", "km", rp / 1000, laws=2,
    solution=f"p = sqrt(2 m K) = {p:.4e} kg m/s; r = p/(e B) = {rp:.0f} m = {rp/1000:.4f} km.",
    assumptions=["non-relativistic", "uniform field"])

emf = 10e-3 * 0.020 * 2 * math.pi * 25e3
add(F, "An induction hob produces an oscillating magnetic field of amplitude 10 mT at 25 kHz, uniform over the base of a pan. Treat the base as a single conducting loop enclosing 0.020 m^2 with the field perpendicular to it. What is the peak emf induced around the loop?",
    {"field amplitude": "10 mT", "field frequency": "25 kHz", "loop area": "0.020 m^2"},
    "peak induced emf", "V", emf, laws=1,
    solution=f"emf_peak = B0 A omega = 0.010*0.020*2 pi*25000 = {emf:.3f} V.",
    assumptions=["uniform sinusoidal field"])

om = (18 / 3.6) / 0.005
emfd = 200 * 0.15 * 4.0e-4 * om
add(F, "A bottle dynamo on a bicycle has a roller of radius 0.50 cm pressed against the tyre. Inside, a coil of 200 turns, each of area 4.0 cm^2, turns relative to a magnetic field of 0.15 T at the same angular speed as the roller. What is the peak emf when the bike travels at 18 km/h?",
    {"roller radius": "0.50 cm", "number of turns": "200 dimensionless", "area of each turn": "4.0 cm^2", "magnetic field": "0.15 T", "bicycle speed": "18 km/h"},
    "peak emf", "V", emfd, laws=2,
    solution=f"Roller angular speed = v/r = 5.0/0.005 = {om:.0f} rad/s; emf = N B A omega = {emfd:.3f} V.",
    assumptions=["roller does not slip on the tyre"])

Ue = 0.5 * 150e-12 * 8000 ** 2
add(F, "A technician walking across a data-centre floor becomes charged to 8.0 kV. The human body can be modelled as a 150 pF capacitor. When she touches a server rack, the discharge lasts about 100 ns. How much energy is released in the spark?",
    {"body voltage": "8.0 kV", "body capacitance": "150 pF", "discharge duration": "100 ns"},
    "energy released", "mJ", Ue * 1000, laws=1, irrelevant=["discharge duration"],
    solution=f"U = (1/2) C V^2 = 0.5*150e-12*8000^2 = {Ue*1000:.3f} mJ.",
    assumptions=["capacitor discharges completely"])

Fw = mu0 * 80 ** 2 / (2 * math.pi * 0.010)
add(F, "On a building site, the welding cable and its return cable lie side by side 1.0 cm apart, each carrying 80 A in opposite directions. What is the magnetic force per metre of length between them?",
    {"current in each cable": "80 A", "separation of the cables": "1.0 cm"},
    "force per metre", "N/m", Fw, laws=1,
    solution=f"F/L = mu0 I^2/(2 pi d) = 2e-7*6400/0.010 = {Fw:.4f} N/m (repulsive).",
    assumptions=["long straight parallel conductors"])

Ig = 50 / (4 * math.pi * (20200e3) ** 2)
E0 = math.sqrt(2 * Ig / (c * eps0))
add(F, "A GPS satellite 20 200 km above a receiver transmits with an effective isotropic radiated power of 50 W. What is the amplitude of the signal's electric field at the receiver?",
    {"effective radiated power": "50 W", "distance to the receiver": "20200 km"},
    "electric field amplitude", "uV/m", E0 * 1e6, laws=2,
    solution=f"I = P/(4 pi r^2) = {Ig:.4e} W/m^2; I = (1/2) c eps0 E0^2 -> E0 = {E0*1e6:.4f} microvolt per metre.",
    assumptions=["isotropic radiation in vacuum, no atmospheric loss"])

Kc = (e * 1.5 * 0.40) ** 2 / (2 * mp) / MeV
add(F, "A hospital cyclotron that makes isotopes for PET scans accelerates protons in a 1.5 T magnetic field; the voltage across the dees is 50 kV. The protons are extracted at a radius of 0.40 m. What is their kinetic energy at extraction?",
    {"magnetic field": "1.5 T", "dee voltage": "50 kV", "extraction radius": "0.40 m"},
    "kinetic energy at extraction", "MeV", Kc, laws=2, irrelevant=["dee voltage"],
    solution=f"r = m v/(e B) -> K = (e B r)^2/(2 m) = {Kc:.3f} MeV.",
    assumptions=["non-relativistic protons"])

Fv = 8.0 * 1.2 * 2.0
add(F, "The voice coil of a studio loudspeaker has 8.0 m of wire sitting in a radial magnetic field of 1.2 T, and the coil's resistance is 6.0 ohm. At one instant the current in the coil is 2.0 A. What force acts on the coil?",
    {"length of wire in the field": "8.0 m", "magnetic field": "1.2 T", "coil resistance": "6.0 ohm", "current": "2.0 A"},
    "force on the coil", "N", Fv, laws=1, irrelevant=["coil resistance"],
    solution=f"F = B I L = 1.2*2.0*8.0 = {Fv:.2f} N (field perpendicular to the wire everywhere).",
    assumptions=["field perpendicular to the wire"])

emfs = 45e-6 * 32 * 15 * knot
add(F, "A ship whose hull is 32 m wide steams at 15 knots through a region where the vertical component of Earth's magnetic field is 45 microtesla. What emf is induced across the width of the hull?",
    {"width of the hull": "32 m", "ship speed": "15 knot", "vertical field component": "45 uT"},
    "induced emf across the hull", "mV", emfs * 1000, laws=1,
    solution=f"v = 15 knots = {15*knot:.4f} m/s; emf = B L v = 45e-6*32*{15*knot:.4f} = {emfs*1000:.3f} mV.",
    assumptions=["1 knot = 1852 m/h"])

add(F, "The coils of an MRI magnet carry a current of 300 A. What magnetic field do they produce at the centre of the magnet?",
    {"coil current": "300 A"}, "magnetic field at the centre", "T", outcome="not derivable", laws=1,
    solution="The field depends on the number of turns and the coil geometry (length or radius), none of which are given.",
    assumptions=[])

add(F, "The rotor coil of an aquarium pump motor carries 1.5 A in a 0.20 T magnetic field. What is the maximum torque on the coil?",
    {"coil current": "1.5 A", "magnetic field": "0.20 T"}, "maximum torque", "N*m", outcome="not derivable", laws=1,
    solution="tau_max = N I A B needs the number of turns and the coil area, which are not given.",
    assumptions=[])

add(F, "An ideal transformer in a substation has 1000 turns on the primary and 100 turns on the secondary. It steps 230 V down to 12 V. What current flows in a 2.0 ohm load on the secondary?",
    {"primary turns": "1000 dimensionless", "secondary turns": "100 dimensionless", "primary voltage": "230 V", "secondary voltage": "12 V", "load resistance": "2.0 ohm"},
    "secondary current", "A", outcome="ill-posed", laws=2,
    solution="An ideal transformer with a 10:1 turns ratio gives 23 V from 230 V, not 12 V. The givens are inconsistent (6.0 A from 12 V, 11.5 A from the turns ratio).",
    assumptions=[])

# =====================================================================
# MODERN PHYSICS
# =====================================================================
F = "modern"
lmin = h * c / (e * 100e3)
add(F, "A radiology X-ray tube operates at an accelerating voltage of 100 kV. What is the shortest wavelength in the X-ray spectrum it produces?",
    {"tube voltage": "100 kV"}, "shortest X-ray wavelength", "pm", lmin * 1e12, laws=1,
    solution=f"e V = h c/lambda_min -> lambda_min = hc/(eV) = {lmin*1e12:.4f} pm.",
    assumptions=["all of an electron's kinetic energy goes into one photon"])

b2 = (3874 / c) ** 2
loss = -math.expm1(0.5 * math.log1p(-b2)) * 86400
add(F, "A GPS satellite moves at 3874 m/s relative to the centre of the Earth. Considering only special-relativistic time dilation, by how many microseconds per day does its clock fall behind an identical clock at rest in that frame?",
    {"satellite speed": "3874 m/s"}, "time lost per day", "us", loss * 1e6, laws=1,
    solution=f"Loss per day = 86400 s*(1 - sqrt(1 - v^2/c^2)) = 86400*v^2/(2c^2) = {loss*1e6:.4f} microseconds.",
    assumptions=["gravitational effects ignored", "day = 86400 s"])

Eph = h * c / 660e-9
nph = 0.40 * 600 / Eph
umol = nph / NA * 1e6
add(F, "A 600 W LED grow light in a greenhouse converts 40% of its electrical power into red light of wavelength 660 nm. Plant scientists measure light in micromoles of photons per second. What photon flux does the lamp emit?",
    {"electrical power": "600 W", "fraction converted to light": "40 percent", "wavelength": "660 nm"},
    "photon flux", "umol/s", umol, laws=3,
    solution=f"Photon energy hc/lambda = {Eph:.4e} J; photons per second = 240/Eph = {nph:.4e}; divide by N_A: {umol:.2f} micromol/s.",
    assumptions=["all light at exactly 660 nm"])

Vs = 1239.84198 / 405 - 2.28
add(F, "The photocell in an automatic night light has a cathode with a work function of 2.28 eV. It is tested with a 405 nm violet laser. What is the stopping potential for the emitted photoelectrons?",
    {"work function": "2.28 eV", "wavelength": "405 nm"}, "stopping potential", "V", Vs, laws=2,
    solution=f"Photon energy = 1239.84/405 = {1239.84198/405:.4f} eV; K_max = {Vs:.4f} eV; stopping potential {Vs:.4f} V.",
    assumptions=[])

lam_e = h / math.sqrt(2 * me * e * 200)
add(F, "To study the surface of a corroded bronze artefact, conservators use low-energy electron diffraction with electrons accelerated from rest through 200 V. What is the de Broglie wavelength of these electrons?",
    {"accelerating voltage": "200 V"}, "de Broglie wavelength", "nm", lam_e * 1e9, laws=2,
    solution=f"K = eV = 200 eV; p = sqrt(2 m K) = {math.sqrt(2*me*e*200):.4e} kg m/s; lambda = h/p = {lam_e*1e9:.5f} nm.",
    assumptions=["non-relativistic"])

nps = 2.0e-3 / (h * c / 1550e-9)
add(F, "A laser in a data-centre fibre link emits 2.0 mW at a wavelength of 1550 nm. How many photons per second does it emit?",
    {"optical power": "2.0 mW", "wavelength": "1550 nm"}, "photon emission rate", "1/s", nps, laws=2,
    solution=f"E_photon = hc/lambda = {h*c/1550e-9:.4e} J; rate = P/E = {nps:.4e} per second.",
    assumptions=[])

Ep = 140 / (1 + 140 / me_keV * (1 - math.cos(math.pi / 2)))
add(F, "Technetium-99m, used in hospital gamma cameras, emits 140 keV gamma rays. What is the energy of a gamma photon that Compton-scatters through 90 degrees off a free electron in the patient's body?",
    {"initial photon energy": "140 keV", "scattering angle": "90 degree"}, "scattered photon energy", "keV", Ep, laws=1,
    solution=f"E' = E/[1 + (E/mc^2)(1 - cos 90)] = 140/(1 + 140/511.0) = {Ep:.3f} keV.",
    assumptions=["electron initially free and at rest"])

lpet = h / (me * c)
add(F, "In a PET scanner a positron and an electron, both essentially at rest, annihilate into two photons of equal energy. What is the wavelength of each photon?",
    {}, "wavelength of each photon", "pm", lpet * 1e12, laws=2,
    solution=f"Each photon carries m_e c^2; lambda = hc/(m_e c^2) = h/(m_e c) = {lpet*1e12:.5f} pm.",
    assumptions=["momentum conservation gives back-to-back photons of equal energy"])

Eth = 1000e6 / 0.33 * 365 * 86400
dm = Eth / c ** 2
add(F, "A power station supplies 1000 MW of electrical power continuously with an overall efficiency of 33%. By how much does the mass of its fuel and reaction products decrease in a 365-day year because of the energy released?",
    {"electrical output": "1000 MW", "efficiency": "33 percent", "operating time": "365 day"},
    "mass converted to energy", "kg", dm, laws=2,
    solution=f"Thermal power = 1000/0.33 = {1000/0.33:.1f} MW; energy per year = {Eth:.4e} J; dm = E/c^2 = {dm:.4f} kg.",
    assumptions=["continuous operation"])

dv = hbar / (2 * me * 1.0e-9)
add(F, "An electron is confined within a 1.0 nm wide region of a transistor in a server chip. Using the uncertainty relation (uncertainty in position) x (uncertainty in momentum) >= hbar/2, what is the minimum uncertainty in its speed?",
    {"width of the region": "1.0 nm"}, "minimum speed uncertainty", "km/s", dv / 1000, laws=1,
    solution=f"dp >= hbar/(2 dx); dv = hbar/(2 m dx) = {dv:.1f} m/s = {dv/1000:.3f} km/s.",
    assumptions=["position uncertainty equal to the width of the region"])

lpk = b_wien / (33 + K0)
add(F, "A thermal camera at a ski resort's first-aid post images a patient whose skin surface is at 33 degC. Treating skin as a blackbody, at what wavelength does its thermal emission peak?",
    {"skin temperature": "33 degC"}, "peak wavelength", "um", lpk * 1e6, laws=1,
    solution=f"Wien: lambda = b/T = 2.8978e-3/306.15 = {lpk*1e6:.4f} micrometres.",
    assumptions=["blackbody emitter"])

gam = 1 + 6.0e3 / me_keV
beta = math.sqrt(1 - 1 / gam ** 2)
short = (1 - beta) * c
add(F, "Welds on a steel construction project are radiographed using a linear accelerator that gives electrons a kinetic energy of 6.0 MeV. By how much does the speed of these electrons fall short of the speed of light?",
    {"kinetic energy of the electrons": "6.0 MeV"}, "difference between the speed of light and the electron speed", "km/s", short / 1000, laws=2,
    solution=f"gamma = 1 + K/(m c^2) = 1 + 6.0/0.511 = {gam:.4f}; beta = sqrt(1 - 1/gamma^2) = {beta:.6f}; c - v = (1 - beta) c = {short/1000:.2f} km/s.",
    assumptions=["electron rest energy 0.511 MeV"])

add(F, "A hospital's proton-therapy beam is used to treat a deep tumour. What is the de Broglie wavelength of the protons in the beam?",
    {}, "de Broglie wavelength", "fm", outcome="not derivable", laws=2,
    solution="The wavelength h/p depends on the protons' energy or speed, which is not given (therapy beams range from about 70 to 250 MeV).",
    assumptions=[])

add(F, "A medical linear accelerator ejects electrons at a speed of 3.2 x 10^8 m/s. What is their kinetic energy?",
    {"electron speed": "3.2e8 m/s"}, "kinetic energy", "MeV", outcome="ill-posed", laws=1,
    solution="3.2e8 m/s exceeds the speed of light (2.998e8 m/s); no massive particle can move that fast, so the kinetic energy is undefined.",
    assumptions=[])

add(F, "Cosmic-ray muons are detected at a mountain-top laboratory. A muon produced in the upper atmosphere moves at 0.99c and has a lifetime of 2.2 microseconds. How far does it travel before it decays, as measured by an observer on the mountain?",
    {"muon speed": "0.99 c", "muon lifetime": "2.2 us"}, "distance travelled", "km", outcome="ambiguous", laws=2,
    solution="If 2.2 us is the proper lifetime (in the muon's rest frame), the lab distance is gamma v tau = 7.09*0.99c*2.2us = 4.63 km; if 2.2 us is the lifetime measured on the mountain, the distance is 0.99c*2.2us = 0.653 km.",
    assumptions=[])

# =====================================================================
# NUCLEAR
# =====================================================================
F = "nuclear"
age = 5730 * math.log2(0.231 / 0.085)
add(F, "Charcoal from an ancient hearth has a carbon-14 activity of 0.085 Bq per gram of carbon, while carbon in living wood has 0.231 Bq per gram. Taking the half-life of carbon-14 as 5730 years, how old is the charcoal?",
    {"activity of the charcoal per gram": "0.085 Bq/g", "activity of living carbon per gram": "0.231 Bq/g", "half-life of carbon-14": "5730 year"},
    "age of the charcoal", "year", age, laws=1,
    solution=f"t = T log2(A0/A) = 5730*log2(0.231/0.085) = {age:.0f} years.",
    assumptions=["constant atmospheric carbon-14 over time"])

rate = 2.0 * 15.3 * 2 ** (-3000 / 5730)
add(F, "Living carbon undergoes 15.3 carbon-14 decays per minute per gram. An archaeologist has a 2.0 g carbon sample from a wooden beam that is 3000 years old. How many carbon-14 decays per minute does the sample undergo? (Half-life 5730 years.)",
    {"decay rate of living carbon": "15.3 1/(min*g)", "mass of carbon": "2.0 g", "age of the beam": "3000 year", "half-life of carbon-14": "5730 year"},
    "decay rate of the sample", "1/min", rate, laws=1,
    solution=f"R = 2.0*15.3*2^(-3000/5730) = {rate:.3f} per minute.",
    assumptions=["constant atmospheric carbon-14 over time"])

tka = 1.248e9 / math.log(2) * math.log(1 + 0.10 / 0.1072)
add(F, "Volcanic ash above an early hominin site contains 0.10 argon-40 atoms for every potassium-40 atom. Potassium-40 has a half-life of 1.248 x 10^9 years, and 10.72% of its decays produce argon-40. Assuming no argon was present when the ash solidified, how old is the ash?",
    {"argon-40 to potassium-40 ratio": "0.10 dimensionless", "half-life of potassium-40": "1.248e9 year", "fraction of decays producing argon-40": "10.72 percent"},
    "age of the ash", "year", tka, laws=2,
    solution=f"Decayed K = Ar/0.1072 per remaining K = {0.10/0.1072:.5f}; t = (T/ln2) ln(1 + {0.10/0.1072:.5f}) = {tka:.4e} years.",
    assumptions=["closed system, no initial argon"])

Atc = 800 * 2 ** (-6 / 6.01)
add(F, "A dose of technetium-99m (half-life 6.01 h) has an activity of 800 MBq when it is prepared at 08:00. It is injected into a patient at 14:00 the same day. What is its activity at the time of injection?",
    {"activity at preparation": "800 MBq", "half-life of technetium-99m": "6.01 h", "time between preparation and injection": "6 h"},
    "activity at injection", "MBq", Atc, laws=1,
    solution=f"A = 800*2^(-6/6.01) = {Atc:.2f} MBq.",
    assumptions=[])

Teff = 1 / (1 / 8.02 + 1 / 80)
Ai = 3.7 * 2 ** (-14 / Teff)
add(F, "A thyroid patient receives 100 mCi of iodine-131, whose physical half-life is 8.02 days. The body also eliminates iodine with a biological half-life of 80 days. What activity remains in the patient 14 days later, in GBq?",
    {"administered activity": "100 mCi", "physical half-life": "8.02 day", "biological half-life": "80 day", "elapsed time": "14 day"},
    "remaining activity", "GBq", Ai, laws=2,
    solution=f"100 mCi = 3.7 GBq; 1/T_eff = 1/8.02 + 1/80 -> T_eff = {Teff:.4f} d; A = 3.7*2^(-14/T_eff) = {Ai:.4f} GBq.",
    assumptions=["single-compartment exponential elimination"])

fis = 3000e6 / (200 * MeV)
mU = fis * 86400 / NA * 0.235
add(F, "A nuclear power reactor produces 3000 MW of thermal power and 1000 MW of electrical power. Each fission of uranium-235 releases 200 MeV. What mass of uranium-235 undergoes fission each day?",
    {"thermal power": "3000 MW", "electrical power": "1000 MW", "energy per fission": "200 MeV", "molar mass of uranium-235": "235 g/mol"},
    "mass of uranium-235 fissioned per day", "kg", mU, laws=3, irrelevant=["electrical power"],
    solution=f"Fissions per second = 3e9/(200 MeV) = {fis:.4e}; per day {fis*86400:.4e}; mass = N/N_A*0.235 kg/mol = {mU:.4f} kg.",
    assumptions=["all thermal energy from U-235 fission"])

dTt = 2.0 * 30 / 3600
add(F, "A 0.40 kg tumour receives a radiotherapy dose of 2.0 Gy in each of 30 sessions. If all of this energy were deposited at once with no heat loss, by how much would the tumour's temperature rise? Take the specific heat of tissue as 3600 J/(kg K).",
    {"mass of the tumour": "0.40 kg", "dose per session": "2.0 Gy", "number of sessions": "30 dimensionless", "specific heat of tissue": "3600 J/(kg*K)"},
    "temperature rise", "K", dTt, laws=2, irrelevant=["mass of the tumour"],
    solution=f"Total dose 60 Gy = 60 J/kg; dT = 60/3600 = {dTt:.5f} K (the mass cancels).",
    assumptions=["no heat loss"])

Npu = 1000 / 238 * NA
lam = math.log(2) / (87.7 * year)
Ppu = lam * Npu * 5.593 * MeV
add(F, "A space probe's radioisotope generator contains 1.0 kg of plutonium-238 (molar mass 238 g/mol, half-life 87.7 years). Each decay releases 5.593 MeV, all of which is absorbed as heat. What thermal power does the fuel produce?",
    {"mass of plutonium-238": "1.0 kg", "molar mass": "238 g/mol", "half-life": "87.7 year", "energy per decay": "5.593 MeV"},
    "thermal power", "W", Ppu, laws=3,
    solution=f"N = {Npu:.4e}; lambda = ln2/(87.7 y) = {lam:.4e} 1/s; A = {lam*Npu:.4e} Bq; P = A*5.593 MeV = {Ppu:.2f} W.",
    assumptions=["1 year = 365.25 days"])

Prtg = 300 * 2 ** (-20 / 87.7)
add(F, "A navigation satellite's plutonium-238 power source delivers 300 W of electrical power at launch. Pu-238 has a half-life of 87.7 years. If the conversion efficiency stays constant, what electrical power will it deliver 20 years after launch?",
    {"initial electrical power": "300 W", "half-life of plutonium-238": "87.7 year", "time since launch": "20 year"},
    "electrical power after 20 years", "W", Prtg, laws=1,
    solution=f"P = 300*2^(-20/87.7) = {Prtg:.2f} W.",
    assumptions=["output proportional to activity"])

Nam = 1.0e-6 * 3.7e10 * 432.2 * year / math.log(2)
mam = Nam / NA * 241 * 1e6
add(F, "A household smoke detector contains americium-241 with an activity of 1.0 microcurie. The half-life of Am-241 is 432.2 years and its molar mass is 241 g/mol. What mass of americium is in the detector?",
    {"activity": "1.0 uCi", "half-life": "432.2 year", "molar mass": "241 g/mol"},
    "mass of americium-241", "ug", mam, laws=2,
    solution=f"A = 3.7e4 Bq; N = A T/ln2 = {Nam:.4e} atoms; m = N/N_A*241 g = {mam:.4f} micrograms.",
    assumptions=["1 Ci = 3.7e10 Bq", "1 year = 365.25 days"])

xw = math.log(1000) / 0.063
add(F, "Around a submarine's reactor, water serves as part of the gamma shielding. For the reactor's gamma rays, water has a linear attenuation coefficient of 0.063 per cm. What thickness of water reduces the gamma intensity by a factor of 1000?",
    {"linear attenuation coefficient": "0.063 1/cm", "required reduction factor": "1000 dimensionless"},
    "thickness of water", "cm", xw, laws=1,
    solution=f"I = I0 exp(-mu x) -> x = ln(1000)/0.063 = {xw:.2f} cm.",
    assumptions=["narrow-beam exponential attenuation, build-up neglected"])

Qa = 5.0e6 / 3.6 * e
add(F, "A 5.0 MeV alpha particle from a trace radioactive impurity stops inside the silicon of a memory chip in a server, creating one electron-hole pair for every 3.6 eV of energy it deposits. If all the freed electrons are collected, how much charge is that?",
    {"alpha-particle energy": "5.0 MeV", "energy per electron-hole pair": "3.6 eV"},
    "collected charge", "fC", Qa * 1e15, laws=2,
    solution=f"Pairs = 5.0e6/3.6 = {5e6/3.6:.4e}; Q = N e = {Qa*1e15:.3f} fC.",
    assumptions=["all energy deposited in the silicon"])

add(F, "A bone fragment from an excavation shows a carbon-14 activity of 0.12 Bq. The half-life of carbon-14 is 5730 years. How old is the bone?",
    {"measured activity": "0.12 Bq", "half-life of carbon-14": "5730 year"}, "age of the bone", "year",
    outcome="not derivable", laws=1,
    solution="The activity must be compared with that of the same mass of living carbon; the mass of carbon in the sample is not given, so the activity ratio is unknown.",
    assumptions=[])

add(F, "A radioactive tracer used in a hospital scan has its activity fall from 500 MBq to 300 MBq. What is its half-life?",
    {"initial activity": "500 MBq", "final activity": "300 MBq"}, "half-life", "h", outcome="not derivable", laws=1,
    solution="The half-life T = t ln2/ln(500/300) requires the elapsed time t, which is not given.",
    assumptions=[])

add(F, "A radiopharmacy delivers a tracer with a half-life of 6.0 h and an activity of 400 MBq. Twelve hours later its activity is measured as 150 MBq. What will its activity be 24 hours after delivery?",
    {"half-life": "6.0 h", "activity at delivery": "400 MBq", "activity after 12 h": "150 MBq", "time after delivery": "24 h"},
    "activity after 24 h", "MBq", outcome="ill-posed", laws=1,
    solution="With a 6.0 h half-life the activity after 12 h must be 400/4 = 100 MBq, not 150 MBq; the data are inconsistent (25 MBq from the half-life, 56 MBq from the measured ratio).",
    assumptions=[])

# =====================================================================
# ASTRO
# =====================================================================
F = "astro"
ME, RE = 5.972e24, 6371e3
GM = G * ME
Tg = 718 * 60
rg = (GM * Tg ** 2 / (4 * math.pi ** 2)) ** (1 / 3)
add(F, "GPS satellites circle the Earth in circular orbits with a period of 718 minutes. Using an Earth mass of 5.972 x 10^24 kg and an Earth radius of 6371 km, at what altitude above the surface do they orbit?",
    {"orbital period": "718 min", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital altitude", "km", (rg - RE) / 1000, laws=2,
    solution=f"Kepler III: r = (G M T^2/4pi^2)^(1/3) = {rg/1000:.1f} km; altitude = r - R = {(rg-RE)/1000:.1f} km.",
    assumptions=["circular orbit"])

r2 = RE + 420e3
T2s = 2 * math.pi * math.sqrt(r2 ** 3 / GM)
add(F, "A crewed space station orbits 420 km above the Earth's surface in a circular orbit. Taking Earth's mass as 5.972 x 10^24 kg and radius as 6371 km, what is its orbital period in minutes?",
    {"altitude": "420 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital period", "min", T2s / 60, laws=2,
    solution=f"r = 6791 km; v = sqrt(GM/r) = {math.sqrt(GM/r2):.1f} m/s; T = 2 pi r/v = {T2s:.1f} s = {T2s/60:.3f} min.",
    assumptions=["circular orbit, no drag"])

gain = GM / c ** 2 * (1 / RE - 1 / 26560e3) * 86400
add(F, "Because of gravitational time dilation, a GPS clock in an orbit of radius 26 560 km runs fast compared with a clock on the ground. Using the weak-field result that the fractional rate difference equals (GM/c^2)(1/R_Earth - 1/r), with Earth's mass 5.972 x 10^24 kg and radius 6371 km, how many microseconds per day does the orbiting clock gain from this effect?",
    {"orbital radius": "26560 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "time gained per day", "us", gain * 1e6, laws=1,
    solution=f"Fractional rate = GM/c^2*(1/R - 1/r) = {gain/86400:.4e}; times 86400 s = {gain*1e6:.3f} microseconds.",
    assumptions=["Earth's rotation and the satellite's speed ignored", "day = 86400 s"])

pct = (1 - (RE / (RE + 8849)) ** 2) * 100
add(F, "An 80 kg mountaineer stands on the summit of Everest, 8849 m above sea level. Treating the Earth as a uniform sphere of radius 6371 km and ignoring its rotation, by what percentage is her weight smaller than at sea level?",
    {"mass of the climber": "80 kg", "height of the summit": "8849 m", "radius of the Earth": "6371 km"},
    "percentage reduction in weight", "percent", pct, laws=1, irrelevant=["mass of the climber"],
    solution=f"g ~ 1/r^2: ratio = (6371/6379.849)^2 = {(RE/(RE+8849))**2:.6f}; reduction = {pct:.4f}%.",
    assumptions=["mountain's own mass ignored"])

Pm = 1361 / 1.52 ** 2 * 10 * 0.28
add(F, "A space probe carries 10 m^2 of solar panels with an efficiency of 28%. The solar irradiance at Earth's distance (1 au) is 1361 W/m^2. How much electrical power do the panels produce when the probe is in orbit around Mars, 1.52 au from the Sun, with the panels facing the Sun?",
    {"panel area": "10 m^2", "panel efficiency": "28 percent", "solar irradiance at 1 au": "1361 W/m^2", "distance of Mars from the Sun": "1.52 au"},
    "electrical power at Mars", "W", Pm, laws=2,
    solution=f"Irradiance at Mars = 1361/1.52^2 = {1361/1.52**2:.1f} W/m^2; P = that*10*0.28 = {Pm:.1f} W.",
    assumptions=["inverse-square law"])

Tsun = (3.828e26 / (4 * math.pi * 6.957e8 ** 2 * sigma)) ** 0.25
add(F, "The Sun's luminosity is 3.828 x 10^26 W and its radius is 6.957 x 10^8 m. Treating it as a blackbody, what is its surface temperature?",
    {"luminosity of the Sun": "3.828e26 W", "radius of the Sun": "6.957e8 m"},
    "surface temperature", "K", Tsun, laws=1,
    solution=f"L = 4 pi R^2 sigma T^4 -> T = {Tsun:.1f} K.",
    assumptions=["blackbody"])

Teq = (1361 * (1 - 0.30) / (4 * sigma)) ** 0.25
add(F, "Without its greenhouse effect the Earth would radiate to space like a blackbody at a single uniform temperature. Sunlight arrives with an irradiance of 1361 W/m^2, and the Earth reflects 30% of it. What would the Earth's equilibrium temperature be?",
    {"solar irradiance": "1361 W/m^2", "fraction reflected (albedo)": "30 percent"},
    "equilibrium temperature", "K", Teq, laws=2,
    solution=f"Absorbed = S(1-a) pi R^2 = emitted 4 pi R^2 sigma T^4 -> T = (1361*0.70/(4 sigma))^(1/4) = {Teq:.2f} K.",
    assumptions=["uniform surface temperature, emissivity 1"])

dly = (1 / 0.0125) * pc / ly
add(F, "An astrometry satellite measures the parallax of a star as 0.0125 arcseconds. How far away is the star in light-years?",
    {"parallax": "0.0125 arcsec"}, "distance to the star", "ly", dly, laws=1,
    solution=f"d = 1/p = 80 pc = 80*3.2616 = {dly:.2f} light-years.",
    assumptions=[])

vz = c * (662.9 - 656.3) / 656.3
dH = vz / 1000 / 70
add(F, "In a galaxy's spectrum the hydrogen-alpha line, which has a laboratory wavelength of 656.3 nm, is observed at 662.9 nm. Assuming the shift is due to the expansion of the universe and taking the Hubble constant as 70 km/s per megaparsec, how far away is the galaxy?",
    {"rest wavelength": "656.3 nm", "observed wavelength": "662.9 nm", "Hubble constant": "70 km/(s*Mpc)"},
    "distance to the galaxy", "Mpc", dH, laws=2,
    solution=f"v = c dlambda/lambda = {vz/1000:.1f} km/s; d = v/H0 = {dH:.3f} Mpc.",
    assumptions=["non-relativistic Doppler, peculiar velocity neglected"])

Th = 17.8 ** 1.5
add(F, "Ancient Babylonian and Chinese records help archaeologists date appearances of Halley's comet. The comet's orbit around the Sun has a semi-major axis of 17.8 au. What is its orbital period?",
    {"semi-major axis": "17.8 au"}, "orbital period", "year", Th, laws=1,
    solution=f"Kepler III in years and au: T = a^1.5 = 17.8^1.5 = {Th:.2f} years.",
    assumptions=["comet mass negligible compared with the Sun"])

Tsd = 86164
rgeo = (GM * Tsd ** 2 / (4 * math.pi ** 2)) ** (1 / 3)
delay = 2 * (rgeo - RE) / c
add(F, "A data link between two data centres is relayed through a geostationary satellite whose orbital period is one sidereal day, 86 164 s. Using Earth's mass 5.972 x 10^24 kg and radius 6371 km, what is the minimum time for a signal to go up to the satellite and back down, assuming the satellite is directly overhead?",
    {"orbital period": "86164 s", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "minimum up-and-down signal time", "ms", delay * 1000, laws=3,
    solution=f"r = (GM T^2/4 pi^2)^(1/3) = {rgeo/1000:.0f} km; altitude = {(rgeo-RE)/1000:.0f} km; t = 2h/c = {delay*1000:.2f} ms.",
    assumptions=["straight-line path at c, processing delays ignored"])

Fs = 9.57e26 / (4 * math.pi * (8.6 * ly) ** 2)
add(F, "A space telescope observes a star with a luminosity of 9.57 x 10^26 W at a distance of 8.6 light-years. What total energy flux from the star reaches the telescope?",
    {"luminosity of the star": "9.57e26 W", "distance to the star": "8.6 ly"},
    "energy flux at the telescope", "W/m^2", Fs, laws=2,
    solution=f"d = 8.6 ly = {8.6*ly:.4e} m; F = L/(4 pi d^2) = {Fs:.4e} W/m^2.",
    assumptions=["no interstellar extinction"])

add(F, "A small moon circles a newly discovered exoplanet in a circular orbit with a period of 3.0 hours. What is the mass of the exoplanet?",
    {"orbital period": "3.0 h"}, "mass of the exoplanet", "kg", outcome="not derivable", laws=1,
    solution="Kepler's third law M = 4 pi^2 r^3/(G T^2) requires the orbital radius, which is not given.",
    assumptions=["moon mass negligible"])

add(F, "A satellite measures the energy flux from a distant star as 2.0 x 10^-9 W/m^2. How far away is the star, in light-years?",
    {"measured flux": "2.0e-9 W/m^2"}, "distance to the star", "ly", outcome="not derivable", laws=1,
    solution="d = sqrt(L/(4 pi F)) requires the star's luminosity, which is not given and cannot be assumed for an unspecified star.",
    assumptions=[])

add(F, "A communications satellite orbits the Earth in a circular orbit at 7000 km. Using Earth's mass 5.972 x 10^24 kg and radius 6371 km, what is its orbital period?",
    {"orbit size": "7000 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital period", "min", outcome="ambiguous", laws=1,
    solution="If 7000 km is the orbital radius, T = 2 pi sqrt(r^3/GM) = 97.1 min; if it is the altitude above the surface (r = 13 371 km), T = 256.5 min.",
    assumptions=["circular orbit"])

# =====================================================================
# assemble, shuffle deterministically, assign ids, write
# =====================================================================
random.Random(20240610).shuffle(QS)
out = []
for i, q in enumerate(QS, 1):
    d = {"id": f"q10q-{i:03d}"}
    d.update(q)
    out.append(d)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "batch_q.json"), "w") as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False)
print(len(out), "questions written")
