"""Batch q10f: 150 blind physics questions with independently computed answers.
Imports only math, json, os, scipy.constants."""
import math, json, os
import scipy.constants as sc

g0 = 9.80665
c = sc.c; h = sc.h; hbar = sc.hbar; e = sc.e; kB = sc.k; NA = sc.N_A; R = sc.R
me = sc.m_e; mp = sc.m_p; eps0 = sc.epsilon_0; mu0 = sc.mu_0; G = sc.G
sigma = sc.Stefan_Boltzmann; wien = sc.Wien; atm = sc.atm
u_MeV = sc.physical_constants['atomic mass constant energy equivalent in MeV'][0]
ly = sc.light_year; pc = sc.parsec; AU = sc.astronomical_unit
kC = 1 / (4 * math.pi * eps0)
yr = sc.Julian_year; day = sc.day; hour = sc.hour; minute = sc.minute
eV = sc.eV; MeV = 1e6 * sc.eV
arcsec = math.pi / 180 / 3600
K0 = sc.zero_Celsius

def fmt(x, unit):
    s = f"{x:.12g}"
    if "e" in s:
        m, ex = s.split("e")
        s = m + "e" + str(int(ex))
    return f"{s} {unit}".strip()

Q = []
def add(field, text, given, find, unit, expected=None, outcome="value", laws=1,
        irrelevant=(), solution="", assumptions="", rel_tol=0.01):
    text = text.replace("e+0", "e").replace("e+", "e")
    Q.append(dict(id=f"q10f-{len(Q)+1:03d}", field=field, text=text, given=given,
                  find=find, unit=unit,
                  expected=(None if outcome != "value" else float(expected)),
                  outcome=outcome, rel_tol=rel_tol, laws=laws,
                  irrelevant=list(irrelevant), solution=solution, assumptions=assumptions))

# ===================== MECHANICS (10) =====================
m, v = 83.5, 9.4
add("mechanics", f"A cyclist and her racing bike together have a mass of {m} kg and cruise at {v} m/s along a flat road. How much kinetic energy do rider and bike carry?",
    {"mass of rider and bike": fmt(m, "kg"), "cruising speed": fmt(v, "m/s")},
    "kinetic energy of rider and bike", "J", 0.5*m*v**2, solution="E = m v^2/2")

v0, t, M = 27.5, 46.0, 3.4e5
add("mechanics", f"A regional train of mass {M:g} kg brakes uniformly from {v0} m/s to a stop in {t} s. How far does it travel while braking?",
    {"train mass": fmt(M, "kg"), "initial speed of the train": fmt(v0, "m/s"), "braking time": fmt(t, "s")},
    "braking distance of the train", "m", v0*t/2, irrelevant=["train mass"],
    solution="d = v0 t / 2 (uniform deceleration)", assumptions="constant deceleration")

L = 0.994*1.0 + 0.0  # grandfather clock
L = 1.12
add("mechanics", f"The pendulum of an antique hall clock has a 1.9 kg brass bob and is {L} m long from pivot to the centre of the bob. What is its period of swing?",
    {"pendulum length": fmt(L, "m"), "mass of the bob": "1.9 kg"}, "period of the clock pendulum", "s",
    2*math.pi*math.sqrt(L/g0), irrelevant=["mass of the bob"], solution="T = 2 pi sqrt(L/g)",
    assumptions="simple pendulum, small amplitude, g = 9.80665 m/s^2 (Earth)")

r, f = 0.336, 4.3
add("mechanics", f"A touring bicycle's wheels have a radius of {r} m and turn at {f} revolutions per second without slipping. How fast is the bike going in km/h?",
    {"wheel radius": fmt(r, "m"), "wheel rotation rate": fmt(f, "Hz")},
    "speed of the bicycle", "km/h", 2*math.pi*r*f*3.6, laws=1, solution="v = 2 pi r f")

k, mq = 2.6e4, 315.0
add("mechanics", f"One corner of a car rests on a suspension spring of stiffness {k:g} N/m that carries {mq} kg. At what frequency does that corner bounce?",
    {"spring stiffness": fmt(k, "N/m"), "mass carried by the spring": fmt(mq, "kg")},
    "bounce frequency of the car corner", "Hz", math.sqrt(k/mq)/(2*math.pi),
    solution="f = sqrt(k/m)/(2 pi)", assumptions="undamped mass-spring oscillator")

m1, u1, m2 = 12400.0, 1.75, 9300.0
vf = m1*u1/(m1+m2)
add("mechanics", f"In a rail yard, wagon 1 ({m1:g} kg) rolls at {u1} m/s into wagon 2 ({m2:g} kg), which is standing still, and they couple together. How much kinetic energy is lost in the coupling?",
    {"mass of wagon 1": fmt(m1, "kg"), "speed of wagon 1": fmt(u1, "m/s"), "mass of wagon 2": fmt(m2, "kg")},
    "kinetic energy lost in the coupling", "kJ", (0.5*m1*u1**2 - 0.5*(m1+m2)*vf**2)/1e3, laws=2,
    solution="vf = m1 u1/(m1+m2); dE = m1 u1^2/2 - (m1+m2) vf^2/2", assumptions="perfectly inelastic, wagon 2 at rest")

m, th, v = 77.0, 3.6, 5.2
add("mechanics", f"A {m:g} kg cyclist (bike included) climbs a straight road inclined at {th} degrees at a steady {v} m/s. Ignoring friction and drag, what power must she deliver against gravity?",
    {"mass of cyclist with bike": fmt(m, "kg"), "road incline": fmt(th, "deg"), "climbing speed": fmt(v, "m/s")},
    "power delivered against gravity", "W", m*g0*v*math.sin(math.radians(th)), laws=2,
    solution="P = m g v sin(theta)", assumptions="g = 9.80665 m/s^2; speed along the road")

hh, gg = 2.35, 9.81
add("mechanics", f"A 19 kg child lets go at the top of a playground slide {hh} m high. Taking g = {gg} m/s^2 and ignoring friction, how fast is the child moving at the bottom?",
    {"height of the slide": fmt(hh, "m"), "gravitational acceleration": fmt(gg, "m/s^2"), "mass of the child": "19 kg"},
    "speed of the child at the bottom", "m/s", math.sqrt(2*gg*hh), irrelevant=["mass of the child"], solution="v = sqrt(2 g h)",
    assumptions="starts from rest, frictionless")

m, a = 1480.0, 1.15
add("mechanics", f"A hospital bed-lift car with its load has a mass of {m:g} kg and accelerates upward at {a} m/s^2. What is the tension in the hoist cable?",
    {"mass of the lift car and load": fmt(m, "kg"), "upward acceleration": fmt(a, "m/s^2")},
    "tension in the hoist cable", "kN", m*(g0+a)/1e3, laws=2, solution="T = m (g + a)",
    assumptions="g = 9.80665 m/s^2, single cable, massless")

hv, vv = 2.85, 14.5
add("mechanics", f"A 0.27 kg volleyball is struck horizontally at {vv} m/s from a height of {hv} m above the floor. How far does it travel horizontally before hitting the floor?",
    {"launch height": fmt(hv, "m"), "horizontal launch speed": fmt(vv, "m/s"), "mass of the volleyball": "0.27 kg"},
    "horizontal distance travelled by the volleyball", "m", vv*math.sqrt(2*hv/g0), laws=2, irrelevant=["mass of the volleyball"],
    solution="t = sqrt(2h/g); x = v t", assumptions="no air resistance, g = 9.80665 m/s^2")

# ===================== FLUIDS (10) =====================
rho, d = 1025.0, 18.5
add("fluids", f"A scuba diver (92 kg with her gear) hovers {d} m below the surface of the sea (seawater density {rho:g} kg/m^3). What is the absolute pressure on her?",
    {"depth of the diver": fmt(d, "m"), "density of seawater": fmt(rho, "kg/m^3"), "mass of the diver with gear": "92 kg"},
    "absolute pressure at the diver", "kPa", (atm + rho*g0*d)/1e3, laws=2, irrelevant=["mass of the diver with gear"],
    solution="p = p_atm + rho g d", assumptions="standard atmospheric pressure 101325 Pa at the surface, g = 9.80665 m/s^2")

rb, Tb_, pb_, Ma, MHe, mrub = 0.16, 20.0, 101.3, 0.02897, 0.004003, 2.6
Vbal = 4/3*math.pi*rb**3
rho_air = pb_*1e3*Ma/(R*(Tb_+K0)); rho_he = pb_*1e3*MHe/(R*(Tb_+K0))
add("fluids", f"A spherical helium party balloon of radius {rb} m floats in a room at {Tb_:g} degC and {pb_} kPa. The rubber weighs {mrub} g; air has a molar mass of {Ma} kg/mol and helium {MHe} kg/mol, and the helium is at room pressure and temperature. What net upward force acts on the balloon before its ribbon is tied down?",
    {"balloon radius": fmt(rb, "m"), "room temperature": fmt(Tb_, "degC"), "room pressure": fmt(pb_, "kPa"), "mass of the rubber": fmt(mrub, "g"), "molar mass of air": fmt(Ma, "kg/mol"), "molar mass of helium": fmt(MHe, "kg/mol")},
    "net upward force on the balloon", "mN", ((rho_air-rho_he)*Vbal - mrub*1e-3)*g0*1e3, laws=4,
    solution="V = 4/3 pi r^3; rho = pM/(RT) for air and He; F = (rho_air - rho_He) V g - m_rubber g",
    assumptions="ideal gases, g = 9.80665 m/s^2, helium gauge pressure neglected", rel_tol=0.02)

