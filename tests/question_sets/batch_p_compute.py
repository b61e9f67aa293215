#!/usr/bin/env python3
"""Builds batch_p.json: 150 introductory physics questions with computed answers.
Constants: CODATA 2018; g = 9.81 m/s^2."""
import json
import math

# ---- constants (CODATA 2018 / IAU) ----
g = 9.81
c = 299792458.0
h = 6.62607015e-34
e = 1.602176634e-19
kB = 1.380649e-23
NA = 6.02214076e23
G = 6.67430e-11
eps0 = 8.8541878128e-12
mu0 = 1.25663706212e-6
me = 9.1093837015e-31
mp = 1.67262192369e-27
sigma = 5.670374419e-8
u = 1.66053906660e-27
R = 8.314462618
uc2_MeV = 931.49410242
me_MeV = 0.51099895000
mp_MeV = 938.27208816
b_wien = 2.897771955e-3
Rinf = 10973731.568160
AU = 1.495978707e11
LY = 9460730472580800.0
YEAR = 365.25 * 86400.0
ATM = 101325.0
PSI_PER_ATM = 14.6959488

G_ASSUME = "g = 9.81 m/s^2"
CODATA = "CODATA 2018 values of physical constants"

Q = []


def sig6(x):
    return float(f"{x:.6g}")


def add(field, text, given, find, unit, expected, outcome="value", laws=1,
        irrelevant=(), solution="", assumptions=(), rel_tol=0.01):
    Q.append({
        "field": field,
        "text": text,
        "given": given,
        "find": find,
        "unit": unit,
        "expected": None if expected is None else sig6(expected),
        "outcome": outcome,
        "rel_tol": rel_tol,
        "laws": laws,
        "irrelevant": list(irrelevant),
        "solution": solution,
        "assumptions": list(assumptions),
    })


def f(x, n=4):
    return f"{x:.{n}g}"


# =====================================================================
# MECHANICS
# =====================================================================
F = "mechanics"

v = math.sqrt(2 * g * 42) * 3.6
add(F, "A roller-coaster car of mass 600 kg is released from rest at the top of a 42 m high drop. "
       "Ignoring friction and air resistance, how fast is it moving at the bottom of the drop, in km/h?",
    {"mass of the car": "600 kg", "height of the drop": "42 m"},
    "speed at the bottom", "km/h", v, laws=1, irrelevant=["mass of the car"],
    solution=f"Energy conservation: v = sqrt(2gh) = sqrt(2*9.81*42) = {f(v/3.6)} m/s = {f(v)} km/h; the mass cancels.",
    assumptions=[G_ASSUME, "no friction or air resistance", "starts from rest"])

N = 65 * (12**2 / 8.0 - g)
add(F, "At the top of a vertical loop of radius 8.0 m, a coaster car is moving at 12 m/s. "
       "What force does the seat exert on a 65 kg rider at that point?",
    {"radius of the loop": "8.0 m", "speed at the top": "12 m/s", "mass of the rider": "65 kg"},
    "normal force from the seat", "N", N, laws=2,
    solution=f"At the top, N + mg = mv^2/r, so N = 65*(144/8 - 9.81) = {f(N)} N (downward).",
    assumptions=[G_ASSUME, "rider treated as a particle moving on the loop radius"])

t = 2 * 1800 / (270 / 3.6)
add(F, "An airliner starts from rest and reaches its take-off speed of 270 km/h after rolling 1.8 km along the runway "
       "with constant acceleration. How long does the take-off roll last?",
    {"take-off speed": "270 km/h", "length of the roll": "1.8 km"},
    "duration of the take-off roll", "s", t, laws=1,
    solution=f"With uniform acceleration from rest, d = (v/2) t, so t = 2d/v = 2*1800/75 = {f(t)} s.",
    assumptions=["constant acceleration", "starts from rest"])

a = 240e3 / 75000 - 0.02 * g
add(F, "A 75 000 kg jet begins its take-off roll with a total engine thrust of 240 kN. The coefficient of rolling "
       "resistance between tyres and runway is 0.02 and air drag is negligible at low speed. What is its acceleration?",
    {"mass of the jet": "75000 kg", "total engine thrust": "240 kN", "coefficient of rolling resistance": "0.02"},
    "initial acceleration", "m/s**2", a, laws=2,
    solution=f"Rolling resistance = 0.02*m*g = {f(0.02*75000*g)} N; a = (F - mu m g)/m = {f(a)} m/s^2.",
    assumptions=[G_ASSUME, "level runway", "drag negligible"])

T = 1200 * (g + 0.5) / 1000
add(F, "A tower crane lifts a 1200 kg steel beam, giving it an upward acceleration of 0.5 m/s^2. "
       "What is the tension in the hoist cable?",
    {"mass of the beam": "1200 kg", "upward acceleration": "0.5 m/s^2"},
    "tension in the cable", "kN", T, laws=1,
    solution=f"Newton's second law: T - mg = ma, T = 1200*(9.81+0.5) = {f(T*1000)} N = {f(T)} kN.",
    assumptions=[G_ASSUME, "cable mass negligible"])

P = 800 * g * 25 / 40 / 0.75 / 1000
add(F, "A building-site hoist raises an 800 kg pallet of bricks 25 m at constant speed in 40 s. The electric motor "
       "and gearbox together are 75% efficient. What electrical power does the hoist draw?",
    {"mass of the pallet": "800 kg", "height raised": "25 m", "time taken": "40 s", "efficiency": "75 percent"},
    "electrical input power", "kW", P, laws=2,
    solution=f"Useful power = mgh/t = {f(800*g*25/40)} W; input = useful/0.75 = {f(P)} kW.",
    assumptions=[G_ASSUME, "constant speed, so no change in kinetic energy"])

m_cw = 2000 * 15 / 6
add(F, "A tower crane 40 m tall holds a 2000 kg load on its horizontal jib at 15 m from the tower axis. "
       "The counterweight sits 6 m from the axis on the other side. What counterweight mass balances the load exactly?",
    {"height of the tower": "40 m", "mass of the load": "2000 kg", "distance of the load from the axis": "15 m",
     "distance of the counterweight from the axis": "6 m"},
    "mass of the counterweight", "kg", m_cw, laws=1, irrelevant=["height of the tower"],
    solution=f"Torque balance about the axis: M*6 = 2000*15, so M = {f(m_cw)} kg.",
    assumptions=["jib mass is balanced separately / neglected"])

d = (50 / 3.6)**2 / (2 * 1.2)
add(F, "A tram travelling at 50 km/h brakes with a constant deceleration of 1.2 m/s^2. How far does it travel before stopping?",
    {"initial speed": "50 km/h", "deceleration": "1.2 m/s^2"},
    "stopping distance", "m", d, laws=1,
    solution=f"v^2 = 2ad gives d = (13.89 m/s)^2/(2*1.2) = {f(d)} m.",
    assumptions=["constant deceleration", "no reaction time"])

theta = math.degrees(math.atan((90 / 3.6)**2 / (600 * g)))
add(F, "A railway curve has a radius of 600 m and trains take it at 90 km/h. At what angle should the track be banked "
       "so that no sideways force from the rails is needed?",
    {"radius of the curve": "600 m", "train speed": "90 km/h"},
    "banking angle", "degree", theta, laws=2,
    solution=f"Normal force supplies centripetal force: tan(theta) = v^2/(r g) = 625/(600*9.81), theta = {f(theta)} degrees.",
    assumptions=[G_ASSUME, "no friction / lateral rail force"])

P = 0.5 * 1800 * (100 / 3.6)**2 / 6.5 / 1000
add(F, "A 1800 kg electric car accelerates from rest to 100 km/h in 6.5 s. Ignoring all losses, what average power "
       "must the motor deliver?",
    {"mass of the car": "1800 kg", "final speed": "100 km/h", "time": "6.5 s"},
    "average power", "kW", P, laws=2,
    solution=f"KE = 0.5*1800*(27.78)^2 = {f(0.5*1800*(100/3.6)**2)} J; P = KE/t = {f(P)} kW.",
    assumptions=["no drag, friction or drivetrain losses", "level road"])

vf = 20000 * 1.5 / 32000
dKE = (0.5 * 20000 * 1.5**2 - 0.5 * 32000 * vf**2) / 1000
add(F, "In a harbour, a 20 000 kg workboat drifting at 1.5 m/s bumps into a stationary 12 000 kg barge and the two "
       "couple together. How much kinetic energy is lost in the collision?",
    {"mass of the workboat": "20000 kg", "speed of the workboat": "1.5 m/s", "mass of the barge": "12000 kg"},
    "kinetic energy lost", "kJ", dKE, laws=2,
    solution=f"Momentum: v = 20000*1.5/32000 = {f(vf)} m/s; KE lost = 22500 J - 0.5*32000*v^2 = {f(dKE)} kJ.",
    assumptions=["water resistance negligible during the collision", "perfectly inelastic coupling"])

P = 12e3 * 7.2 / 3.6 / 1000
add(F, "A 4500 kg tractor pulls a plough through a field at a steady 7.2 km/h, with a drawbar pull of 12 kN. "
       "What power is delivered to the plough?",
    {"mass of the tractor": "4500 kg", "speed": "7.2 km/h", "drawbar pull": "12 kN"},
    "power delivered to the plough", "kW", P, laws=1, irrelevant=["mass of the tractor"],
    solution=f"P = F v = 12000 N * 2.0 m/s = {f(P)} kW.",
    assumptions=["steady speed, pull parallel to motion"])

add(F, "A tower crane's hoist motor delivers 15 kW of useful mechanical power while lifting a load at constant speed. "
       "How high does the load rise in 20 s?",
    {"useful power of the motor": "15 kW", "time": "20 s"},
    "height risen", "m", None, outcome="not derivable", laws=1,
    solution="Height = P t/(m g) requires the mass of the load, which is not given and cannot be assumed.",
    assumptions=[G_ASSUME])

vmax = math.sqrt(2 * g * 30)
add(F, "A 500 kg roller-coaster car starts from rest at the top of a 30 m drop. At the bottom it is measured moving at "
       "30 m/s even though friction acts along the track. How much work does friction do on the car?",
    {"mass of the car": "500 kg", "height of the drop": "30 m", "speed at the bottom": "30 m/s"},
    "work done by friction", "kJ", None, outcome="ill-posed", laws=1,
    solution=f"Even without friction the car could reach only sqrt(2gh) = {f(vmax)} m/s; 30 m/s would need friction to "
             "add energy (positive work), contradicting the data.",
    assumptions=[G_ASSUME])

h1 = 12**2 * math.sin(math.radians(30))**2 / (2 * g)
h2 = 12**2 * math.sin(math.radians(60))**2 / (2 * g)
add(F, "A fountain at an amusement park shoots a jet of water out of its nozzle at 12 m/s, tilted 30 degrees. "
       "How high above the nozzle does the jet rise?",
    {"speed of the jet": "12 m/s", "tilt of the nozzle": "30 degree"},
    "maximum height above the nozzle", "m", None, outcome="ambiguous", laws=1,
    solution=f"If the tilt is 30 degrees above the horizontal, H = v^2 sin^2(30)/(2g) = {f(h1)} m; if it is 30 degrees "
             f"from the vertical (60 above horizontal), H = {f(h2)} m.",
    assumptions=[G_ASSUME, "no air resistance"])

# =====================================================================
# THERMODYNAMICS
# =====================================================================
F = "thermodynamics"

