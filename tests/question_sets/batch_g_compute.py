"""Batch g: 150 blind physics questions with independently computed answers.
Imports only math, json, os, scipy.constants. Writes batch_g.json next to this file."""
import math, json, os
import scipy.constants as sc
from scipy.constants import physical_constants as pc

g0 = sc.g                      # 9.80665 m/s^2 standard gravity
c = sc.c; h = sc.h; hbar = sc.hbar; e = sc.e; kB = sc.k; NA = sc.N_A; G = sc.G
me = sc.m_e; mp = sc.m_p; eps0 = sc.epsilon_0; mu0 = sc.mu_0; sigma = sc.sigma; Rgas = sc.R
atm = sc.atm; eV = sc.eV; amu = sc.atomic_mass
MeV = 1e6 * eV
yr = sc.Julian_year            # 365.25 d (same as pint's "year")
ly = sc.light_year; AU = sc.astronomical_unit; Mpc = 1e6 * sc.parsec
K0 = sc.zero_Celsius
kC = 1 / (4 * math.pi * eps0)
b_wien = pc['Wien wavelength displacement law constant'][0]
u_MeV = pc['atomic mass constant energy equivalent in MeV'][0]
mec2_MeV = pc['electron mass energy equivalent in MeV'][0]
mpc2_MeV = pc['proton mass energy equivalent in MeV'][0]
Ry_eV = pc['Rydberg constant times hc in eV'][0]
lam_C = pc['Compton wavelength'][0]
R_inf = sc.Rydberg
d2r = math.radians

G_ASSUME = "Earth's surface gravity g = 9.80665 m/s^2 (standard gravity) assumed."

Q = []


def add(field, text, given, find, unit, expected=None, outcome="value", laws=1,
        irrelevant=(), solution="", assumptions="", rel_tol=0.01):
    Q.append({
        "id": None, "field": field, "text": text, "given": given, "find": find,
        "unit": unit, "expected": (None if expected is None else float(expected)),
        "outcome": outcome, "rel_tol": rel_tol, "laws": laws,
        "irrelevant": list(irrelevant), "solution": solution, "assumptions": assumptions,
    })


def gam(beta):
    return 1 / math.sqrt(1 - beta * beta)

# ============================ MECHANICS ============================
m, v = 1850, 0.42
add("mechanics",
    "A tower crane on a building site hoists a 1850 kg pallet of bricks straight up at a steady 0.42 m/s. "
    "How much power is the hoist putting into the load?",
    {"mass of the brick pallet": "1850 kg", "hoisting speed": "0.42 m/s"},
    "power delivered to the brick pallet by the hoist", "kW", m * g0 * v / 1e3, laws=2,
    solution="T = m g (constant speed); P = T v = m g v",
    assumptions=G_ASSUME + " Steady speed, no losses.")

m, a, gg = 2600, 0.35, 9.81
add("mechanics",
    "A concrete bucket with a total mass of 2.6 t hangs from a crane hook and is being accelerated upward at "
    "0.35 m/s^2. Taking g = 9.81 m/s^2, what is the tension in the hoist cable?",
    {"mass of the loaded bucket": "2.6 t", "upward acceleration": "0.35 m/s^2", "g": "9.81 m/s^2"},
    "tension in the hoist cable", "kN", m * (gg + a) / 1e3, laws=2,
    solution="T - m g = m a  =>  T = m (g + a)", assumptions="Cable mass neglected; g as stated (9.81).")

m, th, mu, d = 74, 27, 0.065, 72
acc = g0 * (math.sin(d2r(th)) - mu * math.cos(d2r(th)))
add("mechanics",
    "A 74 kg skier pushes off from rest straight down a slope inclined at 27 deg. The coefficient of kinetic "
    "friction between waxed skis and the snow is 0.065. Ignoring air drag, how fast is she moving after gliding 72 m?",
    {"skier's mass": "74 kg", "slope angle": "27 deg", "ski-snow friction coefficient": "0.065",
     "distance skied": "72 m"},
    "speed of the skier after 72 m", "m/s", math.sqrt(2 * acc * d), laws=3, irrelevant=["skier's mass"],
    solution="a = g (sin th - mu cos th); v = sqrt(2 a d)", assumptions=G_ASSUME + " Starts from rest; no air drag.")

I1, w1, I2 = 3.1, 108, 1.15
add("mechanics",
    "A figure skater spins at 108 rpm with her arms stretched out, when her moment of inertia is 3.1 kg*m^2. "
    "She pulls her arms in tight, reducing it to 1.15 kg*m^2. How fast is she spinning now?",
    {"moment of inertia with arms out": "3.1 kg*m^2", "initial spin rate": "108 rpm",
     "moment of inertia with arms in": "1.15 kg*m^2"},
    "final spin rate of the skater", "rpm", w1 * I1 / I2, laws=1,
    solution="I1 w1 = I2 w2", assumptions="Negligible friction from the ice; angular momentum conserved.")

hgt, v, m = 38, 9.5, 0.8
add("mechanics",
    "A delivery drone flying level at 9.5 m/s releases a 0.8 kg parcel from a height of 38 m above flat ground. "
    "Ignoring air resistance, how far ahead of the release point (horizontally) does the parcel land?",
    {"drone's horizontal speed": "9.5 m/s", "release height": "38 m", "parcel mass": "0.8 kg"},
    "horizontal distance travelled by the parcel before landing", "m", v * math.sqrt(2 * hgt / g0), laws=2,
    irrelevant=["parcel mass"], solution="t = sqrt(2h/g); x = v t", assumptions=G_ASSUME + " No air resistance.")

m1, m2, v1 = 62, 81, 2.4
add("mechanics",
    "Two ice skaters stand face to face at rest on a rink and push each other apart. Skater 1 has a mass of 62 kg "
    "and skater 2 a mass of 81 kg. Skater 1 glides away at 2.4 m/s. How fast does skater 2 move off?",
    {"mass of skater 1": "62 kg", "mass of skater 2": "81 kg", "speed of skater 1 after the push": "2.4 m/s"},
    "speed of skater 2 after the push", "m/s", m1 * v1 / m2, laws=1,
    solution="m1 v1 = m2 v2 (total momentum zero)", assumptions="Friction with the ice negligible during the push.")

m, v, d = 2140, 108 / 3.6, 41
add("mechanics",
    "An electric SUV weighing 2140 kg, with an 82 kWh battery, brakes hard from 108 km/h to a standstill over a "
    "distance of 41 m. What is the average braking force on the car?",
    {"mass of the car": "2140 kg", "battery capacity": "82 kWh", "initial speed": "108 km/h",
     "stopping distance": "41 m"},
    "average braking force on the car", "kN", m * v ** 2 / (2 * d) / 1e3, laws=2, irrelevant=["battery capacity"],
    solution="F d = m v^2 / 2  =>  F = m v^2 / (2 d)", assumptions="Constant deceleration; level road.")

L, m = 14.5, 1200
add("mechanics",
    "A 1200 kg wrecking ball hangs from a crane on a 14.5 m cable and is set swinging through small angles. "
    "How long does one complete swing (there and back) take?",
    {"mass of the wrecking ball": "1200 kg", "cable length": "14.5 m"},
    "period of the wrecking ball's swing", "s", 2 * math.pi * math.sqrt(L / g0), laws=1,
    irrelevant=["mass of the wrecking ball"], solution="T = 2 pi sqrt(L/g)",
    assumptions=G_ASSUME + " Simple pendulum, small amplitude, cable mass neglected.")

r, T = 412, 21 * 3600
add("mechanics",
    "A centre-pivot irrigation system has a 412 m long arm that sweeps a full circle once every 21 hours. "
    "How fast is the wheel tower at the very end of the arm moving?",
    {"length of the irrigation arm": "412 m", "time for one full revolution": "21 h"},
    "speed of the outermost tower", "m/min", 2 * math.pi * r / (T / 60), laws=1,
    solution="v = 2 pi r / T", assumptions="Uniform rotation about the pivot.")

R, mu, m = 65, 0.78, 1890
add("mechanics",
    "A 1890 kg electric hatchback takes a flat, unbanked bend of radius 65 m. The static friction coefficient "
    "between tyres and dry asphalt is 0.78. What is the highest speed at which it can take the bend without skidding?",
    {"mass of the car": "1890 kg", "radius of the bend": "65 m", "tyre-road friction coefficient": "0.78"},
    "maximum speed through the bend", "km/h", math.sqrt(mu * g0 * R) * 3.6, laws=2, irrelevant=["mass of the car"],
    solution="mu m g = m v^2 / R  =>  v = sqrt(mu g R)", assumptions=G_ASSUME + " Level road, no aerodynamic downforce.")

# ============================ FLUIDS ============================
D1, v1, D2 = 0.150, 1.3, 0.080
add("fluids",
    "Irrigation water flows at 1.3 m/s through a 150 mm main pipe, which then narrows to an 80 mm pipe. "
    "How fast does the water flow in the narrow pipe?",
    {"diameter of the main pipe": "150 mm", "flow speed in the main pipe": "1.3 m/s",
     "diameter of the narrow pipe": "80 mm"},
    "flow speed in the 80 mm pipe", "m/s", v1 * (D1 / D2) ** 2, laws=1,
    solution="A1 v1 = A2 v2  =>  v2 = v1 (D1/D2)^2", assumptions="Incompressible steady flow.")

hh, Qv, rho = 22, 18e-3, 1000
add("fluids",
    "A farm pump lifts water from a borehole to a storage tank 22 m higher, delivering 18 L/s. Taking the density "
    "of water as 1000 kg/m^3, what is the minimum power the pump must supply?",
    {"height the water is raised": "22 m", "flow rate": "18 L/s", "density of water": "1000 kg/m^3"},
    "minimum pump power", "kW", rho * g0 * hh * Qv / 1e3, laws=2,
    solution="P = (dm/dt) g h = rho Q g h", assumptions=G_ASSUME + " No friction losses, no kinetic energy at outlet.")

dep, rho = 31, 998
add("fluids",
    "A kitchen tap in a village is 31 m below the water level in the local water tower. With water at 998 kg/m^3 "
    "and the tap closed, what is the gauge pressure at the tap?",
    {"height of water surface above the tap": "31 m", "water density": "998 kg/m^3"},
    "gauge pressure at the closed tap", "kPa", rho * g0 * dep / 1e3, laws=1,
    solution="p_gauge = rho g h", assumptions=G_ASSUME + " Hydrostatic (no flow).")

dep, dh = 2.3, 0.02
add("fluids",
    "A cattle water tank has a 2 cm hole drilled in its side, 2.3 m below the water surface. How fast does water "
    "squirt out of the hole?",
    {"depth of the hole below the surface": "2.3 m", "hole diameter": "2 cm"},
    "speed of the water leaving the hole", "m/s", math.sqrt(2 * g0 * dep), laws=1, irrelevant=["hole diameter"],
    solution="Torricelli: v = sqrt(2 g h)", assumptions=G_ASSUME + " Tank much wider than hole; no losses.")

