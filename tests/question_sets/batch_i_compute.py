"""Blind batch q10i: 150 physics questions with independently computed answers."""
import math, json, os
import scipy.constants as sc

g0 = 9.80665
c = sc.c; h = sc.h; hbar = sc.hbar; e = sc.e; me = sc.m_e; mp = sc.m_p
kB = sc.k; G = sc.G; sigma = sc.sigma; eps0 = sc.epsilon_0; mu0 = sc.mu_0
NA = sc.N_A; R = sc.R; u = sc.atomic_mass; eV = sc.eV
kC = 1 / (4 * math.pi * eps0)
MeV_per_u = sc.physical_constants['atomic mass constant energy equivalent in MeV'][0]
md = sc.physical_constants['deuteron mass'][0]
ATM = sc.atm
YEAR = 365.25 * 86400
K0 = 273.15

Q = []

def add(field, text, given, find, unit, expected, outcome="value", laws=1,
        irrelevant=None, solution="", assumptions="", rel_tol=0.01):
    Q.append({"id": "q10i-%03d" % (len(Q) + 1), "field": field, "text": text,
              "given": given, "find": find, "unit": unit,
              "expected": (float(expected) if outcome == "value" else None),
              "outcome": outcome, "rel_tol": rel_tol, "laws": laws,
              "irrelevant": irrelevant or [], "solution": solution,
              "assumptions": assumptions})

GA = "Earth's surface gravity g = 9.80665 m/s^2 assumed."

# ======================= MECHANICS (13) =======================
m, v = 9500, 2.4
add("mechanics", f"A combine harvester of mass {m} kg rolls across a wheat field at {v} m/s. How much kinetic energy does it carry?",
    {"mass of the combine harvester": f"{m} kg", "ground speed": f"{v} m/s"},
    "kinetic energy of the combine harvester", "kJ", 0.5*m*v**2/1e3, solution="E = m v^2/2", assumptions="Translational KE only.")

hh = 41.5
add("mechanics", f"A roller-coaster train starts from rest at the crest of a {hh} m drop. Ignoring friction and air drag, how fast is it going at the bottom of the drop?",
    {"height of the first drop": f"{hh} m"}, "speed of the train at the bottom of the drop", "m/s",
    math.sqrt(2*g0*hh), solution="v = sqrt(2 g h)", assumptions=GA + " Frictionless, starts at rest.")

ha, va, ma = 1.45, 71.0, 0.027
add("mechanics", f"An archer releases a {ma*1000:.0f} g arrow horizontally at {va} m/s from a height of {ha} m above flat ground. Neglecting air resistance, how far downrange does it land?",
    {"arrow mass": f"{ma*1000:.0f} g", "launch speed": f"{va} m/s", "release height": f"{ha} m"},
    "horizontal range of the arrow", "m", va*math.sqrt(2*ha/g0), laws=2, irrelevant=["arrow mass"],
    solution="t = sqrt(2h/g); x = v t", assumptions=GA + " Horizontal launch, no drag.")

vt, d, mac = 79.0, 1720.0, 73500
add("mechanics", f"An A320 of mass {mac} kg accelerates uniformly from rest and lifts off at {vt} m/s after rolling {d} m along the runway. What is its acceleration during the take-off run?",
    {"aircraft mass": f"{mac} kg", "lift-off speed": f"{vt} m/s", "take-off roll distance": f"{d} m"},
    "acceleration of the aircraft during the take-off roll", "m/s^2", vt**2/(2*d), irrelevant=["aircraft mass"],
    solution="a = v^2/(2 d)", assumptions="Constant acceleration from rest.")

I1, f1, I2 = 3.6, 1.7, 1.15
add("mechanics", f"A figure skater spinning at {f1} rev/s with a moment of inertia of {I1} kg*m^2 pulls her arms in, reducing her moment of inertia to {I2} kg*m^2. How fast does she spin now?",
    {"initial spin rate": f"{f1} rev/s", "moment of inertia with arms out": f"{I1} kg*m^2", "moment of inertia with arms in": f"{I2} kg*m^2"},
    "final spin rate of the skater", "rev/s", I1*f1/I2, solution="I1 w1 = I2 w2", assumptions="No external torque from the ice.")

F, v = 16.5e3, 1.85
add("mechanics", f"A tractor drags a plough with a steady drawbar pull of 16.5 kN while moving at {v} m/s. What power is delivered at the drawbar?",
    {"drawbar pull": "16.5 kN", "tractor speed": f"{v} m/s"}, "drawbar power of the tractor", "kW", F*v/1e3,
    solution="P = F v", assumptions="Force parallel to motion.")

th = 31.0
add("mechanics", f"A skier glides straight down a {th} degree slope with negligible friction. What is her acceleration along the slope?",
    {"slope angle": f"{th} deg"}, "acceleration of the skier along the slope", "m/s^2", g0*math.sin(math.radians(th)),
    solution="a = g sin(theta)", assumptions=GA + " Frictionless snow, no air drag.")

mb, ang = 92.0, 28.0
add("mechanics", f"A {mb} kg theatre lighting truss hangs motionless from two cables, each making {ang} degrees with the vertical and attached symmetrically. What is the tension in each cable?",
    {"mass of the lighting truss": f"{mb} kg", "cable angle from vertical": f"{ang} deg"}, "tension in each cable", "N",
    mb*g0/(2*math.cos(math.radians(ang))), laws=2, solution="2 T cos(a) = m g", assumptions=GA + " Symmetric, massless cables.")

rr, rpm = 58.5, 13.2
add("mechanics", f"A wind turbine with rotor blades {rr} m long turns at {rpm} rpm. How fast is a blade tip moving?",
    {"blade length (rotor radius)": f"{rr} m", "rotor speed": f"{rpm} rpm"}, "blade tip speed", "m/s",
    2*math.pi*rpm/60*rr, solution="v = omega r, omega = 2 pi n/60", assumptions="Blade length taken as rotor radius.")

m1, v1, m2 = 215.0, 3.3, 185.0
add("mechanics", f"At the fairground, bumper car 1 ({m1} kg with rider) moving at {v1} m/s rear-ends bumper car 2 ({m2} kg with rider), which is at rest. The cars lock bumpers and move off together. What is their common speed just after the collision?",
    {"mass of bumper car 1": f"{m1} kg", "speed of bumper car 1": f"{v1} m/s", "mass of bumper car 2": f"{m2} kg"},
    "common speed of the two bumper cars after the collision", "m/s", m1*v1/(m1+m2),
    solution="m1 v1 = (m1+m2) V", assumptions="Perfectly inelastic, no floor friction during impact.")

rs, T = 8.2, 5.6
add("mechanics", f"On a chair-swing ride, a rider travels in a horizontal circle of radius {rs} m, completing one revolution every {T} s. What is her centripetal acceleration?",
    {"radius of the circle": f"{rs} m", "time per revolution": f"{T} s"}, "centripetal acceleration of the rider", "m/s^2",
    4*math.pi**2*rs/T**2, solution="a = 4 pi^2 r / T^2", assumptions="Uniform circular motion.")

mp_, hp, tp = 13800, 27.0, 52.0
add("mechanics", f"On a drilling rig, the drawworks hoists a {mp_} kg stand of drill pipe {hp} m upward at constant speed in {tp} s. What average mechanical power does this require?",
    {"mass of the drill pipe stand": f"{mp_} kg", "hoist height": f"{hp} m", "hoisting time": f"{tp} s"},
    "mechanical power needed to hoist the pipe", "kW", mp_*g0*hp/tp/1e3, laws=2,
    solution="W = m g h; P = W/t", assumptions=GA + " Constant speed, friction and buoyancy of mud ignored.")

n_rpm, dburr = 350000, 1.4e-3
add("mechanics", f"A dentist's air-turbine handpiece spins a 1.4 mm diameter burr at {n_rpm} rpm. How fast is the cutting edge of the burr moving?",
    {"burr diameter": "1.4 mm", "turbine speed": f"{n_rpm} rpm"}, "surface speed of the burr edge", "m/s",
    2*math.pi*n_rpm/60*dburr/2, solution="v = omega d/2", assumptions="Edge at half the diameter.")

# ======================= FLUIDS (10) =======================
hd = 47.0
add("fluids", f"What is the gauge pressure of the water {hd} m below the surface of a hydro-dam reservoir? Take fresh water density as 1000 kg/m^3.",
    {"depth below the reservoir surface": f"{hd} m", "density of fresh water": "1000 kg/m^3"},
    "gauge pressure at that depth", "kPa", 1000*g0*hd/1e3, solution="p = rho g h", assumptions=GA)

hs = 19.5
add("fluids", f"A saturation diver works at an oil-rig leg {hs} m below the sea surface (seawater density 1025 kg/m^3). What absolute pressure does the diver experience? Assume standard atmospheric pressure at the surface.",
    {"depth below the sea surface": f"{hs} m", "seawater density": "1025 kg/m^3"},
    "absolute pressure at the diver's depth", "kPa", (ATM + 1025*g0*hs)/1e3, solution="p = p_atm + rho g h",
    assumptions=GA + " Standard atmosphere 101325 Pa assumed at surface.")

Qf, Hd, eta = 88.0, 64.0, 0.91
add("fluids", f"Water flows through the turbines of a small hydro dam at {Qf} m^3/s with an effective head of {Hd} m. If the turbine-generator sets convert 91% of the water's potential energy to electricity, what is the electrical output?",
    {"volume flow rate": f"{Qf} m^3/s", "effective head": f"{Hd} m", "turbine-generator efficiency": "91 %"},
    "electrical power output of the dam", "MW", eta*1000*g0*Qf*Hd/1e6, laws=2,
    solution="P = eta rho g Q H", assumptions=GA + " Water density 1000 kg/m^3 assumed.")

D1, vv1, D2 = 0.063, 1.3, 0.022
add("fluids", f"Irrigation water flows at {vv1} m/s in a 63 mm bore pipe that feeds a 22 mm bore sprinkler nozzle. How fast does the water leave the nozzle?",
    {"pipe bore": "63 mm", "speed in the pipe": f"{vv1} m/s", "nozzle bore": "22 mm"}, "exit speed at the nozzle", "m/s",
    vv1*(D1/D2)**2, solution="A1 v1 = A2 v2", assumptions="Incompressible flow, full bore.")

Vb = 0.052
add("fluids", f"A crab-pot marker buoy of volume {Vb} m^3 is pulled completely under the sea surface. What buoyant force does the seawater (1025 kg/m^3) exert on it?",
    {"buoy volume": f"{Vb} m^3", "density of seawater": "1025 kg/m^3"}, "buoyant force on the buoy", "N",
    1025*Vb*g0, solution="F = rho V g", assumptions=GA)

ht = 2.6
add("fluids", f"A farm water tank has a small leak {ht} m below the water surface. How fast does water squirt out of the hole?",
    {"depth of the hole below the water surface": f"{ht} m"}, "efflux speed of the water", "m/s",
    math.sqrt(2*g0*ht), solution="Torricelli v = sqrt(2 g h)", assumptions=GA + " Tank open to air, large tank, no losses.")

rho_a, vt_, vb_, Aw = 1.12, 74.0, 66.0, 16.2
add("fluids", f"Air (density {rho_a} kg/m^3) flows over the top of a light aircraft's wing at {vt_} m/s and under it at {vb_} m/s. The wing area is {Aw} m^2. Using Bernoulli's principle, estimate the lift.",
    {"air density": f"{rho_a} kg/m^3", "airspeed over the upper surface": f"{vt_} m/s", "airspeed under the lower surface": f"{vb_} m/s", "wing area": f"{Aw} m^2"},
    "lift force on the wing", "kN", 0.5*rho_a*(vt_**2-vb_**2)*Aw/1e3, laws=2,
    solution="dp = rho (v1^2 - v2^2)/2; F = dp A", assumptions="Bernoulli along streamlines, uniform speeds.")

