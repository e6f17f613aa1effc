"""Deals: agreements, frameworks, memoranda, pledges and joint ventures between named parties."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup
from pydantic import Field, field_validator

from ..emit.markdown import md_escape, md_link
from ..emit.parts import join, link_key, reported, status_line
from ..records import Citation, EntityEntry
from .base import EntityKind
from .country import counts


class DealEntry(EntityEntry):
    parties: list[str] = Field(min_length=1)
    date: str | None = None
    value: str | None = None
    status: str | None = None
    minerals: list[str] = []
    sources: list[Citation] = []  # paragraphs that state a deal the recogniser missed: its page is built
    suppress: str | None = None  # the reason a recognised deal is wrong; its page is not built

    _date = field_validator("date", mode="before")(lambda cls, value: reported_date(value))


def reported_date(value: object) -> str | None:
    """A curated date: YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None:
        return None
    text = str(value)
    try:
        if len(text) == 10:
            dt.date.fromisoformat(text)
        elif len(text) == 7:
            dt.datetime.strptime(text, "%Y-%m")
        elif not (len(text) == 4 and text.isdigit()):
            raise ValueError
    except ValueError:
        raise ValueError("is not a date") from None
    return text


@dataclass(frozen=True, eq=False)
class Deal(EntityKind):
    def index_columns(self, briefing, entities, links):
        return (
            ["Deal", "Parties", "Status as reported", "Sources", "Mentions"],
            [
                [
                    md_link(e.name, links.to(e.kind, e.slug)),
                    join(link_key(briefing, p, links) for p in e.fields["parties"]),
                    status_line(briefing, e),
                    *counts(e),
                ]
                for e in entities
            ],
        )

    def page_details(self, briefing, deal, links, cite):
        facts = [
            ("Parties", join(link_key(briefing, p, links) for p in deal.fields["parties"])),
            ("Kind", md_escape(deal.fields.get("kind", "agreement"))),
        ]
        for label, attr in (
            ("Status as reported", "status"),
            ("Date as reported", "date"),
            ("Value as reported", "value"),
        ):
            curated = deal.fields.get("curated", {}).get(attr)
            if attr == "status":
                facts.append((label, status_line(briefing, deal, cite)))
            else:
                facts.append((label, reported(deal.reported(attr), cite) or md_escape("not stated")))
            if curated:
                facts.append(
                    (
                        label.replace("as reported", "(curated)"),
                        md_escape(curated) + Markup(" *(set by the editors)*"),
                    )
                )
        minerals = list(dict.fromkeys(k for s in deal.sightings for k in s.minerals if k in briefing.entities))
        if minerals:
            facts.append(("Minerals", join(link_key(briefing, k, links) for k in minerals)))
        places = [
            k
            for k in dict.fromkeys(k for s in deal.sightings for k in s.places)
            if k not in deal.fields["parties"] and k in briefing.entities
        ]
        if places:
            facts.append(("Also named", join(link_key(briefing, k, links) for k in places)))
        return facts, []


DEAL = Deal(
    "deal",
    "deals",
    "Deals",
    nav="Deals",
    counted="deals",
    intro="Agreements, frameworks, memoranda, pledges and joint ventures the sources report, with their "
    "parties and status as reported. Deals named by several sources are merged only when their "
    "parties agree.",
    registry="deals.yml",
    entry=DealEntry,
)
