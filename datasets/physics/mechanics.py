"""Mechanics: kinematics, projectiles, dynamics, friction, work, energy, power,
momentum, collisions, circular motion, rotation, springs and oscillations, elasticity.
"""
from math import sqrt, sin, cos, tan, atan, pi, log

from oracle.laws import U, codata, law

g_n: U["m/s^2"] = codata("standard acceleration of gravity")
c: U["m/s"] = codata("speed of light in vacuum")  # Newtonian laws hold for speeds up to c/10
# Standard gravity holds near the surface: up to 1 % of the Earth's radius, where g is 2 % less.
h_near_surface: U["m"] = 64e3


@law(
    output="v",
    on="body",
    assumes=("v0 >= 0", "t > 0", "v >= 0"),
    conditions=("v <= c/10", "v0 <= c/10"),
    valid="constant acceleration along a straight line",
)
def final_velocity(v0: U["m/s"], a: U["m/s^2"], t: U["s"]) -> U["m/s"]:
    """Speed after accelerating uniformly at a for a time t from the initial speed v0."""
    return v0 + a * t


@law(
    output="d",
    on="body",
    assumes=("v0 >= 0", "t > 0", "d > 0"),
    conditions=("v0 <= c/10", "v0 + a*t <= c/10"),
    valid="constant acceleration along a straight line, no reversal",
)
def displacement_uniform_acceleration(v0: U["m/s"], t: U["s"], a: U["m/s^2"]) -> U["m"]:
    """Distance covered in time t starting at speed v0 with constant acceleration a."""
    return v0 * t + a * t**2 / 2


@law(
    output="v",
    on="body",
    assumes=("a > 0", "t > 0", "v > 0"),
    conditions=("v <= c/10",),
    valid="constant acceleration along a straight line",
    premise="the body starts from [rest]",
    cost=2,
)
def speed_from_rest_uniform_acceleration(a: U["m/s^2"], t: U["s"]) -> U["m/s"]:
    """Speed after accelerating uniformly at a for a time t from rest (v = a t)."""
    return a * t


@law(
    output="v",
    on="body",
    assumes=("a > 0", "d > 0", "v > 0"),
    conditions=("v <= c/10",),
    valid="constant acceleration along a straight line",
    premise="the body starts from [rest] (a [take-off] run, from a [standstill])",
    cost=2,
)
def speed_from_rest_over_a_distance(a: U["m/s^2"], d: U["m"]) -> U["m/s"]:
    """Speed after accelerating uniformly at a over a distance d from rest (v^2 = 2 a d: an
    aircraft's take-off run, a sprinter's start)."""
    return sqrt(2 * a * d)


@law(
    output="d",
    on="body",
    assumes=("a > 0", "t > 0", "d > 0"),
    conditions=("a*t <= c/10",),
    valid="constant acceleration along a straight line",
    premise="the body starts from [rest]",
    cost=2,
)
def distance_from_rest_uniform_acceleration(a: U["m/s^2"], t: U["s"]) -> U["m"]:
    """Distance covered in a time t from rest at constant acceleration a (d = a t^2 / 2)."""
    return a * t**2 / 2


@law(
    output="v",
    on="body",
    assumes=("v0 >= 0", "d > 0", "v >= 0"),
    conditions=("v <= c/10", "v0 <= c/10"),
    valid="constant acceleration along a straight line",
)
def final_velocity_from_distance(v0: U["m/s"], a: U["m/s^2"], d: U["m"]) -> U["m/s"]:
    """Speed after covering a distance d from the initial speed v0 at constant acceleration a
    (v^2 = v0^2 + 2ad).
    """
    return sqrt(v0**2 + 2 * a * d)


@law(
    output="d",
    on="body",
    assumes=("v0 >= 0", "v >= 0", "t > 0", "d > 0"),
    conditions=("v <= c/10", "v0 <= c/10"),
    valid="constant acceleration along a straight line",
)
def displacement_from_mean_velocity(v0: U["m/s"], v: U["m/s"], t: U["s"]) -> U["m"]:
    """Distance covered in time t while the speed changes uniformly from v0 to v."""
    return (v0 + v) * t / 2


@law(output="v_avg", on="body", assumes=("d > 0", "t > 0", "v_avg > 0"))
def average_speed(d: U["m"], t: U["s"]) -> U["m/s"]:
    """Average speed: distance travelled divided by the time taken."""
    return d / t


@law(
    output="v_avg",
    on="body",
    assumes=("v0 >= 0", "v >= 0", "v_avg > 0"),
    conditions=("v <= c/10", "v0 <= c/10"),
    valid="constant acceleration",
)
def average_speed_uniform_acceleration(v0: U["m/s"], v: U["m/s"]) -> U["m/s"]:
    """Average speed while the speed changes uniformly from v0 to v."""
    return (v0 + v) / 2


@law(
    output="d",
    on="body",
    assumes=("v >= 0", "t > 0", "d > 0"),
    # near c a time or a distance says nothing without its frame (the ship's or the
    # Earth's): relativity's laws say which (lab_distance_of_moving_body, time_dilation)
    conditions=("v <= c/10",),
    valid="uniform motion: constant speed along the path",
    cost=2,  # the special case a = 0 of the laws of uniform acceleration
)
def uniform_motion(v: U["m/s"], t: U["s"]) -> U["m"]:
    """Distance covered in a time t by a body moving at the constant speed v."""
    return v * t


@law(
    output="v",
    on="body",
    assumes=("g > 0", "h >= 0", "v >= 0"),
    conditions=("v <= c/10",),
    valid="starts from rest, no air resistance, uniform g",
)
def free_fall_speed(g: U["m/s^2"], h: U["m"]) -> U["m/s"]:
    """Speed of a body dropped from rest after falling through a height h."""
    return sqrt(2 * g * h)


@law(
    output="v",
    on="body",
    assumes=("h >= 0", "v >= 0"),
    conditions=("v <= c/10",),
    valid="near the Earth's surface (g = 9.80665 m/s^2), from rest, no air resistance",
    cost=3,
)
def free_fall_speed_on_earth(h: U["m"]) -> U["m/s"]:
    """Speed of a body dropped from rest after falling through a height h near the Earth's
    surface.
    """
    return sqrt(2 * g_n * h)


@law(
    output="t",
    on="body",
    assumes=("h >= 0", "g > 0", "t > 0"),
    valid="starts from rest, no air resistance, uniform g",
)
def free_fall_time(h: U["m"], g: U["m/s^2"]) -> U["s"]:
    """Time taken to fall from rest through a height h."""
    return sqrt(2 * h / g)


@law(
    output="h",
    on="body",
    assumes=("v0 > 0", "t_pass > 0", "h > 0"),
    valid="thrown straight up near the Earth's surface (g = 9.80665 m/s^2), h above the launch point, "
          "no air resistance",
    cost=3,
)
def height_of_vertical_throw_on_earth(v0: U["m/s"], t_pass: U["s"]) -> U["m"]:
    """Height above its launch point of a body thrown straight up at speed v0, a time t_pass later:
    it passes each height below the top twice, on the way up and on the way down (its own time,
    so no other law's time, a fall's or a flight's, is read as it)."""
    return v0 * t_pass - g_n * t_pass**2 / 2


@law(
    output="t",
    on="body",
    assumes=("h >= 0", "t > 0"),
    valid="near the Earth's surface (g = 9.80665 m/s^2), from rest, no air resistance",
    cost=3,
)
def free_fall_time_on_earth(h: U["m"]) -> U["s"]:
    """Time taken to fall from rest through a height h near the Earth's surface."""
    return sqrt(2 * h / g_n)


@law(
    output="h0",
    on="body",
    assumes=("v0 >= 0", "t > 0", "g > 0", "h0 >= 0"),
    conditions=("v0 <= c/10",),
    valid="thrown straight down at speed v0 (or dropped, v0 = 0) from the initial height h0 "
          "above the ground, t the time to reach the ground; no air resistance, uniform g",
)
def fall_from_initial_height(v0: U["m/s"], t: U["s"], g: U["m/s^2"]) -> U["m"]:
    """Initial height from which a body thrown straight down at speed v0 reaches the ground in
    the time t (h0 = v0 t + g t^2/2)."""
    return v0 * t + g * t**2 / 2


@law(
    output="h0",
    on="body",
    assumes=("v0 >= 0", "t > 0", "h0 >= 0"),
    conditions=("v0 <= c/10",),
    valid="near the Earth's surface (g = 9.80665 m/s^2), thrown straight down from the initial "
          "height h0, no air resistance",
    cost=3,
)
def fall_from_initial_height_on_earth(v0: U["m/s"], t: U["s"]) -> U["m"]:
    """Initial height from which a body thrown straight down at speed v0 reaches the ground in
    the time t near the Earth's surface."""
    return v0 * t + g_n * t**2 / 2


@law(
    output="v",
    on="body",
    assumes=("v0 >= 0", "g > 0", "h0 >= 0", "h_f >= 0", "v >= 0"),
    conditions=("v <= c/10", "v0 <= c/10"),
    valid="mechanical energy conserved (no friction or air resistance), uniform g",
)
def energy_conservation_between_heights(
        v0: U["m/s"],
        g: U["m/s^2"],
        h0: U["m"],
        h_f: U["m"],
) -> U["m/s"]:
    """Speed at the height h_f of a body that had the speed v0 at the height h0 (kinetic plus
    potential energy the same at both heights: v^2/2 + g h_f = v0^2/2 + g h0)."""
    return sqrt(v0**2 + 2 * g * (h0 - h_f))


