"""Fluids: density, pressure, hydrostatics, buoyancy, flow, Bernoulli, viscosity and drag.
"""
from math import sqrt, cos, pi

from oracle.laws import U, codata, law

g_n: U["m/s^2"] = codata("standard acceleration of gravity")
p_atm: U["Pa"] = codata("standard atmosphere")


@law(output="rho", assumes=("m > 0", "Vol > 0", "rho > 0"))
def density(m: U["kg"], Vol: U["m^3"]) -> U["kg/m^3"]:
    """Density: mass over volume."""
    return m / Vol


@law(output="pr", assumes=("A > 0", "pr > 0"))
def pressure(F: U["N"], A: U["m^2"]) -> U["Pa"]:
    """Pressure: force acting perpendicular to an area A."""
    return F / A


@law(
    output="pr_g",
    assumes=("rho_f > 0", "g > 0", "h >= 0", "pr_g > 0"),
    valid="incompressible fluid at rest",
)
def hydrostatic_gauge_pressure(rho_f: U["kg/m^3"], g: U["m/s^2"], h: U["m"]) -> U["Pa"]:
    """Pressure due to a column of fluid of density rho_f at depth h."""
    return rho_f * g * h


@law(
    output="pr_g",
    assumes=("rho_f > 0", "h >= 0", "pr_g > 0"),
    valid="near the Earth's surface, incompressible fluid at rest",
    cost=3,
)
def hydrostatic_gauge_pressure_on_earth(rho_f: U["kg/m^3"], h: U["m"]) -> U["Pa"]:
    """Pressure due to a column of fluid of density rho_f at depth h on Earth."""
    return rho_f * g_n * h


@law(output="pr", assumes=("pr_0 > 0", "pr_g > 0", "pr > 0"))
def absolute_pressure(pr_0: U["Pa"], pr_g: U["Pa"]) -> U["Pa"]:
    """Absolute pressure: surface (atmospheric) pressure plus gauge pressure."""
    return pr_0 + pr_g


@law(
    output="pr",
    assumes=("pr_g > 0", "pr > 0"),
    valid="surface open to a standard atmosphere",
    cost=2,
)
def absolute_pressure_under_standard_atmosphere(pr_g: U["Pa"]) -> U["Pa"]:
    """Absolute pressure under a free surface at standard atmospheric pressure (101325 Pa)."""
    return p_atm + pr_g


@law(output="F_b", assumes=("rho_f > 0", "g > 0", "Vol > 0", "F_b > 0"))
def buoyant_force(rho_f: U["kg/m^3"], g: U["m/s^2"], Vol: U["m^3"]) -> U["N"]:
    """Archimedes' principle: upthrust on a body displacing a volume Vol of fluid of density
    rho_f.
    """
    return rho_f * g * Vol


@law(
    output="F_b",
    assumes=("rho_f > 0", "Vol > 0", "F_b > 0"),
    valid="near the Earth's surface",
    cost=3,
)
def buoyant_force_on_earth(rho_f: U["kg/m^3"], Vol: U["m^3"]) -> U["N"]:
    """Upthrust on a body displacing a volume Vol of fluid of density rho_f on Earth."""
    return rho_f * g_n * Vol


@law(output="F_app", assumes=("F_w > 0", "F_b > 0"))
def apparent_weight(F_w: U["N"], F_b: U["N"]) -> U["N"]:
    """Apparent weight of a submerged body: weight minus buoyant force."""
    return F_w - F_b


@law(
    output="v2",
    assumes=("A1 > 0", "A2 > 0", "v1 > 0", "v2 > 0"),
    valid="incompressible steady flow",
)
def continuity_equation(A1: U["m^2"], v1: U["m/s"], A2: U["m^2"]) -> U["m/s"]:
    """Continuity: flow speed at section 2 of a pipe from the speed and area at section 1."""
    return A1 * v1 / A2


@law(output="Q_v", assumes=("A > 0", "v >= 0", "Q_v > 0"))
def volume_flow_rate(A: U["m^2"], v: U["m/s"]) -> U["m^3/s"]:
    """Volume flow rate of a fluid moving at speed v through a cross-section A."""
    return A * v


@law(output="m_dot", assumes=("rho_f > 0", "Q_v > 0", "m_dot > 0"))
def mass_flow_rate(rho_f: U["kg/m^3"], Q_v: U["m^3/s"]) -> U["kg/s"]:
    """Mass flow rate of a fluid of density rho_f flowing at volume rate Q_v."""
    return rho_f * Q_v


@law(
    output="pr2",
    assumes=("pr1 > 0", "rho_f > 0", "g > 0", "pr2 > 0", "v1 > 0", "v2 > 0"),
    valid="incompressible, inviscid, steady flow along a streamline",
)
def bernoulli_equation(
        pr1: U["Pa"],
        rho_f: U["kg/m^3"],
        v1: U["m/s"],
        v2: U["m/s"],
        g: U["m/s^2"],
        h1: U["m"],
        h2: U["m"],
) -> U["Pa"]:
    """Bernoulli's equation: pressure at point 2 of a streamline from pressure, speed and
    height at point 1.
    """
    return pr1 + rho_f * (v1**2 - v2**2) / 2 + rho_f * g * (h1 - h2)


@law(output="pr_dyn", assumes=("rho_f > 0", "v >= 0", "pr_dyn > 0"))
def dynamic_pressure(rho_f: U["kg/m^3"], v: U["m/s"]) -> U["Pa"]:
    """Dynamic pressure of a fluid of density rho_f moving at speed v."""
    return rho_f * v**2 / 2


@law(
    output="Q_v",
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
    assumes=("rho_f > 0", "C_d > 0", "A > 0", "v >= 0", "F_d > 0"),
    valid="high Reynolds number",
)
def drag_equation(rho_f: U["kg/m^3"], C_d: U["1"], A: U["m^2"], v: U["m/s"]) -> U["N"]:
    """Quadratic drag on a body of frontal area A moving at speed v through a fluid of density
    rho_f.
    """
    return rho_f * C_d * A * v**2 / 2


@law(
    output="v_t",
    assumes=("m > 0", "g > 0", "rho_f > 0", "C_d > 0", "A > 0", "v_t > 0"),
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


@law(output="Re", assumes=("rho_f > 0", "v >= 0", "l > 0", "eta_v > 0", "Re > 0"))
def reynolds_number(rho_f: U["kg/m^3"], v: U["m/s"], l: U["m"], eta_v: U["Pa*s"]) -> U["1"]:
    """Reynolds number of a flow of speed v and characteristic length l."""
    return rho_f * v * l / eta_v


@law(
    output="F2",
    assumes=("F1 > 0", "A2 > 0", "A1 > 0", "F2 > 0"),
    valid="incompressible fluid, equal heights, no friction",
)
def hydraulic_press(F1: U["N"], A2: U["m^2"], A1: U["m^2"]) -> U["N"]:
    """Pascal's principle: output force of a hydraulic press with piston areas A1 (input) and
    A2 (output).
    """
    return F1 * A2 / A1


@law(
    output="h",
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
