#!/usr/bin/env python3
"""Build batch_k.json: 150 introductory physics questions with independently computed answers."""
import json, math, os
import scipy.constants as sc

g = 9.80665
c = sc.c; h = sc.h; hbar = sc.hbar; e = sc.e; me = sc.m_e; mp = sc.m_p; mn = sc.m_n
u = sc.physical_constants['atomic mass constant'][0]
u_MeV = sc.physical_constants['atomic mass constant energy equivalent in MeV'][0]
me_MeV = sc.physical_constants['electron mass energy equivalent in MeV'][0]
mp_MeV = sc.physical_constants['proton mass energy equivalent in MeV'][0]
kB = sc.k; NA = sc.N_A; R = sc.R; eps0 = sc.epsilon_0; mu0 = sc.mu_0
kC = 1 / (4 * math.pi * eps0); G = sc.G; sigma = sc.Stefan_Boltzmann
b_wien = sc.physical_constants['Wien wavelength displacement law constant'][0]
Ryd = sc.Rydberg
atm = 101325.0
yr = 365.25 * 86400
ly = sc.light_year
Mpc = 1e6 * sc.parsec
pi = math.pi

Q = []


def add(field, text, given, find, unit, expected, outcome="value", laws=1, irrelevant=(),
        solution="", assumptions="", tol=0.01):
    if outcome != "value":
        expected = None
    else:
        expected = float(expected)
    for n in irrelevant:
        assert n in given, (text, n)
    Q.append(dict(field=field, text=text, given=given, find=find, unit=unit, expected=expected,
                  outcome=outcome, rel_tol=tol, laws=laws, irrelevant=list(irrelevant),
                  solution=solution, assumptions=assumptions))


GA = "g = 9.80665 m/s^2"
NOAIR = "neglect air resistance; " + GA

# =============================== MECHANICS ===============================
F = "mechanics"
v, th = 22.0, 35.0
add(F, "A soccer player kicks a ball from the ground at 22 m/s at 35° above the horizontal on a flat field. Neglecting air resistance, how far away does the ball first land?",
    {"launch speed": "22 m/s", "launch angle": "35 degree"}, "horizontal range", "m",
    v**2 * math.sin(2 * math.radians(th)) / g, laws=1, solution="R = v^2 sin(2θ)/g", assumptions=NOAIR)

m, H, vb = 28.0, 3.2, 5.1
add(F, "My 28 kg kid goes down the big playground slide starting from rest at the top, 3.2 m above the bottom. She's moving at 5.1 m/s at the bottom. How much mechanical energy got turned into heat by friction on the way down?",
    {"child mass": "28 kg", "slide height": "3.2 m", "speed at bottom": "5.1 m/s"}, "energy dissipated by friction", "J",
    m * g * H - 0.5 * m * vb**2, laws=1, solution="E_loss = m g h - m v^2/2", assumptions=GA + "; starts from rest")

v0, mu = 90 / 3.6, 0.72
add(F, "A 1350 kg car travelling at 90 km/h locks its brakes on a dry road where the coefficient of kinetic friction between tyres and road is 0.72. How far does it skid before stopping (level road)?",
    {"car mass": "1350 kg", "initial speed": "90 km/h", "coefficient of kinetic friction": "0.72"}, "skid distance", "m",
    v0**2 / (2 * mu * g), laws=2, irrelevant=["car mass"], solution="a = μk g; d = v^2/(2a)", assumptions=GA + "; level road")

vk, d = 18 / 3.6, 0.66
add(F, "A 70 kg cyclist rides at a steady 18 km/h on wheels with an outer diameter of 0.66 m. Assuming the tyres roll without slipping, at how many revolutions per minute are the wheels turning?",
    {"cyclist mass": "70 kg", "speed": "18 km/h", "wheel diameter": "0.66 m"}, "wheel rotation rate", "rpm",
    vk / (pi * d) * 60, laws=1, irrelevant=["cyclist mass"], solution="f = v/(π d), times 60 for rpm", assumptions="rolling without slipping")

m, vi, vf, dt = 0.145, 40.0, 50.0, 1.2e-3
add(F, "A 145 g baseball is pitched at 40 m/s from 18.4 m away. The batter hits it straight back toward the pitcher at 50 m/s, and the bat is in contact with the ball for 1.2 ms. What is the magnitude of the average force the bat exerts on the ball?",
    {"ball mass": "145 g", "incoming speed": "40 m/s", "outgoing speed": "50 m/s", "contact time": "1.2 ms", "pitching distance": "18.4 m"},
    "average force of bat on ball", "N", m * (vi + vf) / dt, laws=1, irrelevant=["pitching distance"],
    solution="F = m (v_f + v_i)/Δt (velocity reverses)", assumptions="neglect gravity during contact")

m, H, t, eta = 850.0, 24.0, 30.0, 0.75
add(F, "On a construction site a crane lifts an 850 kg steel beam 24 m straight up at constant speed in 30 s. If the crane's motor is 75% efficient, what electrical power does the motor draw?",
    {"beam mass": "850 kg", "lift height": "24 m", "lift time": "30 s", "motor efficiency": "75 %"}, "electrical input power", "kW",
    m * g * H / t / eta / 1000, laws=2, solution="P_out = m g h / t; P_in = P_out/η", assumptions=GA)

r, rpm = 1.8, 12.0
w = rpm * 2 * pi / 60
add(F, "A child sits 1.8 m from the centre of a playground merry-go-round that turns at 12 rpm. What is the minimum coefficient of static friction between the child and the platform so that she does not slide off?",
    {"distance from centre": "1.8 m", "rotation rate": "12 rpm"}, "minimum coefficient of static friction", "dimensionless",
    w**2 * r / g, laws=2, solution="μs m g = m ω^2 r -> μs = ω^2 r / g", assumptions=GA + "; horizontal platform")

m1, v1, m2 = 1200.0, 15.0, 900.0
vf = m1 * v1 / (m1 + m2)
add(F, "A 1200 kg car moving at 15 m/s rear-ends a 900 kg car stopped at a red light. The bumpers lock and the two cars move off together. How much kinetic energy is lost in the collision?",
    {"moving car mass": "1200 kg", "moving car speed": "15 m/s", "stopped car mass": "900 kg"}, "kinetic energy lost", "kJ",
    (0.5 * m1 * v1**2 - 0.5 * (m1 + m2) * vf**2) / 1000, laws=2,
    solution="v' = m1 v1/(m1+m2); ΔK = m1 v1^2/2 - (m1+m2) v'^2/2", assumptions="perfectly inelastic, neglect road friction during impact")

th, mu, L = 25.0, 0.08, 60.0
a = g * (math.sin(math.radians(th)) - mu * math.cos(math.radians(th)))
add(F, "A skier starts from rest and slides straight down a 25° slope whose top station is 410 m above the valley. The coefficient of kinetic friction between skis and snow is 0.08. Ignoring air drag, how fast is she going after sliding 60 m along the slope?",
    {"slope angle": "25 degree", "height of top station": "410 m", "coefficient of kinetic friction": "0.08", "distance along slope": "60 m"},
    "speed after 60 m", "m/s", math.sqrt(2 * a * L), laws=2, irrelevant=["height of top station"],
    solution="a = g(sinθ - μk cosθ); v = sqrt(2 a L)", assumptions=NOAIR)

m, k, x = 0.025, 320.0, 0.05
add(F, "A spring-loaded toy launcher has a spring constant of 320 N/m. It is compressed by 5.0 cm and fires a 25 g foam dart straight up. How high above its launch point does the dart rise (ignore air resistance and the dart's motion while still touching the spring)?",
    {"spring constant": "320 N/m", "compression": "5.0 cm", "dart mass": "25 g"}, "maximum height", "m",
    0.5 * k * x**2 / (m * g), laws=2, solution="k x^2/2 = m g h", assumptions=NOAIR)

add(F, "I push a wooden crate across the garage floor with a steady horizontal force of 150 N and it slides at constant velocity. What is the coefficient of kinetic friction between the crate and the floor?",
    {"pushing force": "150 N"}, "coefficient of kinetic friction", "dimensionless", None, outcome="not derivable", laws=2,
    solution="μk = F/(m g) but the crate's mass (or weight) is not given", assumptions=GA)

add(F, "A 1.5 kg ball is dropped from rest from a height of 2.0 m and, with air resistance negligible, hits the floor at 9.0 m/s. How long does the fall take?",
    {"ball mass": "1.5 kg", "drop height": "2.0 m", "impact speed": "9.0 m/s"}, "fall time", "s", None, outcome="ill-posed", laws=1,
    solution=f"Free fall from 2.0 m gives at most v = sqrt(2gh) = {math.sqrt(2*g*2):.2f} m/s, so 9.0 m/s is inconsistent with the data", assumptions=NOAIR)

v, th, H = 15.0, 30.0, 10.0
def cliff(sign):
    vx = v * math.cos(math.radians(th)); vy = sign * v * math.sin(math.radians(th))
    t = (vy + math.sqrt(vy**2 + 2 * g * H)) / g
    return vx * t
add(F, "A stone is thrown at 15 m/s at an angle of 30° to the horizontal from the top of a 10 m high sea cliff. Neglecting air resistance, how far from the base of the cliff does it hit the water?",
    {"throw speed": "15 m/s", "angle to horizontal": "30 degree", "cliff height": "10 m"}, "horizontal distance to landing point", "m", None,
    outcome="ambiguous", laws=1,
    solution=f"Angle above horizontal: {cliff(1):.1f} m; angle below horizontal: {cliff(-1):.1f} m", assumptions=NOAIR)

# =============================== FLUIDS ===============================
F = "fluids"
rho, d, V1 = 1025.0, 18.0, 2.0
P = atm + rho * g * d
add(F, "A scuba diver at a depth of 18 m in seawater (density 1025 kg/m^3) breathes out a bubble of volume 2.0 cm^3. Assuming the air in the bubble stays at the same temperature and the surface pressure is 1 atm, what is the bubble's volume when it reaches the surface?",
    {"depth": "18 m", "seawater density": "1025 kg/m^3", "bubble volume at depth": "2.0 cm^3", "surface pressure": "1 atm"},
    "bubble volume at surface", "cm^3", V1 * P / atm, laws=2, solution="P = P0 + ρ g d; V2 = V1 P/P0 (Boyle)", assumptions=GA + "; 1 atm = 101325 Pa; isothermal")

