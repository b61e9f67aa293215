#!/usr/bin/env python3
"""Builds batch_o.json: 150 introductory physics questions with independently
computed expected values (python3 standard library only).
Constants: g = 9.81 m/s^2 and CODATA 2018 values."""
import json
import math
from collections import Counter

# ---------------- constants (CODATA 2018 and conventions) ----------------
g = 9.81
c = 299792458.0
h = 6.62607015e-34
e = 1.602176634e-19
NA = 6.02214076e23
G = 6.67430e-11
sigma = 5.670374419e-8
mu0 = 1.25663706212e-6
mp = 1.67262192369e-27
mec2_keV = 510.99895000
u_MeV = 931.49410242
b_wien = 2.897771955e-3
hc_eVnm = h * c / e * 1e9          # 1239.84198... eV nm
AU = 1.495978707e11
LY = 9.4607304725808e15
PC = 3.0856775814913673e16
YEAR = 365.25 * 86400.0
DAY = 86400.0
MMHG = 133.322387415
PSI = 6894.757293168361
ATM = 101325.0
T0 = 273.15

C_G = "g = 9.81 m/s^2"
C_CODATA = "CODATA 2018 values for physical constants"


def sig6(x):
    return float(f"{x:.6g}")


def fmt(x, n=4):
    return f"{x:.{n}g}"


Q = []


def add(field, text, given, find, unit, expected=None, outcome="value", laws=1,
        irrelevant=(), solution="", assumptions=(), rel_tol=0.01):
    assert field in FIELDS, field
    assert outcome in ("value", "not derivable", "ill-posed", "ambiguous")
    for name in irrelevant:
        assert name in given, (name, text)
    if outcome == "value":
        assert expected is not None
        expected = sig6(expected)
    else:
        expected = None
    Q.append({
        "field": field,
        "text": text,
        "given": dict(given),
        "find": find,
        "unit": unit,
        "expected": expected,
        "outcome": outcome,
        "rel_tol": rel_tol,
        "laws": laws,
        "irrelevant": list(irrelevant),
        "solution": solution,
        "assumptions": list(assumptions),
    })


FIELDS = ["mechanics", "thermodynamics", "fluids", "waves", "optics", "circuits",
          "electromagnetism", "modern", "nuclear", "astro"]

# =========================== MECHANICS ===========================
F = "mechanics"

a = 10.5 / 2.1
v = 70 * a
add(F, "A 70 kg sprinter accelerates uniformly from rest to 10.5 m/s in the first 2.1 s of a race. "
       "What average horizontal force does the track exert on her during this phase?",
    {"mass of the sprinter": "70 kg", "final speed": "10.5 m/s", "time of acceleration": "2.1 s"},
    "average horizontal force on the sprinter", "N", v, laws=2,
    solution=f"a = 10.5/2.1 = {a:.2f} m/s^2, so F = ma = 70 x {a:.2f} = {v:.0f} N.",
    assumptions=["uniform acceleration", "air resistance neglected, so the track force is the net horizontal force"])

v0 = 216 / 3.6
t = math.sqrt(2 * 1.5 / g)
x = v0 * t
add(F, "An archer shoots a 25 g arrow horizontally at 216 km/h from a height of 1.5 m above level ground. "
       "Ignoring air resistance, how far does the arrow travel horizontally before it hits the ground?",
    {"mass of the arrow": "25 g", "launch speed": "216 km/h", "launch height": "1.5 m"},
    "horizontal distance travelled by the arrow", "m", x, laws=1, irrelevant=["mass of the arrow"],
    solution=f"Fall time t = sqrt(2 x 1.5/9.81) = {t:.4f} s; distance = 60 m/s x t = {x:.4g} m.",
    assumptions=[C_G, "no air resistance", "level ground"])

P = (18 + 4.0) * (36 / 3.6)
add(F, "A road cyclist holds a steady 36 km/h on a flat road. At this speed the air drag on rider and bike is 18 N "
       "and the rolling resistance is 4.0 N. What mechanical power must the rider deliver? (Ignore drivetrain losses.)",
    {"speed": "36 km/h", "air drag force": "18 N", "rolling resistance": "4.0 N"},
    "mechanical power delivered by the rider", "W", P, laws=2,
    solution="At constant speed the driving force equals 18 + 4.0 = 22 N; P = Fv = 22 N x 10 m/s = 220 W.",
    assumptions=["constant speed, so forces balance", "no drivetrain losses"])

v = math.sqrt(2 * g * 45) * 3.6
add(F, "A skier starts from rest at the top of a 120 m long slope and descends a vertical height of 45 m. "
       "Ignoring friction and air resistance, what is her speed at the bottom, in km/h?",
    {"length of the slope": "120 m", "vertical drop": "45 m"},
    "speed at the bottom of the slope", "km/h", v, laws=1, irrelevant=["length of the slope"],
    solution=f"Energy conservation: v = sqrt(2gh) = sqrt(2 x 9.81 x 45) = {v/3.6:.4g} m/s = {v:.4g} km/h.",
    assumptions=[C_G, "no friction or air resistance"])

a = 3.5e6 / 240000 - g
add(F, "At lift-off a rocket has a mass of 240000 kg and its engines produce a thrust of 3.5 MN straight up. "
       "What is its initial upward acceleration?",
    {"mass of the rocket": "240000 kg", "thrust": "3.5 MN"},
    "initial upward acceleration", "m/s^2", a, laws=2,
    solution=f"Net force = thrust - weight = 3.5e6 - 240000 x 9.81 N; a = {a:.4g} m/s^2.",
    assumptions=[C_G, "air resistance zero at lift-off"])

dv = 3100 * math.log(1200 / 850)
add(F, "A space probe's thruster has an exhaust speed of 3.1 km/s. During a burn the probe's mass falls from 1200 kg "
       "to 850 kg. What change in speed does the burn give the probe in free space?",
    {"exhaust speed": "3.1 km/s", "initial mass": "1200 kg", "final mass": "850 kg"},
    "change in speed of the probe", "m/s", dv, laws=1,
    solution=f"Rocket equation: dv = 3100 ln(1200/850) = {dv:.5g} m/s.",
    assumptions=["no external forces (free space)", "constant exhaust speed"])

r = (2 * math.pi * 1.5) ** 2 * 0.03 / g
add(F, "During an earthquake the ground shakes horizontally in simple harmonic motion with an amplitude of 3.0 cm and "
       "a frequency of 1.5 Hz. What is the maximum horizontal acceleration of the ground, expressed as a fraction of g?",
    {"amplitude": "3.0 cm", "frequency": "1.5 Hz"},
    "maximum ground acceleration as a fraction of g", "dimensionless", r, laws=1,
    solution=f"a_max = (2 pi f)^2 A = (2 pi x 1.5)^2 x 0.030 = {r*g:.4g} m/s^2 = {r:.4g} g.",
    assumptions=[C_G, "simple harmonic motion"])

Fv = 0.060 * (8.0 + 5.0) / 0.004
add(F, "A drummer's stick, of effective mass 60 g, strikes a drumhead at 8.0 m/s and rebounds at 5.0 m/s. "
       "The contact lasts 4.0 ms. What is the average force between stick and drumhead?",
    {"effective mass of the stick": "60 g", "impact speed": "8.0 m/s", "rebound speed": "5.0 m/s",
     "contact time": "4.0 ms"},
    "average force between stick and drumhead", "N", Fv, laws=1,
    solution="Impulse = change in momentum: F = 0.060 x (8.0 + 5.0)/0.0040 = 195 N.",
    assumptions=["rebound directly opposite to impact", "gravity negligible during contact"])

w = 3000 * 2 * math.pi / 60
r = w ** 2 * 0.12 / g
add(F, "A blood centrifuge spins at 3000 rpm and the blood samples sit 12 cm from the axis. "
       "What is the centripetal acceleration of the samples, in multiples of g?",
    {"rotation rate": "3000 rpm", "distance of samples from axis": "12 cm"},
    "centripetal acceleration in multiples of g", "dimensionless", r, laws=1,
    solution=f"omega = 3000 x 2pi/60 = {w:.4g} rad/s; a = omega^2 r = {w**2*0.12:.5g} m/s^2 = {r:.5g} g.",
    assumptions=[C_G])

W = 250 * (3600 * 2 * math.pi / 60) * 300 / 1e6
add(F, "A car engine delivers a torque of 250 N·m at 3600 rpm. How much mechanical work does it deliver if it runs "
       "at this condition for 5.0 minutes?",
    {"torque": "250 N*m", "engine speed": "3600 rpm", "running time": "5.0 min"},
    "mechanical work delivered", "MJ", W, laws=2,
    solution=f"P = torque x omega = 250 x 377.0 = {W*1e6/300/1e3:.4g} kW; W = P t = {W:.4g} MJ.",
    assumptions=["constant torque and speed"])

R = 9.5 ** 2 * math.sin(math.radians(40)) / g
add(F, "A 75 kg long jumper leaves the board at 9.5 m/s at an angle of 20° above the horizontal. Treating the jumper "
       "as a projectile that lands at the same height it took off from, and ignoring air resistance, how long is the jump?",
    {"mass of the jumper": "75 kg", "take-off speed": "9.5 m/s", "take-off angle": "20 degree"},
    "length of the jump", "m", R, laws=1, irrelevant=["mass of the jumper"],
    solution=f"Range R = v^2 sin(2 theta)/g = 9.5^2 x sin 40 deg / 9.81 = {R:.4g} m.",
    assumptions=[C_G, "point projectile, same launch and landing height", "no air resistance"])

a = (2.4 ** 2 - 1.2 ** 2) / (2 * 3.0)
Fd = 68 * a
add(F, "A 68 kg swimmer pushes off the pool wall in 0.30 s and leaves it at 2.4 m/s. She then glides underwater, and "
       "water drag slows her uniformly to 1.2 m/s over a distance of 3.0 m. What is the average drag force during the glide?",
    {"mass of the swimmer": "68 kg", "push-off time": "0.30 s", "push-off speed": "2.4 m/s",
     "speed at the end of the glide": "1.2 m/s", "glide distance": "3.0 m"},
    "average drag force during the glide", "N", Fd, laws=2, irrelevant=["push-off time"],
    solution=f"Deceleration a = (2.4^2 - 1.2^2)/(2 x 3.0) = {a:.2f} m/s^2; F = ma = 68 x {a:.2f} = {Fd:.4g} N.",
    assumptions=["uniform deceleration", "drag is the only horizontal force"])

add(F, "An archer draws her bowstring back by 0.50 m and releases a 20 g arrow. What is the arrow's launch speed?",
    {"draw length": "0.50 m", "mass of the arrow": "20 g"},
    "launch speed of the arrow", "m/s", outcome="not derivable", laws=1,
    solution="The energy stored in the bow needs the draw force (or the bow's force-draw curve), which is not given "
             "and cannot be assumed, so the speed cannot be found.",
    assumptions=["bow energy fully transferred to the arrow (would still need the draw force)"])

add(F, "A rocket engine burns for 150 s with an exhaust speed of 2.8 km/s. By how much does the rocket's speed change "
       "in free space?",
    {"burn time": "150 s", "exhaust speed": "2.8 km/s"},
    "change in speed of the rocket", "m/s", outcome="not derivable", laws=1,
    solution="The rocket equation dv = v_e ln(m0/m1) needs the initial and final masses (or the mass flow rate and "
             "initial mass); neither is given.",
    assumptions=["free space, no gravity or drag"])

add(F, "A 60 kg skier starts from rest at the top of a run with a vertical drop of 20 m and reaches the bottom at "
       "25 m/s with no help other than gravity. How much energy was lost to friction and air drag on the way down?",
    {"mass of the skier": "60 kg", "vertical drop": "20 m", "speed at the bottom": "25 m/s"},
    "energy lost to friction and air drag", "J", outcome="ill-posed", laws=1,
    solution=f"mgh = {60*g*20:.0f} J but the final kinetic energy would be {0.5*60*25**2:.0f} J, more than the energy "
             "available from gravity, so the 'loss' would be negative: the data are unphysical.",
    assumptions=[C_G])

# =========================== THERMODYNAMICS ===========================
F = "thermodynamics"

cop = (45 + T0) / 50
add(F, "A heat pump heats a house's radiators at 45 °C while drawing heat from outside air at -5 °C. What is the "
       "largest possible (Carnot) coefficient of performance for heating?",
    {"radiator temperature": "45 degC", "outside air temperature": "-5 degC"},
    "maximum coefficient of performance for heating", "dimensionless", cop, laws=1,
    solution=f"COP_max = T_h/(T_h - T_c) = 318.15/50 = {cop:.4g}.",
    assumptions=["reversible (Carnot) heat pump", "T(K) = T(degC) + 273.15"])