Qh = 1.5 * 4186 * (100 - 18)
t = Qh / (2200 * 0.9) / 60
add(F, "An electric kettle rated at 2.2 kW heats 1.5 L of water from 18 degrees C to boiling at 100 degrees C. "
       "90% of the electrical energy goes into the water. How long does it take, in minutes?",
    {"power rating": "2.2 kW", "volume of water": "1.5 L", "initial temperature": "18 degC",
     "final temperature": "100 degC", "efficiency": "90 percent"},
    "heating time", "minute", t, laws=2,
    solution=f"Q = m c dT = 1.5*4186*82 = {f(Qh)} J; t = Q/(0.9*2200 W) = {f(t*60)} s = {f(t)} min.",
    assumptions=["density of water 1 kg/L", "specific heat of water 4186 J/(kg K)"])

mi = 0.2 * 4186 * 25 / 334000 * 1000
add(F, "You want to cool 200 g of cola from 25 degrees C to 0 degrees C by dropping in ice at 0 degrees C. "
       "What mass of ice is needed so that all of it just melts when the cola reaches 0 degrees C?",
    {"mass of cola": "200 g", "initial temperature of the cola": "25 degC", "temperature of the ice": "0 degC"},
    "mass of ice", "g", mi, laws=2,
    solution=f"Heat from cola m c dT = 0.2*4186*25 = {f(0.2*4186*25)} J melts ice: m_ice = Q/L_f = {f(mi)} g.",
    assumptions=["cola has the specific heat of water, 4186 J/(kg K)", "latent heat of fusion of ice 334 kJ/kg",
                 "no heat exchange with the glass or surroundings"])

mv = 1800 * 600 / 2.26e6 * 1000
add(F, "A pot holding 2 kg of water is already boiling at 100 degrees C on a stove that delivers 1.8 kW to the water. "
       "How much water boils away in 10 minutes?",
    {"initial mass of water": "2 kg", "power delivered": "1.8 kW", "time": "10 minute"},
    "mass of water boiled away", "g", mv, laws=1, irrelevant=["initial mass of water"],
    solution=f"m = P t / L_v = 1800*600/2.26e6 = {f(mv)} g.",
    assumptions=["latent heat of vaporisation of water 2.26 MJ/kg", "all delivered power goes into evaporation"])

p_abs = (32 + PSI_PER_ATM) * (45 + 273.15) / (10 + 273.15)
p_g = p_abs - PSI_PER_ATM
add(F, "An electric car's tyre is inflated to 32 psi (gauge) on a cold morning at 10 degrees C. After a long motorway drive "
       "the air inside is at 45 degrees C. Assuming the tyre volume does not change, what does the pressure gauge read now?",
    {"initial gauge pressure": "32 psi", "initial temperature": "10 degC", "final temperature": "45 degC"},
    "final gauge pressure", "psi", p_g, laws=1,
    solution=f"Absolute pressure scales with kelvin temperature: (32+14.70)*318.15/283.15 = {f(p_abs)} psi absolute, "
             f"i.e. {f(p_g)} psi gauge.",
    assumptions=["atmospheric pressure 14.696 psi", "constant volume, ideal gas"])

rho = 26000 * 0.02897 / (R * (273.15 - 50))
add(F, "At an airliner's cruising altitude the air pressure is 26 kPa and the temperature is -50 degrees C. "
       "What is the density of the air there?",
    {"air pressure": "26 kPa", "air temperature": "-50 degC"},
    "air density", "kg/m**3", rho, laws=1,
    solution=f"rho = pM/(RT) = 26000*0.02897/(8.314*223.15) = {f(rho)} kg/m^3.",
    assumptions=["air is an ideal gas with molar mass 0.02897 kg/mol", CODATA])

COP = (4 + 273.15) / (22 - 4)
Qc = COP * 80 * 3600 / 1e6
add(F, "A kitchen refrigerator keeps its interior at 4 degrees C in a room at 22 degrees C. If its 80 W compressor ran as an "
       "ideal (Carnot) refrigerator for one hour, how much heat could it remove from the interior?",
    {"interior temperature": "4 degC", "room temperature": "22 degC", "compressor power": "80 W", "running time": "1 hour"},
    "heat removed", "MJ", Qc, laws=2,
    solution=f"COP_Carnot = Tc/(Th-Tc) = 277.15/18 = {f(COP)}; Q = COP*P*t = {f(COP)}*80*3600 J = {f(Qc)} MJ.",
    assumptions=["ideal Carnot cycle", "compressor power is the work input"])

Prad = 0.9 * sigma * 1.6 * (60 + 273.15)**4
add(F, "A solar panel of area 1.6 m^2 with 20% electrical efficiency reaches 60 degrees C on a summer afternoon. Its front "
       "surface has an emissivity of 0.9. What thermal power does that surface emit by radiation?",
    {"area of the panel": "1.6 m^2", "electrical efficiency": "20 percent", "temperature of the panel": "60 degC",
     "emissivity": "0.9"},
    "radiated power", "W", Prad, laws=1, irrelevant=["electrical efficiency"],
    solution=f"Stefan-Boltzmann: P = e sigma A T^4 = 0.9*5.67e-8*1.6*(333.15)^4 = {f(Prad)} W.",
    assumptions=[CODATA, "emission from the front surface only, absorption from surroundings ignored"])

dL = 12 * 12e-6 * 40 * 1000
add(F, "A 12 m steel beam in a building frame warms from -5 degrees C in winter to 35 degrees C in summer. The linear "
       "expansion coefficient of the steel is 12 x 10^-6 per kelvin. By how much does the beam lengthen?",
    {"length of the beam": "12 m", "winter temperature": "-5 degC", "summer temperature": "35 degC",
     "expansion coefficient": "12e-6 1/K"},
    "change in length", "mm", dL, laws=1,
    solution=f"dL = alpha L dT = 12e-6*12*40 = {f(dL/1000)} m = {f(dL)} mm.",
    assumptions=["free expansion"])

stress = 200e9 * 12e-6 * 30 / 1e6
add(F, "A continuously welded steel rail is clamped so it cannot change length. Its temperature rises by 30 degrees C. "
       "Young's modulus of the steel is 200 GPa and its expansion coefficient is 12 x 10^-6 per kelvin. What compressive "
       "stress builds up in the rail?",
    {"temperature rise": "30 delta_degC", "Young's modulus": "200 GPa", "expansion coefficient": "12e-6 1/K"},
    "thermal stress", "MPa", stress, laws=2,
    solution=f"The blocked strain is alpha dT = 3.6e-4; Hooke's law gives stress = E*strain = {f(stress)} MPa.",
    assumptions=["linear elastic behaviour", "rail fully restrained"])

Pc = 0.8 * 2.5 * 20 / 0.004 / 1000
add(F, "A single-glazed window on a building site cabin is 2.5 m^2 of glass 4 mm thick, with thermal conductivity "
       "0.8 W/(m K). The inner glass surface is at 21 degrees C and the outer surface at 1 degree C. At what rate does "
       "heat flow through the glass?",
    {"area of the window": "2.5 m^2", "thickness of the glass": "4 mm", "thermal conductivity": "0.8 W/(m*K)",
     "inner surface temperature": "21 degC", "outer surface temperature": "1 degC"},
    "rate of heat flow", "kW", Pc, laws=1,
    solution=f"Fourier's law: P = kA dT/d = 0.8*2.5*20/0.004 = {f(Pc*1000)} W = {f(Pc)} kW.",
    assumptions=["steady one-dimensional conduction"])

mf = 60e3 / 0.32 * 3600 / 45e6
add(F, "A tractor ploughing at 8 km/h has a diesel engine delivering 60 kW of mechanical power at 32% efficiency. "
       "Diesel releases 45 MJ per kg when burned. What mass of fuel does it burn per hour?",
    {"ploughing speed": "8 km/h", "mechanical power": "60 kW", "efficiency": "32 percent",
     "energy content of diesel": "45 MJ/kg"},
    "fuel burned per hour", "kg", mf, laws=2, irrelevant=["ploughing speed"],
    solution=f"Heat input = 60 kW/0.32 = 187.5 kW; per hour 6.75e8 J; mass = 6.75e8/45e6 = {f(mf)} kg.",
    assumptions=["steady operation"])

Pamb = ATM + 1025 * g * 20
Vs = 200e5 * 12 / Pamb
add(F, "A diver in a harbour works at a depth of 20 m in seawater of density 1025 kg/m^3. Her 12 L tank is filled to "
       "200 bar. Assuming constant temperature, what volume of air at the surrounding water pressure can the tank supply?",
    {"depth": "20 m", "density of seawater": "1025 kg/m^3", "tank volume": "12 L", "tank pressure": "200 bar"},
    "volume of air at depth", "L", Vs, laws=2,
    solution=f"Ambient pressure = 101325 + 1025*9.81*20 = {f(Pamb)} Pa; Boyle: V = 200e5*12/{f(Pamb)} = {f(Vs)} L.",
    assumptions=[G_ASSUME, "atmospheric pressure 101325 Pa", "tank pressure taken as absolute",
                 "isothermal, tank fully emptied (idealised)"])

add(F, "An electric kettle rated at 2.0 kW heats water from 20 degrees C to 100 degrees C. Assuming all of the "
       "electrical energy goes into the water, how long does it take?",
    {"power rating": "2.0 kW", "initial temperature": "20 degC", "final temperature": "100 degC"},
    "heating time", "s", None, outcome="not derivable", laws=2,
    solution="t = m c dT / P needs the amount of water in the kettle, which is not given.",
    assumptions=["specific heat of water 4186 J/(kg K)"])

add(F, "A kitchen freezer is designed to hold its interior at -300 degrees C while the kitchen is at 22 degrees C. "
       "What is the best possible coefficient of performance of this freezer?",
    {"interior temperature": "-300 degC", "kitchen temperature": "22 degC"},
    "maximum coefficient of performance", "dimensionless", None, outcome="ill-posed", laws=1,
    solution="-300 degrees C is -26.85 K, below absolute zero, so no such temperature exists and the Carnot COP is meaningless.",
    assumptions=[])

p1 = 1.0 * (40 + 273.15) / (20 + 273.15)
add(F, "A sealed glass jar of air at 20 degrees C and 1.0 atm is warmed in a pan of water until its temperature is doubled. "
       "What is the new pressure inside the jar?",
    {"initial temperature": "20 degC", "initial pressure": "1.0 atm"},
    "new pressure", "atm", None, outcome="ambiguous", laws=1,
    solution=f"If 'doubled' means 40 degrees C, p = 1.0*313.15/293.15 = {f(p1)} atm; if the absolute temperature doubles "
             "(to 586.3 K), p = 2.0 atm.",
    assumptions=["constant volume, ideal gas"])

# =====================================================================
# FLUIDS
# =====================================================================
F = "fluids"

p = (ATM + 1025 * g * 15) / ATM
add(F, "A harbour diver works at a depth of 15 m in seawater of density 1025 kg/m^3. What is the absolute pressure on "
       "the diver, in atmospheres?",
    {"depth": "15 m", "density of seawater": "1025 kg/m^3"},
    "absolute pressure", "atm", p, laws=1,
    solution=f"p = p_atm + rho g h = 101325 + 1025*9.81*15 = {f(p*ATM)} Pa = {f(p)} atm.",
    assumptions=[G_ASSUME, "atmospheric pressure 101325 Pa at the surface"])

v2 = 1.5 * (2.0 / 0.8)**2
add(F, "Water flows at 1.5 m/s through a garden irrigation hose of inner diameter 2.0 cm and leaves through a nozzle of "
       "diameter 0.8 cm. How fast does it leave the nozzle?",
    {"speed in the hose": "1.5 m/s", "diameter of the hose": "2.0 cm", "diameter of the nozzle": "0.8 cm"},
    "exit speed", "m/s", v2, laws=1,
    solution=f"Continuity: v2 = v1 (d1/d2)^2 = 1.5*(2.5)^2 = {f(v2)} m/s.",
    assumptions=["incompressible flow, nozzle full"])

