"""Incremental proofs with an early cut-off by interface: after any sequence of edits (a
body, a unit in a signature, a function added, removed or renamed, a class changed, a
comment, a file added or removed) the incremental report equals a run from scratch, and
an edit no other file can see re-proves only its own file."""
import json
import shutil
from dataclasses import replace

from hypothesis import HealthCheck, given, settings, strategies as st

from proofs.incremental import prove_incremental

BASE = {
    "geo.py": ["import math",
               "def area(w: U['m'], h: U['m']) -> U['m^2']:\n    return w * h",
               "def scale(x, k):\n    return x * k",
               "def hyp(a, b):\n    return math.sqrt(a * a + b * b)",
               "SIDE = 2.0",
               "def square(s: U['m']) -> U['m^2']:\n    return area(s, s) * SIDE"],  # a bare call
    "shapes.py": ["from dataclasses import dataclass",
                  "@dataclass\nclass Box:\n    width: U['m']\n    depth: U['m']\n    height: U['m']\n\n"
                  "    def base(self) -> U['m^2']:\n        return self.width * self.depth",
                  ],
    "house.py": ["import geo\nfrom shapes import Box",
                 "def floor(w: U['m'], h: U['m']) -> U['m^2']:\n    return geo.area(w, h)",
                 "def grow(x: U['m']) -> U['m']:\n    return geo.scale(x, 2.0)",
                 "def volume(b: Box) -> U['m^3']:\n    return b.width * b.depth * b.height",
                 "def footprint(b: Box) -> U['m^2']:\n    return b.base()",
                 "def make() -> Box:\n    return Box(1.0, 1.0, 1.0)",
                 "class Tank(Box):\n    def __init__(self, fill):\n        self.fill = fill * 1.0"],
    "clock.py": ["import geo",
                 "def lap(d: U['m'], t: U['s']) -> U['m/s']:\n    return d / t",
                 "def speed(d, t):\n    return d / t",
                 "def diag(a: U['m'], b: U['m']) -> U['m']:\n    return geo.hyp(a, b)"],
    "app.py": ["import clock\nimport house\nfrom house import Tank",
               "def wide(t: U['s']) -> U['m/s']:\n    return house.make().width / t",  # Box named nowhere here
               "def tall(k: Tank) -> U['m']:\n    return k.width",  # Box's field, through Tank
               "def run(d: U['m'], t: U['s']) -> U['m/s']:\n    return clock.speed(d, t)",
               "def walk(w: U['m']) -> U['m^2']:\n    return house.floor(w, w)"],
}
UNITS = ["m", "s", "m/s", "kg", "m^2"]
NEW_FILES = {
    "sub/geo.py": ["SIDE = 3.0", "def area(w: U['m'], h: U['m']) -> U['m']:\n    return w * SIDE",
                   "def side(x: U['s']) -> U['s']:\n    return x * SIDE"],  # a second module named geo
    "extra.py": ["import clock\nfrom shapes import Box",
                 "def pace(b: Box, t: U['s']) -> U['m/s']:\n    return clock.speed(b.width, t)"],
    "more.py": ["import geo", "class Box:\n    width: U['s']",  # a second class named Box
                "def twice(x: U['m']) -> U['m^2']:\n    return geo.area(x, x) * 2.0"],
    "pkg/geo.py": ["def area(w: U['m'], h: U['m']) -> U['m']:\n    return w"],  # geo again, in a package
    "pkg/walk.py": ["from . import geo as g\nfrom .geo import area as a2\nfrom shapes import Box as B",
                    "def stroll(x: U['m']) -> U['m']:\n    return g.area(x, x) + a2(x, x)",  # relative, aliased
                    "def reach(b: B) -> U['m']:\n    return b.width"],
}


def _functions(blocks):
    return [k for k, b in enumerate(blocks) if "def " in b and "return" in b]


