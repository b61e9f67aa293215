from batch_w_common import *

F = "electromagnetism"
Qs = []

# 1 tram overhead wire force in Earth's field (distractor tram mass)
I1, B1, span, m_tram = 600, 50, 40, 30
Fw = I1 * B1 * 1e-6 * span
Qs.append(Q(F,
    f"The overhead contact wire of a tram line carries {tx(I1)} A to a {tx(m_tram)}-tonne tram. Along one {tx(span)} m span the wire is perpendicular to a "
    f"{tx(B1)} uT component of the Earth's magnetic field. What is the magnetic force on that span?",
    {"current in the wire": gv(I1, "A"), "mass of the tram": gv(m_tram, "tonne"), "length of the span": gv(span, "m"),
     "perpendicular magnetic field": gv(B1, "uT")},
    "magnetic force on the span", "N", Fw, laws=1, irrelevant=["mass of the tram"],
    solution=f"F = B I L = {Fw:.4g} N."))

# 2 power station transformer primary current: turns ratio + power conservation
Vp, Vs, Is = 11, 400, 250
Ip = Is * Vs / Vp
Qs.append(Q(F,
    f"At a power station an ideal step-up transformer raises the generator's {tx(Vp)} kV to {tx(Vs)} kV for transmission. The secondary carries {tx(Is)} A. "
    f"What current flows in the primary winding, in kA?",
    {"primary voltage": gv(Vp, "kV"), "secondary voltage": gv(Vs, "kV"), "secondary current": gv(Is, "A")},
    "primary current", "kA", Ip / 1000, laws=2,
    solution=f"Ideal transformer: V_p I_p = V_s I_s -> I_p = {Ip:.5g} A = {Ip/1000:.4g} kA."))

# 3 lighthouse wind generator peak emf (distractor tower height)
N3, A3, rpm, B3, Ht = 200, 0.015, 1500, 0.25, 38
emf = N3 * B3 * A3 * rpm * 2 * math.pi / 60
Qs.append(Q(F,
    f"A small generator on top of a {tx(Ht)} m lighthouse has a {tx(N3)}-turn coil of area {tx(A3)} m^2 spinning at {tx(rpm)} rpm in a uniform {tx(B3)} T field. "
    f"What is the peak emf?",
    {"height of the lighthouse": gv(Ht, "m"), "number of turns": gv(N3, "dimensionless"), "coil area": gv(A3, "m^2"),
     "rotation rate": gv(rpm, "rpm"), "magnetic field": gv(B3, "T")},
    "peak emf", "V", emf, laws=1, irrelevant=["height of the lighthouse"],
    solution=f"omega = {rpm*2*math.pi/60:.4g} rad/s; emf_peak = N B A omega = {emf:.4g} V."))

# 4 weather station charged droplet: force balance + charge quantisation
m_d, E4 = 1.96e-15, 1.2e4
q = m_d * g / E4
nq = q / e
Qs.append(Q(F,
    f"In a weather-station experiment on charged fog, a water droplet of mass {tx(m_d)} kg is held stationary by a vertical electric field of {tx(E4)} N/C. "
    f"How many elementary charges does the droplet carry?",
    {"mass of the droplet": gv(m_d, "kg"), "electric field strength": gv(E4, "N/C")},
    "number of elementary charges", "dimensionless", nq, laws=2,
    solution=f"q E = m g -> q = {q:.4g} C; n = q/e = {nq:.4g} (about 10)."))

# 5 rover / solar wind proton gyroradius
vkms, BnT = 400, 5.0
rg = m_p * vkms * 1e3 / (e * BnT * 1e-9) / 1000
Qs.append(Q(F,
    f"A planetary rover's mission team studies solar-wind protons moving at {tx(vkms)} km/s perpendicular to an interplanetary magnetic field of {tx(BnT)} nT. "
    f"What is the radius of a proton's circular path, in km?",
    {"proton speed": gv(vkms, "km/s"), "magnetic field": gv(BnT, "nT")},
    "radius of the proton's path", "km", rg, laws=1,
    solution=f"r = m v/(q B) = {rg:.4g} km."))

