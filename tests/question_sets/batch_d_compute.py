"""Blind batch D: 200 physics questions with independently computed answers.
Imports only math, json, os, scipy.constants."""
import math
import json
import os
import scipy.constants as sc

PI = math.pi
G0 = 9.80665          # standard gravity, used where Earth's gravity is assumed
ATM = sc.atm          # 101325 Pa
T0 = sc.zero_Celsius  # 273.15 K
C = sc.c
H = sc.h
HBAR = sc.hbar
QE = sc.e
ME = sc.m_e
MP = sc.m_p
KB = sc.k
NA = sc.N_A
RGAS = sc.R
GN = sc.G
EPS0 = sc.epsilon_0
MU0 = sc.mu_0
SIGMA = sc.sigma
EV = sc.eV
U = sc.physical_constants['atomic mass constant'][0]
WIEN = sc.physical_constants['Wien wavelength displacement law constant'][0]
RINF = sc.Rydberg
RY_EV = sc.physical_constants['Rydberg constant times hc in eV'][0]
A0 = sc.physical_constants['Bohr radius'][0]
KC = 1.0 / (4 * PI * EPS0)
YEAR = sc.Julian_year
DAY = 86400.0
AU = sc.au
LY = sc.light_year
PC = sc.parsec
ARCSEC = sc.arcsec
DEG = PI / 180

QS = []
G_NOTE = "Earth's surface gravity g = 9.80665 m/s^2 assumed."


def add(field, text, given, find, unit, expected, outcome="value", laws=1,
        irrelevant=(), solution="", assumptions="", rel_tol=0.01):
    QS.append({
        "id": "q10d-%03d" % (len(QS) + 1),
        "field": field,
        "text": text,
        "given": given,
        "find": find,
        "unit": unit,
        "expected": (float(expected) if outcome == "value" else None),
        "outcome": outcome,
        "rel_tol": rel_tol,
        "laws": laws,
        "irrelevant": list(irrelevant),
        "solution": solution,
        "assumptions": assumptions,
    })


def gamma(beta):
    return 1.0 / math.sqrt(1 - beta ** 2)


# =====================================================================
# MECHANICS
# =====================================================================
m, v = 1200, 25
add("mechanics", f"A {m} kg car with a 90 kW engine is cruising at {v} m/s. How much kinetic energy does it have?",
    {"mass of the car": f"{m} kg", "speed of the car": f"{v} m/s", "engine power": "90 kW"},
    "kinetic energy of the car", "kJ", 0.5 * m * v ** 2 / 1e3, irrelevant=["engine power"],
    solution="E = m v^2 / 2", assumptions="Non-relativistic.")

v0, a = 100, 7.5
add("mechanics", f"The driver of a 1350 kg saloon doing {v0} km/h slams on the brakes and the car decelerates steadily at {a} m/s^2. How far does it travel before stopping?",
    {"initial speed": f"{v0} km/h", "braking deceleration": f"{a} m/s^2", "mass of the car": "1350 kg"},
    "stopping distance of the car", "m", (v0 / 3.6) ** 2 / (2 * a), irrelevant=["mass of the car"],
    solution="d = v0^2 / (2 a)", assumptions="Constant deceleration, reaction time ignored.")

hgt, mball = 20, 0.45
add("mechanics", f"A {mball} kg football rolls off a flat roof {hgt} m above the ground. How long does it take to hit the ground?",
    {"height of the roof": f"{hgt} m", "mass of the ball": f"{mball} kg"},
    "fall time of the ball", "s", math.sqrt(2 * hgt / G0), irrelevant=["mass of the ball"],
    solution="t = sqrt(2 h / g)", assumptions=G_NOTE + " No air resistance; rolls off with negligible horizontal speed (vertical motion unaffected anyway).")

v, th = 18, 35
add("mechanics", f"A ball is kicked at {v} m/s at {th} degrees above level ground. How far away does it land?",
    {"launch speed": f"{v} m/s", "launch angle": f"{th} deg"},
    "horizontal range of the ball", "m", v ** 2 * math.sin(2 * th * DEG) / G0,
    solution="R = v^2 sin(2 theta) / g", assumptions=G_NOTE + " No air drag; lands at launch height.")

k, x, m = 250, 8, 0.05
add("mechanics", f"A toy launcher has a spring of stiffness {k} N/m compressed by {x} cm. It fires a {m*1000:.0f} g ball along a frictionless track. How fast does the ball leave?",
    {"spring constant": f"{k} N/m", "compression": f"{x} cm", "mass of the ball": f"{m*1000:.0f} g"},
    "launch speed of the ball", "m/s", (x / 100) * math.sqrt(k / m), laws=2,
    solution="k x^2/2 = m v^2/2 -> v = x sqrt(k/m)", assumptions="All spring energy goes to the ball; horizontal track.")

L, gg = 0.75, 9.81
add("mechanics", f"A simple pendulum with a 200 g bob is {L} m long, in a place where g = {gg} m/s^2. What is its period?",
    {"pendulum length": f"{L} m", "gravitational acceleration": f"{gg} m/s^2", "mass of the bob": "200 g"},
    "period of the pendulum", "s", 2 * PI * math.sqrt(L / gg), irrelevant=["mass of the bob"],
    solution="T = 2 pi sqrt(L/g)", assumptions="Small-angle oscillations.")

ME_E, RE, alt = 5.972e24, 6371, 400
add("mechanics", f"The 420 tonne space station orbits {alt} km above the Earth's surface. Taking Earth's mass as {ME_E} kg and radius {RE} km, what is its orbital speed?",
    {"altitude": f"{alt} km", "mass of the Earth": f"{ME_E} kg", "radius of the Earth": f"{RE} km", "mass of the station": "420 t"},
    "orbital speed of the space station", "km/s", math.sqrt(GN * ME_E / ((RE + alt) * 1e3)) / 1e3, irrelevant=["mass of the station"],
    solution="v = sqrt(G M / (R + h))", assumptions="Circular orbit.")

Tgps = 11.967
rg = (GN * ME_E * (Tgps * 3600) ** 2 / (4 * PI ** 2)) ** (1 / 3)
add("mechanics", f"A GPS satellite goes round the Earth once every {Tgps} hours on a circular orbit. How high above the surface is it? (Earth: mass {ME_E} kg, radius {RE} km.)",
    {"orbital period": f"{Tgps} h", "Earth's mass": f"{ME_E} kg", "Earth's radius": f"{RE} km"},
    "altitude of the GPS satellite", "km", rg / 1e3 - RE, laws=2,
    solution="r = (G M T^2 / 4 pi^2)^(1/3); h = r - R", assumptions="Circular orbit.")

m1, v1, m2 = 0.2, 3.0, 0.3
add("mechanics", f"Ball 1 ({m1} kg) moving at {v1} m/s hits ball 2 ({m2} kg), which is at rest, and the two stick together. How fast do they move afterwards?",
    {"mass of ball 1": f"{m1} kg", "speed of ball 1": f"{v1} m/s", "mass of ball 2": f"{m2} kg"},
    "common speed after the collision", "m/s", m1 * v1 / (m1 + m2),
    solution="m1 v1 = (m1+m2) v", assumptions="Perfectly inelastic, no external forces.")

m1, v1, m2 = 2.0, 4.0, 1.0
add("mechanics", f"On an air track, cart A ({m1} kg) glides at {v1} m/s into cart B ({m2} kg) at rest. The collision is perfectly elastic. What is cart B's speed afterwards?",
    {"mass of cart A": f"{m1} kg", "speed of cart A": f"{v1} m/s", "mass of cart B": f"{m2} kg"},
    "speed of cart B after the collision", "m/s", 2 * m1 * v1 / (m1 + m2), laws=2,
    solution="momentum + KE conservation: v2' = 2 m1 v1/(m1+m2)", assumptions="1-D elastic collision, frictionless track.")

th, mu, mb = 30, 0.2, 5
add("mechanics", f"A {mb} kg crate slides down a ramp inclined at {th} degrees. The coefficient of kinetic friction is {mu}. What is its acceleration?",
    {"ramp angle": f"{th} deg", "coefficient of kinetic friction": f"{mu}", "mass of the crate": f"{mb} kg"},
    "acceleration of the crate down the ramp", "m/s^2", G0 * (math.sin(th * DEG) - mu * math.cos(th * DEG)), laws=2,
    irrelevant=["mass of the crate"],
    solution="a = g (sin theta - mu cos theta)", assumptions=G_NOTE)

m, hh, t = 800, 15, 20
add("mechanics", f"A lift raises an {m} kg load through {hh} m in {t} s at steady speed. What average power does the motor deliver?",
    {"mass of the load": f"{m} kg", "height raised": f"{hh} m", "time taken": f"{t} s"},
    "average power delivered by the lift motor", "kW", m * G0 * hh / t / 1e3, laws=2,
    solution="P = m g h / t", assumptions=G_NOTE + " No losses, constant speed.")

m, R_, v = 1500, 50, 54
add("mechanics", f"A {m} kg car takes a flat bend of radius {R_} m at {v} km/h. The tyres could grip with a friction coefficient of up to 0.8. What sideways friction force must the tyres actually provide?",
    {"mass of the car": f"{m} kg", "radius of the bend": f"{R_} m", "speed": f"{v} km/h", "coefficient of static friction": "0.8"},
    "required friction force", "kN", m * (v / 3.6) ** 2 / R_ / 1e3, irrelevant=["coefficient of static friction"],
    solution="F = m v^2 / r", assumptions="Flat (unbanked) curve.")

m, r, rpm = 20, 0.25, 3000
I = 0.5 * m * r ** 2
w = rpm * 2 * PI / 60
add("mechanics", f"A flywheel is a uniform solid disc of mass {m} kg and radius {r} m spinning at {rpm} rpm. How much energy does it store?",
    {"mass of the flywheel": f"{m} kg", "radius of the flywheel": f"{r} m", "rotation rate": f"{rpm} rpm"},
    "rotational kinetic energy of the flywheel", "kJ", 0.5 * I * w ** 2 / 1e3, laws=2,
    solution="I = m r^2/2; E = I w^2/2", assumptions="Uniform solid disc.")

mr, v, slope = 90, 8, 5
add("mechanics", f"A cyclist and bike ({mr} kg in total) reach the foot of a {slope} degree hill at {v} m/s and stop pedalling. Ignoring friction and drag, how much height can they gain before stopping?",
    {"total mass": f"{mr} kg", "speed at the bottom": f"{v} m/s", "slope of the hill": f"{slope} deg"},
    "height gained by the cyclist", "m", v ** 2 / (2 * G0),
    irrelevant=["total mass", "slope of the hill"],
    solution="m g h = m v^2/2 -> h = v^2/(2g)", assumptions=G_NOTE + " No friction or drag.")

m, vin, vout, dt = 57, 20, 30, 4
add("mechanics", f"A {m} g tennis ball arrives at {vin} m/s and leaves the racket at {vout} m/s in the opposite direction. Contact lasts {dt} ms. What is the average force on the ball?",
    {"mass of the ball": f"{m} g", "incoming speed": f"{vin} m/s", "outgoing speed": f"{vout} m/s", "contact time": f"{dt} ms"},
    "average force of the racket on the ball", "N", (m / 1e3) * (vin + vout) / (dt / 1e3),
    solution="F = m (v_out + v_in) / dt (reversal)", assumptions="Head-on reversal of direction.")

# =====================================================================
# FLUIDS
# =====================================================================
d, rho = 10, 1025
add("fluids", f"A 65 kg diver is {d} m below the surface of the sea (density {rho} kg/m^3). What is the gauge pressure on her?",
    {"depth": f"{d} m", "density of seawater": f"{rho} kg/m^3", "mass of the diver": "65 kg"},
    "gauge pressure at the diver", "kPa", rho * G0 * d / 1e3, irrelevant=["mass of the diver"],
    solution="p = rho g h", assumptions=G_NOTE)

d = 25
add("fluids", f"What is the absolute pressure at the bottom of a {d} m deep freshwater lake? The lake is at sea level.",
    {"depth of the lake": f"{d} m", "density of fresh water": "1000 kg/m^3"},
    "absolute pressure at the bottom of the lake", "kPa", (ATM + 1000 * G0 * d) / 1e3, laws=2,
    solution="p = p_atm + rho g h", assumptions=G_NOTE + " Standard atmospheric pressure 101325 Pa at the surface.")

V = 2.0
add("fluids", f"A {V} litre rock weighing 5.4 kg is hung completely under water. What buoyant force acts on it?",
    {"volume of the rock": f"{V} L", "density of water": "1000 kg/m^3", "mass of the rock": "5.4 kg"},
    "buoyant force on the rock", "N", 1000 * V / 1000 * G0, irrelevant=["mass of the rock"],
    solution="F = rho V g", assumptions=G_NOTE)

