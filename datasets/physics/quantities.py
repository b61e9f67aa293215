"""The one quantity namespace of the physics knowledge base.

Every symbol that a law in ``datasets/physics`` takes or derives is declared here exactly
once: its SI unit, a descriptive name, its quantity kind and the other names people use
for it. Symbols are case-sensitive (``T`` temperature, ``t`` time); names and synonyms are
matched case-insensitively and are unique across the whole namespace. Two distinct
quantities of one kind get distinct symbols (``m1``, ``m2``; ``T_h``, ``T_c``).

Conventions (see docs/knowledge-base.md): a bare letter is the generic quantity (``v``
speed, ``r`` radius or distance between centres, ``h`` height or depth, ``l`` length, ``d``
distance or separation); a suffix names the role (``v0`` initial speed, ``F_w`` weight,
``rho_f`` fluid density); ``d`` + symbol is a change (``dT``, ``dVol``), except ``dx``,
``dp``, ``dE``, ``dt`` which are quantum uncertainties.

Read by ``ast`` (literal arguments only), never executed by the oracle:

>>> from oracle.laws import quantity
>>> quantity("kg", "mass", kind="mass")["unit"]
'kg'
"""
from oracle.laws import quantity

# ----------------------------------------------------------------------------- mechanics
m = quantity("kg", "mass", kind="mass", synonyms=(
    "mass of the body", "mass of the object", "object mass", "body mass", "particle mass",
    "mass of the particle", "mass of the satellite", "mass of the ball", "mass of the car",
    "mass of the block", "mass of a molecule", "mass of the molecule", "rest mass",
    "mass of the sample", "mass of the substance", "mass of water", "mass of the bob",
    "mass of the electron", "mass of the proton", "mass of the rod", "mass of the gas",
    "mass of ice", "mass of the ice", "mass of the person",
    "mass of the box", "mass of the bullet", "mass of the water"), assumes=("m > 0",))
m1 = quantity("kg", "mass of the first body", kind="mass", synonyms=(
    "first mass", "mass 1", "mass of object 1", "mass of body 1", "mass of the first object",
    "mass of the first ball", "mass of the first car"), member=("m", 1), assumes=("m1 > 0",))
m2 = quantity("kg", "mass of the second body", kind="mass", synonyms=(
    "second mass", "mass 2", "mass of object 2", "mass of body 2", "mass of the second object",
    "mass of the second ball", "mass of the second car"), member=("m", 2), assumes=("m2 > 0",))
M = quantity("kg", "mass of the central body", kind="mass", synonyms=(
    "central mass", "planet mass", "mass of the planet", "mass of the star", "mass of the earth",
    "mass of the sun", "mass of the black hole", "mass of the moon", "mass of the primary",
    "mass of the attracting body", "mass of the central object",
    "earth's mass", "sun's mass"), of="planet", same_as="m", assumes=("M > 0",))
v = quantity("m/s", "speed", kind="speed", synonyms=(
    "velocity", "final speed", "final velocity", "speed of the body", "speed of the object",
    "speed of the particle", "velocity of the particle", "velocity of the object",
    "speed of the electron", "speed of the car", "speed of the ball", "orbital speed",
    "orbital velocity", "impact speed", "speed at impact", "speed on impact",
    "speed at the bottom", "instantaneous speed", "speed of efflux", "efflux speed",
    "speed of the fluid", "flow speed", "flow velocity", "speed of the conductor",
    "speed of the moving frame", "relative speed", "tangential speed", "linear speed",
    "tangential velocity", "impact velocity", "velocity at impact", "airspeed", "air speed", "cruising speed",
    "velocity on impact", "velocity of the electron", "velocity of the car", "speed of the proton",
    "velocity of the ball", "velocity of the bullet", "speed of the bullet", "speed of the satellite",
    "velocity of the satellite",
    "safe speed", "maximum safe speed", "design speed of the curve", "speed around the curve"), assumes=("v >= 0", "v < c"))
v0 = quantity("m/s", "initial speed", kind="speed", synonyms=(
    "initial velocity", "launch speed", "launch velocity", "speed of projection",
    "velocity of projection", "muzzle velocity", "muzzle speed", "starting speed",
    "starting velocity", "initial speed of the projectile", "projection speed", "take-off speed", "takeoff speed",
    "speed at take-off", "throwing speed", "kick speed"), assumes=("v0 >= 0", "v0 < c"))
v_avg = quantity("m/s", "average speed", kind="speed", synonyms=(
    "average velocity", "mean speed", "mean velocity"), assumes=("v_avg >= 0", "v_avg <= c"))
v_x = quantity("m/s", "horizontal component of velocity", kind="velocity", synonyms=(
    "horizontal velocity", "horizontal speed", "x component of velocity",
    "horizontal velocity component"), assumes=("v_x < c", "v_x > -c"))
v_y = quantity("m/s", "vertical component of velocity", kind="velocity", synonyms=(
    "vertical velocity", "vertical speed", "initial vertical velocity",
    "y component of velocity", "vertical velocity component"), assumes=("v_y < c", "v_y > -c"))
a = quantity("m/s^2", "acceleration", kind="acceleration", synonyms=(
    "linear acceleration", "tangential acceleration", "constant acceleration",
    "acceleration of the body", "acceleration of the object", "acceleration down the incline",
    "acceleration down the slope", "rate of change of velocity", "average acceleration",
    "acceleration of the block", "acceleration of the car"))
a_dec = quantity("m/s^2", "deceleration", kind="acceleration", synonyms=(
    "braking deceleration", "rate of deceleration", "retardation", "deceleration of the car",
    "constant deceleration", "average deceleration", "braking rate"), assumes=("a_dec > 0",))
a_c = quantity("m/s^2", "centripetal acceleration", kind="acceleration", synonyms=(
    "radial acceleration", "acceleration towards the centre", "acceleration towards the center",
    "central acceleration"), assumes=("a_c >= 0",))
g = quantity("m/s^2", "gravitational acceleration", kind="acceleration", synonyms=(
    "acceleration due to gravity", "gravitational field strength", "free-fall acceleration",
    "free fall acceleration", "acceleration of free fall", "surface gravity", "gravity",
    "local gravitational acceleration", "gravitational field", "gravitational acceleration at the surface",
    "strength of gravity"), of="place", assumes=("g > 0",))
t_pass = quantity("s", "time to reach a height", kind="time", synonyms=(
    "time to reach", "time to reach the height", "time to reach that height", "time at which it is at that height",
    "time when it passes that height", "time to rise to", "time to get to", "time at that height",
    "time at which the body is at that height"), assumes=("t_pass > 0",))
t = quantity("s", "time", kind="time", synonyms=(
    "time interval", "duration", "elapsed time", "time elapsed", "time taken", "time of fall",
    "delay", "time delay", "delay time",   # (one way: "delay of the thunder"; an echo's is said so)
    "fall time", "time to fall", "charging time", "time since the start", "age of the sample",
    "age",
    "time to stop", "stopping time", "time to boil", "time to reach that speed", "time to reach the speed",
    "time to reach a speed", "time to reach top speed", "time to reach full speed", "battery life",
    "running time", "run time", "runtime", "operating time"), assumes=("t >= 0",))
# A driver's stop: the distance covered at constant speed while reacting, then braking; a sum
# (distinct quantities, so that a question that needs both never gets one).
t_react = quantity("s", "reaction time", kind="time", synonyms=(
    "reaction time of the driver", "driver's reaction time", "driver reaction time", "perception-reaction time",
    "perception reaction time", "thinking time", "response time of the driver"), assumes=("t_react >= 0",))
d_react = quantity("m", "reaction distance", kind="distance", synonyms=(
    "thinking distance", "distance during the reaction time", "reaction distance of the car"), assumes=("d_react >= 0",))
d_stop = quantity("m", "total stopping distance", kind="distance", synonyms=(
    "overall stopping distance", "total distance to stop", "stopping distance including the reaction time",
    "total stopping distance of the car", "whole stopping distance"), assumes=("d_stop >= 0",))
t_flight = quantity("s", "time of flight", kind="time", synonyms=(
    "flight time", "total flight time", "time in the air", "hang time",
    "time of flight of the projectile"), assumes=("t_flight > 0",))
d = quantity("m", "distance", kind="distance", synonyms=(
    "displacement", "distance travelled", "distance traveled", "distance covered",
    "distance moved", "stopping distance", "braking distance", "plate separation", "separation",
    "distance of separation", "separation of the plates",
    "distance between the plates", "thickness", "wall thickness", "thickness of the wall",
    "distance between the wires", "separation of the wires", "path length", "spacing",
    "gap", "spacing between", "decay length", "mean decay length", "decay distance",
    "runway length", "length of the runway", "take-off distance", "take-off run"), assumes=("d >= 0",))
h = quantity("m", "height", kind="height", synonyms=(
    "depth", "drop height", "distance fallen", "height of the fall", "elevation",
    "vertical height", "height above the ground", "depth below the surface", "water depth",
    "depth of the water", "depth of the liquid", "height of the liquid column", "height of the cliff",
    "height of the building", "height of the tower", "height above the surface",
    "height of the water", "capillary rise", "height of rise",
    "fall height", "vertical drop", "change in height", "height difference",
    "height change", "vertical distance", "head", "effective head", "head of water", "water head",
    "hydraulic head", "net head", "gross head", "head of the dam"), assumes=("h >= 0",))
h0 = quantity("m", "initial height", kind="height", synonyms=(
    "starting height", "release height", "initial height above the ground", "height at the start",
    "height at the top", "starting height above the ground", "initial elevation"), assumes=("h0 >= 0",))
h_f = quantity("m", "final height", kind="height", synonyms=(
    "height at the end", "final height above the ground", "final elevation",
    "height of the second point", "height at the second point"), assumes=("h_f >= 0",))
# An orbit's altitude is its own quantity: with one symbol for both, a fall of h metres on a
# planet whose mass and radius are given would be read as an orbit at altitude h.
h_alt = quantity("m", "altitude", kind="height", synonyms=(
    "altitude above the surface", "altitude of the satellite", "height of the satellite",
    "orbital altitude", "altitude of the orbit", "height of the orbit", "orbit altitude"), assumes=("h_alt >= 0",))
h_max = quantity("m", "maximum height", kind="height", synonyms=(
    "peak height", "maximum height of the projectile", "greatest height", "apex height",
    "maximum height reached", "highest point"), assumes=("h_max >= 0",))
x_range = quantity("m", "range", kind="distance", synonyms=(
    "horizontal range", "range of the projectile", "horizontal distance",
    "horizontal distance travelled", "horizontal distance traveled", "landing distance",
    "length of the jump", "jump length", "distance jumped", "length of the throw", "throw distance",
    "distance thrown"), assumes=("x_range >= 0",))
r = quantity("m", "radius", kind="radius", synonyms=(
    "distance from the centre", "distance from the center", "orbital radius", "radius of the orbit",
    "radius of the circle", "radius of the circular path", "radius of the path",
    "distance between the charges", "distance between the masses", "distance between centres",
    "distance between centers", "distance from the charge", "distance from the wire",
    "distance from the source", "lever arm", "moment arm", "radial distance",
    "radius of the pipe", "pipe radius", "radius of the tube", "radius of the sphere",
    "radius of the drop", "radius of the turn", "radius of the track", "radius of the wheel",
    "distance between the bodies", "distance from the axis", "distance from the pivot",
    "orbit radius", "radius of the wire", "separation of the charges", "charge separation",
    "separation of the masses",
    "cyclotron radius", "semi-major axis", "semimajor axis", "semi-major axis of the orbit", "radius of the circular orbit in the field", "gyroradius", "larmor radius",
    "radius of the satellite orbit", "distance from the sun", "distance from the centre of the earth",
    "distance from the center of the earth", "distance from the centre of the planet"), assumes=("r > 0",))
R_p = quantity("m", "radius of the planet", kind="radius", synonyms=(
    "planet radius", "radius of the earth", "earth radius", "radius of the star",
    "radius of the moon", "radius of the central body", "surface radius", "planetary radius", "earth's radius", "radius of mars"), of="planet", same_as="r", assumes=("R_p > 0",))
l = quantity("m", "length", kind="length", synonyms=(
    "length of the pendulum", "pendulum length", "length of the wire", "wire length",
    "length of the string", "string length", "length of the solenoid", "length of the rod",
    "length of the pipe", "length of the conductor", "length of the rail", "original length",
    "initial length", "characteristic length", "length of the box", "box length",
    "width of the box", "width of the well", "length of the bar", "length of the rope",
    "length of the tube", "length of the air column", "wingspan", "wing span", "span of the wings"),
    assumes=("l > 0",))
D = quantity("m", "diameter", kind="diameter", synonyms=(
    "diameter of the pipe", "pipe diameter", "diameter of the wire", "wire diameter",
    "diameter of the ball", "diameter of the sphere", "diameter of the tube",
    "diameter of the drop", "internal diameter", "inner diameter", "bore", "pipe bore", "bore of the pipe",
    "nozzle bore", "bore of the nozzle", "hose bore"), assumes=("D > 0",))
x = quantity("m", "extension", kind="displacement", synonyms=(
    "extension of the spring", "spring extension", "compression", "compression of the spring",
    "spring compression", "stretch", "stretch of the spring", "displacement from equilibrium",
    "deformation of the spring"), of="spring", assumes=("x >= 0",))
x_amp = quantity("m", "amplitude", kind="length", synonyms=(
    "amplitude of oscillation", "oscillation amplitude", "maximum displacement",
    "amplitude of the motion"), assumes=("x_amp > 0",))
F = quantity("N", "force", kind="force", synonyms=(
    "net force", "resultant force", "unbalanced force",
    "force on the object", "force on the body",
    "average force", "average net force", "net force on the body"))
F_thrust = quantity("N", "thrust", kind="force", synonyms=(
    "engine thrust", "thrust of the engine", "thrust of the engines", "rocket thrust", "thrust force",
    "propulsive force"), assumes=("F_thrust > 0",))
F_a = quantity("N", "applied force", kind="force", synonyms=(
    "force applied", "pushing force", "pulling force", "push", "pull", "applied horizontal force",
    "horizontal pushing force", "horizontal pulling force", "driving force", "tractive force",
    "towing force", "tow force", "force in the tow bar", "tow bar force", "force on the tow bar",
    "tension in the tow bar", "tractive effort"))
F_w = quantity("N", "weight", kind="weight", synonyms=(
    "weight of the object", "weight of the body", "force of gravity on the object",
    "gravitational force on the object", "true weight", "weight force",
    "weight of the box", "weight of the block"), assumes=("F_w > 0",))
F_N = quantity("N", "normal force", kind="force", synonyms=(
    "normal reaction", "normal reaction force", "reaction force", "support force",
    "normal contact force", "scale reading", "reading on the scale", "reading of the scale",
    "force of the floor", "push of the floor"), assumes=("F_N >= 0",))
F_f = quantity("N", "kinetic friction force", kind="force", synonyms=(
    "friction force", "frictional force", "force of friction", "kinetic friction",
    "sliding friction", "friction",
    "braking force", "retarding force", "stopping force", "braking friction"), assumes=("F_f >= 0",))
F_s = quantity("N", "maximum static friction force", kind="force", synonyms=(
    "static friction", "maximum static friction", "limiting friction",
    "limiting frictional force", "maximum friction force"), assumes=("F_s >= 0",))
F_par = quantity("N", "component of weight along the incline", kind="force", synonyms=(
    "force along the incline", "force down the slope", "force down the incline",
    "parallel component of weight", "downhill force"))
F_c = quantity("N", "centripetal force", kind="force", synonyms=(
    "radial force", "force towards the centre", "force towards the center",
    "required centripetal force", "centripetal force required"), assumes=("F_c >= 0",))
F_spring = quantity("N", "spring force", kind="force", synonyms=(
    "restoring force", "force of the spring", "elastic force", "force exerted by the spring",
    "force on the spring", "hooke force"), of="spring", assumes=("F_spring >= 0",))
F_T = quantity("N", "tension", kind="tension", synonyms=(
    "string tension", "tension in the string", "tension force", "tension in the rope",
    "tension in the wire",
    "tension in the cable", "cable tension", "tension in the cord", "tension in the chain"), assumes=("F_T >= 0",))
# "coefficient of friction" alone names either (its words are in both names): the law that
# applies, sliding or holding, tells which
mu_k = quantity("1", "coefficient of kinetic friction", kind="friction coefficient", synonyms=(
    "kinetic friction coefficient", "coefficient of sliding friction"), assumes=("mu_k >= 0",))
mu_s = quantity("1", "coefficient of static friction", kind="friction coefficient",
                synonyms=("static friction coefficient",), assumes=("mu_s >= 0",))
