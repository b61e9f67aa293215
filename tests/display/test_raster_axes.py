"""Rasters compared side by side share one time axis and one neuron axis: the same spikes
draw the same picture whichever simulator ran longer."""
import base64
import re

from matplotlib.figure import Figure

from oracle.display import raster_png, rasters_html
from spiking import Raster
from spiking.plot import draw, shared_axes


def test_the_same_spikes_from_runs_of_different_length_draw_the_same_picture():
    early = Raster.from_spikes(6, 20, [0, 3, 7], [0, 2, 5], backend="numba")  # stopped once quiet
    late = Raster.from_spikes(6, 64, [0, 3, 7], [0, 2, 5], backend="brian2")  # ran to its chunk's end
    html = rasters_html([early, late], titles=["run", "run"])
    pngs = [base64.b64decode(m) for m in re.findall(r'src="data:image/png;base64,([^"]+)"', html)]
    assert len(pngs) == 2 and pngs[0] == pngs[1]
    # on their own axes they differ: the shared axis is what makes them equal
    assert raster_png(early, title="run") != raster_png(late, title="run")


def test_draw_spans_the_axes_it_is_given():
    rasters = [Raster.from_spikes(3, 40, [1], [0]), Raster.from_spikes(5, 12, [2], [4])]
    steps, n = shared_axes(rasters)
    limits = []
    for r in rasters:
        ax = Figure().add_subplot(1, 1, 1)
        draw(ax, r, steps=steps, n_neurons=n)
        limits.append((ax.get_xlim(), ax.get_ylim()))
    assert limits[0] == limits[1] == ((-0.5, 39.5), (-0.5, 4.5))
