"""Blind batch L: 150 introductory-physics questions with independently computed answers.
Run: python batch_l_compute.py  -> writes batch_l.json next to this file.
"""
import json
import math
import os
from scipy.constants import (c, h, hbar, e, m_e, m_p, m_n, k, N_A, R, epsilon_0, mu_0,
                             G, sigma, g, physical_constants, atm)

PI = math.pi
KE = 1 / (4 * PI * epsilon_0)          # Coulomb constant
MEV = 1e6 * e                          # J per MeV
U_MEV = physical_constants['atomic mass constant energy equivalent in MeV'][0]
ME_MEV = physical_constants['electron mass energy equivalent in MeV'][0]
MP_MEV = physical_constants['proton mass energy equivalent in MeV'][0]
HC_EVNM = h * c / e * 1e9              # eV*nm
WIEN = physical_constants['Wien wavelength displacement law constant'][0]
GAMMA_P = physical_constants['proton gyromag. ratio in MHz/T'][0]
RYD = physical_constants['Rydberg constant'][0]
YEAR = 365.25 * 86400                  # Julian year, s
LY = c * YEAR                          # light-year, m
AU = 1.495978707e11
C_WATER = 4186.0
L_FUSION = 334e3
RHO_WATER = 1000.0

A_G = "g = 9.80665 m/s^2"
A_C = "c = 299792458 m/s"
A_K = "k_e = 1/(4 pi epsilon_0) = 8.98755e9 N m^2/C^2"
A_E = "e = 1.602176634e-19 C"
A_ME = "m_e = 9.1093837e-31 kg"
A_H = "h = 6.62607015e-34 J s"
A_HC = "hc = 1239.84 eV nm"
A_MU0 = "mu_0 = 4 pi x 1e-7 T m/A (1.25663706e-6)"
A_EPS = "epsilon_0 = 8.8541878e-12 F/m"
A_GRAV = "G = 6.6743e-11 N m^2/kg^2"
A_R = "R = 8.314462618 J/(mol K)"
A_KB = "k_B = 1.380649e-23 J/K"
A_NA = "N_A = 6.02214076e23 /mol"
A_CW = "specific heat of water = 4186 J/(kg K)"
A_RHOW = "density of water = 1000 kg/m^3 (1 kg per litre)"
A_ATM = "1 atm = 101.325 kPa"
A_U = "1 u = 931.494 MeV/c^2"
A_YR = "1 year = 365.25 days"

Qs = []


def Q(field, text, given, find, unit, expected=None, outcome="value", rel_tol=0.01, laws=1,
      irrelevant=(), solution="", assumptions=()):
    if outcome == "value":
        assert expected is not None
        expected = float(expected)
    else:
        expected = None
    for name in irrelevant:
        assert name in given, (name, given)
    Qs.append(dict(field=field, text=text, given=given, find=find, unit=unit, expected=expected,
                   outcome=outcome, rel_tol=rel_tol, laws=laws, irrelevant=list(irrelevant),
                   solution=solution, assumptions=list(assumptions)))


def gamma(beta):
    return 1 / math.sqrt(1 - beta ** 2)

# ============================================================ MECHANICS (13)
F = "mechanics"
v = 72 / 3.6
Q(F, "A 1200 kg car travelling at 72 km/h brakes uniformly and stops in 40 m. What is the magnitude of the average braking force?",
  {"mass of the car": "1200 kg", "initial speed of the car": "72 km/h", "stopping distance": "40 m"},
  "braking force", "N", 1200 * v ** 2 / (2 * 40), laws=2,
  solution="v = 72/3.6 = 20 m/s; a = v^2/(2d) = 400/80 = 5 m/s^2; F = m a = 6000 N")

Q(F, "A 70 kg person stands on a bathroom scale in an elevator of a 45 m tall office building. "
     "While the elevator speeds up going upward at 1.5 m/s^2, what force does the scale read?",
  {"mass of the person": "70 kg", "height of the building": "45 m", "upward acceleration of the elevator": "1.5 m/s^2"},
  "scale reading (normal force)", "N", 70 * (g + 1.5), laws=1, irrelevant=["height of the building"],
  solution="N - mg = ma -> N = m(g + a) = 70*(9.80665+1.5)", assumptions=[A_G])

Q(F, "A cyclist and bike with a combined mass of 85 kg coast from rest down a hill with a vertical drop of 12 m. "
     "Ignoring friction and air drag, how fast are they going at the bottom, in km/h?",
  {"combined mass of cyclist and bike": "85 kg", "vertical drop of the hill": "12 m"},
  "speed at the bottom of the hill", "km/h", math.sqrt(2 * g * 12) * 3.6, laws=1,
  irrelevant=["combined mass of cyclist and bike"],
  solution="mgh = mv^2/2 -> v = sqrt(2gh) = 15.34 m/s = 55.2 km/h", assumptions=[A_G])

vf = 1.2 * 0.8 / 1.8
Q(F, "On an air track, a 1.2 kg cart moving at 0.8 m/s runs into a 0.6 kg cart at rest, and the two carts couple "
     "together. How much kinetic energy is lost in the collision?",
  {"mass of the moving cart": "1.2 kg", "speed of the moving cart": "0.8 m/s", "mass of the stationary cart": "0.6 kg"},
  "kinetic energy lost", "J", 0.5 * 1.2 * 0.8 ** 2 - 0.5 * 1.8 * vf ** 2, laws=2,
  solution="momentum: v_f = 1.2*0.8/1.8 = 0.533 m/s; KE_i = 0.384 J, KE_f = 0.256 J; lost 0.128 J")

Q(F, "A cordless drill's motor delivers a steady torque of 2.5 N·m while spinning at 1800 rpm. How much mechanical work, in kJ, does it do in 2.0 minutes of continuous drilling?",
  {"torque of the drill": "2.5 N*m", "rotation rate": "1800 rpm", "drilling time": "2.0 min"},
  "mechanical work done", "kJ", 2.5 * 1800 * 2 * PI / 60 * 120 / 1e3, laws=2,
  solution="P = tau*omega, omega = 1800*2pi/60 = 188.5 rad/s; P = 471 W; W = P t = 471*120 = 56.5 kJ")

Q(F, "A 1.4 kg camera drone climbs straight up 60 m in 25 s at constant speed. At what average rate, in watts, is "
     "its gravitational potential energy increasing?",
  {"mass of the drone": "1.4 kg", "height climbed": "60 m", "time of the climb": "25 s"},
  "rate of increase of gravitational potential energy", "W", 1.4 * g * 60 / 25, laws=2,
  solution="W = mgh = 823.8 J; P = W/t = 32.95 W", assumptions=[A_G])

Q(F, "A 12 kg box is shoved across a kitchen tile floor and leaves your hands at 2.0 m/s. The coefficient of kinetic "
     "friction between box and floor is 0.30. How far does the box slide before stopping?",
  {"mass of the box": "12 kg", "initial speed of the box": "2.0 m/s", "coefficient of kinetic friction": "0.30"},
  "sliding distance", "m", 2.0 ** 2 / (2 * 0.30 * g), laws=2, irrelevant=["mass of the box"],
  solution="a = mu_k g = 2.942 m/s^2; d = v^2/(2a) = 0.680 m", assumptions=[A_G])

t = math.sqrt(2 * 5 / g)
Q(F, "A child throws a ball horizontally at 8.0 m/s from a balcony 5.0 m above the ground. How far from the base of "
     "the balcony does the ball land? Ignore air resistance.",
  {"horizontal launch speed": "8.0 m/s", "height of the balcony": "5.0 m"},
  "horizontal distance travelled", "m", 8.0 * t, laws=2,
  solution="t = sqrt(2h/g) = 1.0098 s; x = v t = 8.08 m", assumptions=[A_G])

Q(F, "A train rounds a flat curve of radius 500 m at a steady 90 km/h. What horizontal force must the seat and floor exert on a 75 kg passenger to keep her moving with the train?",
  {"radius of the curve": "500 m", "speed of the train": "90 km/h", "mass of the passenger": "75 kg"},
  "horizontal (centripetal) force on the passenger", "N", 75 * (90 / 3.6) ** 2 / 500, laws=2,
  solution="v = 25 m/s; a = v^2/r = 1.25 m/s^2; F = m a = 93.75 N")

Q(F, "When a 500 g bag of flour is placed on a kitchen scale, the scale's spring compresses by 4.0 mm. What is the "
     "spring constant of the spring?",
  {"mass of the flour bag": "500 g", "compression of the spring": "4.0 mm"},
  "spring constant", "N/m", 0.5 * g / 0.004, laws=2,
  solution="weight mg = 4.903 N balanced by kx; k = mg/x = 1226 N/m", assumptions=[A_G])

Q(F, "A car accelerates uniformly from rest until it reaches 100 km/h on a straight road. How far does it travel while accelerating?",
  {"final speed of the car": "100 km/h"},
  "distance travelled during the acceleration", "m", outcome="not derivable", laws=1,
  solution="d = v^2/(2a) or d = v t/2 requires either the acceleration or the time, neither of which is given.")

Q(F, "A ball is dropped from rest from a height of 5.0 m and, with no air resistance, hits the ground at 15 m/s. "
     "How long was it in the air?",
  {"drop height": "5.0 m", "impact speed": "15 m/s"},
  "time of fall", "s", outcome="ill-posed", laws=1,
  solution="Free fall from 5.0 m gives v = sqrt(2gh) = 9.9 m/s, not 15 m/s; the givens contradict each other "
           "(t = 1.01 s from the height vs 1.53 s from the speed).", assumptions=[A_G])

Q(F, "Two carts of mass 2 kg and 3 kg roll toward each other on a level track. One cart moves at 4 m/s and the other "
     "at 1 m/s. They collide and stick together. What is their speed just after the collision?",
  {"mass of first cart": "2 kg", "mass of second cart": "3 kg", "speed of one cart": "4 m/s", "speed of the other cart": "1 m/s"},
  "common speed after the collision", "m/s", outcome="ambiguous", laws=1,
  solution="If the 2 kg cart moves at 4 m/s: |2*4 - 3*1|/5 = 1.0 m/s. If the 3 kg cart moves at 4 m/s: "
           "|3*4 - 2*1|/5 = 2.0 m/s. The text does not say which cart has which speed.")

