"""Raster plots (matplotlib, Agg backend: no display needed).

:func:`draw` is the one drawing of a raster, used for files (:func:`plot_raster`) and for
notebooks (``oracle.display``); rasters compared side by side pass the same ``steps`` and
``n_neurons`` so that they share their axes.
"""
from __future__ import annotations

import os

from spiking.ir import Circuit
from spiking.raster import Raster

__all__ = ["draw", "plot_raster", "shared_axes"]


def shared_axes(rasters) -> tuple[int, int]:
    """The time steps and neurons an axis must span to show every raster of ``rasters``.

    >>> shared_axes([Raster.from_spikes(3, 40, [], []), Raster.from_spikes(5, 12, [], [])])
    (40, 5)
    """
    rasters = list(rasters)
    return max((r.steps_run for r in rasters), default=1), max((r.n_neurons for r in rasters), default=1)


def draw(ax, raster: Raster, circuit: Circuit | None = None, *, steps: int | None = None,
         n_neurons: int | None = None, title: str = "", marker_size: float = 6, legend_outside: bool = True) -> None:
    """Draw ``raster`` on a matplotlib axis: time steps ``0 .. steps - 1`` across (the raster's own
    ``steps_run`` unless given), neurons up, populations coloured when ``circuit`` is given."""
    if circuit is not None and circuit.populations:
        off = 0
        for p in circuit.populations:
            sel = (raster.neuron >= off) & (raster.neuron < off + p.size)
            ax.scatter(raster.step[sel], raster.neuron[sel], s=marker_size, marker="|", label=f"{p.name} ({p.size})")
            off += p.size
        if legend_outside:
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, markerscale=2, frameon=False)
        else:
            ax.legend(loc="upper right", fontsize=7, markerscale=3)
    else:
        ax.scatter(raster.step, raster.neuron, s=marker_size, marker="|", color="#1f2937")
    steps = raster.steps_run if steps is None else steps
    n_neurons = raster.n_neurons if n_neurons is None else n_neurons
    ax.set_xlim(-0.5, max(steps, 1) - 0.5)
    ax.set_ylim(-0.5, max(n_neurons, 1) - 0.5)
    ax.set_xlabel("time step")
    ax.set_ylabel("neuron")
    ax.set_title(title or f"{raster.backend or 'raster'}: {raster.n_spikes} spikes, {raster.steps_run} steps",
                 fontsize=10)


def plot_raster(raster: Raster, path: str | os.PathLike, circuit: Circuit | None = None, title: str = "",
                steps: int | None = None) -> str:
    """Write a PNG of ``raster`` to ``path`` (populations coloured if ``circuit``); return the path.
    ``steps`` fixes the time axis (to compare rasters side by side)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 4.5), dpi=120)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    draw(ax, raster, circuit, steps=steps, title=title, marker_size=4, legend_outside=False)
    fig.tight_layout()
    fig.savefig(os.fspath(path), format="png")
    return os.fspath(path)