add(F, "An ice cube 3.0 cm on a side floats in a glass of water. Ice has density 0.917 g/cm^3 and water 1.000 g/cm^3. How far does the top of the cube stick out above the water surface?",
    {"cube edge": "3.0 cm", "ice density": "0.917 g/cm^3", "water density": "1.000 g/cm^3"}, "height above water", "mm",
    30.0 * (1 - 0.917 / 1.000), laws=1, solution="h_sub/L = ρ_ice/ρ_w; h_above = L(1 - ρ_ice/ρ_w)", assumptions="cube floats upright")

Qf, D1, D2 = 0.25e-3, 1.6e-2, 0.50e-2
add(F, "Water flows at 0.25 L/s through a 15 m garden hose with an inner diameter of 1.6 cm and leaves through a nozzle of diameter 0.50 cm. How fast does the water leave the nozzle?",
    {"flow rate": "0.25 L/s", "hose length": "15 m", "hose inner diameter": "1.6 cm", "nozzle diameter": "0.50 cm"}, "exit speed", "m/s",
    Qf / (pi * D2**2 / 4), laws=1, irrelevant=["hose length", "hose inner diameter"], solution="v = Q / (π d^2/4)", assumptions="incompressible flow")

Pg, rho = 18 * 133.322387415, 1020.0
add(F, "A nurse needs the IV fluid (density 1020 kg/m^3) to enter a patient's vein where the blood gauge pressure is 18 mmHg. What is the minimum height of the fluid surface in the bag above the needle?",
    {"fluid density": "1020 kg/m^3", "venous gauge pressure": "18 mmHg"}, "minimum bag height", "cm",
    Pg / (rho * g) * 100, laws=1, solution="h = P/(ρ g), 1 mmHg = 133.322 Pa", assumptions=GA + "; neglect flow resistance")

d1, d2, M = 2.5e-2, 0.30, 1500.0
add(F, "A garage hydraulic lift has a small piston of diameter 2.5 cm and a large piston of diameter 30 cm. What force on the small piston holds up a 1500 kg car resting on the large piston (pistons at the same height, ignore piston masses)?",
    {"small piston diameter": "2.5 cm", "large piston diameter": "30 cm", "car mass": "1500 kg"}, "force on small piston", "N",
    M * g * (d1 / d2)**2, laws=1, solution="F1 = M g (d1/d2)^2 (Pascal)", assumptions=GA)

vw, A, rho = 30.0, 180.0, 1.20
add(F, "During a storm, wind blows at 30 m/s across a flat roof of area 180 m^2 while the air in the attic is still. Taking air density as 1.20 kg/m^3, what is the net upward force on the roof?",
    {"wind speed": "30 m/s", "roof area": "180 m^2", "air density": "1.20 kg/m^3"}, "net upward force on the roof", "kN",
    0.5 * rho * vw**2 * A / 1000, laws=2, solution="ΔP = ρ v^2/2 (Bernoulli); F = ΔP A", assumptions="inside air at rest, same height")

Hh, dd = 35.0, 1.2e-2
vout = math.sqrt(2 * g * Hh)
add(F, "A town water tower holds 450 m^3 of water with its surface 35 m above an open tap on the ground. The tap opening has a diameter of 1.2 cm. Treating the water as an ideal fluid, what volume flow rate comes out of the tap, in litres per minute?",
    {"tower volume": "450 m^3", "height of water surface above tap": "35 m", "tap diameter": "1.2 cm"}, "volume flow rate", "L/min",
    vout * pi * dd**2 / 4 * 1000 * 60, laws=2, irrelevant=["tower volume"], solution="v = sqrt(2 g h) (Torricelli/Bernoulli); Q = v π d^2/4", assumptions=GA + "; ideal fluid, tank surface speed negligible")

Wa, Ww = 12.6, 11.4
add(F, "An archaeologist weighs a small metal artifact with a spring scale: 12.6 N in air and 11.4 N when it is fully submerged in fresh water (density 1000 kg/m^3). What is the density of the artifact?",
    {"weight in air": "12.6 N", "apparent weight in water": "11.4 N", "water density": "1000 kg/m^3"}, "artifact density", "g/cm^3",
    Wa / (Wa - Ww) * 1.000, laws=2, solution="F_b = W_air - W_water = ρw g V; ρ = ρw W_air/(W_air - W_water)", assumptions="neglect buoyancy of air")

V, rhoHe, rhoA, mload = 4.2, 0.179, 1.225, 2.5
mtot = mload + rhoHe * V
add(F, "A weather balloon is filled with 4.2 m^3 of helium (density 0.179 kg/m^3) in air of density 1.225 kg/m^3. The envelope plus instrument package has a mass of 2.5 kg. What is the balloon's upward acceleration just after release (ignore air drag)?",
    {"helium volume": "4.2 m^3", "helium density": "0.179 kg/m^3", "air density": "1.225 kg/m^3", "envelope and payload mass": "2.5 kg"},
    "initial upward acceleration", "m/s^2", (rhoA * V * g - mtot * g) / mtot, laws=2,
    solution="F_b = ρ_air V g; a = (F_b - (m + ρ_He V) g)/(m + ρ_He V)", assumptions=GA + "; neglect envelope volume and added mass")

Lh, r, eta, Qv = 0.025, 0.15e-3, 1.0e-3, 0.50e-6
add(F, "A syringe with a barrel diameter of 1.0 cm pushes water (viscosity 1.0e-3 Pa·s) through a needle 2.5 cm long with inner radius 0.15 mm at 0.50 mL/s. Assuming laminar (Poiseuille) flow in the needle, what pressure difference is needed across the needle?",
    {"barrel diameter": "1.0 cm", "viscosity": "1.0e-3 Pa*s", "needle length": "2.5 cm", "needle inner radius": "0.15 mm", "flow rate": "0.50 mL/s"},
    "pressure difference across needle", "kPa", 8 * eta * Lh * Qv / (pi * r**4) / 1000, laws=1, irrelevant=["barrel diameter"],
    solution="ΔP = 8 η L Q/(π r^4)", assumptions="laminar flow")

add(F, "A rectangular steel barge is 12 m long and 4.0 m wide with vertical sides. It floats in fresh water (1000 kg/m^3). How deep below the waterline does its flat bottom sit?",
    {"barge length": "12 m", "barge width": "4.0 m", "water density": "1000 kg/m^3"}, "draft of the barge", "m", None, outcome="not derivable", laws=1,
    solution="draft = m/(ρ L W) but the barge's mass (with load) is not given", assumptions="")

add(F, "Water flows through a horizontal pipe that narrows from 5.0 cm diameter to 2.5 cm diameter. The pressure in the wide section is 180 kPa. What is the pressure in the narrow section?",
    {"wide diameter": "5.0 cm", "narrow diameter": "2.5 cm", "pressure in wide section": "180 kPa"}, "pressure in narrow section", "kPa", None,
    outcome="not derivable", laws=2, solution="P2 = P1 - ρ(v2^2 - v1^2)/2 with v2 = 4 v1, but the flow speed or flow rate is not given", assumptions="ideal fluid")

add(F, "A block of pine with density 0.60 g/cm^3 and volume 500 cm^3 floats in fresh water with 80% of its volume submerged. What is the buoyant force on it?",
    {"wood density": "0.60 g/cm^3", "block volume": "500 cm^3", "submerged fraction": "80 %"}, "buoyant force", "N", None,
    outcome="ill-posed", laws=1,
    solution="A floating block of density 0.60 g/cm^3 must be 60% submerged in water; 80% contradicts flotation equilibrium (gives 3.92 N vs weight 2.94 N)", assumptions=GA)

# =============================== THERMODYNAMICS ===============================
F = "thermodynamics"
cw = 4186.0
m, dT, P = 1.5, 82.0, 2200.0
add(F, "How long does it take my 2.2 kW electric kettle to bring 1.5 L of water from 18 °C up to 100 °C? Assume all the electrical energy goes into the water (c = 4186 J/(kg·K), density 1.00 kg/L).",
    {"kettle power": "2.2 kW", "water volume": "1.5 L", "initial temperature": "18 degC", "final temperature": "100 degC", "specific heat of water": "4186 J/(kg*K)", "water density": "1.00 kg/L"},
    "heating time", "s", m * cw * dT / P, laws=2, solution="Q = m c ΔT; t = Q/P", assumptions="no heat losses")

mi, mc, Tc, Lf = 0.040, 0.300, 25.0, 334e3
Tf = (mc * cw * Tc - mi * Lf) / ((mi + mc) * cw)
add(F, "I drop 40 g of ice at 0 °C into 300 g of cola at 25 °C in an insulated cup. Treat the cola as water (c = 4186 J/(kg·K)) and take the latent heat of fusion of ice as 334 kJ/kg. What is the final equilibrium temperature? Give it in kelvin.",
    {"ice mass": "40 g", "ice temperature": "0 degC", "cola mass": "300 g", "cola temperature": "25 degC", "specific heat of water": "4186 J/(kg*K)", "latent heat of fusion": "334 kJ/kg"},
    "final temperature", "K", Tf + 273.15, laws=2,
    solution="m_c c (25 - T) = m_i L_f + m_i c T; all ice melts", assumptions="insulated cup, cup heat capacity negligible")

Pg1, T1, T2 = 220e3, 283.15, 318.15
add(F, "A car tyre reads 220 kPa on a gauge on a cold morning at 10 °C. After a long drive the air inside is at 45 °C. Assuming the tyre volume doesn't change and atmospheric pressure is 101.325 kPa, what does the gauge read now?",
    {"initial gauge pressure": "220 kPa", "initial temperature": "10 degC", "final temperature": "45 degC", "atmospheric pressure": "101.325 kPa"},
    "final gauge pressure", "kPa", ((Pg1 + atm) * T2 / T1 - atm) / 1000, laws=1,
    solution="P_abs2 = P_abs1 T2/T1; gauge = P_abs2 - P_atm", assumptions="constant volume, ideal gas")

Pe, Th, Tcold = 800.0, 823.15, 293.15
eC = 1 - Tcold / Th
add(F, "A coal power plant produces 800 MW of electrical power with an actual overall efficiency of 40%. Its steam enters the turbines at 550 °C and waste heat is dumped into a river at 20 °C. If the plant were an ideal Carnot engine between these temperatures with the same electrical output, at what rate would heat be rejected to the river?",
    {"electrical output": "800 MW", "actual efficiency": "40 %", "steam temperature": "550 degC", "river temperature": "20 degC"},
    "minimum waste heat rate", "MW", Pe * (1 / eC - 1), laws=2, irrelevant=["actual efficiency"],
    solution="η_C = 1 - Tc/Th; Q_c = P(1/η_C - 1)", assumptions="Carnot engine")

