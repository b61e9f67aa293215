#!/usr/bin/env python3
"""Blind test batch r: computes expected values independently and writes batch_r.json.
Constants: CODATA 2018; g = 9.81 m/s^2 unless a question says otherwise."""
import json, math, os

# ---- constants (CODATA 2018 exact / recommended) ----
c = 299792458.0
h = 6.62607015e-34
e = 1.602176634e-19
kB = 1.380649e-23
NA = 6.02214076e23
G = 6.67430e-11
me = 9.1093837015e-31
mp = 1.67262192369e-27
u = 1.66053906660e-27
u_MeV = 931.49410242
eps0 = 8.8541878128e-12
mu0 = 1.25663706212e-6
sigma = 5.670374419e-8
Rgas = 8.314462618
b_wien = 2.897771955e-3
Rinf = 10973731.568160
g = 9.81
year = 365.25 * 86400.0
au = 1.495978707e11
ly = c * year
pc = au * 648000.0 / math.pi
Mpc = 1e6 * pc
atm = 101325.0
psi = 6894.757293168361
cal = 4.184
eV = e
MeV = 1e6 * e
hc_eVnm = h * c / e * 1e9
rad = math.radians
deg = math.degrees
ln2 = math.log(2)
T0 = 273.15

def sig6(x):
    if x is None:
        return None
    if x == 0:
        return 0.0
    return float(f"{x:.6g}")

Q = []

def q(field, text, given, find, unit, value, outcome="value", laws=1,
      irrelevant=None, solution="", assumptions=None, rel_tol=0.01):
    Q.append({
        "id": f"q10r-{len(Q)+1:03d}",
        "field": field,
        "text": text,
        "given": given,
        "find": find,
        "unit": unit,
        "expected": sig6(value) if outcome == "value" else None,
        "outcome": outcome,
        "rel_tol": rel_tol,
        "laws": laws,
        "irrelevant": irrelevant or [],
        "solution": solution,
        "assumptions": assumptions or [],
    })

ND, IP, AMB = "not derivable", "ill-posed", "ambiguous"
G981 = "g = 9.81 m/s^2"

# =====================================================================
# MECHANICS
# =====================================================================
F = "mechanics"
v = 100 / 3.6
a = v / 2.6
q(F, "During a standing-start test at a motor-racing circuit, a single-seater goes from rest to 100 km/h in 2.6 s on a straight, level stretch of track. Assuming the acceleration is uniform, what is it?",
  {"final speed of the car": "100 km/h", "time taken": "2.6 s"},
  "acceleration of the car", "m/s^2", a, laws=1,
  solution=f"a = v/t = {v:.4f} m/s / 2.6 s = {a:.4f} m/s^2",
  assumptions=["uniform acceleration from rest"])

E_loss = 25 * g * 2.4 - 0.5 * 25 * 4.5**2
q(F, "A 25 kg child starts from rest at the top of a playground slide whose top is 2.4 m above the bottom end. The slide is 4.0 m long and the child reaches the bottom moving at 4.5 m/s. How much mechanical energy was turned into heat by friction on the way down?",
  {"mass of the child": "25 kg", "height of the slide": "2.4 m", "length of the slide": "4.0 m", "speed at the bottom": "4.5 m/s"},
  "energy dissipated by friction", "J", E_loss, laws=2, irrelevant=["length of the slide"],
  solution=f"E = mgh - mv^2/2 = {25*g*2.4:.2f} - {0.5*25*4.5**2:.3f} = {E_loss:.3f} J",
  assumptions=[G981, "child starts from rest"])

T = 30 * g * (3 - 2 * math.cos(rad(40)))
q(F, "A 30 kg child sits on a playground swing whose chains are 2.2 m long. A parent pulls the swing back until the chains make 40° with the vertical and lets go. What is the total tension in the chains as the swing passes through its lowest point? Treat the child as a point mass and ignore the seat's mass and air resistance.",
  {"mass of the child": "30 kg", "length of the chains": "2.2 m", "release angle from the vertical": "40 degree"},
  "tension in the chains at the lowest point", "N", T, laws=2, irrelevant=["length of the chains"],
  solution=f"v^2 = 2gL(1-cos40); T = mg + mv^2/L = mg(3 - 2cos40) = {T:.2f} N (L cancels)",
  assumptions=[G981, "point mass, massless seat and chains, no air resistance"])

hmax = (22 * math.sin(rad(50)))**2 / (2 * g)
q(F, "A firefighter aims a hose so that water leaves the 2.5 cm nozzle at 22 m/s, directed 50° above the horizontal. Ignoring air resistance, how high above the nozzle does the stream rise?",
  {"speed of the water leaving the nozzle": "22 m/s", "angle of the nozzle above the horizontal": "50 degree", "nozzle diameter": "2.5 cm"},
  "maximum height of the stream above the nozzle", "m", hmax, laws=1, irrelevant=["nozzle diameter"],
  solution=f"h = (v sin50)^2/(2g) = {hmax:.3f} m",
  assumptions=[G981, "no air resistance"])

acc = 95e3 / 38e3
d = (54 / 3.6)**2 / (2 * acc)
q(F, "A 38-tonne tram travelling at 54 km/h has to make an emergency stop. Its brakes supply a constant retarding force of 95 kN. How far does the tram travel before stopping?",
  {"mass of the tram": "38 tonne", "initial speed": "54 km/h", "braking force": "95 kN"},
  "stopping distance", "m", d, laws=2,
  solution=f"a = F/m = {acc:.3f} m/s^2; d = v^2/(2a) = 15^2/(2*{acc}) = {d:.3f} m",
  assumptions=["constant braking force, level track"])

P = (4200 + 2000) * g * 350 / 70 / 0.85
q(F, "A mine hoist lifts a 4200 kg cage carrying 2.0 tonnes of ore up a 350 m vertical shaft at constant speed in 70 s. If the hoist motor is 85% efficient, what electrical power does it draw during the lift?",
  {"mass of the cage": "4200 kg", "mass of the ore": "2.0 tonne", "depth of the shaft": "350 m", "time for the lift": "70 s", "motor efficiency": "85 percent"},
  "electrical power drawn by the motor", "kW", P / 1e3, laws=2,
  solution=f"P_mech = (m_total g h)/t = {6200*g*350/70:.1f} W; P_el = P_mech/0.85 = {P:.1f} W",
  assumptions=[G981, "constant speed, cable mass and friction neglected"])

I = 3 * (1 / 3) * 17e3 * 60**2
w = 14 * 2 * math.pi / 60
KE = 0.5 * I * w**2
q(F, "A wind turbine has three blades, each 60 m long with a mass of 17 tonnes. Modelling each blade as a thin uniform rod pivoted at one end, find the rotational kinetic energy of the rotor when it turns at 14 rpm.",
  {"number of blades": "3 dimensionless", "length of each blade": "60 m", "mass of each blade": "17 tonne", "rotation rate": "14 rpm"},
  "rotational kinetic energy of the rotor", "MJ", KE / 1e6, laws=2,
  solution=f"I = 3*(1/3)mL^2 = {I:.4g} kg m^2; w = {w:.5f} rad/s; KE = Iw^2/2 = {KE:.4g} J",
  assumptions=["blades are thin uniform rods rotating about one end", "hub neglected"])

vb = math.sqrt(g * 200 * math.tan(rad(18)))
q(F, "A corner on a motor-racing oval has a radius of 200 m and is banked at 18° to the horizontal. At what speed can a car take the corner with no sideways friction needed from the tyres?",
  {"radius of the corner": "200 m", "banking angle above the horizontal": "18 degree"},
  "design speed of the corner", "km/h", vb * 3.6, laws=2,
  solution=f"tan(theta) = v^2/(rg) -> v = sqrt(rg tan18) = {vb:.3f} m/s = {vb*3.6:.3f} km/h",
  assumptions=[G981, "no friction needed"])

alpha = (0.5 * 2 * math.pi / 60) / 8
tau = 3.5e4 * alpha
q(F, "The 12 m diameter dome of an observatory has a moment of inertia of 3.5 × 10^4 kg·m² about its vertical axis. Its drive motor brings it from rest to 0.5 rpm in 8.0 s. What constant net torque does this require?",
  {"moment of inertia of the dome": "3.5e4 kg*m^2", "final rotation rate": "0.5 rpm", "time to reach that rate": "8.0 s", "diameter of the dome": "12 m"},
  "net torque on the dome", "N*m", tau, laws=2, irrelevant=["diameter of the dome"],
  solution=f"alpha = w/t = {alpha:.6f} rad/s^2; tau = I alpha = {tau:.2f} N m",
  assumptions=["uniform angular acceleration"])

Fk = 50 * g * (math.sin(rad(15)) + 0.30 * math.cos(rad(15)))
q(F, "A brewery worker pushes a 50 kg keg up a loading ramp inclined at 15° above the horizontal. The coefficient of kinetic friction between keg and ramp is 0.30. What force, applied parallel to the ramp, keeps the keg sliding up at constant speed?",
  {"mass of the keg": "50 kg", "ramp angle above the horizontal": "15 degree", "coefficient of kinetic friction": "0.30 dimensionless"},
  "push force parallel to the ramp", "N", Fk, laws=2,
  solution=f"F = mg(sin15 + mu cos15) = {Fk:.2f} N",
  assumptions=[G981])

vf = 20 * 1.5 / 35
dKE = 0.5 * 20e3 * 1.5**2 - 0.5 * 35e3 * vf**2
q(F, "In a tram depot a 20-tonne tram car rolling at 1.5 m/s runs into a stationary 15-tonne car and the two couple together. How much kinetic energy is lost in the coupling?",
  {"mass of the moving car": "20 tonne", "speed of the moving car": "1.5 m/s", "mass of the stationary car": "15 tonne"},
  "kinetic energy lost in the coupling", "kJ", dKE / 1e3, laws=2,
  solution=f"v' = m1 v/(m1+m2) = {vf:.5f} m/s; dKE = {0.5*20e3*2.25:.0f} - {0.5*35e3*vf**2:.1f} = {dKE:.1f} J",
  assumptions=["perfectly inelastic collision, level track, no external horizontal forces"])

ds = 3.0**2 / (2 * 0.08 * g)
q(F, "In a cold store kept at −25 °C, a 40 kg crate is given a shove across the frosty floor and starts sliding at 3.0 m/s. The coefficient of kinetic friction between crate and floor is 0.08. How far does the crate slide before it stops?",
  {"initial speed of the crate": "3.0 m/s", "coefficient of kinetic friction": "0.08 dimensionless", "mass of the crate": "40 kg", "air temperature in the store": "-25 degC"},
  "sliding distance", "m", ds, laws=2, irrelevant=["mass of the crate", "air temperature in the store"],
  solution=f"a = mu g = {0.08*g:.4f} m/s^2; d = v^2/(2 mu g) = {ds:.4f} m",
  assumptions=[G981, "level floor"])

q(F, "A 30 kg child runs at 4.0 m/s along a line tangent to the rim of a stationary playground merry-go-round of radius 1.5 m and jumps onto the rim. With what angular speed does the merry-go-round (with the child) start to turn?",
  {"mass of the child": "30 kg", "running speed of the child": "4.0 m/s", "radius of the merry-go-round": "1.5 m"},
  "angular speed after the child jumps on", "rad/s", None, outcome=ND, laws=2,
  solution="Angular momentum conservation: m v R = (I + m R^2) w. The moment of inertia (or mass and shape) of the merry-go-round is not given, so w cannot be found.",
  assumptions=["frictionless axle"])

q(F, "A 20 kg child starts from rest at the top of a playground slide 2.0 m high and, even though friction acts on the slide, reaches the bottom at 8.0 m/s. How much work did friction do on the child?",
  {"mass of the child": "20 kg", "height of the slide": "2.0 m", "speed at the bottom": "8.0 m/s"},
  "work done by friction", "J", None, outcome=IP, laws=2,
  solution=f"Even without friction the maximum speed is sqrt(2gh) = {math.sqrt(2*g*2):.2f} m/s < 8.0 m/s; with friction acting the stated speed is impossible (friction would have to do positive work of {0.5*20*64-20*g*2:.0f} J).",
  assumptions=[G981])

W1 = 800 * 25 * math.cos(rad(30)); W2 = 800 * 25 * math.cos(rad(60))
q(F, "An ore cart in a mine is hauled 25 m along a straight, level track by a cable with a tension of 800 N. The cable is inclined at 30°. How much work does the cable do on the cart?",
  {"tension in the cable": "800 N", "angle of the cable": "30 degree", "distance moved": "25 m"},
  "work done by the cable", "kJ", None, outcome=AMB, laws=1,
  solution=f"The reference of the 30° is not stated. Measured from the track (horizontal): W = 800*25*cos30 = {W1/1e3:.3f} kJ. Measured from the vertical: W = 800*25*cos60 = {W2/1e3:.3f} kJ.",
  assumptions=["constant tension"])

