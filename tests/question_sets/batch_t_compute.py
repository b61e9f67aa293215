#!/usr/bin/env python3
"""Blind physics question batch q10t: computes every expected value and writes batch_t.json.

Standard library only. Constants: CODATA 2018 (exact SI values where defined).
Run:  python3 batch_t_compute.py
"""
import json
import math
import os
import random

# ---------------- CODATA 2018 constants ----------------
c = 299792458.0                 # m/s
h = 6.62607015e-34              # J s
e = 1.602176634e-19             # C
kB = 1.380649e-23               # J/K
NA = 6.02214076e23              # 1/mol
G = 6.67430e-11                 # m^3/(kg s^2)
me = 9.1093837015e-31           # kg
mp = 1.67262192369e-27          # kg
mn = 1.67492749804e-27          # kg
u = 1.66053906660e-27           # kg
u_MeV = 931.49410242            # MeV per u
me_MeV = 0.51099895000          # MeV
mp_MeV = 938.27208816           # MeV
mmu_MeV = 105.6583755           # MeV
eps0 = 8.8541878128e-12         # F/m
mu0 = 1.25663706212e-6          # N/A^2
sigma = 5.670374419e-8          # W/(m^2 K^4)
Rgas = 8.314462618              # J/(mol K)
b_wien = 2.897771955e-3         # m K
Rinf = 10973731.568160          # 1/m
gp_2pi = 42.577478518e6         # Hz/T, free-proton gyromagnetic ratio / 2 pi (CODATA 2018)
k_e = 1.0 / (4.0 * math.pi * eps0)

# ---------------- conventional values ----------------
g = 9.81                        # m/s^2
atm = 101325.0                  # Pa
mmHg = 133.322387415            # Pa
psi = 6894.757293168            # Pa
cal = 4.184                     # J (thermochemical calorie)
au = 1.495978707e11             # m (IAU 2012, exact)
ly = 9.4607304725808e15         # m (Julian year light-year)
pc = au * 648000.0 / math.pi    # m
Mpc = 1.0e6 * pc
year = 365.25 * 86400.0         # s (Julian year)
day = 86400.0
Ci = 3.7e10                     # Bq
hc_eVnm = h * c / e * 1e9       # eV nm
c_water = 4186.0                # J/(kg K)
M_earth = 5.972e24              # kg
R_earth = 6.371e6               # m (mean)
M_sun = 1.98847e30              # kg

ITEMS = []


def sig6(x):
    return float(f"{x:.6g}")


def add(field, text, given, find, unit, expected=None, outcome="value", laws=1,
        irrelevant=None, solution="", assumptions=None, rel_tol=0.01):
    ITEMS.append({
        "field": field, "text": text, "given": given, "find": find, "unit": unit,
        "expected": None if outcome != "value" else sig6(expected),
        "outcome": outcome, "rel_tol": rel_tol, "laws": laws,
        "irrelevant": list(irrelevant or []), "solution": solution,
        "assumptions": list(assumptions or []),
    })

# =====================================================================
# MECHANICS
# =====================================================================
F = "mechanics"
G0 = ["g = 9.81 m/s^2"]

# M1 airport conveyor incline (distractor: belt speed)
m, th = 23.0, 15.0
f = m * g * math.sin(math.radians(th))
add(F, "A 23 kg suitcase rides up an airport baggage conveyor belt that is inclined at 15° above the horizontal. "
       "The belt moves at a steady 0.50 m/s and the suitcase does not slip. How large is the friction force that the belt exerts on the suitcase?",
    {"mass of the suitcase": "23 kg", "incline angle above the horizontal": "15 degree", "belt speed": "0.5 m/s"},
    "friction force on the suitcase", "N", f, laws=1, irrelevant=["belt speed"],
    solution=f"Constant velocity, so static friction balances the weight component along the belt: f = m g sin 15° = {f:.4g} N. The belt speed plays no role.",
    assumptions=G0 + ["belt runs at constant speed"])

# M2 trampoline effective spring constant
m, hdrop, x = 55.0, 1.8, 0.45
k = 2 * m * g * (hdrop + x) / x**2
add(F, "A 55 kg teenager steps off a platform at a trampoline park and falls from rest onto the bed, which is 1.8 m below her starting point. "
       "At the lowest point she is momentarily at rest with the bed pushed 0.45 m below its resting level. Treating the bed as an ideal spring and ignoring air resistance, estimate the bed's effective spring constant.",
    {"mass of the teenager": "55 kg", "height of fall above the resting bed": "1.8 m", "maximum depression of the bed": "0.45 m"},
    "effective spring constant of the bed", "N/m", k, laws=2,
    solution=f"Energy conservation from start to lowest point: m g (h + x) = ½ k x², so k = 2·55·9.81·(1.8+0.45)/0.45² = {k:.4g} N/m.",
    assumptions=G0 + ["bed behaves as an ideal linear spring", "no air resistance or energy loss"])

# M3 rowing eight average propulsive force
m, v, t, drag = 960.0, 4.5, 12.0, 150.0
Fp = m * v / t + drag
add(F, "A rowing eight, boat plus crew totalling 960 kg, starts from rest and reaches 4.5 m/s after 12 s with roughly uniform acceleration. "
       "If water and air resistance average 150 N over this time, what average forward force must the oars provide?",
    {"mass of boat and crew": "960 kg", "final speed": "4.5 m/s", "time to reach that speed": "12 s", "average resistive force": "150 N"},
    "average propulsive force", "N", Fp, laws=2,
    solution=f"a = 4.5/12 = {v/t:.4g} m/s²; Newton's second law: F − 150 N = m a, so F = 960·0.375 + 150 = {Fp:.4g} N.",
    assumptions=["uniform acceleration"])

# M4 car wash brush centripetal acceleration
rpm, r = 180.0, 0.35
w = rpm * 2 * math.pi / 60
a = w**2 * r
add(F, "A car wash's rotating brush has a radius of 35 cm and spins at 180 rpm. What is the centripetal acceleration of the bristle tips?",
    {"radius of the brush": "35 cm", "rotation rate": "180 rpm"},
    "centripetal acceleration of the bristle tips", "m/s^2", a, laws=1,
    solution=f"ω = 180·2π/60 = {w:.4g} rad/s; a = ω² r = {a:.4g} m/s².",
    assumptions=["bristle tips move in a circle of radius 35 cm"])

# M5 space station astronaut push-off
m, d, t, tp = 78.0, 6.0, 4.0, 0.5
v = d / t
Favg = m * v / tp
add(F, "Inside the space station, a 78 kg astronaut pushes off one wall and then drifts at constant speed, covering the 6.0 m to the opposite wall in 4.0 s. "
       "If her push lasted 0.50 s, what average force did the wall exert on her?",
    {"mass of the astronaut": "78 kg", "distance drifted": "6.0 m", "drift time": "4.0 s", "duration of the push": "0.50 s"},
    "average force from the wall", "N", Favg, laws=2,
    solution=f"Drift speed v = 6.0/4.0 = {v:.4g} m/s. Impulse–momentum: F Δt = m v, so F = 78·1.5/0.50 = {Favg:.4g} N.",
    assumptions=["starts from rest relative to the station", "no other forces during the drift"])

# M6 dam crane lifting a gate, motor efficiency
m, hh, t, eta = 12000.0, 8.0, 40.0, 0.80
Pin = m * g * hh / t / eta
add(F, "At a hydroelectric dam, a crane raises a 12-tonne steel gate 8.0 m at constant speed in 40 s. The crane's electric motor and gearing are 80% efficient. "
       "What electrical power does the motor draw while lifting?",
    {"mass of the gate": "12 tonne", "height raised": "8.0 m", "lifting time": "40 s", "efficiency of motor and gearing": "80 percent"},
    "electrical power drawn by the motor", "kW", Pin / 1000, laws=2,
    solution=f"Useful power = m g h / t = 12000·9.81·8/40 = {m*g*hh/t/1000:.4g} kW; input = useful/0.80 = {Pin/1000:.4g} kW.",
    assumptions=G0 + ["constant speed, so no kinetic energy change"])

# M7 camping food bag on a sagging rope
m, span, sag = 4.0, 8.0, 0.50
s = sag / math.hypot(span / 2, sag)
T = m * g / (2 * s)
add(F, "To keep food away from bears, a camper hangs a 4.0 kg food bag from the midpoint of a rope tied between two trees 8.0 m apart, at the same height. "
       "The midpoint of the rope sags 0.50 m below the tie points. What is the tension in the rope?",
    {"mass of the food bag": "4.0 kg", "distance between the trees": "8.0 m", "sag of the rope at the middle": "0.50 m"},
    "tension in the rope", "N", T, laws=1,
    solution=f"Each half of the rope makes angle θ below horizontal with sin θ = 0.5/√(4²+0.5²) = {s:.4g}. Vertical equilibrium: 2T sin θ = m g → T = {T:.4g} N.",
    assumptions=G0 + ["massless rope", "bag hangs exactly at the midpoint"])

# M8 theatre fly system (Atwood machine)
ma, mc, hh = 70.0, 85.0, 3.0
a = (mc - ma) / (ma + mc) * g
t = math.sqrt(2 * hh / a)
add(F, "In a theatre, a 70 kg actor is 'flown' upward by a rope that runs over a pulley in the fly tower to an 85 kg counterweight. "
       "Both start from rest. Treating the pulley as frictionless and the rope as light, how long does it take the actor to rise 3.0 m?",
    {"mass of the actor": "70 kg", "mass of the counterweight": "85 kg", "height risen": "3.0 m"},
    "time to rise", "s", t, laws=2,
    solution=f"Atwood machine: a = (85−70)/(85+70)·g = {a:.4g} m/s². From rest, h = ½ a t² → t = √(2·3.0/a) = {t:.4g} s.",
    assumptions=G0 + ["massless inextensible rope", "massless frictionless pulley"])

# M9 zoo kangaroo jump range (distractor: mass)
v, th = 8.0, 40.0
R = v**2 * math.sin(math.radians(2 * th)) / g
add(F, "A 45 kg red kangaroo at the zoo leaves the ground at 8.0 m/s at an angle of 40° above the horizontal. Ignoring air resistance, how far horizontally does it travel before landing on level ground?",
    {"mass of the kangaroo": "45 kg", "take-off speed": "8.0 m/s", "take-off angle above the horizontal": "40 degree"},
    "horizontal distance of the jump", "m", R, laws=1, irrelevant=["mass of the kangaroo"],
    solution=f"Level-ground range R = v² sin(2θ)/g = 64·sin 80°/9.81 = {R:.4g} m. Mass does not matter.",
    assumptions=G0 + ["no air resistance", "take-off and landing at the same height", "kangaroo treated as a point"])

# M10 kitchen pan sliding to rest (distractor: mass)
v, d = 1.2, 0.90
mu = v**2 / (2 * g * d)
add(F, "A cook gives a 2.0 kg cast-iron pan a shove along a level kitchen counter. It leaves her hand at 1.2 m/s and slides 0.90 m before stopping. "
       "What is the coefficient of kinetic friction between the pan and the counter?",
    {"mass of the pan": "2.0 kg", "initial speed of the pan": "1.2 m/s", "sliding distance": "0.90 m"},
    "coefficient of kinetic friction", "dimensionless", mu, laws=2, irrelevant=["mass of the pan"],
    solution=f"Deceleration a = v²/(2d) = {v**2/(2*d):.4g} m/s²; friction gives a = μ g, so μ = {mu:.4g}. The mass cancels.",
    assumptions=G0 + ["constant kinetic friction"])

# M11 satellite dish arm torque
md, L, marm = 15.0, 0.80, 3.0
tau = g * (md * L + marm * L / 2)
add(F, "A satellite dish installer mounts a 15 kg dish at the end of a horizontal 0.80 m steel arm bolted to a wall. The arm itself is uniform and has a mass of 3.0 kg. "
       "What torque do the dish and arm exert about the wall bolt?",
    {"mass of the dish": "15 kg", "length of the arm": "0.80 m", "mass of the arm": "3.0 kg"},
    "torque about the wall bolt", "N*m", tau, laws=1,
    solution=f"τ = g (m_dish·L + m_arm·L/2) = 9.81·(15·0.80 + 3.0·0.40) = {tau:.4g} N·m.",
    assumptions=G0 + ["dish's centre of mass at the end of the arm", "arm is horizontal"])

# M12 coffee shop mug elastic collision
m1, m2, v = 0.30, 0.20, 2.0
v2 = 2 * m1 / (m1 + m2) * v
add(F, "On a wet, nearly frictionless bar top in a coffee shop, a 0.30 kg mug sliding at 2.0 m/s strikes a 0.20 kg mug at rest head-on. "
       "If the collision is perfectly elastic, how fast does the lighter mug move off?",
    {"mass of the sliding mug": "0.30 kg", "speed of the sliding mug": "2.0 m/s", "mass of the mug at rest": "0.20 kg"},
    "speed of the lighter mug after the collision", "m/s", v2, laws=2,
    solution=f"Momentum and kinetic energy conservation in 1-D: v2' = 2 m1 v/(m1+m2) = 2·0.30·2.0/0.50 = {v2:.4g} m/s.",
    assumptions=["head-on elastic collision", "friction negligible during the collision"])

# M13 not derivable: trampoline peak force (no mass, no bed deflection)
add(F, "A child bouncing on a trampoline rises to 2.4 m above the bed on every bounce. What is the maximum force the trampoline bed exerts on the child?",
    {"maximum height above the bed": "2.4 m"},
    "maximum force exerted by the bed", "N", None, outcome="not derivable", laws=2,
    solution="The force depends on the child's mass and on how far the bed stretches (or its stiffness); neither is given, so the force cannot be found.",
    assumptions=G0)

# M14 ill-posed: unpowered chute exit speed exceeds energy limit
m, hh, v = 20.0, 2.0, 9.0
vmax = math.sqrt(2 * g * hh)
add(F, "At the airport, a 20 kg suitcase is released from rest at the top of an unpowered baggage chute whose bottom is 2.0 m lower than its top. "
       "A ground agent measures the suitcase leaving the bottom at 9.0 m/s. How much thermal energy did friction generate along the chute?",
    {"mass of the suitcase": "20 kg", "vertical drop of the chute": "2.0 m", "speed at the bottom": "9.0 m/s"},
    "thermal energy generated by friction", "J", None, outcome="ill-posed", laws=2,
    solution=f"With no motor the largest possible exit speed is √(2gh) = {vmax:.3g} m/s, so 9.0 m/s is impossible; energy balance would give a negative friction loss (m g h − ½ m v² = {m*g*hh - 0.5*m*v**2:.4g} J).",
    assumptions=G0)

# M15 ambiguous: strap angle reference not stated
m, T, th = 25.0, 120.0, 35.0
a_h = T * math.cos(math.radians(th)) / m
a_v = T * math.sin(math.radians(th)) / m
add(F, "A satellite dish installer drags a 25 kg crate of mounting hardware across a smooth, level warehouse floor using a strap. The strap tension is 120 N and the strap is held at 35°. "
       "Ignoring friction, what is the crate's acceleration?",
    {"mass of the crate": "25 kg", "tension in the strap": "120 N", "angle of the strap": "35 degree"},
    "acceleration of the crate", "m/s^2", None, outcome="ambiguous", laws=1,
    solution=f"If 35° is measured from the horizontal, a = 120 cos35°/25 = {a_h:.4g} m/s²; if from the vertical, a = 120 sin35°/25 = {a_v:.4g} m/s². The reference is not stated.",
    assumptions=["frictionless floor", "crate stays on the floor"])