Eel = 12 / 3.2 * 8
add(F, "On a day when the outdoor temperature is 2 °C, a heat pump with a coefficient of performance of 3.2 supplies "
       "12 kW of heat to a house for 8 hours. How much electrical energy does it use, in kWh?",
    {"outdoor temperature": "2 degC", "coefficient of performance": "3.2", "heat output": "12 kW",
     "running time": "8 h"},
    "electrical energy used", "kWh", Eel, laws=1, irrelevant=["outdoor temperature"],
    solution="Electrical power = 12/3.2 = 3.75 kW; energy = 3.75 kW x 8 h = 30 kWh.",
    assumptions=["constant COP and heat output"])

Fr = 0.28 * 34e6 * 6.5 / 100000
add(F, "A car engine has an efficiency of 28% and burns petrol containing 34 MJ per litre. On a steady motorway drive "
       "the car uses 6.5 L per 100 km. What is the average total resistive force (drag plus rolling resistance) on the car?",
    {"efficiency of the engine": "28 percent", "energy content of petrol": "34 MJ/L",
     "fuel consumption": "6.5 L/(100*km)"},
    "average total resistive force", "N", Fr, laws=2,
    solution=f"Useful work per metre = 0.28 x 34e6 J/L x 6.5e-5 L/m = {Fr:.4g} J/m, which equals the resistive force {Fr:.4g} N.",
    assumptions=["steady speed on level road, so all useful work goes against resistive forces",
                 "drivetrain losses included in the engine efficiency"])

Tt = 25 - g / 1005 * 1800
add(F, "A parcel of dry air at 25 °C at ground level rises quickly (adiabatically) to a height of 1.8 km. Using the dry "
       "adiabatic lapse rate g/c_p with c_p = 1005 J/(kg·K) for dry air, what is the parcel's temperature at that height?",
    {"ground temperature": "25 degC", "height risen": "1.8 km", "specific heat of dry air": "1005 J/(kg*K)"},
    "temperature of the parcel at 1.8 km", "degC", Tt, laws=2,
    solution=f"Lapse rate = 9.81/1005 = {g/1005*1000:.4g} K/km; T = 25 - {g/1005*1800:.4g} = {Tt:.4g} degC.",
    assumptions=[C_G, "dry adiabatic ascent in hydrostatic surroundings"])

Qf = 70 * 3500 * 2.0 / 1000
add(F, "A 70 kg patient develops a fever and her body temperature rises from 37.0 °C to 39.0 °C. Taking the average "
       "specific heat of the human body as 3500 J/(kg·K), how much heat does this require, in kJ?",
    {"mass of the patient": "70 kg", "initial temperature": "37.0 degC", "final temperature": "39.0 degC",
     "specific heat of the body": "3500 J/(kg*K)"},
    "heat required", "kJ", Qf, laws=1,
    solution="Q = m c dT = 70 x 3500 x 2.0 = 490000 J = 490 kJ.",
    assumptions=["uniform body temperature", "heat losses to the surroundings ignored"])

heat = 250 / 0.22 - 250
msweat = heat * 1.5 * 3600 / 2.42e6
add(F, "A racing cyclist produces 250 W of mechanical power with a muscular efficiency of 22%. If all the waste heat is "
       "removed by evaporating sweat (latent heat 2.42 MJ/kg), how much sweat evaporates in a 1.5 h race?",
    {"mechanical power": "250 W", "muscular efficiency": "22 percent",
     "latent heat of evaporation of sweat": "2.42 MJ/kg", "race duration": "1.5 h"},
    "mass of sweat evaporated", "kg", msweat, laws=2,
    solution=f"Waste heat = 250/0.22 - 250 = {heat:.4g} W; over 5400 s that is {heat*5400:.4g} J; "
             f"mass = {heat*5400:.4g}/2.42e6 = {msweat:.4g} kg.",
    assumptions=["all waste heat removed by evaporation", "constant power"])

dT = 9.0 * 0.65 * 60 / (0.050 * 900)
add(F, "A 9.0 W LED lamp converts 35% of its electrical power into light; the rest becomes heat in a 50 g aluminium "
       "heat sink of specific heat 900 J/(kg·K). If no heat escapes, by how much does the heat sink's temperature rise "
       "in the first 60 s?",
    {"electrical power of the lamp": "9.0 W", "fraction converted to light": "35 percent",
     "mass of the heat sink": "50 g", "specific heat of aluminium": "900 J/(kg*K)", "time": "60 s"},
    "temperature rise of the heat sink", "K", dT, laws=2,
    solution="Heat = 9.0 x 0.65 x 60 = 351 J; dT = 351/(0.050 x 900) = 7.8 K.",
    assumptions=["no heat loss", "LED chip's own heat capacity neglected"])

q = 2.5 * 25 / 1000 * 1000
add(F, "In a region of granite bedrock the temperature rises by 25 °C per kilometre of depth, and the surface "
       "temperature is 12 °C. The rock's thermal conductivity is 2.5 W/(m·K). What is the geothermal heat flow through "
       "the surface, in mW/m²?",
    {"geothermal gradient": "25 K/km", "surface temperature": "12 degC", "thermal conductivity of the rock": "2.5 W/(m*K)"},
    "geothermal heat flow per unit area", "mW/m^2", q, laws=1, irrelevant=["surface temperature"],
    solution="Fourier's law: q = k dT/dz = 2.5 x 0.025 = 0.0625 W/m^2 = 62.5 mW/m^2.",
    assumptions=["steady one-dimensional conduction"])

T2 = (30 + T0) * 18 ** 0.4 - T0
add(F, "A diesel engine compresses air, initially at 1.0 atm and 30 °C, adiabatically with a compression ratio of 18. "
       "Treating air as an ideal gas with a ratio of heat capacities of 1.4, what temperature does the air reach, in °C?",
    {"initial pressure": "1.0 atm", "initial temperature": "30 degC", "compression ratio": "18",
     "ratio of heat capacities": "1.4"},
    "temperature after compression", "degC", T2, laws=1, irrelevant=["initial pressure"],
    solution=f"T2 = T1 r^(gamma-1) = 303.15 x 18^0.4 = {T2+T0:.4g} K = {T2:.4g} degC.",
    assumptions=["reversible adiabatic compression of an ideal gas"])

Pr = 0.85 * sigma * 2.0 * 300 ** 4
add(F, "A flat radiator panel on a space probe has an area of 2.0 m² and an emissivity of 0.85. If it is at 300 K and "
       "radiates into deep space from one face only, what power does it emit?",
    {"area of the panel": "2.0 m^2", "emissivity": "0.85", "panel temperature": "300 K"},
    "radiated power", "W", Pr, laws=1,
    solution=f"Stefan-Boltzmann: P = e sigma A T^4 = 0.85 x 5.670e-8 x 2.0 x 300^4 = {Pr:.4g} W.",
    assumptions=[C_CODATA, "absorbed radiation from deep space negligible"])

tt = 150 * 4186 * 48 / 3000 / 3600
add(F, "An electric water heater of power 3.0 kW warms 150 L of water from 12 °C to 60 °C. Ignoring heat losses, "
       "how long does this take, in hours?",
    {"heater power": "3.0 kW", "volume of water": "150 L", "initial temperature": "12 degC",
     "final temperature": "60 degC"},
    "heating time", "h", tt, laws=2, rel_tol=0.02,
    solution=f"Q = m c dT = 150 x 4186 x 48 = {150*4186*48:.4g} J; t = Q/P = {tt*3600:.5g} s = {tt:.4g} h.",
    assumptions=["density of water 1.00 kg/L", "specific heat of water 4186 J/(kg K)", "no heat losses"])

V2 = 5.0 * (1013 / 300) * ((-40 + T0) / (15 + T0))
add(F, "A weather balloon is filled with helium to a volume of 5.0 m³ at ground level, where the pressure is 1013 hPa "
       "and the temperature 15 °C. What is its volume at an altitude where the pressure is 300 hPa and the temperature "
       "-40 °C, assuming the balloon skin adds negligible pressure and the gas reaches the surrounding temperature?",
    {"volume at ground level": "5.0 m^3", "ground-level pressure": "1013 hPa", "ground-level temperature": "15 degC",
     "pressure at altitude": "300 hPa", "temperature at altitude": "-40 degC"},
    "volume of the balloon at altitude", "m^3", V2, laws=1,
    solution=f"Combined gas law: V2 = 5.0 x (1013/300) x (233.15/288.15) = {V2:.4g} m^3.",
    assumptions=["ideal gas", "no helium escapes"])

add(F, "A heat pump delivers 10 kW of heat to a house on a day when the outside air is at 0 °C. How much electrical "
       "power does it draw?",
    {"heat output": "10 kW", "outside air temperature": "0 degC"},
    "electrical power drawn", "kW", outcome="not derivable", laws=1,
    solution="The electrical power is the heat output divided by the COP, but neither the COP nor the delivery "
             "temperature and real efficiency are given, so it cannot be found.",
    assumptions=["steady operation"])

add(F, "A test engine takes in 1000 J of heat from a reservoir at 500 K and rejects 300 J to a reservoir at 300 K in "
       "each cycle. What is its efficiency?",
    {"heat taken in per cycle": "1000 J", "hot reservoir temperature": "500 K", "heat rejected per cycle": "300 J",
     "cold reservoir temperature": "300 K"},
    "efficiency of the engine", "percent", outcome="ill-posed", laws=2,
    solution="The data give 70% efficiency, but the Carnot limit between 500 K and 300 K is 40%; the engine would "
             "violate the second law, so the data are unphysical.",
    assumptions=["cyclic engine exchanging heat only with the two reservoirs"])

pa = ATM / 1e5
abs_read = 2.2 * (35 + T0) / (10 + T0)
gauge_read = (2.2 + pa) * (35 + T0) / (10 + T0) - pa
add(F, "A cyclist pumps her tyre to 2.2 bar in the morning when it is at 10 °C. After riding in the sun the air in the "
       "tyre is at 35 °C. Assuming the tyre volume stays constant, what is the new tyre pressure, in bar?",
    {"initial tyre pressure": "2.2 bar", "initial temperature": "10 degC", "final temperature": "35 degC"},
    "new tyre pressure", "bar", outcome="ambiguous", laws=1,
    solution=f"If 2.2 bar is absolute: p = 2.2 x 308.15/283.15 = {abs_read:.4g} bar. If 2.2 bar is a gauge reading "
             f"(absolute {2.2+pa:.4g} bar): new absolute {(2.2+pa)*(35+T0)/(10+T0):.4g} bar, i.e. {gauge_read:.4g} bar gauge.",
    assumptions=["ideal gas at constant volume", "atmospheric pressure 1.01325 bar for the gauge reading"])

# =========================== FLUIDS ===========================
F = "fluids"

p = 1000 * g * 25 / PSI
add(F, "A house's tap is 25 m below the water surface in the town's water tower. With the water at rest, what is the "
       "gauge pressure at the tap, in psi?",
    {"depth of tap below water surface": "25 m"},
    "gauge pressure at the tap", "psi", p, laws=1, rel_tol=0.02,
    solution=f"p = rho g h = 1000 x 9.81 x 25 = {1000*g*25:.0f} Pa = {p:.4g} psi.",
    assumptions=[C_G, "density of water 1000 kg/m^3", "water at rest", "1 psi = 6894.757 Pa"])

Fs = 1500 * g * (2.0 / 25) ** 2
add(F, "A garage hydraulic lift has a small piston of diameter 2.0 cm and a large piston of diameter 25 cm. What force "
       "on the small piston is needed to hold up a 1500 kg car on the large piston (pistons at the same level)?",
    {"diameter of the small piston": "2.0 cm", "diameter of the large piston": "25 cm", "mass of the car": "1500 kg"},
    "force on the small piston", "N", Fs, laws=2,
    solution=f"Weight = 1500 x 9.81 = 14715 N; Pascal: F = 14715 x (2.0/25)^2 = {Fs:.4g} N.",
    assumptions=[C_G, "platform and piston masses neglected", "no friction"])

v2 = 1.2 * (2.5 / 1.5) ** 2
add(F, "Water flows at 1.2 m/s through a 12 m long pipe of inner diameter 2.5 cm, which then narrows to an inner "
       "diameter of 1.5 cm. What is the water speed in the narrow part?",
    {"speed in the wide pipe": "1.2 m/s", "length of the wide pipe": "12 m", "inner diameter of the wide pipe": "2.5 cm",
     "inner diameter of the narrow part": "1.5 cm"},
    "water speed in the narrow part", "m/s", v2, laws=1, irrelevant=["length of the wide pipe"],
    solution=f"Continuity: v2 = v1 (d1/d2)^2 = 1.2 x (2.5/1.5)^2 = {v2:.4g} m/s.",
    assumptions=["incompressible steady flow"])

