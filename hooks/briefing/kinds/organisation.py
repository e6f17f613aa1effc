"""Organisations: companies, state-owned firms, agencies, research bodies, international bodies.

The type and the country are what the text states ("Chilean miner Andina Cobre": a company placed
in Chile), each cited; a type the text does not give is shown as not stated. An
organisation page lists the deals it is party to and the people the text ties to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from markupsafe import Markup

from ..emit.markdown import md_escape, md_link
from ..emit.parts import MAX_ROWS, Section, join, link_key, more
from ..records import EntityEntry
from .base import EntityKind
from .country import counts

OrgTypeName = Literal["company", "state-owned", "agency", "research", "international", "association", "other"]


class OrganisationEntry(EntityEntry):
    type: OrgTypeName | None = None
    country: str | None = None
    suppress: str | None = None  # the reason a recognised organisation is wrong; its page is not built


@dataclass(frozen=True, eq=False)
class Organisation(EntityKind):
    def index_columns(self, briefing, entities, links):
        return (
            ["Organisation", "Type", "Country", "Sources", "Mentions"],
            [
                [
                    md_link(e.name, links.to(e.kind, e.slug)),
                    md_escape(e.fields.get("type") or "not stated"),
                    link_key(briefing, e.fields["country_key"], links)
                    if e.fields.get("country_key") in briefing.entities
                    else md_escape("not stated"),
                    *counts(e),
                ]
                for e in entities
            ],
        )

    def page_details(self, briefing, org, links, cite):
        facts = []
        for label, field in (("Type", "type"), ("Country", "country_key")):
            value = org.fields.get(field)
            if not value or (field == "country_key" and value not in briefing.entities):
                facts.append((label, md_escape("not stated")))
                continue
            shown = link_key(briefing, value, links) if field == "country_key" else md_escape(value)
            source = org.fields.get(f"{field}_from")  # the sighting whose words state it
            mark = cite.cite(source.article, source.anchor) if source else Markup(" *(curated)*")
            facts.append((f"{label} (as stated)" if source else label, shown + mark))
        sections = []
        deals = briefing.lookup.deals_by_party.get(org.key, [])
        if deals:
            shown = sorted(deals, key=lambda d: (-len(d.sources), d.name))[:MAX_ROWS]
            body = join(md_link(d.name, links.to(d.kind, d.slug)) for d in shown)
            sections.append(Section("Deals", body, more(len(deals), "deals", links)))
        people = briefing.lookup.people_by_organisation.get(org.key, [])
        if people:
            sections.append(
                Section("People", join(md_link(p.name, links.to(p.kind, p.slug)) for p in people[:MAX_ROWS]))
            )
        return facts, sections


ORGANISATION = Organisation(
    "organisation",
    "organisations",
    "Organisations",
    nav="Organisations",
    counted="organisations",
    intro="Companies, state-owned firms, government agencies, research bodies and international bodies the "
    "sources name, with the type and country the text gives them. News outlets cited as sources are not "
    "listed.",
    registry="organisations.yml",
    entry=OrganisationEntry,
)