Pin = 1000 * g * 12 * 30e-3 / 60 / 0.6
add(F, "A farm pump lifts water 12 m from a well into a storage tank at 30 L/min. The pump-motor unit is 60% efficient. "
       "What electrical power does it use?",
    {"height lifted": "12 m", "flow rate": "30 L/min", "efficiency": "60 percent"},
    "electrical power", "W", Pin, laws=2,
    solution=f"Useful power = rho g h Q = 1000*9.81*12*5e-4 = {f(Pin*0.6)} W; input = /0.6 = {f(Pin)} W.",
    assumptions=[G_ASSUME, "water density 1000 kg/m^3", "kinetic energy of the outflow neglected"])

mc = 1000 * 15 * 5 * 0.12
add(F, "A river barge with a flat-bottomed rectangular hull 15 m long and 5 m wide, and a 200 kW engine, sinks 12 cm deeper "
       "into the fresh water of a river harbour when cargo is loaded. What is the mass of the cargo?",
    {"length of the hull": "15 m", "width of the hull": "5 m", "engine power": "200 kW", "extra depth": "12 cm"},
    "mass of the cargo", "kg", mc, laws=1, irrelevant=["engine power"],
    solution=f"Extra buoyancy equals the cargo weight: m = rho A dh = 1000*75*0.12 = {f(mc)} kg.",
    assumptions=["fresh water density 1000 kg/m^3", "vertical hull sides"])

Fs = 900 * g * (2 / 12)**2
add(F, "A hydraulic lift on a construction site has a small piston of diameter 2 cm and a large piston of diameter 12 cm. "
       "What force on the small piston holds a 900 kg load on the large piston?",
    {"diameter of the small piston": "2 cm", "diameter of the large piston": "12 cm", "mass of the load": "900 kg"},
    "force on the small piston", "N", Fs, laws=1,
    solution=f"Pascal: F1 = F2 (d1/d2)^2 = 900*9.81/36 = {f(Fs)} N.",
    assumptions=[G_ASSUME, "pistons at the same level, piston masses negligible"])

L = 0.5 * 0.4 * (250**2 - 230**2) * 120 / 1000
add(F, "At altitude, air of density 0.4 kg/m^3 flows over the top of an airliner's wings at 250 m/s and under them at "
       "230 m/s. The total wing area is 120 m^2. Estimate the lift force.",
    {"air density": "0.4 kg/m^3", "speed over the top": "250 m/s", "speed underneath": "230 m/s", "wing area": "120 m^2"},
    "lift force", "kN", L, laws=1,
    solution=f"Bernoulli: dp = 0.5 rho (v1^2 - v2^2) = 1920 Pa; L = dp A = {f(L)} kN.",
    assumptions=["Bernoulli along streamlines, incompressible flow"])

vp = math.sqrt(2 * 4200 / 1.1) * 3.6
add(F, "A light aircraft's pitot-static tube measures a dynamic pressure of 4.2 kPa where the air density is 1.1 kg/m^3. "
       "What is the airspeed in km/h?",
    {"dynamic pressure": "4.2 kPa", "air density": "1.1 kg/m^3"},
    "airspeed", "km/h", vp, laws=1,
    solution=f"0.5 rho v^2 = 4200 Pa, v = sqrt(2*4200/1.1) = {f(vp/3.6)} m/s = {f(vp)} km/h.",
    assumptions=["incompressible flow"])

vt = math.sqrt(2 * g * 2.5)
Qf = vt * math.pi * 0.0075**2 * 1000 * 60
add(F, "A farm water tank open at the top has a round hole of diameter 1.5 cm in its side, 2.5 m below the water surface. "
       "At what rate does water flow out, in litres per minute?",
    {"diameter of the hole": "1.5 cm", "depth of the hole below the surface": "2.5 m"},
    "outflow rate", "L/min", Qf, laws=2,
    solution=f"Torricelli: v = sqrt(2gh) = {f(vt)} m/s; Q = vA = {f(vt)}*pi*(0.0075)^2 m^3/s = {f(Qf)} L/min.",
    assumptions=[G_ASSUME, "no contraction of the jet, tank level constant"])

Wapp = (0.060 - 1000 * 55e-6) * g
add(F, "A raw egg of mass 60 g and volume 55 cm^3 rests on the bottom of a pan of water. What is its apparent weight?",
    {"mass of the egg": "60 g", "volume of the egg": "55 cm^3"},
    "apparent weight", "N", Wapp, laws=2,
    solution=f"Weight 0.060*9.81 N minus buoyancy 1000*55e-6*9.81 N = {f(Wapp)} N.",
    assumptions=[G_ASSUME, "water density 1000 kg/m^3"])

Fp = 1025 * g * 200 * math.pi * 0.15**2 / 1000
add(F, "A research submarine leaving a harbour dives to 200 m in seawater of density 1025 kg/m^3. Its round viewing "
       "window is 30 cm in diameter and the cabin is kept at 1 atm. What net force does the water exert on the window?",
    {"depth": "200 m", "density of seawater": "1025 kg/m^3", "diameter of the window": "30 cm"},
    "net force on the window", "kN", Fp, laws=2,
    solution=f"Net pressure = rho g h = {f(1025*g*200)} Pa; F = p*pi*(0.15)^2 = {f(Fp)} kN.",
    assumptions=[G_ASSUME, "cabin at surface atmospheric pressure"])

rho_in = 1.225 * (15 + 273.15) / (100 + 273.15)
mL = 2800 * (1.225 - rho_in)
add(F, "A hot-air balloon ride at a theme park has an envelope volume of 2800 m^3. The outside air is at 15 degrees C with "
       "density 1.225 kg/m^3 and the air inside is heated to 100 degrees C. What total mass (envelope, basket and passengers) "
       "can the balloon just support?",
    {"envelope volume": "2800 m^3", "outside temperature": "15 degC", "outside air density": "1.225 kg/m^3",
     "inside temperature": "100 degC"},
    "maximum supported mass", "kg", mL, laws=2,
    solution=f"At equal pressure rho_in = 1.225*288.15/373.15 = {f(rho_in)} kg/m^3; Archimedes: m = V (rho_out - rho_in) = {f(mL)} kg.",
    assumptions=["ideal gas, same pressure inside and out", "volume of basket and passengers neglected"])

hj = 3e5 / (1000 * g)
add(F, "A hose used to clean solar panels is fed by mains water at a gauge pressure of 3 bar through 25 m of hose. "
       "Ignoring losses, how high could a vertical jet of water from it rise?",
    {"gauge pressure": "3 bar", "length of hose": "25 m"},
    "maximum jet height", "m", hj, laws=1, irrelevant=["length of hose"],
    solution=f"Bernoulli: p = rho g h, h = 3e5/(1000*9.81) = {f(hj)} m.",
    assumptions=[G_ASSUME, "water density 1000 kg/m^3", "no friction losses"])

add(F, "Water flows through a farm irrigation pipe of inner diameter 4.0 cm. How many litres does the pipe deliver per hour?",
    {"inner diameter of the pipe": "4.0 cm"},
    "volume delivered per hour", "L", None, outcome="not derivable", laws=1,
    solution="Volume flow = v A t; the flow speed (or a pressure drop and pipe data) is not given.",
    assumptions=[])

add(F, "A harbour barge has a rectangular box-shaped hull 20 m long and 6 m wide and floats in seawater of density "
       "1025 kg/m^3. What mass of cargo can be loaded before the deck reaches the waterline?",
    {"length of the hull": "20 m", "width of the hull": "6 m", "density of seawater": "1025 kg/m^3"},
    "maximum cargo mass", "kg", None, outcome="not derivable", laws=1,
    solution="The extra mass is rho*A*(freeboard); the height of the deck above the water (or the hull depth and empty "
             "draught) is not given.",
    assumptions=[])

add(F, "A solid plastic mooring buoy of density 1200 kg/m^3 floats at rest in seawater of density 1025 kg/m^3. "
       "What fraction of its volume is below the waterline?",
    {"density of the buoy": "1200 kg/m^3", "density of seawater": "1025 kg/m^3"},
    "fraction submerged", "percent", None, outcome="ill-posed", laws=1,
    solution="A floating solid has fraction rho_b/rho_w submerged = 1.17 > 1: a solid denser than seawater cannot float, "
             "so the data contradict.",
    assumptions=[])

# =====================================================================
# WAVES
# =====================================================================
F = "waves"

lq = c / 98.5e6 / 4
add(F, "An FM radio station broadcasts at 98.5 MHz. How long should a quarter-wave car antenna be for this station?",
    {"broadcast frequency": "98.5 MHz"},
    "antenna length", "m", lq, laws=1,
    solution=f"lambda = c/f = {f(c/98.5e6)} m; quarter wave = {f(lq)} m.",
    assumptions=["wave travels at c", CODATA])

fo = 440 * 343 / (343 - 108 / 3.6)
add(F, "A train approaches a level crossing at 108 km/h, sounding its 440 Hz horn. What frequency does a "
       "person standing at the crossing hear?",
    {"speed of the train": "108 km/h", "horn frequency": "440 Hz"},
    "frequency heard", "Hz", fo, laws=1,
    solution=f"Moving source: f' = f v/(v - vs) = 440*343/(343-30) = {f(fo)} Hz.",
    assumptions=["speed of sound 343 m/s", "still air"])

fo = 600 * (343 + 25) / 343
add(F, "A crossing bell rings at 600 Hz. A train driver approaching it at 25 m/s hears it. What frequency does the "
       "driver hear?",
    {"bell frequency": "600 Hz", "speed of the train": "25 m/s"},
    "frequency heard", "Hz", fo, laws=1,
    solution=f"Moving observer: f' = f (v + vo)/v = 600*368/343 = {f(fo)} Hz.",
    assumptions=["speed of sound 343 m/s", "still air"])

Lb = 95 - 20 * math.log10(40 / 5)
add(F, "A loudspeaker at a fairground ride produces a sound level of 95 dB at 5 m. What level is heard 40 m away?",
    {"sound level near the speaker": "95 dB", "near distance": "5 m", "far distance": "40 m"},
    "sound level at the far distance", "dB", Lb, laws=2,
    solution=f"Intensity falls as 1/r^2, so level drops by 10 log10(64) = 18.06 dB: {f(Lb)} dB.",
    assumptions=["point source radiating uniformly, no absorption or reflections"])

vw = math.sqrt(g * 4)
lw = vw * 6
add(F, "Near a harbour entrance the water is 4 m deep. Swell with a period of 6 s rolls in as shallow-water waves. "
       "What is their wavelength there?",
    {"water depth": "4 m", "wave period": "6 s"},
    "wavelength", "m", lw, laws=2,
    solution=f"Shallow-water speed v = sqrt(g d) = {f(vw)} m/s; lambda = v T = {f(lw)} m.",
    assumptions=[G_ASSUME, "shallow-water approximation (wavelength much larger than depth)"], rel_tol=0.02)

fc = math.sqrt(20000 / 1.6) / (2 * 30)
add(F, "A 30 m length of crane cable with linear density 1.6 kg/m is stretched between fixed points with a tension of "
       "20 kN. What is its fundamental frequency of transverse vibration?",
    {"length of the cable": "30 m", "linear density": "1.6 kg/m", "tension": "20 kN"},
    "fundamental frequency", "Hz", fc, laws=2,
    solution=f"Wave speed v = sqrt(T/mu) = {f(math.sqrt(20000/1.6))} m/s; f1 = v/(2L) = {f(fc)} Hz.",
    assumptions=["cable treated as a flexible string fixed at both ends", "sag neglected"])