ds, dl, ml = 0.024, 0.30, 1550.0
add("fluids", f"A tyre-shop hydraulic lift has a small piston 24 mm across and a large piston 30 cm across. What force on the small piston will hold up a {ml} kg pickup truck resting on the large piston?",
    {"small piston diameter": "24 mm", "large piston diameter": "30 cm", "mass of the truck": f"{ml} kg"},
    "force needed on the small piston", "N", ml*g0*(ds/dl)**2, laws=2,
    solution="F1/A1 = F2/A2; F2 = m g", assumptions=GA + " Pistons at same level, frictionless.")

rn, Ln, dP, mu = 0.30e-3, 0.038, 8.5e3, 1.0e-3
add("fluids", f"Saline (viscosity 1.0 mPa*s) is pushed through a hypodermic needle 38 mm long with an inner radius of 0.30 mm by a pressure difference of 8.5 kPa. What volume flow rate results, assuming laminar flow?",
    {"needle length": "38 mm", "needle inner radius": "0.30 mm", "pressure difference": "8.5 kPa", "viscosity of saline": "1.0 mPa*s"},
    "volume flow rate through the needle", "mL/min", math.pi*rn**4*dP/(8*mu*Ln)*1e6*60,
    solution="Q = pi r^4 dp / (8 eta L)", assumptions="Poiseuille flow.")

hm, rhom = 2350.0, 1480.0
add("fluids", f"An oil well is filled with drilling mud of density {rhom} kg/m^3. What is the hydrostatic pressure of the mud column at a depth of {hm} m (gauge)?",
    {"well depth": f"{hm} m", "mud density": f"{rhom} kg/m^3"}, "hydrostatic mud pressure at the bottom", "MPa",
    rhom*g0*hm/1e6, solution="p = rho g h", assumptions=GA + " Vertical well, uniform mud.")

# ======================= THERMODYNAMICS (11) =======================
mw, Ti, Tf = 17.0, 14.0, 60.0
add("thermodynamics", f"A commercial washing machine heats {mw} kg of water from {Ti} degC to {Tf} degC. The specific heat of water is 4186 J/(kg*K). How much heat is needed?",
    {"mass of water": f"{mw} kg", "inlet water temperature": f"{Ti} degC", "wash temperature": f"{Tf} degC", "specific heat of water": "4186 J/(kg*K)"},
    "heat needed to warm the wash water", "MJ", mw*4186*(Tf-Ti)/1e6, solution="Q = m c dT", assumptions="No losses.")

P_h = 2.9e3
add("thermodynamics", f"The same kind of laundry machine has a {P_h/1e3} kW heater and must warm {mw} kg of water from {Ti} degC to {Tf} degC (c = 4186 J/(kg*K)). Assuming all heater output goes into the water, how long does it take?",
    {"heater power": "2.9 kW", "mass of water": f"{mw} kg", "cold-fill temperature": f"{Ti} degC", "target temperature": f"{Tf} degC", "specific heat of water": "4186 J/(kg*K)"},
    "heating time", "min", mw*4186*(Tf-Ti)/P_h/60, laws=2, solution="Q = m c dT; t = Q/P", assumptions="100% heater efficiency.")

Vt, Pt, Tt = 0.082, 1.38e6, 21.0
add("thermodynamics", f"An airliner main-gear tyre contains {Vt} m^3 of nitrogen at an absolute pressure of 1.38 MPa and {Tt} degC. How many moles of gas are in it?",
    {"tyre volume": f"{Vt} m^3", "absolute pressure": "1.38 MPa", "gas temperature": f"{Tt} degC"},
    "amount of nitrogen in the tyre", "mol", Pt*Vt/(R*(Tt+K0)), solution="n = pV/(RT)", assumptions="Ideal gas.")

TH, TC = 185.0, 22.0
add("thermodynamics", f"A geothermal power plant draws heat from brine at {TH} degC and rejects it to river water at {TC} degC. What is the highest efficiency any heat engine could achieve between these two reservoirs?",
    {"temperature of the hot reservoir": f"{TH} degC", "temperature of the cold reservoir": f"{TC} degC"},
    "Carnot efficiency of the plant", "%", (1-(TC+K0)/(TH+K0))*100, solution="eta = 1 - Tc/Th (kelvin)", assumptions="Reversible engine.")

Tc_, Th_ = 16.0, 38.0
add("thermodynamics", f"A data-centre chiller keeps the cold aisle coolant at {Tc_} degC and dumps heat to outdoor air at {Th_} degC. What is the maximum possible coefficient of performance for cooling?",
    {"coolant temperature": f"{Tc_} degC", "outdoor air temperature": f"{Th_} degC"},
    "maximum cooling COP of the chiller", "", (Tc_+K0)/(Th_-Tc_), solution="COP = Tc/(Th - Tc)", assumptions="Carnot refrigerator.")

Lr, alpha, T1r, T2r = 11.5, 12e-6, -8.0, 41.0
add("thermodynamics", f"A steel roller-coaster rail section is {Lr} m long at {T1r} degC on a winter night. How much longer is it at {T2r} degC on a summer afternoon? Steel's linear expansion coefficient is 12e-6 per kelvin.",
    {"rail length": f"{Lr} m", "winter temperature": f"{T1r} degC", "summer temperature": f"{T2r} degC", "linear expansion coefficient of steel": "12e-6 1/K"},
    "increase in rail length", "mm", alpha*Lr*(T2r-T1r)*1e3, solution="dL = alpha L dT", assumptions="Free expansion.")

Aw_, tw, kw, dTw = 26.0, 0.11, 0.034, 24.0
add("thermodynamics", f"A potato cold store has {Aw_} m^2 of wall insulated with {tw*100:.0f} cm of foam (thermal conductivity {kw} W/(m*K)). The inside is 24 K colder than outside. What is the steady heat leak through the wall?",
    {"wall area": f"{Aw_} m^2", "insulation thickness": f"{tw*100:.0f} cm", "thermal conductivity of the foam": f"{kw} W/(m*K)", "temperature difference": f"{dTw} K"},
    "rate of heat flow through the wall", "W", kw*Aw_*dTw/tw, solution="P = k A dT / d", assumptions="1-D conduction, foam only.")

mi, Lf, Pref = 8600.0, 334e3, 95e3
add("thermodynamics", f"To make a new ice rink surface, {mi} kg of water already at 0 degC must be frozen. The latent heat of fusion of water is 334 kJ/kg and the refrigeration plant removes heat at 95 kW. How long does the freezing take?",
    {"mass of water": f"{mi} kg", "latent heat of fusion": "334 kJ/kg", "refrigeration rate": "95 kW"},
    "time to freeze the rink", "h", mi*Lf/Pref/3600, laws=2, solution="Q = m L; t = Q/P", assumptions="Water starts at 0 degC; no heat gain.")

rc, gam, Ta = 17.5, 1.4, 28.0
add("thermodynamics", f"A tractor's diesel engine has a compression ratio of {rc}. Air enters at {Ta} degC and is compressed adiabatically (gamma = 1.4). What temperature does it reach at the end of compression?",
    {"compression ratio": f"{rc}", "intake air temperature": f"{Ta} degC", "heat capacity ratio": "1.4"},
    "air temperature at the end of compression", "degC", (Ta+K0)*rc**(gam-1)-K0, solution="T2 = T1 r^(gamma-1)", assumptions="Reversible adiabatic ideal gas.")

ms, Ts, mwq, Twq = 1.3, 840.0, 16.0, 19.0
cs, cw = 490.0, 4186.0
Tfin = (ms*cs*Ts + mwq*cw*Twq)/(ms*cs + mwq*cw)
add("thermodynamics", f"A farrier quenches a {ms} kg steel shoe blank at {Ts} degC in a bucket holding {mwq} kg of water at {Twq} degC. Taking c = 490 J/(kg*K) for steel and 4186 J/(kg*K) for water and ignoring boiling and losses, what is the final common temperature?",
    {"mass of the steel": f"{ms} kg", "initial steel temperature": f"{Ts} degC", "mass of the water": f"{mwq} kg", "initial water temperature": f"{Twq} degC",
     "specific heat of steel": "490 J/(kg*K)", "specific heat of water": "4186 J/(kg*K)"},
    "final temperature of steel and water", "degC", Tfin, laws=1, solution="sum m c (Tf - Ti) = 0", assumptions="No evaporation, insulated bucket.")

Tn = 24.0
mN2 = 28.0134e-3/NA
add("thermodynamics", f"What is the root-mean-square speed of nitrogen molecules (molar mass 28.0134 g/mol) in an aircraft hangar at {Tn} degC?",
    {"molar mass of nitrogen": "28.0134 g/mol", "air temperature": f"{Tn} degC"}, "rms speed of the nitrogen molecules", "m/s",
    math.sqrt(3*kB*(Tn+K0)/mN2), solution="v = sqrt(3 R T / M)", assumptions="Ideal gas kinetic theory.")

# ======================= WAVES (10) =======================
fh, vs = 165.0, 343.0
add("waves", f"A lighthouse foghorn sounds at {fh} Hz. With the speed of sound at {vs} m/s, what is the wavelength of the note?",
    {"foghorn frequency": f"{fh} Hz", "speed of sound": f"{vs} m/s"}, "wavelength of the foghorn note", "m", vs/fh, solution="lambda = v/f")

tE, vsw = 0.63, 1515.0
add("waves", f"A fishing boat's echo sounder hears the echo from the seabed {tE} s after sending the ping. Sound travels at {vsw} m/s in seawater. How deep is the water below the transducer?",
    {"echo delay": f"{tE} s", "speed of sound in seawater": f"{vsw} m/s"}, "water depth below the transducer", "m", vsw*tE/2,
    solution="d = v t / 2", assumptions="Vertical path, round trip.")

Ls, Ts_, mu_s = 0.72, 85.0, 1.25e-3
add("waves", f"A harp string in a theatre orchestra pit is {Ls} m long, has a linear mass density of 1.25 g/m and is tuned to a tension of {Ts_} N. What is its fundamental frequency?",
    {"vibrating length": f"{Ls} m", "linear density": "1.25 g/m", "string tension": f"{Ts_} N"}, "fundamental frequency of the string", "Hz",
    math.sqrt(Ts_/mu_s)/(2*Ls), laws=2, solution="v = sqrt(T/mu); f = v/(2L)", assumptions="Fixed ends.")

vsrc, f0, vsnd = 82.0, 440.0, 340.0
add("waves", f"A turboprop taxiing toward the terminal at {vsrc} m/s... (in the final approach, actually flying) emits a propeller tone of {f0} Hz. A ground worker standing still hears it as the plane approaches. Speed of sound {vsnd} m/s. What frequency does the worker hear?",
    {"aircraft speed": f"{vsrc} m/s", "emitted frequency": f"{f0} Hz", "speed of sound": f"{vsnd} m/s"}, "frequency heard by the ground worker", "Hz",
    f0*vsnd/(vsnd-vsrc), solution="f' = f v/(v - vs)", assumptions="Source moving straight toward still observer, still air.")

Iw = 4.1e-6
add("waves", f"At the edge of a wind farm the sound intensity from the turbines is {Iw} W/m^2. What is the sound intensity level?",
    {"sound intensity": f"{Iw} W/m^2"}, "sound intensity level", "dB", 10*math.log10(Iw/1e-12),
    solution="L = 10 log10(I / 1e-12 W/m^2)", assumptions="Reference intensity 1e-12 W/m^2.")

Pa, ra = 14.0, 28.0
Ia = Pa/(4*math.pi*ra**2)
add("waves", f"A theme-park loudspeaker radiates {Pa} W of acoustic power uniformly in all directions. What sound level does a visitor {ra} m away hear?",
    {"acoustic power": f"{Pa} W", "distance from the speaker": f"{ra} m"}, "sound intensity level at the visitor", "dB",
    10*math.log10(Ia/1e-12), laws=2, solution="I = P/(4 pi r^2); L = 10 log10(I/I0)", assumptions="Isotropic point source, no absorption, I0 = 1e-12 W/m^2.")