V, ro, ri = 2800, 1.20, 0.95
add("fluids",
    "A hot-air balloon envelope holds 2800 m^3 of heated air with density 0.95 kg/m^3, while the surrounding air has a "
    "density of 1.20 kg/m^3. What is the largest combined mass of envelope, basket and passengers it can keep aloft?",
    {"envelope volume": "2800 m^3", "density of the hot air inside": "0.95 kg/m^3",
     "density of the outside air": "1.20 kg/m^3"},
    "maximum mass the balloon can support", "kg", (ro - ri) * V, laws=2,
    solution="rho_out V g = rho_in V g + M g  =>  M = (rho_out - rho_in) V",
    assumptions="Volume of envelope fabric/basket neglected.")

vt, vb, rho, A = 72, 61, 1.18, 16
add("fluids",
    "In a simple model of a light aircraft's wing, air flows over the top surface at 72 m/s and under the bottom at "
    "61 m/s. The air density is 1.18 kg/m^3 and the wing area is 16 m^2. Using Bernoulli's equation, how much lift "
    "does the wing produce?",
    {"airspeed over the upper surface": "72 m/s", "airspeed under the lower surface": "61 m/s",
     "air density": "1.18 kg/m^3", "wing area": "16 m^2"},
    "lift force on the wing", "kN", 0.5 * rho * (vt ** 2 - vb ** 2) * A / 1e3, laws=2,
    solution="dp = rho (vt^2 - vb^2)/2; F = dp A", assumptions="Uniform speeds over each surface; same height.")

r, L, eta, dp = 0.8e-3, 12, 1.0e-3, 35e3
add("fluids",
    "A drip-irrigation line is a 12 m long tube with an internal radius of 0.8 mm. Water (viscosity 1.0e-3 Pa*s) is "
    "pushed through it by a pressure difference of 35 kPa between its ends. Assuming laminar flow, how much water "
    "comes out per hour?",
    {"tube length": "12 m", "internal radius": "0.8 mm", "water viscosity": "1.0e-3 Pa*s",
     "pressure difference": "35 kPa"},
    "volume flow rate through the tube", "L/h", math.pi * r ** 4 * dp / (8 * eta * L) * 1e3 * 3600, laws=1,
    solution="Poiseuille: Q = pi r^4 dp / (8 eta L)", assumptions="Laminar, fully developed flow.")

d1, d2, m = 0.022, 0.28, 1650
add("fluids",
    "A garage hydraulic lift has a small piston 2.2 cm across and a large piston 28 cm across. What force on the "
    "small piston will hold up a 1650 kg car resting on the large one?",
    {"diameter of the small piston": "2.2 cm", "diameter of the large piston": "28 cm", "mass of the car": "1650 kg"},
    "force needed on the small piston", "N", m * g0 * (d1 / d2) ** 2, laws=2,
    solution="Pascal: F1/A1 = F2/A2, F2 = m g", assumptions=G_ASSUME + " Pistons at same height; masses of pistons neglected.")

r, eta, rho = 30e-6, 1.8e-5, 1000
add("fluids",
    "A drizzle droplet of radius 30 um falls through still air of viscosity 1.8e-5 Pa*s. The water density is "
    "1000 kg/m^3. Using Stokes' law and neglecting the buoyancy of air, what is its terminal speed?",
    {"droplet radius": "30 um", "air viscosity": "1.8e-5 Pa*s", "density of water": "1000 kg/m^3"},
    "terminal speed of the droplet", "cm/s", 2 * r ** 2 * rho * g0 / (9 * eta) * 100, laws=2,
    solution="6 pi eta r v = (4/3) pi r^3 rho g  =>  v = 2 r^2 rho g / (9 eta)",
    assumptions=G_ASSUME + " Stokes drag, air buoyancy neglected.")

dep, rho = 9.4, 1000
add("fluids",
    "A diver checks the intake screen of an irrigation reservoir 9.4 m below the surface. The water density is "
    "1000 kg/m^3 and the air above is at standard atmospheric pressure. What is the absolute pressure on the diver?",
    {"depth of the intake": "9.4 m", "density of the water": "1000 kg/m^3"},
    "absolute pressure at the intake depth", "kPa", (atm + rho * g0 * dep) / 1e3, laws=1,
    solution="p = p_atm + rho g h",
    assumptions=G_ASSUME + " Standard atmosphere 101325 Pa at the surface.")

# ============================ THERMODYNAMICS ============================
Vw, T1, T2, P, cw = 1.7, 14, 100, 2200, 4186
add("thermodynamics",
    "An electric kettle rated at 2.2 kW is filled with 1.7 L of tap water at 14 degC. The specific heat of water is "
    "4186 J/(kg*K). If all the electrical energy goes into the water, how long does it take to reach 100 degC?",
    {"kettle power": "2.2 kW", "volume of water": "1.7 L", "starting water temperature": "14 degC",
     "boiling temperature": "100 degC", "specific heat of water": "4186 J/(kg*K)"},
    "time to bring the water to the boil", "min", Vw * 1.0 * cw * (T2 - T1) / P / 60, laws=2,
    solution="Q = m c dT with m = rho V; t = Q / P", assumptions="Water density 1 kg/L; no losses; no evaporation.")

Tc, Th = -18 + K0, 24 + K0
add("thermodynamics",
    "A chest freezer keeps its inside at -18 degC while sitting in a kitchen at 24 degC. What is the best possible "
    "coefficient of performance it could have?",
    {"freezer interior temperature": "-18 degC", "kitchen temperature": "24 degC"},
    "maximum (Carnot) coefficient of performance of the freezer", "", Tc / (Th - Tc), laws=1,
    solution="COP_max = Tc / (Th - Tc) with absolute temperatures", assumptions="Reversible refrigerator.")

pg1, T1, T2 = 230e3, 8 + K0, 41 + K0
pg2 = (pg1 + atm) * T2 / T1 - atm
add("thermodynamics",
    "An electric car's tyre is pumped to a gauge pressure of 230 kPa on a cold morning at 8 degC. After a long "
    "motorway drive the air inside is at 41 degC. Assuming the tyre volume does not change and the outside air is at "
    "standard atmospheric pressure, what is the new gauge pressure?",
    {"initial gauge pressure": "230 kPa", "initial air temperature": "8 degC", "final air temperature": "41 degC"},
    "gauge pressure of the tyre after the drive", "kPa", pg2 / 1e3, laws=2,
    solution="p_abs/T constant; p_abs = p_gauge + p_atm",
    assumptions="Standard atmosphere 101.325 kPa; ideal gas; constant volume.")

mc_, cc, Ti, Tf, Lf, cw = 0.35, 4180, 22, 4, 334e3, 4186
mice = mc_ * cc * (Ti - Tf) / (Lf + cw * (Tf - 0))
add("thermodynamics",
    "How much ice at 0 degC must be dropped into 0.35 kg of cola at 22 degC so that everything ends up at 4 degC, "
    "with all the ice melted? Take the cola's specific heat as 4180 J/(kg*K), water's as 4186 J/(kg*K) and the latent "
    "heat of fusion of ice as 334 kJ/kg. Ignore the glass and the surroundings.",
    {"mass of cola": "0.35 kg", "initial cola temperature": "22 degC", "final temperature": "4 degC",
     "ice temperature": "0 degC", "specific heat of cola": "4180 J/(kg*K)", "specific heat of water": "4186 J/(kg*K)",
     "latent heat of fusion of ice": "334 kJ/kg"},
    "mass of ice needed", "g", mice * 1e3, laws=3,
    solution="m_c c_c (22-4) = m_i L + m_i c_w (4-0)", assumptions="Isolated system.")

k, A, t, Ti, To = 0.024, 18, 0.100, -25, 28
add("thermodynamics",
    "A walk-in cold store has 18 m^2 of wall made of polyurethane panels 100 mm thick with thermal conductivity "
    "0.024 W/(m*K). Inside it is -25 degC and outside 28 degC. How much heat leaks in through these walls each second?",
    {"wall area": "18 m^2", "panel thickness": "100 mm", "thermal conductivity of the panels": "0.024 W/(m*K)",
     "inside temperature": "-25 degC", "outside temperature": "28 degC"},
    "rate of heat conduction through the walls", "W", k * A * (To - Ti) / t, laws=1,
    solution="P = k A dT / d", assumptions="Steady one-dimensional conduction; surface films neglected.")

V, p, T, M = 2.4, 98e3, 15 + K0, 4.0026e-3
add("thermodynamics",
    "A meteorologist fills a weather balloon with 2.4 m^3 of helium at 98 kPa and 15 degC at a launch site 320 m "
    "above sea level. Helium's molar mass is 4.0026 g/mol. What mass of helium is in the balloon?",
    {"helium volume": "2.4 m^3", "gas pressure": "98 kPa", "gas temperature": "15 degC",
     "launch site altitude": "320 m", "molar mass of helium": "4.0026 g/mol"},
    "mass of helium in the balloon", "kg", p * V / (Rgas * T) * M, laws=2, irrelevant=["launch site altitude"],
    solution="n = pV/(RT); m = n M", assumptions="Ideal gas.")

T1, r, gm = 30 + K0, 18, 1.4
add("thermodynamics",
    "In a diesel tractor engine, air drawn in at 30 degC is compressed quickly (adiabatically) to 1/18 of its original "
    "volume. Treating air as an ideal gas with gamma = 1.4, how hot is it at the end of compression?",
    {"intake air temperature": "30 degC", "compression ratio": "18", "heat capacity ratio of air": "1.4"},
    "air temperature at the end of compression", "degC", T1 * r ** (gm - 1) - K0, laws=1,
    solution="T V^(gamma-1) = const  =>  T2 = T1 r^(gamma-1)", assumptions="Reversible adiabatic compression.")

L0, Ta, Tb, alpha = 36, -12, 38, 1.2e-5
add("thermodynamics",
    "A 36 m steel crane runway beam is installed on a winter day at -12 degC. By how much longer is it on a summer "
    "afternoon at 38 degC? Steel's linear expansion coefficient is 1.2e-5 1/K.",
    {"beam length": "36 m", "winter temperature": "-12 degC", "summer temperature": "38 degC",
     "expansion coefficient of steel": "1.2e-5 1/K"},
    "increase in length of the beam", "mm", alpha * L0 * (Tb - Ta) * 1e3, laws=1,
    solution="dL = alpha L dT", assumptions="Free expansion, linear regime.")

