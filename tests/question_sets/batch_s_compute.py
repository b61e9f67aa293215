#!/usr/bin/env python3
"""Compute expected answers for blind batch q10s (batch_s) and write batch_s.json.

Standard library only. Constants: CODATA 2018 (exact SI values where defined),
g = 9.81 m/s^2 unless a question states otherwise.
"""
import json
import math
import os
import random

# ---------------------------------------------------------------- constants
g = 9.81
c = 299792458.0
h = 6.62607015e-34
hbar = h / (2 * math.pi)
e = 1.602176634e-19
me = 9.1093837015e-31
me_MeV = 0.51099895000
u_MeV = 931.49410242
u_kg = 1.66053906660e-27
G = 6.67430e-11
kB = 1.380649e-23
NA = 6.02214076e23
R = 8.314462618
sigma = 5.670374419e-8
eps0 = 8.8541878128e-12
mu0 = 1.25663706212e-6
b_wien = 2.897771955e-3
hc_eVnm = h * c / e * 1e9          # 1239.84198... eV nm
year = 365.25 * 86400.0             # Julian year
day = 86400.0
au = 1.495978707e11
pc = au / math.tan(math.pi / (180 * 3600))
ly = c * year
atm = 101325.0
psi = 0.45359237 * 9.80665 / 0.0254 ** 2
deg = math.pi / 180

G_ASSUME = "g = 9.81 m/s^2"
CODATA = "CODATA 2018 constants"

FIELDS = ["mechanics", "thermodynamics", "fluids", "waves", "optics",
          "circuits", "electromagnetism", "modern", "nuclear", "astro"]
by_field = {f: [] for f in FIELDS}


def r6(x):
    return float(f"{x:.6g}")


def add(field, text, given, find, unit, expected, outcome="value", laws=1,
        irrelevant=None, solution="", assumptions=None, rel_tol=0.01):
    assert field in FIELDS
    assert outcome in ("value", "not derivable", "ill-posed", "ambiguous")
    if outcome == "value":
        assert expected is not None and math.isfinite(expected)
        expected = r6(expected)
    else:
        expected = None
    irrelevant = irrelevant or []
    for name in irrelevant:
        assert name in given, name
    by_field[field].append({
        "field": field, "text": text, "given": given, "find": find,
        "unit": unit, "expected": expected, "outcome": outcome,
        "rel_tol": rel_tol, "laws": laws, "irrelevant": irrelevant,
        "solution": solution, "assumptions": assumptions or [],
    })


def f4(x):
    return f"{x:.4g}"


# =====================================================================
# MECHANICS
# =====================================================================
F = "mechanics"

v = 18 / 3.6
a = v / 6.0
Fbar = 1200 * a + 900
add(F, "On a farm, a tractor tows a 1200 kg hay trailer from rest to 18 km/h in 6.0 s "
       "along a level track. The rolling resistance on the trailer totals 900 N. Assuming "
       "constant acceleration, what force does the tow bar exert on the trailer?",
    {"mass of the trailer": "1200 kg", "final speed": "18 km/h",
     "time to reach that speed": "6.0 s", "rolling resistance on the trailer": "900 N"},
    "force in the tow bar", "N", Fbar, laws=2,
    solution=f"a = (5.0 m/s)/6.0 s = {f4(a)} m/s^2; F = m a + f = 1200*{f4(a)} + 900 = {f4(Fbar)} N.",
    assumptions=["constant acceleration", "level ground"])

KE = 0.5 * 6.8 * 7.5 ** 2 * (1 + 2 / 5)
add(F, "A 6.8 kg bowling ball rolls without slipping down the lane at 7.5 m/s. Treating it "
       "as a uniform solid sphere, what is its total kinetic energy?",
    {"mass of the bowling ball": "6.8 kg", "speed of the ball": "7.5 m/s"},
    "total kinetic energy of the ball", "J", KE, laws=2,
    solution=f"K = 1/2 m v^2 + 1/2 (2/5 m r^2)(v/r)^2 = 7/10 m v^2 = {f4(KE)} J.",
    assumptions=["uniform solid sphere", "rolling without slipping"])

Fnet = 58 * g * (6.5 + 1.2) / 1.2
add(F, "A circus acrobat of mass 58 kg steps off a platform 6.5 m above a safety net. The "
       "net stretches 1.2 m before bringing her to rest. The big top itself is 15 m tall. What "
       "average force does the net exert on her while it stops her?",
    {"mass of the acrobat": "58 kg", "height of the platform above the net": "6.5 m",
     "stretch of the net": "1.2 m", "height of the big top": "15 m"},
    "average force from the net", "N", Fnet, laws=2,
    irrelevant=["height of the big top"],
    solution=f"Work-energy from the platform to the lowest point: m g (h + d) - F d = 0, "
             f"F = 58*9.81*7.7/1.2 = {f4(Fnet)} N.",
    assumptions=[G_ASSUME, "air resistance neglected", "she starts from rest"])

v = 90 / 3.6
Fb = 180e3 * v ** 2 / (2 * 450)
add(F, "A 180 t regional train enters the station at 90 km/h and brakes uniformly to a stop "
       "in 450 m. What is the magnitude of the average braking force?",
    {"mass of the train": "180 t", "initial speed": "90 km/h", "braking distance": "450 m"},
    "braking force", "kN", Fb / 1000, laws=2,
    solution=f"a = v^2/(2d) = 25^2/900 = {f4(v**2/900)} m/s^2; F = m a = {f4(Fb)} N = {f4(Fb/1000)} kN.",
    assumptions=["uniform deceleration"])

P = 12000 * g * 0.40 / 0.85
add(F, "A ship-to-shore crane at the port lifts a 12 t container straight up at a steady "
       "0.40 m/s. The hoist motor and gearbox together are 85 % efficient. What electrical "
       "power does the hoist draw?",
    {"mass of the container": "12 t", "lifting speed": "0.40 m/s",
     "efficiency of the hoist": "85 percent"},
    "electrical power drawn by the hoist", "kW", P / 1000, laws=2,
    solution=f"Mechanical power m g v = {f4(12000*g*0.4)} W; electrical = that/0.85 = {f4(P)} W.",
    assumptions=[G_ASSUME, "constant speed, so tension equals weight"])

vmax = math.sqrt(0.55 * g * 12) * 3.6
add(F, "An electric scooter and its rider (95 kg together) take a flat, unbanked turn of "
       "radius 12 m. The coefficient of static friction between the tyres and the pavement is "
       "0.55. What is the highest speed, in km/h, at which they can take the turn without "
       "skidding?",
    {"mass of scooter and rider": "95 kg", "radius of the turn": "12 m",
     "coefficient of static friction": "0.55 dimensionless"},
    "maximum speed in the turn", "km/h", vmax, laws=2,
    irrelevant=["mass of scooter and rider"],
    solution=f"mu m g = m v^2/r gives v = sqrt(mu g r) = {f4(vmax/3.6)} m/s = {f4(vmax)} km/h.",
    assumptions=[G_ASSUME, "flat road, friction supplies the centripetal force"])

P = 84 * g * 850 / (3.5 * 3600)
add(F, "A 72 kg hiker carrying a 12 kg pack follows a 9.4 km trail that gains 850 m in "
       "elevation, taking 3.5 h. At what average rate does she do work against gravity on "
       "herself and her pack?",
    {"mass of the hiker": "72 kg", "mass of the pack": "12 kg", "length of the trail": "9.4 km",
     "elevation gain": "850 m", "time taken": "3.5 hour"},
    "average power against gravity", "W", P, laws=1,
    irrelevant=["length of the trail"],
    solution=f"P = (m+M) g h / t = 84*9.81*850/12600 s = {f4(P)} W.",
    assumptions=[G_ASSUME])

d = 75 * 3.0 / (75 + 225)
add(F, "A 75 kg fisherman stands at the stern of a 225 kg rowing boat at rest on a calm "
       "lake. He walks 3.0 m towards the bow, measured relative to the boat. Neglecting water "
       "drag, how far does the boat move relative to the water?",
    {"mass of the fisherman": "75 kg", "mass of the boat": "225 kg",
     "distance walked relative to the boat": "3.0 m"},
    "distance the boat moves", "m", d, laws=1,
    solution=f"Centre of mass stays fixed: m (L - x) = M x, x = m L/(m+M) = {f4(d)} m.",
    assumptions=["no water resistance", "system initially at rest"])

w = 120 * 2 * math.pi / 60
ac = w ** 2 * 0.25
add(F, "A bakery's spiral dough mixer turns its bowl at 120 rpm. A lump of dough stuck to "
       "the inside wall of the bowl, 0.25 m from the axis, goes round with it. What is the "
       "centripetal acceleration of the lump?",
    {"rotation rate of the bowl": "120 rpm", "distance of the dough from the axis": "0.25 m"},
    "centripetal acceleration", "m/s^2", ac, laws=1,
    solution=f"omega = 120*2pi/60 = {f4(w)} rad/s; a = omega^2 r = {f4(ac)} m/s^2.")

tau = 0.45 * 220 * math.sin(70 * deg)
add(F, "In the car workshop, a mechanic pulls on the end of a 0.45 m long wrench with a "
       "force of 220 N directed at 70° to the wrench handle. What torque does she apply to the "
       "wheel nut?",
    {"length of the wrench": "0.45 m", "applied force": "220 N",
     "angle between force and handle": "70 degree"},
    "torque on the nut", "N*m", tau, laws=1,
    solution=f"tau = r F sin(theta) = 0.45*220*sin70 = {f4(tau)} N m.")

W = 15 * g * 0.40 * 12
add(F, "At a physiotherapy clinic, a patient lifts the 15 kg weight stack of a cable machine "
       "by 0.40 m twelve times in one set, slowly and steadily. How much work does the patient "
       "do on the stack during the lifting phases of the set?",
    {"mass of the weight stack": "15 kg", "height of each lift": "0.40 m",
     "number of lifts": "12 dimensionless"},
    "work done on the stack", "J", W, laws=1,
    solution=f"W = n m g h = 12*15*9.81*0.40 = {f4(W)} J.",
    assumptions=[G_ASSUME, "constant speed, ideal pulley"])

alpha = 2 * math.pi * 0.50 / 8.0
tau = 4.2 * alpha
add(F, "The star projector in a planetarium has a moment of inertia of 4.2 kg·m² about its "
       "rotation axis. A motor spins it up from rest to 0.50 revolutions per second in 8.0 s. "
       "Ignoring friction, what constant torque must the motor supply?",
    {"moment of inertia of the projector": "4.2 kg*m^2",
     "final rotation rate": "0.50 revolution/s", "spin-up time": "8.0 s"},
    "torque from the motor", "N*m", tau, laws=2,
    solution=f"alpha = 2pi*0.50/8.0 = {f4(alpha)} rad/s^2; tau = I alpha = {f4(tau)} N m.",
    assumptions=["constant angular acceleration", "no friction"])

add(F, "A tractor drags a plough across a field at constant speed. The drawbar force is "
       "15 kN and the tractor's mass is 6.5 t. How much power does the tractor deliver to the "
       "plough?",
    {"drawbar force": "15 kN", "mass of the tractor": "6.5 t"},
    "power delivered to the plough", "kW", None, outcome="not derivable", laws=1,
    solution="P = F v, but the ploughing speed is not given and cannot be inferred from the "
             "force or the tractor's mass.")

add(F, "A human cannonball at the circus is launched from ground level at 20 m/s and reaches "
       "a maximum height of 25 m above the launch point before dropping into the net. At what "
       "angle above the horizontal was she launched? Neglect air resistance.",
    {"launch speed": "20 m/s", "maximum height reached": "25 m"},
    "launch angle above the horizontal", "degree", None, outcome="ill-posed", laws=2,
    solution="Even a vertical launch at 20 m/s reaches only v^2/(2g) = 20.4 m, so a 25 m "
             "peak contradicts energy conservation; no launch angle exists.",
    assumptions=[G_ASSUME])

add(F, "A hiker drags a loaded sled 200 m along a level snowy trail at constant speed, pulling "
       "on its rope with a force of 90 N at an angle of 30°. How much work does the rope do on "
       "the sled?",
    {"distance dragged": "200 m", "pull in the rope": "90 N", "angle of the rope": "30 degree"},
    "work done by the rope", "J", None, outcome="ambiguous", laws=1,
    solution="W = F d cos(theta). If 30 deg is measured from the horizontal, W = 15588 J; if "
             "from the vertical, the angle to the path is 60 deg and W = 9000 J.")

