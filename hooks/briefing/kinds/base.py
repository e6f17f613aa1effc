"""Kinds of page: a source, and each kind of entity the site has topic pages for.

An `EntityKind` owns everything that differs from one kind to the next: its name and folder,
its labels and index intro, its file in `site_data/` and the model entries there are read
into, its index table's columns and its page's details. Everything else in the generator
iterates `KINDS` (in `kinds/__init__.py`) and asks the kind; adding a kind is one module here
and one line there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from ..records import EntityEntry
from ..slugs import PageKind

if TYPE_CHECKING:
    from markupsafe import Markup


@dataclass(frozen=True, eq=False)
class EntityKind(PageKind):
    """A kind of entity with topic pages. Subclasses give the index columns and page details."""

    nav: str  # its entry in the site navigation ("Countries")
    counted: str  # how the home page and `make check` count them ("countries and regions")
    intro: str  # the index page's introduction (trusted Markdown)
    registry: str  # its file in site_data/ ("countries.yml")
    entry: type[EntityEntry]  # the model each entry of that file is read into
    person: ClassVar[bool] = False  # experts and officials: people, resolved together

    def key(self, slug: str) -> str:
        """The entity key of an entity of this kind with this slug ("country:chile")."""
        return f"{self.name}:{slug}"

    def owns(self, key: str) -> bool:
        """Whether an entity key belongs to this kind."""
        return key.startswith(f"{self.name}:")

    def index_columns(self, briefing, entities: list, links) -> tuple[list[str], list[list[Markup]]]:
        raise NotImplementedError

    def page_details(self, briefing, entity, links, cite) -> tuple[list[tuple[str, Markup]], list]:
        """Facts (label, value) for the page's table, and the kind's own sections."""
        raise NotImplementedError