kg, th, A, dT = 0.80, 0.40e-2, 1.2 * 1.5, 26.0
add(F, "A single-glazed window in a 40 m^3 bedroom is 1.2 m by 1.5 m, with glass 0.40 cm thick (thermal conductivity 0.80 W/(m·K)). The inside surface of the glass is at 21 °C and the outside surface at -5 °C. At what rate does heat conduct through the glass?",
    {"room volume": "40 m^3", "window width": "1.2 m", "window height": "1.5 m", "glass thickness": "0.40 cm", "thermal conductivity": "0.80 W/(m*K)", "inside surface temperature": "21 degC", "outside surface temperature": "-5 degC"},
    "heat conduction rate", "kW", kg * A * dT / th / 1000, laws=1, irrelevant=["room volume"], solution="P = k A ΔT / d", assumptions="steady state")

Ts, Tsur, A, em = 307.15, 293.15, 1.8, 0.97
add(F, "A resting patient's skin is at 34 °C and has a surface area of 1.8 m^2 with emissivity 0.97. The hospital room walls are at 20 °C. What is the net rate of heat loss by thermal radiation?",
    {"skin temperature": "34 degC", "surface area": "1.8 m^2", "emissivity": "0.97", "wall temperature": "20 degC"},
    "net radiated power", "W", em * sigma * A * (Ts**4 - Tsur**4), laws=1, solution="P = e σ A (T^4 - Ts^4)", assumptions="σ = 5.670374419e-8 W/(m^2 K^4)")

m, v0, fr, md, cs = 1400.0, 100 / 3.6, 0.60, 28.0, 450.0
add(F, "A 1400 kg car brakes from 100 km/h to a stop. 60% of its kinetic energy ends up as heat in the four steel brake discs, which have a combined mass of 28 kg and specific heat 450 J/(kg·K). By how much does the disc temperature rise?",
    {"car mass": "1400 kg", "initial speed": "100 km/h", "fraction into discs": "60 %", "disc mass": "28 kg", "specific heat of steel": "450 J/(kg*K)"},
    "temperature rise of discs", "K", fr * 0.5 * m * v0**2 / (md * cs), laws=2, solution="Q = 0.6 m v^2/2 = m_d c ΔT", assumptions="heat shared evenly, no losses")

n, T, V1, V2 = 0.50, 300.0, 10.0, 25.0
add(F, "0.50 mol of an ideal gas at 300 K expands slowly and isothermally from 10 L to 25 L. How much heat does the gas absorb?",
    {"amount of gas": "0.50 mol", "temperature": "300 K", "initial volume": "10 L", "final volume": "25 L"},
    "heat absorbed", "J", n * R * T * math.log(V2 / V1), laws=2, solution="ΔU = 0 so Q = W = nRT ln(V2/V1)", assumptions="ideal gas, R = 8.314 J/(mol K)")

Ph, COP, hrs = 12.0, 3.5, 8.0
add(F, "On a night when it's -2 °C outside, our heat pump delivers 12 kW of heat to the house with a coefficient of performance of 3.5. How much electrical energy does it use over 8 hours?",
    {"outside temperature": "-2 degC", "heat delivered": "12 kW", "COP": "3.5", "time": "8 h"}, "electrical energy used", "kWh",
    Ph / COP * hrs, laws=1, irrelevant=["outside temperature"], solution="W = Q_h/COP; E = P t", assumptions="constant operation")

T1, r, gam = 300.0, 18.0, 1.40
add(F, "In a diesel engine, air at 300 K is compressed adiabatically with a compression ratio V1/V2 = 18. Taking γ = 1.40, what is the air temperature at the end of compression?",
    {"intake temperature": "300 K", "compression ratio": "18", "adiabatic index": "1.40"}, "temperature after compression", "K",
    T1 * r**(gam - 1), laws=1, solution="T2 = T1 (V1/V2)^(γ-1)", assumptions="reversible adiabatic, ideal gas")

add(F, "How much heat is needed to boil away all the water in a pot that starts at 20 °C? Use c = 4186 J/(kg·K) and L_v = 2.26 MJ/kg.",
    {"initial temperature": "20 degC", "specific heat": "4186 J/(kg*K)", "latent heat of vaporisation": "2.26 MJ/kg"}, "heat needed", "kJ", None,
    outcome="not derivable", laws=2, solution="Q = m(c·80 K + L_v) but the mass (or volume) of water is missing", assumptions="1 atm")

add(F, "An inventor claims his engine runs between a hot reservoir at 500 K and a cold reservoir at 300 K with an efficiency of 55%. How much work does it do for every 10 kJ of heat it takes in?",
    {"hot reservoir temperature": "500 K", "cold reservoir temperature": "300 K", "claimed efficiency": "55 %", "heat input": "10 kJ"},
    "work output", "kJ", None, outcome="ill-posed", laws=2,
    solution="Carnot limit is 1 - 300/500 = 40% < 55%: the claimed engine violates the second law", assumptions="")

n, dT = 1.0, 50.0
add(F, "How much heat must be added to 1.0 mol of an ideal diatomic gas (like air near room temperature) to raise its temperature by 50 K?",
    {"amount of gas": "1.0 mol", "temperature rise": "50 K"}, "heat added", "J", None, outcome="ambiguous", laws=1,
    solution=f"At constant volume Q = (5/2) n R ΔT = {2.5*n*R*dT:.0f} J; at constant pressure Q = (7/2) n R ΔT = {3.5*n*R*dT:.0f} J; process not specified",
    assumptions="ideal diatomic gas")

# =============================== WAVES ===============================
F = "waves"
L, f = 0.648, 110.0
add(F, "The A string on my guitar has a vibrating length of 0.648 m and its fundamental is 110 Hz. What is the speed of transverse waves on the string?",
    {"vibrating length": "0.648 m", "fundamental frequency": "110 Hz"}, "wave speed on string", "m/s", 2 * L * f, laws=1,
    solution="λ = 2L; v = f λ", assumptions="fixed ends")

L, mu, f = 0.65, 3.9e-3, 196.0
add(F, "A violin-style string 0.65 m long has a linear mass density of 3.9 g/m and is tuned so that its fundamental is 196 Hz. What tension is it under?",
    {"string length": "0.65 m", "linear density": "3.9 g/m", "fundamental frequency": "196 Hz"}, "string tension", "N",
    mu * (2 * L * f)**2, laws=2, solution="v = 2 L f; T = μ v^2", assumptions="fixed ends")

f0, vs, vsnd = 700.0, 25.0, 343.0
add(F, "An ambulance siren emits 700 Hz. The ambulance drives straight toward a pedestrian standing on the pavement at 25 m/s. Take the speed of sound as 343 m/s. What frequency does the pedestrian hear?",
    {"siren frequency": "700 Hz", "ambulance speed": "25 m/s", "speed of sound": "343 m/s"}, "observed frequency", "Hz",
    f0 * vsnd / (vsnd - vs), laws=1, solution="f' = f v/(v - v_s)", assumptions="still air")

add(F, "I saw the lightning flash and counted 4.5 seconds before the thunder arrived; the rumble sounded low, maybe 100 Hz. Taking the speed of sound as 343 m/s and the light as arriving instantly, how far away was the strike?",
    {"delay": "4.5 s", "rumble frequency": "100 Hz", "speed of sound": "343 m/s"}, "distance to strike", "km", 343 * 4.5 / 1000, laws=1,
    irrelevant=["rumble frequency"], solution="d = v t", assumptions="light travel time negligible")

L1, r1, r2 = 95.0, 2.0, 15.0
add(F, "A leaf blower produces a sound level of 95 dB at 2.0 m. Treating it as a point source radiating uniformly with no reflections, what's the sound level at 15 m?",
    {"sound level at 2.0 m": "95 dB", "near distance": "2.0 m", "far distance": "15 m"}, "sound level at 15 m", "dB",
    L1 - 20 * math.log10(r2 / r1), laws=2, solution="I ∝ 1/r^2; β2 = β1 - 20 log10(r2/r1)", assumptions="free field point source")

Lp, TC = 1.2, 30.0
vT = 331.3 * math.sqrt(1 + TC / 273.15)
add(F, "An organ pipe is 1.2 m long, open at one end and closed at the other. The air in the church is at 30 °C; use v = 331.3 m/s × sqrt(1 + T/273.15 °C) for the speed of sound. What is the pipe's fundamental frequency?",
    {"pipe length": "1.2 m", "air temperature": "30 degC", "speed of sound at 0 degC": "331.3 m/s"}, "fundamental frequency", "Hz",
    vT / (4 * Lp), laws=2, solution="v = 331.3 sqrt(1 + T/273.15); f1 = v/(4L)", assumptions="ignore end correction")

f, v = 5.0e6, 1540.0
add(F, "A medical ultrasound probe emits 5.0 MHz pulses with an intensity of 100 mW/cm^2 into soft tissue, where the speed of sound is 1540 m/s. What is the wavelength in the tissue?",
    {"frequency": "5.0 MHz", "intensity": "100 mW/cm^2", "speed in tissue": "1540 m/s"}, "ultrasound wavelength", "mm", v / f * 1000, laws=1,
    irrelevant=["intensity"], solution="λ = v/f", assumptions="")

t, v = 65e-6, 1540.0
add(F, "An ultrasound echo from the boundary of an organ returns 65 µs after the pulse was sent. Assuming sound travels at 1540 m/s in tissue, how deep is the boundary?",
    {"echo time": "65 µs", "speed in tissue": "1540 m/s"}, "depth of boundary", "cm", v * t / 2 * 100, laws=1, solution="d = v t/2", assumptions="straight-line round trip")

fr, beat = 440.0, 4.0
add(F, "A piano tuner hears 4 beats per second between a 440 Hz tuning fork and a piano string that is known to be flat. By what percentage must the string tension be increased to bring it to 440 Hz?",
    {"fork frequency": "440 Hz", "beat frequency": "4 Hz"}, "percentage increase in tension", "percent",
    ((fr / (fr - beat))**2 - 1) * 100, laws=2, solution="f_string = 440 - 4 Hz; f ∝ sqrt(T) so T2/T1 = (440/436)^2", assumptions="length and mass unchanged", tol=0.02)