m, Tw, Tice, cw, Lf, ci, cop = 4.5, 12, -18, 4186, 334e3, 2100, 2.8
Qrem = m * (cw * (Tw - 0) + Lf + ci * (0 - Tice))
add("thermodynamics",
    "You put 4.5 kg of water at 12 degC into a freezer and leave it until it is solid ice at -18 degC. Water's specific "
    "heat is 4186 J/(kg*K), ice's is 2100 J/(kg*K), and the latent heat of fusion is 334 kJ/kg. If the freezer runs "
    "with a coefficient of performance of 2.8, how much electrical energy does freezing this water cost?",
    {"mass of water": "4.5 kg", "initial water temperature": "12 degC", "final ice temperature": "-18 degC",
     "specific heat of water": "4186 J/(kg*K)", "specific heat of ice": "2100 J/(kg*K)",
     "latent heat of fusion": "334 kJ/kg", "coefficient of performance": "2.8"},
    "electrical energy used by the freezer", "kWh", Qrem / cop / 3.6e6, laws=4,
    solution="Q = m[c_w(12-0) + L + c_i(0-(-18))]; W = Q / COP", assumptions="All heat removed from the water; COP constant.")

TH, TC, frac, Qin = 820, 310, 0.60, 5.0e6
add("thermodynamics",
    "A heat engine runs between a hot reservoir at 820 K and a cold reservoir at 310 K. It achieves 60 % of the "
    "Carnot efficiency for these temperatures. How much work does it deliver when it takes in 5.0 MJ of heat from the "
    "hot reservoir?",
    {"temperature of the hot reservoir": "820 K", "temperature of the cold reservoir": "310 K",
     "fraction of the Carnot efficiency achieved": "60 %", "heat taken from the hot reservoir": "5.0 MJ"},
    "work output of the engine", "MJ", frac * (1 - TC / TH) * Qin / 1e6, laws=2,
    solution="eta = 0.6 (1 - Tc/Th); W = eta Q_in", assumptions="")

# ============================ WAVES ============================
vp, vs, dt = 6.4e3, 3.6e3, 21
add("waves",
    "At a seismograph station the S waves from an earthquake arrive 21 s after the P waves. In the crust the P waves "
    "travel at 6.4 km/s and the S waves at 3.6 km/s. How far away was the earthquake?",
    {"S-P arrival time difference": "21 s", "P-wave speed": "6.4 km/s", "S-wave speed": "3.6 km/s"},
    "distance from the station to the earthquake", "km", dt / (1 / vs - 1 / vp) / 1e3, laws=2,
    solution="d/vs - d/vp = dt", assumptions="Straight paths, uniform speeds.")

L, T, mu = 0.69, 155, 3.9e-3
add("waves",
    "A cello string has a vibrating length of 0.69 m, a tension of 155 N and a mass per unit length of 3.9 g/m. "
    "What is its fundamental frequency?",
    {"vibrating length": "0.69 m", "string tension": "155 N", "linear mass density": "3.9 g/m"},
    "fundamental frequency of the string", "Hz", math.sqrt(T / mu) / (2 * L), laws=2,
    solution="v = sqrt(T/mu); f1 = v / (2L)", assumptions="Ideal flexible string fixed at both ends.")

f, vd, vsnd = 2800, 18, 343
add("waves",
    "A racing drone whose motors whine at 2.8 kHz flies straight towards a spectator at 18 m/s. The speed of sound "
    "is 343 m/s. What pitch does the spectator hear?",
    {"frequency emitted by the drone": "2.8 kHz", "drone speed": "18 m/s", "speed of sound": "343 m/s"},
    "frequency heard by the spectator", "Hz", f * vsnd / (vsnd - vd), laws=1,
    solution="f' = f v / (v - v_s)", assumptions="Still air, stationary listener.")

dep, D = 4200, 1800e3
add("waves",
    "A tsunami crosses 1800 km of open ocean where the average depth is 4200 m. Treating it as a shallow-water "
    "wave, how long does the crossing take?",
    {"ocean depth": "4200 m", "distance travelled": "1800 km"},
    "travel time of the tsunami", "h", D / math.sqrt(g0 * dep) / 3600, laws=2,
    solution="v = sqrt(g d); t = D / v", assumptions=G_ASSUME + " Uniform depth.")

I = 3.2e-3
add("waves",
    "Near a jackhammer breaking up a pavement the sound intensity is 3.2e-3 W/m^2. What is the sound level in decibels?",
    {"sound intensity": "3.2e-3 W/m^2"},
    "sound intensity level", "dB", 10 * math.log10(I / 1e-12), laws=1,
    solution="L = 10 log10(I / I0), I0 = 1e-12 W/m^2", assumptions="Standard reference intensity 1e-12 W/m^2.")

L1, r1, r2 = 95, 4, 25
add("waves",
    "A petrol concrete saw with a 350 mm blade produces 95 dB at 4 m. Treating it as a point source radiating "
    "freely, what sound level would a neighbour 25 m away hear?",
    {"blade diameter": "350 mm", "sound level close by": "95 dB", "distance of the close measurement": "4 m",
     "distance of the neighbour": "25 m"},
    "sound level at 25 m", "dB", L1 - 20 * math.log10(r2 / r1), laws=2, irrelevant=["blade diameter"],
    solution="I ~ 1/r^2  =>  L2 = L1 - 20 log10(r2/r1)", assumptions="Free field, no absorption or reflections.")

L, v, dpipe = 1.35, 344, 0.09
add("waves",
    "An organ pipe, closed at its top end, is 1.35 m long and 9 cm in diameter. With sound travelling at 344 m/s in "
    "the pipe, what is its lowest note? Ignore the end correction.",
    {"pipe length": "1.35 m", "pipe diameter": "9 cm", "speed of sound": "344 m/s"},
    "fundamental frequency of the pipe", "Hz", v / (4 * L), laws=1, irrelevant=["pipe diameter"],
    solution="f1 = v / (4L) for a pipe closed at one end", assumptions="No end correction.")

f, t, v = 40e3, 5.8e-3, 343
add("waves",
    "A car's ultrasonic parking sensor sends out a 40 kHz pulse and hears the echo from a wall 5.8 ms later. "
    "Sound travels at 343 m/s. How far is the wall from the sensor?",
    {"sensor frequency": "40 kHz", "echo delay": "5.8 ms", "speed of sound": "343 m/s"},
    "distance from the sensor to the wall", "cm", v * t / 2 * 100, laws=1, irrelevant=["sensor frequency"],
    solution="d = v t / 2", assumptions="")

L, T, mu = 45, 28e3, 2.1
add("waves",
    "A worker flicks the 45 m hoist cable of a crane, sending a transverse pulse along it. The cable is under "
    "28 kN tension and has a mass of 2.1 kg per metre. How long does the pulse take to travel the full length?",
    {"cable length": "45 m", "cable tension": "28 kN", "mass per metre of cable": "2.1 kg/m"},
    "time for the pulse to travel along the cable", "s", L / math.sqrt(T / mu), laws=2,
    solution="v = sqrt(T/mu); t = L/v", assumptions="Uniform tension along the cable.")

f = 101.7e6
add("waves",
    "A hobbyist builds a quarter-wave whip antenna for listening to an FM station broadcasting at 101.7 MHz. "
    "How long should the whip be?",
    {"station frequency": "101.7 MHz"},
    "length of the quarter-wave antenna", "cm", c / f / 4 * 100, laws=2,
    solution="lambda = c/f; L = lambda/4", assumptions="Free-space wavelength; no velocity/end-effect shortening.")

# ============================ OPTICS ============================
fp = 1.6
add("optics",
    "A short-sighted cyclist can see clearly only up to 1.6 m away. What power of lens (in dioptres) does she need "
    "to see distant objects clearly? Treat the lens as sitting right at the eye.",
    {"far point": "1.6 m"},
    "power of the corrective lens", "1/m", -1 / fp, laws=1,
    solution="P = 1/f with image of infinity at the far point: f = -1.6 m", assumptions="Thin lens at the eye.")

npnt, rd, gap = 0.85, 0.25, 0.02
do, di = rd - gap, -(npnt - gap)
add("optics",
    "A long-sighted grandfather has a near point of 85 cm. He wants reading glasses, worn 2 cm in front of his eyes, "
    "that let him read a newspaper held 25 cm from his eyes. What power should the lenses have?",
    {"near point": "85 cm", "desired reading distance": "25 cm", "distance of glasses from the eye": "2 cm"},
    "power of the reading glasses", "1/m", 1 / do + 1 / di, laws=2,
    solution="do = 0.23 m, di = -0.83 m; P = 1/do + 1/di", assumptions="Thin lens; real-is-positive sign convention.")

f, do, H = 0.050, 12, 1.75
di = 1 / (1 / f - 1 / do)
add("optics",
    "A photographer with a 50 mm lens takes a picture of a 1.75 m tall skier standing 12 m away. How tall is the "
    "skier's image on the sensor?",
    {"focal length": "50 mm", "distance to the skier": "12 m", "skier's height": "1.75 m"},
    "height of the skier's image on the sensor", "mm", H * di / do * 1e3, laws=2,
    solution="1/do + 1/di = 1/f; h' = h di/do", assumptions="Thin lens.")

th, n2 = 52, 1.31
add("optics",
    "Sunlight strikes the flat surface of a frozen pond at 52 deg from the normal. Ice has a refractive index of 1.31. "
    "At what angle from the normal does the light travel inside the ice? The ice is 5 cm thick.",
    {"angle of incidence": "52 deg", "refractive index of ice": "1.31", "ice thickness": "5 cm"},
    "angle of refraction in the ice", "deg", math.degrees(math.asin(math.sin(d2r(th)) / n2)), laws=1,
    irrelevant=["ice thickness"], solution="sin th1 = n sin th2 (n_air = 1)", assumptions="Refractive index of air taken as 1.")

n, lam = 1.38, 550e-9
add("optics",
    "A camera lens gets a magnesium fluoride anti-reflection coating (n = 1.38) on glass of higher index. What is the "
    "thinnest coating that minimises reflection of 550 nm green light at normal incidence?",
    {"refractive index of the coating": "1.38", "wavelength in air": "550 nm"},
    "minimum coating thickness", "nm", lam / (4 * n) * 1e9, laws=2,
    solution="both reflections have a pi shift; destructive: 2 n t = lambda/2 => t = lambda/(4n)",
    assumptions="Normal incidence; glass index above 1.38.")

N, lam, mord = 830e3, 515e-9, 2
add("optics",
    "A 25 mm wide diffraction grating with 830 lines per millimetre is lit by a 515 nm laser at normal incidence. "
    "At what angle does the second-order bright line appear?",
    {"grating width": "25 mm", "line density": "830 1/mm", "laser wavelength": "515 nm", "order": "2"},
    "angle of the second-order maximum", "deg", math.degrees(math.asin(mord * lam * N)), laws=1,
    irrelevant=["grating width"], solution="d sin th = m lambda, d = 1/N", assumptions="")