# ============================================================ FLUIDS (13)
F = "fluids"
Q(F, "A scuba diver is 12 m below the surface of the sea, where the water is at 14 °C. Taking seawater density as "
     "1025 kg/m^3 and the air pressure at the surface as 101.3 kPa, what is the absolute pressure on the diver in kPa?",
  {"depth of the diver": "12 m", "water temperature": "14 degC", "density of seawater": "1025 kg/m^3",
   "surface air pressure": "101.3 kPa"},
  "absolute pressure at the diver", "kPa", (101.3e3 + 1025 * g * 12) / 1e3, laws=1,
  irrelevant=["water temperature"],
  solution="P = P0 + rho g h = 101.3 kPa + 1025*9.80665*12 Pa = 222.0 kPa", assumptions=[A_G])

mhe = 0.17 * 4.0
Q(F, "A weather balloon holds 4.0 m^3 of helium (density 0.17 kg/m^3) at launch, where the air density is 1.20 kg/m^3. "
     "The rubber envelope plus the instrument package have a mass of 2.5 kg. Ignoring air drag, what is the balloon's "
     "upward acceleration just after release?",
  {"volume of the balloon": "4.0 m^3", "density of helium": "0.17 kg/m^3", "density of air": "1.20 kg/m^3",
   "mass of envelope and payload": "2.5 kg"},
  "initial upward acceleration", "m/s^2", (1.20 * 4.0 * g - (2.5 + mhe) * g) / (2.5 + mhe), laws=2,
  solution="F_b = rho_air V g = 47.07 N; weight = (2.5 + 0.68)*g = 31.19 N; a = (47.07 - 31.19)/3.18 = 5.0 m/s^2",
  assumptions=[A_G])

v_exit = 1.5 * (1.6 / 0.6) ** 2
Q(F, "Water moves through a garden hose of inner diameter 1.6 cm at 1.5 m/s and leaves through a nozzle of diameter "
     "0.60 cm. If the nozzle is pointed straight up, how high can the jet rise above the nozzle (ignore air drag)?",
  {"inner diameter of the hose": "1.6 cm", "water speed in the hose": "1.5 m/s", "nozzle diameter": "0.60 cm"},
  "maximum height of the jet", "m", v_exit ** 2 / (2 * g), laws=2,
  solution="continuity: v2 = 1.5*(1.6/0.6)^2 = 10.67 m/s; h = v2^2/(2g) = 5.80 m", assumptions=[A_G])

Q(F, "A nurse hangs an IV bag of saline (density 1030 kg/m^3). The gauge pressure of blood in the patient's vein is "
     "1.8 kPa. What is the minimum height of the bag's fluid surface above the needle, in cm, for fluid to flow into the vein?",
  {"density of the saline": "1030 kg/m^3", "gauge pressure in the vein": "1.8 kPa"},
  "minimum height of the bag above the vein", "cm", 1.8e3 / (1030 * g) * 100, laws=1,
  solution="rho g h = 1800 Pa -> h = 1800/(1030*9.80665) = 0.178 m = 17.8 cm", assumptions=[A_G])

Q(F, "A kitchen tap fills a 1.5 L kettle in 12 s. The water leaves the tap through a circular opening 1.2 cm in "
     "diameter. How fast is the water moving as it leaves the tap?",
  {"volume of the kettle": "1.5 L", "filling time": "12 s", "diameter of the tap opening": "1.2 cm"},
  "speed of the water leaving the tap", "m/s", (1.5e-3 / 12) / (PI * 0.006 ** 2), laws=1,
  solution="Q = 1.5e-3/12 = 1.25e-4 m^3/s; A = pi(0.006)^2 = 1.131e-4 m^2; v = Q/A = 1.105 m/s")

Q(F, "In a garage hydraulic lift, the small piston has a diameter of 2.0 cm and the large piston a diameter of 25 cm. "
     "What force on the small piston will hold up a 1300 kg car on the large piston?",
  {"diameter of the small piston": "2.0 cm", "diameter of the large piston": "25 cm", "mass of the car": "1300 kg"},
  "force on the small piston", "N", 1300 * g * (2.0 / 25) ** 2, laws=2,
  solution="Pascal: F1/A1 = F2/A2; F1 = mg (d1/d2)^2 = 12749 N * 0.0064 = 81.6 N", assumptions=[A_G])

Q(F, "An iceberg (density 917 kg/m^3) floats in seawater of density 1025 kg/m^3. What fraction of its volume is above the waterline?",
  {"density of the ice": "917 kg/m^3", "density of seawater": "1025 kg/m^3"},
  "fraction of volume above water", "dimensionless", 1 - 917 / 1025, laws=1,
  solution="floating: submerged fraction = rho_ice/rho_sea = 0.8946; above = 0.1054")

v_t = math.sqrt(2 * g * 0.80)
Q(F, "A rain barrel has a small hole of area 1.0 cm^2 located 0.80 m below the water surface. At what rate does water "
     "pour out of the hole, in litres per minute? (Treat the hole as ideal and the barrel as wide.)",
  {"area of the hole": "1.0 cm^2", "depth of the hole below the surface": "0.80 m"},
  "volume flow rate out of the hole", "L/min", v_t * 1e-4 * 1000 * 60, laws=2,
  solution="Torricelli: v = sqrt(2gh) = 3.96 m/s; Q = A v = 3.96e-4 m^3/s = 23.8 L/min", assumptions=[A_G])

Q(F, "A storm wind of 90 km/h blows across a flat roof of area 150 m^2, while the air inside the house is still. "
     "Using Bernoulli's principle and an air density of 1.20 kg/m^3, what net upward force acts on the roof, in kN?",
  {"wind speed": "90 km/h", "roof area": "150 m^2", "density of air": "1.20 kg/m^3"},
  "net upward force on the roof", "kN", 0.5 * 1.20 * (90 / 3.6) ** 2 * 150 / 1e3, laws=2,
  solution="dP = rho v^2/2 = 0.5*1.2*25^2 = 375 Pa; F = dP A = 56250 N = 56.3 kN")

Q(F, "In a resting patient with a heart rate of 72 beats per minute, blood flows through the aorta (inner radius "
     "1.0 cm) at an average speed of 30 cm/s. What is the volume flow rate in litres per minute?",
  {"heart rate": "72 beats/min", "inner radius of the aorta": "1.0 cm", "average blood speed": "30 cm/s"},
  "volume flow rate of blood", "L/min", PI * 0.01 ** 2 * 0.30 * 1000 * 60, laws=1, irrelevant=["heart rate"],
  solution="Q = pi r^2 v = pi*(0.01)^2*0.30 = 9.42e-5 m^3/s = 5.65 L/min")

Q(F, "A rock weighs 30 N in air. It is hung from a spring scale and lowered until it is fully submerged in a liquid. "
     "What does the scale read?",
  {"weight of the rock in air": "30 N"},
  "apparent weight of the rock in the liquid", "N", outcome="not derivable",
  solution="Apparent weight = W - rho_liquid V g; neither the liquid's density nor the rock's volume (or density) is given.")

Q(F, "Oil is pumped at 0.50 L/s through a horizontal pipe 20 m long. What is the pressure drop along the pipe?",
  {"volume flow rate": "0.50 L/s", "length of the pipe": "20 m"},
  "pressure drop along the pipe", "Pa", outcome="not derivable",
  solution="Poiseuille: dP = 8 eta L Q/(pi r^4) needs the oil's viscosity and the pipe radius, neither given.")

Q(F, "A 2.0 kg block of wood with a volume of 1.5 L floats in fresh water with 80% of its volume submerged. What is "
     "the buoyant force on the block?",
  {"mass of the block": "2.0 kg", "volume of the block": "1.5 L", "fraction submerged": "80 %"},
  "buoyant force on the block", "N", outcome="ill-posed",
  solution="Its density would be 1333 kg/m^3, denser than water, so it cannot float; 80% submerged would imply a mass of "
           "1.2 kg, not 2.0 kg. The givens contradict each other.", assumptions=[A_RHOW])

# ============================================================ THERMODYNAMICS (13)
F = "thermodynamics"
Qh = 1.2 * C_WATER * (100 - 18)
Q(F, "An electric kettle rated at 2.0 kW heats 1.2 L of water from 18 °C to boiling at 100 °C. Assuming all the "
     "electrical energy goes into the water, how many minutes does it take?",
  {"power of the kettle": "2.0 kW", "volume of water": "1.2 L", "initial temperature": "18 degC", "final temperature": "100 degC"},
  "heating time", "min", Qh / 2000 / 60, rel_tol=0.02, laws=2,
  solution="Q = m c dT = 1.2*4186*82 = 4.12e5 J; t = Q/P = 206 s = 3.43 min", assumptions=[A_CW, A_RHOW])

Q(F, "A 250 g tray of ice cubes comes out of a freezer at -10 °C. How much energy, in kJ, is needed to warm it to "
     "0 °C and melt it completely? (Specific heat of ice: 2100 J/(kg·K).)",
  {"mass of ice": "250 g", "initial temperature of the ice": "-10 degC", "melting temperature": "0 degC",
   "specific heat of ice": "2100 J/(kg*K)"},
  "energy to warm and melt the ice", "kJ", 0.250 * (2100 * 10 + L_FUSION) / 1e3, rel_tol=0.02, laws=2,
  solution="Q = m c_ice dT + m L_f = 0.25*2100*10 + 0.25*334000 = 5.25 + 83.5 = 88.75 kJ",
  assumptions=["latent heat of fusion of ice = 334 kJ/kg"])

p2 = (220 + 101.325) * (45 + 273.15) / (20 + 273.15) - 101.325
Q(F, "A car tyre has a gauge pressure of 220 kPa at 20 °C. After a long drive the air inside is at 45 °C. Assuming the "
     "tyre's volume does not change, what is the new gauge pressure in kPa?",
  {"initial gauge pressure": "220 kPa", "initial temperature": "20 degC", "final temperature": "45 degC"},
  "final gauge pressure", "kPa", p2, laws=1,
  solution="absolute: p1 = 321.3 kPa; p2 = p1*T2/T1 = 321.3*318.15/293.15 = 348.7 kPa abs = 247.4 kPa gauge",
  assumptions=[A_ATM])

Q(F, "How many gas molecules are in a 2.0 L empty water bottle filled with air at 1.0 atm and 25 °C?",
  {"volume of the bottle": "2.0 L", "pressure": "1.0 atm", "temperature": "25 degC"},
  "number of molecules", "dimensionless", atm * 2.0e-3 / (k * 298.15), laws=1,
  solution="N = PV/(k_B T) = 101325*0.002/(1.380649e-23*298.15) = 4.92e22", assumptions=[A_KB, A_ATM])

Q(F, "What is the rms speed of nitrogen molecules (molar mass 28.0 g/mol) in air at 27 °C?",
  {"molar mass of nitrogen": "28.0 g/mol", "temperature": "27 degC"},
  "rms speed of the molecules", "m/s", math.sqrt(3 * R * 300.15 / 0.028), laws=1,
  solution="v_rms = sqrt(3RT/M) = sqrt(3*8.314*300.15/0.028) = 517 m/s", assumptions=[A_R])