fb, vb, vs = 40e3, 8.0, 343.0
add(F, "A bat flying at 8.0 m/s straight toward a cave wall emits a 40 kHz call. With the speed of sound 343 m/s, what frequency does the bat hear in the echo?",
    {"bat speed": "8.0 m/s", "emitted frequency": "40 kHz", "speed of sound": "343 m/s"}, "echo frequency", "kHz",
    fb * (vs + vb) / (vs - vb) / 1000, laws=1, solution="f'' = f (v + v_b)/(v - v_b)", assumptions="still air, stationary wall")

add(F, "A rope is stretched with a tension of 40 N and shaken at 5.0 Hz. What is the wavelength of the waves on it?",
    {"tension": "40 N", "frequency": "5.0 Hz"}, "wavelength", "m", None, outcome="not derivable", laws=2,
    solution="λ = sqrt(T/μ)/f but the rope's linear mass density is not given", assumptions="")

add(F, "A car sounding its horn drives away from me at 20 m/s. Taking the speed of sound as 343 m/s, what frequency do I hear?",
    {"car speed": "20 m/s", "speed of sound": "343 m/s"}, "observed frequency", "Hz", None, outcome="not derivable", laws=1,
    solution="f' = f v/(v + v_s) but the horn's emitted frequency is not given", assumptions="")

add(F, "A 256 Hz tuning fork sounded together with a piano string produces 4 beats per second. What is the frequency of the string?",
    {"fork frequency": "256 Hz", "beat frequency": "4 Hz"}, "string frequency", "Hz", None, outcome="ambiguous", laws=1,
    solution="f = 256 ± 4 Hz: either 252 Hz or 260 Hz", assumptions="")

# =============================== OPTICS ===============================
F = "optics"
add(F, "A farsighted person's near point is 75 cm. What power of contact lens lets her read a book held 25 cm from her eye? (Give the power in dioptres = 1/m.)",
    {"near point": "75 cm", "reading distance": "25 cm"}, "lens power", "1/m", 1 / 0.25 - 1 / 0.75, laws=1,
    solution="P = 1/d_o + 1/d_i with d_o = 0.25 m, d_i = -0.75 m", assumptions="contact lens at the eye, thin lens")

fp, gap = 2.0, 0.02
add(F, "My far point is 2.0 m. What power should my glasses have if they sit 2.0 cm in front of my eyes, so I can see distant objects clearly?",
    {"far point": "2.0 m", "lens-eye distance": "2.0 cm"}, "lens power", "1/m", -1 / (fp - gap), laws=1,
    solution="f = -(far point - lens distance); P = 1/f", assumptions="thin lens, object at infinity")

f, do, hobj = 0.050, 3.0, 1.8
di = 1 / (1 / f - 1 / do)
add(F, "A camera with a 50 mm lens photographs a 1.8 m tall person standing 3.0 m away. How tall is the person's image on the sensor?",
    {"focal length": "50 mm", "person height": "1.8 m", "object distance": "3.0 m"}, "image height", "mm", hobj * di / do * 1000, laws=2,
    solution="1/f = 1/do + 1/di; h_i = h_o di/do", assumptions="thin lens")

th1, n2 = 40.0, 1.33
add(F, "A beam from a pool light in air hits the water surface (n = 1.33, water at 27 °C) at 40° from the normal. At what angle from the normal does it travel in the water?",
    {"angle of incidence": "40 degree", "refractive index of water": "1.33", "water temperature": "27 degC"}, "angle of refraction", "degree",
    math.degrees(math.asin(math.sin(math.radians(th1)) / n2)), laws=1, irrelevant=["water temperature"], solution="sinθ2 = sinθ1/n", assumptions="n_air = 1.00")

n1, n2 = 1.48, 1.46
add(F, "An optical fibre has a core of refractive index 1.48 and cladding of 1.46. What is the critical angle at the core-cladding boundary?",
    {"core index": "1.48", "cladding index": "1.46"}, "critical angle", "degree", math.degrees(math.asin(n2 / n1)), laws=1,
    solution="sinθc = n2/n1", assumptions="")

lam, dsl, Ls = 532e-9, 0.25e-3, 3.0
add(F, "A 5 mW green laser pointer (532 nm) shines on a double slit with slit separation 0.25 mm. A screen is 3.0 m away. What is the spacing between adjacent bright fringes?",
    {"laser power": "5 mW", "wavelength": "532 nm", "slit separation": "0.25 mm", "screen distance": "3.0 m"}, "fringe spacing", "mm",
    lam * Ls / dsl * 1000, laws=1, irrelevant=["laser power"], solution="Δy = λ L/d", assumptions="small angles")

dgr, lam = 1.6e-6, 650e-9
add(F, "The tracks on a CD act as a reflection grating with spacing 1.6 µm. Red laser light of 650 nm hits it at normal incidence. At what angle is the first-order maximum?",
    {"track spacing": "1.6 µm", "wavelength": "650 nm"}, "first-order angle", "degree", math.degrees(math.asin(lam / dgr)), laws=1,
    solution="d sinθ = m λ, m = 1", assumptions="normal incidence")

I0, ang = 800.0, 35.0
add(F, "Unpolarised sunlight of intensity 800 W/m^2 passes through two polarising filters whose transmission axes are at 35° to each other. What intensity emerges?",
    {"incident intensity": "800 W/m^2", "angle between axes": "35 degree"}, "transmitted intensity", "W/m^2",
    I0 / 2 * math.cos(math.radians(ang))**2, laws=2, solution="I1 = I0/2; I2 = I1 cos^2θ (Malus)", assumptions="ideal polarisers")

fm, dm = 0.20, 0.12
dim = 1 / (1 / fm - 1 / dm)
add(F, "I hold my face 12 cm from a concave makeup mirror with a focal length of 20 cm. What's the magnification of my reflection?",
    {"face distance": "12 cm", "focal length": "20 cm"}, "magnification", "dimensionless", -dim / dm, laws=2,
    solution="1/f = 1/do + 1/di; m = -di/do", assumptions="paraxial")

sep, D, lam = 1.4, 3.0e-3, 550e-9
add(F, "At night, the two headlights of an approaching car are 1.4 m apart. If your pupil diameter is 3.0 mm and the light has wavelength 550 nm, what's the greatest distance at which your eye can just resolve the two headlights (diffraction-limited, Rayleigh criterion)?",
    {"headlight separation": "1.4 m", "pupil diameter": "3.0 mm", "wavelength": "550 nm"}, "maximum resolving distance", "km",
    sep * D / (1.22 * lam) / 1000, laws=2, solution="θ = 1.22 λ/D; L = s/θ", assumptions="small angles, diffraction-limited")

add(F, "A converging lens forms a sharp real image of a candle on a wall 30 cm behind the lens. How far in front of the lens is the candle?",
    {"image distance": "30 cm"}, "object distance", "cm", None, outcome="not derivable", laws=1,
    solution="1/do = 1/f - 1/di but the focal length is not given", assumptions="thin lens")

add(F, "A diverging lens with focal length -15 cm forms a real, inverted image of a real object that is twice the size of the object. Where is the object?",
    {"focal length": "-15 cm", "magnification": "-2"}, "object distance", "cm", None, outcome="ill-posed", laws=2,
    solution="A single diverging lens always forms a virtual, upright, reduced image of a real object; m = -2 with f = -15 cm would need do = 1.5 f = -22.5 cm (a virtual object), impossible for a real object", assumptions="thin lens")

fl, M = 20.0, 3.0
add(F, "A lens with a focal length of 20 cm produces an image three times as large as the object. How far from the lens is the object?",
    {"focal length": "20 cm", "image size ratio": "3"}, "object distance", "cm", None, outcome="ambiguous", laws=2,
    solution=f"Real inverted image (m = -3): do = f(1+1/3) = {fl*(1+1/M):.1f} cm; virtual upright image (m = +3): do = f(1-1/3) = {fl*(1-1/M):.1f} cm",
    assumptions="thin converging lens")

# =============================== ELECTRICITY (electrostatics) ===============================
F = "electricity"
q1, q2, r = 45e-9, 60e-9, 0.20
add(F, "Two rubbed balloons carry charges of -45 nC and -60 nC. Treating them as point charges 20 cm apart, what is the magnitude of the force between them?",
    {"charge 1": "-45 nC", "charge 2": "-60 nC", "separation": "20 cm"}, "electrostatic force", "mN", kC * q1 * q2 / r**2 * 1000, laws=1,
    solution="F = k q1 q2 / r^2", assumptions="point charges, air ≈ vacuum")

V = 2.0e3
add(F, "In an old oscilloscope, electrons start essentially from rest and are accelerated through a potential difference of 2.0 kV. Treating them non-relativistically, what speed do they reach?",
    {"accelerating voltage": "2.0 kV"}, "electron speed", "m/s", math.sqrt(2 * e * V / me), laws=2,
    solution="e V = m v^2/2 -> v = sqrt(2 e V/m)", assumptions="non-relativistic", tol=0.02)

C, V = 32e-6, 5.0e3
add(F, "A defibrillator's 32 µF capacitor is charged to 5.0 kV and then discharged through the patient in about 5 ms. How much energy was stored in the capacitor?",
    {"capacitance": "32 µF", "voltage": "5.0 kV", "pulse duration": "5 ms"}, "stored energy", "J", 0.5 * C * V**2, laws=1,
    irrelevant=["pulse duration"], solution="U = C V^2/2", assumptions="")

A, dgap = 0.10 * 0.10, 1.0e-3
add(F, "A parallel-plate capacitor has square plates 10 cm on a side separated by 1.0 mm of air. What is its capacitance?",
    {"plate side": "10 cm", "plate separation": "1.0 mm"}, "capacitance", "pF", eps0 * A / dgap * 1e12, laws=1,
    solution="C = ε0 A/d", assumptions="air ≈ vacuum, ignore fringing")

Qd, r = 2.5e-6, 0.30
add(F, "The spherical dome of a science-museum Van de Graaff generator has radius 15 cm and carries a charge of 2.5 µC. What is the electric field strength 30 cm from the centre of the dome?",
    {"dome radius": "15 cm", "dome charge": "2.5 µC", "distance from centre": "30 cm"}, "electric field", "N/C", kC * Qd / r**2, laws=1,
    irrelevant=["dome radius"], solution="E = k Q/r^2 (outside a charged sphere)", assumptions="isolated sphere")

