"""The kinds of object the laws describe: a type discipline one level above units.

A quantity belongs to an object (the mass *of the car*, the length *of the string*), and a
law applies only to objects of the kind it names (``@law(on="pendulum")``): a string's
length can never be a pendulum's length, and unrelated set-ups never join. Kinds form a
tree (``is_a``): a law ``on="body"`` applies to a pendulum's bob too; one ``on="matter"``
to a body, a fluid and a gas. ``nouns`` are the words questions use for an object of the
kind ("the guitar string", "ball 2"); a noun may stand for several kinds ("moon": a
planet-like central body or a satellite), and the question's other quantities decide.

Read by ``ast`` (literal arguments only), never executed by the oracle:

>>> from oracle.laws import object_kind
>>> object_kind("string", is_a="wave")["is_a"]
'wave'
"""
from oracle.laws import object_kind

thing = object_kind("thing", description="anything a law can describe (the root kind)")

# ------------------------------------------------------------------------- matter
matter = object_kind("matter", is_a="thing", nouns=(
    "sample", "substance", "material", "piece", "specimen", "lump", "slab", "bar of metal",
    "wire", "steel wire", "cable", "column", "pillar", "bone", "tendon",
    "semiconductor", "silicon", "germanium", "solar cell", "photodiode"),
    description="a piece of material: mass, volume, density, temperature, heat, stress and strain")
body = object_kind("body", is_a="matter", nouns=(
    "body", "object", "ball", "car", "block", "stone", "rock", "box", "crate", "cart", "bullet",
    "person", "man", "woman", "child", "student", "skier", "cyclist", "runner", "sprinter", "athlete",
    "diver", "skydiver", "jumper", "train", "truck", "lorry", "bus", "van", "vehicle", "motorcycle",
    "bike", "bicycle", "plane", "airplane", "aeroplane", "aircraft", "jet", "helicopter", "rocket",
    "projectile", "arrow", "puck", "sled", "sledge", "trolley", "brick", "package", "parcel",
    "boat", "ship", "elevator", "lift", "load", "hammer", "wheel", "flywheel",
    "rod", "beam", "marble", "coin", "apple", "cannonball", "baseball",
    "football", "soccer ball", "tennis ball", "golf ball", "basketball", "mass",
    "weight", "drone", "missile", "shell", "clock", "spaceship", "starship", "astronaut",
    "skater", "hockey puck", "toy car", "runner", "horse", "dog", "bird", "ice", "ice cube",
    "cube", "raindrop", "drop", "droplet", "pebble", "propeller",
    "fan", "rotor", "door", "ladder", "plank", "crane load", "car tire", "tyre",
    "barge", "tram", "tug", "tugboat", "ferry", "yacht", "canoe", "kayak", "submarine", "glider",
    "scooter", "skateboard", "locomotive", "wagon", "railcar", "carriage", "tractor", "forklift",
    "motorbike", "airliner", "jetliner", "trailer", "pallet", "climber", "mountaineer", "hiker",
    "walker", "swimmer", "rider", "passenger", "pilot", "patient", "player", "dancer", "gymnast",
    "jogger", "archer", "skateboarder", "snowboarder", "surfer", "parachutist", "worker"),
    description="a body that moves as a whole: kinematics, dynamics, energy, momentum, rotation")
particle = object_kind("particle", is_a="body", nouns=(
    "particle", "ion", "muon", "pion", "kaon", "positron",
    "deuteron", "charged particle", "molecule", "nucleon", "subatomic particle"),
    description="a microscopic body: charge in fields, de Broglie waves, relativistic motion")
# The photoelectrons a metal emits are electrons: the fastest one's kinetic energy is the
# metal's K_max, and its speed follows with its mass.
electron = object_kind("electron", is_a="particle", nouns=(
    "electron", "photoelectron", "beta particle", "free electron", "cathode ray"),
    description="an electron (a photoelectron a metal emits)")
proton = object_kind("proton", is_a="particle", nouns=("proton", "hydrogen nucleus"),
                     description="a proton: its mass and charge are constants (particles.py)")
neutron = object_kind("neutron", is_a="particle", nouns=("neutron",),
                      description="a neutron: its mass is a constant (particles.py)")
alpha_particle = object_kind("alpha particle", is_a="particle", nouns=("alpha particle", "alpha", "helium nucleus"),
                             description="an alpha particle (helium-4 nucleus): mass and charge are constants")
