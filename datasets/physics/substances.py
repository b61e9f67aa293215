"""Substances whose properties a question may leave out: liquid water's density and specific
heat. Saying "water" states them, as saying "an electron" states its mass; these laws (no
inputs: the value is the kind's) apply only to an object the question calls water, and an
answer that takes one says so (the values hold near room temperature).
"""
from oracle.laws import U, law

rho_water: U["kg/m^3"] = 1000.0    # liquid fresh water near room temperature (998 at 20 degC)
c_water: U["J/(kg*K)"] = 4186.0    # liquid water near room temperature (4182 at 20 degC)


@law(output="rho", on="water", valid="liquid fresh water near room temperature; 998 kg/m^3 at 20 degC")
def density_of_water() -> U["kg/m^3"]:
    """The density of liquid fresh water, which a question about water may leave out."""
    return rho_water


@law(output="c_s", on="water", valid="liquid water near room temperature; 4182 J/(kg*K) at 20 degC")
def specific_heat_of_water() -> U["J/(kg*K)"]:
    """The specific heat capacity of liquid water, which a question about heating water may
    leave out."""
    return c_water
