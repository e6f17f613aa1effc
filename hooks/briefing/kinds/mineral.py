"""Minerals: elements from the periodic table, the critical-minerals list, groups and products."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..emit.markdown import md_escape, md_link
from ..emit.parts import MAX_ROWS, Section, join, more, policies_section, shares_section
from ..records import EntityEntry
from .base import EntityKind
from .country import counts


class MineralEntry(EntityEntry):
    symbol: str | None = None


@dataclass(frozen=True, eq=False)
class Mineral(EntityKind):
    def index_columns(self, briefing, entities, links):
        return (
            ["Mineral", "Symbol", "Rare earth", "Sources", "Mentions"],
            [
                [
                    md_link(e.name, links.to(e.kind, e.slug)),
                    md_escape(e.fields.get("symbol") or "—"),
                    md_escape("group" if e.fields.get("group") else "yes" if e.fields.get("rare_earth") else "no"),
                    *counts(e),
                ]
                for e in entities
            ],
        )

    def page_details(self, briefing, mineral, links, cite):
        f = mineral.fields
        facts = []
        if f.get("symbol"):
            facts += [
                ("Symbol", md_escape(f["symbol"])),
                ("Atomic number", md_escape(f["atomic_number"])),
                ("Rare earth element", md_escape("yes" if f.get("rare_earth") else "no")),
            ]
        if f.get("group"):
            facts.append(("Kind", md_escape("group of minerals")))
        if f.get("critical") and briefing.critical_source:
            facts.append(("Critical minerals list", md_escape(f"listed in the {briefing.critical_source}")))
        sections = []
        if facts:
            table = "| Reference fact | Value |\n|---|---|\n" + "\n".join(
                f"| {label} | {value} |" for label, value in facts
            )
            sections.append(
                Section(
                    "Reference data",
                    Markup(table),
                    Markup("*From the periodic table and official lists, not from the sources.*"),
                )
            )
            facts = []
        uses = briefing.lookup.uses_by_mineral.get(mineral.key, [])[:MAX_ROWS]
        table_uses = [t for t in briefing.lookup.facts_by_key.get(mineral.key, []) if "use" in t.header.lower()][
            :MAX_ROWS
        ]
        if uses or table_uses:
            lines = [f"- “{md_escape(u.sentence)}”{cite.cite(u.article, u.anchor)}" for u in uses]
            lines += [
                f"- {md_escape(t.header)}: {md_escape(t.value)}{cite.cite(t.article, t.anchor)}" for t in table_uses
            ]
            sections.append(Section("Reported uses", Markup("\n".join(lines))))
        shares = shares_section(
            briefing,
            links,
            cite,
            "Shares the sources report",
            briefing.lookup.shares_by_mineral.get(mineral.key, []),
            briefing.lookup.facts_by_key.get(mineral.key, []),
            own=mineral.key,
        )
        sections += [shares] if shares else []
        deals = briefing.lookup.deals_by_mineral.get(mineral.key, [])
        if deals:
            shown = sorted(deals, key=lambda d: (-len(d.sources), d.name))[:MAX_ROWS]
            sections.append(
                Section(
                    "Deals that name it",
                    join(md_link(d.name, links.to(d.kind, d.slug)) for d in shown),
                    more(len(deals), "deals", links),
                )
            )
        policies = policies_section(
            briefing, "Policies on it", briefing.lookup.policies_by_mineral.get(mineral.key, []), links
        )
        sections += [policies] if policies else []
        return facts, sections


MINERAL = Mineral(
    "mineral",
    "minerals",
    "Minerals",
    nav="Minerals",
    counted="minerals",
    intro="Elements, critical minerals and mineral groups the sources mention.",
    registry="minerals.yml",
    entry=MineralEntry,
)