Lp = 0.88
add("waves", f"A cinema organ has a stopped (closed at one end) pipe {Lp} m long. With sound travelling at 343 m/s, what is the pipe's fundamental frequency?",
    {"pipe length": f"{Lp} m", "speed of sound": "343 m/s"}, "fundamental frequency of the stopped pipe", "Hz", 343/(4*Lp),
    solution="f = v/(4L)", assumptions="No end correction.")

fa, fb = 117.0, 120.5
add("waves", f"Two ski-lift drive motors hum at {fa} Hz and {fb} Hz. How many beats per second does a liftie standing between them hear?",
    {"hum frequency of motor 1": f"{fa} Hz", "hum frequency of motor 2": f"{fb} Hz"}, "beat frequency", "Hz", fb-fa,
    solution="f_beat = |f1 - f2|")

fu, vt_s = 3.3e6, 1540.0
add("waves", f"A physiotherapy ultrasound head runs at 3.3 MHz. In soft tissue sound travels at {vt_s} m/s. What is the wavelength in tissue?",
    {"ultrasound frequency": "3.3 MHz", "speed of sound in tissue": f"{vt_s} m/s"}, "wavelength in soft tissue", "mm", vt_s/fu*1e3,
    solution="lambda = v/f")

dh = 3.8
add("waves", f"In a fishing harbour the water is {dh} m deep. How fast does a long swell (wavelength much longer than the depth) travel across the harbour?",
    {"harbour depth": f"{dh} m"}, "speed of the shallow-water wave", "m/s", math.sqrt(g0*dh),
    solution="v = sqrt(g d)", assumptions=GA + " Shallow-water limit.")

# ======================= OPTICS (10) =======================
fp, ds_ = 0.090, 34.0
di = 1/(1/fp - 1/ds_)
add("optics", f"A cinema projector lens has a focal length of 90 mm and the screen is {ds_} m from the lens. How far from the lens must the film gate sit for a sharp picture?",
    {"focal length of the projection lens": "90 mm", "lens-to-screen distance": f"{ds_} m"}, "film-to-lens distance", "mm", di*1e3,
    solution="1/f = 1/do + 1/di", assumptions="Thin lens.")

wf = 0.0248
add("optics", f"In the same kind of cinema, the projector lens has focal length 90 mm, the screen is {ds_} m away, and the film frame is 24.8 mm wide. How wide is the picture on the screen?",
    {"focal length": "90 mm", "throw distance to the screen": f"{ds_} m", "film frame width": "24.8 mm"}, "width of the projected image", "m",
    wf*ds_/di, laws=2, solution="1/f = 1/do + 1/di; width = w * di/do", assumptions="Thin lens; frame is the object.")

n_g, ti = 1.52, 38.0
add("optics", f"A ray of light in air strikes the flat face of a lighthouse's glass lens (refractive index {n_g}) at {ti} degrees from the normal. At what angle from the normal does it travel inside the glass?",
    {"refractive index of the glass": f"{n_g}", "angle of incidence": f"{ti} deg"}, "angle of refraction in the glass", "deg",
    math.degrees(math.asin(math.sin(math.radians(ti))/n_g)), solution="sin(i) = n sin(r)", assumptions="n_air = 1.")

n1, n2 = 1.4682, 1.4475
add("optics", f"A data-centre optical fibre has a core index of {n1} and cladding index of {n2}. What is the critical angle at the core-cladding boundary?",
    {"core refractive index": f"{n1}", "cladding refractive index": f"{n2}"}, "critical angle inside the core", "deg",
    math.degrees(math.asin(n2/n1)), solution="sin(c) = n2/n1")

Rm, dt = 0.042, 0.014
fm = Rm/2; dim = 1/(1/fm - 1/dt)
add("optics", f"A dentist's concave mouth mirror has a radius of curvature of 4.2 cm and is held 1.4 cm from a tooth. What is the magnification of the image?",
    {"radius of curvature of the mirror": "4.2 cm", "mirror-to-tooth distance": "1.4 cm"}, "magnification of the tooth's image", "",
    -dim/dt, laws=2, solution="f = R/2; 1/f = 1/do + 1/di; m = -di/do", assumptions="Paraxial, real-is-positive convention; upright virtual image gives positive m.")

lam, Nl = 650e-9, 500e3
add("optics", f"A red workshop laser level (650 nm) shines through a diffraction grating with 500 lines per millimetre. At what angle does the first-order bright spot appear?",
    {"laser wavelength": "650 nm", "grating line density": "500 1/mm"}, "first-order diffraction angle", "deg",
    math.degrees(math.asin(lam*Nl)), solution="d sin(theta) = m lambda, d = 1/N", assumptions="Normal incidence.")

lam2, dsl, Lsc = 532e-9, 0.22e-3, 2.9
add("optics", f"Green 532 nm light from a stage laser passes through two slits 0.22 mm apart and lands on a backdrop {Lsc} m away. What is the spacing between neighbouring bright fringes?",
    {"wavelength": "532 nm", "slit separation": "0.22 mm", "distance to the backdrop": f"{Lsc} m"}, "bright-fringe spacing", "mm",
    lam2*Lsc/dsl*1e3, solution="dy = lambda L / d", assumptions="Small angles.")

Dap, lam3 = 0.0065, 550e-9
add("optics", f"A security camera at an airport apron has an entrance aperture of 6.5 mm. For 550 nm light, what is its diffraction-limited angular resolution?",
    {"aperture diameter": "6.5 mm", "wavelength": "550 nm"}, "minimum resolvable angle", "urad",
    1.22*lam3/Dap*1e6, solution="theta = 1.22 lambda / D", assumptions="Rayleigh criterion, circular aperture.")

npc = 1.586
add("optics", f"Ski goggles are moulded from polycarbonate with refractive index {npc}. How fast does light travel inside the lens?",
    {"refractive index of polycarbonate": f"{npc}"}, "speed of light in the polycarbonate", "m/s", c/npc, solution="v = c/n",
    assumptions="c = 299792458 m/s.")

nmg, lam4 = 1.38, 550e-9
add("optics", f"A projector lens gets a magnesium fluoride anti-reflection coating (n = {nmg}) designed for 550 nm light. What is the thinnest coating that works?",
    {"refractive index of the coating": f"{nmg}", "design wavelength": "550 nm"}, "minimum coating thickness", "nm",
    lam4/(4*nmg)*1e9, solution="t = lambda / (4 n)", assumptions="Coating index between air and glass, normal incidence.")

# ======================= ELECTRICITY (10) =======================
q1, q2, rq = 4.2e-9, -3.1e-9, 0.055
add("electricity", f"Two small charged beads sit 5.5 cm apart on a workbench: bead 1 carries +4.2 nC and bead 2 carries -3.1 nC. What is the magnitude of the force between them?",
    {"charge on bead 1": "4.2 nC", "charge on bead 2": "-3.1 nC", "separation": "5.5 cm"}, "magnitude of the force between the beads", "uN",
    kC*abs(q1*q2)/rq**2*1e6, solution="F = k |q1 q2| / r^2", assumptions="Point charges in air (vacuum permittivity).")

Qd, rd = 2.4e-6, 0.38
add("electricity", f"The dome of a science-show Van de Graaff generator carries 2.4 uC. What is the electric field strength {rd*100:.0f} cm from the dome's centre (outside the dome)?",
    {"charge on the dome": "2.4 uC", "distance from the dome centre": f"{rd*100:.0f} cm"}, "electric field strength at that point", "kV/m",
    kC*Qd/rd**2/1e3, solution="E = k Q / r^2", assumptions="Spherical dome, point outside.")

Cf, Vf = 680e-6, 310.0
add("electricity", f"A theatre strobe unit charges its 680 uF flash capacitor to {Vf} V. How much energy is stored for each flash?",
    {"capacitance": "680 uF", "charging voltage": f"{Vf} V"}, "energy stored in the flash capacitor", "J", 0.5*Cf*Vf**2,
    solution="E = C V^2 / 2")

Ap, dp = 3.6e-4, 0.12e-3
add("electricity", f"A 3D-printer bed-levelling probe uses a parallel-plate sensor with plates of area 3.6 cm^2 separated by a 0.12 mm air gap. What is its capacitance?",
    {"plate area": "3.6 cm^2", "air gap": "0.12 mm"}, "capacitance of the sensor", "pF", eps0*Ap/dp*1e12,
    solution="C = eps0 A / d", assumptions="Air treated as vacuum, no fringing.")

Vw = 60e3
add("electricity", f"In an electron-beam welder, electrons start from rest and are accelerated through 60 kV. What kinetic energy does each electron gain?",
    {"accelerating voltage": "60 kV"}, "kinetic energy gained per electron", "fJ", e*Vw*1e15, solution="K = e V")

qv, rv = 7.5e-9, 0.25
add("electricity", f"A charged dust particle carrying 7.5 nC is trapped in a textile-mill filter. What electric potential does it create 25 cm away, relative to infinity?",
    {"charge on the particle": "7.5 nC", "distance": "25 cm"}, "electric potential at that distance", "V", kC*qv/rv,
    solution="V = k q / r", assumptions="Point charge in air.")

Cs, Vs = 3000.0, 2.7
add("electricity", f"An electric bus uses ultracapacitor cells of 3000 F each, rated at {Vs} V. How much charge does one fully charged cell hold?",
    {"cell capacitance": "3000 F", "rated voltage": f"{Vs} V"}, "charge stored in one cell", "kC", Cs*Vs/1e3, solution="Q = C V")

dpp, Vpp, qdust = 0.18, 42e3, 2.5e-17
add("electricity", f"An electrostatic precipitator in a cotton mill has two flat plates {dpp*100:.0f} cm apart held at a potential difference of 42 kV. What force acts on a lint particle carrying 2.5e-17 C between the plates?",
    {"plate separation": f"{dpp*100:.0f} cm", "voltage between the plates": "42 kV", "charge on the lint particle": "2.5e-17 C"},
    "electric force on the lint particle", "pN", qdust*Vpp/dpp*1e12, laws=2, solution="E = V/d; F = q E", assumptions="Uniform field.")

kap, Ak, dk = 3.4, 0.015, 0.05e-3
add("electricity", f"A home-made capacitor for a Tesla-coil hobby project uses two foil sheets of 150 cm^2 separated by a 0.050 mm polyester film of dielectric constant {kap}. What is its capacitance?",
    {"foil area": "150 cm^2", "film thickness": "0.050 mm", "dielectric constant of the film": f"{kap}"}, "capacitance", "nF",
    kap*eps0*Ak/dk*1e9, solution="C = kappa eps0 A / d", assumptions="No fringing.")

qa, Va, Vb_ = 3.2e-6, 450.0, 120.0
add("electricity", f"A 3.2 uC charge is moved from a point at {Va} V to a point at {Vb_} V by the field of a farm electric fence energiser. How much work does the electric field do on the charge?",
    {"charge": "3.2 uC", "potential at the start": f"{Va} V", "potential at the end": f"{Vb_} V"}, "work done by the field", "mJ",
    qa*(Va-Vb_)*1e3, solution="W = q (V_A - V_B)", assumptions="Positive charge.")

# ======================= MAGNETISM (10) =======================
Nsol, Lsol, Isol = 1350, 0.16, 2.2
add("magnetism", f"A stage-effect solenoid has {Nsol} turns wound over a length of 16 cm and carries {Isol} A. What is the magnetic field inside it, away from the ends?",
    {"number of turns": f"{Nsol}", "coil length": "16 cm", "current": f"{Isol} A"}, "magnetic field inside the solenoid", "mT",
    mu0*Nsol/Lsol*Isol*1e3, solution="B = mu0 N I / L", assumptions="Long air-core solenoid.")