@law(
    output="v",
    on="body",
    assumes=("v0 >= 0", "h0 >= 0", "h_f >= 0", "v >= 0"),
    conditions=("v <= c/10", "v0 <= c/10"),
    valid="near the Earth's surface (g = 9.80665 m/s^2), mechanical energy conserved",
    cost=3,
)
def energy_conservation_between_heights_on_earth(v0: U["m/s"], h0: U["m"], h_f: U["m"]) -> U["m/s"]:
    """Speed at the height h_f of a body that had the speed v0 at the height h0, near the
    Earth's surface."""
    return sqrt(v0**2 + 2 * g_n * (h0 - h_f))


@law(
    output="v",
    on="body",
    assumes=("v0 >= 0", "g > 0", "h0 >= 0", "v >= 0"),
    conditions=("v <= c/10", "v0 <= c/10"),
    valid="mechanical energy conserved (frictionless track or free flight), speed at the lowest point, h0 measured above it",
    cost=2,  # the special case h_f = 0 of energy_conservation_between_heights
)
def speed_at_the_bottom(v0: U["m/s"], g: U["m/s^2"], h0: U["m"]) -> U["m/s"]:
    """Speed at the bottom of a body that starts at the initial height h0 above it with the
    speed v0: a slide, a roller coaster, a swing, or a body thrown up or down (or dropped) from
    the height h0 when it reaches the ground."""
    return sqrt(v0**2 + 2 * g * h0)


@law(
    output="v",
    on="body",
    assumes=("v0 >= 0", "h0 >= 0", "v >= 0"),
    conditions=("v <= c/10", "v0 <= c/10"),
    valid="near the Earth's surface (g = 9.80665 m/s^2), mechanical energy conserved, speed at the lowest point",
    cost=4,
)
def speed_at_the_bottom_on_earth(v0: U["m/s"], h0: U["m"]) -> U["m/s"]:
    """Speed at the bottom of a body that starts at the initial height h0 above it with the
    speed v0, near the Earth's surface."""
    return sqrt(v0**2 + 2 * g_n * h0)


@law(
    output="x_range",
    on="body",
    assumes=("v0 >= 0", "g > 0", "theta > 0"),
    conditions=("v0 <= c/10",),
    valid="lands at the launch height, no air resistance",
    premise="it lands at its launch height (not from a {cliff}, {building}, {tower}, {roof}, {balcony}, "
            "{bridge} or {platform} above where it lands)",
)
def projectile_range(v0: U["m/s"], theta: U["rad"], g: U["m/s^2"]) -> U["m"]:
    """Horizontal range of a projectile launched at speed v0 and angle theta above the
    horizontal.
    """
    return v0**2 * sin(2 * theta) / g


@law(
    output="x_range",
    on="body",
    assumes=("v0 >= 0", "theta > 0"),
    conditions=("v0 <= c/10",),
    valid="near the Earth's surface, lands at the launch height, no air resistance",
    premise="it lands at its launch height (not from a {cliff}, {building}, {tower}, {roof}, {balcony}, "
            "{bridge} or {platform} above where it lands)",
    cost=3,
)
def projectile_range_on_earth(v0: U["m/s"], theta: U["rad"]) -> U["m"]:
    """Horizontal range of a projectile launched at speed v0 and angle theta on Earth."""
    return v0**2 * sin(2 * theta) / g_n


@law(
    output="h_max",
    on="body",
    assumes=("v0 >= 0", "g > 0", "h_max > 0", "theta > 0"),
    conditions=("v0 <= c/10",),
    valid="no air resistance",
)
def projectile_max_height(v0: U["m/s"], theta: U["rad"], g: U["m/s^2"]) -> U["m"]:
    """Greatest height above the launch point of a projectile launched at speed v0 and angle
    theta.
    """
    return v0**2 * sin(theta)**2 / (2 * g)


@law(
    output="h_max",
    on="body",
    assumes=("v0 >= 0", "h_max > 0", "theta > 0"),
    conditions=("v0 <= c/10",),
    valid="near the Earth's surface, no air resistance",
    cost=3,
)
def projectile_max_height_on_earth(v0: U["m/s"], theta: U["rad"]) -> U["m"]:
    """Greatest height of a projectile launched at speed v0 and angle theta on Earth."""
    return v0**2 * sin(theta)**2 / (2 * g_n)


@law(
    output="h_max",
    on="body",
    assumes=("v0 >= 0", "g > 0", "h_max > 0"),
    conditions=("v0 <= c/10",),
    valid="thrown straight up, no air resistance",
    cost=2,
)
def vertical_throw_max_height(v0: U["m/s"], g: U["m/s^2"]) -> U["m"]:
    """Greatest height reached by a body thrown straight up at speed v0."""
    return v0**2 / (2 * g)


@law(
    output="h_max",
    on="body",
    assumes=("v0 >= 0", "h_max > 0"),
    conditions=("v0 <= c/10",),
    valid="thrown straight up near the Earth's surface, no air resistance",
    cost=4,  # a launch angle given selects the projectile forms (cost 3) instead
)
def vertical_throw_max_height_on_earth(v0: U["m/s"]) -> U["m"]:
    """Greatest height reached by a body thrown straight up at speed v0 on Earth."""
    return v0**2 / (2 * g_n)


@law(
    output="t_flight",
    on="body",
    assumes=("v0 >= 0", "g > 0", "t_flight > 0"),
    conditions=("v0 <= c/10",),
    valid="thrown straight up, lands at the launch height, no air resistance",
    premise="it lands at its launch height (not from a {cliff}, {building}, {tower}, {roof}, {balcony}, "
            "{bridge} or {platform} above where it lands)",
    cost=2,  # the special case theta = 90 degrees of projectile_time_of_flight
)
def vertical_throw_time_of_flight(v0: U["m/s"], g: U["m/s^2"]) -> U["s"]:
    """Time in the air of a body thrown straight up at speed v0 until it comes back down to
    the launch height."""
    return 2 * v0 / g


@law(
    output="t_flight",
    on="body",
    assumes=("v0 >= 0", "t_flight > 0"),
    conditions=("v0 <= c/10",),
    valid="thrown straight up near the Earth's surface, lands at the launch height, no air resistance",
    premise="it lands at its launch height (not from a {cliff}, {building}, {tower}, {roof}, {balcony}, "
            "{bridge} or {platform} above where it lands)",
    cost=4,
)
def vertical_throw_time_of_flight_on_earth(v0: U["m/s"]) -> U["s"]:
    """Time in the air of a body thrown straight up at speed v0 on Earth until it comes back
    to the launch height."""
    return 2 * v0 / g_n


@law(
    output="t_flight",
    on="body",
    assumes=("v0 >= 0", "g > 0", "t_flight > 0", "theta > 0"),
    conditions=("v0 <= c/10",),
    valid="lands at the launch height, no air resistance",
    premise="it lands at its launch height (not from a {cliff}, {building}, {tower}, {roof}, {balcony}, "
            "{bridge} or {platform} above where it lands)",
)
def projectile_time_of_flight(v0: U["m/s"], theta: U["rad"], g: U["m/s^2"]) -> U["s"]:
    """Time a projectile launched at speed v0 and angle theta spends in the air."""
    return 2 * v0 * sin(theta) / g


@law(
    output="t_flight",
    on="body",
    assumes=("v0 >= 0", "t_flight > 0", "theta > 0"),
    conditions=("v0 <= c/10",),
    valid="near the Earth's surface, lands at the launch height, no air resistance",
    premise="it lands at its launch height (not from a {cliff}, {building}, {tower}, {roof}, {balcony}, "
            "{bridge} or {platform} above where it lands)",
    cost=3,
)
def projectile_time_of_flight_on_earth(v0: U["m/s"], theta: U["rad"]) -> U["s"]:
    """Time in the air of a projectile launched at speed v0 and angle theta on Earth."""
    return 2 * v0 * sin(theta) / g_n


@law(
    output="x_range",
    on="body",
    assumes=("v0 >= 0", "h >= 0", "g > 0"),
    conditions=("v0 <= c/10",),
    valid="horizontal launch, no air resistance",
)
def horizontal_launch_range(v0: U["m/s"], h: U["m"], g: U["m/s^2"]) -> U["m"]:
    """Horizontal distance travelled by a body launched horizontally at speed v0 from a height
    h.
    """
    return v0 * sqrt(2 * h / g)


@law(
    output="x_range",
    on="body",
    assumes=("v0 >= 0", "h >= 0"),
    conditions=("v0 <= c/10",),
    valid="near the Earth's surface (g = 9.80665 m/s^2), horizontal launch, no air resistance",
    cost=3,
)
def horizontal_launch_range_on_earth(v0: U["m/s"], h: U["m"]) -> U["m"]:
    """Horizontal distance travelled by a body launched horizontally at speed v0 from a height
    h near the Earth's surface (a ball rolled off a table, a stone thrown from a cliff)."""
    return v0 * sqrt(2 * h / g_n)