# =====================================================================
# THERMODYNAMICS
# =====================================================================
F = "thermodynamics"
CW = ["specific heat of water 4186 J/(kg K)", "density of water 1.00 kg/L"]

# T1 kitchen kettle time
V, T1, T2, P, eta = 1.5, 18.0, 100.0, 2200.0, 0.90
Q = V * c_water * (T2 - T1)
t = Q / (eta * P)
add(F, "An electric kettle rated at 2.2 kW is filled with 1.5 L of tap water at 18 °C. If 90% of the electrical energy ends up in the water, how long does it take to bring the water to 100 °C?",
    {"kettle power rating": "2.2 kW", "volume of water": "1.5 L", "initial water temperature": "18 degC", "final water temperature": "100 degC", "fraction of energy reaching the water": "90 percent"},
    "heating time", "min", t / 60, laws=2,
    solution=f"Q = m c ΔT = 1.5·4186·82 = {Q:.4g} J; useful power 0.9·2200 = 1980 W; t = Q/P = {t:.4g} s = {t/60:.4g} min.",
    assumptions=CW + ["no water boils away before reaching 100 °C"])

# T2 coffee shop mixing coffee and milk
Vc, Tc, Vm, Tm = 200.0, 85.0, 50.0, 5.0
Tf = (Vc * Tc + Vm * Tm) / (Vc + Vm)
add(F, "A barista pours 50 mL of cold milk at 5 °C into 200 mL of freshly brewed coffee at 85 °C. Treating both liquids as water and ignoring heat exchange with the cup and the air, what is the final temperature?",
    {"volume of coffee": "200 mL", "coffee temperature": "85 degC", "volume of milk": "50 mL", "milk temperature": "5 degC"},
    "final temperature of the drink", "degC", Tf, laws=1,
    solution=f"Heat lost = heat gained with equal specific heats and densities: T = (200·85 + 50·5)/250 = {Tf:.4g} °C.",
    assumptions=["coffee and milk have the density and specific heat of water", "no heat loss to cup or air"])

# T3 camping: melting snow on a stove
m, Ti, Tf2, Pst, eta = 2.0, -10.0, 20.0, 3.0e3, 0.50
c_ice, Lf = 2100.0, 3.34e5
Q = m * (c_ice * (0 - Ti) + Lf + c_water * Tf2)
t = Q / (eta * Pst)
add(F, "On a winter camping trip you need drinking water, so you put 2.0 kg of snow at −10 °C into a pot on a camp stove. The stove burns fuel at a rate of 3.0 kW, but only half of that reaches the pot. "
       "How long does it take to turn the snow into water at 20 °C?",
    {"mass of snow": "2.0 kg", "initial snow temperature": "-10 degC", "final water temperature": "20 degC", "stove heat output": "3.0 kW", "fraction of heat reaching the pot": "50 percent"},
    "time needed", "min", t / 60, laws=3,
    solution=f"Q = m[c_ice·10 + L_f + c_w·20] = 2·(21000 + 334000 + 83720) = {Q:.4g} J; delivered power 1.5 kW; t = {t:.4g} s = {t/60:.4g} min.",
    assumptions=["specific heat of ice 2100 J/(kg K)", "latent heat of fusion of ice 334 kJ/kg", "specific heat of water 4186 J/(kg K)"])

# T4 MRI helium boil-off
P, L, rho = 0.80, 20.9e3, 125.0
mday = P * day / L
Vday = mday / rho * 1000
add(F, "The superconducting magnet in a hospital MRI room sits in a bath of liquid helium at 4.2 K. A heat leak of 0.80 W reaches the helium. "
       "The latent heat of vaporization of helium is 20.9 kJ/kg and liquid helium has a density of 125 kg/m³. How many litres of liquid helium boil off per day?",
    {"heat leak into the helium": "0.80 W", "latent heat of vaporization of helium": "20.9 kJ/kg", "density of liquid helium": "125 kg/m^3"},
    "volume of helium boiled off per day", "L", Vday, laws=2,
    solution=f"Energy per day = 0.80·86400 = {P*day:.4g} J → mass = E/L = {mday:.4g} kg → volume = m/ρ = {Vday:.4g} L.",
    assumptions=["all the leaked heat goes into vaporization", "one day = 86400 s"])

# T5 space station radiator area
P, T, em = 12.0e3, 280.0, 0.85
A = P / (em * sigma * T**4)
add(F, "A space station radiator panel runs at 280 K and has an emissivity of 0.85. It must radiate away 12 kW of waste heat into space. "
       "Ignoring any radiation it absorbs from the Sun or Earth, what radiating area is needed?",
    {"panel temperature": "280 K", "emissivity of the panel": "0.85 dimensionless", "heat to be rejected": "12 kW"},
    "radiating area", "m^2", A, laws=1,
    solution=f"Stefan–Boltzmann: P = ε σ A T⁴ → A = 12000/(0.85·5.670374419e-8·280⁴) = {A:.4g} m².",
    assumptions=["radiation into empty space at effectively 0 K", "one radiating side counted"])

# T6 dam: temperature rise of falling water (distractor: flow rate)
hh = 120.0
dT = g * hh / c_water
add(F, "Water spills over a hydroelectric dam and falls 120 m. The spillway flow is 300 m³/s. If all of the gravitational potential energy of the water ended up as internal energy of the water, by how much would its temperature rise?",
    {"height of the fall": "120 m", "spillway flow rate": "300 m^3/s"},
    "temperature rise of the water", "K", dT, laws=2, irrelevant=["spillway flow rate"],
    solution=f"Per kilogram: g h = c ΔT → ΔT = 9.81·120/4186 = {dT:.4g} K. The flow rate cancels.",
    assumptions=G0 + ["specific heat of water 4186 J/(kg K)", "no heat lost to surroundings"])

# T7 car wash water heater (distractor: water pressure)
flow, T1, T2, eta = 40.0, 12.0, 45.0, 0.85
Puse = flow / 60.0 * c_water * (T2 - T1)
Pgas = Puse / eta
add(F, "A car wash heats its rinse water with a gas-fired heater that is 85% efficient. Water flows through it at 40 L/min and is warmed from 12 °C to 45 °C; the supply pressure is 80 psi. "
       "At what rate must the heater burn gas (heat input in kW)?",
    {"water flow rate": "40 L/min", "inlet water temperature": "12 degC", "outlet water temperature": "45 degC", "heater efficiency": "85 percent", "water supply pressure": "80 psi"},
    "rate of heat input from the gas", "kW", Pgas / 1000, laws=2, irrelevant=["water supply pressure"],
    solution=f"Heat absorbed by water: (40/60 kg/s)·4186·33 = {Puse/1000:.4g} kW; gas input = that/0.85 = {Pgas/1000:.4g} kW.",
    assumptions=CW)

# T8 zoo penguin enclosure glass conduction
A, d, kk, Tin, Tout = 6.0, 0.012, 0.80, 2.0, 24.0
P = kk * A * (Tout - Tin) / d
add(F, "The penguin enclosure at a zoo is kept at 2 °C while the visitors' hall is at 24 °C. They are separated by a glass wall of area 6.0 m² and thickness 12 mm, with thermal conductivity 0.80 W/(m·K). "
       "At what rate does heat flow through the glass (ignore air films on the surfaces)?",
    {"area of the glass": "6.0 m^2", "thickness of the glass": "12 mm", "thermal conductivity of the glass": "0.80 W/(m*K)", "temperature inside the enclosure": "2 degC", "temperature of the visitors' hall": "24 degC"},
    "rate of heat flow through the glass", "kW", P / 1000, laws=1,
    solution=f"Fourier's law: P = k A ΔT/d = 0.80·6.0·22/0.012 = {P:.4g} W = {P/1000:.4g} kW.",
    assumptions=["steady state", "surface air layers ignored"])

# T9 theatre gas canister warmed by lights (distractor: volume)
P1, T1, T2 = 2.0, 20.0, 65.0
P2 = P1 * (T2 + 273.15) / (T1 + 273.15)
add(F, "A sealed 3.0 L metal canister of compressed gas used for a stage effect holds gas at an absolute pressure of 2.0 atm at 20 °C. During the show, spotlights warm it to 65 °C. What is the new pressure?",
    {"volume of the canister": "3.0 L", "initial absolute pressure": "2.0 atm", "initial temperature": "20 degC", "final temperature": "65 degC"},
    "new absolute pressure", "atm", P2, laws=1, irrelevant=["volume of the canister"],
    solution=f"Rigid container, ideal gas: P2 = P1·T2/T1 = 2.0·338.15/293.15 = {P2:.4g} atm.",
    assumptions=["ideal gas", "canister volume does not change"])

# T10 rowing club: food energy for a workout
P, tmin, eta = 250.0, 30.0, 0.22
E = P * tmin * 60 / eta
add(F, "A rower on an ergometer at the rowing club produces a steady 250 W of mechanical power for 30 minutes. If the body converts food energy into mechanical work with 22% efficiency, how many food Calories (kilocalories) does the workout burn?",
    {"mechanical power output": "250 W", "duration of the workout": "30 min", "muscle efficiency": "22 percent"},
    "food energy used", "kcal", E / (1000 * cal), laws=1,
    solution=f"Work = 250·1800 = 450 kJ; food energy = 450 kJ/0.22 = {E:.4g} J = {E/4184:.4g} kcal.",
    assumptions=["1 kcal = 4184 J"])

# T11 electric guitar string tension drop on warming
dwire, Y, alpha, dT = 0.25e-3, 200e9, 12e-6, 10.0
A = math.pi * (dwire / 2) ** 2
dF = Y * A * alpha * dT
add(F, "A steel electric-guitar string of diameter 0.25 mm is clamped at the nut and the bridge. Under hot stage lights the string warms by 10 °C while the neck stays at the same length. "
       "Steel has Young's modulus 200 GPa and linear expansion coefficient 1.2 × 10⁻⁵ per kelvin. By how much does the tension in the string drop?",
    {"diameter of the string": "0.25 mm", "temperature rise of the string": "10 K", "Young's modulus of steel": "200 GPa", "linear expansion coefficient of steel": "1.2e-5 1/K"},
    "drop in string tension", "N", dF, laws=2,
    solution=f"The string would lengthen by αLΔT but is held fixed, so its strain falls by αΔT: ΔF = Y A α ΔT = 200e9·π(0.125e-3)²·1.2e-5·10 = {dF:.4g} N.",
    assumptions=["distance between nut and bridge stays fixed", "linear elastic behaviour"])

# T12 airport heat pump
Tc, Th, frac, Q = -5.0, 21.0, 0.35, 150.0
cop_c = (Th + 273.15) / (Th - Tc)
Pel = Q / (frac * cop_c)
add(F, "An airport terminal is heated by a heat pump that extracts heat from outside air at −5 °C and delivers it to the building at 21 °C. Its coefficient of performance is 35% of the Carnot value. "
       "What electrical power does it need to deliver 150 kW of heat to the terminal?",
    {"outdoor temperature": "-5 degC", "indoor delivery temperature": "21 degC", "fraction of the Carnot performance": "35 percent", "heating power delivered": "150 kW"},
    "electrical power required", "kW", Pel, laws=2,
    solution=f"Carnot heating COP = T_h/(T_h − T_c) = 294.15/26 = {cop_c:.4g}; actual COP = 0.35·that = {frac*cop_c:.4g}; P = 150/{frac*cop_c:.4g} = {Pel:.4g} kW.",
    assumptions=["reservoir temperatures equal the stated air temperatures"])

# T13 not derivable: skillet mass missing
add(F, "A cast-iron skillet is heated on a kitchen stove from 20 °C to 200 °C. The specific heat of cast iron is 450 J/(kg·K). How much heat does the skillet absorb?",
    {"initial temperature": "20 degC", "final temperature": "200 degC", "specific heat of cast iron": "450 J/(kg*K)"},
    "heat absorbed by the skillet", "kJ", None, outcome="not derivable", laws=1,
    solution="Q = m c ΔT needs the skillet's mass, which is not given and cannot reasonably be assumed.",
    assumptions=[])

# T14 ill-posed: engine efficiency above the Carnot limit
Th, Tc, eta = 300.0, 20.0, 0.65
eta_c = 1 - (Tc + 273.15) / (Th + 273.15)
add(F, "The backup generator at a hydroelectric dam is driven by a heat engine that takes in heat at 300 °C and exhausts it at 20 °C. The manufacturer states the engine is 65% efficient. "
       "How much heat does the engine exhaust while producing 10 MJ of work?",
    {"hot reservoir temperature": "300 degC", "cold reservoir temperature": "20 degC", "stated efficiency": "65 percent", "work produced": "10 MJ"},
    "heat exhausted", "MJ", None, outcome="ill-posed", laws=2,
    solution=f"The Carnot limit between these temperatures is 1 − 293.15/573.15 = {eta_c*100:.3g}%, so a 65% efficiency violates the second law; the data are inconsistent.",
    assumptions=[])

# T15 ambiguous: heating air in a frother chamber, constant volume or constant pressure?
n, dT = 0.50, 40.0
Qv = n * 2.5 * Rgas * dT
Qp = n * 3.5 * Rgas * dT
add(F, "The chamber of a coffee shop's milk frother contains 0.50 mol of air. How much heat is needed to raise the temperature of this air by 40 K? Treat air as an ideal diatomic gas.",
    {"amount of air": "0.50 mol", "temperature rise": "40 K"},
    "heat required", "J", None, outcome="ambiguous", laws=1,
    solution=f"If the chamber is sealed (constant volume), Q = n(5/2)RΔT = {Qv:.4g} J; if the air can expand at constant pressure, Q = n(7/2)RΔT = {Qp:.4g} J. The process is not specified.",
    assumptions=["ideal diatomic gas, Cv = 5R/2, Cp = 7R/2"])

# =====================================================================
# FLUIDS
# =====================================================================
F = "fluids"
FW = ["density of fresh water 1000 kg/m^3"]

# F1 dam base gauge pressure (distractor: reservoir area)
hh = 85.0
P = 1000 * g * hh
add(F, "The reservoir behind a hydroelectric dam covers 12 km² and the water is 85 m deep at the face of the dam. What is the gauge pressure of the water at the base of the dam?",
    {"surface area of the reservoir": "12 km^2", "water depth at the dam": "85 m"},
    "gauge pressure at the base of the dam", "kPa", P / 1000, laws=1, irrelevant=["surface area of the reservoir"],
    solution=f"P = ρ g h = 1000·9.81·85 = {P:.4g} Pa = {P/1000:.4g} kPa; the reservoir area does not matter.",
    assumptions=G0 + FW)

# F2 dam turbine electrical output
Qf, hh, eta = 150.0, 95.0, 0.88
P = 1000 * g * Qf * hh * eta
add(F, "Water flows through the turbines of a hydroelectric dam at 150 m³/s with an effective head of 95 m. If the turbines and generators convert 88% of the water's potential energy into electricity, what is the electrical output?",
    {"volume flow rate": "150 m^3/s", "effective head": "95 m", "overall efficiency": "88 percent"},
    "electrical power output", "MW", P / 1e6, laws=2,
    solution=f"Hydraulic power ρ g Q h = 1000·9.81·150·95 = {P/eta/1e6:.4g} MW; × 0.88 = {P/1e6:.4g} MW.",
    assumptions=G0 + FW)