Q(F, "A 25 m steel rail with a mass of 60 kg per metre is laid when the temperature is -5 °C. On a hot day it reaches "
     "35 °C. If it were free to expand, by how many millimetres would it lengthen? (Coefficient of linear expansion of "
     "steel: 1.2 × 10^-5 per °C.)",
  {"length of the rail": "25 m", "mass per metre of rail": "60 kg/m", "initial temperature": "-5 degC",
   "final temperature": "35 degC", "coefficient of linear expansion": "1.2e-5 1/degC"},
  "increase in length", "mm", 25 * 1.2e-5 * 40 * 1000, laws=1, irrelevant=["mass per metre of rail"],
  solution="dL = alpha L dT = 1.2e-5*25*40 = 0.012 m = 12 mm")

Q(F, "A refrigerator keeps its inside at 4 °C in a kitchen at 24 °C. What is the least electrical work, in kJ, it "
     "needs to remove 500 kJ of heat from the food inside?",
  {"inside temperature": "4 degC", "kitchen temperature": "24 degC", "heat removed": "500 kJ"},
  "minimum work input", "kJ", 500 / (277.15 / 20), laws=2,
  solution="Carnot COP = T_c/(T_h - T_c) = 277.15/20 = 13.86; W = Q_c/COP = 36.1 kJ")

Pcond = 0.8 * 1.2 * 0.8 * 25 / 0.004
Q(F, "A single-pane window is 1.2 m by 0.80 m and 4.0 mm thick, made of glass with thermal conductivity 0.80 W/(m·K). "
     "The inner surface is at 20 °C and the outer at -5 °C. How much energy, in kWh, is conducted through it in 3.0 hours?",
  {"width of the window": "1.2 m", "height of the window": "0.80 m", "thickness of the glass": "4.0 mm",
   "thermal conductivity of glass": "0.80 W/(m*K)", "inner surface temperature": "20 degC",
   "outer surface temperature": "-5 degC", "duration": "3.0 h"},
  "energy conducted", "kWh", Pcond * 3 / 1000, laws=2,
  solution="P = k A dT/d = 0.8*0.96*25/0.004 = 4800 W; E = 4.8 kW * 3 h = 14.4 kWh")

Q(F, "You pour 50 g of milk at 5 °C into 200 g of coffee at 85 °C. Treating both as water and ignoring heat lost to "
     "the mug and air, what is the final temperature in °C?",
  {"mass of milk": "50 g", "temperature of milk": "5 degC", "mass of coffee": "200 g", "temperature of coffee": "85 degC"},
  "final temperature of the mixture", "degC", (200 * 85 + 50 * 5) / 250, laws=1,
  solution="heat lost = heat gained: T = (200*85 + 50*5)/250 = 69 degC")

Pnet = 0.97 * sigma * 1.8 * (307.15 ** 4 - 293.15 ** 4)
Q(F, "A person with skin temperature 34 °C, skin area 1.8 m^2 and emissivity 0.97 stands unclothed in a room whose "
     "walls are at 20 °C. What is the net rate of heat loss by radiation?",
  {"skin temperature": "34 degC", "skin area": "1.8 m^2", "emissivity": "0.97", "wall temperature": "20 degC"},
  "net radiated power", "W", Pnet, laws=1,
  solution="P = e sigma A (T_s^4 - T_w^4) with T in kelvin = 0.97*5.67e-8*1.8*(307.15^4-293.15^4) = %.1f W" % Pnet,
  assumptions=["sigma = 5.670374e-8 W/(m^2 K^4)"])

Q(F, "A heat engine takes in 500 J of heat per cycle from a hot reservoir at 600 K. How much work does it do each cycle?",
  {"heat input per cycle": "500 J", "hot reservoir temperature": "600 K"},
  "work per cycle", "J", outcome="not derivable",
  solution="W = eta Q_h; the engine's efficiency (or heat rejected, or cold reservoir temperature for an ideal engine) is not given.")

Q(F, "An inventor claims his engine runs between a boiler at 500 °C and cooling water at 25 °C with an efficiency of "
     "75%. How much work does it deliver for each 1000 J of heat taken from the boiler?",
  {"hot reservoir temperature": "500 degC", "cold reservoir temperature": "25 degC", "claimed efficiency": "75 %",
   "heat input": "1000 J"},
  "work output", "J", outcome="ill-posed",
  solution="Carnot limit = 1 - 298.15/773.15 = 0.614; an efficiency of 75% violates the second law.")

Q(F, "Two sealed flasks, one holding helium (4.0 g/mol) and one holding argon (39.9 g/mol), sit in a lab; one flask "
     "is at 20 °C and the other at 80 °C. What is the rms speed of the helium atoms?",
  {"molar mass of helium": "4.0 g/mol", "molar mass of argon": "39.9 g/mol", "temperature of one flask": "20 degC",
   "temperature of the other flask": "80 degC"},
  "rms speed of helium atoms", "m/s", outcome="ambiguous", irrelevant=["molar mass of argon"],
  solution="sqrt(3RT/M): at 293.15 K -> 1352 m/s; at 353.15 K -> 1484 m/s. The text does not say which flask is at "
           "which temperature.", assumptions=[A_R])

# ============================================================ WAVES AND SOUND (13)
F = "waves and sound"
Q(F, "The open A string of a guitar is 65 cm long between its fixed ends and vibrates at a fundamental frequency of "
     "110 Hz. What is the speed of waves on the string?",
  {"vibrating length of the string": "65 cm", "fundamental frequency": "110 Hz"},
  "wave speed on the string", "m/s", 2 * 0.65 * 110, laws=1,
  solution="fundamental: lambda = 2L = 1.30 m; v = f lambda = 143 m/s")

vs = 2 * 0.65 * 196
Q(F, "A guitar string has a linear mass density of 5.0 g/m and a vibrating length of 0.65 m. What tension is needed "
     "for its fundamental to be 196 Hz?",
  {"linear mass density": "5.0 g/m", "vibrating length": "0.65 m", "fundamental frequency": "196 Hz"},
  "tension in the string", "N", 0.005 * vs ** 2, laws=2,
  solution="v = 2Lf = 254.8 m/s; v = sqrt(T/mu) -> T = mu v^2 = 0.005*254.8^2 = 325 N")

Q(F, "A medical ultrasound probe operates at 3.5 MHz. Sound travels at 1540 m/s in soft tissue. What is the wavelength in the tissue, in mm?",
  {"ultrasound frequency": "3.5 MHz", "speed of sound in tissue": "1540 m/s"},
  "wavelength in tissue", "mm", 1540 / 3.5e6 * 1000, laws=1,
  solution="lambda = v/f = 1540/3.5e6 = 4.4e-4 m = 0.44 mm")

Q(F, "An ultrasound pulse sent into a patient's abdomen reflects off an organ boundary, and the echo returns to the "
     "probe 65 microseconds after the pulse was sent. With sound speed 1540 m/s in tissue, how deep is the boundary, in cm?",
  {"echo delay": "65 microsecond", "speed of sound in tissue": "1540 m/s"},
  "depth of the boundary", "cm", 1540 * 65e-6 / 2 * 100, laws=1,
  solution="round trip: d = v t/2 = 1540*65e-6/2 = 0.0501 m = 5.0 cm")

Q(F, "An ambulance siren emits 700 Hz and the ambulance approaches a pedestrian at 90 km/h. The siren is heard for "
     "8 seconds before the ambulance passes. Taking the speed of sound as 343 m/s, what frequency does the pedestrian hear as it approaches?",
  {"siren frequency": "700 Hz", "speed of the ambulance": "90 km/h", "duration the siren is heard": "8 s",
   "speed of sound": "343 m/s"},
  "frequency heard", "Hz", 700 * 343 / (343 - 25), laws=1, irrelevant=["duration the siren is heard"],
  solution="moving source: f' = f v/(v - v_s) = 700*343/(343-25) = 755 Hz")

Q(F, "A leaf blower produces a sound level of 95 dB at 2.0 m. Treating it as a point source radiating equally in all "
     "directions, what is the sound level 16 m away?",
  {"sound level near the blower": "95 dB", "near distance": "2.0 m", "far distance": "16 m"},
  "sound level at 16 m", "dB", 95 - 20 * math.log10(16 / 2), laws=2,
  solution="I ~ 1/r^2: intensity drops by 64; dL = 10 log10(64) = 18.06 dB; 95 - 18.06 = 76.9 dB")

vsnd = math.sqrt(1.40 * R * 303.15 / 0.02897)
Q(F, "A pipe 0.60 m long is closed at one end and open at the other, and the air in it is at 30 °C. Treating air as "
     "an ideal gas with molar mass 28.97 g/mol and heat-capacity ratio 1.40, what is the pipe's fundamental frequency?",
  {"length of the pipe": "0.60 m", "air temperature": "30 degC", "molar mass of air": "28.97 g/mol",
   "heat-capacity ratio": "1.40"},
  "fundamental frequency", "Hz", vsnd / (4 * 0.60), laws=2,
  solution="v = sqrt(gamma R T/M) = sqrt(1.4*8.314*303.15/0.02897) = 349.0 m/s; closed-open pipe f1 = v/(4L) = 145.4 Hz",
  assumptions=[A_R])

Q(F, "Two identical guitar strings (same length and mass) are both meant to be at 80 N tension, giving 220 Hz. One "
     "has drifted to 82 N. What beat frequency is heard when both are plucked together?",
  {"intended tension": "80 N", "intended frequency": "220 Hz", "tension of the drifted string": "82 N"},
  "beat frequency", "Hz", 220 * (math.sqrt(82 / 80) - 1), laws=2,
  solution="f ~ sqrt(T): f2 = 220*sqrt(82/80) = 222.74 Hz; beats = f2 - f1 = 2.74 Hz")

Q(F, "At the front row of a rock concert the sound level is 110 dB. How much sound energy enters one ear canal of "
     "area 0.50 cm^2 over a 2.0 hour concert?",
  {"sound level": "110 dB", "area of the ear canal": "0.50 cm^2", "duration of the concert": "2.0 h"},
  "sound energy entering the ear", "J", 10 ** (110 / 10) * 1e-12 * 0.5e-4 * 7200, laws=2,
  solution="I = 1e-12 * 10^(11) = 0.1 W/m^2; E = I A t = 0.1*0.5e-4*7200 = 0.036 J",
  assumptions=["reference intensity I0 = 1e-12 W/m^2"])