@law(output="v_x", on="body", assumes=("v0 >= 0",))
def horizontal_velocity_component(v0: U["m/s"], theta: U["rad"]) -> U["m/s"]:
    """Horizontal component of a velocity of magnitude v0 at angle theta above the horizontal."""
    return v0 * cos(theta)


@law(output="v_y", on="body", assumes=("v0 >= 0",))
def vertical_velocity_component(v0: U["m/s"], theta: U["rad"]) -> U["m/s"]:
    """Vertical component of a velocity of magnitude v0 at angle theta above the horizontal."""
    return v0 * sin(theta)


@law(
    output="a",
    on="body",
    assumes=("m > 0", "F_thrust > 0"),
    conditions=("F_thrust > m*g_n",),
    valid="near the Earth's surface (g = 9.80665 m/s^2), thrust straight up, air drag neglected",
    premise="the thrust points [up] ([upward], [upwards], [vertical], [vertically], a [lift-off], [liftoff], "
            "[launch], a [rocket], [hover], [hovers], [lifts]) against the weight (not in {space})",
    cost=2,
)
def acceleration_under_vertical_thrust_on_earth(F_thrust: U["N"], m: U["kg"]) -> U["m/s^2"]:
    """Upward acceleration of a body of mass m that a thrust F_thrust lifts against its weight
    (a rocket at lift-off, a drone): a = F_thrust/m - g."""
    return F_thrust / m - g_n


@law(
    output="a",
    on="body",
    assumes=("m > 0", "F_thrust > 0"),
    valid="the thrust the only force along the motion (level ground, no drag; or in space)",
    premise="the thrust is the only force along the motion (along [level] ground, a [runway], [horizontal], "
            "[horizontally], in [space]; no {rolling} resistance, {friction} or {drag})",
    cost=2,
)
def acceleration_under_thrust_alone(F_thrust: U["N"], m: U["kg"]) -> U["m/s^2"]:
    """Acceleration of a body of mass m that a thrust F_thrust alone drives (a jet along a
    runway, neglecting drag and rolling friction; a probe in space): a = F_thrust/m."""
    return F_thrust / m


@law(output="F", on="body", assumes=("m > 0",), valid="inertial frame, constant mass, v << c")
def newtons_second_law(m: U["kg"], a: U["m/s^2"]) -> U["N"]:
    """Newton's second law: net force on a body of mass m with acceleration a."""
    return m * a


@law(
    output="F",
    on="body",
    assumes=("F_a > 0", "F_f >= 0"),
    valid="an applied force along the motion against kinetic friction, no other horizontal forces",
)
def net_force_against_friction(F_a: U["N"], F_f: U["N"]) -> U["N"]:
    """Net force on a body pushed or pulled along a surface by an applied force F_a against
    the friction force F_f."""
    return F_a - F_f


@law(
    output="F",
    on="body",
    assumes=("F_a > 0", "F_rr >= 0"),
    valid="a pull or push along the motion against rolling resistance, no other horizontal forces",
)
def net_force_against_rolling_resistance(F_a: U["N"], F_rr: U["N"]) -> U["N"]:
    """Net force on a vehicle towed or driven along level ground by a force F_a against the
    rolling resistance F_rr (a trailer behind a tractor)."""
    return F_a - F_rr


@law(
    output="F",
    on="body",
    assumes=("F_a > 0", "F > 0"),
    valid="the applied force is the only force along the motion",
    premise="the applied force is the only force along the motion ([frictionless], no {friction}, no {rolling} resistance)",
    cost=2,
)
def net_force_of_a_lone_applied_force(F_a: U["N"]) -> U["N"]:
    """Net force on a body when the force applied to it is the only one along its motion."""
    return F_a


@law(output="F_w", on="body", assumes=("m > 0", "g > 0", "F_w > 0"))
def weight(m: U["kg"], g: U["m/s^2"]) -> U["N"]:
    """Weight of a body of mass m where the gravitational acceleration is g."""
    return m * g


@law(
    output="F_w",
    on="body",
    assumes=("m > 0", "F_w > 0"),
    valid="near the Earth's surface (g = 9.80665 m/s^2)",
    premise="the body is near the Earth's surface (not a {satellite} or a body in {orbit}: its weight there is "
            "the planet's pull at its distance)",
    cost=3,
)
def weight_on_earth(m: U["kg"]) -> U["N"]:
    """Weight of a body of mass m near the Earth's surface."""
    return m * g_n


@law(
    output="F_N",
    on="body",
    assumes=("m > 0", "F_N > 0"),
    valid="near the Earth's surface (g = 9.80665 m/s^2); the body stands on the floor (or a scale) of a lift "
          "accelerating upward at a (negative: downward)",
    cost=3,
)
def normal_force_in_an_accelerating_lift_on_earth(m: U["kg"], a: U["m/s^2"]) -> U["N"]:
    """Push of a lift's floor (a bathroom scale's reading) on a body of mass m while the lift
    accelerates upward at a: F_N - m g = m a."""
    return m * (g_n + a)


@law(
    output="F_T",
    on="body",
    assumes=("m > 0", "g > 0", "F_T > 0"),
    valid="hanging from (or lifted by) one vertical rope or cable, a the upward acceleration (0 at rest or at constant speed), massless rope",
)
def tension_supporting_body(m: U["kg"], g: U["m/s^2"], a: U["m/s^2"]) -> U["N"]:
    """Tension in the vertical rope or cable that holds a body of mass m accelerating upward at
    a (an elevator, a load on a crane): F_T - m g = m a."""
    return m * (g + a)


@law(
    output="F_T",
    on="body",
    assumes=("m > 0", "F_T > 0"),
    valid="near the Earth's surface (g = 9.80665 m/s^2), hanging from one vertical rope or cable",
    cost=3,
)
def tension_supporting_body_on_earth(m: U["kg"], a: U["m/s^2"]) -> U["N"]:
    """Tension in the vertical rope that holds a body of mass m accelerating upward at a, near
    the Earth's surface."""
    return m * (g_n + a)


@law(
    output="F_T",
    on="body",
    assumes=("F_w > 0", "F_T > 0"),
    valid="hanging at rest (or moving at constant velocity) from one vertical rope",
    cost=3,  # the special case a = 0 of tension_supporting_body; assumes rest
)
def tension_of_body_hanging_at_rest(F_w: U["N"]) -> U["N"]:
    """Tension in the rope from which a body hangs at rest: its weight."""
    return F_w


@law(
    output="F_T",
    on="string",
    of={"F_w": "body"},
    assumes=("F_w > 0", "F_T > 0"),
    valid="the body hangs at rest from the string (directly or over a frictionless pulley), massless string",
    cost=3,  # a bridge: it assumes the body hangs at rest, which no variable shows
)
def string_tension_from_hanging_body(F_w: U["N"]) -> U["N"]:
    """Tension in a string from which a body hangs at rest: the body's weight (a bridge from
    the body to the string)."""
    return F_w


@law(
    output="a",
    on="atwood machine",
    members="body",
    assumes=("m1 > 0", "m2 > 0", "g > 0", "a > 0"),
    valid="light inextensible string over a light frictionless pulley; body 2 the heavier",
)
def atwood_machine_acceleration(m1: U["kg"], m2: U["kg"], g: U["m/s^2"]) -> U["m/s^2"]:
    """Acceleration of the two bodies of an Atwood machine, the heavier (m2) descending."""
    return (m2 - m1) * g / (m1 + m2)


@law(
    output="F_T",
    on="atwood machine",
    members="body",
    assumes=("m1 > 0", "m2 > 0", "g > 0", "F_T > 0"),
    valid="light inextensible string over a light frictionless pulley",
)
def atwood_machine_tension(m1: U["kg"], m2: U["kg"], g: U["m/s^2"]) -> U["N"]:
    """Tension in the string of an Atwood machine holding bodies of masses m1 and m2."""
    return 2 * m1 * m2 * g / (m1 + m2)


@law(
    output="F_N",
    on="body",
    assumes=("m > 0", "g > 0", "F_N > 0"),
    valid="no other forces perpendicular to the incline",
)
def normal_force_on_incline(m: U["kg"], g: U["m/s^2"], theta: U["rad"]) -> U["N"]:
    """Normal force on a body of mass m resting on a plane inclined at angle theta."""
    return m * g * cos(theta)


@law(
    output="F_N",
    on="body",
    assumes=("F_w > 0", "F_N > 0"),
    valid="level surface, no other vertical forces",
    cost=2,
)
def normal_force_on_level_surface(F_w: U["N"]) -> U["N"]:
    """Normal force on a body resting on a level surface equals its weight."""
    return F_w


@law(output="F_par", on="body", assumes=("m > 0", "g > 0"))
def incline_parallel_force(m: U["kg"], g: U["m/s^2"], theta: U["rad"]) -> U["N"]:
    """Component of the weight of a body of mass m along a plane inclined at angle theta."""
    return m * g * sin(theta)


