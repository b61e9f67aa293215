"""Raster plots (matplotlib, Agg backend: no display needed)."""
from __future__ import annotations

import os

from spiking.ir import Circuit
from spiking.raster import Raster

__all__ = ["plot_raster"]


def plot_raster(raster: Raster, path: str | os.PathLike, circuit: Circuit | None = None, title: str = "") -> str:
    """Write a PNG of ``raster`` to ``path`` (populations coloured if ``circuit``); return the path."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 4.5), dpi=120)
    ax = fig.add_subplot(1, 1, 1)
    if circuit is not None:
        off = 0
        for p in circuit.populations:
            sel = (raster.neuron >= off) & (raster.neuron < off + p.size)
            ax.scatter(raster.step[sel], raster.neuron[sel], s=4, marker="|", label=f"{p.name} ({p.size})")
            off += p.size
        if circuit.populations:
            ax.legend(loc="upper right", fontsize=7, markerscale=3)
    else:
        ax.scatter(raster.step, raster.neuron, s=4, marker="|")
    ax.set_xlabel("time step")
    ax.set_ylabel("neuron")
    ax.set_title(title or f"spike raster ({raster.backend}, {raster.n_spikes} spikes, {raster.steps_run} steps)")
    fig.tight_layout()
    fig.savefig(os.fspath(path), format="png")
    return os.fspath(path)