rr = 2.0e-15
add(F, "How much work (in MeV) must be done to bring two protons from very far apart to a centre-to-centre separation of 2.0 fm, considering only the electrostatic force?",
    {"final separation": "2.0 fm"}, "work required", "MeV", kC * e**2 / rr / e / 1e6, laws=1,
    solution="W = k e^2 / r", assumptions="point charges")

A, dgap, kap, V = 2.0e-4, 0.10e-3, 4.5, 9.0
add(F, "A touch sensor is modelled as a parallel-plate capacitor with plate area 2.0 cm^2 and a 0.10 mm gap filled with a dielectric of κ = 4.5. It is connected to a 9.0 V supply. How much charge sits on each plate?",
    {"plate area": "2.0 cm^2", "gap": "0.10 mm", "dielectric constant": "4.5", "voltage": "9.0 V"}, "charge on each plate", "pC",
    kap * eps0 * A / dgap * V * 1e12, laws=2, solution="C = κ ε0 A/d; Q = C V", assumptions="ignore fringing")

mo, dpl, Vpl = 2.4e-15, 1.5e-2, 441.0
add(F, "In a Millikan-type experiment an oil drop of mass 2.4 x 10^-15 kg hovers motionless between horizontal plates 1.5 cm apart when 441 V is applied. How many excess electrons does the drop carry?",
    {"drop mass": "2.4e-15 kg", "plate separation": "1.5 cm", "voltage": "441 V"}, "number of excess electrons", "dimensionless",
    mo * g * dpl / Vpl / e, laws=2, solution="E = V/d; q E = m g; n = q/e", assumptions=GA + "; neglect buoyancy")

qb, Vb = 15.0, 1.2e8
add(F, "A lightning bolt transfers 15 C of charge across a potential difference of 1.2 x 10^8 V. How much energy is that, in kilowatt-hours?",
    {"charge transferred": "15 C", "potential difference": "1.2e8 V"}, "energy released", "kWh", qb * Vb / 3.6e6, laws=1,
    solution="E = q V; 1 kWh = 3.6e6 J", assumptions="constant potential difference")

md, qd, v0, Lp, E = 1.3e-10, 1.5e-13, 20.0, 1.6e-2, 1.2e6
add(F, "In an inkjet printer, an ink droplet (ink density 1000 kg/m^3) of mass 1.3e-10 kg and charge 1.5e-13 C enters the region between deflecting plates moving horizontally at 20 m/s. The plates are 1.6 cm long and the uniform field between them is 1.2 x 10^6 N/C, perpendicular to the droplet's motion. Ignoring gravity, how far is the droplet deflected sideways by the time it leaves the plates?",
    {"ink density": "1000 kg/m^3", "droplet mass": "1.3e-10 kg", "droplet charge": "1.5e-13 C", "entry speed": "20 m/s", "plate length": "1.6 cm", "field strength": "1.2e6 N/C"},
    "sideways deflection", "mm", 0.5 * (qd * E / md) * (Lp / v0)**2 * 1000, laws=2, irrelevant=["ink density"],
    solution="a = qE/m; t = L/v; y = a t^2/2", assumptions="uniform field, ignore gravity")

add(F, "What is the capacitance of an air-filled parallel-plate capacitor whose plates are 2.0 mm apart?",
    {"plate separation": "2.0 mm"}, "capacitance", "pF", None, outcome="not derivable", laws=1,
    solution="C = ε0 A/d but the plate area is not given", assumptions="")

add(F, "An electron is released from rest next to the negative plate of a pair of parallel plates in vacuum. How fast is it going when it hits the positive plate, 1.5 cm away?",
    {"plate separation": "1.5 cm"}, "impact speed", "m/s", None, outcome="not derivable", laws=2,
    solution="v = sqrt(2 e V/m) = sqrt(2 e E d/m) but neither the voltage nor the field strength is given", assumptions="")

qa, qb2, sep, dA = 4e-6, 4e-6, 0.10, 0.05
Emid = kC * qa / dA**2 - kC * qb2 / (sep - dA)**2
Eout = kC * qa / dA**2 + kC * qb2 / (sep + dA)**2
add(F, "Two point charges, each +4.0 µC, are 10 cm apart. What is the magnitude of the electric field at a point on the line through the charges, 5.0 cm from the first charge?",
    {"charge A": "+4.0 µC", "charge B": "+4.0 µC", "separation": "10 cm", "distance from charge A": "5.0 cm"}, "electric field magnitude", "N/C", None,
    outcome="ambiguous", laws=1,
    solution=f"Point between the charges (midpoint): E = {abs(Emid):.0f} N/C; point on the far side of A (15 cm from B): E = {Eout:.3e} N/C",
    assumptions="point charges in vacuum")

# =============================== MAGNETISM ===============================
F = "magnetism"
I, B = 800.0, 50e-6
add(F, "A horizontal power line carries 800 A perpendicular to the Earth's magnetic field, which has magnitude 50 µT there. What is the magnetic force per metre of line?",
    {"current": "800 A", "Earth's field": "50 µT"}, "force per unit length", "N/m", I * B, laws=1, solution="F/L = I B", assumptions="perpendicular")

I, r = 800.0, 12.0
add(F, "How strong is the magnetic field 12 m below a long straight power line carrying 800 A (ignore the Earth's field)?",
    {"current": "800 A", "distance": "12 m"}, "magnetic field", "µT", mu0 * I / (2 * pi * r) * 1e6, laws=1,
    solution="B = μ0 I/(2π r)", assumptions="infinitely long straight wire")

B, L, N = 1.5, 1.8, 8000
add(F, "An MRI magnet is modelled as a long solenoid 1.8 m long with 8000 turns of superconducting wire. What current produces a 1.5 T field inside?",
    {"field": "1.5 T", "solenoid length": "1.8 m", "number of turns": "8000"}, "current", "A", B * L / (mu0 * N), laws=1,
    solution="B = μ0 (N/L) I", assumptions="ideal long solenoid")

K, B = 2.0e6 * e, 1.2
add(F, "A 2.0 MeV proton moves perpendicular to a uniform 1.2 T magnetic field. Non-relativistically, what's the radius of its circular path?",
    {"kinetic energy": "2.0 MeV", "magnetic field": "1.2 T"}, "radius of path", "cm", math.sqrt(2 * mp * K) / (e * B) * 100, laws=2,
    solution="p = sqrt(2 m K); r = p/(q B)", assumptions="non-relativistic")

B = 1.5
add(F, "A hospital cyclotron that makes isotopes for PET scans has a 1.5 T magnetic field and dees of radius 0.50 m. At what frequency must the accelerating voltage alternate to accelerate protons?",
    {"magnetic field": "1.5 T", "dee radius": "0.50 m"}, "cyclotron frequency", "MHz", e * B / (2 * pi * mp) / 1e6, laws=1,
    irrelevant=["dee radius"], solution="f = qB/(2π m)", assumptions="non-relativistic")

N, A, B, rpm, Rc = 200, 12e-4, 0.35, 3000.0, 4.0
w = rpm * 2 * pi / 60
add(F, "A small generator coil has 200 turns, each of area 12 cm^2, and spins at 3000 rpm in a uniform 0.35 T field. The coil's terminals are connected to a 4.0 Ω resistor (total circuit resistance, ignore inductance). What is the peak current?",
    {"turns": "200", "coil area": "12 cm^2", "rotation rate": "3000 rpm", "magnetic field": "0.35 T", "total resistance": "4.0 Ω"},
    "peak current", "A", N * B * A * w / Rc, laws=2, solution="ε0 = N B A ω (Faraday); I0 = ε0/R", assumptions="ignore inductance")

Lw, v, Bv = 35.0, 250.0, 40e-6
add(F, "A 70,000 kg airliner with a wingspan of 35 m flies horizontally at 250 m/s where the vertical component of the Earth's magnetic field is 40 µT. What emf is induced between the wingtips?",
    {"airliner mass": "70000 kg", "wingspan": "35 m", "speed": "250 m/s", "vertical field component": "40 µT"}, "induced emf", "V",
    Bv * Lw * v, laws=1, irrelevant=["airliner mass"], solution="ε = B L v", assumptions="")

Vp, Vs, Np = 230.0, 5.0, 4600
add(F, "A phone charger's transformer steps 230 V mains down to 5.0 V. If the primary coil has 4600 turns, how many turns does the secondary have?",
    {"primary voltage": "230 V", "secondary voltage": "5.0 V", "primary turns": "4600"}, "secondary turns", "dimensionless", Np * Vs / Vp, laws=1,
    solution="Ns = Np Vs/Vp", assumptions="ideal transformer")

m14, Vacc, B = 14.003242 * u, 2.0e3, 0.25
add(F, "In an accelerator mass spectrometer used for radiocarbon dating, singly charged carbon-14 ions (mass 14.003 u) are accelerated from rest through 2.0 kV and then enter a 0.25 T magnetic field perpendicular to their velocity. What is the radius of their path?",
    {"ion mass": "14.003 u", "accelerating voltage": "2.0 kV", "magnetic field": "0.25 T"}, "radius of path", "cm",
    math.sqrt(2 * m14 * Vacc / e) / B * 100, laws=2, solution="q V = m v^2/2; r = m v/(q B)", assumptions="singly charged, non-relativistic")

N, rc, dB, dt, Rc = 20, 2.0e-2, 3.0e-3, 0.10e-3, 0.50
emf = N * pi * rc**2 * dB / dt
add(F, "A wireless phone charger's receiving coil has 20 turns of radius 2.0 cm and total resistance 0.50 Ω. The perpendicular field through it rises steadily from 0 to 3.0 mT in 0.10 ms. What average current flows in the coil during this time (ignore self-inductance)?",
    {"turns": "20", "coil radius": "2.0 cm", "field change": "3.0 mT", "time": "0.10 ms", "coil resistance": "0.50 Ω"},
    "average induced current", "A", emf / Rc, laws=2, solution="ε = N A ΔB/Δt; I = ε/R", assumptions="uniform field over coil")

add(F, "A straight 0.50 m section of a hair dryer cord sits in a region where the magnetic field is 0.30 T, at right angles to the wire. What force acts on that section?",
    {"wire length": "0.50 m", "magnetic field": "0.30 T"}, "magnetic force", "N", None, outcome="not derivable", laws=1,
    solution="F = I L B but the current is not given", assumptions="")