v2 = 1.5 * (3.0 / 1.8) ** 2
p2 = (2.0e5 - 0.5 * 1000 * (v2 ** 2 - 1.5 ** 2)) / 1e5
add(F, "Water flows through a horizontal pipe at 1.5 m/s where the inner diameter is 3.0 cm and the gauge pressure is "
       "2.0 bar. The pipe narrows to an inner diameter of 1.8 cm. Treating water as an ideal fluid, what is the gauge "
       "pressure in the narrow part, in bar?",
    {"speed in the wide part": "1.5 m/s", "inner diameter of the wide part": "3.0 cm",
     "gauge pressure in the wide part": "2.0 bar", "inner diameter of the narrow part": "1.8 cm"},
    "gauge pressure in the narrow part", "bar", p2, laws=2,
    solution=f"Continuity: v2 = 1.5 x (3.0/1.8)^2 = {v2:.4g} m/s; Bernoulli: p2 = 2.0e5 - 0.5 x 1000 x (v2^2 - 1.5^2) "
             f"= {p2*1e5:.5g} Pa = {p2:.4g} bar.",
    assumptions=["density of water 1000 kg/m^3", "ideal, incompressible, steady flow", "horizontal pipe"])

pf = 100 + 1060 * g * 1.3 / MMHG
add(F, "A standing person's mean arterial blood pressure at heart level is 100 mmHg (gauge). Her feet are 1.3 m below "
       "her heart and the density of blood is 1060 kg/m³. Ignoring flow effects, what is the arterial gauge pressure in "
       "her feet, in mmHg?",
    {"blood pressure at heart level": "100 mmHg", "height of heart above feet": "1.3 m", "density of blood": "1060 kg/m^3"},
    "arterial gauge pressure in the feet", "mmHg", pf, laws=1,
    solution=f"Extra pressure = rho g h = 1060 x 9.81 x 1.3 = {1060*g*1.3:.5g} Pa = {1060*g*1.3/MMHG:.4g} mmHg; "
             f"total = {pf:.4g} mmHg.",
    assumptions=[C_G, "hydrostatic blood column", "1 mmHg = 133.322 Pa"])

hh = 18 * MMHG / (1030 * g) * 100
add(F, "An IV bag must push fluid into a vein where the blood's gauge pressure is 18 mmHg. The IV fluid has density "
       "1030 kg/m³. What is the minimum height of the fluid surface in the bag above the needle, in cm?",
    {"gauge pressure in the vein": "18 mmHg", "density of the IV fluid": "1030 kg/m^3"},
    "minimum height of the bag above the needle", "cm", hh, laws=1,
    solution=f"rho g h = 18 x 133.322 Pa gives h = {18*MMHG:.4g}/(1030 x 9.81) = {hh/100:.4g} m = {hh:.4g} cm.",
    assumptions=[C_G, "flow resistance in the tube neglected", "1 mmHg = 133.322 Pa"])

add(F, "A 62 kg swimmer floats motionless in a freshwater pool with 3.0% of her body volume above the water. "
       "What is her average density?",
    {"mass of the swimmer": "62 kg", "fraction of volume above water": "3.0 percent"},
    "average density of the swimmer", "kg/m^3", 0.97 * 1000, laws=1, irrelevant=["mass of the swimmer"],
    rel_tol=0.02,
    solution="Floating: rho_body/rho_water = submerged fraction = 0.97, so rho = 0.97 x 1000 = 970 kg/m^3.",
    assumptions=["density of fresh water 1000 kg/m^3"])

dp = 1.20 * g * 300 / 100
add(F, "On a day when sea-level pressure is 1013 hPa, what is the difference in air pressure between the bottom and the "
       "top of a 300 m tall tower? Take the air density as a constant 1.20 kg/m³.",
    {"sea-level pressure": "1013 hPa", "height of the tower": "300 m", "air density": "1.20 kg/m^3"},
    "pressure difference between bottom and top", "hPa", dp, laws=1, irrelevant=["sea-level pressure"],
    solution=f"dp = rho g h = 1.20 x 9.81 x 300 = {dp*100:.5g} Pa = {dp:.4g} hPa.",
    assumptions=[C_G, "constant air density"])

hab = 35 * (1 - 2700 / 3300)
add(F, "A block of continental crust of density 2700 kg/m³ and thickness 35 km floats in isostatic equilibrium on mantle "
       "rock of density 3300 kg/m³. How far does the top of the block stick up above the level of the surrounding mantle "
       "surface, in km?",
    {"density of the crust": "2700 kg/m^3", "thickness of the crust": "35 km", "density of the mantle": "3300 kg/m^3"},
    "height of the block above the mantle surface", "km", hab, laws=1,
    solution=f"Archimedes: submerged fraction = 2700/3300, so the part above is 35 x (1 - 2700/3300) = {hab:.4g} km.",
    assumptions=["mantle behaves as a fluid on geological time scales", "uniform block"])

Qv = 10e-3 / 40
vh = Qv / (math.pi * 0.008 ** 2)
add(F, "A garden hose with an inner diameter of 1.6 cm fills a 10 L bucket in 40 s. What is the average speed of the "
       "water in the hose?",
    {"inner diameter of the hose": "1.6 cm", "volume of the bucket": "10 L", "filling time": "40 s"},
    "average water speed in the hose", "m/s", vh, laws=1,
    solution=f"Flow rate = 10 L/40 s = 2.5e-4 m^3/s; v = Q/A = 2.5e-4/(pi x 0.008^2) = {vh:.4g} m/s.",
    assumptions=["hose runs full"])

xj = 2 * math.sqrt(2.0 * 1.2)
add(F, "A water tank, open at the top, has a small hole in its side 2.0 m below the water surface. The hole is 1.2 m "
       "above level ground. How far from the side of the tank does the jet hit the ground?",
    {"depth of the hole below the surface": "2.0 m", "height of the hole above the ground": "1.2 m"},
    "horizontal distance to where the jet lands", "m", xj, laws=2,
    solution=f"Torricelli: v = sqrt(2 g x 2.0) = {math.sqrt(2*g*2):.4g} m/s; fall time sqrt(2 x 1.2/g) = "
             f"{math.sqrt(2.4/g):.4g} s; distance = {xj:.4g} m.",
    assumptions=[C_G, "ideal fluid", "tank much wider than the hole", "horizontal jet, no air resistance"])

vv = 45 / 3.6
Pd = 0.5 * 1.2 * 0.30 * vv ** 3
add(F, "A time-trial cyclist has a drag area (drag coefficient times frontal area) of 0.30 m² and rides at 45 km/h in "
       "still air of density 1.2 kg/m³. What power is needed just to overcome air drag?",
    {"drag area": "0.30 m^2", "speed": "45 km/h", "air density": "1.2 kg/m^3"},
    "power needed against air drag", "W", Pd, laws=2,
    solution=f"Drag F = 0.5 rho C_dA v^2 = 0.5 x 1.2 x 0.30 x 12.5^2 = {Pd/vv:.4g} N; P = Fv = {Pd:.4g} W.",
    assumptions=["still air", "quadratic drag"])

add(F, "Water flows through a horizontal pipe that narrows from an inner diameter of 4.0 cm to 2.0 cm. The gauge "
       "pressure in the wide section is 250 kPa. What is the gauge pressure in the narrow section?",
    {"inner diameter of the wide section": "4.0 cm", "inner diameter of the narrow section": "2.0 cm",
     "gauge pressure in the wide section": "250 kPa"},
    "gauge pressure in the narrow section", "kPa", outcome="not derivable", laws=2,
    solution="Bernoulli needs the flow speed (or flow rate) in one section; it is not given, so the pressure drop "
             "cannot be computed.",
    assumptions=["ideal incompressible flow"])

add(F, "A 70 kg swimmer floats at rest in a freshwater lake. What volume of her body, in litres, is above the surface?",
    {"mass of the swimmer": "70 kg"},
    "volume of the swimmer above the water", "L", outcome="not derivable", laws=1,
    solution="The submerged volume is 70 L (from her weight), but the volume above water needs her total body "
             "volume or average density, which is not given.",
    assumptions=["density of fresh water 1000 kg/m^3"])

pg = 1000 * g * 5.0 / 1000
add(F, "A diving pool is 5.0 m deep. What is the pressure at the bottom, in kPa?",
    {"depth of the pool": "5.0 m"},
    "pressure at the bottom of the pool", "kPa", outcome="ambiguous", laws=1,
    solution=f"Gauge pressure: rho g h = {pg:.4g} kPa; absolute pressure: {pg:.4g} + 101.325 = {pg+ATM/1000:.5g} kPa.",
    assumptions=[C_G, "density of water 1000 kg/m^3", "atmospheric pressure 101.325 kPa"])

# =========================== WAVES ===========================
F = "waves"

add(F, "A medical ultrasound scanner uses 3.5 MHz waves. Taking the speed of sound in soft tissue as 1540 m/s, what is "
       "the wavelength in the tissue, in mm?",
    {"frequency": "3.5 MHz", "speed of sound in soft tissue": "1540 m/s"},
    "wavelength in tissue", "mm", 1540 / 3.5e6 * 1000, laws=1,
    solution="lambda = v/f = 1540/3.5e6 = 4.4e-4 m = 0.44 mm.",
    assumptions=[])

dd = 1540 * 65e-6 / 2 * 100
add(F, "A 5.0 MHz ultrasound pulse reflects from an organ boundary and the echo returns 65 µs after the pulse is sent. "
       "With a speed of sound in tissue of 1540 m/s, how deep is the boundary, in cm?",
    {"frequency": "5.0 MHz", "echo delay": "65 us", "speed of sound in tissue": "1540 m/s"},
    "depth of the boundary", "cm", dd, laws=1, irrelevant=["frequency"],
    solution=f"The pulse travels there and back: depth = v t/2 = 1540 x 65e-6/2 = {dd/100:.4g} m = {dd:.4g} cm.",
    assumptions=["uniform speed of sound"])

df = 5.0e6 * (1540 + 0.40) / (1540 - 0.40) - 5.0e6
add(F, "A Doppler ultrasound probe sends 5.0 MHz waves along the direction of blood flow, and the blood moves toward the "
       "probe at 0.40 m/s. The speed of sound in tissue is 1540 m/s. What is the frequency shift of the echo received "
       "from the blood?",
    {"transmitted frequency": "5.0 MHz", "blood speed": "0.40 m/s", "speed of sound in tissue": "1540 m/s"},
    "frequency shift of the echo", "Hz", df, laws=2,
    solution=f"Double Doppler (blood as moving receiver then moving source): df = f(c+v)/(c-v) - f = {df:.5g} Hz "
             "(approx 2fv/c = 2597 Hz).",
    assumptions=["beam exactly parallel to the flow", "probe at rest"])

vs = 2 * 0.65 * 110
T = 0.0060 * vs ** 2
add(F, "A guitar string 65 cm long between its fixed ends sounds a fundamental of 110 Hz. If the string's linear mass "
       "density is 6.0 g/m, what is its tension?",
    {"vibrating length": "65 cm", "fundamental frequency": "110 Hz", "linear mass density": "6.0 g/m"},
    "tension in the string", "N", T, laws=2,
    solution=f"Wave speed v = 2Lf = 2 x 0.65 x 110 = {vs:.4g} m/s; T = mu v^2 = 0.0060 x {vs:.4g}^2 = {T:.4g} N.",
    assumptions=["ideal flexible string"])

add(F, "An organ pipe open at both ends is 1.2 m long and 5.0 cm in diameter. Taking the speed of sound as 343 m/s and "
       "neglecting end corrections, what is its fundamental frequency?",
    {"length of the pipe": "1.2 m", "diameter of the pipe": "5.0 cm", "speed of sound": "343 m/s"},
    "fundamental frequency", "Hz", 343 / 2.4, laws=1, irrelevant=["diameter of the pipe"],
    solution=f"Open-open pipe: f1 = v/(2L) = 343/2.4 = {343/2.4:.5g} Hz.",
    assumptions=["no end corrections"])

