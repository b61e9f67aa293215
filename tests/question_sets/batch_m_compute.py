#!/usr/bin/env python3
"""Independent computation of every expected value in batch_m.json.

Plain Python + math only.  Run:  python3 batch_m_compute.py
Prints each id with its computed value and asserts that the JSON's
`expected` agrees within 1e-6 relative (None for non-value outcomes).
"""
import json
import math
import os
import sys
from math import pi, sqrt, sin, cos, asin, radians, degrees, log, log10, floor

# ---- constants (also stated in each item's assumptions) ----
g = 9.81              # m/s^2
C = 2.998e8           # m/s
H = 6.626e-34         # J s
E = 1.602e-19         # C  (also J per eV)
ME = 9.109e-31        # kg
MP = 1.6726e-27       # kg
K = 8.988e9           # N m^2/C^2
EPS0 = 8.854e-12      # F/m
MU0 = 4 * pi * 1e-7   # T m/A
G = 6.674e-11         # N m^2/kg^2
SIGMA = 5.670e-8      # W/(m^2 K^4)
NA = 6.022e23         # 1/mol
ATM = 101325.0        # Pa
MMHG = 133.322        # Pa
MPH = 0.44704         # m/s
AU = 1.496e11         # m
M_EARTH = 5.972e24    # kg
R_EARTH = 6371e3      # m
C_WATER = 4186.0      # J/(kg K)
L_FUSION = 3.34e5     # J/kg
KCAL = 4186.0         # J


def q001():
    a = 10.8 / 4.0
    return 72 * a


def q002():
    return 9.5 ** 2 * sin(radians(2 * 20)) / g


def q003():
    return 65 * (g + 1.2) / 9.81


def q004():
    v = 60 * MPH
    return v ** 2 / (2 * 7.0)


def q005():
    # k_total = m g / x  ->  omega = sqrt(g/x)
    return sqrt(g / 0.030) / (2 * pi)


def q006():
    v = 92 * MPH
    ke = 0.5 * 0.145 * v ** 2
    return ke / 0.12


def q007():
    return 85 * g * 5.0 * sin(radians(3.4))


def q008():
    inertia = 0.5 * 25 * 0.30 ** 2
    w = 3000 * 2 * pi / 60
    return 0.5 * inertia * w ** 2 / 1000


def q009():
    T = 2 * pi * sqrt(2.4 / g)
    return 60 / T


def q010():
    m1, m2, v = 90.0, 110.0, 7.0
    ke_i = 0.5 * m1 * v ** 2
    vf = m1 * v / (m1 + m2)
    ke_f = 0.5 * (m1 + m2) * vf ** 2
    return 100 * (ke_i - ke_f) / ke_i


def q014():
    p = 18 * MMHG
    return p / (1020 * g) * 100  # cm


def q015():
    p2 = ATM + 1025 * g * 25
    return 2.0 * ATM / p2


def q016():
    q = 12e-3 / 60
    return 1000 * g * q * 18 / 0.65


def q017():
    v2 = 1.2 * (1.9 / 0.60) ** 2
    return v2 ** 2 / (2 * g)


def q018():
    return 100 * (1 - 917 / 1025)


def q019():
    rho_in = 1.247 * (10 + 273.15) / (100 + 273.15)
    return (1.247 - rho_in) * 2800


def q020():
    return 0.5 * 1.20 * (72 ** 2 - 60 ** 2) * 16


def q021():
    return 1500 * g * (2.5 / 30) ** 2


def q022():
    v = sqrt(2 * g * 3.2)
    a = pi * (0.020 / 2) ** 2
    return a * v * 1000


def q023():
    p = 1025 * g * 150
    a = pi * (0.30 / 2) ** 2
    return p * a / 1000


def q027():
    q = 1.5 * C_WATER * (100 - 18)
    return q / (0.90 * 2200)


def q028():
    p1 = 32 + 14.7
    p2 = p1 * (40 + 273.15) / (10 + 273.15)
    return p2 - 14.7


def q029():
    w = 70 * g * 800
    return w / 0.20 / KCAL


def q030():
    p = 0.80 * 1.2 * 1.5 * (20 - (-5)) / 0.004
    return p / 1000 * 24 * 0.15


def q031():
    return 250 * C_WATER * 25 / L_FUSION  # grams


def q032():
    th, tc = 21 + 273.15, -5 + 273.15
    return th / (th - tc)


def q033():
    p_in = 45e3 / 0.28
    return p_in * 3600 / 44e6


def q034():
    ts, tw = 34 + 273.15, 22 + 273.15
    return 0.97 * SIGMA * 1.8 * (ts ** 4 - tw ** 4)


def q035():
    t2 = (20 + 273.15) * 18 ** (1.40 - 1)
    return t2 - 273.15


def q036():
    return 12e-6 * 250 * (40 - (-20)) * 1000