hb, rho = 0.87, 1008.0
add("fluids", f"A saline drip bag hangs so that its fluid surface is {hb} m above the patient's vein. The saline has a density of {rho:g} kg/m^3. What gauge pressure does the column supply at the vein, in mmHg?",
    {"height of the bag above the vein": fmt(hb, "m"), "density of the saline": fmt(rho, "kg/m^3")},
    "gauge pressure at the vein", "mmHg", rho*g0*hb/133.322387415, solution="p = rho g h, 1 mmHg = 133.322 Pa",
    assumptions="static column, g = 9.80665 m/s^2")

Qf, D = 0.26, 1.6
A = math.pi*(D/100/2)**2
add("fluids", f"Water flows at {Qf} litres per second through a 15 m garden hose with an inner diameter of {D} cm. How fast does the water move in the hose?",
    {"flow rate": fmt(Qf, "L/s"), "inner diameter of the hose": fmt(D, "cm"), "hose length": "15 m"},
    "average water speed in the hose", "m/s", Qf/1000/A, irrelevant=["hose length"], solution="v = Q / (pi d^2/4)")

v1, D1, D2 = 1.15, 2.1, 0.62
add("fluids", f"Water moves at {v1} m/s in a pipe of {D1} cm diameter that feeds a nozzle of {D2} cm diameter. How fast does the water leave the nozzle?",
    {"speed in the pipe": fmt(v1, "m/s"), "pipe diameter": fmt(D1, "cm"), "nozzle diameter": fmt(D2, "cm")},
    "exit speed at the nozzle", "m/s", v1*(D1/D2)**2, solution="v2 = v1 (d1/d2)^2", assumptions="incompressible flow")

va, vb, rho = 1.45, 3.9, 998.0
add("fluids", f"In a horizontal water main (density {rho:g} kg/m^3) the water speeds up from {va} m/s to {vb} m/s at a constriction. By how much does the pressure fall?",
    {"speed before the constriction": fmt(va, "m/s"), "speed in the constriction": fmt(vb, "m/s"), "water density": fmt(rho, "kg/m^3")},
    "pressure drop at the constriction", "kPa", 0.5*rho*(vb**2-va**2)/1e3, solution="dp = rho (v2^2 - v1^2)/2",
    assumptions="Bernoulli, horizontal, inviscid")

hdep, Ah = 1.65, 2.4
add("fluids", f"A rain-water barrel has a small hole of area {Ah} cm^2 located {hdep} m below the water surface. How many litres per minute leak out?",
    {"depth of the hole below the water surface": fmt(hdep, "m"), "area of the hole": fmt(Ah, "cm^2")},
    "leak rate from the barrel", "L/min", Ah*1e-4*math.sqrt(2*g0*hdep)*1000*60, laws=2,
    solution="v = sqrt(2 g h) (Torricelli); Q = A v", assumptions="no contraction of the jet, g = 9.80665 m/s^2, large barrel")

Vb, ro, ri = 2750.0, 1.23, 0.96
add("fluids", f"A hot-air balloon envelope holds {Vb:g} m^3 of air heated to a density of {ri} kg/m^3, while the surrounding air has a density of {ro} kg/m^3. What net upward force does the hot air give (before the weight of envelope, basket and people)?",
    {"envelope volume": fmt(Vb, "m^3"), "density of the hot air inside": fmt(ri, "kg/m^3"), "density of outside air": fmt(ro, "kg/m^3")},
    "net lift from the hot air", "kN", (ro-ri)*Vb*g0/1e3, laws=2, solution="F = (rho_out - rho_in) V g",
    assumptions="g = 9.80665 m/s^2")

rr, Lc, mu, dp = 0.45e-3, 0.11, 3.4e-3, 2.2e3
add("fluids", f"Blood (viscosity {mu} Pa*s) is pushed through a catheter of inner radius {rr*1e3} mm and length {Lc} m by a pressure difference of {dp/1e3} kPa. What is the volume flow rate in mL/min?",
    {"blood viscosity": fmt(mu, "Pa*s"), "inner radius of the catheter": fmt(rr*1e3, "mm"), "catheter length": fmt(Lc, "m"), "pressure difference": fmt(dp/1e3, "kPa")},
    "volume flow rate through the catheter", "mL/min", math.pi*rr**4*dp/(8*mu*Lc)*1e6*60,
    solution="Q = pi r^4 dp/(8 mu L)", assumptions="laminar Poiseuille flow, Newtonian fluid")

ri_, rs_ = 917.0, 1026.0
add("fluids", f"A 1.8 m thick floe of sea ice of density {ri_:g} kg/m^3 floats in ocean water of density {rs_:g} kg/m^3. What fraction of the ice's volume lies below the waterline?",
    {"density of the ice": fmt(ri_, "kg/m^3"), "density of ocean water": fmt(rs_, "kg/m^3"), "thickness of the floe": "1.8 m"},
    "submerged fraction of the ice volume", "", ri_/rs_, irrelevant=["thickness of the floe"], solution="f = rho_ice/rho_water (Archimedes)")

# ===================== THERMODYNAMICS (10) =====================
Vw, T1, T2, P, cw, eta_k = 1.4, 13.0, 100.0, 2.2, 4186.0, 0.88
add("thermodynamics", f"An electric kettle rated {P} kW is filled with {Vw} L of tap water at {T1} degC. Only {eta_k*100:g} % of the electrical energy ends up in the water (specific heat {cw:g} J/(kg*K)). How long does it take to bring the water to the boil at {T2:g} degC?",
    {"kettle power": fmt(P, "kW"), "volume of water": fmt(Vw, "L"), "starting water temperature": fmt(T1, "degC"), "boiling temperature": fmt(T2, "degC"), "specific heat of water": fmt(cw, "J/(kg*K)"), "kettle efficiency": fmt(eta_k*100, "percent")},
    "time to boil the water", "min", Vw*1.0*cw*(T2-T1)/(eta_k*P*1e3)/60, laws=3,
    solution="m = rho V; Q = m c dT; t = Q/(eta P)", assumptions="water density 1 kg/L")

Ph, hd, nd, Vm = 1.85, 5.5, 31, 230.0
add("thermodynamics", f"A {Ph} kW oil-filled radiator runs {hd} hours a day for a {nd}-day month on a {Vm:g} V supply. How much energy shows up on the power bill?",
    {"radiator power": fmt(Ph, "kW"), "hours of use per day": fmt(hd, "h"), "number of days": fmt(nd, ""), "mains voltage": fmt(Vm, "V")},
    "energy used in the month", "kW*h", Ph*hd*nd, irrelevant=["mains voltage"], solution="E = P t")

Th, Tc = 545.0, 27.0
add("thermodynamics", f"A 450 MW steam turbine takes heat from a boiler at {Th:g} degC and rejects it to a river at {Tc:g} degC. What is the highest efficiency it could possibly reach?",
    {"boiler temperature": fmt(Th, "degC"), "river temperature": fmt(Tc, "degC"), "electrical output": "450 MW"},
    "maximum (Carnot) efficiency of the turbine", "", 1-(Tc+K0)/(Th+K0), irrelevant=["electrical output"], solution="eta = 1 - Tc/Th (kelvin)")

Tin, Tout = 21.0, -4.5
add("thermodynamics", f"A heat pump keeps a living room at {Tin:g} degC while it is {Tout} degC outside. What is the ideal (Carnot) coefficient of performance for heating?",
    {"indoor temperature": fmt(Tin, "degC"), "outdoor temperature": fmt(Tout, "degC")},
    "Carnot heating COP of the heat pump", "", (Tin+K0)/((Tin+K0)-(Tout+K0)), solution="COP = Th/(Th - Tc)")

Vt, pt, Tt, Mair = 11.1, 207.0, 293.0, 0.02897
add("thermodynamics", f"An {Vt} L scuba cylinder is filled with air to {pt:g} bar at {Tt:g} K. Treating air as an ideal gas with molar mass {Mair} kg/mol, what mass of air is inside?",
    {"cylinder volume": fmt(Vt, "L"), "fill pressure": fmt(pt, "bar"), "gas temperature": fmt(Tt, "K"), "molar mass of air": fmt(Mair, "kg/mol")},
    "mass of air in the cylinder", "kg", pt*1e5*Vt*1e-3/(R*Tt)*Mair, laws=2,
    solution="n = pV/(RT); m = n M", assumptions="ideal gas, absolute pressure")

V1, p1, T1_, p2, T2_ = 5.2, 101.0, 288.0, 27.0, 221.0
add("thermodynamics", f"A weather balloon holds {V1} m^3 of hydrogen at launch, where the pressure is {p1:g} kPa and the temperature {T1_:g} K. High in the stratosphere the pressure is {p2:g} kPa and the temperature {T2_:g} K. What is the balloon's volume there?",
    {"volume at launch": fmt(V1, "m^3"), "pressure at launch": fmt(p1, "kPa"), "temperature at launch": fmt(T1_, "K"), "pressure at altitude": fmt(p2, "kPa"), "temperature at altitude": fmt(T2_, "K")},
    "volume of the balloon at altitude", "m^3", V1*(p1/p2)*(T2_/T1_), solution="p1V1/T1 = p2V2/T2",
    assumptions="ideal gas, envelope does not restrict expansion")

Ts, Te, As, em = 34.0, 22.0, 1.8, 0.97
add("thermodynamics", f"An unclothed patient with {As} m^2 of skin at {Ts:g} degC sits in an examination room whose walls are at {Te:g} degC. The skin's emissivity is {em}. What is the net power lost by thermal radiation?",
    {"skin area": fmt(As, "m^2"), "skin temperature": fmt(Ts, "degC"), "wall temperature": fmt(Te, "degC"), "emissivity of skin": fmt(em, "")},
    "net radiated power from the patient", "W", em*sigma*As*((Ts+K0)**4-(Te+K0)**4),
    solution="P = e sigma A (Ts^4 - Te^4)")