D, lam, H = 8e-3, 550e-9, 120
add("optics",
    "A survey drone's camera has a lens aperture 8 mm in diameter. Flying 120 m above a field, what is the smallest "
    "separation between two points on the ground that it could just resolve in 550 nm light (diffraction limit only)?",
    {"aperture diameter": "8 mm", "flying height": "120 m", "wavelength": "550 nm"},
    "smallest resolvable ground separation", "cm", 1.22 * lam / D * H * 100, laws=2,
    solution="theta = 1.22 lambda / D; s = theta H", assumptions="Rayleigh criterion, circular aperture.")

I0, th = 820, 35
add("optics",
    "Unpolarised sunlight of intensity 820 W/m^2 passes through two polarising filters whose transmission axes are "
    "35 deg apart. What intensity comes out of the second filter?",
    {"incident intensity": "820 W/m^2", "angle between the filter axes": "35 deg"},
    "intensity transmitted by both filters", "W/m^2", I0 / 2 * math.cos(d2r(th)) ** 2, laws=2,
    solution="I1 = I0/2; I2 = I1 cos^2 th", assumptions="Ideal polarisers.")

Rc, do = 1.1, 9
fm = -Rc / 2
di = 1 / (1 / fm - 1 / do)
add("optics",
    "A car's convex wing mirror has a radius of curvature of 1.1 m. A following car is 9 m behind the mirror. "
    "What is the magnification of its image?",
    {"radius of curvature of the mirror": "1.1 m", "distance of the following car": "9 m"},
    "magnification of the image", "", -di / do, laws=2,
    solution="f = -R/2; 1/do + 1/di = 1/f; m = -di/do", assumptions="Paraxial; real-is-positive sign convention.")

n, R1, R2 = 1.523, 0.25, 0.50
add("optics",
    "An optician grinds a meniscus spectacle lens from crown glass with refractive index 1.523. Its front surface has a "
    "radius of curvature of +25 cm and its back surface +50 cm (both centres on the same side, behind the lens). "
    "What is the power of the lens?",
    {"refractive index of the glass": "1.523", "front surface radius": "25 cm", "back surface radius": "50 cm"},
    "optical power of the lens", "1/m", (n - 1) * (1 / R1 - 1 / R2), laws=1,
    solution="Lensmaker: P = (n-1)(1/R1 - 1/R2)", assumptions="Thin lens in air.")

# ============================ ELECTRICITY ============================
q1, q2, r = 3.5e-9, -2.2e-9, 0.045
add("electricity",
    "Two small charged beads on an insulating thread carry 3.5 nC and -2.2 nC and are 4.5 cm apart. How strong is "
    "the electric force between them?",
    {"charge on the first bead": "3.5 nC", "charge on the second bead": "-2.2 nC", "separation": "4.5 cm"},
    "magnitude of the electric force between the beads", "uN", kC * abs(q1 * q2) / r ** 2 * 1e6, laws=1,
    solution="F = k |q1 q2| / r^2", assumptions="Point charges in air (vacuum permittivity).")

Qc, r = 28, 3.2e3
add("electricity",
    "A thunderstorm's charge centre holds about 28 C at a height of 3.2 km, where the temperature is -5 degC. "
    "Treating it as an isolated point charge (ignore the ground), what electric field does it produce at the ground "
    "directly below?",
    {"charge in the cloud": "28 C", "height of the charge centre": "3.2 km", "air temperature at that height": "-5 degC"},
    "electric field strength at the ground below the charge", "kV/m", kC * Qc / r ** 2 / 1e3, laws=1,
    irrelevant=["air temperature at that height"], solution="E = k Q / r^2", assumptions="Isolated point charge.")

C, V = 330e-6, 310
add("electricity",
    "A camera flash charges a 330 uF capacitor to 310 V and then dumps it through the flash tube in about 1 ms. "
    "How much energy is stored in the capacitor?",
    {"capacitance": "330 uF", "charging voltage": "310 V", "flash duration": "1 ms"},
    "energy stored in the flash capacitor", "J", 0.5 * C * V ** 2, laws=1, irrelevant=["flash duration"],
    solution="E = C V^2 / 2", assumptions="")

s_, d = 0.12, 0.4e-3
add("electricity",
    "A homemade capacitor has two square aluminium plates 12 cm on a side, separated by a 0.4 mm air gap. "
    "What is its capacitance?",
    {"side of each plate": "12 cm", "plate separation": "0.4 mm"},
    "capacitance", "pF", eps0 * s_ ** 2 / d * 1e12, laws=1,
    solution="C = eps0 A / d", assumptions="Air taken as vacuum; fringing neglected.")

V = 250e3
K = e * V
gmm = 1 + K / (mp * c ** 2)
add("electricity",
    "In a Cockcroft-Walton accelerator, protons start essentially at rest and are accelerated through a potential "
    "difference of 250 kV. How fast are they moving at the end?",
    {"accelerating voltage": "250 kV"},
    "final speed of the protons", "m/s", c * math.sqrt(1 - 1 / gmm ** 2), laws=2,
    solution="K = e V; v from K (relativistic correction ~0.02 %)", assumptions="Starts from rest.")

K, Z = 5.3 * MeV, 79
add("electricity",
    "An alpha particle with 5.3 MeV of kinetic energy heads straight at a gold nucleus (Z = 79). How close does it "
    "get before being turned back?",
    {"alpha particle kinetic energy": "5.3 MeV", "atomic number of gold": "79"},
    "distance of closest approach", "fm", kC * 2 * e * Z * e / K * 1e15, laws=2,
    solution="K = k (2e)(Ze)/d", assumptions="Head-on; gold nucleus recoil neglected.")

C0, kap, V = 47e-9, 3.7, 12
add("electricity",
    "A 47 nF air-gap capacitor stays connected to a 12 V battery while a slab of dielectric with dielectric constant "
    "3.7 is slid in to fill the gap completely. How much charge is on the capacitor afterwards?",
    {"capacitance with air": "47 nF", "battery voltage": "12 V", "dielectric constant": "3.7"},
    "charge on the capacitor with the dielectric", "uC", kap * C0 * V * 1e6, laws=2,
    solution="C = kappa C0; Q = C V", assumptions="")

lam, r = 2.6e-6, 0.5
add("electricity",
    "A long straight charged filament in an electrostatic air filter carries 2.6 uC per metre. What is the electric "
    "field 0.5 m from it?",
    {"linear charge density": "2.6 uC/m", "distance from the filament": "0.5 m"},
    "electric field strength", "N/C", lam / (2 * math.pi * eps0 * r), laws=1,
    solution="Gauss: E = lambda / (2 pi eps0 r)", assumptions="Infinitely long line in vacuum.")

A, I, n = 35e-6, 200, 8.5e28
add("electricity",
    "A DC fast-charger cable has copper conductors of 35 mm^2 cross-section carrying 200 A. Copper has 8.5e28 free "
    "electrons per cubic metre. What is the electrons' drift speed?",
    {"conductor cross-section": "35 mm^2", "current": "200 A", "free electron density": "8.5e28 1/m^3"},
    "drift speed of the electrons", "mm/s", I / (n * e * A) * 1e3, laws=1,
    solution="I = n e A v_d", assumptions="")

qa, qb, d = 4.0e-9, -1.5e-9, 0.10
add("electricity",
    "Charge A (+4.0 nC) and charge B (-1.5 nC) sit 10 cm apart on a workbench. What is the electric potential at the "
    "point exactly midway between them (zero at infinity)?",
    {"charge A": "4.0 nC", "charge B": "-1.5 nC", "separation of the charges": "10 cm"},
    "electric potential at the midpoint", "V", kC * (qa + qb) / (d / 2), laws=2,
    solution="V = k qa / r + k qb / r, r = 5 cm", assumptions="Point charges, vacuum.")

# ============================ MAGNETISM ============================
N, L, I = 1350, 0.38, 2.7
add("magnetism",
    "A student winds a solenoid of 1350 turns on a 38 cm long plastic tube and passes 2.7 A through it. What is the "
    "magnetic field near the centre?",
    {"number of turns": "1350", "solenoid length": "38 cm", "current": "2.7 A"},
    "magnetic field inside the solenoid", "mT", mu0 * N / L * I * 1e3, laws=1,
    solution="B = mu0 n I, n = N/L", assumptions="Long solenoid, air core.")

I, B, th, L = 420, 52e-6, 65, 85
add("magnetism",
    "An 85 m span of overhead power line carries 420 A. Earth's magnetic field there is 52 uT and makes an angle of "
    "65 deg with the wire. What is the magnetic force on the span?",
    {"span length": "85 m", "current in the line": "420 A", "Earth's magnetic field": "52 uT",
     "angle between field and wire": "65 deg"},
    "magnetic force on the span", "N", B * I * L * math.sin(d2r(th)), laws=1,
    solution="F = B I L sin th", assumptions="Straight span, uniform field.")

B = 1.6
add("magnetism",
    "A medical cyclotron accelerates protons in a 1.6 T magnetic field with dees of radius 0.3 m. At what frequency "
    "must the accelerating voltage alternate?",
    {"magnetic field": "1.6 T", "dee radius": "0.3 m"},
    "cyclotron frequency for protons", "MHz", e * B / (2 * math.pi * mp) / 1e6, laws=1, irrelevant=["dee radius"],
    solution="f = e B / (2 pi m_p)", assumptions="Non-relativistic protons.")

K, B = 2.5e3 * eV, 3.0e-3
p = math.sqrt(K ** 2 + 2 * K * me * c ** 2) / c
add("magnetism",
    "In a teaching electron-beam tube, electrons with 2.5 keV of kinetic energy move perpendicular to a uniform "
    "3.0 mT magnetic field. What is the radius of their circular path?",
    {"electron kinetic energy": "2.5 keV", "magnetic field": "3.0 mT"},
    "radius of the electron orbit", "cm", p / (e * B) * 100, laws=2,
    solution="r = p/(eB), p = sqrt(2 m K) (tiny relativistic correction included)", assumptions="")

N, A, f, B = 150, 0.0185, 60, 0.32
add("magnetism",
    "A small farm generator has a 150-turn coil of area 0.0185 m^2 spinning at 60 revolutions per second in a "
    "0.32 T field. What is the peak voltage it produces?",
    {"number of turns": "150", "coil area": "0.0185 m^2", "rotation frequency": "60 Hz", "magnetic field": "0.32 T"},
    "peak emf of the generator", "V", N * B * A * 2 * math.pi * f, laws=1,
    solution="emf0 = N B A omega, omega = 2 pi f", assumptions="Uniform field.")

Np, Vp, Vs = 4600, 230, 12.6
add("magnetism",
    "An old-style mains transformer for a hobby power supply steps 230 V down to 12.6 V. Its primary has 4600 turns. "
    "How many turns are on the secondary?",
    {"primary voltage": "230 V", "secondary voltage": "12.6 V", "primary turns": "4600"},
    "number of secondary turns", "", Np * Vs / Vp, laws=1,
    solution="Ns/Np = Vs/Vp", assumptions="Ideal transformer.")

