import math, json, os
from scipy.constants import (c, h, hbar, e, k, m_e, m_p, m_n, G, N_A, R, epsilon_0, mu_0,
                             sigma, physical_constants, atm, eV, pi)
g = 9.80665
u = physical_constants['atomic mass constant'][0]
b_wien = physical_constants['Wien wavelength displacement law constant'][0]
Ryd = physical_constants['Rydberg constant'][0]
ke = 1/(4*pi*epsilon_0)
MeV = 1e6*eV
Q = []
def add(field, text, given, find, unit, expected, laws=1, irrelevant=(), solution="", assumptions="",
        outcome="value", rel_tol=0.01):
    Q.append(dict(id="q10e-%03d" % (len(Q)+1), field=field, text=text, given=given, find=find, unit=unit,
                  expected=(None if outcome != "value" else float(expected)), outcome=outcome, rel_tol=rel_tol,
                  laws=laws, irrelevant=list(irrelevant), solution=solution, assumptions=assumptions))
GA = "g = 9.80665 m/s^2 (Earth surface gravity assumed)"
# ---------------- mechanics ----------------
m, v = 78, 11.5
add("mechanics", "A track cyclist and her bike together weigh 78 kg and she is doing 11.5 m/s down the home straight. How much kinetic energy does she carry?",
    {"combined mass of rider and bike": "78 kg", "cycling speed": "11.5 m/s"}, "kinetic energy of the cyclist and bike", "kJ", 0.5*m*v**2/1e3,
    solution="E = m v^2/2")
hd = 37
add("mechanics", "A 64 kg skier starts from rest and drops 37 m in height down an icy, effectively frictionless run. How fast is she going at the bottom?",
    {"skier's mass": "64 kg", "vertical drop": "37 m"}, "speed of the skier at the bottom", "m/s", math.sqrt(2*g*hd), laws=1,
    irrelevant=["skier's mass"], solution="v = sqrt(2 g h)", assumptions=GA+"; no friction or air drag")
v0, mu = 14.2, 0.047
add("mechanics", "A hockey puck leaves a stick at 14.2 m/s and slides across the ice with a kinetic friction coefficient of 0.047. How far does it slide before stopping?",
    {"initial speed of the puck": "14.2 m/s", "coefficient of kinetic friction": "0.047"}, "sliding distance of the puck", "m", v0**2/(2*mu*g), laws=2,
    solution="a = mu g; d = v^2/(2a)", assumptions=GA+"; level ice")
m, v, d = 1430, 27.8, 41
add("mechanics", "A 1430 kg hatchback braking hard from 27.8 m/s comes to a stop in 41 m. What is the average braking force?",
    {"mass of the hatchback": "1430 kg", "initial speed": "27.8 m/s", "stopping distance": "41 m"}, "average braking force on the hatchback", "kN",
    m*v**2/(2*d)/1e3, laws=2, solution="a = v^2/(2d); F = m a", assumptions="constant deceleration")
m1, v1, m2 = 2.4, 3.1, 1.6
add("mechanics", "On an air track, glider 1 (2.4 kg) moving at 3.1 m/s runs into glider 2 (1.6 kg), which is sitting still, and they latch together. How fast do they move afterwards?",
    {"mass of glider 1": "2.4 kg", "speed of glider 1": "3.1 m/s", "mass of glider 2": "1.6 kg"}, "speed of the joined gliders after the collision", "m/s",
    m1*v1/(m1+m2), solution="m1 v1 = (m1+m2) v", assumptions="glider 2 initially at rest; no friction")
L = 2.65
add("mechanics", "A playground swing hangs on ropes 2.65 m long. How long does one complete back-and-forth swing take for small swings?",
    {"rope length": "2.65 m"}, "period of the swing", "s", 2*pi*math.sqrt(L/g), solution="T = 2 pi sqrt(L/g)",
    assumptions=GA+"; simple pendulum, small amplitude")
kk, x = 3850, 0.215
add("mechanics", "A garage-door spring with a stiffness of 3850 N/m is stretched 21.5 cm. How much energy is stored in it?",
    {"spring stiffness": "3850 N/m", "stretch": "21.5 cm"}, "elastic energy stored in the spring", "J", 0.5*kk*x**2, solution="E = k x^2/2")
v, th = 8.3, 52
add("mechanics", "A basketball is lobbed at 8.3 m/s at 52 degrees above the horizontal and lands at the same height it was released. How far away does it land?",
    {"launch speed": "8.3 m/s", "launch angle": "52 deg"}, "horizontal range of the basketball", "m", v**2*math.sin(math.radians(2*th))/g,
    solution="R = v^2 sin(2 theta)/g", assumptions=GA+"; no air resistance")
m, a = 72, 1.35
add("mechanics", "A 72 kg passenger stands on a bathroom scale in a lift that is speeding up on its way up at 1.35 m/s^2. What force does the scale read?",
    {"passenger's mass": "72 kg", "upward acceleration of the lift": "1.35 m/s^2"}, "force read by the scale", "N", m*(g+a), laws=2,
    solution="N - m g = m a", assumptions=GA)
m, hh, t = 850, 14, 22
add("mechanics", "A building-site crane hoists an 850 kg pallet of bricks 14 m straight up at a steady speed in 22 s. What useful power does that take?",
    {"pallet mass": "850 kg", "lift height": "14 m", "time taken": "22 s"}, "power delivered by the crane", "kW", m*g*hh/t/1e3, laws=2,
    solution="W = m g h; P = W/t", assumptions=GA)
# ---------------- fluids ----------------
Qv, dd = 0.42e-3, 0.016
add("fluids", "Water comes through a garden hose with a 1.6 cm inner diameter at 0.42 litres per second. How fast is the water moving in the hose?",
    {"flow rate": "0.42 L/s", "inner diameter of the hose": "1.6 cm"}, "water speed in the hose", "m/s", Qv/(pi*dd**2/4), solution="v = Q/(pi d^2/4)")
d1, v1, d2 = 5.2, 1.3, 2.1
add("fluids", "In a brewery, wort flows at 1.3 m/s through a 5.2 cm pipe that narrows to 2.1 cm. How fast does it move in the narrow section?",
    {"wide pipe diameter": "5.2 cm", "speed in the wide pipe": "1.3 m/s", "narrow pipe diameter": "2.1 cm"}, "flow speed in the narrow section", "m/s",
    v1*(d1/d2)**2, solution="A1 v1 = A2 v2", assumptions="incompressible flow")
rho, dep = 1025, 23.5
add("fluids", "A scuba diver is 23.5 m down in seawater of density 1025 kg/m^3. What is the total (absolute) pressure on her?",
    {"depth": "23.5 m", "seawater density": "1025 kg/m^3"}, "absolute pressure at the diver", "kPa", (atm + rho*g*dep)/1e3, laws=1,
    solution="p = p_atm + rho g h", assumptions=GA+"; standard atmospheric pressure 101.325 kPa at the surface")
Vr = 1.8e-3
add("fluids", "A 4.7 kg rock with a volume of 1.8 litres is hung fully underwater in a freshwater lake. What buoyant force acts on it?",
    {"mass of the rock": "4.7 kg", "volume of the rock": "1.8 L", "density of fresh water": "1000 kg/m^3"}, "buoyant force on the rock", "N",
    1000*Vr*g, irrelevant=["mass of the rock"], solution="F_b = rho V g", assumptions=GA)
ds, dl, F = 2.4, 31, 180
add("fluids", "In a car-workshop hydraulic jack the small piston is 2.4 cm across and the big one 31 cm across. If you push the small piston with 180 N, what force does the big piston deliver?",
    {"small piston diameter": "2.4 cm", "large piston diameter": "31 cm", "force on small piston": "180 N"}, "force on the large piston", "kN",
    F*(dl/ds)**2/1e3, solution="F2 = F1 (d2/d1)^2 (Pascal)")
hh = 2.7
add("fluids", "A rain-water butt has a small tap 2.7 m below the water surface. With what speed does water squirt out of the open tap?",
    {"water height above the tap": "2.7 m"}, "exit speed of the water", "m/s", math.sqrt(2*g*hh), solution="v = sqrt(2 g h) (Torricelli)",
    assumptions=GA+"; large tank, no losses")