Aw, dw, kw, Ti, To = 1.75, 4.0, 0.96, 20.0, 2.5
add("thermodynamics", f"A single-glazed window pane has an area of {Aw} m^2 and is {dw:g} mm thick (thermal conductivity {kw} W/(m*K)). Its inner surface is at {Ti:g} degC and outer surface at {To} degC. At what rate does heat leak through it?",
    {"pane area": fmt(Aw, "m^2"), "glass thickness": fmt(dw, "mm"), "thermal conductivity of glass": fmt(kw, "W/(m*K)"), "inner surface temperature": fmt(Ti, "degC"), "outer surface temperature": fmt(To, "degC")},
    "rate of heat flow through the pane", "kW", kw*Aw*(Ti-To)/(dw*1e-3)/1e3, solution="P = k A dT / d")

mc_, Tc_, mm_, Tm_ = 0.24, 86.0, 0.055, 6.0
add("thermodynamics", f"You pour {mm_*1000:g} g of fridge-cold milk at {Tm_:g} degC into {mc_*1000:g} g of coffee at {Tc_:g} degC. The ceramic mug weighs 310 g, but treat both liquids as water and ignore the mug. How hot is the mixture?",
    {"mass of milk": fmt(mm_*1000, "g"), "milk temperature": fmt(Tm_, "degC"), "mass of coffee": fmt(mc_*1000, "g"), "coffee temperature": fmt(Tc_, "degC"), "mass of the mug": "310 g"},
    "final temperature of the coffee with milk", "degC", (mc_*Tc_+mm_*Tm_)/(mc_+mm_), irrelevant=["mass of the mug"],
    solution="T = (m1 T1 + m2 T2)/(m1 + m2)", assumptions="equal specific heats, no losses")

Tn, Mn = 25.0, 0.028013
add("thermodynamics", f"What is the root-mean-square speed of nitrogen molecules (molar mass {Mn} kg/mol) in a room at {Tn:g} degC and 101 kPa?",
    {"molar mass of nitrogen": fmt(Mn, "kg/mol"), "room temperature": fmt(Tn, "degC"), "room pressure": "101 kPa"},
    "rms speed of the nitrogen molecules", "m/s", math.sqrt(3*R*(Tn+K0)/Mn), irrelevant=["room pressure"], solution="v_rms = sqrt(3RT/M)")

# ===================== WAVES (10) =====================
Ls, f0 = 0.648, 110.0
add("waves", f"The A string of a classical guitar has a vibrating length of {Ls} m and sounds its fundamental at {f0:g} Hz. What is the speed of transverse waves on the string?",
    {"vibrating length": fmt(Ls, "m"), "fundamental frequency": fmt(f0, "Hz")},
    "wave speed on the guitar string", "m/s", 2*Ls*f0, solution="lambda = 2L; v = f lambda")

mu_, Lv, Tv = 5.9e-4, 0.328, 58.0
add("waves", f"A violin string with linear mass density {mu_} kg/m is stretched to a tension of {Tv:g} N over a vibrating length of {Lv} m. What is its fundamental frequency?",
    {"linear mass density of the string": fmt(mu_, "kg/m"), "string tension": fmt(Tv, "N"), "vibrating length": fmt(Lv, "m")},
    "fundamental frequency of the violin string", "Hz", math.sqrt(Tv/mu_)/(2*Lv), laws=2,
    solution="v = sqrt(T/mu), f = v/(2L)")

Lp, vs = 0.59, 345.0
add("waves", f"A clarinet behaves roughly like a pipe closed at one end with an effective length of {Lp} m. With sound travelling at {vs:g} m/s, what is its lowest note's frequency?",
    {"effective length of the clarinet": fmt(Lp, "m"), "speed of sound": fmt(vs, "m/s")},
    "lowest resonant frequency of the clarinet", "Hz", vs/(4*Lp), solution="f = v/(4L)")

fs, vsrc, vsnd = 960.0, 24.0, 343.0
add("waves", f"An ambulance siren emits {fs:g} Hz while the ambulance drives straight towards a pedestrian at {vsrc:g} m/s. The speed of sound is {vsnd:g} m/s. What frequency does the pedestrian hear?",
    {"siren frequency": fmt(fs, "Hz"), "ambulance speed": fmt(vsrc, "m/s"), "speed of sound": fmt(vsnd, "m/s")},
    "frequency heard by the pedestrian", "Hz", fs*vsnd/(vsnd-vsrc), solution="f' = f v/(v - vs)",
    assumptions="stationary listener, still air")

I_ = 3.2e-5
add("waves", f"The sound intensity at a seat in a concert hall is {I_:g} W/m^2. What is the sound intensity level in decibels (reference 1e-12 W/m^2)?",
    {"sound intensity": fmt(I_, "W/m^2")}, "sound intensity level at the seat (in dB)", "",
    10*math.log10(I_/1e-12), solution="L = 10 log10(I/I0)", assumptions="I0 = 1e-12 W/m^2")

Tsw = 9.5
add("waves", f"Ocean swell in deep water arrives at a beach with a period of {Tsw} s. What is its wavelength out at sea?",
    {"wave period": fmt(Tsw, "s")}, "deep-water wavelength of the swell", "m", g0*Tsw**2/(2*math.pi),
    solution="lambda = g T^2/(2 pi)", assumptions="deep-water dispersion, g = 9.80665 m/s^2")

fu, vt = 3.5e6, 1540.0
add("waves", f"A medical ultrasound probe runs at {fu/1e6} MHz and the sound speed in soft tissue is {vt:g} m/s; it images down to a depth of 12 cm. What is the wavelength in tissue?",
    {"probe frequency": fmt(fu/1e6, "MHz"), "speed of sound in soft tissue": fmt(vt, "m/s"), "imaging depth": "12 cm"},
    "ultrasound wavelength in tissue", "mm", vt/fu*1e3, irrelevant=["imaging depth"], solution="lambda = v/f")

dt_, Ta = 4.2, 15.0
add("waves", f"On a {Ta:g} degC evening you hear thunder {dt_} s after seeing the lightning. How far away did the strike occur?",
    {"delay between flash and thunder": fmt(dt_, "s"), "air temperature": fmt(Ta, "degC")},
    "distance to the lightning strike", "m", 331.3*math.sqrt((Ta+K0)/K0)*dt_, laws=2,
    solution="v = 331.3 sqrt(T/273.15) m/s; d = v t", assumptions="light travel time negligible; dry-air sound speed formula", rel_tol=0.02)

fa, fb = 440.0, 443.5
add("waves", f"A piano tuner strikes a {fa:g} Hz tuning fork together with a string that is sounding {fb} Hz. How long is one beat?",
    {"tuning fork frequency": fmt(fa, "Hz"), "string frequency": fmt(fb, "Hz")},
    "period of the beats", "s", 1/abs(fb-fa), solution="f_beat = |f1 - f2|; T = 1/f_beat")

Pw, rw, ft = 0.85, 12.5, 1000.0
add("waves", f"A loudspeaker radiates {Pw} W of sound power evenly in all directions while playing a {ft:g} Hz tone. What is the intensity {rw} m away?",
    {"acoustic power of the loudspeaker": fmt(Pw, "W"), "distance from the loudspeaker": fmt(rw, "m"), "tone frequency": fmt(ft, "Hz")},
    "sound intensity at that distance", "mW/m^2", Pw/(4*math.pi*rw**2)*1e3, irrelevant=["tone frequency"],
    solution="I = P/(4 pi r^2)", assumptions="isotropic, no absorption")

# ===================== OPTICS (10) =====================
Dp = 2.75
add("optics", f"An optician's prescription reads +{Dp} dioptres for a pair of reading glasses. What is the focal length of each lens?",
    {"lens power": fmt(Dp, "1/m")}, "focal length of the reading lens", "cm", 100/Dp, solution="f = 1/P")

fl, do = 50.0, 3.2
add("optics", f"A camera with a {fl:g} mm lens is focused on a person standing {do} m away. How far behind the lens is the sharp image formed?",
    {"focal length of the lens": fmt(fl, "mm"), "distance to the person": fmt(do, "m")},
    "image distance behind the lens", "mm", 1/(1/(fl*1e-3)-1/do)*1e3, solution="1/f = 1/do + 1/di",
    assumptions="thin lens")

fpj, di = 0.125, 4.6
dop = 1/(1/fpj-1/di)
add("optics", f"A slide projector lens of focal length {fpj} m throws a sharp picture onto a screen {di} m from the lens. By what factor is the slide enlarged?",
    {"focal length of the projector lens": fmt(fpj, "m"), "lens-to-screen distance": fmt(di, "m")},
    "magnification of the projected picture", "", di/dop, laws=2, solution="do from 1/f=1/do+1/di; |m| = di/do",
    assumptions="thin lens; magnitude of the magnification")

n1, th1 = 1.333, 32.0
add("optics", f"A ray of light in a 2.1 m deep swimming pool (water index {n1}) meets the surface at {th1:g} degrees from the normal. At what angle from the normal does it emerge into the air?",
    {"refractive index of water": fmt(n1, ""), "angle of incidence": fmt(th1, "deg"), "depth of the pool": "2.1 m"}, irrelevant=["depth of the pool"],
    find="angle of refraction in air", unit="deg", expected=math.degrees(math.asin(n1*math.sin(math.radians(th1)))),
    solution="n1 sin(t1) = sin(t2)", assumptions="refractive index of air = 1")