L, v, B, m = 34, 240, 44e-6, 62e3
add("magnetism",
    "A 62 t airliner with a 34 m wingspan cruises level at 240 m/s where the vertical component of Earth's field is "
    "44 uT. What voltage is induced between its wingtips?",
    {"aircraft mass": "62 t", "wingspan": "34 m", "airspeed": "240 m/s", "vertical component of Earth's field": "44 uT"},
    "emf between the wingtips", "V", B * L * v, laws=1, irrelevant=["aircraft mass"],
    solution="emf = B L v", assumptions="")

B, V = 8.3, 0.05
add("magnetism",
    "A superconducting dipole in a particle accelerator holds a field of 8.3 T in a bore volume of about 0.05 m^3. "
    "How much magnetic energy is stored in that volume?",
    {"magnetic field": "8.3 T", "field volume": "0.05 m^3"},
    "magnetic energy stored in the bore", "MJ", B ** 2 / (2 * mu0) * V / 1e6, laws=1,
    solution="u = B^2/(2 mu0); E = u V", assumptions="Uniform field in vacuum.")

m, v, B = 14.003 * amu, 1.2e5, 0.45
add("magnetism",
    "In a mass spectrometer used for radiocarbon work, singly charged carbon-14 ions (mass 14.003 u) enter a 0.45 T "
    "field at 1.2e5 m/s, perpendicular to it. What is the radius of their path?",
    {"ion mass": "14.003 u", "ion speed": "1.2e5 m/s", "magnetic field": "0.45 T"},
    "radius of the ions' path", "cm", m * v / (e * B) * 100, laws=1,
    solution="r = m v / (q B), q = e", assumptions="")

I1, I2, d = 1500, 1500, 0.12
add("magnetism",
    "Two long parallel busbars in an EV charging hub are 12 cm apart. Busbar 1 carries 1.5 kA one way and busbar 2 "
    "carries 1.5 kA back the other way. What force per metre does each exert on the other?",
    {"current in busbar 1": "1.5 kA", "current in busbar 2": "1.5 kA", "spacing of the busbars": "12 cm"},
    "force per unit length between the busbars", "N/m", mu0 * I1 * I2 / (2 * math.pi * d), laws=1,
    solution="F/L = mu0 I1 I2 / (2 pi d)", assumptions="Long thin straight conductors.")

# ============================ CIRCUITS ============================
P, V = 7.4e3, 230
add("circuits",
    "A home wallbox charges an electric car at 7.4 kW from a single-phase 230 V supply. The car's battery holds "
    "64 kWh. What current does the charger draw?",
    {"charging power": "7.4 kW", "supply voltage": "230 V", "battery capacity": "64 kWh"},
    "current drawn by the charger", "A", P / V, laws=1, irrelevant=["battery capacity"],
    solution="I = P / V", assumptions="Unity power factor.")

Cap, s1, s2, P, eff = 64, 0.20, 0.80, 7.4, 0.92
add("circuits",
    "An electric car's 64 kWh battery is charged from 20 % to 80 % on a 7.4 kW wallbox. If 92 % of the energy "
    "from the wall ends up stored in the battery, how long does the charge take?",
    {"battery capacity": "64 kWh", "starting charge level": "20 %", "final charge level": "80 %",
     "charger power": "7.4 kW", "charging efficiency": "92 %"},
    "charging time", "h", Cap * (s2 - s1) / eff / P, laws=2,
    solution="E = C (0.8-0.2); t = E / (eta P)", assumptions="Constant power.")

R, C = 4.7e3, 220e-6
add("circuits",
    "In a hobby timer circuit a 220 uF capacitor charges through a 4.7 kohm resistor from a steady supply. "
    "Starting uncharged, how long until it reaches 90 % of the supply voltage?",
    {"capacitance": "220 uF", "resistance": "4.7 kohm", "target fraction of supply voltage": "90 %"},
    "time to charge to 90 % of the supply voltage", "s", -R * C * math.log(1 - 0.90), laws=2,
    solution="V = V0 (1 - exp(-t/RC))  =>  t = RC ln 10", assumptions="Ideal components.")

R1, R2, R3, V = 120, 330, 470, 9
Rp = R2 * R3 / (R2 + R3)
It = V / (R1 + Rp)
add("circuits",
    "A 9 V battery feeds a 120 ohm resistor in series with a pair of resistors, 330 ohm and 470 ohm, that are "
    "connected in parallel with each other. What current flows through the 330 ohm resistor?",
    {"battery voltage": "9 V", "series resistor": "120 ohm", "first parallel resistor": "330 ohm",
     "second parallel resistor": "470 ohm"},
    "current through the 330 ohm resistor", "mA", It * Rp / R2 * 1e3, laws=3,
    solution="R = 120 + 330||470; I = V/R; I330 = I Rp / 330", assumptions="Ideal battery.")

Vs, Vf, I = 5, 2.1, 15e-3
add("circuits",
    "You want to run a red LED (wavelength 620 nm, forward voltage 2.1 V) at 15 mA from a 5 V USB supply. "
    "What series resistor do you need?",
    {"supply voltage": "5 V", "LED forward voltage": "2.1 V", "LED current": "15 mA", "LED wavelength": "620 nm"},
    "series resistance", "ohm", (Vs - Vf) / I, laws=2, irrelevant=["LED wavelength"],
    solution="R = (Vs - Vf) / I", assumptions="Constant forward voltage.")

rho, A, Lc, I = 1.68e-8, 2.5e-6, 30, 13
Rw = rho * 2 * Lc / A
add("circuits",
    "A 30 m extension cord has two copper conductors (out and back), each of 2.5 mm^2 cross-section. Copper's "
    "resistivity is 1.68e-8 ohm*m. How much power is wasted heating the cord when a 13 A heater is plugged in?",
    {"cord length": "30 m", "conductor cross-section": "2.5 mm^2", "resistivity of copper": "1.68e-8 ohm*m",
     "current": "13 A"},
    "power dissipated in the cord", "W", I ** 2 * Rw, laws=2,
    solution="R = rho (2L)/A; P = I^2 R", assumptions="Room-temperature resistivity.")

L, f = 0.35e-6, 98.5e6
add("circuits",
    "A hobby FM receiver uses a 0.35 uH coil in its tuned circuit. What capacitance tunes it to 98.5 MHz?",
    {"coil inductance": "0.35 uH", "station frequency": "98.5 MHz"},
    "tuning capacitance", "pF", 1 / ((2 * math.pi * f) ** 2 * L) * 1e12, laws=1,
    solution="f = 1/(2 pi sqrt(LC))", assumptions="Ideal LC circuit.")

Qb, V = 4500e-3, 3.85
add("circuits",
    "A phone battery is rated 4500 mA*h at a nominal 3.85 V. How much energy does it store?",
    {"battery capacity": "4500 mA*h", "nominal voltage": "3.85 V"},
    "energy stored in the battery", "W*h", Qb * V, laws=1,
    solution="E = Q V", assumptions="Constant voltage during discharge.")

P, V = 1.8e3, 120
add("circuits",
    "A 1.8 kW kettle runs on 120 V (rms) household AC. What is the peak current through its element?",
    {"kettle power": "1.8 kW", "rms supply voltage": "120 V"},
    "peak current in the element", "A", math.sqrt(2) * P / V, laws=2,
    solution="I_rms = P/V; I_peak = sqrt(2) I_rms", assumptions="Purely resistive load, sinusoidal supply.")

Qb, V, P, use = 5.2, 14.8, 185, 0.80
add("circuits",
    "A camera drone carries a 5200 mA*h, 14.8 V battery and draws 185 W on average in flight. If only 80 % of the "
    "battery's capacity is used before landing, how long can it fly?",
    {"battery capacity": "5200 mA*h", "battery voltage": "14.8 V", "average power draw": "185 W",
     "usable fraction of capacity": "80 %"},
    "flight time", "min", Qb * V * use / P * 60, laws=2,
    solution="E = Q V; t = 0.8 E / P", assumptions="Constant voltage.")

# ============================ MODERN ============================
lam = 405e-9
add("modern",
    "A Blu-ray player reads discs with a 405 nm violet laser. What is the energy of one photon of this light?",
    {"laser wavelength": "405 nm"},
    "photon energy", "eV", h * c / lam / eV, laws=1, solution="E = h c / lambda", assumptions="")

lam, W = 254e-9, 4.3
add("modern",
    "Ultraviolet light of wavelength 254 nm from a germicidal lamp falls on a clean zinc plate, whose work function "
    "is 4.3 eV. What stopping potential is needed to halt the fastest photoelectrons?",
    {"wavelength of the UV light": "254 nm", "work function of zinc": "4.3 eV"},
    "stopping potential", "V", (h * c / lam / eV - W), laws=2,
    solution="K_max = hc/lambda - W; V_s = K_max / e", assumptions="")

V, Itube = 65e3, 8e-3
add("modern",
    "A dental X-ray tube operates at 65 kV with a tube current of 8 mA. What is the shortest wavelength in its "
    "X-ray spectrum?",
    {"tube voltage": "65 kV", "tube current": "8 mA"},
    "minimum X-ray wavelength", "pm", h * c / (e * V) * 1e12, laws=2, irrelevant=["tube current"],
    solution="e V = h c / lambda_min (Duane-Hunt)", assumptions="")

V = 180
K = e * V
p = math.sqrt(K ** 2 + 2 * K * me * c ** 2) / c
add("modern",
    "Electrons in a diffraction experiment are accelerated from rest through 180 V. What is their de Broglie "
    "wavelength?",
    {"accelerating voltage": "180 V"},
    "de Broglie wavelength of the electrons", "nm", h / p * 1e9, laws=2,
    solution="K = eV; p = sqrt(2 m K); lambda = h/p", assumptions="")

RH = R_inf / (1 + me / mp)
add("modern",
    "A hydrogen lamp glows violet partly because electrons drop from the n = 5 level to the n = 2 level. What "
    "wavelength of light does this transition emit?",
    {"upper level": "5", "lower level": "2"},
    "wavelength of the emitted light", "nm", 1 / (RH * (1 / 4 - 1 / 25)) * 1e9, laws=1,
    solution="1/lambda = R_H (1/2^2 - 1/5^2)", assumptions="Bohr/Rydberg formula; reduced-mass Rydberg constant.")

lam0, th = 71e-12, 120
add("modern",
    "X-rays of wavelength 71 pm from a molybdenum target Compton-scatter off electrons in a graphite block. What is "
    "the wavelength of the X-rays scattered through 120 deg?",
    {"incident wavelength": "71 pm", "scattering angle": "120 deg"},
    "wavelength of the scattered X-rays", "pm", (lam0 + lam_C * (1 - math.cos(d2r(th)))) * 1e12, laws=1,
    solution="lambda' = lambda + (h/(m_e c))(1 - cos th)", assumptions="Free electrons at rest.")

