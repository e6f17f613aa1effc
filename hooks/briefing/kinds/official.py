"""Officials: heads of state and government, ministers and other officials the sources name."""

from __future__ import annotations

from ..records import EntityEntry
from .person import Person


class OfficialEntry(EntityEntry):
    role: str | None = None
    country: str | None = None


OFFICIAL = Person(
    "official",
    "officials",
    "Officials",
    nav="Officials",
    counted="officials",
    intro="Heads of state and government, ministers and other officials the sources name.",
    registry="officials.yml",
    entry=OfficialEntry,
)