nc, ncl = 1.482, 1.463
add("optics", f"A telecom fibre has a core of refractive index {nc} and cladding of index {ncl}. What is the critical angle at the core-cladding boundary?",
    {"core refractive index": fmt(nc, ""), "cladding refractive index": fmt(ncl, "")},
    "critical angle at the core-cladding boundary", "deg", math.degrees(math.asin(ncl/nc)),
    solution="sin(theta_c) = n2/n1")

Nl, lam = 600.0, 532.0
add("optics", f"A green laser pointer ({lam:g} nm) shines on a grating ruled with {Nl:g} lines per millimetre, 1.5 m from a white screen. At what angle does the first-order bright spot appear?",
    {"laser wavelength": fmt(lam, "nm"), "grating line density": fmt(Nl, "1/mm"), "distance to the screen": "1.5 m"},
    "first-order diffraction angle", "deg", math.degrees(math.asin(lam*1e-9*Nl*1e3)), irrelevant=["distance to the screen"],
    solution="d sin(theta) = m lambda, d = 1/N")

ds, Lsc, lam2 = 0.22, 1.85, 635.0
add("optics", f"A red diode laser ({lam2:g} nm) lights two slits {ds} mm apart, and the pattern falls on a wall {Lsc} m away. How far apart are neighbouring bright fringes?",
    {"laser wavelength": fmt(lam2, "nm"), "slit separation": fmt(ds, "mm"), "distance to the wall": fmt(Lsc, "m")},
    "spacing of the bright fringes", "mm", lam2*1e-9*Lsc/(ds*1e-3)*1e3, solution="dy = lambda L/d",
    assumptions="small angles")

fo, fe, ap = 1200.0, 25.0, 150.0
add("optics", f"A backyard refractor has an objective of focal length {fo:g} mm and an aperture of {ap:g} mm. With a {fe:g} mm eyepiece, what angular magnification does it give?",
    {"objective focal length": fmt(fo, "mm"), "eyepiece focal length": fmt(fe, "mm"), "aperture diameter": fmt(ap, "mm")},
    "angular magnification of the telescope", "", fo/fe, irrelevant=["aperture diameter"], solution="M = fo/fe")

Dt, lt = 0.203, 550.0
add("optics", f"An amateur telescope has an {Dt*1000:g} mm mirror. For yellow-green light of {lt:g} nm, what is its diffraction-limited angular resolution in arcseconds?",
    {"mirror diameter": fmt(Dt*1000, "mm"), "wavelength": fmt(lt, "nm")},
    "diffraction-limited angular resolution", "arcsec", 1.22*lt*1e-9/Dt/arcsec, solution="theta = 1.22 lambda/D (Rayleigh)")

Rm, dm = 0.56, 0.18
fm = Rm/2
dim = 1/(1/fm-1/dm)
add("optics", f"A concave make-up mirror has a radius of curvature of {Rm} m. Someone holds her face {dm} m from it. How many times larger does her face appear?",
    {"radius of curvature of the mirror": fmt(Rm, "m"), "distance of the face from the mirror": fmt(dm, "m")},
    "magnification of the image", "", -dim/dm, laws=3, solution="f = R/2; 1/f = 1/do + 1/di; m = -di/do",
    assumptions="paraxial; image is virtual and upright, m positive")

# ===================== ELECTRICITY (10) =====================
q1, q2, rq = 45e-9, -32e-9, 0.115
add("electricity", f"Two 3.5 g balloons rubbed on a jumper carry charges of {q1*1e9:g} nC and {q2*1e9:g} nC. Their centres are {rq} m apart. How strong is the force between them?",
    {"charge on balloon 1": fmt(q1*1e9, "nC"), "charge on balloon 2": fmt(q2*1e9, "nC"), "distance between the balloons": fmt(rq, "m"), "mass of each balloon": "3.5 g"},
    "magnitude of the electric force between the balloons", "mN", kC*abs(q1*q2)/rq**2*1e3, irrelevant=["mass of each balloon"],
    solution="F = k |q1 q2|/r^2", assumptions="point charges in air (vacuum permittivity)")

qp, rp = 8.5e-9, 0.052
add("electricity", f"A small charged sphere carries {qp*1e9:g} nC. What is the electric field strength {rp*100:g} cm from its centre?",
    {"charge on the sphere": fmt(qp*1e9, "nC"), "distance from the centre": fmt(rp*100, "cm")},
    "electric field strength at that point", "kN/C", kC*qp/rp**2/1e3, solution="E = k q/r^2")

Cf, Vf = 330e-6, 310.0
add("electricity", f"A disposable camera's flash capacitor of {Cf*1e6:g} uF is charged to {Vf:g} V and dumps its charge in a 1.2 ms flash. How much energy does it hold?",
    {"flash capacitance": fmt(Cf*1e6, "uF"), "charging voltage": fmt(Vf, "V"), "flash duration": "1.2 ms"},
    "energy stored in the flash capacitor", "J", 0.5*Cf*Vf**2, irrelevant=["flash duration"], solution="E = C V^2/2")

Ap, gp, kr = 0.015, 0.12, 3.3
add("electricity", f"A home-made capacitor uses two foil sheets of overlapping area {Ap} m^2 separated by a {gp} mm plastic film with dielectric constant {kr}. What is its capacitance?",
    {"plate area": fmt(Ap, "m^2"), "film thickness": fmt(gp, "mm"), "dielectric constant of the film": fmt(kr, "")},
    "capacitance of the home-made capacitor", "nF", kr*eps0*Ap/(gp*1e-3)*1e9, solution="C = k eps0 A/d")

Va = 650.0
add("electricity", f"An electron starts from rest and is accelerated through a potential difference of {Va:g} V in an old oscilloscope tube. What speed does it reach?",
    {"accelerating voltage": fmt(Va, "V")}, "final speed of the electron", "m/s", math.sqrt(2*e*Va/me), laws=2,
    solution="e V = m v^2/2", assumptions="non-relativistic (v << c)")

Cd, Ed = 165e-6, 360.0
add("electricity", f"A defibrillator stores {Ed:g} J in a {Cd*1e6:g} uF capacitor. To what voltage is the capacitor charged?",
    {"stored energy": fmt(Ed, "J"), "capacitance": fmt(Cd*1e6, "uF")},
    "charging voltage of the defibrillator capacitor", "V", math.sqrt(2*Ed/Cd), solution="V = sqrt(2E/C)")

cap, vb_ = 4600.0, 3.87
add("electricity", f"A 190 g phone has a battery rated {cap:g} mA*h at a nominal {vb_} V. How much energy can it store, in watt-hours?",
    {"battery capacity": fmt(cap, "mA*h"), "nominal voltage": fmt(vb_, "V"), "mass of the phone": "190 g"},
    "energy stored in the phone battery", "W*h", cap/1000*vb_, irrelevant=["mass of the phone"], solution="E = Q V")

qv, rv = 3.2e-6, 0.42
add("electricity", f"What is the electric potential {rv} m from a point charge of {qv*1e6:g} uC (taking zero at infinity)?",
    {"point charge": fmt(qv*1e6, "uC"), "distance from the charge": fmt(rv, "m")},
    "electric potential at that distance", "kV", kC*qv/rv/1e3, solution="V = k q/r")

Vpl, dpl = 12.0, 2.8
add("electricity", f"A {Vpl:g} V battery is connected across two parallel metal plates {dpl} mm apart. What force does the field between them exert on an electron?",
    {"battery voltage": fmt(Vpl, "V"), "plate separation": fmt(dpl, "mm")},
    "force on an electron between the plates", "N", e*Vpl/(dpl*1e-3), laws=2,
    solution="E = V/d; F = e E", assumptions="uniform field; magnitude")

Rvg, Vvg = 0.16, 185e3
add("electricity", f"A science-museum Van de Graaff generator has a dome of radius {Rvg} m charged to {Vvg/1e3:g} kV. How much charge sits on the dome?",
    {"dome radius": fmt(Rvg, "m"), "dome potential": fmt(Vvg/1e3, "kV")},
    "charge on the dome", "uC", Vvg*Rvg/kC*1e6, solution="V = k Q/R", assumptions="isolated sphere")

# ===================== CIRCUITS (10) =====================
Vsup, VL, IL = 5.0, 2.05, 0.016
add("circuits", f"A hobbyist powers a green LED from a {Vsup:g} V USB supply. The LED drops {VL} V and should carry {IL*1000:g} mA. What series resistor is needed?",
    {"supply voltage": fmt(Vsup, "V"), "LED forward voltage": fmt(VL, "V"), "LED current": fmt(IL*1000, "mA")},
    "value of the series resistor", "ohm", (Vsup-VL)/IL, laws=2, solution="R = (Vs - Vf)/I")

Ra, Rb, Rc = 220.0, 330.0, 100.0
add("circuits", f"On a breadboard, a {Ra:g} ohm and a {Rb:g} ohm resistor are connected in parallel, and that pair is wired in series with a {Rc:g} ohm resistor. What is the total resistance?",
    {"first parallel resistor": fmt(Ra, "ohm"), "second parallel resistor": fmt(Rb, "ohm"), "series resistor": fmt(Rc, "ohm")},
    "total resistance of the network", "ohm", Rc+Ra*Rb/(Ra+Rb), laws=2, solution="R = R3 + R1R2/(R1+R2)")

Rrc, Crc = 47e3, 100e-6
add("circuits", f"A {Rrc/1e3:g} kilohm resistor charges a {Crc*1e6:g} uF capacitor from a fixed supply, starting empty. How long until it reaches 90 % of the supply voltage?",
    {"resistance": fmt(Rrc/1e3, "kohm"), "capacitance": fmt(Crc*1e6, "uF")},
    "time to charge to 90 percent", "s", Rrc*Crc*math.log(10), laws=2, solution="tau = RC; t = tau ln(10)")