# =====================================================================
# THERMODYNAMICS
# =====================================================================
F = "thermodynamics"

t = 18 * 490 * (220 - 22) / 3500 / 60
add(F, "A bakery oven has a 3.5 kW heating element. How long does it take to heat 18 kg of "
       "steel baking trays from 22 °C to 220 °C if all the heat goes into the trays? The "
       "specific heat of steel is 490 J/(kg·K).",
    {"power of the heating element": "3.5 kW", "mass of the trays": "18 kg",
     "initial temperature": "22 degC", "final temperature": "220 degC",
     "specific heat of steel": "490 J/(kg*K)"},
    "heating time", "minute", t, laws=2,
    solution=f"Q = m c dT = 18*490*198 = {f4(18*490*198)} J; t = Q/P = {f4(t*60)} s = {f4(t)} min.",
    assumptions=["no heat losses"])

E_ = 0.80 * 2.26e6 / 3.6e6
add(F, "In a bakery's proofing cabinet, 0.80 kg of water is evaporated to keep the air humid. "
       "Taking the latent heat of vaporisation of water as 2.26 MJ/kg, how much energy does "
       "this take, in kilowatt-hours?",
    {"mass of water evaporated": "0.80 kg", "latent heat of vaporisation": "2.26 MJ/kg"},
    "energy needed", "kWh", E_, laws=1,
    solution=f"Q = m L = 1.808 MJ = {f4(E_)} kWh.")

Pw = 0.12 * 12 * 25 / 0.15
Ew = Pw * 10 / 1000
add(F, "The solar-powered cabin has a 12 m² wooden wall 15 cm thick, with thermal "
       "conductivity 0.12 W/(m·K). During a 10-hour night the inside stays at 20 °C while the "
       "outside is at −5 °C. How much heat is lost through this wall during the night, in kWh?",
    {"area of the wall": "12 m^2", "thickness of the wall": "15 cm",
     "thermal conductivity of the wood": "0.12 W/(m*K)", "inside temperature": "20 degC",
     "outside temperature": "-5 degC", "length of the night": "10 hour"},
    "heat lost through the wall", "kWh", Ew, laws=2,
    solution=f"P = k A dT/L = 0.12*12*25/0.15 = {f4(Pw)} W; over 10 h: {f4(Ew)} kWh.",
    assumptions=["steady one-dimensional conduction"])

p2 = (32 + 14.7) * (45 + 273.15) / (10 + 273.15) - 14.7
add(F, "Before a road trip, a car's tyre is set to a gauge pressure of 32 psi at 10 °C. After "
       "highway driving the air inside is at 45 °C. Assuming the tyre volume stays constant and "
       "atmospheric pressure is 14.7 psi, what does the tyre gauge read now?",
    {"initial gauge pressure": "32 psi", "initial temperature": "10 degC",
     "final temperature": "45 degC", "atmospheric pressure": "14.7 psi"},
    "final gauge pressure", "psi", p2, laws=2,
    solution=f"Absolute: 46.7 psi * 318.15/283.15 = {f4(p2+14.7)} psi; gauge = {f4(p2)} psi.",
    assumptions=["ideal gas", "constant volume"])

mf = 75e3 / 0.38 * 3600 / 45e6
add(F, "A 6500 kg farm tractor's diesel engine delivers 75 kW of mechanical power with an "
       "overall efficiency of 38 %. Burning diesel releases 45 MJ per kilogram. How many "
       "kilograms of fuel does the engine burn per hour?",
    {"mass of the tractor": "6500 kg", "mechanical power output": "75 kW",
     "engine efficiency": "38 percent", "heat of combustion of diesel": "45 MJ/kg"},
    "fuel burned per hour", "kg/hour", mf, laws=2,
    irrelevant=["mass of the tractor"],
    solution=f"Heat input = 75 kW/0.38 = {f4(75/0.38)} kW; per hour {f4(75e3/0.38*3600)} J; "
             f"mass = that/45 MJ/kg = {f4(mf)} kg.")

cop = (21 + 273.15) / 29
Qh = 1.2 * cop
add(F, "The solar cabin is heated by a heat pump whose compressor draws 1.2 kW. It keeps the "
       "inside at 21 °C while the outdoor air is at −8 °C. What is the greatest rate at which "
       "it could deliver heat to the cabin?",
    {"compressor power": "1.2 kW", "indoor temperature": "21 degC",
     "outdoor temperature": "-8 degC"},
    "maximum heating power", "kW", Qh, laws=2,
    solution=f"COP_max = T_h/(T_h - T_c) = 294.15/29 = {f4(cop)}; Q = COP*W = {f4(Qh)} kW.",
    assumptions=["ideal (Carnot) heat pump"])

mi = 25 * 3600 * 15 / 334e3
add(F, "A fishing boat lands 25 kg of fish at 15 °C. How much ice at 0 °C must melt to cool the "
       "fish to 0 °C? Take the specific heat of fish as 3600 J/(kg·K) and the latent heat of "
       "fusion of ice as 334 kJ/kg.",
    {"mass of fish": "25 kg", "initial temperature of the fish": "15 degC",
     "specific heat of fish": "3600 J/(kg*K)", "latent heat of fusion of ice": "334 kJ/kg"},
    "mass of ice melted", "kg", mi, laws=2,
    solution=f"Heat from fish = 25*3600*15 = {f4(25*3600*15)} J = m_ice*334e3, m_ice = {f4(mi)} kg.",
    assumptions=["no heat exchange with the surroundings", "meltwater stays at 0 degC"])

Qk = 1.2 * 3500 * 30 / 4184
add(F, "A physiotherapist applies a 1.2 kg hot gel pack (specific heat 3500 J/(kg·K)) to a "
       "patient's back. During the treatment it cools from 70 °C to 40 °C. How much heat, in "
       "kilocalories, does the pack give off?",
    {"mass of the gel pack": "1.2 kg", "specific heat of the gel": "3500 J/(kg*K)",
     "initial temperature": "70 degC", "final temperature": "40 degC"},
    "heat given off", "kcal", Qk, laws=1,
    solution=f"Q = m c dT = 1.2*3500*30 = 126000 J = {f4(Qk)} kcal.",
    assumptions=["1 kcal = 4184 J"])

V2 = 1.0 * 101.3 / 70 * (12 + 273.15) / (25 + 273.15)
add(F, "A sealed bag of crisps packed at sea level holds 1.0 L of air at 101.3 kPa and 25 °C. "
       "A hiker carries it up to a mountain pass where the pressure is 70 kPa and the "
       "temperature is 12 °C. If the bag is flexible enough to match the outside pressure, what "
       "volume does the air inside now occupy?",
    {"initial volume": "1.0 L", "initial pressure": "101.3 kPa", "initial temperature": "25 degC",
     "pressure at the pass": "70 kPa", "temperature at the pass": "12 degC"},
    "volume of the air at the pass", "L", V2, laws=1,
    solution=f"V2 = V1 (p1/p2)(T2/T1) = 1.0*(101.3/70)*(285.15/298.15) = {f4(V2)} L.",
    assumptions=["ideal gas", "bag does not limit the expansion"])

dL = 25 * 12e-6 * 50 * 1000
add(F, "A 25 m steel rail at the railway station is laid at −10 °C. By how many millimetres "
       "does it lengthen on a 40 °C summer afternoon if it is free to expand? The coefficient "
       "of linear expansion of steel is 12 × 10⁻⁶ per kelvin.",
    {"length of the rail": "25 m", "laying temperature": "-10 degC",
     "summer temperature": "40 degC", "coefficient of linear expansion": "12e-6 1/K"},
    "increase in length", "mm", dL, laws=1,
    solution=f"dL = alpha L dT = 12e-6*25*50 = {f4(dL/1000)} m = {f4(dL)} mm.")

T1, T0 = 150 + 273.15, 22 + 273.15
Prad = 0.90 * sigma * 60e-4 * (T1 ** 4 - T0 ** 4)
add(F, "In the podcast studio, a vintage tube amplifier has a glass valve whose outer surface "
       "area is 60 cm² and whose surface temperature is 150 °C. The glass has an emissivity of "
       "0.90 and the room is at 22 °C. What net power does the valve lose by thermal radiation?",
    {"surface area of the valve": "60 cm^2", "temperature of the glass": "150 degC",
     "emissivity of the glass": "0.90 dimensionless", "room temperature": "22 degC"},
    "net radiated power", "W", Prad, laws=1,
    solution=f"P = e sigma A (T^4 - Ts^4) with T = 423.15 K, Ts = 295.15 K: {f4(Prad)} W.",
    assumptions=[CODATA])

vrms = math.sqrt(3 * R * (35 + 273.15) / 0.0280)
add(F, "A shipping container at the port is filled with nitrogen at 35 °C. What is the "
       "root-mean-square speed of the nitrogen molecules? Use a molar mass of 28.0 g/mol.",
    {"temperature of the gas": "35 degC", "molar mass of nitrogen": "28.0 g/mol"},
    "rms speed of the molecules", "m/s", vrms, laws=1,
    solution=f"v_rms = sqrt(3RT/M) = sqrt(3*8.314*308.15/0.028) = {f4(vrms)} m/s.",
    assumptions=["ideal gas", CODATA])

add(F, "Before the evening show, the air inside the circus big top is at 12 °C. How much heat is "
       "needed to warm it to 20 °C, taking the specific heat of air as 1005 J/(kg·K) and "
       "ignoring losses?",
    {"initial air temperature": "12 degC", "final air temperature": "20 degC",
     "specific heat of air": "1005 J/(kg*K)"},
    "heat needed", "MJ", None, outcome="not derivable", laws=1,
    solution="Q = m c dT needs the mass (or volume) of air in the tent, which is not given.")

add(F, "An engine tester in the car workshop claims that a prototype engine running between "
       "a 900 K combustion zone and a 350 K exhaust reaches 65 % efficiency. If it produces "
       "40 kW of mechanical power, how much heat per second does it reject?",
    {"hot reservoir temperature": "900 K", "cold reservoir temperature": "350 K",
     "claimed efficiency": "65 percent", "mechanical power output": "40 kW"},
    "rate of heat rejection", "kW", None, outcome="ill-posed", laws=2,
    solution="The Carnot limit is 1 - 350/900 = 61.1 %, so a 65 % efficiency between these "
             "temperatures violates the second law; the data are inconsistent.")

add(F, "A car tyre in the workshop is at 2.4 bar when cold, at 10 °C. After a long drive the air "
       "inside reaches 60 °C. Assuming the volume stays constant, what is the new tyre pressure?",
    {"cold tyre pressure": "2.4 bar", "cold temperature": "10 degC", "hot temperature": "60 degC"},
    "new tyre pressure", "bar", None, outcome="ambiguous", laws=1,
    solution="If 2.4 bar is absolute: p = 2.4*333.15/283.15 = 2.82 bar. If it is a gauge reading "
             "(usual for tyres): (2.4+1.013)*333.15/283.15 - 1.013 = 3.00 bar gauge.",
    assumptions=["ideal gas", "constant volume"])

# =====================================================================
# FLUIDS
# =====================================================================
F = "fluids"

Fs = 1500 * g * (3.0 / 30) ** 2
add(F, "A hydraulic car lift in the workshop has a small piston 3.0 cm in diameter and a large "
       "piston 30 cm in diameter. What force on the small piston holds a 1500 kg car resting on "
       "the large piston, with both pistons at the same height?",
    {"diameter of the small piston": "3.0 cm", "diameter of the large piston": "30 cm",
     "mass of the car": "1500 kg"},
    "force on the small piston", "N", Fs, laws=1,
    solution=f"Pascal: F1 = m g (d1/d2)^2 = 1500*9.81/100 = {f4(Fs)} N.",
    assumptions=[G_ASSUME, "pistons at the same level", "massless pistons"])

