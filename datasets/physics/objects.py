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
    "sample", "substance", "material", "piece", "specimen", "lump", "slab", "bar of metal"),
    description="a piece of material: mass, volume, density, temperature, heat")
body = object_kind("body", is_a="matter", nouns=(
    "body", "object", "ball", "car", "block", "stone", "rock", "box", "crate", "cart", "bullet",
    "person", "man", "woman", "child", "student", "skier", "cyclist", "runner", "sprinter", "athlete",
    "diver", "skydiver", "jumper", "train", "truck", "lorry", "bus", "van", "vehicle", "motorcycle",
    "bike", "bicycle", "plane", "airplane", "aeroplane", "aircraft", "jet", "helicopter", "rocket",
    "projectile", "arrow", "puck", "sled", "sledge", "trolley", "brick", "package", "parcel",
    "boat", "ship", "elevator", "lift", "load", "hammer", "wheel", "flywheel", "disc", "disk",
    "rod", "beam", "cylinder", "sphere", "marble", "coin", "apple", "cannonball", "baseball",
    "football", "soccer ball", "tennis ball", "golf ball", "basketball", "bowling ball", "mass",
    "weight", "drone", "missile", "shell", "clock", "spaceship", "starship", "astronaut",
    "skater", "hockey puck", "toy car", "runner", "horse", "dog", "bird", "ice", "ice cube",
    "cube", "raindrop", "drop", "droplet", "pebble", "turntable", "merry-go-round", "propeller",
    "fan", "rotor", "door", "ladder", "plank", "crane load", "car tire", "tyre"),
    description="a body that moves as a whole: kinematics, dynamics, energy, momentum, rotation")
particle = object_kind("particle", is_a="body", nouns=(
    "particle", "electron", "proton", "neutron", "ion", "alpha particle", "muon", "pion",
    "positron", "deuteron", "charged particle", "molecule", "beta particle", "nucleon"),
    description="a microscopic body: charge in fields, de Broglie waves, relativistic motion")
satellite = object_kind("satellite", is_a="body", nouns=(
    "satellite", "spacecraft", "space station", "probe", "orbiter", "moon", "planet in orbit",
    "iss", "space shuttle", "orbiting body"),
    description="a body in a circular orbit about a central body")
pendulum = object_kind("pendulum", is_a="body", nouns=(
    "pendulum", "simple pendulum", "bob", "pendulum bob", "swing"),
    description="a point bob on a light string swinging under gravity")
oscillator = object_kind("oscillator", is_a="body", nouns=(
    "spring", "mass-spring system", "spring-mass system", "oscillator", "mass on a spring",
    "spring system", "harmonic oscillator"),
    description="a spring with the body it carries: Hooke's law, elastic energy, simple harmonic motion")
fluid = object_kind("fluid", is_a="matter", nouns=(
    "fluid", "liquid", "water", "oil", "mercury", "sea", "seawater", "sea water", "ocean", "lake",
    "pool", "swimming pool", "tank", "dam", "blood", "honey", "glycerine", "glycerin", "pipe",
    "hose", "tube", "artery", "nozzle", "stream", "river", "flow", "air", "column of liquid",
    "alcohol", "ethanol", "syrup", "gasoline", "petrol"),
    description="a liquid or a flowing fluid: hydrostatics, buoyancy, flow, viscosity")
gas = object_kind("gas", is_a="matter", nouns=(
    "gas", "gas sample", "ideal gas", "air", "helium", "oxygen", "nitrogen", "hydrogen gas",
    "argon", "neon", "carbon dioxide", "balloon", "tyre", "tire", "container", "cylinder",
    "piston", "steam", "vapour", "vapor", "atmosphere"),
    description="a sample of gas: the gas laws, kinetic theory, gas processes")

# ------------------------------------------------------------------------ places
place = object_kind("place", is_a="thing", nouns=("place", "location", "surface", "here"),
                    description="where gravity acts: the gravitational acceleration g")