hs = c / 2.45e9 / 2 * 100
add(F, "A microwave oven works at 2.45 GHz, and without a turntable the food cooks in hot spots set by a standing wave. "
       "How far apart are neighbouring hot spots along the wave direction?",
    {"oven frequency": "2.45 GHz"},
    "spacing of hot spots", "cm", hs, laws=2,
    solution=f"lambda = c/f = {f(c/2.45e9*100)} cm; antinodes are half a wavelength apart: {f(hs)} cm.",
    assumptions=["microwaves travel at c in the oven", CODATA])

td = 2 * 35786e3 / c * 1000
add(F, "A phone call is relayed through a geostationary satellite 35 786 km above the equator. How long does the radio "
       "signal take to go up to the satellite and back down?",
    {"height of the satellite": "35786 km"},
    "delay", "ms", td, laws=1,
    solution=f"t = 2h/c = 2*35786e3/2.998e8 = {f(td)} ms.",
    assumptions=["ground stations directly below the satellite", CODATA])

fp = 343 / (2 * 0.85)
add(F, "A steam calliope on a carousel has a pipe open at both ends, 0.85 m long and 5 cm in diameter. Taking the speed "
       "of sound as 343 m/s, what is its fundamental frequency?",
    {"length of the pipe": "0.85 m", "diameter of the pipe": "5 cm", "speed of sound": "343 m/s"},
    "fundamental frequency", "Hz", fp, laws=1, irrelevant=["diameter of the pipe"],
    solution=f"Open pipe: f1 = v/(2L) = 343/1.7 = {f(fp)} Hz.",
    assumptions=["end corrections neglected"])

dd = 1520 * 0.36 / 2
add(F, "A harbour survey boat's 50 kHz sonar pulse returns from the seabed 0.36 s after it is sent. Sound travels at "
       "1520 m/s in the seawater. How deep is the water?",
    {"sonar frequency": "50 kHz", "echo time": "0.36 s", "speed of sound in seawater": "1520 m/s"},
    "depth of water", "m", dd, laws=1, irrelevant=["sonar frequency"],
    solution=f"Round trip: d = v t/2 = 1520*0.36/2 = {f(dd)} m.",
    assumptions=["vertical path"])

mach = math.degrees(math.asin(1 / 1.6))
add(F, "A military jet flies at Mach 1.6. What is the half-angle of the shock (Mach) cone behind it?",
    {"Mach number": "1.6"},
    "half-angle of the Mach cone", "degree", mach, laws=1,
    solution=f"sin(theta) = 1/M = 0.625, theta = {f(mach)} degrees.",
    assumptions=["uniform air"])

vs = 331.3 * math.sqrt((35 + 273.15) / 273.15)
fs = vs / (4 * 2.4)
add(F, "An empty vertical vent pipe on a grain silo is 2.4 m long and closed at the bottom. On a 35 degrees C day, what "
       "is the fundamental frequency of the air column when wind blows across the top?",
    {"length of the pipe": "2.4 m", "air temperature": "35 degC"},
    "fundamental frequency", "Hz", fs, laws=2,
    solution=f"v = 331.3 sqrt(T/273.15) = {f(vs)} m/s; closed pipe f1 = v/(4L) = {f(fs)} Hz.",
    assumptions=["speed of sound 331.3 m/s at 0 degrees C, proportional to sqrt(T)", "end correction neglected"],
    rel_tol=0.02)

add(F, "A tram's overhead contact wire spans 40 m between supports and is tensioned to 10 kN. If it is plucked, what is "
       "its fundamental frequency of transverse vibration?",
    {"span": "40 m", "tension": "10 kN"},
    "fundamental frequency", "Hz", None, outcome="not derivable", laws=2,
    solution="f1 = sqrt(T/mu)/(2L) needs the mass per unit length of the wire (or its cross-section and material), not given.",
    assumptions=[])

add(F, "A radio signal of frequency 100 MHz travelling through ordinary air is measured to have a wavelength of 5.0 m. "
       "What is the speed of the signal?",
    {"frequency": "100 MHz", "wavelength": "5.0 m"},
    "speed of the signal", "m/s", None, outcome="ill-posed", laws=1,
    solution="v = f lambda would be 5.0e8 m/s, faster than light in vacuum; a radio wave in air travels at about 3.0e8 m/s, "
             "so the data are inconsistent.",
    assumptions=[])

v1 = 2 * math.pi * 1.2 / 5
v2 = 2 * math.pi * 0.6 / 5
add(F, "In a harbour, a buoy bobs 1.2 m up and down as regular waves pass, with a period of 5 s. Treating the motion as "
       "simple harmonic, what is the buoy's maximum vertical speed?",
    {"vertical motion": "1.2 m", "period": "5 s"},
    "maximum vertical speed", "m/s", None, outcome="ambiguous", laws=1,
    solution=f"If 1.2 m is the amplitude, v_max = 2 pi A/T = {f(v1)} m/s; if it is the full crest-to-trough travel "
             f"(A = 0.6 m), v_max = {f(v2)} m/s.",
    assumptions=["simple harmonic motion"])

# =====================================================================
# OPTICS
# =====================================================================
F = "optics"

vi = 1 / (1 / 50 - 1 / 3000)
add(F, "A camera with a 50 mm lens is focused on a person standing 3.0 m away. How far from the lens must the image "
       "sensor be?",
    {"focal length": "50 mm", "distance to the person": "3.0 m"},
    "lens-to-sensor distance", "mm", vi, laws=1,
    solution=f"Thin lens: 1/v = 1/50 - 1/3000 per mm, v = {f(vi)} mm.",
    assumptions=["thin lens"])

uo = 1 / (1 / 0.1 - 1 / 5.0)
hi = 24 * 5.0 / uo / 10
add(F, "A slide projector with a 100 mm focal-length lens throws a sharp image on a screen 5.0 m from the lens. "
       "How tall is the image of a 24 mm tall slide picture?",
    {"focal length": "100 mm", "screen distance from the lens": "5.0 m", "height of the slide picture": "24 mm"},
    "height of the image", "cm", hi, laws=2,
    solution=f"1/u = 1/0.1 - 1/5 gives u = {f(uo)} m; magnification v/u = {f(5/uo)}, image = {f(hi)} cm.",
    assumptions=["thin lens"])

ra = math.degrees(math.asin(1.33 * math.sin(math.radians(35))))
add(F, "A lamp 2.0 m under the water of a marina sends a ray to the surface at 35 degrees from the normal. Water has "
       "refractive index 1.33. At what angle from the normal does the ray leave into the air?",
    {"depth of the lamp": "2.0 m", "angle of incidence": "35 degree", "refractive index of water": "1.33"},
    "angle of refraction in air", "degree", ra, laws=1, irrelevant=["depth of the lamp"],
    solution=f"Snell: sin(r) = 1.33 sin 35 = {f(1.33*math.sin(math.radians(35)))}, r = {f(ra)} degrees.",
    assumptions=["refractive index of air 1.00"])

cr = math.degrees(math.asin(1 / 1.58))
add(F, "A plastic scintillator bar in a particle detector has refractive index 1.58 and is surrounded by air. What is "
       "the critical angle for total internal reflection at its surface?",
    {"refractive index of the scintillator": "1.58"},
    "critical angle", "degree", cr, laws=1,
    solution=f"sin(theta_c) = 1/1.58, theta_c = {f(cr)} degrees.",
    assumptions=["refractive index of air 1.00"])

ad = 3.0 / 1.33
add(F, "Looking straight down into a clear harbour basin 3.0 m deep, how deep does the bottom appear? The water's "
       "refractive index is 1.33.",
    {"real depth": "3.0 m", "refractive index of water": "1.33"},
    "apparent depth", "m", ad, laws=1,
    solution=f"Near-normal viewing: apparent depth = real depth/n = 3.0/1.33 = {f(ad)} m.",
    assumptions=["small-angle (paraxial) viewing"])

dt = 550 / (4 * 1.38)
add(F, "Solar-panel glass (n = 1.50) is given an anti-reflection coating of refractive index 1.38. What is the minimum "
       "coating thickness that cancels reflection of 550 nm light at normal incidence?",
    {"refractive index of the glass": "1.50", "refractive index of the coating": "1.38", "wavelength": "550 nm"},
    "minimum coating thickness", "nm", dt, laws=2,
    solution=f"Both reflections have a phase flip, so destructive interference needs 2nt = lambda/2: t = 550/(4*1.38) = {f(dt)} nm.",
    assumptions=["normal incidence", "wavelength in vacuum/air 550 nm"])

th = 1.22 * 550e-9 / 0.025 * 1e6
add(F, "A telephoto camera lens has a focal length of 100 mm and an aperture diameter of 25 mm. What is its smallest "
       "resolvable angle for 550 nm light, according to the Rayleigh criterion?",
    {"focal length": "100 mm", "aperture diameter": "25 mm", "wavelength": "550 nm"},
    "minimum resolvable angle", "urad", th, laws=1, irrelevant=["focal length"],
    solution=f"theta = 1.22 lambda/D = 1.22*550e-9/0.025 = {f(th)} microradians.",
    assumptions=["diffraction-limited circular aperture"])

tg = math.asin(650e-9 * 500e3)
sep = 2 * 2.0 * math.tan(tg)
add(F, "A red 650 nm laser from a projector shines through a grating with 500 lines per millimetre onto a wall 2.0 m away. "
       "How far apart on the wall are the two first-order spots?",
    {"wavelength": "650 nm", "grating line density": "500 1/mm", "distance to the wall": "2.0 m"},
    "separation of the first-order spots", "m", sep, laws=2,
    solution=f"d sin(theta) = lambda with d = 2 um: theta = {f(math.degrees(tg))} degrees; separation = 2 L tan(theta) = {f(sep)} m.",
    assumptions=["wall perpendicular to the undeviated beam"])

I2 = 800 / 2 * math.cos(math.radians(30))**2
add(F, "Unpolarised light of intensity 800 W/m^2 passes through two polarising camera filters whose transmission axes are "
       "30 degrees apart. What intensity emerges?",
    {"incident intensity": "800 W/m^2", "angle between the axes": "30 degree"},
    "transmitted intensity", "W/m**2", I2, laws=2,
    solution=f"First filter halves it to 400 W/m^2; Malus: 400 cos^2 30 = {f(I2)} W/m^2.",
    assumptions=["ideal polarisers"])

br = math.degrees(math.atan(1.33))
add(F, "At what angle of incidence (from the normal) is sunlight reflected from the calm water of a harbour completely "
       "polarised? The water's refractive index is 1.33.",
    {"refractive index of water": "1.33"},
    "Brewster angle", "degree", br, laws=1,
    solution=f"tan(theta_B) = 1.33, theta_B = {f(br)} degrees.",
    assumptions=["refractive index of air 1.00"])

ds = 0.6 * math.radians(0.53) * 1000
add(F, "A solar cooker uses a concave spherical mirror of radius of curvature 1.2 m. The Sun's disc spans an angle of "
       "0.53 degrees. What is the diameter of the Sun's image formed by the mirror?",
    {"radius of curvature": "1.2 m", "angular diameter of the Sun": "0.53 degree"},
    "diameter of the Sun's image", "mm", ds, laws=2,
    solution=f"f = R/2 = 0.6 m; image size = f*theta = 0.6*{f(math.radians(0.53))} rad = {f(ds)} mm.",
    assumptions=["paraxial mirror, small-angle approximation"])