def q040():
    v = 2 * 0.648 * 110
    return 6.0e-3 * v ** 2


def q041():
    v = 331.3 * sqrt((5 + 273.15) / 273.15)
    return v / (2 * 2.6)


def q042():
    return 700 * 343 / (343 - 25)


def q043():
    level = 110 - 30
    return 1.0e-12 * 10 ** (level / 10)


def q044():
    return 95 - 20 * log10(40 / 2.0)


def q045():
    return 1540 * 65e-6 / 2 * 100


def q046():
    return 100 * ((440 / 436) ** 2 - 1)


def q047():
    v = 331.3 * sqrt((30 + 273.15) / 273.15)
    return v * 4.5 / 1000


def q048():
    return 3 * 343 / (4 * 0.60)


def q049():
    f, v, c = 5.0e6, 0.30, 1540.0
    return f * (c + v) / (c - v) - f


def q050():
    return 20 / (1 / 3.5 - 1 / 6.0)


def q053():
    return 1 / 0.25 - 1 / 0.75


def q054():
    return -1 / (2.0 - 0.015)


def q055():
    f, do = 50.0, 3000.0
    di = 1 / (1 / f - 1 / do)
    return di - f


def q056():
    f, do = 0.200, 40.0
    di = 1 / (1 / f - 1 / do)
    return 6.0 * di / do * 1000


def q057():
    return degrees(asin(1.46 / 1.48))


def q058():
    return 2.5 / 1.33


def q059():
    d = 1e-3 / 600
    return d * sin(radians(22.3)) * 1e9


def q060():
    return 532e-9 * 3.0 / 0.25e-3 * 1000


def q061():
    return 800 / 2 * cos(radians(35)) ** 2


def q062():
    theta = 1.22 * 550e-9 / 3.0e-3
    return 1.4 / theta / 1000


def q066():
    return K * (45e-9) ** 2 / 0.080 ** 2 * 1000


def q067():
    en = 0.5 * 32e-6 * 5.0e3 ** 2
    return en / 10e-3 / 1000


def q068():
    a = 1.0e-4
    return EPS0 * a * (1 / 0.15e-3 - 1 / 0.50e-3) * 1e12


def q069():
    return sqrt(2 * E * 2.5e3 / ME)


def q070():
    # E = kQ/r^2, V = kQ/r = E r
    return 3.0e6 * 0.15 / 1000


def q071():
    a = E * 5000 / ME
    t = 0.020 / 2.0e7
    return 0.5 * a * t ** 2 * 1000


def q072():
    c_per_area = 5.0 * EPS0 / 7.0e-9       # F/m^2
    sig = c_per_area * 70e-3               # C/m^2
    return sig * 1e9 / 1e4                 # nC/cm^2


def q073():
    return 0.5 * 150e-6 * 330 ** 2


def q074():
    return -K * E / 0.0529e-9   # eV


def q075():
    q = 2.4e-15 * g * 0.012 / 880
    return q / E


def q078():
    return 1.5 * 6 * 30 * 0.14


def q079():
    r = 1.68e-8 * (2 * 30) / 1.5e-6
    return 10 * r


def q080():
    wh = 4.000 * 3.85
    return wh / 0.80


def q081():
    r = 230 ** 2 / 1000
    a = pi * (0.50e-3 / 2) ** 2
    return r * a / 1.10e-6


def q082():
    return 2.2e6 * 4.7e-6 * log(10)


def q083():
    return floor((120 * 15 - 1100) / 60)


def q084():
    return (12.6 - 9.6) / 150 * 1000


def q085():
    i = 30 / 120
    return (120 / 50) / i


def q086():
    return 5.0 * 10 / (10 + 3.6)


def q087():
    old = 0.180 * 0.40 * 365 * 24
    return (old - 350) * 0.16


def q091():
    return 1.5 / (MU0 * 2000)


def q092():
    return 1200 * 100 * 50e-6 * sin(radians(60))


def q093():
    return 2.0 * 5.0 / 230 * 1000


def q094():
    i = 50e6 / 400e3
    return 100 * i ** 2 * 6.0 / 50e6


def q095():
    p = E * 1.2 * 0.50
    ke = p ** 2 / (2 * MP)
    return ke / E / 1e6


def q096():
    w = 1800 * 2 * pi / 60
    return 150 * 0.25 * 0.012 * w


def q097():
    emf = pi * (0.020 / 2) ** 2 * 1.5 / 3.0
    return emf / 0.50e-3


def q098():
    return MU0 * 15 / (2 * pi * 50e-6) * 100


def q099():
    return 35 * 250 * 40e-6


def q100():
    en = 0.5 * 15 * 400 ** 2
    return en / 2.0e3 / 60


def q103():
    eph = H * C / 532e-9
    return 5.0e-3 / eph


def q104():
    eph = H * C / 250e-9 / E
    return eph - 2.28


def q105():
    return H * C / (E * 80e3) * 1e12


