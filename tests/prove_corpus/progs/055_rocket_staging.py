"""Delta-v budget of a multistage launcher."""
import math
from typing import Annotated, NamedTuple

Seconds = Annotated[float, "s"]
Kilograms = Annotated[float, "kg"]
Speed = Annotated[float, "m/s"]
Newtons = Annotated[float, "N"]

G0: Annotated[float, "m/s^2"] = 9.80665


class Stage(NamedTuple):
    dry: Kilograms
    propellant: Kilograms
    isp: Seconds
    thrust: Newtons


def delta_v(isp: Seconds, m0: Kilograms, mf: Kilograms) -> Speed:
    return isp * G0 * math.log(m0 / mf)


def propellant_for(dv: Speed, isp: Seconds, m_dry: Kilograms) -> Kilograms:
    return m_dry * (math.exp(dv / (isp * G0)) - 1)


def burn_time(stage: Stage) -> Seconds:
    mdot = stage.thrust / (stage.isp * G0)
    return stage.propellant / mdot


def total_delta_v(stages: list[Stage], payload: Kilograms) -> Speed:
    total: Speed = 0.0
    for i, st in enumerate(stages):
        upper: Kilograms = payload
        for s2 in stages[i + 1:]:
            upper += s2.dry + s2.propellant
        m0 = upper + st.dry + st.propellant
        total += delta_v(st.isp, m0, upper + st.dry)
    return total