va, vb, rho = 68, 61, 1.2
add("fluids", "Air flows over the top of a small plane's wing at 68 m/s and under it at 61 m/s. Taking air density as 1.2 kg/m^3, what is the pressure difference between the bottom and top of the wing?",
    {"airspeed over the wing": "68 m/s", "airspeed under the wing": "61 m/s", "air density": "1.2 kg/m^3"}, "pressure difference across the wing", "Pa",
    0.5*rho*(va**2-vb**2), solution="dp = rho (v1^2 - v2^2)/2 (Bernoulli)", assumptions="same height, streamline flow")
eta, Lt, r, dp = 1.0e-3, 0.45, 0.6e-3, 3.2e3
add("fluids", "Water (viscosity 1.0 mPa s) is pushed through a 45 cm length of lab tubing with an inner radius of 0.6 mm by a pressure difference of 3.2 kPa. What is the volume flow rate?",
    {"viscosity of water": "1.0 mPa*s", "tube length": "45 cm", "inner radius": "0.6 mm", "pressure difference": "3.2 kPa"}, "volume flow rate through the tube", "mL/s",
    pi*r**4*dp/(8*eta*Lt)*1e6, solution="Q = pi r^4 dp/(8 eta L) (Poiseuille)", assumptions="laminar flow")
rg, rs, rf, eta = 0.12e-3, 2650, 1000, 1.0e-3
add("fluids", "A grain of quartz sand with radius 0.12 mm and density 2650 kg/m^3 settles through still water (density 1000 kg/m^3, viscosity 1.0e-3 Pa s). What is its terminal settling speed?",
    {"grain radius": "0.12 mm", "grain density": "2650 kg/m^3", "water density": "1000 kg/m^3", "water viscosity": "1.0e-3 Pa*s"}, "terminal settling speed of the grain", "mm/s",
    2*rg**2*(rs-rf)*g/(9*eta)*1e3, laws=2, solution="Stokes drag 6 pi eta r v = (rho_s - rho_f) V g", assumptions=GA+"; Stokes regime")
add("fluids", "An iceberg of density 917 kg/m^3 floats in seawater of density 1025 kg/m^3. What percentage of its volume is below the waterline?",
    {"density of the iceberg": "917 kg/m^3", "density of seawater": "1025 kg/m^3"}, "fraction of the iceberg's volume submerged", "%", 917/1025*100,
    laws=2, solution="floating: rho_ice V g = rho_sw V_sub g")
# ---------------- thermodynamics ----------------
add("thermodynamics", "How much heat does it take to warm 1.35 litres of tap water in a kettle from 14 degC to boiling at 100 degC?",
    {"volume of water": "1.35 L", "initial temperature": "14 degC", "boiling temperature": "100 degC"}, "heat needed to warm the water", "kJ",
    1.35*4186*(100-14)/1e3, solution="Q = m c dT", assumptions="water 1 kg per litre, c = 4186 J/(kg K)", rel_tol=0.02)
P, m, T1, T2, cw = 2200, 0.9, 18, 100, 4184
add("thermodynamics", "A 2.2 kW kettle holds 0.9 kg of water at 18 degC. Water's specific heat is 4184 J/(kg K). If all the electrical energy goes into the water, how long does it take to reach 100 degC?",
    {"kettle power": "2.2 kW", "mass of water": "0.9 kg", "starting temperature": "18 degC", "final temperature": "100 degC", "specific heat of water": "4184 J/(kg*K)"},
    "time to bring the water to 100 degC", "s", m*cw*(T2-T1)/P, laws=2, solution="Q = m c dT; t = Q/P", assumptions="no heat losses")
p, V, T = 310e3, 0.025, 22+273.15
add("thermodynamics", "A car tyre holds 25 litres of air at an absolute pressure of 310 kPa and 22 degC. How many moles of air are inside?",
    {"tyre volume": "25 L", "absolute air pressure": "310 kPa", "air temperature": "22 degC"}, "amount of air in the tyre", "mol", p*V/(R*T),
    solution="n = pV/(RT)", assumptions="ideal gas")
p1, T1, T2 = 480, 8+273.15, 41+273.15
add("thermodynamics", "A mountain-bike tyre is at 480 kPa (absolute) at 8 degC in the morning; left in the sun it warms to 41 degC with no change in volume. What is its pressure then?",
    {"morning pressure": "480 kPa", "morning temperature": "8 degC", "afternoon temperature": "41 degC"}, "tyre pressure in the afternoon", "kPa", p1*T2/T1,
    solution="p/T = const", assumptions="ideal gas, fixed volume, absolute pressures")
Th, Tc = 180+273.15, 25+273.15
add("thermodynamics", "A geothermal power plant draws heat from brine at 180 degC and dumps waste heat into a river at 25 degC. What is the highest efficiency it could possibly reach?",
    {"brine temperature": "180 degC", "river temperature": "25 degC"}, "maximum (Carnot) efficiency of the plant", "%", (1-Tc/Th)*100,
    solution="eta = 1 - Tc/Th")
add("thermodynamics", "Each cycle, a lawnmower engine takes in 52 kJ of heat from burning fuel and does 14.5 kJ of work. How much heat goes out the exhaust per cycle?",
    {"heat absorbed per cycle": "52 kJ", "work output per cycle": "14.5 kJ"}, "heat rejected per cycle", "kJ", 52-14.5, solution="Qc = Qh - W")
kg_, A, L, Ti, To = 0.96, 1.4, 0.004, 21, -3
add("thermodynamics", "A single-glazed window pane is 1.4 m^2 and 4 mm thick, glass conductivity 0.96 W/(m K). Inside it is 21 degC, outside -3 degC. At what rate does heat leak through the glass?",
    {"pane area": "1.4 m^2", "glass thickness": "4 mm", "thermal conductivity of glass": "0.96 W/(m*K)", "indoor temperature": "21 degC", "outdoor temperature": "-3 degC"},
    "rate of heat flow through the pane", "W", kg_*A*(Ti-To)/L, solution="P = k A dT / d", assumptions="surface temperatures equal to air temperatures")
A, T, em = 0.85, 260+273.15, 0.9
add("thermodynamics", "The outer surface of a cast-iron wood stove is 0.85 m^2, at 260 degC, with emissivity 0.9. How much power does it radiate (ignore what it absorbs from the room)?",
    {"surface area of the stove": "0.85 m^2", "surface temperature": "260 degC", "emissivity": "0.9"}, "power radiated by the stove", "W", em*sigma*A*T**4,
    solution="P = e sigma A T^4")
add("thermodynamics", "A freezer at -18 degC made ice, and 0.35 kg of that ice, already warmed to 0 degC, is now melting in a drink. Latent heat of fusion of ice is 334 kJ/kg. How much heat is needed to melt it all?",
    {"mass of ice": "0.35 kg", "freezer temperature": "-18 degC", "latent heat of fusion": "334 kJ/kg"}, "heat to melt the ice", "kJ", 0.35*334,
    irrelevant=["freezer temperature"], solution="Q = m L")
m1, T1, m2, T2 = 0.25, 88, 0.04, 6
add("thermodynamics", "You pour 40 g of fridge-cold milk at 6 degC into 250 g of coffee at 88 degC. Treating both as water-like liquids with the same specific heat and ignoring the mug, what temperature does the coffee settle at?",
    {"mass of coffee": "250 g", "coffee temperature": "88 degC", "mass of milk": "40 g", "milk temperature": "6 degC"}, "final temperature of the coffee", "degC",
    (m1*T1+m2*T2)/(m1+m2), solution="sum m c dT = 0", assumptions="equal specific heats, no losses")
n, T, V1, V2 = 0.15, 300, 2.0, 5.5
add("thermodynamics", "0.15 mol of helium in a cylinder expands slowly at a constant 300 K from 2.0 L to 5.5 L. How much work does the gas do?",
    {"amount of helium": "0.15 mol", "temperature": "300 K", "initial volume": "2.0 L", "final volume": "5.5 L"}, "work done by the gas", "J",
    n*R*T*math.log(V2/V1), solution="W = n R T ln(V2/V1)", assumptions="ideal gas, reversible isothermal")
T, M = 290, 0.028
add("thermodynamics", "What is the root-mean-square speed of nitrogen molecules (molar mass 28 g/mol) in air at 290 K on a cool spring evening?",
    {"air temperature": "290 K", "molar mass of nitrogen": "28 g/mol"}, "rms speed of the nitrogen molecules", "m/s", math.sqrt(3*R*T/M),
    solution="v_rms = sqrt(3 R T/M)")
