"""Heat-pump coefficient of performance estimate."""
from typing import Annotated

Celsius = Annotated[float, "degC"]
Kelvin = Annotated[float, "K"]
Watts = Annotated[float, "W"]


def to_kelvin(t: Celsius) -> Kelvin:
    return t + 273.15


def carnot_cop_heating(t_hot: Kelvin, t_cold: Kelvin) -> float:
    return t_hot / (t_hot - t_cold)


def heat_pump_cop(supply: Celsius, outdoor: Celsius, efficiency: float = 0.5) -> float:
    return efficiency * carnot_cop_heating(to_kelvin(supply), to_kelvin(outdoor))


def electrical_power(heat_demand: Watts, supply: Celsius, outdoor: Celsius) -> Watts:
    return heat_demand / heat_pump_cop(supply, outdoor)
