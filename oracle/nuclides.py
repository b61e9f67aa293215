"""Nuclides named in a question ("helium-4", "U-238", "radon 222"): their Z and A, and the
two questions about nuclear masses that need them.

A name says a nuclide's element (so its atomic number Z) and its mass number A; the laws of
the knowledge base take Z and A as numbers. :func:`nuclear_reading` reads the two common
questions over atomic masses as the knowledge base asks them:

* the **binding energy** of a nuclide (per nucleon too) from its atom's mass, the hydrogen-1
  atom's and the neutron's: Z and A come from the nuclide's name (or from givens that say
  them), and a neutron mass given is checked against the one the oracle knows;
* the **Q-value of an alpha decay** from the parent's, the daughter's and the helium-4 atom's
  masses: which nuclide is which follows from conservation (A and Z of the parent are those
  of the daughter plus 4 and 2), never from the order they are named in.

>>> nuclide("atomic mass of U-238"), nuclide("mass of a helium-4 atom"), nuclide("radon 222")
((92, 238), (2, 4), (86, 222))
>>> nuclide("mass of the car") is None
True
"""
from __future__ import annotations

import math
import re

#: The elements by atomic number (symbol, name), hydrogen to oganesson.
ELEMENTS = tuple(zip(
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr "
    "Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm "
    "Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No "
    "Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og".split(),
    "hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium magnesium "
    "aluminium silicon phosphorus sulfur chlorine argon potassium calcium scandium titanium vanadium "
    "chromium manganese iron cobalt nickel copper zinc gallium germanium arsenic selenium bromine "
    "krypton rubidium strontium yttrium zirconium niobium molybdenum technetium ruthenium rhodium "
    "palladium silver cadmium indium tin antimony tellurium iodine xenon caesium barium lanthanum "
    "cerium praseodymium neodymium promethium samarium europium gadolinium terbium dysprosium holmium "
    "erbium thulium ytterbium lutetium hafnium tantalum tungsten rhenium osmium iridium platinum gold "
    "mercury thallium lead bismuth polonium astatine radon francium radium actinium thorium "
    "protactinium uranium neptunium plutonium americium curium berkelium californium einsteinium "
    "fermium mendelevium nobelium lawrencium rutherfordium dubnium seaborgium bohrium hassium "
    "meitnerium darmstadtium roentgenium copernicium nihonium flerovium moscovium livermorium "
    "tennessine oganesson".split()))
_Z = {**{s.lower(): z for z, (s, _) in enumerate(ELEMENTS, 1)},
      **{n: z for z, (_, n) in enumerate(ELEMENTS, 1)}, "aluminum": 13, "sulphur": 16, "cesium": 55,
      "deuterium": 1, "tritium": 1}
#: Symbols that are also English words or units: only with their mass number and a hyphen.
_WORDS = {"i", "in", "no", "as", "be", "he", "at", "b", "c", "f", "h", "k", "n", "o", "p", "s", "u", "v",
          "w", "y"}
_NUCLIDE = re.compile(r"\b([A-Za-z]+)(?:-|\s)(\d{1,3})\b|\b(\d{1,3})([A-Z][a-z]?)\b")
_FIXED = {"deuterium": (1, 2), "tritium": (1, 3), "deuteron": (1, 2), "triton": (1, 3)}


def nuclide(text: str) -> tuple[int, int] | None:
    """``(Z, A)`` of the one nuclide ``text`` names ("U-238", "helium-4", "238U", "tritium"),
    or None where it names none or several."""
    found = set()
    for m in _NUCLIDE.finditer(text):
        word, a = (m[1], m[2]) if m[1] else (m[4], m[3])
        key = word.lower()
        if key not in _Z or (key in _WORDS and not (m[1] and "-" in m[0] and word[0].isupper())):
            continue
        z, a = _Z[key], int(a)
        if a >= z:
            found.add((z, a))
    for word, za in _FIXED.items():
        if re.search(rf"\b{word}\b", text, re.I):
            found.add(za)
    return found.pop() if len(found) == 1 else None


#: What the two questions ask: a binding energy, a Q-value or an energy released.
_ASKS = re.compile(r"binding energy|\bq[- ]?value\b|\benergy released\b|\bdisintegration energy\b|\bdecay energy\b",
                   re.I)


def _is_mass(dim) -> bool:
    from psg.units import parse_unit

    return dim == parse_unit("kg").dimension