planet = object_kind("planet", is_a="place", nouns=(
    "planet", "star", "sun", "earth", "moon", "mars", "jupiter", "venus", "mercury", "saturn",
    "neptune", "uranus", "pluto", "black hole", "neutron star", "white dwarf", "asteroid",
    "central body", "primary", "dwarf planet", "exoplanet", "titan", "europa", "io", "ganymede"),
    description="a central body: its mass and radius, surface gravity, escape speed")

# ------------------------------------------------------------- heat engines
engine = object_kind("engine", is_a="thing", nouns=(
    "engine", "heat engine", "carnot engine", "refrigerator", "fridge", "freezer", "heat pump",
    "power plant", "power station", "turbine", "motor", "air conditioner", "cycle"),
    description="a heat engine, refrigerator or heat pump working between two reservoirs")

# ------------------------------------------------------------------------- waves
wave = object_kind("wave", is_a="thing", nouns=("wave", "ripple", "pulse", "signal", "oscillation"),
                   description="a travelling or standing wave: speed, frequency, wavelength")
sound = object_kind("sound", is_a="wave", nouns=(
    "sound", "sound wave", "note", "tone", "siren", "horn", "whistle", "speaker", "loudspeaker",
    "tuning fork", "organ pipe", "pipe", "air column", "echo", "ultrasound", "noise", "alarm"),
    description="sound: its speed in a gas, Doppler shifts, beats, intensity level")
light = object_kind("light", is_a="wave", nouns=(
    "light", "light wave", "beam", "laser", "laser beam", "ray", "radio wave", "microwave",
    "x-ray", "x ray", "gamma ray", "electromagnetic wave", "em wave", "radiation", "lamp",
    "bulb", "led", "sunlight", "infrared", "ultraviolet"),
    description="light and other electromagnetic waves")
photon = object_kind("photon", is_a="light", nouns=("photon", "quantum of light", "gamma photon"),
                     description="one quantum of light: energy, momentum")
string = object_kind("string", is_a="wave", nouns=(
    "string", "guitar string", "violin string", "piano string", "cello string", "wire under tension",
    "taut string", "rope", "cord", "stretched wire", "vibrating string"),
    description="a string under tension carrying waves: wave speed, harmonics")
interface = object_kind("interface", is_a="thing", nouns=(
    "interface", "boundary", "surface between", "prism", "glass block", "water surface",
    "optical fibre", "optical fiber", "fibre", "fiber"),
    description="the boundary between two media: refraction, total internal reflection, Brewster")
optic = object_kind("optic", is_a="thing", nouns=(
    "lens", "converging lens", "diverging lens", "convex lens", "concave lens", "mirror",
    "concave mirror", "convex mirror", "magnifying glass", "magnifier", "camera", "projector",
    "eyepiece", "objective", "eye", "spectacles", "glasses"),
    description="a thin lens or spherical mirror: image distance, magnification, optical power")
aperture = object_kind("aperture", is_a="thing", nouns=(
    "slit", "single slit", "double slit", "slits", "grating", "diffraction grating", "aperture",
    "telescope", "microscope", "crystal", "crystal lattice", "hole", "pupil", "polarizer",
    "polariser", "polarising filter", "polarizing filter", "filter", "screen"),
    description="diffraction and interference: slits, gratings, apertures, crystal planes")

# ----------------------------------------------------------------- electricity
charge = object_kind("charge", is_a="thing", nouns=(
    "charge", "point charge", "test charge", "charged sphere", "sphere", "charged ball",
    "charged particle", "pair of charges", "charges"),
    description="a point charge: its field and potential around it")
capacitor = object_kind("capacitor", is_a="thing", nouns=(
    "capacitor", "parallel-plate capacitor", "parallel plate capacitor", "plates", "parallel plates",
    "condenser", "pair of plates"),
    description="a capacitor (parallel plates): capacitance, charge, stored energy, field between the plates")