satellite = object_kind("satellite", is_a="body", nouns=(
    "satellite", "spacecraft", "space station", "probe", "orbiter", "moon", "planet in orbit",
    "iss", "space shuttle", "orbiting body", "orbit", "circular orbit", "planet", "exoplanet",
    "geostationary satellite", "geostationary orbit", "geosynchronous orbit"),
    description="a body in a circular orbit about a central body")
pendulum = object_kind("pendulum", is_a="body", nouns=(
    "pendulum", "simple pendulum", "bob", "pendulum bob", "swing"),
    description="a point bob on a light string swinging under gravity")
oscillator = object_kind("oscillator", is_a="body", nouns=(
    "mass-spring system", "spring-mass system", "oscillator", "mass on a spring",
    "spring system", "harmonic oscillator"),
    description="a body oscillating on a spring (its spring is a partner of kind spring): simple harmonic motion")
fluid = object_kind("fluid", is_a="matter", nouns=(
    "fluid", "liquid", "oil", "mercury", "sea", "seawater", "sea water", "ocean", "lake",
    "pool", "swimming pool", "tank", "dam", "blood", "honey", "glycerine", "glycerin", "pipe",
    "hose", "tube", "artery", "nozzle", "stream", "river", "flow", "air", "column of liquid",
    "alcohol", "ethanol", "syrup", "gasoline", "petrol", "hydraulic press", "hydraulic lift",
    "hydraulic jack", "hydraulic system", "hydraulic brake", "brine", "salt water", "saltwater", "wine", "beer",
    "wort", "milk", "juice", "diesel", "kerosene", "paraffin", "coolant", "antifreeze", "slurry", "mud", "milkshake"),
    description="a liquid or a flowing fluid: hydrostatics, buoyancy, flow, viscosity")
water = object_kind("water", is_a="fluid", nouns=(
    "water", "fresh water", "freshwater", "tap water", "pure water", "liquid water", "drinking water"),
    description="liquid fresh water: a fluid whose density and specific heat are known (a question may leave them out)")
gas = object_kind("gas", is_a="matter", nouns=(
    "gas", "gas sample", "ideal gas", "air", "helium", "oxygen", "nitrogen", "hydrogen gas",
    "argon", "neon", "carbon dioxide", "balloon", "tyre", "tire", "container", "cylinder",
    "piston", "steam", "vapour", "vapor", "atmosphere", "parcel", "air parcel", "parcel of air"),
    description="a sample of gas: the gas laws, kinetic theory, gas processes")
air = object_kind("air", is_a="gas", implicit=True, nouns=("air", "dry air", "atmosphere", "the air"),
                  description="dry air: a diatomic ideal gas whose sound speed follows from its temperature")

# ------------------------------------------------------------------------ places
place = object_kind("place", is_a="thing", implicit=True, nouns=("place", "location", "surface", "here"),
                    description="where gravity acts: the gravitational acceleration g")
planet = object_kind("planet", is_a="place", nouns=(
    "planet", "star", "sun", "earth", "moon", "mars", "jupiter", "venus", "mercury", "saturn",
    "neptune", "uranus", "pluto", "black hole", "neutron star", "white dwarf", "asteroid",
    "central body", "primary", "dwarf planet", "exoplanet", "titan", "europa", "io", "ganymede"),
    description="a central body: its mass and radius, surface gravity, escape speed")

# ------------------------------------------------ mechanics: springs, systems, parts
# A spring is not a body: the body hanging from it or oscillating on it is another object,
# so "the weight of the hanging mass is the spring's force" is a bridge law between them.
rod = object_kind("rod", is_a="body", nouns=(
    "rod", "thin rod", "uniform rod", "stick", "metre stick", "meter stick", "metre rule",
    "meter rule", "beam", "bar", "pole", "plank", "baton"),
    description="a thin uniform rod: its moment of inertia from its length")
# Shapes set the moment of inertia; a body of no stated shape has none.
point_mass = object_kind("point mass", is_a="body", nouns=(
    "point mass", "point particle", "bead", "small mass", "small ball", "bob on a string"),
    description="a body small beside its distance r from the axis: I = m r^2")
solid_disk = object_kind("solid disk", is_a="body", nouns=(
    "disk", "disc", "solid disk", "solid disc", "uniform disk", "uniform disc", "solid cylinder",
    "cylinder", "uniform cylinder", "turntable", "merry-go-round", "grinding wheel"),
    description="a uniform solid disk or cylinder about its axis: I = m r^2 / 2")