Ic, Be = 480.0, 48e-6
add("magnetism", f"A wind-farm export cable carries {Ic} A horizontally at right angles to a horizontal component of Earth's field of 48 uT. What force acts on each metre of cable?",
    {"cable current": f"{Ic} A", "magnetic field": "48 uT"}, "force per metre on the cable", "mN/m", Ic*Be*1e3, solution="F/L = I B")

Iev, rev = 32.0, 0.035
add("magnetism", f"An EV charging cable carries {Iev} A. What is the magnetic field 3.5 cm from a single conductor of the cable (treat it as a long straight wire on its own)?",
    {"current": f"{Iev} A", "distance from the conductor": "3.5 cm"}, "magnetic field at that distance", "uT",
    mu0*Iev/(2*math.pi*rev)*1e6, solution="B = mu0 I / (2 pi r)")

vpr, Bpr = 2.6e6, 0.75
add("magnetism", f"In a radiotherapy beam line, a proton moving at 2.6e6 m/s enters a {Bpr} T field at right angles. What is the radius of its circular path?",
    {"proton speed": "2.6e6 m/s", "magnetic field": f"{Bpr} T"}, "radius of the proton's path", "cm", mp*vpr/(e*Bpr)*100,
    solution="r = m v / (q B)", assumptions="Non-relativistic.")

Bcy = 1.6
add("magnetism", f"A medical isotope cyclotron accelerates deuterons in a {Bcy} T field. At what frequency must the dee voltage alternate?",
    {"magnetic field": f"{Bcy} T"}, "cyclotron frequency for deuterons", "MHz", e*Bcy/(2*math.pi*md)/1e6,
    solution="f = q B / (2 pi m)", assumptions="Deuteron mass from CODATA, non-relativistic.")

Ncoil, Acoil, dB, dtc = 240, 0.014, 0.65, 0.03
add("magnetism", f"A coil of {Ncoil} turns, each of area 140 cm^2, sits in a hydro-generator test rig where the perpendicular field falls from 0.65 T to zero in 30 ms. What average EMF is induced?",
    {"number of turns": f"{Ncoil}", "coil area": "140 cm^2", "field change": "0.65 T", "time for the change": "30 ms"},
    "average induced EMF", "V", Ncoil*Acoil*dB/dtc, solution="emf = N A dB/dt")

span, vac, Bv = 35.8, 235.0, 44e-6
add("magnetism", f"A 737 with a wingspan of {span} m cruises level at {vac} m/s where the vertical component of Earth's field is 44 uT. What EMF appears between its wingtips?",
    {"wingspan": f"{span} m", "airspeed": f"{vac} m/s", "vertical component of Earth's field": "44 uT"}, "wingtip-to-wingtip EMF", "V",
    Bv*span*vac, solution="emf = B L v")

Vp, Vsec, Np = 230.0, 14.0, 1380
add("magnetism", f"A charger transformer for an e-bike steps {Vp} V mains down to {Vsec} V. The primary has {Np} turns. How many turns does the secondary need?",
    {"primary voltage": f"{Vp} V", "secondary voltage": f"{Vsec} V", "primary turns": f"{Np}"}, "number of secondary turns", "",
    Np*Vsec/Vp, solution="Ns/Np = Vs/Vp", assumptions="Ideal transformer.", rel_tol=0.02)

Lind, Iind = 22e-3, 1.9
add("magnetism", f"A stepper-motor winding in a 3D printer has an inductance of 22 mH and carries {Iind} A. How much energy is stored in its magnetic field?",
    {"winding inductance": "22 mH", "winding current": f"{Iind} A"}, "magnetic energy stored", "mJ", 0.5*Lind*Iind**2*1e3,
    solution="E = L I^2 / 2")

Ib, db = 2200.0, 0.085
add("magnetism", f"Two long parallel copper busbars in a data centre are 8.5 cm apart; busbar 1 and busbar 2 each carry {Ib} A in opposite directions. What force acts on each metre of busbar?",
    {"current in busbar 1": f"{Ib} A", "current in busbar 2": f"{Ib} A", "spacing between the busbars": "8.5 cm"}, "force per metre between the busbars", "N/m",
    mu0*Ib*Ib/(2*math.pi*db), solution="F/L = mu0 I1 I2 / (2 pi d)", assumptions="Long thin parallel conductors.")

# ======================= CIRCUITS (11) =======================
Vbed, Rbed = 24.0, 3.3
add("circuits", f"A 3D-printer heated bed is a {Rbed} ohm heater connected to a {Vbed} V supply. What current does it draw?",
    {"heater resistance": f"{Rbed} ohm", "supply voltage": f"{Vbed} V"}, "current drawn by the heated bed", "A", Vbed/Rbed, solution="I = V/R")

Vh, Rh = 48.0, 5.6
add("circuits", f"A heated seat pad in a ski-lift chair has {Rh} ohm resistance and runs from a {Vh} V supply. What power does it dissipate?",
    {"pad resistance": f"{Rh} ohm", "supply voltage": f"{Vh} V"}, "heating power of the pad", "W", Vh**2/Rh, solution="P = V^2/R")

Rl, nl, Vm = 265.0, 3, 230.0
add("circuits", f"Three identical stage floodlights, each of resistance {Rl} ohm when hot, are connected in parallel to the {Vm} V supply. What total current do they draw?",
    {"hot resistance of each floodlight": f"{Rl} ohm", "supply voltage": f"{Vm} V", "number of floodlights": "3"},
    "total current from the supply", "A", nl*Vm/Rl, laws=2, solution="R_eq = R/3; I = V/R_eq", assumptions="Resistive lamps.")

Rr, Cr = 12e3, 4.7e-6
add("circuits", f"A thermistor filter in a 3D printer uses a 12 kohm resistor and a 4.7 uF capacitor. Starting uncharged, how long does the capacitor take to reach 90% of the applied voltage?",
    {"resistance": "12 kohm", "capacitance": "4.7 uF", "target fraction of the final voltage": "90 %"},
    "time to charge to 90%", "ms", Rr*Cr*math.log(10)*1e3, laws=2, solution="tau = RC; t = -tau ln(1 - 0.9)", assumptions="Step input, ideal components.")

Eb, Pch = 77e3, 11e3
add("circuits", f"An electric car's 77 kWh battery is charged from empty on an 11 kW home wallbox. Ignoring losses and charge taper, how long does the charge take?",
    {"battery capacity": "77 kWh", "charger power": "11 kW"}, "charging time", "h", Eb/Pch, solution="t = E/P")

cap_mAh, Vd = 5200.0, 22.2
add("circuits", f"A crop-spraying drone's battery is rated {cap_mAh:.0f} mA*h at {Vd} V nominal. How much energy does it store?",
    {"battery capacity": f"{cap_mAh:.0f} mA*h", "nominal voltage": f"{Vd} V"}, "energy stored in the battery", "W*h",
    cap_mAh/1000*Vd, solution="E = Q V")

Pd, td = 3.1e3, 48.0
add("circuits", f"A laundrette tumble dryer draws 3.1 kW and runs for {td:.0f} minutes. How much electrical energy does it use?",
    {"dryer power": "3.1 kW", "drying time": f"{td:.0f} min"}, "electrical energy used", "kW*h", Pd*td*60/3.6e6, solution="E = P t")

emf, rint, Ist = 12.7, 0.018, 210.0
add("circuits", f"A fishing boat's starter battery has an EMF of {emf} V and an internal resistance of 18 milliohm. While cranking, the starter draws {Ist:.0f} A. What is the battery's terminal voltage?",
    {"battery EMF": f"{emf} V", "internal resistance": "18 mohm", "cranking current": f"{Ist:.0f} A"}, "terminal voltage while cranking", "V",
    emf-Ist*rint, solution="V = emf - I r")

Lr_, Cr_ = 2.7e-6, 120e-12
add("circuits", f"The tuned circuit in a boat's marine radio uses a 2.7 uH coil and a 120 pF capacitor. What is the tuned circuit's resonant frequency?",
    {"inductance": "2.7 uH", "capacitance": "120 pF"}, "resonant frequency", "MHz", 1/(2*math.pi*math.sqrt(Lr_*Cr_))/1e6,
    solution="f = 1/(2 pi sqrt(LC))")

Lw, Aw2, rho_cu = 28.0, 2.5e-6, 1.68e-8
add("circuits", f"A workshop extension lead uses copper conductors of 2.5 mm^2 cross-section. What is the resistance of a single {Lw:.0f} m conductor? Copper's resistivity is 1.68e-8 ohm*m.",
    {"conductor length": f"{Lw:.0f} m", "cross-sectional area": "2.5 mm^2", "resistivity of copper": "1.68e-8 ohm*m"}, "resistance of one conductor", "ohm",
    rho_cu*Lw/Aw2, solution="R = rho L / A")

Vin, Ra_, Rb_ = 5.0, 10e3, 6.8e3
add("circuits", f"A hobbyist's sensor circuit feeds {Vin} V into a divider made of a 10 kohm resistor (top) and a 6.8 kohm resistor (bottom). What voltage appears across the 6.8 kohm resistor with no load?",
    {"input voltage": f"{Vin} V", "top resistor": "10 kohm", "bottom resistor": "6.8 kohm"}, "output voltage of the divider", "V",
    Vin*Rb_/(Ra_+Rb_), solution="Vout = Vin R2/(R1+R2)")

# ======================= MODERN (10) =======================
lc = 465e-9
add("modern", f"A dental curing lamp emits blue light at 465 nm. What is the energy of one photon?",
    {"wavelength": "465 nm"}, "photon energy", "eV", h*c/lc/eV, solution="E = h c / lambda")

lz, Wz = 254e-9, 4.31
add("modern", f"A germicidal lamp's 254 nm ultraviolet light falls on a zinc plate (work function {Wz} eV). What is the maximum kinetic energy of the emitted photoelectrons?",
    {"wavelength of the UV light": "254 nm", "work function of zinc": f"{Wz} eV"}, "maximum photoelectron kinetic energy", "eV",
    h*c/lz/eV - Wz, laws=2, solution="E = hc/lambda; K = E - W")

Vdb = 180.0
add("modern", f"In a low-energy electron diffraction experiment, electrons are accelerated from rest through {Vdb:.0f} V. What is their de Broglie wavelength?",
    {"accelerating voltage": f"{Vdb:.0f} V"}, "de Broglie wavelength of the electrons", "pm",
    h/math.sqrt(2*me*e*Vdb)*1e12, laws=2, solution="p = sqrt(2 m e V); lambda = h/p", assumptions="Non-relativistic.")

Vx = 65e3
add("modern", f"A dental X-ray tube runs at 65 kV. What is the shortest wavelength in its X-ray spectrum?",
    {"tube voltage": "65 kV"}, "minimum X-ray wavelength", "pm", h*c/(e*Vx)*1e12, solution="lambda_min = h c / (e V)",
    assumptions="Duane-Hunt limit.")

Ry = sc.physical_constants['Rydberg constant times hc in eV'][0]
add("modern", f"Hydrogen in a stage plasma lamp emits light when electrons drop from level n = 5 to n = 2. Using the Bohr model, what is the wavelength?",
    {"upper level": "5", "lower level": "2"}, "wavelength of the emitted light", "nm", h*c/(Ry*eV*(1/4-1/25))*1e9, laws=2,
    solution="E = 13.606 eV (1/4 - 1/25); lambda = hc/E", assumptions="Infinite nuclear mass (reduced-mass correction ~0.05% is within tolerance).")

thC = 90.0
add("modern", f"In a radiotherapy bunker, a gamma photon Compton-scatters off a free electron through {thC:.0f} degrees. By how much does its wavelength increase?",
    {"scattering angle": f"{thC:.0f} deg"}, "Compton wavelength shift", "pm", h/(me*c)*(1-math.cos(math.radians(thC)))*1e12,
    solution="d lambda = h/(m c) (1 - cos theta)")

Tcer = 680.0
add("modern", f"A ceramic infrared heater in a physiotherapy clinic glows at {Tcer:.0f} degC. Treating it as a black body, at what wavelength is its emission strongest?",
    {"heater temperature": f"{Tcer:.0f} degC"}, "peak emission wavelength", "um", sc.Wien/(Tcer+K0)*1e6, solution="lambda = b/T",
    assumptions="Wien displacement constant 2.897771955e-3 m*K.")

