"""The Jinja2 environment every generated page is rendered in (templates/*.md.j2).

`finalize=md_escape` escapes every value a template prints unless it is already `Markup`, so a
template cannot forget to escape article text or YAML; fragments built in Python are `Markup`.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .markdown import md_escape

env = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    finalize=md_escape,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    undefined=StrictUndefined,
    autoescape=False,
)


def render_template(name: str, **context) -> str:
    return env.get_template(name).render(**context)


def macro(name: str):
    """A macro of _macros.md.j2 as a function returning Markup, for a fragment shared by pages."""
    function = getattr(env.get_template("_macros.md.j2").module, name)
    return lambda *args, **kwargs: Markup(function(*args, **kwargs))
