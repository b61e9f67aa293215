"""Fluids: density, pressure, hydrostatics, buoyancy, flow, Bernoulli, viscosity and drag.
"""
from math import sqrt, cos, pi

from oracle.laws import U, codata, law

g_n: U["m/s^2"] = codata("standard acceleration of gravity")
p_atm: U["Pa"] = codata("standard atmosphere")
# Flows well below the speed of sound are incompressible: 100 m/s is Mach 0.3 in air, where
# the density changes by about 5 % (liquids allow far more; this bound is the conservative one).
v_incompressible: U["m/s"] = 100.0


@law(output="rho", on="matter", assumes=("m > 0", "Vol > 0", "rho > 0"))
def density(m: U["kg"], Vol: U["m^3"]) -> U["kg/m^3"]:
    """Density: mass over volume."""
    return m / Vol


@law(output="pr", on="thing", assumes=("A > 0", "pr > 0"))
def pressure(F: U["N"], A: U["m^2"]) -> U["Pa"]:
    """Pressure: force acting perpendicular to an area A."""
    return F / A


@law(
    output="pr_g",
    on="fluid",
    assumes=("rho_f > 0", "g > 0", "h >= 0", "pr_g > 0"),
    valid="incompressible fluid at rest",
)
def hydrostatic_gauge_pressure(rho_f: U["kg/m^3"], g: U["m/s^2"], h: U["m"]) -> U["Pa"]:
    """Pressure due to a column of fluid of density rho_f at depth h."""
    return rho_f * g * h


@law(
    output="pr_g",
    on="fluid",
    assumes=("rho_f > 0", "h >= 0", "pr_g > 0"),
    valid="near the Earth's surface, incompressible fluid at rest",
    cost=3,
)
def hydrostatic_gauge_pressure_on_earth(rho_f: U["kg/m^3"], h: U["m"]) -> U["Pa"]:
    """Pressure due to a column of fluid of density rho_f at depth h on Earth."""
    return rho_f * g_n * h


@law(
    output="pr_g",
    on="body",
    of={"rho_f": "fluid"},
    assumes=("rho_f > 0", "h >= 0", "pr_g > 0"),
    valid="a body (a diver, a submarine's hull) at depth h below the free surface of a fluid at rest, "
          "near the Earth's surface",
    cost=3,
)
def gauge_pressure_on_a_submerged_body_on_earth(rho_f: U["kg/m^3"], h: U["m"]) -> U["Pa"]:
    """Gauge pressure the fluid exerts on a body at depth h: the fluid's at that depth."""
    return rho_f * g_n * h


@law(
    output="pr",
    on="body",
    of={"pr_0": "fluid"},
    assumes=("pr_0 > 0", "pr_g > 0", "pr > 0"),
    valid="a body under the free surface of a fluid at rest",
)
def absolute_pressure_on_a_submerged_body(pr_0: U["Pa"], pr_g: U["Pa"]) -> U["Pa"]:
    """Absolute pressure on a submerged body: the surface pressure plus the gauge pressure there."""
    return pr_0 + pr_g


@law(
    output="pr_g",
    on="body",
    of={"rho_f": "fluid"},
    assumes=("rho_f > 0", "g > 0", "h >= 0", "pr_g > 0"),
    valid="a body at depth h below the free surface of a fluid at rest",
)
def gauge_pressure_on_a_submerged_body(rho_f: U["kg/m^3"], g: U["m/s^2"], h: U["m"]) -> U["Pa"]:
    """Gauge pressure the fluid exerts on a body at depth h where gravity is g."""
    return rho_f * g * h


@law(output="pr", on="fluid", assumes=("pr_0 > 0", "pr_g > 0", "pr > 0"))
def absolute_pressure(pr_0: U["Pa"], pr_g: U["Pa"]) -> U["Pa"]:
    """Absolute pressure: surface (atmospheric) pressure plus gauge pressure."""
    return pr_0 + pr_g