# F3 Torricelli outflow from an opening in the dam
hh, A = 30.0, 0.050
v = math.sqrt(2 * g * hh)
Qf = v * A
add(F, "A maintenance outlet in a dam is a small opening of cross-sectional area 0.050 m², located 30 m below the reservoir surface. Treating the water as ideal, what volume of water per second flows out when it is opened?",
    {"area of the opening": "0.050 m^2", "depth of the opening below the surface": "30 m"},
    "volume flow rate", "L/s", Qf * 1000, laws=2,
    solution=f"Torricelli (Bernoulli): v = √(2 g h) = {v:.4g} m/s; Q = A v = {Qf:.4g} m³/s = {Qf*1000:.4g} L/s.",
    assumptions=G0 + ["ideal, inviscid flow", "reservoir level stays constant", "no contraction of the jet"])

# F4 car wash nozzle: speed and required pressure in psi
d1, v1, d2 = 2.0e-2, 1.5, 0.50e-2
v2 = v1 * (d1 / d2) ** 2
dP = 0.5 * 1000 * (v2**2 - v1**2)
add(F, "In a self-service car wash, water flows at 1.5 m/s through a hose of inner diameter 2.0 cm and leaves through a nozzle of diameter 0.50 cm held at the same height. "
       "Treating the water as ideal, how much higher than atmospheric pressure must the pressure in the hose be? Give the answer in psi.",
    {"inner diameter of the hose": "2.0 cm", "water speed in the hose": "1.5 m/s", "diameter of the nozzle": "0.50 cm"},
    "gauge pressure in the hose", "psi", dP / psi, laws=2,
    solution=f"Continuity: v2 = 1.5·(2.0/0.50)² = {v2:.4g} m/s. Bernoulli: ΔP = ½ρ(v2² − v1²) = {dP:.4g} Pa = {dP/psi:.4g} psi.",
    assumptions=FW + ["ideal, inviscid flow", "nozzle exit at atmospheric pressure"])

# F5 rowing single scull displacement (distractor: hull length)
mh, mr = 14.0, 72.0
Vd = (mh + mr) / 1000 * 1000
add(F, "A racing single scull is 8.2 m long and has a mass of 14 kg. When a 72 kg rower sits in it on the river, what volume of fresh water does the hull displace?",
    {"length of the hull": "8.2 m", "mass of the scull": "14 kg", "mass of the rower": "72 kg"},
    "volume of water displaced", "L", Vd, laws=1, irrelevant=["length of the hull"],
    solution=f"Floating: ρ V g = (m_boat + m_rower) g → V = 86/1000 m³ = {Vd:.4g} L.",
    assumptions=FW)

# F6 zoo hippo apparent weight under water
m, rho_h = 1500.0, 1050.0
W_app = m * g * (1 - 1000 / rho_h)
add(F, "A 1500 kg hippopotamus at the zoo walks along the bottom of its freshwater pool, fully submerged. Its average density is 1050 kg/m³. What is its apparent weight, i.e. the force the pool floor must support?",
    {"mass of the hippo": "1500 kg", "average density of the hippo": "1050 kg/m^3"},
    "apparent weight of the submerged hippo", "N", W_app, laws=2,
    solution=f"Volume V = m/ρ_h = {m/rho_h:.4g} m³; buoyancy = ρ_w V g = {1000*m/rho_h*g:.4g} N; apparent weight = m g − buoyancy = {W_app:.4g} N.",
    assumptions=G0 + FW + ["lungs' air already included in the average density"])

# F7 kitchen faucet stream narrowing
Qf, d0, fall = 6.0e-3 / 60, 1.6e-2, 0.25
A0 = math.pi * (d0 / 2) ** 2
v0 = Qf / A0
v1 = math.sqrt(v0**2 + 2 * g * fall)
d1 = d0 * math.sqrt(v0 / v1)
add(F, "A kitchen faucet delivers 6.0 L of water per minute through an outlet 1.6 cm in diameter. The smooth stream falls 25 cm into the sink. What is the diameter of the stream just before it reaches the sink?",
    {"flow rate from the faucet": "6.0 L/min", "diameter of the faucet outlet": "1.6 cm", "height of the fall": "25 cm"},
    "diameter of the stream at the sink", "mm", d1 * 1000, laws=2,
    solution=f"Outlet speed v0 = Q/A0 = {v0:.4g} m/s; free fall: v1 = √(v0² + 2 g h) = {v1:.4g} m/s; continuity: d1 = d0 √(v0/v1) = {d1*1000:.4g} mm.",
    assumptions=G0 + ["stream stays intact and circular", "no air drag or surface tension effects"])

# F8 IV bag height for a required pressure (MRI room)
Pg, rho = 25.0 * mmHg, 1020.0
hh = Pg / (rho * g)
add(F, "A patient waiting in the MRI suite is on an IV drip. The IV fluid has a density of 1020 kg/m³, and the nurse wants the fluid pressure at the needle to be 25 mmHg above atmospheric. "
       "How high above the needle should the fluid surface in the bag be?",
    {"density of the IV fluid": "1020 kg/m^3", "required gauge pressure at the needle": "25 mmHg"},
    "height of the fluid surface above the needle", "cm", hh * 100, laws=1,
    solution=f"25 mmHg = {Pg:.4g} Pa; h = P/(ρ g) = {hh:.4g} m = {hh*100:.4g} cm.",
    assumptions=G0 + ["fluid at rest (flow losses ignored)", "1 mmHg = 133.322 Pa"])

# F9 space station hatch force with cabin at 14.7 psi
P, a, b = 14.7 * psi, 0.80, 1.0
Fh = P * a * b
add(F, "A space station's cabin air is kept at 14.7 psi. A rectangular hatch measuring 0.80 m by 1.0 m separates the cabin from an airlock that has been pumped down to vacuum. What total force does the air exert on the hatch?",
    {"cabin air pressure": "14.7 psi", "width of the hatch": "0.80 m", "height of the hatch": "1.0 m"},
    "force on the hatch", "kN", Fh / 1000, laws=1,
    solution=f"14.7 psi = {P:.4g} Pa; F = P A = {P:.4g}·0.80 = {Fh:.4g} N = {Fh/1000:.4g} kN.",
    assumptions=["vacuum on the airlock side"])

# F10 camping canoe maximum cargo (distractor: lake temperature)
mc, Vh, m1, m2 = 35.0, 0.60, 75.0, 68.0
cargo = 1000 * Vh - mc - m1 - m2
add(F, "Two campers, of masses 75 kg and 68 kg, paddle a 35 kg canoe on a lake whose water is at 18 °C. The canoe would be swamped once it displaces its full hull volume of 0.60 m³. "
       "What is the largest mass of gear they can load before the canoe is on the verge of sinking?",
    {"mass of the first camper": "75 kg", "mass of the second camper": "68 kg", "mass of the canoe": "35 kg", "full hull volume": "0.60 m^3", "lake water temperature": "18 degC"},
    "maximum mass of gear", "kg", cargo, laws=1, irrelevant=["lake water temperature"],
    solution=f"Maximum buoyant support = ρ V = 1000·0.60 = 600 kg; gear = 600 − 35 − 75 − 68 = {cargo:.4g} kg.",
    assumptions=FW + ["treat the water density as 1000 kg/m^3 regardless of the modest temperature"])

# F11 theatre hydraulic stage lift
ds, dl, m = 4.0e-2, 40e-2, 1800.0
Fs = m * g * (ds / dl) ** 2
add(F, "A hydraulic lift raises a section of a theatre stage. The platform plus the actors on it have a total mass of 1800 kg and rest on a piston 40 cm in diameter. The pump pushes on a small piston 4.0 cm in diameter. "
       "What force on the small piston holds the platform in place?",
    {"mass of platform and actors": "1800 kg", "diameter of the large piston": "40 cm", "diameter of the small piston": "4.0 cm"},
    "force on the small piston", "N", Fs, laws=1,
    solution=f"Pascal's principle: F_s = m g (d_s/d_l)² = 1800·9.81/100 = {Fs:.4g} N.",
    assumptions=G0 + ["pistons at the same height", "piston masses and friction neglected"])

# F12 coffee shop: ice floating in cold brew
rho_i, rho_c = 917.0, 1020.0
frac = (1 - rho_i / rho_c) * 100
add(F, "An ice cube (density 917 kg/m³) floats in a glass of sweetened cold brew coffee of density 1020 kg/m³. What percentage of the ice cube's volume sits above the surface of the drink?",
    {"density of ice": "917 kg/m^3", "density of the cold brew": "1020 kg/m^3"},
    "percentage of volume above the surface", "percent", frac, laws=1,
    solution=f"Floating: submerged fraction = ρ_ice/ρ_coffee = {rho_i/rho_c:.4g}; above surface = {frac:.4g}%.",
    assumptions=["ice cube floats freely"])

# F13 not derivable: car wash nozzle flow with no area
add(F, "A car wash pump pushes water through a hose to a nozzle, and the water leaves the nozzle at 20 m/s. What volume of water per minute does the nozzle deliver?",
    {"exit speed of the water": "20 m/s"},
    "volume flow rate", "L/min", None, outcome="not derivable", laws=1,
    solution="Q = A v requires the nozzle's opening area (or diameter), which is not given.",
    assumptions=[])

# F14 ill-posed: fountain height inconsistent with nozzle speed
hh, v, dn = 30.0, 15.0, 2.0e-2
vneed = math.sqrt(2 * g * hh)
add(F, "A decorative fountain at a dam's visitor centre shoots a vertical jet of water that rises 30 m above the nozzle. The water leaves the 2.0 cm diameter nozzle at 15 m/s. What volume flow rate does the fountain use?",
    {"height of the jet": "30 m", "exit speed at the nozzle": "15 m/s", "diameter of the nozzle": "2.0 cm"},
    "volume flow rate", "L/s", None, outcome="ill-posed", laws=2,
    solution=f"A jet leaving at 15 m/s can rise at most v²/(2g) = {v**2/(2*g):.3g} m; reaching 30 m needs {vneed:.3g} m/s. The givens contradict each other.",
    assumptions=G0)

# F15 ambiguous: gauge or absolute pressure in the shark tank
rho, hh = 1025.0, 5.0
Pg = rho * g * hh
Pa = Pg + atm
add(F, "The shark tank at the zoo's aquarium is filled with seawater of density 1025 kg/m³. What is the water pressure at a depth of 5.0 m?",
    {"density of seawater": "1025 kg/m^3", "depth": "5.0 m"},
    "pressure at a depth of 5.0 m", "kPa", None, outcome="ambiguous", laws=1,
    solution=f"Gauge pressure ρ g h = {Pg/1000:.4g} kPa; absolute pressure (adding 1 atm) = {Pa/1000:.4g} kPa. The question does not say which is meant.",
    assumptions=G0 + ["atmospheric pressure 101.325 kPa at the surface"])

# =====================================================================
# WAVES
# =====================================================================
F = "waves"

# W1 guitar string fundamental
L, T, mu = 0.648, 75.0, 1.0e-3
f1 = math.sqrt(T / mu) / (2 * L)
add(F, "An electric guitar string has a vibrating length of 648 mm, a linear mass density of 1.0 g/m, and is under a tension of 75 N. What is its fundamental frequency?",
    {"vibrating length of the string": "648 mm", "linear mass density": "1.0 g/m", "tension": "75 N"},
    "fundamental frequency", "Hz", f1, laws=1,
    solution=f"Wave speed v = √(T/μ) = {math.sqrt(T/mu):.4g} m/s; f1 = v/(2L) = {f1:.4g} Hz.",
    assumptions=["ends fixed at nut and bridge", "ideal flexible string"])

# W2 tension to tune a steel string to E4
L, f, d, rho = 0.648, 329.63, 0.23e-3, 7850.0
mu = rho * math.pi * (d / 2) ** 2
v = 2 * L * f
T = mu * v**2
add(F, "A guitarist restrings her electric guitar with a plain steel high-E string of diameter 0.23 mm (steel density 7850 kg/m³). The vibrating length is 648 mm. "
       "What tension is needed for the string's fundamental to be E4 = 329.63 Hz?",
    {"diameter of the string": "0.23 mm", "density of steel": "7850 kg/m^3", "vibrating length": "648 mm", "target frequency": "329.63 Hz"},
    "required string tension", "N", T, laws=2,
    solution=f"μ = ρ π (d/2)² = {mu:.4g} kg/m; v = 2 L f = {v:.4g} m/s; T = μ v² = {T:.4g} N.",
    assumptions=["solid cylindrical steel string", "ideal string fixed at both ends"])

# W3 first fret position
L = 0.648
Lnew = L / 2 ** (1 / 12)
dfret = L - Lnew
add(F, "On a guitar with a 648 mm scale length, pressing a string against the first fret raises its pitch by one equal-tempered semitone, a frequency ratio of 2^(1/12). "
       "How far from the nut must the first fret be placed? Assume the tension does not change.",
    {"scale length": "648 mm", "frequency ratio of a semitone": "1.059463 dimensionless"},
    "distance of the first fret from the nut", "mm", dfret * 1000, laws=1,
    solution=f"Frequency ∝ 1/length at fixed tension, so the new vibrating length is 648/2^(1/12) = {Lnew*1000:.4g} mm; the fret sits {dfret*1000:.4g} mm from the nut.",
    assumptions=["string tension unchanged when fretted"])

# W4 theatre loudspeaker intensity (distractor: electrical power)
Pac, r = 40.0, 15.0
I = Pac / (4 * math.pi * r**2)
add(F, "A theatre loudspeaker is driven with 500 W of electrical power and radiates 40 W of sound power uniformly in all directions. What is the sound intensity at a seat 15 m away? Ignore reflections and absorption.",
    {"electrical power fed to the speaker": "500 W", "acoustic power radiated": "40 W", "distance to the seat": "15 m"},
    "sound intensity at the seat", "mW/m^2", I * 1000, laws=1, irrelevant=["electrical power fed to the speaker"],
    solution=f"I = P/(4π r²) = 40/(4π·225) = {I:.4g} W/m² = {I*1000:.4g} mW/m².",
    assumptions=["isotropic point source", "no reflections or absorption"])

# W5 airport Doppler, source speed in km/h
f0, vs_kmh, vsnd = 1200.0, 288.0, 343.0
vs = vs_kmh / 3.6
fo = f0 * vsnd / (vsnd - vs)
add(F, "A jet taxiing toward a departure gate at 288 km/h emits an engine whine at 1200 Hz. What frequency does a ground worker standing at the gate, directly ahead of the jet, hear? Take the speed of sound as 343 m/s.",
    {"speed of the jet": "288 km/h", "frequency emitted": "1200 Hz", "speed of sound": "343 m/s"},
    "frequency heard at the gate", "Hz", fo, laws=1,
    solution=f"288 km/h = {vs:.4g} m/s. Moving source toward a stationary listener: f = f0·v/(v − v_s) = 1200·343/263 = {fo:.4g} Hz.",
    assumptions=["still air", "listener directly in line with the motion"])

# W6 ultrasound echo depth (distractor: frequency)
vt, t = 1540.0, 78e-6
depth = vt * t / 2
add(F, "A 5.0 MHz ultrasound probe is used on a patient just before an MRI scan. An echo from an organ boundary returns 78 μs after the pulse is sent. Sound travels at 1540 m/s in soft tissue. How deep is the boundary?",
    {"ultrasound frequency": "5.0 MHz", "echo delay": "78 microsecond", "speed of sound in tissue": "1540 m/s"},
    "depth of the boundary", "cm", depth * 100, laws=1, irrelevant=["ultrasound frequency"],
    solution=f"The pulse travels there and back: depth = v t/2 = 1540·78e-6/2 = {depth:.4g} m = {depth*100:.4g} cm.",
    assumptions=["uniform speed of sound along the path"])