hoop = object_kind("hoop", is_a="body", nouns=(
    "hoop", "thin ring", "thin hoop", "hollow cylinder", "thin-walled cylinder", "cylindrical shell"),
    description="a thin hoop or thin-walled cylinder about its axis: I = m r^2")
solid_sphere = object_kind("solid sphere", is_a="body", nouns=(
    "solid sphere", "sphere", "uniform sphere", "solid ball", "bowling ball"),
    description="a uniform solid sphere about a diameter: I = 2 m r^2 / 5")
hollow_sphere = object_kind("hollow sphere", is_a="body", nouns=(
    "hollow sphere", "spherical shell", "thin spherical shell", "hollow ball"),
    description="a thin spherical shell about a diameter: I = 2 m r^2 / 3")
spring = object_kind("spring", is_a="thing", nouns=(
    "spring", "coil spring", "helical spring", "spring scale", "spring balance", "bungee cord",
    "elastic cord", "spring bumper", "buffer spring", "suspension spring"),
    description="a spring: its constant, extension, force and stored elastic energy (Hooke's law)")
system = object_kind("system", is_a="thing", nouns=(
    "system", "pair", "pair of bodies", "two bodies", "two masses", "pair of masses", "binary",
    "binary star", "binary system", "earth-moon system", "two spheres", "two objects"),
    description="two or more objects taken together (its members): the force between two masses")
collision = object_kind("collision", is_a="system", nouns=(
    "collision", "crash", "head-on collision", "impact between the bodies", "one-dimensional collision"),
    description="two bodies colliding on a line (its members); elastic or perfectly inelastic")
elastic_collision = object_kind("elastic collision", is_a="collision", nouns=(
    "elastic collision", "perfectly elastic collision", "elastic head-on collision", "collision",
    "head-on collision", "crash"),
    description="a collision that conserves momentum and kinetic energy")
inelastic_collision = object_kind("inelastic collision", is_a="collision", nouns=(
    "perfectly inelastic collision", "inelastic collision", "completely inelastic collision",
    "bodies sticking together", "coupling", "collision", "head-on collision", "crash"),
    description="a perfectly inelastic collision: the bodies stick together and move as one")
atwood_machine = object_kind("atwood machine", is_a="system", nouns=(
    "atwood machine", "atwood's machine", "pulley system", "masses over a pulley", "pulley"),
    description="two bodies (its members) hanging from a light string over a light frictionless pulley")
pipe = object_kind("pipe", is_a="thing", nouns=(
    "pipe", "hose", "garden hose", "tube", "capillary tube", "capillary", "artery", "vein",
    "blood vessel", "aorta", "nozzle", "duct", "pipeline", "water main", "tap", "faucet", "straw",
    "needle", "venturi meter", "venturi tube", "channel"),
    description="a pipe or tube carrying a flow of a fluid (its partner): flow rate, continuity, "
                "Bernoulli between its sections, viscous flow, capillary rise")
section = object_kind("section", is_a="thing", nouns=(
    "section", "cross-section", "wide section", "narrow section", "constriction", "throat",
    "inlet", "outlet", "point in the pipe", "end of the pipe", "wide part", "narrow part"),
    description="a cross-section of a pipe or a point of a streamline: area, flow speed, pressure, height")
piston = object_kind("piston", is_a="thing", nouns=(
    "piston", "small piston", "large piston", "input piston", "output piston", "plunger",
    "master cylinder", "slave cylinder"),
    description="a piston of a hydraulic press: the force on it and its area")

# ------------------------------------------------------------- heat engines
engine = object_kind("engine", is_a="thing", nouns=(
    "engine", "heat engine", "carnot engine", "refrigerator", "fridge", "freezer", "heat pump",
    "power plant", "power station", "turbine", "motor", "air conditioner", "cycle"),
    description="a heat engine, refrigerator or heat pump working between two reservoirs")

# ------------------------------------------------------------------------- waves
wave = object_kind("wave", is_a="thing", nouns=("wave", "ripple", "pulse", "signal", "earthquake", "tremor", "quake", "seismic wave"),
                   description="a travelling or standing wave: speed, frequency, wavelength")
sound = object_kind("sound", is_a="wave", nouns=(
    "sound", "sound wave", "note", "tone", "siren", "horn", "whistle", "speaker", "loudspeaker",
    "tuning fork", "echo", "ultrasound", "noise", "alarm", "sonar", "sonar pulse", "source",
    "sound source", "point source", "acoustic source", "trumpet", "instrument", "musical instrument"),
    description="sound: its speed in a gas, Doppler shifts, beats, intensity level")
