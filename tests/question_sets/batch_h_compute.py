"""Batch h: 150 blind physics questions with independently computed answers."""
import math, json, os
import scipy.constants as sc

g0 = 9.80665                  # standard gravity, m/s^2
atm = sc.atm                  # 101325 Pa
c = sc.c; h = sc.h; hbar = sc.hbar; e = sc.e; me = sc.m_e; mp = sc.m_p
kB = sc.k; R = sc.R; NA = sc.N_A; G = sc.G; eps0 = sc.epsilon_0; mu0 = sc.mu_0
sigma = sc.Stefan_Boltzmann; u = sc.physical_constants['atomic mass constant'][0]
MeV = 1e6 * e
k_e = 1 / (4 * math.pi * eps0)
T0 = 273.15
G_ASSUME = "Earth's gravity g = 9.80665 m/s^2 (standard gravity) assumed."

Q = []
def add(field, text, given, find, unit, expected=None, outcome="value", laws=1,
        irrelevant=(), solution="", assumptions="", rel_tol=0.01):
    Q.append({"id": None, "field": field, "text": text, "given": given, "find": find,
              "unit": unit, "expected": (float(expected) if outcome == "value" else None),
              "outcome": outcome, "rel_tol": rel_tol, "laws": laws,
              "irrelevant": list(irrelevant), "solution": solution, "assumptions": assumptions})

def s(x, unit=""):
    return (format(x, ".10g") + (" " + unit if unit else "")).strip()

# ======================= MECHANICS =======================
m, a = 1350, 1.2
add("mechanics", f"A hospital bed lift with its cabin and load has a total mass of {m} kg. As it starts moving up it accelerates at {a} m/s^2. What is the tension in the hoist cable?",
    {"total mass of the lift": s(m, "kg"), "upward acceleration": s(a, "m/s^2")},
    "tension in the hoist cable", "kN", m * (g0 + a) / 1e3, laws=1,
    solution="T = m (g + a)", assumptions=G_ASSUME + " Cable massless.")

v, a, mt = 54, 1.6, 38
add("mechanics", f"A city tram of {mt} t is running at {v} km/h when the driver brakes, giving a steady deceleration of {a} m/s^2. How far does the tram travel before it stops?",
    {"tram mass": s(mt, "t"), "initial speed": s(v, "km/h"), "braking deceleration": s(a, "m/s^2")},
    "stopping distance of the tram", "m", (v / 3.6) ** 2 / (2 * a), laws=1, irrelevant=["tram mass"],
    solution="d = v^2 / (2 a)", assumptions="Constant deceleration.")

m, v, th = 82, 5.4, 3.2
add("mechanics", f"A cyclist and her bike together weigh {m} kg. She rides up a road inclined at {th} degrees at a steady {v} m/s. Ignoring air drag and rolling resistance, what power must she supply just to lift herself up the hill?",
    {"mass of rider and bike": s(m, "kg"), "road slope angle": s(th, "deg"), "riding speed": s(v, "m/s")},
    "power needed to climb", "W", m * g0 * v * math.sin(math.radians(th)), laws=2,
    solution="P = F v = m g sin(theta) v", assumptions=G_ASSUME)

r, mu = 85, 0.72
add("mechanics", f"A motorbike takes a flat bend of radius {r} m. The coefficient of static friction between tyres and tarmac is {mu}. What is the highest speed at which it can take the bend without sliding?",
    {"radius of the bend": s(r, "m"), "tyre-road friction coefficient": s(mu)},
    "maximum cornering speed of the motorbike", "km/h", math.sqrt(mu * g0 * r) * 3.6, laws=2,
    solution="mu m g = m v^2 / r -> v = sqrt(mu g r)", assumptions=G_ASSUME + " Flat (unbanked) road.")

m, dh, t = 74, 1260, 5.5
add("mechanics", f"A {m} kg mountaineer climbs from a hut to a summit {dh} m higher, taking {t} hours. By how much does her gravitational potential energy increase?",
    {"climber's mass": s(m, "kg"), "height gained": s(dh, "m"), "time taken": s(t, "h")},
    "increase in gravitational potential energy of the climber", "kJ", m * g0 * dh / 1e3, laws=1, irrelevant=["time taken"],
    solution="dU = m g dh", assumptions=G_ASSUME + " Uniform g.")

M, F = 5.2e5, 7.6e6
add("mechanics", f"At lift-off a launch vehicle has a mass of {M:.3g} kg and its engines produce {F:.3g} N of thrust. What is its initial upward acceleration?",
    {"lift-off mass": s(M, "kg"), "engine thrust": s(F, "N")},
    "initial acceleration of the rocket", "m/s^2", F / M - g0, laws=2,
    solution="a = F/m - g", assumptions=G_ASSUME + " Vertical launch, no drag at t=0.")

m1, v1, m2 = 2.4e5, 1.8, 1.6e5
add("mechanics", f"In a harbour, barge 1 (mass {m1:.3g} kg) drifts at {v1} m/s into barge 2 (mass {m2:.3g} kg), which is at rest, and the two lock together. How fast do they move just after coupling?",
    {"mass of barge 1": s(m1, "kg"), "speed of barge 1": s(v1, "m/s"), "mass of barge 2": s(m2, "kg")},
    "common speed of the coupled barges", "m/s", m1 * v1 / (m1 + m2), laws=1,
    solution="v = m1 v1 / (m1 + m2)", assumptions="Water drag neglected during the collision.")

m, v, t = 420, 90, 75
add("mechanics", f"A {m} t regional train pulls out of a station and reaches {v} km/h after {t} s. What average net force acted on it?",
    {"train mass": s(m, "t"), "final speed": s(v, "km/h"), "time to reach that speed": s(t, "s")},
    "average net force on the train", "kN", m * 1e3 * (v / 3.6) / t / 1e3, laws=2,
    solution="F = m dv / dt", assumptions="Starts from rest.")

rw, v = 0.34, 7.5
add("mechanics", f"A road bike wheel has a radius of {rw} m. The bike is moving at {v} m/s and the wheel rolls without slipping. How many revolutions per minute is the wheel making?",
    {"wheel radius": s(rw, "m"), "bike speed": s(v, "m/s")},
    "rotation rate of the wheel", "rpm", v / rw * 60 / (2 * math.pi), laws=1,
    solution="omega = v/r; rpm = omega*60/(2 pi)", assumptions="Rolling without slipping.")

v = 85
add("mechanics", f"A volcano throws a lump of lava straight up at {v} m/s. Neglecting air resistance, how high above the vent does it rise?",
    {"launch speed of the lava bomb": s(v, "m/s")},
    "maximum height of the lava bomb above the vent", "m", v ** 2 / (2 * g0), laws=1,
    solution="h = v^2 / (2 g)", assumptions=G_ASSUME + " No drag.")

m, dh, t, gg = 960, 42, 28, 9.81
add("mechanics", f"A goods lift raises a {m} kg load through {dh} m in {t} s at constant speed. Take g = {gg} m/s^2. What average power does the motor deliver to the load?",
    {"load mass": s(m, "kg"), "height raised": s(dh, "m"), "time taken": s(t, "s"), "g": s(gg, "m/s^2")},
    "power delivered to the load", "kW", m * gg * dh / t / 1e3, laws=2,
    solution="P = m g h / t", assumptions="g = 9.81 m/s^2 as stated; constant speed so no KE change.")

# ======================= FLUIDS =======================
rho, d = 1025, 27
add("fluids", f"A scuba diver is exploring a wreck {d} m down in sea water of density {rho} kg/m^3. Standard atmospheric pressure acts on the sea surface. What is the absolute pressure on the diver?",
    {"depth of the diver": s(d, "m"), "density of sea water": s(rho, "kg/m^3")},
    "absolute pressure at the diver's depth", "kPa", (atm + rho * g0 * d) / 1e3, laws=1,
    solution="p = p_atm + rho g d", assumptions=G_ASSUME + " Standard atmosphere 101.325 kPa at the surface.")

rho, d, A = 1025, 180, 0.65
add("fluids", f"A submarine's escape hatch has an area of {A} m^2. The boat is {d} m deep in sea water (density {rho} kg/m^3) and its interior is kept at surface atmospheric pressure. What net force does the sea push on the hatch with?",
    {"hatch area": s(A, "m^2"), "depth": s(d, "m"), "sea water density": s(rho, "kg/m^3")},
    "net force of the water on the hatch", "MN", rho * g0 * d * A / 1e6, laws=2,
    solution="F = rho g d A (gauge pressure times area)", assumptions=G_ASSUME)

M, L = 3.1e6, 60
add("fluids", f"A loaded river barge {L} m long has a total mass of {M:.3g} kg and floats in fresh water (1000 kg/m^3). What volume of water does it displace?",
    {"mass of the barge": s(M, "kg"), "barge length": s(L, "m"), "density of fresh water": "1000 kg/m^3"},
    "volume of water displaced by the barge", "m^3", M / 1000, laws=1, irrelevant=["barge length"],
    solution="V = m / rho_water (Archimedes)", assumptions="Floating equilibrium.")

hh, rho = 0.95, 1030
add("fluids", f"A saline drip bag hangs with its fluid surface {hh} m above the cannula in a patient's arm. The fluid density is {rho} kg/m^3. What gauge pressure does the fluid column produce at the cannula, in millimetres of mercury?",
    {"height of the bag above the cannula": s(hh, "m"), "density of the saline": s(rho, "kg/m^3")},
    "gauge pressure at the cannula", "mmHg", rho * g0 * hh / (sc.mmHg), laws=1,
    solution="p = rho g h; convert to mmHg", assumptions=G_ASSUME + " Fluid at rest.")

ra, va, Ac = 1.1, 0.32, 0.25
add("fluids", f"Blood leaves the heart through the aorta, radius {ra} cm, at an average speed of {va} m/s. The total cross-sectional area of all the capillaries is {Ac} m^2. How fast does the blood move through the capillaries?",
    {"aorta radius": s(ra, "cm"), "blood speed in the aorta": s(va, "m/s"), "total capillary cross-section": s(Ac, "m^2")},
    "average blood speed in the capillaries", "mm/s", math.pi * (ra / 100) ** 2 * va / Ac * 1e3, laws=2,
    solution="A1 v1 = A2 v2, A1 = pi r^2", assumptions="Incompressible steady flow.")

