"""Boiler heat output and fuel input."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Watts = Annotated[float, "W"]
MassFlow = Annotated[float, "kg/s"]
SpecificHeat = Annotated[float, "J/(kg*K)"]


def boiler_output(m_dot: MassFlow, cp: SpecificHeat, t_supply: Celsius, t_return: Celsius) -> Watts:
    dt = t_supply - t_return
    if dt <= 0:
        return 0.0
    return m_dot * cp


def fuel_input(m_dot: MassFlow, cp: SpecificHeat, t_supply: Celsius, t_return: Celsius,
               efficiency: float = 0.88) -> Watts:
    return boiler_output(m_dot, cp, t_supply, t_return) / efficiency
