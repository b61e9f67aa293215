"""Write the example notebooks (without outputs) from the cells below.

    .venv/bin/python notebooks/make_notebooks.py

The notebooks are generated so that they stay reviewable as plain Python here; edit the
cells in this file, run it, and commit both. ``tests/notebooks`` runs every notebook top to
bottom and checks the outputs of the cells tagged below (a tag names what a cell shows).
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent


def md(text: str):
    return new_markdown_cell(text.strip())


def code(text: str, *tags: str):
    cell = new_code_cell(text.strip())
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


QUICKSTART = [
    md("""
# Quickstart: ask the oracle

The oracle answers questions that need physical laws. It returns the value, the chain of laws
that produced it, and proofs that every step is dimensionally sound. Nothing here needs a network.
"""),
    code("""
import oracle

answer = oracle.query({"mass": "2 kg", "height": "10 m"}, "kinetic energy", unit="J")
print(answer)
""", "value"),
    md("""
In a notebook the answer shows itself as a table: the value, the formula composed from the laws,
the derivation (a table and a drawing: givens in green, the target in amber) and the proofs.
"""),
    code("answer", "answer-html"),
    md("""
## Reading the answer

`value_in_unit` is a pint quantity in the unit asked for; `formula` is the composed sympy formula
in the givens; `derivation.steps` are the laws applied, in the order the search found them.
"""),
    code("""
print(answer.value_in_unit)
print("formula:", answer.formula)
for step in answer.derivation.steps:
    print(f"t={step.time}: {step.output} = {step.formula}   [{step.law.id}]")
""", "steps"),
    code("answer.derivation", "derivation-html"),
    md("""
## The proofs

Every step carries its law's unit proof and the Z3 proof that the solved direction is equivalent
to the law as written; the composed formula is proved again as a generated, annotated function.
"""),
    code("answer.proof", "proof-html"),
    code("answer.proof.composed", "report-html"),
    md("""
A self-contained HTML report (one file, readable offline) can be written for sharing:
"""),
    code("""
import tempfile
from pathlib import Path
from proofs.html import answer_html

page = Path(tempfile.mkdtemp()) / "kinetic-energy.html"
page.write_text(answer_html(answer), encoding="utf-8")
print("report written:", page.name, page.stat().st_size > 1000)
""", "report-file"),
    md("""
## When the givens are not enough, or wrong

A question that cannot be answered says which further quantities would make it answerable;
a value in the wrong unit is refused with a message naming the quantity.
"""),
    code("""
print(oracle.query({"mass": "2 kg"}, "kinetic energy"))
""", "missing"),
    code("""
from oracle.engine import DimensionMismatchError

try:
    oracle.query({"mass": "2 m", "speed": "3 m/s"}, "kinetic energy")
except DimensionMismatchError as err:
    print("refused:", err)
""", "refused"),
    md("""
## Asking in plain English

`oracle.ask` reads a question written in English into a query: each value's span becomes a
quantity with its unit, and the quantity asked for is found. The reading is checked with the
oracle and revised on a mismatch; the answer is given only when it is verified. The default
reader is a small ternary (BitNet b1.58) MLGRU model running on the project's numba kernels;
`reader="rule"` uses rules, `reader="llm"` a local OpenAI-compatible server.
"""),
    code("""
reading = oracle.ask("A 2 kg ball is dropped from a height of 10 m. "
                     "What is its kinetic energy just before it lands, in J?")
print(reading)
""", "ask"),
    code("""
no = oracle.ask("What is the kinetic energy of the ball?")
print(no.answered, "-", no.reason)
""", "ask-abstain"),
    md("""
## Proving your own code

The same proofs check Python code with unit annotations, statically (the code is never run).
"""),
    code("""
report = oracle.prove('''
def distance(x0: U["m"], v: U["m/s"], t: U["s"]) -> U["m"]:
    return x0 + v  # forgot * t
''')
print(report.to_text())
report
""", "prove"),
]

EXPLORE = [
    md("""
# Exploring the knowledge hypergraph and a program's PSG

Quantities are nodes and laws are hyperedges; the whole graph is a view of the Program Semantic
Graph (PSG) of the law modules. Small graphs are drawn inline (SVG, no network); larger ones
show a summary and can be drawn a part at a time.
"""),
    code("""
from hypergraph.build import load_default
import oracle.display as D

kg = load_default()
kg
""", "kg-html"),
    md("A neighbourhood: the laws in which kinetic energy takes part (quantities are circles, laws boxes)."),
    code("""
near = D.neighbourhood(kg, "E_k", max_laws=6)
print(len(near.laws), "laws,", len(near.quantities), "quantities")
near
""", "neighbourhood"),
    md("The laws of one derivation form a sub-hypergraph too:"),
    code("""
import oracle

answer = oracle.query({"mass": "2 kg", "height": "10 m"}, "kinetic energy")
kg.subgraph(answer.derivation.laws)
""", "subgraph"),
    code("""