@law(output="a", on="body", assumes=("g > 0",), valid="frictionless incline", cost=2)
def incline_acceleration(g: U["m/s^2"], theta: U["rad"]) -> U["m/s^2"]:
    """Acceleration of a body sliding down a frictionless plane inclined at angle theta."""
    return g * sin(theta)


@law(output="a", on="body", assumes=("theta > 0",),
     valid="near the Earth's surface (g = 9.80665 m/s^2), frictionless incline", cost=3,
     premise="the body slides or rolls down a frictionless incline; only where the question says so: an "
             "[incline], [inclined] plane, [slope], [ramp], [hill] or [hillside], [sloping] ground")
def incline_acceleration_on_earth(theta: U["rad"]) -> U["m/s^2"]:
    """Acceleration of a body sliding or rolling freely down a frictionless plane inclined at
    theta, on Earth (a sled, a cyclist coasting with drag neglected)."""
    return g_n * sin(theta)


@law(output="a", on="body", assumes=("g > 0", "mu_k > 0"), valid="body sliding down the incline")
def incline_acceleration_with_friction(
        g: U["m/s^2"],
        theta: U["rad"],
        mu_k: U["1"],
) -> U["m/s^2"]:
    """Acceleration of a body sliding down a plane inclined at angle theta with kinetic
    friction mu_k.
    """
    return g * (sin(theta) - mu_k * cos(theta))


@law(output="a", on="body", assumes=("mu_k > 0",),
     valid="near the Earth's surface (g = 9.80665 m/s^2), body sliding down the incline", cost=3)
def incline_acceleration_with_friction_on_earth(theta: U["rad"], mu_k: U["1"]) -> U["m/s^2"]:
    """Acceleration of a body sliding down a plane inclined at theta with kinetic friction
    mu_k, on Earth."""
    return g_n * (sin(theta) - mu_k * cos(theta))


@law(
    output="a",
    on="body",
    assumes=("mu_k > 0", "g > 0"),
    valid="level surface, friction the only horizontal force",
    cost=2,
)
def sliding_friction_deceleration(mu_k: U["1"], g: U["m/s^2"]) -> U["m/s^2"]:
    """Acceleration (negative: deceleration) of a body sliding on a level surface under kinetic
    friction alone.
    """
    return -mu_k * g


@law(
    output="F_rr",
    on="body",
    assumes=("C_rr > 0", "F_N > 0", "F_rr > 0"),
    valid="rolling contact: the resistance in proportion to the normal force",
)
def rolling_resistance(C_rr: U["1"], F_N: U["N"]) -> U["N"]:
    """Rolling resistance on wheels or castors pressed on the ground by a normal force F_N."""
    return C_rr * F_N


@law(
    output="F_f",
    on="body",
    assumes=("mu_k > 0", "F_N > 0", "F_f > 0"),
    valid="sliding contact, Coulomb friction model",
)
def kinetic_friction(mu_k: U["1"], F_N: U["N"]) -> U["N"]:
    """Kinetic (sliding) friction force for a normal force F_N."""
    return mu_k * F_N


@law(
    output="E_fric",
    on="body",
    assumes=("m > 0", "h > 0", "v >= 0", "E_fric >= 0"),
    conditions=("v <= c/10",),
    valid="near the Earth's surface (g = 9.80665 m/s^2), released from rest at height h, speed v at the "
          "bottom; friction the only loss",
    premise="the body starts from [rest]",
    cost=3,
)
def energy_dissipated_on_a_descent_on_earth(m: U["kg"], h: U["m"], v: U["m/s"]) -> U["J"]:
    """Energy friction turns into heat as a body of mass m slides down through a height h
    from rest and reaches the bottom at speed v: m g h - m v^2 / 2 (a child on a slide)."""
    return m * g_n * h - m * v**2 / 2


@law(
    output="d",
    on="body",
    assumes=("m > 0", "v0 >= 0", "v >= 0", "F_f > 0", "d > 0"),
    conditions=("v0 <= c/10",),
    valid="a constant friction or braking force is the only force along the motion (work-energy theorem: F_f d = m v0^2/2 - m v^2/2)",
)
def work_energy_with_friction(m: U["kg"], v0: U["m/s"], v: U["m/s"], F_f: U["N"]) -> U["m"]:
    """Distance over which a constant friction or braking force F_f slows a body of mass m from
    the speed v0 to v."""
    return m * (v0**2 - v**2) / (2 * F_f)


@law(
    output="d",
    on="body",
    assumes=("m > 0", "v0 >= 0", "F_f > 0", "d > 0"),
    conditions=("v0 <= c/10",),
    valid="a constant friction or braking force stops the body (v = 0); no other force along the motion",
    cost=2,  # the special case v = 0 of work_energy_with_friction
)
def stopping_distance(m: U["kg"], v0: U["m/s"], F_f: U["N"]) -> U["m"]:
    """Stopping distance of a body of mass m moving at v0 under a constant braking or friction
    force F_f."""
    return m * v0**2 / (2 * F_f)


@law(
    output="d",
    on="body",
    assumes=("v0 >= 0", "a_dec > 0", "d > 0"),
    conditions=("v0 <= c/10",),
    valid="a constant deceleration a_dec brings the body from v0 to rest",
)
def stopping_distance_from_deceleration(v0: U["m/s"], a_dec: U["m/s^2"]) -> U["m"]:
    """Distance a body moving at v0 covers while braking to a stop at a constant deceleration
    a_dec (v0^2 = 2 a_dec d)."""
    return v0**2 / (2 * a_dec)


@law(
    output="t",
    on="body",
    assumes=("v0 >= 0", "a_dec > 0", "t > 0"),
    valid="a constant deceleration a_dec brings the body from v0 to rest",
)
def stopping_time_from_deceleration(v0: U["m/s"], a_dec: U["m/s^2"]) -> U["s"]:
    """Time a body moving at v0 takes to stop at a constant deceleration a_dec."""
    return v0 / a_dec


@law(output="d_react", on="body", assumes=("v0 >= 0", "t_react >= 0"),
     valid="the speed stays v0 until the brakes act")
def reaction_distance(v0: U["m/s"], t_react: U["s"]) -> U["m"]:
    """Distance a vehicle moving at v0 covers during the driver's reaction time t_react."""
    return v0 * t_react


@law(output="d_stop", on="body")
def total_stopping_distance(d_react: U["m"], d: U["m"]) -> U["m"]:
    """Total stopping distance: the reaction distance plus the braking distance d."""
    return d_react + d


@law(
    output="F_f",
    on="body",
    assumes=("m > 0", "a_dec > 0", "F_f > 0"),
    valid="the braking or friction force is the only force along the motion",
)
def braking_force_from_deceleration(m: U["kg"], a_dec: U["m/s^2"]) -> U["N"]:
    """Braking force that decelerates a body of mass m at a_dec (Newton's second law)."""
    return m * a_dec


@law(
    output="d",
    on="body",
    assumes=("v0 >= 0", "mu_k > 0", "g > 0", "d > 0"),
    conditions=("v0 <= c/10",),
    valid="sliding to a stop on a level surface, kinetic friction the only horizontal force (locked wheels, a sled, a puck)",
    cost=2,  # the stop (v = 0) of sliding_friction_deceleration and final_velocity_from_distance
)
def stopping_distance_with_friction(v0: U["m/s"], mu_k: U["1"], g: U["m/s^2"]) -> U["m"]:
    """Distance a body sliding at v0 on a level surface covers before kinetic friction mu_k
    stops it."""
    return v0**2 / (2 * mu_k * g)


@law(
    output="d",
    on="body",
    assumes=("v0 >= 0", "mu_k > 0", "d > 0"),
    conditions=("v0 <= c/10",),
    valid="near the Earth's surface (g = 9.80665 m/s^2), sliding to a stop on a level surface",
    cost=3,
)
def stopping_distance_with_friction_on_earth(v0: U["m/s"], mu_k: U["1"]) -> U["m"]:
    """Distance a body sliding at v0 on a level surface on Earth covers before kinetic friction
    mu_k stops it."""
    return v0**2 / (2 * mu_k * g_n)


@law(
    output="F_s",
    on="body",
    assumes=("mu_s > 0", "F_N > 0", "F_s > 0"),
    valid="Coulomb friction model",
)
def maximum_static_friction(mu_s: U["1"], F_N: U["N"]) -> U["N"]:
    """Largest static friction force the contact can supply for a normal force F_N."""
    return mu_s * F_N


@law(
    output="p",
    on="body",
    assumes=("m > 0", "v >= 0", "p > 0"),
    conditions=("v <= c/10",),
    valid="v << c",
)
def momentum(m: U["kg"], v: U["m/s"]) -> U["kg*m/s"]:
    """Linear momentum of a body of mass m moving at speed v."""
    return m * v


@law(output="J", on="body", assumes=("t > 0",))
def impulse(F: U["N"], t: U["s"]) -> U["N*s"]:
    """Impulse of a constant force F acting for a time t."""
    return F * t


@law(
    output="J",
    on="body",
    assumes=("m > 0", "v >= 0", "v0 >= 0"),
    conditions=("v <= c/10", "v0 <= c/10"),
    valid="motion along one line, v << c",
)
def impulse_momentum_theorem(m: U["kg"], v: U["m/s"], v0: U["m/s"]) -> U["N*s"]:
    """Impulse equals the change of momentum of a body of mass m going from speed v0 to v."""
    return m * v - m * v0