add(F, "Two long straight parallel wires are 10 cm apart. One carries 20 A and the other 30 A. What is the magnitude of the magnetic field at the point midway between them?",
    {"separation": "10 cm", "current 1": "20 A", "current 2": "30 A"}, "magnetic field at midpoint", "µT", None, outcome="ambiguous", laws=1,
    solution=f"Currents in the same direction: B = {abs(mu0*30/(2*pi*0.05)-mu0*20/(2*pi*0.05))*1e6:.0f} µT; opposite directions: B = {(mu0*50/(2*pi*0.05))*1e6:.0f} µT",
    assumptions="infinitely long wires")

# =============================== CIRCUITS ===============================
F = "circuits"
Cap, Vb, P = 4.0, 3.85, 0.80
add(F, "My phone battery is rated 4000 mAh at 3.85 V. If the phone draws an average of 0.80 W while I'm streaming music, how many hours will a full charge last?",
    {"battery capacity": "4000 mAh", "battery voltage": "3.85 V", "average power": "0.80 W"}, "battery life", "h", Cap * Vb / P, laws=1,
    solution="E = Q V; t = E/P", assumptions="constant voltage, full usable capacity")

add(F, "An electric kettle is rated 2000 W at 230 V and holds 1.7 L of water. What is the resistance of its heating element when operating?",
    {"power": "2000 W", "voltage": "230 V", "kettle capacity": "1.7 L"}, "element resistance", "ohm", 230.0**2 / 2000.0, laws=1,
    irrelevant=["kettle capacity"], solution="R = V^2/P", assumptions="")

add(F, "A 1500 W space heater on a 120 V outlet runs 6 hours a day for 30 days. How much electrical energy does it use in that month?",
    {"power": "1500 W", "voltage": "120 V", "hours per day": "6 h", "days": "30"}, "energy used", "kWh", 1.5 * 6 * 30, laws=1,
    irrelevant=["voltage"], solution="E = P t", assumptions="")

emf, r, R1 = 12.0, 0.50, 6.0
add(F, "A 12 V battery with internal resistance 0.50 Ω is connected to two 6.0 Ω resistors wired in parallel. What current does the battery deliver?",
    {"emf": "12 V", "internal resistance": "0.50 Ω", "each resistor": "6.0 Ω"}, "battery current", "A", emf / (r + R1 / 2), laws=2,
    solution="R_p = 3.0 Ω; I = ε/(R_p + r)", assumptions="")

Rr, Cc = 2.2e3, 150e-6
add(F, "A camera flash charges a 150 µF capacitor from a constant-voltage supply through a 2.2 kΩ resistor, starting uncharged. How long until the capacitor reaches 90% of the supply voltage?",
    {"capacitance": "150 µF", "resistance": "2.2 kΩ", "target fraction": "90 %"}, "charging time", "s", Rr * Cc * math.log(10), laws=1,
    solution="V = V0(1 - e^(-t/RC)); t = RC ln 10", assumptions="ideal components")

rho, L, A, I = 1.68e-8, 15.0, 1.5e-6, 10.0
add(F, "An extension cord is 15 m long and contains two copper conductors (out and back), each with cross-section 1.5 mm^2. Copper's resistivity is 1.68 x 10^-8 Ω·m. What is the total voltage drop along the cord when it carries 10 A to a heater?",
    {"cord length": "15 m", "conductor cross-section": "1.5 mm^2", "resistivity": "1.68e-8 Ohm*m", "current": "10 A"}, "voltage drop", "V",
    I * 2 * rho * L / A, laws=2, solution="R = ρ(2L)/A; ΔV = I R", assumptions="")

N, V, P = 50, 120.0, 25.0
add(F, "A string of fifty identical holiday bulbs is wired in series across 120 V, and the whole string uses 25 W. What is the resistance of each bulb while lit?",
    {"number of bulbs": "fifty", "voltage": "120 V", "total power": "25 W"}, "resistance per bulb", "ohm", V**2 / P / N, laws=2,
    solution="R_tot = V^2/P; R = R_tot/N", assumptions="identical bulbs")

V, R1, R2 = 9.0, 10e3, 4.7e3
add(F, "A temperature sensor circuit puts a 10 kΩ resistor in series with a thermistor currently at 4.7 kΩ across a 9.0 V battery. What voltage appears across the thermistor?",
    {"battery voltage": "9.0 V", "fixed resistor": "10 kΩ", "thermistor resistance": "4.7 kΩ"}, "thermistor voltage", "V", V * R2 / (R1 + R2), laws=1,
    solution="V_th = V R_th/(R1 + R_th)", assumptions="ideal battery, no load")

Vs, Vf, I = 5.0, 2.0, 20e-3
add(F, "I want to run a red LED (forward voltage 2.0 V) at 20 mA from a 5.0 V USB supply. What series resistor do I need?",
    {"supply voltage": "5.0 V", "LED forward voltage": "2.0 V", "LED current": "20 mA"}, "series resistance", "ohm", (Vs - Vf) / I, laws=2,
    solution="V_R = V_s - V_f (Kirchhoff); R = V_R/I (Ohm)", assumptions="")

Eb, P, eff = 60.0, 11.0, 0.92
add(F, "An electric car with a 60 kWh battery and a 400 km range is charged from 20% to 80% on an 11 kW wall box. If 92% of the energy drawn from the wall ends up stored in the battery, how long does the charge take?",
    {"battery capacity": "60 kWh", "range": "400 km", "start charge": "20 %", "end charge": "80 %", "charger power": "11 kW", "charging efficiency": "92 %"},
    "charging time", "h", 0.6 * Eb / (P * eff), laws=2, irrelevant=["range"], solution="E = 0.6 × 60 kWh; t = E/(η P)", assumptions="constant power")

add(F, "A resistor in a circuit board dissipates 2.5 W. What current flows through it?",
    {"power": "2.5 W"}, "current", "A", None, outcome="not derivable", laws=1,
    solution="I = sqrt(P/R) or P/V but neither the resistance nor the voltage is given", assumptions="")

add(F, "A transformer in a lab power supply draws 50 W from the mains and delivers 2.0 A at 30 V to a load. What is its efficiency?",
    {"input power": "50 W", "output current": "2.0 A", "output voltage": "30 V"}, "efficiency", "percent", None, outcome="ill-posed", laws=1,
    solution="Output power 60 W exceeds input power 50 W: efficiency would be 120%, impossible", assumptions="")

# =============================== MODERN ===============================
F = "modern"
lam = 405e-9
add(F, "A Blu-ray player uses a 405 nm violet laser. What is the energy of one photon, in eV?",
    {"wavelength": "405 nm"}, "photon energy", "eV", h * c / lam / e, laws=1, solution="E = h c/λ", assumptions="")

phi, lam = 2.28, 400e-9
add(F, "Light of wavelength 400 nm shines on a clean sodium surface (work function 2.28 eV). What is the maximum kinetic energy of the ejected electrons?",
    {"wavelength": "400 nm", "work function": "2.28 eV"}, "maximum kinetic energy", "eV", h * c / lam / e - phi, laws=2,
    solution="E = hc/λ; K_max = E - φ", assumptions="")

phi, lam = 4.3, 200e-9
add(F, "UV light of wavelength 200 nm falls on a zinc plate whose work function is 4.3 eV. What stopping potential is needed to halt the photocurrent?",
    {"wavelength": "200 nm", "work function": "4.3 eV"}, "stopping potential", "V", h * c / lam / e - phi, laws=2,
    solution="e V_s = hc/λ - φ", assumptions="")

V = 100.0
add(F, "Electrons in a simple electron-diffraction tube are accelerated from rest through 100 V. What is their de Broglie wavelength?",
    {"accelerating voltage": "100 V"}, "de Broglie wavelength", "nm", h / math.sqrt(2 * me * e * V) * 1e9, laws=2,
    solution="p = sqrt(2 m e V); λ = h/p", assumptions="non-relativistic", tol=0.02)

add(F, "Using the Bohr model, what is the wavelength of the photon emitted when a hydrogen atom drops from n = 3 to n = 2 (the red H-alpha line)? Use R = 1.097 x 10^7 m^-1.",
    {"upper level": "3", "lower level": "2", "Rydberg constant": "1.097e7 1/m"}, "emitted wavelength", "nm", 1 / (1.097e7 * (1 / 4 - 1 / 9)) * 1e9, laws=1,
    solution="1/λ = R(1/2^2 - 1/3^2)", assumptions="")

V = 80e3
add(F, "A hospital X-ray tube runs at 80 kV with a tube current of 200 mA. What is the shortest wavelength in the X-ray spectrum it produces?",
    {"tube voltage": "80 kV", "tube current": "200 mA"}, "cutoff wavelength", "pm", h * c / (e * V) * 1e12, laws=1,
    irrelevant=["tube current"], solution="λ_min = hc/(eV)", assumptions="")

P, lam = 5.0e-3, 650e-9
add(F, "How many photons per second come out of a 5.0 mW red laser pointer at 650 nm?",
    {"power": "5.0 mW", "wavelength": "650 nm"}, "photon emission rate", "1/s", P / (h * c / lam), laws=2,
    solution="E = hc/λ; N = P/E", assumptions="monochromatic")

lam0 = 71e-12
add(F, "X-rays of wavelength 71 pm are Compton-scattered by free electrons in a graphite target through 90°. What is the wavelength of the scattered X-rays?",
    {"incident wavelength": "71 pm", "scattering angle": "90 degree"}, "scattered wavelength", "pm", (lam0 + h / (me * c)) * 1e12, laws=1,
    solution="λ' = λ + (h/mc)(1 - cos 90°)", assumptions="")

dx = 0.10e-9
add(F, "An electron is confined to a region 0.10 nm wide (about an atom). What is the minimum uncertainty in its speed according to Heisenberg's principle (Δx Δp ≥ ħ/2)?",
    {"position uncertainty": "0.10 nm"}, "minimum speed uncertainty", "m/s", hbar / (2 * me * dx), laws=1,
    solution="Δv = ħ/(2 m Δx)", assumptions="", tol=0.02)

Lb = 0.50e-9
E1 = h**2 / (8 * me * Lb**2)
add(F, "An electron is trapped in a one-dimensional infinite square well 0.50 nm wide. What wavelength photon is emitted when it drops from the n = 2 level to the ground state?",
    {"well width": "0.50 nm", "initial level": "2", "final level": "1"}, "photon wavelength", "nm", h * c / (3 * E1) * 1e9, laws=2,
    solution="E_n = n^2 h^2/(8 m L^2); ΔE = 3 E1; λ = hc/ΔE", assumptions="")