@law(
    output="pr",
    on="fluid",
    assumes=("pr_g > 0", "pr > 0"),
    valid="surface open to a standard atmosphere",
    cost=2,
)
def absolute_pressure_under_standard_atmosphere(pr_g: U["Pa"]) -> U["Pa"]:
    """Absolute pressure under a free surface at standard atmospheric pressure (101325 Pa)."""
    return p_atm + pr_g


@law(
    output="F_b",
    on="body",
    assumes=("rho_f > 0", "g > 0", "Vol > 0", "F_b > 0"),
    valid="the body fully submerged (Vol is its whole volume)",
)
def buoyant_force(rho_f: U["kg/m^3"], g: U["m/s^2"], Vol: U["m^3"]) -> U["N"]:
    """Archimedes' principle: upthrust on a body displacing a volume Vol of fluid of density
    rho_f.
    """
    return rho_f * g * Vol


@law(
    output="F_b",
    on="body",
    assumes=("rho_f > 0", "Vol > 0", "F_b > 0"),
    valid="near the Earth's surface, the body fully submerged",
    cost=3,
)
def buoyant_force_on_earth(rho_f: U["kg/m^3"], Vol: U["m^3"]) -> U["N"]:
    """Upthrust on a body displacing a volume Vol of fluid of density rho_f on Earth."""
    return rho_f * g_n * Vol


@law(output="F_b", on="body", assumes=("rho_f > 0", "g > 0", "Vol_sub > 0", "F_b > 0"))
def archimedes_principle(rho_f: U["kg/m^3"], g: U["m/s^2"], Vol_sub: U["m^3"]) -> U["N"]:
    """Archimedes' principle: upthrust on a body whose submerged part displaces the volume
    Vol_sub of a fluid of density rho_f (floating or fully submerged)."""
    return rho_f * g * Vol_sub


@law(
    output="F_b",
    on="body",
    assumes=("rho_f > 0", "Vol_sub > 0", "F_b > 0"),
    valid="near the Earth's surface (g = 9.80665 m/s^2)",
    cost=3,
)
def archimedes_principle_on_earth(rho_f: U["kg/m^3"], Vol_sub: U["m^3"]) -> U["N"]:
    """Upthrust on Earth on a body whose submerged part displaces the volume Vol_sub of a fluid
    of density rho_f."""
    return rho_f * g_n * Vol_sub


@law(
    output="frac_sub",
    on="body",
    assumes=("rho > 0", "rho_f > 0", "frac_sub > 0"),
    conditions=("rho <= rho_f",),
    valid="the body floats at rest (weight = buoyant force), uniform body",
)
def floating_fraction_submerged(rho: U["kg/m^3"], rho_f: U["kg/m^3"]) -> U["1"]:
    """Fraction of a floating body's volume below the surface: the ratio of its density to the
    fluid's (an iceberg, a block of wood, a ship)."""
    return rho / rho_f


@law(output="Vol_sub", on="body", assumes=("frac_sub > 0", "Vol > 0", "Vol_sub > 0"))
def submerged_volume(frac_sub: U["1"], Vol: U["m^3"]) -> U["m^3"]:
    """Volume of the submerged part of a body of volume Vol of which the fraction frac_sub is
    below the surface."""
    return frac_sub * Vol


@law(output="frac_above", on="body", assumes=("frac_sub > 0", "frac_above >= 0"))
def fraction_above_the_surface(frac_sub: U["1"]) -> U["1"]:
    """Fraction of a floating body's volume above the surface: what is not submerged."""
    return 1 - frac_sub


@law(output="F_app", on="body", assumes=("F_w > 0", "F_b > 0"))
def apparent_weight(F_w: U["N"], F_b: U["N"]) -> U["N"]:
    """Apparent weight of a submerged body: weight minus buoyant force."""
    return F_w - F_b