# =====================================================================
# THERMODYNAMICS
# =====================================================================
F = "thermodynamics"
Qw = 0.5 * 1040 * 3900 * 80
t = Qw / 50e3
q(F, "A brewery heats 500 L of wort from 20 °C to boiling at 100 °C with a 50 kW electric heater. The wort has a density of 1040 kg/m³ and a specific heat of 3.9 kJ/(kg·K). Ignoring heat losses, how long does the heating take?",
  {"volume of wort": "500 L", "density of the wort": "1040 kg/m^3", "specific heat of the wort": "3.9 kJ/(kg*K)", "initial temperature": "20 degC", "final temperature": "100 degC", "heater power": "50 kW"},
  "heating time", "min", t / 60, laws=2,
  solution=f"m = rho V = 520 kg; Q = m c dT = {Qw:.4g} J; t = Q/P = {t:.1f} s = {t/60:.3f} min",
  assumptions=["no heat losses"])

Pmin = 12 * (30 - (-20)) / (273.15 - 20)
q(F, "The cold room of a cold-storage warehouse is held at −20 °C while its refrigeration plant rejects heat to the outside air at 30 °C. Heat leaks into the room at a rate of 12 kW. What is the minimum electrical power the refrigeration plant needs to keep the room at temperature?",
  {"rate of heat leaking into the room": "12 kW", "cold room temperature": "-20 degC", "outside temperature": "30 degC"},
  "minimum electrical power", "kW", Pmin, laws=2,
  solution=f"COP_max = Tc/(Th - Tc) = 253.15/50 = {253.15/50:.4f}; P = 12 kW / COP = {Pmin:.4f} kW",
  assumptions=["ideal (Carnot) refrigerator"])

Prad = 0.90 * sigma * 150e-4 * ((1100 + T0)**4 - (25 + T0)**4)
q(F, "A glassblower pulls a glowing gob of glass at 1100 °C out of the furnace. Its surface area is 150 cm² and its emissivity is 0.90. The workshop walls are at 25 °C. At what net rate does the gob lose energy by radiation?",
  {"temperature of the glass": "1100 degC", "surface area of the gob": "150 cm^2", "emissivity": "0.90 dimensionless", "temperature of the surroundings": "25 degC"},
  "net radiated power", "W", Prad, laws=1,
  solution=f"P = e sigma A (T^4 - Ts^4) with T = 1373.15 K, Ts = 298.15 K: P = {Prad:.1f} W",
  assumptions=["Stefan-Boltzmann constant 5.670374419e-8 W/(m^2 K^4)"])

Pf = 15 * (4186 * 88 + 2.26e6)
q(F, "A fire hose delivers 15 kg of water per second at 12 °C onto a blaze. If all of the water is heated to 100 °C and boiled away, how much heat does it absorb from the fire each second?",
  {"mass flow rate of water": "15 kg/s", "initial water temperature": "12 degC"},
  "rate of heat absorption", "MW", Pf / 1e6, laws=2,
  solution=f"Per kg: c dT + L = 4186*88 + 2.26e6 = {4186*88+2.26e6:.0f} J; times 15 kg/s = {Pf/1e6:.4f} MW",
  assumptions=["specific heat of water 4186 J/(kg K)", "latent heat of vaporisation 2.26e6 J/kg", "boils at 100 degC"])

Tf = (0.12 * 385 * 95 + 0.2 * 4186 * 20) / (0.12 * 385 + 0.2 * 4186)
Qcal = 0.2 * 4186 * (Tf - 20) / cal
q(F, "In a school chemistry lab, a 120 g copper block heated to 95 °C is dropped into 200 g of water at 20 °C in an insulated cup of negligible heat capacity. How much heat, in calories, does the water gain by the time equilibrium is reached? Take the specific heat of copper as 385 J/(kg·K).",
  {"mass of the copper block": "120 g", "initial temperature of the copper": "95 degC", "mass of the water": "200 g", "initial temperature of the water": "20 degC", "specific heat of copper": "385 J/(kg*K)"},
  "heat gained by the water", "cal", Qcal, laws=2,
  solution=f"T_f = (m_c c_c T_c + m_w c_w T_w)/(m_c c_c + m_w c_w) = {Tf:.4f} degC; Q = m_w c_w (T_f - 20) = {0.2*4186*(Tf-20):.1f} J = {Qcal:.1f} cal",
  assumptions=["specific heat of water 4186 J/(kg K)", "1 cal = 4.184 J", "no heat loss"])

n = 200e5 * 12e-3 / (Rgas * (20 + T0))
mair = n * 28.97e-3
q(F, "A diver's 12 L steel scuba cylinder holds air at an absolute pressure of 200 bar and a temperature of 20 °C. Treating the air as an ideal gas with molar mass 28.97 g/mol, what mass of air is in the cylinder?",
  {"volume of the cylinder": "12 L", "absolute pressure": "200 bar", "temperature": "20 degC", "molar mass of air": "28.97 g/mol"},
  "mass of air in the cylinder", "kg", mair, laws=2,
  solution=f"n = PV/(RT) = {n:.3f} mol; m = n M = {mair:.4f} kg",
  assumptions=["ideal gas", "R = 8.314462618 J/(mol K)"])

Qi = 5 * (4186 * 15 + 3.34e5 + 2100 * 10)
Eel = Qi / 3.0 / 3.6e6
q(F, "An ice machine in a fish market's cold store turns 5.0 kg of water at 15 °C into ice at −10 °C. Its coefficient of performance is 3.0. How much electrical energy does it use?",
  {"mass of water": "5.0 kg", "initial water temperature": "15 degC", "final ice temperature": "-10 degC", "coefficient of performance": "3.0 dimensionless"},
  "electrical energy used", "kWh", Eel, laws=2,
  solution=f"Q = m(c_w*15 + L_f + c_ice*10) = {Qi:.0f} J; W = Q/COP = {Qi/3:.0f} J = {Eel:.5f} kWh",
  assumptions=["c_water = 4186 J/(kg K)", "L_f = 3.34e5 J/kg", "c_ice = 2100 J/(kg K)"])

dL = 12e-6 * 25 * 35
q(F, "Steel tram rails, each 25 m long, are laid on a day when the temperature is 10 °C. How wide a gap must be left between neighbouring rails so that they just touch on a hot day at 45 °C? The linear expansion coefficient of the steel is 1.2 × 10⁻⁵ per kelvin.",
  {"length of each rail": "25 m", "laying temperature": "10 degC", "hottest temperature": "45 degC", "linear expansion coefficient of steel": "1.2e-5 1/K"},
  "width of the gap", "mm", dL * 1e3, laws=1,
  solution=f"dL = alpha L dT = 1.2e-5*25*35 = {dL*1e3:.3f} mm",
  assumptions=["rails free to expand lengthwise"])

KEb = 0.5 * 800 * ((300 / 3.6)**2 - (80 / 3.6)**2)
dT = 0.9 * KEb / (4 * 6.0 * 710)
q(F, "An 800 kg racing car brakes from 300 km/h to 80 km/h at the end of a straight. 90% of the lost kinetic energy goes into its four carbon brake discs, each of mass 6.0 kg and specific heat 710 J/(kg·K). By how much does the temperature of the discs rise, assuming the heat is shared equally and none escapes during the stop?",
  {"mass of the car": "800 kg", "initial speed": "300 km/h", "final speed": "80 km/h", "fraction of energy into the discs": "90 percent", "mass of each disc": "6.0 kg", "specific heat of the discs": "710 J/(kg*K)"},
  "temperature rise of the discs", "K", dT, laws=2,
  solution=f"dKE = m(v1^2 - v2^2)/2 = {KEb:.0f} J; 0.9 dKE = 4 m_d c dT -> dT = {dT:.3f} K",
  assumptions=["four discs share the heat equally", "no heat loss during the stop"])

Pc = 0.80 * 1.2 * 20 / 0.012
q(F, "The lantern room at the top of a 35 m lighthouse has a glass pane of area 1.2 m² and thickness 12 mm. The glass has thermal conductivity 0.80 W/(m·K). The inner surface of the glass is at 18 °C and the outer surface at −2 °C. At what rate does heat flow through the pane by conduction?",
  {"height of the lighthouse": "35 m", "area of the pane": "1.2 m^2", "thickness of the glass": "12 mm", "thermal conductivity of the glass": "0.80 W/(m*K)", "inner surface temperature": "18 degC", "outer surface temperature": "-2 degC"},
  "rate of heat conduction", "W", Pc, laws=1, irrelevant=["height of the lighthouse"],
  solution=f"P = k A dT / d = 0.80*1.2*20/0.012 = {Pc:.1f} W",
  assumptions=["steady state conduction"])

T2 = (20 + T0) * 8**0.4
q(F, "A mine's compressed-air system takes in air at 20 °C and compresses it quickly to one-eighth of its original volume, so fast that no heat is exchanged. Treating air as an ideal diatomic gas with heat-capacity ratio 1.40, what is its temperature right after compression?",
  {"initial air temperature": "20 degC", "compression ratio (initial volume over final volume)": "8 dimensionless", "heat capacity ratio": "1.40 dimensionless"},
  "temperature after compression", "degC", T2 - T0, laws=1,
  solution=f"T2 = T1 (V1/V2)^(gamma-1) = 293.15*8^0.4 = {T2:.2f} K = {T2-T0:.2f} degC",
  assumptions=["reversible adiabatic compression, ideal gas"])

rate = (1000 / 0.60 - 1000) / (1.5 * 900) * 60
q(F, "A car-audio amplifier delivers 1000 W of audio power to the speakers at an efficiency of 60%. The rest of its input power becomes heat in its 1.5 kg aluminium heat sink (specific heat 900 J/(kg·K)). If no heat escaped from the heat sink, how fast would its temperature rise?",
  {"audio output power": "1000 W", "amplifier efficiency": "60 percent", "mass of the heat sink": "1.5 kg", "specific heat of aluminium": "900 J/(kg*K)"},
  "rate of temperature rise of the heat sink", "K/min", rate, laws=2,
  solution=f"P_in = 1000/0.6 = {1000/0.6:.2f} W; heat = {1000/0.6-1000:.2f} W; dT/dt = P/(mc) = {rate/60:.5f} K/s = {rate:.4f} K/min",
  assumptions=["all waste heat goes into the heat sink"])

q(F, "A domestic refrigerator used to store beer samples has a coefficient of performance of 3.5 and runs continuously for 2 hours. How much heat does it remove from its interior in that time?",
  {"coefficient of performance": "3.5 dimensionless", "running time": "2 h"},
  "heat removed from the interior", "kJ", None, outcome=ND, laws=1,
  solution="Q_c = COP * W requires the electrical power (or work) input, which is not given; it cannot be assumed.",
  assumptions=[])

q(F, "An old steam engine that once pumped water out of a mine works between a boiler at 500 K and a condenser at 300 K. Its owner's records claim an efficiency of 55%. If the engine does 10 kJ of work per cycle, how much heat does it reject to the condenser per cycle?",
  {"hot reservoir temperature": "500 K", "cold reservoir temperature": "300 K", "claimed efficiency": "55 percent", "work per cycle": "10 kJ"},
  "heat rejected per cycle", "kJ", None, outcome=IP, laws=2,
  solution="The Carnot limit is 1 - 300/500 = 40%; a 55% efficiency between these reservoirs violates the second law, so the data are inconsistent.",
  assumptions=[])

Pa = 2.0 * (30 + T0) / (4 + T0)
Pg = (2.0 + 1.01325) * (30 + T0) / (4 + T0) - 1.01325
q(F, "The pressure in a sealed, empty stainless-steel keg filled with carbon dioxide is 2.0 bar at 4 °C. The keg is left in the sun until the gas reaches 30 °C. What is the pressure in the keg now?",
  {"initial pressure": "2.0 bar", "initial temperature": "4 degC", "final temperature": "30 degC"},
  "pressure in the keg at 30 degC", "bar", None, outcome=AMB, laws=1,
  solution=f"If 2.0 bar is absolute: P2 = 2.0*303.15/277.15 = {Pa:.4f} bar. If it is a gauge reading (absolute 3.01325 bar): P2,abs = {Pg+1.01325:.4f} bar, i.e. {Pg:.4f} bar gauge. The two readings differ.",
  assumptions=["ideal gas, constant volume", "atmospheric pressure 1.01325 bar"])

# =====================================================================
# FLUIDS
# =====================================================================
F = "fluids"
P45 = 101325 + 1025 * g * 45
q(F, "A technical diver descends to 45 m in seawater of density 1025 kg/m³. The atmospheric pressure at the surface is 101.325 kPa. What is the absolute pressure acting on the diver?",
  {"depth": "45 m", "density of seawater": "1025 kg/m^3", "atmospheric pressure": "101.325 kPa"},
  "absolute pressure at the diver", "bar", P45 / 1e5, laws=1,
  solution=f"P = P_atm + rho g h = 101325 + {1025*g*45:.2f} = {P45:.1f} Pa = {P45/1e5:.5f} bar",
  assumptions=[G981])

