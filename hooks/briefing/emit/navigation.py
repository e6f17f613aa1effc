"""The site navigation's entries for the kinds: one per kind's index, in `KINDS` order.

mkdocs.yml lists the hand-written sections; the index of each kind is added after the sources
index, so a new kind appears in the navigation without editing mkdocs.yml. An index the
configuration already lists is left where it is.
"""

from __future__ import annotations

from ..kinds import KINDS
from ..slugs import SOURCE, index_path
from .markdown import md_escape


def with_kind_sections(nav: list | None) -> list | None:
    """`nav` (mkdocs.yml's list of {title: path} entries) with the kinds' indexes added."""
    if not nav:
        return nav  # no navigation configured: the engine lists every page itself
    listed = {path for entry in nav if isinstance(entry, dict) for path in entry.values() if isinstance(path, str)}
    listed |= {entry for entry in nav if isinstance(entry, str)}
    missing = [{kind.nav: index_path(kind)} for kind in KINDS if index_path(kind) not in listed]
    after = next(
        (
            i + 1
            for i, entry in enumerate(nav)
            if index_path(SOURCE)
            in ([entry] if isinstance(entry, str) else list(entry.values()) if isinstance(entry, dict) else [])
        ),
        len(nav),
    )
    return nav[:after] + missing + nav[after:]


def problems_banner(problems: list) -> str:
    """The live preview's notice while the content has problems: each one as `make check` prints
    it (file:line: what, how to fix), above every page of the last good build."""
    lines = "\n".join(f"    - {md_escape(str(p))}" for p in problems[:20])
    more = f"\n    - … and {len(problems) - 20} more: run `make check`" if len(problems) > 20 else ""
    return (
        '!!! failure "Preview out of date: the content has problems"\n'
        "    The pages below are the last good build. Fix these and save; the preview rebuilds.\n\n"
        f"{lines}{more}"
    )
