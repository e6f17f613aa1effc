"""People, the base of experts and officials: named in articles, resolved to one page per person."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from markupsafe import Markup

from ..emit.markdown import md_escape, md_link
from ..emit.parts import Section, link_key
from .base import EntityKind
from .country import counts


@dataclass(frozen=True, eq=False)
class Person(EntityKind):
    person: ClassVar[bool] = True

    def index_columns(self, briefing, entities, links):
        return (
            ["Name", "Role (as stated)", "Affiliation (as stated)", "Sources", "Mentions"],
            [
                [
                    md_link(e.name, links.to(e.kind, e.slug)),
                    md_escape(e.fields.get("role") or "unknown"),
                    md_escape(e.fields.get("affiliation") or e.fields.get("country") or "unknown"),
                    *counts(e),
                ]
                for e in entities
            ],
        )

    def page_details(self, briefing, person, links, cite):
        facts = []
        for field in ("role", "affiliation"):
            value = person.fields.get(field)
            if not value:
                facts.append((field.capitalize(), md_escape("unknown")))
                continue
            referred = person.fields.get(f"{field}_from")  # "CEO of the firm": the one company the article names
            source = referred or next((s for s in person.sightings if getattr(s, field) == value), None)
            mark = cite.cite(source.article, source.anchor) if source else Markup(" *(curated)*")
            how = "(the firm the text refers to)" if referred else "(as stated)"
            facts.append((f"{field.capitalize()} {how}", md_escape(value) + mark))
        if person.fields.get("country_key") in briefing.entities:
            facts.append(("Country", link_key(briefing, person.fields["country_key"], links)))
        quotes = [s for s in person.sightings] + [m for m in person.mentions]
        quoted = list(
            dict.fromkeys((q.article, q.anchor, q.sentence) for q in quotes if "“" in q.sentence or '"' in q.sentence)
        )
        sections = []
        if quoted:
            body = "\n\n".join(f"> {md_escape(s)}{cite.cite(a, p)}" for a, p, s in quoted)
            sections.append(Section("Quotes", Markup(body)))
        return facts, sections


def stated_place(fields: dict) -> str | None:
    """Where a person is from: their curated country, else their affiliation (which is a place
    for "Chile's mining minister")."""
    return fields.get("country") or fields.get("affiliation")