Qf = 800e-3 / 60
v1 = Qf / (math.pi * 0.0325**2); v2 = Qf / (math.pi * 0.0125**2)
dP = 0.5 * 1000 * (v2**2 - v1**2)
q(F, "A fire crew's 65 mm hose delivers 800 L of water per minute through a nozzle with a 25 mm outlet that sprays into the open air. The hose and nozzle are horizontal. Neglecting friction losses, what gauge pressure must the water have in the hose just before the nozzle?",
  {"hose diameter": "65 mm", "flow rate": "800 L/min", "nozzle outlet diameter": "25 mm"},
  "gauge pressure in the hose before the nozzle", "psi", dP / psi, laws=2,
  solution=f"v_hose = Q/A = {v1:.3f} m/s; v_nozzle = {v2:.3f} m/s; Bernoulli: dP = rho(v2^2 - v1^2)/2 = {dP:.0f} Pa = {dP/psi:.3f} psi",
  assumptions=["water density 1000 kg/m^3", "no losses, horizontal"])

dh = (40 - 40 / 1.050) / 0.50  # cm^3 / cm^2 = cm
q(F, "A brewer's glass hydrometer has a mass of 40 g and a uniform stem of cross-sectional area 0.50 cm². Compared with floating in pure water, how much higher does it float (how much more of the stem sticks out) in wort with a specific gravity of 1.050?",
  {"mass of the hydrometer": "40 g", "cross-sectional area of the stem": "0.50 cm^2", "specific gravity of the wort": "1.050 dimensionless"},
  "rise of the hydrometer", "cm", dh, laws=2,
  solution=f"Submerged volume = m/rho: 40 cm^3 in water, {40/1.05:.4f} cm^3 in wort; difference {40-40/1.05:.4f} cm^3 / 0.50 cm^2 = {dh:.4f} cm",
  assumptions=["water density 1000 kg/m^3", "stem remains at the waterline in both liquids"])

Pp = 1000 * g * 250 * 0.030 / 0.70
q(F, "A drainage pump at the bottom of a mine lifts 30 L of water per second up through 250 m of vertical pipe to the surface. The pump-and-motor set is 70% efficient. Ignoring pipe friction and the exit speed of the water, what electrical power does the pump need?",
  {"flow rate": "30 L/s", "height of lift": "250 m", "efficiency": "70 percent"},
  "electrical power needed", "kW", Pp / 1e3, laws=2,
  solution=f"P_useful = rho g h Q = {1000*g*250*0.03:.0f} W; P_el = P_useful/0.70 = {Pp:.0f} W",
  assumptions=[G981, "water density 1000 kg/m^3"])

mA = 1025 * 0.200 / (1 - 1025 / 7870)
q(F, "A salvage diver fills a lift bag with 200 L of air to raise a sunken iron anchor from the seabed. The seawater has density 1025 kg/m³ and the iron 7870 kg/m³. Neglecting the mass of the bag and the air, what is the largest anchor mass that the bag can just lift?",
  {"volume of air in the lift bag": "200 L", "density of seawater": "1025 kg/m^3", "density of iron": "7870 kg/m^3"},
  "maximum mass of the anchor", "kg", mA, laws=2,
  solution=f"Buoyancy on bag = rho_w V g; anchor apparent weight = m g (1 - rho_w/rho_Fe). Equate: m = rho_w V/(1 - rho_w/rho_Fe) = {mA:.3f} kg",
  assumptions=["bag and air masses neglected", "bag volume constant"])

Pw = 0.5 * 1.225 * math.pi * 60**2 * 11**3
Pb = 16 / 27 * Pw
q(F, "A wind farm turbine has a rotor diameter of 120 m. On a day when the wind blows at 11 m/s and the air density is 1.225 kg/m³, what is the greatest mechanical power any turbine of this size could extract from the wind, according to the Betz limit?",
  {"rotor diameter": "120 m", "wind speed": "11 m/s", "air density": "1.225 kg/m^3"},
  "maximum extractable power", "MW", Pb / 1e6, laws=2,
  solution=f"P_wind = rho A v^3/2 = {Pw/1e6:.4f} MW; Betz: P_max = 16/27 P_wind = {Pb/1e6:.4f} MW",
  assumptions=["Betz limit 16/27"])

Fs = 5000 * g * (2.0 / 20)**2
q(F, "A hydraulic jack in a tram depot has a small piston of diameter 2.0 cm and a large piston of diameter 20 cm. What force on the small piston is needed to hold up a 5000 kg tram bogie resting on the large piston (pistons at the same height)?",
  {"small piston diameter": "2.0 cm", "large piston diameter": "20 cm", "mass of the bogie": "5000 kg"},
  "force on the small piston", "N", Fs, laws=1,
  solution=f"F1 = F2 (d1/d2)^2 = {5000*g:.0f} N * 0.01 = {Fs:.2f} N",
  assumptions=[G981, "pistons at same level, massless pistons"])

Qp = math.pi * (0.5e-3)**4 * 2000 / (8 * 1.0e-3 * 0.10)
q(F, "In a school chemistry lab, water is pushed through a glass capillary tube of internal radius 0.50 mm and length 10 cm by a pressure difference of 2.0 kPa. The viscosity of the water is 1.0 mPa·s. Assuming laminar flow, what is the volume flow rate?",
  {"internal radius of the capillary": "0.50 mm", "length of the capillary": "10 cm", "pressure difference": "2.0 kPa", "viscosity of water": "1.0 mPa*s"},
  "volume flow rate", "mL/min", Qp * 1e6 * 60, laws=1,
  solution=f"Poiseuille: Q = pi r^4 dP/(8 eta L) = {Qp:.4e} m^3/s = {Qp*6e7:.3f} mL/min",
  assumptions=["laminar Poiseuille flow"])

Fnet = 1.20 * g * 4.0 - 0.18 * 4.0 * g - 2.0 * g
ab = Fnet / (2.0 + 0.18 * 4.0)
q(F, "Staff at a mountain observatory release a weather balloon filled with 4.0 m³ of helium (density 0.18 kg/m³) into air of density 1.20 kg/m³. The envelope and instrument package together have a mass of 2.0 kg. What is the balloon's upward acceleration just after release? Neglect air drag.",
  {"volume of helium": "4.0 m^3", "density of helium": "0.18 kg/m^3", "density of air": "1.20 kg/m^3", "mass of envelope and instruments": "2.0 kg"},
  "initial upward acceleration", "m/s^2", ab, laws=2,
  solution=f"Net force = rho_air V g - (m + rho_He V) g = {Fnet:.3f} N; a = F/(m + rho_He V) = {ab:.4f} m/s^2",
  assumptions=[G981, "no drag, no added-mass effect"])

vt = math.sqrt(2 * g * 2.5)
Qt = vt * 1.5e-4 * 1000 * 60
q(F, "A tall open-topped fermentation tank in a brewery is drained through a tap 2.5 m below the surface of the beer. The tap opening has an area of 1.5 cm². Neglecting friction, at what volume rate does beer first flow out of the tap?",
  {"depth of the tap below the surface": "2.5 m", "area of the tap opening": "1.5 cm^2"},
  "outflow rate", "L/min", Qt, laws=2,
  solution=f"Torricelli: v = sqrt(2gh) = {vt:.4f} m/s; Q = A v = {vt*1.5e-4:.5e} m^3/s = {Qt:.3f} L/min",
  assumptions=[G981, "tank area much larger than tap area", "no losses"])

vr = 250 / 3.6
Fd = 0.5 * 1.20 * 0.90 * 1.5 * vr**2
q(F, "A racing car with a drag coefficient of 0.90 and frontal area 1.5 m² travels at 250 km/h through still air of density 1.20 kg/m³. How much power must the engine supply just to overcome aerodynamic drag?",
  {"drag coefficient": "0.90 dimensionless", "frontal area": "1.5 m^2", "speed": "250 km/h", "air density": "1.20 kg/m^3"},
  "power needed to overcome drag", "kW", Fd * vr / 1e3, laws=2,
  solution=f"F = rho Cd A v^2/2 = {Fd:.1f} N; P = F v = {Fd*vr/1e3:.3f} kW",
  assumptions=["quadratic drag"])

Fv = 1025 * g * 3000 * math.pi * 0.10**2
q(F, "A deep-sea research submersible sits at a depth of 3000 m, where the water temperature is 2 °C. Its circular viewport has a diameter of 20 cm and the cabin is kept at atmospheric pressure. Taking the seawater density as 1025 kg/m³, what net force does the water exert on the viewport?",
  {"depth": "3000 m", "water temperature": "2 degC", "viewport diameter": "20 cm", "density of seawater": "1025 kg/m^3"},
  "net force on the viewport", "kN", Fv / 1e3, laws=2, irrelevant=["water temperature"],
  solution=f"dP = rho g h = {1025*g*3000:.0f} Pa (cabin at atmospheric, so atmospheric cancels); F = dP * pi r^2 = {Fv/1e3:.2f} kN",
  assumptions=[G981, "constant seawater density"])

q(F, "A fire engine's pump takes in water at 1 bar and discharges it at 10 bar. What power does the pump deliver to the water?",
  {"inlet pressure": "1 bar", "outlet pressure": "10 bar"},
  "power delivered to the water", "kW", None, outcome=ND, laws=1,
  solution="P = dP * Q needs the volume flow rate, which is not given and cannot be assumed.",
  assumptions=[])

q(F, "Water flows at 3.0 m/s through a horizontal 10 cm diameter pipe in a brewery, which then narrows to a 5.0 cm diameter pipe where the water speed is measured as 4.0 m/s. There are no leaks and the water is incompressible. What is the pressure difference between the wide and narrow sections?",
  {"speed in the wide pipe": "3.0 m/s", "diameter of the wide pipe": "10 cm", "diameter of the narrow pipe": "5.0 cm", "speed in the narrow pipe": "4.0 m/s"},
  "pressure difference between the sections", "kPa", None, outcome=IP, laws=2,
  solution="Continuity requires v2 = v1 (d1/d2)^2 = 12 m/s, not 4.0 m/s; the data contradict conservation of mass.",
  assumptions=[])

Pgauge = 1025 * g * 30
q(F, "What is the pressure on a scuba diver at a depth of 30 m in seawater of density 1025 kg/m³?",
  {"depth": "30 m", "density of seawater": "1025 kg/m^3"},
  "pressure on the diver", "bar", None, outcome=AMB, laws=1,
  solution=f"Gauge (water only): rho g h = {Pgauge/1e5:.4f} bar. Absolute (adding 1 atm): {(Pgauge+101325)/1e5:.4f} bar. The question does not say which.",
  assumptions=[G981])

# =====================================================================
# WAVES
# =====================================================================
F = "waves"
L2 = 105 + 10 * math.log10(2)
q(F, "With one door speaker playing, the sound intensity level at the driver's seat of a car is 105 dB. An identical second speaker is switched on, producing the same intensity at the seat independently (the sounds add incoherently). What is the new sound intensity level?",
  {"sound level from one speaker": "105 dB"},
  "combined sound intensity level", "dB", L2, laws=2,
  solution=f"Intensities add: I_total = 2 I; L = 105 + 10 log10(2) = {L2:.3f} dB",
  assumptions=["incoherent addition of intensities"])

Ifh = 2.0 / (2 * math.pi * 1500**2)
Lfh = 10 * math.log10(Ifh / 1e-12)
q(F, "A lighthouse foghorn radiates 2.0 W of sound power, spread uniformly over a hemisphere above the sea. Ignoring absorption, what is the sound intensity level 1.5 km away?",
  {"acoustic power of the foghorn": "2.0 W", "distance": "1.5 km"},
  "sound intensity level", "dB", Lfh, laws=2,
  solution=f"I = P/(2 pi r^2) = {Ifh:.4e} W/m^2; L = 10 log10(I/1e-12) = {Lfh:.3f} dB",
  assumptions=["reference intensity 1e-12 W/m^2", "no absorption"])

fD = 700 * 343 / (343 - 25)
q(F, "A fire engine's 100 W siren sounds at 700 Hz. The engine drives straight towards a pedestrian at 90 km/h. What frequency does the pedestrian hear? Take the speed of sound as 343 m/s.",
  {"siren frequency": "700 Hz", "speed of the fire engine": "90 km/h", "speed of sound": "343 m/s", "siren power": "100 W"},
  "frequency heard by the pedestrian", "Hz", fD, laws=1, irrelevant=["siren power"],
  solution=f"f' = f v/(v - vs) = 700*343/(343-25) = {fD:.2f} Hz",
  assumptions=["still air, stationary listener"])