print(oracle.relate("mass", "kinetic energy")["laws"])
""", "relate"),
    md("""
## The explorer

Click a node to move the focus there; the buttons make the moves the focus offers (a quantity's
laws, a law's variables, back). The panel shows the focused node's units, laws and proofs.
The widget's JavaScript is part of the Python package: it works offline. The same moves can be
made from Python, which is how this notebook is checked:
"""),
    code("""
from oracle.explorer import explore

w = explore(kg, "E_k")
w
""", "kg-explorer"),
    code("""
w.move("mechanics.kinetic_energy")   # as if the law's button were pressed
w.click("v")                          # as if the circle of v were clicked
print("focus:", w.focus)
print("moves:", [m for m, _ in w.moves][:4])
w.move("back")
print("back at:", w.focus)
""", "kg-moves"),
    md("""
## A program's PSG, with the zipper

`psg.parse` reads Python source with `ast` (never running it). A `Zipper` is a focus plus its
path: tree moves follow syntax edges, `follow("flow")` goes from a definition to its uses.
"""),
    code("""
from psg import parse
from zipper import Zipper
from oracle.data import datasets_dir

program = parse(datasets_dir() / "examples" / "planted.py")
program
""", "psg-html"),
    code("""
fn = program.functions()[0]
z = Zipper.at(program, fn)
print(z.node.kind, z.node.label)
x0 = z.down()
print("first parameter:", x0.node.label, x0.node.ann.unit)
print("used at:", [str(u.node.span) for u in x0.follow("flow")])
D.drawing(program, root=fn, focus=x0.focus)
""", "zipper"),
    md("""
The explorer on a PSG drives the same zipper; the panel shows the proofs of the function around
the focus and the obligations located in the focused node (here a planted unit mistake).
"""),
    code("""
p = explore(program)
p.move("down")           # to the first parameter
p.move("flow:" + str(p.view.zipper.follow("flow")[0].focus))  # to where it is used
print("focus:", p.view.node.kind, p.view.node.label, "at", p.view.node.span)
print("function verdict:", p.view.function_result().verdict)
p
""", "psg-explorer"),
    md("The law modules are a program too: exploring their PSG shows each law's directions and proofs."),
    code("""
laws = explore(kg.psg, kg=kg, report=kg.proof_report)
print("focused law:", laws.view.law().id)
laws
""", "laws-explorer"),
]

NEUROMORPHIC = [
    md("""
# The same query on three spiking simulators

The oracle's search runs as a Loihi-class circuit (fixed-point CUBA-LIF neurons): one neuron per
quantity, one per law direction, the givens spiking at t = 0. A quantity's first spike is the time
it is derived. numba (the default), Brian2 and Lava run the same circuit and must produce the same
spike raster.
"""),
    code("""
%load_ext oracle.display
import oracle
import oracle.display as D
from IPython.display import HTML

given = {"mass": "2 kg", "height": "10 m"}
numba = oracle.query(given, "kinetic energy", unit="J", backend="numba")
brian2 = oracle.query(given, "kinetic energy", unit="J", backend="brian2")
print(numba.value_in_unit, brian2.value_in_unit)
""", "values"),
    md("Lava starts slowly (a few seconds for its runtime), so it runs once, on the same query:"),
    code("""
lava = oracle.query(given, "kinetic energy", unit="J", backend="lava")
print(lava.value_in_unit, lava.derivation.laws == numba.derivation.laws)
""", "lava"),
    md("The spiking search of one answer: the decoded trace and its raster, populations in colour."),
    code("numba.search", "search-html"),
    md("The three rasters side by side:"),
    code("""
runs = {"numba": numba, "brian2": brian2, "lava": lava}
rasters = [a.search.trace.raster for a in runs.values()]
print("identical rasters:", all(r.same_spikes(rasters[0]) for r in rasters))
HTML(D.rasters_html(rasters, numba.search.circuit, titles=list(runs)))
""", "rasters"),
    md("""
## On Loihi 2

The resource report places the circuit on Loihi 2 cores (neurons, synapses and memory per core)
and estimates the run's energy from published per-operation figures.
"""),
    code("""
import spiking

report = spiking.resources(numba.search.circuit, numba.search.trace.raster)
print(report.cores, "cores,", report.neurons, "neurons,", report.synapses, "synapses")
report
""", "resources"),
]

NOTEBOOKS = {"quickstart.ipynb": QUICKSTART, "explore.ipynb": EXPLORE, "neuromorphic.ipynb": NEUROMORPHIC}


def build(cells) -> nbformat.NotebookNode:
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for k, cell in enumerate(nb.cells):  # stable ids: regenerating gives the same files
        cell["id"] = f"cell-{k:02d}"
    return nb


def main() -> None:
    for name, cells in NOTEBOOKS.items():
        nb = build(cells)
        nbformat.validate(nb)
        (HERE / name).write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
        print("wrote", HERE / name)


if __name__ == "__main__":
    main()