conductor = object_kind("conductor", is_a="thing", nouns=(
    "resistor", "conductor", "component", "device", "appliance", "lamp", "bulb", "light bulb",
    "heater", "kettle", "toaster", "iron", "hair dryer", "hairdryer", "element", "heating element",
    "load", "filament", "led", "oven", "microwave oven", "charger", "phone", "laptop", "television",
    "tv", "computer", "fridge", "motor", "electric motor", "speaker", "wire", "cable", "circuit element"),
    description="a circuit element carrying a current: Ohm's law, power, resistance")
wire = object_kind("wire", is_a="conductor", nouns=(
    "wire", "cable", "conductor", "copper wire", "straight wire", "long wire", "rod", "metal rod",
    "power line", "transmission line", "bar"),
    description="a wire: resistance from its size, drift velocity, magnetic force and field")
coil = object_kind("coil", is_a="conductor", nouns=(
    "coil", "loop", "solenoid", "inductor", "winding", "electromagnet", "current loop", "ring"),
    description="a coil, loop or solenoid: its field, flux, inductance, induced emf")
circuit = object_kind("circuit", is_a="thing", nouns=(
    "circuit", "rc circuit", "rl circuit", "lc circuit", "rlc circuit", "ac circuit", "network",
    "combination", "supply", "mains", "power supply", "generator", "alternator", "outlet", "socket"),
    description="a circuit: time constants, transients, resonance, AC quantities")
series_circuit = object_kind("series circuit", is_a="circuit", nouns=(
    "series circuit", "series combination", "series connection", "resistors in series",
    "capacitors in series"),
    description="elements connected in series")
parallel_circuit = object_kind("parallel circuit", is_a="circuit", nouns=(
    "parallel circuit", "parallel combination", "parallel connection", "resistors in parallel",
    "capacitors in parallel"),
    description="elements connected in parallel")
battery = object_kind("battery", is_a="conductor", nouns=(
    "battery", "cell", "dry cell", "car battery", "power bank", "accumulator", "source"),
    description="a source of emf with internal resistance; its charge capacity")
transformer = object_kind("transformer", is_a="thing", nouns=("transformer", "step-up transformer",
                                                                "step-down transformer"),
                          description="an ideal transformer: primary and secondary coils")
field = object_kind("field", is_a="thing", nouns=(
    "field", "magnetic field", "electric field", "region", "field region", "uniform field"),
    description="a region of uniform electric or magnetic field (energy densities)")

# --------------------------------------------------------------- atoms and nuclei
atom = object_kind("atom", is_a="thing", nouns=(
    "atom", "hydrogen atom", "hydrogen", "hydrogen-like ion", "ion", "helium ion", "orbit",
    "bohr atom", "electron orbit"),
    description="an atom in the Bohr model: levels, radii, transitions")
metal = object_kind("metal", is_a="thing", nouns=(
    "metal", "metal surface", "surface", "cathode", "photocathode", "photoelectric surface",
    "sodium", "potassium", "cesium", "caesium", "zinc", "copper plate", "plate"),
    description="a photoemissive surface: work function, threshold, photoelectrons")
nucleus = object_kind("nucleus", is_a="thing", nouns=(
    "nucleus", "nuclide", "isotope", "radioactive sample", "radioisotope", "source", "sample",
    "radon", "uranium", "carbon-14", "carbon 14", "iodine-131", "cobalt-60", "radium",
    "plutonium", "tritium", "thorium", "polonium", "strontium", "cesium-137", "technetium"),
    description="a nucleus or a radioactive sample: decay, activity, binding energy, radius")
quantum_system = object_kind("quantum system", is_a="thing", nouns=(
    "quantum system", "particle in a box", "box", "well", "quantum well", "harmonic oscillator",
    "molecule", "quantum oscillator"),
    description="a bound quantum system: energy levels of a box or an oscillator")