Q(F, "Standing on a pier where the water is 8 m deep, you notice wave crests 12 m apart, passing at a rate of one "
     "crest every 4.0 s. How fast are the waves moving, in km/h?",
  {"water depth": "8 m", "crest spacing": "12 m", "time between crests": "4.0 s"},
  "wave speed", "km/h", 12 / 4.0 * 3.6, laws=1, irrelevant=["water depth"],
  solution="v = lambda/T = 12/4 = 3 m/s = 10.8 km/h")

Q(F, "A violin string vibrates at a fundamental frequency of 440 Hz while under a tension of 50 N. What is its linear mass density?",
  {"fundamental frequency": "440 Hz", "tension": "50 N"},
  "linear mass density", "kg/m", outcome="not derivable",
  solution="mu = T/v^2 with v = 2Lf; the string length (or wave speed) is not given.")

Q(F, "A bat emits ultrasound at 45 kHz and hears the echo from a moth. How far away is the moth?",
  {"ultrasound frequency": "45 kHz"},
  "distance to the moth", "m", outcome="not derivable",
  solution="distance = v t/2 needs the echo delay time, which is not given; the frequency does not determine distance.")

Q(F, "A music teacher has two pipes, one open at both ends and one closed at one end. One pipe is 0.50 m long and the "
     "other is 0.80 m long. Using 343 m/s for the speed of sound, what is the fundamental frequency of the closed pipe?",
  {"length of one pipe": "0.50 m", "length of the other pipe": "0.80 m", "speed of sound": "343 m/s"},
  "fundamental frequency of the closed pipe", "Hz", outcome="ambiguous",
  solution="f = v/(4L): 171.5 Hz if the closed pipe is 0.50 m, 107.2 Hz if it is 0.80 m; the text does not say which.")

# ============================================================ OPTICS (13)
F = "optics"
Q(F, "A nearsighted student cannot see clearly beyond 2.0 m. What power of eyeglass lens, in diopters, lets her see "
     "distant objects clearly? (Ignore the distance between the lens and the eye.)",
  {"far point": "2.0 m"},
  "lens power", "D", -1 / 2.0, laws=1,
  solution="image of infinity must be at the far point: P = 1/f = -1/2.0 m = -0.50 D")

Q(F, "A farsighted man's near point is 75 cm. What power of reading glasses lets him read a book held 25 cm from his "
     "eyes? (Ignore the lens-to-eye distance.)",
  {"near point": "75 cm", "reading distance": "25 cm"},
  "lens power", "D", 1 / 0.25 - 1 / 0.75, laws=1,
  solution="1/f = 1/d_o + 1/d_i = 1/0.25 + 1/(-0.75) = 4 - 1.333 = 2.67 D")

di = 1 / (1 / 50 - 1 / 4000)
Q(F, "A photographer uses a 50 mm lens set at f/2.8 to take a portrait of a 1.8 m tall person standing 4.0 m away. "
     "How tall is the person's image on the sensor, in mm?",
  {"focal length of the lens": "50 mm", "f-number": "2.8", "height of the person": "1.8 m", "distance to the person": "4.0 m"},
  "image height on the sensor", "mm", 1800 * di / 4000, laws=2, irrelevant=["f-number"],
  solution="thin lens: d_i = 1/(1/50 - 1/4000) = 50.63 mm; |m| = d_i/d_o = 0.01266; h_i = 22.8 mm")

Q(F, "Sunlight strikes the surface of a swimming pool (water index 1.33) at 40° from the vertical. At what angle from "
     "the vertical does it travel in the water?",
  {"angle of incidence": "40 degree", "refractive index of water": "1.33"},
  "angle of refraction", "degree", math.degrees(math.asin(math.sin(math.radians(40)) / 1.33)), laws=1,
  solution="Snell: sin(theta2) = sin40/1.33 = 0.4833 -> theta2 = 28.9 degree", assumptions=["n_air = 1.00"])

Q(F, "An optical fibre has a core of refractive index 1.48 and a cladding of index 1.46. Light enters the flat end "
     "of the fibre from air. What is the largest angle to the fibre axis the incoming ray can have and still be "
     "totally internally reflected at the core-cladding boundary?",
  {"index of the core": "1.48", "index of the cladding": "1.46"},
  "maximum acceptance angle", "degree", math.degrees(math.asin(math.sqrt(1.48 ** 2 - 1.46 ** 2))), laws=2,
  solution="critical angle sin(theta_c) = 1.46/1.48; inside ray angle to axis <= 90 - theta_c; Snell at the end face: "
           "sin(theta_max) = 1.48 cos(theta_c) = sqrt(1.48^2 - 1.46^2) = 0.2425 -> 14.0 degree",
  assumptions=["n_air = 1.00"])

Q(F, "How long, in picoseconds, does light take to pass straight through a 5.0 mm thick glass window of refractive index 1.50?",
  {"thickness of the glass": "5.0 mm", "refractive index of the glass": "1.50"},
  "transit time", "ps", 0.005 * 1.50 / c * 1e12, laws=1,
  solution="v = c/n; t = d n/c = 0.005*1.5/2.998e8 = 2.50e-11 s = 25.0 ps", assumptions=[A_C])

Q(F, "A red laser (650 nm) shines on two slits 0.25 mm apart, and the pattern is seen on a wall 2.0 m away. What is "
     "the spacing between adjacent bright fringes, in mm?",
  {"laser wavelength": "650 nm", "slit separation": "0.25 mm", "distance to the wall": "2.0 m"},
  "fringe spacing", "mm", 650e-9 * 2.0 / 0.25e-3 * 1000, laws=1,
  solution="dy = lambda L/d = 650e-9*2/0.25e-3 = 5.2e-3 m = 5.2 mm")

Q(F, "A 5 mW green laser pointer (532 nm) shines perpendicularly on a diffraction grating with 600 lines per mm. At "
     "what angle does the first-order beam emerge?",
  {"laser power": "5 mW", "wavelength": "532 nm", "grating line density": "600 lines/mm"},
  "first-order diffraction angle", "degree", math.degrees(math.asin(532e-9 * 600e3)), laws=1,
  irrelevant=["laser power"],
  solution="d = 1/600 mm = 1.667e-6 m; sin(theta) = lambda/d = 0.3192 -> theta = 18.6 degree")

Q(F, "A soap film (refractive index 1.33) in air looks bright green in reflected light of wavelength 550 nm. What is "
     "the smallest film thickness that gives this constructive reflection, in nm?",
  {"refractive index of the film": "1.33", "wavelength": "550 nm"},
  "minimum film thickness", "nm", 550 / (4 * 1.33), laws=2,
  solution="one reflection has a half-wave phase shift, so constructive when 2nt = (m+1/2) lambda; t_min = lambda/(4n) = 103 nm")

di_m = 1 / (1 / 30 - 1 / 15)
Q(F, "A concave make-up mirror has a focal length of 30 cm. If your face is 15 cm from it, what is the magnification of your image?",
  {"focal length of the mirror": "30 cm", "distance of the face": "15 cm"},
  "magnification", "dimensionless", -di_m / 15, laws=2,
  solution="1/d_i = 1/30 - 1/15 -> d_i = -30 cm (virtual); m = -d_i/d_o = +2.0")

Q(F, "A magnifying glass produces an image of a postage stamp that is 3 times larger than the stamp. What is the focal length of the lens?",
  {"magnification": "3"},
  "focal length", "cm", outcome="not derivable",
  solution="Magnification alone fixes only the ratio d_i/d_o; an object or image distance is needed to find f.")

Q(F, "An object is placed 6.0 cm in front of a converging lens of focal length 10 cm, and the lens forms a real image "
     "on a screen. How far from the lens is the screen?",
  {"object distance": "6.0 cm", "focal length": "10 cm"},
  "image distance", "cm", outcome="ill-posed",
  solution="With the object inside the focal length a converging lens forms only a virtual image (d_i = -15 cm); no real "
           "image can be caught on a screen, so the setup is contradictory.")

Q(F, "A candle and a screen are 90 cm apart. A converging lens of focal length 20 cm is placed between them so that a "
     "sharp image of the flame appears on the screen. What is the magnification of the image?",
  {"candle-to-screen distance": "90 cm", "focal length": "20 cm"},
  "magnification", "dimensionless", outcome="ambiguous",
  solution="d_o + d_i = 90, 1/d_o + 1/d_i = 1/20 -> d_o = 30 or 60 cm; magnification 2.0 or 0.5 (inverted). Two lens "
           "positions work and the text does not say which.")

# ============================================================ ELECTROSTATICS (13)
F = "electrostatics"
Q(F, "Two small charged beads, a 2.0 g bead with +3.0 μC and a fixed bead with -5.0 μC, are 12 cm apart on a "
     "frictionless horizontal wire. What is the acceleration of the 2.0 g bead the moment it is released?",
  {"mass of the free bead": "2.0 g", "charge of the free bead": "3.0 microC", "charge of the fixed bead": "-5.0 microC",
   "separation": "12 cm"},
  "initial acceleration of the free bead", "m/s^2", KE * 3e-6 * 5e-6 / 0.12 ** 2 / 0.002, laws=2,
  solution="Coulomb: F = k q1 q2/r^2 = 8.988e9*15e-12/0.0144 = 9.36 N; a = F/m = 4681 m/s^2", assumptions=[A_K])

Q(F, "After walking across a 5 m long carpet, you have picked up a charge of -2.0 μC. How many extra electrons are on you?",
  {"length of the carpet": "5 m", "charge acquired": "-2.0 microC"},
  "number of excess electrons", "dimensionless", 2e-6 / e, laws=1, irrelevant=["length of the carpet"],
  solution="n = |Q|/e = 2e-6/1.602e-19 = 1.25e13", assumptions=[A_E])

C0 = epsilon_0 * 0.10 * 0.10 / 1e-3
Q(F, "A capacitor is made from two square metal plates 10 cm on a side separated by a 1.0 mm air gap. What is its capacitance in pF?",
  {"side length of plates": "10 cm", "plate separation": "1.0 mm"},
  "capacitance", "pF", C0 * 1e12, laws=1,
  solution="C = epsilon_0 A/d = 8.854e-12*0.01/0.001 = 88.5 pF", assumptions=[A_EPS])

Q(F, "A parallel-plate capacitor with square plates 10 cm on a side and a 1.0 mm air gap is connected to a 12 V "
     "battery. How much energy does it store, in nJ?",
  {"side length of plates": "10 cm", "plate separation": "1.0 mm", "battery voltage": "12 V"},
  "stored energy", "nJ", 0.5 * C0 * 12 ** 2 * 1e9, laws=2,
  solution="C = epsilon_0 A/d = 88.5 pF; U = C V^2/2 = 0.5*88.5e-12*144 = 6.37 nJ", assumptions=[A_EPS])