@law(
    output="v_sec2",
    on="pipe",
    members="section",
    assumes=("A_sec1 > 0", "A_sec2 > 0", "v_sec1 > 0", "v_sec2 > 0"),
    conditions=("v_sec1 <= v_incompressible", "v_sec2 <= v_incompressible"),
    valid="incompressible steady flow",
)
def continuity_equation(A_sec1: U["m^2"], v_sec1: U["m/s"], A_sec2: U["m^2"]) -> U["m/s"]:
    """Continuity: flow speed at section 2 of a pipe from the speed and area at section 1."""
    return A_sec1 * v_sec1 / A_sec2


@law(
    output="Q_v",
    on="pipe",
    members="section",
    assumes=("A_sec1 > 0", "v_sec1 >= 0", "Q_v >= 0"),
    conditions=("v_sec1 <= v_incompressible",),
    valid="incompressible steady flow: the same volume flow rate through every section",
)
def flow_rate_through_a_section(A_sec1: U["m^2"], v_sec1: U["m/s"]) -> U["m^3/s"]:
    """Volume flow rate of a pipe's flow through a section of area A_sec1 where it flows at
    v_sec1 (the same through every section)."""
    return A_sec1 * v_sec1


@law(
    output="Q_v",
    on="pipe",
    assumes=("Vol > 0", "t > 0", "Q_v > 0"),
    valid="steady flow: the volume Vol delivered (or drained) in the time t",
)
def volume_flow_rate_from_volume(Vol: U["m^3"], t: U["s"]) -> U["m^3/s"]:
    """Volume flow rate of a flow that delivers the volume Vol in the time t (filling a tank, a
    bucket, a pool)."""
    return Vol / t


@law(
    output="Q_v",
    on="pipe",
    assumes=("A > 0", "v >= 0", "Q_v > 0"),
    conditions=("v <= v_incompressible",),
)
def volume_flow_rate(A: U["m^2"], v: U["m/s"]) -> U["m^3/s"]:
    """Volume flow rate of a fluid moving at speed v through a cross-section A."""
    return A * v


@law(
    output="Q_v",
    on="fluid",
    assumes=("A > 0", "v >= 0", "Q_v > 0"),
    conditions=("v <= v_incompressible",),
    valid="a stream or jet of the fluid itself (the efflux from a tank, a river), not a pipe",
)
def flow_rate_of_a_stream(A: U["m^2"], v: U["m/s"]) -> U["m^3/s"]:
    """Volume flow rate of a stream of fluid of cross-section A moving at speed v (the jet from
    a hole in a tank, a river)."""
    return A * v


@law(output="m_dot", on="pipe", assumes=("rho_f > 0", "Q_v > 0", "m_dot > 0"))
def mass_flow_rate(rho_f: U["kg/m^3"], Q_v: U["m^3/s"]) -> U["kg/s"]:
    """Mass flow rate of a fluid of density rho_f flowing at volume rate Q_v."""
    return rho_f * Q_v


@law(
    output="pr_sec2",
    on="pipe",
    members="section",
    assumes=("pr_sec1 > 0", "rho_f > 0", "g > 0", "pr_sec2 > 0", "v_sec1 > 0", "v_sec2 > 0"),
    conditions=("v_sec1 <= v_incompressible", "v_sec2 <= v_incompressible"),
    valid="incompressible, inviscid, steady flow along a streamline",
)
def bernoulli_equation(
        pr_sec1: U["Pa"],
        rho_f: U["kg/m^3"],
        v_sec1: U["m/s"],
        v_sec2: U["m/s"],
        g: U["m/s^2"],
        h_sec1: U["m"],
        h_sec2: U["m"],
) -> U["Pa"]:
    """Bernoulli's equation: pressure at point 2 of a streamline from pressure, speed and
    height at point 1.
    """
    return pr_sec1 + rho_f * (v_sec1**2 - v_sec2**2) / 2 + rho_f * g * (h_sec1 - h_sec2)