P, lam = 4.5e-3, 520e-9
add("modern",
    "A green 520 nm laser pointer puts out 4.5 mW. How many photons does it emit every second?",
    {"output power": "4.5 mW", "wavelength": "520 nm"},
    "number of photons emitted per second", "1/s", P / (h * c / lam), laws=2,
    solution="E_ph = hc/lambda; N = P / E_ph", assumptions="")

dx = 0.12e-9
add("modern",
    "An electron is confined to a region about 0.12 nm across, roughly the size of an atom. Using the uncertainty "
    "principle in the form dx*dp >= hbar/2, what is the minimum uncertainty in its speed?",
    {"position uncertainty": "0.12 nm"},
    "minimum uncertainty in the electron's speed", "km/s", hbar / (2 * dx) / me / 1e3, laws=2,
    solution="dp = hbar/(2 dx); dv = dp / m_e", assumptions="Non-relativistic.")

I, A = 1361, 32
add("modern",
    "A small solar sail of area 32 m^2 near Earth faces the Sun squarely, receiving 1361 W/m^2. If the sail reflects "
    "all of the light, what force does the sunlight exert on it?",
    {"sail area": "32 m^2", "solar irradiance": "1361 W/m^2"},
    "radiation force on the sail", "uN", 2 * I * A / c * 1e6, laws=1,
    solution="F = 2 I A / c for perfect reflection at normal incidence", assumptions="Perfect reflector, normal incidence.")

f = 2.4e9
add("modern",
    "A Wi-Fi router transmits at 2.4 GHz. What is the energy of a single photon of this radio wave?",
    {"frequency": "2.4 GHz"},
    "energy of one photon", "ueV", h * f / eV * 1e6, laws=1, solution="E = h f", assumptions="")

# ============================ NUCLEAR ============================
frac, th = 0.31, 5730
add("nuclear",
    "A 12 g piece of charcoal from an old irrigation channel retains 31 % of the carbon-14 found in living wood. "
    "Carbon-14 has a half-life of 5730 years. How old is the charcoal?",
    {"sample mass": "12 g", "fraction of carbon-14 remaining": "31 %", "half-life of carbon-14": "5730 year"},
    "age of the charcoal", "year", th * math.log(1 / frac) / math.log(2), laws=1, irrelevant=["sample mass"],
    solution="t = T1/2 log2(N0/N)", assumptions="Constant atmospheric C-14.")

mass, th, M = 2.0e-6, 5.27 * yr, 59.93
N = mass / M * NA
add("nuclear",
    "A radiography source contains 2.0 ug of cobalt-60 (molar mass 59.93 g/mol, half-life 5.27 years). What is its "
    "activity?",
    {"mass of cobalt-60": "2.0 ug", "molar mass": "59.93 g/mol", "half-life": "5.27 year"},
    "activity of the source", "GBq", math.log(2) / th * N / 1e9, laws=3,
    solution="N = m/M N_A; lambda = ln2 / T1/2; A = lambda N", assumptions="1 year = 365.25 days.")

A0, th, t = 410, 109.7, 150
add("nuclear",
    "A PET patient dose of fluorine-18 measures 410 MBq when it leaves the radiopharmacy. F-18 has a half-life of "
    "109.7 min. What is its activity when it is injected 2.5 h later?",
    {"initial activity": "410 MBq", "half-life": "109.7 min", "time until injection": "2.5 h"},
    "activity at injection", "MBq", A0 * 2 ** (-t / th), laws=1, solution="A = A0 2^(-t/T1/2)", assumptions="")

mO, mH, mn = 15.99491462, 1.00782503, 1.00866492
add("nuclear",
    "Using atomic masses, find the total binding energy of the oxygen-16 nucleus. Oxygen-16 atom: 15.99491462 u; "
    "hydrogen-1 atom: 1.00782503 u; neutron: 1.00866492 u.",
    {"mass of an oxygen-16 atom": "15.99491462 u", "mass of a hydrogen-1 atom": "1.00782503 u",
     "neutron mass": "1.00866492 u"},
    "binding energy of oxygen-16", "MeV", (8 * mH + 8 * mn - mO) * u_MeV, laws=2,
    solution="dm = 8 m_H + 8 m_n - m_O; E = dm c^2", assumptions="Electron binding energies neglected.")

mg, M, Ef = 1.0, 235.04, 200 * MeV
add("nuclear",
    "If every nucleus in 1.0 g of uranium-235 (molar mass 235.04 g/mol) fissioned, releasing 200 MeV each, how much "
    "energy would be released?",
    {"mass of uranium-235": "1.0 g", "molar mass": "235.04 g/mol", "energy per fission": "200 MeV"},
    "total energy released", "MW*h", mg / M * NA * Ef / 3.6e9, laws=2,
    solution="N = m/M N_A; E = N E_f", assumptions="")

mRn, mPo, mHe = 222.0175777, 218.0089730, 4.0026032
add("nuclear",
    "Radon-222 in a basement decays by alpha emission to polonium-218. With atomic masses Rn-222 = 222.0175777 u, "
    "Po-218 = 218.0089730 u and He-4 = 4.0026032 u, what is the Q value of the decay?",
    {"atomic mass of radon-222": "222.0175777 u", "atomic mass of polonium-218": "218.0089730 u",
     "atomic mass of helium-4": "4.0026032 u"},
    "Q value of the alpha decay", "MeV", (mRn - mPo - mHe) * u_MeV, laws=1,
    solution="Q = (m_Rn - m_Po - m_He) c^2", assumptions="")

m, E = 75, 0.018
add("nuclear",
    "During a pipeline weld inspection a 75 kg radiographer's body absorbs 0.018 J of gamma-ray energy. What "
    "equivalent dose is that?",
    {"body mass": "75 kg", "energy absorbed": "0.018 J"},
    "equivalent dose received", "mSv", E / m * 1.0 * 1e3, laws=2,
    solution="D = E/m; H = w_R D with w_R = 1 for gamma", assumptions="Radiation weighting factor 1 for gamma rays; uniform whole-body.")

hvl, frac = 6.5, 0.05
add("nuclear",
    "For the 662 keV gamma rays from caesium-137, the half-value layer of lead is 6.5 mm. What thickness of lead "
    "cuts the beam intensity to 5 % of its original value?",
    {"gamma-ray energy": "662 keV", "half-value layer of lead": "6.5 mm", "transmitted fraction": "5 %"},
    "required lead thickness", "mm", hvl * math.log2(1 / frac), laws=1, irrelevant=["gamma-ray energy"],
    solution="I/I0 = (1/2)^(x/HVL)", assumptions="Narrow-beam exponential attenuation.")

P, Ef, M = 3.2e9, 200 * MeV, 235.04
add("nuclear",
    "A reactor produces 3.2 GW of thermal power from uranium-235 fission, at 200 MeV per fission. Taking the molar "
    "mass of U-235 as 235.04 g/mol, how much U-235 is fissioned per day?",
    {"thermal power": "3.2 GW", "energy per fission": "200 MeV", "molar mass of U-235": "235.04 g/mol"},
    "mass of U-235 fissioned per day", "kg", P * 86400 / Ef / NA * M / 1e3, laws=3,
    solution="N = P t / E_f; m = N M / N_A", assumptions="")

P0, th, t = 4.1, 87.7, 14
add("nuclear",
    "A plutonium-238 radioisotope generator on a deep-space probe gives 4.1 kW of heat at launch. Pu-238 has a "
    "half-life of 87.7 years. How much heat does it give 14 years after launch?",
    {"heat output at launch": "4.1 kW", "half-life of Pu-238": "87.7 year", "time since launch": "14 year"},
    "heat output after 14 years", "kW", P0 * 2 ** (-t / th), laws=1,
    solution="P = P0 2^(-t/T1/2)", assumptions="Heat proportional to activity.")

# ============================ ASTRO ============================
Me, Re, hsat = 5.972e24, 6371e3, 550e3
add("astro",
    "A 260 kg broadband satellite orbits in a circle 550 km above the Earth's surface. Earth's mass is "
    "5.972e24 kg and its radius 6371 km. What is the satellite's orbital speed?",
    {"satellite mass": "260 kg", "orbital altitude": "550 km", "mass of the Earth": "5.972e24 kg",
     "radius of the Earth": "6371 km"},
    "orbital speed of the satellite", "km/s", math.sqrt(G * Me / (Re + hsat)) / 1e3, laws=2,
    irrelevant=["satellite mass"], solution="v = sqrt(G M / (R + h))", assumptions="CODATA G; circular orbit.")

Tsid = 86164
rg = (G * Me * Tsid ** 2 / (4 * math.pi ** 2)) ** (1 / 3)
add("astro",
    "A TV satellite must stay above the same spot on the equator. Earth's mass is 5.972e24 kg, its equatorial radius "
    "6378 km, and it rotates once every 86164 s. At what altitude above the surface must the satellite orbit?",
    {"mass of the Earth": "5.972e24 kg", "equatorial radius": "6378 km", "rotation period of the Earth": "86164 s"},
    "altitude of the geostationary orbit", "km", (rg - 6378e3) / 1e3, laws=3,
    solution="G M / r^2 = (2 pi / T)^2 r; h = r - R", assumptions="CODATA G; circular equatorial orbit.")

Mm, Rm = 7.342e22, 1737.4e3
add("astro",
    "A lunar lander's ascent stage needs to leave the Moon for good. The Moon has a mass of 7.342e22 kg and a "
    "radius of 1737.4 km. What is the escape speed from its surface?",
    {"mass of the Moon": "7.342e22 kg", "radius of the Moon": "1737.4 km"},
    "escape speed from the lunar surface", "km/s", math.sqrt(2 * G * Mm / Rm) / 1e3, laws=1,
    solution="v = sqrt(2 G M / R)", assumptions="No atmosphere, non-rotating Moon.")

lam = 380e-9
add("astro",
    "The spectrum of a hot blue star peaks at 380 nm. Treating it as a black body, what is its surface temperature?",
    {"peak wavelength": "380 nm"},
    "surface temperature of the star", "K", b_wien / lam, laws=1,
    solution="Wien: T = b / lambda_max", assumptions="Black body.")

Rs, Ts = 1.18e9, 7200
add("astro",
    "A white main-sequence star has a radius of 1.18e6 km and a surface temperature of 7200 K. How much power does it "
    "radiate in total?",
    {"radius of the star": "1.18e6 km", "surface temperature": "7200 K"},
    "luminosity of the star", "W", 4 * math.pi * Rs ** 2 * sigma * Ts ** 4, laws=1,
    solution="L = 4 pi R^2 sigma T^4", assumptions="Black body.")