f3 = 3 * 343 / (2 * 0.45)
q(F, "A glassblower makes a straight glass tube 45 cm long, open at both ends. What is the frequency of its third harmonic when air in it resonates? Take the speed of sound as 343 m/s and ignore end corrections.",
  {"length of the tube": "45 cm", "speed of sound": "343 m/s"},
  "frequency of the third harmonic", "Hz", f3, laws=1,
  solution=f"Open-open: f_n = n v/(2L); f_3 = 3*343/0.90 = {f3:.2f} Hz",
  assumptions=["no end correction"])

mu = 8960 * 107e-6
vw = math.sqrt(15e3 / mu)
f1 = vw / (2 * 60)
q(F, "The copper contact wire of a tram line has a cross-sectional area of 107 mm² and is tensioned to 15 kN. Copper has a density of 8960 kg/m³. Treating a 60 m span between supports as a string fixed at both ends, what is its fundamental frequency of transverse vibration?",
  {"cross-sectional area of the wire": "107 mm^2", "tension": "15 kN", "density of copper": "8960 kg/m^3", "span between supports": "60 m"},
  "fundamental frequency", "Hz", f1, laws=3,
  solution=f"mu = rho A = {mu:.4f} kg/m; v = sqrt(T/mu) = {vw:.3f} m/s; f1 = v/(2L) = {f1:.4f} Hz",
  assumptions=["wire behaves as an ideal string, droppers ignored"])

vrock = math.sqrt(50e9 / 2700)
depth = vrock * 0.30 / 2
q(F, "Mining geologists set off a small charge at the surface and pick up the echo from a dense ore body directly below 0.30 s later. The rock has Young's modulus 50 GPa and density 2700 kg/m³. Using the simple rod formula for the speed of longitudinal waves in a solid, how deep is the ore body?",
  {"echo time": "0.30 s", "Young's modulus of the rock": "50 GPa", "density of the rock": "2700 kg/m^3"},
  "depth of the ore body", "m", depth, laws=2,
  solution=f"v = sqrt(Y/rho) = {vrock:.1f} m/s; depth = v t/2 = {depth:.2f} m",
  assumptions=["v = sqrt(Y/rho)", "straight vertical path"])

q(F, "A diving-support ship's sonar emits 50 kHz pulses into seawater over a seabed 200 m deep. Sound travels at 1520 m/s in the water. What is the wavelength of the sonar sound in the water?",
  {"sonar frequency": "50 kHz", "speed of sound in seawater": "1520 m/s", "depth of the seabed": "200 m"},
  "wavelength in water", "mm", 1520 / 50e3 * 1e3, laws=1, irrelevant=["depth of the seabed"],
  solution="lambda = v/f = 1520/50000 = 0.0304 m = 30.4 mm",
  assumptions=[])

fc = 343 / (2 * 2.8)
q(F, "A car-audio installer treats the 2.8 m front-to-back length of a car's cabin as a tube closed at both ends. What is the lowest frequency of a standing sound wave along this length? Take the speed of sound as 343 m/s.",
  {"length of the cabin": "2.8 m", "speed of sound": "343 m/s"},
  "lowest standing-wave frequency", "Hz", fc, laws=1,
  solution=f"Closed-closed: f1 = v/(2L) = 343/5.6 = {fc:.3f} Hz",
  assumptions=["rigid end walls"])

Tsw = 2 * math.pi * math.sqrt(2.5 / g)
q(F, "A 20 kg child sits on a playground swing whose chains are 2.5 m long. Treating the swing as a simple pendulum with small swings, what is its period?",
  {"length of the chains": "2.5 m", "mass of the child": "20 kg"},
  "period of the swing", "s", Tsw, laws=1, irrelevant=["mass of the child"],
  solution=f"T = 2 pi sqrt(L/g) = {Tsw:.4f} s",
  assumptions=[G981, "simple pendulum, small amplitude"])

fn = math.sqrt(2.0e6 / 400e3) / (2 * math.pi)
rpm = fn / 3 * 60
q(F, "A wind turbine's tower carries a 400-tonne nacelle and rotor at its top and behaves like a spring of stiffness 2.0 × 10⁶ N/m for side-to-side sway. The rotor has three blades. At what rotor speed would the blade-passing frequency (how often a blade passes the tower) equal the tower's natural sway frequency?",
  {"mass at the top of the tower": "400 tonne", "stiffness of the tower": "2.0e6 N/m", "number of blades": "3 dimensionless"},
  "rotor speed for resonance", "rpm", rpm, laws=2,
  solution=f"f_n = (1/2pi) sqrt(k/m) = {fn:.5f} Hz; blade passing = 3 * rotation frequency -> rotor frequency = {fn/3:.5f} Hz = {rpm:.4f} rpm",
  assumptions=["tower mass neglected (mass-spring model)"])

vb_ = math.sqrt(2.2e9 / 1010)
db = vb_ * 4.0e-3 / 2
q(F, "An ultrasonic level sensor at the bottom of a brewery's bright-beer tank sends a pulse straight up; the echo from the beer's surface returns 4.0 ms later. The beer has bulk modulus 2.2 GPa and density 1010 kg/m³. How deep is the beer?",
  {"echo time": "4.0 ms", "bulk modulus of the beer": "2.2 GPa", "density of the beer": "1010 kg/m^3"},
  "depth of the beer", "m", db, laws=2,
  solution=f"v = sqrt(B/rho) = {vb_:.2f} m/s; depth = v t/2 = {db:.4f} m",
  assumptions=["uniform beer, vertical path"])

fcomp = math.sqrt(4 * 20e3 / 25) / (2 * math.pi)
q(F, "A 25 kg refrigeration compressor in a cold-storage plant is mounted on four identical vertical springs, each of stiffness 20 kN/m. At what vibration frequency would the mounting resonate?",
  {"mass of the compressor": "25 kg", "number of springs": "4 dimensionless", "stiffness of each spring": "20 kN/m"},
  "natural frequency of the mounting", "Hz", fcomp, laws=2,
  solution=f"Springs in parallel: k = 80 kN/m; f = (1/2pi) sqrt(k/m) = {fcomp:.4f} Hz",
  assumptions=["vertical oscillation only"])

q(F, "As a fire engine approaches, a firefighter standing at the roadside hears its siren at 780 Hz. The speed of sound is 343 m/s. How fast is the engine moving?",
  {"frequency heard": "780 Hz", "speed of sound": "343 m/s"},
  "speed of the fire engine", "m/s", None, outcome=ND, laws=1,
  solution="The Doppler formula needs the siren's emitted frequency, which is not given.",
  assumptions=[])

q(F, "The cone of a car subwoofer vibrates in simple harmonic motion with an amplitude of 4.0 mm. What is the maximum speed of the cone?",
  {"amplitude of the cone": "4.0 mm"},
  "maximum speed of the cone", "m/s", None, outcome=ND, laws=1,
  solution="v_max = A * 2 pi f needs the frequency, which is not given.",
  assumptions=[])

fo = 343 / (2 * 0.85); fcl = 343 / (4 * 0.85)
q(F, "A glassblower makes a 0.85 m glass tube and blows across one end so that the air inside resonates. What fundamental frequency does it sound? Take the speed of sound as 343 m/s.",
  {"length of the tube": "0.85 m", "speed of sound": "343 m/s"},
  "fundamental frequency", "Hz", None, outcome=AMB, laws=1,
  solution=f"Not stated whether the far end is open or closed. Open at both ends: f = v/(2L) = {fo:.2f} Hz; closed at the far end: f = v/(4L) = {fcl:.2f} Hz.",
  assumptions=["no end correction"])

# =====================================================================
# OPTICS
# =====================================================================
F = "optics"
q(F, "An amateur observatory's refracting telescope has an objective lens of diameter 100 mm and focal length 1.2 m. Used with an eyepiece of focal length 25 mm, what angular magnification does it give (final image at infinity)?",
  {"objective focal length": "1.2 m", "eyepiece focal length": "25 mm", "objective diameter": "100 mm"},
  "angular magnification", "dimensionless", 1.2 / 0.025, laws=1, irrelevant=["objective diameter"],
  solution="M = f_o/f_e = 1200/25 = 48",
  assumptions=["normal adjustment"])

th = 1.22 * 550e-9 / 0.40
sM = th * 384400e3
q(F, "A 0.40 m diameter observatory telescope is pointed at the Moon, 384 400 km away. Using the Rayleigh criterion at a wavelength of 550 nm, what is the smallest separation between two features on the Moon's surface that the telescope could just resolve (ignoring the atmosphere)?",
  {"aperture diameter": "0.40 m", "wavelength": "550 nm", "distance to the Moon": "384400 km"},
  "smallest resolvable separation on the Moon", "m", sM, laws=2,
  solution=f"theta = 1.22 lambda/D = {th:.4e} rad; s = theta * d = {sM:.1f} m",
  assumptions=["diffraction-limited, no atmosphere"])

di = 1 / (1 / 0.92 - 1 / 1.00)
q(F, "In a lighthouse lens test, a lamp filament is placed 1.00 m in front of a converging lens of focal length 0.92 m. How far from the lens is the image of the filament formed?",
  {"focal length of the lens": "0.92 m", "distance of the filament from the lens": "1.00 m"},
  "image distance", "m", di, laws=1,
  solution=f"1/di = 1/f - 1/do -> di = {di:.3f} m",
  assumptions=["thin lens"])

thc = math.asin(1 / 1.33)
rw = 10 * math.tan(thc)
q(F, "A diver 10 m below a calm sea surface looks up. Light from above the water reaches her only through a bright circle on the surface (\"Snell's window\"). Taking the refractive index of the water as 1.33, what is the radius of this circle?",
  {"depth of the diver": "10 m", "refractive index of water": "1.33 dimensionless"},
  "radius of the bright circle", "m", rw, laws=2,
  solution=f"critical angle = asin(1/1.33) = {deg(thc):.3f} degree; r = h tan(theta_c) = {rw:.3f} m",
  assumptions=["refractive index of air 1.00"])

thB = math.atan(1.52)
q(F, "Light in air strikes a flat piece of glass (refractive index 1.52) at exactly Brewster's angle, so the reflected light is completely polarised. What is the angle of refraction inside the glass, measured from the normal?",
  {"refractive index of the glass": "1.52 dimensionless"},
  "angle of refraction from the normal", "degree", 90 - deg(thB), laws=2,
  solution=f"theta_B = atan(1.52) = {deg(thB):.3f} degree; at Brewster incidence reflected and refracted rays are perpendicular so theta_r = 90 - theta_B = {90-deg(thB):.3f} degree",
  assumptions=["refractive index of air 1.00"])

tAR = 550 / (4 * 1.38)
q(F, "The glass door of a supermarket freezer cabinet (refractive index 1.52) is given an anti-reflection coating of magnesium fluoride (refractive index 1.38). What is the minimum coating thickness that minimises reflection of 550 nm light at normal incidence?",
  {"refractive index of the glass": "1.52 dimensionless", "refractive index of the coating": "1.38 dimensionless", "wavelength in air": "550 nm"},
  "minimum coating thickness", "nm", tAR, laws=1,
  solution=f"Both reflections have a half-wave shift, so destructive interference needs 2nt = lambda/2 -> t = lambda/(4n) = {tAR:.3f} nm",
  assumptions=["normal incidence"])

thg = math.asin(2 * 589e-9 * 600e3)
q(F, "In a school chemistry lab, yellow sodium light of wavelength 589 nm falls normally on a diffraction grating with 600 lines per millimetre. At what angle from the straight-through direction is the second-order bright line seen?",
  {"wavelength": "589 nm", "number of lines per millimetre": "600 1/mm"},
  "angle of the second-order maximum", "degree", deg(thg), laws=1,
  solution=f"d sin(theta) = m lambda; sin(theta) = 2*589e-9*6e5 = {2*589e-9*6e5:.4f}; theta = {deg(thg):.3f} degree",
  assumptions=["normal incidence"])

NAf = math.sqrt(1.48**2 - 1.46**2)
q(F, "A fibre-optic data cable in a mine has a core of refractive index 1.48 and a cladding of refractive index 1.46. What is the largest angle, measured from the fibre axis, at which light can enter the fibre end from air and still be guided by total internal reflection?",
  {"refractive index of the core": "1.48 dimensionless", "refractive index of the cladding": "1.46 dimensionless"},
  "maximum acceptance angle", "degree", deg(math.asin(NAf)), laws=2,
  solution=f"Critical angle at core-cladding: sin(theta_c) = 1.46/1.48; sin(theta_max) = n_core cos(theta_c) = sqrt(1.48^2 - 1.46^2) = {NAf:.5f}; theta_max = {deg(math.asin(NAf)):.3f} degree",
  assumptions=["refractive index of air 1.00"])