Q(F, "In an old cathode-ray tube 30 cm long, electrons start from rest and are accelerated through a potential "
     "difference of 2.5 kV. How fast are they moving at the end of the acceleration (non-relativistically)?",
  {"length of the tube": "30 cm", "accelerating voltage": "2.5 kV"},
  "electron speed", "m/s", math.sqrt(2 * e * 2500 / m_e), laws=2, irrelevant=["length of the tube"],
  solution="eV = m v^2/2 -> v = sqrt(2eV/m) = 2.97e7 m/s", assumptions=[A_E, A_ME])

Q(F, "A defibrillator's 32 μF capacitor is charged to 5000 V and fully discharged through the patient in 4.0 ms. What "
     "is the average power delivered, in kW?",
  {"capacitance": "32 microF", "charging voltage": "5000 V", "discharge time": "4.0 ms"},
  "average power delivered", "kW", 0.5 * 32e-6 * 5000 ** 2 / 4e-3 / 1e3, laws=2,
  solution="U = C V^2/2 = 400 J; P = U/t = 400/0.004 = 1.0e5 W = 100 kW")

Q(F, "Two parallel plates 3.0 mm apart have 1.5 kV across them. What is the acceleration of an electron between the plates?",
  {"plate separation": "3.0 mm", "voltage": "1.5 kV"},
  "acceleration of the electron", "m/s^2", e * (1500 / 3e-3) / m_e, laws=2,
  solution="E = V/d = 5.0e5 V/m; a = eE/m = 8.79e16 m/s^2", assumptions=[A_E, A_ME])

nq = 3.2e-15 * g / 9.79e4 / e
Q(F, "In a Millikan-type experiment, an oil drop of mass 3.2 × 10^-15 kg hangs motionless between horizontal plates "
     "where the upward-pushing electric field is 9.79 × 10^4 N/C. How many excess electrons does the drop carry?",
  {"mass of the drop": "3.2e-15 kg", "electric field": "9.79e4 N/C"},
  "number of excess electrons", "dimensionless", round(nq), laws=2,
  solution="qE = mg -> q = 3.2e-15*9.80665/9.79e4 = 3.205e-19 C; n = q/e = %.3f = 2" % nq, assumptions=[A_G, A_E])

Q(F, "Two equal point charges of +4.0 nC are 20 cm apart. What is the electric potential at the point midway between them?",
  {"each charge": "4.0 nC", "separation": "20 cm"},
  "electric potential at the midpoint", "V", 2 * KE * 4e-9 / 0.10, laws=1,
  solution="superposition: V = 2 k q/r = 2*8.988e9*4e-9/0.1 = 719 V", assumptions=[A_K])

Q(F, "The dome of a Van de Graaff generator is a sphere of radius 15 cm. Air breaks down at an electric field of "
     "3.0 × 10^6 V/m. What is the largest charge the dome can hold, in μC?",
  {"radius of the dome": "15 cm", "breakdown field of air": "3.0e6 V/m"},
  "maximum charge on the dome", "microC", 3e6 * 0.15 ** 2 / KE * 1e6, laws=2,
  solution="field at the surface of a charged sphere E = kQ/R^2 (Gauss's law) -> Q = E R^2/k = 7.51e-6 C", assumptions=[A_K])

Q(F, "Two small charged spheres repel each other with a force of 0.20 N. If they carry equal charges, what is the charge on each?",
  {"repulsive force": "0.20 N"},
  "charge on each sphere", "C", outcome="not derivable",
  solution="q = r sqrt(F/k) requires the separation of the spheres, which is not given.")

Q(F, "A parallel-plate capacitor with plates of area 0.020 m^2 is connected to a 9.0 V battery. How much charge collects on each plate?",
  {"plate area": "0.020 m^2", "battery voltage": "9.0 V"},
  "charge on each plate", "C", outcome="not derivable",
  solution="Q = epsilon_0 A V/d needs the plate separation (and dielectric), which is not given.")

Q(F, "Point charges of +2.0 μC and +6.0 μC are 30 cm apart. What is the magnitude of the electric field at the point "
     "on the line between them that is 10 cm from one of the charges?",
  {"first charge": "2.0 microC", "second charge": "6.0 microC", "separation": "30 cm", "distance from one charge": "10 cm"},
  "electric field magnitude", "N/C", outcome="ambiguous",
  solution="10 cm from the 2 uC charge: k(2e-6/0.01 - 6e-6/0.04) = 4.49e5 N/C; 10 cm from the 6 uC charge: "
           "k(6e-6/0.01 - 2e-6/0.04) = 4.94e6 N/C. The text does not say which charge.", assumptions=[A_K])

# ============================================================ CIRCUITS (12)
F = "circuits"
Q(F, "A phone battery is rated 4000 mAh at a nominal 3.85 V. How much energy does a full charge hold, in kJ?",
  {"battery capacity": "4000 mAh", "nominal voltage": "3.85 V"},
  "stored energy", "kJ", 4.0 * 3600 * 3.85 / 1e3, laws=1,
  solution="Q = 4.0 A h = 14400 C; E = QV = 14400*3.85 = 55.4 kJ")

Q(F, "A 4000 mAh, 3.85 V phone battery is charged from empty by an 18 W charger, and 85% of the charger's output ends "
     "up stored in the battery. How many minutes does a full charge take?",
  {"battery capacity": "4000 mAh", "nominal voltage": "3.85 V", "charger power": "18 W", "charging efficiency": "85 %"},
  "charging time", "min", 4.0 * 3.85 / (18 * 0.85) * 60, laws=2,
  solution="E = 4 Ah*3.85 V = 15.4 Wh; P_stored = 18*0.85 = 15.3 W; t = 1.0065 h = 60.4 min")

Q(F, "An electric kettle draws 2200 W from a 230 V supply. What is the resistance of its heating element?",
  {"power": "2200 W", "supply voltage": "230 V"},
  "resistance of the element", "ohm", 230 ** 2 / 2200, laws=1,
  solution="P = V^2/R -> R = 230^2/2200 = 24.0 ohm")

Q(F, "A 220 Ω resistor and a 330 Ω resistor are connected in parallel across a 9.0 V battery. What total current, in mA, does the battery supply?",
  {"first resistance": "220 ohm", "second resistance": "330 ohm", "battery voltage": "9.0 V"},
  "total current", "mA", 9.0 / (220 * 330 / 550) * 1000, laws=2,
  solution="R_par = 220*330/550 = 132 ohm; I = V/R = 9/132 = 68.2 mA")

Q(F, "Two bulbs with resistances 4.0 Ω and 8.0 Ω are wired in series to a 12 V car battery. What power does the 8.0 Ω bulb dissipate?",
  {"resistance of first bulb": "4.0 ohm", "resistance of second bulb": "8.0 ohm", "battery voltage": "12 V"},
  "power in the 8.0 ohm bulb", "W", (12 / 12) ** 2 * 8, laws=2,
  solution="series: I = 12/(4+8) = 1.0 A; P = I^2 R = 8.0 W")

Q(F, "A 1.5 kW space heater keeps a bedroom at 18 °C by running 6 hours a day for 30 days. How much electrical energy does it use, in kWh?",
  {"heater power": "1.5 kW", "room temperature": "18 degC", "hours per day": "6 h", "number of days": "30"},
  "electrical energy used", "kWh", 1.5 * 6 * 30, laws=1, irrelevant=["room temperature"],
  solution="E = P t = 1.5 kW * 180 h = 270 kWh")

Q(F, "A camera flash's 150 μF capacitor is charged through a 10 kΩ resistor from an uncharged state. How long does it "
     "take to reach 90% of its final voltage?",
  {"capacitance": "150 microF", "resistance": "10 kohm", "target fraction of final voltage": "90 %"},
  "charging time", "s", 10e3 * 150e-6 * math.log(10), laws=1,
  solution="V = V0(1 - e^(-t/RC)); t = RC ln(1/(1-0.9)) = 1.5 s * 2.303 = 3.45 s")

Q(F, "A 9.0 V battery with an internal resistance of 1.5 Ω is connected to a 12 Ω load. What is the voltage across the battery's terminals?",
  {"emf of the battery": "9.0 V", "internal resistance": "1.5 ohm", "load resistance": "12 ohm"},
  "terminal voltage", "V", 9.0 * 12 / 13.5, laws=2,
  solution="I = emf/(R + r) = 9/13.5 = 0.667 A; V = I R = 8.0 V")

Q(F, "An extension cord is 25 m long; current goes out along one copper conductor and returns along the other, each "
     "with a cross-section of 1.5 mm^2 (resistivity of copper 1.68 × 10^-8 Ω·m). What is the total voltage drop along "
     "the cord when a power tool draws 10 A through it?",
  {"length of the cord": "25 m", "conductor cross-section": "1.5 mm^2", "resistivity of copper": "1.68e-8 ohm*m",
   "current": "10 A"},
  "voltage drop in the cord", "V", 1.68e-8 * 50 / 1.5e-6 * 10, laws=2,
  solution="total conductor length 50 m; R = rho L/A = 1.68e-8*50/1.5e-6 = 0.56 ohm; dV = I R = 5.6 V")

Q(F, "A rooftop solar panel of area 1.6 m^2 converts 20% of incoming sunlight to electricity. In full sun of "
     "1000 W/m^2 it delivers its output at 32 V. What current does it supply?",
  {"panel area": "1.6 m^2", "efficiency": "20 %", "solar irradiance": "1000 W/m^2", "output voltage": "32 V"},
  "output current", "A", 1.6 * 0.20 * 1000 / 32, laws=2,
  solution="P = 0.20*1000*1.6 = 320 W; I = P/V = 320/32 = 10 A")

Q(F, "A resistor dissipates 5.0 W when connected to a battery. What is its resistance?",
  {"power dissipated": "5.0 W"},
  "resistance", "ohm", outcome="not derivable",
  solution="R = V^2/P or P/I^2 needs the battery voltage or the current, neither given.")

Q(F, "A 6.0 Ω resistor and a 12 Ω resistor are connected to a 12 V battery. What current does the battery supply?",
  {"first resistance": "6.0 ohm", "second resistance": "12 ohm", "battery voltage": "12 V"},
  "battery current", "A", outcome="ambiguous",
  solution="series: 12/18 = 0.667 A; parallel: 12/4 = 3.0 A. The connection is not specified.")