d1, v1, d2 = 4, 1.5, 2
add("fluids", f"Water flows at {v1} m/s through a {d1} cm diameter pipe which then narrows to {d2} cm diameter. How fast does it flow in the narrow section?",
    {"wide pipe diameter": f"{d1} cm", "speed in the wide pipe": f"{v1} m/s", "narrow pipe diameter": f"{d2} cm"},
    "flow speed in the narrow section", "m/s", v1 * (d1 / d2) ** 2,
    solution="A1 v1 = A2 v2", assumptions="Incompressible flow.")

v1, v2 = 2.0, 6.0
add("fluids", f"In a horizontal Venturi tube water speeds up from {v1} m/s to {v2} m/s. By how much does the pressure fall?",
    {"speed in the wide part": f"{v1} m/s", "speed in the throat": f"{v2} m/s", "density of water": "1000 kg/m^3"},
    "pressure drop between wide part and throat", "kPa", 0.5 * 1000 * (v2 ** 2 - v1 ** 2) / 1e3,
    solution="dp = rho (v2^2 - v1^2)/2", assumptions="Ideal (inviscid) flow, same height.")

dh, v, Vb = 1.6, 2.5, 10
Q = PI * (dh / 200) ** 2 * v
add("fluids", f"A 15 m garden hose with {dh} cm inner diameter delivers water at {v} m/s. How long does it take to fill a {Vb} litre bucket?",
    {"inner diameter of the hose": f"{dh} cm", "water speed": f"{v} m/s", "bucket volume": f"{Vb} L", "hose length": "15 m"},
    "time to fill the bucket", "s", (Vb / 1000) / Q, laws=2, irrelevant=["hose length"],
    solution="Q = pi d^2/4 v; t = V / Q", assumptions="Uniform flow speed across the hose.")

r, Lp, eta, dp = 1.0, 0.5, 1.0e-3, 2.0
Qp = PI * (r / 1e3) ** 4 * (dp * 1e3) / (8 * eta * Lp)
add("fluids", f"Water (viscosity {eta} Pa*s) flows through a thin tube of radius {r} mm and length {Lp} m driven by a pressure difference of {dp} kPa. What is the volume flow rate?",
    {"tube radius": f"{r} mm", "tube length": f"{Lp} m", "viscosity": f"{eta} Pa*s", "pressure difference": f"{dp} kPa"},
    "volume flow rate through the tube", "mL/s", Qp * 1e6,
    solution="Q = pi r^4 dp / (8 eta L) (Poiseuille)", assumptions="Laminar flow.")

r, rs, rf, eta = 0.5, 2500, 900, 0.1
vt = 2 / 9 * (rs - rf) * G0 * (r / 1e3) ** 2 / eta
add("fluids", f"A glass bead (density {rs} kg/m^3, radius {r} mm) sinks through oil of density {rf} kg/m^3 and viscosity {eta} Pa*s. What is its terminal speed?",
    {"bead radius": f"{r} mm", "density of the bead": f"{rs} kg/m^3", "density of the oil": f"{rf} kg/m^3", "viscosity of the oil": f"{eta} Pa*s"},
    "terminal speed of the bead", "mm/s", vt * 1e3, laws=2,
    solution="v = 2 (rho_s - rho_f) g r^2 / (9 eta)", assumptions=G_NOTE + " Stokes drag (low Reynolds number).")

a1, a2, m = 10, 500, 1500
add("fluids", f"A garage hydraulic lift has a small piston of {a1} cm^2 and a large piston of {a2} cm^2. What force on the small piston holds up a {m} kg car?",
    {"area of the small piston": f"{a1} cm^2", "area of the large piston": f"{a2} cm^2", "mass of the car": f"{m} kg"},
    "force on the small piston", "N", m * G0 * a1 / a2, laws=2,
    solution="F1 = m g A1/A2 (Pascal)", assumptions=G_NOTE + " Pistons at same height, massless.")

ri, rs = 917, 1025
add("fluids", f"An iceberg (density {ri} kg/m^3) floats in seawater of density {rs} kg/m^3. What fraction of its volume is under water?",
    {"density of ice": f"{ri} kg/m^3", "density of seawater": f"{rs} kg/m^3"},
    "fraction of the iceberg submerged", "", ri / rs,
    solution="f = rho_ice / rho_sea", assumptions="Floating equilibrium.")

Vb, ra, rh, T = 4.0, 1.2, 0.18, 15
add("fluids", f"A {Vb} m^3 helium weather balloon is released on a {T} degC day. Air density is {ra} kg/m^3 and helium density {rh} kg/m^3. What net upward force does the gas give (ignoring the envelope)?",
    {"balloon volume": f"{Vb} m^3", "air density": f"{ra} kg/m^3", "helium density": f"{rh} kg/m^3", "air temperature": f"{T} degC"},
    "net lift force of the helium", "N", (ra - rh) * Vb * G0,
    irrelevant=["air temperature"],
    solution="F = (rho_air - rho_He) V g", assumptions=G_NOTE + " Envelope mass ignored.")

# =====================================================================
# THERMODYNAMICS
# =====================================================================
Vw, Ti, Tf, P = 1.5, 20, 100, 2.2
add("thermodynamics", f"An electric kettle rated {P} kW holds {Vw} L of water at {Ti} degC. How long does it take to bring the water to the boil at {Tf} degC, assuming no losses?",
    {"kettle power": f"{P} kW", "volume of water": f"{Vw} L", "starting temperature": f"{Ti} degC", "boiling point": f"{Tf} degC",
     "specific heat capacity of water": "4186 J/(kg*K)", "density of water": "1.0 kg/L"},
    "time to boil the water", "min", Vw * 1.0 * 4186 * (Tf - Ti) / (P * 1e3) / 60, laws=2,
    solution="t = m c dT / P", assumptions="No heat losses, kettle heat capacity ignored.")

n, T, V = 2.0, 300, 10
add("thermodynamics", f"{n} mol of oxygen (molar mass 32 g/mol) at {T} K fills a {V} L container. What is its pressure?",
    {"amount of gas": f"{n} mol", "temperature": f"{T} K", "volume": f"{V} L", "molar mass of oxygen": "32 g/mol"},
    "pressure of the gas", "kPa", n * RGAS * T / (V / 1000) / 1e3, irrelevant=["molar mass of oxygen"],
    solution="p = n R T / V", assumptions="Ideal gas.")

pg, T1, T2 = 220, 10, 40
p2 = (pg * 1e3 + ATM) * (T2 + T0) / (T1 + T0) - ATM
add("thermodynamics", f"A car tyre is pumped to {pg} kPa (gauge) on a {T1} degC morning. After a long drive the air inside is at {T2} degC. What does the gauge read now?",
    {"initial gauge pressure": f"{pg} kPa", "initial temperature": f"{T1} degC", "final temperature": f"{T2} degC"},
    "final gauge pressure of the tyre", "kPa", p2 / 1e3, laws=2,
    solution="p_abs ~ T at constant V; gauge = abs - p_atm", assumptions="Constant tyre volume, standard atmospheric pressure 101325 Pa.")

Th, Tc = 500, 25
add("thermodynamics", f"A steam plant takes heat from a boiler at {Th} degC and rejects it to a river at {Tc} degC. What is the maximum possible efficiency?",
    {"boiler temperature": f"{Th} degC", "river temperature": f"{Tc} degC"},
    "Carnot efficiency of the plant", "", 1 - (Tc + T0) / (Th + T0),
    solution="eta = 1 - Tc/Th (kelvin)", assumptions="Reversible (Carnot) limit.")

Th, Tc, Qh, eff = 600, 300, 1000, 0.30
add("thermodynamics", f"An engine runs between a hot reservoir at {Th} K and a cold reservoir at {Tc} K. Each cycle it draws {Qh} J from the hot reservoir and its efficiency is {eff*100:.0f}%. How much work does it do per cycle?",
    {"temperature of the hot reservoir": f"{Th} K", "temperature of the cold reservoir": f"{Tc} K", "heat drawn per cycle": f"{Qh} J", "efficiency": f"{eff*100:.0f} %"},
    "work done per cycle", "J", eff * Qh,
    irrelevant=["temperature of the hot reservoir", "temperature of the cold reservoir"],
    solution="W = eta Q_h", assumptions="Efficiency 30% < Carnot 50%, so consistent.")

L0, alpha, Ta, Tb = 12, 12e-6, -10, 40
add("thermodynamics", f"A {L0} m steel rail weighing 60 kg per metre (expansion coefficient {alpha} 1/K) is laid at {Ta} degC. How much longer is it at {Tb} degC?",
    {"rail length": f"{L0} m", "linear expansion coefficient": f"{alpha} 1/K", "winter temperature": f"{Ta} degC", "summer temperature": f"{Tb} degC", "mass per unit length": "60 kg/m"},
    "increase in length of the rail", "mm", L0 * alpha * (Tb - Ta) * 1e3, irrelevant=["mass per unit length"],
    solution="dL = alpha L dT", assumptions="Linear expansion, free to expand.")

A, t, kk, Ti, To = 1.2, 4, 0.8, 20, 0
add("thermodynamics", f"A single-glazed window of {A} m^2 has glass {t} mm thick (conductivity {kk} W/(m*K)). The inner surface is at {Ti} degC and the outer at {To} degC. How fast does heat flow through it?",
    {"window area": f"{A} m^2", "glass thickness": f"{t} mm", "thermal conductivity": f"{kk} W/(m*K)", "inner surface temperature": f"{Ti} degC", "outer surface temperature": f"{To} degC"},
    "rate of heat flow through the window", "W", kk * A * (Ti - To) / (t / 1e3),
    solution="P = k A dT / d", assumptions="Steady 1-D conduction.")

r, em, T = 5, 0.9, 500
add("thermodynamics", f"A metal ball of radius {r} cm at {T} K has emissivity {em}. How much power does it radiate (ignore what it absorbs)?",
    {"radius of the ball": f"{r} cm", "emissivity": f"{em}", "surface temperature": f"{T} K"},
    "radiated power", "W", em * SIGMA * 4 * PI * (r / 100) ** 2 * T ** 4, laws=2,
    solution="P = e sigma 4 pi r^2 T^4", assumptions="Stefan-Boltzmann, no absorption from surroundings.")

m1, t1, m2, t2 = 0.2, 80, 0.3, 20
add("thermodynamics", f"You pour {m1} kg of water at {t1} degC into {m2} kg of water at {t2} degC in an insulated jug. Water's specific heat is 4186 J/(kg*K). What is the final temperature?",
    {"mass of the hot water": f"{m1} kg", "temperature of the hot water": f"{t1} degC", "mass of the cold water": f"{m2} kg", "temperature of the cold water": f"{t2} degC", "specific heat of water": "4186 J/(kg*K)"},
    "final temperature of the mixture", "degC", (m1 * t1 + m2 * t2) / (m1 + m2), irrelevant=["specific heat of water"],
    solution="m1 c (t1 - T) = m2 c (T - t2)", assumptions="No losses, jug heat capacity ignored.")

n, T, V1, V2 = 1, 300, 10, 20
add("thermodynamics", f"{n} mol of ideal gas at {T} K expands isothermally and reversibly from {V1} L to {V2} L. How much work does it do?",
    {"amount of gas": f"{n} mol", "temperature": f"{T} K", "initial volume": f"{V1} L", "final volume": f"{V2} L"},
    "work done by the gas", "J", n * RGAS * T * math.log(V2 / V1),
    solution="W = n R T ln(V2/V1)", assumptions="Ideal gas, reversible isothermal.")

T1, ratio, gam = 300, 10, 1.4
add("thermodynamics", f"Air at {T1} K is compressed adiabatically in a diesel engine to one tenth of its volume. Taking the heat capacity ratio as {gam}, how hot does it get?",
    {"initial temperature": f"{T1} K", "compression ratio": f"{ratio}", "heat capacity ratio": f"{gam}"},
    "temperature after compression", "K", T1 * ratio ** (gam - 1),
    solution="T2 = T1 (V1/V2)^(gamma-1)", assumptions="Reversible adiabatic, ideal gas.")

Mn, T = 28.0, 300
add("thermodynamics", f"What is the root-mean-square speed of nitrogen molecules (molar mass {Mn} g/mol) at {T} K and a pressure of 101 kPa?",
    {"molar mass of nitrogen": f"{Mn} g/mol", "temperature": f"{T} K", "pressure": "101 kPa"},
    "rms speed of the nitrogen molecules", "m/s", math.sqrt(3 * RGAS * T / (Mn / 1e3)), irrelevant=["pressure"],
    solution="v = sqrt(3 R T / M)", assumptions="Ideal gas kinetic theory.")