dimg = 1 / (1 / 0.400 - 1 / 50)
Limg = 4.5 * dimg / 50
q(F, "A trackside photographer uses a 400 mm focal-length lens to photograph a 4.5 m long racing car side-on from 50 m away. How long is the car's image on the camera sensor?",
  {"focal length of the lens": "400 mm", "length of the car": "4.5 m", "distance to the car": "50 m"},
  "length of the image on the sensor", "mm", Limg * 1e3, laws=2,
  solution=f"di = 1/(1/f - 1/do) = {dimg:.5f} m; m = di/do = {dimg/50:.6f}; image = {Limg*1e3:.3f} mm",
  assumptions=["thin lens"])

fm = -0.6
dim = 1 / (1 / fm - 1 / 8.0)
him = 3.4 * (-dim / 8.0)
q(F, "A convex safety mirror at a tram stop has a radius of curvature of 1.2 m. A 3.4 m tall tram is 8.0 m in front of the mirror. How tall is the tram's image in the mirror?",
  {"radius of curvature of the mirror": "1.2 m", "height of the tram": "3.4 m", "distance of the tram from the mirror": "8.0 m"},
  "height of the image", "cm", him * 100, laws=2,
  solution=f"f = -R/2 = -0.6 m; 1/di = 1/f - 1/do -> di = {dim:.5f} m; m = -di/do = {-dim/8:.5f}; image height = {him*100:.3f} cm",
  assumptions=["paraxial mirror equation"])

dm = 5 * math.log10(8.2 / 7e-3)
q(F, "An 8.2 m telescope mirror collects far more light than a dark-adapted human pupil of 7.0 mm diameter. By how many stellar magnitudes does this extend the faintest star that can be detected, assuming detection depends only on the light collected?",
  {"diameter of the telescope mirror": "8.2 m", "diameter of the pupil": "7.0 mm"},
  "gain in limiting magnitude", "dimensionless", dm, laws=2,
  solution=f"Light ratio = (D/d)^2 = {(8.2/7e-3)**2:.4e}; dm = 2.5 log10(ratio) = 5 log10(D/d) = {dm:.3f}",
  assumptions=["magnitude scale: 5 magnitudes = factor 100"])

Ipol = 800 / 2 * math.cos(rad(35))**2
q(F, "Firefighters test polarising visors. Unpolarised light of intensity 800 W/m² passes through two ideal polarising sheets whose transmission axes are 35° apart. What intensity emerges?",
  {"incident intensity": "800 W/m^2", "angle between transmission axes": "35 degree"},
  "transmitted intensity", "W/m^2", Ipol, laws=2,
  solution=f"First sheet: I/2 = 400 W/m^2; Malus: 400 cos^2(35) = {Ipol:.2f} W/m^2",
  assumptions=["ideal polarisers"])

q(F, "A lighthouse lens forms a sharp image of its lamp filament on a screen 3.0 m from the lens. The filament is 8.0 mm tall. How tall is the image?",
  {"distance from lens to screen": "3.0 m", "height of the filament": "8.0 mm"},
  "height of the image", "mm", None, outcome=ND, laws=2,
  solution="Magnification = di/do needs the object distance (or the focal length), which is not given.",
  assumptions=["thin lens"])

q(F, "A glassblower claims that light travels at 3.6 × 10⁸ m/s inside his new lead glass. Find the critical angle for light passing from this glass into air.",
  {"speed of light in the glass": "3.6e8 m/s"},
  "critical angle", "degree", None, outcome=IP, laws=2,
  solution="The stated speed exceeds c = 2.998e8 m/s, which would give n < 1; no glass has this property and total internal reflection into air would be impossible. The data contradict physics.",
  assumptions=[])

q(F, "In a school lab, a converging lens produces an image of a small object that is twice the size of the object and 30 cm from the lens. What is the focal length of the lens?",
  {"image distance from the lens": "30 cm", "size of image relative to object": "2 dimensionless"},
  "focal length of the lens", "cm", None, outcome=AMB, laws=2,
  solution="If the image is real and inverted (m = -2): do = 15 cm, di = 30 cm, f = 10 cm. If it is virtual and upright (magnifier, m = +2): do = 15 cm, di = -30 cm, f = 30 cm.",
  assumptions=["thin lens"])

# =====================================================================
# CIRCUITS
# =====================================================================
F = "circuits"
q(F, "A car amplifier drives a 4.0 Ω speaker with a sine-wave signal of 28 V rms. What average power does the speaker receive (treat the speaker as a pure resistance)?",
  {"rms voltage across the speaker": "28 V", "speaker resistance": "4.0 ohm"},
  "average power to the speaker", "W", 28**2 / 4.0, laws=1,
  solution="P = V_rms^2/R = 784/4 = 196 W",
  assumptions=["resistive load"])

trun = 3.7 * 5.2 / 2.5
q(F, "A portable Bluetooth speaker used in a car runs from a 3.7 V, 5200 mAh lithium-ion battery. If it draws an average of 2.5 W, how long will a full charge last?",
  {"battery voltage": "3.7 V", "battery capacity": "5200 mAh", "average power": "2.5 W"},
  "running time", "h", trun, laws=2,
  solution=f"Energy = 3.7 V * 5.2 Ah = {3.7*5.2:.2f} Wh; t = E/P = {trun:.3f} h",
  assumptions=["full capacity usable at constant voltage"])

Itot = 14.4 / (2.0 + 0.10)
Pspk = Itot**2 * 2.0
q(F, "Two 4.0 Ω car speakers are wired in parallel and connected to a 14.4 V source through wiring with a total resistance of 0.10 Ω. Treating everything as DC resistances, what total power is delivered to the two speakers?",
  {"resistance of each speaker": "4.0 ohm", "source voltage": "14.4 V", "wiring resistance": "0.10 ohm"},
  "total power delivered to the speakers", "W", Pspk, laws=2,
  solution=f"R_par = 2.0 ohm; I = 14.4/2.1 = {Itot:.4f} A; P = I^2 * 2.0 = {Pspk:.2f} W",
  assumptions=["ideal source, DC model"])

Vt = 600 - 400 * 2.5 * (0.050 + 0.020)
q(F, "A 30-tonne tram draws 400 A from a 600 V DC substation while it is 2.5 km along the line. The overhead wire has a resistance of 0.050 Ω per km and the rail return path 0.020 Ω per km. What voltage is available at the tram?",
  {"mass of the tram": "30 tonne", "current drawn": "400 A", "substation voltage": "600 V", "distance from the substation": "2.5 km", "resistance of the overhead wire per km": "0.050 ohm/km", "resistance of the rail return per km": "0.020 ohm/km"},
  "voltage at the tram", "V", Vt, laws=2, irrelevant=["mass of the tram"],
  solution=f"R_loop = 2.5*(0.050+0.020) = 0.175 ohm; drop = 400*0.175 = 70 V; V = {Vt:.1f} V",
  assumptions=["ideal substation"])

tRC = 10e3 * 470e-6 * math.log(9 / 3)
q(F, "The timing circuit in a fire-alarm sounder charges a 470 µF capacitor through a 10 kΩ resistor from a 9.0 V supply. The capacitor starts uncharged. How long does it take the capacitor voltage to reach the 6.0 V trigger level?",
  {"capacitance": "470 microfarad", "resistance": "10 kohm", "supply voltage": "9.0 V", "trigger voltage": "6.0 V"},
  "time to reach the trigger voltage", "s", tRC, laws=1,
  solution=f"V = V0(1 - e^(-t/RC)) -> t = RC ln(9/3) = 4.7 s * {math.log(3):.5f} = {tRC:.4f} s",
  assumptions=["ideal components"])

Ah = 60 * 14 * 3 / 24 / 0.5
q(F, "An automated lighthouse has a 60 W LED lamp that shines for 14 hours each night. It runs from a 24 V battery bank that must carry it through 3 nights without recharging, and the batteries should never be discharged below 50% of their capacity. What minimum battery capacity is needed?",
  {"lamp power": "60 W", "hours of operation per night": "14 h", "number of nights": "3 dimensionless", "battery voltage": "24 V", "maximum depth of discharge": "50 percent"},
  "minimum battery capacity", "A*h", Ah, laws=2,
  solution=f"E = 60*14*3 = 2520 Wh; charge = 2520/24 = 105 Ah; with 50% usable: {Ah:.0f} Ah",
  assumptions=["constant battery voltage, no conversion losses"])

Rn = 1.10e-6 * 1.5 / (math.pi * 0.20e-3**2)
Pn = 6.0**2 / Rn
q(F, "A 1.5 m length of nichrome wire of diameter 0.40 mm is used as a heater in a school lab. Nichrome has resistivity 1.10 × 10⁻⁶ Ω·m. What power does the wire dissipate when connected across a 6.0 V supply?",
  {"length of the wire": "1.5 m", "diameter of the wire": "0.40 mm", "resistivity of nichrome": "1.10e-6 ohm*m", "supply voltage": "6.0 V"},
  "power dissipated", "W", Pn, laws=2,
  solution=f"R = rho L/A = {Rn:.4f} ohm; P = V^2/R = {Pn:.4f} W",
  assumptions=["resistance independent of temperature"])

Ef = 1.2 * 230 * 0.40 * 30 * 24 / 1e3
q(F, "A chest freezer set to −18 °C has a compressor that draws 1.2 A from the 230 V mains when running. It runs 40% of the time. How much electrical energy does it use in a 30-day month? Treat the power factor as 1.",
  {"thermostat setting": "-18 degC", "compressor current": "1.2 A", "mains voltage": "230 V", "fraction of time running": "40 percent", "length of the month": "30 day"},
  "energy used per month", "kWh", Ef, laws=2, irrelevant=["thermostat setting"],
  solution=f"P = 230*1.2 = 276 W; t_on = 0.4*720 h = 288 h; E = {Ef:.3f} kWh",
  assumptions=["power factor 1"])

Ploss = (6e6 / 33e3)**2 * 2.5
q(F, "A wind farm sends 6.0 MW to the grid at 33 kV through a cable with a total resistance of 2.5 Ω. Treating the transmission as a simple single-phase line, how much power is lost as heat in the cable?",
  {"power transmitted": "6.0 MW", "transmission voltage": "33 kV", "cable resistance": "2.5 ohm"},
  "power lost in the cable", "kW", Ploss / 1e3, laws=2,
  solution=f"I = P/V = {6e6/33e3:.3f} A; P_loss = I^2 R = {Ploss/1e3:.4f} kW",
  assumptions=["unity power factor, single-phase model"])

Vterm = 4.0 * 3.5 / 3.75
q(F, "A miner's cap lamp has a bulb of resistance 3.5 Ω powered by a battery with emf 4.0 V and internal resistance 0.25 Ω. What is the voltage across the battery's terminals while the lamp is lit?",
  {"battery emf": "4.0 V", "internal resistance": "0.25 ohm", "lamp resistance": "3.5 ohm"},
  "terminal voltage", "V", Vterm, laws=2,
  solution=f"I = 4.0/3.75 = {4/3.75:.4f} A; V = I R = {Vterm:.4f} V",
  assumptions=["constant lamp resistance"])

Pe = 3.5 * (220 / 230)**2
q(F, "A brewery's electric kettle element is rated 3.5 kW at 230 V. What power does it deliver when the supply voltage sags to 220 V, assuming its resistance stays constant?",
  {"rated power": "3.5 kW", "rated voltage": "230 V", "actual voltage": "220 V"},
  "power at the lower voltage", "kW", Pe, laws=2,
  solution=f"R = V^2/P = {230**2/3500:.3f} ohm; P' = 220^2/R = {Pe:.4f} kW",
  assumptions=["constant resistance"])

Ek = 230**2 / 16 * 2.5 / 1e3
q(F, "A glassblower's annealing kiln has three 48 Ω heating elements connected in parallel across a 230 V supply. How much energy does it use in a 2.5 hour annealing cycle if the elements are on throughout?",
  {"resistance of each element": "48 ohm", "number of elements": "3 dimensionless", "supply voltage": "230 V", "duration of the cycle": "2.5 h"},
  "energy used", "kWh", Ek, laws=2,
  solution=f"R_par = 16 ohm; P = 230^2/16 = {230**2/16:.2f} W; E = P t = {Ek:.4f} kWh",
  assumptions=["constant resistance"])

q(F, "In a smoke-alarm test circuit, a charged capacitor discharges through a resistor and its voltage falls from 9.0 V to 3.0 V in 4.0 s. What is the resistance of the resistor?",
  {"initial voltage": "9.0 V", "final voltage": "3.0 V", "time": "4.0 s"},
  "resistance", "kohm", None, outcome=ND, laws=1,
  solution="From V = V0 e^(-t/RC): RC = 4.0/ln3 = 3.64 s, but the capacitance is not given, so R cannot be found.",
  assumptions=[])