Plas = 45.0
add("modern", f"A hobby laser cutter beam of {Plas:.0f} W is fully absorbed by a piece of plywood. What force does the light exert on it?",
    {"beam power": f"{Plas:.0f} W"}, "radiation force on the plywood", "uN", Plas/c*1e6, solution="F = P/c", assumptions="Total absorption, normal incidence.")

Pg, lg = 4.5e-3, 520e-9
add("modern", f"An alignment laser in a theatre rig emits 4.5 mW at 520 nm. How many photons does it emit each second?",
    {"laser power": "4.5 mW", "wavelength": "520 nm"}, "photon emission rate", "1/s", Pg*lg/(h*c), laws=2,
    solution="E = hc/lambda; N = P/E")

Lbox = 0.75e-9
add("modern", f"An electron is trapped in a quantum-dot layer that acts as a one-dimensional infinite well of width 0.75 nm. What is its ground-state energy?",
    {"well width": "0.75 nm"}, "ground-state energy of the electron", "eV", h**2/(8*me*Lbox**2)/eV, solution="E1 = h^2/(8 m L^2)")

# ======================= NUCLEAR (9) =======================
frac, thalf = 0.68, 5730.0
add("nuclear", f"A wooden ox-yoke found on an old farm has 68% of the carbon-14 activity of fresh wood. With a C-14 half-life of {thalf:.0f} years, how old is the yoke?",
    {"fraction of C-14 activity remaining": "68 %", "half-life of carbon-14": "5730 year"}, "age of the yoke", "year",
    thalf*math.log(1/frac)/math.log(2), solution="t = T ln(1/f)/ln 2")

A0, tco, tt = 240.0, 5.27, 3.5
add("nuclear", f"A radiotherapy cobalt-60 source has an activity of {A0:.0f} TBq today. Co-60 has a half-life of {tco} years. What will its activity be in {tt} years?",
    {"present activity": f"{A0:.0f} TBq", "half-life of cobalt-60": f"{tco} year", "elapsed time": f"{tt} year"}, "activity after that time", "TBq",
    A0*0.5**(tt/tco), solution="A = A0 2^(-t/T)")

mTc, MTc, thTc = 1.5e-12, 98.9, 6.01  # kg
Nt = mTc/(MTc*1e-3)*NA
add("nuclear", f"A hospital prepares 1.5 ng of technetium-99m (molar mass 98.9 g/mol, half-life {thTc} h). What is the activity of this sample?",
    {"mass of Tc-99m": "1.5 ng", "molar mass": "98.9 g/mol", "half-life": f"{thTc} h"}, "activity of the sample", "GBq",
    math.log(2)/(thTc*3600)*Nt/1e9, laws=3, solution="N = m NA / M; lambda = ln2/T; A = lambda N")

mHe, mH, mn = 4.002602, 1.007825, 1.008665
add("nuclear", f"Using atomic masses He-4 = {mHe} u, H-1 = {mH} u and neutron = {mn} u, what is the total binding energy of a helium-4 nucleus?",
    {"atomic mass of helium-4": f"{mHe} u", "atomic mass of hydrogen-1": f"{mH} u", "neutron mass": f"{mn} u"}, "binding energy of helium-4", "MeV",
    (2*mH+2*mn-mHe)*MeV_per_u, laws=2, solution="dm = 2 m_H + 2 m_n - m_He; E = dm c^2", assumptions="1 u = 931.494 MeV/c^2.")

Pth, Ef = 3400e6, 200.0
add("nuclear", f"A reactor produces {Pth/1e6:.0f} MW of thermal power, and each uranium-235 fission releases about {Ef:.0f} MeV. How many fissions happen per second?",
    {"thermal power": f"{Pth/1e6:.0f} MW", "energy per fission": f"{Ef:.0f} MeV"}, "fission rate", "1/s", Pth/(Ef*1e6*eV),
    solution="R = P / E_f")

mpat, Eabs = 68.0, 0.29
add("nuclear", f"During a CT scan a {mpat:.0f} kg patient absorbs {Eabs} J of X-ray energy, spread evenly through the body. What is the average absorbed dose?",
    {"patient mass": f"{mpat:.0f} kg", "absorbed energy": f"{Eabs} J"}, "average absorbed dose", "mGy", Eabs/mpat*1e3, solution="D = E/m")

C0, C1, tcnt = 8400.0, 1250.0, 14.0
add("nuclear", f"A radioactive tracer injected into an oil-well flow line reads {C0:.0f} counts per minute; {tcnt:.0f} hours later it reads {C1:.0f} counts per minute (background negligible). What is the tracer's half-life?",
    {"initial count rate": f"{C0:.0f} 1/min", "later count rate": f"{C1:.0f} 1/min", "time between readings": f"{tcnt:.0f} h"}, "half-life of the tracer", "h",
    tcnt*math.log(2)/math.log(C0/C1), solution="T = t ln2 / ln(C0/C1)")

hvl, xpb = 12.5e-3, 55e-3
add("nuclear", f"Lead has a half-value layer of 12.5 mm for Co-60 gamma rays. What percentage of the beam gets through a 55 mm lead block in a radiotherapy room?",
    {"half-value layer of lead": "12.5 mm", "block thickness": "55 mm"}, "percentage of the beam transmitted", "%",
    100*0.5**(xpb/hvl), solution="T = 2^(-x/HVL)", assumptions="Narrow-beam exponential attenuation.")

mRa, mRn, mAl = 226.025410, 222.017578, 4.002603
add("nuclear", f"Radium-226 (atomic mass {mRa} u) in old luminous aircraft dials alpha-decays to radon-222 ({mRn} u), emitting helium-4 ({mAl} u). How much energy is released per decay?",
    {"atomic mass of Ra-226": f"{mRa} u", "atomic mass of Rn-222": f"{mRn} u", "atomic mass of He-4": f"{mAl} u"}, "Q-value of the alpha decay", "MeV",
    (mRa-mRn-mAl)*MeV_per_u, laws=2, solution="Q = (m_Ra - m_Rn - m_He) c^2", rel_tol=0.02)

# ======================= ASTRO (9) =======================
ME, RE, alt = 5.972e24, 6.371e6, 550e3
vorb = math.sqrt(G*ME/(RE+alt))
add("astro", f"A broadband satellite orbits {alt/1e3:.0f} km above Earth. Earth's mass is 5.972e24 kg and its radius 6371 km. What is the satellite's orbital speed?",
    {"orbital altitude": "550 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"}, "orbital speed of the satellite", "km/s",
    vorb/1e3, laws=2, solution="r = R + h; v = sqrt(G M / r)", assumptions="Circular orbit.")

add("astro", f"The same kind of satellite circles Earth (mass 5.972e24 kg, radius 6371 km) at an altitude of 550 km. How long does one orbit take?",
    {"altitude": "550 km", "Earth's mass": "5.972e24 kg", "Earth's radius": "6371 km"}, "orbital period", "min",
    2*math.pi*math.sqrt((RE+alt)**3/(G*ME))/60, laws=2, solution="T = 2 pi sqrt(r^3/(G M))", assumptions="Circular orbit.")

MM, RM = 7.342e22, 1.7374e6
add("astro", f"A lunar sample-return capsule must escape the Moon (mass 7.342e22 kg, radius 1737.4 km) from its surface. What is the escape speed?",
    {"lunar mass": "7.342e22 kg", "lunar radius": "1737.4 km"}, "escape speed from the Moon's surface", "km/s",
    math.sqrt(2*G*MM/RM)/1e3, solution="v = sqrt(2 G M / R)", assumptions="No atmosphere, non-rotating.")

MMa, RMa = 6.417e23, 3.3895e6
add("astro", f"A Mars lander's engineers need the surface gravity of Mars (mass 6.417e23 kg, mean radius 3389.5 km). What is it?",
    {"mass of Mars": "6.417e23 kg", "radius of Mars": "3389.5 km"}, "gravitational acceleration at the Martian surface", "m/s^2",
    G*MMa/RMa**2, solution="g = G M / R^2")

Rst, Tst = 1.25e9, 6350.0
add("astro", f"A star has radius 1.25e9 m and surface temperature {Tst:.0f} K. Treating it as a black body, what is its luminosity?",
    {"stellar radius": "1.25e9 m", "surface temperature": f"{Tst:.0f} K"}, "luminosity of the star", "W",
    4*math.pi*Rst**2*sigma*Tst**4, laws=2, solution="L = 4 pi R^2 sigma T^4")

lpk = 415e-9
add("astro", f"A bright star's spectrum peaks at 415 nm. Treating it as a black body, what is its surface temperature?",
    {"peak wavelength": "415 nm"}, "surface temperature of the star", "K", sc.Wien/lpk, solution="T = b/lambda")

Mst, aex = 0.82*1.989e30, 7.6e9
add("astro", f"An exoplanet orbits a star of mass {Mst:.4g} kg in a circular orbit of radius 7.6e9 m. How long is its year?",
    {"mass of the star": f"{Mst:.4g} kg", "orbital radius": "7.6e9 m"}, "orbital period of the exoplanet", "day",
    2*math.pi*math.sqrt(aex**3/(G*Mst))/86400, solution="T^2 = 4 pi^2 a^3 / (G M)", assumptions="Planet mass negligible.")

vrec, H0 = 6900.0, 70.0
add("astro", f"A galaxy recedes at {vrec:.0f} km/s. Taking the Hubble constant as {H0:.0f} km/s/Mpc, how far away is it?",
    {"recession speed": f"{vrec:.0f} km/s", "Hubble constant": f"{H0:.0f} km/s/Mpc"}, "distance to the galaxy", "Mpc", vrec/H0,
    solution="d = v/H0")

lem, lob = 656.28, 661.90
add("astro", f"The H-alpha line, emitted at {lem} nm in the lab, is observed at {lob} nm in a nearby galaxy's spectrum. What is the galaxy's recession speed (non-relativistic)?",
    {"rest wavelength": f"{lem} nm", "observed wavelength": f"{lob} nm"}, "recession speed of the galaxy", "km/s",
    c*(lob-lem)/lem/1e3, solution="v = c (dlambda/lambda)")

Lsun, dMars, Apan, effp = 3.828e26, 2.28e11, 4.2, 0.24
add("astro", f"A Mars rover carries {Apan} m^2 of solar panels with 24% efficiency. The Sun's luminosity is 3.828e26 W and Mars is 2.28e11 m from the Sun. Ignoring the atmosphere and assuming the panels face the Sun, what electrical power do they produce?",
    {"panel area": f"{Apan} m^2", "panel efficiency": "0.24", "solar luminosity": "3.828e26 W", "Sun-Mars distance": "2.28e11 m"},
    "electrical power from the panels", "W", effp*Apan*Lsun/(4*math.pi*dMars**2), laws=2,
    solution="S = L/(4 pi d^2); P = eta S A")

# ======================= RELATIVITY (7) =======================
tau, bmu = 2.197e-6, 0.994
add("relativity", f"Muons produced in a particle-accelerator target travel at {bmu} c. Their proper mean lifetime is 2.197 us. What mean lifetime is measured in the lab?",
    {"muon speed": f"{bmu} c", "proper mean lifetime": "2.197 us"}, "mean lifetime in the lab frame", "us",
    tau/math.sqrt(1-bmu**2)*1e6, solution="t = gamma tau")

L0, bsh = 92.0, 0.62
add("relativity", f"A probe {L0:.0f} m long (measured at rest) flies past a space station at 0.62 c. How long is it according to the station?",
    {"rest length of the probe": f"{L0:.0f} m", "speed of the probe": "0.62 c"}, "length measured by the station", "m",
    L0*math.sqrt(1-bsh**2), solution="L = L0/gamma")

