"""The Jinja2 environment every package renders its HTML with: autoescaped, strict.

Each package keeps its templates beside it (``<package>/templates/*.html.j2``); the
shared macros (``ohg.html.j2``: the fragment frame, status marks, tables) and the
fragment style sheet live in ``psg/templates``, the lowest package, so any package can
import them without importing the oracle. Every value a template prints is escaped
unless it is :class:`markupsafe.Markup`, which only our own renderers produce (an SVG
drawing, a fragment nested in another). jinja2 is imported on the first render only.

>>> render("psg", "ohg.html.j2")  # the macros alone print nothing
''
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MARK = {"proved": "✓", "refuted": "✗", "unknown": "?", "law": "✓", "unchecked": "·",
        "verified": "✓", "hedged": "~", "ambiguous": "?", "not derivable": "✗"}
"""The mark shown before a status, so it reads without colour."""

SHARED = Path(__file__).resolve().parent / "templates"


def _folder(package: str) -> Path:
    import importlib

    return Path(importlib.import_module(package).__file__).resolve().parent / "templates"


@lru_cache(maxsize=None)
def environment(package: str):
    """The environment of ``package``'s templates (then the shared ones of ``psg``)."""
    import jinja2

    folders = [_folder(package)] + ([SHARED] if package != "psg" else [])
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([str(f) for f in folders]), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=False)
    env.globals.update(MARK=MARK, status_class=status_class)
    return env


def render(package: str, name: str, **context) -> str:
    """Template ``name`` of ``package`` rendered with ``context`` (values escaped)."""
    return environment(package).get_template(name).render(**context)


def markup(html: str):
    """HTML made by one of our renderers, to nest in a template unescaped."""
    from markupsafe import Markup

    return Markup(html)


def status_class(status: str) -> str:
    """The CSS class of a status (``law`` shows as ``proved``; spaces become dashes)."""
    return {"law": "proved"}.get(status, status).replace(" ", "-")