@law(
    output="J",
    on="body",
    assumes=("m > 0", "v > 0", "J > 0"),
    conditions=("v <= c/10",),
    valid="motion along one line, v << c",
    premise="the body starts from [rest]",
    cost=2,
)
def impulse_from_rest(m: U["kg"], v: U["m/s"]) -> U["N*s"]:
    """Impulse that brings a body of mass m from rest to the speed v: its momentum m v."""
    return m * v


@law(
    output="J",
    on="body",
    assumes=("m > 0",),
    conditions=("v_pre**2 <= c**2/100", "v_post**2 <= c**2/100"),
    valid="motion along one line, velocities signed (a body that bounces back has the opposite sign after the impact)",
    premise="velocities signed along one line (not speeds of a body that {rebounds}, {rebound}, {bounces}, "
            "{bounced} or comes {back}, {incoming} then {outgoing}, in the {opposite} direction)",
)
def impulse_in_a_collision(m: U["kg"], v_post: U["m/s"], v_pre: U["m/s"]) -> U["N*s"]:
    """Impulse a body of mass m receives in an impact that changes its velocity from v_pre to
    v_post (signed, along one line): the change of its momentum."""
    return m * v_post - m * v_pre


@law(
    output="J",
    on="body",
    assumes=("m > 0", "v_pre >= 0", "v_post >= 0"),
    conditions=("v_pre <= c/10", "v_post <= c/10"),
    valid="motion along one line, the body sent back the way it came",
    premise="the body comes back: it [rebounds] ([rebound], [bounces], [bounced], comes [back], [incoming] "
            "then [outgoing], in the [opposite] direction), its speeds given as sizes",
)
def impulse_of_a_rebound(m: U["kg"], v_post: U["m/s"], v_pre: U["m/s"]) -> U["N*s"]:
    """Impulse a body of mass m receives when an impact sends it back at speed v_post from
    speed v_pre (a ball off a racket, a bat or a wall): its momentum changes by m (v_pre + v_post)."""
    return m * v_post + m * v_pre


@law(
    output="v_f",
    on="inelastic collision",
    members="body",
    assumes=("m1 > 0", "m2 > 0"),
    conditions=("v1**2 <= c**2/100", "v2**2 <= c**2/100"),
    valid="one-dimensional, perfectly inelastic, no external impulse",
)
def perfectly_inelastic_collision(
        m1: U["kg"],
        v1: U["m/s"],
        m2: U["kg"],
        v2: U["m/s"],
) -> U["m/s"]:
    """Common velocity of two bodies that stick together after a collision (momentum
    conservation).
    """
    return (m1 * v1 + m2 * v2) / (m1 + m2)


@law(
    output="v_f",
    on="inelastic collision",
    members="body",
    assumes=("m1 > 0", "m2 > 0"),
    conditions=("v1**2 <= c**2/100",),
    valid="one-dimensional, perfectly inelastic, body 2 at rest, no external impulse",
    premise="body 2 is at [rest] before the collision (it is [stationary], [parked], [stopped] or [still])",
    cost=2,
)
def perfectly_inelastic_collision_with_a_body_at_rest(m1: U["kg"], v1: U["m/s"], m2: U["kg"]) -> U["m/s"]:
    """Common velocity of a body of mass m1 moving at v1 that strikes a body of mass m2 at
    rest and sticks to it (momentum conservation)."""
    return m1 * v1 / (m1 + m2)


@law(
    output="v1_f",
    on="inelastic collision",
    members="body",
    conditions=("v_f**2 <= c**2/100",),
    valid="perfectly inelastic collision: the bodies move on together",
)
def bodies_move_together_after_sticking(v_f: U["m/s"]) -> U["m/s"]:
    """After a perfectly inelastic collision each body moves at the common velocity v_f."""
    return v_f


@law(
    output="v2_f",
    on="inelastic collision",
    members="body",
    conditions=("v_f**2 <= c**2/100",),
    valid="perfectly inelastic collision: the bodies move on together",
)
def second_body_moves_with_the_first_after_sticking(v_f: U["m/s"]) -> U["m/s"]:
    """The second body too moves at the common velocity v_f after a perfectly inelastic
    collision (so "the speed of ball 2 after the collision" is asked of either kind)."""
    return v_f


@law(
    output="E_k_lost",
    on="inelastic collision",
    members="body",
    assumes=("m1 > 0", "m2 > 0", "E_k_lost >= 0"),
    conditions=("v1**2 <= c**2/100", "v2**2 <= c**2/100"),
    valid="one-dimensional perfectly inelastic collision, no external impulse",
)
def kinetic_energy_lost_in_perfectly_inelastic_collision(
        m1: U["kg"],
        m2: U["kg"],
        v1: U["m/s"],
        v2: U["m/s"],
) -> U["J"]:
    """Kinetic energy lost (to heat, sound, deformation) when bodies of masses m1 and m2 moving
    at v1 and v2 stick together: the kinetic energy before minus the kinetic energy after."""
    return m1 * m2 * (v1 - v2)**2 / (2 * (m1 + m2))


@law(
    output="v1_f",
    on="elastic collision",
    members="body",
    assumes=("m1 > 0", "m2 > 0"),
    conditions=("v1**2 <= c**2/100", "v2**2 <= c**2/100"),
    valid="one-dimensional (head-on) elastic collision, both bodies may move, velocities signed",
)
def elastic_collision(m1: U["kg"], m2: U["kg"], v1: U["m/s"], v2: U["m/s"]) -> U["m/s"]:
    """Velocity of body 1 after a one-dimensional elastic collision with body 2 (momentum and
    kinetic energy conserved); for body 2 swap the members."""
    return ((m1 - m2) * v1 + 2 * m2 * v2) / (m1 + m2)


@law(
    output="v1_f",
    on="elastic collision",
    members="body",
    assumes=("m1 > 0", "m2 > 0"),
    conditions=("v1**2 <= c**2/100",),
    valid="one-dimensional elastic collision, body 2 at rest",
    premise="body 2 is at [rest] before the collision (it is [stationary], [parked], [stopped] or [still])",
    cost=2,
)
def elastic_collision_first_body(m1: U["kg"], m2: U["kg"], v1: U["m/s"]) -> U["m/s"]:
    """Velocity of body 1 after a one-dimensional elastic collision with body 2 initially at
    rest.
    """
    return (m1 - m2) * v1 / (m1 + m2)


@law(
    output="v2_f",
    on="elastic collision",
    members="body",
    assumes=("m1 > 0", "m2 > 0"),
    conditions=("v1**2 <= c**2/100",),
    valid="one-dimensional elastic collision, body 2 at rest",
    premise="body 2 is at [rest] before the collision (it is [stationary], [parked], [stopped] or [still])",
    cost=2,
)
def elastic_collision_second_body(m1: U["kg"], v1: U["m/s"], m2: U["kg"]) -> U["m/s"]:
    """Velocity of body 2 (initially at rest) after a one-dimensional elastic collision with
    body 1.
    """
    return 2 * m1 * v1 / (m1 + m2)


@law(
    output="E_k",
    on="body",
    assumes=("m > 0", "v >= 0", "E_k >= 0"),
    conditions=("v <= c/10",),
    valid="v << c",
)
def kinetic_energy(m: U["kg"], v: U["m/s"]) -> U["J"]:
    """Kinetic energy of a body of mass m moving at speed v."""
    return m * v**2 / 2


@law(
    output="E_k",
    on="body",
    assumes=("p > 0", "m > 0", "E_k >= 0"),
    conditions=("p <= m*c/10",),
    valid="v << c",
)
def kinetic_energy_from_momentum(p: U["kg*m/s"], m: U["kg"]) -> U["J"]:
    """Kinetic energy of a body of mass m carrying momentum p."""
    return p**2 / (2 * m)


@law(
    output="E_p",
    on="body",
    assumes=("m > 0", "g > 0", "h >= 0"),
    valid="uniform field, h small compared with the planet radius",
)
def gravitational_potential_energy(m: U["kg"], g: U["m/s^2"], h: U["m"]) -> U["J"]:
    """Gravitational potential energy of a mass m at height h in a uniform field g."""
    return m * g * h


@law(
    output="E_p",
    on="body",
    assumes=("m > 0", "h >= 0"),
    conditions=("h <= h_near_surface",),
    valid="near the Earth's surface (g = 9.80665 m/s^2)",
    cost=3,
)
def gravitational_potential_energy_on_earth(m: U["kg"], h: U["m"]) -> U["J"]:
    """Gravitational potential energy of a mass m at height h near the Earth's surface."""
    return m * g_n * h


@law(
    output="dU_G",
    on="body",
    assumes=("m > 0", "g > 0", "h >= 0"),
    valid="raised through a height h small beside the planet's radius (uniform g)",
)
def potential_energy_gain_near_surface(m: U["kg"], g: U["m/s^2"], h: U["m"]) -> U["J"]:
    """Increase in the gravitational potential energy of a mass m raised through a height h
    where g is uniform (a climber, a lifted load)."""
    return m * g * h