# 6 science fair solenoid (distractor wire diameter)
Ls, Ns, Isol, dwire = 15, 600, 2.5, 0.5
Bsol = mu0 * Ns / (Ls / 100) * Isol * 1000
Qs.append(Q(F,
    f"A science fair electromagnet is an air-cored solenoid {tx(Ls)} cm long wound with {tx(Ns)} turns of {tx(dwire)} mm enamelled wire. "
    f"What is the magnetic field inside it, in mT, when it carries {tx(Isol)} A?",
    {"length of the solenoid": gv(Ls, "cm"), "number of turns": gv(Ns, "dimensionless"), "wire diameter": gv(dwire, "mm"), "current": gv(Isol, "A")},
    "magnetic field inside", "mT", Bsol, laws=1, irrelevant=["wire diameter"],
    solution=f"B = mu0 n I = {Bsol:.4g} mT (long-solenoid approximation)."))

# 7 blacksmith welding cable field
Iw, rcm = 150, 4.0
Bw = mu0 * Iw / (2 * math.pi * rcm / 100) * 1000
Qs.append(Q(F,
    f"The welding cable in a blacksmith's forge carries a steady {tx(Iw)} A. What magnetic field does it produce {tx(rcm)} cm from the cable, in mT? (Treat it as a long straight wire.)",
    {"current in the cable": gv(Iw, "A"), "distance from the cable": gv(rcm, "cm")},
    "magnetic field", "mT", Bw, laws=1,
    solution=f"B = mu0 I/(2 pi r) = {Bw:.4g} mT."))

# 8 skyscraper lightning: average current + field of a long wire
Qc, tus, rr = 25, 50, 10
Iavg = Qc / (tus * 1e-6)
Bl = mu0 * Iavg / (2 * math.pi * rr) * 1000
Qs.append(Q(F,
    f"A lightning stroke to a skyscraper's rod carries {tx(Qc)} C of charge down a straight conductor in {tx(tus)} microseconds. "
    f"Treating the current as steady and the conductor as a long straight wire, what magnetic field does it produce {tx(rr)} m away, in mT?",
    {"charge transferred": gv(Qc, "C"), "duration of the stroke": gv(tus, "microsecond"), "distance from the conductor": gv(rr, "m")},
    "magnetic field", "mT", Bl, laws=2,
    solution=f"I = Q/t = {Iavg:.4g} A; B = mu0 I/(2 pi r) = {Bl:.4g} mT."))

# 9 tram axle motional emf
gauge, vk, Bv = 1.435, 54, 45
emf9 = Bv * 1e-6 * gauge * vk / 3.6 * 1000
Qs.append(Q(F,
    f"A tram's steel axle spans the {tx(gauge)} m track gauge and the tram moves at {tx(vk)} km/h where the vertical component of the Earth's field is {tx(Bv)} uT. "
    f"What emf is induced between the two ends of the axle, in mV?",
    {"length of the axle": gv(gauge, "m"), "speed of the tram": gv(vk, "km/h"), "vertical component of Earth's field": gv(Bv, "uT")},
    "induced emf", "mV", emf9, laws=1,
    solution=f"emf = B L v = {emf9:.4g} mV."))

# 10 toy Van de Graaff: sphere potential + energy
Rsp, Vsp = 10, 150
Qsp = 4 * math.pi * eps0 * Rsp / 100 * Vsp * 1e3
Usp = 0.5 * Qsp * Vsp * 1e3 * 1000
Qs.append(Q(F,
    f"A toy-shop Van de Graaff generator has an isolated spherical dome of radius {tx(Rsp)} cm charged to {tx(Vsp)} kV. "
    f"How much electrostatic energy is stored on the dome, in mJ?",
    {"radius of the dome": gv(Rsp, "cm"), "potential of the dome": gv(Vsp, "kV")},
    "stored energy", "mJ", Usp, laws=2,
    solution=f"Q = 4 pi eps0 R V = {Qsp:.4g} C; U = (1/2) Q V = {Usp:.4g} mJ."))