rn, Ln, dp, eta = 0.20, 3.8, 12, 1.0e-3
Qv = math.pi * (rn * 1e-3) ** 4 * dp * 1e3 / (8 * eta * Ln * 1e-2)
add("fluids", f"Saline is pushed through a hypodermic needle of inner radius {rn} mm and length {Ln} cm by a pressure difference of {dp} kPa. The saline's viscosity is {eta} Pa*s. What volume flow rate results, assuming laminar flow?",
    {"needle inner radius": s(rn, "mm"), "needle length": s(Ln, "cm"), "pressure difference": s(dp, "kPa"), "viscosity of saline": s(eta, "Pa*s")},
    "volume flow rate through the needle", "mL/min", Qv * 1e6 * 60, laws=1,
    solution="Q = pi r^4 dp / (8 eta L) (Poiseuille)", assumptions="Laminar, Newtonian, fully developed flow.")

hd = 2.3
add("fluids", f"A rainwater tank on a roof springs a small leak {hd} m below the water surface. How fast does water squirt out of the hole?",
    {"depth of the hole below the water surface": s(hd, "m")},
    "exit speed of the water", "m/s", math.sqrt(2 * g0 * hd), laws=1,
    solution="v = sqrt(2 g h) (Torricelli)", assumptions=G_ASSUME + " Tank open to air, large tank, no losses.")

V1, d, rho = 5.8, 18, 1025
p1 = atm + rho * g0 * d
add("fluids", f"A free diver's... no: a scuba diver at {d} m in sea water (density {rho} kg/m^3) holds a full breath of {V1} L and ascends to the surface without exhaling. If the temperature does not change, what volume would that air occupy at the surface (standard atmospheric pressure)?",
    {"lung volume at depth": s(V1, "L"), "depth": s(d, "m"), "sea water density": s(rho, "kg/m^3")},
    "volume of the breath at the surface", "L", V1 * p1 / atm, laws=2,
    solution="p1 = p_atm + rho g d; V2 = V1 p1 / p_atm (Boyle)", assumptions=G_ASSUME + " Isothermal, 101.325 kPa at surface.")
Q[-1]["text"] = Q[-1]["text"].replace("A free diver's... no: a scuba diver", "A scuba diver")

ri, rs = 917, 1025
add("fluids", f"An iceberg that calved from a glacier floats in sea water. Glacier ice has density {ri} kg/m^3 and the sea water {rs} kg/m^3. What fraction of the iceberg's volume sticks out above the water?",
    {"density of the ice": s(ri, "kg/m^3"), "density of sea water": s(rs, "kg/m^3")},
    "fraction of the iceberg's volume above the waterline", "", 1 - ri / rs, laws=1,
    solution="V_sub/V = rho_ice/rho_sea; above = 1 - that", assumptions="Floating equilibrium.")

w, dd = 12, 7.5
add("fluids", f"A canal lock gate is {w} m wide and holds back fresh water {dd} m deep on one side (the other side is empty). What is the total horizontal force of the water on the gate?",
    {"gate width": s(w, "m"), "water depth": s(dd, "m"), "water density": "1000 kg/m^3"},
    "total water force on the lock gate", "MN", 1000 * g0 * w * dd ** 2 / 2 / 1e6, laws=2,
    solution="F = rho g w h^2 / 2 (integrated hydrostatic pressure)", assumptions=G_ASSUME + " Gauge pressure; atmosphere acts on both sides.")

# ======================= THERMODYNAMICS =======================
Tc_, Th_ = 2, 45
add("thermodynamics", f"A home air-source heat pump takes heat from outdoor air at {Tc_} degC and delivers it to radiator water at {Th_} degC. What is the best possible (Carnot) coefficient of performance for heating?",
    {"outdoor air temperature": s(Tc_, "degC"), "radiator water temperature": s(Th_, "degC")},
    "Carnot heating COP of the heat pump", "", (Th_ + T0) / (Th_ - Tc_), laws=1,
    solution="COP_h = T_h / (T_h - T_c), kelvin", assumptions="Reversible cycle.")

Qh, cop, t = 9.5, 3.4, 6
add("thermodynamics", f"A ground-source heat pump supplies {Qh} kW of heat to a house with a coefficient of performance of {cop}. How much electrical energy does it use if it runs for {t} hours?",
    {"heat output": s(Qh, "kW"), "coefficient of performance": s(cop), "running time": s(t, "h")},
    "electrical energy used by the heat pump", "kWh", Qh / cop * t, laws=2,
    solution="P_el = Q_h/COP; E = P_el t", assumptions="Steady operation.")

A, I, t, Lf = 2.5, 420, 6, 334
add("thermodynamics", f"A {A} m^2 patch of a glacier at 0 degC absorbs sunlight at {I} W/m^2 for {t} hours. Taking the latent heat of fusion of ice as {Lf} kJ/kg and assuming all the absorbed energy melts ice, how much ice melts?",
    {"patch area": s(A, "m^2"), "absorbed solar flux": s(I, "W/m^2"), "exposure time": s(t, "h"), "latent heat of fusion of ice": s(Lf, "kJ/kg")},
    "mass of ice melted", "kg", A * I * t * 3600 / (Lf * 1e3), laws=2,
    solution="E = I A t; m = E / L_f", assumptions="Ice already at 0 degC, no losses.")

m, cst, T1, T2 = 3.6, 490, 20, 134
add("thermodynamics", f"A {m} kg stainless-steel tray of surgical instruments (specific heat {cst} J/(kg*K)) is heated in an autoclave from {T1} degC to {T2} degC. How much heat does the steel absorb?",
    {"mass of steel": s(m, "kg"), "specific heat of steel": s(cst, "J/(kg*K)"), "initial temperature": s(T1, "degC"), "final temperature": s(T2, "degC")},
    "heat absorbed by the steel tray", "kJ", m * cst * (T2 - T1) / 1e3, laws=1,
    solution="Q = m c dT", assumptions="Constant specific heat.")

V, p, T, M = 12, 200, 20, 28.97
n = p * 1e5 * V * 1e-3 / (R * (T + T0))
add("thermodynamics", f"A {V} L scuba cylinder is filled with air to {p} bar (absolute) at {T} degC. Treating air as an ideal gas with molar mass {M} g/mol, what mass of air is in the cylinder?",
    {"cylinder volume": s(V, "L"), "fill pressure": s(p, "bar"), "gas temperature": s(T, "degC"), "molar mass of air": s(M, "g/mol")},
    "mass of air in the cylinder", "kg", n * M / 1e3, laws=2,
    solution="n = pV/(RT); m = n M", assumptions="Ideal gas (real air deviates a few % at 200 bar).", rel_tol=0.02)

p1, T1, T2 = 210, 15, 42
add("thermodynamics", f"A diving cylinder at {p1} bar absolute and {T1} degC is left in the sun on a boat deck until the gas reaches {T2} degC. What is the new absolute pressure?",
    {"initial pressure": s(p1, "bar"), "initial gas temperature": s(T1, "degC"), "final gas temperature": s(T2, "degC")},
    "final pressure in the cylinder", "bar", p1 * (T2 + T0) / (T1 + T0), laws=1,
    solution="p2 = p1 T2/T1 (constant volume, kelvin)", assumptions="Ideal gas, rigid cylinder.")

A, L, k, Ti, To = 14, 0.24, 0.72, 21, 3
add("thermodynamics", f"A solid brick wall of a house has an area of {A} m^2 and is {L} m thick, with thermal conductivity {k} W/(m*K). Inside it is {Ti} degC and outside {To} degC. At what rate does heat leak through the wall by conduction?",
    {"wall area": s(A, "m^2"), "wall thickness": s(L, "m"), "thermal conductivity of brick": s(k, "W/(m*K)"), "indoor temperature": s(Ti, "degC"), "outdoor temperature": s(To, "degC")},
    "rate of heat loss through the wall", "W", k * A * (Ti - To) / L, laws=1,
    solution="P = k A dT / L", assumptions="Steady 1-D conduction, surface resistances ignored.")

Tl, eps = 1150, 0.9
add("thermodynamics", f"The crust-free surface of a lava lake glows at {Tl} degC with an emissivity of {eps}. What power does each square metre radiate?",
    {"lava surface temperature": s(Tl, "degC"), "emissivity": s(eps)},
    "radiated power per square metre of lava", "kW/m^2", eps * sigma * (Tl + T0) ** 4 / 1e3, laws=1,
    solution="P/A = eps sigma T^4 (T in K)", assumptions="Emission only, no absorbed back-radiation.")

T1, V1, V2, gam = 17, 0.50, 0.20, 1.4
add("thermodynamics", f"A bicycle pump holds {V1} L of air at {T1} degC. The handle is pushed in quickly so the air is compressed adiabatically to {V2} L (ratio of heat capacities {gam}). How hot does the air get?",
    {"initial air volume": s(V1, "L"), "initial air temperature": s(T1, "degC"), "final air volume": s(V2, "L"), "heat capacity ratio": s(gam)},
    "final temperature of the air", "degC", (T1 + T0) * (V1 / V2) ** (gam - 1) - T0, laws=1,
    solution="T2 = T1 (V1/V2)^(gamma-1)", assumptions="Reversible adiabatic, ideal gas; no valve opens.")

Th, Tc, Pel = 230, 25, 45
add("thermodynamics", f"A geothermal power station near a volcano draws steam at {Th} degC and rejects heat to a river at {Tc} degC. Its generators produce {Pel} MW. What is the maximum possible thermal efficiency of such a plant?",
    {"steam temperature": s(Th, "degC"), "river temperature": s(Tc, "degC"), "electrical output": s(Pel, "MW")},
    "Carnot efficiency of the plant", "percent", (1 - (Tc + T0) / (Th + T0)) * 100, laws=1, irrelevant=["electrical output"],
    solution="eta = 1 - T_c/T_h (kelvin)", assumptions="Reversible engine between the two temperatures.")

T, Mair, hE = 250, 0.02897, 8849
add("thermodynamics", f"Model the atmosphere as isothermal at {T} K with air molar mass {Mair} kg/mol. Sea-level pressure is standard atmospheric pressure. What pressure would a climber find on a summit {hE} m above sea level?",
    {"atmosphere temperature": s(T, "K"), "molar mass of air": s(Mair, "kg/mol"), "summit altitude": s(hE, "m"), "sea-level pressure": "101.325 kPa"},
    "air pressure at the summit", "kPa", atm * math.exp(-Mair * g0 * hE / (R * T)) / 1e3, laws=2,
    solution="p = p0 exp(-M g h / (R T)) (hydrostatics + ideal gas)", assumptions=G_ASSUME + " Isothermal atmosphere.")