# W7 rowing boat heading into waves: encounter period
Trest, lam, vb = 2.5, 6.0, 4.0
vw = lam / Trest
Tenc = lam / (vw + vb)
add(F, "While their boat sits still, rowers notice wave crests passing the bow every 2.5 s, and the crests are 6.0 m apart. They then row straight into the oncoming waves at 4.0 m/s. How often does the bow now meet a crest (the time between crests)?",
    {"period of the waves at rest": "2.5 s", "distance between crests": "6.0 m", "boat speed": "4.0 m/s"},
    "time between crest encounters", "s", Tenc, laws=2,
    solution=f"Wave speed = λ/T = {vw:.4g} m/s; relative speed = {vw:.4g} + 4.0 = {vw+vb:.4g} m/s; encounter period = 6.0/{vw+vb:.4g} = {Tenc:.4g} s.",
    assumptions=["waves unchanged by the boat", "boat heads directly into the waves"])

# W8 elephant infrasound wavelength (distractor: mass)
f, vsnd = 14.0, 343.0
lam = vsnd / f
add(F, "A 5400 kg elephant at the zoo communicates with an infrasonic rumble at 14 Hz. Taking the speed of sound in air as 343 m/s, what is the wavelength of this sound?",
    {"mass of the elephant": "5400 kg", "frequency of the rumble": "14 Hz", "speed of sound in air": "343 m/s"},
    "wavelength", "m", lam, laws=1, irrelevant=["mass of the elephant"],
    solution=f"λ = v/f = 343/14 = {lam:.4g} m.",
    assumptions=[])

# W9 space station body-mass measuring device
k, T, mchair = 600.0, 2.30, 12.0
mtot = k * T**2 / (4 * math.pi**2)
mast = mtot - mchair
add(F, "Astronauts on a space station 'weigh' themselves on a spring-mounted chair. The chair has a mass of 12 kg and the spring constant is 600 N/m. With an astronaut strapped in, the chair oscillates with a period of 2.30 s. What is the astronaut's mass?",
    {"mass of the chair": "12 kg", "spring constant": "600 N/m", "period of oscillation": "2.30 s"},
    "mass of the astronaut", "kg", mast, laws=1,
    solution=f"T = 2π√(M/k) → M = k T²/(4π²) = {mtot:.4g} kg; astronaut = {mtot:.4g} − 12 = {mast:.4g} kg.",
    assumptions=["ideal spring, simple harmonic motion", "spring mass negligible"])

# W10 coffee shop bottle resonance with temperature-dependent sound speed
L, T, v0 = 0.18, 30.0, 331.3
v = v0 * math.sqrt((T + 273.15) / 273.15)
f = v / (4 * L)
add(F, "In a warm coffee shop at 30 °C, a customer blows across the top of an empty cold-brew bottle. The air column is 18 cm long and closed at the bottom. "
       "The speed of sound in air is 331.3 m/s at 0 °C. What fundamental frequency does the bottle produce? Ignore end corrections.",
    {"room temperature": "30 degC", "length of the air column": "18 cm", "speed of sound at 0 degC": "331.3 m/s"},
    "fundamental frequency", "Hz", f, laws=2,
    solution=f"v = 331.3√(303.15/273.15) = {v:.4g} m/s; a tube closed at one end has f1 = v/(4L) = {f:.4g} Hz.",
    assumptions=["ideal gas: sound speed proportional to √T", "no end correction"])

# W11 trampoline oscillation frequency from static sag (distractor: mass)
x = 0.050
fr = math.sqrt(g / x) / (2 * math.pi)
add(F, "When a 40 kg child stands still in the middle of a trampoline, the bed sags 5.0 cm. If she then bobs gently without leaving the bed, what is the frequency of her oscillation? Treat the bed as an ideal spring.",
    {"mass of the child": "40 kg", "static sag of the bed": "5.0 cm"},
    "oscillation frequency", "Hz", fr, laws=2, irrelevant=["mass of the child"],
    solution=f"Equilibrium: k x = m g → k/m = g/x; f = (1/2π)√(g/x) = (1/2π)√(9.81/0.050) = {fr:.4g} Hz. The mass cancels.",
    assumptions=G0 + ["bed acts as a linear spring", "child stays in contact with the bed"])

# W12 microwave standing waves: frequency from hot-spot spacing
dspot = 0.061
fmw = c / (2 * dspot)
add(F, "With the turntable removed, a cook heats a plate of chocolate in a microwave oven and finds melted spots 6.1 cm apart, the spacing between adjacent antinodes of the standing wave. What frequency does the oven operate at?",
    {"distance between melted spots": "6.1 cm"},
    "oven frequency", "GHz", fmw / 1e9, laws=1,
    solution=f"Adjacent antinodes are λ/2 apart, so λ = 12.2 cm; f = c/λ = {fmw/1e9:.4g} GHz.",
    assumptions=["microwaves travel at the speed of light in air", "spots mark adjacent antinodes"])

# W13 not derivable: violin string tension
add(F, "During a rehearsal on the theatre stage, a violinist tunes her A string so that its fundamental is 440 Hz. What is the tension in the string?",
    {"fundamental frequency": "440 Hz"},
    "tension in the string", "N", None, outcome="not derivable", laws=2,
    solution="T = μ (2 L f)² needs both the string's vibrating length and its linear mass density; neither is given.",
    assumptions=[])

# W14 not derivable: wave speed on a car wash curtain strip
add(F, "A wave pulse travels along one of the long hanging cloth strips at a car wash entrance. The strip is 1.5 m long and carries a tension of about 4 N. How fast does the pulse travel?",
    {"length of the strip": "1.5 m", "tension in the strip": "4 N"},
    "speed of the wave pulse", "m/s", None, outcome="not derivable", laws=1,
    solution="v = √(T/μ) needs the strip's mass per unit length (or its mass); it is not given and cannot reasonably be assumed.",
    assumptions=[])

# W15 ambiguous: wave height (crest-to-trough vs amplitude)
H, T = 0.40, 3.0
w = 2 * math.pi / T
add(F, "A buoy marking the rowing club's course bobs up and down on waves that are 0.40 m high, with a period of 3.0 s. What is the buoy's maximum vertical speed, assuming simple harmonic motion?",
    {"height of the waves": "0.40 m", "period of the waves": "3.0 s"},
    "maximum vertical speed of the buoy", "m/s", None, outcome="ambiguous", laws=1,
    solution=f"If 0.40 m is the crest-to-trough height, A = 0.20 m and v_max = Aω = {0.2*w:.4g} m/s; if 0.40 m is the amplitude, v_max = {0.4*w:.4g} m/s.",
    assumptions=["buoy follows the water surface"])

# =====================================================================
# OPTICS
# =====================================================================
F = "optics"

# O1 soup ladle concave mirror
R, do = 8.0, 10.0
fm = R / 2
di = 1 / (1 / fm - 1 / do)
add(F, "The polished inside of a soup ladle acts as a concave mirror with a radius of curvature of 8.0 cm. A cherry tomato sits 10 cm in front of it. Where is the image formed, measured from the ladle?",
    {"radius of curvature of the ladle": "8.0 cm", "distance of the tomato from the ladle": "10 cm"},
    "image distance in front of the ladle", "cm", di, laws=1,
    solution=f"f = R/2 = 4.0 cm; 1/d_i = 1/4.0 − 1/10 → d_i = {di:.4g} cm (real image, in front of the mirror).",
    assumptions=["paraxial spherical mirror"])

# O2 apparent depth of a coin in water
depth, n = 12.0, 1.333
app = depth / n
add(F, "A coin lies at the bottom of a tall glass filled with 12 cm of iced water (refractive index 1.333) in a coffee shop. Looking straight down from above, how deep does the coin appear to be?",
    {"depth of water": "12 cm", "refractive index of water": "1.333 dimensionless"},
    "apparent depth of the coin", "cm", app, laws=1,
    solution=f"Near-normal viewing: apparent depth = real depth/n = 12/1.333 = {app:.4g} cm.",
    assumptions=["small-angle (paraxial) viewing from directly above", "glass bottom thickness ignored"])

# O3 satellite dish angular resolution (Rayleigh)
D, fr = 0.60, 12e9
lam = c / fr
theta = 1.22 * lam / D
add(F, "A satellite dish installer mounts a 60 cm diameter dish that receives 12 GHz signals. Using the Rayleigh criterion, what is the angular width of the dish's main beam (its diffraction-limited angular resolution), in degrees?",
    {"diameter of the dish": "60 cm", "signal frequency": "12 GHz"},
    "angular resolution", "degree", math.degrees(theta), laws=2,
    solution=f"λ = c/f = {lam*100:.4g} cm; θ = 1.22 λ/D = {theta:.4g} rad = {math.degrees(theta):.4g}°.",
    assumptions=["circular aperture, Rayleigh criterion θ = 1.22 λ/D"])

# O4 MRI-compatible fibre acceptance angle
n1, n2 = 1.62, 1.52
NAp = math.sqrt(n1**2 - n2**2)
acc = math.degrees(math.asin(NAp))
add(F, "Patient monitoring signals leave the MRI room through an optical fibre, since metal cables would disturb the scanner. The fibre core has refractive index 1.62 and the cladding 1.52. "
       "What is the largest angle to the fibre axis, in air, at which light can enter the end of the fibre and still be guided by total internal reflection?",
    {"refractive index of the core": "1.62 dimensionless", "refractive index of the cladding": "1.52 dimensionless"},
    "maximum acceptance angle in air", "degree", acc, laws=2,
    solution=f"Critical angle at core–cladding: sin θc = 1.52/1.62. Snell at the entry face: sin θ_max = n1 cos θc = √(n1² − n2²) = {NAp:.4g} → θ_max = {acc:.4g}°.",
    assumptions=["fibre end face perpendicular to the axis", "outside medium is air, n = 1"])

# O5 theatre gobo projector image size
fl, do, hobj = 20.0, 25.0, 3.0
di = 1 / (1 / fl - 1 / do)
himg = hobj * di / do
add(F, "A stage lighting projector uses a converging lens of focal length 20 cm to project a 3.0 cm metal pattern (a gobo) placed 25 cm from the lens onto a screen. How large is the sharp image of the pattern on the screen?",
    {"focal length of the lens": "20 cm", "distance of the gobo from the lens": "25 cm", "size of the gobo pattern": "3.0 cm"},
    "size of the projected image", "cm", himg, laws=2,
    solution=f"Thin lens: 1/d_i = 1/20 − 1/25 → d_i = {di:.4g} cm; magnification = d_i/d_o = {di/do:.4g}; image size = {himg:.4g} cm.",
    assumptions=["thin lens"])

# O6 zoo penguin pool: sun elevation for fully polarized glare
n = 1.333
thB = math.degrees(math.atan(n))
elev = 90 - thB
add(F, "A zoo photographer wants the glare reflected from the surface of the penguin pool (water, n = 1.333) to be completely polarized so a polarizing filter can remove it. How high above the horizon should the Sun be?",
    {"refractive index of water": "1.333 dimensionless"},
    "elevation of the Sun above the horizon", "degree", elev, laws=1,
    solution=f"Brewster's angle from the normal: tan θB = 1.333 → θB = {thB:.4g}°; elevation above the horizon = 90° − θB = {elev:.4g}°.",
    assumptions=["flat water surface", "air n = 1"])

# O7 camping magnifying glass: intensity in the Sun's image
fl, Dl, ang, S = 0.15, 0.060, 0.53, 1000.0
dimg = fl * math.radians(ang)
I = S * (Dl / dimg) ** 2
add(F, "A camper tries to light tinder with a magnifying glass of diameter 6.0 cm and focal length 15 cm. Sunlight arrives at 1000 W/m², and the Sun's disk spans 0.53°. "
       "Assuming all the light collected by the lens lands in the Sun's image, what is the average intensity in that image?",
    {"diameter of the lens": "6.0 cm", "focal length of the lens": "15 cm", "intensity of sunlight": "1000 W/m^2", "angular diameter of the Sun": "0.53 degree"},
    "intensity in the image of the Sun", "W/cm^2", I / 1e4, laws=2,
    solution=f"Image diameter = f·θ = 0.15·{math.radians(ang):.4g} = {dimg*1000:.4g} mm. Power collected ∝ D², spread over the image area: I = S (D/d_img)² = {I:.4g} W/m² = {I/1e4:.4g} W/cm².",
    assumptions=["no absorption or reflection losses in the lens", "image at the focal plane"])

# O8 car wash soap film colour
n, t = 1.33, 320e-9
cand = [2 * n * t / (m + 0.5) for m in range(6)]
vis = [l for l in cand if 380e-9 <= l <= 750e-9]
lam = vis[0]
add(F, "In the foam of a car wash, a soap film (refractive index 1.33) with air on both sides is 320 nm thick. Which visible wavelength is most strongly reflected when it is viewed at normal incidence?",
    {"refractive index of the soap film": "1.33 dimensionless", "film thickness": "320 nm"},
    "most strongly reflected visible wavelength", "nm", lam * 1e9, laws=2,
    solution=f"One reflection has a half-wave phase shift, so constructive reflection needs 2 n t = (m + ½) λ → λ = 851.2 nm/(m + ½) = 1702, {cand[1]*1e9:.4g}, {cand[2]*1e9:.4g} nm…; the only visible one is {lam*1e9:.4g} nm.",
    assumptions=["normal incidence", "visible range 380–750 nm"])

# O9 space station camera image size (distractor: orbital speed)
fl, alt, obj = 0.400, 408e3, 1000.0
img = fl * obj / alt
add(F, "An astronaut on the space station, orbiting 408 km above the ground at 7.66 km/s, photographs Earth with a 400 mm telephoto lens. How long is the image, on the camera sensor, of a 1.0 km long runway directly below?",
    {"altitude of the station": "408 km", "orbital speed": "7.66 km/s", "focal length of the lens": "400 mm", "length of the runway": "1.0 km"},
    "length of the runway's image on the sensor", "mm", img * 1000, laws=1, irrelevant=["orbital speed"],
    solution=f"For a distant object the image forms at the focal plane with magnification f/d: image = 0.400·1000/408000 m = {img*1000:.4g} mm.",
    assumptions=["thin lens, object at effectively infinite distance", "runway perpendicular to the line of sight"])

# O10 airport barcode scanner diffraction grating
lines, lam = 600e3, 650e-9
dgr = 1 / lines
th1 = math.degrees(math.asin(lam / dgr))
add(F, "A baggage-tag scanner at the airport sends its 650 nm red laser beam through a diffraction grating with 600 lines per millimetre to create a fan of scanning beams. At what angle from the straight-through beam is the first-order maximum?",
    {"wavelength of the laser": "650 nm", "grating line density": "600 1/mm"},
    "angle of the first-order maximum", "degree", th1, laws=1,
    solution=f"Slit spacing d = 1/600 mm = {dgr*1e6:.4g} μm; d sin θ = λ → sin θ = {lam/dgr:.4g} → θ = {th1:.4g}°.",
    assumptions=["normal incidence on the grating"])

# O11 rowing: sunlight refracting into the river
elev, n = 35.0, 1.333
inc = 90 - elev
r = math.degrees(math.asin(math.sin(math.radians(inc)) / n))
add(F, "Early in the morning the Sun is 35° above the horizon as the rowing crew launches. At what angle from the vertical does the sunlight travel once it enters the calm river (n = 1.333)?",
    {"elevation of the Sun above the horizon": "35 degree", "refractive index of water": "1.333 dimensionless"},
    "angle of the refracted light from the vertical", "degree", r, laws=1,
    solution=f"Angle of incidence from the normal = 90° − 35° = {inc:.4g}°; Snell: sin r = sin{inc:.4g}°/1.333 → r = {r:.4g}°.",
    assumptions=["flat water surface", "air n = 1"])