Mg = 1 + 25 / 8
add(F, "A farmer inspects seeds with a 5 cm diameter magnifying glass of focal length 8 cm, holding it so the image is at "
       "the near point, 25 cm from the eye. What is the angular magnification?",
    {"diameter of the lens": "5 cm", "focal length": "8 cm", "near point distance": "25 cm"},
    "angular magnification", "dimensionless", Mg, laws=1, irrelevant=["diameter of the lens"],
    solution=f"M = 1 + N/f = 1 + 25/8 = {f(Mg)}.",
    assumptions=["lens held close to the eye"])

add(F, "A photographer focuses her camera on a statue 3.0 m away. How far behind the lens must the image sensor be?",
    {"distance to the statue": "3.0 m"},
    "lens-to-sensor distance", "mm", None, outcome="not derivable", laws=1,
    solution="The thin-lens equation needs the focal length of the lens, which is not given.",
    assumptions=["thin lens"])

add(F, "In a lighthouse, a beam passes from air into the glass of a Fresnel lens of refractive index 1.52. "
       "What is the angle of refraction inside the glass?",
    {"refractive index of the glass": "1.52"},
    "angle of refraction", "degree", None, outcome="not derivable", laws=1,
    solution="Snell's law needs the angle of incidence of the beam on the glass, which is not given.",
    assumptions=[])

r1 = math.degrees(math.asin(math.sin(math.radians(60)) / 1.33))
r2 = math.degrees(math.asin(math.sin(math.radians(30)) / 1.33))
add(F, "Sunlight strikes the calm water of a harbour at 30 degrees. The water's refractive index is 1.33. At what angle "
       "from the vertical does the light travel in the water?",
    {"angle of the sunlight": "30 degree", "refractive index of water": "1.33"},
    "angle of refraction from the vertical", "degree", None, outcome="ambiguous", laws=1,
    solution=f"If 30 degrees is measured from the water surface, incidence is 60 degrees and r = {f(r1)} degrees; if it is "
             f"from the normal, r = {f(r2)} degrees.",
    assumptions=["refractive index of air 1.00"])

# =====================================================================
# CIRCUITS
# =====================================================================
F = "circuits"

E = 4.0 * 3.85
add(F, "A phone has a 4000 mAh battery with a nominal voltage of 3.85 V. How much energy does the "
       "fully charged battery store, in watt-hours?",
    {"battery capacity": "4000 mA*h", "nominal voltage": "3.85 V"},
    "stored energy", "Wh", E, laws=1,
    solution=f"E = Q V = 4.0 Ah * 3.85 V = {f(E)} Wh.",
    assumptions=["constant nominal voltage during discharge"])

tb = 3000 / 150
add(F, "A wireless camera runs from a 3.7 V battery rated 3000 mAh and draws a steady 150 mA. How long does a full "
       "charge last?",
    {"battery voltage": "3.7 V", "battery capacity": "3000 mA*h", "current drawn": "150 mA"},
    "running time", "hour", tb, laws=1, irrelevant=["battery voltage"],
    solution=f"t = capacity/current = 3000 mAh/150 mA = {f(tb)} h.",
    assumptions=["full capacity usable at this current"])

Ec = 0.5 * 330e-6 * 300**2
add(F, "A camera flash capacitor of 330 uF is charged to 300 V. How much energy does it store?",
    {"capacitance": "330 uF", "voltage": "300 V"},
    "stored energy", "J", Ec, laws=1,
    solution=f"E = C V^2/2 = 0.5*330e-6*300^2 = {f(Ec)} J.",
    assumptions=[])

Pf = 0.5 * 120e-6 * 330**2 / 1e-3 / 1000
add(F, "A compact flash unit charges a 120 uF capacitor to 330 V and dumps all of the stored energy into the flash tube "
       "in 1.0 ms. What is the average power during the flash?",
    {"capacitance": "120 uF", "voltage": "330 V", "flash duration": "1.0 ms"},
    "average power of the flash", "kW", Pf, laws=2,
    solution=f"E = CV^2/2 = {f(0.5*120e-6*330**2)} J; P = E/t = {f(Pf)} kW.",
    assumptions=["capacitor fully discharged"])

Rk = 230**2 / 2400
add(F, "A kettle is rated 2.4 kW at 230 V. What is the resistance of its heating element when hot?",
    {"power rating": "2.4 kW", "supply voltage": "230 V"},
    "resistance of the element", "ohm", Rk, laws=2,
    solution=f"P = V^2/R, so R = 230^2/2400 = {f(Rk)} ohm.",
    assumptions=["rms values, purely resistive"])

Ik = (900 + 1200 + 2000) / 230
add(F, "In a kitchen, a 900 W toaster, a 1200 W microwave oven and a 2000 W kettle are all running at once on the same "
       "230 V circuit, which is wired with 12 m of cable. What total current does the circuit carry?",
    {"toaster power": "900 W", "microwave power": "1200 W", "kettle power": "2000 W", "supply voltage": "230 V",
     "cable length": "12 m"},
    "total current", "A", Ik, laws=2, irrelevant=["cable length"],
    solution=f"Appliances are in parallel: I = sum(P)/V = 4100/230 = {f(Ik)} A.",
    assumptions=["rms values, resistive loads, cable resistance neglected"])

tc = 60 * (0.8 - 0.2) / (7.4 * 0.92)
add(F, "An electric car has a 60 kWh battery. A 7.4 kW home charger charges it from 20% to 80% with an overall "
       "efficiency of 92%. How long does this take?",
    {"battery capacity": "60 kW*h", "charger power": "7.4 kW", "initial charge": "20 percent",
     "final charge": "80 percent", "efficiency": "92 percent"},
    "charging time", "hour", tc, laws=2,
    solution=f"Energy stored = 0.6*60 = 36 kWh; power into battery = 0.92*7.4 kW; t = 36/6.808 = {f(tc)} h.",
    assumptions=["constant charging power"])

Ib = 24 / (12 / 3 + 4)
add(F, "Three 12 ohm lamps on a fairground stall are connected in parallel, and this group is in series with a 4 ohm "
       "resistor across a 24 V battery. What current does the battery supply?",
    {"resistance of each lamp": "12 ohm", "series resistor": "4 ohm", "battery voltage": "24 V"},
    "battery current", "A", Ib, laws=2,
    solution=f"Parallel group = 12/3 = 4 ohm; total 8 ohm; I = 24/8 = {f(Ib)} A.",
    assumptions=["ideal battery, lamp resistance constant"])

t90 = -10e3 * 470e-6 * math.log(0.1)
add(F, "A flash capacitor of 470 uF charges through a 10 kOhm resistor from a constant supply. How long does it take to "
       "reach 90% of the supply voltage?",
    {"capacitance": "470 uF", "resistance": "10 kohm"},
    "charging time to 90%", "s", t90, laws=1,
    solution=f"V = V0 (1 - e^(-t/RC)); t = RC ln 10 = 4.7 s * 2.3026 = {f(t90)} s.",
    assumptions=["capacitor initially uncharged, ideal supply"])

Vt = 12.6 - 150 * 0.02
add(F, "An electric car's 12 V auxiliary battery has an EMF of 12.6 V and internal resistance 0.02 ohm. What is its "
       "terminal voltage while it delivers 150 A?",
    {"EMF": "12.6 V", "internal resistance": "0.02 ohm", "current": "150 A"},
    "terminal voltage", "V", Vt, laws=1,
    solution=f"V = EMF - I r = 12.6 - 150*0.02 = {f(Vt)} V.",
    assumptions=[])

Ed = 1.7 * 1000 * 0.21 * 5 / 1000
add(F, "A rooftop solar panel of area 1.7 m^2 converts sunlight with 21% efficiency. On a day equivalent to 5 hours of "
       "full 1000 W/m^2 sunshine, how much electrical energy does it produce?",
    {"area of the panel": "1.7 m^2", "efficiency": "21 percent", "full-sun hours": "5 hour",
     "full-sun irradiance": "1000 W/m^2"},
    "daily energy output", "kWh", Ed, laws=2,
    solution=f"P = 1000*1.7*0.21 = {f(1.7*1000*0.21)} W; E = P*5 h = {f(Ed)} kWh.",
    assumptions=["panel output proportional to irradiance"])

Il = 5000 / 230
Pl = Il**2 * 0.4
add(F, "An irrigation pump on a farm uses 5 kW at 230 V. It is supplied through a long cable with total resistance "
       "0.4 ohm. How much power is lost as heat in the cable?",
    {"pump power": "5 kW", "pump voltage": "230 V", "cable resistance": "0.4 ohm"},
    "power lost in the cable", "W", Pl, laws=2,
    solution=f"I = P/V = {f(Il)} A; loss = I^2 R = {f(Pl)} W.",
    assumptions=["230 V is the voltage at the pump", "unity power factor"])

add(F, "A 7.4 kW home charger charges an electric car's battery from 20% to 80% with no losses. How long does it take?",
    {"charger power": "7.4 kW", "initial charge": "20 percent", "final charge": "80 percent"},
    "charging time", "hour", None, outcome="not derivable", laws=1,
    solution="t = (0.6 * capacity)/P needs the battery's capacity in kWh, which is not given.",
    assumptions=[])

add(F, "A phone charger draws 10 W from the wall socket and delivers 12 W to the phone's battery. How much energy is "
       "wasted as heat in the charger in one hour?",
    {"power drawn from the wall": "10 W", "power delivered to the battery": "12 W", "time": "1 hour"},
    "energy wasted as heat", "kJ", None, outcome="ill-posed", laws=1,
    solution="The output (12 W) exceeds the input (10 W), an efficiency of 120%, which violates energy conservation.",
    assumptions=[])

Ps = 230**2 / 100
Pp = 2 * 230**2 / 50
add(F, "An oven has two identical 50 ohm heating elements. Both are switched on and connected together to the 230 V "
       "supply. What total power does the oven draw?",
    {"resistance of each element": "50 ohm", "supply voltage": "230 V"},
    "total power", "W", None, outcome="ambiguous", laws=2,
    solution=f"In series (100 ohm) P = 230^2/100 = {f(Ps)} W; in parallel (25 ohm) P = {f(Pp)} W.",
    assumptions=["rms voltage, resistive elements"])

# =====================================================================
# ELECTROMAGNETISM
# =====================================================================
F = "electromagnetism"

K = 5 * 1e6 * e
vp = math.sqrt(2 * K / mp)
rp = mp * vp / (e * 1.5)
add(F, "In a particle detector, a proton with kinetic energy 5 MeV moves perpendicular to a uniform 1.5 T magnetic field. "
       "What is the radius of its circular path?",
    {"kinetic energy": "5 MeV", "magnetic field": "1.5 T"},
    "radius of the path", "m", rp, laws=2,
    solution=f"v = sqrt(2K/m) = {f(vp)} m/s; r = mv/(qB) = {f(rp)} m.",
    assumptions=["non-relativistic (v about 0.1c)", CODATA])

pm = e * 2 * 2.5
add(F, "A muon track in a detector's 2.0 T magnetic field curves with a radius of 2.5 m (motion perpendicular to the "
       "field). What is the muon's momentum?",
    {"magnetic field": "2.0 T", "radius of curvature": "2.5 m"},
    "momentum of the muon", "kg*m/s", pm, laws=1,
    solution=f"p = qBr = 1.602e-19*2.0*2.5 = {f(pm)} kg m/s (about 1.5 GeV/c).",
    assumptions=["charge of magnitude e", CODATA])