# ======================= WAVES =======================
L, T, mu = 0.328, 71, 0.58
add("waves", f"A violin string has a vibrating length of {L} m, is tuned to a tension of {T} N and has a linear density of {mu} g/m. What is its fundamental frequency?",
    {"vibrating length": s(L, "m"), "string tension": s(T, "N"), "mass per unit length": s(mu, "g/m")},
    "fundamental frequency of the violin string", "Hz", math.sqrt(T / (mu * 1e-3)) / (2 * L), laws=2,
    solution="v = sqrt(T/mu); f = v/(2L)", assumptions="Ideal flexible string, fixed ends.")

L, Tc_ = 2.45, 22
vs = math.sqrt(1.4 * R * (Tc_ + T0) / 0.02897)
add("waves", f"An organ pipe open at both ends is {L} m long. The concert hall air is at {Tc_} degC; take air as an ideal diatomic gas with gamma 1.4 and molar mass 28.97 g/mol. What is the pipe's fundamental frequency?",
    {"pipe length": s(L, "m"), "air temperature": s(Tc_, "degC"), "adiabatic index of air": "1.4", "molar mass of air": "28.97 g/mol"},
    "fundamental frequency of the organ pipe", "Hz", vs / (2 * L), laws=2,
    solution="v = sqrt(gamma R T / M); f = v/(2L)", assumptions="No end correction.")

L, v = 0.59, 345
add("waves", f"A clarinet behaves roughly like a tube closed at one end, with an effective length of {L} m. Sound travels at {v} m/s in the player's breath. What is its lowest note's frequency?",
    {"effective tube length": s(L, "m"), "speed of sound": s(v, "m/s")},
    "lowest resonant frequency of the clarinet", "Hz", v / (4 * L), laws=1,
    solution="f = v / (4L)", assumptions="Ideal closed-open tube, no end correction.")

f0, vsrc, v = 960, 25, 340
add("waves", f"An ambulance siren sounds at {f0} Hz. The ambulance drives straight towards a standing pedestrian at {vsrc} m/s. Sound speed is {v} m/s. What frequency does the pedestrian hear?",
    {"siren frequency": s(f0, "Hz"), "ambulance speed": s(vsrc, "m/s"), "speed of sound": s(v, "m/s")},
    "frequency heard by the pedestrian", "Hz", f0 * v / (v - vsrc), laws=1,
    solution="f' = f v / (v - v_s)", assumptions="Still air, approaching source.")

f, v = 3.5, 1540
add("waves", f"A medical ultrasound probe works at {f} MHz. In soft tissue sound travels at {v} m/s. What is the wavelength of the ultrasound in the tissue?",
    {"probe frequency": s(f, "MHz"), "speed of sound in tissue": s(v, "m/s")},
    "ultrasound wavelength in tissue", "mm", v / (f * 1e6) * 1e3, laws=1,
    solution="lambda = v / f", assumptions="")

t, v, f = 78, 1540, 5
add("waves", f"A {f} MHz ultrasound pulse is sent into a patient and the echo from a kidney boundary comes back {t} microseconds later. Taking the speed of sound in tissue as {v} m/s, how deep is the boundary?",
    {"probe frequency": s(f, "MHz"), "echo delay": s(t, "us"), "speed of sound in tissue": s(v, "m/s")},
    "depth of the kidney boundary", "cm", v * t * 1e-6 / 2 * 100, laws=1, irrelevant=["probe frequency"],
    solution="d = v t / 2", assumptions="Straight path, round trip.")

I = 3.2e-3
add("waves", f"During a loud passage the sound intensity at a seat in a concert hall reaches {I} W/m^2. What sound intensity level is that?",
    {"sound intensity at the seat": s(I, "W/m^2")},
    "sound intensity level at the seat", "dB", 10 * math.log10(I / 1e-12), laws=1,
    solution="L = 10 log10(I / 1e-12 W/m^2)", assumptions="Reference intensity 1e-12 W/m^2.")

L1 = 86
add("waves", f"Trumpet 1 alone produces a sound level of {L1} dB at a listener. Trumpet 2, identical and equally far away, joins in playing incoherently at the same loudness. What level does the listener now measure?",
    {"sound level of trumpet 1": s(L1, "dB")},
    "combined sound level of both trumpets", "dB", 10 * math.log10(2 * 10 ** (L1 / 10)), laws=1,
    solution="intensities add: L = L1 + 10 log10 2", assumptions="Incoherent sources, equal intensity.", rel_tol=0.002)

f1, f2 = 440.0, 443.5
add("waves", f"A piano tuner strikes a tuning fork of {f1} Hz together with a piano string that is vibrating at {f2} Hz. How many beats per second does she hear?",
    {"tuning fork frequency": s(f1, "Hz"), "piano string frequency": s(f2, "Hz")},
    "beat frequency", "Hz", abs(f2 - f1), laws=1, solution="f_beat = |f1 - f2|", assumptions="")

dpt, T = 6.5, 9
add("waves", f"Long swell waves with a period of {T} s roll into a harbour where the water is {dpt} m deep. Treating them as shallow-water waves, what is their wavelength in the harbour?",
    {"wave period": s(T, "s"), "water depth": s(dpt, "m")},
    "wavelength of the swell in the harbour", "m", T * math.sqrt(g0 * dpt), laws=2,
    solution="v = sqrt(g d); lambda = v T", assumptions=G_ASSUME + " Shallow-water approximation.")

vp, vsw, dt = 6.1, 3.5, 8.4
add("waves", f"A seismometer on a volcano's flank records the P-wave from a tremor and then the S-wave {dt} s later. The P-waves travel at {vp} km/s and S-waves at {vsw} km/s in the rock. How far away was the tremor's source?",
    {"P-wave speed": s(vp, "km/s"), "S-wave speed": s(vsw, "km/s"), "S minus P arrival gap": s(dt, "s")},
    "distance to the tremor source", "km", dt / (1 / vsw - 1 / vp), laws=2,
    solution="dt = d/vs - d/vp -> d = dt/(1/vs - 1/vp)", assumptions="Straight paths, uniform speeds.")

# ======================= OPTICS =======================
fo, fe, Lt = 4.0, 25, 160
add("optics", f"A lab microscope has an objective of focal length {fo} mm and an eyepiece of focal length {fe} mm, with a {Lt} mm tube length. Taking the near point as 25 cm, what is its overall magnification?",
    {"objective focal length": s(fo, "mm"), "eyepiece focal length": s(fe, "mm"), "tube length": s(Lt, "mm"), "near point distance": "25 cm"},
    "overall magnification of the microscope", "", (Lt / fo) * (250 / fe), laws=2,
    solution="M = (L/f_o)(N/f_e)", assumptions="Standard approximation, final image at infinity.")

fo, fe, D = 1200, 9, 102
add("optics", f"A refracting telescope has a {D} mm aperture objective with a {fo} mm focal length, used with a {fe} mm eyepiece. What angular magnification does it give?",
    {"objective aperture": s(D, "mm"), "objective focal length": s(fo, "mm"), "eyepiece focal length": s(fe, "mm")},
    "angular magnification of the telescope", "", fo / fe, laws=1, irrelevant=["objective aperture"],
    solution="M = f_o / f_e", assumptions="Afocal setup.")

D, lam = 0.254, 550
add("optics", f"What is the smallest angular separation that a telescope with a {D} m diameter mirror can resolve at a wavelength of {lam} nm (Rayleigh criterion)?",
    {"mirror diameter": s(D, "m"), "wavelength": s(lam, "nm")},
    "diffraction-limited angular resolution of the telescope", "arcsec", math.degrees(1.22 * lam * 1e-9 / D) * 3600, laws=1,
    solution="theta = 1.22 lambda / D", assumptions="Circular aperture, perfect optics.")

Mb, Db = 8, 32
add("optics", f"A pair of binoculars is labelled {Mb}x{Db}: {Mb} times magnification and {Db} mm objective lenses. What is the diameter of the exit pupil?",
    {"magnification": s(Mb), "objective diameter": s(Db, "mm")},
    "exit pupil diameter of the binoculars", "mm", Db / Mb, laws=1,
    solution="exit pupil = D / M", assumptions="")

n = 1.333
add("optics", f"A scuba diver looks up at the calm sea surface. Taking the refractive index of the water as {n} and of air as 1.000, beyond what angle from the vertical does she see total internal reflection?",
    {"refractive index of water": s(n), "refractive index of air": "1.000"},
    "critical angle at the water-air surface", "deg", math.degrees(math.asin(1 / n)), laws=1,
    solution="sin(theta_c) = n_air / n_water", assumptions="Flat surface.")

n1, n2 = 1.62, 1.52
add("optics", f"The optical fibres in an endoscope have a core of refractive index {n1} and a cladding of index {n2}. What is the numerical aperture of the fibre?",
    {"core refractive index": s(n1), "cladding refractive index": s(n2)},
    "numerical aperture of the fibre", "", math.sqrt(n1 ** 2 - n2 ** 2), laws=2,
    solution="NA = sqrt(n1^2 - n2^2) (from TIR + Snell)", assumptions="Step-index fibre in air.")

np_, nd = 1.2, 0.25
add("optics", f"An older patient can't focus on anything closer than {np_} m. What lens power must reading glasses have so she can read at {nd*100:g} cm? Neglect the lens-eye distance.",
    {"patient's near point": s(np_, "m"), "desired reading distance": s(nd * 100, "cm")},
    "power of the reading glasses", "1/m", 1 / nd - 1 / np_, laws=1,
    solution="P = 1/d_o - 1/|d_i| with virtual image at near point", assumptions="Thin lens at the eye.")

do, f = 3.2, 3.0
add("optics", f"A slide projector lens of focal length {f} cm holds the slide {do} cm from the lens. How far from the lens is a sharp image formed?",
    {"lens focal length": s(f, "cm"), "slide distance from lens": s(do, "cm")},
    "image distance from the projector lens", "cm", 1 / (1 / f - 1 / do), laws=1,
    solution="1/f = 1/d_o + 1/d_i", assumptions="Thin lens.")

n = 1.52
add("optics", f"At what angle of incidence does light reflected from a sheet of window glass (n = {n}) in air become completely polarised?",
    {"refractive index of the glass": s(n)},
    "Brewster angle for the glass", "deg", math.degrees(math.atan(n)), laws=1,
    solution="tan(theta_B) = n2/n1", assumptions="Air n = 1.")

N, lam = 600, 656.3
add("optics", f"A telescope spectrograph uses a diffraction grating ruled with {N} lines per millimetre. At what angle is the first-order image of the hydrogen-alpha line at {lam} nm?",
    {"grating ruling density": s(N, "1/mm"), "wavelength": s(lam, "nm")},
    "first-order diffraction angle", "deg", math.degrees(math.asin(lam * 1e-9 / (1e-3 / N))), laws=2,
    solution="d = 1/N; d sin(theta) = m lambda", assumptions="Normal incidence.")