Vt_, Rt, Lcord = 230.0, 24.5, 1.2
add("circuits", f"A toaster's heating element has a resistance of {Rt} ohm when hot and is plugged into {Vt_:g} V mains with a {Lcord} m cord. What power does it draw?",
    {"element resistance": fmt(Rt, "ohm"), "mains voltage": fmt(Vt_, "V"), "cord length": fmt(Lcord, "m")},
    "power drawn by the toaster", "W", Vt_**2/Rt, irrelevant=["cord length"], solution="P = V^2/R")

Cb, Ich = 3350.0, 1.6
add("circuits", f"A phone battery of {Cb:g} mA*h is charged from empty with a constant {Ich} A. Ideally, how many hours does it take?",
    {"battery capacity": fmt(Cb, "mA*h"), "charging current": fmt(Ich, "A")},
    "charging time", "h", Cb/1000/Ich, solution="t = Q/I", assumptions="constant current, no losses")

Pold, Pnew, hpd, nd2 = 60.0, 8.5, 4.5, 365
add("circuits", f"A household swaps a {Pold:g} W incandescent bulb for an {Pnew} W LED lamp that gives the same light. The lamp is on {hpd} hours a day. How much energy is saved over {nd2} days?",
    {"incandescent bulb power": fmt(Pold, "W"), "LED lamp power": fmt(Pnew, "W"), "daily use": fmt(hpd, "h"), "number of days": fmt(nd2, "")},
    "energy saved over the year", "kW*h", (Pold-Pnew)*hpd*nd2/1000, solution="dE = (P1 - P2) t")

V9, R1_, R2_ = 9.0, 10e3, 4.7e3
add("circuits", f"A 9 V battery feeds a voltage divider of {R1_/1e3:g} kilohm (top) and {R2_/1e3:g} kilohm (bottom). What voltage appears across the bottom resistor with nothing else connected?",
    {"battery voltage": fmt(V9, "V"), "top resistor": fmt(R1_/1e3, "kohm"), "bottom resistor": fmt(R2_/1e3, "kohm")},
    "voltage across the bottom resistor", "V", V9*R2_/(R1_+R2_), solution="Vout = V R2/(R1+R2)")

Lw, Aw2, rhoCu, Iw = 25.0, 1.5, 1.68e-8, 10.0
add("circuits", f"A {Lw:g} m extension lead has copper conductors of {Aw2} mm^2 cross-section (resistivity {rhoCu:g} ohm*m) and carries {Iw:g} A to a heater. What voltage is lost along the lead, counting both the live and the neutral conductor?",
    {"lead length": fmt(Lw, "m"), "conductor cross-section": fmt(Aw2, "mm^2"), "resistivity of copper": fmt(rhoCu, "ohm*m"), "current": fmt(Iw, "A")},
    "voltage drop along the extension lead", "V", Iw*rhoCu*2*Lw/(Aw2*1e-6), laws=2,
    solution="R = rho (2L)/A; dV = I R", assumptions="go and return conductor each of the lead length")

Lr, Cr = 10e-6, 220e-12
add("circuits", f"A crystal-radio tuning circuit combines a {Lr*1e6:g} uH coil with a {Cr*1e12:g} pF capacitor. At what frequency does it resonate?",
    {"coil inductance": fmt(Lr*1e6, "uH"), "capacitance": fmt(Cr*1e12, "pF")},
    "resonant frequency of the LC circuit", "MHz", 1/(2*math.pi*math.sqrt(Lr*Cr))/1e6, solution="f = 1/(2 pi sqrt(LC))")

E9, rint, Rload = 9.0, 1.8, 47.0
add("circuits", f"A 9 V battery with an internal resistance of {rint} ohm drives a {Rload:g} ohm load. What voltage does a meter read across the battery's terminals?",
    {"battery emf": fmt(E9, "V"), "internal resistance": fmt(rint, "ohm"), "load resistance": fmt(Rload, "ohm")},
    "terminal voltage of the battery", "V", E9*Rload/(Rload+rint), laws=2, solution="I = E/(R + r); V = I R")

# ===================== MAGNETISM (10) =====================
Nsol, Lsol, Isol = 850, 0.24, 1.3
add("magnetism", f"A hobby solenoid 3 cm in diameter is wound with {Nsol} turns over a length of {Lsol} m and carries {Isol} A. What is the magnetic field near its centre?",
    {"number of turns": fmt(Nsol, ""), "solenoid length": fmt(Lsol, "m"), "current": fmt(Isol, "A"), "coil diameter": "3 cm"}, irrelevant=["coil diameter"],
    find="magnetic field inside the solenoid", unit="mT", expected=mu0*Nsol/Lsol*Isol*1e3, solution="B = mu0 N I/L",
    assumptions="long air-cored solenoid")

Iwr, dwr = 16.0, 0.045
add("magnetism", f"A long straight cable carries a steady {Iwr:g} A. How strong is its magnetic field {dwr*100:g} cm from the cable's axis?",
    {"current in the cable": fmt(Iwr, "A"), "distance from the cable": fmt(dwr*100, "cm")},
    "magnetic field at that distance", "uT", mu0*Iwr/(2*math.pi*dwr)*1e6, solution="B = mu0 I/(2 pi r)")

Lf, If, Bf = 0.28, 6.5, 0.42
add("magnetism", f"A {Lf} m length of wire in a loudspeaker-style motor carries {If} A at right angles to a {Bf} T magnetic field. What force acts on it?",
    {"length of wire in the field": fmt(Lf, "m"), "current": fmt(If, "A"), "magnetic flux density": fmt(Bf, "T")},
    "force on the wire", "N", Bf*If*Lf, solution="F = B I L")

Bm = 1.5
add("magnetism", f"Inside a {Bm} T MRI magnet, a free proton moving perpendicular to the field circles at its cyclotron frequency. What is that frequency?",
    {"magnetic field of the scanner": fmt(Bm, "T")}, "cyclotron frequency of the proton", "MHz",
    e*Bm/(2*math.pi*mp)/1e6, solution="f = qB/(2 pi m)", assumptions="non-relativistic proton (not the NMR Larmor frequency)")

ve, Be = 2.1e6, 0.85e-3
add("magnetism", f"An electron travelling at {ve:g} m/s enters a uniform {Be*1e3:g} mT field at right angles. What is the radius of its circular path?",
    {"electron speed": fmt(ve, "m/s"), "magnetic field": fmt(Be*1e3, "mT")},
    "radius of the electron's path", "cm", me*ve/(e*Be)*100, solution="r = m v/(e B)")

Nc, Ac, dB, dtB = 180, 12.5, 0.32, 0.045
add("magnetism", f"A {Nc}-turn pick-up coil of area {Ac} cm^2 sits with its axis along a field that rises steadily from zero to {dB} T in {dtB} s. What average emf is induced?",
    {"number of turns": fmt(Nc, ""), "coil area": fmt(Ac, "cm^2"), "final field": fmt(dB, "T"), "time for the change": fmt(dtB, "s")},
    "average induced emf", "V", Nc*Ac*1e-4*dB/dtB, solution="emf = N A dB/dt", assumptions="magnitude")

Ng, Ag, Bg, fg = 160, 3.8e-4, 0.12, 22.0
add("magnetism", f"A bicycle dynamo's coil has {Ng} turns of area {Ag:g} m^2 and spins at {fg:g} revolutions per second in a {Bg} T field. What is the peak voltage it produces?",
    {"number of turns": fmt(Ng, ""), "coil area": fmt(Ag, "m^2"), "magnetic field": fmt(Bg, "T"), "rotation rate": fmt(fg, "Hz")},
    "peak emf of the dynamo", "V", Ng*Bg*Ag*2*math.pi*fg, laws=2, solution="omega = 2 pi f; emf0 = N B A omega")

Vp, Vs_, Is_ = 230.0, 12.0, 2.5
add("magnetism", f"An ideal step-down transformer turns {Vp:g} V mains into {Vs_:g} V for a garden lighting set that draws {Is_} A. What current flows in the primary?",
    {"primary voltage": fmt(Vp, "V"), "secondary voltage": fmt(Vs_, "V"), "secondary current": fmt(Is_, "A")},
    "primary current", "A", Is_*Vs_/Vp, solution="Vp Ip = Vs Is", assumptions="ideal, lossless")

Bearth, Aloop, ang = 49e-6, 0.85, 35.0
add("magnetism", f"The Earth's magnetic field at a lab is {Bearth*1e6:g} uT. A wire loop enclosing {Aloop} m^2 has its normal at {ang:g} degrees to the field. What flux passes through it?",
    {"Earth's field": fmt(Bearth*1e6, "uT"), "loop area": fmt(Aloop, "m^2"), "angle between field and loop normal": fmt(ang, "deg")},
    "magnetic flux through the loop", "uWb", Bearth*Aloop*math.cos(math.radians(ang))*1e6, solution="Phi = B A cos(theta)")

vtr, Bv, La = 83.0, 44e-6, 1.5
add("magnetism", f"A high-speed train runs at {vtr:g} m/s where the vertical component of the Earth's field is {Bv*1e6:g} uT. What emf is induced across one of its {La} m long axles?",
    {"train speed": fmt(vtr, "m/s"), "vertical component of the Earth's field": fmt(Bv*1e6, "uT"), "axle length": fmt(La, "m")},
    "emf across the axle", "mV", Bv*La*vtr*1e3, solution="emf = B L v")

# ===================== MODERN (10) =====================
lg = 515.0
add("modern", f"What is the energy of one photon from a {lg:g} nm cyan laser, in electronvolts?",
    {"laser wavelength": fmt(lg, "nm")}, "photon energy", "eV", h*c/(lg*1e-9)/eV, solution="E = hc/lambda")