Ms, P = 1.63e30, 47 * 86400
a = (G * Ms * P ** 2 / (4 * math.pi ** 2)) ** (1 / 3)
add("astro",
    "A planet found by a space telescope orbits a star of mass 1.63e30 kg once every 47 days. What is the radius of "
    "its (circular) orbit, in astronomical units?",
    {"mass of the star": "1.63e30 kg", "orbital period": "47 day"},
    "orbital radius of the planet", "au", a / AU, laws=1,
    solution="Kepler III: a^3 = G M T^2 / (4 pi^2)", assumptions="Planet mass negligible.")

vr, H0 = 8400, 68
add("astro",
    "A galaxy's spectrum shows it receding at 8400 km/s. Using a Hubble constant of 68 km/s/Mpc, how far away is it?",
    {"recession speed": "8400 km/s", "Hubble constant": "68 km/s/Mpc"},
    "distance to the galaxy", "Mpc", vr / H0, laws=1, solution="d = v / H0", assumptions="Hubble law.")

Mm, dm, Msun, ds = 7.342e22, 3.844e8, 1.989e30, 1.496e11
add("astro",
    "Ocean tides are raised by both the Moon and the Sun. The Moon (mass 7.342e22 kg) is 3.844e5 km away and the Sun "
    "(mass 1.989e30 kg) is 1.496e8 km away. How many times stronger is the Moon's tide-raising effect than the Sun's?",
    {"mass of the Moon": "7.342e22 kg", "Earth-Moon distance": "3.844e5 km", "mass of the Sun": "1.989e30 kg",
     "Earth-Sun distance": "1.496e8 km"},
    "ratio of lunar to solar tidal acceleration", "", (Mm / dm ** 3) / (Msun / ds ** 3), laws=2,
    solution="tidal accel ~ 2 G M R / d^3; ratio = (Mm/dm^3)/(Ms/ds^3)", assumptions="")

ve, m0, mf = 3.1, 540, 190
add("astro",
    "A rocket stage with an exhaust speed of 3.1 km/s burns from a mass of 540 t down to 190 t. What change in velocity "
    "does it gain, ignoring gravity and drag?",
    {"exhaust speed": "3.1 km/s", "initial mass": "540 t", "final mass": "190 t"},
    "velocity gained by the stage", "km/s", ve * math.log(m0 / mf), laws=1,
    solution="Tsiolkovsky: dv = v_e ln(m0/mf)", assumptions="Gravity and drag ignored.")

hs = 415e3
add("astro",
    "A space station circles 415 km above the Earth's surface. Taking Earth's mass as 5.972e24 kg and its radius as "
    "6371 km, how long does one orbit take?",
    {"orbital altitude": "415 km", "Earth's mass": "5.972e24 kg", "Earth's radius": "6371 km"},
    "orbital period of the station", "min", 2 * math.pi * math.sqrt((Re + hs) ** 3 / (G * Me)) / 60, laws=2,
    solution="T = 2 pi sqrt(r^3 / (G M)), r = R + h", assumptions="CODATA G; circular orbit.")

# ============================ RELATIVITY ============================
b, tau = 0.994, 2.197e-6
add("relativity",
    "Muons (rest mass 105.7 MeV/c^2, proper mean lifetime 2.197 us) are created high in the atmosphere moving at "
    "0.994 c. How far does a typical muon travel in the lab frame during one mean lifetime?",
    {"muon rest mass": "105.7 MeV/c^2", "proper mean lifetime": "2.197 us", "muon speed": "0.994 c"},
    "distance travelled in one dilated mean lifetime", "km", b * c * gam(b) * tau / 1e3, laws=2,
    irrelevant=["muon rest mass"], solution="t = gamma tau; d = v t", assumptions="")

E = 6.8e12 * eV
add("relativity",
    "Protons circulating in the LHC each have a total energy of 6.8 TeV. What is their Lorentz factor?",
    {"total energy of a proton": "6.8 TeV"},
    "Lorentz factor of the protons", "", E / (mp * c ** 2), laws=1, solution="gamma = E / (m_p c^2)", assumptions="")

V = 1.2e6
gm_ = 1 + e * V / (me * c ** 2)
add("relativity",
    "Electrons in a medical linac injector start at rest and are accelerated through 1.2 MV. What speed do they reach?",
    {"accelerating voltage": "1.2 MV"},
    "final speed of the electrons", "m/s", c * math.sqrt(1 - 1 / gm_ ** 2), laws=2,
    solution="gamma = 1 + eV/(m c^2); v = c sqrt(1 - 1/gamma^2)", assumptions="")

K = 2.5e3  # MeV
pc_ = math.sqrt(K ** 2 + 2 * K * mpc2_MeV)  # MeV
add("relativity",
    "A proton from a synchrotron has a kinetic energy of 2.5 GeV. What is its momentum?",
    {"kinetic energy of the proton": "2.5 GeV"},
    "momentum of the proton", "kg*m/s", pc_ * MeV / c, laws=2,
    solution="E = K + mc^2; (pc)^2 = E^2 - (mc^2)^2", assumptions="")

u1, u2 = 0.65, 0.50
add("relativity",
    "A starship moving at 0.65 c relative to Earth launches a probe straight ahead at 0.50 c relative to the ship. "
    "How fast does the probe move relative to Earth, as a fraction of c?",
    {"ship speed relative to Earth": "0.65 c", "probe speed relative to the ship": "0.50 c"},
    "speed of the probe relative to Earth, as a fraction of c", "", (u1 + u2) / (1 + u1 * u2), laws=1,
    solution="u = (u1 + u2)/(1 + u1 u2)", assumptions="")

v = 3.87e3
b2 = (v / c) ** 2
gm1 = b2 / (math.sqrt(1 - b2) * (1 + math.sqrt(1 - b2)))  # gamma - 1, stable
add("relativity",
    "A navigation satellite moves at 3.87 km/s. Considering only special-relativistic time dilation (ignore gravity), "
    "by how much does its clock fall behind a ground clock each day (86400 s of ground time)?",
    {"orbital speed": "3.87 km/s", "length of a day": "86400 s"},
    "daily lag of the satellite clock", "us", 86400 * (1 - 1 / (1 + gm1)) * 1e6, laws=1,
    solution="dt_sat = dt / gamma; lag = dt (1 - 1/gamma) ~ dt v^2/(2c^2)", assumptions="Special relativity only.")

m, b = 1200, 0.20
add("relativity",
    "How much kinetic energy must be given to a 1200 kg interstellar probe to bring it to 0.20 c?",
    {"probe mass": "1200 kg", "final speed": "0.20 c"},
    "kinetic energy of the probe", "J", (gam(b) - 1) * m * c ** 2, laws=1,
    solution="K = (gamma - 1) m c^2", assumptions="")

D, b = 11.2, 0.88
add("relativity",
    "An astronaut flies to a star 11.2 light-years away (as measured from Earth) at a steady 0.88 c. How much time "
    "passes on the astronaut's own clock during the trip?",
    {"distance to the star": "11.2 ly", "ship speed": "0.88 c"},
    "trip duration measured by the astronaut", "year", D / b / gam(b), laws=2,
    solution="t_Earth = D / v; tau = t_Earth / gamma", assumptions="Acceleration phases ignored.")

b, lam0 = 0.15, 656.28
add("relativity",
    "A galaxy moves directly away from us at 0.15 c. At what wavelength do we observe its hydrogen-alpha line, "
    "emitted at 656.28 nm?",
    {"recession speed": "0.15 c", "emitted wavelength": "656.28 nm"},
    "observed wavelength of the H-alpha line", "nm", lam0 * math.sqrt((1 + b) / (1 - b)), laws=1,
    solution="lambda = lambda0 sqrt((1+beta)/(1-beta))", assumptions="Purely radial motion; special-relativistic Doppler.")

b = 0.95
add("relativity",
    "A beta particle (electron) from a radioactive source moves at 0.95 c. What is its kinetic energy?",
    {"electron speed": "0.95 c"},
    "kinetic energy of the electron", "MeV", (gam(b) - 1) * mec2_MeV, laws=1,
    solution="K = (gamma - 1) m_e c^2", assumptions="")

n_value = len(Q)

# ============================ NOT DERIVABLE ============================
ND = "not derivable"
add("mechanics",
    "A site crane raises a pallet of roof tiles 35 m up to the top of a building in 50 s at steady speed. What average "
    "power does the crane deliver to the pallet?",
    {"lift height": "35 m", "lifting time": "50 s"},
    "average power delivered to the pallet", "kW", outcome=ND, laws=2,
    solution="P = m g h / t needs the pallet's mass, which is not given", assumptions="")
add("thermodynamics",
    "A 2 kW camping kettle heats water that starts at 15 degC. How long does it take to bring it to 100 degC?",
    {"kettle power": "2 kW", "starting temperature": "15 degC", "final temperature": "100 degC"},
    "time to heat the water", "min", outcome=ND, laws=2,
    solution="t = m c dT / P needs the amount of water, which is not given", assumptions="")
add("mechanics",
    "All 4 corners of an electric car rest on coil springs, each with a spring constant of 31 kN/m. What is the period of "
    "the car's vertical bounce on its springs?",
    {"spring constant of each spring": "31 kN/m", "number of springs": "4"},
    "period of vertical oscillation of the car", "s", outcome=ND, laws=1,
    solution="T = 2 pi sqrt(m/k_total) needs the car's mass, not given", assumptions="")
add("circuits",
    "A current of 0.3 A flows through a heating resistor in a 3D-printer bed. How much power does the resistor "
    "dissipate?",
    {"current": "0.3 A"},
    "power dissipated in the resistor", "W", outcome=ND, laws=1,
    solution="P = I^2 R or V I: neither resistance nor voltage is given", assumptions="")
add("optics",
    "A 52 mm diameter camera lens photographs a flower 0.4 m in front of it. How far behind the lens does the sharp "
    "image form?",
    {"lens diameter": "52 mm", "object distance": "0.4 m"},
    "image distance behind the lens", "mm", outcome=ND, laws=1,
    solution="thin-lens equation needs the focal length, not given", assumptions="")
add("nuclear",
    "A sample of volcanic rock contains 40 % of the radioactive isotope it originally held. How old is the rock?",
    {"fraction of the isotope remaining": "40 %"},
    "age of the rock", "year", outcome=ND, laws=1,
    solution="t = T1/2 log2(1/0.4) needs the half-life; isotope not identified", assumptions="")
add("fluids",
    "Water flows at 1.8 m/s through a 100 mm pipe feeding a greenhouse, then enters a narrower 6 m long section. "
    "How fast does it flow in the narrow section?",
    {"wide pipe diameter": "100 mm", "speed in the wide pipe": "1.8 m/s", "length of the narrow section": "6 m"},
    "flow speed in the narrow section", "m/s", outcome=ND, laws=1,
    solution="continuity needs the narrow diameter, not given", assumptions="")