# ============================================================ MAGNETISM AND INDUCTION (12)
F = "magnetism and induction"
Q(F, "A power line carries 500 A at right angles to the Earth's magnetic field of 50 μT. What is the magnetic force on each metre of the line?",
  {"current": "500 A", "magnetic field": "50 microT"},
  "force per unit length", "N/m", 500 * 50e-6, laws=1,
  solution="F/L = I B sin90 = 500*50e-6 = 0.025 N/m")

Q(F, "The two long parallel conductors of an appliance cable are 2.0 mm apart and carry 10 A each in opposite "
     "directions. What magnetic force acts on each metre of one conductor, in mN/m?",
  {"separation of the conductors": "2.0 mm", "current in each conductor": "10 A"},
  "force per metre", "mN/m", mu_0 * 10 ** 2 / (2 * PI * 0.002) * 1e3, laws=2,
  solution="B = mu0 I/(2 pi d) = 1.0e-3 T at the other wire; F/L = I B = 10*1e-3 = 0.010 N/m = 10 mN/m (repulsive)",
  assumptions=[A_MU0])

Q(F, "A lab solenoid 40 cm long has 800 turns and carries 3.0 A. What is the magnetic field inside it, in mT?",
  {"length of the solenoid": "40 cm", "number of turns": "800", "current": "3.0 A"},
  "magnetic field inside", "mT", mu_0 * (800 / 0.40) * 3.0 * 1e3, laws=1,
  solution="B = mu0 (N/L) I = 4pi e-7*2000*3 = 7.54e-3 T = 7.54 mT", assumptions=[A_MU0])

Q(F, "A proton moving at 2.0 × 10^6 m/s enters a 0.50 T magnetic field at right angles to the field. What is the "
     "radius of its circular path, in cm?",
  {"speed of the proton": "2.0e6 m/s", "magnetic field": "0.50 T"},
  "radius of the path", "cm", m_p * 2e6 / (e * 0.5) * 100, laws=1,
  solution="r = m v/(qB) = 1.6726e-27*2e6/(1.602e-19*0.5) = 0.0418 m = 4.18 cm",
  assumptions=["m_p = 1.67262e-27 kg", A_E])

ve = math.sqrt(2 * e * 500 / m_e)
Q(F, "In a teaching apparatus, electrons are accelerated from rest through 500 V and then move perpendicular to a "
     "uniform 2.0 mT magnetic field. What is the radius of their circular path, in cm?",
  {"accelerating voltage": "500 V", "magnetic field": "2.0 mT"},
  "radius of the electron path", "cm", m_e * ve / (e * 2e-3) * 100, laws=2,
  solution="v = sqrt(2eV/m) = 1.326e7 m/s; r = m v/(eB) = 0.0377 m = 3.77 cm", assumptions=[A_E, A_ME])

Q(F, "An MRI scanner has a main field of 1.5 T. At what frequency, in MHz, must the radio pulses be to excite the "
     "hydrogen nuclei (protons)?",
  {"magnetic field": "1.5 T"},
  "Larmor frequency", "MHz", GAMMA_P * 1.5, laws=1,
  solution="f = (gamma/2pi) B = 42.58 MHz/T * 1.5 T = 63.9 MHz",
  assumptions=["proton gyromagnetic ratio gamma/2pi = 42.577 MHz/T"])

Q(F, "A coil of 150 turns with area 20 cm^2 and total resistance 6.0 Ω has its ends joined. It is placed "
     "perpendicular to a magnetic field that rises steadily from 0 to 0.80 T in 0.050 s. What current flows in the coil?",
  {"number of turns": "150", "coil area": "20 cm^2", "coil resistance": "6.0 ohm", "initial field": "0 T",
   "final field": "0.80 T", "time": "0.050 s"},
  "induced current", "A", 150 * 20e-4 * 0.80 / 0.050 / 6.0, laws=2,
  solution="Faraday: emf = N A dB/dt = 150*0.002*0.8/0.05 = 4.8 V; I = emf/R = 0.80 A")

Q(F, "An ideal transformer in a phone charger steps 230 V mains down to 5.0 V; its primary coil has 2300 turns. When "
     "the secondary supplies 2.0 A, what current in mA flows in the primary?",
  {"primary voltage": "230 V", "secondary voltage": "5.0 V", "primary turns": "2300", "secondary current": "2.0 A"},
  "primary current", "mA", 5.0 * 2.0 / 230 * 1000, laws=1, irrelevant=["primary turns"],
  solution="ideal transformer: V_p I_p = V_s I_s -> I_p = 5*2/230 = 0.0435 A = 43.5 mA")

Q(F, "An airliner with a 35 m wingspan flies horizontally at 900 km/h where the vertical component of the Earth's "
     "magnetic field is 40 μT. What emf is induced between its wingtips?",
  {"wingspan": "35 m", "speed": "900 km/h", "vertical magnetic field": "40 microT"},
  "induced emf between wingtips", "V", 40e-6 * 35 * 250, laws=1,
  solution="motional emf = B L v = 40e-6*35*250 = 0.35 V")

EL = 0.5 * 15 * 400 ** 2
Q(F, "A superconducting MRI magnet has an inductance of 15 H and carries 400 A. If a quench dumps all of its stored "
     "energy into liquid helium (latent heat of vaporisation 20.9 kJ/kg, density 0.125 kg/L), how many litres of helium boil off?",
  {"inductance": "15 H", "current": "400 A", "latent heat of helium": "20.9 kJ/kg", "density of liquid helium": "0.125 kg/L"},
  "volume of helium boiled off", "L", EL / 20.9e3 / 0.125, laws=2,
  solution="U = L I^2/2 = 1.2e6 J; m = U/L_v = 57.4 kg; V = m/rho = 459 L")

Q(F, "A straight wire in a uniform 0.30 T magnetic field feels a magnetic force of 0.60 N. What current is flowing in the wire?",
  {"magnetic field": "0.30 T", "force on the wire": "0.60 N"},
  "current in the wire", "A", outcome="not derivable",
  solution="I = F/(B L sin theta); the length of wire in the field (and its angle) is not given.")

Q(F, "A proton travelling at 4.0 × 10^8 m/s enters a 1.0 T magnetic field perpendicular to its velocity. What is the radius of its path?",
  {"speed of the proton": "4.0e8 m/s", "magnetic field": "1.0 T"},
  "radius of the path", "m", outcome="ill-posed",
  solution="4.0e8 m/s exceeds the speed of light (3.0e8 m/s); no proton can move that fast.", assumptions=[A_C])

# ============================================================ MODERN / QUANTUM (12)
F = "modern/quantum"
Q(F, "A blue LED emits light of wavelength 450 nm. What is the energy of one of its photons, in eV?",
  {"wavelength": "450 nm"},
  "photon energy", "eV", HC_EVNM / 450, laws=1,
  solution="E = hc/lambda = 1239.84/450 = 2.76 eV", assumptions=[A_HC])

Q(F, "Ultraviolet light of wavelength 250 nm falls on a zinc plate whose work function is 4.3 eV. What is the "
     "maximum kinetic energy of the emitted electrons, in eV?",
  {"wavelength": "250 nm", "work function": "4.3 eV"},
  "maximum kinetic energy", "eV", HC_EVNM / 250 - 4.3, laws=2,
  solution="E = 1239.84/250 = 4.959 eV; K_max = E - phi = 0.66 eV", assumptions=[A_HC])

Q(F, "Sodium has a work function of 2.28 eV. What is the longest wavelength of light, in nm, that can eject electrons from it?",
  {"work function": "2.28 eV"},
  "threshold wavelength", "nm", HC_EVNM / 2.28, laws=1,
  solution="lambda_max = hc/phi = 1239.84/2.28 = 544 nm", assumptions=[A_HC])

Q(F, "Electrons in a simple electron-diffraction tube are accelerated from rest through 50 V. What is their de Broglie wavelength, in nm?",
  {"accelerating voltage": "50 V"},
  "de Broglie wavelength", "nm", h / math.sqrt(2 * m_e * e * 50) * 1e9, laws=2,
  solution="p = sqrt(2 m e V); lambda = h/p = 0.173 nm", assumptions=[A_H, A_ME, A_E])

lam32 = 1 / (RYD * (1 / 4 - 1 / 9)) * 1e9
Q(F, "A hydrogen atom drops from energy level 3 to energy level 2. What is the wavelength of the emitted photon, in nm?",
  {"initial energy level": "3", "final energy level": "2"},
  "wavelength of the emitted light", "nm", lam32, laws=1,
  solution="1/lambda = R(1/2^2 - 1/3^2) -> lambda = 656 nm (Balmer H-alpha)",
  assumptions=["Rydberg constant R = 1.0973731e7 /m (reduced-mass value 656.5 nm is within tolerance)"])

Q(F, "A hospital X-ray tube runs at 80 kV with a tube current of 5.0 mA. What is the shortest wavelength in its X-ray spectrum, in pm?",
  {"tube voltage": "80 kV", "tube current": "5.0 mA"},
  "minimum X-ray wavelength", "pm", HC_EVNM / 80e3 * 1000, laws=1, irrelevant=["tube current"],
  solution="Duane-Hunt: lambda_min = hc/(eV) = 1239.84 eV nm/80000 eV = 0.0155 nm = 15.5 pm", assumptions=[A_HC])

Q(F, "A 5.0 mW red laser pointer emits light of wavelength 650 nm. How many photons does it emit each second?",
  {"laser power": "5.0 mW", "wavelength": "650 nm"},
  "photons emitted per second", "1/s", 5e-3 / (h * c / 650e-9), laws=2,
  solution="E_photon = hc/lambda = 3.056e-19 J; N = P/E = 1.64e16 per second", assumptions=[A_H, A_C])

Q(F, "A thermal camera detects people by their infrared emission. At what wavelength, in micrometres, does a body at "
     "37 °C emit most strongly, and what is the energy of a photon at that wavelength, in meV?",
  {"body temperature": "37 degC"},
  "photon energy at the emission peak", "meV", HC_EVNM / (WIEN / 310.15 * 1e9) * 1e3, laws=2,
  solution="Wien: lambda_max = b/T = 2.898e-3/310.15 = 9.34e-6 m; E = hc/lambda = 1239.84 eV nm/9343 nm = 0.1327 eV = 132.7 meV",
  assumptions=["Wien constant b = 2.8978e-3 m K", A_HC])

Q(F, "X-rays of wavelength 20.0 pm are Compton-scattered by electrons in a detector and come out at 90°. What is the "
     "wavelength of the scattered X-rays, in pm?",
  {"incident wavelength": "20.0 pm", "scattering angle": "90 degree"},
  "scattered wavelength", "pm", 20.0 + h / (m_e * c) * 1e12, laws=1,
  solution="d_lambda = (h/m_e c)(1 - cos90) = 2.426 pm; lambda' = 22.43 pm", assumptions=[A_H, A_ME, A_C])