Klin = 6.0
gam6 = 1 + Klin/(sc.physical_constants['electron mass energy equivalent in MeV'][0])
add("relativity", f"A radiotherapy linac gives electrons a kinetic energy of {Klin:.0f} MeV. What is their speed as a fraction of the speed of light?",
    {"electron kinetic energy": "6 MeV"}, "electron speed as a fraction of c", "", math.sqrt(1-1/gam6**2), laws=2,
    solution="gamma = 1 + K/(m c^2); beta = sqrt(1 - 1/gamma^2)", rel_tol=0.001)

bp = 0.88
add("relativity", f"A proton in a synchrotron moves at 0.88 c. What is its momentum?",
    {"proton speed": "0.88 c"}, "relativistic momentum of the proton", "kg*m/s", mp*bp*c/math.sqrt(1-bp**2),
    solution="p = gamma m v")

Elhc = 6.8e12
Ep0 = sc.physical_constants['proton mass energy equivalent in MeV'][0]*1e6
add("relativity", f"Each proton in the LHC beam has a total energy of 6.8 TeV. What is its Lorentz factor?",
    {"total energy per proton": "6.8 TeV"}, "Lorentz factor of the protons", "", Elhc/Ep0, solution="gamma = E/(m c^2)")

u1, u2 = 0.72, 0.55
add("relativity", f"A survey spacecraft moving at 0.72 c relative to Earth launches a probe forward at 0.55 c relative to itself. How fast does the probe move relative to Earth?",
    {"spacecraft speed relative to Earth": "0.72 c", "probe speed relative to the spacecraft": "0.55 c"}, "probe speed relative to Earth", "m/s",
    (u1+u2)/(1+u1*u2)*c, solution="u = (u1 + u2)/(1 + u1 u2/c^2)")

bke = 0.985
mec2 = sc.physical_constants['electron mass energy equivalent in MeV'][0]
add("relativity", f"How much kinetic energy must an electron in an accelerator have to travel at {bke} c?",
    {"electron speed": f"{bke} c"}, "kinetic energy of the electron", "MeV", (1/math.sqrt(1-bke**2)-1)*mec2, laws=2,
    solution="K = (gamma - 1) m c^2")

# ---- extra value questions to reach 120 ----
Kp = 1.2
add("relativity", f"An electron emerging from a beta source has a kinetic energy of {Kp} MeV. What is its momentum?",
    {"kinetic energy": f"{Kp} MeV"}, "momentum of the electron", "MeV/c", math.sqrt(Kp**2+2*Kp*mec2), laws=2,
    solution="(pc)^2 = K^2 + 2 K m c^2")

add("relativity", "In a PET scanner an electron and a positron annihilate essentially at rest, producing two photons. What is the energy of each photon?",
    {"electron rest mass": "9.109e-31 kg"}, "energy of each annihilation photon", "keV", 9.109e-31*c**2/eV/1e3,
    solution="E = m c^2 per photon", assumptions="Both particles at rest; positron mass equals electron mass.")

# mechanics extras
kspr, xspr = 2100.0, 5.5e-3
add("mechanics", f"One of the bed-levelling springs under a 3D printer's build plate has a stiffness of {kspr:.0f} N/m and is squeezed by 5.5 mm. How much elastic energy does it store?",
    {"spring stiffness": f"{kspr:.0f} N/m", "compression": "5.5 mm"}, "elastic energy stored in the spring", "mJ", 0.5*kspr*xspr**2*1e3,
    solution="E = k x^2 / 2")

mbale, hloft, tloft, Pmot = 24.0, 4.2, 3.0, 1.5e3
add("mechanics", f"A bale elevator lifts {mbale:.0f} kg hay bales {hloft} m up into a barn loft, one bale every {tloft:.0f} s at constant speed. Its 1.5 kW motor is rated to run all day. What mechanical power goes into lifting the bales?",
    {"mass of a bale": f"{mbale:.0f} kg", "lift height": f"{hloft} m", "time per bale": f"{tloft:.0f} s", "motor rating": "1.5 kW"},
    "average lifting power", "W", mbale*g0*hloft/tloft, laws=2, irrelevant=["motor rating"],
    solution="P = m g h / t", assumptions=GA)

vb1, mb1, vb2, mb2 = 12.0, 0.16, -6.0, 0.17
pt = mb1*vb1 + mb2*vb2
add("mechanics", f"On an ice rink, puck 1 ({mb1*1000:.0f} g) slides east at {vb1} m/s and meets puck 2 ({mb2*1000:.0f} g) sliding west at {-vb2} m/s. They stick together. What is their velocity afterwards (east positive)?",
    {"mass of puck 1": f"{mb1*1000:.0f} g", "velocity of puck 1": f"{vb1} m/s", "mass of puck 2": f"{mb2*1000:.0f} g", "speed of puck 2": f"{-vb2} m/s"},
    "common velocity of the pucks, east positive", "m/s", pt/(mb1+mb2), solution="m1 v1 + m2 v2 = (m1+m2) V", assumptions="Frictionless ice during impact.")

# fluids extra with distractor
rgr, rhog = 0.04e-3, 2650.0
add("fluids", f"A silt grain of radius 0.04 mm and density {rhog:.0f} kg/m^3 settles in an irrigation pond (water viscosity 1.0e-3 Pa*s, density 1000 kg/m^3, water temperature 18 degC). What is its terminal settling speed?",
    {"grain radius": "0.04 mm", "grain density": f"{rhog:.0f} kg/m^3", "viscosity of water": "1.0e-3 Pa*s", "density of water": "1000 kg/m^3", "water temperature": "18 degC"},
    "terminal settling speed", "mm/s", 2*rgr**2*(rhog-1000)*g0/(9*1e-3)*1e3, laws=2, irrelevant=["water temperature"],
    solution="Stokes: v = 2 r^2 (rho_s - rho_w) g / (9 eta)", assumptions=GA + " Stokes regime.")

# circuits extras
Vpk = 339.0
add("circuits", f"An oscilloscope on a theatre's dimmer rack shows the mains sine wave peaking at {Vpk:.0f} V. What is the RMS voltage?",
    {"peak voltage": f"{Vpk:.0f} V"}, "RMS mains voltage", "V", Vpk/math.sqrt(2), solution="Vrms = Vpk/sqrt(2)", assumptions="Pure sine wave.")

fL, Lc = 60.0, 0.42
add("circuits", f"A choke coil of {Lc} H in an airport runway-light circuit is on a {fL:.0f} Hz supply. What is its inductive reactance?",
    {"inductance": f"{Lc} H", "supply frequency": f"{fL:.0f} Hz"}, "inductive reactance", "ohm", 2*math.pi*fL*Lc, solution="X = 2 pi f L")

# optics extra
fgl = 0.42
add("optics", f"A physiotherapist's reading glasses have converging lenses with a focal length of 42 cm. What is the optical power of each lens?",
    {"focal length": "42 cm"}, "optical power of the lens", "1/m", 1/fgl, solution="P = 1/f")

nw = 1.31
add("optics", f"Sunlight reflects off the smooth surface of an ice rink (refractive index {nw}). At what angle of incidence is the reflected light completely polarised?",
    {"refractive index of ice": f"{nw}"}, "Brewster angle", "deg", math.degrees(math.atan(nw)), solution="tan(theta_B) = n",
    assumptions="Light arrives from air, n = 1.")

# waves extra with distractor
Lr2, fr2, Tr2 = 12.0, 4.0, 1.8
add("waves", f"A farmer flicks a {Lr2:.0f} m long fencing rope, sending transverse waves along it at {fr2:.0f} Hz with a wavelength of {Tr2} m. How fast do the waves travel?",
    {"rope length": f"{Lr2:.0f} m", "frequency": f"{fr2:.0f} Hz", "wavelength": f"{Tr2} m"}, "wave speed on the rope", "m/s", fr2*Tr2,
    irrelevant=["rope length"], solution="v = f lambda")

# thermo extra
Af, Tf_, ef = 0.085, 1150.0, 0.92
add("thermodynamics", f"The glowing element of a theatre's ceramic heater panel has a radiating area of {Af} m^2, emissivity {ef} and temperature {Tf_:.0f} K. What power does it radiate (ignore absorption from the room)?",
    {"radiating area": f"{Af} m^2", "emissivity": f"{ef}", "element temperature": f"{Tf_:.0f} K"}, "radiated power", "kW",
    ef*sigma*Af*Tf_**4/1e3, solution="P = e sigma A T^4")

# electricity extra (distractor)
Ucap, Ccap = 400.0, 2200e-6
add("electricity", f"A DC-link capacitor of 2200 uF in an EV fast charger is charged to {Ucap:.0f} V. The charger delivers 150 kW to the car. How much charge sits on the capacitor?",
    {"capacitance": "2200 uF", "capacitor voltage": f"{Ucap:.0f} V", "charger output power": "150 kW"}, "charge on the capacitor", "C",
    Ccap*Ucap, irrelevant=["charger output power"], solution="Q = C V")

# magnetism extra
Bmr, Amr, thmr = 1.5, 0.09, 35.0
add("magnetism", f"A flat pickup loop of area 900 cm^2 sits in the 1.5 T field of an MRI magnet, with the loop's normal at {thmr:.0f} degrees to the field. What magnetic flux passes through it?",
    {"loop area": "900 cm^2", "field strength": f"{Bmr} T", "angle between field and loop normal": f"{thmr:.0f} deg"}, "magnetic flux through the loop", "mWb",
    Bmr*Amr*math.cos(math.radians(thmr))*1e3, solution="Phi = B A cos(theta)")

# astro extra: rocket equation
ve, m0, m1_ = 3150.0, 560e3, 175e3
add("astro", f"A launch vehicle stage burns from an initial mass of 560 t down to 175 t with an effective exhaust speed of {ve:.0f} m/s. What velocity change does the stage provide (no gravity or drag)?",
    {"initial mass": "560 t", "final mass": "175 t", "exhaust speed": f"{ve:.0f} m/s"}, "delta-v of the stage", "km/s", ve*math.log(m0/m1_)/1e3,
    solution="dv = ve ln(m0/m1)")

# modern extra
Kel, lamx = 0.0, 0
Eph = 1.25e6
add("modern", f"A 1.25 MeV cobalt-60 gamma photon used in radiotherapy: what is its momentum?",
    {"photon energy": "1.25 MeV"}, "momentum of the photon", "kg*m/s", Eph*eV/c, solution="p = E/c")

# nuclear extra with distractor
Ek_n = 2.45
add("nuclear", f"A deuterium-deuterium fusion neutron generator in an oil-well logging tool emits neutrons of {Ek_n} MeV at a rate of 1e8 per second. What is the speed of one neutron?",
    {"neutron kinetic energy": f"{Ek_n} MeV", "emission rate": "1e8 1/s"}, "speed of a neutron", "m/s", math.sqrt(2*Ek_n*1e6*eV/sc.m_n),
    irrelevant=["emission rate"], solution="v = sqrt(2K/m)", assumptions="Non-relativistic (K << 940 MeV).", rel_tol=0.01)

# more distractors in existing-style questions
vc, rc2, mcart = 19.0, 14.0, 580.0
add("mechanics", f"A loaded roller-coaster car of mass {mcart:.0f} kg goes through the bottom of a dip with radius of curvature {rc2:.0f} m at {vc:.0f} m/s. What normal force does the track exert on the car there?",
    {"mass of the car": f"{mcart:.0f} kg", "radius of the dip": f"{rc2:.0f} m", "speed at the bottom": f"{vc:.0f} m/s"}, "normal force from the track", "kN",
    mcart*(g0+vc**2/rc2)/1e3, laws=2, solution="N - m g = m v^2/r", assumptions=GA)

Tpe, Lpe = 2.45, 0
add("mechanics", f"A fairground pirate-ship ride swings like a simple pendulum with a period of {Tpe} s... no; a rigger checks a stage-prop pendulum that completes one full swing back and forth in {Tpe} s. How long is the pendulum?",
    {"period of the pendulum": f"{Tpe} s"}, "length of the pendulum", "m", g0*(Tpe/(2*math.pi))**2, solution="T = 2 pi sqrt(L/g)",
    assumptions=GA + " Simple pendulum, small swings.")