dh = 600 / (1025 * 9.0) * 100
add(F, "A fishing boat with a mass of 2400 kg including its crew floats in seawater of density "
       "1025 kg/m³. Near the waterline the hull sides are nearly vertical and the waterline area "
       "is 9.0 m². By how many centimetres does the boat settle when 600 kg of fish is loaded?",
    {"mass of the boat with crew": "2400 kg", "density of seawater": "1025 kg/m^3",
     "waterline area": "9.0 m^2", "mass of fish loaded": "600 kg"},
    "extra depth of the hull", "cm", dh, laws=1,
    irrelevant=["mass of the boat with crew"],
    solution=f"Extra displaced volume = 600/1025 m^3 = A dh, dh = {f4(dh/100)} m = {f4(dh)} cm.")

T = 500 * g * (1 - 1025 / 7850)
add(F, "A 500 kg steel anchor block (density 7850 kg/m³) hangs at rest, fully submerged in "
       "seawater of density 1025 kg/m³, from a port crane's cable. What is the tension in the "
       "cable?",
    {"mass of the anchor block": "500 kg", "density of steel": "7850 kg/m^3",
     "density of seawater": "1025 kg/m^3"},
    "tension in the cable", "N", T, laws=2,
    solution=f"Buoyancy = rho_w V g with V = 500/7850 m^3; T = m g (1 - 1025/7850) = {f4(T)} N.",
    assumptions=[G_ASSUME])

v2 = 1.8 * (2.5 / 1.0) ** 2
dp = 0.5 * 1000 * (v2 ** 2 - 1.8 ** 2) / 1000
add(F, "A farmer's irrigation hose with an inner diameter of 2.5 cm carries water at 1.8 m/s "
       "into a horizontal nozzle whose outlet, open to the air, is 1.0 cm in diameter. What is "
       "the gauge pressure in the hose just before the nozzle, in kPa?",
    {"inner diameter of the hose": "2.5 cm", "water speed in the hose": "1.8 m/s",
     "diameter of the nozzle outlet": "1.0 cm"},
    "gauge pressure in the hose", "kPa", dp, laws=2,
    solution=f"Continuity: v2 = 1.8*(2.5/1.0)^2 = {f4(v2)} m/s. Bernoulli: p - p_atm = "
             f"1/2 rho (v2^2 - v1^2) = {f4(dp)} kPa.",
    assumptions=["ideal incompressible flow", "water density 1000 kg/m^3"])

Q = 2.0e-4 * math.sqrt(2 * g * 3.2) * 60000
add(F, "A large open farm water tank has a tap of opening area 2.0 cm² located 3.2 m below the "
       "water surface. Ignoring losses, at how many litres per minute does water flow out when "
       "the tap is fully open?",
    {"area of the tap opening": "2.0 cm^2", "depth of the tap below the surface": "3.2 m"},
    "volume flow rate", "L/min", Q, laws=2,
    solution=f"Torricelli: v = sqrt(2 g h) = {f4(math.sqrt(2*g*3.2))} m/s; Q = A v = {f4(Q)} L/min.",
    assumptions=[G_ASSUME, "no losses or jet contraction", "tank level falls slowly"])

p = (78e3 + 1000 * g * 4.0) / 1000
add(F, "A hiker swims in a mountain lake where the atmospheric pressure is 78 kPa. What is the "
       "absolute pressure 4.0 m below the surface? Take the density of the lake water as "
       "1000 kg/m³.",
    {"atmospheric pressure at the lake": "78 kPa", "depth": "4.0 m",
     "density of the water": "1000 kg/m^3"},
    "absolute pressure at that depth", "kPa", p, laws=1,
    solution=f"p = p_atm + rho g h = 78 + 39.24 = {f4(p)} kPa.",
    assumptions=[G_ASSUME])

Wa = 70 * g * (1 - 1000 / 1020)
add(F, "In the clinic's hydrotherapy pool, a 70 kg patient whose average body density is "
       "1020 kg/m³ is fully submerged in water of density 1000 kg/m³. What is the patient's "
       "apparent weight?",
    {"mass of the patient": "70 kg", "average density of the body": "1020 kg/m^3",
     "density of the pool water": "1000 kg/m^3"},
    "apparent weight", "N", Wa, laws=2,
    solution=f"V = 70/1020 m^3; apparent weight = m g - rho_w V g = {f4(Wa)} N.",
    assumptions=[G_ASSUME])

Qp = math.pi * 0.005 ** 4 * 120e3 / (8 * 15 * 2.0) * 60000
add(F, "A bakery pumps melted chocolate (viscosity 15 Pa·s) through a pipe 2.0 m long with an "
       "inner radius of 5.0 mm. The pressure difference between the ends is 120 kPa. Assuming "
       "laminar flow, what is the volume flow rate in litres per minute?",
    {"viscosity of the chocolate": "15 Pa*s", "length of the pipe": "2.0 m",
     "inner radius of the pipe": "5.0 mm", "pressure difference": "120 kPa"},
    "volume flow rate", "L/min", Qp, laws=1,
    solution=f"Poiseuille: Q = pi r^4 dp/(8 eta L) = {f4(Qp/60000)} m^3/s = {f4(Qp)} L/min.",
    assumptions=["Newtonian laminar flow"])

mpay = 25 * (1.20 - 0.166) - 12
add(F, "The circus advertises with a helium balloon of volume 25 m³. The density of the "
       "surrounding air is 1.20 kg/m³ and that of the helium is 0.166 kg/m³. The envelope, "
       "ropes and banner have a total mass of 12 kg. What additional mass can the balloon "
       "hold in equilibrium? Neglect the volume of the load.",
    {"volume of the balloon": "25 m^3", "density of air": "1.20 kg/m^3",
     "density of helium": "0.166 kg/m^3", "mass of envelope, ropes and banner": "12 kg"},
    "additional mass supported", "kg", mpay, laws=2,
    solution=f"Buoyant mass 25*1.20 = 30 kg; minus helium 4.15 kg and 12 kg structure: {f4(mpay)} kg.")

v = 120 / 3.6
dpb = 0.5 * 1.20 * v ** 2
add(F, "An express train passes a station platform at 120 km/h. Treat the air right next to the "
       "train as moving at the train's speed relative to the still air on the platform and use "
       "Bernoulli's equation to estimate the pressure drop beside the train. Take the density "
       "of air as 1.20 kg/m³.",
    {"speed of the train": "120 km/h", "density of air": "1.20 kg/m^3"},
    "pressure drop beside the train", "Pa", dpb, laws=1,
    solution=f"dp = 1/2 rho v^2 = 0.5*1.20*(33.33 m/s)^2 = {f4(dpb)} Pa.")

Fp = 1025 * g * 3.5 * 40e-4
add(F, "A fishing boat moored in the port has a hole of area 40 cm² in its hull, 3.5 m below "
       "the waterline; the inside of the hull is at atmospheric pressure. What force must a "
       "patch over the hole withstand? The seawater has a density of 1025 kg/m³.",
    {"area of the hole": "40 cm^2", "depth below the waterline": "3.5 m",
     "density of seawater": "1025 kg/m^3"},
    "force on the patch", "N", Fp, laws=1,
    solution=f"F = rho g h A = 1025*9.81*3.5*0.0040 = {f4(Fp)} N.",
    assumptions=[G_ASSUME, "atmospheric pressure acts on both sides"])

Pp = 1000 * g * 6.0 * 12e-3 / 60
add(F, "A small pump at the solar cabin lifts water from a well into a rooftop tank 6.0 m "
       "higher at a rate of 12 litres per minute. The tank holds 500 L. What is the minimum "
       "mechanical power the pump must deliver?",
    {"height the water is lifted": "6.0 m", "flow rate": "12 L/min",
     "capacity of the tank": "500 L"},
    "minimum pump power", "W", Pp, laws=1,
    irrelevant=["capacity of the tank"],
    solution=f"P = rho g h Q = 1000*9.81*6.0*(12e-3/60) = {f4(Pp)} W.",
    assumptions=[G_ASSUME, "water density 1000 kg/m^3", "no friction, negligible exit speed"])

add(F, "A 3200 kg fishing boat floats in seawater of density 1025 kg/m³ with 0.40 m of "
       "freeboard (the height of the deck edge above the water). How much cargo can be loaded "
       "before the water reaches the deck edge?",
    {"mass of the boat": "3200 kg", "density of seawater": "1025 kg/m^3", "freeboard": "0.40 m"},
    "maximum cargo mass", "kg", None, outcome="not derivable", laws=1,
    solution="Extra load = rho A * freeboard requires the waterline area (hull shape), which "
             "is not given.")

add(F, "A mechanic pushes with a force of 200 N on the 2.0 cm diameter small piston of a "
       "hydraulic jack. What is the heaviest load the jack can lift?",
    {"force on the small piston": "200 N", "diameter of the small piston": "2.0 cm"},
    "maximum load mass", "kg", None, outcome="not derivable", laws=1,
    solution="Pascal's principle needs the area of the large piston, which is not given.")

add(F, "The pressure at the bottom of a farm's water tank is 150 kPa. How deep is the water in "
       "the tank?",
    {"pressure at the bottom of the tank": "150 kPa"},
    "depth of the water", "m", None, outcome="ambiguous", laws=1,
    solution="If 150 kPa is absolute: h = (150 - 101.3) kPa/(rho g) = 4.96 m. If it is gauge "
             "pressure: h = 150 kPa/(rho g) = 15.3 m.",
    assumptions=[G_ASSUME, "water density 1000 kg/m^3"])

# =====================================================================
# WAVES
# =====================================================================
F = "waves"

lam = 343 / 440
add(F, "In the podcast studio the speed of sound is 343 m/s. What is the wavelength of the "
       "440 Hz tuning tone the host plays before recording?",
    {"speed of sound": "343 m/s", "frequency of the tone": "440 Hz"},
    "wavelength", "m", lam, laws=1,
    solution=f"lambda = v/f = 343/440 = {f4(lam)} m.")

fo = 520 * 343 / (343 - 30)
add(F, "A train sounding its 520 Hz horn approaches the station at 108 km/h. The speed of "
       "sound is 343 m/s. What frequency does a passenger waiting on the platform hear?",
    {"frequency of the horn": "520 Hz", "speed of the train": "108 km/h",
     "speed of sound": "343 m/s"},
    "frequency heard on the platform", "Hz", fo, laws=1,
    solution=f"f' = f v/(v - vs) = 520*343/(343-30) = {f4(fo)} Hz.")

vs = 25 / 3.6
df = 2000 * 343 / (343 - vs) - 2000 * 343 / (343 + vs)
add(F, "An electric scooter with a 2.0 kHz warning beeper rides past a pedestrian at 25 km/h. "
       "What is the difference between the frequency she hears as the scooter approaches and as "
       "it moves away? Take the speed of sound as 343 m/s.",
    {"frequency of the beeper": "2.0 kHz", "speed of the scooter": "25 km/h",
     "speed of sound": "343 m/s"},
    "difference between approaching and receding frequency", "Hz", df, laws=1,
    solution=f"f_app = 2000*343/(343-6.944) = {f4(2000*343/(343-vs))} Hz; f_rec = "
             f"2000*343/(343+6.944) = {f4(2000*343/(343+vs))} Hz; difference {f4(df)} Hz.",
    assumptions=["still air", "pedestrian at rest"])

L2 = 62 + 10 * math.log10(2)
add(F, "A podcast guest's voice produces a sound level of 62 dB at the microphone. A second "
       "guest, equally loud and at the same distance, talks at the same time, and the two sounds "
       "are incoherent. What is the combined sound level at the microphone?",
    {"sound level of one guest": "62 dB"},
    "combined sound level", "dB", L2, laws=2,
    solution=f"Intensities add: I = 2 I1, so L = 62 + 10 log10(2) = {f4(L2)} dB.")

L4 = 78 - 20 * math.log10(4.0)
add(F, "A studio monitor speaker produces a sound level of 78 dB at 1.0 m. Treating it as a "
       "point source radiating uniformly with no reflections, what is the sound level 4.0 m "
       "away?",
    {"sound level at the near position": "78 dB", "near distance": "1.0 m",
     "far distance": "4.0 m"},
    "sound level at the far position", "dB", L4, laws=2,
    solution=f"I ~ 1/r^2: L = 78 - 20 log10(4) = {f4(L4)} dB.")

vw = math.sqrt(4500 / 0.85)
f1 = vw / (2 * 12)
add(F, "A circus high wire is 12 m long between its anchor points, is under a tension of 4500 N "
       "and has a mass of 0.85 kg per metre. What is the fundamental frequency of its transverse "
       "vibrations?",
    {"length of the wire": "12 m", "tension in the wire": "4500 N",
     "mass per unit length": "0.85 kg/m"},
    "fundamental frequency", "Hz", f1, laws=2,
    solution=f"v = sqrt(T/mu) = {f4(vw)} m/s; f1 = v/(2L) = {f4(f1)} Hz.")