theta = quantity("rad", "angle", kind="plane angle", synonyms=(
    "launch angle", "angle of projection", "projection angle", "angle of elevation", "take-off angle",
    "takeoff angle", "angle of take-off", "angle above the horizontal", "elevation angle",
    "angle of the incline", "incline angle", "angle of inclination", "slope angle",
    "inclination", "angle between force and displacement", "angle between the force and the displacement",
    "angle between velocity and field", "angle between the velocity and the field",
    "angle between the wire and the field",
    "angle between the force and the lever arm",
    "bank angle", "banking angle", "angle of banking", "angle of the bank",
    "angle of the ramp", "ramp angle"))
# a flat area in a field: its flux and a coil's torque take the angle from the area's normal;
# the angle from its plane is the other one, and a bare "angle of the loop" says neither
theta_n = quantity("rad", "angle between the field and the normal", kind="plane angle", synonyms=(
    "angle between field and normal", "angle between the field and the loop normal",
    "angle between field and loop normal", "angle between the field and the coil normal",
    "angle between the normal and the field", "angle to the normal", "angle of the normal",
    "angle between the field and the normal to the loop", "angle between the field and the normal to the coil"),
    assumes=("theta_n >= 0", "theta_n <= pi/2"))
theta_pl = quantity("rad", "angle between the field and the plane", kind="plane angle", synonyms=(
    "angle to the face", "face angle",   # first: a label with no object's noun ("plane" is an aircraft)
    "angle between field and plane", "angle between the field and the plane of the loop",
    "angle between the field and the plane of the coil", "angle between the field and the loop plane",
    "angle between the field and the coil plane", "angle to the plane", "angle of the plane",
    "angle between the plane and the field", "angle between the field and the face of the coil"),
    assumes=("theta_pl >= 0", "theta_pl <= pi/2"))
# two polarizers one after the other: the angle between their transmission axes
theta_ax = quantity("rad", "angle between the polarizer axes", kind="plane angle", synonyms=(
    "angle between the polarizers", "angle between the polarisers", "angle between the transmission axes",
    "angle between the polariser axes", "angle between the filter axes", "angle between the filters",
    "angle between the polarizing axes", "angle between the polarising axes"),
    assumes=("theta_ax >= 0",))
p = quantity("kg*m/s", "momentum", kind="linear momentum", synonyms=(
    "linear momentum", "momentum of the body", "momentum of the particle",
    "momentum of the photon", "photon momentum", "momentum of the electron",
    "magnitude of the momentum"), assumes=("p >= 0",))
J = quantity("N*s", "impulse", kind="impulse", synonyms=(
    "change in momentum", "momentum change", "impulse delivered", "impulse of the force"))
# A collision's velocities are signed (along the line of the collision): a body that bounces
# back has a negative velocity afterwards, so they are not the speeds v0 and v.
v_pre = quantity("m/s", "velocity before the collision", kind="velocity", synonyms=(
    "velocity before impact", "velocity before the impact", "incoming velocity",
    "speed before the collision", "velocity just before the collision", "velocity before the bounce",
    "speed before impact"), assumes=("v_pre < c", "v_pre > -c"))
v_post = quantity("m/s", "velocity after the collision", kind="velocity", synonyms=(
    "velocity after impact", "velocity after the impact", "outgoing velocity", "rebound velocity",
    "speed after the collision", "velocity just after the collision", "velocity after the bounce",
    "speed after impact", "rebound speed", "speed of the rebound", "bounce speed"),
    assumes=("v_post < c", "v_post > -c"))
v1 = quantity("m/s", "velocity of the first body before the collision", kind="velocity", synonyms=(
    "initial velocity of body 1", "speed of the first body", "speed 1", "velocity of object 1",
    "velocity of the first object", "velocity of the first ball", "velocity of the first car",
    "velocity 1"), member=("v_pre", 1), assumes=("v1 < c", "v1 > -c"))
v2 = quantity("m/s", "velocity of the second body before the collision", kind="velocity", synonyms=(
    "initial velocity of body 2", "speed of the second body", "speed 2", "velocity of object 2",
    "velocity of the second object", "velocity of the second ball", "velocity of the second car",
    "velocity 2"), member=("v_pre", 2), assumes=("v2 < c", "v2 > -c"))
v_f = quantity("m/s", "common velocity after a perfectly inelastic collision", kind="velocity",
               synonyms=("final common velocity",
                         "velocity of the combined mass", "speed after sticking together",
                         "common velocity", "velocity of the wreckage"),
               assumes=("v_f < c", "v_f > -c"))
v1_f = quantity("m/s", "velocity of the first body after the collision", kind="velocity",
                synonyms=("final velocity of body 1", "velocity of body 1 after the collision",
                          "final velocity of the first body"),
                member=("v_post", 1), assumes=("v1_f < c", "v1_f > -c"))
v2_f = quantity("m/s", "velocity of the second body after the collision", kind="velocity",
                synonyms=("final velocity of body 2", "velocity of body 2 after the collision",
                          "final velocity of the second body"),
                member=("v_post", 2), assumes=("v2_f < c", "v2_f > -c"))
E_k_lost = quantity("J", "kinetic energy lost in the collision", kind="energy", synonyms=(
    "kinetic energy lost", "loss of kinetic energy", "kinetic energy loss", "lost kinetic energy",
    "energy lost in the collision", "kinetic energy dissipated", "kinetic energy converted to heat"),
    assumes=("E_k_lost >= 0",))
E_fric = quantity("J", "energy dissipated by friction", kind="energy", synonyms=(
    "energy lost to friction", "work done against friction", "work done by friction", "heat produced by friction",
    "thermal energy produced by friction", "energy converted by friction", "mechanical energy lost to friction"),
    assumes=("E_fric >= 0",))
E_k = quantity("J", "kinetic energy", kind="kinetic energy", synonyms=(
    "KE", "kinetic energy of the body", "translational kinetic energy", "energy of motion",
    "kinetic energy gained", "kinetic energy of the particle", "kinetic energy of the electron",
    "kinetic energy of the object", "kinetic energy of the ball", "kinetic energy of the car",
    "final kinetic energy",
    "kinetic energy of the bullet"), assumes=("E_k >= 0",))
E_p = quantity("J", "gravitational potential energy", kind="potential energy", synonyms=(
    "potential energy", "PE", "GPE", "gravitational PE", "potential energy gained",
    "gain in potential energy", "gravitational potential energy near the surface"))
E_mech = quantity("J", "mechanical energy", kind="energy", synonyms=(
    "total mechanical energy", "energy of the oscillator", "total energy of the oscillator",
    "oscillation energy", "total energy of the spring-mass system"))
E_el = quantity("J", "elastic potential energy", kind="potential energy", synonyms=(
    "spring potential energy", "energy stored in the spring", "elastic energy", "strain energy",
    "potential energy of the spring", "elastic PE", "energy stored in a spring"), of="spring", assumes=("E_el >= 0",))
W = quantity("J", "work", kind="work", synonyms=(
    "work done", "work done by the force", "work done on the object", "work done by the gas",
    "work done on the gas", "work output", "net work", "mechanical work",
    "work done by the engine", "work input", "work done by the torque"))
P = quantity("W", "power", kind="power", synonyms=(
    "rate of doing work", "rate of energy transfer", "power dissipated", "power consumed",
    "electrical power", "power rating", "heat transfer rate", "rate of heat transfer",
    "rate of heat flow", "heat flow rate", "heat current", "radiated power", "radiant power",
    "power radiated", "power emitted", "power delivered", "power of the source",
    "power of the laser", "power of the bulb", "luminosity", "average power",
    "power of the heater", "rate of heat loss", "heat loss rate",
    "power of the motor", "power of the kettle", "real power", "active power", "true power",
    "load power", "power of the load", "power drawn by the load", "power demand", "household load"))
P_in = quantity("W", "input power", kind="power", synonyms=(
    "power input", "power supplied", "power in", "electrical input power", "input electrical power",
    "electrical power input", "electrical power drawn", "electrical power drawn by the motor",
    "power drawn by the motor"), assumes=("P_in > 0",))
P_out = quantity("W", "output power", kind="power", synonyms=(
    "useful power output", "power output", "useful power", "power out",
    "electrical power output", "electrical output", "electric power output"), assumes=("P_out >= 0",))
eta = quantity("1", "efficiency", kind="efficiency", synonyms=(
    "thermal efficiency", "mechanical efficiency", "efficiency of the engine",
    "engine efficiency", "efficiency of the machine", "efficiency of the motor"), assumes=("eta >= 0", "eta <= 1"))
E = quantity("J", "energy", kind="energy", synonyms=(
    "energy used", "energy consumed", "energy transferred", "energy delivered",
    "energy supplied", "electrical energy", "energy output", "energy emitted",
    "radiated energy", "energy of the pulse", "energy of the beam", "energy absorbed",
    "absorbed energy", "energy deposited", "light energy", "energy converted", "energy dissipated",
    "total energy released", "total energy released by the fissions", "energy released in all",
    "electricity use", "annual electricity use", "energy use", "annual energy use", "yearly electricity use",
    "electricity consumption", "annual electricity consumption", "energy consumption"))
k = quantity("N/m", "spring constant", kind="force constant", synonyms=(
    "stiffness", "force constant", "spring stiffness", "spring rate",
    "stiffness of the spring", "constant of the spring", "elastic constant"), of="spring", assumes=("k > 0",))
omega = quantity("rad/s", "angular frequency", kind="angular frequency", synonyms=(
    "angular velocity", "angular speed", "rate of rotation", "radian frequency", "spin rate", "rate of spin",
    "rotation rate", "spin speed", "final spin rate", "final rotation rate", "final rate of rotation",
    "final rotational speed", "new spin rate", "spin rate after",
    "cyclotron angular frequency", "angular frequency of oscillation", "final angular velocity",
    "rotational speed",
    "angular velocity of the wheel", "angular speed of the wheel"), assumes=("omega >= 0",))
omega_0 = quantity("rad/s", "initial angular velocity", kind="angular velocity", synonyms=(
    "initial angular speed", "initial angular frequency", "starting angular velocity", "initial spin rate",
    "initial rotation rate", "initial rate of rotation", "initial rotational speed", "initial spin",
    "starting spin rate", "spin rate before"), assumes=("omega_0 >= 0",))
f = quantity("Hz", "frequency", kind="frequency", synonyms=(
    "frequency of the wave", "frequency of light", "frequency of the light",
    "frequency of the photon", "frequency of the radiation", "frequency of oscillation",
    "oscillation frequency", "resonant frequency", "resonance frequency", "natural frequency",
    "frequency of the sound", "frequency of vibration", "rotation frequency",
    "revolutions per second", "frequency of the ac supply", "supply frequency",
    "ac frequency", "frequency of the incident light", "frequency of the signal",
    "fundamental frequency", "frequency of the harmonic", "frequency of rotation",
    "frequency of the note", "frequency of the pendulum", "pitch", "mains frequency"), assumes=("f > 0",))
T_period = quantity("s", "period", kind="period", synonyms=(
    "time period", "period of oscillation", "oscillation period", "orbital period",
    "period of revolution", "period of the pendulum", "period of the orbit",
    "period of rotation", "time for one oscillation", "time for one revolution",
    "period of the wave", "time for one orbit", "periodic time", "period of motion",
    "period of the satellite"), assumes=("T_period > 0",))
v_max = quantity("m/s", "maximum speed of the oscillator", kind="speed", synonyms=(
    "maximum speed", "peak speed", "speed at equilibrium", "maximum velocity",
    "speed through equilibrium"), assumes=("v_max >= 0", "v_max < c"))
a_max = quantity("m/s^2", "maximum acceleration of the oscillator", kind="acceleration",
                 synonyms=("maximum acceleration", "peak acceleration"), assumes=("a_max >= 0",))
tau = quantity("N*m", "torque", kind="torque", synonyms=(
    "moment of force", "moment", "turning effect", "turning moment", "net torque",
    "torque on the loop", "torque on the coil"))
I_rot = quantity("kg*m^2", "moment of inertia", kind="moment of inertia", synonyms=(
    "rotational inertia", "moment of inertia of the body", "second moment of mass",
    "moment of inertia of the rod", "moment of inertia of the wheel"), assumes=("I_rot > 0",))
I_rot_i = quantity("kg*m^2", "initial moment of inertia", kind="moment of inertia", synonyms=(
    "moment of inertia before", "initial rotational inertia", "moment of inertia with arms out",
    "moment of inertia with arms extended", "moment of inertia with the arms out", "moment of inertia at first",
    "starting moment of inertia", "moment of inertia in the open position", "moment of inertia extended"),
    assumes=("I_rot_i > 0",))
I_rot_f = quantity("kg*m^2", "final moment of inertia", kind="moment of inertia", synonyms=(
    "moment of inertia after", "final rotational inertia", "moment of inertia with arms in",
    "moment of inertia with arms pulled in", "moment of inertia with the arms in", "moment of inertia tucked",
    "moment of inertia in the tucked position", "reduced moment of inertia", "new moment of inertia"),
    assumes=("I_rot_f > 0",))
alpha = quantity("rad/s^2", "angular acceleration", kind="angular acceleration", synonyms=(
    "rotational acceleration", "rate of change of angular velocity"))
E_rot = quantity("J", "rotational kinetic energy", kind="kinetic energy", synonyms=(
    "rotational energy", "kinetic energy of rotation", "rotational KE",
    "rotational kinetic energy of the wheel"), assumes=("E_rot >= 0",))
L_ang = quantity("kg*m^2/s", "angular momentum", kind="angular momentum", synonyms=(
    "moment of momentum", "orbital angular momentum",
    "angular momentum of the body"))
theta_rot = quantity("rad", "angular displacement", kind="angle", synonyms=(
    "angle turned", "angle of rotation", "rotation angle", "angle swept",
    "angle turned through", "angle rotated"))
s_arc = quantity("m", "arc length", kind="length", synonyms=(
    "distance along the arc", "arc distance", "distance along the circle",
    "distance travelled along the circle"), assumes=("s_arc >= 0",))
sigma_st = quantity("Pa", "stress", kind="stress", synonyms=(
    "tensile stress", "normal stress", "compressive stress"))
strain = quantity("1", "strain", kind="strain", synonyms=(
    "tensile strain", "linear strain", "fractional extension", "compressive strain"))
E_Y = quantity("Pa", "Young's modulus", kind="modulus of elasticity", synonyms=(
    "youngs modulus", "young modulus", "modulus of elasticity", "elastic modulus",
    "tensile modulus"), assumes=("E_Y > 0",))

# a rocket's burn: the mass it starts with, the mass left when the propellant is spent
v_ex = quantity("m/s", "exhaust speed", kind="speed", synonyms=(
    "exhaust velocity", "effective exhaust velocity", "effective exhaust speed", "exhaust gas speed",
    "speed of the exhaust gases", "speed of the exhaust"), assumes=("v_ex > 0", "v_ex < c"))
m_wet = quantity("kg", "initial mass of the rocket", kind="mass", synonyms=(
    "launch mass", "mass at ignition", "fuelled mass", "fueled mass", "wet mass",
    "mass before the burn", "initial total mass"), assumes=("m_wet > 0",))
m_dry = quantity("kg", "final mass of the rocket", kind="mass", synonyms=(
    "final mass", "burnout mass", "mass at burnout", "dry mass", "mass after the burn", "empty mass",
    "final total mass"), assumes=("m_dry > 0",))
dv_burn = quantity("m/s", "change in speed of the rocket", kind="speed", synonyms=(
    "delta-v", "delta v", "velocity gained", "speed gained", "change in velocity of the rocket",
    "velocity change of the rocket", "gain in speed", "increase in speed", "ideal velocity change"),
    assumes=("dv_burn > 0", "dv_burn < c"))

# --------------------------------------------------------------------------- gravitation
F_grav = quantity("N", "gravitational force", kind="force", synonyms=(
    "gravitational attraction", "force of gravity between the bodies", "gravitational pull",
    "force of attraction", "gravitational force between the masses",
    "newtonian gravitational force", "gravitational force between the bodies",
    "force of gravitational attraction"), assumes=("F_grav > 0",))
U_G = quantity("J", "gravitational potential energy of the pair", kind="potential energy",
               synonyms=("newtonian gravitational potential energy",
                         "gravitational potential energy of the system",
                         "orbital potential energy", "potential energy of the satellite",
                         "potential energy of the orbit"), assumes=("U_G < 0",))
dU_G = quantity("J", "increase in gravitational potential energy", kind="potential energy",
               synonyms=("gain in gravitational potential energy", "change in gravitational potential energy",
                         "increase in potential energy", "increase in the gravitational potential energy"))