# O12 radiologist reading lenses
near, want = 0.75, 0.25
Pw = 1 / want - 1 / near
add(F, "A radiologist reviewing MRI images finds that his near point has receded to 75 cm. What power of contact lens lets him read comfortably at 25 cm? Give the answer in diopters (1/m).",
    {"near point of the eye": "75 cm", "desired reading distance": "25 cm"},
    "power of the lens", "1/m", Pw, laws=1,
    solution=f"The lens must image an object at 25 cm to a virtual image at 75 cm: P = 1/0.25 − 1/0.75 = {Pw:.4g} D.",
    assumptions=["thin contact lens, distance to the eye neglected"])

# O13 not derivable: spotlight focal length without object distance
add(F, "A theatre spotlight's lens forms a sharp image of its lamp filament on the backdrop 8.0 m away. What is the focal length of the lens?",
    {"distance from lens to backdrop": "8.0 m"},
    "focal length of the lens", "cm", None, outcome="not derivable", laws=1,
    solution="The thin-lens equation needs the filament-to-lens distance (or the magnification) as well as the image distance; it is not given.",
    assumptions=[])

# O14 ill-posed: real image from an object inside the focal length
add(F, "On a camping trip, a scout holds a converging lens of focal length 10 cm 6.0 cm from a leaf and says it forms a sharp, real image on a sheet of paper held on the other side of the lens. How far from the lens is the paper?",
    {"focal length of the lens": "10 cm", "distance of the leaf from the lens": "6.0 cm"},
    "distance from the lens to the paper", "cm", None, outcome="ill-posed", laws=1,
    solution=f"With the object inside the focal length, 1/d_i = 1/10 − 1/6 < 0 (d_i = {1/(1/10-1/6):.3g} cm): the image is virtual and cannot appear on paper. The statement contradicts optics.",
    assumptions=["thin lens"])

# O15 ambiguous: angle measured from surface or normal
n, a = 1.333, 30.0
r_normal = math.degrees(math.asin(math.sin(math.radians(a)) / n))
r_surface = math.degrees(math.asin(math.sin(math.radians(90 - a)) / n))
add(F, "Sunlight strikes the calm surface of the zoo's penguin pool at 30°. At what angle to the normal does the light travel in the water (n = 1.333)?",
    {"angle of the sunlight": "30 degree", "refractive index of water": "1.333 dimensionless"},
    "angle of refraction from the normal", "degree", None, outcome="ambiguous", laws=1,
    solution=f"If 30° is measured from the normal, r = {r_normal:.4g}°; if it is measured from the water surface (incidence 60°), r = {r_surface:.4g}°.",
    assumptions=["air n = 1"])

# =====================================================================
# CIRCUITS
# =====================================================================
F = "circuits"

# C1 guitar pickup into amplifier input (voltage divider)
emf, Rs, Rin = 0.25, 8.0e3, 1.0e6
Vin = emf * Rin / (Rs + Rin)
add(F, "An electric guitar pickup acts as a 0.25 V source with an internal resistance of 8.0 kΩ. It is plugged into an amplifier whose input resistance is 1.0 MΩ. What voltage appears across the amplifier input?",
    {"pickup voltage": "0.25 V", "internal resistance of the pickup": "8.0 kohm", "amplifier input resistance": "1.0 Mohm"},
    "voltage across the amplifier input", "mV", Vin * 1000, laws=1,
    solution=f"Voltage divider: V = 0.25·1.0e6/(1.0e6 + 8.0e3) = {Vin:.4g} V = {Vin*1000:.4g} mV.",
    assumptions=["purely resistive source and load (low-frequency approximation)"])

# C2 pickup inductance with cable capacitance: resonance
Lp, cpm, lc = 2.5, 100e-12, 6.0
C = cpm * lc
fres = 1 / (2 * math.pi * math.sqrt(Lp * C))
add(F, "A guitar pickup has an inductance of 2.5 H. It is connected to the amplifier with a 6.0 m cable whose capacitance is 100 pF per metre. At what frequency does the pickup inductance resonate with the cable capacitance?",
    {"inductance of the pickup": "2.5 H", "length of the cable": "6.0 m", "cable capacitance per metre": "100 pF/m"},
    "resonant frequency", "kHz", fres / 1000, laws=2,
    solution=f"C = 100 pF/m·6.0 m = {C*1e12:.4g} pF; f = 1/(2π√(LC)) = {fres:.4g} Hz = {fres/1000:.4g} kHz.",
    assumptions=["other capacitances and resistances ignored"])

# C3 kettle used on 120 V supply
P230, V1, V2 = 2200.0, 230.0, 120.0
R = V1**2 / P230
P120 = V2**2 / R
add(F, "A kitchen kettle rated 2200 W at 230 V is taken to a country with a 120 V supply and plugged in through a simple plug adapter. Assuming the heating element's resistance does not change, what power does it deliver there?",
    {"rated power": "2200 W", "rated voltage": "230 V", "new supply voltage": "120 V"},
    "power delivered at 120 V", "W", P120, laws=2,
    solution=f"R = V²/P = 230²/2200 = {R:.4g} Ω; at 120 V: P = 120²/R = {P120:.4g} W.",
    assumptions=["element resistance independent of temperature", "rms voltages"])

# C4 espresso machine monthly energy (distractor: boiler volume)
I, V, hpd, days = 6.5, 230.0, 10.0, 30.0
E = I * V * hpd * days / 1000
add(F, "A coffee shop's espresso machine, with a 5.0 L boiler, draws 6.5 A from the 230 V supply. If it is on for 10 hours a day, how much electrical energy does it use in a 30-day month?",
    {"boiler volume": "5.0 L", "current drawn": "6.5 A", "supply voltage": "230 V", "hours on per day": "10 hour", "number of days": "30 day"},
    "energy used per month", "kWh", E, laws=2, irrelevant=["boiler volume"],
    solution=f"P = V I = 230·6.5 = {V*I:.4g} W; E = P t = {V*I:.4g} W·300 h = {E:.4g} kWh.",
    assumptions=["constant current draw (resistive load, rms values)"])

# C5 camping power bank: number of phone charges
cap_b, V_b, eta, cap_p, V_p = 10000.0, 3.7, 0.85, 3000.0, 3.85
n_ch = cap_b * V_b * eta / (cap_p * V_p)
add(F, "On a camping trip you bring a 10 000 mAh power bank with a nominal cell voltage of 3.7 V. Your phone's battery is 3000 mAh at 3.85 V. If 85% of the bank's stored energy reaches the phone battery, how many full charges from empty can you get?",
    {"capacity of the power bank": "10000 mAh", "voltage of the power bank cells": "3.7 V", "capacity of the phone battery": "3000 mAh", "voltage of the phone battery": "3.85 V", "charging efficiency": "85 percent"},
    "number of full phone charges", "dimensionless", n_ch, laws=2,
    solution=f"Bank energy = 10 Ah·3.7 V = 37 Wh; delivered = 0.85·37 = {0.85*37:.4g} Wh; phone needs 3.0 Ah·3.85 V = 11.55 Wh; charges = {n_ch:.4g}.",
    assumptions=["energy = capacity × nominal voltage"])

# C6 car wash RC timer
R, C, Vs, Vt = 470e3, 100e-6, 12.0, 9.0
t = -R * C * math.log(1 - Vt / Vs)
add(F, "The rinse timer in a coin-operated car wash charges a 100 μF capacitor through a 470 kΩ resistor from a 12 V supply, starting uncharged. The rinse cycle ends when the capacitor voltage reaches 9.0 V. How long does the cycle last?",
    {"capacitance": "100 uF", "resistance": "470 kohm", "supply voltage": "12 V", "trigger voltage": "9.0 V"},
    "duration of the rinse cycle", "s", t, laws=1,
    solution=f"V(t) = 12(1 − e^(−t/RC)), RC = {R*C:.4g} s; 9 = 12(1 − e^(−t/RC)) → t = RC ln 4 = {t:.4g} s.",
    assumptions=["ideal capacitor, no leakage", "timer input draws no current"])

# C7 airport carousel de-icing heaters
Rh, Rc, V = 60.0, 10.0, 120.0
Rtot = Rh / 3 + Rc
I = V / Rtot
Peach = (I / 3) ** 2 * Rh
add(F, "Three identical 60 Ω heating elements, connected in parallel, keep an outdoor baggage carousel free of ice. They are fed from a 120 V supply through cables with a total resistance of 10 Ω. What power does each heating element dissipate?",
    {"resistance of each heater": "60 ohm", "number of heaters": "3 dimensionless", "cable resistance": "10 ohm", "supply voltage": "120 V"},
    "power dissipated in each heater", "W", Peach, laws=2,
    solution=f"Parallel heaters: 20 Ω; total 30 Ω; I = 120/30 = {I:.4g} A; each heater carries {I/3:.4g} A → P = I²R = {Peach:.4g} W.",
    assumptions=["resistances constant", "DC or rms values"])

# C8 theatre emergency lighting: two batteries in parallel
E1, r1, E2, r2, RL = 12.0, 0.50, 10.0, 0.25, 4.0
Vn = (E1 / r1 + E2 / r2) / (1 / r1 + 1 / r2 + 1 / RL)
IL = Vn / RL
add(F, "A theatre's emergency stage lighting is a 4.0 Ω load powered by two batteries connected in parallel: one has an emf of 12.0 V and internal resistance 0.50 Ω, the other an emf of 10.0 V and internal resistance 0.25 Ω. What current flows through the lighting load?",
    {"resistance of the lighting load": "4.0 ohm", "emf of the first battery": "12.0 V", "internal resistance of the first battery": "0.50 ohm", "emf of the second battery": "10.0 V", "internal resistance of the second battery": "0.25 ohm"},
    "current through the load", "A", IL, laws=2,
    solution=f"Kirchhoff's junction rule at the common node: (12 − V)/0.5 + (10 − V)/0.25 = V/4 → V = {Vn:.4g} V; I_load = V/4 = {IL:.4g} A.",
    assumptions=["ideal wires"])

# C9 defibrillator capacitor energy (distractor: patient mass)
C, V = 32e-6, 5.0e3
E = 0.5 * C * V**2
add(F, "A defibrillator kept just outside the MRI room charges a 32 μF capacitor to 5.0 kV before a shock to an 80 kg patient. How much energy is stored in the capacitor?",
    {"capacitance": "32 uF", "charging voltage": "5.0 kV", "mass of the patient": "80 kg"},
    "energy stored", "J", E, laws=1, irrelevant=["mass of the patient"],
    solution=f"E = ½ C V² = ½·32e-6·(5000)² = {E:.4g} J.",
    assumptions=[])

# C10 zoo electric eel: power into the water
emf, ri, Rw = 600.0, 120.0, 680.0
I = emf / (ri + Rw)
Pw = I**2 * Rw
add(F, "An electric eel in the zoo's aquarium can act as a 600 V source with an internal resistance of 120 Ω. If the water path around it has a resistance of 680 Ω, how much power does a discharge deliver to the water?",
    {"emf of the eel": "600 V", "internal resistance of the eel": "120 ohm", "resistance of the water path": "680 ohm"},
    "power delivered to the water", "W", Pw, laws=2,
    solution=f"I = 600/(120 + 680) = {I:.4g} A; P = I² R = {I:.4g}²·680 = {Pw:.4g} W.",
    assumptions=["simple series circuit model"])

# C11 rowing boathouse nichrome heater
rho, L, d, V = 1.10e-6, 5.0, 0.50e-3, 230.0
R = rho * L / (math.pi * (d / 2) ** 2)
P = V**2 / R
add(F, "A heater in the rowing club's boathouse uses 5.0 m of nichrome wire of diameter 0.50 mm (resistivity 1.10 × 10⁻⁶ Ω·m) connected across the 230 V mains. What power does it produce?",
    {"length of the wire": "5.0 m", "diameter of the wire": "0.50 mm", "resistivity of nichrome": "1.10e-6 ohm*m", "supply voltage": "230 V"},
    "heater power", "W", P, laws=2,
    solution=f"R = ρL/A = 1.10e-6·5.0/(π·(0.25e-3)²) = {R:.4g} Ω; P = V²/R = {P:.4g} W.",
    assumptions=["resistance at operating temperature equals the value from the given resistivity", "rms voltage"])

# C12 dam transmission line loss
Ptr, V, Rl = 200e6, 345e3, 8.0
I = Ptr / V
Ploss = I**2 * Rl
add(F, "A hydroelectric dam sends 200 MW to a city over a transmission line at 345 kV. The line's total resistance is 8.0 Ω. How much power is lost as heat in the line?",
    {"power transmitted": "200 MW", "transmission voltage": "345 kV", "line resistance": "8.0 ohm"},
    "power lost in the line", "MW", Ploss / 1e6, laws=2,
    solution=f"I = P/V = {I:.4g} A; P_loss = I² R = {Ploss:.4g} W = {Ploss/1e6:.4g} MW.",
    assumptions=["treat as a single-phase/DC equivalent with unity power factor"])

# C13 not derivable: cable current without power or resistance
add(F, "A space station's solar array, operating at 160 V, charges a battery bank through a 30 m long cable. How much current flows in the cable?",
    {"array voltage": "160 V", "length of the cable": "30 m"},
    "current in the cable", "A", None, outcome="not derivable", laws=1,
    solution="The current needs the power delivered or the circuit resistance; only a voltage and a cable length are given.",
    assumptions=[])

# C14 not derivable: blender energy without current or power
add(F, "A kitchen blender plugged into the 230 V outlet runs for 45 s to make a smoothie. How much electrical energy does it use?",
    {"supply voltage": "230 V", "running time": "45 s"},
    "electrical energy used", "kJ", None, outcome="not derivable", laws=1,
    solution="E = V I t requires the current (or the power rating), which is not given.",
    assumptions=[])

# C15 ill-posed: battery terminal voltage inconsistent with emf, r and current
emf, r, I, Vt = 12.0, 0.020, 900.0, 11.5
add(F, "A satellite dish installer's van has a 12.0 V battery with an internal resistance of 0.020 Ω. When starting the engine the battery supplies 900 A to the starter motor while its terminal voltage stays at 11.5 V. What power does the starter motor receive?",
    {"emf of the battery": "12.0 V", "internal resistance": "0.020 ohm", "current to the starter": "900 A", "terminal voltage": "11.5 V"},
    "power delivered to the starter motor", "kW", None, outcome="ill-posed", laws=2,
    solution=f"With these values the terminal voltage would be 12.0 − 900·0.020 = {emf - I*r:.3g} V, not 11.5 V (which would imply only 25 A). The givens contradict each other.",
    assumptions=[])

# =====================================================================
# ELECTROMAGNETISM
# =====================================================================
F = "electromagnetism"

# E1 MRI solenoid current
B, n = 1.5, 2000.0
I = B / (mu0 * n)
add(F, "The main magnet of a hospital MRI scanner is a long superconducting solenoid wound with 2000 turns per metre. What current must flow in the windings to produce a uniform 1.5 T field inside?",
    {"magnetic field inside": "1.5 T", "turns per metre": "2000 1/m"},
    "current in the windings", "A", I, laws=1,
    solution=f"Long solenoid: B = μ0 n I → I = 1.5/(1.25663706212e-6·2000) = {I:.4g} A.",
    assumptions=["ideal long solenoid", "no magnetic core (air core)"])