Q(F, "An electron is trapped in a one-dimensional box (infinite square well) 0.50 nm wide. What is its lowest possible energy, in eV?",
  {"width of the box": "0.50 nm"},
  "ground-state energy", "eV", h ** 2 / (8 * m_e * 0.5e-9 ** 2) / e, laws=1,
  solution="E1 = h^2/(8 m L^2) = 1.504 eV", assumptions=[A_H, A_ME])

Q(F, "When a metal surface is illuminated, the fastest photoelectrons leave with 1.2 eV of kinetic energy. What is the work function of the metal?",
  {"maximum kinetic energy": "1.2 eV"},
  "work function", "eV", outcome="not derivable",
  solution="phi = hf - K_max needs the frequency or wavelength of the light, which is not given.")

Q(F, "Light of wavelength 600 nm ejects photoelectrons from a metal with a maximum kinetic energy of 3.5 eV. What is the metal's work function?",
  {"wavelength": "600 nm", "maximum kinetic energy": "3.5 eV"},
  "work function", "eV", outcome="ill-posed",
  solution="A 600 nm photon carries only 2.07 eV, less than the claimed 3.5 eV kinetic energy; the work function would be "
           "negative, which is impossible.", assumptions=[A_HC])

# ============================================================ NUCLEAR (12)
F = "nuclear"
Q(F, "A patient is injected with 500 MBq of a technetium tracer whose half-life is 6.01 hours. What fraction of the "
     "tracer's original activity remains after 24 hours?",
  {"injected activity": "500 MBq", "half-life": "6.01 h", "elapsed time": "24 h"},
  "fraction of activity remaining", "dimensionless", 0.5 ** (24 / 6.01), laws=1, irrelevant=["injected activity"],
  solution="A/A0 = (1/2)^(24/6.01) = 0.0625")

Q(F, "Radioactive iodine used for thyroid treatment has a half-life of 8.02 days. How many days until a dose's activity falls to 10% of its initial value?",
  {"half-life": "8.02 days", "final fraction": "10 %"},
  "time to fall to 10%", "days", 8.02 * math.log2(10), laws=1,
  solution="t = T_half log2(1/0.10) = 8.02*3.3219 = 26.6 days")

Q(F, "A wooden tool from an archaeological site shows 30% of the radiocarbon activity of living wood. Radiocarbon has "
     "a half-life of 5730 years. How old is the tool?",
  {"remaining activity fraction": "30 %", "half-life": "5730 years"},
  "age of the tool", "years", 5730 * math.log2(1 / 0.30), laws=1,
  solution="t = T_half ln(1/0.30)/ln2 = 5730*1.737 = 9953 years")

NCo = 1e-6 / 60 * N_A
ACo = NCo * math.log(2) / (5.27 * YEAR)
Q(F, "A radiotherapy source contains 1.0 μg of cobalt-60 (molar mass 60 g/mol, half-life 5.27 years). What is its activity, in MBq?",
  {"mass of cobalt": "1.0 microgram", "molar mass of cobalt-60": "60 g/mol", "half-life": "5.27 years"},
  "activity", "MBq", ACo / 1e6, rel_tol=0.02, laws=2,
  solution="N = (1e-6/60)*N_A = 1.004e16; lambda = ln2/(5.27 yr) = 4.17e-9 /s; A = lambda N = 4.18e7 Bq = 41.8 MBq",
  assumptions=[A_NA, A_YR])

BE = (2 * 1.007825 + 2 * 1.008665 - 4.002602) * U_MEV
Q(F, "A helium nucleus is made of 2 protons and 2 neutrons. Using atomic masses of 4.002602 u for the helium atom, "
     "1.007825 u for a hydrogen atom and 1.008665 u for a neutron, what is the nucleus's total binding energy, in MeV?",
  {"number of protons": "2", "number of neutrons": "2", "mass of helium atom": "4.002602 u",
   "mass of hydrogen atom": "1.007825 u", "mass of neutron": "1.008665 u"},
  "binding energy", "MeV", BE, laws=1,
  solution="dm = 2*1.007825 + 2*1.008665 - 4.002602 = 0.030378 u; BE = 0.030378*931.494 = 28.3 MeV", assumptions=[A_U])

Efis = 1 / 235 * N_A * 200 * MEV
Q(F, "Each fission of a uranium nucleus (molar mass 235 g/mol) releases about 200 MeV. How much energy, in kWh, is "
     "released by fissioning 1.0 g of it?",
  {"molar mass of uranium": "235 g/mol", "energy per fission": "200 MeV", "mass fissioned": "1.0 g"},
  "energy released", "kWh", Efis / 3.6e6, laws=2,
  solution="N = (1/235)*N_A = 2.563e21 nuclei; E = N*200 MeV = 8.21e10 J = 2.28e4 kWh", assumptions=[A_NA, A_E])

Qa = (209.982874 - 205.974465 - 4.002602) * U_MEV
Ka = Qa * 205.974465 / (205.974465 + 4.002602)
Q(F, "A polonium atom (atomic mass 209.982874 u) at rest undergoes alpha decay into a lead atom (205.974465 u) and a "
     "helium atom (4.002602 u). What kinetic energy, in MeV, does the alpha particle carry away, accounting for the recoil of the lead?",
  {"mass of polonium atom": "209.982874 u", "mass of lead atom": "205.974465 u", "mass of helium atom": "4.002602 u"},
  "kinetic energy of the alpha particle", "MeV", Ka, laws=2,
  solution="Q = (209.982874 - 205.974465 - 4.002602)*931.494 = 5.41 MeV; momentum conservation: "
           "K_alpha = Q m_Pb/(m_Pb + m_alpha) = 5.31 MeV", assumptions=[A_U])

Q(F, "During a radiotherapy session, a 70 kg patient's body absorbs 0.35 J of radiation energy spread evenly through "
     "the body. What is the average absorbed dose, in mGy?",
  {"mass of the patient": "70 kg", "energy absorbed": "0.35 J"},
  "absorbed dose", "mGy", 0.35 / 70 * 1000, laws=1,
  solution="D = E/m = 0.35/70 = 0.005 Gy = 5.0 mGy")

Q(F, "Using the empirical rule that a nucleus's radius equals r0 times the cube root of its mass number, with r0 = 1.2 fm, what is the radius of an iron nucleus with mass number 56, in fm?",
  {"r0": "1.2 fm", "mass number": "56"},
  "nuclear radius", "fm", 1.2 * 56 ** (1 / 3), laws=1,
  solution="R = 1.2*56^(1/3) = 1.2*3.826 = 4.59 fm")

Q(F, "A 75 kg patient receives a PET tracer with an activity of 370 MBq. The fluorine isotope in the tracer "
     "has a half-life of 110 minutes. What is the activity three hours later, in MBq?",
  {"mass of the patient": "75 kg", "initial activity": "370 MBq", "half-life": "110 min", "elapsed time": "3 h"},
  "activity after three hours", "MBq", 370 * 0.5 ** (180 / 110), laws=1, irrelevant=["mass of the patient"],
  solution="A = 370*(1/2)^(180/110) = 119 MBq")

Q(F, "The activity of a freshly prepared radioactive sample drops to 40% of its starting value. What is the half-life of the isotope?",
  {"remaining activity fraction": "40 %"},
  "half-life", "h", outcome="not derivable",
  solution="T_half = t ln2/ln(1/0.4) needs the elapsed time, which is not given.")

Q(F, "Two radioactive sources sit in a lead box. One has a half-life of 5 hours and the other 15 hours; one starts "
     "with an activity of 400 kBq and the other with 100 kBq. After how many hours will their activities be equal?",
  {"half-life of one source": "5 h", "half-life of the other source": "15 h", "initial activity of one source": "400 kBq",
   "initial activity of the other source": "100 kBq"},
  "time until equal activities", "h", outcome="ambiguous",
  solution="If the 400 kBq source has the 5 h half-life: 4 = 2^(2t/15) -> t = 15 h. If it has the 15 h half-life, the "
           "weaker source also decays faster and the activities are never equal. The pairing is not stated.")

# ============================================================ RELATIVITY (12)
F = "relativity"
gm = gamma(0.995)
Q(F, "Muons have a mean lifetime of 2.197 μs at rest. For muons moving at 0.995c through a particle detector, what "
     "mean lifetime does the lab measure, in μs?",
  {"rest lifetime": "2.197 microsecond", "speed": "0.995 c"},
  "lab-frame lifetime", "microsecond", 2.197 * gm, laws=1,
  solution="gamma = 1/sqrt(1 - 0.995^2) = 10.01; t = gamma*tau = 22.0 microsecond")

Q(F, "Cosmic-ray muons (rest lifetime 2.197 μs) are created high in the atmosphere moving at 0.995c. On average, how "
     "far do they travel in Earth's frame before decaying, in km?",
  {"rest lifetime": "2.197 microsecond", "speed": "0.995 c"},
  "mean distance travelled", "km", gm * 2.197e-6 * 0.995 * c / 1e3, laws=2,
  solution="lab lifetime = gamma tau = 22.0 microsecond; d = v*gamma*tau = 0.995c*22.0e-6 = 6.56 km", assumptions=[A_C])

Q(F, "A spaceship that is 120 m long when measured at rest flies past a space buoy at 0.80c. According to a clock on "
     "the buoy, how many microseconds does the ship take to pass it, nose to tail?",
  {"rest length": "120 m", "speed": "0.80 c"},
  "time for the ship to pass the buoy", "microsecond", 120 / gamma(0.8) / (0.8 * c) * 1e6, laws=2,
  solution="contracted length L = 120*sqrt(1 - 0.64) = 72 m; t = L/v = 72/(0.8*2.998e8) = 3.00e-7 s = 0.300 microsecond",
  assumptions=[A_C])

vg = 3874.0
Q(F, "A GPS satellite orbits at an altitude of 20,200 km with a speed of 3.874 km/s. Considering special-relativistic "
     "time dilation only, by how many microseconds per day does its clock fall behind a clock on the ground?",
  {"altitude of the satellite": "20200 km", "orbital speed": "3.874 km/s"},
  "daily time lag", "microsecond", 86400 * (1 - math.sqrt(1 - (vg / c) ** 2)) * 1e6, laws=1,
  irrelevant=["altitude of the satellite"],
  solution="dt = 86400 s * (1 - sqrt(1 - v^2/c^2)) ~ 86400*v^2/(2c^2) = 7.2 microsecond", assumptions=[A_C])