add(F, "Ultraviolet light of 250 nm shines on a metal surface. What is the maximum kinetic energy of the photoelectrons?",
    {"wavelength": "250 nm"}, "maximum kinetic energy", "eV", None, outcome="not derivable", laws=2,
    solution="K_max = hc/λ - φ but the metal's work function is not given", assumptions="")

add(F, "Red light of wavelength 700 nm falls on a metal with work function 2.3 eV and ejects electrons with a maximum kinetic energy of 0.50 eV. What's the speed of the fastest electrons?",
    {"wavelength": "700 nm", "work function": "2.3 eV", "maximum kinetic energy": "0.50 eV"}, "maximum electron speed", "m/s", None,
    outcome="ill-posed", laws=2,
    solution=f"A 700 nm photon carries only {h*c/700e-9/e:.2f} eV < 2.3 eV, so no photoelectrons can be emitted; the data contradict each other", assumptions="")

# =============================== NUCLEAR ===============================
F = "nuclear"
T12, frac = 5730.0, 0.23
add(F, "A 20 g piece of charcoal from an ancient hearth contains 23% of the carbon-14 that a living tree would have. Using a half-life of 5730 years, how old is the charcoal?",
    {"sample mass": "20 g", "remaining fraction": "23 %", "half-life": "5730 yr"}, "age", "yr", T12 * math.log(1 / frac) / math.log(2), laws=1,
    irrelevant=["sample mass"], solution="t = T½ ln(1/f)/ln 2", assumptions="constant atmospheric C-14")

A0, T12, t = 3.7, 8.02, 14.0
add(F, "A thyroid patient receives iodine-131 with an activity of 3.7 GBq. I-131 has a half-life of 8.02 days. Ignoring biological elimination, what is the activity 14 days later?",
    {"initial activity": "3.7 GBq", "half-life": "8.02 d", "elapsed time": "14 d"}, "activity after 14 days", "GBq", A0 * 0.5**(t / T12), laws=1,
    solution="A = A0 (1/2)^(t/T½)", assumptions="no biological elimination")

m, M, T12 = 1.0e-6, 59.93, 5.27
add(F, "What is the activity of 1.0 µg of cobalt-60 (molar mass 59.93 g/mol, half-life 5.27 years), as used in old radiotherapy units?",
    {"mass": "1.0 µg", "molar mass": "59.93 g/mol", "half-life": "5.27 yr"}, "activity", "MBq",
    (m / M * NA) * math.log(2) / (T12 * yr) / 1e6, laws=2, solution="N = m N_A/M; A = N ln2/T½", assumptions="1 yr = 365.25 d", tol=0.02)

mHe, mH, mnn = 4.002602, 1.007825, 1.008665
add(F, "Find the total binding energy of a helium-4 nucleus in MeV. Atomic masses: He-4 4.002602 u, H-1 1.007825 u; neutron mass 1.008665 u (1 u = 931.494 MeV/c^2).",
    {"He-4 mass": "4.002602 u", "H-1 mass": "1.007825 u", "neutron mass": "1.008665 u", "u energy equivalent": "931.494 MeV"},
    "binding energy", "MeV", (2 * mH + 2 * mnn - mHe) * 931.494, laws=1, solution="BE = (2 m_H + 2 m_n - m_He) c^2", assumptions="")

mD, mT = 2.014102, 3.016049
add(F, "In a fusion reactor plasma at 150 million K, deuterium (2.014102 u) fuses with tritium (3.016049 u) to give helium-4 (4.002602 u) plus a neutron (1.008665 u). How much energy is released per reaction? (1 u = 931.494 MeV/c^2)",
    {"plasma temperature": "150 million K", "deuterium mass": "2.014102 u", "tritium mass": "3.016049 u", "helium-4 mass": "4.002602 u", "neutron mass": "1.008665 u", "u energy equivalent": "931.494 MeV"},
    "Q-value", "MeV", (mD + mT - mHe - mnn) * 931.494, laws=1, irrelevant=["plasma temperature"], solution="Q = Δm c^2", assumptions="")

Pth, Ef = 1000e6, 200e6 * e
add(F, "A reactor produces 1000 MW of thermal power. Each U-235 fission releases about 200 MeV. How many kilograms of U-235 are fissioned per day (molar mass 235 g/mol)?",
    {"thermal power": "1000 MW", "energy per fission": "200 MeV", "molar mass": "235 g/mol"}, "U-235 consumed per day", "kg",
    Pth * 86400 / Ef / NA * 0.235, laws=2, solution="N = P t/E_f; m = N M/N_A", assumptions="")

Eg, Nph, mb = 0.662e6 * e, 5.0e10, 70.0
add(F, "In an accident, a 70 kg worker's body absorbs 5.0 x 10^10 gamma photons of 662 keV from a Cs-137 source. What is the average absorbed dose?",
    {"body mass": "70 kg", "number of photons": "5.0e10", "photon energy": "662 keV"}, "absorbed dose", "mGy", Eg * Nph / mb * 1000, laws=2,
    solution="E = N E_γ; D = E/m", assumptions="all photon energy deposited")

Qa, MRn, Ma = 4.87, 222.0, 4.0
add(F, "Radium-226 at rest alpha-decays to radon-222 with a total energy release of 4.87 MeV. Using mass numbers for the masses, what is the kinetic energy of the alpha particle?",
    {"Q-value": "4.87 MeV", "radon mass number": "222", "alpha mass number": "4"}, "alpha kinetic energy", "MeV", Qa * MRn / (MRn + Ma), laws=2,
    solution="momentum conservation: K_α = Q M_Rn/(M_Rn + M_α)", assumptions="non-relativistic")

A_act, T12, M = 37e3, 432.2, 241.0
Nat = A_act / (math.log(2) / (T12 * yr))
add(F, "A household smoke detector contains americium-241 with an activity of 37 kBq. Am-241 has a half-life of 432.2 years and molar mass 241 g/mol. What mass of americium is in the detector?",
    {"activity": "37 kBq", "half-life": "432.2 yr", "molar mass": "241 g/mol"}, "mass of americium", "µg", Nat / NA * M * 1e6, laws=2,
    solution="N = A T½/ln2; m = N M/N_A", assumptions="1 yr = 365.25 d")

T12, t = 3.82, 10.0
add(F, "The radon gas in a sealed 60 m^3 basement has a half-life of 3.82 days. If no new radon seeps in, what percentage of it remains after 10 days?",
    {"basement volume": "60 m^3", "half-life": "3.82 d", "elapsed time": "10 d"}, "percentage remaining", "percent", 100 * 0.5**(t / T12), laws=1,
    irrelevant=["basement volume"], solution="N/N0 = (1/2)^(t/T½)", assumptions="no ventilation or new radon")

add(F, "The activity of a radioactive tracer drops from 800 Bq to 200 Bq. What is its half-life?",
    {"initial activity": "800 Bq", "final activity": "200 Bq"}, "half-life", "h", None, outcome="not derivable", laws=1,
    solution="Two half-lives have elapsed, so T½ = t/2, but the elapsed time t is not given", assumptions="")

tau, t = 10.0, 30.0
add(F, "A radioactive isotope used in a lab demo has a lifetime of 10 minutes. What fraction of the original nuclei is left after 30 minutes?",
    {"lifetime": "10 min", "elapsed time": "30 min"}, "fraction remaining", "dimensionless", None, outcome="ambiguous", laws=1,
    solution=f"If 'lifetime' means mean life τ: e^(-3) = {math.exp(-3):.4f}; if it means half-life: (1/2)^3 = 0.125",
    assumptions="")

# =============================== RELATIVITY ===============================
F = "relativity"
b, tau = 0.995, 2.2e-6
gm = 1 / math.sqrt(1 - b**2)
add(F, "Cosmic-ray muons are created high in the atmosphere moving at 0.995c. Their mean lifetime at rest is 2.2 µs. How far, on average, do they travel in the Earth frame before decaying?",
    {"speed": "0.995 c", "proper lifetime": "2.2 µs"}, "mean distance travelled", "km", gm * b * c * tau / 1000, laws=2,
    solution="γ = 1/sqrt(1-β^2); d = γ β c τ", assumptions="")

L0, b = 120.0, 0.80
add(F, "A spaceship that is 120 m long when measured at rest flies past a space station at 0.80c. How long is it according to the station crew?",
    {"proper length": "120 m", "speed": "0.80 c"}, "contracted length", "m", L0 * math.sqrt(1 - b**2), laws=1,
    solution="L = L0 sqrt(1 - β^2)", assumptions="")

E = 6.5e6
add(F, "Protons in the LHC (ring circumference 26.7 km) reach a total energy of 6.5 TeV. The proton rest energy is 938.27 MeV. What is their Lorentz factor?",
    {"ring circumference": "26.7 km", "total energy": "6.5 TeV", "proton rest energy": "938.27 MeV"}, "Lorentz factor", "dimensionless",
    E / 938.27, laws=1, irrelevant=["ring circumference"], solution="γ = E/(m c^2)", assumptions="")

b = 0.90
add(F, "What is the momentum of an electron moving at 0.90c?",
    {"speed": "0.90 c"}, "relativistic momentum", "kg*m/s", me * b * c / math.sqrt(1 - b**2), laws=1,
    solution="p = γ m v", assumptions="", tol=0.02)

K = 1.0
gK = 1 + K / me_MeV
add(F, "A beta particle (electron) from a radioactive source has a kinetic energy of 1.0 MeV. What is its speed as a fraction of c? (Electron rest energy 0.511 MeV.)",
    {"kinetic energy": "1.0 MeV", "electron rest energy": "0.511 MeV"}, "speed as a fraction of c", "dimensionless",
    math.sqrt(1 - 1 / (1 + K / 0.511)**2), laws=2, solution="γ = 1 + K/(mc^2); β = sqrt(1 - 1/γ^2)", assumptions="")

u1, v1 = 0.60, 0.70
add(F, "A spacecraft moving at 0.60c relative to Earth launches a probe straight ahead at 0.70c relative to the spacecraft. How fast does the probe move relative to Earth, as a fraction of c?",
    {"spacecraft speed": "0.60 c", "probe speed relative to craft": "0.70 c"}, "probe speed relative to Earth (fraction of c)", "dimensionless",
    (u1 + v1) / (1 + u1 * v1), laws=1, solution="w = (u + v)/(1 + uv/c^2)", assumptions="")