vT = 331 * math.sqrt((30 + T0) / T0)
fcl = vT / (4 * 0.60)
add(F, "A clarinet behaves roughly like a pipe closed at one end, 0.60 m long. The speed of sound is 331 m/s at 0 °C and "
       "is proportional to the square root of the absolute temperature. What is the frequency of the clarinet's lowest "
       "note when the air inside it is at 30 °C?",
    {"length of the pipe": "0.60 m", "speed of sound at 0 degC": "331 m/s", "reference temperature": "0 degC",
     "air temperature": "30 degC"},
    "frequency of the lowest note", "Hz", fcl, laws=2, rel_tol=0.02,
    solution=f"v = 331 sqrt(303.15/273.15) = {vT:.4g} m/s; closed pipe f1 = v/(4L) = {fcl:.5g} Hz.",
    assumptions=["no end correction", "T(K) = T(degC) + 273.15"])

dist = 40 / (1 / 3.5 - 1 / 6.0)
add(F, "After an earthquake a seismograph records the first P-waves and, 40 s later, the first S-waves. If P-waves "
       "travel at 6.0 km/s and S-waves at 3.5 km/s, how far is the station from the earthquake focus, in km?",
    {"delay between P and S arrivals": "40 s", "P-wave speed": "6.0 km/s", "S-wave speed": "3.5 km/s"},
    "distance to the focus", "km", dist, laws=1,
    solution=f"d/3.5 - d/6.0 = 40 s, so d = 40/(1/3.5 - 1/6.0) = {dist:.4g} km.",
    assumptions=["straight paths at constant speeds"])

I2 = 2.0e-2 * (5.0 / 40) ** 2 * 1000
add(F, "At an athletics stadium the starter's pistol gives a sound intensity of 2.0×10⁻² W/m² at 5.0 m. Treating the "
       "pistol as a point source radiating uniformly with no absorption, what is the intensity at a timekeeper 40 m "
       "away, in mW/m²?",
    {"intensity near the pistol": "2.0e-2 W/m^2", "distance for that intensity": "5.0 m",
     "distance of the timekeeper": "40 m"},
    "intensity at the timekeeper", "mW/m^2", I2, laws=1,
    solution=f"Inverse square: I = 0.020 x (5.0/40)^2 = {I2/1000:.4g} W/m^2 = {I2:.4g} mW/m^2.",
    assumptions=["isotropic point source", "no absorption or reflection"])

vT = 331 * math.sqrt((10 + T0) / T0)
dl = vT * 6.5 / 1000
add(F, "You see a lightning flash and hear its thunder 6.5 s later. The air temperature is 10 °C; the speed of sound is "
       "331 m/s at 0 °C and proportional to the square root of the absolute temperature. How far away was the "
       "lightning, in km?",
    {"delay of the thunder": "6.5 s", "air temperature": "10 degC", "speed of sound at 0 degC": "331 m/s",
     "reference temperature": "0 degC"},
    "distance to the lightning", "km", dl, laws=2, rel_tol=0.02,
    solution=f"v = 331 sqrt(283.15/273.15) = {vT:.4g} m/s; d = v t = {dl*1000:.4g} m = {dl:.4g} km "
             "(light travel time negligible).",
    assumptions=["light arrives instantly", "uniform air temperature"])

Tn = 700 * (440 / 436) ** 2
add(F, "A piano tuner sounds a 440 Hz tuning fork together with a string and hears 4 beats per second. When she tightens "
       "the string slightly, the beat rate decreases. The string's present tension is 700 N. To what tension must it be "
       "raised so that it sounds exactly 440 Hz?",
    {"fork frequency": "440 Hz", "beat frequency": "4 Hz", "present tension": "700 N"},
    "required tension", "N", Tn, laws=2,
    solution=f"Tightening reduces the beats, so the string is at 436 Hz; f is proportional to sqrt(T): "
             f"T = 700 x (440/436)^2 = {Tn:.4g} N.",
    assumptions=["length and linear density unchanged"])

vts = math.sqrt(g * 4000)
tts = 2.5e6 / vts / 3600
add(F, "An undersea earthquake creates a tsunami that crosses an ocean of average depth 4000 m. Treating it as a "
       "shallow-water wave with speed sqrt(g d), how long does it take to travel 2500 km, in hours?",
    {"ocean depth": "4000 m", "distance travelled": "2500 km"},
    "travel time of the tsunami", "h", tts, laws=2,
    solution=f"v = sqrt(9.81 x 4000) = {vts:.4g} m/s; t = 2.5e6/{vts:.4g} = {tts*3600:.5g} s = {tts:.4g} h.",
    assumptions=[C_G, "uniform depth along the path"])

add(F, "A 2.0 MHz ultrasound wave passes from soft tissue, where the speed of sound is 1540 m/s, into bone, where it is "
       "4080 m/s. What is the wavelength in the bone, in mm?",
    {"frequency": "2.0 MHz", "speed of sound in soft tissue": "1540 m/s", "speed of sound in bone": "4080 m/s"},
    "wavelength in bone", "mm", 4080 / 2.0e6 * 1000, laws=1, irrelevant=["speed of sound in soft tissue"],
    solution="Frequency is unchanged at the boundary: lambda = 4080/2.0e6 = 2.04e-3 m = 2.04 mm.",
    assumptions=[])

add(F, "A classical guitar string is 65 cm long between its fixed ends and is tuned to a fundamental of 196 Hz. What is "
       "the tension in the string?",
    {"vibrating length": "65 cm", "fundamental frequency": "196 Hz"},
    "tension in the string", "N", outcome="not derivable", laws=2,
    solution="v = 2Lf = 254.8 m/s is known, but T = mu v^2 needs the string's linear mass density, which is not given.",
    assumptions=[])

add(F, "An ultrasound wave of frequency 4.0 MHz and wavelength 0.60 mm travels through soft tissue in which the speed "
       "of sound is 1540 m/s. How long after emission does the echo from a boundary 6.0 cm deep return?",
    {"frequency": "4.0 MHz", "wavelength": "0.60 mm", "speed of sound": "1540 m/s", "depth of the boundary": "6.0 cm"},
    "echo return time", "us", outcome="ill-posed", laws=2,
    solution="f x lambda = 4.0e6 x 0.60e-3 = 2400 m/s, which contradicts the stated 1540 m/s; the data are inconsistent "
             "(78 us or 50 us depending on which speed is used).",
    assumptions=[])

vb1 = 2 * math.pi / 8.0 * 2.0
vb2 = 2 * math.pi / 8.0 * 1.0
add(F, "After a storm at sea, an ocean swell with a wave height of 2.0 m and a period of 8.0 s passes a moored buoy. "
       "Treating the buoy's vertical motion as simple harmonic, what is its maximum vertical speed?",
    {"wave height": "2.0 m", "period": "8.0 s"},
    "maximum vertical speed of the buoy", "m/s", outcome="ambiguous", laws=1,
    solution=f"If 'wave height' means amplitude (2.0 m): v_max = 2 pi A/T = {vb1:.4g} m/s. If it means crest-to-trough "
             f"height (amplitude 1.0 m): v_max = {vb2:.4g} m/s.",
    assumptions=["buoy follows the water surface"])

# =========================== OPTICS ===========================
F = "optics"

thc = math.degrees(math.asin(1.46 / 1.48))
add(F, "An optical fibre has a core of refractive index 1.48 and a cladding of refractive index 1.46. What is the "
       "critical angle for light in the core at the core-cladding boundary?",
    {"refractive index of the core": "1.48", "refractive index of the cladding": "1.46"},
    "critical angle at the core-cladding boundary", "degree", thc, laws=1,
    solution=f"sin(theta_c) = 1.46/1.48, theta_c = {thc:.4g} deg.",
    assumptions=["angle measured from the normal to the boundary"])

NAv = math.sqrt(1.50 ** 2 - 1.47 ** 2)
tha = math.degrees(math.asin(NAv))
add(F, "An optical fibre has core index 1.50 and cladding index 1.47. What is the largest angle to the fibre axis, "
       "measured in air, at which light entering the flat end face is still totally internally reflected at the "
       "core-cladding boundary?",
    {"refractive index of the core": "1.50", "refractive index of the cladding": "1.47"},
    "acceptance half-angle in air", "degree", tha, laws=2,
    solution=f"TIR plus Snell at the end face give sin(theta_a) = sqrt(1.50^2 - 1.47^2) = {NAv:.4g}, so "
             f"theta_a = {tha:.4g} deg.",
    assumptions=["refractive index of air 1.00", "meridional rays"])

tf = 12000 * 1.47 / c * 1e6
add(F, "A light pulse travels along 12 km of optical fibre whose core has refractive index 1.47 and whose cladding has "
       "refractive index 1.45. Treating the pulse as travelling along the axis, how long does the trip take, in µs?",
    {"length of the fibre": "12 km", "refractive index of the core": "1.47", "refractive index of the cladding": "1.45"},
    "travel time of the pulse", "us", tf, laws=1, irrelevant=["refractive index of the cladding"],
    solution=f"v = c/n = {c/1.47:.4g} m/s; t = 12000 x 1.47/c = {tf:.4g} us.",
    assumptions=[C_CODATA, "axial ray, group index equal to phase index"])

add(F, "A compound microscope has an objective of focal length 4.0 mm and an eyepiece of focal length 25 mm, with a tube "
       "length (distance from the objective's back focal point to the eyepiece's front focal point) of 160 mm. Using a "
       "near point of 25 cm and the final image at infinity, what is the magnitude of the overall magnification?",
    {"focal length of the objective": "4.0 mm", "focal length of the eyepiece": "25 mm", "tube length": "160 mm",
     "near point distance": "25 cm"},
    "overall magnification", "dimensionless", (160 / 4.0) * (250 / 25), laws=2,
    solution="Objective: 160/4.0 = 40; eyepiece: 250/25 = 10; total 40 x 10 = 400.",
    assumptions=["thin lenses"])

dR = 0.61 * 550 / 1.25
add(F, "An oil-immersion microscope objective has a numerical aperture of 1.25. Using green light of wavelength 550 nm "
       "and the Rayleigh criterion d = 0.61 λ/NA, what is the smallest resolvable separation between two points, in nm?",
    {"numerical aperture": "1.25", "wavelength": "550 nm", "Rayleigh criterion factor": "0.61"},
    "smallest resolvable separation", "nm", dR, laws=1,
    solution=f"d = 0.61 x 550/1.25 = {dR:.4g} nm.",
    assumptions=[])

Pl = -1 / (2.0 - 0.020)
add(F, "A short-sighted patient can see clearly only up to 2.0 m from her eyes. What power must her glasses have, worn "
       "2.0 cm in front of her eyes, so that she can see distant objects clearly? Give the answer in dioptres (1/m).",
    {"far point distance": "2.0 m", "distance of the glasses from the eyes": "2.0 cm"},
    "power of the glasses", "1/m", Pl, laws=1,
    solution=f"Distant objects must image at the far point, 1.98 m in front of the lens: f = -1.98 m, "
             f"P = {Pl:.4g} D.",
    assumptions=["thin lens"])

add(F, "A 1.7 m tall swimmer stands at the edge of a pool 2.0 m deep and looks almost straight down at the bottom. "
       "Taking the refractive index of water as 1.33, how deep does the pool appear?",
    {"height of the swimmer": "1.7 m", "depth of the pool": "2.0 m", "refractive index of water": "1.33"},
    "apparent depth of the pool", "m", 2.0 / 1.33, laws=1, irrelevant=["height of the swimmer"],
    solution=f"Near-normal viewing: apparent depth = real depth/n = 2.0/1.33 = {2/1.33:.4g} m.",
    assumptions=["paraxial (near-normal) viewing"])

di = 1 / (1 / 0.400 - 1 / 50)
himg = 1.8 * di / 50 * 1000
add(F, "A sports photographer 50 m from a 1.8 m tall sprinter uses a lens of focal length 400 mm. Treating it as a thin "
       "lens, how tall is the sprinter's image on the sensor, in mm?",
    {"distance to the sprinter": "50 m", "height of the sprinter": "1.8 m", "focal length": "400 mm"},
    "height of the image", "mm", himg, laws=2,
    solution=f"1/di = 1/0.400 - 1/50 gives di = {di:.5g} m; image height = 1.8 x di/50 = {himg:.4g} mm.",
    assumptions=["thin lens"])

thr = math.degrees(math.asin(math.sin(math.radians(60)) / 1.331))
add(F, "Red light of wavelength 700 nm strikes a spherical raindrop at an angle of incidence of 60°. Taking the "
       "refractive index of water for this light as 1.331, what is the angle of refraction inside the drop?",
    {"wavelength": "700 nm", "angle of incidence": "60 degree", "refractive index of water": "1.331"},
    "angle of refraction", "degree", thr, laws=1, irrelevant=["wavelength"],
    solution=f"Snell: sin(theta) = sin 60 deg/1.331 = {math.sin(math.radians(60))/1.331:.4g}, theta = {thr:.4g} deg.",
    assumptions=["refractive index of air 1.00"])