# Fix wording of the two drafts above
Q[-1]["text"] = f"A stage rigger hangs a small prop pendulum that completes one full swing, there and back, in {Tpe} s. Treating it as a simple pendulum, how long is it?"
for q in Q:
    if q["find"] == "frequency heard by the ground worker":
        q["text"] = f"A turboprop on final approach flies straight toward a ground worker at {vsrc} m/s while its propellers emit a {f0} Hz tone. The worker is standing still and sound travels at {vsnd} m/s. What frequency does the worker hear?"

# circuits extra (distractor) to round out
Pled, Vled, hled = 36.0, 12.0, 6.0
add("circuits", f"An LED strip in a cinema's aisle lighting is rated {Pled:.0f} W at {Vled:.0f} V and is left on for {hled:.0f} hours a night. What current does it draw?",
    {"strip power": f"{Pled:.0f} W", "supply voltage": f"{Vled:.0f} V", "hours of use per night": f"{hled:.0f} h"}, "current drawn by the strip", "A",
    Pled/Vled, irrelevant=["hours of use per night"], solution="I = P/V")

# thermodynamics with distractor: isobaric work
pH, V1b, V2b = 2.0e5, 0.015, 0.022
add("thermodynamics", f"Air in a farm workshop compressor's piston (stroke 9 cm) expands at a constant pressure of 200 kPa from 15 L to 22 L. How much work does the gas do?",
    {"pressure": "200 kPa", "initial volume": "15 L", "final volume": "22 L", "piston stroke": "9 cm"}, "work done by the gas", "J",
    pH*(V2b-V1b), irrelevant=["piston stroke"], solution="W = p dV")

# astro: geostationary-like with distractor
Msat = 1200
add("astro", f"A {Msat} kg weather satellite is in a circular orbit with a period of 12.0 h around Earth (mass 5.972e24 kg). What is its orbital radius?",
    {"satellite mass": f"{Msat} kg", "orbital period": "12.0 h", "mass of Earth": "5.972e24 kg"}, "radius of the orbit", "km",
    (G*ME*(12*3600)**2/(4*math.pi**2))**(1/3)/1e3, irrelevant=["satellite mass"], solution="r = (G M T^2 / 4 pi^2)^(1/3)")

# waves: distractor
add("waves", f"An airport's runway approach-light strobes flash... A bat-deterrent ultrasonic emitter in an aircraft hangar runs at 42 kHz; the hangar air is at 20 degC where sound travels at 343 m/s. What is the wavelength?",
    {"emitter frequency": "42 kHz", "air temperature": "20 degC", "speed of sound": "343 m/s"}, "wavelength of the ultrasound", "mm", 343/42e3*1e3,
    irrelevant=["air temperature"], solution="lambda = v/f")
Q[-1]["text"] = "A bird-deterrent ultrasonic emitter in an aircraft hangar runs at 42 kHz; the hangar air is at 20 degC, where sound travels at 343 m/s. What is the wavelength of the sound?"

# optics with distractor
fmag, dob = 0.05, 0.2
add("optics", f"A jeweller's loupe... A watchmaker's converging lens of focal length 5.0 cm (diameter 3 cm) forms a real image of a gear placed 20 cm in front of it. Where is the image?",
    {"focal length": "5.0 cm", "lens diameter": "3 cm", "object distance": "20 cm"}, "image distance from the lens", "cm",
    1/(1/fmag-1/dob)*100, irrelevant=["lens diameter"], solution="1/f = 1/do + 1/di")
Q[-1]["text"] = "A watchmaker's converging lens of focal length 5.0 cm and diameter 3 cm forms a real image of a gear placed 20 cm in front of it. How far behind the lens is the image?"

# electricity: two spheres with distractor
add("electricity", "In a print-shop, a charged toner drum patch carries 18 nC and a stray toner grain 0.8 mm across sits 2.0 cm away... What is the electric field from the patch at the grain, treating the patch as a point charge?",
    {"charge on the drum patch": "18 nC", "size of the toner grain": "0.8 mm", "distance to the grain": "2.0 cm"}, "electric field at the grain", "MV/m",
    kC*18e-9/0.02**2/1e6, irrelevant=["size of the toner grain"], solution="E = k q / r^2")
Q[-1]["text"] = "In a laser printer, a patch of the drum carrying 18 nC attracts a toner grain 0.8 mm across sitting 2.0 cm away. Treating the patch as a point charge, what electric field does it produce at the grain?"

# modern: distractor
add("modern", "An electron-beam 3D metal printer accelerates electrons from rest through 60 kV with a beam current of 15 mA. Ignoring relativity, what is the naive de Broglie wavelength... ",
    {}, "", "", 0)
Q.pop()
Vbeam, Ibeam = 60e3, 15e-3
add("modern", "An electron-beam metal 3D printer fires a 15 mA beam of electrons accelerated from rest through 60 kV. Taking relativity into account, what is the de Broglie wavelength of the electrons?",
    {"beam current": "15 mA", "accelerating voltage": "60 kV"}, "de Broglie wavelength of the beam electrons", "pm",
    h*c/math.sqrt((e*Vbeam)**2 + 2*e*Vbeam*me*c**2)*1e12, laws=2, irrelevant=["beam current"],
    solution="pc = sqrt(K^2 + 2 K m c^2); lambda = h/p")

# nuclear: distractor in dating
add("nuclear", "A ski-resort geologist dates a volcanic layer using potassium-40 (half-life 1.25e9 years). The rock, found at 2400 m altitude, retains 0.93 of its original K-40. How old is the rock?",
    {"half-life of potassium-40": "1.25e9 year", "altitude of the outcrop": "2400 m", "fraction of K-40 remaining": "0.93"}, "age of the rock", "year",
    1.25e9*math.log(1/0.93)/math.log(2), irrelevant=["altitude of the outcrop"], solution="t = T ln(1/f)/ln 2")

# magnetism distractor
add("magnetism", "A linear motor in a launched roller coaster pushes on a 1.9 m long conductor carrying 850 A at right angles to a 0.9 T field; the train has a mass of 6800 kg. What force acts on that conductor?",
    {"conductor length": "1.9 m", "current": "850 A", "magnetic field": "0.9 T", "train mass": "6800 kg"}, "magnetic force on the conductor", "kN",
    1.9*850*0.9/1e3, irrelevant=["train mass"], solution="F = B I L")

# fluids: distractor, pipe flow rate
add("fluids", "A fire-fighting hose at an airport foam tender has an internal diameter of 65 mm and a length of 30 m; water moves through it at 4.2 m/s. What volume of water does it deliver per minute?",
    {"hose internal diameter": "65 mm", "hose length": "30 m", "water speed": "4.2 m/s"}, "volume flow rate of water", "L/min",
    math.pi*(0.065/2)**2*4.2*1000*60, irrelevant=["hose length"], solution="Q = A v")

# relativity: time dilation, distractor
add("relativity", "A cosmic-ray pion (proper half-life 18 ns) streaks through the atmosphere at 0.97 c, passing over a ski station at 2800 m altitude. What half-life does a ground observer measure?",
    {"proper half-life": "18 ns", "pion speed": "0.97 c", "altitude of the station": "2800 m"}, "half-life measured on the ground", "ns",
    18/math.sqrt(1-0.97**2), irrelevant=["altitude of the station"], solution="t = gamma t0")

# heat engine two reservoirs
QHe, Wout = 850e3, 0
add("thermodynamics", "A wood-fired engine on a sawmill absorbs 850 kJ from its hot reservoir each minute and rejects 610 kJ to its cold reservoir in the same time. What is its thermal efficiency?",
    {"heat taken from the hot reservoir per minute": "850 kJ", "heat dumped to the cold reservoir per minute": "610 kJ"}, "thermal efficiency of the engine", "%",
    (1-610/850)*100, solution="eta = 1 - Qc/Qh")

# circuits: series combination two resistors
add("circuits", "Two heating elements in a textile mill's drying oven, element 1 of 18 ohm and element 2 of 27 ohm, are wired in series across 400 V. What current flows?",
    {"resistance of element 1": "18 ohm", "resistance of element 2": "27 ohm", "supply voltage": "400 V"}, "current through the elements", "A",
    400/45, laws=2, solution="R = R1 + R2; I = V/R")

# waves: Doppler receding with explicit data
add("waves", "A tractor moving away from a farmer at 9 m/s sounds its horn at 380 Hz. The air is still and sound travels at 343 m/s. What pitch does the farmer hear?",
    {"tractor speed": "9 m/s", "horn frequency": "380 Hz", "speed of sound": "343 m/s"}, "frequency heard by the farmer", "Hz",
    380*343/(343+9), solution="f' = f v/(v + vs)")

# astro: solar flux at Earth -> orbit ; mechanics projectile
v0, ang0 = 24.0, 38.0
add("mechanics", f"A skier leaves a kicker ramp at {v0:.0f} m/s, {ang0:.0f} degrees above the horizontal, and lands at the same height. Ignoring air resistance, how far does she travel horizontally?",
    {"take-off speed": f"{v0:.0f} m/s", "take-off angle": f"{ang0:.0f} deg"}, "horizontal distance of the jump", "m",
    v0**2*math.sin(2*math.radians(ang0))/g0, laws=2, solution="R = v^2 sin(2 theta)/g", assumptions=GA + " Level landing.")

# ======================= NOT DERIVABLE (10) =======================
ND = "not derivable"
add("mechanics", "A roller-coaster car rolls from rest down a 36 m high first drop without friction. How much kinetic energy does the car have at the bottom?",
    {"height of the drop": "36 m"}, "kinetic energy of the car at the bottom", "kJ", None, outcome=ND, laws=2,
    solution="E = m g h needs the car's mass", assumptions="Mass of the car is not given.")
add("fluids", "A run-of-river hydro plant passes 42 m^3/s of water through turbines that are 89% efficient. What electrical power does it generate?",
    {"flow rate": "42 m^3/s", "turbine efficiency": "89 %"}, "electrical power output", "MW", None, outcome=ND, laws=2,
    solution="P = eta rho g Q H requires the head", assumptions="Head not given.")
add("thermodynamics", "The nitrogen in an aircraft nose-wheel tyre is at 1.1 MPa and 18 degC. How many moles of nitrogen does the tyre hold?",
    {"tyre pressure": "1.1 MPa", "gas temperature": "18 degC"}, "amount of nitrogen in the tyre", "mol", None, outcome=ND,
    solution="n = pV/RT needs the volume", assumptions="Tyre volume not given.")
add("magnetism", "A lighting-rig electromagnet is a solenoid of 900 turns carrying 3.0 A. What magnetic field does it produce inside?",
    {"number of turns": "900", "current": "3.0 A"}, "magnetic field inside the solenoid", "mT", None, outcome=ND,
    solution="B = mu0 N I / L needs the length", assumptions="Length not given.")
add("astro", "A red giant star has a surface temperature of 3900 K. What is its luminosity?",
    {"surface temperature": "3900 K"}, "luminosity of the star", "W", None, outcome=ND,
    solution="L = 4 pi R^2 sigma T^4 needs the radius", assumptions="Radius not given.")
add("optics", "In a cinema projection booth a slide sits 9.5 cm in front of a converging lens. Where is the sharp image formed?",
    {"object distance": "9.5 cm"}, "image distance", "cm", None, outcome=ND,
    solution="thin-lens equation needs focal length", assumptions="Focal length not given.")
add("nuclear", "An iodine-131 capsule for thyroid therapy has a half-life of 8.02 days. What is its activity?",
    {"half-life of I-131": "8.02 day"}, "activity of the capsule", "GBq", None, outcome=ND,
    solution="A = lambda N needs the amount of I-131", assumptions="Mass or number of nuclei not given.")