# ---------------- waves ----------------
add("waves", "During a storm you count 4.3 seconds between seeing lightning and hearing the thunder. Sound travels at 343 m/s. How far away was the strike?",
    {"delay between flash and thunder": "4.3 s", "speed of sound": "343 m/s"}, "distance to the lightning strike", "km", 4.3*343/1e3,
    solution="d = v t", assumptions="light arrives instantly")
L, T, mu = 0.628, 71, 1.15e-3
add("waves", "A bass guitar's open string has a vibrating length of 62.8 cm, is under 71 N of tension, and weighs 1.15 g per metre. What is its fundamental frequency?",
    {"vibrating length": "62.8 cm", "string tension": "71 N", "linear mass density": "1.15 g/m"}, "fundamental frequency of the string", "Hz",
    math.sqrt(T/mu)/(2*L), laws=2, solution="v = sqrt(T/mu); f = v/(2L)")
add("waves", "A local FM station broadcasts at 96.7 MHz. What is the wavelength of its radio waves?",
    {"broadcast frequency": "96.7 MHz"}, "wavelength of the radio waves", "m", c/96.7e6, solution="lambda = c/f", assumptions="speed of light in vacuum/air")
f0, vs, vsnd = 950, 28, 343
add("waves", "An ambulance siren sounds at 950 Hz. The ambulance drives straight toward a pedestrian standing on the pavement at 28 m/s; sound speed 343 m/s. What pitch does the pedestrian hear?",
    {"siren frequency": "950 Hz", "ambulance speed": "28 m/s", "speed of sound": "343 m/s"}, "frequency heard by the pedestrian", "Hz", f0*vsnd/(vsnd-vs),
    solution="f' = f v/(v - vs)")
add("waves", "A church organ pipe open at both ends is 1.18 m long. With sound at 344 m/s, what is its lowest note's frequency?",
    {"pipe length": "1.18 m", "speed of sound": "344 m/s"}, "fundamental frequency of the open pipe", "Hz", 344/(2*1.18), solution="f = v/(2L)")
add("waves", "Blowing across the top of a bottle, the air column is 21 cm deep (closed at the bottom). Sound speed is 343 m/s. What note frequency do you get?",
    {"depth of the air column": "21 cm", "speed of sound": "343 m/s"}, "fundamental frequency of the bottle", "Hz", 343/(4*0.21), solution="f = v/(4L)",
    assumptions="no end correction")
add("waves", "Next to a busy road the sound intensity is 3.2e-5 W/m^2. What is the sound level in decibels (reference 1e-12 W/m^2)?",
    {"sound intensity": "3.2e-5 W/m^2", "reference intensity": "1e-12 W/m^2"}, "sound intensity level in decibels", "", 10*math.log10(3.2e-5/1e-12),
    solution="L = 10 log10(I/I0)")
add("waves", "A violinist tunes against a 440 Hz tuning fork; her A string is at 436.5 Hz. How many beats per second does she hear?",
    {"tuning fork frequency": "440 Hz", "string frequency": "436.5 Hz"}, "beat frequency", "Hz", 440-436.5, solution="f_beat = |f1 - f2|")
T = 8.5
add("waves", "Open-ocean swell arriving at a surfing beach has a period of 8.5 s. Using deep-water wave theory, what is the wavelength of the swell?",
    {"swell period": "8.5 s"}, "deep-water wavelength of the swell", "m", g*T**2/(2*pi), solution="lambda = g T^2/(2 pi)", assumptions=GA)
D = 3700
add("waves", "A tsunami crosses an ocean basin 3700 m deep. Using the shallow-water wave speed, how fast does it travel?",
    {"ocean depth": "3700 m"}, "speed of the tsunami", "km/h", math.sqrt(g*D)*3.6, solution="v = sqrt(g d)", assumptions=GA)
add("waves", "A medical ultrasound probe works at 5.0 MHz, and sound moves through soft tissue at 1540 m/s. What is the wavelength in the tissue?",
    {"probe frequency": "5.0 MHz", "speed of sound in soft tissue": "1540 m/s"}, "ultrasound wavelength in tissue", "mm", 1540/5e6*1e3, solution="lambda = v/f")
# ---------------- optics ----------------
f, do = 7.5, 18.5
add("optics", "A webcam's converging lens has a focal length of 7.5 cm, and an object sits 18.5 cm in front of it. How far behind the lens does the sharp image form?",
    {"focal length": "7.5 cm", "object distance": "18.5 cm"}, "image distance", "cm", 1/(1/f-1/do), solution="1/f = 1/do + 1/di")
f, do = 9, 6
add("optics", "A stamp collector holds a magnifying glass (focal length 9 cm) 6 cm above a stamp. Where is the image? Give the image distance, negative for a virtual image on the same side as the stamp.",
    {"focal length of the magnifier": "9 cm", "distance from stamp to lens": "6 cm"}, "image distance (negative = virtual)", "cm", 1/(1/f-1/do),
    solution="1/di = 1/f - 1/do", assumptions="real-is-positive convention")
n1, n2, a1 = 1.0, 1.333, 38
add("optics", "A beam from a laser pointer hits the surface of a swimming pool at 38 degrees from the vertical. Water's refractive index is 1.333. At what angle from the vertical does it travel in the water?",
    {"angle of incidence": "38 deg", "refractive index of water": "1.333"}, "angle of refraction in the water", "deg",
    math.degrees(math.asin(math.sin(math.radians(a1))/n2)), solution="n1 sin a1 = n2 sin a2", assumptions="n_air = 1.000")
add("optics", "An optical fibre has a core index of 1.48 and cladding index of 1.46. What is the critical angle at the core-cladding boundary?",
    {"core refractive index": "1.48", "cladding refractive index": "1.46"}, "critical angle at the core-cladding boundary", "deg",
    math.degrees(math.asin(1.46/1.48)), solution="sin theta_c = n2/n1")
dg, lam = 1e-3/600, 532e-9
add("optics", "A green 532 nm laser shines through a diffraction grating ruled with 600 lines per millimetre. At what angle is the first-order bright spot?",
    {"laser wavelength": "532 nm", "grating line density": "600 1/mm"}, "angle of the first-order maximum", "deg", math.degrees(math.asin(lam/dg)), laws=1,
    solution="d sin theta = m lambda, d = 1/600 mm")
dd, Ls, lam = 0.25e-3, 1.8, 650e-9
add("optics", "A red 650 nm laser illuminates two slits 0.25 mm apart and the pattern falls on a wall 1.8 m away. What is the spacing between neighbouring bright fringes?",
    {"wavelength": "650 nm", "slit separation": "0.25 mm", "distance to the wall": "1.8 m"}, "bright fringe spacing", "mm", lam*Ls/dd*1e3,
    solution="dy = lambda L/d", assumptions="small angles")
add("optics", "A pair of reading glasses has lenses with a focal length of 40 cm. What is the optical power of each lens?",
    {"focal length of the lens": "40 cm"}, "optical power of the lens", "1/m", 1/0.40, solution="P = 1/f")
add("optics", "Light travels through a crown-glass camera lens of refractive index 1.52. How fast does it go inside the glass?",
    {"refractive index of the glass": "1.52"}, "speed of light in the glass", "m/s", c/1.52, solution="v = c/n")
R_, do = 0.72, 0.25
fm = R_/2; di = 1/(1/fm-1/do); mag = -di/do
add("optics", "A concave make-up mirror has a radius of curvature of 72 cm. Your face is 25 cm from it. By what factor does it magnify your face?",
    {"radius of curvature": "72 cm", "distance of face from mirror": "25 cm"}, "magnification of the mirror image", "", mag, laws=3,
    solution="f = R/2; 1/di = 1/f - 1/do; m = -di/do", assumptions="paraxial; upright virtual image gives positive m")
add("optics", "A photographer wants glare-free reflections from a glass display case (index 1.56). At what angle of incidence is reflected light fully polarised?",
    {"refractive index of the glass": "1.56"}, "Brewster angle", "deg", math.degrees(math.atan(1.56)), solution="tan theta_B = n2/n1", assumptions="n_air = 1")