m, Lf = 1.0, 334
add("thermodynamics", f"{m} kg of ice melts at 0 degC (latent heat {Lf} kJ/kg). By how much does its entropy increase?",
    {"mass of ice": f"{m} kg", "latent heat of fusion": f"{Lf} kJ/kg"},
    "entropy change of the ice", "J/K", m * Lf * 1e3 / T0, laws=2,
    solution="dS = m L / T, T = 273.15 K", assumptions="Reversible melting at 0 degC = 273.15 K.")

T, mu, L = 70, 0.5, 0.65
vs = math.sqrt(T / (mu / 1e3))
add("waves", f"A guitar string {L} m long between the nut and bridge is under {T} N tension and has a mass per length of {mu} g/m. What is its fundamental frequency?",
    {"string tension": f"{T} N", "linear mass density": f"{mu} g/m", "vibrating length": f"{L} m"},
    "fundamental frequency of the string", "Hz", vs / (2 * L), laws=2,
    solution="v = sqrt(T/mu); f = v/(2L)", assumptions="Ideal flexible string fixed at both ends.")

t, vs_ = 3.5, 343
add("waves", f"You hear thunder {t} s after seeing the lightning. How far away was the strike? (Sound travels at {vs_} m/s; the flash lasted 0.2 s.)",
    {"delay between flash and thunder": f"{t} s", "speed of sound": f"{vs_} m/s", "duration of the flash": "0.2 s"},
    "distance to the lightning", "km", t * vs_ / 1e3, irrelevant=["duration of the flash"],
    solution="d = v t", assumptions="Light travel time negligible.")

f0, vsrc, vs_ = 700, 30, 343
add("waves", f"An ambulance siren sounds at {f0} Hz. The ambulance drives straight towards you at {vsrc} m/s. What frequency do you hear? (Speed of sound {vs_} m/s.)",
    {"siren frequency": f"{f0} Hz", "ambulance speed": f"{vsrc} m/s", "speed of sound": f"{vs_} m/s"},
    "frequency heard by the stationary listener", "Hz", f0 * vs_ / (vs_ - vsrc),
    solution="f' = f v/(v - vs)", assumptions="Stationary listener, still air.")

L, vs_ = 1.2, 343
add("waves", f"An organ pipe open at both ends is {L} m long. What is its lowest note? (Sound speed {vs_} m/s.)",
    {"pipe length": f"{L} m", "speed of sound": f"{vs_} m/s"},
    "fundamental frequency of the pipe", "Hz", vs_ / (2 * L),
    solution="f = v / (2L)", assumptions="End corrections neglected.")

L, vs_ = 0.5, 343
add("waves", f"A pipe closed at one end is {L} m long. What is the frequency of its first overtone? (Speed of sound {vs_} m/s.)",
    {"length of the closed pipe": f"{L} m", "speed of sound": f"{vs_} m/s"},
    "frequency of the first overtone", "Hz", 3 * vs_ / (4 * L),
    solution="first overtone of closed pipe = 3rd harmonic: f = 3 v/(4L)", assumptions="End corrections neglected.")

Iin = 1e-5
add("waves", f"The sound intensity near a busy road is {Iin} W/m^2. What is the sound level in decibels?",
    {"sound intensity": f"{Iin} W/m^2"},
    "sound intensity level", "dB", 10 * math.log10(Iin / 1e-12),
    solution="L = 10 log10(I / 1e-12 W/m^2)", assumptions="Reference intensity 1e-12 W/m^2.")

P, r = 20, 10
add("waves", f"A loudspeaker radiates {P} W of sound equally in all directions. What is the intensity {r} m away?",
    {"acoustic power": f"{P} W", "distance from the speaker": f"{r} m"},
    "sound intensity at that distance", "W/m^2", P / (4 * PI * r ** 2),
    solution="I = P / (4 pi r^2)", assumptions="Isotropic point source, no absorption or reflections.")

Tc, gam, M = 30, 1.4, 28.97
add("waves", f"Estimate the speed of sound in air at {Tc} degC, treating air as an ideal gas with heat capacity ratio {gam} and molar mass {M} g/mol.",
    {"air temperature": f"{Tc} degC", "heat capacity ratio": f"{gam}", "molar mass of air": f"{M} g/mol"},
    "speed of sound in air", "m/s", math.sqrt(gam * RGAS * (Tc + T0) / (M / 1e3)),
    solution="v = sqrt(gamma R T / M)", assumptions="Ideal gas.")

m, k = 0.5, 200
add("waves", f"A {m} kg mass bounces on a spring of stiffness {k} N/m. What is the period of oscillation?",
    {"mass": f"{m} kg", "spring constant": f"{k} N/m"},
    "period of oscillation", "s", 2 * PI * math.sqrt(m / k),
    solution="T = 2 pi sqrt(m/k)", assumptions="Massless ideal spring.")

A, f = 5, 2
add("waves", f"A point on a vibrating plate moves in simple harmonic motion with amplitude {A} cm at {f} Hz. What is its maximum speed?",
    {"amplitude": f"{A} cm", "frequency": f"{f} Hz"},
    "maximum speed of the point", "m/s", (A / 100) * 2 * PI * f,
    solution="v_max = A * 2 pi f")

f = 98.5
add("waves", f"A 50 kW FM radio transmitter broadcasts at {f} MHz. What is the wavelength of its signal?",
    {"broadcast frequency": f"{f} MHz", "transmitter power": "50 kW"},
    "wavelength of the radio signal", "m", C / (f * 1e6), irrelevant=["transmitter power"],
    solution="lambda = c / f", assumptions="Propagation in vacuum/air at c.")

dn, f = 0.25, 680
add("waves", f"In a standing wave on a rope the nodes are {dn} m apart and the rope vibrates at {f} Hz. What is the wave speed on the rope?",
    {"distance between adjacent nodes": f"{dn} m", "frequency": f"{f} Hz"},
    "wave speed on the rope", "m/s", 2 * dn * f, laws=2,
    solution="lambda = 2 d; v = f lambda")

# =====================================================================
# OPTICS
# =====================================================================
fl, u = 10, 15
vimg = 1 / (1 / fl - 1 / u)
add("optics", f"An object is placed {u} cm in front of a converging lens of focal length {fl} cm. How far behind the lens does the image form?",
    {"focal length": f"{fl} cm", "object distance": f"{u} cm"},
    "image distance", "cm", vimg,
    solution="1/f = 1/u + 1/v", assumptions="Thin lens, real-is-positive convention.")

fl, u, ho = 20, 30, 2
vi = 1 / (1 / fl - 1 / u)
add("optics", f"A {ho} cm tall candle stands {u} cm from a convex lens with {fl} cm focal length. How tall is its image?",
    {"height of the candle": f"{ho} cm", "object distance": f"{u} cm", "focal length of the lens": f"{fl} cm"},
    "height of the image (magnitude)", "cm", ho * vi / u, laws=2,
    solution="v = 1/(1/f - 1/u); h' = h v/u", assumptions="Thin lens; image inverted, magnitude given.")

n2, th = 1.33, 40
add("optics", f"A light ray in air hits the surface of a 2 m deep pond at {th} degrees to the normal. The water has refractive index {n2}. At what angle to the normal does it travel in the water?",
    {"angle of incidence": f"{th} deg", "refractive index of water": f"{n2}", "depth of the pond": "2 m"},
    "angle of refraction", "deg", math.degrees(math.asin(math.sin(th * DEG) / n2)), irrelevant=["depth of the pond"],
    solution="sin r = sin i / n", assumptions="n_air = 1.")

n = 1.5
add("optics", f"What is the critical angle for light inside glass of refractive index {n} meeting a glass-air boundary?",
    {"refractive index of the glass": f"{n}"},
    "critical angle", "deg", math.degrees(math.asin(1 / n)),
    solution="sin c = 1/n", assumptions="n_air = 1.")

dsl, Lscr, lam = 0.25, 1.5, 633
add("optics", f"A 1 mW helium-neon laser ({lam} nm) shines on two slits {dsl} mm apart. The screen is {Lscr} m away. How far apart are the bright fringes?",
    {"slit separation": f"{dsl} mm", "distance to the screen": f"{Lscr} m", "wavelength": f"{lam} nm", "laser power": "1 mW"},
    "fringe spacing", "mm", lam * 1e-9 * Lscr / (dsl * 1e-3) * 1e3,
    solution="dy = lambda L / d", assumptions="Small angles.", irrelevant=["laser power"])

N, lam = 600, 532
add("optics", f"Green laser light ({lam} nm) passes through a grating ruled with {N} lines per millimetre. At what angle is the first-order maximum?",
    {"grating line density": f"{N} 1/mm", "wavelength": f"{lam} nm"},
    "angle of the first-order maximum", "deg", math.degrees(math.asin(lam * 1e-9 * N * 1e3)), laws=2,
    solution="d = 1/N; sin theta = lambda / d", assumptions="Normal incidence.")

Rc, u = 40, 30
fm = Rc / 2
add("optics", f"A concave shaving mirror has a radius of curvature of {Rc} cm. Your face is {u} cm from it. Where is the image?",
    {"radius of curvature": f"{Rc} cm", "object distance": f"{u} cm"},
    "image distance from the mirror", "cm", 1 / (1 / fm - 1 / u), laws=2,
    solution="f = R/2; 1/f = 1/u + 1/v", assumptions="Paraxial; real images positive (in front of mirror).")

Pw = -2.5
add("optics", f"A pair of glasses for short sight has lenses of power {Pw} dioptres. What is the focal length of each lens?",
    {"lens power": f"{Pw} m^-1"},
    "focal length of the lens", "cm", 100 / Pw,
    solution="f = 1/P (negative: diverging)", assumptions="Sign convention: diverging lens has negative focal length.")

I0, th = 100, 30
add("optics", f"Unpolarized light of intensity {I0} W/m^2 passes through two ideal polarizing filters whose axes are {th} degrees apart. What intensity comes out?",
    {"incident intensity": f"{I0} W/m^2", "angle between the filter axes": f"{th} deg"},
    "transmitted intensity", "W/m^2", I0 / 2 * math.cos(th * DEG) ** 2, laws=2,
    solution="I = I0/2 cos^2 theta", assumptions="Ideal polarizers.")

lam = 450
add("optics", f"What is the energy of one photon of blue light with wavelength {lam} nm?",
    {"wavelength": f"{lam} nm"},
    "photon energy", "eV", H * C / (lam * 1e-9) / EV,
    solution="E = h c / lambda")

a, lam, Ls = 0.1, 600, 2
add("optics", f"Light of wavelength {lam} nm passes through a single slit {a} mm wide onto a wall {Ls} m away. How wide is the central bright band?",
    {"slit width": f"{a} mm", "wavelength": f"{lam} nm", "distance to the wall": f"{Ls} m"},
    "width of the central maximum", "mm", 2 * Ls * math.tan(math.asin(lam * 1e-9 / (a * 1e-3))) * 1e3, laws=2,
    solution="sin theta = lambda/a; width = 2 L tan theta", assumptions="Fraunhofer diffraction.")

D, lam = 10, 550
add("optics", f"What is the smallest angular separation a {D} cm aperture, 1000 mm focal length telescope can resolve in green light of {lam} nm?",
    {"aperture diameter": f"{D} cm", "wavelength": f"{lam} nm", "focal length": "1000 mm"},
    "angular resolution", "arcsec", 1.22 * lam * 1e-9 / (D / 100) / ARCSEC,
    solution="theta = 1.22 lambda / D", assumptions="Rayleigh criterion, diffraction-limited.", irrelevant=["focal length"])

n, lam = 1.33, 600
add("optics", f"A soap film (n = {n}) in air looks bright in reflected light of {lam} nm. What is the thinnest film that gives this?",
    {"refractive index of the film": f"{n}", "wavelength in air": f"{lam} nm"},
    "minimum film thickness", "nm", lam / (4 * n),
    solution="2 n t = lambda/2 (one phase reversal) -> t = lambda/(4n)", assumptions="Normal incidence, film in air.")

# =====================================================================
# ELECTRICITY
# =====================================================================
q1, q2, r = 3, -5, 0.2
add("electricity", f"A {q1} uC charge and a {q2} uC charge are {r} m apart. How large is the force between them?",
    {"charge 1": f"{q1} uC", "charge 2": f"{q2} uC", "separation": f"{r} m"},
    "magnitude of the electrostatic force", "N", KC * abs(q1 * q2) * 1e-12 / r ** 2,
    solution="F = k |q1 q2| / r^2", assumptions="Point charges in vacuum.")