add("magnetism",
    "A solenoid 25 cm long, wound for a school experiment, carries 1.8 A. What is the magnetic field inside it?",
    {"solenoid length": "25 cm", "current": "1.8 A"},
    "magnetic field inside the solenoid", "mT", outcome=ND, laws=1,
    solution="B = mu0 N I / L needs the number of turns, not given", assumptions="")
add("mechanics",
    "A skater spins at 95 rpm with her arms out, when her moment of inertia is 2.8 kg*m^2. She then pulls her arms in. "
    "How fast does she spin now?",
    {"initial spin rate": "95 rpm", "moment of inertia with arms out": "2.8 kg*m^2"},
    "final spin rate", "rpm", outcome=ND, laws=1,
    solution="I1 w1 = I2 w2 needs the final moment of inertia, not given", assumptions="")
add("astro",
    "A red giant star has a surface temperature of 3900 K. What is its total luminosity?",
    {"surface temperature": "3900 K"},
    "luminosity of the star", "W", outcome=ND, laws=1,
    solution="L = 4 pi R^2 sigma T^4 needs the radius, not given", assumptions="")

# ============================ AMBIGUOUS ============================
AM = "ambiguous"
add("waves",
    "A freight train sounds its 520 Hz horn while travelling at 25 m/s past a level crossing where a farmer is "
    "waiting. The speed of sound is 343 m/s. What frequency does the farmer hear?",
    {"horn frequency": "520 Hz", "train speed": "25 m/s", "speed of sound": "343 m/s"},
    "frequency heard by the farmer", "Hz", outcome=AM, laws=1,
    solution="approaching: 520*343/318 = 561 Hz; receding: 520*343/368 = 485 Hz; not stated which",
    assumptions="")
add("mechanics",
    "Ski racer 1 has a mass of 68 kg and ski racer 2 a mass of 85 kg; both cross the finish line at 22 m/s. "
    "What is the kinetic energy of the ski racer?",
    {"mass of ski racer 1": "68 kg", "mass of ski racer 2": "85 kg", "finishing speed": "22 m/s"},
    "kinetic energy of the ski racer", "kJ", outcome=AM, laws=1,
    solution="16.5 kJ (racer 1) or 20.6 kJ (racer 2): which racer is not specified", assumptions="")
add("optics",
    "A thin lens has a focal length of magnitude 20 cm. A postage stamp is placed 30 cm from it. Where is the image?",
    {"magnitude of the focal length": "20 cm", "object distance": "30 cm"},
    "image distance", "cm", outcome=AM, laws=1,
    solution="converging: +60 cm; diverging: -12 cm; lens type not stated", assumptions="")
add("circuits",
    "For a hobby project you connect a 10 uF capacitor and a 22 uF capacitor together. What is the combined "
    "capacitance?",
    {"first capacitance": "10 uF", "second capacitance": "22 uF"},
    "equivalent capacitance", "uF", outcome=AM, laws=1,
    solution="parallel 32 uF, series 6.875 uF; connection not stated", assumptions="")
add("fluids",
    "A farm's water storage tank is open to the air. What is the pressure 12 m below the water surface? Water density "
    "is 1000 kg/m^3.",
    {"depth": "12 m", "water density": "1000 kg/m^3"},
    "pressure at 12 m depth", "kPa", outcome=AM, laws=1,
    solution="gauge 117.7 kPa vs absolute 219.0 kPa; not stated which", assumptions="")
add("astro",
    "An Earth-observation satellite orbits at 7000 km. Earth's mass is 5.972e24 kg and its radius 6371 km. What is "
    "its orbital period?",
    {"orbit size": "7000 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital period", "min", outcome=AM, laws=2,
    solution="7000 km as orbital radius: 97.1 min; as altitude: 256 min; unclear which", assumptions="")
add("relativity",
    "A spaceship travels to a star 8.5 light-years from Earth at 0.82 c. How long does the journey take?",
    {"distance to the star": "8.5 ly", "ship speed": "0.82 c"},
    "duration of the journey", "year", outcome=AM, laws=2,
    solution="Earth frame 10.37 yr vs ship (proper) time 5.93 yr; frame not stated", assumptions="")
add("thermodynamics",
    "Air in a cylinder is compressed at a constant pressure of 150 kPa from 4.0 L to 2.5 L. What is the work W for "
    "this process?",
    {"pressure": "150 kPa", "initial volume": "4.0 L", "final volume": "2.5 L"},
    "work for the compression", "J", outcome=AM, laws=1,
    solution="+225 J (work done on the gas) or -225 J (work done by the gas); sign convention not stated",
    assumptions="")

# ============================ ILL-POSED ============================
IP = "ill-posed"
add("relativity",
    "An electron in a cathode-ray experiment is clocked at 3.4e8 m/s. What is its kinetic energy?",
    {"electron speed": "3.4e8 m/s"},
    "kinetic energy of the electron", "keV", outcome=IP, laws=1,
    solution="speed exceeds c (2.998e8 m/s): impossible", assumptions="")
add("thermodynamics",
    "An inventor claims a heat engine working between 450 K and 300 K reservoirs has an efficiency of 42 %. How much "
    "work does it produce from 10 kJ of heat input?",
    {"hot reservoir temperature": "450 K", "cold reservoir temperature": "300 K", "claimed efficiency": "42 %",
     "heat input": "10 kJ"},
    "work produced", "kJ", outcome=IP, laws=2,
    solution="Carnot limit is 33.3 % < 42 %: impossible", assumptions="")
add("thermodynamics",
    "A sealed 5 L cylinder holds 0.2 mol of nitrogen at a temperature of -15 K. What is the gas pressure?",
    {"volume": "5 L", "amount of gas": "0.2 mol", "temperature": "-15 K"},
    "pressure of the gas", "kPa", outcome=IP, laws=1,
    solution="negative absolute temperature is impossible for this gas", assumptions="")
add("circuits",
    "A 220 ohm resistor on a breadboard has 9 V across it and a current of 0.12 A through it. How much power is it "
    "dissipating?",
    {"resistance": "220 ohm", "voltage across it": "9 V", "current through it": "0.12 A"},
    "power dissipated in the resistor", "W", outcome=IP, laws=1,
    solution="V/R = 0.041 A, not 0.12 A: givens contradict Ohm's law", assumptions="")
add("thermodynamics",
    "A supermarket freezer keeps food at -20 degC in a shop at 30 degC and is advertised with a coefficient of "
    "performance of 12. How much heat does it remove for each 1 kWh of electricity?",
    {"inside temperature": "-20 degC", "shop temperature": "30 degC", "coefficient of performance": "12",
     "electrical energy": "1 kWh"},
    "heat removed from the freezer", "kWh", outcome=IP, laws=1,
    solution="Carnot COP = 253.15/50 = 5.06 < 12: impossible", assumptions="")
add("mechanics",
    "An electric winch motor draws 2 kW and has an efficiency of 115 %. What mechanical power does it deliver?",
    {"electrical input power": "2 kW", "efficiency": "115 %"},
    "mechanical output power", "kW", outcome=IP, laws=1,
    solution="efficiency above 100 % violates energy conservation", assumptions="")
add("nuclear",
    "A wooden tool handle contains 1.3 times as much carbon-14 per gram as living wood. Carbon-14 has a half-life of "
    "5730 years. How old is the handle?",
    {"carbon-14 relative to living wood": "1.3", "half-life of carbon-14": "5730 year"},
    "age of the handle", "year", outcome=IP, laws=1,
    solution="more C-14 than at death gives a negative age: inconsistent", assumptions="")
add("fluids",
    "A plastic fishing float with a density of 1200 kg/m^3 floats in fresh water (1000 kg/m^3) with part of it "
    "sticking out. What fraction of its volume is above the surface?",
    {"density of the float": "1200 kg/m^3", "density of the water": "1000 kg/m^3"},
    "fraction of the float above water", "", outcome=IP, laws=1,
    solution="a solid denser than water sinks; cannot float", assumptions="")
add("magnetism",
    "An ideal transformer has 100 turns on its primary and 50 on its secondary. With 230 V on the primary, the "
    "secondary voltage is 460 V. If the secondary delivers 2 A, what is the primary current?",
    {"primary turns": "100", "secondary turns": "50", "primary voltage": "230 V", "secondary voltage": "460 V",
     "secondary current": "2 A"},
    "primary current", "A", outcome=IP, laws=2,
    solution="turns ratio gives 115 V, not 460 V: contradictory", assumptions="")
add("mechanics",
    "A playground swing 1.0 m long swings back and forth with a period of 3.5 s on Earth (g = 9.81 m/s^2). "
    "What is the frequency of the swing?",
    {"length of the swing": "1.0 m", "period": "3.5 s", "g": "9.81 m/s^2"},
    "frequency of the swing", "Hz", outcome=IP, laws=1,
    solution="a 1.0 m pendulum has T = 2.0 s, not 3.5 s: givens contradict", assumptions="")
add("modern",
    "Red light of wavelength 650 nm shines on a metal plate with a work function of 4.5 eV, and the ejected "
    "photoelectrons are collected. What is their maximum kinetic energy?",
    {"wavelength": "650 nm", "work function": "4.5 eV"},
    "maximum kinetic energy of the photoelectrons", "eV", outcome=IP, laws=1,
    solution="photon energy 1.91 eV < 4.5 eV: no photoelectrons can be ejected", assumptions="")
add("circuits",
    "A 12 V lead-acid battery with an EMF of 12.0 V shows 13.1 V across its terminals while it is discharging into a "
    "load at 8 A. What is its internal resistance?",
    {"battery EMF": "12.0 V", "terminal voltage": "13.1 V", "discharge current": "8 A"},
    "internal resistance of the battery", "ohm", outcome=IP, laws=1,
    solution="terminal voltage cannot exceed EMF while discharging (gives negative r)", assumptions="")

# ============================ finalise ============================
for i, q in enumerate(Q, 1):
    q["id"] = f"q10g-{i:03d}"

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch_g.json")
with open(out, "w") as fh:
    json.dump(Q, fh, indent=1)

# ---- self checks ----
ids = [q["id"] for q in Q]
assert len(Q) == 150, len(Q)
assert len(set(ids)) == len(ids)
for q in Q:
    if q["outcome"] == "value":
        assert q["expected"] is not None and math.isfinite(q["expected"]), q["id"]
    else:
        assert q["expected"] is None, q["id"]
    for nm in q["irrelevant"]:
        assert nm in q["given"], (q["id"], nm)
    for k_, val in q["given"].items():
        num = val.split()[0]
        if num not in q["text"]:
            print("WARN number not in text:", q["id"], k_, val)
from collections import Counter
print("n_value", n_value, "total", len(Q))
print(Counter(q["field"] for q in Q))
print(Counter(q["outcome"] for q in Q))
print("with distractors:", sum(1 for q in Q if q["irrelevant"]))
print("wrote", out)