f1 = 343 / (2 * 1.2)
add(F, "A ventilation duct in the recording studio is 1.2 m long and open at both ends. With "
       "sound travelling at 343 m/s, what is its lowest resonant frequency?",
    {"length of the duct": "1.2 m", "speed of sound": "343 m/s"},
    "lowest resonant frequency", "Hz", f1, laws=1,
    solution=f"Open-open pipe: f1 = v/(2L) = {f4(f1)} Hz.",
    assumptions=["end corrections neglected"])

vsw = math.sqrt(g * 6.0)
lamw = vsw * 8.0
add(F, "Swell enters the port's harbour basin, where the water is 6.0 m deep. Using the "
       "shallow-water wave speed, what is the wavelength of waves with a period of 8.0 s?",
    {"water depth": "6.0 m", "wave period": "8.0 s"},
    "wavelength in the harbour", "m", lamw, laws=2,
    solution=f"v = sqrt(g d) = {f4(vsw)} m/s; lambda = v T = {f4(lamw)} m.",
    assumptions=[G_ASSUME, "shallow-water approximation"])

dd = 1500 * 0.085 / 2
add(F, "A fishing boat's 200 kHz fish finder sends a ping straight down, and the echo from the "
       "seabed returns 0.085 s later. The speed of sound in seawater is 1500 m/s. How deep is "
       "the water under the boat?",
    {"frequency of the fish finder": "200 kHz", "echo delay": "0.085 s",
     "speed of sound in seawater": "1500 m/s"},
    "water depth", "m", dd, laws=1,
    irrelevant=["frequency of the fish finder"],
    solution=f"Round trip: d = v t/2 = 1500*0.085/2 = {f4(dd)} m.")

vt = 331.3 * math.sqrt((5 + 273.15) / 273.15)
dc = vt * 2.4 / 2
add(F, "A hiker shouts towards a cliff and hears the echo 2.4 s later. The air temperature is "
       "5 °C. Taking the speed of sound as 331.3 m/s at 0 °C and proportional to the square "
       "root of the absolute temperature, how far away is the cliff?",
    {"echo delay": "2.4 s", "air temperature": "5 degC",
     "speed of sound at 0 degC": "331.3 m/s"},
    "distance to the cliff", "m", dc, laws=2,
    solution=f"v = 331.3*sqrt(278.15/273.15) = {f4(vt)} m/s; d = v t/2 = {f4(dc)} m.")

lu = 1540 / 1.0e6 * 1000
add(F, "A physiotherapist uses a 1.0 MHz therapeutic ultrasound head at an intensity of "
       "1.5 W/cm². The speed of sound in soft tissue is 1540 m/s. What is the ultrasound "
       "wavelength in the tissue, in millimetres?",
    {"ultrasound frequency": "1.0 MHz", "ultrasound intensity": "1.5 W/cm^2",
     "speed of sound in tissue": "1540 m/s"},
    "wavelength in tissue", "mm", lu, laws=1,
    irrelevant=["ultrasound intensity"],
    solution=f"lambda = v/f = 1540/1.0e6 m = {f4(lu)} mm.")

tb = 18.3 / 8.0 + 18.3 / 343
add(F, "A bowler releases a ball that travels the 18.3 m lane at a constant 8.0 m/s. The speed "
       "of sound is 343 m/s. How long after the release does the bowler hear the crash of the "
       "pins?",
    {"length of the lane": "18.3 m", "speed of the ball": "8.0 m/s", "speed of sound": "343 m/s"},
    "time until the crash is heard", "s", tb, laws=2,
    solution=f"Ball: 18.3/8.0 = 2.2875 s; sound back: 18.3/343 = {f4(18.3/343)} s; total {f4(tb)} s.")

add(F, "A guitar string in the podcast studio has a vibrating length of 65 cm and must sound "
       "196 Hz as its fundamental. What tension is needed?",
    {"vibrating length": "65 cm", "fundamental frequency": "196 Hz"},
    "tension in the string", "N", None, outcome="not derivable", laws=2,
    solution="T = mu (2 L f)^2 requires the string's mass per unit length, which is not given.")

add(F, "A circus high wire fixed at both ends is 10 m long. It is observed to vibrate with its "
       "fundamental at 4.0 Hz and its second harmonic at 9.0 Hz. What is the speed of transverse "
       "waves on the wire?",
    {"length of the wire": "10 m", "fundamental frequency": "4.0 Hz",
     "second harmonic frequency": "9.0 Hz"},
    "wave speed on the wire", "m/s", None, outcome="ill-posed", laws=1,
    solution="For a string fixed at both ends the second harmonic must be exactly twice the "
             "fundamental (8.0 Hz). The two frequencies give 80 m/s and 90 m/s, so the data "
             "contradict each other.")

add(F, "Background music in the podcast studio measures 60 dB. The producer turns it up until it "
       "is twice as loud. What is the new sound level?",
    {"initial sound level": "60 dB"},
    "new sound level", "dB", None, outcome="ambiguous", laws=1,
    solution="If 'twice as loud' means twice the intensity: 63 dB. If it means twice the "
             "perceived loudness (the usual +10 dB rule): 70 dB.")

# =====================================================================
# OPTICS
# =====================================================================
F = "optics"

di = 1 / (1 / 50 - 1 / 52) / 1000
add(F, "A planetarium projector lens with a focal length of 50 mm forms a sharp image of a slide "
       "placed 52 mm in front of it. How far from the lens is the image formed?",
    {"focal length of the lens": "50 mm", "distance from slide to lens": "52 mm"},
    "image distance", "m", di, laws=1,
    solution=f"1/di = 1/f - 1/do = 1/50 - 1/52 mm^-1; di = 1300 mm = {f4(di)} m.",
    assumptions=["thin lens"])

m = 10 * (1 / 0.035 - 1 / 10)
hi = 2.0e-3 * m
add(F, "A planetarium star projector uses a lens of focal length 35 mm to focus a star-field "
       "plate onto the dome 10 m away. How large is the image of a 2.0 mm feature on the plate?",
    {"focal length of the lens": "35 mm", "distance from lens to dome": "10 m",
     "size of the feature": "2.0 mm"},
    "size of the image on the dome", "m", hi, laws=2,
    solution=f"do = 1/(1/0.035 - 1/10) = {f4(1/(1/0.035-0.1))} m; |m| = di/do = {f4(m)}; "
             f"image = {f4(hi)} m.",
    assumptions=["thin lens", "dome treated as flat at that point"])

dr = 1.2 * 1.33
add(F, "A fisherman looking straight down from his boat sees a fish that appears to be 1.2 m "
       "below the surface. The refractive index of the water is 1.33. How deep is the fish "
       "actually?",
    {"apparent depth": "1.2 m", "refractive index of water": "1.33 dimensionless"},
    "real depth of the fish", "m", dr, laws=1,
    solution=f"Near-normal viewing: apparent = real/n, real = 1.2*1.33 = {f4(dr)} m.")

th = math.degrees(math.asin(math.sin(40 * deg) / 1.34))
add(F, "Sunlight strikes the sea next to a fishing boat at 40° to the vertical. The refractive "
       "index of the seawater is 1.34. At what angle to the vertical does the light travel in "
       "the water?",
    {"angle of the sunlight to the vertical": "40 degree",
     "refractive index of seawater": "1.34 dimensionless"},
    "angle of the refracted light to the vertical", "degree", th, laws=1,
    solution=f"Snell: sin r = sin40/1.34 = {f4(math.sin(40*deg)/1.34)}; r = {f4(th)} deg.",
    assumptions=["refractive index of air = 1", "calm flat water surface"])

thc = math.degrees(math.asin(1.46 / 1.48))
add(F, "The fibre-optic cable of the railway station's passenger information system has a core "
       "of refractive index 1.48 and a cladding of index 1.46. What is the critical angle at the "
       "core–cladding boundary?",
    {"refractive index of the core": "1.48 dimensionless",
     "refractive index of the cladding": "1.46 dimensionless"},
    "critical angle", "degree", thc, laws=1,
    solution=f"sin theta_c = 1.46/1.48; theta_c = {f4(thc)} deg.")

tha = math.degrees(math.asin(math.sqrt(1.48 ** 2 - 1.46 ** 2)))
add(F, "A 2.5 km fibre-optic link between two railway stations has a core of index 1.48 and a "
       "cladding of index 1.46. What is the largest angle to the fibre axis at which light "
       "entering the flat end face from air is still guided by total internal reflection?",
    {"length of the link": "2.5 km", "refractive index of the core": "1.48 dimensionless",
     "refractive index of the cladding": "1.46 dimensionless"},
    "maximum acceptance angle", "degree", tha, laws=2,
    irrelevant=["length of the link"],
    solution=f"At the core wall sin(theta_c) = 1.46/1.48; at the end face sin(theta_a) = "
             f"1.48 cos(theta_c) = sqrt(1.48^2 - 1.46^2) = {f4(math.sin(tha*deg))}; "
             f"theta_a = {f4(tha)} deg.")

f_ = -0.8
di_ = 1 / (1 / f_ - 1 / 12)
hi_ = 1.5 * abs(di_) / 12 * 100
add(F, "A car's convex side mirror has a radius of curvature of 1.6 m. A 1.5 m tall car is 12 m "
       "behind the mirror. How tall is the image of the car, in centimetres?",
    {"radius of curvature of the mirror": "1.6 m", "height of the car behind": "1.5 m",
     "distance of the car from the mirror": "12 m"},
    "height of the image", "cm", hi_, laws=2,
    solution=f"f = -0.80 m; 1/di = 1/f - 1/do gives di = {f4(di_)} m; m = -di/do = "
             f"{f4(-di_/12)}; image height = {f4(hi_)} cm.",
    assumptions=["paraxial mirror equation"])

dy = 532e-9 * 8.0 / 0.25e-3 * 1000
add(F, "In a planetarium laser show, green 532 nm light passes through two slits 0.25 mm apart "
       "and falls on the dome 8.0 m away. What is the spacing between adjacent bright fringes, "
       "in millimetres?",
    {"wavelength of the laser": "532 nm", "slit separation": "0.25 mm",
     "distance to the dome": "8.0 m"},
    "fringe spacing", "mm", dy, laws=1,
    solution=f"dy = lambda L/d = 532e-9*8.0/0.25e-3 m = {f4(dy)} mm.",
    assumptions=["small angles"])

thg = math.degrees(math.asin(656.3e-9 * 600e3))
add(F, "A diffraction grating with 600 lines per millimetre in the planetarium's spectroscope "
       "exhibit is lit at normal incidence by the 656.3 nm red line of hydrogen. At what angle "
       "does the first-order maximum appear?",
    {"line density of the grating": "600 1/mm", "wavelength": "656.3 nm"},
    "angle of the first-order maximum", "degree", thg, laws=1,
    solution=f"d = 1/600 mm; sin theta = lambda/d = {f4(656.3e-9*600e3)}; theta = {f4(thg)} deg.")

Ip = 800 * 0.5 * math.cos(60 * deg) ** 2
add(F, "On a hiking trail, unpolarised sunlight of intensity 800 W/m² passes through two "
       "polarising filters whose transmission axes are 60° apart. What intensity emerges from "
       "the second filter?",
    {"intensity of the sunlight": "800 W/m^2", "angle between the transmission axes": "60 degree"},
    "transmitted intensity", "W/m^2", Ip, laws=2,
    solution=f"First filter halves it: 400 W/m^2; Malus: 400 cos^2 60 = {f4(Ip)} W/m^2.",
    assumptions=["ideal polarisers"])

Pd = 1 / 0.25 - 1 / 0.90
add(F, "An older physiotherapist's near point has receded to 90 cm. What lens power, in "
       "dioptres, lets her read a patient chart held 25 cm from her eyes? Neglect the distance "
       "between lens and eye.",
    {"near point": "90 cm", "reading distance": "25 cm"},
    "lens power", "1/m", Pd, laws=1,
    solution=f"The lens must image an object at 25 cm to a virtual image at 90 cm: "
             f"P = 1/0.25 - 1/0.90 = {f4(Pd)} D.",
    assumptions=["thin lens at the eye"])