# ======================= ELECTRICITY =======================
q1, q2, r = 3.5, -2.2, 4.0
add("electricity", f"Sphere 1 carries {q1} nC and sphere 2 carries {q2} nC; their centres are {r} cm apart in air. What is the size of the electrostatic force between them?",
    {"charge on sphere 1": s(q1, "nC"), "charge on sphere 2": s(q2, "nC"), "separation": s(r, "cm")},
    "magnitude of the force between the spheres", "uN", k_e * abs(q1 * q2) * 1e-18 / (r / 100) ** 2 * 1e6, laws=1,
    solution="F = k |q1 q2| / r^2", assumptions="Point charges, vacuum permittivity for air.")

C, V = 32, 4.8
add("electricity", f"The capacitor in a hospital defibrillator is {C} uF and is charged to {V} kV. How much energy does it store?",
    {"capacitance": s(C, "uF"), "charging voltage": s(V, "kV")},
    "energy stored in the defibrillator capacitor", "J", 0.5 * C * 1e-6 * (V * 1e3) ** 2, laws=1,
    solution="E = C V^2 / 2", assumptions="")

E, V = 270, 3.9
add("electricity", f"A portable defibrillator must store {E} J in its capacitor when charged to {V} kV. What capacitance is needed?",
    {"stored energy": s(E, "J"), "charging voltage": s(V, "kV")},
    "required capacitance", "uF", 2 * E / (V * 1e3) ** 2 * 1e6, laws=1,
    solution="C = 2E / V^2", assumptions="")

A, d, kap = 0.018, 0.12, 3.4
add("electricity", f"A parallel-plate capacitor has plates of area {A} m^2 separated by {d} mm of a polymer film with dielectric constant {kap}. What is its capacitance?",
    {"plate area": s(A, "m^2"), "plate separation": s(d, "mm"), "dielectric constant": s(kap)},
    "capacitance of the capacitor", "nF", kap * eps0 * A / (d * 1e-3) * 1e9, laws=1,
    solution="C = kappa eps0 A / d", assumptions="Edge effects neglected.")

V = 800
add("electricity", f"In an old oscilloscope tube, electrons start from rest and are accelerated through a potential difference of {V} V. How fast are they going when they leave the gun?",
    {"accelerating voltage": s(V, "V")},
    "speed of the electrons", "m/s", math.sqrt(2 * e * V / me), laws=2,
    solution="e V = m v^2 / 2", assumptions="Non-relativistic (error ~0.2%).")

Rs, Vs = 0.15, 180
add("electricity", f"The dome of a Van de Graaff generator in a science museum is a sphere of radius {Rs} m at a potential of {Vs} kV. How much charge is on it?",
    {"sphere radius": s(Rs, "m"), "dome potential": s(Vs, "kV")},
    "charge on the dome", "uC", 4 * math.pi * eps0 * Rs * Vs * 1e3 * 1e6, laws=1,
    solution="V = k Q / R -> Q = 4 pi eps0 R V", assumptions="Isolated sphere.")

qL, VL = 18, 35
add("electricity", f"A lightning flash in a volcanic ash plume moves {qL} C of charge through a potential difference of {VL} MV. How much energy is released?",
    {"charge transferred": s(qL, "C"), "potential difference": s(VL, "MV")},
    "energy released by the lightning flash", "GJ", qL * VL * 1e6 / 1e9, laws=1,
    solution="E = q V", assumptions="Constant potential difference.")

Vm, dm = 70, 7.0
add("electricity", f"The membrane of a nerve cell is {dm} nm thick and has a resting potential difference of {Vm} mV across it. What is the magnitude of the electric field in the membrane?",
    {"membrane thickness": s(dm, "nm"), "resting potential": s(Vm, "mV")},
    "electric field strength in the membrane", "MV/m", Vm * 1e-3 / (dm * 1e-9) / 1e6, laws=1,
    solution="E = V / d", assumptions="Uniform field.")

Ef = 3.0e4
add("electricity", f"In a proton therapy beamline a proton sits in a uniform electric field of {Ef:.3g} N/C. What is its acceleration?",
    {"electric field strength": s(Ef, "N/C")},
    "acceleration of the proton", "m/s^2", e * Ef / mp, laws=2,
    solution="F = qE; a = F/m", assumptions="Non-relativistic, gravity negligible.")

A, I, eta = 22, 850, 20.5
add("electricity", f"A rooftop solar array has {A} m^2 of panels with a conversion efficiency of {eta}%. On a clear day sunlight hits them at {I} W/m^2. What electrical power do they produce?",
    {"panel area": s(A, "m^2"), "panel efficiency": s(eta, "percent"), "solar irradiance": s(I, "W/m^2")},
    "electrical power output of the array", "kW", A * I * eta / 100 / 1e3, laws=1,
    solution="P = eta I A", assumptions="Irradiance normal to panels.")

qp, rp = 2.0, 0.5
add("electricity", f"What is the electric field strength {rp} m from a small charged bead holding {qp} uC in air?",
    {"charge on the bead": s(qp, "uC"), "distance from the bead": s(rp, "m")},
    "electric field strength at that distance", "kN/C", k_e * qp * 1e-6 / rp ** 2 / 1e3, laws=1,
    solution="E = k q / r^2", assumptions="Point charge.")

# ======================= MAGNETISM =======================
B = 3.0
gp = sc.physical_constants['proton gyromag. ratio in MHz/T'][0]
add("magnetism", f"A hospital MRI scanner has a main field of {B} T. At what frequency do hydrogen nuclei (protons) precess?",
    {"main magnetic field": s(B, "T")},
    "proton Larmor frequency", "MHz", gp * B, laws=1,
    solution="f = (gamma/2pi) B, gamma/2pi = 42.577 MHz/T", assumptions="Free proton gyromagnetic ratio (CODATA).")

n, I = 1800, 240
add("magnetism", f"A long superconducting solenoid is wound with {n} turns per metre and carries {I} A. What magnetic field does it produce inside?",
    {"turns per unit length": s(n, "1/m"), "current": s(I, "A")},
    "field inside the solenoid", "T", mu0 * n * I, laws=1,
    solution="B = mu0 n I", assumptions="Long solenoid, air core.")

I, B, th = 950, 52, 60
add("magnetism", f"A high-voltage line carries {I} A through the Earth's magnetic field of {B} uT; the line makes an angle of {th} deg with the field. What force acts on each metre of the line?",
    {"line current": s(I, "A"), "Earth's field strength": s(B, "uT"), "angle between line and field": s(th, "deg")},
    "magnetic force per metre of line", "mN/m", B * 1e-6 * I * math.sin(math.radians(th)) * 1e3, laws=1,
    solution="F/L = B I sin(theta)", assumptions="")

I, r = 600, 2.5
add("magnetism", f"A tram's overhead contact wire carries {I} A. How strong is the magnetic field it creates at a passenger standing {r} m below it?",
    {"current in the wire": s(I, "A"), "distance from the wire": s(r, "m")},
    "magnetic field at the passenger", "uT", mu0 * I / (2 * math.pi * r) * 1e6, laws=1,
    solution="B = mu0 I / (2 pi r)", assumptions="Long straight wire, return current far away.")

v, B = 1.2e7, 1.4
add("magnetism", f"A proton moving at {v:.3g} m/s enters a {B} T magnetic field at right angles. What is the radius of its circular path?",
    {"proton speed": s(v, "m/s"), "magnetic field": s(B, "T")},
    "radius of the proton's path", "cm", mp * v / (e * B) * 100, laws=2,
    solution="q v B = m v^2 / r -> r = m v / (q B)", assumptions="Non-relativistic (v = 0.04c).")

B = 1.6
add("magnetism", f"A hospital cyclotron producing fluorine-18 for PET scans accelerates protons in a {B} T field. At what frequency must the accelerating voltage alternate?",
    {"cyclotron magnetic field": s(B, "T")},
    "cyclotron frequency for protons", "MHz", e * B / (2 * math.pi * mp) / 1e6, laws=2,
    solution="f = q B / (2 pi m)", assumptions="Non-relativistic protons.")

N, A, B, rpm = 320, 12, 0.085, 1500
add("magnetism", f"A small generator coil has {N} turns of area {A} cm^2 and spins at {rpm} rpm in a uniform {B} T field. What is the peak EMF?",
    {"number of turns": s(N), "coil area": s(A, "cm^2"), "field strength": s(B, "T"), "rotation speed": s(rpm, "rpm")},
    "peak EMF of the generator", "V", N * B * A * 1e-4 * rpm * 2 * math.pi / 60, laws=2,
    solution="EMF0 = N B A omega; omega = 2 pi rpm / 60", assumptions="Axis perpendicular to B.")

Lg, v, Bv, mtr = 1.435, 160, 44, 350
add("magnetism", f"A {mtr} t express train runs at {v} km/h on standard-gauge track ({Lg} m between rails). The vertical component of the Earth's field there is {Bv} uT. What EMF is induced across each axle?",
    {"train mass": s(mtr, "t"), "train speed": s(v, "km/h"), "track gauge": s(Lg, "m"), "vertical component of Earth's field": s(Bv, "uT")},
    "EMF induced across an axle", "mV", Bv * 1e-6 * Lg * v / 3.6 * 1e3, laws=1, irrelevant=["train mass"],
    solution="EMF = B L v", assumptions="")

v, B = 3.0e6, 0.25
add("magnetism", f"An electron moves at {v:.3g} m/s perpendicular to a {B} mT magnetic field. What is the magnetic force on it?",
    {"electron speed": s(v, "m/s"), "field strength": s(B, "mT")},
    "magnetic force on the electron", "fN", e * v * B * 1e-3 * 1e15, laws=1,
    solution="F = q v B", assumptions="")

N, A, I, B = 50, 4.0, 0.20, 0.30
add("magnetism", f"A galvanometer coil has {N} turns, each enclosing {A} cm^2, and carries {I} A in a {B} T radial field. What is the maximum torque on the coil?",
    {"number of turns": s(N), "area of each turn": s(A, "cm^2"), "coil current": s(I, "A"), "magnetic field": s(B, "T")},
    "maximum torque on the coil", "mN*m", N * I * A * 1e-4 * B * 1e3, laws=1,
    solution="tau = N I A B", assumptions="")

B = 1.5
add("magnetism", f"How much magnetic energy is stored in each cubic metre inside the bore of a {B} T MRI magnet?",
    {"field in the bore": s(B, "T")},
    "magnetic energy density in the bore", "MJ/m^3", B ** 2 / (2 * mu0) / 1e6, laws=1,
    solution="u = B^2 / (2 mu0)", assumptions="Vacuum/air in the bore.")