# E2 MRI Larmor frequency and RF wavelength
B = 3.0
fL = gp_2pi * B
lam = c / fL
add(F, "A 3.0 T MRI scanner excites hydrogen nuclei (protons) with radio waves at their Larmor frequency. The proton gyromagnetic ratio divided by 2π is 42.577 MHz per tesla. What is the free-space wavelength of this RF signal, which the room's shielding must block?",
    {"magnetic field strength": "3.0 T", "proton gyromagnetic ratio over two pi": "42.577 MHz/T"},
    "free-space wavelength of the RF signal", "m", lam, laws=2,
    solution=f"f = 42.577 MHz/T·3.0 T = {fL/1e6:.4g} MHz; λ = c/f = {lam:.4g} m.",
    assumptions=["free protons (chemical shielding ignored)"])

# E3 MRI: current induced in a bracelet
dia, B, t, R = 8.0e-2, 1.5, 0.80, 2.0e-3
A = math.pi * (dia / 2) ** 2
emf = B * A / t
I = emf / R
add(F, "A visitor forgets to remove a copper bracelet (a closed loop 8.0 cm in diameter with resistance 2.0 mΩ) and walks into the bore of an MRI scanner; the field through the loop rises from zero to 1.5 T in 0.80 s, "
       "with the plane of the loop perpendicular to the field. What average current is induced in the bracelet?",
    {"diameter of the bracelet": "8.0 cm", "resistance of the bracelet": "2.0 milliohm", "final magnetic field": "1.5 T", "time taken": "0.80 s"},
    "average induced current", "A", I, laws=2,
    solution=f"Flux change = B A = 1.5·π(0.040)² = {B*A:.4g} Wb; average emf = ΔΦ/Δt = {emf:.4g} V; I = emf/R = {I:.4g} A.",
    assumptions=["uniform field over the loop", "self-inductance of the loop neglected"])

# E4 guitar pickup peak emf
N, Phi0, f = 7000.0, 2.0e-8, 196.0
emf0 = N * Phi0 * 2 * math.pi * f
add(F, "An electric guitar pickup coil has 7000 turns. When the G string vibrates at 196 Hz, the magnetic flux through each turn varies sinusoidally with an amplitude of 2.0 × 10⁻⁸ Wb. What is the peak emf induced in the coil?",
    {"number of turns": "7000 dimensionless", "vibration frequency": "196 Hz", "flux amplitude per turn": "2.0e-8 Wb"},
    "peak induced emf", "mV", emf0 * 1000, laws=1,
    solution=f"Φ = Φ0 sin ωt → peak emf = N Φ0 ω = 7000·2.0e-8·2π·196 = {emf0:.4g} V = {emf0*1000:.4g} mV.",
    assumptions=["sinusoidal flux variation"])

# E5 satellite signal: electric field amplitude at the dish
EIRP, dist = 2.0e6, 35786e3
I = EIRP / (4 * math.pi * dist**2)
E0 = math.sqrt(2 * I / (c * eps0))
add(F, "A geostationary TV satellite 35 786 km above the installer's rooftop beams its signal so that, toward the dish, it is as strong as a 2.0 MW source radiating equally in all directions. What is the amplitude of the electric field of the wave arriving at the dish?",
    {"distance to the satellite": "35786 km", "equivalent isotropic radiated power": "2.0 MW"},
    "electric field amplitude at the dish", "mV/m", E0 * 1000, laws=2,
    solution=f"I = P/(4π r²) = {I:.4g} W/m²; I = ½ c ε0 E0² → E0 = √(2I/(c ε0)) = {E0:.4g} V/m = {E0*1000:.4g} mV/m.",
    assumptions=["free-space propagation, atmospheric losses ignored", "satellite directly overhead"])

# E6 proton gyrating in Earth's field near the station (distractor: altitude)
K, B = 50e3 * e, 3.0e-5
v = math.sqrt(2 * K / mp)
r = mp * v / (e * B)
add(F, "Near the space station, 420 km up, a proton with kinetic energy 50 keV moves perpendicular to Earth's magnetic field of 30 μT. What is the radius of its circular path?",
    {"altitude of the station": "420 km", "kinetic energy of the proton": "50 keV", "magnetic field strength": "30 uT"},
    "radius of the proton's orbit", "km", r / 1000, laws=2, irrelevant=["altitude of the station"],
    solution=f"v = √(2K/m) = {v:.4g} m/s (non-relativistic); r = m v/(e B) = {r:.4g} m = {r/1000:.4g} km.",
    assumptions=["uniform field", "velocity perpendicular to the field", "non-relativistic"])

# E7 airport baggage tote linear motor
Nc, I, L, B, m = 24, 40.0, 0.25, 0.80, 15.0
Fm = Nc * I * L * B
a = Fm / m
add(F, "An airport baggage sorter launches 15 kg totes with a linear motor. At any moment 24 conductor segments, each 0.25 m long and carrying 40 A, sit in a 0.80 T magnetic field perpendicular to the current. Ignoring friction, what acceleration does the tote receive?",
    {"mass of the tote": "15 kg", "number of active conductor segments": "24 dimensionless", "length of each segment": "0.25 m", "current in each segment": "40 A", "magnetic field": "0.80 T"},
    "acceleration of the tote", "m/s^2", a, laws=2,
    solution=f"Force per segment I L B = {I*L*B:.4g} N; total F = 24·{I*L*B:.4g} = {Fm:.4g} N; a = F/m = {a:.4g} m/s².",
    assumptions=["current perpendicular to the field", "no friction"])

# E8 coffee grinder transformer primary current (distractor: primary turns)
Vp, Vs, Is = 230.0, 12.0, 5.0
Ip = Is * Vs / Vp
add(F, "The control electronics of a coffee grinder run from an ideal step-down transformer that converts 230 V mains to 12 V. The primary has 1150 turns. When the secondary supplies 5.0 A, what current does the primary draw?",
    {"primary voltage": "230 V", "secondary voltage": "12 V", "number of primary turns": "1150 dimensionless", "secondary current": "5.0 A"},
    "primary current", "A", Ip, laws=2, irrelevant=["number of primary turns"],
    solution=f"Ideal transformer: power in = power out, so I_p = I_s V_s/V_p = 5.0·12/230 = {Ip:.4g} A.",
    assumptions=["ideal transformer (no losses)", "rms values"])

# E9 car wash backup generator rms emf
N, A, B, rpm = 150, 0.020, 0.40, 3000.0
w = rpm * 2 * math.pi / 60
Epk = N * B * A * w
Erms = Epk / math.sqrt(2)
add(F, "The car wash's backup generator has a rectangular coil of 150 turns, each of area 0.020 m², spinning at 3000 rpm in a uniform 0.40 T field. What rms emf does it produce?",
    {"number of turns": "150 dimensionless", "area of each turn": "0.020 m^2", "magnetic field": "0.40 T", "rotation rate": "3000 rpm"},
    "rms emf", "V", Erms, laws=2,
    solution=f"ω = 3000·2π/60 = {w:.4g} rad/s; peak emf = N B A ω = {Epk:.4g} V; rms = peak/√2 = {Erms:.4g} V.",
    assumptions=["uniform field, axis perpendicular to the field"])

# E10 hydro generator number of poles
fgrid, rpm = 50.0, 150.0
poles = 2 * fgrid * 60 / rpm
add(F, "A slow-turning hydroelectric generator at a dam spins at 150 rpm and must feed a 50 Hz grid. How many magnetic poles (counting north and south poles separately) must its rotor have?",
    {"rotor speed": "150 rpm", "grid frequency": "50 Hz"},
    "number of rotor poles", "dimensionless", poles, laws=1,
    solution=f"f = (poles/2)·(rpm/60) → poles = 2·50·60/150 = {poles:.4g}.",
    assumptions=["synchronous generator"])

# E11 trampoline static charge: number of excess electrons
Cb, V = 150e-12, 12e3
Q = Cb * V
Nel = Q / e
add(F, "After bouncing on a trampoline in dry air, a child's body (capacitance about 150 pF) is charged to 12 kV relative to the ground. How many excess electrons has the child picked up?",
    {"capacitance of the body": "150 pF", "potential of the body": "12 kV"},
    "number of excess electrons", "dimensionless", Nel, laws=2,
    solution=f"Q = C V = 150e-12·12e3 = {Q:.4g} C; N = Q/e = {Nel:.4g}.",
    assumptions=["body charged negatively", "capacitance taken as given"])

# E12 theatre condenser microphone capacitance (distractor: phantom voltage)
A, d = 1.0e-4, 25e-6
Cm = eps0 * A / d
add(F, "A condenser microphone used on the theatre stage has a diaphragm of area 1.0 cm² separated from a fixed backplate by 25 μm of air, and it is biased with 48 V phantom power. What is its capacitance?",
    {"area of the diaphragm": "1.0 cm^2", "gap between diaphragm and backplate": "25 um", "phantom power voltage": "48 V"},
    "capacitance of the microphone", "pF", Cm * 1e12, laws=1, irrelevant=["phantom power voltage"],
    solution=f"Parallel plates: C = ε0 A/d = 8.854e-12·1.0e-4/25e-6 = {Cm:.4g} F = {Cm*1e12:.4g} pF.",
    assumptions=["parallel-plate approximation, edge effects ignored", "air permittivity ≈ ε0"])

# E13 not derivable: induced current in ring without resistance
add(F, "A patient's gold ring, 2.0 cm in diameter, lies in the bore of an MRI scanner while the 3.0 T field is ramped down to zero over 30 s, with the ring perpendicular to the field. What average current is induced in the ring?",
    {"diameter of the ring": "2.0 cm", "initial magnetic field": "3.0 T", "ramp-down time": "30 s"},
    "average induced current", "A", None, outcome="not derivable", laws=2,
    solution="The emf follows from Faraday's law, but converting it to a current needs the ring's resistance (or its wire cross-section), which is not given.",
    assumptions=[])

# E14 not derivable: field from a power line without current
add(F, "A satellite dish installer worries about interference from a long straight power line that runs 15 m from the dish. What magnetic field does the line produce at the dish?",
    {"distance from the power line": "15 m"},
    "magnetic field at the dish", "uT", None, outcome="not derivable", laws=1,
    solution="B = μ0 I/(2π r) needs the line current, which is not given and cannot reasonably be assumed.",
    assumptions=[])

# E15 ill-posed: transformer delivering more power than it receives
add(F, "A guitar amplifier's output transformer has 2000 primary turns and 100 secondary turns. It takes in 40 W at a primary voltage of 400 V rms and, according to the spec sheet, delivers 50 W to the speaker. What current flows in the speaker?",
    {"number of primary turns": "2000 dimensionless", "number of secondary turns": "100 dimensionless", "input power": "40 W", "primary voltage": "400 V", "output power": "50 W"},
    "current in the speaker", "A", None, outcome="ill-posed", laws=2,
    solution="A passive transformer cannot deliver more power (50 W) than it receives (40 W); the stated efficiency would be 125%, so the data are contradictory.",
    assumptions=[])

# =====================================================================
# MODERN PHYSICS
# =====================================================================
F = "modern"

# Mo1 ISS special-relativistic time lag over six months (distractor: altitude)
v, tdays = 7.66e3, 182.5
beta2 = (v / c) ** 2
lag = tdays * day * (-math.expm1(0.5 * math.log1p(-beta2)))
add(F, "The space station orbits 420 km above Earth at 7.66 km/s. Considering only special-relativistic time dilation (ignore gravitational effects), by how much does an astronaut's clock fall behind a clock on the ground during a six-month (182.5-day) stay?",
    {"altitude of the station": "420 km", "orbital speed": "7.66 km/s", "length of the stay": "182.5 day"},
    "accumulated time lag", "ms", lag * 1000, laws=1, irrelevant=["altitude of the station"],
    solution=f"Δt = t(1 − √(1 − v²/c²)) ≈ t v²/(2c²) = 182.5·86400·{beta2/2:.4g} = {lag:.4g} s = {lag*1000:.4g} ms.",
    assumptions=["ground clock treated as inertial", "constant orbital speed"])

# Mo2 MRI RF photon energy
f = 63.9e6
Eph = h * f / e
add(F, "A 1.5 T MRI scanner works at a radio frequency of 63.9 MHz. What is the energy of a single RF photon, in electronvolts?",
    {"radio frequency": "63.9 MHz"},
    "photon energy", "eV", Eph, laws=1,
    solution=f"E = h f = 6.62607015e-34·63.9e6 = {h*f:.4g} J = {Eph:.4g} eV.",
    assumptions=[])

# Mo3 airport X-ray scanner minimum wavelength
V = 160e3
lmin = hc_eVnm / V * 1000
add(F, "An airport baggage X-ray scanner accelerates electrons through 160 kV in its X-ray tube. What is the shortest wavelength in the X-ray spectrum it produces?",
    {"tube voltage": "160 kV"},
    "shortest X-ray wavelength", "pm", lmin, laws=1,
    solution=f"Duane–Hunt limit: λ_min = h c/(e V) = 1239.84 eV·nm/160000 eV = {lmin/1000:.4g} nm = {lmin:.4g} pm.",
    assumptions=["electrons start from rest at the cathode"])

# Mo4 kitchen microwave photon rate
P, f = 1000.0, 2.45e9
Nph = P / (h * f)
add(F, "A kitchen microwave oven delivers 1000 W of microwave power at 2.45 GHz into the cooking cavity. How many microwave photons per second is that?",
    {"microwave power": "1000 W", "frequency": "2.45 GHz"},
    "photons per second", "1/s", Nph, laws=1,
    solution=f"Photon energy h f = {h*f:.4g} J; rate = P/(h f) = {Nph:.4g} per second.",
    assumptions=[])

# Mo5 coffee shop UV sanitizer on zinc: stopping potential
lam, phi = 254.0, 4.3
Kmax = hc_eVnm / lam - phi
add(F, "A coffee shop sanitizes cups with a UV lamp emitting at 254 nm. The light falls on a zinc-plated fitting whose work function is 4.3 eV. What stopping potential would be needed to halt the fastest photoelectrons?",
    {"wavelength of the UV light": "254 nm", "work function of zinc": "4.3 eV"},
    "stopping potential", "V", Kmax, laws=2,
    solution=f"Photon energy = 1239.84/254 = {hc_eVnm/lam:.4g} eV; K_max = {hc_eVnm/lam:.4g} − 4.3 = {Kmax:.4g} eV; stopping potential = {Kmax:.4g} V.",
    assumptions=[])

# Mo6 zoo thermal camera: Wien peak
T = 35.0 + 273.15
lpk = b_wien / T
add(F, "A thermal-imaging camera at the zoo looks at a sleeping lion whose fur surface is at 35 °C. Treating the surface as a blackbody, at what wavelength does its thermal emission peak?",
    {"surface temperature": "35 degC"},
    "peak emission wavelength", "micrometer", lpk * 1e6, laws=1,
    solution=f"Wien's law: λ_max = b/T = 2.897771955e-3/308.15 = {lpk:.4g} m = {lpk*1e6:.4g} μm.",
    assumptions=["blackbody emitter"])

# Mo7 theatre LED photon rate with efficiency
Pel, eta, lam = 10.0, 0.30, 525e-9
Nph = Pel * eta * lam / (h * c)
add(F, "A green LED stage light draws 10 W of electrical power and converts 30% of it into light at 525 nm. How many photons does it emit per second?",
    {"electrical power": "10 W", "efficiency of conversion to light": "30 percent", "wavelength": "525 nm"},
    "photons emitted per second", "1/s", Nph, laws=2,
    solution=f"Optical power = 3.0 W; photon energy h c/λ = {h*c/lam:.4g} J; rate = {Nph:.4g} per second.",
    assumptions=["all light emitted at 525 nm"])