def nuclear_reading(given: dict, find: str, read_value) -> tuple[dict, str, tuple[str, ...]] | None:
    """The question read as the knowledge base asks it (see the module docstring): ``(givens,
    find, notes)``, the names as the knowledge base's symbols (read exactly), or None where it is not one of the two questions, or its nuclides do not
    fit. ``read_value(value, name)`` reads a value (the oracle's)."""
    if not isinstance(find, str) or not all(isinstance(k, str) and isinstance(v, str) for k, v in given.items()):
        return None
    if not _ASKS.search(find):
        return None   # (before any value is read: this runs before every question)
    masses, other = {}, {}
    for name, value in given.items():
        try:
            qty = read_value(value, name)
        except ValueError:   # words that describe the set-up ("connection: parallel"): not these questions
            return None
        (masses if _is_mass(qty.dimension) and not qty.log else other)[name] = (value, qty)
    words = find.lower()
    if "binding energy" in words:
        return _binding(masses, other, find)
    if re.search(r"\bq[- ]?value\b|\benergy released\b|\bdisintegration energy\b|\bdecay energy\b", words) \
            and "alpha" in f"{words} {' '.join(given).lower()}" or re.search(r"\bq[- ]?value\b", words):
        return _alpha_decay(masses, other, find)
    return None


def _neutron_note(masses: dict) -> tuple[dict, tuple[str, ...]] | None:
    """The masses without a neutron's, which must agree with the neutron mass the oracle
    knows (to 1 part in 10^5); None where it does not."""
    from psg.units import parse_value

    out, notes = {}, []
    m_n = 1.67492750056e-27
    for name, (value, qty) in masses.items():
        if re.search(r"\bneutron\b", name, re.I) and nuclide(name) is None:
            if not math.isclose(float(qty.si), m_n, rel_tol=1e-5):
                return None
            notes.append(f"{name!r} ({value}) is the neutron's mass, which the oracle knows (CODATA)")
        else:
            out[name] = (value, qty)
    return out, tuple(notes)


def _binding(masses: dict, other: dict, find: str):
    kept = _neutron_note(masses)
    if kept is None:
        return None
    masses, notes = kept
    hydrogen = [n for n in masses if nuclide(n) == (1, 1) or re.search(r"\bhydrogen\b(?![- ]?[23])", n, re.I)]
    rest = [n for n in masses if n not in hydrogen]
    if len(hydrogen) != 1 or len(rest) != 1:
        return None
    atom = rest[0]
    za = nuclide(atom) or nuclide(find)
    counts = {k.lower(): v for k, (v, _) in other.items()}
    said_z = next((v for k, v in counts.items() if re.search(r"\b(protons?|atomic number|proton number)\b", k)), None)
    said_n = next((v for k, v in counts.items() if re.search(r"\bneutrons?\b", k)), None)
    said_a = next((v for k, v in counts.items() if re.search(r"\b(mass number|nucleons?)\b", k)), None)
    if za is None:
        if said_z is None or (said_n is None and said_a is None):
            return None
        givens = {"Z": said_z, **({"A_nuc": said_a} if said_a else {"number of neutrons": said_n})}
    else:
        givens = {"Z": str(za[0]), "A_nuc": str(za[1])}
        notes += (f"Z = {za[0]} and A = {za[1]} read from the nuclide's name",)
    if re.search(r"\bnucleus\b", atom, re.I) or re.search(r"\bnucle(us|ar)\b", hydrogen[0], re.I):
        return None   # nuclear masses: another law (the electrons do not cancel)
    givens |= {"m_H1": masses[hydrogen[0]][0], "m_atom": masses[atom][0]}
    if za is None and "number of neutrons" in givens:
        n = givens.pop("number of neutrons")
        try:
            givens["A_nuc"] = str(int(float(givens["Z"])) + int(float(n)))
        except ValueError:
            return None
        notes += ("the mass number is the protons and the neutrons given",)
    target = "E_bn" if "per nucleon" in find.lower() else "E_b"
    return givens, target, notes + (f"{hydrogen[0]!r} read as the hydrogen-1 atom's mass, {atom!r} as the atom's",)


def _alpha_decay(masses: dict, other: dict, find: str):
    if other or len(masses) != 3:
        return None
    named = {n: nuclide(n) for n in masses}
    if any(v is None for v in named.values()) or any(re.search(r"\b(nucleus|alpha)\b", n, re.I) for n in masses):
        return None   # atoms only: with a bare alpha particle's mass the electrons do not cancel
    helium = [n for n, za in named.items() if za == (2, 4)]
    if len(helium) != 1:
        return None
    a, b = (n for n in masses if n != helium[0])
    (za, zb) = named[a], named[b]
    if (za[0] - zb[0], za[1] - zb[1]) == (2, 4):
        parent, daughter = a, b
    elif (zb[0] - za[0], zb[1] - za[1]) == (2, 4):
        parent, daughter = b, a
    else:
        return None   # no alpha decay joins them
    givens = {"m_par": masses[parent][0], "m_dau": masses[daughter][0], "m_He4": masses[helium[0]][0]}
    return givens, "E_b", (f"an alpha decay: {parent!r} the parent, {daughter!r} the daughter "
                               f"(A and Z fall by 4 and 2)",)