Bw = mu0 * 600 / (2 * math.pi * 5) * 1e6
add(F, "A tram's 750 V overhead line carries a current of 600 A. What magnetic field does this current produce 5 m below "
       "the wire?",
    {"line voltage": "750 V", "current": "600 A", "distance below the wire": "5 m"},
    "magnetic field", "uT", Bw, laws=1, irrelevant=["line voltage"],
    solution=f"Long straight wire: B = mu0 I/(2 pi r) = {f(Bw)} microtesla.",
    assumptions=["long straight wire, return current far away", CODATA])

Fm = 40 * 0.25 * 0.8
add(F, "Inside an electric-car motor, a 0.25 m length of conductor carries 40 A at right angles to a 0.8 T magnetic "
       "field. What force acts on it?",
    {"length of conductor": "0.25 m", "current": "40 A", "magnetic field": "0.8 T"},
    "force on the conductor", "N", Fm, laws=1,
    solution=f"F = B I L = 0.8*40*0.25 = {f(Fm)} N.",
    assumptions=["uniform field"])

emf = 200 * 0.3 * 0.01 * 2 * math.pi * 50
add(F, "A small farm wind turbine with 1.2 m blades drives a generator whose coil has 200 turns of area 0.01 m^2 each, "
       "turning at 50 revolutions per second in a 0.3 T field. What is the peak EMF?",
    {"blade length": "1.2 m", "number of turns": "200", "area of each turn": "0.01 m^2",
     "rotation rate": "50 1/s", "magnetic field": "0.3 T"},
    "peak EMF", "V", emf, laws=1, irrelevant=["blade length"],
    solution=f"EMF_peak = N B A omega = 200*0.3*0.01*2 pi*50 = {f(emf)} V.",
    assumptions=["uniform field, sinusoidal EMF"])

N2 = 2300 * 5 / 230
add(F, "A phone charger's ideal transformer steps 230 V down to 5 V and delivers 2 A. Its primary coil has 2300 turns. "
       "How many turns are on the secondary?",
    {"primary voltage": "230 V", "secondary voltage": "5 V", "output current": "2 A", "primary turns": "2300"},
    "number of secondary turns", "dimensionless", N2, laws=1, irrelevant=["output current"],
    solution=f"Ns = Np Vs/Vp = 2300*5/230 = {f(N2)}.",
    assumptions=["ideal transformer"])

Cl = 1 / ((2 * math.pi * 100e6)**2 * 2.5e-6) * 1e12
add(F, "A radio's tuning circuit uses a 2.5 uH inductor. What capacitance tunes it to a station at 100 MHz?",
    {"inductance": "2.5 uH", "station frequency": "100 MHz"},
    "capacitance", "pF", Cl, laws=1,
    solution=f"f = 1/(2 pi sqrt(LC)) gives C = 1/((2 pi f)^2 L) = {f(Cl)} pF.",
    assumptions=["ideal LC circuit"])

emf2 = 20 * 8e-4 * 2e-3 / 5e-6
add(F, "A wireless charging pad's receiver coil has 20 turns of area 8 cm^2. The magnetic field through it changes by "
       "2 mT in 5 us. What average EMF is induced?",
    {"number of turns": "20", "area of the coil": "8 cm^2", "change in field": "2 mT", "time interval": "5 us"},
    "average induced EMF", "V", emf2, laws=1,
    solution=f"Faraday: EMF = N A dB/dt = 20*8e-4*2e-3/5e-6 = {f(emf2)} V.",
    assumptions=["field uniform and perpendicular to the coil"])

ve = math.sqrt(2 * e * 2000 / me)
add(F, "In a drift chamber, an electron starting at rest is accelerated through a potential difference of 2 kV. "
       "What speed does it reach?",
    {"potential difference": "2 kV"},
    "speed of the electron", "m/s", ve, laws=2,
    solution=f"eV = m v^2/2, so v = sqrt(2eV/m) = {f(ve)} m/s.",
    assumptions=["non-relativistic (2 keV << 511 keV)", "starts at rest", CODATA])

Ct = 3 * eps0 * 1e-4 / 1e-4 * 1e12
add(F, "A touch-screen sensor pad acts as a parallel-plate capacitor of area 1 cm^2 with a 0.1 mm gap filled with a "
       "material of dielectric constant 3. What is its capacitance?",
    {"plate area": "1 cm^2", "gap": "0.1 mm", "dielectric constant": "3"},
    "capacitance", "pF", Ct, laws=1,
    solution=f"C = k eps0 A/d = 3*8.854e-12*1e-4/1e-4 = {f(Ct)} pF.",
    assumptions=["edge effects neglected", CODATA])

vsel = 1.2e5 / 0.3
rc = 12 * u * vsel / (e * 0.3)
add(F, "In a mass spectrometer, singly charged carbon-12 ions pass undeflected through a velocity selector with an electric "
       "field of 1.2 x 10^5 V/m and a magnetic field of 0.3 T, then enter a region with only the 0.3 T field. What is the "
       "radius of their path there?",
    {"electric field": "1.2e5 V/m", "magnetic field": "0.3 T", "mass number": "12"},
    "radius of the path", "m", rc, laws=2,
    solution=f"Selector: v = E/B = {f(vsel)} m/s; r = mv/(qB) with m = 12 u: r = {f(rc)} m.",
    assumptions=["ion mass 12 u (electron mass neglected)", CODATA])

Ir = 50e3 / (4 * math.pi * 10e3**2)
E0 = math.sqrt(2 * Ir / (c * eps0))
add(F, "A radio transmitter radiates 50 kW uniformly in all directions. What is the peak electric field of the wave "
       "10 km away?",
    {"radiated power": "50 kW", "distance": "10 km"},
    "peak electric field", "V/m", E0, laws=2,
    solution=f"I = P/(4 pi r^2) = {f(Ir)} W/m^2; I = c eps0 E0^2/2 gives E0 = {f(E0)} V/m.",
    assumptions=["isotropic radiation, no ground reflection", CODATA])

add(F, "A DC fast charger's two parallel cables carry 350 A each in opposite directions. What force per metre does "
       "each cable exert on the other?",
    {"current in each cable": "350 A"},
    "force per metre", "N/m", None, outcome="not derivable", laws=1,
    solution="F/L = mu0 I1 I2/(2 pi d) requires the separation between the cables, which is not given.",
    assumptions=[CODATA])

add(F, "A radio receiver's pickup coil has 200 turns. The magnetic flux through each turn drops from 2.0 mWb to 0.5 mWb. "
       "What average EMF is induced?",
    {"number of turns": "200", "initial flux per turn": "2.0 mWb", "final flux per turn": "0.5 mWb"},
    "average induced EMF", "V", None, outcome="not derivable", laws=1,
    solution="EMF = N dPhi/dt needs the time over which the flux changes, which is not given.",
    assumptions=[])

add(F, "A proton in a detector moves at 4.0 x 10^8 m/s perpendicular to a 2.0 T magnetic field. What is the radius "
       "of its path?",
    {"speed of the proton": "4.0e8 m/s", "magnetic field": "2.0 T"},
    "radius of the path", "m", None, outcome="ill-posed", laws=2,
    solution="4.0e8 m/s exceeds the speed of light (3.0e8 m/s); no proton can move that fast, so the data are unphysical.",
    assumptions=[CODATA])

# =====================================================================
# MODERN PHYSICS
# =====================================================================
F = "modern"

Eph = h * c / 550e-9 / e
add(F, "Sunlight falling on a solar panel peaks near a wavelength of 550 nm. What is the energy of one photon of this "
       "light, in electronvolts?",
    {"wavelength": "550 nm"},
    "photon energy", "eV", Eph, laws=1,
    solution=f"E = hc/lambda = {f(h*c/550e-9)} J = {f(Eph)} eV.",
    assumptions=[CODATA])

rate = 1.6 * 1000 / (h * c / 600e-9)
add(F, "Sunlight of intensity 1000 W/m^2 falls on a 1.6 m^2 solar panel. Treating all of the light as having wavelength "
       "600 nm, how many photons strike the panel each second?",
    {"intensity": "1000 W/m^2", "area of the panel": "1.6 m^2", "wavelength": "600 nm"},
    "photons per second", "1/s", rate, laws=2,
    solution=f"Power = 1600 W; photon energy hc/lambda = {f(h*c/600e-9)} J; rate = {f(rate)} per second.",
    assumptions=["normal incidence", CODATA])

Kmax = h * c / 250e-9 / e - 4.3
add(F, "Ultraviolet light of wavelength 250 nm falls on a zinc plate with work function 4.3 eV. What is the maximum "
       "kinetic energy of the emitted photoelectrons?",
    {"wavelength": "250 nm", "work function": "4.3 eV"},
    "maximum kinetic energy", "eV", Kmax, laws=2,
    solution=f"Photon energy hc/lambda = {f(h*c/250e-9/e)} eV; K_max = E - phi = {f(Kmax)} eV.",
    assumptions=[CODATA])

lam = h / math.sqrt(2 * me * e * 150) * 1e9
add(F, "In an old-style electron tube, electrons are accelerated from rest through 150 V. What is their de Broglie "
       "wavelength?",
    {"accelerating voltage": "150 V"},
    "de Broglie wavelength", "nm", lam, laws=2,
    solution=f"p = sqrt(2 m e V) = {f(math.sqrt(2*me*e*150))} kg m/s; lambda = h/p = {f(lam)} nm.",
    assumptions=["non-relativistic", CODATA])

gam = 1 / math.sqrt(1 - 0.995**2)
dm = gam * 0.995 * c * 2.197e-6 / 1000
add(F, "Muons made 15 km up in the atmosphere travel at 0.995c toward a detector. Their mean lifetime at rest is "
       "2.197 us. How far, on average, does such a muon travel in the Earth frame before decaying?",
    {"production altitude": "15 km", "speed": "0.995 c", "mean lifetime at rest": "2.197 us"},
    "mean distance travelled", "km", dm, laws=2, irrelevant=["production altitude"],
    solution=f"gamma = {f(gam)}; dilated lifetime = {f(gam*2.197)} us; distance = gamma v tau = {f(dm)} km.",
    assumptions=["constant speed", CODATA])

gam = 1 + 2.0 / me_MeV
beta = math.sqrt(1 - 1 / gam**2)
add(F, "A beta particle (electron) in a detector has a kinetic energy of 2.0 MeV. What is its speed as a fraction of the "
       "speed of light?",
    {"kinetic energy": "2.0 MeV"},
    "speed as a fraction of c", "dimensionless", beta, laws=2,
    solution=f"gamma = 1 + K/(mc^2) = 1 + 2.0/0.511 = {f(gam)}; beta = sqrt(1 - 1/gamma^2) = {f(beta)}.",
    assumptions=["electron rest energy 0.51099895 MeV", CODATA])

lb = 36 / (5 * Rinf) * 1e9
add(F, "A hydrogen lamp is used to calibrate a camera's colour response. What wavelength is emitted when the atom's "
       "electron drops from the n = 3 level to the n = 2 level?",
    {"upper level": "3", "lower level": "2"},
    "wavelength", "nm", lb, laws=1,
    solution=f"Rydberg: 1/lambda = R(1/4 - 1/9) = 5R/36, lambda = {f(lb)} nm.",
    assumptions=["Rydberg constant R_inf (infinite nuclear mass)", CODATA, "vacuum wavelength"])

dl = h / (me * c) * 1e12
ls = 71.1 + dl
add(F, "X-rays of wavelength 71.1 pm from a detector calibration source Compton-scatter off electrons through 90 degrees. "
       "What is the wavelength of the scattered X-rays?",
    {"incident wavelength": "71.1 pm", "scattering angle": "90 degree"},
    "scattered wavelength", "pm", ls, laws=1,
    solution=f"d lambda = h/(m_e c)(1 - cos 90) = {f(dl)} pm, so lambda' = {f(ls)} pm.",
    assumptions=["scattering from free electrons at rest", CODATA])

