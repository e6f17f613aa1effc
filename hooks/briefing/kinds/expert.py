"""Experts: analysts, academics and fellows the sources quote, with role and affiliation as stated."""

from __future__ import annotations

from ..records import EntityEntry
from .person import Person


class ExpertEntry(EntityEntry):
    role: str | None = None
    affiliation: str | None = None


EXPERT = Person(
    "expert",
    "experts",
    "Experts",
    nav="Experts",
    counted="experts",
    intro="Analysts, academics and fellows the sources quote, with role and affiliation as stated.",
    registry="experts.yml",
    entry=ExpertEntry,
)