@law(
    output="dU_G",
    on="body",
    assumes=("m > 0", "h >= 0"),
    conditions=("h <= h_near_surface",),
    valid="near the Earth's surface (g = 9.80665 m/s^2), h small beside the Earth's radius",
    cost=3,
)
def potential_energy_gain_on_earth(m: U["kg"], h: U["m"]) -> U["J"]:
    """Increase in the gravitational potential energy of a mass m raised through a height h
    near the Earth's surface."""
    return m * g_n * h


@law(output="W", on="body", assumes=("d > 0",))
def work(F: U["N"], d: U["m"], theta: U["rad"]) -> U["J"]:
    """Work done by a constant force F over a displacement d at angle theta to the force."""
    return F * d * cos(theta)


@law(output="W", on="body", assumes=("d > 0",), valid="force parallel to the displacement", cost=2)
def work_along_displacement(F: U["N"], d: U["m"]) -> U["J"]:
    """Work done by a constant force F acting along a displacement d."""
    return F * d


@law(
    output="W",
    on="body",
    assumes=("m > 0", "v >= 0", "v0 >= 0"),
    conditions=("v <= c/10", "v0 <= c/10"),
    valid="v << c",
)
def work_energy_theorem(m: U["kg"], v: U["m/s"], v0: U["m/s"]) -> U["J"]:
    """Net work done on a body of mass m equals its change of kinetic energy from speed v0 to
    v.
    """
    return m * v**2 / 2 - m * v0**2 / 2


@law(
    output="W",
    on="body",
    assumes=("m > 0", "g > 0", "h >= 0"),
    valid="lifting at steady speed (no gain of kinetic energy), uniform g",
)
def work_lifting(m: U["kg"], g: U["m/s^2"], h: U["m"]) -> U["J"]:
    """Work done lifting a mass m through a height h against gravity g (a crane, a hoist)."""
    return m * g * h


@law(
    output="W",
    on="body",
    assumes=("m > 0", "h >= 0"),
    conditions=("h <= h_near_surface",),
    valid="lifting at steady speed near the Earth's surface",
    cost=3,
)
def work_lifting_on_earth(m: U["kg"], h: U["m"]) -> U["J"]:
    """Work done lifting a mass m through a height h against the Earth's gravity (climbing stairs)."""
    return m * g_n * h


@law(output="P", on="thing", assumes=("t > 0", "P > 0"))
def power_from_work(W: U["J"], t: U["s"]) -> U["W"]:
    """Average power: work done W divided by the time t taken."""
    return W / t


@law(output="P", on="body", assumes=("F_w > 0", "v >= 0", "P > 0"),
     premise="the body is lifted straight up at a steady speed (not a {car}, a {train} or a {cyclist} moving "
             "along a {road}, a {track} or {level} ground); only where the question says so: [lifted], "
             "[lifting], [lifts], [raised], [raising], [hoisted], [hoisting], a [hoist], [crane], [winch] or "
             "[elevator]",
     valid="lifted at constant speed: the lifting force equals the weight", cost=2)
def power_lifting_at_constant_speed(F_w: U["N"], v: U["m/s"]) -> U["W"]:
    """Power needed to lift a body of weight F_w straight up at a steady speed v (a crane's
    hoist, a lift's motor): the lifting force balances the weight."""
    return F_w * v


@law(output="P", on="body", assumes=("v >= 0", "P > 0"))
def power_from_force_and_velocity(F: U["N"], v: U["m/s"]) -> U["W"]:
    """Power delivered by a force F to a body moving at speed v along the force."""
    return F * v


@law(
    output="v_top",
    on="body",
    assumes=("r > 0", "v_top > 0"),
    valid="near the Earth's surface (g = 9.80665 m/s^2), a vertical loop of radius r: at the least speed "
          "the weight alone gives the centripetal force",
    cost=2,
)
def minimum_speed_at_the_top_of_a_loop_on_earth(r: U["m"]) -> U["m/s"]:
    """Least speed at the top of a vertical loop of radius r (a roller coaster, a bucket swung
    round) to keep to the circle: the weight alone supplies m v^2 / r."""
    return sqrt(g_n * r)


@law(output="P_in", on="conductor", assumes=("V > 0", "I > 0", "P_in > 0"),
     valid="a machine driven electrically (a motor, a winch): the electrical power it draws is its input")
def electrical_input_power(V: U["V"], I: U["A"]) -> U["W"]:
    """Input power of an electrically driven machine: the voltage across it times its current."""
    return V * I


@law(output="P_out", on="body", of={"P_out": "conductor"}, assumes=("P > 0", "P_out > 0"))
def motor_output_is_the_power_the_body_gains(P: U["W"]) -> U["W"]:
    """The useful output of the motor (a crane's, a winch's, a hoist's) that lifts or drives a
    body is the power the body gains, its rate of work: a bridge between the two objects,
    used only where the question names both."""
    return P


@law(output="eta", on="thing", assumes=("P_out > 0", "P_in > 0", "eta > 0"))
def efficiency(P_out: U["W"], P_in: U["W"]) -> U["1"]:
    """Efficiency of a machine: useful output power over input power."""
    return P_out / P_in


@law(output="E_mech", on="body", assumes=("E_k >= 0",))
def mechanical_energy(E_k: U["J"], E_p: U["J"]) -> U["J"]:
    """Total mechanical energy: kinetic plus gravitational potential energy."""
    return E_k + E_p


@law(
    output="F_spring",
    on="spring",
    assumes=("k > 0", "x >= 0", "F_spring > 0"),
    valid="within the elastic limit",
)
def hookes_law(k: U["N/m"], x: U["m"]) -> U["N"]:
    """Hooke's law: magnitude of the force of a spring of constant k stretched or compressed by
    x.
    """
    return k * x


@law(
    output="E_el",
    on="spring",
    assumes=("k > 0", "x >= 0", "E_el > 0"),
    valid="within the elastic limit",
)
def elastic_potential_energy(k: U["N/m"], x: U["m"]) -> U["J"]:
    """Energy stored in a spring of constant k stretched or compressed by x."""
    return k * x**2 / 2


@law(
    output="F_spring",
    on="spring",
    of={"F_w": "body"},
    assumes=("F_w > 0", "F_spring > 0"),
    valid="the body hangs at rest from the vertical spring",
    cost=3,  # a bridge: it assumes the body hangs at rest, which no variable shows
)
def spring_force_of_hanging_body(F_w: U["N"]) -> U["N"]:
    """Force in a vertical spring from which a body hangs at rest: the body's weight (a bridge
    from the body to the spring)."""
    return F_w


@law(
    output="k",
    on="spring",
    of={"m": "body"},
    assumes=("m > 0", "x > 0", "k > 0"),
    valid="near the Earth's surface (g = 9.80665 m/s^2); the body hangs from, or rests on, the "
          "vertical spring at rest",
    cost=6,  # a bridge that assumes g: with g given, weight -> hanging body -> Hooke (cost 5) wins
)
def spring_constant_from_a_resting_load_on_earth(m: U["kg"], x: U["m"]) -> U["N/m"]:
    """Constant of a vertical spring that a body of mass m at rest stretches (hanging) or
    compresses (resting on it, as on a kitchen scale) by x: its weight balances k x."""
    return m * g_n / x


@law(
    output="v",
    on="body",
    assumes=("x >= 0", "k > 0", "m > 0", "v >= 0"),
    conditions=("v <= c/10",),
    valid="all elastic energy becomes kinetic energy, frictionless, level",
)
def spring_launch_speed(x: U["m"], k: U["N/m"], m: U["kg"]) -> U["m/s"]:
    """Speed given to a mass m by a spring of constant k released from a compression x."""
    return x * sqrt(k / m)


@law(
    output="h_max",
    on="body",
    assumes=("x >= 0", "k > 0", "m > 0", "h_max > 0"),
    valid="near the Earth's surface (g = 9.80665 m/s^2), launched straight up, all elastic energy becomes "
          "gravitational energy at the top, no air resistance",
    cost=3,
)
def spring_launch_height_on_earth(k: U["N/m"], x: U["m"], m: U["kg"]) -> U["m"]:
    """Height a mass m rises above the point of release when a spring of constant k,
    compressed by x, launches it straight up (a toy dart, a trampoline's bounce)."""
    return k * x**2 / (2 * m * g_n)


@law(
    output="omega",
    on="body",
    assumes=("k > 0", "m > 0", "omega >= 0"),
    valid="ideal massless spring, no damping",
)
def spring_mass_angular_frequency(k: U["N/m"], m: U["kg"]) -> U["rad/s"]:
    """Angular frequency of a mass m on a spring of constant k."""
    return sqrt(k / m)


@law(
    output="T_period",
    on="body",
    assumes=("m > 0", "k > 0", "T_period > 0"),
    valid="ideal massless spring, no damping",
)
def spring_mass_period(m: U["kg"], k: U["N/m"]) -> U["s"]:
    """Period of oscillation of a mass m on a spring of constant k."""
    return 2 * pi * sqrt(m / k)