tf = 550 / (4 * 1.38)
add(F, "The solar panels on the cabin have glass of refractive index 1.50 coated with a "
       "magnesium fluoride film of index 1.38. What is the minimum film thickness that "
       "minimises the reflection of 550 nm light at normal incidence?",
    {"refractive index of the glass": "1.50 dimensionless",
     "refractive index of the coating": "1.38 dimensionless", "wavelength": "550 nm"},
    "minimum coating thickness", "nm", tf, laws=2,
    solution=f"Both reflections get a half-wave phase shift, so destructive interference needs "
             f"2 n t = lambda/2: t = 550/(4*1.38) = {f4(tf)} nm.")

add(F, "A planetarium projector throws an image of a 24 mm wide slide onto a screen 12 m away "
       "from the lens. How wide is the image on the screen?",
    {"width of the slide": "24 mm", "distance from lens to screen": "12 m"},
    "width of the image", "m", None, outcome="not derivable", laws=2,
    solution="The magnification depends on the slide-to-lens distance, which requires the "
             "focal length of the lens; neither is given.")

add(F, "A mechanic uses a concave inspection mirror and sees an upright image of a bolt magnified "
       "2.5 times. How far is the bolt from the mirror?",
    {"magnification": "2.5 dimensionless"},
    "distance of the bolt from the mirror", "cm", None, outcome="not derivable", laws=2,
    solution="do = f (1 - 1/m) needs the mirror's focal length (or radius), which is not given.")

add(F, "In the planetarium's water-tank demonstration, a laser beam strikes the flat water "
       "surface (refractive index 1.33) at 30°. What is the angle of refraction?",
    {"angle of the beam": "30 degree", "refractive index of water": "1.33 dimensionless"},
    "angle of refraction", "degree", None, outcome="ambiguous", laws=1,
    solution="If 30 deg is measured from the normal: r = asin(sin30/1.33) = 22.1 deg. If it is "
             "measured from the surface, incidence is 60 deg and r = 40.6 deg.")

# =====================================================================
# CIRCUITS
# =====================================================================
F = "circuits"

Ebat = 36 * 10.4
rng = Ebat / 250 * 20
add(F, "An electric scooter weighing 13 kg has a 36 V, 10 400 mAh battery. Cruising at 20 km/h, "
       "its motor draws an average of 250 W from the battery. What range does a full charge "
       "give at this speed?",
    {"mass of the scooter": "13 kg", "battery voltage": "36 V",
     "battery capacity": "10400 mAh", "average power drawn": "250 W",
     "cruising speed": "20 km/h"},
    "range on a full charge", "km", rng, laws=2,
    irrelevant=["mass of the scooter"],
    solution=f"Energy = 36 V * 10.4 Ah = {f4(Ebat)} Wh; time = {f4(Ebat/250)} h; range = "
             f"{f4(rng)} km.",
    assumptions=["battery fully usable at constant voltage"])

tl = 12 * 100 * 0.80 / (6 * 5)
add(F, "The solar cabin stores energy in a 12 V, 100 Ah battery, of which only 80 % may be "
       "used. For how many hours can it run six 5 W LED lamps?",
    {"battery voltage": "12 V", "battery capacity": "100 Ah",
     "usable fraction of the capacity": "80 percent", "number of lamps": "6 dimensionless",
     "power of each lamp": "5 W"},
    "running time", "hour", tl, laws=2,
    solution=f"Usable energy = 12*100*0.80 = 960 Wh; load = 30 W; t = {f4(tl)} h.")

Rel = 230 ** 2 / 2500
add(F, "A bakery oven element is rated 2.5 kW at 230 V. What is its resistance at operating "
       "temperature?",
    {"power rating": "2.5 kW", "supply voltage": "230 V"},
    "resistance of the element", "ohm", Rel, laws=1,
    solution=f"R = V^2/P = 230^2/2500 = {f4(Rel)} ohm.")

I_ = 230 / 75
P45 = I_ ** 2 * 45
add(F, "Two heating elements in a bakery's proofer, 30 Ω and 45 Ω, are wired in series across "
       "230 V. What power is dissipated in the 45 Ω element?",
    {"resistance of the first element": "30 ohm", "resistance of the second element": "45 ohm",
     "supply voltage": "230 V"},
    "power in the 45 ohm element", "W", P45, laws=2,
    solution=f"I = 230/75 = {f4(I_)} A; P = I^2 R = {f4(P45)} W.")

fc = 1 / (2 * math.pi * 10e3 * 0.22e-6)
add(F, "A podcast microphone preamp uses a simple RC high-pass filter with R = 10 kΩ and "
       "C = 0.22 µF. What is its cutoff frequency?",
    {"resistance": "10 kohm", "capacitance": "0.22 uF"},
    "cutoff frequency", "Hz", fc, laws=1,
    solution=f"f_c = 1/(2 pi R C) = {f4(fc)} Hz.")

tch = 2.2e3 * 330e-6 * math.log(300 / 50)
add(F, "A circus photographer's flash unit charges an initially empty 330 µF capacitor from a "
       "300 V supply through a 2.2 kΩ resistor. How long does it take to reach 250 V?",
    {"capacitance": "330 uF", "supply voltage": "300 V", "charging resistance": "2.2 kohm",
     "target voltage": "250 V"},
    "charging time", "s", tch, laws=1,
    solution=f"V = V0 (1 - e^(-t/RC)), t = RC ln(300/50) = 0.726*{f4(math.log(6))} = {f4(tch)} s.")

Ef = 0.5 * 330e-6 * 300 ** 2
Pf = Ef / 1.5e-3 / 1000
add(F, "A 330 µF flash capacitor used by the circus photographer is charged to 300 V and dumps "
       "its stored energy into the flash tube in 1.5 ms. What is the average power during the "
       "flash?",
    {"capacitance": "330 uF", "voltage on the capacitor": "300 V", "flash duration": "1.5 ms"},
    "average power during the flash", "kW", Pf, laws=2,
    solution=f"E = 1/2 C V^2 = {f4(Ef)} J; P = E/t = {f4(Pf)} kW.",
    assumptions=["capacitor fully discharged"])

Pm = (12.6 - 150 * 0.020) * 150
add(F, "In the car workshop, a 12.6 V battery with an internal resistance of 0.020 Ω supplies "
       "150 A to a starter motor. What power is delivered to the starter motor?",
    {"emf of the battery": "12.6 V", "internal resistance": "0.020 ohm",
     "current to the starter": "150 A"},
    "power delivered to the motor", "W", Pm, laws=2,
    solution=f"Terminal voltage = 12.6 - 150*0.020 = 9.6 V; P = 9.6*150 = {f4(Pm)} W.")

Rp = 4 * 6 / 10
Itot = 12 / (Rp + 0.6)
I4 = Itot * Rp / 4
add(F, "At the solar cabin, a 12 V battery feeds two loads connected in parallel, 4.0 Ω and "
       "6.0 Ω, through wiring with a total resistance of 0.60 Ω. Neglecting the battery's "
       "internal resistance, what current flows through the 4.0 Ω load?",
    {"battery voltage": "12 V", "resistance of the first load": "4.0 ohm",
     "resistance of the second load": "6.0 ohm", "resistance of the wiring": "0.60 ohm"},
    "current through the 4.0 ohm load", "A", I4, laws=2,
    solution=f"Parallel: 2.4 ohm; total 3.0 ohm; I = 4.0 A; V_parallel = 9.6 V; I4 = {f4(I4)} A.")

Rc = 1.68e-8 * 240 / 2.5e-6
Vd = Rc * 10
add(F, "Platform lights at the railway station are fed through a two-core copper cable 120 m "
       "long, so the current travels 240 m in total. Each core has a cross-section of 2.5 mm², "
       "and the resistivity of copper is 1.68 × 10⁻⁸ Ω·m. What voltage is lost in the cable "
       "when it carries 10 A?",
    {"length of the cable": "120 m", "cross-section of each core": "2.5 mm^2",
     "resistivity of copper": "1.68e-8 ohm*m", "current": "10 A"},
    "voltage drop in the cable", "V", Vd, laws=2,
    solution=f"R = rho L/A = 1.68e-8*240/2.5e-6 = {f4(Rc)} ohm; V = I R = {f4(Vd)} V.")

Ipk = math.sqrt(2) * 250 / 230
add(F, "An infrared heat lamp in the physiotherapy clinic is rated 250 W at 230 V rms. What is "
       "the peak current through it?",
    {"power rating": "250 W", "rms supply voltage": "230 V"},
    "peak current", "A", Ipk, laws=2,
    solution=f"I_rms = 250/230 = {f4(250/230)} A; I_peak = sqrt2 I_rms = {f4(Ipk)} A.",
    assumptions=["purely resistive load", "sinusoidal supply"])

Php = 0.50 ** 2 / 32 * 1000
add(F, "Podcast headphones with an impedance of 32 Ω (treat it as resistive) are driven with a "
       "0.50 V rms signal through a 3.0 m cable. What average power do they receive, in "
       "milliwatts?",
    {"impedance of the headphones": "32 ohm", "rms signal voltage": "0.50 V",
     "length of the cable": "3.0 m"},
    "average power in the headphones", "mW", Php, laws=1,
    irrelevant=["length of the cable"],
    solution=f"P = V_rms^2/R = 0.25/32 W = {f4(Php)} mW.",
    assumptions=["cable resistance negligible"])

add(F, "An electric scooter's battery is rated at 36 V. Its motor draws 300 W at a steady "
       "25 km/h. How far can the scooter travel on one full charge?",
    {"battery voltage": "36 V", "power drawn by the motor": "300 W", "speed": "25 km/h"},
    "range on a full charge", "km", None, outcome="not derivable", laws=2,
    solution="The stored energy needs the battery capacity (Ah or Wh), which is not given.")

add(F, "A 9.0 V battery with an internal resistance of 0.50 Ω drives a current of 25 A through "
       "the load of the bowling alley's scoreboard. What is the resistance of the load?",
    {"emf of the battery": "9.0 V", "internal resistance": "0.50 ohm", "current": "25 A"},
    "resistance of the load", "ohm", None, outcome="ill-posed", laws=2,
    solution="The largest possible current (short circuit) is 9.0/0.50 = 18 A; 25 A would need a "
             "negative load resistance (9.0/25 - 0.50 = -0.14 ohm).")

add(F, "Two 8.0 Ω loudspeakers in the podcast studio are both connected to an amplifier output "
       "that holds 16 V rms. What total power do the two speakers draw?",
    {"resistance of each speaker": "8.0 ohm", "amplifier output voltage": "16 V"},
    "total power to the speakers", "W", None, outcome="ambiguous", laws=2,
    solution="Wired in series (16 ohm): P = 16^2/16 = 16 W. Wired in parallel (4 ohm): "
             "P = 16^2/4 = 64 W. The wiring is not stated.")

# =====================================================================
# ELECTROMAGNETISM
# =====================================================================
F = "electromagnetism"

B = mu0 * 800 / (2 * math.pi * 0.50) * 1e6
add(F, "A long straight cable feeding a port crane carries a steady 800 A. What is the magnetic "
       "field 0.50 m from the cable, in microtesla?",
    {"current in the cable": "800 A", "distance from the cable": "0.50 m"},
    "magnetic field", "uT", B, laws=1,
    solution=f"B = mu0 I/(2 pi r) = {f4(B)} uT.",
    assumptions=[CODATA, "return conductor far away"])

tau = 50 * 4.0 * 25e-4 * 0.60
add(F, "The hub motor of an electric scooter is modelled as a 50-turn rectangular coil of area "
       "25 cm² carrying 4.0 A in a 0.60 T magnetic field. What is the maximum torque on the coil?",
    {"number of turns": "50 dimensionless", "area of the coil": "25 cm^2",
     "current in the coil": "4.0 A", "magnetic field": "0.60 T"},
    "maximum torque", "N*m", tau, laws=1,
    solution=f"tau_max = N I A B = 50*4.0*0.0025*0.60 = {f4(tau)} N m.")

Qv = 4 * math.pi * eps0 * 0.20 * 250e3 * 1e6
add(F, "In a planetarium science show, a Van de Graaff generator's dome, a sphere of radius "
       "0.20 m, is charged to a potential of 250 kV. How much charge is on the dome, in "
       "microcoulombs?",
    {"radius of the dome": "0.20 m", "potential of the dome": "250 kV"},
    "charge on the dome", "uC", Qv, laws=1,
    solution=f"V = Q/(4 pi eps0 R), Q = 4 pi eps0 R V = {f4(Qv)} uC.",
    assumptions=[CODATA, "isolated sphere"])