A, d = 100, 1
add("electricity", f"Two metal plates each {A} cm^2 in area are held {d} mm apart in air. What is the capacitance?",
    {"plate area": f"{A} cm^2", "plate separation": f"{d} mm"},
    "capacitance of the plates", "pF", EPS0 * A * 1e-4 / (d * 1e-3) * 1e12,
    solution="C = eps0 A / d", assumptions="Air ~ vacuum, edge effects ignored.")

Cc, V = 2.2, 12
add("electricity", f"A {Cc} uF capacitor is charged to {V} V. How much energy does it store?",
    {"capacitance": f"{Cc} uF", "voltage": f"{V} V"},
    "stored energy", "mJ", 0.5 * Cc * 1e-6 * V ** 2 * 1e3,
    solution="E = C V^2 / 2")

kap, A, d, V = 4.5, 50, 0.2, 9
Cd = kap * EPS0 * A * 1e-4 / (d * 1e-3)
add("electricity", f"A capacitor has plates of {A} cm^2 separated by a {d} mm layer of dielectric with relative permittivity {kap}. It is connected to a {V} V battery. How much charge is on each plate?",
    {"plate area": f"{A} cm^2", "dielectric thickness": f"{d} mm", "relative permittivity": f"{kap}", "battery voltage": f"{V} V"},
    "charge on each plate", "nC", Cd * V * 1e9, laws=2,
    solution="C = k eps0 A / d; Q = C V", assumptions="Edge effects ignored.")

V = 500
add("electricity", f"An electron starts from rest and is accelerated through {V} V between electrodes 2 cm apart. How fast is it going?",
    {"accelerating voltage": f"{V} V", "electrode spacing": "2 cm"},
    "speed of the electron", "m/s", math.sqrt(2 * QE * V / ME), laws=2,
    solution="e V = m v^2/2", assumptions="Non-relativistic (v << c).", irrelevant=["electrode spacing"])

r = 0.053
add("electricity", f"In a simple model of hydrogen the electron is {r} nm from the proton. What is the electric potential energy of the pair?",
    {"electron-proton distance": f"{r} nm"},
    "electric potential energy of the electron-proton pair", "eV", -KC * QE ** 2 / (r * 1e-9) / EV,
    solution="U = -k e^2 / r", assumptions="Zero at infinite separation, so U is negative.")

V, d = 120, 4
add("electricity", f"Two parallel plates of area 200 cm^2, {d} mm apart, have {V} V between them. What is the field strength between them?",
    {"voltage across the plates": f"{V} V", "plate separation": f"{d} mm", "plate area": "200 cm^2"},
    "electric field between the plates", "kV/m", V / (d / 1e3) / 1e3,
    solution="E = V / d", assumptions="Uniform field.", irrelevant=["plate area"])

E = 5000
add("electricity", f"An electron is in a uniform electric field of {E} V/m. What is the magnitude of its acceleration?",
    {"field strength": f"{E} V/m"},
    "acceleration of the electron", "m/s^2", QE * E / ME, laws=2,
    solution="F = e E; a = F/m", assumptions="Gravity negligible.")

lmb, r = 3, 5
add("electricity", f"A long straight wire carries {lmb} nC of charge per metre. What is the electric field {r} cm from it?",
    {"linear charge density": f"{lmb} nC/m", "distance from the wire": f"{r} cm"},
    "electric field strength", "N/C", lmb * 1e-9 / (2 * PI * EPS0 * r / 100),
    solution="E = lambda / (2 pi eps0 r)", assumptions="Infinitely long line, vacuum.")

Rs, Vs = 10, 10
add("electricity", f"A metal sphere of radius {Rs} cm on an insulating stand is charged to {Vs} kV. How much charge does it carry?",
    {"sphere radius": f"{Rs} cm", "sphere potential": f"{Vs} kV"},
    "charge on the sphere", "nC", 4 * PI * EPS0 * Rs / 100 * Vs * 1e3 * 1e9,
    solution="Q = 4 pi eps0 R V", assumptions="Isolated sphere in air, zero at infinity.")

md, ne = 3.2e-15, 3
add("electricity", f"An oil drop of mass {md} kg carrying {ne} extra electrons hangs motionless between two horizontal plates. What electric field holds it up?",
    {"mass of the drop": f"{md} kg", "number of excess electrons": f"{ne}"},
    "electric field strength between the plates", "kV/m", md * G0 / (ne * QE) / 1e3, laws=2,
    solution="q E = m g, q = n e", assumptions=G_NOTE + " Buoyancy in air ignored.")

# =====================================================================
# MAGNETISM
# =====================================================================
L, I, B, th = 2, 5, 0.4, 30
add("magnetism", f"A {L} m wire carrying {I} A lies at {th} degrees to a uniform {B} T magnetic field. What force acts on it?",
    {"wire length": f"{L} m", "current": f"{I} A", "magnetic field": f"{B} T", "angle between wire and field": f"{th} deg"},
    "magnetic force on the wire", "N", B * I * L * math.sin(th * DEG),
    solution="F = B I L sin theta")

I, r = 10, 5
add("magnetism", f"How strong is the magnetic field {r} cm from a long straight cable carrying {I} A?",
    {"current in the cable": f"{I} A", "distance from the cable": f"{r} cm"},
    "magnetic field strength", "uT", MU0 * I / (2 * PI * r / 100) * 1e6,
    solution="B = mu0 I / (2 pi r)")

N, L, I = 500, 25, 2
add("magnetism", f"A solenoid {L} cm long and 3 cm in diameter has {N} turns and carries {I} A. What is the magnetic field inside it?",
    {"number of turns": f"{N}", "length of the solenoid": f"{L} cm", "current": f"{I} A", "diameter of the solenoid": "3 cm"},
    "magnetic field inside the solenoid", "mT", MU0 * N / (L / 100) * I * 1e3,
    solution="B = mu0 N I / L", assumptions="Long ideal solenoid, air core.", irrelevant=["diameter of the solenoid"])

v, B = 2e6, 0.5
add("magnetism", f"A proton moving at {v} m/s enters a {B} T field at right angles. What is the radius of its circular path?",
    {"proton speed": f"{v} m/s", "magnetic field": f"{B} T"},
    "radius of the proton's path", "cm", MP * v / (QE * B) * 100,
    solution="r = m v / (q B)", assumptions="Non-relativistic.")

N, A, B1, B2, dt = 200, 50, 0.1, 0.5, 0.2
add("magnetism", f"A {N}-turn coil of area {A} cm^2 and resistance 8 ohm sits with its face perpendicular to a magnetic field that rises from {B1} T to {B2} T in {dt} s. What average emf is induced?",
    {"number of turns": f"{N}", "coil area": f"{A} cm^2", "initial field": f"{B1} T", "final field": f"{B2} T", "time taken": f"{dt} s", "coil resistance": "8 ohm"},
    "average induced emf", "V", N * A * 1e-4 * (B2 - B1) / dt,
    solution="emf = N A dB / dt", assumptions="Magnitude.", irrelevant=["coil resistance"])

L, v, B, R_ = 0.5, 4, 0.3, 2
add("magnetism", f"A {L} m metal rod slides at {v} m/s along rails through a {B} T field perpendicular to the rails. The circuit has a {R_} ohm resistance. What current flows?",
    {"rod length": f"{L} m", "rod speed": f"{v} m/s", "magnetic field": f"{B} T", "circuit resistance": f"{R_} ohm"},
    "induced current", "A", B * L * v / R_, laws=2,
    solution="emf = B L v; I = emf / R", assumptions="Rod, velocity and field mutually perpendicular.")

N, L, A = 1000, 0.2, 4
add("magnetism", f"What is the self-inductance of an air-cored solenoid of {N} turns, length {L} m and cross-section {A} cm^2?",
    {"number of turns": f"{N}", "length": f"{L} m", "cross-sectional area": f"{A} cm^2"},
    "inductance of the solenoid", "mH", MU0 * N ** 2 * A * 1e-4 / L * 1e3,
    solution="L = mu0 N^2 A / l", assumptions="Long ideal solenoid.")

Lh, I = 50, 3
add("magnetism", f"How much energy is stored in a {Lh} mH inductor carrying {I} A?",
    {"inductance": f"{Lh} mH", "current": f"{I} A"},
    "stored magnetic energy", "J", 0.5 * Lh * 1e-3 * I ** 2,
    solution="E = L I^2 / 2")

N, a, b, I, B = 100, 2, 3, 0.5, 0.2
add("magnetism", f"A rectangular coil of {N} turns, {a} cm by {b} cm, carries {I} A in a {B} T field. What is the largest torque it can experience?",
    {"number of turns": f"{N}", "width of the coil": f"{a} cm", "height of the coil": f"{b} cm", "current": f"{I} A", "magnetic field": f"{B} T"},
    "maximum torque on the coil", "N*m", N * I * (a * b * 1e-4) * B,
    solution="tau = N I A B")

I1, I2, d, L = 10, 15, 2, 3
add("magnetism", f"Two parallel power leads {d} cm apart carry {I1} A and {I2} A. What force does each exert on a {L} m length of the other?",
    {"current in lead 1": f"{I1} A", "current in lead 2": f"{I2} A", "separation": f"{d} cm", "length considered": f"{L} m"},
    "magnetic force between the leads", "N", MU0 * I1 * I2 * L / (2 * PI * d / 100),
    solution="F = mu0 I1 I2 L / (2 pi d)", assumptions="Long straight parallel wires.")

E, B, qion = 2e4, 0.1, 1
add("magnetism", f"A velocity selector uses crossed fields: electric {E} V/m and magnetic {B} T. What speed do singly charged ions need to pass straight through?",
    {"electric field": f"{E} V/m", "magnetic field": f"{B} T", "ion charge": f"{qion} e"},
    "selected ion speed", "m/s", E / B, irrelevant=["ion charge"],
    solution="qE = qvB -> v = E/B")

R_, N, I = 5, 20, 1.5
add("magnetism", f"A flat circular coil of {N} turns and radius {R_} cm carries {I} A. What is the field at its centre?",
    {"coil radius": f"{R_} cm", "number of turns": f"{N}", "current": f"{I} A"},
    "magnetic field at the centre of the coil", "mT", MU0 * N * I / (2 * R_ / 100) * 1e3,
    solution="B = mu0 N I / (2R)")

# =====================================================================
# CIRCUITS
# =====================================================================
Vs_, Vled, Iled = 9, 2.0, 20
add("circuits", f"You want to run a red LED (forward voltage {Vled} V) at {Iled} mA from a {Vs_} V battery. What series resistor do you need?",
    {"supply voltage": f"{Vs_} V", "LED forward voltage": f"{Vled} V", "LED current": f"{Iled} mA"},
    "series resistance", "ohm", (Vs_ - Vled) / (Iled / 1e3), laws=2,
    solution="R = (Vs - V_LED) / I", assumptions="Kirchhoff voltage law + Ohm's law.")

R1, R2, R3, V = 100, 220, 330, 12
add("circuits", f"Resistors of {R1}, {R2} and {R3} ohms are wired in series across a {V} V supply. What current flows?",
    {"resistor 1": f"{R1} ohm", "resistor 2": f"{R2} ohm", "resistor 3": f"{R3} ohm", "supply voltage": f"{V} V"},
    "current in the series circuit", "mA", V / (R1 + R2 + R3) * 1e3, laws=2,
    solution="R = R1+R2+R3; I = V/R")

P, V = 60, 230
add("circuits", f"A {P} W light bulb is designed for {V} V mains. What is its resistance when lit?",
    {"bulb power": f"{P} W", "mains voltage": f"{V} V"},
    "hot resistance of the bulb", "ohm", V ** 2 / P,
    solution="R = V^2 / P")

P, hday, days = 2, 3, 30
add("circuits", f"A {P} kW fan heater is used {hday} hours a day for {days} days. How much electrical energy does it use?",
    {"heater power": f"{P} kW", "daily use": f"{hday} h", "number of days": f"{days}"},
    "energy used", "kW*h", P * hday * days,
    solution="E = P t")

Q, V = 4000, 3.85
add("circuits", f"A phone battery is rated {Q} mA*h at a nominal {V} V. How much energy does it hold?",
    {"battery capacity": f"{Q} mA*h", "nominal voltage": f"{V} V"},
    "energy stored in the battery", "W*h", Q / 1000 * V,
    solution="E = Q V", assumptions="Constant nominal voltage.")