E_orb = quantity("J", "total energy of the orbit", kind="energy", synonyms=(
    "orbital energy", "total orbital energy", "mechanical energy of the satellite",
    "energy of the satellite", "total energy of the satellite", "binding energy of the orbit"), assumes=("E_orb < 0",))
phi_G = quantity("J/kg", "gravitational potential", kind="specific energy", synonyms=(
    "gravitational potential at a point", "potential of the gravitational field",
    "newtonian potential"), assumes=("phi_G < 0",))
v_esc = quantity("m/s", "escape velocity", kind="speed", synonyms=(
    "escape speed", "velocity of escape", "speed needed to escape", "escape velocity from the surface"), assumes=("v_esc > 0",))
r_s = quantity("m", "Schwarzschild radius", kind="radius", synonyms=(
    "event horizon radius", "radius of the event horizon", "gravitational radius",
    "schwarzschild radius of the black hole"), assumes=("r_s > 0",))
rho = quantity("kg/m^3", "density", kind="density", synonyms=(
    "mass density", "density of the material", "density of the object", "density of the body",
    "mean density", "average density", "density of the planet", "density of the solid",
    "density of the substance", "density of the sphere", "density of the metal"), assumes=("rho > 0",))

# -------------------------------------------------------------------------------- fluids
rho_f = quantity("kg/m^3", "density of the fluid", kind="density", synonyms=(
    "fluid density", "density of the liquid", "liquid density", "density of water",
    "water density", "density of air", "air density", "density of the medium",
    "density of the oil", "density of sea water", "density of seawater"), of="fluid", same_as="rho", assumes=("rho_f > 0",))
Vol = quantity("m^3", "volume", kind="volume", synonyms=(
    "volume of the object", "volume of the body",
    "volume of the gas", "gas volume", "volume of the container",
    "volume of the vessel", "volume of the tank", "volume of the room", "volume of the sample",
    "volume of the cylinder", "volume of the solid", "volume of the region",
    "volume of water", "volume of the balloon"), assumes=("Vol > 0",))
Vol_sub = quantity("m^3", "submerged volume", kind="volume", synonyms=(
    "displaced volume", "volume displaced", "volume submerged", "volume below the surface",
    "volume below the waterline", "volume of fluid displaced", "volume of displaced fluid",
    "volume of water displaced", "immersed volume"), assumes=("Vol_sub > 0",))
frac_sub = quantity("1", "fraction of the volume submerged", kind="dimensionless", synonyms=(
    "fraction submerged", "submerged fraction", "fraction of the volume below the surface",
    "fraction below the waterline", "fraction of the volume under water", "fraction immersed",
    "percentage submerged", "percentage of the volume submerged"),
    assumes=("frac_sub > 0", "frac_sub <= 1"))
frac_above = quantity("1", "fraction of the volume above the surface", kind="dimensionless", synonyms=(
    "fraction above the surface", "fraction above the waterline", "fraction above water",
    "fraction of the volume above water", "percentage above the waterline",
    "percentage of the volume above the waterline", "percentage above water"),
    assumes=("frac_above >= 0", "frac_above < 1"))
frac_chg = quantity("1", "fraction of full charge", kind="dimensionless", synonyms=(
    "fraction of the full charge", "charged fraction", "target fraction", "fraction of the maximum charge",
    "fraction of the supply voltage", "percentage of full charge", "state of charge reached"),
    assumes=("frac_chg > 0", "frac_chg < 1"))
a_side = quantity("m", "side of a square", kind="length", synonyms=(
    "side of the square", "edge of a cube", "edge of the cube", "side of the cube", "cube edge", "plate side",
    "side of the plate", "side of each plate", "side of a square plate"), assumes=("a_side > 0",))
w_side = quantity("m", "width", kind="length", synonyms=(
    "breadth", "width of the rectangle", "beam of the hull"), assumes=("w_side > 0",))
A = quantity("m^2", "area", kind="area", synonyms=(
    "cross-sectional area", "cross sectional area", "cross section", "cross-section area",
    "surface area", "area of the plates", "plate area", "area of each plate", "radiating area",
    "radiating surface area", "emitting area", "area of the radiating surface",
    "area of the piston", "area of the loop", "loop area", "frontal area",
    "area of the surface", "area of the coil", "area of the wall", "area of the wire",
    "cross-sectional area of the wire", "area of the pipe", "area of the window",
    "area of the solenoid", "contact area", "area of the opening", "projected area",
    "area of the emitting surface", "area of cross-section"), assumes=("A > 0",))
# Two sections of one pipe (continuity, Bernoulli) and two pistons of one hydraulic press are
# the members of their laws: each has its own symbols, so a pipe's sections never join a press.
A_sec1 = quantity("m^2", "area of the first section", kind="area", synonyms=(
    "cross-sectional area at point 1", "area of section 1", "area of the wide section",
    "area at point 1", "cross-sectional area of the wide section", "area of the wide part",
    "area 1"),
    member=("A", 1), assumes=("A_sec1 > 0",))
A_sec2 = quantity("m^2", "area of the second section", kind="area", synonyms=(
    "cross-sectional area at point 2", "area of section 2", "area of the narrow section",
    "area at point 2", "cross-sectional area of the narrow section", "area of the narrow part",
    "area 2"),
    member=("A", 2), assumes=("A_sec2 > 0",))
D_sec1 = quantity("m", "diameter of the first section", kind="diameter", synonyms=(
    "diameter at point 1", "diameter of section 1", "diameter of the wide section",
    "wide diameter", "diameter of the wide part", "diameter of the wide pipe", "bore of the wide section",
    "inner diameter of the wide section", "diameter 1"),
    member=("D", 1), assumes=("D_sec1 > 0",))
D_sec2 = quantity("m", "diameter of the second section", kind="diameter", synonyms=(
    "diameter at point 2", "diameter of section 2", "diameter of the narrow section",
    "narrow diameter", "diameter of the narrow part", "diameter of the narrow pipe", "bore of the narrow section",
    "inner diameter of the narrow section", "diameter of the constriction", "throat diameter", "diameter 2"),
    member=("D", 2), assumes=("D_sec2 > 0",))
v_sec1 = quantity("m/s", "flow speed at the first section", kind="speed", synonyms=(
    "flow speed at point 1", "speed at section 1", "velocity at point 1", "speed at point 1",
    "speed in the wide section", "flow speed in the wide section", "velocity in the wide section"),
    member=("v", 1), assumes=("v_sec1 >= 0", "v_sec1 < c"))
v_sec2 = quantity("m/s", "flow speed at the second section", kind="speed", synonyms=(
    "flow speed at point 2", "speed at section 2", "velocity at point 2", "speed at point 2",
    "speed in the narrow section", "flow speed in the narrow section", "velocity in the narrow section"),
    member=("v", 2), assumes=("v_sec2 >= 0", "v_sec2 < c"))
pr_sec1 = quantity("Pa", "pressure at the first section", kind="pressure", synonyms=(
    "pressure at point 1", "upstream pressure", "inlet pressure", "pressure in the wide section",
    "pressure at section 1",
    "pressure 1"), member=("pr", 1), assumes=("pr_sec1 > 0",))
pr_sec2 = quantity("Pa", "pressure at the second section", kind="pressure", synonyms=(
    "pressure at point 2", "downstream pressure", "outlet pressure", "pressure in the narrow section",
    "pressure at section 2",
    "pressure 2"), member=("pr", 2), assumes=("pr_sec2 > 0",))
h_sec1 = quantity("m", "height of the first section", kind="height", synonyms=(
    "height at point 1", "elevation at point 1", "height of point 1", "height of section 1",
    "height 1"),
    member=("h", 1), assumes=("h_sec1 >= 0",))
h_sec2 = quantity("m", "height of the second section", kind="height", synonyms=(
    "height at point 2", "elevation at point 2", "height of point 2", "height of section 2",
    "height 2"),
    member=("h", 2), assumes=("h_sec2 >= 0",))
F_pis1 = quantity("N", "force on the first piston", kind="force", synonyms=(
    "force on the small piston", "input force", "effort force", "force on the input piston"),
    member=("F", 1), assumes=("F_pis1 > 0",))
F_pis2 = quantity("N", "force on the second piston", kind="force", synonyms=(
    "force on the large piston", "output force", "load force", "force on the output piston"),
    member=("F", 2), assumes=("F_pis2 > 0",))
A_pis1 = quantity("m^2", "area of the first piston", kind="area", synonyms=(
    "area of the small piston", "input area", "area of the input piston", "small piston area"),
    member=("A", 1), assumes=("A_pis1 > 0",))
A_pis2 = quantity("m^2", "area of the second piston", kind="area", synonyms=(
    "area of the large piston", "output area", "area of the output piston", "large piston area"),
    member=("A", 2), assumes=("A_pis2 > 0",))
pr = quantity("Pa", "pressure", kind="pressure", synonyms=(
    "absolute pressure", "gas pressure", "pressure of the gas", "total pressure",
    "pressure at depth", "fluid pressure", "pressure at the bottom", "pressure in the tank",
    "pressure of the air", "pressure exerted", "pressure on the surface",
    "absolute pressure at depth", "pressure in the container", "pressure of the ideal gas"), assumes=("pr > 0",))
pr_0 = quantity("Pa", "surface pressure", kind="pressure", synonyms=(
    "atmospheric pressure", "pressure at the surface", "air pressure above the liquid",
    "external pressure", "barometric pressure", "ambient pressure"), assumes=("pr_0 > 0",))
pr_g = quantity("Pa", "gauge pressure", kind="pressure", synonyms=(
    "hydrostatic pressure", "pressure due to the liquid", "pressure due to the fluid",
    "pressure due to the water", "pressure due to the fluid column", "excess pressure",
    "liquid pressure", "water pressure", "pressure of the water column",
    "pressure due to depth", "tire pressure", "tyre pressure", "inflation pressure",
    "pressure gauge reading"))
pr_gi = quantity("Pa", "initial gauge pressure", kind="pressure", synonyms=(
    "starting gauge pressure", "gauge pressure at first", "cold gauge pressure"), assumes=("pr_gi > 0",))
pr_gf = quantity("Pa", "final gauge pressure", kind="pressure", synonyms=(
    "new gauge pressure", "gauge pressure afterwards", "hot gauge pressure"), assumes=("pr_gf > 0",))
dpr = quantity("Pa", "pressure difference", kind="pressure", synonyms=(
    "pressure drop", "pressure difference across the pipe", "differential pressure",
    "pressure difference between the ends", "pressure drop along the pipe"))
pr_dyn = quantity("Pa", "dynamic pressure", kind="pressure", synonyms=(
    "ram pressure", "kinetic pressure"), assumes=("pr_dyn >= 0",))
Q_v = quantity("m^3/s", "volume flow rate", kind="volume flow rate", synonyms=(
    "flow rate", "volumetric flow rate", "discharge", "rate of flow", "volume per second",
    "volume flux"), assumes=("Q_v >= 0",))
v_top = quantity("m/s", "minimum speed at the top of the loop", kind="speed", synonyms=(
    "minimum speed at the top", "critical speed at the top of the loop", "minimum speed at the top of the circle",
    "minimum speed at the highest point", "critical speed at the top"), assumes=("v_top > 0",))
m_dot = quantity("kg/s", "mass flow rate", kind="mass flow rate", synonyms=(
    "mass per second", "rate of mass flow", "mass flux"), assumes=("m_dot >= 0",))
m_eq = quantity("kg", "mass equivalent", kind="mass", synonyms=(
    "equivalent mass", "mass equivalent of the energy", "mass equivalent to the energy",
    "mass that is equivalent", "equivalent amount of mass"), assumes=("m_eq > 0",))
# Not a flow: the mass a source of power turns into energy each second (a star's fusion).
m_conv = quantity("kg/s", "mass converted per second", kind="mass flow rate", synonyms=(
    "mass converted into energy per second", "mass converted each second", "rate of mass conversion",
    "mass turned into energy per second", "mass lost per second to radiation", "mass-energy conversion rate"),
    assumes=("m_conv > 0",))
F_b = quantity("N", "buoyant force", kind="force", synonyms=(
    "buoyancy", "upthrust", "buoyancy force", "archimedes force", "upward thrust",
    "buoyant force on the object"), assumes=("F_b >= 0",))
F_app = quantity("N", "apparent weight", kind="weight", synonyms=(
    "apparent weight in the fluid", "weight in water", "effective weight",
    "apparent weight in water", "weight when submerged"))
F_d = quantity("N", "drag force", kind="force", synonyms=(
    "drag", "air resistance", "fluid resistance", "viscous drag", "resistive force",
    "viscous force", "stokes drag", "drag on the sphere"), assumes=("F_d >= 0",))
C_rr = quantity("1", "coefficient of rolling resistance", kind="friction coefficient", synonyms=(
    "rolling resistance coefficient", "rolling-resistance coefficient", "coefficient of rolling friction",
    "rolling friction coefficient", "rolling-resistance coefficient of the castors"), assumes=("C_rr >= 0",))
F_rr = quantity("N", "rolling resistance", kind="force", synonyms=(
    "rolling resistance force", "force of rolling resistance", "rolling friction", "rolling friction force",
    "rolling drag"), assumes=("F_rr >= 0",))
CdA = quantity("m^2", "drag area", kind="area", synonyms=(
    "effective drag area", "cda", "drag coefficient times frontal area", "drag coefficient times area"),
    assumes=("CdA > 0",))
C_d = quantity("1", "drag coefficient", kind="drag coefficient", synonyms=(
    "coefficient of drag",), assumes=("C_d > 0",))
v_t = quantity("m/s", "terminal velocity", kind="speed", synonyms=(
    "terminal speed",), assumes=("v_t >= 0", "v_t < c"))
eta_v = quantity("Pa*s", "dynamic viscosity", kind="dynamic viscosity", synonyms=(
    "viscosity", "coefficient of viscosity", "absolute viscosity", "viscosity of the fluid",
    "viscosity of the liquid"), of="fluid", assumes=("eta_v > 0",))
Re = quantity("1", "Reynolds number", kind="reynolds number", synonyms=(
    "reynolds no",), assumes=("Re >= 0",))
gamma_st = quantity("N/m", "surface tension", kind="surface tension", synonyms=(
    "surface tension of the liquid", "coefficient of surface tension"), assumes=("gamma_st > 0",), of="fluid")

# ------------------------------------------------------------------------ thermodynamics
T = quantity("K", "temperature", kind="thermodynamic temperature", synonyms=(
    "absolute temperature", "thermodynamic temperature", "temperature of the gas",
    "gas temperature", "surface temperature", "temperature of the body",
    "temperature of the object", "kelvin temperature", "temperature of the star",
    "temperature of the surface", "temperature of the reservoir", "temperature of the filament",
    "temperature of the water"), assumes=("T > 0",))
T_i = quantity("K", "initial temperature", kind="thermodynamic temperature", synonyms=(
    "starting temperature", "temperature before", "original temperature", "intake temperature",
    "temperature before compression", "temperature before the compression", "inlet temperature"), assumes=("T_i > 0",))
T_f = quantity("K", "final temperature", kind="thermodynamic temperature", synonyms=(
    "temperature after", "end temperature", "new temperature",
    "final temperature of the mixture", "temperature of the mixture"), assumes=("T_f > 0",))
T_h = quantity("K", "temperature of the hot reservoir", kind="thermodynamic temperature",
               synonyms=("hot reservoir temperature", "hot temperature", "source temperature",
                         "temperature of the source", "high temperature",
                         "temperature of the hot side", "hot side temperature", "steam temperature",
                         "temperature of the steam", "boiler temperature", "temperature of the boiler",
                         "furnace temperature", "combustion temperature"),
               assumes=("T_h > 0",))
T_c = quantity("K", "temperature of the cold reservoir", kind="thermodynamic temperature",
               synonyms=("cold reservoir temperature", "cold temperature", "sink temperature",
                         "temperature of the sink", "low temperature",
                         "temperature of the cold side", "cold side temperature", "condenser temperature",
                         "temperature of the condenser", "cooling water temperature",
                         "temperature of the cooling water"),
               assumes=("T_c > 0",))
T1 = quantity("K", "temperature of the first body", kind="thermodynamic temperature",
              synonyms=("initial temperature of the first body", "first temperature",
                        "temperature of the first sample", "temperature 1"),
              member=("T", 1), assumes=("T1 > 0",))
T2 = quantity("K", "temperature of the second body", kind="thermodynamic temperature",
              synonyms=("initial temperature of the second body", "second temperature",
                        "temperature of the second sample", "temperature 2"),
              member=("T", 2), assumes=("T2 > 0",))