emf = 45e-6 * 1.5 * (108 / 3.6) * 1000
add(F, "A train runs through the station at 108 km/h. Its steel axle, 1.5 m long, is horizontal "
       "and perpendicular to the motion, and the vertical component of Earth's magnetic field "
       "there is 45 µT. What emf is induced between the ends of the axle, in millivolts?",
    {"speed of the train": "108 km/h", "length of the axle": "1.5 m",
     "vertical component of Earth's field": "45 uT"},
    "induced emf", "mV", emf, laws=1,
    solution=f"emf = B L v = 45e-6*1.5*30 V = {f4(emf)} mV.")

Ip_ = 250 * 400 / 11e3
add(F, "A transformer at the port steps 11 kV down to 400 V for the crane drives; its primary "
       "has 2750 turns. When the secondary supplies 250 A, what current flows in the primary? "
       "Treat the transformer as ideal.",
    {"primary voltage": "11 kV", "secondary voltage": "400 V",
     "number of primary turns": "2750 dimensionless", "secondary current": "250 A"},
    "primary current", "A", Ip_, laws=2,
    irrelevant=["number of primary turns"],
    solution=f"Power in = power out: I_p = 250*400/11000 = {f4(Ip_)} A.")

emfL = 8.0e-3 * 6.0 / 0.12e-3
add(F, "A car's ignition coil primary has an inductance of 8.0 mH and carries 6.0 A. When the "
       "circuit opens, the current falls to zero in 0.12 ms. What is the average self-induced "
       "emf in the primary?",
    {"inductance of the primary": "8.0 mH", "initial current": "6.0 A",
     "time for the current to fall": "0.12 ms"},
    "average induced emf", "V", emfL, laws=1,
    solution=f"emf = L dI/dt = 8.0e-3*6.0/0.12e-3 = {f4(emfL)} V.")

Cm = eps0 * 2.0e-4 / 25e-6
Qm = Cm * 48 * 1e9
add(F, "A condenser microphone in the podcast studio can be modelled as an air-filled "
       "parallel-plate capacitor with plate area 2.0 cm² and a gap of 25 µm. It is polarised "
       "with 48 V phantom power. How much charge sits on each plate, in nanocoulombs?",
    {"plate area": "2.0 cm^2", "gap between the plates": "25 um", "polarising voltage": "48 V"},
    "charge on each plate", "nC", Qm, laws=2,
    solution=f"C = eps0 A/d = {f4(Cm*1e12)} pF; Q = C V = {f4(Qm)} nC.",
    assumptions=[CODATA, "edge effects neglected"])

emf0 = 200 * 0.25 * 0.010 * 2 * math.pi * 3.0
erms = emf0 / math.sqrt(2)
add(F, "A hand-crank generator at the planetarium has a 200-turn coil of area 0.010 m² turning "
       "in a uniform 0.25 T field at 3.0 revolutions per second. What rms emf does it produce?",
    {"number of turns": "200 dimensionless", "area of the coil": "0.010 m^2",
     "magnetic field": "0.25 T", "rotation rate": "3.0 revolution/s"},
    "rms emf", "V", erms, laws=2,
    solution=f"Peak emf = N B A omega = 200*0.25*0.010*6pi = {f4(emf0)} V; rms = peak/sqrt2 = {f4(erms)} V.",
    assumptions=["steady rotation, sinusoidal emf"])

Bc = mu0 * 30 / (2 * math.pi * 0.40)
ang = math.degrees(math.atan(Bc / 20e-6))
add(F, "On a fishing boat, a 12 V DC cable carrying 30 A runs north–south horizontally, 0.40 m "
       "directly below the compass. The horizontal component of Earth's field there is 20 µT, "
       "pointing north. By what angle is the compass needle deflected from north?",
    {"voltage of the cable": "12 V", "current in the cable": "30 A",
     "distance below the compass": "0.40 m", "horizontal component of Earth's field": "20 uT"},
    "deflection of the needle", "degree", ang, laws=2,
    irrelevant=["voltage of the cable"],
    solution=f"B_cable = mu0 I/(2 pi r) = {f4(Bc*1e6)} uT, horizontal and east-west; "
             f"tan(theta) = {f4(Bc*1e6)}/20, theta = {f4(ang)} deg.",
    assumptions=[CODATA, "long straight cable"])

Bs = mu0 * (800 / 0.040) * 0.35
Phi = Bs * 1.5e-4 * 1e6
add(F, "The locking solenoid of an electric scooter has 800 turns wound uniformly over a length "
       "of 4.0 cm with a cross-sectional area of 1.5 cm², and carries 0.35 A. What magnetic flux "
       "passes through its cross-section, in microwebers?",
    {"number of turns": "800 dimensionless", "length of the solenoid": "4.0 cm",
     "cross-sectional area": "1.5 cm^2", "current": "0.35 A"},
    "magnetic flux through the cross-section", "uWb", Phi, laws=2,
    solution=f"B = mu0 n I = {f4(Bs*1e3)} mT; flux = B A = {f4(Phi)} uWb.",
    assumptions=[CODATA, "long ideal air-core solenoid"])

dr_ = c * 48e-6 / 2 / 1000
add(F, "The port's radar operates at 9.4 GHz. A pulse reflected from an approaching ship returns "
       "48 µs after it was sent. How far away is the ship, in kilometres?",
    {"radar frequency": "9.4 GHz", "echo delay": "48 us"},
    "distance to the ship", "km", dr_, laws=1,
    irrelevant=["radar frequency"],
    solution=f"d = c t/2 = 299792458*48e-6/2 m = {f4(dr_)} km.",
    assumptions=["propagation at c"])

Frad = 950 * 1.6 / c * 1e6
add(F, "Sunlight of intensity 950 W/m² falls perpendicularly on a 1.6 m² solar panel at the "
       "cabin. Assuming all the light is absorbed, what force does the radiation exert on the "
       "panel, in micronewtons?",
    {"intensity of the sunlight": "950 W/m^2", "area of the panel": "1.6 m^2"},
    "radiation force on the panel", "uN", Frad, laws=1,
    solution=f"p = I/c; F = I A/c = {f4(Frad)} uN.")

add(F, "The scrap-lifting electromagnet of a port crane has a 1200-turn coil carrying 25 A. What "
       "magnetic field does it produce at the load?",
    {"number of turns": "1200 dimensionless", "current in the coil": "25 A"},
    "magnetic field at the load", "T", None, outcome="not derivable", laws=1,
    solution="The field depends on the magnet's geometry (core length, gap, distance to the "
             "load, core material), none of which is given.")

add(F, "A transformer in the solar cabin's inverter takes 230 V at 0.50 A and delivers 12 V at "
       "15 A. What is its efficiency?",
    {"input voltage": "230 V", "input current": "0.50 A", "output voltage": "12 V",
     "output current": "15 A"},
    "efficiency of the transformer", "percent", None, outcome="ill-posed", laws=1,
    solution="Output 180 W exceeds input 115 W, which would be an efficiency of 157 %; "
             "impossible for a passive transformer.")

add(F, "In a planetarium exhibit, a flat wire loop of area 0.25 m² sits in a uniform 0.40 T "
       "magnetic field, at 35° to the field. What is the magnetic flux through the loop?",
    {"area of the loop": "0.25 m^2", "magnetic field": "0.40 T", "angle of the loop": "35 degree"},
    "magnetic flux through the loop", "Wb", None, outcome="ambiguous", laws=1,
    solution="If the plane of the loop is at 35 deg to the field: flux = B A sin35 = 0.0574 Wb. "
             "If the loop's normal is at 35 deg to the field: flux = B A cos35 = 0.0819 Wb.")

# =====================================================================
# MODERN
# =====================================================================
F = "modern"

Eph = hc_eVnm / 550
add(F, "The solar cabin's panels are rated with light of wavelength 550 nm. What is the energy "
       "of one such photon, in electronvolts?",
    {"wavelength": "550 nm"},
    "photon energy", "eV", Eph, laws=1,
    solution=f"E = hc/lambda = 1239.84 eV nm/550 nm = {f4(Eph)} eV.",
    assumptions=[CODATA])

Nph = 1000 * 1.6 / (h * c / 550e-9)
add(F, "Sunlight of 1000 W/m² falls on the cabin's 1.6 m² solar panel. Treating all the light as "
       "having a wavelength of 550 nm, how many photons strike the panel each second?",
    {"intensity of the sunlight": "1000 W/m^2", "area of the panel": "1.6 m^2",
     "wavelength": "550 nm"},
    "photons per second", "1/s", Nph, laws=2,
    solution=f"Photon energy hc/lambda = {f4(h*c/550e-9)} J; N = 1600 W / E = {f4(Nph)} per second.",
    assumptions=[CODATA, "light hits the panel perpendicularly"])

Vs = hc_eVnm / 254 - 4.30
add(F, "At a planetarium's hands-on exhibit, a 254 nm mercury UV lamp shines on a zinc plate "
       "with a work function of 4.30 eV. What stopping voltage is needed to halt the fastest "
       "photoelectrons?",
    {"wavelength of the UV light": "254 nm", "work function of zinc": "4.30 eV"},
    "stopping voltage", "V", Vs, laws=2,
    solution=f"Photon energy = 1239.84/254 = {f4(hc_eVnm/254)} eV; K_max = E - W = {f4(Vs)} eV; "
             f"V_s = {f4(Vs)} V.",
    assumptions=[CODATA])

lde = h / math.sqrt(2 * me * e * 150) * 1e9
add(F, "A car workshop's failure-analysis lab uses an electron beam accelerated from rest "
       "through 150 V. What is the de Broglie wavelength of these electrons, in nanometres? "
       "A non-relativistic treatment is adequate.",
    {"accelerating voltage": "150 V"},
    "de Broglie wavelength", "nm", lde, laws=2,
    solution=f"p = sqrt(2 m e V) = {f4(math.sqrt(2*me*e*150))} kg m/s; lambda = h/p = {f4(lde)} nm.",
    assumptions=[CODATA])

gam = 1 / math.sqrt(1 - 0.995 ** 2)
dmu = 0.995 * c * gam * 2.197e-6 / 1000
add(F, "A planetarium show explains cosmic-ray muons. A muon created high in the atmosphere moves "
       "at 0.995c and has a proper mean lifetime of 2.197 µs. How far does it travel, in Earth's "
       "frame, during one dilated mean lifetime?",
    {"speed of the muon": "0.995 c", "proper mean lifetime": "2.197 us"},
    "distance travelled", "km", dmu, laws=2,
    solution=f"gamma = {f4(gam)}; dilated lifetime = {f4(gam*2.197)} us; d = v gamma tau = {f4(dmu)} km.",
    assumptions=[CODATA])

Lc = 120 * math.sqrt(1 - 0.80 ** 2)
add(F, "In the planetarium's space film, a spacecraft that is 120 m long when parked flies past "
       "an observer at 0.80c. How long does the observer measure it to be?",
    {"rest length of the spacecraft": "120 m", "speed of the spacecraft": "0.80 c"},
    "measured length", "m", Lc, laws=1,
    solution=f"L = L0 sqrt(1 - v^2/c^2) = 120*0.6 = {f4(Lc)} m.")

gam = 1 / math.sqrt(1 - 0.90 ** 2)
Ke = (gam - 1) * me_MeV
add(F, "Electrons in a medical linear accelerator at the hospital next to the physiotherapy "
       "clinic reach 0.90c at one stage. What is their kinetic energy at that stage, in MeV?",
    {"speed of the electrons": "0.90 c"},
    "kinetic energy", "MeV", Ke, laws=2,
    solution=f"gamma = 1/sqrt(1-0.81) = {f4(gam)}; K = (gamma-1) m c^2 = {f4(gam-1)}*0.511 MeV = {f4(Ke)} MeV.",
    assumptions=[CODATA])

