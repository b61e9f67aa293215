"""Heat flow through a layered wall using a thermal resistance network."""
from dataclasses import dataclass
from typing import Annotated

Meters = Annotated[float, "m"]
Area = Annotated[float, "m^2"]
Celsius = Annotated[float, "degC"]
Watts = Annotated[float, "W"]
ThermalRes = Annotated[float, "K/W"]
HTC = Annotated[float, "W/(m^2*K)"]


@dataclass
class Layer:
    thickness: Meters
    conductivity: Annotated[float, "W/(m*K)"]


def layer_resistance(layer: Layer, area: Area) -> ThermalRes:
    return layer.thickness / (layer.conductivity * area)


def total_resistance(layers: list[Layer], area: Area, h_in: HTC, h_out: HTC) -> ThermalRes:
    r_total: ThermalRes = 1.0 / (h_in * area) + 1.0 / (h_out * area)
    for layer in layers:
        r_total += layer_resistance(layer, area)
    return r_total


def wall_heat_flow(layers: list[Layer], area: Area, h_in: HTC, h_out: HTC,
                   t_in: Celsius, t_out: Celsius) -> Watts:
    return (t_in - t_out) / total_resistance(layers, area, h_in, h_out)


def u_value(layers: list[Layer], area: Area, h_in: HTC, h_out: HTC) -> HTC:
    return 1.0 / (total_resistance(layers, area, h_in, h_out) * area)