dT = quantity("K", "temperature change", kind="temperature difference", synonyms=(
    "change in temperature", "temperature rise", "temperature increase",
    "temperature difference", "rise in temperature", "temperature drop",
    "increase in temperature", "difference in temperature", "fall in temperature",
    "temperature difference across the wall"))
n = quantity("mol", "amount of substance", kind="amount of substance", synonyms=(
    "number of moles", "moles", "amount", "moles of gas", "amount of gas", "mole number",
    "number of moles of gas"), assumes=("n > 0",))
N = quantity("1", "number of particles", kind="count", synonyms=(
    "number of molecules", "number of atoms", "number of nuclei", "number of undecayed nuclei",
    "nuclei remaining", "remaining nuclei", "number of remaining nuclei",
    "number of radioactive nuclei", "number of electrons", "number of photons",
    "particle count", "number of gas molecules", "atoms remaining", "number of atoms remaining",
    "number of undecayed atoms"), assumes=("N >= 0",))
N_0 = quantity("1", "initial number of nuclei", kind="count", synonyms=(
    "initial number of particles", "initial number of atoms", "number of nuclei at the start",
    "original number of nuclei", "original number of atoms", "initial number of undecayed nuclei"),
    assumes=("N_0 > 0",))
M_mol = quantity("kg/mol", "molar mass", kind="molar mass", synonyms=(
    "molecular weight", "molar weight", "mass per mole", "atomic weight",
    "molar mass of the gas"), assumes=("M_mol > 0",))
c_s = quantity("J/(kg*K)", "specific heat capacity", kind="specific heat capacity", synonyms=(
    "specific heat", "specific heat of the material", "specific heat of water",
    "specific thermal capacity", "specific heat capacity of water",
    "specific heat of the substance"), assumes=("c_s > 0",))
C_th = quantity("J/K", "heat capacity", kind="heat capacity", synonyms=(
    "thermal capacity", "heat capacity of the body", "total heat capacity"), assumes=("C_th > 0",))
C_m = quantity("J/(mol*K)", "molar heat capacity", kind="molar heat capacity", synonyms=(
    "molar specific heat", "heat capacity per mole"), assumes=("C_m > 0",))
Q = quantity("J", "heat", kind="heat", synonyms=(
    "heat energy", "heat transferred", "heat supplied", "heat absorbed", "heat added",
    "heat required", "quantity of heat", "thermal energy", "amount of heat", "heat needed",
    "heat released", "heat lost", "heat gained", "heat transfer"))
Q_h = quantity("J", "heat absorbed from the hot reservoir", kind="heat", synonyms=(
    "heat input", "heat from the hot reservoir", "heat supplied to the engine",
    "heat taken in", "heat delivered to the hot reservoir", "heat input to the engine",
    "heat released to the room", "heat released to the kitchen", "heat given off to the room",
    "heat delivered to the room", "heat released to the surroundings", "heat dumped to the room"),
    assumes=("Q_h > 0",))
Q_c = quantity("J", "heat rejected to the cold reservoir", kind="heat", synonyms=(
    "heat rejected", "waste heat", "heat exhausted", "heat removed from the cold reservoir",
    "heat extracted", "heat extracted from the cold reservoir", "heat removed",
    "heat removed from the interior", "heat extracted from the interior", "heat removed from the food",
    "heat removed from the freezer compartment", "heat taken from the interior"),
    assumes=("Q_c > 0",))
L_h = quantity("J/kg", "specific latent heat", kind="specific energy", synonyms=(
    "latent heat", "latent heat of fusion", "latent heat of vaporization",
    "latent heat of vaporisation", "heat of fusion", "heat of vaporization",
    "heat of vaporisation", "specific latent heat of fusion",
    "specific latent heat of vaporization", "specific latent heat of vaporisation"),
    assumes=("L_h > 0",))
alpha_L = quantity("1/K", "coefficient of linear expansion", kind="linear expansion coefficient",
                   synonyms=("linear expansion coefficient", "linear expansivity",
                             "thermal expansion coefficient", "coefficient of thermal expansion"))
beta_V = quantity("1/K", "coefficient of volume expansion", kind="cubic expansion coefficient",
                  synonyms=("volume expansion coefficient", "volumetric expansion coefficient",
                            "cubic expansivity", "coefficient of cubical expansion",
                            "volumetric expansivity"))
dl = quantity("m", "change in length", kind="length", synonyms=(
    "increase in length", "elongation", "length change", "extension of the wire",
    "thermal expansion", "expansion of the rod", "extension of the rod"))
dVol = quantity("m^3", "change in volume", kind="volume", synonyms=(
    "volume change", "increase in volume", "expansion of the volume"))
k_th = quantity("W/(m*K)", "thermal conductivity", kind="thermal conductivity", synonyms=(
    "coefficient of thermal conductivity", "heat conductivity",
    "thermal conductivity of the material"), assumes=("k_th > 0",))
emis = quantity("1", "emissivity", kind="emissivity", synonyms=(
    "emissivity of the surface", "emittance"), assumes=("emis > 0", "emis <= 1"))
lam_max = quantity("m", "peak wavelength", kind="wavelength", synonyms=(
    "wavelength of maximum emission", "wavelength of peak emission", "wien peak wavelength",
    "wavelength at maximum intensity", "peak emission wavelength", "lambda max"),
    assumes=("lam_max > 0",))
eta_C = quantity("1", "Carnot efficiency", kind="efficiency", synonyms=(
    "maximum efficiency", "ideal efficiency", "maximum possible efficiency",
    "efficiency of a carnot engine", "carnot engine efficiency", "reversible efficiency",
    "maximum theoretical efficiency"), assumes=("eta_C >= 0", "eta_C < 1"))
f_C = quantity("1", "fraction of the Carnot efficiency", kind="efficiency", synonyms=(
    "fraction of the carnot efficiency achieved", "fraction of carnot efficiency", "percentage of the carnot efficiency",
    "percent of the carnot efficiency", "second law efficiency", "relative efficiency", "exergy efficiency",
    "fraction of the ideal efficiency", "fraction of the maximum efficiency"), assumes=("f_C > 0", "f_C <= 1"))
COP = quantity("1", "coefficient of performance", kind="coefficient of performance", synonyms=(
    "coefficient of performance of the refrigerator", "refrigerator cop", "cop of the refrigerator",
    "performance coefficient"), assumes=("COP > 0",))
dS = quantity("J/K", "entropy change", kind="entropy", synonyms=(
    "change in entropy", "entropy increase", "increase in entropy", "entropy"))
dU = quantity("J", "change in internal energy", kind="energy", synonyms=(
    "internal energy change", "increase in internal energy"))
U_int = quantity("J", "internal energy", kind="internal energy", synonyms=(
    "total internal energy", "internal energy of the gas"))
Vol_i = quantity("m^3", "initial volume", kind="volume", synonyms=(
    "starting volume", "volume before", "original volume"), assumes=("Vol_i > 0",))
Vol_f = quantity("m^3", "final volume", kind="volume", synonyms=(
    "volume after", "new volume", "compressed volume", "expanded volume"), assumes=("Vol_f > 0",))
pr_i = quantity("Pa", "initial pressure", kind="pressure", synonyms=(
    "starting pressure", "pressure before", "original pressure"), assumes=("pr_i > 0",))
pr_f = quantity("Pa", "final pressure", kind="pressure", synonyms=(
    "pressure after", "new pressure"), assumes=("pr_f > 0",))
r_comp = quantity("1", "compression ratio", kind="dimensionless", synonyms=(
    "volume ratio of the compression", "ratio of the volumes", "compression ratio of the engine"),
    assumes=("r_comp > 0",))
gamma_ad = quantity("1", "adiabatic index", kind="heat capacity ratio", synonyms=(
    "heat capacity ratio", "ratio of specific heats", "ratio of heat capacities",
    "adiabatic exponent", "gamma of the gas", "cp/cv"), assumes=("gamma_ad > 1",))
v_rms = quantity("m/s", "root-mean-square speed", kind="speed", synonyms=(
    "rms speed", "rms velocity", "root mean square speed", "root mean square velocity",
    "rms speed of the molecules", "root-mean-square velocity"), assumes=("v_rms > 0", "v_rms < c"))
E_avg = quantity("J", "average kinetic energy of a molecule", kind="energy", synonyms=(
    "mean kinetic energy per molecule", "average translational kinetic energy",
    "average kinetic energy per molecule", "mean molecular kinetic energy",
    "average energy of a molecule", "mean kinetic energy of a molecule",
    "average kinetic energy of the molecules", "average kinetic energy"), assumes=("E_avg > 0",))
# Sums: the heat to warm a sample and the heat for its change of phase are parts of one
# total (distinct quantities, so that a question needing both never gets one).
Q_warm = quantity("J", "heat to change the temperature", kind="heat", synonyms=(
    "heat to warm", "heat needed to warm", "heat to raise the temperature", "sensible heat",
    "heat to cool", "heat for the temperature change", "heat to warm the sample"))
Q_lat = quantity("J", "heat for the change of phase", kind="heat", synonyms=(
    "heat to melt", "heat needed to melt", "heat to boil", "heat to vaporize", "heat to vaporise",
    "heat to evaporate", "heat of melting", "latent heat absorbed", "latent heat released",
    "energy needed to melt", "energy needed to boil", "heat to freeze", "heat to melt the ice",
    "heat to boil the water"))
Q_tot = quantity("J", "total heat", kind="heat", synonyms=(
    "total heat required", "total heat needed", "total heat absorbed", "total heat supplied",
    "heat to warm and melt", "total heat to warm and melt"))
# Two samples mixed or in thermal contact: numbered members (m1 T1 c_s1 Q1 of the first).
c_s1 = quantity("J/(kg*K)", "specific heat of the first sample", kind="specific heat capacity", synonyms=(
    "specific heat 1", "first specific heat", "specific heat capacity of the first sample",
    "specific heat of the first substance", "specific heat of sample 1"),
    member=("c_s", 1), assumes=("c_s1 > 0",))
c_s2 = quantity("J/(kg*K)", "specific heat of the second sample", kind="specific heat capacity", synonyms=(
    "specific heat 2", "second specific heat", "specific heat capacity of the second sample",
    "specific heat of the second substance", "specific heat of sample 2"),
    member=("c_s", 2), assumes=("c_s2 > 0",))
Q1 = quantity("J", "heat received by the first sample", kind="heat", synonyms=(
    "heat 1", "heat of the first sample", "heat absorbed by the first sample",
    "heat gained by the first sample"), member=("Q", 1))
Q2 = quantity("J", "heat received by the second sample", kind="heat", synonyms=(
    "heat 2", "heat of the second sample", "heat absorbed by the second sample",
    "heat gained by the second sample"), member=("Q", 2))
T_env = quantity("K", "temperature of the surroundings", kind="thermodynamic temperature", synonyms=(
    "surrounding temperature", "ambient temperature", "room temperature", "temperature of the room",
    "temperature of the environment", "environment temperature", "temperature of the walls",
    "wall temperature", "temperature of the surrounding walls", "temperature of the room walls"),
    assumes=("T_env > 0",))
P_net = quantity("W", "net radiated power", kind="power", synonyms=(
    "net power radiated", "net rate of radiation", "net radiant power", "net rate of heat loss by radiation",
    "net radiation loss", "net power lost by radiation", "net radiative power", "net power radiated by the body"))
W_max = quantity("J", "maximum work", kind="work", synonyms=(
    "maximum work output", "maximum possible work", "maximum work per cycle", "carnot work",
    "work of a carnot engine", "maximum useful work", "work of the carnot engine"), assumes=("W_max > 0",))
COP_C = quantity("1", "Carnot coefficient of performance", kind="coefficient of performance", synonyms=(
    "maximum coefficient of performance", "ideal coefficient of performance", "carnot cop",
    "maximum cop", "coefficient of performance of a carnot refrigerator",
    "reversible coefficient of performance"), assumes=("COP_C > 0",))
# A heat pump or an air conditioner between a room and the outdoors: which is the hot side
# depends on which way it pumps, so the room's and the outdoors' temperatures are their own.
T_in = quantity("K", "indoor temperature", kind="thermodynamic temperature", synonyms=(
    "inside temperature", "temperature indoors", "temperature inside", "room temperature indoors",
    "temperature inside the house", "indoor air temperature", "temperature of the room inside"),
    assumes=("T_in > 0",))
T_out = quantity("K", "outdoor temperature", kind="thermodynamic temperature", synonyms=(
    "outside temperature", "temperature outdoors", "temperature outside", "outdoor air temperature",
    "outside air temperature", "temperature of the outdoor air"), assumes=("T_out > 0",))
COP_hp = quantity("1", "coefficient of performance of the heat pump", kind="coefficient of performance",
                  synonyms=("heat pump cop", "cop of the heat pump", "heating coefficient of performance",
                            "coefficient of performance for heating"), assumes=("COP_hp > 1",))
COP_hpC = quantity("1", "Carnot coefficient of performance of the heat pump", kind="coefficient of performance",
                   synonyms=("maximum cop of the heat pump", "ideal heat pump cop", "carnot heat pump cop",
                             "maximum coefficient of performance of the heat pump", "maximum heating cop",
                             "maximum heating coefficient of performance", "ideal heating cop",
                             "carnot heating cop", "maximum cop for heating"), assumes=("COP_hpC > 1",))

# ---------------------------------------------------------------------- electromagnetism
# Charges may be negative (an electron's is): q has no domain; forces, fields and energies
# that the laws use as magnitudes are never negative.
q = quantity("C", "charge", kind="electric charge", synonyms=(
    "electric charge", "charge on the capacitor", "charge of the particle", "charge stored",
    "charge on the particle", "test charge", "point charge", "charge that flows",
    "charge passed", "charge flowed", "quantity of charge", "amount of charge",
    "charge on the plates", "total charge", "charge of the ion", "enclosed charge", "charge of the electron",
    "charge of the proton", "charge flowing", "charge flow",
    "charge on the electron", "charge on each plate", "charge on the combination",
    "charge drawn from the battery", "charge delivered"))
# The members of a pair of charges (Coulomb) and of a series or parallel combination of capacitors.
q1 = quantity("C", "first charge", kind="electric charge", synonyms=(
    "charge 1", "charge of the first particle", "charge on the first sphere",
    "first point charge", "charge of particle 1", "charge on capacitor 1",
    "charge on the first capacitor"), member=("q", 1))
q2 = quantity("C", "second charge", kind="electric charge", synonyms=(
    "charge 2", "charge of the second particle", "charge on the second sphere",
    "second point charge", "charge of particle 2", "charge on capacitor 2",
    "charge on the second capacitor"), member=("q", 2))
F_e = quantity("N", "electric force", kind="force", synonyms=(
    "electrostatic force", "coulomb force", "force between the charges",
    "electric force on the charge", "force on the charge in the field",
    "electrostatic force between the charges", "coulomb's law force"), assumes=("F_e >= 0",))
E_field = quantity("V/m", "electric field strength", kind="electric field strength", synonyms=(
    "electric field", "electric field intensity", "magnitude of the electric field",
    "field between the plates", "strength of the electric field", "electric field magnitude",
    "e field", "electric field amplitude",
    "electric field between the plates"), assumes=("E_field >= 0",))
V = quantity("V", "voltage", kind="voltage", synonyms=(
    "potential difference", "electric potential", "potential", "p.d.", "pd",
    "voltage across", "applied voltage", "accelerating voltage", "accelerating potential",
    "accelerating potential difference", "voltage across the resistor",
    "voltage across the capacitor", "voltage across the plates", "terminal voltage",
    "electric potential difference", "potential at a point", "voltage drop",
    "potential difference across the resistor", "potential difference across the plates",
    "voltage across the component", "input voltage", "input voltage of the divider",
    "voltage into the divider", "voltage across the combination", "terminal voltage of the battery",
    "voltage across the load"))
U_e = quantity("J", "electric potential energy", kind="potential energy", synonyms=(
    "electrostatic potential energy", "potential energy of the charges",
    "electrical potential energy", "potential energy of the charge"))
C = quantity("F", "capacitance", kind="capacitance", synonyms=(
    "capacitance of the capacitor", "capacity of the capacitor", "capacitor capacitance",
    "equivalent capacitance", "total capacitance", "combined capacitance", "effective capacitance",
    "series capacitance", "capacitance in series", "total capacitance in series",
    "combined capacitance in series", "equivalent capacitance in series",
    "parallel capacitance", "capacitance in parallel", "total capacitance in parallel",
    "combined capacitance in parallel", "equivalent capacitance in parallel"), assumes=("C > 0",))
