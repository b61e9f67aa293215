"""Counter-flow heat exchanger duty via the log-mean temperature difference."""
import math
from typing import Annotated

Celsius = Annotated[float, "degC"]
DeltaC = Annotated[float, "delta_degC"]
Watts = Annotated[float, "W"]
Area = Annotated[float, "m^2"]
UValue = Annotated[float, "W/(m^2*K)"]


def lmtd(th_in: Celsius, th_out: Celsius, tc_in: Celsius, tc_out: Celsius) -> DeltaC:
    dt1 = th_in - tc_out
    dt2 = th_out - tc_in
    if abs(dt1 - dt2) < 1e-9:
        return dt1
    return (dt1 - dt2) / math.log(dt1 / dt2)


def duty(u: UValue, area: Area, th_in: Celsius, th_out: Celsius, tc_in: Celsius, tc_out: Celsius) -> Watts:
    return u * area * lmtd(th_in, th_out, tc_in, tc_out)


def required_area(q: Watts, u: UValue, th_in: Celsius, th_out: Celsius, tc_in: Celsius, tc_out: Celsius) -> Area:
    return q / (u * lmtd(th_in, th_out, tc_in, tc_out))