def edit(model: dict, op: str, k: int) -> None:
    """Apply one edit, chosen by ``k``, to the project ``model`` (file -> top-level blocks)."""
    files = sorted(model)
    name = files[k % len(files)]
    blocks = model[name]
    fns = _functions(blocks)
    if op == "body" and fns:
        b = fns[k % len(fns)]
        lines = blocks[b].splitlines()
        r = max(i for i, line in enumerate(lines) if line.lstrip().startswith("return"))
        indent = lines[r][:len(lines[r]) - len(lines[r].lstrip())]
        lines[r] += f" + _probe{k}"
        lines.insert(r, f"{indent}_probe{k}: U['{UNITS[k % len(UNITS)]}'] = 0.0")
        blocks[b] = "\n".join(lines)
    elif op == "unit" and fns:
        b = fns[k % len(fns)]
        found = [u for u in UNITS if f"U['{u}']" in blocks[b]]
        if found:
            old = found[k % len(found)]
            blocks[b] = blocks[b].replace(f"U['{old}']", f"U['{UNITS[(k + 1) % len(UNITS)]}']", 1)
    elif op == "add":
        blocks.append(f"import geo\ndef added{k}(x: U['m']) -> U['{UNITS[k % len(UNITS)]}']:\n"
                      f"    return geo.area(x, x)")
    elif op == "remove" and fns:
        del blocks[fns[k % len(fns)]]
    elif op == "rename" and fns:
        b = fns[k % len(fns)]
        head, _, rest = blocks[b].partition("def ")
        fname, _, tail = rest.partition("(")
        blocks[b] = f"{head}def {fname}_r{k % 3}({tail}"
    elif op == "class" and "shapes.py" in model:
        body = model["shapes.py"][1] if len(model["shapes.py"]) > 1 else ""
        if "width: U['m']" in body:
            model["shapes.py"][1] = body.replace("width: U['m']", f"width: U['{UNITS[k % len(UNITS)]}']")
        else:
            model["shapes.py"].append(f"class Box:\n    width: U['{UNITS[k % len(UNITS)]}']\n    depth: U['m']")
    elif op == "comment":
        blocks.append(f"# a comment {k}")
    elif op == "add_file":
        new = sorted(NEW_FILES)[k % len(NEW_FILES)]
        model.setdefault(new, list(NEW_FILES[new]))
    elif op == "remove_file" and len(model) > 1:
        del model[name]


def write(root, model: dict) -> None:
    if root.exists():
        shutil.rmtree(root)
    for name, blocks in model.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n\n\n".join(blocks) + "\n")


def same(a, b) -> bool:
    """Equal reports: the JSON (without time and cache marks) and every result field by field."""
    def doc(report):
        d = json.loads(report.to_json())
        d.pop("seconds")
        for f in d["functions"]:
            f.pop("cached")
        return d

    def results(report):
        return [replace(r, seconds=0.0) for r in report.results]

    return doc(a) == doc(b) and results(a) == results(b) and [str(p) for p in a.problems] == [str(p) for p in b.problems]


OPS = ["body", "unit", "add", "remove", "rename", "class", "comment", "add_file", "remove_file"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.sampled_from(OPS), st.integers(0, 50)), min_size=1, max_size=4))
def test_incremental_equals_a_run_from_scratch_after_random_edits(tmp_path_factory, edits):
    work = tmp_path_factory.mktemp("p")
    root, cache = work / "src", work / "cache"
    model = {name: list(blocks) for name, blocks in BASE.items()}
    write(root, model)
    prove_incremental([root], cache_dir=cache)
    for op, k in edits:
        edit(model, op, k)
        write(root, model)
        incremental = prove_incremental([root], cache_dir=cache)
        scratch = prove_incremental([root], use_cache=False)
        assert same(incremental, scratch), (op, k)
        assert prove_incremental([root], cache_dir=cache).stats.proved == 0


def test_every_kind_of_edit_once(tmp_path):
    """Each edit, in turn, on one project (what the random test draws, all of it, every run)."""
    root, cache = tmp_path / "src", tmp_path / "cache"
    model = {name: list(blocks) for name, blocks in BASE.items()}
    write(root, model)
    prove_incremental([root], cache_dir=cache)
    for k, op in enumerate(OPS * 2):
        edit(model, op, 7 * k + 3)
        write(root, model)
        assert same(prove_incremental([root], cache_dir=cache), prove_incremental([root], use_cache=False)), op