Q, I = 3000, 150
add("circuits", f"A {Q} mA*h, 3.7 V power bank supplies a steady {I} mA to a bike light. How long will it last?",
    {"capacity": f"{Q} mA*h", "current drawn": f"{I} mA", "battery voltage": "3.7 V"},
    "running time", "h", Q / I,
    solution="t = Q / I", assumptions="Full capacity usable.", irrelevant=["battery voltage"])

R_, Cc = 10, 47
tau = R_ * 1e3 * Cc * 1e-6
add("circuits", f"A {Cc} uF capacitor charges through a {R_} kohm resistor from a fixed supply. How long until it reaches 90% of the supply voltage?",
    {"resistance": f"{R_} kohm", "capacitance": f"{Cc} uF", "target fraction of supply voltage": "90 %"},
    "time to reach 90% charge", "s", tau * math.log(10), laws=2,
    solution="tau = RC; t = tau ln(1/(1-0.9))", assumptions="Starts uncharged.")

V0, R_, Cc, t = 12, 100, 10, 2
add("circuits", f"A {Cc} uF capacitor charged to {V0} V discharges through a {R_} kohm resistor. What is its voltage after {t} s?",
    {"initial voltage": f"{V0} V", "resistance": f"{R_} kohm", "capacitance": f"{Cc} uF", "elapsed time": f"{t} s"},
    "capacitor voltage", "V", V0 * math.exp(-t / (R_ * 1e3 * Cc * 1e-6)),
    solution="V = V0 exp(-t/RC)")

emf, r, R_ = 12, 0.5, 5.5
add("circuits", f"A car battery with emf {emf} V and internal resistance {r} ohm is connected to a {R_} ohm load. What is the voltage across the terminals?",
    {"emf": f"{emf} V", "internal resistance": f"{r} ohm", "load resistance": f"{R_} ohm"},
    "terminal voltage", "V", emf * R_ / (R_ + r), laws=2,
    solution="I = emf/(R+r); V = I R")

L, dmm, rho = 20, 1.0, 1.68e-8
add("circuits", f"What is the resistance of a {L} m extension lead conductor made of copper wire {dmm} mm in diameter (resistivity {rho} ohm*m)?",
    {"wire length": f"{L} m", "wire diameter": f"{dmm} mm", "resistivity of copper": f"{rho} ohm*m"},
    "resistance of the wire", "ohm", rho * L / (PI * (dmm / 2e3) ** 2), laws=2,
    solution="A = pi d^2/4; R = rho L / A", assumptions="Single conductor, 20 degC resistivity.")

Lh, R_ = 0.2, 50
add("circuits", f"A {Lh} H coil with {R_} ohm resistance is switched onto a 12 V DC supply. What is the circuit's time constant?",
    {"inductance": f"{Lh} H", "resistance": f"{R_} ohm", "supply voltage": "12 V"},
    "time constant", "ms", Lh / R_ * 1e3,
    solution="tau = L / R", irrelevant=["supply voltage"])

R1, R2, V = 10, 4.7, 5
add("circuits", f"A voltage divider is made from a {R1} kohm resistor on top and a {R2} kohm resistor at the bottom, fed with {V} V. What voltage appears across the bottom resistor?",
    {"top resistor": f"{R1} kohm", "bottom resistor": f"{R2} kohm", "input voltage": f"{V} V"},
    "output voltage of the divider", "V", V * R2 / (R1 + R2), laws=2,
    solution="I = V/(R1+R2); Vout = I R2", assumptions="Unloaded output.")

C1, C2, V = 4, 6, 10
add("circuits", f"A {C1} uF and a {C2} uF capacitor are connected in series across a {V} V battery. How much charge is on each?",
    {"capacitor 1": f"{C1} uF", "capacitor 2": f"{C2} uF", "battery voltage": f"{V} V"},
    "charge on each capacitor", "uC", C1 * C2 / (C1 + C2) * V, laws=2,
    solution="C = C1 C2/(C1+C2); Q = C V", assumptions="Initially uncharged.")

# =====================================================================
# MODERN
# =====================================================================
W, lam = 2.3, 400
add("modern", f"Violet light of wavelength {lam} nm falls on a sodium surface with work function {W} eV. What is the maximum kinetic energy of the ejected electrons?",
    {"wavelength": f"{lam} nm", "work function": f"{W} eV"},
    "maximum kinetic energy of the photoelectrons", "eV", H * C / (lam * 1e-9) / EV - W, laws=2,
    solution="E = hc/lambda; K = E - W")

Ke = 100
add("modern", f"What is the de Broglie wavelength of an electron with {Ke} eV of kinetic energy?",
    {"kinetic energy of the electron": f"{Ke} eV"},
    "de Broglie wavelength of the electron", "nm", H / math.sqrt(2 * ME * Ke * EV) * 1e9, laws=2,
    solution="p = sqrt(2 m K); lambda = h/p", assumptions="Non-relativistic.")

add("modern", "Hydrogen's red Balmer line comes from the electron dropping from n = 3 to n = 2. What is its wavelength?",
    {"upper level": "3", "lower level": "2"},
    "wavelength of the emitted photon", "nm", 1 / (RINF * (1 / 4 - 1 / 9)) * 1e9,
    solution="1/lambda = R (1/2^2 - 1/3^2)", assumptions="Rydberg constant R_inf (infinite nuclear mass); within 1% of measured 656.3 nm (air ~656.3, vacuum 656.5).")

lam0, th = 0.071, 60
lc = H / (ME * C)
add("modern", f"X-rays of wavelength {lam0} nm are Compton scattered through {th} degrees by free electrons. What is the wavelength of the scattered X-rays?",
    {"incident wavelength": f"{lam0} nm", "scattering angle": f"{th} deg"},
    "scattered wavelength", "nm", lam0 + lc * (1 - math.cos(th * DEG)) * 1e9,
    solution="lambda' = lambda + h/(m c)(1 - cos theta)", assumptions="Electrons free and at rest.", rel_tol=0.002)

Vt = 30
add("modern", f"A dental X-ray tube runs at {Vt} kV. What is the shortest wavelength in its output?",
    {"tube voltage": f"{Vt} kV"},
    "minimum X-ray wavelength", "pm", H * C / (QE * Vt * 1e3) * 1e12,
    solution="lambda_min = h c / (e V) (Duane-Hunt)")

P, lam = 5, 650
add("modern", f"A {P} mW red laser pointer emits at {lam} nm. How many photons does it emit each second?",
    {"laser power": f"{P} mW", "wavelength": f"{lam} nm"},
    "photon emission rate", "1/s", P * 1e-3 / (H * C / (lam * 1e-9)), laws=2,
    solution="E = hc/lambda; N = P / E")

Lb = 1
add("modern", f"An electron is trapped in a one-dimensional box {Lb} nm wide with impenetrable walls. What is its lowest possible energy?",
    {"box width": f"{Lb} nm"},
    "ground-state energy of the electron", "eV", H ** 2 / (8 * ME * (Lb * 1e-9) ** 2) / EV,
    solution="E1 = h^2 / (8 m L^2)", assumptions="Infinite square well.")

add("modern", "How much energy is needed to ionize a hydrogen atom whose electron is in the n = 2 level?",
    {"principal quantum number": "2"},
    "ionization energy from n = 2", "eV", RY_EV / 4,
    solution="E = 13.6 eV / n^2", assumptions="Bohr model with infinite nuclear mass.", rel_tol=0.005)

lam, W = 250, 4.7
add("modern", f"Ultraviolet light at {lam} nm shines on a copper plate (work function {W} eV). What stopping voltage is needed to halt the photocurrent?",
    {"wavelength": f"{lam} nm", "work function of copper": f"{W} eV"},
    "stopping potential", "V", (H * C / (lam * 1e-9) / EV - W), laws=2,
    solution="e V_s = hc/lambda - W", rel_tol=0.02)

m, v = 0.145, 40
add("modern", f"A {m} kg, 7.4 cm diameter baseball is pitched at {v} m/s. What is its de Broglie wavelength?",
    {"mass of the baseball": f"{m} kg", "speed of the baseball": f"{v} m/s", "diameter of the baseball": "7.4 cm"},
    "de Broglie wavelength of the baseball", "m", H / (m * v),
    solution="lambda = h / (m v)", irrelevant=["diameter of the baseball"])

T = 3000
add("modern", f"The tungsten filament of an old light bulb runs at {T} K. At what wavelength does its thermal emission peak?",
    {"filament temperature": f"{T} K"},
    "peak emission wavelength", "nm", WIEN / T * 1e9,
    solution="lambda_max = b / T (Wien)", assumptions="Blackbody.")

# =====================================================================
# NUCLEAR
# =====================================================================
th, t = 8.02, 30
add("nuclear", f"Iodine-131 has a half-life of {th} days. A hospital sample starts at 400 MBq. What fraction of it remains after {t} days?",
    {"half-life": f"{th} d", "elapsed time": f"{t} d", "initial activity": "400 MBq"},
    "fraction of iodine-131 remaining", "", 0.5 ** (t / th),
    solution="N/N0 = (1/2)^(t/T)", irrelevant=["initial activity"])

frac, th = 25, 5730
add("nuclear", f"A 350 g wooden bowl from a burial site has {frac}% of the carbon-14 activity of fresh wood. Carbon-14's half-life is {th} years. How old is the bowl?",
    {"remaining activity": f"{frac} %", "half-life of carbon-14": f"{th} yr", "mass of the bowl": "350 g"},
    "age of the bowl", "yr", th * math.log2(100 / frac),
    solution="t = T log2(A0/A)", irrelevant=["mass of the bowl"])

mg, th, M = 1.0, 1600, 226
Nat = mg / M * NA
act = math.log(2) / (th * YEAR) * Nat
add("nuclear", f"What is the activity of {mg} g of radium-226? Its half-life is {th} years and its molar mass {M} g/mol.",
    {"mass of radium": f"{mg} g", "half-life": f"{th} yr", "molar mass": f"{M} g/mol"},
    "activity of the radium sample", "GBq", act / 1e9, laws=3,
    solution="N = m/M N_A; lambda = ln2/T; A = lambda N", assumptions="Julian year; only Ra-226 decays counted (no daughters).")

mH, mn, mHe = 1.007825, 1.008665, 4.002602
BE = (2 * mH + 2 * mn - mHe) * U * C ** 2 / EV / 1e6
add("nuclear", f"Using atomic masses hydrogen-1 = {mH} u, neutron = {mn} u and helium-4 = {mHe} u, find the total binding energy of the helium-4 nucleus.",
    {"mass of a hydrogen-1 atom": f"{mH} u", "mass of a neutron": f"{mn} u", "mass of a helium-4 atom": f"{mHe} u"},
    "binding energy of helium-4", "MeV", BE, laws=2, rel_tol=0.002,
    solution="dm = 2 m_H + 2 m_n - m_He; E = dm c^2", assumptions="Electron masses cancel using atomic masses.")

mk, Ef, M = 1.0, 200, 235
Efiss = mk * 1000 / M * NA * Ef * 1e6 * EV
add("nuclear", f"If every nucleus in {mk} kg of uranium-235 fissions, releasing {Ef} MeV each, how much energy is released in total? (Molar mass {M} g/mol.)",
    {"mass of uranium-235": f"{mk} kg", "energy per fission": f"{Ef} MeV", "molar mass": f"{M} g/mol"},
    "total energy released", "TJ", Efiss / 1e12, laws=2,
    solution="N = m/M N_A; E = N E_f")

th = 5.27
add("nuclear", f"Cobalt-60 has a half-life of {th} years. What is its decay constant?",
    {"half-life": f"{th} yr"},
    "decay constant of cobalt-60", "1/s", math.log(2) / (th * YEAR),
    solution="lambda = ln 2 / T", assumptions="Julian year (365.25 d).")

A0_, A1, th = 800, 50, 6
add("nuclear", f"A technetium-99m source has activity {A0_} Bq. Its half-life is {th} h. How long until the activity has fallen to {A1} Bq?",
    {"initial activity": f"{A0_} Bq", "final activity": f"{A1} Bq", "half-life": f"{th} h"},
    "time for activity to fall", "h", th * math.log2(A0_ / A1),
    solution="t = T log2(A0/A)")

mb, Eabs, wR = 70, 0.5, 20
add("nuclear", f"During a 2 hour shift a {mb} kg worker's body absorbs {Eabs} J from alpha radiation (radiation weighting factor {wR}). What equivalent dose is that?",
    {"body mass": f"{mb} kg", "energy absorbed": f"{Eabs} J", "radiation weighting factor": f"{wR}", "exposure time": "2 h"},
    "equivalent dose", "Sv", Eabs / mb * wR, laws=2,
    solution="D = E/m; H = w_R D", assumptions="Whole-body uniform absorption.", irrelevant=["exposure time"])

