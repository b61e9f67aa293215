"""Particles whose mass and charge are constants of nature: an electron, a proton, a
neutron, an alpha particle. Saying "an electron" states its mass and charge; these laws
(no inputs: the value is the kind's) let a question leave them out. They apply only to
an object the question calls by that name, never to a body read as one.

Charges are magnitudes (the laws that use ``q`` assume ``q > 0``; signs are a question's
own business).
"""
from oracle.laws import U, codata, law

m_e: U["kg"] = codata("electron mass")
m_p: U["kg"] = codata("proton mass")
m_n: U["kg"] = codata("neutron mass")
m_alpha: U["kg"] = codata("alpha particle mass")
q_e: U["C"] = codata("elementary charge")


@law(output="m", on="electron", valid="the electron's rest mass (CODATA)")
def electron_mass() -> U["kg"]:
    """The rest mass of an electron."""
    return m_e


@law(output="q", on="electron", valid="the magnitude of the electron's charge, e (CODATA)")
def electron_charge() -> U["C"]:
    """The magnitude of an electron's charge: the elementary charge."""
    return q_e


@law(output="m", on="proton", valid="the proton's rest mass (CODATA)")
def proton_mass() -> U["kg"]:
    """The rest mass of a proton."""
    return m_p


@law(output="q", on="proton", valid="the proton's charge, e (CODATA)")
def proton_charge() -> U["C"]:
    """The charge of a proton: the elementary charge."""
    return q_e


@law(output="m", on="neutron", valid="the neutron's rest mass (CODATA)")
def neutron_mass() -> U["kg"]:
    """The rest mass of a neutron."""
    return m_n


@law(output="m", on="alpha particle", valid="the alpha particle's rest mass (CODATA)")
def alpha_particle_mass() -> U["kg"]:
    """The rest mass of an alpha particle (a helium-4 nucleus)."""
    return m_alpha


@law(output="q", on="alpha particle", valid="the alpha particle's charge, 2e (CODATA)")
def alpha_particle_charge() -> U["C"]:
    """The charge of an alpha particle: two elementary charges."""
    return 2 * q_e