# A pipe's resonances depend on its ends: the kind says which, so that an open pipe's law
# never answers for a closed one (and a pipe of unstated kind is neither).
air_column = object_kind("air column", is_a="sound", nouns=(
    "air column", "organ pipe", "pipe", "tube", "resonance tube", "column of air"),
    description="sound standing in a pipe: its length sets the resonant frequencies")
open_pipe = object_kind("open pipe", is_a="air column", nouns=(
    "open pipe", "pipe open at both ends", "open organ pipe", "open tube", "tube open at both ends",
    "open-open pipe", "flute"),
    description="a pipe open at both ends: every harmonic, f1 = v/(2l)")
closed_pipe = object_kind("closed pipe", is_a="air column", nouns=(
    "closed pipe", "pipe closed at one end", "stopped pipe", "closed organ pipe", "closed tube",
    "tube closed at one end", "stopped organ pipe", "closed-open pipe", "clarinet"),
    description="a pipe closed at one end: odd harmonics only, f1 = v/(4l)")
water_wave = object_kind("water wave", is_a="wave", nouns=(
    "water wave", "ocean wave", "surface wave", "tsunami", "swell", "ocean swell", "wave on the water",
    "sea wave"),
    description="a gravity wave on water: its speed from the depth (shallow) or the period (deep)")
thin_film = object_kind("thin film", is_a="thing", nouns=(
    "thin film", "film", "soap film", "soap bubble", "oil film", "coating", "anti-reflection coating",
    "antireflection coating", "oil slick"),
    description="a film thinner than a few wavelengths: interference of light reflected by its two faces")
light = object_kind("light", is_a="wave", nouns=(
    "light", "light wave", "beam", "laser", "laser beam", "ray", "radio wave", "microwave",
    "x-ray", "x ray", "gamma ray", "electromagnetic wave", "em wave", "radiation", "lamp",
    "bulb", "led", "sunlight", "infrared", "ultraviolet", "x-ray tube", "x-ray beam", "source",
    "light source"),
    description="light and other electromagnetic waves")
photon = object_kind("photon", is_a="light", nouns=("photon", "quantum of light", "gamma photon"),
                     description="one quantum of light: energy, momentum")
string = object_kind("string", is_a="wave", nouns=(
    "string", "guitar string", "violin string", "piano string", "cello string", "wire under tension",
    "taut string", "rope", "cord", "stretched wire", "vibrating string", "wire", "cable", "sonometer wire",
    "guy wire", "steel cable"),
    description="a string under tension carrying waves: wave speed, harmonics")
# The two sides of an interface are media: numbered members of refraction laws (n1, n2).
medium = object_kind("medium", is_a="matter", nouns=(
    "medium", "glass", "water", "air", "diamond", "oil", "crown glass", "flint glass",
    "perspex", "acrylic", "plastic", "quartz", "ice", "seawater", "sea water", "scintillator",
    "glycerine", "glycerin", "ethanol", "alcohol", "benzene", "sapphire", "polycarbonate", "cornea",
    "lens material"),
    description="an optical medium: its refractive index and the speed of light in it")
interface = object_kind("interface", is_a="thing", nouns=(
    "interface", "boundary", "surface between", "prism", "glass block", "water surface",
    "optical fibre", "optical fiber", "fibre", "fiber"),
    description="the boundary between two media: refraction, total internal reflection, Brewster")
optic = object_kind("optic", is_a="thing", nouns=(
    "lens", "converging lens", "diverging lens", "convex lens", "concave lens", "mirror",
    "concave mirror", "convex mirror", "magnifying glass", "magnifier", "camera", "projector",
    "eyepiece", "objective", "eye", "spectacles", "glasses",
    "telescope", "refracting telescope", "refractor", "microscope", "compound microscope", "binoculars",
    "pair of binoculars", "instrument", "optical instrument"),
    description="a thin lens or spherical mirror: image distance, magnification, optical power")
aperture = object_kind("aperture", is_a="thing", nouns=(
    "slit", "single slit", "double slit", "slits", "grating", "diffraction grating", "aperture",
    "telescope", "microscope", "crystal", "crystal lattice", "hole", "pupil", "polarizer",
    "polariser", "polarising filter", "polarizing filter", "filter", "screen"),
    description="diffraction and interference: slits, gratings, apertures, crystal planes")