# ======================= CIRCUITS =======================
Vp, Vs_, Np = 11000, 440, 1500
add("circuits", f"A distribution transformer steps {Vp/1000:g} kV down to {Vs_} V. Its high-voltage winding has {Np} turns. How many turns does the low-voltage winding need?",
    {"primary voltage": s(Vp / 1000, "kV"), "secondary voltage": s(Vs_, "V"), "primary turns": s(Np)},
    "number of secondary turns", "", Np * Vs_ / Vp, laws=1,
    solution="Ns = Np Vs / Vp", assumptions="Ideal transformer.")

Vp, Vs_, Is = 33, 11, 180
add("circuits", f"An ideal substation transformer converts {Vp} kV to {Vs_} kV. The 11 kV side supplies {Is} A. What current flows in the {Vp} kV side?",
    {"primary voltage": s(Vp, "kV"), "secondary voltage": s(Vs_, "kV"), "secondary current": s(Is, "A")},
    "primary current", "A", Is * Vs_ / Vp, laws=1,
    solution="Vp Ip = Vs Is", assumptions="Ideal, lossless.")

P, V, Rl = 50, 132, 4.5
I = P * 1e6 / (V * 1e3)
add("circuits", f"A power line delivers {P} MW at {V} kV (treat as DC / unity power factor). The line's total resistance is {Rl} ohm. How much power is lost as heat in the line?",
    {"power transmitted": s(P, "MW"), "transmission voltage": s(V, "kV"), "line resistance": s(Rl, "ohm")},
    "resistive power loss in the line", "kW", I ** 2 * Rl / 1e3, laws=2,
    solution="I = P/V; P_loss = I^2 R", assumptions="Single-phase equivalent, unity power factor.")

E, P, Vb = 13.5, 2.4, 50
add("circuits", f"A home battery stores {E} kWh at a nominal {Vb} V. In the evening the house draws a steady {P} kW from it. How long does a full battery last?",
    {"battery capacity": s(E, "kWh"), "battery voltage": s(Vb, "V"), "household load": s(P, "kW")},
    "running time of the battery", "h", E / P, laws=1, irrelevant=["battery voltage"],
    solution="t = E / P", assumptions="All stored energy usable, no losses.")

Rr, Cc = 2.2, 4.7
add("circuits", f"A pacemaker timing circuit charges a {Cc} uF capacitor through a {Rr} Mohm resistor from a fixed supply. How long after switching on does the capacitor reach 90% of the supply voltage?",
    {"resistance": s(Rr, "Mohm"), "capacitance": s(Cc, "uF")},
    "time to reach 90% charge", "s", Rr * 1e6 * Cc * 1e-6 * math.log(10), laws=2,
    solution="V = V0(1 - e^(-t/RC)) -> t = RC ln 10", assumptions="Capacitor initially uncharged.")

R1, R2, V = 26.5, 52.9, 230
add("circuits", f"An electric oven has heating element 1 ({R1} ohm) and heating element 2 ({R2} ohm) connected in parallel across the {V} V mains. What total power does it draw?",
    {"resistance of element 1": s(R1, "ohm"), "resistance of element 2": s(R2, "ohm"), "mains voltage": s(V, "V")},
    "total power of the oven", "W", V ** 2 / R1 + V ** 2 / R2, laws=2,
    solution="P = V^2/R1 + V^2/R2", assumptions="Resistive load, rms voltage.")

P, V = 3.0, 240
add("circuits", f"The immersion heater in a hot-water cylinder is rated {P} kW at {V} V. What is its resistance when hot?",
    {"heater power": s(P, "kW"), "supply voltage": s(V, "V")},
    "resistance of the heater", "ohm", V ** 2 / (P * 1e3), laws=1,
    solution="R = V^2 / P", assumptions="")

L, C = 2.5, 330
add("circuits", f"The tuning circuit of an AM radio uses a {L} mH coil with a {C} pF capacitor. What is its resonant frequency?",
    {"inductance": s(L, "mH"), "capacitance": s(C, "pF")},
    "resonant frequency of the circuit", "kHz", 1 / (2 * math.pi * math.sqrt(L * 1e-3 * C * 1e-12)) / 1e3, laws=1,
    solution="f = 1 / (2 pi sqrt(LC))", assumptions="")

C, f = 4.7, 50
add("circuits", f"What is the reactance of a {C} uF motor-run capacitor on {f} Hz mains?",
    {"capacitance": s(C, "uF"), "mains frequency": s(f, "Hz")},
    "capacitive reactance", "ohm", 1 / (2 * math.pi * f * C * 1e-6), laws=1,
    solution="X_C = 1 / (2 pi f C)", assumptions="")

V, Q_, cons, Im = 36, 14, 11, 9.5
add("circuits", f"An e-bike has a {V} V, {Q_} A*h battery. The motor draws about {Im} A and the bike uses {cons} Wh per kilometre. How far can it go on one full charge?",
    {"battery voltage": s(V, "V"), "battery charge capacity": s(Q_, "A*h"), "energy use per km": s(cons, "W*h/km"), "motor current": s(Im, "A")},
    "range of the e-bike", "km", V * Q_ / cons, laws=2, irrelevant=["motor current"],
    solution="E = V Q; range = E / (energy per km)", assumptions="Full capacity usable.")

emf, r, I = 12.6, 0.018, 150
add("circuits", f"A motorbike battery has an EMF of {emf} V and an internal resistance of {r} ohm. When the starter motor runs it draws {I} A. What voltage appears across the battery terminals?",
    {"battery EMF": s(emf, "V"), "internal resistance": s(r, "ohm"), "starter current": s(I, "A")},
    "terminal voltage while cranking", "V", emf - I * r, laws=1,
    solution="V = EMF - I r", assumptions="")

I, V, pf = 7.8, 230, 0.86
add("circuits", f"The compressor of a heat pump draws {I} A rms from a {V} V single-phase supply at a power factor of {pf}. What real power does it consume?",
    {"current drawn": s(I, "A"), "supply voltage": s(V, "V"), "power factor": s(pf)},
    "real power consumed by the compressor", "kW", V * I * pf / 1e3, laws=1,
    solution="P = V I cos(phi)", assumptions="rms values.")

# ======================= MODERN =======================
V = 120
add("modern", f"A diagnostic X-ray tube runs at {V} kV. What is the shortest wavelength in its X-ray spectrum?",
    {"tube voltage": s(V, "kV")},
    "minimum X-ray wavelength", "pm", h * c / (e * V * 1e3) * 1e12, laws=2,
    solution="e V = h c / lambda_min (Duane-Hunt)", assumptions="")

W, lam = 2.28, 405
add("modern", f"Violet light of wavelength {lam} nm shines on a sodium surface whose work function is {W} eV. What is the maximum kinetic energy of the emitted electrons?",
    {"wavelength of the light": s(lam, "nm"), "work function": s(W, "eV")},
    "maximum kinetic energy of photoelectrons", "eV", h * c / (lam * 1e-9) / e - W, laws=2,
    solution="K = hc/lambda - W", assumptions="")

V = 200
K = e * V * 1e3
add("modern", f"A transmission electron microscope accelerates electrons through {V} kV. What is their de Broglie wavelength? Take relativity into account.",
    {"accelerating voltage": s(V, "kV")},
    "de Broglie wavelength of the electrons", "pm", h / math.sqrt(2 * me * K * (1 + K / (2 * me * c ** 2))) * 1e12, laws=3,
    solution="p c = sqrt(K^2 + 2 K m c^2); lambda = h/p", assumptions="Electrons start at rest.")

lam = 193
add("modern", f"Laser eye surgery uses an argon-fluoride excimer laser at {lam} nm. What energy does each photon carry?",
    {"laser wavelength": s(lam, "nm")},
    "photon energy", "eV", h * c / (lam * 1e-9) / e, laws=1,
    solution="E = hc/lambda", assumptions="")

ni, nf = 5, 2
Rinf = sc.Rydberg
add("modern", f"A hydrogen atom in a gas discharge lamp drops from the n = {ni} level to the n = {nf} level. What is the wavelength of the emitted light?",
    {"initial level": s(ni), "final level": s(nf)},
    "wavelength of the emitted photon", "nm", 1 / (Rinf * (1 / nf ** 2 - 1 / ni ** 2)) * 1e9, laws=1,
    solution="1/lambda = R (1/nf^2 - 1/ni^2)", assumptions="Rydberg constant; reduced-mass correction (0.05%) within tolerance.")

th = 120
add("modern", f"An X-ray photon Compton-scatters off a free electron in a patient's tissue through an angle of {th} deg. By how much does its wavelength increase?",
    {"scattering angle": s(th, "deg")},
    "Compton wavelength shift", "pm", h / (me * c) * (1 - math.cos(math.radians(th))) * 1e12, laws=1,
    solution="d_lambda = (h/mc)(1 - cos theta)", assumptions="Electron free and at rest.")

Ts = 34
add("modern", f"A thermal camera in a hospital images skin at {Ts} degC. At what wavelength does the skin's thermal emission peak?",
    {"skin temperature": s(Ts, "degC")},
    "peak emission wavelength", "um", sc.Wien / (Ts + T0) * 1e6, laws=1,
    solution="lambda_max = b / T", assumptions="Blackbody-like emission.")

dx = 0.1
add("modern", f"An electron is confined to a region {dx} nm wide. What is the minimum uncertainty in its speed?",
    {"width of the region": s(dx, "nm")},
    "minimum uncertainty in the electron's speed", "km/s", hbar / (2 * me * dx * 1e-9) / 1e3, laws=2,
    solution="dp >= hbar/(2 dx); dv = dp/m", assumptions="Taking dx as the position uncertainty.")

P, lam = 5, 532
add("modern", f"A green laser pointer emits {P} mW at {lam} nm. How many photons leave it every second?",
    {"output power": s(P, "mW"), "wavelength": s(lam, "nm")},
    "photon emission rate", "1/s", P * 1e-3 / (h * c / (lam * 1e-9)), laws=2,
    solution="N = P / (hc/lambda)", assumptions="")

Eg = 1.12
add("modern", f"The crystalline silicon in a rooftop solar panel has a band gap of {Eg} eV. What is the longest wavelength of light that can create an electron-hole pair?",
    {"band gap": s(Eg, "eV")},
    "cut-off wavelength for the silicon", "nm", h * c / (Eg * e) * 1e9, laws=1,
    solution="lambda = hc / E_g", assumptions="Single-photon absorption.")