lHa = hc_eVnm / (13.6 * (1 / 4 - 1 / 9))
add(F, "The planetarium's nebula display glows red with hydrogen's Balmer-alpha light, emitted "
       "in the n = 3 to n = 2 transition. Using the Bohr energy levels E = −13.6 eV/n², what is "
       "the wavelength of this light?",
    {"ionisation energy of hydrogen": "13.6 eV"},
    "wavelength of the emitted light", "nm", lHa, laws=2,
    solution=f"dE = 13.6(1/4 - 1/9) = {f4(13.6*5/36)} eV; lambda = hc/dE = {f4(lHa)} nm.",
    assumptions=[CODATA, "Bohr model"])

lc = h / (me * c) * (1 - math.cos(90 * deg))
lnew = 0.050e-9 + lc
Ek = h * c / lnew / e / 1000
add(F, "A container scanner at the port uses 0.050 nm X-rays. What is the energy, in keV, of a "
       "photon that Compton-scatters through 90° off a free electron?",
    {"wavelength of the X-rays": "0.050 nm", "scattering angle": "90 degree"},
    "energy of the scattered photon", "keV", Ek, laws=2,
    solution=f"dlambda = h/(m c)(1 - cos90) = {f4(lc*1e12)} pm; lambda' = {f4(lnew*1e9)} nm; "
             f"E = hc/lambda' = {f4(Ek)} keV.",
    assumptions=[CODATA])

lmin = hc_eVnm / 80e3 * 1000
add(F, "The X-ray tube in the clinic's imaging room runs at 80 kV. What is the shortest "
       "wavelength in its X-ray spectrum, in picometres?",
    {"tube voltage": "80 kV"},
    "shortest wavelength", "pm", lmin, laws=1,
    solution=f"e V = hc/lambda_min; lambda_min = 1239.84 eV nm/80000 eV = {f4(lmin)} pm.",
    assumptions=[CODATA])

dp_ = hbar / (2 * 0.10e-9)
add(F, "In the LED of the studio's 'on air' sign, an electron is confined to a region 0.10 nm "
       "wide. Using Δx·Δp ≥ ħ/2, what is the minimum uncertainty in its momentum?",
    {"width of the region": "0.10 nm"},
    "minimum momentum uncertainty", "kg*m/s", dp_, laws=1,
    solution=f"dp = hbar/(2 dx) = {f4(dp_)} kg m/s.",
    assumptions=[CODATA])

Vf = hc_eVnm / 625
add(F, "The red 'ON AIR' LED in the recording studio emits light at 625 nm and draws 20 mA. "
       "Estimating the band gap from the photon energy, what is the approximate minimum forward "
       "voltage of the LED?",
    {"wavelength of the LED": "625 nm", "current through the LED": "20 mA"},
    "minimum forward voltage", "V", Vf, laws=1,
    irrelevant=["current through the LED"],
    solution=f"e V = hc/lambda, V = 1239.84/625 = {f4(Vf)} V.",
    assumptions=[CODATA])

add(F, "The bakery's infrared heat lamp radiates 250 W. How many photons does it emit per "
       "second?",
    {"radiated power": "250 W"},
    "photons emitted per second", "1/s", None, outcome="not derivable", laws=2,
    solution="N = P/(hc/lambda) needs the wavelength (or spectrum) of the radiation; "
             "'infrared' spans a wide range, so it cannot be assumed.")

add(F, "Light falls on the photocell of the railway station's automatic doors. The cathode's "
       "work function is 2.3 eV and the light's intensity is 5.0 W/m². What is the maximum "
       "kinetic energy of the emitted electrons?",
    {"work function of the cathode": "2.3 eV", "intensity of the light": "5.0 W/m^2"},
    "maximum kinetic energy", "eV", None, outcome="not derivable", laws=2,
    solution="K_max = hf - W requires the light's frequency or wavelength, which is not given; "
             "the intensity does not determine it.")

add(F, "A proton in a cosmic-ray shower featured at the planetarium is said to be moving at "
       "3.4 × 10⁸ m/s. What is its kinetic energy?",
    {"speed of the proton": "3.4e8 m/s"},
    "kinetic energy of the proton", "MeV", None, outcome="ill-posed", laws=2,
    solution="3.4e8 m/s exceeds the speed of light (2.998e8 m/s), so no massive particle can "
             "have it; the Lorentz factor would be imaginary.")

# =====================================================================
# NUCLEAR
# =====================================================================
F = "nuclear"

frac = 0.5 ** (24 / 6.01) * 100
add(F, "The hospital next to the physiotherapy clinic uses technetium-99m (half-life 6.01 h) "
       "for bone scans. What percentage of the injected activity remains after 24 h, ignoring "
       "biological elimination?",
    {"half-life of Tc-99m": "6.01 hour", "elapsed time": "24 hour"},
    "fraction of activity remaining", "percent", frac, laws=1,
    solution=f"A/A0 = 0.5^(24/6.01) = {f4(frac/100)} = {f4(frac)} %.")

Ncs = 1.0e-6 / 137 * NA
lam = math.log(2) / (30.08 * year)
Acs = Ncs * lam / 1e6
add(F, "A port's radiation portal monitors are tested with a caesium-137 source containing "
       "1.0 µg of Cs-137 (half-life 30.08 years, molar mass 137 g/mol). What is its activity in "
       "MBq?",
    {"mass of Cs-137": "1.0 ug", "half-life of Cs-137": "30.08 year",
     "molar mass of Cs-137": "137 g/mol"},
    "activity of the source", "MBq", Acs, laws=2,
    solution=f"N = 1.0e-6/137*NA = {f4(Ncs)}; lambda = ln2/T = {f4(lam)} 1/s; A = {f4(Acs)} MBq.",
    assumptions=[CODATA, "1 year = 365.25 days"])

age = 5730 * math.log(1 / 0.62) / math.log(2)
add(F, "Wood from an old fishing boat's hull has a carbon-14 activity per gram that is 62 % of "
       "that of fresh wood. Using a half-life of 5730 years, how old is the wood?",
    {"relative carbon-14 activity": "62 percent", "half-life of carbon-14": "5730 year"},
    "age of the wood", "year", age, laws=1,
    solution=f"t = T ln(1/0.62)/ln2 = {f4(age)} years.")

dm = 2 * 1.007825 + 2 * 1.008665 - 4.002602
BE = dm * u_MeV
add(F, "A planetarium exhibit on how the Sun shines lists these masses: helium-4 atom "
       "4.002602 u, hydrogen-1 atom 1.007825 u, neutron 1.008665 u. What is the binding energy "
       "of the helium-4 nucleus, in MeV?",
    {"mass of a helium-4 atom": "4.002602 u", "mass of a hydrogen-1 atom": "1.007825 u",
     "mass of a neutron": "1.008665 u"},
    "binding energy of helium-4", "MeV", BE, laws=2,
    solution=f"dm = 2(1.007825) + 2(1.008665) - 4.002602 = {dm:.6f} u; BE = dm*931.494 MeV = {f4(BE)} MeV.",
    assumptions=[CODATA, "electron binding energies neglected"])

dmf = 4 * 1.007825 - 4.002602
Epk = dmf / (4 * 1.007825) * c ** 2
add(F, "Using atomic masses of 1.007825 u for hydrogen-1 and 4.002602 u for helium-4, how much "
       "energy is released per kilogram of hydrogen converted into helium in the Sun's core, as "
       "shown in the planetarium's 'Sun' gallery?",
    {"mass of a hydrogen-1 atom": "1.007825 u", "mass of a helium-4 atom": "4.002602 u"},
    "energy released per kilogram of hydrogen", "J/kg", Epk, laws=2,
    solution=f"Mass lost per 4 H atoms: {dmf:.6f} u, fraction {f4(dmf/(4*1.007825))}; "
             f"E = fraction * c^2 = {f4(Epk)} J/kg.",
    assumptions=[CODATA, "net reaction 4 H-1 -> He-4, neutrino energy counted as released"])

Hs = 1.2e-5 / 2.0 * 20 * 1000
add(F, "Hikers exploring an old mine tunnel beside the trail inhale radon. Suppose 2.0 kg of "
       "lung tissue absorbs 1.2 × 10⁻⁵ J from alpha particles, whose radiation weighting factor "
       "is 20. What equivalent dose does the tissue receive, in millisieverts?",
    {"mass of tissue": "2.0 kg", "energy absorbed": "1.2e-5 J",
     "radiation weighting factor": "20 dimensionless"},
    "equivalent dose", "mSv", Hs, laws=2,
    solution=f"Absorbed dose = 1.2e-5/2.0 = 6.0e-6 Gy; equivalent dose = 20*6.0e-6 Sv = {f4(Hs)} mSv.")

Dr = 400 * (0.50 / 2.0) ** 2 * 0.5 ** (3.0 / 1.2)
add(F, "A container scanner's gamma source gives an unshielded dose rate of 400 µSv/h at 0.50 m. "
       "A worker stands 2.0 m from the source behind 3.0 cm of lead, whose half-value layer for "
       "these gamma rays is 1.2 cm. What dose rate does the worker receive?",
    {"unshielded dose rate at the reference distance": "400 uSv/hour",
     "reference distance": "0.50 m", "distance of the worker": "2.0 m",
     "thickness of the lead": "3.0 cm", "half-value layer of lead": "1.2 cm"},
    "dose rate at the worker", "uSv/hour", Dr, laws=2,
    solution=f"Inverse square: 400*(0.5/2)^2 = 25 uSv/h; lead: 0.5^(3.0/1.2) = "
             f"{f4(0.5**2.5)}; dose rate = {f4(Dr)} uSv/h.",
    assumptions=["point source", "narrow-beam attenuation, no build-up"])

nf = 150e6 / (200e6 * e)
mU = nf * 86400 / NA * 235.0
add(F, "A nuclear-powered icebreaker docked at the port runs its reactor at 150 MW of thermal "
       "power. Each fission of uranium-235 releases 200 MeV. How many grams of U-235 undergo "
       "fission per day?",
    {"thermal power of the reactor": "150 MW", "energy per fission": "200 MeV"},
    "mass of U-235 fissioned per day", "g", mU, laws=2,
    solution=f"Fissions per second = 150e6/(200 MeV) = {f4(nf)}; per day {f4(nf*86400)}; "
             f"mass = n/NA*235 g/mol = {f4(mU)} g.",
    assumptions=[CODATA, "molar mass of U-235 = 235 g/mol"])

Qa = (241.056829 - 237.048173 - 4.002603) * u_MeV
Ka = Qa * 237.048173 / (237.048173 + 4.002603)
add(F, "The smoke detector in the bakery contains americium-241, which alpha-decays to "
       "neptunium-237. The atomic masses are: Am-241, 241.056829 u; Np-237, 237.048173 u; "
       "He-4, 4.002603 u. Taking the recoil of the daughter nucleus into account, what kinetic "
       "energy does the alpha particle carry, in MeV?",
    {"mass of Am-241": "241.056829 u", "mass of Np-237": "237.048173 u",
     "mass of He-4": "4.002603 u"},
    "kinetic energy of the alpha particle", "MeV", Ka, laws=2,
    solution=f"Q = (241.056829 - 237.048173 - 4.002603) u * 931.494 = {f4(Qa)} MeV; momentum "
             f"conservation: K_alpha = Q m_Np/(m_Np + m_alpha) = {f4(Ka)} MeV.",
    assumptions=[CODATA, "parent at rest", "non-relativistic recoil"])

Arn = 200 * 0.5 ** (7 / 3.82)
add(F, "Radon-222 (half-life 3.82 days) in the solar cabin's sealed storeroom has an activity "
       "concentration of 200 Bq/m³ when the door is shut. Assuming no new radon enters, what is "
       "the concentration 7 days later?",
    {"half-life of radon-222": "3.82 day", "initial activity concentration": "200 Bq/m^3",
     "elapsed time": "7 day"},
    "activity concentration after 7 days", "Bq/m^3", Arn, laws=1,
    solution=f"A = 200*0.5^(7/3.82) = {f4(Arn)} Bq/m^3.",
    assumptions=["decay products ignored"])

Rfe = 1.2 * 56 ** (1 / 3)
add(F, "The steel of a port crane is mostly iron-56. Using R = R0 A^(1/3) with R0 = 1.2 fm, "
       "what is the radius of an iron-56 nucleus?",
    {"nuclear radius constant": "1.2 fm", "mass number": "56 dimensionless"},
    "nuclear radius", "fm", Rfe, laws=1,
    solution=f"R = 1.2*56^(1/3) = {f4(Rfe)} fm.")