q(F, "When a race car's starter motor is engaged, its 12.0 V battery, which has an internal resistance of 0.50 Ω, supplies 30 A while the voltage across its terminals is measured as 11.5 V. What power is delivered to the starter motor?",
  {"battery emf": "12.0 V", "internal resistance": "0.50 ohm", "current": "30 A", "terminal voltage": "11.5 V"},
  "power delivered to the starter motor", "W", None, outcome=IP, laws=2,
  solution="With r = 0.50 ohm and I = 30 A the terminal voltage must be 12.0 - 15 = -3 V, not 11.5 V; the data are mutually inconsistent.",
  assumptions=[])

q(F, "A school lab kit connects three 6.0 Ω resistors to a 12 V battery. What current does the battery supply?",
  {"resistance of each resistor": "6.0 ohm", "battery voltage": "12 V", "number of resistors": "3 dimensionless"},
  "current from the battery", "A", None, outcome=AMB, laws=2,
  solution="The arrangement is not stated. All in series: I = 12/18 = 0.667 A. All in parallel: I = 12/2 = 6.0 A. (Mixed arrangements give 1.33 A or 3.0 A.)",
  assumptions=["ideal battery"])

# =====================================================================
# ELECTROMAGNETISM
# =====================================================================
F = "electromagnetism"
Fw = 500 * 50e-6 * math.sin(rad(60))
q(F, "A tram's overhead contact wire carries a current of 500 A. The Earth's magnetic field there has a magnitude of 50 µT and makes an angle of 60° with the wire. What is the magnetic force on each metre of the wire?",
  {"current in the wire": "500 A", "Earth's magnetic field": "50 microtesla", "angle between wire and field": "60 degree"},
  "magnetic force per metre of wire", "N/m", Fw, laws=1,
  solution=f"F/L = I B sin(theta) = 500*50e-6*sin60 = {Fw:.5f} N/m",
  assumptions=[])

Bw = mu0 * 600 / (2 * math.pi * 3.0)
q(F, "A long, straight tram power cable at 600 V carries a steady current of 600 A. What is the magnitude of the magnetic field it produces at a point 3.0 m from the cable?",
  {"line voltage": "600 V", "current in the cable": "600 A", "distance from the cable": "3.0 m"},
  "magnetic field strength", "microtesla", Bw * 1e6, laws=1, irrelevant=["line voltage"],
  solution=f"B = mu0 I/(2 pi r) = {Bw*1e6:.4f} microtesla",
  assumptions=["long straight wire, return current far away"])

w = 1500 * 2 * math.pi / 60
Erms = 200 * 0.80 * 0.050 * w / math.sqrt(2)
q(F, "A test generator for a small wind turbine has a 200-turn coil of area 0.050 m² rotating at 1500 rpm in a uniform 0.80 T magnetic field. What is the rms value of the emf it produces?",
  {"number of turns": "200 dimensionless", "area of the coil": "0.050 m^2", "rotation rate": "1500 rpm", "magnetic field": "0.80 T"},
  "rms emf", "V", Erms, laws=2,
  solution=f"peak = N B A w = {200*0.8*0.05*w:.2f} V; rms = peak/sqrt2 = {Erms:.2f} V",
  assumptions=["uniform field, sinusoidal emf"])

acone = 1.1 * 3.0 * 8.0 / 0.030
q(F, "A car subwoofer's voice coil has 8.0 m of wire sitting in a radial magnetic field of 1.1 T. The coil carries 3.0 A, and the moving parts (coil plus cone) have a mass of 30 g. What is the acceleration of the cone at that instant, ignoring the suspension and air loading?",
  {"length of wire in the field": "8.0 m", "magnetic field": "1.1 T", "current": "3.0 A", "moving mass": "30 g"},
  "acceleration of the cone", "m/s^2", acone, laws=2,
  solution=f"F = B I L = {1.1*3*8:.1f} N; a = F/m = {acone:.1f} m/s^2",
  assumptions=["field perpendicular to wire everywhere"])

mFe = 55.9349 * u
rFe = math.sqrt(2 * mFe * 2000 / e) / 0.25
q(F, "A mining company's assay lab uses a mass spectrometer. Singly charged iron-56 ions (mass 55.9349 u), starting from rest, are accelerated through 2.0 kV and then enter a uniform 0.25 T magnetic field perpendicular to their velocity. What is the radius of their circular path?",
  {"mass of the ion": "55.9349 u", "accelerating voltage": "2.0 kV", "magnetic field": "0.25 T"},
  "radius of the ion path", "cm", rFe * 100, laws=2,
  solution=f"v = sqrt(2qV/m); r = mv/(qB) = sqrt(2 m V/q)/B = {rFe*100:.3f} cm",
  assumptions=["charge +e", "non-relativistic"])

Ip = 2.0 * 24 / 230
q(F, "A transformer steps the 230 V mains down to 24 V for a cold-room control panel. Its primary coil has 1150 turns. If the panel draws 2.0 A from the secondary, what current flows in the primary? Assume an ideal transformer.",
  {"primary voltage": "230 V", "secondary voltage": "24 V", "primary turns": "1150 dimensionless", "secondary current": "2.0 A"},
  "primary current", "A", Ip, laws=2, irrelevant=["primary turns"],
  solution=f"Ideal transformer: Vp Ip = Vs Is -> Ip = 2.0*24/230 = {Ip:.5f} A",
  assumptions=["ideal transformer"])

Bs = mu0 * 800 / 0.10 * 2.5
q(F, "The valve of a lighthouse fog signal is operated by a solenoid of 800 turns wound uniformly over a length of 10 cm. What magnetic field is produced inside it when it carries 2.5 A? Treat it as a long air-cored solenoid.",
  {"number of turns": "800 dimensionless", "length of the solenoid": "10 cm", "current": "2.5 A"},
  "magnetic field inside the solenoid", "mT", Bs * 1e3, laws=1,
  solution=f"B = mu0 n I = {Bs*1e3:.4f} mT",
  assumptions=["long solenoid, air core"])

Cpp = eps0 * 0.20**2 / 2.0e-3
Qpp = Cpp * 500
q(F, "A demonstration capacitor in a school lab consists of two square metal plates, 20 cm on a side, separated by 2.0 mm of air. How much charge is on each plate when it is connected to a 500 V supply?",
  {"side of each plate": "20 cm", "plate separation": "2.0 mm", "voltage": "500 V"},
  "charge on each plate", "nC", Qpp * 1e9, laws=2,
  solution=f"C = eps0 A/d = {Cpp:.4e} F; Q = CV = {Qpp*1e9:.3f} nC",
  assumptions=["air permittivity = eps0, no fringing"])

Etk = 0.5 * 1.0e-9 * 30e3**2
q(F, "While unloading fuel at a fire station, an ungrounded 18-tonne tanker truck with a capacitance of 1.0 nF relative to the ground becomes charged to 30 kV. How much energy could a spark release if the truck discharged completely?",
  {"mass of the tanker": "18 tonne", "capacitance of the truck": "1.0 nF", "voltage of the truck": "30 kV"},
  "energy stored", "mJ", Etk * 1e3, laws=1, irrelevant=["mass of the tanker"],
  solution=f"E = C V^2/2 = 0.5*1e-9*9e8 = {Etk*1e3:.1f} mJ",
  assumptions=[])

emf = 45e-6 * 1.6 * 300 / 3.6
q(F, "A 750 kg racing car travels at 300 km/h across a region where the vertical component of the Earth's magnetic field is 45 µT. What emf is induced between the ends of its 1.6 m long horizontal steel axle, which is perpendicular to the velocity?",
  {"mass of the car": "750 kg", "speed of the car": "300 km/h", "vertical component of Earth's field": "45 microtesla", "length of the axle": "1.6 m"},
  "induced emf across the axle", "mV", emf * 1e3, laws=1, irrelevant=["mass of the car"],
  solution=f"emf = B L v = 45e-6*1.6*83.333 = {emf*1e3:.4f} mV",
  assumptions=[])

Frp = 2 * 1361 * math.pi * 0.8**2 / c
q(F, "A solar telescope's 1.6 m diameter flat mirror faces the Sun directly and reflects all the sunlight falling on it. The intensity of sunlight is 1361 W/m². What force does the radiation pressure exert on the mirror?",
  {"diameter of the mirror": "1.6 m", "intensity of sunlight": "1361 W/m^2"},
  "radiation force on the mirror", "micronewton", Frp * 1e6, laws=2,
  solution=f"Perfect reflector at normal incidence: p = 2I/c; F = 2 I A/c = {Frp*1e6:.4f} micronewton",
  assumptions=["normal incidence, perfect reflection", "c = 299792458 m/s"])

vflow = 0.80e-3 / (0.050 * 0.050)
Qflow = vflow * math.pi * 0.025**2 * 1000 * 60
q(F, "A brewery measures beer flow with an electromagnetic flowmeter on a 5.0 cm diameter pipe. A 0.050 T magnetic field is applied across the pipe, and the voltage measured between electrodes at opposite ends of a diameter is 0.80 mV. What is the volume flow rate?",
  {"pipe diameter": "5.0 cm", "magnetic field": "0.050 T", "measured voltage": "0.80 mV"},
  "volume flow rate", "L/min", Qflow, laws=2,
  solution=f"V = B d v -> v = {vflow:.3f} m/s; Q = v pi d^2/4 = {Qflow:.3f} L/min",
  assumptions=["uniform flow speed across the pipe"])

q(F, "A pedestrian stands 2.0 m from a tram's long, straight overhead supply cable. What magnetic field does the cable produce at the pedestrian's position?",
  {"distance from the cable": "2.0 m"},
  "magnetic field at the pedestrian", "microtesla", None, outcome=ND, laws=1,
  solution="B = mu0 I/(2 pi r) needs the current in the cable, which is not given.",
  assumptions=[])

q(F, "The generator of a small wind turbine has a 150-turn coil rotating at 50 revolutions per second in a uniform 0.60 T field. What is the peak emf?",
  {"number of turns": "150 dimensionless", "rotation frequency": "50 Hz", "magnetic field": "0.60 T"},
  "peak emf", "V", None, outcome=ND, laws=1,
  solution="emf_peak = N B A w needs the coil area, which is not given.",
  assumptions=[])

q(F, "A car-audio power supply uses a transformer whose primary draws 2.0 A at 230 V, while its secondary delivers 50 A at 12 V. What is the efficiency of the transformer?",
  {"primary current": "2.0 A", "primary voltage": "230 V", "secondary current": "50 A", "secondary voltage": "12 V"},
  "efficiency of the transformer", "percent", None, outcome=IP, laws=1,
  solution="Output 600 W exceeds input 460 W (130%), violating energy conservation; the data are impossible.",
  assumptions=[])

# =====================================================================
# MODERN PHYSICS
# =====================================================================
F = "modern"
Ek_eV = hc_eVnm / 420 - hc_eVnm / 650
vmax = math.sqrt(2 * Ek_eV * e / me)
q(F, "The photocathode of a photomultiplier in an observatory's photometer has a threshold wavelength of 650 nm. Starlight of wavelength 420 nm falls on it. What is the maximum speed of the emitted photoelectrons?",
  {"threshold wavelength": "650 nm", "wavelength of the light": "420 nm"},
  "maximum speed of the photoelectrons", "m/s", vmax, laws=3,
  solution=f"K_max = hc/lambda - hc/lambda0 = {hc_eVnm/420:.4f} - {hc_eVnm/650:.4f} = {Ek_eV:.4f} eV; v = sqrt(2K/m_e) = {vmax:.4e} m/s",
  assumptions=["CODATA 2018 h, c, e, m_e", "non-relativistic electron"])

Nph = 40 * 520e-9 / (h * c)
q(F, "The LED lantern of a modern lighthouse emits 40 W of light, essentially all at 520 nm. How many photons does it emit per second?",
  {"light output power": "40 W", "wavelength": "520 nm"},
  "photons emitted per second", "1/s", Nph, laws=1,
  solution=f"E_photon = hc/lambda = {h*c/520e-9:.4e} J; N = P/E = {Nph:.4e} per second",
  assumptions=["monochromatic"])

lw = b_wien / (1200 + T0)
q(F, "Molten glass in a glassblower's furnace is at 1200 °C. Treating it as a blackbody, at what wavelength does its thermal emission peak?",
  {"temperature of the glass": "1200 degC"},
  "wavelength of peak emission", "micrometer", lw * 1e6, laws=1,
  solution=f"Wien: lambda = b/T = 2.897771955e-3/1473.15 = {lw*1e6:.4f} micrometre",
  assumptions=["blackbody"])

vv = 350 / 3.6
dt = 0.5 * vv**2 / c**2 * 1.5 * 3600
q(F, "A racing car averages 350 km/h for a 1.5 hour race. According to special relativity, by how much does a perfect clock in the car fall behind an identical clock at the pit wall? (Ignore gravitational effects.)",
  {"speed of the car": "350 km/h", "duration of the race": "1.5 h"},
  "time lag of the car's clock", "ns", dt * 1e9, laws=2,
  solution=f"dt = (gamma - 1) t ~ (v^2/2c^2) t = {dt*1e9:.4f} ns",
  assumptions=["constant speed, special relativity only"])