Rf = ((3.5 - 1) / (3.5 + 1)) ** 2 * 100
add(F, "An LED chip is made of a semiconductor with refractive index 3.5. What percentage of the light striking the "
       "chip's flat surface from inside, at normal incidence, is reflected back at the semiconductor-air boundary?",
    {"refractive index of the semiconductor": "3.5"},
    "percentage reflected", "percent", Rf, laws=1,
    solution=f"Fresnel at normal incidence: R = ((3.5-1)/(3.5+1))^2 = {Rf/100:.4g} = {Rf:.4g}%.",
    assumptions=["refractive index of air 1.00", "no absorption"])

th = 1.22 * 500e-9 / 2.4
sep = th * 3.844e8
add(F, "The Hubble Space Telescope has a 2.4 m diameter mirror. Using the Rayleigh criterion at a wavelength of 500 nm, "
       "what is the smallest separation between two features on the Moon, 384400 km away, that it could in principle "
       "resolve?",
    {"mirror diameter": "2.4 m", "wavelength": "500 nm", "distance to the Moon": "384400 km"},
    "smallest resolvable separation on the Moon", "m", sep, laws=2,
    solution=f"theta = 1.22 lambda/D = {th:.4g} rad; separation = theta x distance = {sep:.4g} m.",
    assumptions=["diffraction-limited circular aperture (Rayleigh factor 1.22)"])

tcoat = 550 / (4 * 1.38)
add(F, "A microscope lens made of glass of refractive index 1.52 is given an anti-reflection coating of magnesium "
       "fluoride, refractive index 1.38. What is the minimum coating thickness that minimises reflection of 550 nm light "
       "at normal incidence, in nm?",
    {"refractive index of the glass": "1.52", "refractive index of the coating": "1.38", "wavelength": "550 nm"},
    "minimum coating thickness", "nm", tcoat, laws=2,
    solution=f"Both reflections gain a half-wave shift, so destructive interference needs 2nt = lambda/2: "
             f"t = 550/(4 x 1.38) = {tcoat:.4g} nm.",
    assumptions=["wavelength 550 nm measured in air", "normal incidence"])

add(F, "A compound microscope has an eyepiece of focal length 20 mm. What is the total magnification of the microscope?",
    {"focal length of the eyepiece": "20 mm"},
    "total magnification", "dimensionless", outcome="not derivable", laws=2,
    solution="The eyepiece gives 250/20 = 12.5x, but the objective's magnification (focal length and tube length) "
             "is not given.",
    assumptions=["near point 25 cm"])

add(F, "The core of an optical fibre has a refractive index of 1.48. What is the critical angle for total internal "
       "reflection at the core-cladding boundary?",
    {"refractive index of the core": "1.48"},
    "critical angle at the core-cladding boundary", "degree", outcome="not derivable", laws=1,
    solution="sin(theta_c) = n_cladding/n_core needs the cladding index, which is not given.",
    assumptions=[])

add(F, "Light travels along the core of an optical fibre at 3.6×10⁸ m/s. How long does a pulse take to travel 5.0 km "
       "along the fibre, in µs?",
    {"speed of light in the core": "3.6e8 m/s", "length of the fibre": "5.0 km"},
    "travel time of the pulse", "us", outcome="ill-posed", laws=1,
    solution="3.6e8 m/s exceeds c in vacuum (refractive index would be 0.83 < 1 for glass): the data are unphysical.",
    assumptions=[C_CODATA])

# =========================== CIRCUITS ===========================
F = "circuits"

add(F, "A red LED has a forward voltage of 2.0 V and should run at 20 mA. What series resistor is needed to run it from "
       "a 9.0 V battery?",
    {"forward voltage of the LED": "2.0 V", "LED current": "20 mA", "battery voltage": "9.0 V"},
    "series resistance", "ohm", (9.0 - 2.0) / 0.020, laws=2,
    solution="The resistor takes 9.0 - 2.0 = 7.0 V at 20 mA: R = 7.0/0.020 = 350 ohm.",
    assumptions=["ideal battery", "constant LED forward voltage"])

add(F, "A bike rear light has 3 identical LEDs in parallel, each drawing 25 mA, powered by a 3.7 V battery rated "
       "2400 mAh. How many hours will a fully charged battery run the light?",
    {"number of LEDs": "3", "current per LED": "25 mA", "battery voltage": "3.7 V", "battery capacity": "2400 mA*h"},
    "running time", "h", 2400 / (3 * 25), laws=2, irrelevant=["battery voltage"],
    solution="Total current = 3 x 25 = 75 mA; time = 2400 mAh/75 mA = 32 h.",
    assumptions=["full rated capacity usable", "constant current"])

add(F, "A defibrillator's 32 µF capacitor is charged to 5.0 kV and then discharged through the patient's chest, whose "
       "resistance is about 50 Ω. How much energy is stored in the capacitor before the discharge?",
    {"capacitance": "32 uF", "charging voltage": "5.0 kV", "chest resistance": "50 ohm"},
    "energy stored in the capacitor", "J", 0.5 * 32e-6 * 5000 ** 2, laws=1, irrelevant=["chest resistance"],
    solution="E = C V^2/2 = 0.5 x 32e-6 x (5000)^2 = 400 J.",
    assumptions=[])

Ehp = 230 * 9.5 * 6.0 / 1000
add(F, "The compressor of a heat pump runs on 230 V and draws 9.5 A. Treating the current as in phase with the "
       "voltage, how much electrical energy does it use in 6.0 hours, in kWh?",
    {"supply voltage": "230 V", "current": "9.5 A", "running time": "6.0 h"},
    "electrical energy used", "kWh", Ehp, laws=2,
    solution=f"P = VI = 230 x 9.5 = {230*9.5:.0f} W; E = P t = {230*9.5/1000:.4g} kW x 6.0 h = {Ehp:.4g} kWh.",
    assumptions=["rms values, power factor 1"])

tc = 47e3 * 2.2e-6 * math.log(10) * 1000
add(F, "In a sprint timing system, a sensor's 2.2 µF capacitor charges through a 47 kΩ resistor from a fixed supply. "
       "How long after switch-on does the capacitor reach 90% of the supply voltage, in ms?",
    {"capacitance": "2.2 uF", "resistance": "47 kohm", "fraction of supply voltage": "90 percent"},
    "charging time to 90 percent", "ms", tc, laws=1,
    solution=f"V = V0(1 - e^(-t/RC)) = 0.90 V0 gives t = RC ln 10 = 0.1034 s x 2.3026 = {tc:.4g} ms.",
    assumptions=["capacitor initially uncharged", "ideal supply"])

Ish = 230 / (1.0e3 + 50e3) * 1000
add(F, "A person standing on a floor touches a faulty 230 V appliance. The resistance of her body is 1.0 kΩ and that "
       "of her shoes is 50 kΩ, in series. What current flows through her, in mA?",
    {"voltage": "230 V", "resistance of the body": "1.0 kohm", "resistance of the shoes": "50 kohm"},
    "current through the person", "mA", Ish, laws=2,
    solution=f"Series: R = 51 kohm; I = 230/51000 = {Ish:.4g} mA.",
    assumptions=["floor resistance neglected", "rms values"])

Vrms = math.sqrt(20 * 8.0)
add(F, "A guitar amplifier delivers an average power of 20 W to an 8.0 Ω loudspeaker, which can be treated as a "
       "resistor. What rms voltage is across the speaker?",
    {"average power": "20 W", "resistance of the loudspeaker": "8.0 ohm"},
    "rms voltage across the speaker", "V", Vrms, laws=1,
    solution=f"P = V_rms^2/R, so V_rms = sqrt(20 x 8.0) = {Vrms:.4g} V.",
    assumptions=["purely resistive load"])

dws = 7.0 / 0.045 / 24
add(F, "A remote weather station draws a steady 45 mA from a 12 V battery rated 7.0 Ah. Assuming the full rated "
       "capacity can be used, how many days does the battery last?",
    {"current": "45 mA", "battery voltage": "12 V", "battery capacity": "7.0 A*h"},
    "running time", "day", dws, laws=1, irrelevant=["battery voltage"],
    solution=f"t = 7.0 Ah/0.045 A = {7/0.045:.4g} h = {dws:.4g} days.",
    assumptions=["constant current", "full rated capacity usable"])

Rel = 230 ** 2 / 2000
Lw = Rel * math.pi * 0.25e-3 ** 2 / 1.10e-6
add(F, "An immersion heater for a hot-water cylinder is rated 2.0 kW at 230 V. Its element is nichrome wire of diameter "
       "0.50 mm and resistivity 1.10×10⁻⁶ Ω·m. What length of wire is needed?",
    {"power rating": "2.0 kW", "voltage rating": "230 V", "wire diameter": "0.50 mm",
     "resistivity of nichrome": "1.10e-6 ohm*m"},
    "length of wire", "m", Lw, laws=2,
    solution=f"R = V^2/P = 230^2/2000 = {Rel:.4g} ohm; L = RA/rho = {Rel:.4g} x pi(0.25e-3)^2/1.10e-6 = {Lw:.4g} m.",
    assumptions=["resistance at operating temperature equal to the rated value"])

frac = 180 * 70 / 60 / (28 * 40) * 100
add(F, "A space probe's 28 V battery has a capacity of 40 Ah. During a 70 min eclipse it must power 180 W of "
       "instruments. What percentage of the battery's capacity is used?",
    {"battery voltage": "28 V", "battery capacity": "40 A*h", "eclipse duration": "70 min", "instrument power": "180 W"},
    "percentage of capacity used", "percent", frac, laws=2,
    solution=f"Stored energy = 28 x 40 = 1120 Wh; used = 180 W x (70/60) h = 210 Wh; fraction = {frac:.4g}%.",
    assumptions=["constant battery voltage", "no conversion losses"])

add(F, "Two LED lamps, rated 6.0 W and 9.0 W at 12 V, are connected in parallel to a 12 V supply. What total current "
       "does the supply deliver?",
    {"power of the first lamp": "6.0 W", "power of the second lamp": "9.0 W", "rated voltage of the lamps": "12 V",
     "supply voltage": "12 V"},
    "total current from the supply", "A", (6.0 + 9.0) / 12, laws=2,
    solution="Each lamp gets its rated 12 V: I = 6.0/12 + 9.0/12 = 0.50 + 0.75 = 1.25 A.",
    assumptions=["lamps operate at rated power"])

Vt = 9.0 * 15 / (15 + 0.80)
add(F, "A 9.0 V battery with internal resistance 0.80 Ω powers a guitar effects pedal that behaves like a 15 Ω "
       "resistor. What is the voltage across the pedal?",
    {"emf of the battery": "9.0 V", "internal resistance": "0.80 ohm", "resistance of the pedal": "15 ohm"},
    "voltage across the pedal", "V", Vt, laws=2,
    solution=f"I = 9.0/(15 + 0.80) = {9/15.8:.4g} A; V = IR = {Vt:.4g} V.",
    assumptions=[])

add(F, "An LED is to be run at 15 mA from a 5.0 V USB supply through a series resistor. What resistance is needed?",
    {"LED current": "15 mA", "supply voltage": "5.0 V"},
    "series resistance", "ohm", outcome="not derivable", laws=2,
    solution="R = (V_supply - V_LED)/I needs the LED's forward voltage (which depends on the LED type/colour); "
             "it is not given.",
    assumptions=[])

add(F, "An e-bike battery with an emf of 12 V and an internal resistance of 0.50 Ω powers heated handlebar grips that "
       "act as a pure resistor. The current is measured to be 30 A. What is the resistance of the grips?",
    {"emf of the battery": "12 V", "internal resistance": "0.50 ohm", "current": "30 A"},
    "resistance of the grips", "ohm", outcome="ill-posed", laws=2,
    solution="The largest possible current (short circuit) is 12/0.50 = 24 A; 30 A would need a negative load "
             "resistance (-0.10 ohm), so the data are unphysical.",
    assumptions=[])

add(F, "A 12 V AC supply drives a 4.0 Ω defrost heater in the outdoor unit of a heat pump. What average power does the "
       "heater dissipate?",
    {"supply voltage": "12 V", "resistance of the heater": "4.0 ohm"},
    "average power dissipated", "W", outcome="ambiguous", laws=1,
    solution="If 12 V is the rms value: P = 12^2/4.0 = 36 W. If 12 V is the peak value: P = (12/sqrt2)^2/4.0 = 18 W.",
    assumptions=["purely resistive heater", "sinusoidal supply"])

# =========================== ELECTROMAGNETISM ===========================
F = "electromagnetism"