add("optics", "A soap bubble film has refractive index 1.33. What is the thinnest film that strongly reflects 580 nm yellow light (constructive interference, near-normal incidence)?",
    {"refractive index of the soap film": "1.33", "wavelength of the light": "580 nm"}, "minimum film thickness", "nm", 580/(4*1.33), laws=2,
    solution="2 n t = (m + 1/2) lambda, m = 0 (one phase flip)", assumptions="air on both sides")
# ---------------- electricity ----------------
q1, q2, r = 3.5e-9, -7.2e-9, 0.04
add("electricity", "Two tiny charged styrofoam beads, one with +3.5 nC and the other with -7.2 nC, sit 4.0 cm apart. How strong is the force between them?",
    {"charge on bead 1": "3.5 nC", "charge on bead 2": "-7.2 nC", "separation": "4.0 cm"}, "magnitude of the force between the beads", "mN",
    ke*abs(q1*q2)/r**2*1e3, solution="F = k |q1 q2|/r^2", assumptions="point charges in air (vacuum permittivity)")
add("electricity", "What is the electric field strength 35 cm from a point charge of 2.4 uC on a Van de Graaff demonstration?",
    {"charge": "2.4 uC", "distance from the charge": "35 cm"}, "electric field strength", "N/C", ke*2.4e-6/0.35**2, solution="E = k q/r^2")
A, dd = 0.018, 0.12e-3
add("electricity", "A home-made capacitor uses two metal plates of 0.018 m^2 each, separated by a 0.12 mm air gap. What is its capacitance?",
    {"plate area": "0.018 m^2", "plate separation": "0.12 mm"}, "capacitance", "pF", epsilon_0*A/dd*1e12, solution="C = eps0 A/d",
    assumptions="air treated as vacuum")
add("electricity", "A disposable camera's flash capacitor is 330 uF and is charged to 310 V. How much energy does it hold?",
    {"capacitance": "330 uF", "charging voltage": "310 V"}, "energy stored in the flash capacitor", "J", 0.5*330e-6*310**2, solution="E = C V^2/2")
V = 1800
add("electricity", "In an old CRT, electrons starting from rest are accelerated through 1.8 kV. How fast are they going (non-relativistically)?",
    {"accelerating voltage": "1.8 kV"}, "speed of the electrons", "m/s", math.sqrt(2*e*V/m_e), laws=2, solution="e V = m v^2/2",
    assumptions="non-relativistic; electron constants from CODATA")
add("electricity", "What is the electric potential 12 cm from a dust particle carrying 5 nC of charge?",
    {"charge on the dust particle": "5 nC", "distance": "12 cm"}, "electric potential", "V", ke*5e-9/0.12, solution="V = k q/r", assumptions="zero at infinity")
add("electricity", "A 4 uC charge is carried through a potential difference of 12 V in a sensor. How much work is done on it?",
    {"charge": "4 uC", "potential difference": "12 V"}, "work done moving the charge", "uJ", 4*12, solution="W = q V")
add("electricity", "A 47 uF electrolytic capacitor in a guitar pedal is charged from its 9 V battery. How much charge sits on it?",
    {"capacitance": "47 uF", "battery voltage": "9 V"}, "charge on the capacitor", "uC", 47*9, solution="Q = C V")
E_ = 1500/6e-3
add("electricity", "Two 0.05 m^2 plates of an ion drift cell are 6 mm apart with 1500 V between them. What force does the field exert on an electron between them?",
    {"plate area": "0.05 m^2", "plate separation": "6 mm", "voltage between plates": "1500 V"}, "force on an electron between the plates", "N", e*E_, laws=2,
    irrelevant=["plate area"], solution="E = V/d; F = e E", assumptions="uniform field")
add("electricity", "A hobbyist wires a 10 uF and a 22 uF capacitor in series. What is the combined capacitance?",
    {"capacitor 1": "10 uF", "capacitor 2": "22 uF"}, "equivalent capacitance of the series pair", "uF", 1/(1/10+1/22), solution="1/C = 1/C1 + 1/C2")
# ---------------- magnetism ----------------
add("magnetism", "A jumper cable carries 14 A. What is the magnetic field it produces 2.5 cm away, treating it as a long straight wire?",
    {"current": "14 A", "distance from the cable": "2.5 cm"}, "magnetic field strength near the cable", "uT", mu_0*14/(2*pi*0.025)*1e6, solution="B = mu0 I/(2 pi r)")
add("magnetism", "A solenoid for a hobby electromagnet has 850 turns spread along 32 cm and carries 2.2 A. What field is inside it?",
    {"number of turns": "850", "solenoid length": "32 cm", "current": "2.2 A"}, "magnetic field inside the solenoid", "mT", mu_0*850/0.32*2.2*1e3,
    solution="B = mu0 N I/L", assumptions="long air-core solenoid")
add("magnetism", "A 65 cm section of a loudspeaker test wire carries 8.5 A at right angles to a 0.42 T magnetic field. What force acts on it?",
    {"wire length in field": "65 cm", "current": "8.5 A", "magnetic flux density": "0.42 T"}, "force on the wire", "N", 0.65*8.5*0.42, solution="F = B I L")
add("magnetism", "An electron moving at 3.1e6 m/s enters a 4.5 mT magnetic field at right angles. What is the radius of its circular path?",
    {"electron speed": "3.1e6 m/s", "magnetic field": "4.5 mT"}, "radius of the electron's path", "mm", m_e*3.1e6/(e*4.5e-3)*1e3, laws=2,
    solution="e v B = m v^2/r")
add("magnetism", "A small medical cyclotron has a 1.2 T magnetic field. What is the orbital (cyclotron) frequency of protons in it?",
    {"magnetic field": "1.2 T"}, "cyclotron frequency of the protons", "MHz", e*1.2/(2*pi*m_p)/1e6, solution="f = e B/(2 pi m_p)", assumptions="non-relativistic")
add("magnetism", "A 200-turn pickup coil of area 35 cm^2 sits in a field that rises uniformly from 0 to 0.8 T in 0.12 s, perpendicular to the coil. What average emf is induced?",
    {"number of turns": "200", "coil area": "35 cm^2", "final field": "0.8 T", "time for the change": "0.12 s"}, "average induced emf", "V", 200*35e-4*0.8/0.12,
    solution="emf = N A dB/dt")
add("magnetism", "A 0.9 m aluminium rod slides at 4.6 m/s across rails perpendicular to a 0.35 T field. What emf appears across its ends?",
    {"rod length": "0.9 m", "rod speed": "4.6 m/s", "field strength": "0.35 T"}, "motional emf across the rod", "V", 0.9*4.6*0.35, solution="emf = B L v")
add("magnetism", "A doorbell transformer has 1150 turns on the primary connected to 230 V mains and 60 turns on the secondary. What voltage comes out?",
    {"mains voltage": "230 V", "primary turns": "1150", "secondary turns": "60"}, "secondary voltage", "V", 230*60/1150, solution="Vs/Vp = Ns/Np",
    assumptions="ideal transformer")
add("magnetism", "Two parallel busbars 1.2 cm apart carry 25 A and 40 A. What force per metre of length does each exert on the other?",
    {"current in busbar 1": "25 A", "current in busbar 2": "40 A", "separation": "1.2 cm"}, "force per unit length between the busbars", "mN/m",
    mu_0*25*40/(2*pi*0.012)*1e3, solution="F/L = mu0 I1 I2/(2 pi d)", assumptions="long thin parallel conductors")
add("magnetism", "A flat 0.12 m^2 loop sits in a 0.6 T MRI fringe field; the field makes 35 degrees with the loop's normal. What magnetic flux passes through it?",
    {"loop area": "0.12 m^2", "field": "0.6 T", "angle between field and normal": "35 deg"}, "magnetic flux through the loop", "Wb",
    0.12*0.6*math.cos(math.radians(35)), solution="Phi = B A cos theta")
# ---------------- circuits ----------------
add("circuits", "A phone charger delivers 5 V at 2.1 A for an hour and a half. How much energy does it deliver?",
    {"charger voltage": "5 V", "charging current": "2.1 A", "charging time": "1.5 h"}, "energy delivered to the phone", "W*h", 5*2.1*1.5, laws=2,
    solution="P = V I; E = P t")