eps_r = quantity("1", "relative permittivity", kind="relative permittivity", synonyms=(
    "dielectric constant", "relative dielectric constant", "permittivity of the dielectric",
    "dielectric constant of the material"), assumes=("eps_r >= 1",))
E_C = quantity("J", "energy stored in the capacitor", kind="energy", synonyms=(
    "capacitor energy", "energy in the capacitor", "electrostatic energy stored",
    "energy of the capacitor", "energy stored in a capacitor"), assumes=("E_C >= 0",))
B = quantity("T", "magnetic flux density", kind="magnetic flux density", synonyms=(
    "magnetic field", "magnetic field strength", "b field", "magnetic induction",
    "strength of the magnetic field", "magnetic field magnitude", "magnetic field amplitude",
    "magnetic field inside the solenoid", "magnetic field of the wire",
    # the one component that acts (across a horizontal axle or wing: the vertical one)
    "vertical component of the field", "vertical field component", "vertical component of the magnetic field",
    "horizontal component of the field", "horizontal field component",
    "horizontal component of the magnetic field",
    "field inside the solenoid", "magnetic field at the centre",
    "magnetic field at the centre of the loop", "magnetic field at the center of the loop"),
    assumes=("B >= 0",))
B_i = quantity("T", "initial magnetic field", kind="magnetic flux density", synonyms=(
    "initial field", "initial magnetic flux density", "magnetic field at the start", "starting field",
    "field at the start", "original magnetic field", "initial field strength"), assumes=("B_i >= 0",))
B_f = quantity("T", "final magnetic field", kind="magnetic flux density", synonyms=(
    "final field", "final magnetic flux density", "magnetic field at the end", "field at the end",
    "final field strength"), assumes=("B_f >= 0",))
dB = quantity("T", "change in magnetic field", kind="magnetic flux density", synonyms=(
    "change in the magnetic field", "change of the magnetic field", "magnetic field change",
    "change in flux density", "change in magnetic flux density", "field change", "change in field",
    "change of the field", "change in the field"))
F_B = quantity("N", "magnetic force", kind="force", synonyms=(
    "lorentz force", "magnetic force on the charge", "force on the wire",
    "force on the conductor", "magnetic force on the wire", "force between the wires",
    "magnetic force on the particle", "magnetic force on the conductor", "motor force"),
    assumes=("F_B >= 0",))
# A conductor's current I: through an element, or drawn by a whole circuit from its source.
I = quantity("A", "current", kind="electric current", synonyms=(
    "electric current", "current through the resistor", "current in the wire",
    "current in the circuit", "current flowing", "current through the circuit",
    "current in the coil", "current in the solenoid", "current in the loop",
    "current drawn", "current through the bulb", "current through the inductor",
    "current through the wire", "current in the conductor",
    "current in the bulb", "total current", "current from the battery", "current drawn from the battery",
    "current supplied by the battery", "current delivered", "induced current",
    "current in the series circuit", "series current", "current through the series resistors",
    "current through both resistors", "current in the series combination",
    "current through the series combination", "total current in the parallel circuit",
    "current in the parallel circuit", "total current drawn by the parallel resistors",
    "current drawn by the parallel combination", "total current through the parallel combination",
    "parallel circuit current"))
# The members of a pair of parallel wires and of a series or parallel combination.
I1 = quantity("A", "first current", kind="electric current", synonyms=(
    "current in the first wire", "current 1", "current in wire 1", "current through resistor 1",
    "current in resistor 1", "current through the first resistor", "current in branch 1"),
    member=("I", 1))
I2 = quantity("A", "second current", kind="electric current", synonyms=(
    "current in the second wire", "current 2", "current in wire 2", "current through resistor 2",
    "current in resistor 2", "current through the second resistor", "current in branch 2"),
    member=("I", 2))
N_cyc = quantity("1", "number of oscillations", kind="count", synonyms=(
    "number of complete oscillations", "number of cycles", "number of complete cycles",
    "number of swings", "number of complete swings", "number of vibrations", "number of orbits",
    "number of complete orbits", "oscillations completed", "swings completed"), assumes=("N_cyc >= 0",))
N_t = quantity("1", "number of turns", kind="count", synonyms=(
    "turns", "number of loops", "number of windings", "turns of wire", "number of coils",
    "number of turns of the coil", "number of turns of the solenoid"), assumes=("N_t > 0",))
n_turns = quantity("1/m", "turns per unit length", kind="turn density", synonyms=(
    "turns per meter", "turns per metre", "number of turns per unit length",
    "number of turns per meter", "number of turns per metre", "turn density", "winding density",
    "turns per length"), assumes=("n_turns > 0",))
r_coil = quantity("m", "radius of the coil", kind="radius", synonyms=(
    "coil radius", "loop radius", "radius of the loop", "radius of the circular loop"),
    assumes=("r_coil > 0",))
Phi = quantity("Wb", "magnetic flux", kind="magnetic flux", synonyms=(
    "flux", "flux through the loop", "magnetic flux through the coil",
    "magnetic flux through the loop"))
Phi_pk = quantity("Wb", "amplitude of the magnetic flux", kind="magnetic flux", synonyms=(
    "flux amplitude", "peak flux", "maximum flux", "peak magnetic flux", "maximum magnetic flux",
    "flux amplitude per turn", "amplitude of the flux", "peak flux per turn"), assumes=("Phi_pk > 0",))
dPhi = quantity("Wb", "change in magnetic flux", kind="magnetic flux", synonyms=(
    "flux change", "change in flux", "change of flux"))
emf = quantity("V", "electromotive force", kind="electromotive force", synonyms=(
    "EMF", "e.m.f.", "induced emf", "induced voltage", "source voltage", "battery voltage",
    "supply voltage", "emf of the battery", "emf of the cell", "motional emf", "back emf",
    "self-induced emf", "voltage of the battery", "voltage of the source", "cell emf",
    "nominal voltage", "nominal battery voltage"))
L = quantity("H", "inductance", kind="inductance", synonyms=(
    "self-inductance", "self inductance", "inductance of the coil",
    "inductance of the solenoid", "inductance of the inductor"), assumes=("L > 0",))
E_L = quantity("J", "energy stored in the inductor", kind="energy", synonyms=(
    "inductor energy", "magnetic energy stored", "energy in the inductor",
    "energy stored in the magnetic field of the inductor"), assumes=("E_L >= 0",))
dI = quantity("A", "change in current", kind="electric current", synonyms=(
    "current change",))
V_p = quantity("V", "primary voltage", kind="voltage", synonyms=(
    "input voltage of the transformer", "voltage across the primary", "primary coil voltage"),
    assumes=("V_p >= 0",))
V_s = quantity("V", "secondary voltage", kind="voltage", synonyms=(
    "output voltage of the transformer", "voltage across the secondary",
    "secondary coil voltage"), assumes=("V_s >= 0",))
N_p = quantity("1", "number of primary turns", kind="count", synonyms=(
    "primary turns", "turns on the primary", "turns in the primary coil",
    "number of turns in the primary", "number of turns on the primary"), assumes=("N_p > 0",))
N_s = quantity("1", "number of secondary turns", kind="count", synonyms=(
    "secondary turns", "turns on the secondary", "turns in the secondary coil",
    "number of turns in the secondary", "number of turns on the secondary"), assumes=("N_s > 0",))
I_p = quantity("A", "primary current", kind="electric current", synonyms=(
    "current in the primary", "primary coil current"), assumes=("I_p >= 0",))
I_s = quantity("A", "secondary current", kind="electric current", synonyms=(
    "current in the secondary", "secondary coil current"), assumes=("I_s >= 0",))
Phi_E = quantity("V*m", "electric flux", kind="electric flux", synonyms=(
    "flux of the electric field", "electric flux through the surface",
    "electric flux through a closed surface"))
sigma_q = quantity("C/m^2", "surface charge density", kind="electric charge surface density", synonyms=(
    "charge per unit area", "charge density on the plates", "surface density of charge"))
u_E = quantity("J/m^3", "energy density of the electric field", kind="energy density",
               synonyms=("electric energy density", "electric field energy density"), assumes=("u_E >= 0",))
u_B = quantity("J/m^3", "energy density of the magnetic field", kind="energy density",
               synonyms=("magnetic energy density", "magnetic field energy density"), assumes=("u_B >= 0",))
mu_m = quantity("A*m^2", "magnetic moment", kind="magnetic moment", synonyms=(
    "magnetic dipole moment", "dipole moment of the loop", "magnetic moment of the coil"),
    assumes=("mu_m >= 0",))
pr_rad = quantity("Pa", "radiation pressure", kind="pressure", synonyms=(
    "light pressure", "pressure of radiation", "pressure of light"), assumes=("pr_rad >= 0",))
I_int = quantity("W/m^2", "intensity", kind="irradiance", synonyms=(
    "sound intensity", "light intensity", "intensity of the wave", "intensity of light",
    "intensity of the light", "irradiance", "power per unit area", "intensity of the sound",
    "transmitted intensity", "intensity after the polarizer", "intensity after the polariser",
    "intensity of the radiation", "intensity of the beam", "wave intensity", "solar intensity",
    "radiant flux density", "energy flux", "flux received", "radiation flux", "stellar flux",
    "bolometric flux", "apparent brightness", "flux at earth", "flux density of the radiation"),
    assumes=("I_int >= 0",))
I_0 = quantity("W/m^2", "incident intensity", kind="irradiance", synonyms=(
    "initial intensity", "intensity of the incident light", "intensity before the polarizer",
    "intensity before the polariser", "original intensity", "incident light intensity"),
    assumes=("I_0 >= 0",))

lam_q = quantity("C/m", "linear charge density", kind="linear charge density", synonyms=(
    "charge per unit length", "charge per metre", "charge per meter", "line charge density",
    "charge density of the line", "charge per length"), assumes=("lam_q > 0",))
F_per_l = quantity("N/m", "force per unit length", kind="force per unit length", synonyms=(
    "force per metre", "force per meter", "force per length", "force per unit length between the wires",
    "force per metre of wire", "force per meter of wire", "force per metre of length"),
    assumes=("F_per_l > 0",))

# ------------------------------------------------------------------------------ circuits
# A series or parallel combination is a circuit whose equivalent values are its own R, C, V,
# I (no separate "series" symbols: the kind of the circuit says which law applies); the
# elements are its numbered members (R1, V2, I1, C2, q1, P2).
V_f = quantity("V", "forward voltage", kind="voltage", synonyms=(
    "forward voltage drop", "forward voltage of the led", "led forward voltage", "diode forward voltage",
    "voltage drop across the led", "voltage across the led", "led voltage", "diode voltage", "forward bias voltage",
    "forward drop"), assumes=("V_f > 0",))
R = quantity("ohm", "resistance", kind="resistance", synonyms=(
    "current-limiting resistor", "current limiting resistor", "current-limiting resistance",
    "ballast resistor", "dropping resistor", "series resistor value", "resistance of the series resistor",
    "electrical resistance", "resistance of the resistor", "resistance of the wire",
    "load resistance", "resistor", "resistance of the circuit", "external resistance",
    "resistance of the bulb", "resistance of the heater", "resistance of the coil",
    "resistance of the conductor", "circuit resistance", "equivalent resistance",
    "total resistance", "combined resistance", "effective resistance", "net resistance",
    "resistance of the combination", "resistance of each resistor",
    "series resistance", "total series resistance", "resistance in series",
    "combined resistance in series", "total resistance in series", "equivalent series resistance",
    "equivalent resistance in series", "parallel resistance", "resistance in parallel",
    "combined resistance in parallel", "total resistance in parallel", "total parallel resistance",
    "equivalent parallel resistance", "equivalent resistance in parallel", "line resistance",
    "cable resistance"), assumes=("R > 0",))
R1 = quantity("ohm", "first resistance", kind="resistance", synonyms=(
    "resistance 1", "first resistor", "resistor 1", "resistance of resistor 1",
    "resistance of the first resistor", "resistance of each element",
    "resistance per element", "resistance of each bulb", "resistance per bulb", "resistance of each lamp",
    "top resistor", "top resistance", "upper resistor", "upper resistance"),
    member=("R", 1), assumes=("R1 > 0",))
R2 = quantity("ohm", "second resistance", kind="resistance", synonyms=(
    "resistance 2", "second resistor", "resistor 2", "resistance of resistor 2",
    "resistance of the second resistor", "bottom resistor", "bottom resistance", "lower resistor",
    "lower resistance"), member=("R", 2), assumes=("R2 > 0",))
V1 = quantity("V", "voltage across the first element", kind="voltage", synonyms=(
    "voltage 1", "voltage across resistor 1", "voltage across the first resistor",
    "potential difference across resistor 1", "voltage across capacitor 1",
    "voltage across the first capacitor"), member=("V", 1))
V2 = quantity("V", "voltage across the second element", kind="voltage", synonyms=(
    "voltage 2", "voltage across resistor 2", "voltage across the second resistor",
    "potential difference across resistor 2", "voltage across capacitor 2",
    "voltage across the second capacitor", "output voltage", "output voltage of the divider",
    "divided voltage", "voltage out", "voltage across the bottom resistor",
    "voltage across the lower resistor"), member=("V", 2))
P1 = quantity("W", "power in the first element", kind="power", synonyms=(
    "power 1", "power dissipated in resistor 1", "power in resistor 1",
    "power dissipated in the first resistor"), member=("P", 1))
P2 = quantity("W", "power in the second element", kind="power", synonyms=(
    "power 2", "power dissipated in resistor 2", "power in resistor 2",
    "power dissipated in the second resistor"), member=("P", 2))
N_el = quantity("1", "number of identical elements", kind="count", synonyms=(
    "number of identical resistors", "number of resistors", "number of identical resistors in parallel",
    "number of identical resistors in series", "number of elements", "number of bulbs", "number of lamps",
    "number of identical bulbs", "number of identical lamps", "number of identical elements in series",
    "number of floodlights", "number of lights", "number of heaters", "number of appliances",
    "number of light bulbs", "number of identical heaters", "number of lamps in parallel",
    "number of bulbs in parallel", "number of bulbs in series"),
    assumes=("N_el >= 1",))
C1 = quantity("F", "first capacitance", kind="capacitance", synonyms=(
    "capacitance 1", "first capacitor", "capacitor 1", "capacitance of capacitor 1",
    "capacitance of the first capacitor"), member=("C", 1), assumes=("C1 > 0",))
C2 = quantity("F", "second capacitance", kind="capacitance", synonyms=(
    "capacitance 2", "second capacitor", "capacitor 2", "capacitance of capacitor 2",
    "capacitance of the second capacitor"), member=("C", 2), assumes=("C2 > 0",))
rho_e = quantity("ohm*m", "resistivity", kind="resistivity", synonyms=(
    "electrical resistivity", "specific resistance", "resistivity of the material",
    "resistivity of copper"), assumes=("rho_e > 0",))
G_c = quantity("S", "conductance", kind="conductance", synonyms=(
    "electrical conductance",), assumes=("G_c > 0",))
tau_c = quantity("s", "time constant", kind="time", synonyms=(
    "rc time constant", "rl time constant", "time constant of the circuit",
    "circuit time constant"), assumes=("tau_c > 0",))
V_C = quantity("V", "capacitor voltage at time t", kind="voltage", synonyms=(
    "voltage across the capacitor at time t", "voltage on the capacitor",
    "capacitor voltage"), assumes=("V_C >= 0",))
V_0 = quantity("V", "initial voltage", kind="voltage", synonyms=(
    "initial capacitor voltage", "starting voltage", "voltage at t = 0",
    "initial voltage across the capacitor"), assumes=("V_0 >= 0",))
I_t = quantity("A", "current at time t", kind="electric current", synonyms=(
    "current after time t", "instantaneous current", "current after the switch is closed",
    "growing current", "current in the rl circuit at time t"), assumes=("I_t >= 0",))
# The source's own quantities: the circuit it drives has the current and terminal voltage.
P_load_max = quantity("W", "maximum power delivered to the load", kind="power", synonyms=(
    "maximum power to the load", "maximum power transferred to the load",
    "maximum load power", "greatest power delivered to the load",
    "maximum power in the load", "maximum power the battery can deliver to a load"), assumes=("P_load_max > 0",))
r_int = quantity("ohm", "internal resistance", kind="resistance", synonyms=(
    "internal resistance of the battery", "internal resistance of the cell",
    "source resistance"), of="battery", assumes=("r_int >= 0",))
q_cap = quantity("C", "charge capacity of the battery", kind="electric charge", synonyms=(
    "battery capacity", "capacity of the battery", "charge capacity", "rated capacity",
    "battery charge capacity", "capacity of the power bank", "capacity of the cell"),
    of="battery", assumes=("q_cap > 0",))