def q106():
    return H / sqrt(2 * ME * E * 150) * 1e9


def q107():
    return 1 / (1.097e7 * (1 / 2 ** 2 - 1 / 3 ** 2)) * 1e9


def q108():
    return 2.898e-3 / (34 + 273.15) * 1e6


def q109():
    hbar = H / (2 * pi)
    dp = hbar / (2 * 0.10e-9)
    return dp / ME


def q110():
    lam0 = H * C / (50e3 * E)
    lam1 = lam0 + H / (ME * C) * (1 - cos(radians(90)))
    return H * C / lam1 / E / 1e3


def q111():
    return H ** 2 / (8 * ME * (1.0e-9) ** 2) / E


def q112():
    e2 = 13.6 / 2 ** 2
    return H * C / (e2 * E) * 1e9


def q115():
    return 800 * 0.5 ** (3.5 / 6.01)


def q116():
    return 5730 * log(1 / 0.23) / log(2)


def q117():
    return 2.0 / 3600 * 1000


def q118():
    return (2 * 1.007825 + 2 * 1.008665 - 4.002602) * 931.5


def q119():
    fissions_per_s = 3000e6 / (200e6 * E)
    mol = fissions_per_s * 86400 / NA
    return mol * 0.235


def q120():
    return 3.82 * log(1 / 0.10) / log(2)


def q121():
    t_half = 432.2 * 3.156e7
    n = 37e3 * t_half / log(2)
    return n / NA * 241 * 1e6


def q122():
    return 6.5 * log(1 / 0.010) / log(2)


def q123():
    m_ra, m_rn, m_he = 226.025410, 222.017578, 4.002603
    q = (m_ra - m_rn - m_he) * 931.5
    return q * m_rn / (m_rn + m_he)


def q124():
    return 3.828e26 / C ** 2


def q127():
    b = 0.995
    gam = 1 / sqrt(1 - b * b)
    return b * C * 2.2e-6 * gam / 1000


def q128():
    b = 3.87e3 / C
    return 0.5 * b ** 2 * 86400 * 1e6


def q129():
    return 120 * sqrt(1 - 0.60 ** 2)


def q130():
    gam = 1 + 6.0 / 0.511
    return sqrt(1 - 1 / gam ** 2)


def q131():
    t_earth = 2 * 4.37 / 0.80
    return t_earth * (1 - sqrt(1 - 0.80 ** 2))


def q132():
    b = 0.90
    gam = 1 / sqrt(1 - b * b)
    return gam * 938.3 * b


def q133():
    return 10000 * 3.6e6 / C ** 2 * 1e6


def q134():
    return (0.70 + 0.50) / (1 + 0.70 * 0.50)


def q135():
    return 500 * sqrt((1 - 0.30) / (1 + 0.30))


def q136():
    gam = 1 / sqrt(1 - 0.10 ** 2)
    return (gam - 1) * 1000 * C ** 2


def q139():
    gm = G * M_EARTH
    r = (gm * 86164 ** 2 / (4 * pi ** 2)) ** (1 / 3)
    return (r - R_EARTH) / 1000


def q140():
    gm = G * M_EARTH
    r = R_EARTH + 420e3
    return 2 * pi * sqrt(r ** 3 / gm) / 60


def q141():
    return sqrt(2 * G * 6.417e23 / 3389.5e3) / 1000


def q142():
    return 150 * G * 7.342e22 / 1737e3 ** 2


def q143():
    return 2 * 1.5 * AU / C / 60


def q144():
    return 2.8 ** 1.5


def q145():
    d = 1.524 * AU
    inten = 3.828e26 / (4 * pi * d ** 2)
    return inten * 1.3 * 0.20


def q146():
    return (1 / 0.25) * 3.262


def q147():
    gm = G * M_EARTH
    r1 = R_EARTH + 300e3
    r2 = 42164e3
    return gm * 500 / 2 * (1 / r1 - 1 / r2) / 1e9


def compute_all():
    vals = {}
    for n in range(1, 151):
        qid = "q10m-%03d" % n
        fn = globals().get("q%03d" % n)
        vals[qid] = float(fn()) if fn is not None else None
    return vals


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "batch_m.json")
    vals = compute_all()
    with open(path) as fh:
        items = json.load(fh)
    assert len(items) == 150, len(items)
    bad = 0
    for it in items:
        v = vals[it["id"]]
        exp = it["expected"]
        print(it["id"], v)
        if it["outcome"] == "value":
            assert v is not None, it["id"]
            ok = exp is not None and abs(exp - v) <= 1e-6 * abs(v)
        else:
            ok = exp is None and v is None
        if not ok:
            bad += 1
            print("  MISMATCH:", it["id"], "json", exp, "computed", v)
    assert bad == 0, "%d mismatches" % bad
    print("all %d items match" % len(items))


if __name__ == "__main__":
    main()