E_tot = 2.0 + ME_MEV
Q(F, "An electron in a particle detector has a kinetic energy of 2.0 MeV. What is its momentum, in MeV/c?",
  {"kinetic energy": "2.0 MeV"},
  "momentum", "MeV/c", math.sqrt(E_tot ** 2 - ME_MEV ** 2), laws=2,
  solution="E = K + mc^2 = 2.511 MeV; pc = sqrt(E^2 - (mc^2)^2) = 2.46 MeV", assumptions=["m_e c^2 = 0.511 MeV"])

gk = 1 + 1.0 / ME_MEV
Q(F, "What fraction of the speed of light does an electron have after being given 1.0 MeV of kinetic energy?",
  {"kinetic energy": "1.0 MeV"},
  "speed as a fraction of c", "dimensionless", math.sqrt(1 - 1 / gk ** 2), laws=2,
  solution="gamma = 1 + K/mc^2 = 2.957; beta = sqrt(1 - 1/gamma^2) = 0.941", assumptions=["m_e c^2 = 0.511 MeV"])

Q(F, "A power plant delivers 1.0 TWh of energy. How many grams of mass does this energy correspond to?",
  {"energy delivered": "1.0 TWh"},
  "equivalent mass", "g", 1e12 * 3600 / c ** 2 * 1000, laws=1,
  solution="E = 3.6e15 J; m = E/c^2 = 0.0401 kg = 40.1 g", assumptions=[A_C])

Q(F, "A spaceship moving away from Earth at 0.60c launches a probe forward at 0.50c relative to the ship. How fast is "
     "the probe moving relative to Earth, as a fraction of c?",
  {"speed of the ship": "0.60 c", "speed of the probe relative to the ship": "0.50 c"},
  "speed of the probe relative to Earth", "dimensionless", (0.6 + 0.5) / (1 + 0.3), laws=1,
  solution="u = (0.6 + 0.5)/(1 + 0.6*0.5) = 0.846 c")

Q(F, "An astronaut travels one-way to Proxima Centauri, 4.24 light-years from Earth, at a steady 0.90c. How many "
     "years pass on the astronaut's own clock during the trip?",
  {"distance to the star": "4.24 ly", "speed": "0.90 c"},
  "proper time of the trip", "years", 4.24 / 0.90 / gamma(0.9), laws=2,
  solution="Earth time = 4.24/0.9 = 4.711 yr; tau = t/gamma = 4.711*0.4359 = 2.05 yr")

Q(F, "A proton in an accelerator moves at 0.90c. What is its kinetic energy, in MeV?",
  {"speed": "0.90 c"},
  "kinetic energy", "MeV", (gamma(0.9) - 1) * MP_MEV, laws=1,
  solution="K = (gamma - 1) m c^2 = (2.294 - 1)*938.27 = 1214 MeV", assumptions=["m_p c^2 = 938.27 MeV"])

Q(F, "A spaceship passes Earth, and its onboard clock shows that 10 minutes elapse. How much time passes on Earth in the same interval?",
  {"onboard elapsed time": "10 min"},
  "Earth elapsed time", "min", outcome="not derivable",
  solution="t = gamma tau requires the ship's speed, which is not given.")

Q(F, "A cosmic-ray proton has a total energy of 500 MeV. How fast is it moving?",
  {"total energy": "500 MeV"},
  "speed of the proton", "m/s", outcome="ill-posed",
  solution="A proton's total energy can never be below its rest energy of 938 MeV; 500 MeV total energy is impossible.",
  assumptions=["m_p c^2 = 938.27 MeV"])

# ============================================================ ASTRONOMY / GRAVITATION (12)
F = "astronomy/gravitation"
Q(F, "The Earth is 1.00 AU from the Sun. How many minutes does sunlight take to reach us?",
  {"Earth-Sun distance": "1.00 AU"},
  "light travel time", "min", AU / c / 60, laws=1,
  solution="t = d/c = 1.496e11/2.998e8 = 499 s = 8.32 min", assumptions=[A_C, "1 AU = 1.495978707e11 m"])

rISS = 6.371e6 + 420e3
MEARTH = 5.972e24
Q(F, "The International Space Station orbits 420 km above the Earth's surface. Taking the Earth's mass as "
     "5.972 × 10^24 kg and its radius as 6371 km, what is the orbital period in minutes?",
  {"altitude of the ISS": "420 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
  "orbital period", "min", 2 * PI * math.sqrt(rISS ** 3 / (G * MEARTH)) / 60, laws=2,
  solution="GMm/r^2 = m(2pi/T)^2 r -> T = 2 pi sqrt(r^3/GM), r = 6791 km; T = 5571 s = 92.9 min", assumptions=[A_GRAV])

Tsid = 23.93 * 3600
rgeo = (G * MEARTH * Tsid ** 2 / (4 * PI ** 2)) ** (1 / 3)
Q(F, "A communications satellite must stay above the same point on the equator, orbiting once every 23.93 hours. "
     "With the Earth's mass 5.972 × 10^24 kg and radius 6371 km, at what altitude above the surface must it orbit, in km?",
  {"orbital period": "23.93 h", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
  "altitude of the orbit", "km", (rgeo - 6.371e6) / 1e3, laws=2,
  solution="r = (G M T^2/(4 pi^2))^(1/3) = 42,160 km; altitude = r - R = 35,790 km", assumptions=[A_GRAV])

gmars = G * 6.42e23 / 3.39e6 ** 2
Q(F, "Mars has a mass of 6.42 × 10^23 kg and a radius of 3390 km. What would an 80 kg astronaut weigh on its surface?",
  {"mass of Mars": "6.42e23 kg", "radius of Mars": "3390 km", "mass of the astronaut": "80 kg"},
  "weight on Mars", "N", 80 * gmars, laws=2,
  solution="g_Mars = G M/R^2 = 3.73 m/s^2; W = m g = 298 N", assumptions=[A_GRAV])

Q(F, "A 2000 kg lunar ascent vehicle lifts off from the Moon (mass 7.35 × 10^22 kg, radius 1737 km). What is the "
     "escape speed from the lunar surface, in km/s?",
  {"mass of the vehicle": "2000 kg", "mass of the Moon": "7.35e22 kg", "radius of the Moon": "1737 km"},
  "escape speed", "km/s", math.sqrt(2 * G * 7.35e22 / 1.737e6) / 1e3, laws=1, irrelevant=["mass of the vehicle"],
  solution="v = sqrt(2GM/R) = sqrt(2*6.674e-11*7.35e22/1.737e6) = 2.38 km/s", assumptions=[A_GRAV])

Q(F, "An asteroid orbits the Sun on an ellipse with a semi-major axis of 2.8 AU. How many years does one orbit take?",
  {"semi-major axis": "2.8 AU"},
  "orbital period", "years", 2.8 ** 1.5, laws=1,
  solution="Kepler's third law in solar units: T^2 = a^3 -> T = 2.8^1.5 = 4.69 years")

tprox = 4.24 * LY / (60000 / 3.6) / YEAR
Q(F, "Proxima Centauri is 4.24 light-years away. How many years would a 500 kg probe travelling at a constant "
     "60,000 km/h take to get there?",
  {"distance to the star": "4.24 ly", "mass of the probe": "500 kg", "speed of the probe": "60000 km/h"},
  "travel time", "years", tprox, laws=1, irrelevant=["mass of the probe"],
  solution="d = 4.24*9.461e15 = 4.011e16 m; v = 16,667 m/s; t = 2.407e12 s = 76,300 years",
  assumptions=[A_C, A_YR])

Q(F, "Two cargo ships, each of mass 5.0 × 10^7 kg, pass each other with their centres 200 m apart. What is the "
     "gravitational attraction between them?",
  {"mass of each ship": "5.0e7 kg", "centre-to-centre distance": "200 m"},
  "gravitational force", "N", G * 5e7 ** 2 / 200 ** 2, laws=1,
  solution="F = G m^2/r^2 = 6.674e-11*2.5e15/4e4 = 4.17 N", assumptions=[A_GRAV])

Q(F, "Sunlight arrives at the Earth, 1.00 AU from the Sun, with an intensity of 1361 W/m^2. What is the total power output of the Sun?",
  {"Earth-Sun distance": "1.00 AU", "solar intensity at Earth": "1361 W/m^2"},
  "solar luminosity", "W", 4 * PI * AU ** 2 * 1361, laws=1,
  solution="L = 4 pi d^2 I = 4pi(1.496e11)^2*1361 = 3.83e26 W", assumptions=["1 AU = 1.495978707e11 m"])

Q(F, "The Earth circles the Sun once every 365.25 days at a distance of 1.00 AU. Treating the orbit as circular, what is the Sun's mass?",
  {"orbital period of the Earth": "365.25 days", "Earth-Sun distance": "1.00 AU"},
  "mass of the Sun", "kg", 4 * PI ** 2 * AU ** 3 / (G * (365.25 * 86400) ** 2), laws=2,
  solution="GM/r^2 = (2pi/T)^2 r -> M = 4 pi^2 r^3/(G T^2) = 1.99e30 kg", assumptions=[A_GRAV, "1 AU = 1.495978707e11 m"])

Q(F, "A moon orbits a distant planet in a circular orbit once every 3.5 days. What is the mass of the planet?",
  {"orbital period of the moon": "3.5 days"},
  "mass of the planet", "kg", outcome="not derivable",
  solution="M = 4 pi^2 r^3/(G T^2) needs the orbital radius, which is not given.")

Q(F, "A satellite is put into a circular orbit around the Earth at a radius of 5000 km from the Earth's centre. The "
     "Earth's radius is 6371 km and its mass 5.972 × 10^24 kg. What is the orbital period?",
  {"orbital radius": "5000 km", "radius of the Earth": "6371 km", "mass of the Earth": "5.972e24 kg"},
  "orbital period", "min", outcome="ill-posed",
  solution="An orbit of radius 5000 km lies inside the Earth (radius 6371 km); no such orbit is possible.")

# ============================================================ finalize
assert len(Qs) == 150, len(Qs)
out = []
for i, q in enumerate(Qs, 1):
    d = {"id": "q10l-%03d" % i}
    d.update(q)
    out.append(d)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "batch_l.json"), "w") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)

from collections import Counter
print(Counter(q["outcome"] for q in out))
print(Counter(q["field"] for q in out))
vals = [q for q in out if q["outcome"] == "value"]
print("value questions with laws>=2:", sum(q["laws"] >= 2 for q in vals), "of", len(vals))
print("with irrelevant givens:", sum(bool(q["irrelevant"]) for q in out))
for q in out:
    exp = "%.5g" % q["expected"] if q["expected"] is not None else "-"
    print(q["id"], q["field"][:12].ljust(12), q["outcome"][:5], exp.rjust(11), q["unit"], "|", q["find"])