E_bat = quantity("J", "energy stored in the battery", kind="energy", synonyms=(
    "battery energy", "energy stored in a battery", "energy capacity of the battery",
    "battery energy capacity", "energy of the battery", "stored energy of the battery"),
    of="battery", assumes=("E_bat >= 0",))
X_L = quantity("ohm", "inductive reactance", kind="reactance", synonyms=(
    "reactance of the inductor", "inductor reactance"), assumes=("X_L >= 0",))
X_C = quantity("ohm", "capacitive reactance", kind="reactance", synonyms=(
    "reactance of the capacitor", "capacitor reactance"), assumes=("X_C >= 0",))
Z_imp = quantity("ohm", "impedance", kind="impedance", synonyms=(
    "total impedance", "impedance of the circuit", "ac impedance"), assumes=("Z_imp > 0",))
V_rms = quantity("V", "rms voltage", kind="voltage", synonyms=(
    "root-mean-square voltage", "root mean square voltage", "effective voltage",
    "rms value of the voltage", "mains voltage", "rms mains voltage", "rms emf", "rms induced emf",
    "root-mean-square emf", "effective emf"), assumes=("V_rms >= 0",))
V_pk = quantity("V", "peak voltage", kind="voltage", synonyms=(
    "amplitude of the voltage", "maximum voltage", "voltage amplitude", "peak value of the voltage",
    "peak emf", "maximum emf", "peak induced emf", "maximum induced emf", "emf amplitude",
    "amplitude of the emf", "peak output voltage"),
    assumes=("V_pk >= 0",))
I_rms = quantity("A", "rms current", kind="electric current", synonyms=(
    "root-mean-square current", "root mean square current", "effective current",
    "rms value of the current"), assumes=("I_rms >= 0",))
I_pk = quantity("A", "peak current", kind="electric current", synonyms=(
    "current amplitude", "maximum current", "peak value of the current"), assumes=("I_pk >= 0",))
P_pk = quantity("W", "peak power", kind="power", synonyms=(
    "peak power dissipated", "maximum instantaneous power", "peak instantaneous power",
    "instantaneous peak power"), assumes=("P_pk >= 0",))
phi = quantity("rad", "phase angle", kind="phase difference", synonyms=(
    "phase difference", "phase shift", "phase", "phase angle between voltage and current"))
n_e = quantity("1/m^3", "charge carrier density", kind="number density", synonyms=(
    "number density of charge carriers", "free electron density", "carrier concentration",
    "electron density", "number of free electrons per unit volume", "carrier density",
    "number density"), assumes=("n_e > 0",))
v_d = quantity("m/s", "drift velocity", kind="speed", synonyms=(
    "drift speed", "electron drift velocity", "drift velocity of the electrons"),
    assumes=("v_d >= 0", "v_d < c"))

# -------------------------------------------------------------------------- waves, optics
lam = quantity("m", "wavelength", kind="wavelength", synonyms=(
    "wavelength of light", "wavelength of the light", "wavelength of the wave",
    "wavelength of the photon", "wavelength of the radiation", "de broglie wavelength",
    "wavelength of the electron", "wavelength of the particle", "wavelength of sound",
    "wavelength of the sound", "emitted wavelength", "wavelength of the emitted photon",
    "wavelength of the emitted light", "wavelength of the incident light",
    "matter wavelength", "wavelength of the laser",
    "wavelength of the note", "wavelength of the radio wave",
    "de broglie wavelength of the proton"), assumes=("lam > 0",))
v_w = quantity("m/s", "wave speed", kind="speed", synonyms=(
    "speed of the wave", "wave velocity", "speed of sound", "velocity of sound",
    "propagation speed", "phase velocity",
    "speed of the wave on the string", "wave speed on a string", "speed of a wave on a string",
    "sound speed", "speed of sound in air", "wave propagation speed", "speed of the sound"),
    assumes=("v_w > 0",))
# (after the plain speed: a reader that weighs names alike takes the plain one first)
v_w0 = quantity("m/s", "speed of sound at 0 degC", kind="velocity", synonyms=(
    "speed at 0 degc", "speed at 0 c", "speed of sound at 0 c", "speed of sound at zero degrees",
    "speed at the reference temperature", "speed of sound at the reference temperature",
    "speed of sound at 273 k", "speed at 273 k"), assumes=("v_w0 > 0",))
# The speed of light in a medium is the medium's (c / n_r): the light's own v_w = f lam,
# with lam its vacuum wavelength, stays c.
v_n = quantity("m/s", "speed of light in the medium", kind="speed", synonyms=(
    "speed of light in the material", "speed of light in glass", "speed of light in water",
    "velocity of light in the medium", "light speed in the medium", "speed of light in the glass",
    "speed of light in the water", "speed of light in the liquid",
    "speed of light in the core", "speed of light in the fibre", "speed of light in the fiber", "speed of light in the plastic"), of="medium", assumes=("v_n > 0",))
k_w = quantity("rad/m", "wave number", kind="angular wavenumber", synonyms=(
    "wavenumber", "angular wave number", "angular wavenumber", "propagation constant"),
    assumes=("k_w > 0",))
mu_l = quantity("kg/m", "linear mass density", kind="linear density", synonyms=(
    "mass per unit length", "linear density", "mass per length of the string",
    "linear density of the string"), assumes=("mu_l > 0",))
n_h = quantity("1", "harmonic number", kind="count", synonyms=(
    "harmonic", "mode number", "number of the harmonic", "harmonic order"), assumes=("n_h >= 1",))
f_s = quantity("Hz", "source frequency", kind="frequency", synonyms=(
    "frequency of the source", "emitted frequency", "frequency emitted", "original frequency",
    "frequency of the siren", "frequency of the horn", "transmitted frequency",
    "rest frequency", "frequency of the bell", "frequency of the whistle", "frequency of the alarm",
    "frequency of the buzzer", "frequency of the engine note", "frequency of the speaker", "horn frequency",
    "siren frequency", "bell frequency", "whistle frequency", "alarm frequency", "buzzer frequency",
    "pitch of the horn", "pitch of the siren", "horn pitch", "siren pitch"), assumes=("f_s > 0",))
f_o = quantity("Hz", "observed frequency", kind="frequency", synonyms=(
    "frequency heard", "apparent frequency", "detected frequency", "received frequency",
    "frequency heard by the observer", "frequency observed", "shifted frequency",
    "perceived frequency", "doppler shifted frequency"), assumes=("f_o > 0",))
v_s = quantity("m/s", "speed of the source", kind="velocity", synonyms=(
    "source speed", "source velocity", "velocity of the source", "speed of the siren",
    "speed of the ambulance", "speed of the train"))
v_o = quantity("m/s", "speed of the observer", kind="velocity", synonyms=(
    "observer speed", "observer velocity", "velocity of the observer", "speed of the listener",
    "velocity of the listener", "speed of the detector"))
f1 = quantity("Hz", "first frequency", kind="frequency", synonyms=(
    "frequency 1", "frequency of the first source", "frequency of the first tuning fork"),
    member=("f", 1), assumes=("f1 > 0",))
f2 = quantity("Hz", "second frequency", kind="frequency", synonyms=(
    "frequency 2", "frequency of the second source", "frequency of the second tuning fork"),
    member=("f", 2), assumes=("f2 > 0",))
f_beat = quantity("Hz", "beat frequency", kind="frequency", synonyms=(
    "beats per second", "number of beats per second", "beat rate"), assumes=("f_beat >= 0",))
beta_dB = quantity("1", "sound intensity level in decibels", kind="sound intensity level",
                   synonyms=("sound intensity level", "sound level", "intensity level",
                             "loudness in decibels", "decibel level", "sound level in decibels",
                             "noise level", "sound intensity level in db", "level in decibels", "decibels"))
n_r = quantity("1", "refractive index", kind="refractive index", synonyms=(
    "index of refraction", "index", "optical index", "refractive index of the medium", "refractive index of the glass",
    "refractive index of water", "refractive index of the material", "refractive index of the liquid"),
    assumes=("n_r > 0",))
n1 = quantity("1", "refractive index of the first medium", kind="refractive index", synonyms=(
    "index of refraction of the first medium", "refractive index of the incident medium",
    "refractive index of medium 1", "first refractive index", "refractive index of the denser medium"),
    member=("n_r", 1), assumes=("n1 > 0",))
n2 = quantity("1", "refractive index of the second medium", kind="refractive index", synonyms=(
    "index of refraction of the second medium", "refractive index of the refracting medium",
    "refractive index of medium 2", "second refractive index", "refractive index of the rarer medium",
    "refractive index of the surrounding medium"), member=("n_r", 2), assumes=("n2 > 0",))
theta_1 = quantity("rad", "angle of incidence", kind="plane angle", synonyms=(
    "incident angle", "incidence angle", "angle of incidence in the first medium",
    "angle of the incident ray"), assumes=("theta_1 >= 0", "theta_1 < pi/2"))
theta_2 = quantity("rad", "angle of refraction", kind="plane angle", synonyms=(
    "refracted angle", "refraction angle", "angle in the second medium",
    "angle of the refracted ray"), assumes=("theta_2 >= 0", "theta_2 < pi/2"))
theta_c = quantity("rad", "critical angle", kind="plane angle", synonyms=(
    "critical angle for total internal reflection", "angle for total internal reflection"),
    assumes=("theta_c >= 0", "theta_c < pi/2"))
theta_B = quantity("rad", "Brewster angle", kind="plane angle", synonyms=(
    "brewster's angle", "polarizing angle", "polarising angle", "polarization angle"),
    assumes=("theta_B >= 0", "theta_B < pi/2"))
f_focal = quantity("m", "focal length", kind="length", synonyms=(
    "focal length of the lens", "focal length of the mirror", "focal distance",
    "focal length of the lens in metres"))
d_o = quantity("m", "object distance", kind="distance", synonyms=(
    "distance of the object", "distance from the object to the lens", "object position",
    "distance of the object from the lens", "distance of the object from the mirror"),
    assumes=("d_o > 0",))
d_i = quantity("m", "image distance", kind="distance", synonyms=(
    "distance of the image", "image position", "distance from the lens to the image",
    "distance of the image from the lens", "distance of the image from the mirror"))
M_mag = quantity("1", "magnification", kind="magnification", synonyms=(
    "linear magnification", "lateral magnification", "transverse magnification",
    "magnification of the image"))
h_o = quantity("m", "object height", kind="height", synonyms=(
    "height of the object", "size of the object", "object size"), assumes=("h_o > 0",))
h_i = quantity("m", "image height", kind="height", synonyms=(
    "height of the image", "size of the image", "image size"))
P_lens = quantity("1/m", "optical power", kind="lens power", synonyms=(
    "lens power", "power of the lens", "dioptric power", "vergence", "power in dioptres",
    "power in diopters"))
# an eye's range of clear sight, and where a corrective lens sits in front of it
d_far = quantity("m", "far point", kind="length", synonyms=(
    "far point of the eye", "far-point distance", "farthest distance seen clearly",
    "farthest clear distance", "far point distance"), assumes=("d_far > 0",))
d_near = quantity("m", "near point", kind="length", synonyms=(
    "near point of the eye", "near-point distance", "closest distance seen clearly",
    "nearest clear distance", "near point distance"), assumes=("d_near > 0",))
d_read = quantity("m", "reading distance", kind="length", synonyms=(
    "desired reading distance", "normal reading distance", "normal near point",
    "desired near point", "distance for reading"), assumes=("d_read > 0",))
x_eye = quantity("m", "distance of the lens from the eye", kind="length", synonyms=(
    "distance of the glasses from the eye", "distance of glasses from the eye", "vertex distance",
    "lens-to-eye distance", "lens-eye distance", "distance between the lens and the eye"),
    assumes=("x_eye >= 0",))
R_curv = quantity("m", "radius of curvature", kind="radius of curvature", synonyms=(
    "radius of curvature of the mirror", "mirror radius", "radius of the mirror"))
theta_d = quantity("rad", "diffraction angle", kind="plane angle", synonyms=(
    "angle of the maximum", "angle of the bright fringe", "angle of diffraction",
    "angle of the m-th order maximum", "angle of the first order maximum",
    "angle of the first-order maximum", "angle of the minimum", "angle of the first minimum",
    "bragg angle", "glancing angle", "angle of the dark fringe", "diffracted angle"))
d_g = quantity("m", "slit separation", kind="distance", synonyms=(
    "grating spacing", "line spacing", "distance between slits", "distance between the slits",
    "slit spacing", "spacing between the slits", "grating period", "distance between adjacent slits",
    "separation of the slits", "grating line spacing"), assumes=("d_g > 0",))
m_ord = quantity("1", "diffraction order", kind="count", synonyms=(
    "order", "order of the maximum", "order of the fringe", "fringe order",
    "order of diffraction", "order number", "order of the minimum", "order of reflection"),
    assumes=("m_ord >= 0",))
n_lines = quantity("1/m", "grating line density", kind="inverse length", synonyms=(
    "lines per metre", "lines per meter", "lines per unit length", "number of lines per metre",
    "number of lines per meter", "lines per mm", "lines per millimetre", "lines per cm", "number of lines per mm",
    "grating lines per metre"), assumes=("n_lines > 0",))
a_slit = quantity("m", "slit width", kind="width", synonyms=(
    "width of the slit", "single slit width", "aperture width", "width of the single slit"),
    assumes=("a_slit > 0",))
D_ap = quantity("m", "aperture diameter", kind="diameter", synonyms=(
    "diameter of the aperture", "lens diameter", "diameter of the lens",
    "diameter of the telescope", "telescope aperture", "diameter of the mirror",
    "diameter of the pupil", "pupil diameter", "diameter of the objective",
    "objective diameter", "objective aperture", "diameter of the objective lens", "aperture of the objective"), assumes=("D_ap > 0",))
theta_R = quantity("rad", "angular resolution", kind="plane angle", synonyms=(
    "minimum resolvable angle", "rayleigh angle", "limit of resolution", "resolving angle",
    "minimum angular separation", "angular resolution limit"), assumes=("theta_R > 0",))
L_scr = quantity("m", "distance to the screen", kind="distance", synonyms=(
    "screen distance", "slit-to-screen distance", "distance from the slits to the screen",
    "distance from the slit to the screen", "distance between the slits and the screen"),
    assumes=("L_scr > 0",))
y_m = quantity("m", "fringe position", kind="distance", synonyms=(
    "distance from the central maximum", "position of the bright fringe",
    "fringe distance from the centre", "distance of the fringe from the centre",
    "distance of the fringe from the center", "position of the fringe on the screen"))
dy = quantity("m", "fringe spacing", kind="distance", synonyms=(
    "fringe separation", "fringe width", "distance between adjacent fringes",
    "spacing between fringes", "distance between fringes", "distance between bright fringes"),
    assumes=("dy > 0",))
d_bragg = quantity("m", "lattice spacing", kind="distance", synonyms=(
    "interplanar spacing", "spacing of the crystal planes", "atomic plane spacing",
    "d-spacing", "crystal plane spacing", "spacing between the atomic planes"),
    assumes=("d_bragg > 0",))
dx_path = quantity("m", "path difference", kind="length", synonyms=(
    "optical path difference", "difference in path length", "path length difference"))
t_echo = quantity("s", "round-trip time of the echo", kind="time", synonyms=(
    "echo time", "round-trip time", "round trip time", "time for the echo to return", "echo delay",
    "time until the echo is heard", "time of the echo"), assumes=("t_echo > 0",))
lam_n = quantity("m", "wavelength in the medium", kind="wavelength", synonyms=(
    "wavelength in the material", "wavelength in glass", "wavelength in water", "wavelength inside the medium",
    "wavelength of light in the medium", "wavelength in the glass", "wavelength in the water"),
    assumes=("lam_n > 0",))
I_unpol = quantity("W/m^2", "intensity of the unpolarized light", kind="irradiance", synonyms=(
    "unpolarized intensity", "intensity of unpolarized light", "incident unpolarized intensity",
    "intensity of the unpolarized incident light"), assumes=("I_unpol > 0",))

# ------------------------------------------------------------------ special relativity
gamma = quantity("1", "Lorentz factor", kind="lorentz factor", synonyms=(
    "gamma factor", "relativistic factor", "lorentz gamma", "time dilation factor",
    "relativistic gamma factor", "ratio of total energy to rest energy", "ratio of the total energy to the rest energy"),
    assumes=("gamma >= 1",))
beta_v = quantity("1", "speed as a fraction of the speed of light", kind="dimensionless",
                  synonyms=("beta", "velocity parameter", "fraction of the speed of light",
                            "v/c", "speed ratio v/c", "speed in units of c",
                            "speed as a fraction of c", "fraction of c", "speed relative to c"),
                  of="body", assumes=("beta_v >= 0", "beta_v < 1"))