add("circuits", "An electronics hobbyist wants a red LED (forward voltage 2.1 V) to run at 20 mA from a 9 V battery. What series resistor does she need?",
    {"battery voltage": "9 V", "LED forward voltage": "2.1 V", "LED current": "20 mA"}, "series resistance", "ohm", (9-2.1)/0.020, laws=2,
    solution="V_R = V - V_LED; R = V_R/I")
add("circuits", "A 220 ohm and a 330 ohm resistor are soldered in parallel on a breadboard. What is their combined resistance?",
    {"resistor 1": "220 ohm", "resistor 2": "330 ohm"}, "equivalent resistance of the parallel pair", "ohm", 1/(1/220+1/330), solution="1/R = 1/R1 + 1/R2")
add("circuits", "A 1500 W hair dryer with a 1.8 m cord runs on a 120 V outlet. How much current does it draw?",
    {"power rating": "1500 W", "cord length": "1.8 m", "outlet voltage": "120 V"}, "current drawn by the hair dryer", "A", 1500/120,
    irrelevant=["cord length"], solution="I = P/V")
RR, CC = 100e3, 47e-6
add("circuits", "In a timer circuit a 47 uF capacitor charges through a 100 kohm resistor from a 12 V supply, starting empty. What is the capacitor voltage 3 s after switch-on?",
    {"capacitance": "47 uF", "resistance": "100 kohm", "supply voltage": "12 V", "elapsed time": "3 s"}, "capacitor voltage after 3 s", "V",
    12*(1-math.exp(-3/(RR*CC))), laws=2, solution="tau = R C; V = V0 (1 - exp(-t/tau))")
add("circuits", "A power bank is rated 10000 mAh at 3.7 V nominal. How much energy does it store?",
    {"capacity": "10000 mA*h", "nominal voltage": "3.7 V"}, "stored energy of the power bank", "W*h", 10*3.7, solution="E = Q V")
add("circuits", "A car battery has an emf of 12.6 V and internal resistance 0.045 ohm. While cranking, the starter motor draws 150 A. What voltage appears at the battery terminals?",
    {"battery emf": "12.6 V", "internal resistance": "0.045 ohm", "cranking current": "150 A"}, "terminal voltage while cranking", "V", 12.6-150*0.045,
    solution="V = emf - I r")
add("circuits", "A 2.4 kW space heater runs 3.5 hours a day for 30 days. How much electrical energy does it use?",
    {"heater power": "2.4 kW", "daily running time": "3.5 h", "number of days": "30"}, "total energy used by the heater", "kW*h", 2.4*3.5*30, solution="E = P t")
rho_cu, Lw, dw = 1.68e-8, 25, 1.5e-3
add("circuits", "An extension lead conductor is 25 m of copper wire (resistivity 1.68e-8 ohm m) with a diameter of 1.5 mm. What is its resistance?",
    {"wire length": "25 m", "resistivity of copper": "1.68e-8 ohm*m", "wire diameter": "1.5 mm"}, "resistance of the wire", "ohm", rho_cu*Lw/(pi*dw**2/4),
    solution="R = rho L/A")
add("circuits", "A voltage divider on an Arduino project uses R1 = 10 kohm on top and R2 = 4.7 kohm to ground, fed by 12 V. What voltage is across R2?",
    {"supply voltage": "12 V", "R1": "10 kohm", "R2": "4.7 kohm"}, "voltage across R2", "V", 12*4.7/14.7, laws=2, solution="V2 = V R2/(R1+R2)",
    assumptions="no load on the divider")
add("circuits", "European mains is 230 V rms. What is the peak voltage of the sine wave?",
    {"rms mains voltage": "230 V"}, "peak mains voltage", "V", 230*math.sqrt(2), solution="Vpk = sqrt(2) Vrms", assumptions="pure sine wave")
add("circuits", "A crystal-radio tuning circuit uses a 2.2 mH coil and a 100 pF capacitor. At what frequency does it resonate?",
    {"inductance": "2.2 mH", "capacitance": "100 pF"}, "resonant frequency of the tuning circuit", "kHz", 1/(2*pi*math.sqrt(2.2e-3*100e-12))/1e3,
    solution="f = 1/(2 pi sqrt(L C))")
# ---------------- modern ----------------
add("modern", "A Blu-ray player's laser emits violet light at 405 nm. What is the energy of one photon?",
    {"laser wavelength": "405 nm"}, "photon energy", "eV", h*c/405e-9/eV, solution="E = h c/lambda")
add("modern", "Germicidal lamp light at 254 nm strikes a metal with a work function of 4.3 eV. What is the maximum kinetic energy of the ejected electrons?",
    {"wavelength of the UV light": "254 nm", "work function of the metal": "4.3 eV"}, "maximum kinetic energy of the photoelectrons", "eV",
    h*c/254e-9/eV-4.3, laws=2, solution="E = hc/lambda; K = E - W")
add("modern", "What is the de Broglie wavelength of an electron moving at 2.5e6 m/s in an electron diffraction tube?",
    {"electron speed": "2.5e6 m/s"}, "de Broglie wavelength of the electron", "nm", h/(m_e*2.5e6)*1e9, laws=2, solution="p = m v; lambda = h/p",
    assumptions="non-relativistic")
add("modern", "A dental X-ray tube runs at 35 kV. What is the shortest wavelength in its X-ray spectrum?",
    {"tube voltage": "35 kV"}, "minimum X-ray wavelength", "pm", h*c/(e*35e3)*1e12, laws=2, solution="e V = h c/lambda_min")
lam_H = 1/(Ryd*(1/4-1/16)) / (1/(1+m_e/m_p))
add("modern", "An astronomer sees the hydrogen line from the n = 4 to n = 2 transition in a nebula. What is its wavelength (in the rest frame)?",
    {"upper level": "4", "lower level": "2"}, "wavelength of the n=4 to n=2 hydrogen line", "nm", lam_H*1e9, laws=2,
    solution="1/lambda = R_H (1/4 - 1/16), R_H = R_inf/(1 + m_e/m_p)", assumptions="vacuum wavelength; Bohr model")
add("modern", "An X-ray photon Compton-scatters off a free electron through 120 degrees. By how much does its wavelength increase?",
    {"scattering angle": "120 deg"}, "Compton wavelength shift", "pm", h/(m_e*c)*(1-math.cos(math.radians(120)))*1e12, solution="dl = h/(m c)(1 - cos theta)")
add("modern", "What is the momentum of a single photon from a 1064 nm Nd:YAG laser used in eye surgery?",
    {"wavelength": "1064 nm"}, "photon momentum", "kg*m/s", h/1064e-9, solution="p = h/lambda")
add("modern", "A 5 mW red laser pointer emits at 650 nm. How many photons leave it each second?",
    {"output power": "5 mW", "wavelength": "650 nm"}, "photon emission rate", "1/s", 5e-3/(h*c/650e-9), laws=2, solution="E = hc/lambda; N = P/E")
add("modern", "Human skin is at about 34 degC. At what wavelength does its thermal radiation peak (for thermal imaging cameras)?",
    {"skin temperature": "34 degC"}, "peak emission wavelength of the skin", "um", b_wien/(34+273.15)*1e6, solution="lambda_max = b/T (Wien)")
add("modern", "A microwave oven runs at 2.45 GHz. How much energy does each microwave photon carry?",
    {"oven frequency": "2.45 GHz"}, "energy of one microwave photon", "J", h*2.45e9, solution="E = h f")
# ---------------- nuclear ----------------
frac = 0.31
add("nuclear", "A piece of charcoal from an ancient campfire has 31% of the carbon-14 activity of living wood. C-14's half-life is 5730 years. How old is it?",
    {"remaining fraction of C-14": "31 %", "half-life of carbon-14": "5730 yr"}, "age of the charcoal", "yr", 5730*math.log(1/frac)/math.log(2), laws=1,
    solution="t = T ln(N0/N)/ln 2")
add("nuclear", "A thyroid patient receives iodine-131, half-life 8.02 days. What fraction of the original I-131 is still there after 20 days (decay only)?",
    {"half-life of I-131": "8.02 d", "elapsed time": "20 d"}, "fraction of I-131 remaining", "", 0.5**(20/8.02), solution="N/N0 = 2^(-t/T)")