# ======================= NUCLEAR =======================
th, t = 6.01, 24
add("nuclear", f"Technetium-99m has a half-life of {th} hours. What fraction of a dose is still active {t} hours after it was prepared?",
    {"half-life": s(th, "h"), "elapsed time": s(t, "h")},
    "fraction of activity remaining", "", 0.5 ** (t / th), laws=1,
    solution="N/N0 = 2^(-t/T_half)", assumptions="")

A0, th, t, mpt = 740, 6.0, 5.5, 70
add("nuclear", f"A nuclear-medicine dose of {A0} MBq is prepared for a {mpt} kg patient, but the scan is delayed by {t} hours. The isotope's half-life is {th} h. What is the activity at the time of the scan?",
    {"initial activity": s(A0, "MBq"), "patient mass": s(mpt, "kg"), "delay": s(t, "h"), "half-life": s(th, "h")},
    "activity at scan time", "MBq", A0 * 0.5 ** (t / th), laws=1, irrelevant=["patient mass"],
    solution="A = A0 2^(-t/T)", assumptions="")

th, A0, A1 = 109.8, 400, 150
add("nuclear", f"Fluorine-18 (half-life {th} min) leaves the cyclotron with an activity of {A0} MBq. How long until it has decayed to {A1} MBq?",
    {"half-life": s(th, "min"), "starting activity": s(A0, "MBq"), "activity needed": s(A1, "MBq")},
    "time for the activity to fall", "min", th * math.log(A0 / A1) / math.log(2), laws=1,
    solution="t = T ln(A0/A)/ln 2", assumptions="")

mHe, mH, mn = 4.002602, 1.007825, 1.008665
add("nuclear", f"Using atomic masses helium-4 = {mHe} u, hydrogen-1 = {mH} u and neutron = {mn} u, find the total binding energy of the helium-4 nucleus.",
    {"mass of helium-4 atom": s(mHe, "u"), "mass of hydrogen-1 atom": s(mH, "u"), "neutron mass": s(mn, "u")},
    "binding energy of helium-4", "MeV", (2 * mH + 2 * mn - mHe) * u * c ** 2 / MeV, laws=2,
    solution="dm = 2 m_H + 2 m_n - m_He; E = dm c^2", assumptions="Electron binding energies neglected.")

P, Ef, MU = 3.0, 200, 235.04
Nps = P * 1e9 / (Ef * MeV)
add("nuclear", f"A reactor produces {P} GW of thermal power. Each fission of uranium-235 releases about {Ef} MeV. What mass of U-235 (molar mass {MU} g/mol) is fissioned per day?",
    {"thermal power": s(P, "GW"), "energy per fission": s(Ef, "MeV"), "molar mass of U-235": s(MU, "g/mol")},
    "mass of U-235 fissioned per day", "kg", Nps * 86400 / NA * MU / 1e3, laws=3,
    solution="N/s = P/E_f; m = N t M / N_A", assumptions="All heat from U-235 fission.")

fr, th = 0.38, 5730
add("nuclear", f"Wood found under a retreating glacier has {fr*100:g}% of the carbon-14 activity of living wood. Carbon-14 has a half-life of {th} years. How long ago did the tree die?",
    {"remaining C-14 fraction": s(fr * 100, "percent"), "half-life of carbon-14": s(th, "year")},
    "age of the wood", "year", th * math.log(1 / fr) / math.log(2), laws=1,
    solution="t = T ln(A0/A)/ln2", assumptions="Constant atmospheric C-14.")

Eab, mt, wR = 0.012, 0.80, 20
add("nuclear", f"An alpha-emitting source deposits {Eab} J in {mt} kg of tissue. With a radiation weighting factor of {wR} for alphas, what is the equivalent dose?",
    {"energy absorbed": s(Eab, "J"), "tissue mass": s(mt, "kg"), "radiation weighting factor": s(wR)},
    "equivalent dose", "mSv", Eab / mt * wR * 1e3, laws=2,
    solution="D = E/m; H = w_R D", assumptions="")

th = 5.27
yr = 365.25 * 86400
add("nuclear", f"Cobalt-60, used in older radiotherapy units, has a half-life of {th} years. What is its decay constant per second?",
    {"half-life": s(th, "year")},
    "decay constant of cobalt-60", "1/s", math.log(2) / (th * yr), laws=1,
    solution="lambda = ln2 / T", assumptions="Julian year 365.25 d (pint 'year').")

mI, th, MI = 1.0, 8.02, 131
N = mI * 1e-6 / MI * NA
add("nuclear", f"A thyroid treatment capsule contains {mI} ug of iodine-131 (molar mass {MI} g/mol, half-life {th} days). What is its activity?",
    {"mass of I-131": s(mI, "ug"), "molar mass": s(MI, "g/mol"), "half-life": s(th, "day")},
    "activity of the capsule", "GBq", math.log(2) / (th * 86400) * N / 1e9, laws=2,
    solution="N = m N_A / M; A = (ln2/T) N", assumptions="")

mRa, mRn, mal = 226.025410, 222.017578, 4.002603
add("nuclear", f"Radium-226 (atomic mass {mRa} u) alpha-decays to radon-222 ({mRn} u), emitting a helium-4 nucleus (atomic mass {mal} u). What energy is released?",
    {"mass of radium-226": s(mRa, "u"), "mass of radon-222": s(mRn, "u"), "mass of helium-4": s(mal, "u")},
    "Q-value of the decay", "MeV", (mRa - mRn - mal) * u * c ** 2 / MeV, laws=1,
    solution="Q = (m_Ra - m_Rn - m_He) c^2", assumptions="Atomic masses; electrons cancel.")

D1, r1, r2 = 120, 1.0, 3.5
add("nuclear", f"Next to a gamma source in a hospital store, the dose rate is {D1} uSv/h at {r1} m. What is it {r2} m from the source?",
    {"dose rate near the source": s(D1, "uSv/h"), "near distance": s(r1, "m"), "far distance": s(r2, "m")},
    "dose rate at the far distance", "uSv/h", D1 * (r1 / r2) ** 2, laws=1,
    solution="inverse square law", assumptions="Point source, no shielding or scatter.")

# ======================= ASTRO =======================
GM, Ts, RE = 3.986004418e14, 86164.1, 6378.137
rg = (GM * Ts ** 2 / (4 * math.pi ** 2)) ** (1 / 3)
add("astro", f"A communications satellite is to be launched into geostationary orbit. Earth's GM is {GM} m^3/s^2, its sidereal rotation period {Ts} s and its equatorial radius {RE} km. How high above the equator must the satellite orbit?",
    {"Earth's gravitational parameter": s(GM, "m^3/s^2"), "sidereal day": s(Ts, "s"), "Earth's equatorial radius": s(RE, "km")},
    "altitude of geostationary orbit", "km", rg / 1e3 - RE, laws=2,
    solution="r^3 = GM T^2/(4 pi^2); altitude = r - R", assumptions="Circular equatorial orbit.")

ME, RE, hS = 5.972e24, 6371, 420
add("astro", f"A space station circles the Earth {hS} km above the surface. Earth's mass is {ME} kg and radius {RE} km. What is its orbital speed?",
    {"altitude": s(hS, "km"), "mass of the Earth": s(ME, "kg"), "radius of the Earth": s(RE, "km")},
    "orbital speed of the station", "km/s", math.sqrt(G * ME / ((RE + hS) * 1e3)) / 1e3, laws=2,
    solution="v = sqrt(G M / (R + h))", assumptions="Circular orbit.")

MM, RM = 7.342e22, 1737.4
add("astro", f"A lander lifting off from the Moon (mass {MM} kg, radius {RM} km) wants to escape the Moon's gravity entirely. What minimum launch speed is needed from the surface?",
    {"lunar mass": s(MM, "kg"), "lunar radius": s(RM, "km")},
    "escape speed from the Moon", "km/s", math.sqrt(2 * G * MM / (RM * 1e3)) / 1e3, laws=1,
    solution="v = sqrt(2 G M / R)", assumptions="No atmosphere, non-rotating.")

ve, m0, mf = 3.1, 550, 140
add("astro", f"A rocket stage starts with a mass of {m0} t and burns propellant until {mf} t remain. Its exhaust speed is {ve} km/s. What change in speed does the burn give in free space?",
    {"initial mass": s(m0, "t"), "final mass": s(mf, "t"), "exhaust speed": s(ve, "km/s")},
    "delta-v of the stage", "km/s", ve * math.log(m0 / mf), laws=1,
    solution="dv = v_e ln(m0/mf) (Tsiolkovsky)", assumptions="No gravity or drag losses.")

aM = 1.524
add("astro", f"Mars orbits the Sun with a semi-major axis of {aM} AU. How long is a Martian year?",
    {"semi-major axis of Mars": s(aM, "au")},
    "orbital period of Mars", "year", aM ** 1.5 * (365.256363 * 86400) / yr, laws=1,
    solution="T = a^1.5 (Kepler III, Earth years)", assumptions="Planet mass negligible; Earth's sidereal year = 1 year (within tolerance of 365.25 d).")

S = 1361
add("astro", f"At the Earth's distance from the Sun (one astronomical unit) a satellite measures solar irradiance of {S} W/m^2. What is the Sun's total luminosity?",
    {"solar irradiance at Earth": s(S, "W/m^2"), "Earth-Sun distance": "1 au"},
    "luminosity of the Sun", "W", 4 * math.pi * sc.au ** 2 * S, laws=1,
    solution="L = 4 pi d^2 S", assumptions="Isotropic emission.")

MMa, RMa = 6.417e23, 3389.5
add("astro", f"Mars has a mass of {MMa} kg and a mean radius of {RMa} km. What is the gravitational acceleration at its surface?",
    {"mass of Mars": s(MMa, "kg"), "radius of Mars": s(RMa, "km")},
    "surface gravity on Mars", "m/s^2", G * MMa / (RMa * 1e3) ** 2, laws=1,
    solution="g = G M / R^2", assumptions="Non-rotating sphere.")

vr, H0 = 7.2e3, 70
add("astro", f"An astronomer measures a galaxy receding at {vr:g} km/s. With a Hubble constant of {H0} km/s per megaparsec, how far away is it?",
    {"recession speed": s(vr, "km/s"), "Hubble constant": s(H0, "km/s/Mpc")},
    "distance to the galaxy", "Mpc", vr / H0, laws=1,
    solution="d = v / H0", assumptions="Hubble flow, no peculiar velocity.")

m1, m2 = 2.1, 5.6
add("astro", f"Through a backyard telescope star 1 has apparent magnitude {m1} and star 2 has apparent magnitude {m2}. How many times brighter does star 1 appear than star 2?",
    {"magnitude of star 1": s(m1), "magnitude of star 2": s(m2)},
    "brightness ratio of star 1 to star 2", "", 10 ** (0.4 * (m2 - m1)), laws=1,
    solution="ratio = 10^(0.4 dm)", assumptions="")

