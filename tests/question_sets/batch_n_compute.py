#!/usr/bin/env python3
"""Builds batch_n.json: 150 blind physics questions with computed answers."""
import json, math, random

g = 9.81
c = 299792458.0
h = 6.62607015e-34
e = 1.602176634e-19
kB = 1.380649e-23
NA = 6.02214076e23
R = 8.314462618
sigma = 5.670374419e-8
G = 6.67430e-11
me = 9.1093837015e-31
mp = 1.67262192369e-27
u = 1.66053906660e-27
eps0 = 8.8541878128e-12
mu0 = 1.25663706212e-6
atm = 101325.0
psi = 6894.757293
AU = 1.495978707e11
ly = 9.4607304725808e15
pc = 3.0856775814913673e16
MeV = 1e6 * e
yr = 365.25 * 86400

G9 = "g = 9.81 m/s^2"
CON = "CODATA 2018 constants"
Q = []


def add(field, text, given, find, unit, expected, outcome="value", laws=1,
        irr=(), sol="", asm=(), tol=0.01):
    if outcome != "value":
        expected = None
    Q.append(dict(field=field, text=text, given=given, find=find, unit=unit,
                  expected=None if expected is None else float(f"{expected:.6g}"),
                  outcome=outcome, rel_tol=tol, laws=laws, irrelevant=list(irr),
                  solution=sol, assumptions=list(asm)))


# ======================= MECHANICS =======================
rpm, front, rear, D = 80, 48, 16, 0.70
v = rpm / 60 * front / rear * math.pi * D * 3.6
add("mechanics",
    "A 72 kg cyclist pedals at a steady cadence of 80 rpm. The chainring has 48 teeth, the rear sprocket has 16 teeth, and the rear wheel (tyre included) has a diameter of 0.70 m. Assuming the wheel rolls without slipping, how fast is the bicycle going, in km/h?",
    {"mass of the cyclist": "72 kg", "pedal cadence": "80 rpm", "teeth on the chainring": "48",
     "teeth on the rear sprocket": "16", "diameter of the rear wheel": "0.70 m"},
    "speed of the bicycle", "km/h", v, laws=2, irr=["mass of the cyclist"],
    sol=f"Wheel rate = 80*48/16 = 240 rpm = 4 rev/s; v = 4*pi*0.70 = {v/3.6:.3f} m/s = {v:.2f} km/h.",
    asm=["rolling without slipping", "chain does not slip"])

m, a = 75, 1.2
N = m * (g + a)
add("mechanics",
    "A 75 kg passenger stands on a bathroom scale inside an elevator. At the instant the elevator is moving upward at 3.0 m/s it is also speeding up at 1.2 m/s^2. What force does the scale register?",
    {"mass of the passenger": "75 kg", "speed of the elevator": "3.0 m/s", "upward acceleration of the elevator": "1.2 m/s^2"},
    "scale reading (normal force)", "N", N, laws=1, irr=["speed of the elevator"],
    sol=f"N = m(g+a) = 75*(9.81+1.2) = {N:.1f} N.", asm=[G9])

M, v0, eta = 1500, 2.5, 0.80
P = M * g * v0 / eta / 1000
add("mechanics",
    "An elevator cab of mass 1200 kg carries passengers with a combined mass of 300 kg and rises at a constant 2.5 m/s. There is no counterweight, and the hoist motor converts electrical energy to mechanical work with 80% efficiency. How much electrical power does the motor draw?",
    {"mass of the elevator cab": "1200 kg", "mass of the passengers": "300 kg", "speed of ascent": "2.5 m/s", "motor efficiency": "80 percent"},
    "electrical power drawn by the motor", "kW", P, laws=2,
    sol=f"Mechanical power = (1500 kg)(9.81)(2.5) = {M*g*v0:.0f} W; electrical = /0.80 = {P:.2f} kW.",
    asm=[G9, "no counterweight, no friction beyond the stated efficiency"])

th, mu, L = math.radians(25), 0.08, 120
acc = g * (math.sin(th) - mu * math.cos(th))
v = math.sqrt(2 * acc * L) * 3.6
add("mechanics",
    "A skier starts from rest and glides straight down a uniform 25 degree slope for 120 m. The coefficient of kinetic friction between skis and snow is 0.08. Ignoring air drag, what is her speed at the end of the run in km/h?",
    {"slope angle": "25 deg", "length of the run": "120 m", "coefficient of kinetic friction": "0.08"},
    "speed of the skier at the end of the run", "km/h", v, laws=2,
    sol=f"a = g(sin25 - 0.08 cos25) = {acc:.3f} m/s^2; v = sqrt(2 a L) = {v/3.6:.2f} m/s = {v:.1f} km/h.",
    asm=[G9, "no air resistance"])

v0, a = 120 / 3.6, 0.9
d = v0 ** 2 / (2 * a)
add("mechanics",
    "A 4.0 x 10^5 kg passenger train travelling at 120 km/h applies its brakes, producing a constant deceleration of 0.9 m/s^2. What distance does it cover before stopping?",
    {"mass of the train": "4.0e5 kg", "initial speed of the train": "120 km/h", "deceleration": "0.9 m/s^2"},
    "braking distance of the train", "m", d, laws=1, irr=["mass of the train"],
    sol=f"d = v^2/(2a) = (33.33)^2/1.8 = {d:.1f} m.", asm=["constant deceleration"])

v0, r = 180 / 3.6, 1500
ang = math.degrees(math.atan(v0 ** 2 / (r * g)))
add("mechanics",
    "A high-speed rail curve has a radius of 1500 m and is designed for trains running at 180 km/h. At what bank (cant) angle must the track be tilted so that no sideways force from the rails is needed at that speed?",
    {"radius of the curve": "1500 m", "design speed": "180 km/h"},
    "bank angle of the track", "deg", ang, laws=2,
    sol=f"tan(theta) = v^2/(r g) = 2500/(1500*9.81); theta = {ang:.2f} deg.", asm=[G9])

m, h0, h1, rr = 60, 45, 20, 10
v2 = 2 * g * (h0 - h1)
N = m * (v2 / rr - g)
add("mechanics",
    "A rollercoaster car is released from rest at a point 45 m above the ground and, without friction, enters a vertical circular loop of radius 10 m whose top is 20 m above the ground. What force does the seat exert on a 60 kg rider at the top of the loop?",
    {"starting height": "45 m", "radius of the loop": "10 m", "height of the top of the loop": "20 m", "mass of the rider": "60 kg"},
    "normal force on the rider at the top of the loop", "N", N, laws=2,
    sol=f"v^2 = 2g(45-20) = {v2:.1f} m^2/s^2; N = m(v^2/r - g) = 60*({v2/rr:.2f}-9.81) = {N:.0f} N.",
    asm=[G9, "no friction or air drag"])

m, a = 1.8, 1.5
T = m * (g + a) / 4
add("mechanics",
    "A 1.8 kg quadcopter drone lifts off vertically with an upward acceleration of 1.5 m/s^2. If the four rotors share the load equally, what thrust does each rotor produce?",
    {"mass of the drone": "1.8 kg", "upward acceleration": "1.5 m/s^2", "number of rotors": "4"},
    "thrust per rotor", "N", T, laws=1,
    sol=f"Total thrust = m(g+a) = 1.8*11.31 = {4*T:.3f} N; per rotor {T:.3f} N.",
    asm=[G9, "no air drag on the body"])

m, hh, V, cap, eta = 2.5, 120, 11.1, 5.0, 0.25
frac = m * g * hh / eta / (V * cap * 3600) * 100
add("mechanics",
    "A 2.5 kg camera drone climbs 120 m vertically in 40 s at constant speed. Its battery is rated 11.1 V, 5000 mAh, and the overall efficiency from battery energy to gained gravitational potential energy is 25%. What percentage of the full battery energy does this climb use?",
    {"mass of the drone": "2.5 kg", "height climbed": "120 m", "duration of the climb": "40 s",
     "battery voltage": "11.1 V", "battery capacity": "5000 mA*h", "efficiency": "25 percent"},
    "fraction of battery energy used", "percent", frac, laws=2, irr=["duration of the climb"],
    sol=f"PE = mgh = {m*g*hh:.0f} J; battery draw = /0.25 = {m*g*hh/eta:.0f} J; battery = 11.1*5*3600 = {V*cap*3600:.0f} J; fraction = {frac:.2f}%.",
    asm=[G9, "constant climb speed (no KE change)"])

v0, tr, mu = 100 / 3.6, 0.8, 0.7
d = v0 * tr + v0 ** 2 / (2 * mu * g)
add("mechanics",
    "A driver moving at 100 km/h sees an obstacle, reacts after 0.8 s, and then locks the wheels. The coefficient of kinetic friction between the tyres and the road is 0.7. What is the total stopping distance measured from the moment the obstacle is seen?",
    {"initial speed": "100 km/h", "reaction time": "0.8 s", "coefficient of kinetic friction": "0.7"},
    "total stopping distance", "m", d, laws=2,
    sol=f"Reaction distance = 27.78*0.8 = {v0*tr:.2f} m; braking = v^2/(2 mu g) = {v0**2/(2*mu*g):.2f} m; total = {d:.1f} m.",
    asm=[G9, "level road", "constant friction"])

mu, r = 0.8, 50
v = math.sqrt(mu * g * r) * 3.6
add("mechanics",
    "Find the greatest speed, in km/h, at which a 1300 kg car can take a flat (unbanked) curve of radius 50 m without skidding if the coefficient of static friction between tyres and road is 0.8.",
    {"mass of the car": "1300 kg", "radius of the curve": "50 m", "coefficient of static friction": "0.8"},
    "maximum speed on the curve", "km/h", v, laws=2, irr=["mass of the car"],
    sol=f"mu m g = m v^2/r -> v = sqrt(0.8*9.81*50) = {v/3.6:.2f} m/s = {v:.1f} km/h.", asm=[G9])

a_, dT = 19e-6, 15
lost = 86400 * (1 - 1 / math.sqrt(1 + a_ * dT))
add("mechanics",
    "A pendulum clock with a brass rod keeps perfect time at 18 degC. On a hot day the room stays at 33 degC. Taking the linear expansion coefficient of brass as 19 x 10^-6 per K and treating the pendulum as a simple pendulum whose length is the rod length, how many seconds does the clock lose in one day?",
    {"temperature at which the clock is accurate": "18 degC", "room temperature on the hot day": "33 degC",
     "linear expansion coefficient of brass": "19e-6 1/K"},
    "time lost per day", "s", lost, laws=2,
    sol=f"L' = L(1+alpha*15); T proportional to sqrt(L); lost = 86400(1 - 1/sqrt(1+2.85e-4)) = {lost:.2f} s.",
    asm=["simple pendulum", "small oscillations"])