mPo, mPb, mHe = 209.982874, 205.974465, 4.002603
Qa = (mPo - mPb - mHe) * U * C ** 2 / EV / 1e6
add("nuclear", f"Polonium-210 ({mPo} u) alpha-decays to lead-206 ({mPb} u), emitting a helium-4 nucleus (atom mass {mHe} u). What is the energy released?",
    {"mass of polonium-210": f"{mPo} u", "mass of lead-206": f"{mPb} u", "mass of helium-4": f"{mHe} u"},
    "Q-value of the decay", "MeV", Qa, laws=2, rel_tol=0.005,
    solution="Q = (m_Po - m_Pb - m_He) c^2", assumptions="Atomic masses, electron masses cancel.")

th = 28.8
add("nuclear", f"Strontium-90 from fallout has a half-life of {th} years. How long until only one thousandth of it is left?",
    {"half-life": f"{th} yr", "remaining fraction": "0.001"},
    "time to decay to one thousandth", "yr", th * math.log2(1000),
    solution="t = T log2(1000)")

hvl, x = 0.5, 2
add("nuclear", f"The half-value thickness of lead for a certain gamma ray is {hvl} cm. What fraction of the beam gets through a {x} cm lead sheet?",
    {"half-value layer": f"{hvl} cm", "lead thickness": f"{x} cm"},
    "fraction transmitted", "", 0.5 ** (x / hvl),
    solution="I/I0 = (1/2)^(x/HVL)", assumptions="Narrow beam exponential attenuation.")

# =====================================================================
# ASTRO
# =====================================================================
a, Ms = 5.2, 1.989e30
add("astro", f"Jupiter orbits the Sun (mass {Ms} kg) at an average distance of {a} au. How long is its year?",
    {"orbital radius": f"{a} au", "mass of the Sun": f"{Ms} kg"},
    "orbital period of Jupiter", "yr", 2 * PI * math.sqrt((a * AU) ** 3 / (GN * Ms)) / YEAR,
    solution="T = 2 pi sqrt(a^3 / (G M))", assumptions="Circular orbit, planet mass negligible; year = 365.25 d.")

Mma, Rma = 6.417e23, 3389.5
add("astro", f"Mars has a mass of {Mma} kg, a radius of {Rma} km and a day lasting 24.6 h. What is the gravitational acceleration at its surface?",
    {"mass of Mars": f"{Mma} kg", "radius of Mars": f"{Rma} km", "length of the Martian day": "24.6 h"},
    "surface gravity on Mars", "m/s^2", GN * Mma / (Rma * 1e3) ** 2,
    solution="g = G M / R^2", assumptions="Spherical, rotation neglected (centrifugal correction ~0.5%).", irrelevant=["length of the Martian day"])

Rst, Tst = 1.4e9, 6500
add("astro", f"A star has radius {Rst} m and surface temperature {Tst} K. What is its luminosity?",
    {"radius of the star": f"{Rst} m", "surface temperature": f"{Tst} K"},
    "luminosity of the star", "W", 4 * PI * Rst ** 2 * SIGMA * Tst ** 4, laws=2,
    solution="L = 4 pi R^2 sigma T^4", assumptions="Blackbody.")

p = 0.1
add("astro", f"A nearby star shows a parallax of {p} arcseconds. How many light years away is it?",
    {"parallax angle": f"{p} arcsec"},
    "distance to the star", "ly", (1 / p) * PC / LY, laws=2,
    solution="d[pc] = 1/p; convert pc to ly")

v, H0 = 7000, 70
add("astro", f"A galaxy of apparent magnitude 14 is receding at {v} km/s. Taking the Hubble constant as {H0} km/s/Mpc, how far away is it?",
    {"recession velocity": f"{v} km/s", "Hubble constant": f"{H0} km/s/Mpc", "apparent magnitude": "14"},
    "distance to the galaxy", "Mpc", v / H0,
    solution="d = v / H0", irrelevant=["apparent magnitude"])

l0, l1 = 656.3, 662.9
add("astro", f"The hydrogen-alpha line, {l0} nm in the lab, appears at {l1} nm in a galaxy's spectrum. How fast is the galaxy receding?",
    {"rest wavelength": f"{l0} nm", "observed wavelength": f"{l1} nm"},
    "recession speed of the galaxy", "km/s", (l1 - l0) / l0 * C / 1e3, laws=2,
    solution="z = dlambda/lambda; v = z c", assumptions="Non-relativistic Doppler (z << 1).")

Mbh = 1.989e31
add("astro", f"What is the Schwarzschild radius of a black hole of mass {Mbh} kg (about ten Suns)?",
    {"mass of the black hole": f"{Mbh} kg"},
    "Schwarzschild radius", "km", 2 * GN * Mbh / C ** 2 / 1e3,
    solution="r = 2 G M / c^2")

Lsun, dpc = 3.828e26, 10
add("astro", f"A Sun-like star with luminosity {Lsun} W is {dpc} pc away. What energy flux from it reaches the Earth?",
    {"luminosity": f"{Lsun} W", "distance": f"{dpc} pc"},
    "flux received at Earth", "W/m^2", Lsun / (4 * PI * (dpc * PC) ** 2),
    solution="F = L / (4 pi d^2)", assumptions="No interstellar extinction.")

Ms, a = 1.989e30, 1.0
add("astro", f"How fast does the Earth move on its orbit, taking the orbit as a circle of radius {a} au around a Sun of mass {Ms} kg?",
    {"orbital radius": f"{a} au", "solar mass": f"{Ms} kg"},
    "Earth's orbital speed", "km/s", math.sqrt(GN * Ms / AU) / 1e3,
    solution="v = sqrt(G M / r)")

Tio, rio = 1.769, 421700
add("astro", f"Jupiter's moon Io orbits every {Tio} days at a radius of {rio} km. What is Jupiter's mass?",
    {"orbital period of Io": f"{Tio} d", "orbital radius of Io": f"{rio} km"},
    "mass of Jupiter", "kg", 4 * PI ** 2 * (rio * 1e3) ** 3 / (GN * (Tio * DAY) ** 2),
    solution="M = 4 pi^2 r^3 / (G T^2)", assumptions="Circular orbit, Io's mass negligible.")

Mns, Rns = 2.8e30, 12
add("astro", f"A neutron star has mass {Mns} kg and radius {Rns} km. Using Newtonian gravity, what is its escape speed as a fraction of the speed of light?",
    {"mass of the neutron star": f"{Mns} kg", "radius of the neutron star": f"{Rns} km"},
    "escape speed as a fraction of c", "", math.sqrt(2 * GN * Mns / (Rns * 1e3)) / C, laws=2,
    solution="v = sqrt(2 G M / R); ratio v/c", assumptions="Newtonian estimate as asked.")

ratio = 4
add("astro", f"Star 1 and star 2 have the same luminosity, but star 2 is {ratio} times farther away. By how many magnitudes is star 2 fainter?",
    {"distance ratio (star 2 / star 1)": f"{ratio}"},
    "magnitude difference m2 - m1", "", 5 * math.log10(ratio), laws=2,
    solution="flux ratio = 1/16; dm = 2.5 log10(16) = 5 log10(4)", assumptions="No extinction.")

# =====================================================================
# RELATIVITY
# =====================================================================
tau0, b = 2.2, 0.98
add("relativity", f"A muon has a mean lifetime of {tau0} microseconds at rest. How long does it live on average in the lab when moving at {b}c?",
    {"proper lifetime": f"{tau0} us", "speed": f"{b} c"},
    "lab-frame mean lifetime of the muon", "us", tau0 * gamma(b),
    solution="t = gamma tau")

L0, b = 100, 0.8
add("relativity", f"A 2000 tonne spaceship is {L0} m long when measured at rest. How long does it appear to observers it passes at {b}c?",
    {"rest length": f"{L0} m", "speed": f"{b} c", "mass of the ship": "2000 t"},
    "contracted length of the ship", "m", L0 / gamma(b),
    solution="L = L0 / gamma", irrelevant=["mass of the ship"])

Kmev = 1.0
mec2 = ME * C ** 2 / EV / 1e6
g_ = 1 + Kmev / mec2
add("relativity", f"An electron has {Kmev} MeV of kinetic energy. What is its speed as a fraction of c?",
    {"kinetic energy": f"{Kmev} MeV"},
    "speed of the electron as a fraction of c", "", math.sqrt(1 - 1 / g_ ** 2), laws=2,
    solution="gamma = 1 + K/(m c^2); beta = sqrt(1 - 1/gamma^2)", rel_tol=0.002)

b = 0.6
mpc2 = MP * C ** 2 / EV / 1e6
add("relativity", f"A proton moves at {b}c. What is its kinetic energy?",
    {"speed of the proton": f"{b} c"},
    "kinetic energy of the proton", "MeV", (gamma(b) - 1) * mpc2, laws=2,
    solution="K = (gamma - 1) m c^2")

u1, u2 = 0.6, 0.7
add("relativity", f"A spaceship moving at {u1}c relative to Earth fires a probe forward at {u2}c relative to the ship. How fast does Earth see the probe move?",
    {"speed of the ship": f"{u1} c", "speed of the probe relative to the ship": f"{u2} c"},
    "speed of the probe relative to Earth", "m/s", (u1 + u2) / (1 + u1 * u2) * C,
    solution="u = (u1 + u2)/(1 + u1 u2/c^2)")

tau0, b = 2.197, 0.995
add("relativity", f"Muons are made high in the atmosphere moving at {b}c. Their rest-frame mean lifetime is {tau0} us. How far does a typical muon travel in the Earth frame before decaying?",
    {"speed of the muons": f"{b} c", "mean lifetime at rest": f"{tau0} us"},
    "mean distance travelled", "km", b * C * gamma(b) * tau0 * 1e-6 / 1e3, laws=2,
    solution="d = v gamma tau")

d, b = 4.24, 0.9
add("relativity", f"A probe flies to Proxima Centauri, {d} light years away, at a steady {b}c. How much time passes on the probe's clock during the trip?",
    {"distance": f"{d} ly", "speed": f"{b} c"},
    "elapsed time on the probe", "yr", d / b / gamma(b), laws=2,
    solution="t_Earth = d/v; tau = t/gamma", assumptions="Acceleration phases ignored.")

m, b = 1000, 0.1
add("relativity", f"How much kinetic energy does a {m} kg spacecraft need to reach {b}c?",
    {"mass of the spacecraft": f"{m} kg", "target speed": f"{b} c"},
    "kinetic energy required", "J", (gamma(b) - 1) * m * C ** 2, laws=2,
    solution="K = (gamma - 1) m c^2", assumptions="Relativistic KE (~0.5% above Newtonian).", rel_tol=0.002)

b = 0.99
add("relativity", f"What is the momentum of an electron travelling at {b}c?",
    {"speed of the electron": f"{b} c"},
    "relativistic momentum of the electron", "kg*m/s", gamma(b) * ME * b * C, laws=2,
    solution="p = gamma m v")

mg = 1
add("relativity", f"If {mg} g of matter were converted completely to energy, how many kilowatt-hours would that be?",
    {"mass converted": f"{mg} g"},
    "energy released", "kW*h", mg * 1e-3 * C ** 2 / 3.6e6,
    solution="E = m c^2")

b, lam = 0.5, 500
add("relativity", f"A galaxy-sized light source recedes from us at {b}c and emits light at {lam} nm in its own frame. What wavelength do we observe?",
    {"recession speed": f"{b} c", "emitted wavelength": f"{lam} nm"},
    "observed wavelength", "nm", lam * math.sqrt((1 + b) / (1 - b)),
    solution="lambda_obs = lambda sqrt((1+b)/(1-b))", assumptions="Purely radial motion, special relativity.")

# ---------------------------------------------------------------------
# multi-step (3-4 relations) value questions
# ---------------------------------------------------------------------
m, L, th0 = 2.0, 1.5, 40
add("mechanics", f"A {m} kg pendulum bob on a {L} m string is pulled aside until the string is {th0} degrees from vertical and released. What is the tension in the string as the bob swings through the lowest point?",
    {"mass of the bob": f"{m} kg", "string length": f"{L} m", "release angle": f"{th0} deg"},
    "string tension at the lowest point", "N", m * G0 * (3 - 2 * math.cos(th0 * DEG)), laws=3,
    irrelevant=["string length"],
    solution="v^2 = 2 g L (1 - cos th0); T = m g + m v^2 / L = m g (3 - 2 cos th0)", assumptions=G_NOTE + " No air resistance.")