t_0 = quantity("s", "proper time", kind="time", synonyms=(
    "proper time interval", "time in the rest frame", "time measured by the moving clock",
    "time on the moving clock", "proper lifetime", "lifetime at rest", "rest-frame lifetime",
    "time measured in the moving frame", "time on the ship's clock", "time elapsed on the ship's clock",
    "time elapsed on the ship", "ship time", "time on board", "time on board the ship", "time for the astronaut",
    "elapsed time for the astronaut", "astronaut's elapsed time", "time experienced by the astronaut",
    "traveller's elapsed time", "traveler's elapsed time", "time experienced by the traveller",
    "time experienced by the traveler", "crew time", "time for the crew", "time measured by the crew",
    "time on the spaceship clock", "time on the astronaut's clock", "time on the traveller's clock",
    "time on the traveler's clock", "proper travel time"), assumes=("t_0 > 0",))
t_dil = quantity("s", "dilated time", kind="time", synonyms=(
    "dilated time interval", "time measured by the stationary observer", "time in the lab frame",
    "observed time interval", "lab time", "lifetime in the lab frame", "dilated lifetime",
    "time measured on earth", "time elapsed on earth", "earth time", "time on earth", "time in the earth frame",
    "time measured by mission control", "time for observers on earth", "time measured from earth",
    "time on earth clocks", "time measured by earth clocks"), assumes=("t_dil > 0",))
l_0 = quantity("m", "proper length", kind="length", synonyms=(
    "rest length", "length at rest", "length in the rest frame"), assumes=("l_0 > 0",))
l_c = quantity("m", "contracted length", kind="length", synonyms=(
    "observed length", "length measured by the stationary observer", "length in the lab frame",
    "moving length", "length contracted", "length measured from earth"), assumes=("l_c > 0",))
E_0 = quantity("J", "rest energy", kind="rest energy", synonyms=(
    "rest mass energy", "mass energy", "energy equivalent of the mass", "energy equivalent",
    "rest energy of the particle", "energy equivalent of the mass m"), assumes=("E_0 > 0",))
E_tot = quantity("J", "total relativistic energy", kind="energy", synonyms=(
    "relativistic energy", "total energy of the particle", "relativistic total energy",
    "total energy including rest energy", "total energy"), assumes=("E_tot > 0",))
p_rel = quantity("kg*m/s", "relativistic momentum", kind="linear momentum", synonyms=(
    "momentum at relativistic speed", "relativistic momentum of the particle"),
    same_as="p", assumes=("p_rel >= 0",))
E_k_rel = quantity("J", "relativistic kinetic energy", kind="kinetic energy", synonyms=(
    "kinetic energy at relativistic speed", "relativistic ke"),
    same_as="E_k", assumes=("E_k_rel >= 0",))
u = quantity("m/s", "velocity in the lab frame", kind="velocity", synonyms=(
    "resultant velocity", "relativistic sum of velocities", "velocity relative to the ground frame",
    "velocity seen by the stationary observer", "velocity relative to earth",
    "relativistic velocity addition result"), assumes=("u < c", "u > -c"))
u_prime = quantity("m/s", "velocity in the moving frame", kind="velocity", synonyms=(
    "velocity relative to the moving frame", "velocity relative to the ship",
    "speed relative to the moving frame", "velocity relative to the spaceship"),
    assumes=("u_prime < c", "u_prime > -c"))
# The speed of the frame in which a body's u_prime is measured (the ship the probe is fired
# from) is a role of the body's, not its own speed v: one symbol for both would give the
# probe the ship's Lorentz factor.
v_frame = quantity("m/s", "velocity of the moving frame", kind="velocity", synonyms=(
    "frame velocity", "speed of the frame", "velocity of the frame", "frame speed",
    "speed of the frame relative to the lab", "velocity of the ship relative to earth"),
    assumes=("v_frame < c", "v_frame > -c"))
v_app = quantity("m/s", "approach speed of the source", kind="velocity", synonyms=(
    "approach speed", "speed of approach", "approaching speed", "speed of the approaching source",
    "approach velocity", "velocity of approach"), assumes=("v_app >= 0", "v_app < c"))
v_rec = quantity("m/s", "recession speed of the source", kind="velocity", synonyms=(
    "recession speed", "speed of recession", "recessional velocity", "recession velocity",
    "receding speed", "speed of the receding source", "recession speed of the galaxy"),
    assumes=("v_rec < c", "v_rec > -c"))
lam_obs = quantity("m", "observed wavelength", kind="wavelength", synonyms=(
    "received wavelength", "detected wavelength", "shifted wavelength", "redshifted wavelength",
    "wavelength observed", "wavelength measured on earth", "doppler shifted wavelength"),
    assumes=("lam_obs > 0",))

# ------------------------------------------------------------------- quantum and atomic
# A photon's energy is always the light's (the photon an atom emits, the light on a metal).
E_ph = quantity("J", "photon energy", kind="energy", synonyms=(
    "energy of the photon", "energy of a photon", "energy per photon", "quantum energy",
    "energy of the emitted photon", "energy of the quantum", "energy of the absorbed photon",
    "energy of the incident photon", "incident photon energy", "initial photon energy", "energy of each photon", "transition energy"),
    of="light", assumes=("E_ph > 0",))
phi_w = quantity("J", "work function", kind="work function", synonyms=(
    "work function of the metal", "threshold energy", "photoelectric work function"),
    assumes=("phi_w > 0",))
# The photoelectrons' maximum kinetic energy is the kinetic energy of the fastest
# photoelectron (an electron): its speed follows from it with the electron's mass.
K_max = quantity("J", "maximum kinetic energy of the photoelectrons", kind="kinetic energy",
                 synonyms=("maximum kinetic energy of emitted electrons", "max kinetic energy",
                           "maximum kinetic energy of the photoelectron", "maximum KE",
                           "kinetic energy of the photoelectrons", "maximum kinetic energy",
                           "maximum kinetic energy of the electrons"),
                 of="electron", same_as="E_k", assumes=("K_max >= 0",))
V_stop = quantity("V", "stopping potential", kind="voltage", synonyms=(
    "stopping voltage", "cut-off potential", "cutoff potential", "retarding potential"),
    assumes=("V_stop >= 0",))
f_0 = quantity("Hz", "threshold frequency", kind="frequency", synonyms=(
    "cut-off frequency", "cutoff frequency", "minimum frequency",
    "threshold frequency of the metal"), assumes=("f_0 > 0",))
lam_0 = quantity("m", "threshold wavelength", kind="wavelength", synonyms=(
    "cut-off wavelength", "cutoff wavelength", "longest wavelength that ejects electrons",
    "maximum wavelength for photoemission", "threshold wavelength of the metal"),
    assumes=("lam_0 > 0",))
n_q = quantity("1", "principal quantum number", kind="principal quantum number", synonyms=(
    "quantum number", "level number", "shell number", "orbit number",
    "quantum number n", "level n", "n of the level"), assumes=("n_q >= 1",))
r_n = quantity("m", "radius of the Bohr orbit", kind="radius", synonyms=(
    "bohr orbit radius", "bohr radius", "radius of the bohr orbit n", "radius of the electron orbit",
    "radius of the electron's orbit", "orbit radius of the electron", "bohr radius of level n",
    "atomic orbit radius", "radius of the nth orbit", "radius of the orbit of the electron"),
    assumes=("r_n > 0",))
L_n = quantity("kg*m^2/s", "angular momentum in the Bohr orbit", kind="angular momentum", synonyms=(
    "bohr angular momentum", "quantized angular momentum", "angular momentum of the electron in orbit n",
    "angular momentum of the bohr orbit"), assumes=("L_n > 0",))
n_lo = quantity("1", "lower principal quantum number", kind="principal quantum number",
                synonyms=("lower level", "lower energy level", "quantum number of the lower level",
                          "lower state", "final n", "final level", "final quantum number", "final state",
                          "final principal quantum number"), assumes=("n_lo >= 1",))
n_hi = quantity("1", "upper principal quantum number", kind="principal quantum number",
                synonyms=("upper level", "higher energy level", "quantum number of the upper level",
                          "upper energy level", "higher level", "upper state", "initial n", "initial level",
                          "initial quantum number", "initial state", "initial principal quantum number"),
                assumes=("n_hi >= 1",))
n_v = quantity("1", "vibrational quantum number", kind="quantum number", synonyms=(
    "oscillator quantum number", "harmonic oscillator quantum number"), assumes=("n_v >= 0",))
Z = quantity("1", "atomic number", kind="atomic number", synonyms=(
    "proton number", "number of protons", "nuclear charge number", "charge number"),
    assumes=("Z >= 1",))
E_n = quantity("J", "energy of the level", kind="energy", synonyms=(
    "energy of the electron in level n", "energy of the nth level", "energy of the state",
    "energy level", "energy level of hydrogen", "energy of the level n", "hydrogen energy level",
    "bound state energy", "energy of level n", "energy of the energy level",
    "energy of the electron", "bohr energy level", "ground state energy",
    "energy of the ground state",
    "energy of the electron in the ground state"), assumes=("E_n < 0",))
E_ion = quantity("J", "ionization energy", kind="energy", synonyms=(
    "ionisation energy", "energy needed to ionize", "energy needed to ionise",
    "ionization energy of the atom", "energy to remove the electron"), assumes=("E_ion > 0",))
E_hi = quantity("J", "energy of the upper level", kind="energy", synonyms=(
    "upper level energy", "energy of the higher level", "energy of the excited state",
    "initial level energy"))
E_lo = quantity("J", "energy of the lower level", kind="energy", synonyms=(
    "lower level energy", "energy of the lower state", "final level energy"))
dx = quantity("m", "uncertainty in position", kind="length", synonyms=(
    "position uncertainty", "minimum position uncertainty", "uncertainty of position",
    "size of the region confining the particle"), assumes=("dx > 0",))
dp = quantity("kg*m/s", "uncertainty in momentum", kind="linear momentum", synonyms=(
    "momentum uncertainty", "minimum momentum uncertainty", "uncertainty of momentum",
    "minimum uncertainty in momentum"), assumes=("dp > 0",))
dE = quantity("J", "uncertainty in energy", kind="energy", synonyms=(
    "energy uncertainty", "energy width", "minimum energy uncertainty",
    "natural line width in energy"), assumes=("dE > 0",))
dt = quantity("s", "uncertainty in time", kind="time", synonyms=(
    "time uncertainty", "lifetime of the state", "lifetime of the excited state",
    "minimum time uncertainty"), assumes=("dt > 0",))
theta_s = quantity("rad", "scattering angle", kind="plane angle", synonyms=(
    "compton scattering angle", "angle of scattering", "photon scattering angle",
    "scattered angle"), assumes=("theta_s >= 0", "theta_s <= pi"))
dlam = quantity("m", "wavelength shift", kind="wavelength", synonyms=(
    "compton shift", "change in wavelength", "compton wavelength shift", "shift in wavelength",
    "increase in wavelength"), assumes=("dlam >= 0",))
E_box = quantity("J", "energy of a particle in a box", kind="energy", synonyms=(
    "particle in a box energy", "infinite well energy", "energy level in the box",
    "energy in an infinite square well", "energy of the particle in the box",
    "infinite square well energy"), assumes=("E_box > 0",))
E_vib = quantity("J", "energy of a quantum harmonic oscillator", kind="energy", synonyms=(
    "vibrational energy", "oscillator energy level", "harmonic oscillator energy",
    "quantum oscillator energy"), assumes=("E_vib > 0",))
N_dot = quantity("1/s", "photon rate", kind="frequency", synonyms=(
    "photons per second", "number of photons per second", "photon emission rate",
    "rate of photon emission", "photon flux"), assumes=("N_dot >= 0",))
E_sc = quantity("J", "energy of the scattered photon", kind="energy", synonyms=(
    "scattered photon energy", "energy after scattering", "photon energy after scattering",
    "energy of the scattered x-ray", "energy of the scattered x-ray photon", "scattered energy",
    "energy of the scattered gamma ray", "energy of the scattered radiation"), assumes=("E_sc > 0",))
lam_sc = quantity("m", "wavelength of the scattered photon", kind="wavelength", synonyms=(
    "scattered wavelength", "wavelength after scattering", "wavelength of the scattered x-ray",
    "wavelength of the scattered radiation", "compton scattered wavelength",
    "wavelength of the scattered x-ray photon"), assumes=("lam_sc > 0",))
lam_min = quantity("m", "minimum wavelength of the x-rays", kind="wavelength", synonyms=(
    "shortest wavelength of the x-rays", "cutoff wavelength of the x-rays", "duane-hunt limit",
    "minimum x-ray wavelength", "shortest x-ray wavelength", "minimum wavelength of the emitted x-rays",
    "minimum wavelength of the x-rays produced"), assumes=("lam_min > 0",))
dv = quantity("m/s", "uncertainty in speed", kind="speed", synonyms=(
    "speed uncertainty", "velocity uncertainty", "uncertainty in velocity", "minimum uncertainty in speed",
    "minimum uncertainty in velocity", "uncertainty of speed"), assumes=("dv > 0",))

# ------------------------------------------------------------------------------- nuclear
lam_d = quantity("1/s", "decay constant", kind="decay constant", synonyms=(
    "disintegration constant", "radioactive decay constant", "decay rate constant",
    "decay constant of the isotope"), assumes=("lam_d > 0",))
# an RC circuit's half time is no half-life: "half-life" alone is a nuclide's
t_half_rc = quantity("s", "half time of the circuit", kind="time", synonyms=(
    "half time", "half-time", "time to halve", "time to fall to half", "time for the voltage to halve",
    "half-life of the circuit", "half-life of the discharge", "halving time"), assumes=("t_half_rc > 0",))
t_half = quantity("s", "half-life", kind="half life", synonyms=(
    "half life", "halflife", "half-life of the isotope", "half-life of the sample",
    "radioactive half-life", "half-life of the nuclide"), assumes=("t_half > 0",))
# a bare "lifetime" is not a synonym: people say it of the half-life too (it is read as
# the mean lifetime, hedged, as a name that says less than the quantity)
tau_m = quantity("s", "mean lifetime", kind="mean lifetime", synonyms=(
    "mean life", "average lifetime", "mean life of the nucleus"),
    assumes=("tau_m > 0",))
A_act = quantity("Bq", "activity", kind="activity", synonyms=(
    "radioactivity", "decay rate", "disintegration rate", "number of decays per second",
    "rate of decay", "activity of the sample", "current activity", "activity after time t",
    "remaining activity",
    "activity of the source"), assumes=("A_act >= 0",))
a_sp = quantity("Bq/kg", "specific activity", kind="specific activity", synonyms=(
    "activity per gram", "activity per kilogram", "activity per unit mass", "decay rate per gram",
    "specific activity of the sample", "current specific activity"), assumes=("a_sp >= 0",))
a_sp_0 = quantity("Bq/kg", "initial specific activity", kind="specific activity", synonyms=(
    "original specific activity", "specific activity at the start", "starting specific activity"),
    assumes=("a_sp_0 > 0",))
A_0 = quantity("Bq", "initial activity", kind="activity", synonyms=(
    "original activity", "activity at t = 0", "starting activity", "activity at the start"),
    assumes=("A_0 > 0",))
dm = quantity("kg", "mass defect", kind="mass defect", synonyms=(
    "mass difference", "mass lost", "mass converted", "missing mass", "mass deficit",
    "change in mass", "mass converted to energy", "loss of mass", "mass decrease"))
E_b = quantity("J", "binding energy", kind="energy", synonyms=(
    "nuclear binding energy", "energy released", "energy equivalent of the mass defect",
    "q value", "q-value", "energy released in the reaction", "total binding energy",
    "energy released in the decay", "binding energy of the nucleus"))
E_bn = quantity("J", "binding energy per nucleon", kind="energy", synonyms=(
    "average binding energy per nucleon", "binding energy per nucleon of the nucleus"))
A_nuc = quantity("1", "mass number", kind="mass number", synonyms=(
    "nucleon number", "number of nucleons", "atomic mass number"), assumes=("A_nuc >= 1",))
m_nuc = quantity("kg", "mass of the nucleus", kind="mass", synonyms=(
    "nuclear mass", "mass of the nuclide", "measured nuclear mass", "actual mass of the nucleus"),
    assumes=("m_nuc > 0",))
R_nuc = quantity("m", "nuclear radius", kind="radius", synonyms=(
    "radius of the nucleus",), assumes=("R_nuc > 0",))