Lsun = 3.828e26
add(F, "The Sun (radius 6.96 x 10^8 m) radiates 3.828 x 10^26 W. At what rate is it losing mass because of this radiation?",
    {"solar radius": "6.96e8 m", "luminosity": "3.828e26 W"}, "mass loss rate", "kg/s", Lsun / c**2, laws=1,
    irrelevant=["solar radius"], solution="dm/dt = L/c^2", assumptions="")

D, b = 4.24, 0.85
gt = 1 / math.sqrt(1 - b**2)
add(F, "An astronaut flies to Proxima Centauri, 4.24 light-years away (Earth frame), at a constant 0.85c and immediately returns at the same speed. Ignoring acceleration phases, how much does the astronaut age during the round trip?",
    {"distance": "4.24 ly", "speed": "0.85 c"}, "astronaut's elapsed proper time", "yr", 2 * D / b / gt, laws=2,
    solution="t_Earth = 2D/v; τ = t_Earth/γ", assumptions="")

v = 3.87e3
bb = (v / c)**2
add(F, "A GPS satellite orbits at 3.87 km/s. Considering only special-relativistic time dilation (ignore gravity), by how many microseconds per day does its clock fall behind a clock on the ground?",
    {"satellite speed": "3.87 km/s"}, "clock lag per day", "µs", bb / (1 + math.sqrt(1 - bb)) * 86400 * 1e6, laws=1,
    solution="Δt = (1 - 1/γ) × 86400 s ≈ v^2/(2c^2) × 86400 s", assumptions="ground clock treated as inertial")

b = 0.99
add(F, "How much kinetic energy must a proton (rest energy 938.27 MeV) be given to reach 0.99c?",
    {"target speed": "0.99 c", "proton rest energy": "938.27 MeV"}, "kinetic energy", "GeV", (1 / math.sqrt(1 - b**2) - 1) * 938.27 / 1000, laws=2,
    solution="γ = 1/sqrt(1 - β^2); K = (γ - 1) m c^2", assumptions="")

add(F, "A spaceship passes Earth at 0.75c on its way to a distant space station. How long does the trip take according to the astronaut's clock?",
    {"speed": "0.75 c"}, "trip time in ship frame", "yr", None, outcome="not derivable", laws=2,
    solution="τ = (D/v)/γ but the distance to the station is not given", assumptions="")

add(F, "A rocket measured at rest to be 100 m long flies past an observer, who measures its length as 120 m. How fast is the rocket going?",
    {"rest length": "100 m", "measured length": "120 m"}, "rocket speed", "m/s", None, outcome="ill-posed", laws=1,
    solution="Length contraction gives L ≤ L0; a moving length of 120 m > 100 m would need sqrt(1-β^2) = 1.2, impossible", assumptions="")

# =============================== ASTRO / GRAVITATION ===============================
F = "astro"
ME, RE = 5.972e24, 6.371e6
hISS = 420e3
rISS = RE + hISS
add(F, "The International Space Station (mass about 420,000 kg) orbits 420 km above the Earth's surface. Taking Earth's mass as 5.972 x 10^24 kg and radius as 6371 km, what is its orbital period?",
    {"ISS mass": "420000 kg", "altitude": "420 km", "Earth mass": "5.972e24 kg", "Earth radius": "6371 km"}, "orbital period", "min",
    2 * pi * math.sqrt(rISS**3 / (G * ME)) / 60, laws=2, irrelevant=["ISS mass"], solution="G M m/r^2 = m (2π/T)^2 r -> T = 2π sqrt(r^3/GM)", assumptions="G = 6.6743e-11, circular orbit")

Tsid = 86164.0
rgeo = (G * ME * Tsid**2 / (4 * pi**2))**(1 / 3)
add(F, "At what altitude above the equator must a communications satellite orbit to be geostationary? Use a sidereal day of 86164 s, Earth mass 5.972e24 kg and Earth radius 6371 km.",
    {"sidereal day": "86164 s", "Earth mass": "5.972e24 kg", "Earth radius": "6371 km"}, "geostationary altitude", "km", (rgeo - RE) / 1000, laws=2,
    solution="r = (G M T^2/4π^2)^(1/3); h = r - R", assumptions="circular equatorial orbit")

MM, RM = 7.342e22, 1.737e6
add(F, "What is the escape speed from the surface of the Moon (mass 7.342 x 10^22 kg, radius 1737 km)?",
    {"Moon mass": "7.342e22 kg", "Moon radius": "1737 km"}, "escape speed", "km/s", math.sqrt(2 * G * MM / RM) / 1000, laws=1,
    solution="v = sqrt(2GM/R)", assumptions="no atmosphere, non-rotating")

MMa, RMa, hd = 6.417e23, 3.390e6, 1.5
gM = G * MMa / RMa**2
add(F, "An astronaut on Mars drops a hammer from rest at a height of 1.5 m. Mars has mass 6.417e23 kg and radius 3390 km. How long does the hammer take to reach the ground?",
    {"drop height": "1.5 m", "Mars mass": "6.417e23 kg", "Mars radius": "3390 km"}, "fall time", "s", math.sqrt(2 * hd / gM), laws=2,
    solution="g = GM/R^2; t = sqrt(2h/g)", assumptions="neglect Martian atmosphere")

aM = 1.524
add(F, "Mars (mass 6.417e23 kg) orbits the Sun with a semi-major axis of 1.524 AU. Using Kepler's third law with Earth's orbit as reference (1 AU, 1 year), what is Mars's orbital period?",
    {"Mars mass": "6.417e23 kg", "semi-major axis": "1.524 AU"}, "orbital period", "yr", aM**1.5, laws=1, irrelevant=["Mars mass"],
    solution="T = a^(3/2) (years, AU)", assumptions="planet mass negligible vs Sun")

Msun = 1.989e30
add(F, "What is the Schwarzschild radius of a black hole with 10 solar masses? Take one solar mass as 1.989e30 kg.",
    {"black hole mass": "10 solar masses", "solar mass": "1.989e30 kg"}, "Schwarzschild radius", "km", 2 * G * 10 * Msun / c**2 / 1000, laws=1,
    solution="R_s = 2GM/c^2", assumptions="non-rotating")

vr, H0 = 7000.0, 70.0
add(F, "A galaxy is receding from us at 7000 km/s. Using Hubble's law with H0 = 70 km/s/Mpc, how far away is it?",
    {"recession velocity": "7000 km/s", "Hubble constant": "70 km/s/Mpc"}, "distance", "Mpc", vr / H0, laws=1, solution="d = v/H0", assumptions="")

Rs, Ts = 2.0 * 6.96e8, 8000.0
add(F, "A white star 25 light-years away has a radius twice the Sun's (solar radius 6.96e8 m) and a surface temperature of 8000 K. Treating it as a blackbody, what is its luminosity?",
    {"distance": "25 ly", "radius": "2.0 solar radii", "solar radius": "6.96e8 m", "surface temperature": "8000 K"}, "luminosity", "W",
    4 * pi * Rs**2 * sigma * Ts**4, laws=1, irrelevant=["distance"], solution="L = 4π R^2 σ T^4", assumptions="blackbody")

msat, hs = 500.0, 800e3
rs = RE + hs
add(F, "How much energy is needed to take a 500 kg satellite from rest on the Earth's surface to a circular orbit 800 km up? Ignore Earth's rotation and air drag; Earth mass 5.972e24 kg, radius 6371 km.",
    {"satellite mass": "500 kg", "orbit altitude": "800 km", "Earth mass": "5.972e24 kg", "Earth radius": "6371 km"}, "energy required", "GJ",
    G * ME * msat * (1 / RE - 1 / (2 * rs)) / 1e9, laws=2, solution="E = -GMm/(2r) - (-GMm/R)", assumptions="non-rotating Earth")

Tm, rm = 27.32 * 86400, 3.844e8
add(F, "The Moon orbits Earth every 27.32 days at an average distance of 384,400 km. Assuming a circular orbit and that the Moon's mass is negligible compared to Earth's, estimate Earth's mass.",
    {"orbital period": "27.32 d", "orbital radius": "384400 km"}, "Earth mass", "kg", 4 * pi**2 * rm**3 / (G * Tm**2), laws=2,
    solution="G M/r^2 = (2π/T)^2 r -> M = 4π^2 r^3/(G T^2)", assumptions="circular orbit, G = 6.6743e-11")

add(F, "A probe orbits an exoplanet in a circular orbit of radius 8000 km with a period of 2.0 hours. What is the gravitational acceleration at the planet's surface?",
    {"orbit radius": "8000 km", "period": "2.0 h"}, "surface gravity", "m/s^2", None, outcome="not derivable", laws=2,
    solution="GM = 4π^2 r^3/T^2 is known, but g = GM/R^2 needs the planet's radius, which is not given", assumptions="")

T_claim = 45 * 60
add(F, "A satellite is in a circular orbit 400 km above the Earth (Earth mass 5.972e24 kg, radius 6371 km) with an orbital period of 45 minutes. What is its orbital speed?",
    {"altitude": "400 km", "Earth mass": "5.972e24 kg", "Earth radius": "6371 km", "period": "45 min"}, "orbital speed", "km/s", None,
    outcome="ill-posed", laws=2,
    solution=f"Gravity fixes the period at {2*pi*math.sqrt((RE+400e3)**3/(G*ME))/60:.1f} min at that altitude; 45 min is inconsistent (v would be {2*pi*(RE+400e3)/T_claim/1000:.1f} vs {math.sqrt(G*ME/(RE+400e3))/1000:.2f} km/s)",
    assumptions="")

# =============================== OUTPUT ===============================
import collections; print(collections.Counter((q["field"],q["outcome"]) for q in Q)); assert len(Q) == 150, len(Q)
out = []
for i, q in enumerate(Q, 1):
    d = {"id": f"q10k-{i:03d}"}
    d.update(q)
    keys = ["id", "field", "text", "given", "find", "unit", "expected", "outcome", "rel_tol", "laws", "irrelevant", "solution", "assumptions"]
    out.append({k: d[k] for k in keys})
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch_k.json")
with open(path, "w", encoding="utf-8") as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False)
print("wrote", path, len(out))