def test_an_edit_no_caller_can_see_reproves_only_its_file(tmp_path):
    root, cache = tmp_path / "src", tmp_path / "cache"
    model = {name: list(blocks) for name, blocks in BASE.items()}
    write(root, model)
    assert prove_incremental([root], cache_dir=cache).stats.proved == 5
    # a body behind a declared signature: geo's interface is unchanged, house and clock stay cached
    model["geo.py"][1] = "def area(w: U['m'], h: U['m']) -> U['m^2']:\n    return h * w"
    write(root, model)
    r = prove_incremental([root], cache_dir=cache)
    assert (r.stats.proved, r.stats.cached) == (1, 4)
    # the same callee's declared unit: its callers (house, then app through house.floor? no:
    # floor's own signature is declared) are proved again, and no further
    model["geo.py"][1] = "def area(w: U['m'], h: U['m']) -> U['m']:\n    return h"
    write(root, model)
    r = prove_incremental([root], cache_dir=cache)
    assert r.stats.proved == 2 and r.result("house.floor").verdict == "refuted"
    assert same(r, prove_incremental([root], use_cache=False))


def test_a_new_function_dirties_only_the_files_that_name_it(tmp_path):
    root, cache = tmp_path / "src", tmp_path / "cache"
    model = {name: list(blocks) for name, blocks in BASE.items()}
    model["app.py"].append("def later(x: U['m']) -> U['m']:\n    return clock.slow(x)")  # not defined yet
    write(root, model)
    first = prove_incremental([root], cache_dir=cache)
    assert "clock.slow() is not analysed" in json.dumps([r.notes for r in first.results], default=str)
    model["clock.py"].append("def slow(x):\n    return x")
    write(root, model)
    r = prove_incremental([root], cache_dir=cache)
    assert r.stats.proved == 2  # clock (changed) and app (names clock.slow); geo, house, shapes cached
    assert same(r, prove_incremental([root], use_cache=False))
    (root / "sub").mkdir()
    (root / "sub" / "unrelated.py").write_text("def f(x: U['m']) -> U['m']:\n    return x\n")
    r = prove_incremental([root], cache_dir=cache)
    assert (r.stats.proved, r.stats.cached) == (1, 5)


def test_a_class_changed_reproves_who_reads_it_through_a_subclass_or_a_result(tmp_path):
    """app names neither Box nor shapes: it reads Box's field through house.Tank (a subclass)
    and through house.make()'s result. Changing the field's unit re-proves shapes, house and
    app (its reading is now refuted), and no other file; each way on its own."""
    for keep in ("tall", "wide"):
        root, cache = tmp_path / keep / "src", tmp_path / keep / "cache"
        model = {name: list(blocks) for name, blocks in BASE.items()}
        other = "wide" if keep == "tall" else "tall"
        model["app.py"] = [b for b in model["app.py"] if f"def {other}(" not in b]
        write(root, model)
        prove_incremental([root], cache_dir=cache)
        model["shapes.py"][1] = model["shapes.py"][1].replace("width: U['m']", "width: U['kg']")
        write(root, model)
        r = prove_incremental([root], cache_dir=cache)
        assert (r.stats.proved, r.stats.cached) == (3, 2), keep
        assert r.result(f"app.{keep}").verdict == "refuted"
        assert same(r, prove_incremental([root], use_cache=False))


def test_a_name_defined_twice_is_read_as_its_first_definition(tmp_path):
    """Calls reach the first of two definitions of one name; its interface counts even
    though the report keeps the second's result under that name."""
    root, cache = tmp_path / "src", tmp_path / "cache"
    model = {name: list(blocks) for name, blocks in BASE.items()}
    twice = ("if True:\n    def area(w: U['m'], h: U['m']) -> U['{}']:\n        return w * h\n"
             "else:\n    def area(w: U['m'], h: U['m']) -> U['m^2']:\n        return w * h")
    model["geo.py"][1] = twice.format("m^2")
    write(root, model)
    prove_incremental([root], cache_dir=cache)
    model["geo.py"][1] = twice.format("m")
    write(root, model)
    r = prove_incremental([root], cache_dir=cache)
    assert r.result("house.floor").verdict == "refuted"
    assert same(r, prove_incremental([root], use_cache=False))