BE = (2*1.007825+2*1.008665-4.002602)*u*c**2/MeV
add("nuclear", "Using atomic masses - hydrogen-1 1.007825 u, neutron 1.008665 u, helium-4 4.002602 u - what is the total binding energy of the helium-4 nucleus?",
    {"mass of a hydrogen-1 atom": "1.007825 u", "mass of a neutron": "1.008665 u", "mass of a helium-4 atom": "4.002602 u"}, "binding energy of helium-4", "MeV", BE,
    laws=2, solution="dm = 2 m_H + 2 m_n - m_He; E = dm c^2")
T_co = 5.27*365.25*86400; Nco = 2.5e-6/59.93*N_A
add("nuclear", "A calibration source contains 2.5 ug of cobalt-60 (molar mass 59.93 g/mol, half-life 5.27 years). What is its activity?",
    {"mass of Co-60": "2.5 ug", "molar mass of Co-60": "59.93 g/mol", "half-life": "5.27 yr"}, "activity of the source", "GBq",
    math.log(2)/T_co*Nco/1e9, laws=2, solution="N = m N_A/M; A = ln2 N/T", assumptions="Julian year 365.25 d", rel_tol=0.01)
add("nuclear", "A lab tracer's activity falls from 8400 Bq to 1150 Bq in 36 hours. What is its half-life?",
    {"initial activity": "8400 Bq", "final activity": "1150 Bq", "elapsed time": "36 h"}, "half-life of the tracer", "h", 36*math.log(2)/math.log(8400/1150),
    solution="T = t ln2/ln(A0/A)")
add("nuclear", "A reactor runs at 3.2 GW thermal, and each uranium fission releases about 200 MeV. How many fissions happen every second?",
    {"thermal power": "3.2 GW", "energy per fission": "200 MeV"}, "fission rate", "1/s", 3.2e9/(200*MeV), solution="rate = P/E_f")
add("nuclear", "Radon-222 in a basement has a half-life of 3.82 days. What is its decay constant?",
    {"half-life of radon-222": "3.82 d"}, "decay constant of radon-222", "1/s", math.log(2)/(3.82*86400), solution="lambda = ln2/T")
add("nuclear", "During a CT scan a 70 kg patient absorbs 0.28 J of X-ray energy spread through the body. What is the average absorbed dose?",
    {"patient mass": "70 kg", "energy absorbed": "0.28 J"}, "average absorbed dose", "mGy", 0.28/70*1e3, solution="D = E/m")
add("nuclear", "Tritium in an exit-sign has a half-life of 12.32 years. How long until only 5% of it is left?",
    {"half-life of tritium": "12.32 yr", "remaining fraction": "5 %"}, "time until 5% remains", "yr", 12.32*math.log(20)/math.log(2), solution="t = T log2(N0/N)")
add("nuclear", "What is the approximate radius of a lead-208 nucleus, using R = r0 A^(1/3) with r0 = 1.2 fm?",
    {"mass number": "208", "r0": "1.2 fm"}, "radius of the lead-208 nucleus", "fm", 1.2*208**(1/3), solution="R = r0 A^(1/3)")
# ---------------- astro ----------------
ME, RE = 5.972e24, 6.371e6
rr = RE+550e3
add("astro", "A broadband internet satellite orbits 550 km above Earth's surface. Earth's mass is 5.972e24 kg and its radius 6371 km. What is its orbital speed?",
    {"altitude": "550 km", "mass of Earth": "5.972e24 kg", "radius of Earth": "6371 km"}, "orbital speed of the satellite", "km/s", math.sqrt(G*ME/rr)/1e3,
    laws=2, solution="G M m/r^2 = m v^2/r, r = R + h", assumptions="circular orbit")
add("astro", "How many minutes does one lap take for a satellite in a circular orbit 550 km above the Earth (Earth mass 5.972e24 kg, radius 6371 km)?",
    {"orbit height": "550 km", "Earth's mass": "5.972e24 kg", "Earth's radius": "6371 km"}, "orbital period", "min", 2*pi*math.sqrt(rr**3/(G*ME))/60,
    laws=2, solution="T = 2 pi sqrt(r^3/(G M))")
add("astro", "A Mars sample-return rocket must leave Mars (mass 6.417e23 kg, radius 3390 km). What is the escape speed from the surface?",
    {"mass of Mars": "6.417e23 kg", "radius of Mars": "3390 km"}, "escape speed from Mars", "km/s", math.sqrt(2*G*6.417e23/3.39e6)/1e3, solution="v = sqrt(2 G M/R)")
add("astro", "What is the gravitational acceleration at the surface of the Moon (mass 7.342e22 kg, radius 1737 km) for a lunar lander?",
    {"lunar mass": "7.342e22 kg", "lunar radius": "1737 km"}, "surface gravity of the Moon", "m/s^2", G*7.342e22/1.737e6**2, solution="g = G M/R^2")
Tsid = 86164
add("astro", "A weather satellite must stay over one spot on the equator, so its period equals one sidereal day (86164 s). Earth's mass is 5.972e24 kg. What orbital radius (from Earth's centre) does it need?",
    {"orbital period": "86164 s", "Earth mass": "5.972e24 kg"}, "geostationary orbital radius", "km", (G*ME*Tsid**2/(4*pi**2))**(1/3)/1e3, laws=2,
    solution="r^3 = G M T^2/(4 pi^2)")
Rs, Ts = 1.18e9, 6500
add("astro", "An F-type star has a radius of 1.18e9 m and a surface temperature of 6500 K. What is its luminosity?",
    {"stellar radius": "1.18e9 m", "surface temperature": "6500 K"}, "luminosity of the star", "W", 4*pi*Rs**2*sigma*Ts**4, solution="L = 4 pi R^2 sigma T^4",
    assumptions="blackbody")
add("astro", "A hot star's spectrum peaks at 380 nm. Treating it as a blackbody, what is its surface temperature?",
    {"peak wavelength": "380 nm"}, "surface temperature of the star", "K", b_wien/380e-9, solution="T = b/lambda_max")
add("astro", "Jupiter is 7.785e8 km from the Sun. How long does sunlight take to reach it?",
    {"Sun-Jupiter distance": "7.785e8 km"}, "light travel time from the Sun to Jupiter", "min", 7.785e11/c/60, solution="t = d/c")
add("astro", "A nearby star shows a parallax of 0.0425 arcseconds. How far away is it?",
    {"parallax angle": "0.0425 arcsec"}, "distance to the star", "pc", 1/0.0425, solution="d[pc] = 1/p[arcsec]")
add("astro", "A galaxy is receding at 7350 km/s. With a Hubble constant of 70 km/s per megaparsec, how far away is it?",
    {"recession velocity": "7350 km/s", "Hubble constant": "70 km/s/Mpc"}, "distance to the galaxy", "Mpc", 7350/70, solution="d = v/H0")
Mst, aa = 1.69e30, 0.06*physical_constants['astronomical unit'][0] if 'astronomical unit' in physical_constants else 0.06*1.495978707e11
add("astro", "A hot Jupiter circles a star of mass 1.69e30 kg at 0.06 au. How many days is its year?",
    {"mass of the star": "1.69e30 kg", "orbital radius": "0.06 au"}, "orbital period of the planet", "d", 2*pi*math.sqrt(aa**3/(G*Mst))/86400, laws=1,
    solution="T = 2 pi sqrt(a^3/(G M))", assumptions="circular orbit, planet mass negligible; 1 au = 1.495978707e11 m")
# ---------------- relativity ----------------
def gam(b): return 1/math.sqrt(1-b*b)
add("relativity", "A particle in an accelerator moves at 0.87 times the speed of light. What is its Lorentz factor?",
    {"speed": "0.87 c"}, "Lorentz factor", "", gam(0.87), solution="gamma = 1/sqrt(1 - v^2/c^2)")
add("relativity", "Cosmic-ray muons live 2.197 us in their own rest frame. For one moving at 0.995c, what lifetime do we measure on the ground?",
    {"proper lifetime": "2.197 us", "muon speed": "0.995 c"}, "dilated lifetime of the muon", "us", 2.197*gam(0.995), laws=1, solution="t = gamma tau")
add("relativity", "A cargo starship is 85 m long when parked. How long does it measure as it passes a space station at 0.72c?",
    {"rest length": "85 m", "speed relative to the station": "0.72 c"}, "length measured from the station", "m", 85/gam(0.72), solution="L = L0/gamma")