lp = 290
add("astro", f"A hot blue star's spectrum peaks at {lp} nm. Treating it as a blackbody, what is its surface temperature?",
    {"peak wavelength": s(lp, "nm")},
    "surface temperature of the star", "K", sc.Wien / (lp * 1e-9), laws=1,
    solution="T = b / lambda_max", assumptions="Blackbody.")

hS = 780
add("astro", f"An Earth-observation satellite is launched into a circular orbit {hS} km above the ground. Using Earth's GM = 3.986e14 m^3/s^2 and radius 6371 km, what is its orbital period?",
    {"orbit altitude": s(hS, "km"), "Earth's GM": "3.986e14 m^3/s^2", "Earth's radius": "6371 km"},
    "orbital period of the satellite", "min", 2 * math.pi * math.sqrt(((6371 + hS) * 1e3) ** 3 / 3.986e14) / 60, laws=2,
    solution="T = 2 pi sqrt(r^3 / GM), r = R + h", assumptions="Circular orbit.")

# ======================= RELATIVITY =======================
beta, tau = 0.994, 2.197
gam = 1 / math.sqrt(1 - beta ** 2)
add("relativity", f"Muons made by cosmic rays high above a mountain observatory move at {beta}c. Their lifetime at rest is {tau} microseconds. What is their mean lifetime as measured on the ground?",
    {"muon speed": s(beta, "c"), "proper lifetime": s(tau, "us")},
    "dilated lifetime of the muons", "us", gam * tau, laws=1,
    solution="t = gamma tau", assumptions="")

add("relativity", f"How far, on average, does a muon moving at {beta}c travel through the atmosphere before decaying, as measured from the ground? Its rest-frame mean lifetime is {tau} us.",
    {"muon speed": s(beta, "c"), "mean lifetime at rest": s(tau, "us")},
    "mean distance travelled by the muon", "km", gam * beta * c * tau * 1e-6 / 1e3, laws=2,
    solution="d = gamma beta c tau", assumptions="")

L0, beta = 245, 0.82
add("relativity", f"In a thought experiment a train of rest length {L0} m races past a platform at {beta}c. How long does the platform observer measure the train to be?",
    {"proper length of the train": s(L0, "m"), "train speed": s(beta, "c")},
    "length of the train seen from the platform", "m", L0 * math.sqrt(1 - beta ** 2), laws=1,
    solution="L = L0 sqrt(1 - beta^2)", assumptions="")

K = 230
Ep = sc.physical_constants['proton mass energy equivalent in MeV'][0]
gm = 1 + K / Ep
add("relativity", f"Protons for cancer therapy are accelerated to a kinetic energy of {K} MeV. What fraction of the speed of light are they moving at?",
    {"proton kinetic energy": s(K, "MeV")},
    "proton speed as a fraction of c", "", math.sqrt(1 - 1 / gm ** 2), laws=2,
    solution="gamma = 1 + K/(m c^2); beta = sqrt(1 - 1/gamma^2)", assumptions="Proton rest energy 938.272 MeV.")

Et = 6.0
Ee = sc.physical_constants['electron mass energy equivalent in MeV'][0]
add("relativity", f"An electron in a radiotherapy linac has a total energy of {Et} MeV. What is its momentum?",
    {"total energy of the electron": s(Et, "MeV")},
    "momentum of the electron", "MeV/c", math.sqrt(Et ** 2 - Ee ** 2), laws=1,
    solution="p c = sqrt(E^2 - (m c^2)^2)", assumptions="")

u1, u2 = 0.7, 0.5
add("relativity", f"A spacecraft travelling at {u1}c relative to Earth launches a probe straight ahead at {u2}c relative to the spacecraft. How fast does the probe move relative to Earth, as a fraction of c?",
    {"spacecraft speed relative to Earth": s(u1, "c"), "probe speed relative to spacecraft": s(u2, "c")},
    "probe speed relative to Earth as a fraction of c", "", (u1 + u2) / (1 + u1 * u2), laws=1,
    solution="w = (u + v)/(1 + u v / c^2)", assumptions="Collinear motion.")

vg = 3.874
add("relativity", f"A GPS satellite moves at {vg} km/s. Considering only special-relativistic time dilation, by how much does its clock fall behind a ground clock each day?",
    {"satellite speed": s(vg, "km/s")},
    "daily lag of the satellite clock from motion", "us", (vg * 1e3) ** 2 / (2 * c ** 2) * 86400 * 1e6, laws=2,
    solution="dt/t = v^2/(2c^2); times 86400 s", assumptions="Ground clock treated as at rest; weak-field expansion.")

GM, RE, rG = 3.986004418e14, 6371, 26560
add("relativity", f"A GPS satellite orbits at a radius of {rG} km from Earth's centre. Earth's GM is {GM} m^3/s^2 and a ground receiver sits {RE} km from the centre. Counting only gravitational time dilation, how much faster does the satellite clock run per day?",
    {"orbital radius of the satellite": s(rG, "km"), "Earth's GM": s(GM, "m^3/s^2"), "radius of the receiver's position": s(RE, "km")},
    "daily gain of the satellite clock from gravity", "us", GM / c ** 2 * (1 / (RE * 1e3) - 1 / (rG * 1e3)) * 86400 * 1e6, laws=2,
    solution="dt/t = GM (1/R - 1/r)/c^2; times 86400 s", assumptions="Weak-field, Earth's rotation ignored.")

mm = 0.35
add("relativity", f"If {mm} g of matter were converted completely into energy, how much energy would be released?",
    {"mass converted": s(mm, "g")},
    "energy released", "TJ", mm * 1e-3 * c ** 2 / 1e12, laws=1,
    solution="E = m c^2", assumptions="")

beta, l0 = 0.15, 656.3
add("relativity", f"A quasar's hydrogen-alpha line, emitted at {l0} nm, comes from gas moving directly away from us at {beta}c. What wavelength do we observe (special relativity only)?",
    {"emitted wavelength": s(l0, "nm"), "recession speed": s(beta, "c")},
    "observed wavelength", "nm", l0 * math.sqrt((1 + beta) / (1 - beta)), laws=1,
    solution="lambda = lambda0 sqrt((1+b)/(1-b))", assumptions="Purely radial motion, no cosmological expansion.")

tau, d = 26.0, 15
x = d / (c * tau * 1e-9)
add("relativity", f"Charged pions have a rest-frame mean lifetime of {tau} ns. In a beam, they travel on average {d} m in the lab before decaying. How fast are they going, as a fraction of c?",
    {"pion proper lifetime": s(tau, "ns"), "mean decay distance in the lab": s(d, "m")},
    "pion speed as a fraction of c", "", x / math.sqrt(1 + x ** 2), laws=2,
    solution="d = gamma beta c tau -> beta gamma = d/(c tau); beta = x/sqrt(1+x^2)", assumptions="", rel_tol=0.005)

# ======================= trim to 120 value questions =======================
_drop = {"rotation rate of the wheel", "heat absorbed by the steel tray", "beat frequency",
         "acceleration of the proton", "maximum torque on the coil", "resistance of the heater",
         "capacitive reactance", "decay constant of cobalt-60", "surface gravity on Mars", "energy released"}
Q[:] = [q for q in Q if q["find"] not in _drop]

# ======================= add distractors to some value questions =======================
def distract(find, name, value, sentence):
    hits = [q for q in Q if q["find"] == find]
    assert len(hits) == 1, find
    q = hits[0]
    t = q["text"]
    i = t.rfind(". ")
    q["text"] = t[:i + 2] + sentence + " " + t[i + 2:]
    q["given"][name] = value
    q["irrelevant"].append(name)

distract("tension in the hoist cable", "height of the lift shaft", "32 m", "The lift shaft is 32 m tall.")
distract("common speed of the coupled barges", "water depth in the harbour", "9.5 m", "The harbour water is 9.5 m deep.")
distract("exit speed of the water", "volume of the tank", "1.8 m^3", "The tank holds 1.8 m^3 of water.")
distract("Carnot heating COP of the heat pump", "heat output", "7.2 kW", "It delivers 7.2 kW of heat.")
distract("final pressure in the cylinder", "cylinder volume", "15 L", "The cylinder's internal volume is 15 L.")
distract("fundamental frequency of the violin string", "string diameter", "0.65 mm", "The string is 0.65 mm thick.")
distract("ultrasound wavelength in tissue", "pulse duration", "2 us", "Each pulse lasts 2 us.")
distract("Brewster angle for the glass", "glass thickness", "4 mm", "The pane is 4 mm thick.")
distract("energy stored in the defibrillator capacitor", "mass of the patient", "84 kg", "The patient weighs 84 kg.")
distract("proton Larmor frequency", "bore diameter", "70 cm", "The scanner bore is 70 cm wide.")
distract("resistive power loss in the line", "line length", "85 km", "The line is 85 km long.")
distract("photon energy", "pulse energy", "1.0 mJ", "Each laser pulse carries 1.0 mJ.")
distract("delta-v of the stage", "burn time", "162 s", "The burn lasts 162 s.")
distract("dilated lifetime of the muons", "altitude of production", "15 km", "They are produced about 15 km up.")

# ======================= NOT DERIVABLE =======================
ND = "not derivable"
add("mechanics", "A freight lift in a hospital accelerates upward at 1.5 m/s^2 as it leaves the basement. The shaft is 28 m tall. What is the tension in its cable?",
    {"upward acceleration": "1.5 m/s^2", "shaft height": "28 m"}, "tension in the lift cable", "kN",
    outcome=ND, laws=1, irrelevant=["shaft height"], solution="T = m (g + a); mass of lift missing", assumptions=G_ASSUME)
add("fluids", "A diver in sea water of density 1027 kg/m^3 inspects a harbour wall. The surface is at standard atmospheric pressure. What absolute pressure does the diver experience at the base of the wall?",
    {"sea water density": "1027 kg/m^3", "surface pressure": "101.325 kPa"}, "absolute pressure at the base of the wall", "kPa",
    outcome=ND, laws=1, solution="p = p0 + rho g d; depth missing", assumptions=G_ASSUME)
add("thermodynamics", "A heat pump in a bungalow runs with a coefficient of performance of 3.1 on a frosty night. How much heat does it deliver to the house overnight?",
    {"coefficient of performance": "3.1"}, "heat delivered overnight", "kWh",
    outcome=ND, laws=2, solution="Q = COP * P_el * t; electrical power and duration missing")