lw = b_wien / (900 + 273.15) * 1e6
add(F, "A 1.2 kW oven grill element glows at 900 degrees C. At what wavelength does its thermal emission peak?",
    {"power of the element": "1.2 kW", "temperature of the element": "900 degC"},
    "peak wavelength", "um", lw, laws=1, irrelevant=["power of the element"],
    solution=f"Wien: lambda_max = b/T = 2.898e-3/1173.15 = {f(lw)} micrometres.",
    assumptions=["blackbody emission", CODATA])

Lc = 200 * math.sqrt(1 - 0.6**2)
add(F, "In a thought experiment, a train that is 200 m long at rest passes a platform at 0.6c. How long is the train as "
       "measured by observers on the platform?",
    {"rest length": "200 m", "speed": "0.6 c"},
    "measured length", "m", Lc, laws=1,
    solution=f"L = L0 sqrt(1 - v^2/c^2) = 200*0.8 = {f(Lc)} m.",
    assumptions=["special relativity"])

dmass = 75 * 3.6e6 / c**2 * 1e9
add(F, "An electric car's battery stores 75 kWh when full. By how much does its mass increase when it is charged from "
       "empty to full?",
    {"stored energy": "75 kW*h"},
    "increase in mass", "ug", dmass, laws=1,
    solution=f"dm = E/c^2 = 2.7e8 J/(2.998e8)^2 = {f(dmass*1e-9)} kg = {f(dmass)} micrograms.",
    assumptions=[CODATA])

nr = 10e3 / (h * 100e6)
add(F, "An FM transmitter with an antenna mast 150 m tall radiates 10 kW at 100 MHz. How many photons does it emit per "
       "second?",
    {"height of the mast": "150 m", "radiated power": "10 kW", "frequency": "100 MHz"},
    "photons emitted per second", "1/s", nr, laws=2, irrelevant=["height of the mast"],
    solution=f"Photon energy E = hf = {f(h*100e6)} J; rate = P/E = {f(nr)} per second.",
    assumptions=[CODATA])

add(F, "A 5 mW laser pointer is used in a lecture with a projector. How many photons does it emit per second?",
    {"power of the laser": "5 mW"},
    "photons per second", "1/s", None, outcome="not derivable", laws=2,
    solution="Rate = P/(hc/lambda) needs the laser's wavelength (its colour), which is not given.",
    assumptions=[CODATA])

add(F, "In a photomultiplier tube, photons of energy 2.0 eV strike a photocathode whose work function is 2.3 eV, and "
       "photoelectrons are emitted. What is their maximum kinetic energy?",
    {"photon energy": "2.0 eV", "work function": "2.3 eV"},
    "maximum kinetic energy", "eV", None, outcome="ill-posed", laws=1,
    solution="K_max = 2.0 - 2.3 = -0.3 eV < 0: photons below the work function cannot eject electrons, contradicting "
             "the statement that electrons are emitted.",
    assumptions=[])

GeVc = 1e9 * e / c
pK = math.sqrt((1000 + mp_MeV)**2 - mp_MeV**2) / 1000
pT = math.sqrt(1000**2 - mp_MeV**2) / 1000
add(F, "A proton in a particle detector has an energy of 1.0 GeV. What is its momentum?",
    {"energy of the proton": "1.0 GeV"},
    "momentum", "kg*m/s", None, outcome="ambiguous", laws=2,
    solution=f"If 1.0 GeV is the kinetic energy, pc = sqrt(1.938^2 - 0.938^2) GeV = {f(pK)} GeV, p = {f(pK*GeVc)} kg m/s; "
             f"if it is the total energy, pc = {f(pT)} GeV, p = {f(pT*GeVc)} kg m/s.",
    assumptions=["proton rest energy 938.272 MeV", CODATA])

# =====================================================================
# NUCLEAR
# =====================================================================
F = "nuclear"

A = 370 * 2**(-12 / 5.27)
add(F, "A cobalt-60 source used to calibrate a particle detector had an activity of 370 kBq when bought. Its half-life is "
       "5.27 years. What is its activity 12 years later?",
    {"initial activity": "370 kBq", "half-life": "5.27 year", "elapsed time": "12 year"},
    "activity after 12 years", "kBq", A, laws=1,
    solution=f"A = A0 2^(-t/T) = 370*2^(-12/5.27) = {f(A)} kBq.",
    assumptions=[])

ti = 8.02 * math.log2(20)
add(F, "After a reactor accident, iodine-131 (half-life 8.02 days) contaminates pasture on a dairy farm. How long does "
       "it take for its activity to fall to 5% of the initial value?",
    {"half-life": "8.02 day", "final fraction": "5 percent"},
    "time needed", "day", ti, laws=1,
    solution=f"t = T log2(1/0.05) = 8.02*4.3219 = {f(ti)} days.",
    assumptions=["no further deposition, only radioactive decay"])

age = 5730 * math.log2(0.25 / 0.18)
add(F, "A wooden plough found on an old farm has a carbon-14 activity of 0.18 Bq per gram of carbon, while living wood "
       "has 0.25 Bq per gram. The half-life of carbon-14 is 5730 years. How old is the plough's wood?",
    {"activity of the old wood": "0.18 Bq/g", "activity of living wood": "0.25 Bq/g", "half-life": "5730 year"},
    "age of the wood", "year", age, laws=1,
    solution=f"t = T log2(A0/A) = 5730*log2(0.25/0.18) = {f(age)} years.",
    assumptions=["constant atmospheric C-14 level"])

dmu = 2 * 1.00782503 + 2 * 1.00866492 - 4.00260325
BE = dmu * uc2_MeV
add(F, "Using atomic masses hydrogen-1 = 1.00782503 u, neutron = 1.00866492 u and helium-4 = 4.00260325 u, find the "
       "total binding energy of the helium-4 nucleus (the alpha particle seen in detectors).",
    {"mass of hydrogen-1 atom": "1.00782503 u", "mass of neutron": "1.00866492 u", "mass of helium-4 atom": "4.00260325 u"},
    "binding energy", "MeV", BE, laws=1,
    solution=f"Mass defect = 2(1.00782503) + 2(1.00866492) - 4.00260325 = {f(dmu,6)} u; BE = {f(BE)} MeV.",
    assumptions=["1 u c^2 = 931.494 MeV", "electron masses cancel using atomic masses", CODATA])

Ef = 200 * 1e6 * e
mU = 60e6 * 86400 / Ef / NA * 235.04
add(F, "The reactor of a nuclear-powered icebreaker in a harbour produces 60 MW of thermal power. Each uranium-235 "
       "fission releases 200 MeV. What mass of U-235 is fissioned per day?",
    {"thermal power": "60 MW", "energy per fission": "200 MeV", "time": "1 day"},
    "mass of U-235 fissioned", "g", mU, laws=2,
    solution=f"Energy per day 5.184e12 J / (3.204e-11 J per fission) = {f(60e6*86400/Ef)} fissions = {f(mU)} g.",
    assumptions=["molar mass of U-235 235.04 g/mol", CODATA])

Nam = 0.29e-6 / 241.06 * NA
lam_am = math.log(2) / (432.2 * YEAR)
Aam = Nam * lam_am / 1000
add(F, "A kitchen smoke detector contains 0.29 ug of americium-241 (molar mass 241.06 g/mol, half-life 432.2 years). "
       "What is its activity?",
    {"mass of americium": "0.29 ug", "molar mass": "241.06 g/mol", "half-life": "432.2 year"},
    "activity", "kBq", Aam, laws=2,
    solution=f"N = m N_A/M = {f(Nam)}; lambda = ln2/T = {f(lam_am)} 1/s; A = lambda N = {f(Aam)} kBq.",
    assumptions=["year = 365.25 days", CODATA])

Dg = 3.5e-3 / 70 * 1e6
add(F, "A technician of mass 70 kg working near a 50 kBq detector calibration source absorbs 3.5 mJ of gamma-ray energy "
       "spread through the whole body. What absorbed dose is this?",
    {"mass of the technician": "70 kg", "activity of the source": "50 kBq", "energy absorbed": "3.5 mJ"},
    "absorbed dose", "uGy", Dg, laws=1, irrelevant=["activity of the source"],
    solution=f"Dose = E/m = 3.5e-3/70 = 5.0e-5 Gy = {f(Dg)} microgray.",
    assumptions=["uniform whole-body absorption"])

Qa = (209.982874 - 205.974465 - 4.002603) * uc2_MeV
Ka = Qa * 205.974465 / (205.974465 + 4.002603)
add(F, "Polonium-210 (atomic mass 209.982874 u) at rest alpha-decays to lead-206 (205.974465 u) and helium-4 "
       "(4.002603 u). What kinetic energy does the alpha particle carry?",
    {"mass of polonium-210": "209.982874 u", "mass of lead-206": "205.974465 u", "mass of helium-4": "4.002603 u"},
    "kinetic energy of the alpha particle", "MeV", Ka, laws=2,
    solution=f"Q = dm c^2 = {f(Qa)} MeV; momentum conservation gives K_alpha = Q m_Pb/(m_Pb + m_alpha) = {f(Ka)} MeV.",
    assumptions=["non-relativistic recoil", "1 u c^2 = 931.494 MeV"])

nDT = 1e-3 / ((2.014102 + 3.016049) * u)
EDT = nDT * 17.6e6 * e / 3.6e6
add(F, "Each deuterium-tritium fusion reaction releases 17.6 MeV. A deuteron has mass 2.014102 u and a triton 3.016049 u. "
       "How much energy, in kWh, would fusing all of 1 g of an equal-number D-T mixture release?",
    {"energy per reaction": "17.6 MeV", "mass of a deuteron": "2.014102 u", "mass of a triton": "3.016049 u",
     "mass of fuel": "1 g"},
    "energy released", "kWh", EDT, laws=2,
    solution=f"Reactions = 1e-3 kg/(5.030151 u) = {f(nDT)}; energy = {f(nDT*17.6e6*e)} J = {f(EDT)} kWh.",
    assumptions=[CODATA, "all fuel reacts"])

cps = 800 / 16 / 2**3
add(F, "A small gamma source gives 800 counts per second in a detector of window area 20 cm^2 placed 1 m away. The "
       "detector is moved to 4 m and 3.6 cm of lead (half-value thickness 1.2 cm) is placed between. What count rate is "
       "expected?",
    {"count rate at 1 m": "800 1/s", "window area": "20 cm^2", "new distance": "4 m", "lead thickness": "3.6 cm",
     "half-value thickness": "1.2 cm"},
    "expected count rate", "1/s", cps, laws=2, irrelevant=["window area"],
    solution=f"Inverse square: 800/16 = 50 per second; 3 half-value layers: 50/8 = {f(cps)} per second.",
    assumptions=["point source, background neglected", "narrow-beam attenuation"])

fr = 100 * 2**(-7 / 3.82)
add(F, "Radon-222 (half-life 3.82 days) seeps into the basement of a new building; the basement is then sealed so no more "
       "enters. What percentage of the radon remains after one week?",
    {"half-life": "3.82 day", "time": "1 week"},
    "percentage remaining", "percent", fr, laws=1,
    solution=f"Fraction = 2^(-7/3.82) = {f(fr/100)} = {f(fr)} %.",
    assumptions=["no further inflow, no ventilation"])