def test_two_modules_of_one_name(tmp_path):
    """A second geo.py: calls go to the module their import names, both keep their results
    (named by their paths), and each edit equals a run from scratch."""
    root, cache = tmp_path / "src", tmp_path / "cache"
    model = {name: list(blocks) for name, blocks in BASE.items()}
    write(root, model)
    prove_incremental([root], cache_dir=cache)
    steps = [("sub/geo.py", None, list(NEW_FILES["sub/geo.py"])),
             ("sub/geo.py", 0, "SIDE = 'a string'"),
             ("sub/geo.py", 1, "def area(w: U['m'], h: U['m']) -> U['m^2']:\n    return w * h"),  # geo.square's callee
             ("geo.py", 1, "def area(w: U['m'], h: U['m']) -> U['m^2']:\n    return w * h * SIDE"),
             ("sub/geo.py", 2, "def side(x: U['s']) -> U['m']:\n    return x * SIDE"),
             ("geo.py", None, None), ("sub/geo.py", None, None)]
    for name, block, value in steps:
        if value is None:
            model.pop(name)
        elif block is None:
            model[name] = value
        else:
            model[name][block] = value
        write(root, model)
        r = prove_incremental([root], cache_dir=cache)
        assert same(r, prove_incremental([root], use_cache=False)), (name, block)
        if "geo.py" in model and "sub/geo.py" in model:
            names = {x.name for x in r.results}
            assert {"geo.area", "sub.geo.area", "geo.square"} <= names


PACKAGES = {
    "a/__init__.py": "",
    "a/utils.py": "def width(x: U['m']) -> U['m']:\n    return x\n\nclass Box:\n    side: U['m']\n",
    "b/__init__.py": "",
    "b/utils.py": "def width(x: U['s']) -> U['s']:\n    return x\n\nclass Box:\n    side: U['s']\n",
    "a/deep/__init__.py": "",
    "a/deep/run.py": ("from ..utils import width, Box\n"  # a relative import, two levels up
                      "def run(x: U['m']) -> U['m']:\n    return width(x)\n\n"
                      "def side(b: Box) -> U['m']:\n    return b.side\n"),
    "c.py": ("import b.utils as bu\nfrom a.utils import width as aw\n"  # aliased imports
             "def both(x: U['m'], t: U['s']) -> U['m']:\n    return aw(x) + bu.width(t) * 0.0 / t * x\n\n"
             "def wrong(t: U['s']) -> U['m']:\n    return bu.width(t)\n"),
}


def _packages(root):
    for name, text in PACKAGES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


def test_imports_link_to_the_file_they_name_not_to_a_file_of_the_same_stem(tmp_path):
    """Two utils.py and two classes Box in different packages: a relative import and
    aliased imports each reach their own file, so each proof reads the right unit, an edit
    of b/utils.py re-proves b/utils.py and c.py (which imports it) but not a/deep/run.py,
    and every run equals one from scratch."""
    root, cache = tmp_path / "src", tmp_path / "cache"
    _packages(root)
    first = prove_incremental([root], cache_dir=cache)
    assert same(first, prove_incremental([root], use_cache=False))
    verdicts = {r.name.rpartition(".")[2]: r.verdict for r in first.results if r.name.endswith(("run", "side", "both", "wrong"))}
    assert verdicts == {"run": "proved", "side": "proved", "both": "proved", "wrong": "refuted"}
    (root / "b/utils.py").write_text(PACKAGES["b/utils.py"].replace("U['s']) -> U['s']", "U['s']) -> U['m']"))
    r = prove_incremental([root], cache_dir=cache)
    assert same(r, prove_incremental([root], use_cache=False))
    reproved = {x.span.file for x in r.results if not x.cached}
    assert reproved == {str(root / "b/utils.py"), str(root / "c.py")}
    assert r.result("c.wrong").verdict == "proved"
    (root / "a/utils.py").write_text(PACKAGES["a/utils.py"].replace("side: U['m']", "side: U['kg']"))
    r = prove_incremental([root], cache_dir=cache)
    assert same(r, prove_incremental([root], use_cache=False))
    assert r.result("run.side").verdict == "refuted"  # the Box of a/utils.py, not b's