@law(
    output="T_period",
    on="pendulum",
    assumes=("l > 0", "g > 0", "T_period > 0"),
    valid="small angles, point bob, massless string",
    premise="a simple pendulum; only where the question says so: a [pendulum] or [pendulums], its [bob], a "
            "[swing] or [swinging], [chains] or a [chain], an [oscillation] or [oscillations], a [clock] or a "
            "[metronome]",
)
def pendulum_period(l: U["m"], g: U["m/s^2"]) -> U["s"]:
    """Period of a simple pendulum of length l."""
    return 2 * pi * sqrt(l / g)


@law(
    output="T_period",
    on="pendulum",
    assumes=("l > 0", "T_period > 0"),
    valid="near the Earth's surface, small angles",
    premise="a simple pendulum; only where the question says so: a [pendulum] or [pendulums], its [bob], a "
            "[swing] or [swinging], [chains] or a [chain], an [oscillation] or [oscillations], a [clock] or a "
            "[metronome]",
    cost=3,
)
def pendulum_period_on_earth(l: U["m"]) -> U["s"]:
    """Period of a simple pendulum of length l on Earth."""
    return 2 * pi * sqrt(l / g_n)


@law(
    output="F_T",
    on="pendulum",
    assumes=("m > 0", "g > 0", "theta >= 0", "F_T > 0"),
    valid="released from rest at the angle theta from the vertical, massless string, no friction",
    premise="the tension at the [lowest] point of the swing; only where the question says so: the [lowest] "
            "point, the [bottom] of the swing, a [swing], [swinging], [released] or a [release] angle",
)
def pendulum_tension_at_lowest_point(m: U["kg"], g: U["m/s^2"], theta: U["rad"]) -> U["N"]:
    """Tension in a pendulum's string as the bob passes the lowest point after release from
    rest at theta: T - m g = m v^2 / l with v^2 = 2 g l (1 - cos theta)."""
    return m * g * (3 - 2 * cos(theta))


@law(
    output="F_T",
    on="pendulum",
    assumes=("m > 0", "theta >= 0", "F_T > 0"),
    valid="near the Earth's surface (g = 9.80665 m/s^2), released from rest at theta, massless string",
    premise="the tension at the [lowest] point of the swing; only where the question says so: the [lowest] "
            "point, the [bottom] of the swing, a [swing], [swinging], [released] or a [release] angle",
    cost=3,
)
def pendulum_tension_at_lowest_point_on_earth(m: U["kg"], theta: U["rad"]) -> U["N"]:
    """Tension in a pendulum's string at the lowest point after release from rest at theta, on Earth."""
    return m * g_n * (3 - 2 * cos(theta))


@law(output="f", on="thing", assumes=("T_period > 0", "f > 0"))
def frequency_from_period(T_period: U["s"]) -> U["Hz"]:
    """Frequency is the reciprocal of the period."""
    return 1 / T_period


@law(output="omega", on="thing", assumes=("f > 0", "omega >= 0"))
def angular_frequency(f: U["Hz"]) -> U["rad/s"]:
    """Angular frequency (or angular velocity) corresponding to a frequency f."""
    return 2 * pi * f


@law(
    output="v_max",
    on="oscillator",
    assumes=("x_amp > 0", "omega >= 0", "v_max >= 0"),
    valid="simple harmonic motion",
)
def shm_maximum_speed(x_amp: U["m"], omega: U["rad/s"]) -> U["m/s"]:
    """Maximum speed of a simple harmonic oscillator of amplitude x_amp and angular frequency
    omega.
    """
    return x_amp * omega


@law(
    output="a_max",
    on="body",
    assumes=("x_amp > 0", "omega >= 0", "a_max > 0"),
    valid="simple harmonic motion",
)
def shm_maximum_acceleration(x_amp: U["m"], omega: U["rad/s"]) -> U["m/s^2"]:
    """Maximum acceleration of a simple harmonic oscillator of amplitude x_amp."""
    return x_amp * omega**2


@law(
    output="E_mech",
    on="body",
    assumes=("k > 0", "x_amp > 0"),
    valid="simple harmonic motion, no damping",
)
def shm_total_energy(k: U["N/m"], x_amp: U["m"]) -> U["J"]:
    """Total energy of a spring oscillator of constant k and amplitude x_amp."""
    return k * x_amp**2 / 2


@law(output="a_c", on="body", assumes=("v >= 0", "r > 0", "a_c > 0"))
def centripetal_acceleration(v: U["m/s"], r: U["m"]) -> U["m/s^2"]:
    """Centripetal acceleration of a body moving at speed v on a circle of radius r."""
    return v**2 / r


@law(output="a_c", on="body", assumes=("omega >= 0", "r > 0", "a_c > 0"))
def centripetal_acceleration_angular(omega: U["rad/s"], r: U["m"]) -> U["m/s^2"]:
    """Centripetal acceleration of a body rotating at angular velocity omega at radius r."""
    return omega**2 * r


@law(
    output="F_c",
    on="body",
    assumes=("m > 0", "v >= 0", "r > 0", "F_c > 0"),
    conditions=("v <= c/10",),
)
def centripetal_force(m: U["kg"], v: U["m/s"], r: U["m"]) -> U["N"]:
    """Net inward force needed to keep a mass m moving at speed v on a circle of radius r."""
    return m * v**2 / r


@law(output="F_c", on="body", assumes=("m > 0", "a_c > 0", "F_c > 0"))
def centripetal_force_from_acceleration(m: U["kg"], a_c: U["m/s^2"]) -> U["N"]:
    """Centripetal force on a mass m with centripetal acceleration a_c."""
    return m * a_c


@law(
    output="theta",
    on="body",
    assumes=("v >= 0", "r > 0", "g > 0", "theta > 0"),
    valid="frictionless banked curve",
    cost=2,
)
def banked_curve_angle(v: U["m/s"], r: U["m"], g: U["m/s^2"]) -> U["rad"]:
    """Bank angle at which a curve of radius r can be taken at speed v without friction."""
    return atan(v**2 / (r * g))


@law(
    output="theta",
    on="body",
    assumes=("v >= 0", "r > 0", "theta > 0"),
    valid="frictionless banked curve near the Earth's surface (g = 9.80665 m/s^2)",
    cost=3,
)
def banked_curve_angle_on_earth(v: U["m/s"], r: U["m"]) -> U["rad"]:
    """Bank angle at which a curve of radius r can be taken at speed v without friction on
    Earth."""
    return atan(v**2 / (r * g_n))


@law(
    output="v",
    on="body",
    assumes=("mu_s > 0", "g > 0", "r > 0", "v >= 0"),
    valid="flat (unbanked) curve: the speed at which static friction is just enough to hold the body on the curve (the largest speed; for a given speed, the least mu_s)",
    cost=2,  # the special case theta = 0 of banked_curve_speed_with_friction
)
def flat_curve_speed_with_friction(mu_s: U["1"], g: U["m/s^2"], r: U["m"]) -> U["m/s"]:
    """Largest speed at which a body can take a flat curve of radius r when static friction
    mu_s alone supplies the centripetal force (mu_s g = v^2/r)."""
    return sqrt(mu_s * g * r)


@law(
    output="v",
    on="body",
    assumes=("mu_s > 0", "r > 0", "v >= 0"),
    valid="near the Earth's surface (g = 9.80665 m/s^2), flat curve, static friction just enough",
    cost=3,
)
def flat_curve_speed_with_friction_on_earth(mu_s: U["1"], r: U["m"]) -> U["m/s"]:
    """Largest speed at which a body can take a flat curve of radius r on Earth with static
    friction mu_s."""
    return sqrt(mu_s * g_n * r)


@law(
    output="v",
    on="body",
    assumes=("r > 0", "g > 0", "theta > 0", "mu_s > 0", "v >= 0"),
    conditions=("mu_s*sin(theta) < cos(theta)",),
    valid="banked curve with static friction: the largest speed before the body slides up the bank (for a given speed, the least mu_s that holds it)",
)
def banked_curve_speed_with_friction(
        r: U["m"],
        g: U["m/s^2"],
        theta: U["rad"],
        mu_s: U["1"],
) -> U["m/s"]:
    """Largest speed on a curve of radius r banked at theta with static friction mu_s:
    v^2 (cos(theta) - mu_s sin(theta)) = r g (sin(theta) + mu_s cos(theta))."""
    return sqrt(r * g * (sin(theta) + mu_s * cos(theta)) / (cos(theta) - mu_s * sin(theta)))


@law(output="v", on="body", assumes=("omega >= 0", "r > 0", "v >= 0"))
def tangential_speed(omega: U["rad/s"], r: U["m"]) -> U["m/s"]:
    """Speed of a point at radius r on a body rotating at angular velocity omega."""
    return omega * r


@law(
    output="T_period",
    on="body",
    assumes=("r > 0", "v >= 0", "T_period > 0"),
    valid="uniform circular motion",
)
def period_of_circular_motion(r: U["m"], v: U["m/s"]) -> U["s"]:
    """Time for one revolution on a circle of radius r at speed v."""
    return 2 * pi * r / v


@law(output="tau", on="body", assumes=("r > 0",))
def torque(r: U["m"], F: U["N"], theta: U["rad"]) -> U["N*m"]:
    """Torque of a force F applied at a lever arm r, at angle theta between the arm and the
    force.
    """
    return r * F * sin(theta)


