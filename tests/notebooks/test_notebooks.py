"""The example notebooks run top to bottom in a kernel on this Python, and show what they promise.

Each notebook is executed once (nbclient) with a kernel spec written for ``sys.executable``,
so the kernel is the one of the environment running the tests; the cells' outputs are found
by the tags that ``notebooks/make_notebooks.py`` gives them.
"""
import json
import re
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
KERNEL = "oracle-test-python"
PNG = re.compile(r"data:image/png;base64,[A-Za-z0-9+/=]{200,}")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def kernel_path(tmp_path_factory, monkeypatch_session):
    """A kernel spec that starts ipykernel with this very interpreter."""
    root = tmp_path_factory.mktemp("jupyter")
    spec = root / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "oracle tests", "language": "python"}))
    monkeypatch_session.setenv("JUPYTER_PATH", str(root))
    return root


@pytest.fixture(scope="session")
def monkeypatch_session():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


_RUNS = {}


def run(name: str, kernel_path):
    """Execute a notebook once per session; return it with its outputs."""
    if name not in _RUNS:
        nb = nbformat.read(NOTEBOOKS / name, as_version=4)
        client = nbclient.NotebookClient(nb, kernel_name=KERNEL, timeout=180,
                                         resources={"metadata": {"path": str(NOTEBOOKS)}})
        client.execute()
        _RUNS[name] = nb
    return _RUNS[name]


def cell(nb, tag: str):
    found = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert len(found) == 1, f"one cell tagged {tag!r} expected, found {len(found)}"
    return found[0]


def stdout(nb, tag: str) -> str:
    return "".join(o.get("text", "") for o in cell(nb, tag).outputs if o.output_type == "stream" and o.name == "stdout")


def data(nb, tag: str, mime: str) -> str:
    out = [o["data"][mime] for o in cell(nb, tag).outputs
           if o.output_type in ("execute_result", "display_data") and mime in o.get("data", {})]
    assert out, f"cell {tag!r} shows no {mime}"
    return out[-1] if isinstance(out[-1], str) else json.dumps(out[-1])


@pytest.mark.parametrize("name", ["quickstart.ipynb", "explore.ipynb", "neuromorphic.ipynb"])
def test_committed_without_outputs_and_runs_without_errors(name, kernel_path):
    committed = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(committed)
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in committed.cells if c.cell_type == "code")
    nb = run(name, kernel_path)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors, errors[:1]
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")


def test_quickstart(kernel_path):
    nb = run("quickstart.ipynb", kernel_path)
    assert "kinetic energy (E_k) = 196.133 J" in stdout(nb, "value")
    assert "formula: E_k = g_n*h*m" in stdout(nb, "value")
    html = data(nb, "answer-html", "text/html")
    assert "196.133" in html and "✓ proved" in html and "<svg" in html and "<script" not in html
    assert "t=4: E_k = m*v**2/2   [mechanics.kinetic_energy]" in stdout(nb, "steps")
    assert "free fall speed on earth" in data(nb, "derivation-html", "text/html")
    assert "Proof: <span class=\"proved\">" in data(nb, "proof-html", "text/html")
    assert "report written: kinetic-energy.html True" in stdout(nb, "report-file")
    assert "cannot be derived from the givens; add one of: {" in stdout(nb, "missing")
    assert "refused: '2 m' was given for mass (m)" in stdout(nb, "refused")
    assert "kinetic energy (E_k) = 196.133 J" in stdout(nb, "ask") and "reading (ternary reader)" in stdout(nb, "ask")
    assert "False - the question gives no values" in stdout(nb, "ask-abstain")
    assert "adds a speed [m/s] to a length [m]" in stdout(nb, "prove")
    assert "refuted" in data(nb, "prove", "text/html")


def test_explore(kernel_path):
    nb = run("explore.ipynb", kernel_path)
    assert "KnowledgeGraph: " in data(nb, "kg-html", "text/html")
    assert len(data(nb, "kg-html", "text/plain")) < 300
    near = data(nb, "neighbourhood", "text/html")
    assert "<svg" in near and 'data-node="E_k"' in near
    assert 'data-node="mechanics.kinetic_energy"' in data(nb, "subgraph", "text/html")
    assert "mechanics.kinetic_energy" in stdout(nb, "relate")
    for tag in ("kg-explorer", "psg-explorer", "laws-explorer"):
        assert "model_id" in data(nb, tag, "application/vnd.jupyter.widget-view+json")
    moves = stdout(nb, "kg-moves")
    assert "focus: v" in moves and "back at: mechanics.kinetic_energy" in moves
    assert "distance_travelled" in data(nb, "psg-html", "text/html")
    assert "used at: ['" in stdout(nb, "zipper") and "planted.py:13:12" in stdout(nb, "zipper")
    assert data(nb, "zipper", "image/svg+xml").startswith("<svg")
    assert "focus: name x0" in stdout(nb, "psg-explorer") and "function verdict: refuted" in stdout(nb, "psg-explorer")
    assert "focused law: " in stdout(nb, "laws-explorer")


def test_neuromorphic(kernel_path):
    nb = run("neuromorphic.ipynb", kernel_path)
    values = stdout(nb, "values").split()
    assert values[1::2] == ["joule", "joule"] and all(abs(float(v) - 196.133) < 1e-9 for v in values[::2])
    lava = stdout(nb, "lava").split()
    assert abs(float(lava[0]) - 196.133) < 1e-9 and lava[-1] == "True"
    search = data(nb, "search-html", "text/html")
    assert "quantities reached" in search and len(PNG.findall(search)) == 1
    assert "identical rasters: True" in stdout(nb, "rasters")
    side = data(nb, "rasters", "text/html")
    assert len(PNG.findall(side)) == 3 and "The rasters are identical" in side
    for backend in ("numba", "brian2", "lava"):
        assert f"raster {backend}" in side
    assert "Loihi 2 resources" in data(nb, "resources", "text/html")
    assert re.search(r"\d+ cores, \d+ neurons, \d+ synapses", stdout(nb, "resources"))