@law(
    output="dpr",
    on="pipe",
    members="section",
    assumes=("rho_f > 0", "v_sec1 >= 0", "v_sec2 > 0", "dpr > 0"),
    conditions=("v_sec1 <= v_incompressible", "v_sec2 <= v_incompressible"),
    valid="level pipe (both sections at one height), incompressible, inviscid, steady flow",
    cost=2,  # the special case h_sec1 = h_sec2 of bernoulli_equation
)
def bernoulli_level_pipe(rho_f: U["kg/m^3"], v_sec1: U["m/s"], v_sec2: U["m/s"]) -> U["Pa"]:
    """Pressure drop from section 1 to the faster section 2 of a level pipe (a Venturi
    constriction): dpr = rho_f (v_sec2^2 - v_sec1^2)/2."""
    return rho_f * (v_sec2**2 - v_sec1**2) / 2


@law(output="dpr", on="pipe", members="section", assumes=("pr_sec1 > 0", "pr_sec2 > 0", "dpr > 0"))
def pressure_difference_between_sections(pr_sec1: U["Pa"], pr_sec2: U["Pa"]) -> U["Pa"]:
    """Pressure difference (drop) between section 1 and section 2 of a flow."""
    return pr_sec1 - pr_sec2


@law(
    output="v",
    on="fluid",
    assumes=("g > 0", "h >= 0", "v >= 0"),
    conditions=("v <= v_incompressible",),
    valid="small opening in an open tank much wider than it (Torricelli), no viscosity",
    cost=2,  # one more than free_fall_speed, whose form it has: where objects are not told
             # apart, a falling body keeps free fall and g is never "derived" from a flow
)
def torricelli_efflux_speed(g: U["m/s^2"], h: U["m"]) -> U["m/s"]:
    """Torricelli's law: speed of efflux of a liquid from a small hole at the depth h below the
    free surface."""
    return sqrt(2 * g * h)


@law(
    output="v",
    on="fluid",
    assumes=("h >= 0", "v >= 0"),
    conditions=("v <= v_incompressible",),
    valid="near the Earth's surface (g = 9.80665 m/s^2), small opening in a wide open tank",
    cost=4,  # one more than free_fall_speed_on_earth
)
def torricelli_efflux_speed_on_earth(h: U["m"]) -> U["m/s"]:
    """Speed of efflux on Earth of a liquid from a small hole at the depth h below the free
    surface."""
    return sqrt(2 * g_n * h)


@law(
    output="pr_dyn",
    on="fluid",
    assumes=("rho_f > 0", "v >= 0", "pr_dyn > 0"),
    conditions=("v <= v_incompressible",),
)
def dynamic_pressure(rho_f: U["kg/m^3"], v: U["m/s"]) -> U["Pa"]:
    """Dynamic pressure of a fluid of density rho_f moving at speed v."""
    return rho_f * v**2 / 2


@law(
    output="Q_v",
    on="pipe",
    assumes=("r > 0", "dpr > 0", "eta_v > 0", "l > 0", "Q_v > 0"),
    valid="laminar flow of a Newtonian fluid in a long straight pipe",
)
def poiseuille_flow(r: U["m"], dpr: U["Pa"], eta_v: U["Pa*s"], l: U["m"]) -> U["m^3/s"]:
    """Hagen-Poiseuille law: volume flow through a pipe of radius r and length l under a
    pressure drop dpr.
    """
    return pi * r**4 * dpr / (8 * eta_v * l)


@law(
    output="F_d",
    on="body",
    assumes=("eta_v > 0", "r > 0", "v >= 0", "F_d > 0"),
    valid="creeping flow, Reynolds number << 1",
)
def stokes_drag(eta_v: U["Pa*s"], r: U["m"], v: U["m/s"]) -> U["N"]:
    """Stokes' law: drag on a sphere of radius r moving at speed v through a fluid of viscosity
    eta_v.
    """
    return 6 * pi * eta_v * r * v


@law(
    output="F_d",
    on="body",
    assumes=("rho_f > 0", "C_d > 0", "A > 0", "v >= 0", "F_d > 0"),
    conditions=("v <= v_incompressible",),
    valid="high Reynolds number",
)
def drag_equation(rho_f: U["kg/m^3"], C_d: U["1"], A: U["m^2"], v: U["m/s"]) -> U["N"]:
    """Quadratic drag on a body of frontal area A moving at speed v through a fluid of density
    rho_f.
    """
    return rho_f * C_d * A * v**2 / 2