m, h_, mu, d, k = 2.0, 1.2, 0.25, 1.5, 400
add("mechanics", f"A {m} kg block is released from rest at the top of a frictionless ramp {h_} m high. At the bottom it slides {d} m across a rough floor (kinetic friction coefficient {mu}) and then runs into a spring of stiffness {k} N/m on a smooth section. How far does it compress the spring?",
    {"mass of the block": f"{m} kg", "height of the ramp": f"{h_} m", "coefficient of kinetic friction": f"{mu}", "length of the rough patch": f"{d} m", "spring constant": f"{k} N/m"},
    "maximum compression of the spring", "cm", math.sqrt(2 * m * G0 * (h_ - mu * d) / k) * 100, laws=3,
    solution="m g h - mu m g d = k x^2 / 2", assumptions=G_NOTE + " No friction where the spring is.")

P, eff, Vw, Ti, Tf = 1.8, 85, 1.2, 18, 100
add("thermodynamics", f"A {P} kW kettle passes {eff}% of its electrical energy into the water. How long does it take to heat {Vw} L of tap water from {Ti} degC to {Tf} degC? (Water: 1.0 kg per litre, specific heat 4186 J/(kg*K).)",
    {"kettle power": f"{P} kW", "efficiency": f"{eff} %", "volume of water": f"{Vw} L", "initial temperature": f"{Ti} degC", "final temperature": f"{Tf} degC",
     "density of water": "1.0 kg/L", "specific heat of water": "4186 J/(kg*K)"},
    "heating time", "min", Vw * 1.0 * 4186 * (Tf - Ti) / (eff / 100 * P * 1e3) / 60, laws=3,
    solution="m = rho V; Q = m c dT; t = Q / (eta P)")

Th, Tc, fr, Pout = 800, 300, 0.6, 50
eta_ = fr * (1 - Tc / Th)
add("thermodynamics", f"An engine works between a hot reservoir at {Th} K and a cold reservoir at {Tc} K, reaching {fr*100:.0f}% of the Carnot efficiency. It delivers {Pout} kW of mechanical power. At what rate does it dump heat into the cold reservoir?",
    {"temperature of the hot reservoir": f"{Th} K", "temperature of the cold reservoir": f"{Tc} K", "fraction of Carnot efficiency achieved": f"{fr}", "mechanical power output": f"{Pout} kW"},
    "rate of heat rejected to the cold reservoir", "kW", Pout / eta_ - Pout, laws=3,
    solution="eta = 0.6 (1 - Tc/Th); Qh = P/eta; Qc = Qh - P")

V, B = 2000, 5
add("magnetism", f"Electrons accelerated from rest through {V} V enter a uniform magnetic field of {B} mT at right angles. What is the radius of their circular path?",
    {"accelerating voltage": f"{V} V", "magnetic field": f"{B} mT"},
    "radius of the electron orbit", "cm", math.sqrt(2 * ME * QE * V) / (QE * B * 1e-3) * 100, laws=3,
    solution="eV = m v^2/2; e v B = m v^2 / r -> r = sqrt(2 m V / e) / B", assumptions="Non-relativistic (2 keV).")

N, A, B, f, R_ = 100, 0.02, 0.3, 50, 10
eps_pk = N * B * A * 2 * PI * f
add("magnetism", f"A simple generator has a {N}-turn coil of area {A} m^2 spinning at {f} revolutions per second in a {B} T field. It drives a {R_} ohm heater. What average power does the heater receive?",
    {"number of turns": f"{N}", "coil area": f"{A} m^2", "rotation rate": f"{f} Hz", "magnetic field": f"{B} T", "heater resistance": f"{R_} ohm"},
    "average power delivered to the heater", "W", (eps_pk / math.sqrt(2)) ** 2 / R_, laws=3,
    solution="emf_peak = N B A w; V_rms = peak/sqrt2; P = V_rms^2 / R", assumptions="Coil resistance and inductance neglected.")

lam, W = 200, 4.3
K_ = H * C / (lam * 1e-9) - W * EV
add("modern", f"Ultraviolet light of {lam} nm falls on a zinc plate whose work function is {W} eV. What is the top speed of the emitted electrons?",
    {"wavelength": f"{lam} nm", "work function of zinc": f"{W} eV"},
    "maximum speed of the photoelectrons", "km/s", math.sqrt(2 * K_ / ME) / 1e3, laws=3,
    solution="E = hc/lambda; K = E - W; v = sqrt(2K/m)", assumptions="Non-relativistic.", rel_tol=0.02)

mk, th, Ea, M = 1.0, 87.7, 5.59, 238
Pth = math.log(2) / (th * YEAR) * (mk * 1000 / M * NA) * Ea * 1e6 * EV
add("nuclear", f"A space probe's power source holds {mk} kg of plutonium-238 (half-life {th} years, molar mass {M} g/mol). Each decay releases {Ea} MeV. How much heat does it produce at launch?",
    {"mass of plutonium-238": f"{mk} kg", "half-life": f"{th} yr", "molar mass": f"{M} g/mol", "energy per decay": f"{Ea} MeV"},
    "thermal power of the source", "W", Pth, laws=4,
    solution="N = m/M N_A; lambda = ln2/T; A = lambda N; P = A E", assumptions="All decay energy deposited as heat; Julian year.")

p_, F_, T_ = 0.05, 2e-9, 8000
dst = (1 / p_) * PC
Rst_ = dst * math.sqrt(F_ / (SIGMA * T_ ** 4))
add("astro", f"A white star has a parallax of {p_} arcsec, a measured energy flux at Earth of {F_} W/m^2 and a surface temperature of {T_} K. What is its radius?",
    {"parallax": f"{p_} arcsec", "flux at Earth": f"{F_} W/m^2", "surface temperature": f"{T_} K"},
    "radius of the star", "km", Rst_ / 1e3, laws=4,
    solution="d = 1/p pc; L = 4 pi d^2 F; L = 4 pi R^2 sigma T^4 -> R = d sqrt(F / (sigma T^4))", assumptions="Blackbody, no extinction.")

tau_pi, K_pi, m_pi = 26.03, 200, 139.57
gp = 1 + K_pi / m_pi
bp = math.sqrt(1 - 1 / gp ** 2)
add("relativity", f"Charged pions with {K_pi} MeV of kinetic energy are produced at an accelerator. A pion's rest energy is {m_pi} MeV and its mean lifetime at rest is {tau_pi} ns. How far does a typical pion travel in the lab before decaying?",
    {"kinetic energy of the pion": f"{K_pi} MeV", "rest energy of the pion": f"{m_pi} MeV", "mean lifetime at rest": f"{tau_pi} ns"},
    "mean decay length of the pions", "m", bp * gp * C * tau_pi * 1e-9, laws=3,
    solution="gamma = 1 + K/mc^2; beta = sqrt(1 - 1/gamma^2); d = beta gamma c tau")

dep, Ah, Vb = 2.0, 1.0, 10
add("fluids", f"A large water tank has a drain hole of {Ah} cm^2 area {dep} m below the water surface. How long does it take to fill a {Vb} L bucket from the hole?",
    {"depth of the hole below the surface": f"{dep} m", "area of the hole": f"{Ah} cm^2", "bucket volume": f"{Vb} L"},
    "time to fill the bucket", "s", (Vb / 1000) / (Ah * 1e-4 * math.sqrt(2 * G0 * dep)), laws=3,
    solution="v = sqrt(2 g h); Q = A v; t = V / Q", assumptions=G_NOTE + " Tank large enough that the level barely falls; no vena contracta.")

ms, Ls, Tn, vair = 3.5, 0.65, 70, 343
mu_s = ms / 1e3 / Ls
fs = math.sqrt(Tn / mu_s) / (2 * Ls)
add("waves", f"A {Ls} m length of guitar string weighing {ms} g is stretched between the bridge and nut with a tension of {Tn} N. What is the wavelength in air of the fundamental note it sounds? (Sound speed in air {vair} m/s.)",
    {"vibrating length": f"{Ls} m", "mass of the vibrating length": f"{ms} g", "string tension": f"{Tn} N", "speed of sound in air": f"{vair} m/s"},
    "wavelength of the sound in air", "m", vair / fs, laws=4,
    solution="mu = m/L; v = sqrt(T/mu); f = v/(2L); lambda_air = v_air/f")

f1, u1, sep, f2 = 10, 15, 40, 5
v1 = 1 / (1 / f1 - 1 / u1)
u2 = sep - v1
v2 = 1 / (1 / f2 - 1 / u2)
add("optics", f"Two converging lenses share an axis {sep} cm apart: lens 1 has focal length {f1} cm and lens 2 has focal length {f2} cm. An object sits {u1} cm in front of lens 1. Where is the final image, measured from lens 2?",
    {"focal length of lens 1": f"{f1} cm", "focal length of lens 2": f"{f2} cm", "lens separation": f"{sep} cm", "object distance from lens 1": f"{u1} cm"},
    "final image distance beyond lens 2", "cm", v2, laws=2,
    solution="lens 1: v1 = 30 cm; u2 = 40 - 30 = 10 cm; lens 2: v2 = 10 cm", assumptions="Thin lenses, real image positive.")

Ra, Rb, Rc, V = 4, 6, 12, 24
Rp = 1 / (1 / Rb + 1 / Rc)
Itot = V / (Ra + Rp)
add("circuits", f"A {Ra} ohm resistor is in series with a parallel pair of {Rb} ohm and {Rc} ohm resistors, all across a {V} V battery. What current flows through the {Rb} ohm resistor?",
    {"series resistor": f"{Ra} ohm", "first parallel resistor": f"{Rb} ohm", "second parallel resistor": f"{Rc} ohm", "battery voltage": f"{V} V"},
    "current through the 6 ohm resistor", "A", Itot * Rp / Rb, laws=3,
    solution="R_par = 4 ohm; I = 24/8 = 3 A; V_par = 12 V; I_6 = 2 A", assumptions="Ideal battery.")

n_value = len(QS)

# =====================================================================
# NOT DERIVABLE (needed quantity missing)
# =====================================================================
ND = "not derivable"
add("mechanics", "A 1400 kg car travelling at 90 km/h brakes to a stop. How far does it skid?",
    {"mass of the car": "1400 kg", "initial speed": "90 km/h"},
    "stopping distance of the car", "m", None, outcome=ND, laws=1,
    solution="needs deceleration or friction coefficient", assumptions="Mass does not fix the deceleration.")

add("thermodynamics", "A 3 kW kettle heats water from 15 degC to 100 degC. How long does it take?",
    {"kettle power": "3 kW", "initial water temperature": "15 degC", "final water temperature": "100 degC"},
    "heating time", "s", None, outcome=ND, laws=2,
    solution="t = m c dT / P, but the amount of water is not given")

add("astro", "A small moon circles a distant planet at an orbital radius of 250000 km. What is its orbital period?",
    {"orbital radius": "250000 km"},
    "orbital period of the moon", "d", None, outcome=ND,
    solution="T = 2 pi sqrt(r^3/(GM)); planet mass unknown")

add("circuits", "A copper wire 50 m long is used for speaker cable; copper's resistivity is 1.68e-8 ohm*m. What is the cable's resistance?",
    {"length of the wire": "50 m", "resistivity": "1.68e-8 ohm*m"},
    "resistance of the cable", "ohm", None, outcome=ND, laws=2,
    solution="R = rho L / A; cross-section not given")

add("modern", "Light of wavelength 350 nm shines on a metal plate. What is the maximum kinetic energy of the photoelectrons?",
    {"wavelength": "350 nm"},
    "maximum kinetic energy of the photoelectrons", "eV", None, outcome=ND, laws=2,
    solution="K = hc/lambda - W; the metal's work function is not given")

add("nuclear", "A lab has a 2.0 g sample of a radioactive isotope with a half-life of 12 years. What is its activity?",
    {"mass of the sample": "2.0 g", "half-life": "12 yr"},
    "activity of the sample", "Bq", None, outcome=ND, laws=3,
    solution="A = ln2/T * m N_A / M; molar mass / identity of the isotope not given")

add("fluids", "A 3 kg statue is lowered completely into a pond. What buoyant force does the water exert on it?",
    {"mass of the statue": "3 kg", "density of water": "1000 kg/m^3"},
    "buoyant force on the statue", "N", None, outcome=ND,
    solution="F = rho_w V g; the statue's volume (or density) is not given")

add("optics", "A 4 cm tall object is placed 25 cm in front of a lens. How far from the lens is the image?",
    {"object height": "4 cm", "object distance": "25 cm"},
    "image distance", "cm", None, outcome=ND,
    solution="needs the focal length of the lens")