fL = 42.58e6 * 1.5
Eph = h * fL / e
add(F, "A 1.5 T MRI scanner detects protons, whose gyromagnetic ratio is 42.58 MHz/T. What is the energy of one photon "
       "at the proton resonance frequency, in eV?",
    {"magnetic field": "1.5 T", "gyromagnetic ratio of the proton": "42.58 MHz/T"},
    "photon energy at the resonance frequency", "eV", Eph, laws=2,
    solution=f"f = 42.58 x 1.5 = {fL/1e6:.4g} MHz; E = hf = {h*fL:.4g} J = {Eph:.4g} eV.",
    assumptions=[C_CODATA])

Imri = 3.0 / (mu0 * 1200)
add(F, "An MRI magnet with a bore 0.90 m in diameter is modelled as a long solenoid with 1200 turns per metre. What "
       "current must flow in the windings to produce a 3.0 T field inside?",
    {"bore diameter": "0.90 m", "turns per metre": "1200 1/m", "magnetic field": "3.0 T"},
    "current in the windings", "A", Imri, laws=1, irrelevant=["bore diameter"],
    solution=f"B = mu0 n I, so I = 3.0/(4 pi e-7 x 1200) = {Imri:.5g} A.",
    assumptions=[C_CODATA, "long ideal solenoid, no iron core"])

emf = 20 * math.pi * 0.10 ** 2
add(F, "During an MRI scan a gradient coil makes the magnetic field change at 20 T/s. What emf is induced around a "
       "circular loop of tissue of radius 10 cm whose plane is perpendicular to the field?",
    {"rate of change of the field": "20 T/s", "radius of the loop": "10 cm"},
    "induced emf", "V", emf, laws=1,
    solution=f"Faraday: emf = A dB/dt = pi (0.10)^2 x 20 = {emf:.4g} V.",
    assumptions=["uniform field change over the loop"])

wdyn = (18 / 3.6) / 0.010
emfd = 500 * 0.10 * 2.0e-4 * wdyn
add(F, "A bottle dynamo on a bicycle has a drive wheel of radius 1.0 cm pressed against the tyre; it turns a magnet "
       "inside a 500-turn coil of area 2.0 cm², giving a field of 0.10 T through the coil. If the bike moves at 18 km/h "
       "and the drive wheel does not slip, what is the peak emf?",
    {"radius of the drive wheel": "1.0 cm", "number of turns": "500", "area of the coil": "2.0 cm^2",
     "magnetic field": "0.10 T", "speed of the bike": "18 km/h"},
    "peak emf", "V", emfd, laws=2,
    solution=f"omega = v/r = 5.0/0.010 = {wdyn:.0f} rad/s; peak emf = N B A omega = 500 x 0.10 x 2.0e-4 x {wdyn:.0f} "
             f"= {emfd:.4g} V.",
    assumptions=["magnet rotates at the drive wheel's angular speed", "no slip"])

vpr = math.sqrt(2 * 10e3 * e / mp)
rpr = mp * vpr / (e * 30e-6)
add(F, "A solar-wind proton with kinetic energy 10 keV moves perpendicular to a 30 µT region of Earth's magnetic "
       "field. What is the radius of its circular path, in m?",
    {"kinetic energy of the proton": "10 keV", "magnetic field": "30 uT"},
    "radius of the path", "m", rpr, laws=2,
    solution=f"v = sqrt(2K/m) = {vpr:.4g} m/s; r = mv/(eB) = {rpr:.4g} m.",
    assumptions=[C_CODATA, "non-relativistic", "uniform field"])

Bl = mu0 * 30e3 / (2 * math.pi * 50) * 1e6
add(F, "A lightning stroke carries a current of 30 kA. Treating the channel as a long straight wire, what is the magnetic "
       "field 50 m away, in µT?",
    {"current": "30 kA", "distance": "50 m"},
    "magnetic field", "uT", Bl, laws=1,
    solution=f"B = mu0 I/(2 pi r) = 2e-7 x 30000/50 = {Bl:.4g} uT.",
    assumptions=[C_CODATA, "long straight channel"])

El = 25 * 1.0e8 / 3.6e6
add(F, "In a lightning flash lasting 0.20 ms, 25 C of charge moves through a potential difference of 1.0×10⁸ V. How "
       "much energy is released, in kWh?",
    {"duration of the flash": "0.20 ms", "charge": "25 C", "potential difference": "1.0e8 V"},
    "energy released", "kWh", El, laws=1, irrelevant=["duration of the flash"],
    solution=f"E = QV = 25 x 1.0e8 = 2.5e9 J = {El:.4g} kWh.",
    assumptions=["constant potential difference"])

VH = 2.0e-3 * 0.30 / (1.0e21 * e * 0.50e-3) * 1000
add(F, "A Hall probe uses a doped silicon strip 0.50 mm thick with a carrier density of 1.0×10²¹ m⁻³. A current of "
       "2.0 mA flows along it, perpendicular to a 0.30 T magnetic field. What Hall voltage appears, in mV?",
    {"thickness of the strip": "0.50 mm", "carrier density": "1.0e21 1/m^3", "current": "2.0 mA",
     "magnetic field": "0.30 T"},
    "Hall voltage", "mV", VH, laws=1,
    solution=f"V_H = IB/(n e t) = 2.0e-3 x 0.30/(1.0e21 x 1.602e-19 x 0.50e-3) = {VH:.4g} mV.",
    assumptions=[C_CODATA, "single carrier type, each carrying charge e", "field perpendicular to the strip face"])

Ip = 2.0 * 24 / 230
add(F, "The control transformer of a heat pump has 1150 turns on its primary and steps 230 V mains down to 24 V. If the "
       "secondary supplies 2.0 A, what current does the primary draw?",
    {"number of primary turns": "1150", "primary voltage": "230 V", "secondary voltage": "24 V",
     "secondary current": "2.0 A"},
    "primary current", "A", Ip, laws=1, irrelevant=["number of primary turns"],
    solution=f"Ideal transformer: V_p I_p = V_s I_s, so I_p = 24 x 2.0/230 = {Ip:.4g} A.",
    assumptions=["ideal transformer, no losses", "rms values"])

emfg = 5000 * 2 * math.pi * 330 * 1.5e-7
add(F, "An electric guitar pickup has a coil of 5000 turns. A vibrating steel string makes the magnetic flux through "
       "each turn vary sinusoidally with an amplitude of 1.5×10⁻⁷ Wb at 330 Hz. What is the peak emf induced in the coil?",
    {"number of turns": "5000", "flux amplitude per turn": "1.5e-7 Wb", "frequency": "330 Hz"},
    "peak induced emf", "V", emfg, laws=1,
    solution=f"emf_peak = N omega Phi0 = 5000 x 2 pi x 330 x 1.5e-7 = {emfg:.4g} V.",
    assumptions=["sinusoidal flux variation"])

Fion = e * 0.070 / 7.0e-9 * 1e12
add(F, "The resting potential difference across a nerve cell membrane is 70 mV and the membrane is 7.0 nm thick. "
       "Treating the field inside the membrane as uniform, what force does it exert on a singly charged sodium ion, "
       "in pN?",
    {"membrane potential difference": "70 mV", "membrane thickness": "7.0 nm"},
    "force on the sodium ion", "pN", Fion, laws=2,
    solution=f"E = V/d = 0.070/7.0e-9 = 1.0e7 V/m; F = eE = {Fion:.4g} pN.",
    assumptions=[C_CODATA, "uniform field"])

add(F, "An ocean current flows at 1.5 m/s through a strait 100 km wide where the vertical component of Earth's "
       "magnetic field is 50 µT. What emf is induced across the strait?",
    {"speed of the current": "1.5 m/s", "width of the strait": "100 km", "vertical component of the field": "50 uT"},
    "emf across the strait", "V", 50e-6 * 100e3 * 1.5, laws=1,
    solution="Motional emf = B L v = 50e-6 x 1.0e5 x 1.5 = 7.5 V.",
    assumptions=["uniform flow perpendicular to the width", "uniform field"])

add(F, "An MRI scanner's superconducting solenoid carries a current of 450 A. What is the magnetic field inside it?",
    {"current": "450 A"},
    "magnetic field inside the solenoid", "T", outcome="not derivable", laws=1,
    solution="B = mu0 n I needs the number of turns per unit length, which is not given.",
    assumptions=["long solenoid"])

add(F, "A bicycle dynamo's coil has 400 turns and rotates at 30 revolutions per second in a magnetic field of 0.080 T. "
       "What is its peak emf?",
    {"number of turns": "400", "rotation rate": "30 1/s", "magnetic field": "0.080 T"},
    "peak emf", "V", outcome="not derivable", laws=1,
    solution="Peak emf = N B A omega needs the coil area, which is not given.",
    assumptions=[])

add(F, "A small transformer in an electric guitar amplifier has a turns ratio of 20 and is connected to 240 V mains. "
       "What voltage appears across its other winding?",
    {"turns ratio": "20", "mains voltage": "240 V"},
    "voltage across the other winding", "V", outcome="ambiguous", laws=1,
    solution="If the ratio means primary:secondary = 20, the output is 240/20 = 12 V; if it means secondary:primary "
             "= 20, the output is 240 x 20 = 4800 V.",
    assumptions=["ideal transformer", "rms values"])

# =========================== MODERN ===========================
F = "modern"

lmin = hc_eVnm / 80e3 * 1000
add(F, "A medical X-ray tube operates at 80 kV with a tube current of 5.0 mA. What is the shortest wavelength in the "
       "X-ray spectrum it produces, in pm?",
    {"tube voltage": "80 kV", "tube current": "5.0 mA"},
    "shortest X-ray wavelength", "pm", lmin, laws=2, irrelevant=["tube current"],
    solution=f"Electron energy eV = 80 keV becomes one photon: lambda_min = hc/(eV) = 1239.84 eV nm/80000 eV "
             f"= {lmin:.4g} pm.",
    assumptions=[C_CODATA])

add(F, "A blue LED draws 20 mA and emits light of wavelength 465 nm. What is the energy of each emitted photon, in eV?",
    {"LED current": "20 mA", "wavelength": "465 nm"},
    "photon energy", "eV", hc_eVnm / 465, laws=1, irrelevant=["LED current"],
    solution=f"E = hc/lambda = 1239.84/465 = {hc_eVnm/465:.4g} eV.",
    assumptions=[C_CODATA])

Nph = 12e-3 * 525e-9 / (h * c)
add(F, "A green LED emits 12 mW of light at a wavelength of 525 nm. How many photons does it emit per second?",
    {"optical power": "12 mW", "wavelength": "525 nm"},
    "photon emission rate", "1/s", Nph, laws=2,
    solution=f"Photon energy hc/lambda = {h*c/525e-9:.4g} J; rate = 0.012/{h*c/525e-9:.4g} = {Nph:.4g} per s.",
    assumptions=[C_CODATA, "monochromatic emission"])

add(F, "Gallium arsenide has a band gap of 1.42 eV. What is the longest wavelength of light that can create "
       "electron-hole pairs in a GaAs photodiode, in nm?",
    {"band gap": "1.42 eV"},
    "longest absorbed wavelength", "nm", hc_eVnm / 1.42, laws=1,
    solution=f"lambda_max = hc/E_g = 1239.84/1.42 = {hc_eVnm/1.42:.4g} nm.",
    assumptions=[C_CODATA])

eqe = (0.40 * 450e-9 / (h * c)) / (0.350 / e) * 100
add(F, "A blue power LED runs at 3.1 V and 350 mA and emits 0.40 W of light at 450 nm. What percentage of the electrons "
       "passing through it produce an emitted photon?",
    {"operating voltage": "3.1 V", "current": "350 mA", "optical power": "0.40 W", "wavelength": "450 nm"},
    "external quantum efficiency", "percent", eqe, laws=2, irrelevant=["operating voltage"],
    solution=f"Photons/s = 0.40 lambda/(hc) = {0.40*450e-9/(h*c):.4g}; electrons/s = 0.350/e = {0.35/e:.4g}; "
             f"ratio = {eqe:.4g}%.",
    assumptions=[C_CODATA, "monochromatic emission"])

Kmax = hc_eVnm / 400 - 2.1
add(F, "A fluorescence microscope's detector has a photocathode with work function 2.1 eV. What is the maximum kinetic "
       "energy of photoelectrons ejected by 400 nm light, in eV?",
    {"work function": "2.1 eV", "wavelength": "400 nm"},
    "maximum kinetic energy of the photoelectrons", "eV", Kmax, laws=1,
    solution=f"K_max = hc/lambda - phi = {hc_eVnm/400:.4g} - 2.1 = {Kmax:.4g} eV.",
    assumptions=[C_CODATA])