N_d = quantity("1", "number of decayed nuclei", kind="count", synonyms=(
    "nuclei decayed", "number of decays", "decayed nuclei", "number that have decayed",
    "number of nuclei decayed", "atoms decayed"), assumes=("N_d >= 0",))
D_abs = quantity("Gy", "absorbed dose", kind="absorbed dose", synonyms=(
    "radiation dose", "dose", "absorbed radiation dose", "dose absorbed"), assumes=("D_abs >= 0",))
H_eq = quantity("Sv", "equivalent dose", kind="dose equivalent", synonyms=(
    "dose equivalent", "biological dose"), assumes=("H_eq >= 0",))
w_R = quantity("1", "radiation weighting factor", kind="dimensionless", synonyms=(
    "quality factor", "weighting factor", "radiation quality factor"), assumes=("w_R > 0",))
# a shield that halves the beam every half-value layer (narrow beam, one energy)
x_hvl = quantity("m", "half-value layer", kind="length", synonyms=(
    "half-value thickness", "half value layer", "half-thickness", "half value thickness", "hvl"),
    assumes=("x_hvl > 0",))
x_shield = quantity("m", "thickness of the shield", kind="length", synonyms=(
    "shield thickness", "shielding thickness", "absorber thickness", "thickness of the absorber",
    "thickness of shielding", "thickness of the shielding", "required thickness", "barrier thickness",
    # lead and concrete are what shields are made of
    "lead thickness", "thickness of lead", "concrete thickness", "thickness of concrete",
    "thickness of the lead", "thickness of the concrete"),
    assumes=("x_shield > 0",))
mu_att = quantity("1/m", "linear attenuation coefficient", kind="attenuation coefficient", synonyms=(
    "attenuation coefficient", "linear absorption coefficient", "absorption coefficient"),
    assumes=("mu_att > 0",))
k_red = quantity("1", "reduction factor", kind="dimensionless", synonyms=(
    "attenuation factor", "factor of reduction", "required reduction factor", "intensity reduction factor",
    "reduction in intensity"), assumes=("k_red >= 1",))
frac_trans = quantity("1", "fraction transmitted", kind="dimensionless", synonyms=(
    "transmitted fraction", "fraction of the radiation transmitted", "fraction of the beam transmitted",
    "transmission fraction", "fraction getting through", "fraction that gets through",
    "fraction of the intensity transmitted"), assumes=("frac_trans > 0", "frac_trans <= 1"))
m_0 = quantity("kg", "initial mass of the isotope", kind="mass", synonyms=(
    "initial mass", "original mass", "starting mass", "initial mass of the sample",
    "initial mass of the radioactive sample", "original mass of the isotope"), assumes=("m_0 > 0",))
# The isotope's mass now is the sample's mass m; m_0 is what it was at the start.
m_rem = quantity("kg", "mass of the isotope remaining", kind="mass", synonyms=(
    "remaining mass", "mass remaining", "mass left", "undecayed mass", "mass of the isotope left",
    "remaining mass of the isotope", "mass of the radioactive isotope remaining"),
    same_as="m", assumes=("m_rem >= 0",))
frac_rem = quantity("1", "fraction remaining", kind="dimensionless", synonyms=(
    "fraction of nuclei remaining", "fraction left", "remaining fraction", "fraction undecayed",
    "fraction of the sample remaining", "fraction of the original remaining", "surviving fraction",
    "fraction of the original nuclei remaining", "fraction of the isotope remaining", "final fraction",
    "final fraction remaining", "fraction at the end", "relative activity", "activity relative to living wood",
    "activity relative to living matter", "activity relative to the original", "fraction of the original activity",
    "activity as a fraction of the original", "remaining fraction of the activity"),
    assumes=("frac_rem > 0", "frac_rem <= 1"))
frac_dec = quantity("1", "fraction decayed", kind="dimensionless", synonyms=(
    "fraction that has decayed", "decayed fraction", "fraction of nuclei decayed",
    "fraction of the sample decayed"), assumes=("frac_dec >= 0", "frac_dec < 1"))
A_act1 = quantity("Bq", "activity of the first sample", kind="activity", synonyms=(
    "activity 1", "first activity", "activity of sample 1"), member=("A_act", 1), assumes=("A_act1 >= 0",))
A_act2 = quantity("Bq", "activity of the second sample", kind="activity", synonyms=(
    "activity 2", "second activity", "activity of sample 2"), member=("A_act", 2), assumes=("A_act2 >= 0",))
A_ratio = quantity("1", "ratio of the activities", kind="dimensionless", synonyms=(
    "activity ratio", "ratio of activities", "ratio of the two activities"), assumes=("A_ratio >= 0",))
E_evt = quantity("J", "energy released per decay", kind="energy", synonyms=(
    "energy per decay", "energy released per fission", "energy per fission", "energy per event",
    "energy released per event", "decay energy", "energy per disintegration", "energy of each decay",
    "energy released in each decay", "energy released by each fission"), assumes=("E_evt > 0",))

# -- astronomy ---------------------------------------------------------------------------
p_par = quantity("rad", "parallax angle", kind="plane angle", synonyms=(
    "parallax", "stellar parallax", "annual parallax", "trigonometric parallax", "parallax of the star"),
    assumes=("p_par > 0",))
m_app = quantity("1", "apparent magnitude", kind="dimensionless", synonyms=(
    "apparent visual magnitude", "apparent brightness magnitude", "visual magnitude"))
M_abs = quantity("1", "absolute magnitude", kind="dimensionless", synonyms=(
    "absolute visual magnitude", "absolute brightness magnitude"))
d_obs = quantity("m", "distance from the observer", kind="distance", synonyms=(
    "distance to the star", "distance of the star", "distance from earth", "distance from the earth",
    "stellar distance", "distance to the galaxy", "distance of the galaxy", "distance to the nebula"),
    assumes=("d_obs > 0",))
H_0 = quantity("1/s", "Hubble constant", kind="frequency", synonyms=(
    "hubble parameter", "hubble's constant", "hubble constant today", "hubble rate"), assumes=("H_0 > 0",))

# -- coverage of batch H: instruments, levels, orbits from GM, decays, power delivery -------
f_obj = quantity("m", "focal length of the objective", kind="length", synonyms=(
    "objective focal length", "focal length of the objective lens", "objective lens focal length"),
    assumes=("f_obj > 0",))
f_eye = quantity("m", "focal length of the eyepiece", kind="length", synonyms=(
    "eyepiece focal length", "focal length of the eyepiece lens", "focal length of the ocular",
    "ocular focal length"), assumes=("f_eye > 0",))
L_tube = quantity("m", "tube length", kind="length", synonyms=(
    "optical tube length", "tube length of the microscope",
    "length of the microscope tube"), assumes=("L_tube > 0",))
M_ang = quantity("1", "angular magnification", kind="magnification", synonyms=(
    "overall magnification", "total magnification", "magnifying power", "angular magnification of the instrument",
    "magnification of the instrument"), assumes=("M_ang > 0",))
D_exit = quantity("m", "exit pupil diameter", kind="diameter", synonyms=(
    "exit pupil", "diameter of the exit pupil", "size of the exit pupil", "exit pupil size"),
    assumes=("D_exit > 0",))
NA_fib = quantity("1", "numerical aperture", kind="dimensionless", synonyms=(
    "na", "numerical aperture of the fibre", "numerical aperture of the fiber", "light-gathering aperture"),
    assumes=("NA_fib > 0",))
theta_acc = quantity("rad", "acceptance angle", kind="plane angle", synonyms=(
    "maximum acceptance angle", "acceptance half-angle", "half-angle of the acceptance cone",
    "acceptance cone half-angle", "acceptance angle of the fibre", "acceptance angle of the fiber",
    "maximum angle of acceptance"), assumes=("theta_acc > 0",))
n_core = quantity("1", "refractive index of the fibre core", kind="refractive index", synonyms=(
    "core refractive index", "core index", "index of the core"), of="fibre core", same_as="n_r",
    assumes=("n_core > 0",))
n_clad = quantity("1", "refractive index of the fibre cladding", kind="refractive index", synonyms=(
    "cladding refractive index", "cladding index", "index of the cladding"), of="cladding", same_as="n_r",
    assumes=("n_clad > 0",))
beta_tot = quantity("1", "combined sound level in decibels", kind="sound intensity level", synonyms=(
    "combined sound level", "combined sound intensity level", "total sound level", "combined level",
    "total sound intensity level", "level of both sources together", "combined noise level"))
v_P = quantity("m/s", "P-wave speed", kind="speed", synonyms=(
    "speed of the p-wave", "speed of the p-waves", "p-wave velocity", "primary wave speed",
    "speed of the primary wave", "p wave speed"), assumes=("v_P > 0",))
v_S = quantity("m/s", "S-wave speed", kind="speed", synonyms=(
    "speed of the s-wave", "speed of the s-waves", "s-wave velocity", "secondary wave speed",
    "speed of the secondary wave", "s wave speed"), assumes=("v_S > 0",))
dt_SP = quantity("s", "S minus P arrival gap", kind="time", synonyms=(
    "s-p interval", "s-p time", "s minus p time", "s-p lag", "delay between the p and s waves",
    "time between the p-wave and the s-wave", "lag of the s-wave behind the p-wave",
    "s minus p interval", "arrival time difference", "difference in arrival times", "arrival time gap",
    "difference in arrival time", "time difference between the p and s waves", "time between p and s arrivals",
    "time between the p and s arrivals", "s-p arrival gap", "time between the p and s waves"), assumes=("dt_SP > 0",))
d_src = quantity("m", "distance to the source", kind="distance", synonyms=(
    "distance of the source", "source distance", "distance to the epicentre",
    "distance to the epicenter", "epicentral distance", "distance to the focus", "distance to the earthquake",
    "distance of the earthquake", "distance to the quake"), assumes=("d_src > 0",))
mu_G = quantity("m^3/s^2", "gravitational parameter", kind="gravitational parameter", synonyms=(
    "standard gravitational parameter", "gm", "gm of the planet", "product gm",
    "gravitational parameter of the planet"), of="planet", assumes=("mu_G > 0",))
T_rot = quantity("s", "rotation period of the planet", kind="period", synonyms=(
    "sidereal day", "sidereal rotation period", "sidereal period of rotation", "length of the sidereal day",
    "rotation period", "spin period", "planet's rotation period"), of="planet", assumes=("T_rot > 0",))
m_H1 = quantity("kg", "mass of the hydrogen-1 atom", kind="mass", synonyms=(
    "hydrogen-1 atom mass", "atomic mass of hydrogen-1", "mass of a hydrogen atom", "hydrogen atom mass",
    "atomic mass of hydrogen", "mass of hydrogen-1"), assumes=("m_H1 > 0",))
# An alpha decay's three neutral atoms (the parent's Z electrons are the daughter's and helium's).
m_par = quantity("kg", "mass of the parent atom", kind="mass", synonyms=(
    "parent atom mass", "atomic mass of the parent", "mass of the parent nuclide"), assumes=("m_par > 0",))
m_dau = quantity("kg", "mass of the daughter atom", kind="mass", synonyms=(
    "daughter atom mass", "atomic mass of the daughter", "mass of the daughter nuclide"), assumes=("m_dau > 0",))
m_He4 = quantity("kg", "mass of the helium-4 atom", kind="mass", synonyms=(
    "helium-4 atom mass", "atomic mass of helium-4"), assumes=("m_He4 > 0",))
m_atom = quantity("kg", "atomic mass", kind="mass", synonyms=(
    "mass of the atom", "atom mass", "mass of the neutral atom", "atomic mass of the nuclide"),
    assumes=("m_atom > 0",))
# Inverse-square scaling: two positions at distances from one point source.
D_near = quantity("Sv/s", "dose rate at the near distance", kind="dose rate", synonyms=(
    "dose rate near the source", "dose rate at the first distance", "first dose rate",
    "initial dose rate", "dose rate close to the source"), assumes=("D_near > 0",))
D_far = quantity("Sv/s", "dose rate at the far distance", kind="dose rate", synonyms=(
    "dose rate at the second distance", "second dose rate", "new dose rate",
    "dose rate farther away", "dose rate further away"), assumes=("D_far > 0",))
r_near = quantity("m", "near distance from the source", kind="distance", synonyms=(
    "near distance", "nearer distance", "first distance from the source", "initial distance from the source",
    "closer distance", "reference distance", "distance of the reference measurement"), assumes=("r_near > 0",))
r_far = quantity("m", "far distance from the source", kind="distance", synonyms=(
    "far distance", "farther distance", "further distance", "second distance from the source",
    "new distance from the source", "new distance"), assumes=("r_far > 0",))
beta_near = quantity("1", "sound level at the near distance", kind="sound intensity level", synonyms=(
    "sound level near the source", "sound level close to the source", "sound level close by",
    "sound level at the first distance", "first sound level", "near sound level",
    "sound intensity level at the near distance"))
beta_far = quantity("1", "sound level at the far distance", kind="sound intensity level", synonyms=(
    "sound level farther away", "sound level further away", "sound level at the second distance",
    "second sound level", "far sound level", "sound intensity level at the far distance",
    "target sound level", "new sound level", "sound level at the new distance"))
d_real = quantity("m", "real depth", kind="depth", synonyms=(
    "actual depth", "true depth", "real depth of the object", "actual depth of the object",
    "actual depth of the coin", "actual depth of the fish"), assumes=("d_real > 0",))
d_app = quantity("m", "apparent depth", kind="depth", synonyms=(
    "apparent depth of the object", "depth it appears to be at", "how deep it appears",
    "apparent depth of the coin", "apparent depth of the fish"), assumes=("d_app > 0",))
pf = quantity("1", "power factor", kind="dimensionless", synonyms=(
    "pf", "cos phi", "power factor of the load"), assumes=("pf > 0", "pf <= 1"))
P_tx = quantity("W", "power transmitted", kind="power", synonyms=(
    "transmitted power", "power sent along the line", "power delivered by the line",
    "power carried by the line"), assumes=("P_tx > 0",))
V_tx = quantity("V", "transmission voltage", kind="voltage", synonyms=(
    "line voltage", "voltage of the line", "transmission line voltage", "voltage of transmission"),
    assumes=("V_tx > 0",))
P_loss = quantity("W", "power lost in the line", kind="power", synonyms=(
    "line loss", "power loss in the line", "resistive power loss", "power lost as heat",
    "resistive loss", "transmission loss", "power wasted in the line"), assumes=("P_loss >= 0",))
E_gap = quantity("J", "band gap", kind="energy", synonyms=(
    "band gap energy", "energy gap", "bandgap", "gap energy", "band-gap energy"), assumes=("E_gap > 0",))
P_heat = quantity("W", "heat output", kind="power", synonyms=(
    "heating power", "heat output power", "thermal output", "rate of heat delivery", "heat delivered per second",
    "heating output", "heat supplied per second"), assumes=("P_heat > 0",))

# -- coverage of batch N: halls, wind turbines, redshifts, the atmosphere with height -------
T_rev = quantity("s", "reverberation time", kind="time", synonyms=(
    "reverb time", "rt60", "reverberation time of the hall", "sabine reverberation time",
    "decay time of the sound"), assumes=("T_rev > 0",))
A_abs = quantity("m^2", "total absorption", kind="area", synonyms=(
    "total absorption area", "equivalent absorption area", "absorption area", "total sound absorption",
    "sound absorption", "total absorption of the surfaces"), assumes=("A_abs > 0",))
C_p = quantity("1", "power coefficient", kind="efficiency", synonyms=(
    "power coefficient of the turbine", "coefficient of power", "rotor power coefficient", "turbine power coefficient"),
    assumes=("C_p > 0", "C_p <= 0.593"))
v_wind = quantity("m/s", "wind speed", kind="speed", synonyms=(
    "speed of the wind", "wind velocity", "velocity of the wind", "free-stream wind speed"), assumes=("v_wind >= 0",))
z_red = quantity("1", "redshift", kind="dimensionless", synonyms=(
    "redshift of the galaxy", "cosmological redshift", "measured redshift", "redshift z", "spectral redshift"),
    assumes=("z_red >= 0",))
pr_sl = quantity("Pa", "sea-level pressure", kind="pressure", synonyms=(
    "pressure at sea level", "sea level pressure", "ground-level pressure",
    "air pressure at sea level", "atmospheric pressure at sea level"), assumes=("pr_sl > 0",))
dt_lag = quantity("s", "lag of the moving clock", kind="time", synonyms=(
    "time lag", "clock lag", "lag of the clock", "lag of the satellite clock", "satellite clock lag",
    "lag from time dilation", "clock lag from time dilation", "lag of the satellite clock from motion",
    "lag of the satellite clock from velocity time dilation"), assumes=("dt_lag >= 0",))