add("thermodynamics", "A cylinder holds 0.8 mol of nitrogen at 25 degC. What is the pressure inside?",
    {"amount of gas": "0.8 mol", "temperature": "25 degC"},
    "pressure of the gas", "kPa", None, outcome=ND,
    solution="p = nRT/V; volume not given")

add("waves", "A violin string 33 cm long is tuned with a tension of 50 N. What is its fundamental frequency?",
    {"string length": "33 cm", "tension": "50 N"},
    "fundamental frequency of the string", "Hz", None, outcome=ND, laws=2,
    solution="f = sqrt(T/mu)/(2L); mass per unit length not given")

add("electricity", "A 470 uF capacitor in a camera flash is charged up. How much energy does it store?",
    {"capacitance": "470 uF"},
    "stored energy", "J", None, outcome=ND,
    solution="E = C V^2/2; voltage (or charge) not given")

add("astro", "A red giant has a surface temperature of 3500 K. What is its luminosity?",
    {"surface temperature": "3500 K"},
    "luminosity of the star", "W", None, outcome=ND, laws=2,
    solution="L = 4 pi R^2 sigma T^4; radius not given")

add("relativity", "An astronaut's clock records 2 years for a journey. How much time passes on Earth?",
    {"time on the astronaut's clock": "2 yr"},
    "elapsed time on Earth", "yr", None, outcome=ND,
    solution="t = gamma tau; speed not given")

add("magnetism", "A wire carrying 8 A runs perpendicular to a 0.25 T magnetic field. What is the force on the wire?",
    {"current": "8 A", "magnetic field": "0.25 T"},
    "magnetic force on the wire", "N", None, outcome=ND,
    solution="F = B I L; wire length not given (only force per length is derivable)")

add("mechanics", "A stone is thrown at 15 m/s from level ground. How far away does it land?",
    {"launch speed": "15 m/s"},
    "horizontal range of the stone", "m", None, outcome=ND,
    solution="R = v^2 sin(2 theta)/g; launch angle not given", assumptions=G_NOTE)

n_nd = len(QS) - n_value

# =====================================================================
# AMBIGUOUS (two readings, different values)
# =====================================================================
AMB = "ambiguous"
add("optics", "A converging lens with focal length 20 cm produces an image four times as large as the object. How far from the lens is the object?",
    {"focal length": "20 cm", "magnification": "4"},
    "object distance", "cm", None, outcome=AMB, laws=2,
    solution="real inverted image: u = 25 cm; virtual upright image: u = 15 cm")

add("waves", "You hear a car horn at 500 Hz while the car moves at 20 m/s along the road past you. What frequency does the horn actually emit? The speed of sound is 343 m/s.",
    {"heard frequency": "500 Hz", "speed of the car": "20 m/s", "speed of sound": "343 m/s"},
    "emitted frequency of the horn", "Hz", None, outcome=AMB,
    solution="approaching: 500*(323/343) = 470.8 Hz; receding: 500*(363/343) = 529.2 Hz")

add("mechanics", "A ball is thrown straight up at 20 m/s. At what time is it 10 m above the launch point?",
    {"launch speed": "20 m/s", "height": "10 m"},
    "time to reach 10 m", "s", None, outcome=AMB,
    solution="two roots: 0.59 s on the way up, 3.49 s on the way down", assumptions=G_NOTE)

add("circuits", "A 100 ohm and a 200 ohm resistor are connected to a 12 V battery. What current does the battery supply?",
    {"resistor 1": "100 ohm", "resistor 2": "200 ohm", "battery voltage": "12 V"},
    "current from the battery", "mA", None, outcome=AMB,
    solution="series: 40 mA; parallel: 180 mA")

add("electricity", "Charges of +4 uC and -4 uC are held 10 cm apart. What is the electric field strength at a point on the line through them 5 cm from the positive charge?",
    {"positive charge": "4 uC", "negative charge": "-4 uC", "separation": "10 cm", "distance from the positive charge": "5 cm"},
    "electric field strength at the point", "N/C", None, outcome=AMB,
    solution="midpoint: 2.88e7 N/C; outside (beyond the + charge): 1.44e7 - 1.6e6 = 1.28e7 N/C")

add("mechanics", "A block is given a push of 5 m/s along a 30 degree incline with kinetic friction coefficient 0.3. What is the magnitude of its acceleration while it slides?",
    {"initial speed": "5 m/s", "incline angle": "30 deg", "coefficient of kinetic friction": "0.3"},
    "magnitude of the block's acceleration", "m/s^2", None, outcome=AMB,
    solution="pushed up the slope: g(sin+mu cos) = 7.45; pushed down: g(sin - mu cos) = 2.35", assumptions=G_NOTE)

add("circuits", "A 2 uF and a 3 uF capacitor are hooked up to a 10 V battery. How much charge does the battery deliver?",
    {"capacitor 1": "2 uF", "capacitor 2": "3 uF", "battery voltage": "10 V"},
    "charge delivered by the battery", "uC", None, outcome=AMB,
    solution="series: 12 uC; parallel: 50 uC")

add("mechanics", "Two cars leave the same junction at the same moment along the same straight road, one at 60 km/h and the other at 80 km/h. How long until they are 7 km apart?",
    {"speed of car 1": "60 km/h", "speed of car 2": "80 km/h", "separation": "7 km"},
    "time until they are 7 km apart", "min", None, outcome=AMB,
    solution="same direction: 21 min; opposite directions: 3 min")

add("optics", "An object is placed 30 cm from a spherical mirror with a 40 cm radius of curvature. Where is the image?",
    {"object distance": "30 cm", "radius of curvature": "40 cm"},
    "image distance", "cm", None, outcome=AMB,
    solution="concave: +60 cm (real); convex: -12 cm (virtual)")

add("electricity", "Particle 1 (mass 2 g, charge 5 uC) and particle 2 (mass 8 g, charge 5 uC) are released 30 cm apart. What is the initial acceleration of the particle?",
    {"mass of particle 1": "2 g", "mass of particle 2": "8 g", "charge of each particle": "5 uC", "separation": "30 cm"},
    "initial acceleration of the particle", "m/s^2", None, outcome=AMB,
    solution="F = 2.5 N; particle 1: 1248 m/s^2, particle 2: 312 m/s^2")

n_amb = len(QS) - n_value - n_nd

# =====================================================================
# ILL-POSED (contradictory or impossible)
# =====================================================================
ILL = "ill-posed"
add("relativity", "A spaceship travels at 1.2 times the speed of light. How much does its clock slow relative to Earth?",
    {"speed of the spaceship": "1.2 c"},
    "time dilation factor", "", None, outcome=ILL,
    solution="v > c: gamma is imaginary; impossible for a massive object")

add("thermodynamics", "An engine works between 400 K and 300 K reservoirs with an efficiency of 50%. How much work does it do when it absorbs 1000 J from the hot reservoir?",
    {"hot reservoir temperature": "400 K", "cold reservoir temperature": "300 K", "efficiency": "50 %", "heat absorbed": "1000 J"},
    "work done by the engine", "J", None, outcome=ILL,
    solution="Carnot limit is 25%; 50% violates the second law")

add("thermodynamics", "A gas sample of 1 mol is at -20 K in a 5 L flask. What is its pressure?",
    {"amount of gas": "1 mol", "temperature": "-20 K", "volume": "5 L"},
    "pressure of the gas", "kPa", None, outcome=ILL,
    solution="negative absolute temperature for an ideal gas is unphysical")

add("circuits", "A 100 ohm resistor has 12 V across it and carries 2 A. How much power does it dissipate?",
    {"resistance": "100 ohm", "voltage": "12 V", "current": "2 A"},
    "power dissipated", "W", None, outcome=ILL,
    solution="Ohm's law gives 0.12 A, not 2 A; V I = 24 W, I^2 R = 400 W, V^2/R = 1.44 W disagree")

add("optics", "Light in air hits a glass block (n = 1.5) at 30 degrees to the normal and refracts at 40 degrees to the normal. What is the speed of light in the block?",
    {"angle of incidence": "30 deg", "angle of refraction": "40 deg", "refractive index of the glass": "1.5"},
    "speed of light in the glass", "m/s", None, outcome=ILL,
    solution="entering denser glass the ray must bend toward the normal; Snell gives 19.5 deg, and 40 deg would imply n = 0.78")

add("mechanics", "A motor draws 500 W of electrical power and delivers 600 W of mechanical power. How much heat does it produce per second?",
    {"electrical input power": "500 W", "mechanical output power": "600 W"},
    "heat produced per second", "W", None, outcome=ILL,
    solution="output exceeds input (efficiency 120%): violates energy conservation")

add("thermodynamics", "One mole of nitrogen (28 g/mol), treated as an ideal gas, is at 273.15 K and occupies 22.4 L at a pressure of 300 kPa. What is the rms speed of its molecules?",
    {"amount of gas": "1 mol", "temperature": "273.15 K", "volume": "22.4 L", "pressure": "300 kPa", "molar mass": "28 g/mol"},
    "rms speed of the nitrogen molecules", "m/s", None, outcome=ILL,
    solution="pV = 6720 J but nRT = 2271 J: the state is inconsistent; sqrt(3RT/M) = 493 m/s vs sqrt(3pV/(nM)) = 848 m/s")

add("mechanics", "A ball is thrown straight up at 10 m/s. How long does it take to reach 20 m above the hand?",
    {"launch speed": "10 m/s", "height": "20 m"},
    "time to reach 20 m", "s", None, outcome=ILL,
    solution="maximum height is v^2/2g = 5.1 m, it never reaches 20 m", assumptions=G_NOTE)

add("optics", "An object 5 cm from a converging lens of focal length 10 cm forms a real image on a screen. How far is the screen from the lens?",
    {"object distance": "5 cm", "focal length": "10 cm"},
    "distance from lens to screen", "cm", None, outcome=ILL,
    solution="object inside the focal length gives only a virtual image (v = -10 cm); no real image on a screen")

add("optics", "Light of 800 nm passes through a slit 500 nm wide. At what angle is the first diffraction minimum?",
    {"wavelength": "800 nm", "slit width": "500 nm"},
    "angle of the first minimum", "deg", None, outcome=ILL,
    solution="sin theta = lambda/a = 1.6 > 1: no minimum exists")

add("modern", "Photons of 500 nm light eject electrons with 5 eV of kinetic energy from a metal with a work function of 2 eV. What is the stopping potential?",
    {"wavelength": "500 nm", "kinetic energy of the electrons": "5 eV", "work function": "2 eV"},
    "stopping potential", "V", None, outcome=ILL,
    solution="photon energy is 2.48 eV, so K_max = 0.48 eV; 5 eV is impossible")

add("astro", "A satellite moves on a circular orbit 400 km above the Earth at 12 km/s. What is its orbital period? Earth's mass is 5.972e24 kg and radius 6371 km.",
    {"altitude": "400 km", "orbital speed": "12 km/s", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital period", "min", None, outcome=ILL,
    solution="circular speed there is 7.67 km/s; 12 km/s exceeds escape speed (10.85 km/s), no closed orbit")

add("electricity", "A 2 uF capacitor charged to 10 V holds 50 uC. How much energy is stored?",
    {"capacitance": "2 uF", "voltage": "10 V", "charge": "50 uC"},
    "stored energy", "uJ", None, outcome=ILL,
    solution="Q = CV = 20 uC, not 50 uC; CV^2/2 = 100 uJ vs QV/2 = 250 uJ vs Q^2/2C = 625 uJ")

add("nuclear", "Charcoal from a campfire shows 120% of the carbon-14 activity of living wood. The half-life of carbon-14 is 5730 years. How old is the charcoal?",
    {"activity relative to living wood": "120 %", "half-life": "5730 yr"},
    "age of the charcoal", "yr", None, outcome=ILL,
    solution="activity above the living level gives a negative age: impossible for decay dating")

add("fluids", "A solid block of density 1500 kg/m^3 floats at rest on fresh water (1000 kg/m^3). What fraction of it is above the surface?",
    {"density of the block": "1500 kg/m^3", "density of water": "1000 kg/m^3"},
    "fraction above the surface", "", None, outcome=ILL,
    solution="a solid denser than water sinks; it cannot float")

n_ill = len(QS) - n_value - n_nd - n_amb

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch_d.json")
with open(out, "w") as fh:
    json.dump(QS, fh, indent=1)
print(len(QS), "questions:", n_value, "value,", n_nd, "not derivable,", n_amb, "ambiguous,", n_ill, "ill-posed ->", out)