add("waves", "A cello's A string is 0.69 m long between nut and bridge and is tightened to 150 N. What is its fundamental frequency?",
    {"string length": "0.69 m", "string tension": "150 N"}, "fundamental frequency of the cello string", "Hz",
    outcome=ND, laws=2, solution="f = sqrt(T/mu)/(2L); linear density missing")
add("optics", "An amateur telescope has a 150 mm aperture objective of focal length 1200 mm. What angular magnification does it give when observing Saturn?",
    {"objective aperture": "150 mm", "objective focal length": "1200 mm"}, "angular magnification of the telescope", "",
    outcome=ND, laws=1, solution="M = f_o/f_e; eyepiece focal length missing")
add("circuits", "The primary winding of a substation transformer has 1200 turns and is fed at 11 kV. What is the secondary voltage?",
    {"primary turns": "1200", "primary voltage": "11 kV"}, "secondary voltage", "V",
    outcome=ND, laws=1, solution="Vs = Vp Ns/Np; secondary turns missing")
add("nuclear", "A radioactive tracer for a bone scan has an activity of 600 MBq when it is drawn up. What will its activity be 10 hours later?",
    {"initial activity": "600 MBq", "elapsed time": "10 h"}, "activity after 10 hours", "MBq",
    outcome=ND, laws=1, solution="A = A0 2^(-t/T); half-life missing (tracer unnamed)")
add("astro", "A satellite orbits 550 km above the surface of a rocky planet whose radius is 4200 km. What is its orbital speed?",
    {"orbit altitude": "550 km", "planet radius": "4200 km"}, "orbital speed of the satellite", "km/s",
    outcome=ND, laws=2, solution="v = sqrt(GM/(R+h)); planet mass or surface gravity missing")
add("relativity", "An unstable particle created in a collider moves at 0.9c. How long does it live, on average, as measured in the lab?",
    {"particle speed": "0.9 c"}, "mean lifetime in the lab", "ns",
    outcome=ND, laws=1, solution="t = gamma tau; proper lifetime missing (particle unspecified)")
add("circuits", "A capacitor in a timer circuit is charged through a 47 kohm resistor. How long does it take to reach 63% of the supply voltage?",
    {"resistance": "47 kohm"}, "time to reach 63% charge", "s",
    outcome=ND, laws=1, solution="t = RC; capacitance missing")

# ======================= AMBIGUOUS =======================
AM = "ambiguous"
add("waves", "A tram rings its 720 Hz bell while running at 12 m/s past a pedestrian standing at the kerb. Sound travels at 343 m/s. What frequency does the pedestrian hear?",
    {"bell frequency": "720 Hz", "tram speed": "12 m/s", "speed of sound": "343 m/s"}, "frequency heard by the pedestrian", "Hz",
    outcome=AM, laws=1, solution="approaching: f v/(v - vs) = 746.1 Hz; receding: f v/(v + vs) = 695.7 Hz; not stated")
add("fluids", "What is the pressure on a diver 30 m down in sea water of density 1025 kg/m^3?",
    {"depth": "30 m", "sea water density": "1025 kg/m^3"}, "pressure on the diver", "kPa",
    outcome=AM, laws=1, solution="gauge 301.6 kPa vs absolute 402.9 kPa; not stated which", assumptions=G_ASSUME)
add("optics", "A shop security mirror is a spherical mirror with a 40 cm radius of curvature. A customer stands 30 cm in front of it. Where is the image?",
    {"radius of curvature": "40 cm", "object distance": "30 cm"}, "image distance", "cm",
    outcome=AM, laws=1, solution="concave: +60 cm; convex: -12 cm; mirror type not given")
add("mechanics", "Ship 1 (8000 t) moving at 2.0 m/s collides head-on with ship 2 (5000 t) moving at 1.0 m/s towards it, and they stick together. What is the change in velocity of the ship?",
    {"mass of ship 1": "8000 t", "speed of ship 1": "2.0 m/s", "mass of ship 2": "5000 t", "speed of ship 2": "1.0 m/s"}, "change in velocity of the ship", "m/s",
    outcome=AM, laws=1, solution="v = (8000*2 - 5000*1)/13000 = 0.846 m/s; ship 1 changes by 1.15 m/s, ship 2 by 1.85 m/s; which ship unspecified")
add("thermodynamics", "A reversible heat pump works between 5 degC and 40 degC. What is its Carnot coefficient of performance?",
    {"cold side temperature": "5 degC", "hot side temperature": "40 degC"}, "Carnot coefficient of performance", "",
    outcome=AM, laws=1, solution="heating COP 313.15/35 = 8.95 vs cooling COP 278.15/35 = 7.95; mode not stated")
add("magnetism", "Power line 1 and power line 2 run parallel 1.2 m apart, each carrying 400 A. What is the magnetic field halfway between them?",
    {"current in line 1": "400 A", "current in line 2": "400 A", "separation of the lines": "1.2 m"}, "magnetic field midway between the lines", "uT",
    outcome=AM, laws=1, solution="opposite currents: 266.7 uT; same direction: 0; directions not stated")
add("circuits", "A 47 ohm resistor and a 68 ohm resistor are connected to a 12 V battery. What current does the battery supply?",
    {"first resistance": "47 ohm", "second resistance": "68 ohm", "battery voltage": "12 V"}, "current from the battery", "A",
    outcome=AM, laws=2, solution="series 0.104 A; parallel 0.432 A; connection not stated")
add("relativity", "A proton in an accelerator has an energy of 1.5 GeV. How fast is it moving, as a fraction of c?",
    {"proton energy": "1.5 GeV"}, "proton speed as a fraction of c", "",
    outcome=AM, laws=2, solution="if total energy: beta = 0.780; if kinetic: beta = 0.923; not stated")

# ======================= ILL-POSED =======================
IP = "ill-posed"
add("relativity", "A spacecraft cruises at 3.4e8 m/s relative to Earth. By what factor are its clocks slowed as seen from Earth?",
    {"spacecraft speed": "3.4e8 m/s"}, "time dilation factor", "",
    outcome=IP, laws=1, solution="v > c: gamma imaginary; impossible")
add("thermodynamics", "An inventor claims a heat engine that takes in heat at 600 K, rejects heat at 300 K and has an efficiency of 62%. If it takes in 10 kJ per cycle, how much heat does it reject per cycle?",
    {"hot reservoir temperature": "600 K", "cold reservoir temperature": "300 K", "claimed efficiency": "62 percent", "heat input per cycle": "10 kJ"},
    "heat rejected per cycle", "kJ", outcome=IP, laws=2, solution="Carnot limit 50% < 62%: impossible")
add("thermodynamics", "A sealed 5.0 L flask holds 0.20 mol of helium at -15 K. What is the gas pressure?",
    {"volume of the flask": "5.0 L", "amount of helium": "0.20 mol", "gas temperature": "-15 K"}, "pressure of the helium", "kPa",
    outcome=IP, laws=1, solution="negative absolute temperature: impossible for a gas in equilibrium")
add("circuits", "A 220 ohm resistor has 12 V across it and carries 0.50 A. What power does it dissipate?",
    {"resistance": "220 ohm", "voltage across it": "12 V", "current through it": "0.50 A"}, "power dissipated in the resistor", "W",
    outcome=IP, laws=1, solution="V/R = 0.0545 A, not 0.50 A: contradictory givens")
add("fluids", "A block of compacted glacier ice with a density of 1100 kg/m^3 floats in sea water of density 1025 kg/m^3. What fraction of it is above the water?",
    {"density of the block": "1100 kg/m^3", "density of sea water": "1025 kg/m^3"}, "fraction of the block above water", "",
    outcome=IP, laws=1, solution="denser than sea water: it cannot float")
add("optics", "Light travels from air (n = 1.00) into a glass block of refractive index 1.50. What is the critical angle for total internal reflection at the surface?",
    {"refractive index of air": "1.00", "refractive index of the glass": "1.50"}, "critical angle for light going from air into glass", "deg",
    outcome=IP, laws=1, solution="TIR only from denser to less dense medium; no critical angle")
add("mechanics", "A lift rises at a constant 2.5 m/s and covers 30 m in 8.0 s. The cabin has a mass of 900 kg. What power does the motor deliver?",
    {"lift speed": "2.5 m/s", "distance covered": "30 m", "time taken": "8.0 s", "cabin mass": "900 kg"}, "power delivered by the motor", "kW",
    outcome=IP, laws=2, solution="2.5 m/s * 8 s = 20 m, not 30 m: contradictory givens", assumptions=G_ASSUME)
add("modern", "Red light of wavelength 700 nm falls on a tungsten surface with a work function of 4.5 eV. What is the maximum speed of the ejected electrons?",
    {"wavelength": "700 nm", "work function": "4.5 eV"}, "maximum speed of the photoelectrons", "m/s",
    outcome=IP, laws=2, solution="photon energy 1.77 eV < 4.5 eV: no photoelectrons are emitted")
add("nuclear", "A technetium-99m source with a half-life of 6.0 h decays from 800 MBq to 500 MBq in 1.0 h. What is its decay constant?",
    {"half-life": "6.0 h", "initial activity": "800 MBq", "final activity": "500 MBq", "elapsed time": "1.0 h"}, "decay constant", "1/h",
    outcome=IP, laws=1, solution="half-life gives 0.1155/h; activities give 0.470/h: contradictory")
add("astro", "A satellite is in a circular orbit of radius 5000 km around the Earth (radius 6371 km, mass 5.972e24 kg). What is its orbital period?",
    {"orbit radius": "5000 km", "Earth's radius": "6371 km", "Earth's mass": "5.972e24 kg"}, "orbital period", "min",
    outcome=IP, laws=1, solution="orbit radius smaller than Earth's radius: impossible")
add("waves", "A guitar string 0.65 m long vibrates in its fundamental mode at 220 Hz, and waves travel along it at 150 m/s. What is the tension if its linear density is 1.1 g/m?",
    {"string length": "0.65 m", "fundamental frequency": "220 Hz", "wave speed": "150 m/s", "linear density": "1.1 g/m"}, "string tension", "N",
    outcome=IP, laws=2, solution="2 L f = 286 m/s, not 150 m/s: contradictory givens")
add("circuits", "A transformer takes 2.0 kW from the mains and delivers 2.4 kW to a 230 V load. What current flows in the load?",
    {"input power": "2.0 kW", "output power": "2.4 kW", "load voltage": "230 V"}, "load current", "A",
    outcome=IP, laws=1, solution="output exceeds input (efficiency 120%): impossible")

# ======================= finalize =======================
for i, q in enumerate(Q, 1):
    q["id"] = f"q10h-{i:03d}"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch_h.json")
with open(out, "w") as fh:
    json.dump(Q, fh, indent=1)
print(len(Q), "questions written to", out)