add("relativity", "What is the momentum of a proton moving at 0.65c in a medical proton-therapy beam?",
    {"proton speed": "0.65 c"}, "relativistic momentum of the proton", "kg*m/s", gam(0.65)*m_p*0.65*c, laws=1, solution="p = gamma m v")
add("relativity", "A beta-decay electron moves at 0.92c. What is its kinetic energy?",
    {"electron speed": "0.92 c"}, "kinetic energy of the electron", "MeV", (gam(0.92)-1)*m_e*c**2/MeV, laws=2, solution="K = (gamma - 1) m c^2")
Kp = 500*MeV; gp = 1+Kp/(m_p*c**2)
add("relativity", "A proton-therapy synchrotron delivers protons with 500 MeV of kinetic energy. What fraction of the speed of light are they moving at?",
    {"kinetic energy of the proton": "500 MeV"}, "proton speed as a fraction of c", "", math.sqrt(1-1/gp**2), laws=2, solution="gamma = 1 + K/(m c^2); beta = sqrt(1 - 1/gamma^2)")
add("relativity", "A spaceship flying at 0.6c past Earth launches a probe forward at 0.5c relative to the ship. How fast does Earth see the probe go, as a fraction of c?",
    {"ship speed relative to Earth": "0.6 c", "probe speed relative to ship": "0.5 c"}, "probe speed relative to Earth as a fraction of c", "", (0.6+0.5)/(1+0.3),
    solution="u = (v + u')/(1 + v u'/c^2)")
pc_ = 2.0; mc2 = m_e*c**2/MeV
add("relativity", "An electron in a spectrometer has a momentum of 2.0 MeV/c. What is its total energy?",
    {"electron momentum": "2.0 MeV/c"}, "total energy of the electron", "MeV", math.sqrt(pc_**2+mc2**2), solution="E^2 = (pc)^2 + (m c^2)^2")
add("relativity", "An astronaut flies to a star 4.2 light-years away (Earth frame) at a steady 0.9c. How much time passes on her own clock during the trip?",
    {"distance to the star": "4.2 ly", "ship speed": "0.9 c"}, "trip time on the astronaut's clock", "yr", 4.2/0.9/gam(0.9), laws=2,
    solution="t_Earth = d/v; tau = t_Earth/gamma", assumptions="ignore acceleration phases")
vgps = 3870.0; b = vgps/c
add("relativity", "A GPS satellite moves at 3.87 km/s. Considering only special-relativistic time dilation, by how many microseconds per day does its clock fall behind a ground clock?",
    {"satellite speed": "3.87 km/s"}, "daily lag of the satellite clock from velocity time dilation", "us", (1-math.sqrt(1-b*b))*86400*1e6, laws=1,
    solution="dt = (1 - 1/gamma) * 86400 s ~ v^2/(2c^2) * 86400 s", assumptions="ignore gravitational effects; per day of ground time", rel_tol=0.01)
nvals = len(Q)
# ---- trim to 120 value questions ----
drop = {"work done moving the charge", "optical power of the lens", "beat frequency", "peak mains voltage",
        "energy of one microwave photon", "decay constant of radon-222", "Lorentz factor"}
Q = [q for q in Q if q["find"] not in drop]
# ---- add distractor givens (name, value, phrase appended to text) ----
distract = {
 "kinetic energy of the cyclist and bike": ("length of the velodrome lap", "250 m", " The velodrome lap is 250 m."),
 "sliding distance of the puck": ("mass of the puck", "0.17 kg", " The puck has a mass of 0.17 kg."),
 "period of the swing": ("child's mass", "28 kg", " A 28 kg child is sitting on it."),
 "horizontal range of the basketball": ("ball mass", "0.62 kg", " The ball has a mass of 0.62 kg."),
 "water speed in the hose": ("hose length", "15 m", " The hose is 15 m long."),
 "exit speed of the water": ("diameter of the tap opening", "1.5 cm", " The tap opening is 1.5 cm wide."),
 "amount of air in the tyre": ("tyre width", "205 mm", " The tyre is 205 mm wide."),
 "maximum (Carnot) efficiency of the plant": ("electrical output", "45 MW", " The plant produces 45 MW of electricity."),
 "distance to the lightning strike": ("air temperature", "20 degC", " It is 20 degC outside."),
 "fundamental frequency of the open pipe": ("pipe diameter", "9 cm", " The pipe is 9 cm wide."),
 "wavelength of the radio waves": ("transmitter power", "50 kW", " The transmitter radiates 50 kW."),
 "critical angle at the core-cladding boundary": ("core diameter", "50 um", " The core is 50 um across."),
 "capacitance": ("plate thickness", "1.5 mm", " Each plate is 1.5 mm thick."),
 "radius of the electron's path": ("time spent in the field", "2 ns", " It spends about 2 ns in the field."),
 "motional emf across the rod": ("mass of the rod", "0.4 kg", " The rod has a mass of 0.4 kg."),
 "current drawn by the hair dryer": ("air outlet temperature", "60 degC", " It blows air at 60 degC."),
 "terminal voltage while cranking": ("battery capacity", "60 A*h", " The battery is rated 60 Ah."),
 "photon emission rate": ("beam diameter", "1.2 mm", " The beam is 1.2 mm across."),
 "half-life of the tracer": ("sample mass", "3 mg", " The sample weighs 3 mg."),
 "escape speed from Mars": ("length of a Martian day", "24.6 h", " A Martian day lasts 24.6 h."),
 "dilated lifetime of the muon": ("muon production altitude", "15 km", " It was produced at an altitude of 15 km."),
 "orbital speed of the satellite": ("satellite mass", "260 kg", " The satellite has a mass of 260 kg."),
}
for q in Q:
    if q["find"] in distract:
        nm, val, ph = distract[q["find"]]
        q["given"][nm] = val; q["irrelevant"].append(nm)
        t = q["text"]; i = t.rfind(". ")  # insert before the final question sentence
        q["text"] = t[:i+1] + ph + t[i+1:] if i > 0 else t + ph
# ---------------- not derivable ----------------
ND = "not derivable"
def nd(field, text, given, find, unit, missing, laws=1):
    add(field, text, given, find, unit, None, laws=laws, outcome=ND, solution="needs " + missing, assumptions="missing: " + missing)
nd("mechanics", "A 1650 kg SUV is cruising at 31 m/s when the driver slams on the brakes. How far does it travel before stopping?",
   {"SUV mass": "1650 kg", "initial speed": "31 m/s"}, "stopping distance of the SUV", "m", "deceleration or friction coefficient", laws=2)
nd("thermodynamics", "A 1.8 kW travel kettle holds 0.6 kg of water. How long does it take to bring the water to 100 degC?",
   {"kettle power": "1.8 kW", "mass of water": "0.6 kg", "target temperature": "100 degC"}, "time to boil the water", "s", "initial water temperature", laws=2)
nd("astro", "A moon orbits the gas giant Kepler-X at an orbital radius of 420000 km. What is its orbital period?",
   {"orbital radius": "420000 km"}, "orbital period of the moon", "d", "mass of the planet", laws=2)
nd("circuits", "A 68 ohm resistor sits in a guitar amp. How much power does it dissipate?",
   {"resistance": "68 ohm"}, "power dissipated in the resistor", "W", "current through or voltage across the resistor")
nd("optics", "A candle stands 40 cm in front of a converging lens. Where does its image form?",
   {"object distance": "40 cm"}, "image distance", "cm", "focal length of the lens")
nd("thermodynamics", "A scuba tank holds 12 mol of air at 295 K. What is the pressure inside?",
   {"amount of air": "12 mol", "temperature": "295 K"}, "pressure in the tank", "kPa", "tank volume")
nd("nuclear", "A hospital's technetium-99m source has an activity of 740 MBq at 8 am. What is its activity at 5 pm the same day?",
   {"initial activity": "740 MBq", "elapsed time": "9 h"}, "activity at 5 pm", "MBq", "half-life of Tc-99m")
nd("fluids", "A 3.1 kg lump of granite is lowered fully into a pond. What buoyant force does the water exert on it?",
   {"mass of the granite": "3.1 kg", "water density": "1000 kg/m^3"}, "buoyant force on the granite", "N", "volume or density of the granite", laws=2)
