"""Imports resolved to the files of a run (psg/imports.py), and the PSG's call edges that
follow them: never to another file of the same stem."""
import os

from hypothesis import given, strategies as st

from psg import parse_sources
from psg.imports import Links, Modules


def test_absolute_relative_and_aliased_imports_reach_their_files():
    files = ["src/a/__init__.py", "src/a/utils.py", "src/a/deep/__init__.py", "src/a/deep/run.py",
             "src/b/utils.py", "src/tool.py", "src/helper.py"]
    links = Links(Modules(files, ["src"]))
    links.add("src/a/deep/run.py", "u", (2, "utils", None))        # from .. import utils as u
    links.add("src/a/deep/run.py", "w", (2, "utils", "width"))     # from ..utils import width as w
    links.add("src/a/deep/run.py", "a", (0, "a", None))            # import a.utils
    links.add("src/a/deep/run.py", "bu", (0, "b.utils", None))     # import b.utils as bu
    links.add("src/a/deep/run.py", "helper", (0, "helper", None))  # not beside a package's file: from the root
    links.add("src/a/deep/run.py", "np", (0, "numpy", None))
    where = lambda name: links.where("src/a/deep/run.py", name)  # noqa: E731
    assert where("u.width") == ("src/a/utils.py", "width")
    assert where("w") == ("src/a/utils.py", "width")
    assert where("a.utils.Box.area") == ("src/a/utils.py", "Box.area")
    assert where("bu.width") == ("src/b/utils.py", "width")
    assert where("helper.f") == ("src/helper.py", "f")
    assert where("np.sqrt") is None                                 # outside the run: nothing
    assert where("local") == ("src/a/deep/run.py", "local")          # not imported: its own file
    # a script's folder comes first for its absolute imports; a package's name for what it re-exports
    links.add("src/b/utils.py", "tool", (0, "tool", None))
    links.add("src/b/utils.py", "deep", (0, "a", "deep"))
    assert links.where("src/b/utils.py", "tool.go") == ("src/tool.py", "go")  # no src/b/tool.py: the root's
    assert Modules(files + ["src/b/tool.py"], ["src"]).resolve("src/b/utils.py", (0, "tool", None), ["go"]) \
        == ("src/b/tool.py", "go")
    assert links.where("src/b/utils.py", "deep.run.main") == ("src/a/deep/run.py", "main")
    assert links.where("src/b/utils.py", "deep.x") == ("src/a/deep/__init__.py", "x")


def test_call_edges_follow_imports_not_stems():
    sources = [("p/__init__.py", ""), ("p/geo.py", "def area(w, h):\n    return w * h\n"),
               ("q/geo.py", "def area(w, h):\n    return w\n"),
               ("p/use.py", "from . import geo\nimport q.geo as qg\nfrom numpy import area as npa\n"
                            "def f(x):\n    return geo.area(x, x) + qg.area(x, x) + npa(x)\n")]
    g = parse_sources(sources)
    targets = sorted(g.nodes[g.callee[i]].span.file for i, n in enumerate(g.nodes) if n.kind == "call"
                     and i in g.callee)
    assert targets == ["p/geo.py", "q/geo.py"]  # numpy's area links to nothing


_NAMES = st.sampled_from(["a", "b", "core", "utils", "base"])


@given(st.lists(st.lists(_NAMES, min_size=1, max_size=4), min_size=1, max_size=12, unique_by=tuple),
       st.sets(st.lists(_NAMES, min_size=1, max_size=3).map(tuple), max_size=6))
def test_every_module_is_found_by_its_dotted_name_from_the_root(paths, packages):
    """Any tree: from a script at the root, ``import x.y.z`` (its dotted path) reaches the
    file ``x/y/z.py``, wherever ``__init__.py`` files are; a package's own file is
    found by its folder's name."""
    files = {os.path.join("root", *p) + ".py" for p in paths}
    files |= {os.path.join("root", *p, "__init__.py") for p in packages}
    files = {f for f in files if not (f.endswith("/__init__.py") and os.path.dirname(f) + ".py" in files)}
    modules = Modules(sorted(files) + ["root/main.py"], ["root"])
    for f in files:
        parts = os.path.relpath(f, "root")[:-3].split(os.sep)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        assert modules.resolve("root/main.py", (0, ".".join(parts), None), ["name"]) == (f, "name")