luv, W = 254.0, 4.26
add("modern", f"A germicidal mercury lamp emits {luv:g} nm ultraviolet light onto a silver plate whose work function is {W} eV. What is the maximum kinetic energy of the ejected photoelectrons?",
    {"wavelength of the UV light": fmt(luv, "nm"), "work function of silver": fmt(W, "eV")},
    "maximum kinetic energy of the photoelectrons", "eV", h*c/(luv*1e-9)/eV - W, laws=2,
    solution="K = hc/lambda - W")

Vx = 82e3
add("modern", f"A dental X-ray tube operates at {Vx/1e3:g} kV with a tube current of 8 mA. What is the shortest wavelength in its spectrum?",
    {"tube voltage": fmt(Vx/1e3, "kV"), "tube current": "8 mA"}, "minimum X-ray wavelength", "pm", h*c/(e*Vx)*1e12, irrelevant=["tube current"],
    solution="lambda_min = hc/(eV) (Duane-Hunt)")

Vd = 220.0
p_ = math.sqrt(2*me*e*Vd)
add("modern", f"In an electron-diffraction demonstration, electrons are accelerated from rest through {Vd:g} V. What is their de Broglie wavelength?",
    {"accelerating voltage": fmt(Vd, "V")}, "de Broglie wavelength of the electrons", "nm", h/p_*1e9, laws=2,
    solution="p = sqrt(2 m e V); lambda = h/p", assumptions="non-relativistic")

ni, nf = 5, 2
RH = sc.Rydberg/(1+me/mp)
add("modern", f"A hydrogen atom drops from the n = {ni} level to the n = {nf} level. What is the wavelength of the emitted light?",
    {"upper level": fmt(ni, ""), "lower level": fmt(nf, "")}, "wavelength of the emitted photon", "nm",
    1/(RH*(1/nf**2-1/ni**2))*1e9, solution="1/lambda = R_H (1/nf^2 - 1/ni^2)", assumptions="Bohr/Rydberg formula, reduced-mass R_H")

Tb = 37.0
add("modern", f"At what wavelength does a human body at {Tb:g} degC emit most strongly, treating it as a black body?",
    {"body temperature": fmt(Tb, "degC")}, "wavelength of peak thermal emission", "um", wien/(Tb+K0)*1e6,
    solution="lambda_max = b/T (Wien)")

lyag = 1064.0
add("modern", f"What momentum does a single photon from a {lyag:g} nm Nd:YAG surgical laser carry?",
    {"laser wavelength": fmt(lyag, "nm")}, "momentum of one photon", "kg*m/s", h/(lyag*1e-9), solution="p = h/lambda")

Plp, llp = 4.5e-3, 650.0
add("modern", f"A red laser pointer puts out {Plp*1e3:g} mW at {llp:g} nm. How many photons leave it per second?",
    {"optical output power": fmt(Plp*1e3, "mW"), "wavelength": fmt(llp, "nm")}, "photon emission rate", "1/s",
    Plp/(h*c/(llp*1e-9)), laws=2, solution="E = hc/lambda; N = P/E")

thc = 125.0
add("modern", f"X-rays scatter off loosely bound electrons in a patient's tissue at {thc:g} degrees. By how much does their wavelength increase?",
    {"scattering angle": fmt(thc, "deg")}, "Compton wavelength shift", "pm", h/(me*c)*(1-math.cos(math.radians(thc)))*1e12,
    solution="dlambda = h/(m c) (1 - cos theta)")

dxu = 0.25e-9
add("modern", f"An electron is known to be somewhere within a region {dxu*1e9:g} nm wide. What is the minimum uncertainty in its speed?",
    {"position uncertainty": fmt(dxu*1e9, "nm")}, "minimum uncertainty in the electron's speed", "m/s",
    hbar/(2*dxu)/me, laws=2, solution="dp >= hbar/(2 dx); dv = dp/m",
    assumptions="dx taken as the width of the region, Heisenberg dx dp >= hbar/2")

# ===================== NUCLEAR (10) =====================
A0, T12, tt, mpat = 740.0, 6.01, 24.0, 72.0
add("nuclear", f"A technetium-99m dose ({T12} h half-life) is prepared with an activity of {A0:g} MBq for a {mpat:g} kg patient. What is its activity {tt:g} hours later?",
    {"initial activity": fmt(A0, "MBq"), "half-life of Tc-99m": fmt(T12, "h"), "elapsed time": fmt(tt, "h"), "patient mass": fmt(mpat, "kg")},
    "remaining activity of the dose", "MBq", A0*0.5**(tt/T12), irrelevant=["patient mass"], solution="A = A0 2^(-t/T)")

fr, T14 = 0.37, 5730.0
add("nuclear", f"Charcoal from an ancient hearth shows {fr*100:g} % of the carbon-14 activity of living wood. Taking the C-14 half-life as {T14:g} years, how old is the charcoal?",
    {"fraction of C-14 activity remaining": fmt(fr*100, "percent"), "half-life of carbon-14": fmt(T14, "year")},
    "age of the charcoal", "year", T14*math.log(1/fr)/math.log(2), solution="t = T ln(A0/A)/ln 2")

TI = 8.02
add("nuclear", f"Iodine-131, used to treat overactive thyroids, has a half-life of {TI} days. What is its decay constant per second?",
    {"half-life of iodine-131": fmt(TI, "day")}, "decay constant of I-131", "1/s", math.log(2)/(TI*day),
    solution="lambda = ln2/T")

TF, AF = 109.8, 370e6
add("nuclear", f"A PET scan syringe holds fluorine-18 (half-life {TF} min) with an activity of {AF/1e6:g} MBq. How many F-18 nuclei does it contain?",
    {"half-life of fluorine-18": fmt(TF, "min"), "activity": fmt(AF/1e6, "MBq")},
    "number of F-18 nuclei", "", AF/(math.log(2)/(TF*60)), laws=2, solution="lambda = ln2/T; N = A/lambda")

mHe, mH, mn = 4.002602, 1.007825, 1.008665
add("nuclear", f"Using atomic masses He-4 = {mHe} u, H-1 = {mH} u and neutron = {mn} u, what is the total binding energy of a helium-4 nucleus?",
    {"atomic mass of helium-4": fmt(mHe, "u"), "atomic mass of hydrogen-1": fmt(mH, "u"), "neutron mass": fmt(mn, "u")},
    "binding energy of helium-4", "MeV", (2*mH+2*mn-mHe)*u_MeV, laws=2, solution="dm = 2mH + 2mn - mHe; E = dm c^2")

mD, mT = 2.014102, 3.016049
add("nuclear", f"In a fusion reactor, deuterium ({mD} u) fuses with tritium ({mT} u) to give helium-4 ({mHe} u) and a neutron ({mn} u). How much energy is released per reaction?",
    {"mass of deuterium": fmt(mD, "u"), "mass of tritium": fmt(mT, "u"), "mass of helium-4": fmt(mHe, "u"), "neutron mass": fmt(mn, "u")},
    "energy released per D-T fusion", "MeV", (mD+mT-mHe-mn)*u_MeV, solution="Q = (m_i - m_f) c^2")

mU, Ef, MU, Phosp = 1.0, 200.0, 235.0, 1.3e6
add("nuclear", f"If every nucleus in {mU:g} g of uranium-235 (molar mass {MU:g} g/mol) fissions, releasing about {Ef:g} MeV each, for how many hours could the freed energy supply a hospital that uses a steady {Phosp/1e6:g} MW?",
    {"mass of uranium-235": fmt(mU, "g"), "molar mass of U-235": fmt(MU, "g/mol"), "energy per fission": fmt(Ef, "MeV"), "hospital power demand": fmt(Phosp/1e6, "MW")},
    "time the fission energy could supply the hospital", "h", mU/MU*NA*Ef*MeV/Phosp/hour, laws=3, solution="N = m NA/M; E = N E_f; t = E/P",
    assumptions="Avogadro constant from CODATA; all fission energy delivered usefully")

Eab, mbody, wR = 0.0052, 68.0, 20.0
add("nuclear", f"A worker of mass {mbody:g} kg absorbs {Eab*1000:g} mJ of energy from alpha emitters spread evenly through the body (radiation weighting factor {wR:g}). What equivalent dose does this represent?",
    {"energy absorbed": fmt(Eab*1000, "mJ"), "body mass": fmt(mbody, "kg"), "radiation weighting factor": fmt(wR, "")},
    "equivalent dose received", "mSv", Eab/mbody*wR*1e3, laws=2, solution="D = E/m; H = wR D")

TCo, tCo = 5.27, 12.0
add("nuclear", f"A cobalt-60 radiotherapy source has a half-life of {TCo} years. What fraction of its original activity is left after {tCo:g} years?",
    {"half-life of cobalt-60": fmt(TCo, "year"), "time in service": fmt(tCo, "year")},
    "fraction of activity remaining", "", 0.5**(tCo/TCo), solution="f = 2^(-t/T)")

HVL, xPb = 0.26, 1.2
add("nuclear", f"For the X-rays in a radiography room, lead has a half-value layer of {HVL} mm. What fraction of the beam gets through a lead apron equivalent to {xPb} mm of lead?",
    {"half-value layer of lead": fmt(HVL, "mm"), "lead thickness": fmt(xPb, "mm")},
    "transmitted fraction of the beam", "", 0.5**(xPb/HVL), solution="I/I0 = 2^(-x/HVL)", assumptions="narrow monoenergetic beam")

# ===================== ASTRO (10) =====================
par = 0.0742
add("astro", f"A star's trigonometric parallax is measured as {par} arcseconds. How many light-years away is it?",
    {"parallax angle": fmt(par, "arcsec")}, "distance to the star", "light_year", (1/par)*pc/ly, laws=1,
    solution="d(pc) = 1/p(arcsec); convert pc to ly")