pc_keV = math.sqrt(50 ** 2 + 2 * 50 * mec2_keV)
lde = hc_eVnm / (pc_keV * 1000) * 1000
add(F, "In a transmission electron microscope, electrons are accelerated from rest through 50 kV. Using relativistic "
       "mechanics, what is their de Broglie wavelength, in pm?",
    {"accelerating voltage": "50 kV"},
    "de Broglie wavelength", "pm", lde, laws=2,
    solution=f"pc = sqrt(K^2 + 2K mc^2) = {pc_keV:.5g} keV; lambda = hc/(pc) = {lde:.4g} pm.",
    assumptions=[C_CODATA])

dtg = 0.5 * (3870 / c) ** 2 * 24 * 3600 * 1e6
add(F, "A GPS satellite moves at 3.87 km/s relative to the ground. Considering only special-relativistic time dilation, "
       "by how much does its clock fall behind a ground clock in 24 hours, in µs?",
    {"speed of the satellite": "3.87 km/s", "time interval": "24 h"},
    "time lag of the satellite clock", "us", dtg, laws=1,
    solution=f"For v << c, dt = (v^2/2c^2) t = 0.5 x (3870/c)^2 x 86400 s = {dtg:.4g} us.",
    assumptions=[C_CODATA, "gravitational effects ignored", "ground clock treated as inertial"])

Esc = 80 / (1 + 80 / mec2_keV * (1 - math.cos(math.radians(90))))
add(F, "An 80 keV X-ray photon from a diagnostic tube Compton-scatters off a free electron in tissue through 90°. What "
       "is the energy of the scattered photon, in keV?",
    {"photon energy": "80 keV", "scattering angle": "90 degree"},
    "energy of the scattered photon", "keV", Esc, laws=1,
    solution=f"E' = E/(1 + (E/mc^2)(1 - cos 90 deg)) = 80/(1 + 80/511.0) = {Esc:.4g} keV.",
    assumptions=[C_CODATA, "electron initially free and at rest"])

add(F, "Ultraviolet light in the upper atmosphere can split oxygen molecules, whose bond energy is 5.15 eV. What is the "
       "longest wavelength that can do this, in nm?",
    {"bond energy": "5.15 eV"},
    "longest wavelength that splits O2", "nm", hc_eVnm / 5.15, laws=1,
    solution=f"lambda = hc/E = 1239.84/5.15 = {hc_eVnm/5.15:.4g} nm.",
    assumptions=[C_CODATA, "one photon per molecule"])

gam = 1 / math.sqrt(1 - 0.995 ** 2)
dmu = gam * 0.995 * c * 1.56e-6
add(F, "Cosmic rays striking the atmosphere about 15 km up create muons moving at 0.995c. The muon half-life at rest is "
       "1.56 µs. How far does a muon travel, in the Earth's frame, during one of its half-lives?",
    {"height of muon production": "15 km", "speed as a fraction of c": "0.995", "half-life at rest": "1.56 us"},
    "distance travelled in one half-life", "m", dmu, laws=2, irrelevant=["height of muon production"],
    solution=f"gamma = 1/sqrt(1 - 0.995^2) = {gam:.4g}; dilated half-life {gam*1.56:.4g} us; distance = "
             f"{dmu:.4g} m.",
    assumptions=[C_CODATA, "constant speed"])

lw = b_wien / (37 + T0) * 1e6
add(F, "An infrared ear thermometer detects the thermal radiation from the eardrum at 37 °C. At what wavelength does "
       "this blackbody radiation peak, in µm?",
    {"temperature of the eardrum": "37 degC"},
    "peak wavelength", "um", lw, laws=1,
    solution=f"Wien: lambda = b/T = 2.8978e-3/310.15 = {lw:.4g} um.",
    assumptions=[C_CODATA, "blackbody emission"])

add(F, "A dental X-ray tube has a tube current of 4.0 mA. What is the shortest wavelength of the X-rays it produces?",
    {"tube current": "4.0 mA"},
    "shortest X-ray wavelength", "pm", outcome="not derivable", laws=2,
    solution="lambda_min = hc/(eV) needs the accelerating voltage, which is not given; the current does not set it.",
    assumptions=[])

add(F, "A space probe moves at 4.5×10⁸ m/s relative to Earth. By what factor do its clocks run slow as seen from Earth?",
    {"speed of the probe": "4.5e8 m/s"},
    "time dilation factor", "dimensionless", outcome="ill-posed", laws=1,
    solution="4.5e8 m/s exceeds the speed of light, so gamma would be imaginary: the data are unphysical.",
    assumptions=[C_CODATA])

gk = 1 + 1.0 / (mec2_keV / 1000)
gt = 1.0 / (mec2_keV / 1000)
vk = c * math.sqrt(1 - 1 / gk ** 2)
vt = c * math.sqrt(1 - 1 / gt ** 2)
add(F, "A radiotherapy linear accelerator produces electrons with an energy of 1.0 MeV. What is their speed?",
    {"electron energy": "1.0 MeV"},
    "speed of the electrons", "m/s", outcome="ambiguous", laws=1,
    solution=f"If 1.0 MeV is kinetic energy: gamma = {gk:.4g}, v = {vk:.4g} m/s ({vk/c:.4g}c). If it is total energy: "
             f"gamma = {gt:.4g}, v = {vt:.4g} m/s ({vt/c:.4g}c).",
    assumptions=[C_CODATA, "electron rest energy 0.511 MeV"])

# =========================== NUCLEAR ===========================
F = "nuclear"

A1 = 300 * 2 ** (-3.0 / 5.27)
add(F, "A cobalt-60 teletherapy source has an activity of 300 TBq when installed. Cobalt-60 has a half-life of 5.27 "
       "years and emits gamma rays averaging 1.25 MeV. What is its activity 3.0 years later?",
    {"initial activity": "300 TBq", "half-life": "5.27 year", "gamma-ray energy": "1.25 MeV", "elapsed time": "3.0 year"},
    "activity after 3.0 years", "TBq", A1, laws=1, irrelevant=["gamma-ray energy"],
    solution=f"A = 300 x 2^(-3.0/5.27) = {A1:.4g} TBq.",
    assumptions=["exponential decay"])

A2 = 800 * 2 ** (-3.5 / 6.01)
add(F, "A dose of technetium-99m (half-life 6.01 h) has an activity of 800 MBq when prepared and is injected into a "
       "patient 210 minutes later. What is its activity at injection?",
    {"half-life": "6.01 h", "activity when prepared": "800 MBq", "time until injection": "210 min"},
    "activity at injection", "MBq", A2, laws=1,
    solution=f"A = 800 x 2^(-3.5/6.01) = {A2:.4g} MBq.",
    assumptions=["exponential decay"])

Nabs = 2.0 * 0.25 / (6.0e6 * e)
add(F, "A tumour of mass 0.25 kg receives an absorbed dose of 2.0 Gy from a photon beam. If each absorbed photon "
       "deposits on average 6.0 MeV in the tumour, how many photons are absorbed?",
    {"mass of the tumour": "0.25 kg", "absorbed dose": "2.0 Gy", "energy deposited per photon": "6.0 MeV"},
    "number of photons absorbed", "dimensionless", Nabs, laws=2,
    solution=f"Energy = dose x mass = 2.0 x 0.25 = 0.50 J; N = 0.50/(6.0e6 x 1.602e-19 J) = {Nabs:.4g}.",
    assumptions=[C_CODATA])

BE = (2 * 1.007825 + 2 * 1.008665 - 4.002602) * u_MeV
add(F, "Using atomic masses of 4.002602 u for helium-4, 1.007825 u for hydrogen-1 and 1.008665 u for the neutron, find "
       "the binding energy of the helium-4 nucleus formed by fusion in the Sun, in MeV.",
    {"atomic mass of helium-4": "4.002602 u", "atomic mass of hydrogen-1": "1.007825 u", "mass of the neutron": "1.008665 u"},
    "binding energy of helium-4", "MeV", BE, laws=1,
    solution=f"Mass defect = 2(1.007825) + 2(1.008665) - 4.002602 = {2*1.007825+2*1.008665-4.002602:.6f} u; "
             f"x 931.494 MeV/u = {BE:.4g} MeV.",
    assumptions=[C_CODATA, "electron masses cancel using atomic masses"])

Pe = 2400 * 0.060 * 2 ** (-20 / 87.7)
add(F, "A space probe's radioisotope generator produces 2400 W of heat at launch from plutonium-238 (half-life 87.7 "
       "years) and converts heat to electricity with 6.0% efficiency. What electrical power does it provide 20 years "
       "after launch?",
    {"thermal power at launch": "2400 W", "half-life": "87.7 year", "conversion efficiency": "6.0 percent",
     "time after launch": "20 year"},
    "electrical power after 20 years", "W", Pe, laws=2,
    solution=f"Thermal power = 2400 x 2^(-20/87.7) = {2400*2**(-20/87.7):.4g} W; electrical = 6.0% of that = {Pe:.4g} W.",
    assumptions=["constant conversion efficiency (thermocouple ageing ignored)"])

rate = 3000e6 / (200e6 * e)
mday = rate * 86400 / NA * 0.235
add(F, "A nuclear power station's reactor produces 3000 MW of thermal power, and the station's overall efficiency is "
       "33%. Each uranium-235 fission releases 200 MeV. What mass of U-235 (molar mass 235 g/mol) undergoes fission "
       "per day?",
    {"thermal power": "3000 MW", "overall efficiency": "33 percent", "energy per fission": "200 MeV",
     "molar mass of U-235": "235 g/mol"},
    "mass of U-235 fissioned per day", "kg", mday, laws=3, irrelevant=["overall efficiency"],
    solution=f"Fissions/s = 3.0e9/(200 MeV = 3.204e-11 J) = {rate:.4g}; per day {rate*86400:.4g}; "
             f"mass = {rate*86400/NA:.4g} mol x 0.235 kg/mol = {mday:.4g} kg.",
    assumptions=[C_CODATA, "all thermal power from U-235 fission"])

age = 4.47e9 * math.log2(1 / 0.850)
add(F, "A granite sample contains 85.0% of the uranium-238 it had when it crystallised. With a half-life of 4.47 billion "
       "years for U-238, how old is the rock?",
    {"fraction of U-238 remaining": "85.0 percent", "half-life of U-238": "4.47e9 year"},
    "age of the rock", "year", age, laws=1,
    solution=f"t = T_half x log2(1/0.850) = 4.47e9 x {math.log2(1/0.85):.4g} = {age:.4g} years.",
    assumptions=["closed system since crystallisation"])

xPb = 1.2 * math.log2(1 / 0.050)
add(F, "In a radiotherapy bunker the half-value layer of lead for 1.25 MeV gamma rays is 1.2 cm. What lead thickness "
       "reduces the beam intensity to 5.0% of its unshielded value?",
    {"gamma-ray energy": "1.25 MeV", "half-value layer": "1.2 cm", "transmitted fraction": "5.0 percent"},
    "thickness of lead needed", "cm", xPb, laws=1, irrelevant=["gamma-ray energy"],
    solution=f"x = HVL x log2(1/0.050) = 1.2 x {math.log2(20):.4g} = {xPb:.4g} cm.",
    assumptions=["narrow-beam exponential attenuation (no build-up)"])

Ka = 5.590 * 218 / 222
add(F, "A radon-222 nucleus at rest in a basement decays by alpha emission, releasing 5.590 MeV. Using mass numbers 218 "
       "for the polonium daughter and 4 for the alpha particle, what is the alpha particle's kinetic energy, in MeV?",
    {"decay energy": "5.590 MeV", "mass number of the daughter": "218", "mass number of the alpha particle": "4"},
    "kinetic energy of the alpha particle", "MeV", Ka, laws=2,
    solution=f"Momentum conservation shares Q inversely to mass: K_alpha = Q x 218/(218+4) = {Ka:.4g} MeV.",
    assumptions=["non-relativistic", "masses proportional to mass numbers"])

Nra = 1.0e-6 / 226 * NA
Ara = math.log(2) / (1600 * YEAR) * Nra
add(F, "What is the activity of 1.0 µg of radium-226 (half-life 1600 years, molar mass 226 g/mol), in Bq?",
    {"mass of radium": "1.0 ug", "half-life": "1600 year", "molar mass": "226 g/mol"},
    "activity of the sample", "Bq", Ara, laws=2,
    solution=f"N = 1.0e-6/226 x NA = {Nra:.4g}; lambda = ln2/(1600 yr) = {math.log(2)/(1600*YEAR):.4g} /s; "
             f"A = lambda N = {Ara:.4g} Bq.",
    assumptions=[C_CODATA, "1 year = 365.25 days"])