add("thermodynamics", "A laundry's 6 kW water heater warms a 120 kg tank of water. How long does it take?",
    {"heater power": "6 kW", "mass of water": "120 kg"}, "heating time", "min", None, outcome=ND, laws=2,
    solution="t = m c dT / P needs the temperature change", assumptions="Start and end temperatures not given.")
add("astro", "An exoplanet orbits its star in a circular orbit of radius 1.8e10 m. What is its orbital period?",
    {"orbital radius": "1.8e10 m"}, "orbital period", "day", None, outcome=ND,
    solution="Kepler III needs the star's mass", assumptions="Star's mass not given.")
add("circuits", "A heating cable laid under a stadium's pitch carries 9.5 A. How much power does it dissipate?",
    {"cable current": "9.5 A"}, "power dissipated in the cable", "W", None, outcome=ND,
    solution="P = I^2 R or V I needs R or V", assumptions="Resistance or voltage not given.")

# ======================= AMBIGUOUS (8) =======================
AM = "ambiguous"
add("optics", "A thin lens in a stage spotlight has a focal length of magnitude 15 cm. An object is 25 cm from the lens. How far from the lens is the image?",
    {"magnitude of the focal length": "15 cm", "object distance": "25 cm"}, "image distance", "cm", None, outcome=AM,
    solution="converging: di = 37.5 cm; diverging: di = -9.375 cm", assumptions="Lens type not stated.")
add("circuits", "A workshop hobbyist connects a 150 ohm resistor and a 330 ohm resistor to a 9 V battery. What current does the battery supply?",
    {"resistor 1": "150 ohm", "resistor 2": "330 ohm", "battery voltage": "9 V"}, "current from the battery", "mA", None, outcome=AM,
    solution="series: 18.75 mA; parallel: 87.27 mA", assumptions="Series or parallel not stated.")
add("optics", "A spherical security mirror in an airport corridor has a radius of curvature of 1.2 m. A passenger stands 3.0 m in front of it. Where is the image?",
    {"radius of curvature": "1.2 m", "distance of the passenger": "3.0 m"}, "image distance from the mirror", "m", None, outcome=AM,
    solution="concave: 0.75 m; convex: -0.5 m", assumptions="Concave or convex not stated.")
add("waves", "A fishing boat and a lighthouse keeper are separated by open water; the boat's horn sounds at 300 Hz and the boat moves at 12 m/s relative to the still keeper. Sound travels at 340 m/s. What frequency does the keeper hear?",
    {"horn frequency": "300 Hz", "boat speed": "12 m/s", "speed of sound": "340 m/s"}, "frequency heard by the keeper", "Hz", None, outcome=AM,
    solution="approaching: 310.98 Hz; receding: 289.77 Hz", assumptions="Direction of motion not stated.")
add("mechanics", "An archer shoots an arrow at 45 m/s at 20 degrees above the horizontal from ground level. When is the arrow 8 m above the ground?",
    {"launch speed": "45 m/s", "launch angle": "20 deg"}, "time at which the arrow is 8 m high", "s", None, outcome=AM, laws=2,
    solution="two roots of 8 = v sin(a) t - g t^2/2", assumptions="Rising and falling times both valid.")
add("thermodynamics", "A heat pump for a dairy works between the hot reservoir at 55 degC and the cold reservoir at 5 degC. What is the temperature of the reservoir in kelvin?",
    {"temperature of the hot reservoir": "55 degC", "temperature of the cold reservoir": "5 degC"}, "temperature of the reservoir", "K", None, outcome=AM,
    solution="328.15 K or 278.15 K", assumptions="Which reservoir is not stated.")
add("electricity", "Two capacitors from a theatre dimmer kit, 4.7 uF and 10 uF, are connected together and charged from a 24 V supply. How much energy do they store in total?",
    {"capacitor 1": "4.7 uF", "capacitor 2": "10 uF", "supply voltage": "24 V"}, "total stored energy", "mJ", None, outcome=AM,
    solution="parallel: 4.234 mJ; series: 0.9208 mJ", assumptions="Series or parallel not stated.")
add("waves", "A pipe in a theatre sound-effects organ is 0.62 m long. With sound at 343 m/s, what is its fundamental frequency?",
    {"pipe length": "0.62 m", "speed of sound": "343 m/s"}, "fundamental frequency of the pipe", "Hz", None, outcome=AM,
    solution="open: 276.6 Hz; closed at one end: 138.3 Hz", assumptions="Open or stopped pipe not stated.")

# ======================= ILL-POSED (12) =======================
IP = "ill-posed"
add("relativity", "A proton in a research accelerator moves at 3.4e8 m/s. What is its kinetic energy?",
    {"proton speed": "3.4e8 m/s"}, "kinetic energy of the proton", "MeV", None, outcome=IP,
    solution="speed exceeds c", assumptions="Impossible: v > c.")
add("thermodynamics", "An inventor claims his farm biogas engine runs between 420 K and 300 K with an efficiency of 48%. How much heat does it reject per kJ of work?",
    {"hot reservoir temperature": "420 K", "cold reservoir temperature": "300 K", "claimed efficiency": "48 %"}, "heat rejected per kJ of work", "kJ", None, outcome=IP,
    solution="Carnot limit is 28.6% < 48%", assumptions="Violates second law.")
add("thermodynamics", "A sample of helium in a particle-detector cryostat is held at -12 K and 50 kPa in a 2.0 L vessel. How many moles are present?",
    {"temperature": "-12 K", "pressure": "50 kPa", "volume": "2.0 L"}, "amount of helium", "mol", None, outcome=IP,
    solution="negative absolute temperature", assumptions="Impossible set-up.")
add("circuits", "A 6.0 ohm heating element on a 3D-printer hot-end is connected to a 12 V supply, and a meter shows 5.0 A flowing through it. What power does the element dissipate?",
    {"element resistance": "6.0 ohm", "supply voltage": "12 V", "measured current": "5.0 A"}, "power dissipated", "W", None, outcome=IP,
    solution="V/R = 2 A contradicts 5 A", assumptions="Inconsistent givens.")
add("optics", "Light inside a lighthouse glass prism (n = 1.52) hits the glass-air face at 55 degrees from the normal. At what angle does it emerge into the air?",
    {"refractive index of the glass": "1.52", "angle of incidence": "55 deg"}, "angle of refraction in air", "deg", None, outcome=IP,
    solution="sin r = 1.52 sin55 = 1.245 > 1: total internal reflection, no refracted ray", assumptions="No emergent ray.")
add("optics", "A 1550 nm infrared laser in a data centre test bench illuminates a grating with 900 lines per mm. At what angle is the first-order maximum?",
    {"wavelength": "1550 nm", "grating line density": "900 1/mm"}, "first-order diffraction angle", "deg", None, outcome=IP,
    solution="sin theta = 1.395 > 1: no first order", assumptions="Order does not exist.")
add("thermodynamics", "A data-centre chiller moves heat from 20 degC coolant to 35 degC outdoor air with a claimed COP of 32. How much electrical power does it need to remove 500 kW?",
    {"coolant temperature": "20 degC", "outdoor temperature": "35 degC", "claimed COP": "32", "cooling load": "500 kW"}, "electrical input power", "kW", None, outcome=IP,
    solution="Carnot COP = 19.5 < 32", assumptions="Claim exceeds Carnot limit.")
add("magnetism", "An ideal transformer in an EV charger takes 2.0 kW from the grid and delivers 2.6 kW to the car. What is the secondary current at 400 V?",
    {"input power": "2.0 kW", "output power": "2.6 kW", "secondary voltage": "400 V"}, "secondary current", "A", None, outcome=IP,
    solution="output exceeds input", assumptions="Violates energy conservation.")
add("mechanics", "A ski-lift ramp is 5.0 m long and rises 6.5 m vertically. A 70 kg skier stands on it without slipping. What friction force acts on the skier?",
    {"ramp length": "5.0 m", "vertical rise": "6.5 m", "skier mass": "70 kg"}, "friction force on the skier", "N", None, outcome=IP,
    solution="rise larger than slope length is impossible", assumptions="Geometrically impossible.")
add("nuclear", "A carbon-dated wooden ski from a glacier shows 125% of the C-14 activity of living wood. The half-life of C-14 is 5730 years. How old is the ski?",
    {"fraction of C-14 activity remaining": "125 %", "half-life": "5730 year"}, "age of the ski", "year", None, outcome=IP,
    solution="remaining fraction > 1 gives negative age", assumptions="Unphysical datum.")
add("modern", "A stage laser emits photons of wavelength 450 nm, each carrying 4.8 eV of energy. What is the momentum of one photon?",
    {"wavelength": "450 nm", "photon energy": "4.8 eV"}, "photon momentum", "kg*m/s", None, outcome=IP,
    solution="hc/450 nm = 2.76 eV, contradicts 4.8 eV", assumptions="Inconsistent givens.")
add("astro", "A rocket stage starts at 120 t and burns out at 150 t with an exhaust speed of 3000 m/s. What velocity change does it achieve?",
    {"initial mass": "120 t", "burnout mass": "150 t", "exhaust speed": "3000 m/s"}, "delta-v of the stage", "km/s", None, outcome=IP,
    solution="burnout mass exceeds initial mass", assumptions="Impossible mass history.")

# ---- trim to 120 value questions (drop simpler duplicates of style) ----
DROP = ["drawbar power of the tractor", "acceleration of the skier along the slope", "blade tip speed",
        "centripetal acceleration of the rider", "surface speed of the burr edge", "elastic energy stored in the spring",
        "length of the pendulum", "common velocity of the pucks, east positive",
        "heating power of the pad", "charging time", "electrical energy used", "inductive reactance", "RMS mains voltage",
        "heat needed to warm the wash water", "rate of heat flow through the wall", "rms speed of the nitrogen molecules",
        "beat frequency", "wavelength in soft tissue", "fundamental frequency of the stopped pipe",
        "speed of light in the polycarbonate", "optical power of the lens", "minimum resolvable angle",
        "buoyant force on the buoy", "efflux speed of the water", "hydrostatic mud pressure at the bottom",
        "kinetic energy gained per electron", "charge stored in one cell",
        "force per metre on the cable", "magnetic energy stored",
        "photon energy", "radiation force on the plywood",
        "distance to the galaxy", "gravitational acceleration at the Martian surface",
        "average absorbed dose", "length measured by the station"]
for d in DROP:
    hits = [q for q in Q if q["find"] == d and q["outcome"] == "value"]
    assert len(hits) == 1, (d, len(hits))
    Q.remove(hits[0])

# ---- add distractors to a few questions ----
def distract(find, name, val, sentence):
    hits = [q for q in Q if q["find"] == find]
    assert len(hits) == 1, find
    q = hits[0]
    q["given"][name] = val
    q["irrelevant"].append(name)
    t = q["text"]
    i = t.rfind(". ")
    q["text"] = t[:i+2] + sentence + " " + t[i+2:]

distract("kinetic energy of the combine harvester", "engine power", "310 kW", "Its engine is rated at 310 kW.")
distract("tension in each cable", "length of the truss", "6.5 m", "The truss is 6.5 m long.")
distract("Carnot efficiency of the plant", "brine flow rate", "140 kg/s", "The brine flows at 140 kg/s.")
distract("resonant frequency", "antenna length", "2.4 m", "The whip antenna is 2.4 m long.")
distract("Compton wavelength shift", "energy of the incoming photon", "1.17 MeV", "The incoming photon has 1.17 MeV.")
distract("mean lifetime in the lab frame", "distance from target to detector", "450 m", "The detector is 450 m downstream.")
distract("escape speed from the Moon's surface", "capsule mass", "850 kg", "The capsule has a mass of 850 kg.")

for i, q in enumerate(Q):
    q["id"] = "q10i-%03d" % (i + 1)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch_i.json")
with open(out, "w") as fh_:
    json.dump(Q, fh_, indent=1)
print(len(Q), "questions written to", out)