# Mo8 zoo vet's electron microscope: relativistic de Broglie wavelength
K = 50e3  # eV
pc_eV = math.sqrt(K**2 + 2 * K * me_MeV * 1e6)
ldb = hc_eVnm / pc_eV * 1000
add(F, "The zoo's veterinary research lab uses a transmission electron microscope that accelerates electrons from rest through 50 kV. Taking relativity into account, what is the electrons' de Broglie wavelength?",
    {"accelerating voltage": "50 kV"},
    "de Broglie wavelength", "pm", ldb, laws=2,
    solution=f"K = 50 keV; p c = √(K² + 2 K m c²) = {pc_eV/1000:.4g} keV; λ = h c/(p c) = {ldb:.4g} pm.",
    assumptions=["electron rest energy 0.51099895 MeV"])

# Mo9 hospital proton therapy beam speed
K = 200.0
gam = 1 + K / mp_MeV
beta = math.sqrt(1 - 1 / gam**2)
add(F, "The proton-therapy unit next to a hospital's MRI suite delivers protons with a kinetic energy of 200 MeV. How fast are the protons moving?",
    {"kinetic energy of the protons": "200 MeV"},
    "speed of the protons", "m/s", beta * c, laws=2,
    solution=f"γ = 1 + K/(m c²) = 1 + 200/938.272 = {gam:.4g}; β = √(1 − 1/γ²) = {beta:.4g}; v = {beta*c:.4g} m/s.",
    assumptions=["proton rest energy 938.272 MeV"])

# Mo10 satellite dish photon arrival rate
S, Dd, f = 2.0e-13, 0.60, 12e9
Prx = S * math.pi * (Dd / 2) ** 2
Nph = Prx / (h * f)
add(F, "At a newly installed 60 cm satellite dish, the 12 GHz downlink signal has an intensity of 2.0 × 10⁻¹³ W/m². How many signal photons per second strike the dish's aperture?",
    {"diameter of the dish": "60 cm", "signal frequency": "12 GHz", "signal intensity": "2.0e-13 W/m^2"},
    "photons per second collected", "1/s", Nph, laws=2,
    solution=f"Power collected = I·π(0.30)² = {Prx:.4g} W; photon energy h f = {h*f:.4g} J; rate = {Nph:.4g} per second.",
    assumptions=["dish faces the satellite directly", "whole aperture area collects"])

# Mo11 dam yearly energy as mass equivalent
E = 4.0e12 * 3600
mass = E / c**2
add(F, "A hydroelectric dam generates 4.0 TWh of electrical energy in a year. What mass is equivalent to this energy through E = mc²?",
    {"energy generated in a year": "4.0 TWh"},
    "equivalent mass", "g", mass * 1000, laws=1,
    solution=f"E = 4.0e12 Wh·3600 s/h = {E:.4g} J; m = E/c² = {mass:.4g} kg = {mass*1000:.4g} g.",
    assumptions=[])

# Mo12 camping stargazing: H-alpha wavelength from the Rydberg formula
lam_ha = 1 / (Rinf * (1 / 4 - 1 / 9)) * 1e9
add(F, "Through a red filter on a camping trip, you photograph a glowing hydrogen nebula. Using the Bohr model with the Rydberg constant 1.0974 × 10⁷ m⁻¹, what is the wavelength of the n = 3 → n = 2 transition of hydrogen responsible for the red glow?",
    {"Rydberg constant": "1.0974e7 1/m", "upper level": "3 dimensionless", "lower level": "2 dimensionless"},
    "wavelength of the emitted light", "nm", lam_ha, laws=1,
    solution=f"1/λ = R(1/2² − 1/3²) = R·5/36 → λ = {lam_ha:.4g} nm.",
    assumptions=["infinite nuclear mass (reduced-mass correction ignored)"])

# Mo13 not derivable: particle identity missing
add(F, "In an airport's explosive-detection scanner, a beam of particles has a de Broglie wavelength of 0.15 nm. What is the kinetic energy of each particle?",
    {"de Broglie wavelength": "0.15 nm"},
    "kinetic energy of each particle", "eV", None, outcome="not derivable", laws=2,
    solution="K = p²/(2m) with p = h/λ requires the particle's mass; the kind of particle (electron, neutron, …) is not stated.",
    assumptions=[])

# Mo14 ill-posed: speed above c
add(F, "A cargo spacecraft approaches the space station at 1.2 times the speed of light, as measured by the station crew. What is the spacecraft's Lorentz factor?",
    {"speed of the spacecraft as a multiple of the speed of light": "1.2 dimensionless"},
    "Lorentz factor of the spacecraft", "dimensionless", None, outcome="ill-posed", laws=1,
    solution="No massive object can move at or above c; 1/√(1 − 1.2²) is not real, so the question contradicts relativity.",
    assumptions=[])

# Mo15 ambiguous: muon "energy" total or kinetic
E = 150.0
g_tot = E / mmu_MeV
b_tot = math.sqrt(1 - 1 / g_tot**2)
g_kin = 1 + E / mmu_MeV
b_kin = math.sqrt(1 - 1 / g_kin**2)
add(F, "A detector on the space station records a cosmic-ray muon with an energy of 150 MeV. The muon rest energy is 105.7 MeV. What is the muon's speed as a fraction of the speed of light?",
    {"energy of the muon": "150 MeV", "rest energy of the muon": "105.7 MeV"},
    "speed as a fraction of c", "dimensionless", None, outcome="ambiguous", laws=2,
    solution=f"If 150 MeV is the total energy, γ = {g_tot:.4g} and β = {b_tot:.4g}; if it is the kinetic energy, γ = {g_kin:.4g} and β = {b_kin:.4g}.",
    assumptions=[])

# =====================================================================
# NUCLEAR
# =====================================================================
F = "nuclear"

# N1 Tc-99m activity after 8 h
A0, th, t = 800.0, 6.01, 8.0
A = A0 * 2 ** (-t / th)
add(F, "At 7:00 a.m. a hospital's nuclear medicine department, down the corridor from the MRI room, receives a dose of technetium-99m with an activity of 800 MBq. The half-life of Tc-99m is 6.01 h. What is the activity at 3:00 p.m. the same day?",
    {"initial activity": "800 MBq", "half-life of technetium-99m": "6.01 hour", "elapsed time": "8 hour"},
    "activity at 3:00 p.m.", "MBq", A, laws=1,
    solution=f"8 h elapsed: A = 800·2^(−8/6.01) = {A:.4g} MBq.",
    assumptions=[])

# N2 kitchen banana potassium-40 activity
mK, ab, T12, MK = 0.42, 0.0117e-2, 1.248e9, 39.10
N40 = mK / MK * NA * ab
lam = math.log(2) / (T12 * year)
A = lam * N40
add(F, "A banana on the kitchen counter contains about 0.42 g of potassium. Of potassium atoms, 0.0117% are the radioactive isotope potassium-40, whose half-life is 1.248 × 10⁹ years. The molar mass of potassium is 39.10 g/mol. What is the banana's activity from potassium-40?",
    {"mass of potassium": "0.42 g", "abundance of potassium-40": "0.0117 percent", "half-life of potassium-40": "1.248e9 year", "molar mass of potassium": "39.10 g/mol"},
    "activity due to potassium-40", "Bq", A, laws=2,
    solution=f"N(K-40) = (0.42/39.10)·N_A·1.17e-4 = {N40:.4g}; λ = ln2/T½ = {lam:.4g} 1/s; A = λN = {A:.4g} Bq.",
    assumptions=["1 year = 365.25 days"])

# N3 zoo cat treated with I-131: time to fall to release level
A0, A1, th = 150.0, 20.0, 8.02
t = th * math.log2(A0 / A1)
add(F, "A hyperthyroid cat at the zoo's veterinary clinic is treated with iodine-131 (half-life 8.02 days), leaving 150 MBq in its body. Ignoring biological excretion, how long must the cat stay in isolation until the activity falls to 20 MBq?",
    {"initial activity": "150 MBq", "release activity": "20 MBq", "half-life of iodine-131": "8.02 day"},
    "isolation time", "day", t, laws=1,
    solution=f"t = T½·log2(A0/A) = 8.02·log2(7.5) = {t:.4g} days.",
    assumptions=["only physical decay considered"])

# N4 astronaut equivalent dose
Np, Edep, m, wR = 1.2e9, 30e6 * e, 75.0, 2.0
D = Np * Edep / m
H = D * wR
add(F, "During a solar storm, 1.2 × 10⁹ energetic protons are stopped in the body of a 75 kg astronaut on the space station, each depositing 30 MeV. Using a radiation weighting factor of 2 for protons, what equivalent dose does the astronaut receive?",
    {"number of protons absorbed": "1.2e9 dimensionless", "energy deposited per proton": "30 MeV", "mass of the astronaut": "75 kg", "radiation weighting factor": "2 dimensionless"},
    "equivalent dose", "mSv", H * 1000, laws=2,
    solution=f"Energy = 1.2e9·30 MeV = {Np*Edep:.4g} J; absorbed dose = E/m = {D:.4g} Gy; equivalent dose = 2·D = {H*1000:.4g} mSv.",
    assumptions=["dose spread uniformly over the whole body"])

# N5 U-235 fission energy compared with a dam
mU, MU, Ef, Pdam = 1.0, 235.04, 200.0, 500e6
Nf = mU * 1000 / MU * NA
E = Nf * Ef * 1e6 * e
t = E / Pdam
add(F, "Complete fission of 1.0 kg of uranium-235 (molar mass 235.04 g/mol) releases about 200 MeV per fission. For how many hours would a 500 MW hydroelectric dam have to run to produce the same amount of energy?",
    {"mass of uranium-235": "1.0 kg", "molar mass of uranium-235": "235.04 g/mol", "energy per fission": "200 MeV", "power of the dam": "500 MW"},
    "running time of the dam", "hour", t / 3600, laws=2,
    solution=f"N = 1000/235.04·N_A = {Nf:.4g} nuclei; E = N·200 MeV = {E:.4g} J; t = E/P = {t:.4g} s = {t/3600:.4g} h.",
    assumptions=["every nucleus fissions"])

# N6 airport scanner lead shielding thickness from half-value layer
hvl, frac = 0.30, 1e-3
x = hvl * math.log2(1 / frac)
add(F, "For the X-rays of an airport baggage scanner, the half-value layer of lead is 0.30 mm. What thickness of lead reduces the beam intensity to 0.10% of its unshielded value?",
    {"half-value layer of lead": "0.30 mm", "fraction transmitted": "0.10 percent"},
    "thickness of lead needed", "mm", x, laws=1,
    solution=f"I/I0 = (½)^(x/HVL) → x = 0.30·log2(1000) = {x:.4g} mm.",
    assumptions=["narrow-beam exponential attenuation", "single effective photon energy"])

# N7 camping in a cave: radon sample decay
A0, A1, th = 1200.0, 150.0, 3.82
t = th * math.log2(A0 / A1)
add(F, "On a caving and camping trip, a student seals an air sample containing radon-222 (half-life 3.82 days) whose activity is 1200 Bq. How long until the radon activity in the sealed sample drops to 150 Bq?",
    {"initial activity": "1200 Bq", "final activity": "150 Bq", "half-life of radon-222": "3.82 day"},
    "time required", "day", t, laws=1,
    solution=f"1200 → 150 Bq is a factor 8 = three half-lives: t = 3·3.82 = {t:.4g} days.",
    assumptions=["radon daughters not counted"])

# N8 theatre tritium exit sign, Ci to GBq
A0, th, t = 20.0, 12.32, 10.0
A = A0 * 2 ** (-t / th) * Ci / 1e9
add(F, "The glowing exit signs in an old theatre contain tritium (half-life 12.32 years). A sign was installed with 20 Ci of tritium. What is its activity 10 years later, in gigabecquerels?",
    {"initial activity": "20 Ci", "half-life of tritium": "12.32 year", "elapsed time": "10 year"},
    "activity after 10 years", "GBq", A, laws=1,
    solution=f"A = 20 Ci·2^(−10/12.32) = {A0*2**(-t/th):.4g} Ci; 1 Ci = 3.7e10 Bq → {A:.4g} GBq.",
    assumptions=["no leakage of tritium"])

# N9 car wash solar heating: helium-4 production rate in the Sun
mH, mHe, Lsun = 1.00782503223, 4.00260325413, 3.828e26
Q = (4 * mH - mHe) * u_MeV
rate = Lsun / (Q * 1e6 * e)
add(F, "The car wash's solar water heaters are ultimately powered by fusion in the Sun, which converts four hydrogen atoms (1.007825 u each) into one helium-4 atom (4.002603 u). Given the Sun's luminosity of 3.828 × 10²⁶ W, how many helium-4 nuclei does the Sun produce per second?",
    {"atomic mass of hydrogen-1": "1.007825 u", "atomic mass of helium-4": "4.002603 u", "luminosity of the Sun": "3.828e26 W"},
    "helium-4 nuclei produced per second", "1/s", rate, laws=2,
    solution=f"Energy per reaction = (4·1.007825 − 4.002603) u·931.494 MeV/u = {Q:.4g} MeV = {Q*1e6*e:.4g} J; rate = L/Q = {rate:.4g} per second.",
    assumptions=["all released energy (including neutrinos) counted in the luminosity", "atomic masses include electrons, which annihilate with the positrons"])

# N10 rowing club dugout canoe radiocarbon age (distractor: length)
Afresh, Anow, th = 0.255, 0.213, 5730.0
age = th * math.log2(Afresh / Anow)
add(F, "A 9.0 m dugout canoe displayed at the rowing club has a carbon-14 activity of 0.213 Bq per gram of carbon, while living wood gives 0.255 Bq per gram. The half-life of carbon-14 is 5730 years. How old is the canoe?",
    {"length of the canoe": "9.0 m", "activity per gram of carbon now": "0.213 Bq/g", "activity per gram of carbon in living wood": "0.255 Bq/g", "half-life of carbon-14": "5730 year"},
    "age of the canoe", "year", age, laws=1, irrelevant=["length of the canoe"],
    solution=f"t = T½·log2(A0/A) = 5730·log2(0.255/0.213) = {age:.4g} years.",
    assumptions=["atmospheric C-14 level unchanged"])

# N11 satellite RTG electrical power after 20 years
P0, th, t, eta = 300.0, 87.7, 20.0, 0.06
Pel = P0 * 2 ** (-t / th) * eta
add(F, "While aligning a dish, an installer explains that some deep-space probes are powered by plutonium-238 generators. One such generator produces 300 W of heat at launch and converts 6.0% of the heat into electricity. Pu-238 has a half-life of 87.7 years. What electrical power is available 20 years after launch?",
    {"initial thermal power": "300 W", "conversion efficiency": "6.0 percent", "half-life of plutonium-238": "87.7 year", "time since launch": "20 year"},
    "electrical power after 20 years", "W", Pel, laws=2,
    solution=f"Thermal power after 20 y = 300·2^(−20/87.7) = {P0*2**(-t/th):.4g} W; electrical = 6.0% of that = {Pel:.4g} W.",
    assumptions=["constant conversion efficiency (thermocouple degradation ignored)"])

# N12 coffee shop smoke detector americium mass
A, th, MAm = 37e3, 432.2, 241.06
Nam = A * th * year / math.log(2)
mass = Nam * MAm / NA
add(F, "The smoke detector in a coffee shop contains an americium-241 source with an activity of 37 kBq. Am-241 has a half-life of 432.2 years and a molar mass of 241.06 g/mol. What mass of americium is in the source?",
    {"activity of the source": "37 kBq", "half-life of americium-241": "432.2 year", "molar mass of americium-241": "241.06 g/mol"},
    "mass of americium-241", "microgram", mass * 1e6, laws=2,
    solution=f"N = A T½/ln2 = {Nam:.4g} nuclei; m = N M/N_A = {mass:.4g} g = {mass*1e6:.4g} μg.",
    assumptions=["1 year = 365.25 days"])