# 11 vineyard transmitter: intensity + peak E field of EM wave
Ptx, dkm = 5.0, 2.0
I11 = Ptx / (4 * math.pi * (dkm * 1000)**2)
E0 = math.sqrt(2 * I11 / (c * eps0)) * 1000
Qs.append(Q(F,
    f"A frost-alarm radio transmitter in a vineyard radiates {tx(Ptx)} W uniformly in all directions. What is the amplitude (peak value) of the electric field of the wave "
    f"{tx(dkm)} km away, in mV/m?",
    {"radiated power": gv(Ptx, "W"), "distance from the transmitter": gv(dkm, "km")},
    "peak electric field", "mV/m", E0, laws=2,
    solution=f"I = P/(4 pi r^2) = {I11:.4g} W/m^2; I = (1/2) c eps0 E0^2 -> E0 = {E0:.4g} mV/m."))

# 12 brewery electromagnetic flowmeter: Hall-type emf + flow rate
Bfm, dp_cm, Vfm = 0.020, 5.0, 1.2
vfl = Vfm / 1000 / (Bfm * dp_cm / 100)
Qfl = vfl * math.pi * (dp_cm / 200)**2 * 1000 * 60
Qs.append(Q(F,
    f"An electromagnetic flowmeter on a brewery's beer line applies a {tx(Bfm)} T field across a pipe of inner diameter {tx(dp_cm)} cm. "
    f"The electrodes on opposite sides of the pipe measure {tx(Vfm)} mV. Assuming a uniform flow speed, what is the volume flow rate in litres per minute?",
    {"magnetic field": gv(Bfm, "T"), "inner diameter of the pipe": gv(dp_cm, "cm"), "measured voltage": gv(Vfm, "mV")},
    "volume flow rate", "L/min", Qfl, laws=2,
    solution=f"V = B d v -> v = {vfl:.4g} m/s; Q = v pi d^2/4 = {Qfl:.4g} L/min."))

# 13 ND alternator peak emf: missing B and area
N13, f13 = 120, 50
Qs.append(Q(F,
    f"The alternator at a power station has a {tx(N13)}-turn coil rotating at {tx(f13)} Hz. What is the peak emf induced in it?",
    {"number of turns": gv(N13, "dimensionless"), "rotation frequency": gv(f13, "Hz")},
    "peak emf", "V", None, outcome="not derivable",
    solution="emf_peak = N B A omega needs the field strength and the coil area, neither of which is given."))

# 14 ND lightning on a mast: charge needs duration
Ipk = 30
Qs.append(Q(F,
    f"During the regatta a yacht's mast is struck by lightning with a peak current of {tx(Ipk)} kA. How much charge flows down the mast?",
    {"peak current": gv(Ipk, "kA")},
    "charge transferred", "C", None, outcome="not derivable",
    solution="Charge is the time integral of current; without the duration or waveform of the stroke the charge cannot be found."))

# 15 IP air capacitor with impossible capacitance
Apl, dmm, Cclaim, V15 = 0.10, 1.0, 2.0, 9
Ctrue = eps0 * Apl / (dmm / 1000)
Qs.append(Q(F,
    f"A science-fair air-filled parallel-plate capacitor has plates of area {tx(Apl)} m^2 separated by {tx(dmm)} mm, and the student's label gives its capacitance as {tx(Cclaim)} uF. "
    f"What charge does it hold when connected to a {tx(V15)} V battery?",
    {"plate area": gv(Apl, "m^2"), "plate separation": gv(dmm, "mm"), "stated capacitance": gv(Cclaim, "uF"), "battery voltage": gv(V15, "V")},
    "charge on the capacitor", "uC", None, outcome="ill-posed",
    solution=f"An air capacitor with these dimensions has C = eps0 A/d = {Ctrue*1e12:.4g} pF, more than 2000 times smaller than 2.0 uF; the givens contradict each other."))