nd("waves", "A ukulele string is 35 cm long and under 48 N of tension. What is its fundamental frequency?",
   {"string length": "35 cm", "tension": "48 N"}, "fundamental frequency of the string", "Hz", "linear mass density of the string", laws=2)
nd("magnetism", "A coil of 1200 turns carries 0.75 A. What magnetic field does it produce inside?",
   {"number of turns": "1200", "current": "0.75 A"}, "magnetic field inside the coil", "mT", "length of the solenoid")
# ---------------- ambiguous ----------------
AM = "ambiguous"
def am(field, text, given, find, unit, why, laws=1):
    add(field, text, given, find, unit, None, laws=laws, outcome=AM, solution=why, assumptions="two readings give different values")
am("circuits", "Two resistors, 100 ohm and 300 ohm, are connected to a 12 V bench supply. What current does the supply deliver?",
   {"resistor 1": "100 ohm", "resistor 2": "300 ohm", "supply voltage": "12 V"}, "current from the supply", "A",
   "series gives 0.03 A, parallel gives 0.16 A", laws=2)
am("circuits", "A 4 uF and a 6 uF capacitor are combined on a circuit board. What is their equivalent capacitance?",
   {"capacitor 1": "4 uF", "capacitor 2": "6 uF"}, "equivalent capacitance", "uF", "series 2.4 uF vs parallel 10 uF")
am("optics", "A lens has a focal length of magnitude 15 cm; a toy is placed 25 cm from it. How far from the lens is the image?",
   {"focal length magnitude": "15 cm", "object distance": "25 cm"}, "image distance", "cm", "converging gives 37.5 cm, diverging gives -9.375 cm")
am("mechanics", "Ball 1 (0.4 kg) rolls at 6 m/s and ball 2 (0.6 kg) rolls at 5 m/s across a bowling green. What is the kinetic energy of the ball?",
   {"mass of ball 1": "0.4 kg", "speed of ball 1": "6 m/s", "mass of ball 2": "0.6 kg", "speed of ball 2": "5 m/s"}, "kinetic energy of the ball", "J",
   "ball 1 7.2 J vs ball 2 7.5 J")
am("waves", "A car horn sounds at 500 Hz while the car passes you at 25 m/s; sound travels at 343 m/s. What frequency do you hear?",
   {"horn frequency": "500 Hz", "car speed": "25 m/s", "speed of sound": "343 m/s"}, "frequency heard by the listener", "Hz",
   "approaching 539.3 Hz vs receding 466.0 Hz")
am("thermodynamics", "A 2 kg pot of soup (specific heat 3900 J/(kg K)) is heated by 30 degrees. How much heat went in?",
   {"mass of soup": "2 kg", "specific heat": "3900 J/(kg*K)", "temperature rise": "30 deg"}, "heat added to the soup", "kJ",
   "30 Celsius degrees gives 234 kJ, 30 Fahrenheit degrees gives 130 kJ; '30 deg' is not a temperature unit")
am("thermodynamics", "A bicycle tyre of volume 2 litres is pumped to 250 kPa at 20 degC. How many moles of air does it contain?",
   {"tyre volume": "2 L", "tyre pressure": "250 kPa", "air temperature": "20 degC"}, "amount of air in the tyre", "mol",
   "gauge (0.288 mol with atmosphere added) vs absolute (0.205 mol) pressure")
am("mechanics", "A grindstone of radius 0.3 m turns at 12 per second. What is the speed of a point on its rim?",
   {"radius": "0.3 m", "rotation rate": "12 1/s"}, "rim speed of the grindstone", "m/s", "12 rev/s gives 22.6 m/s, 12 rad/s gives 3.6 m/s")
# ---------------- ill-posed ----------------
IP = "ill-posed"
def ip(field, text, given, find, unit, why, laws=1):
    add(field, text, given, find, unit, None, laws=laws, outcome=IP, solution=why, assumptions="contradictory or impossible set-up")
ip("relativity", "An electron in a science-fiction story is fired at 3.5e8 m/s. What is its kinetic energy?",
   {"electron speed": "3.5e8 m/s"}, "kinetic energy of the electron", "MeV", "speed exceeds c")
ip("thermodynamics", "An inventor claims an engine running between 400 K and 300 K reservoirs with 65% efficiency, taking in 10 kJ per cycle. How much work does it do per cycle?",
   {"hot reservoir temperature": "400 K", "cold reservoir temperature": "300 K", "claimed efficiency": "65 %", "heat input per cycle": "10 kJ"},
   "work output per cycle", "kJ", "65% exceeds the Carnot limit of 25%")
ip("thermodynamics", "A sealed 5 L flask holds 0.2 mol of argon at -20 K. What is the pressure?",
   {"flask volume": "5 L", "amount of argon": "0.2 mol", "gas temperature": "-20 K"}, "pressure in the flask", "kPa", "negative absolute temperature")
ip("circuits", "A 10 ohm resistor has 12 V across it and carries 3 A. How much power does it dissipate?",
   {"resistance": "10 ohm", "voltage": "12 V", "current": "3 A"}, "power dissipated in the resistor", "W", "V/R = 1.2 A, inconsistent with 3 A")
ip("mechanics", "A stone dropped from rest from a 20 m bridge hits the water at 40 m/s, with no air resistance. How long does the fall take?",
   {"drop height": "20 m", "impact speed": "40 m/s"}, "fall time", "s", "free fall from 20 m gives at most 19.8 m/s, not 40 m/s")
ip("optics", "Light passes from air (n = 1.00) into glass (n = 1.50). What is the critical angle for total internal reflection at this boundary?",
   {"refractive index of air": "1.00", "refractive index of glass": "1.50"}, "critical angle going from air into glass", "deg",
   "no total internal reflection going into a denser medium (sin > 1)")
ip("nuclear", "A bone sample shows 130% of the carbon-14 activity of living tissue. With a half-life of 5730 years, how old is it?",
   {"remaining fraction of C-14": "130 %", "half-life of carbon-14": "5730 yr"}, "age of the bone", "yr", "remaining fraction above 1 gives a negative age")
ip("mechanics", "A 5 m ladder leans against a wall and reaches 6 m up the wall. What angle does it make with the ground?",
   {"ladder length": "5 m", "height reached on the wall": "6 m"}, "angle between ladder and ground", "deg", "height exceeds ladder length")
ip("fluids", "A solid block of density 1500 kg/m^3 floats at rest on fresh water (1000 kg/m^3). What fraction of it is submerged?",
   {"block density": "1500 kg/m^3", "water density": "1000 kg/m^3"}, "submerged fraction of the block", "%", "a denser solid block cannot float")
ip("electricity", "An electric motor draws 500 W from the mains and delivers 575 W of mechanical power. What is its efficiency?",
   {"electrical input power": "500 W", "mechanical output power": "575 W"}, "efficiency of the motor", "%", "output exceeds input (efficiency > 100%)")
ip("astro", "A satellite is said to circle Earth (mass 5.972e24 kg, radius 6371 km) in a circular orbit of radius 5000 km. What is its orbital speed?",
   {"orbital radius": "5000 km", "Earth mass": "5.972e24 kg", "Earth radius": "6371 km"}, "orbital speed", "km/s", "orbit radius lies inside the Earth")
ip("relativity", "A rocket that is 100 m long at rest flies past a station at 0.8c, and the station measures it to be 120 m long. What is its Lorentz factor?",
   {"rest length": "100 m", "speed": "0.8 c", "measured length": "120 m"}, "Lorentz factor of the rocket", "",
   "moving length must be shorter (60 m at 0.8c); 120 m contradicts")
# ---- renumber, check, write ----
for i, q in enumerate(Q):
    q["id"] = "q10e-%03d" % (i+1)
assert len(Q) == 150, len(Q)
assert len({q["id"] for q in Q}) == 150
for q in Q:
    if q["outcome"] == "value":
        assert q["expected"] is not None and math.isfinite(q["expected"]), q["id"]
    for nm in q["irrelevant"]:
        assert nm in q["given"], (q["id"], nm)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch_e.json"), "w") as fh:
    json.dump(Q, fh, indent=1)

cnt = lambda key: {v: sum(1 for q in Q if q[key] == v) for v in sorted({q[key] for q in Q})}
print(len(Q), cnt("outcome"), cnt("field"), sum(1 for q in Q if q["irrelevant"] and q["outcome"] == "value"))