rhoN = 3 * u / (4 * math.pi * (1.2e-15)**3)
add(F, "The nuclei that stop particles in a detector's iron absorber have radius R = r0 A^(1/3) with r0 = 1.2 fm. "
       "Estimate the density of an iron-56 nucleus, taking its mass as 56 u.",
    {"r0": "1.2 fm", "mass number": "56"},
    "nuclear density", "kg/m**3", rhoN, laws=2,
    solution=f"R^3 = r0^3 * 56, so rho = 56u/(4/3 pi r0^3 56) = 3u/(4 pi r0^3) = {f(rhoN)} kg/m^3.",
    assumptions=["uniform sphere", CODATA])

add(F, "A freshly produced tracer sample for a farm groundwater study contains 3 x 10^15 nuclei of a new radioactive "
       "isotope. What is the sample's activity?",
    {"number of nuclei": "3e15"},
    "activity", "Bq", None, outcome="not derivable", laws=1,
    solution="A = lambda N needs the half-life (decay constant) of the isotope, which is not given.",
    assumptions=[])

add(F, "A Geiger counter in a detector lab records 240 counts per minute from a small radioactive source. What is the "
       "source's activity?",
    {"count rate": "240 1/min"},
    "activity", "Bq", None, outcome="not derivable", laws=1,
    solution="Converting count rate to activity needs the detector efficiency and geometry (and background), none given.",
    assumptions=[])

add(F, "A sealed sample of a single radioactive isotope, with no other source nearby, has an activity of 800 Bq. Ten days "
       "later its activity is 1200 Bq. What is the half-life of the isotope?",
    {"initial activity": "800 Bq", "later activity": "1200 Bq", "elapsed time": "10 day"},
    "half-life", "day", None, outcome="ill-posed", laws=1,
    solution="The activity of a single decaying isotope can only fall; a rise from 800 to 1200 Bq would imply a negative "
             "half-life, so the data are contradictory.",
    assumptions=[])

# =====================================================================
# ASTRO
# =====================================================================
F = "astro"
M_mars = 6.4171e23
R_mars = 3389.5e3

gm = G * M_mars / R_mars**2
add(F, "Mars has a mass of 6.4171 x 10^23 kg and a radius of 3389.5 km. What is the gravitational acceleration at its "
       "surface?",
    {"mass of Mars": "6.4171e23 kg", "radius of Mars": "3389.5 km"},
    "surface gravity", "m/s**2", gm, laws=1,
    solution=f"g = GM/R^2 = {f(gm)} m/s^2.",
    assumptions=[CODATA, "spherical, non-rotating planet"])

vesc = math.sqrt(2 * G * 7.342e22 / 1737.4e3) / 1000
add(F, "The Moon has mass 7.342 x 10^22 kg and radius 1737.4 km. What is the escape speed from its surface?",
    {"mass of the Moon": "7.342e22 kg", "radius of the Moon": "1737.4 km"},
    "escape speed", "km/s", vesc, laws=2,
    solution=f"Energy conservation with U = -GMm/R: v = sqrt(2GM/R) = {f(vesc)} km/s.",
    assumptions=[CODATA, "no atmosphere"])

rg = (G * 5.972e24 * 86164**2 / (4 * math.pi**2))**(1 / 3) / 1000
add(F, "A TV satellite must orbit the Earth once every 23 h 56 min 4 s (86 164 s) to stay above one spot. Earth's mass is "
       "5.972 x 10^24 kg. What is the radius of this orbit, measured from Earth's centre?",
    {"orbital period": "86164 s", "mass of the Earth": "5.972e24 kg"},
    "orbital radius", "km", rg, laws=2,
    solution=f"Gravity provides centripetal force: r^3 = GMT^2/(4 pi^2), r = {f(rg)} km.",
    assumptions=[CODATA, "circular orbit"])

Tj = 5.20**1.5
add(F, "Jupiter orbits the Sun at an average distance of 5.20 AU. How long is Jupiter's year, in Earth years?",
    {"orbital radius": "5.20 au"},
    "orbital period", "year", Tj, laws=1,
    solution=f"Kepler's third law in AU and years: T = a^1.5 = {f(Tj)} years.",
    assumptions=["Jupiter's mass negligible relative to the Sun's", "Earth's orbit 1 AU, 1 year"])

tm = 0.52 * AU / c / 60
add(F, "A 1025 kg rover on Mars sends a radio message to Earth when the two planets are 0.52 AU apart. How long does the "
       "message take to arrive?",
    {"mass of the rover": "1025 kg", "Earth-Mars distance": "0.52 au"},
    "signal travel time", "minute", tm, laws=1, irrelevant=["mass of the rover"],
    solution=f"t = d/c = 0.52*1.496e11/2.998e8 = {f(tm*60)} s = {f(tm)} min.",
    assumptions=["1 AU = 1.495978707e11 m", CODATA])

Pj = 1361 / 5.2**2 * 60 * 0.25
add(F, "A spacecraft at Jupiter, 5.2 AU from the Sun, carries 60 m^2 of solar panels with 25% efficiency. At Earth's "
       "distance (1 AU) sunlight has an intensity of 1361 W/m^2. What electrical power do the panels produce at Jupiter?",
    {"distance from the Sun": "5.2 au", "panel area": "60 m^2", "efficiency": "25 percent",
     "solar intensity at 1 AU": "1361 W/m^2"},
    "electrical power", "W", Pj, laws=2,
    solution=f"Inverse square: I = 1361/5.2^2 = {f(1361/5.2**2)} W/m^2; P = I A eta = {f(Pj)} W.",
    assumptions=["panels face the Sun", "efficiency unchanged at low temperature"])

Tio = 2 * math.pi * math.sqrt(421700e3**3 / (G * 1.898e27)) / 86400
add(F, "Jupiter's moon Io orbits at 421 700 km from Jupiter's centre. Jupiter's mass is 1.898 x 10^27 kg. What is Io's "
       "orbital period in days?",
    {"orbital radius": "421700 km", "mass of Jupiter": "1.898e27 kg"},
    "orbital period", "day", Tio, laws=2,
    solution=f"GMm/r^2 = m(2 pi/T)^2 r gives T = 2 pi sqrt(r^3/GM) = {f(Tio*86400)} s = {f(Tio)} days.",
    assumptions=[CODATA, "circular orbit, Io's mass negligible"])

Lsun = 4 * math.pi * AU**2 * 1361
Tsun = (Lsun / (4 * math.pi * (6.957e8)**2 * sigma))**0.25
add(F, "Solar panels on Earth receive 1361 W/m^2 from the Sun at 1 AU. The Sun's radius is 6.957 x 10^8 m. Treating the "
       "Sun as a blackbody, what is its surface temperature?",
    {"solar intensity at 1 AU": "1361 W/m^2", "radius of the Sun": "6.957e8 m"},
    "surface temperature of the Sun", "K", Tsun, laws=2,
    solution=f"L = 4 pi (1 AU)^2 * 1361 = {f(Lsun)} W; sigma T^4 = L/(4 pi R^2) gives T = {f(Tsun)} K.",
    assumptions=["1 AU = 1.495978707e11 m", "blackbody", CODATA])

aT = 1.22187e9
TT = 15.945 * 86400
Msat = 4 * math.pi**2 * aT**3 / (G * TT**2)
add(F, "Saturn's moon Titan orbits at 1.22187 x 10^6 km from Saturn's centre with a period of 15.945 days. What is "
       "Saturn's mass?",
    {"orbital radius": "1.22187e6 km", "orbital period": "15.945 day"},
    "mass of Saturn", "kg", Msat, laws=2,
    solution=f"Kepler/Newton: M = 4 pi^2 r^3/(G T^2) = {f(Msat)} kg.",
    assumptions=[CODATA, "circular orbit, Titan's mass negligible"])

tP = 4.246 * LY / 60e3 / YEAR
add(F, "A probe travels to Proxima Centauri, 4.246 light-years away, at a steady 60 km/s. How many years does the "
       "trip take?",
    {"distance": "4.246 ly", "speed": "60 km/s"},
    "travel time", "year", tP, laws=1,
    solution=f"t = d/v = 4.246*9.4607e15/6e4 = {f(tP*YEAR)} s = {f(tP)} years.",
    assumptions=["constant speed", "1 year = 365.25 days"])

dly = AU / math.tan(math.radians(0.1 / 3600)) / LY
add(F, "A star shows a parallax angle of 0.1 arcseconds as the Earth moves around the Sun (baseline 1 AU). How far away "
       "is the star in light-years?",
    {"parallax angle": "0.1 arcsec"},
    "distance to the star", "ly", dly, laws=1,
    solution=f"d = 1 AU/tan(p) = {f(AU/math.tan(math.radians(0.1/3600)))} m = {f(dly)} light-years.",
    assumptions=["1 AU = 1.495978707e11 m", "1 ly = 9.4607e15 m"])

vph = math.sqrt(G * M_mars / 9376e3) / 1000
add(F, "Mars's moon Phobos, of mass 1.06 x 10^16 kg, orbits 9376 km from the centre of Mars. The mass of Mars is "
       "6.4171 x 10^23 kg. What is Phobos's orbital speed?",
    {"mass of Phobos": "1.06e16 kg", "orbital radius": "9376 km", "mass of Mars": "6.4171e23 kg"},
    "orbital speed", "km/s", vph, laws=2, irrelevant=["mass of Phobos"],
    solution=f"GMm/r^2 = mv^2/r gives v = sqrt(GM/r) = {f(vph)} km/s.",
    assumptions=[CODATA, "circular orbit"])

add(F, "A newly mapped moon of the outer solar system has a radius of 1500 km. What is the gravitational acceleration "
       "at its surface?",
    {"radius of the moon": "1500 km"},
    "surface gravity", "m/s**2", None, outcome="not derivable", laws=1,
    solution="g = GM/R^2 needs the moon's mass (or mean density), which is not given.",
    assumptions=[CODATA])

add(F, "A tiny moonlet orbits an asteroid in a circular orbit of radius 1.2 km. What is the asteroid's mass?",
    {"orbital radius": "1.2 km"},
    "mass of the asteroid", "kg", None, outcome="not derivable", laws=2,
    solution="M = 4 pi^2 r^3/(G T^2) needs the moonlet's orbital period (or speed), which is not given.",
    assumptions=[CODATA])

T1 = 2 * math.pi * math.sqrt((3400e3)**3 / (G * M_mars)) / 3600
T2 = 2 * math.pi * math.sqrt((3400e3 + R_mars)**3 / (G * M_mars)) / 3600
add(F, "A probe orbits Mars in a circular orbit at a distance of 3400 km. Mars has mass 6.4171 x 10^23 kg and radius "
       "3389.5 km. What is the probe's orbital period in hours?",
    {"orbital distance": "3400 km", "mass of Mars": "6.4171e23 kg", "radius of Mars": "3389.5 km"},
    "orbital period", "hour", None, outcome="ambiguous", laws=2,
    solution=f"If 3400 km is measured from Mars's centre, T = 2 pi sqrt(r^3/GM) = {f(T1)} h (skimming the surface); if it "
             f"is the altitude above the surface (r = 6789.5 km), T = {f(T2)} h.",
    assumptions=[CODATA])

# =====================================================================
# finalise
# =====================================================================
for i, q in enumerate(Q, 1):
    q_out = {"id": f"q10p-{i:03d}"}
    q_out.update(q)
    Q[i - 1] = q_out

# checks
assert len(Q) == 150, len(Q)
ids = [q["id"] for q in Q]
assert len(set(ids)) == 150
for q in Q:
    for k in q["irrelevant"]:
        assert k in q["given"], (q["id"], k)
    if q["outcome"] == "value":
        assert q["expected"] is not None and math.isfinite(q["expected"])
    else:
        assert q["expected"] is None
        assert q["irrelevant"] == []

with open("batch_p.json", "w") as fh:
    json.dump(Q, fh, indent=1, ensure_ascii=True)
print("written", len(Q))