K = 30e3 * e
pe = math.sqrt(K**2 + 2 * K * me * c**2) / c
lam_e = h / pe
q(F, "A mining lab's electron microscope accelerates electrons from rest through a potential difference of 30 kV. Including the relativistic correction, what is the de Broglie wavelength of the electrons?",
  {"accelerating voltage": "30 kV"},
  "de Broglie wavelength", "pm", lam_e * 1e12, laws=2,
  solution=f"pc = sqrt(K^2 + 2 K m c^2); p = {pe:.5e} kg m/s; lambda = h/p = {lam_e*1e12:.4f} pm",
  assumptions=["relativistic momentum"])

RH = Rinf / (1 + me / mp)
lB = 1 / (RH * (1 / 4 - 1 / 16))
q(F, "In a school chemistry lab, students look at a hydrogen discharge tube through a spectroscope. What is the wavelength of the line emitted when electrons drop from the n = 4 level to the n = 2 level?",
  {"upper energy level": "4 dimensionless", "lower energy level": "2 dimensionless"},
  "wavelength of the emitted line", "nm", lB * 1e9, laws=1,
  solution=f"1/lambda = R_H (1/2^2 - 1/4^2), R_H = {RH:.1f} 1/m; lambda = {lB*1e9:.3f} nm",
  assumptions=["Bohr/Rydberg formula with hydrogen Rydberg constant (reduced mass)", "vacuum wavelength"])

lC = 71.0e-12 + h / (me * c) * (1 - math.cos(rad(90)))
q(F, "In an X-ray analysis of ore samples, X-rays of wavelength 71.0 pm are Compton-scattered by electrons through 90°. What is the wavelength of the scattered X-rays?",
  {"incident wavelength": "71.0 pm", "scattering angle": "90 degree"},
  "wavelength of the scattered X-rays", "pm", lC * 1e12, laws=1,
  solution=f"lambda' = lambda + (h/m_e c)(1 - cos90) = 71.0 + {h/(me*c)*1e12:.4f} = {lC*1e12:.4f} pm",
  assumptions=["free electron at rest"])

Pbio = 2.0e6 * h * c / 480e-9
q(F, "A light detector on a deep-sea submersible registers 2.0 × 10⁶ photons per second of 480 nm bioluminescent light. What light power does this correspond to?",
  {"photon arrival rate": "2.0e6 1/s", "wavelength": "480 nm"},
  "light power", "pW", Pbio * 1e12, laws=1,
  solution=f"P = N hc/lambda = 2e6 * {h*c/480e-9:.4e} J = {Pbio*1e12:.4f} pW",
  assumptions=[])

gam = 1 / math.sqrt(1 - 0.995**2)
tt = 15e3 / (0.995 * c)
frac = math.exp(-tt / (gam * 2.197e-6))
q(F, "Researchers at a high-altitude observatory study cosmic-ray muons produced 15 km above sea level and moving straight down at 0.995c. The muon's mean lifetime at rest is 2.197 µs. What percentage of these muons survive to reach sea level?",
  {"height of production": "15 km", "speed of the muons": "0.995 c", "mean lifetime at rest": "2.197 microsecond"},
  "percentage surviving to sea level", "percent", frac * 100, laws=2,
  solution=f"gamma = {gam:.4f}; travel time (Earth frame) = {tt*1e6:.3f} us; dilated lifetime = {gam*2.197:.3f} us; fraction = exp(-t/(gamma tau)) = {frac*100:.3f} %",
  assumptions=["constant speed, no energy loss"])

lSi = hc_eVnm / 1.12
q(F, "The solar panels powering a remote cold-storage unit are made of silicon, which has a band gap of 1.12 eV. What is the longest wavelength of light that can create electron-hole pairs in the silicon?",
  {"band gap of silicon": "1.12 eV"},
  "longest usable wavelength", "nm", lSi, laws=1,
  solution=f"lambda = hc/E_g = {hc_eVnm:.3f} eV nm / 1.12 eV = {lSi:.2f} nm",
  assumptions=[])

KEt = 0.5 * 40e3 * (70 / 3.6)**2
dm_t = KEt / c**2
q(F, "A 40-tonne tram moves at 70 km/h. According to mass-energy equivalence, by how much does its kinetic energy increase its mass compared with when it is at rest?",
  {"mass of the tram": "40 tonne", "speed of the tram": "70 km/h"},
  "increase in mass", "ng", dm_t * 1e12, laws=2,
  solution=f"KE = mv^2/2 = {KEt:.1f} J; dm = KE/c^2 = {dm_t:.4e} kg = {dm_t*1e12:.3f} ng",
  assumptions=["classical kinetic energy (v << c)"])

Vs = hc_eVnm / 185 - 4.5
q(F, "A UV flame detector used by a fire brigade has a photocathode with a work function of 4.5 eV. Ultraviolet light of wavelength 185 nm from a flame falls on it. What stopping potential is needed to halt the fastest photoelectrons?",
  {"work function": "4.5 eV", "wavelength of the UV light": "185 nm"},
  "stopping potential", "V", Vs, laws=2,
  solution=f"E = hc/lambda = {hc_eVnm/185:.4f} eV; K_max = {Vs:.4f} eV; V_s = {Vs:.4f} V",
  assumptions=[])

q(F, "In a school physics-chemistry demo, light falls on a metal photocathode and the stopping potential is measured as 1.2 V. What is the wavelength of the light?",
  {"stopping potential": "1.2 V"},
  "wavelength of the light", "nm", None, outcome=ND, laws=2,
  solution="hc/lambda = phi + e V_s requires the work function of the (unspecified) metal, which is not given.",
  assumptions=[])

q(F, "An X-ray photon is Compton-scattered by an electron in a mineral sample, and the scattered photon has a wavelength of 75.0 pm. Through what angle was it scattered?",
  {"scattered wavelength": "75.0 pm"},
  "scattering angle", "degree", None, outcome=ND, laws=1,
  solution="The Compton shift needs the incident wavelength, which is not given.",
  assumptions=[])

q(F, "A particle detector at a mountain observatory reports cosmic-ray protons travelling at 1.05c. What is their Lorentz factor?",
  {"speed of the protons": "1.05 c"},
  "Lorentz factor", "dimensionless", None, outcome=IP, laws=1,
  solution="No massive particle can exceed c; gamma = 1/sqrt(1 - 1.05^2) is imaginary. The data are unphysical.",
  assumptions=[])

# =====================================================================
# NUCLEAR
# =====================================================================
F = "nuclear"
fr = 2 ** (-10 / 3.8235)
q(F, "Radon-222 (half-life 3.8235 days) seeps into a sealed mine gallery. If no more radon enters, what percentage of the radon present at the start remains after 10 days?",
  {"half-life of radon-222": "3.8235 day", "elapsed time": "10 day"},
  "percentage remaining", "percent", fr * 100, laws=1,
  solution=f"N/N0 = 2^(-t/T) = {fr*100:.3f} %",
  assumptions=[])

Nu = 1.0 / 238.05 * NA
Au = Nu * ln2 / (4.468e9 * year)
q(F, "A geologist at a uranium mine holds a 1.0 g sample of pure uranium-238 (molar mass 238.05 g/mol, half-life 4.468 × 10⁹ years). What is its activity?",
  {"mass of the sample": "1.0 g", "molar mass": "238.05 g/mol", "half-life": "4.468e9 year"},
  "activity of the sample", "kBq", Au / 1e3, laws=2,
  solution=f"N = m N_A/M = {Nu:.4e}; lambda = ln2/T = {ln2/(4.468e9*year):.4e} 1/s; A = lambda N = {Au:.1f} Bq",
  assumptions=["1 year = 365.25 days"])

Pth = 2.0 * 2 ** (-30 / 28.8)
q(F, "Remote lighthouses were once powered by strontium-90 radioisotope generators. One such 1.0-tonne unit produced 2.0 kW of heat when new and converted heat to electricity with 6% efficiency. Sr-90 has a half-life of 28.8 years. What electrical power does the generator deliver 30 years after installation?",
  {"mass of the generator": "1.0 tonne", "initial thermal power": "2.0 kW", "conversion efficiency": "6 percent", "half-life of strontium-90": "28.8 year", "elapsed time": "30 year"},
  "electrical power after 30 years", "W", 0.06 * Pth * 1e3, laws=2, irrelevant=["mass of the generator"],
  solution=f"P_th = 2.0*2^(-30/28.8) = {Pth:.4f} kW; P_el = 0.06 P_th = {0.06*Pth*1e3:.3f} W",
  assumptions=["heat proportional to activity, constant efficiency", "daughter Y-90 in secular equilibrium so power follows Sr-90 decay"])

dmHe = 2 * 1.007825032 + 2 * 1.008664916 - 4.002603254
BEn = dmHe * u_MeV / 4
q(F, "The Sun shines by fusing hydrogen into helium-4. Using the atomic masses helium-4 = 4.002603254 u, hydrogen-1 = 1.007825032 u and the neutron mass 1.008664916 u, find the binding energy per nucleon of helium-4.",
  {"atomic mass of helium-4": "4.002603254 u", "atomic mass of hydrogen-1": "1.007825032 u", "mass of the neutron": "1.008664916 u"},
  "binding energy per nucleon", "MeV", BEn, laws=2,
  solution=f"dm = 2(1.007825032) + 2(1.008664916) - 4.002603254 = {dmHe:.9f} u; BE = {dmHe*u_MeV:.4f} MeV; per nucleon {BEn:.4f} MeV",
  assumptions=["1 u = 931.49410242 MeV/c^2"])

ms = 3.828e26 / c**2
q(F, "Astronomers at an observatory measure the Sun's luminosity as 3.828 × 10²⁶ W; the Sun is 1 au from Earth. At what rate is the Sun converting mass into energy?",
  {"luminosity of the Sun": "3.828e26 W", "distance from the Sun to Earth": "1 au"},
  "rate of mass loss", "kg/s", ms, laws=1, irrelevant=["distance from the Sun to Earth"],
  solution=f"dm/dt = L/c^2 = {ms:.4e} kg/s",
  assumptions=[])

age = 5730 * math.log2(15.3 / 11.2)
q(F, "Wood from an ancient brewing vat gives a carbon-14 activity of 11.2 decays per minute per gram of carbon, while fresh wood gives 15.3 decays per minute per gram. The half-life of carbon-14 is 5730 years. How old is the vat's wood?",
  {"activity of the old wood": "11.2 1/min/g", "activity of fresh wood": "15.3 1/min/g", "half-life of carbon-14": "5730 year"},
  "age of the wood", "year", age, laws=1,
  solution=f"t = T log2(A0/A) = 5730*log2(15.3/11.2) = {age:.1f} years",
  assumptions=[])

NAm = 37e3 * 432.2 * year / ln2
mAm = NAm * 241.06 / NA
q(F, "A household smoke detector of the kind fire brigades recommend contains an americium-241 source with an activity of 37 kBq. Am-241 has a half-life of 432.2 years and a molar mass of 241.06 g/mol. What mass of americium is in the source?",
  {"activity": "37 kBq", "half-life": "432.2 year", "molar mass": "241.06 g/mol"},
  "mass of americium", "microgram", mAm * 1e6, laws=2,
  solution=f"N = A T/ln2 = {NAm:.4e}; m = N M/N_A = {mAm*1e6:.4f} microgram",
  assumptions=["1 year = 365.25 days"])

rate_f = 10e6 / (200 * MeV)
mU = rate_f * 86400 * 235.04 / NA
q(F, "A nuclear-powered deep-sea research submarine runs its reactor at 10 MW of thermal power. Each fission of uranium-235 releases 200 MeV. What mass of U-235 is fissioned in one day? Take the molar mass of U-235 as 235.04 g/mol.",
  {"thermal power": "10 MW", "energy per fission": "200 MeV", "molar mass of uranium-235": "235.04 g/mol", "time": "1 day"},
  "mass of U-235 fissioned", "g", mU, laws=3,
  solution=f"fission rate = P/E = {rate_f:.4e} 1/s; per day {rate_f*86400:.4e}; m = N M/N_A = {mU:.4f} g",
  assumptions=[])

Aco = 500 * 2 ** (-8 / 5.2714)
q(F, "A cold-storage company irradiates food with a cobalt-60 source that had an activity of 500 TBq when installed. Co-60 has a half-life of 5.2714 years. What is the source's activity 8.0 years later?",
  {"initial activity": "500 TBq", "half-life of cobalt-60": "5.2714 year", "elapsed time": "8.0 year"},
  "activity after 8 years", "TBq", Aco, laws=1,
  solution=f"A = A0 2^(-t/T) = {Aco:.3f} TBq",
  assumptions=[])