@law(
    output="tau",
    on="body",
    assumes=("r > 0",),
    valid="force perpendicular to the lever arm",
    cost=2,
)
def torque_perpendicular(r: U["m"], F: U["N"]) -> U["N*m"]:
    """Torque of a force F applied perpendicular to a lever arm r."""
    return r * F


@law(
    output="tau",
    on="body",
    assumes=("I_rot > 0", "alpha > 0"),
    valid="rigid body about a fixed axis",
)
def newtons_second_law_for_rotation(I_rot: U["kg*m^2"], alpha: U["rad/s^2"]) -> U["N*m"]:
    """Net torque on a rigid body of moment of inertia I_rot with angular acceleration alpha."""
    return I_rot * alpha


@law(output="E_rot", on="body", assumes=("I_rot > 0", "omega >= 0", "E_rot > 0"))
def rotational_kinetic_energy(I_rot: U["kg*m^2"], omega: U["rad/s"]) -> U["J"]:
    """Kinetic energy of a body of moment of inertia I_rot rotating at angular velocity omega."""
    return I_rot * omega**2 / 2


@law(output="omega", on="body", assumes=("I_rot_i > 0", "I_rot_f > 0", "omega_0 >= 0", "omega >= 0"),
     valid="no external torque about the axis (a skater pulling in her arms, a diver tucking)")
def conservation_of_angular_momentum(I_rot_i: U["kg*m^2"], omega_0: U["rad/s"], I_rot_f: U["kg*m^2"]) -> U["rad/s"]:
    """A body whose moment of inertia changes from I_rot_i to I_rot_f with no external torque
    keeps its angular momentum: from omega_0 it spins at I_rot_i omega_0 / I_rot_f."""
    return I_rot_i * omega_0 / I_rot_f


@law(output="L_ang", on="body", assumes=("I_rot > 0", "omega >= 0", "L_ang > 0"))
def angular_momentum(I_rot: U["kg*m^2"], omega: U["rad/s"]) -> U["kg*m^2/s"]:
    """Angular momentum of a rigid body of moment of inertia I_rot rotating at omega."""
    return I_rot * omega


@law(
    output="L_ang",
    on="point mass",
    assumes=("m > 0", "v >= 0", "r > 0", "L_ang > 0"),
    conditions=("v <= c/10",),
    valid="velocity perpendicular to the radius",
)
def angular_momentum_of_point_mass(m: U["kg"], v: U["m/s"], r: U["m"]) -> U["kg*m^2/s"]:
    """Angular momentum of a mass m moving at speed v perpendicular to the radius r."""
    return m * v * r


@law(output="I_rot", on="solid disk", assumes=("m > 0", "r > 0", "I_rot > 0"),
     valid="uniform solid disk or cylinder, axis along its own axis")
def moment_of_inertia_solid_disk(m: U["kg"], r: U["m"]) -> U["kg*m^2"]:
    """Moment of inertia of a uniform solid disk (or cylinder) of mass m and radius r."""
    return m * r**2 / 2


@law(output="I_rot", on="hoop", assumes=("m > 0", "r > 0", "I_rot > 0"),
     valid="thin hoop or thin-walled cylinder, axis along its own axis")
def moment_of_inertia_hoop(m: U["kg"], r: U["m"]) -> U["kg*m^2"]:
    """Moment of inertia of a thin hoop of mass m and radius r: all its mass at r."""
    return m * r**2


@law(output="I_rot", on="solid sphere", assumes=("m > 0", "r > 0", "I_rot > 0"),
     valid="uniform solid sphere, axis through its centre")
def moment_of_inertia_solid_sphere(m: U["kg"], r: U["m"]) -> U["kg*m^2"]:
    """Moment of inertia of a uniform solid sphere of mass m and radius r."""
    return 2 * m * r**2 / 5


@law(output="I_rot", on="hollow sphere", assumes=("m > 0", "r > 0", "I_rot > 0"),
     valid="thin spherical shell, axis through its centre")
def moment_of_inertia_hollow_sphere(m: U["kg"], r: U["m"]) -> U["kg*m^2"]:
    """Moment of inertia of a thin spherical shell of mass m and radius r."""
    return 2 * m * r**2 / 3


@law(output="I_rot", on="point mass", assumes=("m > 0", "r > 0", "I_rot > 0"),
     valid="a body small beside its distance r from the axis")
def moment_of_inertia_point_mass(m: U["kg"], r: U["m"]) -> U["kg*m^2"]:
    """Moment of inertia of a point mass (or thin hoop) m at distance r from the axis."""
    return m * r**2


@law(
    output="I_rot",
    on="rod",
    assumes=("m > 0", "l > 0", "I_rot > 0"),
    valid="thin uniform rod, axis through the centre perpendicular to the rod",
)
def moment_of_inertia_rod_about_centre(m: U["kg"], l: U["m"]) -> U["kg*m^2"]:
    """Moment of inertia of a thin uniform rod of mass m and length l about its centre."""
    return m * l**2 / 12


@law(output="omega", on="body", assumes=("omega_0 >= 0", "alpha > 0", "t > 0", "omega >= 0"))
def angular_velocity_uniform_acceleration(
        omega_0: U["rad/s"],
        alpha: U["rad/s^2"],
        t: U["s"],
) -> U["rad/s"]:
    """Angular velocity after a time t at constant angular acceleration alpha from omega_0."""
    return omega_0 + alpha * t


@law(output="theta_rot", on="body", assumes=("omega_0 >= 0", "t > 0", "alpha > 0"))
def angular_displacement_uniform_acceleration(
        omega_0: U["rad/s"],
        t: U["s"],
        alpha: U["rad/s^2"],
) -> U["rad"]:
    """Angle turned in a time t at constant angular acceleration alpha from omega_0."""
    return omega_0 * t + alpha * t**2 / 2


@law(output="s_arc", on="body", assumes=("r > 0", "s_arc > 0"))
def arc_length(r: U["m"], theta_rot: U["rad"]) -> U["m"]:
    """Length of arc subtended by an angle theta_rot (radians) on a circle of radius r."""
    return r * theta_rot


@law(output="a", on="body", assumes=("alpha > 0", "r > 0"))
def tangential_acceleration(alpha: U["rad/s^2"], r: U["m"]) -> U["m/s^2"]:
    """Tangential acceleration of a point at radius r on a body with angular acceleration
    alpha.
    """
    return alpha * r


@law(output="P", on="body", assumes=("omega >= 0", "P > 0"))
def rotational_power(tau: U["N*m"], omega: U["rad/s"]) -> U["W"]:
    """Power delivered by a torque tau to a body rotating at angular velocity omega."""
    return tau * omega


@law(output="W", on="body", assumes=())
def rotational_work(tau: U["N*m"], theta_rot: U["rad"]) -> U["J"]:
    """Work done by a constant torque tau turning a body through an angle theta_rot."""
    return tau * theta_rot


@law(output="sigma_st", on="matter", assumes=("A > 0", "sigma_st > 0"))
def stress(F: U["N"], A: U["m^2"]) -> U["Pa"]:
    """Normal stress: force F over the cross-sectional area A."""
    return F / A


@law(output="strain", on="matter", assumes=("l > 0", "strain > 0"))
def strain(dl: U["m"], l: U["m"]) -> U["1"]:
    """Strain: extension dl over the original length l."""
    return dl / l


@law(
    output="E_Y",
    on="matter",
    assumes=("sigma_st > 0", "strain > 0", "E_Y > 0"),
    valid="within the elastic limit",
)
def youngs_modulus(sigma_st: U["Pa"], strain: U["1"]) -> U["Pa"]:
    """Young's modulus: stress over strain."""
    return sigma_st / strain


@law(
    output="dv_burn",
    on="body",
    assumes=("v_ex > 0", "m_wet > 0", "m_dry > 0", "dv_burn > 0"),
    conditions=("m_dry < m_wet", "dv_burn <= c/10"),
    valid="the Tsiolkovsky rocket equation: no gravity or drag during the burn, constant exhaust speed",
)
def rocket_equation(v_ex: U["m/s"], m_wet: U["kg"], m_dry: U["kg"]) -> U["m/s"]:
    """Speed a rocket gains by burning its mass down from m_wet to m_dry with exhaust speed
    v_ex (Tsiolkovsky: dv = v_ex ln(m_wet/m_dry))."""
    return v_ex * log(m_wet / m_dry)


@law(output="P_in", on="thing", assumes=("I_int > 0", "A > 0", "P_in > 0"),
     valid="irradiance uniform and perpendicular to the surface (a solar panel facing the Sun)")
def power_incident_on_area(I_int: U["W/m^2"], A: U["m^2"]) -> U["W"]:
    """Power arriving on an area A under an irradiance I_int: the input of a solar panel or
    collector, whose efficiency then gives its output."""
    return I_int * A


@law(output="N_cyc", on="pendulum", assumes=("t > 0", "T_period > 0", "N_cyc > 0"),
     valid="a steady periodic motion (each cycle takes one period)")
def number_of_cycles_in_a_time(t: U["s"], T_period: U["s"]) -> U["1"]:
    """How many oscillations (swings, orbits) a periodic motion of period T_period completes
    in a time t (a fraction for a part of one)."""
    return t / T_period