@law(
    output="F_d",
    on="body",
    assumes=("rho_f > 0", "CdA > 0", "v >= 0", "F_d > 0"),
    conditions=("v <= v_incompressible",),
    valid="high Reynolds number",
)
def drag_from_drag_area(rho_f: U["kg/m^3"], CdA: U["m^2"], v: U["m/s"]) -> U["N"]:
    """Quadratic drag on a body of drag area CdA (its drag coefficient times its frontal area,
    as cyclists and car makers quote it) moving at speed v through a fluid of density rho_f."""
    return rho_f * CdA * v**2 / 2


@law(
    output="P",
    on="body",
    assumes=("F_d > 0", "v >= 0", "P > 0"),
    valid="steady speed with the drag the only resistance (the driving force equals the drag)",
    premise="the drag is the only resistance (no {rolling} resistance)",
    cost=2,  # the special case F = F_d of power_from_force_and_velocity
)
def power_against_drag(F_d: U["N"], v: U["m/s"]) -> U["W"]:
    """Power needed to move a body at the steady speed v against the drag force F_d (a bridge
    from the drag on the body to its power)."""
    return F_d * v


@law(
    output="P",
    on="body",
    assumes=("F_d >= 0", "F_rr > 0", "v >= 0", "P > 0"),
    valid="steady speed on level ground: the driving force equals the drag plus the rolling resistance",
    cost=2,
)
def power_against_drag_and_rolling_resistance(F_d: U["N"], F_rr: U["N"], v: U["m/s"]) -> U["W"]:
    """Power needed to move a wheeled body (a bicycle, a car) at the steady speed v on level
    ground against the air's drag F_d and the rolling resistance F_rr: the two add."""
    return (F_d + F_rr) * v


@law(
    output="v_t",
    on="body",
    assumes=("m > 0", "g > 0", "rho_f > 0", "C_d > 0", "A > 0", "v_t > 0"),
    conditions=("v_t <= v_incompressible",),
    valid="quadratic drag, buoyancy neglected",
)
def terminal_velocity(
        m: U["kg"],
        g: U["m/s^2"],
        rho_f: U["kg/m^3"],
        C_d: U["1"],
        A: U["m^2"],
) -> U["m/s"]:
    """Terminal velocity of a falling body of mass m with quadratic drag."""
    return sqrt(2 * m * g / (rho_f * C_d * A))


@law(output="Re", on="pipe", assumes=("rho_f > 0", "v >= 0", "l > 0", "eta_v > 0", "Re > 0"))
def reynolds_number(rho_f: U["kg/m^3"], v: U["m/s"], l: U["m"], eta_v: U["Pa*s"]) -> U["1"]:
    """Reynolds number of a flow of speed v and characteristic length l."""
    return rho_f * v * l / eta_v


@law(
    output="F_pis2",
    on="fluid",
    members="piston",
    assumes=("F_pis1 > 0", "A_pis2 > 0", "A_pis1 > 0", "F_pis2 > 0"),
    valid="incompressible fluid, equal heights, no friction",
)
def hydraulic_press(F_pis1: U["N"], A_pis2: U["m^2"], A_pis1: U["m^2"]) -> U["N"]:
    """Pascal's principle: force on piston 2 of a hydraulic press from the force on piston 1
    and the pistons' areas A_pis1 and A_pis2.
    """
    return F_pis1 * A_pis2 / A_pis1


@law(
    output="F_pis1",
    on="fluid",
    members="piston",
    of={"F_w": "body"},
    assumes=("F_w > 0", "A_pis1 > 0", "A_pis2 > 0", "F_pis1 > 0"),
    valid="a load rests on piston 2 (a car on the lift), balanced at one level; Pascal's principle, "
          "incompressible fluid, no friction, the pistons' own weights left out",
)
def force_holding_a_load_on_a_hydraulic_press(F_w: U["N"], A_pis1: U["m^2"], A_pis2: U["m^2"]) -> U["N"]:
    """Force on piston 1 of a hydraulic press that holds a load of weight F_w resting on
    piston 2: the pressure F_w/A_pis2 acts on A_pis1 (a bridge from the load to the press)."""
    return F_w * A_pis1 / A_pis2