# ----------------------------------------------------------------- electricity
# A point charge is a piece of charged matter (q = N e, the force q E in a field apply to it);
# it is not a body, so the laws of motion of a charged body (accelerated through V, circling
# in B) never meet its own field and potential at a distance r.
charge = object_kind("charge", is_a="matter", nouns=(
    "charge", "point charge", "test charge", "charged sphere", "sphere", "charged ball",
    "charged particle", "source charge", "small charged sphere", "line charge", "line of charge",
    "charged line", "charged filament", "charged wire", "charged rod", "filament"),
    description="a point charge as a source: its field and potential at a distance r, the flux of its field")
charge_pair = object_kind("charge pair", is_a="thing", nouns=(
    "pair of charges", "charges", "two charges", "two point charges", "charge pair",
    "system of charges", "system of two charges"),
    description="two charges taken together (its members): the Coulomb force between them, "
                "their separation, their potential energy")
# A field is a region where a charge, a wire or a coil placed in it feels E or B: the partner
# of the laws of forces on them. The space between parallel plates is one, so a capacitor is
# a field (never a point charge): E = V/d there, and a charge between the plates feels q E.
field = object_kind("field", is_a="thing", implicit=True, nouns=(
    "field", "magnetic field", "electric field", "region", "field region", "uniform field"),
    description="a region of uniform electric or magnetic field: E, B, the potential difference V "
                "across a distance d, energy densities; the partner of charges, wires and coils in it")
capacitor = object_kind("capacitor", is_a="field", nouns=(
    "capacitor", "parallel-plate capacitor", "parallel plate capacitor", "plates", "parallel plates",
    "condenser", "pair of plates"),
    description="a capacitor (parallel plates): capacitance, charge, stored energy, the field between the plates")
conductor = object_kind("conductor", is_a="thing", nouns=(
    "resistor", "conductor", "component", "device", "appliance", "lamp", "bulb", "light bulb",
    "heater", "kettle", "toaster", "iron", "hair dryer", "hairdryer", "element", "heating element",
    "load", "filament", "oven", "microwave oven", "charger", "phone", "laptop", "television",
    "tv", "computer", "fridge", "motor", "electric motor", "speaker", "wire", "cable", "circuit element",
    "galvanometer", "shunt", "ammeter", "voltmeter"),
    description="anything with a voltage across it and a current through it (a circuit element, or a "
                "whole network seen from its two terminals): Ohm's law, power, resistance, AC values")
led = object_kind("led", is_a="conductor", nouns=(
    "led", "light-emitting diode", "light emitting diode", "diode", "led lamp", "indicator led",
    "indicator light", "status led", "led bulb"),
    description="a light-emitting diode: a forward voltage across it while it conducts, and the resistor "
                "in series that sets its current")
wire = object_kind("wire", is_a="conductor", nouns=(
    "wire", "cable", "conductor", "copper wire", "straight wire", "long wire", "rod", "metal rod",
    "power line", "transmission line", "bar", "busbar", "bus bar"),
    description="a wire: resistance from its size, drift velocity, magnetic force and field")
wire_pair = object_kind("wire pair", is_a="thing", nouns=(
    "pair of wires", "two wires", "parallel wires", "two parallel wires", "wires", "wire pair",
    "two long wires", "parallel conductors", "busbars", "bus bars", "two busbars", "pair of busbars"),
    description="two long parallel wires taken together (its members): the force between them")
coil = object_kind("coil", is_a="conductor", nouns=(
    "coil", "loop", "solenoid", "inductor", "winding", "electromagnet", "current loop", "ring"),
    description="a coil, loop or solenoid: its field, flux, inductance, induced emf")
# A circuit is the load a source drives, taken as a whole: a network is a conductor seen from
# its terminals (V across it, I into it, its equivalent R). Its source (a battery) is a partner,
# so the terminal voltage and the current delivered are the circuit's V and I.
circuit = object_kind("circuit", is_a="conductor", nouns=(
    "circuit", "rc circuit", "rl circuit", "lc circuit", "rlc circuit", "ac circuit", "network",
    "combination", "supply", "mains", "generator", "alternator", "outlet", "socket",
    "external circuit", "load", "external load", "device"),
    description="a circuit driven by a source, taken as a whole: the current it draws, the voltage across it "
                "(the source's terminal voltage), its equivalent resistance and capacitance; time constants, "
                "transients, resonance, AC quantities")
