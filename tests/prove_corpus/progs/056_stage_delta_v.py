"""Delta-v of a single upper stage with payload."""
import math
from dataclasses import dataclass
from typing import Annotated

Seconds = Annotated[float, "s"]
Kilograms = Annotated[float, "kg"]
Speed = Annotated[float, "m/s"]

G0: Annotated[float, "m/s^2"] = 9.80665


@dataclass
class UpperStage:
    dry: Kilograms
    wet: Kilograms
    isp: Seconds


def stage_delta_v(stage: UpperStage, payload: Kilograms) -> Speed:
    m0 = stage.wet + payload
    mf = stage.dry + payload
    return stage.isp * math.log(m0 / mf)


def max_payload(stage: UpperStage, dv_required: Speed, step: Kilograms = 10.0) -> Kilograms:
    payload: Kilograms = 0.0
    while stage_delta_v(stage, payload + step) >= dv_required:
        payload += step
    return payload