T = (11 * 60 + 58) * 60
Me, Re = 5.972e24, 6.371e6
r = (G * Me * T ** 2 / (4 * math.pi ** 2)) ** (1 / 3)
alt = (r - Re) / 1000
add("astro",
    "GPS satellites move on circular orbits with a period of 11 h 58 min. Using an Earth mass of 5.972 x 10^24 kg and an Earth radius of 6371 km, determine the altitude of a GPS satellite above the Earth's surface in km.",
    {"orbital period": "718 min", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "altitude of the GPS satellite", "km", alt, laws=2,
    sol=f"r^3 = G M T^2/(4 pi^2) -> r = {r/1000:.0f} km; altitude = r - R = {alt:.0f} km.",
    asm=["G = 6.67430e-11 N m^2/kg^2", "circular orbit"])

alt = 420e3
r = Re + alt
T = 2 * math.pi * math.sqrt(r ** 3 / (G * Me)) / 60
add("astro",
    "The International Space Station orbits at an altitude of about 420 km. With Earth's mass 5.972 x 10^24 kg and radius 6371 km, how many minutes does one orbit take?",
    {"altitude of the orbit": "420 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital period of the ISS", "min", T, laws=2,
    sol=f"r = 6791 km; T = 2 pi sqrt(r^3/GM) = {T:.1f} min.", asm=["G = 6.67430e-11 N m^2/kg^2", "circular orbit"])

D, v, rho, Cp = 80, 12, 1.2, 0.40
P = 0.5 * rho * math.pi * (D / 2) ** 2 * v ** 3 * Cp / 1e6
add("mechanics",
    "A wind turbine has a rotor diameter of 80 m and turns at 15 rpm in a steady 12 m/s wind. The air density is 1.2 kg/m^3 and the turbine extracts 40% of the kinetic-energy flux through its swept area. What electrical power does it deliver, in MW?",
    {"rotor diameter": "80 m", "rotor speed": "15 rpm", "wind speed": "12 m/s", "air density": "1.2 kg/m^3", "power coefficient": "0.40"},
    "power output of the turbine", "MW", P, laws=2, irr=["rotor speed"],
    sol=f"KE flux = 0.5 rho A v^3 with A = pi*40^2 = {math.pi*1600:.0f} m^2 -> {P/0.4:.3f} MW; times 0.40 = {P:.3f} MW.",
    asm=["power coefficient includes all losses"])

Qv, hh, eta = 500, 90, 0.88
P = 1000 * g * Qv * hh * eta / 1e6
add("mechanics",
    "Water passes through the turbines of a hydroelectric dam at 500 m^3/s and drops through an effective head of 90 m. If the plant converts 88% of the water's lost potential energy into electricity, what is its electrical output?",
    {"volume flow rate": "500 m^3/s", "effective head": "90 m", "overall efficiency": "88 percent"},
    "electrical power of the plant", "MW", P, laws=2,
    sol=f"P = eta rho g Q h = 0.88*1000*9.81*500*90 = {P:.1f} MW.", asm=[G9, "water density 1000 kg/m^3"])

m, s, v = 85, 0.06, 15 / 3.6
P = m * g * s * v
add("mechanics",
    "A cyclist and bicycle together have a mass of 85 kg. The tyres are pumped to 6 bar. They climb a road that rises 6 m for every 100 m travelled along the road, at a steady 15 km/h. Ignoring friction and air drag, what power must the cyclist supply?",
    {"mass of cyclist and bicycle": "85 kg", "tyre pressure": "6 bar", "rise per 100 m of road": "6 m", "speed": "15 km/h"},
    "power supplied by the cyclist", "W", P, laws=2, irr=["tyre pressure"],
    sol=f"F = m g sin(theta) = 85*9.81*0.06 = {m*g*s:.1f} N; P = F v = {P:.0f} W.", asm=[G9, "no friction or drag"])

n, m, L, H, v = 40, 75, 1200, 300, 3.0
P = n * m * g * H / L * v / 1000
add("mechanics",
    "A chairlift carries 40 skiers (average mass 75 kg) at any moment up a straight cable run 1200 m long with a vertical rise of 300 m. The chairs move at 3.0 m/s along the cable. What minimum power must the drive supply to lift the skiers (ignore the chairs and friction)?",
    {"number of skiers on the lift": "40", "mass of each skier": "75 kg", "length of the cable run": "1200 m", "vertical rise": "300 m", "speed of the chairs": "3.0 m/s"},
    "power needed to lift the skiers", "kW", P, laws=2,
    sol=f"Force along the cable = 3000*9.81*(300/1200) = {n*m*g*H/L:.0f} N; P = F v = {P:.2f} kW.",
    asm=[G9, "chairs balanced by the returning side, no friction"])

m1, v1, m2 = 30000, 2.0, 20000
vf = m1 * v1 / (m1 + m2)
lost = (0.5 * m1 * v1 ** 2 - 0.5 * (m1 + m2) * vf ** 2) / 1000
add("mechanics",
    "In a rail yard, a 30000 kg freight wagon rolling at 2.0 m/s runs into a stationary 20000 kg wagon and the two couple together. How much kinetic energy is converted to other forms in the coupling?",
    {"mass of the moving wagon": "30000 kg", "speed of the moving wagon": "2.0 m/s", "mass of the stationary wagon": "20000 kg"},
    "kinetic energy lost in the coupling", "kJ", lost, laws=2,
    sol=f"Momentum: v_f = 60000/50000 = {vf:.2f} m/s; KE 60.0 kJ -> {0.5*50000*vf**2/1000:.1f} kJ; lost {lost:.1f} kJ.",
    asm=["level track, no external horizontal forces during coupling"])

m, v, d = 70, 50 / 3.6, 0.30
F = m * v ** 2 / (2 * d) / 1000
add("mechanics",
    "In a collision at 50 km/h, a 70 kg driver is brought to rest by the seat belt and airbag over a distance of 0.30 m. Assuming constant deceleration, what is the average force on the driver?",
    {"initial speed": "50 km/h", "mass of the driver": "70 kg", "stopping distance": "0.30 m"},
    "average force on the driver", "kN", F, laws=2,
    sol=f"a = v^2/(2d) = {v**2/(2*d):.1f} m/s^2; F = m a = {F:.2f} kN.", asm=["constant deceleration"])

m, r, rpm = 50, 0.30, 3000
w = rpm * 2 * math.pi / 60
KE = 0.5 * (0.5 * m * r ** 2) * w ** 2 / 1000
add("mechanics",
    "An energy-storage flywheel is a uniform solid disk of mass 50 kg and radius 0.30 m spinning at 3000 rpm. How much rotational kinetic energy does it store?",
    {"mass of the flywheel": "50 kg", "radius of the flywheel": "0.30 m", "rotation rate": "3000 rpm"},
    "rotational kinetic energy", "kJ", KE, laws=2,
    sol=f"I = 0.5 m r^2 = 2.25 kg m^2; omega = {w:.2f} rad/s; KE = 0.5 I omega^2 = {KE:.1f} kJ.", asm=["uniform solid disk"])

hft = 20
v = math.sqrt(2 * g * hft * 0.3048) / 0.44704
add("mechanics",
    "A 165 lb snowboarder drops in from rest at the lip of a half-pipe whose wall is 20 ft high. Neglecting friction and air drag, how fast is she moving at the bottom of the pipe, in mph?",
    {"mass of the snowboarder": "165 lb", "height of the half-pipe wall": "20 ft"},
    "speed at the bottom of the half-pipe", "mph", v, laws=1, irr=["mass of the snowboarder"],
    sol=f"h = 6.096 m; v = sqrt(2 g h) = {v*0.44704:.2f} m/s = {v:.1f} mph.", asm=[G9, "no friction or drag"])

# ======================= FLUIDS =======================
Lb, Wb, mc, rho = 30, 10, 120000, 1025
dd = mc / (rho * Lb * Wb) * 100
add("fluids",
    "A rectangular barge 30 m long and 10 m wide, with vertical sides, cruises at 8 knots in seawater of density 1025 kg/m^3. At the dock it is loaded with 120000 kg of cargo. By how many centimetres does it sink deeper into the water?",
    {"length of the barge": "30 m", "width of the barge": "10 m", "speed of the barge": "8 knot", "density of seawater": "1025 kg/m^3", "mass of the cargo": "120000 kg"},
    "increase in draft", "cm", dd, laws=2, irr=["speed of the barge"],
    sol=f"Extra displaced volume = 120000/1025 = {mc/rho:.2f} m^3; over 300 m^2 -> {dd:.1f} cm.", asm=["vertical hull sides", "floating equilibrium"])

p = (atm + 1025 * g * 30) / 1000
add("fluids",
    "A scuba diver descends to 30 m below the surface of the sea (density 1025 kg/m^3) on a day when the air pressure at the surface is 1 atm. What is the absolute pressure on the diver?",
    {"depth of the diver": "30 m", "density of seawater": "1025 kg/m^3", "surface air pressure": "1 atm"},
    "absolute pressure at the diver", "kPa", p, laws=1,
    sol=f"p = 101.325 kPa + rho g h = 101.325 + {1025*g*30/1000:.1f} = {p:.1f} kPa.", asm=[G9, "1 atm = 101325 Pa"])

V1, dep = 2.0, 25
V2 = V1 * (atm + 1000 * g * dep) / atm
add("fluids",
    "A diver in a freshwater lake exhales a 2.0 mL air bubble at a depth of 25 m. The air pressure at the lake surface is 1 atm. If the bubble's temperature does not change as it rises, what is its volume just before it reaches the surface?",
    {"initial volume of the bubble": "2.0 mL", "depth of release": "25 m", "surface air pressure": "1 atm"},
    "volume of the bubble at the surface", "mL", V2, laws=2,
    sol=f"p_depth = 101325 + 1000*9.81*25 = {atm+1000*g*dep:.0f} Pa; Boyle: V = 2.0*{(atm+1000*g*dep)/atm:.4f} = {V2:.2f} mL.",
    asm=[G9, "isothermal", "ideal gas", "fresh water 1000 kg/m^3", "1 atm = 101325 Pa"])

f = (1 - 917 / 1025) * 100
add("fluids",
    "What percentage of a floating iceberg's volume lies above the sea surface if ice has density 917 kg/m^3 and seawater 1025 kg/m^3?",
    {"density of ice": "917 kg/m^3", "density of seawater": "1025 kg/m^3"},
    "fraction of iceberg volume above water", "percent", f, laws=2,
    sol=f"Submerged fraction = 917/1025 = {917/1025:.4f}; above = {f:.2f}%.", asm=["floating equilibrium"])

V, rho, To, Ti = 2800, 1.225, 288.15, 373.15
mp_ = V * rho * (1 - To / Ti)
add("fluids",
    "A hot-air balloon has an envelope volume of 2800 m^3. The surrounding air is at 15 degC with density 1.225 kg/m^3, and the burner keeps the air inside at 100 degC at the same pressure as outside. What is the largest total mass (envelope, basket, passengers) the balloon can hold in equilibrium?",
    {"envelope volume": "2800 m^3", "outside air temperature": "15 degC", "outside air density": "1.225 kg/m^3", "inside air temperature": "100 degC"},
    "maximum supported mass", "kg", mp_, laws=2,
    sol=f"rho_in = 1.225*288.15/373.15 = {rho*To/Ti:.4f} kg/m^3; m = V(rho_out - rho_in) = {mp_:.0f} kg.",
    asm=["ideal gas, same pressure inside and outside", "envelope volume of material negligible"])

Mair, T0, z = 0.029, 288, 3000
p = 101.325 * math.exp(-Mair * g * z / (R * T0))
add("fluids",
    "Treating the atmosphere as isothermal at 288 K with molar mass 0.029 kg/mol and sea-level pressure 101.3 kPa, estimate the air pressure at a ski resort 3000 m above sea level.",
    {"air temperature": "288 K", "molar mass of air": "0.029 kg/mol", "sea-level pressure": "101.3 kPa", "altitude": "3000 m"},
    "air pressure at 3000 m", "kPa", p, laws=2,
    sol=f"p = p0 exp(-M g z/(R T)) = 101.3*exp(-{Mair*g*z/(R*T0):.4f}) = {p:.1f} kPa.", asm=[G9, "ideal gas", "isothermal atmosphere"])

d1, d2, v1, p1 = 0.025, 0.0125, 1.5, 300e3
v2 = v1 * (d1 / d2) ** 2
p2 = (p1 - 0.5 * 1000 * (v2 ** 2 - v1 ** 2)) / 1000
add("fluids",
    "Water flows at 1.5 m/s through a horizontal household pipe of inner diameter 2.5 cm, where the pressure is 300 kPa. The pipe then narrows to an inner diameter of 1.25 cm. What is the pressure in the narrow section?",
    {"diameter of the wide pipe": "2.5 cm", "speed in the wide pipe": "1.5 m/s", "pressure in the wide pipe": "300 kPa", "diameter of the narrow pipe": "1.25 cm"},
    "pressure in the narrow section", "kPa", p2, laws=2,
    sol=f"Continuity: v2 = 1.5*4 = {v2:.1f} m/s; Bernoulli: p2 = 300 - 0.5*1000*(36-2.25)/1000 = {p2:.2f} kPa.",
    asm=["ideal incompressible fluid", "horizontal pipe", "water density 1000 kg/m^3"])

mcar, r1, r2 = 1500, 0.15, 0.020
F = mcar * g * (r2 / r1) ** 2
add("fluids",
    "In a garage hydraulic lift, a 1500 kg car rests on a large piston of radius 15 cm. What force must be applied to the small piston, of radius 2.0 cm, to hold the car at the same level?",
    {"mass of the car": "1500 kg", "radius of the large piston": "15 cm", "radius of the small piston": "2.0 cm"},
    "force on the small piston", "N", F, laws=2,
    sol=f"Pascal: F = mg (r2/r1)^2 = 14715*(0.02/0.15)^2 = {F:.1f} N.", asm=[G9, "pistons at same height, massless pistons"])

r, dep = 0.15, 200
F = 1025 * g * dep * math.pi * r ** 2 / 1000
add("fluids",
    "A research submarine cruising at 12 knots is 200 m below the sea surface (seawater density 1025 kg/m^3). Its cabin is kept at 1 atm. What net force does the water exert on a circular viewing port of radius 0.15 m?",
    {"speed of the submarine": "12 knot", "depth": "200 m", "density of seawater": "1025 kg/m^3", "cabin pressure": "1 atm", "radius of the viewing port": "0.15 m"},
    "net force on the viewing port", "kN", F, laws=1, irr=["speed of the submarine"],
    sol=f"Net pressure = rho g h = {1025*g*dep/1000:.1f} kPa; F = p pi r^2 = {F:.1f} kN.", asm=[G9, "surface air at 1 atm", "uniform pressure over the port"])

hh, dh = 3.0, 0.020
vv = math.sqrt(2 * g * hh)
Qf = vv * math.pi * (dh / 2) ** 2 * 1000
add("fluids",
    "A large open rain-water tank has a small circular hole of diameter 2.0 cm in its side, 3.0 m below the water surface. At what rate, in litres per second, does water initially pour out?",
    {"depth of the hole below the surface": "3.0 m", "diameter of the hole": "2.0 cm"},
    "volume flow rate from the hole", "L/s", Qf, laws=2,
    sol=f"Torricelli: v = sqrt(2 g h) = {vv:.3f} m/s; Q = v A = {Qf:.3f} L/s.", asm=[G9, "ideal fluid, no contraction of the jet", "tank much wider than the hole"])

ms, A = 5.0e7, 6000
dh = ms / A * (1 / 1000 - 1 / 1025) * 100
add("fluids",
    "A cargo ship of total mass 5.0 x 10^7 kg sails from a river (fresh water, 1000 kg/m^3) into the sea (1025 kg/m^3). Its waterline cross-section is 6000 m^2 and the hull is vertical near the waterline. By how much does the ship rise?",
    {"mass of the ship": "5.0e7 kg", "density of fresh water": "1000 kg/m^3", "density of seawater": "1025 kg/m^3", "waterline area": "6000 m^2"},
    "rise of the ship", "cm", dh, laws=2,
    sol=f"Displaced volumes {ms/1000:.0f} and {ms/1025:.0f} m^3; difference {ms*(1/1000-1/1025):.1f} m^3 / 6000 m^2 = {dh:.1f} cm.",
    asm=["vertical hull near the waterline", "floating equilibrium"])

mA, rA, rw = 800, 7850, 1025
T = mA * g * (1 - rw / rA)
add("fluids",
    "A crane on a cargo ship lowers an 800 kg steel anchor (density 7.85 g/cm^3) that hangs completely submerged in seawater of density 1025 kg/m^3. What is the tension in the crane cable while the anchor hangs at rest?",
    {"mass of the anchor": "800 kg", "density of steel": "7.85 g/cm^3", "density of seawater": "1025 kg/m^3"},
    "tension in the cable", "N", T, laws=2,
    sol=f"V = 800/7850 = {mA/rA:.4f} m^3; buoyancy = {rw*g*mA/rA:.0f} N; T = mg - B = {T:.0f} N.", asm=[G9, "cable mass and volume negligible"])

# ======================= THERMODYNAMICS =======================
m = 0.250
Qh = m * (2100 * 10 + 334000 + 4186 * 20) / 1000
add("thermodynamics",
    "How much heat is needed to turn 250 g of ice at -10 degC into liquid water at 20 degC? Use specific heats 2100 J/(kg K) for ice and 4186 J/(kg K) for water, and latent heat of fusion 334 kJ/kg.",
    {"mass of ice": "250 g", "initial temperature": "-10 degC", "final temperature": "20 degC", "specific heat of ice": "2100 J/(kg*K)",
     "specific heat of water": "4186 J/(kg*K)", "latent heat of fusion": "334 kJ/kg"},
    "heat required", "kJ", Qh, laws=3,
    sol=f"Warm ice 5.25 kJ + melt 83.5 kJ + warm water 20.93 kJ = {Qh:.2f} kJ.", asm=["no heat losses"])

t = 1.5 * 4186 * 82 / (0.9 * 2200)
add("thermodynamics",
    "An electric kettle rated at 2.2 kW transfers 90% of its electrical energy to the water. How long does it take to bring 1.5 L of tap water from 18 degC to the boiling point (100 degC)? Take c = 4186 J/(kg K) and the density of water as 1.00 kg/L.",
    {"power of the kettle": "2.2 kW", "efficiency": "90 percent", "volume of water": "1.5 L", "initial temperature": "18 degC", "final temperature": "100 degC", "specific heat of water": "4186 J/(kg*K)"},
    "heating time", "s", t, laws=2,
    sol=f"Q = 1.5*4186*82 = {1.5*4186*82:.0f} J; useful power 1980 W; t = {t:.0f} s.", asm=["1 L water = 1 kg"])

cop, Qc = 3.5, 300
QH = Qc + Qc / cop
add("thermodynamics",
    "A kitchen refrigerator with a coefficient of performance of 3.5 removes 300 kJ of heat from its interior. How much heat does it release into the kitchen?",
    {"coefficient of performance": "3.5", "heat removed from the interior": "300 kJ"},
    "heat released to the kitchen", "kJ", QH, laws=2,
    sol=f"W = Qc/COP = {Qc/cop:.2f} kJ; Q_H = Qc + W = {QH:.1f} kJ.", asm=["steady cyclic operation"])

Qf = 1.0 * (4186 * 20 + 334000)
W = Qf / 2.5 / 3.6e6
add("thermodynamics",
    "A freezer with a coefficient of performance of 2.5 turns 1.0 L of water at 20 degC into ice at 0 degC. How much electrical energy, in kWh, does it use for this? (c_water = 4186 J/(kg K), L_f = 334 kJ/kg.)",
    {"coefficient of performance": "2.5", "volume of water": "1.0 L", "initial temperature": "20 degC", "specific heat of water": "4186 J/(kg*K)", "latent heat of fusion": "334 kJ/kg"},
    "electrical energy used", "kWh", W, laws=3,
    sol=f"Q = 1*(4186*20 + 334000) = {Qf:.0f} J; W = Q/2.5 = {Qf/2.5:.0f} J = {W:.4f} kWh.", asm=["1 L water = 1 kg", "1 kWh = 3.6 MJ"])

eff = (1 - 298.15 / 1073.15) * 100
add("thermodynamics",
    "A 2.0 L car engine burns fuel at an effective combustion temperature of 800 degC and exhausts to surroundings at 25 degC. What is the largest possible thermal efficiency of any engine working between these temperatures?",
    {"engine displacement": "2.0 L", "hot reservoir temperature": "800 degC", "cold reservoir temperature": "25 degC"},
    "maximum (Carnot) efficiency", "percent", eff, laws=1, irr=["engine displacement"],
    sol=f"eta = 1 - 298.15/1073.15 = {eff:.1f}%.", asm=["Carnot limit"])

pa = (32 + 14.7) * (318.15 / 283.15) - 14.7
add("thermodynamics",
    "A tyre gauge reads 32 psi on a cold morning at 10 degC. After a long drive the air in the tyre reaches 45 degC. Assuming the tyre volume is unchanged and atmospheric pressure is 14.7 psi, what does the gauge read now?",
    {"initial gauge pressure": "32 psi", "initial temperature": "10 degC", "final temperature": "45 degC", "atmospheric pressure": "14.7 psi"},
    "final gauge pressure", "psi", pa, laws=1,
    sol=f"p_abs = 46.7*318.15/283.15 = {pa+14.7:.2f} psi; gauge = {pa:.2f} psi.", asm=["ideal gas", "constant volume"])

n = 150e5 * 0.050 / (R * 293.15)
mO = n * 0.032
add("thermodynamics",
    "A 50 L hospital oxygen cylinder is filled to 150 bar at 20 degC. Treating oxygen (molar mass 32 g/mol) as an ideal gas, what mass of oxygen does it contain?",
    {"cylinder volume": "50 L", "pressure": "150 bar", "temperature": "20 degC", "molar mass of oxygen": "32 g/mol"},
    "mass of oxygen", "kg", mO, laws=1, tol=0.01,
    sol=f"n = pV/(RT) = {n:.1f} mol; m = {mO:.2f} kg.", asm=["ideal gas", "R = 8.314 J/(mol K)"])

dL = 350 * 12e-6 * 60 * 1000
add("thermodynamics",
    "A 350 m long steel bridge deck must accommodate temperatures from -20 degC in winter to 40 degC in summer. With a linear expansion coefficient of 12 x 10^-6 per K, what total length change must its expansion joints allow?",
    {"length of the bridge": "350 m", "lowest temperature": "-20 degC", "highest temperature": "40 degC", "linear expansion coefficient": "12e-6 1/K"},
    "change in length of the bridge", "mm", dL, laws=1,
    sol=f"dL = alpha L dT = 12e-6*350*60 = {dL:.0f} mm.", asm=["linear expansion"])

sig = 200e9 * 12e-6 * 30 / 1e6
add("thermodynamics",
    "A 25 m section of continuously welded steel rail is clamped so that it cannot expand. It was laid stress-free, and on a hot day its temperature rises 30 K above the laying temperature. With Young's modulus 200 GPa and expansion coefficient 12 x 10^-6 per K, what compressive stress develops in the rail?",
    {"length of the rail section": "25 m", "temperature rise": "30 K", "Young's modulus of steel": "200 GPa", "linear expansion coefficient": "12e-6 1/K"},
    "thermal stress in the rail", "MPa", sig, laws=2, irr=["length of the rail section"],
    sol=f"Prevented strain = alpha dT = 3.6e-4; stress = E*strain = {sig:.0f} MPa.", asm=["fully clamped, linear elastic"])

A, Rw = 1.2 * 1.5, 2 * 0.004 / 0.8 + 0.012 / 0.025
P = A * 25 / Rw
add("thermodynamics",
    "A double-glazed window 1.2 m by 1.5 m consists of two 4.0 mm glass panes (k = 0.80 W/(m K)) separated by a 12 mm layer of still air (k = 0.025 W/(m K)). The inner surface is at 20 degC and the outer surface at -5 degC. Find the rate of heat conduction through the window.",
    {"width of the window": "1.2 m", "height of the window": "1.5 m", "thickness of each glass pane": "4.0 mm", "conductivity of glass": "0.80 W/(m*K)",
     "thickness of the air gap": "12 mm", "conductivity of air": "0.025 W/(m*K)", "inner surface temperature": "20 degC", "outer surface temperature": "-5 degC"},
    "heat flow through the window", "W", P, laws=2,
    sol=f"R per m^2 = 2*0.004/0.8 + 0.012/0.025 = {Rw:.3f} m^2K/W; P = 1.8*25/{Rw:.3f} = {P:.1f} W.", asm=["steady 1-D conduction, no convection in the gap"])

Rwall = 0.20 / 0.70 + 0.10 / 0.040
E = 40 * 20 / Rwall * 24 / 1000
add("thermodynamics",
    "A 40 m^2 house wall is made of 20 cm of brick (k = 0.70 W/(m K)) covered by 10 cm of insulation (k = 0.040 W/(m K)). The inside surface is at 21 degC and the outside surface at 1 degC all day. How much energy, in kWh, is conducted through the wall in 24 hours?",
    {"area of the wall": "40 m^2", "brick thickness": "20 cm", "conductivity of brick": "0.70 W/(m*K)", "insulation thickness": "10 cm",
     "conductivity of insulation": "0.040 W/(m*K)", "inside temperature": "21 degC", "outside temperature": "1 degC", "duration": "24 h"},
    "energy conducted in a day", "kWh", E, laws=2,
    sol=f"R = 0.2857 + 2.5 = {Rwall:.4f} m^2K/W; P = 40*20/R = {40*20/Rwall:.1f} W; E = P*24 h = {E:.2f} kWh.", asm=["steady 1-D conduction"])

Tf = (250 * 85 + 50 * 5) / 300
add("thermodynamics",
    "You pour 50 mL of milk straight from the fridge (5 degC) into 250 mL of coffee at 85 degC in a kitchen at 22 degC. Treating both liquids as having the density and specific heat of water, and neglecting the mug, what is the final temperature?",
    {"volume of milk": "50 mL", "temperature of milk": "5 degC", "volume of coffee": "250 mL", "temperature of coffee": "85 degC", "room temperature": "22 degC"},
    "final temperature of the mixture", "degC", Tf, laws=1, irr=["room temperature"],
    sol=f"T = (250*85 + 50*5)/300 = {Tf:.2f} degC.", asm=["no heat loss", "equal specific heats and densities"])

dT = 0.5 * 1200 * (90 / 3.6) ** 2 / (4 * 6.0 * 450)
add("thermodynamics",
    "A 1200 kg car travelling at 90 km/h brakes to a stop. If all of its kinetic energy ends up as heat in its four steel brake discs, each of mass 6.0 kg with specific heat 450 J/(kg K), by how much does the temperature of the discs rise?",
    {"mass of the car": "1200 kg", "initial speed": "90 km/h", "number of brake discs": "4", "mass of each disc": "6.0 kg", "specific heat of steel": "450 J/(kg*K)"},
    "temperature rise of the brake discs", "K", dT, laws=2,
    sol=f"KE = 0.5*1200*25^2 = 375 kJ; dT = 375000/(24*450) = {dT:.2f} K.", asm=["all KE to the discs, shared equally, no losses"])

mi = 0.4 * 4186 * 20 / (334000 + 4186 * 5) * 1000
add("thermodynamics",
    "What mass of ice at 0 degC must be added to 0.40 kg of cola at 25 degC to cool it to 5 degC, once all the ice has melted? Use c = 4186 J/(kg K) for cola and water and L_f = 334 kJ/kg.",
    {"mass of cola": "0.40 kg", "initial temperature of cola": "25 degC", "final temperature": "5 degC", "specific heat": "4186 J/(kg*K)", "latent heat of fusion": "334 kJ/kg"},
    "mass of ice needed", "g", mi, laws=2,
    sol=f"Heat from cola = 0.4*4186*20 = 33488 J; each kg ice absorbs 334000+4186*5 = 354930 J; m = {mi:.1f} g.", asm=["insulated cup"])

hh = 0.20 * 250 * 4184 / (70 * g)
add("thermodynamics",
    "A 70 kg hiker eats a 250 kcal snack bar. If her muscles turn food energy into mechanical work with 20% efficiency, how much height could she gain by climbing using only that energy?",
    {"mass of the hiker": "70 kg", "food energy": "250 kcal", "muscle efficiency": "20 percent"},
    "height gained", "m", hh, laws=2,
    sol=f"Work = 0.2*250*4184 J = {0.2*250*4184:.0f} J; h = W/(mg) = {hh:.0f} m.", asm=[G9, "1 kcal = 4184 J", "speed constant"])

mw = 2.0 * 0.45359237
dTK = (212 - 68) * 5 / 9
Qk = mw * 4186 * dTK / 1000
add("thermodynamics",
    "A cook heats a pot containing 2.0 lb of water from 68 degF to its boiling point at 212 degF. How much heat, in kJ, must the water absorb (c = 4186 J/(kg K))?",
    {"mass of water": "2.0 lb", "initial temperature": "68 degF", "final temperature": "212 degF", "specific heat of water": "4186 J/(kg*K)"},
    "heat absorbed by the water", "kJ", Qk, laws=1,
    sol=f"m = {mw:.4f} kg; dT = 144 F-deg = 80 K; Q = {Qk:.1f} kJ.", asm=["1 lb = 0.45359 kg", "no evaporation before boiling"])

# ======================= WAVES =======================
L, f1, mu = 0.65, 110, 0.005
T = mu * (2 * L * f1) ** 2
add("waves",
    "The A string of a guitar has a vibrating length of 0.65 m, a linear mass density of 5.0 g/m, and is tuned to a fundamental frequency of 110 Hz. What tension must the string be under?",
    {"vibrating length": "0.65 m", "linear mass density": "5.0 g/m", "fundamental frequency": "110 Hz"},
    "tension in the string", "N", T, laws=2,
    sol=f"v = 2 L f = {2*L*f1:.1f} m/s; T = mu v^2 = {T:.1f} N.", asm=["ideal flexible string fixed at both ends"])

f = 343 / (2 * 2.4)
add("waves",
    "A cathedral organ pipe open at both ends is 2.4 m long and 15 cm in diameter. Neglecting end corrections and taking the speed of sound as 343 m/s, what is its fundamental frequency?",
    {"length of the pipe": "2.4 m", "diameter of the pipe": "15 cm", "speed of sound": "343 m/s"},
    "fundamental frequency", "Hz", f, laws=1, irr=["diameter of the pipe"],
    sol=f"f = v/(2L) = 343/4.8 = {f:.2f} Hz.", asm=["no end correction"])

vs = 331.3 * math.sqrt(293.15 / 273.15)
f = vs / (4 * 0.60)
add("waves",
    "A clarinet behaves approximately as a tube 0.60 m long closed at one end. If the speed of sound is 331.3 m/s at 0 degC, what is the instrument's lowest note frequency when the air in the tube is at 20 degC?",
    {"length of the tube": "0.60 m", "speed of sound at 0 degC": "331.3 m/s", "air temperature": "20 degC"},
    "fundamental frequency", "Hz", f, laws=2,
    sol=f"v = 331.3 sqrt(293.15/273.15) = {vs:.1f} m/s; f = v/(4L) = {f:.1f} Hz.", asm=["v proportional to sqrt(T)", "no end correction"])

I = 20 / (4 * math.pi * 15 ** 2)
LdB = 10 * math.log10(I / 1e-12)
add("waves",
    "A loudspeaker in an open-air concert radiates 20 W of acoustic power uniformly in all directions. What sound intensity level is heard 15 m away?",
    {"acoustic power": "20 W", "distance from the speaker": "15 m"},
    "sound intensity level", "dB", LdB, laws=2,
    sol=f"I = P/(4 pi r^2) = {I:.3e} W/m^2; L = 10 log(I/1e-12) = {LdB:.1f} dB.", asm=["isotropic point source", "no reflections or absorption", "I0 = 1e-12 W/m^2"])

v = 110 / 3.6
df = 2 * v * 24.15e9 / c
add("waves",
    "A police radar gun emits microwaves at 24.15 GHz toward a car 250 m away approaching at 110 km/h. What beat frequency between the emitted and reflected waves does the radar detect?",
    {"radar frequency": "24.15 GHz", "distance to the car": "250 m", "speed of the car": "110 km/h"},
    "Doppler shift (beat frequency)", "Hz", df, laws=2, irr=["distance to the car"],
    sol=f"Double Doppler shift: df = 2 v f / c = 2*30.56*24.15e9/c = {df:.0f} Hz.", asm=["v << c", "c = 299792458 m/s"])

f = 700 * 343 / (343 - 25)
add("waves",
    "An ambulance siren emits at 700 Hz while the ambulance drives at 90 km/h straight toward a pedestrian standing at the roadside. With the speed of sound 343 m/s, what frequency does the pedestrian hear?",
    {"siren frequency": "700 Hz", "speed of the ambulance": "90 km/h", "speed of sound": "343 m/s"},
    "frequency heard by the pedestrian", "Hz", f, laws=1,
    sol=f"f' = f v/(v - vs) = 700*343/318 = {f:.1f} Hz.", asm=["still air"])

fb = 440 * math.sqrt(1.02) - 440
add("waves",
    "Two piano strings are both tuned to 440 Hz. The tension in one of them is then increased by 2.0%. What beat frequency is heard when both are struck together?",
    {"original frequency": "440 Hz", "increase in tension": "2.0 percent"},
    "beat frequency", "Hz", fb, laws=2,
    sol=f"f proportional to sqrt(T): f' = 440 sqrt(1.02) = {440*math.sqrt(1.02):.2f} Hz; beat = {fb:.2f} Hz.", asm=["string length and density unchanged"])

d = 1530 * 0.80 / 2
add("waves",
    "A 120 m long survey ship sends a sonar pulse straight down, and the echo from the sea floor returns 0.80 s later. If sound travels at 1530 m/s in seawater, how deep is the water?",
    {"length of the ship": "120 m", "echo time": "0.80 s", "speed of sound in seawater": "1530 m/s"},
    "depth of the sea", "m", d, laws=1, irr=["length of the ship"],
    sol=f"d = v t/2 = {d:.0f} m.", asm=["transducer at the surface"])

RT = 0.161 * 12000 / 1500
add("waves",
    "A concert hall has a volume of 12000 m^3 and a total sound absorption (surface area times absorption coefficient, summed) of 1500 m^2. Use Sabine's formula to estimate its reverberation time.",
    {"volume of the hall": "12000 m^3", "total absorption": "1500 m^2"},
    "reverberation time", "s", RT, laws=1,
    sol=f"T60 = 0.161 V/A = {RT:.3f} s.", asm=["Sabine constant 0.161 s/m"])

vr = math.sqrt(200e9 / 7850)
dt = 1000 / 343 - 1000 / vr
add("waves",
    "A track worker strikes a steel rail with a hammer. A person 1.0 km away along the track hears the sound twice, once through the rail and once through the air. Steel has Young's modulus 200 GPa and density 7850 kg/m^3; sound in air travels at 343 m/s. What is the time between the two arrivals?",
    {"distance along the track": "1.0 km", "Young's modulus of steel": "200 GPa", "density of steel": "7850 kg/m^3", "speed of sound in air": "343 m/s"},
    "time between the two sounds", "s", dt, laws=2,
    sol=f"v_rail = sqrt(E/rho) = {vr:.0f} m/s; t_air = {1000/343:.3f} s, t_rail = {1000/vr:.3f} s; difference {dt:.3f} s.", asm=["thin-rod longitudinal wave speed"])

# ======================= OPTICS =======================
do, di = 0.23, -0.78
Pw = 1 / do + 1 / di
add("optics",
    "A 55-year-old patient has a near point of 80 cm. She wants reading glasses, worn 2.0 cm in front of her eyes, that let her read a page held 25 cm from her eyes. What lens power (in dioptres) is needed?",
    {"age of the patient": "55 year", "near point": "80 cm", "distance from glasses to eye": "2.0 cm", "desired reading distance": "25 cm"},
    "power of the reading lens", "1/m", Pw, laws=1, irr=["age of the patient"],
    sol=f"Object at 23 cm from lens, virtual image at 78 cm: P = 1/0.23 - 1/0.78 = {Pw:.2f} D.", asm=["thin lens"])

di = 1 / (1 / 50 - 1 / 3000)
add("optics",
    "A camera with a 50 mm focal-length lens is focused on a friend standing 3.0 m away. How far from the lens must the image sensor be?",
    {"focal length": "50 mm", "object distance": "3.0 m"},
    "lens-to-sensor distance", "mm", di, laws=1,
    sol=f"1/di = 1/50 - 1/3000 -> di = {di:.2f} mm.", asm=["thin lens"])

di = 1 / (1 / 50 - 1 / 10000)
hi = 1800 * di / 10000
add("optics",
    "A photographer uses a 50 mm lens to photograph a 1.8 m tall person standing 10 m away. How tall is the person's image on the sensor?",
    {"focal length": "50 mm", "height of the person": "1.8 m", "distance to the person": "10 m"},
    "height of the image", "mm", hi, laws=2,
    sol=f"di = {di:.3f} mm; m = di/do; h_i = 1800 mm * {di:.3f}/10000 = {hi:.3f} mm.", asm=["thin lens"])

M = (160 / 4.0) * (250 / 25)
add("optics",
    "A laboratory microscope has an objective of focal length 4.0 mm and an eyepiece of focal length 25 mm, with a tube length of 160 mm. Taking the near point as 25 cm, what is the overall magnification?",
    {"focal length of the objective": "4.0 mm", "focal length of the eyepiece": "25 mm", "tube length": "160 mm", "near point": "25 cm"},
    "overall magnification", "dimensionless", M, laws=2,
    sol=f"m_obj = 160/4 = 40; M_eye = 250/25 = 10; M = {M:.0f}.", asm=["standard approximation M = (L/fo)(N/fe)"])

M = 1200 / 25
add("optics",
    "An amateur refracting telescope has an objective lens 100 mm in diameter with a focal length of 1200 mm. Used with a 25 mm eyepiece, what angular magnification does it give?",
    {"diameter of the objective": "100 mm", "focal length of the objective": "1200 mm", "focal length of the eyepiece": "25 mm"},
    "angular magnification", "dimensionless", M, laws=1, irr=["diameter of the objective"],
    sol=f"M = fo/fe = {M:.0f}.", asm=["relaxed eye, thin lenses"])

thc = math.degrees(math.asin(1 / 1.33))
add("optics",
    "A diver looks up toward the flat, calm water surface. Beyond what angle from the vertical does she see total internal reflection instead of the sky? Take n = 1.33 for water.",
    {"refractive index of water": "1.33"},
    "critical angle", "deg", thc, laws=1,
    sol=f"sin(theta_c) = 1/1.33 -> theta_c = {thc:.1f} deg.", asm=["n_air = 1.00"])

th = math.degrees(math.asin(math.sqrt(1.48 ** 2 - 1.46 ** 2)))
add("optics",
    "An optical fibre has a core of index 1.48 and cladding of index 1.46. What is the largest angle to the fibre axis at which light from air can enter the end face and still be guided by total internal reflection?",
    {"index of the core": "1.48", "index of the cladding": "1.46"},
    "maximum acceptance angle", "deg", th, laws=2,
    sol=f"sin(theta_a) = sqrt(n1^2 - n2^2) = {math.sqrt(1.48**2-1.46**2):.4f} -> {th:.2f} deg.", asm=["Snell's law at entry and critical angle at core-cladding boundary", "n_air = 1.00"])

t = 550 / (4 * 1.38)
add("optics",
    "Camera lenses carry an anti-reflection coating of magnesium fluoride (n = 1.38) on glass (n = 1.52). What is the minimum coating thickness that suppresses reflection of 550 nm light at normal incidence?",
    {"index of the coating": "1.38", "index of the glass": "1.52", "wavelength in air": "550 nm"},
    "minimum coating thickness", "nm", t, laws=1,
    sol=f"Both reflections have a half-wave shift, so 2nt = lambda/2: t = 550/(4*1.38) = {t:.1f} nm.", asm=["normal incidence"])

dy = 532e-9 * 2.0 / 0.25e-3 * 1000
add("optics",
    "Green laser light of wavelength 532 nm passes through two slits 0.25 mm apart and falls on a screen 2.0 m away. What is the spacing between adjacent bright fringes?",
    {"wavelength": "532 nm", "slit separation": "0.25 mm", "distance to the screen": "2.0 m"},
    "fringe spacing", "mm", dy, laws=1,
    sol=f"dy = lambda L/d = {dy:.3f} mm.", asm=["small-angle approximation"])

f = -1.6 / 2
di = 1 / (1 / f - 1 / 10)
mm_ = -di / 10
add("optics",
    "A car's convex passenger-side mirror has a radius of curvature of 1.6 m. A following car is 10 m behind the mirror. What is the lateral magnification of its image?",
    {"radius of curvature of the mirror": "1.6 m", "distance to the following car": "10 m"},
    "lateral magnification", "dimensionless", mm_, laws=2,
    sol=f"f = -R/2 = -0.80 m; 1/di = 1/f - 1/do -> di = {di:.4f} m; m = -di/do = {mm_:.4f}.", asm=["paraxial mirror equation"])

I = 800 / 2 * math.cos(math.radians(30)) ** 2
add("optics",
    "Unpolarized sunlight of intensity 800 W/m^2 passes through two polarizing filters whose transmission axes are 30 degrees apart. What intensity emerges from the second filter?",
    {"incident intensity": "800 W/m^2", "angle between transmission axes": "30 deg"},
    "transmitted intensity", "W/m^2", I, laws=2,
    sol=f"First filter halves: 400 W/m^2; Malus: 400 cos^2(30) = {I:.0f} W/m^2.", asm=["ideal polarizers"])

# ======================= ELECTROMAGNETISM =======================
tau = 200 * 1.5 * (0.05 * 0.08) * 0.40
add("electromagnetism",
    "The rectangular coil of a small DC motor has 200 turns, each 5.0 cm by 8.0 cm, and carries 1.5 A in a uniform 0.40 T magnetic field. What is the maximum torque on the coil?",
    {"number of turns": "200", "coil width": "5.0 cm", "coil length": "8.0 cm", "current": "1.5 A", "magnetic field": "0.40 T"},
    "maximum torque", "N*m", tau, laws=1,
    sol=f"tau = N I A B = 200*1.5*0.004*0.40 = {tau:.3f} N m.", asm=["uniform field"])

w = 3000 * 2 * math.pi / 60
Erms = 150 * 0.25 * 0.020 * w / math.sqrt(2)
add("electromagnetism",
    "A simple AC generator has a 150-turn coil of area 0.020 m^2 rotating at 3000 rpm in a uniform 0.25 T field. What is the rms value of the induced emf?",
    {"number of turns": "150", "coil area": "0.020 m^2", "rotation rate": "3000 rpm", "magnetic field": "0.25 T"},
    "rms emf", "V", Erms, laws=2,
    sol=f"peak = N B A omega = {150*0.25*0.02*w:.1f} V; rms = peak/sqrt2 = {Erms:.1f} V.", asm=["sinusoidal emf"])

Ns = 1150 * 12 / 230
add("electromagnetism",
    "A transformer for a 60 W halogen lamp steps 230 V mains down to 12 V. Its primary has 1150 turns. How many turns does the secondary have?",
    {"lamp power": "60 W", "primary voltage": "230 V", "secondary voltage": "12 V", "primary turns": "1150"},
    "number of secondary turns", "dimensionless", Ns, laws=1, irr=["lamp power"],
    sol=f"Ns = Np Vs/Vp = {Ns:.0f}.", asm=["ideal transformer"])

Ip = 23000 / 11000
add("electromagnetism",
    "A neighbourhood transformer steps 11 kV down to 230 V and supplies a load of 23 kW. Treating it as ideal, what current flows in its primary winding?",
    {"primary voltage": "11 kV", "secondary voltage": "230 V", "load power": "23 kW"},
    "primary current", "A", Ip, laws=2,
    sol=f"Power in = power out: Ip = 23000/11000 = {Ip:.3f} A.", asm=["ideal transformer, unity power factor"])

I = 100e6 / 400e3
Pl = I ** 2 * 5 / 1000
add("electromagnetism",
    "A power station sends 100 MW over a transmission line at 400 kV. The total resistance of the line is 5.0 ohm. How much power is lost as heat in the line?",
    {"transmitted power": "100 MW", "transmission voltage": "400 kV", "line resistance": "5.0 ohm"},
    "power lost in the line", "kW", Pl, laws=2,
    sol=f"I = P/V = {I:.0f} A; loss = I^2 R = {Pl:.1f} kW.", asm=["unity power factor"])

K = (e * 1.5 * 0.50) ** 2 / (2 * mp) / MeV
add("electromagnetism",
    "A cyclotron with a 1.5 T magnetic field has dees of radius 0.50 m. What is the maximum kinetic energy, in MeV, to which it can accelerate protons?",
    {"magnetic field": "1.5 T", "radius of the dees": "0.50 m"},
    "maximum kinetic energy of the protons", "MeV", K, laws=2,
    sol=f"r = mv/(qB) -> K = (qBr)^2/(2m) = {K:.2f} MeV.", asm=["non-relativistic", CON])

B = mu0 * 500 / (2 * math.pi * 20) * 1e6
add("electromagnetism",
    "A long straight 345 kV overhead power line carries a current of 500 A. What magnetic field does it produce at a point 20 m from the line?",
    {"line voltage": "345 kV", "current": "500 A", "distance from the line": "20 m"},
    "magnetic field strength", "uT", B, laws=1, irr=["line voltage"],
    sol=f"B = mu0 I/(2 pi r) = {B:.2f} uT.", asm=["long straight wire", "ignore return conductor and Earth's field"])

E = 0.5 * 330e-6 * 300 ** 2
Pavg = E / 1e-3 / 1000
add("electromagnetism",
    "A camera flash unit stores energy in a 330 uF capacitor charged to 300 V. The capacitor fully discharges through the flash tube in 1.0 ms. What is the average power delivered during the flash?",
    {"capacitance": "330 uF", "charging voltage": "300 V", "flash duration": "1.0 ms"},
    "average power of the flash", "kW", Pavg, laws=2,
    sol=f"E = 0.5 C V^2 = {E:.2f} J; P = E/t = {Pavg:.2f} kW.", asm=["complete discharge"])

Qs = 4 * math.pi * eps0 * 0.20 * 200e3 * 1e6
add("electromagnetism",
    "A Van de Graaff generator's spherical dome has a radius of 0.20 m and is charged to a potential of 200 kV relative to distant ground. How much charge is on the dome?",
    {"radius of the dome": "0.20 m", "potential of the dome": "200 kV"},
    "charge on the dome", "uC", Qs, laws=1,
    sol=f"V = kQ/R -> Q = 4 pi eps0 R V = {Qs:.2f} uC.", asm=["isolated sphere", CON])

mion = 14 * u
rion = math.sqrt(2 * mion * 2000 / e) / 0.25 * 100
add("electromagnetism",
    "In a mass spectrometer used for radiocarbon work, singly charged carbon-14 ions (mass 14 u) start from rest, are accelerated through 2000 V, and then enter a uniform 0.25 T magnetic field perpendicular to their velocity. What is the radius of their circular path?",
    {"ion mass": "14 u", "accelerating voltage": "2000 V", "magnetic field": "0.25 T"},
    "radius of the ion path", "cm", rion, laws=2,
    sol=f"v = sqrt(2qV/m) = {math.sqrt(2*e*2000/mion):.0f} m/s; r = mv/(qB) = {rion:.2f} cm.", asm=["u = 1.66054e-27 kg", CON, "non-relativistic"])

effm = 50 * g * 1.5 / (230 * 5.0) * 100
add("electromagnetism",
    "A winch motor draws 5.0 A from a 230 V supply while lifting a 50 kg load vertically at a steady 1.5 m/s. What is the efficiency of the motor-winch system?",
    {"current": "5.0 A", "supply voltage": "230 V", "mass of the load": "50 kg", "lifting speed": "1.5 m/s"},
    "efficiency", "percent", effm, laws=2,
    sol=f"P_out = mgv = {50*g*1.5:.1f} W; P_in = VI = 1150 W; eta = {effm:.1f}%.", asm=[G9, "DC or unity power factor"])

# ======================= CIRCUITS =======================
Rk = 230 ** 2 / 2000
add("circuits",
    "An electric kettle is rated 2.0 kW at 230 V. What is the resistance of its heating element when operating?",
    {"power rating": "2.0 kW", "voltage": "230 V"},
    "resistance of the element", "ohm", Rk, laws=2,
    sol=f"P = V^2/R -> R = 230^2/2000 = {Rk:.2f} ohm.", asm=["resistive load"])

E = 3.0 * 24 * 365 / 1000
add("circuits",
    "A 55-inch television draws 3.0 W in standby mode. If it is left on standby all year (365 days), how much electrical energy does it use in standby?",
    {"screen size": "55 in", "standby power": "3.0 W", "duration": "365 day"},
    "standby energy per year", "kWh", E, laws=1, irr=["screen size"],
    sol=f"E = 3.0 W * 8760 h = {E:.2f} kWh.", asm=["continuous standby"])

Rc = 1.68e-8 * 50 / 1.5e-6
dV = 10 * Rc
add("circuits",
    "A 25 m extension cord has two copper conductors, each of cross-section 1.5 mm^2 (resistivity 1.68 x 10^-8 ohm m). When it carries 10 A to a power tool, what is the total voltage drop along the cord (both conductors)?",
    {"length of the cord": "25 m", "conductor cross-section": "1.5 mm^2", "resistivity of copper": "1.68e-8 ohm*m", "current": "10 A"},
    "voltage drop in the cord", "V", dV, laws=2,
    sol=f"Total wire length 50 m: R = rho L/A = {Rc:.3f} ohm; dV = I R = {dV:.2f} V.", asm=["copper at room temperature"])

Eb = 3.0 * 3600 * 3.85 / 1000
add("circuits",
    "A smartphone battery is rated 3000 mAh at a nominal 3.85 V. How much energy, in kJ, does a full charge store?",
    {"battery capacity": "3000 mA*h", "nominal voltage": "3.85 V"},
    "stored energy", "kJ", Eb, laws=1,
    sol=f"E = Q V = 10800 C * 3.85 V = {Eb:.2f} kJ.", asm=["constant nominal voltage"])

Rb = 120 / (25 / 120) / 50
add("circuits",
    "A string of 50 identical holiday lights is wired in series and plugged into 120 V; the whole string consumes 25 W. Determine the resistance of each bulb.",
    {"number of bulbs": "50", "supply voltage": "120 V", "total power": "25 W"},
    "resistance of one bulb", "ohm", Rb, laws=2,
    sol=f"I = P/V = {25/120:.4f} A; R_total = V/I = 576 ohm; each {Rb:.2f} ohm.", asm=["identical bulbs, no wire resistance"])

Req = 1 / (1 / 10 + 1 / 20 + 1 / 30)
I = 12 / Req
add("circuits",
    "Three resistors of 10 ohm, 20 ohm and 30 ohm are connected in parallel across a 12 V car battery. How much current does the battery supply?",
    {"first resistance": "10 ohm", "second resistance": "20 ohm", "third resistance": "30 ohm", "battery voltage": "12 V"},
    "total current", "A", I, laws=2,
    sol=f"R_eq = {Req:.4f} ohm; I = 12/R_eq = {I:.2f} A.", asm=["ideal battery"])

Vout = 9.0 * 10 / (4.7 + 10)
add("circuits",
    "A sensor circuit uses a voltage divider: a 4.7 kohm resistor in series with a 10 kohm resistor across a 9.0 V battery. What voltage appears across the 10 kohm resistor when nothing else is connected?",
    {"first resistor": "4.7 kohm", "second resistor": "10 kohm", "battery voltage": "9.0 V"},
    "voltage across the 10 kohm resistor", "V", Vout, laws=2,
    sol=f"I = 9/14.7 kohm; V = 9*10/14.7 = {Vout:.3f} V.", asm=["ideal battery, no load"])

Ipv = 1.7 * 1000 * 0.20 / 36
add("circuits",
    "A 20 kg rooftop solar panel has an area of 1.7 m^2 and an efficiency of 20%. In full sunlight of 1000 W/m^2 it operates at 36 V. What current does it deliver?",
    {"mass of the panel": "20 kg", "area of the panel": "1.7 m^2", "efficiency": "20 percent", "irradiance": "1000 W/m^2", "operating voltage": "36 V"},
    "output current", "A", Ipv, laws=2, irr=["mass of the panel"],
    sol=f"P = 0.20*1000*1.7 = 340 W; I = P/V = {Ipv:.2f} A.", asm=["normal incidence"])

Rn = 230 ** 2 / 1000
A = math.pi * (0.25e-3) ** 2
Ln = Rn * A / 1.10e-6
add("circuits",
    "A heating element for a 1000 W, 230 V fan heater is to be wound from nichrome wire of radius 0.25 mm and resistivity 1.10 x 10^-6 ohm m (at operating temperature). What length of wire is needed?",
    {"power": "1000 W", "voltage": "230 V", "wire radius": "0.25 mm", "resistivity of nichrome": "1.10e-6 ohm*m"},
    "length of wire", "m", Ln, laws=2,
    sol=f"R = V^2/P = {Rn:.1f} ohm; A = {A:.4e} m^2; L = R A/rho = {Ln:.2f} m.", asm=["resistivity quoted at operating temperature"])

tch = 75 * 0.60 / (11 * 0.90)
add("circuits",
    "An electric car has a 75 kWh battery and a rated range of 450 km. How long does it take to charge the battery from 20% to 80% on an 11 kW home charger if 90% of the energy drawn from the wall reaches the battery?",
    {"battery capacity": "75 kWh", "rated range": "450 km", "initial state of charge": "20 percent", "final state of charge": "80 percent", "charger power": "11 kW", "charging efficiency": "90 percent"},
    "charging time", "h", tch, laws=1, irr=["rated range"],
    sol=f"Energy to battery = 45 kWh; from wall = 50 kWh; t = 50/11 = {tch:.2f} h.", asm=["constant charging power"])

# ======================= MODERN =======================
lam = h * c / (e * 80e3) * 1e12
add("modern",
    "A medical X-ray tube operates at an accelerating voltage of 80 kV with a tube current of 5.0 mA. What is the shortest wavelength in the X-ray spectrum it produces?",
    {"accelerating voltage": "80 kV", "tube current": "5.0 mA"},
    "minimum X-ray wavelength", "pm", lam, laws=1, irr=["tube current"],
    sol=f"lambda_min = hc/(eV) = {lam:.2f} pm.", asm=[CON])

Np = 5e-3 * 532e-9 / (h * c)
add("modern",
    "A 5.0 mW green laser pointer emits light of wavelength 532 nm. How many photons does it emit per second?",
    {"output power": "5.0 mW", "wavelength": "532 nm"},
    "photon emission rate", "1/s", Np, laws=2,
    sol=f"E_photon = hc/lambda = {h*c/532e-9:.4e} J; N = P/E = {Np:.3e} per s.", asm=[CON])

Eph = h * c / 400e-9 / e
Vs = Eph - 2.28
add("modern",
    "Violet light of wavelength 400 nm falls on a sodium photocathode with work function 2.28 eV. What stopping potential is needed to halt the fastest photoelectrons?",
    {"wavelength": "400 nm", "work function of sodium": "2.28 eV"},
    "stopping potential", "V", Vs, laws=2,
    sol=f"E = hc/lambda = {Eph:.3f} eV; K_max = {Vs:.3f} eV; V_s = {Vs:.3f} V.", asm=[CON])

lamd = h / math.sqrt(2 * me * e * 100) * 1e12
add("modern",
    "In an electron diffraction experiment, electrons are accelerated from rest through a potential difference of 100 V. What is their de Broglie wavelength?",
    {"accelerating voltage": "100 V"},
    "de Broglie wavelength", "pm", lamd, laws=2,
    sol=f"p = sqrt(2 m e V); lambda = h/p = {lamd:.1f} pm.", asm=["non-relativistic", CON])

gam = 1 / math.sqrt(1 - 0.995 ** 2)
dmu = gam * 2.2e-6 * 0.995 * c
add("modern",
    "Muons created by cosmic rays high in the atmosphere move at 0.995c. Their mean lifetime at rest is 2.2 us. How far, on average, does a muon travel in the Earth frame before decaying?",
    {"speed of the muons": "0.995 c", "proper mean lifetime": "2.2 us"},
    "mean distance travelled", "m", dmu, laws=2,
    sol=f"gamma = {gam:.3f}; dilated lifetime = {gam*2.2:.2f} us; d = v*t = {dmu:.0f} m.", asm=[CON])

beta = 3870 / c
lag = 86400 * (1 - math.sqrt(1 - beta ** 2)) * 1e6
add("modern",
    "A GPS satellite moves at 3.87 km/s relative to the Earth's centre. Considering special-relativistic time dilation only, by how many microseconds per day does its clock fall behind a clock at rest?",
    {"orbital speed": "3.87 km/s"},
    "time lag per day", "us", lag, laws=1,
    sol=f"dt = 86400 s (1 - sqrt(1 - v^2/c^2)) ~ 86400 v^2/(2c^2) = {lag:.2f} us.", asm=["special relativity only, ignore gravitational effect", CON])

gm = 1 + 25 / 510.99895
vb = c * math.sqrt(1 - 1 / gm ** 2)
add("modern",
    "In an old cathode-ray television tube, electrons are accelerated from rest through 25 kV. Using relativistic mechanics, what speed do they reach?",
    {"accelerating voltage": "25 kV"},
    "speed of the electrons", "m/s", vb, laws=2,
    sol=f"gamma = 1 + 25/511 = {gm:.5f}; v = c sqrt(1-1/gamma^2) = {vb:.3e} m/s.", asm=["electron rest energy 0.511 MeV", CON])

lam0 = h * c / (100e3 * e)
lam1 = lam0 + h / (me * c)
E1 = h * c / lam1 / e / 1000
add("modern",
    "A 100 keV X-ray photon Compton-scatters off a free electron and emerges at 90 degrees to its original direction. What is the energy of the scattered photon?",
    {"initial photon energy": "100 keV", "scattering angle": "90 deg"},
    "energy of the scattered photon", "keV", E1, laws=2,
    sol=f"lambda0 = {lam0*1e12:.3f} pm; shift = h/(m c)(1-cos90) = {h/(me*c)*1e12:.3f} pm; E' = {E1:.2f} keV.", asm=["free electron at rest", CON])

Eha = 13.6 * (1 / 4 - 1 / 9)
lamha = h * c / (Eha * e) * 1e9
add("modern",
    "Using the Bohr model with hydrogen energy levels E_n = -13.6 eV/n^2, determine the wavelength of the red H-alpha line emitted in the transition from n = 3 to n = 2, which astronomers use to image stars and nebulae.",
    {"ground-state energy magnitude": "13.6 eV", "initial level": "3", "final level": "2"},
    "wavelength of the H-alpha line", "nm", lamha, laws=2,
    sol=f"dE = 13.6(1/4-1/9) = {Eha:.4f} eV; lambda = hc/dE = {lamha:.1f} nm.", asm=[CON])

# ======================= NUCLEAR =======================
age = 5730 * math.log(1 / 0.35) / math.log(2)
add("nuclear",
    "A 12 g charcoal sample from an ancient hearth has 35% of the carbon-14 activity per gram of living wood. Taking the half-life of carbon-14 as 5730 years, estimate the sample's age.",
    {"mass of the sample": "12 g", "fraction of original activity": "35 percent", "half-life of carbon-14": "5730 year"},
    "age of the sample", "year", age, laws=1, irr=["mass of the sample"],
    sol=f"t = T ln(1/0.35)/ln2 = {age:.0f} years.", asm=["constant atmospheric C-14 level"])

A = 800 * 0.5 ** (24 / 6.0)
add("nuclear",
    "A 70 kg patient is injected with a technetium-99m tracer having an activity of 800 MBq. The half-life of Tc-99m is 6.0 h. Ignoring biological elimination, what is the activity 24 h later?",
    {"mass of the patient": "70 kg", "initial activity": "800 MBq", "half-life": "6.0 h", "elapsed time": "24 h"},
    "activity after 24 h", "MBq", A, laws=1, irr=["mass of the patient"],
    sol=f"4 half-lives: A = 800/16 = {A:.0f} MBq.", asm=["physical decay only"])

lam_ = math.log(2) / (5.27 * yr)
Nco = 1e-6 / 59.93 * NA
Aco = lam_ * Nco / 1e6
add("nuclear",
    "A cobalt-60 source used in radiotherapy calibration contains 1.0 ug of Co-60 (molar mass 59.93 g/mol, half-life 5.27 years). What is its activity in MBq?",
    {"mass of cobalt-60": "1.0 ug", "molar mass": "59.93 g/mol", "half-life": "5.27 year"},
    "activity of the source", "MBq", Aco, laws=2,
    sol=f"N = {Nco:.4e}; lambda = ln2/(5.27 y) = {lam_:.4e} /s; A = {Aco:.1f} MBq.", asm=["1 year = 365.25 d", CON])

BE = (2 * 1.007825 + 2 * 1.008665 - 4.002603) * 931.494
add("nuclear",
    "Using atomic masses m(H-1) = 1.007825 u, m(He-4) = 4.002603 u and the neutron mass 1.008665 u, find the total binding energy of the helium-4 nucleus in MeV (1 u = 931.494 MeV/c^2).",
    {"mass of hydrogen-1 atom": "1.007825 u", "mass of helium-4 atom": "4.002603 u", "mass of the neutron": "1.008665 u", "energy equivalent of 1 u": "931.494 MeV"},
    "binding energy of helium-4", "MeV", BE, laws=1,
    sol=f"dm = 2(1.007825)+2(1.008665)-4.002603 = {BE/931.494:.6f} u; BE = {BE:.2f} MeV.", asm=["electron masses cancel using atomic masses"])

fis = 3e9 / (200 * MeV)
mU = fis * 86400 / NA * 235.04 / 1000
add("nuclear",
    "A nuclear power plant produces 1000 MW of electricity from 3000 MW of thermal power generated by U-235 fission. Each fission releases 200 MeV. What mass of U-235 (molar mass 235.04 g/mol) undergoes fission each day?",
    {"electrical output": "1000 MW", "thermal power": "3000 MW", "energy per fission": "200 MeV", "molar mass of U-235": "235.04 g/mol"},
    "mass of U-235 fissioned per day", "kg", mU, laws=2, irr=["electrical output"],
    sol=f"Fissions/s = 3e9/(200 MeV) = {fis:.4e}; per day {fis*86400:.4e}; mass = {mU:.3f} kg.", asm=[CON])

tR = 3.82 * math.log2(10)
add("nuclear",
    "After a basement is sealed from the soil, the radon-222 already in the air decays with a half-life of 3.82 days. How long until the radon concentration falls to 10% of its initial value?",
    {"half-life of radon-222": "3.82 day", "final fraction": "10 percent"},
    "time to reach 10%", "day", tR, laws=1,
    sol=f"t = T log2(10) = {tR:.2f} days.", asm=["no new radon enters, no ventilation"])

Hs = 14e-3 / 70 * 20 * 1000
add("nuclear",
    "A 70 kg worker's body absorbs 14 mJ of energy from alpha radiation (radiation weighting factor 20), spread uniformly. What equivalent dose does the worker receive, in mSv?",
    {"mass of the worker": "70 kg", "absorbed energy": "14 mJ", "radiation weighting factor": "20"},
    "equivalent dose", "mSv", Hs, laws=2,
    sol=f"D = E/m = {14e-3/70:.1e} Gy; H = 20 D = {Hs:.1f} mSv.", asm=["uniform whole-body absorption"])

Qa = (226.025410 - 222.017578 - 4.002603) * 931.494
Ka = Qa * 222.017578 / (222.017578 + 4.002603)
add("nuclear",
    "Radium-226 (atomic mass 226.025410 u) alpha-decays at rest to radon-222 (222.017578 u) and helium-4 (4.002603 u). What kinetic energy does the alpha particle carry away? (1 u = 931.494 MeV/c^2)",
    {"mass of radium-226": "226.025410 u", "mass of radon-222": "222.017578 u", "mass of helium-4": "4.002603 u", "energy equivalent of 1 u": "931.494 MeV"},
    "kinetic energy of the alpha particle", "MeV", Ka, laws=2,
    sol=f"Q = dm c^2 = {Qa:.3f} MeV; momentum conservation: K_alpha = Q M_Rn/(M_Rn + M_alpha) = {Ka:.3f} MeV.", asm=["non-relativistic", "parent at rest", "decay to ground state"])

lam511 = h / (me * c) * 1e12
add("nuclear",
    "In a PET scanner, a positron and an electron, both essentially at rest, annihilate into two photons of equal energy. What is the wavelength of each photon?",
    {},
    "wavelength of each annihilation photon", "pm", lam511, laws=2,
    sol=f"Each photon E = m_e c^2 = 511 keV; lambda = hc/E = h/(m_e c) = {lam511:.3f} pm.", asm=[CON])

# ======================= ASTRO =======================
Ls = 4 * math.pi * 6.957e8 ** 2 * sigma * 5772 ** 4
add("astro",
    "Treating the Sun as a blackbody with surface temperature 5772 K and radius 6.957 x 10^8 m, calculate its total luminosity.",
    {"surface temperature of the Sun": "5772 K", "radius of the Sun": "6.957e8 m"},
    "luminosity of the Sun", "W", Ls, laws=1,
    sol=f"L = 4 pi R^2 sigma T^4 = {Ls:.3e} W.", asm=["blackbody", CON])

ratio = 1.711 ** 2 * (9940 / 5772) ** 4
add("astro",
    "Sirius A has a radius 1.711 times that of the Sun and a surface temperature of 9940 K, while the Sun's surface temperature is 5772 K. How many times more luminous than the Sun is Sirius A?",
    {"radius of Sirius A in solar radii": "1.711", "surface temperature of Sirius A": "9940 K", "surface temperature of the Sun": "5772 K"},
    "luminosity ratio L_Sirius/L_Sun", "dimensionless", ratio, laws=1,
    sol=f"L/Lsun = (R/Rsun)^2 (T/Tsun)^4 = 2.928*{(9940/5772)**4:.3f} = {ratio:.1f}.", asm=["both stars blackbodies"])

vesc = math.sqrt(2 * G * 7.35e22 / 1.737e6) / 1000
add("astro",
    "What is the escape speed from the surface of the Moon, given its mass of 7.35 x 10^22 kg and radius of 1737 km?",
    {"mass of the Moon": "7.35e22 kg", "radius of the Moon": "1737 km"},
    "escape speed", "km/s", vesc, laws=1,
    sol=f"v = sqrt(2GM/R) = {vesc:.3f} km/s.", asm=["G = 6.67430e-11 N m^2/kg^2", "no atmosphere"])

Ms = 4 * math.pi ** 2 * AU ** 3 / (G * (365.25 * 86400) ** 2)
add("astro",
    "The Earth orbits the Sun on a nearly circular path of radius 1 AU (1.496 x 10^11 m) in 365.25 days. From these data, determine the mass of the Sun.",
    {"orbital radius of the Earth": "1.496e11 m", "orbital period": "365.25 day"},
    "mass of the Sun", "kg", Ms, laws=2,
    sol=f"G M m/r^2 = m (2 pi/T)^2 r -> M = 4 pi^2 r^3/(G T^2) = {Ms:.4e} kg.", asm=["G = 6.67430e-11 N m^2/kg^2", "circular orbit, Earth mass negligible"])

dH = c * 0.020 / 1000 / 70
add("astro",
    "The spectral lines of a distant galaxy are redshifted by z = 0.020. Using v = cz and a Hubble constant of 70 km/s per Mpc, how far away is the galaxy?",
    {"redshift": "0.020", "Hubble constant": "70 km/s/Mpc"},
    "distance to the galaxy", "Mpc", dH, laws=2,
    sol=f"v = cz = {c*0.02/1000:.0f} km/s; d = v/H0 = {dH:.1f} Mpc.", asm=["low-redshift approximation", CON])

gM = G * 6.42e23 / 3.39e6 ** 2
TM = 2 * math.pi * math.sqrt(1.0 / gM)
add("astro",
    "A 1.0 m long simple pendulum is set up by astronauts on Mars, whose mass is 6.42 x 10^23 kg and radius 3390 km. What is its period of small oscillations there?",
    {"length of the pendulum": "1.0 m", "mass of Mars": "6.42e23 kg", "radius of Mars": "3390 km"},
    "period of the pendulum on Mars", "s", TM, laws=2,
    sol=f"g_Mars = GM/R^2 = {gM:.3f} m/s^2; T = 2 pi sqrt(L/g) = {TM:.3f} s.", asm=["G = 6.67430e-11 N m^2/kg^2", "small oscillations"])

Teq = (3.828e26 * (1 - 0.25) / (16 * math.pi * sigma * (1.524 * AU) ** 2)) ** 0.25
add("astro",
    "Mars orbits at 1.524 AU from the Sun, whose luminosity is 3.828 x 10^26 W, and reflects 25% of incoming sunlight. Treating Mars as a rapidly rotating blackbody absorber/emitter, what is its equilibrium temperature?",
    {"orbital distance of Mars": "1.524 au", "luminosity of the Sun": "3.828e26 W", "albedo of Mars": "0.25"},
    "equilibrium temperature of Mars", "K", Teq, laws=2,
    sol=f"Absorbed L(1-A) pi r^2/(4 pi d^2) = emitted 4 pi r^2 sigma T^4 -> T = {Teq:.0f} K.", asm=["1 AU = 1.496e11 m", "uniform emission", CON])

Rs = 2 * G * 10 * 1.989e30 / c ** 2 / 1000
add("astro",
    "What is the Schwarzschild radius of a black hole of 10 solar masses? Take one solar mass as 1.989 x 10^30 kg.",
    {"mass of the black hole": "10 solar_mass", "solar mass": "1.989e30 kg"},
    "Schwarzschild radius", "km", Rs, laws=1,
    sol=f"R_s = 2GM/c^2 = {Rs:.2f} km.", asm=[CON])

Fs = 2 * 1361 * 100 / c * 1000
add("astro",
    "A 10 kg solar sail of area 100 m^2 is perfectly reflecting and faces the Sun squarely at 1 AU, where the sunlight intensity is 1361 W/m^2. What force does the radiation exert on it?",
    {"mass of the sail": "10 kg", "area of the sail": "100 m^2", "solar intensity": "1361 W/m^2"},
    "radiation force on the sail", "mN", Fs, laws=1, irr=["mass of the sail"],
    sol=f"F = 2 I A/c = {Fs:.3f} mN.", asm=["perfect reflection at normal incidence", CON])

vgeo = 2 * math.pi * 42164e3 / 86164 / 1000
add("astro",
    "A 3500 kg geostationary communications satellite orbits at 42164 km from the Earth's centre, completing one orbit every sidereal day (86164 s). What is its orbital speed?",
    {"mass of the satellite": "3500 kg", "orbital radius": "42164 km", "orbital period": "86164 s"},
    "orbital speed", "km/s", vgeo, laws=1, irr=["mass of the satellite"],
    sol=f"v = 2 pi r/T = {vgeo:.3f} km/s.", asm=["circular orbit"])


# ======================= NOT DERIVABLE =======================
ND = "not derivable"
add("mechanics",
    "A freight elevator starts from rest and accelerates upward at 1.5 m/s^2 for 3.0 s. What is the tension in its supporting cable during this time?",
    {"upward acceleration": "1.5 m/s^2", "duration of acceleration": "3.0 s"},
    "tension in the cable", "N", None, outcome=ND, laws=1,
    sol="T = m(g+a), but the mass of the elevator and load is never given, so T cannot be found.", asm=[G9])

add("mechanics",
    "Water flows through the turbines of a small hydroelectric station at 300 m^3/s, and the plant converts 90% of the water's lost gravitational energy into electricity. What is the electrical power output?",
    {"volume flow rate": "300 m^3/s", "efficiency": "90 percent"},
    "electrical power output", "MW", None, outcome=ND, laws=2,
    sol="P = eta rho g Q h requires the head (height of fall), which is not given.", asm=[G9])

add("thermodynamics",
    "A steel gas cylinder stored at 20 degC holds nitrogen (molar mass 28 g/mol) at a pressure of 150 bar. What mass of nitrogen is inside?",
    {"temperature": "20 degC", "pressure": "150 bar", "molar mass of nitrogen": "28 g/mol"},
    "mass of nitrogen", "kg", None, outcome=ND, laws=1,
    sol="m = pVM/(RT) needs the cylinder volume, which is not stated.", asm=["ideal gas"])

add("waves",
    "A cello string has a vibrating length of 0.69 m and sounds a fundamental of 196 Hz. What is the tension in the string?",
    {"vibrating length": "0.69 m", "fundamental frequency": "196 Hz"},
    "tension in the string", "N", None, outcome=ND, laws=2,
    sol="v = 2Lf = 270.5 m/s, but T = mu v^2 needs the linear mass density, which is not given.", asm=[])

add("electromagnetism",
    "The primary coil of a transformer has 500 turns and is connected to 230 V mains. What is the voltage across the secondary coil?",
    {"primary turns": "500", "primary voltage": "230 V"},
    "secondary voltage", "V", None, outcome=ND, laws=1,
    sol="Vs = Vp Ns/Np requires the number of secondary turns, which is missing.", asm=["ideal transformer"])

add("electromagnetism",
    "The capacitor of a disposable camera's flash is charged to 330 V before each shot. How much energy does it store?",
    {"charging voltage": "330 V"},
    "stored energy", "J", None, outcome=ND, laws=1,
    sol="E = C V^2/2 needs the capacitance, which is not given.", asm=[])

add("astro",
    "A weather satellite travels on a circular orbit at an altitude of 800 km above the Earth (Earth radius 6371 km, mass 5.972 x 10^24 kg). What is the mass of the satellite?",
    {"altitude": "800 km", "radius of the Earth": "6371 km", "mass of the Earth": "5.972e24 kg"},
    "mass of the satellite", "kg", None, outcome=ND, laws=2,
    sol="The satellite's mass cancels from the orbital equation; nothing in the data fixes it.", asm=[])

add("nuclear",
    "A hospital radiopharmacy prepares a dose of a medical isotope with an activity of 400 MBq. What will the activity of the dose be 10 h later?",
    {"initial activity": "400 MBq", "elapsed time": "10 h"},
    "activity after 10 h", "MBq", None, outcome=ND, laws=1,
    sol="Neither the isotope nor its half-life is given, so the decay factor is unknown.", asm=[])

add("thermodynamics",
    "Heat is conducted through an outside wall at a steady 400 W when the inside surface is 20 K warmer than the outside surface. How thick is the wall?",
    {"heat flow": "400 W", "temperature difference": "20 K"},
    "thickness of the wall", "m", None, outcome=ND, laws=1,
    sol="d = k A dT/P needs both the conductivity and the wall area, which are not given.", asm=["steady 1-D conduction"])

add("mechanics",
    "A rollercoaster car is released from rest at the top of the first hill and rolls without friction into a vertical loop of radius 8.0 m whose lowest point is at ground level. How fast is the car moving at the top of the loop?",
    {"radius of the loop": "8.0 m"},
    "speed at the top of the loop", "m/s", None, outcome=ND, laws=1,
    sol="Energy conservation needs the height of the first hill, which is not stated.", asm=[G9, "no friction"])

add("circuits",
    "A racing drone is powered by a 14.8 V, 1500 mAh lithium-polymer battery. For how many minutes can it hover on a full charge?",
    {"battery voltage": "14.8 V", "battery capacity": "1500 mA*h"},
    "hover time", "min", None, outcome=ND, laws=1,
    sol="Battery energy = 79.9 Wh, but the power (or current) drawn while hovering is not given.", asm=[])

add("astro",
    "A red giant star has a surface temperature of 4000 K. Treating it as a blackbody, what is its luminosity?",
    {"surface temperature": "4000 K"},
    "luminosity of the star", "W", None, outcome=ND, laws=1,
    sol="L = 4 pi R^2 sigma T^4 requires the star's radius, which is not given.", asm=["blackbody"])

add("modern",
    "Ultraviolet light of wavelength 300 nm shines on a clean metal plate in a photocell. What is the maximum kinetic energy of the ejected electrons, in eV?",
    {"wavelength": "300 nm"},
    "maximum kinetic energy of photoelectrons", "eV", None, outcome=ND, laws=2,
    sol="Photon energy is 4.13 eV, but the metal and its work function are not specified.", asm=[])

add("mechanics",
    "A commuter train accelerates uniformly from rest to 90 km/h. How far does it travel while accelerating?",
    {"final speed": "90 km/h"},
    "distance travelled", "m", None, outcome=ND, laws=1,
    sol="Neither the acceleration nor the time is given, so the distance is undetermined.", asm=["uniform acceleration"])

add("circuits",
    "Two resistors connected in parallel across a 12 V battery together draw 3.0 A. What is the resistance of each resistor?",
    {"battery voltage": "12 V", "total current": "3.0 A"},
    "resistance of each resistor", "ohm", None, outcome=ND, laws=2,
    sol="Only the equivalent resistance (4 ohm) is fixed; infinitely many pairs satisfy 1/R1 + 1/R2 = 1/4.", asm=["ideal battery"])

# ======================= ILL-POSED =======================
IP = "ill-posed"
add("fluids",
    "A solid plastic cargo crate has an average density of 1200 kg/m^3 and is placed in a freshwater canal (1000 kg/m^3). What fraction of its volume floats above the water surface?",
    {"density of the crate": "1200 kg/m^3", "density of fresh water": "1000 kg/m^3"},
    "fraction of volume above the surface", "percent", None, outcome=IP, laws=1,
    sol="The crate is denser than water and sinks; it cannot float with any fraction above the surface.", asm=[])

add("modern",
    "A proton in a particle accelerator moves at 1.2c. What is its kinetic energy in GeV?",
    {"speed of the proton": "1.2 c"},
    "kinetic energy of the proton", "GeV", None, outcome=IP, laws=1,
    sol="No massive particle can move faster than c; gamma would be imaginary.", asm=[])

add("thermodynamics",
    "An inventor claims a heat engine operating between a 500 K hot reservoir and a 300 K cold reservoir has an efficiency of 55%. If it takes in 1000 J of heat per cycle, how much heat does it reject per cycle?",
    {"hot reservoir temperature": "500 K", "cold reservoir temperature": "300 K", "claimed efficiency": "55 percent", "heat input per cycle": "1000 J"},
    "heat rejected per cycle", "J", None, outcome=IP, laws=2,
    sol="Carnot limit is 1 - 300/500 = 40%; a 55% efficiency violates the second law.", asm=[])

add("thermodynamics",
    "A sealed 10 L flask contains 2.0 mol of helium at an absolute temperature of -20 K. What is the pressure of the gas?",
    {"volume": "10 L", "amount of gas": "2.0 mol", "absolute temperature": "-20 K"},
    "pressure of the gas", "kPa", None, outcome=IP, laws=1,
    sol="Absolute (kinetic) temperature cannot be negative; the data are unphysical.", asm=["ideal gas"])

add("thermodynamics",
    "A freezer keeps its interior at -18 degC in a 25 degC kitchen and is advertised with a coefficient of performance of 12. How much electrical work does it need to remove 500 kJ of heat from the interior?",
    {"interior temperature": "-18 degC", "kitchen temperature": "25 degC", "coefficient of performance": "12", "heat removed": "500 kJ"},
    "electrical work required", "kJ", None, outcome=IP, laws=2,
    sol="Carnot COP = 255.15/43 = 5.93; a COP of 12 is impossible.", asm=[])

add("mechanics",
    "A straight ski slope is 50 m long measured along the snow and has a vertical drop of 80 m. A skier starts from rest at the top; the coefficient of kinetic friction is 0.10. What is her speed at the bottom?",
    {"length of the slope": "50 m", "vertical drop": "80 m", "coefficient of kinetic friction": "0.10"},
    "speed at the bottom", "m/s", None, outcome=IP, laws=2,
    sol="The vertical drop cannot exceed the slope length (sin theta = 1.6); the geometry is impossible.", asm=[G9])

add("circuits",
    "A 9.0 V battery with internal resistance 0.50 ohm delivers a current of 30 A to an external load. What is the resistance of the load?",
    {"emf": "9.0 V", "internal resistance": "0.50 ohm", "current": "30 A"},
    "load resistance", "ohm", None, outcome=IP, laws=1,
    sol="The maximum (short-circuit) current is 9.0/0.50 = 18 A; 30 A would need a negative load resistance.", asm=[])

add("astro",
    "A satellite is said to circle the Earth on a circular orbit with a period of 60 min. Using Earth's mass 5.972 x 10^24 kg and radius 6371 km, find its altitude above the surface.",
    {"orbital period": "60 min", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "altitude of the satellite", "km", None, outcome=IP, laws=2,
    sol="Kepler's law gives r = 5.06e3 km, less than Earth's radius; no such orbit exists (minimum period ~84 min).", asm=["G = 6.67430e-11 N m^2/kg^2"])

# ======================= AMBIGUOUS =======================
AM = "ambiguous"
add("mechanics",
    "A child's bicycle wheel measures 35 cm. When the bicycle rolls at 20 km/h, at how many revolutions per minute is the wheel turning?",
    {"size of the wheel": "35 cm", "speed of the bicycle": "20 km/h"},
    "rotation rate of the wheel", "rpm", None, outcome=AM, laws=1,
    sol="If 35 cm is the radius: 151.6 rpm; if it is the diameter: 303.2 rpm.", asm=["rolling without slipping"])

p_g = (2.2 + 1.01325) * 313.15 / 283.15 - 1.01325
p_a = 2.2 * 313.15 / 283.15
add("thermodynamics",
    "The air in a car tyre is at a pressure of 2.2 bar at 10 degC. After a motorway drive the air is at 40 degC with the same volume. What is the new pressure?",
    {"initial pressure": "2.2 bar", "initial temperature": "10 degC", "final temperature": "40 degC"},
    "final tyre pressure", "bar", None, outcome=AM, laws=1,
    sol=f"If 2.2 bar is gauge (as tyre pressures usually are): {p_g:.3f} bar gauge; if absolute: {p_a:.3f} bar.", asm=["ideal gas", "constant volume"])

rC = 313.15 / 293.15
rF = ((40 - 32) * 5 / 9 + 273.15) / ((20 - 32) * 5 / 9 + 273.15)
add("thermodynamics",
    "A sealed rigid can of air is warmed from 20 degrees to 40 degrees. By what factor does the pressure inside increase?",
    {"initial temperature": "20 degrees", "final temperature": "40 degrees"},
    "ratio of final to initial pressure", "dimensionless", None, outcome=AM, laws=1,
    sol=f"The temperature scale is not stated: in degC the ratio is {rC:.4f}; in degF it is {rF:.4f}.", asm=["ideal gas"])

vy = 15 * 0.5
t_up = (vy + math.sqrt(vy ** 2 + 2 * g * 20)) / g
t_dn = (-vy + math.sqrt(vy ** 2 + 2 * g * 20)) / g
add("mechanics",
    "A ball is thrown from the roof of a 20 m tall building with a speed of 15 m/s at 30 degrees to the horizontal. How long is it in the air before it hits the ground?",
    {"height of the building": "20 m", "launch speed": "15 m/s", "launch angle": "30 deg"},
    "time of flight", "s", None, outcome=AM, laws=1,
    sol=f"Above the horizontal: {t_up:.3f} s; below the horizontal: {t_dn:.3f} s.", asm=[G9, "no air resistance"])

add("optics",
    "An object is placed 30 cm from a thin 20 cm lens. Where is the image formed?",
    {"object distance": "30 cm", "lens focal length": "20 cm"},
    "image distance", "cm", None, outcome=AM, laws=1,
    sol="If the lens is converging, di = +60 cm (real); if diverging, di = -12 cm (virtual).", asm=["thin lens"])

Ipar = 160 / 230
Iser = 230 / (230 ** 2 / 60 + 230 ** 2 / 100)
add("circuits",
    "Two incandescent bulbs, rated 60 W and 100 W at 230 V, are both connected to a 230 V supply. What total current does the supply deliver?",
    {"rating of the first bulb": "60 W", "rating of the second bulb": "100 W", "rated voltage": "230 V", "supply voltage": "230 V"},
    "total current", "A", None, outcome=AM, laws=2,
    sol=f"Connection not stated: in parallel I = {Ipar:.4f} A; in series I = {Iser:.4f} A (constant resistances).", asm=["constant filament resistance"])

Me_ = 5.972e24
T1 = 2 * math.pi * math.sqrt((2.0e7) ** 3 / (G * Me_)) / 3600
T2 = 2 * math.pi * math.sqrt((2.0e7 + 6.371e6) ** 3 / (G * Me_)) / 3600
add("astro",
    "A navigation satellite moves on a circular orbit 20000 km from the Earth. Using Earth's mass 5.972 x 10^24 kg and radius 6371 km, find its orbital period in hours.",
    {"distance from the Earth": "20000 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital period", "h", None, outcome=AM, laws=2,
    sol=f"If 20000 km is measured from Earth's centre: T = {T1:.2f} h; if it is the altitude above the surface: T = {T2:.2f} h.", asm=["G = 6.67430e-11 N m^2/kg^2", "circular orbit"])

# ======================= BUILD =======================
rng = random.Random(10)
rng.shuffle(Q)
for i, q in enumerate(Q, 1):
    q_ = {"id": f"q10n-{i:03d}"}
    q_.update(q)
    Q[i - 1] = q_
keys = ["id", "field", "text", "given", "find", "unit", "expected", "outcome", "rel_tol", "laws", "irrelevant", "solution", "assumptions"]
Q = [{k: q[k] for k in keys} for q in Q]
for q in Q:
    for ir in q["irrelevant"]:
        assert ir in q["given"], (q["id"], ir)
    assert (q["expected"] is None) == (q["outcome"] != "value"), q["id"]
    if q["expected"] is not None:
        assert math.isfinite(q["expected"]) and q["expected"] > 0, q["id"]
with open(__file__.rsplit("/", 1)[0] + "/batch_n.json", "w") as fh:
    json.dump(Q, fh, indent=1)
from collections import Counter
print(len(Q), Counter(q["outcome"] for q in Q))
print("laws>=2 value:", sum(1 for q in Q if q["outcome"] == "value" and q["laws"] >= 2))
print("irrelevant:", sum(1 for q in Q if q["irrelevant"]))
print(Counter(q["field"] for q in Q))