NK = 1000 / 74.55 * NA
N40 = NK * 0.0117e-2
lamK = math.log(2) / (1.248e9 * year)
AK = N40 * lamK / 1000
add(F, "A 1.0 kg bag of potash fertiliser on the farm is pure potassium chloride (molar mass "
       "74.55 g/mol) and is stored in a barn at 8 °C. Natural potassium contains 0.0117 % "
       "potassium-40 by number of atoms, with a half-life of 1.248 × 10⁹ years. What is the "
       "bag's K-40 activity, in kBq?",
    {"mass of the fertiliser": "1.0 kg", "molar mass of KCl": "74.55 g/mol",
     "storage temperature": "8 degC", "abundance of K-40": "0.0117 percent",
     "half-life of K-40": "1.248e9 year"},
    "K-40 activity of the bag", "kBq", AK, laws=2,
    irrelevant=["storage temperature"],
    solution=f"N(K) = 1000/74.55*NA = {f4(NK)}; N(K-40) = {f4(N40)}; lambda = {f4(lamK)} 1/s; "
             f"A = {f4(AK)} kBq.",
    assumptions=[CODATA, "1 year = 365.25 days"])

add(F, "A sample of an unidentified radioactive isotope found in a container at the port has an "
       "activity of 400 MBq. What will its activity be 10 days from now?",
    {"current activity": "400 MBq", "elapsed time": "10 day"},
    "activity after 10 days", "MBq", None, outcome="not derivable", laws=1,
    solution="A = A0 * 0.5^(t/T) needs the half-life; the isotope is unidentified, so it cannot "
             "be assumed.")

add(F, "Cargo in a container at the port gives a gamma dose rate of 20 µSv/h measured 1.0 m from "
       "its surface. What dose does the crane operator receive during a 2-hour shift in her cab "
       "above the container?",
    {"dose rate at the reference distance": "20 uSv/hour", "reference distance": "1.0 m",
     "length of the shift": "2 hour"},
    "dose received by the operator", "uSv", None, outcome="not derivable", laws=2,
    solution="Scaling the dose rate to the cab requires the operator's distance from the "
             "container (and any shielding), which is not given.")

add(F, "A technetium-99m source (half-life 6.0 h) in the hospital beside the physiotherapy "
       "clinic has an activity of 300 MBq now, and its log shows 480 MBq exactly 12 hours ago. "
       "What will its activity be 6 hours from now?",
    {"half-life": "6.0 hour", "current activity": "300 MBq",
     "activity 12 hours ago": "480 MBq", "time ahead": "6 hour"},
    "activity 6 hours from now", "MBq", None, outcome="ill-posed", laws=1,
    solution="Two half-lives should reduce 480 MBq to 120 MBq, not 300 MBq; the stated activities "
             "and half-life contradict each other.")

# =====================================================================
# ASTRO
# =====================================================================
F = "astro"

ME, RE = 5.972e24, 6.371e6
r = RE + 420e3
Tiss = 2 * math.pi * math.sqrt(r ** 3 / (G * ME)) / 60
add(F, "The planetarium's show follows the International Space Station at an altitude of "
       "420 km. Using Earth's mass 5.972 × 10²⁴ kg and radius 6371 km, what is its orbital "
       "period in minutes, assuming a circular orbit?",
    {"altitude of the station": "420 km", "mass of Earth": "5.972e24 kg",
     "radius of Earth": "6371 km"},
    "orbital period", "minute", Tiss, laws=2,
    solution=f"r = 6791 km; gravity provides centripetal force: T = 2 pi sqrt(r^3/GM) = {f4(Tiss)} min.",
    assumptions=[CODATA])

vesc = math.sqrt(2 * G * 7.342e22 / 1.7374e6) / 1000
add(F, "A planetarium quiz asks for the escape speed from the Moon's surface. The Moon's mass is "
       "7.342 × 10²² kg and its radius is 1737.4 km. What is the escape speed?",
    {"mass of the Moon": "7.342e22 kg", "radius of the Moon": "1737.4 km"},
    "escape speed", "km/s", vesc, laws=1,
    solution=f"v = sqrt(2GM/R) = {f4(vesc)} km/s.",
    assumptions=[CODATA, "no atmosphere, Moon's rotation ignored"])

Tk = 5.2 ** 1.5
add(F, "A planetarium model places a planet on an orbit of semi-major axis 5.2 au around the Sun. "
       "Using Kepler's third law, what is its orbital period in years?",
    {"semi-major axis": "5.2 au"},
    "orbital period", "year", Tk, laws=1,
    solution=f"T^2 = a^3 in years and au: T = 5.2^1.5 = {f4(Tk)} years.",
    assumptions=["planet mass negligible compared with the Sun"])

Tw = b_wien / 290e-9
add(F, "The planetarium's star catalogue lists a blue star whose spectrum peaks at 290 nm. "
       "Treating it as a blackbody, what is its surface temperature?",
    {"peak wavelength": "290 nm"},
    "surface temperature", "K", Tw, laws=1,
    solution=f"Wien: T = b/lambda_max = 2.8978e-3/290e-9 = {f4(Tw)} K.",
    assumptions=[CODATA])

Ls = 4 * math.pi * (2 * 6.957e8) ** 2 * sigma * 8000 ** 4
add(F, "A star has twice the Sun's radius (solar radius 6.957 × 10⁸ m) and a surface temperature "
       "of 8000 K. What is its luminosity?",
    {"solar radius": "6.957e8 m", "surface temperature": "8000 K"},
    "luminosity of the star", "W", Ls, laws=1,
    solution=f"L = 4 pi R^2 sigma T^4 with R = 1.3914e9 m: {f4(Ls)} W.",
    assumptions=[CODATA, "blackbody emission"])

dly = (1 / 0.125) * pc / ly
add(F, "A star shown in the planetarium has a parallax of 0.125 arcseconds. How far away is it, "
       "in light-years?",
    {"parallax": "0.125 arcsec"},
    "distance to the star", "light_year", dly, laws=1,
    solution=f"d = 1/p = 8.0 pc = {f4(dly)} ly.",
    assumptions=["1 pc = 206264.8 au", "1 ly = c * 365.25 days"])

flux = 3.828e26 / (4 * math.pi * au ** 2)
Pel = 0.20 * 1.6 * flux
add(F, "The Sun's luminosity is 3.828 × 10²⁶ W. A 1.6 m² solar panel on the cabin, 20 % "
       "efficient, faces the Sun directly. Ignoring the atmosphere, what electrical power would "
       "it produce at Earth's distance of 1.00 au?",
    {"luminosity of the Sun": "3.828e26 W", "area of the panel": "1.6 m^2",
     "efficiency of the panel": "20 percent", "distance from the Sun": "1.00 au"},
    "electrical power output", "W", Pel, laws=2,
    solution=f"Flux = L/(4 pi d^2) = {f4(flux)} W/m^2; P = 0.20*1.6*flux = {f4(Pel)} W.")

dH = 0.023 * c / 1000 / 70
add(F, "A galaxy in the planetarium's deep-sky show has a redshift of 0.023. Using v ≈ cz and a "
       "Hubble constant of 70 km/s/Mpc, how far away is it, in megaparsecs?",
    {"redshift": "0.023 dimensionless", "Hubble constant": "70 km/s/Mpc"},
    "distance to the galaxy", "Mpc", dH, laws=2,
    solution=f"v = cz = {f4(0.023*c/1000)} km/s; d = v/H0 = {f4(dH)} Mpc.")

vr = (656.72 - 656.28) / 656.28 * c / 1000
add(F, "In a star's spectrum projected at the planetarium, the hydrogen-alpha line (rest "
       "wavelength 656.28 nm) is observed at 656.72 nm. What is the star's radial velocity, in "
       "km/s?",
    {"rest wavelength": "656.28 nm", "observed wavelength": "656.72 nm"},
    "radial velocity", "km/s", vr, laws=1, rel_tol=0.02,
    solution=f"v = c dlambda/lambda = 299792.458*0.44/656.28 = {f4(vr)} km/s (receding).",
    assumptions=["non-relativistic Doppler shift"])

Rs = 2 * G * 10 * 1.989e30 / c ** 2 / 1000
add(F, "What would be the Schwarzschild radius of a 10-solar-mass black hole, in kilometres? Take "
       "the solar mass as 1.989 × 10³⁰ kg.",
    {"mass in solar masses": "10 dimensionless", "solar mass": "1.989e30 kg"},
    "Schwarzschild radius", "km", Rs, laws=1,
    solution=f"R_s = 2GM/c^2 = {f4(Rs)} km.",
    assumptions=[CODATA])

gM = G * 6.417e23 / 3.3895e6 ** 2
Wm = 18 * gM
add(F, "A planetarium exhibit imagines hiking on Mars. What would an 18 kg backpack weigh there? "
       "Mars has a mass of 6.417 × 10²³ kg and a radius of 3389.5 km.",
    {"mass of the backpack": "18 kg", "mass of Mars": "6.417e23 kg", "radius of Mars": "3389.5 km"},
    "weight of the backpack on Mars", "N", Wm, laws=2,
    solution=f"g_Mars = GM/R^2 = {f4(gM)} m/s^2; W = m g = {f4(Wm)} N.",
    assumptions=[CODATA, "rotation of Mars ignored"])

rgeo = (G * ME * 86164 ** 2 / (4 * math.pi ** 2)) ** (1 / 3)
hgeo = (rgeo - RE) / 1000
add(F, "The fishing boat's satellite phone works through a geostationary satellite. Taking a "
       "sidereal day of 86 164 s, Earth's mass as 5.972 × 10²⁴ kg and its radius as 6371 km, "
       "what is the satellite's altitude above the surface, in kilometres?",
    {"sidereal day": "86164 s", "mass of Earth": "5.972e24 kg", "radius of Earth": "6371 km"},
    "altitude of the satellite", "km", hgeo, laws=2,
    solution=f"r = (G M T^2/4pi^2)^(1/3) = {f4(rgeo/1000)} km; altitude = r - R = {f4(hgeo)} km.",
    assumptions=[CODATA, "circular equatorial orbit"])

add(F, "A planetarium show says an exoplanet orbits its host star every 45 days on a nearly "
       "circular orbit. What is the radius of that orbit?",
    {"orbital period": "45 day"},
    "orbital radius", "au", None, outcome="not derivable", laws=1,
    solution="Kepler's third law needs the mass of the host star, which is not given and cannot "
             "be assumed for an arbitrary star.")

add(F, "A star 40 light-years away has a surface temperature of 5200 K. What is its luminosity?",
    {"distance to the star": "40 light_year", "surface temperature": "5200 K"},
    "luminosity of the star", "W", None, outcome="not derivable", laws=1,
    solution="L = 4 pi R^2 sigma T^4 requires the star's radius (or its apparent brightness), "
             "which is not given; the distance alone does not help.")

add(F, "A planet orbits a star of exactly one solar mass (1.989 × 10³⁰ kg) on a circular orbit of "
       "radius 1.00 au, completing each orbit in 3.0 months. What is its orbital speed?",
    {"mass of the star": "1.989e30 kg", "orbital radius": "1.00 au", "orbital period": "3.0 month"},
    "orbital speed", "km/s", None, outcome="ill-posed", laws=2,
    solution="For one solar mass at 1 au, gravity requires a period of 1 year (v = 29.8 km/s); "
             "a 3-month period would need 2 pi r/T = 119 km/s. The givens contradict each other.")

# =====================================================================
# assemble (round-robin over fields) and write
# =====================================================================
for f_ in FIELDS:
    assert len(by_field[f_]) == 15, (f_, len(by_field[f_]))

items = []
for f_ in FIELDS:
    items.extend(by_field[f_])
random.Random(20240610).shuffle(items)

out = []
for n, q in enumerate(items, 1):
    d = {"id": f"q10s-{n:03d}"}
    d.update(q)
    out.append(d)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "batch_s.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, indent=2, ensure_ascii=False)

if __name__ == "__main__":
    from collections import Counter
    print(len(out), Counter(q["outcome"] for q in out))
    print(Counter(q["field"] for q in out))
    print("laws>=2:", sum(q["laws"] >= 2 for q in out),
          "value laws>=2:", sum(q["laws"] >= 2 and q["outcome"] == "value" for q in out),
          "with distractor:", sum(bool(q["irrelevant"]) for q in out))
