"""Policies: a state's measures on minerals (export bans and controls, quotas, taxes, tariffs,
price floors, stockpiles, strategic-project designations, nationalisation, mining laws and licences).

Who imposes it, on what minerals, against whom, its status and its date are what the sources
state, each cited; a policy is never a deal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from markupsafe import Markup
from pydantic import Field, field_validator

from ..emit.markdown import md_escape, md_link
from ..emit.parts import join, link_key, reported, status_line
from ..records import Citation, EntityEntry
from .base import EntityKind
from .country import counts
from .deal import reported_date

PolicyTypeName = Literal[
    "export ban",
    "export quota",
    "export tax",
    "export control",
    "price floor",
    "import tariff",
    "stockpile",
    "strategic project",
    "nationalisation",
    "production quota",
    "mining law",
    "licence auction",
    "mining licence",
    "public funding",
    "mining ban",
    "divestment order",
    "other",
]
PolicyStatusName = Literal["announced", "in force", "extended", "suspended", "lifted", "proposed"]


class PolicyEntry(EntityEntry):
    imposer: str = Field(min_length=1)
    type: PolicyTypeName
    minerals: list[str] = []
    target: str | None = None
    status: PolicyStatusName | None = None
    date: str | None = None
    sources: list[Citation] = []
    suppress: str | None = None  # the reason a recognised policy is wrong; its page is not built

    _date = field_validator("date", mode="before")(lambda cls, value: reported_date(value))


@dataclass(frozen=True, eq=False)
class Policy(EntityKind):
    def index_columns(self, briefing, entities, links):
        return (
            ["Policy", "Imposed by", "Type", "Minerals", "Status as reported", "Sources"],
            [
                [
                    md_link(e.name, links.to(e.kind, e.slug)),
                    link_key(briefing, e.fields["imposer"], links),
                    md_escape(e.fields["type"]),
                    join(link_key(briefing, k, links) for k in e.fields["minerals"] if k in briefing.entities)
                    or md_escape("not stated"),
                    status_line(briefing, e),
                    counts(e)[0],
                ]
                for e in entities
            ],
        )

    def page_details(self, briefing, policy, links, cite):
        minerals = [k for k in policy.fields["minerals"] if k in briefing.entities]
        targets = [k for k in policy.fields.get("targets", []) if k in briefing.entities]
        facts = [
            ("Imposed by", link_key(briefing, policy.fields["imposer"], links)),
            ("Type", md_escape(policy.fields["type"])),
            ("Minerals", join(link_key(briefing, k, links) for k in minerals) if minerals else md_escape("not stated")),
        ]
        if targets:
            facts.append(("Aimed at", join(link_key(briefing, k, links) for k in targets)))
        for label, attr in (("Status as reported", "status"), ("Date as reported", "date")):
            if attr == "status":
                facts.append((label, status_line(briefing, policy, cite)))
            else:
                facts.append((label, reported(policy.reported(attr), cite) or md_escape("not stated")))
            curated = policy.fields.get("curated", {}).get(attr)
            if curated:
                facts.append(
                    (
                        label.replace("as reported", "(curated)"),
                        md_escape(curated) + Markup(" *(set by the editors)*"),
                    )
                )
        return facts, []


def policy_name(imposer: str, minerals: list[str], kind: str) -> str:
    """ "Ruritania gallium and germanium export controls": who, on what, which measure."""
    shown = minerals[:3] if len(minerals) <= 3 else [*minerals[:2], "other minerals"]
    what = " and ".join([", ".join(shown[:-1]), shown[-1]]) if len(shown) > 1 else "".join(shown)
    plural = {"export control": "export controls", "import tariff": "import tariffs"}.get(kind, kind)
    return " ".join(part for part in (imposer, what, plural) if part)


POLICY = Policy(
    "policy",
    "policies",
    "Policies",
    nav="Policies",
    counted="policies",
    intro="Export bans and controls, quotas, taxes, tariffs, price floors, stockpiles, strategic-project "
    "designations, nationalisation, mining laws and licences: the measures states take on minerals, with who takes them, on "
    "what and their status as reported. A policy is never a deal.",
    registry="policies.yml",
    entry=PolicyEntry,
)
