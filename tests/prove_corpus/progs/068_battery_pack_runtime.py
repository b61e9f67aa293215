"""Runtime of a parallel battery pack."""
from dataclasses import dataclass
from typing import Annotated

MilliampHours = Annotated[float, "mA*h"]
Milliamps = Annotated[float, "mA"]
Hours = Annotated[float, "h"]


@dataclass
class Pack:
    cell_capacity: MilliampHours
    cells_parallel: int

    def capacity(self) -> MilliampHours:
        return self.cell_capacity * self.cells_parallel

    def runtime(self, load: Milliamps) -> Hours:
        return self.capacity() * load


def enough_for_shift(pack: Pack, load: Milliamps, shift: Hours = 8.0) -> bool:
    return pack.runtime(load) >= shift