ftr = math.exp(-1.23 * 2.0)
q(F, "A school lab's 370 kBq caesium-137 source emits 662 keV gamma rays, for which lead has a linear attenuation coefficient of 1.23 per cm. What percentage of a narrow beam of these gamma rays passes through a lead sheet 2.0 cm thick?",
  {"activity of the source": "370 kBq", "gamma-ray energy": "662 keV", "linear attenuation coefficient of lead": "1.23 1/cm", "thickness of lead": "2.0 cm"},
  "percentage transmitted", "percent", ftr * 100, laws=1, irrelevant=["activity of the source", "gamma-ray energy"],
  solution=f"I/I0 = exp(-mu x) = exp(-2.46) = {ftr*100:.4f} %",
  assumptions=["narrow beam, no build-up"])

Qra = (226.0254098 - 222.0175777 - 4.0026032541) * u_MeV
Ka = Qra * 222.0175777 / (222.0175777 + 4.0026032541)
q(F, "Radium-226, found in old mine tailings, alpha-decays to radon-222. The atomic masses are radium-226 = 226.0254098 u, radon-222 = 222.0175777 u and helium-4 = 4.0026032541 u. If the radium nucleus is at rest, what is the kinetic energy of the emitted alpha particle?",
  {"atomic mass of radium-226": "226.0254098 u", "atomic mass of radon-222": "222.0175777 u", "atomic mass of helium-4": "4.0026032541 u"},
  "kinetic energy of the alpha particle", "MeV", Ka, laws=2,
  solution=f"Q = dm c^2 = {Qra:.4f} MeV; momentum conservation: K_alpha = Q m_Rn/(m_Rn + m_alpha) = {Ka:.4f} MeV",
  assumptions=["1 u = 931.49410242 MeV/c^2", "non-relativistic recoil"])

Hdose = 20 * 2.0e-3 / 75
q(F, "A 75 kg mine worker absorbs 2.0 mJ of energy from alpha radiation spread over the whole body. Taking the radiation weighting factor for alpha particles as 20, what equivalent dose does the worker receive?",
  {"mass of the worker": "75 kg", "energy absorbed": "2.0 mJ", "radiation weighting factor": "20 dimensionless"},
  "equivalent dose", "mSv", Hdose * 1e3, laws=2,
  solution=f"D = E/m = {2e-3/75:.4e} Gy; H = 20 D = {Hdose*1e3:.4f} mSv",
  assumptions=["uniform whole-body absorption"])

q(F, "A rock sample from a mine emits 4500 alpha particles per second. How many radioactive nuclei does it contain?",
  {"alpha emission rate": "4500 1/s"},
  "number of radioactive nuclei", "dimensionless", None, outcome=ND, laws=1,
  solution="N = A/lambda needs the decay constant (half-life), but neither the isotope nor its half-life is given.",
  assumptions=[])

q(F, "The heat output of a radioisotope generator at a remote lighthouse has fallen to 60% of its value when it was installed. How many years ago was it installed?",
  {"remaining fraction of power": "60 percent"},
  "time since installation", "year", None, outcome=ND, laws=1,
  solution="t = T log2(1/0.6) needs the half-life of the (unspecified) isotope, which is not given.",
  assumptions=[])

q(F, "A radon-222 sample collected in a mine (half-life 3.8 days) has an activity of 800 Bq. Over the next 7.6 days, which is exactly two half-lives, its activity falls to 600 Bq. Using these data, find the decay constant of radon-222.",
  {"half-life of radon-222": "3.8 day", "initial activity": "800 Bq", "elapsed time": "7.6 day", "final activity": "600 Bq"},
  "decay constant", "1/day", None, outcome=IP, laws=1,
  solution="After two half-lives the activity must be 200 Bq, not 600 Bq; the measured activities imply a half-life of about 18 days, contradicting the stated 3.8 days.",
  assumptions=[])

# =====================================================================
# ASTROPHYSICS
# =====================================================================
F = "astro"
aK = 2.5 ** (2 / 3)
q(F, "An observatory discovers a planet orbiting a star of exactly one solar mass with a period of 2.5 years. What is the radius of its (circular) orbit? Neglect the planet's mass.",
  {"orbital period": "2.5 year", "mass of the star in solar masses": "1 dimensionless"},
  "orbital radius", "au", aK, laws=1,
  solution=f"Kepler III in solar units: a^3 = T^2 -> a = 2.5^(2/3) = {aK:.4f} au",
  assumptions=["Kepler's third law with a in au, T in years, M in solar masses"])

Tst = b_wien / 420e-9
q(F, "The spectrum of a star measured with an observatory spectrograph peaks at a wavelength of 420 nm. Treating the star as a blackbody, what is its surface temperature?",
  {"peak wavelength": "420 nm"},
  "surface temperature", "K", Tst, laws=1,
  solution=f"Wien: T = b/lambda = {Tst:.1f} K",
  assumptions=["blackbody, b = 2.897771955e-3 m K"])

Rst = 1.461e9
Lst = 4 * math.pi * Rst**2 * sigma * 8500**4
fl = Lst / (4 * math.pi * (25 * ly)**2)
q(F, "A star 25 light-years from Earth has a radius of 1.461 × 10⁶ km and a surface temperature of 8500 K. Treating it as a blackbody, what is the energy flux from the star arriving at Earth (above the atmosphere)?",
  {"distance to the star": "25 ly", "radius of the star": "1.461e6 km", "surface temperature": "8500 K"},
  "flux at Earth", "W/m^2", fl, laws=2,
  solution=f"L = 4 pi R^2 sigma T^4 = {Lst:.4e} W; F = L/(4 pi d^2) = {fl:.4e} W/m^2",
  assumptions=["1 ly = c * 365.25 days", "no interstellar absorption"])

vesc = math.sqrt(2 * G * 6.417e23 / 3389.5e3)
q(F, "A future Mars observatory would be built on a planet of mass 6.417 × 10²³ kg and radius 3389.5 km. What is the escape speed from Mars's surface?",
  {"mass of Mars": "6.417e23 kg", "radius of Mars": "3389.5 km"},
  "escape speed", "km/s", vesc / 1e3, laws=1,
  solution=f"v = sqrt(2GM/R) = {vesc:.1f} m/s",
  assumptions=["G = 6.67430e-11 N m^2/kg^2"])

rI = 6371e3 + 400e3
TI = 2 * math.pi * math.sqrt(rI**3 / (G * 5.972e24))
q(F, "A 420-tonne space station orbits 400 km above the Earth's surface in a circular orbit. The Earth has mass 5.972 × 10²⁴ kg and radius 6371 km. How long does one orbit take?",
  {"mass of the station": "420 tonne", "altitude": "400 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
  "orbital period", "min", TI / 60, laws=2, irrelevant=["mass of the station"],
  solution=f"r = 6771 km; GMm/r^2 = m 4pi^2 r/T^2 -> T = 2 pi sqrt(r^3/GM) = {TI:.1f} s = {TI/60:.3f} min",
  assumptions=["circular orbit", "G = 6.67430e-11"])

dH = 0.015 * c / 1e3 / 70
q(F, "A galaxy observed with an observatory spectrograph has a redshift of 0.015. Using v = cz and a Hubble constant of 70 km/s per megaparsec, how far away is the galaxy?",
  {"redshift": "0.015 dimensionless", "Hubble constant": "70 km/s/Mpc"},
  "distance to the galaxy", "Mpc", dH, laws=2,
  solution=f"v = cz = {0.015*c/1e3:.2f} km/s; d = v/H0 = {dH:.3f} Mpc",
  assumptions=["low-redshift approximation v = cz"])

dp = 1 / 0.0125 * pc / ly
q(F, "A star shows an annual parallax of 0.0125 arcseconds. How far away is it, in light-years?",
  {"parallax": "0.0125 arcsec"},
  "distance to the star", "ly", dp, laws=1,
  solution=f"d = 1/p = 80 pc = {dp:.2f} ly",
  assumptions=["1 pc = 648000/pi au", "1 ly = c * 365.25 days"])

dmod = 10 ** ((8.5 - 2.0 + 5) / 5)
q(F, "A star has an apparent magnitude of 8.5 and an absolute magnitude of 2.0. Ignoring interstellar extinction, how far away is it?",
  {"apparent magnitude": "8.5 dimensionless", "absolute magnitude": "2.0 dimensionless"},
  "distance to the star", "pc", dmod, laws=1,
  solution=f"m - M = 5 log10(d/10 pc) -> d = 10^((8.5-2+5)/5) = {dmod:.3f} pc",
  assumptions=["no extinction"])

vr_ = (656.61 - 656.28) / 656.28 * c
q(F, "Using a 1.0 m telescope, an astronomer finds the hydrogen-alpha line of a star (rest wavelength 656.28 nm) at 656.61 nm. What is the star's radial velocity?",
  {"telescope aperture": "1.0 m", "rest wavelength": "656.28 nm", "observed wavelength": "656.61 nm"},
  "radial velocity (recession speed)", "km/s", vr_ / 1e3, laws=1, irrelevant=["telescope aperture"],
  solution=f"v = c dlambda/lambda = c*0.33/656.28 = {vr_/1e3:.3f} km/s (receding)",
  assumptions=["non-relativistic Doppler"])

Rs = 2 * G * 10 * 1.989e30 / c**2
q(F, "What is the Schwarzschild radius of a black hole of 10 solar masses? Take one solar mass as 1.989 × 10³⁰ kg.",
  {"mass of the black hole in solar masses": "10 dimensionless", "mass of the Sun": "1.989e30 kg"},
  "Schwarzschild radius", "km", Rs / 1e3, laws=1,
  solution=f"R_s = 2GM/c^2 = {Rs/1e3:.4f} km",
  assumptions=["G = 6.67430e-11"])

gM = G * 6.417e23 / 3389.5e3**2
TM = 2 * math.pi * math.sqrt(2.0 / gM)
q(F, "Future colonists build a playground swing on Mars with chains 2.0 m long. Mars has mass 6.417 × 10²³ kg and radius 3389.5 km. Treating the swing as a simple pendulum with small swings, what is its period?",
  {"length of the chains": "2.0 m", "mass of Mars": "6.417e23 kg", "radius of Mars": "3389.5 km"},
  "period of the swing on Mars", "s", TM, laws=2,
  solution=f"g_Mars = GM/R^2 = {gM:.4f} m/s^2; T = 2 pi sqrt(L/g) = {TM:.4f} s",
  assumptions=["simple pendulum, small amplitude", "G = 6.67430e-11"])

Mbin = 20**3 / 50**2 * 1.989e30
q(F, "Observations of a visual binary star show that the two stars are separated by 20 au and complete one orbit every 50 years. Taking one solar mass as 1.989 × 10³⁰ kg, what is the total mass of the pair?",
  {"separation of the stars": "20 au", "orbital period": "50 year", "mass of the Sun": "1.989e30 kg"},
  "total mass of the binary", "kg", Mbin, laws=1,
  solution=f"Kepler III: M_total = a^3/T^2 = 8000/2500 = 3.2 solar masses = {Mbin:.4e} kg",
  assumptions=["a in au, T in years gives M in solar masses"])

q(F, "An observatory team finds an exoplanet that orbits its host star every 200 days in a circular orbit. What is the radius of the orbit?",
  {"orbital period": "200 day"},
  "orbital radius", "au", None, outcome=ND, laws=1,
  solution="Kepler's third law needs the mass of the host star, which is not given and cannot be assumed.",
  assumptions=[])

q(F, "A star has a surface temperature of 4500 K. Treating it as a blackbody, what is its luminosity?",
  {"surface temperature": "4500 K"},
  "luminosity", "W", None, outcome=ND, laws=1,
  solution="L = 4 pi R^2 sigma T^4 needs the star's radius, which is not given.",
  assumptions=[])

Ta = 2 * math.pi * math.sqrt((2.0e7)**3 / (G * 5.972e24)) / 3600
Tb = 2 * math.pi * math.sqrt((2.0e7 + 6371e3)**3 / (G * 5.972e24)) / 3600
q(F, "An observatory tracks a satellite in a circular orbit 20 000 km from the Earth. The Earth has mass 5.972 × 10²⁴ kg and radius 6371 km. What is the satellite's orbital period?",
  {"distance of the satellite from the Earth": "20000 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
  "orbital period", "h", None, outcome=AMB, laws=2,
  solution=f"If 20 000 km is measured from the Earth's centre: T = {Ta:.3f} h. If it is the altitude above the surface (r = 26 371 km): T = {Tb:.3f} h.",
  assumptions=["circular orbit", "G = 6.67430e-11"])

# =====================================================================
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch_r.json")
with open(out, "w", encoding="utf-8") as fh:
    json.dump(Q, fh, indent=1, ensure_ascii=False)

if __name__ == "__main__":
    from collections import Counter
    print(len(Q), Counter(x["outcome"] for x in Q), Counter(x["field"] for x in Q))
    for x in Q:
        print(x["id"], x["field"][:6], x["outcome"][:5], x["laws"], x["expected"], x["unit"], "|", x["find"])
