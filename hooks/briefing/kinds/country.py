"""Countries and regions: places from the ISO country list and the regions in site_data/reference/."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from markupsafe import Markup
from pydantic import Field

from ..emit.markdown import md_escape, md_link
from ..emit.parts import MAX_ROWS, Section, join, more, policies_section, shares_section, status_line
from ..records import EntityEntry
from .base import EntityKind


class PlaceType(StrEnum):
    """What a place is: one type for reference places, curated places and their pages."""

    COUNTRY = "country"
    REGION = "region"


PLACE_TYPES = tuple(PlaceType)


class CountryEntry(EntityEntry):
    type: Literal["country", "region"] = "country"
    iso: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")


@dataclass(frozen=True, eq=False)
class Country(EntityKind):
    def index_columns(self, briefing, entities, links):
        return (
            ["Place", "Type", "Sources", "Mentions"],
            [
                [
                    md_link(e.name, links.to(e.kind, e.slug)),
                    md_escape(e.fields.get("type", PlaceType.COUNTRY)),
                    *counts(e),
                ]
                for e in entities
            ],
        )

    def page_details(self, briefing, country, links, cite):
        facts = [("Type", md_escape(country.fields.get("type", PlaceType.COUNTRY)))]
        if country.fields.get("iso"):
            facts.append(("ISO 3166 code", md_escape(country.fields["iso"]) + Markup(" *(reference data)*")))
        sections = []
        deals = briefing.lookup.deals_by_party.get(country.key, [])
        if deals:
            shown = sorted(deals, key=lambda d: (-len(d.sources), d.name))[:MAX_ROWS]
            body = "\n".join(
                f"- {md_link(d.name, links.to(d.kind, d.slug))}: {status_line(briefing, d)}" for d in shown
            )
            sections.append(Section("Deals", Markup(body), more(len(deals), "deals", links)))
        policies = policies_section(briefing, "Policies", briefing.lookup.policies_by_place.get(country.key, []), links)
        sections += [policies] if policies else []
        shares = shares_section(
            briefing,
            links,
            cite,
            "Figures the sources give",
            briefing.lookup.shares_by_holder.get(country.key, []),
            briefing.lookup.facts_by_holder.get(country.key, []),
            own=country.key,
        )
        sections += [shares] if shares else []
        people = briefing.lookup.people_by_country.get(country.key, [])
        if people:
            sections.append(
                Section("People", join(md_link(p.name, links.to(p.kind, p.slug)) for p in people[:MAX_ROWS]))
            )
        return facts, sections


def counts(entity) -> list[Markup]:
    """Sources and mentions, the last two columns of every index."""
    return [md_escape(len(entity.sources)), md_escape(len(entity.mentions) + len(entity.sightings))]


COUNTRY = Country(
    "country",
    "countries",
    "Countries and regions",
    nav="Countries",
    counted="countries and regions",
    intro="Countries and regions the sources mention, most-cited first.",
    registry="countries.yml",
    entry=CountryEntry,
)
