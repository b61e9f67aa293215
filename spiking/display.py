"""A raster in a notebook: its PNG (drawn by :func:`spiking.plot.draw`) beside a summary table.

It lives in ``spiking`` so that a ``Raster`` shows itself without importing the oracle
(lower packages never import ``oracle``); :mod:`oracle.display` re-exports it and shows
rasters side by side. The PNG is inline (base64): nothing is fetched.
"""
from __future__ import annotations

import base64
import io

from psg.templates import render

__all__ = ["png_base64", "raster_html", "raster_png", "raster_summary"]


def raster_png(raster, circuit=None, *, title: str = "", size=(6.0, 3.4), dpi: int = 100,
               steps: int | None = None, n_neurons: int | None = None) -> bytes:
    """A PNG (bytes) of the raster, drawn with matplotlib's Agg canvas (no display, no pyplot state)
    by :func:`spiking.plot.draw`; populations in colour when ``circuit`` is given; ``steps`` and
    ``n_neurons`` fix the axes (rasters shown side by side share them).

    >>> from spiking import Raster
    >>> raster_png(Raster.from_spikes(3, 4, [0, 1], [0, 2], backend="x"))[:8]
    b'\\x89PNG\\r\\n\\x1a\\n'
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from spiking.plot import draw

    fig = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(fig)
    draw(fig.add_subplot(1, 1, 1), raster, circuit, steps=steps, n_neurons=n_neurons, title=title)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight")
    return buf.getvalue()


def png_base64(png: bytes) -> str:
    """PNG bytes as the base64 text of a ``data:image/png`` address."""
    return base64.b64encode(png).decode("ascii")


def raster_summary(raster, circuit=None) -> list[tuple[str, str]]:
    """Counts of a raster as (name, value) rows; with its circuit, the synaptic events of its
    spikes as the energy estimate counts them (the same on every backend), else the
    simulator's own count."""
    active = len(set(raster.neuron.tolist()))
    last = int(raster.step.max()) if raster.n_spikes else -1
    if circuit is not None:
        from spiking.resources import energy

        events = str(energy(circuit, raster)[2])
    else:
        events = str(raster.synaptic_events) if raster.synaptic_events >= 0 else "not counted by this simulator"
    return [("backend", raster.backend or "—"), ("neurons", str(raster.n_neurons)),
            ("steps run", str(raster.steps_run)), ("spikes", str(raster.n_spikes)),
            ("neurons that spiked", str(active)), ("last spike step", str(last)), ("synaptic events", events)]


def raster_html(raster, circuit=None) -> str:
    """A raster: a summary table beside its plot (an inline base64 PNG)."""
    return render("spiking", "raster.html.j2", summary=raster_summary(raster, circuit),
                  png=png_base64(raster_png(raster, circuit)))