series_circuit = object_kind("series circuit", is_a="circuit", nouns=(
    "series circuit", "series combination", "series connection", "resistors in series",
    "capacitors in series", "series", "in series", "series arrangement", "series network"),
    description="elements connected in series (its members): one current, voltages that add")
parallel_circuit = object_kind("parallel circuit", is_a="circuit", nouns=(
    "parallel circuit", "parallel combination", "parallel connection", "resistors in parallel",
    "capacitors in parallel", "parallel", "in parallel", "parallel arrangement", "parallel network"),
    description="elements connected in parallel (its members): one voltage, currents that add")
# A battery is a source, not a load: it is the partner of the circuit it drives (emf, internal
# resistance, charge capacity, stored energy), and never a member of a series or parallel
# combination of the elements it drives.
battery = object_kind("battery", is_a="thing", nouns=(
    "battery", "cell", "dry cell", "car battery", "power bank", "accumulator", "source",
    "power supply", "source of emf", "ac source", "ac supply", "ac generator", "signal generator"),
    description="a source of emf (a battery, cell, power supply or AC source): its emf, internal resistance, "
                "charge capacity, stored energy and supply frequency; the current it delivers and its "
                "terminal voltage are those of the circuit it drives")
transformer = object_kind("transformer", is_a="thing", nouns=("transformer", "step-up transformer",
                                                                "step-down transformer"),
                          description="an ideal transformer: primary and secondary coils; its load is a partner")

# --------------------------------------------------------------- atoms and nuclei
# An atom is a microscopic body (its mass, speed, de Broglie wavelength) with Bohr levels;
# a nucleus is also a radioactive sample, i.e. matter: its mass gives moles and nuclei.
atom = object_kind("atom", is_a="particle", nouns=(
    "atom", "hydrogen atom", "hydrogen", "hydrogen-like ion", "ion", "helium ion", "bohr atom"),
    description="an atom in the Bohr model: levels, radii, transitions")
metal = object_kind("metal", is_a="thing", nouns=(
    "metal", "metal surface", "surface", "cathode", "photocathode", "photoelectric surface",
    "sodium", "potassium", "cesium", "caesium", "zinc", "copper plate", "plate"),
    description="a photoemissive surface: work function, threshold, photoelectrons")
nucleus = object_kind("nucleus", is_a="matter", nouns=(
    "nucleus", "nuclide", "isotope", "radioactive sample", "radioisotope", "source", "sample",
    "radon", "uranium", "carbon-14", "carbon 14", "iodine-131", "cobalt-60", "radium",
    "plutonium", "tritium", "thorium", "polonium", "strontium", "cesium-137", "technetium",
    # elements named with a mass number ("cobalt-60", "iodine-131"): the number labels the isotope
    "carbon", "cobalt", "iodine", "potassium", "cesium", "caesium", "americium", "phosphorus",
    "krypton", "barium", "xenon", "fluorine", "nitrogen-13", "oxygen-15", "lead-210", "bismuth"),
    description="a nucleus or a radioactive sample: decay, activity, binding energy, radius")
quantum_system = object_kind("quantum system", is_a="thing", nouns=(
    "quantum system", "particle in a box", "box", "well", "quantum well", "harmonic oscillator",
    "molecule", "quantum oscillator"),
    description="a bound quantum system: energy levels of a box or an oscillator")

# An optical fibre's two media have roles no numbering shows: light is guided in the core,
# by total internal reflection at the cladding around it (both are media: Snell, critical angle).
fibre_core = object_kind("fibre core", is_a="medium", nouns=("core", "fibre core", "fiber core", "glass core"),
                         description="the core of an optical fibre, where the light is guided")
cladding = object_kind("cladding", is_a="medium", nouns=("cladding", "fibre cladding", "fiber cladding"),
                       description="the cladding around an optical fibre's core, of lower refractive index")

# A hall's sound dies away at a rate set by its volume and the absorption of its surfaces.
hall = object_kind("hall", is_a="thing", nouns=(
    "hall", "concert hall", "auditorium", "theatre", "theater", "lecture hall", "lecture theatre",
    "recording studio", "studio", "church", "cathedral", "gymnasium", "classroom"),
    description="an enclosed space: its reverberation time from its volume and the absorption of its surfaces")
# A wind turbine takes a share (its power coefficient) of the power of the wind through its rotor.
wind_turbine = object_kind("wind turbine", is_a="thing", nouns=(
    "wind turbine", "windmill", "wind generator", "wind power plant", "turbine", "rotor"),
    description="a wind turbine: the power it draws from the wind through the area its rotor sweeps")