ME, RE, halt = 5.972e24, 6371.0, 550.0
rorb = (RE+halt)*1e3
add("astro", f"A broadband-internet satellite circles {halt:g} km above the Earth's surface. Given Earth's mass {ME:g} kg and radius {RE:g} km, what is its orbital period?",
    {"altitude above the surface": fmt(halt, "km"), "mass of the Earth": fmt(ME, "kg"), "radius of the Earth": fmt(RE, "km")},
    "orbital period of the satellite", "min", 2*math.pi*math.sqrt(rorb**3/(G*ME))/60, laws=2,
    solution="r = R + h; T = 2 pi sqrt(r^3/(GM))", assumptions="circular orbit")

MM, RM = 6.417e23, 3389.5
add("astro", f"A sample-return rocket must leave Mars (mass {MM:g} kg, radius {RM} km). What is the escape speed from the Martian surface?",
    {"mass of Mars": fmt(MM, "kg"), "radius of Mars": fmt(RM, "km")}, "escape speed from Mars", "km/s",
    math.sqrt(2*G*MM/(RM*1e3))/1e3, solution="v = sqrt(2GM/R)", assumptions="no atmosphere or rotation")

Tsd = 86164.1
add("astro", f"A weather satellite must stay above one spot on the equator, so its period equals one sidereal day of {Tsd} s. With Earth's mass {ME:g} kg, what orbital radius (from Earth's centre) does it need?",
    {"sidereal day": fmt(Tsd, "s"), "mass of the Earth": fmt(ME, "kg")}, "radius of the geostationary orbit", "km",
    (G*ME*Tsd**2/(4*math.pi**2))**(1/3)/1e3, solution="r^3 = G M T^2/(4 pi^2)")

Rst, Tst = 1.21e9, 6350.0
add("astro", f"A yellow-white star has a radius of {Rst:g} m and a surface temperature of {Tst:g} K. What is its luminosity?",
    {"radius of the star": fmt(Rst, "m"), "surface temperature": fmt(Tst, "K")}, "luminosity of the star", "W",
    4*math.pi*Rst**2*sigma*Tst**4, solution="L = 4 pi R^2 sigma T^4", assumptions="black body")

Lst, dly = 2.1e27, 8.6
add("astro", f"A bright star with luminosity {Lst:g} W lies {dly} light-years from Earth. What energy flux from it reaches the top of our atmosphere?",
    {"luminosity of the star": fmt(Lst, "W"), "distance to the star": fmt(dly, "light_year")}, "flux from the star at Earth", "W/m^2",
    Lst/(4*math.pi*(dly*ly)**2), solution="F = L/(4 pi d^2)", assumptions="no interstellar extinction")

lpk = 415.0
add("astro", f"A hot star's spectrum peaks at {lpk:g} nm. Estimate its surface temperature.",
    {"peak wavelength": fmt(lpk, "nm")}, "surface temperature of the star", "K", wien/(lpk*1e-9), solution="T = b/lambda_max")

vrec, H0 = 7350.0, 70.0
add("astro", f"A spiral galaxy recedes from us at {vrec:g} km/s. With a Hubble constant of {H0:g} km/s/Mpc, how far away is it?",
    {"recession speed": fmt(vrec, "km/s"), "Hubble constant": fmt(H0, "km/s/Mpc")}, "distance to the galaxy", "Mpc",
    vrec/H0, solution="d = v/H0")

Mst, aex = 1.62e30, 0.052
add("astro", f"A hot Jupiter with a radius of 7.1e7 m orbits a star of mass {Mst:g} kg at a distance of {aex} au. How many days does one orbit take?",
    {"mass of the star": fmt(Mst, "kg"), "orbital radius": fmt(aex, "au"), "radius of the planet": "7.1e7 m"}, irrelevant=["radius of the planet"],
    find="orbital period of the planet", unit="day", expected=
    2*math.pi*math.sqrt((aex*AU)**3/(G*Mst))/day, solution="T = 2 pi sqrt(a^3/(G M))", assumptions="planet mass negligible, circular orbit")

Mmoon, Rmoon, mast = 7.342e22, 1737.4, 96.0
gm = G*Mmoon/(Rmoon*1e3)**2
add("astro", f"An astronaut in a spacesuit has a total mass of {mast:g} kg. The Moon has mass {Mmoon:g} kg and radius {Rmoon} km. What does the astronaut weigh on the lunar surface?",
    {"mass of astronaut with suit": fmt(mast, "kg"), "mass of the Moon": fmt(Mmoon, "kg"), "radius of the Moon": fmt(Rmoon, "km")},
    "weight of the astronaut on the Moon", "N", mast*gm, laws=2, solution="g = GM/R^2; W = m g")

# ===================== RELATIVITY (10) =====================
def gam(b): return 1/math.sqrt(1-b*b)
tau, bmu = 2.197, 0.994
add("relativity", f"Cosmic-ray muons have a mean lifetime of {tau} us at rest. For muons created 15 km up and streaming down through the atmosphere at {bmu} c, what is their mean lifetime as measured on the ground?",
    {"rest lifetime of the muon": fmt(tau, "us"), "muon speed": fmt(bmu, "c"), "production altitude": "15 km"}, "dilated lifetime of the muon", "us",
    tau*gam(bmu), irrelevant=["production altitude"], solution="t = gamma tau")

L0, bsh = 86.0, 0.62
add("relativity", f"A cargo spaceship is {L0:g} m long in its own frame. How long does it measure for a space station it passes at {bsh} c?",
    {"proper length of the ship": fmt(L0, "m"), "ship speed": fmt(bsh, "c")}, "contracted length of the ship", "m",
    L0/gam(bsh), solution="L = L0/gamma")

bel = 0.97
mec2 = me*c**2/MeV
add("relativity", f"An electron in a medical linear accelerator moves at {bel} c. What is its kinetic energy?",
    {"electron speed": fmt(bel, "c")}, "kinetic energy of the electron", "MeV", (gam(bel)-1)*mec2, laws=2,
    solution="gamma = 1/sqrt(1 - b^2); K = (gamma - 1) m c^2")

Kp = 2.0e3  # MeV
mpc2 = mp*c**2/MeV
gp_ = 1 + Kp/mpc2
add("relativity", f"A proton from a synchrotron has a kinetic energy of {Kp/1e3:g} GeV. What is its speed as a fraction of the speed of light?",
    {"kinetic energy of the proton": fmt(Kp/1e3, "GeV")}, "speed of the proton as a fraction of c", "",
    math.sqrt(1-1/gp_**2), laws=2, solution="gamma = 1 + K/(m c^2); b = sqrt(1 - 1/gamma^2)", rel_tol=0.001)

bpm = 0.86
add("relativity", f"What is the momentum of an electron moving at {bpm} c?",
    {"electron speed": fmt(bpm, "c")}, "relativistic momentum of the electron", "kg*m/s", gam(bpm)*me*bpm*c, laws=1,
    solution="p = gamma m v")

bu, bv = 0.55, 0.72
add("relativity", f"A starship moving at {bu} c relative to Earth launches a probe straight ahead at {bv} c relative to the ship. How fast does the probe move relative to Earth, as a fraction of c?",
    {"ship speed relative to Earth": fmt(bu, "c"), "probe speed relative to the ship": fmt(bv, "c")},
    "speed of the probe relative to Earth as a fraction of c", "", (bu+bv)/(1+bu*bv), solution="w = (u + v)/(1 + uv/c^2)")

mE = 2.5
add("relativity", f"If {mE} g of matter were converted entirely into energy, how much energy would be released?",
    {"mass converted": fmt(mE, "g")}, "energy released", "TJ", mE*1e-3*c**2/1e12, solution="E = m c^2")

dst, btw = 11.9, 0.92
add("relativity", f"A traveller heads to a star {dst} light-years away (as measured from Earth) at a steady {btw} c. How many years pass on the traveller's own clock during the one-way trip?",
    {"distance to the star": fmt(dst, "light_year"), "travel speed": fmt(btw, "c")}, "traveller's elapsed time", "year",
    dst/btw/gam(btw), laws=2, solution="t_earth = d/v; t = t_earth/gamma",
    assumptions="year = Julian year consistent with the light-year")

ELHC = 6.8e6  # MeV
add("relativity", f"Protons in the 26.7 km ring of the Large Hadron Collider reach a total energy of {ELHC/1e6:g} TeV each. What is their Lorentz factor?",
    {"proton energy": fmt(ELHC/1e6, "TeV"), "ring circumference": "26.7 km"}, "Lorentz factor of the protons", "", ELHC/mpc2, irrelevant=["ring circumference"], solution="gamma = E/(m c^2)")

vgps = 3874.0
add("relativity", f"A GPS satellite moves at {vgps:g} m/s relative to the Earth's centre. Considering only special-relativistic time dilation, by how many microseconds per day does its clock fall behind?",
    {"satellite speed": fmt(vgps, "m/s")}, "daily time lag of the satellite clock", "us",
    (1-1/gam(vgps/c))*86400*1e6, solution="dt = (1 - 1/gamma) x 86400 s", assumptions="day = 86400 s; gravitational effect ignored")

# ===================== NOT DERIVABLE (10) =====================
add("mechanics", "A delivery van doing 22 m/s slams on its brakes on a dry road. How far does it skid before stopping?",
    {"initial speed of the van": "22 m/s"}, "skid distance of the van", "m", outcome="not derivable",
    solution="needs deceleration or friction coefficient", assumptions="friction coefficient / deceleration missing")