# N13 not derivable: elapsed time missing
add(F, "A patient is injected with 370 MBq of fluorine-18 (half-life 109.8 min) in preparation for a PET scan before moving to the MRI room. What activity remains in the patient when the scan starts?",
    {"injected activity": "370 MBq", "half-life of fluorine-18": "109.8 min"},
    "activity at the start of the scan", "MBq", None, outcome="not derivable", laws=1,
    solution="The decay law needs the time between injection and the scan, which is not given.",
    assumptions=[])

# N14 not derivable: number of nuclei without half-life or identity
add(F, "A radioactive check source in the space station's laboratory has an activity of 5.0 kBq. How many radioactive nuclei does it contain?",
    {"activity of the source": "5.0 kBq"},
    "number of radioactive nuclei", "dimensionless", None, outcome="not derivable", laws=1,
    solution="N = A/λ requires the decay constant (half-life), but neither the isotope nor its half-life is given.",
    assumptions=[])

# N15 ill-posed: reactor output exceeding fuel energy
mday, Pel = 1.0e-3, 5.0e9
Eday = mday * 1000 / 235.04 * NA * 200e6 * e
add(F, "A grid operator compares a hydroelectric dam with a nuclear plant that is said to fission only 1.0 g of uranium-235 per day (about 200 MeV per fission) while delivering 5.0 GW of electrical power. What is the plant's overall efficiency?",
    {"mass of uranium-235 fissioned per day": "1.0 g", "energy per fission": "200 MeV", "electrical power output": "5.0 GW"},
    "overall efficiency", "percent", None, outcome="ill-posed", laws=2,
    solution=f"1.0 g/day of U-235 releases {Eday:.3g} J/day ≈ {Eday/86400/1e9:.3g} GW of heat, far less than 5.0 GW of electricity; the efficiency would be about {5e9/(Eday/86400)*100:.3g}%, which is impossible.",
    assumptions=["molar mass of U-235 235.04 g/mol"])

# =====================================================================
# ASTRO
# =====================================================================
F = "astro"
GM_E = G * M_earth
EA = ["mass of Earth 5.972e24 kg", "mean radius of Earth 6371 km"]

# A1 space station orbital period
alt = 420e3
r = R_earth + alt
T = 2 * math.pi * math.sqrt(r**3 / GM_E)
add(F, "The space station travels in a circular orbit 420 km above Earth's surface. How long does one orbit take?",
    {"altitude of the orbit": "420 km"},
    "orbital period", "min", T / 60, laws=2,
    solution=f"r = 6371 + 420 km = {r/1000:.4g} km; gravity provides the centripetal force: T = 2π√(r³/(G M)) = {T:.4g} s = {T/60:.4g} min.",
    assumptions=EA + ["circular orbit, atmospheric drag ignored"])

# A2 geostationary altitude above the equator
Tsid, Req = 86164.1, 6378.1e3
rgeo = (GM_E * Tsid**2 / (4 * math.pi**2)) ** (1 / 3)
altgeo = rgeo - Req
add(F, "A satellite dish installer explains that TV satellites sit in geostationary orbit, going round once per sidereal day (86 164 s) above the equator. Earth's equatorial radius is 6378 km. At what altitude above the equator are these satellites?",
    {"sidereal day": "86164.1 s", "equatorial radius of Earth": "6378.1 km"},
    "altitude of geostationary orbit", "km", altgeo / 1000, laws=2,
    solution=f"r³ = G M T²/(4π²) → r = {rgeo/1000:.5g} km; altitude = r − 6378.1 km = {altgeo/1000:.5g} km.",
    assumptions=["mass of Earth 5.972e24 kg", "circular equatorial orbit"])

# A3 round-trip signal delay via a geostationary satellite (distractor: dish diameter)
alt = 35786e3
tdel = 2 * alt / c
add(F, "A customer's new 80 cm dish receives TV from a geostationary satellite 35 786 km overhead. How long does a signal take to travel from a ground uplink station up to the satellite and back down to the customer, if both are directly below the satellite?",
    {"diameter of the dish": "80 cm", "altitude of the satellite": "35786 km"},
    "total signal travel time", "ms", tdel * 1000, laws=1, irrelevant=["diameter of the dish"],
    solution=f"Path = 2·35786 km; t = 2·35786e3/c = {tdel:.4g} s = {tdel*1000:.4g} ms.",
    assumptions=["straight-line paths at the speed of light", "both ground stations directly below the satellite"])

# A4 camping stargazing: Vega's distance from parallax
p = 0.130
d_pc = 1 / p
d_ly = d_pc * pc / ly
add(F, "While camping, an amateur astronomer reads that the bright star Vega has a parallax of 0.130 arcseconds. How far away is Vega, in light-years?",
    {"parallax of Vega": "0.130 arcsecond"},
    "distance to Vega", "ly", d_ly, laws=1,
    solution=f"d = 1/p = {d_pc:.4g} pc; 1 pc = 3.2616 ly → d = {d_ly:.4g} ly.",
    assumptions=[])

# A5 camping solar panel: Sun's surface temperature from the solar constant
S, Rsun = 1361.0, 6.957e8
L = 4 * math.pi * au**2 * S
Tsun = (L / (4 * math.pi * Rsun**2 * sigma)) ** 0.25
add(F, "A camper's solar-panel manual states that sunlight above Earth's atmosphere delivers 1361 W/m². Given that Earth is 1.00 au from the Sun and the Sun's radius is 6.957 × 10⁸ m, estimate the Sun's surface temperature, treating it as a blackbody.",
    {"solar irradiance at Earth": "1361 W/m^2", "Earth-Sun distance": "1.00 au", "radius of the Sun": "6.957e8 m"},
    "surface temperature of the Sun", "K", Tsun, laws=3,
    solution=f"L = 4π(1 au)²·1361 = {L:.4g} W; Stefan–Boltzmann: T = (L/(4πR²σ))^¼ = {Tsun:.4g} K.",
    assumptions=["Sun radiates as a blackbody", "isotropic emission"])

# A6 Jupiter's mass from Io's orbit
Tio, rio = 1.769 * day, 4.217e8
MJ = 4 * math.pi**2 * rio**3 / (G * Tio**2)
add(F, "Stargazing from the crest of a hydroelectric dam, a visitor spots Jupiter's moon Io. Io orbits Jupiter every 1.769 days at a distance of 421 700 km. What is Jupiter's mass?",
    {"orbital period of Io": "1.769 day", "orbital radius of Io": "421700 km"},
    "mass of Jupiter", "kg", MJ, laws=2,
    solution=f"Newton's form of Kepler's third law: M = 4π² r³/(G T²) = {MJ:.4g} kg.",
    assumptions=["circular orbit", "Io's mass negligible compared with Jupiter's"])

# A7 zoo exhibit: a lion's weight on Mars
m, MM, RM = 250.0, 6.417e23, 3.390e6
gM = G * MM / RM**2
W = m * gM
add(F, "A zoo's space-themed exhibit shows what animals would weigh on Mars. Mars has a mass of 6.417 × 10²³ kg and a radius of 3390 km. What would a 250 kg lion weigh there?",
    {"mass of the lion": "250 kg", "mass of Mars": "6.417e23 kg", "radius of Mars": "3390 km"},
    "weight of the lion on Mars", "N", W, laws=2,
    solution=f"g_Mars = G M/R² = {gM:.4g} m/s²; W = m g = {W:.4g} N.",
    assumptions=["Mars treated as a uniform sphere", "rotation ignored"])

# A8 extra speed to escape from the station's orbit
alt = 420e3
r = R_earth + alt
vc = math.sqrt(GM_E / r)
ve = math.sqrt(2 * GM_E / r)
dv = ve - vc
add(F, "A spacecraft docked with the space station is in a circular orbit 420 km above Earth's surface. By how much must its speed be increased, in a single quick burn, for it to escape Earth's gravity altogether?",
    {"altitude of the orbit": "420 km"},
    "required increase in speed", "km/s", dv / 1000, laws=2,
    solution=f"r = {r/1000:.4g} km; circular speed √(GM/r) = {vc:.4g} m/s; escape speed √(2GM/r) = {ve:.4g} m/s; Δv = {dv:.4g} m/s.",
    assumptions=EA + ["burn along the direction of motion", "Moon, Sun and drag ignored"])

# A9 trampoline jump on the Moon
hE, MMo, RMo = 0.80, 7.342e22, 1.737e6
gMo = G * MMo / RMo**2
hMo = hE * g / gMo
add(F, "At a trampoline park, a child leaves the bed with a speed that would carry her 0.80 m high on Earth. The Moon has a mass of 7.342 × 10²² kg and a radius of 1737 km. How high would the same take-off speed carry her on the Moon?",
    {"jump height on Earth": "0.80 m", "mass of the Moon": "7.342e22 kg", "radius of the Moon": "1737 km"},
    "jump height on the Moon", "m", hMo, laws=2,
    solution=f"g_Moon = G M/R² = {gMo:.4g} m/s²; same v², so h_Moon = h_E·g_E/g_Moon = {hMo:.4g} m.",
    assumptions=G0 + ["no air resistance"])

# A10 theatre planetarium show: Hubble distance from redshift
lobs, lrest, H0 = 672.0, 656.3, 70.0
z = lobs / lrest - 1
v = c * z / 1000
dH = v / H0
add(F, "In a planetarium show on a theatre stage, the presenter says the hydrogen-alpha line (rest wavelength 656.3 nm) of a distant galaxy is observed at 672.0 nm. Using Hubble's law with H0 = 70 km/s/Mpc and v ≈ cz, how far away is the galaxy?",
    {"rest wavelength": "656.3 nm", "observed wavelength": "672.0 nm", "Hubble constant": "70 km/s/Mpc"},
    "distance to the galaxy", "Mpc", dH, laws=2,
    solution=f"z = 672.0/656.3 − 1 = {z:.4g}; v = c z = {v:.4g} km/s; d = v/H0 = {dH:.4g} Mpc.",
    assumptions=["low-redshift approximation v = cz"])

# A11 rowing at dawn: light travel time from the Sun (distractor: boat speed)
tl = au / c
add(F, "A rowing crew moving at 4.0 m/s watches the Sun rise. How long ago did the light they are seeing leave the Sun? Take the Earth–Sun distance as 1.000 au.",
    {"speed of the boat": "4.0 m/s", "Earth-Sun distance": "1.000 au"},
    "light travel time from the Sun", "min", tl / 60, laws=1, irrelevant=["speed of the boat"],
    solution=f"t = d/c = 1.495978707e11/299792458 = {tl:.4g} s = {tl/60:.4g} min.",
    assumptions=["atmospheric delay ignored"])

# A12 coffee shop astronomy night: Schwarzschild radius of Sgr A*
Msun_q = 1.989e30
Mbh = 4.3e6 * Msun_q
Rs = 2 * G * Mbh / c**2
add(F, "At a coffee shop's astronomy night, the speaker says the black hole at the centre of the Milky Way has a mass of 4.3 million solar masses (one solar mass is 1.989 × 10³⁰ kg). What is its Schwarzschild radius, in astronomical units?",
    {"mass of the black hole in solar masses": "4.3e6 dimensionless", "mass of the Sun": "1.989e30 kg"},
    "Schwarzschild radius", "au", Rs / au, laws=1,
    solution=f"M = 4.3e6·1.989e30 kg = {Mbh:.4g} kg; R_s = 2GM/c² = {Rs:.4g} m = {Rs/au:.4g} au.",
    assumptions=["non-rotating black hole"])

# A13 not derivable: luminosity without distance
add(F, "On a camping trip far from city lights, you measure that a star delivers an energy flux of 2.0 × 10⁻⁹ W/m² at your telescope. What is the star's luminosity?",
    {"measured energy flux": "2.0e-9 W/m^2"},
    "luminosity of the star", "W", None, outcome="not derivable", laws=1,
    solution="L = 4π d² F requires the star's distance, which is not given.",
    assumptions=[])

# A14 not derivable: orbit radius without star mass
add(F, "Waiting for their coffee, two astronomers discuss a newly found exoplanet that orbits its star once every 3.5 days. How far is the planet from its star?",
    {"orbital period of the planet": "3.5 day"},
    "orbital radius of the planet", "au", None, outcome="not derivable", laws=2,
    solution="Kepler's third law r³ = G M T²/(4π²) needs the star's mass, which is not given.",
    assumptions=[])

# A15 ambiguous: "at 8000 km" altitude or distance from the centre
d = 8000e3
r_alt = R_earth + d
T_alt = 2 * math.pi * math.sqrt(r_alt**3 / GM_E)
T_ctr = 2 * math.pi * math.sqrt(d**3 / GM_E)
add(F, "A satellite dish installer points a dish at a weather satellite that circles Earth at 8000 km. Assuming a circular orbit, what is the satellite's orbital period?",
    {"orbital distance": "8000 km"},
    "orbital period", "hour", None, outcome="ambiguous", laws=2,
    solution=f"If 8000 km is the altitude, r = 14 371 km and T = {T_alt/3600:.4g} h; if it is the distance from Earth's centre, T = {T_ctr/3600:.4g} h.",
    assumptions=EA)

# =====================================================================
# FINALIZE: order, ids, validation, output
# =====================================================================
KEYS = ["id", "field", "text", "given", "find", "unit", "expected", "outcome",
        "rel_tol", "laws", "irrelevant", "solution", "assumptions"]
FIELDS = ["mechanics", "thermodynamics", "fluids", "waves", "optics", "circuits",
          "electromagnetism", "modern", "nuclear", "astro"]


def finalize():
    items = list(ITEMS)
    random.Random(20240610).shuffle(items)      # interleave fields and outcomes
    out = []
    for i, it in enumerate(items, 1):
        d = {"id": f"q10t-{i:03d}"}
        d.update(it)
        out.append({k: d[k] for k in KEYS})
    # ---- validation ----
    assert len(out) == 150, len(out)
    oc = {}
    fc = {}
    for q in out:
        oc[q["outcome"]] = oc.get(q["outcome"], 0) + 1
        fc[q["field"]] = fc.get(q["field"], 0) + 1
        assert q["field"] in FIELDS
        if q["outcome"] == "value":
            assert isinstance(q["expected"], float) and math.isfinite(q["expected"]), q["id"]
        else:
            assert q["expected"] is None, q["id"]
        for name in q["irrelevant"]:
            assert name in q["given"], (q["id"], name)
        for k, v in q["given"].items():
            parts = v.split(" ", 1)
            float(parts[0])
            assert len(parts) == 2 and parts[1].strip(), (q["id"], k, v)
    assert oc == {"value": 120, "not derivable": 15, "ill-posed": 8, "ambiguous": 7}, oc
    assert all(fc[f] == 15 for f in FIELDS), fc
    nchain = sum(1 for q in out if q["laws"] >= 2)
    assert nchain >= 60, nchain
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "batch_t.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    return out, oc, fc, nchain


if __name__ == "__main__":
    out, oc, fc, nchain = finalize()
    for q in out:
        exp = "-" if q["expected"] is None else f"{q['expected']:.6g}"
        print(f"{q['id']} {q['field'][:7]:7s} {q['outcome'][:6]:6s} L{q['laws']} {exp:>14s} {q['unit']:12s} | {q['find']}")
    print("outcomes:", oc)
    print("fields:", fc)
    print("chained (laws>=2):", nchain, " with distractors:", sum(1 for q in out if q["irrelevant"]))