@law(
    output="pr_g",
    on="fluid",
    members="piston",
    assumes=("F_pis1 > 0", "A_pis1 > 0", "pr_g > 0"),
    valid="Pascal's principle: the same pressure throughout the enclosed fluid, pistons at one level",
)
def pressure_under_a_piston(F_pis1: U["N"], A_pis1: U["m^2"]) -> U["Pa"]:
    """Gauge pressure in the fluid of a hydraulic press: the force on a piston over its area."""
    return F_pis1 / A_pis1


@law(
    output="h",
    on="pipe",
    assumes=("gamma_st > 0", "rho_f > 0", "g > 0", "r > 0", "h >= 0"),
    valid="narrow tube, static liquid",
)
def capillary_rise(
        gamma_st: U["N/m"],
        theta: U["rad"],
        rho_f: U["kg/m^3"],
        g: U["m/s^2"],
        r: U["m"],
) -> U["m"]:
    """Jurin's law: height a liquid rises in a tube of radius r with contact angle theta."""
    return 2 * gamma_st * cos(theta) / (rho_f * g * r)


@law(output="A_sec1", on="pipe", members="section", assumes=("D_sec1 > 0", "A_sec1 > 0"),
     valid="a circular cross-section")
def area_of_the_first_section(D_sec1: U["m"]) -> U["m^2"]:
    """Area of a pipe's first (wide) section from its diameter."""
    return pi * D_sec1**2 / 4


@law(output="A_sec2", on="pipe", members="section", assumes=("D_sec2 > 0", "A_sec2 > 0"),
     valid="a circular cross-section")
def area_of_the_second_section(D_sec2: U["m"]) -> U["m^2"]:
    """Area of a pipe's second (narrow) section from its diameter."""
    return pi * D_sec2**2 / 4


@law(output="Q_v", on="fluid", of={"A": "aperture"}, assumes=("A > 0", "v >= 0", "Q_v > 0"),
     conditions=("v <= v_incompressible",),
     valid="a uniform flow across the opening (no contraction of the jet)")
def flow_rate_through_an_opening(A: U["m^2"], v: U["m/s"]) -> U["m^3/s"]:
    """Volume flow rate of a liquid leaving at the speed v through an opening (a hole, a
    nozzle) of area A (a bridge from the opening to the liquid)."""
    return A * v



@law(
    output="P",
    on="fluid",
    assumes=("rho > 0", "h > 0", "Q_v > 0", "P > 0"),
    valid="near the Earth's surface (g = 9.80665 m/s^2), no losses in the pump or the pipe, speed gained neglected",
    cost=2,
)
def power_to_pump_a_fluid_up_on_earth(rho: U["kg/m^3"], h: U["m"], Q_v: U["m^3/s"]) -> U["W"]:
    """Power a pump must give a liquid of density rho to lift it through a height h at the
    volume flow rate Q_v (irrigation, a water tower): the weight lifted each second times h."""
    return rho * g_n * h * Q_v


@law(
    output="P_out",
    on="fluid",
    assumes=("eta > 0", "rho > 0", "h > 0", "Q_v > 0", "P_out > 0"),
    conditions=("eta <= 1",),
    valid="near the Earth's surface (g = 9.80665 m/s^2), the water's speed in and out neglected",
    cost=2,
)
def hydroelectric_power_on_earth(eta: U["1"], rho: U["kg/m^3"], h: U["m"], Q_v: U["m^3/s"]) -> U["W"]:
    """Electrical power a dam's turbines of efficiency eta deliver from a liquid of density rho
    falling through a height h at the volume flow rate Q_v."""
    return eta * rho * g_n * h * Q_v