add("thermodynamics", "A 3 kW kettle heats water from 15 degC to 100 degC. How long does it take?",
    {"kettle power": "3 kW", "starting temperature": "15 degC", "final temperature": "100 degC"},
    "time to heat the water", "s", outcome="not derivable", solution="needs the amount of water")
add("astro", "A red giant has a surface temperature of 3900 K. What is its luminosity?",
    {"surface temperature": "3900 K"}, "luminosity of the red giant", "W", outcome="not derivable",
    solution="needs the radius (L = 4 pi R^2 sigma T^4)")
add("electricity", "A hobby supercapacitor is rated 10 F. How much energy does it store?",
    {"capacitance": "10 F"}, "stored energy in the supercapacitor", "J", outcome="not derivable",
    solution="needs the voltage or charge")
add("mechanics", "A playground swing with a 22 kg child swings through a 15 degree amplitude. What is its period?",
    {"mass of the child": "22 kg", "amplitude of the swing": "15 deg"}, "period of the swing", "s", outcome="not derivable",
    solution="needs the length of the swing")
add("nuclear", "A hospital receives a batch of iodine-131 (half-life 8.02 days). What will its activity be after 20 days?",
    {"half-life of I-131": "8.02 day", "elapsed time": "20 day"}, "activity after 20 days", "MBq", outcome="not derivable",
    solution="needs the initial activity")
add("optics", "A magnifying glass has a focal length of 9 cm. Where is the image of the postage stamp you are looking at?",
    {"focal length": "9 cm"}, "image distance", "cm", outcome="not derivable", solution="needs the object distance")
add("magnetism", "A coil 0.3 m long carries 2 A. What is the field inside it?",
    {"coil length": "0.3 m", "current": "2 A"}, "magnetic field inside the coil", "mT", outcome="not derivable",
    solution="needs the number of turns")
add("waves", "A cello string 0.69 m long is tuned with a tension of 140 N. What is its fundamental frequency?",
    {"string length": "0.69 m", "string tension": "140 N"}, "fundamental frequency of the cello string", "Hz", outcome="not derivable",
    solution="needs the linear mass density")
add("circuits", "A 470 ohm resistor sits in a hobby circuit. How much power does it dissipate?",
    {"resistance": "470 ohm"}, "power dissipated in the resistor", "W", outcome="not derivable",
    solution="needs the current or the voltage")

# ===================== AMBIGUOUS (8) =====================
add("circuits", "A 100 ohm and a 220 ohm resistor are hooked up together to a 12 V battery. What current does the battery supply?",
    {"first resistor": "100 ohm", "second resistor": "220 ohm", "battery voltage": "12 V"},
    "current from the battery", "mA", outcome="ambiguous", laws=2,
    solution="series: 37.5 mA; parallel: 174.5 mA", assumptions="connection (series/parallel) not stated")
add("waves", "A guitar string sounded together with a 440 Hz tuning fork gives 3 beats per second. What is the string's frequency?",
    {"tuning fork frequency": "440 Hz", "beat frequency": "3 Hz"}, "frequency of the string", "Hz", outcome="ambiguous",
    solution="437 Hz or 443 Hz")
add("optics", "A lens of focal length 15 cm forms an image 40 cm from the lens. How far from the lens is the object?",
    {"focal length": "15 cm", "image distance from the lens": "40 cm"}, "object distance", "cm", outcome="ambiguous",
    solution="real image: 24 cm; virtual image: 10.9 cm", assumptions="converging lens; real vs virtual image not stated")
add("thermodynamics", "Two moles of nitrogen are heated from 300 K to 380 K. How much heat is needed?",
    {"amount of nitrogen": "2 mol", "initial temperature": "300 K", "final temperature": "380 K"}, "heat supplied", "J",
    outcome="ambiguous", solution="constant volume: 5/2 nR dT = 3326 J; constant pressure: 7/2 nR dT = 4656 J")
add("mechanics", "A stone is thrown at 12 m/s from the edge of a 25 m high sea cliff. How long is it in the air before hitting the water?",
    {"launch speed": "12 m/s", "cliff height": "25 m"}, "time of flight of the stone", "s", outcome="ambiguous",
    solution="thrown up vs down vs horizontally give different times", assumptions="direction of throw not stated")
add("astro", "A satellite orbits 7000 km from the Earth (Earth mass 5.972e24 kg, radius 6371 km). What is its orbital period?",
    {"distance from the Earth": "7000 km", "mass of the Earth": "5.972e24 kg", "radius of the Earth": "6371 km"},
    "orbital period", "min", outcome="ambiguous", laws=2,
    solution="from centre: 97.2 min; above surface: 256 min", assumptions="distance from centre vs surface unclear")
add("relativity", "Two spacecraft move along the same line at 0.5 c and 0.7 c relative to Earth. How fast does one move relative to the other, as a fraction of c?",
    {"speed of craft 1": "0.5 c", "speed of craft 2": "0.7 c"}, "relative speed of the spacecraft as a fraction of c", "",
    outcome="ambiguous", solution="same direction: 0.31 c; opposite: 0.89 c")
add("magnetism", "Two long parallel power cables 10 cm apart carry 40 A and 25 A. What is the magnetic field midway between them?",
    {"current in cable 1": "40 A", "current in cable 2": "25 A", "separation": "10 cm"}, "magnetic field midway", "uT",
    outcome="ambiguous", solution="same direction: 60 uT; opposite: 260 uT", assumptions="current directions not stated")

# ===================== ILL-POSED (12) =====================
add("thermodynamics", "An inventor claims an engine running between 400 K and 250 K has an efficiency of 55 %. How much work does it produce per 1000 J of heat taken in?",
    {"hot reservoir temperature": "400 K", "cold reservoir temperature": "250 K", "efficiency": "55 percent", "heat input": "1000 J"},
    "work output per cycle", "J", outcome="ill-posed", solution="Carnot limit is 37.5 %; 55 % impossible")
add("relativity", "A proton in a cosmic-ray shower travels at 1.15 c. What is its Lorentz factor?",
    {"proton speed": "1.15 c"}, "Lorentz factor", "", outcome="ill-posed", solution="v > c is impossible")
add("thermodynamics", "A sealed 2 L flask holds 0.1 mol of helium at -20 K. What is the pressure inside?",
    {"volume of the flask": "2 L", "amount of helium": "0.1 mol", "temperature": "-20 K"}, "pressure in the flask", "kPa",
    outcome="ill-posed", solution="negative absolute temperature")
add("circuits", "A 100 ohm resistor has 12 V across it and an ammeter shows 0.5 A through it. What power does it dissipate?",
    {"resistance": "100 ohm", "voltage across the resistor": "12 V", "current through the resistor": "0.5 A"},
    "power dissipated", "W", outcome="ill-posed", solution="V/R = 0.12 A contradicts 0.5 A")
add("optics", "A light ray inside a glass block (n = 1.52) hits the glass-air surface at 58 degrees to the normal. At what angle is it refracted into the air?",
    {"refractive index of glass": "1.52", "angle of incidence": "58 deg"}, "angle of refraction", "deg",
    outcome="ill-posed", solution="beyond the critical angle (41 deg): total internal reflection, no refracted ray")
add("modern", "Red light of 700 nm falls on a zinc plate with a work function of 4.3 eV. What is the maximum speed of the photoelectrons?",
    {"wavelength": "700 nm", "work function of zinc": "4.3 eV"}, "maximum speed of the photoelectrons", "m/s",
    outcome="ill-posed", solution="photon energy 1.77 eV < work function: no emission")
add("mechanics", "A tennis ball is tossed straight up at 4 m/s. How long does it take to reach a height of 2.5 m above the hand?",
    {"launch speed": "4 m/s", "target height": "2.5 m"}, "time to reach 2.5 m", "s", outcome="ill-posed",
    solution="maximum height is 0.82 m; never reaches 2.5 m")
add("fluids", "A 3 kg block has a volume of 2 L and a density of 600 kg/m^3. What fraction of it floats above water?",
    {"mass of the block": "3 kg", "volume of the block": "2 L", "density of the block": "600 kg/m^3"},
    "fraction above the waterline", "", outcome="ill-posed", solution="m/V = 1500 kg/m^3 contradicts 600 kg/m^3")
add("nuclear", "A sample of a pure radioisotope with a 5 h half-life had an activity of 800 Bq; it now reads 1200 Bq. How much time has passed?",
    {"initial activity": "800 Bq", "current activity": "1200 Bq", "half-life": "5 h"}, "elapsed time", "h",
    outcome="ill-posed", solution="activity of a pure decaying sample cannot grow")
add("astro", "A satellite in a circular orbit of radius 7000 km around the Earth (mass 5.972e24 kg) moves at 11 km/s. What is its orbital period?",
    {"orbital radius": "7000 km", "mass of the Earth": "5.972e24 kg", "orbital speed": "11 km/s"}, "orbital period", "min",
    outcome="ill-posed", solution="circular speed at 7000 km is 7.55 km/s; 11 km/s exceeds escape speed")
add("electricity", "A 10 uF capacitor charged to 10 V is said to store 5 J. How much charge is on it?",
    {"capacitance": "10 uF", "voltage": "10 V", "stored energy": "5 J"}, "charge on the capacitor", "uC",
    outcome="ill-posed", solution="CV^2/2 = 0.5 mJ, not 5 J")
add("waves", "A 500 Hz sound wave in air has a wavelength of 0.5 m and travels at 343 m/s. What is its period?",
    {"frequency": "500 Hz", "wavelength": "0.5 m", "speed of sound": "343 m/s"}, "period of the wave", "ms",
    outcome="ill-posed", solution="f lambda = 250 m/s contradicts 343 m/s")

# ===================== write =====================
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "batch_f.json"), "w") as fh:
    json.dump(Q, fh, indent=1)
print(len(Q), "questions written")