mdot = 3.828e26 / c ** 2
add(F, "The Sun radiates 3.828×10²⁶ W, powered by nuclear fusion. At what rate is its mass being converted into "
       "radiated energy, in kg/s?",
    {"luminosity of the Sun": "3.828e26 W"},
    "mass conversion rate", "kg/s", mdot, laws=1,
    solution=f"dm/dt = L/c^2 = 3.828e26/(2.998e8)^2 = {mdot:.4g} kg/s.",
    assumptions=[C_CODATA, "neutrino losses ignored"])

Qdt = (2.014102 + 3.016049 - 4.002602 - 1.008665) * u_MeV
add(F, "A proposed fusion rocket would use the deuterium-tritium reaction D + T -> He-4 + n. With atomic masses of "
       "2.014102 u (D), 3.016049 u (T), 4.002602 u (He-4) and 1.008665 u (neutron), how much energy does one reaction "
       "release, in MeV?",
    {"atomic mass of deuterium": "2.014102 u", "atomic mass of tritium": "3.016049 u",
     "atomic mass of helium-4": "4.002602 u", "mass of the neutron": "1.008665 u"},
    "energy released per reaction", "MeV", Qdt, laws=1,
    solution=f"Mass defect = {2.014102+3.016049-4.002602-1.008665:.6f} u; Q = x 931.494 MeV/u = {Qdt:.4g} MeV.",
    assumptions=[C_CODATA, "electron masses cancel"])

add(F, "A sealed source used in radiotherapy has an activity of 150 GBq today. What will its activity be in 2.0 years?",
    {"activity today": "150 GBq", "elapsed time": "2.0 year"},
    "activity after 2.0 years", "GBq", outcome="not derivable", laws=1,
    solution="The decay law needs the half-life, but neither the isotope nor its half-life is given.",
    assumptions=["exponential decay"])

add(F, "Analysis of a volcanic rock shows that it now contains 125% of the potassium-40 it had when it solidified. "
       "Potassium-40 has a half-life of 1.25 billion years. How old is the rock?",
    {"fraction of K-40 remaining": "125 percent", "half-life of K-40": "1.25e9 year"},
    "age of the rock", "year", outcome="ill-posed", laws=1,
    solution="Radioactive decay can only reduce the amount of K-40; a remaining fraction above 100% gives a negative "
             "age, so the data are unphysical.",
    assumptions=["closed system"])

f_half = 2 ** (-20 / 8.0)
f_mean = math.exp(-20 / 8.0)
add(F, "A tracer isotope for a thyroid scan has a lifetime of 8.0 days. What fraction of its initial activity remains "
       "after 20 days?",
    {"lifetime": "8.0 day", "elapsed time": "20 day"},
    "fraction of initial activity remaining", "dimensionless", outcome="ambiguous", laws=1,
    solution=f"If 'lifetime' means half-life: 2^(-20/8.0) = {f_half:.4g}. If it means mean life tau: e^(-20/8.0) = "
             f"{f_mean:.4g}.",
    assumptions=["exponential decay", "biological elimination ignored"])

# =========================== ASTRO ===========================
F = "astro"

ME = 5.972e24
r1 = 6371e3 + 400e3
vo = math.sqrt(G * ME / r1) / 1000
add(F, "A space station orbits 400 km above Earth's surface. Using Earth's mass 5.972×10²⁴ kg and radius 6371 km, what "
       "is its orbital speed, in km/s?",
    {"altitude": "400 km", "mass of Earth": "5.972e24 kg", "radius of Earth": "6371 km"},
    "orbital speed", "km/s", vo, laws=2,
    solution=f"Gravity provides the centripetal force: v = sqrt(GM/r), r = 6771 km, v = {vo:.4g} km/s.",
    assumptions=[C_CODATA, "circular orbit"])

add(F, "A space probe orbits the Sun on an elliptical path with a semi-major axis of 1.5 AU. What is its orbital "
       "period, in years?",
    {"semi-major axis": "1.5 au"},
    "orbital period", "year", 1.5 ** 1.5, laws=1,
    solution=f"Kepler's third law in Earth units: T = a^(3/2) = 1.5^1.5 = {1.5**1.5:.4g} years.",
    assumptions=["Earth: 1 AU, 1 year", "probe mass negligible"])

vesc = math.sqrt(2 * G * 6.42e23 / 3390e3) / 1000
add(F, "Mars has a mass of 6.42×10²³ kg, a radius of 3390 km and a day of 24.6 h. What is the escape speed from its "
       "surface, in km/s?",
    {"mass of Mars": "6.42e23 kg", "radius of Mars": "3390 km", "length of a Martian day": "24.6 h"},
    "escape speed", "km/s", vesc, laws=1, irrelevant=["length of a Martian day"],
    solution=f"v = sqrt(2GM/R) = sqrt(2 x 6.674e-11 x 6.42e23/3.39e6) = {vesc:.4g} km/s.",
    assumptions=[C_CODATA, "no atmosphere, rotation ignored"])

tv = 160 * AU / c / 3600
add(F, "The Voyager 1 probe, of mass 722 kg, was at one point about 160 AU from Earth. How long did its radio signals "
       "take to reach Earth, in hours?",
    {"mass of the probe": "722 kg", "distance from Earth": "160 au"},
    "signal travel time", "h", tv, laws=1, irrelevant=["mass of the probe"],
    solution=f"t = d/c = 160 x 1.496e11/2.998e8 = {tv*3600:.5g} s = {tv:.4g} h.",
    assumptions=[C_CODATA, "1 AU = 1.495978707e11 m"])

Rs = 2.0 * 6.957e8
Lst = 4 * math.pi * Rs ** 2 * sigma * 8000 ** 4
add(F, "A star has a radius of 2.0 solar radii (one solar radius is 6.957×10⁸ m) and a surface temperature of 8000 K. "
       "Treating it as a blackbody, what is its luminosity, in W?",
    {"radius in solar radii": "2.0", "solar radius": "6.957e8 m", "surface temperature": "8000 K"},
    "luminosity of the star", "W", Lst, laws=1,
    solution=f"L = 4 pi R^2 sigma T^4 with R = 1.3914e9 m: L = {Lst:.4g} W.",
    assumptions=[C_CODATA, "spherical blackbody"])

dly = (1 / 0.25) * PC / LY
add(F, "A star has a measured parallax of 0.25 arcseconds. How far away is it, in light-years?",
    {"parallax": "0.25 arcsec"},
    "distance to the star", "ly", dly, laws=1,
    solution=f"d = 1/p = 4.0 pc = 4.0 x 3.2616 ly = {dly:.4g} ly.",
    assumptions=["1 pc = 3.0857e16 m, 1 ly = 9.4607e15 m"])

Tst = b_wien / 290e-9
add(F, "The spectrum of a hot star peaks at 290 nm. Treating the star as a blackbody, what is its surface temperature?",
    {"peak wavelength": "290 nm"},
    "surface temperature", "K", Tst, laws=1,
    solution=f"Wien: T = b/lambda = 2.8978e-3/290e-9 = {Tst:.5g} K.",
    assumptions=[C_CODATA])

dMpc = c / 1000 * 0.015 / 70
add(F, "A galaxy's spectral lines show a redshift z = 0.015. Using v ≈ cz and a Hubble constant of 70 km/s per "
       "megaparsec, how far away is the galaxy, in Mpc?",
    {"redshift": "0.015", "Hubble constant": "70 km/s/Mpc"},
    "distance to the galaxy", "Mpc", dMpc, laws=2,
    solution=f"v = cz = {c/1000*0.015:.5g} km/s; d = v/H0 = {dMpc:.4g} Mpc.",
    assumptions=[C_CODATA, "low-redshift approximation v = cz"])

Tgeo = 23.934 * 3600
rgeo = (G * ME * Tgeo ** 2 / (4 * math.pi ** 2)) ** (1 / 3)
hgeo = (rgeo - 6378e3) / 1000
add(F, "A geostationary weather satellite orbits with a period of 23.934 h. Using Earth's mass 5.972×10²⁴ kg and "
       "equatorial radius 6378 km, how high above the equator is it, in km?",
    {"orbital period": "23.934 h", "mass of Earth": "5.972e24 kg", "equatorial radius of Earth": "6378 km"},
    "altitude of the satellite", "km", hgeo, laws=2,
    solution=f"GM/r^2 = omega^2 r gives r = (GM T^2/4pi^2)^(1/3) = {rgeo/1000:.5g} km; altitude = {hgeo:.5g} km.",
    assumptions=[C_CODATA, "circular equatorial orbit"])

hm = 0.50 * g / 1.62
add(F, "An 80 kg athlete can jump 0.50 m high on Earth. If she leaves the ground at the same speed on the Moon, where "
       "g = 1.62 m/s², how high does she rise?",
    {"mass of the athlete": "80 kg", "jump height on Earth": "0.50 m", "gravitational acceleration on the Moon": "1.62 m/s^2"},
    "jump height on the Moon", "m", hm, laws=1, irrelevant=["mass of the athlete"],
    solution=f"h = v^2/(2g) with the same v: h_Moon = 0.50 x 9.81/1.62 = {hm:.4g} m.",
    assumptions=[C_G, "same take-off speed", "no air on the Moon"])

tH = 0.5 * ((1.00 + 1.524) / 2) ** 1.5 * 365.25
add(F, "A probe is sent from Earth (orbit radius 1.00 AU) to Mars (orbit radius 1.524 AU) on a Hohmann transfer orbit, "
       "half of an ellipse touching both circular orbits. How long does the transfer take, in days?",
    {"orbit radius of Earth": "1.00 au", "orbit radius of Mars": "1.524 au"},
    "transfer time", "day", tH, laws=1,
    solution=f"Semi-major axis = 1.262 AU; period = 1.262^1.5 = {1.262**1.5:.4g} yr; half of it = {tH:.4g} days.",
    assumptions=["circular coplanar planetary orbits", "1 year = 365.25 days"])

Pj = 1361 / 5.2 ** 2 * 60 * 0.25
add(F, "A space probe at Jupiter, 5.2 AU from the Sun, has solar panels of total area 60 m² with 25% efficiency. The "
       "solar irradiance at 1 AU is 1361 W/m². What electrical power do the panels produce when facing the Sun?",
    {"distance from the Sun": "5.2 au", "area of the panels": "60 m^2", "panel efficiency": "25 percent",
     "reference distance": "1 au", "solar irradiance at 1 AU": "1361 W/m^2"},
    "electrical power from the panels", "W", Pj, laws=2,
    solution=f"Irradiance at 5.2 AU = 1361/5.2^2 = {1361/5.2**2:.4g} W/m^2; P = that x 60 x 0.25 = {Pj:.4g} W.",
    assumptions=["inverse-square law", "panels perpendicular to sunlight"])

add(F, "A space probe orbits a newly discovered exoplanet in a circular orbit of radius 8000 km with a period of 2.5 h. "
       "What is the gravitational acceleration at the planet's surface?",
    {"orbit radius": "8000 km", "orbital period": "2.5 h"},
    "surface gravitational acceleration", "m/s^2", outcome="not derivable", laws=2,
    solution="Kepler's law gives the planet's GM, but the surface gravity GM/R^2 needs the planet's radius, which is "
             "not given.",
    assumptions=["circular orbit"])

add(F, "A star has a surface temperature of 5200 K. What is its total luminosity?",
    {"surface temperature": "5200 K"},
    "luminosity of the star", "W", outcome="not derivable", laws=1,
    solution="L = 4 pi R^2 sigma T^4 needs the star's radius, which is not given.",
    assumptions=["blackbody"])

add(F, "A probe near Saturn, 9.5 AU from Earth, sends a radio signal that reaches Earth 20 minutes later. At what "
       "speed did the signal travel?",
    {"distance from Earth": "9.5 au", "travel time": "20 min"},
    "speed of the signal", "m/s", outcome="ill-posed", laws=1,
    solution="The implied speed is 9.5 x 1.496e11 m/1200 s = 1.18e9 m/s, about 4c; radio waves travel at c "
             "(light takes about 79 min), so the data are unphysical.",
    assumptions=[C_CODATA])

# ---------------- finalize ----------------
assert len(Q) == 150, len(Q)
for i, q in enumerate(Q, 1):
    q_ordered = {"id": f"q10o-{i:03d}"}
    q_ordered.update(q)
    Q[i - 1] = q_ordered

with open("/work/blind/q10o/batch_o.json", "w") as fh:
    json.dump(Q, fh, indent=1, ensure_ascii=False)

print(Counter(q["outcome"] for q in Q))
print(Counter(q["field"] for q in Q))
